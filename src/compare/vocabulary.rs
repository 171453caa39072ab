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

use super::similarity::{unit_words, Words};
use super::unit::{units, By, Unit};
use crate::code::{CodedPlan, Coder};

/// A plan's salient words that no cue covers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unmapped {
    /// The plan's id.
    pub plan: String,
    /// Its salient uncovered words, most salient first.
    pub words: Vec<Salient>,
}

/// A word with its salience in a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
pub const MIN_COUNT: usize = 2;

/// Function words and plan boilerplate that are never a theme of their own,
/// sorted (binary search).
const STOP_WORDS: &[&str] = &[
    "一体",
    "一批",
    "不少",
    "不断",
    "举办",
    "举措",
    "今年",
    "以上",
    "以下",
    "以及",
    "任务",
    "优质",
    "体系",
    "作用",
    "做好",
    "健全",
    "全力",
    "全区",
    "全县",
    "全市",
    "全面",
    "关于",
    "具体",
    "内部",
    "切实",
    "初步",
    "制度",
    "力度",
    "加强",
    "加快",
    "努力",
    "发展",
    "各类",
    "各级",
    "围绕",
    "坚持",
    "基本",
    "学校",
    "学生",
    "完善",
    "完成",
    "实施",
    "实现",
    "工作",
    "工程",
    "年底",
    "年度",
    "建立",
    "建设",
    "开展",
    "强化",
    "形成",
    "成为",
    "成果",
    "我们",
    "我市",
    "持续",
    "推动",
    "推进",
    "提升",
    "提高",
    "教师",
    "教育",
    "方面",
    "有关",
    "服务",
    "机制",
    "水平",
    "活动",
    "深化",
    "特色",
    "目标",
    "相关",
    "着力",
    "确保",
    "积极",
    "管理",
    "系列",
    "继续",
    "美好",
    "聚焦",
    "能力",
    "落实",
    "该区",
    "贡献",
    "质量",
    "达到",
    "进一步",
    "进行",
    "逐步",
    "通过",
    "重点",
    "锚定",
    "项目",
    "领域",
    "高质量",
];

/// For each coded plan, up to `top` salient words that no cue of the coder's
/// schema covers (a cue covers a word it stands in, `足球` in `足球赛`, or
/// that stands in it).
pub fn unmapped(coder: &Coder, plans: &[CodedPlan], top: usize) -> Vec<Unmapped> {
    let units = units(plans, By::Plan);
    let words = unit_words(&units);
    unmapped_units(coder, &units, &words, top)
}

/// [`unmapped`] over units of comparison.
pub(crate) fn unmapped_units(
    coder: &Coder,
    units: &[Unit<'_>],
    words: &Words,
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
            let total: usize = counts.iter().map(|&(_, k)| k).sum();
            let mut words: Vec<Salient> = counts
                .iter()
                .filter(|&&(w, k)| k >= MIN_COUNT && uncovered[w as usize])
                .map(|&(w, k)| Salient {
                    word: words.words[w as usize].clone(),
                    count: k,
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

/// A content word: two or more characters, all Chinese, not a stop word.
pub(crate) fn content_word(w: &str) -> bool {
    w.chars().count() >= 2
        && w.chars().all(crate::text::is_han)
        && STOP_WORDS.binary_search(&w).is_err()
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
