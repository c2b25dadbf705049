//! The network's governance as every front end shows it: who sits on the
//! editorial committee, from which region, and how to reach it.

use stoa_core::forum::{Forum, ForumError, sanitize};

use crate::lang::text;
use crate::{t, terms};

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
                terms::region(a.region),
                text(&format!("role-{}", a.role))
            )
        })
        .collect();
    if members.is_empty() {
        members.push(t!("governance-nobody-yet"));
    }
    let mut reach = t!("governance-reach");
    let contact = forum.site().contact.trim();
    if !contact.is_empty() {
        reach.push(' ');
        reach.push_str(&t!(
            "governance-outside-the-forum",
            contact = sanitize::inline(contact).to_string()
        ));
    }
    Ok(Governance { members, reach })
}
