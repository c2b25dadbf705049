//! The exec command line, parsed by clap: one enum names every command, its
//! arguments and what it does, and `help` is written from it. The words of a line
//! are split at spaces (an SSH client joins its arguments with spaces; quotes are
//! the member's shell's business), so a title keeps its apostrophes.
//!
//! `--json` is an option like any other: after the command, among its options,
//! or before the command. Free text that ends a command (a post's title, the
//! reason for a mute) takes the rest of the line as it is written, so a title may
//! hold `--json`; `post --json care Title` asks for JSON there.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, Parser, Subcommand};
use stoa_core::domain::{ConversationId, EntryId, Language, PostId, ThreadId};

#[derive(Parser, Debug)]
#[command(
    name = "stoa",
    no_binary_name = true,
    disable_help_flag = true,
    disable_help_subcommand = true,
    disable_version_flag = true
)]
pub struct Line {
    /// JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

/// Every exec command, in the order `help` lists them. The doc comment of each is
/// the line `help` shows.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// list these commands
    Help,
    /// your account name and role, or 'guest'
    Whoami,
    /// the communities, with members, threads and your unread threads
    Communities,
    /// a community's threads, pinned first, then latest activity
    Threads {
        #[arg(value_name = "COMMUNITY")]
        community: String,
        /// activity (the default), newest, or replies
        #[arg(long, value_name = "ORDER")]
        sort: Option<String>,
    },
    /// a thread's posts as a reply tree
    Read {
        #[arg(value_name = "THREAD_ID", value_parser = id::<ThreadId>)]
        thread: ThreadId,
    },
    /// start a thread; the body is read from standard input; --language says what it is written in (else detected)
    Post {
        #[arg(long, value_name = "CODE", value_parser = language_code, hide = true)]
        language: Option<Language>,
        #[arg(value_name = "COMMUNITY")]
        community: String,
        #[arg(value_name = "TITLE", required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
        title: Vec<String>,
    },
    /// reply to a post; the body is read from standard input; --language as for post
    Reply {
        #[arg(value_name = "POST_ID", value_parser = id::<PostId>)]
        post: PostId,
        #[arg(long, value_name = "CODE", value_parser = language_code, hide = true)]
        language: Option<Language>,
    },
    /// say what language a post is written in (en, fr, es, ru, zh, ar), correcting what was detected; with --event, --entry or --news, ID is one of those
    Language {
        #[arg(value_name = "ID", value_parser = id::<u64>)]
        id: u64,
        #[arg(value_name = "CODE", value_parser = language_code)]
        language: Language,
        /// ID is an event's
        #[arg(long, group = "written")]
        event: bool,
        /// ID is a library entry's
        #[arg(long, group = "written")]
        entry: bool,
        /// ID is a news item's
        #[arg(long, group = "written")]
        news: bool,
    },
    /// upcoming events, soonest first (times in UTC)
    Events(EventOptions),
    /// upcoming events as an iCalendar feed, for calendar programs
    #[command(name = "events.ics")]
    EventsIcs(EventOptions),
    /// open jobs, trainings and educational opportunities, closing soonest first
    Jobs(JobOptions),
    /// the library's resources and practices, newest first
    Library(LibraryOptions),
    /// a library entry's own text, its files listed; with FILE, that file's bytes (get 10 report.pdf > report.pdf)
    Get {
        #[arg(value_name = "ENTRY_ID", value_parser = id::<EntryId>)]
        entry: EntryId,
        #[arg(value_name = "FILE")]
        file: Option<String>,
    },
    /// the editorial committee's news, newest first
    News,
    /// a strategy's page: SECTION ID KIND TITLE for what is classified under it (engaging-people, governance, model-of-care, coordinating-services, enabling-environment, multiple)
    Strategy {
        #[arg(value_name = "STRATEGY")]
        slug: String,
    },
    /// the committee's view of the library: STRATEGY REGION LEVEL PRACTICES, a 0 a gap
    Coverage,
    /// an Atom feed of news and what is new in the library and on the boards
    Feed,
    /// search discussions, events, jobs, the library, news and members
    Search(SearchOptions),
    /// the people directory (members only), by organization
    Members(MemberOptions),
    /// your notifications, newest first; --mark-read marks those listed read
    Notifications {
        #[arg(long)]
        unread: bool,
        #[arg(long)]
        mark_read: bool,
    },
    /// your private conversations, latest first: ID LAST-ACTIVITY new|read MESSAGES WITH SUBJECT
    Messages {
        #[arg(long)]
        unread: bool,
        /// Words to find in your own conversations: every word after it.
        #[arg(long, value_name = "WORDS", num_args = 1..)]
        search: Vec<String>,
    },
    /// a private conversation's messages (the latest 200; --all for every one), marked read
    Conversation {
        #[arg(value_name = "ID", value_parser = id::<ConversationId>)]
        id: ConversationId,
        #[arg(long)]
        all: bool,
    },
    /// write privately to members or 'committee', or in conversation #ID; the text is read from standard input
    Message {
        #[arg(value_name = "USER", required = true, num_args = 1..)]
        to: Vec<String>,
        /// Words of the subject (a new conversation): every word after it.
        #[arg(long, value_name = "WORDS", num_args = 1.., allow_hyphen_values = true)]
        subject: Vec<String>,
    },
    /// report message NUMBER of a conversation to the editorial committee, with why
    Report {
        #[arg(value_name = "CONVERSATION_ID", value_parser = id::<ConversationId>)]
        conversation: ConversationId,
        #[arg(value_name = "NUMBER", value_parser = id::<u32>)]
        number: u32,
        #[arg(value_name = "REASON", required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
        reason: Vec<String>,
    },
    /// stop a member's messages, mentions and replies reaching you; without USER, whom you block
    Block {
        #[arg(value_name = "USER")]
        user: Option<String>,
    },
    /// let a blocked member reach you again
    Unblock {
        #[arg(value_name = "USER")]
        user: String,
    },
    /// the latest threads of the communities you joined: THREAD_ID LAST-ACTIVITY NEW COMMUNITY TITLE
    Latest,
    /// those of them with posts you have not read
    Unread,
    /// join a community
    Join {
        #[arg(value_name = "COMMUNITY")]
        community: String,
    },
    /// leave a community
    Leave {
        #[arg(value_name = "COMMUNITY")]
        community: String,
    },
    /// hear of every new post in a thread
    Watch {
        #[arg(value_name = "THREAD_ID", value_parser = id::<ThreadId>)]
        thread: ThreadId,
    },
    /// stop watching a thread
    Unwatch {
        #[arg(value_name = "THREAD_ID", value_parser = id::<ThreadId>)]
        thread: ThreadId,
    },
    /// edit your post; the new text is read from standard input (the old one is kept in its history)
    Edit {
        #[arg(value_name = "POST_ID", value_parser = id::<PostId>)]
        post: PostId,
    },
    /// delete your post (replies to it stay)
    Delete {
        #[arg(value_name = "POST_ID", value_parser = id::<PostId>)]
        post: PostId,
    },
    /// flag a post for the committee: spam, off-topic, inappropriate, or other and a note
    Flag {
        #[arg(value_name = "POST_ID", value_parser = id::<PostId>)]
        post: PostId,
        #[arg(value_name = "REASON", required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
        reason: Vec<String>,
    },
    /// keep a post, with --remind DAY (2026-12-01) for a reminder; --remove takes it away
    Bookmark {
        #[arg(value_name = "POST_ID", value_parser = id::<PostId>)]
        post: PostId,
        #[arg(long, value_name = "DAY")]
        remind: Option<String>,
        #[arg(long)]
        remove: bool,
    },
    /// your bookmarks: POST_ID THREAD_ID REMIND TITLE (by AUTHOR)
    Bookmarks,
    /// react to a post: thanks, +1 or insightful (again takes it back)
    React {
        #[arg(value_name = "POST_ID", value_parser = id::<PostId>)]
        post: PostId,
        #[arg(value_name = "REACTION")]
        reaction: String,
    },
    /// your account: name, organization, region, time zone, keys, competencies, display
    Profile,
    /// the editorial policy every member accepts
    Policy,
    /// who sits on the editorial committee (NAME, ROLE, REGION, DISPLAY NAME), and how to reach it
    Committee,
    /// what you sent to the editorial committee, with its state and latest note
    Submissions,
    /// the committee's commands: admin help lists them
    Admin {
        #[command(subcommand)]
        command: Admin,
    },
}

