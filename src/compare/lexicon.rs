//! The word lists of claim comparison, held as data in `src/compare/lexicon/*.txt` and
//! read once on first use: function words, hedges, negators, number words, currencies,
//! synonyms, and countries with the names that stand for them.

use super::text::{stem, unify_spelling};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

const WORDS: &str = include_str!("lexicon/words.txt");
const COUNTRIES: &str = include_str!("lexicon/countries.txt");

/// A multi-word pattern of lower-case words, and what it stands for.
#[derive(Debug)]
pub(crate) struct Phrase {
    pub words: Vec<&'static str>,
    pub name: &'static str,
}

/// Bits of [`Lexicon::classes`]: the lists a word is in.
pub(crate) mod class {
    /// [`Lexicon::is_stop`](super::Lexicon::is_stop).
    pub const STOP: u8 = 1;
    /// [`Lexicon::is_pronoun`](super::Lexicon::is_pronoun).
    pub const PRONOUN: u8 = 1 << 1;
    /// [`Lexicon::is_negation`](super::Lexicon::is_negation).
    pub const NEGATION: u8 = 1 << 2;
    /// [`Lexicon::modals`](super::Lexicon::modals) is not empty.
    pub const MODAL: u8 = 1 << 3;
}

/// Every list, indexed for lookups.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Per word, the [`class`] bits of the lists above it is in: one lookup per word
    /// where asking list by list would hash it once per list.
    classes: Map<&'static str, u8>,
    stop: Set<&'static str>,
    pronoun: Set<&'static str>,
    negation: Set<&'static str>,
    calendar: Set<&'static str>,
    prefix: Set<&'static str>,
    /// Hedges by their first word.
    modal: Map<&'static str, Vec<Phrase>>,
    backshift: Map<&'static str, &'static str>,
    /// Approximators by their first word.
    approximator: Map<&'static str, Vec<Phrase>>,
    number: Map<&'static str, f64>,
    scale: Map<&'static str, f64>,
    currency: Map<&'static str, &'static str>,
    synonym: Map<String, String>,
    /// Country names by their first word (full stops removed), longest first.
    country: Map<String, Vec<(Vec<String>, &'static str)>>,
}

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn phrase(entry: &'static str, name: &'static str) -> Phrase {
    Phrase {
        words: entry.split('_').collect(),
        name,
    }
}

/// A name without its full stops ("U.S." → "US").
pub(crate) fn undotted(word: &str) -> Cow<'_, str> {
    if word.contains('.') {
        Cow::Owned(word.chars().filter(|&c| c != '.').collect())
    } else {
        Cow::Borrowed(word)
    }
}

use crate::lexicon::Fnv;

