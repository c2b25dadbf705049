//! Translations of library entries and news items. A member proposes one (a
//! title and the entry's summary or the item's text, in a language the
//! original is not written in); the committee reviews it like any
//! submission; once approved it is kept with the original, and readers see
//! it when it is in their language.

use super::board_fields as fields;
use super::{FieldErrors, FieldName, Forum, ForumError, Viewer};
use crate::domain::{
    Item, Language, Submission, SubmissionId, Translated, Translation, TranslationProposal,
};

/// The longest translated text: a news item's body's limit.
pub const TEXT_MAX: usize = super::news::BODY_MAX;

/// What a translation is made of, before it is checked.
#[derive(Clone, Debug)]
pub struct NewTranslation {
    pub of: Translated,
    pub language: Language,
    pub title: String,
    pub text: String,
}

impl Forum {
    /// The original a translation is of: its title, text and language.
    /// Withdrawn news is not found.
    pub fn original(&self, of: Translated) -> Result<Original, ForumError> {
        match of {
            Translated::Entry(id) => {
                let e = self.entry(id)?;
                Ok(Original {
                    title: e.title,
                    text: e.summary,
                    language: e.language,
                })
            }
            Translated::News(id) => {
                let n = self.news_item(id)?;
                if n.withdrawn.is_some() {
                    return Err(ForumError::NotFound(crate::t!(
                        "forum-missing-news",
                        id = id.to_string()
                    )));
                }
                Ok(Original {
                    title: n.title,
                    text: n.body,
                    language: n.language,
                })
            }
        }
    }

    /// Stores a member's translation: as a draft, or sent to the committee.
    /// `id` names the draft or returned proposal it replaces.
    pub fn propose_translation(
        &self,
        viewer: &Viewer,
        id: Option<SubmissionId>,
        new: NewTranslation,
        send: bool,
    ) -> Result<Submission, ForumError> {
        let author = self.writer(viewer, &crate::t!("forum-translations-doing-propose"))?;
        let original = self.original(new.of)?;
        let mut errors = FieldErrors::default();
        if original.language == Some(new.language) {
            errors.add(
                FieldName::Language,
                crate::t!(
                    "forum-translations-same-language",
                    name = new.language.native_name()
                ),
            );
        }
        fields::title(
            &mut errors,
            &new.title,
            &crate::t!("forum-translations-what-title"),
            super::news::TITLE_MAX,
        );
        let len = new.text.trim().chars().count();
        if send && len == 0 {
            errors.add(FieldName::Text, crate::t!("forum-translations-text-needed"));
        } else if len > TEXT_MAX {
            errors.add(
                FieldName::Text,
                crate::t!("forum-board-fields-too-long", max = TEXT_MAX, len = len),
            );
        }
        errors.into_result()?;
        let proposal = TranslationProposal {
            of: new.of,
            original: original.title,
            language: new.language,
            title: fields::clean(&new.title),
            text: fields::clean_text(&new.text),
        };
        self.save_submission(&author, id, Item::Translation(proposal), send)
    }
}

/// An original as a translator needs it.
#[derive(Clone, Debug)]
pub struct Original {
    pub title: String,
    /// The entry's summary, or the news item's body.
    pub text: String,
    pub language: Option<Language>,
}

/// The translation an approved proposal publishes.
pub(super) fn published(
    p: &TranslationProposal,
    submission: &Submission,
    now: jiff::Timestamp,
) -> Translation {
    Translation {
        language: p.language,
        title: p.title.clone(),
        text: p.text.clone(),
        by: submission.author.clone(),
        published_at: now,
        submission: submission.id,
    }
}
