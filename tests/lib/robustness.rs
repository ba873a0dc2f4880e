//! Issue 6, "fast at any size, and unbreakable on bad input":
//!
//! - linear time on adversarial text: `adversarial_inputs_are_linear` (ignored: it takes
//!   minutes, and means something only in release builds) measures every input of
//!   `benches/adversarial/inputs.rs` at 1 MB against the seed article repeated to 1 MB,
//!   under the default settings and with quotations alone (`Config::quotes_only`), and
//!   fails when one takes more than 3× the real text's time per MB. Run it with
//!   `cargo test --release --test lib robustness -- --ignored --nocapture`;
//! - the performance bugs found that way, each as a regression test named for what was
//!   slow, on the smallest input that showed it: time per MB at two sizes, 8× apart (a
//!   linear engine takes the same time per MB at both; a quadratic one 8×). Timing
//!   tests are ignored (run them in release, one thread:
//!   `cargo test --release --test lib robustness -- --ignored --test-threads=1`);
//! - inputs the fuzz targets (`fuzz/`) found, replayed here without libFuzzer;
//! - small inputs of the kinds the fuzzers start from, checked for the span invariant.
//!
//! The extract example's handling of bad files and lines is tested in the example
//! itself (`cargo test --example extract`), where its functions are.

use crate::common::{run, span_problems};
use quotetrack::compare::{Tracker, compare};
use quotetrack::{Document, extract};

#[path = "../../benches/adversarial/inputs.rs"]
#[allow(dead_code)] // the bench uses all of it, these tests part
mod inputs;
use inputs::{seconds_per_mb, seconds_per_mb_with};

/// How much more time per MB `big` takes than `small`: about 1 for a linear engine,
/// about `big.len() / small.len()` for a quadratic one.
fn growth(small: &str, big: &str) -> f64 {
    seconds_per_mb(big) / seconds_per_mb(small)
}

/// Fails when `big` (8 times `small` in the tests) takes twice the time per MB or more.
fn assert_linear(small: &str, big: &str) {
    let g = growth(small, big);
    let times = big.len() as f64 / small.len() as f64;
    assert!(g < 2.0, "{times:.0}× the text took {g:.1}× the time per MB");
}

#[test]
#[ignore = "minutes long; run in release: cargo test --release --test lib robustness -- --ignored"]
fn adversarial_inputs_are_linear() {
    let real = inputs::real_text(inputs::MB);
    let mut over = Vec::new();
    for (mode, extractor) in &inputs::modes() {
        let base = seconds_per_mb_with(extractor, &real);
        println!("{mode}: real text {:.1} ms/MB", base * 1e3);
        for (name, text) in inputs::all(inputs::MB) {
            let ratio = seconds_per_mb_with(extractor, &text) / base;
            println!("  {name:24} {ratio:6.2}× the real text's time per MB");
            if ratio > 3.0 {
                over.push(format!("{mode} {name}: {ratio:.1}×"));
            }
        }
        // The shapes beyond the list, printed without the bound (their tests
        // below hold them linear).
        for (name, text) in inputs::beyond(inputs::MB) {
            let ratio = seconds_per_mb_with(extractor, &text) / base;
            println!("  {name:24} {ratio:6.2}× (beyond the issue's list)");
        }
    }
    assert!(
        over.is_empty(),
        "over 3× the real text's time per MB: {over:?}"
    );
}

/// Random streams of the words the grammar knows, each a handful of them in random
/// order to 400 KB, timed whole and at its first 50 KB: a path whose time grows with
/// the sentence, the paragraph or the document shows as a higher time per MB on the
/// longer text. The cache and the allocator alone move the time per MB: by 2× on
/// streams far faster than real text, and by up to 2.7× (with the other core busy) on
/// streams dense in long statements, whose output is a hundred times their size, while
/// their instruction count stays linear (seed 33: 108.4M for 200 KB, 441.0M for
/// 800 KB). So a stream fails where it takes 3× the time per MB or more and is slower
/// than real text: with the alias bug below back in, 26 of the 300 seeds fail. The
/// search found five of the bugs below; the trials run over fixed seeds, so a failure
/// names its seed and words, and reproduces.
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn random_word_streams_are_linear() {
    let vocabulary = inputs::lexicon_words();
    let real = seconds_per_mb(&inputs::real_text(400_000));
    let mut slow = Vec::new();
    for seed in 0..300 {
        let (words, big) = inputs::random_stream(&vocabulary, seed, 400_000);
        let small = &big[..big.floor_char_boundary(50_000)];
        let per_mb = seconds_per_mb(&big);
        let g = per_mb / seconds_per_mb(small);
        if g >= 3.0 && per_mb > real {
            let slower = per_mb / real;
            slow.push(format!(
                "seed {seed} {words:?}: {g:.1}×, {slower:.1}× real text"
            ));
        }
    }
    assert!(
        slow.is_empty(),
        "8× the text took more time per MB: {slow:#?}"
    );
}

