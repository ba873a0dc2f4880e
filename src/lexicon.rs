//! The lexicon: reporting verbs, titles, honorifics, name particles, abbreviations and
//! head nouns, held as data in `src/lexicon/*.txt` and read once on first use.
//!
//! Keeping the words out of the code lets a reader see (and extend) what the grammar
//! knows without reading the grammar.

use crate::cue::CueClass;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

const CUES: &str = include_str!("lexicon/cues.txt");
const TITLES: &str = include_str!("lexicon/titles.txt");
const WORDS: &str = include_str!("lexicon/words.txt");

/// One inflected form of a reporting verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct VerbForm {
    /// Dictionary form, e.g. "say", "point out".
    pub lemma: &'static str,
    /// Stance class.
    pub class: CueClass,
    /// The particle a phrasal verb needs after the form ("out" in "pointed out").
    pub particle: Option<&'static str>,
    /// True for the -ing form ("saying"), which does not head a finite clause.
    pub gerund: bool,
}

/// The named word lists of the data files (their `[...]` headings), in bit order: what
/// [`list_bit`] must give, checked by a test.
#[cfg(test)]
const LISTS: [&str; LIST_COUNT] = [
    "honorific",
    "title",
    "particle",
    "capital",
    "abbreviation",
    "pronoun",
    "org_head",
    "group_head",
    "document_head",
    "person_head",
    "object_verb",
    "adverb",
    "auxiliary",
    "stop",
    "speech_noun",
    "speech_noun_to",
    "belief_noun",
    "belief_noun_to",
    "setting",
    "to_verb",
    "homograph",
    "evidential",
    "naming_verb",
    "label",
    "quantity",
    "male_name",
    "female_name",
    "demonym",
    "acts_on_object",
];

/// The bit of a list in [`Entry::lists`]; an unknown name has none. A `match` rather
/// than a search of a table of names: inlined, a literal list name folds to a constant
/// at each call, which a search over 25 names no longer did.
#[inline(always)]
fn list_bit(list: &str) -> u32 {
    match list {
        "honorific" => 1 << 0,
        "title" => 1 << 1,
        "particle" => 1 << 2,
        "capital" => 1 << 3,
        "abbreviation" => 1 << 4,
        "pronoun" => 1 << 5,
        "org_head" => 1 << 6,
        "group_head" => 1 << 7,
        "document_head" => 1 << 8,
        "person_head" => 1 << 9,
        "object_verb" => 1 << 10,
        "adverb" => 1 << 11,
        "auxiliary" => 1 << 12,
        "stop" => 1 << 13,
        "speech_noun" => 1 << 14,
        "speech_noun_to" => 1 << 15,
        "belief_noun" => 1 << 16,
        "belief_noun_to" => 1 << 17,
        "setting" => 1 << 18,
        "to_verb" => 1 << 19,
        "homograph" => 1 << 20,
        "evidential" => 1 << 21,
        "naming_verb" => 1 << 22,
        "label" => 1 << 23,
        "quantity" => 1 << 24,
        "male_name" => 1 << 25,
        "female_name" => 1 << 26,
        "demonym" => 1 << 27,
        "acts_on_object" => 1 << 28,
        _ => 0,
    }
}

/// The lists one word is in ([`Lexicon::lists`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Lists(u32);

impl Lists {
    /// True when the word is in the named list. Always inlined, so that the list's bit
    /// is a constant at each call.
    #[inline(always)]
    pub fn has(self, list: &str) -> bool {
        self.0 & list_bit(list) != 0
    }
}

/// What the lexicon knows of one word: the lists it is in and its verb readings.
#[derive(Debug, Default)]
struct Entry {
    lists: u32,
    verbs: Vec<VerbForm>,
}

/// A fast hash for the short, trusted keys of the lexicon: the grammar looks words up
/// several times per word of text, so SipHash's cost showed in profiles, and so did a
/// byte-at-a-time FNV-1a. A word of up to eight bytes is read in at most two loads and
/// mixed by one wide multiply (longer keys take one per eight bytes); the key's length,
/// hashed first, tells apart the words that the overlapping loads read alike.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

/// An odd constant with its bits well spread (2^64 over the golden ratio).
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// `a * b` folded to 64 bits (high half xor low half): every bit of each input reaches
/// both the low bits (the table's index) and the high ones (its tag byte).
#[inline(always)]
fn fold_mul(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

/// The first eight bytes of `b` (which has at least eight), little-endian.
#[inline(always)]
fn load8(b: &[u8]) -> u64 {
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}

/// The first four bytes of `b` (which has at least four), little-endian.
#[inline(always)]
fn load4(b: &[u8]) -> u64 {
    u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut rest = bytes;
        while rest.len() > 8 {
            h = fold_mul(h ^ load8(rest), MIX);
            rest = &rest[8..];
        }
        let n = rest.len();
        let tail = match n {
            8 => load8(rest),
            // Two loads that overlap when n < 8: the first four bytes and the last four.
            4..=7 => (load4(rest) << 32) | load4(&rest[n - 4..]),
            1..=3 => {
                (u64::from(rest[0]) << 16) | (u64::from(rest[n / 2]) << 8) | u64::from(rest[n - 1])
            }
            _ => 0,
        };
        self.0 = fold_mul(h ^ tail, MIX ^ 0xff51_afd7_ed55_8ccd);
    }

    /// A key's length (hashed before a byte slice's bytes) folded in as one step.
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.0 = fold_mul(self.0 ^ n as u64 ^ 0xcbf2_9ce4_8422_2325, MIX);
    }

    /// A [`short_key`], in one step: its high half (the length and the bytes past the
    /// eighth, zero for most words) turned and folded into its low half.
    #[inline]
    fn write_u128(&mut self, n: u128) {
        self.0 = fold_mul(self.0 ^ n as u64 ^ ((n >> 64) as u64).rotate_left(29), MIX);
    }
}

/// The most bytes a word keyed by [`short_key`] has.
const SHORT_WORD: usize = 15;

