//! Speaker identity across documents: "Mr Schenker" in one article is "David Schenker"
//! in another, "the State Department" is "US State Department", "US", "U.S." and
//! "Washington" are one actor, and two people who share a surname but not a first name
//! are two.

use super::lexicon::{lexicon as compare_lexicon, undotted};
use super::text::stem;
use crate::lexicon::lexicon as crate_lexicon;
use crate::speaker::{Speaker, SpeakerKind};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One entity that can speak, keyed so that its names in different documents meet.
///
/// ```
/// use quotetrack::compare::Actor;
/// use quotetrack::SpeakerKind;
/// let us = Actor::parse("Washington", SpeakerKind::Organisation);
/// assert_eq!(us, Actor::parse("U.S.", SpeakerKind::Organisation));
/// let hale = Actor::parse("David Hale", SpeakerKind::Person);
/// assert!(hale[0].same_as(&Actor::parse("Mr Hale", SpeakerKind::Person)[0]));
/// assert!(!hale[0].same_as(&Actor::parse("Nathan Hale", SpeakerKind::Person)[0]));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Actor {
    /// A person: surname (with its particles: "al kadhimi") and first name when given.
    Person {
        /// Lower-case surname.
        surname: String,
        /// Lower-case first name, when the text gives it.
        first: Option<String>,
    },
    /// A country or bloc, or its government ("Washington", "the Iraqi government").
    Country {
        /// The country's id ("us", "iraq").
        id: String,
    },
    /// An organisation: its name without a country qualifier, and that country.
    Organisation {
        /// Lower-case name without articles or country ("state department").
        name: String,
        /// The country it belongs to, when its name says ("US State Department").
        country: Option<String>,
    },
    /// A group of people ("officials in the US-led coalition").
    Group {
        /// Lower-case stemmed words of its description.
        key: String,
    },
}

/// How the speakers of two statements relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerRelation {
    /// The same actors.
    Same,
    /// Not contradictory: one side names nobody identifiable ("the statement said",
    /// an anonymous source), or one actor is part of the other (the State Department
    /// and the United States).
    Compatible,
    /// Some actors in common, some not ("the US" and "the US and Iraq").
    Overlapping,
    /// No actor in common: the words are in another speaker's mouth.
    Different,
}

impl SpeakerRelation {
    /// True for [`Overlapping`](Self::Overlapping) and [`Different`](Self::Different):
    /// a change of speaker worth reporting.
    pub fn is_change(self) -> bool {
        matches!(
            self,
            SpeakerRelation::Overlapping | SpeakerRelation::Different
        )
    }
}

/// Words that make an organisation its country's government.
const GOVERNMENT: [&str; 8] = [
    "",
    "government",
    "administration",
    "authorities",
    "state",
    "regime",
    "leadership",
    "side",
];

impl Actor {
    /// The actors a speaker's name stands for: several for "the United States and
    /// Iraq", none for a document, an anonymous source or a bare description ("the
    /// minister"), which identify nobody across documents.
    pub fn parse(name: &str, kind: SpeakerKind) -> Vec<Actor> {
        if matches!(
            kind,
            SpeakerKind::Document | SpeakerKind::Anonymous | SpeakerKind::Unknown
        ) {
            return Vec::new();
        }
        let mut actors: Vec<Actor> = split_conjuncts(name)
            .into_iter()
            .filter_map(|part| Actor::parse_one(part, kind))
            .collect();
        actors.sort();
        actors.dedup();
        actors
    }

    /// The actors of a resolved speaker (its name and kind).
    pub fn of_speaker(speaker: &Speaker) -> Vec<Actor> {
        Actor::parse(&speaker.name, speaker.kind)
    }

    fn parse_one(part: &str, kind: SpeakerKind) -> Option<Actor> {
        let words: Vec<&str> = part
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
            .map(|w| strip_all(strip_all(w, "'s"), "’s"))
            .filter(|w| !w.is_empty())
            .collect();
        let words: &[&str] = match words.first() {
            Some(w) if w.eq_ignore_ascii_case("the") => &words[1..],
            _ => &words,
        };
        if words.is_empty() {
            return None;
        }
        // A country, alone or qualifying an organisation.
        if let Some((len, id)) = country_prefix(words) {
            let rest: Vec<String> = words[len..].iter().map(|w| w.to_lowercase()).collect();
            let rest = rest.join(" ");
            if GOVERNMENT.contains(&rest.as_str()) {
                return Some(Actor::Country { id: id.to_string() });
            }
            if kind == SpeakerKind::Person && len < words.len() {
                // "American Joe Smith": a person with a nationality.
                return person(&words[len..]);
            }
            if kind == SpeakerKind::Group || is_group_head(words.last().copied()) {
                return Some(Actor::Group {
                    key: format!("{id} {}", group_key(&words[len..])),
                });
            }
            return Some(Actor::Organisation {
                name: rest,
                country: Some(id.to_string()),
            });
        }
        match kind {
            SpeakerKind::Person => person(words),
            SpeakerKind::Organisation => Some(Actor::Organisation {
                name: words
                    .iter()
                    .map(|w| undotted(&w.to_lowercase()).into_owned())
                    .collect::<Vec<_>>()
                    .join(" "),
                country: None,
            }),
            _ => Some(Actor::Group {
                key: group_key(words),
            }),
        }
    }

