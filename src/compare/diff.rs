//! The typed diff of two corresponding statements: what changed from one report of a
//! claim to another, each change with its spans on both sides.
//!
//! How each kind is decided:
//!
//! - `speaker_changed`: the speakers (or the subject of an embedded report, "The United
//!   States reiterated that …") are different actors, or only partly the same. A
//!   document ("the statement said") or an anonymous source never counts as a change.
//! - `cue_changed`: the reporting verbs differ (an embedded report's verb counts as the
//!   cue), unless both are plain ("said" → "told").
//! - `mode_changed`: direct, indirect or mixed on one side, another on the other.
//! - `quote_truncated`, `quote_extended`, `quote_altered`: when both sides quote, their
//!   quoted words are aligned; words at an end on one side only are cut or added, and
//!   any other difference inside the quotes is an alteration, `material` when it
//!   touches a number, a negation, a hedge, an entity or a date.
//! - `number_changed`, `hedge_changed`, `negation_changed`, `date_changed`: compared
//!   over the words both sides share in their span, so a number or a "not" that was
//!   merely cut off with a clause is a truncation, not a change of number or polarity.
//!   A quotation's "will" reported as "would" is no change of hedge.
//! - `reworded`: content words outside what the quote comparison explains differ.
//! - `identical`: nothing else applies (spelling variants, case, quote-mark style and
//!   white space do not count).

use super::actor::{Actor, SpeakerRelation, relation};
use super::align::{Gap, align, gaps};
use super::features::{Features, Polarity, Token, flag};
use super::lexicon::lexicon;
use super::quantity::{Quantity, same_value, unit_key};
use crate::cue::CueClass;
use crate::date::{Date, DateOrigin};
use crate::span::Span;
use crate::statement::{Statement, StatementKind};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet, VecDeque};

/// How many numbers ahead on the other side a number looks for its counterpart.
const NUMBER_WINDOW: usize = 64;

/// The kind of a [`Change`], without its details.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Nothing changed.
    Identical,
    /// Words inside a quotation were substituted, added or removed.
    QuoteAltered,
    /// The quotation lost words at an end.
    QuoteTruncated,
    /// The quotation gained words at an end.
    QuoteExtended,
    /// Direct, indirect or mixed changed.
    ModeChanged,
    /// A number, its approximator or its unit changed.
    NumberChanged,
    /// A modal or hedge was added, removed or swapped.
    HedgeChanged,
    /// A negation was added or removed.
    NegationChanged,
    /// The reporting verb changed ("said" → "denied").
    CueChanged,
    /// The words are given to another speaker.
    SpeakerChanged,
    /// The date of the statement, or a date in it, changed.
    DateChanged,
    /// The claim is paraphrased differently.
    Reworded,
}

impl ChangeKind {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Identical => "identical",
            ChangeKind::QuoteAltered => "quote_altered",
            ChangeKind::QuoteTruncated => "quote_truncated",
            ChangeKind::QuoteExtended => "quote_extended",
            ChangeKind::ModeChanged => "mode_changed",
            ChangeKind::NumberChanged => "number_changed",
            ChangeKind::HedgeChanged => "hedge_changed",
            ChangeKind::NegationChanged => "negation_changed",
            ChangeKind::CueChanged => "cue_changed",
            ChangeKind::SpeakerChanged => "speaker_changed",
            ChangeKind::DateChanged => "date_changed",
            ChangeKind::Reworded => "reworded",
        }
    }
}

/// Which end of a quotation was cut or extended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum End {
    /// Its beginning.
    Start,
    /// Its end.
    End,
}

/// Which date changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateScope {
    /// When the statement was made ("said on Thursday").
    Statement,
    /// A date inside what was said ("the law passed in 2008").
    Content,
}

