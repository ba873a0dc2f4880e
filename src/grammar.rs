//! Attribution frames, written with nom: who is said to have said the words around a
//! quotation.
//!
//! The grammar, over the text of one sentence on either side of a quotation
//! (`ws` is white space including no-break spaces; a `word` is a run of letters, digits
//! and inner `-'’&.`; the lexicon in `src/lexicon/` decides what a `verb`, `title`,
//! `adverb` or `stop` word is):
//!
//! ```text
//! (* after the closing mark: "…," X said. / "…," said X. / "…," according to X. / "…" — X *)
//! after_frame    = lead , ( according | inverted | subject_first | dashed ) ;
//! lead           = ws? , [ "," | ";" ] , ws? ;
//! according      = "according" , ws , "to" , ws , speaker_after ;
//! inverted       = verb_group , ws , speaker_after ;
//! subject_first  = speaker_before_verb , [ "," ] , ws , verb_group ;
//! dashed         = dash , ws? , speaker_after , ws? , [ "." ] , EOF ;
//!
//! (* before the opening mark: X said: "…" / X said, "…" / X told reporters "…" *)
//! lead_in        = verb_group , lead_tail ;
//! lead_tail      = [ ws , particle ] , [ ws , object ] , { ws , adverbial } ,
//!                  [ ws , "that" ] , ws? , [ ":" | "," ] , ws? , EOF ;
//! adverbial      = preposition , ws , phrase | time_word ;
//!
//! verb_group     = [ auxiliary , ws ] , { adverb , ws } , verb , [ ws , particle ] ;
//! speaker_after  = speaker_word , { ws , speaker_word } , [ "," , ws , appositive ] ;
//! speaker_before_verb = speaker_word , { ( ws | "," , ws ) , speaker_word } ;
//! speaker_word   = word - stop - verb | "(" , { any - ")" } , ")" ;
//! ```
//!
//! Every production is a small function below, named after it. Each one advances or
//! fails, and every repetition is bounded ([`MAX_SPEAKER_WORDS`]), so a frame costs
//! time in proportion to the window it is given, never more.

use crate::cue::CueClass;
use crate::lanes::{
    ONES, equal_lanes, first_stop, gather_flags, has_ascii_capital, last_stop_end,
    last_stop_end_from, non_alphanumeric_lanes, non_graphic_lanes, short_lanes,
};
use crate::lexicon::{
    Lists, VerbForm, WordBytes, is_one_of, lexicon, with_lower, with_short_lower,
};
use crate::segment::{
    SpaceStr, floor_boundary, is_alphanumeric, is_ascii_space, is_space, trim_space_and_commas,
};
use crate::span::Span;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while, take_while1};
use nom::character::complete::{char, digit1, satisfy};
use nom::combinator::{eof, opt, peek, recognize, verify};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};
use std::cell::Cell;

type R<'a, T> = IResult<&'a str, T>;

/// The longest speaker phrase, in words, that a frame accepts.
pub(crate) const MAX_SPEAKER_WORDS: usize = 14;

/// A reporting cue found by a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueMatch {
    /// The cue as written ("said", "also told", "according to").
    pub span: Span,
    /// The verb's reading in the lexicon.
    pub verb: VerbForm,
}

/// An attribution found around a quotation: the speaker phrase as written and the cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Frame {
    /// The speaker phrase, as written ("the US State Department", "he").
    pub speaker: Span,
    /// The reporting cue.
    pub cue: CueMatch,
    /// The name of the production that matched, reported as the statement's rule.
    pub rule: &'static str,
    /// Where the text after the cue starts (for time expressions: "said on Thursday").
    pub after_cue: usize,
    /// For a lead-in: true when the quote stands where the clause's object would be
    /// (`X said: "…"`), false when it is a fragment inside a reported clause.
    pub whole: bool,
}

/// Byte offset of `sub` inside `base` (both from the same text).
fn offset(base: &str, sub: &str) -> usize {
    sub.as_ptr() as usize - base.as_ptr() as usize
}

// ---------------------------------------------------------------------------------
// Words

/// White space, including no-break spaces.
fn ws(i: &str) -> R<'_, &str> {
    take_while1(is_space)(i)
}

/// Optional white space.
fn ws0(i: &str) -> R<'_, &str> {
    take_while(is_space)(i)
}

fn is_word_char(c: char) -> bool {
    // '/' joins pollsters and partners: "CNN/ORC", "NBC/Wall Street Journal".
    is_alphanumeric(c) || matches!(c, '-' | '\'' | '’' | '&' | '%' | '/')
}

/// The bytes [`word_core`]'s byte scan takes into a word: ASCII letters, digits and
/// `-`, `'`, `&`, `%`, `/`. A table, so that each byte costs one load and no chain of
/// range tests.
static WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'\'' | b'&' | b'%' | b'/');
        b += 1;
    }
    table
};

/// `word`'s run of word characters, opened by a letter or digit. The frames read
/// hundreds of thousands of words, nearly all ASCII: a byte scan takes those, and a run
/// that meets a non-ASCII character is read by the nom parser, char by char.
#[inline]
fn word_core(i: &str) -> R<'_, &str> {
    let b = i.as_bytes();
    let n = word_byte_run(b);
    if b.get(n).is_some_and(|&c| !c.is_ascii()) {
        return word_core_chars(i);
    }
    let kind = match b.first() {
        _ if n == 0 => nom::error::ErrorKind::TakeWhile1,
        Some(c) if !c.is_ascii_alphanumeric() => nom::error::ErrorKind::Verify,
        // An ASCII run ended by an ASCII byte or the end: `n` is a char boundary.
        _ => return Ok((&i[n..], &i[..n])),
    };
    Err(nom::Err::Error(nom::error::Error::new(i, kind)))
}

/// The high bit of each byte lane of `x` (eight bytes, little-endian) whose byte is no
/// [`WORD_BYTE`], the other bits clear. Each class is a range test on the lane's low
/// seven bits: adding `0x80 - lo` sets the lane's top bit exactly when the bits are at
/// least `lo`, and no lane carries into the next (at most 0x7f + 0x80). A lane whose
/// own top bit is set holds no ASCII byte, so no word byte.
#[inline(always)]
fn non_word_lanes(x: u64) -> u64 {
    const TOP: u64 = ONES * 0x80;
    let low = x & (ONES * 0x7f);
    let at_least = |v: u64, lo: u8| v + ONES * u64::from(0x80 - lo);
    let within = |v: u64, lo: u8, hi: u8| at_least(v, lo) & !at_least(v, hi + 1);
    // A letter in either case is one with the 0x20 bit set; `%`, `&` and `'` stand side
    // by side, as do `/` and the digits; a lane equals `-` when its XOR with it is
    // zero, the one value to which adding 0x7f leaves the top bit clear.
    let letter = within(low | (ONES * 0x20), b'a', b'z');
    let slash_or_digit = within(low, b'/', b'9');
    let percent_to_apostrophe = within(low, b'%', b'\'');
    let not_dash = (low ^ (ONES * u64::from(b'-'))) + ONES * 0x7f;
    let word = (letter | slash_or_digit | percent_to_apostrophe | !not_dash) & !x;
    !word & TOP
}

/// How many bytes open `b` that are each a [`WORD_BYTE`]: the length of the word
/// [`word_core`] reads. Eight bytes are classed at once ([`non_word_lanes`]) and the
/// first one that stops the run found from their mask, rather than by a byte loop whose
/// exit, at the end of a word of any length, the branch predictor cannot learn on text
/// it has not seen.
#[inline(always)]
fn word_byte_run(b: &[u8]) -> usize {
    let by_bytes = |b: &[u8]| {
        b.iter()
            .position(|&c| !WORD_BYTE[usize::from(c)])
            .unwrap_or(b.len())
    };
    let n = match b.first_chunk::<8>() {
        Some(&eight) => match non_word_lanes(u64::from_le_bytes(eight)) {
            // (A word of eight bytes or more, about one in six, is read on byte by
            // byte.)
            0 => 8 + by_bytes(&b[8..]),
            stops => (stops.trailing_zeros() / 8) as usize,
        },
        // The end of the text, at most seven bytes on: its bytes in the low lanes, zero
        // (no word byte, so a stop) in the others.
        None => (non_word_lanes(short_lanes(b)).trailing_zeros() / 8) as usize,
    };
    debug_assert_eq!(n, by_bytes(b));
    n
}

/// [`word_core`] of a run that meets a non-ASCII char: read char by char, out of line
/// (rare in news text, and kept out of the inlined byte scan).
#[cold]
#[inline(never)]
fn word_core_chars(i: &str) -> R<'_, &str> {
    verify(take_while1(is_word_char), |w: &str| {
        w.starts_with(is_alphanumeric)
    })
    .parse(i)
}

/// A word: letters and digits with inner hyphens and apostrophes, and the full stops
/// of abbreviations and initials ("U.S.", "Mr.", "W.").
///
/// Most words end without a full stop: that case returns at once, and the stops are
/// read by [`word_stops`], out of line, so that the frames' many calls of `word` pay
/// for none of its work (nor for the registers it needs). Always inlined, then: a call
/// (and its result written to memory) cost as much as reading a short word.
#[inline(always)]
fn word(i: &str) -> R<'_, &str> {
    let (rest, core) = word_core(i)?;
    if rest.as_bytes().first() == Some(&b'.') {
        return Ok(word_stops(i, core, rest));
    }
    Ok((rest, core))
}

/// The rest of [`word`] after its core `core` (a prefix of `i`) when a full stop
/// follows it (`rest` opens with "."): the stops of abbreviations and initials.
#[cold]
#[inline(never)]
fn word_stops<'a>(i: &'a str, core: &'a str, rest: &'a str) -> (&'a str, &'a str) {
    let mut rest = rest;
    // "U.S." / "D.C.": letter-dot-letter runs.
    while let Some(after) = rest.strip_prefix('.') {
        let next: Option<char> = after.chars().next();
        if let Some(letter) = next.filter(|c| c.is_alphabetic())
            && after.chars().nth(1).is_some_and(|c| c == '.')
        {
            // Past the letter, however many bytes it takes ("é.").
            rest = &after[letter.len_utf8()..];
            continue;
        }
        let w = &i[..offset(i, rest)];
        let stem = w.trim_end_matches('.');
        // (Pure tests joined by "or": the byte tests first, then the two lists. Most
        // words before a stop end a sentence and are in neither, which the lists'
        // sketches tell before any lookup, where one lookup of both cost more.)
        let is_abbrev = (core.len() == 1 && core.chars().all(|c| c.is_ascii_uppercase()))
            || w.contains('.')
            || {
                let lex = lexicon();
                let quick = lex.is("abbreviation", stem) || lex.is("honorific", stem);
                debug_assert_eq!(quick, {
                    let lists = lex.lists(stem);
                    lists.has("abbreviation") || lists.has("honorific")
                });
                quick
            };
        if is_abbrev {
            rest = after;
        }
        break;
    }
    (rest, &i[..offset(i, rest)])
}

/// A word equal to `w`, ignoring ASCII case.
fn keyword<'a>(
    w: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    verify(word, move |x: &str| x.eq_ignore_ascii_case(w))
}

/// A reporting verb form, with its phrasal particle when it has one ("pointed out").
fn verb(i: &str) -> R<'_, VerbForm> {
    let (rest, w) = word(i)?;
    verb_of_word(i, rest, w, lexicon().verb(w))
}

/// [`verb`] once its word `w` is read (`rest` after it) and its readings `forms`
/// looked up (`Lexicon::verb`): for a caller that has looked them up already.
fn verb_of_word<'a>(i: &'a str, rest: &'a str, w: &str, forms: &[VerbForm]) -> R<'a, VerbForm> {
    // A capitalised form mid-sentence is a name or a title ("State", "Said"), not a
    // verb, unless a headline capitalised it.
    if w.starts_with(|c: char| c.is_uppercase()) && !is_headline_verb(w) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    // A phrasal reading ("called for") wins over the plain one ("called").
    for form in forms {
        if let Some(p) = form.particle
            && let Ok((rest, _)) = preceded(ws, keyword_dyn(p)).parse(rest)
        {
            return Ok((rest, *form));
        }
    }
    match forms.iter().find(|f| f.particle.is_none()) {
        Some(form) => Ok((rest, *form)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// True for a capitalised verb form that only a headline in title case writes so
/// ("Christie Says He Would …", "Experts Say"): "Say" or a third-person form, which
/// is no name, unless it is also a noun ("the United States", "Comments").
fn is_headline_verb(w: &str) -> bool {
    w == "Say"
        || (w.len() > 3 && w.ends_with('s') && {
            // (Both tests from one lookup of the word's lower case.)
            let (lists, forms) = lexicon().lists_lower_and_verb(w);
            !lists.has("homograph")
                && forms
                    .iter()
                    .any(|f| f.particle.is_none() && !w.eq_ignore_ascii_case(f.lemma))
        })
}

/// True when `rest`, what follows a capitalised word, reads as the rest of a headline
/// in title case: nothing, punctuation, a capitalised word or a number, or one of the
/// short words that title case leaves in lower case ("Refuses to Disavow …").
fn title_case_goes_on(rest: &str) -> bool {
    match rest.chars().next() {
        None => true,
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some('.' | ',' | ':' | ';' | '!' | '?') => true,
        Some(_) => rest
            .split_space()
            .next()
            .is_some_and(crate::quotes::is_title_case_small_word),
    }
}

/// A word equal to a runtime string, ignoring ASCII case.
fn keyword_dyn<'a>(
    w: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    verify(word, move |x: &str| x.eq_ignore_ascii_case(w))
}

/// `verb_group = [auxiliary ws] {adverb ws} verb`: "said", "has said", "also told".
fn verb_group(i: &str) -> R<'_, CueMatch> {
    // Every group opens with an auxiliary, an adverb or a verb form; the frames try
    // groups at most word starts, so a word that is none of these fails at once. The
    // one lookup that tells also answers the auxiliary and adverb tests of that word.
    let (after_first, first) = word(i)?;
    let Some(lists) = lexicon().group_opener(first) else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    };
    verb_group_from(i, after_first, first, lists)
}

/// [`verb_group`] once its first word `first` is read (`after_first` after it) and
/// found to open a group (its `lists`): for a caller that has asked so already.
fn verb_group_from<'a>(
    i: &'a str,
    after_first: &'a str,
    first: &'a str,
    lists: crate::lexicon::Lists,
) -> R<'a, CueMatch> {
    let lex = lexicon();
    let start = i;
    // `[auxiliary ws]`
    let mut i = i;
    let mut aux = None;
    // The word at `i`, when already read: (the rest after it, its lists).
    let mut at_i = Some((after_first, lists));
    if lists.has("auxiliary")
        && let Some(rest) = after_space(after_first)
    {
        aux = Some(first);
        i = rest;
        at_i = None;
    }
    // `{adverb ws}`: at most two.
    for _ in 0..2 {
        let (after, lists) = match at_i.take() {
            Some(read) => read,
            None => match word(i) {
                Ok((after, w)) => (after, lex.lists_lower(w)),
                Err(_) => break,
            },
        };
        match after_space(after) {
            Some(rest) if lists.has("adverb") => i = rest,
            _ => break,
        }
    }
    let verb_start = i;
    // With no auxiliary or adverb before it, the verb is the first word, already read
    // (most groups are one word: "said", "told").
    let (rest, verb) = if offset(start, i) == 0 {
        debug_assert_eq!(word(i), Ok((after_first, first)));
        verb_of_word(i, after_first, first, lex.verb(first))?
    } else {
        verb(i)?
    };
    // "are quietly saying" is finite; a bare "saying" is not.
    let progressive = aux.is_some_and(|a| {
        with_lower(a, |lower| {
            matches!(lower, "is" | "are" | "was" | "were" | "been")
        })
    });
    if verb.gerund && !progressive {
        // "saying" heads no finite clause; frames with it are handled elsewhere.
        return Err(nom::Err::Error(nom::error::Error::new(
            verb_start,
            nom::error::ErrorKind::Verify,
        )));
    }
    // The cue covers the whole group: "has said", "also told".
    let span = Span::new(0, offset(start, rest));
    Ok((rest, CueMatch { span, verb }))
}

/// The rest after the white space that opens `i` (`ws`), or `None` when it opens with
/// none.
#[inline]
fn after_space(i: &str) -> Option<&str> {
    let rest = i.trim_start_space();
    (rest.len() < i.len()).then_some(rest)
}

/// A word that can be part of a speaker phrase: not a stop word, not a reporting verb,
/// or a parenthesis such as "(R-Texas)".
///
/// The three readings open with "(", with "No" or with a letter or digit, so the first
/// byte picks the one to try: the frames ask this of nearly every word they read, and
/// trying the readings in turn (nom's `alt`) cost more than the word test itself.
fn speaker_word(i: &str) -> R<'_, &str> {
    bracket_number_or_word(i, speaker_word_plain)
}

/// A parenthesis ("(R-Texas)"), "No 10", or else what `plain` reads: [`speaker_word`]
/// with the word test of the caller's choice.
#[inline]
fn bracket_number_or_word<'a>(
    i: &'a str,
    plain: impl FnOnce(&'a str) -> R<'a, &'a str>,
) -> R<'a, &'a str> {
    match i.as_bytes().first() {
        Some(b'(') => {
            // "(" … ")" with no line break inside; a "(" opens no word otherwise.
            let b = i.as_bytes();
            match memchr::memchr2(b')', b'\n', &b[1..]) {
                Some(k) if b[1 + k] == b')' => Ok((&i[k + 2..], &i[..k + 2])),
                _ => Err(nom::Err::Error(nom::error::Error::new(
                    i,
                    nom::error::ErrorKind::Char,
                ))),
            }
        }
        Some(b'N') => {
            // "No 10", "No. 10": a number, not the stop word "no" ("a No 10
            // spokeswoman").
            let number: R<'_, _> = (tag("No"), opt(char('.')), char(' '), digit1).parse(i);
            if let Ok((rest, _)) = number {
                return Ok((rest, &i[..offset(i, rest)]));
            }
            plain(i)
        }
        _ => plain(i),
    }
}

/// `("," ws | ws)`: the separator between the words of a speaker phrase, read by
/// hand (it runs between every two words a frame reads). Returns the rest after it.
fn word_separator(i: &str) -> Option<&str> {
    let after_comma = i.strip_prefix(',').unwrap_or(i);
    let rest = after_comma.trim_start_space();
    (rest.len() < after_comma.len()).then_some(rest)
}

/// [`speaker_word`]'s reading of a word: not a stop word, and a capitalised form, no
/// verb form, or a form that is as often a noun.
///
/// (nom's `verify`, spelled out: the word, then its test, failing with the same error;
/// it runs for nearly every word a speaker phrase is read from.)
fn speaker_word_plain(i: &str) -> R<'_, &str> {
    let (rest, w) = word(i)?;
    if fits_speaker_word(w) {
        Ok((rest, w))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// [`speaker_word_plain`]'s test of the word it read.
fn fits_speaker_word(w: &str) -> bool {
    let lex = lexicon();
    // "the report", "its claims": forms that are as often nouns may stand in a speaker
    // phrase; a verb boundary is still found where a frame looks for one.
    let capital = w.starts_with(|c: char| c.is_uppercase());
    if capital || has_ascii_capital(w.as_bytes()) {
        return !lex.is_lower("stop", w)
            && (capital || lex.verb(w).is_empty() || lex.is_lower("homograph", w));
    }
    // A word in lower case: its three tests read one entry.
    let (lists, verb) = lex.uncapitalised(w);
    !lists.has("stop") && (!verb || lists.has("homograph"))
}

/// `speaker_after = speaker_word {ws speaker_word}`: the speaker after an inverted verb
/// or "according to", up to a comma, a full stop or a word that starts an adverbial.
fn speaker_after(i: &str) -> R<'_, &str> {
    let (mut rest, _) = speaker_word(i)?;
    for _ in 1..MAX_SPEAKER_WORDS {
        // Both readings below open with `ws`, read once (by hand, as each word is: nom's
        // `alt` and `verify` would read the next word three times).
        let Some(next) = after_space(rest) else {
            break;
        };
        // "the Ministry of Health", "a spokesman for the Pentagon": "of" and "for"
        // carry the phrase on when a name follows.
        let named = name_after_of(next);
        debug_assert_eq!(
            named,
            (
                ws,
                alt((keyword("of"), keyword("for"))),
                opt((ws, keyword("the"))),
                ws,
                verify(word, |w: &str| w.starts_with(|c: char| c.is_uppercase())),
            )
                .parse(rest)
                .ok()
                .map(|(r, _)| r),
            "{rest:?}"
        );
        if let Some(r) = named {
            rest = r;
            continue;
        }
        // "a survey released on Friday": a participle before an adverbial ends it.
        match speaker_word(next) {
            Ok((r, w)) if !is_adverbial_start(w) => {
                if is_participle_before_adverbial(w, r) {
                    break;
                }
                rest = r;
            }
            _ => break,
        }
    }
    Ok((rest, &i[..offset(i, rest)]))
}

/// `("of" | "for") [ws "the"] ws capitalised-word` at the start of `i`, for
/// [`speaker_after`]: the rest after it.
fn name_after_of(i: &str) -> Option<&str> {
    let (after, w) = word(i).ok()?;
    if !(w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("for")) {
        return None;
    }
    let after = match after_space(after).map(word) {
        Some(Ok((r, the))) if the.eq_ignore_ascii_case("the") => r,
        _ => after,
    };
    let (rest, name) = word(after_space(after)?).ok()?;
    name.starts_with(char::is_uppercase).then_some(rest)
}

/// A lower-case "-ed" or "-ing" word followed by an adverbial ("released on",
/// "reviewed by", "emerging in"): a reduced relative clause after the speaker, not
/// part of its name.
fn is_participle_before_adverbial(w: &str, rest: &str) -> bool {
    (w.ends_with("ed") || (w.len() > 5 && w.ends_with("ing")))
        && w.starts_with(char::is_lowercase)
        && word(rest.trim_start_space())
            .is_ok_and(|(_, next)| is_adverbial_start(next) || next.eq_ignore_ascii_case("by"))
}

/// Words that start an adverbial after a speaker ("said Smith on Thursday").
pub(crate) fn is_adverbial_start(w: &str) -> bool {
    with_lower(w, |lower| is_adverbial_start_lower(lower.as_bytes()))
}

/// [`is_adverbial_start`] of a word already in ASCII lower case, as bytes (so that a
/// word lower-cased in a buffer of bytes needs no UTF-8 check to be asked).
#[inline]
pub(crate) fn is_adverbial_start_lower(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"on"
            | b"in"
            | b"at"
            | b"after"
            | b"before"
            | b"during"
            | b"while"
            | b"when"
            | b"as"
            | b"to"
            | b"from"
            | b"outside"
            | b"via"
            | b"last"
            | b"this"
            | b"earlier"
            | b"later"
            | b"adding"
            | b"noting"
            | b"citing"
            | b"referring"
            | b"speaking"
            | b"with"
            | b"about"
            | b"of"
            | b"over"
    ) || is_day_word_lower(lower)
}

/// The most bytes of a word that [`is_adverbial_start_lower`], [`opens_adverbial_lower`]
/// and [`leading_subject`]'s opening adverbs accept ("throughout").
const SHORT_WORD: usize = 10;

/// `with_lower(w, |l| f(l.as_bytes()))` for a test `f` that accepts only ASCII words
/// of at most [`SHORT_WORD`] bytes, as the tests above do (their words are all such):
/// such a word is lower-cased in a stack buffer, where [`with_lower`] copies a word
/// with a capital (most words these tests are asked of open a sentence or a name) into
/// its thread-local buffer; any other word lower-cases to one that no such test
/// accepts, so it fails unasked.
#[inline]
fn short_lower_is(w: &str, f: impl FnOnce(&[u8]) -> bool) -> bool {
    w.is_ascii() && with_short_lower::<SHORT_WORD, _>(w, f).unwrap_or(false)
}

/// A preposition or subordinator that opens an adverbial phrase or clause ahead of a
/// sentence's subject ("In a speech last July, …", "Despite the expansion, …", "Unless
/// countries act, …").
pub(crate) fn opens_adverbial(w: &str) -> bool {
    with_lower(w, |lower| opens_adverbial_lower(lower.as_bytes()))
}

/// [`opens_adverbial`] of a word already in ASCII lower case, as bytes.
#[inline]
pub(crate) fn opens_adverbial_lower(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"in"
            | b"on"
            | b"at"
            | b"after"
            | b"before"
            | b"during"
            | b"while"
            | b"when"
            | b"despite"
            | b"unless"
            | b"although"
            | b"though"
            | b"because"
            | b"since"
            | b"until"
            | b"without"
            | b"throughout"
            | b"among"
            | b"amid"
            | b"besides"
            | b"beyond"
            | b"under"
            | b"for"
            | b"by"
            | b"if"
            | b"once"
            | b"with"
            | b"from"
            | b"over"
            | b"unlike"
            | b"like"
    )
}

/// An auxiliary or a modal ("is", "has", "did", "would", "can", "must"): a word that
/// makes the clause it stands in finite.
pub(crate) fn is_finite_auxiliary(w: &str) -> bool {
    lexicon().is("auxiliary", w)
        || matches!(
            w,
            "can" | "could" | "should" | "may" | "might" | "must" | "shall" | "will" | "would"
        )
}

/// A weekday, "yesterday", "today" or "tonight" (lower case): days said of a verb.
pub(crate) fn is_day_word(lower: &str) -> bool {
    is_day_word_lower(lower.as_bytes())
}

/// [`is_day_word`] of a word's bytes.
#[inline]
fn is_day_word_lower(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"yesterday"
            | b"today"
            | b"tonight"
    )
}

/// `speaker_before_verb`: a speaker phrase ending right before a verb group, as in
/// `the US State Department said` or `Jane Doe, the agency's chief economist, said`.
fn subject_first(i: &str) -> R<'_, (&str, CueMatch)> {
    let (mut rest, _) = speaker_word(i)?;
    for _ in 0..MAX_SPEAKER_WORDS {
        let end = offset(i, rest);
        // `[","] ws` before the verb group and `("," ws | ws)` before the next word
        // are one separator, read once.
        let Some(next) = word_separator(rest) else {
            return Err(nom::Err::Error(nom::error::Error::new(
                rest,
                nom::error::ErrorKind::Tag,
            )));
        };
        // The word there is read once: as the first of a verb group (`verb_group`,
        // spelled out) and, when none stands there, as the phrase's next word.
        let read = word(next);
        if let Ok((after_first, first)) = read
            && let Some(lists) = lexicon().group_opener(first)
            && let Ok((r, cue)) = verb_group_from(next, after_first, first, lists)
        {
            // "the report stated": "report" reads as a verb too; go on when what comes
            // before it cannot be a speaker.
            if is_plausible_after_speaker(&i[..end]) && cue_trailer(r) {
                let cue_at = offset(i, r) - cue.span.len();
                let span = Span::new(cue_at, offset(i, r));
                // "…, a charge he denies": a subject pronoun after other words opens a
                // relative clause, and speaks alone.
                let speaker = match i[..end].rsplit_once(is_space) {
                    Some((_, last)) if lexicon().is("pronoun", last) => last,
                    _ => &i[..end],
                };
                return Ok((
                    r,
                    (
                        speaker,
                        CueMatch {
                            span,
                            verb: cue.verb,
                        },
                    ),
                ));
            }
        }
        // A speaker word, or any word but a stop word: together, any word but a stop
        // word (past a parenthesis or "No 10").
        let (r, _) = bracket_number_or_word(next, |w| match read {
            Ok((r, found)) if !lexicon().is_lower("stop", found) => Ok((r, found)),
            Ok(_) => Err(nom::Err::Error(nom::error::Error::new(
                w,
                nom::error::ErrorKind::Verify,
            ))),
            Err(e) => Err(e),
        })?;
        rest = r;
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::TooLarge,
    )))
}

/// What may follow "X said" after a quotation: the end of the sentence, punctuation,
/// or a word that opens an adverbial, an object or a clause ("said on Thursday", "told
/// reporters", "said, adding"), but not another verb ("The report runs to 90 pages").
///
/// Always inlined, the word read out of line ([`cue_trailer_word`]): most cues after a
/// quotation end their sentence ("he said."), told from one byte, where the call cost
/// more than the test.
#[inline(always)]
fn cue_trailer(rest: &str) -> bool {
    // An ASCII byte that is no letter, digit or space ([`is_ascii_space`]) opens no
    // `word` (its core must open with a letter or digit), and no space is trimmed
    // before it: told at once.
    if rest
        .as_bytes()
        .first()
        .is_none_or(|&b| b.is_ascii() && !b.is_ascii_alphanumeric() && !is_ascii_space(b))
    {
        debug_assert!(word(rest.trim_start_space()).is_err(), "{rest:?}");
        return true;
    }
    cue_trailer_word(rest)
}

/// [`cue_trailer`] of a `rest` that may open with a word (after its spaces).
#[inline(never)]
fn cue_trailer_word(rest: &str) -> bool {
    let t = rest.trim_start_space();
    // An ASCII byte that is no letter or digit opens no `word` (its core must open with
    // one), which is told before the parser is called.
    if t.as_bytes()
        .first()
        .is_none_or(|&b| b.is_ascii() && !b.is_ascii_alphanumeric())
    {
        debug_assert!(word(t).is_err(), "{t:?}");
        return true;
    }
    let Ok((_, w)) = word(t) else {
        return true;
    };
    w.starts_with(|c: char| c.is_uppercase())
        || is_adverbial_start(w)
        || time_word(w).is_ok()
        || lexicon().is_lower("adverb", w)
        || lexicon().is_lower("stop", w)
        || w.bytes().all(|b| b.is_ascii_digit())
        || with_lower(w, |lower| {
            matches!(
                lower,
                "reporters"
                    | "him"
                    | "her"
                    | "them"
                    | "me"
                    | "us"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "their"
                    | "its"
                    | "my"
                    | "our"
                    | "back"
                    | "out"
                    | "up"
                    | "so"
                    | "not"
                    | "matter-of-factly"
                    | "flatly"
                    | "simply"
                    | "quietly"
                    | "softly"
                    | "loudly"
            ) || lower.ends_with("ly")
        })
        || lexicon().in_any_lower(&["person_head", "group_head"], w)
}

