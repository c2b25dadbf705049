//! A member's own things in plain mode: editing and deleting their posts
//! (`e 12`, `d 12` in a thread) and reading their submissions (`s`).

use super::{Plain, View};
use stoa_core::domain::{Competency, DraftPlace, PostId, ThreadId};
use stoa_core::forum::sanitize;

impl Plain {
    /// `e NUMBER`: starts replacing one of the member's posts.
    pub(super) fn edit_own(&mut self, number: &str) -> String {
        let View::Thread(_) = self.view else {
            return "Open a thread first: e edits one of your posts in it.".into();
        };
        let Ok(id) = number.trim_start_matches('#').parse::<PostId>() else {
            return format!("'{}' is not a post number.", sanitize::inline(number));
        };
        let me = self.viewer.account().map(|a| a.username.clone());
        match self.forum.post(&self.viewer, id) {
            Ok(post) if Some(&post.author) == me.as_ref() && post.deleted.is_none() => {
                self.view = View::Body {
                    place: DraftPlace::Edit(id),
                    title: String::new(),
                    lines: Vec::new(),
                };
                format!(
                    "Editing post {id}. Its text now:\n\n{}\n\nType the new text line by line; a line holding only a full stop (.) saves it in place of the old, cancel keeps the old.",
                    sanitize::multiline(&post.body)
                )
            }
            Ok(_) => format!("Post {id} is not yours to edit."),
            Err(e) => format!("Error: {e}"),
        }
    }

    /// `d NUMBER`: asks before deleting one of the member's posts.
    pub(super) fn ask_delete(&mut self, number: &str) -> String {
        let View::Thread(thread) = self.view else {
            return "Open a thread first: d deletes one of your posts in it.".into();
        };
        let Ok(id) = number.trim_start_matches('#').parse::<PostId>() else {
            return format!("'{}' is not a post number.", sanitize::inline(number));
        };
        self.view = View::Deleting { thread, post: id };
        format!(
            "Delete post {id}? Replies to it keep their place. Type yes to delete it, anything else to keep it."
        )
    }

    /// The answer to "delete post N?".
    pub(super) fn deleting(&mut self, thread: ThreadId, post: PostId, answer: &str) -> String {
        self.view = View::Thread(thread);
        if !answer.trim().eq_ignore_ascii_case("yes") {
            return "Kept.".into();
        }
        match self.forum.delete_post(&self.viewer, post) {
            Ok(_) => format!("Post {post} deleted.\n\n{}", self.show()),
            Err(e) => format!("Not deleted: {e}."),
        }
    }

    /// `s` for a member: what they sent to the editorial committee.
    pub(super) fn submissions(&self) -> String {
        let list = match self.forum.my_submissions(&self.viewer) {
            Ok(list) => list,
            Err(e) => return format!("Error: {e}"),
        };
        if list.is_empty() {
            return "You have sent nothing to the editorial committee yet.".into();
        }
        let mut out = format!("Your submissions, {} of them, newest first:", list.len());
        for s in &list {
            out.push_str(&format!(
                "\n{}, {} \"{}\": {}",
                s.id,
                s.item.kind(),
                sanitize::inline(s.title()),
                stoa_present::board_item::state_now(s, &self.forum, &self.viewer)
            ));
            if let Some(e) = s.last_decision() {
                out.push_str(&format!(
                    "; {} {}: {}",
                    e.by,
                    e.action.label(),
                    sanitize::inline(&e.note)
                ));
            }
        }
        out.push_str("\nresubmit and a number takes up a draft or a returned one again.");
        out
    }
}

impl Plain {
    /// `profile`: who the member is here, and their display settings.
    pub(super) fn profile(&self) -> String {
        let Some(a) = self.viewer.account() else {
            return "Guests have no profile: s signs you up.".into();
        };
        let p = &a.preferences;
        let competencies = if a.competencies.is_empty() {
            "none".to_string()
        } else {
            Competency::labels(&a.competencies)
        };
        let bio = if a.bio.is_empty() {
            String::new()
        } else {
            format!("\nAbout: {}", sanitize::inline(&a.bio.replace('\n', " ")))
        };
        format!(
            "{} ({}), {}.\nOrganization: {}\nRegion: {}\nCompetencies: {competencies}{bio}\nTime zone: {}\nSSH keys: {}\nPlain mode: {}.\nDisplay: colour {}, ASCII only {}, bell {}.\nplain on, plain off or plain auto sets the plain mode for your next connections; the rest of the profile is edited in the full-screen mode (g then y).",
            sanitize::inline(&a.display_name),
            a.username,
            a.role,
            sanitize::inline(&a.organization),
            a.region.label(),
            a.time_zone,
            a.keys.len(),
            p.plain.label(),
            p.colour.label(),
            p.ascii.label(),
            p.bell.label()
        )
    }

    /// `plain on`, `plain off`, `plain auto`.
    pub(super) fn set_plain(&mut self, word: &str) -> String {
        let setting = match word {
            "on" => stoa_core::domain::Setting::Always,
            "off" => stoa_core::domain::Setting::Never,
            "auto" => stoa_core::domain::Setting::Automatic,
            _ => return "Type plain on, plain off or plain auto.".into(),
        };
        let Some(account) = self.viewer.account().cloned() else {
            return "Guests have no settings: s signs you up.".into();
        };
        let mut preferences = account.preferences;
        preferences.plain = setting;
        match self.forum.set_preferences(&account, preferences) {
            Ok(updated) => {
                if let stoa_core::forum::Viewer::Member { account, .. } = &mut self.viewer {
                    *account = updated;
                }
                match setting {
                    stoa_core::domain::Setting::Never => {
                        "Saved: your next connection opens the full-screen forum.".into()
                    }
                    stoa_core::domain::Setting::Always => {
                        "Saved: every connection opens in plain mode.".into()
                    }
                    stoa_core::domain::Setting::Automatic => {
                        "Saved: plain mode when your terminal cannot draw screens (TERM=dumb)."
                            .into()
                    }
                }
            }
            Err(e) => format!("Not saved: {e}."),
        }
    }
}
