//! From quotations to attributed raw statements: for each quotation, look for a frame
//! after it ("…," X said) and before it (X said: "…"), or carry on the speaker of the
//! quotation before (`"A," he said. "B."`, a paragraph that is only a quote).
//!
//! The output borrows the text and holds byte spans only; [`crate::resolve`] turns the
//! speaker phrases into entities and [`crate::extract()`] builds owned statements.

use crate::cue::CueClass;
use crate::extract::Config;
use crate::grammar::{CueMatch, Frame, after_frame, lead_in, lead_in_without_verb};
use crate::quotes::{Quote, find_quotes};
use crate::segment::{
    SentenceEnds, SpaceStr, ceil_boundary, floor_boundary, is_ascii_space, is_space, paragraphs,
    trim_span,
};
use crate::span::Span;
use crate::statement::StatementKind;

/// How far (in bytes) a frame may stand from its quotation: one long sentence.
const WINDOW: usize = 400;

/// Who a raw statement is attributed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Attribution {
    /// A speaker phrase in the text.
    Phrase(Span),
    /// The same speaker as the raw statement with this index (a quote carrying on).
    SameAs(usize),
    /// No one the text names: a question put by someone unnamed ("When asked whether
    /// …", "Trump was asked what …").
    Nobody,
}

/// A statement as found, before its speaker is resolved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct RawStatement<'a> {
    /// Direct, indirect or mixed.
    pub kind: StatementKind,
    /// The words.
    pub text: &'a str,
    /// Where they stand.
    pub span: Span,
    /// Who said them.
    pub speaker: Attribution,
    /// The cue, when the frame has one.
    pub cue: Option<CueMatch>,
    /// Paragraph index.
    pub paragraph: usize,
    /// Confidence, from the rule that fired.
    pub confidence: f32,
    /// The rule's name.
    pub rule: &'static str,
}

/// The end of the sentence that starts at `from` (one past its terminator), within `limit`.
pub(crate) fn sentence_end(ends: &SentenceEnds, from: usize, limit: usize) -> usize {
    ends.first_from(from, limit.min(ends.text().len()))
        .map_or(limit, |e| e + 1)
}

/// The start of the sentence that ends at `to`, not before `floor`.
fn sentence_start(ends: &SentenceEnds, floor: usize, to: usize) -> usize {
    ends.last_before_near(floor, to).map_or(floor, |e| e + 1)
}

/// True when the verb of an after-quote frame ("X said") is followed by a reported
/// clause of its own, which it reports instead of the quotation.
fn reports_own_clause(f: &Frame, window: &str) -> bool {
    let rest = &window[f.after_cue..];
    // The clause must have four words, and it lies within `rest` (a piece of it between
    // spaces lies within one of `rest`'s): after most frames only a stop or a few words
    // follow, and then no clause is asked for.
    let has_words = |s: &str, n: usize| {
        s.split_space()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .nth(n - 1)
            .is_some()
    };
    // Four words hold a byte each and three spaces between them: a shorter rest (most
    // often the full stop after "he said") has not four, told before the rule's name
    // is compared and the words are split.
    if rest.len() < 7 {
        debug_assert!(!has_words(rest, 4));
        return false;
    }
    if f.rule != "quote_speaker_verb" || !has_words(rest, 4) {
        return false;
    }
    let takes_object = crate::lexicon::lexicon().is("object_verb", f.cue.verb.lemma);
    let own_clause = || {
        crate::grammar::complement(rest, takes_object).is_some_and(|clause| {
            // Only a clause that shows itself finite counts: opened by "that" or a subject
            // pronoun, or with an auxiliary among its first words ("the two cases were").
            let with_that = rest[..rest.len() - clause.len()].contains("that");
            let words: Vec<&str> = clause[..crate::reported::clause_end(clause)]
                .split_space()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .collect();
            let pronoun = words.first().is_some_and(|w| is_subject_word(w));
            let finite = words.iter().skip(1).take(6).any(|w| is_finite_word(w));
            words.len() >= 4 && (with_that || pronoun || finite)
        })
    };
    // Most tails hold no finite clause ("in a statement on Monday"), and the clause
    // parse costs more than a look at their words: see `may_show_finite_clause`.
    let may = may_show_finite_clause(rest);
    debug_assert!(may || !own_clause(), "{rest:?}");
    may && own_clause()
}

/// True for a word that opens a finite clause as its subject: a pronoun or "there".
fn is_subject_word(w: &str) -> bool {
    crate::lexicon::lexicon().is_lower("pronoun", w) || w == "there"
}

/// True for an auxiliary or a modal, which shows a clause finite.
fn is_finite_word(w: &str) -> bool {
    crate::lexicon::lexicon().is_lower("auxiliary", w)
        || matches!(w, "can" | "may" | "might" | "must" | "should" | "shall")
}

