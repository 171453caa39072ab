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
/// their ids (`synthetic-0001` …): each recombines items of the bundled plans
/// under new section headings, a new title and some site furniture, so that
/// plans differ from each other as real ones do. Seeded and deterministic:
/// the same `n` and `seed` give the same texts.
///
/// ```
/// let a = eduplans::corpus::synthetic(3, 7)?;
/// assert_eq!(a, eduplans::corpus::synthetic(3, 7)?);
/// assert_eq!(a[2].0, "synthetic-0003");
/// assert!(a[0].1.contains("一、"));
/// # Ok::<(), eduplans::Error>(())
/// ```
pub fn synthetic(n: usize, seed: u64) -> Result<Vec<(String, String)>> {
    let plans = plans()?;
    let headings: Vec<String> = plans
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
    let items: Vec<&str> = plans
        .iter()
        .flat_map(|p| p.items.iter().map(|i| i.text.as_str()))
        .filter(|t| t.chars().count() >= 20)
        .collect();
    let mut rng = SplitMix(seed);
    Ok((1..=n)
        .map(|k| {
            let id = format!("synthetic-{k:04}");
            (id, synthetic_plan(&mut rng, &headings, &items))
        })
        .collect())
}

/// Cities for synthetic titles.
const CITIES: [&str; 8] = [
    "洛阳市",
    "南阳市",
    "安阳市",
    "鹤壁市",
    "新乡市",
    "焦作市",
    "濮阳市",
    "许昌市",
];

fn synthetic_plan(rng: &mut SplitMix, headings: &[String], items: &[&str]) -> String {
    let city = CITIES[rng.below(CITIES.len())];
    let year = 2016 + rng.below(9);
    let mut text = format!("当前位置:首页>通知公告\n{city}教育局{year}年工作要点\n");
    let sections = 4 + rng.below(5);
    let mut point = 0;
    for s in 1..=sections {
        let heading = headings
            .get(rng.below(headings.len().max(1)))
            .map_or("重点工作", String::as_str);
        text.push_str(&format!(
            "{}、{heading}\n",
            SECTION_NUMBERS[(s - 1) % SECTION_NUMBERS.len()]
        ));
        for _ in 0..3 + rng.below(6) {
            point += 1;
            let item = items
                .get(rng.below(items.len().max(1)))
                .copied()
                .unwrap_or("加强管理。");
            let item: String = item.split('\n').collect::<Vec<_>>().join("");
            text.push_str(&format!("{point}.{item}\n"));
        }
    }
    text.push_str(&format!("版权所有 {city}教育局\n"));
    text
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