/// A word of at most [`SHORT_WORD`] bytes as one number: its bytes, little-endian, and
/// its length in the top byte (so that no two words share one). The lexicon keys such
/// words so, nearly all of them: a key is then compared as a number, where a byte
/// slice is compared by a call of `memcmp`, and the grammar looks words up several
/// times per word of text. The bytes are read by a few loads that may overlap (as
/// [`WordHasher`] reads them), not copied one by one.
#[inline(always)]
fn short_key(w: &[u8]) -> Option<u128> {
    let n = w.len();
    let (low, high) = match n {
        0 => (0, 0),
        // Each length by its slice pattern: no index to check.
        1..=3 => match *w {
            [a] => (u64::from(a), 0),
            [a, b] => (u64::from(a) | u64::from(b) << 8, 0),
            [a, b, c, ..] => (u64::from(a) | u64::from(b) << 8 | u64::from(c) << 16, 0),
            [] => (0, 0),
        },
        4..=7 => (load4(w) | load4(&w[n - 4..]) << (8 * (n - 4)), 0),
        8 => (load8(w), 0),
        9..=SHORT_WORD => (load8(w), load8(&w[n - 8..]) >> (8 * (16 - n))),
        _ => return None,
    };
    Some(u128::from(low) | u128::from(high) << 64 | (n as u128) << 120)
}

/// A word of a text, as two loads of eight bytes of the text: the eight from its start
/// and the eight to its end (each read within the text and shifted into place where
/// the word lies near one of the text's ends). Its [`sketch`] and [`short_key`] are
/// computed from them with no test of its length: the scan for reporting verbs asks
/// them of every word, whose lengths follow no pattern, and the tests of the length
/// that [`sketch`] and [`short_key`] make on a bare slice were mispredicted on a third
/// of the words.
#[derive(Clone, Copy)]
pub(crate) struct WordBytes {
    /// The word's first bytes, little-endian: all of a word of up to eight, then text
    /// or zeros past its end.
    head: u64,
    /// The word's last bytes, little-endian, the last in the top byte: all of a word of
    /// up to eight, with text or zeros before its start.
    tail: u64,
    /// The word's length in bytes.
    n: usize,
}

impl WordBytes {
    /// The word `text[i..end]`, not empty, of a text of at least eight bytes.
    #[inline(always)]
    pub(crate) fn in_text(text: &[u8], i: usize, end: usize) -> WordBytes {
        debug_assert!(text.len() >= 8 && i < end && end <= text.len());
        // The load from the start begins at most eight bytes before the text's end and
        // is shifted down to the word; the load to the end ends at least at the
        // text's eighth byte and is shifted up to it. (Shifts of at most 56 bits: the
        // word has a byte in each load.)
        // (One load each: `load8` reads byte by byte, where each read is checked.)
        let load = |at: usize| {
            let eight: &[u8; 8] = text[at..at + 8].try_into().unwrap_or(&[0; 8]);
            u64::from_le_bytes(*eight)
        };
        let from = i.min(text.len() - 8);
        let head = load(from) >> (8 * (i - from));
        let to = end.max(8);
        let tail = load(to - 8) << (8 * (to - end));
        WordBytes {
            head,
            tail,
            n: end - i,
        }
    }

    /// [`sketch`] of the word.
    #[inline(always)]
    pub(crate) fn sketch(&self) -> usize {
        let n = self.n;
        // The first four bytes of `head` and the last four of `tail`, or all the bytes
        // of a shorter word from each: masked to the word, with no test of its length.
        // (The masks of the low and of the high `m` bytes, for `m` from 0 to 4.)
        const FIRST: [u64; 5] = [0, 0xff, 0xffff, 0xff_ffff, 0xffff_ffff];
        const LAST: [u64; 5] = [
            0,
            0xff << 56,
            0xffff << 48,
            0xff_ffff << 40,
            0xffff_ffff << 32,
        ];
        let m = n.min(4);
        let bytes = (self.head & FIRST[m]) | (self.tail & LAST[m]);
        let packed = (bytes | 0x2020_2020_2020_2020) ^ n as u64;
        (packed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SKETCH_BITS.trailing_zeros())) as usize
    }

    /// [`short_key`] of the word.
    #[inline(always)]
    pub(crate) fn short_key(&self) -> Option<u128> {
        let n = self.n;
        if n > SHORT_WORD {
            return None;
        }
        // Bytes one to eight from `head`, masked to the word; bytes nine on from the
        // top of `tail` (none for a word of up to eight).
        let low = self.head & (u64::MAX >> (64 - 8 * n.min(8)));
        let high = std::hint::select_unpredictable(n > 8, self.tail >> (8 * (16 - n.max(9))), 0);
        Some(u128::from(low) | u128::from(high) << 64 | (n as u128) << 120)
    }
}

/// The [`short_key`] of a word's ASCII lower case, from the key of the word: each byte
/// from `A` to `Z` gains 0x20, eight bytes at a time, where a word was copied and
/// lower-cased byte by byte. (Its length, below `A`, and the bytes past it, zero, stay.)
#[inline(always)]
fn lower_key(key: u128) -> u128 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let lower = |x: u64| {
        // The low seven bits of each byte; adding to them never carries out of it.
        let low = x & !HIGH;
        let from_a = low + (0x80 - u64::from(b'A')) * ONES; // high bit: low >= 'A'
        let past_z = low + (0x80 - u64::from(b'Z') - 1) * ONES; // high bit: low > 'Z'
        let capital = from_a & !past_z & !x & HIGH;
        x | capital >> 2
    };
    u128::from(lower(key as u64)) | u128::from(lower((key >> 64) as u64)) << 64
}

/// FNV-1a: a fast hash for short, trusted keys (the comparison's word sets use it).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    /// A key's length (hashed before a byte slice's bytes) folded in as one step, not
    /// as eight bytes.
    fn write_usize(&mut self, n: usize) {
        let h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        self.0 = (h ^ n as u64).wrapping_mul(0x0100_0000_01b3);
    }
}

/// The short words' entries while the lexicon is built, keyed by [`short_key`].
type ShortMap = HashMap<u128, Entry, BuildHasherDefault<WordHasher>>;

