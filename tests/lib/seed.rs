//! The seed article against its five gold direct quotes.
//!
//! Only the five direct rows of `corpus/seed/gold.jsonl` are copied here (text, byte
//! offsets, speaker); their offsets are into the same bytes as the embedded seed.

use crate::SEED;
use crate::common::{describe, last_word_matches, run, span_problems, speaker_name};
use quotetrack::{Document, Span, StatementKind, extract};

/// The gold direct statements: text, start, end, speaker.
const GOLD_DIRECT: [(&str, usize, usize, &str); 5] = [
    (
        "The two countries recognised that in light of significant progress towards \
         eliminating the ISIS threat, over the coming months the US would continue reducing \
         forces from Iraq,",
        909,
        1084,
        "US State Department",
    ),
    (
        "The United States reiterated that it does not seek nor request permanent bases or a \
         permanent military presence in Iraq,",
        1410,
        1530,
        "US State Department",
    ),
    (
        "Iran is promoting\u{a0}sectarian division, which fuels extremism and terrorism,",
        2649,
        2724,
        "David Schenker",
    ),
    (
        "The aim of my government is to achieve fair elections, ensure the economy does not \
         collapse and preserve Iraq’s integrity,",
        3179,
        3303,
        "Mustafa Al Kadhimi",
    ),
    (
        "We do not want Iraq to be a ground for conflict.",
        3329,
        3377,
        "Mustafa Al Kadhimi",
    ),
];

/// The gold speaker check: "State Department" must be named as such ("Department" alone
/// is too generic); anyone else by the last word of their name.
fn speaker_ok(gold: &str, predicted: Option<&str>) -> bool {
    if gold.contains("State Department") {
        predicted.is_some_and(|p| p.contains("State Department"))
    } else {
        last_word_matches(gold, predicted)
    }
}

#[test]
fn seed_is_the_byte_exact_article() {
    assert_eq!(
        SEED.matches('\u{a0}').count(),
        13,
        "the seed keeps its 13 no-break spaces"
    );
    for (text, start, end, _) in GOLD_DIRECT {
        assert_eq!(
            &SEED[start..end],
            text,
            "gold offsets are into the embedded seed"
        );
    }
}

