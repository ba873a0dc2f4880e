//! Claim features of one statement, computed once: its numbers, hedges, negations,
//! named entities and content dates, the report it embeds ("The United States
//! reiterated that …"), and the normalised words that matching and diffing use.

use super::lexicon::{class, lexicon, undotted};
use super::quantity::{Quantity, quantities};
use super::text::{Piece, PieceKind, hash, scan, stem_into, unify_spelling};
use crate::cue::CueClass;
use crate::date::StatementDate;
use crate::span::Span;
use crate::statement::{Statement, StatementKind};
use serde::{Deserialize, Serialize};

/// Bits of [`Token::flags`].
pub(crate) mod flag {
    /// A function word: not counted as content.
    pub const STOP: u16 = 1;
    /// The number of a quantity.
    pub const NUMBER: u16 = 1 << 1;
    /// Inside quote marks.
    pub const QUOTED: u16 = 1 << 2;
    /// Part of a hedge or modal.
    pub const HEDGE: u16 = 1 << 3;
    /// A negator.
    pub const NEGATION: u16 = 1 << 4;
    /// Part of a named entity.
    pub const ENTITY: u16 = 1 << 5;
    /// Part of a content date.
    pub const DATE: u16 = 1 << 6;
    /// Part of the embedded report ("The United States reiterated that").
    pub const FRAME: u16 = 1 << 7;
    /// An approximator of a quantity ("around").
    pub const APPROX: u16 = 1 << 8;
    /// The unit of a quantity ("troops" in "5,000 troops").
    pub const UNIT: u16 = 1 << 9;
    /// What a meaning-bearing edit touches: numbers (with their approximators and
    /// units), polarity, hedges, entities, dates.
    pub const MATERIAL: u16 = NUMBER | HEDGE | NEGATION | ENTITY | DATE | APPROX | UNIT;
}

/// One normalised word of a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte offsets into the statement's text.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The key of paraphrase matching: stemmed, spelling-unified, synonyms merged,
    /// pronouns one class, every number the same.
    pub norm: u64,
    /// The key of quotation matching: the word itself up to case, quote marks and
    /// spelling variants; a number by its value.
    pub exact: u64,
    /// [`flag`] bits.
    pub flags: u16,
}

impl Token {
    pub fn has(self, flags: u16) -> bool {
        self.flags & flags != 0
    }
}

/// A modal verb or hedge: "will", "may", "expected to", "reportedly".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hedge {
    /// As written.
    pub text: String,
    /// The hedge it is, lower case: "will", "could", "expected to".
    pub name: String,
    /// Where it stands in the document.
    pub span: Span,
}

/// A negator: "not", "n't", "never", "no".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Negation {
    /// As written ("n't" for a contraction).
    pub text: String,
    /// Where it stands in the document.
    pub span: Span,
    /// True for "nor"/"neither" carrying on an earlier negation ("not seek nor
    /// request"): part of one negation, not a second one.
    pub continues: bool,
}

/// Whether a statement asserts or negates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// No negation.
    #[default]
    Positive,
    /// At least one negation.
    Negative,
}

/// A named entity: a country or capital ("Washington"), or a run of capitalised words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// As written.
    pub text: String,
    /// Where it stands in the document.
    pub span: Span,
    /// What it is known by across documents: a country's id ("us" for "U.S.",
    /// "Washington" and "American"), else the lower-case words without full stops.
    pub key: String,
}

/// A report embedded at the start of a statement's words: "it reiterated …" in
/// "The United States said it reiterated …", or "The United States reiterated that …"
/// inside a quotation of a joint statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    /// The subject as written, or `None` for a pronoun (the statement's own speaker).
    pub subject: Option<String>,
    /// The subject's span in the document.
    pub subject_span: Span,
    /// The reporting verb as written ("reiterated").
    pub cue: String,
    /// Its dictionary form ("reiterate").
    pub lemma: String,
    /// Its class.
    pub class: CueClass,
    /// The whole frame, "that" included.
    pub span: Span,
}

