//! The pipeline: text → paragraphs → quotes → attribution frames → resolved statements.

use crate::attribution::{Attribution, RawStatement, find_statements};
use crate::cue::Cue;
use crate::date::{Date, DateOrigin, DatePrecision, StatementDate};
use crate::dates::{
    LONGEST_EXPRESSION, TimeExpression, expression_at, has_four_digits, may_resolve,
    may_start_with, time_expressions,
};
use crate::lanes::{equal_lanes, first_stop, non_alphanumeric_lanes};
use crate::lexicon::with_short_lower;
use crate::resolve::Registry;
use crate::segment::{SentenceEnds, ceil_boundary, floor_boundary, is_space};
use crate::source::Document;
use crate::span::Span;
use crate::speaker::Speaker;
use crate::statement::{Statement, StatementKind};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// Settings of an [`Extractor`]. Build one with [`Config::builder`] or take the default.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// Statements whose confidence is below this are dropped (0 keeps everything).
    pub min_confidence: f32,
    /// Also find what sources believe, hope, fear, want or intend, as
    /// [`StatementKind::Belief`] statements (off by default: they are not speech).
    #[serde(default)]
    pub beliefs: bool,
    /// Find quotations only: the direct and mixed statements framed around quote
    /// marks, with their speakers resolved and dated as ever. Reported speech ("X said
    /// that …", "according to X, …") and beliefs are not looked for, which takes about
    /// half the time (off by default).
    #[serde(default)]
    pub quotes_only: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            min_confidence: 0.0,
            beliefs: false,
            quotes_only: false,
        }
    }
}

impl Config {
    /// A builder starting from the defaults.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder {
            config: Config::default(),
        }
    }
}

/// Builds a [`Config`].
#[derive(Clone, Debug, Default)]
pub struct ConfigBuilder {
    config: Config,
}

impl ConfigBuilder {
    /// Keep only statements at or above this confidence (clamped to 0..=1).
    pub fn min_confidence(mut self, threshold: f32) -> ConfigBuilder {
        self.config.min_confidence = threshold.clamp(0.0, 1.0);
        self
    }

    /// Also find beliefs, hopes, fears, wishes and intentions ("X believes the plan will
    /// work") as [`StatementKind::Belief`] statements.
    pub fn beliefs(mut self, on: bool) -> ConfigBuilder {
        self.config.beliefs = on;
        self
    }

    /// Find quotations only, not reported speech nor beliefs ([`Config::quotes_only`]):
    /// about twice as fast, for work that needs only what was said in quote marks. The
    /// speakers are resolved as ever, from every sentence's subject too:
    ///
    /// ```
    /// use quotetrack::{Config, Document, Extractor, StatementKind};
    ///
    /// let text = "Jane Doe said prices would rise. \
    ///             \"We expect a hard winter,\" she told reporters.";
    /// let doc = Document::new("example", text);
    /// let quotes = Extractor::new(Config::builder().quotes_only(true).build());
    /// let found = quotes.extract(&doc).statements;
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].kind, StatementKind::Direct);
    /// assert_eq!(found[0].text, "We expect a hard winter,");
    /// assert_eq!(found[0].speaker.as_ref().unwrap().name, "Jane Doe");
    /// ```
    pub fn quotes_only(mut self, on: bool) -> ConfigBuilder {
        self.config.quotes_only = on;
        self
    }

    /// The finished configuration.
    pub fn build(self) -> Config {
        self.config
    }
}

/// Everything extracted from one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The statements, in text order.
    pub statements: Vec<Statement>,
    /// The document's speaker registry, with every mention; the statements of each
    /// speaker share one copy of it without the mentions ([`Statement::speaker`]).
    pub speakers: Vec<Speaker>,
}

/// Extracts attributed statements from documents, under a [`Config`].
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    config: Config,
}

impl Extractor {
    /// An extractor with the given settings.
    pub fn new(config: Config) -> Extractor {
        Extractor { config }
    }