/// The entry of `word`, made empty first if there is none (for building): in `short`
/// for a word of at most [`SHORT_WORD`] bytes, else in `long`.
fn entry_mut<'a>(
    short: &'a mut ShortMap,
    long: &'a mut HashMap<&'static [u8], Entry, BuildHasherDefault<WordHasher>>,
    word: &[u8],
) -> &'a mut Entry {
    if let Some(key) = short_key(word) {
        return short.entry(key).or_default();
    }
    // A long word's key is a copy that lives as long as the lexicon, which lives as
    // long as the program; kept in the map, it stays reachable (a leak checker, as
    // the fuzz targets run, finds nothing lost).
    let key: &'static [u8] = match long.get_key_value(word) {
        Some((&key, _)) => key,
        None => Box::leak(word.into()),
    };
    long.entry(key).or_default()
}

/// The [`sketch`] of the word a [`short_key`] holds (its bytes, then its length).
fn key_sketch(key: u128) -> usize {
    let bytes = key.to_le_bytes();
    sketch(&bytes[..usize::from(bytes[15])])
}

/// The words of at most [`SHORT_WORD`] bytes, keyed by [`short_key`] and chained by
/// [`sketch`]: a lookup, whose sketch the caller has already made to test it against
/// [`Lexicon::known_sketches`], compares the key with the one word (rarely two) of
/// that sketch, where a hash map hashed the word again and probed a group of slots;
/// the frames, the subject readers and the scan for reporting verbs look up several
/// words of every sentence. A word whose sketch no word has finds none, so the table
/// holds every word or says it is absent.
#[derive(Debug)]
struct ShortWords {
    /// One more than the place of the last word added of each sketch; 0 for none.
    heads: Box<[u16; SKETCH_BITS]>,
    /// The keys of the words.
    keys: Vec<u128>,
    /// The entry of each key, in the order of `keys`.
    entries: Vec<Entry>,
    /// For each word, one more than the place of the word of its sketch added before
    /// it; 0 for none.
    next: Vec<u16>,
}

impl Default for ShortWords {
    fn default() -> ShortWords {
        ShortWords {
            heads: Box::new([0; SKETCH_BITS]),
            keys: Vec::new(),
            entries: Vec::new(),
            next: Vec::new(),
        }
    }
}

impl ShortWords {
    /// The words of `map`, each put at the head of its sketch's chain.
    fn new(map: ShortMap) -> ShortWords {
        // Places are u16, one more than the place: the lexicon has a few thousand words.
        assert!(
            map.len() < usize::from(u16::MAX),
            "{} short words",
            map.len()
        );
        let mut table = ShortWords::default();
        for (key, e) in map {
            let k = key_sketch(key);
            table.next.push(table.heads[k]);
            table.keys.push(key);
            table.entries.push(e);
            table.heads[k] = table.keys.len() as u16;
        }
        table
    }

    /// The entry of the word whose key is `key` and whose [`sketch`] is `k`.
    #[inline(always)]
    fn get(&self, k: usize, key: u128) -> Option<&Entry> {
        let mut at = self.heads[k];
        while let Some(i) = usize::from(at).checked_sub(1) {
            if *self.keys.get(i)? == key {
                return self.entries.get(i);
            }
            at = *self.next.get(i)?;
        }
        None
    }
}

/// Every word of the data files, indexed once.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// The words longer than [`SHORT_WORD`] bytes (a few), keyed by bytes, so that a
    /// word lower-cased into a buffer is looked up without checking the buffer is
    /// UTF-8 again.
    words: HashMap<&'static [u8], Entry, BuildHasherDefault<WordHasher>>,
    /// The words of at most [`SHORT_WORD`] bytes; `words` holds only the longer ones.
    short_words: ShortWords,
    /// The [`sketch`] bits of every word that may open a verb group: most words of a
    /// text are not one, and this tells most of them apart without looking the word up.
    group_sketches: Box<[u64; SKETCH_BITS / 64]>,
    /// [`Lexicon::group_sketches`] and the [`sketch`] bits of the words of
    /// [`crate::grammar::SCAN_NOTED`]: the words the scan for reporting verbs reads
    /// further.
    scan_sketches: Box<[u64; SKETCH_BITS / 64]>,
    /// The [`sketch`] bits of every abbreviation: the sentence splitter asks of the word
    /// before each full stop whether it is one, and most are not.
    abbreviation_sketches: Box<[u64; SKETCH_BITS / 64]>,
    /// The [`sketch`] bits of every word of the lexicon: most words of a text are in no
    /// list, and this tells most of them apart before the word is looked up (or, for a
    /// lookup in lower case, copied). A sketch folds the case of the bytes it reads,
    /// so a word and its lower case have the same one.
    known_sketches: Box<[u64; SKETCH_BITS / 64]>,
    /// The [`sketch`] bits of every word of the lexicon with no ASCII capital, the only
    /// words a lookup of a word's lower case can find: the sketches of capitalised
    /// entries ("Clinton", "Mr") would let through the lower-case words that share them.
    lower_sketches: Box<[u64; SKETCH_BITS / 64]>,
    /// For each list (by its bit's place), the [`list_sketch`] bits of its words: the
    /// grammar asks of most words whether they are in one list ("stop", "pronoun"),
    /// and most words that are in some list are not in that one, and are turned away
    /// without a lookup.
    list_sketches: Box<[[u64; LIST_SKETCH_BITS / 64]; LIST_COUNT]>,
    /// Whether some verb form opens with an ASCII capital. None does (the forms are
    /// written in lower case): then the entry of a capitalised word as written holds no
    /// verb readings, and [`Lexicon::verb`] need not look it up before its lower case.
    capitalised_verb_forms: bool,
    #[cfg(test)]
    lists: HashMap<&'static str, Vec<&'static str>>,
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        Lexicon {
            words: HashMap::default(),
            short_words: ShortWords::default(),
            group_sketches: Box::new([0; SKETCH_BITS / 64]),
            scan_sketches: Box::new([0; SKETCH_BITS / 64]),
            abbreviation_sketches: Box::new([0; SKETCH_BITS / 64]),
            known_sketches: Box::new([0; SKETCH_BITS / 64]),
            lower_sketches: Box::new([0; SKETCH_BITS / 64]),
            list_sketches: Box::new([[0; LIST_SKETCH_BITS / 64]; LIST_COUNT]),
            capitalised_verb_forms: false,
            #[cfg(test)]
            lists: HashMap::default(),
        }
    }
}

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

