//! The title, the newspaper byline, and the kind of plan the title names.

use super::{Header, Kind};
use crate::marker;
use crate::text::{char_len, floor_boundary, is_han};

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

/// A title as read, with the subtitle that stands right below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Title {
    /// The title (`锚定教育强市 奋力开新局`).
    pub(super) text: String,
    /// The subtitle below it, without its dash (`我市各区2024年教育工作重点任务扫描`
    /// under `——`): a newspaper's headline often leaves the year to it.
    pub(super) subtitle: Option<String>,
}

/// Dashes that open a subtitle (`——副标题`).
const DASHES: &[char] = &['—', '―', '–', '-', '－'];

/// The title: the header's `标题`; else, in a newspaper piece, the headline
/// right above the byline; else the first line at the top that looks like a
/// plan's title.
///
/// A newspaper puts a kicker above its headline (`锚定目标 落地见效` above
/// `2024, 郑州教育这么干!`); the headline is the line next to the byline,
/// and a subtitle starting with a dash below the headline is skipped.
pub(super) fn read_title(header: &Header, top: &[&str], byline: Option<usize>) -> Option<Title> {
    let found = |at: usize| Title {
        text: clean_title(top[at]),
        subtitle: subtitle_at(top, at + 1),
    };
    if let Some(title) = header.get("标题").map(clean_title) {
        if !title.is_empty() {
            let at = top.iter().position(|l| clean_title(l) == title);
            return Some(Title {
                subtitle: at.and_then(|at| subtitle_at(top, at + 1)),
                text: title,
            });
        }
    }
    // A news page's source or date line (`来源:海峡都市报 2021-11-08`)
    // stands below its headline as a byline does.
    let source = || {
        top.iter().position(|l| {
            let l = l.trim_start();
            SOURCE_LINES.iter().any(|k| l.starts_with(k))
        })
    };
    if let Some(at) = byline.or_else(source) {
        let headline = (0..at)
            .rev()
            .filter(|&i| !top[i].trim().starts_with(DASHES))
            .find(|&i| is_headline(top[i].trim()));
        if let Some(at) = headline {
            return Some(found(at));
        }
    }
    (0..top.len())
        .find(|&i| looks_like_title(&clean_title(top[i])))
        .map(found)
}

/// Labels of the line of a news page that gives its source or time, right
/// below the headline.
const SOURCE_LINES: &[&str] = &["来源:", "来源：", "信息来源", "发布时间", "发布日期"];

/// The subtitle at `top[at]`: a line opening with a dash, without it.
fn subtitle_at(top: &[&str], at: usize) -> Option<String> {
    let line = top.get(at)?.trim();
    let rest = line.trim_start_matches(DASHES).trim();
    (rest.len() < line.len() && rest.chars().any(is_han)).then(|| rest.to_string())
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

/// Words a byline opens with, or the bracket of a run-in byline.
const BYLINES: &[&str] = &[
    "本报记者",
    "本报讯",
    "本报通讯员",
    "记者",
    "通讯员",
    "全媒体记者",
    "融媒体记者",
];

/// How many characters a byline line, or the byline that opens a lead
/// paragraph, has at most.
const BYLINE_CHARS: usize = 40;

/// Where a newspaper byline (`本报记者 周娟`, `本报讯(记者 …)`, `通讯员 …`)
/// stands among the top lines: a short line of its own, or run into the
/// lead paragraph (`本报讯（记者 王晓 通讯员 刘畅）新学期开学以来，…`).
pub(super) fn byline_index(top: &[&str]) -> Option<usize> {
    top.iter().position(|line| {
        let bare = line.trim_start_matches(['■', '●', '◆', '□', '(', '（', ' ']);
        let own_line =
            BYLINES.iter().any(|b| bare.starts_with(b)) && char_len(bare) <= BYLINE_CHARS;
        own_line || run_in_byline(line.trim_start_matches(['■', '●', '◆', '□', ' ']))
    })
}

/// Whether a line opens with a byline in brackets, run into the lead: the
/// bracket closes within [`BYLINE_CHARS`], holds a reporter
/// (`（记者 孙悦）`), and stands at the start or after a dateline ending in
/// `讯` or `电` (`本报讯`, `本报北京3月5日电`).
fn run_in_byline(line: &str) -> bool {
    // Most top lines have no bracket among their first characters: two
    // searches of a few bytes tell so, before the characters are counted.
    let near = &line[..floor_boundary(line, 4 * BYLINE_CHARS)];
    if !(near.contains('(') || near.contains("（")) {
        return false;
    }
    let head = line
        .char_indices()
        .nth(BYLINE_CHARS)
        .map_or(line, |(i, _)| &line[..i]);
    let Some(open) = head.find(['(', '（']) else {
        return false;
    };
    let inner = head[open..].trim_start_matches(['(', '（']);
    let Some(close) = inner.find([')', '）']) else {
        return false;
    };
    let before = head[..open].trim();
    let dateline = before.is_empty() || before.ends_with(['讯', '电']);
    dateline && BYLINES.iter().any(|b| inner[..close].trim().starts_with(b))
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
    fn news_headline_is_the_line_above_the_source_line() {
        let head = "某某网 > 某地新闻 > 正文\n某市发布课后服务收费标准 学习日每生每课时2元\n来源:某某晚报 2021-11-08 16:38\n昨日,记者从市教育局了解到,方案出台。";
        let (m, _) = read_one(head, "");
        assert_eq!(
            m.title.as_deref(),
            Some("某市发布课后服务收费标准 学习日每生每课时2元")
        );
    }

    #[test]
    fn byline_run_into_the_lead() {
        let lead = "新学期开学以来，各区陆续公布今年的教育工作重点任务，聚焦扩优提质、深化改革、强师赋能。";
        for byline in [
            "本报讯（记者 王五 通讯员 赵六）",
            "本报讯(记者 王五)",
            "（记者 王五）",
            "本报某地3月5日电（全媒体记者 王五）",
        ] {
            let top = ["引题一行", "主标题在这里", &format!("{byline}{lead}")];
            assert_eq!(byline_index(&top), Some(2), "{byline}");
        }
        // A lead about reporters, or a bracket that is no byline.
        for line in [
            format!("记者从市教育局获悉（2月5日），{lead}"),
            format!("今年（记者节前后）{lead}"),
            format!("记者{lead}"),
        ] {
            assert_eq!(byline_index(&[line.as_str()]), None, "{line}");
        }
    }

    #[test]
    fn headline_above_a_run_in_byline_and_its_subtitle() {
        let head = "某某日报数字报\n上一版 下一版\n扩优提质 奋力开新局\n——我市各区2024年教育工作重点任务扫描\n本报讯（记者 王五 通讯员 赵六）新学期开学以来，各区陆续公布重点任务，聚焦扩优提质。\n实施名师培养计划";
        let (m, _) = read_one(head, head);
        assert_eq!(m.title.as_deref(), Some("扩优提质 奋力开新局"));
        assert_eq!(m.kind, Some(Kind::NewsSummary));
        // The headline has no year: its subtitle gives it.
        assert_eq!(m.period, Some(super::super::Period::year(2024)));
        let top = ["某某规划", "——2021—2025年", "一、总体要求"];
        let title = read_title(&Header::default(), &top, None).unwrap();
        assert_eq!(title.subtitle.as_deref(), Some("2021—2025年"));
        let top = ["某某规划", "一、总体要求"];
        let title = read_title(&Header::default(), &top, None).unwrap();
        assert_eq!(title.subtitle, None);
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
