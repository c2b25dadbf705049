//! Commands run without a terminal: `ssh -p 2222 HOST COMMAND`. Plain text out (or
//! JSON with `--json`); a wrong command, a refused permission or bad input gets one
//! line on stderr and status 2.
//!
//! Every string a member wrote passes the sanitiser before it is printed, in plain
//! text and in JSON alike: a script that prints a title must not be handed an
//! escape sequence.

mod account;
mod actions;
#[cfg(test)]
mod actions_tests;
mod admin;
mod boards;
mod calendar;
mod commands;
mod discussions;
pub mod feed;
mod library;
mod messages;
#[cfg(test)]
mod messages_tests;
/// What SFTP and `get` call a library entry's own text.
pub use boards::ics as events_ics;
pub use library::TEXT_FILE;
mod people;
mod strategies;

use serde_json::json;
use stoa_present::t;

use commands::{Command, Line};
use stoa_core::domain::{Attachment, EntryId, EventId, NewsId, PostId};
use stoa_core::forum::{Forum, ForumError, Viewer, sanitize};

pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: u32,
    /// A file to send on standard output after `stdout`: the SSH layer reads
    /// it from the store a chunk at a time, as the client takes it.
    pub download: Option<Attachment>,
}

/// What a command answers: text, or a file's bytes.
enum Reply {
    Text(String),
    File(Attachment),
}

impl Outcome {
    fn ok(stdout: String) -> Outcome {
        Outcome {
            stdout,
            stderr: String::new(),
            status: 0,
            download: None,
        }
    }

    fn usage(message: String) -> Outcome {
        let line = sanitize::inline(&message);
        Outcome {
            stdout: String::new(),
            stderr: format!("stoa: {}\n", stoa_present::text::fit(&line, ERROR_WIDTH)),
            status: 2,
            download: None,
        }
    }

    /// The forum refused: status 2 for what the member can fix (permission, input,
    /// a missing thing), 1 when the server itself failed. A post held for review
    /// is not a failure: status 0, nothing on stdout (there is no post id yet),
    /// and the reason on stderr.
    fn refused(error: ForumError) -> Outcome {
        let status = match error {
            ForumError::Store(_) => 1,
            ForumError::Held(_) => 0,
            _ => 2,
        };
        Outcome {
            status,
            ..Outcome::usage(error.to_string())
        }
    }
}

/// True when `line` names a command that reads standard input: the SSH layer then
/// waits for the client's end of input before running it.
///
/// A line that does not parse reads nothing: its error is said at once, not
/// after the client has sent a body that would be thrown away.
pub fn reads_stdin(line: &str) -> bool {
    commands::parse(line).is_ok_and(|parsed| parsed.command.reads_stdin())
}

/// Runs one command line for `viewer`; `stdin` is what the client sent before its
/// end of input (empty for commands that read none). Said in English unless the
/// member chose a language (see [`run_for`]).
pub fn run(forum: &Forum, viewer: &Viewer, line: &str, stdin: &[u8]) -> Outcome {
    run_for(forum, viewer, None, line, stdin)
}

/// [`run`] for a client whose locale asks for `client_language`: the member's
/// own choice, when made, decides over it.
pub fn run_for(
    forum: &Forum,
    viewer: &Viewer,
    client_language: Option<stoa_present::lang::Language>,
    line: &str,
    stdin: &[u8],
) -> Outcome {
    // JSON is for programs: every string in it is English, whoever asks (the
    // forum's own lines, a search result's `about`), so a script reads the
    // same whatever the locale of the machine it runs on.
    let json = commands::parse(line).is_ok_and(|parsed| parsed.json);
    let language = if json {
        stoa_present::lang::Language::En
    } else {
        stoa_present::lang::choose(viewer.account(), client_language)
    };
    stoa_present::lang::scope(language, || run_here(forum, viewer, line, stdin))
}

