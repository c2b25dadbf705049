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

const INSTALL: &str = "PostgreSQL is needed for this test: install it (Debian and Ubuntu: \
                       apt-get install postgresql), or name a server in STOA_TEST_POSTGRES=postgres://…";

/// The directory of `initdb` and `pg_ctl`: the newest under
/// /usr/lib/postgresql (Debian's layout), else wherever PATH has them.
fn binaries() -> PathBuf {
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
        return newest;
    }
    let found = Command::new("sh")
        .args(["-c", "command -v initdb"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    match found {
        Some(path) if !path.is_empty() => Path::new(&path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default(),
        _ => panic!("{INSTALL}"),
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
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

    fn run(&self, program: &str, args: &[&str]) {
        let out = self
            .command(program, args)
            .output()
            .unwrap_or_else(|e| panic!("{program}: {e}. {INSTALL}"));
        assert!(
            out.status.success(),
            "{program} {args:?} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn pg_ctl(&self, action: &str) {
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
        self.run("pg_ctl", &args);
    }
}

impl TempPostgres {
    /// A server of this test's own (or the one `STOA_TEST_POSTGRES` names).
    pub fn start() -> TempPostgres {
        if let Ok(url) = std::env::var("STOA_TEST_POSTGRES") {
            return TempPostgres {
                own: None,
                base: url.trim_end_matches('/').to_string(),
            };
        }
        let bin = binaries();
        let as_user = is_root().then(|| "postgres".to_string());
        let dir = tempfile::Builder::new()
            .prefix("stoa-pg-")
            .tempdir()
            .expect("a temporary directory");
        if let Some(user) = &as_user {
            let owner = Command::new("chown")
                .arg(user)
                .arg(dir.path())
                .status()
                .unwrap_or_else(|e| panic!("chown: {e}"));
            assert!(
                owner.success(),
                "no '{user}' user to run PostgreSQL as. {INSTALL}"
            );
        }
        let own = Own {
            dir,
            bin,
            port: free_port(),
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
        );
        own.pg_ctl("start");
        let base = format!("postgres://stoa@127.0.0.1:{}", own.port);
        TempPostgres {
            own: Some(own),
            base,
        }
    }

    /// A new, empty database on the server, and its URL.
    pub fn database(&self) -> String {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "stoa_test_{}_{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        // On a thread of its own: the blocking client cannot run inside an
        // async test's runtime.
        let (base, create) = (self.base.clone(), name.clone());
        std::thread::spawn(move || {
            let mut client =
                ::postgres::Client::connect(&format!("{base}/postgres"), ::postgres::NoTls)
                    .unwrap_or_else(|e| panic!("cannot reach the test PostgreSQL at {base}: {e}"));
            client
                .batch_execute(&format!("CREATE DATABASE {create}"))
                .expect("a test database");
        })
        .join()
        .expect("the test database was made");
        format!("{}/{name}", self.base)
    }

    /// Stops the server and starts it again (its clients' connections break).
    pub fn restart(&self) {
        let own = self
            .own
            .as_ref()
            .expect("a server of the test's own to restart");
        own.pg_ctl("restart");
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
