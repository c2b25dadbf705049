//! The events and jobs boards in plain mode: `e` lists the upcoming events and
//! `j` the open jobs, a number opens one, and on an event `y` says you are going
//! and `i` that you are interested.

use super::{Plain, View};
use stoa_core::domain::{EntryId, EventId, JobId, Language, NewsId, Rsvp};
use stoa_core::forum::events::viewer_zone;
use stoa_core::forum::files::size_words;
use stoa_core::forum::jobs::closing_soon;
use stoa_core::forum::{ForumError, sanitize};
use stoa_core::store::DemoMark;
use stoa_present::when;
use stoa_present::when::Times;
use stoa_present::{lang, t, terms, translated};

fn clean(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

impl Plain {
    pub(super) fn events(&self) -> Result<String, ForumError> {
        let list = self
            .forum
            .upcoming_events(&self.viewer, &Default::default())?;
        let zone = viewer_zone(&self.viewer);
        let mut out = t!("plain-events-heading", n = list.len()) + &self.first_note();
        for (i, l) in list.iter().enumerate() {
            let e = &l.event;
            out.push_str(&format!(
                "\n{}. {}, {}: {}, {}{}",
                i + 1,
                e.starts.timestamp().to_zoned(zone.clone()).day_and_time(),
                terms::event_kind(e.kind),
                self.demo(DemoMark::Event(e.id), &e.title),
                clean(&terms::event_place(e)),
                match l.mine {
                    Some(answer) =>
                        format!(", {}", t!("plain-events-you-are", answer = answer.label())),
                    None => String::new(),
                }
            ));
        }
        out.push_str(&format!("\n{}", t!("plain-events-hint")));
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
        let mut out = t!(
            "plain-event-head",
            title = self.demo(DemoMark::Event(e.id), &e.title),
            kind = terms::event_kind(e.kind),
            organizer = clean(&e.organizer)
        );
        if let Some(hiding) = &e.withdrawn {
            out.push_str(&format!(
                "\n{}",
                t!("item-withdrawn", reason = clean(&hiding.reason))
            ));
        }
        out.push_str(&format!(
            "\n{}\n{}",
            t!(
                "plain-event-when",
                from = at(&e.starts, &zone),
                to = at(&e.ends, &zone)
            ),
            t!(
                "plain-event-when-organizer",
                from = at(&e.starts, &organizer_zone),
                to = at(&e.ends, &organizer_zone),
                zone = organizer_zone.iana_name().unwrap_or("UTC")
            )
        ));
        out.push_str(&format!(
            "\n{}",
            t!("plain-event-where", place = clean(&terms::event_place(e)))
        ));
        if !e.online.is_empty() {
            out.push_str(&format!(
                "\n{}",
                t!("plain-event-online", link = clean(&e.online))
            ));
        }
        if let Some(deadline) = e.deadline {
            out.push_str(&format!(
                "\n{}",
                t!("plain-event-deadline", date = deadline.to_string())
            ));
        }
        let stream = terms::stream(&e.classification);
        if !stream.is_empty() {
            out.push_str(&format!("\n{}", t!("plain-item-strategy", stream = stream)));
        }
        if let Some(r) = e.classification.region {
            out.push_str(&format!(
                "\n{}",
                t!("plain-item-region", region = terms::region(r))
            ));
        }
        out.push_str(&learning(&e.classification));
        if let Some(language) = e.language {
            out.push_str(&format!(
                "\n{}",
                t!("plain-item-written-in", name = language.native_name())
            ));
        }
        out.push_str(&self.corrected(&e.corrections));
        out.push_str(&format!(
            "\n{}{}.\n\n{}",
            t!(
                "events-going-interested",
                going = l.going,
                interested = l.interested
            ),
            match l.mine {
                Some(answer) =>
                    format!("; {}", t!("plain-events-you-are", answer = answer.label())),
                None => String::new(),
            },
            sanitize::multiline(&e.description)
        ));
        out.push_str(&format!("\n\n{}", t!("plain-event-hint")));
        Ok(out)
    }

    /// `y` or `i` on an event.
    pub(super) fn answer(&mut self, id: EventId, answer: Rsvp) -> String {
        let current = self.forum.event(&self.viewer, id).map(|l| l.mine);
        let answer = match current {
            Ok(mine) => (mine != Some(answer)).then_some(answer),
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        match self.forum.rsvp(&self.viewer, id, answer) {
            Ok(l) => match answer {
                Some(a) => t!(
                    "plain-events-answered",
                    answer = a.label(),
                    going = l.going,
                    interested = l.interested
                ),
                None => t!("events-answer-taken-back"),
            },
            Err(e) => t!("plain-error", error = e.to_string()),
        }
    }

    pub(super) fn jobs(&self) -> Result<String, ForumError> {
        let list = self.forum.open_jobs(&Default::default())?;
        let now = self.forum.now();
        let mut out = t!("plain-jobs-heading", n = list.len());
        for (i, j) in list.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {}{}",
                i + 1,
                t!(
                    "plain-jobs-line",
                    title = self.demo(DemoMark::Job(j.id), &j.title),
                    kind = terms::job_kind(j.kind),
                    organization = clean(&j.organization),
                    place = clean(&terms::job_place(j)),
                    date = j.closes.to_string()
                ),
                if closing_soon(j, now) {
                    format!(", {}", t!("jobs-closing-soon"))
                } else {
                    String::new()
                }
            ));
        }
        out.push_str(&format!("\n{}", t!("plain-item-number-hint")));
        Ok(out)
    }

    pub(super) fn job(&self, id: JobId) -> Result<String, ForumError> {
        let j = self.forum.job(id)?;
        let mut out = t!(
            "plain-job-head",
            title = self.demo(DemoMark::Job(j.id), &j.title),
            kind = terms::job_kind(j.kind),
            organization = clean(&j.organization),
            place = clean(&terms::job_place(&j))
        );
        if let Some(hiding) = &j.withdrawn {
            out.push_str(&format!(
                "\n{}",
                t!("item-withdrawn", reason = clean(&hiding.reason))
            ));
        }
        let closes = if j.open(self.forum.now()) {
            t!("plain-job-closes", date = j.closes.to_string())
        } else {
            t!("plain-job-closes-closed", date = j.closes.to_string())
        };
        out.push_str(&format!("\n{closes}"));
        out.push_str(&self.corrected(&j.corrections));
        if !j.competencies.is_empty() {
            let list = terms::competencies(&j.competencies);
            out.push_str(&format!("\n{}", t!("plain-item-competencies", list = list)));
        }
        out.push_str(&format!(
            "\n\n{}\n\n{}\n\n{}",
            sanitize::multiline(&j.description),
            t!(
                "plain-job-how-to-apply",
                how = sanitize::multiline(&j.how_to_apply).into_owned()
            ),
            t!("plain-back-hint")
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
    /// The library as this member's list shows it: their languages first.
    fn library_entries(&self) -> Result<Vec<stoa_core::domain::Entry>, ForumError> {
        let mut list = self.forum.library(&Default::default())?;
        self.forum
            .first_languages(&self.viewer)
            .first(&mut list, stoa_core::domain::Entry::languages);
        Ok(list)
    }

    /// The news as this member's list shows it: their languages first.
    fn news_items(&self) -> Result<Vec<stoa_core::domain::News>, ForumError> {
        let mut list = self.forum.news(50)?;
        self.forum
            .first_languages(&self.viewer)
            .first(&mut list, stoa_core::domain::News::languages);
        Ok(list)
    }

    pub(super) fn library(&self) -> Result<String, ForumError> {
        let list = self.library_entries()?;
        let mut out = t!("plain-library-heading", n = list.len()) + &self.first_note();
        for (i, e) in list.iter().enumerate() {
            let stream = terms::stream(&e.classification);
            out.push_str(&format!(
                "\n{}. {}: {}; {}",
                i + 1,
                terms::entry_kind(e),
                self.demo(
                    DemoMark::Entry(e.id),
                    translated::title_for(&e.title, e.language, &e.translations)
                ),
                if stream.is_empty() {
                    t!("plain-library-no-strategy")
                } else {
                    stream
                }
            ));
        }
        out.push_str(&format!("\n{}", t!("plain-library-hint")));
        Ok(out)
    }

    /// An entry, in the reader's language when it is translated into it.
    pub(super) fn entry(&self, id: EntryId) -> Result<String, ForumError> {
        let e = self.forum.entry(id)?;
        let shown = translated::first_shown(e.language, &e.translations, lang::current());
        self.entry_in(e, shown)
    }

    /// An entry with the translation `shown` (none: the original).
    fn entry_in(
        &self,
        e: stoa_core::domain::Entry,
        shown: Option<Language>,
    ) -> Result<String, ForumError> {
        let translation = translated::translation(&e.translations, shown);
        let (title, summary) = translation.map_or((e.title.as_str(), e.summary.as_str()), |t| {
            (t.title.as_str(), t.text.as_str())
        });
        let mut out = t!(
            "plain-entry-head",
            title = self.demo(DemoMark::Entry(e.id), title),
            kind = terms::entry_kind(&e)
        );
        out.push_str(&languages_said(e.language, &e.translations, translation));
        match &e.shelf {
            stoa_core::domain::Shelf::Resource {
                authors,
                year,
                link,
                language,
                ..
            } => {
                out.push_str(&format!(
                    "\n{}",
                    t!(
                        "plain-entry-by",
                        authors = clean(authors),
                        year = if *year == stoa_core::domain::UNDATED {
                            t!("library-undated")
                        } else {
                            year.to_string()
                        },
                        language = clean(language)
                    )
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
                    out.push_str(&format!(
                        "\n{}",
                        t!("plain-entry-setting", setting = clean(&evidence.setting))
                    ));
                }
                for change in levels {
                    out.push_str(&format!(
                        "\n{}",
                        t!(
                            "plain-entry-level",
                            level = terms::level(change.level),
                            day = when::date(change.at, self.time_zone()),
                            by = change.by.to_string(),
                            reason = clean(&change.reason)
                        )
                    ));
                    if let Some(criteria) = stoa_present::practice::criteria(&change.assessment) {
                        out.push_str(&format!(" ({})", clean(&criteria)));
                    }
                }
            }
        }
        let stream = terms::stream(&e.classification);
        if !stream.is_empty() {
            out.push_str(&format!("\n{}", t!("plain-item-strategy", stream = stream)));
        }
        out.push_str(&learning(&e.classification));
        out.push_str(&format!("\n\n{}", sanitize::multiline(summary)));
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
            out.push_str(&format!(
                "\n\n{}\n{}",
                t!("plain-entry-text"),
                sanitize::multiline(text)
            ));
        }
        if !e.files.is_empty() {
            let files: Vec<String> = e
                .files
                .iter()
                .map(|f| format!("{} ({})", f.name, size_words(f.size)))
                .collect();
            let site = self.forum.site();
            out.push_str(&format!(
                "\n\n{} {}",
                t!("plain-entry-files", files = files.join(", ")),
                t!(
                    "library-entry-fetch-files",
                    sftp = site.sftp(),
                    folder = e.folder(),
                    ssh = site.ssh(None),
                    id = e.id.to_string()
                )
            ));
        }
        out.push_str(&format!(
            "\n\n{}",
            match e.discussion {
                Some(_) => t!("plain-entry-read-discussion-hint"),
                None => t!("plain-entry-start-discussion-hint"),
            }
        ));
        Ok(out)
    }

    pub(super) fn news_list(&self) -> Result<String, ForumError> {
        let list = self.news_items()?;
        let mut out = t!("plain-news-heading", n = list.len()) + &self.first_note();
        for (i, n) in list.iter().enumerate() {
            let by = stoa_present::news::byline(n)
                .map(|b| format!(" ({b})"))
                .unwrap_or_default();
            out.push_str(&format!(
                "\n{}. {}, {}{by}",
                i + 1,
                when::date(n.published_at, self.time_zone()),
                self.demo(
                    DemoMark::News(n.id),
                    translated::title_for(&n.title, n.language, &n.translations)
                )
            ));
        }
        out.push_str(&format!(
            "\n{}",
            if self.viewer.account().is_some() {
                t!("plain-news-hint-member")
            } else {
                t!("plain-item-number-hint")
            }
        ));
        Ok(out)
    }

    /// A news item, in the reader's language when it is translated into it.
    pub(super) fn news_item(&self, id: NewsId) -> Result<String, ForumError> {
        let n = self.forum.news_item(id)?;
        let shown = translated::first_shown(n.language, &n.translations, lang::current());
        self.news_item_in(n, shown)
    }

    /// A news item with the translation `shown` (none: the original).
    fn news_item_in(
        &self,
        n: stoa_core::domain::News,
        shown: Option<Language>,
    ) -> Result<String, ForumError> {
        if let Some(w) = &n.withdrawn {
            return Ok(format!(
                "{}\n\n{}",
                t!(
                    "plain-news-withdrawn",
                    title = self.demo(DemoMark::News(n.id), &n.title),
                    day = when::date(w.at, self.time_zone()),
                    reason = clean(&w.reason)
                ),
                t!("plain-back-hint")
            ));
        }
        let corrections: String = n
            .corrections
            .iter()
            .map(|c| {
                format!(
                    "\n{}",
                    t!(
                        "news-corrected-on",
                        day = when::date(c.at, self.time_zone()),
                        reason = clean(&c.reason)
                    )
                )
            })
            .collect();
        let committee = if self
            .forum
            .may(&self.viewer, stoa_core::forum::Capability::WriteNews)
        {
            format!(" {}", t!("plain-news-committee-hint"))
        } else {
            String::new()
        };
        let by = stoa_present::news::byline(&n)
            .map(|b| format!(", {b}"))
            .unwrap_or_default();
        let translation = translated::translation(&n.translations, shown);
        let (title, body) = translation.map_or((n.title.as_str(), n.body.as_str()), |t| {
            (t.title.as_str(), t.text.as_str())
        });
        Ok(format!(
            "{}. {}{by}.{corrections}{}\n\n{}\n\n{}{committee}",
            self.demo(DemoMark::News(n.id), title),
            when::date(n.published_at, self.time_zone()),
            languages_said(n.language, &n.translations, translation),
            sanitize::multiline(body),
            t!("plain-back-hint")
        ))
    }

    /// `in fr` on an entry or news item: it again, in that language (its
    /// translation, or the original when that is its language).
    pub(super) fn read_in(&self, code: &str) -> String {
        let Some(language) = Language::from_code(code) else {
            return t!("plain-language-code-takes");
        };
        let pick = |original: Option<Language>, translations: &[stoa_core::domain::Translation]| {
            if original == Some(language) {
                Ok(None)
            } else if translations.iter().any(|t| t.language == language) {
                Ok(Some(language))
            } else {
                Err(t!("plain-not-in-language", name = language.native_name()))
            }
        };
        let shown = match self.view {
            View::Entry(id) => self
                .forum
                .entry(id)
                .map_err(|e| e.to_string())
                .and_then(|e| {
                    let shown = pick(e.language, &e.translations)?;
                    self.entry_in(e, shown).map_err(|e| e.to_string())
                }),
            View::NewsItem(id) => self
                .forum
                .news_item(id)
                .map_err(|e| e.to_string())
                .and_then(|n| {
                    let shown = pick(n.language, &n.translations)?;
                    self.news_item_in(n, shown).map_err(|e| e.to_string())
                }),
            _ => Err(t!("plain-translate-open-first")),
        };
        shown.unwrap_or_else(|e| e)
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
            return t!("plain-entry-sign-up-to-discuss");
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
                    "{}\n  {}\n{}",
                    t!(
                        "plain-entry-new-thread",
                        community = community.as_str(),
                        title = clean(&start.title)
                    ),
                    clean(&first),
                    self.show()
                )
            }
            Err(e) => t!("plain-error", error = e.to_string()),
        }
    }

    /// The view for item `n` of the library's or the news' list.
    pub(super) fn shelf_item(&self, n: usize) -> Option<View> {
        let index = n.wrapping_sub(1);
        match self.view {
            View::Library => self
                .library_entries()
                .ok()?
                .get(index)
                .map(|e| View::Entry(e.id)),
            View::News => self
                .news_items()
                .ok()?
                .get(index)
                .map(|n| View::NewsItem(n.id)),
            _ => None,
        }
    }
}

