//! The library's files and members' uploads.
//!
//! - `file_chunks`: SHA-256 (32 bytes), chunk number (u32, big-endian) → up to
//!   [`CHUNK`] bytes. A file is kept once however many entries, proposals and
//!   uploads hold it, and is read a chunk at a time: a download from any offset
//!   (a resumed one) reads only the chunks it sends.
//! - `uploads_by_account`: username, 0, file name → Attachment (JSON). A member's
//!   own space, from which they attach files to a proposal.

use sha2::{Digest, Sha256};

use super::{Store, StoreError, from_json, join, to_json, transact};
use crate::domain::{Attachment, Item, ReviewState, Submission};

/// Bytes in one stored chunk of a file.
pub const CHUNK: usize = 64 * 1024;

/// The SHA-256 of `bytes`, in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The 32 bytes a hex SHA-256 stands for; `None` for anything else.
fn sha256_bytes(hex: &str) -> Option<[u8; 32]> {
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

fn chunk_key(sha: &[u8; 32], n: u32) -> [u8; 36] {
    let mut key = [0u8; 36];
    key[..32].copy_from_slice(sha);
    key[32..].copy_from_slice(&n.to_be_bytes());
    key
}

impl Store {
    /// Keeps `bytes` (once: a file already kept is not written again) and
    /// returns its SHA-256 in hex.
    pub fn put_file(&self, bytes: &[u8]) -> Result<String, StoreError> {
        let hex = sha256_hex(bytes);
        let sha = sha256_bytes(&hex).unwrap_or([0; 32]);
        let last = bytes.len().div_ceil(CHUNK).max(1) as u32 - 1;
        // The last chunk is written last: when it is there, the file is whole.
        if self.file_chunks.get(chunk_key(&sha, last))?.is_some() {
            return Ok(hex);
        }
        let _writing = self.writing();
        transact([&self.file_chunks], |[chunks]| {
            if bytes.is_empty() {
                chunks.insert(chunk_key(&sha, 0), b"")?;
            }
            for (n, chunk) in bytes.chunks(CHUNK).enumerate() {
                chunks.insert(chunk_key(&sha, n as u32), chunk)?;
            }
            Ok::<_, StoreError>(())
        })?;
        Ok(hex)
    }

    /// Up to `len` bytes of the file `sha256` from `offset`: fewer at its end,
    /// none past it. Only the chunks the range touches are read.
    pub fn read_file(&self, sha256: &str, offset: u64, len: usize) -> Result<Vec<u8>, StoreError> {
        let Some(sha) = sha256_bytes(sha256) else {
            return Ok(Vec::new());
        };
        let mut out = Vec::with_capacity(len.min(CHUNK * 4));
        let mut at = offset;
        while out.len() < len {
            let n = (at / CHUNK as u64) as u32;
            let Some(chunk) = self.file_chunks.get(chunk_key(&sha, n))? else {
                break;
            };
            let from = (at % CHUNK as u64) as usize;
            if from >= chunk.len() {
                break;
            }
            let take = (chunk.len() - from).min(len - out.len());
            out.extend_from_slice(&chunk[from..from + take]);
            at += take as u64;
        }
        Ok(out)
    }

    /// Whether the bytes of `sha256` are kept.
    pub fn has_file(&self, sha256: &str) -> Result<bool, StoreError> {
        match sha256_bytes(sha256) {
            Some(sha) => Ok(self.file_chunks.get(chunk_key(&sha, 0))?.is_some()),
            None => Ok(false),
        }
    }

    /// A member's uploads, by name.
    pub fn uploads(&self, username: &str) -> Result<Vec<Attachment>, StoreError> {
        self.uploads_by_account
            .scan_prefix(join(username, b""))
            .values()
            .map(|raw| from_json(&raw?))
            .collect()
    }

    /// Lists `file` in `username`'s uploads, in place of one of the same name.
    pub fn add_upload(&self, username: &str, file: &Attachment) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.uploads_by_account
            .insert(join(username, file.name.as_bytes()), to_json(file)?)
    }

    /// Takes `name` out of `username`'s uploads, and its bytes out of the store
    /// when nothing else holds them. False when there was no such upload.
    pub fn remove_upload(&self, username: &str, name: &str) -> Result<bool, StoreError> {
        let key = join(username, name.as_bytes());
        let Some(raw) = self.uploads_by_account.get(&key)? else {
            return Ok(false);
        };
        let file: Attachment = from_json(&raw)?;
        let _writing = self.writing();
        self.uploads_by_account.remove(&key)?;
        self.forget_file_if_unused(&file.sha256)?;
        Ok(true)
    }

    /// Takes a file's bytes out of the store when no upload, submission or
    /// entry holds it any more.
    pub fn forget_file_if_unused(&self, sha256: &str) -> Result<(), StoreError> {
        if !self.file_in_use(sha256)? {
            self.forget_file(sha256)?;
        }
        Ok(())
    }

    /// Whether an upload, a submission or an entry still holds the file. Reads
    /// them all: it runs when a member removes an upload, not on every read.
    fn file_in_use(&self, sha256: &str) -> Result<bool, StoreError> {
        for raw in self.uploads_by_account.iter().values() {
            let file: Attachment = from_json(&raw?)?;
            if file.sha256 == sha256 {
                return Ok(true);
            }
        }
        for raw in self.submission_by_id.iter().values() {
            let s: Submission = from_json(&raw?)?;
            // A rejected proposal keeps no files.
            if s.state == ReviewState::Rejected {
                continue;
            }
            if let Item::Resource(r) = &s.item
                && r.files.iter().any(|f| f.sha256 == sha256)
            {
                return Ok(true);
            }
        }
        Ok(self
            .entries()?
            .iter()
            .any(|e| e.files.iter().any(|f| f.sha256 == sha256)))
    }

    fn forget_file(&self, sha256: &str) -> Result<(), StoreError> {
        let Some(sha) = sha256_bytes(sha256) else {
            return Ok(());
        };
        // The last chunk first: `put_file` takes a file whose last chunk is
        // there as whole, so one cut short by a crash here is written again.
        let keys: Vec<Vec<u8>> = self
            .file_chunks
            .scan_prefix(sha)
            .keys()
            .collect::<Result<_, _>>()?;
        for key in keys.into_iter().rev() {
            self.file_chunks.remove(key)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attachment(name: &str, sha256: &str, size: u64) -> Attachment {
        Attachment {
            name: name.into(),
            size,
            media_type: "application/pdf".into(),
            sha256: sha256.into(),
            added: None,
        }
    }

    #[test]
    fn a_file_reads_back_from_any_offset_a_chunk_at_a_time() {
        let store = Store::in_memory().unwrap();
        let bytes: Vec<u8> = (0..CHUNK * 2 + 100).map(|i| (i % 251) as u8).collect();
        let sha = store.put_file(&bytes).unwrap();
        assert_eq!(sha, sha256_hex(&bytes));
        assert_eq!(store.read_file(&sha, 0, bytes.len() + 10).unwrap(), bytes);
        let from = CHUNK as u64 - 5;
        assert_eq!(
            store.read_file(&sha, from, 20).unwrap(),
            bytes[from as usize..from as usize + 20]
        );
        assert!(
            store
                .read_file(&sha, bytes.len() as u64, 10)
                .unwrap()
                .is_empty()
        );
        assert!(store.read_file("not a hash", 0, 10).unwrap().is_empty());
        // Kept once: the same bytes again write nothing new.
        let chunks = store.file_chunks.iter().keys().count();
        store.put_file(&bytes).unwrap();
        assert_eq!(store.file_chunks.iter().keys().count(), chunks);
    }

    #[test]
    fn an_upload_removed_takes_its_bytes_only_when_nothing_else_holds_them() {
        let store = Store::in_memory().unwrap();
        let sha = store.put_file(b"%PDF-1.7 report").unwrap();
        store
            .add_upload("amara", &attachment("a.pdf", &sha, 15))
            .unwrap();
        store
            .add_upload("li", &attachment("b.pdf", &sha, 15))
            .unwrap();
        assert_eq!(store.uploads("amara").unwrap().len(), 1);
        assert!(store.remove_upload("amara", "a.pdf").unwrap());
        assert!(store.has_file(&sha).unwrap(), "li's upload still holds it");
        assert!(store.remove_upload("li", "b.pdf").unwrap());
        assert!(!store.has_file(&sha).unwrap());
        assert!(!store.remove_upload("li", "b.pdf").unwrap());
        let empty = store.put_file(b"").unwrap();
        assert!(store.has_file(&empty).unwrap());
    }
}
