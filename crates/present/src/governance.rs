//! The network's governance as every front end shows it: who sits on the
//! editorial committee, from which region, and how to reach it.

use stoa_core::forum::{Forum, ForumError, sanitize};

pub struct Governance {
    /// "Amara Okafor (amara), African Region, admin", one per member.
    pub members: Vec<String>,
    /// How a member reaches the committee.
    pub reach: String,
}

pub fn governance(forum: &Forum) -> Result<Governance, ForumError> {
    let mut members: Vec<String> = forum
        .editorial_committee()?
        .iter()
        .map(|a| {
            format!(
                "{} ({}), {}, {}",
                sanitize::inline(&a.display_name),
                a.username,
                a.region.label(),
                a.role
            )
        })
        .collect();
    if members.is_empty() {
        members.push("nobody yet: an admin names its moderators".into());
    }
    let mut reach = "To reach the committee, flag a post for it to look at, or propose a community, an event, a job or a library entry: it reviews each and says why it decides as it does.".to_string();
    let contact = forum.site().contact.trim();
    if !contact.is_empty() {
        reach.push_str(&format!(
            " Outside the forum: {}.",
            sanitize::inline(contact)
        ));
    }
    Ok(Governance { members, reach })
}
