//! Segmentation: paragraphs and sentence ends, aware of abbreviations ("Mr.", "U.S.").
//!
//! A paragraph is a line of text: news files separate paragraphs by line breaks, mostly
//! blank lines. Blank lines are skipped; the others are numbered from 0.

use std::cell::{Cell, OnceCell};

use crate::lanes::{ONES, first_lane, last_lane, non_graphic_lanes, short_lanes};
use crate::lexicon::lexicon;
use crate::span::Span;

/// The paragraphs of `text`, in order, each trimmed of surrounding white space.
pub(crate) fn paragraphs(text: &str) -> Vec<Span> {
    // Room for the paragraphs of most news articles, so that the vector seldom grows.
    let mut out = Vec::with_capacity(64);
    let bytes = text.as_bytes();
    let mut start = 0;
    let line_breaks = ByteSearch::new(b'\n');
    // The lines of `text.split_inclusive('\n')`, found by a byte search, each without
    // the line breaks and carriage returns at its end.
    while start < bytes.len() {
        // A line that is only its line break (every other line of most news files) is
        // blank: passed over without a search.
        if bytes[start] == b'\n' {
            start += 1;
            continue;
        }
        let end = line_breaks
            .find(&bytes[start..])
            .map_or(bytes.len(), |k| start + k + 1);
        // The line break, and a carriage return before it, are cut by counting them (no
        // loop, whose exit after one byte or two new text cannot teach the predictor):
        // the line holds a byte before its break (it is not blank), so both reads stand
        // in it. A rarer run of carriage returns is left to the trim, which cuts white
        // space and so these too.
        let mut body_end = end - usize::from(bytes[end - 1] == b'\n');
        body_end -= usize::from(bytes[body_end - 1] == b'\r');
        let trimmed = trim_span(text, Span::new(start, body_end));
        if !trimmed.is_empty() {
            out.push(trimmed);
        }
        start = end;
    }
    out
}

/// `memchr::memchr` of one byte, for a pass that searches for it again and again (at
/// every line, every full stop): the function picks its implementation and spreads the
/// needle over a vector at every call, some sixteen instructions before it reads a byte,
/// where a searcher kept for the pass does that once. (Where AVX2 is not at hand, or on
/// another architecture, the function is called as it was.)
#[derive(Clone, Copy)]
pub(crate) struct ByteSearch {
    needle: u8,
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::One>,
}

impl ByteSearch {
    /// The searcher for `needle`.
    pub(crate) fn new(needle: u8) -> ByteSearch {
        ByteSearch {
            needle,
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::One::new(needle),
        }
    }

    /// `memchr::memchr(needle, haystack)`.
    #[inline]
    pub(crate) fn find(&self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(one) = &self.avx2 {
            let found = one.find(haystack);
            debug_assert_eq!(found, memchr::memchr(self.needle, haystack));
            return found;
        }
        memchr::memchr(self.needle, haystack)
    }
}

/// True for white space including the no-break spaces news text is full of.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2007}'
}

/// [`is_space`] of an ASCII byte: the ASCII white space chars, tab to carriage return
/// and the space (the other chars it accepts are not ASCII).
#[inline(always)]
pub(crate) const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// [`is_ascii_space`] of each byte value, as 0 or 1.
static ASCII_SPACE_COUNTS: [u8; 256] = {
    let mut counts = [0; 256];
    let mut b = 0;
    while b < 256 {
        counts[b] = is_ascii_space(b as u8) as u8;
        b += 1;
    }
    counts
};

/// [`is_ascii_space`] as 0 or 1, read from a table without a branch: where the trims
/// count the one space that most texts have or not at random, a branch on it would
/// be mispredicted often on new text (one load, where a test of the bits of a mask
/// takes four instructions).
#[inline(always)]
fn ascii_space_count(b: u8) -> usize {
    usize::from(ASCII_SPACE_COUNTS[usize::from(b)])
}

/// True for printable ASCII other than the space (`!` to `~`): a byte that is a whole
/// char and no [`is_space`], told by one subtraction and one comparison.
#[inline(always)]
fn is_word_byte(b: u8) -> bool {
    b.wrapping_sub(b'!') < 0x5e
}

/// `str::trim_*_matches(is_space)` and `str::split(is_space)`, reading ASCII as bytes
/// (chars are decoded only where a non-ASCII byte stands). Nearly every word and phrase
/// the grammar trims and splits is ASCII, and the general trim or split is a char
/// searcher, tens of instructions even when there is nothing to trim; the frames trim
/// and split hundreds of thousands of times per megabyte.
pub(crate) trait SpaceStr {
    /// `self.trim_start_matches(is_space)`.
    fn trim_start_space(&self) -> &str;
    /// `self.trim_end_matches(is_space)`.
    fn trim_end_space(&self) -> &str;
    /// `self.trim_matches(is_space)`.
    fn trim_space(&self) -> &str;
    /// `self.split(is_space)`: the same pieces, empty ones included, from either end.
    fn split_space(&self) -> SpaceSplit<'_>;
    /// `self.rsplit(is_space)`.
    fn rsplit_space(&self) -> std::iter::Rev<SpaceSplit<'_>> {
        self.split_space().rev()
    }
}

/// The pieces of a text between [`is_space`] chars ([`SpaceStr::split_space`]).
#[derive(Clone, Debug)]
pub(crate) struct SpaceSplit<'a> {
    /// What is left to split.
    rest: &'a str,
    /// True once the last piece has been given.
    finished: bool,
}

impl<'a> Iterator for SpaceSplit<'a> {
    type Item = &'a str;