    /// The settings in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// All attributed statements of `doc`, with its speaker registry.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let found = find_statements(&doc.text, &self.config);
        let text = doc.text.as_str();
        let mut registry = Registry::default();
        // The entity of each statement, by its index in `found.statements` (the
        // statements stay where they are: only their ids are gathered beside them).
        let mut ids: Vec<Option<usize>> = Vec::with_capacity(found.statements.len());
        // Mentions that start where a speaker phrase starts are that speaker. (A sorted
        // vector: built once, probed by binary search, no hashing. Room for every
        // statement at once: the filter hides the count from `collect`, which would
        // grow the vector from four, reallocating it a few times per document.)
        let mut speaker_starts: Vec<usize> = Vec::with_capacity(found.statements.len());
        speaker_starts.extend(found.statements.iter().filter_map(|r| match r.speaker {
            Attribution::Phrase(span) => Some(span.start),
            Attribution::SameAs(_) | Attribution::Nobody => None,
        }));
        speaker_starts.sort_unstable();
        // A mention is observed when a statement's attribution comes after it, so none
        // past the last attribution is: those sentences' subjects are not read. Nor is
        // a mention that starts where a speaker phrase does (that is the speaker).
        let last_at = found
            .statements
            .iter()
            .map(attribution_start)
            .max()
            .unwrap_or(0);
        let mentions = found.mentions_before(text, last_at, &speaker_starts);
        let mut mentions = mentions.iter().peekable();
        for r in &found.statements {
            // Mentions read before this statement's speaker are antecedents for it.
            let at = attribution_start(r);
            while let Some(&&m) = mentions.peek() {
                if m.start >= at {
                    break;
                }
                mentions.next();
                registry.observe(&text[m.range()], m);
            }
            let id = match r.speaker {
                Attribution::Phrase(span) => {
                    // "…,” said Enver Solomon, the charity’s chief executive.": the
                    // role after a speaker is read with it (the mention stays the name).
                    // An appositive opens with the comma right after the phrase
                    // (`appositive_after` asks for it first): with none there, as after
                    // most speakers ("he said."), neither text is sliced for it.
                    let end = if text.as_bytes().get(span.end) == Some(&b',') {
                        let phrase = &text[span.range()];
                        let after = &text[span.end..ceil_boundary(text, span.end + 160)];
                        crate::grammar::appositive_after(phrase, after, true)
                            .map_or(span.end, |k| span.end + k)
                    } else {
                        debug_assert_eq!(
                            crate::grammar::appositive_after(
                                &text[span.range()],
                                &text[span.end..ceil_boundary(text, span.end + 160)],
                                true
                            ),
                            None
                        );
                        span.end
                    };
                    // (One cut at the phrase's start gives both texts.)
                    let (before, from) = text.split_at(span.start);
                    registry.resolve(&from[..end - span.start], span, before)
                }
                Attribution::SameAs(k) => ids
                    .get(k)
                    .copied()
                    .flatten()
                    .inspect(|&id| registry.touch(id)),
                Attribution::Nobody => None,
            };
            ids.push(id);
        }
        let found_statements = &found.statements;
        let dating = Dating::new(
            text,
            doc.source.published,
            found_statements,
            found.sentence_ends,
        );
        // The statements of one entity share one copy of it (without its mentions, so a
        // statement's size does not grow with the document), made the first time one of
        // them needs it: a copy per statement cost several allocations each.
        let mut shared: Vec<Option<Arc<Speaker>>> = vec![None; registry.entity_count()];
        let mut speaker_of = |id: usize| -> Arc<Speaker> {
            shared[id]
                .get_or_insert_with(|| {
                    let full = registry.speaker(id);
                    Arc::new(Speaker {
                        name: full.name.clone(),
                        kind: full.kind,
                        role: full.role.clone(),
                        affiliation: full.affiliation.clone(),
                        aliases: full.aliases.clone(),
                        mentions: Vec::new(),
                    })
                })
                .clone()
        };
        let source = Arc::new(doc.source.clone());
        // One pass dates each statement and builds it: a statement's date reads only
        // the dates before it (a quotation carrying on takes its source's), so each is
        // known when its statement is built. (A loop with a push into room made at
        // once, where `extend` over a filter of two zips cost more per statement.)
        let mut dates: Vec<Option<StatementDate>> = Vec::with_capacity(found_statements.len());
        let mut statements = Vec::with_capacity(found_statements.len());
        for (r, id) in found_statements.iter().zip(&ids) {
            let date = dating.statement_date(r, &dates);
            dates.push(date);
            if r.confidence < self.config.min_confidence {
                continue;
            }
            statements.push(Statement {
                kind: r.kind,
                text: text[r.span.range()].to_string(),
                span: r.span,
                speaker: id.map(&mut speaker_of),
                speaker_mention: match r.speaker {
                    Attribution::Phrase(span) => Some(span),
                    _ => None,
                },
                cue: r.cue.map(|c| Cue {
                    text: text[c.span.range()].to_string(),
                    lemma: Cow::Borrowed(c.verb.lemma),
                    class: c.verb.class,
                    span: c.span,
                }),
                date,
                content_dates: dating.content_dates(r, date),
                source: Arc::clone(&source),
                paragraph: r.paragraph,
                confidence: r.confidence,
                rule: Cow::Borrowed(r.rule),
            });
        }
        Extraction {
            statements,
            speakers: registry.into_speakers(),
        }
    }
}

/// Where the attribution of `r` starts: at its speaker phrase when that comes first,
/// else at its words. Mentions before it are antecedents for its speaker.
fn attribution_start(r: &RawStatement<'_>) -> usize {
    match r.speaker {
        Attribution::Phrase(span) => span.start.min(r.span.start),
        Attribution::SameAs(_) | Attribution::Nobody => r.span.start,
    }
}

/// Extracts statements from `doc` with the default [`Config`].
pub fn extract(doc: &Document) -> Extraction {
    Extractor::default().extract(doc)
}

// ---------------------------------------------------------------------------------------
// When each statement was made

