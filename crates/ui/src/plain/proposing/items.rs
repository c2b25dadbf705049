//! A proposal's answers to and from the item they describe.

use super::Proposing;
use stoa_core::domain::{
    Attachment, Audience, CommunityProposal, Competency, EventKind, EventProposal, Item, JobKind,
    JobProposal, Language, NewsKind, NewsProposal, PracticeLevel, PracticeProposal, Region,
    ResourceKind, ResourceProposal, Strategy, Translated, TranslationProposal,
};
use stoa_core::forum::FieldName;

/// A choice's answer as stored: its number, from 1.
fn number_of<T: PartialEq>(all: &[T], x: Option<T>) -> String {
    x.and_then(|x| all.iter().position(|a| *a == x))
        .map_or(String::new(), |i| (i + 1).to_string())
}

fn numbers_of<T: PartialEq>(all: &[T], xs: &[T]) -> String {
    let numbers: Vec<String> = xs
        .iter()
        .filter_map(|x| all.iter().position(|a| a == x))
        .map(|i| (i + 1).to_string())
        .collect();
    numbers.join(", ")
}

/// What `classified` sets from a proposal.
struct Classified<'a> {
    region: Option<Region>,
    strategies: &'a [Strategy],
    competencies: &'a [Competency],
    audiences: &'a [Audience],
}

macro_rules! classified_of {
    ($p:expr) => {
        Classified {
            region: $p.region,
            strategies: &$p.strategies,
            competencies: &$p.competencies,
            audiences: &$p.audiences,
        }
    };
}

impl Proposing {
    fn texts(&mut self, answers: &[(FieldName, &String)]) {
        for (name, value) in answers {
            self.set(*name, (*value).clone());
        }
    }

    /// Region, strategies, competencies, audiences and (for the library) the
    /// community, as numbers.
    fn classified(&mut self, c: Classified, community: Option<&String>) {
        self.set(FieldName::Region, number_of(&Region::ALL, c.region));
        self.set(
            FieldName::Strategies,
            numbers_of(&Strategy::ALL, c.strategies),
        );
        self.set(
            FieldName::Competencies,
            numbers_of(&Competency::ALL, c.competencies),
        );
        self.set(
            FieldName::Audiences,
            numbers_of(&Audience::ALL, c.audiences),
        );
        if let Some(slug) = community {
            let slugs = self.slugs.clone();
            self.set(FieldName::Community, number_of(&slugs, Some(slug.clone())));
        }
    }

