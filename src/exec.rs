//! Commands run without a terminal: `ssh -p 2222 HOST COMMAND`. Plain text out (or
//! JSON with `--json`), one line on stderr and status 2 for a wrong command.

use serde_json::json;

use crate::forum::{Forum, Viewer, sanitize};

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
            stderr: format!("stoa: {message}\n"),
            status: 2,
        }
    }
}

const COMMANDS: &[(&str, &str)] = &[
    ("help", "list these commands"),
    ("whoami", "your account name and role, or 'guest'"),
];

/// Runs one command line for `viewer`.
pub fn run(_forum: &Forum, viewer: &Viewer, line: &str) -> Outcome {
    let words: Vec<&str> = line.split_whitespace().collect();
    let json = words.contains(&"--json");
    let args: Vec<&str> = words.iter().copied().filter(|w| *w != "--json").collect();
    let Some((&command, rest)) = args.split_first() else {
        return Outcome::usage("no command given (try: help)".into());
    };
    if !COMMANDS.iter().any(|(name, _)| *name == command) {
        return Outcome::usage(format!(
            "unknown command '{}' (try: help)",
            sanitize::inline(command)
        ));
    }
    if let Some(extra) = rest.first() {
        return Outcome::usage(format!(
            "'{}' takes no argument, but got '{}'",
            sanitize::inline(command),
            sanitize::inline(extra)
        ));
    }
    match command {
        "help" => Outcome::ok(help(json)),
        "whoami" => Outcome::ok(whoami(viewer, json)),
        other => Outcome::usage(format!(
            "unknown command '{}' (try: help)",
            sanitize::inline(other)
        )),
    }
}

fn help(json: bool) -> String {
    if json {
        let list: Vec<_> = COMMANDS
            .iter()
            .map(|(name, about)| json!({"command": name, "about": about}))
            .collect();
        return format!("{}\n", serde_json::Value::Array(list));
    }
    let mut out = String::from("Stoa commands (ssh -p 2222 HOST COMMAND; add --json for JSON):\n");
    for (name, about) in COMMANDS {
        out.push_str(&format!("  {name:<10} {about}\n"));
    }
    out.push_str("Without a command, ssh -p 2222 HOST opens the forum.\n");
    out
}

fn whoami(viewer: &Viewer, json: bool) -> String {
    match (viewer.account(), json) {
        (Some(a), false) => format!("{} {}\n", a.username, a.role),
        (None, false) => "guest\n".into(),
        (Some(a), true) => format!(
            "{}\n",
            json!({"username": a.username, "role": a.role, "display_name": sanitize::inline(&a.display_name)})
        ),
        (None, true) => format!("{}\n", json!({"username": null, "role": "guest"})),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::forum::LoginMethod;
    use crate::forum::testing::{forum, member};

    #[test]
    fn whoami_names_the_account_or_says_guest() {
        let (forum, _dir) = forum();
        let amara = member(&forum, "amara", 1, Role::Admin);
        let viewer = Viewer::Member {
            account: amara,
            via: LoginMethod::Key,
        };
        assert_eq!(run(&forum, &viewer, "whoami").stdout, "amara admin\n");
        let guest = Viewer::Guest { key: None };
        let out = run(&forum, &guest, "whoami");
        assert_eq!((out.stdout.as_str(), out.status), ("guest\n", 0));
        let parsed: serde_json::Value =
            serde_json::from_str(&run(&forum, &viewer, "whoami --json").stdout).unwrap();
        assert_eq!(parsed["username"], "amara");
        assert_eq!(parsed["role"], "admin");
    }

    #[test]
    fn help_lists_every_command() {
        let (forum, _dir) = forum();
        let out = run(&forum, &Viewer::Guest { key: None }, "help");
        assert_eq!(out.status, 0);
        for (name, _) in COMMANDS {
            assert!(out.stdout.contains(name), "{name} missing");
        }
    }

    #[test]
    fn wrong_commands_get_one_line_on_stderr_and_status_2() {
        let (forum, _dir) = forum();
        let guest = Viewer::Guest { key: None };
        let out = run(&forum, &guest, "bogus arg");
        assert_eq!(out.stderr, "stoa: unknown command 'bogus' (try: help)\n");
        let out = run(&forum, &guest, "whoami extra");
        assert_eq!(
            out.stderr,
            "stoa: 'whoami' takes no argument, but got 'extra'\n"
        );
        for line in ["frobnicate", "", "whoami extra", "\x1b[2Jevil"] {
            let out = run(&forum, &guest, line);
            assert_eq!(out.status, 2, "{line:?}");
            assert!(out.stdout.is_empty());
            assert_eq!(out.stderr.lines().count(), 1, "{:?}", out.stderr);
            assert!(!out.stderr.contains('\x1b'));
        }
    }
}
