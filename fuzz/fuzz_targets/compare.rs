//! Comparison never panics: two documents built from the fuzz input (split at the first
//! 0xFF byte, or in half), extracted, compared statement by statement and tracked (`Tracker::add_statements`).
//! Every similarity is a number from 0 to 1, and a statement compared with itself is
//! identical.
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run compare -- -jobs=1 -max_total_time=600`
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotetrack::compare::{Tracker, compare};
use quotetrack::{Document, extract};

fuzz_target!(|data: &[u8]| {
    let (a, b) = match data.iter().position(|&b| b == 0xFF) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => data.split_at(data.len() / 2),
    };
    let a = Document::new("a", String::from_utf8_lossy(a).as_ref());
    let b = Document::new("b", String::from_utf8_lossy(b).as_ref());
    let ea = extract(&a);
    let eb = extract(&b);
    // Every pair across the documents, bounded so that one input stays fast.
    for sa in ea.statements.iter().take(16) {
        for sb in eb.statements.iter().take(16) {
            let diff = compare(sa, sb);
            assert!(
                (0.0..=1.0).contains(&diff.similarity),
                "similarity {} out of range",
                diff.similarity
            );
        }
        assert!(
            compare(sa, sa).is_identical(),
            "a statement differs from itself"
        );
    }
    let mut tracker = Tracker::new();
    tracker.add_statements("a", ea.statements);
    tracker.add_statements("b", eb.statements);
    let tracking = tracker.track();
    for pair in &tracking.pairs {
        assert!(pair.a != pair.b);
        assert!((0.0..=1.0).contains(&pair.diff.similarity));
    }
});
