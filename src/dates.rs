//! Time expressions in news prose ("on Thursday", "June 11, 2020", "last week") and
//! their resolution against a publication date.
//!
//! The scanner looks for expressions at word starts only. A word that starts no
//! expression is dismissed by one table lookup; the others go to a nom parser whose
//! every production reads a bounded number of characters (words of at most nine
//! letters, numbers of at most four digits, at most three characters of space between
//! words), so an attempt costs O(1) and a scan is linear in the text, whatever it holds
//! (a test runs 256 KiB each of "on on on …", digits and near-misses). After a match the
//! scan resumes at the match's end; after a failure, at the next word start. Spans are
//! half-open byte offsets into the caller's text, on char boundaries, and include the
//! leading preposition ("on Thursday", "since 2014").
//!
//! # Grammar
//!
//! Keywords are matched without regard to case; month and weekday names must start with
//! a capital ("June", "JUNE", not "june"). Every word and number must end at a word
//! boundary: "Mondays" is no weekday, "20080" no year.
//!
//! ```text
//! expression     = "since" ws ( point | month_full | year ) | point ;
//! point          = on_phrase | in_phrase | last_phrase | next_phrase | this_phrase
//!                | nearby_phrase | ago_phrase | weekend_phrase | calendar_date
//!                | month_year | weekday_phrase | deictic ;
//! on_phrase      = "on" ws ( calendar_date | weekday_phrase ) ;
//! in_phrase      = "in" ws [ part ] ( month_year | month_full | year ) ;
//! part           = ( "early" | "mid" | "late" ) ( ws | "-" ) ;
//! last_phrase    = "last" ws ( period | "weekend" | "night" | weekday | month_full ) ;
//! next_phrase    = "next" ws ( period | weekday | month_full ) ;
//! this_phrase    = "this" ws ( period | "morning" | "afternoon" | "evening" ) ;
//! nearby_phrase  = ( "earlier" | "later" ) ws ( "today" | "this" ws period ) ;
//! ago_phrase     = count ws unit ws "ago" ;
//! weekend_phrase = ( "over" | "at" ) ws "the" ws "weekend" ;
//! calendar_date  = iso_date
//!                | month_any ws day [ year_suffix ]
//!                | day ws month_any [ year_suffix ] ;
//! year_suffix    = [ "," ] ws year ;
//! month_year     = month_any ws year ;
//! weekday_phrase = [ ( "early" | "late" ) ws [ "on" ws ] ] weekday
//!                  ( [ "," ] ws calendar_date
//!                  | ws "last" ws "week"
//!                  | [ ws day_part ] ) ;
//! deictic        = "yesterday" | "today" | "tonight" ;
//! period         = "week" | "month" | "year" ;
//! day_part       = "morning" | "afternoon" | "evening" | "night" ;
//! count          = "a" | "an" | "one" | "two" | … | "twelve" | digit{1,3} ;
//! unit           = ( "day" | "week" | "month" | "year" ) [ "s" ] ;
//! iso_date       = digit{4} "-" digit{2} "-" digit{2} ;
//! day            = digit{1,2} [ "st" | "nd" | "rd" | "th" ] ;      (* 1 to 31 *)
//! year           = digit{4} ;                                      (* 1000 to 2999 *)
//! month_full     = "January" | "February" | … | "December" ;
//! month_any      = month_full
//!                | ( "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug"
//!                  | "Sep" | "Sept" | "Oct" | "Nov" | "Dec" ) [ "." ] ;
//! weekday        = "Monday" | "Tuesday" | … | "Sunday" ;
//! ws             = 1 to 3 of space, tab, no-break space, CR, LF (one LF at most) ;
//! ```
//!
//! A month name never stands alone: it needs a day number ("May 11", "11 May"), a year
//! ("May 2020") or a preposition ("in May", "since May", "last May"), so "Theresa May
//! said" and "March on Washington" are not dates. Abbreviated months need a number.
//! A number ends where no letter, digit or `%` follows, nor `.`, `,`, `:` or `/` with a
//! digit after it ("11.5", "2,000", "10:30" are no days).
//!
//! # Resolution
//!
//! Against a publication date `P`:
//!
//! | expression | date | precision |
//! |---|---|---|
//! | "June 11, 2020", "2020-06-11", "January 2020", "in 2008" | as written | day, month, year |
//! | "June 11", "11 June" | the latest June 11 on or before `P` | day |
//! | "in January" | the latest January starting on or before `P` | month |
//! | "last June" / "next June" | the nearest June before / after `P`'s month | month |
//! | "Thursday", "on Thursday", "Thursday night" | the latest Thursday on or before `P` (`P` itself counts) | day |
//! | "last Thursday" / "next Thursday" | the latest before / earliest after `P` (`P` excluded) | day |
//! | "on Monday last week" | that day of the week before `P`'s (weeks start on Monday) | day |
//! | "today", "tonight", "this morning", "earlier today" | `P` | day |
//! | "yesterday", "last night" | the day before `P` | day |
//! | "this week", "last week", "next week", "earlier this week" | the week (Monday to Sunday): its month when it lies in one month, else its Monday | month or day |
//! | "over the weekend" / "last weekend" | the latest Saturday on or before `P` / the Saturday before `P`'s week, with Sunday: its month when both lie in one month, else the Saturday | month or day |
//! | "this month", "last month", "earlier this month" | `P`'s month, the one before | month |
//! | "this year", "last year", "earlier this year" | `P`'s year, the one before | year |
//! | "two days ago", "3 weeks ago" | `P` minus 2 days, minus 21 days | day |
//! | "six months ago", "a year ago" | `P`'s month minus 6, `P`'s year minus 1 | month, year |
//! | "since …" | the date of what follows (the start of the period) | |
//!
//! Tense is ignored: "June 11" and "Thursday" look back even in "will meet on
//! Thursday". "next …" and "later …" look forward and are marked `future`. Expressions
//! about the past never resolve after `P` (a property test holds this).
//!
//! Not supported: vague spans ("recently", "in recent weeks", "a few days ago"), seasons
//! and decades ("last spring", "in the 1990s"), clock times, ranges ("June 11-12" gives
//! June 11), dates relative to another date ("the day before", "a week later"),
//! "this Thursday", "the 11th of June", numeric dates other than ISO ("11/06/2020"),
//! abbreviated weekdays. A bare year after "in" may be a count ("in 2000 cases"), and
//! names made of these words are read as dates ("the Sunday Times", "the Good Friday
//! Agreement", the BBC's "Today" programme).

use crate::date::{Date, DatePrecision};
use crate::lanes::{ONES, gather_flags};
use crate::lexicon::with_short_lower;
use crate::segment::{ceil_boundary, floor_boundary, is_alphanumeric};
use crate::span::Span;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{map, map_opt, opt, recognize, value, verify};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Offset, Parser};

/// A time expression found in a text, resolved to a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimeExpression {
    /// Where it is written, preposition included ("on Thursday").
    pub span: Span,
    /// What it resolved to, at the precision it supports.
    pub date: Date,
    /// True when it was resolved against the publication date ("Thursday", "June 11");
    /// false for a self-contained date ("June 11, 2020", "in 2008").
    pub relative: bool,
    /// True when it points after the publication date ("next week", "later this
    /// month"): not a time a statement was made.
    pub future: bool,
    /// True for "since …": the start of a period, not a point in time.
    pub since: bool,
}

/// Every time expression in `text[window]`, in text order, with spans that are
/// absolute offsets into `text`.
///
/// A window reaching past the text or off a char boundary is narrowed to what lies
/// inside. Expressions that need `published` ("on Thursday", "June 11") are skipped
/// when it is `None` or too coarse ("yesterday" against a month-precise date), as are
/// days that do not exist ("February 30, 2020"). Linear in the window's length.
pub(crate) fn time_expressions(
    text: &str,
    window: Span,
    published: Option<Date>,
) -> Vec<TimeExpression> {
    let window = narrowed(text, window);
    // About a third of the windows are shorter than any expression (the few bytes
    // between a sentence's start and its speaker, most often none): not a byte of
    // them need be classed.
    if window.len() < SHORTEST_EXPRESSION {
        debug_assert!(first_phrase(text, window).is_none());
        return Vec::new();
    }
    // Without a publication date only an expression with its year resolves ("June 11,
    // 2020", "in 2008", "2008-06-11"), and a year is four ASCII digits in a row within
    // the window (`digits(4, 4)`, in `year` and `iso_date`): a window without four
    // digits in a row ("3 per cent", "$1.5 million", "2,000"), or without any, holds
    // none.
    let bytes = &text.as_bytes()[window.range()];
    if published.is_none() && !has_four_digits(bytes) {
        return Vec::new();
    }
    // Most windows (a statement's words, the clause before a cue) hold none of the
    // words every expression needs, which one pass over their bytes shows at a small
    // part of the scan's cost.
    if !may_hold_expression_in(text.as_bytes(), window) {
        debug_assert!(
            first_phrase(text, window).is_none(),
            "{:?} holds an expression",
            &text[window.range()]
        );
        return Vec::new();
    }
    let mut found = Vec::new();
    each_phrase(text, window, |span, phrase| {
        found.extend(resolved(span, phrase, published));
    });
    found
}

/// The first expression the scan of [`time_expressions`] parses in `text[window]`
/// (`window` narrowed), resolved or not: what [`may_hold_expression_in`] must foresee.
fn first_phrase(text: &str, window: Span) -> Option<Span> {
    let mut first = None;
    each_phrase(text, window, |span, _| {
        first = first.or(Some(span));
    });
    first
}

/// Calls `each` with every expression parsed in `text[window]` (`window` narrowed: on
/// char boundaries within the text), in text order, whether it resolves or not.
#[inline(always)]
fn each_phrase(text: &str, window: Span, mut each: impl FnMut(Span, Phrase)) {
    let haystack = &text[..window.end];
    let bytes = haystack.as_bytes();
    // An expression is tried only at the first byte of a word: an ASCII letter or digit
    // after no letter or digit (no alphanumeric char, ASCII or not), which the scan
    // finds 64 bytes at a time ([`classes_from`]), so that the letters inside words
    // and the spaces between them cost no step each. The words that start inside an
    // expression already found are passed over (`resume`), as a scan that steps past
    // each expression would. Each block and each word start is read once, and each
    // parse attempt reads a bounded number of chars: the scan is linear.
    let mut resume = window.start;
    let mut block = window.start;
    // Whether the byte before `block` is an ASCII letter or digit.
    let mut carry = block > 0 && bytes[block - 1].is_ascii_alphanumeric();
    while block < window.end {
        let alphanumeric = classes_from(text.as_bytes(), block, window.end).alphanumerics();
        let mut starts = alphanumeric & !(alphanumeric << 1 | u64::from(carry));
        carry = alphanumeric >> 63 != 0;
        // A first pass keeps the starts whose first two bytes may start an expression
        // ([`may_start_pair`], about half of them), with no branch on each: which
        // words pass follows no pattern, and a branch on it was mispredicted on about
        // half of them. The loop below reads the starts kept, in order, as before.
        let mut pairs = 0;
        let mut each_start = starts;
        while each_start != 0 {
            let k = each_start.trailing_zeros();
            each_start &= each_start - 1;
            let at = block + k as usize;
            let pair = may_start_pair(bytes[at], bytes.get(at + 1).copied().unwrap_or(0));
            pairs |= u64::from(pair) << k;
        }
        starts = pairs;
        while starts != 0 {
            let at = block + starts.trailing_zeros() as usize;
            starts &= starts - 1;
            // After a byte that is no ASCII (the last of a char), the bits could not
            // tell whether the char is alphanumeric ("café", "Straße"): it is decoded.
            if at < resume
                || (at > 0
                    && !bytes[at - 1].is_ascii()
                    && text[..at].chars().next_back().is_some_and(is_alphanumeric))
            {
                continue;
            }
            debug_assert!(may_start_pair(
                bytes[at],
                bytes.get(at + 1).copied().unwrap_or(0)
            ));
            if may_start_word(&haystack[at..])
                && !is_part_of_name(haystack, at)
                && let Some((end, phrase)) = phrase_at(haystack, at)
            {
                // Resume after the match even when it does not resolve: its words are
                // taken, and a part of it ("last week" in "on Monday last week") would
                // resolve differently from the whole.
                debug_assert!(end > at);
                each(Span::new(at, end), phrase);
                resume = end;
            }
        }
        block += 64;
    }
}

/// `may_hold_expression_in` over all of `bytes`: how the tests call it.
#[cfg(test)]
fn may_hold_expression(bytes: &[u8]) -> bool {
    may_hold_expression_in(bytes, Span::new(0, bytes.len()))
}

/// False when the bytes of `text[window]` (`window` within `text`) can hold no
/// expression, so the scan need not run. The bytes are read by blocks of 64 from `text`
/// ([`classes_from`]), also past the window's end, and what lies there is set aside.
///
/// Every expression holds four ASCII digits in a row, or a whole word (of three to nine
/// ASCII letters) that is a month name, a month abbreviation or a weekday name with a
/// capital, or a time noun in any case ([`MONTHS`], [`MONTH_ABBREVIATIONS`],
/// [`WEEKDAYS`], [`TIME_NOUNS`]), as each production of the grammar shows:
/// "since" goes before a `point`, a `month_full` or a `year`; `on_phrase` ends in a
/// `calendar_date` or a `weekday_phrase`, `in_phrase` in a `month_year`, a
/// `month_full` or a `year`; `last_phrase`, `next_phrase` and `this_phrase` in a
/// `period`, "weekend", "night", a weekday, a month, "morning", "afternoon" or
/// "evening"; `nearby_phrase` in "today" or a `period`; `ago_phrase` ends in "ago",
/// `weekend_phrase` in "weekend"; a `calendar_date` holds a `day` or is an
/// `iso_date`, `month_year` holds a `year` (digits all); `weekday_phrase` holds a
/// weekday, and `deictic` is "yesterday", "today" or "tonight". Digits stand nowhere
/// else: a `year` and an `iso_date` open with four in a row, a `day` (one or two) only
/// beside a `month_any` (a month name or an abbreviation, with a capital), a count's
/// (one to three) only in an `ago_phrase`, which ends in "ago". So the digits of most
/// numbers ("$1.5 million", "2,000", "10 per cent"), where the window holds no core
/// word, do not call for the scan.
///
/// Such a word is read by `keyword`, `word` or `capitalised`, which end at a word
/// boundary: no alphanumeric char follows it, or the window ends, where the parse's
/// text ends. And it opens the expression, at a word start (after no alphanumeric
/// char) or at the window's start, or it follows `ws` or the "-" of `part`. So among
/// the window's bytes alone it is a whole run of ASCII letters, which is what is tested
/// here: four digits in a row anywhere, or a run whose length, first byte and last
/// letter are a core word's ([`CORE_ENDS`]) and which is one ([`is_core_word`]).
fn may_hold_expression_in(text: &[u8], window: Span) -> bool {
    let end = window.end;
    let mut block = window.start;
    // The window's start is a boundary, whatever stands before it.
    let mut carry = 0;
    // The digits of the block before (none before the window's start).
    let mut digits_before = 0;
    while block < end {
        let classes = classes_from(text, block, end);
        // Bit `k` of `run`: the four bytes that end at `k` are digits (those before
        // the block read from the bits of the block before).
        let digits = classes.digits();
        let run = digits
            & (digits << 1 | digits_before >> 63)
            & (digits << 2 | digits_before >> 62)
            & (digits << 3 | digits_before >> 61);
        if run != 0 {
            return true;
        }
        digits_before = digits;
        let letters = classes.letters();
        // The runs of three letters or more (no core word is shorter): a run that opens
        // at one of the last two bytes may go on in the next block, and is kept.
        let mut starts =
            letters & !(letters << 1 | carry) & (letters >> 1 | 1 << 63) & (letters >> 2 | 3 << 62);
        carry = letters >> 63;
        // A first pass keeps the runs whose first two letters are a core word's
        // ([`CORE_PAIRS`]: nearly none of the common words, "the", "said", "and"), and
        // the one that may go on in the next block, with no branch on what each run
        // is: the bytes words open with follow no pattern, and a test of each start,
        // taken or not, was mispredicted often. One table read a run, and its length
        // is counted only for the few kept. The runs it drops are those
        // `may_be_core_word` turns away below (a run it keeps is read there as before).
        let mut maybe = 0;
        let mut runs = starts;
        while runs != 0 {
            let first = runs.trailing_zeros() as usize;
            runs &= runs - 1;
            let at = block + first;
            // (A run that opens before the block's last two bytes has three letters
            // in the window; one that opens at them is kept below whatever follows.)
            let second = text.get(at + 1).copied().unwrap_or(0);
            let pair = usize::from(text[at] & 0x3f) << 5 | usize::from(second & 0x1f);
            maybe |= (CORE_PAIRS[pair / 64] >> (pair % 64) & 1) << first;
        }
        // The run that reaches the block's last byte, when one does, may go on in the
        // next block: its start is the highest of `starts` (runs do not overlap).
        let reaches_end = (letters >> 63).wrapping_neg();
        maybe |= 1 << 63 >> starts.leading_zeros().min(63) & starts & reaches_end;
        debug_assert_eq!(maybe & !starts, 0);
        starts = maybe;
        while starts != 0 {
            let first = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let at = block + first;
            let mut len = (!(letters >> first)).trailing_zeros() as usize;
            if first + len == 64 {
                // The run may go on in the next block, up to the window's end.
                len = leading_letters(&text[at..end]);
            }
            let word = &text[at..at + len];
            if may_be_core_word(word) && is_core_word(word) {
                return true;
            }
        }
        block += 64;
    }
    false
}