/// How far past the end of a cue (in bytes) a time expression may start: "told a news
/// conference in Baghdad on Thursday".
const AFTER_CUE: usize = 64;
/// How many words may stand between a cue and its time expression.
const WORDS_AFTER_CUE: usize = 6;
/// How far past the last stretch known to hold no four digits in a row a window may
/// start and still extend it ([`Dating::may_resolve`]): the bytes between are read too.
const CLEAR_GAP: usize = 64;
/// How far past a window the stretch that holds no four digits in a row is read when
/// it is extended ([`Dating::may_resolve`]).
const CLEAR_AHEAD: usize = 256;
/// How far before a cue (in bytes) the attribution clause is searched: "On Thursday,
/// the foreign ministry's spokesman said".
const BEFORE_CUE: usize = 96;

/// Finds the time expressions that date statements, in windows of a few dozen bytes
/// around each cue (never the whole document per statement).
///
/// The date of a statement is the first of these that points to a time on or before
/// publication ("next week" and "since 2014" are skipped) and lies outside the words of
/// every statement:
///
/// 1. after the cue, before any clause starts ("said on Thursday that", "told reporters
///    yesterday", "said in a statement on Monday", "'…,' he said on Friday."): the scan
///    stops at the statement's own words, punctuation other than `'`, a sentence end,
///    a word that opens a clause ("that", "who", "saying", "after", "and") or a past
///    participle that describes something else ("the deal signed in 2008");
/// 2. between the speaker and the cue ("Mr Smith on Thursday said", "Mr Smith,
///    speaking on Monday, said"), also when the speaker phrase ends with it;
/// 3. at the opening of the sentence, before the speaker ("On Monday, Mr Smith told
///    reporters", "In Thursday's statement, the ministry said", "Thursday's statement
///    that …").
///
/// A quotation that carries on from an earlier one (no cue of its own) takes that one's
/// date when it came from the text. Otherwise the publication date stands in.
struct Dating<'t> {
    text: &'t str,
    published: Option<Date>,
    /// Every statement's span, sorted by start.
    spans: Vec<Span>,
    /// `reach[i]`: the furthest end among `spans[..=i]`.
    reach: Vec<usize>,
    /// The sentence ends of `text` (from [`find_statements`]).
    ends: SentenceEnds<'t>,
    /// A stretch of `text` known to hold no four digits in a row, the last one found
    /// ([`Dating::may_resolve`]).
    clear: std::cell::Cell<(usize, usize)>,
}

impl<'t> Dating<'t> {
    fn new(
        text: &'t str,
        published: Option<Date>,
        statements: &[RawStatement<'_>],
        ends: SentenceEnds<'t>,
    ) -> Dating<'t> {
        debug_assert!(std::ptr::eq(text, ends.text()));
        let mut spans: Vec<Span> = statements.iter().map(|r| r.span).collect();
        // By start alone: `in_statement` reads the spans that start before a point, and
        // the furthest end among them, whatever order spans with one start take.
        spans.sort_unstable_by_key(|s| s.start);
        // (Room for every span at once: `scan` hides the count from `collect`, which
        // would grow the vector from four.)
        let mut reach = Vec::with_capacity(spans.len());
        reach.extend(spans.iter().scan(0, |furthest, s| {
            *furthest = s.end.max(*furthest);
            Some(*furthest)
        }));
        Dating {
            text,
            published,
            spans,
            reach,
            ends,
            clear: std::cell::Cell::new((0, 0)),
        }
    }

    /// [`may_resolve`] of `window` in this text under this publication date.
    ///
    /// Without a publication date, the windows of a dense run of statements (a
    /// paragraph of short quotations) overlap or nearly touch, and each was read for
    /// four digits in a row on its own, about three times per statement. The last
    /// stretch found to hold none is kept: a window within it holds none either, and
    /// one that starts in it, or within [`CLEAR_GAP`] bytes after it, is read only
    /// from three bytes before the stretch's end (a run that reaches past the stretch
    /// starts there at the earliest), and [`CLEAR_AHEAD`] bytes further, so that the
    /// next few windows are answered at once. A window apart from the stretch is read
    /// as it stands, as before.
    #[inline]
    fn may_resolve(&self, window: Span) -> bool {
        let len = self.text.len();
        let (start, end) = (window.start.min(len), window.end.min(len));
        // (A window within the stretch is answered here, in line; others out of line.)
        let found = self.published.is_some()
            || (!self.within_clear(window) && self.reads_four_digits(start, end));
        debug_assert_eq!(found, may_resolve(self.text, window, self.published));
        found
    }

    /// True when `window` (clamped to the text) lies within the last stretch known to
    /// hold no four digits in a row ([`Dating::clear`]).
    #[inline]
    fn within_clear(&self, window: Span) -> bool {
        let len = self.text.len();
        let (from, to) = self.clear.get();
        from <= window.start.min(len) && window.end.min(len) <= to
    }

