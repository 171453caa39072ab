//! The bundled plans, shipped raw inside the crate as found on the web.
//!
//! ```
//! let docs = eduplans::corpus::documents()?;
//! assert_eq!(docs.len(), 5);
//! assert_eq!(docs[0].id, "zhengzhou-2016");
//! # Ok::<(), eduplans::Error>(())
//! ```

use crate::ingest::{Document, Ingest};
use crate::outline::{self, Plan};
use crate::{Error, Result};

/// The bundled plans' ids (their file stems) and raw texts, in the order
/// tables list them.
const PLANS: [(&str, &str); 5] = [
    (
        "zhengzhou-2016",
        include_str!("../data/corpus/zhengzhou-2016.txt"),
    ),
    (
        "jiyuan-2018",
        include_str!("../data/corpus/jiyuan-2018.txt"),
    ),
    (
        "qiqihar-2022",
        include_str!("../data/corpus/qiqihar-2022.txt"),
    ),
    (
        "zhengzhou-2024",
        include_str!("../data/corpus/zhengzhou-2024.txt"),
    ),
    (
        "minhang-2017",
        include_str!("../data/corpus/minhang-2017.txt"),
    ),
];

/// The ids of the bundled plans.
pub fn ids() -> impl Iterator<Item = &'static str> {
    PLANS.iter().map(|(id, _)| *id)
}

/// The raw text of a bundled plan, exactly as shipped.
pub fn raw(id: &str) -> Option<&'static str> {
    PLANS.iter().find(|(i, _)| *i == id).map(|(_, t)| *t)
}

/// A bundled plan, ingested with default options.
pub fn document(id: &str) -> Result<Document> {
    let text = raw(id).ok_or_else(|| Error::UnknownPlan {
        id: id.into(),
        hint: crate::error::did_you_mean(id, ids()),
        known: ids().collect::<Vec<_>>().join(", "),
    })?;
    Ingest::new().id(id).text(text)
}

/// All bundled plans, ingested.
pub fn documents() -> Result<Vec<Document>> {
    ids().map(document).collect()
}

/// All bundled plans, ingested and outlined.
pub fn plans() -> Result<Vec<Plan>> {
    Ok(documents()?.iter().map(outline::plan).collect())
}

/// `n` synthetic plans for benchmarks and scale tests, as raw text with
/// their ids (`synthetic-0001` …), drawn from the bundled plans: see
/// [`synthetic_from`].
///
/// ```
/// let a = eduplans::corpus::synthetic(3, 7)?;
/// assert_eq!(a, eduplans::corpus::synthetic(3, 7)?);
/// assert_eq!(a[2].0, "synthetic-0003");
/// assert!(a[0].1.contains("一、"));
/// assert_ne!(a[0].1, a[1].1);
/// # Ok::<(), eduplans::Error>(())
/// ```
pub fn synthetic(n: usize, seed: u64) -> Result<Vec<(String, String)>> {
    synthetic_from(n, seed, &[])
}

/// `n` synthetic plans drawn from the items of the bundled plans and of
/// `more` (say, a researcher's own plans), so that plans differ from each
/// other as real ones do: each has a city and year of its own, sections
/// under headings of the sources, and items picked at random whose
/// sentences are sometimes dropped, swapped or joined by a sentence of
/// another item, whose numbers are changed and whose places are the plan's
/// own city; site furniture frames each. Seeded and deterministic: the same
/// `n`, `seed` and sources give the same texts.
pub fn synthetic_from(n: usize, seed: u64, more: &[Plan]) -> Result<Vec<(String, String)>> {
    let bundled = plans()?;
    let sources: Vec<&Plan> = bundled.iter().chain(more).collect();
    let headings: Vec<String> = sources
        .iter()
        .flat_map(|p| {
            p.items
                .iter()
                .filter_map(|i| i.sections.first()?.heading.clone())
        })
        .filter(|h| h.chars().count() <= 30)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let items: Vec<&str> = sources
        .iter()
        .flat_map(|p| p.items.iter().map(|i| i.text.as_str()))
        .filter(|t| t.chars().count() >= 20)
        .collect();
    // Nearly every real plan opens with the Party's leadership: a synthetic
    // one opens with a section drawn from the sources' sections on it.
    let party = |h: &str| h.contains('党');
    let opening = Pool {
        headings: headings.iter().filter(|h| party(h)).cloned().collect(),
        items: (sources.iter())
            .flat_map(|p| p.items.iter())
            .filter(|i| {
                (i.sections.first()).is_some_and(|s| s.heading.as_deref().is_some_and(party))
            })
            .map(|i| i.text.as_str())
            .filter(|t| t.chars().count() >= 20)
            .collect(),
    };
    let rest = Pool { headings, items };
    let mut rng = SplitMix(seed);
    Ok((1..=n)
        .map(|k| {
            let id = format!("synthetic-{k:04}");
            (id, synthetic_plan(&mut rng, &opening, &rest))
        })
        .collect())
}

