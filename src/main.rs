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
use stoa::forum::{Actor, Clock, Forum, NewAccount, PublicKey, Site};
use stoa::store::{Holding, Store, StoreError};
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
    /// A PostgreSQL database to keep the forum in instead of DATA/db, e.g.
    /// postgres://stoa@db.example.org/stoa (its password from
    /// STOA_STORE_PASSWORD or [store] password_file, never here)
    #[arg(long, global = true, value_name = "URL")]
    store: Option<String>,
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
    /// Read every entry of the database and report what is damaged, changing
    /// nothing (it reads a copy). Exit status 0: sound; 1: damaged; 2: it
    /// could not check (a server holds the database, or there is none)
    Check,
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
    /// Remove everything the demo added (its people, communities, threads,
    /// events, jobs, library entries and news); what members wrote stays
    RemoveDemo,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => match e.downcast_ref::<Exit>() {
            Some(Exit(code)) => ExitCode::from(*code),
            None => {
                eprintln!("stoa: {}", message(&e));
                ExitCode::FAILURE
            }
        },
    }
}

/// A command that said all it had to say ends with this exit status.
#[derive(Debug, thiserror::Error)]
#[error("exit status {0}")]
struct Exit(u8);

/// An error and its causes in one line, each said once: a store error wrapped
/// by the forum's says the same words as the engine's error inside it, and
/// printing every level (as `{:#}` does) repeated them two or three times.
fn message(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let part = cause.to_string();
        if text.contains(&part) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&part);
    }
    text
}

fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let mut config = Config::load(cli.config.as_deref())?;
    if let Some(data) = cli.data {
        config.server.data = data;
    }
    if let Some(url) = cli.store {
        // A password on the command line is read by anyone who lists processes.
        let parsed: stoa::store::PostgresConfig = url
            .parse()
            .context("--store takes a PostgreSQL URL: postgres://user@host:port/database")?;
        if parsed.get_password().is_some() {
            return Err(anyhow!(
                "--store must not carry the password (anyone listing processes reads it): give it in {} or [store] password_file",
                stoa::config::PASSWORD_VARIABLE
            ));
        }
        config.store.url = url;
    }
    let data = config.server.data.clone();
    dispatch(config, cli.command, cli.serve).map_err(|e| damaged(e, &data))
}

/// Runs the command; `before` holds the serve flags given before any command.
fn dispatch(config: Config, command: Option<Command>, before: ServeArgs) -> anyhow::Result<()> {
    match command {
        None => serve(config, before),
        Some(Command::Serve(args)) => serve(
            config,
            ServeArgs {
                listen: args.listen.or(before.listen),
                no_demo: args.no_demo || before.no_demo,
            },
        ),
        // No logging here: it would draw over the forum in this terminal.
        Some(Command::Local { user }) => local::run(
            searching(open_verified(&config, Holding::Alone)?.0, &config)?,
            &user,
        ),
        Some(Command::Reindex) => {
            logging();
            reindex(&config)
        }
        Some(Command::Admin(AdminCommand::RemoveDemo)) => {
            logging();
            remove_demo(searching(
                open_verified(&config, Holding::Alone)?.0,
                &config,
            )?)
        }
        Some(Command::Admin(command)) => {
            logging();
            admin(open_verified(&config, Holding::Alone)?.0, command)
        }
        Some(Command::Export) => export(&config),
        Some(Command::Import { file }) => import(&config, file.as_deref()),
        Some(Command::Check) => check(&config),
    }
}

/// What to do about a damaged database, with the directory's real name.
fn next_steps(data: &Path) -> String {
    let d = data.display();
    format!(
        "Do not start Stoa on {d} again: sled rewrites what it cannot read each time it opens it (`stoa check --data {d}` reads a copy). Restore the last backup (an `admin export` dump) into a new directory (docs/operations.md, \"Backups\"):\n\
         \x20 stoa import --data {d}-restored BACKUP.jsonl\n\
         \x20 cp {d}/host_ed25519_key {d}-restored/\n\
         \x20 stoa --data {d}-restored"
    )
}

