//! What members see, drawn in this process: every screen driven by keys through
//! the test harness (snapshots in `snapshots/`), the monochrome and ASCII themes,
//! and plain mode for screen readers; a few of these also check over SSH that the
//! client's terminal chooses the front end.
//!
//! The integration tests are a few binaries, each of modules, rather than a
//! binary a file: every binary links the whole forum (tantivy, russh, ratatui),
//! and on two cores those links were most of `cargo test`.

#[path = "../common/mod.rs"]
mod common;
#[path = "../demo_world/mod.rs"]
mod demo_world;

mod any_terminal;
mod boards;
mod committee;
mod content_languages;
mod discussions;
mod finding;
mod languages;
mod library;
mod messages;
mod pace;
mod plain;
mod plain_messages;
mod plain_reading;
mod reading;
mod screens;