    // Always inlined: the frames ask for hundreds of thousands of pieces per megabyte,
    // most a short word, where a call (and the iterator kept in memory across it) cost
    // about as much as the scan; non-ASCII chars are read out of line.
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        let b = self.rest.as_bytes();
        let mut k = 0;
        loop {
            // `k` is a char boundary: an ASCII byte is a whole char. Printable ASCII
            // other than the space (nearly every byte of a word) is stepped over eight
            // bytes at a time ([`non_graphic_lanes`]): the first other byte is found from a
            // mask, where a byte loop's exit at each word's end, of any length, is a
            // branch the predictor cannot learn on new text. The rest are looked at
            // closely.
            let at = match b[k..].first_chunk::<8>() {
                Some(&eight) => match non_graphic_lanes(u64::from_le_bytes(eight)) {
                    0 => {
                        k += 8;
                        continue;
                    }
                    gaps => k + first_lane(gaps),
                },
                // The last seven bytes or fewer: the lanes past the end are zero, no
                // word byte, so `at` is the end when every byte left is one.
                None => k + first_lane(non_graphic_lanes(short_lanes(&b[k..]))),
            };
            debug_assert_eq!(
                Some(at),
                b[k..]
                    .iter()
                    .position(|&x| !is_word_byte(x))
                    .map_or(Some(b.len()), |p| Some(k + p))
            );
            let Some(&x) = b.get(at) else {
                self.finished = true;
                return Some(self.rest);
            };
            let (space, n) = if x.is_ascii() {
                (is_ascii_space(x), 1)
            } else {
                first_char_space(&self.rest[at..])
            };
            if space {
                let piece = &self.rest[..at];
                self.rest = &self.rest[at + n..];
                return Some(piece);
            }
            k = at + n;
        }
    }
}

impl<'a> DoubleEndedIterator for SpaceSplit<'a> {
    // (Always inlined, as `next` is.)
    #[inline(always)]
    fn next_back(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        let b = self.rest.as_bytes();
        let mut k = b.len();
        loop {
            // `k` is a char boundary; the char before it ends at `k`. The word bytes
            // before it are stepped over eight at a time, as in `next`: `end` is just
            // past the last other byte before `k` (the end of its char, as every byte
            // between it and `k` is ASCII), `None` when there is none.
            let end = match b[..k].last_chunk::<8>() {
                Some(&eight) => match non_graphic_lanes(u64::from_le_bytes(eight)) {
                    0 => {
                        k -= 8;
                        continue;
                    }
                    gaps => Some(k - 7 + last_lane(gaps)),
                },
                // The first seven bytes or fewer, in the low lanes: the zero lanes
                // above them are masked off.
                None => {
                    let gaps = non_graphic_lanes(short_lanes(&b[..k])) & ((1 << (8 * k)) - 1);
                    (gaps != 0).then(|| last_lane(gaps) + 1)
                }
            };
            debug_assert_eq!(
                end,
                b[..k]
                    .iter()
                    .rposition(|&x| !is_word_byte(x))
                    .map(|p| p + 1)
            );
            let Some(end) = end else {
                self.finished = true;
                return Some(self.rest);
            };
            let x = b[end - 1];
            let (space, n) = if x.is_ascii() {
                (is_ascii_space(x), 1)
            } else {
                last_char_space(&self.rest[..end])
            };
            if space {
                let piece = &self.rest[end..];
                self.rest = &self.rest[..end - n];
                return Some(piece);
            }
            k = end - n;
        }
    }
}

/// Whether the first char of `s` (not ASCII) is [`is_space`], and its length: out of
/// line, so that the splits inlined at their many callers hold only the ASCII steps.
#[cold]
#[inline(never)]
fn first_char_space(s: &str) -> (bool, usize) {
    let c = s.chars().next().unwrap_or_default();
    (is_space(c), c.len_utf8())
}

/// [`first_char_space`] of the last char of `s`.
#[cold]
#[inline(never)]
fn last_char_space(s: &str) -> (bool, usize) {
    let c = s.chars().next_back().unwrap_or_default();
    (is_space(c), c.len_utf8())
}

/// [`SpaceStr::trim_start_space`] past its first two bytes: out of line, so that the
/// trims inlined at their many callers hold only the two-byte step.
#[inline(never)]
fn trim_start_space_slow(s: &str) -> &str {
    // ASCII is read as bytes; from the first other char on, the general trim.
    let b = s.as_bytes();
    let mut k = 0;
    while k < b.len() {
        let step = if b[k].is_ascii() {
            usize::from(is_ascii_space(b[k]))
        } else {
            // Other chars are told from their bytes too: most that stand here are
            // curly quotes and dashes, no spaces, where decoding the char and looking
            // it up in the white space table cost several times more.
            non_ascii_space_len(&b[k..])
        };
        if step == 0 {
            let trimmed = &s[k..];
            debug_assert_eq!(trimmed, s.trim_start_matches(is_space));
            return trimmed;
        }
        k += step;
    }
    // (All spaces: the empty end of `s`, a slice of it as every trim gives.)
    &s[s.len()..]
}

