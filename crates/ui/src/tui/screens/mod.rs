//! The screens of the forum and the overlays drawn over them. Each screen owns its
//! state, draws with `&self`, and answers a key with a [`Step`] for the App to take.

mod account_forms;
mod board_form;
mod communities;
mod composer;
#[cfg(test)]
mod composer_tests;
mod display_form;
mod events;
#[cfg(test)]
mod field_contract_tests;
mod held_post;
mod help;
mod home;
mod item_view;
mod jobs;
mod library;
mod list;
mod moderation;
mod news;
mod notifications;
mod overlay;
mod people;
mod places;
mod policy;
mod profile;
mod proposal;
mod reason_form;
mod refresh;
mod search;
mod search_filter;
mod signup;
mod submission;
mod submissions;
mod submit_form;
mod thread;
mod threads;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::app::Job;
use super::keymap::{Action, Binding};
use stoa_core::domain::{DraftPlace, LastPlace, Target};
use stoa_core::forum::{Change, FieldErrors, Forum, Viewer};
use stoa_present::keys::Input;
use stoa_present::theme::Theme;

pub use account_forms::{AddKey, EditProfile, PasswordForm};
pub use board_form::BoardForm;
pub use communities::Communities;
pub use composer::Composer;
pub use events::{EventScreen, EventsBoard};
pub use help::Help;
pub use home::Home;
pub use jobs::{JobScreen, JobsBoard};
pub use library::{EntryForm, EntryScreen, Library};
pub use moderation::Moderation;
pub use news::{NewsDesk, NewsForm, NewsItem};
pub use notifications::NotificationCentre;
pub use overlay::{Confirm, Confirmed, LeaveDraft, Menu, Overlay};
pub use people::{People, PersonScreen};
pub use policy::Policy;
pub use profile::Profile;
pub use proposal::ProposalForm;
pub use reason_form::ReasonForm;
pub use search::SearchScreen;
pub use signup::SignUpForm;
pub use submission::SubmissionScreen;
pub use submissions::MySubmissions;
pub use thread::ThreadScreen;
pub use threads::Threads;

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
    LeaveDraft(LeaveDraft),
    Flash {
        text: String,
        error: bool,
    },
    Run {
        busy: &'static str,
        job: Job,
    },
    AcceptPolicy,
    /// To the next (true) or previous tab of a screen with tabs.
    Tab(bool),
}

impl Step {
    pub fn error(text: impl Into<String>) -> Step {
        Step::Flash {
            text: text.into(),
            error: true,
        }
    }
}

/// The refusal a muted member gets on pressing a key that would open the composer,
/// before they write anything the forum would then refuse.
pub fn muted(ctx: &Ctx) -> Option<Step> {
    let account = ctx.viewer.account()?;
    let sanction = account.sanction_at(ctx.forum.now())?;
    // Short, so the reason fits the message line of an 80-column screen.
    (sanction.kind == stoa_core::domain::SanctionKind::Muted).then(|| {
        Step::error(format!(
            "Muted {}: {}",
            stoa_core::forum::sanction_until(sanction, &account.time_zone),
            stoa_core::forum::sanitize::inline(&sanction.reason)
        ))
    })
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
    Submissions,
    Moderation,
    Events,
    Jobs,
    Library,
    News,
    Notifications,
    People,
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
    Display(display_form::DisplayForm),
    AddKey(AddKey),
    Password(PasswordForm),
    Help(Help),
    Threads(Threads),
    Thread(Box<ThreadScreen>),
    Composer(Box<Composer>),
    Submissions(MySubmissions),
    Submission(Box<SubmissionScreen>),
    Proposal(Box<ProposalForm>),
    HeldPost(Box<held_post::HeldPostForm>),
    ReasonForm(Box<ReasonForm>),
    Moderation(Box<Moderation>),
    Events(Box<EventsBoard>),
    Event(Box<EventScreen>),
    Jobs(Box<JobsBoard>),
    Job(Box<JobScreen>),
    BoardForm(Box<BoardForm>),
    Library(Box<Library>),
    Entry(Box<EntryScreen>),
    EntryForm(Box<EntryForm>),
    News(Box<NewsDesk>),
    NewsItem(Box<NewsItem>),
    NewsForm(Box<NewsForm>),
    Notifications(Box<NotificationCentre>),
    People(Box<People>),
    Person(Box<PersonScreen>),
    Search(Box<SearchScreen>),
}

impl Screen {
    pub fn home(ctx: &Ctx) -> Screen {
        Screen::Home(Home::new(ctx))
    }

    pub fn threads(slug: &str, ctx: &Ctx) -> Screen {
        Screen::Threads(Threads::new(slug, ctx))
    }

    pub fn thread(id: u64, ctx: &Ctx) -> Screen {
        Screen::Thread(Box::new(ThreadScreen::new(id, ctx)))
    }