/// A damaged store's refusal as one message that says what is damaged and what
/// to do; any other error as it is.
fn damaged(e: anyhow::Error, data: &Path) -> anyhow::Error {
    let detail = e
        .chain()
        .find_map(|cause| match cause.downcast_ref::<StoreError>() {
            Some(StoreError::Damaged { detail }) => Some(detail.clone()),
            Some(StoreError::WritesRefused) => Some("a read failed earlier".to_string()),
            _ => None,
        });
    match detail {
        Some(detail) => anyhow!(
            "the database in {} is damaged ({detail}), so nothing was written to it.\n\
             See what is damaged: stoa check --data {}\n{}",
            data.display(),
            data.display(),
            next_steps(data)
        ),
        None => e,
    }
}

/// `stoa check`: the report on standard output, then what to do. Exit
/// status 1 when damaged, 2 when it could not check.
fn check(config: &Config) -> anyhow::Result<()> {
    let data = &config.server.data;
    let report = match Store::check_at(&config.location()?) {
        Ok(report) => report,
        Err(StoreError::InUse(dir)) => {
            eprintln!(
                "stoa: the database in {} is in use by a running Stoa server; stop it first (a server reads the whole database at every start, and refuses a damaged one)",
                dir.display()
            );
            return Err(Exit(2).into());
        }
        Err(e) => {
            eprintln!("stoa: cannot check {}: {e}", data.display());
            return Err(Exit(2).into());
        }
    };
    print!("{report}");
    if report.sound() {
        return Ok(());
    }
    if report.readable() {
        println!(
            "\nSome records read back but are not what their tree holds (listed above): only they fail \
             where they are shown; the rest of the forum is sound, and a server starts on it. To mend \
             them, export the forum, correct or delete their lines in the dump (search it for the keys), \
             and import it into a new directory (docs/operations.md, \"Backups\")."
        );
    } else {
        println!(
            "\nThe database is damaged: what is marked DAMAGED above cannot be read, and a server will not start on it.\n{}\n\
             Whatever was written after that backup is lost.",
            next_steps(data)
        );
    }
    Err(Exit(1).into())
}

fn export(config: &Config) -> anyhow::Result<()> {
    // PostgreSQL reads one moment while servers go on writing: an export
    // shares the database with them.
    let store = match Store::open_at(&config.location()?, Holding::Shared) {
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
    let location = config.location()?;
    let store = Store::open_at(&location, Holding::Alone)?;
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
        location.describe()
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
                config.location()?.describe()
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
    forum_on(Store::open_at(&config.location()?, Holding::Alone)?, config)
}

/// The forum on its store once every entry of it was read (see
/// `Store::open_verified`): for whatever writes. Values that do not decode are
/// logged, not refused.
fn open_verified(
    config: &Config,
    holding: Holding,
) -> anyhow::Result<(Forum, stoa::store::Report)> {
    let (store, report) = Store::open_verified_at(&config.location()?, holding)?;
    if let Some(bad) = report.undecodable_summary() {
        tracing::warn!(
            records = %bad,
            "some records do not read as what they should hold: they fail where they are shown; `stoa check` lists them"
        );
    }
    Ok((forum_on(store, config)?, report))
}

fn forum_on(store: Store, config: &Config) -> anyhow::Result<Forum> {
    Forum::new(
        store,
        config.site.clone(),
        config.editorial.clone(),
        config.passwords,
        Clock::System,
    )
    .map(|forum| forum.with_file_limits(config.library))
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
    // Bound first, so that instructions can name the port really listened on.
    let listener = std::net::TcpListener::bind(config.server.listen)
        .with_context(|| format!("cannot listen on {}", config.server.listen))?;
    listener.set_nonblocking(true)?;
    let listening = listener.local_addr()?;
    if config.site.address.is_empty() {
        config.site.address = Site::address_for(listening);
    }
    let web = web_listener(&mut config)?;
    let data = config.server.data.clone();
    let location = config.location()?;
    let forum = match open_verified(&config, Holding::Shared) {
        Err(e) if matches!(e.downcast_ref::<StoreError>(), Some(StoreError::InUse(_))) => {
            return Err(anyhow!(
                "another Stoa server is already using {}",
                location.describe()
            ));
        }
        Err(e) => return Err(e),
        Ok((forum, report)) => {
            tracing::info!(
                entries = report.entries(),
                seconds = report.took.as_secs_f64(),
                "read the whole database: every entry is readable"
            );
            forum
        }
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
    // On a database other front ends share, their changes come here too.
    forum.follow_other_front_ends()?;
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
    let host_key_path = if config.server.host_key.as_os_str().is_empty() {
        data.join(ssh::HOST_KEY_FILE)
    } else {
        config.server.host_key.clone()
    };
    let host_key = ssh::host_key(&host_key_path)?;
    tracing::info!(
        fingerprint = %host_key.public_key().fingerprint(Default::default()),
        data = %data.display(),
        store = %location.describe(),
        "host key"
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        tracing::info!("listening on {listening}");
        let settings = ssh::Settings {
            idle_timeout: Duration::from_secs(config.server.idle_timeout_secs.max(1)),
            limits: config.limits.clone(),
        };
        let web = web.map(|(listener, limits)| {
            let forum = forum.clone();
            tokio::spawn(async move {
                match tokio::net::TcpListener::from_std(listener) {
                    Ok(listener) => stoa::web::serve(forum, listener, limits).await,
                    Err(e) => tracing::warn!(error = %e, "the web pages are not served"),
                }
            })
        });
        ssh::serve(forum, listener, host_key, settings, shutdown_signal()).await?;
        if let Some(web) = web {
            web.abort();
        }
        tracing::info!("stopped");
        Ok(())
    })
}

/// The web's listener when `[http] listen` is set, bound now so that a wrong
/// address stops the start with a clear message; and the address feeds link to.
fn web_listener(
    config: &mut Config,
) -> anyhow::Result<Option<(std::net::TcpListener, stoa::web::Http)>> {
    let http = &config.http;
    if http.listen.is_empty() {
        return Ok(None);
    }
    let address: SocketAddr = http.listen.parse().with_context(|| {
        format!(
            "[http] listen = {:?} is not an address and port",
            http.listen
        )
    })?;
    let listener = std::net::TcpListener::bind(address)
        .with_context(|| format!("cannot listen on {address} for the web pages"))?;
    listener.set_nonblocking(true)?;
    let bound = listener.local_addr()?;
    config.site.web = if http.url.is_empty() {
        format!("http://{bound}")
    } else {
        http.url.trim_end_matches('/').to_string()
    };
    tracing::info!(web = %config.site.web, "web pages and feeds on {bound}");
    Ok(Some((listener, http.clone())))
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
        AdminCommand::RemoveDemo => return remove_demo(forum),
    }
    Ok(())
}

