//! The crate's one error type.

use std::fmt;

/// An error from quotetrack: what went wrong and, where known, where.
///
/// The error is a small boxed value so that `Result<T, Error>` stays one word wide.
/// Inspect it with [`Error::kind`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<ErrorKind>);

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A date that could not be read, e.g. from `--published`.
    #[error("invalid date {input:?}: expected YYYY-MM-DD, YYYY-MM or YYYY, but got {reason}")]
    InvalidDate {
        /// The text that was given.
        input: String,
        /// Why it was rejected.
        reason: String,
    },
    /// Bytes that are not UTF-8.
    #[error("invalid UTF-8 at byte {offset} (line {line}): expected UTF-8 text")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of the first invalid byte.
        line: usize,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// The byte offset in the input where the problem was found, when known.
    pub fn offset(&self) -> Option<usize> {
        match *self.0 {
            ErrorKind::InvalidUtf8 { offset, .. } => Some(offset),
            _ => None,
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}