/// What changed, with its details. Serialised with a `kind` tag and snake_case names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Detail {
    /// Nothing changed.
    Identical,
    /// Quoted words substituted, added or removed inside the quotation.
    QuoteAltered {
        /// The words on side a ("" for an insertion).
        from: String,
        /// The words on side b ("" for a deletion).
        to: String,
        /// True when the edit touches a number, a negation, a hedge, a named entity or
        /// a date: a misquote that changes the meaning.
        material: bool,
    },
    /// The quotation on side b lacks words side a quotes at one end.
    QuoteTruncated {
        /// The words cut.
        removed: String,
        /// Where.
        at: End,
    },
    /// The quotation on side b quotes more than side a at one end.
    QuoteExtended {
        /// The words added.
        added: String,
        /// Where.
        at: End,
    },
    /// The statement's kind changed.
    ModeChanged {
        /// Side a's kind.
        from: StatementKind,
        /// Side b's kind.
        to: StatementKind,
    },
    /// A number changed, or its approximator or unit.
    NumberChanged {
        /// Side a's quantity as written ("around 5,000 troops").
        from: String,
        /// Side b's.
        to: String,
        /// Side a's value.
        from_value: f64,
        /// Side b's value.
        to_value: f64,
    },
    /// Modals or hedges differ.
    HedgeChanged {
        /// Side a's hedges that side b lacks ("will").
        from: Vec<String>,
        /// Side b's hedges that side a lacks ("may").
        to: Vec<String>,
    },
    /// Negation added or removed.
    NegationChanged {
        /// Side a's polarity.
        from: Polarity,
        /// Side b's polarity.
        to: Polarity,
        /// Negators of side a without a counterpart on side b.
        removed: Vec<String>,
        /// Negators of side b without a counterpart on side a.
        added: Vec<String>,
    },
    /// The reporting verb changed.
    CueChanged {
        /// Side a's cue as written ("said it reiterated").
        from: String,
        /// Side b's ("have affirmed").
        to: String,
        /// Side a's cue class.
        from_class: CueClass,
        /// Side b's.
        to_class: CueClass,
    },
    /// The words are given to another speaker.
    SpeakerChanged {
        /// Side a's speaker.
        from: Option<String>,
        /// Side b's.
        to: Option<String>,
        /// How the two relate: overlapping or different.
        relation: SpeakerRelation,
    },
    /// A date changed.
    DateChanged {
        /// Side a's date.
        from: Date,
        /// Side b's.
        to: Date,
        /// The statement's date, or a date inside it.
        scope: DateScope,
    },
    /// The claim is paraphrased differently.
    Reworded {
        /// Content-word similarity of the two, from 0 to 1.
        similarity: f32,
        /// Content words of side a missing from side b (at most a dozen).
        removed: Vec<String>,
        /// Content words of side b missing from side a (at most a dozen).
        added: Vec<String>,
    },
}

/// One typed change between two statements, with where it shows on each side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// What changed (serialised flat: `kind` and the details).
    #[serde(flatten)]
    pub detail: Detail,
    /// Its span in side a's document, when it shows there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a_span: Option<Span>,
    /// Its span in side b's document, when it shows there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b_span: Option<Span>,
}

impl Change {
    /// The kind of change.
    pub fn kind(&self) -> ChangeKind {
        match self.detail {
            Detail::Identical => ChangeKind::Identical,
            Detail::QuoteAltered { .. } => ChangeKind::QuoteAltered,
            Detail::QuoteTruncated { .. } => ChangeKind::QuoteTruncated,
            Detail::QuoteExtended { .. } => ChangeKind::QuoteExtended,
            Detail::ModeChanged { .. } => ChangeKind::ModeChanged,
            Detail::NumberChanged { .. } => ChangeKind::NumberChanged,
            Detail::HedgeChanged { .. } => ChangeKind::HedgeChanged,
            Detail::NegationChanged { .. } => ChangeKind::NegationChanged,
            Detail::CueChanged { .. } => ChangeKind::CueChanged,
            Detail::SpeakerChanged { .. } => ChangeKind::SpeakerChanged,
            Detail::DateChanged { .. } => ChangeKind::DateChanged,
            Detail::Reworded { .. } => ChangeKind::Reworded,
        }
    }

