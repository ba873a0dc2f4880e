//! The tracker: statements of many documents, linked into pairs of corresponding
//! statements and clustered into claims.

use super::actor::Actor;
use super::diff::{Diff, diff};
use super::features::Features;
use super::matching::{Item, MatchConfig, Matched, link};
use crate::source::Document;
use crate::statement::{Statement, StatementKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The [`Tracker::speaker_key`] of a statement that names nobody identifiable (a
/// document, an anonymous source, no speaker): no actor key has this form.
pub const NOBODY: &str = "nobody";

/// A statement's place in a [`Tracker`]: the order it was added in, from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StatementId(pub usize);

/// Two corresponding statements of different documents, and how the second differs
/// from the first (`a` was added to the tracker before `b`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    /// The earlier-added statement.
    pub a: StatementId,
    /// The later-added one.
    pub b: StatementId,
    /// The matching score: weighted content similarity adjusted for the speakers.
    pub score: f32,
    /// What changed from `a` to `b`.
    pub diff: Diff,
}

/// A claim: statements of one or more documents linked as reports of the same thing,
/// in timeline order (statement date, then publication date, then the order added).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The claim's number, from 0, in the order of its earliest-added statement.
    pub id: usize,
    /// Its statements, in timeline order.
    pub statements: Vec<StatementId>,
}

/// The result of [`Tracker::track`]: corresponding pairs and the claims they form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tracking {
    /// Pairs of corresponding statements in different documents, at most one per
    /// statement and other document, in the order of their first statement.
    pub pairs: Vec<Pair>,
    /// Claims of two statements or more, in the order of their earliest statement.
    pub claims: Vec<Claim>,
}

/// What the tracker reads off a statement to match and compare it: its features and
/// the actors it is attributed to. Built the first time either is asked for, and for
/// every statement at once when the tracker tracks: on all cores with the `parallel`
/// feature, where it is most of the tracker's work.
#[derive(Clone, Debug)]
struct Prepared {
    features: Features,
    actors: Vec<Actor>,
}

impl Prepared {
    fn of(statement: &Statement) -> Prepared {
        let features = Features::of(statement);
        let actors = effective_actors(statement, &features);
        Prepared { features, actors }
    }
}

/// One document known to the tracker.
#[derive(Clone, Debug)]
struct Doc {
    id: String,
}

/// Follows claims across documents.
///
/// Add documents (they are extracted) or statements read back from JSON (they are
/// not re-parsed), then [`track`](Tracker::track) them.
///
/// ```
/// use quotetrack::compare::{ChangeKind, Tracker};
/// use quotetrack::Document;
/// let mut tracker = Tracker::new();
/// tracker.add_document(&Document::new("a",
///     "“We will keep around 5,000 troops in the country,” Mr Smith said."));
/// tracker.add_document(&Document::new("b",
///     "“We may keep around 3,000 troops in the country,” John Smith told reporters."));
/// let tracking = tracker.track();
/// assert_eq!(tracking.pairs.len(), 1);
/// let kinds = tracking.pairs[0].diff.kinds();
/// assert!(kinds.contains(&ChangeKind::NumberChanged));
/// assert!(kinds.contains(&ChangeKind::HedgeChanged));
/// assert!(!kinds.contains(&ChangeKind::SpeakerChanged));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Tracker {
    config: MatchConfig,
    docs: Vec<Doc>,
    doc_index: HashMap<String, u32>,
    statements: Vec<Statement>,
    /// Each statement's [`Prepared`], once built.
    prepared: Vec<OnceLock<Prepared>>,
    doc_of: Vec<u32>,
}

impl Tracker {
    /// An empty tracker with the default [`MatchConfig`].
    pub fn new() -> Tracker {
        Tracker::default()
    }

    /// An empty tracker with the given matching settings.
    pub fn with_config(config: MatchConfig) -> Tracker {
        Tracker {
            config,
            ..Tracker::default()
        }
    }

    /// Extracts `doc` and adds its statements under its id; returns how many.
    pub fn add_document(&mut self, doc: &Document) -> usize {
        let extraction = crate::extract::extract(doc);
        self.add_statements(&doc.id, extraction.statements)
    }

    /// Adds statements of the document `doc` (an id of your choosing; statements
    /// added under one id are one document); returns how many.
    ///
    /// Where one statement runs on into the attribution of another of the same
    /// document ("… in Iraq, the Iraqi government said it …"), it is cut before that
    /// attribution, and a mixed statement left without quote marks becomes indirect.
    pub fn add_statements(
        &mut self,
        doc: &str,
        statements: impl IntoIterator<Item = Statement>,
    ) -> usize {
        let d = match self.doc_index.get(doc) {
            Some(&d) => d,
            None => {
                let d = self.docs.len() as u32;
                self.docs.push(Doc {
                    id: doc.to_string(),
                });
                self.doc_index.insert(doc.to_string(), d);
                d
            }
        };
        let mut batch: Vec<Statement> = statements.into_iter().collect();
        clip_run_ons(&mut batch);
        let n = batch.len();
        for statement in batch {
            self.statements.push(statement);
            self.prepared.push(OnceLock::new());
            self.doc_of.push(d);
        }
        n
    }