/// Right after a quotation and next to a reporting verb, a speaker phrase needs less
/// evidence: any phrase opened by a determiner or a capital ("the ad's narrator",
/// "one unaligned Florida Republican strategist") or otherwise plausible.
pub(crate) fn is_plausible_after_speaker(phrase: &str) -> bool {
    // A lone subject pronoun ("…,” he said) is the commonest speaker after a quotation,
    // and the general test accepts it only at its last step (no capital, determiner or
    // quantity opens it; then its one word is a listed pronoun, so a speaker head): it
    // is answered at once.
    if is_lone_subject_pronoun(phrase) {
        debug_assert!(plausible_after_speaker_given(phrase, || {
            is_plausible_speaker(phrase)
        }));
        return true;
    }
    plausible_after_speaker_given(phrase, || is_plausible_speaker(phrase))
}

/// The subject pronouns of the lexicon's `pronoun` list as they open or follow a
/// clause: in lower case and capitalised ("he", "She"; "I" only as written).
pub(crate) const SUBJECT_PRONOUNS: [&str; 11] = [
    "he", "she", "they", "we", "it", "He", "She", "They", "We", "It", "I",
];

/// True when `phrase` is exactly one of [`SUBJECT_PRONOUNS`]: a phrase that names its
/// speaker.
pub(crate) fn is_lone_subject_pronoun(phrase: &str) -> bool {
    SUBJECT_PRONOUNS.contains(&phrase)
}

/// True when `phrase` has words and each is capitalised or a name particle ("Qais Al
/// Khazali", "Yvette Cooper"): a name as it stands, with no description.
pub(crate) fn is_name_like(phrase: &str) -> bool {
    let mut words = phrase.split_space().filter(|w| !w.is_empty()).peekable();
    words.peek().is_some()
        && words.all(|w| w.starts_with(char::is_uppercase) || lexicon().is("particle", w))
}

/// True for an article, a possessive determiner or "this", in any case: the words after
/// which a noun phrase goes on, so that a verb form there is an adjective ("its
/// proposed cutoff") and the word alone names no one.
pub(crate) fn is_determiner(w: &str) -> bool {
    is_one_of(
        w,
        &[
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this",
        ],
    )
}

/// [`is_plausible_after_speaker`], with [`is_plausible_speaker`] of `phrase` from
/// `plausible`, for a caller that has judged that already.
fn plausible_after_speaker_given(phrase: &str, plausible: impl FnOnce() -> bool) -> bool {
    let mut words = phrase.split_space().filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let second = words.next();
    if is_determiner(first) && second.is_none() {
        return false;
    }
    // The tests below are pure and joined by "or": the cheapest run first (most
    // phrases here open with a capital or a determiner), and the quantity's lexicon
    // lookups and the full plausibility test only when those fail.
    if first.starts_with(|c: char| c.is_uppercase())
        || with_lower(first, |lower| {
            matches!(
                lower,
                "the"
                    | "a"
                    | "an"
                    | "one"
                    | "another"
                    | "some"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "two"
                    | "three"
                    | "several"
                    | "many"
                    | "most"
                    | "other"
                    | "those"
                    | "these"
                    | "both"
                    | "all"
                    | "few"
            )
        })
    {
        return true;
    }
    // Poll answers speak too: "26% say", "78 percent of voters said", "half said". A
    // word that only bounds a quantity needs one after it ("about half said", not
    // "about the state").
    let bound = || {
        with_lower(first, |lower| {
            matches!(
                lower,
                "about"
                    | "nearly"
                    | "almost"
                    | "only"
                    | "just"
                    | "roughly"
                    | "as"
                    | "more"
                    | "fewer"
                    | "less"
            )
        })
    };
    // "two-thirds", "three-fourths", "one-quarter".
    let fraction = || {
        first.split_once('-').is_some_and(|(n, part)| {
            lexicon().is_lower("quantity", n)
                && is_one_of(
                    part,
                    &[
                        "third", "thirds", "fourth", "fourths", "quarter", "quarters", "fifth",
                        "fifths", "half",
                    ],
                )
        })
    };
    let quantity = || {
        fraction()
            || first.starts_with(|c: char| c.is_ascii_digit())
            || (lexicon().is_lower("quantity", first)
                && (!bound()
                    || second.is_some_and(|w| {
                        w.starts_with(|c: char| c.is_ascii_digit())
                            || lexicon().is_lower("quantity", w)
                    })))
    };
    quantity() || plausible()
}

/// A dash that introduces a speaker after a quotation ("…" — X).
fn dash(i: &str) -> R<'_, &str> {
    alt((tag("—"), tag("–"), tag("--"), tag("-"))).parse(i)
}

// ---------------------------------------------------------------------------------
// After the quotation

/// Matches an attribution that follows a closing quote mark. `window` is the text from
/// just after the mark to the end of the sentence; spans in the frame are relative to
/// `window`.
pub(crate) fn after_frame(window: &str) -> Option<Frame> {
    // `ws0 ["," | ";"] ws0`, read by hand (`ws0` is the trim): it runs after every
    // closing mark, where nom's char-by-char combinators cost more than a short frame.
    let body = window.trim_start_space();
    let body = body
        .strip_prefix([',', ';'])
        .map_or(body, SpaceStr::trim_start_space);
    debug_assert_eq!(
        (ws0, opt(alt((char(','), char(';')))), ws0)
            .parse(window)
            .map(|(body, _)| body),
        Ok(body)
    );
    let base = offset(window, body);
    let frame = |speaker: &str, cue: CueMatch, rule, after: &str| {
        after_quote_frame(window, base, (speaker, cue, after), rule)
    };
    // "he said": a lone subject pronoun and its verb, the commonest frame after a
    // quotation, is read at once (`pronoun_verb`), where the general reading below
    // tried "according to" and a verb first, then read the pronoun as a speaker word.
    if let Some((speaker, cue, rest)) = pronoun_verb(body) {
        let found = frame(speaker, cue, "quote_speaker_verb", rest);
        debug_assert_eq!(Some(found), after_frame_general(window, body), "{window:?}");
        return Some(found);
    }
    after_frame_general(window, body)
}

/// "X said" after a quotation where X is one of [`SUBJECT_PRONOUNS`] and one space
/// follows it: the speaker, the cue (its span relative to `body`) and the rest after
/// the cue, as [`after_frame`]'s general reading finds them; `None` for any other
/// `body`, which that reading takes.
///
/// Why the same: no subject pronoun opens with "a" or "A", so "according to" is not
/// read; none is an auxiliary, an adverb or a reporting verb form, so no verb group
/// opens with it ("said X" fails); and each is a speaker word, so `subject_first`
/// reads it, then the one space as the separator, then the group at the next word as
/// here, and takes it as the general reading does: a lone subject pronoun is a
/// plausible speaker, and the speaker phrase is the pronoun itself (one word, no
/// space in it). A test checks the three facts of the lexicon; the debug assertion in
/// [`after_frame`] checks each answer.
fn pronoun_verb(body: &str) -> Option<(&str, CueMatch, &str)> {
    let b = body.as_bytes();
    // (The first byte turns most bodies away before the list is read.)
    if !matches!(
        b.first(),
        Some(b'h' | b's' | b't' | b'w' | b'i' | b'H' | b'S' | b'T' | b'W' | b'I')
    ) {
        return None;
    }
    let speaker = SUBJECT_PRONOUNS
        .iter()
        .find(|p| b.len() > p.len() && b.starts_with(p.as_bytes()) && b[p.len()] == b' ')?;
    let next = &body[speaker.len() + 1..];
    let (rest, cue) = match lone_verb(next) {
        Some(found) => found,
        None => {
            let (after_first, first) = word(next).ok()?;
            let lists = lexicon().group_opener(first)?;
            verb_group_from(next, after_first, first, lists).ok()?
        }
    };
    if !cue_trailer(rest) {
        return None;
    }
    let cue_at = offset(body, rest) - cue.span.len();
    let cue = CueMatch {
        span: Span::new(cue_at, offset(body, rest)),
        verb: cue.verb,
    };
    Some((&body[..speaker.len()], cue, rest))
}

/// [`verb_group`] at `i` when its first word has no ASCII capital and is a verb form
/// alone, neither an auxiliary nor an adverb ("said", "told"): from one lookup of the
/// word, where the word's full stop ([`word_stops`]), the group's opening test and its
/// verb each looked it up. `None` for any other word, and where the group fails.
///
/// Why the same: the word [`word`] reads is its core ([`word_core`], which holds no
/// full stop) unless a full stop follows that `word_stops` takes in: one before a
/// letter and another stop ("U.S."), or after an abbreviation or an honorific (with
/// no ASCII capital, the core is its own lower case, whose lists are read here); such
/// words go the general way. A verb form opens a group
/// ([`crate::lexicon::Lexicon::group_opener`]), and one that is no auxiliary or adverb
/// takes nothing before the verb, so the verb is that word, read by [`verb_of_word`]
/// with its forms (for a word with no ASCII capital, `Lexicon::verb` is its entry's
/// forms, as `lists_lower_and_verb` reads them); a bare gerund fails there as here, and
/// the cue spans the word and its particle.
fn lone_verb(i: &str) -> Option<(&str, CueMatch)> {
    let (after_first, first) = word_core(i).ok()?;
    // (Its lanes at once, where a byte loop's exit at the word's end costs more.)
    if has_ascii_capital(first.as_bytes()) {
        return None;
    }
    // (With no ASCII capital, told above, the word is its own lower case.)
    let (lists, forms) = lexicon().lists_and_verb_uncapitalised(first);
    debug_assert_eq!(
        (lists, forms),
        lexicon().lists_lower_and_verb(first),
        "{first:?}"
    );
    if forms.is_empty() || lists.has("auxiliary") || lists.has("adverb") {
        return None;
    }
    if let Some(after) = after_first.strip_prefix('.') {
        let mut chars = after.chars();
        let letter_and_stop =
            chars.next().is_some_and(char::is_alphabetic) && chars.next() == Some('.');
        if letter_and_stop || lists.has("abbreviation") || lists.has("honorific") {
            return None;
        }
    }
    debug_assert_eq!(word(i), Ok((after_first, first)), "{i:?}");
    // `verb_of_word` of a word that opens with an ASCII byte, here no capital, and whose
    // forms take no particle ("said", most forms) turns nothing away and reads nothing
    // after the word: its answer is the first form, read here without the call.
    let plain = first.as_bytes()[0].is_ascii() && forms.iter().all(|f| f.particle.is_none());
    let verb = if plain {
        Some((after_first, forms[0]))
    } else {
        verb_of_word(i, after_first, first, forms).ok()
    };
    debug_assert_eq!(
        verb,
        verb_of_word(i, after_first, first, forms).ok(),
        "{i:?}"
    );
    let found = verb.filter(|(_, verb)| !verb.gerund).map(|(rest, verb)| {
        let span = Span::new(0, offset(i, rest));
        (rest, CueMatch { span, verb })
    });
    debug_assert_eq!(
        found,
        lexicon()
            .group_opener(first)
            .and_then(|lists| verb_group_from(i, after_first, first, lists).ok()),
        "{i:?}"
    );
    found
}

/// The [`Frame`] that [`after_frame`] reads in `window`: the speaker phrase, the cue
/// (its span relative to the body that starts at byte `base` of the window) and the
/// text after the cue, all slices of `window`.
fn after_quote_frame(
    window: &str,
    base: usize,
    (speaker, cue, after): (&str, CueMatch, &str),
    rule: &'static str,
) -> Frame {
    Frame {
        speaker: Span::new(
            offset(window, speaker),
            offset(window, speaker) + speaker.len(),
        ),
        cue: CueMatch {
            span: cue.span.shifted(base),
            verb: cue.verb,
        },
        rule,
        after_cue: offset(window, after),
        whole: true,
    }
}

/// [`after_frame`] of `window` past [`pronoun_verb`], with `body` its text after the
/// opening comma or semicolon.
fn after_frame_general<'a>(window: &'a str, body: &'a str) -> Option<Frame> {
    let base = offset(window, body);
    let frame = |speaker: &str, cue: CueMatch, rule, after: &str| {
        after_quote_frame(window, base, (speaker, cue, after), rule)
    };
    // "according to X"
    // (The cheap test first: only "a" or "A" lower-cases to the "a" that
    // `tag_no_case` compares the first char with, so any other first byte fails it.)
    let opens_with_a = body.as_bytes().first().is_some_and(|&b| b | 0x20 == b'a');
    debug_assert!(
        opens_with_a
            || tag_no_case::<_, _, nom::error::Error<_>>("according")
                .parse(body)
                .is_err(),
        "{body:?}"
    );
    if opens_with_a
        && let Ok((rest, (cue_text, speaker))) = (
            recognize((tag_no_case("according"), ws, tag_no_case("to"))),
            preceded(ws, speaker_after),
        )
            .parse(body)
    {
        let cue = CueMatch {
            span: Span::new(0, cue_text.len()),
            verb: pseudo_verb("according to"),
        };
        return Some(frame(speaker, cue, "quote_according_to", rest));
    }
    // "said X"
    if let Ok((rest, (cue, speaker))) = (verb_group, preceded(ws, speaker_after)).parse(body)
        && is_plausible_after_speaker(speaker)
        // Verbs that act on their object ("dismissed the claims", "cited a poll") never
        // invert: after a comma they are a verb and its object.
        && !lexicon().is("acts_on_object", cue.verb.lemma)
    {
        return Some(frame(speaker, cue, "quote_verb_speaker", rest));
    }
    // "X said"
    if let Ok((rest, (speaker, cue))) = subject_first(body) {
        {
            return Some(frame(speaker, cue, "quote_speaker_verb", rest));
        }
    }
    // "— X"
    // (Every `dash` opens with "-" or with 0xE2, the first byte of the em and en dash:
    // a body that opens otherwise has none, and most open with a word.)
    let opens_with_dash = matches!(body.as_bytes().first(), Some(b'-' | 0xe2));
    debug_assert!(opens_with_dash || dash(body).is_err(), "{body:?}");
    if opens_with_dash && let Ok((rest, speaker)) = preceded((dash, ws0), speaker_after).parse(body)
    {
        let (_, _) = (ws0, opt(char('.')), ws0, eof).parse(rest).ok()?;
        if is_plausible_speaker(speaker) {
            let cue = CueMatch {
                span: Span::new(0, 0),
                verb: pseudo_verb("say"),
            };
            return Some(frame(speaker, cue, "quote_dash_speaker", rest));
        }
    }
    None
}

// ---------------------------------------------------------------------------------
// Before the quotation

/// A preposition that opens an adverbial between a verb and its quote.
fn preposition(i: &str) -> R<'_, &str> {
    verify(word, is_preposition).parse(i)
}

/// The word test of [`preposition`], in any case.
pub(crate) fn is_preposition(w: &str) -> bool {
    with_lower(w, is_preposition_lower)
}

/// [`is_preposition`] of a word in lower case. (Always in line, as the test was before
/// it was shared.)
#[inline(always)]
fn is_preposition_lower(lower: &str) -> bool {
    matches!(
        lower,
        "on" | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "to"
            | "with"
            | "from"
            | "outside"
            | "via"
            | "over"
            | "of"
            | "about"
            | "through"
            | "into"
            | "for"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "late"
            | "early"
    )
}

/// True when `tail`, the words after "…, X said" to the end of the sentence (or to a
/// semicolon, which begins another clause), only say where, when or to whom it was
/// said: "in a statement on Monday", "at a news conference in Beirut", and after a verb
/// that takes its hearer, "the court in his filing". A clause word, an auxiliary, a
/// subject pronoun or a comma makes them a clause of their own (", he said the plan
/// would fail", ", she said in a statement that …"), which this does not accept.
pub(crate) fn adverbial_tail(tail: &str, takes_object: bool) -> bool {
    // The tail to its first ';', trimmed, but read no further than the piece that
    // holds its (MOST_WORDS + 1)th word: a body of more words is no adverbial however
    // it goes on, and read to its end after every verb, a long sentence's tail made
    // the frame quadratic. (Pieces are counted only where the trim would keep a char
    // of them, so that the cut body keeps that many words.)
    let body = &tail[..pieces_end(tail, ';', MOST_WORDS + 1, |c| !is_trimmed_after_tail(c))];
    adverbial_body(body.trim_end_matches(is_trimmed_after_tail), takes_object)
}

/// The most words [`adverbial_tail`] accepts.
const MOST_WORDS: usize = 16;

/// The chars trimmed from the end of an [`adverbial_tail`]: spaces, the final stop,
/// a closing bracket or quote mark.
fn is_trimmed_after_tail(c: char) -> bool {
    is_space(c) || matches!(c, '.' | '!' | '?' | ')') || crate::quotes::is_mark(c)
}

/// [`adverbial_tail`] of the trimmed tail to its first ';'.
fn adverbial_body(body: &str, takes_object: bool) -> bool {
    const HEARER_WORDS: usize = 5;
    // A quotation or a comma in the tail is more than an adverbial.
    if body.contains(|c: char| c == ',' || crate::quotes::is_mark(c)) {
        return false;
    }
    let lex = lexicon();
    let is_time = |w: &str| time_word(w).is_ok_and(|(r, _)| r.is_empty());
    // A preposition of place or time opens an adverbial; "about", "for", "of", "on" and
    // the like after the verb mostly open its object ("asked for …", "speculated about
    // …", "reported on …"), so "on" counts only before a time ("on Monday").
    let object_opener = |w: &str| {
        is_one_of(
            w,
            &[
                "to", "with", "over", "of", "about", "through", "into", "for", "on",
            ],
        )
    };
    let opens = |w: &str, next: Option<&str>| {
        is_time(w)
            || (preposition(w).is_ok_and(|(r, _)| r.is_empty()) && !object_opener(w))
            || (w.eq_ignore_ascii_case("on") && next.is_some_and(is_time))
    };
    // Before the first preposition only a hearer may stand, and only after a verb that
    // takes one.
    let mut adverbial = false;
    let mut words = 0;
    let mut previous = "";
    let mut pieces = body.split_space().filter(|w| !w.is_empty()).peekable();
    while let Some(w) = pieces.next() {
        words += 1;
        if words > MOST_WORDS {
            return false;
        }
        // A gerund opens a clause ("of using its power"); after a determiner, or as
        // the noun of an occasion, the form is a noun ("in his filing", "at briefings").
        let gerund = w.len() > 4
            && w.ends_with("ing")
            && w.starts_with(char::is_lowercase)
            && !lex.is_lower("setting", w)
            && !is_determiner(previous);
        previous = w;
        let clause_word = gerund
            || lex.is_lower("stop", w)
            || with_lower(w, |l| matches!(l, "he" | "she" | "they" | "we" | "i"))
            || !lex.verb(w).is_empty();
        if clause_word {
            return false;
        }
        if !adverbial {
            let next = pieces.peek().copied();
            // "at least six planes": a quantity, not a place.
            if with_lower(w, |l| l == "at") && next.is_some_and(|n| matches!(n, "least" | "most")) {
                return false;
            }
            if opens(w, next) {
                adverbial = true;
            } else if !takes_object || words > HEARER_WORDS {
                return false;
            }
        }
    }
    adverbial
}

/// Where `s` ends for a reader that stops at its first `stop` or at the end of the
/// `n`th piece (between spaces) holding a char that `counts`: the length of `s` when
/// it reaches neither.
fn pieces_end(s: &str, stop: char, n: usize, counts: impl Fn(char) -> bool) -> usize {
    let mut seen = 0;
    let mut counted = false; // the current piece is counted already
    for (i, c) in s.char_indices() {
        if c == stop {
            return i;
        }
        if is_space(c) {
            if counted && seen == n {
                return i;
            }
            counted = false;
        } else if !counted && counts(c) {
            seen += 1;
            counted = true;
        }
    }
    s.len()
}

/// A day name or a time word that can stand alone as an adverbial ("said Thursday").
fn time_word(i: &str) -> R<'_, &str> {
    verify(word, |w: &str| {
        is_time_noun(w) || lexicon().is_lower("adverb", w)
    })
    .parse(i)
}

/// [`time_word`]'s test of a word without its adverb lookup: a day name, or a time
/// noun or adverb of its own list ("recently", "week"), in any case.
fn is_time_noun(w: &str) -> bool {
    with_lower(w, is_time_noun_lower)
}

/// [`is_time_noun`] of a word in lower case. (Always in line, as the test was before
/// it was shared.)
#[inline(always)]
fn is_time_noun_lower(lower: &str) -> bool {
    is_day_word(lower)
        || matches!(
            lower,
            "recently"
                | "again"
                | "later"
                | "earlier"
                | "afterward"
                | "afterwards"
                | "then"
                | "once"
                | "morning"
                | "night"
                | "evening"
                | "afternoon"
                | "week"
                | "month"
                | "year"
        )
}

/// A short noun phrase inside an adverbial or as an object: up to six words that are
/// neither stop words nor reporting verbs.
fn phrase(i: &str) -> R<'_, &str> {
    let (mut rest, _) = speaker_word(i)?;
    for _ in 1..6 {
        // `ws speaker_word`, the white space read by hand.
        match after_space(rest).map(speaker_word) {
            Some(Ok((r, _))) => rest = r,
            _ => break,
        }
    }
    Ok((rest, &i[..offset(i, rest)]))
}

/// `adverbial = preposition ws phrase | time_word`.
fn adverbial(i: &str) -> R<'_, &str> {
    alt((recognize((preposition, ws, phrase)), time_word)).parse(i)
}

/// `lead_tail`: what may stand between a verb and the quotation it introduces.
/// The grammar as written: [`tail_is_whole`] reads it by hand, and debug builds hold
/// the two to the same answer.
fn lead_tail(i: &str, takes_object: bool) -> R<'_, ()> {
    let mut rest = i;
    if takes_object && let Ok((r, _)) = preceded(ws, phrase).parse(rest) {
        rest = r;
    }
    for _ in 0..6 {
        match preceded(alt((recognize((opt(char(',')), ws)), ws)), adverbial).parse(rest) {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    let (rest, _) = opt(preceded(ws, keyword("that"))).parse(rest)?;
    let (rest, _) = (ws0, opt(satisfy(|c| c == ':' || c == ',')), ws0, eof).parse(rest)?;
    Ok((rest, ()))
}

/// True when [`lead_tail`] reads all of `i`: the quote stands whole after its verb.
///
/// The same productions in the same order, each read by hand: the white space with
/// [`after_space`] (`ws`) and [`word_separator`] (`"," ws | ws`), and each word once
/// with `word`, tested as `preposition`, `time_word` and `keyword("that")` test it.
/// [`lead_in`] asks this of nearly every verb it finds a speaker for, and nom's
/// generic `alt`, `recognize` and `verify` there cost more than the words they read.
fn tail_is_whole(i: &str, takes_object: bool) -> bool {
    let mut rest = i;
    // `[ws object]`
    if takes_object && let Some(Ok((r, _))) = after_space(rest).map(phrase) {
        rest = r;
    }
    // `{("," ws | ws) adverbial}`, at most six.
    for _ in 0..6 {
        match word_separator(rest).and_then(adverbial_end) {
            Some(r) => rest = r,
            None => break,
        }
    }
    // `[ws "that"]`
    if let Some(r) = after_space(rest)
        && let Ok((after, w)) = word(r)
        && w.eq_ignore_ascii_case("that")
    {
        rest = after;
    }
    // `ws0 [":" | ","] ws0 EOF`
    let rest = rest.trim_start_space();
    let whole = rest
        .strip_prefix([':', ','])
        .unwrap_or(rest)
        .trim_start_space()
        .is_empty();
    debug_assert_eq!(whole, lead_tail(i, takes_object).is_ok(), "{i:?}");
    whole
}

/// Where [`adverbial`] ends when it opens `i`, read by hand for [`tail_is_whole`]: a
/// preposition and its phrase, or else the same word as a time word.
fn adverbial_end(i: &str) -> Option<&str> {
    let (after, w) = word(i).ok()?;
    if is_preposition(w)
        && let Some(Ok((r, _))) = after_space(after).map(phrase)
    {
        return Some(r);
    }
    (is_time_noun(w) || lexicon().is_lower("adverb", w)).then_some(after)
}

/// Matches a lead-in before an opening quote mark: `X said: "…"`, `X told reporters
/// "…"`, or, for a quote inside a reported clause, `X said their success would depend on
/// "…"` (then `whole` is false). `window` runs from the start of the sentence to the
/// opening mark; spans in the frame are relative to it.
pub(crate) fn lead_in(window: &str) -> Option<Frame> {
    // Verbs nearest the quote win: scan word starts from the right, at most a bounded
    // number of words back.
    for (at, run_end) in word_starts_rev_by_runs(window).take(48) {
        // Most words are no auxiliary, adverb or verb form, and then neither parser
        // below matches (every verb form opens a group): one lookup tells.
        // (The word and its lists are handed to the group parser, which would read
        // them first.)
        let Some((after_first, first, lists)) = word_at_run(window, at, run_end)
            .ok()
            .and_then(|(r, w)| Some((r, w, lexicon().group_opener(w)?)))
        else {
            continue;
        };
        let (after, cue, gerund) = match verb_group_from(&window[at..], after_first, first, lists) {
            Ok((after, cue)) => (after, cue, false),
            // (`verb` of the word read above, without reading it again.)
            Err(_) => {
                match verb_of_word(&window[at..], after_first, first, lexicon().verb(first)) {
                    // ", saying: "…"": the gerund shares the sentence's subject.
                    Ok((after, v)) if v.gerund => (
                        after,
                        CueMatch {
                            span: Span::new(0, window.len() - at - after.len()),
                            verb: v,
                        },
                        true,
                    ),
                    _ => continue,
                }
            }
        };
        // A quotation is what someone said, never what they believe.
        if cue.verb.class == CueClass::Belief {
            continue;
        }
        let cue_span = cue.span.shifted(at);
        let cue_start = cue_span.start;
        // Whether the quote stands whole after the verb: a pure function of the words
        // after it, read once, and (but for a gerund, which needs it first) only once a
        // speaker is found, as most verbs without one are passed over.
        let tail_whole = || tail_is_whole(after, lexicon().is("object_verb", cue.verb.lemma));
        let mut whole = None;
        let speaker = if gerund {
            let whole = *whole.insert(tail_whole());
            // ", saying “…”", and with a partial quote ", calling the mayor a “liar”"
            // after a comma: the gerund shares the sentence's subject.
            let after_comma = window[..cue_start]
                .trim_end_matches(is_space)
                .trim_end_matches(crate::quotes::CLOSING_MARKS)
                .ends_with(',');
            if !whole && !after_comma {
                continue;
            }
            // "…, Foreign Minister Abbas Araghchi said on Tuesday, dismissing …": after
            // an attribution that closes the clause before it, the gerund shares that
            // attribution's speaker.
            let lead = window[..cue_start].trim_end_space().trim_end_matches(',');
            memchr::memrchr(b',', lead.as_bytes())
                .and_then(|k| {
                    let f = after_frame(&lead[k..])?;
                    let tail = &lead[k + f.after_cue..];
                    // (Subject first, only with a plain verb of saying: "…, took a
                    // strong stand, saying" or "Sanders issued a new line of attack,
                    // stating" is no attribution.)
                    let attribution = f.rule == "quote_verb_speaker"
                        || is_one_of(f.cue.verb.lemma, &["say", "tell", "add", "write"]);
                    (attribution && tail.split_space().filter(|w| !w.is_empty()).count() <= 4)
                        .then(|| f.speaker.shifted(k))
                })
                .or_else(|| leading_subject(&window[..cue_start]))
        } else {
            let prefix = &window[..cue_start];
            let lead = prefix.trim_end_space();
            // "Bryne went on to say, “…”": an infinitive shares the sentence's subject;
            // so does a verb joined to an earlier one ("…, but said, “…”", "and added:
            // “…”").
            // (An infinitive's subject is the sentence's even when a phrase stands
            // before "to": "Trump took to Truth Social to claim …".)
            if lead.ends_with(" to") {
                leading_subject(prefix).or_else(|| subject_before(prefix))
            } else {
                subject_before(prefix).or_else(|| {
                    (lead.ends_with(" and") || lead.ends_with(" but"))
                        .then(|| leading_subject(prefix))
                        .flatten()
                })
            }
        };
        let Some(speaker) = speaker else {
            continue;
        };
        let whole = whole.unwrap_or_else(tail_whole);
        return Some(Frame {
            speaker,
            cue: CueMatch {
                span: cue_span,
                verb: cue.verb,
            },
            rule: if whole {
                "speaker_verb_quote"
            } else {
                "speaker_verb_partial_quote"
            },
            after_cue: offset(window, after),
            whole,
        });
    }
    None
}

/// A cue that is not a verb of the lexicon ("according to", a colon, a dash).
pub(crate) const fn pseudo_verb(lemma: &'static str) -> VerbForm {
    VerbForm {
        lemma,
        class: crate::cue::CueClass::Neutral,
        particle: None,
        gerund: false,
    }
}

/// [`pseudo_verb`] for a cue of belief ("her hope that", "their plans to").
pub(crate) const fn pseudo_belief(lemma: &'static str) -> VerbForm {
    VerbForm {
        class: CueClass::Belief,
        ..pseudo_verb(lemma)
    }
}

/// Lead-ins without a reporting verb: `According to X, "…"` and `X: "…"` (a name and a
/// colon, or a sentence whose subject speaks and which ends in a colon: `Trump leaned in
/// and boomed: "…"`).
pub(crate) fn lead_in_without_verb(window: &str) -> Option<Frame> {
    let body = window.trim_end_space();
    let frame = |speaker: Span, cue: Span, lemma, rule| Frame {
        speaker,
        cue: CueMatch {
            span: cue,
            verb: pseudo_verb(lemma),
        },
        rule,
        after_cue: body.len(),
        whole: true,
    };
    if let Some(head) = body.strip_suffix(',') {
        // "According to the Daily Caller,"
        let t = head.trim_start_matches(|c: char| is_space(c) || mark_like(c));
        if let Ok((rest, (_, _, _, _, speaker))) = (
            tag_no_case("according"),
            ws,
            tag_no_case("to"),
            ws,
            speaker_after,
        )
            .parse(t)
            && rest.trim_space().is_empty()
            && is_plausible_after_speaker(speaker)
        {
            let s = offset(window, speaker);
            let cue = Span::new(offset(window, t), s);
            let cue = Span::new(cue.start, cue.end - 1);
            return Some(frame(
                Span::new(s, s + speaker.len()),
                cue,
                "according to",
                "according_to_quote",
            ));
        }
        return None;
    }
    let head = body.strip_suffix(':')?;
    let colon = Span::new(head.len(), head.len() + 1);
    // The whole sentence is a speaker: "Former secretary of state Hillary Clinton:".
    let t = head.trim_start_matches(|c: char| is_space(c) || mark_like(c));
    if !t.is_empty()
        && all_speaker_words(t)
        && is_plausible_speaker(t)
        && t.split_space().count() <= 10
    {
        let s = offset(window, t);
        return Some(frame(
            Span::new(s, s + t.len()),
            colon,
            "say",
            "speaker_colon_quote",
        ));
    }
    leading_subject(head).map(|speaker| frame(speaker, colon, "say", "subject_colon_quote"))
}

/// `colon_speaker = speaker_word {ws speaker_word} ":" ws`: a sentence that opens with
/// a short name and a colon ("Joe Scarborough: …", "A: …"). Returns the name's span and
/// where the words after the colon start.
///
/// (The search in line, the rest out of line: nearly every sentence holds no ": ", and
/// a call of the whole saved and restored the registers that the rest needs.)
#[inline(always)]
pub(crate) fn colon_speaker(s: &str) -> Option<(Span, usize)> {
    let colon = memchr::memchr_iter(b':', s.as_bytes())
        .find(|&k| s.as_bytes().get(k + 1) == Some(&b' '))?;
    colon_speaker_at(s, colon)
}

/// [`colon_speaker`] of `s`, whose first ": " stands at `colon`.
#[inline(never)]
fn colon_speaker_at(s: &str, colon: usize) -> Option<(Span, usize)> {
    let name = &s[..colon];
    // The tests are pure and all must pass: each runs only when those before it have,
    // cheapest first, and the words are counted no further than a sixth (the colon
    // usually stands far into a sentence, after many more).
    let few_words = name.split_space().nth(5).is_none();
    let capitalised = || {
        name.split_space().all(|w| {
            w.starts_with(char::is_uppercase) || lexicon().is("particle", w) || w.starts_with('(')
        })
    };
    // "BOOM:", "STAT OF THE WEEK:" are kickers, not speakers.
    let shouted = || {
        name.chars().filter(|c| c.is_alphabetic()).count() > 2
            && name.chars().all(|c| !c.is_lowercase())
    };
    // "The Latest:", "Editor's Note:", "Name:": labels of a page, not speakers.
    let label = || {
        let last = name.rsplit_space().next().unwrap_or("");
        lexicon().is_lower("label", without_possessive(last))
    };
    (few_words
        && capitalised()
        && !shouted()
        && !label()
        && all_speaker_words(name)
        && is_plausible_speaker(name))
    .then(|| (Span::new(0, colon), colon + 2))
}

/// Byte offsets of the word starts in `s`, from the last one back: a letter or digit
/// starts a word when the char before it cannot be in one. Lazy and allocation-free,
/// so a caller that stops at the nearest words (a lead-in's verb is usually next to
/// its quote) reads no further back.
fn word_starts_rev(s: &str) -> impl Iterator<Item = usize> + '_ {
    let mut end = s.len();
    std::iter::from_fn(move || {
        while end > 0 {
            let (i, c) = char_before(s, end);
            end = i;
            if is_alphanumeric(c) {
                let joined = i > 0 && {
                    let (_, p) = char_before(s, i);
                    is_alphanumeric(p) || matches!(p, '-' | '\'' | '’' | '.')
                };
                if !joined {
                    return Some(i);
                }
            }
        }
        None
    })
}

