//! quotetrack pulls attributed quotes and reported claims out of news prose.
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
