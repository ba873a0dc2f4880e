//! The per-document speaker registry: from speaker phrases as written ("he", "Mr
//! Schenker", "David Schenker, the State Department's top Middle East official", "the
//! minister", "Washington") to entities with a kind, a role, aliases and mentions.
//!
//! Mentions are resolved in text order, so "he" and "the minister" look back only:
//!
//! - a name links to the latest entity with the same full name, or with the same
//!   surname when only a surname is given ("Mr Al Kadhimi" → "Mustafa Al Kadhimi");
//!   two different first names with one surname stay two people;
//! - "he"/"she" go to the latest person, "it" to the latest organisation or document,
//!   "they" to the latest group or organisation;
//! - "the minister" goes to the latest person whose role has that word;
//! - a capital standing alone ("Washington says") is an organisation: its government.

use crate::lanes::{any_byte, ascii_lowercase_lanes, equal_lanes, is_ascii, short_lanes};
use crate::lexicon::{Lists, WordHasher, lexicon};
use crate::segment::{SpaceSplit, SpaceStr, ceil_boundary, comma_space, trim_space_and_commas};
use crate::span::Span;
use crate::speaker::{Speaker, SpeakerKind};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// An entity of the registry (a [`Speaker`] under construction).
#[derive(Clone, Debug)]
struct Entity {
    speaker: Speaker,
    /// Gender, once known from an honorific, a noun or a pronoun that resolved here.
    gender: Option<Gender>,
    /// How many words the name has. The words themselves, for surname matching
    /// ("mustafa", "al", "kadhimi"), are read from the name's lower case: lower-casing a name and
    /// splitting it gives its words lower-cased one by one (no space changes case and
    /// no letter becomes a space), so an entity keeps no string per word.
    word_count: usize,
    /// How many of the words are key words ([`is_key_word`]).
    key_len: usize,
    /// [`last_key_hash`] of the key: a lookup by name compares this one number with
    /// most entities rather than their words.
    last_key: u64,
    /// Where the speaker's name in lower case stands in [`Registry::lower`], kept in
    /// step with the name (a lookup by head word lower-cases no name per entity).
    lower_name: (usize, usize),
    /// Where the speaker's role in lower case stands in [`Registry::lower`], kept in
    /// step with the role.
    lower_role: Option<(usize, usize)>,
    /// For an anonymous source, whether its name's head is a plural ([`plural_head`]):
    /// "they" may refer to it, "he" or "she" not. False for any other entity, of which
    /// it is never asked. (Read when the name is set, so that a look back for a
    /// pronoun reads no name.)
    plural: bool,
    /// The entity mentioned last before this one's latest mention, in the registry's
    /// recency list ([`Registry::newest`]); `None` for the oldest.
    older: Option<usize>,
    /// The entity mentioned first after this one's latest mention; `None` for the
    /// newest and for an entity not mentioned yet.
    newer: Option<usize>,
}

impl Entity {
    /// The name in lower case, from the registry's lower-case text `lower`.
    fn lower_name<'l>(&self, lower: &'l str) -> &'l str {
        &lower[self.lower_name.0..self.lower_name.1]
    }

    /// The role in lower case, from the registry's lower-case text `lower`.
    fn lower_role<'l>(&self, lower: &'l str) -> Option<&'l str> {
        self.lower_role.map(|(a, b)| &lower[a..b])
    }

    /// The name's words, lower-cased (`lower` is the registry's lower-case text).
    fn words<'l>(&self, lower: &'l str) -> SpaceSplit<'l> {
        self.lower_name(lower).split_space()
    }

    /// Counts the name's words and reads its key ([`Entity::word_count`],
    /// [`Entity::key_len`], [`Entity::last_key`]) from its lower case in `lower`.
    fn count_words(&mut self, lower: &str) {
        // One pass over the words for all three (entities are made and renamed
        // thousands of times per corpus).
        let (mut count, mut key_len, mut last_key) = (0, 0, None);
        for w in self.words(lower) {
            count += 1;
            if is_key_word(w) {
                key_len += 1;
                last_key = Some(w);
            }
        }
        self.last_key = last_key.map_or(0, word_hash);
        self.word_count = count;
        self.key_len = key_len;
    }

    /// Reads [`Entity::plural`] from the name's lower case in `lower`: called whenever
    /// the name is set.
    fn read_plural(&mut self, lower: &str) {
        self.plural =
            self.speaker.kind == SpeakerKind::Anonymous && plural_head(self.lower_name(lower));
    }

    /// The key words of the name, in order.
    fn key<'l>(&self, lower: &'l str) -> impl Iterator<Item = &'l str> {
        self.words(lower).filter(|w| is_key_word(w))
    }

    /// Sets the speaker's name, and its lower-case form at the end of `lower` (the
    /// registry's lower-case text; the old form stays there unread).
    fn set_name(&mut self, name: String, lower: &mut String) -> String {
        self.lower_name = push_lower(lower, &name);
        std::mem::replace(&mut self.speaker.name, name)
    }

    /// Sets the speaker's role, and its lower-case form at the end of `lower`.
    fn set_role(&mut self, role: Option<String>, lower: &mut String) {
        self.lower_role = role.as_deref().map(|r| push_lower(lower, r));
        self.speaker.role = role;
    }
}

/// True when the head of a name (given in lower case) is a plural ("sources familiar
/// with the talks", "officials who spoke on condition of anonymity"): the word before
/// a preposition or "who", else the last, ends in "s".
fn plural_head(lower_name: &str) -> bool {
    let mut head = "";
    for w in lower_name.split_space() {
        if matches!(
            w,
            "in" | "of" | "for" | "at" | "from" | "with" | "close" | "familiar" | "who" | "that"
        ) {
            break;
        }
        head = w;
    }
    head.ends_with('s') && !head.ends_with("ss")
}

/// Appends the lower case of `s` to `lower` ([`push_lowercase`]) and returns where it
/// stands there.
fn push_lower(lower: &mut String, s: &str) -> (usize, usize) {
    let start = lower.len();
    push_lowercase(lower, s);
    (start, lower.len())
}

/// True for the (lower-case) words of a name that identify it: all but "us", "u.s."
/// and "the" ("the US State Department" and "the State Department" are one).
fn is_key_word(w: &str) -> bool {
    !matches!(w, "us" | "u.s." | "the")
}

/// A hash ([`word_hash`]) of the last key word among `words`, 0 when there is none. Two
/// names whose keys are equal, or one the tail of the other, have the same last key
/// word, so a differing hash rules both out. (An equal hash rules nothing in: the
/// lookup compares the words then, so two words that collide cost a comparison and
/// change no answer.)
fn last_key_hash<'w>(words: impl DoubleEndedIterator<Item = &'w str>) -> u64 {
    words.rev().find(|w| is_key_word(w)).map_or(0, word_hash)
}

/// A hash of one word ([`last_key_hash`]), from its length and its first and last
/// eight bytes (the whole word, when it has no more than eight), loaded whole: a hash
/// of every byte in turn is a loop whose exit, at the end of a word of any length, the
/// branch predictor cannot learn on new text. Words that differ only in the middle of
/// their seventeenth byte or further collide, which costs a comparison (see
/// [`last_key_hash`]).
fn word_hash(w: &str) -> u64 {
    let b = w.as_bytes();
    let (first, last) = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(&first), Some(&last)) => (u64::from_le_bytes(first), u64::from_le_bytes(last)),
        _ => (short_lanes(b), 0),
    };
    let mixed = (first ^ b.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ last;
    mixed.wrapping_mul(0xff51_afd7_ed55_8ccd) ^ (mixed >> 29)
}

/// `s.to_lowercase()`, faster on news text ([`push_lowercase`]).
fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_lowercase(&mut out, s);
    out
}

/// Appends `s.to_lowercase()` to `out`. Runs of ASCII are copied and lower-cased as
/// bytes; only the other chars are mapped one by one. (`str::to_lowercase` maps char by
/// char from the first non-ASCII one on, and news text has a curly quote or a dash in
/// most windows.) A capital sigma, whose lower case depends on its neighbours, hands
/// the whole of `s` to `str::to_lowercase`.
fn push_lowercase(out: &mut String, s: &str) {
    let start = out.len();
    // Most words are ASCII: one word-at-a-time test, one copy.
    if is_ascii(s.as_bytes()) {
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    let mut rest = s;
    loop {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        let Some(c) = chars.next() else {
            return;
        };
        if c == 'Σ' {
            out.truncate(start);
            out.push_str(&s.to_lowercase());
            return;
        }
        out.extend(c.to_lowercase());
        rest = chars.as_str();
    }
}

/// How many recently mentioned entities a pronoun, a role noun or a surname is
/// matched against.
const LOOKBACK: usize = 256;

/// The speakers of one document, resolved in text order. `'t` is the document text's,
/// of which the phrases are slices.
#[derive(Debug, Default)]
pub(crate) struct Registry<'t> {
    entities: Vec<Entity>,
    /// The entity mentioned last: the head of a list of the mentioned entities from
    /// the newest to the oldest, linked through [`Entity::older`] and
    /// [`Entity::newer`]. A mention moves its entity to the head, so a look back
    /// ([`Registry::latest`]) visits each entity once, in order of its latest mention.
    newest: Option<usize>,
    /// The buffer each phrase's words are lower-cased into, kept from phrase to phrase.
    scratch: String,
    /// The parse of each phrase read so far ([`Registry::with_parse`]), by its text:
    /// its index in `kept`.
    parsed: HashMap<&'t str, usize, BuildHasherDefault<WordHasher>>,
    /// The parses that `parsed` indexes, in one vector: a parse is kept by moving it
    /// here, not by allocating for it or copying it.
    kept: Vec<Parsed<'t>>,
    /// The phrase of the last parse asked for and its index in `kept`: runs of
    /// statements share a speaker phrase ("he", "he", …), whose text is compared here
    /// before it is hashed for `parsed`.
    last_parsed: Option<(&'t str, usize)>,
    /// The lower case of every entity's name and role, one after another
    /// ([`Entity::lower_name`], [`Entity::lower_role`]): one buffer for the document
    /// rather than a string or two per entity, which the entity would allocate and the
    /// registry free again (none of them is part of a [`Speaker`]).
    lower: String,
}

/// How many aliases an entity keeps. Real speakers have a few (in PolNeAR train and
/// dev, at most 7: "Mr. Trump", "Trump", "the Republican nominee", …); every alias is
/// compared at each mention and copied into each statement of its speaker, so a text
/// that names one entity in a thousand ways would cost mentions × aliases without it.
const MOST_ALIASES: usize = 32;

/// How many phrases a registry keeps the parse of. Documents have a few dozen distinct
/// speaker and subject phrases; the bound keeps the memory, and the cost of a text
/// made to collide in the hash, in proportion on a document with thousands.
const KEPT_PARSES: usize = 1024;

/// The room [`Registry::lower`] takes at the first entity: a document's dozen or so
/// speakers, at some twenty bytes a name and a role, fit without growing it.
const LOWER_ROOM: usize = 512;

/// A speaker phrase taken apart: the name or head, the role, the kind. `'p` is the
/// phrase's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Parsed<'p> {
    /// The name as it should be shown ("David Schenker", "US State Department", "he"):
    /// borrowed from the phrase when it stands there as shown (most names), so that a
    /// phrase that only refers to a known entity allocates no name.
    pub name: Cow<'p, str>,
    /// A title or appositive ("Iraqi Prime Minister", "the State Department's top …"):
    /// borrowed from the phrase when it stands there as written (most roles), so that
    /// a parse allocates no role, and an entity copies it only when it takes it.
    pub role: Option<Cow<'p, str>>,
    /// What sort of speaker the phrase describes.
    pub kind: SpeakerKind,
    /// True for he/she/it/they/we/I.
    pub pronoun: bool,
    /// True when the phrase names nobody but describes a role ("the minister").
    pub nominal: bool,
    /// Grammatical gender, when an honorific or a noun gives it away.
    pub gender: Option<Gender>,
    /// An acronym introduced in brackets after the name: "the Committee to Protect
    /// Journalists (CPJ)" → "CPJ".
    pub acronym: Option<String>,
    /// The body or place the speaker belongs to, where the phrase names one: "Sen. Ted
    /// Cruz of Texas" → "Texas", "a spokesman for the Pentagon" → "Pentagon".
    pub affiliation: Option<&'p str>,
}

/// An acronym in brackets among the words of a phrase: "(CPJ)", "(IRGC)".
fn acronym_of(phrase: &str) -> Option<String> {
    // Most phrases have no bracket at all: one vectorised search rules them out.
    memchr::memchr(b'(', phrase.as_bytes())?;
    phrase.split_space().find_map(|w| {
        let inner = w.strip_prefix('(')?.strip_suffix(')')?;
        (inner.len() >= 2 && inner.len() <= 8 && inner.chars().all(|c| c.is_ascii_uppercase()))
            .then(|| inner.to_string())
    })
}

/// The gender a phrase gives away ("Mr", "she", "spokeswoman"), for "he"/"she".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    /// he, Mr, spokesman
    Male,
    /// she, Mrs, Ms, spokeswoman
    Female,
}

/// The gender that the (lower-case) words of a phrase give away.
fn gender_of(words: &Lowered<'_>) -> Option<Gender> {
    words.iter().find_map(|w| word_gender(w.as_bytes()))
}

/// The lower-case words that say a person is a man ([`word_gender`]).
const MALE_WORDS: [&[u8]; 18] = [
    b"mr",
    b"sir",
    b"lord",
    b"he",
    b"him",
    b"his",
    b"king",
    b"prince",
    b"father",
    b"son",
    b"husband",
    b"brother",
    b"man",
    b"spokesman",
    b"chairman",
    b"congressman",
    b"councilman",
    b"businessman",
];