fn run_here(forum: &Forum, viewer: &Viewer, line: &str, stdin: &[u8]) -> Outcome {
    let Line { json, command } = match commands::parse(line) {
        Ok(parsed) => parsed,
        Err(message) => return Outcome::usage(message),
    };
    let body = String::from_utf8_lossy(stdin);
    match handle(forum, viewer, command, &body, json) {
        Ok(Reply::Text(stdout)) => Outcome::ok(stdout),
        Ok(Reply::File(file)) => Outcome {
            download: Some(file),
            ..Outcome::ok(String::new())
        },
        Err(Refusal::Usage(message)) => Outcome::usage(message),
        // A guest is told how to become a member, where being one would do.
        Err(Refusal::Forum(ForumError::NotAllowed(why)))
            if viewer.account().is_none() && is_guest_refusal(&why) =>
        {
            Outcome::refused(ForumError::NotAllowed(t!(
                "exec-guest-sign-up",
                why = why.as_str(),
                ssh = forum.site().ssh(None)
            )))
        }
        Err(Refusal::Forum(e)) => Outcome::refused(e),
    }
}

/// Whether `why` is the forum's "guests cannot …", in the session's language:
/// the words before the deed are the same whatever the deed.
fn is_guest_refusal(why: &str) -> bool {
    let marker = "\u{1}";
    let said = t!("forum-discussions-guests-cannot", doing = marker);
    let before = said.split(marker).next().unwrap_or_default();
    !before.is_empty() && why.starts_with(before)
}

/// Why a command did not run: its words (status 2, with the usage), or the forum.
enum Refusal {
    Usage(String),
    Forum(ForumError),
}

impl From<ForumError> for Refusal {
    fn from(e: ForumError) -> Self {
        Refusal::Forum(e)
    }
}

/// A bad option value, said with the command's usage.
/// `--for-me` lists what builds the competencies in one's profile: a guest
/// has none, and a profile with none ticked would list nothing, silently.
fn learning_needs(viewer: &Viewer) -> Result<(), Refusal> {
    match viewer.account() {
        None => Err(Refusal::Usage(t!("exec-for-me-sign-up-first"))),
        Some(a) if a.competencies.is_empty() => {
            Err(Refusal::Usage(t!("exec-for-me-no-competencies")))
        }
        Some(_) => Ok(()),
    }
}

fn bad(command: &str, why: String) -> Refusal {
    let usage = commands::commands()
        .find_subcommand(command)
        .map(commands::usage)
        .unwrap_or_default();
    Refusal::Usage(t!("exec-with-usage", why = why, usage = usage))
}

