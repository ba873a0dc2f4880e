//! Where a text was published: [`Source`], and the text with it: [`Document`].

use crate::date::Date;
use crate::error::{Error, ErrorKind};
use serde::{Deserialize, Serialize};

/// Publication metadata of an article. Every field is optional: plain text has none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The outlet, e.g. "The National".
    pub publisher: Option<String>,
    /// Where the article lives.
    pub url: Option<String>,
    /// The article's headline.
    pub headline: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// When it was published.
    pub published: Option<Date>,
}

/// One article: an id, its [`Source`] and its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// A caller-chosen id (the extract example uses the file stem).
    pub id: String,
    /// Publication metadata.
    pub source: Source,
    /// The article text, exactly as spans refer to it.
    pub text: String,
}

impl Document {
    /// A document with no metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            source: Source::default(),
            text: text.into(),
        }
    }

    /// The same document with its source metadata set.
    pub fn with_source(mut self, source: Source) -> Document {
        self.source = source;
        self
    }

    /// A document from raw bytes, which must be UTF-8.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidUtf8`] with the byte offset and line of the first bad byte.
    ///
    /// ```
    /// use quotetrack::Document;
    /// assert!(Document::from_bytes("a", b"ok".to_vec()).is_ok());
    /// let err = Document::from_bytes("b", b"line\n\xff".to_vec()).unwrap_err();
    /// assert_eq!(err.offset(), Some(5));
    /// ```
    pub fn from_bytes(id: impl Into<String>, bytes: Vec<u8>) -> Result<Document, Error> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Document::new(id, text)),
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let line = 1 + e.as_bytes()[..offset]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                Err(ErrorKind::InvalidUtf8 { offset, line }.into())
            }
        }
    }
}
