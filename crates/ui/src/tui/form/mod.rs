//! A form: labelled fields, one focused, each with a message line under it that
//! shows the field's error, or its hint while it has the focus. What was typed is
//! kept when the forum refuses the form.

mod render;

use ratatui::style::Style;
use ratatui_textarea::TextArea;

use stoa_core::forum::{FieldErrors, FieldName, sanitize};
use stoa_present::keys::{Input, Key};
use stoa_present::theme::Theme;

/// Most characters a single-line field takes from one paste.
const MAX_LINE_PASTE: usize = 16 * 1024;
/// Most characters a multi-line field takes from one paste: well above any post's
/// limit, so the member sees the limit's message rather than a silent cut, but small
/// enough that the editor stays quick.
const MAX_TEXT_PASTE: usize = 64 * 1024;
const LABEL_WIDTH: u16 = 19;
/// Longest line a member can type. The editor's cost per typed character grows
/// with the line's length, so a 100,000-character line typed in (or sent by a
/// script) would hold a server thread for minutes; no paragraph needs more.
pub const MAX_TYPED_LINE: usize = 4000;

pub struct Form {
    fields: Vec<Field>,
    label_width: u16,
    focus: usize,
    /// Something was typed, chosen or ticked since the form opened.
    changed: bool,
    /// Text areas keep their styles between draws, so theirs are set here from
    /// the monochrome theme: underline and reverse video read the same with and
    /// without colour, and the screen's theme colours the labels and messages.
    theme: Theme,
}

pub struct Field {
    pub name: FieldName,
    label: String,
    required: bool,
    hint: String,
    kind: Kind,
    error: Option<String>,
}