    /// True when the two can be one entity: the same person (a missing first name
    /// matches any), country, organisation (a missing country matches any) or group;
    /// or a country and one of its organisations (or one whose country is not said).
    pub fn same_as(&self, other: &Actor) -> bool {
        use Actor::*;
        match (self, other) {
            (
                Person {
                    surname: s1,
                    first: f1,
                },
                Person {
                    surname: s2,
                    first: f2,
                },
            ) => s1 == s2 && first_names_agree(f1.as_deref(), f2.as_deref()),
            (Country { id: a }, Country { id: b }) => a == b,
            (Country { id }, Organisation { country, .. })
            | (Organisation { country, .. }, Country { id }) => {
                // An organisation of no stated country may be that country's.
                country.as_deref().is_none_or(|c| c == id)
            }
            (
                Organisation {
                    name: n1,
                    country: c1,
                },
                Organisation {
                    name: n2,
                    country: c2,
                },
            ) => n1 == n2 && (c1.is_none() || c2.is_none() || c1 == c2),
            (Group { key: a }, Group { key: b }) => a == b,
            _ => false,
        }
    }
}

impl Actor {
    /// A key that this actor's names share in every document, for grouping statements
    /// by speaker between the map and the reduce of a distributed job: a person by
    /// surname ("Mr Schenker" and "David Schenker" meet; so do two Schenkers, whom a
    /// [`Tracker`](super::Tracker) then keeps apart), a country by its id, an
    /// organisation by its name without its country ("State Department" and "US State
    /// Department" meet), a group by its stemmed words.
    ///
    /// ```
    /// use quotetrack::compare::Actor;
    /// use quotetrack::SpeakerKind;
    /// let key = |name, kind| Actor::parse(name, kind)[0].key();
    /// assert_eq!(key("David Schenker", SpeakerKind::Person), "person:schenker");
    /// assert_eq!(key("Mr. Schenker", SpeakerKind::Person), "person:schenker");
    /// assert_eq!(key("Washington", SpeakerKind::Organisation), "country:us");
    /// assert_eq!(
    ///     key("the US State Department", SpeakerKind::Organisation),
    ///     key("State Department", SpeakerKind::Organisation)
    /// );
    /// ```
    pub fn key(&self) -> String {
        match self {
            Actor::Person { surname, .. } => format!("person:{surname}"),
            Actor::Country { id } => format!("country:{id}"),
            Actor::Organisation { name, .. } => format!("organisation:{name}"),
            Actor::Group { key } => format!("group:{key}"),
        }
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Actor::Person { surname, first } => match first {
                Some(first) => write!(f, "{first} {surname}"),
                None => write!(f, "{surname}"),
            },
            Actor::Country { id } => write!(f, "{id}"),
            Actor::Organisation { name, country } => match country {
                Some(c) => write!(f, "{c} {name}"),
                None => write!(f, "{name}"),
            },
            Actor::Group { key } => write!(f, "{key}"),
        }
    }
}

/// How two sets of actors relate (an empty set identifies nobody).
pub fn relation(a: &[Actor], b: &[Actor]) -> SpeakerRelation {
    relation_by(a, b, Actor::same_as, |x, y| {
        std::mem::discriminant(x) == std::mem::discriminant(y)
    })
}