/// [`word_starts_rev`], the same offsets in the same order, for [`lead_in`], which walks
/// back over up to 48 words of each sentence before a quote. Inside a run of ASCII
/// letters and digits no position but the first can start a word (the char before each
/// is a letter or digit), so the run is stepped over at once, and only its first
/// position is judged, by the char before it, as `word_starts_rev` judges it. A
/// non-ASCII char is read as a char, with the same tests.
///
/// Each start comes with the end of the run it opens when that run is all ASCII
/// letters and digits (else the start itself): the walk has just stepped over it, and
/// [`word_at_run`] reads most words from it without scanning them again.
fn word_starts_rev_by_runs(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let mut end = s.len();
    std::iter::from_fn(move || {
        while end > 0 {
            let (mut i, c) = char_before(s, end);
            if !is_alphanumeric(c) {
                end = i;
                continue;
            }
            // (A run ending in a non-ASCII letter is not all ASCII: no run end.)
            let ascii_end = c.is_ascii().then_some(end);
            // Back to the first of the ASCII letters and digits that end at `i`.
            i = alphanumeric_run_start(b, i);
            end = i;
            let joined = i > 0 && {
                let (_, p) = char_before(s, i);
                is_alphanumeric(p) || matches!(p, '-' | '\'' | '’' | '.')
            };
            if !joined {
                return Some((i, ascii_end.unwrap_or(i)));
            }
        }
        None
    })
}

/// Where the run of ASCII letters and digits that ends at `end` of `b` starts (`end`
/// when there is none). The bytes before `end` are classed eight at a time
/// ([`last_stop_end`] of [`non_alphanumeric_lanes`]), where a byte loop's exit, at the
/// start of a word of any length, is a branch the predictor cannot learn on new text.
#[inline(always)]
fn alphanumeric_run_start(b: &[u8], end: usize) -> usize {
    let start = last_stop_end(&b[..end], non_alphanumeric_lanes);
    debug_assert_eq!(
        start,
        b[..end]
            .iter()
            .rposition(|c| !c.is_ascii_alphanumeric())
            .map_or(0, |k| k + 1)
    );
    start
}

/// [`word`] of `window[at..]`, for a start `at` and run end `run_end` from
/// [`word_starts_rev_by_runs`]. When the run `at..run_end` (ASCII letters and digits)
/// is followed by the end or by an ASCII byte that neither carries a word on (a word
/// byte) nor may end an abbreviation (a full stop), `word` reads exactly that run: its
/// core scan stops there at an ASCII byte, and no stop follows. Otherwise `word` reads
/// the word.
#[inline]
fn word_at_run(window: &str, at: usize, run_end: usize) -> R<'_, &str> {
    let ends_run = |b: u8| b.is_ascii() && !WORD_BYTE[usize::from(b)] && b != b'.';
    if run_end > at && window.as_bytes().get(run_end).is_none_or(|&b| ends_run(b)) {
        let read = (&window[run_end..], &window[at..run_end]);
        debug_assert_eq!(word(&window[at..]), Ok(read), "{window:?} at {at}");
        return Ok(read);
    }
    word(&window[at..])
}

/// The char that ends at byte `end` of `s` (a char boundary above 0), and where it
/// starts: ASCII, nearly all of news text, is read as a plain byte.
#[inline(always)]
fn char_before(s: &str, end: usize) -> (usize, char) {
    let b = s.as_bytes()[end - 1];
    if b.is_ascii() {
        return (end - 1, char::from(b));
    }
    let c = s[..end].chars().next_back().unwrap_or_default();
    (end - c.len_utf8(), c)
}

/// The subject of a clause ending at the end of `prefix` (just before the verb group):
/// the last comma-separated chunk, or `Name, appositive,` when the prefix ends with a
/// comma, or a subject with a relative clause of its own ("Current and former officials
/// who spoke with The Huffington Post said"). Returns its span within `prefix`.
pub(crate) fn subject_before(prefix: &str) -> Option<Span> {
    subject_before_within(prefix, prefix.len())
}

/// [`subject_before`], for a `prefix` whose bytes from `separators_end` on hold no
/// separator byte ([`separator_lanes`]): the searches for the separators that bound
/// the subject's chunk stop there. (The reader of a sentence carries where the last
/// one before each verb ends forward from verb to verb, [`SeparatorsBefore`]: the
/// windows before its verbs overlap, and searched whole they made the search before
/// each verb cost its whole reach.)
pub(crate) fn subject_before_within(prefix: &str, separators_end: usize) -> Option<Span> {
    debug_assert_eq!(
        last_stop_end(
            &prefix.as_bytes()[separators_end.min(prefix.len())..],
            separator_lanes
        ),
        0,
        "{prefix:?} from {separators_end}"
    );
    subject_next_to_verb(prefix, true, separators_end)
        .or_else(|| subject_with_relative_clause(prefix))
        .filter(|s| !names_no_one(&prefix[s.range()]))
}

/// The top bit of each lane of `x` whose byte may start a separator that bounds a
/// subject's chunk in [`subject_next_to_verb`]: `,` `;` `:`, a hyphen (of a spaced
/// hyphen or " -- "), and 0xE2, the first byte of "—" and "–". Setting each lane's
/// low bit makes `,` (0x2C) one with `-` (0x2D) and `:` (0x3A) one with `;` (0x3B),
/// and no other byte becomes either.
#[inline(always)]
pub(crate) fn separator_lanes(x: u64) -> u64 {
    let odd = x | ONES;
    equal_lanes(odd, b'-') | equal_lanes(odd, b';') | equal_lanes(x, 0xE2)
}

/// Where the last separator byte ([`separator_lanes`]) before each reporting verb of
/// a sentence ends, carried from verb to verb: where a verb follows the one before it
/// closely, only the bytes between them are read, where a search of each verb's whole
/// reach read them again for each verb after them ("he said " repeated). Before a verb
/// far from the last one (nearly every verb of news text) nothing is read: the subject
/// reader's own search of its window costs no more than a search here would.
pub(crate) struct SeparatorsBefore {
    /// How far the sentence has been read, when `end` holds.
    read: Cell<Option<usize>>,
    /// A place before `read` past which no separator byte stands up to `read`, from
    /// the window of the verb at `read` on: just past the last one.
    end: Cell<usize>,
}

impl SeparatorsBefore {
    /// The most bytes read before a verb: the bytes of a few words.
    const NEAR: usize = 32;

    /// Nothing read yet.
    pub(crate) fn new() -> Self {
        Self {
            read: Cell::new(None),
            end: Cell::new(0),
        }
    }

    /// A place in `s` at or before `at` such that `s[from..at]` holds no separator
    /// byte at or after it: just past the last one, or `from` when none stands there,
    /// or `at` (nothing known) where that was not read. `from` and `at` are to rise from
    /// call to call, as a sentence's verbs and their reaches do.
    /// (Always in line: a call cost as much as reading the few bytes between two
    /// verbs.)
    #[inline(always)]
    pub(crate) fn end_before(&self, s: &str, from: usize, at: usize) -> usize {
        // (A separator before `from` is before every later `from` too: where none is
        // found after the place read to, it still bounds the search, from below the
        // window.)
        let (start, floor) = match self.read.get() {
            Some(read) if read <= at => (read.max(from), self.end.get()),
            _ => (from, from),
        };
        if at - start > Self::NEAR {
            self.read.set(None);
            return at;
        }
        let end = last_stop_end_from(&s.as_bytes()[..at], start, separator_lanes);
        let end = if end > start { end } else { floor };
        self.end.set(end);
        self.read.set(Some(at));
        end
    }
}

/// True for "nobody", "no one", "none", "nothing": a subject that reports that no one
/// spoke ("Nobody asked about …"), and no antecedent for a later "he".
fn names_no_one(phrase: &str) -> bool {
    is_one_of(
        phrase.trim_space(),
        &["nobody", "no one", "no-one", "none", "nothing"],
    )
}

/// The most words a relative clause inside a subject may have.
const RELATIVE_CLAUSE_WORDS: usize = 20;

/// A subject that a relative clause separates from its verb: "Hawkins and others who
/// want to ban abortion said", "progressive organizations that have endorsed him say".
/// The noun phrase before "who" or "that" must open its sentence (or follow a comma or
/// a clause word): a noun phrase inside a clause is an object, and its relative clause
/// says nothing of who speaks.
fn subject_with_relative_clause(prefix: &str) -> Option<Span> {
    let trimmed = prefix.trim_end_space();
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed);
    // The last "who" or "that" among the words a relative clause may have: one
    // backward pass over the bytes, stopping after that many spaces. (It runs for every
    // verb whose subject is not next to it, so it stays a plain byte loop.) Both words
    // open with "w" or "t": the pass starts at the last of those (memchr), and a
    // prefix with neither ("he said he said …") costs that one search. The spaces
    // after it are only counted.
    let bytes = trimmed.as_bytes();
    let start = memchr::memrchr2(b'w', b't', bytes)?;
    let mut spaces = bytes[start..].iter().filter(|&&b| b == b' ').count();
    let mut found = None;
    for (k, &b) in bytes[..start].iter().enumerate().rev() {
        if b != b' ' {
            continue;
        }
        spaces += 1;
        if spaces > RELATIVE_CLAUSE_WORDS + 1 {
            break;
        }
        let w = &bytes[k + 1..];
        // (Most words open with neither "w" nor "t": one byte turns them away.)
        if !matches!(w.first(), Some(b'w' | b't')) {
            continue;
        }
        if w.starts_with(b"who ")
            || w.starts_with(b"whose ")
            || w.starts_with("who’".as_bytes())
            || w.starts_with(b"who'")
            || w.starts_with(b"that ")
        {
            found = Some(k);
            break;
        }
    }
    let k = found?;
    let relative = trimmed[k + 1..].trim_end_space();
    // "that" is a relative pronoun before a verb group ("that have endorsed him"); before
    // a noun it is a determiner ("Defending that terrain").
    if let Some(after) = relative.strip_prefix("that ")
        && !after.split_space().next().is_some_and(relative_verb)
    {
        return None;
    }
    if relative.contains([';', ':', '"', '“', '”', '(', ')'])
        || relative.split_space().count() > RELATIVE_CLAUSE_WORDS
        || relative.ends_with(" and")
        || relative.ends_with(" but")
        || relative.ends_with(" or")
    {
        return None;
    }
    let antecedent = &prefix[..k];
    if generic_antecedent(antecedent) {
        return None;
    }
    let subject = subject_next_to_verb(antecedent, false, antecedent.len())?;
    if !is_plausible_speaker(&antecedent[subject.range()]) {
        return None;
    }
    let before = antecedent[..subject.start].trim_end_space();
    let opens = before.is_empty()
        || before.ends_with([',', '—', '-'])
        || strip_clause_words(before).is_empty();
    opens.then_some(subject)
}

/// True when `w`, right after "that", opens a relative clause's verb group: an
/// auxiliary ("that have endorsed him") or a past or present form ("that visited
/// Beirut", "that runs the program"), not a noun ("that terrain").
fn relative_verb(w: &str) -> bool {
    lexicon().is("auxiliary", w)
        || (w.len() > 4
            && w.starts_with(char::is_lowercase)
            && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
            && !lexicon().in_any_lower(
                &["person_head", "group_head", "org_head", "document_head"],
                w,
            ))
}

/// The words after the last " and " of `chunk`, or else after its last " but ".
/// It runs for every verb whose subject did not fit, so it builds no substring
/// searcher: a backward search for the middle letters "n" and "u" finds each candidate
/// (a clause like "he said he said …" has neither), the first " and " met from the
/// end is the answer, and the first " but " met is kept for when there is none.
fn after_last_join(chunk: &str) -> Option<&str> {
    let bytes = chunk.as_bytes();
    let mut but = None;
    for m in memchr::memrchr2_iter(b'n', b'u', bytes) {
        // `k` is the space before the word, `k + 4` the one after it.
        let Some(k) = m.checked_sub(2).filter(|&k| k + 4 < bytes.len()) else {
            continue;
        };
        if bytes[k] == b' ' && bytes[k + 4] == b' ' {
            match &bytes[k + 1..k + 4] {
                b"and" => return Some(&chunk[k + 5..]),
                b"but" if but.is_none() => but = Some(k + 5),
                _ => {}
            }
        }
    }
    but.map(|k| &chunk[k..])
}

/// True when the noun phrase before a relative pronoun is no one in particular: "Those
/// who said the economy mattered split evenly" makes the relative clause part of a
/// larger subject, not a report.
fn generic_antecedent(antecedent: &str) -> bool {
    let last = antecedent.rsplit_space().next().unwrap_or("");
    with_lower(last, |lower| {
        matches!(
            lower,
            "those" | "anyone" | "anybody" | "everyone" | "everybody" | "one" | "some"
        )
    })
}

/// [`subject_before`] for a subject that stands next to its verb (or its appositive).
/// With `joins_clauses`, an "and" after a clause with a verb of its own starts the
/// subject ("He was copied and Gates said"); before a relative pronoun the phrase is
/// as often an object ("a retort to both Democrats and Republicans, who have said"),
/// so there it does not.
///
/// No separator byte ([`separator_lanes`]) stands in `prefix` at or after
/// `separators_end` (`prefix.len()` where that is not known).
fn subject_next_to_verb(prefix: &str, joins_clauses: bool, separators_end: usize) -> Option<Span> {
    let trimmed = prefix.trim_end_space();
    // "security experts who say …", "the polls that show …": a relative pronoun just
    // before the verb stands for the noun phrase before it, which is the subject.
    // (The pronoun ends the prefix: one that ends otherwise, as nearly all do, is not
    // split for it.)
    if (trimmed.ends_with("who") || trimmed.ends_with("that") || trimmed.ends_with("which"))
        && let Some((antecedent, pronoun)) = trimmed.rsplit_once(is_space)
        && matches!(pronoun, "who" | "that" | "which")
    {
        if generic_antecedent(antecedent) {
            return None;
        }
        // (The antecedent is the head of `prefix`: no separator byte stands in it where
        // none stands in `prefix`.)
        return subject_next_to_verb(antecedent, false, separators_end)
            .or_else(|| noun_phrase_before(antecedent));
    }
    // A closing dash ends an appositive as a comma does: "The justice -- who has been in
    // a scuffle with the nominee -- said".
    let closing = trimmed
        .strip_suffix(',')
        .or_else(|| trimmed.strip_suffix(" --"))
        .or_else(|| trimmed.strip_suffix(" —"))
        .or_else(|| trimmed.strip_suffix(" –"))
        .or_else(|| trimmed.strip_suffix(" -"));
    let (body, had_comma) = match closing {
        Some(b) => (b.trim_end_space(), true),
        None => (trimmed, false),
    };
    // (where the chunk starts, where the separator before it starts)
    // A spaced hyphen separates too: "LONDON (Reuters) - Donald Trump said".
    // Found with memchr: this runs once per reporting verb, over its whole reach. The
    // last of ",;:" bounds the search; a dash after it is the later separator.
    // (Each `s` below is a head of `prefix`, so no separator byte stands in it at or
    // after `separators_end`, and the searches stop there: a separator starts with
    // such a byte. The bytes after one that tell whether it is one are read in `s`.)
    let cut_within = |s: &str, searched_end: usize| {
        let b = s.as_bytes();
        let searched = &b[..searched_end.min(b.len())];
        // (Nothing to search, as before most verbs of a long sentence without a
        // separator: the searches' calls are not made.)
        if searched.is_empty() {
            return (0, 0);
        }
        let separator = |k: usize| match b[k] {
            b',' | b';' | b':' => Some((k + 1, k)),
            // "—" and "–" are E2 80 94 and E2 80 93.
            0xE2 if b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0x93 | 0x94)) => {
                Some((k + 3, k))
            }
            b'-' if k > 0 && b[k - 1] == b' ' && b.get(k + 1) == Some(&b' ') => Some((k + 1, k)),
            // " -- ", the typewriter's dash.
            b'-' if k > 0
                && b[k - 1] == b' '
                && b.get(k + 1) == Some(&b'-')
                && b.get(k + 2) == Some(&b' ') =>
            {
                Some((k + 2, k))
            }
            _ => None,
        };
        // (Where `separators_end` is known, the searched bytes end with a separator
        // byte, most often a comma: it is taken without a search, and no dash is
        // searched for after it.)
        let last = searched.len() - 1;
        let punct = match searched[last] {
            b',' | b';' | b':' => Some(last),
            _ => memchr::memrchr3(b',', b';', b':', searched),
        };
        let from = punct.map_or(0, |k| k + 1);
        let dash = if from < searched.len() {
            memchr::memrchr2_iter(0xE2, b'-', &searched[from..]).find_map(|k| separator(from + k))
        } else {
            None
        };
        dash.or_else(|| punct.map(|k| (k + 1, k))).unwrap_or((0, 0))
    };
    let cut = |s: &str| {
        let found = cut_within(s, separators_end);
        debug_assert_eq!(found, cut_within(s, s.len()), "{s:?} to {separators_end}");
        found
    };
    // (The last chunk's start is kept: without an appositive the subject starts there.)
    let (last_chunk, last_sep) = cut(body);
    let (mut start, mut sep) = (last_chunk, last_sep);
    let mut appositive = false;
    // "Name, the role," / "Sen. Marco Rubio, R-Fla., appearing on Fox News, said":
    // walk back over up to three comma chunks to the name they describe. A chunk that
    // opens a clause ("…, but it is under pressure, said the chief executive") is no
    // appositive: the walk stops there.
    let opens_clause = |chunk: &str| {
        let first = chunk.split_space().find(|w| !w.is_empty()).unwrap_or("");
        with_lower(first, |w| {
            matches!(
                w,
                "but"
                    | "and"
                    | "or"
                    | "so"
                    | "yet"
                    | "because"
                    | "although"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "there"
            )
        })
    };
    for _ in 0..3 {
        if !had_comma || start == 0 || opens_clause(&body[start..]) {
            break;
        }
        let name_part = &body[..sep];
        let (name_start, name_sep) = cut(name_part);
        let name = strip_clause_words(name_part[name_start..].trim_space());
        // An age ("Lance Beebe, 49, a Navy veteran, said") describes; it never names.
        // Nor does a state after a town ("from Jackson, Miss., attending …") or a
        // party and state ("R-N.Y."): one word with a full stop.
        let number = name.starts_with(|c: char| c.is_ascii_digit())
            || (name.ends_with('.') && !name.contains(is_space));
        let plausible = !number && is_plausible_speaker(name)
            || (is_plausible_after_speaker(name) && name.split_space().count() <= 8);
        // A subject pronoun inside makes it a clause ("the same day he won the
        // caucus"), not a name. (Asked only of a plausible name: a lookup a word.)
        let clause = || {
            name.split_space()
                .skip(1)
                .any(|w| lexicon().is("pronoun", w))
        };
        if !name.is_empty() && !number && plausible && !clause() && all_speaker_words(name) {
            start = offset(body, name);
            appositive = true;
            // "Sandra Inman, a Cruz supporter from Jackson, Miss., …": a description
            // may itself follow the name it describes.
            let before = &body[..name_sep];
            let (prev_start, _) = cut(before);
            let prev = strip_clause_words(before[prev_start..].trim_space());
            if name.split_space().next().is_some_and(is_determiner)
                && (1..=4).contains(&prev.split_space().count())
                && !prev.split_space().next().is_some_and(is_adverbial_start)
                && is_name_like(prev)
                && is_plausible_speaker(prev)
            {
                start = offset(body, prev);
            }
            break;
        }
        start = name_start;
        sep = name_sep;
    }
    if had_comma && !appositive {
        start = last_chunk;
    }
    // Drop leading clause words ("and", "but", "as", "when") and trailing adverbs that
    // belong to the verb ("Judicial Watch also reported").
    // A comma inside a closing quote mark (“This Week,” Carson said) leaves the mark
    // before the subject.
    // (Most chunks open with a word after the space: an ASCII letter or digit is no
    // mark and no space, and is not trimmed.)
    let after_space = body[start..].trim_start_space();
    let mut opening = if after_space
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        after_space
    } else {
        after_space
            .trim_start_matches(crate::quotes::CLOSING_MARKS)
            .trim_start_space()
    };
    debug_assert_eq!(
        opening,
        after_space
            .trim_start_matches(crate::quotes::CLOSING_MARKS)
            .trim_start_space()
    );
    // "(She says the photo …)": a bracket that opens the sentence is not part of its
    // subject.
    if let Some(rest) = opening.strip_prefix('(')
        && !rest.contains(')')
    {
        opening = rest;
    }
    let mut chunk = if quantity_phrase(opening).len() < opening.len() {
        opening // "As many as …" opens a quantity, not a clause
    } else {
        strip_clause_words(opening)
    }
    .trim_end_space();
    // ... and a time said of the verb: "Mr White on Tuesday said", "Jane Doe last week said".
    // (The time test and the word before it are read only when the word is no adverb:
    // this runs before every reporting verb, and most subjects end in neither.)
    // (The last word is read back over its bytes where they are plain ASCII: the space
    // before it is one byte.)
    while let Some((head, last)) = match ascii_last_word_start(chunk) {
        Some(0) => None,
        Some(k) => Some((&chunk[..k - 1], &chunk[k..])),
        None => chunk.rsplit_once(is_space),
    } {
        debug_assert_eq!(Some((head, last)), chunk.rsplit_once(is_space));
        debug_assert!(has_word_shape(&TIME_NOUN_SHAPES, last) || !is_time_noun(last));
        if lexicon().is_lower("adverb", last)
            || (last.ends_with("ly") && last.len() > 4 && last.starts_with(char::is_lowercase))
        {
            chunk = head.trim_end_space();
        }
        // `time_word(last)` whole; the test above found `last` no adverb, so only the
        // time nouns are left to ask, and asked first they turn most words away
        // before the word is parsed.
        // (The word is lower-cased for `is_time_noun` only when it has the first letter
        // and length of a time noun: the last word of most subjects is a name, which
        // would be copied and lower-cased to be turned away.)
        else if has_word_shape(&TIME_NOUN_SHAPES, last)
            && is_time_noun(last)
            && word(last).is_ok_and(|(r, _)| r.is_empty())
        {
            let before_time = head.rsplit_space().next().unwrap_or("");
            let opener = with_lower(before_time, |lower| {
                matches!(lower, "on" | "last" | "this" | "earlier" | "late" | "early")
            });
            chunk = if opener {
                head[..head.len() - before_time.len()].trim_end_space()
            } else {
                head.trim_end_space()
            };
            // "A poll out this week shows": "out" went with the time.
            chunk = chunk.strip_suffix(" out").unwrap_or(chunk);
        } else {
            break;
        }
    }
    let mut chunk = chunk.trim_space();
    if chunk.is_empty() || chunk.ends_with(" and") || chunk.ends_with(" but") {
        // "… and added:", "… but cautioned that": the verb shares the subject that opens
        // its clause ("In his speech, Obama positioned Clinton as … and said") or the
        // sentence.
        let clause = &body[start..];
        return leading_subject(clause)
            .map(|s| s.shifted(offset(prefix, clause)))
            .or_else(|| leading_subject(prefix));
    }
    // "One thing in her favour is that 78 percent of voters said": the subject starts
    // after the last word that opens a clause.
    // "Sen. Chris Murphy (a Connecticut Democrat so boyish …) says": a parenthesis
    // describes the name before it, as an appositive does.
    if !appositive
        && chunk.ends_with(')')
        && let Some(open) = chunk.rfind('(')
    {
        let name = last_words(chunk[..open].trim_end_space(), MAX_SPEAKER_WORDS);
        if !name.is_empty() && is_plausible_speaker(name) && all_speaker_words(name) {
            chunk = &chunk[offset(chunk, name)..];
            appositive = true;
        }
    }
    // A subject without an appositive is a few words; looking at more only costs. The
    // pass that takes them also finds the last clause opener among them.
    let mut opener = None;
    let mut cut_short = false;
    if !appositive {
        let whole = chunk.len();
        (chunk, opener) = last_words_and_piece(chunk, MAX_SPEAKER_WORDS, is_clause_opener);
        cut_short = chunk.len() < whole;
    }
    // "His endorsement could matter more for … than for his clout in Boston, said
    // Hank Sheinkopf": more words than a subject holds, with no clause opener among
    // them, before a comma that closes no appositive are the end of a clause, and the
    // verb after the comma opens an inverted attribution.
    if cut_short && had_comma && opener.is_none() {
        return None;
    }
    if let Some(w) = opener
        // "As many as 40 percent said": "as" bounds a quantity there.
        && quantity_phrase(&chunk[offset(chunk, w)..]).len() == chunk.len() - offset(chunk, w)
        && !chunk[..offset(chunk, w)]
            .trim_end_space()
            .rsplit_space()
            .next()
            .is_some_and(|b| matches!(b, "many" | "few" | "much"))
    {
        let rest = chunk[offset(chunk, w) + w.len()..].trim_space();
        // "An IMF delegation that visited Beirut this month said": a relative clause;
        // its antecedent is the subject (found by `subject_with_relative_clause`).
        if w == "that" && rest.split_space().next().is_some_and(relative_verb) {
            return None;
        }
        chunk = rest;
    }
    // "Last year Trump proposed": a time that opens the sentence is not the subject.
    // (The first word is split off once for this test and the next, and again only
    // where the chunk moves on.)
    let mut first_word = split_first_word(chunk);
    if let Some((first, rest)) = first_word
        && is_one_of(
            first,
            &[
                "last", "this", "next", "earlier", "later", "on", "in", "early", "late",
            ],
        )
        && let Some((second, rest)) = split_first_word(rest)
        && time_word(second).is_ok_and(|(r, _)| r.is_empty())
        && rest.starts_with(char::is_uppercase)
    {
        chunk = rest;
        first_word = split_first_word(chunk);
    }
    // "echoing security experts who say": a participle before the subject is not part
    // of it.
    while let Some((first, rest)) = first_word
        && first.len() > 4
        && first.ends_with("ing")
        && first.starts_with(char::is_lowercase)
    {
        chunk = rest.trim_start_space();
        first_word = split_first_word(chunk);
    }
    // "Her call for a ban": a possessive determiner never stands as a subject.
    // (`is_one_of` compares lengths first: a chunk of several words is not lower-cased
    // whole to be told apart from "his".)
    if chunk.is_empty() || is_one_of(chunk, &["his", "her", "their", "its", "our", "my", "your"]) {
        return None;
    }
    // Before a reporting verb, any noun phrase opened by a determiner or a capital may
    // speak ("The businessman said", "five past and current employees told"), as long
    // as each of its words can stand in a speaker phrase.
    // "As many as 40 percent of voters", "more than half of respondents": the words
    // that bound a quantity are judged without their "as" and "than".
    let fits = |chunk: &str| {
        let judged = quantity_phrase(chunk);
        // The word test first: it fails fast on a clause ("he said he …"). What it
        // read spares the plausibility test a second search for the head.
        let words = if appositive {
            None
        } else {
            speaker_words(judged)
        };
        (appositive || words.is_some() || group_with_modifier(judged))
            && (words.map_or_else(
                || is_plausible_speaker(judged),
                |read| plausible_speaker_words(judged, read),
            )
                // (Judged not plausible already: not judged again.)
                || (plausible_after_speaker_given(judged, || false)
                    && judged.split_space().count() <= 10))
    };
    if !fits(chunk) {
        // "… about the Latino community and one in four said …": a second clause joined
        // by "and" or "but" has its own subject.
        // "… impact the cost of college and a student's ability to pay, said Mark
        // Kantrowitz": before a comma that closes no appositive, the words after the
        // join end a clause; the verb opens an inverted attribution.
        if had_comma && !appositive && joins_clauses {
            return None;
        }
        let second = after_last_join(chunk)?;
        // A verb before the join makes what precedes it a clause of its own ("He was
        // copied on the questions and Gates said"); without one the join may be inside
        // one long subject.
        let first = &chunk[..offset(chunk, second)];
        let clause_before = joins_clauses
            && first
                .split_space()
                .any(|w| lexicon().is("auxiliary", w) && !w.starts_with(['\'', '’']));
        // "… and how experts say it would …": the report is inside a question clause
        // that is itself a noun phrase of the sentence, and where it ends is unclear.
        if clause_before
            && second.split_space().next().is_some_and(|wh| {
                matches!(wh, "how" | "why" | "what" | "where" | "when" | "whether")
            })
        {
            return None;
        }
        if appositive || !fits(second) || (is_plausible_speaker(chunk) && !clause_before) {
            return None;
        }
        chunk = second;
    }
    let s = offset(prefix, chunk);
    Some(Span::new(s, s + chunk.len()))
}

