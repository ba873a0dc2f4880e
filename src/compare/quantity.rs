//! Numbers in what was said: "around 5,000 troops", "another 2,500", "£8bn", "half",
//! "40 per cent", with their approximators and units.

use super::lexicon::lexicon;
use super::text::{Piece, PieceKind, stem, unify_spelling};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A number a statement states, with the words that qualify it.
///
/// ```
/// use quotetrack::compare::Features;
/// # use quotetrack::{Document, extract};
/// let doc = Document::new("d", "“We have around 5,000 troops there,” the minister said.");
/// let statement = &extract(&doc).statements[0];
/// let q = &Features::of(statement).quantities[0];
/// assert_eq!((q.value, q.approximator.as_deref(), q.unit.as_deref()),
///            (5000.0, Some("around"), Some("troops")));
/// assert_eq!(q.text, "around 5,000 troops");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The words as written, approximator and unit included ("around 5,000 troops").
    pub text: String,
    /// Where they stand in the document.
    pub span: Span,
    /// The value: 5,000 is 5000, "£8bn" 8e9, "half" 0.5, "40 per cent" 40.
    pub value: f64,
    /// The word or phrase qualifying it ("around", "more than", "another"), lower case.
    pub approximator: Option<String>,
    /// What is counted, lower case: "troops", "percent", or a currency ("pound").
    pub unit: Option<String>,
}

impl Quantity {
    /// True when the two state the same amount of the same thing in the same way.
    pub fn same_as(&self, other: &Quantity) -> bool {
        same_value(self.value, other.value)
            && self.approximator == other.approximator
            && same_unit(self.unit.as_deref(), other.unit.as_deref())
    }
}

/// Values equal to a relative 1e-9 (5,000 = 5000.0; 0.1 + 0.2 = 0.3).
pub(crate) fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Units equal up to inflection, spelling and synonyms ("troops" = "forces"), or one
/// side unstated.
pub(crate) fn same_unit(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => unit_key(a) == unit_key(b),
        _ => true,
    }
}

/// The form a unit is compared by: stemmed, spelled one way, a synonym's head.
pub(crate) fn unit_key(unit: &str) -> String {
    let s = stem(&unify_spelling(unit));
    lexicon().synonym(&s).map_or(s, str::to_string)
}

/// A quantity found among the pieces: the pieces it spans and those of its number.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub quantity: Quantity,
    /// Pieces of the number itself (sign, digits, number words, scale, per cent).
    pub number: std::ops::Range<usize>,
    /// Every piece of it, approximator and unit included.
    pub all: std::ops::Range<usize>,
}

/// Prepositions before a four-digit number that make it a year ("in 2008").
const YEAR_BEFORE: [&str; 12] = [
    "in", "since", "by", "of", "until", "from", "to", "before", "after", "during", "early", "late",
];

/// Every quantity in `pieces` of `text` (a statement's text starting at byte `base` of
/// its document). `skip[i]` marks pieces that belong to a date and are not numbers.
pub(crate) fn quantities(text: &str, base: usize, pieces: &[Piece], skip: &[bool]) -> Vec<Found> {
    let lex = lexicon();
    let mut found = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let Some((value, number_end, mut unit)) = number_at(pieces, i, skip) else {
            i += 1;
            continue;
        };
        let number_start = i;
        // A currency sign before: "£8bn", "$ 5".
        let mut start = number_start;
        if start > 0
            && pieces[start - 1].kind == PieceKind::Symbol
            && let Some(currency) = lex.currency(&pieces[start - 1].lower)
        {
            start -= 1;
            unit = Some(currency.to_string());
        }
        let number = start..number_end;
        // The approximator: the longest phrase ending right before.
        let mut approximator = None;
        for k in (1..=3).rev() {
            let Some(first) = start.checked_sub(k) else {
                continue;
            };
            // The phrase equal to these `k` words, compared in place.
            let words = &pieces[first..start];
            if let Some(p) = lex.approximators(&words[0].lower).iter().find(|p| {
                p.words.len() == k && p.words.iter().zip(words).all(|(w, p)| p.lower == *w)
            }) {
                approximator = Some((first, p.words.join(" ")));
                break;
            }
        }
        // The unit after: "per cent", "%", a currency word, or the next content word.
        let mut end = number_end;
        if unit.is_none() {
            let next = pieces.get(end);
            let after = pieces.get(end + 1);
            match next.map(|p| p.lower.as_ref()) {
                Some("%" | "percent") => {
                    unit = Some("percent".to_string());
                    end += 1;
                }
                Some("per") if after.is_some_and(|p| p.lower == "cent") => {
                    unit = Some("percent".to_string());
                    end += 2;
                }
                Some(word) => {
                    if let Some(currency) = lex.currency(word) {
                        unit = Some(currency.to_string());
                        end += 1;
                    } else if let Some(p) = next.filter(|p| {
                        p.kind == PieceKind::Word
                            && !p.capital
                            && !lex.is_stop(&p.lower)
                            && !skip.get(end).copied().unwrap_or(false)
                    }) {
                        unit = Some(p.lower.to_string());
                        end += 1;
                    }
                }
                None => {}
            }
        }
        let first = approximator.as_ref().map_or(start, |(f, _)| *f);
        let span = Span::new(pieces[first].start, pieces[end - 1].end);
        found.push(Found {
            quantity: Quantity {
                text: text[span.range()].to_string(),
                span: span.shifted(base),
                value,
                approximator: approximator.map(|(_, a)| a),
                unit,
            },
            number,
            all: first..end,
        });
        i = end.max(number_end);
    }
    found
}

