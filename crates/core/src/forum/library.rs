//! The knowledge library: resources (documents, publications, reports, toolkits,
//! multimedia) and practices (real experiences of reform, with a level or marked a
//! brilliant failure). Members propose entries through the editorial workflow;
//! the committee changes a practice's level over time, with a reason, in the
//! audit log and the entry's history. Each entry has a discussion thread, started
//! in the community it names the first time someone asks for it.

use std::sync::Mutex;

use jiff::Timestamp;

use super::FieldName;
use super::audit::{self, Record};
use super::board_fields::{self as fields, LINE_MAX};
use super::capabilities::Capability;
use super::languages::{named_language, written_in};
use super::library_browsing::LibraryFilter;
use super::{Change, FieldErrors, Forum, ForumError, NewThread, Viewer};
use crate::domain::{
    Assessed, Attachment, Audience, AuditAction, Classification, Competency, Entry, EntryId,
    Evidence, Item, LevelChange, PracticeLevel, PracticeProposal, Region, ResourceProposal, Shelf,
    Strategy, Submission, SubmissionId, ThreadId, UNDATED, assessment_words, figures_from,
    references_from, tags_from,
};

pub const TITLE_MAX: usize = 150;
pub const SUMMARY_MAX: usize = 2000;
/// A resource's own text, read here; a longer document is attached as a file.
pub const RESOURCE_TEXT_MAX: usize = 100_000;
pub const TEXT_MAX: usize = 4000;

/// Serialises opening an entry's discussion, so two members asking at once get
/// one thread.
pub(super) static DISCUSSION: Mutex<()> = Mutex::new(());

fn text(
    errors: &mut FieldErrors,
    field: FieldName,
    value: &str,
    min: usize,
    max: usize,
    what: &str,
    send: bool,
) {
    let len = value.trim().chars().count();
    if send && len < min {
        errors.add(
            field,
            crate::t!("forum-library-text-short", what = what, min = min),
        );
    } else if len > max {
        errors.add(
            field,
            crate::t!("forum-library-text-long", max = max, len = len),
        );
    }
}

fn classification_errors(
    forum: &Forum,
    errors: &mut FieldErrors,
    strategies: &[Strategy],
    region: Option<Region>,
    community: &str,
    send: bool,
) -> Result<(), ForumError> {
    if send && strategies.is_empty() {
        errors.add(
            FieldName::Strategies,
            crate::t!("forum-library-tick-strategy"),
        );
    }
    if send && region.is_none() {
        errors.add(FieldName::Region, crate::t!("forum-library-choose-region"));
    }
    if send && community.trim().is_empty() {
        errors.add(
            FieldName::Community,
            crate::t!("forum-library-choose-community"),
        );
    } else if !community.trim().is_empty() && forum.store().community(community.trim())?.is_none() {
        errors.add(
            FieldName::Community,
            crate::t!("forum-library-no-such-community"),
        );
    }
    Ok(())
}

impl Forum {
    /// The committee's assessment of `level`'s stated criteria, in their
    /// order: each criterion assessed once, none left out, none unknown.
    pub(super) fn assessment_of(
        &self,
        level: PracticeLevel,
        given: &[Assessed],
    ) -> Result<Vec<Assessed>, ForumError> {
        let criteria = self.editorial().levels.criteria(level);
        let mut assessment = Vec::new();
        for criterion in criteria {
            match given.iter().find(|a| &a.criterion == criterion) {
                Some(a) => assessment.push(a.clone()),
                None => {
                    let mut errors = FieldErrors::default();
                    errors.add(
                        FieldName::Assessment,
                        crate::t!(
                            "forum-library-criterion-unassessed",
                            level = crate::terms::level(level),
                            criterion = criterion.as_str()
                        ),
                    );
                    return Err(ForumError::Invalid(errors));
                }
            }
        }
        if let Some(unknown) = given.iter().find(|a| !criteria.contains(&a.criterion)) {
            let mut errors = FieldErrors::default();
            errors.add(
                FieldName::Assessment,
                crate::t!(
                    "forum-library-not-a-criterion",
                    criterion = super::sanitize::inline(&unknown.criterion).into_owned(),
                    level = crate::terms::level(level)
                ),
            );
            return Err(ForumError::Invalid(errors));
        }
        Ok(assessment)
    }
}

