//! Plan metadata: the types, and reading them from the text.
//!
//! Every field is `None` where the text does not say: metadata is read, never
//! guessed. A researcher fixes what the text does not say with a sidecar
//! `FILE.meta.toml` or with a [`Meta`] given to [`Ingest::meta`](crate::ingest::Ingest::meta).

use serde::{Deserialize, Serialize};

pub use super::division::{Jurisdiction, Level};
use super::{Removal, Rule};
use crate::text::{ceil_boundary, floor_boundary};
use crate::Warning;

/// What a plan says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The plan's title (`济源市教育局2018年工作要点`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Province, city and district the plan is for.
    #[serde(default)]
    pub jurisdiction: Jurisdiction,
    /// Districts the plan speaks for separately (a city paper's round-up of
    /// several districts), in the order the text gives them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub districts: Vec<String>,
    /// The administrative level of the issuing jurisdiction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The year or years the plan covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Who issued it (`济源市教育局`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// The document number (`济教〔2018〕1号`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// The date of publication or signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// What kind of plan it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
}

impl Meta {
    /// Fills every field that `self` leaves empty from `fallback`.
    ///
    /// Used to layer metadata: what the caller gives wins over a sidecar file,
    /// which wins over what is read from the text.
    pub fn or(mut self, fallback: Meta) -> Meta {
        self.title = self.title.or(fallback.title);
        self.jurisdiction = self.jurisdiction.or(fallback.jurisdiction);
        if self.districts.is_empty() {
            self.districts = fallback.districts;
        }
        self.level = self.level.or(fallback.level);
        self.period = self.period.or(fallback.period);
        self.issuer = self.issuer.or(fallback.issuer);
        self.doc_number = self.doc_number.or(fallback.doc_number);
        self.published = self.published.or(fallback.published);
        self.kind = self.kind.or(fallback.kind);
        self
    }
}

/// A year or a span of years, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Period {
    /// First year.
    pub start: u16,
    /// Last year (equal to `start` for an annual plan).
    pub end: u16,
}

impl Period {
    /// A single year.
    pub fn year(year: u16) -> Period {
        Period {
            start: year,
            end: year,
        }
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}-{}", self.start, self.end)
        }
    }
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day, 1 to 31.
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The kind of plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Annual work points (`工作要点`, `工作重点`, `重点任务`).
    WorkPoints,
    /// Multi-year key projects (`重点工程`, `三年行动计划`).
    Projects,
    /// An implementation plan (`实施方案`, `实施意见`).
    Implementation,
    /// A development plan (`规划`, `十四五`).
    DevelopmentPlan,
    /// A newspaper summary of one or more plans.
    NewsSummary,
}

/// The kind as a sidecar spells it (`work_points`).
impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kind::WorkPoints => "work_points",
            Kind::Projects => "projects",
            Kind::Implementation => "implementation",
            Kind::DevelopmentPlan => "development_plan",
            Kind::NewsSummary => "news_summary",
        })
    }
}

// ---------------------------------------------------------------------------
// Reading metadata from a plan's text.
//
// Each field has its own reader, in the module named after it, and each
// reader says `None` when the input does not say. Header fields (`成文日期:
// …`, `标题: …`) are read from `head`, the whole input, because the cleaner
// removes them from the text; so are the title and the byline, from the top
// lines of `head` but for those the cleaner removed as navigation, footer or
// caption (a menu item `规划计划` is no title); where the plan applies is read
// from the title and the clean text, because the site's furniture (a
// school's address in a footer) names places that are not the plan's.
//
// Metadata stands at the top of a plan (header fields, title, byline, the
// opening paragraphs), at its bottom (signature, date, footer fields) and in
// its district headings. The readers look only there: at a bounded top and
// bottom, and at the whole text in one pass that reads short lines as
// district headings and counts the years the text works towards. So reading
// costs the same on a plan of 10 MB as on one of 10 kB, but for that pass.

mod date;
mod header;
mod issuer;
mod place;
mod sidecar;
mod signature;
mod title;

pub(crate) use issuer::ORGANS;
pub(crate) use sidecar::read_sidecar;

