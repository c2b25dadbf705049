//! Reading the list of communities. (Proposals come with the editorial committee.)

use super::{Capability, Change, Forum, ForumError, Viewer, sanitize};
use crate::domain::{AuditAction, Community, Visibility};

impl Forum {
    /// The communities `viewer` may see, by name. Guests see public ones only.
    pub fn communities(&self, viewer: &Viewer) -> Result<Vec<Community>, ForumError> {
        let mut list: Vec<Community> = self
            .store()
            .communities()?
            .into_iter()
            .filter(|c| viewer.account().is_some() || c.visibility == Visibility::Public)
            .collect();
        list.sort_by_key(|c| c.name.to_lowercase());
        Ok(list)
    }
}

impl Forum {
    /// Makes a community readable by members only, or by everyone (admins),
    /// with a reason in the audit log. Its threads leave or join guests' lists
    /// and search at once.
    pub fn set_visibility(
        &self,
        viewer: &Viewer,
        slug: &str,
        visibility: Visibility,
        reason: &str,
    ) -> Result<Community, ForumError> {
        let actor = self.require(
            viewer,
            Capability::SetCommunityVisibility,
            "choose who may read a community",
        )?;
        let reason = super::audit::reason(reason)?;
        let label = |v: Visibility| match v {
            Visibility::Public => "everyone",
            Visibility::Members => "members only",
        };
        let now = self.now();
        // Already so: nothing to change, nothing to record.
        if let Some(c) = self.store().community(slug)?
            && c.visibility == visibility
        {
            return Ok(c);
        }
        let result = self.store().update_community::<ForumError>(slug, |c| {
            let before = label(c.visibility);
            c.visibility = visibility;
            Ok(super::audit::Record {
                by: &actor.username,
                action: AuditAction::Visibility,
                target: format!("community {}", c.slug),
                reason: &reason,
                before: before.into(),
                after: label(visibility).into(),
            }
            .entry(now))
        });
        let community = super::withdraw::updated(
            result,
            &crate::t!(
                "forum-missing-community",
                name = sanitize::inline(slug).into_owned()
            ),
        )?;
        self.commit(Change::Community(community.slug.clone()))?;
        // Search keeps whether a post is public: its threads are indexed again.
        for (thread, _) in self.store().thread_activity(&community.slug)? {
            self.reindex(super::indexing::Reindex::Thread(thread));
        }
        Ok(community)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::forum::testing::{forum, member};

    fn community(slug: &str, visibility: Visibility) -> Community {
        Community {
            strategies: Vec::new(),
            slug: slug.into(),
            name: slug.to_uppercase(),
            description: String::new(),
            visibility,
            created_at: "2026-01-01T00:00:00Z".parse().unwrap(),
        }
    }

    fn seed(communities: Vec<Community>) -> crate::forum::Seed {
        crate::forum::Seed {
            communities,
            people: Vec::new(),
            threads: Vec::new(),
            items: Vec::new(),
            news: Vec::new(),
        }
    }

    #[test]
    fn guests_see_public_communities_and_members_see_all() {
        let (forum, _dir) = forum();
        let seeded = forum
            .seed_demo(&seed(vec![
                community("open", Visibility::Public),
                community("closed", Visibility::Members),
            ]))
            .unwrap();
        assert_eq!(seeded, 2);
        let guest = Viewer::Guest { key: None };
        let names: Vec<_> = forum
            .communities(&guest)
            .unwrap()
            .into_iter()
            .map(|c| c.slug)
            .collect();
        assert_eq!(names, ["open"]);
        let amara = member(&forum, "amara", 1, Role::Member);
        let viewer = Viewer::Member {
            account: amara,
            via: crate::forum::LoginMethod::Key,
        };
        assert_eq!(forum.communities(&viewer).unwrap().len(), 2);
    }

    #[test]
    fn demo_content_goes_only_into_an_empty_forum() {
        let (forum, _dir) = forum();
        member(&forum, "amara", 1, Role::Member);
        assert_eq!(
            forum
                .seed_demo(&seed(vec![community("open", Visibility::Public)]))
                .unwrap(),
            0
        );
    }
}
