//! What each reason form does once it has its reason.

use stoa_core::domain::{
    EntryId, EventId, FlagReason, JobId, PostId, PracticeLevel, ReviewState, Role, SanctionKind,
    SubmissionId, ThreadId, Username,
};
use stoa_core::forum::FieldName;
use stoa_core::forum::{FieldErrors, Forum, ForumError, ThreadAction, Verdict, Viewer};
use stoa_present::t;

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
                let who = s.author.as_str();
                match s.state {
                    ReviewState::Approved => t!("reason-done-approved", name = who),
                    ReviewState::ChangesRequested => t!("reason-done-sent-back", name = who),
                    ReviewState::Rejected => t!("reason-done-rejected", name = who),
                    _ => t!(
                        "reason-done-approval-recorded",
                        n = (forum.editorial().quorum as usize).saturating_sub(s.approvals().len())
                    ),
                }
            }
            Act::Flag { post } => {
                let why = extra
                    .flag
                    .ok_or_else(|| missing(FieldName::Why, &t!("reason-choose-why")))?;
                forum.flag_post(viewer, *post, why, &extra.note)?;
                t!("reason-done-flagged")
            }
            Act::Hide { post } => {
                forum.hide_post(viewer, *post, reason)?;
                t!("reason-done-hidden")
            }
            Act::Restore { post } => {
                forum.restore_post(viewer, *post, reason)?;
                t!("reason-done-restored")
            }
            Act::Dismiss { post } => {
                forum.dismiss_flags(viewer, *post, reason)?;
                t!("reason-done-dismissed")
            }
            Act::SanctionAuthor { post, author, kind } => {
                forum.sanction_author(viewer, *post, *kind, extra.until, reason)?;
                let done = match kind {
                    SanctionKind::Muted => "reason-done-muted-flags-resolved",
                    SanctionKind::Banned => "reason-done-banned-flags-resolved",
                };
                t!(done, name = author.as_str())
            }
            Act::Sanction { username, kind } => {
                forum.sanction(viewer, username, *kind, extra.until, reason)?;
                let done = match kind {
                    SanctionKind::Muted => "reason-done-muted",
                    SanctionKind::Banned => "reason-done-banned",
                };
                t!(done, name = username.as_str())
            }
            Act::Lift { username } => {
                forum.lift_sanction(viewer, username, reason)?;
                t!("reason-done-lifted", name = username.as_str())
            }
            Act::Role { username, .. } => {
                let role = extra
                    .role
                    .ok_or_else(|| missing(FieldName::Role, &t!("reason-choose-role")))?;
                let by = viewer
                    .account()
                    .ok_or_else(|| ForumError::NotAllowed(t!("reason-sign-in-first")))?;
                forum.change_role(stoa_core::forum::Actor::Account(by), username, role, reason)?;
                t!(
                    "reason-done-role",
                    name = username.as_str(),
                    role = role.as_str()
                )
            }
            Act::Steer { thread, action } => {
                let action = match action {
                    ThreadAction::Move(_) => {
                        ThreadAction::Move(extra.destination.ok_or_else(|| {
                            missing(FieldName::Community, &t!("reason-choose-where"))
                        })?)
                    }
                    other => other.clone(),
                };
                let done = match &action {
                    ThreadAction::Lock => t!("reason-done-locked"),
                    ThreadAction::Unlock => t!("reason-done-unlocked"),
                    ThreadAction::Pin => t!("reason-done-pinned"),
                    ThreadAction::Unpin => t!("reason-done-unpinned"),
                    // The community by its name, as members know it.
                    ThreadAction::Move(to) => match forum.community(viewer, to) {
                        Ok(c) => t!("reason-done-moved", name = c.name.as_str()),
                        Err(_) => t!("reason-done-moved", name = to.as_str()),
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
                t!("reason-done-reported", id = report.id.to_string())
            }
            Act::WithdrawEvent { id } => {
                forum.withdraw_event(viewer, *id, reason)?;
                t!("reason-done-withdrawn-event")
            }
            Act::Level { id, .. } => {
                let level = extra
                    .level
                    .ok_or_else(|| missing(FieldName::Level, &t!("reason-choose-level")))?;
                forum.change_level(viewer, *id, level, reason, &extra.assessment)?;
                t!(
                    "reason-done-level",
                    level = stoa_present::terms::level(level)
                )
            }
            Act::WithdrawJob { id } => {
                forum.withdraw_job(viewer, *id, reason)?;
                t!("reason-done-withdrawn-job")
            }
            Act::WithdrawNews { id } => {
                forum.withdraw_news(viewer, *id, reason)?;
                t!("reason-done-withdrawn-news")
            }
        })
    }
}
