//! When each statement was made: time expressions attached to the reporting event date
//! it; those inside its words are dates of the content; without either, the publication
//! date stands in.

use crate::SEED;
use crate::common::{describe, span_problems};
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use quotetrack::{
    Date, DateOrigin, DatePrecision, Document, Extraction, Source, Statement, StatementDate,
    extract,
};

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Extracts from `text` published on `published` (YYYY-MM-DD), or with no date.
fn run_on(text: &str, published: Option<&str>) -> Extraction {
    let source = Source {
        published: published.map(day),
        ..Source::default()
    };
    extract(&Document::new("test", text).with_source(source))
}

/// The statement whose text starts with `words`.
fn statement<'a>(ex: &'a Extraction, words: &str) -> &'a Statement {
    ex.statements
        .iter()
        .find(|st| st.text.starts_with(words))
        .unwrap_or_else(|| {
            let found: Vec<String> = ex.statements.iter().map(describe).collect();
            panic!(
                "no statement starts with {words:?}; found:\n  {}",
                found.join("\n  ")
            )
        })
}

/// The statement's date as (date, origin, the expression it was read from).
fn dated<'t>(text: &'t str, st: &Statement) -> Option<(String, DateOrigin, Option<&'t str>)> {
    st.date.map(|d| {
        (
            d.date.to_string(),
            d.origin,
            d.span.map(|span| &text[span.range()]),
        )
    })
}

fn from_text<'t>(date: &str, expression: &'t str) -> Option<(String, DateOrigin, Option<&'t str>)> {
    Some((date.to_string(), DateOrigin::Text, Some(expression)))
}

fn from_publication<'t>(date: &str) -> Option<(String, DateOrigin, Option<&'t str>)> {
    Some((date.to_string(), DateOrigin::Publication, None))
}

/// The content dates of a statement, as (date, expression).
fn content<'t>(text: &'t str, st: &Statement) -> Vec<(String, &'t str)> {
    st.content_dates
        .iter()
        .map(|d| (d.date.to_string(), d.span.map_or("", |s| &text[s.range()])))
        .collect()
}

/// 2021-03-05 is a Friday.
const FRIDAY: &str = "2021-03-05";

// The seed ----------------------------------------------------------------------------

const SEED_PUBLISHED: &str = "2020-06-11";

#[test]
fn seed_al_khazali_spoke_on_thursday() {
    let ex = run_on(SEED, Some(SEED_PUBLISHED));
    // The seed has a no-break space after "stay".
    let st = statement(
        &ex,
        "US forces who chose to stay\u{a0}in Iraq should not have immunity",
    );
    assert_eq!(dated(SEED, st), from_text("2020-06-11", "on Thursday"));
    let date = st.date.unwrap();
    assert_eq!(date.date.precision(), DatePrecision::Day);
    assert_eq!(date.date, day("2020-06-11"));
    assert!(st.content_dates.is_empty());
}

#[test]
fn seed_state_department_said_this_year() {
    let ex = run_on(SEED, Some(SEED_PUBLISHED));
    let st = statement(&ex, "it had designated Mr Al Khazali");
    assert_eq!(dated(SEED, st), from_text("2020", "this year"));
    assert_eq!(st.date.unwrap().date.precision(), DatePrecision::Year);
}

