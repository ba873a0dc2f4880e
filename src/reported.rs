//! Reported speech: statements without quote marks (or with only a partial quote).
//!
//! The shapes, each a sentence of a paragraph (quotations excluded), named by the rule
//! each statement carries:
//!
//! - `X said (that) …`, `X told reporters on Thursday (that) …`, `X proposed a ban on …`
//!   — the subject, a reporting verb, its complement (`subject_verb_clause`,
//!   `subject_verb_that_clause`; a gerund object, "proposed barring …"; "asked Y about
//!   …"), an infinitive (`subject_verb_infinitive`: "vowed to boycott", "declined to
//!   comment") or a naming predicate (`subject_verb_naming`: "called the judge a hater");
//!   the subject may carry a relative clause ("officials who spoke with the paper
//!   said");
//! - `a charity that prosecutors said was …` — a relative pronoun as the reported
//!   clause's subject (`relative_verb_clause`);
//! - `…, saying …` — a gerund sharing the subject of the verb before it, a quotation's
//!   speaker included, or the sentence's subject (`subject_gerund_clause`);
//! - `…, X said.` / `…, said X.` — the clause first, the attribution after a comma
//!   (`clause_speaker_verb`), or interrupting it: "A Clinton presidency, she vowed,
//!   would bring …" (`parenthetical_speaker_verb`); an adverbial lead ("In a speech
//!   last July, he said:") is no report;
//! - `According to X, …` and `…, according to X.` (`according_to_clause`,
//!   `clause_according_to`);
//! - `X's claim that …`, `his usual remarks that …`, `her pledge to …` — a noun that
//!   reports speech (`speech_noun_clause`);
//! - `When asked (on Monday) whether …`, `Trump was asked what …` — a question put to
//!   someone, by the one named after "by" or by no one named (`asked_question`);
//! - `Lynch: No outside influence …` — a name and a colon (`speaker_colon_clause`).
//!
//! Verbs of thinking (believe, hope, fear, want) are in the lexicon with the cue class
//! `belief`: their statements are `belief`, never `indirect`, and are read only when
//! asked for ([`Scope::beliefs`]), so beliefs are never reported as speech. Their
//! clause must show itself as one (`finite_clause`). The statement's text
//! is the reported clause without "that" and without the sentence's final stop; a
//! clause that holds a quotation is `mixed`.

use crate::attribution::{Attribution, RawStatement, sentence_end};
use crate::cue::CueClass;
use crate::grammar::{
    CueMatch, ScanNotes, SeparatorsBefore, according_to, after_frame, complement,
    is_finite_auxiliary, leading_subject, no_complement, opens_adverbial, possessed_noun_before,
    pseudo_belief, pseudo_verb, reporting_verbs, strip_clause_words, subject_before_within,
    to_complement,
};
use crate::lexicon::{VerbForm, is_one_of, lexicon, with_lower};
use crate::quotes::Quote;
use crate::segment::{
    SpaceStr, ceil_boundary, comma_space, dateline, floor_boundary, is_alphanumeric, is_space,
    trim_space_and_commas, trim_span,
};
use crate::span::Span;
use crate::statement::StatementKind;
use memchr::memmem;
use nom::Offset;
use std::sync::LazyLock;

/// The most words the source of a sentence-opening "According to …," may run on for
/// before its comma ("According to early results of exit polls conducted for The
/// Associated Press and television networks by Edison Research, …").
const ACCORDING_SOURCE_WORDS: usize = 20;

/// The fewest words a reported clause must have to count.
const MIN_CLAUSE_WORDS: usize = 3;

/// What every sentence of a document is read with.
#[derive(Clone, Copy)]
pub(crate) struct Scope<'c> {
    /// The cues that quotation frames already took, with the speaker phrase each found
    /// (sorted by cue), so one cue never yields two statements, and a gerund after
    /// one ("…,” Trump said, adding that …") shares its speaker.
    pub used_cues: &'c [(Span, Option<Span>)],
    /// Whether to read beliefs too ([`StatementKind::Belief`]).
    pub beliefs: bool,
    /// Whether to read no statement at all, and only gather the subject sentences
    /// ([`crate::Config::quotes_only`]): the resolver reads their subjects as the
    /// people a later "he" may refer to, whatever the statements are.
    pub quotes_only: bool,
}

/// Finds the reported-speech statements of `text`. `quotes` are the top-level
/// quotations (in order). The sentences that do not open inside a quotation, whose
/// subjects may be mentions ([`subject_mention`]), are put in `subject_sentences`, in
/// order.
pub(crate) fn reported_statements<'a>(
    text: &'a str,
    ends: &crate::segment::SentenceEnds,
    paragraphs: &[Span],
    quotes: &[Quote],
    scope: Scope,
    subject_sentences: &mut Vec<Span>,
) -> Vec<RawStatement<'a>> {
    // Room for one statement per two paragraphs at once: news text reports about one
    // per three (7.6 in 22.8 paragraphs per PolNeAR article), and a vector grown from
    // four would be copied twice per article. (Only the capacity: a guess that falls
    // short grows as before.)
    let mut out = Vec::with_capacity(paragraphs.len() / 2);
    // The reporting verbs of the sentence being read, in one buffer for all sentences.
    let mut verbs = Vec::new();
    let mut q = 0; // index of the first quote that ends after the current position
    // The sentences are read in text order, so the first terminator at or after each
    // start is found by walking a cursor forward over the terminators (each passed
    // once in the document), not by a binary search per sentence.
    let terminators = ends.all();
    let mut e = 0; // index of the first terminator at or after `start`
    for (pi, &para) in paragraphs.iter().enumerate() {
        let mut start = para.start;
        while start < para.end {
            while terminators.get(e).is_some_and(|&t| t < start) {
                e += 1;
            }
            let mut end = terminators
                .get(e)
                .filter(|&&t| t < para.end.min(text.len()))
                .map_or(para.end, |&t| t + 1);
            debug_assert_eq!(end, sentence_end(ends, start, para.end));
            // Closing marks after the stop belong to this sentence: `… nominee.” The`.
            // (Told from their bytes: `"`, `'`, `)` and `]` are one, `”` and `’` the
            // three of U+201D and U+2019, which no other char's bytes open with; the
            // bytes after a whole mark start a char.)
            let closing_start = end;
            while let Some(len) = match &text.as_bytes()[end..para.end] {
                [b'"' | b'\'' | b')' | b']', ..] => Some(1),
                [0xE2, 0x80, 0x9D | 0x99, ..] => Some(3),
                _ => None,
            } {
                end += len;
            }
            debug_assert_eq!(end, {
                let mut end = closing_start;
                while let Some(c) = text[end..para.end].chars().next() {
                    if matches!(c, '"' | '”' | '’' | '\'' | ')' | ']') {
                        end += c.len_utf8();
                    } else {
                        break;
                    }
                }
                end
            });
            // Only the sentence's opening white space is trimmed: its last char is no
            // space (a terminator, a closing mark, or the last char of its paragraph,
            // which is trimmed), so the sentence is never empty either.
            let opening = crate::segment::trim_start_space_to_mark(&text[start..end]);
            let sentence = Span::new(end - opening.len(), end);
            debug_assert_eq!(sentence, trim_span(text, Span::new(start, end)));
            start = end;
            while q < quotes.len() && quotes[q].end <= sentence.start {
                q += 1;
            }
            // The quotations that touch this sentence: a subslice (the quotes are in
            // order), so no vector is built per sentence.
            let n = quotes[q..]
                .iter()
                .position(|x| x.open >= sentence.end)
                .unwrap_or(quotes.len() - q);
            let touching = &quotes[q..q + n];
            if !inside_quote(touching, sentence.start) {
                subject_sentences.push(sentence);
            }
            if !scope.quotes_only {
                sentence_statements(text, sentence, pi, touching, scope, &mut verbs, &mut out);
            }
        }
    }
    out
}

/// The subject that opens a sentence, when it names someone ("Ayotte would not rule
/// out …", "Mr Al Khazali's statement …" → "Mr Al Khazali"): the people a later "he" or
/// "she" may refer to, though they are not quoted.
///
/// A subject that would start at one of `speaker_starts` (sorted; those before the
/// sentence may be left out) is not read: a speaker phrase starts there, and the
/// resolver reads that phrase as the speaker's, not as a mention besides. (Where the
/// phrase starts is known before it is read: [`crate::grammar::subject_opening`].)
pub(crate) fn subject_mention(
    text: &str,
    sentence: Span,
    speaker_starts: &[usize],
    mentions: &mut Vec<Span>,
) {
    let s = &text[sentence.range()];
    let opening = crate::grammar::subject_opening(s);
    let at = opening.start(s);
    // (Found as the first speaker start at or after the subject's: the ones passed
    // over lie in the sentence before its subject, most often none, and over a
    // document, whose sentences do not overlap, no start is passed over twice.)
    let p = sentence.start + at;
    let speaker = speaker_starts.iter().find(|&&q| q >= p) == Some(&p);
    debug_assert_eq!(speaker, speaker_starts.binary_search(&p).is_ok());
    if speaker {
        // Whatever the phrase, it would start there (or there is none).
        debug_assert!(leading_subject(s).is_none_or(|sp| sp.start == at));
        return;
    }
    let Some(subject) = crate::grammar::subject_from(s, opening) else {
        return;
    };
    debug_assert_eq!(subject.start, at);
    let phrase = &s[subject.range()];
    // Keep the owner of a possessive: "Mr Al Khazali's statement".
    let end = possessive_at(phrase).unwrap_or(phrase.len());
    let owner = phrase[..end].trim_end_space();
    // Most owners open with a name of ASCII letters: an ASCII capital followed by a
    // byte of the same word (printable ASCII other than the space) is a first word of
    // more than one byte that starts with a capital, and the words are not split.
    let b = owner.as_bytes();
    let opens_with_name = b.len() > 1 && b[0].is_ascii_uppercase() && matches!(b[1], b'!'..=b'~');
    debug_assert!(
        !opens_with_name
            || owner
                .split_space()
                .next()
                .is_some_and(|w| w.len() > 1 && w.starts_with(char::is_uppercase))
    );
    if opens_with_name
        || owner
            .split_space()
            .any(|w| w.starts_with(char::is_uppercase) && w.len() > 1)
        || lexicon().is_lower("pronoun", owner)
    {
        let start = sentence.start + subject.start;
        mentions.push(Span::new(start, start + owner.len()));
    }
}

/// Where the first "’s" of `phrase` starts, else its first "'s": one byte search for
/// the "s" (a few words, so building a substring searcher cost more than reading it).
fn possessive_at(phrase: &str) -> Option<usize> {
    let b = phrase.as_bytes();
    let mut straight = None;
    for k in memchr::memchr_iter(b's', b) {
        if k >= 3 && b[k - 3..k] == *"’".as_bytes() {
            return Some(k - 3);
        }
        if straight.is_none() && k >= 1 && b[k - 1] == b'\'' {
            straight = Some(k - 1);
        }
    }
    straight
}

/// True when `s` holds "according" in any ASCII case, as `according_to`'s
/// `tag_no_case` reads it (no other char lower-cases to one of its letters): a byte
/// search for its last letter, then a look back at the eight before it.
///
/// (In line always, and a loop rather than `any`: with a second caller the compiler
/// called it, and its closure, out of line in the loop over every sentence, which
/// cost the quote-dense inputs some 20 instructions a sentence.)
#[inline(always)]
fn mentions_according(s: &str) -> bool {
    const WORD: &[u8] = b"according";
    let b = s.as_bytes();
    for k in memchr::memchr2_iter(b'g', b'G', b) {
        if k + 1 >= WORD.len() && b[k + 1 - WORD.len()..=k].eq_ignore_ascii_case(WORD) {
            return true;
        }
    }
    false
}

/// Where a sentence that ends "…, according to X." splits: the end of the clause, and
/// the spans of "according to" and of X. A dash may stand for the comma ("… robbery —
/// according to the FBI."), and so may nothing at all when the source closes the
/// sentence ("… 46 percent to 39 percent according to a CBS poll released Monday.").
fn clause_according_split(s: &str) -> Option<(usize, Span, Span)> {
    let b = s.as_bytes();
    // (The spaces around the words may be no-break spaces: `according_to` reads them.)
    let k = memmem::rfind(b, b"according").or_else(|| memmem::rfind(b, b"According"))?;
    let before = s[..k].trim_end_space();
    if before.len() == k {
        return None;
    }
    let (cue, source, rest) = according_to(&s[k..])?;
    let found = |end: usize| Some((end, cue.shifted(k), source.shifted(k)));
    if let Some(clause) = before.strip_suffix(',') {
        return found(clause.len());
    }
    // Without a comma the source must close the sentence ("according to the poll, have
    // …" is inside a clause, and so is a source between two dashes), and only a few
    // words may follow it ("released Monday").
    let tail = rest.trim_end_matches(|c: char| {
        is_space(c) || crate::quotes::is_mark(c) || matches!(c, '.' | '!' | '?' | ')')
    });
    if tail.contains([',', ';', ':', '—', '–', '(']) || count_words(tail, 5) > 4 {
        return None;
    }
    for dash in [" —", " –", " --", " -"] {
        if let Some(clause) = before.strip_suffix(dash) {
            return found(clause.len());
        }
    }
    // With nothing between, the phrase after "according to" may be a manner ("went
    // according to plan", "held according to the party's rules"): only a name or a
    // noun that can speak or publish is a source.
    let phrase = &s[k..][source.range()];
    let names = phrase
        .split_space()
        .any(|w| w.starts_with(char::is_uppercase));
    let speaks = phrase
        .split_space()
        .next()
        .is_some_and(crate::grammar::is_determiner)
        && lexicon().in_any_lower(
            &["person_head", "org_head", "group_head", "document_head"],
            head_noun(phrase),
        );
    if before.ends_with(['—', '–', '-', ':', ';', '(']) || !(names || speaks) {
        return None;
    }
    found(before.len())
}

/// True when byte `at` lies inside one of `quotes` (in text order, not overlapping):
/// a binary search, so a sentence with many quotes stays linear.
fn inside_quote(quotes: &[Quote], at: usize) -> bool {
    let k = quotes.partition_point(|x| x.end <= at);
    quotes.get(k).is_some_and(|x| x.open <= at)
}

/// A noun cue of [`read_sentence`]: the word after the noun (" that " or " to ", by its
/// index in [`ScanNotes::NEEDLES`]), the test of the noun's list, and the verb the cue
/// stands for.
type NounCue = (usize, fn(&str) -> bool, VerbForm);

/// The noun cues: "his usual remarks that …", "her pledge to …", and with beliefs
/// "their hope that …", "his plans to …" (those of belief last: [`read_frames`] reads
/// a head of the table without beliefs).
/// Each list's test a function of its own, so that the list's bit is a constant in it
/// (a list named at run time is told by comparing names).
static NOUN_CUES: [NounCue; 4] = [
    (
        ScanNotes::THAT,
        |w| lexicon().is_lower("speech_noun", w),
        pseudo_verb("say"),
    ),
    (
        ScanNotes::TO,
        |w| lexicon().is_lower("speech_noun_to", w),
        pseudo_verb("say"),
    ),
    (
        ScanNotes::THAT,
        |w| lexicon().is_lower("belief_noun", w),
        pseudo_belief("believe"),
    ),
    (
        ScanNotes::TO,
        |w| lexicon().is_lower("belief_noun_to", w),
        pseudo_belief("intend"),
    ),
];

/// How far back from a verb its subject and its attribution are looked for, in bytes:
/// a long sentence, so that the work per verb is bounded.
const REACH: usize = 400;

/// How far back from a verb its subject is looked for, in bytes: a name with a long
/// appositive ("Dick Dever, who was listed on the Cruz slate, told …") fits.
const SUBJECT_REACH: usize = 240;

/// The start of the stretch of `s` at most `reach` bytes before `at`, on a char boundary.
fn reach_back(s: &str, at: usize, reach: usize) -> usize {
    ceil_boundary(s, at.saturating_sub(reach))
}

/// Where the report that ends at byte `k` of sentence `s` ("…, X said") starts: at the
/// sentence's start, after any dateline; or, as [`clause`] caps a report after its
/// verb, at the first word within `4 * REACH` bytes of `k`. (Without the cap a
/// sentence of thousands of ", X said" gave a statement each holding all the text
/// before it: output, and time, quadratic in the sentence.)
fn report_start(s: &str, k: usize) -> usize {
    let start = dateline(s);
    if k <= start + 4 * REACH {
        return start;
    }
    let w = reach_back(s, k, 4 * REACH);
    let cut = &s[w..k];
    cut.char_indices()
        .find(|&(_, c)| is_space(c))
        .map_or(w, |(j, c)| w + j + c.len_utf8())
}

/// Where a report after the attribution "…, X said" can start, when the cue ends at
/// byte `cue_end` of sentence `s`: past the comma after it. (A conjunction after the
/// comma stays: "while in Chicago the parade began …" read without its "while" opens
/// like an adverbial lead, which reports nothing.)
fn after_attribution_end(s: &str, cue_end: usize) -> usize {
    let tail = &s[cue_end..];
    tail.trim_start_space()
        .strip_prefix(',')
        .map_or(cue_end, |rest| s.len() - rest.len())
}

