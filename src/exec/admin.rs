//! `admin …`: the committee's commands without a terminal.

use crate::forum::{Forum, ForumError, Viewer};

/// The admin subcommands, for `help` and for the usage message.
pub const SUBCOMMANDS: &[(&str, &str)] = &[(
    "export",
    "the whole forum as JSON lines, for a backup while the server runs (admins)",
)];

pub fn run(forum: &Forum, viewer: &Viewer, sub: &str) -> Result<String, AdminError> {
    match sub {
        "export" => {
            let mut dump = Vec::new();
            forum.export(viewer, &mut dump)?;
            // The dump is JSON text: serde_json writes UTF-8 and escapes controls.
            String::from_utf8(dump).map_err(|_| AdminError::Usage("the dump is not text".into()))
        }
        other => Err(AdminError::Usage(format!(
            "unknown admin command '{other}' (admin commands: {})",
            SUBCOMMANDS
                .iter()
                .map(|(name, _)| *name)
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

pub enum AdminError {
    Usage(String),
    Refused(ForumError),
}

impl From<ForumError> for AdminError {
    fn from(e: ForumError) -> Self {
        AdminError::Refused(e)
    }
}
