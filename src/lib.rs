//! quotetrack pulls attributed quotes and reported claims out of news prose: who said
//! what (direct quotes, reported speech, and reported clauses with a partial quote),
//! where (byte spans into the text), when (the date of the statement, from the text or
//! the publication date), and how a claim changed from one article to the next.
//!
//! ```
//! use quotetrack::{Document, StatementKind, extract};
//!
//! let text = "Jane Doe, the agency's chief economist, said prices would rise. \
//!             \"We expect a hard winter,\" she told reporters.";
//! let found = extract(&Document::new("example", text));
//! let kinds: Vec<StatementKind> = found.statements.iter().map(|s| s.kind).collect();
//! assert_eq!(kinds, [StatementKind::Indirect, StatementKind::Direct]);
//! for s in &found.statements {
//!     assert_eq!(s.speaker.as_ref().unwrap().name, "Jane Doe");
//!     assert_eq!(&text[s.span.range()], s.text);
//! }
//! ```
//!
//! # Overview
//!
//! - A [`Document`] is a text with its [`Source`] (publisher, url, headline, byline,
//!   publication [`Date`]). [`extract()`] (or an [`Extractor`] built from a [`Config`])
//!   turns it into an [`Extraction`]: its [`Statement`]s in text order and the
//!   document's speaker registry. [`Config`] also asks for beliefs
//!   ([`Config::beliefs`]), or for quotations alone, in less than half the time
//!   ([`Config::quotes_only`]).
//! - A [`Statement`] has a [`StatementKind`] (direct, indirect, mixed), its text and
//!   [`Span`], its resolved [`Speaker`] ([`SpeakerKind`]: person, organisation, group,
//!   document, anonymous, unknown), its [`Cue`] ("said", "insisted", "according to", with
//!   a [`CueClass`]), a [`StatementDate`], a confidence and the rule that found it.
//! - [`compare`] follows claims across documents: matching, typed diffs, timelines.
//! - [`extract_batch`] extracts many documents, on every core with the `parallel`
//!   feature.
//!
//! The pipeline, one module per step: `segment` (paragraphs, sentences), `quotes`
//! (quote-mark pairing), `grammar` (attribution frames, written with nom), `attribution`
//! and `reported` (statements around quotes, and reported speech), `resolve` (the
//! speaker registry), `dates` (time expressions), `extract` (owned statements). The
//! reporting verbs, titles and other word lists are data, in `src/lexicon/*.txt`.
//!
//! # Features
//!
//! - `parallel`: [`extract_batch`] uses rayon.
//!
//! # What it does not do
//!
//! - Verbs of thinking ("believes", "hopes") are not reported as speech.
//! - English only; the rules are tuned on US political news (PolNeAR train).
//! - No full syntactic parse: frames are matched around reporting verbs, so unusual
//!   word orders are missed rather than misread.
#![deny(missing_docs)]

mod attribution;
mod batch;
pub mod compare;
mod cue;
mod date;
mod dates;
mod error;
mod extract;
mod grammar;
mod lanes;
mod lexicon;
mod quotes;
mod reported;
mod resolve;
mod segment;
mod source;
mod span;
mod speaker;
mod statement;

pub use batch::extract_batch;
pub use cue::{Cue, CueClass};
pub use date::{Date, DateOrigin, DatePrecision, StatementDate};
pub use error::{Error, ErrorKind};
pub use extract::{Config, ConfigBuilder, Extraction, Extractor, extract};
pub use source::{Document, Source};
pub use span::Span;
pub use speaker::{Speaker, SpeakerKind};
pub use statement::{Statement, StatementKind};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
