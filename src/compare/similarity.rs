//! Pairwise similarity of units: Jaccard on the sets of categories covered,
//! cosine on category weights, cosine on word TF-IDF.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use super::coverage::Grid;
use super::unit::Unit;
use super::words::content_word;

/// How alike units are, three ways: Jaccard on the sets of categories
/// covered, cosine on category weights, cosine on word TF-IDF.
///
/// Up to 50 units (or with [`Options::full_similarity`](super::Options)),
/// the three full matrices, rows and columns in unit order. Beyond, a
/// matrix would grow with the square of the units, so the table takes its
/// second form: each unit's nearest units by word cosine
/// ([`Similarity::neighbours`]), with the three measures of each pair, and
/// the matrices are empty. The neighbours are found through an inverted
/// index of each unit's heaviest words, so they are approximate: a unit
/// that shares none of its ten heaviest words with another is never its
/// neighbour, however alike their common words make them. The search has
/// no randomness: the same units give the same neighbours.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Similarity {
    /// The units, in row and column order.
    pub units: Vec<String>,
    /// Jaccard overlap of the sets of categories covered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub jaccard: Vec<Vec<f64>>,
    /// Cosine of the category weight vectors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub theme_cosine: Vec<Vec<f64>>,
    /// Cosine of the word TF-IDF vectors (jieba words, stop words out).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub word_cosine: Vec<Vec<f64>>,
    /// In the second form, each unit's nearest units, nearest first, at
    /// most [`Options::top`](super::Options) per unit, in unit order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub neighbours: Vec<Neighbour>,
}

/// One of a unit's nearest units.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Neighbour {
    /// The unit.
    pub unit: String,
    /// 1 for its nearest unit.
    pub rank: usize,
    /// The neighbour.
    pub neighbour: String,
    /// Cosine of their word TF-IDF vectors, by which neighbours are ranked.
    pub word_cosine: f64,
    /// Cosine of their category weights.
    pub theme_cosine: f64,
    /// Jaccard overlap of their sets of categories covered.
    pub jaccard: f64,
}

/// Up to this many units, the similarity table is the full matrices.
const MATRIX_UNITS: usize = 50;

/// Each unit is indexed by this many of its heaviest TF-IDF words.
const INDEX_WORDS: usize = 10;

/// A word's postings keep the units that weigh it most, at most this many,
/// so that a word every plan uses costs no more than a rare one.
const POSTINGS: usize = 50;

/// Each unit is scored against at most this many candidates, those sharing
/// the most indexed words with it. These three values were set by ad hoc
/// experiment on synthetic plans: larger ones find a few more of the exact
/// neighbours at a cost that grows with their product.
const CANDIDATES: usize = 50;

/// The units' content words, interned: each word an id, each unit a list
/// of (word id, count) sorted by id, so that comparisons run on integers.
#[derive(Debug, Clone, Default)]
pub(crate) struct UnitWords {
    /// The words, by id.
    pub words: Vec<String>,
    /// Per unit, (word id, count), sorted by id.
    pub units: Vec<Vec<(u32, u32)>>,
    /// In how many units each word stands.
    pub df: Vec<usize>,
}

impl UnitWords {
    /// The sum of counts over all units, by word id.
    pub(crate) fn totals(&self) -> Vec<usize> {
        let mut t = vec![0; self.words.len()];
        for unit in &self.units {
            for &(w, c) in unit {
                t[w as usize] += c as usize;
            }
        }
        t
    }
}