/// What language an entry or news item is read in here, and which others it
/// can be read in (`in fr`), each on its line; nothing when untranslated.
fn languages_said(
    original: Option<Language>,
    translations: &[stoa_core::domain::Translation],
    shown: Option<&stoa_core::domain::Translation>,
) -> String {
    let mut out = String::new();
    if let Some(t) = shown {
        out.push_str(&format!("\n{}", translated::translated_line(t, original)));
    }
    if let Some(all) = translated::languages_line(original, translations) {
        out.push_str(&format!(
            "\n{}",
            t!("plain-languages-line", languages = all)
        ));
    }
    out
}

/// "Competencies: communication.", "For: staff, educators.", each on its line,
/// when the item has them.
fn learning(c: &stoa_core::domain::Classification) -> String {
    let mut out = String::new();
    if !c.competencies.is_empty() {
        out.push_str(&format!(
            "\n{}",
            t!(
                "plain-item-competencies",
                list = terms::competencies(&c.competencies)
            )
        ));
    }
    if !c.audiences.is_empty() {
        out.push_str(&format!(
            "\n{}",
            t!("plain-item-for", list = terms::audiences(&c.audiences))
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
                    "\n{}",
                    t!(
                        "item-corrected",
                        day = when::date(c.at, self.time_zone()),
                        by = c.by.to_string(),
                        reason = clean(&c.reason)
                    )
                )
            })
            .collect()
    }
}