    /// [`Dating::may_resolve`] of `start..end` (within the text) without a publication
    /// date, when it does not lie within the stretch known to hold no four digits.
    #[inline(never)]
    fn reads_four_digits(&self, start: usize, end: usize) -> bool {
        let bytes = self.text.as_bytes();
        let (from, to) = self.clear.get();
        if from <= start && start <= to + CLEAR_GAP && from < to {
            let ahead = end.saturating_add(CLEAR_AHEAD).min(bytes.len());
            let read = to.saturating_sub(3).max(from);
            if has_four_digits(&bytes[read..ahead]) {
                // (A run there may lie outside the window.)
                has_four_digits(&bytes[start..end])
            } else {
                self.clear.set((from, ahead));
                false
            }
        } else {
            let found = start < end && has_four_digits(&bytes[start..end]);
            if !found && start < end {
                self.clear.set((start, end));
            }
            found
        }
    }

    /// True when `span` overlaps the words of some statement.
    fn in_statement(&self, span: Span) -> bool {
        let before = self.spans.partition_point(|s| s.start < span.end);
        before > 0 && self.reach[before - 1] > span.start
    }

    /// Whether `e` may date a statement: a point not after publication, outside every
    /// statement's words.
    fn dates_statement(&self, e: &TimeExpression) -> bool {
        !e.future && !e.since && !self.in_statement(e.span)
    }

    /// When `r` was made; `earlier` holds the dates of the statements before it.
    fn statement_date(
        &self,
        r: &RawStatement<'_>,
        earlier: &[Option<StatementDate>],
    ) -> Option<StatementDate> {
        let from_text = match (r.cue, r.speaker) {
            (Some(cue), speaker) => {
                let mention = match speaker {
                    Attribution::Phrase(span) => Some(span),
                    Attribution::SameAs(_) | Attribution::Nobody => None,
                };
                self.after_cue(cue.span, r.span)
                    .or_else(|| self.before_cue(cue.span, r.span, mention))
                    .map(|e| StatementDate {
                        date: e.date,
                        origin: DateOrigin::Text,
                        span: Some(e.span),
                    })
            }
            (None, Attribution::SameAs(k)) => earlier
                .get(k)
                .copied()
                .flatten()
                .filter(|d| d.origin == DateOrigin::Text),
            (None, Attribution::Phrase(_) | Attribution::Nobody) => None,
        };
        from_text.or_else(|| {
            self.published.map(|date| StatementDate {
                date,
                origin: DateOrigin::Publication,
                span: None,
            })
        })
    }

    /// The time expressions inside the words of `r`, dated `date`: relative ones
    /// against the publication date, or, in a direct quotation dated to the day by the
    /// text, against that day (the speaker's "yesterday" is the day before they spoke).
    fn content_dates(
        &self,
        r: &RawStatement<'_>,
        date: Option<StatementDate>,
    ) -> Vec<StatementDate> {
        let anchor = match date {
            Some(d)
                if r.kind == StatementKind::Direct
                    && d.origin == DateOrigin::Text
                    && d.date.precision() == DatePrecision::Day =>
            {
                Some(d.date)
            }
            _ => self.published,
        };
        // (Without an anchor only an expression with a year resolves, and a span in a
        // stretch known to hold no four digits in a row holds none: `time_expressions`
        // would tell the same from the span's bytes. A span elsewhere is read there
        // alone, not here and there.)
        if anchor.is_none() && self.within_clear(r.span) {
            debug_assert!(!may_resolve(self.text, r.span, None));
            return Vec::new();
        }
        time_expressions(self.text, r.span, anchor)
            .into_iter()
            .map(|e| StatementDate {
                date: e.date,
                origin: DateOrigin::Text,
                span: Some(e.span),
            })
            .collect()
    }

    /// Rule 1: an expression in the few words after the cue.
    fn after_cue(&self, cue: Span, own: Span) -> Option<TimeExpression> {
        let text = self.text;
        let mut end = cue.end.saturating_add(AFTER_CUE).min(text.len());
        if own.start >= cue.end {
            end = end.min(own.start);
        }
        let end = floor_boundary(text, end);
        // Only an expression that resolves is returned, and one starts at a word before
        // `end`, so it lies before `end + LONGEST_EXPRESSION`: when none there can
        // resolve (no year without a publication date), the words need not be read.
        if !self.may_resolve(Span::new(cue.end, end.saturating_add(LONGEST_EXPRESSION))) {
            return None;
        }
        let mut at = cue.end;
        let mut words = 0;
        while let Some((span, token)) = next_token(text, at, end) {
            match token {
                Token::Mark(c) if ends_clause(&self.ends, span.start, c) => return None,
                Token::Mark(_) => {}
                Token::Word(word) => {
                    // The expression may run past `end`, but not into a statement. (A
                    // word is never space, so `expression_at` would test its first byte
                    // first: the test is made here, and most words cost no call.)
                    if may_start_with(word.as_bytes()[0])
                        && let Some(e) = expression_at(text, span.start, self.published)
                    {
                        if self.dates_statement(&e) {
                            return Some(e);
                        }
                        at = e.span.end.max(span.end);
                        continue;
                    }
                    if !is_possessive(word) {
                        words += 1;
                        if words > WORDS_AFTER_CUE || opens_clause(word, false) {
                            return None;
                        }
                    }
                }
            }
            at = span.end;
        }
        None
    }

