use std::path::PathBuf;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(
        "the database in {0} is in use by a running Stoa server; stop the server first (admin commands work on a stopped forum)"
    )]
    InUse(PathBuf),
    /// A server starting while an offline command holds the database.
    #[error(
        "the database {0} is held by an offline command (import, export, reindex, an admin command or local); start the server when it has finished"
    )]
    Busy(String),
    /// The database's connection broke while a change was being committed: it
    /// may or may not have been kept, so it is not said to be.
    #[error(
        "the connection to the database broke as the change was being saved: it may not have been kept; look, and try again"
    )]
    Ambiguous,
    #[error(
        "the database was written by a newer version of Stoa (schema {found}; this build understands up to {supported}); upgrade Stoa to open it"
    )]
    NewerSchema { found: u32, supported: u32 },
    #[error("cannot use {0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("the dump cannot be imported: {0}")]
    BadDump(String),
    /// A value that does not read as what its tree holds (it was written so:
    /// the engine's own checks passed).
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    /// The engine found bytes on disk that fail its own checks: the files were
    /// changed under it (a failing disk, an edit, a copy cut short). `detail`
    /// says where, for the log and the administrator; members see the sentence.
    #[error(
        "the forum's database is damaged and this cannot be read; an administrator has to restore it"
    )]
    Damaged { detail: String },
    /// Damage was found earlier in this run, so the store writes nothing more:
    /// a write on top of damage could spread it, and a restore replaces it all.
    #[error(
        "the forum's database is damaged; nothing can be written until an administrator restores it"
    )]
    WritesRefused,
    #[error("storage error: {0}")]
    Engine(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// A transaction met a concurrent one; the store runs it again, so this never
    /// reaches a caller.
    #[error("a transaction met a concurrent one")]
    Conflict,
}