/// The clause from `from` to the end of the sentence, without the final stop, trimmed.
fn clause(text: &str, from: usize, sentence: Span) -> Span {
    // A reported clause is a sentence's worth; past a few thousand bytes the sentence
    // splitter has failed, and the cap keeps the work per verb bounded.
    let end = floor_boundary(text, sentence.end.min(from + 4 * REACH));
    let span = trim_span(text, Span::new(from, end.max(from)));
    let end = span.start + clause_end(&text[span.range()]);
    let mut span = Span::new(span.start, end);
    let s = &text[span.range()];
    let mut cut = s.trim_end_matches(['.', '!', '?', ';', ':', ',']);
    // "(She says the photo … in tears.)": the bracket closes one opened before the
    // clause.
    if let Some(inner) = cut.strip_suffix(')')
        && !inner.contains('(')
    {
        cut = inner.trim_end_matches(['.', '!', '?', ';', ':', ',']);
    }
    span.end -= s.len() - cut.len();
    trim_span(text, span)
}

/// Where a reported clause ends inside the rest of its sentence: before a second clause
/// joined to it (", and he …", ", but …", "; …"), before a verb phrase coordinated
/// with the reporting verb (", and has called for …"), and before a participle clause
/// that reports something else (", saying …", ", adding that …"). The first few words
/// are never cut.
pub(crate) fn clause_end(s: &str) -> usize {
    clause_end_after(s, MIN_CLAUSE_WORDS)
}

/// [`clause_end`] for the rest of a clause whose first `kept` words may not be cut;
/// with none kept, as after a quotation inside the clause (`a "deportation force" on
/// Wednesday, calling it …`), a clause may end at its first comma.
pub(crate) fn clause_end_after(s: &str, kept: usize) -> usize {
    // The first few words are never cut: find where the word after them starts. Past
    // it only commas and semicolons matter, and a byte search finds those.
    let mut words = 0;
    // Whether the char before the current one carries a word on: kept as the scan
    // goes, rather than decoded again backwards at every char.
    let mut after_word = false;
    let mut from = if kept == 0 { 0 } else { s.len() };
    for (i, c) in s.char_indices().take_while(|_| kept > 0) {
        let alphanumeric = is_alphanumeric(c);
        if alphanumeric && !after_word {
            words += 1;
            if words == kept {
                from = i;
                break;
            }
        }
        after_word = alphanumeric || c == '\'' || c == '’' || c == '-';
    }
    // "called her “weak” and said she had …": a second reporting verb joined without a
    // comma starts a report of its own, as ", and said" does.
    let s = &s[..joined_report(&s[from..]).map_or(s.len(), |k| from + k)];
    for i in memchr::memchr2_iter(b',', b';', &s.as_bytes()[from..]).map(|k| k + from) {
        if s.as_bytes()[i] == b';' {
            return i;
        }
        // A quotation may close after the comma (`“expanded the party,” claiming …`):
        // the clause then ends after its closing mark.
        let after_marks = s[i + 1..].trim_start_matches(crate::quotes::CLOSING_MARKS);
        if starts_other_clause(after_marks) {
            return if after_marks.len() < s.len() - i - 1 {
                s.len() - after_marks.len()
            } else {
                i
            };
        }
    }
    s.len()
}

/// Where the first " and " or " but " of `s` that a finite reporting verb follows (an
/// adverb may stand between: "and later said") starts.
fn joined_report(s: &str) -> Option<usize> {
    // The spaces before "and " and "but ", in order, from a search for each: a clause
    // has many spaces and few joins, and a search per space cost more than the test.
    static AND: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(" and "));
    static BUT: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(" but "));
    let b = s.as_bytes();
    let after = |finder: &memmem::Finder, k: usize| finder.find(&b[k..]).map(|j| j + k);
    let (mut and, mut but) = (after(&AND, 0), after(&BUT, 0));
    // (The two never start at one byte: they differ in the byte after the space.)
    while let Some(k) = and.into_iter().chain(but).min() {
        if joined_report_at(s, k) {
            return Some(k);
        }
        if and == Some(k) {
            and = after(&AND, k + 1);
        } else {
            but = after(&BUT, k + 1);
        }
    }
    None
}

/// [`joined_report`]'s test of the " and " or " but " at byte `k` of `s`: a finite
/// reporting verb follows it (an adverb may stand between).
fn joined_report_at(s: &str, k: usize) -> bool {
    let lex = lexicon();
    let mut words = s[k + 5..].split_space().filter(|w| !w.is_empty());
    let mut w = words.next().unwrap_or("");
    if lex.is_lower("adverb", w) {
        w = words.next().unwrap_or("");
    }
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    w.starts_with(char::is_lowercase) && lex.verb(w).iter().any(|v| !v.gerund)
}

/// True when the words after a comma (`rest`) start something other than the report
/// before it: a relative clause (", which …", ", in which …"), a second clause or verb
/// phrase (", and he …", ", but said …"), a concession (", though …"), a participle
/// clause (", saying …"), or the
/// main verb after a relative clause ("Mr. Guerrero, a Republican who described himself
/// as a Catholic, said he recoiled").
pub(crate) fn starts_other_clause(rest: &str) -> bool {
    let lex = lexicon();
    let mut next = rest.trim_start_space().split_space();
    let w1 = next.next().unwrap_or("");
    let w2 = next.next().unwrap_or("");
    let w2_core = w2.trim_end_matches(|c: char| !c.is_alphanumeric());
    if matches!(w1, "which" | "who" | "whom" | "where")
        || (matches!(
            w1,
            "in" | "by" | "under" | "with" | "for" | "of" | "through"
        ) && matches!(w2_core, "which" | "whom"))
    {
        return true;
    }
    match w1 {
        // A concession is a clause of its own: ", though he added that …", ", even
        // though he picked …".
        "though" | "although" => true,
        "even" => matches!(w2_core, "though" | "if"),
        // A contrast with a subject of its own: ", while Republicans say …", ",
        // whereas the other …". (", while running …" goes on below, as a participle.)
        "while" | "whereas" => {
            w2.starts_with(char::is_uppercase)
                || lex.is_lower("pronoun", w2_core)
                || crate::grammar::is_determiner(w2_core)
                || lex.is_lower("group_head", w2_core)
        }
        "and" | "but" => {
            // (The three tests from one lookup.)
            let (lists, readings) = lex.lists_lower_and_verb(w2_core);
            lists.has("pronoun") || lists.has("auxiliary") || !readings.is_empty()
        }
        "including" | "excluding" => false,
        "according" => w2_core == "to",
        _ => {
            // (The word's readings looked up once for both tests.)
            let readings = lex.verb(w1);
            (readings
                .iter()
                .any(|v| matches!(v.lemma, "say" | "tell" | "add"))
                && !w1.ends_with("ing"))
                || readings.iter().any(|v| v.gerund)
                || (w1.len() > 5 && w1.ends_with("ing") && w1.starts_with(char::is_lowercase))
        }
    }
}

/// How many of the space-separated pieces of `s` hold a letter or a digit.
fn word_count(s: &str) -> usize {
    count_words(s, usize::MAX)
}

/// True when `s` has at least `n` words (as [`word_count`] counts them): the count
/// stops at `n`, so a long clause is not read to its end to learn it has three.
fn has_words(s: &str, n: usize) -> bool {
    count_words(s, n) >= n
}

/// [`word_count`] of `s`, or `limit` once that many are counted: one pass over the
/// chars, counting a piece at its first letter or digit.
fn count_words(s: &str, limit: usize) -> usize {
    let mut count = 0;
    let mut counted = false; // the current piece is counted already
    for c in s.chars() {
        if is_space(c) {
            counted = false;
        } else if !counted && is_alphanumeric(c) {
            count += 1;
            if count == limit {
                break;
            }
            counted = true;
        }
    }
    count
}

/// Where the piece holding the `n`th word from the end of `s` starts (words as
/// [`count_words`] counts them: a piece between spaces with a letter or digit in it), or
/// 0 when `s` has fewer: the suffix of `s` from there holds its last `n` words.
fn last_counted_words(s: &str, n: usize) -> usize {
    let mut count = 0;
    let mut counted = false; // the current piece (read backwards) is counted already
    for (k, c) in s.char_indices().rev() {
        if is_space(c) {
            if counted && count == n {
                return k + c.len_utf8();
            }
            counted = false;
        } else if !counted && is_alphanumeric(c) {
            count += 1;
            counted = true;
        }
    }
    0
}

/// How many of the pieces (between spaces) of `s` before its first `stop` hold a
/// letter or a digit, counted up to `limit`; and where that `stop` is, when it comes
/// before the count reaches `limit`. It reads no further than that.
fn words_before(s: &str, stop: char, limit: usize) -> (usize, Option<usize>) {
    let mut count = 0;
    let mut counted = false; // the current piece is counted already
    for (i, c) in s.char_indices() {
        if c == stop {
            return (count, Some(i));
        }
        if is_space(c) {
            counted = false;
        } else if !counted && c.is_alphanumeric() {
            count += 1;
            if count == limit {
                break;
            }
            counted = true;
        }
    }
    (count, None)
}

/// Direct when nothing is quoted, mixed when the clause holds a quotation.
fn kind_of(quotes: &[Quote], span: Span) -> StatementKind {
    let k = quotes.partition_point(|x| x.end <= span.start);
    if quotes.get(k).is_some_and(|x| x.open < span.end) {
        StatementKind::Mixed
    } else {
        StatementKind::Indirect
    }
}

fn sentence_statements<'a>(
    text: &'a str,
    sentence: Span,
    paragraph: usize,
    quotes: &[Quote],
    scope: Scope,
    verbs: &mut Vec<(usize, CueMatch, usize)>,
    out: &mut Vec<RawStatement<'a>>,
) {
    // A sentence wholly inside one quotation reports nothing of its own: every clause
    // the frames below could take lies inside that quotation, which `push` turns away
    // (it is a direct statement, found elsewhere), and every verb is skipped as quoted.
    // So it is not read at all: most of the work is the scan for reporting verbs.
    if quotes
        .iter()
        .any(|x| x.open <= sentence.start && sentence.end <= x.end)
    {
        debug_assert!(
            reads_nothing(text, sentence, paragraph, quotes, scope, verbs),
            "a statement in a sentence wholly quoted: {:?}",
            &text[sentence.range()]
        );
        return;
    }
    // `“We will win,” he said.`: a quotation that opens the sentence, then a subject
    // pronoun and the verb the quotation's frame took as its cue, is attributed in full
    // by the quote pass; reading it finds nothing, and is skipped. (The commonest case
    // of the skip in `read_sentence`, answered here without a verb scan: on a megabyte
    // of such sentences, 36M of 267M instructions.)
    if pronoun_verb_after_quote(text, sentence, quotes, scope.used_cues) {
        debug_assert!(
            reads_nothing(text, sentence, paragraph, quotes, scope, verbs),
            "a statement in a quotation's attribution sentence: {:?}",
            &text[sentence.range()]
        );
        return;
    }
    read_sentence(text, sentence, paragraph, quotes, scope, verbs, out);
}

/// True when `sentence` opens with the top-level quotation `x`, the only one that
/// touches it ([`read_sentence`] tests that much), the words after it (`rest`) hold no
/// " that " and no " to ", the sentence no "according" in any case, and every
/// reporting verb that [`reporting_verbs`] finds in `rest` is a cue in `used_cues`
/// (by its end, as [`read_frames`] looks it up). `verbs` is the scan's buffer,
/// overwritten.
///
/// [`read_frames`] finds no statement there, frame by frame:
/// - the colon frame needs a capitalised first word (`colon_speaker`), and this one
///   opens with a quote mark;
/// - both "according" frames need the word "according" (`according_to`,
///   `clause_according_split`; the debug assertions there check it), and there is none;
/// - a noun cue needs a " that " or a " to " outside the quotation: one inside it is
///   skipped (`inside_quote`), and one that starts before the quotation's end starts
///   inside it (the last char of the quotation is a mark, no space), so the ones that
///   count stand in `rest`, which holds none;
/// - of the reporting verbs of the whole sentence, one whose group starts inside the
///   quotation is skipped (`inside_quote`), whatever it reads. One whose group starts
///   in `rest` is found by the scan of `rest` too, with the same verb: the scan reads
///   a word from its first byte on, `rest` starts at a word boundary (after the
///   closing mark), and a group is parsed from its start to the sentence's end, the
///   same text in both; the state the scan carries from the quotation (auxiliaries
///   and adverbs waiting for their verb) only moves a group's start back into the
///   quotation, where it is skipped, and a verb that `rest` alone reads otherwise only
///   adds a verb to test, never removes one. So each verb the frames would read is
///   one of `rest`'s, a cue the quote pass used, which the verb frames skip before any
///   other test: it yields nothing either (its speaker, noted for a later gerund,
///   serves none: every verb of the sentence is such a cue).
///
/// Only this sentence's reported statements are skipped: it is put among the
/// sentences whose subjects are read as mentions before it is read, and the dates
/// and the quotation's own statement come from passes of their own.
fn attributed_after_quote(
    text: &str,
    sentence: Span,
    x: Quote,
    used_cues: &[(Span, Option<Span>)],
    verbs: &mut Vec<(usize, CueMatch, usize)>,
) -> bool {
    let rest = &text[x.end..sentence.end];
    if memchr::memmem::find(rest.as_bytes(), b" that ").is_some()
        || memchr::memmem::find(rest.as_bytes(), b" to ").is_some()
    {
        return false;
    }
    let mut notes = ScanNotes::new();
    reporting_verbs(rest, verbs, &mut notes);
    // (The whole sentence searched for "according" last, on the few left: its "g"s are
    // many.)
    verbs.iter().all(|&(at, cue, _)| {
        let end = cue.span.shifted(x.end + at).end;
        used_cues.binary_search_by_key(&end, |u| u.0.end).is_ok()
    }) && !mentions_according(&text[sentence.range()])
}

/// True when `sentence` is one top-level quotation (the only one of `quotes`, those
/// touching it) that opens it, then `[","] " "`, a lone subject pronoun
/// ([`crate::grammar::SUBJECT_PRONOUNS`]), one space, a word of lower-case ASCII
/// letters whose end is that of a cue in `used_cues`, and its terminator; and holds no "according" in any case. Each such sentence also passes
/// [`attributed_after_quote`], at the cost of a verb scan: this is its commonest case,
/// read by hand.
///
/// [`read_sentence`] finds no statement there: the colon frame needs a capitalised first
/// word (this one opens with a mark); the "according" frames need that word; the noun
/// cues' " that " and " to " stand inside the quotation, where they are skipped; and of
/// the reporting verbs, those inside the quotation are skipped, the pronoun is none (a
/// unit test checks) nor starts a group, and the last word, with only the terminator
/// after it, is read as a group that ends where it does (or not at all): a used cue,
/// skipped too.
fn pronoun_verb_after_quote(
    text: &str,
    sentence: Span,
    quotes: &[Quote],
    used_cues: &[(Span, Option<Span>)],
) -> bool {
    let [x] = quotes else {
        return false;
    };
    if x.open != sentence.start || x.end >= sentence.end {
        return false;
    }
    let rest = &text[x.end..sentence.end];
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let Some((pronoun, verb)) = rest.strip_prefix(' ').and_then(|r| r.split_once(' ')) else {
        return false;
    };
    let Some(verb) = verb.strip_suffix(['.', '!', '?']) else {
        return false;
    };
    crate::grammar::is_lone_subject_pronoun(pronoun)
        && !verb.is_empty()
        && verb.bytes().all(|b| b.is_ascii_lowercase())
        && used_cues
            .binary_search_by_key(&(sentence.end - 1), |u| u.0.end)
            .is_ok()
        && !mentions_according(&text[sentence.range()])
}

/// [`sentence_statements`] of a sentence not wholly quoted.
///
/// (The skip here, rather than in [`sentence_statements`], leaves the loop over the
/// sentences as it was: there it cost the quote-dense inputs, where
/// `pronoun_verb_after_quote` answers first, up to 40 instructions a sentence.)
#[inline(never)]
fn read_sentence<'a>(
    text: &'a str,
    sentence: Span,
    paragraph: usize,
    quotes: &[Quote],
    scope: Scope,
    verbs: &mut Vec<(usize, CueMatch, usize)>,
    out: &mut Vec<RawStatement<'a>>,
) {
    // `“…,” Mr Smith said.`, `“…,” said Jane Doe, the agency's chief economist.`: the
    // same, with any words after the quotation, when the only reporting verbs there are
    // cues the quote pass took (the argument is at `attributed_after_quote`).
    // (The first test, in line, turns most sentences away without a call.)
    if let [x] = quotes
        && x.open == sentence.start
        && x.end < sentence.end
        && attributed_after_quote(text, sentence, *x, scope.used_cues, verbs)
    {
        debug_assert!(
            reads_nothing(text, sentence, paragraph, quotes, scope, verbs),
            "a statement in a quotation's attribution sentence: {:?}",
            &text[sentence.range()]
        );
        return;
    }
    read_frames(text, sentence, paragraph, quotes, scope, verbs, out);
}

/// True when reading `sentence` with every frame finds no statement: what each skip
/// of [`sentence_statements`] and [`read_sentence`] claims, checked in debug builds
/// (the tests, and debug runs of the example on the corpus).
fn reads_nothing(
    text: &str,
    sentence: Span,
    paragraph: usize,
    quotes: &[Quote],
    scope: Scope,
    verbs: &mut Vec<(usize, CueMatch, usize)>,
) -> bool {
    let mut probe = Vec::new();
    read_frames(text, sentence, paragraph, quotes, scope, verbs, &mut probe);
    probe.is_empty()
}

