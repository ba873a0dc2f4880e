//! What both example programs read the same way: articles as JSONL lines, paths or `-`
//! for standard input, the command line's words and the values of the flags both take,
//! and one-line previews of text.

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

/// One word of a command line: an input (a path, or `-` for standard input) or a flag.
pub enum Arg {
    /// A path or `-`.
    Input(OsString),
    /// A flag as written (`--jobs=2`), its name (`--jobs`) and its `=value`, if any.
    Flag {
        written: String,
        name: String,
        inline: Option<OsString>,
    },
}

/// The words of a command line, flags first-class until `--`; after it, every word is
/// an input. `--flag=value` and `--flag value` are both accepted.
pub struct Args<I> {
    words: I,
    flags_done: bool,
}

impl<I: Iterator<Item = OsString>> Args<I> {
    /// Reads `words` (the arguments after the program's name).
    pub fn new(words: impl IntoIterator<IntoIter = I>) -> Args<I> {
        Args {
            words: words.into_iter(),
            flags_done: false,
        }
    }

    /// The next input or flag; `--` itself is taken here and not returned.
    pub fn next_arg(&mut self) -> Option<Arg> {
        loop {
            let word = self.words.next()?;
            let text = word.to_str();
            if self.flags_done || text == Some("-") || !text.is_some_and(|a| a.starts_with('-')) {
                return Some(Arg::Input(word));
            }
            let written = text.unwrap_or_default().to_string();
            if written == "--" {
                self.flags_done = true;
                continue;
            }
            let (name, inline) = match written.split_once('=') {
                Some((name, value)) => (name.to_string(), Some(OsString::from(value))),
                None => (written.clone(), None),
            };
            return Some(Arg::Flag {
                written,
                name,
                inline,
            });
        }
    }

    /// The value of flag `name`: its `=value`, else the next word.
    pub fn value(&mut self, name: &str, inline: Option<OsString>) -> Result<OsString, String> {
        inline
            .or_else(|| self.words.next())
            .ok_or_else(|| format!("{name} needs a value"))
    }
}

/// The value of `--published`: a date as `Date::parse` reads it.
pub fn published(value: &OsStr) -> Result<Date, String> {
    Date::parse(&value.to_string_lossy()).map_err(|e| format!("--published: {e}"))
}

/// The value of a flag that takes a number from 0 to 1 (`--min-confidence`, `--threshold`).
pub fn fraction(name: &str, value: &OsStr) -> Result<f32, String> {
    let v = value.to_string_lossy();
    v.trim()
        .parse::<f32>()
        .ok()
        .filter(|x| (0.0..=1.0).contains(x))
        .ok_or_else(|| format!("{name}: expected a number from 0 to 1, but got {v:?}"))
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