use header::Header;
use signature::Signature;

/// How many non-empty lines at the top of the input may hold the title and
/// the byline.
const TOP_LINES: usize = 40;

/// How many characters at the top of the input may hold the header fields,
/// the title and the byline; a line this cuts is not read.
///
/// [`TOP_LINES`] headline-sized lines (60 characters at most) take 2,400
/// characters; 3,000 leaves room for a header block. In the bundled plans
/// the furthest of these ends at about character 290 (the byline of
/// zhengzhou-2024), while their forty top lines may run to character 7,752
/// (qiqihar-2022, whose paragraphs are long, cut by a sharing site into
/// chunks of several hundred characters). A smaller top risks losing
/// a title under a long navigation menu; a larger one costs microseconds but
/// reads more of the body as candidate titles and bylines.
const TOP_CHARS: usize = 3000;

/// How many characters at the start of the text count as its opening: where
/// the place it names most, its nicknames, its document number and the year
/// its work is set for are read; a line this cuts counts as far as it goes
/// for names and years, and not at all as a heading or a document number.
///
/// The opening paragraphs name the plan's city again and again: qiqihar-2022
/// names 鹤城 four times in its first 350 characters. The first 15
/// non-empty lines, where a document number is looked for, end by character
/// 2,771 in the bundled plans (minhang-2017). Looking for places in 3,000
/// characters is cheap; a larger opening gathers more places named in
/// passing, a smaller one fewer mentions of the plan's own.
const OPENING_CHARS: usize = 3000;

/// How many characters at the end of the input and of the text may hold a
/// signature, footer fields and nicknames; a line this cuts is not read as a
/// signature or a header field.
///
/// The last 15 non-empty lines of the bundled plans, where a signature is
/// looked for, take at most 2,369 characters (minhang-2017); 3,000 holds them
/// all. A smaller end misses a signature under long attachments; a larger one
/// only costs time.
const ENDING_CHARS: usize = 3000;

/// Reads what a plan says about itself.
///
/// `head` is the whole input after normalisation, still with its header
/// lines (`发布机构: 市教育局 成文日期: 2018-02-05`); `removed` is what the
/// cleaner removed from it, by line; `text` is the clean plan text, and
/// `paragraphs` its lines.
/// Unreadable dates leave the field empty and add a
/// [`WarningKind::UnreadableDate`](crate::WarningKind::UnreadableDate) warning.
pub(crate) fn read<'t>(
    head: &str,
    removed: &[Removal],
    text: &str,
    paragraphs: impl IntoIterator<Item = &'t str>,
    warnings: &mut Vec<Warning>,
) -> Meta {
    let top = whole_lines_at_start(head, TOP_CHARS);
    let bottom = whole_lines_at_end(&head[top.len()..], ENDING_CHARS);
    let header = Header::parse(top.lines().chain(bottom.lines()));
    let top = top_lines(top, &furniture_lines(removed));
    let byline = title::byline_index(&top);
    let found = title::read_title(&header, &top, byline);
    let (title, subtitle) = match found {
        Some(t) => (Some(t.text), t.subtitle),
        None => (None, None),
    };
    let ends = Ends::of(text);
    // The one pass over the whole text every plan needs; years are read
    // from it only when the title gives none (see `date::read_period`).
    let mut headings = place::Districts::default();
    for line in paragraphs {
        headings.read_line(line);
    }
    let districts = headings.found();
    let signature = Signature::find(ends.ending_lines);
    let place = place::place_from_title_and_text(title.as_deref(), &ends, !districts.is_empty());
    let issuer = issuer::read_issuer(&header, title.as_deref(), &signature, &place);
    let mut jurisdiction = issuer
        .as_deref()
        .and_then(place::place_in_name)
        .unwrap_or(place);
    if !districts.is_empty() {
        // A round-up speaks for its city, district by district.
        jurisdiction.district = None;
    }
    let published = date::read_published(&header, &signature, &top, warnings);
    Meta {
        kind: title::read_kind(title.as_deref(), byline.is_some() || !districts.is_empty()),
        period: date::read_period(
            title.as_deref(),
            subtitle.as_deref(),
            &ends,
            text,
            published,
        ),
        doc_number: issuer::read_doc_number(&header, ends.opening_lines),
        level: place::level_of(&jurisdiction),
        title,
        jurisdiction,
        districts,
        issuer,
        published,
    }
}

