//! Quote-mark pairing: which marks open and close quotations, and which are apostrophes.
//!
//! Handles straight `"` and `'`, curly `“ ” ‘ ’`, low `„`, guillemets `« » ‹ ›`, pairs
//! that open curly and close straight (`“…"`), quotes nested in quotes, unclosed quotes,
//! and quotes that run over paragraphs (the opening mark repeated at the start of each
//! paragraph, one closing mark at the end).
//!
//! The direction of a mark is read from its neighbours first ("flanking": a mark after
//! a space and before a letter opens), from its glyph second, and from what is open
//! third. Glyphs alone are not trusted: real text has reversed curly quotes.
//!
//! One left-to-right pass per paragraph with a stack of open marks: linear in the text
//! even for marks nested 100,000 deep.

use crate::segment::{SpaceStr, floor_boundary, is_ascii_space, is_space};
use crate::span::Span;

/// Which family a mark belongs to: double marks pair with double marks, single with single.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// `" “ ” „ ‟ « »`
    Double,
    /// `' ‘ ’ ‚ ‹ ›`
    Single,
}

/// What a mark's glyph says about its direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Glyph {
    Opening,
    Closing,
    Neutral,
}

/// A quotation found at the top level of a paragraph (quotes nested inside it are part
/// of its text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quote {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset one past the closing mark, or the paragraph end when unclosed.
    pub end: usize,
    /// The words between the marks, trimmed of white space.
    pub inner: Span,
    /// Index of the paragraph (in the slice given to [`find_quotes`]).
    pub paragraph: usize,
    /// True when a closing mark was found in this paragraph.
    pub closed: bool,
    /// True when this quote carries on a quote opened in the paragraph before.
    pub continues: bool,
    /// True when this quote carries on into the next paragraph.
    pub continued: bool,
    /// Which family of marks delimits it.
    pub family: Family,
}

impl Quote {
    /// True when the quote is the title of a programme, a book or a show after its
    /// owner's possessive ("ABC’s “Good Morning America”", "Fox News’ “Hannity”"): a
    /// few capitalised words, which nobody said.
    pub(crate) fn is_title(&self, text: &str) -> bool {
        let before = text[..self.open].trim_end_space();
        let possessive = before.ends_with("’s")
            || before.ends_with("'s")
            || (before.ends_with('’') && before[..before.len() - '’'.len_utf8()].ends_with('s'));
        // Most quotes follow no possessive: then their words need not be read (the
        // quotation frames ask this of each quote and of its neighbours).
        if !possessive {
            return false;
        }
        let inner = text[self.inner.range()].trim_end_matches([',', '.']);
        let mut words = 0;
        let capitalised = inner.split(' ').all(|w| {
            words += 1;
            w.starts_with(char::is_uppercase) || is_title_case_small_word(w)
        });
        capitalised && (1..=6).contains(&words)
    }
}

/// The marks that may close a quotation: straight or curly, double or single. A comma
/// may stand inside them ("as “fantastic,” telling …").
pub(crate) const CLOSING_MARKS: [char; 4] = ['"', '”', '’', '\''];

/// True for the short words that title case leaves in lower case ("Meet the Press",
/// "Refuses to Disavow …").
pub(crate) fn is_title_case_small_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "of" | "and" | "in" | "on" | "to" | "for" | "at" | "with" | "by"
    )
}

/// Classifies the char at the start of `s` as a quote mark.
fn mark(c: char) -> Option<(Family, Glyph)> {
    Some(match c {
        '"' => (Family::Double, Glyph::Neutral),
        '“' | '„' | '‟' | '«' => (Family::Double, Glyph::Opening),
        '”' | '»' => (Family::Double, Glyph::Closing),
        '\'' => (Family::Single, Glyph::Neutral),
        '‘' | '‚' | '‹' => (Family::Single, Glyph::Opening),
        '’' | '›' => (Family::Single, Glyph::Closing),
        _ => return None,
    })
}

