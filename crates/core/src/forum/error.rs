use thiserror::Error;

use super::field_names::FieldName;
use crate::domain::SubmissionId;
use crate::store::StoreError;

/// What went wrong, in words the UI can show as they are.
#[derive(Debug, Error)]
pub enum ForumError {
    /// Some fields were not acceptable; each message belongs next to its field.
    #[error("{}", .0.summary())]
    Invalid(FieldErrors),
    /// The acting account may not do this.
    #[error("{0}")]
    NotAllowed(String),
    #[error("{}", not_found(.0))]
    NotFound(String),
    /// Not refused, but not published yet: the new-member rule holds the post for
    /// the editorial committee's review.
    #[error("{}", held(.0))]
    Held(SubmissionId),
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// What [`ForumError::NotFound`] says: "conversation 3 not found".
fn not_found(what: &str) -> String {
    crate::t!("forum-error-not-found", what = what)
}

/// What [`ForumError::Held`] says.
fn held(id: &SubmissionId) -> String {
    crate::t!("forum-error-held", submission = id.to_string())
}

/// Messages for named form fields, in the order the fields appear.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FieldErrors(pub Vec<(FieldName, String)>);

impl FieldErrors {
    pub fn add(&mut self, field: FieldName, message: impl Into<String>) {
        self.0.push((field, message.into()));
    }

    pub fn get(&self, field: FieldName) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_result(self) -> Result<(), ForumError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(ForumError::Invalid(self))
        }
    }

    /// Every field's message, so a script or a plain-mode member fixes them
    /// all in one go: "title: at least 3 characters; closes: this closing date
    /// has passed". The field is named in the reader's language ("titre : au
    /// moins 3 caractères"); English keeps the names scripts know.
    fn summary(&self) -> String {
        if self.0.is_empty() {
            return crate::t!("forum-error-nothing-to-fix");
        }
        self.0
            .iter()
            .map(|(field, message)| {
                crate::t!(
                    "forum-error-field",
                    field = crate::lang::text(&format!("field-{field}")),
                    message = message.as_str()
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn single(field: FieldName, message: impl Into<String>) -> ForumError {
        let mut errors = FieldErrors::default();
        errors.add(field, message);
        ForumError::Invalid(errors)
    }
}
