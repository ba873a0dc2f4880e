//! Invariants of extraction, checked with proptest on two sorts of input:
//!
//! - "soup": any string, and strings made of the pieces that trouble a quote parser
//!   (every quote mark, apostrophes, blank lines, no-break spaces, multi-byte
//!   characters, reporting verbs, names, punctuation);
//! - "articles": well-formed news paragraphs from a template (attribution frames,
//!   speakers introduced by full name then by alias or pronoun, quotes continued over a
//!   paragraph), rendered in a chosen quote style, with the statements they contain known.
//!
//! Properties: (a) never panics; (b) every span is valid and slices to its text;
//! (c) curly and straight quote marks give the same statements; (d) two articles joined
//! by a blank line give each one's statements, the second's shifted; (e) statements
//! survive a `serde_json` round trip; (f) every quote of an article is found, with its span
//! and speaker, and nothing else is reported as a direct quote; (g) with
//! [`quotetrack::Config::quotes_only`], the statements are some of the default
//! settings' direct and mixed ones, with the same spans and kinds.

use crate::common::{last_word_matches, run, span_problems, speaker_name};
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use quotetrack::{
    Config, Cue, CueClass, Date, DateOrigin, Document, Extraction, Extractor, Source, Span,
    Speaker, SpeakerKind, Statement, StatementDate, StatementKind,
};
use std::sync::Arc;

const CASES: u32 = 256;

// ---- soup ---------------------------------------------------------------------------

#[rustfmt::skip]
const PIECES: &[&str] = &[
    "\"", "\"", "“", "”", "‘", "’", "'", "'", "«", "»", "„", "‹", "›", "\n", "\n\n",
    "\n\n\n", "\r\n", "\u{a0}", "\u{a0}", " ", " ", " ", "\t", "é", "中", "😀", "e\u{301}",
    "said", " said ", "told", " told reporters", "according to ", "added", "says",
    "Mr Smith", "Mr. Smith", "Mrs", "Dr.", "Sen.", "he", "she", "it", "He", "Anna Kowalska",
    "Al", "the Ministry of Health", "the ", "We ", "will ", "win", ",", ".", ":", ";", "—",
    "-", "?", "!", "(", ")", "[", "]", "…", "don't", "Iraq’s", "the '90s", "Jones'", "’90s",
];

/// Strings rich in what a quote parser finds hard.
fn soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

// ---- articles -----------------------------------------------------------------------

/// Quote marks: the outer pair and the inner pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Straight,
    Curly,
    /// Opens curly, closes straight (“…"), as careless editing leaves it.
    CurlyOpenStraightClose,
}

impl Style {
    /// Open, close, inner open, inner close.
    fn marks(self) -> [&'static str; 4] {
        match self {
            Style::Straight => ["\"", "\"", "'", "'"],
            Style::Curly => ["“", "”", "‘", "’"],
            Style::CurlyOpenStraightClose => ["“", "\"", "‘", "'"],
        }
    }
}

fn style() -> impl Strategy<Value = Style> {
    prop_oneof![
        Just(Style::Straight),
        Just(Style::Curly),
        Just(Style::CurlyOpenStraightClose)
    ]
}

/// Someone who speaks in an article: how they are named first, later, and as a pronoun.
struct Entity {
    full: &'static str,
    alias: &'static str,
    pronoun: &'static str,
}

/// The people; an article has one of them, so "he"/"she" is never ambiguous.
const PEOPLE: [Entity; 3] = [
    Entity {
        full: "John Smith",
        alias: "Mr Smith",
        pronoun: "he",
    },
    Entity {
        full: "José Núñez",
        alias: "Mr Núñez",
        pronoun: "he",
    },
    Entity {
        full: "Anna Kowalska",
        alias: "Ms Kowalska",
        pronoun: "she",
    },
];