/// False when `rest` surely holds no clause that [`reports_own_clause`] counts as
/// finite: no "that", and no piece between spaces, whole or cut at its first comma or
/// semicolon, that [`is_subject_word`] or [`is_finite_word`] accepts.
///
/// Why that suffices: the clause `complement` finds is a suffix of `rest` that starts
/// after white space (at a piece's start), so its words are whole pieces of `rest`,
/// but for the last, which `clause_end` may cut: at a comma or a semicolon, or after
/// closing marks that follow a comma. A cut piece is thus the piece up to its first
/// comma or semicolon, or holds one, and no subject or finite word holds either (a
/// test checks the lists). "that" before the clause is in `rest`.
fn may_show_finite_clause(rest: &str) -> bool {
    let lex = crate::lexicon::lexicon();
    // Both tests of a word from one lookup (`lists_lower(w).has(l)` is `is_lower(l, w)`).
    let shows = |w: &str| {
        let lists = lex.lists_lower(w);
        lists.has("pronoun")
            || lists.has("auxiliary")
            || matches!(
                w,
                "there" | "can" | "may" | "might" | "must" | "should" | "shall"
            )
    };
    rest.contains("that")
        || rest
            .split_space()
            .any(|piece| match piece.find([',', ';']) {
                Some(k) => shows(piece) || shows(&piece[..k]),
                None => shows(piece),
            })
}

/// True when the words right after a quotation carry its clause on (a lower-case word
/// that is not a reporting verb: `"…" about how`, `"…," repeatedly, before`), rather than
/// ending it (punctuation, a new sentence, `he said`, `adding that`).
fn clause_goes_on(after: &str) -> bool {
    let t = after.trim_start_space();
    // The first word, as a slice of `t` (no copy): its letters, digits and hyphens.
    let len = t
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(t.len());
    let word = &t[..len];
    t.starts_with(char::is_lowercase)
        && crate::lexicon::lexicon().verb(word).is_empty()
        && !crate::lexicon::lexicon().is_lower("pronoun", word)
}

/// `text.trim_end_space().ends_with(c)` for an ASCII `c`, told from the last byte when
/// that is ASCII and no space ([`is_ascii_space`]), as it most often is (the full stop after "he said"): the trim then
/// takes nothing, where it decoded the last char to tell.
fn ends_with_past_spaces(text: &str, c: u8) -> bool {
    debug_assert!(c.is_ascii());
    let ends = match text.as_bytes().last() {
        Some(&b) if b.is_ascii() && !is_ascii_space(b) => b == c,
        _ => text.trim_end_space().ends_with(char::from(c)),
    };
    debug_assert_eq!(ends, text.trim_end_space().ends_with(char::from(c)));
    ends
}

/// True when the quoted words end a sentence of their own ("… conflict.").
fn ends_sentence(inner: &[u8]) -> bool {
    // Told from the last bytes ("…" is 0xE2 0x80 0xA6, and a text's last three bytes
    // that are these are that char), where the suffix test decoded the last char and
    // compared it with each of the four; the frames ask it twice per quotation.
    let ends = matches!(inner, [.., b'.' | b'!' | b'?'] | [.., 0xE2, 0x80, 0xA6]);
    debug_assert_eq!(
        ends,
        String::from_utf8_lossy(inner).ends_with(['.', '!', '?', '…'])
    );
    ends
}

/// How much an unclosed quotation (running to its paragraph's end) lowers confidence.
const UNCLOSED: f32 = 0.75;

/// How much a belief's confidence is of its rule's: on PolNeAR train, beliefs found by a
/// rule are right about 0.8 as often as speech found by it (0.65 against 0.8), as
/// objects pass for clauses more often after "know" or "want" than after "say".
const BELIEF_CONFIDENCE: f32 = 0.8;

/// The confidence of each rule: its precision on PolNeAR train (overlap match, token
/// F1 ≥ 0.5, `score.py`), rounded, so that a threshold on confidence is a threshold on
/// expected precision. Rules seen fewer than 20 times there get a cautious 0.5.
fn rule_confidence(rule: &str) -> f32 {
    match rule {
        "quote_verb_speaker" => 0.97,
        "quote_continues" => 0.97,
        "quote_speaker_verb" => 0.94,
        "according_to_clause" => 0.93,
        "subject_colon_quote" => 0.93,
        "subject_verb_that_clause" => 0.91,
        "speaker_verb_quote" => 0.91,
        "clause_according_to" => 0.88,
        "speaker_verb_partial_quote" => 0.86,
        "parenthetical_speaker_verb" => 0.84,
        "clause_speaker_verb" => 0.82,
        "subject_verb_clause" => 0.82,
        "subject_gerund_clause" => 0.82,
        "conjunction_gerund_clause" => 0.8,
        "asked_question" => 0.82,
        "subject_verb_infinitive" => 0.77,
        "with_subject_gerund_clause" => 0.74,
        "quote_paragraph_continues" => 0.7,
        "subject_verb_naming" => 0.68,
        "speaker_colon_quote" => 0.67,
        "speaker_colon_clause" => 0.65,
        "speech_noun_clause" => 0.55,
        _ => 0.5,
    }
}

