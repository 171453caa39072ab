//! The title, the newspaper byline, and the kind of plan the title names.

use super::{Header, Kind};
use crate::marker;
use crate::text::{char_len, is_han};

/// Words one of which a plan's title has.
// Not `text::is_title_like`, whose `通知`, `工程` would take a project's heading for the title.
const TITLE_WORDS: &[&str] = &[
    "要点",
    "工作重点",
    "重点任务",
    "计划",
    "重点工程",
    "行动",
    "方案",
    "意见",
    "规划",
    "纲要",
];

/// The title: the header's `标题`; else, in a newspaper piece, the headline
/// right above the byline; else the first line at the top that looks like a
/// plan's title.
///
/// A newspaper puts a kicker above its headline (`锚定目标 落地见效` above
/// `2024, 郑州教育这么干!`); the headline is the line next to the byline,
/// and a subtitle starting with a dash below the headline is skipped.
pub(super) fn read_title(header: &Header, top: &[&str], byline: Option<usize>) -> Option<String> {
    if let Some(title) = header.get("标题").map(clean_title) {
        if !title.is_empty() {
            return Some(title);
        }
    }
    if let Some(at) = byline {
        let headline = top[..at]
            .iter()
            .rev()
            .map(|l| l.trim())
            .filter(|l| !l.starts_with('—') && !l.starts_with('-'))
            .find(|l| is_headline(l));
        if let Some(headline) = headline {
            return Some(clean_title(headline));
        }
    }
    top.iter()
        .map(|l| clean_title(l))
        .find(|l| looks_like_title(l))
}

