//! Aligned items: per category, the most similar items of different units
//! (who says nearly the same thing).
//!
//! Items are never compared all against all: candidates are blocked first,
//! by category (both items address it) and by rare words they share (an
//! inverted index over each item's rarest words), and only the candidates
//! are scored, by the overlap coefficient of their character bigrams, which
//! suits Chinese without segmentation and does not punish a short point
//! echoed inside a long project block.

use itertools::{EitherOrBoth, Itertools};
use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use serde::Serialize;

use super::coverage::{Grid, ItemRef};
use super::unit::Unit;
use super::words::content_word;
use super::Category;

/// The most similar items of different units on one category.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Aligned {
    /// The category.
    pub category: String,
    /// The pairs, most similar first.
    pub pairs: Vec<AlignedPair>,
}

/// Two similar items of different units.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AlignedPair {
    /// One item.
    pub a: AlignedItem,
    /// The other.
    pub b: AlignedItem,
    /// Their similarity, 0 to 1 (overlap coefficient of character bigrams);
    /// pairs below 0.25 are not reported.
    pub score: f64,
}

/// An item and its unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AlignedItem {
    /// The unit's id.
    pub unit: String,
    /// The item.
    #[serde(flatten)]
    pub item: ItemRef,
}

/// Words that more items of a category share than this are too common to
/// propose a pair: they would make every item a candidate of every other.
const MAX_POSTINGS: usize = 50;

/// Each item is indexed by at most this many of its rarest words.
const INDEX_WORDS: usize = 10;

/// Each item is scored against at most this many candidates, those sharing
/// the most indexed words with it.
const CANDIDATES: usize = 20;

/// Pairs below this similarity are not reported: two items on one theme
/// share some bigrams by chance. Of the 696 candidate pairs of the bundled
/// plans, 648 score below 0.2 and 18 at 0.25 or more (the closest wordings,
/// such as two cities' 加强基层党组织建设); 0.25 keeps those.
pub(crate) const MIN_ALIGNED_SCORE: f64 = 0.25;

pub(crate) fn aligned(
    units: &[Unit<'_>],
    grid: &Grid,
    categories: &[Category],
    top: usize,
) -> Vec<Aligned> {
    categories
        .par_iter()
        .enumerate()
        .filter_map(|(c, cat)| {
            let members: Vec<(usize, usize)> = (0..units.len())
                .flat_map(|u| grid.cells[u][c].iter().map(move |&(k, _)| (u, k)))
                .collect();
            let pairs = best_pairs(units, &members, top);
            (!pairs.is_empty()).then(|| Aligned {
                category: cat.id.clone(),
                pairs,
            })
        })
        .collect()
}

fn best_pairs(units: &[Unit<'_>], members: &[(usize, usize)], top: usize) -> Vec<AlignedPair> {
    let words: Vec<Vec<&str>> = members
        .iter()
        .map(|&(u, k)| {
            let mut w: Vec<&str> = units[u].items[k]
                .item
                .words()
                .filter(|w| content_word(w))
                .collect();
            w.sort_unstable();
            w.dedup();
            w
        })
        .collect();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for ws in &words {
        for w in ws {
            *df.entry(w).or_default() += 1;
        }
    }
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    let indexed: Vec<Vec<&str>> = words
        .iter()
        .enumerate()
        .map(|(i, ws)| {
            let mut rare: Vec<&str> = ws
                .iter()
                .copied()
                .filter(|w| df[w] > 1 && df[w] <= MAX_POSTINGS)
                .collect();
            rare.sort_by_key(|w| (df[w], *w));
            rare.truncate(INDEX_WORDS);
            for w in &rare {
                postings.entry(w).or_default().push(i);
            }
            rare
        })
        .collect();
    // Bigrams only for the items that are candidates, each once.
    let mut grams: Vec<Option<Vec<u64>>> = vec![None; members.len()];
    let mut gram = |i: usize| -> Vec<u64> {
        grams[i]
            .get_or_insert_with(|| {
                let (u, k) = members[i];
                bigrams(&units[u].items[k].item.item.text)
            })
            .clone()
    };
    let mut scored: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for (i, ws) in indexed.iter().enumerate() {
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        for w in ws {
            for &j in &postings[w] {
                if j > i && members[j].0 != members[i].0 {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let mut cands: Vec<(usize, usize)> = shared.into_iter().collect();
        cands.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (j, _) in cands.into_iter().take(CANDIDATES) {
            let score = overlap(&gram(i), &gram(j));
            if score >= MIN_ALIGNED_SCORE {
                scored.insert((i, j), score);
            }
        }
    }
    let mut pairs: Vec<((usize, usize), f64)> = scored.into_iter().collect();
    pairs.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    pairs
        .into_iter()
        .take(top)
        .map(|((i, j), score)| {
            let item = |m: (usize, usize)| AlignedItem {
                unit: units[m.0].info.id.clone(),
                item: ItemRef::of(&units[m.0].items[m.1]),
            };
            AlignedPair {
                a: item(members[i]),
                b: item(members[j]),
                score,
            }
        })
        .collect()
}

/// The distinct character bigrams of a text's Chinese characters, packed
/// into integers and sorted.
fn bigrams(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().filter(|c| crate::text::is_han(*c)).collect();
    let mut grams: Vec<u64> = chars
        .windows(2)
        .map(|w| (u64::from(w[0]) << 32) | u64::from(w[1]))
        .collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// The overlap coefficient `|A ∩ B| / min(|A|, |B|)`: 1 when the shorter
/// item's wording stands wholly in the longer one, whatever their lengths.
fn overlap(a: &[u64], b: &[u64]) -> f64 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    let both = (a.iter().merge_join_by(b, |x, y| x.cmp(y)))
        .filter(|e| matches!(e, EitherOrBoth::Both(..)))
        .count();
    both as f64 / small as f64
}
