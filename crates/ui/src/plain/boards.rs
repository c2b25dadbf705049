//! The events and jobs boards in plain mode: `e` lists the upcoming events and
//! `j` the open jobs, a number opens one, and on an event `y` says you are going
//! and `i` that you are interested.

use super::{Plain, View};
use stoa_core::domain::{Competency, EntryId, EventId, JobId, NewsId, Rsvp};
use stoa_core::forum::events::viewer_zone;
use stoa_core::forum::files::size_words;
use stoa_core::forum::jobs::closing_soon;
use stoa_core::forum::{ForumError, sanitize};
use stoa_core::store::DemoMark;
use stoa_present::text::plural;
use stoa_present::when;
use stoa_present::when::Times;

fn clean(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

impl Plain {
    pub(super) fn events(&self) -> Result<String, ForumError> {
        let list = self
            .forum
            .upcoming_events(&self.viewer, &Default::default())?;
        let zone = viewer_zone(&self.viewer);
        let mut out = format!("Upcoming events, {}, in your time zone:", list.len());
        for (i, l) in list.iter().enumerate() {
            let e = &l.event;
            out.push_str(&format!(
                "\n{}. {}, {}: {}, {}{}",
                i + 1,
                e.starts.timestamp().to_zoned(zone.clone()).day_and_time(),
                e.kind.label(),
                self.demo(DemoMark::Event(e.id), &e.title),
                clean(&e.place()),
                match l.mine {
                    Some(answer) => format!(", you are {}", answer.label()),
                    None => String::new(),
                }
            ));
        }
        out.push_str("\nType an event's number to read it, b to go back.");
        Ok(out)
    }

    pub(super) fn event(&self, id: EventId) -> Result<String, ForumError> {
        let l = self.forum.event(&self.viewer, id)?;
        let e = &l.event;
        let zone = viewer_zone(&self.viewer);
        let at = |z: &jiff::Zoned, tz: &jiff::tz::TimeZone| {
            z.timestamp()
                .to_zoned(tz.clone())
                .day_and_time()
                .to_string()
        };
        let organizer_zone = e.starts.time_zone().clone();
        let mut out = format!(
            "{}. A {} organized by {}.",
            self.demo(DemoMark::Event(e.id), &e.title),
            e.kind.label(),
            clean(&e.organizer)
        );
        if let Some(hiding) = &e.withdrawn {
            out.push_str(&format!(
                "\nWithdrawn by the editorial committee: {}",
                clean(&hiding.reason)
            ));
        }
        out.push_str(&format!(
            "\nFrom {} to {}, your time.\nFrom {} to {} in {}, the organizer's time.",
            at(&e.starts, &zone),
            at(&e.ends, &zone),
            at(&e.starts, &organizer_zone),
            at(&e.ends, &organizer_zone),
            organizer_zone.iana_name().unwrap_or("UTC")
        ));
        out.push_str(&format!("\nWhere: {}.", clean(&e.place())));
        if !e.online.is_empty() {
            out.push_str(&format!("\nOnline: {}", clean(&e.online)));
        }
        if let Some(deadline) = e.deadline {
            out.push_str(&format!("\nSubmission deadline: {deadline}."));
        }
        let stream = e.classification.stream();
        if !stream.is_empty() {
            out.push_str(&format!("\nStrategy: {stream}."));
        }
        if let Some(r) = e.classification.region {
            out.push_str(&format!("\nRegion: {}.", r.label()));
        }
        out.push_str(&learning(&e.classification));
        out.push_str(&self.corrected(&e.corrections));
        out.push_str(&format!(
            "\n{} going, {} interested{}.\n\n{}",
            l.going,
            l.interested,
            match l.mine {
                Some(answer) => format!("; you are {}", answer.label()),
                None => String::new(),
            },
            sanitize::multiline(&e.description)
        ));
        out.push_str("\n\nType y if you are going, i if you are interested (again to take it back), b to go back.");
        Ok(out)
    }

    /// `y` or `i` on an event.
    pub(super) fn answer(&mut self, id: EventId, answer: Rsvp) -> String {
        let current = self.forum.event(&self.viewer, id).map(|l| l.mine);
        let answer = match current {
            Ok(mine) => (mine != Some(answer)).then_some(answer),
            Err(e) => return format!("Error: {e}"),
        };
        match self.forum.rsvp(&self.viewer, id, answer) {
            Ok(l) => match answer {
                Some(a) => format!(
                    "You are {}. {} going, {} interested.",
                    a.label(),
                    l.going,
                    l.interested
                ),
                None => "Answer taken back.".into(),
            },
            Err(e) => format!("Error: {e}"),
        }
    }

    pub(super) fn jobs(&self) -> Result<String, ForumError> {
        let list = self.forum.open_jobs(&Default::default())?;
        let now = self.forum.now();
        let mut out = format!(
            "Open jobs and opportunities, {}:",
            plural(list.len(), "item", "items")
        );
        for (i, j) in list.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {}, {} at {}, {}; closes {}{}",
                i + 1,
                self.demo(DemoMark::Job(j.id), &j.title),
                j.kind.label(),
                clean(&j.organization),
                clean(&j.place()),
                j.closes,
                if closing_soon(j, now) {
                    ", closing soon"
                } else {
                    ""
                }
            ));
        }
        out.push_str("\nType an item's number to read it, b to go back.");
        Ok(out)
    }

    pub(super) fn job(&self, id: JobId) -> Result<String, ForumError> {
        let j = self.forum.job(id)?;
        let mut out = format!(
            "{}. A {} at {}, {}.",
            self.demo(DemoMark::Job(j.id), &j.title),
            j.kind.label(),
            clean(&j.organization),
            clean(&j.place())
        );
        if let Some(hiding) = &j.withdrawn {
            out.push_str(&format!(
                "\nWithdrawn by the editorial committee: {}",
                clean(&hiding.reason)
            ));
        }
        let open = if j.open(self.forum.now()) {
            ""
        } else {
            " (closed)"
        };
        out.push_str(&format!("\nCloses {}{open}.", j.closes));
        out.push_str(&self.corrected(&j.corrections));
        if !j.competencies.is_empty() {
            let list = Competency::labels(&j.competencies);
            out.push_str(&format!("\nCompetencies: {list}."));
        }
        out.push_str(&format!(
            "\n\n{}\n\nHow to apply: {}\n\nType b to go back.",
            sanitize::multiline(&j.description),
            sanitize::multiline(&j.how_to_apply)
        ));
        Ok(out)
    }

    /// The view for item `n` of a board's list.
    pub(super) fn board_item(&self, n: usize) -> Option<View> {
        let index = n.wrapping_sub(1);
        match self.view {
            View::Events => self
                .forum
                .upcoming_events(&self.viewer, &Default::default())
                .ok()?
                .get(index)
                .map(|l| View::Event(l.event.id)),
            View::Jobs => self
                .forum
                .open_jobs(&Default::default())
                .ok()?
                .get(index)
                .map(|j| View::Job(j.id)),
            _ => None,
        }
    }
}

