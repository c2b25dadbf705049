//! A guest becomes a member: the key they connected with becomes the account's key.

use super::FieldName;
use super::validate;
use super::{Change, FieldErrors, Forum, ForumError, PublicKey};
use crate::domain::{Account, Region, Role};
use crate::store::CreateError;

/// The editorial policy every member accepts when signing up.
pub const POLICY: &str = include_str!("../../../../assets/policy.md");

/// What the sign-up form asks for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignUp {
    pub username: String,
    pub display_name: String,
    pub organization: String,
    pub region: Option<Region>,
    pub time_zone: String,
    pub accepted_policy: bool,
    /// The interface language chosen at sign-up; none leaves it to the
    /// client's locale.
    pub language: Option<crate::domain::Language>,
}

impl SignUp {
    /// Every problem with the form at once, each next to its field.
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::default();
        if let Err(e) = validate::username(&self.username) {
            errors.add(FieldName::Username, e);
        }
        if let Err(e) =
            validate::required_line(&self.display_name, "name as others will see it", 64)
        {
            errors.add(FieldName::DisplayName, e);
        }
        if let Err(e) = validate::optional_line(&self.organization, 100) {
            errors.add(FieldName::Organization, e);
        }
        if self.region.is_none() {
            errors.add(FieldName::Region, crate::t!("forum-signup-choose-region"));
        }
        if let Err(e) = validate::time_zone(&self.time_zone) {
            errors.add(FieldName::TimeZone, e);
        }
        if !self.accepted_policy {
            errors.add(FieldName::Policy, crate::t!("forum-signup-accept-policy"));
        }
        errors
    }
}

/// What a taken username is told.
fn taken(username: &str) -> String {
    crate::t!("plain-signup-taken", name = username)
}

impl Forum {
    /// Creates a member account for `key`. In an empty forum the first account is admin.
    pub fn sign_up(&self, key: &PublicKey, form: SignUp) -> Result<Account, ForumError> {
        let mut errors = form.check();
        // Looked up here (the transaction checks again) so that a taken name is
        // reported together with the form's other mistakes, in one round.
        if errors.get(FieldName::Username).is_none()
            && self.store().account(&form.username)?.is_some()
        {
            errors.add(FieldName::Username, taken(&form.username));
        }
        errors.into_result()?;
        let now = self.now();
        let region = form.region.unwrap_or(Region::Global);
        let account = self
            .store()
            .create_account(|first| Account {
                username: form.username.as_str().into(),
                display_name: form.display_name.trim().to_string(),
                organization: form.organization.trim().to_string(),
                region,
                bio: String::new(),
                time_zone: form.time_zone.trim().to_string(),
                role: if first { Role::Admin } else { Role::Member },
                keys: vec![key.to_account_key(now)],
                password_hash: None,
                policy_accepted_at: Some(now),
                created_at: now,
                last_seen: now,
                previous_seen: None,
                sanction: None,
                competencies: Vec::new(),
                preferences: crate::domain::Preferences {
                    language: form.language,
                    ..Default::default()
                },
            })
            .map_err(|e| match e {
                CreateError::UsernameTaken => {
                    FieldErrors::single(FieldName::Username, taken(&form.username))
                }
                CreateError::KeyTaken => {
                    ForumError::NotAllowed(crate::t!("forum-signup-key-taken"))
                }
                CreateError::Store(e) => e.into(),
            })?;
        self.commit(Change::Account(account.username.clone()))?;
        tracing::info!(username = %account.username, role = %account.role, "signed up");
        Ok(account)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forum::testing::{forum, key, sign_up_form};

    #[test]
    fn the_first_account_is_admin_and_later_ones_are_members() {
        let (forum, _dir) = forum();
        let first = forum.sign_up(&key(1), sign_up_form("amara")).unwrap();
        let second = forum.sign_up(&key(2), sign_up_form("bruno")).unwrap();
        assert_eq!(first.role, Role::Admin);
        assert_eq!(second.role, Role::Member);
        assert_eq!(first.keys[0].fingerprint, key(1).fingerprint());
        assert!(first.policy_accepted_at.is_some());
    }

    #[test]
    fn every_bad_field_gets_its_own_message() {
        let (forum, _dir) = forum();
        let form = SignUp {
            username: "No Spaces".into(),
            display_name: " ".into(),
            organization: "x".repeat(101),
            region: None,
            time_zone: "Nowhere/Land".into(),
            accepted_policy: false,
            language: None,
        };
        let Err(ForumError::Invalid(errors)) = forum.sign_up(&key(1), form) else {
            panic!("expected field errors");
        };
        let fields: Vec<_> = errors.0.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "username",
                "display_name",
                "organization",
                "region",
                "time_zone",
                "policy"
            ]
        );
        assert!(
            forum.store().accounts().unwrap().is_empty(),
            "nothing is created"
        );
    }

    #[test]
    fn a_taken_username_or_key_is_refused() {
        let (forum, _dir) = forum();
        forum.sign_up(&key(1), sign_up_form("amara")).unwrap();
        let Err(ForumError::Invalid(errors)) = forum.sign_up(&key(2), sign_up_form("amara")) else {
            panic!("expected a username error");
        };
        assert!(errors.get(FieldName::Username).unwrap().contains("taken"));
        let err = forum.sign_up(&key(1), sign_up_form("other")).unwrap_err();
        assert!(matches!(err, ForumError::NotAllowed(_)), "{err:?}");
    }

    #[test]
    fn concurrent_sign_ups_make_exactly_one_admin() {
        let (forum, _dir) = forum();
        let handles: Vec<_> = (0..8u8)
            .map(|i| {
                let forum = forum.clone();
                std::thread::spawn(move || {
                    forum
                        .sign_up(&key(i + 1), sign_up_form(&format!("user{i}")))
                        .unwrap()
                })
            })
            .collect();
        let roles: Vec<Role> = handles
            .into_iter()
            .map(|h| h.join().unwrap().role)
            .collect();
        assert_eq!(roles.iter().filter(|r| **r == Role::Admin).count(), 1);
    }
}