/// The length in bytes of the char that opens `b` (a char boundary of a `str`, with a
/// byte that is no ASCII there) when it is an [`is_space`] char, else 0. The chars
/// beyond ASCII that [`is_space`] accepts are those of `char::is_whitespace` (U+0085,
/// U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000; its own
/// additions, U+00A0, U+202F and U+2007, are among them), written here as their UTF-8
/// bytes: a test checks every char against [`is_space`].
#[inline]
fn non_ascii_space_len(b: &[u8]) -> usize {
    match b {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// [`SpaceStr::trim_end_space`] past its last two bytes, out of line.
#[inline(never)]
fn trim_end_space_slow(s: &str) -> &str {
    // ASCII is read as bytes from the end; an ASCII byte is a whole char, and the
    // byte before it ends a char.
    let b = s.as_bytes();
    let mut k = b.len();
    while k > 0 && b[k - 1].is_ascii() {
        if !is_ascii_space(b[k - 1]) {
            return &s[..k];
        }
        k -= 1;
    }
    s[..k].trim_end_matches(is_space)
}

/// [`SpaceStr::trim_start_space`] of a text that often opens with a curly quotation
/// mark (U+2018 to U+201F, three bytes from 0xE2 0x80 0x98), after one space or none:
/// the text after a full stop, a sentence. Such a mark is no space, which its bytes
/// tell, where the trim took it to the loop out of line. (Not in the trim itself:
/// the test grew it at its many callers, and cost real text more than it saved.)
#[inline]
pub(crate) fn trim_start_space_to_mark(s: &str) -> &str {
    let b = s.as_bytes();
    let skip = b.first().map_or(0, |&c| ascii_space_count(c));
    if b.get(skip) == Some(&0xE2)
        && b.get(skip + 1) == Some(&0x80)
        && b.get(skip + 2).is_some_and(|c| (0x98..=0x9F).contains(c))
    {
        // (`skip` is 0, or 1 past an ASCII space: a char boundary.)
        let trimmed = &s[skip..];
        debug_assert_eq!(trimmed, s.trim_start_space());
        return trimmed;
    }
    s.trim_start_space()
}

impl SpaceStr for str {
    #[inline]
    fn trim_start_space(&self) -> &str {
        let b = self.as_bytes();
        // Most texts trimmed open with no space or with one before a word byte: the
        // first byte's space is counted (0 or 1) without a branch, whose way (is there
        // a space?) new text cannot teach the predictor, and the byte at that count
        // read; the one branch left is taken when it is a word byte, as it nearly
        // always is. Other texts go to the loop out of line.
        let skip = b.first().map_or(0, |&c| ascii_space_count(c));
        // (Past the end, all of a text is spaces: its trim is empty.)
        if b.get(skip).is_none_or(|&c| is_word_byte(c)) {
            // (`skip` is 0, or 1 past an ASCII space: a char boundary.)
            let trimmed = &self[skip..];
            debug_assert_eq!(trimmed, self.trim_start_matches(is_space));
            return trimmed;
        }
        trim_start_space_slow(self)
    }

    #[inline]
    fn trim_end_space(&self) -> &str {
        let b = self.as_bytes();
        // As in `trim_start_space`: the last byte's space counted without a branch,
        // the byte before the count tested.
        let end = b.len() - b.last().map_or(0, |&c| ascii_space_count(c));
        // (Before the start, all of a text is spaces: its trim is empty.)
        if b.get(end.wrapping_sub(1)).is_none_or(|&c| is_word_byte(c)) {
            // (The byte cut, if any, is an ASCII space, a whole char.)
            let trimmed = &self[..end];
            debug_assert_eq!(trimmed, self.trim_end_matches(is_space));
            return trimmed;
        }
        trim_end_space_slow(self)
    }

    #[inline]
    fn trim_space(&self) -> &str {
        self.trim_start_space().trim_end_space()
    }

    #[inline]
    fn split_space(&self) -> SpaceSplit<'_> {
        SpaceSplit {
            rest: self,
            finished: false,
        }
    }
}

/// `s.trim_matches(|c| is_space(c) || c == ',')`, reading ASCII as bytes: the ends
/// are trimmed byte by byte while they are ASCII spaces or commas, and only an end at
/// a non-ASCII char (which may be a space of its own) is handed to the general trim.
/// (That trim is a char searcher, tens of instructions even when there is nothing to
/// trim; the grammar trims every speaker phrase it judges so.)
pub(crate) fn trim_space_and_commas(s: &str) -> &str {
    let trimmed = |b: u8| b == b',' || is_ascii_space(b);
    let b = s.as_bytes();
    // The first byte of each end is counted in without a branch (most phrases have
    // none or one to trim there, at random); the loops then test the next bytes, which
    // are nearly always kept.
    let mut start = usize::from(b.first().is_some_and(|&c| trimmed(c)));
    while start < b.len() && trimmed(b[start]) {
        start += 1;
    }
    let mut end = b.len() - usize::from((b.len() > start) & b.last().is_some_and(|&c| trimmed(c)));
    while end > start && trimmed(b[end - 1]) {
        end -= 1;
    }
    // Both ends stop at a char boundary: an ASCII byte is a whole char.
    let t = &s[start..end];
    let tb = t.as_bytes();
    if tb.first().is_some_and(|b| !b.is_ascii()) || tb.last().is_some_and(|b| !b.is_ascii()) {
        return t.trim_matches(|c: char| is_space(c) || c == ',');
    }
    t
}

/// `c.is_alphanumeric()`, answered without Unicode's tables for the non-ASCII chars
/// news text is full of: the no-break space and the General Punctuation block (curly
/// quotes, dashes, the ellipsis), none of which is a letter or a digit. The scans that
/// read every char of a text ask this of each quote mark and dash; the table lookup
/// cost them more than the rest of their work on that char.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if c == '\u{a0}' || ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Where the first ", " of `s` starts (`str::find(", ")` without building a searcher
/// for a two-byte pattern).
pub(crate) fn comma_space(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(k) = b[from..].iter().position(|&c| c == b',') {
        let at = from + k;
        if b.get(at + 1) == Some(&b' ') {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// `span` without white space at either end.
#[inline]
pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    // Most spans are trimmed already, and many are empty (`""`): a span that is
    // empty, or opens and ends with an ASCII byte that is no white space (then no
    // space char stands at either end), is its own trim.
    let bytes = text.as_bytes();
    let solid = |b: u8| b.is_ascii() && !is_ascii_space(b);
    if span.is_empty() || (solid(bytes[span.start]) && solid(bytes[span.end - 1])) {
        debug_assert_eq!(span, trim_span_by_chars(text, span));
        return span;
    }
    trim_span_by_chars(text, span)
}

/// [`trim_span`], char by char from either end.
fn trim_span_by_chars(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start_space().len();
    let trail = s.trim_end_space().len();
    if trail <= lead {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.start + trail)
}

/// True when the `.` at byte `dot` of `text` ends a sentence: it is not part of an
/// abbreviation ("Mr.", "U.S.", "Jan."), an initial ("George W. Bush"), a number
/// ("3.5") or an ellipsis run that carries on in lower case.
pub(crate) fn is_sentence_end(text: &str, dot: usize) -> bool {
    match text.as_bytes().get(dot) {
        Some(b'.') => full_stop_ends(text, dot),
        Some(b'!' | b'?') => true,
        _ => false,
    }
}

/// [`is_sentence_end`] of the full stop at byte `dot` of `text`: for the scan of a
/// whole text ([`SentenceEnds`]), which asks it of every full stop, and for
/// [`is_sentence_end`]. The lexicon is fetched where its abbreviations are asked for,
/// so a text without a full stop never builds it.
///
/// What follows the stop is told from its bytes where they are the usual ones (ASCII
/// spaces or none, then an ASCII char, a curly quotation mark or the end), as the
/// trim and the lower-case test read them: the trim stops at an ASCII char that is no
/// space, and a lower-case letter there carries the sentence on when a space was
/// trimmed; a curly mark (U+2018 to U+201F) is no space and no lower case. Other chars
/// (a no-break space, a letter that is no ASCII) take the trim.
#[inline(always)]
fn full_stop_ends(text: &str, dot: usize) -> bool {
    let bytes = text.as_bytes();
    debug_assert_eq!(bytes.get(dot), Some(&b'.'));
    let after = &bytes[dot + 1..];
    let goes_on = match after {
        // A digit after the dot: a decimal number. A bracket: "(R-Fla.)". A comma or a
        // semicolon: "Mike Johnson, R-La., has said", "Acme Inc., which …".
        // A letter: a dotted abbreviation goes on ("R-N.Y.", "D-N.H.").
        [b, ..]
            if b.is_ascii_digit() || b.is_ascii_alphabetic() || matches!(b, b')' | b',' | b';') =>
        {
            true
        }
        // A lower-case word after it carries the sentence on ("Gov. Christie", "the
        // U.S. and"), when white space stands between: told from the bytes after the
        // ASCII spaces where they are the usual ones (most often one space, or none
        // before a curly mark: those first).
        [b' ', c, ..] if c.is_ascii() && !is_ascii_space(*c) => c.is_ascii_lowercase(),
        [b' ', 0xE2, 0x80, 0x98..=0x9F, ..] | [0xE2, 0x80, 0x98..=0x9F, ..] => false,
        _ => {
            let spaces = after.iter().take_while(|&&b| is_ascii_space(b)).count();
            match &after[spaces..] {
                [] => false,
                [c, ..] if c.is_ascii() => spaces > 0 && c.is_ascii_lowercase(),
                [0xE2, 0x80, 0x98..=0x9F, ..] => false,
                _ => {
                    let rest = trim_start_space_to_mark(&text[dot + 1..]);
                    rest.len() < after.len() && opens_lowercase(rest)
                }
            }
        }
    };
    debug_assert_eq!(goes_on, {
        let rest = trim_start_space_to_mark(&text[dot + 1..]);
        after.first().is_some_and(|b| {
            b.is_ascii_digit() || b.is_ascii_alphabetic() || matches!(b, b')' | b',' | b';')
        }) || (rest.len() < after.len() && opens_lowercase(rest))
    });
    if goes_on {
        return false;
    }
    let word = word_before(text, dot);
    if word.is_empty() {
        return true;
    }
    // Single capital letter: an initial.
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return false;
    }
    let lex = lexicon();
    if lex.is_abbreviation(word) {
        // "in the U.S." at the end of a sentence: a capital letter after means a new one
        // only if the abbreviation is not a title that always precedes a name.
        // (`rest` is what follows the dot, trimmed; both lists from one lookup.)
        let rest = trim_start_space_to_mark(&text[dot + 1..]);
        let lists = lex.lists(word);
        let title_like = lists.has("honorific") || lists.has("title");
        let upper_next = rest.chars().next().is_some_and(char::is_uppercase);
        return !title_like && upper_next && word.contains('.');
    }
    true
}

/// True when `s` opens with a lower-case char (`char::is_lowercase`). After a full
/// stop most texts go on with an ASCII letter or with a quotation mark or a dash
/// (U+2000 to U+203F, three bytes from 0xE2 0x80, none of them lower case: a test
/// checks), told from their bytes; other chars are decoded.
#[inline]
fn opens_lowercase(s: &str) -> bool {
    match s.as_bytes() {
        [b, ..] if b.is_ascii() => b.is_ascii_lowercase(),
        [0xE2, 0x80, ..] => false,
        _ => s.starts_with(char::is_lowercase),
    }
}

/// The word before the dot at byte `dot` of `text`: the last word of the 64 bytes
/// before it ([`word_start_before`]; a longer word is no abbreviation, and the bound
/// keeps a text of dots without spaces linear).
///
/// The sentence-end test asks this at nearly every full stop, and nearly always the
/// word and the break before it are ASCII: the bytes are read eight at a time from the
/// dot back ([`word_stops`]) down to the nearest break. When the nearest byte that
/// stops the word is no ASCII, the word is read char by char ([`bounded_word_before`]),
/// as before. (Otherwise the bytes after the break, or after the bound, are ASCII: the
/// bound is then a char boundary, and the word found is the same.)
fn word_before(text: &str, dot: usize) -> &str {
    let bytes = text.as_bytes();
    let floor = dot.saturating_sub(64);
    let mut end = dot;
    let stop = loop {
        match end.checked_sub(8).filter(|&from| from >= floor) {
            Some(from) => {
                let eight = bytes[from..end]
                    .first_chunk::<8>()
                    .copied()
                    .unwrap_or_default();
                let stops = word_stops(u64::from_le_bytes(eight));
                if stops != 0 {
                    // The last of the eight bytes that stops the word.
                    break Some(from + (63 - stops.leading_zeros() as usize) / 8);
                }
                end = from;
            }
            None => {
                break (floor..end)
                    .rev()
                    .find(|&k| !bytes[k].is_ascii() || is_word_break_byte(bytes[k]));
            }
        }
    };
    let word = match stop {
        Some(k) if bytes[k].is_ascii() => &text[k + 1..dot],
        // Only ASCII bytes from the bound to the dot: the bound is a char boundary.
        None => &text[floor..dot],
        Some(_) => return bounded_word_before(text, dot),
    };
    debug_assert_eq!(word, bounded_word_before(text, dot));
    word
}

/// [`word_before`] read char by char: the 64 bytes before `dot`, from the nearest char
/// boundary, and their last word ([`word_start_before`]).
fn bounded_word_before(text: &str, dot: usize) -> &str {
    let mut from = dot.saturating_sub(64);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..dot];
    &before[word_start_before(before)..]
}

/// The ASCII chars that end a word for [`word_start_before`]: its breaks ([`is_space`],
/// `(`, `"`, `'`) that are ASCII.
#[inline(always)]
fn is_word_break_byte(b: u8) -> bool {
    is_ascii_space(b) || matches!(b, b'(' | b'"' | b'\'')
}

/// The top bit of each byte of `x` (eight bytes read as one `u64`) that is no ASCII or
/// is an ASCII word break ([`is_word_break_byte`]), the other bits clear. Lane by lane,
/// on the low seven bits of each byte (so that no lane carries into the next): a lane
/// equals a char where its XOR with it is zero, which `y + 0x7f` (top bit set when `y`
/// is not zero) tells; the spaces from tab to carriage return are a range, told by two
/// additions.
#[inline(always)]
fn word_stops(x: u64) -> u64 {
    const TOP: u64 = ONES * 0x80;
    let low = x & (ONES * 0x7f);
    let equals = |c: u8| {
        let y = low ^ (ONES * u64::from(c));
        !((y + ONES * 0x7f) | y) & TOP
    };
    let control_space = (low + ONES * (0x80 - 0x09)) & !(low + ONES * (0x80 - 0x0e)) & TOP;
    let breaks = equals(b' ') | equals(b'(') | equals(b'"') | equals(b'\'') | control_space;
    breaks | (x & TOP)
}

/// Where the last word of `before` starts: after its last space, opening bracket,
/// opening quote or dash. The ASCII tail is read byte by byte; from the first
/// non-ASCII byte on, chars are decoded.
fn word_start_before(before: &str) -> usize {
    let is_break = |c: char| is_space(c) || matches!(c, '(' | '"' | '“' | '‘' | '\'' | '—');
    let bytes = before.as_bytes();
    let mut i = bytes.len();
    while i > 0 {
        let b = bytes[i - 1];
        if !b.is_ascii() {
            // `i` is a char boundary: the bytes after it were ASCII (or none).
            return before[..i].rfind(is_break).map_or(0, |k| {
                k + before[k..].chars().next().map_or(1, char::len_utf8)
            });
        }
        if is_break(char::from(b)) {
            return i;
        }
        i -= 1;
    }
    0
}

/// The sentence ends of one text: the terminators (`.`, `!`, `?`) where
/// [`is_sentence_end`] holds, found by a pass over the text when first asked for and
/// then answered by binary search. The answer is a property of the text and the
/// position alone, and the frames of quotations, the sentence loop of reported speech
/// and the dating of statements ask it of the same terminators again and again.
pub(crate) struct SentenceEnds<'t> {
    text: &'t str,
    /// The byte offsets of the sentence-ending terminators, in increasing order.
    ends: OnceCell<Vec<usize>>,
    /// Where the last search put its offset among `ends`: the frames ask of the
    /// quotes in text order, so the next answer is nearly always there or one further.
    hint: Cell<usize>,
}

