//! Writing in plain mode: a post is typed line by line, and a line holding
//! only a full stop sends it (or `cancel` throws it away).

use super::{Plain, View};
use crate::domain::DraftPlace;
use crate::forum::NewThread;

impl Plain {
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
                "Thrown away.\n".to_string() + &self.show()
            }
            "." => {
                let (place, title, body) = (place.clone(), title.clone(), lines.join("\n"));
                let result = match &place {
                    DraftPlace::NewThread(slug) => self
                        .forum
                        .start_thread(&self.viewer, slug, NewThread { title, body })
                        .map(|t| (t.id, format!("Thread {} started.", t.id))),
                    DraftPlace::EntryThread(id) => self
                        .forum
                        .discuss_entry(&self.viewer, *id, NewThread { title, body })
                        .map(|t| (t, format!("Thread {t} started."))),
                    DraftPlace::Reply(parent) => self
                        .forum
                        .reply(&self.viewer, *parent, &body)
                        .map(|p| (p.thread, format!("Reply posted as post {}.", p.id))),
                    DraftPlace::Edit(id) => self
                        .forum
                        .edit_post(&self.viewer, *id, None, &body)
                        .map(|p| {
                            (
                                p.thread,
                                format!(
                                    "Post {} edited: the earlier version is kept in its history.",
                                    p.id
                                ),
                            )
                        }),
                };
                match result {
                    Ok((thread, said)) => {
                        self.view = View::Thread(thread);
                        format!("{said}\n\n{}", self.show())
                    }
                    Err(crate::forum::ForumError::Held(_)) => {
                        self.view = back_from(&place, &self.forum, &self.viewer);
                        "New members' first posts are reviewed: yours is in the queue.".into()
                    }
                    // Nothing is lost: the lines stay, and the member can fix them.
                    Err(e) => {
                        format!("Not posted: {e}. Type more lines, then a full stop; or cancel.")
                    }
                }
            }
            _ => {
                lines.push(line.to_string());
                String::new()
            }
        }
    }
}

/// Where a finished or abandoned post leads back to.
fn back_from(
    place: &DraftPlace,
    forum: &crate::forum::Forum,
    viewer: &crate::forum::Viewer,
) -> View {
    match place {
        DraftPlace::NewThread(slug) => View::Community(slug.clone()),
        DraftPlace::EntryThread(id) => View::Entry(*id),
        DraftPlace::Reply(post) | DraftPlace::Edit(post) => match forum.post(viewer, *post) {
            Ok(p) => View::Thread(p.thread),
            Err(_) => View::Home,
        },
    }
}
