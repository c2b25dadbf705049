//! Password guessing: counted, slowed, and past a limit refused unchecked.
//!
//! - Failed password logins are counted per source address (an IPv6 client by its
//!   /64) and per account name (whether or not the account exists, so the count
//!   tells nothing about which names are real) in a fixed window. Past either
//!   limit, password attempts are refused without checking them, and the log says
//!   so once per window.
//! - Each failure past the first few from an address makes that address's next
//!   password attempt wait longer (up to [`MAX_DELAY`]), so guessing slows down
//!   long before the lock-out.
//! - Only passwords are counted and refused. A key cannot be guessed, and a
//!   member's valid key must log in whatever someone else guessed from the same
//!   address: one person behind a clinic's NAT used to lock the whole clinic out
//!   for ten minutes (issue 19).
//! - Password checks run argon2, which takes ~19 MiB each: only a few run at once,
//!   so a login flood waits its turn instead of exhausting memory.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::connections::address_group;
use crate::config::Limits;

/// Why a password attempt was not checked.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    AddressLocked { for_secs: u64 },
    AccountLocked { for_secs: u64 },
    PasswordChecksBusy,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::AddressLocked { for_secs } => write!(
                f,
                "too many failed password logins from this address; refusing its passwords for {for_secs} s"
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

/// Failure records kept before expired ones are swept out; bounds the memory an
/// attacker spraying addresses or names can make us hold.
const MAX_TRACKED: usize = 100_000;

/// How long a password check may wait for its turn before it is refused.
const PASSWORD_QUEUE_WAIT: Duration = Duration::from_secs(5);

/// Failures from an address before its attempts start to wait.
const FREE_FAILURES: u32 = 3;
/// What each further failure adds to the wait, and the most it can be.
const DELAY_STEP: Duration = Duration::from_millis(250);
pub const MAX_DELAY: Duration = Duration::from_secs(3);

pub struct Lockout {
    limits: Limits,
    strikes: Mutex<HashMap<Subject, Strikes>>,
    password_checks: Arc<Semaphore>,
}

impl Lockout {
    pub fn new(limits: Limits) -> Lockout {
        Lockout {
            password_checks: Arc::new(Semaphore::new(limits.password_checks_at_once.max(1))),
            limits,
            strikes: Mutex::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Subject, Strikes>> {
        self.strikes.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn window(&self) -> Duration {
        Duration::from_secs(self.limits.failed_login_window_secs.max(1))
    }

    /// Whether a password attempt for `account` from `address` may be checked.
    pub fn may_try(&self, address: IpAddr, account: &str) -> Result<(), Refusal> {
        self.may_try_at(address, account, Instant::now())
    }

    fn may_try_at(&self, address: IpAddr, account: &str, now: Instant) -> Result<(), Refusal> {
        let mut strikes = self.lock();
        let window = self.window();
        let mut check = |subject: Subject, limit: u32| -> Option<u64> {
            let s = strikes.get_mut(&subject)?;
            let age = now.saturating_duration_since(s.since);
            if age >= window || s.count < limit {
                return None;
            }
            let left = (window - age).as_secs().max(1);
            if !s.logged {
                s.logged = true;
                match &subject {
                    Subject::Address(a) => tracing::warn!(
                        address = %a,
                        failures = s.count,
                        "too many failed password logins from this address; refusing its passwords for {left} s"
                    ),
                    Subject::Account(name) => tracing::warn!(
                        account = %stoa_core::forum::sanitize::inline(name),
                        failures = s.count,
                        "too many failed password logins for this account; refusing them for {left} s"
                    ),
                }
            }
            Some(left)
        };
        let group = address_group(address);
        if let Some(for_secs) = check(
            Subject::Address(group),
            self.limits.failed_logins_per_address,
        ) {
            return Err(Refusal::AddressLocked { for_secs });
        }
        if let Some(for_secs) = check(
            Subject::Account(account.to_string()),
            self.limits.failed_logins_per_account,
        ) {
            return Err(Refusal::AccountLocked { for_secs });
        }
        Ok(())
    }

    /// How long a password attempt from `address` waits before it is checked.
    pub fn delay(&self, address: IpAddr) -> Duration {
        self.delay_at(address, Instant::now())
    }

    fn delay_at(&self, address: IpAddr, now: Instant) -> Duration {
        let strikes = self.lock();
        let Some(s) = strikes.get(&Subject::Address(address_group(address))) else {
            return Duration::ZERO;
        };
        if now.saturating_duration_since(s.since) >= self.window() {
            return Duration::ZERO;
        }
        (DELAY_STEP * s.count.saturating_sub(FREE_FAILURES)).min(MAX_DELAY)
    }

    /// Records a failed password login for `account` from `address`.
    pub fn failed(&self, address: IpAddr, account: &str) {
        self.failed_at(address, account, Instant::now());
    }

    fn failed_at(&self, address: IpAddr, account: &str, now: Instant) {
        let window = self.window();
        let mut strikes = self.lock();
        if strikes.len() >= MAX_TRACKED {
            strikes.retain(|_, s| now.saturating_duration_since(s.since) < window);
        }
        let subjects = [
            Subject::Address(address_group(address)),
            Subject::Account(account.to_string()),
        ];
        for subject in subjects {
            if strikes.len() >= MAX_TRACKED && !strikes.contains_key(&subject) {
                // Still full of live records: the flood is counted by address alone.
                continue;
            }
            let s = strikes.entry(subject).or_insert_with(|| Strikes::new(now));
            if now.saturating_duration_since(s.since) >= window {
                *s = Strikes::new(now);
            }
            s.count += 1;
        }
    }

    /// A member got in: their account's failures are forgiven. (The address's are
    /// not, or an attacker with an account could wipe their own record.)
    pub fn succeeded(&self, account: &str) {
        self.lock().remove(&Subject::Account(account.to_string()));
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

    const HOME: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 1));
    const AWAY: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 2));

    fn lockout(limits: Limits) -> Lockout {
        Lockout::new(limits)
    }

    #[test]
    fn failed_passwords_lock_the_address_until_the_window_ends() {
        let l = lockout(Limits {
            failed_logins_per_address: 3,
            failed_login_window_secs: 60,
            ..Limits::default()
        });
        let t0 = Instant::now();
        for name in ["a1", "a2", "a3"] {
            assert!(l.may_try_at(HOME, name, t0).is_ok());
            l.failed_at(HOME, name, t0);
        }
        assert_eq!(
            l.may_try_at(HOME, "a4", t0 + Duration::from_secs(10)),
            Err(Refusal::AddressLocked { for_secs: 50 })
        );
        assert!(
            l.may_try_at(AWAY, "a4", t0).is_ok(),
            "other addresses still try"
        );
        assert!(
            l.may_try_at(HOME, "a4", t0 + Duration::from_secs(60))
                .is_ok()
        );
    }

    #[test]
    fn an_ipv6_guesser_cannot_escape_the_count_by_changing_address_in_its_64() {
        let l = lockout(Limits {
            failed_logins_per_address: 2,
            ..Limits::default()
        });
        let t0 = Instant::now();
        l.failed_at("2001:db8::1".parse().unwrap(), "x", t0);
        l.failed_at("2001:db8::2".parse().unwrap(), "y", t0);
        assert!(matches!(
            l.may_try_at("2001:db8::ffff".parse().unwrap(), "z", t0),
            Err(Refusal::AddressLocked { .. })
        ));
    }

    #[test]
    fn an_account_is_locked_for_passwords_from_any_address_and_freed_by_success() {
        let l = lockout(Limits {
            failed_logins_per_account: 2,
            ..Limits::default()
        });
        let t0 = Instant::now();
        l.failed_at(HOME, "amara", t0);
        l.failed_at(AWAY, "amara", t0);
        assert!(matches!(
            l.may_try_at(AWAY, "amara", t0),
            Err(Refusal::AccountLocked { .. })
        ));
        // Names that do not exist are counted the same way: no difference to probe.
        l.failed_at(HOME, "nobody-here", t0);
        l.failed_at(HOME, "nobody-here", t0);
        assert!(l.may_try_at(HOME, "nobody-here", t0).is_err());
        l.succeeded("amara");
        assert!(l.may_try_at(AWAY, "amara", t0).is_ok());
    }

    #[test]
    fn each_failure_past_the_first_few_slows_the_next_guess() {
        let l = lockout(Limits::default());
        let t0 = Instant::now();
        let mut delays = Vec::new();
        for i in 0..20 {
            delays.push(l.delay_at(HOME, t0));
            l.failed_at(HOME, &format!("n{i}"), t0);
        }
        assert_eq!(delays[..=FREE_FAILURES as usize], [Duration::ZERO; 4]);
        assert!(delays.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(delays[FREE_FAILURES as usize + 1], DELAY_STEP);
        assert_eq!(*delays.last().unwrap(), MAX_DELAY);
        assert_eq!(l.delay_at(AWAY, t0), Duration::ZERO);
        assert_eq!(
            l.delay_at(HOME, t0 + Duration::from_secs(601)),
            Duration::ZERO
        );
    }

    #[test]
    fn the_failure_records_stay_bounded_under_a_spray_of_names() {
        let l = lockout(Limits::default());
        let t0 = Instant::now();
        for i in 0..(MAX_TRACKED + 500) {
            l.failed_at(HOME, &format!("name{i}"), t0);
        }
        assert!(l.lock().len() <= MAX_TRACKED);
        // Once the window passed, old records make room for new ones.
        let later = t0 + Duration::from_secs(601);
        l.failed_at(AWAY, "fresh", later);
        assert!(l.lock().len() < 10);
    }

    #[tokio::test]
    async fn only_so_many_password_checks_run_at_once() {
        let l = lockout(Limits {
            password_checks_at_once: 2,
            ..Limits::default()
        });
        let first = l.password_turn().await.unwrap();
        let _second = l.password_turn().await.unwrap();
        assert_eq!(l.password_checks.available_permits(), 0);
        drop(first);
        assert!(l.password_turn().await.is_ok());
    }
}
