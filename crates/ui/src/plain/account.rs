//! A member's own account in plain mode: `edit profile` asks each field again
//! (Enter keeps it), `keys` lists their SSH keys, `add key` takes one pasted,
//! `remove key 2` asks before removing one, and `password` sets a password with
//! what is typed shown as stars.

use super::{Plain, View};
use stoa_core::domain::{Competency, Region};
use stoa_core::forum::{ForumError, PasswordChange, ProfileEdit, sanitize, validate};
use stoa_present::t;
use stoa_present::terms;
use stoa_present::when;

/// The account work in progress.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Work {
    /// The profile's fields, asked in turn (`at`), with their answers so far.
    Profile {
        edit: Box<ProfileEdit>,
        at: usize,
    },
    AddingKey,
    RemovingKey(String),
    /// Password steps: what was typed so far (current, new, confirm).
    Password(Vec<String>),
}

/// The profile's questions, in turn: their catalogue ids.
const PROFILE: [&str; 6] = [
    "plain-account-name",
    "plain-account-organization",
    "plain-account-region",
    "plain-account-time-zone",
    "plain-account-bio",
    "plain-account-competencies",
];

impl Work {
    pub fn ask(&self, has_password: bool) -> String {
        match self {
            Work::Profile { edit, at } => {
                let now = match at {
                    0 => edit.display_name.clone(),
                    1 => edit.organization.clone(),
                    2 => {
                        let list: Vec<String> = Region::ALL
                            .iter()
                            .enumerate()
                            .map(|(i, r)| format!("{}. {}", i + 1, terms::region(*r)))
                            .collect();
                        let n = Region::ALL
                            .iter()
                            .position(|r| *r == edit.region)
                            .map_or(0, |i| i + 1);
                        return format!(
                            "{}\n{}\n{}",
                            t!("plain-account-type-its-number", question = t!(PROFILE[2])),
                            list.join("\n"),
                            t!("plain-account-now", now = n)
                        );
                    }
                    3 => edit.time_zone.clone(),
                    5 => {
                        let list: Vec<String> = Competency::ALL
                            .iter()
                            .enumerate()
                            .map(|(i, c)| format!("{}. {}", i + 1, terms::competency(*c)))
                            .collect();
                        let now: Vec<String> = edit
                            .competencies
                            .iter()
                            .filter_map(|c| Competency::ALL.iter().position(|x| x == c))
                            .map(|i| (i + 1).to_string())
                            .collect();
                        let now = if now.is_empty() {
                            "none".to_string()
                        } else {
                            now.join(", ")
                        };
                        return format!(
                            "{}\n{}\n{}",
                            t!("plain-account-competencies-ask", question = t!(PROFILE[5])),
                            list.join("\n"),
                            t!("plain-account-now", now = now)
                        );
                    }
                    _ => edit.bio.replace('\n', " "),
                };
                let question = PROFILE.get(*at).map(|id| t!(*id)).unwrap_or_default();
                let asked = t!("plain-account-ask", question = question);
                if now.is_empty() {
                    asked
                } else {
                    format!(
                        "{asked}\n{}",
                        t!(
                            "plain-account-now",
                            // A line ending in its own full stop is not given a second.
                            now = sanitize::inline(&now).trim_end_matches('.').to_string()
                        )
                    )
                }
            }
            Work::AddingKey => t!("plain-account-paste-key"),
            Work::RemovingKey(fingerprint) => {
                t!(
                    "plain-account-remove-key-ask",
                    fingerprint = fingerprint.as_str()
                )
            }
            Work::Password(typed) => match (typed.len(), has_password) {
                (0, true) => t!("plain-account-current-password"),
                (0, false) | (1, true) => t!("plain-account-new-password"),
                _ => t!("plain-account-new-password-again"),
            },
        }
    }
}

/// "1, 3" as those competencies; "none" as none.
fn competencies(typed: &str) -> Result<Vec<Competency>, String> {
    if typed.eq_ignore_ascii_case("none") {
        return Ok(Vec::new());
    }
    let mut chosen = Vec::new();
    for part in typed.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part
            .parse::<usize>()
            .ok()
            .and_then(|n| Competency::ALL.get(n.wrapping_sub(1)))
        {
            Some(c) if !chosen.contains(c) => chosen.push(*c),
            Some(_) => {}
            None => {
                return Err(t!(
                    "plain-account-competency-numbers",
                    n = Competency::ALL.len()
                ));
            }
        }
    }
    Ok(chosen)
}

impl Plain {
    fn account_work(&mut self, work: Work) -> String {
        let has = self.viewer.account().is_some_and(|a| a.has_password());
        let asked = work.ask(has);
        self.view = View::Account(Box::new(work));
        asked
    }

