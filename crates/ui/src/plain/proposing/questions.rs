//! The questions plain mode asks for each kind of proposal.

use stoa_core::domain::{
    Competency, EventKind, JobKind, PracticeLevel, Region, ResourceKind, Strategy,
};

#[derive(Clone, Debug, PartialEq)]
pub(super) enum How {
    Text,
    /// One of these, by number.
    Choice(Vec<String>),
    /// Any of these, by numbers separated by commas.
    Picks(Vec<String>),
    YesNo,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Question {
    pub name: &'static str,
    pub ask: &'static str,
    pub how: How,
}

fn q(name: &'static str, ask: &'static str) -> Question {
    Question {
        name,
        ask,
        how: How::Text,
    }
}

fn choice(name: &'static str, ask: &'static str, options: Vec<String>) -> Question {
    Question {
        name,
        ask,
        how: How::Choice(options),
    }
}

fn labels<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|x| label(*x).to_string()).collect()
}

/// A proposal being asked for, question by question.
pub(super) const KINDS: [&str; 5] = [
    "a community",
    "an event",
    "a job or opportunity",
    "a resource",
    "a practice",
];

pub(super) fn questions(kind: &str, communities: &[String]) -> Vec<Question> {
    let regions = labels(&Region::ALL, Region::label);
    let strategies = Question {
        name: "strategies",
        ask: "Which of the five strategies (their numbers, separated by commas)",
        how: How::Picks(labels(&Strategy::ALL, Strategy::label)),
    };
    let community = choice(
        "community",
        "Which community discusses it?",
        communities.to_vec(),
    );
    match kind {
        "community" => vec![
            q("name", "The community's name"),
            q("slug", "Its short name, for addresses: a-z, 0-9 and '-'"),
            q("purpose", "What it is for, in a sentence or two"),
            q("audience", "Who it is for"),
        ],
        "event" => vec![
            choice(
                "kind",
                "What kind of event?",
                labels(&EventKind::ALL, EventKind::label),
            ),
            q("title", "Its title"),
            q(
                "starts",
                "When it starts, on the organizer's clock, e.g. 2027-03-02 09:00",
            ),
            q("ends", "When it ends, e.g. 2027-03-03 17:00"),
            q(
                "time_zone",
                "The organizer's time zone, e.g. Africa/Nairobi",
            ),
            q("online", "Its online link, https://... (Enter for none)"),
            q("city", "Its city, if in person (Enter for none)"),
            q("country", "Its country (Enter for none)"),
            q("organizer", "Who organizes it"),
            q(
                "deadline",
                "For a call for papers, the last day to submit, e.g. 2027-01-15 (Enter for none)",
            ),
            choice("region", "Which region is it for?", regions),
            strategies,
            q("tags", "Tags, separated by commas (Enter for none)"),
            q("description", "What it is, for whom, and what it costs"),
        ],
        "job" => vec![
            choice("kind", "What kind?", labels(&JobKind::ALL, JobKind::label)),
            q("title", "Its title"),
            q("organization", "The organization offering it"),
            q("location", "Its city or place (Enter if remote)"),
            q("country", "Its country (Enter for none)"),
            choice("region", "Which region is it in?", regions),
            Question {
                name: "remote",
                ask: "Can it be done remotely? yes or no",
                how: How::YesNo,
            },
            q("closes", "The last day to apply, e.g. 2027-01-31"),
            Question {
                name: "competencies",
                ask: "Which competencies (their numbers, separated by commas; Enter for none)",
                how: How::Picks(labels(&Competency::ALL, Competency::label)),
            },
            q("tags", "Tags, separated by commas (Enter for none)"),
            q("description", "The role or programme, and who it suits"),
            q("how_to_apply", "How to apply"),
        ],
        "resource" => vec![
            choice(
                "kind",
                "What kind of resource?",
                labels(&ResourceKind::ALL, ResourceKind::label),
            ),
            q("title", "Its title"),
            q("authors", "Its authors, or the organization that wrote it"),
            q("year", "The year it came out"),
            q("link", "Where to find it: https://..."),
            q("language", "The language it is in"),
            q("summary", "What it is, what it says, who it is for"),
            choice("region", "Which region does it concern?", regions),
            q(
                "country",
                "The country, if it is about one (Enter for none)",
            ),
            strategies,
            q("tags", "Tags, separated by commas (Enter for none)"),
            community,
        ],
        _ => vec![
            choice(
                "level",
                "How far has it come?",
                labels(&PracticeLevel::ALL, PracticeLevel::label),
            ),
            q("title", "Its title"),
            q("country", "The country where it happened"),
            q("period", "When it ran, e.g. 2016-2021"),
            q("summary", "What it is, in a few lines"),
            q("what_was_done", "What was done"),
            q(
                "results",
                "What came of it, with figures and where they come from",
            ),
            q("lessons", "What others can learn from it"),
            q("contact", "Who to ask about it (Enter for none)"),
            choice("region", "Which region?", regions),
            strategies,
            q("tags", "Tags, separated by commas (Enter for none)"),
            community,
        ],
    }
}