/// [`read_sentence`] with every frame tried.
/// (In line always: a call of its own cost every sentence read.)
#[inline(always)]
fn read_frames<'a>(
    text: &'a str,
    sentence: Span,
    paragraph: usize,
    quotes: &[Quote],
    scope: Scope,
    verbs: &mut Vec<(usize, CueMatch, usize)>,
    out: &mut Vec<RawStatement<'a>>,
) {
    let s = &text[sentence.range()];
    let base = sentence.start;
    let first = out.len();
    // The clause from where `rest`, a tail of the sentence, starts; a speaker phrase of
    // the sentence as the statement's attribution.
    let rest_clause = |rest: &str| clause(text, base + s.len() - rest.len(), sentence);
    let by = |speaker: Span| Attribution::Phrase(speaker.shifted(base));
    let mut push = |span: Span, speaker: Attribution, cue: CueMatch, confidence: f32, rule| {
        // An infinitive is whole in two words: "declined to comment".
        let least = if rule == "subject_verb_infinitive" {
            2
        } else {
            MIN_CLAUSE_WORDS
        };
        if !has_words(&text[span.range()], least) {
            return false;
        }
        // A clause that is all one quotation is a direct statement, found elsewhere.
        if quotes
            .iter()
            .any(|x| x.open <= span.start && span.end <= x.end)
        {
            return false;
        }
        out.push(RawStatement {
            kind: if cue.verb.class == CueClass::Belief {
                StatementKind::Belief
            } else {
                kind_of(quotes, span)
            },
            text: &text[span.range()],
            span,
            speaker,
            cue: Some(cue),
            paragraph,
            confidence,
            rule,
        });
        true
    };
    // "Lynch: No outside influence on FBI probe" — a name and a colon, the convention of
    // headlines and transcripts ("A: Believe me, …").
    if let Some((speaker, from)) = crate::grammar::colon_speaker(s)
        && !text[base + from..].starts_with(crate::quotes::is_mark)
    {
        let cue = CueMatch {
            span: Span::new(base + speaker.end, base + speaker.end + 1),
            verb: pseudo_verb("say"),
        };
        let span = clause(text, base + from, sentence);
        if push(span, by(speaker), cue, 1.0, "speaker_colon_clause") {
            return;
        }
    }
    // The scan for reporting verbs (their frames are read below) notes which words the
    // frames before them look for: "according", " that " and " to ".
    let mut notes = ScanNotes::new();
    reporting_verbs(s, verbs, &mut notes);
    // According to X, …  ("But according to …" too)
    // Most sentences hold no word "according" in any case, and both "according"
    // frames read it as one: `according_to` reads it (in any ASCII case) first, then
    // white space, from a start at the sentence's start or after a space, a comma, a
    // parenthesis or a quote mark, or after the space before "according" at its last
    // place (`clause_according_split`); the scan takes such a place as a word start
    // and ends the word at the space.
    let according = notes.according();
    let lead_of = |s: &'a str| {
        let opening = |t: &'a str| {
            crate::grammar::strip_clause_words(t)
                .trim_start_matches(|c: char| matches!(c, ',' | '(' | '“' | '"') || is_space(c))
        };
        let opens = |t: &str| {
            t.get(..9)
                .is_some_and(|w| w.eq_ignore_ascii_case("according"))
        };
        let mut t = opening(s);
        // "In addition, according to the department, …": a short adverbial first.
        if !opens(t)
            && let Some((head, rest)) = t.split_once(", ")
            && count_words(head, 5) < 5
            && opens(opening(rest))
        {
            t = opening(rest);
        }
        s.len() - t.len()
    };
    let lead = if according { lead_of(s) } else { 0 };
    debug_assert!(
        according
            || !mentions_according(s)
            || (according_to(&s[lead_of(s)..]).is_none() && clause_according_split(s).is_none()),
        "an according-to frame without the word \"according\": {s:?}"
    );
    // The skip holds only while `according_to` needs the word: the tests check it.
    debug_assert!(
        according
            || according_to(
                crate::grammar::strip_clause_words(s)
                    .trim_start_matches(|c: char| c == ',' || is_space(c))
            )
            .is_none(),
        "an according-to frame without \"according\": {s:?}"
    );
    if according && let Some((cue_span, speaker, rest)) = according_to(&s[lead..]) {
        let (cue_span, speaker) = (cue_span.shifted(lead), speaker.shifted(lead));
        // The source may run on to the comma: "the initial schedule published Thursday".
        let (speaker, rest) = match rest.find(',') {
            Some(c)
                if !rest.starts_with(',') && word_count(&rest[..c]) <= ACCORDING_SOURCE_WORDS =>
            {
                (Span::new(speaker.start, speaker.end + c), &rest[c..])
            }
            _ => (speaker, rest),
        };
        if let Some(r) = rest.strip_prefix(',') {
            let cue = CueMatch {
                span: cue_span.shifted(base),
                verb: pseudo_verb("according to"),
            };
            // "According to the study, published in March by researchers at …, diverting
            // those calls could save …": a participle phrase after the comma describes
            // the source; the report follows the next comma.
            let r = match r.trim_start_space().split_once(' ') {
                Some((first, tail))
                    if first.len() > 4
                        && first.ends_with("ed")
                        && first.starts_with(char::is_lowercase)
                        && let Some(c) = tail.find(", ") =>
                {
                    &tail[c + 1..]
                }
                _ => r,
            };
            let span = rest_clause(r);
            push(span, by(speaker), cue, 1.0, "according_to_clause");
            return;
        }
    }
    // …, according to X.
    if according && let Some((k, cue_span, speaker)) = clause_according_split(s) {
        let cue = CueMatch {
            span: cue_span.shifted(base),
            verb: pseudo_verb("according to"),
        };
        let span = trim_span(text, Span::new(base + dateline(s), base + k));
        push(
            span,
            Attribution::Phrase(speaker.shifted(base)),
            cue,
            1.0,
            "clause_according_to",
        );
        return;
    }
    // Noun cues ([`NOUN_CUES`]). Overlapping matches count: in "claim that that plan …"
    // the second "that" may be the one after the noun.
    static THAT: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(" that "));
    static TO: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(" to "));
    // (The searcher of a needle is fetched only where the scan kept no places for it.)
    let finder_of = |which: usize| -> &'static memmem::Finder<'static> {
        if which == ScanNotes::THAT { &THAT } else { &TO }
    };
    // The noun cues take the places of " that " and " to " that the scan noted, and
    // search only a sentence that holds more of them than the scan keeps. The cues of
    // belief come last in `NOUN_CUES`, so that without beliefs the cues read are a
    // head of it, in the same order, and no cue is passed over one at a time.
    // (The cues are read in place from a table built at compile time: built per
    // sentence, with their searchers fetched, they cost about 30 instructions a
    // sentence, and moved out of an array, copying them cost as much.)
    // Most sentences hold neither needle (56 % of the PolNeAR train articles'), as the
    // scan tells: no cue is read for them.
    let noun_cues = if !notes.spaced_any() {
        &[][..]
    } else if scope.beliefs {
        &NOUN_CUES[..]
    } else {
        &NOUN_CUES[..2]
    };
    debug_assert!(
        notes.spaced_any()
            || (THAT.find(s.as_bytes()).is_none() && TO.find(s.as_bytes()).is_none()),
        "{s:?}"
    );
    debug_assert!(
        NOUN_CUES[..2]
            .iter()
            .all(|cue| cue.2.class != CueClass::Belief)
            && NOUN_CUES[2..]
                .iter()
                .all(|cue| cue.2.class == CueClass::Belief)
    );
    for &(which, nouns, verb) in noun_cues {
        debug_assert_eq!(finder_of(which).needle(), ScanNotes::NEEDLES[which]);
        let mut noted = notes.of(which).map(<[usize]>::iter);
        debug_assert!(noted.clone().is_none_or(|noted| {
            let finder = finder_of(which);
            noted
                .copied()
                .eq(std::iter::successors(finder.find(s.as_bytes()), |&k| {
                    finder.find(&s.as_bytes()[k + 1..]).map(|j| j + k + 1)
                }))
        }));
        let mut from = 0;
        while let Some(k) = match &mut noted {
            Some(noted) => noted.next().copied(),
            None => finder_of(which)
                .find(&s.as_bytes()[from..])
                .map(|k| k + from),
        } {
            from = k + 1;
            if inside_quote(quotes, base + k) {
                continue;
            }
            let w0 = reach_back(s, k, REACH);
            let Some((owner, noun)) = possessed_noun_before(&s[w0..k], nouns) else {
                continue;
            };
            // "Netanyahu's office said in a statement that …": a noun after "in" and
            // an article is where a verb said it; the verb reports the clause.
            let before_noun = s[w0..w0 + noun.start].trim_end_space();
            // (A possessive keeps the noun its owner's: "in its refusal to …".)
            if before_noun
                .rsplit_space()
                .next()
                .is_some_and(|w| is_one_of(w, &["a", "an", "the"]))
                && before_noun
                    .rsplit_space()
                    .nth(1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("in"))
            {
                continue;
            }
            let (owner, noun) = (owner.shifted(w0), noun.shifted(w0));
            let cue = CueMatch {
                span: noun.shifted(base),
                verb,
            };
            // "her pledge to cut taxes": the infinitive is what was pledged; "his
            // promise to the voters" is no infinitive.
            let span = if which == ScanNotes::TO {
                match to_complement(&s[k..], false) {
                    Some(rest) if infinitive_follows(rest) => rest_clause(rest),
                    _ => continue,
                }
            } else {
                clause(text, base + k + " that ".len(), sentence)
            };
            push(span, by(owner), cue, 1.0, "speech_noun_clause");
        }
    }
    // Verbs: "X said (that) …" and "…, X said."
    let mut last_subject: Option<Span> = None;
    // Where a question put to someone ends ("Asked by X to respond, Carson said"): the
    // answer's attribution does not take the question as its clause.
    let mut question_end = 0;
    // Where the last "…, X said" attribution of the sentence ends: the report before
    // the next one starts there ("Prices will rise, Smith said, and wages will fall,
    // Jones said"), not at the sentence's start. (Only such an attribution: a verb
    // inside a report, as in "Clinton had told police that …, the source added",
    // leaves the report whole.)
    let mut after_attribution = 0;
    // The last verb read as a gerund: whether one follows a verb is then one
    // comparison, where a scan of the verbs after each verb is quadratic on a long
    // sentence ("he said and " repeated).
    let last_gerund = verbs.iter().rposition(|later| later.1.verb.gerund);
    // Where the sentence's last "to" starts, found once (and only if asked): whether
    // the rest of the sentence after a verb holds one is then a comparison, where a
    // search per verb was quadratic in a long sentence with none.
    let last_to = std::cell::OnceCell::new();
    // Where the last separator before each verb's subject window ends: carried from
    // verb to verb, so that the subject readers need not search each whole window.
    let separators = SeparatorsBefore::new();
    for (v, &(at, cue, after)) in verbs.iter().enumerate() {
        let cue_abs = cue.span.shifted(base + at);
        if let Ok(k) = scope
            .used_cues
            .binary_search_by_key(&cue_abs.end, |u| u.0.end)
        {
            // The quotation's speaker, when it stands in this sentence, is the subject a
            // later gerund shares.
            if let Some(speaker) = scope.used_cues[k].1
                && speaker.start >= base
                && speaker.end <= sentence.end
            {
                last_subject = Some(Span::new(speaker.start - base, speaker.end - base));
            }
            continue;
        }
        if inside_quote(quotes, base + at) {
            continue;
        }
        // Beliefs only when asked for; and a passive one ("is expected to win") says
        // nothing of who holds it.
        if cue.verb.class == CueClass::Belief
            && (!scope.beliefs
                || s[at..].split_space().next().is_some_and(|w| {
                    matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
                }))
        {
            continue;
        }
        // "an offer to publish the book": an infinitive reports nothing.
        if s[..at].trim_end_space().ends_with(" to") {
            continue;
        }
        // "ruled out a draft" rejects an idea; "ruled that …" reports a decision.
        let rules_out = cue.verb.lemma == "rule"
            && s[after..].split_space().find(|w| !w.is_empty()) == Some("out");
        if court_plea(cue.verb.lemma, &s[after..])
            || discourse_marker(&s[..at], &s[after..])
            || rules_out
        {
            continue;
        }
        let cue = CueMatch {
            span: cue_abs,
            verb: cue.verb,
        };
        // "When asked whether …", "Trump was asked what …": a question put to the
        // subject, by someone named after "by" or by no one named.
        if cue.verb.lemma == "ask"
            && let Some(q) = put_question(s, at, cue.span.len(), after)
        {
            let mut span = clause(text, base + q.from, sentence);
            // "Asked if she believed it, Clinton said …": the question ends at the comma
            // before the clause it opens.
            if q.opens_sentence
                && let Some(c) = comma_space(&text[span.range()])
            {
                span = trim_span(text, Span::new(span.start, span.start + c));
            }
            let asker = q.asker.map_or(Attribution::Nobody, by);
            push(span, asker, cue, 1.0, "asked_question");
            question_end = span.end;
            continue;
        }
        // The lists the verb's lemma is in, from one lookup: the frames below ask up to
        // four of them.
        let lemma_lists = lexicon().lists(cue.verb.lemma);
        let takes_object = lemma_lists.has("object_verb");
        // "called the judge a hater": a naming verb's object and what it is called.
        let named = if lemma_lists.has("naming_verb") {
            named_predicate(&s[after..], cue.verb.lemma)
        } else {
            None
        };
        let starts_clause = |rest: &str| !rest.starts_with(crate::quotes::is_mark);
        // ", saying (that) …": the gerund shares the sentence's subject. ("is warning
        // voters that …" is finite: its group holds an auxiliary.)
        if cue.verb.gerund && !s[at..at + cue.span.len()].contains(is_space) {
            let lead = s[..at].trim_end_space();
            // "recent polls showing a tightening race", "ledgers showing he was paid":
            // an evidence gerund right after a document reports what it shows.
            if lemma_lists.has("evidential")
                && let Some(document) = document_before(lead)
                && let Some(rest) = complement(&s[after..], false)
                && starts_clause(rest)
            {
                push(
                    rest_clause(rest),
                    by(document),
                    cue,
                    1.0,
                    "document_gerund_clause",
                );
                continue;
            }
            // ", saying", "by saying", "issued a statement saying".
            let setting = lead
                .rsplit_space()
                .next()
                .is_some_and(|w| lexicon().is_lower("setting", w));
            // The gerund shares the subject of the verb before it in the sentence
            // ("Lewandowski added, saying …"), else the sentence's own subject.
            let head = &s[..floor_boundary(s, at.min(REACH))];
            // Read only where a frame below needs it: most gerunds take none.
            let subject = || last_subject.or_else(|| leading_subject(head));
            // "…, calling McConnell a liar", "with O'Malley calling Trump a fascist": a
            // gerund that names, its subject the name just before it or the sentence's.
            if let Some(rest) = named {
                let w0 = reach_back(s, at, SUBJECT_REACH);
                let own = (!lead.ends_with(','))
                    .then(|| {
                        let end = separators.end_before(s, w0, at).saturating_sub(w0);
                        subject_before_within(&s[w0..at], end).map(|sp| sp.shifted(w0))
                    })
                    .flatten()
                    .filter(|sp| s[sp.range()].starts_with(char::is_uppercase));
                if let Some(subject) = own.or_else(|| lead.ends_with(',').then(subject).flatten()) {
                    let span = rest_clause(rest);
                    push(span, by(subject), cue, 1.0, "subject_verb_naming");
                }
                continue;
            }
            // "was quoted as saying", "was heard saying": the passive's subject spoke.
            let passive = [" quoted as", " heard", " overheard", " recorded", " filmed"]
                .iter()
                .any(|p| lead.ends_with(p));
            // (A comma inside a closing quote mark counts: "as “fantastic,” telling …";
            // so does a dash: "flipped his choice on the spot – saying …".)
            let after_comma = lead
                .trim_end_matches(crate::quotes::CLOSING_MARKS)
                .ends_with([',', '–', '—']);
            // "with 50 percent saying she is prepared", "with the campaign of the former
            // senator saying …": the gerund has its own subject after "with".
            if let Some(subject) = with_subject(lead)
                && let Some(rest) = complement(&s[after..], takes_object)
                && starts_clause(rest)
            {
                push(
                    rest_clause(rest),
                    by(subject),
                    cue,
                    1.0,
                    "with_subject_gerund_clause",
                );
                continue;
            }
            // "Since announcing in October that he would not run, Mr. Biden …", "Mr.
            // Sanders, after saying he would not advertise, …": a gerund after a
            // conjunction of time shares the subject of the clause it belongs to. One
            // that opens the sentence ends at the comma before that clause.
            // (An adverb may stand between: "after initially saying".)
            let split = |l: &'a str| l.rsplit_once(is_space).unwrap_or(("", l));
            let mut conjunction = split(lead);
            if lexicon().is_lower("adverb", conjunction.1) || conjunction.1.ends_with("ly") {
                conjunction = split(conjunction.0.trim_end_space());
            }
            let that = |rest: &str| s[after..s.len() - rest.len()].contains("that");
            if is_one_of(conjunction.1, &["after", "before", "while", "since", "upon"])
                && let Some(rest) = complement(&s[after..], takes_object)
                && starts_clause(rest)
                // A clause, not an object: "since announcing his candidacy" reports
                // an act.
                && (that(rest) || finite_clause(rest))
            {
                let opening = strip_clause_words(conjunction.0).is_empty();
                let interrupting = conjunction.0.trim_end_space().ends_with(',');
                let subject = if opening {
                    leading_subject(s)
                } else {
                    subject()
                };
                let mut span = rest_clause(rest);
                if (opening || interrupting)
                    && let Some(c) = comma_space(&text[span.range()])
                {
                    span = trim_span(text, Span::new(span.start, span.start + c));
                }
                if let Some(subject) = subject {
                    push(span, by(subject), cue, 1.0, "conjunction_gerund_clause");
                }
                continue;
            }
            if (after_comma || lead.ends_with(" by") || setting || passive)
                && let Some(subject) = subject()
                && let Some(rest) = complement(&s[after..], takes_object)
                && starts_clause(rest)
            {
                push(
                    rest_clause(rest),
                    by(subject),
                    cue,
                    1.0,
                    "subject_gerund_clause",
                );
            }
            continue;
        }
        let w0 = reach_back(s, at, SUBJECT_REACH);
        // Where the last separator before the verb ends, where the subject's reading
        // found that.
        let mut window_end = None;
        let belief = cue.verb.class == CueClass::Belief;
        // Every frame below that takes the subject reads words after the verb (an
        // infinitive, a name for its object, an agent, a finite auxiliary, a clause)
        // or a comma, and each word opens with a letter or a digit (the auxiliaries
        // too, as a test checks); so does a belief's. After a verb with neither in
        // the rest of its sentence ("…, the official said."), none can take one, and
        // no later verb (no gerund) can share it: the subject, the costliest reading
        // here, is not read.
        // Nearly every verb has a space and a word after it: the byte that opens the
        // word settles both tests below (it is alphanumeric, and tells whether the
        // clause may be absent).
        let next = match s.as_bytes()[after..] {
            [b' ', c, ..] if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        };
        let needs_subject = next.is_some()
            || belief
            || named.is_some()
            || s[after..].chars().any(is_alphanumeric)
            || s[after..].trim_start_space().starts_with(',');
        debug_assert!(needs_subject || verbs.iter().all(|v| v.0 <= at), "{s:?}");
        // The subject counts only where a frame below takes it, and each such frame
        // also needs what follows the verb: a clause ("X said (that) …": the
        // complement, a gerund object, or after "ask" "about …"), an infinitive ("to",
        // which `to_complement` reads as a word, holds the letters), a name for the
        // object, a comma ("As X said, …") or a finite auxiliary
        // (`relative_verb_clause`). "As reported by X, …" takes no subject, but only
        // where none is read, so it needs reading where "by" may follow (`agent` reads
        // it as a word after white space). A later gerund may share the subject
        // (`last_subject`). Where none of these holds ("attacks — and mass shootings",
        // "yell “fire” in a theater"), no frame can take the subject, whatever it is:
        // reading it is work thrown away, and nothing else reads it.
        // The clause is told absent only from its first word or char (`no_complement`,
        // a byte or two; reading it costs about what the subject does), the test that
        // settles it for nearly every verb and so comes first. A gerund object is a
        // word in "-ing" after a space, so it too is absent where that test holds.
        let subject_counts = needs_subject
            && (next.is_some_and(|c| takes_object || !matches!(c, b'a' | b'o' | b'b'))
                || !no_complement(&s[after..], takes_object)
                || cue.verb.lemma == "ask"
                || last_gerund.is_some_and(|g| g > v)
                || named.is_some()
                || (lemma_lists.has("to_verb")
                    && last_to
                        .get_or_init(|| last_to_at(s))
                        .is_some_and(|k| k >= after))
                || s[after..].trim_start_space().starts_with([',', 'b', 'B'])
                || relative_verb_clause(&s[after..]).is_some());
        debug_assert!(
            subject_counts
                || !needs_subject
                || ((!lemma_lists.has("to_verb")
                    || to_complement(&s[after..], takes_object).is_none())
                    && crate::grammar::agent(&s[after..]).is_none()
                    && gerund_object(&s[after..], cue.verb.lemma).is_none()),
            "a frame may take the subject of {:?} in {s:?}",
            &s[at..after]
        );
        // "The Cruz campaign calls this a false narrative": an object and what it is
        // called make "calls" a verb, whatever stands before it.
        let subject = subject_counts
            .then(|| {
                let end = separators.end_before(s, w0, at);
                window_end = Some(end);
                subject_before_within(&s[w0..at], end.saturating_sub(w0))
            })
            .flatten()
            .map(|sp| sp.shifted(w0))
            .filter(|subject| {
                named.is_some()
                    || verb_reading_fits(
                        &s[subject.range()],
                        &s[at..at + cue.span.len()],
                        &s[after..],
                    )
            });
        if subject.is_some() {
            last_subject = subject;
        }
        // "If he thought …", "whether they want to …": a condition, no one's belief.
        if belief && subject.is_some_and(|subject| conditional(&s[..subject.start])) {
            continue;
        }
        // "vowed to boycott the product", "urged him to resign".
        if lemma_lists.has("to_verb")
            && let (Some(subject), Some(rest)) = (subject, to_complement(&s[after..], takes_object))
        {
            // "who asked not to be named because …", "declined to be identified": the
            // formula of an anonymous source says nothing of the story.
            if asks_anonymity(rest) {
                continue;
            }
            let span = rest_clause(rest);
            if push(span, by(subject), cue, 1.0, "subject_verb_infinitive") {
                continue;
            }
        }
        // "called the judge a hater", "described the plan as reckless". Without a name
        // for it, "described the meeting", "described how …" still report what was
        // described (below); "called" alone does not ("called the office").
        if lemma_lists.has("naming_verb") {
            if let (Some(subject), Some(rest)) = (subject, named) {
                let span = rest_clause(rest);
                push(span, by(subject), cue, 1.0, "subject_verb_naming");
                continue;
            }
            if cue.verb.lemma != "describe" {
                continue;
            }
        }
        // "As Purple PAC's Crane said, the two standard-bearers have become …"
        // ("But as a reporter noted, …" too.)
        if let Some(subject) = subject
            && opens_with_as(&s[..subject.start])
            && let Some(rest) = s[after..].trim_start_space().strip_prefix(',')
        {
            let span = rest_clause(rest);
            if push(span, by(subject), cue, 1.0, "as_speaker_verb_clause") {
                continue;
            }
        }
        // "As reported by Western Journalism, …", "as first reported by the Times, …":
        // the passive's agent is the source of the clause after the comma.
        if subject.is_none()
            && opens_with_as(&s[..at])
            && let Some((speaker, rest)) = crate::grammar::agent(&s[after..])
            && let Some(rest) = rest.trim_start_space().strip_prefix(',')
        {
            let span = rest_clause(rest);
            if push(
                span,
                by(speaker.shifted(after)),
                cue,
                1.0,
                "as_reported_by_clause",
            ) {
                continue;
            }
        }
        // X said (that) …  ("reported spending $1 million": a speech act's object may
        // be a gerund.)
        if let Some(subject) = subject
            && let Some(rest) = complement(&s[after..], takes_object)
                .or_else(|| gerund_object(&s[after..], cue.verb.lemma))
                .or_else(|| asked_about(&s[after..], cue.verb.lemma))
            && starts_clause(rest)
        {
            let that = s[after..s.len() - rest.len()].contains("that");
            // "knew Muhammad Ali", "assumed Trump's style": a belief verb takes an
            // object as often as a clause, so its clause must show itself.
            if belief && !that && !finite_clause(rest) {
                continue;
            }
            // "added 10 points", "continued the tradition": these verbs report only a
            // clause; with an object they mean something else.
            if !that && reports_only_clauses(cue.verb.lemma) && !finite_clause(rest) {
                continue;
            }
            let mut span = rest_clause(rest);
            // "As Trump lamented illegal immigration, Clinton took a moment …": in a
            // subordinate clause the report ends at the comma before the main clause.
            if opens_subordinate(&s[..subject.start])
                && let Some(c) = comma_space(&text[span.range()])
            {
                span = trim_span(text, Span::new(span.start, span.start + c));
            }
            let rule = if that {
                "subject_verb_that_clause"
            } else {
                "subject_verb_clause"
            };
            if push(span, by(subject), cue, 1.0, rule) {
                continue;
            }
        }
        // "a charity that prosecutors said was suspected of …", "what he said were the
        // failures of …": the relative pronoun before the subject is the reported
        // clause's subject, so the clause starts with its verb.
        if let Some(subject) = subject
            && s[..subject.start]
                .trim_end_space()
                .rsplit_space()
                .next()
                .is_some_and(|w| matches!(w, "that" | "which" | "what" | "who" | "whom"))
            && let Some(rest) = relative_verb_clause(&s[after..])
        {
            let span = rest_clause(rest);
            if push(span, by(subject), cue, 1.0, "relative_verb_clause") {
                continue;
            }
        }
        // …, X said.  The attribution closes the sentence after a comma. ("…, I think,
        // …" is a hedge more often than a belief of its own.)
        if belief {
            continue;
        }
        // (memchr's search: this runs for every verb that found no clause above. A
        // comma is a separator byte: none stands where the last one before the verb
        // ends, and where the subject's reading found that, the search stops there.)
        let commas_end = window_end.map_or(at, |end: usize| end.max(w0));
        let comma = (commas_end > w0)
            .then(|| memchr::memrchr(b',', &s.as_bytes()[w0..commas_end]))
            .flatten()
            .map(|k| k + w0);
        debug_assert_eq!(
            comma,
            memchr::memrchr(b',', &s.as_bytes()[w0..at]).map(|k| k + w0)
        );
        let Some(k) = comma else {
            continue;
        };
        let after_quote = s[..k]
            .chars()
            .next_back()
            .is_some_and(crate::quotes::is_mark);
        if inside_quote(quotes, base + k) || after_quote {
            continue;
        }
        // Only a frame whose cue is this verb can yield its statement, so that is
        // asked first: the tail and speaker tests below are pure (they record
        // nothing), and judged before it they were thrown away wherever the frame's
        // cue was another verb.
        if let Some(f) = after_frame(&s[k..])
            && base + k + f.cue.span.start == cue_abs.start
        {
            let tail = &s[k + f.after_cue..];
            let appositive = tail.trim_start_space().starts_with(',');
            // A few words ("on Wednesday") may follow the verb, up to the end, or up to
            // a participle after a comma ("…, a spokesperson said on Wednesday, citing
            // weaker demand").
            // (Each test reads only the words it needs: read to its end after every
            // verb, a long sentence's tail made the frame quadratic.)
            let short_tail = words_before(tail, ';', 5).0 <= 4
                || crate::grammar::adverbial_tail(tail, takes_object)
                || matches!(words_before(tail, ',', 5), (..=4, Some(c)) if {
                    let next = tail[c + 1..].split_space().find(|w| !w.is_empty()).unwrap_or("");
                    next.len() > 4 && next.ends_with("ing") && next.starts_with(char::is_lowercase)
                });
            // "…, and his support fell in some states.": a form that is as often a noun
            // reads as a verb here only where it would after a subject.
            let speaker = &s[k..][f.speaker.range()];
            // A verb inside the phrase makes it a clause of its own (", and people
            // familiar with her thinking say she now acknowledges …").
            let fits = verb_reading_fits(speaker, &s[at..at + cue.span.len()], tail)
                && crate::grammar::all_speaker_words(speaker);
            if (short_tail || appositive) && fits {
                let start = report_start(s, k).max(after_attribution).min(k);
                after_attribution = after_attribution_end(s, k + f.after_cue);
                let mut span = trim_span(text, Span::new(base + start, base + k));
                if span.start < question_end {
                    continue;
                }
                let mut rule = "clause_speaker_verb";
                let after_comma = tail
                    .trim_start_space()
                    .strip_prefix(',')
                    .map(|a| a.trim_start_space());
                // "In a speech last July, he said: …", "On top of that, opponents say,
                // the wage increase will …": an adverbial is no report; what follows
                // the attribution is, if anything.
                let lead = &text[span.range()];
                if adverbial_lead(lead) {
                    let Some(after_comma) = after_comma.filter(|a| has_words(a, MIN_CLAUSE_WORDS))
                    else {
                        continue;
                    };
                    span = clause(text, base + s.len() - after_comma.len(), sentence);
                    rule = "parenthetical_speaker_verb";
                }
                // "A Clinton presidency, she vowed, would bring better jobs", "At the
                // time, she said, Grayson was trying …": the attribution interrupts
                // the report, which goes on after it. Of the two parts the longer
                // carries the report.
                else if let Some(after_comma) = after_comma
                    && continues_report(lead, after_comma)
                {
                    let rest = clause(text, base + s.len() - after_comma.len(), sentence);
                    if word_count(&text[rest.range()]) >= word_count(lead) {
                        span = rest;
                    }
                    rule = "parenthetical_speaker_verb";
                }
                push(
                    span,
                    Attribution::Phrase(f.speaker.shifted(base + k)),
                    cue,
                    1.0,
                    rule,
                );
            }
        }
    }
    separate_clauses(text, out, first);
}

