//! Shared phrases: wordings of six or more characters that stand in two or
//! more plans, a trace of how slogans travel between cities.
//!
//! Every plan's runs of Chinese characters are cut into 6-character shingles;
//! a shingle in two or more plans is extended, shingle by shingle, while at
//! least two plans share every shingle of it (overlapping 6-character
//! windows, so a plan is credited with a phrase whose every window it uses,
//! which in practice means the phrase). Generic boilerplate is filtered by
//! how many plans use it ([`MAX_SHARE`]) and by a stop list ([`BOILERPLATE`],
//! extended by [`Options::stop_phrases`](super::Options)).

use itertools::{EitherOrBoth, Itertools};
use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::Options;
use crate::pipeline::CodedPlan;
use crate::text::is_han;

/// A phrase that stands in two or more plans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SharedPhrase {
    /// The phrase.
    pub phrase: String,
    /// The plans that use it, oldest first.
    pub uses: Vec<PhraseUse>,
}

/// A plan that uses a phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct PhraseUse {
    /// The plan's id.
    pub plan: String,
    /// The first year it covers, if known.
    pub year: Option<u16>,
}

/// Phrases are at least this many characters: shorter ones (`加强管理`) are
/// ordinary words, not wordings that travel.
pub(crate) const MIN_CHARS: usize = 6;

/// A phrase used by three or more plans and by more than this share of
/// them is boilerplate every plan repeats, not a trace of one city borrowing
/// from another. (Two plans sharing a phrase is always reported.)
pub(crate) const MAX_SHARE: f64 = 0.6;

/// At most this many phrases are reported, most widely shared first.
pub(crate) const MAX_PHRASES: usize = 60;

/// A shingle's plan list stops growing here: a shingle in this many plans is
/// boilerplate at any corpus size, and capping keeps memory flat on
/// thousands of plans.
const MAX_PLANS_PER_SHINGLE: usize = 64;

/// Phrases of the national policy language every plan repeats.
pub const BOILERPLATE: &[&str] = &[
    "习近平新时代中国特色社会主义思想",
    "党的教育方针",
    "办好人民满意的教育",
    "立德树人根本任务",
    "社会主义核心价值观",
    "德智体美劳全面发展",
    "社会主义建设者和接班人",
    "党的十九大精神",
    "党的二十大精神",
    "高质量教育体系",
    "教育优先发展",
    "教育现代化",
    "全面从严治党",
];

pub(crate) fn shared(plans: &[&CodedPlan], options: &Options) -> Vec<SharedPhrase> {
    // Runs are read again from each plan's text where needed, not held for
    // every plan at once: four bytes a character over a whole study.
    let mut shingles: HashMap<Shingle, Vec<u32>> = HashMap::new();
    for (p, plan) in plans.iter().enumerate() {
        for run in han_runs(&plan.text) {
            for gram in run.windows(MIN_CHARS) {
                let list = shingles.entry(shingle(gram)).or_default();
                if list.last() != Some(&(p as u32)) && list.len() < MAX_PLANS_PER_SHINGLE {
                    list.push(p as u32);
                }
            }
        }
    }
    let mut found: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for plan in plans {
        for run in han_runs(&plan.text) {
            extend_phrases(&run, &shingles, &mut found);
        }
    }
    let n = plans.len();
    let stop: Vec<&str> = BOILERPLATE
        .iter()
        .copied()
        .chain(options.stop_phrases.iter().map(String::as_str))
        .collect();
    let mut out: Vec<SharedPhrase> = drop_contained(found)
        .into_iter()
        .filter(|(phrase, users)| {
            let generic = users.len() >= 3 && users.len() as f64 > MAX_SHARE * n as f64;
            let stopped = stop
                .iter()
                .any(|s| phrase.contains(s) || s.contains(phrase.as_str()));
            !generic && !stopped
        })
        .map(|(phrase, users)| SharedPhrase {
            phrase,
            uses: uses(plans, &users),
        })
        .collect();
    out.sort_by(|a, b| {
        b.uses
            .len()
            .cmp(&a.uses.len())
            .then(b.phrase.chars().count().cmp(&a.phrase.chars().count()))
            .then(a.phrase.cmp(&b.phrase))
    });
    out.truncate(MAX_PHRASES);
    out
}

/// A shingle's [`MIN_CHARS`] characters packed into two integers, three
/// 21-bit characters each: a key of its own, where a slice would borrow
/// from runs kept for every plan.
type Shingle = (u64, u64);

const _: () = assert!(MIN_CHARS == 6, "a Shingle packs six characters");

fn shingle(gram: &[char]) -> Shingle {
    let pack = |cs: &[char]| cs.iter().fold(0u64, |k, &c| (k << 21) | u64::from(c));
    (pack(&gram[..3]), pack(&gram[3..MIN_CHARS]))
}

/// Runs of Chinese characters at least [`MIN_CHARS`] long.
fn han_runs(text: &str) -> Vec<Vec<char>> {
    text.split(|c: char| !is_han(c))
        .map(|r| r.chars().collect::<Vec<char>>())
        .filter(|r| r.len() >= MIN_CHARS)
        .collect()
}

