//! What a notification says, in the reader's language: its catalogue message
//! when it has one, else the English it was written with; with the posts
//! folded into it.

use stoa_core::domain::Notification;

use crate::lang::{Value, text_with};
use crate::t;

/// `li replied to you in "Rosters" (and 2 more)`, in the reader's language.
pub fn summary(n: &Notification) -> String {
    let said = match &n.words {
        Some(words) => {
            let args: Vec<(&str, Value)> = words
                .args
                .iter()
                .map(|(k, v)| (k.as_str(), Value::from(v.as_str())))
                .collect();
            text_with(&words.id, &args)
        }
        None => n.text.clone(),
    };
    match n.more {
        0 => said,
        99.. => format!("{said} {}", t!("notice-and-more-many")),
        more => format!("{said} {}", t!("notice-and-more", n = more)),
    }
}

/// The kind of a notification, as its line in the centre says it ("reply").
pub fn kind(n: &Notification) -> String {
    crate::lang::text(&format!("notice-kind-{}", n.kind.as_str()))
}
