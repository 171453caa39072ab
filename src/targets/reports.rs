//! Numbers a page reports that are not the plan's: who attended a meeting,
//! a table's caption, the specifications of one school being built.

use super::number::Quantity;

/// Whether the number counts who attend (`共110余人参加会议`, `90人参会`):
/// a report of a meeting, not a commitment.
pub(super) fn attendance(after: &str, q: &Quantity) -> bool {
    const ATTEND: [&str; 5] = ["参加", "参会", "出席", "列席", "与会"];
    let rest = ["余", "多", "左右"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    matches!(q.unit, "人" | "名") && ATTEND.iter().any(|w| rest.starts_with(w))
}

/// Whether the clause describes one school (`该校将设置36个班`,
/// `该学校计划总投资1.3亿元`): its size and cost are a project's
/// specifications, not the plan's commitments.
pub(super) fn one_school(clause: &str) -> bool {
    ["该校", "该学校", "该园"]
        .iter()
        .any(|w| clause.contains(w))
}

/// Whether the number stands in the caption of a table (`新建11所小学建设
/// 计划表`): a page's title for a table it lost, not a commitment.
pub(super) fn caption(after: &str) -> bool {
    let clause = after
        .find(['，', ',', '。', '；', ';', '\n', ' '])
        .map_or(after, |i| &after[..i]);
    ["计划表", "一览表", "汇总表", "统计表"]
        .iter()
        .any(|w| clause.ends_with(w))
}