/// [`mark`] of the char that `bytes` open with, when it is a mark beyond ASCII (`“ ” „
/// ‟ ‘ ’ ‚ ‹ ›` are 0xE2 0x80 and one byte more, `« »` 0xC2 and one), with its length:
/// told from the bytes, without decoding the char. The test
/// `wide_marks_as_decoded` checks it against [`mark`] for every char.
fn wide_mark(bytes: &[u8]) -> Option<(Family, Glyph, usize)> {
    let (family, glyph, len) = match bytes {
        [0xE2, 0x80, 0x9C | 0x9E | 0x9F, ..] => (Family::Double, Glyph::Opening, 3),
        [0xE2, 0x80, 0x9D, ..] => (Family::Double, Glyph::Closing, 3),
        [0xE2, 0x80, 0x98 | 0x9A | 0xB9, ..] => (Family::Single, Glyph::Opening, 3),
        [0xE2, 0x80, 0x99 | 0xBA, ..] => (Family::Single, Glyph::Closing, 3),
        [0xC2, 0xAB, ..] => (Family::Double, Glyph::Opening, 2),
        [0xC2, 0xBB, ..] => (Family::Double, Glyph::Closing, 2),
        _ => return None,
    };
    Some((family, glyph, len))
}

/// True for any quote mark.
pub(crate) fn is_mark(c: char) -> bool {
    mark(c).is_some()
}

/// True for characters a quote mark can open after: start, space, brackets, dashes.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            is_space(c)
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
                || mark(c).is_some()
        }
    }
}

/// True for characters a quote mark can close before: end, space, punctuation.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            is_space(c)
                || matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
                )
                || mark(c).is_some()
        }
    }
}

/// The role a mark can play where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
    Apostrophe,
}

fn role(family: Family, glyph: Glyph, prev: Option<char>, next: Option<char>, after: &str) -> Role {
    let left = opens_after(prev) && next.is_some_and(|c| !is_space(c));
    let right = prev.is_some_and(|c| !is_space(c)) && closes_before(next);
    if family == Family::Single {
        let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        // don't, Iraq’s, rock’n’roll: letters on both sides.
        if letter(prev) && letter(next) {
            return Role::Apostrophe;
        }
        // the '90s, '08: an elided century.
        if left && after.len() >= 3 && after.as_bytes()[..2].iter().all(u8::is_ascii_digit) {
            return Role::Apostrophe;
        }
    }
    role_of_glyph(left, right, glyph)
}

/// The role of a mark that is no apostrophe, from whether it can open (`left`: it
/// leans on what follows) and close (`right`: it leans on what precedes); where both or
/// neither hold, its glyph decides, and a neutral one (`"`, `'`) may do either.
fn role_of_glyph(left: bool, right: bool, glyph: Glyph) -> Role {
    match (left, right) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => match glyph {
            Glyph::Opening => Role::Open,
            Glyph::Closing => Role::Close,
            Glyph::Neutral => Role::Either,
        },
    }
}

/// What [`role`] reads of a mark's neighbour, as bits: [`BLANK`], [`OPENS_AFTER`],
/// [`CLOSES_BEFORE`], [`ALNUM`]. Read from a table for an ASCII neighbour (nearly every
/// one), so that a mark costs no char decoding and no Unicode property look-up.
type Side = u8;

/// The neighbour is white space or the paragraph's edge: no char a mark leans on.
const BLANK: Side = 1;
/// [`opens_after`] holds of the neighbour before a mark.
const OPENS_AFTER: Side = 2;
/// [`closes_before`] holds of the neighbour after a mark.
const CLOSES_BEFORE: Side = 4;
/// The neighbour is a letter or a digit (`char::is_alphanumeric`).
const ALNUM: Side = 8;
/// Not a side: the byte is no ASCII char, and the char must be decoded.
const DECODE: Side = 16;

/// The side of a neighbour char, or of the paragraph's edge (`None`), from the general
/// tests: the edge reads as a space does in [`role`] (opens and closes, and no char).
fn side_by_tests(c: Option<char>) -> Side {
    let Some(c) = c else {
        return BLANK | OPENS_AFTER | CLOSES_BEFORE;
    };
    let mut side = 0;
    if is_space(c) {
        side |= BLANK;
    }
    if opens_after(Some(c)) {
        side |= OPENS_AFTER;
    }
    if closes_before(Some(c)) {
        side |= CLOSES_BEFORE;
    }
    if c.is_alphanumeric() {
        side |= ALNUM;
    }
    side
}

