//! What the demo added, as the front ends ask about it: whether an item is demo
//! content (so that it is labelled wherever it is shown), whether any is left (so
//! that the home screen says so), and `stoa admin remove-demo`.

use super::audit::Record;
use super::capabilities::Capability;
use super::indexing::Reindex;
use super::{Actor, Change, Forum, ForumError};
use crate::domain::{AuditAction, Target};
use crate::store::{DemoMark, DemoRemoval};

/// The label on demo content, on screens, in plain mode and in exec's text.
pub const DEMO_LABEL: &str = "[demo]";

/// The prefix of a demo item's title in the Atom feed and the calendar, which
/// carry no other mark a reader's program would show.
pub const DEMO_TITLE_PREFIX: &str = "[Demo] ";

/// The line that says demo content is here, on the home screen and in `help`.
pub const DEMO_NOTICE: &str = "This forum shows demo content, marked [demo]: illustrative \
     examples with fictional people and organizations; figures in its practices \
     are quoted from the sources they name. An admin removes it all with \
     `stoa admin remove-demo`.";

impl Forum {
    /// True when the demo wrote `mark`. A store error counts as "no": a label is
    /// not worth failing a screen for.
    pub fn is_demo(&self, mark: &DemoMark) -> bool {
        self.store().is_demo(mark).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "could not read the demo marks");
            false
        })
    }

    /// True when what `target` leads to is the demo's (a search result, a
    /// notification).
    pub fn is_demo_target(&self, target: &Target) -> bool {
        let mark = match target {
            Target::Post { post, .. } => DemoMark::Post(*post),
            Target::Submission { id } => DemoMark::Submission(*id),
            Target::Event { id } => DemoMark::Event(*id),
            Target::Job { id } => DemoMark::Job(*id),
            Target::Entry { id } => DemoMark::Entry(*id),
            Target::News { id } => DemoMark::News(*id),
            Target::Member { username } => DemoMark::Account(username.into()),
            // The demo writes no private conversations.
            Target::Conversation { .. } => return false,
        };
        self.is_demo(&mark)
    }

    /// True while anything the demo added is still here.
    pub fn has_demo(&self) -> bool {
        self.store().has_demo().unwrap_or(false)
    }

    /// `stoa admin remove-demo`: takes away everything the demo added, in one
    /// transaction with its audit entry, and takes it out of the search index.
    /// What members wrote stays (see `Store::remove_demo`).
    pub fn remove_demo(&self, by: Actor) -> Result<DemoRemoval, ForumError> {
        by.require(Capability::RemoveDemo, "remove the demo content")?;
        let now = self.now();
        let removed = self.store().remove_demo(now, |done| {
            (!done.is_empty()).then(|| {
                Record {
                    by: by.name(),
                    action: AuditAction::RemoveDemo,
                    target: "demo content".into(),
                    reason: "removed with stoa admin remove-demo",
                    before: describe(done),
                    after: "none".into(),
                }
                .entry(now)
            })
        })?;
        if removed.is_empty() {
            return Ok(removed);
        }
        for id in removed.threads.iter().chain(&removed.kept_threads) {
            self.reindex(Reindex::Thread(*id));
        }
        for id in &removed.posts {
            self.reindex(Reindex::Post(*id));
        }
        for id in &removed.events {
            self.reindex(Reindex::Event(*id));
        }
        for id in &removed.jobs {
            self.reindex(Reindex::Job(*id));
        }
        for id in &removed.entries {
            self.reindex(Reindex::Entry(*id));
        }
        for id in &removed.news {
            self.reindex(Reindex::News(*id));
        }
        for name in &removed.accounts {
            self.reindex(Reindex::Member(name.to_string()));
        }
        for slug in &removed.communities {
            self.commit(Change::Community(slug.as_str().into()))?;
        }
        self.commit(Change::Board)?;
        self.commit(Change::Library)?;
        self.commit(Change::Editorial)?;
        Ok(removed)
    }
}

