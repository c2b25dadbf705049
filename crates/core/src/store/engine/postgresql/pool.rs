//! The engine's connections, each on a thread of its own.
//!
//! The blocking `postgres` client runs a small async runtime of its own inside
//! every call, and that panics on a thread that is already running one: the
//! SSH sessions call the store from the server's async workers. So a
//! connection lives on its own thread, and a caller hands it work and waits
//! for the answer ([`Lease::run`]). A transaction keeps its lease from BEGIN to
//! COMMIT; every other call takes a connection for one statement.
//!
//! A connection that breaks (the database restarted, the network dropped) is
//! opened again on its next use, trying for [`RECONNECT_FOR`] before it gives
//! up: a restart of PostgreSQL under load stalls writers for a moment rather
//! than failing them.

use std::sync::mpsc::{Receiver, Sender, SyncSender, channel, sync_channel};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use std::collections::HashMap;

use postgres::types::ToSql;
use postgres::{Client, Config, NoTls, Row, Statement};

use crate::store::StoreError;

/// How long a broken connection is tried again before a call fails.
pub(super) const RECONNECT_FOR: Duration = Duration::from_secs(30);

/// A connection, as its thread holds it: opened on first use and again after it
/// broke.
pub(super) struct Connection {
    config: Config,
    client: Option<Client>,
    /// Run on every new connection (session settings).
    setup: &'static str,
    /// Counts the connections opened: a transaction begun on one must not go
    /// on, unknowing, on the next.
    generation: u64,
    /// Statements prepared on this connection, by their text: a statement
    /// prepared once is one round trip a call, not two.
    prepared: HashMap<String, Statement>,
}

/// An open connection with its prepared statements, for one call.
pub(super) struct Db<'a> {
    client: &'a mut Client,
    prepared: &'a mut HashMap<String, Statement>,
}

impl Db<'_> {
    pub(super) fn client(&mut self) -> &mut Client {
        self.client
    }

    fn statement(&mut self, sql: &str) -> Result<Statement, postgres::Error> {
        if let Some(statement) = self.prepared.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.prepare(sql)?;
        self.prepared.insert(sql.to_string(), statement.clone());
        Ok(statement)
    }

    pub(super) fn query(
        &mut self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<Row>, postgres::Error> {
        let statement = self.statement(sql)?;
        self.client.query(&statement, params)
    }

    pub(super) fn query_opt(
        &mut self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Option<Row>, postgres::Error> {
        let statement = self.statement(sql)?;
        self.client.query_opt(&statement, params)
    }

    pub(super) fn execute(
        &mut self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<u64, postgres::Error> {
        let statement = self.statement(sql)?;
        self.client.execute(&statement, params)
    }

    pub(super) fn batch_execute(&mut self, sql: &str) -> Result<(), postgres::Error> {
        self.client.batch_execute(sql)
    }
}

impl Connection {
    /// The open client, connecting first if there is none or it broke.
    pub(super) fn client(&mut self) -> Result<&mut Client, StoreError> {
        if self.client.as_ref().is_some_and(Client::is_closed) {
            self.client = None;
        }
        if self.client.is_none() {
            self.client = Some(connect(&self.config, self.setup)?);
            self.generation += 1;
            self.prepared.clear();
        }
        self.client
            .as_mut()
            .ok_or_else(|| StoreError::Corrupt("no database connection".into()))
    }

    /// The open connection (connecting first, as `client` does), with its
    /// prepared statements.
    pub(super) fn db(&mut self) -> Result<Db<'_>, StoreError> {
        self.client()?;
        let client = self
            .client
            .as_mut()
            .ok_or_else(|| StoreError::Corrupt("no database connection".into()))?;
        Ok(Db {
            client,
            prepared: &mut self.prepared,
        })
    }

    /// Which connection this is (see `generation`), once open.
    pub(super) fn generation(&mut self) -> Result<u64, StoreError> {
        self.client()?;
        Ok(self.generation)
    }

    /// Forgets a client that failed in a way that may have broken it.
    pub(super) fn drop_client(&mut self) {
        self.client = None;
    }
}

/// Connects, trying again for [`RECONNECT_FOR`] while the server refuses.
pub(super) fn connect(config: &Config, setup: &str) -> Result<Client, StoreError> {
    let started = Instant::now();
    let mut wait = Duration::from_millis(50);
    loop {
        let attempt = config
            .connect(NoTls)
            .and_then(|mut client| client.batch_execute(setup).map(|()| client));
        match attempt {
            Ok(client) => return Ok(client),
            Err(e) if started.elapsed() < RECONNECT_FOR && is_connection_error(&e) => {
                tracing::warn!(error = %e, "the database is not answering; trying again");
                std::thread::sleep(wait);
                wait = (wait * 2).min(Duration::from_secs(1));
            }
            Err(e) => return Err(super::store_error(e)),
        }
    }
}

/// An error of the connection rather than of the statement.
pub(super) fn is_connection_error(e: &postgres::Error) -> bool {
    e.is_closed()
        || e.code().is_none()
            && std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>())
        || e.code().is_some_and(|c| {
            // 57P01-57P03: the server is shutting down or starting; 08xxx:
            // connection exceptions.
            c.code().starts_with("57P") || c.code().starts_with("08")
        })
}

