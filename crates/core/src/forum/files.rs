//! Files: a member's uploads (their own space, which SFTP shows as `/uploads`),
//! the files a proposal attaches from them, and the files of published library
//! entries, which anyone who reads the library may fetch.

use serde::{Deserialize, Serialize};

use super::{Capability, FieldErrors, FieldName, Forum, ForumError, Viewer, sanitize};
use crate::domain::{
    Account, Attachment, Entry, EntryId, Item, ReviewState, Submission, SubmissionId, media_type,
    safe_file_name,
};

/// Whatever adds or takes away a hold on a file's bytes (an upload, its
/// removal, a proposal attaching or dropping files, a rejection) runs under
/// this lock, so that bytes are never forgotten while another hold on the
/// same bytes is being made, and room is counted as it is.
static FILES: std::sync::Mutex<()> = std::sync::Mutex::new(());

pub(super) fn files_lock() -> std::sync::MutexGuard<'static, ()> {
    FILES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A proposal still being written or reviewed: its files hold room.
fn unsettled(state: ReviewState) -> bool {
    matches!(
        state,
        ReviewState::Draft | ReviewState::Pending | ReviewState::ChangesRequested
    )
}

/// Files one library entry may carry.
pub const MAX_FILES: usize = 10;

/// How big files may be, set by `[library]` in the settings.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FileLimits {
    /// The largest file a member may upload, in bytes.
    pub max_file_bytes: u64,
    /// What all of one member's uploads may add up to, in bytes.
    pub upload_space_bytes: u64,
    /// Uploads one member may keep at once.
    pub max_uploads: usize,
}

impl Default for FileLimits {
    fn default() -> Self {
        FileLimits {
            max_file_bytes: 20_000_000,
            upload_space_bytes: 100_000_000,
            max_uploads: 50,
        }
    }
}

/// "20 MB", "512 KB", "300 bytes".
pub fn size_words(bytes: u64) -> String {
    match bytes {
        0..1_000 => crate::t!("forum-files-size-bytes", n = bytes),
        1_000..1_000_000 => crate::t!("forum-files-size-kb", n = bytes.div_ceil(1_000)),
        _ => {
            let tenths = bytes.div_ceil(100_000);
            let megabytes = if tenths.is_multiple_of(10) {
                (tenths / 10).to_string()
            } else {
                format!("{}.{}", tenths / 10, tenths % 10)
            };
            crate::t!("forum-files-size-mb", n = megabytes)
        }
    }
}

impl Forum {
    pub fn file_limits(&self) -> FileLimits {
        self.inner.files
    }

