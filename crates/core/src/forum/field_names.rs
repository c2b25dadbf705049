//! The names of form fields, shared by the forum (which says what is wrong with
//! which field) and every form (which shows each message under its field). An
//! enum, so a name the other side does not know does not compile.

use std::fmt;

/// A form field, by what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldName {
    Action,
    Assessment,
    Setting,
    References,
    Instead,
    Impact,
    Figures,
    Expected,
    Ascii,
    Audience,
    Audiences,
    Authors,
    Bell,
    Bio,
    Body,
    By,
    City,
    Closes,
    Colour,
    Community,
    Competencies,
    Competency,
    Confirm,
    Contact,
    Country,
    Current,
    Deadline,
    Description,
    DisplayName,
    Ends,
    Files,
    MembersOnly,
    HowToApply,
    Key,
    Kind,
    Language,
    /// The languages a member wants first in lists.
    FirstLanguages,
    Length,
    Lessons,
    Level,
    Link,
    Location,
    Month,
    Name,
    New,
    Note,
    Online,
    Organization,
    Organizer,
    Period,
    Plain,
    Policy,
    Purpose,
    Query,
    Reason,
    Region,
    Remind,
    Remote,
    Results,
    Role,
    Since,
    Slug,
    Starts,
    Strategies,
    Strategy,
    Subject,
    Summary,
    Tags,
    Target,
    Template,
    Text,
    TimeZone,
    Title,
    To,
    Until,
    Username,
    WhatWasDone,
    Why,
    Year,
}

impl FieldName {
    /// The name as messages and scripts read it: "time_zone", "closes".
    pub fn as_str(self) -> &'static str {
        match self {
            FieldName::Action => "action",
            FieldName::Ascii => "ascii",
            FieldName::Audience => "audience",
            FieldName::Assessment => "assessment",
            FieldName::Setting => "setting",
            FieldName::References => "references",
            FieldName::Instead => "instead",
            FieldName::Impact => "impact",
            FieldName::Figures => "figures",
            FieldName::Expected => "expected",
            FieldName::Audiences => "audiences",
            FieldName::Authors => "authors",
            FieldName::Bell => "bell",
            FieldName::Bio => "bio",
            FieldName::Body => "body",
            FieldName::By => "by",
            FieldName::City => "city",
            FieldName::Closes => "closes",
            FieldName::Colour => "colour",
            FieldName::Community => "community",
            FieldName::Competencies => "competencies",
            FieldName::Competency => "competency",
            FieldName::Confirm => "confirm",
            FieldName::Contact => "contact",
            FieldName::Country => "country",
            FieldName::Current => "current",
            FieldName::Deadline => "deadline",
            FieldName::Description => "description",
            FieldName::DisplayName => "display_name",
            FieldName::Ends => "ends",
            FieldName::Files => "files",
            FieldName::MembersOnly => "members_only",
            FieldName::HowToApply => "how_to_apply",
            FieldName::Key => "key",
            FieldName::Kind => "kind",
            FieldName::Language => "language",
            FieldName::FirstLanguages => "first_languages",
            FieldName::Length => "length",
            FieldName::Lessons => "lessons",
            FieldName::Level => "level",
            FieldName::Link => "link",
            FieldName::Location => "location",
            FieldName::Month => "month",
            FieldName::Name => "name",
            FieldName::New => "new",
            FieldName::Note => "note",
            FieldName::Online => "online",
            FieldName::Organization => "organization",
            FieldName::Organizer => "organizer",
            FieldName::Period => "period",
            FieldName::Plain => "plain",
            FieldName::Policy => "policy",
            FieldName::Purpose => "purpose",
            FieldName::Query => "query",
            FieldName::Reason => "reason",
            FieldName::Region => "region",
            FieldName::Remote => "remote",
            FieldName::Results => "results",
            FieldName::Role => "role",
            FieldName::Since => "since",
            FieldName::Slug => "slug",
            FieldName::Starts => "starts",
            FieldName::Strategies => "strategies",
            FieldName::Strategy => "strategy",
            FieldName::Summary => "summary",
            FieldName::Tags => "tags",
            FieldName::Target => "target",
            FieldName::Template => "template",
            FieldName::Text => "text",
            FieldName::TimeZone => "time_zone",
            FieldName::Title => "title",
            FieldName::Until => "until",
            FieldName::Username => "username",
            FieldName::WhatWasDone => "what_was_done",
            FieldName::Why => "why",
            FieldName::Subject => "subject",
            FieldName::To => "to",
            FieldName::Remind => "remind",
            FieldName::Year => "year",
        }
    }
}

impl fmt::Display for FieldName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the forum checks field by field, each with the fields its messages may
/// name. The form that sends it must show every one of them under a field (the
/// screens' tests hold each form to its list; the test below holds the checks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checked {
    SignUp,
    Profile,
    Password,
    Key,
    Thread,
    Reply,
    Event,
    Job,
    Resource,
    Practice,
    Community,
    News,
    Translation,
}

