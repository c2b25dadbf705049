//! Who belongs to which community, kept in both directions.
//!
//! - `members_by_community`: slug, 0, username → when they joined (JSON timestamp).
//! - `communities_by_member`: username, 0, slug → ().

use super::{Store, StoreError, join, to_json, transact};
use crate::domain::Slug;
use jiff::Timestamp;

impl Store {
    pub fn join_community(
        &self,
        slug: &str,
        username: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        let _writing = self.writing();
        let joined = to_json(&at)?;
        transact(
            [&self.members_by_community, &self.communities_by_member],
            |[members, communities]| {
                members.insert(join(slug, username.as_bytes()), &joined)?;
                communities.insert(join(username, slug.as_bytes()), b"")?;
                Ok(())
            },
        )
    }

    pub fn leave_community(&self, slug: &str, username: &str) -> Result<(), StoreError> {
        let _writing = self.writing();
        transact(
            [&self.members_by_community, &self.communities_by_member],
            |[members, communities]| {
                members.remove(join(slug, username.as_bytes()))?;
                communities.remove(join(username, slug.as_bytes()))?;
                Ok(())
            },
        )
    }

    pub fn is_community_member(&self, slug: &str, username: &str) -> Result<bool, StoreError> {
        self.members_by_community
            .contains_key(join(slug, username.as_bytes()))
    }

    pub fn member_count(&self, slug: &str) -> Result<usize, StoreError> {
        let mut count = 0;
        for key in self
            .members_by_community
            .scan_prefix(join(slug, b""))
            .keys()
        {
            key?;
            count += 1;
        }
        Ok(count)
    }

    /// The slugs of the communities `username` belongs to.
    pub fn memberships(&self, username: &str) -> Result<Vec<Slug>, StoreError> {
        let prefix = join(username, b"");
        self.communities_by_member
            .scan_prefix(&prefix)
            .keys()
            .map(|key| {
                Ok(Slug::from(
                    String::from_utf8_lossy(&key?[prefix.len()..]).into_owned(),
                ))
            })
            .collect()
    }
}
