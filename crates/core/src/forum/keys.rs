//! SSH public keys as members paste them (`ssh-ed25519 AAAA… amara@laptop`).

use jiff::Timestamp;
use russh::keys::{Algorithm, HashAlg};

use crate::domain::AccountKey;

/// A public key that parsed, and that Stoa accepts for logging in.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicKey(russh::keys::PublicKey);

impl PublicKey {
    /// Parses the first non-empty line of `text` as an OpenSSH public key.
    pub fn parse(text: &str) -> Result<PublicKey, String> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .ok_or("paste a public key, e.g. the contents of ~/.ssh/id_ed25519.pub")?;
        if line.contains("PRIVATE KEY") {
            return Err(
                "that is a private key: never share it. Paste the .pub file instead".into(),
            );
        }
        let key = russh::keys::PublicKey::from_openssh(line).map_err(|_| {
            "not an OpenSSH public key; it should look like 'ssh-ed25519 AAAAC3… you@host'"
                .to_string()
        })?;
        PublicKey::accept(key)
    }

    /// Wraps a key the SSH layer has verified, refusing algorithms we do not trust.
    pub fn accept(key: russh::keys::PublicKey) -> Result<PublicKey, String> {
        if key.algorithm() == Algorithm::Dsa {
            return Err(
                "DSA keys are no longer safe; use an Ed25519 key (ssh-keygen -t ed25519)".into(),
            );
        }
        Ok(PublicKey(key))
    }

    /// An Ed25519 key: always acceptable, so no refusal to handle.
    pub fn ed25519(key: russh::keys::ssh_key::public::Ed25519PublicKey) -> PublicKey {
        PublicKey(russh::keys::PublicKey::from(key))
    }

    pub fn fingerprint(&self) -> String {
        self.0.fingerprint(HashAlg::Sha256).to_string()
    }

    /// The key without its comment.
    pub fn openssh(&self) -> String {
        let mut bare = self.0.clone();
        bare.set_comment("");
        bare.to_openssh()
            .map(|s| s.trim_end().to_string())
            .unwrap_or_default()
    }

    pub fn comment(&self) -> String {
        self.0.comment().as_str_lossy().to_string()
    }

    pub fn algorithm(&self) -> String {
        self.0.algorithm().as_str().to_string()
    }

    pub fn to_account_key(&self, now: Timestamp) -> AccountKey {
        AccountKey {
            openssh: self.openssh(),
            fingerprint: self.fingerprint(),
            comment: super::sanitize::inline(&self.comment())
                .chars()
                .take(100)
                .collect(),
            added_at: now,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ED25519: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGXj0TqNnNYNhSDJmjmzrwNspnSvSvR4vuLAE2QGNFTo amara@clinic";

    #[test]
    fn a_pasted_key_parses_with_its_comment_and_fingerprint() {
        let key = PublicKey::parse(&format!("\n  {ED25519}\n")).unwrap();
        assert_eq!(key.comment(), "amara@clinic");
        assert!(key.fingerprint().starts_with("SHA256:"));
        assert!(key.openssh().starts_with("ssh-ed25519 AAAA"));
        assert!(!key.openssh().contains("amara"));
        assert_eq!(key.algorithm(), "ssh-ed25519");
    }

    #[test]
    fn bad_pastes_get_a_sentence() {
        assert!(
            PublicKey::parse("")
                .unwrap_err()
                .contains("paste a public key")
        );
        assert!(
            PublicKey::parse("hello world")
                .unwrap_err()
                .contains("not an OpenSSH public key")
        );
        assert!(
            PublicKey::parse("-----BEGIN OPENSSH PRIVATE KEY-----\nabc")
                .unwrap_err()
                .contains("private key")
        );
    }
}
