//! One library entry in full. A practice shows its level and every change of it
//! with the committee's reason. `t` opens the thread about it (the first time, the
//! composer for its first post, in the community the entry names); the committee changes a practice's
//! level with `=`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use stoa_present::when::Days;

use super::super::View;
use super::super::list::Scroll;
use super::super::reason_form::{Act, ReasonForm};
use super::super::{Ctx, Screen, Step, common, item_view, translation_form};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{DraftPlace, Entry, EntryId, Language, Shelf, Target, Translated};
use stoa_core::forum::Capability;
use stoa_core::forum::Change;
use stoa_core::forum::events::viewer_zone;
use stoa_core::forum::files::size_words;
use stoa_present::keys::Input;
use stoa_present::practice;
use stoa_present::{lang, t, translated};
use stoa_present::{markdown, terms, text};

pub struct EntryScreen {
    id: EntryId,
    entry: Option<Entry>,
    problem: Option<String>,
    scroll: Scroll,
    /// The translation shown (none: the original). It starts at the
    /// reader's language when the entry is translated into it.
    shown: Option<Language>,
    /// Whether the reader chose what is shown (a reload keeps it then).
    chose: bool,
}

/// The keys every entry has; `$extra` come first (a language key, the
/// committee's and the poster's).
macro_rules! entry_keys {
    ($($extra:ident),*) => {
        keymap::reading_keys!(DISCUSS, $($extra,)* TRANSLATE)
    };
}

const READING: &[Binding] = entry_keys!();
/// An entry with translations: one more key, to go round its languages.
const READING_TRANSLATED: &[Binding] = entry_keys!(OTHER_LANGUAGE);
/// Its poster, or the committee on a resource: its language too.
const STEWARDING: &[Binding] = entry_keys!(SET_LANGUAGE);
const STEWARDING_TRANSLATED: &[Binding] = entry_keys!(OTHER_LANGUAGE, SET_LANGUAGE);
/// The committee, on a practice: its level too.
const LEVELLING: &[Binding] = entry_keys!(CHANGE_LEVEL, SET_LANGUAGE);
const LEVELLING_TRANSLATED: &[Binding] = entry_keys!(CHANGE_LEVEL, OTHER_LANGUAGE, SET_LANGUAGE);

impl EntryScreen {
    pub fn new(id: EntryId, ctx: &Ctx) -> EntryScreen {
        let mut screen = EntryScreen {
            id,
            entry: None,
            problem: None,
            scroll: Scroll::default(),
            shown: None,
            chose: false,
        };
        screen.reload(ctx);
        screen
    }

    /// The thread about the entry; the first time, the composer, filled in
    /// for the member to see and finish: nothing is posted until Ctrl-S.
    fn discuss(&self, entry: &Entry, ctx: &Ctx) -> Step {
        if let Ok(Some(thread)) = ctx.forum.entry_thread(ctx.viewer, entry.id) {
            return Step::Open(Box::new(Screen::thread(thread, ctx)));
        }
        if ctx.viewer.account().is_none() {
            return Step::error(t!("library-entry-sign-up-to-discuss"));
        }
        if let Some(refused) = super::super::muted(ctx) {
            return refused;
        }
        Step::Open(Box::new(Screen::composer(
            DraftPlace::EntryThread(entry.id),
            ctx,
        )))
    }
}

