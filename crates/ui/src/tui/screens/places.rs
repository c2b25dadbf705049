//! Where screens lead: the go-to menu's places, a notification's or a search
//! result's target, and the way back to where a member's last session ended.

use super::*;
use stoa_core::domain::{PostId, ThreadId};
use stoa_core::forum::Capability;

impl Screen {
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
            Target::Conversation { id } => Screen::conversation(*id, ctx),
        }
    }

    /// The screen for a place, or `None` where the viewer cannot go (a guest's
    /// profile, a member's sign-up).
    pub fn at(place: Place, ctx: &Ctx) -> Option<Screen> {
        let member = ctx.viewer.account().is_some();
        let committee = ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions);
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
            Place::Strategies => Screen::Strategies(Box::new(Strategies::new(ctx))),
            Place::Submissions if member => Screen::Submissions(MySubmissions::new(ctx)),
            Place::Moderation if committee => Screen::Moderation(Box::new(Moderation::new(ctx))),
            Place::Notifications if member => {
                Screen::Notifications(Box::new(NotificationCentre::new(ctx)))
            }
            Place::People if member => Screen::People(Box::new(People::new(ctx))),
            Place::Messages if member => Screen::Conversations(Box::new(Conversations::new(ctx))),
            Place::WhatsNew if member => {
                Screen::WhatsNew(Box::new(super::reading_lists::WhatsNew::new(ctx)))
            }
            Place::Bookmarks if member => {
                Screen::Bookmarks(Box::new(super::reading_lists::Bookmarks::new(ctx)))
            }
            Place::Profile
            | Place::SignUp
            | Place::Submissions
            | Place::Moderation
            | Place::Notifications
            | Place::People
            | Place::Messages
            | Place::WhatsNew
            | Place::Bookmarks => return None,
        })
    }

    /// Where this screen is, to come back to in the next session; `None` for
    /// screens that are passing (forms, help), which leave the one under them.
    pub fn last_place(&self) -> Option<LastPlace> {
        self.view().last_place()
    }

    /// The screens that lead to `last_place`, bottom first: the member comes back to
    /// where they left, with the way back there too. Nothing for what has gone
    /// or is no longer theirs to see.
    pub fn path_to(last_place: &LastPlace, ctx: &Ctx) -> Vec<Screen> {
        let forum = ctx.forum;
        // A thread (and its community's list), with `post` selected.
        let thread = |id: ThreadId, post: PostId| -> Vec<Screen> {
            let Ok(view) = forum.read_thread(ctx.viewer, id) else {
                return Vec::new();
            };
            let mut screen = Screen::thread(id, ctx);
            screen.select_post(post, ctx);
            vec![Screen::threads(&view.community.slug, ctx), screen]
        };
        match last_place {
            LastPlace::Home => Vec::new(),
            LastPlace::Communities => Screen::at(Place::Communities, ctx).into_iter().collect(),
            LastPlace::Community { slug } => match forum.community(ctx.viewer, slug) {
                Ok(_) => vec![Screen::threads(slug, ctx)],
                Err(_) => Vec::new(),
            },
            LastPlace::Thread { id, post } => thread(*id, *post),
            LastPlace::Writing { place } => {
                let mut path = match place {
                    DraftPlace::NewThread(slug) => match forum.community(ctx.viewer, slug) {
                        Ok(_) => vec![Screen::threads(slug, ctx)],
                        Err(_) => return Vec::new(),
                    },
                    DraftPlace::EntryThread(id) => match forum.entry(*id) {
                        Ok(_) => [Place::Library]
                            .into_iter()
                            .filter_map(|p| Screen::at(p, ctx))
                            .chain([Screen::Entry(Box::new(EntryScreen::new(*id, ctx)))])
                            .collect(),
                        Err(_) => return Vec::new(),
                    },
                    DraftPlace::Reply(post) | DraftPlace::Edit(post) => {
                        match forum.post(ctx.viewer, *post) {
                            Ok(p) => thread(p.thread, p.id),
                            Err(_) => return Vec::new(),
                        }
                    }
                    DraftPlace::Message(id) => match forum.conversation(ctx.viewer, *id, 1) {
                        Ok(_) => Screen::at(Place::Messages, ctx)
                            .into_iter()
                            .chain([Screen::conversation(*id, ctx)])
                            .collect(),
                        Err(_) => return Vec::new(),
                    },
                    DraftPlace::NewConversation(_) => {
                        Screen::at(Place::Messages, ctx).into_iter().collect()
                    }
                };
                path.push(Screen::composer(place.clone(), ctx));
                path
            }
            LastPlace::MySubmissions => Screen::at(Place::Submissions, ctx).into_iter().collect(),
            LastPlace::Moderation => Screen::at(Place::Moderation, ctx).into_iter().collect(),
            LastPlace::Events => Screen::at(Place::Events, ctx).into_iter().collect(),
            LastPlace::Jobs => Screen::at(Place::Jobs, ctx).into_iter().collect(),
            LastPlace::Library => Screen::at(Place::Library, ctx).into_iter().collect(),
            LastPlace::News => Screen::at(Place::News, ctx).into_iter().collect(),
            LastPlace::Notifications => Screen::at(Place::Notifications, ctx).into_iter().collect(),
            LastPlace::People => Screen::at(Place::People, ctx).into_iter().collect(),
            LastPlace::Conversations => Screen::at(Place::Messages, ctx).into_iter().collect(),
            LastPlace::Conversation { id } => match forum.conversation(ctx.viewer, *id, 1) {
                Ok(_) => Screen::at(Place::Messages, ctx)
                    .into_iter()
                    .chain([Screen::conversation(*id, ctx)])
                    .collect(),
                Err(_) => Screen::at(Place::Messages, ctx).into_iter().collect(),
            },
        }
    }
}
