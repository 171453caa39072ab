//! Vocabulary across a set of plans: the salient words of each plan that no
//! cue of the schema covers, so that a researcher sees what the schema misses.
//!
//! Salience is TF-IDF over the set, computed from the words the coder already
//! cut (text is segmented once): a word's share of the plan's words times
//! `ln(N / df)`, where `df` is the number of plans that use it. Words every
//! plan uses score zero, so the set itself is the stop list for generic
//! policy language; a short list of function words and plan boilerplate is
//! removed as well.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

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

/// Function words and plan boilerplate that are never a theme of their own.
const STOP_WORDS: &[&str] = &[
    "我们",
    "进一步",
    "加强",
    "推进",
    "开展",
    "推动",
    "提升",
    "提高",
    "加快",
    "深化",
    "完善",
    "健全",
    "建立",
    "实施",
    "落实",
    "强化",
    "持续",
    "全面",
    "积极",
    "不断",
    "切实",
    "工作",
    "建设",
    "发展",
    "教育",
    "学校",
    "学生",
    "教师",
    "全市",
    "全区",
    "全县",
    "我市",
    "该区",
    "今年",
    "年度",
    "以上",
    "以下",
    "各级",
    "各类",
    "有关",
    "相关",
    "以及",
    "通过",
    "进行",
    "实现",
    "形成",
    "达到",
    "做好",
    "机制",
    "体系",
    "水平",
    "质量",
    "能力",
    "活动",
    "制度",
    "管理",
    "服务",
    "工程",
    "项目",
    "目标",
    "重点",
    "任务",
    "方面",
    "领域",
    "作用",
    "力度",
    "成果",
    "特色",
    "优质",
    "高质量",
    "一批",
    "一体",
    "关于",
    "具体",
    "初步",
    "完成",
    "成为",
    "全力",
    "贡献",
    "举措",
    "举办",
    "系列",
    "内部",
    "年底",
    "美好",
    "锚定",
    "着力",
    "努力",
    "确保",
    "坚持",
    "围绕",
    "聚焦",
    "不少",
    "继续",
    "基本",
    "逐步",
];

/// For each coded plan, up to `top` salient words that no cue of the coder's
/// schema covers (a cue covers a word it stands in, `足球` in `足球赛`, or
/// that stands in it).
pub fn unmapped(coder: &Coder, plans: &[CodedPlan], top: usize) -> Vec<Unmapped> {
    let cues: Vec<&str> = coder
        .schema()
        .themes
        .iter()
        .flat_map(|t| t.cues.iter().map(String::as_str))
        .collect();
    let counts: Vec<BTreeMap<&str, usize>> = plans.iter().map(word_counts).collect();
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &counts {
        for w in c.keys() {
            *df.entry(w).or_default() += 1;
        }
    }
    let n = plans.len() as f64;
    plans
        .iter()
        .zip(&counts)
        .map(|(plan, c)| {
            let total: usize = c.values().sum();
            let mut words: Vec<Salient> = c
                .iter()
                .filter(|(w, &k)| k >= MIN_COUNT && !covered(w, &cues) && !is_place(w, plan))
                .map(|(w, &k)| Salient {
                    word: w.to_string(),
                    count: k,
                    tfidf: k as f64 / total.max(1) as f64 * (n / df[w] as f64).ln(),
                })
                .filter(|s| s.tfidf > 0.0)
                .collect();
            words.sort_by(|a, b| {
                b.tfidf
                    .total_cmp(&a.tfidf)
                    .then_with(|| a.word.cmp(&b.word))
            });
            words.truncate(top);
            Unmapped {
                plan: plan.id.clone(),
                words,
            }
        })
        .collect()
}

/// Counts of a plan's content words: two or more characters, Chinese, not
/// stop words.
pub(crate) fn word_counts(plan: &CodedPlan) -> BTreeMap<&str, usize> {
    let stop: BTreeSet<&str> = STOP_WORDS.iter().copied().collect();
    let mut counts = BTreeMap::new();
    for item in &plan.items {
        for w in item.words() {
            if is_content_word(w) && !stop.contains(w) {
                *counts.entry(w).or_insert(0) += 1;
            }
        }
    }
    counts
}

fn is_content_word(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(crate::text::is_han)
}

/// Place names are the plan's own jurisdiction, not vocabulary: names with
/// an administrative suffix, the short forms of the plan's own places
/// (`郑州`, `金水`), and the gazetteer's names and nicknames (`鹤城`).
fn is_place(word: &str, plan: &CodedPlan) -> bool {
    let j = &plan.meta.jurisdiction;
    let own = [&j.province, &j.city, &j.district]
        .into_iter()
        .flatten()
        .chain(&plan.meta.districts)
        .any(|name| name.starts_with(word));
    own || ["市", "区", "县", "省", "镇"]
        .iter()
        .any(|s| word.ends_with(s))
        || crate::ingest::is_place_name(word)
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