/// [`side_by_tests`] of a char beyond ASCII (or of the edge), with [`ALNUM`] read only
/// when `letters`: only single marks ask whether their neighbours are letters, and
/// beyond ASCII the answer is a Unicode table search. The tests are not run one after
/// the other (each asks [`is_space`] again): beyond ASCII, the chars they name are the
/// marks, the spaces, the two dashes and the ellipsis. The test
/// `sides_beyond_ascii_as_the_general_tests` checks every char.
///
/// Not inlined: nearly every neighbour is ASCII and read from [`ASCII_SIDES`], and the
/// loop over the marks is faster without this code in it.
#[inline(never)]
fn side_of(c: Option<char>, letters: bool) -> Side {
    let Some(c) = c else {
        return BLANK | OPENS_AFTER | CLOSES_BEFORE;
    };
    debug_assert!(!c.is_ascii());
    let side = if mark(c).is_some() {
        // A mark next to a mark (`“‘`, `’”`, a run of `“`) is the commonest neighbour
        // beyond ASCII: both tests name marks, and a mark is no space and no letter.
        OPENS_AFTER | CLOSES_BEFORE
    } else if is_space(c) {
        BLANK | OPENS_AFTER | CLOSES_BEFORE
    } else {
        match c {
            '—' | '–' => OPENS_AFTER | CLOSES_BEFORE,
            '…' => CLOSES_BEFORE,
            _ if letters && c.is_alphanumeric() => ALNUM,
            _ => 0,
        }
    };
    debug_assert_eq!(
        side,
        side_by_tests(Some(c)) & if letters { !0 } else { !ALNUM }
    );
    side
}

/// [`side_by_tests`] of an ASCII byte, spelt out so that it can fill a table at compile
/// time: the ASCII white space, the ASCII chars [`opens_after`] and [`closes_before`]
/// name or that are marks, and the ASCII letters and digits. Any other byte is
/// [`DECODE`]. The test `ascii_sides_as_the_general_tests` checks each byte against
/// [`side_by_tests`].
const fn ascii_side(b: u8) -> Side {
    if !b.is_ascii() {
        return DECODE;
    }
    let blank = is_ascii_space(b);
    let mark = matches!(b, b'"' | b'\'');
    let mut side = 0;
    if blank {
        side |= BLANK;
    }
    if blank || mark || matches!(b, b'(' | b'[' | b'{' | b'-' | b'/' | b':') {
        side |= OPENS_AFTER;
    }
    if blank
        || mark
        || matches!(
            b,
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'}' | b'-'
        )
    {
        side |= CLOSES_BEFORE;
    }
    if b.is_ascii_alphanumeric() {
        side |= ALNUM;
    }
    side
}

/// [`ascii_side`] of each byte value.
static ASCII_SIDES: [Side; 256] = {
    let mut sides = [0; 256];
    let mut b = 0;
    while b < 256 {
        sides[b] = ascii_side(b as u8);
        b += 1;
    }
    sides
};

/// The side of the char before byte `i` of `s` (the paragraph's edge at 0), with
/// [`ALNUM`] read when `letters` (see [`side_of`]).
fn side_before(s: &str, i: usize, letters: bool) -> Side {
    let Some(k) = i.checked_sub(1) else {
        return side_of(None, letters);
    };
    // An ASCII byte is a whole char (no char's later bytes are below 0x80).
    let side = ASCII_SIDES[usize::from(s.as_bytes()[k])];
    if side & DECODE == 0 {
        debug_assert_eq!(side, side_by_tests(prev_of(s, i)));
        return side;
    }
    side_of(s[..i].chars().next_back(), letters)
}

/// The side of the char at byte `i` of `s` (a char boundary; the paragraph's edge at
/// its end), with [`ALNUM`] read when `letters` (see [`side_of`]).
fn side_at(s: &str, i: usize, letters: bool) -> Side {
    let Some(&b) = s.as_bytes().get(i) else {
        return side_of(None, letters);
    };
    let side = ASCII_SIDES[usize::from(b)];
    if side & DECODE == 0 {
        debug_assert_eq!(side, side_by_tests(char_at(s, i)));
        return side;
    }
    side_of(s[i..].chars().next(), letters)
}