impl View for EntryScreen {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.entry {
            Some(e) => {
                let shown = translated::translation(&e.translations, self.shown);
                let title = shown.map_or(e.title.as_str(), |t| t.title.as_str());
                t!("library-entry-title", title = title)
            }
            None => t!("library-entry-number", id = self.id.to_string()),
        }
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        let committee = ctx.forum.may(ctx.viewer, Capability::SetPracticeLevel);
        let practice = matches!(
            self.entry.as_ref().map(|e| &e.shelf),
            Some(Shelf::Practice { .. })
        );
        let translated = self
            .entry
            .as_ref()
            .is_some_and(|e| !e.translations.is_empty());
        let poster = self.entry.as_ref().is_some_and(|e| {
            ctx.viewer
                .account()
                .is_some_and(|a| a.username == e.posted_by)
        });
        let stewards = poster || ctx.forum.may(ctx.viewer, Capability::ChangeOthersPosts);
        match (committee && practice, stewards, translated) {
            (true, _, false) => LEVELLING,
            (true, _, true) => LEVELLING_TRANSLATED,
            (false, true, false) => STEWARDING,
            (false, true, true) => STEWARDING_TRANSLATED,
            (false, false, true) => READING_TRANSLATED,
            (false, false, false) => READING,
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let Some(action) = action_for(*key, &[self.bindings(ctx)]) else {
            return Step::Ignored;
        };
        if self.scroll.apply(action) {
            return Step::Stay;
        }
        let Some(entry) = &self.entry else {
            return common(action);
        };
        match action {
            Action::Discuss => self.discuss(entry, ctx),
            Action::Translate => translation_form::open(Translated::Entry(entry.id), ctx),
            Action::SetLanguage => super::super::language_form::open(
                Target::Entry { id: entry.id },
                &entry.title,
                entry.language,
                entry.posted_by.as_str(),
                ctx,
            ),
            Action::OtherLanguage => {
                let step =
                    item_view::other_language(&mut self.shown, entry.language, &entry.translations);
                self.chose = true;
                step
            }
            Action::ChangeLevel => {
                let Shelf::Practice { level, .. } = &entry.shelf else {
                    return Step::Ignored;
                };
                let about = t!(
                    "library-entry-change-level-about",
                    title = entry.title.as_str(),
                    level = terms::level(*level)
                );
                let act = Act::Level {
                    id: entry.id,
                    current: *level,
                };
                Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
                    act, &about, ctx,
                )))))
            }
            other => common(other),
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let not_found = t!("library-entry-not-found");
        let lines = match (&self.entry, &self.problem) {
            (Some(e), None) => Ok(describe(e, self.shown, usize::from(area.width), ctx)),
            (_, problem) => Err(problem.as_deref().unwrap_or(not_found.as_str())),
        };
        item_view::render(frame, area, ctx, &self.scroll, lines);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        *change == Change::Library
    }

    fn reload(&mut self, ctx: &Ctx) {
        match ctx.forum.entry(self.id) {
            Ok(e) => {
                if !self.chose {
                    self.shown =
                        translated::first_shown(e.language, &e.translations, lang::current());
                }
                self.entry = Some(e);
                self.problem = None;
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
    }
}

fn describe(e: &Entry, shown: Option<Language>, width: usize, ctx: &Ctx) -> Vec<Line<'static>> {
    let translation = translated::translation(&e.translations, shown);
    let (title, summary) = translation.map_or((e.title.as_str(), e.summary.as_str()), |t| {
        (t.title.as_str(), t.text.as_str())
    });
    let theme = ctx.theme;
    let measure = width.min(text::MEASURE);
    let zone = viewer_zone(ctx.viewer);
    let day = |at: jiff::Timestamp| at.to_zoned(zone.clone()).short_date();
    let about = match &e.shelf {
        Shelf::Resource {
            kind,
            authors,
            year,
            ..
        } => {
            format!(
                "{} · {authors}, {}",
                text::capitalised(&stoa_present::terms::resource_kind(*kind)),
                super::year_words(*year)
            )
        }
        Shelf::Practice { level, period, .. } => format!(
            "{} · {} · {}, {period}",
            t!("library-entry-practice"),
            terms::level(*level),
            e.classification.country
        ),
    };
    let label = super::super::home::demo_label(ctx, &stoa_core::store::DemoMark::Entry(e.id));
    let title = format!("{label}{title}");
    let mut lines = item_view::heading(&title, &about, None, width, theme);
    let languages =
        item_view::language_lines(e.language, &e.translations, translation, measure, theme);
    if !languages.is_empty() {
        lines.extend(languages);
        lines.push(Line::from(""));
    }
    lines.extend(markdown::render(summary, measure, "", theme));
    lines.push(Line::from(""));
    let pad = 14;
    let field = |lines: &mut Vec<Line<'static>>, label: &str, value: String| {
        item_view::field(lines, (label, pad), &value, measure, theme.text);
    };
    match &e.shelf {
        Shelf::Resource { link, language, .. } => {
            if !link.is_empty() {
                field(&mut lines, &t!("library-entry-link"), link.clone());
            }
            // As its record gives it ("English and French"), else as known.
            let language = if language.trim().is_empty() {
                translated::language_name(e.language)
            } else {
                language.clone()
            };
            field(&mut lines, &t!("display-language"), language);
        }
        Shelf::Practice {
            levels, evidence, ..
        } => {
            if let Some(language) = e.language {
                field(
                    &mut lines,
                    &t!("translation-written-in"),
                    language.native_name().to_string(),
                );
            }
            if !evidence.setting.is_empty() {
                field(
                    &mut lines,
                    &t!("library-entry-setting"),
                    evidence.setting.clone(),
                );
            }
            for (i, change) in levels.iter().enumerate() {
                let label = if i == 0 {
                    t!("library-entry-level-history")
                } else {
                    String::new()
                };
                let criteria = practice::criteria(&change.assessment)
                    .map(|c| format!(" ({c})"))
                    .unwrap_or_default();
                field(
                    &mut lines,
                    &label,
                    format!(
                        "{} · {}{criteria}",
                        day(change.at),
                        t!(
                            "library-entry-level-change",
                            level = terms::level(change.level),
                            by = change.by.as_str(),
                            reason = change.reason.as_str()
                        )
                    ),
                );
            }
        }
    }
    let c = &e.classification;
    let stream = terms::stream_in_full(c);
    if !stream.is_empty() {
        field(&mut lines, &t!("library-entry-strategy"), stream);
    }
    if let Some(r) = c.region {
        field(&mut lines, &t!("library-entry-region"), terms::region(r));
    }
    if !c.country.is_empty() && matches!(e.shelf, Shelf::Resource { .. }) {
        field(&mut lines, &t!("library-entry-country"), c.country.clone());
    }
    if !c.competencies.is_empty() {
        field(
            &mut lines,
            &t!("library-entry-competencies"),
            terms::competencies(&c.competencies),
        );
    }
    if !c.audiences.is_empty() {
        field(
            &mut lines,
            &t!("library-entry-for"),
            terms::audiences(&c.audiences),
        );
    }
    if !c.tags.is_empty() {
        field(&mut lines, &t!("library-entry-tags"), c.tags.join(", "));
    }
    if let Shelf::Practice {
        level,
        what_was_done,
        results,
        lessons,
        contact,
        evidence,
        ..
    } = &e.shelf
    {
        let account = practice::Account {
            level: *level,
            what_was_done,
            results,
            lessons,
            evidence,
        };
        for (heading, body) in practice::sections(&account, true) {
            lines.push(Line::from(""));
            lines.push(Line::styled(heading, theme.title));
            lines.extend(markdown::render(
                &body,
                measure.saturating_sub(2),
                "  ",
                theme,
            ));
        }
        if !contact.is_empty() {
            lines.push(Line::from(""));
            field(&mut lines, &t!("library-entry-contact"), contact.clone());
        }
    }
    if let Shelf::Resource { text, .. } = &e.shelf
        && !text.is_empty()
    {
        lines.push(Line::from(""));
        lines.push(Line::styled(t!("library-entry-text"), theme.title));
        lines.extend(markdown::render(
            text,
            measure.saturating_sub(2),
            "  ",
            theme,
        ));
    }
    if !e.files.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled(t!("library-entry-files"), theme.title));
        for f in &e.files {
            // Wrapped, not cut: on a narrow screen the size must still show.
            let line = format!("{} · {}", f.name, size_words(f.size));
            for part in text::wrap(&line, measure.saturating_sub(2)) {
                lines.push(Line::styled(format!("  {part}"), theme.text));
            }
        }
        let site = ctx.forum.site();
        let how = t!(
            "library-entry-fetch-files",
            sftp = site.sftp(),
            folder = e.folder(),
            ssh = site.ssh(None),
            id = e.id.to_string()
        );
        for line in text::wrap(&how, measure) {
            lines.push(Line::styled(line, theme.dim));
        }
    }
    lines.push(Line::from(""));
    let community = ctx
        .forum
        .community(ctx.viewer, &e.community)
        .map_or_else(|_| e.community.clone(), |c| c.name.into());
    let discussion = match e.discussion {
        // The key named from the keymap, so the sentence follows it.
        Some(_) => t!(
            "library-entry-discussed-in",
            community = community.as_str(),
            key = keymap::DISCUSS.label
        ),
        None => t!(
            "library-entry-not-discussed-yet",
            key = keymap::DISCUSS.label,
            community = community.as_str()
        ),
    };
    lines.push(Line::styled(text::fit(&discussion, width), theme.key));
    lines.push(Line::styled(
        text::fit(
            &t!(
                "library-entry-proposed-by",
                name = e.posted_by.as_str(),
                day = day(e.published_at)
            ),
            width,
        ),
        theme.dim,
    ));
    lines
}