impl<'t> SentenceEnds<'t> {
    /// The sentence ends of `text`, not yet read.
    pub(crate) fn new(text: &'t str) -> SentenceEnds<'t> {
        SentenceEnds {
            text,
            ends: OnceCell::new(),
            hint: Cell::new(0),
        }
    }

    /// The text whose ends these are.
    pub(crate) fn text(&self) -> &'t str {
        self.text
    }

    fn ends(&self) -> &[usize] {
        self.ends.get_or_init(|| {
            // Room for a sentence end every 64 bytes (news text has about one every 100),
            // so that the vector seldom grows (from four, doubling, it would be copied
            // five or six times per document).
            let mut ends = Vec::with_capacity(self.text.len() / 64);
            let bytes = self.text.as_bytes();
            // A `!` or `?` always ends a sentence, and both are rare: they are found by a
            // search of their own and merged in order, so that the search for full stops
            // looks for one byte rather than three and asks nothing of them.
            let mut marks = memchr::memchr2_iter(b'!', b'?', bytes).peekable();
            // The full stops, one search each from the last (`memchr_iter` sets its
            // search up again at each).
            let stops = ByteSearch::new(b'.');
            let mut from = 0;
            while let Some(k) = bytes.get(from..).and_then(|rest| stops.find(rest)) {
                let dot = from + k;
                from = dot + 1;
                while let Some(mark) = marks.next_if(|&mark| mark < dot) {
                    ends.push(mark);
                }
                if full_stop_ends(self.text, dot) {
                    ends.push(dot);
                }
            }
            ends.extend(marks);
            debug_assert!(
                ends.iter()
                    .copied()
                    .eq(memchr::memchr3_iter(b'.', b'!', b'?', bytes)
                        .filter(|&i| is_sentence_end(self.text, i)))
            );
            ends
        })
    }