    fn new(detail: Detail, a_span: Option<Span>, b_span: Option<Span>) -> Change {
        Change {
            detail,
            a_span,
            b_span,
        }
    }
}

/// The comparison of two statements: how alike their content is and what changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diff {
    /// Content-word similarity from 0 to 1: the Dice coefficient of the two sets of
    /// content words, or, when the shorter claim lies almost wholly in the longer (and
    /// has six content words or more; less credit from three to five), nine tenths of
    /// that containment, so a truncated claim still scores high.
    pub similarity: f32,
    /// The changes, in a fixed order of kinds; `[identical]` when there are none.
    pub changes: Vec<Change>,
}

impl Diff {
    /// The kinds of the changes, in order.
    pub fn kinds(&self) -> Vec<ChangeKind> {
        self.changes.iter().map(Change::kind).collect()
    }

    /// True when the only change is [`Detail::Identical`].
    pub fn is_identical(&self) -> bool {
        self.kinds() == [ChangeKind::Identical]
    }
}

/// Unweighted content similarity of two sorted key sets.
pub(crate) fn content_similarity(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return if a.is_empty() && b.is_empty() {
            1.0
        } else {
            0.0
        };
    }
    let common = intersection(a, b) as f32;
    combine(common, a.len() as f32, b.len() as f32, a.len().min(b.len()))
}

/// Similarity from the (weighted) size of the common part and of each side: the Dice
/// coefficient, or, when the shorter side lies almost wholly in the longer, nine tenths
/// of that containment. Containment counts in full from 80% of the shorter side and not
/// at all below 50%, and in full only for a shorter side of six content words or more
/// (a quarter at three, none below): a truncated claim is nearly a subset of the
/// original, while a short claim that merely shares a few words with a long one, or
/// lies in it by chance, is not.
pub(crate) fn combine(common: f32, a: f32, b: f32, shorter_words: usize) -> f32 {
    let dice = 2.0 * common / (a + b);
    let contained = common / a.min(b);
    let ramp = ((contained - 0.5) / 0.3).clamp(0.0, 1.0);
    let size = ((shorter_words as f32 - 2.0) / 4.0).clamp(0.0, 1.0);
    let containment = 0.9 * contained * ramp * size;
    dice.max(containment).clamp(0.0, 1.0)
}

/// Size of the intersection of two sorted sets.
pub(crate) fn intersection(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// One side of a comparison.
struct Side<'a> {
    s: &'a Statement,
    f: &'a Features,
}