/// A practice's evidence: where it ran (needed to send it), its impact, its
/// references and the figures citing them; a brilliant failure's shape (what
/// was expected, why it did not come, what to do instead) is needed to send
/// one.
fn evidence_errors(errors: &mut FieldErrors, p: &PracticeProposal, send: bool) {
    if send && p.setting.trim().is_empty() {
        errors.add(FieldName::Setting, crate::t!("forum-library-say-setting"));
    }
    fields::optional(errors, FieldName::Setting, &p.setting, LINE_MAX);
    let failure = p.level == PracticeLevel::BrilliantFailure;
    text(errors, FieldName::Impact, &p.impact, 0, TEXT_MAX, "", false);
    for (name, value, ask) in [
        (
            FieldName::Expected,
            &p.expected,
            crate::t!("forum-library-say-expected"),
        ),
        (FieldName::Why, &p.why, crate::t!("forum-library-say-why")),
        (
            FieldName::Instead,
            &p.instead,
            crate::t!("forum-library-say-instead"),
        ),
    ] {
        text(errors, name, value, 10, TEXT_MAX, &ask, send && failure);
    }
    for (name, value) in [
        (FieldName::References, &p.references),
        (FieldName::Figures, &p.figures),
    ] {
        text(errors, name, value, 0, TEXT_MAX, "", false);
    }
    let references = match references_from(&p.references) {
        Ok(references) => references.len(),
        Err(e) => {
            errors.add(FieldName::References, e);
            0
        }
    };
    if let Err(e) = figures_from(&p.figures, references) {
        errors.add(FieldName::Figures, e);
    }
}

/// What a proposal says of where it sits: its strategies, region, country,
/// tags, competencies and audiences, as typed.
pub(super) struct Classified<'a> {
    pub strategies: &'a [Strategy],
    pub region: Option<Region>,
    pub country: &'a str,
    pub tags: &'a str,
    pub competencies: &'a [Competency],
    pub audiences: &'a [Audience],
}

impl Classified<'_> {
    fn classification(&self) -> Classification {
        Classification {
            strategies: ordered(self.strategies),
            region: self.region,
            country: fields::clean(self.country),
            tags: tags_from(self.tags),
            competencies: ordered(self.competencies),
            audiences: ordered(self.audiences),
        }
    }
}

/// Choices in their own order, each once.
pub(super) fn ordered<T: Ord + Copy>(chosen: &[T]) -> Vec<T> {
    let mut all = chosen.to_vec();
    all.sort();
    all.dedup();
    all
}

/// The year a resource came out; `n.d.` (as citations write it) for a
/// document that gives none, rather than a year made up.
fn year(text: &str, now: Timestamp) -> Result<i16, String> {
    let this_year = now.to_zoned(jiff::tz::TimeZone::UTC).year();
    let text = text.trim();
    if ["n.d.", "n.d", "nd", "undated"]
        .iter()
        .any(|w| text.eq_ignore_ascii_case(w))
    {
        return Ok(UNDATED);
    }
    match text.parse::<i16>() {
        Ok(y) if (1900..=this_year + 1).contains(&y) => Ok(y),
        _ => Err(crate::t!(
            "forum-library-year",
            year = this_year.to_string()
        )),
    }
}

impl Forum {
    /// Stores a proposed resource: as a draft, or sent for review.
    pub fn propose_resource(
        &self,
        viewer: &Viewer,
        id: Option<SubmissionId>,
        p: ResourceProposal,
        send: bool,
    ) -> Result<Submission, ForumError> {
        let author = self.writer(viewer, &crate::t!("forum-library-doing-submit"))?;
        let mut errors = FieldErrors::default();
        fields::title(
            &mut errors,
            &p.title,
            &crate::t!("forum-library-the-title"),
            TITLE_MAX,
        );
        if send && p.authors.trim().is_empty() {
            errors.add(FieldName::Authors, crate::t!("forum-library-enter-authors"));
        }
        fields::optional(&mut errors, FieldName::Authors, &p.authors, LINE_MAX);
        if send && let Err(e) = year(&p.year, self.now()) {
            errors.add(FieldName::Year, e);
        }
        let own_content = !p.text.trim().is_empty() || !p.files.is_empty();
        if send && p.link.trim().is_empty() && !own_content {
            errors.add(FieldName::Link, crate::t!("forum-library-enter-link"));
        } else if send
            && !p.link.trim().is_empty()
            && let Err(e) = fields::link(&p.link)
        {
            // A draft keeps a half-typed link: it is checked when sent.
            errors.add(FieldName::Link, e);
        }
        text(
            &mut errors,
            FieldName::Summary,
            &p.summary,
            20,
            SUMMARY_MAX,
            &crate::t!("forum-library-say-resource-summary"),
            send,
        );
        if send && p.language.trim().is_empty() {
            errors.add(
                FieldName::Language,
                crate::t!("forum-library-enter-language"),
            );
        }
        fields::optional(&mut errors, FieldName::Language, &p.language, 60);
        fields::optional(&mut errors, FieldName::Country, &p.country, LINE_MAX);
        fields::tags(&mut errors, &p.tags);
        if p.text.chars().count() > RESOURCE_TEXT_MAX {
            errors.add(
                FieldName::Text,
                crate::t!("forum-library-text-attach", max = RESOURCE_TEXT_MAX),
            );
        }
        self.files_errors(&author, id, &p.files, &mut errors)?;
        classification_errors(
            self,
            &mut errors,
            &p.strategies,
            p.region,
            &p.community,
            send,
        )?;
        errors.into_result()?;
        let clean = ResourceProposal {
            text: fields::clean_text(&p.text),
            title: fields::clean(&p.title),
            authors: fields::clean(&p.authors),
            year: fields::clean(&p.year),
            link: fields::clean(&p.link),
            summary: fields::clean_text(&p.summary),
            language: fields::clean(&p.language),
            country: fields::clean(&p.country),
            tags: tags_from(&p.tags).join(", "),
            community: p.community.trim().to_string(),
            ..p
        };
        // Files it no longer attaches go, unless something else holds them.
        let _files = super::files::files_lock();
        let before = self.attached_files(id)?;
        let saved = self.save_submission(&author, id, Item::Resource(clean), send)?;
        let dropped: Vec<Attachment> = match &saved.item {
            Item::Resource(r) => before
                .into_iter()
                .filter(|f| !r.files.contains(f))
                .collect(),
            _ => Vec::new(),
        };
        self.forget_files(&dropped)?;
        Ok(saved)
    }

