//! Stoa: a forum for communities of practice, served over SSH as a terminal application.
//!
//! Data flows one way (see docs/architecture.md): `ssh` turns bytes into key events
//! for a per-session `tui::App` (or a plain-mode session, or one exec command); the
//! front ends ask `forum` to do things; `forum` holds the rules and is the only
//! code that writes to `store`. The layers are crates, so that a wrong-way import
//! does not compile: `stoa-core` (domain, store, search, forum), `stoa-present`
//! (how things are shown, shared by every front end), `stoa-ui` (the front ends)
//! and this one (the SSH server, the configuration and the `stoa` command).

pub mod config;
pub mod ssh;
pub mod web;

// The layers below, under the names the `stoa` command, examples and tests use.
pub use stoa_core::{demo, domain, forum, search, store};
pub use stoa_present as present;
pub use stoa_ui::{exec, local, plain, tui};