// ---- performance regressions: each was a bug in an engine file -------------------
//
// Found at 6066fbb with `benches/adversarial.rs` and perf; fixed since by 3e521cc
// ("Linear on adversarial input": per-verb work bounded to a 400-byte reach, cue
// look-ups by binary search) and d18818b (statements without their speaker's
// mentions). The figures below are from before those fixes.

/// Bug: `reported::sentence_statements` calls `grammar::subject_before(&s[..at])` for
/// every reporting verb of a sentence, and `subject_before` scans its whole prefix
/// back to the sentence start (the `cut` closure looking for a comma, then
/// `chunk.split(is_space).rfind(..)` for a clause word). A long sentence with many
/// verbs and no comma was quadratic: "he said " × 12,500 (100 KB) took 30 s per MB,
/// 370× the seed article's; at 1 MB, 328 s, 1,405×.
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn many_verbs_in_one_sentence_are_linear() {
    let small = inputs::repeat_to("he said ", 10_000);
    let big = inputs::repeat_to("he said ", 80_000);
    assert_linear(&small, &big);
}

/// Bug at 6259248, fixed by bfe8c82 (2.8× at 2ff3657): linear since 3e521cc, but 4 to
/// 6 times the real text's time per MB (over the 3× bound). `reported::sentence_statements`
/// called `grammar::subject_before(&s[w0..at])` once per reporting verb over a window
/// reaching back `REACH` = 400 bytes; with a verb every 8 bytes ("he said " repeated)
/// every byte was scanned by some 50 windows, each making several passes (`cut`'s comma
/// search, `split(is_space).rfind(..)`, the trailing-adverb `rsplit_once` loop). perf
/// at 1 MB: 68% of the time under `subject_before` (`SplitInternal::next_back` 25%,
/// its `cut` closure 22%).
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn many_verbs_in_one_sentence_cost_at_most_3x() {
    let size = 200_000;
    let ratio = seconds_per_mb(&inputs::repeat_to("he said ", size))
        / seconds_per_mb(&inputs::real_text(size));
    assert!(ratio <= 3.0, "{ratio:.1}× the real text's time per MB");
}

/// Bug: one sentence with no punctuation (the seed article's words, 1 MB) took 17 s
/// per MB, 70× the real text's. Most of it is in `grammar::subject_before`'s `cut`
/// closure (each verb scans back to the sentence start for a comma) and
/// `grammar::word_starts`, which collects every word start of its prefix to keep the
/// last 6 (`speech_noun_before_that` and `leading_name_before`, once per " that ").
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn a_long_sentence_without_punctuation_is_linear() {
    let small = inputs::no_punctuation(25_000);
    let big = inputs::no_punctuation(200_000);
    assert_linear(&small, &big);
}

/// Bug: minimal form of the `word_starts` cost: " that " after a long run of words
/// makes `reported::sentence_statements` call `speech_noun_before_that(&s[..k])`,
/// which walks every char of the sentence so far.
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn many_thats_in_one_sentence_are_linear() {
    let small = inputs::repeat_to("we know that ", 10_000);
    let big = inputs::repeat_to("we know that ", 80_000);
    assert_linear(&small, &big);
}

/// Bug: `reported::sentence_statements` checks `used_cues.contains(&cue_abs)` for each
/// reporting verb, and `used_cues` holds the cue of every quotation frame of the whole
/// document: quotes × verbs. "“We will win,” he said. " repeated has one of each per
/// 24 bytes, so time per MB grows with the document.
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn many_quoted_sentences_are_linear() {
    let small = inputs::repeat_to("“We will win,” he said. ", 60_000);
    let big = inputs::repeat_to("“We will win,” he said. ", 480_000);
    assert_linear(&small, &big);
}

