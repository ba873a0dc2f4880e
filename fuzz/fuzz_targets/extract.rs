//! Extraction never panics, and every span it reports is on char boundaries inside the
//! text, each statement's span slicing to exactly its text: with the default settings,
//! and with beliefs asked for (the input's first byte, odd or even, decides which).
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run extract -- -jobs=1 -max_total_time=600`
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotetrack::{Config, Document, Extractor, Span};

fn check(text: &str, what: &str, span: Span) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries"
    );
}

fuzz_target!(|data: &[u8]| {
    let beliefs = data.first().is_some_and(|b| b % 2 == 1);
    let text = String::from_utf8_lossy(data);
    let doc = Document::new("fuzz", text.as_ref());
    let extractor = Extractor::new(Config::builder().beliefs(beliefs).build());
    let extraction = extractor.extract(&doc);
    let text = doc.text.as_str();
    for s in &extraction.statements {
        check(text, "statement", s.span);
        assert_eq!(
            &text[s.span.range()],
            s.text,
            "statement text differs from its span"
        );
        if let Some(span) = s.speaker_mention {
            check(text, "speaker mention", span);
        }
        if let Some(cue) = &s.cue {
            check(text, "cue", cue.span);
            assert_eq!(
                &text[cue.span.range()],
                cue.text,
                "cue text differs from its span"
            );
        }
        for date in s.date.iter().chain(&s.content_dates) {
            if let Some(span) = date.span {
                check(text, "date", span);
            }
        }
    }
    for speaker in &extraction.speakers {
        for &m in &speaker.mentions {
            check(text, "registry mention", m);
        }
    }
});
