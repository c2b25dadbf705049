//! The news desk: the editorial committee writes news items (title, body,
//! region); everyone reads them, and home shows the latest three.

use super::FieldName;
use super::audit::Record;
use super::capabilities::Capability;
use super::{Change, FieldErrors, Forum, ForumError, Viewer, board_fields as fields};
use crate::domain::{AuditAction, News, NewsId, Region};

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
        let actor = self.require(viewer, Capability::WriteNews, "write news")?;
        let mut errors = FieldErrors::default();
        fields::title(&mut errors, title, "a headline", TITLE_MAX);
        let len = body.trim().chars().count();
        if len < 20 {
            errors.add(
                FieldName::Body,
                "write the news itself (20 characters or more)",
            );
        } else if len > BODY_MAX {
            errors.add(
                FieldName::Body,
                format!("at most {BODY_MAX} characters (this is {len})"),
            );
        }
        errors.into_result()?;
        let now = self.now();
        let (title, body) = (fields::clean(title), fields::clean_text(body));
        let news = self.store().insert_news(|id| {
            let news = News {
                id,
                title: title.clone(),
                body: body.clone(),
                region,
                by: actor.username.to_string(),
                published_at: now,
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

    /// The news, newest first, at most `limit` items.
    pub fn news(&self, limit: usize) -> Result<Vec<News>, ForumError> {
        Ok(self.store().news(limit)?)
    }

    pub fn news_item(&self, id: NewsId) -> Result<News, ForumError> {
        self.store()
            .news_item(id)?
            .ok_or_else(|| ForumError::NotFound(format!("news item {id}")))
    }
}