    /// The viewer's uploads, by name.
    pub fn uploads(&self, viewer: &Viewer) -> Result<Vec<Attachment>, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-files-doing-keep-uploads"))?;
        Ok(self.store().uploads(&me.username)?)
    }

    /// Whether a file of `size` bytes named `name` may still be uploaded by
    /// the viewer (an upload of the same name it would replace counts as
    /// free): the refusal, said before the bytes are sent where it can be.
    pub fn upload_room(&self, viewer: &Viewer, name: &str, size: u64) -> Result<(), ForumError> {
        let me = self.writer(viewer, &crate::t!("forum-files-doing-upload"))?;
        let limits = self.file_limits();
        if size > limits.max_file_bytes {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-files-file-too-big",
                size = size_words(limits.max_file_bytes)
            )));
        }
        let mine = self.store().uploads(&me.username)?;
        let others = mine.iter().filter(|f| f.name != name);
        // What the member's unsettled proposals hold counts too: removing an
        // upload a draft attached does not free its room.
        let mut held: Vec<&Attachment> = others.clone().collect();
        let proposals = self.store().submissions_of(&me.username)?;
        for s in &proposals {
            if let (Item::Resource(r), true) = (&s.item, unsettled(s.state)) {
                held.extend(r.files.iter());
            }
        }
        held.sort_by(|a, b| a.sha256.cmp(&b.sha256));
        held.dedup_by(|a, b| a.sha256 == b.sha256);
        let used: u64 = held.iter().map(|f| f.size).sum();
        if used + size > limits.upload_space_bytes {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-files-space-full",
                used = size_words(used + size),
                space = size_words(limits.upload_space_bytes)
            )));
        }
        if others.count() >= limits.max_uploads {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-files-uploads-full",
                n = limits.max_uploads
            )));
        }
        Ok(())
    }

    /// Keeps `bytes` as the viewer's upload `name` (replacing one of that
    /// name), once it is a kind of file the library takes and fits their space.
    /// The old one goes only once the new one is kept: a refused replacement
    /// leaves it as it was.
    pub fn upload(
        &self,
        viewer: &Viewer,
        name: &str,
        bytes: &[u8],
    ) -> Result<Attachment, ForumError> {
        let me = self.writer(viewer, &crate::t!("forum-files-doing-upload"))?;
        let Some(name) = safe_file_name(name) else {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-files-bad-name",
                name = sanitize::inline(name).into_owned()
            )));
        };
        if name == crate::domain::TEXT_FILE {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-files-name-reserved",
                name = name.as_str()
            )));
        }
        // The whole file: a text file is sent to terminals as it is, so a
        // control sequence anywhere in it is refused, not only in its start.
        let media = media_type(&name, bytes).map_err(ForumError::NotAllowed)?;
        // One upload at a time across the server: the room checked is the
        // room there is when the file is listed (two sessions of one member
        // closing at once cannot both take the last of it).
        let _files = files_lock();
        self.upload_room(viewer, &name, bytes.len() as u64)?;
        let replaced = self
            .store()
            .uploads(&me.username)?
            .into_iter()
            .find(|f| f.name == name);
        let sha256 = self.store().put_file(bytes)?;
        let file = Attachment {
            name,
            size: bytes.len() as u64,
            media_type: media.into(),
            sha256,
            added: Some(self.now()),
        };
        self.store().add_upload(&me.username, &file)?;
        if let Some(old) = replaced
            && old.sha256 != file.sha256
        {
            self.store().forget_file_if_unused(&old.sha256)?;
        }
        tracing::info!(username = %me.username, file = %file.name, size = file.size, "file uploaded");
        Ok(file)
    }

    /// Takes `name` out of the viewer's uploads. A proposal that attached it
    /// keeps its copy.
    pub fn remove_upload(&self, viewer: &Viewer, name: &str) -> Result<(), ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-files-doing-keep-uploads"))?;
        let _files = files_lock();
        if self.store().remove_upload(&me.username, name)? {
            Ok(())
        } else {
            Err(ForumError::NotFound(crate::t!(
                "forum-missing-upload",
                name = sanitize::inline(name).into_owned()
            )))
        }
    }

    /// A published entry's file `name`, for whoever may read the library.
    pub fn entry_file(&self, id: EntryId, name: &str) -> Result<(Entry, Attachment), ForumError> {
        let entry = self.entry(id)?;
        match entry.files.iter().find(|f| f.name == name).cloned() {
            Some(file) => Ok((entry, file)),
            None => Err(ForumError::NotFound(crate::t!(
                "forum-missing-file",
                name = sanitize::inline(name).into_owned(),
                id = id.to_string()
            ))),
        }
    }

    /// The files of a submission, for its author and for the committee while
    /// it is reviewed (approved ones are read as library entries).
    pub fn submission_files(
        &self,
        viewer: &Viewer,
        id: SubmissionId,
    ) -> Result<(Submission, Vec<Attachment>), ForumError> {
        let s = self.submission(viewer, id)?;
        let files = match &s.item {
            Item::Resource(r) => r.files.clone(),
            _ => Vec::new(),
        };
        Ok((s, files))
    }

    /// Submissions whose files the committee reviews now.
    pub fn files_in_review(&self, viewer: &Viewer) -> Result<Vec<Submission>, ForumError> {
        self.require(
            viewer,
            Capability::ReviewSubmissions,
            &crate::t!("forum-files-doing-review"),
        )?;
        Ok(self
            .store()
            .pending_submissions()?
            .into_iter()
            .filter(|s| s.state == ReviewState::Pending)
            .filter(|s| matches!(&s.item, Item::Resource(r) if !r.files.is_empty()))
            .collect())
    }

    /// Why the files a proposal attaches cannot go with it: each must be one of
    /// the author's uploads, or already attached to the submission it updates;
    /// at most ten, no name twice.
    pub(super) fn files_errors(
        &self,
        author: &Account,
        id: Option<SubmissionId>,
        files: &[Attachment],
        errors: &mut FieldErrors,
    ) -> Result<(), ForumError> {
        if files.is_empty() {
            return Ok(());
        }
        let uploads = self.store().uploads(&author.username)?;
        let attached = self.attached_files(id)?;
        for (i, file) in files.iter().enumerate() {
            if !uploads.contains(file) && !attached.contains(file) {
                errors.add(
                    FieldName::Files,
                    crate::t!(
                        "forum-files-not-uploaded",
                        name = sanitize::inline(&file.name).into_owned()
                    ),
                );
                return Ok(());
            }
            if files[..i].iter().any(|f| f.name == file.name) {
                errors.add(
                    FieldName::Files,
                    crate::t!(
                        "forum-files-attached-twice",
                        name = sanitize::inline(&file.name).into_owned()
                    ),
                );
                return Ok(());
            }
        }
        if files.len() > MAX_FILES {
            errors.add(
                FieldName::Files,
                crate::t!("forum-files-too-many", n = MAX_FILES),
            );
        }
        Ok(())
    }

    /// Up to `len` bytes of `file` from `offset`.
    pub fn read_file(
        &self,
        file: &Attachment,
        offset: u64,
        len: usize,
    ) -> Result<Vec<u8>, ForumError> {
        Ok(self.store().read_file(&file.sha256, offset, len)?)
    }
}

impl Forum {
    /// The files the submission `id` attaches as stored now (none for a new one).
    pub(super) fn attached_files(
        &self,
        id: Option<SubmissionId>,
    ) -> Result<Vec<Attachment>, ForumError> {
        Ok(
            match id
                .map(|id| self.store().submission(id))
                .transpose()?
                .flatten()
            {
                Some(Submission {
                    item: Item::Resource(r),
                    ..
                }) => r.files,
                _ => Vec::new(),
            },
        )
    }

    /// Forgets the bytes of `files` that nothing holds any more (a draft that
    /// dropped them, a rejected proposal). Run under [`files_lock`].
    pub(super) fn forget_files(&self, files: &[Attachment]) -> Result<(), ForumError> {
        for file in files {
            self.store().forget_file_if_unused(&file.sha256)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_words(300), "300 bytes");
        assert_eq!(size_words(512_000), "512 KB");
        assert_eq!(size_words(20_000_000), "20 MB");
        assert_eq!(size_words(5_000_000), "5 MB");
        assert_eq!(size_words(1_250_000), "1.3 MB");
    }
}
