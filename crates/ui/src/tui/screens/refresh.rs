//! Which open screens a change in the forum touches, and reloading them.

use super::*;
use stoa_core::forum::Capability;

impl Screen {
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
        let on_committee = ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions);
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
            // The directory reads every account: it is read when opened or
            // filtered, not again on each profile saved anywhere.
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
}