    /// Rules 2 and 3: an expression between the speaker and the cue, or at the opening
    /// of the sentence.
    fn before_cue(&self, cue: Span, own: Span, mention: Option<Span>) -> Option<TimeExpression> {
        let text = self.text;
        let cut = ceil_boundary(text, cue.start.saturating_sub(BEFORE_CUE));
        // The statement's own words, when they come first, bound the clause.
        let floor = if own.end <= cue.start {
            cut.max(own.end)
        } else {
            cut
        };
        // Every expression returned is found by `time_expressions` in a window within
        // `floor..cue.start`: when none there can resolve, none is found.
        if !self.may_resolve(Span::new(floor, cue.start)) {
            return None;
        }
        let floor_starts_clause = floor == 0 || (own.end <= cue.start && floor == own.end);
        let mention = mention.filter(|m| m.end <= cue.start);
        if let Some(m) = mention.filter(|m| m.end >= floor) {
            let from = m.start.max(floor);
            let found = time_expressions(text, Span::new(from, cue.start), self.published);
            let between = found.iter().rev().find(|e| {
                let placed = if e.span.start >= m.end {
                    self.plain(m.end, e.span.start, 4, &[','], false)
                } else {
                    // A speaker phrase read with its time ("Mr White on Tuesday"), or
                    // a time read as the speaker, but not a phrase that describes its
                    // speaker ("Mr Black, who took office in 2008").
                    e.span.start >= m.start
                        && next_token(text, e.span.end, m.end).is_none()
                        && self.plain(m.start, e.span.start, 12, &[','], false)
                };
                placed
                    && self.dates_statement(e)
                    && self.plain(e.span.end, cue.start, 2, &[','], false)
            });
            if between.is_some() {
                return between.copied();
            }
        }
        let anchor = mention.map_or(cue.start, |m| m.start);
        if anchor < floor {
            return None;
        }
        let start = sentence_start(&self.ends, floor, anchor, floor_starts_clause)?;
        time_expressions(text, Span::new(start, anchor), self.published)
            .into_iter()
            .rev()
            .find(|e| {
                self.dates_statement(e)
                    && self.plain(start, e.span.start, 5, &[], true)
                    && self.leads_to(e.span.end, anchor)
            })
    }

    /// True when `text[from..to]` holds at most `max_words` words (possessive `'s`
    /// aside), none opening a clause, and no punctuation but `marks`.
    fn plain(
        &self,
        from: usize,
        to: usize,
        max_words: usize,
        marks: &[char],
        opening: bool,
    ) -> bool {
        let mut at = from;
        let mut words = 0;
        while let Some((span, token)) = next_token(self.text, at, to) {
            match token {
                Token::Mark(c) if !marks.contains(&c) => return false,
                Token::Mark(_) => {}
                Token::Word(w) if is_possessive(w) => {}
                Token::Word(w) => {
                    words += 1;
                    if words > max_words || opens_clause(w, opening) {
                        return false;
                    }
                }
            }
            at = span.end;
        }
        true
    }

    /// True when an opening adverbial that ends at `from` runs on to the speaker or cue
    /// at `to`: at most three words ("'s statement"), then nothing or one comma.
    fn leads_to(&self, from: usize, to: usize) -> bool {
        let mut at = from;
        let mut words = 0;
        while let Some((span, token)) = next_token(self.text, at, to) {
            match token {
                Token::Mark(',') => return next_token(self.text, span.end, to).is_none(),
                Token::Mark(_) => return false,
                Token::Word(w) if is_possessive(w) => {}
                Token::Word(w) => {
                    words += 1;
                    if words > 3 || opens_clause(w, false) {
                        return false;
                    }
                }
            }
            at = span.end;
        }
        true
    }
}

/// A word or a punctuation mark near a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token<'t> {
    /// Letters and digits, with inner hyphens and apostrophes ("US-led", "Thursday's");
    /// also a possessive `'s` on its own.
    Word(&'t str),
    /// Any other character but white space; a line break counts as a mark.
    Mark(char),
}

