//! The reporting cue: the words that mark an attribution ("said", "told reporters").

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What a reporting verb or phrase says about the speaker's stance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CueClass {
    /// Plain report: said, told, added, according to.
    Neutral,
    /// The speaker presses the point: insisted, stressed, warned, declared.
    Assertive,
    /// The speaker softens it: suggested, estimated, speculated.
    Hedged,
    /// The speaker rejects something: denied, rejected, dismissed.
    Denial,
    /// The speaker blames someone: accused, blamed, charged.
    Accusation,
    /// The speaker commits to something: promised, pledged, vowed.
    Promise,
    /// The speaker asks or tells someone to act: urged, called on, demanded.
    Directive,
    /// The speaker asks: asked, wondered.
    Question,
    /// The speaker concedes: admitted, acknowledged, conceded.
    Admission,
    /// The speaker forecasts: predicted, forecast.
    Prediction,
    /// Written or published: wrote, reported, tweeted, according to a report.
    Written,
    /// Not speech: what the source thinks, hopes, fears, wants or intends (believes,
    /// expects, plans). Statements with such a cue are [`Belief`](crate::StatementKind::Belief)s.
    Belief,
}

/// The cue of a statement: the words as written, the verb's lemma and its class.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// The cue as written ("said", "told reporters", "according to").
    pub text: String,
    /// The dictionary form of the head verb or phrase ("say", "tell", "according to"):
    /// borrowed from the extractor's lexicon (no copy per statement), or owned when read
    /// back from JSON or built by hand.
    pub lemma: Cow<'static, str>,
    /// Its class.
    pub class: CueClass,
    /// Where it stands in the text.
    pub span: Span,
}
