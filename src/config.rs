//! `config/stoa.toml`: every setting, with its default. Flags override the file.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use stoa_core::forum::files::FileLimits;
use stoa_core::forum::{Editorial, PasswordPolicy, Site};

/// Read when no `--config` is given and the file exists (e.g. in a checkout).
pub const DEFAULT_PATH: &str = "config/stoa.toml";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub server: Server,
    pub site: Site,
    pub editorial: Editorial,
    pub passwords: PasswordPolicy,
    pub limits: Limits,
    pub library: FileLimits,
    pub http: crate::web::Http,
    pub store: StoreSettings,
}

/// `[store]`: where the forum's records live.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StoreSettings {
    /// Empty: sled in DATA/db. `postgres://…`: a database several servers share.
    pub url: String,
    /// A file whose first line is the database's password.
    pub password_file: PathBuf,
    /// Connections each server opens to PostgreSQL.
    pub connections: usize,
}

impl Default for StoreSettings {
    fn default() -> Self {
        StoreSettings {
            url: String::new(),
            password_file: PathBuf::new(),
            connections: 16,
        }
    }
}

/// The environment variable that may hold the PostgreSQL password.
pub const PASSWORD_VARIABLE: &str = "STOA_STORE_PASSWORD";

impl Config {
    /// Where the forum's database is: `[store] url` (or `--store`), with its
    /// password from the environment or `password_file`; else sled in
    /// `[server] data`.
    pub fn location(&self) -> anyhow::Result<stoa_core::store::Location> {
        use stoa_core::store::{Location, PostgresConfig};
        let url = self.store.url.trim();
        if url.is_empty() {
            return Ok(Location::Sled(self.server.data.clone()));
        }
        let mut config: PostgresConfig = url.parse().with_context(
            || "[store] url is not a PostgreSQL URL (postgres://user@host:port/database)",
        )?;
        if config.get_password().is_none() {
            if let Ok(password) = std::env::var(PASSWORD_VARIABLE) {
                config.password(password);
            } else if !self.store.password_file.as_os_str().is_empty() {
                let path = &self.store.password_file;
                let text = std::fs::read_to_string(path).with_context(|| {
                    format!("cannot read the database password file {}", path.display())
                })?;
                config.password(text.lines().next().unwrap_or_default().trim_end());
            }
        }
        config.connect_timeout(std::time::Duration::from_secs(10));
        // A front end cut off mid-transaction is noticed by the database
        // (with `idle_in_transaction_session_timeout`), not waited for.
        config.keepalives_idle(std::time::Duration::from_secs(30));
        Ok(Location::Postgres {
            config: Box::new(config),
            connections: self.store.connections.max(1),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Server {
    pub listen: SocketAddr,
    pub data: PathBuf,
    pub demo: bool,
    pub idle_timeout_secs: u64,
    /// The SSH host key; empty: DATA/host_ed25519_key. Front ends sharing one
    /// database give the same file, so members see one fingerprint.
    pub host_key: PathBuf,
}

impl Default for Server {
    fn default() -> Self {
        Server {
            listen: SocketAddr::from(([127, 0, 0, 1], 2222)),
            data: PathBuf::from("data"),
            demo: true,
            idle_timeout_secs: 3600,
            host_key: PathBuf::new(),
        }
    }
}

impl Config {
    /// Loads `explicit` (which must exist), else `config/stoa.toml` if present, else
    /// the defaults.
    pub fn load(explicit: Option<&Path>) -> anyhow::Result<Config> {
        let path = match explicit {
            Some(path) => path.to_path_buf(),
            None if Path::new(DEFAULT_PATH).exists() => PathBuf::from(DEFAULT_PATH),
            None => return Ok(Config::default()),
        };
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read the config file {}", path.display()))?;
        Config::parse(&text).with_context(|| format!("in the config file {}", path.display()))
    }

    pub fn parse(text: &str) -> anyhow::Result<Config> {
        Ok(toml::from_str(text)?)
    }
}

/// `[limits]` in config/stoa.toml: what the SSH server lets one connection,
/// one address and everyone together hold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    pub max_connections: usize,
    pub max_connections_per_address: usize,
    pub max_unauthenticated: usize,
    pub handshake_deadline_secs: u64,
    pub login_deadline_secs: u64,
    pub keepalive_secs: u64,
    pub failed_logins_per_address: u32,
    pub failed_logins_per_account: u32,
    pub failed_login_window_secs: u64,
    pub password_checks_at_once: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 2000,
            max_connections_per_address: 50,
            max_unauthenticated: 200,
            handshake_deadline_secs: 5,
            login_deadline_secs: 30,
            keepalive_secs: 30,
            failed_logins_per_address: 20,
            failed_logins_per_account: 10,
            failed_login_window_secs: 600,
            password_checks_at_once: 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_config_file_states_exactly_the_defaults() {
        let shipped = include_str!("../config/stoa.toml");
        assert_eq!(Config::parse(shipped).unwrap(), Config::default());
    }

    #[test]
    fn instructions_name_the_address_members_really_use() {
        let site = |address: &str| Site {
            address: address.into(),
            ..Site::default()
        };
        let config = Config::parse("[site]\naddress = \"forum.example.org\"\n").unwrap();
        assert_eq!(
            config.site.ssh(Some("amara")),
            "ssh amara@forum.example.org"
        );
        assert_eq!(
            site("forum.example.org:2200").ssh(None),
            "ssh -p 2200 forum.example.org"
        );
        assert_eq!(site("[::1]:2200").ssh(None), "ssh -p 2200 ::1");
        let listen = |a: &str| Site::address_for(a.parse().unwrap());
        assert_eq!(listen("127.0.0.1:2222"), "127.0.0.1:2222");
        assert_eq!(listen("192.0.2.7:22"), "192.0.2.7");
        assert_eq!(listen("[::1]:2222"), "[::1]:2222");
        assert!(!listen("0.0.0.0:2222").starts_with("0.0.0.0"));
    }

    #[test]
    fn a_misspelt_setting_is_an_error_not_ignored() {
        let err = Config::parse("[server]\nlisten_on = \"0.0.0.0:22\"\n").unwrap_err();
        assert!(format!("{err:#}").contains("listen_on"), "{err:#}");
    }

    #[test]
    fn the_database_password_comes_from_a_file_or_the_environment() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("db-password");
        std::fs::write(&file, "from the file\nignored\n").unwrap();
        let text = format!(
            "[store]\nurl = \"postgres://stoa@db.example.org/stoa\"\npassword_file = \"{}\"\n",
            file.display()
        );
        let config = Config::parse(&text).unwrap();
        let password = |config: &Config| match config.location().unwrap() {
            stoa_core::store::Location::Postgres { config, .. } => config
                .get_password()
                .map(|p| String::from_utf8_lossy(p).into_owned()),
            stoa_core::store::Location::Sled(_) => panic!("a PostgreSQL location"),
        };
        // Read only here, so no other test sees it.
        unsafe { std::env::remove_var(PASSWORD_VARIABLE) };
        assert_eq!(password(&config).as_deref(), Some("from the file"));
        unsafe { std::env::set_var(PASSWORD_VARIABLE, "from the environment") };
        assert_eq!(password(&config).as_deref(), Some("from the environment"));
        unsafe { std::env::remove_var(PASSWORD_VARIABLE) };
        assert!(matches!(
            Config::default().location().unwrap(),
            stoa_core::store::Location::Sled(_)
        ));
    }

    #[test]
    fn settings_override_defaults() {
        let config = Config::parse("[server]\nlisten = \"0.0.0.0:2022\"\ndemo = false\n").unwrap();
        assert_eq!(config.server.listen.port(), 2022);
        assert!(!config.server.demo);
        assert_eq!(config.server.data, PathBuf::from("data"));
    }
}
