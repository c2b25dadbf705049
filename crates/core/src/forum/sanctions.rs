//! Mutes and bans: the committee stops an account from posting, or from logging
//! in, for a while and with a reason the account is shown.
//!
//! Moderators sanction members; admins also sanction moderators. Nobody sanctions
//! an admin (take the role away first) or themselves.

use jiff::{Timestamp, ToSpan};

use super::FieldName;
use super::audit::Record;
use super::capabilities::Capability;
use super::{Change, FieldErrors, Forum, ForumError, Viewer, sanitize};
use crate::domain::{Account, AuditAction, Role, Sanction, SanctionKind};
use crate::store::UpdateError;

/// How a sanction reads to the account it stops, its end in the account's own
/// time zone: "your account is muted until Tue 01 Dec 2026 12:00 EAT: repeated
/// off-topic posts".
pub fn describe(sanction: &Sanction, zone: &str) -> String {
    crate::t!(
        "forum-sanctions-your-account",
        kind = kind(sanction),
        until = until(sanction, zone),
        reason = sanitize::inline(&sanction.reason).to_string()
    )
}

/// How a sanction reads to anyone else, in the audit log and to the committee:
/// "muted until 2026-12-01 09:00 UTC: repeated off-topic posts". The log keeps
/// it as text, read from every time zone, so the time is in UTC and says so.
pub fn state(sanction: &Sanction) -> String {
    let until = match sanction.until {
        Some(t) => format!("until {}", t.strftime("%Y-%m-%d %H:%M UTC")),
        None => "until the committee lifts it".into(),
    };
    format!(
        "{} {until}: {}",
        kind(sanction),
        sanitize::inline(&sanction.reason)
    )
}

fn kind(sanction: &Sanction) -> &'static str {
    match sanction.kind {
        SanctionKind::Muted => "muted",
        SanctionKind::Banned => "banned",
    }
}

/// "until Tue 01 Dec 2026 12:00 EAT" in the time zone named `zone` (UTC when
/// it names none), or until the committee lifts it.
pub fn until(sanction: &Sanction, zone: &str) -> String {
    match sanction.until {
        Some(t) => {
            let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
            let at = t.to_zoned(tz);
            let date = at.date();
            let day = crate::t!(
                "date-weekday-day-month-year",
                weekday = crate::lang::text(&format!(
                    "weekday-{}",
                    date.weekday().to_monday_one_offset()
                )),
                day = format!("{:02}", date.day()),
                month = crate::lang::text(&format!("month-{}", date.month())),
                year = date.year().to_string()
            );
            let end = crate::t!(
                "date-and-time",
                date = day,
                time = at.strftime("%H:%M").to_string()
            );
            crate::t!(
                "forum-sanctions-until",
                end = end,
                zone = at.strftime("%Z").to_string()
            )
        }
        None => crate::t!("forum-sanctions-until-lifted"),
    }
}

/// `12h`, `7d` or `forever`, from now.
pub fn end(now: Timestamp, length: &str) -> Result<Option<Timestamp>, String> {
    if length == "forever" {
        return Ok(None);
    }
    let bad = || crate::t!("forum-sanctions-bad-length", length = length);
    let (number, hours_each) = match (length.strip_suffix('h'), length.strip_suffix('d')) {
        (Some(n), _) => (n, 1),
        (_, Some(n)) => (n, 24),
        _ => return Err(bad()),
    };
    let n: i64 = number.parse().map_err(|_| bad())?;
    if !(1..=3650).contains(&n) {
        return Err(bad());
    }
    let span = (n * hours_each).hours();
    now.checked_add(span).map(Some).map_err(|_| bad())
}

impl Forum {
    /// Mutes or bans `username` until `until` (`None`: until lifted), with a reason.
    pub fn sanction(
        &self,
        viewer: &Viewer,
        username: &str,
        kind: SanctionKind,
        until: Option<Timestamp>,
        reason: &str,
    ) -> Result<Account, ForumError> {
        let actor = self.require(
            viewer,
            Capability::SanctionMembers,
            &crate::t!("forum-sanctions-doing-mute-or-ban"),
        )?;
        let reason = super::audit::reason(reason)?;
        let now = self.now();
        if until.is_some_and(|t| t <= now) {
            return Err(FieldErrors::single(
                FieldName::Until,
                crate::t!("forum-sanctions-end-in-future"),
            ));
        }
        let sanction = Sanction {
            kind,
            reason: reason.clone(),
            until,
            by: actor.username.to_string(),
            at: now,
        };
        let action = match kind {
            SanctionKind::Muted => AuditAction::Mute,
            SanctionKind::Banned => AuditAction::Ban,
        };
        let account = self.change_sanctioned(&actor, username, Some(sanction), action, &reason)?;
        tracing::info!(by = %actor.username, %username, ?kind, ?until, "sanction placed");
        Ok(account)
    }

    /// Ends a mute or ban early.
    pub fn lift_sanction(
        &self,
        viewer: &Viewer,
        username: &str,
        reason: &str,
    ) -> Result<Account, ForumError> {
        let actor = self.require(
            viewer,
            Capability::SanctionMembers,
            &crate::t!("forum-sanctions-doing-lift"),
        )?;
        let reason = super::audit::reason(reason)?;
        let account = self.change_sanctioned(&actor, username, None, AuditAction::Lift, &reason)?;
        tracing::info!(by = %actor.username, %username, "sanction lifted");
        Ok(account)
    }

