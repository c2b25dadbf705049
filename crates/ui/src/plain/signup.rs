//! Signing up in plain mode: one question at a time, each answer checked as it
//! is given, then the editorial policy to accept (`yes` or `y`; `no` stops).
//! `cancel` at any question leaves without an account.

use super::{Plain, View};
use stoa_core::domain::Region;
use stoa_core::forum::{ForumError, LoginMethod, POLICY, SignUp, Viewer, sanitize, validate};

/// What a wrong answer to the policy question hears: one line, not the policy.
const POLICY_AGAIN: &str = "Type yes to accept the editorial policy and create your account, no to stop, or l to read it again.";

/// The question being asked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Question {
    Username,
    Name,
    Organization,
    Region,
    TimeZone,
    Policy,
}

/// What has been answered so far.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Joining {
    pub question: Question,
    form: SignUp,
}

impl Joining {
    pub fn new() -> Joining {
        Joining {
            question: Question::Username,
            form: SignUp {
                username: String::new(),
                display_name: String::new(),
                organization: String::new(),
                region: None,
                time_zone: String::new(),
                accepted_policy: false,
                language: None,
            },
        }
    }

    pub fn ask(&self) -> String {
        match self.question {
            Question::Username => {
                "Choose a username: 2 to 32 of a-z, 0-9, _ and -. Others see it on your posts."
                    .into()
            }
            Question::Name => "Your name as others will see it:".into(),
            Question::Organization => "Your organization (Enter to leave it empty):".into(),
            Question::Region => {
                let mut out = String::from("Your WHO region; type its number:");
                for (i, r) in Region::ALL.iter().enumerate() {
                    out.push_str(&format!("\n{}. {}", i + 1, r.label()));
                }
                out
            }
            Question::TimeZone => "Your time zone, e.g. Africa/Nairobi (Enter for UTC):".into(),
            Question::Policy => format!(
                "The editorial policy:\n\n{}\n\nType yes to accept it and create your account, or no to stop.",
                POLICY.trim()
            ),
        }
    }
}

impl Plain {
    /// Starts signing up, for a guest who connected with a key.
    pub(super) fn start_joining(&mut self) -> String {
        match &self.viewer {
            Viewer::Member { .. } => "You are signed up already.".into(),
            Viewer::Guest { key: None } => {
                "Connect with an SSH key to sign up: it becomes your login.".into()
            }
            Viewer::Guest { key: Some(_) } => {
                let joining = Joining::new();
                let question = joining.ask();
                self.view = View::Joining(Box::new(joining));
                format!("Signing up. Type cancel at any question to stop.\n\n{question}")
            }
        }
    }

    /// One answer while signing up.
    pub(super) fn joining(&mut self, line: &str) -> String {
        let View::Joining(joining) = &mut self.view else {
            return String::new();
        };
        let answer = line.trim();
        if answer == "cancel" {
            self.view = View::Home;
            return format!("Not signed up.\n\n{}", self.show());
        }
        let problem = match joining.question {
            Question::Username => {
                let name = answer.to_string();
                let taken = self.forum.account(&name).ok().flatten().is_some();
                match validate::username(&name) {
                    Err(e) => Some(e),
                    Ok(()) if taken => Some(format!("'{name}' is taken; choose another")),
                    Ok(()) => {
                        joining.form.username = name;
                        joining.question = Question::Name;
                        None
                    }
                }
            }
            Question::Name => {
                match validate::required_line(answer, "name as others will see it", 64) {
                    Err(e) => Some(e),
                    Ok(()) => {
                        joining.form.display_name = sanitize::inline(answer).into_owned();
                        joining.question = Question::Organization;
                        None
                    }
                }
            }
            Question::Organization => match validate::optional_line(answer, 100) {
                Err(e) => Some(e),
                Ok(()) => {
                    joining.form.organization = sanitize::inline(answer).into_owned();
                    joining.question = Question::Region;
                    None
                }
            },
            Question::Region => match answer
                .parse::<usize>()
                .ok()
                .and_then(|n| Region::ALL.get(n.wrapping_sub(1)))
            {
                None => Some(format!("type a number from 1 to {}", Region::ALL.len())),
                Some(region) => {
                    joining.form.region = Some(*region);
                    joining.question = Question::TimeZone;
                    None
                }
            },
            Question::TimeZone => {
                let zone = if answer.is_empty() { "UTC" } else { answer };
                match validate::time_zone(zone) {
                    Err(e) => Some(e),
                    Ok(()) => {
                        joining.form.time_zone = zone.to_string();
                        joining.question = Question::Policy;
                        None
                    }
                }
            }
            Question::Policy => {
                // A typo must not print the sixty lines of the policy again:
                // one line says what to type, and `l` reads the policy again.
                match answer.to_ascii_lowercase().as_str() {
                    "yes" | "y" => {
                        joining.form.accepted_policy = true;
                        let form = joining.form.clone();
                        return self.join(form);
                    }
                    "no" | "n" => {
                        self.view = View::Home;
                        return format!("Not signed up.\n\n{}", self.show());
                    }
                    "l" => return joining.ask(),
                    _ => return POLICY_AGAIN.into(),
                }
            }
        };
        match problem {
            Some(problem) => format!("{problem}.\n{}", joining.ask()),
            None => joining.ask(),
        }
    }

    fn join(&mut self, form: SignUp) -> String {
        let Viewer::Guest { key: Some(key) } = &self.viewer else {
            self.view = View::Home;
            return "Connect with an SSH key to sign up.".into();
        };
        match self.forum.sign_up(key, form) {
            Ok(account) => {
                let admin = account.role == stoa_core::domain::Role::Admin;
                let welcome = if admin {
                    format!(
                        "Welcome to the network, {}! You are the forum's first member, so you are its admin.",
                        account.display_name
                    )
                } else {
                    format!("Welcome to the network, {}!", account.display_name)
                };
                self.viewer = Viewer::Member {
                    account,
                    via: LoginMethod::Key,
                };
                self.view = View::Home;
                format!("{welcome}\n\n{}", self.show())
            }
            Err(ForumError::Invalid(errors)) => {
                self.view = View::Joining(Box::new(Joining::new()));
                let problems: Vec<String> = errors.0.iter().map(|(_, m)| m.clone()).collect();
                format!(
                    "Not signed up: {}. Let us start again.\n{}",
                    problems.join("; "),
                    Joining::new().ask()
                )
            }
            Err(e) => {
                self.view = View::Home;
                format!("Not signed up: {e}.")
            }
        }
    }
}
