//! How Stoa shows things, shared by every front end (full screen, plain mode,
//! exec): times and dates, text that fits a width, markdown, the fields of a board
//! item, the key a member pressed and the colours. It reads the forum's types but
//! never asks the forum to do anything.

pub mod ascii;
pub mod bidi;
pub mod board_item;
pub mod cells;
pub mod governance;
pub mod keys;
pub mod markdown;
pub mod news;
pub mod notice;
pub mod practice;
pub mod text;
pub mod theme;
pub mod translated;
pub mod when;

pub use keys::{Input, Key};

/// The catalogues and the session's language live in the core, whose rules
/// speak too; every front end reaches them here.
pub use stoa_core::{lang, t, terms};