impl Checked {
    pub const ALL: [Checked; 13] = [
        Checked::SignUp,
        Checked::Profile,
        Checked::Password,
        Checked::Key,
        Checked::Thread,
        Checked::Reply,
        Checked::Event,
        Checked::Job,
        Checked::Resource,
        Checked::Practice,
        Checked::Community,
        Checked::News,
        Checked::Translation,
    ];

    /// Every field whose message the check may give.
    pub fn fields(self) -> &'static [FieldName] {
        use FieldName::*;
        match self {
            Checked::SignUp => &[
                Username,
                DisplayName,
                Organization,
                Region,
                TimeZone,
                Policy,
            ],
            Checked::Profile => &[DisplayName, Organization, Bio, TimeZone],
            Checked::Password => &[Current, New, Confirm],
            Checked::Key => &[Key],
            Checked::Thread => &[Title, Body],
            Checked::Reply => &[Body],
            Checked::Event => &[
                Title,
                Starts,
                Ends,
                TimeZone,
                Online,
                City,
                Country,
                Organizer,
                Deadline,
                Description,
                Tags,
                Region,
            ],
            Checked::Job => &[
                Title,
                Organization,
                Location,
                Country,
                Closes,
                HowToApply,
                Description,
                Tags,
                Region,
            ],
            Checked::Resource => &[
                Title, Summary, Authors, Year, Link, Text, Files, Language, Country, Strategies,
                Region, Community, Tags,
            ],
            Checked::Practice => &[
                Title,
                Summary,
                Country,
                Setting,
                Period,
                WhatWasDone,
                Results,
                Impact,
                Expected,
                Why,
                Instead,
                Lessons,
                References,
                Figures,
                Contact,
                Strategies,
                Region,
                Community,
                Tags,
            ],
            Checked::Community => &[Slug, Name, Purpose, Audience],
            Checked::News => &[Title, Body],
            Checked::Translation => &[Language, Title, Text],
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde::Serialize;
    use serde::de::DeserializeOwned;

    use super::*;
    use crate::domain::{
        CommunityProposal, EventProposal, JobProposal, PracticeProposal, Region, ResourceProposal,
        Role,
    };
    use crate::forum::testing::{forum, member};
    use crate::forum::{
        ForumError, LoginMethod, NewThread, PasswordChange, ProfileEdit, SignUp, Viewer,
    };

    /// What members type that checks refuse: nothing, too little, controls,
    /// far too much, and words where dates, links and zones belong.
    const BAD: [&str; 7] = [
        "",
        "x",
        "\u{1b}[2J",
        "not a date",
        "http://",
        "Nowhere/Land",
        "1850",
    ];

    fn bad_values() -> Vec<String> {
        let mut all: Vec<String> = BAD.iter().map(|s| s.to_string()).collect();
        all.push("a".repeat(5_000));
        // Past the longest text a field takes (a resource's own text).
        all.push("a".repeat(super::super::library::RESOURCE_TEXT_MAX + 1));
        all
    }

    /// `T`'s default with every text field set to `value`.
    fn filled<T: Default + Serialize + DeserializeOwned>(value: &str) -> T {
        let mut json = serde_json::to_value(T::default()).unwrap();
        if let Some(fields) = json.as_object_mut() {
            for v in fields.values_mut() {
                // Text fields start empty; enums (a kind, a level) do not.
                if v.as_str() == Some("") {
                    *v = serde_json::Value::String(value.to_string());
                }
            }
        }
        serde_json::from_value(json).unwrap()
    }

    fn fields_of<T>(result: Result<T, ForumError>, seen: &mut BTreeSet<&'static str>) {
        if let Err(ForumError::Invalid(errors)) = result {
            seen.extend(errors.0.iter().map(|(f, _)| f.as_str()));
        }
    }

    /// Each check names only fields of its list, over every bad value, sent or
    /// kept as a draft; and each names some (so the test can fail).
    #[test]
    fn every_check_names_only_the_fields_its_form_must_show() {
        let (forum, _dir) = forum();
        forum
            .store()
            .put_community(&crate::testkit::community("care"))
            .unwrap();
        let admin = member(&forum, "ada", 1, Role::Admin);
        let viewer = Viewer::Member {
            account: admin.clone(),
            via: LoginMethod::Key,
        };
        let thread = forum
            .start_thread(
                &viewer,
                "care",
                NewThread {
                    language: None,
                    title: "A thread".into(),
                    body: "Its first post.".into(),
                },
            )
            .unwrap();
        for checked in Checked::ALL {
            let mut seen = BTreeSet::new();
            for v in bad_values() {
                let v = v.as_str();
                for send in [true, false] {
                    match checked {
                        Checked::SignUp => {
                            let form = SignUp {
                                username: v.into(),
                                display_name: v.into(),
                                organization: v.into(),
                                region: None,
                                time_zone: v.into(),
                                accepted_policy: send,
                                language: None,
                            };
                            seen.extend(form.check().0.iter().map(|(f, _)| f.as_str()));
                        }
                        Checked::Profile => fields_of(
                            forum.edit_profile(
                                &admin,
                                ProfileEdit {
                                    display_name: v.into(),
                                    organization: v.into(),
                                    region: Region::African,
                                    bio: v.into(),
                                    time_zone: v.into(),
                                    competencies: Vec::new(),
                                },
                            ),
                            &mut seen,
                        ),
                        Checked::Password => fields_of(
                            forum.change_password(
                                &admin,
                                // Logged in with a password, the current one is asked.
                                LoginMethod::Password,
                                PasswordChange {
                                    current: v.into(),
                                    new: v.into(),
                                    confirm: format!("{v}!"),
                                },
                            ),
                            &mut seen,
                        ),
                        Checked::Key => fields_of(forum.add_key(&admin, v), &mut seen),
                        Checked::Thread => fields_of(
                            forum.start_thread(
                                &viewer,
                                "care",
                                NewThread {
                                    title: v.into(),
                                    body: v.into(),
                                    language: None,
                                },
                            ),
                            &mut seen,
                        ),
                        Checked::Reply => {
                            fields_of(forum.reply(&viewer, thread.id.opening_post(), v), &mut seen)
                        }
                        Checked::Event => fields_of(
                            forum.propose_event(&viewer, None, filled::<EventProposal>(v), send),
                            &mut seen,
                        ),
                        Checked::Job => fields_of(
                            forum.propose_job(&viewer, None, filled::<JobProposal>(v), send),
                            &mut seen,
                        ),
                        Checked::Resource => {
                            // Skipped when empty, so not filled: a text and a
                            // file that is no upload of the author's.
                            let mut p = filled::<ResourceProposal>(v);
                            p.text = v.into();
                            p.files = vec![crate::domain::Attachment {
                                name: format!("{v}.pdf"),
                                size: 1,
                                media_type: "application/pdf".into(),
                                sha256: String::new(),
                                added: None,
                            }];
                            fields_of(forum.propose_resource(&viewer, None, p, send), &mut seen)
                        }
                        Checked::Practice => {
                            // Its evidence is not written when empty, so
                            // `filled` does not reach it: set here, and once
                            // more as a brilliant failure, which asks for more.
                            let mut p = PracticeProposal {
                                setting: v.into(),
                                impact: v.into(),
                                expected: v.into(),
                                why: v.into(),
                                instead: v.into(),
                                references: v.into(),
                                figures: v.into(),
                                ..filled::<PracticeProposal>(v)
                            };
                            for level in [p.level, crate::domain::PracticeLevel::BrilliantFailure] {
                                p.level = level;
                                fields_of(
                                    forum.propose_practice(&viewer, None, p.clone(), send),
                                    &mut seen,
                                );
                            }
                        }
                        Checked::Community => fields_of(
                            forum.propose_community(
                                &viewer,
                                None,
                                filled::<CommunityProposal>(v),
                                send,
                            ),
                            &mut seen,
                        ),
                        Checked::News => {
                            fields_of(forum.write_news(&viewer, v, v, None), &mut seen)
                        }
                        Checked::Translation => {
                            let news = forum
                                .write_news(
                                    &viewer,
                                    "Nurses meet in Nairobi",
                                    "Nurses from twelve countries met in Nairobi this week to \
                                     share what they learned about primary care.",
                                    None,
                                )
                                .unwrap();
                            let new = crate::forum::translations::NewTranslation {
                                of: crate::domain::Translated::News(news.id),
                                language: news.language.unwrap_or_default(),
                                title: v.into(),
                                text: v.into(),
                            };
                            fields_of(
                                forum.propose_translation(&viewer, None, new, send),
                                &mut seen,
                            )
                        }
                    }
                }
            }
            let allowed: BTreeSet<&str> = checked.fields().iter().map(|f| f.as_str()).collect();
            assert!(!seen.is_empty(), "{checked:?} named no field");
            let strays: Vec<_> = seen.difference(&allowed).collect();
            assert!(
                strays.is_empty(),
                "{checked:?} named {strays:?}, not in its list"
            );
            let never: Vec<_> = allowed.difference(&seen).collect();
            assert!(never.is_empty(), "{checked:?} never named {never:?}");
        }
    }
}

#[cfg(test)]
mod names_tests {
    use crate::domain::Language;

    /// The names `as_str` gives, read from this file: each has its word in
    /// every language (the catalogue id is built from it, so the scan of ids
    /// in the source cannot see them).
    #[test]
    fn every_field_is_named_in_every_language() {
        let source = include_str!("field_names.rs");
        let start = source.find("pub fn as_str").unwrap();
        let end = source.find("impl fmt::Display").unwrap();
        let names: Vec<&str> = source[start..end]
            .split("=> \"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(names.len() > 70, "{names:?}");
        for language in Language::ALL {
            for name in &names {
                let id = format!("field-{name}");
                assert!(crate::lang::has(language, &id), "{language}: {id}");
            }
        }
    }
}
