//! `stoa local --user NAME`: the same App in this terminal, without SSH. For
//! development, and for a machine where members sit at the console.

use std::io::{Stdout, Write, stdout};

use anyhow::Context;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};

use crate::tui::{App, Effect, Input, Key, Msg};
use stoa_core::forum::{Forum, LoginMethod, Viewer};

/// Restores the terminal however the loop ends, panics included.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
        let _ = execute!(
            stdout(),
            event::DisableBracketedPaste,
            LeaveAlternateScreen,
            cursor::Show
        );
    }
}

pub fn run(forum: Forum, username: &str) -> anyhow::Result<()> {
    let account = forum.account(username)?.with_context(|| {
        format!("there is no account named '{username}' (stoa admin add-user creates one)")
    })?;
    let viewer = Viewer::Member {
        account,
        via: LoginMethod::Local,
    };
    // Here the terminal is this process's own, so its environment is the member's.
    let var = |name| std::env::var(name).ok().filter(|v| !v.is_empty());
    let mut client = stoa_present::theme::ClientTerminal {
        term: var("TERM"),
        no_color: std::env::var_os("NO_COLOR").is_some(),
        colorterm: var("COLORTERM").is_some(),
        locale: var("LC_ALL")
            .or_else(|| var("LC_CTYPE"))
            .or_else(|| var("LANG")),
        language_env: Vec::new(),
    };
    for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = var(name) {
            client.set_env(name, &value);
        }
    }
    let mut app = App::for_client(forum.clone(), viewer, None, client);

    terminal::enable_raw_mode().context("this command needs a terminal")?;
    let _restore = Restore;
    execute!(
        stdout(),
        EnterAlternateScreen,
        event::EnableBracketedPaste,
        cursor::Hide
    )?;
    let mut terminal: Terminal<CrosstermBackend<Stdout>> =
        Terminal::new(CrosstermBackend::new(stdout()))?;
    let mut bus = forum.subscribe();
    loop {
        terminal.draw(|frame| app.render(frame))?;
        terminal.backend_mut().flush()?;
        let msg = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => match to_key(key) {
                Some(key) => Msg::Input(Input::Key(key)),
                None => continue,
            },
            Event::Paste(text) => Msg::Input(Input::Paste(text)),
            Event::Resize(..) => {
                terminal.autoresize()?;
                continue;
            }
            _ => continue,
        };
        let mut next = Some(msg);
        while let Some(msg) = next.take() {
            match app.update(msg) {
                Effect::None => {}
                Effect::Quit => return Ok(()),
                // Locally there is no reactor to keep free: run the job in place.
                Effect::Run(job) => next = Some(job.run(&forum)),
            }
        }
        while let Ok(change) = bus.try_recv() {
            app.update(Msg::Changed(change));
        }
    }
}

fn to_key(event: KeyEvent) -> Option<Key> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    Some(match event.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) if alt => Key::Alt(c),
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::Insert => Key::Insert,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::F(n) => Key::F(n),
        _ => return None,
    })
}