#[test]
fn seed_every_statement_carries_a_date() {
    let ex = run_on(SEED, Some(SEED_PUBLISHED));
    assert!(!ex.statements.is_empty());
    for st in &ex.statements {
        let date = st
            .date
            .unwrap_or_else(|| panic!("no date: {}", describe(st)));
        match date.origin {
            DateOrigin::Publication => {
                assert_eq!(date.date, day(SEED_PUBLISHED), "{}", describe(st));
                assert_eq!(date.span, None);
            }
            DateOrigin::Text => assert!(date.span.is_some(), "{}", describe(st)),
        }
    }
    let problems = span_problems(SEED, &ex);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// "passed a non-binding resolution in January" and "designated … in January" are
/// dates of events, not of any statement; "signed in 2008" neither.
#[test]
fn seed_event_dates_date_no_statement() {
    let ex = run_on(SEED, Some(SEED_PUBLISHED));
    let resolution = SEED
        .find("passed a non-binding resolution in January")
        .unwrap();
    for st in &ex.statements {
        let Some(StatementDate {
            span: Some(span),
            date,
            ..
        }) = st.date
        else {
            continue;
        };
        let expression = &SEED[span.range()];
        assert!(
            !(span.start > resolution && span.start < resolution + 60),
            "{} dated by {expression:?}",
            describe(st)
        );
        assert!(
            !matches!(expression, "in January" | "in 2008" | "in March"),
            "{} dated by {expression:?} ({date})",
            describe(st)
        );
    }
    let dated_by_text: Vec<&str> = ex
        .statements
        .iter()
        .filter_map(|st| st.date.and_then(|d| d.span))
        .map(|span| &SEED[span.range()])
        .collect();
    assert_eq!(dated_by_text, ["on Thursday", "this year"]);
}

#[test]
fn seed_without_a_published_date() {
    let ex = run_on(SEED, None);
    // "on Thursday" cannot be resolved, so the statement has no date at all.
    let st = statement(&ex, "US forces who chose to stay");
    assert_eq!(st.date, None);
    assert!(ex.statements.iter().all(|st| st.date.is_none()));
}

// Attachment rules on small sentences --------------------------------------------------

#[test]
fn said_on_weekday_that() {
    let text = "Mr Smith said on Thursday that the plan would work.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "the plan would work");
    assert_eq!(dated(text, st), from_text("2021-03-04", "on Thursday"));
}

#[test]
fn opening_weekday_before_told_reporters() {
    let text = "On Monday, Jane Doe told reporters the talks had failed.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "the talks had failed");
    assert_eq!(dated(text, st), from_text("2021-03-01", "On Monday"));
}

#[test]
fn told_reporters_then_the_time() {
    let text = "Mr Gray told reporters in Baghdad yesterday that he would resign.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "he would resign");
    assert_eq!(dated(text, st), from_text("2021-03-04", "yesterday"));
}

#[test]
fn a_date_in_the_content_is_not_the_statement_date() {
    let text = "Mr Brown said the law passed in 2008 was wrong.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "the law passed in 2008 was wrong");
    assert_eq!(dated(text, st), from_publication(FRIDAY));
    assert_eq!(content(text, st), [("2008".to_string(), "in 2008")]);
}

#[test]
fn statement_and_content_dates_side_by_side() {
    let text = "The minister said on Monday that the vote would take place next week.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "the vote would take place next week");
    assert_eq!(dated(text, st), from_text("2021-03-01", "on Monday"));
    // Next week, 8 to 14 March, is in March.
    assert_eq!(content(text, st), [("2021-03".to_string(), "next week")]);
}

#[test]
fn direct_quote_then_speaker_and_time() {
    let text = "\"We will stay,\" Mr Green said on Wednesday. \"We are not leaving.\"";
    let ex = run_on(text, Some(FRIDAY));
    let first = statement(&ex, "We will stay");
    assert_eq!(dated(text, first), from_text("2021-03-03", "on Wednesday"));
    // The quotation that carries on was made at the same time.
    let second = statement(&ex, "We are not leaving");
    assert_eq!(dated(text, second), from_text("2021-03-03", "on Wednesday"));
}

#[test]
fn a_quoted_yesterday_counts_from_the_day_of_speaking() {
    let text = "\"I arrived yesterday,\" she said on Monday.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "I arrived yesterday");
    assert_eq!(dated(text, st), from_text("2021-03-01", "on Monday"));
    assert_eq!(content(text, st), [("2021-02-28".to_string(), "yesterday")]);
}

#[test]
fn time_between_speaker_and_cue() {
    let text = "Mr White on Tuesday said the plan would fail.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "the plan would fail");
    assert_eq!(dated(text, st), from_text("2021-03-02", "on Tuesday"));
}

#[test]
fn time_after_an_appositive() {
    let text = "Jane Doe, the minister, on Tuesday said the plan would fail.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "the plan would fail");
    assert_eq!(dated(text, st), from_text("2021-03-02", "on Tuesday"));
}

#[test]
fn said_speaker_then_time() {
    let text = "\"We will win,\" said Mr Smith on Thursday.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "We will win");
    assert_eq!(dated(text, st), from_text("2021-03-04", "on Thursday"));
}

#[test]
fn possessive_weekday_in_the_opening() {
    let text = "In Thursday's statement, the ministry said the deal was dead.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "the deal was dead");
    assert_eq!(dated(text, st), from_text("2021-03-04", "Thursday"));
}

#[test]
fn a_statement_issued_on_a_day() {
    let text = "Mr Blue said in a statement issued on Wednesday that prices would rise.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "prices would rise");
    assert_eq!(dated(text, st), from_text("2021-03-03", "on Wednesday"));
}

#[test]
fn said_this_year_and_absolute_dates() {
    let text = "The ministry said this year that it had designated him.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "it had designated him");
    assert_eq!(dated(text, st), from_text("2021", "this year"));

    let text = "The ministry said on June 11, 2020 that it had designated him.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "it had designated him");
    assert_eq!(dated(text, st), from_text("2020-06-11", "on June 11, 2020"));
}

#[test]
fn times_of_other_clauses_do_not_date_the_statement() {
    for (text, words) in [
        // A relative clause about the speaker.
        (
            "Mr Black, who took office in 2008, said the plan would fail.",
            "the plan would fail",
        ),
        // A participle about something else.
        (
            "\"It is over,\" he said of the deal signed in 2008.",
            "It is over",
        ),
        // "since" starts a period; it is no point in time.
        (
            "Since 2014, the ministry has said that troops would stay.",
            "troops would stay",
        ),
        // A subordinate clause opening the sentence.
        (
            "After the law passed in January, Mr Brown said it was wrong.",
            "it was wrong",
        ),
        // A clause added after the report.
        (
            "\"We will win,\" Mr Smith said, adding that the vote in January was rigged.",
            "We will win",
        ),
        // A participle about the speaker.
        (
            "Mr Black, appointed in 2008, said the plan would fail.",
            "the plan would fail",
        ),
        // A future time is no time a statement was made.
        (
            "Mr Brown will say next week that the law was wrong.",
            "the law was wrong",
        ),
    ] {
        let ex = run_on(text, Some(FRIDAY));
        let Some(st) = ex.statements.iter().find(|st| st.text.starts_with(words)) else {
            continue; // the grammar does not read this frame: nothing to date
        };
        assert_eq!(dated(text, st), from_publication(FRIDAY), "{text}");
    }
}

#[test]
fn without_a_published_date_relative_times_give_no_date() {
    let text = "Mr Smith said on Thursday that the plan would work.";
    let ex = run_on(text, None);
    assert_eq!(statement(&ex, "the plan would work").date, None);

    let text = "Mr Smith said in March 2019 that the plan would work.";
    let ex = run_on(text, None);
    let st = statement(&ex, "the plan would work");
    assert_eq!(dated(text, st), from_text("2019-03", "in March 2019"));
}

#[test]
fn dates_survive_a_serde_round_trip() {
    let text = "Mr Brown said on Monday that the law passed in 2008 was wrong.";
    let ex = run_on(text, Some(FRIDAY));
    let st = statement(&ex, "the law passed in 2008");
    assert_eq!(st.content_dates.len(), 1);
    let json = serde_json::to_string(st).unwrap();
    let back: Statement = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, st);
    // Statements written before content dates existed still read.
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value.as_object_mut().unwrap().remove("content_dates");
    let old: Statement = serde_json::from_value(value).unwrap();
    assert!(old.content_dates.is_empty());
}

