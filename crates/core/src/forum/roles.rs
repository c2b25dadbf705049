//! The steering committee's tools: roles, and accounts made on a member's behalf.

use super::FieldName;
use super::audit::Record;
use super::capabilities::Capability;
use super::{Change, FieldErrors, Forum, ForumError, PublicKey};
use crate::domain::{Account, AuditAction, Region, Role};
use crate::store::{CreateError, UpdateError};

/// Who is asking for a committee action.
#[derive(Clone, Copy, Debug)]
pub enum Actor<'a> {
    /// The operator at the server's own console (`stoa admin …`): whoever can open
    /// the data directory already holds every power.
    Operator,
    Account(&'a Account),
}

impl Actor<'_> {
    /// Who the audit log says acted.
    pub fn name(&self) -> &str {
        match self {
            Actor::Operator => "operator",
            Actor::Account(a) => &a.username,
        }
    }

    /// The operator holds every capability; an account, what its role holds.
    pub(super) fn require(self, capability: Capability, what: &str) -> Result<(), ForumError> {
        match self {
            Actor::Operator => Ok(()),
            Actor::Account(a) if capability.held_by(a) => Ok(()),
            Actor::Account(_) => Err(ForumError::NotAllowed(crate::t!(
                "forum-roles-only-admins-can",
                doing = what
            ))),
        }
    }
}

/// An account an admin creates before the member first connects.
#[derive(Clone, Debug)]
pub struct NewAccount {
    pub username: String,
    pub keys: Vec<PublicKey>,
    /// `None`: member, or admin if this is the forum's first account.
    pub role: Option<Role>,
}

impl Forum {
    /// `stoa admin grant`: a role change without a stated reason.
    pub fn grant_role(&self, by: Actor, username: &str, role: Role) -> Result<Account, ForumError> {
        self.change_role(by, username, role, "granted by the steering committee")
    }

    /// Gives `username` a role; recorded in the audit log with `reason`.
    pub fn change_role(
        &self,
        by: Actor,
        username: &str,
        role: Role,
        reason: &str,
    ) -> Result<Account, ForumError> {
        by.require(
            Capability::ChangeRoles,
            &crate::t!("forum-roles-doing-change-roles"),
        )?;
        let reason = super::audit::reason(reason)?;
        let target = self.store().account(username)?.ok_or_else(|| {
            ForumError::NotFound(crate::t!(
                "forum-missing-account",
                name = username.to_string()
            ))
        })?;
        if target.role == Role::Admin && role != Role::Admin {
            let admins = self
                .store()
                .accounts()?
                .iter()
                .filter(|a| a.role == Role::Admin)
                .count();
            if admins <= 1 {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-roles-only-admin",
                    username = username
                )));
            }
        }
        let now = self.now();
        let result = self
            .store()
            .update_account_audited::<ForumError>(username, |a| {
                let record = Record {
                    by: by.name(),
                    action: AuditAction::Role,
                    target: format!("account {username}"),
                    reason: &reason,
                    before: a.role.to_string(),
                    after: role.to_string(),
                };
                a.role = role;
                Ok(Some(record.entry(now)))
            });
        let account = match result {
            Ok(account) => account,
            Err(UpdateError::Store(e)) => return Err(e.into()),
            Err(_) => {
                return Err(ForumError::NotFound(crate::t!(
                    "forum-missing-account",
                    name = username.to_string()
                )));
            }
        };
        self.commit(Change::Account(username.into()))?;
        tracing::info!(%username, %role, "role granted");
        Ok(account)
    }

    pub fn add_account(&self, by: Actor, new: NewAccount) -> Result<Account, ForumError> {
        by.require(
            Capability::ChangeRoles,
            &crate::t!("forum-roles-doing-add-accounts"),
        )?;
        super::validate::username(&new.username)
            .map_err(|e| FieldErrors::single(FieldName::Username, e))?;
        if new.keys.is_empty() {
            return Err(FieldErrors::single(
                FieldName::Key,
                crate::t!("forum-roles-give-a-key"),
            ));
        }
        let now = self.now();
        let created = self.store().create_account(|first| Account {
            username: new.username.as_str().into(),
            display_name: new.username.clone(),
            organization: String::new(),
            region: Region::Global,
            bio: String::new(),
            time_zone: "UTC".into(),
            role: new
                .role
                .unwrap_or(if first { Role::Admin } else { Role::Member }),
            keys: new.keys.iter().map(|k| k.to_account_key(now)).collect(),
            password_hash: None,
            policy_accepted_at: None,
            created_at: now,
            last_seen: now,
            previous_seen: None,
            sanction: None,
            competencies: Vec::new(),
            preferences: Default::default(),
        });
        let account = created.map_err(|e| match e {
            CreateError::UsernameTaken => FieldErrors::single(
                FieldName::Username,
                crate::t!(
                    "forum-roles-username-taken",
                    username = new.username.as_str()
                ),
            ),
            CreateError::KeyTaken => {
                FieldErrors::single(FieldName::Key, crate::t!("forum-roles-key-taken"))
            }
            CreateError::Store(e) => e.into(),
        })?;
        self.commit(Change::Account(account.username.clone()))?;
        tracing::info!(username = %account.username, role = %account.role, "account added");
        Ok(account)
    }
}