/// The first token of `text[at..end]` after white space (not line breaks), with its span.
fn next_token(text: &str, at: usize, end: usize) -> Option<(Span, Token<'_>)> {
    let rest = text.get(at..end)?;
    // ASCII is read as bytes (the ASCII white space but the line break, then letters,
    // digits, hyphens and apostrophes); from the first other char on, chars.
    let spaces = rest
        .bytes()
        .position(|b| !matches!(b, b' ' | b'\t' | 0x0b | 0x0c | b'\r'))
        .unwrap_or(rest.len());
    let rest = &rest[spaces..];
    // The other space is not ASCII: when an ASCII byte follows (a word, a mark, a line
    // break), there is none to trim and the chars need not be decoded.
    let rest = if rest.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
        rest.trim_start_matches(|c: char| c != '\n' && is_space(c))
    } else {
        rest
    };
    let start = end - rest.len();
    let c = rest.chars().next()?;
    let len = if c.is_alphanumeric() {
        // (Eight bytes at a time: a byte loop's exit, at a word's length, is a branch
        // the predictor cannot learn on new text.)
        let ascii = first_stop(rest.as_bytes(), |x| {
            non_alphanumeric_lanes(x) & !equal_lanes(x, b'-') & !equal_lanes(x, b'\'')
        });
        debug_assert_eq!(
            ascii,
            rest.bytes()
                .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'')))
                .unwrap_or(rest.len())
        );
        if rest.as_bytes().get(ascii).is_some_and(|b| !b.is_ascii()) {
            ascii
                + rest[ascii..]
                    .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
                    .unwrap_or(rest.len() - ascii)
        } else {
            ascii
        }
    } else if matches!(c, '\'' | '’')
        && rest[c.len_utf8()..].starts_with(['s', 'S'])
        && !rest[c.len_utf8() + 1..].starts_with(char::is_alphanumeric)
    {
        c.len_utf8() + 1
    } else {
        return Some((Span::new(start, start + c.len_utf8()), Token::Mark(c)));
    };
    Some((Span::new(start, start + len), Token::Word(&rest[..len])))
}

/// A possessive ending standing alone: the `'s` of "Thursday's" after its expression.
fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S")
}

/// True when the mark at `at` ends the attribution clause: a sentence end, a line
/// break, a quotation mark, a bracket or a clause separator.
fn ends_clause(ends: &SentenceEnds, at: usize, c: char) -> bool {
    match c {
        '.' | '!' | '?' => ends.contains(at),
        ',' | ';' | ':' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '„' | '‘' | '«' | '»' | '—'
        | '–' | '\n' => true,
        _ => false,
    }
}

/// Words after which a time expression belongs to another clause than the report.
// (The lists [`listed`] matches, and [`LISTED_ENDS`] is built from.)
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "where", "because", "although", "though", "whether",
    "if", "unless", "until", "after", "before", "since", "while", "whereas", "saying", "adding",
    "noting", "than", "nor", "but", "and", "or",
];

/// Past participles that describe the report itself: "a statement issued on Monday".
// (The lists [`listed`] matches, and [`LISTED_ENDS`] is built from.)
const REPORT_PARTICIPLES: &[&str] = &[
    "issued",
    "released",
    "published",
    "posted",
    "televised",
    "broadcast",
    "aired",
    "recorded",
    "tweeted",
    "delivered",
    "filed",
    "scheduled",
    "held",
    "made",
    "given",
];

/// Irregular participles that describe someone or something else.
// (The lists [`listed`] matches, and [`LISTED_ENDS`] is built from.)
const OTHER_PARTICIPLES: &[&str] = &["born", "sworn", "chosen", "won", "known", "begun"];

/// True when `word` opens a clause whose dates are not the report's ("that", "who",
/// "after", "signed"). At the opening of a sentence (`opening`), "But", "And" and "Or"
/// are allowed.
fn opens_clause(word: &str, opening: bool) -> bool {
    // Most words near a cue are listed nowhere ("reporters", "the", "in"): one table
    // read turns them away before the copy and the match of `listed`.
    let listed = if may_be_listed(word.as_bytes()) {
        listed(word)
    } else {
        debug_assert_eq!(listed(word), None, "{word:?}");
        None
    };
    match listed {
        Some(Listed::Conjunction) => !opening,
        Some(Listed::Clause) => true,
        Some(Listed::Report) => false,
        // A lower-case "-ed" word: a participle or a past tense ("passed", "appointed").
        None => {
            word.len() >= 5
                && word.ends_with("ed")
                && !word.ends_with("eed")
                && word.starts_with(|c: char| c.is_lowercase())
        }
    }
}

/// `LISTED_ENDS[len * 32 + (first & 0x1f)]` has bit `last & 0x1f` set when a word of
/// [`CLAUSE_WORDS`], [`REPORT_PARTICIPLES`] or [`OTHER_PARTICIPLES`] has `len` bytes,
/// opens with `first` and ends with `last`, in either case (`& 0x1f` folds a letter's
/// case; other bytes land on some letter's bit, which only lets a word through).
const LISTED_ENDS: [u32; 10 * 32] = {
    let mut table = [0; 10 * 32];
    let lists = [CLAUSE_WORDS, REPORT_PARTICIPLES, OTHER_PARTICIPLES];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let word = lists[l][k].as_bytes();
            let (first, last) = (word[0] & 0x1f, word[word.len() - 1] & 0x1f);
            table[word.len() * 32 + first as usize] |= 1 << last;
            k += 1;
        }
        l += 1;
    }
    table
};

/// False when no listed word of [`listed`] has the length, first and last byte of
/// `word` (ASCII case aside): one table read ([`LISTED_ENDS`]).
#[inline(always)]
fn may_be_listed(word: &[u8]) -> bool {
    match *word {
        [first, .., last] if word.len() < 10 => {
            LISTED_ENDS[word.len() * 32 + usize::from(first & 0x1f)] >> (last & 0x1f) & 1 != 0
        }
        _ => false,
    }
}