// Found at 829bf19 and after by repeating short pieces of words from the lexicon to
// 100 KB and 400 KB and flagging where the time per MB grew; fixed since by 829bf19
// and the commit that added these tests. The figures are from before the fixes.

/// Bug: `reported::read_frames` asked, for each reporting verb, whether any later verb
/// of the sentence is a gerund by scanning every later verb: quadratic where nothing
/// before that test settles it, as with a verb before "and". "he said and " repeated
/// took 0.07 s for 200 KB and 0.31 s for 400 KB.
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn many_verbs_joined_by_and_are_linear() {
    let small = inputs::repeat_to("he said and ", 50_000);
    let big = inputs::repeat_to("he said and ", 400_000);
    assert_linear(&small, &big);
}

/// Bug: `reported::with_subject`, asked before every gerund, searched the whole of the
/// sentence before the gerund for its last " with ", though the subject it looks for
/// is at most eight words after "with". "he said, adding " repeated: 0.29 s for 250 KB,
/// 4.4 s for 1 MB (perf: 94 % in the string searcher's `next_back`).
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn many_gerunds_in_one_sentence_are_linear() {
    let small = inputs::repeat_to("he said, adding ", 50_000);
    let big = inputs::repeat_to("he said, adding ", 400_000);
    assert_linear(&small, &big);
}

/// Bug: `reported::read_frames` asked, for a verb that can take an infinitive, whether
/// the rest of the sentence holds a "to" by searching it to the end: quadratic in a
/// long sentence with none. "warn_about " repeated (a word the lexicon reads as "warn
/// about") took 0.18 s for 100 KB and 3.0 s for 400 KB.
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn many_infinitive_verbs_without_to_are_linear() {
    let small = inputs::repeat_to("warn_about ", 50_000);
    let big = inputs::repeat_to("warn_about ", 400_000);
    assert_linear(&small, &big);
}

/// Bug: `quotes::find_quotes` asked at every mark for the innermost open mark of its
/// family by a search down the stack of open marks, which holds both families: with
/// many of one family open, every mark of the other searched them all. "“ ’ " repeated
/// (each “ opens, each ’ looks for a single) took 0.09 s for 100 KB and 1.7 s for
/// 400 KB.
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn many_open_marks_of_one_family_are_linear() {
    let small = inputs::repeat_to("“ ’ ", 50_000);
    let big = inputs::repeat_to("“ ’ ", 400_000);
    assert_linear(&small, &big);
}

/// Bug: `resolve::Registry` kept every distinct phrase that named an entity as one of
/// its aliases, compared each mention with all of them, and `Extractor::extract`
/// copied them all into each statement of that speaker. Real speakers have at most 7
/// (PolNeAR train and dev); three words in random order ("examination sigh firmly …")
/// made one speaker of 662 phrases in 100 KB and copied 438,906 aliases: 0.22 s for
/// 100 KB, 3.1 s for 400 KB. An entity now keeps at most 32.
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn one_speaker_named_many_ways_is_linear() {
    let words = ["examination", "sigh", "firmly"];
    let small = inputs::random_words(&words, 50_000, 7);
    let big = inputs::random_words(&words, 400_000, 7);
    assert_linear(&small, &big);
}

/// The bound above, checked in every test run: however many ways a text names one
/// speaker, the speaker keeps a bounded list of aliases.
#[test]
fn a_speaker_keeps_a_bounded_list_of_aliases() {
    let text = inputs::random_words(&["examination", "sigh", "firmly"], 50_000, 7);
    let ex = extract(&Document::new("aliases", text.as_str()));
    assert!(!ex.speakers.is_empty());
    for s in &ex.speakers {
        assert!(s.aliases.len() <= 32, "{} aliases", s.aliases.len());
    }
}

