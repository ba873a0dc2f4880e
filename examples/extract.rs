//! Extract attributed statements from news text, as a table or as JSONL.
//!
//! ```text
//! cargo run --release --example extract -- [--jsonl] [--published YYYY-MM-DD]
//!     [--articles FILE.jsonl|-] [--min-confidence X] [--beliefs] [--quotes-only]
//!     [--jobs N] [PATH|-]...
//! ```
//!
//! With no PATH and no `--articles` it runs on the embedded seed article. A PATH is a
//! `.txt` file (doc id = file stem), a folder (every `*.txt` in it, sorted by name) or
//! `-` for standard input (doc id `stdin`). `--articles` reads one JSON article per line:
//! `{"id", "text", "published", "publisher", "url", "headline", "byline"}`, all but `id`
//! and `text` optional. Inputs are handled in the order given, one document at a time,
//! and output is written as each document is done, so memory is bounded by the largest
//! document, not by the corpus.
//!
//! `--jobs N` extracts on N threads (built with `--features parallel`; without it the
//! documents are still read in chunks but extracted on one thread). Documents are read
//! in order, in chunks of 64 × N; each chunk is parsed, extracted and formatted on the
//! thread pool while the previous one is written, in input order, and the next one read.
//! Memory is then bounded by three chunks' largest documents, output lags input by a
//! chunk, and bad inputs are reported in input order, as with one thread.
//!
//! `--jsonl` writes one flat object per statement with the fields of
//! `../shared/eval/FORMAT.md` (`doc`, `kind`, `text`, `start`, `end`, `speaker`,
//! `speaker_kind`, `cue`, `date`, `date_precision`) plus `speaker_role` and
//! `speaker_affiliation` (the speaker's title or description, and the body or place they
//! belong to: "Sen. Ted Cruz of Texas" → "Sen.", "Texas"), `date_origin` (`text` when a
//! time expression attached to the report gave the date, `publication` when the
//! publication date stands in), `date_start` and `date_end` (that expression's byte span),
//! `content_dates` (the dates written inside the statement, each
//! `{"date", "precision", "start", "end"}`), `cue_class`, `confidence`, `rule` and
//! `paragraph`. In the table, a publication date standing in is shown in brackets.
//!
//! Exit codes: 0 when every input was read, 1 when some input could not be (each one is
//! named on stderr and the rest are still processed), 2 for a usage error.

use quotetrack::{Config, Date, Document, Extraction, Extractor, Source, Statement};
use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

#[path = "shared/mod.rs"]
mod shared;
use shared::{Arg, Article, serde_message, shorten, stdin_or_path};

const USAGE: &str = "usage: extract [--jsonl] [--published YYYY-MM-DD] \
[--articles FILE.jsonl|-] [--min-confidence X] [--beliefs] [--quotes-only] [--jobs N] [PATH|-]...";

const HELP: &str = "\
Extract attributed quotes and reported speech from news text.

Inputs (handled in the order given):
  PATH                    a .txt file (doc id = file stem), or a folder: every *.txt
                          in it, sorted by name
  -                       standard input, one document (doc id \"stdin\")
  --articles FILE.jsonl   one JSON article per line: {\"id\", \"text\", \"published\",
                          \"publisher\", \"url\", \"headline\", \"byline\"}, all but id and
                          text optional; `--articles -` reads them from standard input
  (none)                  the embedded seed article, a US-Iraq report from The National

Options:
  --jsonl                 one JSON object per statement instead of a table
  --published DATE        publication date of plain-text inputs (YYYY-MM-DD, YYYY-MM
                          or YYYY); articles give their own
  --min-confidence X      drop statements below confidence X (0 to 1)
  --beliefs               also report what sources believe, hope, fear, want or
                          intend (\"X believes the plan will work\"), as kind \"belief\"
  --quotes-only           find quotations only (kinds \"direct\" and \"mixed\"), not
                          reported speech nor beliefs: about twice as fast
  --jobs N                extract N documents at a time on N threads (with the
                          `parallel` feature; 1 by default, 0 means one per core);
                          output keeps the input order
  -h, --help              print this help

Exit status: 0 on success, 1 if some input could not be read (the others are still
processed), 2 on a usage error.";

/// The embedded demo article: its text ships with the crate, its metadata is here.
const SEED_ID: &str = "us_iraq_troops";
const SEED_TEXT: &str = include_str!("seed/us_iraq_troops.txt");

fn main() -> ExitCode {
    let options = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Run(options)) => options,
        Ok(Command::Help) => {
            // A closed stdout is no reason to complain about help text.
            let _ = writeln!(io::stdout().lock(), "{USAGE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("extract: {message}\n{USAGE}\nTry 'extract --help' for more.");
            return ExitCode::from(2);
        }
    };
    run(&options)
}

// ---------------------------------------------------------------------------------------
// Arguments

/// What the command line asks for.
enum Command {
    Help,
    Run(Options),
}

/// The parsed command line of a run.
struct Options {
    jsonl: bool,
    published: Option<Date>,
    min_confidence: f32,
    /// Also report beliefs (`StatementKind::Belief`).
    beliefs: bool,
    /// Find quotations only (`Config::quotes_only`).
    quotes_only: bool,
    /// Threads to extract on; documents are read in chunks of `CHUNK_PER_JOB` × jobs.
    jobs: usize,
    inputs: Vec<Input>,
}

/// Documents read per thread before a chunk is extracted: enough that one long article
/// does not leave the other threads idle at the end of a chunk, few enough to keep
/// memory small. On PolNeAR train ×5 with 2 threads, once extraction had got faster, 16
/// gave a median speed-up of 1.57 over one thread and 64 gave 1.69 (16 pairs of runs);
/// with 64, 100 MB of articles peak at 12.8 MB of memory on 2 threads.
const CHUNK_PER_JOB: usize = 64;

/// One input, in command-line order.
#[derive(Debug, PartialEq)]
enum Input {
    /// The embedded seed article (when no input is named).
    Seed,
    /// A text file or folder of them; `None` is standard input.
    Text(Option<PathBuf>),
    /// A JSONL file of articles; `None` is standard input.
    Articles(Option<PathBuf>),
}

/// Reads the command line (without the program name).
fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut options = Options {
        jsonl: false,
        published: None,
        min_confidence: 0.0,
        beliefs: false,
        quotes_only: false,
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
            "--beliefs" if inline.is_none() => options.beliefs = true,
            "--quotes-only" if inline.is_none() => options.quotes_only = true,
            "--published" => {
                options.published = Some(shared::published(&args.value(&name, inline)?)?);
            }
            "--min-confidence" => {
                options.min_confidence = shared::fraction(&name, &args.value(&name, inline)?)?
            }
            "--jobs" => options.jobs = shared::jobs(&args.value(&name, inline)?)?,
            "--articles" => {
                let path = stdin_or_path(args.value(&name, inline)?);
                options.inputs.push(Input::Articles(path));
            }
            _ => return Err(format!("unknown option {written:?}")),
        }
    }
    let stdin_uses = options
        .inputs
        .iter()
        .filter(|i| matches!(i, Input::Text(None) | Input::Articles(None)))
        .count();
    shared::stdin_once(stdin_uses)?;
    if options.inputs.is_empty() {
        options.inputs.push(Input::Seed);
    }
    Ok(Command::Run(options))
}

// ---------------------------------------------------------------------------------------
// Running: inputs → documents → extraction → output

/// Output stopped: the reader went away (quietly) or writing failed (loudly).
enum Stop {
    ClosedPipe,
    Write(io::Error),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Stop::ClosedPipe
        } else {
            Stop::Write(e)
        }
    }
}