    /// The byte offsets of every sentence-ending terminator, in increasing order: for
    /// a caller that walks the sentences in order with a cursor of its own.
    pub(crate) fn all(&self) -> &[usize] {
        self.ends()
    }

    /// True when the byte at `at` ends a sentence: [`is_sentence_end`].
    pub(crate) fn contains(&self, at: usize) -> bool {
        let found = self.ends().binary_search(&at).is_ok();
        debug_assert_eq!(found, is_sentence_end(self.text, at));
        found
    }

    /// How many ends lie before `at`: `ends.partition_point(|&e| e < at)`, tried first
    /// where the last such search ended and one further, then by binary search.
    fn count_near(&self, at: usize) -> usize {
        let ends = self.ends();
        let h = self.hint.get().min(ends.len());
        // `p` is the count when every end before it is below `at` and none from it.
        let fits = |p: usize| (p == 0 || ends[p - 1] < at) && ends.get(p).is_none_or(|&e| e >= at);
        let p = if fits(h) {
            h
        } else if h < ends.len() && fits(h + 1) {
            h + 1
        } else {
            ends.partition_point(|&e| e < at)
        };
        debug_assert_eq!(p, ends.partition_point(|&e| e < at));
        self.hint.set(p);
        p
    }

    /// The first terminator at or after `from` and before `before` that ends a
    /// sentence.
    ///
    /// Its callers (the quotation frames, quote by quote) ask in text order, mostly
    /// of positions within a sentence of the last one: the search starts where the
    /// last one ended ([`Self::count_near`]).
    pub(crate) fn first_from(&self, from: usize, before: usize) -> Option<usize> {
        let found = self
            .ends()
            .get(self.count_near(from))
            .copied()
            .filter(|&e| e < before);
        debug_assert_eq!(found, self.first_by_scan(from, before));
        found
    }

