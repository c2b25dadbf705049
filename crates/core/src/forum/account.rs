//! A member looks after their own account: profile, keys, password. Each function
//! acts on the acting account only, so no member can change another's.

use super::FieldName;
use super::validate;
use super::{Change, FieldErrors, Forum, ForumError, LoginMethod, PublicKey};
use crate::domain::{Account, Competency, Region};
use crate::store::UpdateError;

/// The editable part of a profile.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfileEdit {
    pub display_name: String,
    pub organization: String,
    pub region: Region,
    pub bio: String,
    pub time_zone: String,
    pub competencies: Vec<Competency>,
}

impl ProfileEdit {
    pub fn of(account: &Account) -> ProfileEdit {
        ProfileEdit {
            display_name: account.display_name.clone(),
            organization: account.organization.clone(),
            region: account.region,
            bio: account.bio.clone(),
            time_zone: account.time_zone.clone(),
            competencies: account.competencies.clone(),
        }
    }

    fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::default();
        if let Err(e) =
            validate::required_line(&self.display_name, "name as others will see it", 64)
        {
            errors.add(FieldName::DisplayName, e);
        }
        if let Err(e) = validate::optional_line(&self.organization, 100) {
            errors.add(FieldName::Organization, e);
        }
        if let Err(e) = validate::bio(&self.bio) {
            errors.add(FieldName::Bio, e);
        }
        if let Err(e) = validate::time_zone(&self.time_zone) {
            errors.add(FieldName::TimeZone, e);
        }
        errors
    }
}

/// The password form: `current` is needed only when the session logged in by password.
#[derive(Clone, Debug, Default)]
pub struct PasswordChange {
    pub current: String,
    pub new: String,
    pub confirm: String,
}

/// Why a key was not added, said the same way whoever holds it.
pub fn key_refused() -> String {
    crate::t!("forum-account-key-refused")
}

impl Forum {
    pub fn edit_profile(&self, actor: &Account, edit: ProfileEdit) -> Result<Account, ForumError> {
        edit.check().into_result()?;
        let account = self.update(actor, |a| {
            a.display_name = edit.display_name.trim().to_string();
            a.organization = edit.organization.trim().to_string();
            a.region = edit.region;
            a.bio = super::sanitize::multiline(edit.bio.trim()).into_owned();
            a.time_zone = edit.time_zone.trim().to_string();
            a.competencies = edit.competencies.clone();
            Ok(())
        })?;
        self.commit(Change::Account(account.username.clone()))?;
        Ok(account)
    }

    /// How the actor wants the forum drawn (colour, ASCII).
    pub fn set_preferences(
        &self,
        actor: &Account,
        preferences: crate::domain::Preferences,
    ) -> Result<Account, ForumError> {
        let account = self.update(actor, |a| {
            a.preferences = preferences;
            Ok(())
        })?;
        self.commit(Change::Account(account.username.clone()))?;
        Ok(account)
    }

    /// Adds a pasted public key to the actor's account.
    pub fn add_key(&self, actor: &Account, pasted: &str) -> Result<Account, ForumError> {
        let key = PublicKey::parse(pasted).map_err(|e| FieldErrors::single(FieldName::Key, e))?;
        let fingerprint = key.fingerprint();
        let now = self.now();
        let account = self.update(actor, |a| {
            if a.keys.iter().any(|k| k.fingerprint == fingerprint) {
                return Err(FieldErrors::single(
                    FieldName::Key,
                    crate::t!("forum-account-key-already-yours"),
                ));
            }
            if a.keys.len() >= 32 {
                return Err(FieldErrors::single(
                    FieldName::Key,
                    crate::t!("forum-account-too-many-keys", n = 32),
                ));
            }
            a.keys.push(key.to_account_key(now));
            Ok(())
        })?;
        self.commit(Change::Account(account.username.clone()))?;
        tracing::info!(username = %account.username, %fingerprint, "key added");
        Ok(account)
    }