/// The state of a run: how documents become output, where output and messages go, the
/// work read but not yet done, and whether any input failed.
struct Run<W: Write, E: Write> {
    render: Render,
    published: Option<Date>,
    out: W,
    /// Where bad inputs are named (standard error, or a buffer in tests).
    err: E,
    failed: bool,
    /// Pieces of work done at once: 1, or `CHUNK_PER_JOB` × `--jobs`.
    chunk: usize,
    /// Work read, waiting for its chunk to fill.
    pending: Vec<Work>,
    /// The chunk being done in the background, to be written next.
    running: Option<Batch>,
}

/// One document's worth of input as it was read, before anything is done with it: the
/// unit a chunk hands to the thread pool. Parsing, extraction and formatting then all
/// happen on one thread, and only the finished bytes cross to the thread that writes.
enum Work {
    /// A document ready to extract.
    Document(Document),
    /// A JSONL line of articles (without its line break), with its file and line
    /// number for the message if it is malformed.
    Article {
        name: Arc<str>,
        number: usize,
        line: Vec<u8>,
    },
    /// A failure met while reading, reported in its place among the documents.
    Failed(String),
}

/// What a piece of work gives: its rows, ready to write, or the failure to report.
type Rendered = Result<Vec<u8>, String>;

/// Turns work into output: the engine and the output format, shared by the threads.
#[derive(Clone)]
struct Render {
    extractor: Extractor,
    jsonl: bool,
}

impl Render {
    /// Parses, extracts and formats one piece of work.
    fn render(&self, work: Work) -> Rendered {
        let doc = match work {
            Work::Document(doc) => doc,
            Work::Article { name, number, line } => {
                match serde_json::from_slice::<Article>(&line) {
                    Ok(article) => article.into_document(),
                    Err(e) => {
                        return Err(format!(
                            "{name}:{number}:{}: malformed article: {}",
                            e.column(),
                            serde_message(&e)
                        ));
                    }
                }
            }
            Work::Failed(message) => return Err(message),
        };
        let extraction = self.extractor.extract(&doc);
        let mut rows = Vec::new();
        let written = if self.jsonl {
            write_jsonl(&mut rows, &doc, &extraction)
        } else {
            write_table(&mut rows, &doc, &extraction)
        };
        // Writing to memory fails only if a row cannot be formatted at all.
        written.map_err(|e| format!("{}: cannot format the statements: {e}", doc.id))?;
        Ok(rows)
    }
}

/// A chunk of work, done or still being done, in input order.
enum Batch {
    Ready(Vec<Rendered>),
    /// On the thread pool; the results come back in input order.
    #[cfg(feature = "parallel")]
    Running(std::sync::mpsc::Receiver<Vec<Rendered>>),
}

impl<W: Write, E: Write> Run<W, E> {
    fn new(options: &Options, out: W, err: E) -> Run<W, E> {
        let config = Config::builder()
            .min_confidence(options.min_confidence)
            .beliefs(options.beliefs)
            .quotes_only(options.quotes_only)
            .build();
        let chunk = if options.jobs > 1 {
            CHUNK_PER_JOB * options.jobs
        } else {
            1
        };
        Run {
            render: Render {
                extractor: Extractor::new(config),
                jsonl: options.jsonl,
            },
            published: options.published,
            out,
            err,
            failed: false,
            chunk,
            pending: Vec::with_capacity(chunk),
            running: None,
        }
    }

    /// Queues one document.
    fn process(&mut self, doc: Document) -> Result<(), Stop> {
        self.queue(Work::Document(doc))
    }

    /// Queues one piece of work; a full chunk is started and the one before it written.
    fn queue(&mut self, work: Work) -> Result<(), Stop> {
        self.pending.push(work);
        if self.pending.len() >= self.chunk {
            self.finish_chunk()?;
        }
        Ok(())
    }