    /// [`SentenceEnds::first_from`] read from the text, for the debug assertions.
    fn first_by_scan(&self, from: usize, before: usize) -> Option<usize> {
        self.text
            .as_bytes()
            .get(from..before.min(self.text.len()))
            .and_then(|b| {
                memchr::memchr3_iter(b'.', b'!', b'?', b)
                    .map(|k| from + k)
                    .find(|&i| is_sentence_end(self.text, i))
            })
    }

    /// The last terminator before `to` and at or after `floor` that ends a sentence.
    pub(crate) fn last_before(&self, floor: usize, to: usize) -> Option<usize> {
        let ends = self.ends();
        let found = ends[..ends.partition_point(|&e| e < to)]
            .last()
            .copied()
            .filter(|&e| e >= floor);
        debug_assert_eq!(found, self.last_by_scan(floor, to));
        found
    }

    /// [`SentenceEnds::last_before`], searched as [`SentenceEnds::first_from`] is: for
    /// the quotation frames. (The dating of statements asks of positions farther
    /// apart, where the first guesses miss: it searches from scratch.)
    pub(crate) fn last_before_near(&self, floor: usize, to: usize) -> Option<usize> {
        let found = self.ends()[..self.count_near(to)]
            .last()
            .copied()
            .filter(|&e| e >= floor);
        debug_assert_eq!(found, self.last_by_scan(floor, to));
        found
    }

    /// [`SentenceEnds::last_before`] read from the text, for the debug assertions.
    fn last_by_scan(&self, floor: usize, to: usize) -> Option<usize> {
        self.text
            .as_bytes()
            .get(floor..to.min(self.text.len()))
            .and_then(|b| {
                memchr::memchr3_iter(b'.', b'!', b'?', b)
                    .rev()
                    .map(|k| floor + k)
                    .find(|&i| is_sentence_end(self.text, i))
            })
    }
}