/// `stoa admin remove-demo`: says what it removed, or that there was nothing.
fn remove_demo(forum: Forum) -> anyhow::Result<()> {
    let removed = forum.remove_demo(Actor::Operator)?;
    if let Some(index) = forum.search_index() {
        index.settle();
    }
    if removed.is_empty() {
        println!("there is no demo content to remove");
    } else {
        println!(
            "removed the demo content: {} (recorded in the audit log)",
            stoa::forum::demo_content::describe(&removed)
        );
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_and_its_causes_are_said_once() {
        // The forum's error shows the store's, which shows the engine's: `{:#}`
        // said "storage error: disk on fire" twice, then "disk on fire" again.
        let engine = StoreError::Engine(Box::new(std::io::Error::other("disk on fire")));
        let e = anyhow::Error::new(stoa::forum::ForumError::Store(engine));
        assert_eq!(message(&e), "storage error: disk on fire");
        let e = e.context("cannot grant the role");
        assert_eq!(
            message(&e),
            "cannot grant the role: storage error: disk on fire"
        );
    }

    #[test]
    fn a_damaged_store_is_refused_with_what_to_do() {
        let damage = StoreError::Damaged {
            detail: "post_by_id: damaged bytes at offset 9 of db/db".into(),
        };
        let e = damaged(
            anyhow::Error::new(stoa::forum::ForumError::Store(damage)),
            Path::new("/srv/stoa"),
        );
        let said = message(&e);
        assert!(
            said.starts_with("the database in /srv/stoa is damaged (post_by_id: damaged bytes at offset 9 of db/db), so nothing was written to it."),
            "{said}"
        );
        assert!(said.contains("stoa check --data /srv/stoa\n"), "{said}");
        assert!(
            said.contains("stoa import --data /srv/stoa-restored BACKUP.jsonl"),
            "{said}"
        );
        // Any other error is left as it is.
        let other = damaged(anyhow!("cannot listen"), Path::new("/srv/stoa"));
        assert_eq!(message(&other), "cannot listen");
    }
}
