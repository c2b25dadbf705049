//! Stoa's core: the domain (what a forum holds), the store (where it is kept),
//! search, and the forum (the rules, and the only code that writes to the store).
//! Its sentences come from the catalogues in `assets/locales` (`lang`), in the
//! language of the step running. Nothing else here knows how it is shown: the front ends sit in `stoa-ui`, above
//! `stoa-present`, and the compiler keeps them from reaching down past the forum's
//! public methods or this crate from reaching up.

pub mod demo;
pub mod domain;
pub mod forum;
pub mod lang;
pub mod search;
pub mod store;
pub mod terms;
#[cfg(any(test, feature = "testing"))]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test support.
pub mod testkit;