/// Everything comparison needs to know about one statement, computed in one pass over
/// its text.
///
/// ```
/// use quotetrack::compare::{Features, Polarity};
/// # use quotetrack::{Document, extract};
/// let doc = Document::new("d", "“We will not send another 2,500 troops,” Mr Smith said.");
/// let features = Features::of(&extract(&doc).statements[0]);
/// assert_eq!(features.hedges[0].name, "will");
/// assert_eq!(features.polarity, Polarity::Negative);
/// assert_eq!(features.quantities[0].text, "another 2,500 troops");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Features {
    /// Numbers with their approximators and units.
    pub quantities: Vec<Quantity>,
    /// Modal verbs and hedges.
    pub hedges: Vec<Hedge>,
    /// Negators.
    pub negations: Vec<Negation>,
    /// Negative when the claim (after an embedded report) holds a negation.
    pub polarity: Polarity,
    /// Named entities.
    pub entities: Vec<Entity>,
    /// Dates inside the words, as the extractor resolved them.
    pub content_dates: Vec<StatementDate>,
    /// A report the words begin with, when they do.
    pub frame: Option<Frame>,
    /// Normalised words (internal).
    #[serde(skip)]
    pub(crate) tokens: Vec<Token>,
    /// The first token of the claim itself, after any frame (internal).
    #[serde(skip)]
    pub(crate) core: usize,
    /// Sorted, distinct `norm` keys of the claim's content words (internal).
    #[serde(skip)]
    pub(crate) content: Vec<u64>,
    /// The subset of `content` that are names (internal).
    #[serde(skip)]
    pub(crate) names: Vec<u64>,
    /// The statement's first byte in its document (internal).
    #[serde(skip)]
    pub(crate) base: usize,
    /// Quantities by their number token (internal): `(token, index in quantities)`.
    #[serde(skip)]
    pub(crate) quantity_tokens: Vec<(usize, usize)>,
}

/// Pronouns that can be the subject of an embedded report.
const SUBJECT_PRONOUNS: [&str; 6] = ["he", "she", "it", "they", "we", "i"];
/// Words allowed between the subject of an embedded report and its verb.
const FRAME_FILLERS: [&str; 8] = [
    "has",
    "have",
    "had",
    "also",
    "again",
    "repeatedly",
    "previously",
    "once",
];

impl Features {
    /// The features of `statement`, from its text, kind and content dates alone.
    pub fn of(statement: &Statement) -> Features {
        build(statement)
    }

    /// The claim's words without an embedded report, as written: "it does not seek …"
    /// for "The United States reiterated that it does not seek …".
    pub fn core_text<'s>(&self, statement: &'s Statement) -> &'s str {
        let start = self
            .tokens
            .get(self.core)
            .map_or(statement.text.len(), |t| t.start as usize);
        statement.text.get(start..).unwrap_or("")
    }

    /// The document span of tokens `range` (internal).
    pub(crate) fn span_of(&self, range: std::ops::Range<usize>) -> Option<Span> {
        let first = self.tokens.get(range.start)?;
        let last = self.tokens.get(range.end.checked_sub(1)?)?;
        (range.start < range.end).then(|| {
            Span::new(
                self.base + first.start as usize,
                self.base + last.end as usize,
            )
        })
    }

    /// The quantity whose number is token `i` (internal).
    pub(crate) fn quantity_at(&self, i: usize) -> Option<&Quantity> {
        // Sorted by token, as they were found.
        let k = self
            .quantity_tokens
            .binary_search_by_key(&i, |&(t, _)| t)
            .ok()?;
        self.quantities.get(self.quantity_tokens[k].1)
    }
}