    /// Stores a proposed practice: as a draft, or sent for review.
    pub fn propose_practice(
        &self,
        viewer: &Viewer,
        id: Option<SubmissionId>,
        p: PracticeProposal,
        send: bool,
    ) -> Result<Submission, ForumError> {
        let author = self.writer(viewer, &crate::t!("forum-library-doing-submit"))?;
        let mut errors = FieldErrors::default();
        fields::title(
            &mut errors,
            &p.title,
            &crate::t!("forum-library-the-title"),
            TITLE_MAX,
        );
        if send && p.country.trim().is_empty() {
            errors.add(FieldName::Country, crate::t!("forum-library-enter-country"));
        }
        fields::optional(&mut errors, FieldName::Country, &p.country, LINE_MAX);
        if send && p.period.trim().is_empty() {
            errors.add(FieldName::Period, crate::t!("forum-library-enter-period"));
        }
        fields::optional(&mut errors, FieldName::Period, &p.period, 60);
        text(
            &mut errors,
            FieldName::Summary,
            &p.summary,
            20,
            SUMMARY_MAX,
            &crate::t!("forum-library-say-practice-summary"),
            send,
        );
        text(
            &mut errors,
            FieldName::WhatWasDone,
            &p.what_was_done,
            20,
            TEXT_MAX,
            &crate::t!("forum-library-say-what-was-done"),
            send,
        );
        text(
            &mut errors,
            FieldName::Results,
            &p.results,
            10,
            TEXT_MAX,
            &crate::t!("forum-library-say-results"),
            send,
        );
        let failure = p.level == PracticeLevel::BrilliantFailure;
        text(
            &mut errors,
            FieldName::Lessons,
            &p.lessons,
            10,
            TEXT_MAX,
            &crate::t!("forum-library-say-lessons"),
            send && !failure,
        );
        evidence_errors(&mut errors, &p, send);
        fields::optional(&mut errors, FieldName::Contact, &p.contact, LINE_MAX);
        fields::tags(&mut errors, &p.tags);
        classification_errors(
            self,
            &mut errors,
            &p.strategies,
            p.region,
            &p.community,
            send,
        )?;
        errors.into_result()?;
        let clean = PracticeProposal {
            title: fields::clean(&p.title),
            country: fields::clean(&p.country),
            period: fields::clean(&p.period),
            summary: fields::clean_text(&p.summary),
            what_was_done: fields::clean_text(&p.what_was_done),
            results: fields::clean_text(&p.results),
            lessons: fields::clean_text(&p.lessons),
            setting: fields::clean(&p.setting),
            impact: fields::clean_text(&p.impact),
            expected: fields::clean_text(&p.expected),
            why: fields::clean_text(&p.why),
            instead: fields::clean_text(&p.instead),
            references: fields::clean_text(&p.references),
            figures: fields::clean_text(&p.figures),
            contact: fields::clean(&p.contact),
            tags: tags_from(&p.tags).join(", "),
            community: p.community.trim().to_string(),
            ..p
        };
        self.save_submission(&author, id, Item::Practice(clean), send)
    }