impl Command {
    /// Commands whose body comes on standard input: the SSH layer waits for the
    /// client's end of input before running them.
    pub fn reads_stdin(&self) -> bool {
        matches!(
            self,
            Command::Post { .. }
                | Command::Reply { .. }
                | Command::Message { .. }
                | Command::Edit { .. }
        )
    }
}

#[derive(Args, Debug, Default)]
pub struct EventOptions {
    #[arg(long, value_name = "K")]
    pub kind: Option<String>,
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
    #[arg(long, value_name = "S")]
    pub strategy: Option<String>,
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
    #[command(flatten)]
    pub learning: LearningOptions,
}

/// What the library and the events are filtered by for learning.
#[derive(Args, Debug, Default)]
pub struct LearningOptions {
    #[arg(long, value_name = "C")]
    pub competency: Option<String>,
    #[arg(long, value_name = "A")]
    pub audience: Option<String>,
    /// only what builds the competencies in your profile
    #[arg(long)]
    pub for_me: bool,
}

#[derive(Args, Debug, Default)]
pub struct JobOptions {
    #[arg(long, value_name = "K")]
    pub kind: Option<String>,
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
    #[arg(long)]
    pub remote: bool,
    #[arg(long, value_name = "C")]
    pub competency: Option<String>,
}