/// The classes of `text[block..end]` (at most 64 bytes of them), bit `k` for
/// `text[block + k]`. A whole block of 64 bytes is read from the text
/// ([`block_flags`]), where the window ends sooner too (the bits past `end` are
/// cleared): the 64 bytes from `block`, or the text's last 64, shifted down; a text
/// shorter than 64 bytes is copied into zeros, which are neither letters nor digits.
#[inline(always)]
fn classes_from(text: &[u8], block: usize, end: usize) -> Classes {
    let (flags, skip) = if let Some(chunk) = text[block..].first_chunk::<64>() {
        (block_flags(chunk), 0)
    } else if let Some(last) = text.last_chunk::<64>() {
        // `text[block..]` is the end of `last`, from `skip` on.
        (block_flags(last), 64 - (text.len() - block))
    } else {
        let mut padded = [0; 64];
        padded[..text.len() - block].copy_from_slice(&text[block..]);
        (block_flags(&padded), 0)
    };
    let keep = match end - block {
        64.. => u64::MAX,
        n => (1 << n) - 1,
    };
    Classes { flags, skip, keep }
}

/// The flags of a block of bytes read by [`classes_from`], and where the window's
/// bytes lie among them: its bits are gathered from the flags only as a scan asks for
/// them, and a digit's only where the block has one.
#[derive(Clone, Copy, Debug)]
struct Classes {
    /// [`block_flags`] of the 64 bytes read.
    flags: [u64; 8],
    /// How many of them come before the block's start.
    skip: usize,
    /// The bits of the block's bytes that lie in the window.
    keep: u64,
}

impl Classes {
    /// Which bytes are ASCII letters.
    #[inline(always)]
    fn letters(&self) -> u64 {
        self.bits(LETTER)
    }

    /// Which bytes are ASCII digits.
    #[inline(always)]
    fn digits(&self) -> u64 {
        // Most blocks hold none: one test of the flags, no gathering.
        let any = self.flags.iter().fold(0, |any, &f| any | f) & (ONES * DIGIT);
        if any == 0 { 0 } else { self.bits(DIGIT) }
    }

    /// Which bytes are ASCII letters or digits.
    #[inline(always)]
    fn alphanumerics(&self) -> u64 {
        self.bits(LETTER | DIGIT)
    }

    /// Which bytes have one of the flags `which`, of the window's bytes.
    #[inline(always)]
    fn bits(&self, which: u64) -> u64 {
        let mut bits = 0;
        for (k, &f) in self.flags.iter().enumerate() {
            // Either flag onto each lane's lowest bit (`f >> 1` moves the letter flag
            // into the lane below's top bit, cleared with the rest).
            let f = f & (ONES * which);
            bits |= gather_flags((f | f >> 1) & ONES) << (8 * k);
        }
        bits >> self.skip & self.keep
    }
}

/// The flag of an ASCII letter in [`block_flags`].
const LETTER: u64 = 1;
/// The flag of an ASCII digit in [`block_flags`].
const DIGIT: u64 = 2;

/// The 64 bytes of `chunk` classed: a byte's lane (eight to a word, little-endian)
/// holds [`LETTER`] for an ASCII letter, [`DIGIT`] for an ASCII digit, else 0. The
/// bytes are classed one by one, a loop of fixed length with no branch that the
/// compiler turns into a few vector compares for the whole block.
#[inline(always)]
fn block_flags(chunk: &[u8; 64]) -> [u64; 8] {
    let mut flags = [0u8; 64];
    for (flag, &b) in flags.iter_mut().zip(chunk) {
        // `| 0x20` folds a capital onto its small letter; no other byte lands on one.
        let letter = (b | 0x20).wrapping_sub(b'a') < 26;
        let digit = b.wrapping_sub(b'0') < 10;
        *flag = u8::from(letter) | u8::from(digit) << 1;
    }
    let mut words = [0; 8];
    for (word, eight) in words.iter_mut().zip(flags.chunks_exact(8)) {
        *word = u64::from_le_bytes(eight.try_into().unwrap_or_default());
    }
    words
}

/// `CORE_ENDS[len * 64 + (first & 0x3f)]` has bit `last & 0x1f` set when a core word
/// of [`may_hold_expression_in`] has `len` letters, opens with the byte `first` (a month
/// name or abbreviation or a weekday name only with a capital; `& 0x3f` keeps a
/// letter's case) and ends with the letter `last`, in either case. Built from the
/// grammar's word lists.
const CORE_ENDS: [u32; 10 * 64] = {
    let mut table = [0; 10 * 64];
    table = mark_core_ends(table, &MONTHS, true);
    table = mark_core_ends(table, &WEEKDAYS, true);
    table = mark_core_ends(table, &MONTH_ABBREVIATION_WORDS, true);
    table = mark_core_ends(table, &TIME_NOUNS, false);
    table
};

/// The words of [`MONTH_ABBREVIATIONS`].
const MONTH_ABBREVIATION_WORDS: [&str; 12] = {
    let mut words = [""; 12];
    let mut k = 0;
    while k < words.len() {
        words[k] = MONTH_ABBREVIATIONS[k].0;
        k += 1;
    }
    words
};

/// Bit `(first & 0x3f) << 5 | (second & 0x1f)` of `CORE_PAIRS` (as a bit array of
/// `u64`s) is set when a core word of [`may_hold_expression_in`] opens with the byte
/// `first` (a month name or abbreviation or a weekday name only with a capital;
/// `& 0x3f` keeps a letter's case), then the letter `second`, in either case
/// (`& 0x1f` folds it). Built from the grammar's word lists, as [`CORE_ENDS`] is.
const CORE_PAIRS: [u64; 32] = {
    let mut pairs = [0; 32];
    pairs = mark_core_pairs(pairs, &MONTHS, true);
    pairs = mark_core_pairs(pairs, &WEEKDAYS, true);
    pairs = mark_core_pairs(pairs, &MONTH_ABBREVIATION_WORDS, true);
    pairs = mark_core_pairs(pairs, &TIME_NOUNS, false);
    pairs
};

/// `pairs` with the first two letters of each of `words` (lower case) marked, opening
/// with a capital only when `capital`.
const fn mark_core_pairs(mut pairs: [u64; 32], words: &[&str], capital: bool) -> [u64; 32] {
    let mut k = 0;
    while k < words.len() {
        let (first, second) = (words[k].as_bytes()[0], words[k].as_bytes()[1] & 0x1f);
        let pair = ((first.to_ascii_uppercase() & 0x3f) as usize) << 5 | second as usize;
        pairs[pair / 64] |= 1 << (pair % 64);
        if !capital {
            let pair = ((first & 0x3f) as usize) << 5 | second as usize;
            pairs[pair / 64] |= 1 << (pair % 64);
        }
        k += 1;
    }
    pairs
}

/// `table` with each of `words` (lower case) marked, opening with a capital only when
/// `capital`.
const fn mark_core_ends(mut table: [u32; 640], words: &[&str], capital: bool) -> [u32; 640] {
    let mut k = 0;
    while k < words.len() {
        let word = words[k].as_bytes();
        let len = word.len();
        let last = 1 << (word[len - 1] & 0x1f);
        table[len * 64 + (word[0].to_ascii_uppercase() & 0x3f) as usize] |= last;
        if !capital {
            table[len * 64 + (word[0] & 0x3f) as usize] |= last;
        }
        k += 1;
    }
    table
}

/// False when no core word of [`may_hold_expression_in`] has the length, first byte and
/// last letter of `word` (ASCII letters): one table read turns away nearly every word.
#[inline(always)]
fn may_be_core_word(word: &[u8]) -> bool {
    match *word {
        [first, .., last] if word.len() < 10 => {
            CORE_ENDS[word.len() * 64 + usize::from(first & 0x3f)] >> (last & 0x1f) & 1 != 0
        }
        _ => false,
    }
}

/// Whether `word` (ASCII letters) is a core word of [`may_hold_expression_in`]: a month
/// name, a month abbreviation or a weekday name with a capital, or a time noun in any
/// case.
fn is_core_word(word: &[u8]) -> bool {
    let is = |list: &[&str]| list.iter().any(|w| w.as_bytes().eq_ignore_ascii_case(word));
    is(&TIME_NOUNS)
        || (word[0].is_ascii_uppercase()
            && (is(&MONTHS) || is(&WEEKDAYS) || is(&MONTH_ABBREVIATION_WORDS)))
}

/// True when `bytes` holds four ASCII digits in a row, from one pass in steps of 32
/// bytes. A step first tests whether its 32 bytes hold a digit at all (most hold none),
/// and only then the runs that start at its 32 places, reading 35 bytes (a run that
/// starts in a step has its first digit there). Both tests are loops of fixed length
/// over an array with no early exit, which the compiler turns into vector compares.
/// The bytes left over are tested the same way: the last 35 bytes, or in a shorter
/// slice a copy padded with zeros, which are no digits.
pub(crate) fn has_four_digits(bytes: &[u8]) -> bool {
    let any_digit =
        |window: &[u8; 35]| (0..32).fold(false, |any, i| any | window[i].is_ascii_digit());
    let runs_from = |window: &[u8; 35]| {
        (0..32).fold(false, |any, i| {
            any | (window[i].is_ascii_digit()
                & window[i + 1].is_ascii_digit()
                & window[i + 2].is_ascii_digit()
                & window[i + 3].is_ascii_digit())
        })
    };
    let mut start = 0;
    while let Some(window) = bytes[start..].first_chunk::<35>() {
        if any_digit(window) && runs_from(window) {
            return true;
        }
        start += 32;
    }
    // Fewer than 35 bytes from `start`. Every run in them starts at one of the first 32
    // places of the last 35 bytes (runs that start before `start` tested already,
    // which changes no answer), or, in a shorter slice, of its bytes padded.
    if bytes.len() - start < 4 {
        return false;
    }
    let last = bytes.last_chunk::<35>().copied().unwrap_or_else(|| {
        let mut padded = [0; 35];
        padded[..bytes.len()].copy_from_slice(bytes);
        padded
    });
    any_digit(&last) && runs_from(&last)
}

/// `MAY_START[b]`: whether a word that opens with byte `b` may start an expression: a
/// digit, or a letter (in either case) that some first word opens with. The scan reads
/// this one entry before [`may_start_expression`] counts the word's letters (today
/// words that open with "b", "c", "h", "p" or "r", among others, start none). Built
/// from [`FIRST_LENGTHS`], so it follows the word lists.
const MAY_START: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_digit() {
            true
        } else if c.is_ascii_alphabetic() {
            // Any pair of first letters with a length marked, for this first letter.
            let first = ((c | 0x20) - b'a') as usize;
            let mut any = false;
            let mut second = 0;
            while second < 27 {
                any = any || FIRST_LENGTHS[first * 27 + second] != 0;
                second += 1;
            }
            any
        } else {
            false
        };
        b += 1;
    }
    table
};

/// False when no expression starts at a word whose first byte is `first`: the first
/// test [`expression_at`] makes on a word, for callers that try many words and can skip
/// the call for most ("the", "reporters", "that").
pub(crate) fn may_start_with(first: u8) -> bool {
    MAY_START[usize::from(first)]
}

/// The time expression that starts at byte `at` of `text`, if any; `at` may also point
/// at up to three characters of space before it ("said| on Thursday").
///
/// `None` when `at` is off the text or a char boundary, inside a word, or when the
/// expression needs a `published` date it does not have.
pub(crate) fn expression_at(
    text: &str,
    at: usize,
    published: Option<Date>,
) -> Option<TimeExpression> {
    let rest = text.get(at..)?;
    // At a word's first letter or digit (where the caller after a reporting verb calls,
    // most often at a word that starts none: "the", "reporters", "that", "in a"), no
    // space is passed over and the expression would start here: the words' tests below
    // are made first, before the space is parsed and the char before decoded.
    if rest
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
        && !may_start_expression(rest)
    {
        // (What the general path below reads: no space before the word, and a word
        // its tests turn away.)
        debug_assert!(ws(rest).is_err());
        return None;
    }
    let (rest, _) = opt(ws).parse(rest).ok()?;
    let start = text.offset(rest);
    let previous_alphanumeric = text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    // The scan's own pre-filter: the caller tries every word after a reporting verb,
    // and most ("that", "the", "in a") start no expression.
    let starts = rest
        .as_bytes()
        .first()
        .is_some_and(|&b| MAY_START[usize::from(b)]);
    if previous_alphanumeric || !starts || !may_start_expression(rest) {
        return None;
    }
    let (end, phrase) = phrase_at(text, start)?;
    resolved(Span::new(start, end), phrase, published)
}

/// [`Date::resolve`]: the whole of `expression` as one expression.
pub(crate) fn resolve_whole(expression: &str, published: Date) -> Option<Date> {
    let (rest, phrase) = expression_phrase(expression.trim()).ok()?;
    if !rest.is_empty() {
        return None;
    }
    phrase.expr.resolve(Some(published))
}

