//! Helpers shared by the test modules.

use quotetrack::{Document, Extraction, Span, Statement, extract};

/// Extracts from `text` as a document with no metadata.
pub fn run(text: &str) -> Extraction {
    extract(&Document::new("test", text))
}

/// Everything wrong with the spans of `ex` over `text`; empty when all is well.
///
/// Every statement's span lies inside the text on `char` boundaries and slices to exactly
/// the statement's text. Every other span the extraction reports (speaker mention, cue,
/// date expression, a speaker's mentions) lies inside the text on `char` boundaries.
pub fn span_problems(text: &str, ex: &Extraction) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |what: &str, span: Span| {
        if span.start > span.end || span.end > text.len() {
            problems.push(format!(
                "{what} span {span:?} is outside the text of {} bytes",
                text.len()
            ));
        } else if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            problems.push(format!("{what} span {span:?} is not on char boundaries"));
        }
    };
    for (i, st) in ex.statements.iter().enumerate() {
        check(&format!("statement {i}"), st.span);
        if let Some(span) = st.speaker_mention {
            check(&format!("statement {i} speaker_mention"), span);
        }
        if let Some(cue) = &st.cue {
            check(&format!("statement {i} cue"), cue.span);
        }
        if let Some(span) = st.date.and_then(|d| d.span) {
            check(&format!("statement {i} date"), span);
        }
        for span in st.content_dates.iter().filter_map(|d| d.span) {
            check(&format!("statement {i} content date"), span);
        }
        if let Some(speaker) = &st.speaker {
            for &m in &speaker.mentions {
                check(&format!("statement {i} speaker mention"), m);
            }
        }
    }
    for speaker in &ex.speakers {
        for &m in &speaker.mentions {
            check(&format!("registry speaker {:?} mention", speaker.name), m);
        }
    }
    for (i, st) in ex.statements.iter().enumerate() {
        // The date of the saying is never read from the words said, and the dates of
        // the words said are inside them.
        if let Some(span) = st.date.and_then(|d| d.span)
            && span.start < st.span.end
            && st.span.start < span.end
        {
            problems.push(format!(
                "statement {i}: date expression {span:?} overlaps its words {:?}",
                st.span
            ));
        }
        for d in &st.content_dates {
            if d.span.is_none_or(|span| !st.span.contains(span)) {
                problems.push(format!(
                    "statement {i}: content date {:?} outside its words {:?}",
                    d.span, st.span
                ));
            }
        }
        if let Some(slice) = st.span.slice(text)
            && slice != st.text
        {
            problems.push(format!(
                "statement {i}: text {:?} but its span {:?} slices {slice:?}",
                st.text, st.span
            ));
        }
    }
    problems
}

/// The words of a speaker name as the scorer sees them: lower case, possessive `'s`
/// dropped, split at anything that is not a letter or a digit.
pub fn name_tokens(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
        })
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// True when the last word of `expected` is one of the words of the predicted name.
pub fn last_word_matches(expected: &str, predicted: Option<&str>) -> bool {
    let Some(last) = name_tokens(expected).pop() else {
        return false;
    };
    predicted.is_some_and(|p| name_tokens(p).contains(&last))
}

/// One line describing a statement, for failure messages.
pub fn describe(st: &Statement) -> String {
    format!(
        "{} {}..{} {:?} by {}",
        st.kind.as_str(),
        st.span.start,
        st.span.end,
        st.text,
        st.speaker
            .as_ref()
            .map_or_else(|| "nobody".to_string(), |s| format!("{:?}", s.name)),
    )
}

/// The speaker's name of a statement, if any.
pub fn speaker_name(st: &Statement) -> Option<&str> {
    st.speaker.as_ref().map(|s| s.name.as_str())
}

#[test]
fn name_tokens_follow_the_scorer() {
    assert_eq!(
        name_tokens("the State Department's"),
        ["the", "state", "department"]
    );
    assert_eq!(name_tokens("Mr. Al-Masri"), ["mr", "al", "masri"]);
    assert!(last_word_matches("David Schenker", Some("Mr Schenker")));
    assert!(last_word_matches(
        "Lucia Ferrari",
        Some("Lucia\u{a0}Ferrari")
    ));
    assert!(!last_word_matches("Al Masri", Some("Masrin")));
    assert!(!last_word_matches("Jane Doe", None));
}