/// Section headings and items to draw synthetic sections from.
struct Pool<'a> {
    headings: Vec<String>,
    items: Vec<&'a str>,
}

/// Cities for synthetic plans: each plan's title and places.
const CITIES: [&str; 24] = [
    "洛阳市",
    "南阳市",
    "安阳市",
    "鹤壁市",
    "新乡市",
    "焦作市",
    "濮阳市",
    "许昌市",
    "漯河市",
    "周口市",
    "信阳市",
    "商丘市",
    "开封市",
    "平顶山市",
    "三门峡市",
    "驻马店市",
    "牡丹江市",
    "佳木斯市",
    "大庆市",
    "绥化市",
    "宝山区",
    "嘉定区",
    "松江区",
    "奉贤区",
];

/// The places of the bundled plans, longest first, which a synthetic item
/// names as its own plan's city instead.
const BUNDLED_PLACES: [&str; 8] = [
    "齐齐哈尔市",
    "齐齐哈尔",
    "郑州市",
    "济源市",
    "闵行区",
    "郑州",
    "济源",
    "闵行",
];

/// Kinds of plan for synthetic titles.
const KINDS: [&str; 4] = ["工作要点", "工作计划", "重点工作安排", "工作实施方案"];

fn synthetic_plan(rng: &mut SplitMix, opening: &Pool<'_>, rest: &Pool<'_>) -> String {
    let city = CITIES[rng.below(CITIES.len())];
    let year = 2016 + rng.below(9);
    let kind = KINDS[rng.below(KINDS.len())];
    let mut text = format!("当前位置:首页>通知公告\n{city}教育局{year}年教育{kind}\n");
    let sections = 4 + rng.below(5);
    let mut point = 0;
    for s in 1..=sections {
        let pool = if s == 1 && !opening.items.is_empty() {
            opening
        } else {
            rest
        };
        let pick = |rng: &mut SplitMix| -> &str {
            (pool.items.get(rng.below(pool.items.len().max(1))).copied()).unwrap_or("加强管理。")
        };
        let heading = (pool.headings.get(rng.below(pool.headings.len().max(1))))
            .map_or("重点工作", String::as_str);
        text.push_str(&format!(
            "{}、{heading}\n",
            SECTION_NUMBERS[(s - 1) % SECTION_NUMBERS.len()]
        ));
        for _ in 0..3 + rng.below(6) {
            point += 1;
            let item = pick(rng);
            let other = pick(rng);
            let item = vary(rng, item, other, city);
            text.push_str(&format!("{point}.{item}\n"));
        }
    }
    text.push_str(&format!("版权所有 {city}教育局\n"));
    text
}

/// An item varied as another plan would word it: on one line, a sentence
/// sometimes dropped, two sometimes swapped, a sentence of `other`
/// sometimes added; numbers changed and the bundled places made `city`.
fn vary(rng: &mut SplitMix, item: &str, other: &str, city: &str) -> String {
    let sentences = |t: &str| -> Vec<String> {
        t.split_inclusive('。')
            .map(|s| s.split('\n').collect::<String>())
            .filter(|s| !s.trim().is_empty())
            .collect()
    };
    let mut parts = sentences(item);
    if parts.len() > 2 && rng.below(4) == 0 {
        parts.remove(1 + rng.below(parts.len() - 1));
    }
    if parts.len() > 2 && rng.below(4) == 0 {
        let k = 1 + rng.below(parts.len() - 2);
        parts.swap(k, k + 1);
    }
    if rng.below(5) == 0 {
        let more = sentences(other);
        if let Some(s) = more.get(rng.below(more.len().max(1))) {
            parts.push(s.clone());
        }
    }
    let mut text = parts.concat();
    for place in BUNDLED_PLACES {
        text = text.replace(place, city);
    }
    renumber(rng, &text)
}

/// Each run of ASCII digits replaced by another of the same length; a
/// year (`20xx`) by a year from 2016 to 2030.
fn renumber(rng: &mut SplitMix, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String, rng: &mut SplitMix| {
        if digits.is_empty() {
            return;
        }
        if digits.len() == 4 && digits.starts_with("20") {
            out.push_str(&(2016 + rng.below(15)).to_string());
        } else {
            for k in 0..digits.len() {
                let d = if k == 0 && digits.len() > 1 {
                    1 + rng.below(9)
                } else {
                    rng.below(10)
                };
                out.push(char::from(b'0' + d as u8));
            }
        }
        digits.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out, rng);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out, rng);
    out
}

const SECTION_NUMBERS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// SplitMix64: a tiny, well-known, seeded generator; enough for shuffling
/// benchmark data, and no dependency.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}