impl Forum {
    /// Who sits on the editorial committee (those who review submissions, and
    /// are not banned), by name: readable by everyone, guests included, as the
    /// network's governance is.
    pub fn editorial_committee(&self) -> Result<Vec<Account>, ForumError> {
        let now = self.now();
        let mut list: Vec<Account> = self
            .store()
            .accounts()?
            .into_iter()
            .filter(|a| super::Capability::ReviewSubmissions.held_by(a))
            .filter(|a| {
                a.sanction_at(now)
                    .is_none_or(|s| s.kind != crate::domain::SanctionKind::Banned)
            })
            .collect();
        list.sort_by(|a, b| a.display_name.cmp(&b.display_name));
        Ok(list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forum::testing::{forum, key, member};

    #[test]
    fn only_admins_and_the_operator_change_roles() {
        let (forum, _dir) = forum();
        let admin = member(&forum, "amara", 1, Role::Admin);
        let moderator = member(&forum, "bruno", 2, Role::Moderator);
        let plain = member(&forum, "chen", 3, Role::Member);

        for actor in [&plain, &moderator] {
            let err = forum
                .grant_role(Actor::Account(actor), "chen", Role::Admin)
                .unwrap_err();
            assert!(
                matches!(err, ForumError::NotAllowed(_)),
                "{} must not grant",
                actor.role
            );
        }
        let chen = forum
            .grant_role(Actor::Account(&admin), "chen", Role::Moderator)
            .unwrap();
        assert_eq!(chen.role, Role::Moderator);
        let chen = forum
            .grant_role(Actor::Operator, "chen", Role::Member)
            .unwrap();
        assert_eq!(chen.role, Role::Member);
        assert!(matches!(
            forum.grant_role(Actor::Operator, "nobody-here", Role::Member),
            Err(ForumError::NotFound(_))
        ));
    }

    #[test]
    fn the_last_admin_cannot_be_demoted() {
        let (forum, _dir) = forum();
        member(&forum, "amara", 1, Role::Admin);
        let err = forum
            .grant_role(Actor::Operator, "amara", Role::Member)
            .unwrap_err();
        assert!(err.to_string().contains("only admin"), "{err}");
        member(&forum, "bruno", 2, Role::Admin);
        assert!(
            forum
                .grant_role(Actor::Operator, "amara", Role::Member)
                .is_ok()
        );
    }

    #[test]
    fn only_admins_and_the_operator_add_accounts() {
        let (forum, _dir) = forum();
        let new = |name: &str, seed| NewAccount {
            username: name.into(),
            keys: vec![key(seed)],
            role: None,
        };
        let first = forum.add_account(Actor::Operator, new("amara", 1)).unwrap();
        assert_eq!(first.role, Role::Admin, "the first account is admin");
        let member = forum
            .add_account(Actor::Account(&first), new("bruno", 2))
            .unwrap();
        assert_eq!(member.role, Role::Member);
        assert!(member.policy_accepted_at.is_none());
        let err = forum
            .add_account(Actor::Account(&member), new("chen", 3))
            .unwrap_err();
        assert!(matches!(err, ForumError::NotAllowed(_)));
        let err = forum
            .add_account(Actor::Operator, new("dina", 2))
            .unwrap_err();
        assert!(err.to_string().contains("already belongs"), "{err}");
    }
}
