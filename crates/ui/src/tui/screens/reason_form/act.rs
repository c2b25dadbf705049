//! What each reason form does once it has its reason.

use stoa_core::domain::{
    EntryId, EventId, FlagReason, JobId, PostId, PracticeLevel, ReviewState, Role, SanctionKind,
    SubmissionId, ThreadId, Username,
};
use stoa_core::forum::FieldName;
use stoa_core::forum::{FieldErrors, Forum, ForumError, ThreadAction, Verdict, Viewer};

/// What the form does with its reason.
#[derive(Clone, Debug)]
pub enum Act {
    Decide {
        id: SubmissionId,
        version: u32,
        verdict: Verdict,
        /// Approving a practice: the level whose criteria are assessed.
        assessing: Option<PracticeLevel>,
    },
    Flag {
        post: PostId,
    },
    Hide {
        post: PostId,
    },
    Restore {
        post: PostId,
    },
    Dismiss {
        post: PostId,
    },
    /// Mute or ban the author of a flagged post, resolving its flags.
    SanctionAuthor {
        post: PostId,
        author: Username,
        kind: SanctionKind,
    },
    Sanction {
        username: Username,
        kind: SanctionKind,
    },
    Lift {
        username: Username,
    },
    Role {
        username: Username,
        current: Role,
    },
    Steer {
        thread: ThreadId,
        action: ThreadAction,
    },
    /// Take an approved event off the events board.
    WithdrawEvent {
        id: EventId,
    },
    /// Take an approved job off the jobs board.
    WithdrawJob {
        id: JobId,
    },
    /// Take a published news item down.
    WithdrawNews {
        id: stoa_core::domain::NewsId,
    },
    /// Change a practice's level.
    Level {
        id: EntryId,
        current: PracticeLevel,
    },
    /// Report a private message to the committee.
    ReportMessage {
        conversation: stoa_core::domain::ConversationId,
        number: u32,
    },
}

/// What the form's other fields held.
pub(super) struct Extra {
    pub until: Option<jiff::Timestamp>,
    pub flag: Option<FlagReason>,
    pub role: Option<Role>,
    pub level: Option<PracticeLevel>,
    /// A level change's criteria, each met or not.
    pub assessment: Vec<stoa_core::domain::Assessed>,
    pub destination: Option<String>,
    pub note: String,
}

fn missing(field: FieldName, what: &str) -> ForumError {
    FieldErrors::single(field, what)
}

impl Act {
    /// Screens to close when done: the form, and for a decision the item too.
    pub(super) fn closes(&self) -> usize {
        match self {
            Act::Decide { .. } => 2,
            _ => 1,
        }
    }