#[derive(Args, Debug, Default)]
pub struct LibraryOptions {
    #[arg(long, value_name = "S")]
    pub strategy: Option<String>,
    #[arg(long, value_name = "K")]
    pub kind: Option<String>,
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
    #[command(flatten)]
    pub learning: LearningOptions,
}

#[derive(Args, Debug, Default)]
pub struct SearchOptions {
    #[arg(value_name = "WORDS", required = true, num_args = 1..)]
    pub words: Vec<String>,
    #[arg(long, value_name = "K")]
    pub kind: Option<String>,
    #[arg(long, value_name = "C")]
    pub community: Option<String>,
    #[arg(long, value_name = "S")]
    pub strategy: Option<String>,
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Only what is written in this language: en, fr, es, ru, zh or ar.
    #[arg(long, value_name = "L")]
    pub language: Option<String>,
}

#[derive(Args, Debug, Default)]
pub struct MemberOptions {
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
    #[arg(long, value_name = "C")]
    pub competency: Option<String>,
    /// Words of the organization's name: every word up to the next option.
    #[arg(long, value_name = "WORDS", num_args = 1..)]
    pub org: Vec<String>,
}

/// `admin …`: the committee's commands.
#[derive(Subcommand, Debug)]
pub enum Admin {
    /// these commands
    Help,
    /// the whole forum as JSON lines, for a backup while the server runs (admins)
    Export,
    /// stop an account posting for FOR (12h, 7d, forever), with a reason it is shown
    Mute(Sanction),
    /// stop an account logging in for FOR (12h, 7d, forever), with a reason it is shown
    Ban(Sanction),
    /// end a mute or ban early
    Lift {
        #[arg(value_name = "USER")]
        user: String,
        #[arg(value_name = "REASON", num_args = 0.., trailing_var_arg = true, allow_hyphen_values = true)]
        reason: Vec<String>,
    },
    /// the committee's actions, oldest first, from DATE (2026-11-01) on
    Audit {
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
    },
    /// submissions waiting for review, oldest first
    Queue,
    /// make a community readable by members only or by everyone (admins), with a reason
    Visibility {
        #[arg(value_name = "COMMUNITY")]
        community: String,
        #[arg(value_name = "WHO", value_parser = ["members", "everyone"])]
        who: String,
        #[arg(value_name = "REASON", required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
        reason: Vec<String>,
    },
}

#[derive(Args, Debug)]
pub struct Sanction {
    #[arg(value_name = "USER")]
    pub user: String,
    #[arg(value_name = "FOR")]
    pub length: String,
    #[arg(value_name = "REASON", required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
    pub reason: Vec<String>,
}

/// `12`, or `#12` as lists show it.
fn id<T: std::str::FromStr>(word: &str) -> Result<T, String> {
    word.trim_start_matches('#')
        .parse()
        .map_err(|_| format!("'{word}' is not a number"))
}

/// A language by its code: `fr`.
fn language_code(word: &str) -> Result<Language, String> {
    Language::from_code(word)
        .ok_or_else(|| format!("'{word}' is not one of en, fr, es, ru, zh, ar"))
}

/// Parses a command line, or says in one line what is wrong with it.
pub fn parse(line: &str) -> Result<Line, String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    Line::try_parse_from(&words).map_err(|e| explain(&e, &words))
}