impl Side<'_> {
    fn word(&self, t: &Token) -> &str {
        self.s
            .text
            .get(t.start as usize..t.end as usize)
            .unwrap_or("")
    }

    /// The words of tokens `idx` (positions into `tokens`), as written, from the first
    /// to the last (what lies between included).
    fn words(&self, idx: &[usize]) -> String {
        match (idx.first(), idx.last()) {
            (Some(&i), Some(&j)) => {
                let (s, e) = (
                    self.f.tokens[i].start as usize,
                    self.f.tokens[j].end as usize,
                );
                self.s.text.get(s..e).unwrap_or("").to_string()
            }
            _ => String::new(),
        }
    }

    fn span(&self, idx: &[usize]) -> Option<Span> {
        match (idx.first(), idx.last()) {
            (Some(&i), Some(&j)) => self.f.span_of(i..j + 1),
            _ => None,
        }
    }

    fn quotes(&self) -> bool {
        self.s.kind != StatementKind::Indirect && self.f.tokens.iter().any(|t| t.has(flag::QUOTED))
    }

    /// The effective speaker's actors and name when it is an embedded report's named
    /// subject; otherwise the effective speaker is the statement's ([`Side::outer_speaker`]).
    fn frame_speaker(&self) -> Option<(Vec<Actor>, Option<String>, Option<Span>)> {
        if let Some(frame) = &self.f.frame
            && let Some(subject) = &frame.subject
        {
            let kind = self
                .s
                .speaker
                .as_ref()
                .map_or(crate::SpeakerKind::Organisation, |sp| sp.kind);
            // The subject is a name; its kind is guessed from its words, not the
            // reporting speaker's (a department quoting a country).
            let guessed = guess_kind(subject, kind);
            return Some((
                Actor::parse(subject, guessed),
                Some(subject.clone()),
                Some(frame.subject_span),
            ));
        }
        None
    }

    fn outer_speaker(&self) -> (Vec<Actor>, Option<String>, Option<Span>) {
        match &self.s.speaker {
            Some(sp) => (
                Actor::of_speaker(sp),
                Some(sp.name.clone()),
                self.s.speaker_mention,
            ),
            None => (Vec::new(), None, self.s.speaker_mention),
        }
    }

    /// The effective cue: lemma, class, words and span.
    fn cue(&self) -> Option<(String, CueClass, String, Option<Span>)> {
        let outer = self.s.cue.as_ref();
        if let Some(frame) = &self.f.frame {
            let verb_span = Span::new(frame.span.start, frame.span.end);
            let words = match (&frame.subject, outer) {
                (None, Some(c)) => format!("{} {}", c.text, frame_words(self, frame)),
                _ => frame_words(self, frame),
            };
            return Some((frame.lemma.clone(), frame.class, words, Some(verb_span)));
        }
        outer.map(|c| (c.lemma.to_string(), c.class, c.text.clone(), Some(c.span)))
    }
}

/// An embedded report's words without a final "that".
fn frame_words(side: &Side, frame: &super::features::Frame) -> String {
    let rel =
        frame.span.start.saturating_sub(side.f.base)..frame.span.end.saturating_sub(side.f.base);
    let words = side.s.text.get(rel).unwrap_or("");
    words
        .strip_suffix(" that")
        .unwrap_or(words)
        .trim()
        .to_string()
}

/// A speaker kind for a bare name: a country or organisation head makes an
/// organisation, two or three capitalised words a person.
fn guess_kind(name: &str, fallback: crate::SpeakerKind) -> crate::SpeakerKind {
    use crate::SpeakerKind::*;
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    if crate::lexicon::lexicon().is_lower("org_head", &last) {
        return Organisation;
    }
    if !Actor::parse(name, Organisation)
        .iter()
        .all(|a| matches!(a, Actor::Organisation { country: None, .. }))
    {
        return Organisation;
    }
    if (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return Person;
    }
    fallback
}