type Set<T> = HashSet<T, BuildHasherDefault<Fnv>>;
type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon::default();
        let mut section = "";
        for line in data_lines(WORDS) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            let mut words = line.split_whitespace();
            match section {
                "stop" => lex.stop.extend(words),
                "pronoun" => lex.pronoun.extend(words),
                "negation" => lex.negation.extend(words),
                "calendar" => lex.calendar.extend(words),
                "prefix" => lex.prefix.extend(words),
                "modal" => {
                    // The first form names the hedge.
                    let name = line.split_whitespace().next().unwrap_or_default();
                    for entry in words {
                        let p = phrase(entry, name);
                        lex.modal.entry(p.words[0]).or_default().push(p);
                    }
                }
                "backshift" => {
                    if let (Some(present), Some(past)) = (words.next(), words.next()) {
                        lex.backshift.insert(past, present);
                    }
                }
                "approximator" => {
                    for entry in words {
                        let p = phrase(entry, entry);
                        lex.approximator.entry(p.words[0]).or_default().push(p);
                    }
                }
                "number" | "scale" => {
                    if let (Some(word), Some(value)) = (words.next(), words.next()) {
                        let value = value.parse::<f64>().unwrap_or_default();
                        if section == "number" {
                            lex.number.insert(word, value);
                        } else {
                            lex.scale.insert(word, value);
                        }
                    }
                }
                "currency" => {
                    if let (Some(word), Some(unit)) = (words.next(), words.next()) {
                        lex.currency.insert(word, unit);
                    }
                }
                "synonyms" => {
                    let stems: Vec<String> = words.map(|w| stem(&unify_spelling(w))).collect();
                    if let Some(head) = stems.first() {
                        for s in &stems[1..] {
                            lex.synonym.insert(s.clone(), head.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        for line in data_lines(COUNTRIES) {
            let mut fields = line.split_whitespace();
            let Some(id) = fields.next() else { continue };
            for name in fields {
                let words: Vec<String> =
                    name.split('_').map(|w| undotted(w).into_owned()).collect();
                lex.country
                    .entry(words[0].to_lowercase())
                    .or_default()
                    .push((words, id));
            }
        }
        for (_, v) in lex.modal.iter_mut().chain(lex.approximator.iter_mut()) {
            v.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        for v in lex.country.values_mut() {
            v.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        let lists = [
            (&lex.stop, class::STOP),
            (&lex.calendar, class::STOP),
            (&lex.pronoun, class::PRONOUN),
            (&lex.negation, class::NEGATION),
        ];
        let mut classes: Map<&'static str, u8> = Map::default();
        for (set, bit) in lists {
            for &w in set {
                *classes.entry(w).or_default() |= bit;
            }
        }
        for &w in lex.modal.keys() {
            *classes.entry(w).or_default() |= class::MODAL;
        }
        lex.classes = classes;
        lex
    }

    /// The [`class`] bits of a lower-case word: the lists it is in.
    pub fn classes(&self, lower: &str) -> u8 {
        let bits = self.classes.get(lower).copied().unwrap_or(0);
        debug_assert_eq!(bits & class::STOP != 0, self.is_stop(lower));
        debug_assert_eq!(bits & class::PRONOUN != 0, self.is_pronoun(lower));
        debug_assert_eq!(bits & class::NEGATION != 0, self.is_negation(lower));
        debug_assert_eq!(bits & class::MODAL != 0, !self.modals(lower).is_empty());
        bits
    }

    /// A function word (lower case).
    pub fn is_stop(&self, lower: &str) -> bool {
        self.stop.contains(lower) || self.calendar.contains(lower)
    }

    /// A month or day name, or a word of time ("week", "today"), lower case.
    pub fn is_calendar(&self, lower: &str) -> bool {
        self.calendar.contains(lower)
    }

    /// A personal pronoun or possessive (lower case).
    pub fn is_pronoun(&self, lower: &str) -> bool {
        self.pronoun.contains(lower)
    }

    /// A negator (lower case).
    pub fn is_negation(&self, lower: &str) -> bool {
        self.negation.contains(lower)
    }

    /// A prefix that a hyphen joins to its word.
    pub fn is_prefix(&self, lower: &str) -> bool {
        self.prefix.contains(lower)
    }

    /// Hedges that may start with this lower-case word, longest first.
    pub fn modals(&self, lower: &str) -> &[Phrase] {
        self.modal.get(lower).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The present form of a backshifted modal ("would" → "will").
    pub fn unshifted<'a>(&self, modal: &'a str) -> &'a str {
        match self.backshift.get(modal) {
            Some(present) => present,
            None => modal,
        }
    }

    /// Approximators that may start with this lower-case word, longest first.
    pub fn approximators(&self, lower: &str) -> &[Phrase] {
        self.approximator
            .get(lower)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The value of a number word ("five" → 5).
    pub fn number(&self, lower: &str) -> Option<f64> {
        self.number.get(lower).copied()
    }

    /// The multiplier of a scale word ("million" → 1e6).
    pub fn scale(&self, lower: &str) -> Option<f64> {
        self.scale.get(lower).copied()
    }

    /// The unit a currency sign or word stands for ("£" → "pound").
    pub fn currency(&self, lower: &str) -> Option<&'static str> {
        self.currency.get(lower).copied()
    }

    /// The stem a synonym class is known by, when `stem` belongs to one.
    pub fn synonym(&self, stem: &str) -> Option<&str> {
        self.synonym.get(stem).map(String::as_str)
    }

    /// Country names that may start with this word (full stops removed, any case).
    pub fn countries(&self, undotted_lower: &str) -> &[(Vec<String>, &'static str)] {
        self.country
            .get(undotted_lower)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// Every word of the word lists, for tests that compare two ways of reading words.
#[cfg(test)]
pub(crate) fn words_for_tests() -> Vec<&'static str> {
    WORDS
        .split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty() && !w.starts_with(['#', '[']))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read() {
        let lex = lexicon();
        assert!(lex.is_stop("the") && lex.is_stop("june") && !lex.is_stop("troops"));
        assert!(lex.is_negation("never"));
        assert_eq!(lex.number("forty"), Some(40.0));
        assert_eq!(lex.scale("bn"), Some(1e9));
        assert_eq!(lex.currency("£"), Some("pound"));
        assert_eq!(lex.unshifted("would"), "will");
        assert_eq!(lex.modals("expected")[0].name, "expected_to");
        assert_eq!(lex.modals("perhaps")[0].name, "perhaps");
        assert_eq!(lex.approximators("more")[0].words, ["more", "than"]);
        assert_eq!(lex.synonym("soldier"), Some("troop"));
        let us = lex.countries("united");
        assert!(
            us.iter()
                .any(|(w, id)| w == &["United", "States"] && *id == "us")
        );
        assert_eq!(lex.countries("us")[0].1, "us");
    }
}