/// The command's usage, as `help` and error messages show it: `threads
/// COMMUNITY`, `events [--kind K] [--region R] …`.
pub fn usage(command: &clap::Command) -> String {
    let mut parts = vec![command.get_name().to_string()];
    for arg in command.get_arguments() {
        let id = arg.get_id().as_str();
        if id == "json" || arg.is_hide_set() {
            continue;
        }
        let value = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map_or_else(|| id.to_uppercase(), |n| n.to_string());
        parts.push(match arg.get_long() {
            Some(long) if arg.get_action().takes_values() => format!("[--{long} {value}]"),
            Some(long) => format!("[--{long}]"),
            None if arg.is_required_set() => value,
            None => format!("[{value}]"),
        });
    }
    if command.has_subcommands() {
        parts.push("SUBCOMMAND …".into());
    }
    parts.join(" ")
}

/// Each command (or admin subcommand) with its usage and what it does.
/// Each command's usage and what it does, in the reader's language: the
/// catalogue's `exec-about-{prefix}{name}` (the doc comments above are the
/// English, for clap and for readers of this file).
pub fn listing(of: &clap::Command, prefix: &str) -> Vec<(String, String)> {
    of.get_subcommands()
        .map(|c| {
            let id = format!("exec-about-{prefix}{}", c.get_name().replace('.', "-"));
            (usage(c), stoa_present::lang::text(&id))
        })
        .collect()
}

pub fn commands() -> clap::Command {
    Line::command()
}

pub fn admin_commands() -> clap::Command {
    commands()
        .find_subcommand("admin")
        .cloned()
        .unwrap_or_else(|| clap::Command::new("admin"))
}

/// clap's error as one line in Stoa's words, with the command's usage where it
/// helps. The words are the member's: they are sanitised where printed.
fn explain(e: &clap::Error, words: &[&str]) -> String {
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.join(" "),
        _ => String::new(),
    };
    let mut line = commands();
    // The command (and admin subcommand) the words name, for its usage.
    let mut named = Vec::new();
    for word in words.iter().filter(|w| !w.starts_with("--")) {
        match line.find_subcommand(word).cloned() {
            Some(sub) => {
                named.push(sub.get_name().to_string());
                line = sub;
            }
            None => break,
        }
    }
    let name = named.join(" ");
    let usage = match named.first().map(String::as_str) {
        Some("admin") if named.len() > 1 => format!("admin {}", usage(&line)),
        _ => usage(&line),
    };
    match e.kind() {
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            if name.is_empty() =>
        {
            stoa_present::t!("exec-no-command")
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            stoa_present::t!("exec-needs-subcommand", name = name.as_str())
        }
        ErrorKind::InvalidSubcommand if name.is_empty() => stoa_present::t!(
            "exec-unknown-command",
            command = context(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidSubcommand => stoa_present::t!(
            "exec-unknown-subcommand",
            name = name.as_str(),
            command = context(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::UnknownArgument => {
            let extra = context(ContextKind::InvalidArg);
            if extra.starts_with('-') && name.is_empty() {
                stoa_present::t!("exec-unknown-option", option = extra.as_str())
            } else if extra.starts_with('-') {
                stoa_present::t!(
                    "exec-unknown-option-usage",
                    option = extra.as_str(),
                    usage = usage.as_str()
                )
            } else if line.get_positionals().next().is_none() {
                stoa_present::t!(
                    "exec-no-argument",
                    name = name.as_str(),
                    extra = extra.as_str()
                )
            } else if line.get_positionals().count() == 1 {
                stoa_present::t!(
                    "exec-one-argument",
                    name = name.as_str(),
                    extra = extra.as_str(),
                    usage = usage.as_str()
                )
            } else {
                stoa_present::t!(
                    "exec-too-many-arguments",
                    name = name.as_str(),
                    extra = extra.as_str(),
                    usage = usage.as_str()
                )
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = match e.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(all)) => all
                    .iter()
                    .map(|a| a.replace(['<', '>'], "").replace("...", ""))
                    .collect(),
                _ => Vec::new(),
            };
            let missing = match missing.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
                None => String::new(),
            };
            stoa_present::t!(
                "exec-needs-argument",
                name = name.as_str(),
                missing = missing,
                usage = usage.as_str()
            )
        }
        ErrorKind::InvalidValue if context(ContextKind::InvalidValue).is_empty() => {
            format!(
                "{} needs a value",
                context(ContextKind::InvalidArg)
                    .split(' ')
                    .next()
                    .unwrap_or("")
            )
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_else(|| context(ContextKind::InvalidValue));
            format!("{why} (usage: {usage})")
        }
        _ => {
            let text = e.to_string();
            let first = text.lines().next().unwrap_or("");
            format!("{} (usage: {usage})", first.trim_start_matches("error: "))
        }
    }
}
