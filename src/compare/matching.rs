//! Which statements of different documents correspond: a weighted similarity of their
//! content words, candidates found through an inverted index (never all pairs), and a
//! one-to-one choice per pair of documents.
//!
//! Cost: every statement looks up each of its content words in the index and reads at
//! most [`MatchConfig::max_postings`] entries of that word's list (those nearest to it
//! in insertion order), then scores at most [`MatchConfig::max_candidates`] of the
//! statements it met most often. Work per statement is bounded, so linking is linear
//! in the number of statements; sorting the links adds a logarithm.

use super::actor::{Actor, Compact, SpeakerRelation, compact_relation};
use super::diff::combine;
use super::features::Features;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

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
            max_postings: 48,
            max_candidates: 16,
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

/// A hasher for `u64` keys: one multiply. Word keys are already hashes (FNV-1a of the
/// normalised word); SipHash over them again would only cost time.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        // One multiply spreads keys that are not hashes (statement and document
        // numbers) over the high bits the table reads first.
        self.0 = (n ^ (n >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// The weight of a name relative to another word of the same rarity: names say what a
/// claim is about more than what it claims ("Trump" and "Cruz" are in every report of
/// a primary).
const NAME_WEIGHT: f32 = 0.5;

/// The statements' content words, indexed once: each word gets a dense number (the
/// only hashing), a weight (rarer words count more: a smoothed inverse document
/// frequency over the statements being matched; names count half), and a posting list
/// of the statements holding it, in order.
pub(crate) struct Index {
    /// Statement `i`'s words are `words[offsets[i]..offsets[i + 1]]`, ascending.
    offsets: Vec<usize>,
    /// Dense word numbers.
    words: Vec<u32>,
    /// The weight of each of those occurrences.
    weights: Vec<f32>,
    /// Whether each is a name.
    named: Vec<bool>,
    /// Per statement, the sum of its weights.
    totals: Vec<f32>,
    /// Word `w`'s statements are `postings[starts[w]..starts[w + 1]]`, ascending.
    starts: Vec<usize>,
    postings: Vec<u32>,
    /// Statement `i`'s actors are `actors[actor_starts[i]..actor_starts[i + 1]]`.
    actor_starts: Vec<usize>,
    actors: Vec<Compact>,
}

impl Index {
    pub fn of(items: &[Item]) -> Index {
        let mut dense: KeyMap<u32> = KeyMap::default();
        let total: usize = items.iter().map(|i| i.features.content.len()).sum();
        let mut offsets = Vec::with_capacity(items.len() + 1);
        let mut words = Vec::with_capacity(total);
        let mut df: Vec<u32> = Vec::new();
        offsets.push(0);
        for item in items {
            for &k in &item.features.content {
                let next = dense.len() as u32;
                let w = *dense.entry(k).or_insert(next);
                if w == next {
                    df.push(0);
                }
                df[w as usize] += 1;
                words.push(w);
            }
            offsets.push(words.len());
        }
        let n = items.len() as f32;
        let mut weights = Vec::with_capacity(total);
        let mut named = Vec::with_capacity(total);
        let mut totals = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let f = item.features;
            let mut sum = 0.0;
            for (x, &k) in f.content.iter().enumerate() {
                let d = df[words[offsets[i] + x] as usize] as f32;
                let mut w = (1.0 + n / d).ln();
                let name = f.names.binary_search(&k).is_ok();
                if name {
                    w *= NAME_WEIGHT;
                }
                weights.push(w);
                named.push(name);
                sum += w;
            }
            totals.push(sum);
        }
        // Each statement's words in dense order, so two statements' overlap is a merge
        // over these flat arrays alone.
        for i in 0..items.len() {
            let range = offsets[i]..offsets[i + 1];
            let mut pairs: Vec<(u32, f32, bool)> = (range.clone())
                .map(|k| (words[k], weights[k], named[k]))
                .collect();
            pairs.sort_unstable_by_key(|&(w, _, _)| w);
            for (k, (w, weight, name)) in range.zip(pairs) {
                words[k] = w;
                weights[k] = weight;
                named[k] = name;
            }
        }
        let mut starts = Vec::with_capacity(df.len() + 1);
        starts.push(0);
        for &d in &df {
            starts.push(starts.last().copied().unwrap_or(0) + d as usize);
        }
        let mut cursor = starts.clone();
        // Posting positions are u32 in the scan (a list entry per word of the corpus).
        assert!(u32::try_from(total).is_ok(), "more than 4G words to match");
        let mut postings = vec![0u32; total];
        for i in 0..items.len() {
            for &w in &words[offsets[i]..offsets[i + 1]] {
                postings[cursor[w as usize]] = i as u32;
                cursor[w as usize] += 1;
            }
        }
        let mut actor_starts = Vec::with_capacity(items.len() + 1);
        let mut actors = Vec::new();
        actor_starts.push(0);
        for item in items {
            actors.extend(item.actors.iter().map(Compact::of));
            actor_starts.push(actors.len());
        }
        Index {
            offsets,
            words,
            weights,
            named,
            totals,
            starts,
            postings,
            actor_starts,
            actors,
        }
    }

    /// The dense numbers of statement `i`'s words.
    fn words_of(&self, i: usize) -> &[u32] {
        &self.words[self.offsets[i]..self.offsets[i + 1]]
    }
}

/// What two statements' content words have in common.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Overlap {
    /// Weighted content similarity, 0 to 1, as [`Diff::similarity`] but with rarer
    /// words weighing more and names half.
    ///
    /// [`Diff::similarity`]: super::Diff::similarity
    pub similarity: f32,
    /// Content words shared that are not names.
    pub plain: usize,
}