/// The lower-case words that say a person is a woman ([`word_gender`]).
const FEMALE_WORDS: [&[u8]; 19] = [
    b"mrs",
    b"ms",
    b"miss",
    b"lady",
    b"dame",
    b"she",
    b"her",
    b"queen",
    b"princess",
    b"mother",
    b"daughter",
    b"wife",
    b"sister",
    b"woman",
    b"spokeswoman",
    b"chairwoman",
    b"congresswoman",
    b"councilwoman",
    b"businesswoman",
];

/// The slot of a word (not empty) in [`GENDER_FILTER`]: a hash of its first and last
/// bytes and its length, ten bits.
const fn gender_slot(w: &[u8]) -> usize {
    let key = w[0] as u32 | (w[w.len() - 1] as u32) << 8 | (w.len() as u32 & 0xff) << 16;
    (key.wrapping_mul(0x9e37_79b1) >> 22) as usize
}

/// A bit set over [`gender_slot`]s with the slot of each of [`MALE_WORDS`] and
/// [`FEMALE_WORDS`] set: a word whose slot is clear is neither. Nearly all words are
/// turned away by this one test (37 of 1024 slots are set), where the comparisons by
/// length and then byte by byte were branches the predictor could not learn on new
/// text.
static GENDER_FILTER: [u64; 16] = {
    let mut filter = [0u64; 16];
    let mut k = 0;
    while k < MALE_WORDS.len() + FEMALE_WORDS.len() {
        let w = if k < MALE_WORDS.len() {
            MALE_WORDS[k]
        } else {
            FEMALE_WORDS[k - MALE_WORDS.len()]
        };
        let slot = gender_slot(w);
        filter[slot / 64] |= 1 << (slot % 64);
        k += 1;
    }
    filter
};

/// The gender that one lower-case word gives away ([`gender_of`]), read as bytes (a
/// word lower-cased in a byte buffer is asked too).
fn word_gender(w: &[u8]) -> Option<Gender> {
    let mut w = w;
    // (A `.` byte is the char `.`: UTF-8 uses no ASCII byte inside another char.)
    while let [rest @ .., b'.'] = w {
        w = rest;
    }
    if w.is_empty() {
        return None;
    }
    let slot = gender_slot(w);
    if GENDER_FILTER[slot / 64] >> (slot % 64) & 1 == 0 {
        return None;
    }
    if MALE_WORDS.contains(&w) {
        Some(Gender::Male)
    } else if FEMALE_WORDS.contains(&w) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// True for a determiner in any case ("The", "his"): "the", "a", "an", "his", "her",
/// "its", "their", "our", "this", "that", "another", "one", "two", "three", "several",
/// "some", "many" or "other". ASCII case folding is Unicode lower-casing here: the only
/// non-ASCII char that lower-cases to ASCII is the Kelvin sign (to `k`), and no
/// determiner has a `k`.
fn is_determiner(w: &str) -> bool {
    /// The determiners, in lower case.
    const DETERMINERS: [&[u8]; 18] = [
        b"the", b"a", b"an", b"his", b"her", b"its", b"their", b"our", b"this", b"that",
        b"another", b"one", b"two", b"three", b"several", b"some", b"many", b"other",
    ];
    /// A word of up to seven bytes as one number: its bytes in the low lanes (first
    /// byte lowest), its length in the top one.
    const fn key(w: &[u8]) -> u64 {
        let mut key = (w.len() as u64) << 56;
        let mut j = 0;
        while j < w.len() {
            key |= (w[j] as u64) << (8 * j);
            j += 1;
        }
        key
    }
    /// A key's slot in `TABLE`: a multiplier found to give each determiner a slot of
    /// its own (the build checks that it does).
    const fn slot(key: u64) -> usize {
        (key.wrapping_mul(0xe1fa_b9d7_8c7e_134f) >> 59) as usize
    }
    /// Each determiner's key at its slot; `u64::MAX`, which no word's key is (its
    /// length would be 255), in the others.
    static TABLE: [u64; 32] = {
        let mut table = [u64::MAX; 32];
        let mut k = 0;
        while k < DETERMINERS.len() {
            let key = key(DETERMINERS[k]);
            assert!(table[slot(key)] == u64::MAX, "two determiners share a slot");
            table[slot(key)] = key;
            k += 1;
        }
        table
    };
    // The word's key, lower-cased lane by lane, looked up in one slot: a copy of the
    // word, a lower-casing loop and comparisons by length and then byte by byte were
    // branches the predictor could not learn on new text, and the parse asks this of
    // most words, several times. No determiner is longer than seven bytes.
    let b = w.as_bytes();
    if b.len() > 7 {
        return false;
    }
    let key = ascii_lowercase_lanes(short_lanes(b)) | (b.len() as u64) << 56;
    TABLE[slot(key)] == key
}

/// How many items a [`Small`] list holds on the stack: most speaker phrases have a few
/// words, and a longer one spills to the heap. (Each list is filled in and moved as a
/// whole, so room for a dozen cost every phrase more than the rare spill does.)
const SMALL: usize = 8;

/// A list of `Copy` items, on the stack while it holds up to [`SMALL`] of them and on
/// the heap past that. [`parse_phrase_in`] runs for every speaker and subject mention, and
/// its per-phrase vectors of words showed in profiles as allocations.
struct Small<T> {
    inline: [T; SMALL],
    len: usize,
    /// Every item, once there are more than [`SMALL`]; empty (unallocated) until then.
    heap: Vec<T>,
}

impl<T: Copy + Default> Small<T> {
    fn new() -> Small<T> {
        Small {
            inline: [T::default(); SMALL],
            len: 0,
            heap: Vec::new(),
        }
    }

    fn push(&mut self, item: T) {
        if !self.heap.is_empty() {
            self.heap.push(item);
        } else if self.len < SMALL {
            self.inline[self.len] = item;
            self.len += 1;
        } else {
            self.heap.extend_from_slice(&self.inline);
            self.heap.push(item);
        }
    }

    fn clear(&mut self) {
        self.len = 0;
        self.heap.clear();
    }
}

impl<T> std::ops::Deref for Small<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        // Both slices are made and one picked by its index, not by a branch: which
        // phrases run past [`SMALL`] words is data the predictor cannot learn.
        let inline = &self.inline[..self.len];
        [inline, &self.heap[..]][usize::from(!self.heap.is_empty())]
    }
}

impl<T: Copy + Default> FromIterator<T> for Small<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Small<T> {
        let mut list = Small::new();
        for item in items {
            list.push(item);
        }
        list
    }
}

/// The lower-case words of a phrase in one buffer, which the registry lends for each
/// phrase (no allocation per phrase once it has grown). Each word is lower-cased as
/// `str::to_lowercase` does.
struct Lowered<'b> {
    buf: &'b mut String,
    /// `(start, end)` of each word in `buf`.
    ends: Small<(usize, usize)>,
}

impl<'b> Lowered<'b> {
    /// An empty list of words in `buf` (cleared).
    fn new(buf: &'b mut String) -> Lowered<'b> {
        buf.clear();
        Lowered {
            buf,
            ends: Small::new(),
        }
    }

    fn push(&mut self, w: &str) {
        let start = self.buf.len();
        push_lowercase(self.buf, w);
        self.ends.push((start, self.buf.len()));
    }

    /// Pushes each piece of `s.split_space()`. An ASCII phrase (nearly all) is copied
    /// and lower-cased whole and then split at its spaces: the same pieces, lower-cased
    /// byte by byte either way, for one copy rather than one per word.
    fn push_words(&mut self, s: &str) {
        if !is_ascii(s.as_bytes()) {
            for w in s.split_space() {
                self.push(w);
            }
            return;
        }
        let start = self.buf.len();
        self.buf.push_str(s);
        self.buf[start..].make_ascii_lowercase();
        // The copy is split where it stands (`split_space` steps over a word's bytes
        // eight at a time, where a test of each byte for a space missed at each word's
        // end): each piece's place in the buffer is its offset from the copy's start.
        let Lowered { buf, ends } = self;
        let copy = &buf[start..];
        for w in copy.split_space() {
            let at = start + (w.as_ptr() as usize - copy.as_ptr() as usize);
            ends.push((at, at + w.len()));
        }
    }

    /// Pushes each of `words`, which are slices of `text`. An ASCII text (nearly all)
    /// is copied and lower-cased whole, once, and each word's lower case is read from
    /// the copy at the word's place: lower-cased byte by byte, a byte's lower case is
    /// the same wherever it stands, and one copy replaces one per word.
    fn push_within(&mut self, text: &str, words: &[&str]) {
        if !is_ascii(text.as_bytes()) {
            for w in words {
                self.push(w);
            }
            return;
        }
        let start = self.buf.len();
        self.buf.push_str(text);
        self.buf[start..].make_ascii_lowercase();
        for w in words {
            let at = start + (w.as_ptr() as usize - text.as_ptr() as usize);
            debug_assert_eq!(self.buf.get(at..at + w.len()), Some(&*w.to_lowercase()));
            self.ends.push((at, at + w.len()));
        }
    }

    #[inline]
    fn len(&self) -> usize {
        self.ends.len()
    }

    #[inline]
    fn get(&self, k: usize) -> &str {
        let (a, b) = self.ends[k];
        &self.buf[a..b]
    }

    #[inline]
    fn last(&self) -> Option<&str> {
        self.len().checked_sub(1).map(|k| self.get(k))
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        self.ends.iter().map(|&(a, b)| &self.buf[a..b])
    }
}

/// `f` of `w` lower-cased as `str::to_lowercase` does, without allocating for ASCII
/// words of up to 40 bytes.
fn with_lowercase<T>(w: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 40];
    if w.is_ascii() && w.len() <= buf.len() {
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w.as_bytes());
        buf.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(buf) {
            return f(lower);
        }
    }
    f(&w.to_lowercase())
}

/// Where the first " (" of `s` starts (`str::find(" (")` by a byte search for the
/// bracket, without building a searcher for a two-byte pattern).
fn space_paren(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memchr_iter(b'(', b)
        .find(|&k| k > 0 && b[k - 1] == b' ')
        .map(|k| k - 1)
}

/// The words that say a speaker is not named ([`is_anonymous`]), each with a byte it
/// holds, `y` or `d`, and that byte's place in it.
const ANONYMITY_MARKERS: [(&[u8], u8, usize); 7] = [
    (b"anonymity", b'y', 8),
    (b"anonymous", b'y', 4),
    (b"unnamed", b'd', 6),
    (b"not authorized", b'd', 13),
    (b"not authorised", b'd', 13),
    // "who did not want to be named", "asked not to be identified".
    (b"be named", b'd', 7),
    (b"be identified", b'd', 12),
];

/// True when the phrase says its speaker is not named ("a senior official who spoke
/// on condition of anonymity", "an unnamed diplomat"): when it holds one of the
/// [`ANONYMITY_MARKERS`]. Each marker holds a `y` or a `d` at a known place, so only the
/// phrase's `y` and `d` bytes (one vectorised search for both; most phrases have a
/// few) are looked at, each with the markers that would hold it there, rather than a
/// test at every byte: long appositives are hundreds of bytes.
fn is_anonymous(phrase: &str) -> bool {
    let b = phrase.as_bytes();
    let marker_at = |p: usize| {
        ANONYMITY_MARKERS
            .iter()
            .any(|&(marker, byte, at)| b[p] == byte && p >= at && b[p - at..].starts_with(marker))
    };
    // (No marker is shorter than "unnamed"; and the names and pronouns that are most
    // phrases are read a byte at a time, too short for the search to pay for its setup.)
    match b.len() {
        ..7 => false,
        7..32 => (0..b.len())
            .filter(|&p| matches!(b[p], b'y' | b'd'))
            .any(marker_at),
        _ => memchr::memchr2_iter(b'y', b'd', b).any(marker_at),
    }
}

fn is_cap(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
}