/// True when `phrase` is a group of people with a modifier that holds more than speaker
/// words: "Organizers of the push to boycott Trump's speech", "supporters of a plan to
/// cut taxes". The head before "of" or "for" must name people in the plural; the
/// modifier may not hold a clause word, and runs at most ten words.
fn group_with_modifier(phrase: &str) -> bool {
    const MODIFIER_WORDS: usize = 10;
    // The first " of " or " for ": one pass over the letters "o" and "f" that follow a
    // space (this runs for every verb whose subject did not fit, so it builds no
    // substring searcher; and it looks at each "o" and "f" rather than at each space,
    // so a run of words with neither, as in "he said he said …", is one search).
    let b = phrase.as_bytes();
    let Some((head, modifier)) = memchr::memchr2_iter(b'o', b'f', b).find_map(|j| {
        let k = j.checked_sub(1).filter(|&k| b[k] == b' ')?;
        let rest = &b[j..];
        let len = if rest.starts_with(b"of ") {
            3
        } else if rest.starts_with(b"for ") {
            4
        } else {
            return None;
        };
        Some((&phrase[..k], &phrase[k + 1 + len..]))
    }) else {
        return false;
    };
    let last = head.rsplit_space().next().unwrap_or("");
    let lex = lexicon();
    names_people(last)
        && all_speaker_words(head)
        && !modifier.contains([',', ';', ':', '(', '"', '“'])
        && modifier.split_space().filter(|w| !w.is_empty()).count() <= MODIFIER_WORDS
        && modifier.split_space().all(|w| !lex.is_lower("stop", w))
}

/// The noun phrase that ends `prefix`, when a clause stands before it with no comma:
/// "Pelosi is among those echoing security experts" → "security experts". Walks back
/// over at most six words that can stand in a speaker phrase, stopping at a stop
/// word, a verb form or a participle.
fn noun_phrase_before(prefix: &str) -> Option<Span> {
    let trimmed = prefix.trim_end_space();
    // `end` is where the word being judged ends; `start` where the phrase begins.
    let (mut end, mut start) = (trimmed.len(), trimmed.len());
    let mut words = trimmed.rsplit(' ').take(6).peekable();
    while let Some(w) = words.next() {
        // A past form is the verb of the clause the phrase is the object of ("had
        // ignored a city-commissioned study"), unless an article makes it an
        // adjective ("a retired general").
        let past = w.len() > 4
            && w.ends_with("ed")
            && !words.peek().is_some_and(|before| is_determiner(before));
        let lower_verb = w.starts_with(char::is_lowercase)
            && (!lexicon().verb(w).is_empty() || (w.len() > 4 && w.ends_with("ing")) || past);
        if w.is_empty() || lower_verb || !all_speaker_words(w) {
            break;
        }
        start = end - w.len();
        end = start.saturating_sub(1); // past the space before it
    }
    let np = strip_clause_words(&trimmed[start..]);
    (!np.is_empty() && is_plausible_speaker(np)).then(|| {
        let s = offset(prefix, np);
        Span::new(s, s + np.len())
    })
}

/// `phrase` from its quantity on, past the words that bound it: "as many as 40 percent
/// of voters" → "40 percent of voters", "more than half" → "half".
fn quantity_phrase(phrase: &str) -> &str {
    const BOUNDS: [&str; 8] = [
        "as many as ",
        "as few as ",
        "as much as ",
        "more than ",
        "fewer than ",
        "less than ",
        "at least ",
        "all but ",
    ];
    // Every bound opens with "a", "m", "f" or "l": one byte turns most phrases away
    // before eight comparisons. (A bound that opens otherwise fails the check below in
    // every debug build, the tests' included.)
    let opens_bound = |b: u8| matches!(b | 0x20, b'a' | b'm' | b'f' | b'l');
    debug_assert!(BOUNDS.iter().all(|b| opens_bound(b.as_bytes()[0])));
    if !phrase.as_bytes().first().is_some_and(|&b| opens_bound(b)) {
        return phrase;
    }
    for bound in BOUNDS {
        if phrase.len() > bound.len()
            && phrase.is_char_boundary(bound.len())
            && phrase[..bound.len()].eq_ignore_ascii_case(bound)
        {
            return &phrase[bound.len()..];
        }
    }
    phrase
}

/// `word` without a possessive "'s" or "’s" ("Trump’s" → "Trump"). A suffix check, not
/// a pattern search: this runs for most words the frames look at.
pub(crate) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// The words after which a subject starts, as written: "One thing in her favour is
/// that 78 percent of voters said".
const CLAUSE_OPENERS: [&str; 26] = [
    "that", "which", "as", "because", "whether", "if", "when", "while", "though", "although",
    "after", "before", "since", "until", "unless", "once", "As", "After", "Before", "Since",
    "Once", "Although", "Though", "While", "When", "If",
];

/// For each first byte, a bit for each length of the [`CLAUSE_OPENERS`] that open with
/// it (all are shorter than 16 bytes).
static OPENER_SHAPES: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut k = 0;
    while k < CLAUSE_OPENERS.len() {
        let w = CLAUSE_OPENERS[k].as_bytes();
        table[w[0] as usize] |= 1 << w.len();
        k += 1;
    }
    table
};

/// True when the word `w` (its bytes) is one of [`CLAUSE_OPENERS`]. Its first byte and
/// its length turn nearly every other word away before any comparison: this runs on
/// each of the last words before every reporting verb.
///
/// (The shape test is inlined into the backward pass that asks it of each word, and
/// only a word of an opener's shape pays a call for the comparisons: a call a word
/// cost as much as the test.)
#[inline(always)]
fn is_clause_opener(w: &[u8]) -> bool {
    w.len() < 16
        && w.first()
            .is_some_and(|&c| OPENER_SHAPES[usize::from(c)] & (1 << w.len()) != 0)
        && is_clause_opener_word(w)
}

/// The comparisons of [`is_clause_opener`], for a word of an opener's shape.
#[inline(never)]
fn is_clause_opener_word(w: &[u8]) -> bool {
    CLAUSE_OPENERS.iter().any(|o| o.as_bytes() == w)
}

/// `last_words(s, n)`, and the last of its space-separated pieces that `pred` accepts
/// (what `last_words(s, n).split(' ').rfind(pred)` finds), from one backward pass over
/// the bytes: the pieces are words of a few bytes, fewer than a memrchr call per word
/// costs. `pred` reads a piece's bytes, so that no piece is made a `str` (checked for
/// char boundaries) but the one it accepts.
fn last_words_and_piece(s: &str, n: usize, pred: impl Fn(&[u8]) -> bool) -> (&str, Option<&str>) {
    let b = s.as_bytes();
    let mut end = s.len();
    let mut seen = 0;
    // Where the accepted piece starts and ends.
    let mut found = None;
    let mut words = s;
    for k in spaces_rev(b) {
        if found.is_none() && pred(&b[k + 1..end]) {
            found = Some((k + 1, end));
        }
        seen += 1;
        if seen == n {
            words = &s[k + 1..];
            break;
        }
        end = k;
    }
    if seen < n && found.is_none() && pred(&b[..end]) {
        found = Some((0, end));
    }
    // (The pieces are bounded by spaces or the ends of `s`: char boundaries.)
    (words, found.map(|(start, end)| &s[start..end]))
}

/// The positions of the spaces (b' ') of `b`, from the last back: what
/// `(0..b.len()).rev().filter(|&k| b[k] == b' ')` yields, found sixteen bytes at a
/// time ([`space_bits`]). The subject readers walk back over the words before a verb,
/// and nearly all of their bytes are letters: a byte loop paid a load, a compare and a
/// branch for each.
fn spaces_rev(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    // `bits` holds the spaces of the block at `lo` not yet given, bit j for `lo + j`;
    // the bytes before `lo` are still to be read.
    let mut lo = b.len();
    let mut bits = 0u32;
    std::iter::from_fn(move || {
        while bits == 0 {
            if lo == 0 {
                return None;
            }
            let start = lo.saturating_sub(SPACE_BLOCK);
            bits = space_bits(&b[start..lo]);
            lo = start;
        }
        let j = 31 - bits.leading_zeros() as usize;
        bits &= !(1 << j);
        Some(lo + j)
    })
}

/// The bytes [`spaces_rev`] reads at a time.
const SPACE_BLOCK: usize = 16;

/// The spaces (b' ') of `block`, at most [`SPACE_BLOCK`] bytes: bit j for byte j. The
/// compiler turns the loop over a whole block into one vector compare and mask.
#[inline(always)]
fn space_bits(block: &[u8]) -> u32 {
    let lanes = match <[u8; SPACE_BLOCK]>::try_from(block) {
        Ok(whole) => whole,
        // (The lanes past a short block are zero bytes, no spaces.)
        Err(_) => {
            let mut lanes = [0; SPACE_BLOCK];
            lanes[..block.len()].copy_from_slice(block);
            lanes
        }
    };
    let mut bits = 0;
    for (j, &b) in lanes.iter().enumerate() {
        bits |= u32::from(b == b' ') << j;
    }
    bits
}

/// Where the last piece of `s` between [`is_space`] chars starts, when a plain backward
/// pass over printable ASCII other than the space tells it: the piece is not empty and
/// all such bytes, and an ASCII space or the start of `s` stands before it. So ends
/// nearly every phrase the subject readers split off their last word; `None` for the
/// others (a space at the end, a char that is not ASCII, a control char), which the
/// caller splits as before. (The general split decodes or classes each char in turn.)
/// (Always inlined: a call cost about as much as the lane test it makes.)
#[inline(always)]
fn ascii_last_word_start(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    // (Eight bytes at a time, [`last_stop_end`]: a byte loop's exit at the start of
    // the word is a branch the predictor cannot learn on new text.)
    let start = last_stop_end(b, non_graphic_lanes);
    debug_assert_eq!(
        start,
        b.iter()
            .rposition(|&c| !(b'!'..=b'~').contains(&c))
            .map_or(0, |k| k + 1)
    );
    (start < b.len() && (start == 0 || b[start - 1] == b' ')).then_some(start)
}

/// `s.split_once(' ')`, by a byte loop: the first word is a few bytes, fewer than the
/// general search (a memchr call) costs to set up. (It runs twice before every
/// reporting verb.) Always inlined, as [`ascii_last_word_start`] is.
#[inline(always)]
fn split_first_word(s: &str) -> Option<(&str, &str)> {
    // (Eight bytes at a time, [`first_stop`]: a byte loop's exit at the end of the
    // word is a branch the predictor cannot learn on new text.)
    let k = first_stop(s.as_bytes(), |x| equal_lanes(x, b' '));
    debug_assert_eq!(Some(k), s.bytes().position(|b| b == b' ').or(Some(s.len())));
    if k == s.len() {
        return None;
    }
    Some((&s[..k], &s[k + 1..]))
}

/// The last `n` space-separated words of `s`.
fn last_words(s: &str, n: usize) -> &str {
    let b = s.as_bytes();
    let mut seen = 0;
    for k in (0..b.len()).rev() {
        if b[k] == b' ' {
            seen += 1;
            if seen == n {
                return &s[k + 1..];
            }
        }
    }
    s
}

/// True for "then", "but", "so", "yet", "also", "and", "in", "of", "for", "by", "now" in
/// any case: the words that join a clause to what comes before it. The word's bytes
/// are folded to lower case with `| 0x20` (which, against words of letters only,
/// matches just the letter in either case) and compared as one number with each word
/// of its length: this runs on the first word of every subject read.
fn is_joining_word(w: &str) -> bool {
    /// The bytes of a short word as one number, first byte highest.
    const fn packed(b: &[u8]) -> u32 {
        let mut n = 0;
        let mut i = 0;
        while i < b.len() {
            n = n << 8 | b[i] as u32;
            i += 1;
        }
        n
    }
    const SO: u32 = packed(b"so");
    const IN: u32 = packed(b"in");
    const OF: u32 = packed(b"of");
    const BY: u32 = packed(b"by");
    const BUT: u32 = packed(b"but");
    const YET: u32 = packed(b"yet");
    const AND: u32 = packed(b"and");
    const FOR: u32 = packed(b"for");
    const NOW: u32 = packed(b"now");
    const THEN: u32 = packed(b"then");
    const ALSO: u32 = packed(b"also");
    let word = w.as_bytes();
    if !(2..=4).contains(&word.len()) {
        return false;
    }
    let n = word.iter().fold(0u32, |n, &c| n << 8 | u32::from(c | 0x20));
    match word.len() {
        2 => matches!(n, SO | IN | OF | BY),
        3 => matches!(n, BUT | YET | AND | FOR | NOW),
        _ => matches!(n, THEN | ALSO),
    }
}

/// `phrase` without the conjunctions and clause words that open it ("But Mr. Guerrero").
pub(crate) fn strip_clause_words(phrase: &str) -> &str {
    strip_clause_words_keeping(phrase).0
}

/// The first word that [`strip_clause_words`] keeps: what follows it, the word, and its
/// lists, lower-cased ([`Lexicon::lists_lower`](crate::lexicon::Lexicon::lists_lower)).
type KeptWord<'a> = (&'a str, &'a str, Lists);

/// [`strip_clause_words`], with the first word kept when there is one, as `word` read
/// it, and the lists the stop test read: [`leading_subject`] goes on from that word,
/// which it need not read and look up again.
/// (Always in line, in `subject_opening` and in `strip_clause_words`: a call returned
/// the phrase and the kept word through memory, and saved and restored registers,
/// which cost about 25 instructions a sentence on reading its subject.)
#[inline(always)]
fn strip_clause_words_keeping(phrase: &str) -> (&str, Option<KeptWord<'_>>) {
    let mut chunk = phrase;
    loop {
        let t = chunk.trim_start_space();
        let Ok((rest, w)) = word(t) else {
            return (t, None);
        };
        if is_joining_word(w) {
            chunk = rest;
            continue;
        }
        // (`lists_lower(w).has(l)` is `is_lower(l, w)`.)
        let lists = lexicon().lists_lower(w);
        if lists.has("stop") {
            chunk = rest;
        } else {
            return (t, Some((rest, w, lists)));
        }
    }
}

/// True when every word of `phrase` can be part of a speaker phrase: "the minister"
/// yes, "it is clear the minister" no.
pub(crate) fn all_speaker_words(phrase: &str) -> bool {
    speaker_words(phrase).is_some()
}

/// What [`speaker_words`] saw of a phrase that is all speaker words.
#[derive(Clone, Copy)]
struct SpeakerWords<'a> {
    /// The last word read.
    last: &'a str,
    /// True when no word was a parenthesis and no separator held a comma, and the
    /// last word is no "No 10": the phrase then holds no comma or parenthesis (a word
    /// holds neither), and its last piece between spaces is `last` (a word holds no
    /// space).
    plain: bool,
}

/// [`all_speaker_words`], with the last word read and whether the phrase is plain
/// ([`SpeakerWords`]), so that [`plausible_speaker_words`] need not find its head
/// again.
fn speaker_words(phrase: &str) -> Option<SpeakerWords<'_>> {
    let mut rest = phrase;
    let mut possessive = false;
    let mut plain = true;
    for _ in 0..MAX_SPEAKER_WORDS + 6 {
        // After a possessive a gerund is a noun: "people familiar with her thinking".
        // (The word is read again only after a possessive: most phrases end at a word
        // that fails.)
        let Ok((r, w)) = speaker_word(rest).or_else(|e| {
            if !possessive {
                return Err(e);
            }
            match word(rest) {
                Ok((r, w)) if w.ends_with("ing") && !lexicon().is_lower("stop", w) => Ok((r, w)),
                _ => Err(e),
            }
        }) else {
            return None;
        };
        possessive = is_one_of(w, &["his", "her", "their", "its", "our", "my", "your"]);
        // (A parenthesis opens with "(", a "No 10" with "N" and holds a space.)
        plain &= !w.starts_with('(');
        match word_separator(r) {
            Some(r2) if !r2.is_empty() => {
                plain &= !r.starts_with(',');
                rest = r2;
            }
            _ => {
                plain &= !(w.starts_with('N') && w.contains(' '));
                return trim_space_and_commas(r)
                    .is_empty()
                    .then_some(SpeakerWords { last: w, plain });
            }
        }
    }
    None
}

/// [`is_plausible_speaker`] of a `phrase` that [`speaker_words`] read as `read`: a
/// plain phrase opens with a word and ends with `last` (what follows is spaces and
/// commas), so trimmed it runs to `last`'s end, and, holding no comma or parenthesis,
/// it is all head, whose last piece is `last`: the head ending is judged without the
/// trim, the byte search and the backward split.
fn plausible_speaker_words(phrase: &str, read: SpeakerWords<'_>) -> bool {
    if !read.plain {
        return is_plausible_speaker(phrase);
    }
    let trimmed = &phrase[..offset(phrase, read.last) + read.last.len()];
    debug_assert_eq!(trimmed, trim_space_and_commas(phrase));
    debug_assert!(!trimmed.contains([',', '(']));
    debug_assert_eq!(trimmed.rsplit_space().next(), Some(read.last));
    let plausible = trimmed.len() <= 160
        && !only_determiners(trimmed)
        && has_speaker_head_ending(trimmed, trimmed, read.last);
    debug_assert_eq!(plausible, is_plausible_speaker(phrase));
    plausible
}

/// The noun phrase that opens a sentence, when it names a speaker: "The president noted
/// …, and added:", "Clinton claimed victory in a tweet, saying:". Only names, titles,
/// determiners and speaker nouns are taken.
///
/// (Out of line, as it was when it was one function: in line, the two calls changed
/// the code the compiler made of `read_sentence`'s loop over verbs, where it is
/// called, by some four instructions a verb on `he said` repeated.)
#[inline(never)]
pub(crate) fn leading_subject(sentence: &str) -> Option<Span> {
    subject_from(sentence, subject_opening(sentence))
}

/// Where [`leading_subject`] of a sentence starts reading its phrase, after what opens
/// the sentence and is no subject ("When", "In a speech,", a dateline), with what it
/// read of the first word there: the phrase it finds, if any, starts at
/// [`SubjectOpening::start`], so a caller that wants no subject starting there need not
/// read the phrase ([`subject_from`]).
#[derive(Clone, Copy)]
pub(crate) struct SubjectOpening<'s> {
    /// What is left of the sentence: the phrase is read from its start.
    body: &'s str,
    /// The first word of `body` (the rest after it, and the word), when it has one.
    first_word: Option<(&'s str, &'s str)>,
    /// The lists of that word, lower-cased, when a test has asked the lexicon already.
    first_lists: Option<Lists>,
    /// True when the first word is known not to be an adverbial start.
    first_no_adverbial_start: bool,
}

impl SubjectOpening<'_> {
    /// Where the phrase starts, as an offset in the sentence it was read from
    /// (`sentence.len() - body.len()`: `body` is the sentence's tail).
    pub(crate) fn start(&self, sentence: &str) -> usize {
        sentence.len() - self.body.len()
    }
}

/// The first part of [`leading_subject`]: what opens `sentence` before its subject
/// is passed over ([`SubjectOpening`]).
pub(crate) fn subject_opening(sentence: &str) -> SubjectOpening<'_> {
    // (Most sentences open with an ASCII letter or digit, which is neither a space nor
    // a mark: nothing to trim, and the char trim is not run for them.)
    let raw = if sentence
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        sentence
    } else {
        sentence.trim_start_matches(|c: char| is_space(c) || mark_like(c))
    };
    debug_assert_eq!(
        raw,
        sentence.trim_start_matches(|c: char| is_space(c) || mark_like(c))
    );
    // "When Trump later referred to …": skip the word that opens a subordinate clause.
    // (The first word kept, and its lists, serve below while `body` starts with it.)
    let (mut body, kept) = strip_clause_words_keeping(raw);
    let kept_at = body.len();
    // "In a speech, Mr. Trump …": strip_clause_words takes "in" and "for" too, but an
    // adverbial they open runs on to its comma, which the test below skips.
    // (Only when it took a word: no word opens no adverbial.)
    if body.len() < raw.len()
        && let Some(stripped) = raw[..raw.len() - body.len()]
            .trim_end_space()
            .rsplit_space()
            .next()
        && opens_adverbial(stripped)
    {
        body = &raw[offset(raw, stripped)..];
    }
    // "WASHINGTON — The president said …": a dateline is no subject.
    // (Most sentences open with a capital and a small letter, which rules one out
    // before `dateline` splits off the first word.)
    debug_assert!(!crate::segment::surely_no_dateline(body) || crate::segment::dateline(body) == 0);
    if !crate::segment::surely_no_dateline(body) {
        body = &body[crate::segment::dateline(body)..];
    }
    // The first word of `body` (the rest after it, and the word), read again only when
    // `body` moves on: the tests below and the phrase's first step all start with it.
    // While `body` starts where `strip_clause_words` stopped (the adverbial and the
    // dateline above take nothing from most sentences), that is the word it kept.
    let unmoved = body.len() == kept_at;
    debug_assert!(!unmoved || kept.map(|(r, w, _)| (r, w)) == word(body).ok());
    let mut first_word = if unmoved {
        kept.map(|(r, w, _)| (r, w))
    } else {
        word(body).ok()
    };
    // The lists of that word, lower-cased, from the stop test of `strip_clause_words`
    // or else once the adverbial test below has asked the lexicon for them: the
    // phrase's first step reads them again while it is the first word still.
    let mut first_lists = if unmoved {
        kept.map(|(_, _, l)| l)
    } else {
        None
    };
    // "Back in 1999, Mr. Trump …", "Even before the polls closed, his campaign …": an
    // adverbial opening the sentence ends at its comma.
    // (The tests read the word lower-cased once.)
    let opens = first_word.is_some_and(|(_, first)| opens_with_adverbial(first, &mut first_lists));
    // A first word that fails those tests fails `is_adverbial_start`, one of them: the
    // last test below, of the phrase's first word, need not ask again while that is
    // this word still.
    let mut first_no_adverbial_start = first_word.is_some() && !opens;
    if opens
        && let Some((comma, next)) = phrase_comma(&body[..floor_boundary(body, 120)])
        && body[..comma].split_space().count() <= 12
    {
        body = &body[next..];
        first_word = word(body).ok();
        first_lists = None;
    }
    // "Reached by POLITICO, Bennett denied …": skip an opening participle phrase. A
    // name may end like a participle ("Boreing said …, but …"): a phrase that holds a
    // reporting verb before its comma is a clause, not a participle phrase.
    if let Some((_, first)) = first_word
        && first.len() > 4
        && (first.ends_with("ing") || first.ends_with("ed"))
        && let Some((comma, next)) = phrase_comma(body)
        && !body[first.len()..comma]
            .split_space()
            .any(|w| !lexicon().verb(w).is_empty())
    {
        body = &body[next..];
        first_word = word(body).ok();
        first_lists = None;
        first_no_adverbial_start = false;
    }
    SubjectOpening {
        body,
        first_word,
        first_lists,
        first_no_adverbial_start,
    }
}

/// The second part of [`leading_subject`]: the subject phrase of `sentence` read from
/// where `opening` ([`subject_opening`] of that sentence) left it, if one names a
/// speaker.
pub(crate) fn subject_from(sentence: &str, opening: SubjectOpening<'_>) -> Option<Span> {
    let SubjectOpening {
        body,
        first_word,
        first_lists,
        first_no_adverbial_start,
    } = opening;
    let start = offset(sentence, body);
    debug_assert_eq!(start, opening.start(sentence));
    let lex = lexicon();
    let mut end = start;
    let mut rest = body;
    // Whether every word taken is a determiner, counted as they are taken: the words
    // are the phrase's pieces between spaces (a word holds no space, and the white
    // space between two is `is_space` chars, a run of which adds only empty pieces),
    // so the phrase is not split again for it.
    const DETERMINERS: [&str; 5] = ["the", "a", "an", "this", "that"];
    let mut only_determiners = true;
    // The last word taken: the phrase's head word.
    let mut last_taken = "";
    for n in 0..8 {
        let step = if n == 0 {
            first_word
        } else {
            spaced_word(rest)
        };
        let Some((r, w)) = step else { break };
        // "On Thursday, he hedged …": a subject pronoun is the whole subject.
        // (The pronoun list is written in lower case, so a word with an ASCII capital
        // is none of it, and any other word is its own lower case: its lists, when
        // known already, tell.)
        let pronoun = |w: &str| match first_lists {
            Some(lists) => lists.has("pronoun") && !has_ascii_capital(w.as_bytes()),
            None => lex.is("pronoun", w),
        };
        debug_assert!(n > 0 || pronoun(w) == lex.is("pronoun", w), "{w:?}");
        if n == 0 && pronoun(w) {
            only_determiners = is_one_of(w, &DETERMINERS);
            last_taken = w;
            end = offset(sentence, r);
            break;
        }
        let bare = without_possessive(w);
        let capital = w.starts_with(|c: char| c.is_uppercase());
        // For a lower-case word, its lists and whether it is a verb form, from the one
        // lookup its tests below all read.
        let mut plain = None;
        let fits = if capital {
            let lists = match first_lists {
                Some(lists) if n == 0 => lists,
                _ => lex.lists_lower(w),
            };
            debug_assert_eq!(lists.has("stop"), lex.is_lower("stop", w), "{w:?}");
            !lists.has("stop")
        } else if bare.len() == w.len() && !has_ascii_capital(w.as_bytes()) {
            let (lists, verb) = lex.uncapitalised(w);
            plain = Some((lists, verb));
            // (The stop test first: it turns away the verbs and clause words that end
            // most subjects before the plural and agent tests read the word.)
            !lists.has("stop")
                && (lists.has("particle")
                    || (n == 0 && matches!(w, "the" | "a" | "an"))
                    || lists.has("person_head")
                    || lists.has("org_head")
                    || lists.has("group_head")
                    || lists.has("document_head")
                    // "Other advisers to the governor", "Democratic economists".
                    || is_plural_or_agent_head(w))
        } else {
            (lex.is("particle", w)
                || (n == 0 && matches!(w, "the" | "a" | "an"))
                || lex.in_any_lower(
                    &["person_head", "org_head", "group_head", "document_head"],
                    bare,
                ))
                && !lex.is_lower("stop", w)
        };
        // "Former Secretary of State Madeleine Albright", "Analysts at Goldman Sachs":
        // "of" after a title, or "of", "at", "for" or "from" after a noun of people,
        // goes on with the phrase when a capitalised name follows.
        let of_title = n > 0
            && matches!(w, "of" | "at" | "for" | "from")
            && sentence[..offset(sentence, r) - w.len()]
                .trim_end_space()
                .rsplit_space()
                .next()
                .is_some_and(|p| {
                    (w == "of" && lex.is("title", p))
                        || lex.in_any_lower(&["person_head", "group_head"], p)
                })
            && r.trim_start_space().starts_with(char::is_uppercase);
        // "The French interior minister, Gérald Darmanin, …": a lower-case modifier
        // fits when a role noun follows within two words.
        let fits = fits
            || of_title
            || (n > 0
                && !capital
                && w.len() > 2
                && plain.map_or_else(
                    || !lex.is_lower("stop", w) && lex.verb(w).is_empty(),
                    |(lists, verb)| !lists.has("stop") && !verb,
                )
                && r.split_space()
                    .filter(|x| !x.is_empty())
                    .take(2)
                    .any(|x| lex.is_lower("person_head", x.trim_end_matches(','))));
        if !fits || (n > 0 && !of_title && adverbial_start(w)) {
            break;
        }
        only_determiners = only_determiners && is_one_of(w, &DETERMINERS);
        last_taken = w;
        rest = r;
        end = offset(sentence, r);
    }
    // (The phrase runs from a word to the end of a word: trimmed already, so what
    // `is_plausible_speaker` asks besides its head is asked here once.)
    let phrase = &sentence[start..end];
    debug_assert_eq!(trim_space_and_commas(phrase), phrase);
    debug_assert_eq!(
        only_determiners,
        phrase
            .split_space()
            .all(|w| is_one_of(w, &["the", "a", "an", "this", "that", ""]))
    );
    // The phrase's first piece, when it has words, is the first word read.
    let first_taken = first_word.map_or("", |(_, w)| w);
    debug_assert!(end == start || phrase.split_space().next() == Some(first_taken));
    debug_assert!(!first_no_adverbial_start || !is_adverbial_start(first_taken));
    // A word holds no comma or parenthesis, so the phrase is all head, and it ends in
    // the last word taken: `has_speaker_head` need not look for them again.
    let found = end > start
        && !only_determiners
        && phrase.len() <= 160
        && {
            debug_assert!(!phrase.contains([',', '(']));
            debug_assert_eq!(phrase.rsplit_space().next(), Some(last_taken));
            let judged = capitalised_head(phrase, last_taken)
                || has_speaker_head_ending(phrase, phrase, last_taken);
            debug_assert_eq!(judged, has_speaker_head(phrase), "{phrase:?}");
            judged
        }
        && (first_no_adverbial_start || !adverbial_start(first_taken));
    if !found {
        return None;
    }
    // "The Refugee Council (RC) criticised the plan": the acronym introduced in
    // brackets goes with the name, so that a later "the RC said" finds it.
    let after = sentence[end..].trim_start_space();
    if let Some(inner) = after.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && (2..=8).contains(&close)
        && inner[..close]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'&')
    {
        end = sentence.len() - after.len() + close + 2;
    }
    let phrase = &sentence[start..end];
    if let Some(k) = subject_appositive(phrase, &sentence[end..]) {
        end += k;
    }
    Some(Span::new(start, end))
}