fn build(statement: &Statement) -> Features {
    let lex = lexicon();
    let text = statement.text.as_str();
    let base = statement.span.start;
    let pieces = scan(text, statement.kind == StatementKind::Direct);
    // Pieces inside a content date are dates, not numbers or content.
    let date_spans: Vec<Span> = statement
        .content_dates
        .iter()
        .filter_map(|d| d.span)
        .filter_map(|s| {
            Some(Span::new(
                s.start.checked_sub(base)?,
                s.end.checked_sub(base)?,
            ))
        })
        .collect();
    let in_date: Vec<bool> = pieces
        .iter()
        .map(|p| {
            date_spans
                .iter()
                .any(|d| d.start <= p.start && p.end <= d.end)
        })
        .collect();
    let found = quantities(text, base, &pieces, &in_date);
    // The lists each piece is in, looked up once for the tests below.
    let mut classes: Vec<u8> = pieces.iter().map(|p| lex.classes(&p.lower)).collect();

    // Group pieces into tokens: a country name of several words, or the number of a
    // quantity, is one token.
    let mut groups: Vec<(std::ops::Range<usize>, Group)> = Vec::with_capacity(pieces.len());
    let mut f = 0;
    let mut i = 0;
    while i < pieces.len() {
        while found.get(f).is_some_and(|q| q.number.end <= i) {
            f += 1;
        }
        if let Some(q) = found.get(f).filter(|q| q.number.start == i) {
            groups.push((q.number.clone(), Group::Number(f)));
            i = q.number.end.max(i + 1);
            continue;
        }
        if let Some((len, id)) = country_at(&pieces, i) {
            groups.push((i..i + len, Group::Country(id)));
            i += len;
            continue;
        }
        groups.push((i..i + 1, Group::Word));
        i += 1;
    }

    let mut features = Features {
        base,
        content_dates: statement.content_dates.clone(),
        tokens: Vec::with_capacity(groups.len()),
        ..Features::default()
    };
    // Approximators and units of quantities, marked beside the classes of the pieces.
    for q in &found {
        for c in &mut classes[q.all.start..q.number.start] {
            *c |= APPROX_PIECE;
        }
        for c in &mut classes[q.number.end..q.all.end] {
            *c |= UNIT_PIECE;
        }
    }
    let number_hash = hash("#");
    let pronoun_hash = hash("PRON");
    let mut stem_buf = String::new();
    for (range, group) in &groups {
        let first = &pieces[range.start];
        let last = &pieces[range.end - 1];
        let mut flags = 0;
        if range.clone().any(|k| pieces[k].quoted) {
            flags |= flag::QUOTED;
        }
        if range.clone().any(|k| in_date[k]) {
            flags |= flag::DATE;
        }
        let (norm, exact) = match group {
            Group::Number(q) => {
                flags |= flag::NUMBER;
                features.quantity_tokens.push((features.tokens.len(), *q));
                let v = found[*q].quantity.value;
                (number_hash, hash(&format!("#{v}")))
            }
            Group::Country(id) => {
                flags |= flag::ENTITY;
                let h = hash(&format!("@{id}"));
                (h, h)
            }
            Group::Word => {
                let lower = first.lower.as_ref();
                if classes[range.start] & APPROX_PIECE != 0 {
                    flags |= flag::APPROX;
                }
                if classes[range.start] & UNIT_PIECE != 0 {
                    flags |= flag::UNIT;
                }
                if first.kind == PieceKind::Symbol {
                    flags |= flag::STOP;
                    let h = hash(lower);
                    (h, h)
                } else if classes[range.start] & class::PRONOUN != 0 {
                    flags |= flag::STOP;
                    (pronoun_hash, hash(lower))
                } else {
                    let bare = undotted(lower);
                    let unified = unify_spelling(&bare);
                    // `is_stop` covers the calendar words too.
                    if classes[range.start] & class::STOP != 0 {
                        flags |= flag::STOP;
                        let h = hash(&unified);
                        (h, h)
                    } else {
                        stem_into(&unified, &mut stem_buf);
                        let s = lex.synonym(&stem_buf).unwrap_or(&stem_buf);
                        if is_name(&pieces, &classes, range.start) {
                            flags |= flag::ENTITY;
                        }
                        (hash(s), hash(&unified))
                    }
                }
            }
        };
        features.tokens.push(Token {
            start: first.start as u32,
            end: last.end as u32,
            norm,
            exact,
            flags,
        });
    }
    // Moved, not cloned: the quantities were only read for their values above.
    features.quantities = found.into_iter().map(|q| q.quantity).collect();
    // Piece index → token index, for hedges and negations found on pieces.
    let mut token_of = vec![0usize; pieces.len()];
    for (t, (range, _)) in groups.iter().enumerate() {
        for k in range.clone() {
            token_of[k] = t;
        }
    }
    mark_hedges(&mut features, &pieces, &classes, &token_of, text);
    find_frame(&mut features, &pieces, &groups, text);
    mark_negations(&mut features, &pieces, &classes, &token_of, text);
    collect_entities(&mut features, &groups, text);
    features.polarity = if features
        .negations
        .iter()
        .any(|n| !n.continues && n.span.start >= features.core_start_byte())
    {
        Polarity::Negative
    } else {
        Polarity::Positive
    };
    let mut content: Vec<u64> = features.tokens[features.core..]
        .iter()
        .filter(|t| !t.has(flag::STOP | flag::NUMBER | flag::DATE | flag::APPROX))
        .map(|t| t.norm)
        .collect();
    content.sort_unstable();
    content.dedup();
    features.content = content;
    let mut names: Vec<u64> = features.tokens[features.core..]
        .iter()
        .filter(|t| t.has(flag::ENTITY) && !t.has(flag::STOP | flag::NUMBER | flag::DATE))
        .map(|t| t.norm)
        .collect();
    names.sort_unstable();
    names.dedup();
    features.names = names;
    features
}