/// What a document yields before resolution.
pub(crate) struct Found<'a> {
    /// The statements, in reading order.
    pub statements: Vec<RawStatement<'a>>,
    /// The sentences whose subjects may name someone (those that do not open inside a
    /// quotation), in text order: read by [`Found::mentions_before`].
    subject_sentences: Vec<Span>,
    /// The sentence ends of the text, as far as they have been read: the dating of
    /// statements asks them again.
    pub sentence_ends: SentenceEnds<'a>,
}

impl Found<'_> {
    /// The sentence subjects that name someone, antecedents for "he", in text order,
    /// from the sentences that start before `end`, but for those that start at one of
    /// `speaker_starts` (sorted): those are speaker phrases, which the resolver reads
    /// as such, so a subject that starts there is not read. The subject of a sentence
    /// is read only when asked for: a caller that needs no mention past some point
    /// (the resolver, past the last statement's attribution) leaves the sentences
    /// after it unread.
    pub(crate) fn mentions_before(
        &self,
        text: &str,
        end: usize,
        speaker_starts: &[usize],
    ) -> Vec<Span> {
        let read = self
            .subject_sentences
            .iter()
            .take_while(|s| s.start < end)
            .count();
        // About one subject per sentence: room for them at once rather than growing.
        let mut mentions = Vec::with_capacity(read);
        // The sentences go by in text order, and a subject starts in its sentence: a
        // cursor walks over the speaker starts before each sentence (each passed once
        // in the document), and only those after it are asked about.
        let mut j = 0; // index of the first speaker start at or after the sentence
        for &sentence in &self.subject_sentences[..read] {
            while speaker_starts.get(j).is_some_and(|&p| p < sentence.start) {
                j += 1;
            }
            let starts = &speaker_starts[j..];
            crate::reported::subject_mention(text, sentence, starts, &mut mentions);
        }
        // The same as every subject read, less those at a speaker's start.
        debug_assert_eq!(mentions, {
            let mut all = Vec::new();
            for &sentence in &self.subject_sentences[..read] {
                crate::reported::subject_mention(text, sentence, &[], &mut all);
            }
            all.retain(|m| speaker_starts.binary_search(&m.start).is_err());
            all
        });
        mentions
    }
}