/// [`appositive_after`] of [`leading_subject`]'s `phrase` and the `rest` of its
/// sentence, asked only when `rest` opens with a comma and what follows it (white space
/// trimmed) with "the", "a" or a capital: most subjects are followed by no comma, and
/// of those that are, many by a clause or an aside ("Ferguson, however, had …",
/// "Trump, who …"), where the call costs about a thousand instructions to find none.
/// `appositive_after` strips the comma and the white space and takes the first word of
/// what follows (up to the next comma) as the appositive's first word, a prefix of it;
/// not reading to the sentence end, it accepts a role only after "the", "a" or "an",
/// and a name only when that word opens with a capital.
fn subject_appositive(phrase: &str, rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix(',')?.trim_start_space();
    let may =
        inner.starts_with(char::is_uppercase) || inner.starts_with("the") || inner.starts_with('a');
    let found = if may {
        appositive_after(phrase, rest, false)
    } else {
        None
    };
    debug_assert_eq!(found, appositive_after(phrase, rest, false), "{rest:?}");
    found
}

/// True when [`has_speaker_head_ending`] of `phrase` (trimmed, all head) and its last
/// word `last` is surely true, told from two chars: `last` opens with a capital and
/// `phrase` with no "n" or "N". Most subjects end in a name or a capitalised pronoun
/// ("Mr. Rubio", "He"), and the full test trims and looks up the word for nothing:
/// - it fails a phrase that names no one ([`names_no_one`]: "nobody", "no one",
///   "no-one", "none", "nothing" in any ASCII case), and each opens with "n" or "N";
/// - it then cuts from `last` trailing stops and apostrophes and a possessive "'s" or
///   "’s", each opening with ".", "'" or "’", no capital: the capital that opens `last`
///   stays, so the head is not empty, and [`is_speaker_head`] takes a word that opens
///   with a capital.
fn capitalised_head(phrase: &str, last: &str) -> bool {
    let sure = phrase.as_bytes().first().is_some_and(|&b| b | 0x20 != b'n')
        && last.starts_with(char::is_uppercase);
    debug_assert!(
        !sure || has_speaker_head_ending(phrase, phrase, last),
        "{phrase:?}"
    );
    sure
}

/// `preceded(ws, word).parse(i).ok()`, the next word of [`leading_subject`]'s phrase,
/// read without nom: white space is at least one [`is_space`] char, which is what
/// [`after_space`] trims (ASCII as bytes), and the word is [`word`] of what follows. nom's `take_while1` reads the space char by char through its generic
/// input, which cost more than the short word after it.
fn spaced_word(i: &str) -> Option<(&str, &str)> {
    let read = after_space(i).and_then(|after| word(after).ok());
    debug_assert_eq!(read, preceded(ws, word).parse(i).ok(), "{i:?}");
    read
}

/// [`leading_subject`]'s test of a sentence's first word for an adverbial that runs on
/// to its comma ("Back in 1999, …", "Even before the polls closed, …"): an adverbial
/// start, a word that opens an adverbial, an adverb of the lexicon or one of a few more.
/// `lists` holds the word's lists, lower-cased
/// ([`Lexicon::lists_lower`](crate::lexicon::Lexicon::lists_lower)), when the caller
/// knows them; else, when the lexicon is asked, it receives them, for the caller to
/// read again.
fn opens_with_adverbial(first: &str, lists: &mut Option<Lists>) -> bool {
    // The word lists in a stack buffer ([`short_lower_is`]: every word they hold is
    // short ASCII); the lexicon lower-cases the word for itself, as `is_lower` of the
    // lower-cased word would again (`lists_lower(w).has(l)` is `is_lower(l, w)`).
    let found = may_be_adverbial_word(first) && short_lower_is(first, opens_with_adverbial_lower)
        || lists
            .get_or_insert_with(|| lexicon().lists_lower(first))
            .has("adverb");
    debug_assert_eq!(
        found,
        with_lower(first, |w| {
            is_adverbial_start(w)
                || lexicon().is_lower("adverb", w)
                || opens_adverbial(w)
                || matches!(
                    w,
                    "back"
                        | "even"
                        | "perhaps"
                        | "still"
                        | "yet"
                        | "now"
                        | "then"
                        | "meanwhile"
                        | "however"
                        | "instead"
                        | "indeed"
                        | "finally"
                )
        }),
        "{first:?}"
    );
    found
}

/// The words of [`is_day_word_lower`], which both shaped tests below accept.
const DAY_WORDS: [&[u8]; 10] = [
    b"monday",
    b"tuesday",
    b"wednesday",
    b"thursday",
    b"friday",
    b"saturday",
    b"sunday",
    b"yesterday",
    b"today",
    b"tonight",
];

/// Every word but [`DAY_WORDS`] that [`opens_with_adverbial`] and [`adverbial_start`]
/// accept in lower case: those of [`is_adverbial_start_lower`],
/// [`opens_adverbial_lower`] and [`opens_with_adverbial`]'s own few (a unit test checks
/// that each is accepted; [`ADVERBIAL_ENDS`] is built from them).
const ADVERBIAL_WORDS: [&[u8]; 58] = [
    b"on",
    b"in",
    b"at",
    b"after",
    b"before",
    b"during",
    b"while",
    b"when",
    b"as",
    b"to",
    b"from",
    b"outside",
    b"via",
    b"last",
    b"this",
    b"earlier",
    b"later",
    b"adding",
    b"noting",
    b"citing",
    b"referring",
    b"speaking",
    b"with",
    b"about",
    b"of",
    b"over",
    b"despite",
    b"unless",
    b"although",
    b"though",
    b"because",
    b"since",
    b"until",
    b"without",
    b"throughout",
    b"among",
    b"amid",
    b"besides",
    b"beyond",
    b"under",
    b"for",
    b"by",
    b"if",
    b"once",
    b"unlike",
    b"like",
    b"back",
    b"even",
    b"perhaps",
    b"still",
    b"yet",
    b"now",
    b"then",
    b"meanwhile",
    b"however",
    b"instead",
    b"indeed",
    b"finally",
];

/// For each ASCII letter and each length under 16, the last letters of the words of
/// [`ADVERBIAL_WORDS`] and [`DAY_WORDS`] that open with it and have that length
/// ([`word_ends`]).
static ADVERBIAL_ENDS: [[u32; 16]; 26] = word_ends(&[&ADVERBIAL_WORDS, &DAY_WORDS]);

/// For each ASCII letter and each length `n` under 16, bit `e` set when a word of one of
/// `lists` (lower-case ASCII letters, fewer than 16 bytes) of `n` bytes opens with that
/// letter and ends with letter `e` (0 for "a"): for [`may_be_adverbial_word`].
const fn word_ends(lists: &[&[&[u8]]]) -> [[u32; 16]; 26] {
    let mut ends = [[0u32; 16]; 26];
    let mut l = 0;
    while l < lists.len() {
        let words = lists[l];
        let mut k = 0;
        while k < words.len() {
            let w = words[k];
            assert!(!w.is_empty() && w.len() < 16);
            let (first, last) = (w[0], w[w.len() - 1]);
            assert!(first.is_ascii_lowercase() && last.is_ascii_lowercase());
            ends[(first - b'a') as usize][w.len()] |= 1 << (last - b'a');
            k += 1;
        }
        l += 1;
    }
    ends
}

/// For each ASCII letter, bit `n` set when a word of one of `lists` (lower-case ASCII
/// words of fewer than 16 bytes) of `n` bytes opens with it: for [`has_word_shape`].
/// The lengths that [`word_ends`] records a last letter for.
const fn word_shapes(lists: &[&[&[u8]]]) -> [u16; 26] {
    let ends = word_ends(lists);
    let mut shapes = [0u16; 26];
    let mut first = 0;
    while first < 26 {
        let mut n = 0;
        while n < 16 {
            if ends[first][n] != 0 {
                shapes[first] |= 1 << n;
            }
            n += 1;
        }
        first += 1;
    }
    shapes
}

/// False when `w` is surely none of the words `shapes` was built from
/// ([`word_shapes`]) in any ASCII case: no word of its first letter has its length.
/// (`b | 0x20` is a lower-case letter just when `b` is an ASCII letter, in either case;
/// a word that opens otherwise lower-cases to one that opens with no letter, as none
/// of them does.)
#[inline(always)]
fn has_word_shape(shapes: &[u16; 26], w: &str) -> bool {
    let b = w.as_bytes();
    let Some(letter) = b.first().map(|&c| (c | 0x20).wrapping_sub(b'a')) else {
        return false;
    };
    b.len() < 16
        && shapes
            .get(usize::from(letter))
            .is_some_and(|shapes| shapes >> b.len() & 1 == 1)
}

/// False when `w` is surely none of [`ADVERBIAL_WORDS`] and [`DAY_WORDS`] in any ASCII
/// case: no word of its first letter and length ends with its last letter
/// ([`ADVERBIAL_ENDS`]). The two tests lower-case a word in a stack buffer and match it
/// against some seventy words; most words asked (names, nouns, the pronouns and
/// determiners that open sentences) fail this first, for a table read. The last letter
/// tells apart many that the first and the length do not: "Trump" from "today", "They"
/// and "That" from "then" and "this", "It" from "in" and "if". (`b | 0x20` is a
/// lower-case letter just when `b` is an ASCII letter, in either case; a word that
/// opens or ends otherwise lower-cases to one that opens or ends with no letter, as
/// none of them does.)
#[inline(always)]
fn may_be_adverbial_word(w: &str) -> bool {
    let b = w.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    let letter = |c: u8| usize::from((c | 0x20).wrapping_sub(b'a'));
    let last = letter(last);
    last < 26
        && ADVERBIAL_ENDS
            .get(letter(first))
            .and_then(|ends| ends.get(b.len()))
            .is_some_and(|ends| ends >> last & 1 == 1)
}

/// Every word but [`DAY_WORDS`] that [`is_time_noun`] accepts in lower case (a unit
/// test checks that each is accepted; [`TIME_NOUN_SHAPES`] is built from them).
const TIME_NOUN_WORDS: [&[u8]; 15] = [
    b"recently",
    b"again",
    b"later",
    b"earlier",
    b"afterward",
    b"afterwards",
    b"then",
    b"once",
    b"morning",
    b"night",
    b"evening",
    b"afternoon",
    b"week",
    b"month",
    b"year",
];

/// [`word_shapes`] of [`TIME_NOUN_WORDS`] and [`DAY_WORDS`].
const TIME_NOUN_SHAPES: [u16; 26] = word_shapes(&[&TIME_NOUN_WORDS, &DAY_WORDS]);

/// [`opens_with_adverbial`]'s tests of its word lower-cased, but for the lexicon's
/// adverbs.
fn opens_with_adverbial_lower(w: &[u8]) -> bool {
    is_adverbial_start_lower(w)
        || opens_adverbial_lower(w)
        || matches!(
            w,
            b"back"
                | b"even"
                | b"perhaps"
                | b"still"
                | b"yet"
                | b"now"
                | b"then"
                | b"meanwhile"
                | b"however"
                | b"instead"
                | b"indeed"
                | b"finally"
        )
}

/// [`is_adverbial_start`] for [`leading_subject`], which asks it of most words it takes
/// (names, so capitalised): lower-cased in a stack buffer ([`short_lower_is`]).
fn adverbial_start(w: &str) -> bool {
    let found = may_be_adverbial_word(w) && short_lower_is(w, is_adverbial_start_lower);
    debug_assert_eq!(found, is_adverbial_start(w), "{w:?}");
    found
}

/// The length of an appositive that follows the subject `phrase` in `rest`, from the
/// comma that opens it to the end of its last word, when a comma closes it: the name
/// after a role ("the Chancellor, Rachel Moss, dismissed …") or the role after a name
/// ("Rachel Moss, the Chancellor, said …"). The subject is then the two together, so
/// that the person is known by both.
///
/// With `to_sentence_end`, the appositive may also close the sentence: "…,” said Enver
/// Solomon, the charity’s chief executive." (a speaker after an inverted verb).
pub(crate) fn appositive_after(phrase: &str, rest: &str, to_sentence_end: bool) -> Option<usize> {
    /// The most words a role in an appositive may have.
    const ROLE_WORDS: usize = 8;
    let inner = rest.strip_prefix(',')?.trim_start_space();
    let close = if to_sentence_end {
        // The comma, or else the full stop that ends the sentence: one before a space,
        // a line break or the end ("U.S." inside a role stops it short, and the role
        // fails).
        let b = inner.as_bytes();
        let end = memchr::memchr2(b'\n', b';', b).unwrap_or(b.len());
        // (Nor does an initial: "John J. Ferriola".)
        let initial = |k: usize| {
            k >= 1 && b[k - 1].is_ascii_uppercase() && (k < 2 || matches!(b[k - 2], b' ' | b'.'))
        };
        let stop = memchr::memchr_iter(b'.', &b[..end])
            .find(|&k| b.get(k + 1).is_none_or(|&c| c == b' ' || c == b'\n') && !initial(k))
            .unwrap_or(end);
        memchr::memchr(b',', &b[..stop]).unwrap_or(stop)
    } else {
        memchr::memchr(b',', inner.as_bytes())?
    };
    let appositive = inner[..close].trim_end_space();
    let words = || appositive.split_space().filter(|w| !w.is_empty());
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    // (The words are counted only when the cheaper tests before the count pass: most
    // phrases after a comma are no appositive.)
    let count = || words().count();
    let name_like = is_name_like;
    let first = words().next()?;
    let phrase_name_like = name_like(phrase);
    let fits = if phrase_name_like && !name_like(appositive) {
        // A role: "the Chancellor", "a senior fellow at the Brookings Institution".
        // After a speaker that a frame found, the role may run on past speaker words
        // ("the chief executive of the charity", "chief executive of the Refugee
        // Council"), so long as no verb or pronoun makes it a clause.
        let lenient = to_sentence_end
            && first.starts_with(char::is_lowercase)
            && words().all(|w| lexicon().verb(w).is_empty() && !lexicon().is("pronoun", w));
        (matches!(first, "the" | "a" | "an") || lenient)
            && count() <= ROLE_WORDS
            && (lenient || all_speaker_words(appositive))
            && is_plausible_speaker(appositive)
    } else {
        // A name after a role: two to four capitalised words. (The role must name a
        // person: "According to an FBI summary, Cheryl Mills, a top aide, sent …" is
        // a document and then the subject of the next clause.)
        let head = phrase
            .split_space()
            .take_while(|w| !matches!(*w, "of" | "for" | "at" | "with" | "from"))
            .filter(|w| !w.is_empty())
            .last()
            .unwrap_or("");
        let names_a_person = lexicon().is_lower("person_head", without_possessive(head))
            || lexicon().is("title", head);
        names_a_person
            && !phrase_name_like
            && capitalised(first)
            && (2..=4).contains(&count())
            && name_like(appositive)
    };
    fits.then(|| rest.len() - inner.len() + appositive.len())
}

/// The comma that ends an opening phrase, a closing quote mark after it included
/// ("Speaking on ABC’s “This Week,” Carson said …"): where the comma stands and where
/// the words after it start.
fn phrase_comma(s: &str) -> Option<(usize, usize)> {
    memchr::memchr_iter(b',', s.as_bytes()).find_map(|k| {
        let after = &s[k + 1..];
        let rest = after.trim_start_matches(crate::quotes::CLOSING_MARKS);
        let words = rest.trim_start_space();
        (words.len() < rest.len()).then(|| (k, s.len() - words.len()))
    })
}

fn mark_like(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '‘' | '’' | '\'' | '(' | '—' | '–' | '-'
    )
}

// ---------------------------------------------------------------------------------
// Reported speech

/// What a complement clause may not start with: it would be an infinitive ("said to
/// be"), a prepositional phrase or a conjunction, not a reported clause.
fn is_clause_start(w: &str) -> bool {
    with_lower(w, |lower| {
        is_lower_clause_start(lower, || lexicon().is_lower("adverb", w))
    })
}

/// [`is_clause_start`] of a word from its lower case, `adverb` telling whether it is an
/// adverb (asked last; a caller may have looked it up already).
fn is_lower_clause_start(lower: &str, adverb: impl FnOnce() -> bool) -> bool {
    // Time words may open a clause ("said last week the plan failed" is rare, but
    // "said this plan …" is not); other adverbial openers may not.
    let time_opener = matches!(lower, "this" | "last" | "earlier" | "today" | "yesterday");
    let not_a_clause = matches!(
        lower,
        "to" | "by"
            | "and"
            | "or"
            | "but"
            | "so"
            | "nothing"
            | "goodbye"
            | "hello"
            | "thanks"
            | "yes"
            | "no"
            | "sorry"
            | "otherwise"
            | "little"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
    );
    // An "-ing" word opens a participle phrase ("told a voter passing by"), not a clause.
    let participle = lower.len() > 4 && lower.ends_with("ing");
    (time_opener || !is_adverbial_start_lower(lower.as_bytes()))
        && !not_a_clause
        && !participle
        && !adverb()
}

/// An adverbial that may stand between a verb and a clause without "that": a time
/// ("on Thursday", "last week", "Thursday") or an occasion ("in a statement", "at a
/// rally"). Unlike [`adverbial`] it cannot run on into the clause.
fn short_adverbial(i: &str) -> R<'_, &str> {
    let found = short_adverbial_read(i);
    debug_assert_eq!(
        found.as_ref().ok(),
        short_adverbial_grammar(i).as_ref().ok(),
        "{i:?}"
    );
    found
}

/// The words that may stand between a preposition and the head of a
/// [`short_adverbial`].
fn is_adverbial_determiner(w: &str) -> bool {
    is_one_of(w, &["a", "an", "the", "his", "her", "their"])
}

/// The head of a [`short_adverbial`], `w` a word as [`word`] reads it: a number, a time
/// word ([`time_word`], which reads such a word whole again: a time noun or an adverb)
/// or a setting ("statement", "rally"). (The number first, a byte; the two lists from
/// one lookup.)
fn is_adverbial_head(w: &str) -> bool {
    let head = w.starts_with(|c: char| c.is_ascii_digit()) || {
        let lists = lexicon().lists_lower(w);
        lists.has("adverb") || lists.has("setting") || is_time_noun(w)
    };
    debug_assert_eq!(head, is_adverbial_head_grammar(w), "{w:?}");
    head
}

/// [`is_adverbial_head`] as the grammar writes it: the reference it is checked against.
fn is_adverbial_head_grammar(w: &str) -> bool {
    time_word(w).is_ok()
        || lexicon().is_lower("setting", w)
        || w.starts_with(|c: char| c.is_ascii_digit())
}

/// [`short_adverbial`] read word by word: each word once, where the grammar's
/// alternatives ([`short_adverbial_grammar`]) read the preposition three times and the
/// word after it up to ten times, each determiner keyword a reading of its own, before
/// they fail (most prepositions after a verb open no adverbial: "said to be", "told
/// about it").
///
/// The alternatives in order, as the grammar tries them (a sequence fails as a whole
/// and keeps no optional part it read, so each is settled by the words alone):
/// `preposition ws [determiner ws] modifier ws head`, then `preposition ws [determiner
/// ws] head`, then `time_word`.
fn short_adverbial_read<'a>(i: &'a str) -> R<'a, &'a str> {
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    };
    let read = |rest: &'a str| (rest, &i[..i.len() - rest.len()]);
    // Every reading opens with a preposition or is a time word: a first word that is
    // neither (most words after a verb) fails them all, told by one reading of it
    // rather than by each reading's own. (The callers keep no error.)
    let (after_first, first) = word(i)?;
    let (preposition, time_noun) = with_lower(first, |lower| {
        (is_preposition_lower(lower), is_time_noun_lower(lower))
    });
    let time = time_noun || lexicon().is_lower("adverb", first);
    if !preposition && !time {
        return fail();
    }
    if preposition && let Ok((at, _)) = ws(after_first) {
        // `[determiner ws]`: taken where both stand.
        let at = match word(at) {
            Ok((r, w)) if is_adverbial_determiner(w) => ws(r).map_or(at, |(r, _)| r),
            _ => at,
        };
        if let Ok((after, w)) = word(at) {
            // With a modifier first ("in a televised address", "on a conference call",
            // whose "conference" could be a head alone), then without one ("last week").
            if !lexicon().is_lower("stop", w)
                && let Ok((r, _)) = ws(after)
                && let Ok((end, head)) = word(r)
                && is_adverbial_head(head)
            {
                return Ok(read(end));
            }
            if is_adverbial_head(w) {
                return Ok(read(after));
            }
        }
    }
    // `time_word`: the first word.
    if time {
        return Ok(read(after_first));
    }
    fail()
}

/// [`short_adverbial`] as a grammar: the reference that [`short_adverbial_read`] is
/// checked against in debug builds.
fn short_adverbial_grammar(i: &str) -> R<'_, &str> {
    let determiner = || {
        opt((
            alt((
                keyword("a"),
                keyword("an"),
                keyword("the"),
                keyword("his"),
                keyword("her"),
                keyword("their"),
            )),
            ws,
        ))
    };
    let head = || verify(word, is_adverbial_head_grammar);
    let modifier = || verify(word, |w: &str| !lexicon().is_lower("stop", w));
    alt((
        recognize((preposition, ws, determiner(), modifier(), ws, head())),
        recognize((preposition, ws, determiner(), head())),
        time_word,
    ))
    .parse(i)
}

/// A place after "in" or "at" (one to three capitalised words) that a subject pronoun
/// follows: "told reporters in Vienna he hoped …", "said at Davos they would …". Only
/// before a pronoun: a capitalised word after the place may go on naming it.
fn place_before_subject(i: &str) -> Option<(&str, &str)> {
    // ("in" or "at" from one reading of the word, not one per keyword.)
    let (rest, _) = (
        ws,
        verify(word, |w: &str| {
            w.eq_ignore_ascii_case("in") || w.eq_ignore_ascii_case("at")
        }),
        ws,
    )
        .parse(i)
        .ok()?;
    let mut at = rest;
    for n in 0..3 {
        if n > 0 {
            at = ws(at).ok()?.0;
        }
        let (r, w) = word(at).ok()?;
        if !w.starts_with(char::is_uppercase) {
            return None;
        }
        at = r;
        let next = preceded(ws, word).parse(at).ok().map(|(_, w)| w);
        if next.is_some_and(|w| lexicon().is_lower("pronoun", w)) {
            return Some((at, &i[..i.len() - at.len()]));
        }
    }
    None
}

/// The hearer after a verb such as "told": a pronoun, "(cheering) reporters", or a
/// name ("CNN", "The Washington Post", "The Post and Courier newspaper of Charleston").
fn hearer(i: &str) -> R<'_, &str> {
    let audience = |w: &str| {
        with_lower(w, |lower| {
            matches!(
                lower,
                "reporters"
                    | "journalists"
                    | "supporters"
                    | "lawmakers"
                    | "congress"
                    | "voters"
                    | "listeners"
                    | "viewers"
                    | "crowds"
                    | "students"
                    | "donors"
                    | "delegates"
                    | "members"
                    | "investors"
                    | "shareholders"
                    | "employees"
                    | "staff"
                    | "workers"
                    | "colleagues"
                    | "parents"
                    | "jurors"
                    | "troops"
                    | "soldiers"
                    | "senators"
                    | "attendees"
                    | "guests"
                    | "followers"
                    | "fans"
                    | "readers"
                    | "audiences"
            )
        }) || lexicon().is_lower("group_head", w)
    };
    let capital = || verify(word, |w: &str| w.starts_with(|c: char| c.is_uppercase()));
    // Between the capitalised words of a name: "The Post and Courier", "Ministry of
    // Health", "Fox & Friends".
    let joined = || {
        alt((
            recognize((ws, capital())),
            recognize((
                ws,
                alt((keyword("of"), keyword("and"), tag("&"))),
                ws,
                capital(),
            )),
        ))
    };
    let outlet = |w: &str| {
        with_lower(w, |lower| {
            matches!(
                lower,
                "newspaper"
                    | "magazine"
                    | "station"
                    | "radio"
                    | "television"
                    | "network"
                    | "website"
                    | "channel"
                    | "podcast"
                    | "program"
                    | "programme"
                    | "show"
            )
        })
    };
    alt((
        verify(word, |w: &str| {
            with_lower(w, |lower| {
                matches!(lower, "him" | "her" | "them" | "me" | "us" | "you")
            })
        }),
        verify(word, audience),
        // "told local television", "told state media", "told radio" (not "radio host
        // Laura Ingraham", where the outlet describes who was told).
        recognize((
            opt((
                verify(word, |w: &str| {
                    w.starts_with(char::is_lowercase) && !lexicon().is_lower("stop", w)
                }),
                ws,
            )),
            verify(word, |w: &str| outlet(w) || w.eq_ignore_ascii_case("media")),
            nom::combinator::not(peek((
                ws,
                verify(word, |w: &str| lexicon().is_lower("person_head", w)),
            ))),
        )),
        // "cheering supporters", "local reporters".
        recognize((
            verify(word, |w: &str| {
                w.starts_with(char::is_lowercase) && !lexicon().is_lower("stop", w)
            }),
            ws,
            verify(word, audience),
        )),
        recognize((
            opt((alt((keyword("the"), keyword("a"))), ws)),
            capital(),
            nom::multi::many_m_n(0, 6, joined()),
            // "ABC’s “Good Morning America”": a programme after its network.
            opt((ws, quoted_title)),
            // "… newspaper of Charleston"
            opt((
                ws,
                verify(word, outlet),
                opt((
                    ws,
                    keyword("of"),
                    ws,
                    capital(),
                    nom::multi::many_m_n(0, 3, joined()),
                )),
            )),
        )),
        // "told a news conference in Geneva that …", "told a rally": the occasion
        // stands for its audience.
        recognize((
            alt((keyword("the"), keyword("a"), keyword("an"))),
            ws,
            opt((
                verify(word, |w: &str| {
                    w.starts_with(char::is_lowercase) && !lexicon().is_lower("stop", w)
                }),
                ws,
            )),
            verify(word, |w: &str| lexicon().is_lower("setting", w)),
        )),
        recognize((
            alt((keyword("the"), keyword("a"), keyword("an"))),
            ws,
            verify(word, |w: &str| {
                lexicon().in_any_lower(&["group_head", "org_head", "person_head"], w)
                    || with_lower(w, |lower| {
                        matches!(lower, "jury" | "public" | "nation" | "country")
                    })
            }),
        )),
    ))
    .parse(i)
}

/// A title in quote marks: "“Meet the Press”", at most 60 bytes, opening with a
/// capital.
fn quoted_title(i: &str) -> R<'_, &str> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Char));
    let open = i.chars().next().ok_or_else(fail)?;
    let close = match open {
        '“' => '”',
        '"' => '"',
        _ => return Err(fail()),
    };
    let body = &i[open.len_utf8()..];
    let end = body.find(close).filter(|&k| k <= 60).ok_or_else(fail)?;
    if !body.starts_with(char::is_uppercase) {
        return Err(fail());
    }
    let len = open.len_utf8() + end + close.len_utf8();
    Ok((&i[len..], &i[..len]))
}

/// The rest of `i` after the one a verb of telling addresses ("told MPs the plan …" →
/// "the plan …"), or `None` when no hearer stands there.
pub(crate) fn after_hearer(i: &str) -> Option<&str> {
    preceded(ws, hearer).parse(i).ok().map(|(rest, _)| rest)
}

/// `complement = [ws hearer] {ws short_adverbial} [ws "that"] ws clause_start`, or with
/// "that" any adverbials before it: what follows a reporting verb when it reports a
/// clause ("said (on Thursday) (that) it …", "told reporters that …"). Returns the rest
/// of the input, positioned at the clause.
pub(crate) fn complement(i: &str, takes_object: bool) -> Option<&str> {
    let mut rest = i;
    if takes_object && let Ok((r, _)) = preceded(ws, hearer).parse(rest) {
        rest = r;
    }
    if let Some(found) = complement_by_first_word(rest) {
        debug_assert_eq!(found, complement_after_hearer(rest), "{rest:?}");
        return found;
    }
    complement_after_hearer(rest)
}

/// [`complement_after_hearer`] of `rest` told from its first word, where that settles
/// it (after most verbs): `None` where it does not.
///
/// Every reading there starts by reading the word after `[","] ws` (the first step of
/// `that_within`, the first adverbial, the clause), and none reads anything where no
/// such word stands. Before the clause, each reading needs that word to be one of
/// these:
/// - `that_within`: "that", which settles it where white space follows (the search for
///   "that" that comes before lets it through); or a preposition of its list (those of
///   [`is_preposition`], and "by"), an adverb, "however", a word in "-ly" of more than
///   four bytes or a time word (a time noun or an adverb), or one that its
///   `preposition(w)` reads whole, a preposition ([`word`] reads a word it has read
///   whole again);
/// - `short_adverbial`: a preposition, a time noun or an adverb;
/// - `place_before_subject`: "in" or "at", prepositions.
///
/// After a word that is none of these nothing stands before the clause, and no "that"
/// (which only follows an adverbial read): the complement is the clause at that word,
/// or nothing.
fn complement_by_first_word(rest: &str) -> Option<Option<&str>> {
    let comma = rest.starts_with(',');
    let Ok((at, _)) = ws(&rest[usize::from(comma)..]) else {
        return Some(None);
    };
    let Ok((after_first, first)) = word(at) else {
        return Some(None);
    };
    // "said that …": `that_within`'s first step, which the search for "that" before it
    // lets through, reads the word and the white space after it.
    if first.eq_ignore_ascii_case("that") {
        return ws(after_first).ok().map(|(clause, _)| Some(clause));
    }
    // (Looked up before `with_lower`, which the lookup does not need.)
    let adverb = lexicon().is_lower("adverb", first);
    let (opens, clause_start) = with_lower(first, |lower| {
        let opens = adverb
            || is_preposition_lower(lower)
            || is_time_noun_lower(lower)
            || matches!(lower, "by" | "that" | "however")
            || (first.len() > 4 && first.ends_with("ly"));
        (opens, !opens && is_lower_clause_start(lower, || adverb))
    });
    if opens {
        return None;
    }
    let clause = clause_start
        || (!comma && gerund_subject(at))
        || negated_subject(at)
        || bounded_quantity(at);
    Some(clause.then_some(at))
}

