//! Bytes from the client's terminal → keys.
//!
//! Stateful, because nothing promises that an escape sequence or a UTF-8 character
//! arrives in one packet. A lone ESC is ambiguous (the Esc key, or the start of a
//! sequence still in flight), so it is held until more bytes come or the session
//! calls [`InputParser::flush`] after a short quiet period.

use stoa_present::{Input, Key};

/// Pasted text beyond this is dropped (the paste still ends cleanly).
pub const MAX_PASTE: usize = 1 << 20;
#[cfg(test)]
const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";
/// A CSI sequence longer than this is garbage, not a key.
const MAX_SEQUENCE: usize = 32;

#[derive(Default)]
pub struct InputParser {
    pending: Vec<u8>,
    /// Inside a bracketed paste: what has been pasted so far.
    paste: Option<Vec<u8>>,
    /// The last byte was CR, so an LF right after it is the same Enter.
    after_cr: bool,
}

enum Parsed {
    /// A key, and how many bytes it used.
    Key(Key, usize),
    /// Bytes used that mean nothing to us (unknown sequence, invalid UTF-8).
    Skip(usize),
    PasteStart(usize),
    /// Not enough bytes yet.
    Incomplete,
}

impl InputParser {
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Input> {
        self.pending.extend_from_slice(bytes);
        let mut out = Vec::new();
        loop {
            if self.paste.is_some() {
                if !self.take_paste(&mut out) {
                    break;
                }
                continue;
            }
            if self.pending.is_empty() {
                break;
            }
            match parse(&self.pending) {
                Parsed::Incomplete => break,
                Parsed::Skip(n) => {
                    self.pending.drain(..n);
                }
                Parsed::PasteStart(n) => {
                    self.pending.drain(..n);
                    self.paste = Some(Vec::new());
                }
                Parsed::Key(key, n) => {
                    let lf = self.pending[0] == b'\n';
                    let cr = self.pending[0] == b'\r';
                    self.pending.drain(..n);
                    if !(lf && self.after_cr) {
                        out.push(Input::Key(key));
                    }
                    self.after_cr = cr;
                    continue;
                }
            }
            self.after_cr = false;
        }
        out
    }