/// Where the last "to" of `s`, in any ASCII case, starts: the text after a verb can
/// hold a word "to" ([`to_complement`] needs one) only where it starts at or before
/// that. A byte search from the end, cheaper than the parse it spares.
fn last_to_at(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memchr2_iter(b't', b'T', b)
        .rev()
        .find(|&k| b.get(k + 1).is_some_and(|&c| c | 0x20 == b'o'))
}

/// True when `lead`, the words before ", X said", are an adverbial phrase or a
/// subordinate clause ("In a speech last July", "Despite the announced expansion",
/// "But with each passing contest", "Unless countries act"), which reports nothing on
/// its own.
fn adverbial_lead(lead: &str) -> bool {
    let body = strip_clause_words(lead);
    // strip_clause_words takes "in", "for", "by" with the other joining words.
    let body = if body.len() < lead.len() {
        lead.trim_start_space()
            .split_once(is_space)
            .map_or(body, |(first, rest)| {
                if with_lower(first, |w| {
                    matches!(w, "and" | "but" | "so" | "then" | "now")
                }) {
                    rest.trim_start_space()
                } else {
                    lead.trim_start_space()
                }
            })
    } else {
        body
    };
    let first = body.split_space().next().unwrap_or("");
    count_words(body, 11) <= 10
        && !body.contains(',')
        && (opens_adverbial(first) || first.eq_ignore_ascii_case("meanwhile"))
}

/// True when the words after ", X said, " carry on the report that `lead` began rather
/// than describe X: a verb that takes the lead as its subject ("A Clinton presidency,
/// she vowed, would bring …"), or a clause of its own after a short adverbial lead ("At
/// the time, she said, Grayson was trying …"). "…, said Jane Doe, a spokeswoman" and
/// "…, he said, adding …" do not.
fn continues_report(lead: &str, after_comma: &str) -> bool {
    let lex = lexicon();
    let mut words = after_comma.split_space().filter(|w| !w.is_empty());
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    if is_finite_auxiliary(first) {
        return true;
    }
    // An adverbial lead ("At the time", "In the early 1990s", "Still") and a subject
    // with its verb after the comma.
    let short_lead = count_words(lead, 6) <= 5
        && lead.split_space().next().is_some_and(|w| {
            crate::grammar::is_adverbial_start(w)
                || lex.is_lower("adverb", w)
                || with_lower(w, |l| {
                    matches!(
                        l,
                        "still" | "now" | "instead" | "yet" | "indeed" | "but" | "and"
                    )
                })
        });
    let subject = first.starts_with(char::is_uppercase) || lex.is_lower("pronoun", first);
    let verb = second.is_some_and(|w| {
        lex.is("auxiliary", w) || (w.starts_with(char::is_lowercase) && w.ends_with("ed"))
    });
    short_lead && subject && verb
}

/// The rest after a speech act's verb when its object is a gerund phrase ("proposed
/// enforcing a no-fly zone", "reported spending $1.1 million"). After "say", "tell",
/// "add" or "ask" an "-ing" word opens a participle phrase instead ("said, pointing at
/// the map").
fn gerund_object<'a>(after: &'a str, lemma: &str) -> Option<&'a str> {
    if matches!(lemma, "say" | "tell" | "add" | "ask" | "continue") {
        return None;
    }
    let rest = after.strip_prefix(' ')?;
    let first = rest.split_space().next()?;
    (first.len() > 4 && first.ends_with("ing") && first.starts_with(char::is_lowercase))
        .then_some(rest)
}

/// True when `rest`, positioned at "to", goes on with a verb ("to cut taxes"), not with a
/// noun phrase ("to the voters", "to Iowa").
fn infinitive_follows(rest: &str) -> bool {
    rest.split_space()
        .filter(|w| !w.is_empty())
        .nth(1)
        .is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !lexicon().is_lower("stop", w)
                && !with_lower(w, |w| {
                    matches!(
                        w,
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "our"
                            | "my"
                            | "your"
                            | "this"
                            | "these"
                            | "those"
                            | "him"
                            | "them"
                            | "us"
                            | "me"
                            | "all"
                            | "some"
                            | "any"
                            | "every"
                            | "each"
                            | "more"
                    )
                })
        })
}

