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
/// attributes reset one by one, then the cursor hidden again or shown where a
/// form's field is being typed in.
const RESETS: &[u8] = b"\x1b[39m\x1b[49m\x1b[59m\x1b[0m";
const HIDE_CURSOR: &[u8] = b"\x1b[?25l";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
/// The same effect as `RESETS` in 4 bytes: SGR 0 resets colours and attributes
/// together.
const SHORT_RESET: &[u8] = b"\x1b[0m";

/// Frames this small (a typed character) are drawn with the cursor showing.
const SMALL_FRAME: usize = 64;

/// Trims each drawn frame to the bytes worth sending: none when nothing
/// changed, the ending shortened, and the cursor's state sent only when it
/// changes. On a 40 kbit/s link every frame's 21 bytes count.
#[derive(Default)]
pub struct FrameTrim {
    /// Where the last frame left the cursor showing (the bytes that move it
    /// there), or `None` while it is hidden, as `ENTER` leaves it.
    cursor: Option<Vec<u8>>,
}

impl FrameTrim {
    pub fn worth_sending(&mut self, frame: Vec<u8>) -> Vec<u8> {
        let Some(at) = frame
            .windows(RESETS.len())
            .rposition(|window| window == RESETS)
        else {
            return frame; // Not a frame's shape: sent as it is.
        };
        let (body, tail) = (&frame[..at], &frame[at + RESETS.len()..]);
        let cursor = if tail == HIDE_CURSOR {
            None
        } else if let Some(moved) = tail.strip_prefix(SHOW_CURSOR) {
            Some(moved.to_vec())
        } else {
            return frame;
        };
        if body.is_empty() && cursor == self.cursor {
            return Vec::new();
        }
        let was_shown = self.cursor.is_some();
        // A cursor left showing is seen jumping about while a frame draws many
        // cells, so it is hidden meanwhile; for a typed character or two that
        // costs more bytes than the flicker it saves.
        let hide_while_drawing = was_shown && body.len() > SMALL_FRAME;
        let mut out = Vec::with_capacity(frame.len());
        if !body.is_empty() {
            if hide_while_drawing {
                out.extend_from_slice(HIDE_CURSOR);
            }
            out.extend_from_slice(body);
            out.extend_from_slice(SHORT_RESET);
        }
        match &cursor {
            Some(moved) => {
                if !was_shown || hide_while_drawing {
                    out.extend_from_slice(SHOW_CURSOR);
                }
                out.extend_from_slice(moved);
            }
            None if was_shown => out.extend_from_slice(HIDE_CURSOR),
            None => {}
        }
        self.cursor = cursor;
        out
    }
}

/// Alternate screen, cursor hidden, bracketed paste on, screen cleared.
/// `CSI 8 l` asks a terminal with bidi support not to reorder what Stoa already
/// put in visual order (see `stoa_present::bidi`).
pub const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[8l\x1b[0m\x1b[H\x1b[2J";
/// Everything `ENTER` did, undone, so the member's shell is as they left it.
pub const LEAVE: &[u8] = b"\x1b[?2004l\x1b[8h\x1b[0m\x1b[?25h\x1b[?1049l";

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

    fn terminal(
        frames: &FrameBuffer,
    ) -> ratatui::Terminal<ratatui::backend::CrosstermBackend<FrameBuffer>> {
        let backend = ratatui::backend::CrosstermBackend::new(frames.clone());
        ratatui::Terminal::with_options(
            backend,
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 80, 2)),
            },
        )
        .unwrap()
    }

    #[test]
    fn a_frame_in_which_nothing_changed_sends_nothing() {
        use ratatui::widgets::Paragraph;
        let frames = FrameBuffer::default();
        let mut terminal = terminal(&frames);
        let mut trim = FrameTrim::default();
        let mut draw = |terminal: &mut ratatui::Terminal<_>, text: &str| {
            terminal
                .draw(|f| f.render_widget(Paragraph::new(text.to_string()), f.area()))
                .unwrap();
            trim.worth_sending(frames.take())
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
    fn the_cursor_is_shown_where_a_frame_puts_it_and_hidden_while_drawing() {
        use ratatui::widgets::Paragraph;
        let frames = FrameBuffer::default();
        let mut terminal = terminal(&frames);
        let mut trim = FrameTrim::default();
        let mut draw = |terminal: &mut ratatui::Terminal<_>, text: &str, at: Option<(u16, u16)>| {
            terminal
                .draw(|f| {
                    f.render_widget(Paragraph::new(text.to_string()), f.area());
                    if let Some(at) = at {
                        f.set_cursor_position(at);
                    }
                })
                .unwrap();
            trim.worth_sending(frames.take())
        };
        let first = draw(&mut terminal, "ab", Some((2, 0)));
        assert!(first.ends_with(b"\x1b[?25h\x1b[1;3H"), "{first:?}");
        assert!(draw(&mut terminal, "ab", Some((2, 0))).is_empty());
        // A typed character: drawn with the cursor showing, then moved on.
        let typed = draw(&mut terminal, "abc", Some((3, 0)));
        assert!(!typed.windows(6).any(|w| w == HIDE_CURSOR), "{typed:?}");
        assert!(typed.ends_with(b"c\x1b[0m\x1b[1;4H"), "{typed:?}");
        // A big change: the cursor hides while it is drawn, then shows again.
        let long = "x".repeat(80);
        let redrawn = draw(&mut terminal, &long, Some((3, 1)));
        assert!(redrawn.starts_with(HIDE_CURSOR), "{redrawn:?}");
        assert!(redrawn.ends_with(b"\x1b[?25h\x1b[2;4H"), "{redrawn:?}");
        // Leaving the form: the cursor goes, once.
        assert_eq!(draw(&mut terminal, &long, None), HIDE_CURSOR);
        assert!(draw(&mut terminal, &long, None).is_empty());
    }

    #[test]
    fn sizes_are_clamped_and_zero_is_allowed() {
        assert_eq!(clamp_size(80, 24), (80, 24));
        assert_eq!(clamp_size(0, 0), (0, 0));
        assert_eq!(clamp_size(65535, 65535), (MAX_COLS, MAX_ROWS));
        assert_eq!(clamp_size(u32::MAX, 1), (MAX_COLS, 1));
    }
}