/// [`relation`] over any representation of actors, given when two can be one entity and
/// when they are of one kind.
fn relation_by<T: PartialEq>(
    a: &[T],
    b: &[T],
    same: impl Fn(&T, &T) -> bool,
    same_kind: impl Fn(&T, &T) -> bool,
) -> SpeakerRelation {
    if a.is_empty() || b.is_empty() {
        return SpeakerRelation::Compatible;
    }
    let a_met = a.iter().filter(|x| b.iter().any(|y| same(x, y))).count();
    let b_met = b.iter().filter(|y| a.iter().any(|x| same(x, y))).count();
    if a_met == a.len() && b_met == b.len() {
        let exact = a.len() == b.len() && a.iter().all(|x| b.contains(x));
        // A country and one of its agencies are compatible, not the same.
        let kinds_agree = a
            .iter()
            .all(|x| b.iter().any(|y| same(x, y) && same_kind(x, y)));
        if exact || kinds_agree {
            SpeakerRelation::Same
        } else {
            SpeakerRelation::Compatible
        }
    } else if a_met > 0 || b_met > 0 {
        SpeakerRelation::Overlapping
    } else {
        SpeakerRelation::Different
    }
}

/// An [`Actor`] as a few numbers (its strings hashed), for comparing many pairs fast
/// and without reading the heap: the same answers as [`Actor::same_as`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Compact {
    /// 0 person, 1 country, 2 organisation, 3 group.
    kind: u8,
    /// Surname, country id, organisation name or group key.
    name: u64,
    /// First name or the organisation's country; 0 for none.
    qualifier: u64,
    /// The first name's first byte, and whether the first name is only that.
    initial: (u8, bool),
}

impl Compact {
    pub fn of(actor: &Actor) -> Compact {
        use super::text::hash;
        let opt = |s: &Option<String>| s.as_deref().map_or(0, |s| hash(s) | 1);
        match actor {
            Actor::Person { surname, first } => Compact {
                kind: 0,
                name: hash(surname),
                qualifier: opt(first),
                initial: first.as_deref().map_or((0, false), |f| {
                    (f.bytes().next().unwrap_or(0), f.len() == 1)
                }),
            },
            Actor::Country { id } => Compact {
                kind: 1,
                name: hash(id) | 1,
                qualifier: 0,
                initial: (0, false),
            },
            Actor::Organisation { name, country } => Compact {
                kind: 2,
                name: hash(name),
                qualifier: opt(country),
                initial: (0, false),
            },
            Actor::Group { key } => Compact {
                kind: 3,
                name: hash(key),
                qualifier: 0,
                initial: (0, false),
            },
        }
    }

    fn same_as(&self, other: &Compact) -> bool {
        match (self.kind, other.kind) {
            (0, 0) => {
                self.name == other.name
                    && (self.qualifier == 0
                        || other.qualifier == 0
                        || self.qualifier == other.qualifier
                        || ((self.initial.1 || other.initial.1)
                            && self.initial.0 == other.initial.0))
            }
            (1, 1) | (3, 3) => self.name == other.name,
            (1, 2) => other.qualifier == 0 || other.qualifier == self.name,
            (2, 1) => self.qualifier == 0 || self.qualifier == other.name,
            (2, 2) => {
                self.name == other.name
                    && (self.qualifier == 0
                        || other.qualifier == 0
                        || self.qualifier == other.qualifier)
            }
            _ => false,
        }
    }
}

/// [`relation`] over compact actors.
pub(crate) fn compact_relation(a: &[Compact], b: &[Compact]) -> SpeakerRelation {
    relation_by(a, b, Compact::same_as, |x, y| x.kind == y.kind)
}

fn first_names_agree(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a == b || (a.len() == 1 && b.starts_with(a)) || (b.len() == 1 && a.starts_with(b))
        }
        _ => true,
    }
}

/// "the United States and Iraq" → ["the United States", "Iraq"]; "Smith & Jones" too.
fn split_conjuncts(name: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = name;
    while let Some((k, len)) = first_separator(rest) {
        parts.push(&rest[..k]);
        rest = &rest[k + len..];
    }
    parts.push(rest);
    parts.retain(|p| !p.trim().is_empty());
    parts
}

/// The first of " and ", " & ", ", " in `text`: its offset and length. One pass over
/// the bytes rather than a substring searcher per separator and per part; two of them
/// never start at one offset, so the first found is the one `find` would pick.
fn first_separator(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    (0..b.len()).find_map(|k| {
        let rest = &b[k..];
        [" and ", " & ", ", "]
            .iter()
            .find(|sep| rest.starts_with(sep.as_bytes()))
            .map(|sep| (k, sep.len()))
    })
}

/// `word` without every trailing `suffix` (`trim_end_matches` without a searcher).
fn strip_all<'w>(mut word: &'w str, suffix: &str) -> &'w str {
    while let Some(rest) = word.strip_suffix(suffix) {
        word = rest;
    }
    word
}

