//! The front door: who may connect and how often they may fail to log in.
//!
//! - Connections are capped in total and per source address, so one address cannot
//!   take every slot.
//! - Failed logins are counted per source address and per account name (whether
//!   or not the account exists, so the count tells nothing about which names are
//!   real) in a fixed window. Past the limit, attempts are refused without checking
//!   them, and the log says so once per window.
//! - Password checks run argon2, which takes ~19 MiB each: only a few run at once,
//!   so a login flood waits its turn instead of exhausting memory.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// `[limits]` in config/stoa.toml.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    pub max_connections: usize,
    pub max_connections_per_address: usize,
    pub login_deadline_secs: u64,
    pub keepalive_secs: u64,
    pub failed_logins_per_address: u32,
    pub failed_logins_per_account: u32,
    pub failed_login_window_secs: u64,
    pub password_checks_at_once: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 2000,
            max_connections_per_address: 50,
            login_deadline_secs: 30,
            keepalive_secs: 30,
            failed_logins_per_address: 20,
            failed_logins_per_account: 10,
            failed_login_window_secs: 600,
            password_checks_at_once: 2,
        }
    }
}

/// Why the door stayed shut.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    Full,
    AddressFull,
    AddressLocked { for_secs: u64 },
    AccountLocked { for_secs: u64 },
    PasswordChecksBusy,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Full => write!(f, "the server holds its maximum number of connections"),
            Refusal::AddressFull => write!(f, "too many connections from this address"),
            Refusal::AddressLocked { for_secs } => write!(
                f,
                "too many failed logins from this address; refusing its logins for {for_secs} s"
            ),
            Refusal::AccountLocked { for_secs } => write!(
                f,
                "too many failed password logins for this account; refusing them for {for_secs} s"
            ),
            Refusal::PasswordChecksBusy => write!(f, "too many password checks waiting"),
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum Subject {
    Address(IpAddr),
    Account(String),
}

struct Strikes {
    count: u32,
    since: Instant,
    /// The lock-out was logged already in this window.
    logged: bool,
}

impl Strikes {
    fn new(now: Instant) -> Strikes {
        Strikes {
            count: 0,
            since: now,
            logged: false,
        }
    }
}

#[derive(Default)]
struct State {
    open: usize,
    by_address: HashMap<IpAddr, usize>,
    strikes: HashMap<Subject, Strikes>,
}

/// Failure records kept before expired ones are swept out; bounds the memory an
/// attacker spraying addresses or names can make us hold.
const MAX_TRACKED: usize = 100_000;

/// How long a password check may wait for its turn before it is refused.
const PASSWORD_QUEUE_WAIT: Duration = Duration::from_secs(5);

pub struct Door {
    limits: Limits,
    state: Mutex<State>,
    password_checks: Arc<Semaphore>,
}

/// A connection's place; it frees the slot when dropped.
pub struct Admission {
    door: Arc<Door>,
    address: IpAddr,
}

impl Drop for Admission {
    fn drop(&mut self) {
        let mut state = self.door.lock();
        state.open = state.open.saturating_sub(1);
        if let Some(n) = state.by_address.get_mut(&self.address) {
            *n -= 1;
            if *n == 0 {
                state.by_address.remove(&self.address);
            }
        }
    }
}