// Bounded work ----------------------------------------------------------------------

/// Many statements, each with a time expression and a long clause between them: the
/// dates are found in windows around each cue, so this stays fast and every statement
/// is dated by its own expression.
#[test]
fn many_statements_each_dated_by_its_own_time() {
    let sentence = "Mr Smith said on Monday that the plan would work. \
                    Officials met for talks about the plan in 2008 and in January. ";
    let text = sentence.repeat(2_000);
    let ex = run_on(&text, Some(FRIDAY));
    let plans: Vec<&Statement> = ex
        .statements
        .iter()
        .filter(|st| st.text == "the plan would work")
        .collect();
    assert_eq!(plans.len(), 2_000);
    for st in plans {
        let d = st.date.unwrap();
        assert_eq!(d.origin, DateOrigin::Text);
        assert_eq!(d.date, day("2021-03-01"));
        assert_eq!(&text[d.span.unwrap().range()], "on Monday");
    }
}

// Properties ------------------------------------------------------------------------

fn arb_sentence() -> impl Strategy<Value = String> {
    let speakers = prop::sample::select(vec![
        "Mr Smith",
        "The ministry",
        "She",
        "Officials",
        "Jane Doe, the minister,",
    ]);
    let times = prop::sample::select(vec![
        "",
        "on Thursday",
        "yesterday",
        "this year",
        "last week",
        "in January",
        "in 2008",
        "next week",
        "since 2014",
        "on June 11, 2020",
        "Thursday's",
        "earlier today",
    ]);
    let cues = prop::sample::select(vec!["said", "told reporters", "added", "warned"]);
    let contents = prop::sample::select(vec![
        "the plan would work",
        "the law passed in 2008 was wrong",
        "talks would resume next week",
        "it happened yesterday",
    ]);
    (0..6usize, speakers, times.clone(), cues, times, contents).prop_map(
        |(shape, speaker, t1, cue, t2, content)| match shape {
            0 => format!("{speaker} {cue} {t1} that {content}."),
            1 => format!("{t1}, {speaker} {cue} {content}."),
            2 => format!("\"{content},\" {speaker} {cue} {t1}."),
            3 => format!("{speaker} {t1} {cue} {content} {t2}."),
            4 => format!("According to {speaker} {t1}, {content}."),
            _ => format!("{speaker} {cue}: \"{content} {t2}.\""),
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever the sentences: spans are valid, the date of a statement is never read
    /// from its own words, content dates lie inside them, a text date has its span and
    /// a publication date has none, and nothing dates a statement after publication
    /// except what the text says outright.
    #[test]
    fn dates_keep_their_invariants(
        sentences in prop::collection::vec(arb_sentence(), 1..6),
        published in prop::option::of(prop::sample::select(vec![FRIDAY, "2020-06", "2020"])),
    ) {
        let text = sentences.join(" ");
        let ex = run_on(&text, published);
        let problems = span_problems(&text, &ex);
        prop_assert!(problems.is_empty(), "{text:?}: {}", problems.join("\n"));
        for st in &ex.statements {
            if let Some(d) = st.date {
                match d.origin {
                    DateOrigin::Text => prop_assert!(d.span.is_some()),
                    DateOrigin::Publication => {
                        prop_assert_eq!(d.span, None);
                        prop_assert_eq!(Some(d.date), published.map(day));
                    }
                }
            } else {
                prop_assert!(published.is_none(), "{text:?}: {}", describe(st));
            }
        }
    }
}
