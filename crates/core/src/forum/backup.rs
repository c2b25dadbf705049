//! The online backup: an admin takes a dump of the running forum.

use std::io::Write;

use super::capabilities::Capability;
use super::{Forum, ForumError, Viewer};
use crate::store::DumpSummary;

impl Forum {
    /// Writes the whole forum to `out` as `stoa export` would. Admins only: the dump
    /// holds every account, key and password hash.
    pub fn export(&self, viewer: &Viewer, out: &mut impl Write) -> Result<DumpSummary, ForumError> {
        self.require(viewer, Capability::TakeBackup, "take a backup of the forum")?;
        Ok(self.store().export(out)?)
    }
}