/// Which of the lists [`opens_clause`] reads holds `word` (ASCII case aside).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Listed {
    /// "but", "and", "or": of `CLAUSE_WORDS`, but allowed at a sentence's opening. (The
    /// lists are kept to test [`listed`] against, and to build [`LISTED_ENDS`].)
    Conjunction,
    /// The rest of `CLAUSE_WORDS`, and `OTHER_PARTICIPLES`.
    Clause,
    /// `REPORT_PARTICIPLES`.
    Report,
}

/// The list that holds `word`, ignoring ASCII case, from one match on its lower-cased
/// bytes instead of a comparison with each of the lists' 47 words (this runs for every
/// word near a cue). No listed word is longer than nine bytes, and a non-ASCII byte
/// equals no ASCII one in either case, as `eq_ignore_ascii_case` has it; a test holds
/// the match to the lists.
fn listed(word: &str) -> Option<Listed> {
    with_short_lower::<9, _>(word, |lower| {
        Some(match lower {
            b"but" | b"and" | b"or" => Listed::Conjunction,
            b"that" | b"which" | b"who" | b"whom" | b"whose" | b"where" | b"because"
            | b"although" | b"though" | b"whether" | b"if" | b"unless" | b"until" | b"after"
            | b"before" | b"since" | b"while" | b"whereas" | b"saying" | b"adding" | b"noting"
            | b"than" | b"nor" | b"born" | b"sworn" | b"chosen" | b"won" | b"known" | b"begun" => {
                Listed::Clause
            }
            b"issued" | b"released" | b"published" | b"posted" | b"televised" | b"broadcast"
            | b"aired" | b"recorded" | b"tweeted" | b"delivered" | b"filed" | b"scheduled"
            | b"held" | b"made" | b"given" => Listed::Report,
            _ => return None,
        })
    })
    .flatten()
}

