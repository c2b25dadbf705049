//! `stoa`: serve the forum over SSH, use it locally, or administer its data.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, anyhow};
use clap::{Args, Parser, Subcommand};
use stoa::config::Config;
use stoa::domain::Role;
use stoa::forum::{Actor, Clock, Forum, NewAccount, PublicKey};
use stoa::store::{Store, StoreError};
use stoa::{demo, local, ssh};

#[derive(Parser)]
#[command(
    name = "stoa",
    version,
    about = "A forum for communities of practice, served over SSH"
)]
struct Cli {
    /// Directory holding the database and the host key [default: ./data]
    #[arg(long, global = true, value_name = "DIR")]
    data: Option<PathBuf>,
    /// Settings file [default: config/stoa.toml when it exists]
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(flatten)]
    serve: ServeArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Args, Clone, Default)]
struct ServeArgs {
    /// Address and port to listen on [default: 127.0.0.1:2222]
    #[arg(long, value_name = "ADDR")]
    listen: Option<SocketAddr>,
    /// Do not load the demo communities into an empty database
    #[arg(long)]
    no_demo: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Run the SSH server (what `stoa` does without a command)
    Serve(ServeArgs),
    /// Use the forum in this terminal as an existing account, without SSH
    Local {
        #[arg(long, value_name = "NAME")]
        user: String,
    },
    /// Administer the data directory of a stopped forum
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Write the whole forum as JSON lines to standard output (a stopped forum;
    /// while the server runs, an admin uses `ssh HOST admin export`)
    Export,
    /// Build the search index (DATA/search) again from the database, for a
    /// stopped forum (a running server refreshes it at every start)
    Reindex,
    /// Restore a dump made by `export` into an empty data directory
    Import {
        /// The dump to read [default: standard input]
        #[arg(value_name = "DUMP")]
        file: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Give an account a role: member, moderator or admin
    Grant { user: String, role: Role },
    /// Create an account that logs in with the public key(s) in a file
    AddUser {
        user: String,
        /// A public key file, e.g. id_ed25519.pub (one key per line)
        #[arg(long, value_name = "PUBKEY_FILE")]
        key: PathBuf,
        /// member, moderator or admin [default: member; admin for the first account]
        #[arg(long)]
        role: Option<Role>,
    },
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stoa: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let mut config = Config::load(cli.config.as_deref())?;
    if let Some(data) = cli.data {
        config.server.data = data;
    }
    match cli.command {
        None => serve(config, cli.serve),
        Some(Command::Serve(args)) => serve(
            config,
            ServeArgs {
                listen: args.listen.or(cli.serve.listen),
                no_demo: args.no_demo || cli.serve.no_demo,
            },
        ),
        // No logging here: it would draw over the forum in this terminal.
        Some(Command::Local { user }) => local::run(searching(open(&config)?, &config)?, &user),
        Some(Command::Reindex) => reindex(&config),
        Some(Command::Admin(command)) => {
            logging();
            admin(open(&config)?, command)
        }
        Some(Command::Export) => export(&config),
        Some(Command::Import { file }) => import(&config, file.as_deref()),
    }
}

fn export(config: &Config) -> anyhow::Result<()> {
    let store = match Store::open(&config.server.data) {
        Err(StoreError::InUse(dir)) => {
            return Err(anyhow!(
                "the database in {} is in use by a running Stoa server; stop it, or take an online backup as an admin: ssh -p PORT HOST admin export > dump.jsonl",
                dir.display()
            ));
        }
        other => other?,
    };
    let stdout = std::io::stdout();
    let summary = store.export(&mut std::io::BufWriter::new(stdout.lock()))?;
    eprintln!(
        "exported {} entries from {} trees",
        summary.entries, summary.trees
    );
    Ok(())
}

fn import(config: &Config, file: Option<&Path>) -> anyhow::Result<()> {
    let store = Store::open(&config.server.data)?;
    let summary = match file {
        Some(path) => {
            let file = std::fs::File::open(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            store.import(std::io::BufReader::new(file))?
        }
        None => store.import(std::io::stdin().lock())?,
    };
    eprintln!(
        "imported {} entries into {} trees in {}",
        summary.entries,
        summary.trees,
        config.server.data.display()
    );
    Ok(())
}

/// Attaches the search index in DATA/search to `forum`.
fn searching(forum: Forum, config: &Config) -> anyhow::Result<Forum> {
    let index = stoa::search::SearchIndex::open(&config.server.data.join("search"))?;
    forum
        .attach_search(stoa::search::Indexer::start(index)?)
        .map_err(|e| anyhow!(e))?;
    Ok(forum)
}

fn reindex(config: &Config) -> anyhow::Result<()> {
    let forum = match open(config) {
        Err(e) if matches!(e.downcast_ref::<StoreError>(), Some(StoreError::InUse(_))) => {
            return Err(anyhow!(
                "the database in {} is in use by a running Stoa server; stop it first (a server refreshes its index at every start)",
                config.server.data.display()
            ));
        }
        other => searching(other?, config)?,
    };
    let started = std::time::Instant::now();
    let items = forum.rebuild_search(true)?;
    let documents = forum.search_index().map_or(0, |i| i.len());
    eprintln!(
        "indexed {items} items ({documents} searchable) in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,russh=warn"));
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(filter)
        .init();
}

fn open(config: &Config) -> anyhow::Result<Forum> {
    let store = Store::open(&config.server.data)?;
    Forum::new(
        store,
        config.site.clone(),
        config.editorial.clone(),
        config.passwords,
        Clock::System,
    )
    .map_err(|e| anyhow!(e))
}

fn serve(mut config: Config, args: ServeArgs) -> anyhow::Result<()> {
    logging();
    if let Some(listen) = args.listen {
        config.server.listen = listen;
    }
    if args.no_demo {
        config.server.demo = false;
    }
    let data = config.server.data.clone();
    let forum = match open(&config) {
        Err(e) if matches!(e.downcast_ref::<StoreError>(), Some(StoreError::InUse(_))) => {
            return Err(anyhow!(
                "another Stoa server is already using {}",
                data.display()
            ));
        }
        other => other?,
    };
    if config.server.demo {
        let added = demo::load(&forum)?;
        if added > 0 {
            tracing::info!(
                communities = added,
                "loaded the demo content into the empty database"
            );
        }
    }
    let forum = searching(forum, &config)?;
    // In the background: the server answers at once, and searches work on the
    // index as it was while it is refreshed.
    let refreshing = forum.clone();
    std::thread::Builder::new()
        .name("search-refresh".into())
        .spawn(move || {
            let started = std::time::Instant::now();
            match refreshing.rebuild_search(false) {
                Ok(items) => tracing::info!(
                    items,
                    seconds = started.elapsed().as_secs_f64(),
                    "search index refreshed"
                ),
                Err(e) => tracing::warn!(error = %e, "the search index was not refreshed"),
            }
        })?;
    let host_key = ssh::host_key(&data)?;
    tracing::info!(
        fingerprint = %host_key.public_key().fingerprint(Default::default()),
        data = %data.display(),
        "host key"
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.server.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.server.listen))?;
        tracing::info!("listening on {}", listener.local_addr()?);
        let settings = ssh::Settings {
            idle_timeout: Duration::from_secs(config.server.idle_timeout_secs.max(1)),
            limits: config.limits.clone(),
        };
        ssh::serve(forum, listener, host_key, settings, shutdown_signal()).await?;
        tracing::info!("stopped");
        Ok(())
    })
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(_) => return interrupt.await.unwrap_or(()),
            };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}

fn admin(forum: Forum, command: AdminCommand) -> anyhow::Result<()> {
    match command {
        AdminCommand::Grant { user, role } => {
            let account = forum.grant_role(Actor::Operator, &user, role)?;
            println!("{} is now {}", account.username, account.role);
        }
        AdminCommand::AddUser { user, key, role } => {
            let keys = read_keys(&key)?;
            let account = forum.add_account(
                Actor::Operator,
                NewAccount {
                    username: user,
                    keys,
                    role,
                },
            )?;
            println!(
                "added {} ({}) with {} key{}",
                account.username,
                account.role,
                account.keys.len(),
                if account.keys.len() == 1 { "" } else { "s" }
            );
        }
    }
    Ok(())
}

/// Every public key in a file such as `id_ed25519.pub` or an `authorized_keys` list.
fn read_keys(path: &Path) -> anyhow::Result<Vec<PublicKey>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .enumerate()
        .map(|(i, line)| {
            PublicKey::parse(line).map_err(|e| anyhow!("{}, key {}: {e}", path.display(), i + 1))
        })
        .collect()
}