enum Kind {
    Line(TextArea<'static>),
    Secret(TextArea<'static>),
    /// A multi-line field of so many rows; 0 takes whatever room the form has left.
    Lines(TextArea<'static>, u16),
    Choice {
        options: Vec<String>,
        selected: Option<usize>,
    },
    Check {
        checked: bool,
        text: String,
    },
    /// Several of a few options: ← → move between them, Space ticks one.
    Picks {
        options: Vec<String>,
        ticked: Vec<bool>,
        at: usize,
    },
}

/// What a key did to the form.
#[derive(Debug, PartialEq)]
pub enum FormStep {
    /// The form used the key.
    Consumed,
    Submit,
    Cancel,
    /// The form has no use for the key (e.g. Enter on a check box); the screen may.
    Ignored(Key),
}

fn text_area(value: &str) -> TextArea<'static> {
    let mut area = TextArea::new(value.split('\n').map(String::from).collect());
    area.set_cursor_line_style(Style::default());
    // What Tab selects in a filled field (see `set_focus`): shown the same with
    // and without colour.
    area.set_selection_style(Style::new().add_modifier(ratatui::style::Modifier::REVERSED));
    // Faint rather than grey, so that it reads the same with and without colour.
    area.set_placeholder_style(Style::new().add_modifier(ratatui::style::Modifier::DIM));
    area.move_cursor(ratatui_textarea::CursorMove::End);
    area
}

impl Field {
    pub fn line(name: FieldName, label: impl Into<String>, value: &str) -> Field {
        Field::new(name, label, Kind::Line(text_area(value)))
    }

    pub fn secret(name: FieldName, label: impl Into<String>) -> Field {
        let mut area = text_area("");
        area.set_mask_char('*');
        Field::new(name, label, Kind::Secret(area))
    }

    pub fn lines(name: FieldName, label: impl Into<String>, value: &str, rows: u16) -> Field {
        let mut area = text_area(value);
        area.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        Field::new(name, label, Kind::Lines(area, rows.max(1)))
    }

    /// A multi-line editor that fills the room the other fields leave.
    pub fn editor(name: FieldName, label: impl Into<String>, value: &str) -> Field {
        let mut area = text_area(value);
        area.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        // Undo reaches back further than the default 50 steps: a post is long work.
        area.set_max_histories(500);
        area.set_placeholder_text(stoa_present::t!("composer-placeholder"));
        Field::new(name, label, Kind::Lines(area, 0))
    }

    pub fn choice(
        name: FieldName,
        label: impl Into<String>,
        options: impl IntoIterator<Item = impl Into<String>>,
        selected: Option<usize>,
    ) -> Field {
        let options = options.into_iter().map(Into::into).collect();
        Field::new(name, label, Kind::Choice { options, selected })
    }

    /// Any number of `options`, those at `ticked` ticked to begin with.
    pub fn picks(
        name: FieldName,
        label: impl Into<String>,
        options: impl IntoIterator<Item = impl Into<String>>,
        ticked: &[usize],
    ) -> Field {
        let options: Vec<String> = options.into_iter().map(Into::into).collect();
        let ticked = (0..options.len()).map(|i| ticked.contains(&i)).collect();
        Field::new(
            name,
            label,
            Kind::Picks {
                options,
                ticked,
                at: 0,
            },
        )
    }

    pub fn check(name: FieldName, label: impl Into<String>, text: impl Into<String>) -> Field {
        Field::new(
            name,
            label,
            Kind::Check {
                checked: false,
                text: text.into(),
            },
        )
    }

    fn new(name: FieldName, label: impl Into<String>, kind: Kind) -> Field {
        Field {
            name,
            label: label.into(),
            required: false,
            hint: String::new(),
            kind,
            error: None,
        }
    }

    /// A check box ticked to begin with.
    pub fn ticked(mut self) -> Field {
        if let Kind::Check { checked, .. } = &mut self.kind {
            *checked = true;
        }
        self
    }

    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Field {
        self.hint = hint.into();
        self
    }

    /// Rows the field takes, its message line included; `fill` is what an editor
    /// gets.
    fn rows(&self, fill: u16) -> u16 {
        match &self.kind {
            Kind::Lines(_, 0) => fill.max(3),
            Kind::Lines(_, rows) => rows + 1,
            _ => 2,
        }
    }

    fn fills(&self) -> bool {
        matches!(self.kind, Kind::Lines(_, 0))
    }
}

impl Form {
    pub fn new(fields: Vec<Field>) -> Form {
        let mut form = Form {
            fields,
            label_width: LABEL_WIDTH,
            focus: 0,
            changed: false,
            theme: Theme::monochrome(),
        };
        // The first field is entered as any other: filled, it is selected, so
        // typing replaces a suggestion (a mute's "7d" became "7d3 weeks").
        form.move_to(0);
        form
    }

    /// Narrower labels, for forms whose labels are short words.
    pub fn with_label_width(mut self, width: u16) -> Form {
        self.label_width = width;
        self
    }

    /// Puts the focus on the field called `name`.
    /// Focuses the field `name`, as if the member had moved there: a filled
    /// one-line field is selected (see `move_to`).
    pub fn focus(&mut self, name: FieldName) {
        if let Some(i) = self.fields.iter().position(|f| f.name == name) {
            self.move_to(i);
        }
    }

    /// Text areas draw their own cursor; only the focused field shows one. Styled in
    /// place (not on a copy at draw time) because a text area keeps its scroll
    /// position between draws.
    fn restyle(&mut self) {
        for (i, field) in self.fields.iter_mut().enumerate() {
            if let Kind::Line(a) | Kind::Secret(a) | Kind::Lines(a, _) = &mut field.kind {
                let focused = i == self.focus;
                let style = if focused {
                    self.theme.input_focused
                } else {
                    self.theme.input
                };
                a.set_style(style);
                a.set_cursor_style(if focused {
                    style.add_modifier(ratatui::style::Modifier::REVERSED)
                } else {
                    style
                });
            }
        }
    }

    fn set_focus(&mut self, focus: usize) {
        self.focus = focus.min(self.fields.len() - 1);
        self.restyle();
    }

    /// The member moves to another field: a one-line field that holds text has
    /// it all selected, so typing replaces it (a time zone typed into "UTC"
    /// used to become "UTCNairobi") and an arrow key keeps it.
    fn move_to(&mut self, focus: usize) {
        self.set_focus(focus);
        for (i, field) in self.fields.iter_mut().enumerate() {
            if let Kind::Line(area) = &mut field.kind {
                area.cancel_selection();
                let filled = area.lines().iter().any(|line| !line.is_empty());
                if i == self.focus && filled {
                    area.select_all();
                }
            }
        }
    }

    pub fn focused(&self) -> FieldName {
        self.fields[self.focus].name
    }

    fn field(&self, name: FieldName) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    fn field_mut(&mut self, name: FieldName) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.name == name)
    }

    /// The text of a line, secret or multi-line field.
    pub fn text(&self, name: FieldName) -> String {
        match self.field(name).map(|f| &f.kind) {
            Some(Kind::Line(a) | Kind::Secret(a) | Kind::Lines(a, _)) => a.lines().join("\n"),
            _ => String::new(),
        }
    }