/// The table from command to handler: every command of [`Command`] has its arm,
/// which the compiler checks.
fn handle(
    forum: &Forum,
    viewer: &Viewer,
    command: Command,
    body: &str,
    json: bool,
) -> Result<Reply, Refusal> {
    // Feeds and documents have their own format: asking for JSON is said, not
    // ignored.
    let fixed = match &command {
        Command::Get { file: Some(_), .. } => Some(t!("exec-fixed-get-file")),
        Command::EventsIcs(_) => Some(t!("exec-fixed-events-ics")),
        Command::Feed => Some(t!("exec-fixed-feed")),
        Command::Policy => Some(t!("exec-fixed-policy")),
        Command::Admin {
            command: commands::Admin::Export,
        } => Some(t!("exec-fixed-admin-export")),
        _ => None,
    };
    if let (true, Some(what)) = (json, fixed) {
        return Err(Refusal::Usage(t!("exec-json-does-not-apply", what = what)));
    }
    Ok(Reply::Text(match command {
        // The entry's text, as SFTP names it.
        Command::Get {
            entry,
            file: Some(name),
        } if name == library::TEXT_FILE => library::entry_text(forum, entry)?,
        Command::Get {
            entry,
            file: Some(name),
        } => return Ok(Reply::File(forum.entry_file(entry, &name)?.1)),
        Command::Get { entry, file: None } => library::entry(forum, entry, json)?,
        Command::Help if !json && forum.has_demo() => {
            format!("{}{}\n", help(forum, json), stoa_core::forum::DEMO_NOTICE)
        }
        Command::Help => help(forum, json),
        Command::Whoami => account::whoami(viewer, json),
        Command::Communities => discussions::communities(forum, viewer, json)?,
        Command::Threads { community, sort } => {
            let order = match sort.as_deref() {
                None => stoa_core::forum::ThreadOrder::Activity,
                Some(typed) => stoa_core::forum::ThreadOrder::parse(typed).ok_or_else(|| {
                    bad(
                        "threads",
                        t!(
                            "exec-not-an-order",
                            typed = sanitize::inline(typed).into_owned()
                        ),
                    )
                })?,
            };
            discussions::threads(forum, viewer, &community, order, json)?
        }
        Command::Read { thread } => discussions::read(forum, viewer, thread, json)?,
        Command::Post {
            community,
            title,
            language,
        } => discussions::post(
            forum,
            viewer,
            &community,
            &title.join(" "),
            body,
            language,
            json,
        )?,
        Command::Reply { post, language } => {
            discussions::reply(forum, viewer, post, body, language, json)?
        }
        Command::Language {
            id,
            language,
            event,
            entry,
            news,
        } => {
            let what = if event {
                actions::Written::Event(EventId(id))
            } else if entry {
                actions::Written::Entry(EntryId(id))
            } else if news {
                actions::Written::News(NewsId(id))
            } else {
                actions::Written::Post(PostId(id))
            };
            actions::language(forum, viewer, what, language, json)?
        }
        Command::Events(options) => {
            let filter = boards::event_filter(&options).map_err(|e| bad("events", e))?;
            if options.learning.for_me {
                learning_needs(viewer)?;
            }
            boards::events(forum, viewer, &filter, options.learning.for_me, json)?
        }
        Command::EventsIcs(options) => {
            let filter = boards::event_filter(&options).map_err(|e| bad("events.ics", e))?;
            if options.learning.for_me {
                learning_needs(viewer)?;
            }
            boards::ics(forum, viewer, &filter, options.learning.for_me)?
        }
        Command::Jobs(options) => {
            let filter = boards::job_filter(&options).map_err(|e| bad("jobs", e))?;
            boards::jobs(forum, &filter, json)?
        }
        Command::Library(options) => {
            let filter = library::filter(&options).map_err(|e| bad("library", e))?;
            if options.learning.for_me {
                learning_needs(viewer)?;
            }
            library::library(forum, viewer, &filter, options.learning.for_me, json)?
        }
        Command::News => library::news(forum, json)?,
        Command::Strategy { slug } => {
            let stream = strategies::stream(&slug).map_err(|e| bad("strategy", e))?;
            strategies::strategy(forum, viewer, stream, json)?
        }
        Command::Coverage => strategies::coverage(forum, viewer, json)?,
        Command::Search(options) => {
            let filter = people::search_filter(&options).map_err(|e| bad("search", e))?;
            people::search(forum, viewer, &options.words.join(" "), &filter, json)?
        }
        Command::Members(options) => {
            let filter = people::people_filter(&options).map_err(|e| bad("members", e))?;
            people::members(forum, viewer, &filter, json)?
        }
        Command::Notifications { unread, mark_read } => {
            people::notifications(forum, viewer, unread, mark_read, json)?
        }
        Command::Messages { search, .. } if !search.is_empty() => {
            messages::search(forum, viewer, &search.join(" "), json)?
        }
        Command::Messages { unread, .. } => messages::messages(forum, viewer, unread, json)?,
        Command::Conversation { id, all } => messages::conversation(forum, viewer, id, all, json)?,
        Command::Message { to, subject } => {
            messages::message(forum, viewer, &to, &subject.join(" "), body, json)?
        }
        Command::Report {
            conversation,
            number,
            reason,
        } => messages::report(forum, viewer, conversation, number, &reason.join(" "), json)?,
        Command::Block { user } => messages::block(forum, viewer, user.as_deref(), true, json)?,
        Command::Unblock { user } => messages::block(forum, viewer, Some(&user), false, json)?,
        Command::Latest => actions::latest(forum, viewer, false, json)?,
        Command::Unread => actions::latest(forum, viewer, true, json)?,
        Command::Join { community } => actions::membership(forum, viewer, &community, true, json)?,
        Command::Leave { community } => {
            actions::membership(forum, viewer, &community, false, json)?
        }
        Command::Watch { thread } => actions::watch(forum, viewer, thread, true, json)?,
        Command::Unwatch { thread } => actions::watch(forum, viewer, thread, false, json)?,
        Command::Edit { post } => actions::edit(forum, viewer, post, body, json)?,
        Command::Delete { post } => actions::delete(forum, viewer, post, json)?,
        Command::Flag { post, reason } => actions::flag(forum, viewer, post, &reason, json)?,
        Command::Bookmark {
            post,
            remind,
            remove,
        } => actions::bookmark(forum, viewer, post, remind.as_deref(), remove, json)?,
        Command::Bookmarks => actions::bookmarks(forum, viewer, json)?,
        Command::React { post, reaction } => actions::react(forum, viewer, post, &reaction, json)?,
        Command::Feed => feed::feed(forum, viewer)?,
        Command::Submissions => account::submissions(forum, viewer, json)?,
        Command::Profile => account::profile(viewer, json)?,
        Command::Policy => stoa_core::forum::POLICY.to_string(),
        Command::Committee => account::committee(forum, json)?,
        Command::Admin { command } => match admin::run(forum, viewer, command, json) {
            Ok(out) => out,
            Err(admin::AdminError::Usage(e)) => return Err(Refusal::Usage(e)),
            Err(admin::AdminError::Refused(e)) => return Err(Refusal::Forum(e)),
        },
    }))
}