/// [`role`] from the sides of the mark's neighbours, which hold all it reads of them
/// ([`ALNUM`] is read of a single mark's only); `after` is the text after the mark.
fn role_of_sides(family: Family, glyph: Glyph, prev: Side, next: Side, after: &[u8]) -> Role {
    let left = prev & OPENS_AFTER != 0 && next & BLANK == 0;
    let right = prev & BLANK == 0 && next & CLOSES_BEFORE != 0;
    if family == Family::Single {
        // (`next` tells letters only after a letter: see the caller.)
        if prev & next & ALNUM != 0 {
            return Role::Apostrophe;
        }
        if left && after.len() >= 3 && after[..2].iter().all(u8::is_ascii_digit) {
            return Role::Apostrophe;
        }
    }
    role_of_glyph(left, right, glyph)
}

/// The char before byte `i` of `s`.
fn prev_of(s: &str, i: usize) -> Option<char> {
    // Most marks stand next to ASCII: a byte below 0x80 is a whole char, and the
    // char is read from it without decoding.
    match i.checked_sub(1).map(|k| s.as_bytes()[k]) {
        Some(b) if b.is_ascii() => {
            debug_assert_eq!(Some(char::from(b)), s[..i].chars().next_back());
            Some(char::from(b))
        }
        _ => s[..i].chars().next_back(),
    }
}

/// The char at byte `i` of `s` (a char boundary), `None` at its end.
fn char_at(s: &str, i: usize) -> Option<char> {
    // (As in `prev_of`: an ASCII byte is its char.)
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => {
            debug_assert_eq!(Some(char::from(b)), s[i..].chars().next());
            Some(char::from(b))
        }
        _ => s[i..].chars().next(),
    }
}

/// The bytes of a text that can start a quote mark: `"`, `'`, or the lead byte of
/// `“ ” „ ‟ ‘ ’ ‚ ‹ ›` (0xE2) or `« »` (0xC2), found by vectorised byte searches instead
/// of decoding and classifying every char.
///
/// Two searches run side by side (memchr looks for at most three bytes at once): one
/// for `"`, `'` and 0xE2, one for 0xC2 (also the lead byte of the no-break space). Each
/// keeps the position it found until the scan has passed it, so each reads the text
/// once, however the two kinds of bytes interleave. The searches run on past the end of
/// the paragraph being read: a position found beyond it is kept for the paragraphs
/// after, so a paragraph costs no search that ends empty at its end, and one without a
/// 0xC2 byte (most) none for it at all.
struct MarkBytes<'a> {
    bytes: &'a [u8],
    /// The next `"`, `'` or 0xE2 at or after the last search start (`bytes.len()` when
    /// there is none).
    common: usize,
    /// The next 0xC2, likewise.
    guillemet: usize,
}