    /// Replaces what a line or text field holds (a form filling one field from
    /// another), leaving the cursor at its end.
    pub fn set_text(&mut self, name: FieldName, value: &str) {
        let Some(field) = self.field_mut(name) else {
            return;
        };
        match &mut field.kind {
            Kind::Line(area) => *area = text_area(value),
            Kind::Lines(area, _) => {
                *area = text_area(value);
                area.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
                // At the end of the last line, to type on after what is there.
                area.move_cursor(ratatui_textarea::CursorMove::Bottom);
                area.move_cursor(ratatui_textarea::CursorMove::End);
            }
            _ => return,
        }
        self.restyle();
    }

    pub fn choice(&self, name: FieldName) -> Option<usize> {
        match self.field(name).map(|f| &f.kind) {
            Some(Kind::Choice { selected, .. }) => *selected,
            _ => None,
        }
    }

    /// The ticked options of a picks field, in their order.
    pub fn picked(&self, name: FieldName) -> Vec<usize> {
        match self.field(name).map(|f| &f.kind) {
            Some(Kind::Picks { ticked, .. }) => (0..ticked.len()).filter(|i| ticked[*i]).collect(),
            _ => Vec::new(),
        }
    }

    pub fn checked(&self, name: FieldName) -> bool {
        matches!(
            self.field(name).map(|f| &f.kind),
            Some(Kind::Check { checked: true, .. })
        )
    }

    /// Changes what a field's message line says while it has no error.
    pub fn set_hint(&mut self, name: FieldName, hint: impl Into<String>) {
        if let Some(field) = self.field_mut(name) {
            field.hint = hint.into();
        }
    }

    /// Renames option `index` of a choice (what "automatic" gives now, say).
    pub fn set_option(&mut self, name: FieldName, index: usize, label: impl Into<String>) {
        if let Some(field) = self.field_mut(name)
            && let Kind::Choice { options, .. } = &mut field.kind
            && let Some(option) = options.get_mut(index)
        {
            *option = label.into();
        }
    }

    pub fn set_checked(&mut self, name: FieldName, value: bool) {
        if let Some(field) = self.field_mut(name) {
            if let Kind::Check { checked, .. } = &mut field.kind {
                *checked = value;
            }
            if value {
                field.error = None;
            }
        }
    }

    /// Shows the forum's messages next to their fields and focuses the first one.
    /// Fields without a message lose any old one.
    /// Puts each message under its field and focuses the first; returns the
    /// messages for fields this form does not have, which the screen must then
    /// say some other way (never dropped).
    pub fn show_errors(&mut self, errors: &FieldErrors) -> FieldErrors {
        for field in &mut self.fields {
            field.error = errors.get(field.name).map(String::from);
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.set_focus(first);
        }
        let mut unplaced = FieldErrors::default();
        for (name, message) in &errors.0 {
            if self.field(*name).is_none() {
                unplaced.add(*name, message.clone());
            }
        }
        unplaced
    }

    /// True when the member changed anything since the form opened (to ask before
    /// throwing it away).
    pub fn changed(&self) -> bool {
        self.changed
    }

    pub fn handle(&mut self, input: &Input) -> FormStep {
        let key = match input {
            Input::Paste(text) => {
                self.paste(text);
                return FormStep::Consumed;
            }
            Input::Key(key) => *key,
        };
        let count = self.fields.len();
        let last = self.focus + 1 == count;
        let multiline = matches!(self.fields[self.focus].kind, Kind::Lines(..));
        // Enter starts a new line in a multi-line field and is the screen's to use on a
        // check box (the sign-up form opens the policy); elsewhere it moves on.
        let enter_moves = !matches!(
            self.fields[self.focus].kind,
            Kind::Lines(..) | Kind::Check { .. }
        );
        match key {
            Key::Ctrl('s') => return FormStep::Submit,
            Key::Esc => return FormStep::Cancel,
            // In a text field `?` is a character, so help is on F1 there.
            Key::F(1) => return FormStep::Ignored(key),
            Key::Tab => self.move_to((self.focus + 1) % count),
            Key::BackTab => self.move_to((self.focus + count - 1) % count),
            Key::Down if !multiline => self.move_to(self.focus + 1),
            Key::Up if !multiline => self.move_to(self.focus.saturating_sub(1)),
            Key::Enter if enter_moves && last => return FormStep::Submit,
            Key::Enter if enter_moves => self.move_to(self.focus + 1),
            _ => return self.edit(key),
        }
        FormStep::Consumed
    }