/// Where the sentence holding `anchor` starts, searching back to `floor`: after a
/// sentence end or a line break, past opening white space and quotation marks. `None`
/// when the search reaches `floor` and `floor_starts_clause` is false (the sentence
/// starts further back than the window).
fn sentence_start(
    ends: &SentenceEnds,
    floor: usize,
    anchor: usize,
    floor_starts_clause: bool,
) -> Option<usize> {
    let text = ends.text();
    let window = text.get(floor..anchor)?;
    // The later of the last line break and the last sentence end in the window (the
    // sentence ends are known: no byte-by-byte walk back).
    let after = memchr::memrchr(b'\n', window.as_bytes())
        .map(|i| floor + i)
        .max(ends.last_before(floor, anchor))
        .map(|i| i + 1);
    let start = match after {
        Some(start) => start,
        None if floor_starts_clause => floor,
        None => return None,
    };
    let rest = text[start..anchor]
        .trim_start_matches(|c: char| is_space(c) || matches!(c, '"' | '”' | '’' | '\'' | ')'));
    Some(anchor - rest.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token<'_>> {
        let mut at = 0;
        let mut out = Vec::new();
        while let Some((span, token)) = next_token(text, at, text.len()) {
            out.push(token);
            at = span.end;
        }
        out
    }

    #[test]
    fn tokens_keep_words_possessives_and_marks() {
        use Token::{Mark, Word};
        assert_eq!(
            tokens("Thursday's US-led\u{a0}talks, ’s\nend."),
            [
                Word("Thursday's"),
                Word("US-led"),
                Word("talks"),
                Mark(','),
                Word("’s"),
                Mark('\n'),
                Word("end"),
                Mark('.'),
            ]
        );
        assert_eq!(next_token("ab", 1, 1), None);
        assert_eq!(next_token("ab", 3, 2), None);
    }

    #[test]
    fn clause_openers() {
        for word in ["that", "Who", "after", "signed", "appointed", "born", "and"] {
            assert!(opens_clause(word, false), "{word}");
        }
        for word in [
            "reporters",
            "issued",
            "Ahmed",
            "speaking",
            "indeed",
            "in",
            "a",
        ] {
            assert!(!opens_clause(word, false), "{word}");
        }
        assert!(!opens_clause("But", true));
        assert!(opens_clause("because", true));
    }

    /// [`opens_clause`] as it read the lists word by word: the oracle for [`listed`].
    fn opens_clause_by_lists(word: &str, opening: bool) -> bool {
        let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
        if opening && is(&["but", "and", "or"]) {
            return false;
        }
        if is(CLAUSE_WORDS) || is(OTHER_PARTICIPLES) {
            return true;
        }
        word.len() >= 5
            && word.starts_with(|c: char| c.is_lowercase())
            && word.ends_with("ed")
            && !word.ends_with("eed")
            && !is(REPORT_PARTICIPLES)
    }

    #[test]
    fn clause_openers_match_the_lists() {
        let mut words: Vec<String> = Vec::new();
        for w in CLAUSE_WORDS
            .iter()
            .chain(OTHER_PARTICIPLES)
            .chain(REPORT_PARTICIPLES)
        {
            let mut capital = w.to_string();
            capital[..1].make_ascii_uppercase();
            words.extend([w.to_string(), w.to_ascii_uppercase(), capital]);
            // Near misses: a letter more or less, a non-ASCII letter in place of one.
            words.extend([format!("{w}s"), format!("x{w}"), w[1..].to_string()]);
            words.push(format!("{}é", &w[..w.len() - 1]));
        }
        words.extend(
            [
                "",
                "a",
                "ed",
                "bled",
                "agreed",
                "Ahmed",
                "émigred",
                "ÉTÉed",
                "passed",
                "appointed",
                "indeed",
                "speaking",
                "reporters",
                "signedd",
                "televisedx",
                "scheduled-",
                "K",
                "ß",
                "or’",
                "ﬁled",
            ]
            .map(String::from),
        );
        for w in &words {
            for opening in [false, true] {
                assert_eq!(
                    opens_clause(w, opening),
                    opens_clause_by_lists(w, opening),
                    "{w:?} {opening}"
                );
            }
        }
    }

    #[test]
    fn sentence_starts_within_the_window() {
        let text = "He left. \"On Monday, she said";
        let anchor = text.find("she").unwrap();
        let ends = SentenceEnds::new(text);
        assert_eq!(sentence_start(&ends, 0, anchor, false), text.find("On"));
        assert_eq!(sentence_start(&ends, 10, anchor, false), None);
        let ends = SentenceEnds::new("On Monday, she");
        assert_eq!(sentence_start(&ends, 0, 11, true), Some(0));
    }

    #[test]
    fn one_verb_group_gives_one_statement() {
        // The quote frame takes "warned", the reported frame would read "has warned":
        // one verb, one statement.
        let doc = Document::new(
            "d",
            "The agency's chief, Rafael Grossi, has warned that Tehran is \"very close\" to weapons-grade levels.",
        );
        let found = Extractor::default().extract(&doc);
        assert_eq!(found.statements.len(), 1, "{:?}", found.statements);
        assert_eq!(found.statements[0].kind, StatementKind::Mixed);
    }

    #[test]
    fn one_span_gives_one_statement() {
        // The quotation's "according to" frame and the clause's read the same words.
        let doc = Document::new(
            "d",
            "The witness said the order was to “avoid effects on the trial,” according to a congressional report.",
        );
        let found = Extractor::default().extract(&doc);
        let mut spans: Vec<Span> = found.statements.iter().map(|s| s.span).collect();
        spans.dedup();
        assert_eq!(
            spans.len(),
            found.statements.len(),
            "{:?}",
            found.statements
        );
    }

    #[test]
    fn a_role_after_an_inverted_speaker_is_read_with_it() {
        let doc = Document::new(
            "d",
            "“It is cruel,” said Enver Solomon, the charity’s chief executive.\n\n“It will not work,” said the company’s chief executive, John J. Ferriola.",
        );
        let found = Extractor::default().extract(&doc);
        let speakers: Vec<(&str, Option<&str>)> = found
            .statements
            .iter()
            .filter_map(|s| s.speaker.as_ref())
            .map(|p| (p.name.as_str(), p.role.as_deref()))
            .collect();
        assert_eq!(
            speakers,
            [
                ("Enver Solomon", Some("the charity’s chief executive")),
                ("John J. Ferriola", Some("the company’s chief executive"))
            ]
        );
    }

    /// The stretch kept by `Dating::may_resolve` changes no answer: windows in text
    /// order, overlapping, apart and going back, in a text with years here and there.
    #[test]
    fn stretches_without_years_answer_as_the_bytes_do() {
        let text = "a“b” he said. ".repeat(40) + "in 2008 " + &"“c,” she said. ".repeat(40);
        let dating = Dating {
            text: &text,
            published: None,
            spans: Vec::new(),
            reach: Vec::new(),
            ends: SentenceEnds::new(&text),
            clear: std::cell::Cell::new((0, 0)),
        };
        let n = text.len();
        for start in (0..n + 8).step_by(7) {
            for len in [0, 3, 30, 90, 300] {
                for w in [
                    Span::new(start, start + len),
                    Span::new(start / 2, start / 2 + len),
                ] {
                    assert_eq!(dating.may_resolve(w), may_resolve(&text, w, None), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn overlap_with_any_statement() {
        let dating = Dating {
            text: "",
            published: None,
            spans: vec![Span::new(0, 50), Span::new(10, 20), Span::new(60, 70)],
            reach: vec![50, 50, 70],
            ends: SentenceEnds::new(""),
            clear: std::cell::Cell::new((0, 0)),
        };
        assert!(dating.in_statement(Span::new(40, 45)));
        assert!(dating.in_statement(Span::new(65, 80)));
        assert!(!dating.in_statement(Span::new(50, 60)));
        assert!(!dating.in_statement(Span::new(70, 75)));
    }
}
