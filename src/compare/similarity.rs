//! Pairwise similarity of units: Jaccard on the sets of categories covered,
//! cosine on category weights, cosine on word TF-IDF.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use super::coverage::Grid;
use super::unit::Unit;
use super::words::content_word;

/// Pairwise similarity matrices, rows and columns in unit order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Similarity {
    /// The units, in row and column order.
    pub units: Vec<String>,
    /// Jaccard overlap of the sets of categories covered.
    pub jaccard: Vec<Vec<f64>>,
    /// Cosine of the category weight vectors.
    pub theme_cosine: Vec<Vec<f64>>,
    /// Cosine of the word TF-IDF vectors (jieba words, stop words out).
    pub word_cosine: Vec<Vec<f64>>,
}

/// The units' content words, interned: each word an id, each unit a list
/// of (word id, count) sorted by id, so that comparisons run on integers.
#[derive(Debug, Clone, Default)]
pub(crate) struct UnitWords {
    /// The words, by id.
    pub words: Vec<String>,
    /// Per unit, (word id, count), sorted by id.
    pub units: Vec<Vec<(u32, usize)>>,
    /// In how many units each word stands.
    pub df: Vec<usize>,
}

impl UnitWords {
    /// The sum of counts over all units, by word id.
    pub(crate) fn totals(&self) -> Vec<usize> {
        let mut t = vec![0; self.words.len()];
        for unit in &self.units {
            for &(w, c) in unit {
                t[w as usize] += c;
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
        let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
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

pub(crate) fn similarity(units: &[Unit<'_>], grid: &Grid, words: &UnitWords) -> Similarity {
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
    let matrix = |f: &(dyn Fn(usize, usize) -> f64 + Sync)| -> Vec<Vec<f64>> {
        (0..n)
            .into_par_iter()
            .map(|a| (0..n).map(|b| f(a, b)).collect())
            .collect()
    };
    Similarity {
        units: units.iter().map(|u| u.info.id.clone()).collect(),
        jaccard: matrix(&|a, b| jaccard(&sets[a], &sets[b])),
        theme_cosine: matrix(&|a, b| cosine(&weights[a], &weights[b])),
        word_cosine: word_cosines(words),
    }
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
pub(crate) fn tfidf(words: &UnitWords) -> Vec<Vec<(u32, f64)>> {
    let n = words.units.len() as f64;
    words
        .units
        .iter()
        .map(|unit| {
            let total: usize = unit.iter().map(|&(_, c)| c).sum();
            let mut v: Vec<(u32, f64)> = unit
                .iter()
                .map(|&(w, c)| {
                    let idf = ((1.0 + n) / (1.0 + words.df[w as usize] as f64)).ln() + 1.0;
                    (w, c as f64 / total.max(1) as f64 * idf)
                })
                .collect();
            let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, x)| *x /= norm);
            }
            v
        })
        .collect()
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