// --- where metadata stands ------------------------------------------------------

/// The parts of the clean text where metadata stands, each of bounded size.
#[derive(Debug, Clone, Copy)]
struct Ends<'a> {
    /// The first [`OPENING_CHARS`] characters; the last line may be cut.
    opening: &'a str,
    /// The lines that stand whole in the opening.
    opening_lines: &'a str,
    /// The last [`ENDING_CHARS`] characters after the opening; the first
    /// line may be cut.
    ending: &'a str,
    /// The lines that stand whole in the last [`ENDING_CHARS`] characters
    /// (in a short text, lines of the opening too).
    ending_lines: &'a str,
}

impl<'a> Ends<'a> {
    fn of(text: &'a str) -> Ends<'a> {
        // Each end is counted once: the ending after the opening is the
        // text's last characters, or all that follows the opening when fewer.
        let opening = first_chars(text, OPENING_CHARS);
        let last = last_chars(text, ENDING_CHARS);
        let after_opening = text.len() - last.len() >= opening.len();
        Ends {
            opening,
            opening_lines: whole_lines_in(text, opening, 0),
            ending: if after_opening {
                last
            } else {
                &text[opening.len()..]
            },
            ending_lines: whole_lines_in(text, last, text.len() - last.len()),
        }
    }
}

/// The non-empty, trimmed lines at the top of the input, but for the
/// `furniture` lines (1-based numbers, sorted).
fn top_lines<'a>(head: &'a str, furniture: &[usize]) -> Vec<&'a str> {
    head.lines()
        .enumerate()
        .filter(|(i, _)| furniture.binary_search(&(i + 1)).is_err())
        .map(|(_, l)| l.trim())
        .filter(|l| !l.is_empty())
        .take(TOP_LINES)
        .collect()
}

/// The numbers of the lines, sorted, that the cleaner removed as furniture
/// that never holds a title or a byline: a site's menu and breadcrumb
/// (`规划计划` in a menu above `当前位置`), its footer, photo captions.
///
/// Not every removed line: a sharing site's file name line
/// (`…实施方案.docx`) may be the only place the title stands, and a
/// newspaper's byline (`本报记者 周娟`) is removed from the text but shows
/// where the headline is.
fn furniture_lines(removed: &[Removal]) -> Vec<usize> {
    let mut lines: Vec<usize> = removed
        .iter()
        .filter(|r| matches!(r.rule, Rule::Navigation | Rule::Footer | Rule::Caption))
        .map(|r| r.line)
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines
}

/// The first `n` characters of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    // Characters are counted a stretch at a time (the standard library's
    // count is word-parallel): `left` bytes hold at most `left` characters,
    // so no stretch overshoots the bound.
    let (mut pos, mut left) = (0, n);
    while left > 0 {
        if pos >= s.len() {
            return s;
        }
        let mut end = floor_boundary(s, pos + left);
        if end == pos {
            end += s[pos..].chars().next().map_or(1, char::len_utf8);
        }
        left -= s[pos..end].chars().count();
        pos = end;
    }
    &s[..pos]
}

/// The last `n` characters of `s`.
fn last_chars(s: &str, n: usize) -> &str {
    let (mut start, mut left) = (s.len(), n);
    while left > 0 {
        if start == 0 {
            return s;
        }
        let mut begin = ceil_boundary(s, start.saturating_sub(left));
        if begin == start {
            begin -= s[..start].chars().next_back().map_or(1, char::len_utf8);
        }
        left -= s[begin..start].chars().count();
        start = begin;
    }
    &s[start..]
}

/// The lines that stand whole in the first `n` characters of `s`: a line
/// the bound cuts is left out.
fn whole_lines_at_start(s: &str, n: usize) -> &str {
    whole_lines_in(s, first_chars(s, n), 0)
}

