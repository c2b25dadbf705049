//! Plain types of the forum's world, with no I/O.

mod account;
mod community;
mod discussion;
mod editorial;
mod region;

pub use account::{Account, AccountKey, Preferences, Role, Sanction, SanctionKind, Setting};
pub use community::{Community, Visibility};
pub use discussion::{Deletion, Draft, DraftPlace, Post, Revision, Spot, Thread};
pub use editorial::{
    AuditAction, AuditEntry, CommunityProposal, Flag, FlagReason, HeldPost, Hiding, Item,
    ReviewAction, ReviewEvent, ReviewState, Submission,
};
pub use region::Region;