/// `window` cut to `text` and moved inward onto char boundaries.
fn narrowed(text: &str, window: Span) -> Span {
    let end = floor_boundary(text, window.end);
    let start = ceil_boundary(text, window.start.min(end));
    Span::new(start, end)
}

/// "USA Today", "BBC Tonight": a capitalised "Today" or "Tonight" after a capitalised
/// word is the end of a name, not a time.
fn is_part_of_name(haystack: &str, at: usize) -> bool {
    let rest = &haystack[at..];
    if !(rest.starts_with("Today") || rest.starts_with("Tonight")) {
        return false;
    }
    let before = haystack[..at].trim_end_matches(' ');
    before.len() < at
        && before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with('.'))
}

/// A cheap filter before the parser: does `rest` start with a digit, or with a word
/// that some expression starts with and a next word it may go on with?
///
/// Always inlined: the scan calls its two tests once per candidate word, and with a
/// second caller ([`expression_at`]) the compiler would otherwise make it a call.
#[inline(always)]
fn may_start_expression(rest: &str) -> bool {
    match *rest.as_bytes() {
        [first, ref after @ ..] => {
            may_start_pair(first, after.first().copied().unwrap_or(0)) && may_start_word(rest)
        }
        [] => false,
    }
}

/// `MAY_START_PAIR` holds a bit for each pair of bytes `first`, `second` (bit
/// `first * 256 + second`), set when a word that opens with `first`, then `second` (0
/// when nothing follows), may start an expression: `first` is a digit, or a letter and
/// some first word opens with these two letters ([`FIRST_LENGTHS`], whose entry for a
/// second byte that is no letter is the one-letter words'). One table read turns away
/// most words ("of", "it", "was", "with", "the" aside), whatever their length.
const MAY_START_PAIR: [u64; 1024] = {
    let mut table = [0u64; 1024];
    let mut pair = 0;
    while pair < 65536 {
        let (first, second) = ((pair >> 8) as u8, pair as u8);
        let set = if first.is_ascii_digit() {
            true
        } else if first.is_ascii_alphabetic() {
            let second = if second.is_ascii_alphabetic() {
                ((second | 0x20) - b'a') as usize
            } else {
                26
            };
            FIRST_LENGTHS[((first | 0x20) - b'a') as usize * 27 + second] != 0
        } else {
            false
        };
        if set {
            table[pair / 64] |= 1 << (pair % 64);
        }
        pair += 1;
    }
    table
};

/// Whether a word that opens with the bytes `first` and `second` (0 when nothing
/// follows) may start an expression ([`MAY_START_PAIR`]).
#[inline(always)]
fn may_start_pair(first: u8, second: u8) -> bool {
    let pair = usize::from(first) << 8 | usize::from(second);
    MAY_START_PAIR[pair / 64] >> (pair % 64) & 1 != 0
}

/// The rest of [`may_start_expression`] once [`may_start_pair`] holds for `rest`'s
/// first two bytes: the whole first word, and the start of the next.
#[inline(always)]
fn may_start_word(rest: &str) -> bool {
    let letters = leading_letters(rest.as_bytes());
    match letters {
        0 => rest.starts_with(|c: char| c.is_ascii_digit()) && number_may_start(rest),
        1..=9 => {
            let word = &rest[..letters];
            if !may_be_first_word(word.as_bytes()) {
                return false;
            }
            // The parser's own first test on what follows the word ([`may_follow`]),
            // made here so that the common words it turns away cost no parse attempt.
            match first_word(word) {
                Some(kind) => may_follow(kind, &rest[letters..]),
                None => word.eq_ignore_ascii_case("since"),
            }
        }
        _ => false,
    }
}

/// How many ASCII letters open `bytes`, counted up to ten. The scan asks this of
/// every word whose first two letters some first word has ([`may_start_pair`]), most
/// of them: the first eight bytes are tested at once as the lanes of one `u64` (the
/// top bit of each lane that is a letter, set by additions that carry into no other
/// lane), and the first lane without it is the count; only a word of eight letters or
/// more reads on.
#[inline(always)]
fn leading_letters(bytes: &[u8]) -> usize {
    const TOP: u64 = ONES * 0x80;
    let Some(eight) = bytes.first_chunk::<8>() else {
        return bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    };
    let x = u64::from_le_bytes(*eight);
    let folded = x & (ONES * 0x7f) | (ONES * 0x20);
    let letter = (folded + ONES * (0x80 - u64::from(b'a')))
        & !(folded + ONES * (0x80 - u64::from(b'z') - 1))
        & !x
        & TOP;
    // The first lane that is no letter; 8 when all are.
    let count = (!letter & TOP).trailing_zeros() as usize / 8;
    if count < 8 {
        return count;
    }
    8 + bytes[8..]
        .iter()
        .take(2)
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// For a `rest` that opens with a digit: false when no production can parse there,
/// so that most numbers ("$1.5 million", "2,000", "10 per cent", "2016.") cost no parse.
/// A number starts `point` alone ("since" is a word), that is `calendar_date` or
/// `ago_phrase`, and of their forms only three open with a digit: an ISO date (four
/// digits, then "-"); a day ("11", "3rd", at most two digits and a two-letter ordinal)
/// before `ws` and a month name (`month_any`); a count (at most three digits) before
/// `ws`, a unit ("days", "Weeks"), `ws` and "ago". `ws` takes one to three space chars
/// greedily, as here. What follows the space is read to the end of its production:
/// most numbers in news before a capital or a unit's first letter are amounts ("10
/// Democratic voters", "5 million", "15 years during"), and a parse costs more.
fn number_may_start(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    let digits = bytes
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits == 4 {
        return bytes.get(4) == Some(&b'-');
    }
    if digits > 3 {
        return false;
    }
    let ordinal = bytes[digits..]
        .iter()
        .take(2)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    // ASCII bytes so far: a char boundary.
    let mut chars = rest[digits + ordinal..].chars();
    let mut spaces = 0;
    let next = loop {
        let before = chars.as_str();
        match chars.next() {
            Some(' ' | '\t' | '\r' | '\n' | '\u{a0}' | '\u{202f}') if spaces < 3 => spaces += 1,
            Some(c) => break Some((c, before)),
            None => break None,
        }
    };
    spaces > 0
        && next.is_some_and(|(c, after)| {
            (c.is_ascii_uppercase() && month_any(after).is_ok())
                || (matches!(c.to_ascii_lowercase(), 'd' | 'w' | 'm' | 'y') && unit_ago(after))
        })
}

/// Whether `i` opens with the end of an `ago_phrase`: unit ws "ago" ("days ago").
fn unit_ago(i: &str) -> bool {
    (unit, ws, keyword("ago")).parse(i).is_ok()
}

/// The words an expression can start with besides the months, their abbreviations, the
/// weekdays and the counts ([`MONTHS`], [`MONTH_ABBREVIATIONS`], [`WEEKDAYS`],
/// [`COUNTS`]): the words [`first_word`] knows, and "since", lower case.
const OTHER_FIRST_WORDS: [&str; 17] = [
    "on",
    "in",
    "last",
    "next",
    "this",
    "earlier",
    "later",
    "over",
    "at",
    "early",
    "late",
    "yesterday",
    "today",
    "tonight",
    "a",
    "an",
    "since",
];

/// Every word an expression can start with, from the lists the grammar reads.
#[cfg(test)]
fn first_words() -> impl Iterator<Item = &'static str> {
    OTHER_FIRST_WORDS
        .into_iter()
        .chain(WEEKDAYS)
        .chain(COUNTS)
        .chain(MONTHS)
        .chain(MONTH_ABBREVIATIONS.map(|(w, _)| w))
}

/// Index of a word's first two letters in [`FIRST_LENGTHS`] (27 for the second: a
/// one-letter word has none). `word` is ASCII letters, one to nine of them.
const fn prefix_index(word: &[u8]) -> usize {
    let first = ((word[0] | 0x20) - b'a') as usize;
    let second = if word.len() > 1 {
        ((word[1] | 0x20) - b'a') as usize
    } else {
        26
    };
    first * 27 + second
}

/// For each pair of first letters, the lengths (as bits) of the words an expression can
/// start with that start with it.
const FIRST_LENGTHS: [u16; 26 * 27] = FIRST_TABLES.0;

/// For each pair of first letters ([`prefix_index`]), the last letters (as bits, `a` the
/// lowest) of the words an expression can start with that start with it: "that",
/// "than" and "them", commoner than any first word, share "this"'s first letters and
/// length, not its last letter.
const FIRST_LASTS: [u32; 26 * 27] = FIRST_TABLES.1;

/// [`FIRST_LENGTHS`] and [`FIRST_LASTS`], built in one walk over the word lists an
/// expression can start with.
const FIRST_TABLES: ([u16; 26 * 27], [u32; 26 * 27]) = {
    let mut tables = ([0u16; 26 * 27], [0u32; 26 * 27]);
    tables = mark_first_words(tables, &OTHER_FIRST_WORDS);
    tables = mark_first_words(tables, &WEEKDAYS);
    tables = mark_first_words(tables, &COUNTS);
    tables = mark_first_words(tables, &MONTHS);
    let mut k = 0;
    while k < MONTH_ABBREVIATIONS.len() {
        tables = mark_first_words(tables, &[MONTH_ABBREVIATIONS[k].0]);
        k += 1;
    }
    tables
};

/// `tables` with the first letters of each of `words` marked with its length (in the
/// first) and its last letter (in the second).
const fn mark_first_words(
    mut tables: ([u16; 26 * 27], [u32; 26 * 27]),
    words: &[&str],
) -> ([u16; 26 * 27], [u32; 26 * 27]) {
    let mut k = 0;
    while k < words.len() {
        let word = words[k].as_bytes();
        let prefix = prefix_index(word);
        tables.0[prefix] |= 1 << word.len();
        tables.1[prefix] |= 1 << ((word[word.len() - 1] | 0x20) - b'a');
        k += 1;
    }
    tables
}

/// False when no word an expression starts with has the first two letters and the length of
/// `word` (one to nine ASCII letters), or those first letters and its last letter: most
/// words ("the", "said", "that") are turned away by two table reads, before the full
/// comparison.
fn may_be_first_word(word: &[u8]) -> bool {
    let prefix = prefix_index(word);
    let last = (word[word.len() - 1] | 0x20) - b'a';
    FIRST_LENGTHS[prefix] & (1 << word.len()) != 0 && FIRST_LASTS[prefix] >> last & 1 != 0
}

/// The expression parsed at `at` of `haystack`, with its end offset.
fn phrase_at(haystack: &str, at: usize) -> Option<(usize, Phrase)> {
    let (rest, phrase) = expression_phrase(&haystack[at..]).ok()?;
    let end = haystack.offset(rest);
    debug_assert!(end - at <= LONGEST_EXPRESSION, "{:?}", &haystack[at..end]);
    Some((end, phrase))
}

/// No expression is longer than this, in bytes. The longest the grammar reads is
/// 105: "since" ws "on" ws "early" ws "on" ws weekday "," ws month_any ws day "," ws
/// year, with the longest words (9 letters), days ("31st") and `ws` (three chars of
/// three bytes each, U+202F): 5 + 9 + 2 + 9 + 5 + 9 + 2 + 9 + 9 + 1 + 9 + 9 + 9 + 4 +
/// 1 + 9 + 4. (Every other production is shorter: a calendar date is at most 37
/// bytes, and only "since", "on" and "early on" go before one.)
pub(crate) const LONGEST_EXPRESSION: usize = 128;

/// No expression is shorter than this, in bytes: "today", "May 5", "5 May" (every
/// production holds a word of five letters or more, or a month name and a day with
/// the space between, or two words or more).
const SHORTEST_EXPRESSION: usize = 5;

/// False when no time expression within `text[window]` (clamped to the text) can
/// resolve against `published`: without a publication date, when the window holds no
/// four ASCII digits in a row (the year that every expression resolving without one
/// has, see [`time_expressions`]). True says nothing. Callers skip a search whose
/// every expression would lie in the window.
pub(crate) fn may_resolve(text: &str, window: Span, published: Option<Date>) -> bool {
    let bytes = text.as_bytes();
    published.is_some()
        || has_four_digits(&bytes[window.start.min(bytes.len())..window.end.min(bytes.len())])
}

/// `phrase`, written at `span`, resolved against `published`; `None` when it cannot be.
fn resolved(span: Span, phrase: Phrase, published: Option<Date>) -> Option<TimeExpression> {
    let expression = TimeExpression {
        span,
        date: phrase.expr.resolve(published)?,
        relative: phrase.expr.is_relative(),
        future: phrase.expr.is_future(),
        since: phrase.since,
    };
    debug_assert!(
        !expression.relative
            || expression.future
            || published.is_some_and(|p| expression.date.first_day() <= p.first_day()),
        "{phrase:?} resolved after publication: {expression:?}"
    );
    Some(expression)
}

// ---------------------------------------------------------------------------------
// What the parser produces.