/// "4 accounts, 6 communities, 4 threads (9 posts), 5 events, …", for the audit
/// log and the command's answer.
pub fn describe(r: &DemoRemoval) -> String {
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = vec![
        count(r.accounts.len(), "account", "accounts"),
        count(r.communities.len(), "community", "communities"),
        format!(
            "{} ({})",
            count(r.threads.len(), "thread", "threads"),
            count(r.posts.len(), "post", "posts")
        ),
        count(r.events.len(), "event", "events"),
        count(r.jobs.len(), "job", "jobs"),
        count(r.entries.len(), "library entry", "library entries"),
        count(r.news.len(), "news item", "news items"),
    ];
    if !r.kept_threads.is_empty() {
        parts.push(format!(
            "kept {} with members' replies",
            count(r.kept_threads.len(), "thread", "threads")
        ));
    }
    if !r.kept_communities.is_empty() {
        parts.push(format!(
            "kept {} with members' threads ({})",
            count(r.kept_communities.len(), "community", "communities"),
            r.kept_communities.join(", ")
        ));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use crate::domain::{AuditAction, Rsvp};
    use crate::forum::{Actor, AuditFilter, Viewer};
    use crate::store::DemoMark;
    use crate::testkit::{demo_with_cast, settle_search};

    #[test]
    fn everything_the_demo_adds_is_marked_and_nothing_a_member_adds_is() {
        let dir = tempfile::tempdir().unwrap();
        let (forum, cast) = demo_with_cast(dir.path()).unwrap();
        let guest = Viewer::Guest { key: None };
        assert!(forum.has_demo());
        for c in forum.store().communities().unwrap() {
            assert!(
                forum.is_demo(&DemoMark::Community(c.slug.clone())),
                "{}",
                c.slug
            );
        }
        for name in ["amina_yusuf", "tomas_rivera", "priya_nair", "fatima_haddad"] {
            assert!(forum.is_demo(&DemoMark::Account(name.into())), "{name}");
        }
        assert!(!forum.is_demo(&DemoMark::Account("amara".into())));
        let threads = forum.threads(&guest, "primary-health-care").unwrap();
        for t in &threads {
            assert!(forum.is_demo(&DemoMark::Thread(t.thread.id)));
            for post in forum.store().thread_posts(t.thread.id).unwrap() {
                assert!(forum.is_demo(&DemoMark::Post(post.id)));
            }
        }
        for e in forum.upcoming_events(&guest, &Default::default()).unwrap() {
            assert!(forum.is_demo(&DemoMark::Event(e.event.id)));
            assert!(forum.is_demo(&DemoMark::Submission(e.event.id.submission())));
        }
        for j in forum.open_jobs(&Default::default()).unwrap() {
            assert!(forum.is_demo(&DemoMark::Job(j.id)));
        }
        for e in forum.library(&Default::default()).unwrap() {
            assert!(forum.is_demo(&DemoMark::Entry(e.id)));
        }
        for n in forum.news(10).unwrap() {
            assert!(forum.is_demo(&DemoMark::News(n.id)));
        }
        let reply = forum
            .reply(&cast.li, threads[0].thread.id.opening_post(), "Thanks!")
            .unwrap();
        assert!(!forum.is_demo(&DemoMark::Post(reply.id)));
    }

    #[test]
    fn remove_demo_takes_the_demo_away_keeps_what_members_wrote_and_is_audited() {
        let dir = tempfile::tempdir().unwrap();
        let (forum, cast) = demo_with_cast(dir.path()).unwrap();
        let guest = Viewer::Guest { key: None };
        // A member replies in one demo thread and answers a demo event.
        let threads = forum.threads(&guest, "primary-health-care").unwrap();
        let (kept, gone) = (threads[1].thread.id, threads[0].thread.id);
        let reply = forum
            .reply(
                &cast.li,
                kept.opening_post(),
                "We tried the household summary too.",
            )
            .unwrap();
        let event = forum.upcoming_events(&guest, &Default::default()).unwrap()[0]
            .event
            .id;
        forum.rsvp(&cast.li, event, Some(Rsvp::Going)).unwrap();
        settle_search(&forum);

        let removed = forum.remove_demo(Actor::Operator).unwrap();
        assert_eq!(removed.accounts.len(), 4);
        assert_eq!((removed.events.len(), removed.jobs.len()), (5, 4));
        assert_eq!((removed.entries.len(), removed.news.len()), (13, 3));
        // The demo's documents went with their entries.
        assert_eq!(removed.files.len(), 4);
        for file in &removed.files {
            assert!(!forum.store().has_file(file).unwrap());
        }
        assert_eq!(removed.kept_threads, [kept]);
        assert_eq!(removed.kept_communities, ["primary-health-care"]);
        assert!(!forum.has_demo(), "no mark is left");

        // Nothing of the demo is shown any more.
        assert!(forum.store().account("amina_yusuf").unwrap().is_none());
        assert!(forum.store().thread(gone).unwrap().is_none());
        assert!(
            forum
                .upcoming_events(&guest, &Default::default())
                .unwrap()
                .is_empty()
        );
        assert!(forum.open_jobs(&Default::default()).unwrap().is_empty());
        assert!(forum.library(&Default::default()).unwrap().is_empty());
        assert!(forum.news(10).unwrap().is_empty());
        let slugs: Vec<crate::domain::Slug> = forum
            .store()
            .communities()
            .unwrap()
            .into_iter()
            .map(|c| c.slug)
            .collect();
        assert_eq!(slugs, ["primary-health-care"]);
        // The member's reply stays in its place; the demo's posts around it
        // are deleted, with no text left.
        let posts = forum.store().thread_posts(kept).unwrap();
        let mine = posts.iter().find(|p| p.id == reply.id).unwrap();
        assert_eq!(mine.body, "We tried the household summary too.");
        for p in posts.iter().filter(|p| p.id != reply.id) {
            assert!(p.deleted.is_some() && p.body.is_empty(), "post {}", p.id);
        }
        assert!(forum.read_thread(&guest, kept).is_ok());
        // Search finds none of it.
        settle_search(&forum);
        let found = forum
            .search(&cast.amara, "Ethiopia extension", &Default::default())
            .unwrap();
        assert!(found.found.is_empty(), "{:?}", found.found);

        // One audit entry says what went.
        let log = forum
            .audit_log(
                &cast.amara,
                &AuditFilter {
                    action: Some(AuditAction::RemoveDemo),
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].by, "operator");
        assert!(log[0].before.contains("4 accounts"), "{}", log[0].before);

        // Nor does the next start bring it back, even into an emptied forum.
        assert_eq!(crate::demo::load(&forum).unwrap(), 0);
        assert!(!forum.has_demo());

        // A second run finds nothing and records nothing.
        assert!(forum.remove_demo(Actor::Operator).unwrap().is_empty());
        let after = forum
            .audit_log(&cast.amara, &AuditFilter::default())
            .unwrap();
        assert_eq!(
            after
                .iter()
                .filter(|e| e.action == AuditAction::RemoveDemo)
                .count(),
            1
        );
    }

    #[test]
    fn only_an_admin_removes_the_demo() {
        let dir = tempfile::tempdir().unwrap();
        let (forum, cast) = demo_with_cast(dir.path()).unwrap();
        let li = cast.li.account().unwrap().clone();
        assert!(forum.remove_demo(Actor::Account(&li)).is_err());
        assert!(forum.has_demo());
    }
}
