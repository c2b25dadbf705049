//! Search, the people directory and notifications in plain mode: numbered
//! lists, read in order; a number opens what it names.

use super::{Plain, View};
use stoa_core::domain::{Competency, Region, Strategy, Target};
use stoa_core::forum::people::PeopleFilter;
use stoa_core::forum::search::SearchFilter;
use stoa_core::forum::strategies::LEVELS;
use stoa_core::forum::{Capability, Stream};
use stoa_core::forum::{ForumError, sanitize};
use stoa_core::store::DemoMark;
use stoa_present::text::plural;
use stoa_present::when::Days;

fn clean(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

/// A finding's line as the search screen draws it ("care · amara · 2 Nov",
/// "… a cut excerpt …"), with the screen's separators and ellipses in ASCII.
fn read_out(text: &str) -> String {
    let text = clean(text).replace(" · ", ", ");
    let text = match text.strip_prefix("… ") {
        Some(rest) => format!("... {rest}"),
        None => text,
    };
    match text.strip_suffix(" …") {
        Some(rest) => format!("{rest} ..."),
        None => text,
    }
}

impl Plain {
    /// Searches once: the list to print, and the place for its numbers to
    /// open (kept, so that `l` and a number mean the list that was read out).
    pub(super) fn search(&self, words: &str) -> Result<View, ForumError> {
        let findings = self
            .forum
            .search(&self.viewer, words, &SearchFilter::default())?;
        let mut text = format!(
            "Search for {}: {}.",
            clean(words),
            plural(findings.found.len(), "result", "results")
        );
        let mut targets = Vec::new();
        for (kind, group) in findings.grouped() {
            text.push_str(&format!("\n{}:", kind.heading()));
            for f in group {
                targets.push(f.target.clone());
                text.push_str(&format!(
                    "\n{}. {}. {}",
                    targets.len(),
                    clean(&f.title),
                    read_out(&f.about)
                ));
                if !f.excerpt.is_empty() {
                    text.push_str(&format!("\n   {}", read_out(&f.excerpt)));
                }
            }
        }
        text.push_str("\nType a result's number to open it, b to go back.");
        Ok(View::Found { text, targets })
    }

    /// `learning`: upcoming events, then library entries, that build the
    /// competencies in the member's profile, numbered to open.
    pub(super) fn learning(&self) -> Result<View, ForumError> {
        let Some(account) = self.viewer.account() else {
            return Ok(View::Found {
                text: "For your learning: sign up (s), then tick the competencies you are building in your profile.".into(),
                targets: Vec::new(),
            });
        };
        if account.competencies.is_empty() {
            return Ok(View::Found {
                text: "For your learning: your profile lists no competencies yet. Type edit profile to tick the ones you are building.".into(),
                targets: Vec::new(),
            });
        }
        let events = self
            .forum
            .events_for_learning(&self.viewer, &Default::default())?;
        let entries = self
            .forum
            .library_for_learning(&self.viewer, &Default::default())?;
        let mut text = format!(
            "For your learning ({}): {} and {}.",
            Competency::labels(&account.competencies),
            plural(events.len(), "upcoming event", "upcoming events"),
            plural(entries.len(), "library entry", "library entries")
        );
        let mut targets = Vec::new();
        if !events.is_empty() {
            text.push_str("\nEvents, trainings first:");
        }
        for l in &events {
            let e = &l.event;
            targets.push(Target::Event { id: e.id });
            text.push_str(&format!(
                "\n{}. {}, {}: {}; builds {}",
                targets.len(),
                e.starts.weekday_date(),
                e.kind.label(),
                self.demo(DemoMark::Event(e.id), &e.title),
                Competency::labels(&e.classification.competencies)
            ));
        }
        if !entries.is_empty() {
            text.push_str("\nLibrary:");
        }
        for e in &entries {
            targets.push(Target::Entry { id: e.id });
            text.push_str(&format!(
                "\n{}. {}: {}; builds {}",
                targets.len(),
                e.kind(),
                self.demo(DemoMark::Entry(e.id), &e.title),
                Competency::labels(&e.classification.competencies)
            ));
        }
        text.push_str("\nType a number to open it, b to go back.");
        Ok(View::Found { text, targets })
    }

    /// `strategies`: the five and multiple streams, to open with `strategy N`.
    pub(super) fn strategies(&self) -> String {
        let mut out = String::from("The framework's strategies:");
        for (i, stream) in Stream::all().iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {}: {}",
                i + 1,
                stream.label(),
                stream.description()
            ));
        }
        out.push_str("\nType strategy and a number to read its page");
        if self.forum.may(&self.viewer, Capability::ReviewSubmissions) {
            out.push_str(", coverage for the practices by strategy, region and level");
        }
        out.push('.');
        out
    }

    /// `strategy N`: everything classified under it, numbered to open.
    pub(super) fn strategy(&self, number: &str) -> Result<View, ForumError> {
        let all = Stream::all();
        let Some(stream) = number
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|n| all.get(n.wrapping_sub(1)))
            .or_else(|| all.iter().find(|s| s.slug() == number.trim()))
        else {
            return Ok(View::Found {
                text: format!(
                    "Type strategy and a number from 1 to {}: strategies lists them.",
                    all.len()
                ),
                targets: Vec::new(),
            });
        };
        let page = self.forum.strategy_page(&self.viewer, *stream)?;
        let mut text = format!("{}. {}", stream.label(), stream.description());
        let mut targets = Vec::new();
        let names: Vec<String> = page.communities.iter().map(|c| clean(&c.name)).collect();
        text.push_str(&format!(
            "\nCommunities: {}.",
            if names.is_empty() {
                "none yet".to_string()
            } else {
                names.join(", ")
            }
        ));
        let mut section = |title: &str, items: Vec<(String, Target)>| {
            text.push_str(&format!("\n{title}, {}:", items.len()));
            if items.is_empty() {
                text.push_str(" none yet.");
            }
            for (line, target) in items {
                targets.push(target);
                text.push_str(&format!("\n{}. {line}", targets.len()));
            }
        };
        section(
            "Library resources",
            page.resources
                .iter()
                .map(|e| {
                    (
                        format!(
                            "{}: {}",
                            e.kind(),
                            self.demo(DemoMark::Entry(e.id), &e.title)
                        ),
                        Target::Entry { id: e.id },
                    )
                })
                .collect(),
        );
        section(
            "Practices, by level",
            page.practices
                .iter()
                .flat_map(|(level, entries)| entries.iter().map(move |e| (*level, e)))
                .map(|(level, e)| {
                    (
                        format!(
                            "{}: {}",
                            level.label(),
                            self.demo(DemoMark::Entry(e.id), &e.title)
                        ),
                        Target::Entry { id: e.id },
                    )
                })
                .collect(),
        );
        section(
            "Upcoming events",
            page.events
                .iter()
                .map(|e| {
                    (
                        format!(
                            "{}, {}: {}",
                            e.starts.weekday_date(),
                            e.kind.label(),
                            self.demo(DemoMark::Event(e.id), &e.title)
                        ),
                        Target::Event { id: e.id },
                    )
                })
                .collect(),
        );
        section(
            "Open jobs",
            page.jobs
                .iter()
                .map(|j| {
                    (
                        format!(
                            "{} at {}",
                            self.demo(DemoMark::Job(j.id), &j.title),
                            clean(&j.organization)
                        ),
                        Target::Job { id: j.id },
                    )
                })
                .collect(),
        );
        text.push_str("\nType a number to open it, b to go back.");
        Ok(View::Found { text, targets })
    }

    /// `coverage`, for the committee: practices by strategy, region and level.
    pub(super) fn coverage(&self) -> Result<String, ForumError> {
        let coverage = self.forum.coverage(&self.viewer)?;
        let mut out = String::from(
            "Practices by strategy and WHO region (AFR, AMR, SEAR, EUR, EMR, WPR, Global); a gap reads as none.",
        );
        for s in Strategy::ALL {
            let cells: Vec<String> = Region::ALL
                .iter()
                .map(|r| {
                    let levels: Vec<String> = LEVELS
                        .iter()
                        .filter_map(|l| match coverage.count(s, *r, Some(*l)) {
                            0 => None,
                            n => Some(format!("{n} {}", l.label())),
                        })
                        .collect();
                    let said = if levels.is_empty() {
                        "none".to_string()
                    } else {
                        levels.join(", ")
                    };
                    format!("{}: {said}", r.short())
                })
                .collect();
            out.push_str(&format!("\n{}: {}.", s.label(), cells.join("; ")));
        }
        if coverage.unplaced > 0 {
            out.push_str(&format!(
                "\n{} name no region and are not counted.",
                plural(coverage.unplaced, "practice", "practices")
            ));
        }
        Ok(out)
    }

    pub(super) fn notices(&self) -> Result<String, ForumError> {
        let list = self.forum.notifications(&self.viewer)?;
        let unread = list.iter().filter(|n| !n.read).count();
        let mut out = format!(
            "Notifications, {} unread of {}, newest first:",
            unread,
            list.len()
        );
        let zone = stoa_core::forum::events::viewer_zone(&self.viewer);
        for (i, n) in list.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {}{}, {}",
                i + 1,
                if n.read { "" } else { "new: " },
                clean(&stoa_present::notice::summary(n)),
                n.at.to_zoned(zone.clone()).strftime("%a %d %b %H:%M")
            ));
        }
        out.push_str("\nType a number to open it (that marks it read), read all to mark all read, b to go back.");
        Ok(out)
    }

    pub(super) fn people(&self, words: &str) -> Result<String, ForumError> {
        let filter = PeopleFilter {
            text: words.to_string(),
            ..PeopleFilter::default()
        };
        let cards = self.forum.people(&self.viewer, &filter)?;
        let mut out = format!(
            "People: {}, by organization:",
            plural(cards.len(), "member", "members")
        );
        for (i, c) in cards.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {} ({}), {}, {}{}",
                i + 1,
                clean(&c.display_name),
                c.username,
                organization(&c.organization),
                c.region.label(),
                if c.competencies.is_empty() {
                    String::new()
                } else {
                    format!(", {}", Competency::labels(&c.competencies))
                }
            ));
        }
        out.push_str(
            "\nType a number to read a member's page, people WORDS to narrow, b to go back.",
        );
        Ok(out)
    }

    pub(super) fn member_page(&self, username: &str) -> Result<String, ForumError> {
        let p = self.forum.person(&self.viewer, username)?;
        let c = &p.card;
        let mut out = format!(
            "{} ({}), {}, {}, time zone {}.",
            clean(&c.display_name),
            c.username,
            organization(&c.organization),
            c.region.label(),
            c.time_zone
        );
        if !c.competencies.is_empty() {
            let names = Competency::labels(&c.competencies);
            out.push_str(&format!("\nCompetencies: {names}."));
        }
        if !c.bio.trim().is_empty() {
            out.push_str(&format!("\n{}", sanitize::multiline(c.bio.trim())));
        }
        if !p.communities.is_empty() {
            out.push_str(&format!(
                "\nCommunities: {}.",
                clean(&p.communities.join(", "))
            ));
        }
        out.push_str(&format!("\nRecent posts, {}:", p.recent.len()));
        for (i, r) in p.recent.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. In {}: {}",
                i + 1,
                clean(&r.thread_title),
                clean(&r.opening)
            ));
        }
        out.push_str("\nType a number to read that post's thread, b to go back.");
        Ok(out)
    }

    /// The view a target opens, and what to print first (a submission, which
    /// plain mode shows in the list of the member's submissions).
    fn view_of(&self, target: &Target) -> Result<View, String> {
        Ok(match target {
            Target::Post { thread, .. } => View::Thread(*thread),
            Target::Event { id } => View::Event(*id),
            Target::Job { id } => View::Job(*id),
            Target::Entry { id } => View::Entry(*id),
            Target::News { id } => View::NewsItem(*id),
            Target::Member { username } => View::Member(username.to_string()),
            Target::Conversation { id } => View::Conversation(*id),
            Target::Submission { .. } => return Err(self.submissions()),
        })
    }

    /// Opens item `n` of a search, the notifications, the directory or a page.
    pub(super) fn open_found(&mut self, n: usize) -> Option<String> {
        let target = match &self.view {
            View::Found { targets, .. } => targets.get(n.wrapping_sub(1)).cloned(),
            View::Notices => {
                let notice = self
                    .forum
                    .notifications(&self.viewer)
                    .ok()?
                    .into_iter()
                    .nth(n.wrapping_sub(1))?;
                let _ = self
                    .forum
                    .mark_notifications(&self.viewer, &[notice.id], true);
                Some(notice.target)
            }
            View::People(words) => {
                let filter = PeopleFilter {
                    text: words.clone(),
                    ..PeopleFilter::default()
                };
                let card = self
                    .forum
                    .people(&self.viewer, &filter)
                    .ok()?
                    .into_iter()
                    .nth(n.wrapping_sub(1))?;
                Some(Target::Member {
                    username: card.username.into(),
                })
            }
            View::Member(name) => {
                let page = self.forum.person(&self.viewer, name).ok()?;
                let r = page.recent.get(n.wrapping_sub(1))?;
                Some(Target::Post {
                    thread: r.thread,
                    post: r.post,
                })
            }
            _ => None,
        }?;
        Some(match self.view_of(&target) {
            Ok(view) => {
                self.view = view;
                self.show()
            }
            Err(text) => text,
        })
    }

    /// `watch` or `unwatch`, in a thread.
    pub(super) fn watch(&mut self, on: bool) -> String {
        let View::Thread(id) = self.view else {
            return "Open a thread first: watch and unwatch work on it.".into();
        };
        match self.forum.watch(&self.viewer, id, on) {
            Ok(()) if on => "Watching: new posts in this thread will notify you.".into(),
            Ok(()) => "No longer watching this thread.".into(),
            Err(e) => format!("Error: {e}"),
        }
    }

    /// `read all`: the notifications, or in a community its threads.
    pub(super) fn read_all(&mut self) -> String {
        let done = match &self.view {
            View::Community(slug) => self
                .forum
                .mark_community_read(&self.viewer, slug)
                .map(|n| format!("{} marked read.", plural(n, "thread", "threads"))),
            View::Notices => self
                .forum
                .mark_all_notifications_read(&self.viewer)
                .map(|n| {
                    format!(
                        "{} marked read.",
                        plural(n, "notification", "notifications")
                    )
                }),
            _ => {
                return "Open a community or your notifications (!) first: read all marks what they list read.".into();
            }
        };
        done.unwrap_or_else(|e| format!("Error: {e}"))
    }
}

/// A member's organization as the directory says it.
fn organization(name: &str) -> String {
    if name.is_empty() {
        "independent".into()
    } else {
        clean(name)
    }
}
