//! What the server writes to a member's terminal besides frames.

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

/// Collects what ratatui writes for one frame, to be sent as one channel message.
/// Clones share the bytes: the backend writes through one, the session takes the
/// frame through another. (Only the session task touches either, so the lock is
/// never contended.)
#[derive(Clone, Default)]
pub struct FrameBuffer(Arc<Mutex<Vec<u8>>>);

impl FrameBuffer {
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl Write for FrameBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Alternate screen, cursor hidden, bracketed paste on, screen cleared.
pub const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[0m\x1b[H\x1b[2J";
/// Everything `ENTER` did, undone, so the member's shell is as they left it.
pub const LEAVE: &[u8] = b"\x1b[?2004l\x1b[0m\x1b[?25h\x1b[?1049l";

/// Largest terminal drawn. A client may claim 65535×65535; a buffer that size
/// would take gigabytes, so larger claims are drawn at this size.
pub const MAX_COLS: u16 = 500;
pub const MAX_ROWS: u16 = 200;

/// A client's claimed size, made safe to allocate.
pub fn clamp_size(cols: u32, rows: u32) -> (u16, u16) {
    (
        cols.min(u32::from(MAX_COLS)) as u16,
        rows.min(u32::from(MAX_ROWS)) as u16,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_clamped_and_zero_is_allowed() {
        assert_eq!(clamp_size(80, 24), (80, 24));
        assert_eq!(clamp_size(0, 0), (0, 0));
        assert_eq!(clamp_size(65535, 65535), (MAX_COLS, MAX_ROWS));
        assert_eq!(clamp_size(u32::MAX, 1), (MAX_COLS, 1));
    }
}
