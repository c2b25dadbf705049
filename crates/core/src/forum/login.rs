//! Who is connecting. Called by the SSH layer during authentication.

use super::{Forum, ForumError, PublicKey};
use crate::domain::Account;

impl Forum {
    /// The account a verified key belongs to, if any; records that the member was seen.
    pub fn login_by_key(&self, key: &PublicKey) -> Result<Option<Account>, ForumError> {
        match self.store().account_by_key(&key.fingerprint())? {
            Some(account) => Ok(Some(self.seen(account))),
            None => Ok(None),
        }
    }

    /// The account when `password` is right. Takes the same time whether or not the
    /// account exists or has a password (argon2 runs against a decoy hash).
    pub fn login_by_password(
        &self,
        username: &str,
        password: &str,
    ) -> Result<Option<Account>, ForumError> {
        let account = self.store().account(username)?;
        let hash = account.as_ref().and_then(|a| a.password_hash.as_deref());
        if self.passwords().verify(password, hash) {
            Ok(account.map(|a| self.seen(a)))
        } else {
            Ok(None)
        }
    }

    /// True when `username` names an account.
    pub fn is_account(&self, username: &str) -> bool {
        matches!(self.store().account(username), Ok(Some(_)))
    }

    /// Updates last-seen. Not flushed on its own: losing it in a crash costs nothing.
    fn seen(&self, account: Account) -> Account {
        let now = self.now();
        self.store()
            .update_account::<ForumError>(&account.username, |a| {
                // A new visit when the last one was more than an hour ago:
                // "new since your last visit" counts from its start.
                if now.duration_since(a.last_seen) > jiff::SignedDuration::from_hours(1) {
                    a.previous_seen = Some(a.last_seen);
                }
                a.last_seen = now;
                Ok(())
            })
            .unwrap_or(account)
    }
}
