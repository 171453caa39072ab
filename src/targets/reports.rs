//! Numbers a page reports that are not the plan's: who attended a meeting,
//! a table's caption, the specifications of one school being built, the
//! figures of a government report's other fields.

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

/// Whether the number gives a specification of one school: in a sentence
/// about that school (`该校将设置36个班,…设计工期为650天`), or in a
/// sentence that opens with a school's name and gives its size, cost or
/// buildings (`三塔集镇徐寨幼儿园,建设面积2135平方米,建成后新增教学班180个`,
/// `伍明夏小幼儿园,教育楼1200平方米`). A project's specifications are not
/// the plan's commitments; a programme's totals (`新建公办幼儿园,建筑面积
/// 共10万平方米`) are. `before` is the sentence up to the number.
pub(super) fn one_school(before: &str) -> bool {
    if ["该校", "该学校", "该园"]
        .iter()
        .any(|w| before.contains(w))
    {
        return true;
    }
    // `其中,` hands on to the part it opens (`其中,某学校为48班…`).
    let before = before
        .strip_prefix("其中")
        .map_or(before, |b| b.trim_start_matches(['，', ',']));
    let opening = before.find(['，', ',']).map(|i| &before[..i]);
    let named = opening.is_some_and(|o| {
        const SCHOOLS: [&str; 5] = ["幼儿园", "小学", "中学", "学校", "校区"];
        const PROGRAMME: [&str; 8] = [
            "新建",
            "改扩建",
            "扩建",
            "建设",
            "实施",
            "推进",
            "完成",
            "加快",
        ];
        SCHOOLS.iter().any(|w| o.ends_with(w))
            && !o.contains(|c: char| c.is_ascii_digit())
            && !PROGRAMME.iter().any(|w| o.contains(w))
    });
    const SPECIFICATIONS: [&str; 5] = ["面积", "教学", "占地", "投资", "楼"];
    named && SPECIFICATIONS.iter().any(|w| before.contains(w))
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

/// Words that name a field of a government report other than education
/// (`新增城镇就业5500人`, `为3400名孕产妇免费提供产前筛查`, `建成行政村体育
/// 健身工程10个`): its figures are no targets of an education plan.
/// Graduates' employment (`毕业生就业率`) is not among them.
const OTHER_FIELDS: [&str; 10] = [
    "城镇就业",
    "新增就业",
    "转移就业",
    "孕产妇",
    "全民健身",
    "健身工程",
    "养老",
    "医保",
    "公路",
    "供水",
];

/// Whether the number's clause (`clause` up to the number, `after` from
/// it to the clause's end) names a field outside education.
pub(super) fn other_field(clause: &str, after: &str) -> bool {
    OTHER_FIELDS
        .iter()
        .any(|w| clause.contains(w) || after.contains(w))
}

/// Whether the number counts what a news report says began on the day it
/// reports (`今天同时开工建设的另外5所公办幼儿园`, `20日上午,…正式开工建设…
/// 6所`): an event, not a commitment. `before` is the sentence up to the
/// number, `after` the rest of its clause.
pub(super) fn begun_that_day(before: &str, after: &str) -> bool {
    const BEGUN: [&str; 5] = ["开工", "开建", "动工", "揭牌", "举行"];
    const TODAY: [&str; 3] = ["今天", "今日", "当天"];
    let day = {
        let b = before.trim_start();
        let digits = b.len() - b.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        (1..=2).contains(&digits) && b[digits..].starts_with('日')
    };
    (day || TODAY.iter().any(|w| before.contains(w)))
        && BEGUN
            .iter()
            .any(|w| before.contains(w) || after.contains(w))
}
