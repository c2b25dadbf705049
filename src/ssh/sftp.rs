//! The SFTP subsystem (`sftp -P 2222 host`, `scp -P 2222 host:library/10/a.pdf .`):
//! the library's files for everyone, a member's own `uploads/` to put files in,
//! and the committee's `review/`. What each path is lives in `sftp_tree`; this
//! file speaks the protocol (russh-sftp) and moves the bytes.
//!
//! Reads come from the store a range at a time, so a resumed download reads
//! only what is left. An upload is gathered in memory until it is closed (at
//! most the largest file a member may upload, one at a time per session, and
//! [`UPLOAD_BUDGET`] for the whole server), then checked and kept by the forum.

use std::collections::HashMap;

use russh_sftp::protocol::{
    Attrs, Data, File, FileAttributes, Handle, Name, OpenFlags, Status, StatusCode, Version,
};
use russh_sftp::server::{Handler, StatusReply};
use stoa_core::domain::Attachment;
use tokio::io::{AsyncReadExt, DuplexStream};

use super::output::Output;
use stoa_core::forum::{Forum, Viewer};

use super::sftp_tree::{Listed, Node, Refused, Tree, canonical, quoted};
use super::sftp_upload::Upload;

/// Bytes in flight between the channel and the SFTP task, each way.
const SFTP_PIPE: usize = 256 * 1024;

/// Starts an SFTP session for `viewer` on a channel whose output is `output`;
/// returns the pipe the channel's input goes into. Dropped (the channel
/// closed, the connection gone), the session reads its end and stops, and its
/// unfinished uploads with it.
pub(super) async fn start(forum: Forum, viewer: Viewer, output: Output) -> DuplexStream {
    // Two pipes, one each way, so that dropping the way in ends the task
    // whatever the way out is doing.
    let (to_sftp, sftp_in) = tokio::io::duplex(SFTP_PIPE);
    let (sftp_out, mut from_sftp) = tokio::io::duplex(SFTP_PIPE);
    let stream = tokio::io::join(sftp_in, sftp_out);
    russh_sftp::server::run(stream, Sftp::new(forum, viewer)).await;
    // What the SFTP task answers goes out as the channel's data, at the pace
    // the client's window allows.
    tokio::spawn(async move {
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            match from_sftp.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if output.data(&buffer[..n]).await.is_err() {
                        return;
                    }
                }
            }
        }
        output.finish(0).await;
    });
    to_sftp
}

/// The most one read returns (OpenSSH asks for 32 KiB).
const MAX_READ: u32 = 256 * 1024;

/// Names one `readdir` answer carries.
const LISTING_PAGE: usize = 100;

/// Open handles one session may hold.
const MAX_HANDLES: usize = 64;

enum Open {
    /// A folder's listing, and how much of it was sent.
    Folder {
        listing: Vec<Listed>,
        sent: usize,
    },
    Read(Source),
    Write(Upload),
}

enum Source {
    File(Attachment),
    Text(String),
}

pub(super) fn failure(message: String) -> StatusReply {
    StatusReply::new(StatusCode::Failure).with_message(message)
}

impl From<Refused> for StatusReply {
    fn from(r: Refused) -> Self {
        match r {
            Refused::NoSuchFile(m) => StatusReply::new(StatusCode::NoSuchFile).with_message(m),
            Refused::NotAllowed(m) => {
                StatusReply::new(StatusCode::PermissionDenied).with_message(m)
            }
            Refused::Failed(m) => failure(m),
        }
    }
}

/// One client's SFTP session.
pub struct Sftp {
    forum: Forum,
    viewer: Viewer,
    open: HashMap<String, Open>,
    next: u64,
}

impl Sftp {
    pub fn new(forum: Forum, viewer: Viewer) -> Sftp {
        Sftp {
            forum,
            viewer,
            open: HashMap::new(),
            next: 0,
        }
    }

