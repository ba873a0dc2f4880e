//! The integration test binary of quotetrack: one binary, several modules.
//!
//! - `seed`: the embedded seed article against its gold direct quotes.
//! - `frames`: hand-written cases as data (`tests/testdata/frames.txt`), one per
//!   attribution frame, quote style and speaker phrase; one test reports every failing case.
//! - `dates`: when each statement was made (the seed's dates, the attachment rules on
//!   small sentences, content dates, invariants).
//! - `compare`: claim comparison on the seed and the VOA report (the annotated pairs),
//!   metamorphic edits of real statements, speaker identity across documents.
//! - `properties`: proptest invariants (no panic, valid spans, quote-style invariance,
//!   concatenation, serde round trip, generated quotes found with their speakers).
//! - `robustness`: linear time on adversarial input (ignored, run in release), the
//!   performance bugs it found (timing tests, ignored), fuzz seeds and crashes replayed.
//!
//! The modules live in `tests/lib/` and are named with `#[path]`: files directly in
//! `tests/` would each become a test binary of their own, and `tests/lib/` (having no
//! `main.rs`) is not a target for cargo. Run one case of the frames with
//! `QUOTETRACK_CASE=name cargo test --test lib frames`.

/// The seed article, byte for byte (its 13 no-break spaces and mixed quote marks included).
pub const SEED: &str = include_str!("../examples/seed/us_iraq_troops.txt");

#[path = "lib/common.rs"]
mod common;
#[path = "lib/compare.rs"]
mod compare;
#[path = "lib/dates.rs"]
mod dates;
#[path = "lib/frames.rs"]
mod frames;
#[path = "lib/properties.rs"]
mod properties;
#[path = "lib/robustness.rs"]
mod robustness;
#[path = "lib/seed.rs"]
mod seed;
