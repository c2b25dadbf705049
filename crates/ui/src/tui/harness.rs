//! Drives an App without a real terminal, as a person would: type keys, let its
//! jobs finish, read the screen. Tests use it; so can tools.

use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Effect, Msg};
use stoa_core::forum::{Forum, Viewer};
use stoa_present::keys::{Input, parse_keys};

pub struct Harness {
    pub app: App,
    forum: Forum,
    /// What other sessions (and this one) changed, delivered as a session would.
    bus: tokio::sync::broadcast::Receiver<stoa_core::forum::Change>,
    terminal: Terminal<TestBackend>,
    quit: bool,
}

impl Harness {
    pub fn new(
        forum: Forum,
        viewer: Viewer,
        login_key: Option<String>,
        width: u16,
        height: u16,
    ) -> Harness {
        let app = App::new(forum.clone(), viewer, login_key);
        let terminal = Terminal::with_options(
            TestBackend::new(width, height),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
            },
        )
        .unwrap_or_else(never);
        Harness {
            app,
            bus: forum.subscribe(),
            forum,
            terminal,
            quit: false,
        }
    }

    /// A member's session at 80×24, logged in with the test key of `seed`.
    pub fn member(forum: &Forum, viewer: &Viewer, seed: u8) -> Harness {
        let key = stoa_core::testkit::key(seed).fingerprint();
        Harness::new(forum.clone(), viewer.clone(), Some(key), 80, 24)
    }

    /// Draws with `theme` from now on.
    pub fn with_theme(mut self, theme: stoa_present::theme::Theme) -> Harness {
        self.app = self.app.with_theme(theme);
        self
    }

    /// Draws for this client's terminal, as the member's preferences allow.
    pub fn with_client(mut self, client: stoa_present::theme::ClientTerminal) -> Harness {
        self.app = self.app.with_client(client);
        self
    }

    /// Draws in ASCII only from now on.
    pub fn with_ascii(mut self) -> Harness {
        self.app = self.app.with_ascii(true);
        self
    }

    /// Cells of the last drawn screen that use a colour, as (column, row).
    pub fn coloured_cells(&mut self) -> Vec<(u16, u16)> {
        self.screen();
        let buffer = self.terminal.backend().buffer();
        let mut found = Vec::new();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                let cell = &buffer[(x, y)];
                if cell.fg != ratatui::style::Color::Reset
                    || cell.bg != ratatui::style::Color::Reset
                {
                    found.push((x, y));
                }
            }
        }
        found
    }

    /// The text of the cells of the last drawn screen shown in reverse video.
    pub fn reversed_text(&mut self) -> String {
        self.screen();
        let buffer = self.terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                let cell = &buffer[(x, y)];
                if cell.modifier.contains(ratatui::style::Modifier::REVERSED) {
                    out.push_str(cell.symbol());
                }
            }
            out.push('\n');
        }
        out
    }

    /// Types a key script (see [`parse_keys`]), running any job to completion.
    pub fn keys(&mut self, script: &str) -> &mut Harness {
        for key in parse_keys(script) {
            self.send(Msg::Input(Input::Key(key)));
        }
        self
    }

    pub fn paste(&mut self, text: &str) -> &mut Harness {
        self.send(Msg::Input(Input::Paste(text.to_string())));
        self
    }

    pub fn send(&mut self, msg: Msg) {
        self.pump();
        self.send_one(msg);
    }

    /// Delivers the forum's changes so far, as the session loop does between keys.
    pub fn pump(&mut self) {
        while let Ok(change) = self.bus.try_recv() {
            self.send_one(Msg::Changed(change));
        }
    }

    fn send_one(&mut self, msg: Msg) {
        let mut next = Some(msg);
        while let Some(msg) = next.take() {
            match self.app.update(msg) {
                Effect::None => {}
                Effect::Quit => self.quit = true,
                Effect::Run(job) => next = Some(job.run(&self.forum)),
            }
        }
    }

    /// The connection drops.
    pub fn disconnect(&mut self) {
        self.app.disconnected();
    }

    /// Whether the App asked for a terminal bell since the last look.
    pub fn bell(&mut self) -> bool {
        self.pump();
        self.app.take_bell()
    }

    pub fn quit_requested(&self) -> bool {
        self.quit
    }

    pub fn resize(&mut self, width: u16, height: u16) -> &mut Harness {
        self.terminal.backend_mut().resize(width, height);
        self.terminal
            .resize(Rect::new(0, 0, width, height))
            .unwrap_or_else(never);
        self
    }

    /// Where the terminal's cursor is shown after a draw (`None` while hidden):
    /// in a form, where typing lands.
    pub fn cursor(&mut self) -> Option<(u16, u16)> {
        self.screen();
        let backend = self.terminal.backend();
        let at = backend.cursor_position();
        backend.cursor_visible().then_some((at.x, at.y))
    }

    /// Draws the App and returns the screen as text, one line per row, trailing
    /// spaces trimmed.
    pub fn screen(&mut self) -> String {
        self.pump();
        self.terminal
            .draw(|frame| self.app.render(frame))
            .unwrap_or_else(never);
        let buffer = self.terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            let mut line = String::new();
            let mut skip = 0;
            for x in 0..buffer.area.width {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let symbol = buffer[(x, y)].symbol();
                skip = symbol.width().saturating_sub(1);
                line.push_str(symbol);
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

/// `TestBackend` cannot fail: its error type has no values.
fn never<T>(e: std::convert::Infallible) -> T {
    match e {}
}