impl Overlap {
    /// Enough in common to be one claim: two shared words that are not names ("Trump"
    /// and "Republican" are in every report of a primary; one shared word such as
    /// "great" in "America is already great" and "Sales were great" is no evidence),
    /// and the least similarity.
    pub fn suffices(self, config: &MatchConfig) -> bool {
        self.plain >= 2 && self.similarity >= config.min_similarity
    }
}

impl Index {
    /// What statements `i` and `j` have in common.
    pub fn overlap(&self, i: usize, j: usize) -> Overlap {
        let (a, b) = (
            self.offsets[i]..self.offsets[i + 1],
            self.offsets[j]..self.offsets[j + 1],
        );
        let (na, nb) = (a.len(), b.len());
        if na == 0 || nb == 0 {
            return Overlap {
                similarity: 0.0,
                plain: 0,
            };
        }
        let (wa, wb) = (&self.words[a.clone()], &self.words[b.clone()]);
        let (ga, gb) = (&self.weights[a.clone()], &self.weights[b]);
        let named = &self.named[a];
        let (mut x, mut y, mut common, mut plain) = (0, 0, 0.0f32, 0);
        while x < wa.len() && y < wb.len() {
            match wa[x].cmp(&wb[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    common += ga[x].min(gb[y]);
                    plain += usize::from(!named[x]);
                    x += 1;
                    y += 1;
                }
            }
        }
        Overlap {
            similarity: combine(common, self.totals[i], self.totals[j], na.min(nb)),
            plain,
        }
    }
}

/// The score of a candidate pair: similarity adjusted for the speakers.
pub(crate) fn score(index: &Index, i: usize, j: usize, config: &MatchConfig) -> f32 {
    let overlap = index.overlap(i, j);
    // A speaker's bonus cannot make a pair of words with little in common.
    if !overlap.suffices(config) {
        return 0.0;
    }
    let sim = overlap.similarity;
    let actors = |k: usize| &index.actors[index.actor_starts[k]..index.actor_starts[k + 1]];
    sim + match compact_relation(actors(i), actors(j)) {
        SpeakerRelation::Same => config.same_speaker_bonus,
        SpeakerRelation::Overlapping => config.same_speaker_bonus / 2.0,
        SpeakerRelation::Different => -config.different_speaker_penalty,
        _ => 0.0,
    }
}