/// Strips a trailing possessive and full stop from a name word ("Trump’s" → "Trump").
fn bare(w: &str) -> &str {
    let w = w.trim_end_matches(',');
    // "U.S." and the initial "J." keep their last stop; "Smith." (a sentence end) does
    // not.
    let stem = w.trim_end_matches('.');
    // ("I." is more often the pronoun at a sentence's end.)
    let initial =
        stem.len() == 1 && stem != "I" && stem.starts_with(|c: char| c.is_ascii_uppercase());
    // (A test of the word's bytes at once: words are a few bytes, too short for
    // `contains`'s search to pay, and a byte loop's exit is a branch the predictor
    // cannot learn.)
    let dotted = initial
        || any_byte(stem.as_bytes(), |x| equal_lanes(x, b'.'))
            .unwrap_or_else(|| stem.bytes().any(|b| b == b'.'));
    let w = if dotted { w } else { w.trim_end_matches('.') };
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// Where a person's name ends and "of" or "from" starts an affiliation, among the
/// bare words of a phrase: "Dr Sarah Jones | of the London School of Economics". The
/// words before it must name a person (a title or honorific before a name, or a known
/// given name and a surname), the word before it must be no title ("Secretary of
/// State John Kerry") and no organisation's head ("Bank of England"), and a capital
/// must follow.
fn person_then_affiliation(bared: &[&str]) -> Option<usize> {
    let lex = lexicon();
    let k = bared.iter().position(|w| matches!(*w, "of" | "from"))?;
    if k == 0 {
        return None;
    }
    let after = bared[k + 1..].iter().find(|w| !is_determiner(w))?;
    let last = bared[k - 1];
    let last_lists = lex.lists(last.trim_end_matches('.'));
    if !is_cap(after)
        || !is_cap(last)
        || last_lists.has("title")
        || last_lists.has("honorific")
        || ["org_head", "group_head", "document_head"]
            .iter()
            .any(|l| lex.is_lower(l, last))
    {
        return None;
    }
    // The capitalised run before "of", and whether a title or honorific stands in it
    // before the last word.
    let run = bared[..k]
        .iter()
        .rposition(|w| !(is_cap(w) || lex.is("particle", w)))
        .map_or(0, |p| p + 1);
    let titled = bared[run..k - 1].iter().any(|w| {
        let lists = lex.lists(w.trim_end_matches('.'));
        lists.has("title") || lists.has("honorific")
    });
    let given = k - run >= 2 && {
        let lists = lex.lists(bared[run]);
        lists.has("male_name") || lists.has("female_name")
    };
    (titled || given).then_some(k)
}

/// The capitalised words at the start of `s`, after an article: "the London School of
/// Economics and its …" → "London School of Economics". "of" and "for" join
/// capitalised words ("and" does not: "Maine and Mitch McConnell of Kentucky" are two
/// things); a possessive ends the run.
fn capitalised_run(s: &str) -> Option<&str> {
    let s = without_article(s);
    let mut end = 0;
    let mut joined = false;
    for w in s.split(' ') {
        let start = w.as_ptr() as usize - s.as_ptr() as usize;
        if is_cap(w) {
            let b = bare(w);
            end = start + b.len();
            joined = false;
            if b.len() < w.trim_end_matches([',', '.']).len() {
                break; // a possessive: "the State Department's"
            }
        } else if !joined && end > 0 && matches!(w, "of" | "for") {
            joined = true;
        } else {
            break;
        }
    }
    (end > 0).then(|| &s[..end])
}

/// `s` trimmed, without a leading "the" or "The".
fn without_article(s: &str) -> &str {
    let s = s.trim_space();
    s.strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .map_or(s, SpaceStr::trim_space)
}

/// Where a participle that describes a text starts, among the bare words of a phrase:
/// "a YouGov poll | published on Sunday", "a report | released by the committee". The
/// word before must be a document's head, and a preposition or a day must follow
/// ("the poll showed" has none). People keep their description whole: "people briefed
/// on the move" is who they are.
fn participle_modifier(bared: &[&str]) -> Option<usize> {
    (1..bared.len().saturating_sub(1)).find(|&k| {
        let (prev, w, next) = (bared[k - 1], bared[k], bared[k + 1]);
        w.len() > 4
            && w.ends_with("ed")
            && w.starts_with(|c: char| c.is_lowercase())
            && lexicon().is_lower("document_head", prev)
            && (next == "by"
                || crate::grammar::is_preposition(next)
                || with_lowercase(next, crate::grammar::is_day_word))
    })
}

/// The capitalised words just before the head noun of a description, where they name
/// a body: "a State Department spokesperson" → "State Department", "a senior Labour
/// source" → "Labour". `words` are the words of `head`, in which the run is sliced.
fn capitalised_modifier<'h>(head: &'h str, words: &[&'h str]) -> Option<&'h str> {
    let noun = words
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "at" | "from" | "with" | "in" | "who"))
        .unwrap_or(words.len())
        .checked_sub(1)?;
    let first = (0..noun)
        .rev()
        .take_while(|&k| is_cap(words[k]) && !is_determiner(words[k]))
        .last()?;
    let start = words[first].as_ptr() as usize - head.as_ptr() as usize;
    let last = words[noun - 1];
    let end = last.as_ptr() as usize - head.as_ptr() as usize + bare(last).len();
    head.get(start..end)
}

/// The body named in a role or description: a possessive name ("the State
/// Department's top Middle East official" → "State Department") or the capitalised
/// words after "of", "for", "at", "from" or "with" ("director of the Institute for
/// Fiscal Studies", "a spokesman for the Pentagon", "a fellow at the Brookings
/// Institution").
fn affiliation_in(text: &str) -> Option<&str> {
    let t = without_article(text);
    if let Some(run) = capitalised_run(t)
        && (t[run.len()..].starts_with("’s") || t[run.len()..].starts_with("'s"))
    {
        return Some(run);
    }
    // The words between spaces, by one byte search for the spaces rather than a char
    // search per word: descriptions run to dozens of words.
    let mut start = 0;
    for k in memchr::memchr_iter(b' ', t.as_bytes()) {
        let (w, after) = (&t[start..k], &t[k + 1..]);
        if matches!(w, "of" | "for" | "at" | "from" | "with")
            && let Some(run) = capitalised_run(after)
        {
            return Some(run);
        }
        start = k + 1;
    }
    None
}

/// Takes a speaker phrase apart.
#[cfg(test)]
pub(crate) fn parse_phrase(phrase: &str) -> Parsed<'_> {
    parse_phrase_in(phrase, &mut String::new())
}

/// Takes a speaker phrase apart, lower-casing its words in `scratch` (tests call it
/// through `parse_phrase`, with a scratch buffer of its own).
fn parse_phrase_in<'p>(phrase: &'p str, scratch: &mut String) -> Parsed<'p> {
    let phrase = trim_space_and_commas(phrase);
    if let Some(parsed) = parse_one_word(phrase)
        .or_else(|| parse_two_names(phrase))
        .or_else(|| parse_determined_word(phrase))
    {
        debug_assert_eq!(parsed, parse_trimmed_in(phrase, scratch), "{phrase:?}");
        return parsed;
    }
    parse_trimmed_in(phrase, scratch)
}

/// `w` lower-cased as bytes into `buffer`, or `None` when it does not fit (ASCII
/// words only: their lower case is the byte-by-byte one).
fn ascii_lower<'b>(w: &str, buffer: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let b = w.as_bytes();
    let n = b.len();
    // A word of up to sixteen bytes (nearly all) is lower-cased as its first and last
    // eight bytes (or all of them, fewer than eight), lane by lane, and stored as two
    // pieces of eight that overlap: a copy of any length is a call whose branches on the
    // length, like a lower-casing loop's exit, the predictor cannot learn on new text.
    let put = |buffer: &mut [u8; 32], at: usize, lanes: u64| {
        buffer[at..at + 8].copy_from_slice(&ascii_lowercase_lanes(lanes).to_le_bytes());
    };
    match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        _ if n > 32 => return None,
        (Some(&first), Some(&last)) if n <= 16 => {
            put(buffer, 0, u64::from_le_bytes(first));
            put(buffer, n - 8, u64::from_le_bytes(last));
        }
        (Some(_), _) => {
            buffer[..n].copy_from_slice(b);
            buffer[..n].make_ascii_lowercase();
        }
        (None, _) => put(buffer, 0, short_lanes(b)),
    }
    debug_assert_eq!(buffer[..n], *b.to_ascii_lowercase());
    Some(&buffer[..n])
}

/// `kind_of_head` of the general parse ([`parse_trimmed_in`]), of the lower case of
/// the ASCII word `bared`, whose lists (of its lower case) are `lists`.
fn ascii_head_kind(bared: &str, lists: Lists) -> Option<SpeakerKind> {
    if lists.has("org_head") {
        Some(SpeakerKind::Organisation)
    } else if lists.has("group_head") {
        Some(SpeakerKind::Group)
    } else if lists.has("document_head") {
        Some(SpeakerKind::Document)
    } else if lists.has("person_head") {
        Some(SpeakerKind::Person)
    } else if matches!(bared.as_bytes().last(), Some(b's' | b'S'))
        && lexicon().is_lower("person_head", &bared[..bared.len() - 1])
    {
        // A plural of a person's noun (its lower case without the "s").
        Some(SpeakerKind::Group)
    } else {
        None
    }
}

/// [`parse_phrase_in`] of a phrase that is two capitalised ASCII words with one space
/// between them ("Ted Cruz", "Spokeswoman Morris", "Fox News"), the commonest shape
/// after one word, with no determiner first ("The Texan" is left to the general
/// parse, as is every other phrase: `None`). It gives what the general parse gives
/// ([`parse_trimmed_in`]), with one lookup per word and no lists of words.
///
/// What the general parse does with two such words: no ", " (the first word does not
/// end with a comma) and no bracket, so no appositive, no acronym and the words are
/// the phrase's; no participle (it needs a third word) and no "of" or "from" (the
/// words are capitalised) for an affiliation. Both words are capitalised, so both are
/// the name run, and the first is no determiner; the name starts after the first word
/// when it is a title or honorific and the name is no organisation's. Nothing stands
/// before the name: no description, and the title alone is the role.
fn parse_two_names(phrase: &str) -> Option<Parsed<'_>> {
    let b = phrase.as_bytes();
    let space = b.iter().position(|&c| c == b' ')?;
    let (first_word, second_word) = (&phrase[..space], &phrase[space + 1..]);
    // Two capitalised words (a bare word is a start of its word, so this is asked of
    // the words first, before they are bared), printable ASCII but for the one space
    // (see `parse_one_word`), with no bracket.
    let word = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().all(|c| c.is_ascii_graphic() && c != b'(')
    };
    if !word(first_word) || !word(second_word) || first_word.ends_with(',') {
        return None;
    }
    let bared = [bare(first_word), bare(second_word)];
    if bared.iter().any(|w| w.is_empty()) || is_determiner(first_word) {
        return None;
    }
    let lex = lexicon();
    let (mut first_buffer, mut second_buffer) = ([0u8; 32], [0u8; 32]);
    let lower = [
        ascii_lower(bared[0], &mut first_buffer)?,
        ascii_lower(bared[1], &mut second_buffer)?,
    ];
    let lists = [lex.lists_lower(bared[0]), lex.lists_lower(bared[1])];
    // An organisation's head: the first word before "of" or "for" ("Ministry Of"),
    // else the last word.
    let org_head = if matches!(lower[1], b"of" | b"for") && lists[0].has("org_head") {
        Some(0)
    } else {
        let org = lists[1];
        (org.has("org_head") || org.has("document_head") || org.has("group_head")).then_some(1)
    };
    // A title or honorific first ("Sen. Cruz", "Mr Schenker") is the role.
    let titled = org_head.is_none() && {
        let title = lex.lists(bared[0].trim_end_matches('.'));
        title.has("honorific") || title.has("title")
    };
    let first = usize::from(titled);
    let name = joined(phrase, &bared[first..]);
    let head = org_head.unwrap_or(1);
    let kind = if is_anonymous(phrase) {
        SpeakerKind::Anonymous
    } else if !titled && (lex.is("capital", &name) || lex.is_lower("org_head", &name)) {
        SpeakerKind::Organisation
    } else if let Some(k) =
        ascii_head_kind(bared[head], lists[head]).filter(|k| *k != SpeakerKind::Person)
    {
        k
    } else {
        // A title, or a name of two words.
        SpeakerKind::Person
    };
    // A given name tells the gender when nothing else does ("Andy Haldane").
    let given = (kind == SpeakerKind::Person && !titled)
        .then(|| {
            let given = lex.lists(bared[0]);
            if given.has("male_name") {
                Some(Gender::Male)
            } else if given.has("female_name") {
                Some(Gender::Female)
            } else {
                None
            }
        })
        .flatten();
    Some(Parsed {
        name,
        role: titled.then_some(Cow::Borrowed(first_word)),
        kind,
        pronoun: false,
        nominal: false,
        gender: word_gender(lower[0])
            .or_else(|| word_gender(lower[1]))
            .or(given),
        acronym: None,
        affiliation: None,
    })
}

/// [`parse_phrase_in`] of a phrase that is a determiner and one other ASCII word with
/// one space between them ("the judge", "The Texan", "the GOP", "their lawyers"; a
/// quarter of the phrases the fast paths above refuse). It gives what the general
/// parse gives ([`parse_trimmed_in`]), with a lookup or two of the second word and no
/// lists of words; `None` for any other phrase, and for a second word that is itself a
/// determiner or one of the prepositions a description's head stops at (left to the
/// general parse).
///
/// What the general parse does with a determiner `d` and a word `w`: no ", " (a
/// determiner holds no comma), no bracket, so no appositive and no acronym, and the
/// words are `d` and `w`; no participle (it needs a third word), no affiliation after
/// a name (no word follows an "of"). `d` is bare as it stands. The name run is `w`
/// when it is capitalised (a capitalised or particle `d` joins it, and is dropped
/// again as a determiner), else empty; no title precedes `w`, so nothing before the
/// name is a role. A capitalised `w` is a name (borrowed bare from the phrase), read
/// as a one-word name with no title is, unless it is a demonym or a title that is a
/// person's head ("role_only"); then, and for a word in lower case (which is also the
/// role), the phrase is a description headed by `w`, named by the whole phrase.
fn parse_determined_word(phrase: &str) -> Option<Parsed<'_>> {
    let b = phrase.as_bytes();
    let space = b.iter().position(|&c| c == b' ')?;
    let (first_word, second_word) = (&phrase[..space], &phrase[space + 1..]);
    // The determiner first: most phrases open otherwise. Then printable ASCII but for
    // the one space (see `parse_one_word`), with no bracket.
    if !is_determiner(first_word)
        || !second_word
            .bytes()
            .all(|c| c.is_ascii_graphic() && c != b'(')
        || is_determiner(second_word)
    {
        return None;
    }
    // (The determiner is ASCII: it lower-cases to one of the list.)
    let bared = bare(second_word);
    if bared.is_empty()
        || [
            "in", "of", "for", "at", "from", "with", "close", "familiar", "who",
        ]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(second_word))
    {
        return None;
    }
    let lex = lexicon();
    let (mut first_buffer, mut second_buffer) = ([0u8; 32], [0u8; 32]);
    let first_lower = ascii_lower(first_word, &mut first_buffer)?;
    let lower = ascii_lower(bared, &mut second_buffer)?;
    let lists = lex.lists_lower(bared);
    let gender = word_gender(first_lower).or_else(|| word_gender(lower));
    let anonymous = is_anonymous(phrase);
    let demonym = lex.is("demonym", bared);
    let capitalised = bared.starts_with(|c: char| c.is_ascii_uppercase());
    if capitalised && !demonym && !(lex.is("title", bared) && lists.has("person_head")) {
        // A name.
        let kind = if anonymous {
            SpeakerKind::Anonymous
        } else if lex.is("capital", bared) || lists.has("org_head") {
            SpeakerKind::Organisation
        } else if let Some(k) = ascii_head_kind(bared, lists).filter(|k| *k != SpeakerKind::Person)
        {
            k
        } else if bared.len() > 1 && bared.bytes().all(|c| c.is_ascii_uppercase() || c == b'.') {
            // An acronym (CNN) or a country.
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        };
        return Some(Parsed {
            name: Cow::Borrowed(bared),
            role: None,
            kind,
            pronoun: false,
            nominal: false,
            gender,
            acronym: None,
            affiliation: None,
        });
    }
    // A description headed by the word.
    let kind = if anonymous || matches!(lower, b"source" | b"sources") {
        SpeakerKind::Anonymous
    } else if demonym {
        SpeakerKind::Person
    } else {
        ascii_head_kind(bared, lists).unwrap_or(SpeakerKind::Unknown)
    };
    Some(Parsed {
        name: Cow::Borrowed(phrase),
        role: (!capitalised).then_some(Cow::Borrowed(second_word)),
        kind,
        pronoun: false,
        nominal: true,
        gender,
        acronym: None,
        affiliation: belongs(kind)
            .then(|| {
                affiliation_in(phrase)
                    .or_else(|| capitalised_modifier(phrase, &[first_word, second_word]))
            })
            .flatten(),
    })
}

