//! What language something is written in: chosen by its author, else
//! detected when it is written (and corrected later by its author or the
//! committee); and lists with a member's languages first.

use super::capabilities::Capability;
use super::{Change, Forum, ForumError, Viewer};
use crate::domain::{Language, Languages, Target};

/// The language of a text: the one its author chose, else the detected one
/// (none when the detector is unsure, as with a line or two).
pub fn written_in(chosen: Option<Language>, title: &str, body: &str) -> Option<Language> {
    chosen.or_else(|| {
        // The detector reads the first few hundred characters: no more is
        // copied, however long the text (the composer asks at every key).
        let start: String = title
            .chars()
            .chain(['\n'])
            .chain(body.chars())
            .take(300)
            .collect();
        crate::search::detect_language(&start)
    })
}

/// The language a resource's "language" field names: a code (`fr`), or the
/// language's name in English or in itself (`French`, `Français`).
pub fn named_language(typed: &str) -> Option<Language> {
    let typed = typed.trim();
    Language::from_code(typed).or_else(|| {
        Language::ALL.into_iter().find(|l| {
            typed.eq_ignore_ascii_case(l.native_name())
                || typed.eq_ignore_ascii_case(english_name(*l))
        })
    })
}

/// The language's name in English, as a resource's record may give it.
fn english_name(l: Language) -> &'static str {
    match l {
        Language::En => "English",
        Language::Fr => "French",
        Language::Es => "Spanish",
        Language::Ru => "Russian",
        Language::Zh => "Chinese",
        Language::Ar => "Arabic",
    }
}

impl Forum {
    /// The languages whose content comes first in `viewer`'s lists (none for
    /// a guest, or a member who chose none).
    pub fn first_languages(&self, viewer: &Viewer) -> Languages {
        viewer
            .account()
            .map(|a| a.preferences.first)
            .unwrap_or_default()
    }

    /// Says what language a post, event, library entry or news item is
    /// written in, correcting what was detected. Its author may, and the
    /// committee.
    pub fn set_language(
        &self,
        viewer: &Viewer,
        target: &Target,
        language: Language,
    ) -> Result<(), ForumError> {
        let actor = self.writer(viewer, &crate::t!("forum-languages-doing-set"))?;
        let committee = Capability::ChangeOthersPosts.held_by(&actor);
        let may = |author: &str| -> Result<(), ForumError> {
            if committee || author == actor.username.as_str() {
                Ok(())
            } else {
                Err(ForumError::NotAllowed(crate::t!(
                    "forum-languages-only-author"
                )))
            }
        };
        match target {
            Target::Post { post, .. } => {
                // Not found unless the viewer may read it.
                self.post(viewer, *post)?;
                let result = self.store().update_post(*post, None, |p, thread| {
                    may(p.author.as_str())?;
                    p.language = Some(language);
                    if p.parent.is_none() {
                        thread.language = Some(language);
                    }
                    Ok::<(), ForumError>(())
                });
                let (thread, post) = super::discussions::written(result, || {
                    crate::t!("forum-missing-post", id = post.to_string())
                })?;
                self.commit(Change::PostChanged {
                    community: thread.community,
                    thread: thread.id,
                    post: post.id,
                })
            }
            Target::Event { id } => {
                let result = self.store().update_event(*id, |e| {
                    may(e.posted_by.as_str())?;
                    e.language = Some(language);
                    Ok::<_, ForumError>(None)
                });
                super::withdraw::updated(
                    result,
                    &crate::t!("forum-missing-event", id = id.to_string()),
                )?;
                self.commit(Change::Board)?;
                self.reindex(super::indexing::Reindex::Event(*id));
                Ok(())
            }
            Target::Entry { id } => {
                let result = self.store().update_entry(*id, |e| {
                    may(e.posted_by.as_str())?;
                    e.language = Some(language);
                    Ok::<_, ForumError>(None)
                });
                super::withdraw::updated(
                    result,
                    &crate::t!("forum-missing-entry", id = id.to_string()),
                )?;
                self.commit(Change::Library)?;
                self.reindex(super::indexing::Reindex::Entry(*id));
                Ok(())
            }
            Target::News { id } => {
                let result = self.store().update_news(*id, |n| {
                    may(&n.by)?;
                    n.language = Some(language);
                    Ok::<_, ForumError>(None)
                });
                super::withdraw::updated(
                    result,
                    &crate::t!("forum-missing-news", id = id.to_string()),
                )?;
                self.commit(Change::News)?;
                self.reindex(super::indexing::Reindex::News(*id));
                Ok(())
            }
            _ => Err(ForumError::NotAllowed(crate::t!(
                "forum-languages-not-written"
            ))),
        }
    }
}
