//! The data and the tools that keep it: `stoa admin` and `stoa local` offline,
//! export and import, the same forum on either storage engine, crash safety under
//! `kill -9`, and damaged data on disk.
//!
//! Grouped into one binary so that the whole forum is linked once for all of
//! them (see `tests/screens/main.rs`).

#[path = "../common/mod.rs"]
mod common;

mod admin;
mod backup;
mod damage;
mod durability;
mod engines;
mod postgres;
