//! The member's own account without a terminal: `whoami`, `profile`,
//! `submissions`, and the `policy` they accepted.

use serde_json::json;

use stoa_core::forum::{Forum, ForumError, Viewer, sanitize};
use stoa_present::t;

pub fn whoami(viewer: &Viewer, json: bool) -> String {
    match (viewer.account(), json) {
        (Some(a), false) => format!("{} {}\n", a.username, a.role),
        (None, false) => "guest\n".into(),
        (Some(a), true) => format!(
            "{}\n",
            json!({"username": a.username, "role": a.role, "display_name": sanitize::inline(&a.display_name)})
        ),
        (None, true) => format!("{}\n", json!({"username": null, "role": "guest"})),
    }
}

/// The account as its owner sees it: one `field: value` per line.
pub fn profile(viewer: &Viewer, json: bool) -> Result<String, ForumError> {
    let Some(a) = viewer.account() else {
        return Err(ForumError::NotAllowed(t!("exec-profile-guest")));
    };
    let p = &a.preferences;
    let competencies: Vec<_> = a.competencies.iter().map(|c| c.slug()).collect();
    if json {
        return Ok(format!(
            "{}\n",
            json!({
                "username": a.username,
                "display_name": sanitize::inline(&a.display_name),
                "organization": sanitize::inline(&a.organization),
                "region": a.region.slug(),
                "time_zone": a.time_zone,
                "role": a.role,
                "bio": sanitize::multiline(&a.bio),
                "competencies": competencies,
                "keys": a.keys.iter().map(|k| k.fingerprint.clone()).collect::<Vec<_>>(),
                "password": a.has_password(),
                "display": {"colour": p.colour.label(), "ascii": p.ascii.label(), "plain": p.plain.label(), "bell": p.bell.label()},
            })
        ));
    }
    let mut out = format!(
        "username: {}\nname: {}\norganization: {}\nregion: {}\ntime zone: {}\nrole: {}\npassword: {}\n",
        a.username,
        sanitize::inline(&a.display_name),
        sanitize::inline(&a.organization),
        a.region.slug(),
        a.time_zone,
        a.role,
        if a.has_password() { "set" } else { "none" }
    );
    for k in &a.keys {
        out.push_str(&format!("key: {}\n", k.fingerprint));
    }
    let competencies = if competencies.is_empty() {
        "none".to_string()
    } else {
        competencies.join(", ")
    };
    out.push_str(&format!("competencies: {competencies}\n"));
    out.push_str(&format!(
        "display: colour {}, ascii {}, plain {}, bell {}\n",
        p.colour.label(),
        p.ascii.label(),
        p.plain.label(),
        p.bell.label()
    ));
    Ok(out)
}

/// The viewer's submissions, newest first: id, kind, state, title, then the
/// committee's latest word (who, what, note) when there is one.
pub fn submissions(forum: &Forum, viewer: &Viewer, json: bool) -> Result<String, ForumError> {
    let list = forum.my_submissions(viewer)?;
    if json {
        return Ok(format!("{}\n", json!(list)));
    }
    let mut out = String::new();
    for s in list {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}",
            s.id,
            s.item.kind(),
            stoa_present::board_item::state_now(&s, forum, viewer),
            sanitize::inline(s.title())
        ));
        if let Some(e) = s.last_decision() {
            out.push_str(&format!(
                "\t{} {}: {}",
                e.by,
                e.action.label(),
                sanitize::inline(&e.note)
            ));
        }
        out.push('\n');
    }
    Ok(out)
}

/// `committee`: one member a line (USERNAME, ROLE, REGION, DISPLAY NAME,
/// tab-separated), then how to reach the committee; `--json`: both as fields.
pub fn committee(forum: &Forum, json: bool) -> Result<String, ForumError> {
    let members = forum.editorial_committee()?;
    let reach = stoa_present::governance::governance(forum)?.reach;
    if json {
        let members: Vec<_> = members
            .iter()
            .map(|a| {
                json!({
                    "username": a.username,
                    "role": a.role.to_string(),
                    "region": a.region.slug(),
                    "display_name": sanitize::inline(&a.display_name),
                })
            })
            .collect();
        let contact = sanitize::inline(forum.site().contact.trim()).into_owned();
        return Ok(format!(
            "{}\n",
            json!({ "members": members, "contact": contact, "reach": reach })
        ));
    }
    let mut out: String = members
        .iter()
        .map(|a| {
            format!(
                "{}\t{}\t{}\t{}\n",
                a.username,
                a.role,
                a.region.slug(),
                sanitize::inline(&a.display_name)
            )
        })
        .collect();
    out.push_str(&format!("\n{reach}\n"));
    Ok(out)
}