    /// Runs `work` on the blocking pool: resolving a path or listing a folder
    /// reads the store (the library, a member's uploads), and a removal scans
    /// what holds a file; none of it may stall the other sessions' reactor.
    async fn off_reactor<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Tree) -> Result<T, StatusReply> + Send + 'static,
    ) -> Result<T, StatusReply> {
        let (forum, viewer) = (self.forum.clone(), self.viewer.clone());
        tokio::task::spawn_blocking(move || {
            work(&Tree {
                forum: &forum,
                viewer: &viewer,
            })
        })
        .await
        .map_err(|e| failure(e.to_string()))?
    }

    fn add(&mut self, id: u32, open: Open) -> Result<Handle, StatusReply> {
        if self.open.len() >= MAX_HANDLES {
            return Err(failure(format!("at most {MAX_HANDLES} open files")));
        }
        self.next += 1;
        let handle = self.next.to_string();
        self.open.insert(handle.clone(), open);
        Ok(Handle { id, handle })
    }

    fn attributes(&self, node: &Node) -> FileAttributes {
        let (folder, size, modified) = match node {
            Node::File(f) => (false, f.size, f.added),
            Node::Text(t) => (false, t.len() as u64, None),
            Node::NewUpload(_) => (false, 0, None),
            Node::Entry(e) => (true, 0, Some(e.published_at)),
            _ => (true, 0, None),
        };
        attributes(size, mode(folder), modified)
    }

    async fn stat(&self, id: u32, path: String) -> Result<Attrs, StatusReply> {
        let quoted_path = quoted(&path);
        match self
            .off_reactor(move |tree| Ok(tree.resolve(&path)?))
            .await?
        {
            Node::NewUpload(_) => Err(StatusReply::new(StatusCode::NoSuchFile)
                .with_message(format!("{quoted_path} does not exist"))),
            node => Ok(Attrs {
                id,
                attrs: self.attributes(&node),
            }),
        }
    }
}

/// A size and a mode, owned by nobody in particular: the forum's files belong
/// to no system user.
fn attributes(size: u64, mode: u32, modified: Option<jiff::Timestamp>) -> FileAttributes {
    let seconds = modified.and_then(|t| u32::try_from(t.as_second()).ok());
    FileAttributes {
        size: Some(size),
        permissions: Some(mode),
        uid: Some(0),
        gid: Some(0),
        atime: seconds,
        mtime: seconds,
        ..FileAttributes::default()
    }
}

/// The same for every path, listed or asked for: read only to the system's
/// eyes. What a member may put or remove is decided by the forum (their own
/// `uploads/`), not by a mode a client would have to interpret.
fn mode(folder: bool) -> u32 {
    if folder { 0o040_555 } else { 0o100_444 }
}

fn listed_file(l: &Listed) -> File {
    File::new(
        l.name.clone(),
        attributes(l.size, mode(l.folder), l.modified),
    )
}

fn ok(id: u32) -> Status {
    Status {
        id,
        status_code: StatusCode::Ok,
        error_message: "Ok".into(),
        language_tag: "en-US".into(),
    }
}

impl Handler for Sftp {
    type Error = StatusReply;

    fn unimplemented(&self) -> Self::Error {
        StatusReply::new(StatusCode::OpUnsupported)
            .with_message("the forum's files are read and put, not changed in place")
    }

    async fn init(
        &mut self,
        _version: u32,
        _extensions: HashMap<String, String>,
    ) -> Result<Version, Self::Error> {
        Ok(Version::new())
    }

    async fn realpath(&mut self, id: u32, path: String) -> Result<Name, Self::Error> {
        Ok(Name {
            id,
            files: vec![File::dummy(canonical(&path))],
        })
    }

    async fn stat(&mut self, id: u32, path: String) -> Result<Attrs, Self::Error> {
        Sftp::stat(self, id, path).await
    }

    async fn lstat(&mut self, id: u32, path: String) -> Result<Attrs, Self::Error> {
        Sftp::stat(self, id, path).await
    }

    async fn fstat(&mut self, id: u32, handle: String) -> Result<Attrs, Self::Error> {
        let size = match self.open.get(&handle) {
            Some(Open::Read(Source::File(f))) => f.size,
            Some(Open::Read(Source::Text(t))) => t.len() as u64,
            Some(Open::Write(u)) => u.bytes.len() as u64,
            Some(Open::Folder { .. }) => 0,
            None => {
                return Err(StatusReply::new(StatusCode::Failure).with_message("no such handle"));
            }
        };
        Ok(Attrs {
            id,
            attrs: attributes(size, mode(false), None),
        })
    }

