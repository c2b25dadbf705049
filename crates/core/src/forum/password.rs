//! Password hashing with argon2id. Hashing and verifying are deliberately slow
//! (tens of milliseconds), so callers run them off the async reactor.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};

/// argon2id cost. The defaults are OWASP's recommended minimum (19 MiB, 2 passes,
/// 1 lane); weaker settings are refused at start-up.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PasswordPolicy {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    pub min_length: usize,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy {
            memory_kib: 19_456,
            iterations: 2,
            parallelism: 1,
            min_length: 10,
        }
    }
}

pub const MAX_PASSWORD_LEN: usize = 1024;

/// OWASP's argon2id options trade memory for passes; the cheapest of them
/// (7 MiB × 5 passes) sets the floor on memory × passes.
const OWASP_MIN_MEMORY_KIB: u32 = 7_168;
const OWASP_MIN_COST: u64 = 7_168 * 5;

pub struct Passwords {
    argon: Argon2<'static>,
    /// A hash of nothing in particular: verified against when the account has no
    /// password, so a wrong user name costs as much time as a wrong password.
    decoy: String,
    min_length: usize,
}

impl Passwords {
    pub fn new(policy: PasswordPolicy) -> Result<Passwords, String> {
        if policy.memory_kib < OWASP_MIN_MEMORY_KIB
            || u64::from(policy.memory_kib) * u64::from(policy.iterations) < OWASP_MIN_COST
        {
            return Err(format!(
                "password hashing settings ({} KiB × {} passes) are weaker than OWASP's minimum for argon2id (19456 KiB × 2)",
                policy.memory_kib, policy.iterations
            ));
        }
        let params = Params::new(
            policy.memory_kib,
            policy.iterations,
            policy.parallelism,
            None,
        )
        .map_err(|e| format!("password hashing settings: {e}"))?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let decoy = argon
            .hash_password(b"stoa decoy password")
            .map_err(|e| format!("password hashing: {e}"))?
            .to_string();
        Ok(Passwords {
            argon,
            decoy,
            min_length: policy.min_length.max(8),
        })
    }

    pub fn min_length(&self) -> usize {
        self.min_length
    }

    /// Checks a new password's length; the message goes next to the field.
    pub fn check_new(&self, password: &str) -> Result<(), String> {
        let len = password.chars().count();
        if len < self.min_length {
            return Err(crate::t!("forum-password-at-least", n = self.min_length));
        }
        if len > MAX_PASSWORD_LEN {
            return Err(crate::t!("forum-password-at-most", n = MAX_PASSWORD_LEN));
        }
        Ok(())
    }

    pub fn hash(&self, password: &str) -> Result<String, String> {
        self.argon
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| crate::t!("forum-password-hashing-failed", error = e.to_string()))
    }

    /// True when `password` matches `hash`. With no hash, does the same work against
    /// a decoy and answers false.
    pub fn verify(&self, password: &str, hash: Option<&str>) -> bool {
        let password = &password.as_bytes()[..password.len().min(MAX_PASSWORD_LEN * 4)];
        match hash {
            Some(hash) => self.argon.verify_password(password, hash).is_ok(),
            None => {
                let _ = self.argon.verify_password(password, self.decoy.as_str());
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let passwords = Passwords::new(PasswordPolicy::default()).unwrap();
        let hash = passwords.hash("correct horse battery").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(passwords.verify("correct horse battery", Some(&hash)));
        assert!(!passwords.verify("correct horse battery!", Some(&hash)));
        assert!(!passwords.verify("correct horse battery", None));
    }

    #[test]
    fn settings_weaker_than_owasp_are_refused() {
        let weak = PasswordPolicy {
            memory_kib: 4096,
            iterations: 1,
            ..PasswordPolicy::default()
        };
        assert!(Passwords::new(weak).err().unwrap().contains("OWASP"));
        let stronger = PasswordPolicy {
            memory_kib: 47_104,
            iterations: 1,
            ..PasswordPolicy::default()
        };
        assert!(Passwords::new(stronger).is_ok());
    }

    #[test]
    fn new_passwords_have_a_minimum_length() {
        let passwords = Passwords::new(PasswordPolicy::default()).unwrap();
        assert_eq!(
            passwords.check_new("short"),
            Err("at least 10 characters".into())
        );
        assert!(passwords.check_new("long enough now").is_ok());
        assert!(
            passwords
                .check_new(&"x".repeat(MAX_PASSWORD_LEN + 1))
                .is_err()
        );
    }
}