impl Plain {
    pub(super) fn library(&self) -> Result<String, ForumError> {
        let list = self.forum.library(&Default::default())?;
        let mut out = format!(
            "The library, {}, newest first:",
            plural(list.len(), "entry", "entries")
        );
        for (i, e) in list.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {}: {}; {}",
                i + 1,
                e.kind(),
                self.demo(DemoMark::Entry(e.id), &e.title),
                match e.classification.stream() {
                    "" => "no strategy given",
                    stream => stream,
                }
            ));
        }
        out.push_str("\nType an entry's number to read it, b to go back.");
        Ok(out)
    }

    pub(super) fn entry(&self, id: EntryId) -> Result<String, ForumError> {
        let e = self.forum.entry(id)?;
        let mut out = format!(
            "{}. A {}.",
            self.demo(DemoMark::Entry(e.id), &e.title),
            e.kind()
        );
        match &e.shelf {
            stoa_core::domain::Shelf::Resource {
                authors,
                year,
                link,
                language,
                ..
            } => {
                out.push_str(&format!(
                    "\nBy {}, {}, in {}.",
                    clean(authors),
                    stoa_core::domain::year_words(*year),
                    clean(language),
                ));
                if !link.is_empty() {
                    out.push_str(&format!(" {}", clean(link)));
                }
            }
            stoa_core::domain::Shelf::Practice {
                period,
                levels,
                evidence,
                ..
            } => {
                out.push_str(&format!(
                    "\n{}, {}.",
                    clean(&e.classification.country),
                    clean(period)
                ));
                if !evidence.setting.is_empty() {
                    out.push_str(&format!("\nSetting: {}.", clean(&evidence.setting)));
                }
                for change in levels {
                    out.push_str(&format!(
                        "\nLevel {} from {}, set by {}: {}",
                        change.level.label(),
                        when::date(change.at, self.time_zone()),
                        change.by,
                        clean(&change.reason)
                    ));
                    if !change.assessment.is_empty() {
                        out.push_str(&format!(
                            " (criteria: {})",
                            clean(&stoa_core::domain::assessment_words(&change.assessment))
                        ));
                    }
                }
            }
        }
        let stream = e.classification.stream();
        if !stream.is_empty() {
            out.push_str(&format!("\nStrategy: {stream}."));
        }
        out.push_str(&learning(&e.classification));
        out.push_str(&format!("\n\n{}", sanitize::multiline(&e.summary)));
        if let stoa_core::domain::Shelf::Practice {
            level,
            what_was_done,
            results,
            lessons,
            evidence,
            ..
        } = &e.shelf
        {
            let account = stoa_present::practice::Account {
                level: *level,
                what_was_done,
                results,
                lessons,
                evidence,
            };
            for (heading, text) in stoa_present::practice::sections(&account, false) {
                out.push_str(&format!("\n\n{heading}: {}", sanitize::multiline(&text)));
            }
        }
        if let stoa_core::domain::Shelf::Resource { text, .. } = &e.shelf
            && !text.is_empty()
        {
            out.push_str(&format!("\n\nText:\n{}", sanitize::multiline(text)));
        }
        if !e.files.is_empty() {
            let files: Vec<String> = e
                .files
                .iter()
                .map(|f| format!("{} ({})", f.name, size_words(f.size)))
                .collect();
            let site = self.forum.site();
            out.push_str(&format!(
                "\n\nFiles: {}. Fetch them with {} (in library/{}/), or {} get {} FILE > FILE.",
                files.join(", "),
                site.sftp(),
                e.folder(),
                site.ssh(None),
                e.id
            ));
        }
        out.push_str(match e.discussion {
            Some(_) => "\n\nType d to read its discussion, b to go back.",
            None => "\n\nType d to start its discussion, b to go back.",
        });
        Ok(out)
    }

    pub(super) fn news_list(&self) -> Result<String, ForumError> {
        let list = self.forum.news(50)?;
        let mut out = format!(
            "News from the editorial committee and members, {}:",
            plural(list.len(), "item", "items")
        );
        for (i, n) in list.iter().enumerate() {
            let by = stoa_present::news::byline(n)
                .map(|b| format!(" ({b})"))
                .unwrap_or_default();
            out.push_str(&format!(
                "\n{}. {}, {}{by}",
                i + 1,
                when::date(n.published_at, self.time_zone()),
                self.demo(DemoMark::News(n.id), &n.title)
            ));
        }
        out.push_str(if self.viewer.account().is_some() {
            "\nType an item's number to read it, submit to propose news or a blog post, b to go back."
        } else {
            "\nType an item's number to read it, b to go back."
        });
        Ok(out)
    }

    pub(super) fn news_item(&self, id: NewsId) -> Result<String, ForumError> {
        let n = self.forum.news_item(id)?;
        if let Some(w) = &n.withdrawn {
            return Ok(format!(
                "{}. Withdrawn by the editorial committee on {}: {}\n\nType b to go back.",
                self.demo(DemoMark::News(n.id), &n.title),
                when::date(w.at, self.time_zone()),
                clean(&w.reason)
            ));
        }
        let corrections: String = n
            .corrections
            .iter()
            .map(|c| {
                format!(
                    "\nCorrected on {} by the editorial committee: {}",
                    when::date(c.at, self.time_zone()),
                    clean(&c.reason)
                )
            })
            .collect();
        let committee = if self
            .forum
            .may(&self.viewer, stoa_core::forum::Capability::WriteNews)
        {
            " correct changes it, withdraw takes it down."
        } else {
            ""
        };
        let by = stoa_present::news::byline(&n)
            .map(|b| format!(", {b}"))
            .unwrap_or_default();
        Ok(format!(
            "{}. {}{by}.{corrections}\n\n{}\n\nType b to go back.{committee}",
            self.demo(DemoMark::News(n.id), &n.title),
            when::date(n.published_at, self.time_zone()),
            sanitize::multiline(&n.body)
        ))
    }

    /// `d` on an entry: its discussion thread; the first time, its first post
    /// is written here, starting from a line that names the entry, and nothing
    /// is posted until the member sends it.
    pub(super) fn discuss(&mut self) -> String {
        let View::Entry(id) = self.view else {
            return String::new();
        };
        if let Ok(Some(thread)) = self.forum.entry_thread(&self.viewer, id) {
            self.view = View::Thread(thread);
            return self.show();
        }
        if self.viewer.account().is_none() {
            return "Nobody has discussed it yet. Sign up to start: type s.".into();
        }
        match self.forum.entry_thread_start(id) {
            Ok((community, start)) => {
                let first = start.body.trim_end().to_string();
                self.view = View::Body {
                    place: stoa_core::domain::DraftPlace::EntryThread(id),
                    title: start.title.clone(),
                    lines: vec![first.clone(), String::new()],
                };
                format!(
                    "A new thread in {community}, titled \"{}\". Its first post begins:\n  {}\n{}",
                    clean(&start.title),
                    clean(&first),
                    self.show()
                )
            }
            Err(e) => format!("Error: {e}"),
        }
    }

    /// The view for item `n` of the library's or the news' list.
    pub(super) fn shelf_item(&self, n: usize) -> Option<View> {
        let index = n.wrapping_sub(1);
        match self.view {
            View::Library => self
                .forum
                .library(&Default::default())
                .ok()?
                .get(index)
                .map(|e| View::Entry(e.id)),
            View::News => self
                .forum
                .news(50)
                .ok()?
                .get(index)
                .map(|n| View::NewsItem(n.id)),
            _ => None,
        }
    }
}

/// "Competencies: communication.", "For: staff, educators.", each on its line,
/// when the item has them.
fn learning(c: &stoa_core::domain::Classification) -> String {
    let mut out = String::new();
    if !c.competencies.is_empty() {
        out.push_str(&format!(
            "\nCompetencies: {}.",
            stoa_core::domain::Competency::labels(&c.competencies)
        ));
    }
    if !c.audiences.is_empty() {
        out.push_str(&format!(
            "\nFor: {}.",
            stoa_core::domain::Audience::labels(&c.audiences)
        ));
    }
    out
}

impl Plain {
    /// "Corrected on 22 Nov 2026 by li: the venue moved.", a line each.
    fn corrected(&self, corrections: &[stoa_core::domain::Correction]) -> String {
        corrections
            .iter()
            .map(|c| {
                format!(
                    "\nCorrected on {} by {}: {}",
                    when::date(c.at, self.time_zone()),
                    c.by,
                    clean(&c.reason)
                )
            })
            .collect()
    }
}