    /// `edit profile`, `keys`, `add key`, `remove key N`, `password`.
    pub(super) fn account_command(&mut self, command: &str) -> String {
        let Some(account) = self.viewer.account().cloned() else {
            return t!("plain-account-guests");
        };
        match command {
            "edit profile" => self.account_work(Work::Profile {
                edit: Box::new(ProfileEdit::of(&account)),
                at: 0,
            }),
            "keys" => {
                let mut out = t!("plain-account-keys-head", n = account.keys.len());
                for (i, k) in account.keys.iter().enumerate() {
                    out.push_str(&format!(
                        "\n{}. {}",
                        i + 1,
                        t!(
                            "plain-account-key-line",
                            fingerprint = k.fingerprint.as_str(),
                            comment = sanitize::inline(&k.comment).to_string(),
                            added = when::date(k.added_at, self.time_zone())
                        )
                    ));
                }
                out.push_str(&format!("\n{}", t!("plain-account-keys-hint")));
                out
            }
            "add key" => self.account_work(Work::AddingKey),
            "password" => self.account_work(Work::Password(Vec::new())),
            other => {
                let number = other.strip_prefix("remove key ").unwrap_or_default().trim();
                match number
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| account.keys.get(n.wrapping_sub(1)))
                {
                    Some(key) => self.account_work(Work::RemovingKey(key.fingerprint.clone())),
                    None => t!("plain-account-remove-key-how"),
                }
            }
        }
    }

    /// While a password is typed, stars are echoed instead.
    pub(super) fn masked(&self) -> bool {
        matches!(&self.view, View::Account(work) if matches!(**work, Work::Password(_)))
    }

    /// One line of account work.
    pub(super) fn account_line(&mut self, line: &str) -> String {
        let Some(account) = self.viewer.account().cloned() else {
            return String::new();
        };
        let View::Account(work) = &mut self.view else {
            return String::new();
        };
        let typed = line.trim();
        if typed == "cancel" {
            self.view = View::Home;
            return t!("plain-account-nothing-changed");
        }
        let done: Result<Option<(stoa_core::domain::Account, String)>, String> = match &mut **work {
            Work::Profile { edit, at } => {
                let keep = typed.is_empty();
                let problem = match *at {
                    0 if !keep => validate::required_line(typed, "name as others will see it", 64)
                        .map(|()| edit.display_name = typed.into())
                        .err(),
                    1 if !keep => validate::optional_line(typed, 100)
                        .map(|()| edit.organization = typed.into())
                        .err(),
                    2 if !keep => match typed
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| Region::ALL.get(n.wrapping_sub(1)))
                    {
                        Some(r) => {
                            edit.region = *r;
                            None
                        }
                        None => Some(t!("plain-account-type-a-number", n = Region::ALL.len())),
                    },
                    3 if !keep => validate::time_zone(typed)
                        .map(|()| edit.time_zone = typed.into())
                        .err(),
                    4 if !keep => validate::bio(typed).map(|()| edit.bio = typed.into()).err(),
                    5 if !keep => competencies(typed)
                        .map(|chosen| edit.competencies = chosen)
                        .err(),
                    _ => None,
                };
                match problem {
                    Some(p) => Err(p),
                    None if *at < PROFILE.len() - 1 => {
                        *at += 1;
                        Ok(None)
                    }
                    None => self
                        .forum
                        .edit_profile(&account, (**edit).clone())
                        .map(|a| Some((a, t!("account-profile-saved"))))
                        .map_err(|e| e.to_string()),
                }
            }
            Work::AddingKey => self
                .forum
                .add_key(&account, typed)
                .map(|a| Some((a, t!("account-key-added"))))
                .map_err(|e| match e {
                    ForumError::Invalid(errors) => errors
                        .0
                        .iter()
                        .map(|(_, m)| m.clone())
                        .collect::<Vec<_>>()
                        .join("; "),
                    other => other.to_string(),
                }),
            Work::RemovingKey(fingerprint) if typed.eq_ignore_ascii_case("yes") => self
                .forum
                .remove_key(&account, fingerprint)
                .map(|a| Some((a, t!("confirm-key-removed"))))
                .map_err(|e| e.to_string()),
            Work::RemovingKey(_) => {
                self.view = View::Home;
                return t!("plain-account-kept");
            }
            Work::Password(steps) => {
                steps.push(line.to_string());
                let needed = if account.has_password() { 3 } else { 2 };
                if steps.len() < needed {
                    Ok(None)
                } else {
                    let current = if needed == 3 {
                        steps[0].clone()
                    } else {
                        String::new()
                    };
                    let change = PasswordChange {
                        current,
                        new: steps[needed - 2].clone(),
                        confirm: steps[needed - 1].clone(),
                    };
                    let via = match &self.viewer {
                        stoa_core::forum::Viewer::Member { via, .. } => *via,
                        stoa_core::forum::Viewer::Guest { .. } => {
                            stoa_core::forum::LoginMethod::Key
                        }
                    };
                    let result = self.forum.change_password(&account, via, change);
                    match result {
                        Ok(a) => {
                            let ssh = self.forum.site().ssh(Some(&a.username));
                            Ok(Some((a, t!("plain-account-password-set", ssh = ssh))))
                        }
                        Err(e) => {
                            steps.clear();
                            Err(e.to_string())
                        }
                    }
                }
            }
        };
        match done {
            Ok(Some((updated, said))) => {
                if let stoa_core::forum::Viewer::Member { account, .. } = &mut self.viewer {
                    *account = updated;
                }
                self.view = View::Home;
                said
            }
            Ok(None) => self.account_next(),
            Err(problem) => format!("{problem}.\n{}", self.account_next()),
        }
    }

    fn account_next(&self) -> String {
        let has = self.viewer.account().is_some_and(|a| a.has_password());
        match &self.view {
            View::Account(work) => work.ask(has),
            _ => String::new(),
        }
    }
}