impl Door {
    pub fn new(limits: Limits) -> Arc<Door> {
        Arc::new(Door {
            password_checks: Arc::new(Semaphore::new(limits.password_checks_at_once.max(1))),
            limits,
            state: Mutex::default(),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn window(&self) -> Duration {
        Duration::from_secs(self.limits.failed_login_window_secs.max(1))
    }

    /// Lets a new connection in, or says why not.
    pub fn admit(self: &Arc<Self>, address: IpAddr) -> Result<Admission, Refusal> {
        let mut state = self.lock();
        if state.open >= self.limits.max_connections {
            return Err(Refusal::Full);
        }
        let from_here = state.by_address.entry(address).or_insert(0);
        if *from_here >= self.limits.max_connections_per_address {
            return Err(Refusal::AddressFull);
        }
        *from_here += 1;
        state.open += 1;
        Ok(Admission {
            door: self.clone(),
            address,
        })
    }

    /// Whether a login attempt from `address` (for `account`, when it is a password
    /// attempt) may be checked at all.
    pub fn may_try(&self, address: IpAddr, account: Option<&str>) -> Result<(), Refusal> {
        self.may_try_at(address, account, Instant::now())
    }

    fn may_try_at(
        &self,
        address: IpAddr,
        account: Option<&str>,
        now: Instant,
    ) -> Result<(), Refusal> {
        let mut state = self.lock();
        let window = self.window();
        let mut check = |subject: Subject, limit: u32| -> Option<u64> {
            let strikes = state.strikes.get_mut(&subject)?;
            let age = now.saturating_duration_since(strikes.since);
            if age >= window || strikes.count < limit {
                return None;
            }
            let left = (window - age).as_secs().max(1);
            if !strikes.logged {
                strikes.logged = true;
                match &subject {
                    Subject::Address(a) => tracing::warn!(
                        address = %a,
                        failures = strikes.count,
                        "too many failed logins from this address; refusing its logins for {left} s"
                    ),
                    Subject::Account(name) => tracing::warn!(
                        account = %crate::forum::sanitize::inline(name),
                        failures = strikes.count,
                        "too many failed password logins for this account; refusing them for {left} s"
                    ),
                }
            }
            Some(left)
        };
        if let Some(for_secs) = check(
            Subject::Address(address),
            self.limits.failed_logins_per_address,
        ) {
            return Err(Refusal::AddressLocked { for_secs });
        }
        if let Some(name) = account
            && let Some(for_secs) = check(
                Subject::Account(name.to_string()),
                self.limits.failed_logins_per_account,
            )
        {
            return Err(Refusal::AccountLocked { for_secs });
        }
        Ok(())
    }

    /// Records a failed login from `address`, against `account` too for a password.
    pub fn failed(&self, address: IpAddr, account: Option<&str>) {
        self.failed_at(address, account, Instant::now());
    }

    fn failed_at(&self, address: IpAddr, account: Option<&str>, now: Instant) {
        let window = self.window();
        let mut state = self.lock();
        if state.strikes.len() >= MAX_TRACKED {
            state
                .strikes
                .retain(|_, s| now.saturating_duration_since(s.since) < window);
        }
        let subjects = std::iter::once(Subject::Address(address))
            .chain(account.map(|a| Subject::Account(a.to_string())));
        for subject in subjects {
            if state.strikes.len() >= MAX_TRACKED && !state.strikes.contains_key(&subject) {
                // Still full of live records: the flood is counted by address alone.
                continue;
            }
            let strikes = state
                .strikes
                .entry(subject)
                .or_insert_with(|| Strikes::new(now));
            if now.saturating_duration_since(strikes.since) >= window {
                *strikes = Strikes::new(now);
            }
            strikes.count += 1;
        }
    }

    /// A member got in: their account's failures are forgiven. (The address's are
    /// not, or an attacker with an account could wipe their own record.)
    pub fn succeeded(&self, account: &str) {
        self.lock()
            .strikes
            .remove(&Subject::Account(account.to_string()));
    }

    /// Waits for a turn to run a password check.
    pub async fn password_turn(&self) -> Result<OwnedSemaphorePermit, Refusal> {
        match tokio::time::timeout(
            PASSWORD_QUEUE_WAIT,
            self.password_checks.clone().acquire_owned(),
        )
        .await
        {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(Refusal::PasswordChecksBusy),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn door(limits: Limits) -> Arc<Door> {
        Door::new(limits)
    }

    const HOME: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 1));
    const AWAY: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 2));

    #[test]
    fn connections_are_capped_per_address_and_in_total_and_freed_on_drop() {
        let door = door(Limits {
            max_connections: 3,
            max_connections_per_address: 2,
            ..Limits::default()
        });
        let a = door.admit(HOME).unwrap();
        let _b = door.admit(HOME).unwrap();
        assert_eq!(door.admit(HOME).err(), Some(Refusal::AddressFull));
        let _c = door.admit(AWAY).unwrap();
        assert_eq!(door.admit(AWAY).err(), Some(Refusal::Full));
        drop(a);
        assert!(door.admit(HOME).is_ok());
    }

    #[test]
    fn failed_logins_lock_the_address_until_the_window_ends() {
        let door = door(Limits {
            failed_logins_per_address: 3,
            failed_login_window_secs: 60,
            ..Limits::default()
        });
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(door.may_try_at(HOME, None, t0).is_ok());
            door.failed_at(HOME, None, t0);
        }
        assert_eq!(
            door.may_try_at(HOME, None, t0 + Duration::from_secs(10)),
            Err(Refusal::AddressLocked { for_secs: 50 })
        );
        assert!(
            door.may_try_at(AWAY, None, t0).is_ok(),
            "other addresses still try"
        );
        assert!(
            door.may_try_at(HOME, None, t0 + Duration::from_secs(60))
                .is_ok()
        );
    }

    #[test]
    fn an_account_is_locked_for_passwords_from_any_address_and_freed_by_success() {
        let door = door(Limits {
            failed_logins_per_account: 2,
            ..Limits::default()
        });
        let t0 = Instant::now();
        door.failed_at(HOME, Some("amara"), t0);
        door.failed_at(AWAY, Some("amara"), t0);
        assert!(matches!(
            door.may_try_at(AWAY, Some("amara"), t0),
            Err(Refusal::AccountLocked { .. })
        ));
        // A key login (no account named) from either address still gets in.
        assert!(door.may_try_at(AWAY, None, t0).is_ok());
        // Names that do not exist are counted the same way: no difference to probe.
        door.failed_at(HOME, Some("nobody-here"), t0);
        door.failed_at(HOME, Some("nobody-here"), t0);
        assert!(door.may_try_at(HOME, Some("nobody-here"), t0).is_err());
        door.succeeded("amara");
        assert!(door.may_try_at(AWAY, Some("amara"), t0).is_ok());
    }

    #[test]
    fn the_failure_records_stay_bounded_under_a_spray_of_names() {
        let door = door(Limits::default());
        let t0 = Instant::now();
        for i in 0..(MAX_TRACKED + 500) {
            door.failed_at(HOME, Some(&format!("name{i}")), t0);
        }
        assert!(door.lock().strikes.len() <= MAX_TRACKED);
        // Once the window passed, old records make room for new ones.
        let later = t0 + Duration::from_secs(601);
        door.failed_at(AWAY, Some("fresh"), later);
        assert!(door.lock().strikes.len() < 10);
    }

    #[tokio::test]
    async fn only_so_many_password_checks_run_at_once() {
        let door = door(Limits {
            password_checks_at_once: 2,
            ..Limits::default()
        });
        let first = door.password_turn().await.unwrap();
        let _second = door.password_turn().await.unwrap();
        assert_eq!(door.password_checks.available_permits(), 0);
        drop(first);
        assert!(door.password_turn().await.is_ok());
    }
}