    /// The library's entries that `filter` admits, newest first.
    pub fn library(&self, filter: &LibraryFilter) -> Result<Vec<Entry>, ForumError> {
        let mut entries = self.store().entries()?;
        entries.retain(|e| filter.admits(e));
        entries.sort_by_key(|e| std::cmp::Reverse((e.published_at, e.id)));
        Ok(entries)
    }

    /// Entries that build a competency in the viewer's profile, newest first:
    /// "for your learning". Empty for a guest or a profile with none ticked.
    pub fn library_for_learning(
        &self,
        viewer: &Viewer,
        filter: &LibraryFilter,
    ) -> Result<Vec<Entry>, ForumError> {
        let mine = viewer
            .account()
            .map(|a| a.competencies.clone())
            .unwrap_or_default();
        let mut entries = self.library(filter)?;
        entries.retain(|e| e.classification.builds_any(&mine));
        Ok(entries)
    }

    pub fn entry(&self, id: EntryId) -> Result<Entry, ForumError> {
        self.store().entry(id)?.ok_or_else(|| {
            ForumError::NotFound(crate::t!("forum-missing-entry", id = id.to_string()))
        })
    }

    /// Changes a practice's level, with a reason kept in its history and the log.
    pub fn change_level(
        &self,
        viewer: &Viewer,
        id: EntryId,
        level: PracticeLevel,
        reason: &str,
        assessment: &[Assessed],
    ) -> Result<Entry, ForumError> {
        let actor = self.require(
            viewer,
            Capability::SetPracticeLevel,
            &crate::t!("forum-library-doing-change-level"),
        )?;
        let reason = audit::reason(reason)?;
        let assessment = self.assessment_of(level, assessment)?;
        let now = self.now();
        let result = self.store().update_entry(id, |entry| {
            let title = entry.title.clone();
            let Shelf::Practice {
                level: current,
                levels,
                ..
            } = &mut entry.shelf
            else {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-library-only-practices-level"
                )));
            };
            if *current == level {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-library-level-already",
                    level = crate::terms::level(level)
                )));
            }
            let before = current.label().to_string();
            *current = level;
            levels.push(LevelChange {
                level,
                by: actor.username.to_string(),
                reason: reason.clone(),
                at: now,
                assessment: assessment.clone(),
            });
            Ok(Some(
                Record {
                    by: &actor.username,
                    action: AuditAction::Level,
                    target: format!("practice {id} ({title})"),
                    reason: &reason,
                    before,
                    after: if assessment.is_empty() {
                        level.label().into()
                    } else {
                        format!(
                            "{} (criteria: {})",
                            level.label(),
                            assessment_words(&assessment)
                        )
                    },
                }
                .entry(now),
            ))
        });
        let entry = super::withdraw::updated(
            result,
            &crate::t!("forum-missing-entry", id = id.to_string()),
        )?;
        // Said to the author in their own language when they read it: the
        // words are kept with the notice, the English as its text.
        let title = super::sanitize::inline(&entry.title).into_owned();
        let said = super::sanitize::inline(&reason).into_owned();
        let words_id = "forum-library-level-changed";
        let args = [
            ("title", title.as_str()),
            ("level", level.slug()),
            ("reason", said.as_str()),
        ];
        let told = if *entry.posted_by == *actor.username {
            Vec::new()
        } else {
            self.deliver(vec![super::notifications::Notice {
                to: entry.posted_by.to_string(),
                kind: crate::domain::NoticeKind::Decision,
                from: Some(actor.username.clone()),
                text: crate::lang::text_in(
                    crate::lang::Language::En,
                    words_id,
                    &args.map(|(k, v)| (k, crate::lang::Value::from(v))),
                ),
                target: crate::domain::Target::Entry { id },
                words: Some(crate::domain::Words::new(words_id, &args)),
            }])?
        };
        self.commit(Change::Library)?;
        self.announce_told(told);
        Ok(entry)
    }

    /// The thread about an entry, if one was started and `viewer` may read it.
    pub fn entry_thread(
        &self,
        viewer: &Viewer,
        id: EntryId,
    ) -> Result<Option<ThreadId>, ForumError> {
        let entry = self.entry(id)?;
        Ok(entry
            .discussion
            .filter(|&thread| self.read_thread(viewer, thread).is_ok()))
    }

    /// What the first post about an entry starts from, for the member to see
    /// and change before anything is posted: a title, and a first line that
    /// says which entry it is about. Also the community it goes into.
    pub fn entry_thread_start(&self, id: EntryId) -> Result<(String, NewThread), ForumError> {
        let entry = self.entry(id)?;
        // In the member's language: they see it and write on from it.
        let title = crate::t!("forum-library-thread-title", title = entry.title.as_str());
        let title: String = title.chars().take(super::TITLE_MAX).collect();
        let kind = match &entry.shelf {
            crate::domain::Shelf::Resource { kind, .. } => crate::terms::resource_kind(*kind),
            crate::domain::Shelf::Practice { .. } => crate::t!("submission-kind-practice"),
        };
        let body = crate::t!(
            "forum-library-thread-about",
            kind = kind,
            title = entry.title.as_str(),
            id = id.to_string()
        ) + "\n\n";
        Ok((
            entry.community.to_string(),
            NewThread {
                title,
                body,
                language: entry.language,
            },
        ))
    }

    /// Starts the thread about an entry with the member's own first post, in
    /// the community the entry names. If someone started it meanwhile, the post
    /// becomes a reply there instead: nothing written is lost.
    pub fn discuss_entry(
        &self,
        viewer: &Viewer,
        id: EntryId,
        first: NewThread,
    ) -> Result<ThreadId, ForumError> {
        let _one_at_a_time = DISCUSSION
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let entry = self.entry(id)?;
        if let Some(thread) = entry.discussion
            && self.read_thread(viewer, thread).is_ok()
        {
            self.reply(viewer, thread.opening_post(), &first.body)?;
            return Ok(thread);
        }
        let thread = self.start_thread(viewer, &entry.community, first)?;
        let result = self.store().update_entry::<ForumError>(id, |e| {
            e.discussion = Some(thread.id);
            Ok(None)
        });
        super::withdraw::updated(
            result,
            &crate::t!("forum-missing-entry", id = id.to_string()),
        )?;
        self.commit(Change::Library)?;
        Ok(thread.id)
    }
}

