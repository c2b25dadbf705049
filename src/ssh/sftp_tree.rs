//! What SFTP shows: the library's files, a member's own uploads, and for the
//! editorial committee the files of submissions under review.
//!
//! ```text
//! /library/10-care-pathways/framework.pdf   published entries' files, text.md for their text
//! /uploads/report.pdf                        the member's own space: put, get, rm
//! /review/12-care-pathways/framework.pdf    the committee: files waiting for review
//! ```
//!
//! A folder is found by the number it begins with: `library/10/framework.pdf`
//! is the same file.

use stoa_core::domain::{
    Attachment, Entry, EntryId, Shelf, SubmissionId, folder_name, safe_file_name, taken_type,
};
use stoa_core::forum::{Capability, Forum, ForumError, LibraryFilter, Viewer};

/// Where a path leads.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Root,
    Library,
    Entry(Box<Entry>),
    /// A stored file, and what the path calls it.
    File(Attachment),
    /// An entry's own text, as `text.md`.
    Text(String),
    Uploads,
    /// A name in the member's uploads that does not exist yet: a file may be
    /// put there.
    NewUpload(String),
    Review,
    Submission(SubmissionId, Vec<Attachment>),
}

/// One line of a folder's listing.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub name: String,
    pub folder: bool,
    pub size: u64,
    /// When it was published or uploaded, where that is known.
    pub modified: Option<jiff::Timestamp>,
}

/// Why a path cannot be used, in words for the client to show.
#[derive(Clone, Debug, PartialEq)]
pub enum Refused {
    NoSuchFile(String),
    NotAllowed(String),
    Failed(String),
}

impl From<ForumError> for Refused {
    fn from(e: ForumError) -> Self {
        match e {
            ForumError::NotFound(what) => Refused::NoSuchFile(format!("{what} not found")),
            ForumError::Store(e) => Refused::Failed(e.to_string()),
            other => Refused::NotAllowed(other.to_string()),
        }
    }
}

pub use stoa_ui::exec::TEXT_FILE;

/// `path` as a list of names from the root: `.` and empty parts dropped, `..`
/// going up (never above the root).
pub fn parts(path: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            name => out.push(name),
        }
    }
    out
}

/// The path as the client should see it.
pub fn canonical(path: &str) -> String {
    format!("/{}", parts(path).join("/"))
}

/// A path as messages quote it: no control characters, not too long.
pub fn quoted(path: &str) -> String {
    let clean = stoa_core::forum::sanitize::inline(&canonical(path)).into_owned();
    stoa_present::text::fit(&clean, 120)
}

/// The number a folder's name begins with: `10`, or `10-` and its words.
fn number(folder: &str) -> Option<u64> {
    let digits = folder.split_once('-').map_or(folder, |(digits, _)| digits);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.starts_with('0') {
        return None;
    }
    digits.parse().ok()
}

fn entry_text(entry: &Entry) -> &str {
    match &entry.shelf {
        Shelf::Resource { text, .. } => text,
        Shelf::Practice { .. } => "",
    }
}

/// Entries with something to fetch here: their own text or files.
fn has_content(entry: &Entry) -> bool {
    !entry.files.is_empty() || !entry_text(entry).is_empty()
}

pub struct Tree<'a> {
    pub forum: &'a Forum,
    pub viewer: &'a Viewer,
}

