//! The online backup: an admin takes a dump of the running forum.

use std::io::Write;

use super::{Forum, ForumError, Viewer};
use crate::domain::Role;
use crate::store::DumpSummary;

impl Forum {
    /// Writes the whole forum to `out` as `stoa export` would. Admins only: the dump
    /// holds every account, key and password hash.
    pub fn export(&self, viewer: &Viewer, out: &mut impl Write) -> Result<DumpSummary, ForumError> {
        // The role as stored now, not as it was when the session began.
        if self.poster(viewer, "take a backup")?.role != Role::Admin {
            return Err(ForumError::NotAllowed(
                "only admins may take a backup of the forum".into(),
            ));
        }
        Ok(self.store().export(out)?)
    }
}