    /// A statement's [`Prepared`], built now if it was not.
    fn prepared(&self, i: usize) -> &Prepared {
        self.prepared[i].get_or_init(|| Prepared::of(&self.statements[i]))
    }

    /// Builds every statement's [`Prepared`] that is not built yet, on rayon's thread
    /// pool (each takes tens of thousands of instructions, plenty to spread). Without
    /// the `parallel` feature there is nothing to gain: [`Tracker::matched`] builds
    /// each in order as it reads it.
    #[cfg(feature = "parallel")]
    fn prepare_all(&self) {
        use rayon::prelude::*;
        (0..self.statements.len()).into_par_iter().for_each(|i| {
            self.prepared(i);
        });
    }

    /// How many statements the tracker holds.
    pub fn len(&self) -> usize {
        self.statements.len()
    }

    /// True when it holds none.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// A statement, as added (or as cut, see [`add_statements`](Self::add_statements)).
    ///
    /// # Panics
    /// When `id` is not of this tracker.
    pub fn statement(&self, id: StatementId) -> &Statement {
        &self.statements[id.0]
    }

    /// A statement's features.
    ///
    /// # Panics
    /// When `id` is not of this tracker.
    pub fn features(&self, id: StatementId) -> &Features {
        &self.prepared(id.0).features
    }

    /// The id of a statement's document.
    ///
    /// # Panics
    /// When `id` is not of this tracker.
    pub fn doc(&self, id: StatementId) -> &str {
        &self.docs[self.doc_of[id.0] as usize].id
    }

    /// The actors a statement is attributed to (the subject of an embedded report
    /// when there is one); empty when it names nobody identifiable.
    ///
    /// # Panics
    /// When `id` is not of this tracker.
    pub fn actors(&self, id: StatementId) -> &[Actor] {
        &self.prepared(id.0).actors
    }

    /// The key of a statement's speaker for a group-by between map and reduce: the
    /// [`Actor::key`] of the actor it is attributed to ([`Tracker::actors`]; the first
    /// key in order when there are several), or [`NOBODY`] when it names nobody
    /// identifiable. One speaker's statements get one key in every document, so a
    /// reducer that tracks one key's statements finds the pairs of the same speaker;
    /// pairs across speakers (the same words put in another's mouth) and between a
    /// country and one of its organisations need the statements in one tracker.
    ///
    /// ```
    /// use quotetrack::compare::{NOBODY, Tracker};
    /// use quotetrack::Document;
    /// let mut tracker = Tracker::new();
    /// tracker.add_document(&Document::new(
    ///     "a",
    ///     "“We will stay,” David Schenker said. “We will not,” the statement said.",
    /// ));
    /// let keys: Vec<String> = tracker.ids().map(|id| tracker.speaker_key(id)).collect();
    /// assert_eq!(keys, ["person:schenker", NOBODY]);
    /// ```
    ///
    /// # Panics
    /// When `id` is not of this tracker.
    pub fn speaker_key(&self, id: StatementId) -> String {
        self.actors(id)
            .iter()
            .map(Actor::key)
            .min()
            .unwrap_or_else(|| NOBODY.to_string())
    }

