//! A proposal's answers to and from the item they describe.

use super::Proposing;
use stoa_core::domain::{
    CommunityProposal, Competency, EventKind, EventProposal, Item, JobKind, JobProposal,
    PracticeLevel, PracticeProposal, Region, ResourceKind, ResourceProposal, Strategy,
};

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

impl Proposing {
    fn texts(&mut self, answers: &[(&str, &String)]) {
        for (name, value) in answers {
            self.set(name, (*value).clone());
        }
    }

    /// Region, strategies and (for the library) the community, as numbers.
    fn classified(
        &mut self,
        region: Option<Region>,
        strategies: &[Strategy],
        community: Option<&String>,
    ) {
        self.set("region", number_of(&Region::ALL, region));
        self.set("strategies", numbers_of(&Strategy::ALL, strategies));
        if let Some(slug) = community {
            let slugs = self.slugs.clone();
            self.set("community", number_of(&slugs, Some(slug.clone())));
        }
    }

    pub(super) fn fill(&mut self, item: &Item) {
        match item {
            Item::Community(p) => {
                self.texts(&[
                    ("name", &p.name),
                    ("slug", &p.slug),
                    ("purpose", &p.purpose),
                    ("audience", &p.audience),
                ]);
            }
            Item::Event(p) => {
                self.set("kind", number_of(&EventKind::ALL, Some(p.kind)));
                self.texts(&[
                    ("title", &p.title),
                    ("starts", &p.starts),
                    ("ends", &p.ends),
                    ("time_zone", &p.time_zone),
                    ("online", &p.online),
                    ("city", &p.city),
                    ("country", &p.country),
                    ("organizer", &p.organizer),
                    ("deadline", &p.deadline),
                    ("tags", &p.tags),
                    ("description", &p.description),
                ]);
                self.classified(p.region, &p.strategies, None);
            }
            Item::Job(p) => {
                self.set("kind", number_of(&JobKind::ALL, Some(p.kind)));
                self.texts(&[
                    ("title", &p.title),
                    ("organization", &p.organization),
                    ("location", &p.location),
                    ("country", &p.country),
                    ("closes", &p.closes),
                    ("tags", &p.tags),
                    ("description", &p.description),
                    ("how_to_apply", &p.how_to_apply),
                ]);
                self.set("region", number_of(&Region::ALL, p.region));
                self.set("remote", if p.remote { "yes" } else { "no" }.into());
                self.set(
                    "competencies",
                    numbers_of(&Competency::ALL, &p.competencies),
                );
            }
            Item::Resource(p) => {
                self.set("kind", number_of(&ResourceKind::ALL, Some(p.kind)));
                self.texts(&[
                    ("title", &p.title),
                    ("authors", &p.authors),
                    ("year", &p.year),
                    ("link", &p.link),
                    ("language", &p.language),
                    ("summary", &p.summary),
                    ("country", &p.country),
                    ("tags", &p.tags),
                ]);
                self.classified(p.region, &p.strategies, Some(&p.community));
            }
            Item::Practice(p) => {
                self.set("level", number_of(&PracticeLevel::ALL, Some(p.level)));
                self.texts(&[
                    ("title", &p.title),
                    ("country", &p.country),
                    ("period", &p.period),
                    ("summary", &p.summary),
                    ("what_was_done", &p.what_was_done),
                    ("results", &p.results),
                    ("lessons", &p.lessons),
                    ("contact", &p.contact),
                    ("tags", &p.tags),
                ]);
                self.classified(p.region, &p.strategies, Some(&p.community));
            }
            Item::Post(_) => {}
        }
    }

    /// The proposal the answers make.
    pub(super) fn item(&self) -> Item {
        let region = self
            .chosen("region")
            .and_then(|i| Region::ALL.get(i).copied());
        let community = self
            .chosen("community")
            .and_then(|i| self.slugs.get(i).cloned())
            .unwrap_or_default();
        let g = |n: &str| self.get(n);
        match self.kind {
            "community" => Item::Community(CommunityProposal {
                slug: g("slug"),
                name: g("name"),
                purpose: g("purpose"),
                audience: g("audience"),
            }),
            "event" => Item::Event(EventProposal {
                kind: self
                    .chosen("kind")
                    .and_then(|i| EventKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: g("title"),
                starts: g("starts"),
                ends: g("ends"),
                time_zone: g("time_zone"),
                online: g("online"),
                city: g("city"),
                country: g("country"),
                organizer: g("organizer"),
                deadline: g("deadline"),
                description: g("description"),
                strategies: self.picked("strategies", &Strategy::ALL),
                region,
                tags: g("tags"),
            }),
            "job" => Item::Job(JobProposal {
                kind: self
                    .chosen("kind")
                    .and_then(|i| JobKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: g("title"),
                organization: g("organization"),
                location: g("location"),
                country: g("country"),
                region,
                remote: g("remote").starts_with('y'),
                closes: g("closes"),
                competencies: self.picked("competencies", &Competency::ALL),
                tags: g("tags"),
                description: g("description"),
                how_to_apply: g("how_to_apply"),
            }),
            "resource" => Item::Resource(ResourceProposal {
                kind: self
                    .chosen("kind")
                    .and_then(|i| ResourceKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: g("title"),
                authors: g("authors"),
                year: g("year"),
                link: g("link"),
                summary: g("summary"),
                language: g("language"),
                strategies: self.picked("strategies", &Strategy::ALL),
                region,
                country: g("country"),
                tags: g("tags"),
                community,
            }),
            _ => Item::Practice(PracticeProposal {
                level: self
                    .chosen("level")
                    .and_then(|i| PracticeLevel::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: g("title"),
                country: g("country"),
                period: g("period"),
                summary: g("summary"),
                what_was_done: g("what_was_done"),
                results: g("results"),
                lessons: g("lessons"),
                contact: g("contact"),
                strategies: self.picked("strategies", &Strategy::ALL),
                region,
                tags: g("tags"),
                community,
            }),
        }
    }
}
