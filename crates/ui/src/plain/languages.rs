//! Languages in plain mode: `language 12 fr` says what language post 12 is
//! written in (its author or the committee, correcting what was detected);
//! `language fr` does it for the entry, news item or event open; `in fr`
//! reads an entry or news item in another of its languages; `first fr es`
//! puts what is written in those languages first in lists (`first none`).

use super::{Plain, View};
use stoa_core::domain::{Language, Languages, PostId, Target};
use stoa_present::{t, translated};

impl Plain {
    /// Under a list's heading, when the member put languages first: which,
    /// since the heading's order ("newest first") then holds within each part.
    pub(super) fn first_note(&self) -> String {
        let first = self.forum.first_languages(&self.viewer);
        if first.is_empty() {
            return String::new();
        }
        format!(
            "\n{}",
            t!("plain-first-note", names = translated::names(first))
        )
    }

    /// `language 12 fr`, or `language fr` on an open item.
    pub(super) fn set_language(&mut self, rest: &str) -> String {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let (target, code) = match (words.as_slice(), &self.view) {
            ([post, code], _) => {
                let Ok(post) = post.trim_start_matches('#').parse::<PostId>() else {
                    return t!("plain-language-takes");
                };
                match self.forum.post(&self.viewer, post) {
                    Ok(p) => (
                        Target::Post {
                            thread: p.thread,
                            post,
                        },
                        *code,
                    ),
                    Err(e) => return t!("plain-error", error = e.to_string()),
                }
            }
            ([code], View::Entry(id)) => (Target::Entry { id: *id }, *code),
            ([code], View::NewsItem(id)) => (Target::News { id: *id }, *code),
            ([code], View::Event(id)) => (Target::Event { id: *id }, *code),
            _ => return t!("plain-language-takes"),
        };
        let Some(language) = Language::from_code(code) else {
            return t!("plain-language-code-takes");
        };
        match self.forum.set_language(&self.viewer, &target, language) {
            Ok(()) => t!("plain-language-set", name = language.native_name()),
            Err(e) => t!("plain-error", error = e.to_string()),
        }
    }

    /// `first fr es`: those languages first in lists; `first none`: lists in
    /// their own order.
    pub(super) fn set_first_languages(&mut self, rest: &str) -> String {
        let Some(account) = self.viewer.account().cloned() else {
            return t!("plain-settings-guest");
        };
        let first = if rest == "none" {
            Languages::default()
        } else {
            let mut set = Languages::default();
            for code in rest.split([' ', ',']).filter(|c| !c.is_empty()) {
                match Language::from_code(code) {
                    Some(l) => set.insert(l),
                    None => return t!("plain-language-code-takes"),
                }
            }
            set
        };
        let mut preferences = account.preferences;
        preferences.first = first;
        match self.forum.set_preferences(&account, preferences) {
            Ok(updated) => {
                if let stoa_core::forum::Viewer::Member { account, .. } = &mut self.viewer {
                    *account = updated;
                }
                if first.is_empty() {
                    t!("plain-first-none")
                } else {
                    t!("plain-first-set", names = translated::names(first))
                }
            }
            Err(e) => t!("plain-not-saved", error = e.to_string()),
        }
    }
}