/// [`parse_phrase_in`] of a phrase that is one ASCII word, written as a name ("Trump",
/// "CNN", "Washington") or a pronoun ("he", "She", "his"): nearly half the phrases read
/// are one of these. It gives what the general parse ([`parse_trimmed_in`]) gives, read
/// with one lookup of the word rather than lists of words, lower-cased words and one
/// lookup per question; `None` for any other phrase and for the rarer one-word cases
/// (a description, "officials"; a determiner that is a role), which the general parse
/// reads. `phrase` is trimmed ([`trim_space_and_commas`]).
///
/// What the general parse does with one word `w` and nothing else: no ", " (it needs a
/// space), so no appositive and no role from one; no " (", and `w` does not open with
/// "(", so `w` is its one word, and no acronym (it would be a word opening with "(");
/// the participle and the affiliation after a name need two words. Its lower case is
/// `bare(w)` lower-cased, or the subject form of a possessive pronoun ("his" → "he").
/// A pronoun of the lexicon is a pronoun. Otherwise the capitalised word is the name
/// run, with no title, no determiner before it and no word before it for a role, and
/// it names someone (`bare(w)`, borrowed from the phrase) unless it is a determiner
/// that is a title and a person's head ("role_only": left to the general parse).
fn parse_one_word(phrase: &str) -> Option<Parsed<'_>> {
    // Printable ASCII other than the space: no byte is a space (`is_space` accepts no
    // other ASCII char than tab to carriage return and the space) and every byte is a
    // char, so the word is the phrase and lower-cases byte by byte.
    let b = phrase.as_bytes();
    if b.first().is_none_or(|&c| c == b'(') || !b.iter().all(u8::is_ascii_graphic) {
        return None;
    }
    let lex = lexicon();
    let bared = bare(phrase);
    // The lower case as bytes in a stack buffer (no UTF-8 check: the lexicon is asked
    // of `bared` in lower case by `lists_lower`).
    let mut buffer = [0u8; 32];
    let lower = ascii_lower(bared, &mut buffer)?;
    // A possessive pronoun stands for its subject form: "his remarks" → he.
    let subject = match lower {
        b"his" => Some("he"),
        b"her" => Some("she"),
        b"their" => Some("they"),
        b"its" => Some("it"),
        _ => None,
    };
    let lists = subject.map_or_else(|| lex.lists_lower(bared), |s| lex.lists(s));
    let lower: &[u8] = subject.map_or(lower, str::as_bytes);
    if lists.has("pronoun") {
        let kind = match lower {
            b"he" | b"she" | b"i" => SpeakerKind::Person,
            b"it" => SpeakerKind::Organisation,
            _ => SpeakerKind::Group,
        };
        return Some(Parsed {
            name: match subject {
                Some(s) => Cow::Owned(s.to_string()),
                None if bared.as_bytes() == lower => Cow::Borrowed(bared),
                None => Cow::Owned(bared.to_ascii_lowercase()),
            },
            role: None,
            kind,
            pronoun: true,
            nominal: false,
            gender: word_gender(lower),
            acronym: None,
            affiliation: None,
        });
    }
    // (A possessive pronoun that is no pronoun of the lexicon, and a word that is not
    // capitalised, are descriptions.)
    if subject.is_some() || !bared.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // (The determiners, a score of comparisons, are asked last.)
    let role_only = lists.has("person_head") && lex.is("title", bared) && is_determiner(phrase);
    if role_only {
        return None;
    }
    // (The word is the head of the name, and its last word.)
    let head_kind = ascii_head_kind(bared, lists);
    let kind = if is_anonymous(phrase) {
        SpeakerKind::Anonymous
    } else if lex.is("capital", bared) || lists.has("org_head") {
        SpeakerKind::Organisation
    } else if let Some(k) = head_kind.filter(|k| *k != SpeakerKind::Person) {
        k
    } else if bared.len() > 1 && bared.bytes().all(|c| c.is_ascii_uppercase() || c == b'.') {
        // An acronym (CNN) or a country.
        SpeakerKind::Organisation
    } else {
        SpeakerKind::Person
    };
    Some(Parsed {
        name: Cow::Borrowed(bared),
        role: None,
        kind,
        pronoun: false,
        nominal: false,
        gender: word_gender(lower),
        acronym: None,
        affiliation: None,
    })
}

/// [`parse_phrase_in`] of a phrase trimmed of spaces and commas at its ends: the
/// general parse, of any phrase.
fn parse_trimmed_in<'p>(phrase: &'p str, scratch: &mut String) -> Parsed<'p> {
    let lex = lexicon();
    // Appositive: "Name, the role" → role.
    let (mut head, mut appositive_text) =
        match comma_space(phrase).map(|k| (&phrase[..k], &phrase[k + 2..])) {
            Some((h, a)) => (h.trim(), Some(trim_space_and_commas(a))),
            None => (phrase, None),
        };
    // "Militia leader, Qais Al Khazali": the name stands in the appositive.
    let name_like = crate::grammar::is_name_like;
    // ("The Home Secretary, Yvette Cooper": a capitalised role after an article is a
    // description too.)
    let described = |p: &str| !name_like(p) || p.split_space().next().is_some_and(is_determiner);
    // (A name may carry where its bearer is from: "The study's lead author, Dr. Emily
    // Chen of Stanford University". Where " of " or " from " first stands is the first
    // space that opens either: one byte search for the spaces, not a substring search
    // for each, as the debug assertion checks.)
    let name_part = |a: &'p str| {
        let b = a.as_bytes();
        memchr::memchr_iter(b' ', b)
            .find(|&k| b[k + 1..].starts_with(b"of ") || b[k + 1..].starts_with(b"from "))
            .map_or(a, |k| &a[..k])
    };
    debug_assert!(appositive_text.is_none_or(|a| {
        name_part(a)
            == [" of ", " from "]
                .iter()
                .filter_map(|sep| a.find(sep))
                .min()
                .map_or(a, |k| &a[..k])
    }));
    let mut from_place = None;
    if let Some(a) = appositive_text
        && name_like(name_part(a))
        && described(head)
        && !described(name_part(a))
    {
        appositive_text = Some(head);
        head = name_part(a);
        // "of Stanford University": the affiliation, read after the name below.
        from_place = a[head.len()..]
            .trim_start_space()
            .split_once(' ')
            .and_then(|(_, rest)| capitalised_run(rest));
    }
    // Parentheses ("(R-Texas)", "(a Connecticut Democrat so boyish …)") are kept out of
    // the name: it ends where the first one opens.
    let head = space_paren(head).map_or(head, |k| &head[..k]);
    let words: Small<&str> = head
        .split_space()
        .filter(|w| !w.is_empty() && !w.starts_with('('))
        .collect();
    // Each word without its possessive and stop, read once: the tests below ask for
    // most words several times.
    let bared: Small<&str> = words.iter().map(|w| bare(w)).collect();
    // "a YouGov poll published on Sunday", "a report released by the committee": a
    // participle phrase after a text's head describes it; the text is what speaks. (The
    // phrase is read again without it; a source that asked not to be named stays
    // anonymous.)
    if let Some(k) = participle_modifier(&bared) {
        let at = words[k].as_ptr() as usize - head.as_ptr() as usize;
        let mut parsed = parse_phrase_in(&head[..at], scratch);
        if parsed.role.is_none() {
            parsed.role = appositive_text.map(Cow::Borrowed);
        }
        if parsed.nominal && is_anonymous(phrase) {
            parsed.kind = SpeakerKind::Anonymous;
        }
        parsed.acronym = acronym_of(phrase);
        return parsed;
    }
    // "Sen. Ted Cruz of Texas", "John Curtice of Strathclyde University": a person's
    // name, then where they come from. The name before "of" is the speaker, the rest
    // their affiliation; the phrase is read again without it.
    if let Some(k) = person_then_affiliation(&bared) {
        let at = words[k].as_ptr() as usize - head.as_ptr() as usize;
        let mut parsed = parse_phrase_in(&head[..at], scratch);
        parsed.role = match (parsed.role, appositive_text) {
            (Some(r), Some(a)) => Some(Cow::Owned(format!("{r}; {a}"))),
            (r, a) => r.or(a.map(Cow::Borrowed)),
        };
        parsed.affiliation = capitalised_run(&head[at + words[k].len()..]);
        parsed.acronym = acronym_of(phrase);
        return parsed;
    }
    let mut lower = Lowered::new(scratch);
    lower.push_within(head, &bared);
    // `lower` holds the lower case of `bared` unless a pronoun was put in below.
    let mut lower_is_bared = true;
    // A possessive pronoun stands for its subject form: "his remarks" → he.
    if lower.len() == 1 {
        let subject = match lower.get(0) {
            "his" => "he",
            "her" => "she",
            "their" => "they",
            "its" => "it",
            _ => "",
        };
        if !subject.is_empty() {
            lower.buf.clear();
            lower.ends.clear();
            lower.push(subject);
            lower_is_bared = false;
        }
    }
    if words.len() == 1 && lex.is("pronoun", lower.get(0)) {
        let kind = match lower.get(0) {
            "he" | "she" | "i" => SpeakerKind::Person,
            "it" => SpeakerKind::Organisation,
            _ => SpeakerKind::Group,
        };
        // The pronoun as written when it is written in lower case ("he", not "He" or
        // "his", which stands for "he").
        let name = if bared[0] == lower.get(0) {
            Cow::Borrowed(bared[0])
        } else {
            Cow::Owned(lower.get(0).to_string())
        };
        return Parsed {
            name,
            role: appositive_text.map(Cow::Borrowed),
            kind,
            pronoun: true,
            nominal: false,
            gender: gender_of(&lower),
            acronym: acronym_of(phrase),
            affiliation: None,
        };
    }
    let anonymous = is_anonymous(phrase);
    // The name: the trailing run of capitalised words and particles, after titles.
    let mut name_start = words.len();
    while name_start > 0 {
        let b = bared[name_start - 1];
        // "of"/"for"/"and" between capitalised words join one name: "Ministry of Health".
        let connector = matches!(b, "of" | "for" | "and" | "the" | "to")
            && name_start < words.len()
            && name_start >= 2
            && is_cap(bared[name_start - 2])
            && !is_determiner(words[name_start - 2]);
        if is_cap(b) || connector || (name_start < words.len() && lex.is("particle", b)) {
            name_start -= 1;
        } else {
            break;
        }
    }
    // A capitalised determiner opening the sentence is not part of the name.
    while name_start < words.len().saturating_sub(1) && is_determiner(words[name_start]) {
        name_start += 1;
    }
    // Titles and honorifics belong to the role, not the name: the name starts after
    // the last title word of the capitalised run ("Iraqi Prime Minister | Mustafa Al
    // Kadhimi"), keeping at least one word. An organisation keeps the whole run.
    let org_word = |w: &str| {
        let lists = lex.lists(w);
        lists.has("org_head") || lists.has("document_head") || lists.has("group_head")
    };
    // An organisation's head is the word before "of" or "for" ("Ministry of Health",
    // "Institute for Fiscal Studies", whose last word would make it a document) or else
    // its last word ("State Department").
    let org_head: Option<&str> = (name_start..lower.len().saturating_sub(1))
        .map(|k| (lower.get(k), lower.get(k + 1)))
        // The next word first: it is two comparisons, the head a map lookup.
        .find(|&(w, next)| matches!(next, "of" | "for") && lex.is("org_head", w))
        .map(|(w, _)| w)
        .or_else(|| lower.last().filter(|w| org_word(w)));
    let last_is_org = org_head.is_some();
    let mut first = name_start;
    if !last_is_org {
        let before_last = words.len().saturating_sub(1);
        for (k, w) in bared.iter().enumerate().take(before_last).skip(name_start) {
            let b = w.trim_end_matches('.');
            let lists = lex.lists(b);
            if lists.has("honorific") || lists.has("title") {
                first = k + 1;
            }
        }
    }
    let head_word = lower.last().unwrap_or("");
    let kind_of_head = |w: &str| -> Option<SpeakerKind> {
        let singular = w.strip_suffix('s').unwrap_or(w);
        // One lookup for the four lists, asked in order.
        let lists = lex.lists(w);
        if lists.has("org_head") {
            Some(SpeakerKind::Organisation)
        } else if lists.has("group_head") {
            Some(SpeakerKind::Group)
        } else if lists.has("document_head") {
            Some(SpeakerKind::Document)
        } else if lists.has("person_head") {
            Some(SpeakerKind::Person)
        } else if w != singular && lex.is("person_head", singular) {
            Some(SpeakerKind::Group)
        } else {
            None
        }
    };
    // Slices of `words`, not copies: the words before the name (leading determiners
    // aside), the titles, and the two together, which stand side by side.
    let titles = &words[name_start..first];
    let pre_start = words[..name_start]
        .iter()
        .position(|w| !is_determiner(w))
        .unwrap_or(name_start);
    let pre = &words[pre_start..name_start];
    let role_words = &words[pre_start..first];
    // (The role words stand side by side in the phrase, one space apart, nearly
    // always: `joined` reads them there, where `join` would gather them again.)
    let role = match (role_words.is_empty(), appositive_text) {
        (false, Some(a)) => {
            let words = joined(phrase, role_words);
            let mut role = String::with_capacity(words.len() + 2 + a.len());
            role.push_str(&words);
            role.push_str("; ");
            role.push_str(a);
            Some(Cow::Owned(role))
        }
        (false, None) => Some(joined(phrase, role_words)),
        (true, a) => a.map(Cow::Borrowed),
    };
    let name_words = &words[first..];
    // "a spokesman for the Pentagon" describes someone by affiliation: the capitalised
    // words after a head noun and a preposition are not the speaker's name.
    // (The preposition first: two comparisons, where the head is lower-cased and
    // looked up.)
    let described = pre.windows(2).any(|p| {
        matches!(p[1], "of" | "for" | "in" | "at" | "from" | "with")
            && with_lowercase(p[0], |w| kind_of_head(w)).is_some()
    });
    // "the Chancellor", "the Prime Minister": a role written with capitals, after an
    // article, names no one; it refers back as "the minister" does.
    // So does a nationality: "the Spaniard admitted …".
    let demonym = words.len() == 2 && is_determiner(words[0]) && lex.is("demonym", bared[1]);
    let role_only = demonym
        || (words.first().is_some_and(|w| is_determiner(w))
            && !name_words.is_empty()
            && name_words.iter().all(|w| lex.is("title", bare(w)))
            && lex.is_lower("person_head", bare(name_words[name_words.len() - 1])));
    if !name_words.is_empty() && !described && !role_only {
        // A name.
        let name = joined(phrase, &bared[first..]);
        let last = words.len() - 1;
        let last_lower = if lower_is_bared {
            Cow::Borrowed(lower.get(last))
        } else {
            Cow::Owned(bared[last].to_lowercase())
        };
        let kind = if anonymous {
            SpeakerKind::Anonymous
        } else if titles.is_empty() && (lex.is("capital", &name) || lex.is_lower("org_head", &name))
        {
            // A capital, a country or a body known by its whole name ("the United
            // Nations", whose last word alone names no organisation).
            SpeakerKind::Organisation
        } else if let Some(k) =
            kind_of_head(org_head.unwrap_or(&last_lower)).filter(|k| *k != SpeakerKind::Person)
        {
            k
        } else if !titles.is_empty() || name_words.len() >= 2 {
            SpeakerKind::Person
        } else {
            // A single capitalised word with no title: a surname, an acronym (CNN) or
            // a country. Acronyms and countries are organisations.
            if name.len() > 1 && name.chars().all(|c| c.is_uppercase() || c == '.') {
                SpeakerKind::Organisation
            } else {
                SpeakerKind::Person
            }
        };
        // "Pfizer, which makes the vaccine": "which" is said of things, never of a
        // person.
        let kind = if kind == SpeakerKind::Person
            && appositive_text.is_some_and(|a| a.starts_with("which "))
        {
            SpeakerKind::Organisation
        } else {
            kind
        };
        // Organisations keep their descriptive words: "the US State Department".
        let name = if kind == SpeakerKind::Organisation
            && !pre.is_empty()
            && name_start > 0
            && pre.iter().all(|w| is_cap(w))
        {
            Cow::Owned(format!("{} {}", pre.join(" "), name))
        } else {
            name
        };
        // A given name tells the gender when nothing else does ("Andy Haldane").
        let given = (kind == SpeakerKind::Person && name_words.len() >= 2)
            .then(|| {
                let lists = lex.lists(bared[first]);
                if lists.has("male_name") {
                    Some(Gender::Male)
                } else if lists.has("female_name") {
                    Some(Gender::Female)
                } else {
                    None
                }
            })
            .flatten();
        return Parsed {
            name,
            role,
            kind,
            pronoun: false,
            nominal: false,
            gender: gender_of(&lower).or(given),
            acronym: acronym_of(phrase),
            affiliation: belongs(kind)
                .then(|| from_place.or_else(|| appositive_text.and_then(affiliation_in)))
                .flatten(),
        };
    }
    // No name: a description ("the minister", "officials in the US-led coalition").
    let content_is_empty = words.iter().all(|w| is_determiner(w));
    let kind = if anonymous {
        SpeakerKind::Anonymous
    } else {
        // The head is the last word before a preposition ("officials in the coalition").
        let head = words
            .iter()
            .position(|w| {
                // ASCII folding matches `to_lowercase` here: none of these has a `k`.
                [
                    "in", "of", "for", "at", "from", "with", "close", "familiar", "who",
                ]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(w))
            })
            .filter(|&k| k > 0)
            // (A word before it means two words or more: `lower` holds the bare words'
            // lower case, no pronoun put in.)
            .map_or(head_word, |k| {
                debug_assert_eq!(lower.get(k - 1), bared[k - 1].to_lowercase());
                lower.get(k - 1)
            });
        // "a senior Labour source", "sources close to the talks": unnamed by their
        // very description.
        if matches!(head, "source" | "sources") {
            SpeakerKind::Anonymous
        } else if demonym {
            SpeakerKind::Person
        } else {
            kind_of_head(head).unwrap_or(SpeakerKind::Unknown)
        }
    };
    Parsed {
        name: if content_is_empty {
            Cow::Borrowed(head)
        } else {
            joined(phrase, &words)
        },
        role,
        kind,
        pronoun: false,
        nominal: true,
        gender: gender_of(&lower),
        acronym: acronym_of(phrase),
        affiliation: belongs(kind)
            .then(|| {
                affiliation_in(head)
                    .or_else(|| appositive_text.and_then(affiliation_in))
                    .or_else(|| capitalised_modifier(head, &words))
            })
            .flatten(),
    }
}