/// Compares two statements with their features. See the module documentation for how
/// each kind of change is decided.
pub fn diff(a: &Statement, fa: &Features, b: &Statement, fb: &Features) -> Diff {
    let (a, b) = (Side { s: a, f: fa }, Side { s: b, f: fb });
    let mut changes = Vec::new();
    speaker_change(&a, &b, &mut changes);
    cue_change(&a, &b, &mut changes);
    if a.s.kind != b.s.kind {
        changes.push(Change::new(
            Detail::ModeChanged {
                from: a.s.kind,
                to: b.s.kind,
            },
            Some(a.s.span),
            Some(b.s.span),
        ));
    }
    let quote_compared = a.quotes() && b.quotes() && quote_changes(&a, &b, &mut changes);

    // The claims' cores aligned on paraphrase keys; what one side has alone at an end
    // was cut or added, and is left out of the numbers, hedges and negations compared.
    let ka: Vec<u64> = fa.tokens[fa.core..].iter().map(|t| t.norm).collect();
    let kb: Vec<u64> = fb.tokens[fb.core..].iter().map(|t| t.norm).collect();
    let pairs = align(&ka, &kb);
    let all_gaps = gaps(&pairs, ka.len(), kb.len());
    let mut keep_a = vec![true; ka.len()];
    let mut keep_b = vec![true; kb.len()];
    for g in all_gaps
        .iter()
        .filter(|g| g.is_edge() || g.is_lopsided_edge())
    {
        keep_a[g.a.clone()].iter_mut().for_each(|k| *k = false);
        keep_b[g.b.clone()].iter_mut().for_each(|k| *k = false);
    }
    number_changes(&a, &b, &pairs, &all_gaps, &mut changes);
    let reported = a.s.kind != StatementKind::Direct || b.s.kind != StatementKind::Direct;
    hedge_change(&a, &b, &keep_a, &keep_b, reported, &mut changes);
    negation_change(&a, &b, &keep_a, &keep_b, &mut changes);
    date_changes(&a, &b, &mut changes);
    let similarity = content_similarity(&fa.content, &fb.content);
    reworded(&a, &b, quote_compared, similarity, &mut changes);
    if changes.is_empty() {
        changes.push(Change::new(
            Detail::Identical,
            Some(a.s.span),
            Some(b.s.span),
        ));
    }
    Diff {
        similarity,
        changes,
    }
}

fn speaker_change(a: &Side, b: &Side, out: &mut Vec<Change>) {
    // The statement's own speakers are parsed once, and serve as the effective ones too
    // when no embedded report names another.
    let (oa, outer_a, outer_span_a) = a.outer_speaker();
    let (ob, outer_b, outer_span_b) = b.outer_speaker();
    let (frame_a, frame_b) = (a.frame_speaker(), b.frame_speaker());
    let (ea, name_a, span_a) = frame_a
        .as_ref()
        .map_or((&oa, &outer_a, outer_span_a), |(x, n, s)| (x, n, *s));
    let (eb, name_b, span_b) = frame_b
        .as_ref()
        .map_or((&ob, &outer_b, outer_span_b), |(x, n, s)| (x, n, *s));
    let effective = relation(ea, eb);
    let outer = relation(&oa, &ob);
    if effective.is_change() {
        out.push(Change::new(
            Detail::SpeakerChanged {
                from: name_a.clone(),
                to: name_b.clone(),
                relation: effective,
            },
            span_a,
            span_b,
        ));
    } else if outer == SpeakerRelation::Different {
        out.push(Change::new(
            Detail::SpeakerChanged {
                from: outer_a,
                to: outer_b,
                relation: outer,
            },
            outer_span_a,
            outer_span_b,
        ));
    }
}

fn cue_change(a: &Side, b: &Side, out: &mut Vec<Change>) {
    let (Some((la, ca, wa, sa)), Some((lb, cb, wb, sb))) = (a.cue(), b.cue()) else {
        return;
    };
    let plain = |c: CueClass| c == CueClass::Neutral;
    if la != lb && !(plain(ca) && plain(cb)) {
        out.push(Change::new(
            Detail::CueChanged {
                from: wa,
                to: wb,
                from_class: ca,
                to_class: cb,
            },
            sa,
            sb,
        ));
    }
}