/// The lines that stand whole in the last `n` characters of `s`: a line the
/// bound cuts is left out.
fn whole_lines_at_end(s: &str, n: usize) -> &str {
    let part = last_chars(s, n);
    whole_lines_in(s, part, s.len() - part.len())
}

/// The lines of `s` that stand whole in `part`, the stretch of `s` at byte
/// `at`: a line cut at either end is left out. `part` is all of `s` but for
/// one of its ends, the start or the end.
fn whole_lines_in<'a>(s: &str, part: &'a str, at: usize) -> &'a str {
    if at == 0 {
        let rest = &s[part.len()..];
        if rest.is_empty() || rest.starts_with('\n') || rest.starts_with("\r\n") {
            return part;
        }
        return part.rfind('\n').map_or("", |i| &part[..i]);
    }
    if s[..at].ends_with('\n') {
        return part;
    }
    part.find('\n').map_or("", |i| &part[i + 1..])
}

/// The years a plan, a date or a sidecar's year can be in.
const YEARS: std::ops::RangeInclusive<u16> = 1949..=2100;

/// The value of an ASCII or full-width digit.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// An ASCII or full-width digit, written in ASCII.
fn ascii_digit(c: char) -> Option<char> {
    digit(c).and_then(|d| char::from_digit(d, 10))
}