/// The organisation an article may have besides its person; "it" is always the ministry.
const ORG: Entity = Entity {
    full: "the Ministry of Health",
    alias: "the ministry",
    pronoun: "it",
};

const NARRATIVE: [&str; 5] = [
    "The meeting lasted three hours.",
    "Prices rose again in the spring.",
    "The vote is due next week.",
    "Talks will resume after the holiday.",
    "The report runs to 90 pages.",
];

const WORDS: [&str; 24] = [
    "we", "will", "not", "give", "up", "the", "plan", "is", "working", "don't", "Iraq’s",
    "the '90s", "café", "中国", "😀", "said", "it", "costs", "rose", "3.5", "percent", "again",
    "naïve", "Zürich",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mention {
    Full,
    Alias,
    Pronoun,
}

/// The words of one quote, without its marks and final punctuation.
#[derive(Clone, Debug)]
struct Quote {
    words: Vec<&'static str>,
    /// Word `i > 0` is preceded by a no-break space instead of a space.
    nbsp: Vec<bool>,
    /// Words `a..=b` stand inside an inner quote.
    inner: Option<(usize, usize)>,
}

fn quote() -> impl Strategy<Value = Quote> {
    (
        prop::collection::vec(prop::sample::select(&WORDS[..]), 1..8),
        prop::collection::vec(prop::bool::weighted(0.15), 8),
        prop::option::weighted(0.2, (0usize..8, 0usize..3)),
    )
        .prop_map(|(words, nbsp, inner)| {
            let inner = inner
                .filter(|&(a, _)| a < words.len())
                .map(|(a, len)| (a, (a + len).min(words.len() - 1)));
            Quote { words, nbsp, inner }
        })
}

/// The frames, `{q}` the quote, `{m}` the mention, `{M}` the mention at a sentence start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// "{q}," {m} said.
    QuoteMentionSaid,
    /// "{q}," said {m}.
    QuoteSaidMention,
    /// {M} said: "{q}."
    MentionSaidColon,
    /// {M} said, "{q}."
    MentionSaidComma,
    /// "{q}," {m} told reporters.
    QuoteMentionToldReporters,
    /// "{q}," {m} added on Thursday.
    QuoteMentionAddedOnThursday,
    /// "{q}," {m} said. "{q2}."
    SplitQuote,
    /// "{q}," according to {m}.
    QuoteAccordingTo,
}

const FRAMES: [Frame; 8] = [
    Frame::QuoteMentionSaid,
    Frame::QuoteSaidMention,
    Frame::MentionSaidColon,
    Frame::MentionSaidComma,
    Frame::QuoteMentionToldReporters,
    Frame::QuoteMentionAddedOnThursday,
    Frame::SplitQuote,
    Frame::QuoteAccordingTo,
];

#[derive(Clone, Debug)]
enum Sentence {
    Narrative(&'static str),
    Quote {
        frame: Frame,
        /// 0: the article's person, 1: the organisation.
        who: usize,
        mention: Mention,
        q: Quote,
        q2: Quote,
        /// A no-break space instead of the space after the closing mark.
        nbsp_after: bool,
    },
}

#[derive(Clone, Debug)]
enum Paragraph {
    Sentences(Vec<Sentence>),
    /// A paragraph that is only a quote: its speaker is the one of the paragraph before.
    Continuation {
        q: Quote,
        who: usize,
    },
}

#[derive(Clone, Debug)]
struct Article {
    person: usize,
    paragraphs: Vec<Paragraph>,
}

impl Article {
    fn entity(&self, who: usize) -> &'static Entity {
        if who == 0 { &PEOPLE[self.person] } else { &ORG }
    }
}

type RawSentence = (bool, usize, bool, usize, Quote, Quote, bool, usize);

fn raw_sentence() -> impl Strategy<Value = RawSentence> {
    (
        prop::bool::weighted(0.2), // narrative
        0..FRAMES.len(),
        any::<bool>(), // the organisation speaks (when the article has one)
        0usize..3,     // mention
        quote(),
        quote(),
        prop::bool::weighted(0.15),
        0..NARRATIVE.len(),
    )
}