/// The number starting at piece `i`: its value, the end of its pieces, and a unit its
/// digits carry ("8bn" has none, "5km" has "km").
fn number_at(pieces: &[Piece], i: usize, skip: &[bool]) -> Option<(f64, usize, Option<String>)> {
    let lex = lexicon();
    let p = &pieces[i];
    if skip.get(i).copied().unwrap_or(false) {
        return None;
    }
    let mut unit = None;
    let mut value = match p.kind {
        PieceKind::Digits => {
            let digits: String = p.lower.chars().filter(|&c| c != ',').collect();
            let numeric_len = digits
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(digits.len());
            let (numeric, suffix) = digits.split_at(numeric_len);
            let numeric = numeric.trim_end_matches('.');
            let mut v = numeric.parse::<f64>().ok()?;
            if !v.is_finite() {
                return None;
            }
            let year_like = suffix.is_empty()
                && !p.lower.contains([',', '.'])
                && (1800.0..=2100.0).contains(&v)
                && numeric.len() == 4
                && (i == 0
                    || YEAR_BEFORE.contains(&pieces[i - 1].lower.as_ref())
                    || lex.is_calendar(&pieces[i - 1].lower));
            if year_like {
                return None;
            }
            if !suffix.is_empty() {
                match lex.scale(suffix) {
                    Some(scale) => v *= scale,
                    None if matches!(suffix, "st" | "nd" | "rd" | "th" | "s") => {}
                    None => unit = Some(suffix.to_string()),
                }
            }
            v
        }
        PieceKind::Word if !p.capital || p.sentence_start => {
            let v = lex.number(&p.lower)?;
            // "one" is as often a pronoun ("no one", "one of them").
            let next = pieces.get(i + 1);
            let before = i.checked_sub(1).map(|k| pieces[k].lower.as_ref());
            if p.lower == "one"
                && (!next.is_some_and(|n| n.kind == PieceKind::Word && !lex.is_stop(&n.lower))
                    || matches!(
                        before,
                        Some("no" | "any" | "every" | "some" | "the" | "this" | "that")
                    ))
            {
                return None;
            }
            v
        }
        _ => return None,
    };
    let mut end = i + 1;
    // Scales and compound number words: "2.5 million", "five thousand", "twenty five".
    while let Some(next) = pieces.get(end) {
        if skip.get(end).copied().unwrap_or(false) || next.kind != PieceKind::Word {
            break;
        }
        if let Some(scale) = lex.scale(&next.lower).filter(|_| next.lower.len() > 2) {
            value *= scale;
        } else if let Some(v) = lex
            .number(&next.lower)
            .filter(|v| (1.0..10.0).contains(v) && (20.0..100.0).contains(&value))
        {
            value += v;
        } else {
            break;
        }
        end += 1;
    }
    Some((value, end, unit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::text::scan;

    fn found(text: &str) -> Vec<Quantity> {
        let pieces = scan(text, false);
        let skip = vec![false; pieces.len()];
        quantities(text, 0, &pieces, &skip)
            .into_iter()
            .map(|f| f.quantity)
            .collect()
    }

    fn brief(q: &Quantity) -> (f64, Option<&str>, Option<&str>) {
        (q.value, q.approximator.as_deref(), q.unit.as_deref())
    }

    #[test]
    fn quantities_with_their_words() {
        let q = found("The US has had around 5,000 troops, and coalition allies another 2,500.");
        assert_eq!(brief(&q[0]), (5000.0, Some("around"), Some("troops")));
        assert_eq!(q[0].text, "around 5,000 troops");
        assert_eq!(brief(&q[1]), (2500.0, Some("another"), None));
        let q = found("It costs £8bn, up 40 per cent, or more than $2.5 million a day.");
        assert_eq!(brief(&q[0]), (8e9, None, Some("pound")));
        assert_eq!(brief(&q[1]), (40.0, None, Some("percent")));
        assert_eq!(brief(&q[2]), (2.5e6, Some("more than"), Some("dollar")));
        let q = found("Half of them, five thousand people, left.");
        assert_eq!(brief(&q[0]).0, 0.5);
        assert_eq!(brief(&q[1]), (5000.0, None, Some("people")));
    }

    #[test]
    fn years_are_not_quantities() {
        assert!(found("The deal was signed in 2008.").is_empty());
        assert_eq!(found("He sent 2008 troops.").len(), 1);
        assert!(found("No one came.").is_empty());
    }
}
