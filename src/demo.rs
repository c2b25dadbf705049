//! Demo content, loaded into an empty database so a new forum is not a blank page.
//! The text lives in `assets/demo/`.

use jiff::Timestamp;
use serde::Deserialize;

use crate::domain::{Community, Visibility};
use crate::forum::{Forum, ForumError};

const COMMUNITIES: &str = include_str!("../assets/demo/communities.toml");

#[derive(Deserialize)]
struct DemoFile {
    community: Vec<DemoCommunity>,
}

#[derive(Deserialize)]
struct DemoCommunity {
    slug: String,
    name: String,
    description: String,
    #[serde(default = "public")]
    visibility: Visibility,
}

fn public() -> Visibility {
    Visibility::Public
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the demo content in assets/demo/communities.toml is damaged: {0}")]
    Damaged(#[from] toml::de::Error),
    #[error(transparent)]
    Forum(#[from] ForumError),
}

pub fn communities(now: Timestamp) -> Result<Vec<Community>, DemoError> {
    let file: DemoFile = toml::from_str(COMMUNITIES)?;
    Ok(file
        .community
        .into_iter()
        .map(|c| Community {
            slug: c.slug,
            name: c.name,
            description: c
                .description
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            visibility: c.visibility,
            created_at: now,
        })
        .collect())
}

/// Loads the demo communities if the forum is empty; returns how many were added.
pub fn load(forum: &Forum) -> Result<usize, DemoError> {
    Ok(forum.seed_demo(&communities(forum.now())?)?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_demo_file_parses_and_names_the_networks_communities() {
        let list = super::communities(jiff::Timestamp::UNIX_EPOCH).unwrap();
        let names: Vec<_> = list.iter().map(|c| c.name.as_str()).collect();
        for expected in [
            "Empowering and engaging people and communities",
            "Coordinated care workforce",
            "Primary health care",
            "Patient safety",
        ] {
            assert!(
                names.contains(&expected),
                "{expected} missing from {names:?}"
            );
        }
        assert!(list.iter().all(|c| !c.description.is_empty()));
    }
}