/// Bug: the "…, X said" frame (`reported::read_frames`) took all of the sentence
/// before the comma as the report, and read all of the sentence after the verb (a
/// search for ';', `grammar::adverbial_tail`'s trim, a search for ',') for every verb.
/// A sentence of thousands of "Smith said , " gave a statement per verb holding all the
/// text before it: 100 KB took 1.0 s and wrote 500 MB; 400 KB took 27 s.
#[test]
#[ignore = "timing; run in release with --test-threads=1"]
fn many_attributions_after_commas_are_linear() {
    let small = inputs::repeat_to("Smith said , ", 50_000);
    let big = inputs::repeat_to("Smith said , ", 400_000);
    assert_linear(&small, &big);
}

/// The output side of the bug above, checked in every test run. A report before
/// ", X said" starts after the ", Y said" before it in the sentence; and in a sentence
/// the splitter could not end, it is capped as a report after a verb is (`4 * REACH`
/// bytes), so each statement holds a bounded stretch of the text.
#[test]
fn reports_before_attributions_are_bounded() {
    let text = inputs::repeat_to("prices will rise, Smith said, ", 40_000);
    let ex = extract(&Document::new("many", text.as_str()));
    assert!(ex.statements.len() > 1_000, "{}", ex.statements.len());
    for s in &ex.statements {
        assert!(
            s.text.len() <= 1_600,
            "a statement of {} bytes",
            s.text.len()
        );
    }
    let text = "Prices will rise, Smith said, and wages will fall, Jones said.";
    let ex = extract(&Document::new("two", text));
    let reports: Vec<_> = ex.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(reports, ["Prices will rise", "and wages will fall"]);
    let text = format!(
        "{}, Smith said.",
        inputs::repeat_to("the plan will fail ", 40_000)
    );
    let ex = extract(&Document::new("long", text.as_str()));
    assert_eq!(ex.statements.len(), 1);
    let report = &ex.statements[0].text;
    assert!(
        report.len() <= 1_600,
        "a statement of {} bytes",
        report.len()
    );
    assert!(
        report.starts_with("the plan") && report.ends_with("will fail"),
        "{report}"
    );
}

/// Bug: every `Statement` carries a clone of its resolved `Speaker`, whose `mentions`
/// lists every mention of that speaker in the document (`extract::Extractor::extract`,
/// `registry.speaker(id).clone()`). In a long document that quotes one speaker often,
/// the output holds statements × mentions spans: quadratic time and memory. The seed
/// article repeated to 2 MB took 3.2 times its per-MB time at 125 KB.
#[test]
fn statements_do_not_copy_every_mention() {
    let text = inputs::real_text(100_000);
    let ex = extract(&Document::new("long", text.as_str()));
    let copied: usize = ex
        .statements
        .iter()
        .filter_map(|s| s.speaker.as_ref())
        .map(|p| p.mentions.len())
        .sum();
    let statements = ex.statements.len();
    assert!(
        copied <= 4 * statements,
        "{statements} statements carry {copied} mention spans between them"
    );
}

// ---- fuzzing: seeds and crashes replayed -------------------------------------------

/// The seed inputs of the fuzz corpora (`fuzz/corpus/*/seed_*`), embedded.
const FUZZ_SEEDS: &[&[u8]] = &[
    include_bytes!("../../fuzz/corpus/extract/seed_01_curly"),
    include_bytes!("../../fuzz/corpus/extract/seed_02_straight"),
    include_bytes!("../../fuzz/corpus/extract/seed_03_nbsp"),
    include_bytes!("../../fuzz/corpus/extract/seed_04_apostrophes"),
    include_bytes!("../../fuzz/corpus/extract/seed_05_nested_para"),
    include_bytes!("../../fuzz/corpus/extract/seed_06_guillemets"),
    include_bytes!("../../fuzz/corpus/extract/seed_07_reported"),
    include_bytes!("../../fuzz/corpus/extract/seed_08_colon"),
    include_bytes!("../../fuzz/corpus/extract/seed_09_unclosed"),
    include_bytes!("../../fuzz/corpus/extract/seed_10_mixed"),
    include_bytes!("../../fuzz/corpus/compare/seed_01_number_hedge"),
    include_bytes!("../../fuzz/corpus/compare/seed_02_negation"),
    include_bytes!("../../fuzz/corpus/compare/seed_03_mode"),
    include_bytes!("../../fuzz/corpus/compare/seed_04_apostrophe_nbsp"),
];