/// Finds every attributed statement of `text`, quoted or reported, in text order; with
/// [`Config::beliefs`], also what sources believe, hope or intend
/// ([`StatementKind::Belief`]); with [`Config::quotes_only`], the quoted ones alone.
pub(crate) fn find_statements<'t>(text: &'t str, config: &Config) -> Found<'t> {
    let paras = paragraphs(text);
    let quotes = find_quotes(text, &paras);
    let ends = SentenceEnds::new(text);
    let (quoted, orphans) = quote_statements(text, &ends, &paras, &quotes);
    // (Room for every quoted statement at once: the filter hides the count from
    // `collect`, which would grow the vector from four. With `quotes_only` no
    // sentence is read for statements, the one use of the cues taken: none is kept.)
    let taken: &[RawStatement<'_>] = if config.quotes_only { &[] } else { &quoted };
    let mut used: Vec<(Span, Option<Span>)> = Vec::with_capacity(taken.len());
    used.extend(taken.iter().filter_map(|r| {
        let speaker = match r.speaker {
            Attribution::Phrase(span) => Some(span),
            Attribution::SameAs(_) | Attribution::Nobody => None,
        };
        r.cue.map(|c| (c.span, speaker))
    }));
    // By where each cue ends: a report may read more of the same verb group ("has
    // warned" where the quote took "warned"), which ends where the quote's cue does.
    used.sort_unstable_by_key(|u| u.0.end);
    // Every paragraph holds a sentence at least: room for that many at once, where a
    // vector grown from four would be copied several times per document.
    let mut subject_sentences = Vec::with_capacity(paras.len());
    let scope = crate::reported::Scope {
        used_cues: &used,
        beliefs: config.beliefs,
        quotes_only: config.quotes_only,
    };
    let reported = crate::reported::reported_statements(
        text,
        &ends,
        &paras,
        &quotes,
        scope,
        &mut subject_sentences,
    );
    let mut statements = merge(quoted, reported);
    // Runs of statements share a rule (a paragraph of "…,” he said."): the last rule's
    // confidence is kept, and a rule that is the same string where it stands (the same
    // `&'static str` from the same production) is not matched against the names again.
    // (A pure function of the name: equal names give the same confidence.)
    let mut last: Option<(&'static str, f32)> = None;
    for r in &mut statements {
        let confidence = match last {
            Some((rule, c)) if std::ptr::eq(rule, r.rule) => c,
            _ => rule_confidence(r.rule),
        };
        debug_assert_eq!(confidence, rule_confidence(r.rule));
        last = Some((r.rule, confidence));
        r.confidence *= confidence;
        if r.kind == StatementKind::Belief {
            r.confidence *= BELIEF_CONFIDENCE;
        }
    }
    adopt_orphans(text, &mut statements, &orphans);
    drop_headings(text, &paras, &mut statements);
    drop_duplicates(&mut statements);
    Found {
        statements,
        subject_sentences,
        sentence_ends: ends,
    }
}

/// True when a frame's verb is one of thinking or wanting ("…,” he thinks): a quotation
/// is what someone said, never what they believe.
fn is_belief(frame: &Frame) -> bool {
    frame.cue.verb.class == CueClass::Belief
}

/// True when paragraph `p` is a headline or a subheading: short, with no closing
/// punctuation, and followed by more text.
pub(crate) fn is_heading(text: &str, paras: &[Span], p: usize) -> bool {
    // (The last paragraph is no heading: told before its text is sliced.)
    if p + 1 >= paras.len() {
        return false;
    }
    let line = &text[paras[p].range()];
    // The ending first: most paragraphs end with a stop, and then their words need
    // not be counted (bounded at 21: more is no heading, whatever the length).
    !line.ends_with(['.', '!', '?', '"', '”', '’', '\'', ':', ';', ','])
        && line.split_space().take(21).count() <= 20
}

/// Removes the statements found in headlines and subheadings ("US reiterates
/// commitment to reduce troops from Iraq" is a headline's shorthand, not a report of
/// speech), keeping the `SameAs` links of the others right.
fn drop_headings(text: &str, paras: &[Span], statements: &mut Vec<RawStatement<'_>>) {
    // Links point back, so one pass in order decides: a statement goes with its heading,
    // or with the statement it carries on from.
    let mut keep: Vec<bool> = Vec::with_capacity(statements.len());
    for r in statements.iter() {
        let linked = match r.speaker {
            Attribution::SameAs(k) => keep.get(k).copied().unwrap_or(false),
            Attribution::Phrase(_) | Attribution::Nobody => true,
        };
        // "Lynch: No outside influence on FBI probe" attributes even in a headline.
        let explicit = r.rule == "speaker_colon_clause";
        keep.push(linked && (explicit || !is_heading(text, paras, r.paragraph)));
    }
    if keep.iter().all(|&k| k) {
        return;
    }
    // (A kept statement never links to a dropped one: it would have gone with it.)
    let keep_as: Vec<usize> = keep
        .iter()
        .enumerate()
        .map(|(i, &k)| if k { i } else { usize::MAX })
        .collect();
    remove_statements(statements, &keep_as);
}

/// Removes, in one pass, every statement `i` with `keep_as[i] != i`, renumbering the
/// `SameAs` links of those kept: a link to a removed statement goes to `keep_as` of it,
/// the statement kept in its place.
fn remove_statements(statements: &mut Vec<RawStatement<'_>>, keep_as: &[usize]) {
    let mut new_index = Vec::with_capacity(keep_as.len());
    let mut kept = 0;
    for (i, &t) in keep_as.iter().enumerate() {
        new_index.push(kept);
        kept += usize::from(t == i);
    }
    let mut i = 0;
    statements.retain_mut(|r| {
        let keep = keep_as[i] == i;
        i += 1;
        if keep && let Attribution::SameAs(t) = &mut r.speaker {
            *t = new_index[keep_as[*t]];
        }
        keep
    });
}

/// Keeps one statement per span: a quotation frame and a reported frame may both read
/// the same words ("…,” according to a report" and "…, according to a report"), and
/// two cues may both claim one clause ("said …" and "his remarks that …"). The first
/// in text order stays; links to a dropped one go to the one kept.
fn drop_duplicates(statements: &mut Vec<RawStatement<'_>>) {
    // Spans in strictly increasing order (most documents' statements) hold no two
    // alike: nothing to drop, and no sorted copy is needed to tell.
    if statements.windows(2).all(|w| w[0].span < w[1].span) {
        return;
    }
    let mut by_span: Vec<(Span, usize)> = statements
        .iter()
        .enumerate()
        .map(|(i, r)| (r.span, i))
        .collect();
    by_span.sort_unstable();
    // `twin[i]`: the statement kept in place of statement `i` (itself when kept).
    let mut twin: Vec<usize> = (0..statements.len()).collect();
    let mut dropped = false;
    for pair in by_span.windows(2) {
        if pair[0].0 == pair[1].0 {
            twin[pair[1].1] = twin[pair[0].1];
            dropped = true;
        }
    }
    if dropped {
        remove_statements(statements, &twin);
    }
}

/// A paragraph that is only a quotation, after a paragraph whose last statement is
/// reported speech ("Ben Carter said the school would stay open." / "No child will be
/// sent home."), carries on that speaker too. Quotation frames run before reported
/// speech is found, so these are attached here.
fn adopt_orphans<'a>(text: &'a str, statements: &mut Vec<RawStatement<'a>>, orphans: &[Quote]) {
    if orphans.is_empty() {
        return;
    }
    // The last statement of each paragraph: the speaker an orphan in the next carries on.
    // Indexed by paragraph (statements hold paragraph indices of this text).
    let paragraphs = statements
        .iter()
        .map(|r| r.paragraph + 1)
        .max()
        .unwrap_or(0);
    let mut last_in: Vec<Option<usize>> = vec![None; paragraphs];
    for (i, r) in statements.iter().enumerate() {
        last_in[r.paragraph] = Some(i);
    }
    // One merge pass, in paragraph order, renumbering the `SameAs` links as it goes.
    let old = std::mem::take(statements);
    let mut new_index = vec![0; old.len()];
    let mut orphans = orphans.iter().peekable();
    let adopt = |q: &Quote, out: &mut Vec<RawStatement<'a>>, new_index: &[usize], done: usize| {
        let source = q
            .paragraph
            .checked_sub(1)
            .and_then(|p| last_in.get(p).copied().flatten());
        if let Some(source) = source.filter(|&s| s < done) {
            out.push(RawStatement {
                kind: StatementKind::Direct,
                text: &text[q.inner.range()],
                span: q.inner,
                speaker: Attribution::SameAs(new_index[source]),
                cue: None,
                paragraph: q.paragraph,
                confidence: 1.0,
                rule: "quote_paragraph_continues",
            });
        }
    };
    for (i, mut r) in old.into_iter().enumerate() {
        while let Some(q) = orphans.next_if(|q| q.paragraph <= r.paragraph) {
            adopt(q, statements, &new_index, i);
        }
        if let Attribution::SameAs(k) = &mut r.speaker {
            *k = new_index[*k];
        }
        new_index[i] = statements.len();
        statements.push(r);
    }
    let done = new_index.len();
    for q in orphans {
        adopt(q, statements, &new_index, done);
    }
}