/// The rest from "about" after an active "ask" and the one asked: "asked Trump about
/// statements he had made", "asked him about the loan" (the question is the phrase from
/// "about" on).
fn asked_about<'a>(after: &'a str, lemma: &str) -> Option<&'a str> {
    if lemma != "ask" {
        return None;
    }
    let mut rest = after.trim_start_space();
    for _ in 0..=QUESTION_ADVERBIAL_WORDS {
        let w = rest.split_space().next()?;
        if w == "about" {
            return Some(rest);
        }
        if w.is_empty() || w.ends_with([',', ';', ':', '.']) || !lexicon().verb(w).is_empty() {
            return None;
        }
        rest = rest[w.len()..].trim_start_space();
    }
    None
}

/// True for an infinitive that asks for anonymity: "(not) to be named", "to be
/// identified", "to remain anonymous".
fn asks_anonymity(infinitive: &str) -> bool {
    let mut words = infinitive.split_space().filter(|w| !w.is_empty());
    let mut w = words.next().unwrap_or("");
    if w == "not" {
        w = words.next().unwrap_or("");
    }
    let (Some(verb), Some(object)) = (words.next(), words.next()) else {
        return false;
    };
    let object = object.trim_end_matches(|c: char| !c.is_alphanumeric());
    w == "to"
        && matches!(
            (verb, object),
            ("be", "named" | "identified" | "quoted" | "cited")
                | ("remain", "anonymous" | "unnamed")
        )
}

/// Reporting verbs that report a clause but never an object: with a noun phrase after
/// them they mean something else ("added 10 points", "continued the tradition",
/// "maintained a lead", "charged a fee", "the state's …").
fn reports_only_clauses(lemma: &str) -> bool {
    matches!(lemma, "add" | "continue" | "maintain" | "state" | "charge")
}

/// True when `lead`, the words before a subject, end in a word that makes a condition
/// of the clause ("if", "whether", "unless").
fn conditional(lead: &str) -> bool {
    lead.trim_end_space()
        .rsplit_space()
        .next()
        .is_some_and(|w| with_lower(w, |w| matches!(w, "if" | "whether" | "unless")))
}

/// True when `clause` reads as a clause rather than an object: it opens with a wh-word
/// ("knows how to use it") or has a finite verb among its first words ("believes the
/// battle will continue", "thought Grayson failed").
fn finite_clause(clause: &str) -> bool {
    let mut words = clause.split_space().filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    if with_lower(first, |w| {
        matches!(
            w,
            "what" | "how" | "why" | "whether" | "when" | "where" | "who"
        )
    }) {
        return true;
    }
    for w in words.take(8) {
        let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let finite = is_finite_auxiliary(core)
            || (core.len() > 3 && core.ends_with("ed") && core.starts_with(char::is_lowercase))
            || core.contains("n’t")
            || core.contains("n't");
        if finite {
            return true;
        }
        if core.len() < w.len() {
            // Punctuation ends the clause's first phrase.
            return false;
        }
    }
    false
}

/// The rest after a reporting verb when it opens with a finite verb group, which has a
/// relative pronoun before the speaker as its subject ("that prosecutors said *was
/// suspected*").
fn relative_verb_clause(after: &str) -> Option<&str> {
    let rest = after.trim_start_space();
    let first = rest.split_space().next()?;
    is_finite_auxiliary(first).then_some(rest)
}

/// A question put to someone, found at a form of "ask" in `s`.
struct Question {
    /// Who asked, when a "by" phrase names them.
    asker: Option<Span>,
    /// Where the question's words start.
    from: usize,
    /// True for a participle that opens the sentence or a subordinate clause ("Asked
    /// if …, Clinton said", "When asked about …, he said").
    opens_sentence: bool,
}

/// The question after a passive "ask" at `at` (the verb group is `len` bytes, `after`
/// is where it ends): "was asked whether …", "when asked about …", "Asked by
/// Stephanopoulos to respond …". An active "X asked whether …" is not one: its subject
/// asks, and the ordinary frames find it.
fn put_question(s: &str, at: usize, len: usize, after: usize) -> Option<Question> {
    let group = &s[at..at + len];
    let first = group.split_space().next().unwrap_or("");
    let auxiliary = matches!(
        first,
        "was" | "were" | "is" | "are" | "been" | "being" | "be" | "get" | "got"
    );
    let lead = s[..at].trim_end_space();
    let before = lead.rsplit_space().next().unwrap_or("");
    let opener = with_lower(before, |lower| {
        matches!(
            lower,
            "when" | "if" | "after" | "once" | "before" | "while" | "until" | "unless"
        )
    });
    let opens_sentence = group.starts_with(char::is_uppercase) || lead.ends_with(',') || opener;
    if !(auxiliary || opens_sentence) {
        return None;
    }
    let mut rest = &s[after..];
    let mut asker = None;
    if let Some(r) = rest.trim_start_space().strip_prefix("by ") {
        // The asker runs to the word that opens the question. (Where each piece
        // stands is read off the piece, never summed from the lengths: a space may be
        // a no-break space of two bytes or another of three.)
        let end = r
            .split_space()
            .take(8)
            .find(|w| question_opener(w))
            .map(|w| r.offset(w))?;
        let phrase = trim_space_and_commas(&r[..end]);
        if !crate::grammar::is_plausible_speaker(phrase) {
            return None;
        }
        // The phrase starts where the trim left it, past any spaces and commas.
        let start = s.len() - r.len() + r.offset(phrase);
        asker = Some(Span::new(start, start + phrase.len()));
        rest = &r[end..];
    }
    // A short adverbial may come first: "Asked on Monday whether …", "When asked at the
    // conference about the merger".
    let mut body = rest.trim_start_space();
    for _ in 0..=QUESTION_ADVERBIAL_WORDS {
        let w = body.split_space().next().unwrap_or("");
        if question_opener(w) {
            break;
        }
        if w.is_empty()
            || w.ends_with([',', ';', ':', '.'])
            || !lexicon().verb(w).is_empty()
            || lexicon().is_lower("pronoun", w)
        {
            return None;
        }
        body = body[w.len()..].trim_start_space();
    }
    if !question_opener(body.split_space().next().unwrap_or("")) {
        return None;
    }
    // "asked about the loan": the question is the phrase from "about" on.
    let from = s.len() - body.len();
    Some(Question {
        asker,
        from,
        opens_sentence: opens_sentence && !auxiliary,
    })
}

/// The most words an adverbial between "asked" and the question may have ("on Monday",
/// "at the business conference").
const QUESTION_ADVERBIAL_WORDS: usize = 4;

/// Words that open what is asked: "about", "whether", "if", "to", a wh-word.
fn question_opener(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "whether"
            | "if"
            | "to"
            | "how"
            | "what"
            | "why"
            | "when"
            | "where"
            | "who"
            | "whom"
            | "which"
    )
}

/// After a naming verb, the object and what it is called: "him a pragmatic and
/// effective strategist", "the plan as reckless". Returns the rest positioned at the
/// object, or `None` when no predicate follows within a few words ("called the police",
/// "called him on Tuesday" are not reports).
fn named_predicate<'a>(rest: &'a str, lemma: &str) -> Option<&'a str> {
    let body = rest.trim_start_space();
    let words: Vec<&str> = body.split_space().take(7).collect();
    let first = words.first()?;
    if first.starts_with(crate::quotes::is_mark)
        || matches!(*first, "for" | "on" | "in" | "up" | "off" | "out" | "back")
    {
        return None;
    }
    let predicate = words.iter().skip(1).any(|w| {
        if lemma == "describe" {
            *w == "as"
        } else {
            // "a hater", "“troubling”", "her home state", "their best chance".
            matches!(*w, "a" | "an" | "her" | "his" | "their" | "its" | "our")
                || w.starts_with(crate::quotes::is_mark)
        }
    });
    predicate.then_some(body)
}

/// The subject of an absolute phrase that ends `lead`: "with 50 percent", "with the
/// campaign of the former senator" (a speaker phrase of at most eight words after the
/// last "with").
fn with_subject(lead: &str) -> Option<Span> {
    // The phrase has at most eight words, so a "with" it can follow is among the last
    // nine words of `lead`: the search starts at the space before them, not at the start
    // of the sentence (which, before every gerund of a long sentence, was quadratic).
    // (A search for its "w" and a look around: a few words, where setting up a
    // substring searcher cost more than reading them.)
    let from = last_counted_words(lead, 9);
    let b = lead.as_bytes();
    let k = memchr::memrchr_iter(b'w', &b[from.saturating_sub(1)..])
        .map(|k| from.saturating_sub(1) + k)
        .find(|&k| k > 0 && b[k - 1] == b' ' && b[k..].starts_with(b"with "))
        .map(|k| k + "with ".len())
        .or_else(|| lead.starts_with("With ").then_some("With ".len()))?;
    let phrase = &lead[k..];
    let words = count_words(phrase, 9);
    ((1..=8).contains(&words)
        && crate::grammar::all_speaker_words(phrase)
        && (crate::grammar::is_plausible_speaker(phrase)
            || crate::grammar::is_plausible_after_speaker(phrase)))
    .then(|| Span::new(k, lead.len()))
}

/// The document that ends `lead` ("recent polls", "handwritten ledgers", "a new
/// CNN poll"): a head of the document list, in the singular or plural, with up to three
/// modifiers and a determiner before it.
fn document_before(lead: &str) -> Option<Span> {
    let lex = lexicon();
    let mut words = lead.rsplit_space();
    let head = words.next()?;
    let singular = head.strip_suffix('s').unwrap_or(head);
    if !(lex.is_lower("document_head", head) || lex.is_lower("document_head", singular)) {
        return None;
    }
    let mut start = lead.len() - head.len();
    for w in words.take(4) {
        let determiner = is_one_of(w, &["a", "an", "the", "this", "these", "new", "recent"]);
        let modifier = !w.is_empty()
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.'))
            && !lex.is_lower("stop", w)
            && !crate::grammar::opens_adverbial(w)
            && !is_one_of(w, &["to", "of", "about", "as", "than"])
            && lex.verb(w).is_empty();
        if !(determiner || modifier) {
            break;
        }
        // (Where the word stands, read off the word: the space before the head may be
        // a no-break space of more than one byte.)
        start = lead.offset(w);
        if determiner && !is_one_of(w, &["new", "recent"]) {
            break;
        }
    }
    Some(Span::new(start, lead.len()))
}

/// True for "Having said that, …" or "That being said": a phrase that links two
/// sentences and reports nothing.
fn discourse_marker(before: &str, after: &str) -> bool {
    let mut words = before.trim_end_space().rsplit_space();
    let last = words.next().unwrap_or("");
    let next = after.trim_start_space();
    // (A word that ends in no "having" is told so before it is trimmed.)
    let having = last.len() >= 6
        && last.as_bytes()[last.len() - 6..].eq_ignore_ascii_case(b"having")
        && last
            .trim_start_matches(['(', '"', '“', '‘'])
            .eq_ignore_ascii_case("having")
        && (next.starts_with("that,") || next.starts_with("so,") || next.starts_with("this,"));
    // "That being said": "being" right after an opening "That".
    let that_being = last == "being"
        && words.next().is_some_and(|w| {
            w.trim_start_matches(['(', '"', '“', '‘'])
                .eq_ignore_ascii_case("that")
        })
        && words.next().is_none_or(|w| w.is_empty());
    having || that_being
}

/// True for a plea in court ("pleaded guilty", "pleads not guilty", "pleaded no
/// contest", "pleaded the Fifth"): a verb of pleading that reports no words.
fn court_plea(lemma: &str, rest: &str) -> bool {
    lemma == "plead"
        && rest.split_space().find(|w| !w.is_empty()).is_some_and(|w| {
            matches!(
                w.trim_end_matches(|c: char| !c.is_alphanumeric()),
                "guilty" | "not" | "innocent" | "no" | "the"
            )
        })
}

/// A form that is as often a noun ("state", "claims", "pledged") reads as a verb only
/// after a name or a pronoun, inside a verb group ("has stated"), or before "that".
fn verb_reading_fits(subject: &str, cue: &str, rest: &str) -> bool {
    let lex = lexicon();
    let form = cue.rsplit_space().next().unwrap_or(cue);
    // The form's readings and lists from one lookup (its homograph test is below).
    let (form_lists, readings) = lex.lists_lower_and_verb(form);
    // "a poll shows", "the study found": evidence verbs need a document as subject.
    // With "that" after it, what a group, an organisation or a named source found is
    // reported ("The authors found that …", "Cleveland showed that …"); one person's
    // finding is as often private ("found that his keys were missing").
    if readings.iter().any(|v| lex.is("evidential", v.lemma)) {
        let head = head_noun(subject);
        let source = lex.in_any_lower(&["group_head", "org_head"], head)
            || (head.len() > 3 && head.ends_with('s') && head.starts_with(char::is_lowercase))
            || head.starts_with(char::is_uppercase);
        return lex.is_lower("document_head", head)
            || (source && rest.trim_start_space().starts_with("that "));
    }
    // "its proposed cutoff", "the disputed territory": right after a determiner a
    // participle is an adjective, whatever the verb. (A noun cue may follow one: "a
    // call for", "his remarks that".)
    let last = subject.rsplit_space().next().unwrap_or("");
    if form.ends_with("ed") && crate::grammar::is_determiner(last) {
        return false;
    }
    if !form_lists.has("homograph") || cue.contains(is_space) {
        return true;
    }
    // "Rubio's comments came": after a possessive the form is a noun ("he's said" is a
    // pronoun's contraction).
    let possessive = subject.ends_with("'s") || subject.ends_with("’s");
    let pronoun = lex.is_lower("pronoun", crate::grammar::without_possessive(last));
    if possessive && !pronoun {
        return false;
    }
    // "his usual remarks that": a determiner just before makes the form a noun.
    let determined = subject.rsplit_space().take(3).any(|w| {
        with_lower(w, |lower| {
            matches!(
                lower,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "this"
                    | "another"
                    | "each"
                    | "every"
                    | "no"
            )
        })
    });
    // "The woman disputes the idea …": after a noun that names people the form is the
    // verb of which that noun is the subject.
    // ("some states", "many claims": a quantity word is a determiner, not a noun.)
    let people = |w: &str| {
        !lex.is_lower("quantity", w)
            && (lex.in_any_lower(&["person_head", "group_head"], w)
                || w.strip_suffix('s')
                    .is_some_and(|one| lex.is_lower("person_head", one)))
    };
    if determined && !people(last) {
        return false;
    }
    let named =
        last.starts_with(char::is_uppercase) || lex.is_lower("pronoun", last) || people(last);
    let before_that = rest.trim_start_space().starts_with("that ");
    // "Iran project director at the Crisis Group", "the state party chairman": a role
    // right after the form makes the form part of a noun phrase.
    let before_role = rest
        .split_space()
        .find(|w| !w.is_empty())
        .is_some_and(|w| w.starts_with(char::is_lowercase) && lex.is_lower("person_head", w));
    (named && !before_role) || before_that
}

/// The head noun of a subject: its last word before any modifier that follows the
/// head ("A poll from Marquette Law School released Wednesday" → "poll", "Surveys of
/// caucus-goers taken as they entered" → "Surveys"), without a possessive 's.
fn head_noun(subject: &str) -> &str {
    let mut head = "";
    for w in subject.split_space().filter(|w| !w.is_empty()) {
        let post_modifier = matches!(
            w,
            "of" | "from"
                | "by"
                | "in"
                | "on"
                | "for"
                | "with"
                | "among"
                | "at"
                | "conducted"
                | "released"
                | "taken"
                | "published"
                | "commissioned"
                | "issued"
                | "that"
                | "which"
                | "out"
                | "there"
                | "here"
        ) || w.starts_with(',');
        if post_modifier && !head.is_empty() {
            break;
        }
        head = w.trim_end_matches(',');
    }
    crate::grammar::without_possessive(head)
}

/// True when `lead`, the words of a sentence before an attribution, are "As" with at
/// most joining words before it ("But as", "And, as"): "As X said, …", "As reported by
/// X, …".
fn opens_with_as(lead: &str) -> bool {
    // The last word is "as" only where the trimmed lead ends in its two letters: a
    // test of two bytes turns away nearly every lead (it runs for each verb without a
    // subject) before the lead is trimmed at its start and split.
    if !matches!(lead.trim_end_space().as_bytes(), [.., a, s] if a | 0x20 == b'a' && s | 0x20 == b's')
    {
        debug_assert!(!opens_with_as_whole(lead), "{lead:?}");
        return false;
    }
    opens_with_as_whole(lead)
}

/// [`opens_with_as`], by splitting off the last word.
fn opens_with_as_whole(lead: &str) -> bool {
    let lead = lead.trim_space();
    let (before, word) = lead.rsplit_once(is_space).unwrap_or(("", lead));
    word.eq_ignore_ascii_case("as") && strip_clause_words(before.trim_end_matches(',')).is_empty()
}

/// True when `lead` (the words of the sentence before a subject) ends in a word that
/// opens a subordinate clause: "As", "While", "When", "Although", "Because", "If".
fn opens_subordinate(lead: &str) -> bool {
    let last = lead.trim_end_space().rsplit_space().next().unwrap_or("");
    with_lower(last, |lower| {
        matches!(
            lower,
            "as" | "while"
                | "when"
                | "although"
                | "though"
                | "because"
                | "if"
                | "since"
                | "after"
                | "before"
                | "whereas"
                | "unless"
                | "until"
        )
    })
}