    /// Takes the action; returns what the status line says.
    pub(super) fn run(
        &self,
        forum: &Forum,
        viewer: &Viewer,
        reason: &str,
        extra: Extra,
    ) -> Result<String, ForumError> {
        Ok(match self {
            Act::Decide {
                id,
                version,
                verdict,
                ..
            } => {
                let s = forum.decide_assessed(
                    viewer,
                    *id,
                    *version,
                    *verdict,
                    reason,
                    &extra.assessment,
                )?;
                let who = &s.author;
                match s.state {
                    ReviewState::Approved => {
                        format!("Approved and published; {who} sees it in My submissions.")
                    }
                    ReviewState::ChangesRequested => {
                        format!("Sent back to {who} with your note.")
                    }
                    ReviewState::Rejected => {
                        format!("Rejected; {who} sees your reason in My submissions.")
                    }
                    _ => format!(
                        "Approval recorded: it needs {} more from the committee.",
                        (forum.editorial().quorum as usize).saturating_sub(s.approvals().len())
                    ),
                }
            }
            Act::Flag { post } => {
                let why = extra
                    .flag
                    .ok_or_else(|| missing(FieldName::Why, "choose why you flag it"))?;
                forum.flag_post(viewer, *post, why, &extra.note)?;
                "Thank you: the editorial committee will look at it.".into()
            }
            Act::Hide { post } => {
                forum.hide_post(viewer, *post, reason)?;
                "Post hidden: members see that the committee hid it.".into()
            }
            Act::Restore { post } => {
                forum.restore_post(viewer, *post, reason)?;
                "Post restored.".into()
            }
            Act::Dismiss { post } => {
                forum.dismiss_flags(viewer, *post, reason)?;
                "Flags dismissed.".into()
            }
            Act::SanctionAuthor { post, author, kind } => {
                forum.sanction_author(viewer, *post, *kind, extra.until, reason)?;
                format!("{author} is {}; the flags are resolved.", sanctioned(*kind))
            }
            Act::Sanction { username, kind } => {
                forum.sanction(viewer, username, *kind, extra.until, reason)?;
                format!("{username} is {}.", sanctioned(*kind))
            }
            Act::Lift { username } => {
                forum.lift_sanction(viewer, username, reason)?;
                format!("{username} may post and log in again.")
            }
            Act::Role { username, .. } => {
                let role = extra
                    .role
                    .ok_or_else(|| missing(FieldName::Role, "choose a role"))?;
                let by = viewer
                    .account()
                    .ok_or_else(|| ForumError::NotAllowed("sign in first".into()))?;
                forum.change_role(stoa_core::forum::Actor::Account(by), username, role, reason)?;
                format!("{username} is now {}.", a_or_an(&role.to_string()))
            }
            Act::Steer { thread, action } => {
                let action = match action {
                    ThreadAction::Move(_) => ThreadAction::Move(
                        extra
                            .destination
                            .ok_or_else(|| missing(FieldName::Community, "choose where it goes"))?,
                    ),
                    other => other.clone(),
                };
                let done = match &action {
                    ThreadAction::Lock => "Thread locked: only the committee can reply.".into(),
                    ThreadAction::Unlock => "Thread unlocked.".into(),
                    ThreadAction::Pin => "Thread pinned to the top of its community.".into(),
                    ThreadAction::Unpin => "Thread unpinned.".into(),
                    // The community by its name, as members know it.
                    ThreadAction::Move(to) => match forum.community(viewer, to) {
                        Ok(c) => format!("Thread moved to {}.", c.name),
                        Err(_) => format!("Thread moved to {to}."),
                    },
                };
                forum.steer_thread(viewer, *thread, action, reason)?;
                done
            }
            Act::ReportMessage {
                conversation,
                number,
            } => {
                let report = forum.report_message(viewer, *conversation, *number, reason)?;
                format!(
                    "Reported: the committee answers in conversation {} (g d).",
                    report.id
                )
            }
            Act::WithdrawEvent { id } => {
                forum.withdraw_event(viewer, *id, reason)?;
                "Withdrawn: it is off the events board; those who answered see your reason.".into()
            }
            Act::Level { id, .. } => {
                let level = extra
                    .level
                    .ok_or_else(|| missing(FieldName::Level, "choose a level"))?;
                forum.change_level(viewer, *id, level, reason, &extra.assessment)?;
                format!(
                    "Now {}: the change is in its history and the audit log.",
                    level.label()
                )
            }
            Act::WithdrawJob { id } => {
                forum.withdraw_job(viewer, *id, reason)?;
                "Withdrawn: it is off the jobs board.".into()
            }
            Act::WithdrawNews { id } => {
                forum.withdraw_news(viewer, *id, reason)?;
                "Withdrawn: it is off the news, the feeds and search; the audit log has why.".into()
            }
        })
    }
}

fn sanctioned(kind: SanctionKind) -> &'static str {
    match kind {
        SanctionKind::Muted => "muted",
        SanctionKind::Banned => "banned",
    }
}

/// "a moderator", "an admin".
fn a_or_an(word: &str) -> String {
    let article = if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {word}")
}
