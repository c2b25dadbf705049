//! Stoa: a forum for communities of practice, served over SSH as a terminal application.
//!
//! Data flows one way (see DESIGN.md): `ssh` turns bytes into key events for a
//! per-session `tui::App`; the App asks `forum` to do things; `forum` holds the rules
//! and is the only code that writes to `store`.

pub mod config;
pub mod demo;
pub mod domain;
pub mod exec;
pub mod forum;
pub mod local;
pub mod plain;
#[cfg(test)]
mod properties;
pub mod search;
pub mod ssh;
pub mod store;
pub mod testkit;
pub mod tui;
