use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

use super::chrome;
use super::screens::{Ctx, Menu, Overlay, Screen, Step};
use stoa_core::domain::{Account, PostId, ThreadId};
use stoa_core::forum::{Change, FieldErrors, Forum, ForumError, LoginMethod, Viewer};
use stoa_present::keys::{Input, Key};
use stoa_present::lang::{self, Language};
use stoa_present::t;
use stoa_present::theme::{ClientTerminal, Theme};

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

/// The result of a job.
pub struct Done {
    pub result: Result<Outcome, ForumError>,
}

/// What a finished job tells the member and what happens next: the one
/// vocabulary every screen's job speaks. The words are the screen's, not the
/// App's.
pub struct Outcome {
    /// For the status line (nothing when empty).
    pub say: String,
    /// How many screens to close first (the form that sent it, usually).
    pub close: usize,
    pub next: Next,
}

/// What follows a finished job, once its screens are closed.
pub enum Next {
    Stay,
    /// Open this thread (one just started).
    OpenThread(ThreadId),
    /// Show this post on the screen now on top (a reply, an edit, a deletion).
    ShowPost(PostId),
    /// Open this private conversation (one just started).
    OpenConversation(stoa_core::domain::ConversationId),
    /// The member's account changed: the session takes it up.
    Account(Box<Account>),
    /// A guest became this member: home is built anew, for a member.
    SignedUp(Box<Account>),
    /// What a search found, for the search screen on top.
    Found(Box<stoa_core::forum::search::Findings>),
}

impl Outcome {
    /// Say `say`, close `close` screens, and stay.
    pub fn said(say: impl Into<String>, close: usize) -> Outcome {
        Outcome {
            say: say.into(),
            close,
            next: Next::Stay,
        }
    }

    /// The member's account as it is now, with what to say and how many forms
    /// to close.
    pub fn account(account: Account, say: impl Into<String>, close: usize) -> Outcome {
        Outcome {
            say: say.into(),
            close,
            next: Next::Account(Box::new(account)),
        }
    }
}

/// Slow forum work (a durable write, password hashing) for the session's driver to
/// run off the async reactor; its result comes back as a `Msg`.
pub struct Job(Box<dyn FnOnce(&Forum) -> Msg + Send>);

impl Job {
    pub fn new(work: impl FnOnce(&Forum) -> Msg + Send + 'static) -> Job {
        // The job says its outcome in the language of the step that made it,
        // on whichever thread runs it.
        let language = lang::current();
        Job(Box::new(move |forum| lang::scope(language, || work(forum))))
    }

    pub fn done(work: impl FnOnce(&Forum) -> Result<Outcome, ForumError> + Send + 'static) -> Job {
        Job::new(move |forum| {
            Msg::Done(Box::new(Done {
                result: work(forum),
            }))
        })
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

/// What every screen may read: who is looking, through which forum.
struct World {
    forum: Forum,
    viewer: Viewer,
    /// Fingerprint of the key this session logged in with, if any.
    login_key: Option<String>,
    theme: Theme,
    /// The language the client's locale asks for.
    client_language: Option<Language>,
}

impl World {
    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            forum: &self.forum,
            viewer: &self.viewer,
            login_key: self.login_key.as_deref(),
            theme: &self.theme,
            client_language: self.client_language,
        }
    }
}

pub struct App {
    world: World,
    home: Screen,
    /// Screens opened over home, the last on top.
    stack: Vec<Screen>,
    overlay: Option<Overlay>,
    flash: Option<Flash>,
    /// Set while a job runs: what the member is waiting for.
    busy: Option<String>,
    /// Every cell drawn in ASCII, for terminals without Unicode.
    ascii: bool,
    /// What the member's terminal said about itself.
    client: ClientTerminal,
    /// The member's unread notifications, for the header.
    unread: usize,
    /// The member's conversations with unread messages, for the header.
    unread_messages: usize,
    /// A notification arrived and the member wants a bell: the next frame rings.
    bell: std::cell::Cell<bool>,
    /// The interface's language: the member's choice, else the client's locale.
    language: Language,
}

