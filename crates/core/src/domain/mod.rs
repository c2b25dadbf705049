//! Plain types of the forum's world, with no I/O.

mod account;
mod board;
mod classification;
mod community;
mod conversation;
mod discussion;
mod editorial;
mod files;
mod ids;
mod language;
mod library;
mod notice;
mod reaction;
mod region;

pub use account::{Account, AccountKey, Preferences, Role, Sanction, SanctionKind, Setting};
pub use board::{
    Competency, Event, EventKind, EventProposal, Job, JobKind, JobProposal, Rsvp, closing_instant,
};
pub use classification::{Audience, Classification, Strategy, tags_from};
pub use community::{Community, Visibility};
pub use conversation::{
    COMMITTEE, CONVERSATION_MEMBERS_MAX, Conversation, Message, ReportedMessage,
};
pub use discussion::{
    Deletion, Draft, DraftPlace, LastPlace, Post, REVISIONS_KEPT, Revision, Thread,
};
pub use editorial::{
    AuditAction, AuditEntry, CommunityProposal, Flag, FlagReason, HeldPost, Hiding, Item,
    ReviewAction, ReviewEvent, ReviewState, Submission,
};
pub use files::{Attachment, FILE_TYPES, TEXT_FILE, media_type, safe_file_name, taken_type};
pub use ids::{
    ConversationId, EntryId, EventId, JobId, NewsId, PostId, Slug, SubmissionId, ThreadId, Username,
};
pub use language::{Language, Languages};
pub use library::{
    Assessed, Correction, Entry, Evidence, Figure, LevelChange, News, NewsKind, NewsProposal,
    PracticeLevel, PracticeProposal, Reference, ResourceKind, ResourceProposal, Shelf, Translated,
    Translation, TranslationProposal, UNDATED, assessment_words, figures_from, folder_name,
    in_language, keep_translation, references_from, year_words,
};
pub use notice::{NoticeKind, Notification, Target, Words};
pub use reaction::{Bookmark, Reaction};
pub use region::Region;
