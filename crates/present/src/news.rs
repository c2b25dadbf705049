//! How a news item is signed, the same on every front end: the committee's
//! own news carries no name; what a member proposed carries theirs.

use stoa_core::domain::{News, NewsKind};
use stoa_core::forum::sanitize;

use crate::{t, terms};

/// "blog post by amina", "news from amina", or `None` for the committee's
/// own news.
pub fn byline(n: &News) -> Option<String> {
    let by = sanitize::inline(&n.by);
    match (n.kind, n.submission) {
        (NewsKind::Blog, _) => Some(t!("news-byline-blog", name = by.to_string())),
        (NewsKind::News, Some(_)) => Some(t!("news-byline-member", name = by.to_string())),
        (NewsKind::News, None) => None,
    }
}

/// Who a feed or a script names as its author: whoever signed it (a blog
/// post, a member's news), or no one for the committee's own news.
pub fn author(n: &News) -> Option<&str> {
    byline(n).is_some().then_some(n.by.as_str())
}

/// "Corrected on 22 Nov 2026 by the editorial committee: the month was
/// wrong", one line each, oldest first: readers of a corrected item, and of
/// a member's item the committee rewrote, see that it was changed.
pub fn corrections(n: &News) -> Vec<String> {
    n.corrections
        .iter()
        .map(|c| {
            format!(
                "Corrected on {} by the editorial committee: {}",
                c.at.to_zoned(jiff::tz::TimeZone::UTC).strftime("%d %b %Y"),
                sanitize::inline(&c.reason)
            )
        })
        .collect()
}

/// The words after a headline in a list: the byline, if any, then the region.
pub fn dateline(day: String, n: &News) -> String {
    let mut parts = vec![day];
    if let Some(r) = n.region {
        parts.push(terms::region(r));
    }
    parts.extend(byline(n));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use stoa_core::domain::{NewsId, Region, SubmissionId};

    fn item(kind: NewsKind, submission: Option<SubmissionId>) -> News {
        News {
            language: None,
            translations: Vec::new(),
            id: NewsId(1),
            title: "t".into(),
            body: "b".into(),
            region: Some(Region::African),
            by: "amina\u{1b}[2J".into(),
            published_at: jiff::Timestamp::UNIX_EPOCH,
            kind,
            submission,
            corrections: Vec::new(),
            withdrawn: None,
        }
    }

    #[test]
    fn members_items_are_signed_and_the_committees_are_not() {
        let from_member = Some(SubmissionId(7));
        assert_eq!(
            dateline("Mon".into(), &item(NewsKind::Blog, from_member)),
            "Mon · African Region · blog post by amina[2J"
        );
        assert_eq!(
            byline(&item(NewsKind::News, from_member)).as_deref(),
            Some("news from amina[2J")
        );
        assert_eq!(byline(&item(NewsKind::News, None)), None);
        assert_eq!(
            dateline("Mon".into(), &item(NewsKind::News, None)),
            "Mon · African Region"
        );
    }
}