/// A title as found, without repost marks (`转:`), file extensions
/// (`.docx`), page suffixes (`_第1页`) or book-title marks.
fn clean_title(line: &str) -> String {
    const REPOST: &[&str] = &[
        "转载:",
        "转载：",
        "转:",
        "转：",
        "【转】",
        "[转]",
        "(转)",
        "（转）",
    ];
    const EXTENSIONS: &[&str] = &[
        ".docx", ".doc", ".pdf", ".wps", ".txt", ".pptx", ".ppt", ".xlsx", ".xls",
    ];
    let mut t = line.trim();
    for mark in REPOST {
        t = t.strip_prefix(mark).unwrap_or(t).trim_start();
    }
    if let Some(at) = t.find("_第") {
        if t.ends_with('页') {
            t = &t[..at];
        }
    }
    for ext in EXTENSIONS {
        let cut = t
            .len()
            .checked_sub(ext.len())
            .filter(|&at| t.is_char_boundary(at));
        if let Some(at) = cut.filter(|&at| t[at..].eq_ignore_ascii_case(ext)) {
            t = &t[..at];
        }
    }
    let t = t.trim().trim_start_matches('《').trim_end_matches('》');
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A headline with a title word, not opening with an outline marker
/// (`二、工作要点` is a section's heading).
fn looks_like_title(line: &str) -> bool {
    is_headline(line) && TITLE_WORDS.iter().any(|w| line.contains(w)) && marker::at(line).is_none()
}

/// A short line that is not a sentence, a navigation trail or a header.
fn is_headline(line: &str) -> bool {
    (4..=60).contains(&char_len(line))
        && !line.contains(['。', ':', '：', '>', '»', '|'])
        && !line.ends_with(['；', ';', '，', ','])
        && !line.contains("位置")
        && line.chars().any(is_han)
}

// --- newspaper pieces -------------------------------------------------------------

/// Where a newspaper byline (`本报记者 周娟`, `本报讯(记者 …)`, `通讯员 …`)
/// stands among the top lines.
pub(super) fn byline_index(top: &[&str]) -> Option<usize> {
    const BYLINES: &[&str] = &[
        "本报记者",
        "本报讯",
        "本报通讯员",
        "记者",
        "通讯员",
        "全媒体记者",
        "融媒体记者",
    ];
    top.iter().position(|line| {
        let line = line.trim_start_matches(['■', '●', '◆', '□', '(', '（', ' ']);
        char_len(line) <= 40 && BYLINES.iter().any(|b| line.starts_with(b))
    })
}

// --- kind ----------------------------------------------------------------------------

/// Title words of each kind, in the order they are tried.
///
/// Projects come first: a title with both a multi-year and an annual part
/// (`郑州市教育局未来三年重点工程及2016年工作要点`) names its multi-year
/// part first, and that part frames the rest.
const KIND_WORDS: &[(&[&str], Kind)] = &[
    (&["重点工程", "三年行动", "行动计划"], Kind::Projects),
    (&["实施方案", "实施意见"], Kind::Implementation),
    (
        &["工作要点", "工作重点", "重点任务", "工作计划", "要点"],
        Kind::WorkPoints,
    ),
    (&["规划", "纲要"], Kind::DevelopmentPlan),
];

/// The kind: a newspaper piece (a byline, or a round-up of districts) is a
/// [`Kind::NewsSummary`] whatever its headline says; else the title's words.
pub(super) fn read_kind(title: Option<&str>, news: bool) -> Option<Kind> {
    if news {
        return Some(Kind::NewsSummary);
    }
    let title = title?;
    KIND_WORDS
        .iter()
        .find(|(words, _)| words.iter().any(|w| title.contains(w)))
        .map(|(_, kind)| *kind)
}

#[cfg(test)]
mod tests {
    use super::super::tests::read_one;
    use super::*;

    #[test]
    fn titles_lose_repost_marks_extensions_and_page_suffixes() {
        assert_eq!(
            clean_title("转:2017年闵行区教育局工作要点"),
            "2017年闵行区教育局工作要点"
        );
        assert_eq!(
            clean_title("转载：某市2017年工作要点"),
            "某市2017年工作要点"
        );
        assert_eq!(
            clean_title("关于加快打造的实施方案.docx"),
            "关于加快打造的实施方案"
        );
        assert_eq!(
            clean_title("关于加快打造的实施方案.DOC_第1页"),
            "关于加快打造的实施方案"
        );
        assert_eq!(clean_title("《某某规划》"), "某某规划");
    }

    #[test]
    fn navigation_and_sentences_are_not_titles() {
        let head = "您现在的位置是: 信息公开 > 发展规划\n1.落实规划,深化改革。\n二、工作要点\n某某区2019年教育工作计划";
        let (m, _) = read_one(head, "");
        assert_eq!(m.title.as_deref(), Some("某某区2019年教育工作计划"));
    }

    #[test]
    fn news_headline_is_the_line_above_the_byline() {
        let head = "引题一行\n主标题在这里\n——副标题\n本报讯(记者 李四)今日…";
        let (m, _) = read_one(head, "");
        assert_eq!(m.title.as_deref(), Some("主标题在这里"));
        assert_eq!(m.kind, Some(Kind::NewsSummary));
    }

    #[test]
    fn kinds_by_title() {
        let kind = |t: &str| read_kind(Some(t), false);
        assert_eq!(kind("某市2018年教育工作要点"), Some(Kind::WorkPoints));
        assert_eq!(kind("某区2018年教育工作重点"), Some(Kind::WorkPoints));
        assert_eq!(kind("某区2018年重点任务"), Some(Kind::WorkPoints));
        assert_eq!(kind("某区2018年教育工作计划"), Some(Kind::WorkPoints));
        assert_eq!(kind("某区学校建设三年行动计划"), Some(Kind::Projects));
        assert_eq!(
            kind("某市未来三年重点工程及2016年工作要点"),
            Some(Kind::Projects)
        );
        assert_eq!(kind("关于加快发展的实施方案"), Some(Kind::Implementation));
        assert_eq!(kind("关于加快发展的实施意见"), Some(Kind::Implementation));
        assert_eq!(
            kind("某市教育事业发展十四五规划"),
            Some(Kind::DevelopmentPlan)
        );
        assert_eq!(kind("某市教育概况"), None);
        assert_eq!(read_kind(None, false), None);
        assert_eq!(
            read_kind(Some("某市2018年教育工作要点"), true),
            Some(Kind::NewsSummary)
        );
    }
}
