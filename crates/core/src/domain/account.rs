use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{Region, Username};

/// What an account may do. Ordered: each role can do what the ones before it can.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Moderator,
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Member, Role::Moderator, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("unknown role '{s}' (member, moderator or admin)"))
    }
}

/// An SSH public key that logs in to an account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountKey {
    /// The key in OpenSSH one-line form, without its comment.
    pub openssh: String,
    /// `SHA256:…`, as `ssh-keygen -l` prints it; the key index is keyed by this.
    pub fingerprint: String,
    /// The comment the member pasted with the key (often user@host); may be empty.
    pub comment: String,
    pub added_at: Timestamp,
}

/// A member of the forum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub username: Username,
    pub display_name: String,
    pub organization: String,
    pub region: Region,
    pub bio: String,
    /// IANA time zone name, e.g. `Africa/Nairobi`; times are shown to the member in it.
    pub time_zone: String,
    pub role: Role,
    pub keys: Vec<AccountKey>,
    /// argon2id PHC string; `None` when the member logs in by key only.
    pub password_hash: Option<String>,
    /// When the member accepted the editorial policy; `None` for accounts an admin
    /// created offline, until the member accepts it.
    pub policy_accepted_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub last_seen: Timestamp,
    /// When the visit before the current one began: "new since your last visit".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_seen: Option<Timestamp>,
    /// A mute or ban the committee placed, kept after it ends (it is then inactive)
    /// so the member's history shows it. Absent in data written before sanctions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sanction: Option<Sanction>,
    /// What the member works on, so peers can find them in the people directory.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<super::Competency>,
    /// How the member wants the forum drawn; absent while everything is automatic.
    #[serde(default, skip_serializing_if = "Preferences::is_automatic")]
    pub preferences: Preferences,
}

/// How a member wants the forum drawn, whatever their terminal says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    pub colour: Setting,
    pub ascii: Setting,
    /// Lines of text with numbered choices instead of full screens (for screen
    /// readers).
    #[serde(default)]
    pub plain: Setting,
    /// A terminal bell when a notification arrives (automatic: on).
    #[serde(default)]
    pub bell: Setting,
    /// The interface's language; none while the client's `LANG` decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<super::Language>,
    /// What is written in these languages comes first in lists (threads,
    /// the library, events, news); none: lists keep their own order.
    #[serde(default, skip_serializing_if = "super::Languages::is_empty")]
    pub first: super::Languages,
}

impl Preferences {
    pub fn is_automatic(&self) -> bool {
        *self == Preferences::default()
    }
}

/// One display setting: decided from the terminal, or always on, or always off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Setting {
    #[default]
    Automatic,
    Always,
    Never,
}

impl Setting {
    pub const ALL: [Setting; 3] = [Setting::Automatic, Setting::Always, Setting::Never];

    pub fn label(self) -> &'static str {
        match self {
            Setting::Automatic => "automatic",
            Setting::Always => "always",
            Setting::Never => "never",
        }
    }

    /// The setting's answer, with `automatic` the terminal's.
    pub fn or(self, automatic: bool) -> bool {
        match self {
            Setting::Automatic => automatic,
            Setting::Always => true,
            Setting::Never => false,
        }
    }
}

impl Account {
    pub fn has_password(&self) -> bool {
        self.password_hash.is_some()
    }

    /// The sanction in force at `now`, if any.
    pub fn sanction_at(&self, now: Timestamp) -> Option<&Sanction> {
        self.sanction
            .as_ref()
            .filter(|s| s.until.is_none_or(|until| until > now))
    }
}

/// What the committee stopped an account from doing, why, and until when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sanction {
    pub kind: SanctionKind,
    pub reason: String,
    /// `None`: until the committee lifts it.
    pub until: Option<Timestamp>,
    pub by: String,
    pub at: Timestamp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SanctionKind {
    /// May read, but not post, reply or edit.
    Muted,
    /// May not log in.
    Banned,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Accounts stored before sanctions existed still load (schema 1 grew the field
    /// with a default instead of needing a migration), and unsanctioned accounts
    /// are stored without it.
    #[test]
    fn an_account_written_before_sanctions_loads() {
        let old = r#"{"username":"amara","display_name":"Amara","organization":"","region":"african","bio":"","time_zone":"UTC","role":"admin","keys":[],"password_hash":null,"policy_accepted_at":null,"created_at":"2026-01-01T00:00:00Z","last_seen":"2026-01-01T00:00:00Z"}"#;
        let account: Account = serde_json::from_str(old).unwrap();
        assert_eq!(account.sanction, None);
        assert_eq!(serde_json::to_string(&account).unwrap(), old);
    }
}