/// Links between statements of different documents, at most one per statement and
/// other document, best first; and the claims they form.
pub(crate) fn link(items: &[Item], config: &MatchConfig) -> Matched {
    let index = Index::of(items);
    // Documents in a dense array: the inner loop reads one for every posting.
    let docs: Vec<u32> = items.iter().map(|item| item.doc).collect();
    let mut counts = vec![0u8; items.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut chosen: Vec<u32> = Vec::new();
    let mut links: Vec<Link> = Vec::new();
    let mut best: Vec<(u32, Link)> = Vec::new();
    let half = config.max_postings.div_ceil(2);
    // Statements are visited in order and every posting list is ascending, so this
    // statement's place in the list of word `w` is the number of visits `w` had so far.
    // Per word: where its list starts and ends, and the visits so far, side by side so
    // that one cache line serves a word.
    let mut lists: Vec<[u32; 3]> = index
        .starts
        .windows(2)
        .map(|w| [w[0] as u32, w[1] as u32, 0])
        .collect();
    for (i, item) in items.iter().enumerate() {
        for &w in index.words_of(i) {
            let entry = &mut lists[w as usize];
            let list = &index.postings[entry[0] as usize..entry[1] as usize];
            let pos = entry[2] as usize;
            entry[2] += 1;
            debug_assert_eq!(list.get(pos), Some(&(i as u32)));
            if list.len() < 2 {
                continue;
            }
            // The entries nearest to this statement in insertion order.
            let lo = pos.saturating_sub(half);
            let hi = (lo + config.max_postings + 1).min(list.len());
            for &j in &list[lo..hi] {
                let j = j as usize;
                if j == i || docs[j] == item.doc {
                    continue;
                }
                if counts[j] == 0 {
                    touched.push(j as u32);
                }
                counts[j] = counts[j].saturating_add(1);
            }
        }
        // Candidates sharing fewer than two words cannot pair. The rest, met most often
        // first (only those kept are ordered).
        touched.retain(|&j| {
            let keep = counts[j as usize] >= 2;
            if !keep {
                counts[j as usize] = 0;
            }
            keep
        });
        let rank = |&j: &u32| (std::cmp::Reverse(counts[j as usize]), j);
        if touched.len() > config.max_candidates {
            touched.select_nth_unstable_by_key(config.max_candidates, rank);
        }
        let take = touched.len().min(config.max_candidates);
        touched[..take].sort_unstable_by_key(rank);
        chosen.clear();
        chosen.extend_from_slice(&touched[..take]);
        for &j in &touched {
            counts[j as usize] = 0;
        }
        touched.clear();
        // Best candidate per other document.
        best.clear();
        for &j in &chosen {
            let j = j as usize;
            let s = score(&index, i, j, config);
            if s < config.threshold {
                continue;
            }
            let l = Link {
                a: i.min(j),
                b: i.max(j),
                score: s,
            };
            match best.iter_mut().find(|(d, _)| *d == items[j].doc) {
                Some((_, old)) if s > old.score => *old = l,
                Some(_) => {}
                None => best.push((items[j].doc, l)),
            }
        }
        links.extend(best.iter().map(|&(_, l)| l));
    }
    links.sort_unstable_by_key(|l| (l.a, l.b));
    links.dedup_by(|x, y| x.a == y.a && x.b == y.b);
    // One to one per pair of documents, best score first.
    links.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    // (statement, other document) pairs already taken, as one key.
    let key = |s: usize, d: u32| ((s as u64) << 32) | u64::from(d);
    let mut taken: HashSet<u64, BuildHasherDefault<KeyHasher>> = HashSet::default();
    links.retain(|l| {
        let (da, db) = (docs[l.a], docs[l.b]);
        let (ka, kb) = (key(l.a, db), key(l.b, da));
        if taken.contains(&ka) || taken.contains(&kb) {
            return false;
        }
        taken.insert(ka);
        taken.insert(kb);
        true
    });
    let roots = cluster(&index, &links, items.len(), config);
    Matched { links, roots }
}

/// Links, best first, and the claims they form.
pub(crate) struct Matched {
    /// One to one per pair of documents, best score first.
    pub links: Vec<Link>,
    /// Per statement, the earliest-added statement of its claim (itself when alone).
    pub roots: Vec<usize>,
}

/// Claims from links, best link first. Two claims merge through a link only when their
/// earliest statements are alike too ([`Overlap::suffices`]): a chain of pairs, each a little different from the last, does not make
/// one claim of its two ends.
fn cluster(index: &Index, links: &[Link], n: usize, config: &MatchConfig) -> Vec<usize> {
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut parent: Vec<usize> = (0..n).collect();
    for l in links {
        let (ra, rb) = (root(&mut parent, l.a), root(&mut parent, l.b));
        if ra == rb {
            continue;
        }
        if (ra, rb) != (l.a, l.b) && !index.overlap(ra, rb).suffices(config) {
            continue;
        }
        parent[ra.max(rb)] = ra.min(rb);
    }
    (0..n).map(|i| root(&mut parent, i)).collect()
}
