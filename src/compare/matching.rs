//! Which statements of different documents correspond: a weighted similarity of their
//! content words, candidates found through an inverted index (never all pairs), and a
//! one-to-one choice per pair of documents.
//!
//! Cost: every statement looks up each of its content words in the index and reads at
//! most [`MatchConfig::max_postings`] entries of that word's list (those nearest to it
//! in insertion order), then scores at most [`MatchConfig::max_candidates`] of the
//! statements it met most often. Work per statement is bounded, so linking is linear
//! in the number of statements; sorting the links adds a logarithm.

use super::actor::{Actor, SpeakerRelation, relation};
use super::diff::{combine, intersection};
use super::features::Features;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Settings of matching. Start from [`MatchConfig::default`] and change what you need
/// with the `with_*` methods.
///
/// ```
/// use quotetrack::compare::MatchConfig;
/// let strict = MatchConfig::default().with_threshold(0.5);
/// assert_eq!(strict.threshold, 0.5);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatchConfig {
    /// Lowest score (content similarity plus the speaker's adjustment) of a pair.
    pub threshold: f32,
    /// Lowest content similarity of a pair, whatever its speakers.
    pub min_similarity: f32,
    /// Added to the score when both speakers are the same actor (half of it when they
    /// share some actors: "the US" and "the US and Iraq").
    pub same_speaker_bonus: f32,
    /// Taken from the score when the speakers are different actors (the pair is still
    /// reported, with `speaker_changed`, when its content is close enough).
    pub different_speaker_penalty: f32,
    /// Entries of one word's posting list read per statement: bounds the work a very
    /// common word costs.
    pub max_postings: usize,
    /// Candidates scored per statement.
    pub max_candidates: usize,
}

impl Default for MatchConfig {
    fn default() -> MatchConfig {
        MatchConfig {
            threshold: 0.3,
            min_similarity: 0.25,
            same_speaker_bonus: 0.1,
            different_speaker_penalty: 0.1,
            max_postings: 64,
            max_candidates: 24,
        }
    }
}

impl MatchConfig {
    /// The same settings with another threshold (clamped to 0..=1).
    pub fn with_threshold(mut self, threshold: f32) -> MatchConfig {
        self.threshold = threshold.clamp(0.0, 1.0);
        self
    }

    /// The same settings with other bounds on the work per statement (at least 1).
    pub fn with_bounds(mut self, max_postings: usize, max_candidates: usize) -> MatchConfig {
        self.max_postings = max_postings.max(1);
        self.max_candidates = max_candidates.max(1);
        self
    }
}

/// A scored correspondence between statements `a < b` of different documents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Link {
    pub a: usize,
    pub b: usize,
    pub score: f32,
}

/// What matching needs of each statement.
pub(crate) struct Item<'a> {
    pub features: &'a Features,
    pub doc: u32,
    pub actors: &'a [Actor],
}

/// Word weights: rarer words count more (a smoothed inverse document frequency over
/// the statements being matched).
pub(crate) struct Weights {
    df: HashMap<u64, u32>,
    n: f32,
}

impl Weights {
    pub fn of(items: &[Item]) -> Weights {
        let mut df: HashMap<u64, u32> = HashMap::new();
        for item in items {
            for &k in &item.features.content {
                *df.entry(k).or_default() += 1;
            }
        }
        Weights {
            df,
            n: items.len() as f32,
        }
    }

    pub fn weight(&self, key: u64) -> f32 {
        let df = self.df.get(&key).copied().unwrap_or(1) as f32;
        (1.0 + self.n / df).ln()
    }
}