/// What the `extract` fuzz target checks: spans valid, statement text = its span.
fn check_extract(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let ex = run(&text);
    let problems = span_problems(&text, &ex);
    assert!(problems.is_empty(), "{text:?}: {problems:#?}");
}

/// What the `compare` fuzz target does: two documents split at the first 0xFF byte (or
/// in half), extracted, compared pairwise and tracked.
fn check_compare(data: &[u8]) {
    let (a, b) = match data.iter().position(|&b| b == 0xFF) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => data.split_at(data.len() / 2),
    };
    let ea = extract(&Document::new("a", String::from_utf8_lossy(a).as_ref()));
    let eb = extract(&Document::new("b", String::from_utf8_lossy(b).as_ref()));
    for sa in ea.statements.iter().take(16) {
        for sb in eb.statements.iter().take(16) {
            let diff = compare(sa, sb);
            assert!((0.0..=1.0).contains(&diff.similarity));
        }
        assert!(compare(sa, sa).is_identical(), "{sa:?} differs from itself");
    }
    let mut tracker = Tracker::new();
    tracker.add_statements("a", ea.statements);
    tracker.add_statements("b", eb.statements);
    tracker.track();
}

/// Bug (found by the `extract` fuzz target after 791,471 runs): `quotes::possessive_follows`
/// cuts its look-ahead at `&after[..after.len().min(200)]`, a byte offset that can fall
/// inside a multi-byte char, and panics ("end byte index 200 is not a char boundary").
/// It is reached inside an open single quote, at `s'` followed by a space and a
/// lower-case letter ("the players' new …"); the minimal input is `'as' dd` and 100 × `é`.
/// Fixed by bfe8c82.
#[test]
fn possessive_look_ahead_cuts_on_a_char_boundary() {
    check_extract(format!("'as' dd{}", "é".repeat(100)).as_bytes());
    check_extract(format!("He said 'the players' new{}'.", "é".repeat(100)).as_bytes());
    check_extract(include_bytes!(
        "../../fuzz/regressions/extract/crash-689da02aa5d6bd640dc069bfbde31201a16927cb"
    ));
    // The same panic, found by the `compare` target after 408,224 runs.
    check_compare(include_bytes!(
        "../../fuzz/regressions/compare/crash-e04fe6d1138fabad26441a620950771dac9a72d5"
    ));
}

/// Bug (found by the `extract` fuzz target after about 1.6 million runs on 318c92a; the
/// code dates from the question frame): `reported::put_question` placed the asker named
/// after "by" at the start of the text after "by", not where its trimmed phrase starts,
/// and found the question's first word by summing word lengths and one byte per space.
/// After "by ," the asker's span was one byte short, and ended inside "é":
/// `Extractor::extract` panicked slicing it. Both places are now read off the slices
/// (as is the start of `document_before`'s phrase, which summed lengths the same way).
#[test]
fn asker_after_by_is_placed_where_its_phrase_starts() {
    check_extract("Asked by ,Jane Doeé who said it was called off".as_bytes());
    check_extract("Asked by Jane\u{a0}Doeé whether it was off, she said no.".as_bytes());
    check_extract(include_bytes!(
        "../../fuzz/regressions/extract/crash-3285d66228aa565d415d68bdd58ffc0f3430a0f9"
    ));
}

#[test]
fn fuzz_seeds_pass_both_targets() {
    for seed in FUZZ_SEEDS {
        check_extract(seed);
        check_compare(seed);
    }
}

#[test]
fn fuzz_seeds_find_statements() {
    // The seeds are there to lead the fuzzer into the parser: most must yield statements.
    let found = FUZZ_SEEDS
        .iter()
        .filter(|s| !run(&String::from_utf8_lossy(s)).statements.is_empty())
        .count();
    assert!(
        found >= FUZZ_SEEDS.len() / 2,
        "only {found} seeds yield statements"
    );
}

// ---- small adversarial inputs: no panic, valid spans --------------------------------

#[test]
fn adversarial_inputs_at_small_sizes_keep_spans_valid() {
    for (name, text) in inputs::all(2_000) {
        let ex = run(&text);
        let problems = span_problems(&text, &ex);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
}