/// Quote changes from aligning the quoted words of both sides; false when the quotes
/// share no word (different passages: left to `reworded`).
fn quote_changes(a: &Side, b: &Side, out: &mut Vec<Change>) -> bool {
    let qa: Vec<usize> = (0..a.f.tokens.len())
        .filter(|&i| a.f.tokens[i].has(flag::QUOTED))
        .collect();
    let qb: Vec<usize> = (0..b.f.tokens.len())
        .filter(|&i| b.f.tokens[i].has(flag::QUOTED))
        .collect();
    let ka: Vec<u64> = qa.iter().map(|&i| a.f.tokens[i].exact).collect();
    let kb: Vec<u64> = qb.iter().map(|&i| b.f.tokens[i].exact).collect();
    let pairs = align(&ka, &kb);
    // Quotes that share no content word, or a single word, are different passages.
    let shared_content = pairs
        .iter()
        .filter(|&&(i, _)| !a.f.tokens[qa[i]].has(flag::STOP))
        .count();
    if pairs.len() < 2 || shared_content == 0 {
        return false;
    }
    // Two quoted words are adjacent in the text when no unquoted word lies between.
    let contiguous = |q: &[usize], r: std::ops::Range<usize>| -> bool {
        let lo = r.start.saturating_sub(1);
        let hi = (r.end + 1).min(q.len());
        q[lo..hi].windows(2).all(|w| w[1] == w[0] + 1)
    };
    for g in gaps(&pairs, qa.len(), qb.len()) {
        let ia: Vec<usize> = qa[g.a.clone()].to_vec();
        let ib: Vec<usize> = qb[g.b.clone()].to_vec();
        if g.is_edge() {
            let at = if g.leading { End::Start } else { End::End };
            let change = if ib.is_empty() {
                Detail::QuoteTruncated {
                    removed: a.words(&ia),
                    at,
                }
            } else {
                Detail::QuoteExtended {
                    added: b.words(&ib),
                    at,
                }
            };
            out.push(Change::new(change, a.span(&ia), b.span(&ib)));
            continue;
        }
        // An edit that spans a break between two partial quotes is paraphrase around
        // the quotes, not a change inside them.
        if !(contiguous(&qa, g.a.clone()) && contiguous(&qb, g.b.clone())) {
            continue;
        }
        let material = ia
            .iter()
            .map(|&i| a.f.tokens[i])
            .chain(ib.iter().map(|&i| b.f.tokens[i]))
            .any(|t| t.has(flag::MATERIAL));
        out.push(Change::new(
            Detail::QuoteAltered {
                from: a.words(&ia),
                to: b.words(&ib),
                material,
            },
            a.span(&ia).or_else(|| insertion_point(a, &qa, g.a.start)),
            b.span(&ib).or_else(|| insertion_point(b, &qb, g.b.start)),
        ));
    }
    true
}

/// The empty span where words were inserted on the other side: after quoted word
/// `k - 1`.
fn insertion_point(side: &Side, q: &[usize], k: usize) -> Option<Span> {
    let t = side.f.tokens.get(*q.get(k.checked_sub(1)?)?)?;
    let at = side.f.base + t.end as usize;
    Some(Span::new(at, at))
}

fn number_changes(
    a: &Side,
    b: &Side,
    pairs: &[(usize, usize)],
    all_gaps: &[Gap],
    out: &mut Vec<Change>,
) {
    let (ca, cb) = (a.f.core, b.f.core);
    let push = |i: usize, j: usize, out: &mut Vec<Change>| {
        let (Some(qa), Some(qb)) = (a.f.quantity_at(i), b.f.quantity_at(j)) else {
            return;
        };
        if !qa.same_as(qb) {
            out.push(Change::new(
                Detail::NumberChanged {
                    from: qa.text.clone(),
                    to: qb.text.clone(),
                    from_value: qa.value,
                    to_value: qb.value,
                },
                Some(qa.span),
                Some(qb.span),
            ));
        }
    };
    for &(i, j) in pairs {
        if a.f.tokens[ca + i].has(flag::NUMBER) {
            push(ca + i, cb + j, out);
        }
    }
    // Numbers in the same interior gap on both sides: paired by unit, then in order.
    for g in all_gaps
        .iter()
        .filter(|g| !(g.is_edge() || g.is_lopsided_edge()))
    {
        let na: Vec<usize> =
            g.a.clone()
                .map(|i| ca + i)
                .filter(|&i| a.f.tokens[i].has(flag::NUMBER))
                .collect();
        // Each number of B with its quantity and its unit's key, worked out once: the
        // keys are compared many times below, and making one allocates.
        let mut nb: VecDeque<(usize, Option<&Quantity>, Option<String>)> =
            g.b.clone()
                .map(|j| cb + j)
                .filter(|&j| b.f.tokens[j].has(flag::NUMBER))
                .map(|j| {
                    let qb = b.f.quantity_at(j);
                    (j, qb, qb.and_then(|q| q.unit.as_deref()).map(unit_key))
                })
                .collect();
        for i in na {
            let Some(qa) = a.f.quantity_at(i) else {
                continue;
            };
            let ka = qa.unit.as_deref().map(unit_key);
            // The first number of B that can stand for it, among the next few: a gap
            // with thousands of numbers on each side pairs them in order, in linear time.
            let pick = nb
                .iter()
                .take(NUMBER_WINDOW)
                .position(|(_, qb, kb)| {
                    qb.is_some_and(|qb| {
                        (ka.is_none() || kb.is_none() || ka == *kb)
                            && !(same_value(qa.value, qb.value)
                                && qa.unit.is_none() != qb.unit.is_none())
                    })
                })
                .or((!nb.is_empty()).then_some(0));
            if let Some((j, _, _)) = pick.and_then(|k| nb.remove(k)) {
                push(i, j, out);
            }
        }
    }
}