/// Counts each unit's content words, from the coder's words.
pub(crate) fn unit_words(units: &[Unit<'_>]) -> UnitWords {
    let mut ids: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    let mut out = UnitWords::default();
    for u in units {
        let mut counts: BTreeMap<u32, u32> = BTreeMap::new();
        for m in &u.items {
            for w in m.item.words().filter(|w| content_word(w)) {
                let next = out.words.len() as u32;
                let id = *ids.entry(w).or_insert_with(|| {
                    out.words.push(w.to_string());
                    out.df.push(0);
                    next
                });
                *counts.entry(id).or_insert(0) += 1;
            }
        }
        for &w in counts.keys() {
            out.df[w as usize] += 1;
        }
        out.units.push(counts.into_iter().collect());
    }
    out
}

pub(crate) fn similarity(
    units: &[Unit<'_>],
    grid: &Grid,
    words: &UnitWords,
    full: bool,
    top: usize,
) -> Similarity {
    let n = units.len();
    let categories = grid.cells.first().map_or(0, Vec::len);
    let weights: Vec<Vec<f64>> = (0..n)
        .map(|u| {
            (0..categories)
                .map(|c| grid.cells[u][c].iter().map(|&(_, w)| w).sum())
                .collect()
        })
        .collect();
    let sets: Vec<Vec<bool>> = (0..n)
        .map(|u| (0..categories).map(|c| grid.covers(u, c)).collect())
        .collect();
    let ids: Vec<String> = units.iter().map(|u| u.info.id.clone()).collect();
    if !full && n > MATRIX_UNITS {
        let neighbours = nearest(&TfIdf::new(words), top)
            .into_iter()
            .enumerate()
            .flat_map(|(a, near)| {
                let (ids, weights, sets) = (&ids, &weights, &sets);
                near.into_iter()
                    .enumerate()
                    .map(move |(r, (b, word_cosine))| Neighbour {
                        unit: ids[a].clone(),
                        rank: r + 1,
                        neighbour: ids[b].clone(),
                        word_cosine,
                        theme_cosine: cosine(&weights[a], &weights[b]),
                        jaccard: jaccard(&sets[a], &sets[b]),
                    })
            })
            .collect();
        return Similarity {
            units: ids,
            jaccard: Vec::new(),
            theme_cosine: Vec::new(),
            word_cosine: Vec::new(),
            neighbours,
        };
    }
    let matrix = |f: &(dyn Fn(usize, usize) -> f64 + Sync)| -> Vec<Vec<f64>> {
        (0..n)
            .into_par_iter()
            .map(|a| (0..n).map(|b| f(a, b)).collect())
            .collect()
    };
    Similarity {
        units: ids,
        jaccard: matrix(&|a, b| jaccard(&sets[a], &sets[b])),
        theme_cosine: matrix(&|a, b| cosine(&weights[a], &weights[b])),
        word_cosine: word_cosines(words),
        neighbours: Vec::new(),
    }
}

/// Each unit's `top` nearest other units by the cosine of their
/// normalised TF-IDF vectors, nearest first (ties in unit order), found
/// through an inverted index of each unit's [`INDEX_WORDS`] heaviest words.
fn nearest(tfidf: &TfIdf<'_>, top: usize) -> Vec<Vec<(usize, f64)>> {
    let units = &tfidf.words.units;
    let vocabulary = tfidf.words.words.len();
    let index: Vec<Vec<(u32, f64)>> = (0..units.len())
        .into_par_iter()
        .map(|u| {
            let mut v = tfidf.vector(u);
            v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            v.truncate(INDEX_WORDS);
            v
        })
        .collect();
    let mut postings: Vec<Vec<(f64, usize)>> = vec![Vec::new(); vocabulary];
    for (u, ws) in index.iter().enumerate() {
        for &(w, x) in ws {
            postings[w as usize].push((x, u));
        }
    }
    for p in &mut postings {
        p.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        p.truncate(POSTINGS);
    }
    (0..units.len())
        .into_par_iter()
        .map_init(
            || vec![0.0; vocabulary],
            |dense, a| {
                let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
                for &(w, _) in &index[a] {
                    for &(_, b) in &postings[w as usize] {
                        if b != a {
                            *shared.entry(b).or_default() += 1;
                        }
                    }
                }
                let mut candidates: Vec<(usize, usize)> = shared.into_iter().collect();
                candidates.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
                candidates.truncate(CANDIDATES);
                for &(w, c) in &units[a] {
                    dense[w as usize] = tfidf.weight(a, w, c);
                }
                let mut scored: Vec<(usize, f64)> = candidates
                    .into_iter()
                    .map(|(b, _)| {
                        let d: f64 = (units[b].iter())
                            .map(|&(w, c)| dense[w as usize] * tfidf.weight(b, w, c))
                            .sum();
                        (b, d.min(1.0))
                    })
                    .collect();
                for &(w, _) in &units[a] {
                    dense[w as usize] = 0.0;
                }
                scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                scored.truncate(top);
                scored
            },
        )
        .collect()
}

fn jaccard(a: &[bool], b: &[bool]) -> f64 {
    let both = a.iter().zip(b).filter(|(x, y)| **x && **y).count();
    let either = a.iter().zip(b).filter(|(x, y)| **x || **y).count();
    if either == 0 {
        0.0
    } else {
        both as f64 / either as f64
    }
}

fn cosine(a: &[f64], b: &[f64]) -> f64 {
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let norm = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>().sqrt();
    let d = norm(a) * norm(b);
    if d == 0.0 {
        0.0
    } else {
        dot / d
    }
}

/// TF-IDF vectors of the units' words with smoothed
/// `idf = ln((1 + N) / (1 + df)) + 1`: words every unit uses still count a
/// little, so that two plans of the same city are more alike than two of
/// different ones even when only two plans are compared (plain `ln(N/df)`
/// would zero every shared word and make every pair's cosine 0). Each vector
/// is normalised to length 1, so a cosine is a dot product.
fn tfidf(words: &UnitWords) -> Vec<Vec<(u32, f64)>> {
    let tfidf = TfIdf::new(words);
    (0..words.units.len()).map(|u| tfidf.vector(u)).collect()
}

/// What a unit's TF-IDF vector is computed from: each word's idf and each
/// unit's total count and norm, so that a study of thousands of units need
/// not hold every vector. A weight computed here is bit for bit the one in
/// the vector, by the same operations in the same order.
struct TfIdf<'w> {
    words: &'w UnitWords,
    idf: Vec<f64>,
    /// Per unit, its total count and its vector's norm before normalising.
    scale: Vec<(usize, f64)>,
}

impl<'w> TfIdf<'w> {
    fn new(words: &'w UnitWords) -> TfIdf<'w> {
        let n = words.units.len() as f64;
        let idf: Vec<f64> = (words.df.iter())
            .map(|&df| ((1.0 + n) / (1.0 + df as f64)).ln() + 1.0)
            .collect();
        let scale = (words.units.iter())
            .map(|unit| {
                let total: usize = unit.iter().map(|&(_, c)| c as usize).sum();
                let norm = (unit.iter())
                    .map(|&(w, c)| {
                        let x = c as f64 / total.max(1) as f64 * idf[w as usize];
                        x * x
                    })
                    .sum::<f64>()
                    .sqrt();
                (total, norm)
            })
            .collect();
        TfIdf { words, idf, scale }
    }

    /// The weight of word `w`, counted `c` times, in unit `u`'s normalised
    /// vector.
    fn weight(&self, u: usize, w: u32, c: u32) -> f64 {
        let (total, norm) = self.scale[u];
        let x = c as f64 / total.max(1) as f64 * self.idf[w as usize];
        if norm > 0.0 {
            x / norm
        } else {
            x
        }
    }

    /// Unit `u`'s normalised vector, by word id.
    fn vector(&self, u: usize) -> Vec<(u32, f64)> {
        (self.words.units[u].iter())
            .map(|&(w, c)| (w, self.weight(u, w, c)))
            .collect()
    }
}

/// Cosines of all pairs of units' TF-IDF vectors. Each row scatters its
/// unit's vector into a dense array once, then takes the dot product with
/// every later unit by walking that unit's non-zero entries only: cost
/// proportional to the pairs times the words of a unit, with no merging.
fn word_cosines(words: &UnitWords) -> Vec<Vec<f64>> {
    let vectors = tfidf(words);
    let n = vectors.len();
    let upper: Vec<Vec<f64>> = (0..n)
        .into_par_iter()
        .map(|a| {
            let mut dense = vec![0.0; words.words.len()];
            for &(w, x) in &vectors[a] {
                dense[w as usize] = x;
            }
            (a..n)
                .map(|b| {
                    let d: f64 = vectors[b].iter().map(|&(w, y)| dense[w as usize] * y).sum();
                    d.min(1.0)
                })
                .collect()
        })
        .collect();
    (0..n)
        .map(|a| {
            (0..n)
                .map(|b| {
                    if b >= a {
                        upper[a][b - a]
                    } else {
                        upper[b][a - b]
                    }
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures() {
        assert_eq!(
            jaccard(&[true, true, false], &[true, false, true]),
            1.0 / 3.0
        );
        assert!((cosine(&[1.0, 0.0], &[1.0, 1.0]) - 0.5f64.sqrt()).abs() < 1e-12);
        assert_eq!(cosine(&[0.0], &[1.0]), 0.0);
    }
}