    pub fn composer(place: DraftPlace, ctx: &Ctx) -> Screen {
        Screen::Composer(Box::new(Composer::new(place, ctx)))
    }

    pub fn person(username: &str, ctx: &Ctx) -> Screen {
        Screen::Person(Box::new(PersonScreen::new(username, ctx)))
    }

    pub fn search(ctx: &Ctx) -> Screen {
        Screen::Search(Box::new(SearchScreen::new(ctx)))
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
            Screen::Display(_) => "Display".into(),
            Screen::AddKey(_) => "Add an SSH key".into(),
            Screen::Password(_) => "Password".into(),
            Screen::Help(help) => format!("Help: {}", help.about()),
            Screen::Threads(s) => s.title(),
            Screen::Thread(s) => s.title(),
            Screen::Composer(s) => s.heading().to_string(),
            Screen::Submissions(_) => "My submissions".into(),
            Screen::Submission(s) => s.title(),
            Screen::Proposal(s) => s.heading().into(),
            Screen::HeldPost(_) => "Edit your post and send it again".into(),
            Screen::ReasonForm(s) => s.heading().into(),
            Screen::Moderation(s) => s.title(),
            Screen::Events(s) => s.title(),
            Screen::Event(s) => s.title(),
            Screen::Jobs(s) => s.title(),
            Screen::Job(s) => s.title(),
            Screen::BoardForm(s) => s.heading().into(),
            Screen::Library(s) => s.title(),
            Screen::Entry(s) => s.title(),
            Screen::EntryForm(s) => s.heading().into(),
            Screen::News(_) => "News".into(),
            Screen::NewsItem(s) => s.title(),
            Screen::NewsForm(_) => "Write a news item".into(),
            Screen::Notifications(_) => "Notifications".into(),
            Screen::People(_) => "People".into(),
            Screen::Person(s) => s.title(),
            Screen::Search(s) => s.title(),
        }
    }

    pub fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        match self {
            Screen::Home(_) => Home::bindings(ctx),
            Screen::Communities(_) => Communities::BINDINGS,
            Screen::SignUp(_) => SignUpForm::BINDINGS,
            Screen::Policy(p) => p.bindings(),
            Screen::Profile(_) => Profile::BINDINGS,
            Screen::EditProfile(_) | Screen::Password(_) | Screen::Display(_) => {
                account_forms::BINDINGS
            }
            Screen::AddKey(_) => account_forms::ONE_FIELD,
            Screen::Help(_) => Help::BINDINGS,
            Screen::Threads(_) => Threads::bindings(ctx),
            Screen::Thread(s) => s.bindings(ctx),
            Screen::Composer(s) => s.bindings(),
            Screen::Submissions(_) => MySubmissions::BINDINGS,
            Screen::Submission(s) => s.bindings(ctx),
            Screen::Proposal(_) => ProposalForm::BINDINGS,
            Screen::HeldPost(_) => held_post::HeldPostForm::BINDINGS,
            Screen::ReasonForm(_) => ReasonForm::BINDINGS,
            Screen::Moderation(s) => s.bindings(ctx),
            Screen::Events(s) => s.bindings(),
            Screen::Event(s) => s.bindings(ctx),
            Screen::Jobs(s) => s.bindings(),
            Screen::Job(s) => s.bindings(ctx),
            Screen::BoardForm(_) => BoardForm::BINDINGS,
            Screen::Library(s) => s.bindings(),
            Screen::Entry(s) => s.bindings(ctx),
            Screen::EntryForm(_) => EntryForm::BINDINGS,
            Screen::News(_) => NewsDesk::bindings(ctx),
            Screen::NewsItem(_) => super::keymap::READING,
            Screen::NewsForm(_) => NewsForm::BINDINGS,
            Screen::Notifications(s) => s.bindings(),
            Screen::People(s) => s.bindings(),
            Screen::Person(_) => PersonScreen::bindings(),
            Screen::Search(s) => s.bindings(),
        }
    }

    pub fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        match self {
            Screen::Home(s) => s.handle(input, ctx),
            Screen::Communities(s) => s.handle(input, ctx),
            Screen::SignUp(s) => s.handle(input, ctx),
            Screen::Policy(s) => s.handle(input),
            Screen::Profile(s) => s.handle(input, ctx),
            Screen::EditProfile(s) => s.handle(input, ctx),
            Screen::Display(s) => s.handle(input, ctx),
            Screen::AddKey(s) => s.handle(input, ctx),
            Screen::Password(s) => s.handle(input, ctx),
            Screen::Help(s) => s.handle(input),
            Screen::Threads(s) => s.handle(input, ctx),
            Screen::Thread(s) => s.handle(input, ctx),
            Screen::Composer(s) => s.handle(input, ctx),
            Screen::Submissions(s) => s.handle(input, ctx),
            Screen::Submission(s) => s.handle(input, ctx),
            Screen::Proposal(s) => s.handle(input, ctx),
            Screen::HeldPost(s) => s.handle(input, ctx),
            Screen::ReasonForm(s) => s.handle(input, ctx),
            Screen::Moderation(s) => s.handle(input, ctx),
            Screen::Events(s) => s.handle(input, ctx),
            Screen::Event(s) => s.handle(input, ctx),
            Screen::Jobs(s) => s.handle(input, ctx),
            Screen::Job(s) => s.handle(input, ctx),
            Screen::BoardForm(s) => s.handle(input, ctx),
            Screen::Library(s) => s.handle(input, ctx),
            Screen::Entry(s) => s.handle(input, ctx),
            Screen::EntryForm(s) => s.handle(input, ctx),
            Screen::News(s) => s.handle(input, ctx),
            Screen::NewsItem(s) => s.handle(input),
            Screen::NewsForm(s) => s.handle(input, ctx),
            Screen::Notifications(s) => s.handle(input, ctx),
            Screen::People(s) => s.handle(input, ctx),
            Screen::Person(s) => s.handle(input, ctx),
            Screen::Search(s) => s.handle(input, ctx),
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
            Screen::Display(s) => s.render(frame, area, ctx),
            Screen::AddKey(s) => s.render(frame, area, ctx),
            Screen::Password(s) => s.render(frame, area, ctx),
            Screen::Help(s) => s.render(frame, area, ctx),
            Screen::Threads(s) => s.render(frame, area, ctx),
            Screen::Thread(s) => s.render(frame, area, ctx),
            Screen::Composer(s) => s.render(frame, area, ctx),
            Screen::Submissions(s) => s.render(frame, area, ctx),
            Screen::Submission(s) => s.render(frame, area, ctx),
            Screen::Proposal(s) => s.render(frame, area, ctx),
            Screen::HeldPost(s) => s.render(frame, area, ctx),
            Screen::ReasonForm(s) => s.render(frame, area, ctx),
            Screen::Moderation(s) => s.render(frame, area, ctx),
            Screen::Events(s) => s.render(frame, area, ctx),
            Screen::Event(s) => s.render(frame, area, ctx),
            Screen::Jobs(s) => s.render(frame, area, ctx),
            Screen::Job(s) => s.render(frame, area, ctx),
            Screen::BoardForm(s) => s.render(frame, area, ctx),
            Screen::Library(s) => s.render(frame, area, ctx),
            Screen::Entry(s) => s.render(frame, area, ctx),
            Screen::EntryForm(s) => s.render(frame, area, ctx),
            Screen::News(s) => s.render(frame, area, ctx),
            Screen::NewsItem(s) => s.render(frame, area, ctx),
            Screen::NewsForm(s) => s.render(frame, area, ctx),
            Screen::Notifications(s) => s.render(frame, area, ctx),
            Screen::People(s) => s.render(frame, area, ctx),
            Screen::Person(s) => s.render(frame, area, ctx),
            Screen::Search(s) => s.render(frame, area, ctx),
        }
    }

    /// Shows the forum's field messages on a form screen; returns those it has
    /// no field for (all of them, on a screen without a form).
    pub fn show_errors(&mut self, errors: &FieldErrors) -> FieldErrors {
        match self {
            Screen::SignUp(s) => s.form.show_errors(errors),
            Screen::EditProfile(s) => s.form.show_errors(errors),
            Screen::Display(s) => s.form.show_errors(errors),
            Screen::AddKey(s) => s.form.show_errors(errors),
            Screen::Password(s) => s.form.show_errors(errors),
            Screen::Composer(s) => s.form.show_errors(errors),
            Screen::Proposal(s) => s.form.show_errors(errors),
            Screen::HeldPost(s) => s.form.show_errors(errors),
            Screen::ReasonForm(s) => s.form.show_errors(errors),
            Screen::BoardForm(s) => s.form.show_errors(errors),
            Screen::EntryForm(s) => s.form.show_errors(errors),
            Screen::NewsForm(s) => s.form.show_errors(errors),
            _ => errors.clone(),
        }
    }

    /// Shows a post the member just wrote or changed, on the screen of its thread.
    pub fn select_post(&mut self, post: u64, ctx: &Ctx) {
        if let Screen::Thread(s) = self {
            s.select_post(post, ctx);
        }
    }

    /// Stores what the member was writing here, if anything (the connection is
    /// going away).
    pub fn keep_draft(&self, ctx: &Ctx) {
        match self {
            Screen::Composer(s) => s.keep_draft(ctx),
            Screen::Proposal(s) => s.keep_draft(ctx),
            Screen::BoardForm(s) => s.keep_draft(ctx),
            Screen::EntryForm(s) => s.keep_draft(ctx),
            _ => {}
        }
    }
}
