//! Signing up in plain mode: one question at a time, each answer checked as it
//! is given, then the editorial policy to accept (`yes` or `y`; `no` stops).
//! `cancel` at any question leaves without an account.

use super::{Plain, View};
use stoa_core::domain::Region;
use stoa_core::forum::{ForumError, LoginMethod, POLICY, SignUp, Viewer, sanitize, validate};
use stoa_present::t;
use stoa_present::terms;

/// What a wrong answer to the policy question hears: one line, not the policy
/// (its catalogue id).
const POLICY_AGAIN: &str = "plain-signup-policy-again";

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
            Question::Username => t!("plain-signup-username"),
            Question::Name => t!("plain-signup-name"),
            Question::Organization => t!("plain-signup-organization"),
            Question::Region => {
                let mut out = t!("plain-signup-region");
                for (i, r) in Region::ALL.iter().enumerate() {
                    out.push_str(&format!("\n{}. {}", i + 1, terms::region(*r)));
                }
                out
            }
            Question::TimeZone => t!("plain-signup-time-zone"),
            Question::Policy => format!(
                "{}\n\n{}\n\n{}",
                t!("plain-signup-policy-head"),
                POLICY.trim(),
                t!("plain-signup-policy-ask")
            ),
        }
    }
}

impl Plain {
    /// Starts signing up, for a guest who connected with a key.
    pub(super) fn start_joining(&mut self) -> String {
        match &self.viewer {
            Viewer::Member { .. } => t!("plain-signup-already"),
            Viewer::Guest { key: None } => t!("plain-signup-needs-key"),
            Viewer::Guest { key: Some(_) } => {
                let joining = Joining::new();
                let question = joining.ask();
                self.view = View::Joining(Box::new(joining));
                format!("{}\n\n{question}", t!("plain-signup-start"))
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
            return format!("{}\n\n{}", t!("plain-signup-not-signed-up"), self.show());
        }
        let problem = match joining.question {
            Question::Username => {
                let name = answer.to_string();
                let taken = self.forum.account(&name).ok().flatten().is_some();
                match validate::username(&name) {
                    Err(e) => Some(e),
                    Ok(()) if taken => Some(t!("plain-signup-taken", name = name.as_str())),
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
                None => Some(t!("plain-account-type-a-number", n = Region::ALL.len())),
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
                        return format!("{}\n\n{}", t!("plain-signup-not-signed-up"), self.show());
                    }
                    "l" => return joining.ask(),
                    _ => return t!(POLICY_AGAIN),
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
            return t!("plain-signup-needs-key-short");
        };
        match self.forum.sign_up(key, form) {
            Ok(account) => {
                let admin = account.role == stoa_core::domain::Role::Admin;
                let welcome = if admin {
                    t!(
                        "plain-signup-welcome-admin",
                        name = account.display_name.as_str()
                    )
                } else {
                    t!("plain-signup-welcome", name = account.display_name.as_str())
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
                    "{}\n{}",
                    t!("plain-signup-start-again", problems = problems.join("; ")),
                    Joining::new().ask()
                )
            }
            Err(e) => {
                self.view = View::Home;
                t!("plain-signup-failed", error = e.to_string())
            }
        }
    }
}
