//! `community_by_slug`: slug → Community (JSON).

use super::editorial::audit_in;
use super::{Store, StoreError, UpdateError, from_json, to_json, transact};
use crate::domain::{AuditEntry, Community};

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

    /// Changes a community as stored now, with the audit entry `change`
    /// returns, in one transaction; `change` may refuse.
    pub fn update_community<E>(
        &self,
        slug: &str,
        change: impl Fn(&mut Community) -> Result<AuditEntry, E>,
    ) -> Result<Community, UpdateError<E>> {
        let _writing = self.writing();
        transact(
            [&self.community_by_slug, &self.meta, &self.audit_by_id],
            |[by_slug, meta, audit]| {
                let Some(raw) = by_slug.get(slug.as_bytes())? else {
                    return Err(UpdateError::NotFound);
                };
                let mut community: Community = from_json(&raw)?;
                let record = change(&mut community).map_err(UpdateError::Refused)?;
                by_slug.insert(slug.as_bytes(), to_json(&community)?)?;
                audit_in(&meta, &audit, Some(record))?;
                Ok(community)
            },
        )
    }

    pub fn put_community(&self, community: &Community) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.community_by_slug
            .insert(community.slug.as_bytes(), to_json(community)?)?;
        Ok(())
    }
}
