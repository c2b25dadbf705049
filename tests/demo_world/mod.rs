//! The world the boards' and the library's screen tests share: the whole demo,
//! a member (li) and a moderator (moses), at `testkit::NOW`.

use stoa::forum::{Forum, Viewer};
use stoa_core::testkit;
use stoa_ui::tui::harness::Harness;

pub struct World {
    pub forum: Forum,
    _dir: tempfile::TempDir,
    pub li: Viewer,
    pub moses: Viewer,
}

pub fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let (forum, cast) = testkit::demo_with_cast(dir.path()).unwrap();
    World {
        forum,
        _dir: dir,
        li: cast.li,
        moses: cast.moses,
    }
}

/// A member's session at 80×24.
pub fn session(w: &World, who: &Viewer, seed: u8) -> Harness {
    Harness::member(&w.forum, who, seed)
}
