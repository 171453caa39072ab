//! Vocabulary across a set of plans: the salient words of each plan that no
//! cue of the schema covers, so that a researcher sees what the schema misses.
//!
//! Salience is TF-IDF over the set, computed from the words the coder already
//! cut (text is segmented once): a word's share of the plan's words times
//! `ln(N / df)`, where `df` is the number of plans that use it. Words every
//! plan uses score zero, so the set itself is the stop list for generic
//! policy language; a short list of function words and plan boilerplate is
//! removed as well.

use serde::Serialize;

use super::similarity::{unit_words, UnitWords};
use super::unit::{units, By, Unit};
use crate::code::Coder;
use crate::pipeline::CodedPlan;

/// A plan's salient words that no cue covers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Unmapped {
    /// The plan's id.
    pub plan: String,
    /// Its salient uncovered words, most salient first.
    pub words: Vec<Salient>,
}

/// A word with its salience in a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Salient {
    /// The word.
    pub word: String,
    /// How often the plan uses it.
    pub count: usize,
    /// Its TF-IDF over the set of plans.
    pub tfidf: f64,
}

/// A word must stand at least this often in a plan to be salient: a single
/// use is an accident of wording, not vocabulary the schema misses.
pub(crate) const MIN_COUNT: usize = 2;

/// For each coded plan, up to `top` salient words that no cue of the coder's
/// schema covers (a cue covers a word it stands in, `足球` in `足球赛`, or
/// that stands in it).
pub fn unmapped(coder: &Coder, plans: &[CodedPlan], top: usize) -> Vec<Unmapped> {
    let plans: Vec<&CodedPlan> = plans.iter().collect();
    let units = units(&plans, By::Plan);
    let words = unit_words(&units);
    unmapped_units(coder, &units, &words, top)
}

/// [`unmapped`] over units of comparison.
pub(crate) fn unmapped_units(
    coder: &Coder,
    units: &[Unit<'_>],
    words: &UnitWords,
    top: usize,
) -> Vec<Unmapped> {
    let cues: Vec<&str> = coder.schema().cues().collect();
    // Whether a cue covers a word is the same in every unit: decide it once
    // per distinct word.
    let uncovered: Vec<bool> = words.words.iter().map(|w| !covered(w, &cues)).collect();
    let n = units.len() as f64;
    units
        .iter()
        .zip(&words.units)
        .map(|(unit, counts)| {
            let own = own_places(unit);
            let total: usize = counts.iter().map(|&(_, k)| k as usize).sum();
            let mut words: Vec<Salient> = counts
                .iter()
                .filter(|&&(w, k)| k as usize >= MIN_COUNT && uncovered[w as usize])
                .map(|&(w, k)| Salient {
                    word: words.words[w as usize].clone(),
                    count: k as usize,
                    tfidf: k as f64 / total.max(1) as f64 * (n / words.df[w as usize] as f64).ln(),
                })
                .filter(|s| s.tfidf > 0.0 && !is_place(&s.word, &own))
                .collect();
            words.sort_by(|a, b| {
                b.tfidf
                    .total_cmp(&a.tfidf)
                    .then_with(|| a.word.cmp(&b.word))
            });
            words.truncate(top);
            Unmapped {
                plan: unit.info.id.clone(),
                words,
            }
        })
        .collect()
}

/// Place names are the unit's own jurisdiction, not vocabulary: names with
/// an administrative suffix, the short forms of the unit's own places
/// (`郑州`, `金水`), and the gazetteer's names and nicknames (`鹤城`).
pub(crate) fn is_place(word: &str, own: &[String]) -> bool {
    own.iter().any(|name| name.starts_with(word))
        || ["市", "区", "县", "省", "镇"]
            .iter()
            .any(|s| word.ends_with(s))
        || crate::ingest::is_place_name(word)
}

/// The place names of every plan in a unit (a city unit holds several), once.
pub(crate) fn own_places(unit: &Unit<'_>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for m in &unit.items {
        if seen.contains(&m.plan.id.as_str()) {
            continue;
        }
        seen.push(&m.plan.id);
        let meta = &m.plan.meta;
        let j = &meta.jurisdiction;
        for name in [&j.province, &j.city, &j.district]
            .into_iter()
            .flatten()
            .chain(&meta.districts)
        {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    names
}

fn covered(word: &str, cues: &[&str]) -> bool {
    cues.iter().any(|c| word.contains(c) || c.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ingest, outline};

    fn coded(id: &str, text: &str) -> CodedPlan {
        let doc = ingest::from_text(id, text).unwrap();
        Coder::reference().code(&outline::plan(&doc))
    }

    #[test]
    fn words_only_one_plan_uses_and_no_cue_covers() {
        let a = coded("a", "一、重点工作\n1.推进围棋进校园。开展围棋比赛,普及围棋。\n2.加强校园足球。开展足球联赛。");
        let b = coded(
            "b",
            "一、重点工作\n1.加强校园足球。开展足球联赛。\n2.推进书法教育。开展书法比赛,普及书法。",
        );
        let u = unmapped(Coder::reference(), &[a, b], 5);
        assert_eq!(
            u[0].words
                .iter()
                .map(|s| s.word.as_str())
                .collect::<Vec<_>>(),
            ["围棋"]
        );
        assert_eq!(u[1].words[0].word, "书法");
        assert!(u[0].words[0].count >= 2);
    }
}