impl App {
    pub fn new(forum: Forum, viewer: Viewer, login_key: Option<String>) -> App {
        let world = World {
            forum,
            viewer,
            login_key,
            theme: Theme::default(),
            client_language: None,
        };
        let home = Screen::home(&world.ctx());
        // Back where the member's last session ended.
        let last_place = world.forum.last_place(&world.viewer).unwrap_or_default();
        let stack = Screen::path_to(&last_place, &world.ctx());
        // Bookmarks whose reminder day came are notified as the member arrives.
        if let Err(e) = world.forum.send_due_reminders(&world.viewer) {
            tracing::warn!(error = %e, "reminders were not sent");
        }
        let unread = world
            .forum
            .unread_notifications(&world.viewer)
            .unwrap_or_default();
        let unread_messages = world
            .forum
            .unread_conversations(&world.viewer)
            .unwrap_or_default();
        // A muted member hears of it as they arrive, not on their first reply.
        let flash = world
            .viewer
            .account()
            .and_then(|a| world.forum.mute_notice(a))
            .map(|text| Flash { text, error: true });
        App {
            world,
            home,
            stack,
            overlay: None,
            flash,
            busy: None,
            ascii: false,
            client: ClientTerminal::default(),
            unread,
            unread_messages,
            bell: std::cell::Cell::new(false),
            language: lang::current(),
        }
    }

    /// Draws with `theme` from now on (the client's terminal chose it).
    pub fn with_theme(mut self, theme: Theme) -> App {
        self.world.theme = theme;
        self
    }

    /// Draws in ASCII only (see [`stoa_present::ascii`]), or not.
    pub fn with_ascii(mut self, ascii: bool) -> App {
        self.ascii = ascii;
        self
    }

    /// The App for a client's terminal, built in the language the member
    /// chose or, until they do, the one the client's locale asks for.
    pub fn for_client(
        forum: Forum,
        viewer: Viewer,
        login_key: Option<String>,
        client: ClientTerminal,
    ) -> App {
        let language = lang::choose(viewer.account(), client.language());
        lang::scope(language, || {
            App::new(forum, viewer, login_key).with_client(client)
        })
    }

    /// The language the App speaks in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Draws for this client's terminal, as far as the member's preferences
    /// leave it to the terminal.
    pub fn with_client(mut self, client: ClientTerminal) -> App {
        self.client = client;
        let before = self.language;
        self.apply_look();
        if self.language != before {
            self.home = lang::scope(self.language, || Screen::home(&self.world.ctx()));
        }
        self
    }

    /// Colour and ASCII from the member's preferences, `automatic` meaning what
    /// the terminal said.
    fn apply_look(&mut self) {
        let preferences = self
            .world
            .viewer
            .account()
            .map(|a| a.preferences)
            .unwrap_or_default();
        self.world.theme = Theme::for_colour(preferences.colour.or(self.client.colour()));
        self.ascii = preferences.ascii.or(self.client.ascii());
        self.world.client_language = self.client.language();
        self.language = lang::choose(self.world.viewer.account(), self.world.client_language);
    }

    pub fn viewer(&self) -> &Viewer {
        &self.world.viewer
    }

    /// True once after a notification arrived for a member who wants a bell:
    /// the driver sends BEL with the next frame.
    pub fn take_bell(&self) -> bool {
        self.bell.replace(false)
    }

    /// How many unread notifications the header shows.
    pub fn unread(&self) -> usize {
        self.unread
    }

    /// The title of the screen on top, for tests and logs.
    pub fn screen_title(&self) -> String {
        lang::scope(self.language, || self.top().title(&self.world.ctx()))
    }

    fn top(&self) -> &Screen {
        self.stack.last().unwrap_or(&self.home)
    }

    fn top_mut(&mut self) -> &mut Screen {
        self.stack.last_mut().unwrap_or(&mut self.home)
    }

    /// Tells the member something that happened to their session rather than
    /// on a screen (input lost on the way here, say), until their next key.
    pub fn tell(&mut self, text: &str) {
        self.flash = Some(Flash {
            text: text.to_string(),
            error: true,
        });
    }

    pub fn update(&mut self, msg: Msg) -> Effect {
        lang::scope(self.language, || self.take(msg))
    }

