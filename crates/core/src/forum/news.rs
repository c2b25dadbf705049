//! The news desk: the editorial committee writes news items (title, body,
//! region); members propose news and blog-style posts, which the committee
//! reviews like any submission and which are signed by their author once
//! published. Everyone reads them, and home shows the latest three. Once
//! published, the committee may correct an item (readers see that it was
//! corrected, when and why) or withdraw it; both are in the audit log.
//!
//! | action                    | guest | member | muted | moderator, admin |
//! | ------------------------- | ----- | ------ | ----- | ---------------- |
//! | read                      | yes   | yes    | yes   | yes              |
//! | propose (through review)  | no    | yes    | no    | yes              |
//! | write at once, correct, withdraw | no | no | no   | yes              |

use super::FieldName;
use super::audit::{self, Record};
use super::capabilities::Capability;
use super::languages::written_in;
use super::{Change, FieldErrors, Forum, ForumError, Viewer, board_fields as fields};
use crate::domain::{
    AuditAction, Correction, Hiding, Item, News, NewsId, NewsKind, NewsProposal, Region,
    Submission, SubmissionId, Target, Username,
};
use jiff::Timestamp;

pub const TITLE_MAX: usize = 150;
pub const BODY_MAX: usize = 10_000;

impl Forum {
    /// Publishes a news item at once: the committee is its own editor.
    pub fn write_news(
        &self,
        viewer: &Viewer,
        title: &str,
        body: &str,
        region: Option<Region>,
    ) -> Result<News, ForumError> {
        let item = NewsProposal {
            kind: NewsKind::News,
            title: title.into(),
            body: body.into(),
            region,
        };
        self.publish_news(viewer, &item)
    }

    /// Publishes a news item or a blog post at once, signed by the committee
    /// member who writes it.
    pub fn publish_news(&self, viewer: &Viewer, item: &NewsProposal) -> Result<News, ForumError> {
        let actor = self.require(
            viewer,
            Capability::WriteNews,
            &crate::t!("forum-news-doing-write"),
        )?;
        let (title, body, region) = (&item.title, &item.body, item.region);
        news_errors(title, body)?;
        let now = self.now();
        let (title, body) = (fields::clean(title), fields::clean_text(body));
        let news = self.store().insert_news(|id| {
            let news = News {
                language: written_in(None, &title, &body),
                translations: Vec::new(),
                id,
                title: title.clone(),
                body: body.clone(),
                region,
                by: actor.username.to_string(),
                published_at: now,
                kind: item.kind,
                submission: None,
                corrections: Vec::new(),
                withdrawn: None,
            };
            let record = Record {
                by: &actor.username,
                action: AuditAction::News,
                target: format!("news {id} ({title})"),
                reason: "Written by the editorial committee.",
                before: "unpublished".into(),
                after: "published".into(),
            }
            .entry(now);
            (news, Some(record))
        })?;
        self.commit(Change::News)?;
        self.reindex(super::indexing::Reindex::News(news.id));
        tracing::info!(by = %actor.username, news = %news.id, "news published");
        Ok(news)
    }

    /// Stores a member's news item or blog post: as a draft, or sent to the
    /// committee, which publishes it by approving it. `id` names the draft or
    /// returned proposal it replaces.
    pub fn propose_news(
        &self,
        viewer: &Viewer,
        id: Option<SubmissionId>,
        proposal: NewsProposal,
        send: bool,
    ) -> Result<Submission, ForumError> {
        let author = self.writer(viewer, &crate::t!("forum-news-doing-propose"))?;
        let proposal = check_proposal(proposal, send)?;
        self.save_submission(&author, id, Item::News(proposal), send)
    }

