//! Attribution frames as data: the cases of `tests/testdata/frames.txt` (format described
//! at its top), all run by one test that reports every failing case at once.

use crate::common::{describe, last_word_matches, run, span_problems, speaker_name};
use quotetrack::{Statement, StatementKind};
use std::collections::HashSet;

const FRAMES: &str = include_str!("../testdata/frames.txt");
const FRAMES_PATH: &str = "tests/testdata/frames.txt";

/// One document with the direct statements expected from it.
#[derive(Debug)]
struct Case {
    name: String,
    /// Line of the `===` header, for messages.
    line: usize,
    text: String,
    expected: Vec<Expected>,
    /// Substrings of direct statements that may be found or not.
    tolerated: Vec<String>,
}

#[derive(Debug)]
struct Expected {
    speaker: SpeakerCheck,
    text: String,
}

#[derive(Debug)]
enum SpeakerCheck {
    /// The last word of this name must be a word of the predicted name.
    LastWord(String),
    /// The predicted name must be exactly this.
    Exact(String),
}

impl SpeakerCheck {
    fn accepts(&self, predicted: Option<&str>) -> bool {
        match self {
            SpeakerCheck::LastWord(name) => last_word_matches(name, predicted),
            SpeakerCheck::Exact(name) => predicted == Some(name.as_str()),
        }
    }

    fn describe(&self) -> String {
        match self {
            SpeakerCheck::LastWord(name) => format!("a name with the word of {name:?}"),
            SpeakerCheck::Exact(name) => format!("exactly {name:?}"),
        }
    }
}

fn unescape(s: &str) -> String {
    s.replace("<nbsp>", "\u{a0}")
}

/// Reads the cases; panics with the line on malformed data (a bug in the test data).
fn parse(src: &str) -> Vec<Case> {
    enum State {
        Outside,
        Document,
        Expectations,
    }
    let mut cases: Vec<Case> = Vec::new();
    let mut doc_lines: Vec<&str> = Vec::new();
    let mut state = State::Outside;
    let finish = |case: &mut Case, doc_lines: &mut Vec<&str>| {
        case.text = unescape(doc_lines.join("\n").trim_end_matches('\n'));
        doc_lines.clear();
    };
    for (i, line) in src.lines().enumerate() {
        let lineno = i + 1;
        if let Some(name) = line.strip_prefix("=== ") {
            if let State::Document = state {
                panic!("{FRAMES_PATH}:{lineno}: the case before has no \"---\" line");
            }
            cases.push(Case {
                name: name.trim().to_string(),
                line: lineno,
                text: String::new(),
                expected: Vec::new(),
                tolerated: Vec::new(),
            });
            state = State::Document;
            continue;
        }
        match state {
            State::Outside => {
                let blank_or_comment = line.trim().is_empty() || line.starts_with('#');
                assert!(
                    blank_or_comment,
                    "{FRAMES_PATH}:{lineno}: text outside a case"
                );
            }
            State::Document => {
                if line == "---" {
                    let case = cases.last_mut().expect("a case is open");
                    finish(case, &mut doc_lines);
                    state = State::Expectations;
                } else {
                    doc_lines.push(line);
                }
            }
            State::Expectations => {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let (speaker, text) = line.split_once(" | ").unwrap_or_else(|| {
                    panic!("{FRAMES_PATH}:{lineno}: expected \"SPEAKER | TEXT\", got {line:?}")
                });
                let case = cases.last_mut().expect("a case is open");
                let text = unescape(text);
                let speaker = speaker.trim();
                if speaker == "?" {
                    case.tolerated.push(text);
                } else if let Some(exact) = speaker.strip_prefix('=') {
                    case.expected.push(Expected {
                        speaker: SpeakerCheck::Exact(unescape(exact)),
                        text,
                    });
                } else {
                    case.expected.push(Expected {
                        speaker: SpeakerCheck::LastWord(unescape(speaker)),
                        text,
                    });
                }
            }
        }
    }
    if let State::Document = state {
        panic!("{FRAMES_PATH}: the last case has no \"---\" line");
    }
    cases
}

fn well_formedness_problems(cases: &[Case]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut names = HashSet::new();
    for case in cases {
        let at = format!("{FRAMES_PATH}:{} ({})", case.line, case.name);
        if !names.insert(case.name.as_str()) {
            problems.push(format!("{at}: the name is used twice"));
        }
        if case.text.trim().is_empty() {
            problems.push(format!("{at}: empty document"));
        }
        if case.expected.is_empty() {
            problems.push(format!("{at}: no expected statement"));
        }
        for text in case.expected.iter().map(|e| &e.text).chain(&case.tolerated) {
            if !case.text.contains(text.as_str()) {
                problems.push(format!("{at}: {text:?} is not in the document"));
            }
        }
    }
    problems
}

/// Everything wrong with the extraction of one case; empty when it passes.
fn check(case: &Case) -> (Vec<String>, Vec<Statement>) {
    let ex = run(&case.text);
    let mut problems = span_problems(&case.text, &ex);
    for st in &ex.statements {
        if st.text.contains("\n\n") {
            problems.push(format!("runs over a paragraph break: {}", describe(st)));
        }
    }
    let direct: Vec<&Statement> = ex
        .statements
        .iter()
        .filter(|st| st.kind == StatementKind::Direct)
        .collect();
    let mut used = vec![false; direct.len()];
    for e in &case.expected {
        let found = (0..direct.len()).find(|&i| !used[i] && direct[i].text == e.text);
        match found {
            None => problems.push(format!(
                "missing direct quote {:?} by {}",
                e.text,
                e.speaker.describe()
            )),
            Some(i) => {
                used[i] = true;
                let predicted = speaker_name(direct[i]);
                if !e.speaker.accepts(predicted) {
                    problems.push(format!(
                        "{:?}: speaker {predicted:?}, expected {}",
                        e.text,
                        e.speaker.describe()
                    ));
                }
            }
        }
    }
    for (i, st) in direct.iter().enumerate() {
        let tolerated = case.tolerated.iter().any(|t| st.text.contains(t.as_str()));
        if !used[i] && !tolerated {
            problems.push(format!("unexpected direct statement: {}", describe(st)));
        }
    }
    (problems, ex.statements)
}

#[test]
fn frames_testdata_is_well_formed() {
    let cases = parse(FRAMES);
    let problems = well_formedness_problems(&cases);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(cases.len() >= 40, "only {} cases read", cases.len());
}

/// Runs every case (or those whose name contains `$QUOTETRACK_CASE`) and reports all
/// failing cases together.
#[test]
fn frames() {
    let cases = parse(FRAMES);
    let filter = std::env::var("QUOTETRACK_CASE").ok();
    let selected: Vec<&Case> = cases
        .iter()
        .filter(|c| filter.as_deref().is_none_or(|f| c.name.contains(f)))
        .collect();
    let mut report = Vec::new();
    for case in &selected {
        let (problems, statements) = check(case);
        if problems.is_empty() {
            continue;
        }
        let found = if statements.is_empty() {
            "(none)".to_string()
        } else {
            statements
                .iter()
                .map(describe)
                .collect::<Vec<_>>()
                .join("\n      ")
        };
        report.push(format!(
            "{} ({FRAMES_PATH}:{})\n  - {}\n    found:\n      {found}",
            case.name,
            case.line,
            problems.join("\n  - "),
        ));
    }
    assert!(
        report.is_empty(),
        "{} of {} frame cases fail:\n\n{}\n\nfailing cases: {}",
        report.len(),
        selected.len(),
        report.join("\n\n"),
        report
            .iter()
            .map(|r| r.split(' ').next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join(", "),
    );
}