    async fn opendir(&mut self, id: u32, path: String) -> Result<Handle, Self::Error> {
        let listing = self
            .off_reactor(move |tree| {
                let node = tree.resolve(&path)?;
                Ok(tree.list(&node)?)
            })
            .await?;
        self.add(id, Open::Folder { listing, sent: 0 })
    }

    async fn readdir(&mut self, id: u32, handle: String) -> Result<Name, Self::Error> {
        match self.open.get_mut(&handle) {
            // A page at a time: a whole library in one packet would be over
            // what a client takes (OpenSSH: 256 KiB).
            Some(Open::Folder { listing, sent }) if *sent < listing.len() => {
                let page: Vec<File> = listing[*sent..]
                    .iter()
                    .take(LISTING_PAGE)
                    .map(listed_file)
                    .collect();
                *sent += page.len();
                Ok(Name { id, files: page })
            }
            Some(Open::Folder { .. }) => Err(StatusReply::new(StatusCode::Eof)),
            _ => Err(failure("not an open folder".into())),
        }
    }

    async fn open(
        &mut self,
        id: u32,
        filename: String,
        pflags: OpenFlags,
        _attrs: FileAttributes,
    ) -> Result<Handle, Self::Error> {
        let writing = pflags.intersects(
            OpenFlags::WRITE | OpenFlags::CREATE | OpenFlags::TRUNCATE | OpenFlags::APPEND,
        );
        let truncating = pflags.contains(OpenFlags::TRUNCATE);
        let path = filename.clone();
        let opened = self
            .off_reactor(move |tree| {
                let node = tree.resolve(&path)?;
                if !writing {
                    return Ok((node, None, None));
                }
                let name = tree.writable(&path, &node)?;
                tree.forum.upload_room(tree.viewer, &name, 0).map_err(|e| {
                    StatusReply::new(StatusCode::PermissionDenied).with_message(e.to_string())
                })?;
                // Putting again without truncating (a resumed `reput`) goes on
                // from what is kept.
                let kept = match &node {
                    Node::File(kept) if !truncating => Some(
                        tree.forum
                            .read_file(kept, 0, kept.size as usize)
                            .map_err(|e| failure(e.to_string()))?,
                    ),
                    _ => None,
                };
                Ok((node, Some(name), kept))
            })
            .await?;
        let (node, name, kept) = opened;
        let Some(name) = name else {
            return match node {
                Node::File(f) => self.add(id, Open::Read(Source::File(f))),
                Node::Text(t) => self.add(id, Open::Read(Source::Text(t))),
                Node::NewUpload(_) => Err(StatusReply::new(StatusCode::NoSuchFile)
                    .with_message(format!("{} does not exist", quoted(&filename)))),
                _ => Err(failure("a folder, not a file".into())),
            };
        };
        if self.open.values().any(|o| matches!(o, Open::Write(_))) {
            return Err(failure(
                "one file at a time: wait for the last to finish".into(),
            ));
        }
        let limit = self.forum.file_limits().max_file_bytes;
        let member = self
            .viewer
            .account()
            .map(|a| a.username.to_string())
            .unwrap_or_default();
        let mut upload = Upload::new(&member, name, limit);
        if let Some(bytes) = kept {
            upload.write(0, &bytes)?;
        }
        self.add(id, Open::Write(upload))
    }