    pub(super) fn fill(&mut self, item: &Item) {
        match item {
            Item::Community(p) => {
                self.texts(&[
                    (FieldName::Name, &p.name),
                    (FieldName::Slug, &p.slug),
                    (FieldName::Purpose, &p.purpose),
                    (FieldName::Audience, &p.audience),
                ]);
                self.set(
                    FieldName::MembersOnly,
                    if p.members_only { "yes" } else { "no" }.into(),
                );
                self.set(
                    FieldName::Strategies,
                    numbers_of(&Strategy::ALL, &p.strategies),
                );
            }
            Item::Event(p) => {
                self.set(FieldName::Kind, number_of(&EventKind::ALL, Some(p.kind)));
                self.texts(&[
                    (FieldName::Title, &p.title),
                    (FieldName::Starts, &p.starts),
                    (FieldName::Ends, &p.ends),
                    (FieldName::TimeZone, &p.time_zone),
                    (FieldName::Online, &p.online),
                    (FieldName::City, &p.city),
                    (FieldName::Country, &p.country),
                    (FieldName::Organizer, &p.organizer),
                    (FieldName::Deadline, &p.deadline),
                    (FieldName::Tags, &p.tags),
                    (FieldName::Description, &p.description),
                ]);
                self.classified(classified_of!(p), None);
            }
            Item::Job(p) => {
                self.set(FieldName::Kind, number_of(&JobKind::ALL, Some(p.kind)));
                self.texts(&[
                    (FieldName::Title, &p.title),
                    (FieldName::Organization, &p.organization),
                    (FieldName::Location, &p.location),
                    (FieldName::Country, &p.country),
                    (FieldName::Closes, &p.closes),
                    (FieldName::Tags, &p.tags),
                    (FieldName::Description, &p.description),
                    (FieldName::HowToApply, &p.how_to_apply),
                ]);
                self.set(FieldName::Region, number_of(&Region::ALL, p.region));
                self.set(
                    FieldName::Remote,
                    if p.remote { "yes" } else { "no" }.into(),
                );
                self.set(
                    FieldName::Competencies,
                    numbers_of(&Competency::ALL, &p.competencies),
                );
                self.set(
                    FieldName::Strategies,
                    numbers_of(&Strategy::ALL, &p.strategies),
                );
            }
            Item::Resource(p) => {
                self.set(FieldName::Kind, number_of(&ResourceKind::ALL, Some(p.kind)));
                self.texts(&[
                    (FieldName::Title, &p.title),
                    (FieldName::Authors, &p.authors),
                    (FieldName::Year, &p.year),
                    (FieldName::Link, &p.link),
                    (FieldName::Language, &p.language),
                    (FieldName::Summary, &p.summary),
                    (FieldName::Country, &p.country),
                    (FieldName::Tags, &p.tags),
                    (FieldName::Text, &p.text),
                ]);
                self.classified(classified_of!(p), Some(&p.community));
                for file in &p.files {
                    if !self.files.iter().any(|f| f.name == file.name) {
                        self.files.push(file.clone());
                    }
                }
                let names: Vec<&str> = p.files.iter().map(|f| f.name.as_str()).collect();
                self.set(FieldName::Files, names.join(", "));
            }
            Item::Practice(p) => {
                self.set(
                    FieldName::Level,
                    number_of(&PracticeLevel::ALL, Some(p.level)),
                );
                self.texts(&[
                    (FieldName::Title, &p.title),
                    (FieldName::Country, &p.country),
                    (FieldName::Period, &p.period),
                    (FieldName::Summary, &p.summary),
                    (FieldName::WhatWasDone, &p.what_was_done),
                    (FieldName::Results, &p.results),
                    (FieldName::Lessons, &p.lessons),
                    (FieldName::Contact, &p.contact),
                    (FieldName::Tags, &p.tags),
                    (FieldName::Setting, &p.setting),
                    (FieldName::Impact, &p.impact),
                    (FieldName::Expected, &p.expected),
                    (FieldName::Why, &p.why),
                    (FieldName::Instead, &p.instead),
                    (FieldName::References, &p.references),
                    (FieldName::Figures, &p.figures),
                ]);
                self.classified(classified_of!(p), Some(&p.community));
            }
            Item::Translation(p) => {
                self.set(
                    FieldName::Language,
                    number_of(&Language::ALL, Some(p.language)),
                );
                self.texts(&[(FieldName::Title, &p.title), (FieldName::Text, &p.text)]);
            }
            Item::News(p) => {
                self.set(FieldName::Kind, number_of(&NewsKind::ALL, Some(p.kind)));
                self.set(FieldName::Title, p.title.clone());
                self.set(FieldName::Region, number_of(&Region::ALL, p.region));
                // As written (in the full screen, perhaps, with lists or
                // code): Enter keeps it whole.
                self.set(FieldName::Body, p.body.clone());
            }
            Item::Post(_) => {}
        }
    }

