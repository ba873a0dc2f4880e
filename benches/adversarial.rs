//! Linear time on adversarial input (issue 6): `extract` on about 1 MB each of text built
//! to make a quote parser go quadratic, beside the seed article repeated to 1 MB.
//!
//! Run with `cargo bench --bench adversarial`. It first prints, for each input, its time
//! per MB as a multiple of the real text's (the best of three runs each; the target is
//! at most 3×), under the default settings and with quotations alone
//! (`Config::quotes_only`), then measures each input with criterion (default settings),
//! reported as bytes per second.
//! `tests/lib/robustness.rs` asserts the same bound in an ignored test
//! (`cargo test --release --test lib adversarial -- --ignored --nocapture`).
//!
//! The inputs (see `adversarial/inputs.rs`): 1 MB each of `"`, of `“`, of `'` and of
//! line breaks; 1 MB with no punctuation (one sentence); `he said ` repeated; `“` nested
//! 100,000 deep around a clause; one 1 MB paragraph of `“We will win,” he said. `; and
//! random bytes from a fixed seed read as lossy UTF-8. Printed after them, without the
//! bound, shapes beyond the list that once took a quadratic path:
//! `he said and `, `he said, adding `, `Smith said , ` and `“ ’ ` repeated, and the
//! words "examination", "sigh" and "firmly" in random order (one speaker named in
//! hundreds of ways).

#[path = "adversarial/inputs.rs"]
#[allow(dead_code)] // the random word streams are the timing tests' alone
mod inputs;

use criterion::{Criterion, SamplingMode, Throughput};
use quotetrack::{Document, Extractor, extract};
use std::hint::black_box;
use std::time::Duration;

/// The ratio table under `extractor`'s settings (`mode`): each input's time per MB over
/// the real text's, the inputs flagged over 3×, then the others.
fn print_ratios(
    (mode, extractor): (&str, &Extractor),
    real: &str,
    adversarial: &[(&str, String)],
    beyond: &[(&str, String)],
) {
    let base = inputs::seconds_per_mb_with(extractor, real);
    eprintln!(
        "\nadversarial inputs ({mode}), time per MB as a multiple of real text ({:.1} ms/MB; target ≤ 3×):",
        base * 1e3
    );
    let row = |name: &str, text: &str, bounded: bool| {
        let per_mb = inputs::seconds_per_mb_with(extractor, text);
        let ratio = per_mb / base;
        let flag = if bounded && ratio > 3.0 {
            "  OVER 3×"
        } else {
            ""
        };
        eprintln!(
            "  {name:24} {:>7.2} MB  {:>9.1} ms/MB  {ratio:>6.2}×{flag}",
            text.len() as f64 / 1e6,
            per_mb * 1e3
        );
    };
    for (name, text) in adversarial {
        row(name, text, true);
    }
    if !beyond.is_empty() {
        eprintln!("beyond the issue's list (once quadratic; no bound):");
    }
    for (name, text) in beyond {
        row(name, text, false);
    }
    eprintln!();
}

fn main() {
    // `ADVERSARIAL_SIZE=BYTES` builds smaller or larger inputs (to see how time grows);
    // `ADVERSARIAL_ONLY=name,...` keeps some of them.
    let size = std::env::var("ADVERSARIAL_SIZE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(inputs::MB);
    let only = std::env::var("ADVERSARIAL_ONLY").ok();
    let real = inputs::real_text(size);
    let kept = |(name, _): &(&str, String)| {
        only.as_ref()
            .is_none_or(|o| o.split(',').any(|n| n == *name))
    };
    let adversarial: Vec<_> = inputs::all(size).into_iter().filter(kept).collect();
    let beyond: Vec<_> = inputs::beyond(size).into_iter().filter(kept).collect();
    for (mode, extractor) in &inputs::modes() {
        print_ratios((mode, extractor), &real, &adversarial, &beyond);
    }

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("adversarial");
    // Each iteration reads a whole megabyte: flat sampling with few samples keeps the
    // group within a minute however slow an input is.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for (name, text) in std::iter::once(("real_text", real))
        .chain(adversarial)
        .chain(beyond)
    {
        let doc = Document::new(name, text);
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_function(name, |b| b.iter(|| extract(black_box(&doc))));
    }
    group.finish();
    c.final_summary();
}
