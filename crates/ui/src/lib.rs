//! Stoa's front ends, each a way for a member to use the same forum: the full
//! screen (`tui`, one [`tui::App`] per session), plain mode (`plain`, line by
//! line for screen readers and dumb terminals) and exec commands (`exec`, one
//! command per connection for scripts). They ask `stoa_core::forum` to do things
//! and show the answers through `stoa_present`; the SSH server drives them.

pub mod exec;
pub mod local;
pub mod plain;
pub mod tui;