/// The entry a complete resource proposal describes (id, poster and date unset).
pub(super) fn resource_entry(p: &ResourceProposal, now: Timestamp) -> Result<Entry, ForumError> {
    let year = year(&p.year, now).map_err(|e| FieldErrors::single(FieldName::Year, e))?;
    Ok(Entry {
        language: named_language(&p.language).or_else(|| written_in(None, &p.title, &p.summary)),
        translations: Vec::new(),
        id: Default::default(),
        title: p.title.clone(),
        summary: p.summary.clone(),
        shelf: Shelf::Resource {
            kind: p.kind,
            authors: p.authors.clone(),
            year,
            link: p.link.clone(),
            language: p.language.clone(),
            text: p.text.clone(),
        },
        classification: Classified {
            strategies: &p.strategies,
            region: p.region,
            country: &p.country,
            tags: &p.tags,
            competencies: &p.competencies,
            audiences: &p.audiences,
        }
        .classification(),
        community: p.community.as_str().into(),
        discussion: None,
        posted_by: String::new().into(),
        published_at: now,
        files: p.files.clone(),
    })
}

/// The entry a complete practice proposal describes; its first level is the one
/// proposed, as approved by `by`.
pub(super) fn practice_entry(p: &PracticeProposal, by: &str, now: Timestamp) -> Entry {
    Entry {
        language: written_in(None, &p.title, &p.summary),
        translations: Vec::new(),
        id: Default::default(),
        title: p.title.clone(),
        summary: p.summary.clone(),
        shelf: Shelf::Practice {
            level: p.level,
            period: p.period.clone(),
            what_was_done: p.what_was_done.clone(),
            results: p.results.clone(),
            lessons: p.lessons.clone(),
            contact: p.contact.clone(),
            levels: vec![LevelChange {
                level: p.level,
                by: by.into(),
                reason: "Approved with this level.".into(),
                at: now,
                assessment: Vec::new(),
            }],
            // Checked when it was sent: what does not read here is left out.
            evidence: Box::new({
                let references = references_from(&p.references).unwrap_or_default();
                let figures = figures_from(&p.figures, references.len()).unwrap_or_default();
                Evidence {
                    setting: p.setting.clone(),
                    impact: p.impact.clone(),
                    references,
                    figures,
                    expected: p.expected.clone(),
                    why: p.why.clone(),
                    instead: p.instead.clone(),
                }
            }),
        },
        classification: Classified {
            strategies: &p.strategies,
            region: p.region,
            country: &p.country,
            tags: &p.tags,
            competencies: &p.competencies,
            audiences: &p.audiences,
        }
        .classification(),
        community: p.community.as_str().into(),
        discussion: None,
        posted_by: String::new().into(),
        published_at: now,
        files: Vec::new(),
    }
}