impl Tree<'_> {
    fn member(&self) -> bool {
        self.viewer.account().is_some()
    }

    fn committee(&self) -> bool {
        self.forum.may(self.viewer, Capability::ReviewSubmissions)
    }

    pub fn resolve(&self, path: &str) -> Result<Node, Refused> {
        let parts = parts(path);
        let missing = || Refused::NoSuchFile(format!("{} does not exist", quoted(path)));
        match parts.as_slice() {
            [] => Ok(Node::Root),
            ["library"] => Ok(Node::Library),
            ["library", folder] => {
                let id = number(folder).ok_or_else(missing)?;
                let entry = self.forum.entry(EntryId(id)).map_err(|_| missing())?;
                Ok(Node::Entry(Box::new(entry)))
            }
            ["library", folder, name] => {
                let id = number(folder).ok_or_else(missing)?;
                let entry = self.forum.entry(EntryId(id)).map_err(|_| missing())?;
                if *name == TEXT_FILE && !entry_text(&entry).is_empty() {
                    return Ok(Node::Text(entry_text(&entry).to_string()));
                }
                entry
                    .files
                    .into_iter()
                    .find(|f| f.name == *name)
                    .map(Node::File)
                    .ok_or_else(missing)
            }
            ["uploads"] if self.member() => Ok(Node::Uploads),
            ["uploads", name] if self.member() => {
                let mine = self.forum.uploads(self.viewer)?;
                match mine.into_iter().find(|f| f.name == *name) {
                    Some(file) => Ok(Node::File(file)),
                    None => Ok(Node::NewUpload((*name).to_string())),
                }
            }
            ["uploads", ..] => Err(Refused::NotAllowed(
                "uploads are for members: log in with your account".into(),
            )),
            ["review"] if self.committee() => Ok(Node::Review),
            ["review", folder, rest @ ..] if self.committee() => {
                let id = SubmissionId(number(folder).ok_or_else(missing)?);
                let (_, files) = self.forum.submission_files(self.viewer, id)?;
                match rest {
                    [] => Ok(Node::Submission(id, files)),
                    [name] => files
                        .into_iter()
                        .find(|f| f.name == *name)
                        .map(Node::File)
                        .ok_or_else(missing),
                    _ => Err(missing()),
                }
            }
            _ => Err(missing()),
        }
    }

    /// A folder's contents, by name.
    pub fn list(&self, node: &Node) -> Result<Vec<Listed>, Refused> {
        let folder = |name: String, modified: Option<jiff::Timestamp>| Listed {
            name,
            folder: true,
            size: 0,
            modified,
        };
        let file = |f: &Attachment| Listed {
            name: f.name.clone(),
            folder: false,
            size: f.size,
            modified: f.added,
        };
        Ok(match node {
            Node::Root => {
                let mut top = vec![folder("library".into(), None)];
                if self.member() {
                    top.push(folder("uploads".into(), None));
                }
                if self.committee() {
                    top.push(folder("review".into(), None));
                }
                top
            }
            Node::Library => self
                .forum
                .library(&LibraryFilter::default())?
                .iter()
                .filter(|e| has_content(e))
                .map(|e| folder(e.folder(), Some(e.published_at)))
                .collect(),
            Node::Entry(entry) => {
                let mut list: Vec<Listed> = entry.files.iter().map(file).collect();
                let text = entry_text(entry);
                if !text.is_empty() {
                    list.push(Listed {
                        name: TEXT_FILE.into(),
                        folder: false,
                        size: text.len() as u64,
                        modified: Some(entry.published_at),
                    });
                }
                list
            }
            Node::Uploads => self.forum.uploads(self.viewer)?.iter().map(file).collect(),
            Node::Review => self
                .forum
                .files_in_review(self.viewer)?
                .iter()
                .map(|s| folder(folder_name(s.id.get(), s.title()), Some(s.submitted_at)))
                .collect(),
            Node::Submission(_, files) => files.iter().map(file).collect(),
            Node::File(_) | Node::Text(_) | Node::NewUpload(_) => {
                return Err(Refused::Failed("not a folder".into()));
            }
        })
    }

    /// Where a new upload may go (only in `uploads/`): its safe name, or why not.
    pub fn writable(&self, path: &str, node: &Node) -> Result<String, Refused> {
        if parts(path).first() != Some(&"uploads") {
            return Err(Refused::NotAllowed(
                "only uploads/ takes files: put them there, then attach them to a proposal".into(),
            ));
        }
        match node {
            Node::NewUpload(name) | Node::File(Attachment { name, .. }) if self.member() => {
                match safe_file_name(name) {
                    Some(safe) if safe == *name && taken_type(name).is_none() => {
                        Err(Refused::NotAllowed(format!(
                            "{name}: the library takes documents, slides, spreadsheets, text and pictures"
                        )))
                    }
                    Some(safe) if safe == *name => Ok(safe),
                    Some(safe) => Err(Refused::NotAllowed(format!(
                        "name it {safe}: letters, digits, '.', '-' and '_'"
                    ))),
                    None => Err(Refused::NotAllowed("not a file name to keep".into())),
                }
            }
            _ => Err(Refused::NotAllowed(
                "only uploads/ takes files: put them there, then attach them to a proposal".into(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_never_climb_above_the_root() {
        assert_eq!(parts("/library/../../etc/passwd"), ["etc", "passwd"]);
        assert_eq!(parts("./library//10/"), ["library", "10"]);
        assert_eq!(canonical("uploads/../.."), "/");
        assert_eq!(number("10-care-pathways"), Some(10));
        assert_eq!(number("care"), None);
        assert_eq!(number("10"), Some(10));
        assert_eq!(number("10nget"), None);
        assert_eq!(number("0010"), None);
    }
}
