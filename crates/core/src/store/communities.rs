//! `community_by_slug`: slug → Community (JSON).

use super::{Store, StoreError, from_json, to_json};
use crate::domain::Community;

impl Store {
    /// Every community, in slug order.
    pub fn communities(&self) -> Result<Vec<Community>, StoreError> {
        self.community_by_slug
            .iter()
            .values()
            .map(|raw| from_json(&raw?))
            .collect()
    }

    pub fn community(&self, slug: &str) -> Result<Option<Community>, StoreError> {
        self.community_by_slug
            .get(slug.as_bytes())?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    pub fn put_community(&self, community: &Community) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.community_by_slug
            .insert(community.slug.as_bytes(), to_json(community)?)?;
        Ok(())
    }
}