/// Merges quoted and reported statements into text order (by where their speaker is
/// named, so that resolution sees mentions in reading order), keeping `SameAs` links.
fn merge<'a>(
    quoted: Vec<RawStatement<'a>>,
    reported: Vec<RawStatement<'a>>,
) -> Vec<RawStatement<'a>> {
    let key = |r: &RawStatement<'_>, all: &[RawStatement<'_>]| -> usize {
        match r.speaker {
            Attribution::Phrase(span) => span.start.min(r.span.start),
            Attribution::SameAs(i) => all[i].span.start.max(r.span.start),
            Attribution::Nobody => r.span.start,
        }
    };
    // With no reported statement and the quoted ones in key order already (a paragraph
    // of quotations, each attributed after it), the sort below keeps every statement
    // in its place (its key is ordered, ties by index) and every link as it is.
    if reported.is_empty()
        && quoted
            .windows(2)
            .all(|w| key(&w[0], &quoted) <= key(&w[1], &quoted))
    {
        return quoted;
    }
    let mut tagged: Vec<(usize, bool, usize)> = quoted
        .iter()
        .enumerate()
        .map(|(i, r)| (key(r, &quoted), false, i))
        .chain(
            reported
                .iter()
                .enumerate()
                .map(|(i, r)| (key(r, &reported), true, i)),
        )
        .collect();
    tagged.sort_by_key(|&(k, rep, i)| (k, rep, i));
    // New positions of the quoted statements, for their SameAs links. A link must point
    // back; after sorting it still does, since a carried-on quote follows its source.
    let mut new_index = vec![0; quoted.len()];
    for (pos, &(_, rep, i)) in tagged.iter().enumerate() {
        if !rep {
            new_index[i] = pos;
        }
    }
    tagged
        .into_iter()
        .map(|(_, rep, i)| {
            if rep {
                reported[i]
            } else {
                let mut r = quoted[i];
                if let Attribution::SameAs(j) = r.speaker {
                    r.speaker = Attribution::SameAs(new_index[j]);
                }
                r
            }
        })
        .collect()
}