/// "While Comey has said that …, Lewandowski said …": when a later statement of the
/// same sentence has its speaker after a comma inside an earlier statement's clause, the
/// earlier clause ends at that comma. A statement nested without a comma ("Officials
/// say the minister said …") keeps its whole clause.
fn separate_clauses<'a>(text: &'a str, out: &mut Vec<RawStatement<'a>>, first: usize) {
    // One statement (or none) has no later one to end it: nothing to do, and no
    // vector to allocate.
    if out.len() < first + 2 {
        return;
    }
    let mut too_short = vec![false; out.len() - first];
    let mut i = first;
    while i + 1 < out.len() {
        // The next statement's attribution starts at its speaker ("X said A, and Y said
        // B") or, when its speaker stands elsewhere, at its cue ("X said A and
        // questioned how B"); the earlier one that falls inside this clause.
        let cur = out[i].span;
        let inside = |at: usize| cur.start < at && at < cur.end;
        let speaker_start = match out[i + 1].speaker {
            Attribution::Phrase(span) => Some(span.start),
            Attribution::SameAs(_) | Attribution::Nobody => None,
        };
        let cue_start = out[i + 1].cue.map(|c| c.span.start);
        if let Some(next_speaker) = speaker_start
            .filter(|&at| inside(at))
            .or(cue_start.filter(|&at| inside(at)))
        {
            let before = &text[cur.start..next_speaker];
            let cut = before.trim_end_space();
            let joined = cut
                .strip_suffix(" and")
                .or_else(|| cut.strip_suffix(" but"))
                .map(|c| c.trim_end_space());
            // ", and X said" or " and X said": the earlier clause ends before the join.
            let clause = match joined {
                Some(c) => Some(c.strip_suffix(',').unwrap_or(c)),
                None => cut.strip_suffix(','),
            };
            if let Some(clause) = clause {
                let span = trim_span(text, Span::new(cur.start, cur.start + clause.len()));
                if has_words(&text[span.range()], MIN_CLAUSE_WORDS) {
                    out[i].span = span;
                    out[i].text = &text[span.range()];
                } else {
                    too_short[i - first] = true;
                }
            }
        }
        i += 1;
    }
    if too_short.contains(&true) {
        let mut k = 0;
        let mut tail = out.split_off(first);
        tail.retain(|_| {
            k += 1;
            !too_short[k - 1]
        });
        out.append(&mut tail);
    }
}

#[cfg(test)]
mod tests {
    use crate::attribution::{Attribution, find_statements};
    use crate::extract::Config;
    use crate::statement::StatementKind;

    /// (rule, speaker phrase, text) of every reported statement of `t` (speech only).
    fn reported(t: &str) -> Vec<(&'static str, String, String)> {
        find_statements(t, &Config::default())
            .statements
            .into_iter()
            .map(|r| {
                let speaker = match r.speaker {
                    Attribution::Phrase(s) => t[s.range()].to_string(),
                    Attribution::SameAs(_) | Attribution::Nobody => String::new(),
                };
                (r.rule, speaker, r.text.to_string())
            })
            .collect()
    }

    fn one(t: &str) -> (String, String) {
        let found = reported(t);
        assert_eq!(found.len(), 1, "{t:?} gave {found:?}");
        (found[0].1.clone(), found[0].2.clone())
    }

    /// `with_subject` as it read before its search was bounded: the last " with " of
    /// the whole lead, else a leading "With ".
    fn with_subject_searching_all(lead: &str) -> Option<crate::span::Span> {
        let k = lead
            .rmatch_indices(" with ")
            .next()
            .map(|(k, _)| k + " with ".len())
            .or_else(|| lead.starts_with("With ").then_some("With ".len()))?;
        let phrase = &lead[k..];
        ((1..=8).contains(&super::count_words(phrase, 9))
            && crate::grammar::all_speaker_words(phrase)
            && (crate::grammar::is_plausible_speaker(phrase)
                || crate::grammar::is_plausible_after_speaker(phrase)))
        .then(|| crate::span::Span::new(k, lead.len()))
    }

    /// Whether `s` holds "to" in any ASCII case: what `last_to_at` answers for every
    /// tail of a sentence at once.
    fn holds_to(s: &str) -> bool {
        let b = s.as_bytes();
        (1..b.len()).any(|k| b[k - 1] | 0x20 == b't' && b[k] | 0x20 == b'o')
    }

    proptest::proptest! {
        /// `words_before` as the tests it stands for in the ", X said" frame: up to
        /// five words before the first ';', and at most four before a first comma.
        #[test]
        fn words_before_as_split_and_count(pieces in proptest::collection::vec(
            proptest::sample::select(&[
                " ", " ", "\u{a0}", "on", "Monday", ",", ";", "—", "x,", "é", "7", "a;b",
                "citing",
            ][..]),
            0..24,
        )) {
            let s = pieces.concat();
            let few_words = |t: &str| {
                crate::segment::SpaceStr::split_space(t)
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .take(5)
                    .count()
                    <= 4
            };
            proptest::prop_assert_eq!(
                super::words_before(&s, ';', 5).0 <= 4,
                few_words(s.split(';').next().unwrap_or(&s))
            );
            let comma = match super::words_before(&s, ',', 5) {
                (..=4, Some(c)) => Some(c),
                _ => None,
            };
            let whole = s.split_once(',').filter(|(head, _)| few_words(head)).map(|(h, _)| h.len());
            proptest::prop_assert_eq!(comma, whole);
        }

        /// The bounded searches give what the searches over the whole text gave, on
        /// strings of words, marks, spaces and chars that are not ASCII: the subject
        /// after "with" (and the word count it rests on), and "to" after each place.
        #[test]
        fn bounded_searches_as_whole_ones(pieces in proptest::collection::vec(
            proptest::sample::select(&[
                "with", "With", " ", " ", " ", "\u{a0}", "the", "campaign", "of", "a",
                "former", "senator", "50", "percent", "—", ",", "é", "’s", "Mr", "Smith",
                "to", "TO", "tO", "t", "o", "said", "“", "-",
            ][..]),
            0..40,
        )) {
            let s = pieces.concat();
            proptest::prop_assert_eq!(super::with_subject(&s), with_subject_searching_all(&s));
            let words = super::count_words(&s, usize::MAX);
            for n in 1..12 {
                let from = super::last_counted_words(&s, n);
                proptest::prop_assert!(s.is_char_boundary(from));
                proptest::prop_assert_eq!(super::count_words(&s[from..], usize::MAX), n.min(words));
            }
            let last = super::last_to_at(&s);
            for k in (0..=s.len()).filter(|&k| s.is_char_boundary(k)) {
                proptest::prop_assert_eq!(last.is_some_and(|j| j >= k), holds_to(&s[k..]), "{}", k);
            }
        }
    }

    /// The pronouns of `pronoun_verb_after_quote` are no verb forms and start no verb
    /// group, nor are they read as a headline verb: the scan finds no reporting verb
    /// at them. And the skip holds on a few sentences (the debug assertion in
    /// `sentence_statements` compares it with reading them).
    #[test]
    fn a_pronoun_after_a_quote_is_no_verb() {
        for p in crate::grammar::SUBJECT_PRONOUNS {
            assert!(
                crate::lexicon::lexicon().is_lower("pronoun", &p.to_ascii_lowercase()),
                "{p}"
            );
            let lower = p.to_ascii_lowercase();
            let lex = crate::lexicon::lexicon();
            assert!(!lex.verb_group_role(lower.as_bytes()).0, "{p}");
            assert!(lex.verb_group_role(lower.as_bytes()).1.is_empty(), "{p}");
            assert!(lex.verb(&lower).is_empty(), "{p}");
            assert!(p != "Say" && !p.ends_with('s'));
            let mut verbs = Vec::new();
            let mut notes = crate::grammar::ScanNotes::new();
            let s = format!("“We will win,” {p} said.");
            crate::grammar::reporting_verbs(&s, &mut verbs, &mut notes);
            assert!(verbs.iter().all(|v| v.0 > s.find('”').unwrap()), "{p}");
        }
        for t in [
            "“We will win,” he said. “We,” she said!",
            "“According to us, we will win,” he said.",
            "“Lynch: we will win,” they said.",
            "“We think that he wants to win,” It said.",
            "“We will win”, I said.",
        ] {
            reported(t);
        }
    }

    #[test]
    fn every_auxiliary_holds_a_letter() {
        // `read_sentence` reads no subject for a verb with no letter or digit after
        // it: no frame could read an auxiliary there.
        let auxiliaries = crate::lexicon::lexicon().list("auxiliary");
        assert!(!auxiliaries.is_empty());
        for w in auxiliaries {
            assert!(w.chars().any(crate::segment::is_alphanumeric), "{w:?}");
        }
    }

    #[test]
    fn subject_verb_clause_with_and_without_that() {
        assert_eq!(
            one("The minister said that the bridge would reopen in May."),
            (
                "The minister".into(),
                "the bridge would reopen in May".into()
            )
        );
        assert_eq!(
            one("Officials in the coalition say Iraqi troops are now mostly able to cope."),
            (
                "Officials in the coalition".into(),
                "Iraqi troops are now mostly able to cope".into()
            )
        );
        assert_eq!(
            one("Jane Roe told reporters on Monday that the vote was rigged."),
            ("Jane Roe".into(), "the vote was rigged".into())
        );
        // Hearers with a modifier, or a name with "and", "of" and an outlet noun.
        assert_eq!(
            one("Sanders told cheering supporters that the arc can happen anywhere."),
            ("Sanders".into(), "the arc can happen anywhere".into())
        );
        assert_eq!(
            one(
                "Wilson told The Post and Courier newspaper of Charleston on Saturday that he voted for Rubio."
            ),
            ("Wilson".into(), "he voted for Rubio".into())
        );
        // Any plural noun of people may be the one told, and an occasion with a
        // modifier stands whole before "that".
        assert_eq!(
            one("Ms Lindqvist told investors on a conference call that sales had fallen."),
            ("Ms Lindqvist".into(), "sales had fallen".into())
        );
        // The one urged is part of what a directive says.
        assert_eq!(
            one("The mayor urged residents not to travel."),
            ("The mayor".into(), "residents not to travel".into())
        );
    }

    #[test]
    fn clause_first_and_according_to() {
        assert_eq!(
            one("The plant will close by June, the company said."),
            ("the company".into(), "The plant will close by June".into())
        );
        assert_eq!(
            one("According to the report, prices rose by a third."),
            ("the report".into(), "prices rose by a third".into())
        );
        // A long source runs on to its comma.
        assert_eq!(
            one(
                "According to early results of exit polls conducted for the networks by a research firm, turnout rose sharply."
            ),
            (
                "early results of exit polls conducted for the networks by a research firm".into(),
                "turnout rose sharply".into()
            )
        );
        assert_eq!(
            one("Prices rose by a third, according to a survey released on Friday."),
            ("a survey".into(), "Prices rose by a third".into())
        );
        // A dash, or nothing, before a source that closes the sentence.
        assert_eq!(
            one("Crime rose — mostly robbery — according to data from the FBI."),
            ("data".into(), "Crime rose — mostly robbery".into())
        );
        assert_eq!(
            one("Clinton leads 46 percent to 39 percent according to a CBS poll released Monday."),
            (
                "a CBS poll".into(),
                "Clinton leads 46 percent to 39 percent".into()
            )
        );
        // A manner is no source, nor is a source inside the clause.
        assert!(reported("The attack went according to plan.").is_empty());
        assert!(reported("The vote was held according to the party's rules.").is_empty());
        assert!(
            reported("Voters, most of whom backed him according to the poll, stayed home.")
                .is_empty()
        );
    }

    #[test]
    fn a_concession_after_a_comma_ends_the_report() {
        let found =
            reported("He said the press was unfair, though he added that it had helped him.");
        assert_eq!(found[0].2, "the press was unfair", "{found:?}");
        assert_eq!(
            one("He predicted North Carolina would win, even though he picked Denver."),
            ("He".into(), "North Carolina would win".into())
        );
    }

    #[test]
    fn a_second_reporting_verb_joined_by_and_ends_the_first_report() {
        let found = reported("China said it was opposed to the test and warned the North to stop.");
        assert_eq!(found[0].2, "it was opposed to the test", "{found:?}");
        // A verb that reports nothing stays in the clause.
        assert_eq!(
            one("The mayor said the bridge was old and failed last year."),
            (
                "The mayor".into(),
                "the bridge was old and failed last year".into()
            )
        );
    }

    #[test]
    fn an_inverted_attribution_after_a_joined_clause() {
        assert_eq!(
            one(
                "Many factors raise the cost of college and a student's debt, said Mark Kantrowitz, an expert."
            ),
            (
                "Mark Kantrowitz".into(),
                "Many factors raise the cost of college and a student's debt".into()
            )
        );
    }

    #[test]
    fn an_inverted_attribution_after_a_clause_longer_than_a_subject() {
        // Fifteen words before the comma: the last fourteen would end in a name
        // ("… his clout in Boston"), but they are the end of a clause, not a subject.
        assert_eq!(
            one(
                "His endorsement could matter more for the purposes of identity politics than for his clout in Boston, said Democratic strategist Hank Sheinkopf."
            ),
            (
                "Democratic strategist Hank Sheinkopf".into(),
                "His endorsement could matter more for the purposes of identity politics than for his clout in Boston".into()
            )
        );
    }

    #[test]
    fn a_group_with_a_long_modifier() {
        assert_eq!(
            one("Organizers of the push to boycott the speech said they are worried."),
            (
                "Organizers of the push to boycott the speech".into(),
                "they are worried".into()
            )
        );
    }

    #[test]
    fn a_place_may_stand_between_the_verb_and_the_clause() {
        assert_eq!(
            one("Grossi told reporters in Vienna he hoped to restore cooperation."),
            ("Grossi".into(), "he hoped to restore cooperation".into())
        );
        // A capitalised word after the place goes on naming it: no clause is split off.
        assert!(
            reported("Grossi said in Washington Post interviews the talks failed.")
                .iter()
                .all(|(_, _, text)| !text.starts_with("Post"))
        );
    }

    #[test]
    fn a_relative_clause_after_an_object_has_the_object_as_its_subject() {
        // "ignored" is the verb whose object the study is, not part of the speaker.
        let found =
            reported("He said the council had ignored a study that found calls made up a third.");
        assert!(
            found
                .iter()
                .any(|(_, speaker, text)| speaker == "a study" && text == "calls made up a third"),
            "{found:?}"
        );
    }

    #[test]
    fn according_to_a_source_described_by_a_participle() {
        assert_eq!(
            one(
                "According to the study, published in March by researchers, diverting calls could save money."
            ),
            (
                "the study".into(),
                "diverting calls could save money".into()
            )
        );
    }

    #[test]
    fn a_name_described_over_several_commas() {
        // The speaker phrase starts at the name; the descriptions after it go with it.
        let (speaker, text) = one(
            "Sandra Inman, a Cruz supporter from Jackson, Miss., attending the convention, said she could not support him.",
        );
        assert!(
            speaker.starts_with("Sandra Inman, a Cruz supporter"),
            "{speaker}"
        );
        assert_eq!(text, "she could not support him");
        let (speaker, _) = one("Rep. Chris Collins, R-N.Y., noted that anger was growing.");
        assert!(speaker.starts_with("Rep. Chris Collins"), "{speaker}");
    }

    #[test]
    fn an_ing_noun_after_an_article_may_stand_before_that() {
        assert_eq!(
            one("The company said in a filing with regulators that it expected revenue to fall."),
            ("The company".into(), "it expected revenue to fall".into())
        );
    }

    #[test]
    fn an_outlet_may_be_the_one_told() {
        assert_eq!(
            one("Rescue workers told local television that dozens of people were still missing."),
            (
                "Rescue workers".into(),
                "dozens of people were still missing".into()
            )
        );
    }

    #[test]
    fn a_contrast_with_its_own_subject_ends_the_clause() {
        let found = reported(
            "Democrats argue the measure would hurt small businesses, while Republicans say it is long overdue.",
        );
        assert_eq!(
            found[0].2, "the measure would hurt small businesses",
            "{found:?}"
        );
        assert_eq!(found[1].2, "it is long overdue", "{found:?}");
    }

