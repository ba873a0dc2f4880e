//! Extraction never panics, and every span it reports is on char boundaries inside the
//! text, each statement's span slicing to exactly its text: with the default settings,
//! with beliefs asked for, and with quotations alone (the input's first byte decides:
//! its lowest bit asks for beliefs, the next for quotations alone). Quotations alone
//! give only direct and mixed statements, each one the default settings give too, with
//! the same span and kind.
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run extract -- -jobs=1 -max_total_time=600`
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotetrack::{Config, Document, Extractor, Span, StatementKind};

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
    let first = data.first().copied().unwrap_or(0);
    let (beliefs, quotes_only) = (first & 1 == 1, first & 2 == 2);
    let text = String::from_utf8_lossy(data);
    let doc = Document::new("fuzz", text.as_ref());
    let config = Config::builder()
        .beliefs(beliefs)
        .quotes_only(quotes_only)
        .build();
    let extraction = Extractor::new(config).extract(&doc);
    let text = doc.text.as_str();
    if quotes_only {
        let all = Extractor::default().extract(&doc);
        for s in &extraction.statements {
            assert!(
                matches!(s.kind, StatementKind::Direct | StatementKind::Mixed),
                "quotes only gave a {:?} statement",
                s.kind
            );
            assert!(
                all.statements
                    .iter()
                    .any(|a| a.span == s.span && a.kind == s.kind),
                "quotes only gave {:?} {:?}, which the default settings do not",
                s.kind,
                s.span
            );
        }
    }
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
