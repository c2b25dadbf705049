//! The framework's strategies as pages: for each of the five (and "multiple
//! streams"), its description and everything classified under it —
//! communities, library resources, practices by level, upcoming events, open
//! jobs. For the committee, the coverage of practices by strategy, WHO region
//! and level, where the gaps show.
//!
//! | reads              | guest | member | moderator, admin |
//! | ------------------ | ----- | ------ | ---------------- |
//! | a strategy's page  | what guests read (public communities) | yes | yes |
//! | coverage           | no    | no     | yes              |

use std::collections::HashMap;

use super::capabilities::Capability;
use super::{Forum, ForumError, Stream, Viewer};
use crate::domain::{Community, Entry, Event, Job, PracticeLevel, Region, Shelf, Strategy};

/// Every level a practice can stand at, in the order pages list them.
pub const LEVELS: [PracticeLevel; 5] = [
    PracticeLevel::Leading,
    PracticeLevel::Promising,
    PracticeLevel::Emerging,
    PracticeLevel::BrilliantFailure,
    PracticeLevel::NotAssessed,
];

/// What a strategy's page shows.
#[derive(Clone, Debug)]
pub struct StrategyPage {
    pub stream: Stream,
    pub communities: Vec<Community>,
    pub resources: Vec<Entry>,
    /// Practices by level, in [`LEVELS`] order; levels with none are left out.
    pub practices: Vec<(PracticeLevel, Vec<Entry>)>,
    pub events: Vec<Event>,
    pub jobs: Vec<Job>,
}