fn class_named(name: &str) -> Option<CueClass> {
    Some(match name {
        "neutral" => CueClass::Neutral,
        "assertive" => CueClass::Assertive,
        "hedged" => CueClass::Hedged,
        "denial" => CueClass::Denial,
        "accusation" => CueClass::Accusation,
        "promise" => CueClass::Promise,
        "directive" => CueClass::Directive,
        "question" => CueClass::Question,
        "admission" => CueClass::Admission,
        "prediction" => CueClass::Prediction,
        "written" => CueClass::Written,
        "belief" => CueClass::Belief,
        _ => return None,
    })
}

/// Lines of a data file without comments and blank lines.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon::default();
        let mut short = ShortMap::default();
        for line in data_lines(CUES) {
            let mut fields = line.split_whitespace();
            let (Some(lemma), Some(class)) = (fields.next(), fields.next()) else {
                continue;
            };
            // The data file is ours; an unknown class is a typo caught by the tests.
            let class = class_named(class).unwrap_or(CueClass::Neutral);
            let lemma_key: &'static str = leak_spaced(lemma);
            for form in std::iter::once(lemma).chain(fields) {
                let (head, particle) = match form.split_once('_') {
                    Some((h, p)) => (h, Some(p)),
                    None => (form, None),
                };
                lex.capitalised_verb_forms |= head.starts_with(|c: char| c.is_ascii_uppercase());
                entry_mut(&mut short, &mut lex.words, head.as_bytes())
                    .verbs
                    .push(VerbForm {
                        lemma: lemma_key,
                        class,
                        particle,
                        gerund: head.ends_with("ing") && head != "bring",
                    });
            }
        }
        for text in [TITLES, WORDS] {
            let mut section = "";
            for line in data_lines(text) {
                if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                    section = name;
                    continue;
                }
                let bit = list_bit(section);
                for word in line.split_whitespace() {
                    #[cfg(test)]
                    lex.lists
                        .entry(section)
                        .or_default()
                        .push(leak_spaced(word));
                    // (Not leaked: a short word's key holds its bytes, and a long one's
                    // key is made by `entry_mut`. Copied only when it has a `_` to give
                    // back as a space: the lexicon is built within the first text's
                    // extraction.)
                    let spaced = if word.contains('_') {
                        std::borrow::Cow::Owned(word.replace('_', " "))
                    } else {
                        std::borrow::Cow::Borrowed(word)
                    };
                    entry_mut(&mut short, &mut lex.words, spaced.as_bytes()).lists |= bit;
                }
            }
        }
        let mut sketched = |word: &[u8], e: &Entry| {
            let k = sketch(word);
            let bit = |set: &mut [u64; SKETCH_BITS / 64]| set[k / 64] |= 1 << (k % 64);
            bit(&mut lex.known_sketches);
            if !word.iter().any(u8::is_ascii_uppercase) {
                bit(&mut lex.lower_sketches);
            }
            let j = list_sketch(k);
            // (The lists of the word, by their set bits.)
            let mut lists = e.lists;
            while lists != 0 {
                lex.list_sketches[lists.trailing_zeros() as usize][j / 64] |= 1 << (j % 64);
                lists &= lists - 1;
            }
            if e.lists & (list_bit("auxiliary") | list_bit("adverb")) != 0 || !e.verbs.is_empty() {
                bit(&mut lex.group_sketches);
            }
            if e.lists & list_bit("abbreviation") != 0 {
                bit(&mut lex.abbreviation_sketches);
            }
        };
        // (The short words' bytes are unpacked from their keys.)
        for (&key, e) in &short {
            let bytes = key.to_le_bytes();
            sketched(&bytes[..usize::from(bytes[15])], e);
        }
        for (word, e) in &lex.words {
            sketched(word, e);
        }
        lex.short_words = ShortWords::new(short);
        lex.scan_sketches = lex.group_sketches.clone();
        for word in crate::grammar::SCAN_NOTED {
            let k = sketch(word.as_bytes());
            lex.scan_sketches[k / 64] |= 1 << (k % 64);
        }
        lex
    }

    /// The entry of `word` (exact case): [`Lexicon::entry`], with most words that have
    /// none turned away by their [`sketch`] before they are hashed.
    #[inline(always)]
    fn get(&self, word: &[u8]) -> Option<&Entry> {
        self.get_in(&self.known_sketches, word)
    }

    /// [`Lexicon::get`] for a word with no ASCII capital, whose entry, if any, is that
    /// of a word with none: tested against [`Lexicon::lower_sketches`].
    #[inline(always)]
    fn get_uncapitalised(&self, word: &[u8]) -> Option<&Entry> {
        self.get_in(&self.lower_sketches, word)
    }

    /// The entry of `word` (exact case) when its [`sketch`] is in `sketches`, a set that
    /// holds the sketch of every entry the caller may find.
    #[inline(always)]
    fn get_in(&self, sketches: &[u64; SKETCH_BITS / 64], word: &[u8]) -> Option<&Entry> {
        let k = sketch(word);
        if sketches[k / 64] & (1 << (k % 64)) == 0 {
            return None;
        }
        self.entry(k, word)
    }

    /// The entry of `word` (exact case), whose [`sketch`] is `k`, from the table that
    /// holds words of its length.
    #[inline(always)]
    fn entry(&self, k: usize, word: &[u8]) -> Option<&Entry> {
        match short_key(word) {
            Some(key) => self.short_words.get(k, key),
            None => self.words.get(word),
        }
    }

    /// False when `word` (in any case) is surely in no list of `bit` (one list's bit,
    /// or none, a constant at each call): its [`list_sketch`] is not that of a word of
    /// the list. A word that is a word of the list as written ([`Lexicon::is`]), or
    /// whose lower case is ([`Lexicon::is_lower`]), has that word's sketch, a sketch
    /// folding case. Always inlined, so that the list's set is chosen at compile time
    /// and the word's sketch is shared with the lookup that follows.
    #[inline(always)]
    fn may_be_in(&self, bit: u32, word: &[u8]) -> bool {
        let Some(set) = self.list_sketches.get(bit.trailing_zeros() as usize) else {
            return false;
        };
        let j = list_sketch(sketch(word));
        set[j / 64] & (1 << (j % 64)) != 0
    }

    /// False when `word` (in any case) is surely no auxiliary, adverb or verb form.
    #[inline(always)]
    pub(crate) fn may_be_group_word(&self, word: &[u8]) -> bool {
        let k = sketch(word);
        self.group_sketches[k / 64] & (1 << (k % 64)) != 0
    }

    /// `is("abbreviation", word)`, with most words turned away by their [`sketch`]
    /// before the map is asked.
    #[inline]
    pub fn is_abbreviation(&self, word: &str) -> bool {
        let k = sketch(word.as_bytes());
        self.abbreviation_sketches[k / 64] & (1 << (k % 64)) != 0 && self.is("abbreviation", word)
    }

    /// The reporting-verb readings of a word form ("said" → say/neutral).
    pub fn verb(&self, form: &str) -> &[VerbForm] {
        let capitalised = form.bytes().next().is_some_and(|b| b.is_ascii_uppercase());
        // (A capitalised form as written has readings only if some form is capitalised.)
        if (!capitalised || self.capitalised_verb_forms)
            && let Some(e) = self.get(form.as_bytes())
            && !e.verbs.is_empty()
        {
            return &e.verbs;
        }
        if capitalised {
            return self.lookup_lower(form, |e| e.map(|e| &e.verbs[..]).unwrap_or(&[]));
        }
        &[]
    }

    /// `(lists_lower(word), verb(word))`, from one lookup: a word with no ASCII capital
    /// is its own lower case, and a capitalised word's entry as written holds no
    /// readings (see [`Lexicon::capitalised_verb_forms`]), so both are read from the
    /// entry of its lower case.
    #[inline]
    pub fn lists_lower_and_verb(&self, word: &str) -> (Lists, &[VerbForm]) {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self
                .get_uncapitalised(word.as_bytes())
                .map_or((Lists(0), &[][..]), |e| (Lists(e.lists), &e.verbs[..]));
        }
        if word.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && !self.capitalised_verb_forms
        {
            return self.lookup_lower(word, |e| {
                e.map_or((Lists(0), &[][..]), |e| (Lists(e.lists), &e.verbs[..]))
            });
        }
        (self.lists_lower(word), self.verb(word))
    }

    /// [`Lexicon::lists_lower_and_verb`] of a word that holds no ASCII capital (its own
    /// lower case), for a caller that has told so already: the entry as written.
    #[inline]
    pub fn lists_and_verb_uncapitalised(&self, word: &str) -> (Lists, &[VerbForm]) {
        debug_assert!(!word.bytes().any(|b| b.is_ascii_uppercase()), "{word:?}");
        self.get_uncapitalised(word.as_bytes())
            .map_or((Lists(0), &[][..]), |e| (Lists(e.lists), &e.verbs[..]))
    }

    /// What `word` (as written) can be in a verb group, from one lookup: (an auxiliary
    /// or an adverb, which may open a group; its reporting verb readings, empty unless
    /// it is a form that heads one). Inlined into the scan that asks it of every
    /// lower-case word, where the sketch test turns most words away for the cost of a
    /// few instructions, not a call.
    #[inline]
    pub fn verb_group_role(&self, word: &[u8]) -> (bool, &[VerbForm]) {
        let bits = list_bit("auxiliary") | list_bit("adverb");
        let k = sketch(word);
        if self.group_sketches[k / 64] & (1 << (k % 64)) == 0 {
            return (false, &[]);
        }
        self.entry(k, word)
            .map_or((false, &[]), |e| (e.lists & bits != 0, &e.verbs[..]))
    }

    /// Whether a word of [`sketch`] `k` may be an auxiliary, adverb or verb form in
    /// some case ([`Lexicon::may_be_group_word`] of a word whose sketch is made).
    #[inline(always)]
    pub(crate) fn may_be_group_sketch(&self, k: usize) -> bool {
        self.group_sketches[k / 64] & (1 << (k % 64)) != 0
    }

    /// Whether a word of [`sketch`] `k` may be a group word
    /// ([`Lexicon::may_be_group_sketch`]) or one of
    /// [`crate::grammar::SCAN_NOTED`], in some case.
    #[inline(always)]
    pub(crate) fn may_be_scan_sketch(&self, k: usize) -> bool {
        self.scan_sketches[k / 64] & (1 << (k % 64)) != 0
    }

    /// [`Lexicon::verb_group_role`] of `word`, whose [`WordBytes`] are `bytes` and
    /// whose sketch is `k`: its key made with no test of its length.
    #[inline(always)]
    pub(crate) fn verb_group_role_of(
        &self,
        word: &[u8],
        bytes: WordBytes,
        k: usize,
    ) -> (bool, &[VerbForm]) {
        let bits = list_bit("auxiliary") | list_bit("adverb");
        debug_assert_eq!(k, sketch(word));
        debug_assert_eq!(bytes.short_key(), short_key(word));
        if !self.may_be_group_sketch(k) {
            return (false, &[]);
        }
        let entry = match bytes.short_key() {
            Some(key) => self.short_words.get(k, key),
            None => self.words.get(word),
        };
        entry.map_or((false, &[]), |e| (e.lists & bits != 0, &e.verbs[..]))
    }

    /// The lists of `word`, lower-cased, when it can open a verb group (an auxiliary,
    /// an adverb or a reporting verb form: every form is written in lower case), else
    /// `None`. One lookup, for the verb-group parser's opening test and its auxiliary
    /// and adverb tests of the same word. Always inlined, as the sketch test that turns
    /// most words away costs less than the call.
    #[inline(always)]
    pub fn group_opener(&self, word: &str) -> Option<Lists> {
        let bits = list_bit("auxiliary") | list_bit("adverb");
        if !self.may_be_group_word(word.as_bytes()) {
            return None;
        }
        self.lookup_lower(word, |e| {
            e.filter(|e| e.lists & bits != 0 || !e.verbs.is_empty())
                .map(|e| Lists(e.lists))
        })
    }

    /// For a word with no ASCII capital: the lists it is in and whether it is a
    /// reporting verb form, from one lookup (for such a word `is_lower`, `is` and
    /// `verb` all read the same entry). Always inlined, as `group_opener` is.
    #[inline(always)]
    pub fn uncapitalised(&self, word: &str) -> (Lists, bool) {
        debug_assert!(!word.bytes().any(|b| b.is_ascii_uppercase()), "{word:?}");
        self.get_uncapitalised(word.as_bytes())
            .map_or((Lists(0), false), |e| (Lists(e.lists), !e.verbs.is_empty()))
    }

    /// The lists `word`, lower-cased, is in, from one lookup: `lists_lower(w).has(l)`
    /// is `is_lower(l, w)`.
    #[inline]
    pub fn lists_lower(&self, word: &str) -> Lists {
        Lists(self.lookup_lower(word, |e| e.map_or(0, |e| e.lists)))
    }

    /// The lists `word` (exact case) is in, from one lookup, for a caller that asks
    /// about several lists of one word.
    #[inline]
    pub fn lists(&self, word: &str) -> Lists {
        Lists(self.get(word.as_bytes()).map_or(0, |e| e.lists))
    }

    /// True when `word` is in the named list (exact case, as the list writes it).
    /// Always inlined, so that the list's bit is a constant at each call.
    #[inline(always)]
    pub fn is(&self, list: &str, word: &str) -> bool {
        let bit = list_bit(list);
        self.may_be_in(bit, word.as_bytes())
            && self
                .get(word.as_bytes())
                .is_some_and(|e| e.lists & bit != 0)
    }

    /// True when `word`, lower-cased, is in the named list of lower-case words.
    #[inline(always)]
    pub fn is_lower(&self, list: &str, word: &str) -> bool {
        let bit = list_bit(list);
        self.may_be_in(bit, word.as_bytes())
            && self.lookup_lower(word, |e| e.is_some_and(|e| e.lists & bit != 0))
    }

    /// True when `word`, lower-cased, is in any of the named lists: one lookup where a
    /// chain of [`Lexicon::is_lower`] calls would make one per list.
    #[inline]
    pub fn in_any_lower(&self, lists: &[&str], word: &str) -> bool {
        let bits = lists.iter().fold(0, |m, l| m | list_bit(l));
        self.lookup_lower(word, |e| e.is_some_and(|e| e.lists & bits != 0))
    }

    /// Calls `f` with the entry of `word` in ASCII lower case: the word itself when it
    /// has no capital, else a lower-cased copy in a stack buffer (bytes, so unchecked
    /// for UTF-8 again; allocated only for very long words).
    #[inline(always)]
    fn lookup_lower<'s, T>(&'s self, word: &str, f: impl FnOnce(Option<&'s Entry>) -> T) -> T {
        let bytes = word.as_bytes();
        // (The sketch of the word is that of its lower case, a word with no capital: a
        // word with none of those is turned away before it is lower-cased.)
        let k = sketch(bytes);
        if self.lower_sketches[k / 64] & (1 << (k % 64)) == 0 {
            return f(None);
        }
        // A short word is lower-cased in its key (a word with no capital keeps it).
        if let Some(key) = short_key(bytes) {
            return f(self.short_words.get(k, lower_key(key)));
        }
        if bytes.iter().all(|b| !b.is_ascii_uppercase()) {
            return f(self.words.get(bytes));
        }
        let mut buf = [0u8; 40];
        if let Some(buf) = buf.get_mut(..bytes.len()) {
            buf.copy_from_slice(bytes);
            buf.make_ascii_lowercase();
            return f(self.words.get(&buf[..]));
        }
        f(self.words.get(bytes.to_ascii_lowercase().as_slice()))
    }

    /// Every word of a list, in file order.
    #[cfg(test)]
    pub fn list(&self, list: &str) -> &[&'static str] {
        self.lists.get(list).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// The number of named lists: the bits of [`list_bit`].
const LIST_COUNT: usize = 29;

/// Bits in each set of [`Lexicon::list_sketches`]: a list has at most a few hundred
/// words.
const LIST_SKETCH_BITS: usize = 1 << 12;

/// A word's place in a set of [`Lexicon::list_sketches`], from its [`sketch`] `k`
/// (its top bits, spread by the sketch's multiply).
#[inline(always)]
fn list_sketch(k: usize) -> usize {
    k >> (SKETCH_BITS.trailing_zeros() - LIST_SKETCH_BITS.trailing_zeros())
}

/// Bits in [`Lexicon::group_sketches`].
const SKETCH_BITS: usize = 1 << 16;

/// A word's place in a bit set of words, from its length and its first four and last
/// four bytes (all of them in a word of up to eight; all of a word of up to three as
/// both, in the low bytes and in the high ones), case folded (`| 0x20` maps an ASCII capital to its small letter, so a
/// word has the sketch of its lower case): cheaper than the map's hash, and words that
/// share it are rare among the few thousand a set holds. The bytes are packed into one
/// number and spread by a multiply, whose top bits depend on all of them. (Shifted
/// fields merely xored together overlapped, and common words ("and", "his", "as") fell
/// on a verb's bit; a sketch of the first two bytes and the last left words of the same
/// shape ("voters" and "voices", "support" and "suggest", "world" and "would") on one
/// bit, and each such word of a text paid for a lookup every time.)
#[inline(always)]
fn sketch(word: &[u8]) -> usize {
    let n = word.len();
    // (Two loads that overlap in a word of fewer than eight bytes, as `short_key` reads
    // it; the scan for reporting verbs asks this of every lower-case word.)
    let bytes = match (word.first_chunk::<4>(), word.last_chunk::<4>()) {
        (Some(first), Some(last)) => {
            u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32
        }
        // A shorter word is all of its first bytes and all of its last: its bytes in
        // the low bytes and in the high ones, each length by its slice pattern (no
        // index to check).
        _ => match *word {
            [a] => u64::from(a) * (1 | 1 << 56),
            [a, b] => (u64::from(a) | u64::from(b) << 8) * (1 | 1 << 48),
            [a, b, c, ..] => {
                (u64::from(a) | u64::from(b) << 8 | u64::from(c) << 16) * (1 | 1 << 40)
            }
            [] => 0,
        },
    };
    let packed = (bytes | 0x2020_2020_2020_2020) ^ n as u64;
    (packed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SKETCH_BITS.trailing_zeros())) as usize
}

