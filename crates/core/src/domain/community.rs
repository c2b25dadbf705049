use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Slug;

/// A community of practice: where members meet around a shared topic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Community {
    pub slug: Slug,
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
    pub created_at: Timestamp,
    /// The strategies of the framework it works on: its strategy pages list
    /// it. Not written when none, so older records keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategies: Vec<super::Strategy>,
}

/// Who can read a community.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    /// Anyone, guests included.
    Public,
    /// Signed-up members only.
    Members,
}