/// True for the kinds of speaker that belong to a body: people, groups and anonymous
/// sources.
fn belongs(kind: SpeakerKind) -> bool {
    matches!(
        kind,
        SpeakerKind::Person | SpeakerKind::Group | SpeakerKind::Anonymous
    )
}

/// `words.join(" ")`, borrowed from `phrase` where the words stand in it in that order
/// with one space between each ("Donald Trump" in "Republican candidate Donald
/// Trump"), else joined into a new string. The words are slices of `phrase`: where each
/// one lies is read from its address, and a word that starts anywhere but one space
/// after the one before (or lies outside `phrase`) makes the join a new string.
fn joined<'p>(phrase: &'p str, words: &[&'p str]) -> Cow<'p, str> {
    let base = phrase.as_ptr() as usize;
    let offset = |w: &str| {
        (w.as_ptr() as usize)
            .checked_sub(base)
            .filter(|&k| k + w.len() <= phrase.len())
    };
    let Some(start) = words.first().and_then(|w| offset(w)) else {
        return Cow::Owned(words.join(" "));
    };
    let mut end = start + words[0].len();
    for w in &words[1..] {
        if offset(w) != Some(end + 1) || phrase.as_bytes()[end] != b' ' {
            return Cow::Owned(words.join(" "));
        }
        end += 1 + w.len();
    }
    phrase
        .get(start..end)
        .map_or_else(|| Cow::Owned(words.join(" ")), Cow::Borrowed)
}

/// For "the agreement", the fuller description an earlier sentence gave the same thing:
/// "a strategic framework agreement signed in 2008" → "strategic framework agreement".
/// Looks back at most 1,000 bytes, so the cost does not grow with the document.
fn fuller_description(parsed: &Parsed<'_>, before: &str) -> Option<String> {
    if !matches!(
        parsed.kind,
        SpeakerKind::Document | SpeakerKind::Organisation
    ) {
        return None;
    }
    // Two words, a determiner first (read without a list of the words).
    let mut words = parsed.name.split_space();
    let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    if !is_determiner(first) {
        return None;
    }
    let from = ceil_boundary(before, before.len().saturating_sub(1000));
    let window = &before[from..];
    if !second.is_empty() && second.is_ascii() && lowercase_keeps_places(window) {
        let found = description_in_place(window, second);
        debug_assert_eq!(found, description_lowered(window, second));
        return found;
    }
    description_lowered(window, second)
}

/// True when lower-casing `text` ([`lowercase`]) leaves each char's lower case in the
/// char's place: every char that is not ASCII lower-cases to chars that are not ASCII
/// either, as long in all, and alphanumeric just when it is. (An ASCII char lower-cases
/// to one ASCII char, alphanumeric just when it is; a capital sigma, which `lowercase`
/// reads in context, becomes a final or a medial sigma, both two-byte letters like
/// the one `char::to_lowercase` gives.) Then the lower case has the same length, holds
/// an ASCII byte exactly where `text` does, and there that byte's lower case; and the
/// chars on either side of a place are alphanumeric in both or in neither. Runs of
/// ASCII are stepped over sixteen bytes at a time: news text has only a few other
/// chars (quotes, dashes) in a window.
fn lowercase_keeps_places(text: &str) -> bool {
    // The high bit of each of sixteen bytes: none is set in a block of ASCII.
    const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
    let b = text.as_bytes();
    let mut k = 0;
    while k < b.len() {
        if let Some(block) = b.get(k..k + 16).and_then(|s| <[u8; 16]>::try_from(s).ok()) {
            let high = u128::from_le_bytes(block) & HIGH;
            // Past the block's ASCII bytes: all of them, or up to the first other one.
            k += high.trailing_zeros() as usize / 8;
            if high == 0 {
                continue;
            }
        } else if b[k].is_ascii() {
            k += 1;
            continue;
        }
        // `k` is a char boundary (only ASCII bytes and whole chars are stepped over),
        // and the byte there is not ASCII. The chars from U+2000 to U+207F (curly
        // quotes, dashes, the ellipsis: most of the others in news text) have no
        // lower case but themselves.
        if b[k] == 0xe2 && matches!(b.get(k + 1), Some(0x80 | 0x81)) {
            k += 3;
            continue;
        }
        let Some(c) = text[k..].chars().next() else {
            break;
        };
        let mut lower = c.to_lowercase();
        if !(lower.len() == 1 && lower.next() == Some(c)) {
            let mut len = 0;
            for l in c.to_lowercase() {
                if l.is_ascii() || l.is_alphanumeric() != c.is_alphanumeric() {
                    return false;
                }
                len += l.len_utf8();
            }
            if len != c.len_utf8() {
                return false;
            }
        }
        k += c.len_utf8();
    }
    true
}

/// [`fuller_description`] of the head `second` in `window`, read from the window's
/// lower case: the latest whole-word occurrence of the head with modifiers before it.
fn description_lowered(window: &str, second: &str) -> Option<String> {
    let head = lowercase(second);
    let lower = lowercase(window);
    let mut best = None;
    for (k, _) in lower.match_indices(head.as_str()) {
        let end = k + head.len();
        let whole = !lower[..k].ends_with(char::is_alphanumeric)
            && !lower[end..].starts_with(char::is_alphanumeric);
        if !whole || lower.len() != window.len() {
            continue;
        }
        best = description_ending(window, k, end).or(best);
    }
    best
}

/// [`description_lowered`] for a head of ASCII chars (not empty) in a window whose
/// lower case keeps its places ([`lowercase_keeps_places`]), read from the window as
/// it stands. The head's lower case is ASCII, so it can only match the lower case
/// where the window has ASCII bytes, which are the window's lower-cased in place:
/// the head matches the lower case at `k` exactly when the window's bytes from `k`
/// equal it but for ASCII case. The matches are taken left to right and do not
/// overlap, as `match_indices` takes them; the chars next to a match are alphanumeric
/// in the lower case just when they are in the window.
fn description_in_place(window: &str, second: &str) -> Option<String> {
    let (b, h) = (window.as_bytes(), second.as_bytes());
    // The places to compare are found by the head's byte that is likely rarest in
    // English text (in either case), `j` bytes into it: fewer places than by its first
    // byte ("agreement" by its g). A place is `j` bytes before each; they come in
    // order, from `from` on.
    let j = (0..h.len())
        .min_by_key(|&i| {
            LETTERS_BY_FREQUENCY
                .iter()
                .position(|&r| r == h[i].to_ascii_lowercase())
                .unwrap_or(0)
        })
        .unwrap_or(0);
    let (lo, up) = (h[j].to_ascii_lowercase(), h[j].to_ascii_uppercase());
    let mut best = None;
    let mut from = 0;
    while let Some(at) = b
        .get(from + j..)
        .and_then(|rest| memchr::memchr2(lo, up, rest))
    {
        let k = from + at;
        let end = k + h.len();
        if !b.get(k..end).is_some_and(|w| w.eq_ignore_ascii_case(h)) {
            from = k + 1;
            continue;
        }
        from = end;
        let whole = !window[..k].ends_with(char::is_alphanumeric)
            && !window[end..].starts_with(char::is_alphanumeric);
        if whole {
            best = description_ending(window, k, end).or(best);
        }
    }
    best
}

/// The small letters from the least to the most frequent in English text; a byte that
/// is none of them is taken to be rarer still.
const LETTERS_BY_FREQUENCY: &[u8; 26] = b"zqxjkvbpygfwmucldrhsnioate";

/// The description whose head stands at `k..end` of `window`: up to three modifiers
/// before it (words of letters, digits and hyphens, neither a determiner nor a stop
/// word) and the head, or `None` when there is no modifier.
fn description_ending(window: &str, k: usize, end: usize) -> Option<String> {
    let mods: Vec<&str> = window[..k]
        .split_space()
        .rev()
        .skip(1)
        .take_while(|w| {
            !w.is_empty()
                && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !is_determiner(w)
                && !lexicon().is_lower("stop", w)
        })
        .take(3)
        .collect();
    if mods.is_empty() {
        return None;
    }
    let mut name: Vec<&str> = mods.into_iter().rev().collect();
    name.push(&window[k..end]);
    Some(name.join(" "))
}

/// True when `name` opens with a number or a word for a share ("40 percent of
/// voters", "Sixty-two percent", "one in four", "half of respondents").
fn is_quantity(name: &str) -> bool {
    let first = name.split_space().next().unwrap_or("");
    let first = first.split('-').next().unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_digit()) || lexicon().is_lower("quantity", first)
}

