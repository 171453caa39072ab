//! Subjects that take a word from the text before them: a bare rate or a
//! part of some work (`覆盖率`, `参赛队伍`) takes the work the clause
//! before names; people counted beside their units take the units' noun.

use super::Subject;

/// Verbs whose object a bare rate in the next clause measures.
const RATE_VERBS: [&str; 9] = [
    "推送", "推进", "推动", "普及", "实施", "开展", "扩大", "落实", "组织",
];

/// Subjects that name a part of some work rather than a thing of their
/// own: its participants and pilots (`参赛队伍`, `试点学校`), as a bare rate
/// names its share.
const PARTS_OF_WORK: [&str; 5] = ["参赛队伍", "参训教师", "参与学生", "试点学校", "试点校"];

/// `推送科学育儿信息,覆盖率达到90%`, `推进学前教育普及普惠发展,2024年底
/// 普惠率达93%`: a bare rate (`覆盖率`) measures the work the clause before
/// it names: `科学育儿信息覆盖率`. `clause_start` is where the rate's clause
/// starts, after the mark that ends the one before.
pub(super) fn rate_of_work(
    text: &str,
    (s_start, clause_start): (usize, usize),
    found: &Subject,
) -> Option<Subject> {
    let rate = found.text.ends_with('率') && found.text.chars().count() <= 3;
    if !rate && !PARTS_OF_WORK.contains(&found.text.as_str()) {
        return None;
    }
    let before = text[s_start..clause_start].trim_end_matches(['，', ',']);
    let prev = crate::text::tail_after(before, |c| matches!(c, '，' | ',' | '；' | ';'));
    let (at, verb) = RATE_VERBS
        .iter()
        .filter_map(|v| prev.find(v).map(|at| (at, *v)))
        .min()?;
    let object = prev[at + verb.len()..].trim_end_matches(['，', ',']);
    let object = ["发展", "工作", "建设", "规模"]
        .iter()
        .find_map(|w| object.strip_suffix(w))
        .unwrap_or(object);
    (object.chars().count() >= 2 && object.chars().all(crate::text::is_han)).then(|| Subject {
        text: format!("{object}{}", found.text),
        range: found.range,
    })
}

/// `14个名师工作室、130名参训教师`: a count of people paired, after `、`,
/// with a count of the units they belong to takes that unit's noun
/// (`名师工作室参训教师`). `clause` runs up to the number.
pub(super) fn paired_noun<'c>(clause: &'c str, unit: &str) -> Option<&'c str> {
    if !matches!(unit, "名" | "人") {
        return None;
    }
    let member = clause.strip_suffix('、')?;
    let member = crate::text::tail_after(member, |c| matches!(c, '、' | '，' | ','));
    // The count opens the member, after a verb that may govern the list.
    let member = &member[member.find(|c: char| c.is_ascii_digit())?..];
    let rest = member.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.strip_prefix('余').unwrap_or(rest);
    let noun = ['个', '所', '家', '支']
        .iter()
        .find_map(|m| rest.strip_prefix(*m))?;
    (noun.chars().count() >= 2 && noun.chars().all(crate::text::is_han)).then_some(noun)
}
