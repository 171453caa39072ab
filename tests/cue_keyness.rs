//! The method by which the schema's cues grow: for each theme, the words
//! over-represented in its gold items against all other gold items (log
//! likelihood, G², over the bundled and development gold), less the words a
//! cue already covers. Each candidate is then read and kept as a cue only
//! where it means the theme in any plan.
//!
//! `cargo test --release --test cue_keyness -- --ignored --nocapture`

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::match_item;
use eduplans::code::Coder;

/// A candidate is shown when at least this many of the theme's gold items
/// hold it.
const MIN_ITEMS: usize = 2;

/// Candidates shown per theme.
const SHOWN: usize = 15;

fn g2(a: f64, n1: f64, b: f64, n2: f64) -> f64 {
    let total = n1 + n2;
    let k = a + b;
    let term = |o: f64, e: f64| if o > 0.0 { o * (o / e).ln() } else { 0.0 };
    let e1 = n1 * k / total;
    let e2 = n2 * k / total;
    let e3 = n1 * (total - k) / total;
    let e4 = n2 * (total - k) / total;
    2.0 * (term(a, e1) + term(b, e2) + term(n1 - a, e3) + term(n2 - b, e4))
}

#[test]
#[ignore = "prints candidates for review; run by hand"]
fn candidates_for_cues() {
    let coder = Coder::reference();
    // Each gold item: its themes and the set of words of its text.
    let mut items: Vec<(BTreeSet<String>, BTreeSet<String>)> = Vec::new();
    for gold in common::bundled().into_iter().chain(common::dev()) {
        let plan = eduplans::outline::plan(&gold.document());
        for g in &gold.items {
            let Some((item, _)) = match_item(&plan.items, g) else {
                continue;
            };
            let words: BTreeSet<String> = coder
                .cut(&item.text)
                .into_iter()
                .map(|(a, b)| item.text[a..b].to_string())
                .filter(|w| {
                    w.chars().count() >= 2
                        && w.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                })
                .collect();
            items.push((g.themes.iter().cloned().collect(), words));
        }
    }
    let cues: Vec<&str> = coder.schema().cues().collect();
    let covered = |w: &str| cues.iter().any(|c| w.contains(c) || c.contains(w));
    let ids: BTreeSet<String> = items.iter().flat_map(|(t, _)| t.iter().cloned()).collect();
    for id in ids {
        let n1 = items.iter().filter(|(t, _)| t.contains(&id)).count() as f64;
        let n2 = items.len() as f64 - n1;
        let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for (themes, words) in &items {
            for w in words {
                let e = counts.entry(w.as_str()).or_default();
                if themes.contains(&id) {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
        }
        let mut scored: Vec<(f64, &str, usize, usize)> = counts
            .into_iter()
            .filter(|&(w, (a, b))| {
                a >= MIN_ITEMS && (a as f64 / n1) > (b as f64 / n2.max(1.0)) && !covered(w)
            })
            .map(|(w, (a, b))| (g2(a as f64, n1, b as f64, n2), w, a, b))
            .collect();
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
        let shown: Vec<String> = scored
            .iter()
            .take(SHOWN)
            .map(|(g, w, a, b)| format!("{w}({a}/{b},{g:.1})"))
            .collect();
        println!("{id} [{n1}]: {}", shown.join(" "));
    }
}

/// The other half of the method: each cue's precision over the gold items
/// it stands in (how often its theme is gold there). A cue that mostly
/// stands where its theme is not gold is read again, and narrowed by a trap
/// (`not`) or dropped where it does not mean the theme in most plans.
///
/// `cargo test --release --test cue_keyness -- --ignored --nocapture`
#[test]
#[ignore = "prints cues for review; run by hand"]
fn imprecise_cues() {
    let coder = Coder::reference();
    let mut stats: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for gold in common::bundled().into_iter().chain(common::dev()) {
        let plan = eduplans::outline::plan(&gold.document());
        let coded = coder.code(&plan);
        for g in &gold.items {
            let Some((item, _)) = match_item(&plan.items, g) else {
                continue;
            };
            let c = coded
                .items
                .iter()
                .find(|c| c.item.span == item.span)
                .unwrap();
            for t in c.themes.iter().chain(&c.candidates) {
                let cues: BTreeSet<String> = t.evidence.iter().map(|e| e.cue.to_string()).collect();
                for cue in cues {
                    let e = stats.entry((t.id.to_string(), cue)).or_default();
                    if g.themes.iter().any(|x| x.as_str() == &*t.id) {
                        e.0 += 1;
                    } else {
                        e.1 += 1;
                    }
                }
            }
        }
    }
    let mut rows: Vec<_> = stats
        .into_iter()
        .filter(|(_, (right, wrong))| right + wrong >= 3 && *wrong > *right)
        .collect();
    rows.sort_by_key(|(_, (right, wrong))| std::cmp::Reverse(wrong - right));
    for ((theme, cue), (right, wrong)) in rows {
        println!("{theme} {cue}: right {right}, wrong {wrong}");
    }
}
