//! Who may do what beyond writing their own posts: one table, asked by the rules
//! here and by every front end deciding which keys, menus and lines to offer.
//! A front end never compares roles itself: it asks `forum.may(viewer, …)`, so a
//! key is offered exactly when the forum would accept what it does.
//!
//! Mutes and bans are not counted here: a muted moderator still sees the
//! committee's keys, and the attempt says why it was refused.

use super::{Forum, ForumError, Viewer};
use crate::domain::{Account, Role};

/// A power held by role. Each is named for what it lets one do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    /// The committee's desk: the review queue, deciding on submissions, reading
    /// submissions sent for review, and acting on their authors.
    ReviewSubmissions,
    /// The flags queue: reading flags, dismissing them, hiding and restoring
    /// posts, and reading hidden posts as written.
    HandleFlags,
    /// Editing or deleting another member's post (with a note).
    ChangeOthersPosts,
    /// Pinning, locking and moving threads, and replying in a locked one.
    SteerThreads,
    /// Withdrawing a published event or job, with a reason.
    WithdrawItems,
    /// Setting or changing a practice's level.
    SetPracticeLevel,
    /// Writing news.
    WriteNews,
    /// Reading the audit log.
    ReadAuditLog,
    /// Listing accounts, muting, banning and lifting.
    SanctionMembers,
    /// Changing members' roles.
    ChangeRoles,
    /// Closing a job someone else posted.
    CloseAnyJob,
    /// Taking a backup of the whole forum (`admin export`).
    TakeBackup,
    /// Removing the demo content.
    RemoveDemo,
    /// Choosing whether a community is readable by guests or members only.
    SetCommunityVisibility,
}

impl Capability {
    pub const ALL: [Capability; 14] = [
        Capability::ReviewSubmissions,
        Capability::HandleFlags,
        Capability::ChangeOthersPosts,
        Capability::SteerThreads,
        Capability::WithdrawItems,
        Capability::SetPracticeLevel,
        Capability::WriteNews,
        Capability::ReadAuditLog,
        Capability::SanctionMembers,
        Capability::ChangeRoles,
        Capability::CloseAnyJob,
        Capability::TakeBackup,
        Capability::RemoveDemo,
        Capability::SetCommunityVisibility,
    ];

    /// The least role that holds it: the editorial committee (moderators and
    /// admins) for the editorial work, admins for the forum's keeping.
    pub fn least_role(self) -> Role {
        match self {
            Capability::ReviewSubmissions
            | Capability::HandleFlags
            | Capability::ChangeOthersPosts
            | Capability::SteerThreads
            | Capability::WithdrawItems
            | Capability::SetPracticeLevel
            | Capability::WriteNews
            | Capability::ReadAuditLog
            | Capability::SanctionMembers => Role::Moderator,
            Capability::ChangeRoles
            | Capability::CloseAnyJob
            | Capability::TakeBackup
            | Capability::RemoveDemo
            | Capability::SetCommunityVisibility => Role::Admin,
        }
    }

    /// Whether an account with this role holds it.
    pub fn held_by(self, account: &Account) -> bool {
        account.role >= self.least_role()
    }
}

impl Forum {
    /// Whether `viewer` holds `capability`: what screens, plain mode and exec ask
    /// before offering a key or a line. Guests hold none.
    pub fn may(&self, viewer: &Viewer, capability: Capability) -> bool {
        viewer.account().is_some_and(|a| capability.held_by(a))
    }

    /// The acting account, as stored now, if it holds `capability`; otherwise
    /// "only the editorial committee can {doing}" (or "only admins can …").
    pub(super) fn require(
        &self,
        viewer: &Viewer,
        capability: Capability,
        doing: &str,
    ) -> Result<Account, ForumError> {
        let refused = || {
            ForumError::NotAllowed(match capability.least_role() {
                Role::Admin => crate::t!("forum-capabilities-only-admins", doing = doing),
                _ => crate::t!("forum-capabilities-only-committee", doing = doing),
            })
        };
        // A guest is told who may, not to sign up: signing up would not do.
        if viewer.account().is_none() {
            return Err(refused());
        }
        // The role as stored now, not as it was when the session began.
        let actor = self.poster(viewer, doing)?;
        if capability.held_by(&actor) {
            return Ok(actor);
        }
        Err(refused())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forum::LoginMethod;
    use crate::forum::testing::{forum, member};

    /// The table, role by role: guests hold nothing, members nothing, moderators
    /// the editorial work, admins everything.
    #[test]
    fn each_role_holds_what_the_table_says() {
        let (forum, _dir) = forum();
        let viewer = |username: &str, seed: u8, role: Role| Viewer::Member {
            account: member(&forum, username, seed, role),
            via: LoginMethod::Key,
        };
        let admin = viewer("ada", 1, Role::Admin);
        let moderator = viewer("mo", 2, Role::Moderator);
        let plain = viewer("amara", 3, Role::Member);
        let guest = Viewer::Guest { key: None };
        for capability in Capability::ALL {
            assert!(forum.may(&admin, capability), "{capability:?}");
            assert!(!forum.may(&plain, capability), "{capability:?}");
            assert!(!forum.may(&guest, capability), "{capability:?}");
            assert_eq!(
                forum.may(&moderator, capability),
                capability.least_role() == Role::Moderator,
                "{capability:?}"
            );
        }
        let refused = forum
            .require(&guest, Capability::WriteNews, "write news")
            .unwrap_err();
        assert_eq!(
            refused.to_string(),
            "only the editorial committee can write news"
        );
        let refused = forum
            .require(&moderator, Capability::ChangeRoles, "change roles")
            .unwrap_err();
        assert_eq!(refused.to_string(), "only admins can change roles");
        let refused = forum
            .require(&plain, Capability::WriteNews, "write news")
            .unwrap_err();
        assert_eq!(
            refused.to_string(),
            "only the editorial committee can write news"
        );
    }
}