/// A parsed expression, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Phrase {
    expr: Expr,
    since: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Which occurrence of a weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Occurrence {
    /// The latest on or before publication ("on Thursday").
    OnOrBefore,
    /// The latest strictly before publication ("last Thursday").
    Before,
    /// The earliest strictly after publication ("next Thursday").
    After,
    /// In the week before publication's week ("on Monday last week").
    LastWeek,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expr {
    /// A calendar day; without a year, the latest one on or before publication.
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// A month; without a year, the latest one starting on or before publication.
    Month { year: Option<i32>, month: u32 },
    /// "last June" (`next` false) or "next June" (`next` true).
    NamedMonth { month: u32, next: bool },
    /// A year as written.
    Year(i32),
    /// A weekday, 0 for Monday.
    Weekday {
        weekday: u32,
        occurrence: Occurrence,
    },
    /// The day, week, month or year `shift` units from publication's ("yesterday" is
    /// day −1, "this week" week 0, "next year" year +1).
    Period { unit: Unit, shift: i64 },
    /// "later today", "later this week": publication's unit, looking forward.
    Later(Unit),
    /// `count` units before publication.
    Ago { count: i64, unit: Unit },
    /// "last weekend" (`last` true), "over the weekend" (`last` false).
    Weekend { last: bool },
}

impl Expr {
    /// True when resolution needs the publication date.
    fn is_relative(self) -> bool {
        !matches!(
            self,
            Expr::Day { year: Some(_), .. } | Expr::Month { year: Some(_), .. } | Expr::Year(_)
        )
    }

    /// True when the expression points after publication.
    fn is_future(self) -> bool {
        match self {
            Expr::NamedMonth { next, .. } => next,
            Expr::Weekday { occurrence, .. } => occurrence == Occurrence::After,
            Expr::Period { shift, .. } => shift > 0,
            Expr::Later(_) => true,
            _ => false,
        }
    }

    /// How precise the publication date must be to resolve this.
    fn needs(self) -> DatePrecision {
        match self {
            Expr::Month { .. } | Expr::NamedMonth { .. } => DatePrecision::Month,
            Expr::Period { unit, .. } | Expr::Later(unit) | Expr::Ago { unit, .. } => match unit {
                Unit::Year => DatePrecision::Year,
                Unit::Month => DatePrecision::Month,
                Unit::Week | Unit::Day => DatePrecision::Day,
            },
            _ => DatePrecision::Day,
        }
    }

    /// The date the expression stands for, against `published`.
    fn resolve(self, published: Option<Date>) -> Option<Date> {
        match self {
            Expr::Day {
                year: Some(year),
                month,
                day,
            } => return Date::from_ymd(year, month, day).ok(),
            Expr::Month {
                year: Some(year),
                month,
            } => return Date::from_ym(year, month).ok(),
            Expr::Year(year) => return Date::from_year(year).ok(),
            _ => {}
        }
        let p = published.filter(|p| p.precision() >= self.needs())?;
        let p_month = p.month().unwrap_or(1);
        // Weekday of publication, 0 for Monday; only read by day-precise expressions.
        let p_weekday = i64::from(p.weekday_from_monday());
        match self {
            Expr::Day { month, day, .. } => {
                // Eight years back reaches a February 29 from any date (1896 → 1904).
                (0..=8).find_map(|back| {
                    Date::from_ymd(p.year().checked_sub(back)?, month, day)
                        .ok()
                        .filter(|d| *d <= p)
                })
            }
            Expr::Month { month, .. } => {
                let year = if month <= p_month {
                    p.year()
                } else {
                    p.year() - 1
                };
                Date::from_ym(year, month).ok()
            }
            Expr::NamedMonth { month, next } => {
                let year = match (next, month > p_month, month < p_month) {
                    (false, _, true) => p.year(),
                    (false, _, false) => p.year() - 1,
                    (true, true, _) => p.year(),
                    (true, false, _) => p.year() + 1,
                };
                Date::from_ym(year, month).ok()
            }
            Expr::Weekday {
                weekday,
                occurrence,
            } => {
                let target = i64::from(weekday);
                let offset = match occurrence {
                    Occurrence::OnOrBefore => -(p_weekday - target).rem_euclid(7),
                    Occurrence::Before => -((p_weekday - target - 1).rem_euclid(7) + 1),
                    Occurrence::After => (target - p_weekday - 1).rem_euclid(7) + 1,
                    Occurrence::LastWeek => target - p_weekday - 7,
                };
                p.add_days(offset)
            }
            Expr::Period { unit, shift } => period(p, unit, shift),
            Expr::Later(unit) => period(p, unit, 0),
            Expr::Ago { count, unit } => match unit {
                Unit::Day => p.add_days(-count),
                Unit::Week => p.add_days(-7 * count),
                Unit::Month => p.add_months(-count),
                Unit::Year => p.add_years(-count),
            },
            Expr::Weekend { last } => {
                let saturday = if last {
                    p.add_days(-p_weekday - 2)?
                } else {
                    p.add_days(-(p_weekday - 5).rem_euclid(7))?
                };
                stretch(saturday, 2)
            }
            Expr::Year(_) => None,
        }
    }
}

/// Publication's day, week, month or year moved by `shift` of them.
fn period(p: Date, unit: Unit, shift: i64) -> Option<Date> {
    match unit {
        Unit::Day => p.add_days(shift),
        Unit::Week => {
            let monday = p.add_days(-i64::from(p.weekday_from_monday()) + 7 * shift)?;
            stretch(monday, 7)
        }
        Unit::Month => p.add_months(shift),
        Unit::Year => p.add_years(shift),
    }
}

/// A run of `days` days from `first`, as one date: their month when they all lie in one
/// month, else the first day.
fn stretch(first: Date, days: i64) -> Option<Date> {
    let last = first.add_days(days - 1)?;
    Some(if last.month() == first.month() {
        first.truncated(DatePrecision::Month)
    } else {
        first
    })
}

// ---------------------------------------------------------------------------------
// The grammar, one function per production (see the module docs).

type Res<'a, T> = IResult<&'a str, T>;
type ParseError<'a> = nom::error::Error<&'a str>;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const COUNTS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// The keywords besides month and weekday names of which an expression may hold its
/// only core word ([`may_hold_expression_in`]): a `period` ("week", "month", "year"),
/// "weekend", "night", the `day_part`s "morning", "afternoon" and "evening", the
/// `deictic` words and "ago". A test holds every keyword the grammar reads to these,
/// the first words and the few that never stand alone.
const TIME_NOUNS: [&str; 12] = [
    "week",
    "month",
    "year",
    "weekend",
    "night",
    "morning",
    "afternoon",
    "evening",
    "yesterday",
    "today",
    "tonight",
    "ago",
];

fn failure<T>(input: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Verify,
    )))
}

/// Position of `word` in `list`, ignoring ASCII case.
fn position(list: &[&str], word: &str) -> Option<usize> {
    list.iter().position(|w| w.eq_ignore_ascii_case(word))
}

/// expression = "since" ws ( point | month_full | year ) | point
fn expression_phrase(i: &str) -> Res<'_, Phrase> {
    alt((
        map(
            preceded(
                (keyword("since"), ws),
                alt((
                    point,
                    map(month_full, |month| Expr::Month { year: None, month }),
                    map(year, Expr::Year),
                )),
            ),
            |expr| Phrase { expr, since: true },
        ),
        map(point, |expr| Phrase { expr, since: false }),
    ))
    .parse(i)
}

/// point = on_phrase | in_phrase | … | deictic
///
/// The alternatives start with different words, so the first word picks the one to
/// try: a word that starts no expression costs one lookup, not twelve failed parses.
fn point(i: &str) -> Res<'_, Expr> {
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        return alt((calendar_date, ago_phrase)).parse(i);
    }
    let (rest, first) = word(i)?;
    match first_word(first) {
        Some(kind) if may_follow(kind, rest) => production(kind, i),
        _ => failure(i),
    }
}

/// The production that a first word of kind `kind` starts, run on `i`.
fn production(kind: First, i: &str) -> Res<'_, Expr> {
    match kind {
        First::On => on_phrase(i),
        First::In => in_phrase(i),
        First::Last => last_phrase(i),
        First::Next => next_phrase(i),
        First::This => this_phrase(i),
        First::Nearby => nearby_phrase(i),
        First::Weekend => weekend_phrase(i),
        First::Weekday => weekday_phrase(i),
        First::Deictic => deictic(i),
        First::Count => ago_phrase(i),
        First::Month => alt((calendar_date, month_year)).parse(i),
    }
}

/// False when the word after a first word of kind `first` ("on", "in", "last", "a" …)
/// cannot continue its production, so the parser need not be run: these words are
/// common and mostly start no time ("in the", "on Iraq's", "a statement", "may be").
/// `rest` is the text after the first word. The test is the productions' own first step: 1 to
/// 3 chars of white space, then a digit, a capital (month and weekday names), or the
/// first letter of one of the keywords that may come next; where that lets through
/// many words that go on otherwise ("at the", "in 10", "a year,"), the production's
/// few remaining parts are read to their end.
fn may_follow(first: First, rest: &str) -> bool {
    // "at the" and "over the" are common, "at the weekend" seldom: the production's
    // tail is fixed words, read here to its end.
    if first == First::Weekend {
        return (ws, keyword("the"), ws, keyword("weekend"))
            .parse(rest)
            .is_ok();
    }
    if !matches!(
        first,
        First::On
            | First::In
            | First::Last
            | First::Next
            | First::This
            | First::Count
            | First::Month
    ) {
        return true;
    }
    // A month abbreviation may end in a full stop ("Sept. 11").
    let rest = match first {
        First::Month => rest.strip_prefix('.').unwrap_or(rest),
        _ => rest,
    };
    let mut chars = rest.char_indices();
    let mut spaces = 0;
    // As `ws` does: at most three space chars, taken greedily.
    let next = loop {
        match chars.next() {
            Some((_, ' ' | '\t' | '\r' | '\n' | '\u{a0}' | '\u{202f}')) if spaces < 3 => {
                spaces += 1
            }
            c => break c,
        }
    };
    let Some((at, c)) = next.filter(|_| spaces > 0) else {
        return false;
    };
    if c.is_ascii_uppercase() && matches!(first, First::On | First::In | First::Last | First::Next)
    {
        // Most capitals here are names ("in Iowa", "on Twitter"): read the whole word.
        return capital_may_follow(first, &rest[at..]);
    }
    let lower = c.to_ascii_lowercase();
    match first {
        // calendar_date (a digit or a month name) or weekday_phrase ("early", "late",
        // a weekday name).
        First::On => c.is_ascii_digit() || c.is_ascii_uppercase() || matches!(c, 'e' | 'l'),
        // part ("early", "mid", "late"), a month name or a year: a digit opens only a
        // year, read here ("in 10 states" is no time).
        First::In => {
            (c.is_ascii_digit() && year(&rest[at..]).is_ok())
                || c.is_ascii_uppercase()
                || matches!(c, 'e' | 'm' | 'l')
        }
        // period, "weekend", "night", a weekday or a month name.
        First::Last => c.is_ascii_uppercase() || matches!(c, 'w' | 'm' | 'y' | 'n'),
        // period, a weekday or a month name.
        First::Next => c.is_ascii_uppercase() || matches!(c, 'w' | 'm' | 'y'),
        // period, "morning", "afternoon", "evening", in any case.
        First::This => matches!(lower, 'w' | 'm' | 'y' | 'a' | 'e'),
        // A day or a year ("May 3", "June 2020"), never a word ("may be").
        First::Month => c.is_ascii_digit(),
        // unit ws "ago" ("day", "weeks", "month", "years").
        // Most words after "a" share a first letter with some unit ("a man", "a
        // different"), and most units go on otherwise ("a year,", "two weeks of"): the
        // production is read to its end.
        First::Count => matches!(lower, 'd' | 'w' | 'm' | 'y') && unit_ago(&rest[at..]),
        _ => true,
    }
}

/// [`may_follow`] for a capital after "on", "in", "last" or "next": true when the word
/// at the start of `rest` (ASCII letters, any case) is one the production may go on
/// with there: a month or weekday name, or a keyword ("Early", "Week").
fn capital_may_follow(first: First, rest: &str) -> bool {
    let letters = rest
        .bytes()
        .take(10)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let word = &rest[..letters];
    let is = |list: &[&str]| position(list, word).is_some();
    let month = is(&MONTHS);
    let abbreviation = || {
        MONTH_ABBREVIATIONS
            .iter()
            .any(|(a, _)| a.eq_ignore_ascii_case(word))
    };
    match first {
        First::On => month || abbreviation() || is(&WEEKDAYS) || is(&["early", "late"]),
        First::In => month || abbreviation() || is(&["early", "mid", "late"]),
        First::Last => month || is(&WEEKDAYS) || is(&["week", "month", "year", "weekend", "night"]),
        First::Next => month || is(&WEEKDAYS) || is(&["week", "month", "year"]),
        _ => true,
    }
}

/// Which production a first word can start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum First {
    On,
    In,
    Last,
    Next,
    This,
    Nearby,
    Weekend,
    Weekday,
    Deictic,
    Count,
    Month,
}

/// The production `word` (any case, at most nine letters) can start, if any.
fn first_word(word: &str) -> Option<First> {
    with_short_lower::<9, _>(word, |lower| {
        Some(match lower {
            b"on" => First::On,
            b"in" => First::In,
            b"last" => First::Last,
            b"next" => First::Next,
            b"this" => First::This,
            b"earlier" | b"later" => First::Nearby,
            b"over" | b"at" => First::Weekend,
            b"early" | b"late" | b"monday" | b"tuesday" | b"wednesday" | b"thursday"
            | b"friday" | b"saturday" | b"sunday" => First::Weekday,
            b"yesterday" | b"today" | b"tonight" => First::Deictic,
            b"a" | b"an" | b"one" | b"two" | b"three" | b"four" | b"five" | b"six" | b"seven"
            | b"eight" | b"nine" | b"ten" | b"eleven" | b"twelve" => First::Count,
            b"january" | b"february" | b"march" | b"april" | b"may" | b"june" | b"july"
            | b"august" | b"september" | b"october" | b"november" | b"december" | b"jan"
            | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept" | b"oct"
            | b"nov" | b"dec" => First::Month,
            _ => return None,
        })
    })
    .flatten()
}

/// on_phrase = "on" ws ( calendar_date | weekday_phrase )
fn on_phrase(i: &str) -> Res<'_, Expr> {
    // The alternatives open with different words (a digit or a month name; "early",
    // "late" or a weekday name), so at most one parses and their order changes
    // nothing: the commoner goes first ("on Thursday").
    preceded((keyword("on"), ws), alt((weekday_phrase, calendar_date))).parse(i)
}

/// in_phrase = "in" ws [ part ] ( month_year | month_full | year )
fn in_phrase(i: &str) -> Res<'_, Expr> {
    preceded(
        (keyword("in"), ws, opt(part)),
        alt((
            month_year,
            map(month_full, |month| Expr::Month { year: None, month }),
            map(year, Expr::Year),
        )),
    )
    .parse(i)
}

/// part = ( "early" | "mid" | "late" ) ( ws | "-" )
fn part(i: &str) -> Res<'_, &str> {
    recognize((
        alt((keyword("early"), keyword("mid"), keyword("late"))),
        alt((ws, tag("-"))),
    ))
    .parse(i)
}

/// last_phrase = "last" ws ( period | "weekend" | "night" | weekday | month_full )
fn last_phrase(i: &str) -> Res<'_, Expr> {
    preceded(
        (keyword("last"), ws),
        alt((
            map(period_unit, |unit| Expr::Period { unit, shift: -1 }),
            value(Expr::Weekend { last: true }, keyword("weekend")),
            value(
                Expr::Period {
                    unit: Unit::Day,
                    shift: -1,
                },
                keyword("night"),
            ),
            map(weekday, |weekday| Expr::Weekday {
                weekday,
                occurrence: Occurrence::Before,
            }),
            map(month_full, |month| Expr::NamedMonth { month, next: false }),
        )),
    )
    .parse(i)
}

/// next_phrase = "next" ws ( period | weekday | month_full )
fn next_phrase(i: &str) -> Res<'_, Expr> {
    preceded(
        (keyword("next"), ws),
        alt((
            map(period_unit, |unit| Expr::Period { unit, shift: 1 }),
            map(weekday, |weekday| Expr::Weekday {
                weekday,
                occurrence: Occurrence::After,
            }),
            map(month_full, |month| Expr::NamedMonth { month, next: true }),
        )),
    )
    .parse(i)
}

/// this_phrase = "this" ws ( period | "morning" | "afternoon" | "evening" )
fn this_phrase(i: &str) -> Res<'_, Expr> {
    preceded(
        (keyword("this"), ws),
        alt((
            map(period_unit, |unit| Expr::Period { unit, shift: 0 }),
            value(
                Expr::Period {
                    unit: Unit::Day,
                    shift: 0,
                },
                alt((keyword("morning"), keyword("afternoon"), keyword("evening"))),
            ),
        )),
    )
    .parse(i)
}

/// nearby_phrase = ( "earlier" | "later" ) ws ( "today" | "this" ws period )
fn nearby_phrase(i: &str) -> Res<'_, Expr> {
    let (i, later) = alt((
        value(false, keyword("earlier")),
        value(true, keyword("later")),
    ))
    .parse(i)?;
    let (i, unit) = preceded(
        ws,
        alt((
            value(Unit::Day, keyword("today")),
            preceded((keyword("this"), ws), period_unit),
        )),
    )
    .parse(i)?;
    let expr = if later {
        Expr::Later(unit)
    } else {
        Expr::Period { unit, shift: 0 }
    };
    Ok((i, expr))
}