#[test]
fn seed_gold_direct_quotes_are_found_with_their_speakers() {
    let ex = run(SEED);
    let mut failures = Vec::new();
    for (text, start, end, speaker) in GOLD_DIRECT {
        let found = ex
            .statements
            .iter()
            .find(|st| st.kind == StatementKind::Direct && st.text == text);
        match found {
            None => failures.push(format!("missing direct quote {text:?} ({speaker})")),
            Some(st) => {
                if st.span != Span::new(start, end) {
                    failures.push(format!(
                        "{text:?}: span {}..{}, expected {start}..{end}",
                        st.span.start, st.span.end
                    ));
                }
                if !speaker_ok(speaker, speaker_name(st)) {
                    failures.push(format!(
                        "{text:?}: speaker {:?}, expected {speaker:?}",
                        speaker_name(st)
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problem(s) with the seed's gold direct quotes:\n  {}\nstatements found:\n  {}",
        failures.len(),
        failures.join("\n  "),
        found_list(&ex.statements),
    );
}

/// The gold has exactly these five direct quotes: the scare quote in the subheadline
/// ('recommits') and the quotes inside the mixed statements are not direct statements.
#[test]
fn seed_has_no_direct_quotes_beyond_the_gold() {
    let ex = run(SEED);
    let extra: Vec<String> = ex
        .statements
        .iter()
        .filter(|st| st.kind == StatementKind::Direct)
        .filter(|st| !GOLD_DIRECT.iter().any(|g| g.0 == st.text))
        .map(describe)
        .collect();
    assert!(
        extra.is_empty(),
        "direct statements not in the gold:\n  {}",
        extra.join("\n  ")
    );
}

#[test]
fn seed_spans_slice_the_text_despite_no_break_spaces() {
    let ex = run(SEED);
    let problems = span_problems(SEED, &ex);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The statement with a no-break space inside keeps it, as written.
    for st in &ex.statements {
        assert_eq!(Some(st.text.as_str()), st.span.slice(SEED));
    }
}

/// No-break spaces act as spaces: replacing them by plain spaces changes no statement
/// beyond the spaces themselves.
#[test]
fn seed_no_break_spaces_act_as_spaces() {
    let plain = SEED.replace('\u{a0}', " ");
    let key = |ex: &quotetrack::Extraction| -> Vec<(StatementKind, String, Option<String>)> {
        ex.statements
            .iter()
            .map(|st| {
                (
                    st.kind,
                    st.text.replace('\u{a0}', " "),
                    speaker_name(st).map(|n| n.replace('\u{a0}', " ")),
                )
            })
            .collect()
    };
    assert_eq!(key(&run(SEED)), key(&run(&plain)));
}

/// The seed twice, joined by a blank line, gives the seed's statements twice: nothing
/// leaks from one copy into the other.
#[test]
fn seed_twice_gives_its_statements_twice() {
    let once = run(SEED);
    let joined = format!("{SEED}\n\n{SEED}");
    let twice = run(&joined);
    let shift = SEED.len() + 2;
    let key = |st: &quotetrack::Statement, offset: usize| {
        (
            st.kind,
            st.text.clone(),
            speaker_name(st).map(str::to_string),
            st.span.shifted(offset),
        )
    };
    let expected: Vec<_> = once
        .statements
        .iter()
        .map(|st| key(st, 0))
        .chain(once.statements.iter().map(|st| key(st, shift)))
        .collect();
    let got: Vec<_> = twice.statements.iter().map(|st| key(st, 0)).collect();
    assert_eq!(got, expected);
}

fn found_list(statements: &[quotetrack::Statement]) -> String {
    if statements.is_empty() {
        return "(none)".to_string();
    }
    statements
        .iter()
        .map(describe)
        .collect::<Vec<_>>()
        .join("\n  ")
}

#[test]
fn beliefs_are_found_only_when_asked_for_and_resolved_like_speech() {
    use quotetrack::{Config, Extractor, StatementKind};
    let text = "Ana Ruiz, the transport minister, opened the bridge on Monday. \
                She believes the tram will run by May.";
    let doc = Document::new("belief", text);
    assert!(extract(&doc).statements.is_empty());
    let found = Extractor::new(Config::builder().beliefs(true).build()).extract(&doc);
    assert_eq!(found.statements.len(), 1, "{:?}", found.statements);
    let belief = &found.statements[0];
    assert_eq!(belief.kind, StatementKind::Belief);
    assert_eq!(belief.text, "the tram will run by May");
    assert_eq!(
        belief.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Ana Ruiz")
    );
    assert_eq!(
        serde_json::to_value(belief.kind).unwrap(),
        serde_json::json!("belief")
    );
}

#[test]
fn quotes_only_gives_the_seed_quotations_as_the_default_settings_do() {
    use quotetrack::{Config, Extractor};
    let doc = Document::new("seed", SEED);
    let all = extract(&doc);
    let quoted = Extractor::new(Config::builder().quotes_only(true).build()).extract(&doc);
    // Every direct and mixed statement, with the same speaker, cue and date: in the seed
    // each speaker is named by a quotation before any reported speech of theirs.
    let key = |st: &quotetrack::Statement| {
        (
            st.kind,
            st.span,
            speaker_name(st).map(str::to_owned),
            st.cue.as_ref().map(|c| c.text.clone()),
            st.date,
        )
    };
    let want: Vec<_> = all
        .statements
        .iter()
        .filter(|st| matches!(st.kind, StatementKind::Direct | StatementKind::Mixed))
        .map(key)
        .collect();
    let got: Vec<_> = quoted.statements.iter().map(key).collect();
    assert_eq!(want.len(), 8, "{}", found_list(&all.statements));
    assert_eq!(got, want, "{}", found_list(&quoted.statements));
    // Reported speech and beliefs are not looked for, even when asked for.
    let with_beliefs = Config::builder().quotes_only(true).beliefs(true).build();
    assert_eq!(Extractor::new(with_beliefs).extract(&doc), quoted);
}