/// The items of `spans` whose span lies in a kept token of the core.
fn kept<'x, T>(
    side: &Side,
    keep: &[bool],
    items: &'x [T],
    span: impl Fn(&T) -> Span,
) -> Vec<&'x T> {
    let tokens = &side.f.tokens[side.f.core..];
    items
        .iter()
        .filter(|item| {
            // The token the item starts in (tokens are in text order): binary search.
            let Some(at) = span(item).start.checked_sub(side.f.base) else {
                return false;
            };
            let k = tokens.partition_point(|t| (t.end as usize) <= at);
            tokens
                .get(k)
                .is_some_and(|t| t.start as usize <= at && keep.get(k).copied().unwrap_or(false))
        })
        .collect()
}

fn hedge_change(
    a: &Side,
    b: &Side,
    keep_a: &[bool],
    keep_b: &[bool],
    reported: bool,
    out: &mut Vec<Change>,
) {
    let lex = lexicon();
    let name = |h: &&super::features::Hedge| -> String {
        if reported {
            lex.unshifted(&h.name).to_string()
        } else {
            h.name.clone()
        }
    };
    let ha = kept(a, keep_a, &a.f.hedges, |h| h.span);
    let hb = kept(b, keep_b, &b.f.hedges, |h| h.span);
    let (only_a, only_b) = multiset_difference(&ha, &hb, name);
    if only_a.is_empty() && only_b.is_empty() {
        return;
    }
    out.push(Change::new(
        Detail::HedgeChanged {
            from: only_a.iter().map(|h| h.name.clone()).collect(),
            to: only_b.iter().map(|h| h.name.clone()).collect(),
        },
        only_a.first().map(|h| h.span),
        only_b.first().map(|h| h.span),
    ));
}

fn negation_change(a: &Side, b: &Side, keep_a: &[bool], keep_b: &[bool], out: &mut Vec<Change>) {
    let na: Vec<_> = kept(a, keep_a, &a.f.negations, |n| n.span)
        .into_iter()
        .filter(|n| !n.continues)
        .collect();
    let nb: Vec<_> = kept(b, keep_b, &b.f.negations, |n| n.span)
        .into_iter()
        .filter(|n| !n.continues)
        .collect();
    if na.len() == nb.len() {
        return;
    }
    let polarity = |n: usize| {
        if n == 0 {
            Polarity::Positive
        } else {
            Polarity::Negative
        }
    };
    let word = |n: &&super::features::Negation| -> String {
        match n.text.to_lowercase().replace('’', "'").as_str() {
            "n't" => "not".to_string(),
            other => other.to_string(),
        }
    };
    let (only_a, only_b) = multiset_difference(&na, &nb, word);
    out.push(Change::new(
        Detail::NegationChanged {
            from: polarity(na.len()),
            to: polarity(nb.len()),
            removed: only_a.iter().map(|n| n.text.clone()).collect(),
            added: only_b.iter().map(|n| n.text.clone()).collect(),
        },
        only_a.first().map(|n| n.span),
        only_b.first().map(|n| n.span),
    ));
}