/// The statements made by quotations: direct, or mixed when a quote sits inside a
/// reported clause.
/// Also returns the quotations that stand alone in their paragraph with no speaker yet.
fn quote_statements<'a>(
    text: &'a str,
    ends: &SentenceEnds,
    paras: &[Span],
    quotes: &[Quote],
) -> (Vec<RawStatement<'a>>, Vec<Quote>) {
    let mut out: Vec<RawStatement<'_>> = Vec::with_capacity(quotes.len());
    let mut orphans = Vec::new();
    // The end of the latest mixed statement: quotes before it belong to it.
    let mut covered = 0;
    // Index in `out` of the latest attributed statement, and its paragraph.
    let mut last: Option<(usize, usize)> = None;
    // First paragraphs of a quote over paragraphs, still waiting for their speaker.
    let mut pending: Vec<Quote> = Vec::new();
    // Whether a quote is a title is asked of it and of both its neighbours: each
    // answer is kept by quote index when first read, where a memo of the last two
    // answers was searched at each of the three questions (a pure function of the
    // quote). A quote never asked (an empty one, a run of `""`) is never read.
    let mut titles: Vec<Option<bool>> = vec![None; quotes.len()];
    let mut is_title = |j: usize| {
        let title = *titles[j].get_or_insert_with(|| quotes[j].is_title(text));
        debug_assert_eq!(title, quotes[j].is_title(text));
        title
    };
    // Empty quotes are passed over by a search of their own (`position`), so that a
    // run of `""` costs a few instructions per quote, where the loop below kept up
    // each of its counters for each.
    let mut next = 0;
    while let Some(k) = quotes[next..]
        .iter()
        .position(|q| !q.inner.is_empty())
        .map(|i| next + i)
    {
        next = k + 1;
        let q = &quotes[k];
        // Empty quotes (above), quotes taken into an earlier mixed statement, and titles
        // ("told ABC’s “Good Morning America” that …") are done.
        if q.open < covered || is_title(k) {
            continue;
        }
        let para = paras[q.paragraph];
        // The quotes next to this one in its paragraph bound its frames; a title
        // between them is part of the frame's words ("told ABC’s “Good Morning
        // America” that “…”").
        let prev_end = (0..k)
            .rev()
            .take_while(|&j| quotes[j].paragraph == q.paragraph)
            .find(|&j| !is_title(j))
            .map_or(para.start, |j| quotes[j].end);
        let next_open = (k + 1..quotes.len())
            .take_while(|&j| quotes[j].paragraph == q.paragraph)
            .find(|&j| !is_title(j))
            .map_or(para.end, |j| quotes[j].open);

        // The sentence before the quote, from its start (not before `floor`): read
        // once, for the frame and for a quote with none.
        let floor = ceil_boundary(
            text,
            prev_end.max(floor_boundary(text, q.open.saturating_sub(WINDOW))),
        );
        let start = sentence_start(ends, floor, q.open);
        let found = frame_for(text, ends, q, start, next_open, para.end);
        let same_paragraph_speaker = last.filter(|&(_, p)| p == q.paragraph).map(|(i, _)| i);
        let (kind, span, speaker, cue, confidence, rule) = match found {
            Some((frame, base, Some(mixed))) => (
                StatementKind::Mixed,
                mixed,
                Attribution::Phrase(frame.speaker.shifted(base)),
                Some(shift_cue(frame.cue, base)),
                1.0,
                frame.rule,
            ),
            Some((frame, base, None)) => (
                StatementKind::Direct,
                q.inner,
                Attribution::Phrase(frame.speaker.shifted(base)),
                Some(shift_cue(frame.cue, base)),
                if q.closed { 1.0 } else { UNCLOSED },
                frame.rule,
            ),
            None => {
                // No frame: carry on the speaker of the quotation before, in the same
                // paragraph, or in the paragraph before when this one is only a quote.
                let only_quote = text[para.range()]
                    .trim_matches(|c: char| is_space(c) || c.is_ascii_punctuation())
                    .len()
                    <= text[q.open..q.end].len();
                // Only a quote that opens its sentence carries on a speaker; one in the
                // middle of a sentence is a title or a scare quote.
                // (Its sentence from `prev_end` starts at `start` when that is past
                // `floor`, and at or before it otherwise: the sentence scan from `floor`
                // is the same scan, stopped sooner. So words from `start` on answer,
                // and only a sentence that reaches back to `floor` is read further.)
                let opens_sentence = if text[start..q.open].chars().any(char::is_alphanumeric) {
                    false
                } else {
                    start > floor
                        || !text[sentence_start(ends, prev_end, q.open)..q.open]
                            .chars()
                            .any(char::is_alphanumeric)
                };
                let carried = same_paragraph_speaker
                    .filter(|_| opens_sentence)
                    .map(|i| (i, out[i].cue, "quote_continues"))
                    .or_else(|| {
                        last.filter(|&(_, p)| (q.continues || only_quote) && p + 1 == q.paragraph)
                            .map(|(i, _)| (i, None, "quote_paragraph_continues"))
                    });
                match carried {
                    Some((i, cue, rule)) => (
                        StatementKind::Direct,
                        q.inner,
                        Attribution::SameAs(i),
                        cue,
                        1.0,
                        rule,
                    ),
                    None => {
                        // A quote running over paragraphs is often attributed only in
                        // its last paragraph: hold its first paragraphs until then.
                        if q.continued {
                            pending.push(*q);
                        } else if only_quote && q.closed {
                            orphans.push(*q);
                            pending.clear();
                        } else {
                            pending.clear();
                        }
                        continue;
                    }
                }
            }
        };
        if q.continues {
            for p in pending.drain(..) {
                out.push(RawStatement {
                    kind: StatementKind::Direct,
                    text: &text[p.inner.range()],
                    span: p.inner,
                    speaker,
                    cue,
                    paragraph: p.paragraph,
                    confidence: 1.0,
                    rule: "quote_over_paragraphs",
                });
            }
        } else {
            pending.clear();
        }
        out.push(RawStatement {
            kind,
            text: &text[span.range()],
            span,
            speaker,
            cue,
            paragraph: q.paragraph,
            confidence,
            rule,
        });
        last = Some((out.len() - 1, q.paragraph));
        if kind == StatementKind::Mixed {
            covered = span.end;
        }
    }
    (out, orphans)
}

