//! Search, the people directory and notifications in plain mode: numbered
//! lists, read in order; a number opens what it names.

use super::{Plain, View};
use stoa_core::domain::{Region, Strategy, Target};
use stoa_core::forum::people::PeopleFilter;
use stoa_core::forum::search::SearchFilter;
use stoa_core::forum::strategies::LEVELS;
use stoa_core::forum::{Capability, Stream};
use stoa_core::forum::{ForumError, sanitize};
use stoa_core::store::DemoMark;
use stoa_present::when::Days;
use stoa_present::{lang, t, terms};

use stoa_present::terms::{entry_kind, event_kind};

fn clean(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

/// A strategy's name, or "Multiple streams", in the reader's language.
fn stream_name(stream: Stream) -> String {
    match stream {
        Stream::Strategy(s) => terms::strategy(s),
        Stream::Multiple => t!("plain-multiple-streams"),
    }
}

/// What a stream is about, in a line, in the reader's language.
fn stream_about(stream: Stream) -> String {
    lang::text(&format!("strategies-about-{}", stream.slug()))
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
        let mut text = t!(
            "plain-search-heading",
            words = clean(words),
            n = findings.found.len()
        );
        let mut targets = Vec::new();
        for (kind, group) in findings.grouped() {
            text.push('\n');
            text.push_str(&stoa_present::text::introducing(&lang::text(&format!(
                "search-kind-{}",
                kind.as_str()
            ))));
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
        text.push_str(&format!("\n{}", t!("plain-search-hint")));
        Ok(View::Found { text, targets })
    }

    /// `learning`: upcoming events, then library entries, that build the
    /// competencies in the member's profile, numbered to open.
    pub(super) fn learning(&self) -> Result<View, ForumError> {
        let Some(account) = self.viewer.account() else {
            return Ok(View::Found {
                text: t!("plain-learning-guest"),
                targets: Vec::new(),
            });
        };
        if account.competencies.is_empty() {
            return Ok(View::Found {
                text: t!("plain-learning-no-competencies"),
                targets: Vec::new(),
            });
        }
        let events = self
            .forum
            .events_for_learning(&self.viewer, &Default::default())?;
        let entries = self
            .forum
            .library_for_learning(&self.viewer, &Default::default())?;
        let mut text = t!(
            "plain-learning-heading",
            competencies = terms::competencies(&account.competencies),
            events = t!("plain-count-upcoming-events", n = events.len()),
            entries = t!("plain-count-library-entries", n = entries.len())
        );
        let mut targets = Vec::new();
        if !events.is_empty() {
            text.push_str(&format!("\n{}", t!("plain-learning-events")));
        }
        for l in &events {
            let e = &l.event;
            targets.push(Target::Event { id: e.id });
            text.push_str(&format!(
                "\n{}. {}",
                targets.len(),
                t!(
                    "plain-learning-event",
                    day = e.starts.weekday_date(),
                    kind = event_kind(e.kind),
                    title = self.demo(DemoMark::Event(e.id), &e.title),
                    competencies = terms::competencies(&e.classification.competencies)
                )
            ));
        }
        if !entries.is_empty() {
            text.push_str(&format!("\n{}", t!("plain-learning-library")));
        }
        for e in &entries {
            targets.push(Target::Entry { id: e.id });
            text.push_str(&format!(
                "\n{}. {}",
                targets.len(),
                t!(
                    "plain-learning-entry",
                    kind = entry_kind(e),
                    title = self.demo(DemoMark::Entry(e.id), &e.title),
                    competencies = terms::competencies(&e.classification.competencies)
                )
            ));
        }
        text.push_str(&format!("\n{}", t!("plain-number-hint")));
        Ok(View::Found { text, targets })
    }

    /// `strategies`: the five and multiple streams, to open with `strategy N`.
    pub(super) fn strategies(&self) -> String {
        let mut out = t!("plain-strategies-heading");
        for (i, stream) in Stream::all().iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {}: {}",
                i + 1,
                stream_name(*stream),
                stream_about(*stream)
            ));
        }
        out.push('\n');
        if self.forum.may(&self.viewer, Capability::ReviewSubmissions) {
            out.push_str(&t!("plain-strategies-hint-committee"));
        } else {
            out.push_str(&t!("plain-strategies-hint"));
        }
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
                text: t!("plain-strategy-usage", n = all.len()),
                targets: Vec::new(),
            });
        };
        let page = self.forum.strategy_page(&self.viewer, *stream)?;
        let mut text = format!("{}. {}", stream_name(*stream), stream_about(*stream));
        let mut targets = Vec::new();
        let names: Vec<String> = page.communities.iter().map(|c| clean(&c.name)).collect();
        text.push_str(&format!(
            "\n{}",
            t!(
                "plain-communities-line",
                names = if names.is_empty() {
                    t!("strategies-none-yet")
                } else {
                    names.join(", ")
                }
            )
        ));
        let mut section = |title: &str, items: Vec<(String, Target)>| {
            text.push('\n');
            text.push_str(&stoa_present::text::introducing(&format!(
                "{title}, {}",
                items.len()
            )));
            if items.is_empty() {
                text.push_str(&format!(" {}.", t!("strategies-none-yet")));
            }
            for (line, target) in items {
                targets.push(target);
                text.push_str(&format!("\n{}. {line}", targets.len()));
            }
        };
        section(
            &t!("plain-strategy-resources"),
            page.resources
                .iter()
                .map(|e| {
                    (
                        format!(
                            "{}: {}",
                            entry_kind(e),
                            self.demo(DemoMark::Entry(e.id), &e.title)
                        ),
                        Target::Entry { id: e.id },
                    )
                })
                .collect(),
        );
        section(
            &t!("plain-strategy-practices"),
            page.practices
                .iter()
                .flat_map(|(level, entries)| entries.iter().map(move |e| (*level, e)))
                .map(|(level, e)| {
                    (
                        format!(
                            "{}: {}",
                            terms::level(level),
                            self.demo(DemoMark::Entry(e.id), &e.title)
                        ),
                        Target::Entry { id: e.id },
                    )
                })
                .collect(),
        );
        section(
            &t!("plain-strategy-events"),
            page.events
                .iter()
                .map(|e| {
                    (
                        format!(
                            "{}, {}: {}",
                            e.starts.weekday_date(),
                            event_kind(e.kind),
                            self.demo(DemoMark::Event(e.id), &e.title)
                        ),
                        Target::Event { id: e.id },
                    )
                })
                .collect(),
        );
        section(
            &t!("plain-strategy-jobs"),
            page.jobs
                .iter()
                .map(|j| {
                    (
                        t!(
                            "plain-strategy-job",
                            title = self.demo(DemoMark::Job(j.id), &j.title),
                            organization = clean(&j.organization)
                        ),
                        Target::Job { id: j.id },
                    )
                })
                .collect(),
        );
        text.push_str(&format!("\n{}", t!("plain-number-hint")));
        Ok(View::Found { text, targets })
    }

    /// `coverage`, for the committee: practices by strategy, region and level.
    pub(super) fn coverage(&self) -> Result<String, ForumError> {
        let coverage = self.forum.coverage(&self.viewer)?;
        let mut out = t!("plain-coverage-heading");
        for s in Strategy::ALL {
            let cells: Vec<String> = Region::ALL
                .iter()
                .map(|r| {
                    let levels: Vec<String> = LEVELS
                        .iter()
                        .filter_map(|l| match coverage.count(s, *r, Some(*l)) {
                            0 => None,
                            n => Some(t!("plain-coverage-count", n = n, level = terms::level(*l))),
                        })
                        .collect();
                    let said = if levels.is_empty() {
                        t!("plain-none")
                    } else {
                        levels.join(", ")
                    };
                    format!("{}: {said}", terms::region_short(*r))
                })
                .collect();
            out.push_str(&format!("\n{}: {}.", terms::strategy(s), cells.join("; ")));
        }
        if coverage.unplaced > 0 {
            out.push_str(&format!(
                "\n{}",
                t!("strategies-unplaced", n = coverage.unplaced)
            ));
        }
        Ok(out)
    }

    pub(super) fn notices(&self) -> Result<String, ForumError> {
        let list = self.forum.notifications(&self.viewer)?;
        let unread = list.iter().filter(|n| !n.read).count();
        let mut out = t!("plain-notices-heading", unread = unread, n = list.len());
        let zone = stoa_core::forum::events::viewer_zone(&self.viewer);
        for (i, n) in list.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {}{}, {}",
                i + 1,
                if n.read {
                    String::new()
                } else {
                    format!("{} ", t!("plain-notices-new"))
                },
                clean(&stoa_present::notice::summary(n)),
                stoa_present::when::weekday_day_month_time(&n.at.to_zoned(zone.clone()))
            ));
        }
        out.push_str(&format!("\n{}", t!("plain-notices-hint")));
        Ok(out)
    }

    pub(super) fn people(&self, words: &str) -> Result<String, ForumError> {
        let filter = PeopleFilter {
            text: words.to_string(),
            ..PeopleFilter::default()
        };
        let cards = self.forum.people(&self.viewer, &filter)?;
        let mut out = t!("plain-people-heading", n = cards.len());
        for (i, c) in cards.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {} ({}), {}, {}{}",
                i + 1,
                clean(&c.display_name),
                c.username,
                organization(&c.organization),
                terms::region(c.region),
                if c.competencies.is_empty() {
                    String::new()
                } else {
                    format!(", {}", terms::competencies(&c.competencies))
                }
            ));
        }
        out.push_str(&format!("\n{}", t!("plain-people-hint")));
        Ok(out)
    }

    pub(super) fn member_page(&self, username: &str) -> Result<String, ForumError> {
        let p = self.forum.person(&self.viewer, username)?;
        let c = &p.card;
        let mut out = t!(
            "plain-member-head",
            name = clean(&c.display_name),
            username = c.username.to_string(),
            organization = organization(&c.organization),
            region = terms::region(c.region),
            zone = c.time_zone.to_string()
        );
        if !c.competencies.is_empty() {
            let names = terms::competencies(&c.competencies);
            out.push_str(&format!(
                "\n{}",
                t!("plain-item-competencies", list = names)
            ));
        }
        if !c.bio.trim().is_empty() {
            out.push_str(&format!("\n{}", sanitize::multiline(c.bio.trim())));
        }
        if !p.communities.is_empty() {
            out.push_str(&format!(
                "\n{}",
                t!(
                    "plain-communities-line",
                    names = clean(&p.communities.join(", "))
                )
            ));
        }
        out.push_str(&format!(
            "\n{}",
            t!("plain-member-recent", n = p.recent.len())
        ));
        for (i, r) in p.recent.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {}",
                i + 1,
                t!(
                    "plain-member-post",
                    thread = clean(&r.thread_title),
                    opening = clean(&r.opening)
                )
            ));
        }
        out.push_str(&format!("\n{}", t!("plain-member-hint")));
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
            return t!("plain-watch-needs-thread");
        };
        match self.forum.watch(&self.viewer, id, on) {
            Ok(()) if on => t!("plain-watching"),
            Ok(()) => t!("plain-not-watching"),
            Err(e) => t!("plain-error", error = e.to_string()),
        }
    }

    /// `read all`: the notifications, or in a community its threads.
    pub(super) fn read_all(&mut self) -> String {
        let done = match &self.view {
            View::Community(slug) => self
                .forum
                .mark_community_read(&self.viewer, slug)
                .map(|n| t!("threads-marked-read", n = n)),
            View::Notices => self
                .forum
                .mark_all_notifications_read(&self.viewer)
                .map(|n| t!("notifications-marked-read", n = n)),
            _ => {
                return t!("plain-read-all-needs-place");
            }
        };
        done.unwrap_or_else(|e| t!("plain-error", error = e.to_string()))
    }
}

/// A member's organization as the directory says it.
fn organization(name: &str) -> String {
    if name.is_empty() {
        t!("people-independent")
    } else {
        clean(name)
    }
}
