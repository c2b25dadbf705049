use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

use super::chrome;
use super::keys::{Input, Key};
use super::screens::{Ctx, Menu, Overlay, Place, Screen, Step};
use super::theme::Theme;
use crate::domain::Account;
use crate::forum::{Change, Forum, ForumError, LoginMethod, Viewer};

/// Everything that can happen to a session.
pub enum Msg {
    Input(Input),
    /// A job handed out by `update` has finished.
    Done(Box<Done>),
    /// A job could not finish (it panicked, or the runtime is stopping).
    Failed,
    /// Something changed in the forum (another session, an admin, …).
    Changed(Change),
}

/// The result of a job that changed the member's own account.
pub struct Done {
    pub kind: DoneKind,
    pub result: Result<Account, ForumError>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoneKind {
    SignedUp,
    ProfileSaved,
    KeyAdded,
    KeyRemoved,
    PasswordSet,
}

/// Slow forum work (a durable write, password hashing) for the session's driver to
/// run off the async reactor; its result comes back as a `Msg`.
pub struct Job(Box<dyn FnOnce(&Forum) -> Msg + Send>);

impl Job {
    pub fn new(work: impl FnOnce(&Forum) -> Msg + Send + 'static) -> Job {
        Job(Box::new(work))
    }

    pub fn run(self, forum: &Forum) -> Msg {
        (self.0)(forum)
    }
}

/// What the driver must do after an update.
pub enum Effect {
    None,
    Run(Job),
    Quit,
}

/// A line of news for the status bar, kept until the next key.
pub struct Flash {
    pub text: String,
    pub error: bool,
}

pub struct App {
    forum: Forum,
    viewer: Viewer,
    /// Fingerprint of the key this session logged in with, if any.
    login_key: Option<String>,
    /// Home is always at the bottom.
    stack: Vec<Screen>,
    overlay: Option<Overlay>,
    flash: Option<Flash>,
    /// Set while a job runs: what the member is waiting for.
    busy: Option<&'static str>,
    theme: Theme,
}

impl App {
    pub fn new(forum: Forum, viewer: Viewer, login_key: Option<String>) -> App {
        let theme = Theme::default();
        let mut app = App {
            forum,
            viewer,
            login_key,
            stack: Vec::new(),
            overlay: None,
            flash: None,
            busy: None,
            theme,
        };
        let home = Screen::home(&app.ctx());
        app.stack.push(home);
        app
    }

    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }

    /// The title of the screen on top, for tests and logs.
    pub fn screen_title(&self) -> String {
        self.top().title(&self.ctx())
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            forum: &self.forum,
            viewer: &self.viewer,
            login_key: self.login_key.as_deref(),
            theme: &self.theme,
        }
    }

    fn top(&self) -> &Screen {
        self.stack.last().expect("home is always on the stack")
    }

    pub fn update(&mut self, msg: Msg) -> Effect {
        match msg {
            Msg::Input(input) => self.input(input),
            Msg::Done(done) => {
                self.done(*done);
                Effect::None
            }
            Msg::Failed => {
                self.busy = None;
                self.flash = Some(Flash {
                    text: "Something went wrong and nothing was saved. Please try again.".into(),
                    error: true,
                });
                Effect::None
            }
            Msg::Changed(change) => {
                self.changed(change);
                Effect::None
            }
        }
    }

    fn input(&mut self, input: Input) -> Effect {
        if input == Input::Key(Key::Ctrl('c')) {
            return Effect::Quit;
        }
        if self.busy.is_some() {
            // One thing at a time: keys typed while saving would act on a stale form.
            return Effect::None;
        }
        self.flash = None;
        let step = match self.overlay.take() {
            Some(mut overlay) => {
                let step = overlay.handle(&input, &self.ctx());
                if matches!(step, Step::Stay | Step::Ignored) {
                    self.overlay = Some(overlay);
                }
                step
            }
            None => {
                let ctx = Ctx {
                    forum: &self.forum,
                    viewer: &self.viewer,
                    login_key: self.login_key.as_deref(),
                    theme: &self.theme,
                };
                let screen = self.stack.last_mut().expect("home is always on the stack");
                screen.handle(&input, &ctx)
            }
        };
        self.apply(step)
    }

    fn apply(&mut self, step: Step) -> Effect {
        match step {
            Step::Stay | Step::Ignored | Step::Close => {}
            Step::Quit => return Effect::Quit,
            Step::Back => {
                if self.stack.len() > 1 {
                    self.stack.pop();
                }
            }
            Step::Open(screen) => self.stack.push(*screen),
            Step::GoTo(place) => self.go_to(place),
            Step::Help => {
                let help = Screen::help(self.top(), &self.ctx());
                self.stack.push(help);
            }
            Step::Menu => self.overlay = Some(Overlay::Menu(Menu::new(&self.viewer))),
            Step::Confirm(confirm) => self.overlay = Some(Overlay::Confirm(confirm)),
            Step::Flash { text, error } => self.flash = Some(Flash { text, error }),
            Step::Run { busy, job } => {
                self.busy = Some(busy);
                return Effect::Run(job);
            }
            Step::AcceptPolicy => {
                self.stack.pop();
                if let Some(Screen::SignUp(form)) = self.stack.last_mut() {
                    form.accept_policy();
                }
            }
        }
        Effect::None
    }

    fn go_to(&mut self, place: Place) {
        self.stack.truncate(1);
        let ctx = self.ctx();
        if let Some(screen) = Screen::at(place, &ctx) {
            self.stack.push(screen);
        }
    }

    fn done(&mut self, done: Done) {
        self.busy = None;
        let account = match done.result {
            Ok(account) => account,
            Err(ForumError::Invalid(errors)) => {
                if let Some(screen) = self.stack.last_mut() {
                    screen.show_errors(&errors);
                }
                let n = errors.0.len();
                let text = if n == 1 {
                    "One field needs attention: see the message under it.".to_string()
                } else {
                    format!("{n} fields need attention: see the messages under them.")
                };
                self.flash = Some(Flash { text, error: true });
                return;
            }
            Err(other) => {
                self.flash = Some(Flash {
                    text: other.to_string(),
                    error: true,
                });
                return;
            }
        };
        let via = match &self.viewer {
            Viewer::Member { via, .. } => *via,
            Viewer::Guest { .. } => LoginMethod::Key,
        };
        let text = match done.kind {
            DoneKind::SignedUp => {
                self.stack.truncate(1);
                if account.role == crate::domain::Role::Admin {
                    format!(
                        "Welcome, {}! You are the forum's first member, so you are its admin.",
                        account.display_name
                    )
                } else {
                    format!("Welcome to the network, {}!", account.display_name)
                }
            }
            DoneKind::ProfileSaved => {
                self.stack.pop();
                "Profile saved.".into()
            }
            DoneKind::KeyAdded => {
                self.stack.pop();
                "Key added: you can now log in with it too.".into()
            }
            DoneKind::PasswordSet => {
                self.stack.pop();
                format!(
                    "Password set. From another machine: ssh -p 2222 {}@<this host>",
                    account.username
                )
            }
            DoneKind::KeyRemoved => "Key removed.".into(),
        };
        self.viewer = Viewer::Member { account, via };
        self.flash = Some(Flash {
            text: crate::tui::text::line(&text).into_owned(),
            error: false,
        });
        self.refresh();
    }

    fn changed(&mut self, change: Change) {
        if let (Change::Account(name), Viewer::Member { account, via }) = (&change, &self.viewer)
            && *name == account.username
            && let Ok(Some(fresh)) = self.forum.account(name)
        {
            self.viewer = Viewer::Member {
                account: fresh,
                via: *via,
            };
        }
        self.refresh();
    }

    /// Reloads what the screens show from the forum.
    fn refresh(&mut self) {
        let ctx = Ctx {
            forum: &self.forum,
            viewer: &self.viewer,
            login_key: self.login_key.as_deref(),
            theme: &self.theme,
        };
        for screen in &mut self.stack {
            screen.refresh(&ctx);
        }
    }

    pub fn render(&self, frame: &mut Frame) {
        let area = frame.area();
        if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
            chrome::too_small(frame, area, &self.theme);
            return;
        }
        let ctx = self.ctx();
        let [header, body, status, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let screen = self.top();
        chrome::header(
            frame,
            header,
            &self.forum.site().name,
            &screen.title(&ctx),
            &self.viewer,
            &self.theme,
        );
        let inner = body.inner(ratatui::layout::Margin::new(1, 0));
        screen.render(frame, inner, &ctx);
        chrome::status(frame, status, self.busy, self.flash.as_ref(), &self.theme);
        let bindings = match &self.overlay {
            Some(overlay) => overlay.bindings(),
            None => screen.bindings(&ctx),
        };
        chrome::footer(frame, footer, bindings, &self.theme);
        if let Some(overlay) = &self.overlay {
            overlay.render(frame, body, &ctx);
        }
    }
}