    /// Starts the queued work and writes the chunk before it.
    ///
    /// With `--jobs` above 1 (and the `parallel` feature) the chunk is parsed,
    /// extracted and formatted on the thread pool while this thread writes the previous
    /// chunk's rows and reads the next one's lines, so that this thread is seldom busy
    /// and the pool's threads have the cores to themselves. Output lags input by one
    /// chunk, and at most three chunks are in memory. Otherwise each chunk is done here
    /// and written at once.
    fn finish_chunk(&mut self) -> Result<(), Stop> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let work = std::mem::replace(&mut self.pending, Vec::with_capacity(self.chunk));
        let batch = self.start(work);
        if let Some(earlier) = self.running.take() {
            self.write_batch(earlier)?;
        }
        match batch {
            Batch::Ready(..) => self.write_batch(batch),
            #[cfg(feature = "parallel")]
            Batch::Running(_) => {
                self.running = Some(batch);
                Ok(())
            }
        }
    }

    /// Does and writes everything still queued or running.
    fn finish(&mut self) -> Result<(), Stop> {
        self.finish_chunk()?;
        match self.running.take() {
            Some(batch) => self.write_batch(batch),
            None => Ok(()),
        }
    }

    /// Does `work`: in the background on the thread pool when there are several pieces
    /// and the `parallel` feature is on, else here and now.
    fn start(&self, work: Vec<Work>) -> Batch {
        #[cfg(feature = "parallel")]
        if work.len() > 1 {
            use rayon::prelude::*;
            let (done, result) = std::sync::mpsc::channel();
            let render = self.render.clone();
            rayon::spawn(move || {
                // One piece per task: articles differ in size by orders of magnitude,
                // and work stealing evens that out better than fixed splits would.
                let rendered = work
                    .into_par_iter()
                    .with_max_len(1)
                    .map(|work| render.render(work))
                    .collect();
                // The receiver is gone only when the run already stopped.
                let _ = done.send(rendered);
            });
            return Batch::Running(result);
        }
        Batch::Ready(work.into_iter().map(|w| self.render.render(w)).collect())
    }

    /// Writes a chunk's rows and reports its failures, in the order they were read,
    /// once the chunk is done.
    // Without the `parallel` feature a batch is always ready, and the match has one arm.
    #[cfg_attr(
        not(feature = "parallel"),
        allow(clippy::infallible_destructuring_match)
    )]
    fn write_batch(&mut self, batch: Batch) -> Result<(), Stop> {
        let rendered = match batch {
            Batch::Ready(rendered) => rendered,
            // A send never happens only if extraction panicked, and a panic in a rayon
            // job aborts the process before this could be reached.
            #[cfg(feature = "parallel")]
            Batch::Running(result) => result.recv().expect("extraction thread ended"),
        };
        for piece in rendered {
            match piece {
                Ok(rows) => self.out.write_all(&rows)?,
                Err(message) => self.report(message),
            }
        }
        // One flush per chunk keeps a pipeline moving without a syscall per line.
        self.out.flush()?;
        Ok(())
    }

    /// A bad input, reported in its place among the documents read before and after
    /// it; the run goes on and exits with 1.
    fn fail(&mut self, message: impl std::fmt::Display) -> Result<(), Stop> {
        self.queue(Work::Failed(message.to_string()))
    }

    /// Reports a failure now; the run exits with 1.
    fn report(&mut self, message: impl std::fmt::Display) {
        // Nowhere left to report a failure to report: the exit code still says it.
        let _ = writeln!(self.err, "extract: {message}");
        self.failed = true;
    }

    /// A remark that is not a failure.
    fn note(&mut self, message: impl std::fmt::Display) {
        let _ = writeln!(self.err, "extract: note: {message}");
    }

    /// Handles one command-line input, document by document.
    fn input(&mut self, input: &Input) -> Result<(), Stop> {
        match input {
            Input::Seed => self.process(seed_document()),
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
        }
    }

    /// Every `*.txt` file of a folder, sorted by name (not recursive).
    fn folder(&mut self, dir: &Path) -> Result<(), Stop> {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                return self.fail(format_args!("{}: cannot list folder: {e}", dir.display()));
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
                Err(e) => self.fail(format_args!("{}: cannot list folder: {e}", dir.display()))?,
            }
        }
        if files.is_empty() {
            self.note(format_args!("{}: no .txt files in folder", dir.display()));
        }
        // By file name: every path has the same folder, so this is the order of
        // `Path`'s own comparison, without parsing each path into components at every
        // comparison.
        files.sort_by_cached_key(|path| path.file_name().map(ToOwned::to_owned));
        for path in &files {
            self.text_file(path)?;
        }
        Ok(())
    }

    /// One plain-text file; its doc id is the file stem.
    fn text_file(&mut self, path: &Path) -> Result<(), Stop> {
        if path.extension().is_some_and(|x| x == "jsonl") {
            self.note(format_args!(
                "{} is read as plain text; use --articles for JSONL",
                path.display()
            ));
        }
        let id = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        match fs::read(path) {
            Ok(bytes) => self.text_document(&id, &path.display().to_string(), bytes),
            Err(e) => self.fail(format_args!("{}: cannot read: {e}", path.display())),
        }
    }

    /// Plain text from `name`, which must be UTF-8; `--published` gives its date.
    fn text_document(&mut self, id: &str, name: &str, bytes: Vec<u8>) -> Result<(), Stop> {
        match Document::from_bytes(id, bytes) {
            Ok(doc) => {
                let source = Source {
                    published: self.published,
                    ..Source::default()
                };
                self.process(doc.with_source(source))
            }
            Err(e) => self.fail(format_args!("{name}: {e}")),
        }
    }

    /// A JSONL stream of articles, each queued as soon as its line is read and parsed
    /// where it is extracted.
    fn articles(&mut self, name: &str, mut reader: impl BufRead) -> Result<(), Stop> {
        let name: Arc<str> = Arc::from(name);
        let mut number = 0usize;
        loop {
            let mut line = Vec::new();
            number += 1;
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => return Ok(()),
                Ok(_) => {}
                Err(e) => return self.fail(format_args!("{name}:{number}: cannot read: {e}")),
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            // Without its line break, so that an error in the last field is placed on
            // this line ("EOF while parsing", not a control character on the next).
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            self.queue(Work::Article {
                name: Arc::clone(&name),
                number,
                line,
            })?;
        }
    }
}

