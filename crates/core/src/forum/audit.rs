//! The audit log: every moderation and editorial action, with who, when, why,
//! and the value before and after. Only the committee reads it.

use jiff::Timestamp;

use super::FieldName;
use super::capabilities::Capability;
use super::{FieldErrors, Forum, ForumError, Viewer, sanitize};
use crate::domain::{AuditAction, AuditEntry};

/// Shortest and longest reason the committee gives for an action.
const REASON_MIN: usize = 3;
const REASON_MAX: usize = 500;

/// The committee's reason, checked: one line of 3 to 500 characters.
pub fn reason(text: &str) -> Result<String, ForumError> {
    let text = text.trim();
    let len = text.chars().count();
    if !(REASON_MIN..=REASON_MAX).contains(&len) || sanitize::has_controls(text) {
        return Err(FieldErrors::single(
            FieldName::Reason,
            crate::t!("forum-audit-reason", min = REASON_MIN, max = REASON_MAX),
        ));
    }
    Ok(text.to_string())
}

/// Which entries to show; every part is optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuditFilter {
    /// The committee member who acted (exact username).
    pub by: Option<String>,
    /// Part of the target, e.g. `post 42` or `chen`.
    pub target: Option<String>,
    pub action: Option<AuditAction>,
    /// Entries at or after this instant.
    pub since: Option<Timestamp>,
    /// At most this many, the newest (a screen needs no more).
    pub newest: Option<usize>,
}

impl AuditFilter {
    /// No condition on which entries are shown (a limit on how many is not one).
    pub fn is_empty(&self) -> bool {
        self.by.is_none() && self.target.is_none() && self.action.is_none() && self.since.is_none()
    }

    fn keeps(&self, entry: &AuditEntry) -> bool {
        self.by.as_ref().is_none_or(|by| entry.by == *by)
            && self.target.as_ref().is_none_or(|t| {
                entry
                    .target
                    .to_lowercase()
                    .contains(&t.trim().to_lowercase())
            })
            && self.action.is_none_or(|a| entry.action == a)
            && self.since.is_none_or(|since| entry.at >= since)
    }
}

/// An action about to be recorded. Its entry is written in the same store
/// transaction as the action itself, so neither reaches the disk without the other.
pub(super) struct Record<'a> {
    pub by: &'a str,
    pub action: AuditAction,
    pub target: String,
    pub reason: &'a str,
    pub before: String,
    pub after: String,
}

impl Record<'_> {
    pub(super) fn entry(self, at: Timestamp) -> AuditEntry {
        AuditEntry {
            id: 0,
            at,
            by: self.by.to_string(),
            action: self.action,
            target: self.target,
            reason: self.reason.to_string(),
            before: self.before,
            after: self.after,
        }
    }
}

impl Forum {
    /// The audit log, newest first, as far as `filter` keeps it.
    pub fn audit_log(
        &self,
        viewer: &Viewer,
        filter: &AuditFilter,
    ) -> Result<Vec<AuditEntry>, ForumError> {
        self.require(
            viewer,
            Capability::ReadAuditLog,
            &crate::t!("forum-audit-doing-read-log"),
        )?;
        let mut entries = Vec::new();
        for entry in self.store().audit_log() {
            let entry = entry?;
            // Newest first: everything after an entry older than `since` is older.
            if filter.since.is_some_and(|since| entry.at < since) {
                break;
            }
            if filter.keeps(&entry) {
                entries.push(entry);
            }
            if filter.newest.is_some_and(|n| entries.len() >= n) {
                break;
            }
        }
        Ok(entries)
    }
}