/// A country name at the start of `words` (capitalised): its length and id.
fn country_prefix(words: &[&str]) -> Option<(usize, &'static str)> {
    let first = words.first()?;
    if !first.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    for (names, id) in compare_lexicon().countries(&undotted(&first.to_lowercase())) {
        let Some(window) = words.get(..names.len()) else {
            continue;
        };
        let ok = window.iter().zip(names).all(|(w, n)| {
            let w = undotted(w);
            let caps_needed = n.len() > 1 && n.chars().all(char::is_uppercase);
            w.eq_ignore_ascii_case(n) && (!caps_needed || w == *n)
        });
        if ok {
            return Some((names.len(), id));
        }
    }
    None
}

fn is_group_head(word: Option<&str>) -> bool {
    word.is_some_and(|w| crate_lexicon().is_lower("group_head", w))
}

/// A person's key: titles and honorifics dropped, the last word with the particles
/// before it as the surname, the first remaining word as the first name.
fn person(words: &[&str]) -> Option<Actor> {
    let lex = crate_lexicon();
    let names: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            let bare = w.trim_end_matches('.');
            !(lex.is("honorific", bare) || lex.is("title", bare))
        })
        .collect();
    // A description without a name ("the minister") identifies nobody.
    if !names
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let names: Vec<&str> = names
        .into_iter()
        .skip_while(|w| !w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    let last = names.len().checked_sub(1)?;
    let mut start = last;
    while start > 0 && lex.is("particle", names[start - 1]) {
        start -= 1;
    }
    // Suffixes are not surnames: "Martin Luther King Jr".
    if start == last
        && start > 0
        && matches!(names[last], "Jr" | "Jr." | "Sr" | "Sr." | "III" | "II")
    {
        return person(&names[..last]);
    }
    let surname = names[start..]
        .iter()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let first = (start > 0).then(|| undotted(&names[0].to_lowercase()).into_owned());
    Some(Actor::Person { surname, first })
}

fn group_key(words: &[&str]) -> String {
    let lex = compare_lexicon();
    words
        .iter()
        .map(|w| w.to_lowercase())
        .filter(|w| !lex.is_stop(w))
        .map(|w| stem(&undotted(&w)))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use SpeakerKind::*;

    fn p(name: &str, kind: SpeakerKind) -> Vec<Actor> {
        Actor::parse(name, kind)
    }

    #[test]
    fn separators_and_suffixes_as_the_searchers_find_them() {
        for text in [
            "the United States and Iraq",
            "Smith & Jones, and Brown",
            "a, b & c and d",
            "Anderson",
            " and ",
            "X , and & Y",
            "Iraq’s’s",
            "Iran's's",
            "",
        ] {
            let by_find = [" and ", " & ", ", "]
                .iter()
                .filter_map(|sep| text.find(sep).map(|k| (k, sep.len())))
                .min();
            assert_eq!(first_separator(text), by_find, "{text:?}");
            for suffix in ["'s", "’s"] {
                assert_eq!(
                    strip_all(text, suffix),
                    text.trim_end_matches(suffix),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn names_across_documents() {
        let us = p("Washington", Organisation);
        assert_eq!(us, p("US", Organisation));
        assert_eq!(us, p("U.S", Organisation));
        assert_eq!(us, p("the United States", Organisation));
        assert_eq!(us, p("the US government", Organisation));
        assert_eq!(
            relation(
                &p("State Department", Organisation),
                &p("US State Department", Organisation)
            ),
            SpeakerRelation::Same
        );
        assert_eq!(
            relation(&us, &p("US State Department", Organisation)),
            SpeakerRelation::Compatible
        );
        assert_eq!(
            relation(&us, &p("United States and Iraq", Organisation)),
            SpeakerRelation::Overlapping
        );
        assert_eq!(
            relation(
                &p("Iraqi government", Organisation),
                &p("US government", Organisation)
            ),
            SpeakerRelation::Different
        );
        assert_eq!(
            relation(&us, &p("joint statement", Document)),
            SpeakerRelation::Compatible
        );
    }

    #[test]
    fn people_by_surname_and_first_name() {
        let same =
            |a: &str, b: &str| relation(&p(a, Person), &p(b, Person)) == SpeakerRelation::Same;
        assert!(same("David Schenker", "Mr Schenker"));
        assert!(same("Prime Minister Mustafa Al Kadhimi", "Mr Al Kadhimi"));
        assert!(!same("Qais Al Khazali", "Laith Al Khazali"));
        assert!(same("Qais Al Khazali", "Q. Al Khazali"));
        assert!(!same("David Schenker", "David Hale"));
        assert!(p("the minister", Person).is_empty());
    }
}
