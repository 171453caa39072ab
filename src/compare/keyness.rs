//! Distinctive themes and words: log-likelihood (G²) keyness of each unit
//! against the rest (or against one other unit), with the log ratio as the
//! effect size.

use std::collections::BTreeMap;

use serde::Serialize;

use super::coverage::Grid;
use super::similarity::UnitWords;
use super::unit::Unit;
use super::vocabulary::{is_place, own_places};
use super::{Category, Options};

/// What is over-represented in one unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Distinctive {
    /// The unit.
    pub unit: String,
    /// What it is compared against: `rest`, or a unit's id.
    pub against: String,
    /// Its most over-represented categories (counted in items).
    pub themes: Vec<Keyness>,
    /// Its most over-represented words.
    pub words: Vec<Keyness>,
}

/// The keyness of a term in a unit against a reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Keyness {
    /// The category id or the word.
    pub term: String,
    /// How often it stands in the unit.
    pub count: usize,
    /// How often it stands in the reference.
    pub reference: usize,
    /// Log-likelihood G², signed: positive when over-represented in the unit.
    pub g2: f64,
    /// Effect size: log2 of the ratio of relative frequencies (0.5 added to
    /// zero counts).
    pub log_ratio: f64,
}

/// G² at or above this is significant at p < 0.05 (one degree of freedom).
pub(crate) const SIGNIFICANT: f64 = 3.84;

/// Signed G² and log ratio of `a` of `c` against `b` of `d`, in the
/// two-cell form corpus tools use (Rayson and Garside 2000):
/// `2 (a ln(a/E1) + b ln(b/E2))`, `E1 = c (a+b) / (c+d)`.
pub(crate) fn g2(a: usize, c: usize, b: usize, d: usize) -> (f64, f64) {
    let (a, b, c, d) = (a as f64, b as f64, c as f64, d as f64);
    if c == 0.0 || d == 0.0 || a + b == 0.0 {
        return (0.0, 0.0);
    }
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let term = |o: f64, e: f64| if o > 0.0 { o * (o / e).ln() } else { 0.0 };
    let g = 2.0 * (term(a, e1) + term(b, e2));
    let over = a / c >= b / d;
    let ratio = ((a.max(0.5) / c) / (b.max(0.5) / d)).log2();
    (if over { g } else { -g }, ratio)
}

pub(crate) fn distinctive(
    units: &[Unit<'_>],
    grid: &Grid,
    categories: &[Category],
    words: &UnitWords,
    options: &Options,
) -> Vec<Distinctive> {
    let against = options
        .against
        .as_ref()
        .and_then(|id| units.iter().position(|u| &u.info.id == id));
    let word_totals = words.totals();
    let items_in = |x: usize| units[x].items.len();
    let theme_counts = |x: usize| -> Vec<usize> {
        (0..categories.len())
            .map(|c| grid.cells[x][c].len())
            .collect()
    };
    let theme_totals: Vec<usize> = (0..categories.len())
        .map(|c| (0..units.len()).map(|x| grid.cells[x][c].len()).sum())
        .collect();
    let all_items: usize = (0..units.len()).map(items_in).sum();
    (0..units.len())
        .filter(|&u| Some(u) != against)
        .map(|u| {
            let mine = theme_counts(u);
            let (reference, d) = match against {
                Some(a) => (theme_counts(a), items_in(a)),
                None => (
                    theme_totals.iter().zip(&mine).map(|(t, m)| t - m).collect(),
                    all_items - items_in(u),
                ),
            };
            let label = |c: usize| categories[c].id.clone();
            let own: BTreeMap<String, usize> =
                (0..categories.len()).map(|c| (label(c), mine[c])).collect();
            let refs: BTreeMap<String, usize> = (0..categories.len())
                .map(|c| (label(c), reference[c]))
                .collect();
            Distinctive {
                unit: units[u].info.id.clone(),
                against: against.map_or_else(|| "rest".to_string(), |a| units[a].info.id.clone()),
                themes: key_terms(&own, items_in(u), &refs, d, options.top),
                words: word_keyness(words, &word_totals, u, against, &units[u], options.top),
            }
        })
        .collect()
}

/// The unit's most over-represented words against the rest (all units'
/// totals less its own, so the cost is one pass per unit) or one unit.
fn word_keyness(
    words: &UnitWords,
    totals: &[usize],
    u: usize,
    against: Option<usize>,
    unit: &Unit<'_>,
    top: usize,
) -> Vec<Keyness> {
    let places = own_places(unit);
    let mut own = BTreeMap::new();
    let mut reference = BTreeMap::new();
    for &(w, k) in &words.units[u] {
        let k = k as usize;
        let word = &words.words[w as usize];
        // The unit's own place names are trivially distinctive; leave them out.
        if is_place(word, &places) {
            continue;
        }
        let r = match against {
            Some(a) => {
                let other = &words.units[a];
                other
                    .binary_search_by_key(&w, |&(i, _)| i)
                    .map_or(0, |i| other[i].1 as usize)
            }
            None => totals[w as usize] - k,
        };
        own.insert(word.clone(), k);
        reference.insert(word.clone(), r);
    }
    let c: usize = words.units[u].iter().map(|&(_, k)| k as usize).sum();
    let d: usize = match against {
        Some(a) => words.units[a].iter().map(|&(_, k)| k as usize).sum(),
        None => totals.iter().sum::<usize>() - c,
    };
    key_terms(&own, c, &reference, d, top)
}

/// The `top` most over-represented terms with significant keyness.
fn key_terms(
    target: &BTreeMap<String, usize>,
    c: usize,
    reference: &BTreeMap<String, usize>,
    d: usize,
    top: usize,
) -> Vec<Keyness> {
    let mut out: Vec<Keyness> = target
        .iter()
        .filter(|(_, &a)| a > 0)
        .map(|(term, &a)| {
            let b = reference.get(term).copied().unwrap_or(0);
            let (g2, log_ratio) = g2(a, c, b, d);
            Keyness {
                term: term.clone(),
                count: a,
                reference: b,
                g2,
                log_ratio,
            }
        })
        .filter(|k| k.g2 >= SIGNIFICANT)
        .collect();
    out.sort_by(|a, b| b.g2.total_cmp(&a.g2).then_with(|| a.term.cmp(&b.term)));
    out.truncate(top);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g2_matches_a_worked_example() {
        // 50 of 1000 against 10 of 1000: G² = 29.11 (Rayson's two-cell
        // form, as corpus tools report it), over-represented.
        let (g, r) = g2(50, 1000, 10, 1000);
        assert!((g - 29.11).abs() < 0.01, "{g}");
        assert!((r - 5f64.log2()).abs() < 1e-9);
        let (g, _) = g2(10, 1000, 50, 1000);
        assert!(g < 0.0);
    }
}