    /// Every statement id, in the order added.
    pub fn ids(&self) -> impl Iterator<Item = StatementId> + '_ {
        (0..self.statements.len()).map(StatementId)
    }

    /// Compares two statements of the tracker.
    ///
    /// # Panics
    /// When an id is not of this tracker.
    pub fn diff(&self, a: StatementId, b: StatementId) -> Diff {
        diff(
            &self.statements[a.0],
            self.features(a),
            &self.statements[b.0],
            self.features(b),
        )
    }

    /// Links corresponding statements of different documents, diffs each pair, and
    /// clusters the pairs into claims. Near-linear in the number of statements.
    pub fn track(&self) -> Tracking {
        let matched = self.matched();
        let pair = |l: &super::matching::Link| Pair {
            a: StatementId(l.a),
            b: StatementId(l.b),
            score: l.score,
            diff: self.diff(StatementId(l.a), StatementId(l.b)),
        };
        // Each pair's diff stands alone: with the `parallel` feature they are spread
        // over the cores (`collect` keeps their order).
        #[cfg(feature = "parallel")]
        let mut pairs: Vec<Pair> = {
            use rayon::prelude::*;
            matched.links.par_iter().map(pair).collect()
        };
        #[cfg(not(feature = "parallel"))]
        let mut pairs: Vec<Pair> = matched.links.iter().map(pair).collect();
        pairs.sort_by_key(|p| (p.a, p.b));
        let claims = self.claims_of(&matched.roots);
        Tracking { pairs, claims }
    }

    /// Only the clustering: claims of two statements or more, without diffs.
    pub fn claims(&self) -> Vec<Claim> {
        self.claims_of(&self.matched().roots)
    }

    fn matched(&self) -> Matched {
        #[cfg(feature = "parallel")]
        self.prepare_all();
        let items: Vec<Item> = (0..self.statements.len())
            .map(|i| {
                let prepared = self.prepared(i);
                Item {
                    features: &prepared.features,
                    doc: self.doc_of[i],
                    actors: &prepared.actors,
                }
            })
            .collect();
        link(&items, &self.config)
    }

    fn claims_of(&self, roots: &[usize]) -> Vec<Claim> {
        let n = self.statements.len();
        // Components by counting: sizes, then members in buckets; roots in ascending
        // order give the claims in the order of their earliest statement.
        let mut size = vec![0usize; n];
        for &r in roots {
            size[r] += 1;
        }
        let mut start = vec![0usize; n + 1];
        for r in 0..n {
            start[r + 1] = start[r] + size[r];
        }
        let mut members = vec![StatementId(0); n];
        let mut cursor = start.clone();
        for (i, &r) in roots.iter().enumerate() {
            members[cursor[r]] = StatementId(i);
            cursor[r] += 1;
        }
        (0..n)
            .filter(|&r| size[r] > 1)
            .enumerate()
            .map(|(id, r)| {
                let mut statements = members[start[r]..start[r + 1]].to_vec();
                statements.sort_by_key(|&s| self.timeline_key(s));
                Claim { id, statements }
            })
            .collect()
    }

    /// Statement date, publication date, order added (unknown dates last).
    pub(crate) fn timeline_key(
        &self,
        id: StatementId,
    ) -> (bool, Option<crate::Date>, bool, Option<crate::Date>, usize) {
        let s = &self.statements[id.0];
        let said = s.date.map(|d| d.date.truncated(crate::DatePrecision::Day));
        let published = s.source.published;
        (said.is_none(), said, published.is_none(), published, id.0)
    }
}

/// The actors of a statement: the named subject of an embedded report, else its
/// speaker's.
pub(crate) fn effective_actors(statement: &Statement, features: &Features) -> Vec<Actor> {
    if let Some(subject) = features.frame.as_ref().and_then(|f| f.subject.as_ref()) {
        let actors = Actor::parse(subject, crate::SpeakerKind::Organisation);
        let is_country = actors.iter().all(|a| matches!(a, Actor::Country { .. }));
        if !actors.is_empty() && is_country {
            return actors;
        }
        let person = Actor::parse(subject, crate::SpeakerKind::Person);
        if !person.is_empty() {
            return person;
        }
    }
    statement
        .speaker
        .as_ref()
        .map(|s| Actor::of_speaker(s))
        .unwrap_or_default()
}

/// Cuts statements that run on into another statement's attribution (see
/// [`Tracker::add_statements`]).
fn clip_run_ons(batch: &mut [Statement]) {
    // Where each statement's attribution starts, where its words start, and which it is;
    // sorted, so each statement finds the attributions inside it by binary search.
    let mut starts: Vec<(usize, usize, usize)> = batch
        .iter()
        .enumerate()
        .filter_map(|(k, s)| {
            let mention = s.speaker_mention.map(|m| m.start);
            let cue = s.cue.as_ref().map(|c| c.span.start);
            let at = match (mention, cue) {
                (Some(m), Some(c)) => Some(m.min(c)),
                (m, c) => m.or(c),
            };
            at.map(|at| (at, s.span.start, k))
        })
        .collect();
    starts.sort_unstable();
    for (k, s) in batch.iter_mut().enumerate() {
        let first = starts.partition_point(|&(at, _, _)| at <= s.span.start);
        let Some(cut) = starts[first..]
            .iter()
            .take_while(|&&(at, _, _)| at < s.span.end)
            .find(|&&(at, words, other)| other != k && words > at)
            .map(|&(at, _, _)| at)
        else {
            continue;
        };
        let rel = cut - s.span.start;
        let Some(head) = s.text.get(..rel) else {
            continue;
        };
        let trimmed = head
            .trim_end()
            .trim_end_matches([',', ';', ':', '—', '–', '-'])
            .trim_end();
        let trimmed = ["and", "but", "while", "as"]
            .iter()
            .find_map(|w| trimmed.strip_suffix(w).filter(|t| t.ends_with(' ')))
            .map_or(trimmed, str::trim_end)
            .trim_end_matches(',');
        // Keep statements that would lose almost everything.
        if trimmed.split_whitespace().count() < 3 {
            continue;
        }
        let len = trimmed.len();
        s.text.truncate(len);
        s.span = crate::Span::new(s.span.start, s.span.start + len);
        if s.kind == StatementKind::Mixed && !has_quote_mark(&s.text) {
            s.kind = StatementKind::Indirect;
        }
    }
}

fn has_quote_mark(text: &str) -> bool {
    text.contains(['"', '“', '”', '«', '»', '„', '‘'])
}