/// Articles that name every speaker in full before an alias or a pronoun, use "he"/"she"
/// for the one person and "it" for the one organisation, and continue a speaker into a
/// quote-only paragraph only after a paragraph that ends with that speaker's quote.
fn article() -> impl Strategy<Value = Article> {
    (
        0..PEOPLE.len(),
        any::<bool>(),
        prop::collection::vec(
            (
                prop::bool::weighted(0.25),
                prop::collection::vec(raw_sentence(), 1..3),
            ),
            1..6,
        ),
    )
        .prop_map(|(person, with_org, raw_paragraphs)| {
            let mut introduced = [false, false];
            let mut last_speaker: Option<usize> = None;
            let mut paragraphs = Vec::new();
            for (continuation, raw_sentences) in raw_paragraphs {
                if continuation && let Some(who) = last_speaker {
                    let q = raw_sentences[0].4.clone();
                    paragraphs.push(Paragraph::Continuation { q, who });
                    continue;
                }
                let mut sentences = Vec::new();
                last_speaker = None;
                for (narrative, frame, org, mention, q, q2, nbsp_after, n) in raw_sentences {
                    if narrative {
                        sentences.push(Sentence::Narrative(NARRATIVE[n]));
                        last_speaker = None;
                        continue;
                    }
                    let who = usize::from(with_org && org);
                    let mut mention = [Mention::Full, Mention::Alias, Mention::Pronoun][mention];
                    if !introduced[who] {
                        mention = Mention::Full;
                    }
                    introduced[who] = true;
                    let mut frame = FRAMES[frame];
                    let pronoun_after =
                        matches!(frame, Frame::QuoteSaidMention | Frame::QuoteAccordingTo);
                    if mention == Mention::Pronoun && pronoun_after {
                        frame = Frame::QuoteMentionSaid;
                    }
                    sentences.push(Sentence::Quote {
                        frame,
                        who,
                        mention,
                        q,
                        q2,
                        nbsp_after,
                    });
                    last_speaker = Some(who);
                }
                paragraphs.push(Paragraph::Sentences(sentences));
            }
            Article { person, paragraphs }
        })
}

/// A direct statement an article contains.
#[derive(Clone, Debug, PartialEq)]
struct Expected {
    text: String,
    span: Span,
    speaker: &'static str,
}

