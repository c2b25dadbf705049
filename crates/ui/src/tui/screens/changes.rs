//! What kinds of change concern which screens: the questions a screen's
//! `View::concerns` asks of a change made anywhere in the forum.

use super::Ctx;
use stoa_core::domain::ThreadId;
use stoa_core::forum::Change;

fn me<'a>(ctx: &'a Ctx) -> Option<&'a str> {
    ctx.viewer.account().map(|a| a.username.as_str())
}

/// The member's own read marks: they change what lists count as unread.
pub fn my_reading(change: &Change, ctx: &Ctx) -> bool {
    matches!(change, Change::Read(who) if Some(who.as_str()) == me(ctx))
}

/// What the community lists count: members, threads and unread posts.
pub fn lists(change: &Change, ctx: &Ctx) -> bool {
    my_reading(change, ctx)
        || matches!(
            change,
            Change::Community(_) | Change::Posted { .. } | Change::Membership { .. }
        )
}

/// A post written or changed, or a membership, in the community `slug`.
pub fn posts_in(change: &Change, slug: &str) -> bool {
    matches!(change,
        Change::Posted { community, .. } | Change::PostChanged { community, .. }
            | Change::Membership { community, .. } if community == slug)
}

/// A post written or changed in the thread `id`.
pub fn in_thread(change: &Change, id: ThreadId) -> bool {
    matches!(change,
        Change::Posted { thread, .. } | Change::PostChanged { thread, .. } if *thread == id)
}

/// The member started or stopped watching a thread.
pub fn my_watch(change: &Change, ctx: &Ctx) -> bool {
    matches!(change, Change::Watch(who) if Some(who.as_str()) == me(ctx))
}

/// The member's reading moved: read marks, watches, bookmarks.
pub fn my_lists(change: &Change, ctx: &Ctx) -> bool {
    matches!(change, Change::Read(who) | Change::Watch(who) if Some(who.as_str()) == me(ctx))
        || matches!(change, Change::Many)
}

/// The member's notifications arrived or were read.
pub fn my_notices(change: &Change, ctx: &Ctx) -> bool {
    matches!(change, Change::Notified(who) | Change::NoticesRead(who)
        if Some(who.as_str()) == me(ctx))
}

/// The member's own account changed (a role, a sanction, a profile).
pub fn my_account(change: &Change, ctx: &Ctx) -> bool {
    matches!(change, Change::Account(who) if Some(who.as_str()) == me(ctx))
}

/// What the committee's desk shows: posts, accounts and submissions.
pub fn committee_work(change: &Change) -> bool {
    matches!(
        change,
        Change::Editorial | Change::Account(_) | Change::PostChanged { .. }
    )
}

/// Approvals publish to the boards; answers and closings change them. Approvals
/// announce this too, so a member's draft being saved (an editorial change) does
/// not send every open board back to the store.
pub fn boards(change: &Change) -> bool {
    *change == Change::Board
}