    fn edit(&mut self, key: Key) -> FormStep {
        let field = &mut self.fields[self.focus];
        if let (Key::Char(_), Kind::Line(area) | Kind::Secret(area) | Kind::Lines(area, _)) =
            (key, &field.kind)
        {
            let row = area.cursor().0;
            if area
                .lines()
                .get(row)
                .is_some_and(|line| line.chars().count() >= MAX_TYPED_LINE)
            {
                field.error = Some(format!(
                    "a line holds at most {MAX_TYPED_LINE} characters; press Enter for a new one"
                ));
                return FormStep::Consumed;
            }
        }
        match &mut field.kind {
            Kind::Line(area) | Kind::Secret(area) => match key {
                // Ctrl-M and Ctrl-J would insert a newline into a one-line field.
                Key::Ctrl('m' | 'j') => {}
                _ => {
                    if area.input(key.to_text_input()) {
                        field.error = None;
                        self.changed = true;
                    }
                }
            },
            Kind::Lines(area, _) => {
                // Ctrl-Z is the undo most people know; the editor's own is Ctrl-U.
                let key = if key == Key::Ctrl('z') {
                    Key::Ctrl('u')
                } else {
                    key
                };
                if area.input(key.to_text_input()) {
                    field.error = None;
                    self.changed = true;
                }
            }
            Kind::Choice { options, selected } => {
                let n = options.len();
                match key {
                    Key::Right | Key::Char(' ' | 'l') => {
                        *selected = Some(selected.map_or(0, |s| (s + 1) % n));
                    }
                    Key::Left | Key::Char('h') => {
                        *selected = Some(selected.map_or(n - 1, |s| (s + n - 1) % n));
                    }
                    _ => return FormStep::Ignored(key),
                }
                field.error = None;
                self.changed = true;
            }
            Kind::Check { checked, .. } => match key {
                Key::Char(' ') => {
                    *checked = !*checked;
                    field.error = None;
                    self.changed = true;
                }
                _ => return FormStep::Ignored(key),
            },
            Kind::Picks {
                options,
                ticked,
                at,
            } => {
                let n = options.len().max(1);
                match key {
                    Key::Right | Key::Char('l') => *at = (*at + 1) % n,
                    Key::Left | Key::Char('h') => *at = (*at + n - 1) % n,
                    Key::Char(' ') => {
                        if let Some(t) = ticked.get_mut(*at) {
                            *t = !*t;
                        }
                        field.error = None;
                        self.changed = true;
                    }
                    _ => return FormStep::Ignored(key),
                }
            }
        }
        FormStep::Consumed
    }