    fn take(&mut self, msg: Msg) -> Effect {
        match msg {
            Msg::Input(input) => return self.input(input),
            Msg::Done(done) => self.done(*done),
            Msg::Failed => {
                self.busy = None;
                self.flash = Some(Flash {
                    text: t!("app-job-failed"),
                    error: true,
                });
            }
            Msg::Changed(change) => self.changed(&change),
        }
        Effect::None
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
                let step = overlay.handle(&input, &self.world.ctx());
                if matches!(step, Step::Stay | Step::Ignored) {
                    self.overlay = Some(overlay);
                }
                step
            }
            None => {
                let screen = self.stack.last_mut().unwrap_or(&mut self.home);
                match screen.handle(&input, &self.world.ctx()) {
                    // `/` searches from any screen that does not use it itself.
                    Step::Ignored if input == Input::Key(Key::Char('/')) => {
                        Step::Open(Box::new(Screen::search(&self.world.ctx())))
                    }
                    step => step,
                }
            }
        };
        self.apply(step)
    }

    fn apply(&mut self, step: Step) -> Effect {
        match step {
            Step::Stay | Step::Ignored | Step::Close | Step::Tab(_) => {}
            Step::Quit => return Effect::Quit,
            Step::Back => {
                self.stack.pop();
            }
            Step::Open(screen) => self.stack.push(*screen),
            Step::GoTo(place) => {
                self.stack.clear();
                self.stack.extend(Screen::at(place, &self.world.ctx()));
            }
            Step::Help => {
                let help = Screen::help(self.top(), &self.world.ctx());
                self.stack.push(help);
            }
            Step::Menu => self.overlay = Some(Overlay::Menu(Menu::new(&self.world.ctx()))),
            Step::Confirm(confirm) => self.overlay = Some(Overlay::Confirm(confirm)),
            Step::LeaveDraft(leave) => self.overlay = Some(Overlay::LeaveDraft(leave)),
            Step::Flash { text, error } => self.flash = Some(Flash { text, error }),
            Step::Run { busy, job } => {
                // An empty id: a job too quick to say anything.
                self.busy = Some(if busy.is_empty() {
                    String::new()
                } else {
                    lang::text(busy)
                });
                return Effect::Run(job);
            }
            Step::AcceptPolicy => {
                self.stack.pop();
                if let Screen::SignUp(form) = self.top_mut() {
                    form.accept_policy();
                }
            }
        }
        Effect::None
    }

    fn done(&mut self, done: Done) {
        self.busy = None;
        let outcome = match done.result {
            Ok(outcome) => outcome,
            Err(ForumError::Invalid(errors)) => {
                let unplaced = self.top_mut().show_errors(&errors);
                self.flash = Some(Flash {
                    text: needs_attention(&errors, &unplaced),
                    error: true,
                });
                return;
            }
            Err(ForumError::Held(_)) => {
                // Kept for review, not refused: the composer's work is done.
                self.stack.pop();
                self.flash = Some(Flash {
                    text: t!("app-post-held"),
                    error: false,
                });
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
        for _ in 0..outcome.close {
            self.stack.pop();
        }
        match outcome.next {
            Next::Stay => {}
            Next::OpenThread(thread) => {
                let screen = Screen::thread(thread, &self.world.ctx());
                self.stack.push(screen);
            }
            Next::OpenConversation(id) => {
                let screen = Screen::conversation(id, &self.world.ctx());
                self.stack.push(screen);
            }
            Next::ShowPost(post) => {
                let ctx = self.world.ctx();
                let top = self.stack.last_mut().unwrap_or(&mut self.home);
                top.select_post(post, &ctx);
            }
            Next::Account(account) => self.account_changed(*account),
            Next::SignedUp(account) => {
                self.account_changed(*account);
                // A member sees more than a guest: home is built anew for them.
                self.stack.clear();
                self.home = Screen::home(&self.world.ctx());
            }
            Next::Found(findings) => {
                if let Screen::Search(search) = self.top_mut() {
                    search.show(*findings);
                }
            }
        }
        if !outcome.say.is_empty() {
            self.flash = Some(Flash {
                text: outcome.say,
                error: false,
            });
        }
    }

    /// The session takes up the member's account as it is now: its look, its
    /// unread count, and the screens that show it.
    fn account_changed(&mut self, account: Account) {
        let via = match &self.world.viewer {
            Viewer::Member { via, .. } => *via,
            Viewer::Guest { .. } => LoginMethod::Key,
        };
        let username = account.username.clone();
        self.world.viewer = Viewer::Member { account, via };
        let before = self.language;
        self.apply_look();
        if self.language != before {
            // The member chose another language: home speaks it at once.
            self.home = lang::scope(self.language, || Screen::home(&self.world.ctx()));
        }
        self.unread = self
            .world
            .forum
            .unread_notifications(&self.world.viewer)
            .unwrap_or_default();
        self.refresh(&Change::Account(username.as_str().into()));
    }

    /// The connection is gone: keep whatever the member was writing.
    pub fn disconnected(&mut self) {
        let ctx = self.world.ctx();
        for screen in &self.stack {
            screen.keep_draft(&ctx);
        }
        let last_place = self
            .stack
            .iter()
            .rev()
            .find_map(Screen::last_place)
            .unwrap_or_default();
        if let Err(e) = ctx.forum.remember_last_place(ctx.viewer, &last_place) {
            tracing::warn!(error = %e, "where the session ended was not kept");
        }
    }

    fn changed(&mut self, change: &Change) {
        let mine = match (change, self.world.viewer.account()) {
            (Change::Notified(name) | Change::NoticesRead(name), Some(me)) => *name == me.username,
            (Change::Many, Some(_)) => true,
            _ => false,
        };
        let my_messages = match (change, self.world.viewer.account()) {
            (
                Change::Conversation {
                    members, committee, ..
                },
                Some(me),
            ) => {
                members.contains(&me.username)
                    || (*committee
                        && self.world.forum.may(
                            &self.world.viewer,
                            stoa_core::forum::Capability::ReviewSubmissions,
                        ))
            }
            (Change::ConversationsRead(name), Some(me)) => *name == me.username,
            (Change::Many, Some(_)) => true,
            _ => false,
        };
        if my_messages {
            self.unread_messages = self
                .world
                .forum
                .unread_conversations(&self.world.viewer)
                .unwrap_or(self.unread_messages);
        }
        if let (true, Some(me)) = (mine, self.world.viewer.account()) {
            let unread = self
                .world
                .forum
                .unread_notifications(&self.world.viewer)
                .unwrap_or(self.unread);
            // Automatic means on: a bell is how a terminal says "look".
            let arrived = matches!(change, Change::Notified(_));
            if arrived && unread > self.unread && me.preferences.bell.or(true) {
                self.bell.set(true);
            }
            self.unread = unread;
        }
        let my_account = match (change, &self.world.viewer) {
            (Change::Account(name), Viewer::Member { account, .. }) => *name == account.username,
            (Change::Many, Viewer::Member { .. }) => true,
            _ => false,
        };
        if let (true, Viewer::Member { account, via }) = (my_account, &self.world.viewer)
            && let Ok(Some(fresh)) = self.world.forum.account(&account.username)
        {
            self.world.viewer = Viewer::Member {
                account: fresh,
                via: *via,
            };
            self.apply_look();
        }
        self.refresh(change);
    }

    /// Reloads, on each open screen, what `change` may have changed.
    fn refresh(&mut self, change: &Change) {
        let ctx = self.world.ctx();
        for screen in std::iter::once(&mut self.home).chain(&mut self.stack) {
            screen.refresh(&ctx, change);
        }
    }

    pub fn render(&mut self, frame: &mut Frame) {
        // The screen on top brings itself up to date once for this frame.
        let screen = self.stack.last_mut().unwrap_or(&mut self.home);
        let ctx = self.world.ctx();
        lang::scope(self.language, || screen.view_mut().prepare(&ctx));
        lang::scope(self.language, || self.draw(frame));
        stoa_present::cells::mend_cut_wide(frame.buffer_mut());
        if self.ascii {
            stoa_present::ascii::transliterate(frame.buffer_mut());
        } else {
            // Right-to-left rows in visual order (after ASCII, which leaves none).
            stoa_present::bidi::reorder(frame.buffer_mut());
        }
    }

    fn draw(&self, frame: &mut Frame) {
        let theme = &self.world.theme;
        let area = frame.area();
        if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
            chrome::too_small(frame, area, theme);
            return;
        }
        let ctx = self.world.ctx();
        let status_rows = chrome::status_height(
            area.width,
            area.height,
            self.busy.as_deref(),
            self.flash.as_ref(),
        );
        let [header, body, status, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(status_rows),
            Constraint::Length(1),
        ])
        .areas(area);
        let screen = self.top();
        let site = &self.world.forum.site().name;
        chrome::header(
            frame,
            header,
            site,
            &screen.title(&ctx),
            ctx.viewer,
            (self.unread, self.unread_messages),
            theme,
        );
        let inner = body.inner(ratatui::layout::Margin::new(1, 0));
        screen.render(frame, inner, &ctx);
        chrome::status(
            frame,
            status,
            self.busy.as_deref(),
            self.flash.as_ref(),
            theme,
        );
        let bindings = match &self.overlay {
            Some(overlay) => overlay.bindings(),
            None => screen.bindings(&ctx),
        };
        chrome::footer(frame, footer, bindings, theme);
        if let Some(overlay) = &self.overlay {
            overlay.render(frame, body, &ctx);
        }
    }
}

/// The status line after the forum refused some fields: those shown under
/// their fields are counted, those the form has no field for said here.
pub fn needs_attention(errors: &FieldErrors, unplaced: &FieldErrors) -> String {
    let shown = errors.0.len() - unplaced.0.len().min(errors.0.len());
    let under = match shown {
        0 => String::new(),
        n => t!("app-fields-need-attention", n = n),
    };
    let said: Vec<String> = unplaced
        .0
        .iter()
        .map(|(name, message)| format!("{name}: {message}"))
        .collect();
    match (under.is_empty(), said.is_empty()) {
        (_, true) => under,
        (true, false) => t!("app-not-saved", problems = said.join("; ")),
        (false, false) => t!("app-also", under = under, problems = said.join("; ")),
    }
}