/// Weighted content similarity of two statements, 0 to 1, as [`Diff::similarity`]
/// but with rarer words weighing more.
///
/// [`Diff::similarity`]: super::Diff::similarity
pub(crate) fn similarity(a: &Features, b: &Features, weights: &Weights) -> f32 {
    let (ka, kb) = (&a.content, &b.content);
    if ka.is_empty() || kb.is_empty() {
        return 0.0;
    }
    // Names say what a claim is about more than what it claims: "Trump" and "Cruz"
    // are shared by every report of a primary. They count half.
    let weight = |k: u64, f: &Features| {
        let w = weights.weight(k);
        if f.names.binary_search(&k).is_ok() {
            w * NAME_WEIGHT
        } else {
            w
        }
    };
    let wa: f32 = ka.iter().map(|&k| weight(k, a)).sum();
    let wb: f32 = kb.iter().map(|&k| weight(k, b)).sum();
    let (mut i, mut j, mut common) = (0, 0, 0.0f32);
    while i < ka.len() && j < kb.len() {
        match ka[i].cmp(&kb[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += weight(ka[i], a).min(weight(kb[j], b));
                i += 1;
                j += 1;
            }
        }
    }
    combine(common, wa, wb, ka.len().min(kb.len()))
}

/// The weight of a name relative to another word of the same rarity.
const NAME_WEIGHT: f32 = 0.5;

/// The score of a candidate pair: similarity adjusted for the speakers.
pub(crate) fn score(a: &Item, b: &Item, weights: &Weights, config: &MatchConfig) -> f32 {
    // One shared content word is no evidence: "great" in "America is already great"
    // and "Sales were great".
    if intersection(&a.features.content, &b.features.content) < 2 {
        return 0.0;
    }
    let sim = similarity(a.features, b.features, weights);
    // A speaker's bonus cannot make a pair of words with little in common.
    if sim < config.min_similarity {
        return 0.0;
    }
    sim + match relation(a.actors, b.actors) {
        SpeakerRelation::Same => config.same_speaker_bonus,
        SpeakerRelation::Overlapping => config.same_speaker_bonus / 2.0,
        SpeakerRelation::Different => -config.different_speaker_penalty,
        _ => 0.0,
    }
}

/// Links between statements of different documents, at most one per statement and
/// other document, best first.
pub(crate) fn link(items: &[Item], config: &MatchConfig) -> Vec<Link> {
    let weights = Weights::of(items);
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        for &k in &item.features.content {
            postings.entry(k).or_default().push(i as u32);
        }
    }
    let mut counts = vec![0u32; items.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut links: Vec<Link> = Vec::new();
    let half = config.max_postings.div_ceil(2);
    for (i, item) in items.iter().enumerate() {
        for &k in &item.features.content {
            let Some(list) = postings.get(&k) else {
                continue;
            };
            if list.len() < 2 {
                continue;
            }
            // The entries nearest to this statement in insertion order.
            let pos = list.partition_point(|&j| (j as usize) < i);
            let lo = pos.saturating_sub(half);
            let hi = (lo + config.max_postings + 1).min(list.len());
            for &j in &list[lo..hi] {
                let j = j as usize;
                if j == i || items[j].doc == item.doc {
                    continue;
                }
                if counts[j] == 0 {
                    touched.push(j as u32);
                }
                counts[j] += 1;
            }
        }
        touched.sort_unstable_by_key(|&j| (std::cmp::Reverse(counts[j as usize]), j));
        // Best candidate per other document.
        let mut best: HashMap<u32, Link> = HashMap::new();
        for &j in touched.iter().take(config.max_candidates) {
            let j = j as usize;
            let s = score(item, &items[j], &weights, config);
            if s < config.threshold {
                continue;
            }
            let l = Link {
                a: i.min(j),
                b: i.max(j),
                score: s,
            };
            best.entry(items[j].doc)
                .and_modify(|old| {
                    if s > old.score {
                        *old = l;
                    }
                })
                .or_insert(l);
        }
        links.extend(best.into_values());
        for &j in &touched {
            counts[j as usize] = 0;
        }
        touched.clear();
    }
    links.sort_unstable_by_key(|l| (l.a, l.b));
    links.dedup_by(|x, y| x.a == y.a && x.b == y.b);
    // One to one per pair of documents, best score first.
    links.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let mut taken: HashSet<(u32, u32)> = HashSet::new();
    links.retain(|l| {
        let (da, db) = (items[l.a].doc, items[l.b].doc);
        if taken.contains(&(l.a as u32, db)) || taken.contains(&(l.b as u32, da)) {
            return false;
        }
        taken.insert((l.a as u32, db));
        taken.insert((l.b as u32, da));
        true
    });
    links
}