    /// Removes a key, unless it is the account's last way to log in.
    pub fn remove_key(&self, actor: &Account, fingerprint: &str) -> Result<Account, ForumError> {
        let account = self.update(actor, |a| {
            let Some(at) = a.keys.iter().position(|k| k.fingerprint == fingerprint) else {
                return Err(ForumError::NotFound(crate::t!("forum-missing-key")));
            };
            if a.keys.len() == 1 && !a.has_password() {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-account-last-way-in"
                )));
            }
            a.keys.remove(at);
            Ok(())
        })?;
        self.commit(Change::Account(account.username.clone()))?;
        tracing::info!(username = %account.username, %fingerprint, "key removed");
        Ok(account)
    }

    /// Sets or changes the actor's password. A session that logged in by password
    /// must give the current one; a key (or the server's own console) is proof enough,
    /// which is also how a member who forgot their password sets a new one.
    pub fn change_password(
        &self,
        actor: &Account,
        via: LoginMethod,
        change: PasswordChange,
    ) -> Result<Account, ForumError> {
        let mut errors = FieldErrors::default();
        let stored = self.store().account(&actor.username)?;
        let hash = stored.as_ref().and_then(|a| a.password_hash.clone());
        if via == LoginMethod::Password
            && !self.passwords().verify(&change.current, hash.as_deref())
        {
            errors.add(
                FieldName::Current,
                crate::t!("forum-account-wrong-current-password"),
            );
        }
        if let Err(e) = self.passwords().check_new(&change.new) {
            errors.add(FieldName::New, e);
        } else if change.new != change.confirm {
            errors.add(
                FieldName::Confirm,
                crate::t!("forum-account-passwords-differ"),
            );
        }
        errors.into_result()?;
        let new_hash = self
            .passwords()
            .hash(&change.new)
            .map_err(ForumError::NotAllowed)?;
        let account = self.update(actor, |a| {
            a.password_hash = Some(new_hash.clone());
            Ok(())
        })?;
        self.commit(Change::Account(account.username.clone()))?;
        tracing::info!(username = %account.username, "password set");
        Ok(account)
    }

    /// Applies `change` to the stored account of `actor`.
    fn update(
        &self,
        actor: &Account,
        change: impl Fn(&mut Account) -> Result<(), ForumError>,
    ) -> Result<Account, ForumError> {
        // A banned account changes nothing, checked on the account as stored.
        self.store()
            .update_account(&actor.username, |a| {
                self.check_sanction(a, false)?;
                change(a)
            })
            .map_err(|e| match e {
                UpdateError::Refused(e) => e,
                // Public keys are public (many sites list a person's): saying a
                // key is in use would tell anyone who is a member here. Only a
                // login with the private key learns which account it opens.
                UpdateError::KeyTaken => FieldErrors::single(FieldName::Key, key_refused()),
                UpdateError::NotFound => {
                    ForumError::NotFound(crate::t!("forum-missing-your-account"))
                }
                UpdateError::Store(e) => e.into(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::forum::testing::{forum, key, member};

    #[test]
    fn a_member_edits_their_profile_and_bad_values_are_refused() {
        let (forum, _dir) = forum();
        let amara = member(&forum, "amara", 1, Role::Member);
        let mut edit = ProfileEdit::of(&amara);
        edit.bio = "Nurse in Kisumu.\n\x1b[31mred\x1b[0m".into();
        edit.region = Region::Global;
        let saved = forum.edit_profile(&amara, edit.clone()).unwrap();
        assert_eq!(saved.bio, "Nurse in Kisumu.\n[31mred[0m");
        assert_eq!(saved.region, Region::Global);

        edit.time_zone = "Atlantis/Capital".into();
        edit.display_name = String::new();
        let Err(ForumError::Invalid(errors)) = forum.edit_profile(&amara, edit) else {
            panic!("expected field errors");
        };
        assert!(
            errors.get(FieldName::TimeZone).is_some()
                && errors.get(FieldName::DisplayName).is_some()
        );
    }

    #[test]
    fn keys_are_added_once_and_the_last_way_in_is_kept() {
        let (forum, _dir) = forum();
        let amara = member(&forum, "amara", 1, Role::Member);
        let only = amara.keys[0].fingerprint.clone();
        let err = forum.remove_key(&amara, &only).unwrap_err();
        assert!(err.to_string().contains("only way to log in"), "{err}");

        let second = key(2);
        let line = format!("{} laptop", second.openssh());
        let amara = forum.add_key(&amara, &line).unwrap();
        assert_eq!(amara.keys.len(), 2);
        assert_eq!(amara.keys[1].comment, "laptop");
        assert_eq!(
            forum.login_by_key(&second).unwrap().unwrap().username,
            "amara"
        );
        let again = forum.add_key(&amara, &line).unwrap_err();
        assert!(
            again.to_string().contains("already on your account"),
            "{again}"
        );

        let amara = forum.remove_key(&amara, &only).unwrap();
        assert_eq!(amara.keys.len(), 1);
        assert!(
            forum.login_by_key(&key(1)).unwrap().is_none(),
            "removed key no longer logs in"
        );
    }

    #[test]
    fn another_members_key_cannot_be_claimed() {
        let (forum, _dir) = forum();
        let amara = member(&forum, "amara", 1, Role::Member);
        member(&forum, "bruno", 2, Role::Member);
        let err = forum.add_key(&amara, &key(2).openssh()).unwrap_err();
        assert!(err.to_string().contains(&key_refused()), "{err}");
        for owner in ["another account", "belongs", "bruno", "in use"] {
            assert!(!err.to_string().contains(owner), "names ownership: {err}");
        }
    }

    #[test]
    fn password_changes_need_the_current_one_only_after_a_password_login() {
        let (forum, _dir) = forum();
        let amara = member(&forum, "amara", 1, Role::Member);
        let set = PasswordChange {
            current: String::new(),
            new: "first password".into(),
            confirm: "first password".into(),
        };
        let amara = forum
            .change_password(&amara, LoginMethod::Key, set)
            .unwrap();
        assert!(
            forum
                .login_by_password("amara", "first password")
                .unwrap()
                .is_some()
        );

        let wrong = PasswordChange {
            current: "not it at all".into(),
            new: "second password".into(),
            confirm: "second passwrod".into(),
        };
        let Err(ForumError::Invalid(errors)) =
            forum.change_password(&amara, LoginMethod::Password, wrong)
        else {
            panic!("expected field errors");
        };
        assert!(errors.get(FieldName::Current).is_some());
        assert!(errors.get(FieldName::Confirm).is_some());

        let right = PasswordChange {
            current: "first password".into(),
            new: "second password".into(),
            confirm: "second password".into(),
        };
        forum
            .change_password(&amara, LoginMethod::Password, right)
            .unwrap();
        assert!(
            forum
                .login_by_password("amara", "first password")
                .unwrap()
                .is_none()
        );
        assert!(
            forum
                .login_by_password("amara", "second password")
                .unwrap()
                .is_some()
        );
    }
}
