//! How fast `extract` reads news text, in bytes per second, beside a baseline that only
//! scans the same bytes once, so that the engine's cost can be read as a multiple of a
//! plain pass over memory.
//!
//! Run with `cargo bench --bench extract`. Groups:
//! - `seed`: the embedded seed article (about 4 KB);
//! - `polnear_train`: every PolNeAR train text as its own `Document`, read at run time
//!   from `../shared/corpus/polnear/train/docs/*.txt` (skipped, with a note, when that
//!   folder is missing; the corpus is never copied into this repository);
//!
//! each of these two with `extract` (the default settings), `extract_quotes_only`
//! (quotations alone, [`quotetrack::Config::quotes_only`]) and `scan_baseline`;
//! - `polnear_train_each_repeated`: the same texts, each read eight times in a row, so
//!   that the branch predictor has seen the text: the same instructions as
//!   `polnear_train`, and the difference in time is what new text costs in mispredicted
//!   branches. (The seed group, one short article read over and over, is such a case
//!   too.)

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use quotetrack::{Config, Date, Document, Extractor, Source, extract};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

const SEED: &str = include_str!("../examples/seed/us_iraq_troops.txt");

/// The baseline: one pass counting the bytes the engine must look at first (quote marks,
/// apostrophes, line breaks, and 0xE2, the lead byte of curly quotes and dashes).
fn scan(text: &str) -> usize {
    let mut n = 0;
    for &b in text.as_bytes() {
        if matches!(b, b'"' | b'\'' | b'\n' | 0xE2) {
            n += 1;
        }
    }
    n
}

/// An extractor of quotations alone ([`Config::quotes_only`]).
fn quotes_only() -> Extractor {
    Extractor::new(Config::builder().quotes_only(true).build())
}

fn bench_seed(c: &mut Criterion) {
    let doc = Document::new("us_iraq_troops", SEED).with_source(Source {
        published: Date::from_ymd(2020, 6, 11).ok(),
        ..Source::default()
    });
    let mut group = c.benchmark_group("seed");
    group
        .throughput(Throughput::Bytes(doc.text.len() as u64))
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(3));
    group.bench_function("extract", |b| b.iter(|| extract(black_box(&doc))));
    let quotes_only = quotes_only();
    group.bench_function("extract_quotes_only", |b| {
        b.iter(|| quotes_only.extract(black_box(&doc)))
    });
    group.bench_function("scan_baseline", |b| b.iter(|| scan(black_box(&doc.text))));
    group.finish();
}

/// The PolNeAR train texts, sorted by name, each with the publication date its file
/// name carries (`publisher_YYYY-MM-DD_slug.txt`); `None` when the folder is missing.
fn polnear_train() -> Option<Vec<Document>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear/train/docs");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut docs = Vec::with_capacity(paths.len());
    for path in paths {
        let id = path.file_stem()?.to_string_lossy().into_owned();
        let read = std::fs::read(&path).map_err(|e| e.to_string());
        match read.and_then(|bytes| Document::from_bytes(&*id, bytes).map_err(|e| e.to_string())) {
            Ok(doc) => {
                let published = id.split('_').nth(1).and_then(|d| Date::parse(d).ok());
                docs.push(doc.with_source(Source {
                    published,
                    ..Source::default()
                }));
            }
            Err(e) => eprintln!("note: skipping {}: {e}", path.display()),
        }
    }
    Some(docs)
}

fn bench_polnear(c: &mut Criterion) {
    let Some(docs) = polnear_train().filter(|docs| !docs.is_empty()) else {
        eprintln!(
            "note: ../shared/corpus/polnear/train/docs not found or empty beside {}; \
             skipping the polnear_train group",
            env!("CARGO_MANIFEST_DIR")
        );
        return;
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "polnear_train: {} documents, {:.1} MB",
        docs.len(),
        bytes as f64 / 1e6
    );
    let mut group = c.benchmark_group("polnear_train");
    // One iteration reads the whole corpus: flat sampling with few samples keeps the
    // group within seconds however slow the engine is.
    group
        .throughput(Throughput::Bytes(bytes as u64))
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("extract", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(extract(black_box(doc)));
            }
        })
    });
    let quotes_only = quotes_only();
    group.bench_function("extract_quotes_only", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(quotes_only.extract(black_box(doc)));
            }
        })
    });
    group.bench_function("scan_baseline", |b| {
        b.iter(|| docs.iter().map(|d| scan(black_box(&d.text))).sum::<usize>())
    });
    group.finish();

    // The same bytes, but each article read `REPEATS` times in a row before the next: the
    // same work, instruction for instruction, on text the branch predictor has just seen.
    // Beside `polnear_train/extract` it shows how much of the time on new text goes to
    // mispredicted branches (a machine without hardware counters cannot show it
    // otherwise). Not a speed anyone gets on new text: `extract` above is that.
    const REPEATS: u64 = 8;
    let mut group = c.benchmark_group("polnear_train_each_repeated");
    group
        .throughput(Throughput::Bytes(bytes as u64 * REPEATS))
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10));
    group.bench_function("extract", |b| {
        b.iter(|| {
            for doc in &docs {
                for _ in 0..REPEATS {
                    black_box(extract(black_box(doc)));
                }
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench_seed, bench_polnear);
criterion_main!(benches);