    #[test]
    fn in_a_statement_that_is_where_the_verb_said_it() {
        let found = reported("Netanyahu's office said in a statement that Israel would respond.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "Netanyahu's office");
        assert_eq!(found[0].2, "Israel would respond");
    }

    #[test]
    fn an_occasion_may_be_the_one_told() {
        let found = reported(
            "Tedros told a news conference in Geneva that the decision was not a vote of no confidence.",
        );
        assert_eq!(
            found[0].2, "the decision was not a vote of no confidence",
            "{found:?}"
        );
    }

    #[test]
    fn a_homograph_before_a_role_is_a_noun() {
        // "project director": no report by "Iran".
        assert!(
            reported("It cannot bow, said Ali Vaez, Iran project director at the Crisis Group.")
                .iter()
                .all(|(_, speaker, _)| speaker != "Iran")
        );
    }

    #[test]
    fn a_clause_may_open_with_a_bounded_quantity() {
        assert_eq!(
            one("The budget office said about half of the rise reflected tax cuts."),
            (
                "The budget office".into(),
                "about half of the rise reflected tax cuts".into()
            )
        );
        // "about" before anything else is a topic, not a clause.
        assert!(reported("The office said about a student that he was late.").len() <= 1);
    }

    #[test]
    fn a_participle_after_a_determiner_is_no_verb() {
        assert!(reported("The department cut its proposed budget by a tenth.").is_empty());
        assert!(reported("Fighting flared near the disputed territory of the north.").is_empty());
    }

    #[test]
    fn as_reported_by_an_agent() {
        assert_eq!(
            one("As reported by Western Journalism, the city raised its minimum wage."),
            (
                "Western Journalism".into(),
                "the city raised its minimum wage".into()
            )
        );
        assert_eq!(
            one("And, as first reported by The New York Times, the company will close two plants."),
            (
                "The New York Times".into(),
                "the company will close two plants".into()
            )
        );
        // An agent that is no source: "expected" reports nothing.
        assert!(reported("As expected by analysts, prices rose.").is_empty());
    }

    #[test]
    fn clause_first_with_where_and_to_whom() {
        // The attribution may go on with where, when and to whom it was said.
        assert_eq!(
            one("The plant will close by June, the company said in a statement on Monday."),
            ("the company".into(), "The plant will close by June".into())
        );
        assert_eq!(
            one("The state was only doing what others do, he told the court in his filing."),
            (
                "he".into(),
                "The state was only doing what others do".into()
            )
        );
        // A semicolon begins another clause.
        assert_eq!(
            one("Turnout will decide the race, analysts say; in 2012 it did."),
            ("analysts".into(), "Turnout will decide the race".into())
        );
        // A clause of its own after the verb is no adverbial.
        assert!(
            reported("Prices rose, the chief said the plan would fail in June.")
                .iter()
                .all(|(rule, _, _)| *rule != "clause_speaker_verb")
        );
        assert!(reported("Prices rose, CNN reported at least six planes flew over.").is_empty());
    }

    #[test]
    fn naming_verbs_with_their_predicate() {
        assert_eq!(
            one("The Cruz campaign calls this a false narrative."),
            ("The Cruz campaign".into(), "this a false narrative".into())
        );
        assert_eq!(
            one("Lynch calls North Carolina her home state."),
            ("Lynch".into(), "North Carolina her home state".into())
        );
        assert_eq!(
            reported("The campaign, calling the report a smear, said it would sue.")[0],
            (
                "subject_verb_naming",
                "The campaign".to_string(),
                "the report a smear".to_string()
            )
        );
        // Without a predicate, "calls" is a noun or a telephone call.
        assert!(reported("The calls to the office went unanswered for days.").is_empty());
    }

    #[test]
    fn attributions_that_interrupt_the_report() {
        // An adverbial before the attribution reports nothing; the clause after it does.
        assert_eq!(
            one("On top of that, opponents say, the wage increase will raise prices."),
            (
                "opponents".into(),
                "the wage increase will raise prices".into()
            )
        );
        assert!(reported("In a speech last July, he said:").is_empty());
        // A clause between commas is no appositive of a name before it.
        let found = reported(
            "In Decatur, the steel plant is hanging on, but it is under pressure, said the chief executive, Jo Hale.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("the chief executive"), "{found:?}");
        assert_eq!(
            one("A Clinton presidency, she vowed, would bring better-paying jobs and schools."),
            (
                "she".into(),
                "would bring better-paying jobs and schools".into()
            )
        );
        assert_eq!(
            one("At the time, she said, Grayson was trying to pressure Randolph."),
            (
                "she".into(),
                "Grayson was trying to pressure Randolph".into()
            )
        );
        // An appositive describes the speaker; the report is before the attribution.
        assert_eq!(
            one("The plant will close in June, said Jane Doe, a spokeswoman for the firm."),
            ("Jane Doe".into(), "The plant will close in June".into())
        );
        // A quotation right after the verb (a multi-byte mark where a comma may be):
        // no slicing inside it.
        reported("It was all wrong, he said “misrepresenting what had occurred.”");
    }

    #[test]
    fn questions_put_to_someone() {
        // The one who asks, the one asked and what about.
        assert_eq!(
            one("The host asked the mayor about the closure of the depot."),
            ("The host".into(), "about the closure of the depot".into())
        );
        assert!(reported("Nobody asked about the depot, so he brought it up himself.").is_empty());
        // A short adverbial may stand before the question; "about" opens it.
        assert_eq!(
            reported("Asked on Monday whether the mayor would run again, she smiled.")[0].2,
            "whether the mayor would run again"
        );
        assert_eq!(
            reported("When asked at the conference about the merger, she smiled.")[0].2,
            "about the merger"
        );
        assert_eq!(
            reported("But when asked how she would define the establishment, she laughed."),
            [(
                "asked_question",
                String::new(),
                "how she would define the establishment".to_string()
            )]
        );
        assert_eq!(
            reported("Asked by Stephanopoulos to respond to the criticism, Carson said no."),
            [(
                "asked_question",
                "Stephanopoulos".to_string(),
                "to respond to the criticism".to_string()
            )]
        );
        // Passive: the one asked is not the speaker.
        assert_eq!(
            reported("Trump was asked what he thought Clinton could do.")[0].1,
            ""
        );
        // Active: the subject asks, as any reporting verb's subject speaks.
        assert_eq!(
            one("The group asked whether candidates supported the act."),
            (
                "The group".into(),
                "whether candidates supported the act".into()
            )
        );
    }

    #[test]
    fn short_infinitives_and_possessives() {
        assert_eq!(
            one("David Kendall, a lawyer for Clinton, declined to comment."),
            (
                "David Kendall, a lawyer for Clinton".into(),
                "to comment".into()
            )
        );
        assert!(reported("Rubio's comments came on Sunday after the debate ended.").is_empty());
        assert!(reported("Her call for a ban on assault weapons drew applause.").is_empty());
        // A time between the verb and "to"; the report starts at "to".
        assert_eq!(
            one("The campaign vowed Tuesday to remain in the race."),
            ("The campaign".into(), "to remain in the race".into())
        );
        // "to" with a noun of an occasion after it is still the infinitive.
        assert_eq!(
            one("A spokesman declined to address the report."),
            ("A spokesman".into(), "to address the report".into())
        );
    }

    #[test]
    fn relative_pronouns_stand_for_their_noun() {
        assert_eq!(
            one(
                "Pelosi is among those echoing security experts who say Russian services doctor documents."
            ),
            (
                "security experts".into(),
                "Russian services doctor documents".into()
            )
        );
    }

    #[test]
    fn speech_acts_with_a_noun_phrase_object() {
        assert_eq!(
            one("Last year Trump proposed a ban on Muslims entering the United States."),
            (
                "Trump".into(),
                "a ban on Muslims entering the United States".into()
            )
        );
        assert_eq!(
            one("Representative Mike Coffman denounced the remarks of the nominee."),
            (
                "Representative Mike Coffman".into(),
                "the remarks of the nominee".into()
            )
        );
        assert_eq!(
            one("Trump railed against the trade deal with China on Tuesday."),
            (
                "Trump".into(),
                "the trade deal with China on Tuesday".into()
            )
        );
        // The object may be a gerund phrase; after "said" an "-ing" word is no object.
        assert_eq!(
            one("Ms Ruiz proposed closing the old bridge to lorries."),
            ("Ms Ruiz".into(), "closing the old bridge to lorries".into())
        );
        assert!(reported("Ms Ruiz said nothing, pointing at the map.").is_empty());
        assert_eq!(
            one("The mayor likened the new tax to a toll on every commuter."),
            (
                "The mayor".into(),
                "the new tax to a toll on every commuter".into()
            )
        );
        // As nouns they report nothing.
        assert!(reported("The attacks on the convoy killed six soldiers.").is_empty());
        // A noun of speech with its infinitive; "to" and a noun phrase is no infinitive.
        assert_eq!(
            one("Few were surprised by Mayor Diaz's refusal to meet the drivers."),
            ("Mayor Diaz".into(), "to meet the drivers".into())
        );
        assert!(reported("He kept his promise to the voters of the north.").is_empty());
    }

    #[test]
    fn nouns_gerunds_and_infinitives() {
        assert_eq!(
            one("It contrasted with his usual remarks that the troops should leave."),
            ("his".into(), "the troops should leave".into())
        );
        assert_eq!(
            one("The mayor closed the park, saying the lake was unsafe for swimmers."),
            (
                "The mayor".into(),
                "the lake was unsafe for swimmers".into()
            )
        );
        assert_eq!(
            one("The senator vowed to block the bill in committee."),
            (
                "The senator".into(),
                "to block the bill in committee".into()
            )
        );
    }

    /// (kind, speaker phrase, text) of every statement of `t`, beliefs included.
    fn with_beliefs(t: &str) -> Vec<(StatementKind, String, String)> {
        find_statements(t, &Config::builder().beliefs(true).build())
            .statements
            .into_iter()
            .map(|r| {
                let speaker = match r.speaker {
                    Attribution::Phrase(s) => t[s.range()].to_string(),
                    Attribution::SameAs(_) | Attribution::Nobody => String::new(),
                };
                (r.kind, speaker, r.text.to_string())
            })
            .collect()
    }

    #[test]
    fn beliefs_are_a_kind_of_their_own_when_asked_for() {
        let belief = |speaker: &str, text: &str| {
            (StatementKind::Belief, speaker.to_string(), text.to_string())
        };
        assert_eq!(
            with_beliefs("The minister believes the bridge will reopen in May."),
            [belief("The minister", "the bridge will reopen in May")]
        );
        assert_eq!(
            with_beliefs("Ms Ruiz wants to bring back the old tram lines."),
            [belief("Ms Ruiz", "to bring back the old tram lines")]
        );
        assert_eq!(
            with_beliefs("He knows how to win a close race in the north."),
            [belief("He", "how to win a close race in the north")]
        );
        // An object is no clause; a condition and a passive are no one's belief.
        for t in [
            "Her father knew Muhammad Ali for decades.",
            "If he thought the plan would fail, he kept quiet about it.",
            "The senator is expected to win the seat in November.",
        ] {
            assert!(
                with_beliefs(t).is_empty(),
                "{t:?} gave {:?}",
                with_beliefs(t)
            );
        }
        // Nouns of belief and intention, with their possessor.
        assert_eq!(
            with_beliefs("Ms Ruiz held on to her hope that the tram would run by May."),
            [belief("her", "the tram would run by May")]
        );
        assert_eq!(
            with_beliefs("The drivers learned of Mayor Diaz's plans to close the depot."),
            [belief("Mayor Diaz", "to close the depot")]
        );
        // A quotation is speech even after a verb of thinking.
        let found =
            with_beliefs("Ana Ruiz thinks about it and says: \"The bridge will open in May.\"");
        assert!(
            found
                .iter()
                .all(|(kind, _, _)| *kind == StatementKind::Direct),
            "{found:?}"
        );
    }

    #[test]
    fn verbs_that_report_only_clauses_take_no_object() {
        assert!(reported("The Wildcats added 10 points in the third quarter.").is_empty());
        assert!(reported("Her family continued the tradition for decades.").is_empty());
        assert_eq!(
            one("He added the deal would close in May."),
            ("He".into(), "the deal would close in May".into())
        );
        // A clause ends before the source it is reported from.
        let clause = "the firm would expand, according to a copy seen by the paper";
        assert_eq!(
            &clause[..super::clause_end(clause)],
            "the firm would expand"
        );
    }

    #[test]
    fn a_relative_clause_with_that_after_the_subject() {
        let found = reported(
            "An IMF delegation that visited Beirut this month said reforms were “urgently needed”.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "An IMF delegation");
        assert_eq!(
            one("The presidency said in a statement that the two men would meet again.").0,
            "The presidency"
        );
    }

    #[test]
    fn a_court_rules() {
        assert_eq!(
            one("The appeals court ruled that Ohio's practices could remove eligible voters.").1,
            "Ohio's practices could remove eligible voters"
        );
        assert!(reported("The new overtime rule applies to millions of workers.").is_empty());
        assert!(reported("Cruz ruled out a military draft for women on Friday.").is_empty());
    }

    #[test]
    fn a_form_that_is_often_a_noun_is_a_verb_after_a_noun_of_people() {
        assert_eq!(
            one("The woman disputes the idea that she needed to be hospitalized.").1,
            "the idea that she needed to be hospitalized"
        );
        assert!(reported("His usual remarks drew a crowd.").is_empty());
    }

    #[test]
    fn a_comma_may_stand_between_the_verb_and_its_clause() {
        assert_eq!(
            one("And yet, Mrs. Clinton's aides say, Syria remains a priority for her.").1,
            "Syria remains a priority for her"
        );
    }

    #[test]
    fn a_participle_after_the_comma_leaves_the_quote_its_speaker() {
        let t = "“You can’t talk about change,” DuVernay said, emphasizing why the past is crucial to our present.";
        let found = find_statements(t, &Config::default()).statements;
        assert!(
            found.iter().any(
                |r| r.kind == StatementKind::Direct && r.text == "You can’t talk about change,"
            ),
            "{:?}",
            found.iter().map(|r| r.text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn fractions_and_gerund_subjects_with_abbreviations() {
        assert_eq!(
            one("By 2-1, millennials see it as a problem, and three-fourths say the police should wear cameras.").0,
            "three-fourths"
        );
        assert_eq!(
            one("Mr. Trump said having Mr. Putin treat him with respect is a good thing.").1,
            "having Mr. Putin treat him with respect is a good thing"
        );
    }

    #[test]
    fn progressives_long_and_negated_subjects() {
        assert_eq!(
            one(
                "Donald Trump is warning voters that a Clinton victory would bring back the scandal."
            ),
            (
                "Donald Trump".into(),
                "a Clinton victory would bring back the scandal".into()
            )
        );
        assert_eq!(
            one("Cruz has long said that he qualifies as a natural-born citizen.").1,
            "he qualifies as a natural-born citizen"
        );
        assert_eq!(
            one("A lawyer for the outlets, David Schulz, said no decision had been made.").1,
            "no decision had been made"
        );
        assert!(reported("She said no to the deal on Friday.").is_empty());
    }

    #[test]
    fn a_programme_title_is_neither_a_quote_nor_what_was_said() {
        assert_eq!(
            one("Sanders told NBC’s “Meet the Press” on Sunday that the primary was rigged."),
            ("Sanders".into(), "the primary was rigged".into())
        );
        let found = reported(
            "Johnson tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” remains under investigation.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].2,
            "“exactly who did it” remains under investigation"
        );
    }

    #[test]
    fn a_gerund_after_a_comma_introduces_a_partial_quote() {
        let found = reported(
            "Romney attacked the remarks on Friday, calling them “disqualifying” for a nominee.",
        );
        assert!(
            found.iter().any(|(_, speaker, text)| speaker == "Romney"
                && text == "them “disqualifying” for a nominee"),
            "{found:?}"
        );
    }

    #[test]
    fn a_mixed_clause_may_end_right_after_its_quotation() {
        let found = reported(
            "The candidate blasted Trump’s call for a “deportation force” on Wednesday, calling it absurd and cruel.",
        );
        assert_eq!(
            found[0].2,
            "Trump’s call for a “deportation force” on Wednesday"
        );
    }

    #[test]
    fn a_gerund_with_its_own_subject_after_with() {
        assert_eq!(
            one("Voters see her as prepared, with 50 percent saying she is ready for the job."),
            ("50 percent".into(), "she is ready for the job".into())
        );
        assert_eq!(
            one("Rubio flipped his choice on the spot – saying he was rooting for Manning."),
            ("Rubio".into(), "he was rooting for Manning".into())
        );
    }

    #[test]
    fn describing_without_naming() {
        assert_eq!(
            one("In his memoir, Mr. Cruz described how, growing up, he changed his name.").1,
            "how, growing up, he changed his name"
        );
        assert!(reported("She called the office twice that week.").is_empty());
    }

    #[test]
    fn an_evidence_gerund_after_a_document() {
        let found =
            reported("He needs their support, with recent polls showing a tightening race.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "recent polls");
        assert_eq!(found[0].2, "a tightening race");
        // A preposition before the document is not part of it.
        let found = reported("He linked to videos showing they supported the law years ago.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "videos");
        // With "that", a finding is reported whoever found it.
        assert_eq!(
            one("The authors found that voters in the hardest-hit districts moved right."),
            (
                "The authors".into(),
                "voters in the hardest-hit districts moved right".into()
            )
        );
    }

    #[test]
    fn telling_someone_after_a_quote_a_month_or_an_opening_phrase() {
        let found = reported(
            "Trump hailed the vote as “fantastic,” telling reporters during a visit to Scotland on Friday that he thinks the Brexit is “a great thing.”",
        );
        assert!(
            found.iter().any(|(_, speaker, text)| speaker == "Trump"
                && text == "he thinks the Brexit is “a great thing.”"),
            "{found:?}"
        );
        assert_eq!(
            one("Ryan waited, telling reporters in May that he was not quite there yet.").1,
            "he was not quite there yet"
        );
        assert_eq!(
            one("On Thursday, he hedged, telling MSNBC his support would depend on the platform."),
            (
                "he".into(),
                "his support would depend on the platform".into()
            )
        );
    }

    #[test]
    fn as_someone_put_it() {
        let found = reported(
            "As one senior diplomat put it, the summit was “a disaster from start to finish”.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "one senior diplomat");
        assert_eq!(
            found[0].2,
            "the summit was “a disaster from start to finish”"
        );
        assert_eq!(
            one("As the senator put it, the bill is dead."),
            ("the senator".into(), "the bill is dead".into())
        );
        // "put" alone reports nothing.
        assert!(reported("She put the letter on the table.").is_empty());
    }

    #[test]
    fn passives_of_hearing_and_quoting_keep_their_speaker() {
        assert_eq!(
            one("The mayor was quoted as saying that the city would not raise taxes."),
            ("The mayor".into(), "the city would not raise taxes".into())
        );
        // A subject pronoun after other words opens a relative clause and speaks alone.
        let found = reported("He was accused of misleading parliament, a charge he denies.");
        assert!(
            found.iter().all(|(_, speaker, _)| speaker == "he"),
            "{found:?}"
        );
    }

    #[test]
    fn according_to_after_an_opening_word_or_phrase() {
        for (t, source, clause) in [
            (
                "But according to reports emerging in the news media, he could not convince them.",
                "reports emerging in the news media",
                "he could not convince them",
            ),
            (
                "(According to the police, it keeps no statistics.)",
                "the police",
                "it keeps no statistics",
            ),
            (
                "In addition, according to the department, nine million more workers will be covered.",
                "the department",
                "nine million more workers will be covered",
            ),
        ] {
            assert_eq!(one(t), (source.into(), clause.into()), "{t}");
        }
    }

    #[test]
    fn headlines_in_title_case() {
        assert_eq!(
            one("Chris Christie Says He Would Issue A Quarantine Over Zika Virus"),
            (
                "Chris Christie".into(),
                "He Would Issue A Quarantine Over Zika Virus".into()
            )
        );
        // A capitalised form that is also a noun stays a name.
        assert_eq!(
            one("Officials in the United States say the plan will work."),
            (
                "Officials in the United States".into(),
                "the plan will work".into()
            )
        );
    }

    #[test]
    fn brackets_and_phrases_that_open_the_sentence() {
        assert_eq!(
            one("(She says the photo of her son would have made her cry.)"),
            (
                "She".into(),
                "the photo of her son would have made her cry".into()
            )
        );
        // An opening phrase whose comma stands inside a closing quote mark.
        let found = reported(
            "Speaking Sunday on ABC’s “This Week,” Carson admitted the name was wrong, but said his campaign had found the article.",
        );
        assert_eq!(
            found
                .iter()
                .map(|(_, speaker, text)| (speaker.as_str(), text.as_str()))
                .collect::<Vec<_>>(),
            [
                ("Carson", "the name was wrong"),
                ("Carson", "his campaign had found the article")
            ]
        );
        assert!(
            reported("Having said that, there are some economists who disagree with him.")
                .is_empty()
        );
        assert!(reported("That being said, the plan is sound.").is_empty());
    }

    #[test]
    fn a_sentence_wholly_quoted_reports_nothing() {
        // Texts of words, verb groups, clause words and quote marks of both families in
        // any order: `sentence_statements` asserts (in debug builds) that reading a
        // sentence wholly inside a quotation, which it skips, would find nothing.
        let tokens = [
            "he",
            "said",
            "has",
            "also",
            "told",
            "reporters",
            "Smith",
            "saying",
            "that",
            "was",
            "Asked",
            "Says",
            "according",
            "to",
            "his",
            "claim",
            "pledge",
            "Lynch:",
            "“",
            "”",
            "‘",
            "’",
            "'",
            "\"",
            ",",
            ".",
            ":",
            "—",
            "it’s",
            "and",
            "as",
            "\n\n",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..30 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let token = tokens[(seed >> 33) as usize % tokens.len()];
                text.push_str(token);
                if !(seed >> 20).is_multiple_of(3) {
                    text.push(' ');
                }
            }
            find_statements(&text, &Config::default());
            find_statements(&text, &Config::builder().beliefs(true).build());
            // (And the whole extraction, whose mentions read each sentence's subject.)
            crate::extract::extract(&crate::source::Document::new("random", text));
        }
    }

    #[test]
    fn a_request_for_anonymity_is_no_statement() {
        let found = reported(
            "The sources, who asked not to be named because the talks are private, said a deal was near.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "a deal was near");
        assert!(reported("He declined to be identified.").is_empty());
    }

    #[test]
    fn a_plea_in_court_is_not_speech() {
        assert!(
            reported("Wallace, who pleaded guilty in March, apologized to his colleagues.")
                .is_empty()
        );
        assert!(reported("She pleads not guilty, her lawyer says nothing.").len() <= 1);
        assert_eq!(
            one("She pleaded that she had been misled."),
            ("She".into(), "she had been misled".into())
        );
    }

    #[test]
    fn thoughts_and_nouns_that_look_like_verbs_are_not_speech() {
        assert!(reported("The minister believes the bridge will reopen in May.").is_empty());
        assert!(
            reported("The 22-member state committee would meet behind closed doors.").is_empty()
        );
        assert!(reported("He showed up late and found his seat taken by a stranger.").is_empty());
    }

    #[test]
    fn clause_stops_before_a_joined_clause() {
        assert_eq!(
            one("Mr Diaz insisted the party must change, and has championed new rules since."),
            ("Mr Diaz".into(), "the party must change".into())
        );
        // "in which …" is a relative clause too; a participle after a closing quote mark
        // ends the clause after the mark.
        assert_eq!(
            one("Ms Ruiz attacked the tax rule, in which firms move abroad to pay less."),
            ("Ms Ruiz".into(), "the tax rule".into())
        );
        assert_eq!(
            reported(
                "Ms Ruiz insisted that the town has “grown the party,” claiming the credit for it."
            )[0]
            .2,
            "the town has “grown the party,”"
        );
    }

    #[test]
    fn a_second_verb_of_the_same_subject_ends_the_clause() {
        let found = reported(
            "Ana Ruiz said she earns $41,000 a year and questioned how the plan would help her.",
        );
        assert_eq!(
            found
                .iter()
                .map(|(_, _, text)| text.as_str())
                .collect::<Vec<_>>(),
            ["she earns $41,000 a year", "how the plan would help her"]
        );
        // The quotation after "but said" is a direct statement of the same subject, and
        // the clause before it holds no part of it.
        let found = reported(
            "Boreing said the members will still meet for dinners, but said, \"It's time we change how we do it.\"",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|(_, speaker, _)| speaker == "Boreing"));
        assert_eq!(found[1].2, "the members will still meet for dinners");
        assert_eq!(found[0].2, "It's time we change how we do it.");
        // "but" joins a verb to the subject as "and" does, with or without a comma.
        let found = reported(
            "The researchers said the results were encouraging but cautioned that more work was needed.",
        );
        assert_eq!(
            found
                .iter()
                .map(|(_, speaker, text)| (speaker.as_str(), text.as_str()))
                .collect::<Vec<_>>(),
            [
                ("The researchers", "the results were encouraging"),
                ("The researchers", "more work was needed")
            ]
        );
    }

    #[test]
    fn subjects_with_a_relative_clause_and_relative_pronouns_as_subjects() {
        assert_eq!(
            one(
                "Current and former officials who spoke with the paper said the party has become a shell."
            ),
            (
                "Current and former officials".into(),
                "the party has become a shell".into()
            )
        );
        assert_eq!(
            one("But local groups that have endorsed him say the vote should wait."),
            ("local groups".into(), "the vote should wait".into())
        );
        // "whose", and a relative clause with commas of its own.
        assert_eq!(
            one("The state officials whose laws were struck down say the courts have changed."),
            (
                "The state officials".into(),
                "the courts have changed".into()
            )
        );
        assert_eq!(
            one(
                "Some voters who have heard his speeches over the decades, on television or at small campaign events, said he had less magnetism."
            ),
            ("Some voters".into(), "he had less magnetism".into())
        );
        // An object's relative clause says nothing of who speaks.
        assert!(reported("He met the voters who came early said the clerk.").len() <= 1);
        // "that prosecutors said was …": the clause starts at its verb.
        assert_eq!(
            one("He worked for a charity that prosecutors said was a front for smugglers."),
            ("prosecutors".into(), "was a front for smugglers".into())
        );
    }

    #[test]
    fn the_one_told_is_not_part_of_a_mixed_statement() {
        let found =
            reported("He told MPs the department had hired staff and delays would be “minimal”.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].2,
            "the department had hired staff and delays would be “minimal”"
        );
    }

    #[test]
    fn the_occasion_before_that_is_not_part_of_a_mixed_statement() {
        let found = reported(
            "The ministry said in a statement on Friday that it “welcomed the sentence” and would appeal.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "it “welcomed the sentence” and would appeal");
        let found =
            reported("He told reporters at the White House on Monday that he had “no regrets”.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "he had “no regrets”");
    }

    #[test]
    fn a_partial_quote_that_ends_its_sentence_ends_the_clause() {
        let found = reported(
            "Ms. Ruiz called the suspension “arbitrary.” Jo Hale, a party official, warned that the move was wrong.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .any(|(_, _, text)| text == "the suspension “arbitrary.”")
        );
    }

    #[test]
    fn wire_style_attribution_with_a_dateline_and_a_participle() {
        let found = reported(
            "BERLIN (Reuters) - The ministry expects growth to slow next year, a spokesperson for the ministry said on Wednesday, citing weaker demand.",
        );
        assert!(
            found
                .iter()
                .any(|(rule, speaker, text)| *rule == "clause_speaker_verb"
                    && speaker == "a spokesperson for the ministry"
                    && text == "The ministry expects growth to slow next year"),
            "{found:?}"
        );
    }

    #[test]
    fn a_gerund_after_a_quotation_shares_its_speaker() {
        let found = reported(
            "“The plan will work,” the mayor said on Monday, adding that the bridge would open in May.",
        );
        let gerund: Vec<_> = found
            .iter()
            .filter(|(rule, _, _)| *rule == "subject_gerund_clause")
            .collect();
        assert_eq!(gerund.len(), 1, "{found:?}");
        assert_eq!(gerund[0].1, "the mayor");
        assert_eq!(gerund[0].2, "the bridge would open in May");
    }

    #[test]
    fn an_opening_adverbial_or_dateline_is_not_the_subject() {
        for t in [
            "Back in 1999, Mr Lee praised the plan, saying it would cut fares for everyone.",
            "Even before the polls closed, Mr Lee sent a note, saying it would cut fares for everyone.",
            "In a speech on Tuesday night, Mr Lee struck a calm tone, saying it would cut fares for everyone.",
            "LISBON — Mr Lee praised the plan, saying it would cut fares for everyone.",
            "LISBON (Reuters) - Mr Lee praised the plan, saying it would cut fares for everyone.",
        ] {
            let found = reported(t);
            assert_eq!(found.len(), 1, "{t:?} gave {found:?}");
            assert_eq!(found[0].1, "Mr Lee", "{t:?}");
        }
    }

    #[test]
    fn a_gerund_after_a_conjunction_of_time() {
        assert_eq!(
            one(
                "Since announcing in October that he would not run, Mr. Biden has campaigned for her."
            ),
            ("Mr. Biden".into(), "he would not run".into())
        );
        assert_eq!(
            one(
                "Mr. Sanders, after initially saying he would not advertise in the state, changed course."
            ),
            (
                "Mr. Sanders".into(),
                "he would not advertise in the state".into()
            )
        );
        // An act, not a report: "since announcing his candidacy".
        assert!(reported("Since announcing his candidacy, he has held many rallies.").is_empty());
    }

    #[test]
    fn a_sentence_subject_with_a_plural_head() {
        let found = reported(
            "Other advisers have urged a default, saying only a crisis would move Congress.",
        );
        assert!(
            found
                .iter()
                .any(|(rule, speaker, _)| *rule == "subject_gerund_clause"
                    && speaker == "Other advisers"),
            "{found:?}"
        );
    }

    #[test]
    fn a_gerund_may_open_the_reported_clause() {
        assert_eq!(
            one("The businessman says running for mayor is tough and nasty."),
            (
                "The businessman".into(),
                "running for mayor is tough and nasty".into()
            )
        );
        // The gerund's verb may be a plain verb in -s.
        assert_eq!(
            one("Economists say taxing consumption encourages savings."),
            (
                "Economists".into(),
                "taxing consumption encourages savings".into()
            )
        );
        // A participle phrase after the hearer is no clause.
        assert!(reported("Ana Ruiz told a voter passing by the stall.").is_empty());
        // "nothing" only looks like a gerund.
        assert!(reported("The mayor would say nothing about the talks.").is_empty());
    }

    #[test]
    fn an_adverb_in_the_verb_group_gives_one_statement() {
        assert_eq!(
            one("But the mayor also says the budget is balanced."),
            ("the mayor".into(), "the budget is balanced".into())
        );
        assert_eq!(
            one("The mayor has also said the budget is balanced."),
            ("The mayor".into(), "the budget is balanced".into())
        );
    }

    #[test]
    fn subjects_with_ages_quantities_and_subordinators() {
        assert_eq!(
            one(
                "Jo Bell, 49, a Navy veteran who now works for the Air Force, said the base will close."
            ),
            (
                "Jo Bell, 49, a Navy veteran who now works for the Air Force".into(),
                "the base will close".into()
            )
        );
        assert_eq!(
            one("As many as 40 percent of Clinton voters said they could not support him."),
            (
                "As many as 40 percent of Clinton voters".into(),
                "they could not support him".into()
            )
        );
        assert_eq!(
            one("Even though a number of attendees said they supported him, he lost."),
            ("a number of attendees".into(), "they supported him".into())
        );
        // Two answers of one poll, joined by "and": two statements, each with its share.
        let found = reported(
            "One in three said the party does not care about them and one in four said the party was hostile.",
        );
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|(_, speaker, text)| (speaker.as_str(), text.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("One in three", "the party does not care about them"),
                ("one in four", "the party was hostile")
            ]
        );
        // "Yet" joins the sentence to the one before; it is no part of the subject.
        assert_eq!(
            one("Yet the Democrats said the vote was close."),
            ("the Democrats".into(), "the vote was close".into())
        );
        // A clause with its own verb, then "and" and the subject of the report.
        assert_eq!(
            one("He was copied on the questions and Gates said he spoke to Manafort first."),
            ("Gates".into(), "he spoke to Manafort first".into())
        );
        // Before "who" the joined phrase is an object, kept whole.
        let (speaker, _) = one(
            "It offers a retort to both Democrats and Republicans, who have said that Europe relies on others.",
        );
        assert!(speaker.contains("Democrats and Republicans"), "{speaker}");
    }

    #[test]
    fn subjects_with_dashes_parentheses_and_agent_nouns() {
        assert_eq!(
            one(
                "The justice -- who has been in a scuffle with the nominee -- said she regretted it."
            ),
            (
                "The justice -- who has been in a scuffle with the nominee".into(),
                "she regretted it".into()
            )
        );
        assert_eq!(
            one(
                "Sen. Chris Murphy (a Democrat so boyish he was mistaken for a staffer) says he was adrift."
            ),
            (
                "Sen. Chris Murphy (a Democrat so boyish he was mistaken for a staffer)".into(),
                "he was adrift".into()
            )
        );
        assert_eq!(
            one("But hacking specialists say the most harmful leaks might be fakes."),
            (
                "specialists".into(),
                "the most harmful leaks might be fakes".into()
            )
        );
    }

    #[test]
    fn evidence_verbs_judge_the_head_of_their_subject() {
        assert_eq!(
            one("A poll from Marquette Law School found that Clinton leads by 15 points."),
            (
                "A poll from Marquette Law School".into(),
                "Clinton leads by 15 points".into()
            )
        );
        assert!(reported("The leader of the team found that his keys were missing.").is_empty());
        // Footage, filings and averages are evidence too; "out this week" and "there"
        // stand after the head.
        assert_eq!(
            one("Video of the incident shows him with his hands in the air."),
            (
                "Video of the incident".into(),
                "him with his hands in the air".into()
            )
        );
        assert_eq!(
            one("A state poll out this week shows Ruiz with an 8-point lead."),
            ("A state poll".into(), "Ruiz with an 8-point lead".into())
        );
        // Pollsters joined by a slash are one name; "as" opens a clause before a subject.
        assert_eq!(
            one(
                "The debate took place as the latest Reuters/Ipsos poll showed Trump leading the field."
            ),
            (
                "the latest Reuters/Ipsos poll".into(),
                "Trump leading the field".into()
            )
        );
    }

    #[test]
    fn page_labels_before_a_colon_are_not_speakers() {
        assert!(
            reported("The Latest: Three towns cast the first votes of the primary.").is_empty()
        );
        assert!(reported("Editor's Note: The following is part 3 of 3 excerpts.").is_empty());
        assert_eq!(
            one("Q: Have you talked to her since the debate?"),
            ("Q".into(), "Have you talked to her since the debate".into())
        );
    }

    #[test]
    fn colon_and_as_frames() {
        assert_eq!(
            one("Lynch: No outside influence on the inquiry into the emails.\n\nShe spoke."),
            (
                "Lynch".into(),
                "No outside influence on the inquiry into the emails".into()
            )
        );
        assert_eq!(
            one("As the senator said, the two parties have become hard to tell apart."),
            (
                "the senator".into(),
                "the two parties have become hard to tell apart".into()
            )
        );
        assert_eq!(
            one("But as a local reporter noted, he did not even fill half the hall."),
            (
                "a local reporter".into(),
                "he did not even fill half the hall".into()
            )
        );
    }

    #[test]
    fn regression_dateline_check_on_a_multibyte_boundary() {
        // A sentence whose 60th byte falls inside "“" once panicked the dateline check.
        let t = "At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.";
        let _ = reported(t);
    }
}
