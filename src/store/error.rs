use std::path::PathBuf;

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
    Engine(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// A transaction met a concurrent one; the store runs it again, so this never
    /// reaches a caller.
    #[error("a transaction met a concurrent one")]
    Conflict,
}
