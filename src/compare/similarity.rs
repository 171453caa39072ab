//! Pairwise similarity of units: Jaccard on the sets of categories covered,
//! cosine on category weights, cosine on word TF-IDF.

use std::collections::BTreeMap;

use serde::Serialize;

use super::coverage::Grid;
use super::unit::Unit;
use super::vocabulary::content_word;

/// Pairwise similarity matrices, rows and columns in unit order.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// Each unit's content words with their counts.
pub(crate) type Words = Vec<BTreeMap<String, usize>>;

/// Counts each unit's content words, from the coder's words.
pub(crate) fn unit_words(units: &[Unit<'_>]) -> Words {
    units
        .iter()
        .map(|u| {
            let mut counts = BTreeMap::new();
            for m in &u.items {
                for w in m.item.words().filter(|w| content_word(w)) {
                    *counts.entry(w.to_string()).or_insert(0) += 1;
                }
            }
            counts
        })
        .collect()
}

pub(crate) fn similarity(units: &[Unit<'_>], grid: &Grid, words: &Words) -> Similarity {
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
    let tfidf = tfidf(words);
    let matrix = |f: &dyn Fn(usize, usize) -> f64| -> Vec<Vec<f64>> {
        (0..n).map(|a| (0..n).map(|b| f(a, b)).collect()).collect()
    };
    Similarity {
        units: units.iter().map(|u| u.info.id.clone()).collect(),
        jaccard: matrix(&|a, b| jaccard(&sets[a], &sets[b])),
        theme_cosine: matrix(&|a, b| cosine(&weights[a], &weights[b])),
        word_cosine: matrix(&|a, b| sparse_cosine(&tfidf[a], &tfidf[b])),
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
/// would zero every shared word and make every pair's cosine 0).
pub(crate) fn tfidf(words: &Words) -> Vec<BTreeMap<&str, f64>> {
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for w in words {
        for k in w.keys() {
            *df.entry(k.as_str()).or_default() += 1;
        }
    }
    let n = words.len() as f64;
    words
        .iter()
        .map(|w| {
            let total: usize = w.values().sum();
            w.iter()
                .map(|(k, &c)| {
                    let idf = ((1.0 + n) / (1.0 + df[k.as_str()] as f64)).ln() + 1.0;
                    (k.as_str(), c as f64 / total.max(1) as f64 * idf)
                })
                .filter(|(_, v)| *v > 0.0)
                .collect()
        })
        .collect()
}

fn sparse_cosine(a: &BTreeMap<&str, f64>, b: &BTreeMap<&str, f64>) -> f64 {
    let dot: f64 = a.iter().filter_map(|(k, x)| b.get(k).map(|y| x * y)).sum();
    let norm = |v: &BTreeMap<&str, f64>| v.values().map(|x| x * x).sum::<f64>().sqrt();
    let d = norm(a) * norm(b);
    if d == 0.0 {
        0.0
    } else {
        dot / d
    }
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
