//! Password logins: checked off the reactor, a few at a time, slowed and
//! refused for an address or name with too many failures.

use russh::MethodSet;
use russh::server::Auth;

use super::{Connection, Login};
use russh::MethodKind;
use stoa_core::forum::{LoginMethod, Viewer};

/// Shown above the password prompt (see `auth_keyboard_interactive`): the same
/// whatever `user` is, so it says nothing about whether the account exists.
pub(super) fn login_help(user: &str, site: &stoa_core::forum::Site) -> String {
    let user: String = stoa_core::forum::sanitize::inline(user)
        .chars()
        .take(32)
        .collect();
    format!(
        "Logging in to Stoa as {user} with a password (your keys were tried first).\n\
         No password, or not a member yet? Press Enter, then connect with the key you\n\
         registered, or as a guest to browse and sign up: {}\n",
        site.ssh(Some("guest"))
    )
}

impl Connection {
    pub(super) fn reject_to(methods: &[MethodKind]) -> Auth {
        Auth::Reject {
            proceed_with_methods: Some(MethodSet::from(methods)),
            partial_success: false,
        }
    }

    /// Checks a password on a blocking thread: argon2 takes tens of
    /// milliseconds and would stall every session on this reactor thread. Only a
    /// few checks run at once (the door hands out turns), and an address or name
    /// with too many failures is refused without a check. A refusal offers the
    /// client `after`.
    pub(super) async fn check_password(
        &mut self,
        user: &str,
        password: &str,
        after: &[MethodKind],
    ) -> anyhow::Result<Auth> {
        let retry = Connection::reject_to(after);
        if let Err(refusal) = self.lockout.may_try(self.peer.ip(), user) {
            tracing::debug!(peer = %self.peer, "password login refused: {refusal}");
            return Ok(retry);
        }
        // Guessing from this address slows down with each failure. Only this
        // connection waits: its loop, not anyone else's.
        tokio::time::sleep(self.lockout.delay(self.peer.ip())).await;
        let turn = match self.lockout.password_turn().await {
            Ok(turn) => turn,
            Err(refusal) => {
                tracing::warn!(peer = %self.peer, "password login refused: {refusal}");
                return Ok(retry);
            }
        };
        let forum = self.forum.clone();
        let (name, password) = (user.to_string(), password.to_string());
        let account = tokio::task::spawn_blocking(move || {
            let _turn = turn;
            forum.login_by_password(&name, &password)
        })
        .await??;
        match account {
            Some(account) => {
                tracing::info!(peer = %self.peer, username = %account.username, "password login");
                self.lockout.succeeded(&account.username);
                Ok(self.accept(Login {
                    key: None,
                    viewer: Viewer::Member {
                        account,
                        via: LoginMethod::Password,
                    },
                }))
            }
            None => {
                tracing::warn!(
                    peer = %self.peer,
                    user = %stoa_core::forum::sanitize::inline(user),
                    "failed password login"
                );
                self.lockout.failed(self.peer.ip(), user);
                self.wrong_passwords += 1;
                Ok(retry)
            }
        }
    }
}