/// Items of `a` without a counterpart of the same key in `b`, and the reverse.
fn multiset_difference<'x, T>(
    a: &[&'x T],
    b: &[&'x T],
    key: impl Fn(&&'x T) -> String,
) -> (Vec<&'x T>, Vec<&'x T>) {
    let mut unused: HashMap<String, Vec<usize>> = HashMap::new();
    for (j, y) in b.iter().enumerate().rev() {
        unused.entry(key(y)).or_default().push(j);
    }
    let mut used = vec![false; b.len()];
    let mut only_a = Vec::new();
    for x in a {
        match unused.get_mut(&key(x)).and_then(Vec::pop) {
            Some(j) => used[j] = true,
            None => only_a.push(*x),
        }
    }
    let only_b = b
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(y, _)| *y)
        .collect();
    (only_a, only_b)
}

fn date_changes(a: &Side, b: &Side, out: &mut Vec<Change>) {
    if let (Some(da), Some(db)) = (a.s.date, b.s.date)
        && da.origin == DateOrigin::Text
        && db.origin == DateOrigin::Text
    {
        let precision = da.date.precision().min(db.date.precision());
        if da.date.truncated(precision) != db.date.truncated(precision) {
            out.push(Change::new(
                Detail::DateChanged {
                    from: da.date,
                    to: db.date,
                    scope: DateScope::Statement,
                },
                da.span,
                db.span,
            ));
        }
    }
    let ca: Vec<_> = a.f.content_dates.iter().collect();
    let cb: Vec<_> = b.f.content_dates.iter().collect();
    let (only_a, only_b) = multiset_difference(&ca, &cb, |d| d.date.to_string());
    for (da, db) in only_a.iter().zip(&only_b) {
        out.push(Change::new(
            Detail::DateChanged {
                from: da.date,
                to: db.date,
                scope: DateScope::Content,
            },
            da.span,
            db.span,
        ));
    }
}

/// Content words outside what the quote comparison explains, missing on the other
/// side.
fn reworded(a: &Side, b: &Side, quote_compared: bool, similarity: f32, out: &mut Vec<Change>) {
    let unexplained = |side: &Side| -> Vec<usize> {
        (side.f.core..side.f.tokens.len())
            .filter(|&i| {
                let t = side.f.tokens[i];
                let explained = quote_compared && t.has(flag::QUOTED);
                !(t.has(flag::STOP | flag::NUMBER | flag::DATE | flag::APPROX) || explained)
            })
            .collect()
    };
    let all_a: HashSet<u64> = a.f.content.iter().copied().collect();
    let all_b: HashSet<u64> = b.f.content.iter().copied().collect();
    let missing = |side: &Side, other: &HashSet<u64>| -> Vec<usize> {
        let mut seen = HashSet::new();
        unexplained(side)
            .into_iter()
            .filter(|&i| {
                let n = side.f.tokens[i].norm;
                !other.contains(&n) && seen.insert(n)
            })
            .collect()
    };
    let removed = missing(a, &all_b);
    let added = missing(b, &all_a);
    if removed.is_empty() && added.is_empty() {
        return;
    }
    let words = |side: &Side, idx: &[usize]| -> Vec<String> {
        idx.iter()
            .take(12)
            .map(|&i| side.word(&side.f.tokens[i]).to_string())
            .collect()
    };
    out.push(Change::new(
        Detail::Reworded {
            similarity,
            removed: words(a, &removed),
            added: words(b, &added),
        },
        Some(a.s.span),
        Some(b.s.span),
    ));
}
