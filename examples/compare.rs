//! Follow claims across articles: pairs of corresponding statements in different
//! documents and what changed between them, readable or as JSONL.
//!
//! ```text
//! cargo run --release --example compare -- [--jsonl] [--published YYYY-MM-DD]
//!     [--articles FILE.jsonl|-] [--statements FILE|-] [--threshold X] [--quotes-only]
//!     [--map] [--jobs N] [PATH|-]...
//! ```
//!
//! With no PATH and no `--articles` it compares the embedded seed article (The National,
//! 2020-06-11) with the Voice of America report of the same event (public domain; see
//! `examples/voa/README.md`). A PATH is a `.txt` file (doc id = file stem), a folder
//! (every `*.txt` in it, sorted by name) or `-` for standard input (doc id `stdin`).
//! `--articles` reads one JSON article per line: `{"id", "text", "published",
//! "publisher", "url", "headline", "byline"}`, all but `id` and `text` optional.
//!
//! Past one machine, the work splits into a map and a reduce. `--map` writes each
//! statement as it is extracted, on one line: its speaker's key
//! ([`Tracker::speaker_key`]), a tab, then `{"doc", "index", "statement"}` (the statement as
//! serde writes it), which is what Hadoop Streaming and Spark group by. `--statements`
//! reads such lines back (with or without the key and tab) and tracks them, without
//! extracting anything again: run it on each group.
//!
//! `--quotes-only` follows quotations alone (`Config::quotes_only`): the statements
//! tracked are the direct and mixed ones, extracted in less than half the time.
//!
//! Each document is extracted as it is read and only its statements are kept, so memory
//! grows with the statements of the corpus, not its text. `--jobs N` works on N threads
//! (built with `--features parallel`): documents are read in chunks of 16 × N and
//! extracted side by side, and the tracker reads each statement's features and diffs
//! each pair on the same threads. The statements are added, and the pairs kept, in
//! input order, so the output is the same.
//!
//! `--jsonl` writes one object per pair of corresponding statements in different
//! documents: `{"a": {"doc", "kind", "text", "start", "end", "speaker"}, "b": {…},
//! "similarity", "score", "claim", "changes": [{"kind", …details, "a_span", "b_span"}]}`.
//! The readable form prints the same pairs, then, when some claim is reported in three
//! documents or more, its timeline.
//!
//! Exit codes: 0 when every input was read, 1 when some input could not be (each one is
//! named on stderr and the rest are still compared), 2 for a usage error.

use quotetrack::compare::{Change, Detail, MatchConfig, Pair, StatementId, Tracker, Tracking};
use quotetrack::{Config, Date, Document, Extractor, Source, Statement};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "shared/mod.rs"]
mod shared;
use shared::{Arg, Article, serde_message, shorten, stdin_or_path};

const USAGE: &str = "usage: compare [--jsonl] [--published YYYY-MM-DD] \
[--articles FILE.jsonl|-] [--statements FILE|-] [--threshold X] [--quotes-only] [--map] \
[--jobs N] [PATH|-]...";

const HELP: &str = "\
Follow claims across news articles: which statements of different documents report
the same thing, and what changed from one to the other.