/// `i` (at most `s.len()`), moved down to the nearest char boundary of `s`.
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `i` (at most `s.len()`), moved up to the nearest char boundary of `s`.
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The length of a dateline opening a sentence ("TALLAHASSEE — ", "RENO, Nev. (AP) — ",
/// "BERLIN (Reuters) - ", "WASHINGTON ― "): a place in capitals and a dash, which is
/// not part of what the sentence reports; 0 when there is none. It runs for every
/// sentence, so the first word is judged before a dash is looked for, and only a
/// dateline's length of text is searched.
pub(crate) fn dateline(s: &str) -> usize {
    let first = s.split_space().next().unwrap_or("");
    let first = first.trim_end_matches([',', '.']);
    if first.len() < 2
        || first
            .chars()
            .any(|c| c.is_lowercase() || c.is_ascii_digit())
    {
        return 0;
    }
    let head = &s[..floor_boundary(s, 60)];
    // The first of the spaced dashes: every one opens with a space, so one pass over
    // the spaces of `head` finds the earliest, where a substring search per dash built
    // five searchers for a few dozen bytes.
    let hb = head.as_bytes();
    let Some(k) = memchr::memchr_iter(b' ', hb).find(|&k| {
        [" — ", " -- ", " - ", " ― ", " – "]
            .iter()
            .any(|dash| hb[k..].starts_with(dash.as_bytes()))
    }) else {
        return 0;
    };
    k + s[k..]
        .find(|c: char| c.is_alphanumeric() || matches!(c, '"' | '“' | '‘'))
        .unwrap_or(0)
}

/// True when [`dateline`] of `s` is surely 0, told from its first two bytes: when one
/// of them is an ASCII small letter or digit, the word `dateline` reads first is empty
/// (the first byte is a space) or one byte long (the second is), or holds that letter
/// or digit (a letter or digit is neither a space nor a trimmed stop or comma), and
/// `dateline` gives 0 for each. (A byte after a non-ASCII first byte continues its
/// char, and is no ASCII.) Most sentences open with a capital and a small letter.
#[inline]
pub(crate) fn surely_no_dateline(s: &str) -> bool {
    let b = s.as_bytes();
    let small = |x: u8| x.is_ascii_lowercase() || x.is_ascii_digit();
    b.len() < 2 || small(b[0]) || small(b[1]) || (b[0].is_ascii() && is_ascii_space(b[1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `opens_lowercase` is `starts_with(char::is_lowercase)`, for every char first.
    #[test]
    fn lowercase_openings_by_bytes() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let s = format!("{c}x");
            assert_eq!(opens_lowercase(&s), c.is_lowercase(), "{c:?}");
        }
        assert!(!opens_lowercase(""));
    }

    /// `non_ascii_space_len` accepts exactly the chars beyond ASCII that `is_space`
    /// does, with their length.
    #[test]
    fn non_ascii_spaces_by_bytes() {
        let mut buf = [0; 4];
        for c in (0x80..=0x10_ffff).filter_map(char::from_u32) {
            let b = c.encode_utf8(&mut buf).as_bytes();
            let want = if is_space(c) { c.len_utf8() } else { 0 };
            assert_eq!(non_ascii_space_len(b), want, "{c:?}");
        }
    }

    #[test]
    fn ascii_spaces_are_the_ascii_chars_is_space_accepts() {
        for b in 0..128u8 {
            let c = char::from(b);
            assert_eq!(is_ascii_space(b), c.is_whitespace(), "{b}");
            assert_eq!(is_space(c), c.is_whitespace(), "{b}");
        }
    }

    #[test]
    fn space_trims_agree_with_the_general_trims() {
        for s in [
            "",
            " ",
            "word",
            " word ",
            "\u{a0}word\u{a0}",
            " \u{202f} a b \u{2007}\t",
            "é ",
            " é",
            "\u{3000}x\u{3000}",
            "\n\r x \u{85}",
            "a\u{a0}",
            "\u{a0}",
        ] {
            assert_eq!(
                s.trim_start_space(),
                s.trim_start_matches(is_space),
                "{s:?}"
            );
            assert_eq!(s.trim_end_space(), s.trim_end_matches(is_space), "{s:?}");
            assert_eq!(s.trim_space(), s.trim_matches(is_space), "{s:?}");
        }
    }

    #[test]
    fn space_and_comma_trim_agrees_with_the_general_trim() {
        for s in [
            "",
            ",",
            " , ",
            "a",
            ", a ,",
            " ,\u{a0}a, b ,\u{3000}",
            ",,a,,",
            "a ,",
            "\u{a0},",
        ] {
            assert_eq!(
                trim_space_and_commas(s),
                s.trim_matches(|c: char| is_space(c) || c == ','),
                "{s:?}"
            );
        }
    }

    #[test]
    fn space_splits_agree_with_the_general_split() {
        // Every string of up to five chars from a few ASCII, non-ASCII, space and
        // non-space chars, read from the front, from the back and alternately.
        let alphabet = ['a', ' ', '\u{a0}', 'é', '\u{3000}', '\t'];
        let mut strings = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = strings
                .iter()
                .filter(|s| s.chars().count() == strings.last().unwrap().chars().count())
                .flat_map(|s| alphabet.iter().map(move |&c| format!("{s}{c}")))
                .collect();
            strings.extend(longer);
        }
        for s in &strings {
            let s = s.as_str();
            assert!(s.split_space().eq(s.split(is_space)), "{s:?}");
            assert!(s.rsplit_space().eq(s.rsplit(is_space)), "{s:?}");
            let (mut ours, mut std) = (s.split_space(), s.split(is_space));
            for k in 0.. {
                let (a, b) = if k % 2 == 0 {
                    (ours.next(), std.next())
                } else {
                    (ours.next_back(), std.next_back())
                };
                assert_eq!(a, b, "{s:?}");
                if a.is_none() {
                    break;
                }
            }
        }
    }

    #[test]
    fn space_splits_of_long_runs_agree_with_the_general_split() {
        // Every sequence of up to four pieces, among them runs of word bytes longer
        // than the eight read at once, control chars and DEL (no word bytes, no
        // spaces), and chars that are spaces or not, of one to three bytes.
        let pieces = [
            "a",
            "abcdefghi",
            "abcdefg",
            " ",
            "\u{a0}",
            "é",
            "\u{3000}",
            "\t",
            "\u{1}",
            "\u{7f}",
        ];
        for s in &crate::lanes::concatenations(&pieces, 4) {
            let s = s.as_str();
            assert!(s.split_space().eq(s.split(is_space)), "{s:?}");
            assert!(s.rsplit_space().eq(s.rsplit(is_space)), "{s:?}");
        }
    }

    #[test]
    fn fast_alphanumeric_agrees_with_unicode_on_every_char() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn paras(t: &str) -> Vec<&str> {
        paragraphs(t).into_iter().map(|s| &t[s.range()]).collect()
    }

    #[test]
    fn paragraphs_skip_blank_lines_and_trim() {
        assert_eq!(paras("a b\n\n  c\u{a0}\n\r\n d"), vec!["a b", "c", "d"]);
        assert!(paras("").is_empty());
        assert!(paras("\n\n \n").is_empty());
    }

    #[test]
    fn paragraphs_are_the_trimmed_lines_that_are_not_blank() {
        // Every text of up to six chars from line breaks, carriage returns, spaces and
        // letters: the lines of `split_inclusive`, trimmed, blank ones dropped.
        let alphabet = ['\n', '\r', ' ', '\u{a0}', 'a'];
        let mut texts = vec![String::new()];
        for _ in 0..6 {
            let longer: Vec<String> = texts
                .iter()
                .filter(|t| t.chars().count() == texts.last().map_or(0, |l| l.chars().count()))
                .flat_map(|t| alphabet.iter().map(move |&c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        assert_eq!(texts.len(), (0..=6).map(|n| 5usize.pow(n)).sum::<usize>());
        for t in &texts {
            let expected: Vec<&str> = t
                .split_inclusive('\n')
                .map(|line| line.trim_matches(is_space))
                .filter(|line| !line.is_empty())
                .collect();
            assert_eq!(paras(t), expected, "{t:?}");
        }
    }

    #[test]
    fn word_before_is_the_last_word_of_the_64_bytes_before_the_dot() {
        // The same word as the reading char by char.
        let old = bounded_word_before;
        let mut texts: Vec<String> = [
            "He said so. Mr. Smith (R-Fla.) met U.S. officials.",
            "“Yes.” ‘No.’ \"Maybe.\" 'So.' (Jan.) a\u{a0}b. x—Gov. café. é.",
            "tab\tword.\nline\rcr.\x0bvt.\x0cff. A.B.C.D.E.F.G.H.I.",
            ".. . .a .é .",
        ]
        .map(String::from)
        .to_vec();
        // Words of every length about the eight-byte steps and the bound, after each
        // kind of break and after a char that is no ASCII.
        for len in 0..80 {
            for before in [" ", "(", "\"", "'", "\t", "é", "—", "\u{a0}", ""] {
                texts.push(format!("x{before}{}.", "w".repeat(len)));
                texts.push(format!(
                    "{}{before}{}.",
                    "é".repeat(len % 7),
                    "w".repeat(len)
                ));
            }
        }
        for text in &texts {
            for (dot, _) in text.match_indices('.') {
                assert_eq!(word_before(text, dot), old(text, dot), "{text:?} at {dot}");
            }
        }
        // Every byte value before a dot, in each of the eight places.
        for b in 0..128u8 {
            for k in 0..8 {
                let mut bytes = b"abcdefghijk".to_vec();
                bytes[10 - k] = b;
                bytes.push(b'.');
                let text = String::from_utf8(bytes).unwrap();
                assert_eq!(word_before(&text, 11), old(&text, 11), "{b:#x} at {k}");
            }
        }
    }

    #[test]
    fn last_word_starts_after_its_break() {
        for (s, start) in [
            ("", 0),
            ("word", 0),
            ("two words", 4),
            ("(R-Fla", 1),
            ("said “Mr", 8),
            ("a\u{a0}U.S", 3),
            ("x—Gov", 4),
            ("café", 0),
            ("a café", 2),
            ("é Mr", 3),
        ] {
            assert_eq!(word_start_before(s), start, "{s:?}");
        }
        // The same answer as a reverse char search, over every tail of a mixed text.
        let text = "He met “Mr. Lee” (R-Fla.) in the U.S.\u{a0}on Monday — café 'Jones' ‘x’\tend";
        for (k, _) in text.char_indices() {
            let before = &text[..k];
            let reference = before
                .rfind(|c: char| is_space(c) || matches!(c, '(' | '"' | '“' | '‘' | '\'' | '—'))
                .map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
            assert_eq!(word_start_before(before), reference, "{before:?}");
        }
    }

    /// The offsets of the full stops of `t` that end a sentence.
    fn sentence_ends(t: &str) -> Vec<usize> {
        t.match_indices('.')
            .map(|(i, _)| i)
            .filter(|&i| is_sentence_end(t, i))
            .collect()
    }

    #[test]
    fn sentence_ends_respect_abbreviations() {
        let t = "Mr. Smith met Dr. Jones in the U.S. He left. It cost 3.5 bn. George W. Bush";
        let words: Vec<&str> = sentence_ends(t)
            .iter()
            .map(|&i| &t[i.saturating_sub(4)..=i])
            .collect();
        assert_eq!(words, vec![" U.S.", "left.", "5 bn."]);
        // A comma after the dot: the abbreviation of a state after a party letter.
        let t = "Mike Johnson, R-La., has said no. Acme Inc.; it left.";
        assert_eq!(
            sentence_ends(t),
            vec![t.find(" no.").unwrap() + 3, t.len() - 1]
        );
        // A letter right after the dot: the abbreviation goes on ("N.Y.", "S.C.").
        let t = "Rep. Hakeem Jeffries (D-N.Y.) reacted. Rep. Chris Collins, R-N.Y., noted it.";
        assert_eq!(
            sentence_ends(t),
            vec![t.find("reacted.").unwrap() + 7, t.len() - 1]
        );
    }

    #[test]
    fn surely_no_dateline_only_where_there_is_none() {
        let heads = [
            "",
            "W",
            "a",
            "7",
            " ",
            ",",
            ".",
            "—",
            "é",
            "É",
            "\u{a0}",
            "WASHINGTON",
            "LONDON",
            "Washington",
            "WASHINGTON,",
            "U.S.",
            "A",
            "I",
            "He",
            "3",
            "AB",
            "Ab",
            "aB",
            "A1",
            "1A",
            "A.",
            "A,",
            ",a",
            ".a",
            "  ",
            " A",
            "A ",
            "ÉLYSÉE",
            "Éa",
            "\u{a0}a",
        ];
        let tails = [
            "",
            " — The president said",
            " -- he said",
            " - it rained",
            " ― x",
            " – “Quote",
            " (Reuters) - The minister said",
            " (AP) — ‘No’",
            "\u{a0}— x",
            " said — not a dateline",
            "a — b",
            "1 — b",
        ];
        for h in heads {
            for t in tails {
                let s = format!("{h}{t}");
                if surely_no_dateline(&s) {
                    assert_eq!(dateline(&s), 0, "{s:?}");
                }
            }
        }
        assert!(!surely_no_dateline("WASHINGTON — The president said"));
        assert!(surely_no_dateline("The president said"));
    }
}
