//! Commands run without a terminal: `ssh -p 2222 HOST COMMAND`. Plain text out (or
//! JSON with `--json`); a wrong command, a refused permission or bad input gets one
//! line on stderr and status 2.
//!
//! Every string a member wrote passes the sanitiser before it is printed, in plain
//! text and in JSON alike: a script that prints a title must not be handed an
//! escape sequence.

mod account;
mod admin;
mod boards;
mod calendar;
mod discussions;
mod feed;
mod library;
mod people;

use serde_json::json;

use stoa_core::forum::{Forum, ForumError, Viewer, sanitize};

pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: u32,
}

impl Outcome {
    fn ok(stdout: String) -> Outcome {
        Outcome {
            stdout,
            stderr: String::new(),
            status: 0,
        }
    }

    fn usage(message: String) -> Outcome {
        Outcome {
            stdout: String::new(),
            stderr: format!("stoa: {}\n", sanitize::inline(&message)),
            status: 2,
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

/// What a command needs, checked before it runs.
enum Args {
    None,
    /// One word, named for the usage message.
    One(&'static str),
    /// One word, then the rest of the line.
    OneAndRest(&'static str, &'static str),
    /// A subcommand, then whatever it takes (checked by the subcommand).
    Sub(&'static str),
    /// Optional `--name value` filters, as listed (checked by the command).
    Filters(&'static str),
}

struct Command {
    name: &'static str,
    args: Args,
    about: &'static str,
    /// The command reads its body from standard input.
    stdin: bool,
}

const COMMANDS: &[Command] = &[
    Command {
        name: "help",
        args: Args::None,
        about: "list these commands",
        stdin: false,
    },
    Command {
        name: "whoami",
        args: Args::None,
        about: "your account name and role, or 'guest'",
        stdin: false,
    },
    Command {
        name: "communities",
        args: Args::None,
        about: "the communities, with members, threads and your unread threads",
        stdin: false,
    },
    Command {
        name: "threads",
        args: Args::One("COMMUNITY"),
        about: "a community's threads, pinned first, then latest activity",
        stdin: false,
    },
    Command {
        name: "read",
        args: Args::One("THREAD_ID"),
        about: "a thread's posts as a reply tree",
        stdin: false,
    },
    Command {
        name: "post",
        args: Args::OneAndRest("COMMUNITY", "TITLE"),
        about: "start a thread; the body is read from standard input",
        stdin: true,
    },
    Command {
        name: "reply",
        args: Args::One("POST_ID"),
        about: "reply to a post; the body is read from standard input",
        stdin: true,
    },
    Command {
        name: "events",
        args: Args::Filters("[--kind K] [--region R] [--strategy S] [--month YYYY-MM]"),
        about: "upcoming events, soonest first (times in UTC)",
        stdin: false,
    },
    Command {
        name: "events.ics",
        args: Args::Filters("[--kind K] [--region R] [--strategy S] [--month YYYY-MM]"),
        about: "upcoming events as an iCalendar feed, for calendar programs",
        stdin: false,
    },
    Command {
        name: "jobs",
        args: Args::Filters("[--kind K] [--region R] [--remote] [--competency C]"),
        about: "open jobs, trainings and educational opportunities, closing soonest first",
        stdin: false,
    },
    Command {
        name: "library",
        args: Args::Filters("[--strategy S] [--kind K] [--region R]"),
        about: "the library's resources and practices, newest first",
        stdin: false,
    },
    Command {
        name: "news",
        args: Args::None,
        about: "the editorial committee's news, newest first",
        stdin: false,
    },
    Command {
        name: "feed",
        args: Args::None,
        about: "an Atom feed of news and what is new in the library and on the boards",
        stdin: false,
    },
    Command {
        name: "search",
        args: Args::Filters(
            "WORDS [--kind K] [--community C] [--strategy S] [--region R] [--since YYYY-MM-DD]",
        ),
        about: "search discussions, events, jobs, the library, news and members",
        stdin: false,
    },
    Command {
        name: "members",
        args: Args::Filters("[--region R] [--competency C] [--org WORDS]"),
        about: "the people directory (members only), by organization",
        stdin: false,
    },
    Command {
        name: "notifications",
        args: Args::Filters("[--unread] [--mark-read]"),
        about: "your notifications, newest first; --mark-read marks those listed read",
        stdin: false,
    },
    Command {
        name: "profile",
        args: Args::None,
        about: "your account: name, organization, region, time zone, keys, competencies, display",
        stdin: false,
    },
    Command {
        name: "policy",
        args: Args::None,
        about: "the editorial policy every member accepts",
        stdin: false,
    },
    Command {
        name: "submissions",
        args: Args::None,
        about: "what you sent to the editorial committee, with its state and latest note",
        stdin: false,
    },
    Command {
        name: "admin",
        args: Args::Sub("SUBCOMMAND"),
        about: "the committee's commands: admin help lists them",
        stdin: false,
    },
];

/// True when `line` names a command that reads standard input: the SSH layer then
/// waits for the client's end of input before running it.
pub fn reads_stdin(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    COMMANDS.iter().any(|c| c.name == first && c.stdin)
}

/// Runs one command line for `viewer`; `stdin` is what the client sent before its
/// end of input (empty for commands that read none).
pub fn run(forum: &Forum, viewer: &Viewer, line: &str, stdin: &[u8]) -> Outcome {
    let mut args: Vec<&str> = line.split_whitespace().collect();
    // `--json` is the flag at the end of the line or right after the command;
    // anywhere else it is a word of the text (`post care Why --json matters`
    // lost a word of its title when it counted anywhere).
    let json = if args.last() == Some(&"--json") {
        args.pop();
        true
    } else if args.get(1) == Some(&"--json") {
        args.remove(1);
        true
    } else {
        false
    };
    let Some((&command, rest)) = args.split_first() else {
        return Outcome::usage("no command given (try: help)".into());
    };
    let Some(spec) = COMMANDS.iter().find(|c| c.name == command) else {
        return Outcome::usage(format!("unknown command '{command}' (try: help)"));
    };
    let usage = |what: String| Outcome::usage(format!("{what} (usage: {})", usage_of(spec)));
    let (first, rest_text) = match (&spec.args, rest) {
        (Args::None, []) => ("", String::new()),
        (Args::None, [extra, ..]) => {
            return Outcome::usage(format!("'{command}' takes no argument, but got '{extra}'"));
        }
        (Args::Sub(_), [one, more @ ..]) => (*one, more.join(" ")),
        (Args::Filters(_), _) => ("", rest.join(" ")),
        (Args::One(name) | Args::OneAndRest(name, _) | Args::Sub(name), []) => {
            return usage(format!("'{command}' needs {name}"));
        }
        (Args::One(_), [one]) => (*one, String::new()),
        (Args::One(_), [_, extra, ..]) => {
            return usage(format!(
                "'{command}' takes one argument, but got '{extra}' too"
            ));
        }
        (Args::OneAndRest(_, name), [_]) => return usage(format!("'{command}' needs {name}")),
        (Args::OneAndRest(..), [one, more @ ..]) => (*one, more.join(" ")),
    };
    let body = String::from_utf8_lossy(stdin);
    let result = match command {
        "help" if !json && forum.has_demo() => Ok(format!(
            "{}{}\n",
            help(forum, json),
            stoa_core::forum::DEMO_NOTICE
        )),
        "help" => Ok(help(forum, json)),
        "whoami" => Ok(account::whoami(viewer, json)),
        "communities" => discussions::communities(forum, viewer, json),
        "threads" => discussions::threads(forum, viewer, first, json),
        "read" => match id(first) {
            Ok(id) => discussions::read(forum, viewer, id, json),
            Err(e) => return usage(e),
        },
        "post" => discussions::post(forum, viewer, first, &rest_text, &body, json),
        "reply" => match id(first) {
            Ok(id) => discussions::reply(forum, viewer, id, &body, json),
            Err(e) => return usage(e),
        },
        "events" | "events.ics" => match boards::event_filter(&rest_text) {
            Ok(f) if command == "events" => boards::events(forum, viewer, &f, json),
            Ok(f) => boards::ics(forum, viewer, &f),
            Err(e) => return usage(e),
        },
        "jobs" => match boards::job_filter(&rest_text) {
            Ok(f) => boards::jobs(forum, &f, json),
            Err(e) => return usage(e),
        },
        "library" => match library::filter(&rest_text) {
            Ok(f) => library::library(forum, &f, json),
            Err(e) => return usage(e),
        },
        "news" => library::news(forum, json),
        "search" => match people::search_args(&rest_text) {
            Ok((words, f)) => people::search(forum, viewer, &words, &f, json),
            Err(e) => return usage(e),
        },
        "members" => match people::people_filter(&rest_text) {
            Ok(f) => people::members(forum, viewer, &f, json),
            Err(e) => return usage(e),
        },
        "notifications" => match people::notification_options(&rest_text) {
            Ok(options) => people::notifications(forum, viewer, options, json),
            Err(e) => return usage(e),
        },
        "feed" => feed::feed(forum, viewer),
        "submissions" => account::submissions(forum, viewer, json),
        "profile" => account::profile(viewer, json),
        "policy" => Ok(stoa_core::forum::POLICY.to_string()),
        "admin" => match admin::run(forum, viewer, first, &rest_text, json) {
            Ok(out) => Ok(out),
            Err(admin::AdminError::Usage(e)) => return Outcome::usage(e),
            Err(admin::AdminError::Refused(e)) => Err(e),
        },
        other => return Outcome::usage(format!("unknown command '{other}' (try: help)")),
    };
    match result {
        Ok(stdout) => Outcome::ok(stdout),
        // A guest is told how to become a member, not only that they must.
        Err(ForumError::NotAllowed(why)) if viewer.account().is_none() => {
            Outcome::refused(ForumError::NotAllowed(format!(
                "{why}; to sign up, connect without a command ({}) and press s",
                forum.site().ssh(None)
            )))
        }
        Err(e) => Outcome::refused(e),
    }
}

/// A title as exec's text shows it: `[demo] ` first when the demo loaded it.
fn labelled(demo: bool, title: &str) -> String {
    if demo {
        format!("{} {title}", stoa_core::forum::DEMO_LABEL)
    } else {
        title.to_string()
    }
}

fn id(word: &str) -> Result<u64, String> {
    word.trim_start_matches('#')
        .parse()
        .map_err(|_| format!("'{word}' is not a number"))
}

fn usage_of(spec: &Command) -> String {
    match spec.args {
        Args::None => spec.name.to_string(),
        Args::One(a) => format!("{} {a}", spec.name),
        Args::OneAndRest(a, b) => format!("{} {a} {b}", spec.name),
        Args::Sub(a) => format!("{} {a} …", spec.name),
        Args::Filters(a) => format!("{} {a}", spec.name),
    }
}

fn help(forum: &Forum, json: bool) -> String {
    if json {
        let list: Vec<_> = COMMANDS
            .iter()
            .map(|c| json!({"command": c.name, "usage": usage_of(c), "about": c.about}))
            .collect();
        return format!("{}\n", serde_json::Value::Array(list));
    }
    let ssh = forum.site().ssh(None);
    let mut out = format!("Stoa commands ({ssh} COMMAND; add --json for JSON):\n");
    for c in COMMANDS {
        let usage = usage_of(c);
        // A long usage gets its own line, so the descriptions stay in one column.
        if usage.len() > 26 {
            out.push_str(&format!("  {usage}\n  {:<26} {}\n", "", c.about));
        } else {
            out.push_str(&format!("  {usage:<26} {}\n", c.about));
        }
    }
    out.push_str(&format!("Without a command, {ssh} opens the forum.\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use stoa_core::domain::Role;
    use stoa_core::forum::LoginMethod;
    use stoa_core::forum::testing::{forum, member};

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
    fn json_is_the_flag_at_the_end_or_after_the_command_and_a_word_elsewhere() {
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
        let title = forum.read_thread(&viewer, id).unwrap().thread.title;
        assert_eq!(title, "Why --json matters");
        for line in ["whoami --json", "--json whoami", "whoami  --json "] {
            let out = run(&forum, &viewer, line, b"");
            if line.starts_with("--json") {
                assert_eq!(out.status, 2, "{line}: not a command");
                continue;
            }
            let parsed: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
            assert_eq!(parsed["username"], "amara", "{line}");
        }
        let after_command = run(&forum, &viewer, "threads --json care", b"");
        assert!(
            after_command.stdout.trim_start().starts_with('['),
            "{}",
            after_command.stdout
        );
    }

    #[test]
    fn help_lists_every_command() {
        let (forum, _dir) = forum();
        let out = run(&forum, &Viewer::Guest { key: None }, "help", b"");
        assert_eq!(out.status, 0);
        for c in COMMANDS {
            assert!(out.stdout.contains(c.name), "{} missing", c.name);
        }
    }

    #[test]
    fn wrong_commands_get_one_line_on_stderr_and_status_2() {
        let (forum, _dir) = forum();
        let guest = Viewer::Guest { key: None };
        let out = run(&forum, &guest, "bogus arg", b"");
        assert_eq!(out.stderr, "stoa: unknown command 'bogus' (try: help)\n");
        let out = run(&forum, &guest, "whoami extra", b"");
        assert_eq!(
            out.stderr,
            "stoa: 'whoami' takes no argument, but got 'extra'\n"
        );
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
