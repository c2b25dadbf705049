//! What one front end tells the others: a durable log of changes, numbered in
//! the order they were made, that every front end follows.
//!
//! A front end appends an entry once its change is committed (a new post to
//! show, a record to index for search). The others learn of it at once by
//! LISTEN/NOTIFY, and read the log from the last number they had, so an entry
//! is never missed because a notification was: after a broken connection a
//! follower reads on from where it stood. Entries are appended one at a time
//! (under an advisory lock), so numbers are given in the order the entries
//! are committed and "everything after N" is exactly what a follower has not
//! seen. The log keeps an hour; a follower away longer is told it fell
//! behind ([`Followed::FellBehind`]) and reads everything again.

use std::sync::Arc;
use std::time::{Duration, Instant};

use postgres::Config;
use postgres::fallible_iterator::FallibleIterator;

use super::pool::{Pool, connect};
use super::{statement, store_error};
use crate::store::StoreError;

/// The table, made with `stoa_kv`.
pub(super) const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS stoa_changes (\
                                     seq bigserial PRIMARY KEY, \
                                     origin text NOT NULL, \
                                     at timestamptz NOT NULL DEFAULT now(), \
                                     payload text NOT NULL)";

/// Held while an entry is appended: one at a time, so numbers follow commits.
const APPEND_KEY: i64 = 0x5354_4f41 + 2;

const CHANNEL: &str = "stoa_changes";

/// Entries older than this are removed.
const KEPT: &str = "1 hour";

/// The log, as one front end writes and follows it.
#[derive(Clone)]
pub struct ChangeLog {
    pool: Arc<Pool>,
    config: Config,
    /// This front end's name in the entries it writes: its own are not
    /// followed back.
    origin: String,
}

/// What a follower hears.
#[derive(Debug, PartialEq)]
pub enum Followed {
    /// Another front end's entry, in order.
    Entry(String),
    /// Entries were missed (the log no longer holds them): everything shown
    /// or indexed should be read again.
    FellBehind,
    /// The connection to the database broke and is open again; every entry
    /// since has been handed on. What sessions show is worth reading again.
    Reconnected,
}

impl ChangeLog {
    pub(super) fn new(pool: Arc<Pool>, config: Config) -> ChangeLog {
        let origin = format!(
            "{}-{}",
            std::process::id(),
            jiff::Timestamp::now().as_nanosecond()
        );
        ChangeLog {
            pool,
            config,
            origin,
        }
    }

    /// Appends `payload`; the other front ends hear of it at once.
    pub fn publish(&self, payload: String) -> Result<(), StoreError> {
        let origin = self.origin.clone();
        self.pool.run(move |connection| {
            statement(connection, |db| {
                let mut tx = db.client().transaction()?;
                tx.execute("SELECT pg_advisory_xact_lock($1)", &[&APPEND_KEY])?;
                let seq: i64 = tx
                    .query_one(
                        "INSERT INTO stoa_changes (origin, payload) VALUES ($1, $2) RETURNING seq",
                        &[&origin, &payload],
                    )?
                    .get(0);
                tx.execute("SELECT pg_notify($1, $2)", &[&CHANNEL, &seq.to_string()])?;
                tx.commit()
            })
        })
    }

    /// Follows the log from now on, on a thread of its own, handing each
    /// entry of the other front ends to `each`, in order, for as long as the
    /// process runs. A broken connection is opened again and the log read on
    /// from where it stood.
    pub fn follow(
        &self,
        mut each: impl FnMut(Followed) + Send + 'static,
    ) -> Result<(), StoreError> {
        let mut client = connect(&self.config, "SET application_name = 'stoa-follow'")?;
        let mut last: i64 = client
            .query_one("SELECT coalesce(max(seq), 0) FROM stoa_changes", &[])
            .map_err(store_error)?
            .get(0);
        let (config, origin) = (self.config.clone(), self.origin.clone());
        std::thread::Builder::new()
            .name("postgres-follow".into())
            .spawn(move || {
                let mut client = Some(client);
                let mut pruned = Instant::now();
                let mut reconnected = false;
                loop {
                    let Some(c) = client.as_mut() else {
                        // Opened again: read on from `last`.
                        match connect(&config, "SET application_name = 'stoa-follow'") {
                            Ok(c) => {
                                tracing::info!("following the other front ends again");
                                client = Some(c);
                                reconnected = true;
                            }
                            Err(e) => {
                                tracing::warn!(error = %e, "cannot reach the database to follow the other front ends");
                                std::thread::sleep(Duration::from_secs(1));
                            }
                        }
                        continue;
                    };
                    let again = std::mem::take(&mut reconnected);
                    if let Err(e) = follow_once(c, &origin, &mut last, &mut each, &mut pruned, again) {
                        tracing::warn!(error = %e, "lost the database while following the other front ends");
                        client = None;
                        // Not at once: an error that comes back at once would
                        // spin, and redraw every screen each time.
                        std::thread::sleep(Duration::from_secs(1));
                    }
                }
            })
            .map_err(|e| StoreError::Engine(Box::new(e)))?;
        Ok(())
    }
}

/// Listens, reads what came after `last`, then waits for the next
/// notification (or a second, in case one was lost) and reads again, until
/// the connection fails.
fn follow_once(
    client: &mut postgres::Client,
    origin: &str,
    last: &mut i64,
    each: &mut impl FnMut(Followed),
    pruned: &mut Instant,
    mut reconnected: bool,
) -> Result<(), postgres::Error> {
    client.batch_execute(&format!("LISTEN {CHANNEL}"))?;
    loop {
        // The oldest kept and what came after `last`, at one moment: a prune
        // between the two would drop entries unseen.
        let mut read = client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let oldest: Option<i64> = read
            .query_one("SELECT min(seq) FROM stoa_changes", &[])?
            .get(0);
        let rows = read.query(
            "SELECT seq, origin, payload FROM stoa_changes WHERE seq > $1 ORDER BY seq",
            &[&*last],
        )?;
        read.commit()?;
        if oldest.is_some_and(|oldest| oldest > *last + 1) {
            each(Followed::FellBehind);
        }
        for row in rows {
            *last = row.get(0);
            let from: String = row.get(1);
            if from != origin {
                each(Followed::Entry(row.get(2)));
            }
        }
        if std::mem::take(&mut reconnected) {
            each(Followed::Reconnected);
        }
        if pruned.elapsed() > Duration::from_secs(60) {
            // Not this follower's to fail over: logged, and tried again later.
            if let Err(e) = client.execute(
                &format!("DELETE FROM stoa_changes WHERE at < now() - interval '{KEPT}'"),
                &[],
            ) {
                tracing::warn!(error = %e, "old entries of the change log were not removed");
            }
            *pruned = Instant::now();
        }
        // Wait for news; every notification says only "read the log".
        let news = client
            .notifications()
            .timeout_iter(Duration::from_secs(1))
            .next()?;
        if news.is_some() {
            // Several at once are read together.
            let mut notifications = client.notifications();
            let mut pending = notifications.iter();
            while pending.next()?.is_some() {}
        }
        if client.is_closed() {
            // Fails, and says why.
            client.simple_query("SELECT 1")?;
        }
    }
}
