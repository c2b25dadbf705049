//! The SSH server driven by real clients: `stoa serve` (the binary cargo builds
//! for these tests), or the server run in this process, reached by the russh
//! client or the OpenSSH client; the front door under attack, hostile input, and
//! what a session costs on the wire (its probe and script, in `tests/wire/`, are
//! shared with `examples/wire_bytes.rs`).
//!
//! Grouped into one binary so that the whole forum is linked once for all of
//! them (see `tests/screens/main.rs`).

#[path = "../common/mod.rs"]
mod common;
#[path = "../wire/probe.rs"]
mod probe;
#[path = "../wire/scenario.rs"]
mod scenario;

mod e2e;
mod e2e_boards;
mod e2e_committee;
mod e2e_discussions;
mod e2e_files;
mod e2e_finding;
mod e2e_languages;
mod e2e_messages;
mod frontends;
mod hostile;
mod security;
mod web;
mod wire;
