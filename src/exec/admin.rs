//! `admin …`: the committee's commands without a terminal.

use jiff::{Timestamp, ToSpan};
use serde_json::json;

use crate::domain::SanctionKind;
use crate::forum::{Forum, ForumError, Viewer, describe_sanction};

/// The admin subcommands: usage and what each does.
pub const SUBCOMMANDS: &[(&str, &str)] = &[
    ("help", "these commands"),
    (
        "export",
        "the whole forum as JSON lines, for a backup while the server runs (admins)",
    ),
    (
        "mute USER FOR REASON",
        "stop an account posting for FOR (12h, 7d, forever), with a reason it is shown",
    ),
    (
        "ban USER FOR REASON",
        "stop an account logging in for FOR (12h, 7d, forever), with a reason it is shown",
    ),
    ("lift USER [REASON]", "end a mute or ban early"),
];

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
    sub: &str,
    rest: &str,
    json: bool,
) -> Result<String, AdminError> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let usage = |name: &str| {
        let line = SUBCOMMANDS
            .iter()
            .find(|(u, _)| u.split(' ').next() == Some(name))
            .map_or(name, |(u, _)| u);
        AdminError::Usage(format!("usage: admin {line}"))
    };
    match (sub, words.as_slice()) {
        ("help", []) => Ok(help()),
        ("export", []) => {
            let mut dump = Vec::new();
            forum.export(viewer, &mut dump)?;
            // The dump is JSON text: serde_json writes UTF-8 and escapes controls.
            String::from_utf8(dump).map_err(|_| AdminError::Usage("the dump is not text".into()))
        }
        ("mute" | "ban", [user, length, reason @ ..]) if !reason.is_empty() => {
            let kind = if sub == "mute" {
                SanctionKind::Muted
            } else {
                SanctionKind::Banned
            };
            let until = until(forum.now(), length).map_err(AdminError::Usage)?;
            let account = forum.sanction(viewer, user, kind, until, &reason.join(" "))?;
            let sanction = account.sanction.as_ref();
            Ok(if json {
                format!(
                    "{}\n",
                    json!({"username": account.username, "sanction": sanction})
                )
            } else {
                let told = sanction.map(describe_sanction).unwrap_or_default();
                let told = told.strip_prefix("your account is ").unwrap_or(&told);
                format!("{} is now {told}\n", account.username)
            })
        }
        ("lift", [user, reason @ ..]) => {
            let reason = match reason {
                [] => "lifted early by the committee".to_string(),
                words => words.join(" "),
            };
            let account = forum.lift_sanction(viewer, user, &reason)?;
            Ok(format!("{} may post and log in again\n", account.username))
        }
        ("help" | "export" | "mute" | "ban" | "lift", _) => Err(usage(sub)),
        (other, _) => Err(AdminError::Usage(format!(
            "unknown admin command '{other}' (try: admin help)"
        ))),
    }
}

fn help() -> String {
    let mut out = String::from("Admin commands (ssh -p 2222 HOST admin …):\n");
    for (usage, about) in SUBCOMMANDS {
        out.push_str(&format!("  admin {usage:<22} {about}\n"));
    }
    out
}

/// `12h`, `7d` or `forever`, from now.
fn until(now: Timestamp, length: &str) -> Result<Option<Timestamp>, String> {
    if length == "forever" {
        return Ok(None);
    }
    let bad =
        || format!("'{length}' is not a length: use hours or days, like 12h or 7d, or forever");
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_read_as_hours_days_or_forever() {
        let now: Timestamp = "2026-11-22T09:00:00Z".parse().unwrap();
        assert_eq!(
            until(now, "12h").unwrap(),
            Some("2026-11-22T21:00:00Z".parse().unwrap())
        );
        assert_eq!(
            until(now, "7d").unwrap(),
            Some("2026-11-29T09:00:00Z".parse().unwrap())
        );
        assert_eq!(until(now, "forever").unwrap(), None);
        for bad in ["", "d", "7", "7w", "-1d", "0h", "99999d", "1.5d", "é"] {
            assert!(until(now, bad).is_err(), "{bad}");
        }
    }
}
