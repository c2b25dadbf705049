//! A throwaway PostgreSQL server for the tests: `initdb` in a temporary
//! directory, started on a free port of the loopback, stopped and removed when
//! dropped. Run as root (as CI is), the server runs as the `postgres` user,
//! which the distribution's package creates: PostgreSQL refuses to run as root.
//!
//! `STOA_TEST_POSTGRES=postgres://…` names a server to use instead; each test
//! then makes databases of its own there.
//!
//! Nothing is skipped when PostgreSQL is missing: the test fails and says what
//! to install.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

/// A PostgreSQL server for one test.
pub struct TempPostgres {
    /// `None` when `STOA_TEST_POSTGRES` names a server.
    own: Option<Own>,
    /// postgres://user@host:port (no database).
    base: String,
}

struct Own {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    /// Who runs the server when the tests run as root.
    as_user: Option<String>,
}

const INSTALL: &str = "install PostgreSQL (Debian and Ubuntu: apt-get install postgresql), \
                       or name a server in STOA_TEST_POSTGRES=postgres://…";

/// Why a test's PostgreSQL could not be had, as a sentence.
#[derive(Debug, thiserror::Error)]
pub enum TestPostgresError {
    #[error("PostgreSQL is needed for this test and {0} was not found: {INSTALL}")]
    Missing(String),
    #[error("{program} failed: {output}")]
    Failed { program: String, output: String },
    #[error("cannot reach the test PostgreSQL at {base}: {why}")]
    Unreachable { base: String, why: String },
    #[error("{0}")]
    Setup(String),
}

type Made<T> = Result<T, TestPostgresError>;

/// The directory of `initdb` and `pg_ctl`: the newest under
/// /usr/lib/postgresql (Debian's layout), else wherever PATH has them.
fn binaries() -> Made<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.path().join("bin"))
                .filter(|bin| bin.join("initdb").exists())
                .collect()
        })
        .unwrap_or_default();
    versions.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    if let Some(newest) = versions.pop() {
        return Ok(newest);
    }
    let found = Command::new("sh")
        .args(["-c", "command -v initdb"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    match found.as_deref().map(Path::new).and_then(Path::parent) {
        Some(dir) => Ok(dir.to_path_buf()),
        None => Err(TestPostgresError::Missing("initdb".into())),
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn free_port() -> Made<u16> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| TestPostgresError::Setup(format!("no free port on the loopback: {e}")))
}

impl Own {
    /// `program` (from the server's binaries) with `args`, as the server's user.
    fn command(&self, program: &str, args: &[&str]) -> Command {
        let program = self.bin.join(program);
        match &self.as_user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(program).args(args);
                c
            }
            None => {
                let mut c = Command::new(program);
                c.args(args);
                c
            }
        }
    }

    fn run(&self, program: &str, args: &[&str]) -> Made<()> {
        let out = self
            .command(program, args)
            .output()
            .map_err(|_| TestPostgresError::Missing(program.into()))?;
        if out.status.success() {
            return Ok(());
        }
        Err(TestPostgresError::Failed {
            program: format!("{program} {args:?}"),
            output: format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
        })
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn pg_ctl(&self, action: &str) -> Made<()> {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("log").display().to_string();
        let data = self.data();
        let mut args = vec!["-D", &data, "-l", &log, "-o", &options, "-w"];
        if action == "stop" || action == "restart" {
            args.extend(["-m", "fast"]);
        }
        args.push(action);
        self.run("pg_ctl", &args)
    }
}

impl TempPostgres {
    /// A server of this test's own (or the one `STOA_TEST_POSTGRES` names).
    pub fn start() -> Made<TempPostgres> {
        if let Ok(url) = std::env::var("STOA_TEST_POSTGRES") {
            return Ok(TempPostgres {
                own: None,
                base: url.trim_end_matches('/').to_string(),
            });
        }
        let bin = binaries()?;
        let as_user = is_root().then(|| "postgres".to_string());
        let dir = tempfile::Builder::new()
            .prefix("stoa-pg-")
            .tempdir()
            .map_err(|e| TestPostgresError::Setup(format!("no temporary directory: {e}")))?;
        if let Some(user) = &as_user {
            let owned = Command::new("chown")
                .arg(user)
                .arg(dir.path())
                .status()
                .is_ok_and(|s| s.success());
            if !owned {
                return Err(TestPostgresError::Missing(format!(
                    "a '{user}' user to run it as"
                )));
            }
        }
        let own = Own {
            dir,
            bin,
            port: free_port()?,
            as_user,
        };
        let data = own.data();
        own.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "stoa",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        )?;
        own.pg_ctl("start")?;
        let base = format!("postgres://stoa@127.0.0.1:{}", own.port);
        Ok(TempPostgres {
            own: Some(own),
            base,
        })
    }

    /// A new, empty database on the server, and its URL.
    pub fn database(&self) -> Made<String> {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "stoa_test_{}_{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        // On a thread of its own: the blocking client cannot run inside an
        // async test's runtime.
        let (base, create) = (self.base.clone(), name.clone());
        let made = std::thread::spawn(move || {
            let unreachable = |e: ::postgres::Error| TestPostgresError::Unreachable {
                base: base.clone(),
                why: e.to_string(),
            };
            let mut client =
                ::postgres::Client::connect(&format!("{base}/postgres"), ::postgres::NoTls)
                    .map_err(unreachable)?;
            client
                .batch_execute(&format!("CREATE DATABASE {create}"))
                .map_err(unreachable)
        })
        .join()
        .map_err(|_| TestPostgresError::Setup("making the test database panicked".into()))?;
        made.map(|()| format!("{}/{name}", self.base))
    }

    /// Stops the server and starts it again (its clients' connections break).
    pub fn restart(&self) -> Made<()> {
        match &self.own {
            Some(own) => own.pg_ctl("restart"),
            None => Err(TestPostgresError::Setup(
                "the server STOA_TEST_POSTGRES names is not the test's to restart".into(),
            )),
        }
    }
}

impl Drop for TempPostgres {
    fn drop(&mut self) {
        if let Some(own) = &self.own {
            let data = own.data();
            let _ = own
                .command("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"])
                .output();
        }
    }
}
