//! The terminal interface. One [`App`] per session: `update(msg)` changes its state
//! and may hand back slow work as an [`Effect`]; `render` draws the state and
//! nothing else. It is generic over ratatui's backend: the same App runs over SSH,
//! in `stoa local`, and on `TestBackend` in tests.

mod app;
mod chrome;
pub mod form;
#[cfg(any(test, feature = "testing"))]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test support.
pub mod harness;
pub mod keymap;
pub(crate) mod screens;

pub use app::{App, Done, Effect, Job, Msg, Next, Outcome};
pub use stoa_present::{Input, Key};

/// Smallest terminal the screens are drawn in; below it a single line says so.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