/// [`complement`] after its hearer, if any: `{ws short_adverbial} [ws "that"] ws
/// clause_start`, or "that" within a few words.
fn complement_after_hearer(i: &str) -> Option<&str> {
    let mut rest = i;
    let sep = || alt((recognize((opt(char(',')), ws)), ws));
    // With "that", what stands between may be long ("noted in a guest column in
    // Saturday's New York Times that"), but holds no clause of its own.
    // `that_within` finds one only at a word "that" (in any case), which stands in
    // `rest` then: a byte search rules it out first, where `rest` is short enough (a
    // sentence's worth) for the search to cost less than the words it would parse.
    let may_hold_that = rest.len() > 600 || mentions_that(rest);
    debug_assert!(may_hold_that || that_within(rest, 14).is_none(), "{rest:?}");
    if may_hold_that && let Some(r) = that_within(rest, 14) {
        return Some(r);
    }
    let before_adverbials = rest.len();
    for _ in 0..3 {
        match preceded(sep(), short_adverbial)
            .parse(rest)
            .ok()
            .or_else(|| place_before_subject(rest))
        {
            Some((r, _)) => rest = r,
            None => break,
        }
    }
    // (With no adverbial read, "that" cannot follow: `that_within`'s first step looked
    // for `[","] ws "that" ws` at this very place and found none.)
    if rest.len() < before_adverbials
        && let Ok((r, _)) = terminated((sep(), keyword("that")), peek(ws)).parse(rest)
    {
        rest = r;
    }
    // "Mrs. Clinton's aides say, Syria remains a priority": a comma may stand before
    // the clause; an "-ing" word after it opens a participle phrase (", emphasizing why
    // …", ", adding he would …"), not a gerund subject.
    let (rest, comma) = match rest.strip_prefix(',') {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let (r, _) = ws(rest).ok()?;
    let (_, w) = word(r).ok()?;
    (is_clause_start(w)
        || (!comma && gerund_subject(r))
        || negated_subject(r)
        || bounded_quantity(r))
    .then_some(r)
}

/// True only where [`complement`] of `i` is `None`, told from its first word or char:
/// a test for callers that may skip work the complement alone would use.
/// - A first char (after white space) that is no letter or digit and no comma (a
///   colon, a dash, a quote mark, "$"): every reading of `complement` starts at a word
///   after white space (a word opens with a letter or a digit), or at a comma.
/// - Without a hearer to read, "and", "or", "but" or "as" alone: no adverbial opens
///   with one (none is a preposition, a time noun or an adverb, nor "in" or "at"),
///   `that_within` stops at it (a stop word, or no opener of what stands before
///   "that"), and none opens a clause (`is_clause_start`), a gerund, a negated subject
///   or a bounded quantity. (A hearer may open with a lower-case word that is no stop
///   word, as "and" is not: "cheering supporters".)
///
/// (Read as bytes. Callers test first for the commonest case, a space and a letter
/// that opens no such word, which settles it.)
pub(crate) fn no_complement(i: &str, takes_object: bool) -> bool {
    let t = i.trim_start_space();
    let b = t.as_bytes();
    // The word and a space after it (a word before other white space is let be).
    let word = |w: &[u8]| b.get(w.len()) == Some(&b' ') && b.starts_with(w);
    let none = match b.first() {
        None => true,
        Some(b'a') => !takes_object && (word(b"and") || word(b"as")),
        Some(b'o') => !takes_object && word(b"or"),
        Some(b'b') => !takes_object && word(b"but"),
        Some(c) if c.is_ascii_alphanumeric() => false,
        Some(b',') => false,
        Some(c) if c.is_ascii() => true,
        Some(_) => !t.starts_with(is_alphanumeric),
    };
    debug_assert!(!none || complement(i, takes_object).is_none(), "{i:?}");
    none
}

/// True when `clause` opens with a quantity after a word that bounds it, as a subject
/// does: "about half of the adjustment reflected …", "nearly 40 percent …". (Those
/// words alone open adverbials: "said about the plan".)
fn bounded_quantity(clause: &str) -> bool {
    let mut words = clause.split_space().filter(|w| !w.is_empty());
    // (The amount is read only after a bound: most clauses open with none.)
    let Some(bound) = words.next() else {
        return false;
    };
    if !is_one_of(
        bound,
        &[
            "about",
            "nearly",
            "almost",
            "roughly",
            "around",
            "approximately",
            "over",
            "under",
        ],
    ) {
        return false;
    }
    let Some(amount) = words.next() else {
        return false;
    };
    amount.starts_with(|c: char| c.is_ascii_digit())
        || is_one_of(
            amount,
            &[
                "half",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "twenty",
                "thirty",
                "forty",
                "fifty",
                "sixty",
                "seventy",
                "eighty",
                "ninety",
                "dozens",
                "hundreds",
                "thousands",
                "millions",
            ],
        )
}

/// True when `clause` opens with a subject negated by "no" ("no immediate decision had
/// been made", "no one was hurt"): "no" with a finite verb within a few words, unlike
/// the answer ("said no", "said no to the deal").
fn negated_subject(clause: &str) -> bool {
    let mut words = clause.split(is_space).filter(|w| !w.is_empty());
    if words.next() != Some("no") {
        return false;
    }
    for (k, w) in words.take(6).enumerate() {
        if k == 0 && matches!(w, "to" | "and" | "or" | "longer" | "more") {
            return false;
        }
        if is_finite_auxiliary(w) {
            return true;
        }
        if w.ends_with([',', ';', ':', '.']) || lexicon().is_lower("stop", w) {
            return false;
        }
    }
    false
}

/// True when `clause` opens with a gerund that is its subject: "running for president
/// is tough", "having Trump at the top of the ticket could help". The gerund's phrase runs,
/// with no comma, to a finite verb within a few words; a participle phrase ("told a
/// voter passing by") has none.
fn gerund_subject(clause: &str) -> bool {
    let mut words = clause.split_space().filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    if !(first.len() > 4 && first.ends_with("ing") && first.starts_with(char::is_lowercase)) {
        return false;
    }
    // Prepositions in -ing open an adverbial: "insisted during a tour of news shows";
    // "nothing" and "something" are no gerunds.
    if first.ends_with("thing")
        || is_one_of(
            first,
            &[
                "during",
                "including",
                "regarding",
                "concerning",
                "following",
                "according",
                "excluding",
                "pending",
                "notwithstanding",
            ],
        )
    {
        return false;
    }
    for (k, w) in words.take(10).enumerate() {
        // "taxing consumption encourages savings": a verb in -s after the gerund's
        // object. (The gerund's first word after it is its object, whatever its form:
        // "raising taxes hurts".)
        let third_person = k > 0
            && w.len() > 3
            && w.starts_with(char::is_lowercase)
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("’s")
            && !w.ends_with("'s");
        if is_finite_auxiliary(w) || third_person {
            return true;
        }
        // "having Mr. Putin treat him with respect is …": an abbreviation's stop ends
        // nothing.
        let abbreviation = w
            .strip_suffix('.')
            .is_some_and(|a| lexicon().is("abbreviation", a));
        if (w.ends_with([',', ';', ':', '.']) && !abbreviation) || lexicon().is_lower("stop", w) {
            return false;
        }
    }
    false
}

/// True when `s` holds "that" in any ASCII case (as `eq_ignore_ascii_case` reads it,
/// no other char matches one of its letters): a byte search for its "a", then a look
/// at the bytes around it.
fn mentions_that(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(b'a', b'A', b)
        .any(|k| k >= 2 && k + 2 <= b.len() && b[k - 2..k + 2].eq_ignore_ascii_case(b"that"))
}

/// `{ (ws | "," ws) adverbial_word } ws "that" ws`: finds "that" within `max` words,
/// when the words before it are adverbial (prepositions, determiners, names, nouns) and
/// none of them is a stop word or verb that would start a clause of its own.
fn that_within(i: &str, max: usize) -> Option<&str> {
    let mut rest = i;
    // After an article an "-ing" word is a noun: "said in a filing that …", "told a
    // briefing that …".
    let mut after_article = false;
    let lex = lexicon();
    for steps in 0..=max {
        // `[","] ws word`, read once: the word is "that" (before white space) or one
        // of the words between. (Parsed as `keyword("that")` and then as `word`, each
        // step read its word twice.)
        let after_comma = rest.strip_prefix(',').unwrap_or(rest);
        let (r, w) = preceded(ws, word).parse(after_comma).ok()?;
        if w.eq_ignore_ascii_case("that")
            && let Ok((after, _)) = ws(r)
        {
            return Some(after);
        }
        let prep = with_lower(w, |lower| {
            matches!(
                lower,
                "in" | "on"
                    | "at"
                    | "with"
                    | "to"
                    | "for"
                    | "of"
                    | "during"
                    | "after"
                    | "before"
                    | "from"
                    | "by"
                    | "via"
                    | "over"
            )
        });
        // A participle ("crediting the software that …") starts a clause of its own,
        // whose "that" is a relative pronoun, not the complementiser; so does a subject
        // ("said he meets with families in a city that …").
        // A capitalised word mid-phrase is a name or a month ("in May"), not the modal.
        // The word's lists and verb readings from one lookup: for a word with no ASCII
        // capital, `is_lower`, `is` and `verb` all read the same entry. (A word with one
        // is looked up in lower case for its lists, as written for its readings.)
        let capitals = w.bytes().any(|b| b.is_ascii_uppercase());
        let (lists, lower_verb) = if capitals {
            (lex.lists_lower(w), false)
        } else {
            lex.uncapitalised(w)
        };
        let is_verb = || {
            if capitals {
                !lex.verb(w).is_empty()
            } else {
                lower_verb
            }
        };
        let noun = after_article && w.ends_with("ing") && !is_verb();
        // (A lower-case reporting verb form or an "-ing" participle.)
        if !prep
            && !noun
            && w.starts_with(char::is_lowercase)
            && (lists.has("stop")
                || lists.has("pronoun")
                || is_verb()
                || (w.len() > 4 && w.ends_with("ing")))
        {
            return None;
        }
        after_article = matches!(w, "a" | "an" | "the");
        // What stands between the verb and "that" opens with a preposition or a time.
        // (Only the first word is judged so; the parses run only for it.)
        if steps == 0 {
            let adverb = lists.has("adverb")
                || w.eq_ignore_ascii_case("however")
                || (w.len() > 4 && w.ends_with("ly"));
            let opener = || preposition(w).is_ok_and(|(r, _)| r.is_empty());
            if !prep && !adverb && !opener() && time_word(w).is_err() {
                return None;
            }
        }
        rest = r;
    }
    None
}

/// `to_complement = [ws hearer] ws ["not" ws] "to" ws word`: the infinitive a promise
/// or a directive reports ("vowed to boycott", "urged him to resign", "urged people not
/// to travel"). Returns the rest of the input positioned at the hearer, which is part of
/// what a directive says, or else at the infinitive.
pub(crate) fn to_complement(i: &str, takes_object: bool) -> Option<&str> {
    let mut rest = i;
    if takes_object && let Ok((r, _)) = preceded(ws, hearer).parse(rest) {
        rest = r;
    }
    // "vowed Tuesday to remain", "promised in a speech to …": a short adverbial may
    // stand before "to"; the report then starts at "to".
    let mut skipped = false;
    for _ in 0..2 {
        // ("to" itself opens the infinitive, whatever follows: "to address", "to
        // release".)
        if word(rest.trim_start_space()).is_ok_and(|(_, w)| w.eq_ignore_ascii_case("to")) {
            break;
        }
        match preceded(ws, short_adverbial).parse(rest) {
            Ok((r, _)) => {
                rest = r;
                skipped = true;
            }
            Err(_) => break,
        }
    }
    let (r, _) = ws(rest).ok()?;
    (opt((keyword("not"), ws)), keyword("to"), ws, word)
        .parse(r)
        .ok()?;
    if skipped {
        return Some(r);
    }
    Some(ws(i).ok()?.0)
}

/// [`SCAN_CLASS`] of an ASCII letter or digit: a char that can start a word.
const ALNUM: u8 = 2;

/// How [`reporting_verbs`] reads each ASCII byte: [`ALNUM`]; 1 for the hyphen and the
/// apostrophe, which continue a word but start none; 0 for every other byte, which
/// ends a word. (`char::is_alphanumeric` agrees with this on ASCII.)
static SCAN_CLASS: [u8; 128] = {
    let mut class = [0; 128];
    let mut b = 0;
    while b < 128 {
        class[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => ALNUM,
            b'-' | b'\'' => 1,
            _ => 0,
        };
        b += 1;
    }
    class
};

/// [`WORD_START`] of a byte that starts a word of [`ScanWords`]: an ASCII letter or digit.
const STARTS: u8 = 1;

/// [`WORD_START`] of a small ASCII letter (with [`STARTS`]).
const SMALL: u8 = 2;

/// How [`ScanWords`] reads the first byte of a run: [`STARTS`] and [`SMALL`]; 0 for
/// the hyphen and the apostrophe, which start no word, and for a byte that is not
/// ASCII, whose char is decoded.
static WORD_START: [u8; 256] = {
    let mut class = [0; 256];
    let mut b = 0;
    while b < 128 {
        if SCAN_CLASS[b] == ALNUM {
            class[b] = STARTS
                | if (b as u8).is_ascii_lowercase() {
                    SMALL
                } else {
                    0
                };
        }
        b += 1;
    }
    class
};

/// Whether byte `b` is an ASCII byte that carries a word on in [`reporting_verbs`]'s
/// scan ([`SCAN_CLASS`] not 0); false for every byte that is not ASCII. Tested by
/// comparisons rather than read from the table, so that a loop over a block of bytes
/// is turned into vector instructions.
#[inline(always)]
fn carries_word_ascii(b: u8) -> bool {
    // (`| 0x20` maps a capital to its small letter and no other byte into a..z; a
    // byte past 0x7f falls outside both ranges. `|`, not `||`: no branches.)
    ((b | 0x20).wrapping_sub(b'a') < 26) | (b.wrapping_sub(b'0') < 10) | (b == b'-') | (b == b'\'')
}

/// Bytes [`ScanWords`] classes at once, one bit each of a `u64`.
const BLOCK: usize = 64;

/// The bits of the bytes of `block` that are ASCII and carry a word on
/// ([`carries_word_ascii`]): bit k for byte k.
///
/// The test runs on the block's four quarters of 16 bytes side by side, in vector
/// instructions, and byte i of quarter q sets bit 2q of `lanes[i]`: so each quarter's
/// flag has a bit of its own in a byte, where [`block_bits`] kept a byte per flag and
/// gathered them eight at a time by eight multiplies. The two halves of `lanes` are
/// then one number, byte i bit 2q + h for byte 16q + 8h + i of the block, that is
/// bit j of byte i for byte 8j + i: the 8 by 8 transpose of the bits wanted
/// ([`transpose_bits`]). (A unit test holds this to [`block_bits`] on every byte in
/// every place.)
#[inline(always)]
fn ascii_carry_bits(block: &[u8; BLOCK]) -> u64 {
    let mut lanes = [0u8; 16];
    for (i, lane) in lanes.iter_mut().enumerate() {
        *lane = u8::from(carries_word_ascii(block[i]))
            | u8::from(carries_word_ascii(block[16 + i])) << 2
            | u8::from(carries_word_ascii(block[32 + i])) << 4
            | u8::from(carries_word_ascii(block[48 + i])) << 6;
    }
    let (low, high) = lanes.split_at(8);
    let low = u64::from_le_bytes(low.try_into().unwrap_or_default());
    let high = u64::from_le_bytes(high.try_into().unwrap_or_default());
    transpose_bits(low | high << 1)
}

/// The 8 by 8 matrix of bits `x`, bit j of byte i, transposed: bit i of byte j. Three
/// rounds swap the 1 by 1, 2 by 2 and 4 by 4 blocks off the diagonal in place.
#[inline(always)]
fn transpose_bits(x: u64) -> u64 {
    let t = (x ^ (x >> 7)) & 0x00aa_00aa_00aa_00aa;
    let x = x ^ t ^ (t << 7);
    let t = (x ^ (x >> 14)) & 0x0000_cccc_0000_cccc;
    let x = x ^ t ^ (t << 14);
    let t = (x ^ (x >> 28)) & 0x0000_0000_f0f0_f0f0;
    x ^ t ^ (t << 28)
}

/// The bits of the bytes of `block` that `test` accepts: bit k for byte k. The test is
/// run on every byte in a loop the compiler turns into vector instructions, and its
/// flags are gathered eight at a time ([`gather_flags`]).
#[inline(always)]
fn block_bits(block: &[u8; BLOCK], test: impl Fn(u8) -> bool) -> u64 {
    let mut flags = [0u8; BLOCK];
    for (flag, &b) in flags.iter_mut().zip(block) {
        *flag = u8::from(test(b));
    }
    let mut bits = 0;
    for (k, eight) in flags.as_chunks::<8>().0.iter().enumerate() {
        let eight = u64::from_le_bytes(*eight);
        bits |= gather_flags(eight) << (8 * k);
    }
    bits
}

/// `bits` ([`ascii_carry_bits`] of `block`, at byte `base` of `sentence`) with the bits
/// of the bytes that are not ASCII: every byte of a char that carries a word on (a
/// letter, a digit, the curly apostrophe) is set. A char's first byte is read
/// ([`char_carries_word`]); a byte that continues a char takes the bit of the byte
/// before it (`carry_in` for the first, the last byte of the block before). Out of
/// line, as such chars are rare in news text.
#[cold]
#[inline(never)]
fn wide_carry_bits(
    sentence: &str,
    base: usize,
    block: &[u8; BLOCK],
    bits: u64,
    carry_in: bool,
) -> u64 {
    let mut bits = bits;
    let mut wide = block_bits(block, |b| !b.is_ascii());
    while wide != 0 {
        let k = wide.trailing_zeros() as usize;
        wide &= wide - 1;
        let carries = if is_char_start(block[k]) {
            char_carries_word(sentence, base + k)
        } else {
            (bits << 1 | u64::from(carry_in)) >> k & 1 != 0
        };
        bits |= u64::from(carries) << k;
    }
    bits
}

/// Whether byte `b` of a `str` starts a char: it is no UTF-8 continuation byte.
#[inline(always)]
fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// [`ScanChar::carries_word`] of the char at byte `at` of `sentence`, which is not
/// ASCII. The marks of news text, curly quotes and apostrophes, dashes and the
/// ellipsis, are chars U+2000 to U+203F (bytes E2 80 and a third), which are no
/// letters or digits ([`is_alphanumeric`] turns them away), so of them only the curly
/// apostrophe, U+2019, carries a word on; they are told from their bytes, and other
/// chars are decoded.
#[inline(always)]
fn char_carries_word(sentence: &str, at: usize) -> bool {
    match sentence.as_bytes()[at..] {
        [0xe2, 0x80, third, ..] => third == 0x99,
        _ => scan_char(sentence, at).carries_word,
    }
}

/// A word of [`reporting_verbs`]'s scan: its start, its end, and whether its first char
/// is a small letter.
type ScanWord = (usize, usize, bool);

/// The words of a sentence [`reporting_verbs`] reads, from byte `from` on (a char
/// boundary after a char that carries no word on): each run of chars that carry a word
/// on (ASCII letters, digits, hyphens and apostrophes, other letters and digits, and
/// the curly apostrophe) that opens with a letter or a digit, in text order.
///
/// The runs are found a [`BLOCK`] at a time: a bit per byte that carries a word on
/// (set by vector compares, and out of line for a block with a byte that is not
/// ASCII), whose edges (where a bit differs from the one before) are where runs start
/// and end, alternately; each is found by counting zeros. A byte-by-byte loop spent
/// several instructions on every byte of the sentence.
struct ScanWords<'s> {
    sentence: &'s str,
    /// Where the block being read starts.
    base: usize,
    /// The edges in the block not yet read, bit k for byte `base + k`.
    edges: u64,
    /// Whether the block's last byte carries a word on.
    carry: bool,
}

impl<'s> ScanWords<'s> {
    /// The words of `sentence` from byte `from` on.
    #[inline(always)]
    fn new(sentence: &'s str, from: usize) -> ScanWords<'s> {
        let mut words = ScanWords {
            sentence,
            base: from,
            edges: 0,
            carry: false,
        };
        words.read_block();
        words
    }

    /// Reads the edges of the block at `base`; bytes past the sentence's end, read as
    /// zeros, carry no word on, so a run that reaches the end ends there.
    #[inline(always)]
    fn read_block(&mut self) {
        let rest = &self.sentence.as_bytes()[self.base..];
        let padded;
        let block = match rest.first_chunk::<BLOCK>() {
            Some(block) => block,
            None => {
                let mut short = [0; BLOCK];
                short[..rest.len()].copy_from_slice(rest);
                padded = short;
                &padded
            }
        };
        let mut bits = ascii_carry_bits(block);
        if block.iter().fold(0, |any, &b| any | b) > 0x7f {
            bits = wide_carry_bits(self.sentence, self.base, block, bits, self.carry);
        }
        self.edges = bits ^ (bits << 1 | u64::from(self.carry));
        self.carry = bits >> (BLOCK - 1) != 0;
    }

    /// The next run's start and end: its two edges, or its start and the sentence's
    /// end (a run through the last byte of a full last block has no edge after it).
    /// `None` past the sentence's end.
    #[inline(always)]
    fn next_run(&mut self) -> Option<(usize, usize)> {
        // Most words lie within one block: both edges are among those not yet read,
        // the two lowest, found with no test of the block beyond that.
        let rest = self.edges & self.edges.wrapping_sub(1);
        if let Some(rest) = std::num::NonZeroU64::new(rest) {
            // (`edges` is `rest` and its lowest bit, so not zero either, and its zeros
            // are counted as such: with no result made ready for a zero.)
            let start = self.base + (rest | self.edges).trailing_zeros() as usize;
            let end = self.base + rest.trailing_zeros() as usize;
            self.edges = rest.get() & (rest.get() - 1);
            return Some((start, end));
        }
        self.next_run_across()
    }

    /// [`ScanWords::next_run`] when the block holds fewer than two edges not read: the
    /// one left, if any, starts a run that goes on in the next block. The next block's
    /// edges are read after it, as one number of two blocks, whose two lowest edges
    /// are the run's: with no branch on whether an edge was left (which follows the
    /// text) where a search for each edge in turn took one.
    #[inline(always)]
    fn next_run_across(&mut self) -> Option<(usize, usize)> {
        let left = self.edges;
        let base = self.base;
        self.base += BLOCK;
        if self.base >= self.sentence.len() {
            // (A run through the sentence's last byte has no edge after it.)
            self.edges = 0;
            return (left != 0)
                .then(|| (base + left.trailing_zeros() as usize, self.sentence.len()));
        }
        self.read_block();
        let both = u128::from(left) | u128::from(self.edges) << BLOCK;
        let rest = both & both.wrapping_sub(1);
        if rest != 0 {
            let start = base + both.trailing_zeros() as usize;
            let end = base + rest.trailing_zeros() as usize;
            self.edges = ((rest & (rest - 1)) >> BLOCK) as u64;
            return Some((start, end));
        }
        // Fewer than two edges in the two blocks (a block of marks and spaces, or a
        // run longer than a block): searched edge by edge.
        let start = match left {
            0 => self.next_edge()?,
            _ => base + left.trailing_zeros() as usize,
        };
        Some((start, self.next_edge().unwrap_or(self.sentence.len())))
    }

    /// The next edge, reading blocks on; `None` past the sentence's end.
    #[inline(always)]
    fn next_edge(&mut self) -> Option<usize> {
        while self.edges == 0 {
            self.base += BLOCK;
            if self.base >= self.sentence.len() {
                return None;
            }
            self.read_block();
        }
        let k = self.edges.trailing_zeros() as usize;
        self.edges &= self.edges - 1;
        Some(self.base + k)
    }
}

impl Iterator for ScanWords<'_> {
    type Item = ScanWord;

    #[inline(always)]
    fn next(&mut self) -> Option<ScanWord> {
        loop {
            let (start, end) = self.next_run()?;
            let b = self.sentence.as_bytes()[start];
            // Nearly every run opens with an ASCII letter or digit, which one test of
            // its class takes, with whether it is a small letter read from the class,
            // not branched on: small and capital letters follow no pattern.
            let class = WORD_START[usize::from(b)];
            if class & STARTS != 0 {
                return Some((start, end, class & SMALL != 0));
            }
            if !b.is_ascii() {
                let c = scan_char(self.sentence, start);
                if c.alphanumeric {
                    return Some((start, end, c.lower));
                }
            }
        }
    }
}

/// The verbs of `sentence` that can report speech, as (start of the cue, cue, the rest
/// after the cue), in text order.
///
/// One pass over the words with one lexicon lookup each: an auxiliary or adverb only
/// waits as a possible start of a verb group ("has also said"), and the nom verb-group
/// parser runs only once a reporting verb form is in sight, from each start still
/// waiting. A group holds at most three words before its verb, so a start that sees no
/// verb form within four words is dropped.
///
/// The verbs are put in `out`, which is cleared first: a caller that reads sentence
/// after sentence keeps one buffer rather than allocating one per sentence.
///
/// The scan reads every word, so it also notes in `notes` where the words "that" and
/// "to" stand between two spaces and whether the word "according" is one of them (see
/// [`ScanNotes`]): the frames that look for them need not search the sentence again.
pub(crate) fn reporting_verbs(
    sentence: &str,
    out: &mut Vec<(usize, CueMatch, usize)>,
    notes: &mut ScanNotes,
) {
    verbs_of_words(sentence, out, notes, ScanWords::new);
}

/// [`reporting_verbs`], with the words of the sentence from byte `from` on read by
/// `scan(sentence, from)` ([`ScanWords::new`]; a unit test passes the byte-by-byte
/// loop it replaced).
#[inline(always)]
fn verbs_of_words<'s, W: Iterator<Item = ScanWord>>(
    sentence: &'s str,
    out: &mut Vec<(usize, CueMatch, usize)>,
    notes: &mut ScanNotes,
    scan: impl FnOnce(&'s str, usize) -> W,
) {
    /// Words a group's start may stand before its verb (three, and one to spare for
    /// words the scan splits where the grammar's `word` does not).
    const GROUP_REACH: usize = 4;
    let lex = lexicon();
    out.clear();
    // Starts of auxiliaries and adverbs waiting for a verb: (byte offset, word number).
    // Each word adds at most one and a start waits at most `GROUP_REACH` words, so
    // they fit in a small array: no allocation per sentence. The starts out of reach
    // are dropped only when the list is read or grows, not at every word: a start out
    // of reach of one word is out of reach of every later one, so the same starts are
    // read.
    let mut waiting = Waiting::default();
    let bytes = sentence.as_bytes();
    let mut words = 0;
    let mut at = 0;
    // A sentence may open with the participle of a question put to someone
    // ("Asked whether …, she said"), the one capitalised form read as a verb. Read
    // here, before the scan, which would take "Asked" as its first word: so the scan
    // starts after its space, one word counted. (`and_then`: the lexicon is asked only
    // when the sentence opens so.)
    if let Some(asked) = sentence
        .strip_prefix("Asked ")
        .and_then(|_| lex.verb("asked").iter().find(|f| f.particle.is_none()))
    {
        let len = "Asked".len();
        out.push((
            0,
            CueMatch {
                span: Span::new(0, len),
                verb: *asked,
            },
            len,
        ));
        words = 1;
        at = "Asked ".len();
    }
    // Each word is read by two loads of eight bytes of the sentence ([`WordBytes`]),
    // within a copy padded to eight for a shorter one.
    let mut padded = [0u8; 8];
    let text = match bytes.len() {
        0..8 => {
            padded[..bytes.len()].copy_from_slice(bytes);
            &padded[..]
        }
        _ => bytes,
    };
    // Nearly every word is turned away by its sketch, made with no test of its length:
    // a word whose sketch is no group word's, nor that of a word noted, needs nothing
    // but, in lower case, to end every group that would have started before it. What
    // it is (in lower case or not, its first byte) is data that follows no pattern, so
    // the words past the sketch are read with no branch on it.
    for (i, end, lower) in scan(sentence, at) {
        words += 1;
        let word = WordBytes::in_text(text, i, end);
        let k = word.sketch();
        if !lex.may_be_scan_sketch(k) {
            // (What the branches below do with such a word: a capitalised word is no
            // headline verb and not "according"; a lower-case word has no group role
            // and is neither "that", "to" nor "according".)
            debug_assert!(
                !bytes[i].is_ascii_uppercase() || !is_headline_verb(&sentence[i..end]),
                "{sentence:?} at {i}"
            );
            debug_assert!(!lower || lex.verb_group_role(&bytes[i..end]) == (false, &[][..]));
            debug_assert!(
                !SCAN_NOTED
                    .iter()
                    .any(|n| bytes[i..end].eq_ignore_ascii_case(n.as_bytes()))
            );
            waiting.len = std::hint::select_unpredictable(lower, 0, waiting.len);
            continue;
        }
        let b = bytes[i];
        if !lower {
            // "Christie Says He Would …": the verb of a headline in title case. Tested
            // first, inline, the bytes: most capitalised words are names. Past "Say", a
            // headline verb has the verb readings of its lower case, whose sketch (that
            // of the word: a sketch folds case) is in the group set, which turns most
            // names and plurals away ("Democrats", "States").
            let w = &bytes[i..end];
            let headline_form = b.is_ascii_uppercase()
                && (w == b"Say" || (w.ends_with(b"s") && lex.may_be_group_sketch(k)));
            debug_assert!(
                headline_form || !b.is_ascii_uppercase() || !is_headline_verb(&sentence[i..end]),
                "{sentence:?} at {i}"
            );
            if headline_form {
                headline_group(sentence, i, end, out);
            }
            if b == b'A' {
                notes.note_according(w);
            }
            continue;
        }
        let (starts_group, forms) = lex.verb_group_role_of(&bytes[i..end], word, k);
        if !forms.is_empty() {
            waiting.retain_within(words, GROUP_REACH);
            verb_groups(sentence, &mut waiting, (i, end, forms), starts_group, out);
        } else if starts_group {
            waiting.retain_within(words, GROUP_REACH);
            waiting.push((i, words));
        } else {
            // A group runs through auxiliaries and adverbs only: this word ends every
            // group that would have started before it.
            waiting.clear();
            // ("that", "to" and "according" are no group words, so they come here: a
            // test checks. Most words are turned away by their first byte, in hand.)
            if b == b't' {
                notes.note_spaced(bytes, i, end);
            } else if b == b'a' {
                notes.note_according(&bytes[i..end]);
            }
        }
    }
}

/// The words [`reporting_verbs`]'s scan notes besides the verbs ([`ScanNotes`]), and
/// "Say", the headline verb it tests by its bytes: their sketches are let past the
/// scan's first test with those of the group words.
pub(crate) const SCAN_NOTED: [&str; 4] = ["that", "to", "according", "Say"];