/// Columns of an error line: a member's words quoted in it (a 100 KB
/// argument) are cut, not echoed whole.
const ERROR_WIDTH: usize = 300;

/// A title as exec's text shows it: `[demo] ` first when the demo loaded it.
fn labelled(demo: bool, title: &str) -> String {
    if demo {
        format!("{} {title}", stoa_core::forum::DEMO_LABEL)
    } else {
        title.to_string()
    }
}

fn help(forum: &Forum, json: bool) -> String {
    if json {
        let list: Vec<_> = commands::commands()
            .get_subcommands()
            .map(|c| {
                json!({
                    "command": c.get_name(),
                    "usage": commands::usage(c),
                    "about": c.get_about().map(|a| a.to_string()).unwrap_or_default(),
                })
            })
            .collect();
        return format!("{}\n", serde_json::Value::Array(list));
    }
    let ssh = forum.site().ssh(None);
    let mut out = format!("{}\n", t!("exec-help-head", ssh = ssh.as_str()));
    for (usage, about) in commands::listing(&commands::commands(), "") {
        // A long usage gets its own line, so the descriptions stay in one column.
        if usage.len() > 26 {
            out.push_str(&format!("  {usage}\n  {:<26} {about}\n", ""));
        } else {
            out.push_str(&format!("  {usage:<26} {about}\n"));
        }
    }
    out.push_str(&format!("{}\n", t!("exec-help-foot", ssh = ssh.as_str())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use stoa_core::domain::{Role, ThreadId};
    use stoa_core::forum::LoginMethod;
    use stoa_core::forum::testing::{forum, member};

    #[test]
    fn every_command_says_what_it_does_from_the_catalogue() {
        use stoa_present::lang::{Language, has};
        let admin = commands::admin_commands();
        let all = commands::commands();
        let named = all
            .get_subcommands()
            .map(|c| format!("exec-about-{}", c.get_name().replace('.', "-")))
            .chain(
                admin
                    .get_subcommands()
                    .map(|c| format!("exec-about-admin-{}", c.get_name())),
            );
        for id in named {
            assert!(has(Language::En, &id), "{id} is not in en/exec.ftl");
        }
    }

    #[test]
    fn whoami_names_the_account_or_says_guest() {
        let (forum, _dir) = forum();
        let amara = member(&forum, "amara", 1, Role::Admin);
        let viewer = Viewer::Member {
            account: amara,
            via: LoginMethod::Key,
        };
        assert_eq!(run(&forum, &viewer, "whoami", b"").stdout, "amara admin\n");
        let guest = Viewer::Guest { key: None };
        let out = run(&forum, &guest, "whoami", b"");
        assert_eq!((out.stdout.as_str(), out.status), ("guest\n", 0));
        let parsed: serde_json::Value =
            serde_json::from_str(&run(&forum, &viewer, "whoami --json", b"").stdout).unwrap();
        assert_eq!(parsed["username"], "amara");
        assert_eq!(parsed["role"], "admin");
    }

    #[test]
    fn json_is_an_option_and_a_title_keeps_every_word() {
        let (forum, _dir) = forum();
        forum
            .store()
            .put_community(&stoa_core::testkit::community("care"))
            .unwrap();
        let amara = member(&forum, "amara", 1, Role::Admin);
        let viewer = Viewer::Member {
            account: amara,
            via: LoginMethod::Key,
        };
        let out = run(
            &forum,
            &viewer,
            "post care Why --json matters",
            b"Because scripts read it.",
        );
        assert_eq!(out.status, 0, "{}", out.stderr);
        let id: u64 = out.stdout.trim().parse().unwrap();
        let title = forum
            .read_thread(&viewer, ThreadId(id))
            .unwrap()
            .thread
            .title;
        assert_eq!(title, "Why --json matters");
        // Where an option may stand: before the command, after it, among its options.
        for line in ["whoami --json", "--json whoami", "whoami  --json "] {
            let out = run(&forum, &viewer, line, b"");
            let parsed: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
            assert_eq!(parsed["username"], "amara", "{line}");
        }
        for line in ["threads --json care", "threads care --json"] {
            let out = run(&forum, &viewer, line, b"");
            assert!(
                out.stdout.trim_start().starts_with('['),
                "{line}: {}",
                out.stdout
            );
        }
        // A title is the rest of the line; JSON is asked for before it.
        let out = run(
            &forum,
            &viewer,
            "post --json care Why -- it matters",
            b"Body.",
        );
        let parsed: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let id = parsed["id"].as_u64().unwrap();
        let title = forum
            .read_thread(&viewer, ThreadId(id))
            .unwrap()
            .thread
            .title;
        assert_eq!(title, "Why -- it matters");
    }

    /// Only a line that will run waits for a body: a wrong one is answered at
    /// once, not after the client sent a body to throw away.
    #[test]
    fn only_a_line_that_parses_waits_for_standard_input() {
        for (line, waits) in [
            ("post care A title", true),
            ("--json reply 3", true),
            ("reply #3 --json", true),
            ("post", false),
            ("post care", false),
            ("reply abc", false),
            ("read 3", false),
            ("", false),
        ] {
            assert_eq!(reads_stdin(line), waits, "{line:?}");
        }
    }

    #[test]
    fn anyone_reads_who_sits_on_the_committee_and_how_to_reach_it() {
        let (forum, _dir) = forum();
        member(&forum, "amara", 1, Role::Admin);
        member(&forum, "li", 2, Role::Member);
        let guest = Viewer::Guest { key: None };
        let out = run(&forum, &guest, "committee", b"");
        assert_eq!(out.status, 0, "{}", out.stderr);
        let first = out.stdout.lines().next().unwrap_or_default();
        assert!(first.starts_with("amara\tadmin\t"), "{}", out.stdout);
        assert!(!out.stdout.contains("li\t"), "{}", out.stdout);
        assert!(out.stdout.contains("flag a post"), "{}", out.stdout);
        let json: serde_json::Value =
            serde_json::from_str(&run(&forum, &guest, "committee --json", b"").stdout).unwrap();
        assert_eq!(json["members"][0]["username"], "amara");
        assert_eq!(json["members"].as_array().map(Vec::len), Some(1));
    }

    #[test]
    fn an_admin_makes_a_community_members_only_and_guests_lose_it() {
        let (forum, _dir) = forum();
        forum
            .store()
            .put_community(&stoa_core::testkit::community("care"))
            .unwrap();
        let admin = stoa_core::testkit::viewer(member(&forum, "amara", 1, Role::Admin));
        let guest = Viewer::Guest { key: None };
        assert!(
            run(&forum, &guest, "communities", b"")
                .stdout
                .contains("care")
        );
        let out = run(
            &forum,
            &admin,
            "admin visibility care members Clinical cases are discussed there.",
            b"",
        );
        assert_eq!(
            out.stdout, "care is readable by members only\n",
            "{}",
            out.stderr
        );
        assert!(
            !run(&forum, &guest, "communities", b"")
                .stdout
                .contains("care")
        );
        let wrong = run(&forum, &admin, "admin visibility care nobody Why.", b"");
        assert_eq!(wrong.status, 2, "{}", wrong.stderr);
        let moderator = stoa_core::testkit::viewer(member(&forum, "moses", 2, Role::Moderator));
        let refused = run(
            &forum,
            &moderator,
            "admin visibility care everyone Open it.",
            b"",
        );
        assert_eq!(refused.status, 2, "{}", refused.stderr);
    }

    #[test]
    fn help_lists_every_command() {
        let (forum, _dir) = forum();
        let out = run(&forum, &Viewer::Guest { key: None }, "help", b"");
        assert_eq!(out.status, 0);
        let names: Vec<_> = commands::commands()
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        assert_eq!(names.len(), 43, "{names:?}");
        for name in names {
            assert!(out.stdout.contains(&format!("  {name} ")), "{name} missing");
        }
        assert!(
            out.stdout
                .contains("  events [--kind K] [--region R] [--strategy S] [--month YYYY-MM] [--competency C] [--audience A] [--for-me]\n")
        );
        assert!(
            out.stdout.contains("  post COMMUNITY TITLE "),
            "{}",
            out.stdout
        );
    }

    #[test]
    fn a_wrong_line_is_told_what_was_wrong_with_the_usage() {
        let (forum, _dir) = forum();
        let admin = Viewer::Member {
            account: member(&forum, "ada", 1, Role::Admin),
            via: LoginMethod::Key,
        };
        for (line, said) in [
            ("admin", "'admin' needs a subcommand (try: admin help)"),
            (
                "admin frob",
                "unknown admin command 'frob' (try: admin help)",
            ),
            (
                "admin mute amara",
                "'admin mute' needs FOR and REASON (usage: admin mute USER FOR REASON)",
            ),
            (
                "admin mute",
                "'admin mute' needs USER, FOR and REASON (usage: admin mute USER FOR REASON)",
            ),
            ("--help", "unknown option '--help' (try: help)"),
            (
                "jobs --remote --colour red",
                "unknown option '--colour' (usage: jobs [--kind K] [--region R] [--remote] [--competency C])",
            ),
            ("admin audit --since", "--since needs a value"),
            (
                "admin audit --until 2026-01-01",
                "unknown option '--until' (usage: admin audit [--since DATE])",
            ),
            ("read", "'read' needs THREAD_ID (usage: read THREAD_ID)"),
            ("read x1", "'x1' is not a number (usage: read THREAD_ID)"),
            (
                "jobs --remote yes",
                "'jobs' takes no argument, but got 'yes'",
            ),
            ("--json", "no command given (try: help)"),
            (
                "feed --json",
                "'feed' is an Atom feed: --json does not apply",
            ),
            (
                "admin export --json",
                "'admin export' is the forum's own JSON lines: --json does not apply",
            ),
        ] {
            let out = run(&forum, &admin, line, b"");
            assert_eq!(
                (out.status, out.stderr.as_str()),
                (2, format!("stoa: {said}\n").as_str()),
                "{line}"
            );
        }
        // Once it starts, a reason is the rest of the line, options and all.
        member(&forum, "amara", 2, Role::Member);
        let out = run(&forum, &admin, "admin mute amara 1d Spam, then --json", b"");
        assert_eq!(
            out.stdout,
            "amara is now muted until 2026-11-23 09:00 UTC: Spam, then --json\n"
        );
        let amara = forum.account("amara").unwrap().unwrap();
        assert_eq!(amara.sanction.unwrap().reason, "Spam, then --json");
        // Lifting it answers in JSON when asked.
        let out = run(&forum, &admin, "admin --json lift amara Appealed.", b"");
        let lifted: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(lifted["username"], "amara");
        assert!(lifted["sanction"].is_null());
    }

    #[test]
    fn wrong_commands_get_one_line_on_stderr_and_status_2() {
        let (forum, _dir) = forum();
        let guest = Viewer::Guest { key: None };
        let out = run(&forum, &guest, "bogus arg", b"");
        assert_eq!(out.stderr, "stoa: unknown command 'bogus' (try: help)\n");
        // The committee's commands: a guest is told who may, not to sign up.
        let out = run(&forum, &guest, "admin queue", b"");
        assert_eq!(
            (out.status, out.stderr.as_str()),
            (
                2,
                "stoa: only the editorial committee can read the review queue\n"
            )
        );
        let out = run(&forum, &guest, "whoami extra", b"");
        assert_eq!(
            out.stderr,
            "stoa: 'whoami' takes no argument, but got 'extra'\n"
        );
        let long = format!("threads {}", "x".repeat(100_000));
        let out = run(&forum, &guest, &long, b"");
        assert!(out.stderr.chars().count() < 400, "{}", out.stderr.len());
        assert!(out.stderr.ends_with("…\n"), "{}", &out.stderr[..80]);
        for line in ["frobnicate", "", "whoami extra", "\x1b[2Jevil"] {
            let out = run(&forum, &guest, line, b"");
            assert_eq!(out.status, 2, "{line:?}");
            assert!(out.stdout.is_empty());
            assert_eq!(out.stderr.lines().count(), 1, "{:?}", out.stderr);
            assert!(!out.stderr.contains('\x1b'));
        }
    }
}

#[cfg(test)]
mod boards_tests;

#[cfg(test)]
mod library_tests;

#[cfg(test)]
mod people_tests;