    fn paste(&mut self, pasted: &str) {
        self.changed = true;
        let field = &mut self.fields[self.focus];
        match &mut field.kind {
            Kind::Line(area) | Kind::Secret(area) => {
                let clean: String = sanitize::inline(pasted.trim())
                    .chars()
                    .take(MAX_LINE_PASTE)
                    .collect();
                area.insert_str(clean);
                field.error = None;
            }
            Kind::Lines(area, _) => {
                let clean = sanitize::multiline(pasted);
                let total = clean.chars().count();
                area.insert_str(clean.chars().take(MAX_TEXT_PASTE).collect::<String>());
                field.error = (total > MAX_TEXT_PASTE).then(|| {
                    format!("the paste was cut to its first {MAX_TEXT_PASTE} of {total} characters")
                });
            }
            Kind::Choice { .. } | Kind::Check { .. } | Kind::Picks { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stoa_present::keys::parse_keys;

    fn form() -> Form {
        Form::new(vec![
            Field::line(FieldName::Name, "Name", "").required(),
            Field::choice(FieldName::Region, "Region", vec!["A", "B", "C"], None),
            Field::check(FieldName::Policy, "Agree", "I agree"),
        ])
    }

    fn type_keys(form: &mut Form, script: &str) -> Vec<FormStep> {
        parse_keys(script)
            .into_iter()
            .map(|k| form.handle(&Input::Key(k)))
            .collect()
    }

    #[test]
    fn a_line_stops_growing_at_the_typed_limit_with_a_message() {
        let mut f = Form::new(vec![Field::lines(FieldName::Body, "Body", "", 5)]);
        for _ in 0..MAX_TYPED_LINE + 10 {
            f.handle(&Input::Key(Key::Char('x')));
        }
        assert_eq!(f.text(FieldName::Body).chars().count(), MAX_TYPED_LINE);
        assert!(
            f.fields[0]
                .error
                .as_deref()
                .unwrap()
                .contains("at most 4000")
        );
        f.handle(&Input::Key(Key::Enter));
        f.handle(&Input::Key(Key::Char('y')));
        assert!(f.text(FieldName::Body).ends_with("\ny"));
    }

    #[test]
    fn typing_tabbing_choosing_and_checking() {
        let mut f = form();
        type_keys(&mut f, "amara<tab><left><left><tab><space>");
        assert_eq!(f.text(FieldName::Name), "amara");
        assert_eq!(f.choice(FieldName::Region), Some(1));
        assert!(f.checked(FieldName::Policy));
        assert_eq!(type_keys(&mut f, "<c-s>"), [FormStep::Submit]);
        assert_eq!(type_keys(&mut f, "<esc>"), [FormStep::Cancel]);
        assert_eq!(
            type_keys(&mut f, "<enter>"),
            [FormStep::Ignored(Key::Enter)]
        );
    }

    #[test]
    fn picks_tick_any_number_of_options() {
        let mut f = Form::new(vec![Field::picks(
            FieldName::Strategies,
            "Streams",
            ["a", "b", "c"],
            &[2],
        )]);
        type_keys(&mut f, "<space><right><right><left><space>");
        assert_eq!(f.picked(FieldName::Strategies), [0, 1, 2]);
        type_keys(&mut f, "<right><space>");
        assert_eq!(f.picked(FieldName::Strategies), [0, 1]);
        assert!(f.changed());
    }

    #[test]
    fn a_one_line_field_never_takes_a_newline() {
        let mut f = form();
        f.handle(&Input::Paste("ab\ncd\x1b[2J".into()));
        type_keys(&mut f, "<c-m><c-j>");
        assert_eq!(f.text(FieldName::Name), "ab cd[2J");
    }

    #[test]
    fn tabbing_into_a_filled_field_selects_it_so_typing_replaces_it() {
        let mut f = Form::new(vec![
            Field::line(FieldName::Name, "Name", ""),
            Field::line(FieldName::TimeZone, "Time zone", "UTC"),
        ]);
        type_keys(&mut f, "<tab>Africa/Nairobi");
        assert_eq!(f.text(FieldName::TimeZone), "Africa/Nairobi");
        // A form that opens on a filled field: typing replaces it too.
        let mut g = Form::new(vec![Field::line(FieldName::Until, "For", "7d")]);
        type_keys(&mut g, "3w");
        assert_eq!(g.text(FieldName::Until), "3w");
        // An arrow keeps what is there and types after it.
        type_keys(&mut f, "<tab><tab><end>X");
        assert_eq!(f.text(FieldName::TimeZone), "Africa/NairobiX");
        // Back to an empty field: nothing to select.
        type_keys(&mut f, "<tab>a");
        assert_eq!(f.text(FieldName::Name), "a");
    }

    #[test]
    fn an_error_for_a_field_the_form_lacks_is_handed_back_not_dropped() {
        let mut f = form();
        let mut errors = FieldErrors::default();
        errors.add(FieldName::Name, "too short");
        errors.add(FieldName::Closes, "this closing date has passed");
        let unplaced = f.show_errors(&errors);
        assert_eq!(
            unplaced.0,
            [(
                FieldName::Closes,
                "this closing date has passed".to_string()
            )]
        );
        let said = crate::tui::app::needs_attention(&errors, &unplaced);
        assert_eq!(
            said,
            "One field needs attention: see the message under it. Also: closes: this closing date has passed."
        );
    }

    #[test]
    fn a_long_error_wraps_under_its_field_instead_of_being_cut() {
        let mut f = Form::new(vec![
            Field::line(FieldName::Starts, "Starts", "tomorrow"),
            Field::line(FieldName::Ends, "Ends", ""),
        ]);
        let mut errors = FieldErrors::default();
        errors.add(
            FieldName::Starts,
            "'tomorrow' is not a date and time: write it as 2026-12-03 09:00",
        );
        f.show_errors(&errors);
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(40, 8)).unwrap();
        terminal
            .draw(|frame| f.render(frame, frame.area(), &Theme::monochrome()))
            .unwrap();
        let buffer = terminal.backend().buffer();
        let text: String = (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n");
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("write it as 2026-12-03 09:00"), "{text}");
        assert!(words.contains("Ends"), "the next field still shows: {text}");
    }

    #[test]
    fn errors_focus_their_field_and_typed_values_stay() {
        let mut f = form();
        type_keys(&mut f, "x<tab><tab>");
        let mut errors = FieldErrors::default();
        errors.add(FieldName::Name, "too short");
        f.show_errors(&errors);
        assert_eq!(f.focused(), FieldName::Name);
        assert_eq!(f.text(FieldName::Name), "x");
        assert!(f.changed());
    }
}