/// A piece that is a quantity's approximator: a bit beside the [`class`] bits, which
/// use the low four.
const APPROX_PIECE: u8 = 1 << 6;
/// A piece that is a quantity's unit.
const UNIT_PIECE: u8 = 1 << 7;
const _: () = assert!(
    (APPROX_PIECE | UNIT_PIECE) & (class::STOP | class::PRONOUN | class::NEGATION | class::MODAL)
        == 0
);

#[derive(Clone, Copy, Debug)]
enum Group {
    Word,
    Number(usize),
    Country(&'static str),
}

impl Features {
    /// The document offset where the claim's core starts.
    fn core_start_byte(&self) -> usize {
        self.tokens
            .get(self.core)
            .map_or(usize::MAX, |t| self.base + t.start as usize)
    }
}

/// A country's name starting at piece `i`: its length in pieces and the country's id.
fn country_at(pieces: &[Piece], i: usize) -> Option<(usize, &'static str)> {
    let first = &pieces[i];
    if !first.capital || first.kind != PieceKind::Word {
        return None;
    }
    let key = undotted(&first.lower);
    for (words, id) in lexicon().countries(&key) {
        let Some(window) = pieces.get(i..i + words.len()) else {
            continue;
        };
        let matches = window.iter().zip(words).all(|(p, w)| {
            let surface = undotted(&p.lower);
            let caps_needed = w.len() > 1 && w.chars().all(|c| c.is_uppercase());
            surface.eq_ignore_ascii_case(w) && p.capital && (!caps_needed || p.all_caps)
        });
        if matches {
            return Some((words.len(), id));
        }
    }
    None
}

/// A capitalised word that names something: not a function word, and at the start of
/// a sentence only when the next word is capitalised too ("White House").
fn is_name(pieces: &[Piece], classes: &[u8], i: usize) -> bool {
    let p = &pieces[i];
    if !p.capital || p.kind != PieceKind::Word {
        return false;
    }
    if !p.sentence_start {
        return true;
    }
    pieces.get(i + 1).is_some_and(|n| {
        n.capital && n.kind == PieceKind::Word && classes[i + 1] & class::STOP == 0
    })
}

fn mark_hedges(
    features: &mut Features,
    pieces: &[Piece],
    classes: &[u8],
    token_of: &[usize],
    text: &str,
) {
    let lex = lexicon();
    let mut i = 0;
    while i < pieces.len() {
        let p = &pieces[i];
        // "May" inside a sentence is the month.
        let month = p.lower == "may" && p.capital && !p.sentence_start;
        // A word of no hedge's start has no phrase to try.
        let hit = (!month && classes[i] & class::MODAL != 0)
            .then(|| {
                lex.modals(&p.lower).iter().find(|phrase| {
                    pieces.get(i..i + phrase.words.len()).is_some_and(|w| {
                        w.iter()
                            .zip(&phrase.words)
                            .all(|(p, word)| p.lower == *word)
                    })
                })
            })
            .flatten();
        let Some(phrase) = hit else {
            i += 1;
            continue;
        };
        let last = i + phrase.words.len() - 1;
        for &t in &token_of[i..=last] {
            features.tokens[t].flags |= flag::HEDGE;
        }
        let span = Span::new(pieces[i].start, pieces[last].end);
        features.hedges.push(Hedge {
            text: text[span.range()].to_string(),
            name: phrase.name.replace('_', " "),
            span: span.shifted(features.base),
        });
        i = last + 1;
    }
}

fn mark_negations(
    features: &mut Features,
    pieces: &[Piece],
    classes: &[u8],
    token_of: &[usize],
    text: &str,
) {
    let mut last_negation: Option<usize> = None;
    for (i, p) in pieces.iter().enumerate() {
        let word = p.lower.as_ref();
        let continuing = matches!(word, "nor" | "neither");
        let negates = classes[i] & class::NEGATION != 0
            // "not only … but also" does not negate.
            && !(word == "not" && pieces.get(i + 1).is_some_and(|n| n.lower == "only"));
        if !(negates || continuing) {
            continue;
        }
        let continues = continuing && last_negation.is_some_and(|l| i - l <= 8);
        features.tokens[token_of[i]].flags |= flag::NEGATION;
        features.negations.push(Negation {
            text: text[p.start..p.end].to_string(),
            span: Span::new(p.start, p.end).shifted(features.base),
            continues,
        });
        last_negation = Some(i);
    }
}

/// Finds a report the words begin with: a subject (a pronoun or a capitalised name),
/// perhaps "has" or an adverb, a reporting verb, perhaps "that", and at least three
/// more words.
fn find_frame(
    features: &mut Features,
    pieces: &[Piece],
    groups: &[(std::ops::Range<usize>, Group)],
    text: &str,
) {
    let lower = |t: usize| groups.get(t).map(|(r, _)| pieces[r.start].lower.as_ref());
    let tokens = &features.tokens;
    let mut t = 0;
    let subject_end;
    let mut pronoun = false;
    if lower(0).is_some_and(|w| SUBJECT_PRONOUNS.contains(&w)) {
        pronoun = true;
        subject_end = 1;
    } else {
        let mut named = false;
        while t < tokens.len().min(6) {
            let w = lower(t).unwrap_or("");
            if tokens[t].has(flag::ENTITY) {
                named = true;
            } else if !(matches!(w, "the" | "of" | "and") && (t > 0 || w == "the")) {
                break;
            }
            t += 1;
        }
        if !named || !tokens[t.saturating_sub(1)].has(flag::ENTITY) {
            return;
        }
        subject_end = t;
    }
    let mut v = subject_end;
    while lower(v).is_some_and(|w| FRAME_FILLERS.contains(&w)) {
        v += 1;
    }
    let Some(word) = lower(v) else { return };
    let Some(form) = crate::lexicon::lexicon()
        .verb(word)
        .iter()
        .find(|f| !f.gerund && f.particle.is_none())
    else {
        return;
    };
    let mut core = v + 1;
    if lower(core) == Some("that") {
        core += 1;
    }
    if tokens.len() < core + 3 {
        return;
    }
    let subject_span = Span::new(
        tokens[0].start as usize,
        tokens[subject_end - 1].end as usize,
    );
    let verb = &tokens[v];
    let span = Span::new(tokens[0].start as usize, tokens[core - 1].end as usize);
    features.frame = Some(Frame {
        subject: (!pronoun).then(|| text[subject_span.range()].to_string()),
        subject_span: subject_span.shifted(features.base),
        cue: text[verb.start as usize..verb.end as usize].to_string(),
        lemma: form.lemma.to_string(),
        class: form.class,
        span: span.shifted(features.base),
    });
    for token in &mut features.tokens[..core] {
        token.flags |= flag::FRAME;
    }
    features.core = core;
}

/// The lower-case words of a written name without full stops, curly apostrophes made
/// straight: `undotted(&lower).replace('’', "'")` in one pass after lowering (the two
/// rewrite different characters, so their order does not matter).
fn entity_key(written: &str) -> String {
    let lower = written.to_lowercase();
    let mut key = String::with_capacity(lower.len());
    for c in lower.chars() {
        match c {
            '.' => {}
            '’' => key.push('\''),
            c => key.push(c),
        }
    }
    debug_assert_eq!(key, undotted(&lower).replace('’', "'"));
    key
}

fn collect_entities(
    features: &mut Features,
    groups: &[(std::ops::Range<usize>, Group)],
    text: &str,
) {
    let mut t = 0;
    while t < features.tokens.len() {
        let token = features.tokens[t];
        if let Group::Country(id) = groups[t].1 {
            features.entities.push(Entity {
                text: text[token.start as usize..token.end as usize].to_string(),
                span: Span::new(token.start as usize, token.end as usize).shifted(features.base),
                key: id.to_string(),
            });
            t += 1;
            continue;
        }
        if !token.has(flag::ENTITY) {
            t += 1;
            continue;
        }
        let mut end = t + 1;
        while end < features.tokens.len()
            && features.tokens[end].has(flag::ENTITY)
            && matches!(groups[end].1, Group::Word)
        {
            end += 1;
        }
        let span = Span::new(token.start as usize, features.tokens[end - 1].end as usize);
        let written = &text[span.range()];
        features.entities.push(Entity {
            text: written.to_string(),
            span: span.shifted(features.base),
            key: entity_key(written),
        });
        t = end;
    }
}