fn shift_cue(cue: CueMatch, base: usize) -> CueMatch {
    CueMatch {
        span: cue.span.shifted(base),
        verb: cue.verb,
    }
}

/// The frame attributing quotation `q`, whose sentence starts at `start`: the frame,
/// the byte offset its spans are relative to, and, for a quotation inside a reported
/// clause, the mixed statement's span.
fn frame_for(
    text: &str,
    ends: &SentenceEnds,
    q: &Quote,
    start: usize,
    next_open: usize,
    para_end: usize,
) -> Option<(Frame, usize, Option<Span>)> {
    // The quoted words as bytes: the frames read only their last bytes, for which the
    // two char boundary tests of a `str` slice are not needed.
    let inner = &text.as_bytes()[q.inner.range()];
    // After the closing mark, to the end of its sentence: read only when the frame
    // after the quote is asked for (not when a whole frame before it answers first).
    let after = || {
        let after = q.closed.then(|| {
            // (`next_open` opens a quotation mark or ends the paragraph, a char
            // boundary: only the window's own bound is rounded up to one.)
            let limit = if next_open <= q.end + WINDOW {
                next_open
            } else {
                ceil_boundary(text, q.end + WINDOW)
            };
            debug_assert_eq!(limit, ceil_boundary(text, next_open.min(q.end + WINDOW)));
            let end = sentence_end(ends, q.end, limit);
            (q.end, &text[q.end..end])
        });
        // `"We." John Smith said, "We."`: a quote that ends its own sentence does not
        // take a clause that runs on into the next quote; that clause introduces the
        // next one.
        after.filter(|&(_, w)| {
            !(ends_sentence(inner)
                && q.end + w.len() == next_open
                && w.trim_end_space().ends_with([',', ':']))
        })
    };
    // Before the opening mark, from the start of its sentence (`start`). (Its text
    // sliced when a frame before the quote is read: the test for words before it reads
    // the bytes.)
    let before = || &text[start..q.open];

    // Words before the quote in its sentence make it part of a larger reported clause:
    // `He was always "charming," Roffman said` is a mixed statement.
    let lead_bytes = &text.as_bytes()[start..q.open];
    let lead_words = if lead_bytes.is_ascii() {
        lead_bytes.iter().any(u8::is_ascii_alphanumeric)
    } else {
        before().chars().any(char::is_alphanumeric)
    };
    debug_assert_eq!(lead_words, before().chars().any(char::is_alphanumeric));
    // The frame before the quote is asked for up to three times below (to tell a mixed
    // statement, and twice in the fallback order); it is a pure function of the words
    // before the quote, so it is read once, when first needed.
    let lead = std::cell::OnceCell::new();
    let lead_in_before = || *lead.get_or_init(|| lead_in(before()));
    // (Early returns rather than a chain of `filter`, `and_then` and `map`: the frame
    // is a large value, and each combinator moved it once more, per quotation.)
    let try_after = || {
        let (base, w) = after()?;
        // A clause that ends in a colon introduces the next quote, not this one.
        if ends_with_past_spaces(w, b':') {
            return None;
        }
        // `"…," one of the prosecutors said the cases were different`: a verb with a
        // clause of its own reports that clause, not the quote before it. (The cheap
        // test first: both are pure.)
        let f = after_frame(w)?;
        if is_belief(&f) || reports_own_clause(&f, w) {
            return None;
        }
        let mixed = (lead_words && lead_in_before().is_none_or(|l| !l.whole))
            .then(|| trim_span(text, Span::new(start, q.end)));
        Some((f, base, mixed))
    };
    let try_before = || {
        lead_in_before()
            .or_else(|| lead_in_without_verb(before()))
            .map(|f| {
                // `said that "we need more information" about how …`: the quote is part
                // of a clause that goes on after it, so the statement is mixed.
                let whole = f.whole && !clause_goes_on(&text[q.end..next_open.max(q.end)]);
                let mixed = (!whole).then(|| {
                    // The reported clause runs from after the cue (and "that") to the end of
                    // the quote, or of the sentence when it goes on after the quote.
                    // It may take in later quotes of the sentence ("Clinton's “judgment”
                    // and “honesty” are in question"), and ends before a clause joined
                    // to it (", but agreed that …").
                    let mut from = start + f.after_cue;
                    // "told MPs the department had hired …", "said in a statement on
                    // Friday that it …": the one told and the occasion are not part of
                    // what was said.
                    let takes_object =
                        crate::lexicon::lexicon().is("object_verb", f.cue.verb.lemma);
                    let lead = &text[from..q.open];
                    if let Some(rest) =
                        crate::grammar::complement(lead, takes_object).or_else(|| {
                            takes_object
                                .then(|| crate::grammar::after_hearer(lead))
                                .flatten()
                        })
                    {
                        from = q.open - rest.len();
                    }
                    let sentence = sentence_end(
                        ends,
                        q.end,
                        ceil_boundary(text, para_end.min(q.end + WINDOW)),
                    );
                    let rest = &text[q.end..sentence.max(q.end)];
                    // A quotation that ends its sentence ("called it “arbitrary.” Josh
                    // Hendler warned …") ends the clause too.
                    let clause_end = if ends_sentence(inner)
                        || (inner.ends_with(b",") && crate::reported::starts_other_clause(rest))
                    {
                        q.end
                    } else {
                        // The words before the quotation are the clause's first: after
                        // it, the clause may end at once.
                        q.end + crate::reported::clause_end_after(rest, 0)
                    };
                    let mut span = trim_span(text, Span::new(from, clause_end.max(q.end)));
                    let s = &text[span.range()];
                    // "As one diplomat put it, the summit was “…”": the comma after the
                    // cue, and "that", are no part of the clause.
                    let rest = s.trim_start_matches(|c: char| c == ',' || is_space(c));
                    let rest = rest.strip_prefix("that ").unwrap_or(rest);
                    span.start += s.len() - rest.len();
                    if text[span.range()].ends_with('.') && span.end > q.end {
                        span.end -= 1;
                    }
                    span
                });
                (f, start, mixed)
            })
    };
    // A quote that ends its own sentence is more often introduced than followed.
    if ends_sentence(inner) {
        // The frame before is asked for first and, when it is not whole and there is
        // no frame after, again as the fallback: it is a pure function of the text,
        // so the first answer is kept for the second (no second parse of its clause).
        let before = try_before();
        if before.as_ref().is_some_and(|(f, _, _)| f.whole) {
            return before;
        }
        try_after().or(before)
    } else {
        try_after().or_else(try_before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `may_show_finite_clause` rests on no subject or finite word holding a comma or
    /// a semicolon.
    #[test]
    fn finite_clause_words_hold_no_comma() {
        let lex = crate::lexicon::lexicon();
        for list in ["pronoun", "auxiliary"] {
            assert!(!lex.list(list).is_empty(), "{list}");
            for w in lex.list(list) {
                assert!(!w.contains([',', ';']), "{list}: {w:?}");
            }
        }
    }

    #[test]
    fn tails_without_finite_words_show_no_clause() {
        for (rest, may) in [
            (" in a statement on Monday.", false),
            (", citing the many Americans out of work.", false),
            (", citing the many Americans who had given up.", true),
            (" the two cases were different.", true),
            (" he would, in time, resign.", true),
            (" in a statement that the plan failed.", true),
            (" last week,they were gone", true),
            (" last week; there", true),
            // (No clause starts inside a piece: only a piece's start or its part
            // before a comma can be a clause's word.)
            (" last week;there", false),
            (" on Friday it could go", true),
        ] {
            assert_eq!(may_show_finite_clause(rest), may, "{rest:?}");
        }
    }

    /// The mentions read past the speakers' starts are every subject's mention less
    /// those that start where a speaker phrase does, which the resolver drops.
    #[test]
    fn mentions_skip_subjects_that_are_speakers() {
        let text = "Ayotte would not rule out a run. Trump said the plan would fail. But \
                    Mr. Smith, the mayor, said he disagreed. The company unveiled a plan. \
                    In a speech, Senator Jane Doe said it was late. He added that the \
                    vote would wait.";
        let found = find_statements(text, &Config::default());
        let mut starts: Vec<usize> = found
            .statements
            .iter()
            .filter_map(|r| match r.speaker {
                Attribution::Phrase(span) => Some(span.start),
                _ => None,
            })
            .collect();
        starts.sort_unstable();
        let mention = |m: &Span| &text[m.range()];
        let all = found.mentions_before(text, text.len(), &[]);
        let read = found.mentions_before(text, text.len(), &starts);
        let mut kept = all.clone();
        kept.retain(|m| starts.binary_search(&m.start).is_err());
        assert_eq!(read, kept);
        // A subject that is no speaker is read; speakers that are subjects are not
        // (one after an adverbial that the subject's opening passes over).
        assert!(read.iter().any(|m| mention(m) == "Ayotte"));
        for speaker in ["Trump", "Senator Jane Doe", "He"] {
            assert!(all.iter().any(|m| mention(m) == speaker), "{speaker}");
            assert!(!read.iter().any(|m| mention(m) == speaker), "{speaker}");
        }
    }
}