Inputs (handled in the order given):
  PATH                    a .txt file (doc id = file stem), or a folder: every *.txt
                          in it, sorted by name
  -                       standard input, one document (doc id \"stdin\")
  --articles FILE.jsonl   one JSON article per line: {\"id\", \"text\", \"published\",
                          \"publisher\", \"url\", \"headline\", \"byline\"}, all but id and
                          text optional; `--articles -` reads them from standard input
  --statements FILE       statements as --map writes them (KEY<TAB>{\"doc\",
                          \"index\", \"statement\"}, the key optional), tracked as they are;
                          `--statements -` reads them from standard input
  (none)                  the embedded seed article (The National) against the Voice
                          of America report of the same event

Options:
  --jsonl                 one JSON object per pair instead of readable text
  --published DATE        publication date of plain-text inputs (YYYY-MM-DD, YYYY-MM
                          or YYYY); articles give their own
  --threshold X           lowest matching score of a pair (0 to 1; default 0.3)
  --map                   write each statement with its speaker's key instead of
                          comparing: KEY<TAB>{\"doc\", \"index\", \"statement\"}, one per line, to
                          group by key and compare each group with --statements
  --quotes-only           follow quotations only (kinds \"direct\" and \"mixed\"), not
                          reported speech: less than half the extraction time
  --jobs N                extract and compare on N threads (with the `parallel`
                          feature; 1 by default, 0 means one per core)
  -h, --help              print this help

Exit status: 0 on success, 1 if some input could not be read (the others are still
compared), 2 on a usage error.";

const SEED_TEXT: &str = include_str!("seed/us_iraq_troops.txt");
const VOA_TEXT: &str = include_str!("voa/voa_2020061x.txt");

fn main() -> ExitCode {
    let options = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Run(options)) => options,
        Ok(Command::Help) => {
            let _ = writeln!(io::stdout().lock(), "{USAGE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("compare: {message}\n{USAGE}\nTry 'compare --help' for more.");
            return ExitCode::from(2);
        }
    };
    run(&options)
}

// ---------------------------------------------------------------------------------------
// Arguments

enum Command {
    Help,
    Run(Options),
}

struct Options {
    jsonl: bool,
    published: Option<Date>,
    threshold: Option<f32>,
    /// Track quotations only (`Config::quotes_only`).
    quotes_only: bool,
    /// Write the statements keyed by speaker instead of comparing them.
    map: bool,
    /// Threads to extract on; documents are read in chunks of `CHUNK_PER_JOB` × jobs.
    jobs: usize,
    inputs: Vec<Input>,
}

/// Documents read per thread before a chunk is extracted.
const CHUNK_PER_JOB: usize = 16;

#[derive(Debug, PartialEq)]
enum Input {
    /// The embedded seed article and the VOA report (when no input is named).
    Demo,
    /// A text file or folder of them; `None` is standard input.
    Text(Option<PathBuf>),
    /// A JSONL file of articles; `None` is standard input.
    Articles(Option<PathBuf>),
    /// Statements as `--map` writes them; `None` is standard input.
    Statements(Option<PathBuf>),
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut options = Options {
        jsonl: false,
        published: None,
        threshold: None,
        quotes_only: false,
        map: false,
        jobs: 1,
        inputs: Vec::new(),
    };
    let mut args = shared::Args::new(args);
    while let Some(arg) = args.next_arg() {
        let (written, name, inline) = match arg {
            Arg::Input(word) => {
                options.inputs.push(Input::Text(stdin_or_path(word)));
                continue;
            }
            Arg::Flag {
                written,
                name,
                inline,
            } => (written, name, inline),
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--jsonl" if inline.is_none() => options.jsonl = true,
            "--published" => {
                options.published = Some(shared::published(&args.value(&name, inline)?)?);
            }
            "--threshold" => {
                options.threshold = Some(shared::fraction(&name, &args.value(&name, inline)?)?)
            }
            "--quotes-only" if inline.is_none() => options.quotes_only = true,
            "--map" if inline.is_none() => options.map = true,
            "--jobs" => options.jobs = shared::jobs(&args.value(&name, inline)?)?,
            "--articles" => {
                let path = stdin_or_path(args.value(&name, inline)?);
                options.inputs.push(Input::Articles(path));
            }
            "--statements" => {
                let path = stdin_or_path(args.value(&name, inline)?);
                options.inputs.push(Input::Statements(path));
            }
            _ => return Err(format!("unknown option {written:?}")),
        }
    }
    let stdin_uses = options
        .inputs
        .iter()
        .filter(|i| {
            matches!(
                i,
                Input::Text(None) | Input::Articles(None) | Input::Statements(None)
            )
        })
        .count();
    shared::stdin_once(stdin_uses)?;
    if options.inputs.is_empty() {
        options.inputs.push(Input::Demo);
    }
    Ok(Command::Run(options))
}

// ---------------------------------------------------------------------------------------
// Reading: inputs → documents → statements in the tracker

/// What is kept of each document: its metadata, for the report.
struct DocInfo {
    id: String,
    source: Source,
    statements: usize,
}

struct Load {
    extractor: Extractor,
    tracker: Tracker,
    docs: Vec<DocInfo>,
    /// Statements read back (`--statements`), with their documents' ids: tracked
    /// once every input is read ([`Load::track_read_back`]).
    read_back: Vec<(String, usize, Statement)>,
    /// With `--map`, where the keyed statements go instead of the tracker.
    map: Option<Mapped>,
    published: Option<Date>,
    failed: bool,
    /// Documents extracted at once: 1, or `CHUNK_PER_JOB` × `--jobs`.
    chunk: usize,
    pending: Vec<Document>,
}

impl Load {
    fn fail(&mut self, message: impl std::fmt::Display) {
        eprintln!("compare: {message}");
        self.failed = true;
    }

    /// Queues one document; a full chunk is extracted and its statements added.
    fn add(&mut self, doc: Document) {
        self.pending.push(doc);
        if self.pending.len() >= self.chunk {
            self.finish_chunk();
        }
    }

    /// Extracts the queued documents (on the thread pool when there are several) and
    /// adds their statements in the order they were read (with `--map`, writes them).
    fn finish_chunk(&mut self) {
        let extractions = match self.pending.as_slice() {
            [] => return,
            [doc] => vec![self.extractor.extract(doc)],
            docs => self.extractor.extract_batch(docs),
        };
        if self.map.is_some() {
            let mut pending = std::mem::take(&mut self.pending);
            for (doc, extraction) in pending.drain(..).zip(extractions) {
                self.write_mapped(&doc.id, extraction.statements);
            }
            self.pending = pending;
            return;
        }
        for (doc, extraction) in self.pending.drain(..).zip(extractions) {
            let statements = self.tracker.add_statements(&doc.id, extraction.statements);
            self.docs.push(DocInfo {
                id: doc.id,
                source: doc.source,
                statements,
            });
        }
    }

    fn input(&mut self, input: &Input) {
        match input {
            Input::Demo => {
                self.add(seed_document());
                self.add(voa_document());
            }
            Input::Text(None) => {
                let mut bytes = Vec::new();
                match io::stdin().lock().read_to_end(&mut bytes) {
                    Ok(_) => self.text_document("stdin", "<stdin>", bytes),
                    Err(e) => self.fail(format_args!("<stdin>: cannot read: {e}")),
                }
            }
            Input::Text(Some(path)) if path.is_dir() => self.folder(path),
            Input::Text(Some(path)) => self.text_file(path),
            Input::Articles(None) => self.articles("<stdin>", io::stdin().lock()),
            Input::Articles(Some(path)) => match File::open(path) {
                Ok(file) => self.articles(&path.display().to_string(), BufReader::new(file)),
                Err(e) => self.fail(format_args!("{}: cannot open: {e}", path.display())),
            },
            Input::Statements(None) => self.statements("<stdin>", io::stdin().lock()),
            Input::Statements(Some(path)) => match File::open(path) {
                Ok(file) => self.statements(&path.display().to_string(), BufReader::new(file)),
                Err(e) => self.fail(format_args!("{}: cannot open: {e}", path.display())),
            },
        }
    }

    fn folder(&mut self, dir: &Path) {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.fail(format_args!("{}: cannot list folder: {e}", dir.display()));
                return;
            }
        };
        let mut files = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => {
                    let path = entry.path();
                    if path.extension().is_some_and(|x| x == "txt") && !path.is_dir() {
                        files.push(path);
                    }
                }
                Err(e) => self.fail(format_args!("{}: cannot list folder: {e}", dir.display())),
            }
        }
        if files.is_empty() {
            eprintln!("compare: note: {}: no .txt files in folder", dir.display());
        }
        files.sort();
        for path in &files {
            self.text_file(path);
        }
    }

    fn text_file(&mut self, path: &Path) {
        let id = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        match fs::read(path) {
            Ok(bytes) => self.text_document(&id, &path.display().to_string(), bytes),
            Err(e) => self.fail(format_args!("{}: cannot read: {e}", path.display())),
        }
    }

    fn text_document(&mut self, id: &str, name: &str, bytes: Vec<u8>) {
        match Document::from_bytes(id, bytes) {
            Ok(doc) => {
                let source = Source {
                    published: self.published,
                    ..Source::default()
                };
                self.add(doc.with_source(source));
            }
            Err(e) => self.fail(format_args!("{name}: {e}")),
        }
    }

    fn articles(&mut self, name: &str, reader: impl BufRead) {
        self.json_lines(
            name,
            reader,
            |load, json, at| match serde_json::from_slice::<Article>(json) {
                Ok(article) => load.add(article.into_document()),
                Err(e) => load.fail(format_args!(
                    "{at}:{}: malformed article: {}",
                    e.column(),
                    serde_message(&e)
                )),
            },
        );
    }

    /// Reads statements as `--map` writes them: the key and its tab, when there, are
    /// passed over (a reducer's input is grouped already), and each statement is added
    /// under its document as it is.
    fn statements(&mut self, name: &str, reader: impl BufRead) {
        self.json_lines(name, reader, |load, line, at| {
            let json = match memchr::memchr(b'\t', line) {
                Some(tab) => &line[tab + 1..],
                None => line,
            };
            match serde_json::from_slice::<Keyed>(json) {
                Ok(keyed) => load.add_statement(keyed.doc, keyed.index, keyed.statement),
                Err(e) => load.fail(format_args!(
                    "{at}:{}: malformed statement: {}",
                    (line.len() - json.len()) + e.column(),
                    serde_message(&e)
                )),
            }
        });
    }

    /// With `--map`, writes a document's statements keyed; a failed write ends the
    /// output (a closed pipe quietly: the reader wanted no more).
    fn write_mapped(&mut self, doc: &str, statements: Vec<Statement>) {
        let Some(mapped) = &mut self.map else {
            return;
        };
        if mapped.closed {
            return;
        }
        if let Err(e) = mapped.write(doc, statements) {
            mapped.closed = true;
            if e.kind() != io::ErrorKind::BrokenPipe {
                self.fail(format_args!("cannot write output: {e}"));
            }
        }
    }

    /// Keeps one statement read back, the `index`th of the document `doc`; with
    /// `--map`, writes it keyed again.
    fn add_statement(&mut self, doc: String, index: usize, statement: Statement) {
        if self.map.is_some() {
            self.write_mapped(&doc, vec![statement]);
        } else {
            self.read_back.push((doc, index, statement));
        }
    }

    /// Adds the statements read back to the tracker, in the order of their documents'
    /// ids and then of their indices in them, each document's at once. The tracker
    /// looks for candidates among the statements added near each one, so a fixed order
    /// makes a reducer's pairs independent of the order its input came in (a shuffle
    /// guarantees none within a key), and the same as those of one run over a folder
    /// of the same documents, whose files are read in the order of their names.
    fn track_read_back(&mut self) {
        let mut read_back = std::mem::take(&mut self.read_back);
        // (Stable: lines without an index keep the order they came in.)
        read_back.sort_by(|(a, i, _), (b, j, _)| (a, i).cmp(&(b, j)));
        let mut statements = read_back.into_iter().peekable();
        while let Some((doc, _, first)) = statements.next() {
            let source = (*first.source).clone();
            let mut batch = vec![first];
            while let Some((_, _, next)) = statements.next_if(|(d, _, _)| *d == doc) {
                batch.push(next);
            }
            let n = self.tracker.add_statements(&doc, batch);
            self.docs.push(DocInfo {
                id: doc,
                source,
                statements: n,
            });
        }
    }

    /// Calls `each` with every line of `reader` that is not blank, without its line
    /// break (so that an error in the last field is placed on this line, "EOF while
    /// parsing", not a control character on the next), and where it stands
    /// (`name:number`). A line that cannot be read ends the input, named.
    fn json_lines(
        &mut self,
        name: &str,
        mut reader: impl BufRead,
        mut each: impl FnMut(&mut Load, &[u8], &str),
    ) {
        let mut line = Vec::new();
        let mut number = 0usize;
        loop {
            line.clear();
            number += 1;
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => return,
                Ok(_) => {}
                Err(e) => {
                    self.fail(format_args!("{name}:{number}: cannot read: {e}"));
                    return;
                }
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let json = line.strip_suffix(b"\n").unwrap_or(&line);
            let json = json.strip_suffix(b"\r").unwrap_or(json);
            each(self, json, &format!("{name}:{number}"));
        }
    }
}

/// The `--map` output: each statement on a line after its speaker's key.
struct Mapped {
    out: BufWriter<io::StdoutLock<'static>>,
    /// True once a write failed: nothing more is written.
    closed: bool,
}

impl Mapped {
    /// Writes `statements`, of the document `doc`, keyed ([`write_keyed`]).
    fn write(&mut self, doc: &str, statements: Vec<Statement>) -> io::Result<()> {
        write_keyed(&mut self.out, doc, statements)
    }
}

/// Writes `statements`, of the document `doc`, as `KEY<TAB>{"doc", "index",
/// "statement"}` lines.
fn write_keyed(out: &mut impl Write, doc: &str, statements: Vec<Statement>) -> io::Result<()> {
    // A tracker of this document alone reads each statement's actors, and cuts a
    // statement that runs on into another's attribution, as a tracker of every
    // document would: both are a matter of the one document.
    let mut tracker = Tracker::new();
    tracker.add_statements(doc, statements);
    for (index, id) in tracker.ids().enumerate() {
        // (Keys are lower-case words; a tab or a line break would break the line.)
        let key = tracker.speaker_key(id).replace(['\t', '\n', '\r'], " ");
        out.write_all(key.as_bytes())?;
        out.write_all(b"\t")?;
        let keyed = KeyedRef {
            doc,
            index,
            statement: tracker.statement(id),
        };
        serde_json::to_writer(&mut *out, &keyed)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A statement with its document, as `--map` writes it after the key.
#[derive(Deserialize)]
struct Keyed {
    doc: String,
    /// The statement's place among its document's (0 when not given).
    #[serde(default)]
    index: usize,
    statement: Statement,
}

/// [`Keyed`], borrowed, for writing.
#[derive(Serialize)]
struct KeyedRef<'a> {
    doc: &'a str,
    index: usize,
    statement: &'a Statement,
}

fn seed_document() -> Document {
    Document::new("us_iraq_troops", SEED_TEXT).with_source(Source {
        publisher: Some("The National".to_string()),
        url: Some(
            "https://www.thenationalnews.com/world/mena/\
             us-reiterates-commitment-to-reduce-troops-from-iraq-1.1032420"
                .to_string(),
        ),
        headline: Some("US reiterates commitment to reduce troops from Iraq".to_string()),
        byline: None,
        published: Date::from_ymd(2020, 6, 11).ok(),
    })
}

/// Voice of America, a work of the US Government in the public domain (17 U.S.C. 105).
fn voa_document() -> Document {
    Document::new("voa_2020061x", VOA_TEXT).with_source(Source {
        publisher: Some("Voice of America".to_string()),
        url: Some(
            "https://voanews.com/amp/\
             middle-east_us-iraq-affirm-their-commitment-us-troop-withdrawal/6190979.html"
                .to_string(),
        ),
        headline: Some("US, Iraq Affirm Their Commitment to US Troop Withdrawal".to_string()),
        byline: None,
        published: Date::from_ymd(2020, 6, 11).ok(),
    })
}

// ---------------------------------------------------------------------------------------
// Running and output

fn run(options: &Options) -> ExitCode {
    let config = options.threshold.map_or_else(MatchConfig::default, |t| {
        MatchConfig::default().with_threshold(t)
    });
    start_threads(options.jobs);
    let chunk = if options.jobs > 1 {
        CHUNK_PER_JOB * options.jobs
    } else {
        1
    };
    let mut load = Load {
        extractor: Extractor::new(Config::builder().quotes_only(options.quotes_only).build()),
        tracker: Tracker::with_config(config),
        docs: Vec::new(),
        published: options.published,
        failed: false,
        chunk,
        pending: Vec::with_capacity(chunk),
        read_back: Vec::new(),
        map: options.map.then(|| Mapped {
            out: BufWriter::new(io::stdout().lock()),
            closed: false,
        }),
    };
    for input in &options.inputs {
        load.input(input);
    }
    load.finish_chunk();
    if let Some(mut mapped) = load.map.take() {
        match mapped.out.flush() {
            _ if mapped.closed => {}
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            Err(e) => load.fail(format_args!("cannot write output: {e}")),
        }
        return if load.failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    load.track_read_back();
    if load.docs.len() < 2 {
        eprintln!("compare: note: fewer than two documents; nothing to compare");
    }
    let tracking = load.tracker.track();
    let mut out = BufWriter::new(io::stdout().lock());
    let written = if options.jsonl {
        write_jsonl(&mut out, &load.tracker, &tracking)
    } else {
        write_readable(&mut out, &load.tracker, &load.docs, &tracking)
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("compare: cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if load.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Sizes the thread pool that `extract_batch` and the tracker run on: `jobs` threads,
/// one included (rayon's default would be one per core).
#[cfg(feature = "parallel")]
fn start_threads(jobs: usize) {
    if let Err(e) = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build_global()
    {
        eprintln!("compare: note: cannot start {jobs} threads ({e}); using the default pool");
    }
}

#[cfg(not(feature = "parallel"))]
fn start_threads(jobs: usize) {
    if jobs > 1 {
        eprintln!(
            "compare: note: built without the `parallel` feature, so --jobs {jobs} reads \
             documents in chunks but works on one thread"
        );
    }
}

/// One side of a pair, as the contract names its fields.
#[derive(Serialize)]
struct SideRow<'a> {
    doc: &'a str,
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    speaker: Option<&'a str>,
}

impl<'a> SideRow<'a> {
    fn new(tracker: &'a Tracker, id: StatementId) -> SideRow<'a> {
        let s: &Statement = tracker.statement(id);
        SideRow {
            doc: tracker.doc(id),
            kind: s.kind.as_str(),
            text: &s.text,
            start: s.span.start,
            end: s.span.end,
            speaker: s.speaker.as_ref().map(|p| p.name.as_str()),
        }
    }
}

#[derive(Serialize)]
struct PairRow<'a> {
    a: SideRow<'a>,
    b: SideRow<'a>,
    similarity: f32,
    score: f32,
    claim: Option<usize>,
    changes: &'a [Change],
}

fn claim_of(tracking: &Tracking) -> HashMap<StatementId, usize> {
    tracking
        .claims
        .iter()
        .flat_map(|c| c.statements.iter().map(move |&s| (s, c.id)))
        .collect()
}

fn write_jsonl(out: &mut impl Write, tracker: &Tracker, tracking: &Tracking) -> io::Result<()> {
    let claims = claim_of(tracking);
    for pair in &tracking.pairs {
        let row = PairRow {
            a: SideRow::new(tracker, pair.a),
            b: SideRow::new(tracker, pair.b),
            similarity: round(pair.diff.similarity),
            score: round(pair.score),
            claim: claims.get(&pair.a).copied(),
            changes: &pair.diff.changes,
        };
        serde_json::to_writer(&mut *out, &row)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

fn write_readable(
    out: &mut impl Write,
    tracker: &Tracker,
    docs: &[DocInfo],
    tracking: &Tracking,
) -> io::Result<()> {
    for d in docs {
        let mut about: Vec<String> = [&d.source.publisher, &d.source.headline]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        about.extend(d.source.published.map(|p| p.to_string()));
        write!(out, "== {}", d.id)?;
        if !about.is_empty() {
            write!(out, " ({})", about.join(", "))?;
        }
        writeln!(out, ": {} statements", d.statements)?;
    }
    let n = tracking.pairs.len();
    writeln!(
        out,
        "\n{n} pair{} of corresponding statements in different documents",
        if n == 1 { "" } else { "s" }
    )?;
    for (k, pair) in tracking.pairs.iter().enumerate() {
        write_pair(out, tracker, k + 1, pair)?;
    }
    let wide: Vec<_> = tracking
        .claims
        .iter()
        .filter(|c| {
            let mut docs: Vec<&str> = c.statements.iter().map(|&s| tracker.doc(s)).collect();
            docs.sort_unstable();
            docs.dedup();
            docs.len() >= 3
        })
        .collect();
    for claim in wide {
        let timeline = tracker.timeline(claim);
        writeln!(
            out,
            "\nclaim {} in {} versions:",
            claim.id,
            timeline.versions.len()
        )?;
        for (k, v) in timeline.versions.iter().enumerate() {
            let s = tracker.statement(v.statement);
            let when = v
                .said
                .or(v.published)
                .map_or_else(|| "—".to_string(), |d| d.to_string());
            writeln!(
                out,
                "  {}. {when}  {}  {}",
                k + 1,
                v.doc,
                shorten(&s.text, 80)
            )?;
            if let Some(step) = k.checked_sub(1).and_then(|p| timeline.steps.get(p)) {
                let kinds: Vec<&str> = step.diff.kinds().iter().map(|k| k.as_str()).collect();
                writeln!(out, "     since {}: {}", k, kinds.join(", "))?;
            }
        }
        if let Some(step) = &timeline.first_to_last {
            let kinds: Vec<&str> = step.diff.kinds().iter().map(|k| k.as_str()).collect();
            writeln!(out, "  first to last: {}", kinds.join(", "))?;
        }
    }
    Ok(())
}

fn write_pair(out: &mut impl Write, tracker: &Tracker, k: usize, pair: &Pair) -> io::Result<()> {
    writeln!(
        out,
        "\n[{k}] similarity {:.2} (score {:.2})",
        pair.diff.similarity, pair.score
    )?;
    for (side, id) in [("a", pair.a), ("b", pair.b)] {
        let s = tracker.statement(id);
        let speaker = s.speaker.as_ref().map_or("—", |p| p.name.as_str());
        let cue = s.cue.as_ref().map_or("—", |c| c.text.as_str());
        writeln!(
            out,
            "  {side}  {} {}..{}  {}  {speaker} ({cue})",
            tracker.doc(id),
            s.span.start,
            s.span.end,
            s.kind.as_str(),
        )?;
        writeln!(out, "     {}", shorten(&s.text, 110))?;
    }
    for change in &pair.diff.changes {
        writeln!(
            out,
            "  - {:<17}{}",
            change.kind().as_str(),
            describe(&change.detail)
        )?;
    }
    Ok(())
}

/// The details of a change on one line.
fn describe(detail: &Detail) -> String {
    let list = |v: &[String]| {
        if v.is_empty() {
            "—".to_string()
        } else {
            v.join(", ")
        }
    };
    match detail {
        Detail::Identical => String::new(),
        Detail::QuoteAltered { from, to, material } => format!(
            "“{}” → “{}”{}",
            shorten(from, 50),
            shorten(to, 50),
            if *material { " (material)" } else { "" }
        ),
        Detail::QuoteTruncated { removed, at } => {
            format!("cut at the {at:?}: “{}”", shorten(removed, 80)).to_lowercase()
        }
        Detail::QuoteExtended { added, at } => {
            format!("added at the {at:?}: “{}”", shorten(added, 80)).to_lowercase()
        }
        Detail::ModeChanged { from, to } => format!("{} → {}", from.as_str(), to.as_str()),
        Detail::NumberChanged { from, to, .. } => format!("“{from}” → “{to}”"),
        Detail::HedgeChanged { from, to } => format!("{} → {}", list(from), list(to)),
        Detail::NegationChanged {
            from,
            to,
            removed,
            added,
        } => format!(
            "{from:?} → {to:?} (removed: {}; added: {})",
            list(removed),
            list(added)
        )
        .to_lowercase(),
        Detail::CueChanged {
            from,
            to,
            from_class,
            to_class,
        } => format!("“{from}” → “{to}” ({from_class:?} → {to_class:?})"),
        Detail::SpeakerChanged { from, to, relation } => format!(
            "{} → {} ({relation:?})",
            from.as_deref().unwrap_or("—"),
            to.as_deref().unwrap_or("—")
        ),
        Detail::DateChanged { from, to, scope } => format!("{from} → {to} ({scope:?})"),
        Detail::Reworded {
            similarity,
            removed,
            added,
        } => format!(
            "similarity {similarity:.2}; removed: {}; added: {}",
            list(removed),
            list(added)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quotetrack::StatementKind;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn no_input_means_the_demo() {
        match parse(&["--jsonl"]) {
            Ok(Command::Run(o)) => assert_eq!(o.inputs, [Input::Demo]),
            _ => panic!("expected a run"),
        }
    }

    #[test]
    fn usage_errors() {
        for bad in [
            &["--nope"][..],
            &["--threshold", "2"],
            &["--published", "June"],
            &["-", "--articles", "-"],
            &["--jobs", "x"],
            &["--jobs", "-2"],
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn map_and_statements_parse() {
        match parse(&["--map", "--statements", "-", "a.txt"]) {
            Ok(Command::Run(o)) => {
                assert!(o.map);
                assert_eq!(
                    o.inputs,
                    [Input::Statements(None), Input::Text(Some("a.txt".into()))]
                );
            }
            _ => panic!("expected a run"),
        }
        assert!(parse(&["--statements", "-", "-"]).is_err());
        assert!(parse(&["--statements"]).is_err());
    }

    /// The demo's statements, keyed as `--map` writes them.
    fn keyed_demo() -> Vec<u8> {
        let mut lines = Vec::new();
        for doc in [seed_document(), voa_document()] {
            let statements = Extractor::default().extract(&doc).statements;
            write_keyed(&mut lines, &doc.id, statements).unwrap();
        }
        lines
    }

    #[test]
    fn keyed_statements_read_back_in_any_order_track_as_their_documents_do() {
        let mut direct = empty_load(1);
        direct.add(seed_document());
        direct.add(voa_document());
        direct.finish_chunk();
        let keyed = keyed_demo();
        let text = std::str::from_utf8(&keyed).unwrap();
        // Each line is the speaker's key, a tab and the statement.
        assert!(text.lines().all(|l| l.split('\t').count() == 2));
        assert!(text.lines().any(|l| l.starts_with("person:schenker\t")));
        // A shuffle's order: lines grouped by key, the groups in any order.
        let mut lines: Vec<&str> = text.lines().collect();
        lines.sort_by_key(|l| std::cmp::Reverse(l.split('\t').next()));
        let mut reduced = empty_load(1);
        reduced.statements("keyed", lines.join("\n").as_bytes());
        reduced.track_read_back();
        assert!(!reduced.failed);
        assert_eq!(reduced.tracker.len(), direct.tracker.len());
        let tracked = direct.tracker.track();
        assert!(!tracked.pairs.is_empty());
        assert_eq!(reduced.tracker.track(), tracked);
    }

    #[test]
    fn a_malformed_statement_line_is_named_and_the_others_are_read() {
        let keyed = keyed_demo();
        let text = std::str::from_utf8(&keyed).unwrap();
        let mut lines: Vec<&str> = text.lines().collect();
        let n = lines.len();
        lines.insert(
            2,
            "person:x\t{\"doc\": \"a\", \"statement\": {\"kind\": 3}}",
        );
        let mut load = empty_load(1);
        load.statements("keyed", lines.join("\n").as_bytes());
        assert!(load.failed);
        assert_eq!(load.read_back.len(), n);
    }

    #[test]
    fn quotes_only_is_a_flag() {
        match parse(&["--quotes-only"]) {
            Ok(Command::Run(o)) => assert!(o.quotes_only),
            _ => panic!("expected a run"),
        }
        assert!(parse(&["--quotes-only=yes"]).is_err());
    }

    #[test]
    fn quotes_only_tracks_quotations_alone() {
        let mut load = empty_load(1);
        load.extractor = Extractor::new(Config::builder().quotes_only(true).build());
        load.add(seed_document());
        load.add(voa_document());
        let tracker = &load.tracker;
        assert!(!tracker.is_empty());
        for id in tracker.ids() {
            let kind = tracker.statement(id).kind;
            assert!(
                matches!(kind, StatementKind::Direct | StatementKind::Mixed),
                "{kind:?} tracked"
            );
        }
        // Fewer statements than the default reading, which adds reported speech.
        let mut full = empty_load(1);
        full.add(seed_document());
        full.add(voa_document());
        assert!(tracker.len() < full.tracker.len());
    }

    fn empty_load(chunk: usize) -> Load {
        Load {
            extractor: Extractor::default(),
            tracker: Tracker::new(),
            docs: Vec::new(),
            published: None,
            failed: false,
            chunk,
            pending: Vec::new(),
            read_back: Vec::new(),
            map: None,
        }
    }

    #[test]
    fn chunks_keep_the_input_order() {
        let docs = || {
            let mut docs = vec![seed_document(), voa_document()];
            for i in 0..5 {
                let text = format!("“We will keep {i},000 troops,” Mr Smith said on Monday.");
                docs.push(Document::new(format!("d{i}"), text));
            }
            docs
        };
        let mut one = empty_load(1);
        for doc in docs() {
            one.add(doc);
        }
        one.finish_chunk();
        for chunk in [2, 3, 8] {
            let mut many = empty_load(chunk);
            for doc in docs() {
                many.add(doc);
            }
            many.finish_chunk();
            let ids = |l: &Load| l.docs.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
            assert_eq!(ids(&one), ids(&many));
            assert_eq!(
                one.tracker.track(),
                many.tracker.track(),
                "chunks of {chunk}"
            );
        }
    }

    #[test]
    fn demo_pairs_serialise_with_the_contract_fields() {
        let mut tracker = Tracker::new();
        tracker.add_document(&seed_document());
        tracker.add_document(&voa_document());
        let tracking = tracker.track();
        assert!(!tracking.pairs.is_empty());
        let mut out = Vec::new();
        write_jsonl(&mut out, &tracker, &tracking).unwrap();
        for line in String::from_utf8(out).unwrap().lines() {
            let row: serde_json::Value = serde_json::from_str(line).unwrap();
            for side in ["a", "b"] {
                for field in ["doc", "kind", "text", "start", "end", "speaker"] {
                    assert!(row[side].get(field).is_some(), "{side}.{field} missing");
                }
            }
            let sim = row["similarity"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&sim));
            assert!(row["changes"].as_array().is_some_and(|c| !c.is_empty()));
            assert!(row["changes"][0]["kind"].is_string());
        }
    }
}
