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
    // A clause's number: `三要始终` (kept where the words after it repeat).
    let mut chars = a.chars();
    if let (Some(n), Some(k)) = (chars.next(), chars.next()) {
        if "一二三四五六七八九十".contains(n)
            && (k == '是' || k == '要')
            && chars.clone().next().is_some()
        {
            return chars.collect();
        }
    }
    // A sub-section's number in brackets: `(三)全面提升普`.
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(rest) = a.strip_prefix(open) {
            if let Some((n, body)) = rest.split_once(close) {
                if !n.is_empty()
                    && n.chars()
                        .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
                {
                    return body.to_string();
                }
            }
        }
    }
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
///
/// The anchor is read as the items' text is (see [`clean_anchor`]): a page in
/// traditional script, or with readings inline, is matched as it was cleaned.
pub fn match_item<'a>(items: &'a [Item], gold: &GoldItem) -> Option<(&'a Item, usize)> {
    let text: String = items.iter().map(|i| squash(&i.text)).collect();
    let anchor = clean_anchor(&text, &gold.anchor);
    let holding: Vec<(&Item, usize)> = items
        .iter()
        .filter_map(|i| anchor_offset(i, &anchor).map(|o| (i, o)))
        .collect();
    if let Some(&hit) = holding.iter().find(|(i, _)| i.path == gold.path) {
        return Some(hit);
    }
    holding
        .into_iter()
        .min_by_key(|(i, o)| (*o, i.text.chars().count()))
}

/// A plan with its gold: a bundled plan or one of the development corpus.
#[derive(Debug, Clone)]
pub struct GoldPlan {
    pub id: String,
    pub raw: String,
    pub items: Vec<GoldItem>,
    pub targets: Vec<GoldTarget>,
}

impl GoldPlan {
    /// The plan ingested with default options, as a user's file would be.
    pub fn document(&self) -> eduplans::Document {
        eduplans::ingest::from_bytes(&self.id, self.raw.as_bytes())
            .unwrap_or_else(|e| panic!("{}: {e}", self.id))
    }
}

fn jsonl_at<T: serde::de::DeserializeOwned>(path: &str) -> Vec<T> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}: {l}")))
        .collect()
}

/// The five bundled plans with their gold.
pub fn bundled() -> Vec<GoldPlan> {
    eduplans::corpus::ids()
        .map(|id| GoldPlan {
            id: id.to_string(),
            raw: eduplans::corpus::raw(id).unwrap().to_string(),
            items: gold_items(id),
            targets: gold_targets(id),
        })
        .collect()
}

/// The development corpus (`tests/dev/`): real plans of other places, raw
/// as found, with their gold, in file-name order.
pub fn dev() -> Vec<GoldPlan> {
    corpus_at("tests/dev")
}

/// The plans and gold of a folder laid out as `tests/dev/` is (`docs/`,
/// `gold/`), relative to the crate, in file-name order.
pub fn corpus_at(folder: &str) -> Vec<GoldPlan> {
    let dir = format!("{}/{folder}", env!("CARGO_MANIFEST_DIR"));
    let mut ids: Vec<String> = std::fs::read_dir(format!("{dir}/docs"))
        .unwrap_or_else(|e| panic!("{dir}/docs: {e}"))
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    ids.sort();
    ids.into_iter()
        .map(|id| GoldPlan {
            raw: std::fs::read_to_string(format!("{dir}/docs/{id}.txt")).unwrap(),
            items: jsonl_at(&format!("{dir}/gold/items-{id}.jsonl")),
            targets: jsonl_at(&format!("{dir}/gold/targets-{id}.jsonl")),
            id,
        })
        .collect()
}

/// The anchor as it stands in the clean text: the anchor of a page in
/// traditional script, or with pinyin readings inline (`發(fā)展`), is read as
/// the plan is (readings dropped, converted to simplified) when it is not
/// found as it is.
pub fn clean_anchor(doc_text_squashed: &str, anchor: &str) -> String {
    if doc_text_squashed.contains(&anchor_body(anchor)) {
        return anchor.to_string();
    }
    let cc = t2s();
    // Readings a page put after characters, in any bracket: `發(fā)`,
    // `(读:dà)`, `{pinyin:qīng}`, `(繁体:學)`, `《繁:驟》`.
    let reading = |inner: &str| {
        inner.chars().all(|ch| ch.is_alphabetic() && !is_cjk(ch))
            || (inner.contains(':') && inner.chars().count() <= 12)
    };
    let mut plain = String::new();
    let mut rest = anchor;
    while let Some(open) = rest.find(['(', '{', '《']) {
        let opener = rest[open..].chars().next().unwrap();
        let closer = match opener {
            '(' => ')',
            '{' => '}',
            _ => '》',
        };
        let inner_from = open + opener.len_utf8();
        match rest[inner_from..].find(closer).map(|c| inner_from + c) {
            Some(c) if reading(&rest[inner_from..c]) => {
                plain.push_str(&rest[..open]);
                rest = &rest[c + closer.len_utf8()..];
            }
            _ => {
                plain.push_str(&rest[..inner_from]);
                rest = &rest[inner_from..];
            }
        }
    }
    plain.push_str(rest);
    cc.convert(&plain)
}

/// The converter from traditional to simplified characters.
fn t2s() -> &'static ferrous_opencc::OpenCC {
    static CC: std::sync::OnceLock<ferrous_opencc::OpenCC> = std::sync::OnceLock::new();
    CC.get_or_init(|| {
        ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s).unwrap()
    })
}

/// `s` in simplified characters: the library reads a plan in traditional
/// script as simplified, and gold written from the raw page is compared so.
pub fn simplified(s: &str) -> String {
    t2s().convert(s)
}

fn is_cjk(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c)
}

pub mod score;