/// What [`reporting_verbs`]'s scan notes of a sentence's words besides its verbs.
///
/// Where the words "that" and "to" stand between two spaces (" that ", " to "): the
/// offsets of the spaces before them, in text order. Every such place is a word start
/// of the scan (a space before it, which carries no word on), and its word ends at the
/// space after it; so the scan finds each one, where the noun cues searched the
/// sentence for them once per list. A sentence with more than [`ScanNotes::ROOM`] of
/// one word has its list withheld, and the caller searches.
///
/// Whether one of the scan's words is "according" in some ASCII case: the frames of
/// "according to" read it only as a word of the sentence, so without one they need
/// not be tried.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(crate) struct ScanNotes {
    /// The offsets before "that" (0) and before "to" (1), the first `ROOM` of each.
    offsets: [[usize; ScanNotes::ROOM]; 2],
    /// How many of each the scan found, `ROOM` or not.
    found: [usize; 2],
    /// Whether a word is "according".
    according: bool,
}

impl ScanNotes {
    /// The most offsets of one word held.
    const ROOM: usize = 8;

    /// None found yet.
    pub(crate) fn new() -> ScanNotes {
        ScanNotes {
            offsets: [[0; ScanNotes::ROOM]; 2],
            found: [0; 2],
            according: false,
        }
    }

    /// Notes the scan's word `word` when it is "according" in some ASCII case.
    #[inline]
    fn note_according(&mut self, word: &[u8]) {
        self.according |= word.eq_ignore_ascii_case(b"according");
    }

    /// Whether one of the scan's words is "according" in some ASCII case.
    pub(crate) fn according(&self) -> bool {
        self.according
    }

    /// Notes the scan's word `bytes[i..end]` when it is "that" or "to" between spaces.
    #[inline]
    fn note_spaced(&mut self, bytes: &[u8], i: usize, end: usize) {
        let which = match &bytes[i..end] {
            b"that" => ScanNotes::THAT,
            b"to" => ScanNotes::TO,
            _ => return,
        };
        if i == 0 || bytes[i - 1] != b' ' || bytes.get(end) != Some(&b' ') {
            return;
        }
        let n = self.found[which];
        if let Some(slot) = self.offsets[which].get_mut(n) {
            *slot = i - 1;
        }
        self.found[which] = n + 1;
    }

    /// The needles whose places are noted, by index: " that " ([`ScanNotes::THAT`]) and
    /// " to " ([`ScanNotes::TO`]).
    pub(crate) const NEEDLES: [&'static [u8]; 2] = [b" that ", b" to "];

    /// The index of " that " in [`ScanNotes::NEEDLES`].
    pub(crate) const THAT: usize = 0;

    /// The index of " to " in [`ScanNotes::NEEDLES`].
    pub(crate) const TO: usize = 1;

    /// The offsets of needle `which` of [`ScanNotes::NEEDLES`] in text order; `None`
    /// when there were more than [`ScanNotes::ROOM`]. (By index: the noun cues name
    /// their needle so, where comparing the needle's bytes cost more than the lookup.)
    pub(crate) fn of(&self, which: usize) -> Option<&[usize]> {
        self.offsets[which].get(..self.found[which])
    }

    /// Whether the scan found " that " or " to " at all.
    pub(crate) fn spaced_any(&self) -> bool {
        self.found != [0, 0]
    }
}

/// What [`reporting_verbs`] needs to know of a char that is not ASCII.
struct ScanChar {
    /// Whether it is a letter or a digit, which may start a word.
    alphanumeric: bool,
    /// Whether it carries a word on: a letter, a digit or a curly apostrophe.
    carries_word: bool,
    /// Whether it is a small letter.
    lower: bool,
}

/// [`ScanChar`] of the char at byte `at` of `sentence`, which is not ASCII: out of
/// line, as such chars are rare in news text and their decoding would crowd the scan.
#[cold]
#[inline(never)]
fn scan_char(sentence: &str, at: usize) -> ScanChar {
    let c = sentence[at..].chars().next().unwrap_or_default();
    let alphanumeric = is_alphanumeric(c);
    ScanChar {
        alphanumeric,
        carries_word: alphanumeric || c == '’',
        lower: c.is_lowercase(),
    }
}

/// [`reporting_verbs`] at a capitalised ASCII word `sentence[i..end]` that ends in "s"
/// or is "Say": its group when it is the verb of a headline in title case, where the
/// next word is capitalised too or the headline ends ("…, Graham Says.").
#[inline(never)]
fn headline_group(sentence: &str, i: usize, end: usize, out: &mut Vec<(usize, CueMatch, usize)>) {
    // (Of the pure tests joined by "and", the lexicon's, sketched, turns nearly every
    // name away, before the word and the text after it are searched.)
    let w = &sentence[i..end];
    if is_headline_verb(w)
        && !w.contains(['\'', '’'])
        && title_case_goes_on(
            sentence[end..].trim_start_matches(|c: char| is_space(c) || mark_like(c)),
        )
    {
        try_group(sentence, i, true, None, out);
    }
}

/// [`reporting_verbs`] at a lower-case word `sentence[i..end]` with the reporting verb
/// readings `forms` (`verb`: `(i, end, forms)`), which `starts_group` when it is also an
/// auxiliary or an adverb: the group from the earliest start `waiting` that makes one,
/// else the group from the word. No start waits after it.
#[inline]
fn verb_groups(
    sentence: &str,
    waiting: &mut Waiting,
    verb: (usize, usize, &[VerbForm]),
    starts_group: bool,
    out: &mut Vec<(usize, CueMatch, usize)>,
) {
    let (i, end, forms) = verb;
    // The earliest start that makes a group makes the longest one ("has also said");
    // the shorter groups inside it ("also said", "said") are the same verb and would
    // report the same clause twice.
    let mut found = false;
    for &(at, _) in waiting.as_slice() {
        found = found || try_group(sentence, at, false, None, out);
    }
    waiting.clear();
    if !found {
        try_group(sentence, i, !starts_group, Some((end, forms)), out);
    }
}

/// The group of [`reporting_verbs`] that starts at byte `at` of `sentence`, put in
/// `out`; returns whether there was one.
///
/// `bare`: the word at `at` is a verb form and no auxiliary or adverb, so the group is
/// the verb alone and the verb parser does the group parser's work. `known`: the verb
/// readings of the scan's word at `at` (`bytes[at..end]`), already looked up; used
/// when the grammar's word there is the same, so that the verb parser does not look
/// the word up again.
fn try_group(
    sentence: &str,
    at: usize,
    bare: bool,
    known: Option<(usize, &[VerbForm])>,
    out: &mut Vec<(usize, CueMatch, usize)>,
) -> bool {
    // A verb alone, finite or a gerund (", saying …", flagged by `verb.gerund`), is
    // recorded alike: the verb parser runs once.
    if !bare && let Ok((rest, cue)) = verb_group(&sentence[at..]) {
        out.push((at, cue, sentence.len() - rest.len()));
        return true;
    }
    let i = &sentence[at..];
    // The grammar's word is the scan's `bytes[at..end]` when that is ASCII (the scan
    // took letters, digits, hyphens and apostrophes, the bytes `word_core` takes too)
    // and is ended by the sentence's end or by an ASCII byte that neither carries
    // `word_core` on ("&", "%", "/") nor adds an abbreviation's stop ("."): then `word`
    // need not read it again.
    let parsed = match known {
        Some((end, forms))
            if sentence.as_bytes()[at..end].is_ascii()
                && sentence
                    .as_bytes()
                    .get(end)
                    .is_none_or(|&b| b.is_ascii() && !matches!(b, b'&' | b'%' | b'/' | b'.')) =>
        {
            verb_of_word(i, &sentence[end..], &sentence[at..end], forms)
        }
        _ => word(i).and_then(|(rest, w)| match known {
            Some((end, forms)) if at + w.len() == end => verb_of_word(i, rest, w, forms),
            _ => verb_of_word(i, rest, w, lexicon().verb(w)),
        }),
    };
    if let Ok((rest, v)) = parsed
        && (bare || v.gerund)
    {
        let len = sentence.len() - at - rest.len();
        out.push((
            at,
            CueMatch {
                span: Span::new(0, len),
                verb: v,
            },
            sentence.len() - rest.len(),
        ));
        return true;
    }
    false
}

/// The group starts [`reporting_verbs`] keeps waiting for a verb, (byte offset, word
/// number), in an array on the stack. At most `GROUP_REACH + 1` wait at once (one per
/// word of the reach); the array has room to spare.
#[derive(Default)]
struct Waiting {
    starts: [(usize, usize); 8],
    len: usize,
}

impl Waiting {
    /// Keeps the starts at most `reach` words before word number `words`, in order.
    /// (In line: a call in the scan's loop costs more than its few instructions, and
    /// the vector constants the scan keeps in registers would be loaded again after
    /// it.)
    #[inline(always)]
    fn retain_within(&mut self, words: usize, reach: usize) {
        let mut kept = 0;
        for k in 0..self.len {
            if words - self.starts[k].1 <= reach {
                self.starts[kept] = self.starts[k];
                kept += 1;
            }
        }
        self.len = kept;
    }

    fn push(&mut self, start: (usize, usize)) {
        self.starts[self.len] = start;
        self.len += 1;
    }

    fn as_slice(&self) -> &[(usize, usize)] {
        &self.starts[..self.len]
    }

    fn clear(&mut self) {
        self.len = 0;
    }
}

/// `agent = ws "by" ws speaker_after`, the agent of a passive ("reported by Reuters"):
/// returns the speaker's span within `i`, and the rest.
pub(crate) fn agent(i: &str) -> Option<(Span, &str)> {
    let (rest, speaker) = preceded((ws0, keyword("by"), ws), speaker_after)
        .parse(i)
        .ok()?;
    let s = offset(i, speaker);
    is_plausible_after_speaker(speaker).then(|| (Span::new(s, s + speaker.len()), rest))
}

/// `according_to = "according" ws "to" ws speaker_after`: returns the cue's span and
/// the speaker's span within `i`, and the rest.
pub(crate) fn according_to(i: &str) -> Option<(Span, Span, &str)> {
    let (rest, (cue, _, speaker)) = (
        recognize((tag_no_case("according"), ws, tag_no_case("to"))),
        ws,
        speaker_after,
    )
        .parse(i)
        .ok()?;
    let s = offset(i, speaker);
    is_plausible_after_speaker(speaker).then(|| {
        (
            Span::new(0, cue.len()),
            Span::new(s, s + speaker.len()),
            rest,
        )
    })
}

/// A noun that `is_noun` accepts (a word of a lexicon list, in lower case), with its
/// possessor: `X's claim that`, `his usual remarks that`, `her pledge to`. `prefix` ends
/// just before "that" or "to"; returns the possessor's span in `prefix` and the noun's
/// span.
///
/// (The test of the last word in line, the rest out of line: nearly every last word
/// fails it, and a call of the whole saved and restored the registers the rest needs.)
#[inline(always)]
pub(crate) fn possessed_noun_before(
    prefix: &str,
    is_noun: fn(&str) -> bool,
) -> Option<(Span, Span)> {
    // Most words before "that" or "to" are no such noun: judge the last word first.
    let last = match ascii_last_word_start(prefix) {
        Some(k) => &prefix[k..],
        None => prefix.trim_end_space().rsplit_space().next()?,
    };
    debug_assert_eq!(Some(last), prefix.trim_end_space().rsplit_space().next());
    if !is_noun(last) {
        return None;
    }
    possessed_noun_at_end(prefix, is_noun)
}

/// [`possessed_noun_before`] of a `prefix` whose last word `is_noun` accepts.
#[inline(never)]
fn possessed_noun_at_end(prefix: &str, is_noun: fn(&str) -> bool) -> Option<(Span, Span)> {
    let mut starts = word_starts_rev(prefix).take(6);
    let noun_at = starts.next()?;
    let noun = word(&prefix[noun_at..]).ok()?.1;
    if !is_noun(noun) || !prefix[noun_at + noun.len()..].trim_space().is_empty() {
        return None;
    }
    let noun_span = Span::new(noun_at, noun_at + noun.len());
    // Walk back over adjectives to the possessor: "his", "her", "their", "X's".
    for at in starts {
        let w = word(&prefix[at..]).ok()?.1;
        let lower = w.to_ascii_lowercase();
        if matches!(lower.as_str(), "his" | "her" | "their" | "its") {
            return Some((Span::new(at, at + w.len()), noun_span));
        }
        if let Some(owner) = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")) {
            // The possessor may be several words: "Mr Al Khazali's".
            let head = &prefix[..at + owner.len()];
            let span = leading_name_before(head)?;
            return Some((span, noun_span));
        }
        if lexicon().is_lower("stop", w) || w.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
    }
    None
}

/// The run of capitalised words (with titles and particles) that ends `s`.
fn leading_name_before(s: &str) -> Option<Span> {
    let mut first = None;
    for at in word_starts_rev(s).take(6) {
        let w = word(&s[at..]).ok()?.1;
        if w.starts_with(|c: char| c.is_uppercase()) || lexicon().is("particle", w) {
            first = Some(at);
        } else {
            break;
        }
    }
    let at = first?;
    Some(Span::new(at, s.len()))
}

/// A speaker phrase must end in a name, a pronoun or a noun that can speak, and must
/// not be mostly lower-case function words.
pub(crate) fn is_plausible_speaker(phrase: &str) -> bool {
    let phrase = trim_space_and_commas(phrase);
    if phrase.is_empty() || phrase.len() > 160 {
        return false;
    }
    !only_determiners(phrase) && has_speaker_head(phrase)
}

/// True when a trimmed phrase that is not empty is only determiners ("the", "a",
/// "an", "this", "that").
fn only_determiners(phrase: &str) -> bool {
    // The phrase is trimmed and not empty, so its first piece is a word; a word that
    // opens with no "t" or "a" in either case is no determiner, and the phrase is not
    // split for them (most phrases open with a name or a pronoun).
    let only = matches!(phrase.as_bytes()[0] | 0x20, b't' | b'a')
        && phrase
            .split_space()
            .all(|w| is_one_of(w, &["the", "a", "an", "this", "that", ""]));
    debug_assert_eq!(
        only,
        phrase
            .split_space()
            .all(|w| is_one_of(w, &["the", "a", "an", "this", "that", ""]))
    );
    only
}

/// [`is_plausible_speaker`] of a phrase that is trimmed, at most 160 bytes long and
/// not only determiners: for a caller that has found so already (the phrase that opens
/// a sentence is all words, and its determiners are counted as it is read).
fn has_speaker_head(phrase: &str) -> bool {
    // Judge the head: the part before an appositive comma or parenthesis (both ASCII:
    // one byte search). Having no parenthesis, it ends in its head word. (It opens
    // where the trimmed phrase does: only its end is trimmed.)
    let head = &phrase[..memchr::memchr2(b',', b'(', phrase.as_bytes()).unwrap_or(phrase.len())];
    let head = head.trim_end_space();
    debug_assert_eq!(head, head.trim_space());
    let Some(last) = head.rsplit_space().next() else {
        return false;
    };
    has_speaker_head_ending(phrase, head, last)
}

/// [`has_speaker_head`] of `phrase` once its `head` and the last piece of that head,
/// `last`, are found: for [`leading_subject`], which took the head's words itself.
fn has_speaker_head_ending(phrase: &str, head: &str, last: &str) -> bool {
    // (The phrase is trimmed: a phrase of more bytes than "nothing" names someone.)
    if phrase.len() <= "nothing".len() && names_no_one(phrase) {
        return false;
    }
    let last = without_possessive(trim_end_stops_and_apostrophes(last));
    if last.is_empty() {
        return false;
    }
    if is_speaker_head(last) {
        return true;
    }
    // Or, for a group, the noun before a modifier that follows it: "people familiar
    // with her thinking", "proponents of more controls on hate speech here". (A
    // person's role before "of" is judged by its last word as before: "the chief
    // executive of Ora Media -- the production company that …" is an appositive.)
    // Looked for only when the last word names no one (most phrases end in a name or
    // a pronoun), in one pass that keeps the word before each.
    let mut words = head.split_space();
    let mut before = words.next();
    let modified = loop {
        let Some(w) = words.next() else {
            break None;
        };
        if matches!(
            w,
            "of" | "in" | "for" | "at" | "from" | "with" | "familiar" | "close" | "on"
        ) {
            break before;
        }
        before = Some(w);
    };
    modified.is_some_and(|w| {
        w != last
            && ((w.starts_with(char::is_lowercase)
                    && (w.ends_with('s') || lexicon().is_lower("group_head", w))
                    && is_speaker_head(w))
                    // Opening the phrase, the head may be capitalised as the sentence's
                    // first word: "Organizers of the push to …".
                    || (head.starts_with(w) && names_people(w)))
    })
}

/// `w.trim_end_matches(['.', '\'', '’'])`, read as bytes from the end (a char searcher
/// cost more than the few bytes it looks at; this runs on every speaker phrase judged).
fn trim_end_stops_and_apostrophes(w: &str) -> &str {
    let b = w.as_bytes();
    let mut end = b.len();
    loop {
        if end >= 1 && matches!(b[end - 1], b'.' | b'\'') {
            end -= 1;
        } else if end >= 3 && b[end - 3..end] == *"’".as_bytes() {
            end -= 3;
        } else {
            // Only whole chars were cut: `end` is a char boundary.
            return &w[..end];
        }
    }
}

/// True when `last`, the head word of a phrase, names someone: a capitalised word, a
/// pronoun, a noun of the people, organisation, group or document lists or its plural,
/// or an agent noun ("specialists", "historians").
fn is_speaker_head(last: &str) -> bool {
    let lex = lexicon();
    let first_upper = last.chars().next().is_some_and(char::is_uppercase);
    first_upper
        || lex.in_any_lower(
            &[
                "pronoun",
                "person_head",
                "org_head",
                "group_head",
                "document_head",
            ],
            last,
        )
        || is_plural_or_agent_head(last)
}

/// True when `w`, in any case, names people as a group: a group noun ("delegation") or a
/// plural of people ("organizers", "advisers").
fn names_people(w: &str) -> bool {
    with_lower(w, |l| {
        lexicon().is_lower("group_head", l) || (l.ends_with('s') && is_plural_or_agent_head(l))
    })
}

/// True when `last` is the plural of a listed head of people, organisations or groups,
/// or an agent noun: the heads that no list holds as they stand.
fn is_plural_or_agent_head(last: &str) -> bool {
    let lex = lexicon();
    // Plurals of the heads in -s: "groups", "campaigns", "ministers"; in -ies:
    // "companies", "agencies".
    (last.len() > 3
            && last.strip_suffix('s').is_some_and(|one| {
                lex.in_any_lower(&["person_head", "org_head", "group_head"], one)
            }))
        || last.strip_suffix("ies").is_some_and(|stem| {
            // The singular is built on the stack: no allocation per word.
            let mut one = [0u8; 32];
            (3..one.len()).contains(&stem.len()) && {
                one[..stem.len()].copy_from_slice(stem.as_bytes());
                one[stem.len()] = b'y';
                std::str::from_utf8(&one[..=stem.len()]).is_ok_and(|one| {
                    lex.in_any_lower(&["person_head", "org_head", "group_head"], one)
                })
            }
        })
        // Agent nouns name people: "specialists", "economists", "historians", and in
        // the plural "traders", "lawmakers", "protesters".
        || (last.len() > 5
            && ["ist", "ists", "ian", "ians"]
                .iter()
                .any(|suffix| last.ends_with(suffix)))
        || (last.len() > 5
            && last.ends_with("ers")
            && last.starts_with(char::is_lowercase)
            // Nouns in -ers that name no one.
            && !is_one_of(
                last,
                &["headquarters", "quarters", "numbers", "matters", "orders", "borders", "centers", "waters"],
            ))
}

#[cfg(test)]
mod tests {
    /// The lanes read a run of word bytes as the byte table does: every byte value in
    /// every place of runs of up to twenty bytes, among word bytes and after them.
    #[test]
    fn word_byte_runs_are_read_as_the_table_reads_them() {
        crate::lanes::for_one_byte_texts(20, b'a', 0..=255u8, |mut text, at| {
            if let Some(next) = text.get_mut(at + 1) {
                *next = b'Z';
            }
            let expected = text
                .iter()
                .position(|&c| !super::WORD_BYTE[usize::from(c)])
                .unwrap_or(text.len());
            assert_eq!(super::word_byte_run(&text), expected, "{text:?}");
        });
    }

    /// The lanes find the start of a run of ASCII letters and digits as a byte loop
    /// back from its end does: every byte value in every place of texts of up to twenty
    /// bytes, from every end.
    #[test]
    fn alphanumeric_runs_start_where_the_byte_loop_finds() {
        crate::lanes::for_one_byte_texts(20, b'a', 0..=255u8, |text, _| {
            for end in 0..=text.len() {
                let expected = text[..end]
                    .iter()
                    .rposition(|c| !c.is_ascii_alphanumeric())
                    .map_or(0, |k| k + 1);
                assert_eq!(super::alphanumeric_run_start(&text, end), expected);
            }
        });
    }

    /// The lone pronouns that `is_plausible_after_speaker` accepts at once are accepted
    /// by its general test too.
    #[test]
    fn lone_pronouns_are_plausible_after_speakers() {
        for p in super::SUBJECT_PRONOUNS {
            assert!(super::is_lone_subject_pronoun(p));
            assert!(super::plausible_after_speaker_given(p, || {
                super::is_plausible_speaker(p)
            }));
        }
        for p in ["his", "He said", "he ", "HE", "the"] {
            assert!(!super::is_lone_subject_pronoun(p));
        }
    }

    /// `speaker_word_plain` reads as nom's `verify` of `word` and its test did.
    #[test]
    fn speaker_word_plain_is_the_verified_word() {
        for i in [
            "",
            " x",
            "Smith said",
            "the minister",
            "said it",
            "report,",
            "U.S. officials",
            "Mr. Smith",
            "co-founder",
            "O'Brien",
            "(R-Texas)",
            "é",
            "Zoë said",
            "12 of",
            "said.",
            "SAID",
            "States",
            "Says",
            "-x",
            "’s",
        ] {
            assert_eq!(
                speaker_word_plain(i),
                verify(word, fits_speaker_word).parse(i),
                "{i:?}"
            );
        }
    }

    /// `after_frame`'s hand-read opening (white space, a comma or a semicolon) and its
    /// first-byte tests for "according to" and a dash, held to the nom parsers they
    /// stand for by its debug assertions, on openings of every kind.
    #[test]
    fn after_frame_openings_agree_with_the_parsers() {
        for lead in ["", " ", ",", ", ", " ;\u{a0}", "\u{a0},\t", ";;", " ,,"] {
            for body in [
                "",
                "said Smith.",
                "Smith said.",
                "according to Smith.",
                "ACCORDING to the police.",
                "Accord",
                "— Jane Doe",
                "– Jane Doe.",
                "-- Jane Doe",
                "- Jane Doe",
                "\u{2019}s said",
                "é said",
                "(R-Texas) said.",
            ] {
                let window = format!("{lead}{body}");
                let found = after_frame(&window);
                // (Past a second comma or semicolon no frame is read.)
                let one_mark = lead.matches([',', ';']).count() <= 1;
                if one_mark && (body.starts_with("according") || body.starts_with("ACCORDING")) {
                    assert!(found.is_some(), "{window:?}");
                }
            }
        }
    }

