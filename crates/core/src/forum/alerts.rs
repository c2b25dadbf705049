//! Saved alerts: a member keeps a board's filter ("trainings in the African
//! Region") and is told of each new event or job that matches it.

use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use super::notifications::Notice;
use super::{Change, EventFilter, Forum, ForumError, JobFilter, Viewer};
use crate::domain::{NoticeKind, SubmissionId, Target};

/// The most alerts one member keeps.
pub const ALERTS_MAX: usize = 20;

/// A saved filter on one of the boards.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "board")]
pub enum Alert {
    Events(EventFilter),
    Jobs(JobFilter),
}

impl Alert {
    /// "New events: Training, African Region"
    pub fn describe(&self) -> String {
        let parts = match self {
            Alert::Events(f) => f.parts(),
            Alert::Jobs(f) => f.parts(),
        };
        match (self, parts.is_empty()) {
            (Alert::Events(_), true) => crate::t!("forum-alerts-every-event"),
            (Alert::Jobs(_), true) => crate::t!("forum-alerts-every-job"),
            (Alert::Events(_), false) => {
                crate::t!("forum-alerts-new-events", parts = parts.join(", "))
            }
            (Alert::Jobs(_), false) => crate::t!("forum-alerts-new-jobs", parts = parts.join(", ")),
        }
    }
}

impl Forum {
    /// Saves an alert for the viewer; returns its id.
    pub fn save_alert(&self, viewer: &Viewer, alert: &Alert) -> Result<u64, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-alerts-doing-save"))?;
        let mine: Vec<(u64, Alert)> = self.store().alerts(&me.username)?;
        if mine.iter().any(|(_, a)| a == alert) {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-alerts-already",
                alert = alert.describe()
            )));
        }
        if mine.len() >= ALERTS_MAX {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-alerts-too-many",
                max = ALERTS_MAX
            )));
        }
        let id = self.store().add_alert(&me.username, alert)?;
        self.commit(Change::NoticesRead(me.username.clone()))?;
        Ok(id)
    }

    /// The viewer's alerts, oldest first, with their ids.
    pub fn alerts(&self, viewer: &Viewer) -> Result<Vec<(u64, Alert)>, ForumError> {
        match viewer.account() {
            Some(me) => Ok(self.store().alerts(&me.username)?),
            None => Ok(Vec::new()),
        }
    }

    pub fn remove_alert(&self, viewer: &Viewer, id: u64) -> Result<(), ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-alerts-doing-remove"))?;
        if !self.store().remove_alert(&me.username, id)? {
            return Err(ForumError::NotFound(crate::t!(
                "forum-missing-alert",
                id = id.to_string()
            )));
        }
        self.commit(Change::NoticesRead(me.username.clone()))?;
        Ok(())
    }

    /// Tells everyone whose alerts match a newly published event or job (the
    /// submission `id` published it), but its author.
    pub(super) fn tell_of_alerts(
        &self,
        author: &str,
        id: SubmissionId,
    ) -> Result<Vec<String>, ForumError> {
        let event = self.store().event(id.as_event())?;
        let job = self.store().job(id.as_job())?;
        let mut notices: Vec<Notice> = Vec::new();
        for (to, _, alert) in self.store().all_alerts::<Alert>()? {
            if to == author || notices.iter().any(|n| n.to == to) {
                continue;
            }
            let (title, target) = match (&alert, &event, &job) {
                (Alert::Events(f), Some(e), _) => {
                    let zone = self
                        .store()
                        .account(&to)?
                        .and_then(|a| TimeZone::get(&a.time_zone).ok())
                        .unwrap_or(TimeZone::UTC);
                    if !f.admits(e, &zone) {
                        continue;
                    }
                    (&e.title, Target::Event { id: e.id })
                }
                (Alert::Jobs(f), _, Some(j)) if f.admits(j) => (&j.title, Target::Job { id: j.id }),
                _ => continue,
            };
            let title = super::sanitize::inline(title);
            // Stored: in English (the reader's language comes from `words`).
            let about = crate::lang::scope(crate::lang::Language::En, || alert.describe());
            let args = [
                ("title", crate::lang::Value::from(title.to_string())),
                ("alert", crate::lang::Value::from(about.clone())),
            ];
            notices.push(Notice {
                text: crate::lang::text_in(crate::lang::Language::En, "notice-alert", &args),
                words: Some(crate::domain::Words::new(
                    "notice-alert",
                    &[("title", &*title), ("alert", about.as_str())],
                )),
                to,
                kind: NoticeKind::Alert,
                from: None,
                target,
            });
        }
        self.deliver(notices)
    }
}
