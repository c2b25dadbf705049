//! A member's own things in plain mode: editing and deleting their posts
//! (`e 12`, `d 12` in a thread) and reading their submissions (`s`).

use super::{Plain, View};
use stoa_core::domain::{DraftPlace, PostId, ReviewAction, Setting, ThreadId};
use stoa_core::forum::sanitize;
use stoa_present::{lang, t, terms};

/// "automatic", "always", "never": a display setting, in the reader's
/// language.
fn setting_word(s: Setting) -> String {
    lang::text(&format!("setting-{}", s.label()))
}

impl Plain {
    /// `e NUMBER`: starts replacing one of the member's posts.
    pub(super) fn edit_own(&mut self, number: &str) -> String {
        let View::Thread(_) = self.view else {
            return t!("plain-edit-needs-thread");
        };
        let Ok(id) = number.trim_start_matches('#').parse::<PostId>() else {
            return t!(
                "plain-not-a-post-number",
                number = sanitize::inline(number).into_owned()
            );
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
                    "{}\n\n{}\n\n{}",
                    t!("plain-editing", post = id.to_string()),
                    sanitize::multiline(&post.body),
                    t!("plain-editing-hint")
                )
            }
            Ok(_) => t!("plain-edit-not-yours", post = id.to_string()),
            Err(e) => t!("plain-error", error = e.to_string()),
        }
    }

    /// `d NUMBER`: asks before deleting one of the member's posts.
    pub(super) fn ask_delete(&mut self, number: &str) -> String {
        let View::Thread(thread) = self.view else {
            return t!("plain-delete-needs-thread");
        };
        let Ok(id) = number.trim_start_matches('#').parse::<PostId>() else {
            return t!(
                "plain-not-a-post-number",
                number = sanitize::inline(number).into_owned()
            );
        };
        self.view = View::Deleting { thread, post: id };
        t!("plain-delete-question", post = id.to_string())
    }

    /// The answer to "delete post N?".
    pub(super) fn deleting(&mut self, thread: ThreadId, post: PostId, answer: &str) -> String {
        self.view = View::Thread(thread);
        if !answer.trim().eq_ignore_ascii_case("yes") {
            return t!("plain-kept");
        }
        match self.forum.delete_post(&self.viewer, post) {
            Ok(_) => format!(
                "{}\n\n{}",
                t!("plain-post-deleted", post = post.to_string()),
                self.show()
            ),
            Err(e) => t!("plain-not-deleted", error = e.to_string()),
        }
    }

    /// `s` for a member: what they sent to the editorial committee.
    pub(super) fn submissions(&self) -> String {
        let list = match self.forum.my_submissions(&self.viewer) {
            Ok(list) => list,
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        if list.is_empty() {
            return t!("plain-submissions-none");
        }
        let mut out = t!("plain-submissions-heading", n = list.len());
        for s in &list {
            let state = stoa_present::board_item::state_now(s, &self.forum, &self.viewer);
            out.push_str(&format!(
                "\n{}",
                t!(
                    "plain-submission-line",
                    id = s.id.to_string(),
                    kind = stoa_present::terms::submission_kind(s.item.kind()),
                    title = sanitize::inline(s.title()).into_owned(),
                    state = stoa_present::terms::submission_state(state)
                )
            ));
            if let Some(e) = s.last_decision() {
                let action = match e.action {
                    ReviewAction::Submitted => "submission-action-submitted",
                    ReviewAction::Approved => "submission-action-approved",
                    ReviewAction::ChangesRequested => "submission-action-asked-for-changes",
                    ReviewAction::Rejected => "submission-action-rejected",
                };
                out.push_str(&format!(
                    "; {}",
                    t!(
                        "plain-submission-decision",
                        name = e.by.as_str(),
                        action = t!(action),
                        note = sanitize::inline(&e.note).into_owned()
                    )
                ));
            }
        }
        out.push_str(&format!("\n{}", t!("plain-submissions-hint")));
        out
    }
}

impl Plain {
    /// `profile`: who the member is here, and their display settings.
    pub(super) fn profile(&self) -> String {
        let Some(a) = self.viewer.account() else {
            return t!("plain-profile-guest");
        };
        let p = &a.preferences;
        let competencies = if a.competencies.is_empty() {
            t!("plain-none")
        } else {
            terms::competencies(&a.competencies)
        };
        let bio = if a.bio.is_empty() {
            String::new()
        } else {
            format!(
                "\n{}",
                t!(
                    "plain-profile-about",
                    bio = sanitize::inline(&a.bio.replace('\n', " ")).into_owned()
                )
            )
        };
        format!(
            "{}\n{}\n{}\n{}{bio}\n{}\n{}\n{}\n{}\n{}",
            t!(
                "plain-profile-head",
                name = sanitize::inline(&a.display_name).into_owned(),
                username = a.username.to_string(),
                role = lang::text(&format!("role-{}", a.role))
            ),
            t!(
                "plain-profile-organization",
                organization = sanitize::inline(&a.organization).into_owned()
            ),
            t!("plain-profile-region", region = terms::region(a.region)),
            t!("plain-profile-competencies", competencies = competencies),
            t!("plain-profile-time-zone", zone = a.time_zone.to_string()),
            t!("plain-profile-keys", n = a.keys.len()),
            t!("plain-profile-plain", setting = setting_word(p.plain)),
            t!(
                "plain-profile-display",
                colour = setting_word(p.colour),
                ascii = setting_word(p.ascii),
                bell = setting_word(p.bell)
            ) + &if p.first.is_empty() {
                String::new()
            } else {
                format!(
                    "\n{}",
                    t!(
                        "plain-first-note",
                        names = stoa_present::translated::names(p.first)
                    )
                )
            },
            t!("plain-profile-hint")
        )
    }

    /// `plain on`, `plain off`, `plain auto`.
    pub(super) fn set_plain(&mut self, word: &str) -> String {
        let setting = match word {
            "on" => stoa_core::domain::Setting::Always,
            "off" => stoa_core::domain::Setting::Never,
            "auto" => stoa_core::domain::Setting::Automatic,
            _ => return t!("plain-set-plain-usage"),
        };
        let Some(account) = self.viewer.account().cloned() else {
            return t!("plain-settings-guest");
        };
        let mut preferences = account.preferences;
        preferences.plain = setting;
        match self.forum.set_preferences(&account, preferences) {
            Ok(updated) => {
                if let stoa_core::forum::Viewer::Member { account, .. } = &mut self.viewer {
                    *account = updated;
                }
                match setting {
                    stoa_core::domain::Setting::Never => t!("plain-saved-never"),
                    stoa_core::domain::Setting::Always => t!("plain-saved-always"),
                    stoa_core::domain::Setting::Automatic => t!("plain-saved-automatic"),
                }
            }
            Err(e) => t!("plain-not-saved", error = e.to_string()),
        }
    }
}