    /// The files the answer names, each as offered; a name not offered stays
    /// a name, for the forum to refuse with why.
    fn attached(&self) -> Vec<Attachment> {
        self.get(FieldName::Files)
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|name| {
                self.files
                    .iter()
                    .find(|f| f.name == name)
                    .cloned()
                    .unwrap_or_else(|| Attachment {
                        name: name.into(),
                        size: 0,
                        media_type: String::new(),
                        sha256: String::new(),
                        added: None,
                    })
            })
            .collect()
    }

    /// The proposal the answers make.
    pub(super) fn item(&self) -> Item {
        let region = self
            .chosen(FieldName::Region)
            .and_then(|i| Region::ALL.get(i).copied());
        let community = self
            .chosen(FieldName::Community)
            .and_then(|i| self.slugs.get(i).cloned())
            .unwrap_or_default();
        let g = |n: FieldName| self.get(n);
        match self.kind {
            "community" => Item::Community(CommunityProposal {
                strategies: self.picked(FieldName::Strategies, &Strategy::ALL),
                slug: g(FieldName::Slug),
                name: g(FieldName::Name),
                purpose: g(FieldName::Purpose),
                audience: g(FieldName::Audience),
                members_only: g(FieldName::MembersOnly).starts_with('y'),
            }),
            "event" => Item::Event(EventProposal {
                kind: self
                    .chosen(FieldName::Kind)
                    .and_then(|i| EventKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: g(FieldName::Title),
                starts: g(FieldName::Starts),
                ends: g(FieldName::Ends),
                time_zone: g(FieldName::TimeZone),
                online: g(FieldName::Online),
                city: g(FieldName::City),
                country: g(FieldName::Country),
                organizer: g(FieldName::Organizer),
                deadline: g(FieldName::Deadline),
                description: g(FieldName::Description),
                strategies: self.picked(FieldName::Strategies, &Strategy::ALL),
                region,
                tags: g(FieldName::Tags),
                competencies: self.picked(FieldName::Competencies, &Competency::ALL),
                audiences: self.picked(FieldName::Audiences, &Audience::ALL),
            }),
            "job" => Item::Job(JobProposal {
                strategies: self.picked(FieldName::Strategies, &Strategy::ALL),
                kind: self
                    .chosen(FieldName::Kind)
                    .and_then(|i| JobKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: g(FieldName::Title),
                organization: g(FieldName::Organization),
                location: g(FieldName::Location),
                country: g(FieldName::Country),
                region,
                remote: g(FieldName::Remote).starts_with('y'),
                closes: g(FieldName::Closes),
                competencies: self.picked(FieldName::Competencies, &Competency::ALL),
                tags: g(FieldName::Tags),
                description: g(FieldName::Description),
                how_to_apply: g(FieldName::HowToApply),
            }),
            "translation" => {
                let (of, original) = self
                    .translating
                    .clone()
                    .unwrap_or((Translated::Entry(Default::default()), String::new()));
                Item::Translation(TranslationProposal {
                    of,
                    original,
                    language: self
                        .chosen(FieldName::Language)
                        .and_then(|i| Language::ALL.get(i).copied())
                        .unwrap_or_default(),
                    title: g(FieldName::Title),
                    text: g(FieldName::Text),
                })
            }
            "news" => Item::News(NewsProposal {
                kind: self
                    .chosen(FieldName::Kind)
                    .and_then(|i| NewsKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: g(FieldName::Title),
                region,
                body: g(FieldName::Body),
            }),
            "resource" => Item::Resource(ResourceProposal {
                kind: self
                    .chosen(FieldName::Kind)
                    .and_then(|i| ResourceKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: g(FieldName::Title),
                authors: g(FieldName::Authors),
                year: g(FieldName::Year),
                link: g(FieldName::Link),
                summary: g(FieldName::Summary),
                language: g(FieldName::Language),
                strategies: self.picked(FieldName::Strategies, &Strategy::ALL),
                region,
                country: g(FieldName::Country),
                tags: g(FieldName::Tags),
                competencies: self.picked(FieldName::Competencies, &Competency::ALL),
                audiences: self.picked(FieldName::Audiences, &Audience::ALL),
                community,
                text: g(FieldName::Text),
                files: self.attached(),
            }),
            _ => Item::Practice(PracticeProposal {
                level: self
                    .chosen(FieldName::Level)
                    .and_then(|i| PracticeLevel::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: g(FieldName::Title),
                country: g(FieldName::Country),
                setting: g(FieldName::Setting),
                impact: g(FieldName::Impact),
                expected: g(FieldName::Expected),
                why: g(FieldName::Why),
                instead: g(FieldName::Instead),
                references: g(FieldName::References),
                figures: g(FieldName::Figures),
                period: g(FieldName::Period),
                summary: g(FieldName::Summary),
                what_was_done: g(FieldName::WhatWasDone),
                results: g(FieldName::Results),
                lessons: g(FieldName::Lessons),
                contact: g(FieldName::Contact),
                strategies: self.picked(FieldName::Strategies, &Strategy::ALL),
                region,
                tags: g(FieldName::Tags),
                competencies: self.picked(FieldName::Competencies, &Competency::ALL),
                audiences: self.picked(FieldName::Audiences, &Audience::ALL),
                community,
            }),
        }
    }
}
