use std::path::{Path, PathBuf};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(
        "the database in {0} is in use by a running Stoa server; stop the server first (admin commands work on a stopped forum)"
    )]
    InUse(PathBuf),
    #[error(
        "the database was written by a newer version of Stoa (schema {found}; this build understands up to {supported}); upgrade Stoa to open it"
    )]
    NewerSchema { found: u32, supported: u32 },
    #[error("cannot use {0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("the dump cannot be imported: {0}")]
    BadDump(String),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error("storage error: {0}")]
    Sled(#[from] sled::Error),
}

/// Turns sled's open error into one a person can act on. sled takes an exclusive
/// file lock, so a second process gets `WouldBlock` while a server runs.
pub(super) fn open_error(dir: &Path, e: sled::Error) -> StoreError {
    match e {
        sled::Error::Io(io)
            if io.kind() == std::io::ErrorKind::WouldBlock || io.to_string().contains("lock") =>
        {
            StoreError::InUse(dir.to_path_buf())
        }
        other => StoreError::Sled(other),
    }
}