    async fn read(
        &mut self,
        id: u32,
        handle: String,
        offset: u64,
        len: u32,
    ) -> Result<Data, Self::Error> {
        let len = len.min(MAX_READ) as usize;
        let data = match self.open.get(&handle) {
            Some(Open::Read(Source::File(f))) => {
                if offset >= f.size {
                    return Err(StatusReply::new(StatusCode::Eof));
                }
                let (forum, file) = (self.forum.clone(), f.clone());
                tokio::task::spawn_blocking(move || forum.read_file(&file, offset, len))
                    .await
                    .map_err(|e| failure(e.to_string()))?
                    .map_err(|e| failure(e.to_string()))?
            }
            Some(Open::Read(Source::Text(t))) => {
                let bytes = t.as_bytes();
                let Some(rest) = usize::try_from(offset).ok().and_then(|o| bytes.get(o..)) else {
                    return Err(StatusReply::new(StatusCode::Eof));
                };
                if rest.is_empty() {
                    return Err(StatusReply::new(StatusCode::Eof));
                }
                rest[..rest.len().min(len)].to_vec()
            }
            _ => return Err(failure("not a file open for reading".into())),
        };
        if data.is_empty() {
            return Err(StatusReply::new(StatusCode::Eof));
        }
        Ok(Data { id, data })
    }

    async fn write(
        &mut self,
        id: u32,
        handle: String,
        offset: u64,
        data: Vec<u8>,
    ) -> Result<Status, Self::Error> {
        match self.open.get_mut(&handle) {
            Some(Open::Write(upload)) => {
                upload.write(offset, &data)?;
                Ok(ok(id))
            }
            _ => Err(StatusReply::new(StatusCode::PermissionDenied)
                .with_message("the library's files are read only: put files in uploads/")),
        }
    }

    async fn close(&mut self, id: u32, handle: String) -> Result<Status, Self::Error> {
        match self.open.remove(&handle) {
            Some(Open::Write(upload)) if upload.failed => Err(failure(format!(
                "{} did not arrive whole: nothing of it was kept",
                upload.name
            ))),
            Some(Open::Write(upload)) => {
                let (forum, viewer) = (self.forum.clone(), self.viewer.clone());
                tokio::task::spawn_blocking(move || {
                    forum.upload(&viewer, &upload.name, &upload.bytes).map(drop)
                })
                .await
                .map_err(|e| failure(e.to_string()))?
                .map_err(|e| failure(e.to_string()))?;
                Ok(ok(id))
            }
            Some(_) => Ok(ok(id)),
            None => Err(failure("no such handle".into())),
        }
    }

    async fn remove(&mut self, id: u32, filename: String) -> Result<Status, Self::Error> {
        self.off_reactor(move |tree| match tree.resolve(&filename)? {
            Node::NewUpload(_) => Err(StatusReply::new(StatusCode::NoSuchFile)
                .with_message(format!("{} does not exist", quoted(&filename)))),
            Node::File(f) if super::sftp_tree::parts(&filename).first() == Some(&"uploads") => {
                tree.forum
                    .remove_upload(tree.viewer, &f.name)
                    .map_err(|e| failure(e.to_string()))?;
                Ok(ok(id))
            }
            _ => Err(StatusReply::new(StatusCode::PermissionDenied)
                .with_message("only your own uploads can be removed")),
        })
        .await
    }

    async fn setstat(
        &mut self,
        id: u32,
        _path: String,
        _attrs: FileAttributes,
    ) -> Result<Status, Self::Error> {
        // Times and modes are not kept; saying so would make `put -p` fail.
        Ok(ok(id))
    }

    async fn fsetstat(
        &mut self,
        id: u32,
        _handle: String,
        _attrs: FileAttributes,
    ) -> Result<Status, Self::Error> {
        Ok(ok(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of 250 names comes in pages a client takes, then the end.
    #[tokio::test]
    async fn a_long_listing_comes_a_page_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let forum = stoa_core::testkit::forum(dir.path()).unwrap();
        let mut sftp = Sftp::new(forum, Viewer::Guest { key: None });
        let listing = (0..250)
            .map(|i| Listed {
                name: format!("{i}.pdf"),
                folder: false,
                size: 1,
                modified: None,
            })
            .collect();
        let handle = sftp
            .add(1, Open::Folder { listing, sent: 0 })
            .unwrap()
            .handle;
        let mut pages = Vec::new();
        while let Ok(name) = sftp.readdir(2, handle.clone()).await {
            pages.push(name.files.len());
        }
        assert_eq!(pages, [100, 100, 50]);
    }
}