    fn change_sanctioned(
        &self,
        actor: &Account,
        username: &str,
        sanction: Option<Sanction>,
        action: AuditAction,
        reason: &str,
    ) -> Result<Account, ForumError> {
        let state = |s: &Option<Sanction>| s.as_ref().map_or_else(|| "none".to_string(), state);
        let now = self.now();
        let result = self.store().update_account_audited(username, |target| {
            sanctionable(actor, target)?;
            // Lifting what is not there would only write "none → none" into the
            // audit log.
            if sanction.is_none() && target.sanction_at(now).is_none() {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-sanctions-not-sanctioned",
                    username = username
                )));
            }
            let before = state(&target.sanction);
            target.sanction = sanction.clone();
            let record = Record {
                by: &actor.username,
                action,
                target: format!("account {username}"),
                reason,
                before,
                after: state(&target.sanction),
            };
            Ok(Some(record.entry(now)))
        });
        let account = match result {
            Ok(account) => account,
            Err(UpdateError::Refused(e)) => return Err(e),
            Err(UpdateError::Store(e)) => return Err(e.into()),
            Err(_) => {
                return Err(ForumError::NotFound(crate::t!(
                    "forum-missing-account",
                    name = username.to_string()
                )));
            }
        };
        self.commit(Change::Account(username.into()))?;
        Ok(account)
    }

    /// Whether `viewer` may mute, ban or lift `target`, as the rules below
    /// decide: the members tab asks before it offers the keys.
    pub fn may_sanction(&self, viewer: &Viewer, target: &Account) -> bool {
        viewer.account().is_some_and(|me| {
            Capability::SanctionMembers.held_by(me) && sanctionable(me, target).is_ok()
        })
    }

    /// Every account, by username, for the committee's members tab.
    pub fn accounts_for_committee(&self, viewer: &Viewer) -> Result<Vec<Account>, ForumError> {
        self.require(
            viewer,
            Capability::SanctionMembers,
            &crate::t!("forum-sanctions-doing-list-accounts"),
        )?;
        let mut list = self.store().accounts()?;
        list.sort_by(|a, b| a.username.cmp(&b.username));
        Ok(list)
    }

    /// What a muted member is told as a session starts, so they learn it before
    /// trying to write: "Your account is muted until …: reason. You can read;
    /// writing waits until then."
    pub fn mute_notice(&self, account: &Account) -> Option<String> {
        let s = account
            .sanction_at(self.now())
            .filter(|s| s.kind == SanctionKind::Muted)?;
        let reason = sanitize::inline(&s.reason);
        Some(crate::t!(
            "forum-sanctions-mute-notice",
            until = until(s, &account.time_zone),
            reason = reason.trim_end_matches('.').to_string()
        ))
    }

    /// Why this account may not log in now, if it is banned.
    pub fn login_refusal(&self, account: &Account) -> Option<String> {
        account
            .sanction_at(self.now())
            .filter(|s| s.kind == SanctionKind::Banned)
            .map(|s| describe(s, &account.time_zone))
    }

    /// Why a session open on this account must end now: a ban, or the key it
    /// logged in with (`login_key`, a fingerprint) removed from the account.
    /// Every front end asks this whenever the account changes.
    pub fn session_refusal(&self, account: &Account, login_key: Option<&str>) -> Option<String> {
        if let Some(ban) = self.login_refusal(account) {
            return Some(ban);
        }
        let key_gone =
            login_key.is_some_and(|fp| !account.keys.iter().any(|k| k.fingerprint == fp));
        key_gone.then(|| crate::t!("forum-sanctions-login-key-removed"))
    }

    /// Refuses a banned account anything, and a muted one `doing` if it is writing.
    pub(super) fn check_sanction(
        &self,
        account: &Account,
        writing: bool,
    ) -> Result<(), ForumError> {
        match account.sanction_at(self.now()) {
            Some(s) if s.kind == SanctionKind::Banned || writing => {
                Err(ForumError::NotAllowed(describe(s, &account.time_zone)))
            }
            _ => Ok(()),
        }
    }
}

/// The committee sanctions those below it who are not admins, never itself.
fn sanctionable(actor: &Account, target: &Account) -> Result<(), ForumError> {
    if target.username == actor.username {
        return Err(ForumError::NotAllowed(crate::t!(
            "forum-sanctions-not-yourself"
        )));
    }
    if target.role >= actor.role || target.role == Role::Admin {
        return Err(ForumError::NotAllowed(crate::t!(
            "forum-sanctions-outranked",
            actor = actor.role.as_str(),
            target = target.role.as_str()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_member_reads_the_end_in_their_zone_and_the_log_in_utc_about_them() {
        let sanction = Sanction {
            kind: SanctionKind::Muted,
            reason: "Heated replies.".into(),
            until: Some("2026-12-01T09:00:00Z".parse().unwrap()),
            by: "moses".into(),
            at: "2026-11-30T09:00:00Z".parse().unwrap(),
        };
        assert_eq!(
            describe(&sanction, "Africa/Nairobi"),
            "your account is muted until Tue 01 Dec 2026 12:00 EAT: Heated replies."
        );
        assert_eq!(
            state(&sanction),
            "muted until 2026-12-01 09:00 UTC: Heated replies."
        );
    }

    #[test]
    fn lengths_read_as_hours_days_or_forever() {
        let now: Timestamp = "2026-11-22T09:00:00Z".parse().unwrap();
        assert_eq!(
            end(now, "12h").unwrap(),
            Some("2026-11-22T21:00:00Z".parse().unwrap())
        );
        assert_eq!(
            end(now, "7d").unwrap(),
            Some("2026-11-29T09:00:00Z".parse().unwrap())
        );
        assert_eq!(end(now, "forever").unwrap(), None);
        for bad in ["", "d", "7", "7w", "-1d", "0h", "99999d", "1.5d", "é"] {
            assert!(end(now, bad).is_err(), "{bad}");
        }
    }
}
