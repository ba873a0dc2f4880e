//! Word alignment of two statements: the longest common subsequence of their keys, and
//! the gaps between matched words that a diff reads as truncations and edits.

use std::ops::Range;

/// Sequences longer than this (product of lengths) are aligned on rare anchors only,
/// so no pair costs more than a bounded amount of work.
const MAX_CELLS: usize = 400_000;

/// Pairs `(i, j)` of equal keys `a[i] == b[j]`, increasing in both, as many as possible.
pub(crate) fn align(a: &[u64], b: &[u64]) -> Vec<(usize, usize)> {
    // Common prefix and suffix first: cheap, and most pairs differ in a few places.
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut pairs: Vec<(usize, usize)> = (0..prefix).map(|i| (i, i)).collect();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let middle = if ma.len().saturating_mul(mb.len()) <= MAX_CELLS {
        lcs(ma, mb)
    } else {
        anchors(ma, mb)
    };
    pairs.extend(middle.into_iter().map(|(i, j)| (i + prefix, j + prefix)));
    let (sa, sb) = (a.len() - suffix, b.len() - suffix);
    pairs.extend((0..suffix).map(|k| (sa + k, sb + k)));
    pairs
}

/// Dynamic programming over the whole table (the caller bounds its size).
fn lcs(a: &[u64], b: &[u64]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let w = m + 1;
    let mut table = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i * w + j] = if a[i] == b[j] {
                table[(i + 1) * w + j + 1] + 1
            } else {
                table[(i + 1) * w + j].max(table[i * w + j + 1])
            };
        }
    }
    let mut pairs = Vec::with_capacity(table[0] as usize);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if table[(i + 1) * w + j] >= table[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// For very long sequences: keys occurring once on each side, kept where they keep
/// their order (a longest increasing subsequence, n log n).
fn anchors(a: &[u64], b: &[u64]) -> Vec<(usize, usize)> {
    use std::collections::HashMap;
    let mut count: HashMap<u64, (u32, u32, usize, usize)> = HashMap::new();
    for (i, &k) in a.iter().enumerate() {
        let e = count.entry(k).or_insert((0, 0, i, 0));
        e.0 += 1;
    }
    for (j, &k) in b.iter().enumerate() {
        if let Some(e) = count.get_mut(&k) {
            e.1 += 1;
            e.3 = j;
        }
    }
    let mut unique: Vec<(usize, usize)> = count
        .values()
        .filter(|e| e.0 == 1 && e.1 == 1)
        .map(|e| (e.2, e.3))
        .collect();
    unique.sort_unstable();
    // Longest increasing subsequence on j.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; unique.len()];
    for (k, &(_, j)) in unique.iter().enumerate() {
        let pos = tails.partition_point(|&t| unique[t].1 < j);
        if pos > 0 {
            prev[k] = tails[pos - 1];
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied().unwrap_or(usize::MAX);
    while k != usize::MAX {
        out.push(unique[k]);
        k = prev[k];
    }
    out.reverse();
    out
}

/// A stretch where the two sides differ, between matched words (or an end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Gap {
    /// Positions on side a (possibly empty).
    pub a: Range<usize>,
    /// Positions on side b (possibly empty).
    pub b: Range<usize>,
    /// Before the first match.
    pub leading: bool,
    /// After the last match.
    pub trailing: bool,
}

impl Gap {
    /// Words on one side only, at an end: a truncation or an extension, not an edit.
    pub fn is_edge(&self) -> bool {
        (self.leading || self.trailing) && (self.a.is_empty() != self.b.is_empty())
    }

    /// Words at an end mostly on one side (three times as many or more, and at least
    /// three): a clause cut and a word or two put in its place.
    pub fn is_lopsided_edge(&self) -> bool {
        let (n, m) = (self.a.len(), self.b.len());
        (self.leading || self.trailing) && n.max(m) >= 3 && n.max(m) >= 3 * n.min(m)
    }
}

/// The gaps of an alignment of sequences of lengths `n` and `m`. With no match at all
/// the whole of both is one gap, both leading and trailing.
pub(crate) fn gaps(pairs: &[(usize, usize)], n: usize, m: usize) -> Vec<Gap> {
    let mut out = Vec::new();
    let (mut pa, mut pb) = (0, 0);
    for (k, &(i, j)) in pairs.iter().enumerate() {
        if i > pa || j > pb {
            out.push(Gap {
                a: pa..i,
                b: pb..j,
                leading: k == 0,
                trailing: false,
            });
        }
        pa = i + 1;
        pb = j + 1;
    }
    if pa < n || pb < m {
        out.push(Gap {
            a: pa..n,
            b: pb..m,
            leading: pairs.is_empty(),
            trailing: true,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lcs_and_gaps() {
        let a = [1, 2, 3, 4, 5];
        let b = [1, 9, 3, 4];
        let p = align(&a, &b);
        assert_eq!(p, [(0, 0), (2, 2), (3, 3)]);
        let g = gaps(&p, a.len(), b.len());
        assert_eq!(g.len(), 2);
        assert_eq!((g[0].a.clone(), g[0].b.clone()), (1..2, 1..2));
        assert!(!g[0].is_edge());
        assert!(g[1].trailing && g[1].is_edge());
    }

    #[test]
    fn anchors_keep_order() {
        let a: Vec<u64> = (0..1000).collect();
        let mut b: Vec<u64> = (0..1000).rev().collect();
        b[500] = 7;
        let p = anchors(&a, &b);
        assert!(p.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
        assert!(!p.is_empty());
    }
}