    /// Corrects a published item: its new headline, text and region, and why,
    /// kept with it for readers and in the audit log.
    pub fn correct_news(
        &self,
        viewer: &Viewer,
        id: NewsId,
        edit: NewsEdit,
        reason: &str,
    ) -> Result<News, ForumError> {
        let actor = self.require(
            viewer,
            Capability::WriteNews,
            &crate::t!("forum-news-doing-correct"),
        )?;
        news_errors(&edit.title, &edit.body)?;
        let reason = audit::reason(reason)?;
        let now = self.now();
        let (title, body) = (fields::clean(&edit.title), fields::clean_text(&edit.body));
        let result = self.store().update_news(id, |news| {
            if news.withdrawn.is_some() {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-news-withdrawn-not-corrected"
                )));
            }
            if news.title == title && news.body == body && news.region == edit.region {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-news-nothing-changed"
                )));
            }
            let before = news.title.clone();
            news.title = title.clone();
            news.body = body.clone();
            news.region = edit.region;
            news.corrections.push(Correction {
                by: actor.username.to_string(),
                reason: reason.clone(),
                at: now,
            });
            Ok(Some(
                Record {
                    by: &actor.username,
                    action: AuditAction::Correct,
                    target: format!("news {id} ({before})"),
                    reason: &reason,
                    before,
                    after: title.clone(),
                }
                .entry(now),
            ))
        });
        let news = super::withdraw::updated(
            result,
            &crate::t!("forum-missing-news", id = id.to_string()),
        )?;
        let told = self.tell_author(&actor.username, &news, "corrected", &reason)?;
        self.commit(Change::News)?;
        self.reindex(super::indexing::Reindex::News(id));
        self.announce_told(told);
        tracing::info!(by = %actor.username, news = %id, "news corrected");
        Ok(news)
    }

    /// Takes a published item down, with why: off the news, the feeds and
    /// search.
    pub fn withdraw_news(
        &self,
        viewer: &Viewer,
        id: NewsId,
        reason: &str,
    ) -> Result<News, ForumError> {
        let actor = self.require(
            viewer,
            Capability::WriteNews,
            &crate::t!("forum-news-doing-withdraw"),
        )?;
        let reason = audit::reason(reason)?;
        let now = self.now();
        let result = self.store().update_news(id, |news| {
            if let Some(hiding) = &news.withdrawn {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-news-withdrawn-already",
                    name = hiding.by.as_str()
                )));
            }
            news.withdrawn = Some(Hiding {
                by: actor.username.to_string(),
                reason: reason.clone(),
                at: now,
            });
            Ok(Some(
                Record {
                    by: &actor.username,
                    action: AuditAction::Withdraw,
                    target: format!("news {id} ({})", news.title),
                    reason: &reason,
                    before: "published".into(),
                    after: "withdrawn".into(),
                }
                .entry(now),
            ))
        });
        let news = super::withdraw::updated(
            result,
            &crate::t!("forum-missing-news", id = id.to_string()),
        )?;
        let told = self.tell_author(&actor.username, &news, "withdrew", &reason)?;
        self.commit(Change::News)?;
        self.reindex(super::indexing::Reindex::News(id));
        self.announce_told(told);
        tracing::info!(by = %actor.username, news = %id, "news withdrawn");
        Ok(news)
    }

    /// Tells the member who proposed `news` that the committee `did`
    /// (corrected, withdrew) it, and why; committee news has no one to tell.
    fn tell_author(
        &self,
        by: &str,
        news: &News,
        did: &str,
        reason: &str,
    ) -> Result<Vec<String>, ForumError> {
        if news.submission.is_none() {
            return Ok(Vec::new());
        }
        // `text` is stored in English; `words` says it in the author's
        // language. `did` names the message: corrected, withdrew.
        let id = format!("forum-news-told-{did}");
        let kind = if news.kind.is_news() { "news" } else { "blog" };
        let title = super::sanitize::inline(&news.title);
        let reason = super::sanitize::inline(reason);
        let args = [
            ("kind", crate::lang::Value::from(kind)),
            ("title", crate::lang::Value::from(title.to_string())),
            ("reason", crate::lang::Value::from(reason.to_string())),
        ];
        let text = crate::lang::text_in(crate::lang::Language::En, &id, &args);
        let words = Some(crate::domain::Words::new(
            &id,
            &[("kind", kind), ("title", &*title), ("reason", &*reason)],
        ));
        // As `tell_one` does, with the words: the committee member who wrote
        // it is not told of their own change.
        let told = if news.by == by {
            Ok(Vec::new())
        } else {
            self.deliver(vec![super::notifications::Notice {
                to: news.by.clone(),
                kind: crate::domain::NoticeKind::Decision,
                from: Some(by.into()),
                text,
                words,
                target: Target::News { id: news.id },
            }])
        };
        // The change is saved: a notice that fails must not stop it being
        // announced and reindexed.
        match told {
            Ok(told) => Ok(told),
            Err(e) => {
                tracing::warn!(error = %e, news = %news.id, "the author was not told");
                Ok(Vec::new())
            }
        }
    }

    /// The news, newest first, at most `limit` items; withdrawn ones are not
    /// among them.
    pub fn news(&self, limit: usize) -> Result<Vec<News>, ForumError> {
        Ok(self.store().news(limit, |n| n.withdrawn.is_none())?)
    }

    pub fn news_item(&self, id: NewsId) -> Result<News, ForumError> {
        self.store().news_item(id)?.ok_or_else(|| {
            ForumError::NotFound(crate::t!("forum-missing-news", id = id.to_string()))
        })
    }
}