impl<'t> Registry<'t> {
    /// Resolves the speaker phrase at `span` of the text and records the mention.
    /// Returns the entity id, or `None` for a pronoun with nothing to refer to.
    /// `before` is the text that precedes the mention, where a fuller name of a thing
    /// ("a strategic framework agreement") may stand.
    pub(crate) fn resolve(&mut self, phrase: &'t str, span: Span, before: &str) -> Option<usize> {
        let id = self.with_parse(phrase, true, |this, parsed| {
            if parsed.pronoun {
                // A pronoun's name is already its lower case (a pronoun of the lexicon).
                this.resolve_pronoun(&parsed.name)
            } else if parsed.nominal {
                if let Some(full) = fuller_description(parsed, before) {
                    let mut fuller = parsed.clone();
                    fuller.name = Cow::Owned(full);
                    this.resolve_nominal(&fuller)
                } else {
                    this.resolve_nominal(parsed)
                }
            } else {
                this.resolve_name(parsed, true)
            }
        })?;
        self.mention(id, span, phrase);
        Some(id)
    }

    /// Records a mention that is not a speaker (a sentence's subject), so that a later
    /// "he" can refer to it. A lone capitalised word ("Talks will resume") creates no
    /// entity: it may be any word that opens a sentence; it only refreshes a known one.
    pub(crate) fn observe(&mut self, phrase: &'t str, span: Span) {
        let id = self.with_parse(phrase, false, |this, parsed| {
            // "The company unveiled …. It said": a described organisation is one "it"
            // may stand for; other descriptions ("The problem is …") name no one.
            if parsed.nominal && parsed.kind != SpeakerKind::Organisation {
                return None;
            }
            if parsed.pronoun {
                this.resolve_pronoun(&parsed.name)
            } else if parsed.nominal {
                this.resolve_nominal(parsed)
            } else {
                let strong = parsed.name.split_space().count() >= 2 || parsed.role.is_some();
                this.resolve_name(parsed, strong)
            }
        });
        if let Some(id) = id {
            self.mention(id, span, phrase);
        }
    }