/// Runs every input on standard output and error, and turns the outcome into an exit
/// code.
fn run(options: &Options) -> ExitCode {
    if options.jobs > 1 {
        start_threads(options.jobs);
    }
    let out = BufWriter::new(io::stdout().lock());
    if run_to(options, out, io::stderr().lock()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Sizes the thread pool that `extract_batch` runs on.
#[cfg(feature = "parallel")]
fn start_threads(jobs: usize) {
    if let Err(e) = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build_global()
    {
        eprintln!("extract: note: cannot start {jobs} threads ({e}); using the default pool");
    }
}

#[cfg(not(feature = "parallel"))]
fn start_threads(jobs: usize) {
    eprintln!(
        "extract: note: built without the `parallel` feature, so --jobs {jobs} reads \
         documents in chunks but extracts them on one thread"
    );
}

/// Runs every input, writing statements to `out` and bad inputs to `err`. True when
/// every input was read and all output written; a reader that went away (a closed
/// pipe) ends the run quietly and counts as success.
fn run_to(options: &Options, out: impl Write, err: impl Write) -> bool {
    let mut run = Run::new(options, out, err);
    let mut outcome = Ok(());
    for input in &options.inputs {
        outcome = run.input(input);
        if outcome.is_err() {
            break;
        }
    }
    match outcome.and_then(|()| run.finish()) {
        Ok(()) | Err(Stop::ClosedPipe) => !run.failed,
        Err(Stop::Write(e)) => {
            run.report(format_args!("cannot write output: {e}"));
            false
        }
    }
}

fn seed_document() -> Document {
    let source = Source {
        publisher: Some("The National".to_string()),
        url: Some(
            "https://www.thenationalnews.com/world/mena/\
             us-reiterates-commitment-to-reduce-troops-from-iraq-1.1032420"
                .to_string(),
        ),
        headline: Some("US reiterates commitment to reduce troops from Iraq".to_string()),
        byline: None,
        published: Date::from_ymd(2020, 6, 11).ok(),
    };
    Document::new(SEED_ID, SEED_TEXT).with_source(source)
}

// ---------------------------------------------------------------------------------------
// JSONL articles in

// ---------------------------------------------------------------------------------------
// Output

/// One statement as a flat JSON object: the fields of `eval/FORMAT.md` and a few more.
struct Row<'a> {
    doc: &'a str,
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    speaker: Option<&'a str>,
    speaker_kind: Option<quotetrack::SpeakerKind>,
    speaker_role: Option<&'a str>,
    speaker_affiliation: Option<&'a str>,
    cue: Option<&'a str>,
    cue_class: Option<quotetrack::CueClass>,
    date: Option<Date>,
    date_precision: Option<quotetrack::DatePrecision>,
    date_origin: Option<quotetrack::DateOrigin>,
    date_start: Option<usize>,
    date_end: Option<usize>,
    content_dates: Vec<ContentDate>,
    confidence: f32,
    rule: &'a str,
    paragraph: usize,
}

/// A date written inside a statement, with where it is written.
struct ContentDate {
    date: Date,
    precision: quotetrack::DatePrecision,
    start: usize,
    end: usize,
}

impl<'a> Row<'a> {
    fn new(doc: &'a str, s: &'a Statement) -> Row<'a> {
        Row {
            doc,
            kind: s.kind.as_str(),
            text: &s.text,
            start: s.span.start,
            end: s.span.end,
            speaker: s.speaker.as_ref().map(|p| p.name.as_str()),
            speaker_kind: s.speaker.as_ref().map(|p| p.kind),
            speaker_role: s.speaker.as_ref().and_then(|p| p.role.as_deref()),
            speaker_affiliation: s.speaker.as_ref().and_then(|p| p.affiliation.as_deref()),
            cue: s.cue.as_ref().map(|c| c.text.as_str()),
            cue_class: s.cue.as_ref().map(|c| c.class),
            date: s.date.map(|d| d.date),
            date_precision: s.date.map(|d| d.date.precision()),
            date_origin: s.date.map(|d| d.origin),
            date_start: s.date.and_then(|d| d.span).map(|span| span.start),
            date_end: s.date.and_then(|d| d.span).map(|span| span.end),
            content_dates: s
                .content_dates
                .iter()
                .filter_map(|d| {
                    d.span.map(|span| ContentDate {
                        date: d.date,
                        precision: d.date.precision(),
                        start: span.start,
                        end: span.end,
                    })
                })
                .collect(),
            confidence: s.confidence,
            rule: &s.rule,
            paragraph: s.paragraph,
        }
    }

    /// Appends the row as one JSON object, fields in declaration order.
    ///
    /// Written by hand rather than derived: going through `Serialize` escapes every key
    /// and scans every string byte by byte, which cost as much as a tenth of a run. Keys
    /// are written as they are, strings through [`json_str`], and every other value
    /// still through `serde_json`, so the bytes are the ones the derive wrote.
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        out.extend_from_slice(b"{\"doc\":");
        json_str(out, self.doc);
        out.extend_from_slice(b",\"kind\":");
        json_str(out, self.kind);
        out.extend_from_slice(b",\"text\":");
        json_str(out, self.text);
        out.extend_from_slice(b",\"start\":");
        serde_json::to_writer(&mut *out, &self.start)?;
        out.extend_from_slice(b",\"end\":");
        serde_json::to_writer(&mut *out, &self.end)?;
        out.extend_from_slice(b",\"speaker\":");
        json_opt_str(out, self.speaker);
        out.extend_from_slice(b",\"speaker_kind\":");
        json_speaker_kind(out, self.speaker_kind);
        out.extend_from_slice(b",\"speaker_role\":");
        json_opt_str(out, self.speaker_role);
        out.extend_from_slice(b",\"speaker_affiliation\":");
        json_opt_str(out, self.speaker_affiliation);
        out.extend_from_slice(b",\"cue\":");
        json_opt_str(out, self.cue);
        out.extend_from_slice(b",\"cue_class\":");
        json_cue_class(out, self.cue_class)?;
        out.extend_from_slice(b",\"date\":");
        serde_json::to_writer(&mut *out, &self.date)?;
        out.extend_from_slice(b",\"date_precision\":");
        serde_json::to_writer(&mut *out, &self.date_precision)?;
        out.extend_from_slice(b",\"date_origin\":");
        serde_json::to_writer(&mut *out, &self.date_origin)?;
        out.extend_from_slice(b",\"date_start\":");
        serde_json::to_writer(&mut *out, &self.date_start)?;
        out.extend_from_slice(b",\"date_end\":");
        serde_json::to_writer(&mut *out, &self.date_end)?;
        out.extend_from_slice(b",\"content_dates\":[");
        for (i, d) in self.content_dates.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"date\":");
            serde_json::to_writer(&mut *out, &d.date)?;
            out.extend_from_slice(b",\"precision\":");
            serde_json::to_writer(&mut *out, &d.precision)?;
            out.extend_from_slice(b",\"start\":");
            serde_json::to_writer(&mut *out, &d.start)?;
            out.extend_from_slice(b",\"end\":");
            serde_json::to_writer(&mut *out, &d.end)?;
            out.push(b'}');
        }
        out.extend_from_slice(b"],\"confidence\":");
        serde_json::to_writer(&mut *out, &self.confidence)?;
        out.extend_from_slice(b",\"rule\":");
        json_str(out, self.rule);
        out.extend_from_slice(b",\"paragraph\":");
        serde_json::to_writer(&mut *out, &self.paragraph)?;
        out.push(b'}');
        Ok(())
    }
}

