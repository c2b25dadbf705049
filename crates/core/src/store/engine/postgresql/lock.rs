//! Who may use the database at once. There is no file to lock on a database
//! server, so an advisory lock stands in for sled's: every `stoa serve` holds
//! it shared, for as long as it runs; an offline command (import, export,
//! reindex, the admin commands, `local`) takes it alone, so it never writes
//! under a running server, nor a server starts under it.
//!
//! The lock lives on a connection of its own, checked every few seconds: if
//! it broke (the database restarted), a server opens it again and takes the
//! lock again.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{RecvTimeoutError, Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

use postgres::{Client, Config};

use crate::store::StoreError;

/// The advisory lock's key ("STOA").
const LOCK_KEY: i64 = 0x5354_4f41;
/// Held while the table is made, so that two front ends starting together do
/// not race to make it.
pub(super) const SCHEMA_KEY: i64 = LOCK_KEY + 1;

/// How an opener holds the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holding {
    /// A server: other servers too, no offline command.
    Shared,
    /// An offline command: nobody else.
    Alone,
}

pub(super) struct Lock {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
    /// False while a server's lock is lost to an offline command (it took the
    /// lock while the server's connection to it was broken): the server
    /// writes nothing until it has the lock back.
    held: Arc<AtomicBool>,
}

/// The database a config names, without its password, for messages.
pub fn describe(config: &Config) -> String {
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
        None => "localhost".into(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!(
        "postgres://{}@{host}:{port}/{}",
        config.get_user().unwrap_or(""),
        config.get_dbname().unwrap_or("")
    )
}

fn try_take(client: &mut Client, holding: Holding) -> Result<bool, postgres::Error> {
    let sql = match holding {
        Holding::Shared => "SELECT pg_try_advisory_lock_shared($1)",
        Holding::Alone => "SELECT pg_try_advisory_lock($1)",
    };
    Ok(client.query_one(sql, &[&LOCK_KEY])?.get(0))
}

impl Lock {
    pub(super) fn take(config: &Config, holding: Holding) -> Result<Lock, StoreError> {
        let mut client = super::pool::connect(config, "SET application_name = 'stoa-lock'")?;
        if !try_take(&mut client, holding).map_err(super::store_error)? {
            let name = describe(config);
            return Err(match holding {
                Holding::Alone => StoreError::InUse(PathBuf::from(name)),
                Holding::Shared => StoreError::Busy(name),
            });
        }
        let (stop, stopped) = channel::<()>();
        let config = config.clone();
        let held = Arc::new(AtomicBool::new(true));
        let holds = held.clone();
        let thread = std::thread::Builder::new()
            .name("postgres-lock".into())
            .spawn(move || {
                let mut client = Some(client);
                loop {
                    match stopped.recv_timeout(Duration::from_secs(5)) {
                        Err(RecvTimeoutError::Timeout) => {}
                        // Dropping the connection lets go of the lock.
                        _ => return,
                    }
                    let alive = client
                        .as_mut()
                        .is_some_and(|c| c.is_valid(Duration::from_secs(5)).is_ok());
                    if alive || holding == Holding::Alone {
                        continue;
                    }
                    match retake(&config, holding) {
                        Retaken::Yes(c) => {
                            client = Some(*c);
                            holds.store(true, Ordering::Release);
                        }
                        Retaken::HeldByAnother => {
                            client = None;
                            holds.store(false, Ordering::Release);
                        }
                        Retaken::Unreachable => client = None,
                    }
                }
            })
            .map_err(|e| StoreError::Engine(Box::new(e)))?;
        Ok(Lock {
            stop: Some(stop),
            thread: Some(thread),
            held,
        })
    }

    /// Whether this opener still holds the database as it took it.
    pub(super) fn held(&self) -> bool {
        self.held.load(Ordering::Acquire)
    }
}

enum Retaken {
    Yes(Box<Client>),
    /// An offline command has the database now.
    HeldByAnother,
    Unreachable,
}

/// A server's lock again, after its connection broke.
fn retake(config: &Config, holding: Holding) -> Retaken {
    let Ok(mut client) = super::pool::connect(config, "SET application_name = 'stoa-lock'") else {
        return Retaken::Unreachable;
    };
    match try_take(&mut client, holding) {
        Ok(true) => {
            tracing::info!("the database's lock is held again: writing again");
            Retaken::Yes(Box::new(client))
        }
        Ok(false) => {
            tracing::error!(
                "an offline command holds the database: this server writes nothing until it has finished"
            );
            Retaken::HeldByAnother
        }
        Err(e) => {
            tracing::warn!(error = %e, "the database's lock could not be taken again");
            Retaken::Unreachable
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