type Job = Box<dyn FnOnce(&mut Connection) + Send>;

/// One connection's thread, as the pool hands it out.
struct Worker {
    jobs: Sender<Job>,
}

/// A fixed number of connections; a caller waits for a free one.
pub(super) struct Pool {
    free: Mutex<Vec<Worker>>,
    returned: Condvar,
}

impl Pool {
    /// `size` threads, each to hold one connection (opened on first use).
    pub(super) fn new(
        config: &Config,
        size: usize,
        setup: &'static str,
    ) -> Result<Arc<Pool>, StoreError> {
        let mut free = Vec::with_capacity(size);
        for n in 0..size {
            let (jobs, received): (Sender<Job>, Receiver<Job>) = channel();
            let mut connection = Connection {
                config: config.clone(),
                client: None,
                setup,
                generation: 0,
                prepared: HashMap::new(),
            };
            std::thread::Builder::new()
                .name(format!("postgres-{n}"))
                .spawn(move || {
                    for job in received {
                        // A job that panics leaves the connection in a state
                        // nobody knows (a transaction open, say): it is
                        // closed, and the thread goes on serving.
                        let run = std::panic::AssertUnwindSafe(|| job(&mut connection));
                        if std::panic::catch_unwind(run).is_err() {
                            connection.drop_client();
                        }
                    }
                })
                .map_err(|e| StoreError::Engine(Box::new(e)))?;
            free.push(Worker { jobs });
        }
        Ok(Arc::new(Pool {
            free: Mutex::new(free),
            returned: Condvar::new(),
        }))
    }

    /// A connection of one's own until the lease is dropped.
    pub(super) fn lease(self: &Arc<Pool>) -> Lease {
        let mut free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(worker) = free.pop() {
                return Lease {
                    pool: self.clone(),
                    worker: Some(worker),
                };
            }
            free = self
                .returned
                .wait(free)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Runs `job` on any free connection.
    pub(super) fn run<T: Send + 'static>(
        self: &Arc<Pool>,
        job: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.lease().run(job)
    }
}

/// One connection, held by one caller.
pub(super) struct Lease {
    pool: Arc<Pool>,
    worker: Option<Worker>,
}

impl Lease {
    /// Runs `job` on this lease's connection and waits for its answer.
    pub(super) fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (answer, answered): (SyncSender<Result<T, StoreError>>, _) = sync_channel(1);
        let gone = || StoreError::Corrupt("a database connection's thread stopped".into());
        let worker = self.worker.as_ref().ok_or_else(gone)?;
        worker
            .jobs
            .send(Box::new(move |connection| {
                let _ = answer.send(job(connection));
            }))
            .map_err(|_| gone())?;
        answered.recv().map_err(|_| gone())?
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(worker) = self.worker.take() {
            // Let go of in a panic (a transaction's body, an export's visit):
            // whatever it left open on the connection is closed with it, so
            // the next to lease it does not work inside that transaction.
            if std::thread::panicking() {
                let _ = worker.jobs.send(Box::new(Connection::drop_client));
            }
            let mut free = self
                .pool
                .free
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            free.push(worker);
            self.pool.returned.notify_one();
        }
    }
}
