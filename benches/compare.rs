//! How claim comparison scales: clustering 10,000 and 100,000 statements into claims.
//! Ten times the statements should cost about ten times the time (blocking through an
//! inverted index, never all pairs).
//!
//! Run with `cargo bench --bench compare`. The statements are synthesised from the real
//! statements of the seed article and the Voice of America report (both embedded in
//! `examples/`): each synthetic claim takes a real statement and makes it its own by
//! replacing half its longer words with made-up ones, then appears in two to six documents,
//! each version perturbed as news reports perturb a claim (a number changed, a modal
//! swapped, a trailing clause cut, a word substituted, another speaker). As in a real
//! news stream, claims stay the same size whatever the corpus size (more articles bring
//! more claims, not ever longer stories), and a claim's reports follow its first within
//! a hundred documents of twenty statements.
//!
//! Groups, each at 10k and 100k statements:
//! - `features`: adding the statements to a tracker and reading each one's features
//!   (tokenising each once; the tracker builds them when first asked for);
//! - `cluster`: linking and clustering them into claims (`Tracker::claims`);
//! - `track`: the same with the typed diff of every pair (`Tracker::track`).

use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput};
use criterion::{criterion_group, criterion_main};
use quotetrack::compare::Tracker;
use quotetrack::{Date, Document, Source, Span, Speaker, SpeakerKind, Statement, extract};
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

const SEED: &str = include_str!("../examples/seed/us_iraq_troops.txt");
const VOA: &str = include_str!("../examples/voa/voa_2020061x.txt");

/// A small deterministic generator (xorshift), so every run sees the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A made-up word for a number: syllables, so that 65,536 of them are all different.
fn pseudo_word(n: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "nu", "pe", "ra", "so", "ti", "vu", "zo", "be", "da", "fi", "go", "hu",
        "je",
    ];
    (0..4).map(|k| SYLLABLES[(n >> (4 * k)) & 15]).collect()
}

/// `st` with its text replaced (span adjusted; content dates dropped).
fn with_text(st: &Statement, text: String) -> Statement {
    let mut out = st.clone();
    out.span = Span::new(st.span.start, st.span.start + text.len());
    out.text = text;
    out.content_dates.clear();
    out
}

/// Word positions of `text` that may be replaced: lower-case words of four letters
/// or more.
fn replaceable(words: &[&str]) -> Vec<usize> {
    (0..words.len())
        .filter(|&k| {
            let w = words[k].trim_matches(|c: char| !c.is_alphanumeric());
            w.len() >= 4 && w.chars().all(|c| c.is_ascii_lowercase())
        })
        .collect()
}

