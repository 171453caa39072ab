//! Gold annotations of the bundled plans (copied from the project's shared
//! gold data into `tests/gold/`), and how items are matched to them.
#![allow(dead_code)]

use eduplans::Item;

/// One gold item.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct GoldItem {
    pub doc: String,
    pub path: String,
    pub anchor: String,
    pub heading: String,
    pub themes: Vec<String>,
}

/// One gold target.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct GoldTarget {
    pub doc: String,
    pub path: String,
    pub anchor: String,
    pub theme: String,
    pub subject: String,
    pub value: f64,
    pub low: Option<f64>,
    pub unit: String,
    pub relation: String,
    pub by: Option<String>,
}

fn read_jsonl<T: serde::de::DeserializeOwned>(name: &str) -> Vec<T> {
    let path = format!("{}/tests/gold/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}: {l}")))
        .collect()
}

pub fn gold_items(id: &str) -> Vec<GoldItem> {
    read_jsonl(&format!("items-{id}.jsonl"))
}

pub fn gold_targets(id: &str) -> Vec<GoldTarget> {
    read_jsonl(&format!("targets-{id}.jsonl"))
}

/// Text with all whitespace removed.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The anchor without a leading point number (`16.出台…` → `出台…`): items
/// hold their text after the number.
pub fn anchor_body(anchor: &str) -> String {
    let a = squash(anchor);
    let digits = a.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 {
        let rest: String = a.chars().skip(digits).collect();
        if let Some(r) = rest.strip_prefix(['.', '、', '．']) {
            return r.to_string();
        }
    }
    a
}

/// Where the anchor stands in the item's text (in characters), if it does.
pub fn anchor_offset(item: &Item, anchor: &str) -> Option<usize> {
    let text = squash(&item.text);
    let a = anchor_body(anchor);
    text.find(&a).map(|b| text[..b].chars().count())
}

/// The item a gold item matches: the one at the gold path holding the anchor,
/// else the one whose text starts nearest to the anchor, else the shortest
/// holding it.
pub fn match_item<'a>(items: &'a [Item], gold: &GoldItem) -> Option<(&'a Item, usize)> {
    let holding: Vec<(&Item, usize)> = items
        .iter()
        .filter_map(|i| anchor_offset(i, &gold.anchor).map(|o| (i, o)))
        .collect();
    if let Some(&hit) = holding.iter().find(|(i, _)| i.path == gold.path) {
        return Some(hit);
    }
    holding
        .into_iter()
        .min_by_key(|(i, o)| (*o, i.text.chars().count()))
}