/// Layers the caller's metadata (and the sidecar's) over what the text says.
///
/// Fields are taken one by one, except the jurisdiction: one the caller gives
/// is taken whole and completed from the gazetteer, never mixed with the
/// text's (a supplied `金水区` must not keep a city read from another part of
/// the page), and the level follows it unless the caller gives that too.
pub(crate) fn layer(supplied: Meta, read: Meta) -> Meta {
    let given = supplied.jurisdiction.clone();
    let level_given = supplied.level.is_some();
    let mut meta = supplied.or(read);
    let named = given
        .district
        .clone()
        .or_else(|| given.city.clone())
        .or_else(|| given.province.clone());
    if let Some(name) = named {
        meta.jurisdiction = given.or(super::places::jurisdiction_of(&name));
        if !level_given {
            meta.level = place::level_of(&meta.jurisdiction);
        }
    }
    meta
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::char_len;

    pub(super) fn corpus(name: &str) -> String {
        let path = format!("{}/data/corpus/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// Reads a raw plan with its furniture still in the text, as the cleaner
    /// may leave some: the rules must hold either way.
    pub(super) fn read_raw(name: &str) -> (Meta, Vec<Warning>) {
        let raw = corpus(name);
        let mut warnings = Vec::new();
        let meta = read(&raw, &[], &raw, raw.lines(), &mut warnings);
        (meta, warnings)
    }

    pub(super) fn read_one(head: &str, text: &str) -> (Meta, Vec<Warning>) {
        let mut warnings = Vec::new();
        let meta = read(head, &[], text, text.lines(), &mut warnings);
        (meta, warnings)
    }

    pub(super) fn place(province: &str, city: &str, district: &str) -> Jurisdiction {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Jurisdiction {
            province: some(province),
            city: some(city),
            district: some(district),
        }
    }

    pub(super) fn date(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    pub(super) fn span(start: u16, end: u16) -> Period {
        Period { start, end }
    }

    // --- the bundled plans -------------------------------------------------

    #[test]
    fn jiyuan_2018() {
        let (m, warnings) = read_raw("jiyuan-2018");
        assert_eq!(m.title.as_deref(), Some("济源市教育局2018年工作要点"));
        assert_eq!(m.jurisdiction, place("河南省", "济源市", ""));
        assert_eq!(m.level, Some(Level::CountyCity));
        assert_eq!(m.period, Some(Period::year(2018)));
        assert_eq!(m.issuer.as_deref(), Some("济源市教育局"));
        assert_eq!(m.doc_number.as_deref(), Some("济教〔2018〕1号"));
        assert_eq!(m.published, Some(date(2018, 2, 5)));
        assert_eq!(m.kind, Some(Kind::WorkPoints));
        assert!(m.districts.is_empty());
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn zhengzhou_2016() {
        let (m, warnings) = read_raw("zhengzhou-2016");
        assert_eq!(
            m.title.as_deref(),
            Some("郑州市教育局未来三年重点工程及2016年工作要点")
        );
        assert_eq!(m.jurisdiction, place("河南省", "郑州市", ""));
        assert_eq!(m.level, Some(Level::Prefecture));
        assert_eq!(m.period, Some(span(2016, 2018)));
        // Not the school whose site hosts the plan (郑州市第五高级中学).
        assert_eq!(m.issuer.as_deref(), Some("郑州市教育局"));
        assert_eq!(m.published, Some(date(2016, 1, 28)));
        assert_eq!(m.kind, Some(Kind::Projects));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn zhengzhou_2024() {
        let (m, _) = read_raw("zhengzhou-2024");
        assert_eq!(m.title.as_deref(), Some("2024, 郑州教育这么干!"));
        assert_eq!(m.jurisdiction, place("河南省", "郑州市", ""));
        assert_eq!(m.level, Some(Level::Prefecture));
        assert_eq!(m.districts, ["郑东新区", "郑州高新区", "金水区", "二七区"]);
        assert_eq!(m.period, Some(Period::year(2024)));
        assert_eq!(m.kind, Some(Kind::NewsSummary));
        assert_eq!(m.issuer, None);
        assert_eq!(m.doc_number, None);
    }

    #[test]
    fn qiqihar_2022() {
        let (m, warnings) = read_raw("qiqihar-2022");
        assert_eq!(
            m.title.as_deref(),
            Some("关于加快打造东北地区西北部区域教育中心的实施方案")
        );
        assert_eq!(m.jurisdiction, place("黑龙江省", "齐齐哈尔市", ""));
        assert_eq!(m.level, Some(Level::Prefecture));
        assert_eq!(m.period, Some(span(2022, 2025)));
        assert_eq!(m.kind, Some(Kind::Implementation));
        assert_eq!(m.issuer, None);
        // 上传时间 is the sharing site's date, not the plan's.
        assert_eq!(m.published, None);
        assert_eq!(m.doc_number, None);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn minhang_2017() {
        let (m, warnings) = read_raw("minhang-2017");
        assert_eq!(m.title.as_deref(), Some("2017年闵行区教育局工作要点"));
        assert_eq!(m.jurisdiction, place("上海市", "上海市", "闵行区"));
        assert_eq!(m.level, Some(Level::District));
        assert_eq!(m.period, Some(Period::year(2017)));
        assert_eq!(m.issuer.as_deref(), Some("闵行区教育局"));
        assert_eq!(m.published, Some(date(2017, 2, 14)));
        assert_eq!(m.kind, Some(Kind::WorkPoints));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn bundled_plans_read_the_same_from_clean_text() {
        // The text without its first lines of furniture: what the cleaner
        // gives. Jurisdiction and period must not depend on the furniture.
        for name in ["jiyuan-2018", "qiqihar-2022", "zhengzhou-2024"] {
            let raw = corpus(name);
            let text: String = raw.lines().skip(4).collect::<Vec<_>>().join("\n");
            let (from_raw, _) = read_raw(name);
            let (from_clean, _) = read_one(&raw, &text);
            assert_eq!(from_clean.jurisdiction, from_raw.jurisdiction, "{name}");
            assert_eq!(from_clean.period, from_raw.period, "{name}");
        }
    }

    #[test]
    fn menu_items_above_the_breadcrumb_are_not_titles() {
        // A site menu scraped one item a line: the cleaner removes it as
        // navigation, and its items (`规划计划`) are no title.
        let menu = "某某市教育局\n首页\n规划计划\n政务公开\n当前位置：首页 > 通知公告\n";
        let body = "1.强化理论武装。开展专题培训。\n".repeat(10);
        let page = format!("{menu}发布机构：某某市教育局\n某某市教育局2023年工作要点\n一、加强党建\n{body}版权所有 某某市教育局");
        let doc = crate::ingest::from_text("menu", &page).unwrap();
        assert!(doc.removed.iter().any(|r| r.text == "规划计划"));
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("某某市教育局2023年工作要点")
        );
        assert_eq!(doc.meta.kind, Some(Kind::WorkPoints));
        // Only furniture that never holds a title is passed over.
        let removal = |line: usize, rule: Rule| Removal {
            line,
            rule,
            text: String::new(),
        };
        let removed = [
            removal(5, Rule::Footer),
            removal(2, Rule::Navigation),
            removal(3, Rule::SharingSite),
            removal(4, Rule::Caption),
        ];
        assert_eq!(furniture_lines(&removed), [2, 4, 5]);
        assert_eq!(top_lines("a\nb\n\nc\nd\ne", &[2, 4, 5]), ["a", "e"]);
    }

    // --- where metadata stands ------------------------------------------------

    #[test]
    fn ends_of_a_string() {
        assert_eq!(first_chars("一二三", 2), "一二");
        assert_eq!(first_chars("一二", 5), "一二");
        assert_eq!(last_chars("一二三", 2), "二三");
        assert_eq!(last_chars("一二", 5), "一二");
        assert_eq!(last_chars("", 5), "");
        // Across blocks, with characters of every length.
        let long: String = "a中é𝄞".repeat(50);
        for n in 0..=210 {
            let chars: Vec<(usize, char)> = long.char_indices().collect();
            let first = chars.get(n).map_or(long.len(), |&(i, _)| i);
            assert_eq!(first_chars(&long, n), &long[..first], "{n}");
            let last = if n == 0 {
                long.len()
            } else {
                chars.len().checked_sub(n).map_or(0, |k| chars[k].0)
            };
            assert_eq!(last_chars(&long, n), &long[last..], "{n}");
        }
        // A line the bound cuts is left out; one it ends at is whole.
        assert_eq!(whole_lines_at_start("ab\ncd\nef", 4), "ab");
        assert_eq!(whole_lines_at_start("ab\ncd\nef", 5), "ab\ncd");
        assert_eq!(whole_lines_at_start("abcdef", 4), "");
        assert_eq!(whole_lines_at_end("ab\ncd\nef", 4), "ef");
        assert_eq!(whole_lines_at_end("ab\ncd\nef", 5), "cd\nef");
        assert_eq!(whole_lines_at_end("abcdef", 4), "");
        assert_eq!(whole_lines_at_end("abcdef", 9), "abcdef");
    }

    #[test]
    fn ending_starts_after_the_opening() {
        let text = "鹤城".repeat(OPENING_CHARS);
        let ends = Ends::of(&text);
        assert_eq!(char_len(ends.opening), OPENING_CHARS);
        assert_eq!(char_len(ends.ending), ENDING_CHARS);
        let short = Ends::of("鹤城教育");
        assert_eq!(short.opening, "鹤城教育");
        assert_eq!(short.ending, "");
        assert_eq!(short.ending_lines, "鹤城教育");
    }

    #[test]
    fn a_long_plan_is_read_at_its_ends() {
        let body = "1.加强管理,提升质量。推进改革,促进公平。\n".repeat(20_000);
        let head = format!(
            "发布机构: 县教育局\n某某县教育局2019年工作要点\n某教〔2019〕3号\n一、总体要求\n{body}某某县教育局\n2019年3月1日\n日期: 2019-03-02"
        );
        let text = head.lines().skip(1).collect::<Vec<_>>().join("\n");
        let text = text.trim_end_matches("\n日期: 2019-03-02");
        let (m, warnings) = read_one(&head, text);
        assert_eq!(m.title.as_deref(), Some("某某县教育局2019年工作要点"));
        assert_eq!(m.issuer.as_deref(), Some("某某县教育局"));
        assert_eq!(m.jurisdiction, place("", "", "某某县"));
        assert_eq!(m.doc_number.as_deref(), Some("某教〔2019〕3号"));
        assert_eq!(m.published, Some(date(2019, 3, 1)));
        assert_eq!(m.period, Some(Period::year(2019)));
        assert_eq!(m.kind, Some(Kind::WorkPoints));
        assert!(warnings.is_empty(), "{warnings:?}");
        // A page whose date stands only in its footer.
        let head = format!("某某县2019年工作要点\n{body}日期: 2019-03-02");
        let (m, _) = read_one(&head, &body);
        assert_eq!(m.published, Some(date(2019, 3, 2)));
    }
}
