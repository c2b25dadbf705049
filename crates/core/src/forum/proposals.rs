//! Community proposals: what a member must say, and the community an approval
//! creates (with its proposer as the first member).

use jiff::Timestamp;

use super::FieldName;
use super::{FieldErrors, Forum, ForumError, sanitize, validate};
use crate::domain::{Community, CommunityProposal, Item, Shelf, Submission, Visibility};
use crate::store::Publish;

pub const NAME_MAX: usize = 60;
pub const PURPOSE_MAX: usize = 600;
pub const AUDIENCE_MAX: usize = 200;

/// Checks a proposal and returns it cleaned. A draft needs only a name; a
/// proposal sent for review needs every field.
pub(super) fn check(
    forum: &Forum,
    p: CommunityProposal,
    send: bool,
) -> Result<CommunityProposal, ForumError> {
    let mut errors = FieldErrors::default();
    let slug = p.slug.trim().to_lowercase();
    if let Err(e) = short_name(&slug) {
        if send || !slug.is_empty() {
            errors.add(FieldName::Slug, e);
        }
    } else if forum.store().community(&slug)?.is_some() {
        errors.add(
            FieldName::Slug,
            crate::t!("forum-proposals-short-name-taken", slug = slug.as_str()),
        );
    }
    if let Err(e) = validate::required_line(&p.name, "community's name", NAME_MAX) {
        errors.add(FieldName::Name, e);
    }
    let purpose_len = p.purpose.trim().chars().count();
    if send && purpose_len < 20 {
        errors.add(
            FieldName::Purpose,
            crate::t!("forum-proposals-purpose-needed"),
        );
    } else if purpose_len > PURPOSE_MAX {
        errors.add(
            FieldName::Purpose,
            crate::t!(
                "forum-proposals-purpose-too-long",
                max = PURPOSE_MAX,
                len = purpose_len
            ),
        );
    }
    if send && p.audience.trim().is_empty() {
        errors.add(
            FieldName::Audience,
            crate::t!("forum-proposals-audience-needed"),
        );
    } else if let Err(e) = validate::optional_line(&p.audience, AUDIENCE_MAX) {
        errors.add(FieldName::Audience, e);
    }
    errors.into_result()?;
    Ok(CommunityProposal {
        slug,
        name: sanitize::inline(p.name.trim()).into_owned(),
        purpose: sanitize::multiline(p.purpose.trim()).into_owned(),
        audience: sanitize::inline(p.audience.trim()).into_owned(),
        members_only: p.members_only,
        strategies: super::library::ordered(&p.strategies),
    })
}

/// A community's short name: 2 to 32 of a-z, 0-9 and '-'.
fn short_name(slug: &str) -> Result<(), String> {
    let len = slug.chars().count();
    if len == 0 {
        return Err(crate::t!("forum-proposals-short-name-needed"));
    }
    if !(2..=32).contains(&len)
        || !slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(crate::t!("forum-proposals-short-name-form"));
    }
    Ok(())
}

/// What approving `submission` publishes; an event or job is checked again, as
/// the time zone database may have changed since it was sent.
pub(super) fn publish(submission: &Submission, now: Timestamp) -> Result<Publish, ForumError> {
    Ok(match &submission.item {
        Item::Event(p) => {
            let mut event = super::events::parse(p).map_err(ForumError::Invalid)?;
            event.id = submission.id.as_event();
            event.posted_by = submission.author.clone();
            event.published_at = now;
            Publish::Event(Box::new(event))
        }
        Item::Job(p) => {
            let mut job = super::jobs::parse(p).map_err(ForumError::Invalid)?;
            job.id = submission.id.as_job();
            job.posted_by = submission.author.clone();
            job.published_at = now;
            Publish::Job(Box::new(job))
        }
        Item::Resource(p) => {
            let mut entry = super::library::resource_entry(p, now)?;
            entry.id = submission.id.as_entry();
            entry.posted_by = submission.author.clone();
            Publish::Entry(Box::new(entry))
        }
        Item::Practice(p) => {
            let by = submission
                .last_decision()
                .map_or("editorial committee", |e| e.by.as_str());
            let mut entry = super::library::practice_entry(p, by, now);
            // The approving decision's assessment of the level's criteria.
            if let (Shelf::Practice { levels, .. }, Some(decision)) =
                (&mut entry.shelf, submission.last_decision())
                && let Some(first) = levels.first_mut()
            {
                first.assessment = decision.assessment.clone();
            }
            entry.id = submission.id.as_entry();
            entry.posted_by = submission.author.clone();
            Publish::Entry(Box::new(entry))
        }
        Item::News(p) => Publish::News(Box::new(super::news::published(
            p,
            &submission.author,
            submission.id,
            now,
        ))),
        Item::Translation(p) => Publish::Translation(
            p.of,
            Box::new(super::translations::published(p, submission, now)),
        ),
        Item::Post(post) => Publish::Post {
            post: post.clone(),
            author: submission.author.to_string(),
            at: now,
        },
        Item::Community(p) => Publish::Community {
            community: Community {
                slug: p.slug.as_str().into(),
                name: p.name.clone(),
                description: format!("{} For {}.", p.purpose, p.audience.trim_end_matches('.')),
                visibility: if p.members_only {
                    Visibility::Members
                } else {
                    Visibility::Public
                },
                created_at: now,
                strategies: p.strategies.clone(),
            },
            member: submission.author.to_string(),
        },
    })
}