    /// `f` of the registry and `phrase` taken apart ([`parse_phrase_in`]): the parse
    /// kept for the same text earlier in the document when there is one. The same subjects and speakers
    /// recur ("he", "Trump", "the president"), and a parse reads only the phrase's text
    /// and the lexicon. (What a kept parse borrows lies in the earlier phrase, whose
    /// text is this one's.) `f` must not ask for another parse: the kept ones are lent
    /// out of the registry while it runs.
    ///
    /// With `memo` (speaker phrases), the phrase is first compared with the last one
    /// asked for so ([`Registry::last_parsed`]); sentence subjects, which seldom
    /// repeat the one before, go to the table at once.
    fn with_parse<T>(
        &mut self,
        phrase: &'t str,
        memo: bool,
        f: impl FnOnce(&mut Self, &Parsed<'t>) -> T,
    ) -> T {
        // (The same index as `parsed` gives: a phrase is kept once, under its text, and
        // never dropped, so the index kept beside an equal text is its index.)
        let known = match self.last_parsed {
            Some((last, k)) if memo && last == phrase => Some(k),
            _ => self.parsed.get(phrase).copied(),
        };
        debug_assert_eq!(known, self.parsed.get(phrase).copied());
        if let Some(k) = known {
            if memo {
                self.last_parsed = Some((phrase, k));
            }
            let kept = std::mem::take(&mut self.kept);
            let out = f(self, &kept[k]);
            self.kept = kept;
            return out;
        }
        let parsed = parse_phrase_in(phrase, &mut self.scratch);
        let out = f(self, &parsed);
        if self.parsed.len() < KEPT_PARSES {
            if self.kept.capacity() == 0 {
                // Room for a typical document's phrases at once, rather than growing
                // (and rehashing) from a handful.
                self.parsed.reserve(32);
                self.kept.reserve(32);
            }
            self.parsed.insert(phrase, self.kept.len());
            if memo {
                self.last_parsed = Some((phrase, self.kept.len()));
            }
            self.kept.push(parsed);
        }
        out
    }

    /// Records another statement by an entity already resolved (a quote carrying on).
    pub(crate) fn touch(&mut self, id: usize) {
        if self.newest == Some(id) {
            return;
        }
        // Out of its place in the list (an entity mentioned before and not the newest
        // has a newer one) …
        let Entity { older, newer, .. } = self.entities[id];
        if let Some(newer) = newer {
            self.entities[newer].older = older;
            if let Some(older) = older {
                self.entities[older].newer = Some(newer);
            }
        }
        // … and in at the head.
        if let Some(newest) = self.newest {
            self.entities[newest].newer = Some(id);
        }
        let e = &mut self.entities[id];
        (e.older, e.newer) = (self.newest, None);
        self.newest = Some(id);
    }

    fn mention(&mut self, id: usize, span: Span, phrase: &str) {
        let e = &mut self.entities[id];
        if e.speaker.mentions.last() != Some(&span) {
            e.speaker.mentions.push(span);
        }
        let alias = comma_space(phrase)
            .map_or(phrase, |k| &phrase[..k])
            .trim_space();
        // (The lexicon is asked last: most mentions repeat the name or an alias.)
        if alias != e.speaker.name
            && e.speaker.aliases.len() < MOST_ALIASES
            && !e.speaker.aliases.iter().any(|a| a == alias)
            && !lexicon().is_lower("pronoun", alias)
        {
            e.speaker.aliases.push(alias.to_string());
        }
        self.touch(id);
    }

    /// The most recently mentioned entity that `fits`, among the last [`LOOKBACK`]
    /// entities mentioned: antecedents further back are not looked for, which bounds
    /// the work per mention.
    fn latest(&self, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        let mut next = self.newest;
        for _ in 0..LOOKBACK {
            let id = next?;
            let e = &self.entities[id];
            // (`plural` is read when the name is set; it must still be the name's.)
            debug_assert_eq!(
                e.plural,
                e.speaker.kind == SpeakerKind::Anonymous && plural_head(e.lower_name(&self.lower))
            );
            if fits(e) {
                return Some(id);
            }
            next = e.older;
        }
        None
    }

    fn resolve_pronoun(&mut self, pronoun: &str) -> Option<usize> {
        match pronoun {
            "he" | "she" => {
                let g = if pronoun == "he" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                // (An unnamed source is a person too: "a source close to him said …
                // He added".)
                let id = self.latest(|e| {
                    (e.speaker.kind == SpeakerKind::Person
                        || (e.speaker.kind == SpeakerKind::Anonymous && !e.plural))
                        && e.gender.is_none_or(|x| x == g)
                })?;
                self.entities[id].gender = Some(g);
                Some(id)
            }
            "it" => self.latest(|e| {
                matches!(
                    e.speaker.kind,
                    SpeakerKind::Organisation | SpeakerKind::Document
                )
            }),
            "they" => self.latest(|e| {
                matches!(
                    e.speaker.kind,
                    SpeakerKind::Group | SpeakerKind::Organisation
                ) || (e.speaker.kind == SpeakerKind::Anonymous && e.plural)
            }),
            "we" => self.latest(|e| {
                matches!(
                    e.speaker.kind,
                    SpeakerKind::Group | SpeakerKind::Organisation | SpeakerKind::Person
                )
            }),
            _ => None,
        }
    }

    fn resolve_nominal(&mut self, parsed: &Parsed<'_>) -> Option<usize> {
        // "40 percent of Clinton voters", "one in four": a share of a poll's answers is
        // its own group, the same as an earlier one only when worded the same.
        if is_quantity(&parsed.name) {
            let name = lowercase(&parsed.name);
            let same = self.latest(|e| e.lower_name(&self.lower) == name);
            return Some(same.unwrap_or_else(|| self.add(parsed)));
        }
        // The head and the names among the modifiers, lower-cased once into the
        // registry's buffer (no string per word; the entities are many, the words
        // few). The buffer is taken out of the registry while the look-backs read it.
        let mut scratch = std::mem::take(&mut self.scratch);
        let mut words = Lowered::new(&mut scratch);
        words.push(parsed.name.split_space().next_back().unwrap_or(""));
        // A name among the modifiers makes it another one: "the latest Reuters/Ipsos
        // poll" is not the CNN poll before it.
        for w in parsed
            .name
            .split_space()
            .filter(|w| w.starts_with(char::is_uppercase) && !is_determiner(w))
        {
            words.push(bare(w));
        }
        let found = self.nominal_antecedent(parsed, &words);
        self.scratch = scratch;
        Some(found.unwrap_or_else(|| self.add(parsed)))
    }

    /// The entity a description that is no share refers back to ([`resolve_nominal`]),
    /// if any. `words` holds the lower case of its head, then of each of its names
    /// (capitalised words other than a determiner, bare).
    ///
    /// [`resolve_nominal`]: Registry::resolve_nominal
    fn nominal_antecedent(&self, parsed: &Parsed<'_>, words: &Lowered<'_>) -> Option<usize> {
        let head = words.get(0);
        // "the Spaniard": the latest person, whatever their role says.
        if parsed.kind == SpeakerKind::Person
            && parsed
                .name
                .rsplit_space()
                .next()
                .is_some_and(|w| lexicon().is("demonym", w))
            && let Some(id) = self.latest(|e| e.speaker.kind == SpeakerKind::Person)
        {
            return Some(id);
        }
        // "the minister": the latest person whose role mentions a minister.
        if parsed.kind == SpeakerKind::Person
            && parsed.name.split_space().count() <= 3
            && let Some(id) = self.latest(|e| {
                e.speaker.kind == SpeakerKind::Person
                    && e.lower_role(&self.lower).is_some_and(|r| r.contains(head))
            })
        {
            return Some(id);
        }
        // "the ministry", "the agreement": the latest entity of that kind with that head,
        // and with each of the names. (Possessives aside: "Sudan's army" and "the Sudan
        // army" are one.)
        self.latest(|e| {
            let name = e.lower_name(&self.lower);
            e.speaker.kind == parsed.kind
                && name.split_space().any(|w| w == head)
                && words
                    .iter()
                    .skip(1)
                    .all(|n| name.split_space().any(|w| bare(w) == n))
        })
    }

    fn resolve_name(&mut self, parsed: &Parsed<'_>, may_create: bool) -> Option<usize> {
        // The name's words lower-cased into one buffer, and the key as indices into it:
        // a lookup allocates once, not once per word. (Strings per word are made only
        // when an entity takes the words.)
        // (The scratch buffer is taken out of the registry while the lookup reads it.)
        let mut scratch = std::mem::take(&mut self.scratch);
        let mut words = Lowered::new(&mut scratch);
        words.push_words(&parsed.name);
        let k: Small<&str> = words.iter().filter(|w| is_key_word(w)).collect();
        let k_last = last_key_hash(k.iter().copied());
        // A one-word name, which may be an alias (read once, not per entity).
        let single = (words.len() == 1).then(|| words.get(0));
        let lower = self.lower.as_str();
        let found = self.latest(|e| {
            // "CPJ said", after "the Committee to Protect Journalists (CPJ)".
            let alias = || {
                single.is_some_and(|w| e.speaker.aliases.iter().any(|a| a.eq_ignore_ascii_case(w)))
            };
            // Equal keys and a key that is the tail of the other end in the same word:
            // when the last key words differ, only an alias can match.
            if e.last_key != k_last {
                return alias();
            }
            let ek_len = e.key_len;
            if ek_len == k.len() && e.key(lower).eq(k.iter().copied()) {
                return true;
            }
            if alias() {
                return true;
            }
            if k.is_empty() || ek_len == 0 {
                return false;
            }
            // The shorter key is the tail of the longer one.
            let tail_matches = || {
                if k.len() <= ek_len {
                    e.key(lower).skip(ek_len - k.len()).eq(k.iter().copied())
                } else {
                    k[k.len() - ek_len..].iter().copied().eq(e.key(lower))
                }
            };
            match (e.speaker.kind, parsed.kind) {
                // Surname match: the shorter name is the tail of the longer one, and
                // they differ only in given names that the shorter one lacks.
                (SpeakerKind::Person, SpeakerKind::Person) => tail_matches(),
                (a, b) if a == b => tail_matches(),
                _ => false,
            }
        });
        let id = match found {
            Some(id) => {
                let e = &mut self.entities[id];
                if words.len() > e.word_count {
                    let old = e.set_name(parsed.name.clone().into_owned(), &mut self.lower);
                    if e.speaker.aliases.len() < MOST_ALIASES && !e.speaker.aliases.contains(&old) {
                        e.speaker.aliases.push(old);
                    }
                    e.count_words(&self.lower);
                    e.read_plural(&self.lower);
                }
                if e.speaker.role.is_none() {
                    e.set_role(parsed.role.as_deref().map(str::to_string), &mut self.lower);
                }
                if e.speaker.affiliation.is_none() {
                    e.speaker.affiliation = parsed.affiliation.map(str::to_string);
                }
                e.gender = e.gender.or(parsed.gender);
                if let Some(a) = &parsed.acronym
                    && e.speaker.aliases.len() < MOST_ALIASES
                    && !e.speaker.aliases.contains(a)
                {
                    e.speaker.aliases.push(a.clone());
                }
                Some(id)
            }
            // A new entity takes the name's words as read here. An ASCII name's buffer
            // holds its lower case whole (`push_words` copies it and splits it at its
            // spaces), and its pieces, key words and last key word are the ones
            // `count_words` would read from that lower case again.
            None if may_create => {
                let read = is_ascii(parsed.name.as_bytes())
                    .then(|| (&**words.buf, words.len(), k.len(), k_last));
                Some(self.add_read(parsed, read))
            }
            None => None,
        };
        self.scratch = scratch;
        id
    }

    fn add(&mut self, parsed: &Parsed<'_>) -> usize {
        self.add_read(parsed, None)
    }

    /// [`Registry::add`], with the name's lower case and its counts
    /// ([`Entity::lower_name`], [`Entity::word_count`], [`Entity::key_len`],
    /// [`Entity::last_key`]) when the caller has read them already.
    fn add_read(&mut self, parsed: &Parsed<'_>, read: Option<(&str, usize, usize, u64)>) -> usize {
        // Room for a typical document's lower-case names at the first entity, rather
        // than growing the buffer from a few bytes.
        if self.lower.capacity() == 0 {
            self.lower.reserve(LOWER_ROOM);
        }
        let mut speaker = Speaker::new(parsed.name.clone().into_owned(), parsed.kind);
        speaker.role = parsed.role.as_deref().map(str::to_string);
        speaker.affiliation = parsed.affiliation.map(str::to_string);
        speaker.aliases.extend(parsed.acronym.clone());
        let mut entity = Entity {
            gender: parsed.gender,
            word_count: 0,
            key_len: 0,
            last_key: 0,
            lower_name: (0, 0),
            plural: false,
            lower_role: parsed
                .role
                .as_deref()
                .map(|r| push_lower(&mut self.lower, r)),
            older: None,
            newer: None,
            speaker,
        };
        match read {
            Some((lower_name, word_count, key_len, last_key)) => {
                let start = self.lower.len();
                self.lower.push_str(lower_name);
                entity.lower_name = (start, self.lower.len());
                (entity.word_count, entity.key_len, entity.last_key) =
                    (word_count, key_len, last_key);
                debug_assert_eq!(entity.lower_name(&self.lower), lowercase(&parsed.name));
                debug_assert!({
                    let mut counted = entity.clone();
                    counted.count_words(&self.lower);
                    (counted.word_count, counted.key_len, counted.last_key)
                        == (word_count, key_len, last_key)
                });
            }
            None => {
                entity.lower_name = push_lower(&mut self.lower, &parsed.name);
                entity.count_words(&self.lower);
            }
        }
        entity.read_plural(&self.lower);
        // Room for a typical document's speakers at the first one: an entity is a few
        // hundred bytes, and the vector would otherwise grow (and copy them) four times.
        if self.entities.capacity() == 0 {
            self.entities.reserve(16);
        }
        self.entities.push(entity);
        self.entities.len() - 1
    }

    /// How many entities the registry holds: their ids are `0..entity_count()`.
    pub(crate) fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// The speaker of an entity, as resolved so far.
    pub(crate) fn speaker(&self, id: usize) -> &Speaker {
        &self.entities[id].speaker
    }

    /// Every speaker, in order of first mention.
    pub(crate) fn into_speakers(self) -> Vec<Speaker> {
        self.entities.into_iter().map(|e| e.speaker).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> (String, SpeakerKind) {
        let x = parse_phrase(s);
        (x.name.into_owned(), x.kind)
    }

    #[test]
    fn phrases_are_taken_apart() {
        assert_eq!(
            p("the US State Department"),
            ("US State Department".into(), SpeakerKind::Organisation)
        );
        assert_eq!(
            p("Iraqi Prime Minister Mustafa Al Kadhimi"),
            ("Mustafa Al Kadhimi".into(), SpeakerKind::Person)
        );
        assert_eq!(p("Mr. Schenker"), ("Schenker".into(), SpeakerKind::Person));
        assert_eq!(
            p("Mr Al Kadhimi"),
            ("Al Kadhimi".into(), SpeakerKind::Person)
        );
        assert_eq!(
            p("Washington"),
            ("Washington".into(), SpeakerKind::Organisation)
        );
        assert_eq!(p("the U.S.").0, "U.S.");
        assert_eq!(
            p("David Schenker, the State Department’s top Middle East official").0,
            "David Schenker"
        );
        assert_eq!(p("undersecretary of state David Hale").0, "David Hale");
        assert_eq!(p("Officials in the US-led coalition").1, SpeakerKind::Group);
        assert_eq!(p("United Technologies").1, SpeakerKind::Organisation);
        assert_eq!(p("The New York Times").1, SpeakerKind::Organisation);
        assert_eq!(p("the minister").1, SpeakerKind::Person);
        assert_eq!(p("the agreement").1, SpeakerKind::Document);
        assert_eq!(
            p("a senior official who spoke on condition of anonymity").1,
            SpeakerKind::Anonymous
        );
    }

    #[test]
    fn a_person_from_somewhere_keeps_it_as_the_affiliation() {
        let x = parse_phrase("Sen. Ted Cruz of Texas");
        assert_eq!(
            (&*x.name, x.kind, x.role.as_deref(), x.affiliation),
            ("Ted Cruz", SpeakerKind::Person, Some("Sen."), Some("Texas"))
        );
        let x = parse_phrase("Professor Sir John Curtice of Strathclyde University");
        assert_eq!(
            (&*x.name, x.affiliation),
            ("John Curtice", Some("Strathclyde University"))
        );
        let x = parse_phrase("Dr Sarah Jones of the London School of Economics");
        assert_eq!(
            (&*x.name, x.affiliation),
            ("Sarah Jones", Some("London School of Economics"))
        );
        // A title before "of" is part of the role; an organisation's head keeps its name.
        assert_eq!(p("Secretary of State John Kerry").0, "John Kerry");
        assert_eq!(
            p("the Bank of England"),
            ("Bank of England".into(), SpeakerKind::Organisation)
        );
        // A name with its place in an appositive after a description.
        let x = parse_phrase("The study's lead author, Dr. Emily Chen of Stanford University");
        assert_eq!(
            (&*x.name, x.affiliation),
            ("Emily Chen", Some("Stanford University"))
        );
        // An appositive or a description names the body too.
        let x = parse_phrase("Michael O'Hanlon, a senior fellow at the Brookings Institution");
        assert_eq!(x.affiliation, Some("Brookings Institution"));
        let x = parse_phrase("David Schenker, the State Department’s top Middle East official");
        assert_eq!(x.affiliation, Some("State Department"));
        assert_eq!(
            parse_phrase("a spokesman for the Pentagon").affiliation,
            Some("Pentagon")
        );
        assert_eq!(
            parse_phrase("A State Department spokesperson").affiliation,
            Some("State Department")
        );
    }

    #[test]
    fn organisations_by_their_head_seats_of_government_and_unnamed_sources() {
        // The head before "for" decides, not the last word ("Studies").
        assert_eq!(
            p("the Institute for Fiscal Studies").1,
            SpeakerKind::Organisation
        );
        assert_eq!(
            p("Downing Street"),
            ("Downing Street".into(), SpeakerKind::Organisation)
        );
        assert_eq!(p("Human Rights Watch").1, SpeakerKind::Organisation);
        // Countries stand for their governments, as capitals do.
        assert_eq!(p("Iran"), ("Iran".into(), SpeakerKind::Organisation));
        assert_eq!(p("the United States").1, SpeakerKind::Organisation);
        assert_eq!(p("The United Nations").1, SpeakerKind::Organisation);
        assert_eq!(
            p("Pfizer, which makes the vaccine"),
            ("Pfizer".into(), SpeakerKind::Organisation)
        );
        assert_eq!(p("A senior Labour source").1, SpeakerKind::Anonymous);
        assert_eq!(
            p("a senior aide, who did not want to be named").1,
            SpeakerKind::Anonymous
        );
        // A text described by where it appeared is the text.
        assert_eq!(
            p("a YouGov poll published on Sunday"),
            ("a YouGov poll".into(), SpeakerKind::Document)
        );
        // People keep their description.
        assert_eq!(
            p("people briefed on the move").0,
            "people briefed on the move"
        );
    }

    #[test]
    fn a_look_back_visits_entities_by_their_latest_mention() {
        let mut r = Registry::default();
        let ids: Vec<usize> = ["A", "B", "C", "D", "E"]
            .iter()
            .map(|n| r.add(&parse_phrase(n)))
            .collect();
        // Mentions in an order that touches the newest, the oldest, one between and
        // one never mentioned before (E).
        let mut mentioned: Vec<usize> = Vec::new();
        for &k in &[0, 1, 2, 2, 0, 3, 1, 1, 0, 4, 2, 4, 3] {
            r.touch(ids[k]);
            mentioned.retain(|&id| id != ids[k]);
            mentioned.push(ids[k]);
            // Each entity in turn is the latest that fits when the later ones do not.
            for (n, &id) in mentioned.iter().rev().enumerate() {
                let later = &mentioned[mentioned.len() - n..];
                let fits = |e: &Entity| {
                    !later
                        .iter()
                        .any(|&l| r.entities[l].speaker.name == e.speaker.name)
                };
                assert_eq!(r.latest(fits), Some(id));
            }
            // An entity not mentioned yet is not looked back at.
            let unmentioned = |e: &Entity| {
                !mentioned
                    .iter()
                    .any(|&m| r.entities[m].speaker.name == e.speaker.name)
            };
            assert_eq!(r.latest(unmentioned), None);
        }
    }

    #[test]
    fn an_unnamed_source_is_someone_a_pronoun_can_mean() {
        let mut r = Registry::default();
        let source = r.resolve("a source close to the talks", Span::new(0, 27), "");
        assert_eq!(r.resolve("he", Span::new(40, 42), ""), source);
        let sources = r.resolve("sources familiar with the plan", Span::new(50, 80), "");
        assert_eq!(r.resolve("they", Span::new(90, 94), ""), sources);
    }

    #[test]
    fn descriptions_link_unless_a_name_or_a_share_sets_them_apart() {
        let mut r = Registry::default();
        let s = Span::new(0, 1);
        let cnn = r.resolve("a CNN poll", s, "").unwrap();
        assert_eq!(r.resolve("the poll", s, ""), Some(cnn));
        assert_ne!(r.resolve("the latest Reuters/Ipsos poll", s, ""), Some(cnn));
        let share = r.resolve("46 percent of voters", s, "").unwrap();
        assert_ne!(
            r.resolve("40 percent of Clinton voters", s, ""),
            Some(share)
        );
        assert_eq!(r.resolve("46 percent of voters", s, ""), Some(share));
    }

    #[test]
    fn mentions_link_to_earlier_speakers() {
        let mut r = Registry::default();
        let s = Span::new(0, 1);
        let schenker = r
            .resolve(
                "David Schenker, the State Department’s top Middle East official",
                s,
                "",
            )
            .unwrap();
        let dept = r.resolve("the US State Department", s, "").unwrap();
        assert_eq!(r.resolve("it", s, ""), Some(dept));
        assert_eq!(r.resolve("Mr Schenker", s, ""), Some(schenker));
        assert_eq!(r.resolve("he", s, ""), Some(schenker));
        assert_eq!(r.resolve("the State Department", s, ""), Some(dept));
        let qais = r.resolve("Qais Al Khazali", s, "").unwrap();
        let laith = r.resolve("Laith Al Khazali", s, "").unwrap();
        assert_ne!(qais, laith);
        assert_eq!(r.speaker(schenker).name, "David Schenker");
        let cpj = r
            .resolve("the Committee to Protect Journalists (CPJ)", s, "")
            .unwrap();
        assert_eq!(r.resolve("CPJ", s, ""), Some(cpj));
        assert_eq!(r.speaker(cpj).name, "Committee to Protect Journalists");
    }

    #[test]
    fn a_kept_parse_is_the_parse() {
        let phrases = [
            "he",
            "He",
            "His",
            "their",
            "I",
            "I.",
            "Trump",
            "Trump’s",
            "Trump's",
            "Mr Schenker",
            "Mr. Schenker",
            "Mr.\u{a0}Schenker",
            "Mrs. Clinton",
            "the president",
            "The President",
            "the Spaniard",
            "U.S.",
            "the U.S.",
            "J. Smith.",
            "Smith.",
            "CNN",
            "",
            " ",
            ",",
            "( )",
            "’s",
            "the",
            "a YouGov poll published on Sunday",
            "Sen. Ted Cruz of Texas",
            "Sen. Ted Cruz (R-Texas), who is running",
            "The study's lead author, Dr. Emily Chen of Stanford University",
            "David Schenker, the State Department’s top Middle East official",
            "the Committee to Protect Journalists (CPJ)",
            "a spokesman for the Pentagon",
            "A State Department spokesperson",
            "a senior official who spoke on condition of anonymity",
            "Pfizer, which makes the vaccine",
            "46 percent of voters",
            "ΣΊΣΥΦΟΣ",
            "Ærø Økonomi",
        ];
        // Two copies of each, as the same words at two places of a text: the second
        // is parsed from the first's kept parse.
        let copies: Vec<String> = phrases
            .iter()
            .chain(&phrases)
            .map(|p| p.to_string())
            .collect();
        // (Each phrase asked for twice in a row too, with the memo of the last phrase
        // and without: the kept parse is found either way.)
        let mut r = Registry::default();
        for (i, copy) in copies.iter().flat_map(|c| [c, c]).enumerate() {
            assert_eq!(
                r.with_parse(copy, i % 3 != 0, |_, p| p.clone()),
                parse_phrase(copy),
                "{copy:?}"
            );
        }
        assert_eq!(r.parsed.len(), phrases.len());
    }

    #[test]
    fn anonymity_is_told_by_its_markers_anywhere() {
        // Each marker holds its byte where the table says.
        for (marker, byte, at) in ANONYMITY_MARKERS {
            assert_eq!(marker[at], byte, "{:?}", std::str::from_utf8(marker));
        }
        // The test as it read: a marker starting at any byte.
        let by_bytes = |phrase: &str| {
            let b = phrase.as_bytes();
            (0..b.len()).any(|i| {
                ANONYMITY_MARKERS
                    .iter()
                    .any(|(marker, _, _)| b[i..].starts_with(marker))
            })
        };
        let words = [
            "anonymity",
            "anonymous",
            "unnamed",
            "not authorized",
            "not authorised",
            "be named",
            "be identified",
            "anonym",
            "unname",
            "not authorize",
            "be name",
            "be identifie",
            "dy",
            "yd",
            "a",
            "said",
            "ready",
            "Anonymous",
            "UNNAMED",
            "’",
        ];
        for a in words {
            for b in words {
                for sep in ["", " ", "d", "y", "’"] {
                    // Short phrases and long ones (read by another search).
                    let phrase = format!("{a}{sep}{b}");
                    let long = format!("{a}{sep} {phrase:?} {sep}{b}");
                    assert_eq!(is_anonymous(&phrase), by_bytes(&phrase), "{phrase:?}");
                    assert_eq!(is_anonymous(&long), by_bytes(&long), "{long:?}");
                }
            }
        }
        assert!(is_anonymous(
            "a senior official who spoke on condition of anonymity"
        ));
        assert!(!is_anonymous("a senior official"));
    }

    #[test]
    fn determiners_in_any_case() {
        let determiners = [
            "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "another",
            "one", "two", "three", "several", "some", "many", "other",
        ];
        let mut words = vec![
            "", "t", "th", "thee", "anothers", "severall", "seven", "others",
        ];
        words.extend([
            "The", "THE", "tHe", "An", "Another", "SEVERAL", "Many", "Other",
        ]);
        words.extend(["ᴛhe", "\u{212a}", "Ön", "übel", "tha", "thr"]);
        words.extend(determiners);
        for w in words {
            let expected = determiners.iter().any(|d| d.eq_ignore_ascii_case(w));
            assert_eq!(is_determiner(w), expected, "{w:?}");
        }
    }

    /// Every `step`-th word of each of `lists` (at most `take` of a list), with its first
    /// letter capitalised: the words the fast paths' tests vary.
    fn sampled_words(lists: &[&str], step: usize, take: usize) -> Vec<(&'static str, String)> {
        let lex = lexicon();
        lists
            .iter()
            .flat_map(|list| lex.list(list).iter().step_by(step).take(take))
            .map(|&w| {
                let mut cap = w.to_string();
                cap.get_mut(..1).map(str::make_ascii_uppercase);
                (w, cap)
            })
            .collect()
    }

    /// Asserts that `fast` reads each of `phrases` it takes as the general parse does,
    /// and that it takes more than half of them (so the test exercises the fast path).
    fn assert_fast_path_agrees(
        phrases: impl IntoIterator<Item = String>,
        fast: impl for<'p> Fn(&'p str) -> Option<Parsed<'p>>,
    ) {
        let (mut read, mut tried) = (0, 0);
        for phrase in phrases {
            tried += 1;
            if let Some(parsed) = fast(&phrase) {
                let general = parse_trimmed_in(&phrase, &mut String::new());
                assert_eq!(parsed, general, "{phrase:?}");
                read += 1;
            }
        }
        assert!(read > tried / 2, "{read} of {tried}");
    }

    #[test]
    fn one_word_is_read_as_the_general_parse_reads_it() {
        let mut words: Vec<String> = [
            "his",
            "Her",
            "THEIR",
            "its",
            "It",
            "I",
            "I.",
            "i",
            "X.",
            "U.S.",
            "US",
            "CNN",
            "Trump",
            "Trump's",
            "Trump.",
            "Mr.",
            "Ms",
            "The",
            "One",
            "Some",
            "ABSTRACT",
            "(CPJ)",
            "a(b)",
            "Sources",
            "sources",
            "O'Malley",
            "Anonymous",
            "Unnamed",
            "'s",
            ".",
            "A",
            "Z",
            "Aa",
            "NATO's",
            "Spaniard",
            "Spaniards",
            "Officials",
            "Spokesmen",
        ]
        .map(String::from)
        .to_vec();
        let lists = [
            "pronoun",
            "capital",
            "org_head",
            "group_head",
            "document_head",
            "person_head",
            "title",
            "honorific",
            "male_name",
            "female_name",
            "demonym",
            "particle",
            "quantity",
        ];
        for (w, cap) in sampled_words(&lists, 1, usize::MAX) {
            for v in [w.to_string(), cap, w.to_ascii_uppercase()] {
                words.extend(["", "s", "'s", "’s", ".", ".'s"].map(|end| format!("{v}{end}")));
            }
        }
        assert_fast_path_agrees(words, parse_one_word);
    }

    #[test]
    fn two_names_are_read_as_the_general_parse_reads_them() {
        let mut words: Vec<String> = [
            "Mr.",
            "Mr",
            "Sen.",
            "Of",
            "For",
            "The",
            "A",
            "His",
            "Trump",
            "Trump's",
            "Trump.",
            "U.S.",
            "CNN",
            "Cruz,",
            "J.",
            "I",
            "Anonymous",
            "Unnamed",
            "Sources",
            "Spokesmen",
            "Officials",
            "ABC",
            "(CPJ)",
            "Pfizer",
            "Washington",
            "Bank",
            "Ministry",
        ]
        .map(String::from)
        .to_vec();
        let lists = [
            "capital",
            "org_head",
            "group_head",
            "document_head",
            "person_head",
            "title",
            "honorific",
            "male_name",
            "female_name",
            "demonym",
        ];
        for (w, cap) in sampled_words(&lists, 7, 12) {
            words.extend([cap.clone(), format!("{cap}s"), w.to_ascii_uppercase()]);
        }
        let pairs = words
            .iter()
            .flat_map(|a| words.iter().map(move |b| format!("{a} {b}")));
        assert_fast_path_agrees(pairs, parse_two_names);
    }

    #[test]
    fn a_determined_word_is_read_as_the_general_parse_reads_it() {
        let mut words: Vec<String> = [
            "Trump",
            "Trump's",
            "Trump’s",
            "Trump.",
            "U.S.",
            "CNN",
            "J.",
            "I",
            "Of",
            "of.",
            "Who",
            "close",
            "that",
            "One",
            "judge",
            "judge's",
            "sources",
            "Source",
            "anonymous",
            "unnamed",
            "officials",
            "spokesman",
            "spokeswoman",
            "ABC",
            "(CPJ)",
            "Pfizer",
            "Washington",
            "ministry",
            "Bank",
            "X",
            "x",
            "'s",
            "GOP",
        ]
        .map(String::from)
        .to_vec();
        let lists = [
            "capital",
            "org_head",
            "group_head",
            "document_head",
            "person_head",
            "title",
            "honorific",
            "male_name",
            "demonym",
            "pronoun",
        ];
        for (w, cap) in sampled_words(&lists, 5, 16) {
            words.extend([
                w.to_string(),
                format!("{w}s"),
                cap.clone(),
                format!("{cap}s"),
                w.to_ascii_uppercase(),
            ]);
        }
        let determiners = [
            "the", "The", "THE", "a", "An", "his", "Her", "its", "their", "our", "This", "that",
            "another", "One", "two", "several", "some", "Many", "other", "Theirs",
        ];
        let phrases = determiners
            .iter()
            .flat_map(|d| words.iter().map(move |w| format!("{d} {w}")));
        assert_fast_path_agrees(phrases, parse_determined_word);
    }

    #[test]
    fn ascii_words_are_lower_cased_in_the_buffer() {
        let bytes = [b'A', b'Z', b'@', b'[', b'a', b'.', b'0'].into_iter();
        crate::lanes::for_one_byte_texts(34, b'Q', bytes, |word, _| {
            let word = String::from_utf8(word).unwrap_or_default();
            let mut buffer = [0; 32];
            let expected = (word.len() <= 32).then(|| word.to_ascii_lowercase());
            let lower = ascii_lower(&word, &mut buffer).map(<[u8]>::to_vec);
            assert_eq!(lower, expected.map(String::into_bytes), "{word:?}");
        });
    }

    #[test]
    fn gendered_words_pass_the_filter() {
        for w in MALE_WORDS {
            assert_eq!(word_gender(w), Some(Gender::Male), "{w:?}");
            assert_eq!(
                word_gender(&[w, b".."].concat()),
                Some(Gender::Male),
                "{w:?}"
            );
        }
        for w in FEMALE_WORDS {
            assert_eq!(word_gender(w), Some(Gender::Female), "{w:?}");
        }
        for w in [
            "",
            ".",
            "m",
            "mr,",
            "mrx",
            "shes",
            "the",
            "manly",
            "spokesperson",
        ] {
            assert_eq!(word_gender(w.as_bytes()), None, "{w:?}");
        }
    }

    #[test]
    fn a_given_name_tells_the_gender() {
        let mut r = Registry::default();
        let s = Span::new(0, 1);
        let jones = r.resolve("Ms Jones", s, "").unwrap();
        let haldane = r.resolve("Andy Haldane", s, "").unwrap();
        assert_eq!(r.resolve("she", s, ""), Some(jones));
        assert_eq!(r.resolve("he", s, ""), Some(haldane));
        // A surname alone tells nothing.
        let mark = r.resolve("Mark", s, "").unwrap();
        assert_eq!(r.resolve("she", s, ""), Some(mark));
    }

    #[test]
    fn a_described_organisation_that_opens_a_sentence_is_what_it_refers_to() {
        let mut r = Registry::default();
        let s = Span::new(0, 1);
        r.observe("The company", s);
        let it = r.resolve("it", s, "").unwrap();
        assert_eq!(r.speaker(it).kind, SpeakerKind::Organisation);
        assert_eq!(r.speaker(it).name, "The company");
        // A description of no one stays out of the registry.
        r.observe("The problem", s);
        assert_eq!(r.resolve("it", s, ""), Some(it));
    }

    #[test]
    fn a_description_is_read_in_place_as_from_the_lower_case() {
        // Windows of up to five pieces: the head in several cases, inside longer words
        // and repeated so that matches overlap, modifiers, stop words and determiners,
        // and chars that are not ASCII whose lower case keeps their place or not
        // (é, ß, a capital sigma, a circled letter, a curly quote and a dash keep it;
        // the Kelvin sign, which lower-cases to ASCII, and the dotted capital I, to
        // three bytes, do not).
        let pieces = [
            " ",
            "agreement",
            "Agreement",
            "AGREEMENT",
            "agreements",
            "disagreement",
            "aa",
            "AA",
            "a",
            "strategic ",
            "framework ",
            "the ",
            "of ",
            "2008 ",
            "Iraq-US ",
            "é",
            "’",
            "—",
            "\u{212a}",
            "İ",
            "ß",
            "Σ",
            "\u{24b6}",
            "\u{2071}",
            "…",
            "\n",
            "x",
        ];
        let heads = ["agreement", "Agreement", "aa", "a", "2008", "k", "AA"];
        let mut windows = crate::lanes::concatenations(&pieces, 3);
        // Longer windows: each of those with a described head before it.
        let longer: Vec<String> = windows
            .iter()
            .step_by(7)
            .map(|w| format!("{w} a strategic framework agreement {w}"))
            .collect();
        windows.extend(longer);
        let (mut in_place, mut found) = (0, 0);
        for w in &windows {
            let keeps = lowercase_keeps_places(w);
            assert!(!keeps || lowercase(w).len() == w.len(), "{w:?}");
            if !keeps {
                continue;
            }
            in_place += 1;
            for head in heads {
                let read = description_in_place(w, head);
                assert_eq!(read, description_lowered(w, head), "{head:?} in {w:?}");
                found += usize::from(read.is_some());
            }
        }
        // Most windows are read in place, and many hold a description.
        assert!(
            in_place * 2 > windows.len(),
            "{in_place} of {}",
            windows.len()
        );
        assert!(found > 1000, "{found}");
        // What keeps places and what does not.
        assert!(lowercase_keeps_places("The “agreement” — é, Ω"));
        for w in ["\u{212a}", "İ", "xİ"] {
            assert!(!lowercase_keeps_places(w), "{w:?}");
        }
    }
}