    /// True when bytes are held waiting for the rest of a sequence.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty() && self.paste.is_none()
    }

    /// Called when no more bytes came for a moment: what is held was not the start of
    /// a sequence after all. A lone ESC is the Esc key; ESC plus a character is Alt.
    pub fn flush(&mut self) -> Vec<Input> {
        if self.paste.is_some() || self.pending.is_empty() {
            return Vec::new();
        }
        let held = std::mem::take(&mut self.pending);
        let mut out = Vec::new();
        if held[0] == 0x1b {
            out.push(Input::Key(Key::Esc));
            out.extend(self.feed(&held[1..]));
            // Whatever is still incomplete (a cut UTF-8 character) is dropped.
            self.pending.clear();
        }
        out
    }

    /// Moves pasted bytes along; true when the paste ended and parsing goes on.
    fn take_paste(&mut self, out: &mut Vec<Input>) -> bool {
        let Some(paste) = self.paste.as_mut() else {
            // Not in a paste after all: parsing goes on as usual.
            return true;
        };
        match find(&self.pending, PASTE_END) {
            Some(at) => {
                let room = MAX_PASTE.saturating_sub(paste.len());
                paste.extend_from_slice(&self.pending[..at.min(room)]);
                self.pending.drain(..at + PASTE_END.len());
                let text = String::from_utf8_lossy(paste).into_owned();
                self.paste = None;
                out.push(Input::Paste(text));
                true
            }
            None => {
                // Keep a tail that could be the start of the end marker.
                let keep = PASTE_END.len() - 1;
                let take = self.pending.len().saturating_sub(keep);
                let room = MAX_PASTE.saturating_sub(paste.len());
                paste.extend_from_slice(&self.pending[..take.min(room)]);
                self.pending.drain(..take);
                false
            }
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn parse(bytes: &[u8]) -> Parsed {
    let first = bytes[0];
    match first {
        0x1b => parse_escape(bytes),
        b'\r' | b'\n' => Parsed::Key(Key::Enter, 1),
        b'\t' => Parsed::Key(Key::Tab, 1),
        0x7f | 0x08 => Parsed::Key(Key::Backspace, 1),
        0x01..=0x1a => Parsed::Key(Key::Ctrl((b'a' + first - 1) as char), 1),
        0x00 | 0x1c..=0x1f => Parsed::Skip(1),
        _ => parse_char(bytes),
    }
}

fn parse_char(bytes: &[u8]) -> Parsed {
    let len = match bytes[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Parsed::Skip(1),
    };
    if bytes.len() < len {
        // Only wait if what we have could still become a character.
        return match std::str::from_utf8(bytes) {
            Err(e) if e.error_len().is_none() => Parsed::Incomplete,
            _ => Parsed::Skip(1),
        };
    }
    match std::str::from_utf8(&bytes[..len]) {
        Ok(s) => match s.chars().next() {
            Some(c) if !c.is_control() => Parsed::Key(Key::Char(c), len),
            _ => Parsed::Skip(len),
        },
        Err(_) => Parsed::Skip(1),
    }
}

fn parse_escape(bytes: &[u8]) -> Parsed {
    let Some(&second) = bytes.get(1) else {
        return Parsed::Incomplete;
    };
    match second {
        b'[' => parse_csi(bytes),
        b'O' => match bytes.get(2) {
            None => Parsed::Incomplete,
            Some(&c) => match ss3_key(c) {
                Some(key) => Parsed::Key(key, 3),
                None => Parsed::Skip(3),
            },
        },
        0x1b => Parsed::Key(Key::Esc, 1),
        _ => match parse_char(&bytes[1..]) {
            Parsed::Key(Key::Char(c), n) => Parsed::Key(Key::Alt(c), n + 1),
            Parsed::Incomplete => Parsed::Incomplete,
            _ => Parsed::Key(Key::Esc, 1),
        },
    }
}

/// ESC [ params intermediates final
fn parse_csi(bytes: &[u8]) -> Parsed {
    let mut i = 2;
    while i < bytes.len() && (0x30..=0x3f).contains(&bytes[i]) {
        i += 1;
    }
    while i < bytes.len() && (0x20..=0x2f).contains(&bytes[i]) {
        i += 1;
    }
    if i >= bytes.len() {
        return if bytes.len() > MAX_SEQUENCE {
            Parsed::Skip(bytes.len())
        } else {
            Parsed::Incomplete
        };
    }
    let last = bytes[i];
    let len = i + 1;
    if !(0x40..=0x7e).contains(&last) {
        // Not a sequence after all: drop the introducer and read on.
        return Parsed::Skip(2);
    }
    let params = std::str::from_utf8(&bytes[2..i]).unwrap_or("");
    let first_param = params.split(';').next().unwrap_or("");
    let key = match last {
        b'A' => Some(Key::Up),
        b'B' => Some(Key::Down),
        b'C' => Some(Key::Right),
        b'D' => Some(Key::Left),
        b'H' => Some(Key::Home),
        b'F' => Some(Key::End),
        b'Z' => Some(Key::BackTab),
        b'~' => match first_param {
            "200" => return Parsed::PasteStart(len),
            "1" | "7" => Some(Key::Home),
            "2" => Some(Key::Insert),
            "3" => Some(Key::Delete),
            "4" | "8" => Some(Key::End),
            "5" => Some(Key::PageUp),
            "6" => Some(Key::PageDown),
            "11" => Some(Key::F(1)),
            "12" => Some(Key::F(2)),
            "13" => Some(Key::F(3)),
            "14" => Some(Key::F(4)),
            "15" => Some(Key::F(5)),
            "17" => Some(Key::F(6)),
            "18" => Some(Key::F(7)),
            "19" => Some(Key::F(8)),
            "20" => Some(Key::F(9)),
            "21" => Some(Key::F(10)),
            "23" => Some(Key::F(11)),
            "24" => Some(Key::F(12)),
            _ => None,
        },
        _ => None,
    };
    match key {
        Some(key) => Parsed::Key(key, len),
        None => Parsed::Skip(len),
    }
}

fn ss3_key(c: u8) -> Option<Key> {
    Some(match c {
        b'A' => Key::Up,
        b'B' => Key::Down,
        b'C' => Key::Right,
        b'D' => Key::Left,
        b'H' => Key::Home,
        b'F' => Key::End,
        b'P' => Key::F(1),
        b'Q' => Key::F(2),
        b'R' => Key::F(3),
        b'S' => Key::F(4),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(inputs: Vec<Input>) -> Vec<Key> {
        inputs
            .into_iter()
            .map(|i| match i {
                Input::Key(k) => k,
                Input::Paste(p) => panic!("unexpected paste {p:?}"),
            })
            .collect()
    }

    #[test]
    fn plain_keys_and_controls() {
        let mut p = InputParser::default();
        assert_eq!(
            keys(p.feed(b"a\r\x7f\t\x13\x03")),
            [
                Key::Char('a'),
                Key::Enter,
                Key::Backspace,
                Key::Tab,
                Key::Ctrl('s'),
                Key::Ctrl('c')
            ]
        );
    }

    #[test]
    fn cr_lf_is_one_enter_even_across_packets() {
        let mut p = InputParser::default();
        assert_eq!(keys(p.feed(b"\r")), [Key::Enter]);
        assert_eq!(keys(p.feed(b"\n")), []);
        assert_eq!(keys(p.feed(b"\n")), [Key::Enter]);
    }

    #[test]
    fn sequences_split_across_packets_are_joined() {
        let mut p = InputParser::default();
        let whole = b"\x1b[A\x1bOB\x1b[5~\x1b[Z\x1b[1;5C";
        let mut out = Vec::new();
        for byte in whole {
            out.extend(p.feed(&[*byte]));
        }
        assert_eq!(
            keys(out),
            [Key::Up, Key::Down, Key::PageUp, Key::BackTab, Key::Right]
        );
        assert!(!p.has_pending());
    }

    #[test]
    fn a_lone_escape_waits_then_is_the_esc_key() {
        let mut p = InputParser::default();
        assert_eq!(keys(p.feed(b"\x1b")), []);
        assert!(p.has_pending());
        assert_eq!(keys(p.flush()), [Key::Esc]);
        assert_eq!(keys(p.feed(b"\x1bx")), [Key::Alt('x')]);
        assert_eq!(keys(p.feed(b"\x1b\x1b")), [Key::Esc]);
        assert_eq!(keys(p.flush()), [Key::Esc]);
    }

    #[test]
    fn utf8_split_across_packets_and_invalid_bytes() {
        let mut p = InputParser::default();
        let e = "é".as_bytes();
        assert_eq!(keys(p.feed(&e[..1])), []);
        assert_eq!(keys(p.feed(&e[1..])), [Key::Char('é')]);
        assert_eq!(
            keys(p.feed(b"\xff\xc3(x")),
            [Key::Char('('), Key::Char('x')]
        );
        let emoji = "🌍".as_bytes();
        assert_eq!(keys(p.feed(&emoji[..3])), []);
        assert_eq!(keys(p.feed(&emoji[3..])), [Key::Char('🌍')]);
    }

    #[test]
    fn bracketed_paste_arrives_whole_even_in_pieces() {
        let mut p = InputParser::default();
        let mut out = p.feed(b"\x1b[200~line one\r\nline");
        assert!(out.is_empty());
        out.extend(p.feed(b" two\x1b[20"));
        out.extend(p.feed(b"1~x"));
        assert_eq!(
            out,
            [
                Input::Paste("line one\r\nline two".into()),
                Input::Key(Key::Char('x'))
            ]
        );
    }

    #[test]
    fn an_endless_paste_is_capped() {
        let mut p = InputParser::default();
        p.feed(PASTE_START);
        let chunk = vec![b'a'; 64 * 1024];
        for _ in 0..(2 * MAX_PASTE / chunk.len()) {
            assert!(p.feed(&chunk).is_empty());
        }
        let out = p.feed(PASTE_END);
        let [Input::Paste(text)] = out.as_slice() else {
            panic!("one paste")
        };
        assert_eq!(text.len(), MAX_PASTE);
    }

    #[test]
    fn unknown_and_overlong_sequences_are_dropped() {
        let mut p = InputParser::default();
        assert_eq!(keys(p.feed(b"\x1b[99xa")), [Key::Char('a')]);
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 40));
        assert_eq!(keys(p.feed(&long)), []);
        assert_eq!(keys(p.feed(b"b")), [Key::Char('b')]);
    }
}