/// The maximal phrases of a run whose every shingle two or more plans share
/// (shingles whose plan list is full, [`MAX_PLANS_PER_SHINGLE`], are
/// boilerplate and end a phrase).
fn extend_phrases(
    run: &[char],
    shingles: &HashMap<Shingle, Vec<u32>>,
    found: &mut BTreeMap<String, Vec<u32>>,
) {
    let plans_at = |i: usize| -> &[u32] {
        shingles
            .get(&shingle(&run[i..i + MIN_CHARS]))
            .map_or(&[], Vec::as_slice)
    };
    let usable = |p: &[u32]| p.len() >= 2 && p.len() < MAX_PLANS_PER_SHINGLE;
    let last = run.len() - MIN_CHARS;
    let mut i = 0;
    while i <= last {
        if !usable(plans_at(i)) {
            i += 1;
            continue;
        }
        let mut users: Vec<u32> = plans_at(i).to_vec();
        let mut j = i;
        while j < last {
            let next = plans_at(j + 1);
            if !usable(next) {
                break;
            }
            if next != users.as_slice() {
                let both = intersect(&users, next);
                if both.len() < 2 {
                    break;
                }
                users = both;
            }
            j += 1;
        }
        let phrase: String = run[i..j + MIN_CHARS].iter().collect();
        let entry = found.entry(phrase).or_default();
        if entry.is_empty() {
            *entry = users;
        }
        i = j + 1;
    }
}

/// The intersection of two sorted lists.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    a.iter()
        .merge_join_by(b, |x, y| x.cmp(y))
        .filter_map(|e| match e {
            EitherOrBoth::Both(x, _) => Some(*x),
            _ => None,
        })
        .collect()
}

/// Drops phrases that stand inside a longer phrase used by the same plans;
/// only phrases of one set of plans are compared with each other.
fn drop_contained(found: BTreeMap<String, Vec<u32>>) -> Vec<(String, Vec<u32>)> {
    let mut groups: BTreeMap<Vec<u32>, Vec<String>> = BTreeMap::new();
    for (phrase, users) in found {
        groups.entry(users).or_default().push(phrase);
    }
    let mut out = Vec::new();
    for (users, mut phrases) in groups {
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        out.extend(uncontained(phrases).into_iter().map(|p| (p, users.clone())));
    }
    out.sort();
    out
}

/// `phrases`, longest first, but those inside a phrase kept before them.
///
/// A phrase inside a kept one holds every one of its own shingles in it, so
/// only the kept phrases listed under the phrase's rarest shingle are
/// compared with it. Comparing each phrase with every kept one took time
/// quadratic in their number, and so did the kept phrases under the first
/// shingle alone, when many phrases start alike (`推进学校建设工作…`).
fn uncontained(phrases: Vec<String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    // Kept phrases by the hashes of their shingles: a hash that collides
    // only adds a phrase to compare.
    let mut by_shingle: HashMap<u64, Vec<usize>> = HashMap::new();
    for p in phrases {
        let hashes: Vec<u64> = shingles(&p).map(hash).collect();
        let inside = if hashes.is_empty() {
            kept.iter().any(|k| k.contains(p.as_str()))
        } else {
            // A shingle no kept phrase has leaves nothing to compare.
            let rarest = hashes
                .iter()
                .map(|h| by_shingle.get(h).map_or(&[][..], Vec::as_slice))
                .min_by_key(|ks| ks.len())
                .unwrap_or(&[]);
            rarest.iter().any(|&k| kept[k].contains(p.as_str()))
        };
        if !inside {
            for h in hashes {
                let ks = by_shingle.entry(h).or_default();
                if ks.last() != Some(&kept.len()) {
                    ks.push(kept.len());
                }
            }
            kept.push(p);
        }
    }
    kept
}

/// The [`MIN_CHARS`]-character windows of `s`.
fn shingles(s: &str) -> impl Iterator<Item = &str> {
    let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
    (0..bounds.len().saturating_sub(MIN_CHARS)).map(move |k| &s[bounds[k]..bounds[k + MIN_CHARS]])
}

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The plans of a phrase, oldest first (unknown years last), then by id.
fn uses(plans: &[&CodedPlan], users: &[u32]) -> Vec<PhraseUse> {
    let mut out: Vec<PhraseUse> = users
        .iter()
        .map(|&p| {
            let plan = plans[p as usize];
            PhraseUse {
                plan: plan.id.clone(),
                year: plan.meta.period.map(|y| y.start),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (a.year.is_none(), a.year, &a.plan).cmp(&(b.year.is_none(), b.year, &b.plan))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The comparison of every phrase with every kept one.
    fn uncontained_naive(phrases: Vec<String>) -> Vec<String> {
        let mut kept: Vec<String> = Vec::new();
        for p in phrases {
            if !kept.iter().any(|k| k.contains(p.as_str())) {
                kept.push(p);
            }
        }
        kept
    }

    proptest::proptest! {
        #[test]
        fn uncontained_keeps_what_comparing_with_every_kept_phrase_keeps(
            // Three characters (of one, three and four bytes), so that long
            // phrases often stand inside others.
            mut phrases in proptest::collection::vec("[学a𠀀]{1,14}", 0..40)
        ) {
            phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
            proptest::prop_assert_eq!(uncontained(phrases.clone()), uncontained_naive(phrases));
        }
    }
}