/// One perturbed version of a claim's statement.
fn version(base: &Statement, rng: &mut Rng, speakers: &[String]) -> Statement {
    let mut words: Vec<String> = base.text.split(' ').map(str::to_string).collect();
    match rng.below(6) {
        // A number changed or added.
        0 => {
            let n = 1000 + rng.below(9000);
            match words
                .iter()
                .position(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
            {
                Some(k) => words[k] = n.to_string(),
                None => {
                    let k = rng.below(words.len());
                    words.insert(k, n.to_string());
                }
            }
        }
        // A modal swapped.
        1 => {
            for w in &mut words {
                if w == "will" {
                    *w = "may".to_string();
                    break;
                }
            }
        }
        // A trailing clause cut.
        2 if words.len() > 8 => {
            let keep = words.len() * 3 / 4;
            words.truncate(keep);
        }
        // A word substituted.
        3 => {
            let slots = replaceable(&words.iter().map(String::as_str).collect::<Vec<_>>());
            if !slots.is_empty() {
                let k = slots[rng.below(slots.len())];
                words[k] = pseudo_word(rng.below(65_536));
            }
        }
        _ => {}
    }
    let mut out = with_text(base, words.join(" "));
    // Another speaker now and then.
    if rng.below(5) == 0 {
        out.speaker = Some(Arc::new(Speaker::new(
            speakers[rng.below(speakers.len())].clone(),
            SpeakerKind::Person,
        )));
    }
    out
}

/// `n` statements in documents of twenty, grouped into claims of two to six versions.
fn corpus(n: usize) -> Vec<(String, Statement)> {
    let source = |publisher: &str| Source {
        publisher: Some(publisher.to_string()),
        published: Date::from_ymd(2020, 6, 11).ok(),
        ..Source::default()
    };
    let mut real =
        extract(&Document::new("seed", SEED).with_source(source("The National"))).statements;
    real.extend(extract(&Document::new("voa", VOA).with_source(source("VOA"))).statements);
    let speakers: Vec<String> = (0..2000)
        .map(|k| {
            format!(
                "{} {}",
                capitalised(&pseudo_word(k * 7)),
                capitalised(&pseudo_word(k * 13 + 1))
            )
        })
        .collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut claims: Vec<Vec<Statement>> = Vec::new();
    let mut total = 0;
    let mut c = 0;
    while total < n {
        let base = &real[c % real.len()];
        // The claim's own words: half its longer words (three at least) replaced by
        // made-up ones, so that claims made from one real statement are told apart.
        let mut words: Vec<String> = base.text.split(' ').map(str::to_string).collect();
        let slots = replaceable(&words.iter().map(String::as_str).collect::<Vec<_>>());
        let own = slots.len().div_ceil(2).max(3).min(slots.len());
        for j in 0..own {
            words[slots[(c + 2 * j) % slots.len()]] = pseudo_word(rng.below(65_536));
        }
        let mut claim = with_text(base, words.join(" "));
        claim.speaker = Some(Arc::new(Speaker::new(
            speakers[c % speakers.len()].clone(),
            SpeakerKind::Person,
        )));
        let versions = (2 + rng.below(5)).min(n - total);
        let group: Vec<Statement> = (0..versions)
            .map(|_| version(&claim, &mut rng, &speakers))
            .collect();
        total += group.len();
        claims.push(group);
        c += 1;
    }
    // A news stream: a claim's first report comes at its turn, the others within the
    // next two thousand statements (a hundred documents); the stream is cut into
    // documents of twenty.
    let mut timed: Vec<(usize, usize, Statement)> = Vec::with_capacity(n);
    let mut at = 0;
    for group in claims {
        for (v, st) in group.into_iter().enumerate() {
            let when = if v == 0 { at } else { at + 1 + rng.below(2000) };
            timed.push((when, timed.len(), st));
        }
        at += 4;
    }
    timed.sort_unstable_by_key(|&(when, k, _)| (when, k));
    timed
        .into_iter()
        .enumerate()
        .map(|(k, (_, _, st))| (format!("d{}", k / 20), st))
        .collect()
}

fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A tracker holding `statements`, each run of one document id added as one document.
fn tracker_of(statements: Vec<(String, Statement)>) -> Tracker {
    let mut tracker = Tracker::new();
    let mut batch: Vec<Statement> = Vec::new();
    let mut doc = String::new();
    for (d, st) in statements {
        if d != doc && !batch.is_empty() {
            tracker.add_statements(&doc, batch.drain(..));
        }
        doc = d;
        batch.push(st);
    }
    if !batch.is_empty() {
        tracker.add_statements(&doc, batch);
    }
    tracker
}

fn bench_scale(c: &mut Criterion) {
    for n in [10_000usize, 100_000] {
        let statements = corpus(n);
        let tracker = tracker_of(statements.clone());
        let claims = tracker.claims();
        let in_claims: usize = claims.iter().map(|c| c.statements.len()).sum();
        eprintln!(
            "note: {n} statements in {} claims of two or more ({in_claims} statements)",
            claims.len()
        );
        let mut group = c.benchmark_group("compare");
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(if n > 10_000 { 20 } else { 5 }))
            .throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("features", n), &statements, |b, s| {
            b.iter_batched(
                || s.to_vec(),
                |s| {
                    let t = tracker_of(black_box(s));
                    for id in t.ids() {
                        black_box(t.features(id));
                    }
                    t
                },
                BatchSize::LargeInput,
            )
        });
        group.bench_with_input(BenchmarkId::new("cluster", n), &tracker, |b, t| {
            b.iter(|| black_box(t).claims())
        });
        group.bench_with_input(BenchmarkId::new("track", n), &tracker, |b, t| {
            b.iter(|| black_box(t).track())
        });
        group.finish();
    }
}

criterion_group!(benches, bench_scale);
criterion_main!(benches);