/// Builds a document and remembers where its quotes are.
struct Renderer {
    out: String,
    marks: [&'static str; 4],
    expected: Vec<Expected>,
}

impl Renderer {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// Writes a quote with its marks; `punct` stands inside the closing mark.
    fn quote(&mut self, q: &Quote, punct: &str, speaker: &'static str) {
        let [open, close, inner_open, inner_close] = self.marks;
        self.push(open);
        let start = self.out.len();
        for (i, word) in q.words.iter().enumerate() {
            if i > 0 {
                self.push(if q.nbsp[i] { "\u{a0}" } else { " " });
            }
            if q.inner.is_some_and(|(a, _)| a == i) {
                self.push(inner_open);
            }
            if i == 0 {
                self.push(&capitalised(word));
            } else {
                self.push(word);
            }
            if q.inner.is_some_and(|(_, b)| b == i) {
                self.push(inner_close);
            }
        }
        self.push(punct);
        let end = self.out.len();
        self.expected.push(Expected {
            text: self.out[start..end].to_string(),
            span: Span::new(start, end),
            speaker,
        });
        self.push(close);
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The article's text in `style`, with its expected direct statements.
fn render(article: &Article, style: Style) -> (String, Vec<Expected>) {
    let mut r = Renderer {
        out: String::new(),
        marks: style.marks(),
        expected: Vec::new(),
    };
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        if p > 0 {
            r.push("\n\n");
        }
        match paragraph {
            Paragraph::Continuation { q, who } => {
                r.quote(q, ".", article.entity(*who).full);
            }
            Paragraph::Sentences(sentences) => {
                for (s, sentence) in sentences.iter().enumerate() {
                    if s > 0 {
                        r.push(" ");
                    }
                    match sentence {
                        Sentence::Narrative(text) => r.push(text),
                        Sentence::Quote {
                            frame,
                            who,
                            mention,
                            q,
                            q2,
                            nbsp_after,
                        } => {
                            let entity = article.entity(*who);
                            let m = match mention {
                                Mention::Full => entity.full,
                                Mention::Alias => entity.alias,
                                Mention::Pronoun => entity.pronoun,
                            };
                            let sp = if *nbsp_after { "\u{a0}" } else { " " };
                            let name = entity.full;
                            match frame {
                                Frame::MentionSaidColon | Frame::MentionSaidComma => {
                                    r.push(&capitalised(m));
                                    r.push(if *frame == Frame::MentionSaidColon {
                                        " said: "
                                    } else {
                                        " said, "
                                    });
                                    r.quote(q, ".", name);
                                }
                                Frame::QuoteSaidMention => {
                                    r.quote(q, ",", name);
                                    r.push(&format!("{sp}said {m}."));
                                }
                                Frame::QuoteAccordingTo => {
                                    r.quote(q, ",", name);
                                    r.push(&format!("{sp}according to {m}."));
                                }
                                Frame::QuoteMentionSaid
                                | Frame::QuoteMentionToldReporters
                                | Frame::QuoteMentionAddedOnThursday
                                | Frame::SplitQuote => {
                                    r.quote(q, ",", name);
                                    let tail = match frame {
                                        Frame::QuoteMentionToldReporters => "told reporters",
                                        Frame::QuoteMentionAddedOnThursday => "added on Thursday",
                                        _ => "said",
                                    };
                                    r.push(&format!("{sp}{m} {tail}."));
                                    if *frame == Frame::SplitQuote {
                                        r.push(" ");
                                        r.quote(q2, ".", name);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    (r.out, r.expected)
}

/// For each byte offset of `a` on a char boundary, the matching offset of `b`, where `a`
/// and `b` hold the same characters but for quote marks.
fn offset_map(a: &str, b: &str) -> Vec<Option<usize>> {
    assert_eq!(a.chars().count(), b.chars().count());
    let mut map = vec![None; a.len() + 1];
    for ((i, _), (j, _)) in a.char_indices().zip(b.char_indices()) {
        map[i] = Some(j);
    }
    map[a.len()] = Some(b.len());
    map
}

/// Quote marks folded to straight ones, for comparing texts across styles.
fn straightened(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .collect()
}

/// What must not change when only the quote marks change.
type StyleKey = (
    StatementKind,
    String,
    Option<String>,
    Option<String>,
    usize,
    Option<Span>,
);

fn style_key(st: &Statement, map: Option<&[Option<usize>]>) -> StyleKey {
    let span = match map {
        None => Some(st.span),
        Some(map) => {
            let at = |o: usize| map.get(o).copied().flatten();
            at(st.span.start)
                .zip(at(st.span.end))
                .map(|(s, e)| Span::new(s, e))
        }
    };
    (
        st.kind,
        straightened(&st.text),
        speaker_name(st).map(straightened),
        st.cue.as_ref().map(|c| c.text.clone()),
        st.paragraph,
        span,
    )
}

/// What must not change when an article is put after another.
fn join_key(st: &Statement, shift: usize) -> (StatementKind, String, Option<String>, Span) {
    (
        st.kind,
        st.text.clone(),
        speaker_name(st).map(str::to_string),
        st.span.shifted(shift),
    )
}

// ---- arbitrary statements, for the serde round trip ---------------------------------

fn arb_span() -> impl Strategy<Value = Span> {
    (0usize..1 << 40, 0usize..10_000).prop_map(|(start, len)| Span::new(start, start + len))
}

/// Years 0 to 9999: `Date` prints `{:04}` and reads back exactly four digits, so a year
/// outside that range (which `Date::from_ymd` accepts) does not round-trip.
fn arb_date() -> impl Strategy<Value = Date> {
    prop_oneof![
        (0i32..=9999, 1u32..=12, 1u32..=31)
            .prop_filter_map("no such day", |(y, m, d)| Date::from_ymd(y, m, d).ok()),
        (0i32..=9999, 1u32..=12).prop_map(|(y, m)| Date::from_ym(y, m).unwrap()),
        (0i32..=9999).prop_map(|y| Date::from_year(y).unwrap()),
    ]
}

fn arb_speaker() -> impl Strategy<Value = Speaker> {
    (
        any::<String>(),
        prop::sample::select(vec![
            SpeakerKind::Person,
            SpeakerKind::Organisation,
            SpeakerKind::Group,
            SpeakerKind::Document,
            SpeakerKind::Anonymous,
            SpeakerKind::Unknown,
        ]),
        any::<Option<String>>(),
        any::<Option<String>>(),
        prop::collection::vec(any::<String>(), 0..3),
        prop::collection::vec(arb_span(), 0..3),
    )
        .prop_map(
            |(name, kind, role, affiliation, aliases, mentions)| Speaker {
                name,
                kind,
                role,
                affiliation,
                aliases,
                mentions,
            },
        )
}

fn arb_cue() -> impl Strategy<Value = Cue> {
    (
        any::<String>(),
        any::<String>(),
        prop::sample::select(vec![
            CueClass::Neutral,
            CueClass::Assertive,
            CueClass::Hedged,
            CueClass::Denial,
            CueClass::Accusation,
            CueClass::Promise,
            CueClass::Directive,
            CueClass::Question,
            CueClass::Admission,
            CueClass::Prediction,
            CueClass::Written,
        ]),
        arb_span(),
    )
        .prop_map(|(text, lemma, class, span)| Cue {
            text,
            lemma: lemma.into(),
            class,
            span,
        })
}

fn arb_source() -> impl Strategy<Value = Source> {
    (
        any::<Option<String>>(),
        any::<Option<String>>(),
        any::<Option<String>>(),
        any::<Option<String>>(),
        prop::option::of(arb_date()),
    )
        .prop_map(|(publisher, url, headline, byline, published)| Source {
            publisher,
            url,
            headline,
            byline,
            published,
        })
}

fn arb_statement() -> impl Strategy<Value = Statement> {
    (
        prop::sample::select(vec![
            StatementKind::Direct,
            StatementKind::Indirect,
            StatementKind::Mixed,
        ]),
        any::<String>(),
        arb_span(),
        prop::option::of(arb_speaker()),
        prop::option::of(arb_span()),
        prop::option::of(arb_cue()),
        prop::option::of((
            arb_date(),
            prop::sample::select(vec![DateOrigin::Text, DateOrigin::Publication]),
            prop::option::of(arb_span()),
        )),
        arb_source(),
        0usize..10_000,
        (0u32..=1000).prop_map(|n| n as f32 / 1000.0),
        any::<String>(),
    )
        .prop_map(
            |(
                kind,
                text,
                span,
                speaker,
                speaker_mention,
                cue,
                date,
                source,
                paragraph,
                confidence,
                rule,
            )| {
                Statement {
                    kind,
                    text,
                    span,
                    speaker: speaker.map(Arc::new),
                    speaker_mention,
                    cue,
                    date: date.map(|(date, origin, span)| StatementDate { date, origin, span }),
                    content_dates: date
                        .map(|(date, _, span)| StatementDate {
                            date,
                            origin: DateOrigin::Text,
                            span,
                        })
                        .into_iter()
                        .collect(),
                    source: Arc::new(source),
                    paragraph,
                    confidence,
                    rule: rule.into(),
                }
            },
        )
}

/// What is wrong with the quotes-only extraction of `text`: a statement that is not
/// direct or mixed, or that the default settings do not find with the same span and
/// kind. (Its speaker may differ: the speakers of reported speech, which it does not
/// read, are not in its registry.)
fn quotes_only_problems(text: &str) -> Vec<String> {
    let doc = Document::new("test", text);
    let all = run(text);
    let quoted = Extractor::new(Config::builder().quotes_only(true).build()).extract(&doc);
    quoted
        .statements
        .iter()
        .filter(|st| {
            !matches!(st.kind, StatementKind::Direct | StatementKind::Mixed)
                || !all
                    .statements
                    .iter()
                    .any(|a| a.span == st.span && a.kind == st.kind)
        })
        .map(|st| format!("{:?} {:?} {:?}", st.kind, st.span, st.text))
        .collect()
}

fn round_trip_problems(ex: &Extraction) -> Vec<String> {
    let mut problems = Vec::new();
    for st in &ex.statements {
        match serde_json::to_string(st) {
            Err(e) => problems.push(format!("cannot serialise {st:?}: {e}")),
            Ok(json) => match serde_json::from_str::<Statement>(&json) {
                Err(e) => problems.push(format!("cannot read back {json}: {e}")),
                Ok(back) if back != *st => {
                    problems.push(format!("{st:?} came back as {back:?} (via {json})"));
                }
                Ok(_) => {}
            },
        }
    }
    if problems.is_empty() {
        let json = serde_json::to_string(ex).expect("an extraction serialises");
        match serde_json::from_str::<Extraction>(&json) {
            Ok(back) if back == *ex => {}
            Ok(_) => problems.push(format!("the extraction changed through {json}")),
            Err(e) => problems.push(format!("cannot read back the extraction {json}: {e}")),
        }
    }
    problems
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    // (a) never panics

    #[test]
    fn never_panics_on_any_string(text in any::<String>()) {
        run(&text);
    }

    #[test]
    fn never_panics_on_quote_soup(text in soup()) {
        run(&text);
    }

    // (b) spans are on char boundaries, inside the text, and slice to the statement

    #[test]
    fn spans_are_valid_on_any_string(text in any::<String>()) {
        let problems = span_problems(&text, &run(&text));
        prop_assert!(problems.is_empty(), "in {:?}:\n{}", text, problems.join("\n"));
    }

    #[test]
    fn spans_are_valid_on_quote_soup(text in soup()) {
        let problems = span_problems(&text, &run(&text));
        prop_assert!(problems.is_empty(), "in {:?}:\n{}", text, problems.join("\n"));
    }

    #[test]
    fn spans_are_valid_on_articles(article in article(), style in style()) {
        let (text, _) = render(&article, style);
        let problems = span_problems(&text, &run(&text));
        prop_assert!(problems.is_empty(), "in {:?}:\n{}", text, problems.join("\n"));
    }

    // (c) the quote style changes no statement: same kinds, texts (marks folded),
    // speakers, cues, paragraphs, and spans mapped across the marks' byte lengths

    #[test]
    fn curly_and_straight_quotes_give_the_same_statements(
        article in article(),
        style in style(),
    ) {
        let (straight, _) = render(&article, Style::Straight);
        let (styled, _) = render(&article, style);
        let map = offset_map(&straight, &styled);
        let want: Vec<StyleKey> =
            run(&straight).statements.iter().map(|st| style_key(st, Some(&map))).collect();
        let got: Vec<StyleKey> =
            run(&styled).statements.iter().map(|st| style_key(st, None)).collect();
        prop_assert_eq!(got, want, "straight {:?}\nstyled {:?}", straight, styled);
    }

    // (d) two articles joined by a blank line give each one's statements

    #[test]
    fn joined_articles_give_each_ones_statements(
        a in article(),
        b in article(),
        style_a in style(),
        style_b in style(),
    ) {
        let (a, _) = render(&a, style_a);
        let (b, _) = render(&b, style_b);
        let joined = format!("{a}\n\n{b}");
        let shift = a.len() + 2;
        let want: Vec<_> = run(&a)
            .statements
            .iter()
            .map(|st| join_key(st, 0))
            .chain(run(&b).statements.iter().map(|st| join_key(st, shift)))
            .collect();
        let got: Vec<_> = run(&joined).statements.iter().map(|st| join_key(st, 0)).collect();
        prop_assert_eq!(got, want, "joined {:?}", joined);
    }

    // (e) serde_json round trips

    #[test]
    fn extracted_statements_round_trip_through_json(
        article in article(),
        style in style(),
        text in soup(),
    ) {
        let (rendered, _) = render(&article, style);
        for text in [rendered, text] {
            let problems = round_trip_problems(&run(&text));
            prop_assert!(problems.is_empty(), "in {:?}:\n{}", text, problems.join("\n"));
        }
    }

    #[test]
    fn any_statement_round_trips_through_json(st in arb_statement()) {
        let json = serde_json::to_string(&st).expect("a statement serialises");
        let back: Statement = serde_json::from_str(&json)
            .map_err(|e| TestCaseError::fail(format!("cannot read back {json}: {e}")))?;
        prop_assert_eq!(back, st, "via {}", json);
    }

    // (f) every quote of an article is found with its span and speaker, and no other
    // direct statement is reported

    #[test]
    fn article_quotes_are_found_with_their_speakers(article in article(), style in style()) {
        let (text, expected) = render(&article, style);
        let ex = run(&text);
        let direct: Vec<&Statement> = ex
            .statements
            .iter()
            .filter(|st| st.kind == StatementKind::Direct)
            .collect();
        let found: Vec<(&str, Span)> =
            direct.iter().map(|st| (st.text.as_str(), st.span)).collect();
        let want: Vec<(&str, Span)> =
            expected.iter().map(|e| (e.text.as_str(), e.span)).collect();
        prop_assert_eq!(&found, &want, "direct quotes of {:?}", text);
        for (st, e) in direct.iter().zip(&expected) {
            prop_assert!(
                last_word_matches(e.speaker, speaker_name(st)),
                "{:?}: speaker {:?}, expected {:?}, in {:?}",
                st.text,
                speaker_name(st),
                e.speaker,
                text
            );
        }
    }

    // (g) quotations alone are some of the default settings' quoted statements

    #[test]
    fn quotes_only_finds_some_of_the_quoted_statements_on_articles(
        article in article(),
        style in style(),
    ) {
        let (text, _) = render(&article, style);
        let problems = quotes_only_problems(&text);
        prop_assert!(problems.is_empty(), "in {:?}:\n{}", text, problems.join("\n"));
    }

    #[test]
    fn quotes_only_finds_some_of_the_quoted_statements_on_quote_soup(text in soup()) {
        let problems = quotes_only_problems(&text);
        prop_assert!(problems.is_empty(), "in {:?}:\n{}", text, problems.join("\n"));
    }
}

/// The template itself: rendering keeps its promises whatever the engine does.
#[test]
fn article_template_renders_what_it_expects() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(CASES));
    runner
        .run(&(article(), style()), |(article, style)| {
            let (text, expected) = render(&article, style);
            for e in &expected {
                prop_assert_eq!(e.span.slice(&text), Some(e.text.as_str()));
                prop_assert!(!e.text.contains('\n'));
            }
            let (straight, _) = render(&article, Style::Straight);
            let map = offset_map(&straight, &text);
            prop_assert_eq!(map[straight.len()], Some(text.len()));
            prop_assert!(!text.starts_with('\n') && !text.ends_with('\n'));
            Ok(())
        })
        .unwrap();
}