/// What the committee changes when it corrects an item.
#[derive(Clone, Debug, Default)]
pub struct NewsEdit {
    pub title: String,
    pub body: String,
    pub region: Option<Region>,
}

/// A proposal cleaned; a draft needs only its headline, one sent for review
/// everything news takes.
fn check_proposal(p: NewsProposal, send: bool) -> Result<NewsProposal, ForumError> {
    if send {
        news_errors(&p.title, &p.body)?;
    } else {
        let mut errors = FieldErrors::default();
        fields::title(
            &mut errors,
            &p.title,
            &crate::t!("forum-news-what-headline"),
            TITLE_MAX,
        );
        let len = p.body.trim().chars().count();
        if len > BODY_MAX {
            errors.add(
                FieldName::Body,
                crate::t!("forum-board-fields-too-long", max = BODY_MAX, len = len),
            );
        }
        errors.into_result()?;
    }
    Ok(NewsProposal {
        kind: p.kind,
        title: fields::clean(&p.title),
        body: fields::clean_text(&p.body),
        region: p.region,
    })
}

/// The item an approved proposal publishes, signed by its author; its id is
/// given as it is stored.
pub(super) fn published(
    p: &NewsProposal,
    author: &Username,
    submission: SubmissionId,
    now: Timestamp,
) -> News {
    News {
        language: written_in(None, &p.title, &p.body),
        translations: Vec::new(),
        id: NewsId::default(),
        title: p.title.clone(),
        body: p.body.clone(),
        region: p.region,
        by: author.to_string(),
        published_at: now,
        kind: p.kind,
        submission: Some(submission),
        corrections: Vec::new(),
        withdrawn: None,
    }
}

/// A headline and a text the news takes.
fn news_errors(title: &str, body: &str) -> Result<(), ForumError> {
    let mut errors = FieldErrors::default();
    fields::title(
        &mut errors,
        title,
        &crate::t!("forum-news-what-headline"),
        TITLE_MAX,
    );
    let len = body.trim().chars().count();
    if len < 20 {
        errors.add(
            FieldName::Body,
            crate::t!("forum-news-body-needed", min = 20),
        );
    } else if len > BODY_MAX {
        errors.add(
            FieldName::Body,
            crate::t!("forum-board-fields-too-long", max = BODY_MAX, len = len),
        );
    }
    errors.into_result()
}