    /// `tail_is_whole` and `speaker_after`, read by hand, against the nom grammar they
    /// stand for (by their debug assertions), on tails and phrases of every kind: each
    /// piece opens with its white space or comma, and up to three are joined.
    #[test]
    fn hand_read_tails_and_speakers_agree_with_the_grammar() {
        let pieces = [
            "",
            " ",
            ":",
            ",",
            " :",
            ", ",
            " that",
            " That",
            " on Monday",
            " in a statement",
            " to reporters",
            ", in Washington",
            " the plan",
            " their success would depend on",
            " last week",
            " recently",
            " Tuesday",
            " of the Pentagon",
            " for the Ministry",
            " of Health",
            " for the",
            " of",
            " (R-Texas)",
            " No 10",
            " released on Friday",
            " reviewed by",
            " Smith",
            " é",
            "\u{a0}at the",
            " thatch",
        ];
        let mut whole = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let tail = format!("{a}{b}{c}");
                    for takes_object in [false, true] {
                        whole += usize::from(tail_is_whole(&tail, takes_object));
                    }
                    let phrase = format!("Jane Doe{tail}");
                    assert!(speaker_after(&phrase).is_ok(), "{phrase:?}");
                }
            }
        }
        // (Both answers come up.)
        assert!(whole > 100, "{whole}");
        assert!(!tail_is_whole(" their success would depend on ", false));
        assert!(tail_is_whole(" on Monday in Washington that: ", false));
        assert!(tail_is_whole(" reporters on Monday, ", true));
        assert_eq!(
            speaker_after("the Ministry of Health said"),
            Ok((" said", "the Ministry of Health"))
        );
    }

    /// `after_last_join` against the plain forward pass it replaced.
    #[test]
    fn after_last_join_is_the_last_join() {
        fn plain(chunk: &str) -> Option<&str> {
            let bytes = chunk.as_bytes();
            let (mut and, mut but) = (None, None);
            for k in 0..bytes.len().saturating_sub(4) {
                if bytes[k] == b' ' && bytes[k + 4] == b' ' {
                    match &bytes[k + 1..k + 4] {
                        b"and" => and = Some(k + 5),
                        b"but" => but = Some(k + 5),
                        _ => {}
                    }
                }
            }
            and.or(but).map(|k| &chunk[k..])
        }
        let pieces = [
            " and ", " but ", "and", "but ", " an", "d ", "x", " ", "nu", "é", "band ",
        ];
        // Every string of up to four pieces, and some longer ones.
        let mut chunks = crate::lanes::concatenations(&pieces, 4);
        chunks.push("Smith and Jones but not Brown and Green said".into());
        chunks.push("he said he said he said".repeat(20));
        for c in &chunks {
            assert_eq!(after_last_join(c), plain(c), "{c:?}");
        }
    }

    use super::*;

    /// The facts of the lexicon that `pronoun_verb` rests on: no subject pronoun opens
    /// with "a" or "A" or opens a verb group, and each is a speaker word.
    #[test]
    fn subject_pronouns_are_speaker_words_and_open_no_group() {
        for p in SUBJECT_PRONOUNS {
            assert!(!p.starts_with(['a', 'A']), "{p}");
            assert!(lexicon().group_opener(p).is_none(), "{p}");
            assert!(verb_group(p).is_err(), "{p}");
            assert_eq!(speaker_word(p), Ok(("", p)), "{p}");
            assert!(is_plausible_after_speaker(p), "{p}");
        }
        // `lone_verb` against the general group, around full stops too.
        for i in [
            "said.",
            "said. ",
            "said.A.",
            "said.a. x",
            "told reporters",
            "saying.",
            "says",
            "Said.",
            "has said",
            "also said.",
            "gen. said",
            "mr. said",
            "pointed out.",
        ] {
            let general = word(i).ok().and_then(|(after, first)| {
                let lists = lexicon().group_opener(first)?;
                verb_group_from(i, after, first, lists).ok()
            });
            if let Some(found) = lone_verb(i) {
                assert_eq!(Some(found), general, "{i:?}");
            }
        }
        assert!(lone_verb("said.").is_some() && lone_verb("said.A.").is_none());
        // Read the quick way and the general way alike.
        for body in [
            "he said.",
            "She told reporters.",
            "It added, ",
            "they has said",
            "I said",
        ] {
            let quick = pronoun_verb(body);
            assert!(quick.is_some() || body == "they has said", "{body:?}");
            assert_eq!(
                after_frame(body),
                after_frame_general(body, body),
                "{body:?}"
            );
        }
    }

    /// [`reporting_verbs`] notes "that", "to" and "according" only among the words that
    /// are no verb-group words: they must be none.
    #[test]
    fn spaced_words_are_no_group_words() {
        for word in ["that", "to", "according"] {
            assert_eq!(lexicon().verb_group_role(word.as_bytes()), (false, &[][..]));
        }
    }

    /// The offsets [`reporting_verbs`] notes are those a search finds, overlapping ones
    /// too, or withheld past the room.
    #[test]
    fn spaced_words_as_searched() {
        let mut verbs = Vec::new();
        for s in [
            "that that is to say to",
            " that that that to to ",
            "He said that to me, and that\u{a0}to “that” that-to to’s toto",
            "Asked that to be",
            " to to to to to to to to to to ",
            "x to",
            "é that to",
            "He said nothing to-day.",
        ] {
            let mut spaced = ScanNotes::new();
            reporting_verbs(s, &mut verbs, &mut spaced);
            assert!(!spaced.according(), "{s:?}");
            let mut any = false;
            for (which, needle) in ScanNotes::NEEDLES.into_iter().enumerate() {
                let searched: Vec<usize> = (0..s.len())
                    .filter(|&k| s.as_bytes()[k..].starts_with(needle))
                    .collect();
                any |= !searched.is_empty();
                match spaced.of(which) {
                    Some(noted) => assert_eq!(noted, searched, "{s:?}"),
                    None => assert!(searched.len() > ScanNotes::ROOM, "{s:?}"),
                }
            }
            assert_eq!(spaced.spaced_any(), any, "{s:?}");
        }
    }

    /// The scan notes "according" as a word in any ASCII case, and only as a word.
    #[test]
    fn according_as_a_word() {
        let mut verbs = Vec::new();
        for (s, want) in [
            ("According to the police, he left.", true),
            ("He left, according\u{a0}to police.", true),
            ("He left (ACCORDING to police).", true),
            ("But aCcOrDiNg to them, no.", true),
            ("Accordingly, he left.", false),
            ("He left, according-to police.", false),
            ("He left, “according” to police.", true),
            ("Unaccording to police.", false),
        ] {
            let mut notes = ScanNotes::new();
            reporting_verbs(s, &mut verbs, &mut notes);
            assert_eq!(notes.according(), want, "{s:?}");
        }
    }

    /// The words of `sentence` from byte `from` on, as the byte-by-byte loop that
    /// [`ScanWords`] replaced read them: the oracle of its tests.
    fn scan_words_by_bytes(sentence: &str, from: usize) -> Vec<ScanWord> {
        let bytes = sentence.as_bytes();
        let carries = |b: u8| SCAN_CLASS.get(usize::from(b)).is_some_and(|&c| c != 0);
        let char_len = |at: usize| sentence[at..].chars().next().map_or(1, char::len_utf8);
        let n = bytes.len();
        let mut words = Vec::new();
        let mut prev_word = false;
        let mut at = from;
        while at < n {
            let i = at;
            let b = bytes[at];
            let lower = if b.is_ascii() {
                let class = SCAN_CLASS[usize::from(b)];
                at += 1;
                if class != ALNUM || prev_word {
                    prev_word = class != 0;
                    continue;
                }
                b.is_ascii_lowercase()
            } else {
                let c = scan_char(sentence, at);
                at += char_len(at);
                if !c.alphanumeric || prev_word {
                    prev_word = c.carries_word;
                    continue;
                }
                c.lower
            };
            let end = loop {
                while at < n && carries(bytes[at]) {
                    at += 1;
                }
                let Some(&b) = bytes.get(at) else {
                    break n;
                };
                if b.is_ascii() {
                    at += 1;
                    break at - 1;
                }
                let len = char_len(at);
                let c = scan_char(sentence, at);
                at += len;
                if !c.carries_word {
                    break at - len;
                }
            };
            prev_word = false;
            words.push((i, end, lower));
        }
        words
    }

    /// Checks [`ScanWords`] against the byte-by-byte loop on `s`, from its start and from
    /// every char boundary after a char that carries no word on, and
    /// [`reporting_verbs`]'s verbs and notes against those of the loop's words.
    fn check_scan_words(s: &str) {
        for from in (0..=s.len()).filter(|&from| s.is_char_boundary(from)) {
            let after_break = s[..from]
                .chars()
                .next_back()
                .is_none_or(|c| !is_alphanumeric(c) && !matches!(c, '-' | '\'' | '’'));
            if after_break {
                let got: Vec<ScanWord> = ScanWords::new(s, from).collect();
                assert_eq!(got, scan_words_by_bytes(s, from), "{s:?} from {from}");
            }
        }
        let (mut verbs, mut notes) = (Vec::new(), ScanNotes::new());
        reporting_verbs(s, &mut verbs, &mut notes);
        let (mut want_verbs, mut want_notes) = (Vec::new(), ScanNotes::new());
        verbs_of_words(s, &mut want_verbs, &mut want_notes, |s, from| {
            scan_words_by_bytes(s, from).into_iter()
        });
        assert_eq!(verbs, want_verbs, "{s:?}");
        assert_eq!(notes, want_notes, "{s:?}");
    }

    /// [`reporting_verbs`] drops the starts out of reach only when it reads the waiting
    /// list (at a verb) or adds to it: it reads the same starts as when they were
    /// dropped at every word, on every sequence of eight words of the four kinds.
    #[test]
    fn waiting_starts_dropped_when_read_as_at_every_word() {
        const REACH: usize = 4;
        for code in 0..4_usize.pow(8) {
            let (mut every_word, mut when_read) = (Waiting::default(), Waiting::default());
            for words in 1..=8 {
                every_word.retain_within(words, REACH);
                match code / 4_usize.pow(words as u32 - 1) % 4 {
                    // A verb.
                    0 => {
                        when_read.retain_within(words, REACH);
                        assert_eq!(when_read.as_slice(), every_word.as_slice(), "{code}");
                        every_word.clear();
                        when_read.clear();
                    }
                    // An auxiliary or adverb.
                    1 => {
                        when_read.retain_within(words, REACH);
                        every_word.push((words, words));
                        when_read.push((words, words));
                    }
                    // Another small word.
                    2 => {
                        every_word.clear();
                        when_read.clear();
                    }
                    // A capitalised word.
                    _ => {}
                }
            }
        }
    }

    /// [`char_carries_word`] reads the chars U+2000 to U+203F from their bytes: it agrees
    /// with [`scan_char`] on every one of them, and on chars around them.
    #[test]
    fn marks_carry_words_as_decoded() {
        for c in ('\u{80}'..='\u{3000}').chain(['\u{1d400}', '\u{fb01}']) {
            let s = format!("{c}x");
            assert_eq!(
                char_carries_word(&s, 0),
                scan_char(&s, 0).carries_word,
                "{c:?}"
            );
        }
    }

    /// [`carries_word_ascii`] is the table's class on every byte.
    #[test]
    fn carrying_bytes_by_compares_as_by_the_table() {
        for b in 0..=u8::MAX {
            let class = SCAN_CLASS.get(usize::from(b)).copied().unwrap_or(0);
            assert_eq!(carries_word_ascii(b), class != 0, "{b:#x}");
        }
    }

    /// [`ascii_carry_bits`], by its transpose, sets the bits [`block_bits`] gathers
    /// byte by byte: every byte in every place of blocks of several fillers, and blocks
    /// of bytes drawn at random.
    #[test]
    fn carry_bits_by_transpose_as_gathered() {
        let gathered = |block: &[u8; BLOCK]| block_bits(block, carries_word_ascii);
        for filler in [b' ', b'a', b'-', 0x80, b'Z', b'\''] {
            for at in 0..BLOCK {
                for b in 0..=u8::MAX {
                    let mut block = [filler; BLOCK];
                    block[at] = b;
                    assert_eq!(
                        ascii_carry_bits(&block),
                        gathered(&block),
                        "{filler:#x} {b:#x} at {at}"
                    );
                }
            }
        }
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..10_000 {
            let block: [u8; BLOCK] = std::array::from_fn(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                // (Bytes around the classes' edges more often than not.)
                [b'0', b'9', b'a', b'z', b'A', b'Z', b'-', b'\''][(x % 8) as usize]
                    .wrapping_add((x >> 8) as u8 % 3)
                    .wrapping_sub(1)
                    ^ if x >> 20 & 7 == 0 { (x >> 24) as u8 } else { 0 }
            });
            assert_eq!(ascii_carry_bits(&block), gathered(&block), "{block:?}");
        }
    }

    /// The scan by blocks finds the words the byte loop found, with runs across block
    /// edges, chars that are not ASCII at every place of a block, and sentences that end
    /// in a full block or a short one.
    #[test]
    fn scan_words_by_blocks_as_by_bytes() {
        let text = "Asked whether it’s true, the U.S. State Department’s co-founder \
                    O'Brien — a Zoë-loving “rock’n’roll” café owner — said\u{a0}he has \
                    also said that 2016-17 was to be ‘according’ to plan… ÉCOLE Ölund \
                    -x 'y ’z 12é3 ab-é 中文 ×ab ab× 3.5% CNN/ORC A&M, Graham Says.";
        for (k, _) in text.char_indices() {
            check_scan_words(&text[k..]);
            check_scan_words(&text[..k]);
        }
        for len in [63, 64, 65, 127, 128, 129] {
            for fill in ["a", "-", "é", "’", " ", "said "] {
                let s: String = fill.repeat(len);
                let s = &s[..floor_boundary(&s, len)];
                check_scan_words(s);
                check_scan_words(&format!("{s} x"));
                check_scan_words(&format!("x {s}"));
            }
        }
    }

    proptest::proptest! {
        /// `adverbial_tail`, which reads no more of the tail than the words it can
        /// accept, against the reading of the whole tail to its first ';'.
        #[test]
        fn adverbial_tail_as_read_to_the_end(pieces in proptest::collection::vec(
            proptest::sample::select(&[
                " ", " ", " ", "\u{a0}", "in", "a", "statement", "on", "Monday", "at",
                "the", "court", ".", ")", "”", "“", ",", ";", "x.", "said", "he", "é",
                "today", "to", "reporters", "—", "running",
            ][..]),
            0..48,
        ), takes_object: bool) {
            let s = pieces.concat();
            let body = s.split(';').next().unwrap_or(&s).trim_end_matches(is_trimmed_after_tail);
            proptest::prop_assert_eq!(
                adverbial_tail(&s, takes_object),
                adverbial_body(body, takes_object)
            );
        }

        /// The scan by blocks against the byte loop on strings of words, marks, chars
        /// that are not ASCII and spaces, in every alignment.
        #[test]
        fn scan_words_by_blocks_as_by_bytes_on_any_mix(pieces in proptest::collection::vec(
            proptest::sample::select(&[
                "a", "Z", "7", " ", "-", "'", "’", "“", "”", "—", "é", "É", "ß", "中",
                "\u{a0}", ".", ",", "said", "has", "also", "that", "to", "according",
                "Says", "Asked ", "he", "ﬁ", "𝐀", "\u{2070}",
            ][..]),
            0..160,
        )) {
            check_scan_words(&pieces.concat());
        }
    }

    #[test]
    fn mentions_that_in_any_case_and_place() {
        for (s, want) in [
            ("that", true),
            ("said that it", true),
            ("THAT", true),
            ("tHaT x", true),
            ("“That”", true),
            ("thats", true),
            ("hat", false),
            ("tha t", false),
            ("thet", false),
            ("th", false),
            ("", false),
            ("é that", true),
            ("thaté", true),
            ("th at", false),
        ] {
            assert_eq!(mentions_that(s), want, "{s:?}");
            if !want {
                assert!(that_within(s, 14).is_none(), "{s:?}");
            }
        }
    }

    /// What [`complement_by_first_word`] settles, as the readings in full find it; and
    /// [`short_adverbial`] read word by word as by its grammar.
    fn check_complement_shortcuts(i: &str) {
        if let Some(found) = complement_by_first_word(i) {
            assert_eq!(found, complement_after_hearer(i), "{i:?}");
        }
        assert_eq!(
            short_adverbial_read(i).ok(),
            short_adverbial_grammar(i).ok(),
            "{i:?}"
        );
        if let Ok((_, w)) = word(i.trim_start_space()) {
            assert_eq!(is_adverbial_head(w), is_adverbial_head_grammar(w), "{w:?}");
        }
    }

    #[test]
    fn complement_shortcuts_read_as_the_grammar() {
        for i in [
            "",
            " ",
            ",",
            " that",
            " that.",
            " that it failed",
            " That, he said, was that",
            " THAT\u{a0}it failed",
            ", that it failed",
            " thatcher is gone",
            " on Thursday that it failed",
            " on Thursday it failed",
            " in a statement on Monday he would run",
            " in a televised address that the plan failed",
            " in Vienna he hoped",
            " at Davos they would",
            " to be named",
            " to reporters",
            " about it.",
            " about half of the adjustment reflected it",
            " nearly 40 percent of voters agree",
            " no one was hurt",
            " no to the deal",
            " running for president is tough",
            " during a tour of news shows",
            ", adding he would",
            ", Syria remains a priority",
            " last week the plan failed",
            " this plan will fail",
            " Thursday he would run",
            " recently that it failed",
            " however, that it failed",
            " quickly that it failed",
            " by phone that it failed",
            " he would run",
            " Mr. Trump would run",
            " U.S. officials were wrong",
            " and that was that",
            " “We will win.”",
            " — and mass shootings",
            " 2016 was a year",
            " élan is gone",
        ] {
            check_complement_shortcuts(i);
        }
    }

    proptest::proptest! {
        /// The shortcuts of [`complement`] and [`short_adverbial`] against the readings
        /// in full, on strings of their words, marks and spaces.
        #[test]
        fn complement_shortcuts_read_as_the_grammar_on_any_mix(
            pieces in proptest::collection::vec(
                proptest::sample::select(&[
                    " ", " ", " ", ", ", ",", "\u{a0}", "that", "That", "THAT", "to", "To",
                    "in", "at", "on", "by", "about", "over", "for", "during", "last", "this",
                    "Thursday", "today", "week", "however", "recently", "quickly", "also",
                    "a", "the", "his", "statement", "rally", "interview", "news",
                    "conference", "2016", "he", "she", "they", "Trump", "Mr.", "U.S.",
                    "no", "one", "was", "nearly", "half", "running", "taxes", "hurts",
                    "is", "and", "reporters", "Vienna", "would", "said", "“", "—", ".",
                    "é", "ing",
                ][..]),
                0..14,
            )
        ) {
            let i = pieces.concat();
            check_complement_shortcuts(&i);
            for takes_object in [false, true] {
                // (Its debug assertions hold it to the readings in full.)
                complement(&i, takes_object);
            }
        }
    }

    #[test]
    fn no_complement_only_where_there_is_none() {
        for (i, takes_object, want) in [
            (": “We will win.”", false, true),
            (" — and mass shootings", false, true),
            (" “fire” in a theater.", false, true),
            (" $1 million", true, true),
            ("", false, true),
            (" and that the plan failed", false, true),
            (" as Syed Farook.", false, true),
            (" or not.", false, true),
            (" but it failed.", false, true),
            // A hearer may open with a word that is no stop word.
            (" and reporters that it failed", true, false),
            (" and, he said", false, false),
            (" andrew was right", false, false),
            (", Syria remains a priority", false, false),
            (" he would run", false, false),
            (" on Thursday that it failed", false, false),
            (" ‘maybe’", false, true),
            (" élan is gone", false, false),
        ] {
            assert_eq!(no_complement(i, takes_object), want, "{i:?}");
            if want {
                assert_eq!(complement(i, takes_object), None, "{i:?}");
            }
        }
    }

    #[test]
    fn word_starts_by_runs_are_the_word_starts() {
        for s in [
            "",
            " ",
            "said",
            "He said: ",
            "the U.S. State Department’s spokesman, Mr. Smith, told reporters, ",
            "rock’n’roll isn't dead—it's 2016-17, co-founder O'Brien said \u{a0}“",
            "Café owner Zoë Ölund said Ŝ 12é3 ab-é ’x 'y .z é.b a\u{a0}b a\u{2013}b",
            "中文 ×ab ab× 3.5% CNN/ORC A&M ... --x x-- ’’ ''",
        ] {
            let want: Vec<usize> = word_starts_rev(s).collect();
            let got: Vec<usize> = word_starts_rev_by_runs(s).map(|(at, _)| at).collect();
            for (at, run_end) in word_starts_rev_by_runs(s) {
                assert_eq!(word_at_run(s, at, run_end), word(&s[at..]), "{s:?} at {at}");
            }
            assert_eq!(got, want, "{s:?}");
            for n in 0..s.len() {
                if s.is_char_boundary(n) {
                    let want: Vec<usize> = word_starts_rev(&s[..n]).collect();
                    let got: Vec<usize> =
                        word_starts_rev_by_runs(&s[..n]).map(|(at, _)| at).collect();
                    for (at, run_end) in word_starts_rev_by_runs(&s[..n]) {
                        let t = &s[..n];
                        assert_eq!(word_at_run(t, at, run_end), word(&t[at..]), "{t:?} at {at}");
                    }
                    assert_eq!(got, want, "{:?}", &s[..n]);
                }
            }
        }
    }

    #[test]
    fn pronoun_list_is_lower_case() {
        // `leading_subject` tells a word with an ASCII capital no pronoun without asking.
        let pronouns = lexicon().list("pronoun");
        assert!(!pronouns.is_empty());
        for w in pronouns {
            assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w:?}");
        }
    }

    #[test]
    fn initials_may_be_letters_of_any_script() {
        // A letter of two bytes between full stops: "É.É." is one word.
        assert_eq!(word("É.É. said"), Ok((" said", "É.É.")));
        assert_eq!(word("xé. said").map(|(_, w)| w), Ok("xé"));
    }

    #[test]
    fn joining_words_in_any_case() {
        let words = [
            "then", "but", "so", "yet", "also", "and", "in", "of", "for", "by", "now",
        ];
        for w in [
            "then", "THEN", "Then", "but", "But", "so", "SO", "yet", "also", "Also", "and", "AND",
            "in", "In", "of", "for", "For", "by", "now", "Now", "the", "tHe", "an", "on", "bit",
            "ant", "thin", "alsO", "b@t", "[n", "`n", "i", "", "fours", "é", "ín", "ÉN",
        ] {
            let expected = words.iter().any(|j| w.eq_ignore_ascii_case(j));
            assert_eq!(is_joining_word(w), expected, "{w:?}");
        }
    }

    fn after(w: &str) -> Option<(&str, &str, &'static str)> {
        after_frame(w).map(|f| (&w[f.speaker.range()], &w[f.cue.span.range()], f.rule))
    }

    fn before(w: &str) -> Option<(&str, &str, bool)> {
        lead_in(w).map(|f| (&w[f.speaker.range()], &w[f.cue.span.range()], f.whole))
    }

    #[test]
    fn after_frames() {
        assert_eq!(
            after(" the US State Department said."),
            Some(("the US State Department", "said", "quote_speaker_verb"))
        );
        assert_eq!(
            after(" said Mr. Smith, the head of the agency."),
            Some(("Mr. Smith", "said", "quote_verb_speaker"))
        );
        assert_eq!(
            after(" he said after the talks ended."),
            Some(("he", "said", "quote_speaker_verb"))
        );
        assert_eq!(
            after(" Smith told reporters on Thursday."),
            Some(("Smith", "told", "quote_speaker_verb"))
        );
        assert_eq!(
            after(" Smith also added."),
            Some(("Smith", "also added", "quote_speaker_verb"))
        );
        assert_eq!(
            after(", according to a statement."),
            Some(("a statement", "according to", "quote_according_to"))
        );
        assert_eq!(
            after(" — Jane Doe"),
            Some(("Jane Doe", "", "quote_dash_speaker"))
        );
        assert_eq!(
            after(" David Schenker, the State Department’s top official, said."),
            Some((
                "David Schenker, the State Department’s top official",
                "said",
                "quote_speaker_verb"
            ))
        );
        assert_eq!(after(" and the crowd went wild."), None);
        // A verb that acts on its object does not invert: "dismissed the claims" is
        // the verb and what was dismissed.
        assert_eq!(after(", dismissed the claims."), None);
        assert_eq!(
            after(", added the minister."),
            Some(("the minister", "added", "quote_verb_speaker"))
        );
        // "about" bounds a quantity ("about half said"); before a noun it does not.
        assert_eq!(
            after(" about half said."),
            Some(("about half", "said", "quote_speaker_verb"))
        );
        assert_eq!(after(" about the state of the finances."), None);
    }

    #[test]
    fn lead_in_frames() {
        assert_eq!(before("Smith said: "), Some(("Smith", "said", true)));
        // An infinitive after a phrase of its own shares the sentence's subject.
        assert_eq!(
            before("Trump took to Truth Social to claim the election had been "),
            Some(("Trump", "claim", false))
        );
        // … and after a noun of people, a preposition before a name.
        assert_eq!(
            before("Analysts at Goldman Sachs cut their target, saying: "),
            Some(("Analysts at Goldman Sachs", "saying", true))
        );
        // "of" goes on with a title in the sentence's subject.
        assert_eq!(
            before("Former Secretary of State Madeleine Albright urged women to vote, saying, "),
            Some((
                "Former Secretary of State Madeleine Albright",
                "saying",
                true
            ))
        );
        // A gerund after an attribution that closes the clause shares its speaker.
        assert_eq!(
            before(
                "Iran will not return to talks, Foreign Minister Abbas Araghchi said on Tuesday, dismissing the offer as "
            ),
            Some(("Foreign Minister Abbas Araghchi", "dismissing", false))
        );
        assert_eq!(
            before(
                "Rahm Emanuel, his chief of staff, urged a strong stand, saying that otherwise he would "
            ),
            Some(("Rahm Emanuel", "saying", false))
        );
        assert_eq!(
            before("In a statement, the ministry said, "),
            Some(("the ministry", "said", true))
        );
        assert_eq!(
            before("He told reporters on Thursday: "),
            Some(("He", "told", true))
        );
        assert_eq!(
            before("Sen. Ted Cruz (R-Texas) said that "),
            Some(("Sen. Ted Cruz (R-Texas)", "said", true))
        );
        assert_eq!(
            before("Iraqi Prime Minister Mustafa Al Kadhimi said their success would depend on "),
            Some(("Iraqi Prime Minister Mustafa Al Kadhimi", "said", false))
        );
        assert_eq!(
            before("Abdul Karim Hashim, the deputy minister, said "),
            Some(("Abdul Karim Hashim, the deputy minister", "said", true))
        );
        assert_eq!(before("The weather was fine and "), None);
    }

    #[test]
    fn a_group_is_judged_by_the_noun_before_its_modifier() {
        assert!(is_plausible_speaker("people familiar with her thinking"));
        assert!(is_plausible_speaker(
            "proponents of more controls on hate speech here"
        ));
        assert!(all_speaker_words("people familiar with her thinking"));
        assert!(!all_speaker_words(
            "people familiar with her thinking say she"
        ));
    }

    #[test]
    fn role_nouns_of_any_trade_stand_in_a_leading_subject() {
        let s = "Former United defender Gary Neville was less forgiving.";
        assert_eq!(
            leading_subject(s).map(|sp| &s[sp.range()]),
            Some("Former United defender Gary Neville")
        );
    }

    /// `subject_appositive` finds what `appositive_after` finds, and turns away without
    /// asking what no "the", "a" or capital follows.
    #[test]
    fn subject_appositives_are_those_after_a_comma_the_a_or_a_capital() {
        for (phrase, rest) in [
            ("Rachel Moss", ", the Chancellor, said"),
            (
                "Rachel Moss",
                ",  a senior fellow at the Brookings Institution, said",
            ),
            ("Rachel Moss", ", an economist, said"),
            ("the Chancellor", ", Rachel Moss, dismissed"),
            ("the Chancellor", ",\u{a0}Rachel Moss, dismissed"),
            ("the Chancellor", ", Éric Moss, dismissed"),
            ("Ferguson", ", however, had"),
            ("Trump", ", who spoke, said"),
            ("Trump", ", the"),
            ("Trump", ","),
            ("Trump", ", , said"),
            ("Trump", " said"),
        ] {
            assert_eq!(
                subject_appositive(phrase, rest),
                appositive_after(phrase, rest, false),
                "{rest:?}"
            );
        }
        assert!(subject_appositive("Rachel Moss", ", the Chancellor, said").is_some());
        assert!(subject_appositive("the Chancellor", ", Rachel Moss, dismissed").is_some());
    }

    /// `capitalised_head` vouches only for phrases that have a speaker head, and takes
    /// those that end in a capitalised word and open with no "n".
    #[test]
    fn a_capitalised_head_is_a_speaker_head() {
        for (phrase, taken) in [
            ("Mr. Rubio", true),
            ("He", true),
            ("The Republican Party", true),
            ("Ayotte’s", true),
            ("O'", true),
            ("Éric", true),
            ("U.S.", true),
            ("None", false),
            ("No One", false),
            ("Nobody", false),
            ("NOTHING", false),
            ("New York", false),
            ("the minister", false),
            ("the é", false),
            ("'s", false),
        ] {
            let last = phrase.rsplit_space().next().unwrap();
            assert_eq!(capitalised_head(phrase, last), taken, "{phrase:?}");
            assert!(
                !taken || has_speaker_head_ending(phrase, phrase, last),
                "{phrase:?}"
            );
        }
    }

    #[test]
    fn stops_and_apostrophes_are_trimmed_as_by_the_general_trim() {
        for w in [
            "", ".", "'", "’", "a", "U.S.", "Jones'", "Jones’", "a.’.'", "’’", "é.", "x’s", "..a",
        ] {
            assert_eq!(
                trim_end_stops_and_apostrophes(w),
                w.trim_end_matches(['.', '\'', '’']),
                "{w:?}"
            );
        }
    }

    #[test]
    fn words_keep_abbreviation_stops() {
        assert_eq!(word("U.S. troops").unwrap().1, "U.S.");
        assert_eq!(word("Mr. Smith").unwrap().1, "Mr.");
        assert_eq!(word("troops. Then").unwrap().1, "troops");
    }

    #[test]
    fn one_pass_finds_the_last_words_and_the_last_opener_among_them() {
        let cases = [
            ("", 3),
            ("that", 3),
            ("a b that c", 3),
            ("a that b c d", 3),
            ("that  a b", 2),
            ("if a  when b c", 4),
            ("x y z", 14),
        ];
        for (s, n) in cases {
            let words = last_words(s, n);
            let piece = words.split(' ').rfind(|w| is_clause_opener(w.as_bytes()));
            let (fused_words, fused_piece) = last_words_and_piece(s, n, is_clause_opener);
            assert_eq!((fused_words, fused_piece), (words, piece), "{s:?} {n}");
            // The piece is a slice of the words, where the caller measures offsets.
            if let Some(p) = fused_piece {
                assert!(offset(fused_words, p) + p.len() <= fused_words.len());
            }
        }
    }

    #[test]
    fn spaces_rev_finds_every_space_from_the_last() {
        // Every text of up to 40 bytes over a space, a letter, a tab and a two-byte
        // char, by the bits of a counter (spaces at every place of every block, and
        // short and whole blocks), and longer texts of words.
        let pieces: [&[u8]; 4] = [b" ", b"a", b"\t", "é".as_bytes()];
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for len in 0..=12u32 {
            for n in 0..4usize.pow(len.min(8)) {
                let mut text = Vec::new();
                let mut rest = n;
                for k in 0..len {
                    text.extend_from_slice(pieces[(rest + k as usize) % 4]);
                    rest /= 4;
                }
                texts.push(text);
            }
        }
        for words in 1..30 {
            let text: Vec<String> = (0..words).map(|k| "w".repeat(k % 7 + 1)).collect();
            texts.push(text.join(" ").into_bytes());
            texts.push(text.join("  ").into_bytes());
        }
        for b in &texts {
            let plain: Vec<usize> = (0..b.len()).rev().filter(|&k| b[k] == b' ').collect();
            assert_eq!(spaces_rev(b).collect::<Vec<_>>(), plain, "{b:?}");
        }
    }

    #[test]
    fn the_plain_last_word_is_the_last_piece() {
        // Every text of up to six pieces of a space, a letter, a full stop, a tab, a
        // no-break space and a control char: where the pass tells a start, the split
        // agrees.
        let pieces = [" ", "a", ".", "\t", "\u{a0}", "\u{1}"];
        for len in 0..=6u32 {
            for n in 0..6usize.pow(len) {
                let mut text = String::new();
                let mut rest = n;
                for _ in 0..len {
                    text.push_str(pieces[rest % 6]);
                    rest /= 6;
                }
                let Some(k) = ascii_last_word_start(&text) else {
                    continue;
                };
                let s = text.as_str();
                assert_eq!(
                    Some(&s[k..]),
                    s.trim_end_space().rsplit_space().next(),
                    "{s:?}"
                );
                let split = (k > 0).then(|| (&s[..k - 1], &s[k..]));
                assert_eq!(split, s.rsplit_once(is_space), "{s:?}");
            }
        }
        assert_eq!(ascii_last_word_start("his remarks"), Some(4));
        assert_eq!(ascii_last_word_start("remarks"), Some(0));
        assert_eq!(ascii_last_word_start("his remarks "), None);
    }

    #[test]
    fn clause_openers_are_told_by_the_shape_table() {
        for w in CLAUSE_OPENERS {
            assert!(is_clause_opener(w.as_bytes()), "{w}");
        }
        for w in ["", "he", "said", "That", "thats", "sinc", "Whether", "a"] {
            assert!(!is_clause_opener(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn the_short_word_tests_agree_with_the_lower_casing_ones() {
        // Every word the lists hold, and others: in every case, longer, non-ASCII.
        let words = [
            "on",
            "in",
            "at",
            "after",
            "before",
            "during",
            "while",
            "when",
            "as",
            "to",
            "from",
            "outside",
            "via",
            "last",
            "this",
            "earlier",
            "later",
            "adding",
            "noting",
            "citing",
            "referring",
            "speaking",
            "with",
            "about",
            "of",
            "over",
            "despite",
            "unless",
            "although",
            "though",
            "because",
            "since",
            "until",
            "without",
            "throughout",
            "among",
            "amid",
            "besides",
            "beyond",
            "under",
            "for",
            "by",
            "if",
            "once",
            "unlike",
            "like",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "yesterday",
            "today",
            "tonight",
            "back",
            "even",
            "perhaps",
            "still",
            "yet",
            "now",
            "then",
            "meanwhile",
            "however",
            "instead",
            "indeed",
            "finally",
            "also",
            "Trump",
            "the",
            "",
            "throughoutx",
            "ín",
            "Ön",
            "on\u{a0}",
            "nevertheless",
            "Reportedly",
        ];
        for w in words {
            let mut chars = w.chars();
            let capitalised: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            for w in [
                w.to_string(),
                capitalised,
                w.to_uppercase(),
                w.to_ascii_uppercase(),
            ] {
                assert_eq!(adverbial_start(&w), is_adverbial_start(&w), "{w:?}");
                assert_eq!(
                    short_lower_is(&w, opens_adverbial_lower),
                    opens_adverbial(&w),
                    "{w:?}"
                );
                // (`opens_with_adverbial` checks itself against the old test.)
                opens_with_adverbial(&w, &mut None);
            }
        }
    }

    /// `ADVERBIAL_WORDS`, `TIME_NOUN_WORDS` and `DAY_WORDS` are words of the tests their shapes
    /// stand before, and every word of at most four letters that one of them accepts is
    /// listed and has its shape (the longer ones are checked in the debug assertions of
    /// `adverbial_start`, `opens_with_adverbial` and `subject_next_to_verb` against the
    /// old tests).
    #[test]
    fn shaped_words_hold_the_tests_words() {
        for w in DAY_WORDS {
            assert!(is_day_word_lower(w), "{w:?}");
        }
        for w in ADVERBIAL_WORDS.iter().chain(&DAY_WORDS) {
            assert!(opens_with_adverbial_lower(w), "{w:?}");
            let w = std::str::from_utf8(w).unwrap();
            let mut capitalised = w.to_string();
            capitalised[..1].make_ascii_uppercase();
            for w in [w, &capitalised, &w.to_ascii_uppercase()] {
                assert!(may_be_adverbial_word(w), "{w:?}");
            }
        }
        for w in TIME_NOUN_WORDS.iter().chain(&DAY_WORDS) {
            let w = std::str::from_utf8(w).unwrap();
            assert!(is_time_noun(w), "{w:?}");
            assert!(has_word_shape(&TIME_NOUN_SHAPES, w), "{w:?}");
            assert!(
                has_word_shape(&TIME_NOUN_SHAPES, &w.to_ascii_uppercase()),
                "{w:?}"
            );
        }
        crate::lexicon::each_small_word(4, |word| {
            let w = word.as_bytes();
            let day = DAY_WORDS.contains(&w);
            let listed = day || ADVERBIAL_WORDS.contains(&w);
            assert_eq!(opens_with_adverbial_lower(w), listed, "{word:?}");
            assert!(!listed || may_be_adverbial_word(word), "{word:?}");
            let listed = day || TIME_NOUN_WORDS.contains(&w);
            assert_eq!(is_time_noun(word), listed, "{word:?}");
            assert!(
                !listed || has_word_shape(&TIME_NOUN_SHAPES, word),
                "{word:?}"
            );
        });
    }
}
