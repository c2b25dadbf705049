//! `account_by_name`: username → Account (JSON).
//! `account_by_key`: key fingerprint → username.
//! `meta["accounts_created"]`: how many accounts were ever made (decides the first admin).

use super::{Store, StoreError, from_json, to_json, transact};
use crate::domain::{Account, AuditEntry};

const ACCOUNTS_CREATED: &[u8] = b"accounts_created";

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("the username is taken")]
    UsernameTaken,
    #[error("that key already belongs to an account")]
    KeyTaken,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Why an account could not be changed.
#[derive(Debug, thiserror::Error)]
pub enum UpdateError<E> {
    #[error("no such account")]
    NotFound,
    #[error("that key already belongs to another account")]
    KeyTaken,
    /// The caller's own rule refused the change.
    #[error("refused")]
    Refused(E),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Store {
    pub fn account(&self, username: &str) -> Result<Option<Account>, StoreError> {
        self.account_by_name
            .get(username.as_bytes())?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    pub fn account_by_key(&self, fingerprint: &str) -> Result<Option<Account>, StoreError> {
        match self.account_by_key.get(fingerprint.as_bytes())? {
            Some(name) => self.account(&String::from_utf8_lossy(&name)),
            None => Ok(None),
        }
    }

    /// Every account, in username order.
    pub fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        self.account_by_name
            .iter()
            .values()
            .map(|raw| from_json(&raw?))
            .collect()
    }

    /// Creates an account in one transaction: the username and every key must be free.
    /// `make` receives `true` when this is the first account the forum ever had, so the
    /// caller's rule ("the first account is admin") cannot race with another sign-up.
    pub fn create_account(&self, make: impl Fn(bool) -> Account) -> Result<Account, CreateError> {
        let _writing = self.writing();
        transact(
            [&self.account_by_name, &self.account_by_key, &self.meta],
            |[by_name, by_key, meta]| {
                let created = meta
                    .get(ACCOUNTS_CREATED)?
                    .map(|raw| u64::from_be_bytes(raw.as_slice().try_into().unwrap_or([0; 8])))
                    .unwrap_or(0);
                let account = make(created == 0);
                if by_name.get(account.username.as_bytes())?.is_some() {
                    return Err(CreateError::UsernameTaken);
                }
                for key in &account.keys {
                    if by_key.get(key.fingerprint.as_bytes())?.is_some() {
                        return Err(CreateError::KeyTaken);
                    }
                    by_key.insert(key.fingerprint.as_bytes(), account.username.as_bytes())?;
                }
                let raw = to_json(&account)?;
                by_name.insert(account.username.as_bytes(), raw)?;
                meta.insert(ACCOUNTS_CREATED, (created + 1).to_be_bytes())?;
                Ok(account)
            },
        )
    }

    /// Changes an account in one transaction, keeping the key index in step with the
    /// account's keys. `change` may refuse with its own error.
    pub fn update_account<E>(
        &self,
        username: &str,
        change: impl Fn(&mut Account) -> Result<(), E>,
    ) -> Result<Account, UpdateError<E>> {
        self.update_account_audited(username, |a| change(a).map(|()| None))
    }

    /// [`Store::update_account`] for the committee: `change` also returns the
    /// audit entry, written in the same transaction.
    pub fn update_account_audited<E>(
        &self,
        username: &str,
        change: impl Fn(&mut Account) -> Result<Option<AuditEntry>, E>,
    ) -> Result<Account, UpdateError<E>> {
        let _writing = self.writing();
        let trees = [
            &self.account_by_name,
            &self.account_by_key,
            &self.meta,
            &self.audit_by_id,
        ];
        transact(trees, |[by_name, by_key, meta, audit]| {
            let Some(raw) = by_name.get(username.as_bytes())? else {
                return Err(UpdateError::NotFound);
            };
            let before: Account = from_json(&raw)?;
            let mut after = before.clone();
            let entry = match change(&mut after) {
                Ok(entry) => entry,
                Err(e) => return Err(UpdateError::Refused(e)),
            };
            for old in &before.keys {
                if !after.keys.iter().any(|k| k.fingerprint == old.fingerprint) {
                    by_key.remove(old.fingerprint.as_bytes())?;
                }
            }
            for new in &after.keys {
                match by_key.get(new.fingerprint.as_bytes())? {
                    Some(owner) if owner != username.as_bytes() => {
                        return Err(UpdateError::KeyTaken);
                    }
                    Some(_) => {}
                    None => {
                        by_key.insert(new.fingerprint.as_bytes(), username.as_bytes())?;
                    }
                }
            }
            let raw = to_json(&after)?;
            by_name.insert(username.as_bytes(), raw)?;
            super::editorial::audit_in(&meta, &audit, entry)?;
            Ok(after)
        })
    }

    /// Stores an account that has no keys (demo content), without counting it as a
    /// sign-up: the first person to sign up still becomes admin. An existing account
    /// of that name is left alone. Returns whether it was added.
    pub fn put_keyless_account(&self, account: &Account) -> Result<bool, StoreError> {
        let _writing = self.writing();
        if !account.keys.is_empty() {
            return Err(StoreError::Corrupt(
                "a keyless account was given keys".into(),
            ));
        }
        let raw = to_json(account)?;
        transact([&self.account_by_name], |[by_name]| {
            if by_name.get(account.username.as_bytes())?.is_some() {
                return Ok(false);
            }
            by_name.insert(account.username.as_bytes(), &raw)?;
            Ok(true)
        })
    }
}
