//! The lexicon: reporting verbs, titles, honorifics, name particles, abbreviations and
//! head nouns, held as data in `src/lexicon/*.txt` and read once on first use.
//!
//! Keeping the words out of the code lets a reader see (and extend) what the grammar
//! knows without reading the grammar.

use crate::cue::CueClass;
use std::collections::HashMap;
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

/// Every word list, indexed for lookups.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    verbs: HashMap<&'static str, Vec<VerbForm>>,
    lists: HashMap<&'static str, Vec<&'static str>>,
    sets: HashMap<(&'static str, &'static str), ()>,
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
                lex.verbs.entry(head).or_default().push(VerbForm {
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
                for word in line.split_whitespace() {
                    let word: &'static str = leak_spaced(word);
                    lex.lists.entry(section).or_default().push(word);
                    lex.sets.insert((section, word), ());
                }
            }
        }
        lex
    }

    /// The reporting-verb readings of a word form ("said" → say/neutral).
    pub fn verb(&self, form: &str) -> &[VerbForm] {
        if let Some(v) = self.verbs.get(form) {
            return v;
        }
        if form.bytes().next().is_some_and(|b| b.is_ascii_uppercase()) {
            let lower = form.to_ascii_lowercase();
            if let Some(v) = self.verbs.get(lower.as_str()) {
                return v;
            }
        }
        &[]
    }

    /// True when `word` is in the named list (exact case, as the list writes it).
    pub fn is(&self, list: &str, word: &str) -> bool {
        self.sets.contains_key(&(list_key(list), word))
    }

    /// True when `word`, lower-cased, is in the named list of lower-case words.
    pub fn is_lower(&self, list: &str, word: &str) -> bool {
        if word.bytes().all(|b| !b.is_ascii_uppercase()) {
            return self.is(list, word);
        }
        self.is(list, &word.to_ascii_lowercase())
    }

    /// Every word of a list, in file order.
    #[cfg(test)]
    pub fn list(&self, list: &str) -> &[&'static str] {
        self.lists.get(list).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Section names are the `[...]` headings of the data files; map a borrowed name to the
/// `'static` key stored in the set.
fn list_key(list: &str) -> &'static str {
    match list {
        "honorific" => "honorific",
        "title" => "title",
        "particle" => "particle",
        "capital" => "capital",
        "abbreviation" => "abbreviation",
        "pronoun" => "pronoun",
        "org_head" => "org_head",
        "group_head" => "group_head",
        "document_head" => "document_head",
        "person_head" => "person_head",
        "object_verb" => "object_verb",
        "adverb" => "adverb",
        "auxiliary" => "auxiliary",
        "stop" => "stop",
        "speech_noun" => "speech_noun",
        "setting" => "setting",
        "to_verb" => "to_verb",
        "homograph" => "homograph",
        "evidential" => "evidential",
        "naming_verb" => "naming_verb",
        _ => "",
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_line_has_a_known_class() {
        for line in data_lines(CUES) {
            let class = line.split_whitespace().nth(1).unwrap_or("");
            assert!(class_named(class).is_some(), "unknown class in {line:?}");
        }
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
        assert!(lex.list("abbreviation").contains(&"U.S"));
    }
}
