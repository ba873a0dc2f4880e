//! What was said: [`Statement`], owned and serialisable, and its [`StatementKind`].

use crate::cue::Cue;
use crate::date::StatementDate;
use crate::source::Source;
use crate::span::Span;
use crate::speaker::Speaker;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// How the words are reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// Inside quote marks: the speaker's own words.
    Direct,
    /// Reported speech, no quote marks: "X said the plan would work".
    Indirect,
    /// A reported clause that contains a partial quote; the text keeps the inner marks.
    Mixed,
    /// Not speech: what the source believes, hopes, fears, wants or intends, reported as
    /// a clause ("X believes the plan will work", "X wants to bring back the 1990s").
    /// Found only when [`Config::beliefs`](crate::Config::beliefs) asks for them.
    Belief,
}

impl StatementKind {
    /// The snake_case name used in JSON ("direct", "indirect", "mixed", "belief").
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Indirect => "indirect",
            StatementKind::Mixed => "mixed",
            StatementKind::Belief => "belief",
        }
    }
}

/// One attributed statement of a document.
///
/// `span` is a half-open byte range into the document's text on `char` boundaries,
/// and `text` is exactly `&document.text[span.range()]`: without the enclosing quote
/// marks of a direct quote, without `that` and the final full stop of reported speech.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Direct, indirect or mixed.
    pub kind: StatementKind,
    /// The words, as they stand in the text.
    pub text: String,
    /// Where they stand.
    pub span: Span,
    /// Who said it, resolved across the document; `None` when the text names nobody.
    /// Its `mentions` are left empty here, so that a statement's size does not grow with
    /// the document: the document's registry ([`crate::Extraction::speakers`]) has them.
    /// The statements of one speaker share one copy (an [`Arc`]), so a document with many
    /// statements copies each speaker's names once, not once per statement; it reads and
    /// serialises like a plain [`Speaker`].
    pub speaker: Option<Arc<Speaker>>,
    /// The mention that attributes this statement ("he", "Mr Schenker"), when there is one.
    pub speaker_mention: Option<Span>,
    /// The reporting cue; `None` for a quote that carries on from an earlier one.
    pub cue: Option<Cue>,
    /// When the statement was made: the time expression attached to the reporting
    /// event ("said on Thursday", "On Monday, X told reporters", "Thursday's statement"),
    /// with [`DateOrigin::Text`](crate::DateOrigin::Text) and its span; without one, the
    /// publication date with [`DateOrigin::Publication`](crate::DateOrigin::Publication).
    /// `None` when neither is known (no publication date, or only a relative expression
    /// such as "on Thursday" with nothing to resolve it against).
    pub date: Option<StatementDate>,
    /// The time expressions inside the statement's own words ("the law passed in
    /// 2008"), in text order: dates of what is said, not of the saying. Each has
    /// [`DateOrigin::Text`](crate::DateOrigin::Text) and its span; relative ones are
    /// resolved against the publication date, or, in a direct quotation the text dates
    /// to the day, against that day. Empty when there are none.
    #[serde(default)]
    pub content_dates: Vec<StatementDate>,
    /// Where it was published: the document's source, one copy shared by all of its
    /// statements (an [`Arc`]; it reads and serialises like a plain [`Source`]).
    pub source: Arc<Source>,
    /// Index of the paragraph it stands in (0-based, blank-line separated).
    pub paragraph: usize,
    /// How sure the extractor is, from 0 to 1.
    pub confidence: f32,
    /// The grammar rule that found it, e.g. `"quote_then_speaker_verb"`: a name the
    /// extractor borrows from its grammar (no copy per statement), or an owned one for a
    /// statement read back from JSON or built by hand.
    pub rule: Cow<'static, str>,
}
