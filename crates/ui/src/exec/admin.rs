//! `admin …`: the committee's commands without a terminal.

use serde_json::json;

use jiff::Timestamp;
use stoa_core::domain::{SanctionKind, Visibility};

use super::commands::{Admin, Sanction, admin_commands, listing};

use stoa_core::forum::{AuditFilter, Forum, ForumError, Viewer, sanction_end};
use stoa_present::t;

pub enum AdminError {
    Usage(String),
    Refused(ForumError),
}

impl From<ForumError> for AdminError {
    fn from(e: ForumError) -> Self {
        AdminError::Refused(e)
    }
}

pub fn run(
    forum: &Forum,
    viewer: &Viewer,
    command: Admin,
    json: bool,
) -> Result<String, AdminError> {
    match command {
        Admin::Help => Ok(help(forum)),
        Admin::Export => {
            let mut dump = Vec::new();
            forum.export(viewer, &mut dump)?;
            // The dump is JSON text: serde_json writes UTF-8 and escapes controls.
            String::from_utf8(dump).map_err(|_| AdminError::Usage(t!("exec-admin-dump-not-text")))
        }
        Admin::Mute(s) => sanction(forum, viewer, SanctionKind::Muted, s, json),
        Admin::Ban(s) => sanction(forum, viewer, SanctionKind::Banned, s, json),
        Admin::Lift { user, reason } => {
            let reason = match reason.as_slice() {
                [] => t!("exec-admin-lifted-reason"),
                words => words.join(" "),
            };
            let account = forum.lift_sanction(viewer, &user, &reason)?;
            if json {
                return Ok(format!(
                    "{}\n",
                    serde_json::json!({ "username": account.username, "sanction": null })
                ));
            }
            Ok(format!(
                "{}\n",
                t!("exec-admin-lifted", name = account.username.as_str())
            ))
        }
        Admin::Audit { since: None } => Ok(audit(forum, viewer, None, json)?),
        Admin::Audit { since: Some(date) } => {
            let since = since(&date).map_err(AdminError::Usage)?;
            Ok(audit(forum, viewer, Some(since), json)?)
        }
        Admin::Queue => Ok(queue(forum, viewer, json)?),
        Admin::Visibility {
            community,
            who,
            reason,
        } => {
            let visibility = if who == "members" {
                Visibility::Members
            } else {
                Visibility::Public
            };
            let c = forum.set_visibility(viewer, &community, visibility, &reason.join(" "))?;
            if json {
                return Ok(format!(
                    "{}\n",
                    serde_json::json!({ "community": c.slug, "visibility": c.visibility })
                ));
            }
            Ok(match c.visibility {
                Visibility::Members => format!(
                    "{}\n",
                    t!("exec-admin-members-only", community = c.slug.as_str())
                ),
                Visibility::Public => {
                    format!("{}\n", t!("exec-admin-public", community = c.slug.as_str()))
                }
            })
        }
    }
}

/// `admin mute` and `admin ban`.
fn sanction(
    forum: &Forum,
    viewer: &Viewer,
    kind: SanctionKind,
    s: Sanction,
    json: bool,
) -> Result<String, AdminError> {
    let until = sanction_end(forum.now(), &s.length).map_err(AdminError::Usage)?;
    let account = forum.sanction(viewer, &s.user, kind, until, &s.reason.join(" "))?;
    let sanction = account.sanction.as_ref();
    Ok(if json {
        format!(
            "{}\n",
            json!({"username": account.username, "sanction": sanction})
        )
    } else {
        let state = sanction.map(sanction_text).unwrap_or_default();
        format!(
            "{}\n",
            t!(
                "exec-admin-now",
                name = account.username.as_str(),
                state = state
            )
        )
    })
}

/// "muted until 2026-12-01 09:00 UTC: spam", as `sanction_state` says it but
/// in the session's language; the time stays in UTC and says so.
fn sanction_text(s: &stoa_core::domain::Sanction) -> String {
    let kind = match s.kind {
        SanctionKind::Muted => "muted",
        SanctionKind::Banned => "banned",
    };
    let until = match s.until {
        Some(end) => t!(
            &format!("moderation-{kind}-until"),
            when = end.strftime("%Y-%m-%d %H:%M UTC").to_string()
        ),
        None => t!(&format!("moderation-{kind}-until-lifted")),
    };
    t!(
        "exec-admin-sanction",
        until = until,
        reason = stoa_core::forum::sanitize::inline(&s.reason).into_owned()
    )
}

fn help(forum: &Forum) -> String {
    let ssh = forum.site().ssh(None);
    let mut out = format!(
        "{}\n",
        stoa_present::t!("exec-admin-help-head", ssh = ssh.as_str())
    );
    for (usage, about) in listing(&admin_commands(), "admin-") {
        out.push_str(&format!("  admin {usage:<22} {about}\n"));
    }
    out
}

/// `2026-11-01` (midnight UTC) or a full timestamp.
fn since(text: &str) -> Result<Timestamp, String> {
    if let Ok(t) = text.parse::<Timestamp>() {
        return Ok(t);
    }
    text.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map(|z| z.timestamp())
        .ok_or_else(|| t!("exec-admin-not-a-date", text = text))
}

/// One line per entry, oldest first, tab-separated: when, who, action, target,
/// reason, before, after.
fn audit(
    forum: &Forum,
    viewer: &Viewer,
    since: Option<Timestamp>,
    json: bool,
) -> Result<String, ForumError> {
    let filter = AuditFilter {
        since,
        ..AuditFilter::default()
    };
    let mut entries = forum.audit_log(viewer, &filter)?;
    entries.reverse();
    if json {
        return Ok(format!("{}\n", json!(entries)));
    }
    let one =
        |s: &str| stoa_core::forum::sanitize::inline(&s.replace(['\n', '\t'], " ")).into_owned();
    let mut out = String::new();
    for e in entries {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            e.at.round(jiff::Unit::Second).unwrap_or(e.at),
            e.by,
            e.action,
            one(&e.target),
            one(&e.reason),
            one(&e.before),
            one(&e.after)
        ));
    }
    Ok(out)
}

/// The review queue: id, kind, author, sent, title.
fn queue(forum: &Forum, viewer: &Viewer, json: bool) -> Result<String, ForumError> {
    let queue = forum.review_queue(viewer)?;
    if json {
        return Ok(format!("{}\n", json!(queue)));
    }
    let mut out = String::new();
    for s in queue {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            s.id,
            s.item.kind(),
            s.author,
            s.submitted_at
                .round(jiff::Unit::Second)
                .unwrap_or(s.submitted_at),
            stoa_core::forum::sanitize::inline(s.title())
        ));
    }
    Ok(out)
}
