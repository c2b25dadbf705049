//! An upload being received over SFTP, and what the server lets uploads hold
//! in memory before they are kept: at most one file's worth per member and
//! [`UPLOAD_BUDGET`] for the whole server.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use russh_sftp::server::StatusReply;

use super::sftp::failure;

/// Bytes of uploads the whole server holds in memory at once, before they
/// are kept: a thousand members putting files at once wait their turn.
pub const UPLOAD_BUDGET: u64 = 256 * 1024 * 1024;
static UPLOADS_HELD: AtomicU64 = AtomicU64::new(0);

/// Bytes of unfinished uploads each member holds in memory, across all their
/// sessions: at most one file's worth, so one member cannot take the budget.
static HELD_BY_MEMBER: std::sync::Mutex<Option<HashMap<String, u64>>> = std::sync::Mutex::new(None);

fn held_by(member: &str, change: i64) -> u64 {
    let mut held = HELD_BY_MEMBER
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let map = held.get_or_insert_with(HashMap::new);
    let now = map
        .get(member)
        .copied()
        .unwrap_or(0)
        .saturating_add_signed(change);
    if now == 0 {
        map.remove(member);
    } else {
        map.insert(member.to_string(), now);
    }
    now
}

/// An upload being received: its name and the bytes so far. What it holds
/// (its buffer's capacity, not only what was written) counts against the
/// member's share and [`UPLOAD_BUDGET`] until it is dropped.
pub(super) struct Upload {
    member: String,
    pub(super) name: String,
    pub(super) bytes: Vec<u8>,
    limit: u64,
    /// A write was refused: what arrived is not the file, and is not kept.
    pub(super) failed: bool,
    /// What this upload counts against the budgets: what it asked to hold.
    held: u64,
}

impl Drop for Upload {
    fn drop(&mut self) {
        UPLOADS_HELD.fetch_sub(self.held, Ordering::AcqRel);
        held_by(&self.member, -(self.held as i64));
    }
}

impl Upload {
    pub(super) fn new(member: &str, name: String, limit: u64) -> Upload {
        Upload {
            member: member.to_string(),
            name,
            bytes: Vec::new(),
            limit,
            failed: false,
            held: 0,
        }
    }

    pub(super) fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), StatusReply> {
        let written = self.take(offset, data);
        if written.is_err() {
            self.failed = true;
        }
        written
    }

    fn take(&mut self, offset: u64, data: &[u8]) -> Result<(), StatusReply> {
        let end = offset.saturating_add(data.len() as u64);
        if end > self.limit {
            return Err(failure(format!(
                "{} is over {}, the most a file may be",
                self.name,
                stoa_core::forum::files::size_words(self.limit)
            )));
        }
        if offset > self.bytes.len() as u64 {
            return Err(failure(
                "writes must follow one another, without gaps".into(),
            ));
        }
        // Room grows by doubling, up to the limit, and exactly so: what is
        // counted is what is held.
        let end = end as usize;
        if end as u64 > self.held {
            let wanted = (end as u64).max(self.held * 2).min(self.limit);
            let grows = wanted - self.held;
            let total = UPLOADS_HELD.fetch_add(grows, Ordering::AcqRel) + grows;
            let mine = held_by(&self.member, grows as i64);
            if total > UPLOAD_BUDGET || mine > self.limit {
                UPLOADS_HELD.fetch_sub(grows, Ordering::AcqRel);
                held_by(&self.member, -(grows as i64));
                return Err(failure(if total > UPLOAD_BUDGET {
                    "the server is receiving many files now: try again in a minute".into()
                } else {
                    "one file at a time: wait for your other upload to finish".into()
                }));
            }
            self.held = wanted;
            self.bytes.reserve_exact(wanted as usize - self.bytes.len());
        }
        let at = offset as usize;
        let overlap = (self.bytes.len() - at).min(data.len());
        self.bytes[at..at + overlap].copy_from_slice(&data[..overlap]);
        self.bytes.extend_from_slice(&data[overlap..]);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_write_spoils_the_upload_and_what_it_held_is_given_back() {
        let mut upload = Upload::new("limits-test", "a.pdf".into(), 100);
        upload.write(0, b"%PDF-1.7").unwrap();
        assert!(upload.write(50, b"gap").is_err());
        assert!(upload.failed, "a gap spoils it");
        let mut big = Upload::new("limits-test-2", "b.pdf".into(), 100);
        assert!(big.write(0, &[b'x'; 101]).is_err());
        assert!(big.failed);
        // One file's worth a member: a second upload of theirs waits.
        let mut first = Upload::new("limits-test-3", "c.pdf".into(), 100);
        first.write(0, &[b'x'; 100]).unwrap();
        let mut second = Upload::new("limits-test-3", "d.pdf".into(), 100);
        assert!(second.write(0, b"x").is_err());
        drop(first);
        let mut third = Upload::new("limits-test-3", "e.pdf".into(), 100);
        third.write(0, b"x").unwrap();
        drop((upload, big, second, third));
        assert_eq!(held_by("limits-test-3", 0), 0);
        assert_eq!(held_by("limits-test", 0), 0);
    }
}