thread_local! {
    /// The buffer [`with_lower`] lower-cases into: a `String`, so that the lower case
    /// is a `str` at once (`str::make_ascii_lowercase`), with no UTF-8 check of a byte
    /// buffer, and kept from call to call, so that it allocates only when it grows.
    static LOWER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Calls `f` with `word` in ASCII lower case, without allocating.
pub(crate) fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    // Most words the grammar compares are already lower case: no copy, no check.
    if word.bytes().all(|b| !b.is_ascii_uppercase()) {
        return f(word);
    }
    LOWER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut lower) => {
            lower.clear();
            lower.push_str(word);
            lower.make_ascii_lowercase();
            f(&lower)
        }
        // A `with_lower` inside `f` of another: the buffer is in use.
        Err(_) => f(&word.to_ascii_lowercase()),
    })
}

/// Calls `f` with `word` in ASCII lower case, as bytes lower-cased in a stack buffer of
/// `N` bytes; `None`, unasked, when the word is longer. For tests that match a word
/// against short literal words: no thread-local buffer, no UTF-8 check.
#[inline(always)]
pub(crate) fn with_short_lower<const N: usize, T>(
    word: &str,
    f: impl FnOnce(&[u8]) -> T,
) -> Option<T> {
    let mut buffer = [0u8; N];
    let lower = buffer.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    Some(f(lower))
}

