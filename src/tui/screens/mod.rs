//! The screens of the forum and the overlays drawn over them. Each screen owns its
//! state, draws with `&self`, and answers a key with a [`Step`] for the App to take.

mod account_forms;
mod communities;
mod help;
mod home;
mod list;
mod overlay;
mod policy;
mod profile;
mod signup;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::app::Job;
use super::keymap::{Action, Binding};
use super::keys::Input;
use super::theme::Theme;
use crate::forum::{Change, FieldErrors, Forum, Viewer};

pub use account_forms::{AddKey, EditProfile, PasswordForm};
pub use communities::Communities;
pub use help::Help;
pub use home::Home;
pub use overlay::{Confirm, Confirmed, Menu, Overlay};
pub use policy::Policy;
pub use profile::Profile;
pub use signup::SignUpForm;

/// What a screen may read while it handles a key or draws.
pub struct Ctx<'a> {
    pub forum: &'a Forum,
    pub viewer: &'a Viewer,
    /// Fingerprint of the key this session logged in with.
    pub login_key: Option<&'a str>,
    pub theme: &'a Theme,
}

/// What the App should do after a key.
pub enum Step {
    /// The key was used; stay here.
    Stay,
    /// The key means nothing here.
    Ignored,
    /// Close the overlay, and stay on the screen under it.
    Close,
    Back,
    Quit,
    Open(Box<Screen>),
    GoTo(Place),
    Help,
    Menu,
    Confirm(Confirm),
    Flash {
        text: String,
        error: bool,
    },
    Run {
        busy: &'static str,
        job: Job,
    },
    AcceptPolicy,
}

impl Step {
    pub fn error(text: impl Into<String>) -> Step {
        Step::Flash {
            text: text.into(),
            error: true,
        }
    }
}

/// What a guest without a key is told when they try to sign up.
pub const NEEDS_KEY: &str = "Connect with an SSH key to sign up: it becomes your login.";

/// Places the go-to menu leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Home,
    Communities,
    Profile,
    SignUp,
    Policy,
}

/// Leaving a form: at once if nothing was changed, else after asking.
pub fn leave_form(changed: bool) -> Step {
    if !changed {
        return Step::Back;
    }
    Step::Confirm(Confirm {
        question: "Leave this form? What you typed in it will be lost.".into(),
        on_yes: Confirmed::Discard,
    })
}

/// The steps for the actions every screen shares.
pub fn common(action: Action) -> Step {
    match action {
        Action::Help => Step::Help,
        Action::GoTo => Step::Menu,
        Action::Back => Step::Back,
        Action::Quit => Step::Quit,
        _ => Step::Ignored,
    }
}

pub enum Screen {
    Home(Home),
    Communities(Communities),
    SignUp(SignUpForm),
    Policy(Policy),
    Profile(Profile),
    EditProfile(EditProfile),
    AddKey(AddKey),
    Password(PasswordForm),
    Help(Help),
}

impl Screen {
    pub fn home(ctx: &Ctx) -> Screen {
        Screen::Home(Home::new(ctx))
    }

    /// The screen for a place, or `None` where the viewer cannot go (a guest's
    /// profile, a member's sign-up).
    pub fn at(place: Place, ctx: &Ctx) -> Option<Screen> {
        let member = ctx.viewer.account().is_some();
        Some(match place {
            Place::Home => return None,
            Place::Communities => Screen::Communities(Communities::new(ctx)),
            Place::Profile if member => Screen::Profile(Profile::new()),
            Place::SignUp if !member => Screen::SignUp(SignUpForm::new(ctx)),
            Place::Policy => Screen::Policy(Policy::new(false)),
            Place::Profile | Place::SignUp => return None,
        })
    }

    /// Help for `screen`: its keys, then the general help.
    pub fn help(screen: &Screen, ctx: &Ctx) -> Screen {
        Screen::Help(Help::new(&screen.title(ctx), screen.bindings(ctx)))
    }

    pub fn title(&self, ctx: &Ctx) -> String {
        match self {
            Screen::Home(_) if ctx.viewer.account().is_none() => "Welcome".into(),
            Screen::Home(_) => "Home".into(),
            Screen::Communities(_) => "Communities".into(),
            Screen::SignUp(_) => "Sign up".into(),
            Screen::Policy(_) => "Editorial policy".into(),
            Screen::Profile(_) => "Your profile".into(),
            Screen::EditProfile(_) => "Edit profile".into(),
            Screen::AddKey(_) => "Add an SSH key".into(),
            Screen::Password(_) => "Password".into(),
            Screen::Help(help) => format!("Help: {}", help.about()),
        }
    }

    pub fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        match self {
            Screen::Home(_) => Home::bindings(ctx),
            Screen::Communities(_) => Communities::BINDINGS,
            Screen::SignUp(_) => SignUpForm::BINDINGS,
            Screen::Policy(p) => p.bindings(),
            Screen::Profile(_) => Profile::BINDINGS,
            Screen::EditProfile(_) | Screen::Password(_) => account_forms::BINDINGS,
            Screen::AddKey(_) => account_forms::ONE_FIELD,
            Screen::Help(_) => Help::BINDINGS,
        }
    }

    pub fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        match self {
            Screen::Home(s) => s.handle(input, ctx),
            Screen::Communities(s) => s.handle(input),
            Screen::SignUp(s) => s.handle(input, ctx),
            Screen::Policy(s) => s.handle(input),
            Screen::Profile(s) => s.handle(input, ctx),
            Screen::EditProfile(s) => s.handle(input, ctx),
            Screen::AddKey(s) => s.handle(input, ctx),
            Screen::Password(s) => s.handle(input, ctx),
            Screen::Help(s) => s.handle(input),
        }
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        match self {
            Screen::Home(s) => s.render(frame, area, ctx),
            Screen::Communities(s) => s.render(frame, area, ctx),
            Screen::SignUp(s) => s.render(frame, area, ctx),
            Screen::Policy(s) => s.render(frame, area, ctx),
            Screen::Profile(s) => s.render(frame, area, ctx),
            Screen::EditProfile(s) => s.render(frame, area, ctx),
            Screen::AddKey(s) => s.render(frame, area, ctx),
            Screen::Password(s) => s.render(frame, area, ctx),
            Screen::Help(s) => s.render(frame, area, ctx),
        }
    }

    /// Reloads what the screen shows, if `change` touches it.
    pub fn refresh(&mut self, ctx: &Ctx, change: &Change) {
        match (self, change) {
            (Screen::Home(s), Change::Community(_)) => s.refresh(ctx),
            (Screen::Communities(s), Change::Community(_)) => s.refresh(ctx),
            (Screen::Profile(s), Change::Account(_)) => s.refresh(ctx),
            _ => {}
        }
    }

    /// Shows the forum's field messages on a form screen.
    pub fn show_errors(&mut self, errors: &FieldErrors) {
        match self {
            Screen::SignUp(s) => s.form.show_errors(errors),
            Screen::EditProfile(s) => s.form.show_errors(errors),
            Screen::AddKey(s) => s.form.show_errors(errors),
            Screen::Password(s) => s.form.show_errors(errors),
            _ => {}
        }
    }
}