/// Appends a speaker kind as `serde_json` writes it (its snake_case name), or `null`:
/// by name rather than through `Serialize`, which cost more than the rest of the
/// field's row.
fn json_speaker_kind(out: &mut Vec<u8>, kind: Option<quotetrack::SpeakerKind>) {
    use quotetrack::SpeakerKind;
    let name: &[u8] = match kind {
        None => b"null",
        Some(SpeakerKind::Person) => b"\"person\"",
        Some(SpeakerKind::Organisation) => b"\"organisation\"",
        Some(SpeakerKind::Group) => b"\"group\"",
        Some(SpeakerKind::Document) => b"\"document\"",
        Some(SpeakerKind::Anonymous) => b"\"anonymous\"",
        Some(SpeakerKind::Unknown) => b"\"unknown\"",
    };
    out.extend_from_slice(name);
}

/// Appends a cue class as `serde_json` writes it (its snake_case name), or `null`, by
/// name as [`json_speaker_kind`] does; a class this example does not know (the enum is
/// non-exhaustive) goes through `serde_json`.
fn json_cue_class(
    out: &mut Vec<u8>,
    class: Option<quotetrack::CueClass>,
) -> serde_json::Result<()> {
    use quotetrack::CueClass;
    let name: &[u8] = match class {
        None => b"null",
        Some(CueClass::Neutral) => b"\"neutral\"",
        Some(CueClass::Assertive) => b"\"assertive\"",
        Some(CueClass::Hedged) => b"\"hedged\"",
        Some(CueClass::Denial) => b"\"denial\"",
        Some(CueClass::Accusation) => b"\"accusation\"",
        Some(CueClass::Promise) => b"\"promise\"",
        Some(CueClass::Directive) => b"\"directive\"",
        Some(CueClass::Question) => b"\"question\"",
        Some(CueClass::Admission) => b"\"admission\"",
        Some(CueClass::Prediction) => b"\"prediction\"",
        Some(CueClass::Written) => b"\"written\"",
        Some(CueClass::Belief) => b"\"belief\"",
        Some(other) => return serde_json::to_writer(&mut *out, &other),
    };
    out.extend_from_slice(name);
    Ok(())
}