/// ago_phrase = count ws unit ws "ago"
fn ago_phrase(i: &str) -> Res<'_, Expr> {
    map(
        (count, ws, unit, ws, keyword("ago")),
        |(count, _, unit, _, _)| Expr::Ago { count, unit },
    )
    .parse(i)
}

/// weekend_phrase = ( "over" | "at" ) ws "the" ws "weekend"
fn weekend_phrase(i: &str) -> Res<'_, Expr> {
    value(
        Expr::Weekend { last: false },
        (
            alt((keyword("over"), keyword("at"))),
            ws,
            keyword("the"),
            ws,
            keyword("weekend"),
        ),
    )
    .parse(i)
}

/// calendar_date = iso_date | month_any ws day [ year_suffix ] | day ws month_any [ year_suffix ]
fn calendar_date(i: &str) -> Res<'_, Expr> {
    alt((
        iso_date,
        map(
            (month_any, ws, day, opt(year_suffix)),
            |(month, _, day, year)| Expr::Day { year, month, day },
        ),
        map(
            (day, ws, month_any, opt(year_suffix)),
            |(day, _, month, year)| Expr::Day { year, month, day },
        ),
    ))
    .parse(i)
}

/// year_suffix = [ "," ] ws year
fn year_suffix(i: &str) -> Res<'_, i32> {
    preceded((opt(char(',')), ws), year).parse(i)
}

/// month_year = month_any ws year
fn month_year(i: &str) -> Res<'_, Expr> {
    map((month_any, ws, year), |(month, _, year)| Expr::Month {
        year: Some(year),
        month,
    })
    .parse(i)
}

/// weekday_phrase = [ ( "early" | "late" ) ws [ "on" ws ] ] weekday
///                  ( [ "," ] ws calendar_date | ws "last" ws "week" | [ ws day_part ] )
fn weekday_phrase(i: &str) -> Res<'_, Expr> {
    let (i, _) = opt((
        alt((keyword("early"), keyword("late"))),
        ws,
        opt((keyword("on"), ws)),
    ))
    .parse(i)?;
    let (i, weekday) = weekday(i)?;
    alt((
        // "Thursday, June 11": the date says more than the weekday.
        preceded((opt(char(',')), ws), calendar_date),
        value(
            Expr::Weekday {
                weekday,
                occurrence: Occurrence::LastWeek,
            },
            (ws, keyword("last"), ws, keyword("week")),
        ),
        value(
            Expr::Weekday {
                weekday,
                occurrence: Occurrence::OnOrBefore,
            },
            opt((ws, day_part)),
        ),
    ))
    .parse(i)
}

/// deictic = "yesterday" | "today" | "tonight"
fn deictic(i: &str) -> Res<'_, Expr> {
    let day = |shift| Expr::Period {
        unit: Unit::Day,
        shift,
    };
    alt((
        value(day(-1), keyword("yesterday")),
        value(day(0), keyword("today")),
        value(day(0), keyword("tonight")),
    ))
    .parse(i)
}

/// period = "week" | "month" | "year"
fn period_unit(i: &str) -> Res<'_, Unit> {
    alt((
        value(Unit::Week, keyword("week")),
        value(Unit::Month, keyword("month")),
        value(Unit::Year, keyword("year")),
    ))
    .parse(i)
}

/// day_part = "morning" | "afternoon" | "evening" | "night"
fn day_part(i: &str) -> Res<'_, &str> {
    alt((
        keyword("morning"),
        keyword("afternoon"),
        keyword("evening"),
        keyword("night"),
    ))
    .parse(i)
}

/// count = "a" | "an" | "one" | … | "twelve" | digit{1,3}
fn count(i: &str) -> Res<'_, i64> {
    alt((
        map_opt(word, |w| {
            if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
                Some(1)
            } else {
                position(&COUNTS, w).map(|n| n as i64 + 1)
            }
        }),
        map_opt(number(1, 3), |digits| {
            digits.parse::<i64>().ok().filter(|n| *n > 0)
        }),
    ))
    .parse(i)
}

/// unit = ( "day" | "week" | "month" | "year" ) [ "s" ]
fn unit(i: &str) -> Res<'_, Unit> {
    map_opt(word, |w| {
        let singular = w
            .strip_suffix('s')
            .or_else(|| w.strip_suffix('S'))
            .unwrap_or(w);
        [
            ("day", Unit::Day),
            ("week", Unit::Week),
            ("month", Unit::Month),
            ("year", Unit::Year),
        ]
        .into_iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(singular))
        .map(|(_, unit)| unit)
    })
    .parse(i)
}

/// iso_date = digit{4} "-" digit{2} "-" digit{2}
fn iso_date(i: &str) -> Res<'_, Expr> {
    map_opt(
        (
            digits(4, 4),
            char('-'),
            digits(2, 2),
            char('-'),
            number(2, 2),
        ),
        |(year, _, month, _, day)| {
            Some(Expr::Day {
                year: Some(year.parse().ok()?),
                month: month.parse().ok()?,
                day: day.parse().ok()?,
            })
        },
    )
    .parse(i)
}

/// day = digit{1,2} [ "st" | "nd" | "rd" | "th" ], 1 to 31
fn day(i: &str) -> Res<'_, u32> {
    map_opt(
        terminated(digits(1, 2), (opt(ordinal), number_end)),
        |digits| digits.parse::<u32>().ok().filter(|d| (1..=31).contains(d)),
    )
    .parse(i)
}

/// "st" | "nd" | "rd" | "th", in any case
fn ordinal(i: &str) -> Res<'_, &str> {
    alt((
        keyword_part("st"),
        keyword_part("nd"),
        keyword_part("rd"),
        keyword_part("th"),
    ))
    .parse(i)
}

/// year = digit{4}, 1000 to 2999
fn year(i: &str) -> Res<'_, i32> {
    map_opt(number(4, 4), |digits| {
        digits
            .parse::<i32>()
            .ok()
            .filter(|y| (1000..=2999).contains(y))
    })
    .parse(i)
}

/// month_full = "January" | … | "December"
fn month_full(i: &str) -> Res<'_, u32> {
    map_opt(capitalised, |w| position(&MONTHS, w).map(|m| m as u32 + 1)).parse(i)
}

/// month_any = month_full | abbreviation [ "." ]
///
/// The word is read once for both alternatives (`alt` would read it again for the
/// abbreviations after a failed `month_full`, as it does before most weekdays): a
/// full name is taken as it stands, an abbreviation with the full stop that may follow.
fn month_any(i: &str) -> Res<'_, u32> {
    let (rest, w) = capitalised(i)?;
    if let Some(month) = position(&MONTHS, w) {
        return Ok((rest, month as u32 + 1));
    }
    match MONTH_ABBREVIATIONS
        .iter()
        .find(|(abbreviation, _)| abbreviation.eq_ignore_ascii_case(w))
    {
        Some(&(_, month)) => Ok((rest.strip_prefix('.').unwrap_or(rest), month)),
        None => failure(i),
    }
}

/// weekday = "Monday" | … | "Sunday", 0 for Monday
fn weekday(i: &str) -> Res<'_, u32> {
    map_opt(capitalised, |w| position(&WEEKDAYS, w).map(|d| d as u32)).parse(i)
}

/// An ASCII keyword, in any ASCII case, ending at a word boundary. (nom's
/// `tag_no_case` folds Unicode case char by char, several times slower, and the grammar
/// has no non-ASCII keyword.)
fn keyword<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = ParseError<'a>> {
    terminated(keyword_part(word), boundary)
}

/// An ASCII `word` in any ASCII case, wherever it ends.
fn keyword_part<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = ParseError<'a>> {
    move |i: &'a str| {
        let matches = i
            .as_bytes()
            .get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word.as_bytes()));
        if !matches {
            return failure(i);
        }
        // The bytes equal an ASCII word, so `word.len()` is a char boundary.
        let (matched, rest) = i.split_at(word.len());
        Ok((rest, matched))
    }
}

/// A word of one to nine ASCII letters (the longest the grammar knows: "September",
/// "Wednesday", "afternoon") ending at a word boundary.
fn word(i: &str) -> Res<'_, &str> {
    let (rest, letters) = ascii_run(i, 1, 9, |b| b.is_ascii_alphabetic())?;
    boundary(rest)?;
    Ok((rest, letters))
}

/// The `min` to `max` bytes that satisfy `is` at the start of `i`, as many as there
/// are: nom's `take_while_m_n(min, max, …)` for a test that only ASCII passes, read
/// as bytes. (nom decodes each char and counts them through its input traits, which
/// made these few bytes a third of a parse's cost; a non-ASCII char fails the test
/// either way, so the bytes stop where the chars would.) A test holds the two equal.
fn ascii_run<'a>(i: &'a str, min: usize, max: usize, is: impl Fn(u8) -> bool) -> Res<'a, &'a str> {
    let taken = i.bytes().take(max).take_while(|&b| is(b)).count();
    if taken < min {
        return failure(i);
    }
    debug_assert!(i.as_bytes()[..taken].is_ascii());
    // ASCII bytes only: a char boundary.
    let (run, rest) = i.split_at(taken);
    Ok((rest, run))
}

/// A [`word`] with a capital first letter, as month and weekday names need.
fn capitalised(i: &str) -> Res<'_, &str> {
    verify(word, |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
    })
    .parse(i)
}

/// `min` to `max` ASCII digits (more digits after them are left for [`number_end`] to
/// reject).
fn digits<'a>(
    min: usize,
    max: usize,
) -> impl Parser<&'a str, Output = &'a str, Error = ParseError<'a>> {
    move |i: &'a str| ascii_run(i, min, max, |b| b.is_ascii_digit())
}

/// `min` to `max` digits forming a whole number.
fn number<'a>(
    min: usize,
    max: usize,
) -> impl Parser<&'a str, Output = &'a str, Error = ParseError<'a>> {
    terminated(digits(min, max), number_end)
}

/// A number ends here: no letter, digit or `%` follows, nor `.`, `,`, `:` or `/` with a
/// digit after it ("11.5", "2,000", "10:30", "11/06").
fn number_end(i: &str) -> Res<'_, ()> {
    let mut chars = i.chars();
    match (chars.next(), chars.next()) {
        (Some(c), _) if c.is_alphanumeric() || c == '%' => failure(i),
        (Some('.' | ',' | ':' | '/'), Some(d)) if d.is_ascii_digit() => failure(i),
        _ => Ok((i, ())),
    }
}

/// A word ends here: no letter or digit follows.
fn boundary(i: &str) -> Res<'_, ()> {
    match i.chars().next() {
        Some(c) if c.is_alphanumeric() => failure(i),
        _ => Ok((i, ())),
    }
}