impl StrategyPage {
    /// How many items the page lists.
    pub fn len(&self) -> usize {
        self.communities.len()
            + self.resources.len()
            + self.practices.iter().map(|(_, p)| p.len()).sum::<usize>()
            + self.events.len()
            + self.jobs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Practices counted by strategy, WHO region and level.
#[derive(Clone, Debug, Default)]
pub struct Coverage {
    counts: HashMap<(Strategy, Region, PracticeLevel), usize>,
    /// Practices that name no region, which no cell counts.
    pub unplaced: usize,
}

impl Coverage {
    /// Practices of `strategy` in `region`, at `level` or (None) at any.
    pub fn count(&self, strategy: Strategy, region: Region, level: Option<PracticeLevel>) -> usize {
        match level {
            Some(level) => self
                .counts
                .get(&(strategy, region, level))
                .copied()
                .unwrap_or(0),
            None => LEVELS
                .iter()
                .map(|l| self.count(strategy, region, Some(*l)))
                .sum(),
        }
    }

    /// The strategy and region pairs with no practice at `level` (or at any):
    /// the gaps.
    pub fn gaps(&self, level: Option<PracticeLevel>) -> Vec<(Strategy, Region)> {
        let mut gaps = Vec::new();
        for s in Strategy::ALL {
            for r in Region::ALL {
                if self.count(s, r, level) == 0 {
                    gaps.push((s, r));
                }
            }
        }
        gaps
    }
}

impl Forum {
    /// A strategy's page as `viewer` may read it: members-only communities are
    /// not on a guest's.
    pub fn strategy_page(
        &self,
        viewer: &Viewer,
        stream: Stream,
    ) -> Result<StrategyPage, ForumError> {
        let communities = self
            .communities(viewer)?
            .into_iter()
            .filter(|c| stream.covers(&c.strategies))
            .collect();
        let mut resources = Vec::new();
        let mut by_level: HashMap<PracticeLevel, Vec<Entry>> = HashMap::new();
        for entry in self.library(&Default::default())? {
            if !stream.includes(&entry.classification) {
                continue;
            }
            match &entry.shelf {
                Shelf::Resource { .. } => resources.push(entry),
                Shelf::Practice { level, .. } => by_level.entry(*level).or_default().push(entry),
            }
        }
        let practices = LEVELS
            .iter()
            .filter_map(|l| by_level.remove(l).map(|p| (*l, p)))
            .collect();
        let events = self
            .upcoming_events(viewer, &Default::default())?
            .into_iter()
            .map(|l| l.event)
            .filter(|e| stream.includes(&e.classification))
            .collect();
        let jobs = self
            .open_jobs(&Default::default())?
            .into_iter()
            .filter(|j| stream.covers(&j.strategies))
            .collect();
        Ok(StrategyPage {
            stream,
            communities,
            resources,
            practices,
            events,
            jobs,
        })
    }

    /// The library's practices by strategy, region and level, for the committee.
    pub fn coverage(&self, viewer: &Viewer) -> Result<Coverage, ForumError> {
        self.require(
            viewer,
            Capability::ReviewSubmissions,
            &crate::t!("forum-strategies-doing-coverage"),
        )?;
        let mut coverage = Coverage::default();
        for entry in self.store().entries()? {
            let Shelf::Practice { level, .. } = &entry.shelf else {
                continue;
            };
            let Some(region) = entry.classification.region else {
                coverage.unplaced += 1;
                continue;
            };
            for s in &entry.classification.strategies {
                *coverage.counts.entry((*s, region, *level)).or_default() += 1;
            }
        }
        Ok(coverage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Role, Visibility};
    use crate::forum::testing::member;

    fn viewer(account: crate::domain::Account) -> Viewer {
        crate::testkit::viewer(account)
    }

    #[test]
    fn a_strategy_page_lists_what_is_classified_under_it_as_the_reader_may_see() {
        let (forum, _dir) = crate::forum::testing::forum();
        crate::demo::load(&forum).unwrap();
        let mut closed = crate::testkit::community("closed");
        closed.visibility = Visibility::Members;
        closed.strategies = vec![Strategy::Governance];
        forum.store().put_community(&closed).unwrap();
        let guest = Viewer::Guest { key: None };
        let ada = viewer(member(&forum, "ada", 1, Role::Member));
        let governance = Stream::Strategy(Strategy::Governance);
        let for_guest = forum.strategy_page(&guest, governance).unwrap();
        let for_member = forum.strategy_page(&ada, governance).unwrap();
        let slugs = |p: &StrategyPage| -> Vec<String> {
            p.communities.iter().map(|c| c.slug.to_string()).collect()
        };
        assert_eq!(slugs(&for_guest), ["governance-accountability"]);
        assert!(slugs(&for_member).contains(&"closed".to_string()));
        // Every item on the page is classified under the strategy.
        assert!(
            for_member
                .resources
                .iter()
                .all(|e| e.classification.strategies.contains(&Strategy::Governance))
        );
        assert!(!for_member.resources.is_empty());
        assert!(!for_member.practices.is_empty());
        assert!(
            for_member
                .jobs
                .iter()
                .all(|j| j.strategies.contains(&Strategy::Governance))
        );
        assert!(!for_member.events.is_empty());
        // An entry of several strategies is under "multiple streams" too.
        let multiple = forum.strategy_page(&ada, Stream::Multiple).unwrap();
        assert!(
            multiple
                .resources
                .iter()
                .chain(multiple.practices.iter().flat_map(|(_, p)| p))
                .all(|e| e.classification.strategies.len() > 1)
        );
        assert!(!multiple.is_empty());
    }

    #[test]
    fn coverage_counts_practices_by_strategy_region_and_level_for_the_committee_only() {
        let (forum, _dir) = crate::forum::testing::forum();
        crate::demo::load(&forum).unwrap();
        let li = viewer(member(&forum, "li", 2, Role::Member));
        assert!(matches!(
            forum.coverage(&li),
            Err(ForumError::NotAllowed(_))
        ));
        assert!(forum.coverage(&Viewer::Guest { key: None }).is_err());
        for (name, seed, role) in [("moses", 3, Role::Moderator), ("amara", 4, Role::Admin)] {
            let who = viewer(member(&forum, name, seed, role));
            let coverage = forum.coverage(&who).unwrap();
            // The demo's Ethiopian practice: engaging people, Africa, not assessed.
            assert!(
                coverage.count(
                    Strategy::EngagingPeople,
                    Region::African,
                    Some(PracticeLevel::NotAssessed)
                ) >= 1
            );
            assert_eq!(
                coverage.count(
                    Strategy::Governance,
                    Region::African,
                    Some(PracticeLevel::Leading)
                ),
                0
            );
            assert!(coverage.gaps(Some(PracticeLevel::Leading)).len() == 35);
            assert!(coverage.gaps(None).len() < 35);
        }
    }
}