impl<'a> MarkBytes<'a> {
    /// The first search of each kind runs from the text's start here, so that a
    /// position is at hand at every call (and `next` keeps no `Option` to test): the
    /// first paragraph starts after nothing but line breaks, which no search stops at.
    fn new(bytes: &'a [u8]) -> MarkBytes<'a> {
        MarkBytes {
            bytes,
            common: memchr::memchr3(b'"', b'\'', 0xE2, bytes).unwrap_or(bytes.len()),
            guillemet: memchr::memchr(0xC2, bytes).unwrap_or(bytes.len()),
        }
    }

    /// The first candidate byte at or after `from` and before `end`. `from` never goes
    /// back from one call to the next.
    fn next(&mut self, from: usize, end: usize) -> Option<usize> {
        let bytes = self.bytes;
        if self.common < from {
            let rest = bytes.get(from..)?;
            // A mark right after the last one (`""`, `'"`, `”’`) is found by looking at
            // one byte: the search that would find it there costs a hundred
            // instructions a call, and a run of marks is one call a mark.
            let found = if matches!(rest.first(), Some(b'"' | b'\'' | 0xE2)) {
                Some(0)
            } else {
                find_common(rest)
            };
            debug_assert_eq!(found, memchr::memchr3(b'"', b'\'', 0xE2, rest));
            self.common = found.map_or(bytes.len(), |k| from + k);
        }
        if self.guillemet < from {
            let rest = bytes.get(from..)?;
            let found = memchr::memchr(0xC2, rest);
            self.guillemet = found.map_or(bytes.len(), |k| from + k);
        }
        let at = self.common.min(self.guillemet);
        (at < end).then_some(at)
    }
}

/// `memchr::memchr3(b'"', b'\'', 0xE2, haystack)`, with the searcher set up once for
/// the process: the function picks its implementation and spreads each needle over a
/// vector at every call, some forty instructions before it reads a byte, and
/// [`MarkBytes`] calls it once for nearly every quotation mark. (Where AVX2 is not at
/// hand, or on another architecture, the function is called as it was.) Not inlined:
/// a call either way, and inlined it would cost the scan's loop registers.
#[inline(never)]
fn find_common(haystack: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    {
        use memchr::arch::x86_64::avx2::memchr::Three;
        static THREE: std::sync::OnceLock<Option<Three>> = std::sync::OnceLock::new();
        if let Some(three) = THREE.get_or_init(|| Three::new(b'"', b'\'', 0xE2)) {
            return three.find(haystack);
        }
    }
    memchr::memchr3(b'"', b'\'', 0xE2, haystack)
}

/// After `s'`: a space, a lower-case word, and a closing single mark later on within a
/// short reach (bounded, so the check stays linear).
fn possessive_follows(after: &str) -> bool {
    let mut chars = after.chars();
    if !chars.next().is_some_and(is_space) || !chars.next().is_some_and(char::is_lowercase) {
        return false;
    }
    let reach = &after[..floor_boundary(after, 200)];
    let mut prev = ' ';
    for (i, c) in reach.char_indices() {
        if matches!(c, '\'' | '’') && !is_space(prev) {
            let next = reach[i + c.len_utf8()..].chars().next();
            if closes_before(next) && !next.is_some_and(char::is_alphanumeric) {
                return true;
            }
        }
        prev = c;
    }
    false
}

/// An open mark on the stack.
#[derive(Clone, Copy, Debug)]
struct Open {
    at: usize,
    /// The mark's length in bytes (at most 3).
    len: u8,
    family: Family,
    /// Where on the stack the open mark of the same family below this one stands, or
    /// [`NO_MARK`]. (A number, not an `Option`, so that an open mark takes 24 bytes, not
    /// 32: a paragraph of `“““…` holds one per three bytes.)
    below: usize,
}

/// [`Open::below`] of a mark with none of its family below it.
const NO_MARK: usize = usize::MAX;

/// The open marks of a paragraph, both families on one stack, with the innermost of
/// each family kept at hand: asked for at every mark, it was a search down the stack,
/// quadratic when one family piles up and the other is asked for (`“ ’` repeated).
#[derive(Default)]
struct OpenMarks {
    stack: Vec<Open>,
    /// The innermost open mark of each family ([`Family::Double`], [`Family::Single`]).
    top: [Option<usize>; 2],
}

impl OpenMarks {
    /// Empties the stack, for a new paragraph.
    fn clear(&mut self) {
        self.stack.clear();
        self.top = [None; 2];
    }

    /// Where the innermost open mark of `family` stands.
    fn innermost(&self, family: Family) -> Option<usize> {
        self.top[family as usize]
    }

    /// Opens a mark.
    fn push(&mut self, at: usize, len: usize, family: Family) {
        let below = self.top[family as usize].unwrap_or(NO_MARK);
        self.top[family as usize] = Some(self.stack.len());
        self.stack.push(Open {
            at,
            len: len as u8,
            family,
            below,
        });
    }

