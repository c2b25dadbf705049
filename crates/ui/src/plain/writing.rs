//! Writing in plain mode: a post is typed line by line, and a line holding
//! only a full stop sends it (or `cancel` throws it away).

use super::{Plain, View};
use stoa_core::domain::DraftPlace;
use stoa_core::forum::NewThread;
use stoa_present::t;

impl Plain {
    /// Why the member cannot write here, said before they type a line: a guest
    /// or a muted member wrote a whole post only to be refused at the end.
    pub(super) fn cannot_write(&self) -> Option<String> {
        let Some(account) = self.viewer.account() else {
            return Some(t!("plain-guests-cannot-write"));
        };
        self.forum.mute_notice(account)
    }

    /// Starts writing at `place`: with the draft kept there, if there is one
    /// (a dropped connection or a stop keeps what was typed), said first.
    pub(super) fn start_writing(&mut self, place: DraftPlace, title: String) -> String {
        let draft = self.forum.draft(&self.viewer, &place).ok().flatten();
        let (title, lines, back) = match draft {
            Some(d) if !d.body.trim().is_empty() => {
                let lines: Vec<String> = d.body.lines().map(String::from).collect();
                let shown: Vec<String> = lines
                    .iter()
                    .map(|l| format!("| {}", stoa_core::forum::sanitize::inline(l)))
                    .collect();
                let said = format!(
                    "{}\n{}\n",
                    t!(
                        "plain-draft-back",
                        when =
                            stoa_present::when::ago(self.forum.now(), d.saved_at, self.time_zone()),
                        n = lines.len()
                    ),
                    shown.join("\n")
                );
                let title = if title.is_empty() { d.title } else { title };
                (title, lines, said)
            }
            _ => (title, Vec::new(), String::new()),
        };
        self.view = View::Body {
            place,
            title,
            lines,
        };
        back
    }

    /// A line of a post being written.
    pub(super) fn writing(&mut self, line: &str) -> String {
        let View::Body {
            place,
            title,
            lines,
        } = &mut self.view
        else {
            return String::new();
        };
        match line.trim() {
            "cancel" => {
                let place = place.clone();
                let _ = self.forum.discard_draft(&self.viewer, &place);
                self.view = back_from(&place, &self.forum, &self.viewer);
                format!("{}\n", t!("plain-thrown-away")) + &self.show()
            }
            "." => {
                let (place, title, body) = (place.clone(), title.clone(), lines.join("\n"));
                let result = match &place {
                    DraftPlace::NewThread(slug) => self
                        .forum
                        .start_thread(
                            &self.viewer,
                            slug,
                            NewThread {
                                title,
                                body,
                                language: None,
                            },
                        )
                        .map(|t| {
                            let said = t!("plain-thread-started", thread = t.id.to_string());
                            (t.id, language_said(said, t.id.opening_post(), t.language))
                        }),
                    DraftPlace::EntryThread(id) => self
                        .forum
                        .discuss_entry(
                            &self.viewer,
                            *id,
                            NewThread {
                                title,
                                body,
                                language: None,
                            },
                        )
                        .map(|t| (t, t!("plain-thread-started", thread = t.to_string()))),
                    DraftPlace::Reply(parent) => {
                        self.forum.reply(&self.viewer, *parent, &body).map(|p| {
                            let said = t!("plain-reply-posted", post = p.id.to_string());
                            (p.thread, language_said(said, p.id, p.language))
                        })
                    }
                    DraftPlace::Message(id) => {
                        let sent = self.forum.write_message(&self.viewer, *id, &body);
                        return self.sent(sent.map(|m| (*id, m.number)));
                    }
                    DraftPlace::NewConversation(to) => {
                        let to: Vec<String> = to.split(',').map(String::from).collect();
                        let sent = self
                            .forum
                            .start_conversation(&self.viewer, &to, &title, &body);
                        return self.sent(sent.map(|(c, m)| (c.id, m.number)));
                    }
                    DraftPlace::Edit(id) => self
                        .forum
                        .edit_post(&self.viewer, *id, None, &body)
                        .map(|p| (p.thread, t!("plain-post-edited", post = p.id.to_string()))),
                };
                match result {
                    Ok((thread, said)) => {
                        self.view = View::Thread(thread);
                        format!("{said}\n\n{}", self.show())
                    }
                    Err(stoa_core::forum::ForumError::Held(_)) => {
                        self.view = back_from(&place, &self.forum, &self.viewer);
                        t!("plain-first-posts-reviewed")
                    }
                    // Nothing is lost: the lines stay, and the member can fix them.
                    Err(e) => t!("plain-not-posted", error = e.to_string()),
                }
            }
            _ => {
                lines.push(line.to_string());
                String::new()
            }
        }
    }
}

/// What was just posted, and what language it was found to be in, with how
/// to say otherwise: the language was detected, and the author confirms it.
fn language_said(
    said: String,
    post: stoa_core::domain::PostId,
    language: Option<stoa_core::domain::Language>,
) -> String {
    let other = match language {
        Some(stoa_core::domain::Language::En) | None => "fr",
        Some(_) => "en",
    };
    let language_line = match language {
        Some(l) => t!(
            "plain-written-in",
            name = l.native_name(),
            post = post.to_string(),
            code = other
        ),
        None => t!("plain-language-unknown", post = post.to_string()),
    };
    format!("{said}\n{language_line}")
}

impl Plain {
    /// A message sent (or not: the lines stay, to fix and send again).
    fn sent(
        &mut self,
        result: Result<(stoa_core::domain::ConversationId, u32), stoa_core::forum::ForumError>,
    ) -> String {
        match result {
            Ok((id, number)) => {
                // Not the whole conversation again: a screen reader would read it all.
                self.view = View::Conversation(id);
                t!(
                    "plain-message-sent",
                    number = number.to_string(),
                    conversation = id.to_string()
                )
            }
            Err(e) => t!("plain-not-sent", error = e.to_string()),
        }
    }
}

/// Where a finished or abandoned post leads back to.
fn back_from(
    place: &DraftPlace,
    forum: &stoa_core::forum::Forum,
    viewer: &stoa_core::forum::Viewer,
) -> View {
    match place {
        DraftPlace::NewThread(slug) => View::Community(slug.to_string()),
        DraftPlace::EntryThread(id) => View::Entry(*id),
        DraftPlace::Reply(post) | DraftPlace::Edit(post) => match forum.post(viewer, *post) {
            Ok(p) => View::Thread(p.thread),
            Err(_) => View::Home,
        },
        DraftPlace::Message(id) => View::Conversation(*id),
        DraftPlace::NewConversation(_) => View::Messages,
    }
}
