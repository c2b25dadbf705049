//! The screens of the forum and the overlays drawn over them. Each screen owns its
//! state, draws with `&self`, and answers a key with a [`Step`] for the App to take.

mod account_forms;
mod board_form;
mod changes;
mod communities;
mod composer;
#[cfg(test)]
mod composer_tests;
mod conversations;
mod display_form;
mod events;
#[cfg(test)]
mod field_contract_tests;
mod held_post;
mod help;
mod history;
mod home;
mod item_view;
mod jobs;
mod language_form;
mod library;
mod list;
mod moderation;
mod news;
mod notifications;
mod overlay;
mod people;
mod places;
mod policy;
mod post_number;
mod profile;
mod proposal;
mod react_form;
mod reading_lists;
mod reason_form;
mod refresh;
mod search;
mod search_filter;
mod signup;
mod strategies;
mod submission;
mod submissions;
mod submit_form;
mod thread;
mod threads;
mod translation_form;
mod view;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::app::Job;
use super::keymap::{Action, Binding};
use stoa_core::domain::{DraftPlace, LastPlace, PostId, Target, ThreadId};
use stoa_core::forum::{Change, FieldErrors, Forum, Viewer};
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::theme::Theme;

pub use account_forms::{AddKey, EditProfile, PasswordForm};
pub use board_form::BoardForm;
pub use communities::Communities;
pub use composer::Composer;
pub use conversations::{ConversationScreen, Conversations};
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
pub use strategies::Strategies;
pub use submission::SubmissionScreen;
pub use submissions::MySubmissions;
pub use thread::ThreadScreen;
pub use threads::Threads;
pub use view::View;

/// What a screen may read while it handles a key or draws.
pub struct Ctx<'a> {
    pub forum: &'a Forum,
    pub viewer: &'a Viewer,
    /// Fingerprint of the key this session logged in with.
    pub login_key: Option<&'a str>,
    pub theme: &'a Theme,
    /// The language the client's locale asks for (`LANG`), if Stoa speaks it.
    pub client_language: Option<stoa_core::domain::Language>,
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
        let reason = stoa_core::forum::sanitize::inline(&sanction.reason).to_string();
        Step::error(match sanction.until {
            Some(end) => {
                let zone =
                    jiff::tz::TimeZone::get(&account.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
                let at = end.to_zoned(zone);
                let when = format!(
                    "{} {}",
                    stoa_present::when::Times::day_and_time(&at),
                    at.strftime("%Z")
                );
                t!("muted-until", when = when, reason = reason)
            }
            None => t!("muted-until-lifted", reason = reason),
        })
    })
}

/// What a guest without a key is told when they try to sign up
/// (`Step::error(NEEDS_KEY)`): the sentence, in the reader's language, is
/// looked up where it is said.
pub const NEEDS_KEY: NeedsKey = NeedsKey;

/// See [`NEEDS_KEY`].
pub struct NeedsKey;

impl From<NeedsKey> for String {
    fn from(_: NeedsKey) -> String {
        t!("signup-needs-key")
    }
}

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
    Strategies,
    Messages,
    WhatsNew,
    Bookmarks,
}

/// Leaving a form: at once if nothing was changed, else after asking.
pub fn leave_form(changed: bool) -> Step {
    if !changed {
        return Step::Back;
    }
    Step::Confirm(Confirm {
        question: t!("form-leave-question"),
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

/// Declares the screens: the enum the App's stack holds, and the one match that
/// turns a screen into its [`View`]. Adding a screen is its file and its line here.
macro_rules! screens {
    ($($variant:ident($ty:ty)),* $(,)?) => {

        pub enum Screen {
            $($variant($ty)),*
        }

        impl Screen {
            pub fn view(&self) -> &dyn View {
                match self {
                    $(Screen::$variant(s) => s),*
                }
            }

            pub fn view_mut(&mut self) -> &mut dyn View {
                match self {
                    $(Screen::$variant(s) => s),*
                }
            }
        }
    };
}

screens! {
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
    TranslationForm(Box<translation_form::TranslationForm>),
    LanguageForm(Box<language_form::LanguageForm>),
    Notifications(Box<NotificationCentre>),
    People(Box<People>),
    Person(Box<PersonScreen>),
    Search(Box<SearchScreen>),
    Strategies(Box<Strategies>),
    Conversations(Box<Conversations>),
    Conversation(Box<ConversationScreen>),
    WhatsNew(Box<reading_lists::WhatsNew>),
    Bookmarks(Box<reading_lists::Bookmarks>),
    Reminder(Box<reading_lists::ReminderForm>),
    React(Box<react_form::ReactForm>),
    History(Box<history::History>),
    PostNumber(Box<post_number::PostNumberForm>),
}

impl Screen {
    pub fn home(ctx: &Ctx) -> Screen {
        Screen::Home(Home::new(ctx))
    }

    pub fn threads(slug: &str, ctx: &Ctx) -> Screen {
        Screen::Threads(Threads::new(slug, ctx))
    }

    pub fn thread(id: ThreadId, ctx: &Ctx) -> Screen {
        Screen::Thread(Box::new(ThreadScreen::new(id, ctx)))
    }

    pub fn composer(place: DraftPlace, ctx: &Ctx) -> Screen {
        Screen::Composer(Box::new(Composer::new(place, ctx)))
    }

    pub fn conversation(id: stoa_core::domain::ConversationId, ctx: &Ctx) -> Screen {
        Screen::Conversation(Box::new(ConversationScreen::new(id, ctx)))
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
        self.view().title(ctx)
    }

    pub fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        self.view().bindings(ctx)
    }

    pub fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        self.view_mut().handle(input, ctx)
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.view().render(frame, area, ctx)
    }

    /// Shows the forum's field messages on a form screen; returns those it has
    /// no field for (all of them, on a screen without a form).
    pub fn show_errors(&mut self, errors: &FieldErrors) -> FieldErrors {
        match self.view_mut().form() {
            Some(form) => form.show_errors(errors),
            None => errors.clone(),
        }
    }

    /// Shows a post the member just wrote or changed, on the screen of its thread.
    pub fn select_post(&mut self, post: PostId, ctx: &Ctx) {
        self.view_mut().select_post(post, ctx)
    }

    /// Stores what the member was writing here, if anything (the connection is
    /// going away).
    pub fn keep_draft(&self, ctx: &Ctx) {
        self.view().keep_draft(ctx)
    }
}
