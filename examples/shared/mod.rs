//! What both example programs read the same way: articles as JSONL lines, paths or `-`
//! for standard input, `--jobs`, and one-line previews of text.

use quotetrack::{Date, Document, Source};
use serde::{Deserialize, Deserializer};
use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

/// One line of an `--articles` file.
#[derive(Debug, Deserialize)]
pub struct Article {
    #[serde(deserialize_with = "string_or_number")]
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub published: Option<Date>,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub byline: Option<String>,
}

impl Article {
    /// The article as a document with its source metadata.
    pub fn into_document(self) -> Document {
        let source = Source {
            publisher: self.publisher,
            url: self.url,
            headline: self.headline,
            byline: self.byline,
            published: self.published,
        };
        Document::new(self.id, self.text).with_source(source)
    }
}

/// Ids from databases are often numbers; take them as their decimal text.
pub fn string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Text(String),
        Number(serde_json::Number),
    }
    Id::deserialize(d)
        .map(|id| match id {
            Id::Text(s) => s,
            Id::Number(n) => n.to_string(),
        })
        .map_err(|_| serde::de::Error::custom("field `id`: expected a string or a number"))
}

/// serde_json's message without its " at line 1 column N" (each line is parsed alone,
/// so the line is ours to give and the column is printed separately).
pub fn serde_message(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match message.strip_suffix(&suffix) {
        Some(stripped) => stripped.to_string(),
        None => message,
    }
}

/// `-` stands for standard input (`None`); anything else is a path.
pub fn stdin_or_path(arg: OsString) -> Option<PathBuf> {
    (arg != "-").then(|| PathBuf::from(arg))
}

/// The value of `--jobs`: a number of threads from 1 to 1024, or 0 for one per core.
pub fn jobs(value: &OsStr) -> Result<usize, String> {
    let v = value.to_string_lossy();
    match v.trim().parse::<usize>() {
        Ok(0) => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        Ok(n) if n <= 1024 => Ok(n),
        _ => Err(format!(
            "--jobs: expected a number of threads from 0 to 1024, but got {v:?}"
        )),
    }
}

/// An error when more than one input reads standard input.
pub fn stdin_once(uses: usize) -> Result<(), String> {
    if uses > 1 {
        return Err("standard input (-) can be read only once".to_string());
    }
    Ok(())
}

/// The text on one line (white space collapsed), cut to `max` chars with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    let mut chars = text
        .split_whitespace()
        .flat_map(|word| std::iter::once(' ').chain(word.chars()))
        .skip(1);
    let mut short: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        short.pop();
        short.truncate(short.trim_end().len());
        short.push('…');
    }
    short
}