/// ws = 1 to 3 of space, tab, no-break space, CR, LF, with one LF at most.
///
/// (Written with nom's chars, not bytes like [`word`] and [`digits`]: read as bytes it
/// saved 0.4M instructions on 2 MB of articles, but the crate then compiled
/// `find_quotes` otherwise, 16M instructions more on a text of quote marks.)
fn ws(i: &str) -> Res<'_, &str> {
    verify(
        take_while_m_n(1, 3, |c: char| {
            matches!(c, ' ' | '\t' | '\r' | '\n' | '\u{a0}' | '\u{202f}')
        }),
        |s: &str| s.matches('\n').count() <= 1,
    )
    .parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::time::{Duration, Instant};

    /// [`word`] and [`digits`] as nom's `take_while_m_n` reads them, char by char: the
    /// oracles for the byte loops.
    fn word_by_chars(i: &str) -> Res<'_, &str> {
        use nom::bytes::complete::take_while_m_n;
        terminated(
            take_while_m_n(1, 9, |c: char| c.is_ascii_alphabetic()),
            boundary,
        )
        .parse(i)
    }

    fn digits_by_chars(i: &str, min: usize, max: usize) -> Res<'_, &str> {
        use nom::bytes::complete::take_while_m_n;
        take_while_m_n(min, max, |c: char| c.is_ascii_digit()).parse(i)
    }

    #[test]
    fn byte_primitives_read_as_nom_reads_chars() {
        // Every string of up to four pieces from these, and each with a tail.
        let pieces = [
            "a",
            "Z",
            "June",
            "September",
            "Wednesdays",
            "1",
            "2020",
            "12345",
            " ",
            "\t",
            "\r",
            "\n",
            "\u{a0}",
            "\u{202f}",
            "\u{2009}",
            "é",
            "ß",
            "-",
            ",",
            ".",
            "’",
        ];
        let texts = crate::lanes::concatenations(&pieces, 4);
        fn ok<'a>(r: Res<'a, &'a str>) -> Option<(&'a str, &'a str)> {
            r.ok()
        }
        for text in &texts {
            for tail in ["", "x", " 11", "\u{a0}"] {
                let text = format!("{text}{tail}");
                let t = text.as_str();
                assert_eq!(ok(word(t)), ok(word_by_chars(t)), "{t:?}");
                for (min, max) in [(1, 2), (1, 3), (2, 2), (4, 4)] {
                    assert_eq!(
                        ok(digits(min, max).parse(t)),
                        ok(digits_by_chars(t, min, max)),
                        "{t:?} {min} {max}"
                    );
                }
            }
        }
    }

    /// [`month_any`] and [`on_phrase`] as the combinators wrote them: the oracles for
    /// the word read once and the alternatives' order.
    fn month_any_by_alt(i: &str) -> Res<'_, u32> {
        alt((
            month_full,
            terminated(
                map_opt(capitalised, |w| {
                    MONTH_ABBREVIATIONS
                        .iter()
                        .find(|(abbreviation, _)| abbreviation.eq_ignore_ascii_case(w))
                        .map(|(_, month)| *month)
                }),
                opt(char('.')),
            ),
        ))
        .parse(i)
    }

    fn on_phrase_calendar_first(i: &str) -> Res<'_, Expr> {
        preceded((keyword("on"), ws), alt((calendar_date, weekday_phrase))).parse(i)
    }

    #[test]
    fn month_any_and_on_phrase_read_as_the_combinators() {
        let words = MONTHS
            .iter()
            .chain(&WEEKDAYS)
            .copied()
            .chain(MONTH_ABBREVIATIONS.map(|(a, _)| a))
            .chain(["early", "late", "11", "2020-06-11", "3rd", "mayor", "x"])
            .flat_map(|w| [w.to_string(), w.to_uppercase(), capitalised_word(w)])
            .chain(["é", "Éte", ""].map(String::from));
        for word in words {
            for tail in [
                "",
                ".",
                ". 11",
                " 11",
                " 11, 2020",
                ", June 11",
                " June",
                " last week",
                " morning",
                "x",
                ".5",
                " on Monday",
            ] {
                let text = format!("{word}{tail}");
                assert_eq!(
                    month_any(&text).ok(),
                    month_any_by_alt(&text).ok(),
                    "{text:?}"
                );
                let on = format!("on {text}");
                assert_eq!(
                    on_phrase(&on).ok(),
                    on_phrase_calendar_first(&on).ok(),
                    "{on:?}"
                );
            }
        }
    }

    #[test]
    fn the_longest_expression_is_within_the_bound() {
        let ws = "\u{202f}".repeat(3);
        let text = format!(
            "since{ws}on{ws}early{ws}on{ws}Wednesday,{ws}September{ws}30th,{ws}2008{ws}and"
        );
        let (end, _) = phrase_at(&text, 0).unwrap();
        assert_eq!(end, 105);
        assert!(end <= LONGEST_EXPRESSION);
        let p = Some(date("2020-06-11"));
        assert_eq!(
            time_expressions(&text, Span::new(0, text.len()), p).len(),
            1
        );
    }

    #[test]
    fn four_digits_in_a_row_are_found_wherever_they_stand() {
        let naive = |bytes: &[u8]| bytes.windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
        // Past two blocks of 32 and their tails.
        for len in 0..100 {
            for at in 0..len {
                for run in 1..=6 {
                    for filler in [b'a', b'1'] {
                        // A run of digits at `at`, among fillers, cut by a non-digit on
                        // the next byte but one.
                        let mut bytes = vec![filler; len];
                        for (k, b) in bytes.iter_mut().enumerate() {
                            if k >= at && k < at + run {
                                *b = b'0' + (k % 10) as u8;
                            } else if filler == b'1' && (k + 2) % 5 == 0 {
                                *b = b'x';
                            }
                        }
                        assert_eq!(has_four_digits(&bytes), naive(&bytes), "{bytes:?}");
                    }
                }
            }
        }
    }

    proptest! {
        #[test]
        fn four_digits_in_a_row_as_the_windows_show(bytes in proptest::collection::vec(prop_oneof![Just(b'7'), Just(b'a'), Just(b','), any::<u8>()], 0..200)) {
            let naive = bytes.windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
            prop_assert_eq!(has_four_digits(&bytes), naive);
        }
    }

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    /// `expression` resolved as a whole against `published`, as `YYYY[-MM[-DD]]`.
    fn resolve(expression: &str, published: &str) -> Option<String> {
        Date::resolve(expression, date(published)).map(|d| d.to_string())
    }

    fn check(expression: &str, published: &str, expected: &str) {
        assert_eq!(
            resolve(expression, published).as_deref(),
            Some(expected),
            "{expression:?} published {published}"
        );
    }

    /// Every expression found in `text`, as (text, date, relative, future, since).
    fn scan<'a>(text: &'a str, published: Option<&str>) -> Vec<(&'a str, String)> {
        time_expressions(text, Span::new(0, text.len()), published.map(date))
            .into_iter()
            .map(|e| (&text[e.span.range()], e.date.to_string()))
            .collect()
    }

    fn found<'a>(text: &'a str, published: &str) -> Vec<&'a str> {
        scan(text, Some(published))
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    fn only(text: &str, published: &str) -> TimeExpression {
        let all = time_expressions(text, Span::new(0, text.len()), Some(date(published)));
        assert_eq!(all.len(), 1, "{text:?}: {all:?}");
        all[0]
    }

    // Absolute forms ---------------------------------------------------------------

    #[test]
    fn the_first_byte_table_has_the_first_letters_of_the_first_words() {
        for c in b'a'..=b'z' {
            let opens_one = first_words().any(|w| w.as_bytes()[0] == c);
            assert_eq!(MAY_START[usize::from(c)], opens_one, "{}", char::from(c));
            assert_eq!(MAY_START[usize::from(c.to_ascii_uppercase())], opens_one);
        }
        assert!((b'0'..=b'9').all(|d| MAY_START[usize::from(d)]));
    }

    #[test]
    fn the_pair_table_is_the_first_byte_and_two_letter_tests() {
        for first in 0..=255u8 {
            for second in 0..=255u8 {
                // As the scan tested them before the table: the first byte, then the
                // first two letters' entry in FIRST_LENGTHS.
                let letter = |b: u8| {
                    b.is_ascii_alphabetic()
                        .then(|| usize::from((b | 0x20) - b'a'))
                };
                let two_letters = letter(first)
                    .is_none_or(|f| FIRST_LENGTHS[f * 27 + letter(second).unwrap_or(26)] != 0);
                assert_eq!(
                    may_start_pair(first, second),
                    MAY_START[usize::from(first)] && two_letters,
                    "{first} {second}"
                );
            }
        }
    }

    #[test]
    fn the_first_word_filter_keeps_every_first_word() {
        for w in first_words() {
            assert!(first_word(w).is_some() || w == "since", "{w}");
            assert!(may_be_first_word(w.as_bytes()), "{w}");
            assert!(may_be_first_word(w.to_uppercase().as_bytes()), "{w}");
        }
        // Every word of up to four letters: the filter turns away none that the full
        // comparison keeps.
        crate::lexicon::each_small_word(4, |w| {
            let keeps = first_word(w).is_some() || w == "since";
            assert!(!keeps || may_be_first_word(w.as_bytes()), "{w}");
        });
        // Common words with a first word's first letters and length.
        for w in [
            "that", "than", "them", "News", "their", "just", "not", "Ted",
        ] {
            assert!(!may_be_first_word(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn may_follow_turns_away_only_what_cannot_parse() {
        let nexts = first_words()
            .flat_map(|w| {
                [
                    w.to_string(),
                    w.to_uppercase(),
                    format!("{}{}", &w[..1].to_uppercase(), &w[1..]),
                ]
            })
            .chain(
                [
                    "the",
                    "The",
                    "11",
                    "2020",
                    "2020-06-11",
                    "1000",
                    "2999",
                    "3000",
                    "0999",
                    "20201",
                    "2020s",
                    "2020.5",
                    "2020,",
                    "2020.",
                    "10 days ago",
                    "a week ago",
                    "days  ago",
                    "days agone",
                    "weeks\n\nago",
                    "the\u{a0}weekend",
                    "the weekend,",
                    "the weekendé",
                    "3rd",
                    "weeks",
                    "days",
                    "mid",
                    "mid-",
                    "night",
                    "weekend",
                    "morning",
                    "afternoon",
                    "evening",
                    "Mid",
                    "Sept.",
                    "Iowa",
                    "New",
                    "Week",
                    "Weekend",
                    "Night",
                    "Early",
                    "Late",
                    "Mid-",
                    "Januaryx",
                    "man",
                    "Days",
                    "yearly",
                    "weekss",
                    "the weekend",
                    "The Weekend",
                    "the  weekends",
                    "thee weekend",
                    "This week",
                    "Today",
                    ".",
                    "Sep",
                    "MONDAY",
                    "é",
                    ",",
                    "",
                ]
                .map(String::from),
            )
            .collect::<Vec<_>>();
        let spaces = [
            "", " ", "  ", "   ", "    ", "\t", "\n", "\n\n", "\u{a0}", "\u{202f}", " \r\n",
        ];
        for first in first_words().filter(|&w| w != "since") {
            let kind = first_word(first).unwrap();
            for space in spaces {
                for next in &nexts {
                    for tail in ["", " 11", " 2020", " last week", ", 2020", " ago", " week"] {
                        let text = format!("{first}{space}{next}{tail}");
                        // Without space the first word runs on: no production starts.
                        let Ok((rest, _)) = word(&text) else {
                            continue;
                        };
                        if !may_follow(kind, rest) {
                            assert!(production(kind, &text).is_err(), "{text:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn number_may_start_turns_away_only_what_cannot_parse() {
        let numbers = [
            "1", "11", "31", "32", "111", "2020", "20201", "3rd", "11th", "21ST", "2nd", "1a",
            "11x", "111th", "0", "00",
        ];
        let joins = [
            "", "-", "-06-11", "-06-1", "-6-11", ".5", ",000", "%", ":30", "/06", ".", ",",
        ];
        let spaces = [
            "", " ", "  ", "   ", "    ", "\t", "\n", "\n\n", "\u{a0}", "\u{202f}", " \r\n",
            "\u{2009}",
        ];
        let nexts = [
            "June",
            "JUNE",
            "june",
            "Jun.",
            "Sept",
            "Dec",
            "Junex",
            "days",
            "Days",
            "DAY",
            "weeks",
            "week",
            "month",
            "Months",
            "year",
            "years",
            "yearly",
            "people",
            "million",
            "ago",
            "Monday",
            "é",
            "",
            "2020",
            "Democratic",
            "Sep.",
            "SEPT",
            "Sept.",
            "Mayor",
            "Dec,",
            "days  ago",
            "weeks\n\nago",
            "years agone",
            "month ago",
        ];
        for number in numbers {
            for join in joins {
                for space in spaces {
                    for next in nexts {
                        for tail in ["", " ago", ", 2020", " 2020", " 11"] {
                            let text = format!("{number}{join}{space}{next}{tail}");
                            if !number_may_start(&text) {
                                assert!(expression_phrase(&text).is_err(), "{text:?}");
                            }
                        }
                    }
                }
            }
        }
        assert!(!number_may_start("2,000 people"));
        assert!(!number_may_start("1.5 million"));
        assert!(!number_may_start("10 per cent"));
        assert!(number_may_start("11 June"));
        assert!(number_may_start("2020-06-11"));
        assert!(number_may_start("3 weeks ago"));
    }

    #[test]
    fn the_pre_filter_turns_away_only_what_cannot_parse() {
        // Odd inputs, tried at every char boundary: wherever the filter says no, the
        // parser must fail too (expression_at relies on it).
        let texts = [
            "said in Iowa on Thursday, June 11, 2020 that in a week…",
            "in2020 in 2020s in 20201 In Early June, in mid-June, Sept. 11",
            "a statement a year ago, an hour ago; 3rd of May; may be; MAY 3",
            "at the weekend over the Weekend, later today, earlier this month",
            "é in\u{a0}June  on\n\nMonday 2020-06-11 since 2008 Since the war",
            "  \t1 day ago 000 10 days ago, 12 11 Mondays Yesterday's Tonightly",
        ];
        for text in texts {
            for (at, _) in text.char_indices() {
                let rest = &text[at..];
                let starts = rest
                    .as_bytes()
                    .first()
                    .is_some_and(|&b| MAY_START[usize::from(b)]);
                if !starts || !may_start_expression(rest) {
                    assert!(expression_phrase(rest).is_err(), "{rest:?}");
                }
            }
        }
        let p = Date::parse("2020-06-12").ok();
        let text = "He said in Iowa that in a week on Thursday it would end.";
        assert_eq!(expression_at(text, 7, p), None);
        assert_eq!(expression_at(text, 20, p), None);
        let on = expression_at(text, 30, p).unwrap();
        assert_eq!(&text[on.span.range()], "on Thursday");
    }

    #[test]
    fn names_ending_in_today_are_not_times() {
        let p = Date::parse("2020-06-11").ok();
        let t = "Figueroa told USA Today that it was fine. Today he left.";
        let found = time_expressions(t, Span::new(0, t.len()), p);
        assert_eq!(found.len(), 1);
        assert_eq!(&t[found[0].span.range()], "Today");
        assert!(found[0].span.start > 30);
    }

    #[test]
    fn month_day_year() {
        for e in [
            "June 11, 2020",
            "June 11 2020",
            "June 11th, 2020",
            "Jun. 11, 2020",
            "Jun 11, 2020",
            "JUNE 11, 2020",
            "on June 11, 2020",
        ] {
            check(e, "2024-01-01", "2020-06-11");
        }
        let e = only("It happened on June 11, 2020.", "2024-01-01");
        assert!(!e.relative && !e.future && !e.since);
    }

    #[test]
    fn day_month_year() {
        for e in [
            "11 June 2020",
            "11th June 2020",
            "11 June, 2020",
            "11 Jun. 2020",
        ] {
            check(e, "2024-01-01", "2020-06-11");
        }
        check("on 1st September 2019", "2024-01-01", "2019-09-01");
        check("3 Sept. 2019", "2024-01-01", "2019-09-03");
    }

    #[test]
    fn iso_date() {
        check("2020-06-11", "2024-01-01", "2020-06-11");
        check("on 2020-02-29", "2024-01-01", "2020-02-29");
        assert_eq!(resolve("2021-02-29", "2024-01-01"), None);
        assert_eq!(resolve("2020-13-01", "2024-01-01"), None);
        assert!(scan("at 2020-06-11T10:00", Some("2024-01-01")).is_empty());
    }

    #[test]
    fn month_and_year() {
        check("January 2020", "2024-01-01", "2020-01");
        check("in January 2020", "2024-01-01", "2020-01");
        check("in Jan. 2020", "2024-01-01", "2020-01");
        check("in early January 2020", "2024-01-01", "2020-01");
        assert!(!only("the deal in January 2020 was", "2024-01-01").relative);
    }

    #[test]
    fn years() {
        check("in 2008", "2024-01-01", "2008");
        check("in late 2019", "2024-01-01", "2019");
        check("in mid-2019", "2024-01-01", "2019");
        let e = only("prices have risen since 2014.", "2024-01-01");
        assert_eq!(e.date.to_string(), "2014");
        assert!(e.since && !e.relative);
        // Absolute forms need no publication date.
        assert_eq!(
            scan("in 2008 and on June 11, 2020, then on Thursday", None),
            [
                ("in 2008", "2008".to_string()),
                ("on June 11, 2020", "2020-06-11".to_string())
            ]
        );
    }

    #[test]
    fn bare_years_and_numbers_are_not_dates() {
        for t in [
            "2008",
            "in 20080",
            "in 300 cases",
            "in 2008.5",
            "in 2,008",
            "in 2008%",
            "since 1999x",
        ] {
            assert!(scan(t, Some("2024-01-01")).is_empty(), "{t:?}");
        }
    }

    // Month and day without a year --------------------------------------------------

    #[test]
    fn month_day_looks_back() {
        check("June 11", "2020-06-11", "2020-06-11");
        check("June 11", "2020-06-10", "2019-06-11");
        check("June 11", "2020-12-31", "2020-06-11");
        check("Jun. 11", "2020-07-01", "2020-06-11");
        check("on June 11", "2020-07-01", "2020-06-11");
        check("11 June", "2020-07-01", "2020-06-11");
        check("June 11th", "2020-07-01", "2020-06-11");
        check("December 31", "2021-01-01", "2020-12-31");
        assert!(only("on June 11 he said", "2020-07-01").relative);
    }

    #[test]
    fn february_29_without_a_year() {
        check("February 29", "2021-03-01", "2020-02-29");
        check("February 29", "2020-02-29", "2020-02-29");
        check("February 29", "2020-02-28", "2016-02-29");
        // 2100 is no leap year: back to 2096.
        check("February 29", "2100-12-31", "2096-02-29");
        check("February 29", "1904-01-01", "1896-02-29");
        assert_eq!(resolve("February 30", "2021-03-01"), None);
        assert_eq!(resolve("June 31", "2021-03-01"), None);
    }

    #[test]
    fn in_month_looks_back() {
        check("in January", "2020-06-11", "2020-01");
        check("in January", "2020-01-05", "2020-01");
        check("in December", "2020-06-11", "2019-12");
        check("in June", "2020-06-01", "2020-06");
        check("in early June", "2020-06-01", "2020-06");
        check("in mid-June", "2020-07-01", "2020-06");
        check("since January", "2020-06-11", "2020-01");
        // A month-precise publication date is enough.
        check("in March", "2020-02", "2019-03");
    }

    #[test]
    fn last_and_next_month_name() {
        check("last June", "2020-07-01", "2020-06");
        check("last June", "2020-06-11", "2019-06");
        check("last June", "2020-03-01", "2019-06");
        check("last January", "2021-01-01", "2020-01");
        check("last December", "2021-01-01", "2020-12");
        check("next June", "2020-06-11", "2021-06");
        check("next June", "2020-03-01", "2020-06");
        assert!(only("due next June", "2020-03-01").future);
    }

    // May and March --------------------------------------------------------------

    #[test]
    fn may_and_march_need_an_anchor() {
        for t in [
            "Prices May rise.",
            "May I add something?",
            "Theresa May said she would go.",
            "March on Washington",
            "They will march to the square.",
            "the may 11 plan",
            "June was hot.",
            "Jan said no.",
            "He met Jan in Jan.",
            "the mars mission",
        ] {
            assert!(scan(t, Some("2020-07-01")).is_empty(), "{t:?}");
        }
        check("May 11", "2020-07-01", "2020-05-11");
        check("11 May", "2020-07-01", "2020-05-11");
        check("in May", "2020-07-01", "2020-05");
        check("since May", "2020-07-01", "2020-05");
        check("last May", "2020-07-01", "2020-05");
        check("on May 11", "2020-07-01", "2020-05-11");
        check("May 2019", "2020-07-01", "2019-05");
        check("in March", "2020-07-01", "2020-03");
        check("March 3", "2020-07-01", "2020-03-03");
        check("Mar. 3", "2020-07-01", "2020-03-03");
    }

    // Weekdays --------------------------------------------------------------------

    #[test]
    fn weekday_on_or_before() {
        // 2020-06-11 is a Thursday.
        check("Thursday", "2020-06-11", "2020-06-11");
        check("on Thursday", "2020-06-11", "2020-06-11");
        check("Friday", "2020-06-11", "2020-06-05");
        check("Wednesday", "2020-06-11", "2020-06-10");
        for e in [
            "Thursday night",
            "Thursday morning",
            "Thursday afternoon",
            "Thursday evening",
            "on Thursday night",
            "late Thursday",
            "early on Thursday",
        ] {
            check(e, "2020-06-12", "2020-06-11");
        }
    }

    #[test]
    fn weekday_across_month_year_and_leap_day() {
        check("on Monday", "2021-03-02", "2021-03-01");
        check("Sunday", "2021-03-02", "2021-02-28");
        check("Saturday", "2020-03-01", "2020-02-29");
        check("Friday", "2020-03-01", "2020-02-28");
        check("Thursday", "2021-01-01", "2020-12-31");
        check("Friday", "2021-01-01", "2021-01-01");
        check("Saturday", "2021-01-01", "2020-12-26");
        check("Monday", "2019-01-01", "2018-12-31");
    }

    #[test]
    fn last_and_next_weekday() {
        check("last Thursday", "2020-06-11", "2020-06-04");
        check("last Wednesday", "2020-06-11", "2020-06-10");
        check("last Friday", "2020-06-11", "2020-06-05");
        check("last Sunday", "2021-01-01", "2020-12-27");
        check("next Thursday", "2020-06-11", "2020-06-18");
        check("next Friday", "2020-06-11", "2020-06-12");
        check("next Monday", "2020-12-30", "2021-01-04");
        assert!(only("will meet next Friday", "2020-06-11").future);
    }

    #[test]
    fn weekday_last_week() {
        // Published Tuesday 2021-03-02: last week ran from Monday 2021-02-22.
        check("on Monday last week", "2021-03-02", "2021-02-22");
        check("Sunday last week", "2021-03-02", "2021-02-28");
        check("on Tuesday last week", "2021-01-05", "2020-12-29");
        check("Monday last week", "2020-03-08", "2020-02-24");
    }

    #[test]
    fn weekday_with_a_date_takes_the_date() {
        check("Thursday, June 11, 2020", "2024-01-01", "2020-06-11");
        check("on Thursday, 11 June", "2020-07-01", "2020-06-11");
        check("Thursday June 11", "2020-07-01", "2020-06-11");
    }

    #[test]
    fn weekday_words_are_whole_words() {
        for t in [
            "Mondays are slow",
            "the thursday meeting",
            "Fridays",
            "Sundayx",
        ] {
            assert!(scan(t, Some("2020-07-01")).is_empty(), "{t:?}");
        }
        assert_eq!(found("Friday's vote", "2020-07-01"), ["Friday"]);
    }

    // Deictic words and periods ---------------------------------------------------

    #[test]
    fn days_around_publication() {
        check("yesterday", "2021-03-01", "2021-02-28");
        check("Yesterday", "2020-03-01", "2020-02-29");
        check("yesterday", "2021-01-01", "2020-12-31");
        check("last night", "2021-01-01", "2020-12-31");
        check("today", "2021-01-01", "2021-01-01");
        check("tonight", "2021-01-01", "2021-01-01");
        check("this morning", "2021-01-01", "2021-01-01");
        check("earlier today", "2021-01-01", "2021-01-01");
        check("later today", "2021-01-01", "2021-01-01");
        assert!(only("will vote later today", "2021-01-01").future);
        assert!(!only("said yesterday", "2021-01-01").future);
    }

    #[test]
    fn weeks() {
        // Published Tuesday 2021-03-02.
        check("last week", "2021-03-02", "2021-02"); // Feb 22–28
        check("this week", "2021-03-02", "2021-03"); // Mar 1–7
        check("earlier this week", "2021-03-02", "2021-03");
        check("next week", "2021-03-02", "2021-03"); // Mar 8–14
        // Weeks across a month end give their Monday.
        check("last week", "2021-01-05", "2020-12-28"); // Dec 28 – Jan 3
        check("this week", "2021-03-31", "2021-03-29"); // Mar 29 – Apr 4
        check("next week", "2021-03-24", "2021-03-29");
        // Published on a Sunday: the week is the one ending that day.
        check("this week", "2020-03-01", "2020-02-24");
        check("last week", "2020-03-01", "2020-02"); // Feb 17–23
        assert!(only("will meet next week", "2021-03-02").future);
        assert!(!only("met last week", "2021-03-02").future);
    }

    #[test]
    fn weekends() {
        // Published Monday 2021-03-01: the weekend of Feb 27–28.
        check("over the weekend", "2021-03-01", "2021-02");
        check("at the weekend", "2021-03-01", "2021-02");
        check("last weekend", "2021-03-01", "2021-02");
        // Published Sunday 2021-03-07: "over the weekend" is this one, "last" the one before.
        check("over the weekend", "2021-03-07", "2021-03");
        check("last weekend", "2021-03-07", "2021-02");
        // Saturday 2021-07-31, Sunday 2021-08-01.
        check("over the weekend", "2021-08-02", "2021-07-31");
        check("over the weekend", "2021-07-31", "2021-07-31");
    }

    #[test]
    fn months_and_years_around_publication() {
        check("last month", "2021-01-01", "2020-12");
        check("last month", "2020-03-31", "2020-02");
        check("this month", "2021-01-31", "2021-01");
        check("earlier this month", "2021-01-31", "2021-01");
        check("next month", "2020-12-15", "2021-01");
        check("last year", "2021-01-01", "2020");
        check("this year", "2021-12-31", "2021");
        check("earlier this year", "2021-12-31", "2021");
        check("later this year", "2021-06-01", "2021");
        check("next year", "2021-06-01", "2022");
        // Coarse publication dates resolve what they can.
        check("last month", "2021-01", "2020-12");
        check("last year", "2021", "2020");
        assert_eq!(resolve("last month", "2021"), None);
        assert_eq!(resolve("yesterday", "2021-01"), None);
        assert_eq!(resolve("on Thursday", "2021-01"), None);
        assert!(only("later this month", "2021-01-15").future);
    }

    #[test]
    fn ago() {
        check("two days ago", "2020-03-01", "2020-02-28");
        check("2 days ago", "2020-03-01", "2020-02-28");
        check("a day ago", "2021-01-01", "2020-12-31");
        check("3 weeks ago", "2020-03-01", "2020-02-09");
        check("a week ago", "2021-01-03", "2020-12-27");
        check("one week ago", "2021-01-03", "2020-12-27");
        check("a month ago", "2021-03-31", "2021-02");
        check("six months ago", "2021-03-31", "2020-09");
        check("a year ago", "2021-01-01", "2020");
        check("An year ago", "2021-01-01", "2020");
        check("twelve years ago", "2021-01-01", "2009");
        check("999 years ago", "1900-01-01", "0901");
        assert_eq!(resolve("0 days ago", "2021-01-01"), None);
        assert_eq!(resolve("a few days ago", "2021-01-01"), None);
        assert_eq!(resolve("1000 days ago", "2021-01-01"), None);
    }

    #[test]
    fn since_relative() {
        let e = only("has grown since last year", "2021-06-01");
        assert_eq!(e.date.to_string(), "2020");
        assert!(e.since && e.relative);
        check("since Thursday", "2020-06-12", "2020-06-11");
        check("since June 11, 2020", "2024-01-01", "2020-06-11");
    }

    // Scanning ----------------------------------------------------------------------

    #[test]
    fn scan_finds_every_expression_in_order() {
        let text = "“We will not back down,” the minister said on Thursday. \
                    Last week, officials met in January 2020 terms; since 2014 and \
                    two days ago, and yesterday too.";
        assert_eq!(
            scan(text, Some("2020-06-12")),
            [
                ("on Thursday", "2020-06-11".to_string()),
                ("Last week", "2020-06".to_string()),
                ("in January 2020", "2020-01".to_string()),
                ("since 2014", "2014".to_string()),
                ("two days ago", "2020-06-10".to_string()),
                ("yesterday", "2020-06-11".to_string()),
            ]
        );
    }

    #[test]
    fn scan_without_publication_keeps_only_absolute_dates() {
        let text = "On Thursday, June 11, the panel cited 2020-06-11 and last week.";
        assert_eq!(scan(text, None), [("2020-06-11", "2020-06-11".to_string())]);
    }

    #[test]
    fn scan_takes_the_longest_phrase_once() {
        assert_eq!(
            found("said on Monday last week that", "2021-03-02"),
            ["on Monday last week"]
        );
        assert_eq!(
            found("on Thursday, June 11, 2020, he", "2021-03-02"),
            ["on Thursday, June 11, 2020"]
        );
        assert_eq!(found("on on Thursday", "2021-03-02"), ["on Thursday"]);
    }

    #[test]
    fn scan_keeps_to_the_window() {
        let text = "yesterday. He said on Thursday. Last week";
        let window = Span::new(11, 31);
        let all = time_expressions(text, window, Some(date("2020-06-12")));
        assert_eq!(all.len(), 1);
        assert_eq!(&text[all[0].span.range()], "on Thursday");
        // A window starting inside a word does not see the word's tail.
        let all = time_expressions(
            "Sundayyesterday",
            Span::new(6, 15),
            Some(date("2020-06-12")),
        );
        assert!(all.is_empty());
        // Windows off the text or off char boundaries are narrowed.
        let text = "é yesterday é";
        for (s, e) in [(1, 14), (0, 100), (14, 2), (3, 3)] {
            for x in time_expressions(text, Span::new(s, e), Some(date("2020-06-12"))) {
                assert!(text.get(x.span.range()).is_some());
            }
        }
        assert_eq!(
            time_expressions(text, Span::new(1, 100), Some(date("2020-06-12"))).len(),
            1
        );
    }

    #[test]
    fn scan_handles_unicode_and_no_break_spaces() {
        let text = "«on\u{a0}Thursday» — June\u{a0}11 — éyesterday — Jun.\u{202f}3";
        assert_eq!(
            found(text, "2020-06-12"),
            ["on\u{a0}Thursday", "June\u{a0}11", "Jun.\u{202f}3"]
        );
        // One line break between words is a space; a blank line is not.
        assert_eq!(found("on\nThursday", "2020-06-12"), ["on\nThursday"]);
        assert_eq!(found("last\n\nweek", "2020-06-12"), Vec::<&str>::new());
        assert_eq!(found("last    week", "2020-06-12"), Vec::<&str>::new());
    }

    #[test]
    fn expression_at_reads_after_a_reporting_verb() {
        let text = "Smith said on Thursday that. Smith said Thursday.";
        let p = Some(date("2020-06-12"));
        let e = expression_at(text, 10, p).unwrap();
        assert_eq!(&text[e.span.range()], "on Thursday");
        assert_eq!(e.date.to_string(), "2020-06-11");
        assert_eq!(expression_at(text, 11, p).unwrap().span, e.span);
        assert_eq!(expression_at(text, 12, p), None); // inside "on"
        assert_eq!(expression_at(text, 5, p), None); // "said"
        assert_eq!(expression_at(text, 11, None), None);
        assert!(expression_at(text, 39, p).is_some());
        assert_eq!(expression_at(text, 1000, p), None);
        assert_eq!(expression_at("é", 1, p), None);
    }

    #[test]
    fn resolve_needs_the_whole_string() {
        check("  last week ", "2021-03-02", "2021-02");
        assert_eq!(resolve("last week and more", "2021-03-02"), None);
        assert_eq!(resolve("", "2021-03-02"), None);
        assert_eq!(resolve("the other day", "2021-03-02"), None);
    }

    #[test]
    fn scan_is_linear_on_adversarial_text() {
        // A quarter of a megabyte: enough that quadratic behaviour would take minutes,
        // little enough that a debug build on a loaded machine stays far inside the bound
        // (a whole megabyte came within 4 % of it on two cores loaded three times over).
        let size = 1 << 18;
        let published = Some(date("2020-06-12"));
        for unit in [
            "on ",
            "0",
            "1 ",
            "11 ",
            "June ",
            "on June ",
            "since since ",
            "last ",
            "a ",
            "2020-",
            "2020-06-",
            "Thursday, ",
            "in early ",
            "é",
            " ",
            "a",
            "June 11, ",
        ] {
            let text = unit.repeat(size / unit.len());
            let started = Instant::now();
            let found = time_expressions(&text, Span::new(0, text.len()), published);
            let elapsed = started.elapsed();
            // Debug builds read this in well under a second when linear.
            assert!(
                elapsed < Duration::from_secs(10),
                "{unit:?}: {elapsed:?} for {} matches",
                found.len()
            );
        }
    }

    // Properties --------------------------------------------------------------------

    fn published_date() -> impl Strategy<Value = Date> {
        (1900i32..=2100, 1u32..=12, 1u32..=31)
            .prop_filter_map("a real day", |(y, m, d)| Date::from_ymd(y, m, d).ok())
    }

    /// Text made of expression-like fragments, noise and arbitrary characters.
    fn newsy_text() -> impl Strategy<Value = String> {
        let fragment = prop_oneof![
            prop::sample::select(vec![
                "on",
                "in",
                "since",
                "last",
                "next",
                "this",
                "earlier",
                "later",
                "early",
                "late",
                "mid-",
                "over the",
                "at the",
                "ago",
                "a",
                "an",
                "two",
                "twelve",
                "days",
                "week",
                "weeks",
                "month",
                "months",
                "year",
                "years",
                "weekend",
                "night",
                "morning",
                "yesterday",
                "today",
                "tonight",
                "Monday",
                "Thursday",
                "Saturday",
                "Sunday",
                "January",
                "February",
                "May",
                "March",
                "June",
                "Jun.",
                "Sept.",
                "Dec",
                "29",
                "11th",
                "31",
                "1st",
                "2020",
                "1900",
                "2100",
                "2999",
                "2020-02-29",
                "2021-02-29",
                "999",
                ",",
                ".",
                "\u{a0}",
                "\n",
                "é",
                "“",
                "'s",
                "-",
                "%",
            ])
            .prop_map(str::to_string),
            "[0-9]{1,5}",
            "\\PC{0,4}",
        ];
        prop::collection::vec((fragment, prop::sample::select(vec!["", " ", "  "])), 0..24)
            .prop_map(|parts| parts.into_iter().map(|(f, s)| f + s).collect())
    }

    /// The scan of [`time_expressions`] as it was before it found word starts 64
    /// bytes at a time: byte by byte, stepping over each run of ASCII letters and
    /// digits. The tests hold the scan to it.
    fn time_expressions_bytewise(
        text: &str,
        window: Span,
        published: Option<Date>,
    ) -> Vec<TimeExpression> {
        let window = narrowed(text, window);
        if published.is_none() && !has_four_digits(&text.as_bytes()[window.range()]) {
            return Vec::new();
        }
        let haystack = &text[..window.end];
        let mut found = Vec::new();
        let mut previous_alphanumeric = text[..window.start]
            .chars()
            .next_back()
            .is_some_and(is_alphanumeric);
        let bytes = haystack.as_bytes();
        let mut at = window.start;
        while at < window.end {
            let byte = bytes[at];
            if !byte.is_ascii() {
                let c = haystack[at..].chars().next().unwrap_or_default();
                previous_alphanumeric = is_alphanumeric(c);
                at += c.len_utf8().max(1);
                continue;
            }
            let alphanumeric = byte.is_ascii_alphanumeric();
            if alphanumeric
                && !previous_alphanumeric
                && may_start_pair(byte, bytes.get(at + 1).copied().unwrap_or(0))
                && may_start_word(&haystack[at..])
                && !is_part_of_name(haystack, at)
                && let Some((end, phrase)) = phrase_at(haystack, at)
            {
                found.extend(resolved(Span::new(at, end), phrase, published));
                previous_alphanumeric = haystack[..end]
                    .chars()
                    .next_back()
                    .is_some_and(is_alphanumeric);
                at = end.max(at + 1);
                continue;
            }
            at += 1;
            if alphanumeric {
                while at < window.end && bytes[at].is_ascii_alphanumeric() {
                    at += 1;
                }
            }
            previous_alphanumeric = alphanumeric;
        }
        found
    }

    /// The words of the grammar, in lower case, with a capital and in capitals.
    fn grammar_words() -> Vec<String> {
        first_words()
            .chain(TIME_NOUNS)
            .chain(["the", "mid", "days", "weeks", "months", "years"])
            .flat_map(|w| [w.to_string(), capitalised_word(w), w.to_ascii_uppercase()])
            .collect()
    }

    /// `word` with its first letter a capital.
    fn capitalised_word(word: &str) -> String {
        let mut capital = word.to_string();
        capital[..1].make_ascii_uppercase();
        capital
    }

    /// An expression of each form of each production, its core word the only one.
    const EXAMPLES: [&str; 32] = [
        "since June",
        "since 2014",
        "since last week",
        "on Thursday",
        "on June 11",
        "in May",
        "in mid-June",
        "in late 2008",
        "in June 2020",
        "last week",
        "last weekend",
        "last night",
        "last Monday",
        "last June",
        "next month",
        "next Friday",
        "next March",
        "this year",
        "this afternoon",
        "earlier today",
        "later this month",
        "two days ago",
        "a Day ago",
        "over the weekend",
        "at the WEEKEND",
        "Sept. 11",
        "11th Dec, 2001",
        "2020-06-11",
        "Jan 2020",
        "early on Sunday evening",
        "Saturday last week",
        "yesterday",
    ];

    #[test]
    fn the_gate_lets_every_example_through() {
        for example in EXAMPLES.into_iter().chain(["today", "tonight"]) {
            for text in [example.to_string(), format!("It was {example}, he said")] {
                let window = Span::new(0, text.len());
                assert!(first_phrase(&text, window).is_some(), "{text:?}");
                assert!(may_hold_expression(text.as_bytes()), "{text:?}");
            }
        }
    }

    #[test]
    fn the_gate_lets_every_core_word_through() {
        let core = TIME_NOUNS
            .iter()
            .map(|w| w.to_string())
            .chain(MONTHS.iter().chain(&WEEKDAYS).map(|w| capitalised_word(w)));
        for word in core {
            for word in [word.clone(), word.to_ascii_uppercase()] {
                // Alone, in a sentence, after the marks a core word may follow, ending
                // a window that cuts a longer word, across the end of a block; in every
                // place of a block.
                for text in [
                    word.clone(),
                    format!("and {word}, said"),
                    format!("mid-{word}"),
                    format!("“{word}”"),
                    format!("{word}\u{a0}é"),
                    format!("{}{word}", "y ".repeat(31)),
                    format!("{}{word} x", "y ".repeat(30)),
                ] {
                    for pad in 0..70 {
                        let text = format!("{}{text}", " ".repeat(pad));
                        assert!(may_hold_expression(text.as_bytes()), "{text:?}");
                    }
                }
            }
        }
        // The first words: a core word after one is let through, and one alone is
        // turned away unless it is a core word.
        for first in first_words() {
            let text = format!("{first} year");
            assert!(may_hold_expression(text.as_bytes()), "{text:?}");
            assert_eq!(
                may_hold_expression(first.as_bytes()),
                TIME_NOUNS.contains(&first),
                "{first:?}"
            );
        }
        // Four digits in a row, anywhere in a block or across two; fewer are turned
        // away, and so are month abbreviations without a capital.
        for pad in 0..130 {
            let text = format!("{}2020 them", "x".repeat(pad));
            assert!(may_hold_expression(text.as_bytes()), "{pad}");
            let text = format!("{}7 them 202", "x".repeat(pad));
            assert!(!may_hold_expression(text.as_bytes()), "{pad}");
        }
        for word in ["Sept", "Dec", "JAN"] {
            assert!(may_hold_expression(word.as_bytes()), "{word:?}");
            assert!(
                !may_hold_expression(word.to_ascii_lowercase().as_bytes()),
                "{word:?}"
            );
        }
        for word in [
            "may",
            "june",
            "monday",
            "yesterdays",
            "Mayor",
            "weeks",
            "dayago",
        ] {
            assert!(!may_hold_expression(word.as_bytes()), "{word:?}");
        }
    }

    #[test]
    fn every_keyword_of_the_grammar_is_classed() {
        // A keyword added to the grammar must be weighed for the gate: a core word
        // (in `TIME_NOUNS`), a first word, or one of these, which no expression holds
        // as its only core word (the ordinals follow a day's digits).
        let others = ["the", "mid", "st", "nd", "rd", "th"];
        let source = include_str!("dates.rs");
        let grammar = &source[..source.find("#[cfg(test)]\nmod tests").unwrap()];
        let mut keywords = 0;
        for call in ["keyword(\"", "keyword_part(\""] {
            for (at, _) in grammar.match_indices(call) {
                let rest = &grammar[at + call.len()..];
                let word = &rest[..rest.find('"').unwrap()];
                assert!(
                    TIME_NOUNS.contains(&word)
                        || first_words().any(|w| w == word)
                        || others.contains(&word),
                    "{word:?}"
                );
                keywords += 1;
            }
        }
        assert!(keywords > 30, "{keywords}");
    }

    /// Text made of the grammar's words, numbers and ordinary words, run together or
    /// apart: mostly words that are no core word of the gate, so that most windows are
    /// turned away, with now and then a core word or a whole expression.
    fn grammar_text() -> impl Strategy<Value = String> {
        let (core, mut other): (Vec<String>, Vec<String>) = grammar_words()
            .into_iter()
            .partition(|w| is_core_word(w.as_bytes()));
        other.extend(
            [
                "said", "was", "your", "work", "Mayor", "Mondays", "weekends", "USA", "é", "“", "’",
            ]
            .map(str::to_string),
        );
        let fragment = prop_oneof![
            8 => prop::sample::select(other),
            1 => prop::sample::select(core),
            1 => prop::sample::select(EXAMPLES.map(str::to_string).to_vec()),
            1 => "[0-9]{1,4}(st|th|-[0-9]{2})?",
        ];
        let separator =
            prop::sample::select(vec![" ", " ", ", ", "", "-", ".", "\u{a0}", "\n", "é"]);
        prop::collection::vec((fragment, separator), 0..12)
            .prop_map(|parts| parts.into_iter().map(|(w, s)| w + s).collect())
    }

    #[test]
    fn leading_letters_counts_the_opening_letters_up_to_ten() {
        // Runs of letters of every length, in both cases, ended by every byte value or
        // by the end, with more letters after the end.
        for len in 0..14 {
            for b in 0..=255u8 {
                for letters in ["abcdefghijklmn", "ABCDEFGHIJKLMN"] {
                    let mut bytes = letters.as_bytes()[..len].to_vec();
                    bytes.push(b);
                    bytes.extend_from_slice(b"xyz");
                    for bytes in [&bytes[..], &bytes[..len]] {
                        let expected = bytes
                            .iter()
                            .take(10)
                            .take_while(|b| b.is_ascii_alphabetic())
                            .count();
                        assert_eq!(leading_letters(bytes), expected, "{bytes:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn block_classes_are_the_ascii_letters_and_digits() {
        // Every byte value at every place, among other bytes that vary with it, from
        // any block start to any end within 64 bytes of it, in a text long enough to
        // read a whole block, near its end, or shorter than a block: the classes, and
        // none past the end.
        for b in 0..=255u8 {
            let mut text = [0; 150];
            for (k, c) in text.iter_mut().enumerate() {
                *c = b.wrapping_add((k as u8).wrapping_mul(37));
            }
            for len in [150, 100, 64, 63, 20, 1] {
                let text = &text[..len];
                for block in 0..len {
                    for end in block + 1..=len.min(block + 64) {
                        let classes = classes_from(text, block, end);
                        let (letters, digits) = (classes.letters(), classes.digits());
                        assert_eq!(classes.alphanumerics(), letters | digits);
                        for k in 0..64 {
                            let c = text.get(block + k).filter(|_| block + k < end);
                            assert_eq!(
                                letters >> k & 1 != 0,
                                c.is_some_and(u8::is_ascii_alphabetic),
                                "{len} {block} {end} {k}"
                            );
                            assert_eq!(
                                digits >> k & 1 != 0,
                                c.is_some_and(u8::is_ascii_digit),
                                "{len} {block} {end} {k}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_scan_finds_what_the_bytewise_scan_finds() {
        let text = "On Monday, café2020 said in 2019 that Straße1999 and «June 11» it\u{a0}was \
            yesterday; naïveJune 2 — last week, Sept. 3, 2018 or 2018-06-11 (3 days ago) éon \
            Tuesday, USA Today reported 12th March. 1st Jan 2020. next month since 2001 \
            two weeks ago\nlater this year and on Monday last week";
        for published in [None, Some(date("2020-06-12"))] {
            for start in 0..text.len() {
                for len in [0, 1, 7, 8, 9, 40, 63, 64, 65, 130, text.len()] {
                    let window = Span::new(start, start + len);
                    assert_eq!(
                        time_expressions(text, window, published),
                        time_expressions_bytewise(text, window, published),
                        "{window:?} {published:?}"
                    );
                }
            }
        }
    }

    proptest! {
        #[test]
        fn never_panics_on_any_text(
            text in "\\PC{0,80}",
            start in 0usize..100,
            end in 0usize..100,
            at in 0usize..100,
            published in published_date(),
        ) {
            let _ = time_expressions(&text, Span::new(start, end), Some(published));
            let _ = time_expressions(&text, Span::new(start, end), None);
            let _ = expression_at(&text, at, Some(published));
            let _ = Date::resolve(&text, published);
        }

        #[test]
        fn spans_lie_on_char_boundaries_within_the_window(
            text in newsy_text(),
            start in 0usize..200,
            len in 0usize..200,
            published in published_date(),
        ) {
            let window = Span::new(start, start + len);
            let found = time_expressions(&text, window, Some(published));
            let mut previous_end = 0;
            for e in found {
                prop_assert!(window.contains(e.span), "{:?} outside {:?}", e.span, window);
                prop_assert!(text.get(e.span.range()).is_some(), "{:?} off char boundaries", e.span);
                prop_assert!(!e.span.is_empty());
                prop_assert!(e.span.start >= previous_end, "overlap at {:?}", e.span);
                previous_end = e.span.end;
                // What was found is found again where it starts.
                let haystack = &text[..narrowed(&text, window).end];
                prop_assert_eq!(expression_at(haystack, e.span.start, Some(published)), Some(e));
            }
        }

        #[test]
        fn the_scan_agrees_with_the_bytewise_scan(
            text in newsy_text(),
            start in 0usize..200,
            len in 0usize..200,
            published in prop::option::of(published_date()),
        ) {
            let window = Span::new(start, start + len);
            prop_assert_eq!(
                time_expressions(&text, window, published),
                time_expressions_bytewise(&text, window, published)
            );
            let whole = Span::new(0, text.len());
            prop_assert_eq!(
                time_expressions(&text, whole, published),
                time_expressions_bytewise(&text, whole, published)
            );
        }

        #[test]
        fn the_gate_turns_away_only_windows_without_an_expression(
            text in prop_oneof![grammar_text(), newsy_text()],
            start in 0usize..120,
            len in 0usize..120,
        ) {
            for window in [Span::new(start, start + len), Span::new(0, text.len())] {
                let window = narrowed(&text, window);
                if !may_hold_expression_in(text.as_bytes(), window) {
                    prop_assert_eq!(first_phrase(&text, window), None, "{:?}", window);
                }
            }
        }

        #[test]
        fn the_past_never_resolves_after_publication(
            text in newsy_text(),
            published in published_date(),
        ) {
            for e in time_expressions(&text, Span::new(0, text.len()), Some(published)) {
                if e.relative && !e.future {
                    prop_assert!(
                        e.date.first_day() <= published,
                        "{:?} resolved to {} after {}", &text[e.span.range()], e.date, published
                    );
                }
                if e.future && e.date.precision() == DatePrecision::Day {
                    prop_assert!(e.date >= published);
                }
            }
        }

        #[test]
        fn every_form_resolves_without_panic(
            published in published_date(),
            form in prop::sample::select(vec![
                "June 11", "February 29", "in January", "in December", "last June",
                "next June", "Saturday", "last Sunday", "next Monday", "on Monday last week",
                "yesterday", "today", "last week", "this week", "next week", "last weekend",
                "over the weekend", "last month", "this month", "next month", "last year",
                "this year", "999 days ago", "999 weeks ago", "999 months ago",
                "999 years ago", "later this week",
            ]),
        ) {
            let d = Date::resolve(form, published);
            prop_assert!(d.is_some(), "{} against {}", form, published);
        }
    }
}