/// True when `word` in ASCII lower case is one of `words` (written in lower case):
/// `with_lower(word, |w| words.contains(&w))` without copying a capitalised word, for
/// the tests that run on most words of a phrase.
#[inline]
pub(crate) fn is_one_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Data words write spaces as `_` ("Abu_Dhabi", "point_out"); give them back their
/// spaces. Built once per word at start-up, so the leak is bounded by the data files.
fn leak_spaced(word: &'static str) -> &'static str {
    if word.contains('_') {
        Box::leak(word.replace('_', " ").into_boxed_str())
    } else {
        word
    }
}

/// Calls `f` with every word of one to `max_len` small ASCII letters ("a" … "zzzz" for
/// 4): the tests of word filters run them over all short words, not a sample.
#[cfg(test)]
pub(crate) fn each_small_word(max_len: u32, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    for len in 1..=max_len {
        for n in 0..26usize.pow(len) {
            word.clear();
            let mut rest = n;
            for _ in 0..len {
                word.push(char::from(b'a' + (rest % 26) as u8));
                rest /= 26;
            }
            f(&word);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_bits_follow_the_order_of_lists() {
        for (k, list) in LISTS.iter().enumerate() {
            assert_eq!(list_bit(list), 1 << k, "{list}");
        }
        assert_eq!(list_bit("no such list"), 0);
    }

    #[test]
    fn every_cue_line_has_a_known_class() {
        for line in data_lines(CUES) {
            let class = line.split_whitespace().nth(1).unwrap_or("");
            assert!(class_named(class).is_some(), "unknown class in {line:?}");
        }
    }

    #[test]
    fn every_list_heading_is_known() {
        for line in data_lines(TITLES).chain(data_lines(WORDS)) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                assert_ne!(list_bit(name), 0, "unknown list [{name}]");
            }
        }
    }

    #[test]
    fn short_keys_hold_each_word_whole() {
        // Every length, with bytes that differ in each place: a key unpacks to its
        // word, and words that differ in any byte or in length have different keys.
        let mut seen = std::collections::HashMap::new();
        for n in 0..=SHORT_WORD + 1 {
            for at in 0..n.max(1) {
                for v in [0u8, 1, b'a', b'z', 0x80, 0xff] {
                    let mut w = vec![b'x'; n];
                    if n > 0 {
                        w[at] = v;
                    }
                    let Some(key) = short_key(&w) else {
                        assert!(n > SHORT_WORD);
                        continue;
                    };
                    let bytes = key.to_le_bytes();
                    assert_eq!(&bytes[..usize::from(bytes[15])], &w[..], "{w:?}");
                    assert_eq!(*seen.entry(key).or_insert(w.clone()), w);
                }
            }
        }
    }

    #[test]
    fn keys_are_lower_cased_as_their_words() {
        // Every byte value in every place of every length, among capitals and others.
        for n in 1..=SHORT_WORD {
            for fill in [b'A', b'a', b'@', b'[', 0xC3] {
                for at in 0..n {
                    for v in 0..=255u8 {
                        let mut w = vec![fill; n];
                        w[at] = v;
                        let key = short_key(&w).unwrap();
                        assert_eq!(
                            lower_key(key),
                            short_key(&w.to_ascii_lowercase()).unwrap(),
                            "{w:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn sketches_are_those_of_the_lower_case() {
        // `lookup_lower` tests the sketch of a word as written against the sketches of
        // the lexicon's words: every byte value in every place of every length up to
        // past the two loads', among capitals and others.
        for n in 1..=12 {
            for fill in [b'A', b'a', b'@', b'[', 0xC3] {
                for at in 0..n {
                    for v in 0..=255u8 {
                        let mut w = vec![fill; n];
                        w[at] = v;
                        assert_eq!(sketch(&w), sketch(&w.to_ascii_lowercase()), "{w:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_short_word_is_found_in_its_sketchs_chain() {
        // `ShortWords::get` answers as a map from key to entry would: every key is
        // once in the table, in the chain of its sketch, where `get` finds it; a key
        // of another word of the same sketch finds that word's entry.
        let lex = lexicon();
        let table = &lex.short_words;
        assert_eq!(table.keys.len(), table.entries.len());
        assert_eq!(table.keys.len(), table.next.len());
        let mut seen = std::collections::HashSet::new();
        for (at, &key) in table.keys.iter().enumerate() {
            let bytes = key.to_le_bytes();
            let word = bytes[..usize::from(bytes[15])].to_vec();
            assert!(seen.insert(key), "{word:?} twice");
            let k = sketch(&word);
            assert_eq!(k, key_sketch(key));
            assert!(std::ptr::eq(table.get(k, key).unwrap(), &table.entries[at]));
            assert_ne!(lex.known_sketches[k / 64] & (1 << (k % 64)), 0);
            let uncapitalised = !word.iter().any(u8::is_ascii_uppercase);
            let lower_bit = lex.lower_sketches[k / 64] & (1 << (k % 64)) != 0;
            assert!(lower_bit || !uncapitalised, "{word:?}");
            if uncapitalised {
                assert!(std::ptr::eq(
                    lex.get_uncapitalised(&word).unwrap(),
                    &table.entries[at]
                ));
            }
            // Through the lexicon's own lookups, as written and in other cases.
            assert!(std::ptr::eq(lex.get(&word).unwrap(), &table.entries[at]));
            if !word.iter().any(u8::is_ascii_uppercase) {
                for case in [word.to_ascii_uppercase(), {
                    let mut w = word.clone();
                    w[0] = w[0].to_ascii_uppercase();
                    w
                }] {
                    let Ok(case) = std::str::from_utf8(&case) else {
                        continue;
                    };
                    let found = lex.lookup_lower(case, |e| e.map(|e| e as *const Entry));
                    assert_eq!(found, Some(&table.entries[at] as *const Entry), "{case}");
                }
            }
        }
        for &word in lex.words.keys() {
            let k = sketch(word);
            let lower_bit = lex.lower_sketches[k / 64] & (1 << (k % 64)) != 0;
            assert!(
                lower_bit || word.iter().any(u8::is_ascii_uppercase),
                "{word:?}"
            );
        }
        // Words of no entry find none.
        for w in ["qwzx", "the said", "Clintons", "", "Saids"] {
            assert!(lex.get(w.as_bytes()).is_none(), "{w}");
            assert!(lex.lookup_lower(w, |e| e.is_none()), "{w}");
        }
    }

    #[test]
    fn word_bytes_agree_with_the_slice() {
        // Every word of texts of eight bytes and more, at every place (at the text's
        // start, within it and at its end), of every length up to past a short key's.
        let text: Vec<u8> = (0..40u8)
            .map(|k| b"aZ-x\xc3\x91\x00q7"[usize::from(k) % 9] ^ k)
            .collect();
        for len in 8..=text.len() {
            let text = &text[..len];
            for i in 0..len {
                for end in i + 1..=len {
                    let word = WordBytes::in_text(text, i, end);
                    let w = &text[i..end];
                    assert_eq!(word.sketch(), sketch(w), "{w:?} in {len}");
                    assert_eq!(word.short_key(), short_key(w), "{w:?} in {len}");
                }
            }
        }
    }

    #[test]
    fn short_sketches_read_every_byte_twice() {
        // The slice patterns of `sketch` read, for a word of one to three bytes, its
        // bytes as its first and as its last (in the high bytes, as a load of eight
        // that ends with the word has them): every word of one or two bytes, and of
        // three over a spread of byte values.
        let indexed = |w: &[u8]| {
            let n = w.len();
            let x = (0..n).fold(0, |x, k| x | u64::from(w[k]) << (8 * k));
            let bytes = x | x << (64 - 8 * n);
            let packed = (bytes | 0x2020_2020_2020_2020) ^ n as u64;
            (packed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SKETCH_BITS.trailing_zeros()))
                as usize
        };
        let some: Vec<u8> = (0..=255u8)
            .step_by(7)
            .chain([b'a', b'z', b'A', 0xff])
            .collect();
        for a in 0..=255u8 {
            assert_eq!(sketch(&[a]), indexed(&[a]));
            for b in 0..=255u8 {
                assert_eq!(sketch(&[a, b]), indexed(&[a, b]));
            }
            for &b in &some {
                for &c in &some {
                    assert_eq!(sketch(&[a, b, c]), indexed(&[a, b, c]));
                }
            }
        }
    }

    #[test]
    fn list_sketches_turn_away_no_word_of_the_list() {
        // `is` and `is_lower` answer as the lookup alone would, for every word of the
        // lexicon as written, in lower and upper case and capitalised, and every list.
        let lex = lexicon();
        let short = lex.short_words.keys.iter().map(|key| {
            let bytes = key.to_le_bytes();
            bytes[..usize::from(bytes[15])].to_vec()
        });
        let words: Vec<String> = short
            .chain(lex.words.keys().map(|w| w.to_vec()))
            .filter_map(|w| String::from_utf8(w).ok())
            .collect();
        assert!(words.len() > 1000);
        for word in &words {
            let mut capitalised = word.to_ascii_lowercase();
            if let Some(first) = capitalised.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            for case in [
                word.clone(),
                word.to_ascii_lowercase(),
                word.to_ascii_uppercase(),
                capitalised,
            ] {
                for list in LISTS {
                    let bit = list_bit(list);
                    let exact = lex.get(case.as_bytes()).is_some_and(|e| e.lists & bit != 0);
                    assert_eq!(lex.is(list, &case), exact, "{list} {case:?}");
                    let lower = lex.lookup_lower(&case, |e| e.is_some_and(|e| e.lists & bit != 0));
                    assert_eq!(lex.is_lower(list, &case), lower, "{list} {case:?}");
                }
            }
        }
        assert!(!lex.is("no such list", "Mr") && !lex.is_lower("no such list", "said"));
    }

    #[test]
    fn verbs_and_lists_are_indexed() {
        let lex = lexicon();
        assert_eq!(lex.verb("said")[0].lemma, "say");
        assert_eq!(lex.verb("Said")[0].lemma, "say");
        assert_eq!(lex.verb("denied")[0].class, CueClass::Denial);
        assert_eq!(lex.verb("pointed")[0].particle, Some("out"));
        assert!(lex.verb("saying")[0].gerund);
        assert!(lex.is("honorific", "Mr"));
        assert!(lex.is("capital", "Abu Dhabi"));
        assert!(lex.is_lower("org_head", "Department"));
        // A word in capitals has the sketch of its lower case: it is not turned away.
        assert!(lex.is_lower("stop", "WHICH"));
        assert!(lex.in_any_lower(&["org_head"], "DEPARTMENT"));
        assert!(!lex.is("stop", "WHICH"));
        assert!(lex.list("abbreviation").contains(&"U.S"));
        // Verb forms are written in lower case: `verb` looks a capitalised form up in
        // lower case only.
        assert!(!lex.capitalised_verb_forms);
        for w in [
            "Says", "Said", "Claims", "States", "Comments", "Smith", "Asked", "SAYS", "says",
            "state", "the", "pointed", "iPhone", "sAid", "",
        ] {
            let (lists, verbs) = lex.lists_lower_and_verb(w);
            assert_eq!(lists.0, lex.lists_lower(w).0, "{w}");
            assert_eq!(verbs, lex.verb(w), "{w}");
        }
    }
}