    /// Closes the mark at `k` and every mark opened after it, and gives the mark at `k`.
    fn close(&mut self, k: usize) -> Open {
        let opened = self.stack[k];
        // Each family's innermost mark is now the first below `k` down its chain: every
        // link passed over is a mark closed here, so the walks cost what the opens did.
        for top in &mut self.top {
            while let Some(i) = *top
                && i >= k
            {
                *top = Some(self.stack[i].below).filter(|&b| b != NO_MARK);
            }
        }
        self.stack.truncate(k);
        opened
    }
}

/// Finds the top-level quotations in each paragraph of `text`.
///
/// `paragraphs` are the paragraph spans from [`crate::segment::paragraphs`]. A double
/// quote left open at a paragraph end runs to that end (it never swallows the next
/// paragraph); when the next paragraph opens with a mark of the same family, the quote
/// is marked `continued` and the next one `continues`. A single mark left open is taken
/// for an apostrophe and dropped.
pub(crate) fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    // Room for the quotes of most news articles, so that the vector seldom grows.
    let mut out = Vec::with_capacity(32);
    let mut carried: Option<Family> = None;
    let mut open = OpenMarks::default();
    let mut candidates = MarkBytes::new(text.as_bytes());
    for (pi, &para) in paragraphs.iter().enumerate() {
        open.clear();
        let body = &text[para.range()];
        let starts_with_mark = body.chars().next().and_then(mark).map(|(f, _)| f);
        let continues = carried.is_some() && carried == starts_with_mark;
        carried = None;
        let mut from = 0;
        // Where the last mark read ends (none yet: no byte offset).
        let mut mark_end = usize::MAX;
        // Only the bytes that can start a mark are looked at; the chars around a mark
        // are read where it stands.
        let bytes = body.as_bytes();
        while let Some(i) = candidates
            .next(para.start + from, para.end)
            .map(|at| at - para.start)
        {
            // The mark is told from its bytes, without decoding.
            let (mut family, glyph, mut len) = match bytes[i] {
                b'"' => (Family::Double, Glyph::Neutral, 1),
                b'\'' => (Family::Single, Glyph::Neutral, 1),
                lead => {
                    let Some(wide) = wide_mark(&bytes[i..]) else {
                        // Another char led by 0xE2 (a dash, an ellipsis) or 0xC2 (a
                        // no-break space): three bytes or two.
                        from = i + if lead == 0xE2 { 3 } else { 2 };
                        debug_assert_eq!(from, i + char_at(body, i).map_or(0, char::len_utf8));
                        continue;
                    };
                    wide
                }
            };
            let letters = family == Family::Single;
            // A mark right after the last one (`""`, `“‘`, a run of marks) stands after
            // a mark, whose side is known without reading it again.
            let prev = if i == mark_end {
                debug_assert_eq!(side_before(body, i, letters), OPENS_AFTER | CLOSES_BEFORE);
                OPENS_AFTER | CLOSES_BEFORE
            } else {
                side_before(body, i, letters)
            };
            // Two apostrophes stand for a double mark in some newsrooms' files ('' … '').
            if bytes[i] == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                family = Family::Double;
                len = 2;
            }
            from = i + len;
            mark_end = from;
            let at = para.start + i;
            // Whether the next char is a letter matters only after a letter (below).
            let next = side_at(body, from, letters && prev & ALNUM != 0);
            let mut r = role_of_sides(family, glyph, prev, next, &bytes[from..]);
            debug_assert_eq!(
                r,
                role(
                    family,
                    glyph,
                    prev_of(body, i),
                    char_at(body, from),
                    &body[from..]
                )
            );
            if r == Role::Apostrophe {
                continue;
            }
            let innermost = open.innermost(family);
            if r == Role::Either {
                r = if innermost.is_some() {
                    Role::Close
                } else {
                    Role::Open
                };
            }
            match r {
                Role::Open => {
                    // Opening marks of both families nest on one stack; a single mark
                    // still open at the paragraph's end was an apostrophe (see below).
                    open.push(at, len, family)
                }
                Role::Close => {
                    let Some(k) = innermost else {
                        continue; // a stray closing mark, or an apostrophe (Jones')
                    };
                    // "the Joneses' old van": a plural possessive inside a single quote,
                    // when a closing single mark still follows in the sentence.
                    if family == Family::Single
                        && i > 0
                        && bytes[i - 1] == b's'
                        && possessive_follows(&body[i + len..])
                    {
                        continue;
                    }
                    let opened = open.close(k);
                    if open.stack.is_empty() {
                        let end = at + len;
                        out.push(Quote {
                            open: opened.at,
                            end,
                            inner: crate::segment::trim_span(
                                text,
                                Span::new(opened.at + usize::from(opened.len), at),
                            ),
                            paragraph: pi,
                            closed: true,
                            continues: continues && opened.at == para.start,
                            continued: false,
                            family,
                        });
                    }
                }
                Role::Either | Role::Apostrophe => {}
            }
        }
        // What is left open: the outermost double quote runs to the paragraph end.
        if let Some(first) = open.stack.iter().position(|o| o.family == Family::Double) {
            // Singles opened before it were apostrophes: only the double counts.
            let opened = open.stack[first];
            let next_starts = paragraphs
                .get(pi + 1)
                .and_then(|p| text[p.range()].chars().next())
                .and_then(mark)
                .is_some_and(|(f, g)| f == Family::Double && g != Glyph::Closing);
            out.push(Quote {
                open: opened.at,
                end: para.end,
                inner: crate::segment::trim_span(
                    text,
                    Span::new(opened.at + usize::from(opened.len), para.end),
                ),
                paragraph: pi,
                closed: false,
                continues: continues && opened.at == para.start,
                continued: next_starts,
                family: Family::Double,
            });
            if next_starts {
                carried = Some(Family::Double);
            }
        } else if let Some(first) = open.stack.first().copied() {
            // British style runs single quotes over paragraphs too, but only when the
            // next paragraph opens with one; otherwise the mark was an apostrophe.
            let next_starts = paragraphs
                .get(pi + 1)
                .and_then(|p| text[p.range()].chars().next())
                .and_then(mark)
                .is_some_and(|(f, g)| f == Family::Single && g != Glyph::Closing);
            if next_starts && first.at == para.start {
                out.push(Quote {
                    open: first.at,
                    end: para.end,
                    inner: crate::segment::trim_span(
                        text,
                        Span::new(first.at + usize::from(first.len), para.end),
                    ),
                    paragraph: pi,
                    closed: false,
                    continues: continues && first.at == para.start,
                    continued: true,
                    family: Family::Single,
                });
                carried = Some(Family::Single);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    proptest::proptest! {
        /// The innermost open mark of each family, kept at hand, against a search down
        /// the stack, over any sequence of opens and closes.
        #[test]
        fn innermost_marks_as_searched(ops in proptest::collection::vec(
            (proptest::bool::ANY, proptest::bool::ANY, 0usize..8),
            0..64,
        )) {
            let mut open = OpenMarks::default();
            for (at, (opens, double, depth)) in ops.into_iter().enumerate() {
                let family = if double { Family::Double } else { Family::Single };
                if opens {
                    open.push(at, 1, family);
                } else if let Some(k) = open.innermost(family) {
                    // Close the innermost of the family, or a mark at most `depth` below it.
                    let k = k.saturating_sub(depth);
                    open.close(k);
                }
                for f in [Family::Double, Family::Single] {
                    proptest::prop_assert_eq!(
                        open.innermost(f),
                        open.stack.iter().rposition(|o| o.family == f)
                    );
                }
            }
        }
    }

    #[test]
    fn ascii_sides_as_the_general_tests() {
        // The table read at every mark says of each ASCII char what the general tests
        // say, and sends every other byte to be decoded.
        for b in 0..=255u8 {
            if b.is_ascii() {
                let c = Some(char::from(b));
                assert_eq!(ASCII_SIDES[usize::from(b)], side_by_tests(c), "{b}");
            } else {
                assert_eq!(ASCII_SIDES[usize::from(b)], DECODE, "{b}");
            }
        }
    }

    #[test]
    fn sides_beyond_ascii_as_the_general_tests() {
        // The side of every char beyond ASCII, told without running the tests one
        // after the other, is what they say (with or without letters).
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let general = side_by_tests(Some(c));
            assert_eq!(side_of(Some(c), true), general, "{c:?}");
            assert_eq!(side_of(Some(c), false), general & !ALNUM, "{c:?}");
        }
        assert_eq!(side_of(None, true), side_by_tests(None));
    }

    #[test]
    fn wide_marks_as_decoded() {
        // Every char beyond ASCII, alone and followed by more text, is a mark by its
        // bytes exactly when it is one decoded.
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 8];
            let len = c.encode_utf8(&mut buf).len();
            let decoded = mark(c).map(|(f, g)| (f, g, len));
            assert_eq!(wide_mark(&buf[..len]), decoded, "{c:?}");
            assert_eq!(wide_mark(&buf), decoded, "{c:?}");
        }
    }

    fn inner(t: &str) -> Vec<&str> {
        find_quotes(t, &paragraphs(t))
            .into_iter()
            .map(|q| &t[q.inner.range()])
            .collect()
    }

    #[test]
    fn straight_curly_and_mixed_pairs() {
        assert_eq!(inner(r#""Yes," he said."#), vec!["Yes,"]);
        assert_eq!(inner("“Yes,” he said."), vec!["Yes,"]);
        assert_eq!(
            inner("on “the opinion of Iraq’s needs\"."),
            vec!["the opinion of Iraq’s needs"]
        );
        assert_eq!(inner("«Oui», dit-il. „Ja“, sagte er."), vec!["Oui", "Ja"]);
        assert_eq!(inner("''It's done,'' he said."), vec!["It's done,"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(inner("We don't know Iraq’s plans in the '90s or Jones' car.").is_empty());
        assert_eq!(inner("‘We don’t know,’ she said."), vec!["We don’t know,"]);
        assert_eq!(
            inner("'It's over,' he said of the Jones' house."),
            vec!["It's over,"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            inner(r#""He told me 'never' and "no"," she said."#),
            vec![r#"He told me 'never' and "no","#]
        );
        assert_eq!(inner("“A ‘b’ c,” d."), vec!["A ‘b’ c,"]);
    }

    #[test]
    fn unclosed_quote_stays_in_its_paragraph() {
        let t = "\"Never closed, he said.\n\nA new paragraph \"with a quote\" here.";
        assert_eq!(inner(t), vec!["Never closed, he said.", "with a quote"]);
        let qs = find_quotes(t, &paragraphs(t));
        assert!(!qs[0].closed && !qs[0].continued);
    }

    #[test]
    fn quotes_over_paragraphs() {
        let t = "“First part.\n\n“Second part.\n\n“Last part,” he said.";
        let qs = find_quotes(t, &paragraphs(t));
        let texts: Vec<&str> = qs.iter().map(|q| &t[q.inner.range()]).collect();
        assert_eq!(texts, vec!["First part.", "Second part.", "Last part,"]);
        assert!(qs[0].continued && !qs[0].continues);
        assert!(qs[1].continued && qs[1].continues);
        assert!(!qs[2].continued && qs[2].continues && qs[2].closed);
    }

    #[test]
    fn mark_bytes_in_order() {
        let text = "a\u{a0}“b” «c» 'd' \"e\" é";
        let mut marks = MarkBytes::new(text.as_bytes());
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(i) = marks.next(from, text.len()) {
            found.push(i);
            from = i + 1;
        }
        let expected: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn mark_bytes_shared_by_paragraphs_in_order() {
        // One search for the whole text, asked paragraph by paragraph, finds in each
        // what a byte filter of that paragraph finds, whether or not the paragraphs
        // before had marks of either kind.
        let text = "plain\n\n“a” it\u{a0}is\nnone here\n\n«b» 'c'\n\u{a0}x\n\nlast \"d\" é";
        let paras = paragraphs(text);
        let mut marks = MarkBytes::new(text.as_bytes());
        for para in paras {
            let mut found = Vec::new();
            let mut from = para.start;
            while let Some(i) = marks.next(from, para.end) {
                found.push(i);
                from = i + 1;
            }
            let expected: Vec<usize> = (para.start..para.end)
                .filter(|&i| matches!(text.as_bytes()[i], b'"' | b'\'' | 0xC2 | 0xE2))
                .collect();
            assert_eq!(found, expected, "{:?}", &text[para.range()]);
        }
    }

    #[test]
    fn guillemets_and_no_break_spaces_are_linear() {
        // No `"`, `'` or 0xE2 byte at all, and a 0xC2 byte every few bytes: each search
        // must not run to the paragraph's end again.
        let t = "«\u{a0}x\u{a0}» ".repeat(200_000);
        let started = std::time::Instant::now();
        let qs = find_quotes(&t, &paragraphs(&t));
        assert!(!qs.is_empty());
        assert!(started.elapsed().as_secs() < 5);
    }

    #[test]
    fn deep_nesting_is_linear_and_safe() {
        let t = "“".repeat(100_000);
        let qs = find_quotes(&t, &paragraphs(&t));
        assert!(qs.len() <= 1);
    }
}
