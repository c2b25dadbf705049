//! The screens of the forum and the overlays drawn over them. Each screen owns its
//! state, draws with `&self`, and answers a key with a [`Step`] for the App to take.

mod account_forms;
mod board_form;
mod board_item;
mod communities;
mod composer;
mod display_form;
mod events;
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
mod policy;
mod profile;
mod proposal;
mod reason_form;
mod search;
mod search_filter;
mod sending;
mod signup;
mod submission;
mod submissions;
mod thread;
mod threads;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::app::Job;
use super::keymap::{Action, Binding};
use super::keys::Input;
use super::theme::Theme;
use crate::domain::{DraftPlace, Spot, Target};
use crate::forum::{Change, FieldErrors, Forum, Viewer};

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
    let sanction = ctx.viewer.account()?.sanction_at(ctx.forum.now())?;
    // Short, so the reason fits the message line of an 80-column screen.
    (sanction.kind == crate::domain::SanctionKind::Muted).then(|| {
        Step::error(format!(
            "Muted {}: {}",
            crate::forum::sanction_until(sanction),
            crate::forum::sanitize::inline(&sanction.reason)
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

    /// The screen a notification or a search result leads to.
    pub fn for_target(target: &Target, ctx: &Ctx) -> Screen {
        match target {
            Target::Post { thread, post } => {
                let mut screen = Screen::thread(*thread, ctx);
                screen.select_post(*post, ctx);
                screen
            }
            Target::Submission { id } => {
                Screen::Submission(Box::new(SubmissionScreen::new(*id, ctx)))
            }
            Target::Event { id } => Screen::Event(Box::new(EventScreen::new(*id, ctx))),
            Target::Job { id } => Screen::Job(Box::new(JobScreen::new(*id, ctx))),
            Target::Entry { id } => Screen::Entry(Box::new(EntryScreen::new(*id, ctx))),
            Target::News { id } => Screen::NewsItem(Box::new(NewsItem::new(*id, ctx))),
            Target::Member { username } => Screen::person(username, ctx),
        }
    }

    /// The screen for a place, or `None` where the viewer cannot go (a guest's
    /// profile, a member's sign-up).
    pub fn at(place: Place, ctx: &Ctx) -> Option<Screen> {
        let member = ctx.viewer.account().is_some();
        let committee = ctx
            .viewer
            .role()
            .is_some_and(|r| r >= crate::domain::Role::Moderator);
        Some(match place {
            Place::Home => return None,
            Place::Communities => Screen::Communities(Communities::new(ctx)),
            Place::Profile if member => Screen::Profile(Profile::new()),
            Place::SignUp if !member => Screen::SignUp(SignUpForm::new(ctx)),
            Place::Policy => Screen::Policy(Policy::new(false)),
            Place::Events => Screen::Events(Box::new(EventsBoard::new(ctx))),
            Place::Jobs => Screen::Jobs(Box::new(JobsBoard::new(ctx))),
            Place::Library => Screen::Library(Box::new(Library::new(ctx))),
            Place::News => Screen::News(Box::new(NewsDesk::new(ctx))),
            Place::Submissions if member => Screen::Submissions(MySubmissions::new(ctx)),
            Place::Moderation if committee => Screen::Moderation(Box::new(Moderation::new(ctx))),
            Place::Notifications if member => {
                Screen::Notifications(Box::new(NotificationCentre::new(ctx)))
            }
            Place::People if member => Screen::People(Box::new(People::new(ctx))),
            Place::Profile
            | Place::SignUp
            | Place::Submissions
            | Place::Moderation
            | Place::Notifications
            | Place::People => return None,
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
            Screen::Thread(_) => ThreadScreen::bindings(ctx),
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

    /// Reloads what the screen shows, if `change` touches it.
    pub fn refresh(&mut self, ctx: &Ctx, change: &Change) {
        if *change == Change::Many {
            self.reload(ctx);
            return;
        }
        let me = ctx.viewer.account().map(|a| a.username.as_str());
        // A member's own read marks change what their lists count as unread.
        let my_reading = matches!(change, Change::Read(who) if Some(who.as_str()) == me);
        let posts = |of: &str| {
            matches!(change,
                Change::Posted { community, .. } | Change::PostChanged { community, .. }
                    | Change::Membership { community, .. } if community == of)
        };
        // The lists count members, threads and unread posts.
        let lists = my_reading
            || matches!(
                change,
                Change::Community(_) | Change::Posted { .. } | Change::Membership { .. }
            );
        let on_committee = ctx
            .viewer
            .role()
            .is_some_and(|r| r >= crate::domain::Role::Moderator);
        // The committee's desk shows posts, accounts and submissions.
        let committee_work = matches!(
            change,
            Change::Editorial | Change::Account(_) | Change::PostChanged { .. }
        );
        // Approvals publish to the boards; answers and closings change them.
        // Approvals announce these too, so a member's draft being saved (an
        // editorial change) does not send every open board back to the store.
        let boards = *change == Change::Board;
        let library = *change == Change::Library;
        let this_thread = |id: u64| {
            matches!(change,
                Change::Posted { thread, .. } | Change::PostChanged { thread, .. } if *thread == id)
        };
        match self {
            Screen::Home(s)
                if lists
                    || boards
                    || *change == Change::News
                    || (committee_work && on_committee) =>
            {
                s.refresh(ctx)
            }
            Screen::Communities(s) if lists => s.refresh(ctx),
            Screen::Threads(s) if posts(s.slug()) || my_reading => s.refresh(ctx),
            Screen::Thread(s) if this_thread(s.id()) => s.refresh(ctx),
            Screen::Profile(s) if matches!(change, Change::Account(_)) => s.refresh(ctx),
            Screen::Submissions(s) if committee_work => s.refresh(ctx),
            Screen::Submission(s) if committee_work => s.refresh(ctx),
            Screen::Moderation(s) if committee_work => s.refresh(ctx),
            Screen::Events(s) if boards || matches!(change, Change::Answered(_)) => s.refresh(ctx),
            Screen::Event(s) if boards || *change == Change::Answered(s.id()) => s.refresh(ctx),
            Screen::Jobs(s) if boards => s.refresh(ctx),
            Screen::Job(s) if boards => s.refresh(ctx),
            Screen::Library(s) if library => s.refresh(ctx),
            Screen::Entry(s) if library => s.refresh(ctx),
            Screen::News(s) if *change == Change::News => s.refresh(ctx),
            Screen::Notifications(s)
                if matches!(change, Change::Notified(who) | Change::NoticesRead(who)
                    if Some(who.as_str()) == me) =>
            {
                s.refresh(ctx)
            }
            Screen::People(s) if matches!(change, Change::Account(_)) => s.refresh(ctx),
            Screen::Person(s)
                if matches!(change, Change::Account(_) | Change::Membership { .. }) =>
            {
                s.refresh(ctx)
            }
            Screen::Thread(s) if matches!(change, Change::Watch(who) if Some(who.as_str()) == me) => {
                s.refresh(ctx)
            }
            _ => {}
        }
    }

    /// Reloads whatever the screen shows from the forum (forms keep what is
    /// typed in them).
    fn reload(&mut self, ctx: &Ctx) {
        match self {
            Screen::Home(s) => s.refresh(ctx),
            Screen::Communities(s) => s.refresh(ctx),
            Screen::Threads(s) => s.refresh(ctx),
            Screen::Thread(s) => s.refresh(ctx),
            Screen::Profile(s) => s.refresh(ctx),
            Screen::Submissions(s) => s.refresh(ctx),
            Screen::Submission(s) => s.refresh(ctx),
            Screen::Moderation(s) => s.refresh(ctx),
            Screen::Events(s) => s.refresh(ctx),
            Screen::Event(s) => s.refresh(ctx),
            Screen::Jobs(s) => s.refresh(ctx),
            Screen::Job(s) => s.refresh(ctx),
            Screen::Library(s) => s.refresh(ctx),
            Screen::Entry(s) => s.refresh(ctx),
            Screen::News(s) => s.refresh(ctx),
            Screen::Notifications(s) => s.refresh(ctx),
            Screen::People(s) => s.refresh(ctx),
            Screen::Person(s) => s.refresh(ctx),
            _ => {}
        }
    }

    /// Shows the forum's field messages on a form screen.
    pub fn show_errors(&mut self, errors: &FieldErrors) {
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
            _ => {}
        }
    }

    /// Shows a post the member just wrote or changed, on the screen of its thread.
    pub fn select_post(&mut self, post: u64, ctx: &Ctx) {
        if let Screen::Thread(s) = self {
            s.select_post(post, ctx);
        }
    }

    /// Where this screen is, to come back to in the next session; `None` for
    /// screens that are passing (forms, help), which leave the one under them.
    pub fn spot(&self) -> Option<Spot> {
        Some(match self {
            Screen::Composer(s) => Spot::Writing {
                place: s.place.clone(),
            },
            Screen::Thread(s) => Spot::Thread {
                id: s.id(),
                post: s.selected_id(),
            },
            Screen::Threads(s) => Spot::Community {
                slug: s.slug().to_string(),
            },
            Screen::Communities(_) => Spot::Communities,
            Screen::Submissions(_) => Spot::MySubmissions,
            Screen::Moderation(_) => Spot::Moderation,
            Screen::Events(_) => Spot::Events,
            Screen::Jobs(_) => Spot::Jobs,
            Screen::Library(_) => Spot::Library,
            Screen::News(_) => Spot::News,
            Screen::Notifications(_) => Spot::Notifications,
            Screen::People(_) => Spot::People,
            _ => return None,
        })
    }

    /// The screens that lead to `spot`, bottom first: the member comes back to
    /// where they left, with the way back there too. Nothing for what has gone
    /// or is no longer theirs to see.
    pub fn path_to(spot: &Spot, ctx: &Ctx) -> Vec<Screen> {
        let forum = ctx.forum;
        // A thread (and its community's list), with `post` selected.
        let thread = |id: u64, post: u64| -> Vec<Screen> {
            let Ok(view) = forum.read_thread(ctx.viewer, id) else {
                return Vec::new();
            };
            let mut screen = Screen::thread(id, ctx);
            screen.select_post(post, ctx);
            vec![Screen::threads(&view.community.slug, ctx), screen]
        };
        match spot {
            Spot::Home => Vec::new(),
            Spot::Communities => Screen::at(Place::Communities, ctx).into_iter().collect(),
            Spot::Community { slug } => match forum.community(ctx.viewer, slug) {
                Ok(_) => vec![Screen::threads(slug, ctx)],
                Err(_) => Vec::new(),
            },
            Spot::Thread { id, post } => thread(*id, *post),
            Spot::Writing { place } => {
                let mut path = match place {
                    DraftPlace::NewThread(slug) => match forum.community(ctx.viewer, slug) {
                        Ok(_) => vec![Screen::threads(slug, ctx)],
                        Err(_) => return Vec::new(),
                    },
                    DraftPlace::Reply(post) | DraftPlace::Edit(post) => {
                        match forum.post(ctx.viewer, *post) {
                            Ok(p) => thread(p.thread, p.id),
                            Err(_) => return Vec::new(),
                        }
                    }
                };
                path.push(Screen::composer(place.clone(), ctx));
                path
            }
            Spot::MySubmissions => Screen::at(Place::Submissions, ctx).into_iter().collect(),
            Spot::Moderation => Screen::at(Place::Moderation, ctx).into_iter().collect(),
            Spot::Events => Screen::at(Place::Events, ctx).into_iter().collect(),
            Spot::Jobs => Screen::at(Place::Jobs, ctx).into_iter().collect(),
            Spot::Library => Screen::at(Place::Library, ctx).into_iter().collect(),
            Spot::News => Screen::at(Place::News, ctx).into_iter().collect(),
            Spot::Notifications => Screen::at(Place::Notifications, ctx).into_iter().collect(),
            Spot::People => Screen::at(Place::People, ctx).into_iter().collect(),
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
