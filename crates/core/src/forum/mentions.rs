//! `@name` in a post names a member. The names are stored with the post now; the
//! notifications that use them come later.

use super::capabilities::Capability;
use super::{FieldErrors, FieldName, Forum, ForumError};
use crate::domain::{Account, Username};

/// How many members one post may name. Each is notified, so a post naming
/// hundreds would be a way to spam them all; the committee is not limited.
pub const MENTIONS_MAX: usize = 20;

/// [`find`] for `author`'s post, refused past [`MENTIONS_MAX`] names, where
/// the text was typed.
pub fn find_for(forum: &Forum, body: &str, author: &Account) -> Result<Vec<Username>, ForumError> {
    let found = find(forum, body, &author.username)?;
    if found.len() > MENTIONS_MAX && !Capability::ReviewSubmissions.held_by(author) {
        return Err(FieldErrors::single(
            FieldName::Body,
            crate::t!(
                "forum-mentions-too-many",
                max = MENTIONS_MAX,
                n = found.len()
            ),
        ));
    }
    Ok(found)
}

/// The usernames `body` mentions that belong to accounts, in order of first
/// mention, without repeats and without the author.
pub fn find(forum: &Forum, body: &str, author: &str) -> Result<Vec<Username>, ForumError> {
    let mut found: Vec<Username> = Vec::new();
    for name in candidates(body) {
        if name != author && !found.iter().any(|f| *f == name) && forum.is_account(&name) {
            found.push(name.into());
        }
    }
    Ok(found)
}

/// The names `body` mentions where a reader sees them: in its text, not in
/// code (`` `@amara` `` is shown as typed) nor in a link's address.
fn candidates(body: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut prose = String::new();
    let mut in_code = false;
    for event in Parser::new_ext(body, options) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            // Text arrives in pieces (at `_`, say): pieces next to each other
            // join, so that `@li_wei` stays one name.
            Event::Text(text) if !in_code => {
                prose.push_str(&text);
                continue;
            }
            _ => {}
        }
        prose.push(' ');
    }
    names_after_at(&prose)
}

/// Words of the username shape that follow an `@` at the start of the text or
/// after something that is not part of a word (so `amara@example.org` is an
/// address, not a mention).
fn names_after_at(body: &str) -> Vec<String> {
    let is_name = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    let mut out = Vec::new();
    let mut previous: Option<char> = None;
    for (i, c) in body.char_indices() {
        let starts = c == '@' && previous.is_none_or(|p| !p.is_alphanumeric() && p != '_');
        previous = Some(c);
        if !starts {
            continue;
        }
        let rest = &body[i + 1..];
        let len = rest.find(|c: char| !is_name(c)).unwrap_or(rest.len());
        let name = rest[..len].trim_end_matches(['-', '_']);
        if (2..=32).contains(&name.len()) {
            out.push(name.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::forum::testing::{forum, member};

    #[test]
    fn mentions_are_names_after_an_at_sign() {
        assert_eq!(
            candidates("Thanks @amara and @li_wei! Mail amara@example.org, @x, (@jo-)"),
            ["amara", "li_wei", "jo"]
        );
    }

    #[test]
    fn code_and_link_addresses_mention_nobody() {
        assert_eq!(
            candidates(
                "Ask *@amara*, not `@bruno`.\n\n```\nping @chen\n```\n\n    @dana in indented code\n\n[write](mailto:@eve) or **@fatima_haddad**\n> @gil, quoted"
            ),
            ["amara", "fatima_haddad", "gil"]
        );
    }

    #[test]
    fn only_accounts_other_than_the_author_are_kept() {
        let (forum, _dir) = forum();
        member(&forum, "amara", 1, Role::Member);
        member(&forum, "li_wei", 2, Role::Member);
        let found = find(&forum, "@li_wei @amara @nobody_here @amara", "li_wei").unwrap();
        assert_eq!(found, ["amara"]);
    }
}