/// Appends `s` as a JSON string, or `null` for none.
fn json_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// Appends `s` as a quoted JSON string, escaped exactly as `serde_json` escapes it.
///
/// Runs without a byte to escape are found eight bytes at a time and copied whole; the
/// rare byte that needs escaping goes through `serde_json` itself, so the escapes
/// cannot differ from the ones it writes.
fn json_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    // Nearly every string needs no escape: one pass with no early exit (which the
    // compiler vectorises) tells, and then the string is copied whole.
    if !bytes.iter().fold(false, |any, &b| any | needs_escape(b)) {
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    out.push(b'"');
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !needs_escape_in(word) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if needs_escape(b) {
            out.extend_from_slice(&bytes[run..i]);
            // An escaped byte is ASCII, so it is a whole `str` of its own.
            let one = std::str::from_utf8(&bytes[i..=i]).expect("ASCII byte");
            let quoted = serde_json::to_string(one).expect("a string serializes");
            out.extend_from_slice(&quoted.as_bytes()[1..quoted.len() - 1]);
            run = i + 1;
        }
        i += 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Whether JSON needs `b` escaped inside a string: a quote, a backslash or a control
/// character below space (`serde_json` leaves DEL and non-ASCII as they are).
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether any of the eight bytes of `word` [`needs_escape`], tested all at once.
fn needs_escape_in(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The classic zero-byte test: a byte of `x` is zero exactly when its high bit
    // survives in `(x - 1) & !x`. Borrows can only mark bytes above a true zero, so
    // "any" is exact even where single bytes are not.
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    // Bytes below 0x20: subtracting 0x20 borrows into the high bit only for them,
    // among bytes that had no high bit set to begin with.
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGHS != 0;
    below_space
        || has_zero(word ^ (ONES * u64::from(b'"')))
        || has_zero(word ^ (ONES * u64::from(b'\\')))
}

/// One JSON object per statement, one per line, added to `out`.
fn write_jsonl(out: &mut Vec<u8>, doc: &Document, extraction: &Extraction) -> io::Result<()> {
    // Room for the words and about 512 bytes of fields and names per row, so that the
    // buffer seldom grows (each growth copies the rows so far).
    let room: usize = extraction
        .statements
        .iter()
        .map(|s| s.text.len() + doc.id.len() + 512)
        .sum();
    out.reserve(room);
    for statement in &extraction.statements {
        Row::new(&doc.id, statement).write_json(out)?;
        out.push(b'\n');
    }
    Ok(())
}

const KIND_WIDTH: usize = 8;
const SPEAKER_WIDTH: usize = 24;
const CUE_WIDTH: usize = 16;
const DATE_WIDTH: usize = 12;
const TEXT_WIDTH: usize = 80;

/// A header naming the document, then one aligned line per statement.
fn write_table(out: &mut impl Write, doc: &Document, extraction: &Extraction) -> io::Result<()> {
    let n = extraction.statements.len();
    let mut about: Vec<String> = [&doc.source.publisher, &doc.source.headline]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    about.extend(doc.source.published.map(|d| d.to_string()));
    write!(out, "== {}", doc.id)?;
    if !about.is_empty() {
        write!(out, " ({})", about.join(", "))?;
    }
    writeln!(out, ": {n} statement{}", if n == 1 { "" } else { "s" })?;
    if n == 0 {
        return writeln!(out);
    }
    writeln!(
        out,
        "  {:KIND_WIDTH$}  {:SPEAKER_WIDTH$}  {:CUE_WIDTH$}  {:DATE_WIDTH$}  text",
        "kind", "speaker", "cue", "date"
    )?;
    for s in &extraction.statements {
        let speaker = s.speaker.as_ref().map_or("—", |p| p.name.as_str());
        let cue = s.cue.as_ref().map_or("—", |c| c.text.as_str());
        let date = match s.date {
            None => "—".to_string(),
            Some(d) if d.origin == quotetrack::DateOrigin::Publication => format!("({})", d.date),
            Some(d) => d.date.to_string(),
        };
        writeln!(
            out,
            "  {:KIND_WIDTH$}  {:SPEAKER_WIDTH$}  {:CUE_WIDTH$}  {:DATE_WIDTH$}  {}",
            s.kind.as_str(),
            shorten(speaker, SPEAKER_WIDTH),
            shorten(cue, CUE_WIDTH),
            date,
            shorten(&s.text, TEXT_WIDTH),
        )?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(OsString::from))
    }

    fn options(args: &[&str]) -> Options {
        match parse(args) {
            Ok(Command::Run(options)) => options,
            Ok(Command::Help) => panic!("help for {args:?}"),
            Err(e) => panic!("{args:?}: {e}"),
        }
    }

    #[test]
    fn no_input_means_the_seed() {
        assert_eq!(options(&[]).inputs, [Input::Seed]);
        assert_eq!(options(&["--jsonl"]).inputs, [Input::Seed]);
    }

    #[test]
    fn inputs_keep_their_order() {
        let o = options(&["a.txt", "--articles", "x.jsonl", "-", "--", "--odd"]);
        assert_eq!(
            o.inputs,
            [
                Input::Text(Some("a.txt".into())),
                Input::Articles(Some("x.jsonl".into())),
                Input::Text(None),
                Input::Text(Some("--odd".into())),
            ]
        );
    }

    #[test]
    fn flags_take_values_both_ways() {
        let o = options(&["--published=2020-06-11", "--min-confidence", "0.5"]);
        assert_eq!(o.published, Date::parse("2020-06-11").ok());
        assert_eq!(o.min_confidence, 0.5);
        assert!(!o.beliefs);
        assert!(options(&["--beliefs"]).beliefs);
        assert!(!o.quotes_only);
        assert!(options(&["--quotes-only"]).quotes_only);
    }

    #[test]
    fn usage_errors() {
        for bad in [
            &["--nope"][..],
            &["--published", "11/06/2020"],
            &["--published"],
            &["--min-confidence", "2"],
            &["--min-confidence", "NaN"],
            &["--jsonl=yes"],
            &["-", "--articles", "-"],
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(matches!(parse(&["x", "--help"]), Ok(Command::Help)));
    }

    #[test]
    fn shorten_collapses_and_cuts() {
        assert_eq!(shorten("a\n  b", 10), "a b");
        assert_eq!(shorten("abcdef", 6), "abcdef");
        assert_eq!(shorten("abcdefg", 6), "abcde…");
        assert_eq!(shorten("abcd efg", 6), "abcd…");
        assert_eq!(shorten("“Ça”", 3), "“Ç…");
    }

    fn sample() -> (Document, Extraction) {
        use quotetrack::{Cue, CueClass, DateOrigin, Span, Speaker, SpeakerKind};
        use quotetrack::{StatementDate, StatementKind};
        use std::sync::Arc;
        let doc = Document::new("d", "“We will stay,” Mr Smith said on Monday.");
        let date = Date::from_ymd(2020, 6, 8).unwrap();
        let statement = Statement {
            kind: StatementKind::Direct,
            text: "We will stay,".to_string(),
            span: Span::new(3, 16),
            speaker: Some(Arc::new(Speaker {
                role: Some("Sen.".to_string()),
                affiliation: Some("Texas".to_string()),
                ..Speaker::new("John Smith", SpeakerKind::Person)
            })),
            speaker_mention: Some(Span::new(22, 30)),
            cue: Some(Cue {
                text: "said".to_string(),
                lemma: "say".into(),
                class: CueClass::Neutral,
                span: Span::new(31, 35),
            }),
            date: Some(StatementDate {
                date,
                origin: DateOrigin::Text,
                span: Some(Span::new(36, 45)),
            }),
            content_dates: Vec::new(),
            source: Arc::new(Source::default()),
            paragraph: 0,
            confidence: 0.9,
            rule: "quote_then_speaker_verb".into(),
        };
        let extraction = Extraction {
            statements: vec![statement],
            speakers: Vec::new(),
        };
        (doc, extraction)
    }

    #[test]
    fn jsonl_row_has_the_eval_fields() {
        let (doc, extraction) = sample();
        let mut out = Vec::new();
        write_jsonl(&mut out, &doc, &extraction).unwrap();
        let line = String::from_utf8(out).unwrap();
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
        let row: serde_json::Value = serde_json::from_str(&line).unwrap();
        let expected = serde_json::json!({
            "doc": "d", "kind": "direct", "text": "We will stay,", "start": 3, "end": 16,
            "speaker": "John Smith", "speaker_kind": "person", "speaker_role": "Sen.",
            "speaker_affiliation": "Texas", "cue": "said",
            "cue_class": "neutral", "date": "2020-06-08", "date_precision": "day",
            "date_origin": "text", "date_start": 36, "date_end": 45, "content_dates": [],
            "confidence": 0.9, "rule": "quote_then_speaker_verb",
            "paragraph": 0,
        });
        assert_eq!(row, expected);
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let cases = [
            "",
            "plain text longer than one eight-byte word",
            "\"quoted\" and back\\slash",
            "tab\there, line\nbreak, \u{1}\u{1f}\u{7f} and \u{8}\u{c}\r",
            "\u{201c}Curly\u{201d}\u{a0}caf\u{e9} \u{2014} \"",
            "12345678\"12345678\\",
        ];
        for case in cases {
            let mut out = Vec::new();
            json_str(&mut out, case);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(case).unwrap()
            );
        }
    }

    #[test]
    fn jsonl_nulls_for_missing_parts() {
        let (doc, mut extraction) = sample();
        let s = &mut extraction.statements[0];
        (s.speaker, s.cue, s.date) = (None, None, None);
        let mut out = Vec::new();
        write_jsonl(&mut out, &doc, &extraction).unwrap();
        let row: serde_json::Value = serde_json::from_slice(&out).unwrap();
        for field in ["speaker", "speaker_kind", "cue", "date", "date_precision"] {
            assert!(row[field].is_null(), "{field} should be null");
        }
    }

    #[test]
    fn table_names_the_document_and_each_statement() {
        let (doc, extraction) = sample();
        let mut out = Vec::new();
        write_table(&mut out, &doc, &extraction).unwrap();
        let table = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines[0], "== d: 1 statement");
        assert!(
            lines[1]
                .split_whitespace()
                .eq(["kind", "speaker", "cue", "date", "text"])
        );
        assert!(lines[2].split_whitespace().eq([
            "direct",
            "John",
            "Smith",
            "said",
            "2020-06-08",
            "We",
            "will",
            "stay,"
        ]));
    }

    #[test]
    fn table_brackets_publication_dates() {
        let (doc, mut extraction) = sample();
        let d = extraction.statements[0].date.as_mut().unwrap();
        (d.origin, d.span) = (quotetrack::DateOrigin::Publication, None);
        let mut out = Vec::new();
        write_table(&mut out, &doc, &extraction).unwrap();
        let table = String::from_utf8(out).unwrap();
        assert!(table.lines().nth(2).unwrap().contains("  (2020-06-08)  We"));
    }

    /// A fresh empty folder for one test.
    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("quotetrack-extract-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Runs the command line `args`; returns success, stdout and stderr.
    fn run_args(args: &[&str]) -> (bool, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ok = run_to(&options(args), &mut out, &mut err);
        let text = |v| String::from_utf8(v).unwrap();
        (ok, text(out), text(err))
    }

    /// The `doc` of every JSONL row, in order, without repeats.
    fn docs_of(jsonl: &str) -> Vec<String> {
        let mut docs: Vec<String> = Vec::new();
        for line in jsonl.lines() {
            let row: serde_json::Value = serde_json::from_str(line).unwrap();
            let doc = row["doc"].as_str().unwrap().to_string();
            if docs.last() != Some(&doc) {
                docs.push(doc);
            }
        }
        docs
    }

    const QUOTE: &str = "“We will stay,” the minister said on Monday.";

    #[test]
    fn bad_inputs_are_named_and_the_others_still_processed() {
        let dir = scratch("bad");
        fs::write(dir.join("a_good.txt"), QUOTE).unwrap();
        fs::write(
            dir.join("b_bad.txt"),
            b"\xe2\x80\x9cFine,\xe2\x80\x9d he said.\nthen \xff",
        )
        .unwrap();
        fs::create_dir(dir.join("c_folder.txt")).unwrap(); // not a file: skipped
        fs::write(dir.join("d_good.txt"), QUOTE).unwrap();
        let articles = dir.join("articles.jsonl");
        let lines = [
            format!("{}", serde_json::json!({"id": "art1", "text": QUOTE})),
            r#"{"id": "art2", "text": "unterminated"#.to_string(),
            r#"{"id": "art3"}"#.to_string(),
            String::new(),
            format!(
                "{}",
                serde_json::json!({"id": 5, "text": QUOTE, "published": "2020-06-11"})
            ),
        ];
        fs::write(&articles, lines.join("\n")).unwrap();
        let missing = dir.join("missing.txt");
        let (d, a, m) = (
            dir.to_str().unwrap(),
            articles.to_str().unwrap(),
            missing.to_str().unwrap(),
        );
        let args = ["--jsonl", m, d, "--articles", a, "--articles", d];
        let (ok, out, err) = run_args(&args);
        // On the thread pool, the same rows and the same messages in the same order.
        let jobs = run_args(&[&["--jobs", "2"][..], &args].concat());
        assert_eq!(jobs, (ok, out.clone(), err.clone()));
        assert!(!ok, "a failed input must make the run fail");
        assert_eq!(docs_of(&out), ["a_good", "d_good", "art1", "5"], "{err}");
        let err: Vec<&str> = err.lines().collect();
        let bad = dir.join("b_bad.txt");
        assert_eq!(err.len(), 5, "{err:#?}");
        assert!(
            err[0].starts_with(&format!("extract: {m}: cannot read: ")),
            "{}",
            err[0]
        );
        assert_eq!(
            err[1],
            format!(
                "extract: {}: invalid UTF-8 at byte 26 (line 2): expected UTF-8 text",
                bad.display()
            )
        );
        assert!(
            err[2].starts_with(&format!("extract: {a}:2:")),
            "{}",
            err[2]
        );
        assert!(
            err[2].contains("malformed article: EOF while parsing"),
            "{}",
            err[2]
        );
        assert_eq!(
            err[3],
            format!("extract: {a}:3:14: malformed article: missing field `text`")
        );
        // A folder opens as a file on Unix, then fails on the first read.
        assert!(
            err[4].starts_with(&format!("extract: {d}:1: cannot read: ")),
            "{}",
            err[4]
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn good_inputs_succeed() {
        let dir = scratch("good");
        fs::write(dir.join("one.txt"), QUOTE).unwrap();
        let path = dir.join("one.txt");
        let (ok, out, err) = run_args(&["--jsonl", path.to_str().unwrap()]);
        assert!(ok && err.is_empty(), "{err}");
        assert_eq!(docs_of(&out), ["one"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    /// Articles as JSONL lines, each with a different quote.
    fn articles(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| {
                let text = format!(
                    "“We need {i} more,” Mr Smith said. Officials said plan {i} would fail."
                );
                format!(
                    "{}\n",
                    serde_json::json!({"id": format!("a{i}"), "text": text})
                )
            })
            .collect()
    }

    #[test]
    fn jobs_keep_the_input_order() {
        let dir = scratch("jobs");
        let path = dir.join("articles.jsonl");
        fs::write(&path, articles(23).concat()).unwrap();
        let path = path.to_str().unwrap();
        let (ok, one, _) = run_args(&["--jsonl", "--articles", path]);
        assert!(ok);
        assert_eq!(docs_of(&one).len(), 23);
        for jobs in ["2", "3", "0"] {
            let (ok, many, _) = run_args(&["--jsonl", "--jobs", jobs, "--articles", path]);
            assert!(ok);
            assert_eq!(one, many, "--jobs {jobs}");
        }
        for bad in ["-1", "x", "100000"] {
            assert!(parse(&["--jobs", bad]).is_err(), "--jobs {bad}");
        }
        fs::remove_dir_all(&dir).unwrap();
    }

    /// Output shared between the test and the run, to see what was written when.
    #[derive(Clone, Default)]
    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Gives one line per read and records how much output existed at each read.
    struct Lines {
        lines: Vec<String>,
        next: usize,
        out: Shared,
        seen: Vec<usize>,
    }

    impl Read for Lines {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.seen.push(self.out.0.borrow().len());
            let Some(line) = self.lines.get(self.next) else {
                return Ok(0);
            };
            assert!(buf.len() >= line.len());
            buf[..line.len()].copy_from_slice(line.as_bytes());
            self.next += 1;
            Ok(line.len())
        }
    }

    #[test]
    fn articles_stream_out_as_they_are_read() {
        // With several jobs on the pool, a chunk is written once the next one is read.
        let lag = if cfg!(feature = "parallel") { 1 } else { 0 };
        let n = 5 * 2 * CHUNK_PER_JOB + 3;
        for (jobs, chunk, lag) in [("1", 1, 0), ("2", 2 * CHUNK_PER_JOB, lag)] {
            let out = Shared::default();
            let mut lines = Lines {
                lines: articles(n),
                next: 0,
                out: out.clone(),
                seen: Vec::new(),
            };
            let o = options(&["--jsonl", "--jobs", jobs]);
            let mut run = Run::new(&o, out.clone(), Vec::new());
            let reader = BufReader::with_capacity(1 << 16, &mut lines);
            assert!(run.articles("<test>", reader).is_ok());
            // Before line k is read, the chunks before it (but `lag`) are written.
            for k in (chunk..n).step_by(chunk) {
                let written = &out.0.borrow()[..lines.seen[k]];
                let done = docs_of(std::str::from_utf8(written).unwrap());
                assert_eq!(done.len(), k - lag * chunk, "--jobs {jobs}: read {k}");
            }
            assert!(run.finish().is_ok());
            assert_eq!(
                docs_of(std::str::from_utf8(&out.0.borrow()).unwrap()).len(),
                n
            );
        }
    }

    #[test]
    fn articles_accept_numeric_ids_and_report_lines() {
        let a: Article = serde_json::from_str(r#"{"id": 7, "text": "x"}"#).unwrap();
        assert_eq!(a.id, "7");
        let e = serde_json::from_str::<Article>(r#"{"id": "a"}"#).unwrap_err();
        assert_eq!(serde_message(&e), "missing field `text`");
    }
}
