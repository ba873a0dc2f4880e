//! Following a claim across articles: which statements of different documents report
//! the same thing, what changed from one to the next, and in what order.
//!
//! This module depends on the statement types alone: it works as well on statements
//! read back from JSON as on fresh ones, and never re-parses a document.
//!
//! - [`Features`]: what comparison knows of one statement, computed once: its
//!   [`Quantity`]s ("around 5,000 troops"), [`Hedge`]s, [`Negation`]s and
//!   [`Polarity`], [`Entity`]s, content dates, and a report its words embed
//!   ([`Frame`]: "The United States reiterated that …").
//! - [`Actor`] and [`SpeakerRelation`]: speaker identity across documents ("Mr
//!   Schenker" is "David Schenker"; "US", "U.S." and "Washington" are one actor).
//! - [`compare`] and [`diff()`]: the typed [`Diff`] of two statements, a list of
//!   [`Change`]s ([`ChangeKind`]: identical, quote altered, truncated or extended, mode,
//!   number, hedge, negation, cue, speaker or date changed, reworded), each with its
//!   spans on both sides.
//! - [`Tracker`]: many documents' statements, linked into [`Pair`]s of corresponding
//!   statements (blocking through an inverted index: never all pairs) and clustered
//!   into [`Claim`]s; [`Timeline`]s per claim and [`SpeakerTimeline`]s per speaker;
//!   and each statement's [`Tracker::speaker_key`], to group statements by speaker
//!   between the map and the reduce of a job too large for one machine.
//!
//! ```
//! use quotetrack::compare::{compare, ChangeKind};
//! use quotetrack::{Document, extract};
//! let a = extract(&Document::new("a", "“Troops will leave by June,” the minister said."));
//! let b = extract(&Document::new("b", "“Troops may leave by June,” the minister said."));
//! let diff = compare(&a.statements[0], &b.statements[0]);
//! assert!(diff.kinds().contains(&ChangeKind::HedgeChanged));
//! assert!(compare(&a.statements[0], &a.statements[0]).is_identical());
//! ```
//!
//! What it does not do: it reads English only; its synonyms are a short generic list,
//! so a paraphrase in other words than the original's can go unmatched; an
//! organisation's acronym ("DoS") does not meet its name; and when a claim is reported
//! in many documents the pairs are one to one per pair of documents, so a document
//! that splits a claim over two statements pairs only one of them.

mod actor;
mod align;
mod diff;
mod features;
mod lexicon;
mod matching;
mod quantity;
mod text;
mod timeline;
mod tracker;

pub use actor::{Actor, SpeakerRelation, relation};
pub use diff::{Change, ChangeKind, DateScope, Detail, Diff, End, diff};
pub use features::{Entity, Features, Frame, Hedge, Negation, Polarity};
pub use matching::MatchConfig;
pub use quantity::Quantity;
pub use timeline::{SpeakerTimeline, Step, Timeline, Version};
pub use tracker::{Claim, NOBODY, Pair, StatementId, Tracker, Tracking};

use crate::statement::Statement;

/// Compares two statements: their content similarity and the typed changes from `a`
/// to `b`. Computes both statements' [`Features`]; to compare one statement with many,
/// compute them once and call [`diff()`].
pub fn compare(a: &Statement, b: &Statement) -> Diff {
    diff(a, &Features::of(a), b, &Features::of(b))
}
