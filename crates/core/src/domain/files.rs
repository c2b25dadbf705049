//! Files kept with library entries: what a file is, not its bytes (the store keeps
//! those once, by their SHA-256, however many entries hold them).

use serde::{Deserialize, Serialize};

/// A file as an entry, a proposal or a member's uploads list it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// A safe file name: letters, digits, `.`, `-` and `_`, as SFTP and `get` show it.
    pub name: String,
    pub size: u64,
    /// What it holds, from its name and checked against its first bytes, e.g.
    /// `application/pdf`.
    pub media_type: String,
    /// The SHA-256 of its bytes, in hex: where the store keeps them.
    pub sha256: String,
    /// When it was uploaded (SFTP listings show it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<jiff::Timestamp>,
}

/// What SFTP and `get` call a library entry's own text; no file may take it.
pub const TEXT_FILE: &str = "text.md";

/// The kinds of file the library takes: documents, slides, spreadsheets, text
/// and pictures. Anything else is refused with this list.
pub const FILE_TYPES: &[(&str, &str)] = &[
    ("pdf", "application/pdf"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("odp", "application/vnd.oasis.opendocument.presentation"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("csv", "text/csv"),
    ("txt", "text/plain"),
    ("md", "text/markdown"),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
];

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The media type a file called `name` claims to be, if the library takes that
/// kind of file: known from the name alone, before any byte arrives.
pub fn taken_type(name: &str) -> Option<&'static str> {
    let ext = extension(name);
    FILE_TYPES
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|(_, media)| *media)
}

/// The media type of a file called `name` whose bytes begin with `head`, or why
/// it is not taken. The name says what it claims to be; the first bytes must
/// agree, so a program renamed `report.pdf` is refused.
pub fn media_type(name: &str, head: &[u8]) -> Result<&'static str, String> {
    let ext = extension(name);
    let Some(media) = taken_type(name) else {
        return Err(format!(
            "{name}: the library takes {} files",
            FILE_TYPES
                .iter()
                .map(|(e, _)| *e)
                .filter(|e| *e != "jpeg")
                .collect::<Vec<_>>()
                .join(", ")
        ));
    };
    let agrees = match ext.as_str() {
        "pdf" => head.starts_with(b"%PDF-"),
        // Office and OpenDocument files are zip archives.
        "docx" | "pptx" | "xlsx" | "odt" | "odp" | "ods" => head.starts_with(b"PK\x03\x04"),
        "png" => head.starts_with(b"\x89PNG\r\n\x1a\n"),
        "jpg" | "jpeg" => head.starts_with(b"\xff\xd8\xff"),
        // Text: no NUL and no control bytes but whitespace in what was read.
        _ => looks_like_text(head),
    };
    if agrees {
        Ok(media)
    } else {
        Err(format!("{name} does not hold what its name says ({ext})"))
    }
}

/// UTF-8 (a character cut by the end of `head` allowed) with no control bytes
/// but whitespace: nothing a terminal would act on.
fn looks_like_text(head: &[u8]) -> bool {
    let utf8 = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    utf8 && !head
        .iter()
        .any(|b| *b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t') || *b == 0x7f)
}

/// A file name as typed or sent, made safe to list and to give back: the last
/// path part, with anything but letters, digits, `.`, `-` and `_` turned into
/// `_`, no leading dot or dash, at most 100 characters. `None` when nothing is left.
pub fn safe_file_name(name: &str) -> Option<String> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = last
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    // No leading dot (hidden) or dash (read as an option by shells and tools).
    let cleaned = cleaned.trim_start_matches(['.', '-']);
    let cut: String = cleaned.chars().take(100).collect();
    (!cut.is_empty() && cut.chars().any(|c| c.is_ascii_alphanumeric())).then_some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_must_be_what_its_name_says() {
        assert_eq!(media_type("a.pdf", b"%PDF-1.7\n"), Ok("application/pdf"));
        assert!(media_type("a.pdf", b"MZ\x90\x00").is_err());
        assert!(
            media_type("setup.exe", b"MZ")
                .unwrap_err()
                .contains("takes pdf")
        );
        assert_eq!(media_type("notes.TXT", b"plain words\n"), Ok("text/plain"));
        assert!(media_type("notes.txt", b"\x1b[2J").is_err());
        // A character cut by the end of the first bytes is still text.
        assert!(media_type("n.md", "café".as_bytes().split_at(4).0).is_ok());
        assert!(media_type("deck.pptx", b"PK\x03\x04rest").is_ok());
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(
            safe_file_name("../../etc/passwd").as_deref(),
            Some("passwd")
        );
        assert_eq!(
            safe_file_name("My report (v2).pdf").as_deref(),
            Some("My_report__v2_.pdf")
        );
        assert_eq!(safe_file_name(".hidden").as_deref(), Some("hidden"));
        assert_eq!(safe_file_name("-rf.txt").as_deref(), Some("rf.txt"));
        assert_eq!(safe_file_name("\x1b[31m.pdf").as_deref(), Some("__31m.pdf"));
        assert_eq!(safe_file_name("..."), None);
        assert_eq!(
            safe_file_name("C:\\Users\\a\\b.pdf").as_deref(),
            Some("b.pdf")
        );
    }
}
