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

/// What ratatui's crossterm backend ends every frame with: colours and
/// attributes reset one by one, then the cursor hidden again. Alone, it is a
/// frame in which no cell changed.
const FRAME_END: &[u8] = b"\x1b[39m\x1b[49m\x1b[59m\x1b[0m\x1b[?25l";
/// The same effect in 4 bytes: SGR 0 resets colours and attributes together, and
/// the cursor stays hidden from `ENTER` on (Stoa never shows it).
const SHORT_END: &[u8] = b"\x1b[0m";

/// The bytes of a drawn frame worth sending: none when nothing changed, and the
/// frame's ending shortened. On a 40 kbit/s link every frame's 21 bytes count.
pub fn worth_sending(mut frame: Vec<u8>) -> Vec<u8> {
    if frame == FRAME_END {
        return Vec::new();
    }
    if frame.ends_with(FRAME_END) {
        frame.truncate(frame.len() - FRAME_END.len());
        frame.extend_from_slice(SHORT_END);
    }
    frame
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
    fn a_frame_in_which_nothing_changed_sends_nothing() {
        use ratatui::widgets::Paragraph;
        let frames = FrameBuffer::default();
        let backend = ratatui::backend::CrosstermBackend::new(frames.clone());
        let mut terminal = ratatui::Terminal::with_options(
            backend,
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 20, 2)),
            },
        )
        .unwrap();
        let draw = |terminal: &mut ratatui::Terminal<_>, text: &str| {
            terminal
                .draw(|f| f.render_widget(Paragraph::new(text.to_string()), f.area()))
                .unwrap();
            worth_sending(frames.take())
        };
        assert!(!draw(&mut terminal, "hello").is_empty());
        assert!(
            draw(&mut terminal, "hello").is_empty(),
            "the same frame again"
        );
        let changed = draw(&mut terminal, "hallo");
        assert!(changed.ends_with(b"a\x1b[0m"), "{changed:?}");
        assert!(changed.len() < 20, "{changed:?}");
    }

    #[test]
    fn sizes_are_clamped_and_zero_is_allowed() {
        assert_eq!(clamp_size(80, 24), (80, 24));
        assert_eq!(clamp_size(0, 0), (0, 0));
        assert_eq!(clamp_size(65535, 65535), (MAX_COLS, MAX_ROWS));
        assert_eq!(clamp_size(u32::MAX, 1), (MAX_COLS, 1));
    }
}
