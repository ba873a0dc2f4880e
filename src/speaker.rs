//! Who said it: [`Speaker`] and its [`SpeakerKind`].

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// What sort of entity a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named or described individual: "David Schenker", "the minister".
    Person,
    /// A government, company, party or agency; also a capital for its government.
    Organisation,
    /// Several people: "Officials in the US-led coalition", "critics".
    Group,
    /// A text that speaks: "the agreement", "a report", "the statement".
    Document,
    /// Someone deliberately unnamed: "a senior official who spoke on condition of anonymity".
    Anonymous,
    /// A speaker the text does not let us type.
    Unknown,
}

/// A resolved speaker: one entity of a document, however many times it is mentioned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The fullest name the document gives ("David Schenker", "US State Department").
    pub name: String,
    /// Its kind.
    pub kind: SpeakerKind,
    /// Title or role, from a title before the name or an appositive after it
    /// ("the State Department's top Middle East official").
    pub role: Option<String>,
    /// Organisation or place the speaker belongs to, when stated.
    pub affiliation: Option<String>,
    /// Other names it goes by in the document ("Mr Schenker", "Schenker").
    pub aliases: Vec<String>,
    /// Every mention of it that the extractor linked, in text order.
    pub mentions: Vec<Span>,
}

impl Speaker {
    /// A speaker with only a name and a kind.
    pub fn new(name: impl Into<String>, kind: SpeakerKind) -> Speaker {
        Speaker {
            name: name.into(),
            kind,
            role: None,
            affiliation: None,
            aliases: Vec::new(),
            mentions: Vec::new(),
        }
    }
}
