//! The adversarial inputs of issue 6, shared by `benches/adversarial.rs` and the ignored
//! linearity test in `tests/lib/robustness.rs`: each is about 1 MB of text that could
//! drive a quote parser into quadratic time, beside the real text they are measured
//! against (the seed article repeated to 1 MB), and how both time them.

use quotetrack::{Config, Document, Extractor};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The embedded seed article, byte for byte.
pub const SEED: &str = include_str!("../../examples/seed/us_iraq_troops.txt");

/// The size each input is built to (some end a little past it).
pub const MB: usize = 1_000_000;

/// `piece` repeated until the text reaches `size` bytes.
pub fn repeat_to(piece: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + piece.len());
    while text.len() < size {
        text.push_str(piece);
    }
    text
}

/// The real text: the seed article repeated (with a blank line between copies) to
/// `size` bytes.
pub fn real_text(size: usize) -> String {
    repeat_to(&format!("{SEED}\n\n"), size)
}

/// The seed article with every character that is neither a letter, a digit nor a space
/// dropped and line breaks made spaces, repeated to `size` bytes: one long sentence.
pub fn no_punctuation(size: usize) -> String {
    let words: String = SEED
        .chars()
        .filter_map(|c| match c {
            c if c.is_alphanumeric() => Some(c),
            c if c.is_whitespace() => Some(' '),
            _ => None,
        })
        .collect();
    repeat_to(&format!("{words} "), size)
}

/// Quote marks nested `depth` deep around a short clause: `“` × depth, text, `”` × depth.
pub fn nested_quotes(depth: usize) -> String {
    let mut text = "“".repeat(depth);
    text.push_str("We will win, he said.");
    text.push_str(&"”".repeat(depth));
    text
}

/// The next number of the splitmix64 sequence that `state` is in.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// `len` pseudo-random bytes from a fixed seed (splitmix64), read as lossy UTF-8.
pub fn random_bytes(len: usize, seed: u64) -> String {
    let mut state = seed;
    let mut bytes = Vec::with_capacity(len + 8);
    while bytes.len() < len {
        bytes.extend_from_slice(&splitmix64(&mut state).to_le_bytes());
    }
    bytes.truncate(len);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Words drawn from `words` at random (splitmix64 from `seed`), joined by spaces, to
/// `size` bytes: one long sentence in which the same few words make ever new phrases.
pub fn random_words<S: AsRef<str>>(words: &[S], size: usize, seed: u64) -> String {
    let mut state = seed;
    let mut text = String::with_capacity(size + 64);
    while text.len() < size {
        let k = splitmix64(&mut state) % words.len() as u64;
        text.push_str(words[k as usize].as_ref());
        text.push(' ');
    }
    text
}

/// The words the grammar and the resolver know (every reporting verb form, word
/// list and title of `src/lexicon/`, a multi-word entry with its spaces), and the
/// marks and short words around them: what the random streams are drawn from.
pub fn lexicon_words() -> Vec<String> {
    let files = [
        include_str!("../../src/lexicon/cues.txt"),
        include_str!("../../src/lexicon/words.txt"),
        include_str!("../../src/lexicon/titles.txt"),
    ];
    let mut words: Vec<String> = files
        .iter()
        .flat_map(|f| f.lines())
        .filter(|l| !l.starts_with('#') && !l.starts_with('['))
        .flat_map(|l| l.split_whitespace())
        .map(|w| w.replace('_', " "))
        .collect();
    for w in [
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        ",",
        ".",
        ":",
        ";",
        "(",
        ")",
        "—",
        "--",
        "?",
        "\n",
        "\n\n",
        "he",
        "she",
        "they",
        "that",
        "to",
        "with",
        "by",
        "according to",
        "who",
        "whether",
        "and",
        "but",
        "the",
        "a",
        "of",
        "in",
        "on",
        "Monday",
        "2019",
        "March",
        "Smith",
        "Jane Doe",
        "Mr.",
        "U.S.",
        "was",
        "not",
        "asked",
        "said",
        "told",
    ] {
        words.push(w.to_string());
    }
    words
}

/// A random stream of words to `size` bytes: a handful (2 to 12) picked from
/// `vocabulary` by `seed`, then drawn from at random, so that some recur densely in
/// ever new orders. The prefix of a longer stream is the shorter one.
pub fn random_stream(vocabulary: &[String], seed: u64, size: usize) -> (Vec<&str>, String) {
    let mut state = seed;
    let count = 2 + (splitmix64(&mut state) % 11) as usize;
    let picked: Vec<&str> = (0..count)
        .map(|_| vocabulary[(splitmix64(&mut state) % vocabulary.len() as u64) as usize].as_str())
        .collect();
    let text = random_words(&picked, size, splitmix64(&mut state));
    (picked, text)
}

/// Every adversarial input, named, each about `size` bytes (1 MB in the issue; the
/// nesting depth is `size / 10`, so 100,000 at 1 MB, giving about 0.6 MB).
pub fn all(size: usize) -> Vec<(&'static str, String)> {
    vec![
        ("straight_double_quotes", repeat_to("\"", size)),
        ("curly_open_quotes", repeat_to("“", size)),
        ("apostrophes", repeat_to("'", size)),
        ("newlines", repeat_to("\n", size)),
        ("no_punctuation", no_punctuation(size)),
        ("he_said", repeat_to("he said ", size)),
        ("nested_quotes", nested_quotes(size.div_ceil(10))),
        (
            "one_quoted_paragraph",
            repeat_to("“We will win,” he said. ", size),
        ),
        ("random_bytes", random_bytes(size, 0x5EED)),
    ]
}

/// Inputs beyond the list, each about `size` bytes: shapes that once took a
/// quadratic path (the regression tests in `tests/lib/robustness.rs` hold them linear).
/// The bound of 3× is not theirs: they are printed beside it, so that a
/// slow path shows.
pub fn beyond(size: usize) -> Vec<(&'static str, String)> {
    vec![
        ("he_said_and", repeat_to("he said and ", size)),
        ("he_said_adding", repeat_to("he said, adding ", size)),
        ("smith_said_comma", repeat_to("Smith said , ", size)),
        ("open_double_close_single", repeat_to("“ ’ ", size)),
        (
            "one_speaker_many_phrases",
            random_words(&["examination", "sigh", "firmly"], size, 0x5EED),
        ),
    ]
}

/// The settings each input is timed under: the default ones, and quotations alone
/// ([`Config::quotes_only`]), whose real text runs more than twice as fast, so that the
/// quotation path's share of an input weighs more against it.
pub fn modes() -> [(&'static str, Extractor); 2] {
    [
        ("default", Extractor::default()),
        (
            "quotes_only",
            Extractor::new(Config::builder().quotes_only(true).build()),
        ),
    ]
}

/// Seconds per MB of extracting `text` with the default settings: the best of three runs
/// (of one, when that one takes more than two seconds).
pub fn seconds_per_mb(text: &str) -> f64 {
    seconds_per_mb_with(&Extractor::default(), text)
}

/// [`seconds_per_mb`] under `extractor`'s settings.
pub fn seconds_per_mb_with(extractor: &Extractor, text: &str) -> f64 {
    let doc = Document::new("adversarial", text);
    let time = || {
        let start = Instant::now();
        black_box(extractor.extract(black_box(&doc)));
        start.elapsed()
    };
    let mut best = time();
    if best < Duration::from_secs(2) {
        best = best.min(time()).min(time());
    }
    best.as_secs_f64() / (text.len() as f64 / 1e6)
}
