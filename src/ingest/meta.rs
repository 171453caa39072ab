//! Plan metadata: the types, and reading them from the text.
//!
//! Every field is `None` where the text does not say: metadata is read, never
//! guessed. A researcher fixes what the text does not say with a sidecar
//! `FILE.meta.toml` or with a [`Meta`] given to [`Ingest::meta`](crate::ingest::Ingest::meta).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::places;
use crate::{Error, Warning, WarningKind};

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

/// Where a plan applies: province, city and district, each as the text names
/// it in full (`河南省`, `郑州市`, `金水区`).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// Province, autonomous region or municipality (`河南省`, `上海市`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// Prefecture-level or county-level city (`郑州市`, `济源市`, `上海市`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// District or county inside the city (`闵行区`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
}

impl Jurisdiction {
    /// Fills every field that `self` leaves empty from `fallback`.
    pub fn or(self, fallback: Jurisdiction) -> Jurisdiction {
        Jurisdiction {
            province: self.province.or(fallback.province),
            city: self.city.or(fallback.city),
            district: self.district.or(fallback.district),
        }
    }

    /// The most specific name: district, else city, else province.
    pub fn name(&self) -> Option<&str> {
        self.district
            .as_deref()
            .or(self.city.as_deref())
            .or(self.province.as_deref())
    }
}

/// The administrative level of a jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A province, autonomous region or municipality directly under the centre.
    Province,
    /// A prefecture-level city (`地级市`), such as 郑州市 or 齐齐哈尔市.
    Prefecture,
    /// A county-level city (`县级市`), such as 济源市.
    CountyCity,
    /// A county (`县`, `旗`).
    County,
    /// A city district (`区`), such as 闵行区 or 金水区.
    District,
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

// ---------------------------------------------------------------------------
// Reading metadata from a plan's text.
//
// Each field has its own reader, and each reader says `None` when the input
// does not say. Header fields (`成文日期: …`, `标题: …`) are read from `head`,
// the whole input, because the cleaner removes them from the text; where the
// plan applies is read from the title and the clean text, because the site's
// furniture (a school's address in a footer) names places that are not the
// plan's.

/// How many non-empty lines at the top of the input may hold the title and
/// the byline.
const TOP_LINES: usize = 40;
/// How many characters at the start of the text count as its opening.
const OPENING_CHARS: usize = 3000;
/// How many non-empty lines at the end of the text may hold a signature.
const SIGNATURE_LINES: usize = 15;
/// A text-derived place must be named at least this often.
const MIN_MENTIONS: usize = 2;

/// Reads what a plan says about itself.
///
/// `head` is the whole input after normalisation, still with its header
/// lines (`发布机构: 市教育局 成文日期: 2018-02-05`); `text` is the clean
/// plan text. Unreadable dates leave the field empty and add a
/// [`WarningKind::UnreadableDate`] warning.
pub(crate) fn read(head: &str, text: &str, warnings: &mut Vec<Warning>) -> Meta {
    let header = Header::parse(head);
    let top = top_lines(head);
    let byline = byline_index(&top);
    let title = read_title(&header, &top, byline);
    let districts = read_districts(text);
    let signature = Signature::find(text);
    let place = place_from_title_and_text(title.as_deref(), text, !districts.is_empty());
    let issuer = read_issuer(&header, title.as_deref(), &signature, &place);
    let mut jurisdiction = issuer.as_deref().and_then(place_in_name).unwrap_or(place);
    if !districts.is_empty() {
        // A round-up speaks for its city, district by district.
        jurisdiction.district = None;
    }
    let published = read_published(&header, &signature, warnings);
    Meta {
        kind: read_kind(title.as_deref(), byline.is_some() || !districts.is_empty()),
        period: read_period(title.as_deref(), text, published),
        doc_number: read_doc_number(&header, text),
        level: level_of(&jurisdiction),
        title,
        jurisdiction,
        districts,
        issuer,
        published,
    }
}

// --- characters -------------------------------------------------------------

/// Whether `c` is a Chinese character (`〇` included).
fn is_cjk(c: char) -> bool {
    matches!(
        c,
        '\u{4E00}'..='\u{9FFF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{2FFFF}'
            | '〇'
    )
}

/// The value of an ASCII or full-width digit.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The value of a Chinese digit (`〇` to `九`).
fn cn_digit(c: char) -> Option<u32> {
    let value = match c {
        '〇' | '零' | '○' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    };
    Some(value)
}

fn is_colon(c: char) -> bool {
    c == ':' || c == '：'
}

/// The non-empty, trimmed lines at the top of the input.
fn top_lines(head: &str) -> Vec<&str> {
    head.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(TOP_LINES)
        .collect()
}

/// `s` with everything inside `《…》` blanked out: titles of cited documents
/// (`《…三年行动计划(2017-2019)》`) are not the plan's own years.
fn mask_citations(s: &str) -> String {
    let mut depth = 0usize;
    s.chars()
        .map(|c| match c {
            '《' => {
                depth += 1;
                ' '
            }
            '》' => {
                depth = depth.saturating_sub(1);
                ' '
            }
            _ if depth > 0 => ' ',
            _ => c,
        })
        .collect()
}

// --- header fields ------------------------------------------------------------

/// Labels of the fields that web pages and sharing sites put above a plan.
/// Only some are read; the others end the value before them.
const HEADER_KEYS: &[&str] = &[
    "索引号",
    "主题分类",
    "主题词",
    "发布机构",
    "发文机关",
    "成文日期",
    "签发日期",
    "标题",
    "发文字号",
    "文号",
    "发布日期",
    "发布时间",
    "日期",
    "责任编辑",
    "责编",
    "编辑",
    "阅读量",
    "阅读次数",
    "阅读",
    "浏览量",
    "浏览次数",
    "点击量",
    "点击数",
    "作者",
    "信息来源",
    "来源",
    "上传人",
    "文档编号",
    "上传时间",
    "格式",
    "页数",
    "大小",
];

/// The labelled fields of the header lines: `发布机构: 市教育局`.
#[derive(Debug, Default)]
struct Header {
    fields: Vec<(&'static str, String)>,
}

impl Header {
    /// Reads every line that starts with a known label (after blanks and an
    /// opening bracket, as in `【 作者:党政办 阅读:14771 】`).
    fn parse(head: &str) -> Header {
        let mut header = Header::default();
        for line in head.lines() {
            header.parse_line(line);
        }
        header
    }

    fn parse_line(&mut self, line: &str) {
        let chars: Vec<char> = line.chars().collect();
        let start = chars
            .iter()
            .position(|c| !c.is_whitespace() && !matches!(c, '【' | '[' | '［' | '(' | '（'))
            .unwrap_or(chars.len());
        let Some(mut key) = key_at(&chars, start) else {
            return;
        };
        loop {
            let (name, value_start) = key;
            let next = (value_start..chars.len()).find_map(|i| key_at(&chars, i).map(|k| (i, k)));
            let value_end = next.map_or(chars.len(), |(i, _)| i);
            let value: String = chars[value_start..value_end].iter().collect();
            let value = value
                .trim()
                .trim_end_matches(['】', ']', '］', ')', '）'])
                .trim();
            self.fields.push((name, value.to_string()));
            match next {
                Some((_, k)) => key = k,
                None => return,
            }
        }
    }

    /// The first non-empty value of a field.
    fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, v)| *k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }
}

/// The label at `chars[i]`, allowing blanks inside it (`标       题`) and
/// before its colon, and the index after the colon.
fn key_at(chars: &[char], i: usize) -> Option<(&'static str, usize)> {
    let mut best: Option<(&'static str, usize)> = None;
    for key in HEADER_KEYS {
        let Some(end) = match_spaced(chars, i, key) else {
            continue;
        };
        let colon = (end..chars.len()).find(|&j| !chars[j].is_whitespace())?;
        let longest = match best {
            Some((b, _)) => key.len() > b.len(),
            None => true,
        };
        if is_colon(chars[colon]) && longest {
            best = Some((key, colon + 1));
        }
    }
    best
}

/// Matches `word` at `chars[i]` with blanks allowed between its characters;
/// the index after the match.
fn match_spaced(chars: &[char], i: usize, word: &str) -> Option<usize> {
    let mut j = i;
    for (n, w) in word.chars().enumerate() {
        if n > 0 {
            while chars.get(j).is_some_and(|c| c.is_whitespace()) {
                j += 1;
            }
        }
        if chars.get(j) != Some(&w) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

// --- title ----------------------------------------------------------------------

/// Words one of which a plan's title has.
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
fn read_title(header: &Header, top: &[&str], byline: Option<usize>) -> Option<String> {
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

fn looks_like_title(line: &str) -> bool {
    is_headline(line) && TITLE_WORDS.iter().any(|w| line.contains(w)) && !starts_with_marker(line)
}

/// A short line that is not a sentence, a navigation trail or a header.
fn is_headline(line: &str) -> bool {
    let n = line.chars().count();
    (4..=60).contains(&n)
        && !line.contains(['。', ':', '：', '>', '»', '|'])
        && !line.ends_with(['；', ';', '，', ','])
        && !line.contains("位置")
        && line.chars().any(is_cjk)
}

/// Whether a line opens with an outline marker (`一、`, `1.`, `12、`, `(一)`).
fn starts_with_marker(line: &str) -> bool {
    if line.starts_with(['(', '（']) {
        return true;
    }
    let numeral = |c: char| digit(c).is_some() || cn_digit(c).is_some() || c == '十';
    let digits = line.chars().take_while(|c| numeral(*c)).count();
    let after = line.chars().nth(digits);
    (1..=3).contains(&digits) && matches!(after, Some('、' | '.' | '．' | ',' | '，'))
}

// --- newspaper pieces -------------------------------------------------------------

/// Where a newspaper byline (`本报记者 周娟`, `本报讯(记者 …)`, `通讯员 …`)
/// stands among the top lines.
fn byline_index(top: &[&str]) -> Option<usize> {
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
        line.chars().count() <= 40 && BYLINES.iter().any(|b| line.starts_with(b))
    })
}

// --- districts of a round-up ------------------------------------------------------

/// Endings of area words that are not districts (`示范区`, `农村地区`).
const AREA_ENDINGS: &[&str] = &[
    "示范区",
    "实验区",
    "试验区",
    "先行区",
    "试点区",
    "先导区",
    "引领区",
    "核心区",
    "集聚区",
    "功能区",
    "保护区",
    "服务区",
    "生活区",
    "教学区",
    "居住区",
    "安置区",
    "自贸区",
    "地区",
    "校区",
    "园区",
    "社区",
    "辖区",
    "片区",
    "学区",
    "景区",
    "山区",
    "郊区",
    "牧区",
    "库区",
    "街区",
    "全区",
    "各区",
    "该区",
    "本区",
    "我区",
    "全县",
    "各县",
    "该县",
    "本县",
    "我县",
];

/// Area words that are not districts even though they end like one.
const AREA_WORDS: &[&str] = &[
    "开发区",
    "高新区",
    "经开区",
    "新区",
    "主城区",
    "老城区",
    "中心城区",
    "新城区",
    "中心区",
];

/// Districts that the text gives a part each: lines that are just a
/// district's name (`郑东新区`, `金水区`), in text order, when there are two
/// or more.
fn read_districts(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if is_district_heading(line) && !found.iter().any(|d| d == line) {
            found.push(line.to_string());
        }
    }
    if found.len() >= 2 {
        found
    } else {
        Vec::new()
    }
}

fn is_district_heading(line: &str) -> bool {
    if !line.chars().all(is_cjk) {
        return false;
    }
    if places::district_level(line).is_some() {
        return true;
    }
    let n = line.chars().count();
    (3..=7).contains(&n)
        && line.ends_with(['区', '县', '旗'])
        && !AREA_ENDINGS.iter().any(|e| line.ends_with(e))
        && !AREA_WORDS.contains(&line)
}

// --- where the plan applies ---------------------------------------------------------

/// The place a name (an issuer, a title) names: its gazetteer places that fit
/// together (`上海市` and `闵行区`); else a place the name's issuing organ
/// gives by its suffix (`某某区教育局` → district `某某区`).
fn place_in_name(name: &str) -> Option<Jurisdiction> {
    let mentions = places::find_places(name);
    if let Some((first, rest)) = mentions.split_first() {
        let mut place = places::jurisdiction_of(first.name);
        for m in rest {
            let next = places::jurisdiction_of(m.name);
            if fits_together(&place, &next) {
                place = place.or(next);
            }
        }
        return Some(place);
    }
    let (prefix, _) = organ_parts(name)?;
    Some(place_by_suffix(&prefix))
}

/// A place not in the gazetteer, by what its name's suffix says it is.
fn place_by_suffix(name: &str) -> Jurisdiction {
    let owned = Some(name.to_string());
    if name.ends_with('省') || name.ends_with("自治区") {
        Jurisdiction {
            province: owned,
            ..Jurisdiction::default()
        }
    } else if name.ends_with(['区', '县', '旗']) {
        Jurisdiction {
            district: owned,
            ..Jurisdiction::default()
        }
    } else {
        Jurisdiction {
            city: owned,
            ..Jurisdiction::default()
        }
    }
}

/// Whether two places can be one: no field disagrees, and a district the
/// gazetteer puts in other cities is not put in this one.
fn fits_together(a: &Jurisdiction, b: &Jurisdiction) -> bool {
    let agree = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    let district_fits = |j: &Jurisdiction, other: &Jurisdiction| match (&j.district, &other.city) {
        (Some(d), Some(c)) if j.city.is_none() => {
            places::district_in_city(d, c) || places::district_level(d).is_none()
        }
        _ => true,
    };
    agree(&a.province, &b.province)
        && agree(&a.city, &b.city)
        && agree(&a.district, &b.district)
        && district_fits(a, b)
        && district_fits(b, a)
}

/// Where the plan applies, by its title; else by a nickname the text uses
/// again and again (`鹤城`); else by the city the opening names most.
fn place_from_title_and_text(title: Option<&str>, text: &str, roundup: bool) -> Jurisdiction {
    title
        .and_then(place_in_name)
        .or_else(|| place_from_aliases(text))
        .or_else(|| place_from_opening(text, roundup))
        .unwrap_or_default()
}

/// The city of a nickname that the text uses at least twice, and more often
/// than any other nickname.
fn place_from_aliases(text: &str) -> Option<Jurisdiction> {
    let mentions: Vec<_> = places::find_places(text)
        .into_iter()
        .filter(|m| m.form == places::Form::Alias)
        .collect();
    let city = most_named_city(&mentions)?;
    Some(places::jurisdiction_of(city))
}

/// The city the opening names most (in full, bare, by nickname or by one of
/// its districts), named at least twice and more than any other: a place
/// named once in passing (an exchange partner) is not the plan's. When more
/// than half of the city's mentions are of one district, and the text is not
/// a round-up of several, the plan is that district's.
fn place_from_opening(text: &str, roundup: bool) -> Option<Jurisdiction> {
    let opening: String = text.chars().take(OPENING_CHARS).collect();
    let mentions = places::find_places(&opening);
    let city = most_named_city(&mentions)?;
    let mut place = places::jurisdiction_of(city);
    if roundup {
        return Some(place);
    }
    let of_city: Vec<_> = mentions
        .iter()
        .filter(|m| places::jurisdiction_of(m.name).city.as_deref() == Some(city))
        .collect();
    let mut by_district: HashMap<&str, usize> = HashMap::new();
    for m in &of_city {
        if places::city_of_district(m.name) == Some(city) {
            *by_district.entry(m.name).or_default() += 1;
        }
    }
    if let Some((district, n)) = by_district.into_iter().max_by_key(|(d, n)| (*n, *d)) {
        if 2 * n > of_city.len() {
            place.district = Some(district.to_string());
        }
    }
    Some(place)
}

/// The city named most often, if named at least [`MIN_MENTIONS`] times and
/// strictly more often than any other.
fn most_named_city(mentions: &[places::Mention]) -> Option<&'static str> {
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    for m in mentions {
        let city = places::jurisdiction_of(m.name)
            .city
            .and_then(|c| places::resolve_alias(&c));
        if let Some(city) = city {
            *counts.entry(city).or_default() += 1;
        }
    }
    let mut ranked: Vec<_> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match ranked.as_slice() {
        [(city, n), rest @ ..] if *n >= MIN_MENTIONS && rest.iter().all(|r| r.1 < *n) => Some(city),
        _ => None,
    }
}

/// The level of the most specific part of a jurisdiction.
fn level_of(place: &Jurisdiction) -> Option<Level> {
    if let Some(district) = &place.district {
        return Some(
            places::district_level(district).unwrap_or_else(|| places::level_by_suffix(district)),
        );
    }
    if let Some(city) = &place.city {
        return places::city_level(city);
    }
    place.province.as_ref().map(|_| Level::Province)
}

// --- issuer ------------------------------------------------------------------------

/// Names of issuing organs, longest first where one ends another.
const ORGANS: &[&str] = &[
    "教育和体育局",
    "教育体育局",
    "教育和科学技术局",
    "教育科学技术局",
    "教育科技局",
    "教育委员会",
    "教育局",
    "教育厅",
    "教委",
    "教体局",
    "文教局",
    "人民政府办公厅",
    "人民政府办公室",
    "人民政府",
];

/// Words after which a place name starts (`2017年闵行区…`, `关于印发某某市…`).
const BEFORE_PLACE: &[&str] = &[
    "年", "关于", "印发", "转发", "及", "和", "与", "的", "在", "由", "对", "为", "转",
];

/// The issuer: the header's `发布机构` (a short form such as `市教育局`
/// completed with the plan's city or district); else an organ named in the
/// title (`济源市教育局2018年工作要点`); else the organ signing the plan.
fn read_issuer(
    header: &Header,
    title: Option<&str>,
    signature: &Signature,
    place: &Jurisdiction,
) -> Option<String> {
    let in_title = title.and_then(organ_in);
    if let Some(value) = header.get("发布机构").or_else(|| header.get("发文机关")) {
        return Some(complete_organ(value, place, in_title.as_deref()));
    }
    in_title.or_else(|| signature.organ.clone())
}

/// A short organ name (`市教育局`, `区教育局`) with its place put in front,
/// when the plan's place is known (the district for `区`; for `市` a
/// county-level city such as 讷河市 before its prefecture); else the
/// title's organ if it is the same organ in full; else the name as written.
fn complete_organ(value: &str, place: &Jurisdiction, in_title: Option<&str>) -> String {
    let Some(rest) = value.strip_prefix(['市', '区', '县']) else {
        return value.to_string();
    };
    if !ORGANS.contains(&rest) {
        return value.to_string();
    }
    let level = &value[..value.len() - rest.len()];
    let whose = [&place.district, &place.city]
        .into_iter()
        .flatten()
        .find(|name| name.ends_with(level));
    match (whose, in_title) {
        (Some(name), _) => format!("{name}{rest}"),
        (None, Some(full)) if full.ends_with(value) => full.to_string(),
        _ => value.to_string(),
    }
}

/// The first organ named in `s` with its place: `郑州市教育局`.
fn organ_in(s: &str) -> Option<String> {
    let (place, organ) = organ_parts(s)?;
    Some(format!("{place}{organ}"))
}

/// The place and organ of the first organ named in `s` with a place before it.
fn organ_parts(s: &str) -> Option<(String, &'static str)> {
    let mut from = 0;
    while from < s.len() {
        let (at, organ) = ORGANS
            .iter()
            .filter_map(|o| s[from..].find(o).map(|i| (from + i, *o)))
            .min_by_key(|(i, o)| (*i, std::cmp::Reverse(o.len())))?;
        if let Some(place) = place_before(&s[..at]) {
            return Some((place, organ));
        }
        from = at + organ.len();
    }
    None
}

/// The place name that `s` ends with: the places the gazetteer knows that
/// end it one after another (`上海市普陀区`); else a run of Chinese
/// characters ending in an administrative suffix (`某某县`).
fn place_before(s: &str) -> Option<String> {
    let start = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_cjk(*c))
        .last()
        .map(|(i, _)| i)?;
    let mut run = &s[start..];
    for word in BEFORE_PLACE {
        if let Some(at) = run.rfind(word) {
            run = &run[at + word.len()..];
        }
    }
    let mut known_from = run.len();
    for m in places::find_places(run).iter().rev() {
        if m.end != known_from {
            break;
        }
        known_from = m.start;
    }
    if known_from < run.len() {
        return Some(run[known_from..].to_string());
    }
    let n = run.chars().count();
    let shaped = (2..=10).contains(&n) && run.ends_with(['市', '区', '县', '省', '旗', '州', '盟']);
    shaped.then(|| run.to_string())
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
fn read_kind(title: Option<&str>, news: bool) -> Option<Kind> {
    if news {
        return Some(Kind::NewsSummary);
    }
    let title = title?;
    KIND_WORDS
        .iter()
        .find(|(words, _)| words.iter().any(|w| title.contains(w)))
        .map(|(_, kind)| *kind)
}

// --- period ----------------------------------------------------------------------------

/// Five-year plan periods and their first year.
const FIVE_YEAR_PLANS: &[(&str, u16)] = &[
    ("十一五", 2006),
    ("十二五", 2011),
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
];

/// Separators of a span of years (`2016-2018`, `2016至2018`).
const SPAN_SEPARATORS: &[&str] = &["-", "—", "–", "－", "~", "～", "〜", "至", "到", "——"];

/// The years the plan covers: by the title first, then by the text.
fn read_period(title: Option<&str>, text: &str, published: Option<Date>) -> Option<Period> {
    title
        .and_then(period_from_title)
        .or_else(|| period_from_text(text, published))
}

/// The title's span (`2022-2025年`), five-year plan (`十四五`), or year. A
/// title with a year and `未来三年` (`…未来三年重点工程及2016年工作要点`)
/// covers three years from that year: the plan of 2016 is for 2016–2018, and
/// its 2016 work points are the first year of it. With several single years,
/// the latest is the plan's (`2017年工作总结和2018年工作要点`).
fn period_from_title(title: &str) -> Option<Period> {
    if let Some(span) = spans(title).into_iter().next() {
        return Some(span);
    }
    if let Some((_, start)) = FIVE_YEAR_PLANS.iter().find(|(p, _)| title.contains(p)) {
        return Some(Period {
            start: *start,
            end: start + 4,
        });
    }
    let year = years(title).into_iter().map(|y| y.value).max()?;
    Some(match years_ahead(title) {
        Some(n) => Period {
            start: year,
            end: year + n - 1,
        },
        None => Period::year(year),
    })
}

/// From the text, citations masked: a span in a heading line at the top
/// (`(2022-2025年)` under the title); else a target year (`到2025年`) with
/// the plan's first year (the earliest phase, `2022年为准备阶段`, else the
/// year published); else the year the opening line starts with
/// (`2018年全市教育工作的总体要求是`).
fn period_from_text(text: &str, published: Option<Date>) -> Option<Period> {
    let masked = mask_citations(text);
    let heading_span = masked
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(10)
        .filter(|l| l.chars().count() <= 60 && !l.contains('。'))
        .find_map(|l| spans(l).into_iter().next());
    if heading_span.is_some() {
        return heading_span;
    }
    if let Some(end) = target_year(&masked) {
        let start = phase_start(&masked, end).or_else(|| {
            published
                .map(|d| d.year)
                .filter(|y| *y <= end && end - y <= 10)
        });
        if let Some(start) = start {
            return Some(Period { start, end });
        }
    }
    let opening: String = masked.chars().take(OPENING_CHARS).collect();
    opening
        .lines()
        .map(str::trim)
        .find_map(year_led_line)
        .map(Period::year)
}

/// A four-digit year in a text, with its byte range.
#[derive(Debug, Clone, Copy)]
struct Year {
    value: u16,
    start: usize,
    end: usize,
}

/// Every four-digit number from 1949 to 2100 not part of a longer number.
fn years(s: &str) -> Vec<Year> {
    let mut found = Vec::new();
    let mut run: Option<(usize, Vec<u32>)> = None; // start, digits
                                                   // A blank after the end closes a run that ends the text.
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        if let Some(d) = digit(c) {
            run.get_or_insert_with(|| (i, Vec::new())).1.push(d);
            continue;
        }
        let Some((start, digits)) = run.take() else {
            continue;
        };
        if digits.len() != 4 {
            continue;
        }
        let value = digits.iter().fold(0, |v, d| v * 10 + d);
        if let Ok(value @ 1949..=2100) = u16::try_from(value) {
            found.push(Year {
                value,
                start,
                end: i,
            });
        }
    }
    found
}

/// Spans of years: `2016-2018`, `2016年至2018年`, `2022—2025年`.
fn spans(s: &str) -> Vec<Period> {
    let found = years(s);
    found
        .windows(2)
        .filter_map(|pair| {
            let (a, b) = (pair[0], pair[1]);
            let between = s[a.end..b.start].trim_start_matches('年').trim();
            let joined = SPAN_SEPARATORS.contains(&between);
            (joined && a.value < b.value && b.value - a.value <= 20).then_some(Period {
                start: a.value,
                end: b.value,
            })
        })
        .collect()
}

/// `N` of `未来N年`, `今后N年` or `N年行动` in a title.
fn years_ahead(title: &str) -> Option<u16> {
    let chars: Vec<char> = title.chars().collect();
    (0..chars.len()).find_map(|i| {
        let n = match chars[i] {
            '两' => 2,
            c => cn_digit(c).filter(|n| *n >= 2)?,
        };
        if chars.get(i + 1) != Some(&'年') {
            return None;
        }
        let ahead = i > 0 && matches!(chars[i - 1], '来' | '后');
        let action = chars.get(i + 2) == Some(&'行') && chars.get(i + 3) == Some(&'动');
        (ahead || action).then_some(n as u16)
    })
}

/// The year the text most often says it works towards (`到2025年`); of
/// equally frequent ones, the latest.
fn target_year(text: &str) -> Option<u16> {
    let mut counts: HashMap<u16, usize> = HashMap::new();
    for y in years(text) {
        let after_to = text[..y.start].ends_with('到');
        let then_year = text[y.end..].starts_with('年');
        if after_to && then_year {
            *counts.entry(y.value).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(year, n)| (*n, *year))
        .map(|(year, _)| year)
}

/// The first year of the plan's phases (`2022年为准备阶段`, `2023年至2024年为
/// 实施阶段`): the earliest year that is `为` something, within ten years
/// before `end`.
fn phase_start(text: &str, end: u16) -> Option<u16> {
    let found = years(text);
    let is_phase = |i: usize| {
        let after = &text[found[i].end..];
        let single = after.starts_with("年为");
        let span_start = found.get(i + 1).is_some_and(|next| {
            let between = text[found[i].end..next.start].trim_start_matches('年');
            SPAN_SEPARATORS.contains(&between) && text[next.end..].starts_with("年为")
        });
        single || span_start
    };
    (0..found.len())
        .filter(|&i| is_phase(i))
        .map(|i| found[i].value)
        .filter(|y| *y <= end && end - y <= 10)
        .min()
}

/// The year a line opens with, when the line sets the year's work
/// (`2018年全市教育工作的总体要求是`).
fn year_led_line(line: &str) -> Option<u16> {
    let first = years(line).into_iter().next().filter(|y| y.start == 0)?;
    let rest = &line[first.end..];
    let sets_work =
        rest.starts_with('年') && ["工作", "要求", "任务"].iter().any(|w| rest.contains(w));
    sets_work.then_some(first.value)
}

// --- dates ------------------------------------------------------------------------------

/// What reading a date gave.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DateRead {
    /// A date, read safely.
    Date(Date),
    /// Something date-like that cannot be read safely, and why.
    Unreadable(String),
    /// Nothing like a date.
    NotADate,
}

/// Characters that may separate the parts of a date.
const DATE_SEPARATORS: &[char] = &['-', '/', '.', '年', '月', '日', '－', '／', '．'];

/// Reads a date field's value: `2018-02-05`, `2017-02-14 09:58`,
/// `2018年2月5日`, `二〇一八年二月五日`, and dates that scraping mangled when
/// they can be read only one way: `2024327` is 2024-03-27 (month 32 does not
/// exist), `20221月26` is 2022-01-26; `2024113` (1/13 or 11/3) is not read.
fn parse_date_value(value: &str) -> DateRead {
    let lead: String = value
        .trim()
        .chars()
        .take_while(|c| {
            digit(*c).is_some()
                || DATE_SEPARATORS.contains(c)
                || cn_digit(*c).is_some()
                || *c == '十'
        })
        .collect();
    if lead.chars().any(|c| cn_digit(c).is_some() || c == '十') {
        return parse_written_date(&lead);
    }
    let runs: Vec<String> = lead
        .split(|c: char| digit(c).is_none())
        .filter(|r| !r.is_empty())
        .map(|r| {
            r.chars()
                .filter_map(digit)
                .map(|d| char::from(b'0' + d as u8))
                .collect()
        })
        .collect();
    let Some(first) = runs.first() else {
        return DateRead::NotADate;
    };
    if first.len() < 4 {
        return DateRead::Unreadable(format!("`{value}` has no four-digit year first"));
    }
    let (year, rest) = first.split_at(4);
    let parts: Vec<&str> = std::iter::once(rest)
        .filter(|r| !r.is_empty())
        .chain(runs[1..].iter().map(String::as_str))
        .collect();
    match parts.as_slice() {
        [month, day] => checked_date(year, month, day),
        // Month and day run together: from scraping (`2024327`), or
        // written so (`20180205`, `2024-0327`).
        [md] if md.len() >= 3 || !rest.is_empty() => month_day_one_way(year, md, value),
        [] | [_] => DateRead::Unreadable(format!("`{value}` has no day")),
        _ => DateRead::Unreadable(format!("`{value}` has too many parts")),
    }
}

/// Splits run-together month and day digits, when only one split is a date.
fn month_day_one_way(year: &str, md: &str, value: &str) -> DateRead {
    let dates: Vec<Date> = (1..=2)
        .filter(|&m| md.len() > m && md.len() - m <= 2)
        .filter_map(|m| match checked_date(year, &md[..m], &md[m..]) {
            DateRead::Date(d) => Some(d),
            _ => None,
        })
        .collect();
    match dates.as_slice() {
        [date] => DateRead::Date(*date),
        [] => DateRead::Unreadable(format!("`{value}` is no valid date")),
        [a, b, ..] => DateRead::Unreadable(format!("`{value}` could be {a} or {b}")),
    }
}

/// A date from its parts, if it exists.
fn checked_date(year: &str, month: &str, day: &str) -> DateRead {
    let (Ok(year), Ok(month), Ok(day)) =
        (year.parse::<u16>(), month.parse::<u8>(), day.parse::<u8>())
    else {
        return DateRead::Unreadable(format!("`{year}-{month}-{day}` is not a date"));
    };
    date_if_valid(year, month, day)
}

fn date_if_valid(year: u16, month: u8, day: u8) -> DateRead {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if (1949..=2100).contains(&year) && (1..=days).contains(&day) {
        DateRead::Date(Date { year, month, day })
    } else {
        DateRead::Unreadable(format!("{year}-{month:02}-{day:02} does not exist"))
    }
}

/// Reads `2018年2月5日` or `二〇一八年二月五日`.
fn parse_written_date(s: &str) -> DateRead {
    let s = s.trim();
    let Some((year, rest)) = s.split_once('年') else {
        return DateRead::NotADate;
    };
    let Some((month, rest)) = rest.split_once('月') else {
        return DateRead::NotADate;
    };
    let Some((day, after)) = rest.split_once('日') else {
        return DateRead::NotADate;
    };
    let year_digits: Option<Vec<u32>> = year
        .chars()
        .map(|c| digit(c).or_else(|| cn_digit(c)))
        .collect();
    let year = year_digits
        .filter(|d| d.len() == 4)
        .map(|d| d.iter().fold(0, |y, d| y * 10 + d));
    match (year, small_number(month), small_number(day)) {
        (Some(y), Some(m), Some(d)) if after.is_empty() => {
            match (u16::try_from(y), u8::try_from(m), u8::try_from(d)) {
                (Ok(y), Ok(m), Ok(d)) => date_if_valid(y, m, d),
                _ => DateRead::Unreadable(format!("`{s}` is not a date")),
            }
        }
        _ => DateRead::Unreadable(format!("`{s}` is not a date")),
    }
}

/// A number up to 99 in digits (`12`) or Chinese (`十二`, `二十五`).
fn small_number(s: &str) -> Option<u32> {
    let digits: Vec<u32> = s.chars().map_while(digit).collect();
    if !digits.is_empty() && digits.len() == s.chars().count() {
        return (digits.len() <= 2).then(|| digits.iter().fold(0, |n, d| n * 10 + d));
    }
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [c] => cn_digit(*c),
        ['十', u] => Some(10 + cn_digit(*u)?),
        [t, '十'] => Some(10 * cn_digit(*t)?),
        [t, '十', u] => Some(10 * cn_digit(*t)? + cn_digit(*u)?),
        _ => None,
    }
}

/// The signature at the end of a plan: a line that ends with a date, and the
/// organ named before it on the same line or the line above.
#[derive(Debug, Default)]
struct Signature {
    date: Option<DateRead>,
    organ: Option<String>,
}

impl Signature {
    fn find(text: &str) -> Signature {
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let tail = &lines[lines.len().saturating_sub(SIGNATURE_LINES)..];
        for (i, line) in tail.iter().enumerate().rev() {
            let Some((before, date)) = date_line(line) else {
                continue;
            };
            let organ_line = if before.is_empty() {
                i.checked_sub(1).map(|j| tail[j])
            } else {
                Some(before)
            };
            return Signature {
                date: Some(date),
                organ: organ_line.and_then(whole_organ),
            };
        }
        Signature::default()
    }
}

/// A line that is a written date (`2018年2月5日`), maybe after an organ's
/// name: the text before the date and the date.
fn date_line(line: &str) -> Option<(&str, DateRead)> {
    if line.chars().count() > 40 || !line.ends_with('日') {
        return None;
    }
    let is_date_char = |c: char| {
        digit(c).is_some() || cn_digit(c).is_some() || matches!(c, '十' | '年' | '月' | '日' | ' ')
    };
    let starts: Vec<usize> = line
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_date_char(*c))
        .map(|(i, _)| i)
        .collect();
    // Try the longest date first; a name may end in a numeral (`第一中学`).
    // Before the date there is nothing, or an organ's name: not a sentence.
    starts.iter().rev().find_map(|&at| {
        let before = line[..at].trim();
        let signed = before.is_empty() || whole_organ(before).is_some();
        match parse_written_date(&line[at..]) {
            DateRead::NotADate => None,
            read => signed.then_some((before, read)),
        }
    })
}

/// An organ's name that is all of `line`: `济源市教育局`.
fn whole_organ(line: &str) -> Option<String> {
    let organ = organ_in(line)?;
    (organ == line.trim()).then_some(organ)
}

/// The date of publication: the header's `成文日期`, the signature's date,
/// then the page's `发布日期`, `发布时间` or `日期`. A date that is there but
/// cannot be read safely gives a warning, and the next source is tried.
fn read_published(
    header: &Header,
    signature: &Signature,
    warnings: &mut Vec<Warning>,
) -> Option<Date> {
    let field = |key: &'static str| header.get(key).map(|v| (key, parse_date_value(v)));
    let written = field("成文日期");
    let signed = signature.date.clone().map(|d| ("signature", d));
    if let (Some((_, DateRead::Date(a))), Some((_, DateRead::Date(b)))) = (&written, &signed) {
        if a != b {
            warnings.push(Warning::new(
                WarningKind::Metadata,
                format!("成文日期 {a} and the signature's date {b} disagree; {a} is used"),
            ));
        }
    }
    let sources = [
        written,
        signed,
        field("发布日期"),
        field("发布时间"),
        field("日期"),
    ];
    for (source, read) in sources.into_iter().flatten() {
        match read {
            DateRead::Date(date) => return Some(date),
            DateRead::Unreadable(why) => warnings.push(Warning::new(
                WarningKind::UnreadableDate,
                format!("date of publication ({source}) not read: {why}"),
            )),
            DateRead::NotADate => {}
        }
    }
    None
}

// --- document number -----------------------------------------------------------------------

/// The document number: the header's `发文字号`, else a line near the top
/// that is nothing but a number (`郑教〔2016〕12号`). Numbers cited in the
/// body are other documents'.
fn read_doc_number(header: &Header, text: &str) -> Option<String> {
    let in_header = header
        .get("发文字号")
        .or_else(|| header.get("文号"))
        .and_then(|v| doc_number_in(v).map(|(n, _)| n));
    in_header.or_else(|| {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(15)
            .find_map(|l| doc_number_in(l).filter(|(_, whole)| *whole).map(|(n, _)| n))
    })
}

/// The first document number in `s` (`济教〔2018〕1号`, also with `[2018]`,
/// `［2018］`, `【2018】`), written with the standard `〔〕`, and whether it is
/// all of `s`.
fn doc_number_in(s: &str) -> Option<(String, bool)> {
    const OPEN: &[char] = &['〔', '[', '［', '【', '(', '（', '〖'];
    const CLOSE: &[char] = &['〕', ']', '］', '】', ')', '）', '〗'];
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    (1..chars.len()).find_map(|i| {
        if !OPEN.contains(&chars[i]) {
            return None;
        }
        let year: String = chars
            .get(i + 1..i + 5)?
            .iter()
            .filter_map(|c| digit(*c))
            .map(|d| char::from(b'0' + d as u8))
            .collect();
        if year.len() != 4 || !CLOSE.contains(chars.get(i + 5)?) {
            return None;
        }
        let number: String = chars[i + 6..]
            .iter()
            .map_while(|c| digit(*c))
            .map(|d| char::from(b'0' + d as u8))
            .collect();
        let suffix_at = i + 6 + number.len();
        if !(1..=5).contains(&number.len()) || chars.get(suffix_at) != Some(&'号') {
            return None;
        }
        let prefix_len = chars[..i].iter().rev().take_while(|c| is_cjk(**c)).count();
        if !(1..=10).contains(&prefix_len) {
            return None;
        }
        let prefix: String = chars[i - prefix_len..i].iter().collect();
        let whole = prefix_len == i && suffix_at + 1 == chars.len();
        Some((format!("{prefix}〔{year}〕{number}号"), whole))
    })
}

// ---------------------------------------------------------------------------
// Sidecar files.

/// The fields a sidecar may have.
const SIDECAR_FIELDS: &[&str] = &[
    "title",
    "province",
    "city",
    "district",
    "districts",
    "level",
    "year",
    "period",
    "issuer",
    "doc_number",
    "published",
    "kind",
];

/// Reads the metadata sidecar of a plan file, or gives an empty [`Meta`]
/// when there is none.
///
/// The sidecar of `a/b/zz-2016.txt` is `a/b/zz-2016.txt.meta.toml`, or
/// `a/b/zz-2016.meta.toml`; having both is an error, since one would be
/// ignored silently. It is flat TOML:
///
/// ```toml
/// title = "济源市教育局2018年工作要点"
/// province = "河南省"
/// city = "济源市"
/// district = "…"
/// districts = ["郑东新区", "金水区"]
/// level = "county_city"    # district, county, county_city, prefecture, province
/// year = 2018              # or: period = "2016-2018" (or "2016")
/// issuer = "济源市教育局"
/// doc_number = "济教〔2018〕1号"
/// published = "2018-02-05"
/// kind = "work_points"     # projects, implementation, development_plan, news_summary
/// ```
///
/// Unknown fields and bad values are [`Error::Meta`] errors naming the field.
pub(crate) fn read_sidecar(plan_path: &Path) -> crate::Result<Meta> {
    let found: Vec<PathBuf> = sidecar_paths(plan_path)
        .into_iter()
        .filter(|p| p.exists())
        .collect();
    let path = match found.as_slice() {
        [] => return Ok(Meta::default()),
        [one] => one,
        [a, b, ..] => {
            return Err(Error::Meta {
                input: a.display().to_string(),
                reason: format!(
                    "{} is a second sidecar for the same plan; keep one",
                    b.display()
                ),
            })
        }
    };
    let input = path.display().to_string();
    if path.is_dir() {
        return Err(Error::IsDirectory { path: path.clone() });
    }
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    let source = String::from_utf8(bytes).map_err(|_| Error::Meta {
        input: input.clone(),
        reason: "not UTF-8 text".into(),
    })?;
    parse_sidecar(source.trim_start_matches('\u{feff}'))
        .map_err(|reason| Error::Meta { input, reason })
}

/// Where a plan's sidecar may be: the plan's name with `.meta.toml` added,
/// and with its extension replaced by `.meta.toml`.
fn sidecar_paths(plan: &Path) -> Vec<PathBuf> {
    let mut added = plan.as_os_str().to_owned();
    added.push(".meta.toml");
    let added = PathBuf::from(added);
    let replaced = plan.with_extension("meta.toml");
    if replaced == added {
        vec![added]
    } else {
        vec![added, replaced]
    }
}

/// Reads a sidecar's text; the error says which field is wrong and how.
fn parse_sidecar(source: &str) -> Result<Meta, String> {
    let table: toml::Table = source.parse().map_err(|e: toml::de::Error| {
        let line = e.span().map(|s| source[..s.start].lines().count().max(1));
        match line {
            Some(line) => format!("not valid TOML (line {line}): {}", e.message()),
            None => format!("not valid TOML: {}", e.message()),
        }
    })?;
    let mut meta = Meta::default();
    let mut year = None;
    for (key, value) in &table {
        let field = |reason: String| format!("`{key}`: {reason}");
        match key.as_str() {
            "title" => meta.title = Some(text_value(value).map_err(field)?),
            "province" => meta.jurisdiction.province = Some(text_value(value).map_err(field)?),
            "city" => meta.jurisdiction.city = Some(text_value(value).map_err(field)?),
            "district" => meta.jurisdiction.district = Some(text_value(value).map_err(field)?),
            "issuer" => meta.issuer = Some(text_value(value).map_err(field)?),
            "doc_number" => meta.doc_number = Some(text_value(value).map_err(field)?),
            "districts" => meta.districts = text_list(value).map_err(field)?,
            "level" => {
                meta.level = Some(
                    named_value(value, "district, county, county_city, prefecture, province")
                        .map_err(field)?,
                )
            }
            "kind" => {
                meta.kind = Some(
                    named_value(
                        value,
                        "work_points, projects, implementation, development_plan, news_summary",
                    )
                    .map_err(field)?,
                )
            }
            "year" => year = Some(year_value(value).map_err(field)?),
            "period" => meta.period = Some(period_value(value).map_err(field)?),
            "published" => meta.published = Some(date_value(value).map_err(field)?),
            _ => {
                return Err(format!(
                    "unknown field `{key}`; the fields are {}",
                    SIDECAR_FIELDS.join(", ")
                ))
            }
        }
    }
    if let Some(year) = year {
        if meta.period.is_some() {
            return Err("`year` and `period` both given; give one".into());
        }
        meta.period = Some(Period::year(year));
    }
    Ok(meta)
}

fn text_value(value: &toml::Value) -> Result<String, String> {
    match value.as_str().map(str::trim) {
        Some("") => Err("is empty".into()),
        Some(s) => Ok(s.to_string()),
        None => Err(format!("expected a string, found {}", value.type_str())),
    }
}

fn text_list(value: &toml::Value) -> Result<Vec<String>, String> {
    let items = value
        .as_array()
        .ok_or_else(|| format!("expected an array of strings, found {}", value.type_str()))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| text_value(item).map_err(|e| format!("item {}: {e}", i + 1)))
        .collect()
}

/// A level or kind by its snake-case name, read with the type's own serde
/// names so that the sidecar and the JSON output agree.
fn named_value<T: serde::de::DeserializeOwned>(
    value: &toml::Value,
    names: &str,
) -> Result<T, String> {
    let name = value
        .as_str()
        .ok_or_else(|| format!("expected a string, found {}", value.type_str()))?;
    value
        .clone()
        .try_into()
        .map_err(|_| format!("`{name}` is not one of {names}"))
}

fn year_value(value: &toml::Value) -> Result<u16, String> {
    let year = value.as_integer().ok_or_else(|| {
        format!(
            "expected an integer such as 2016, found {}",
            value.type_str()
        )
    })?;
    u16::try_from(year)
        .ok()
        .filter(|y| (1949..=2100).contains(y))
        .ok_or_else(|| format!("{year} is not a year from 1949 to 2100"))
}

fn period_value(value: &toml::Value) -> Result<Period, String> {
    if value.is_integer() {
        return year_value(value).map(Period::year);
    }
    let text = value.as_str().ok_or_else(|| {
        format!(
            "expected \"2016-2018\" or \"2016\", found {}",
            value.type_str()
        )
    })?;
    let bad = || format!("`{text}` is not a year or a span such as \"2016-2018\"");
    let year = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|y| (1949..=2100).contains(y))
            .ok_or_else(bad)
    };
    let period = match text.split_once(['-', '–', '—', '~']) {
        Some((start, end)) => Period {
            start: year(start)?,
            end: year(end)?,
        },
        None => Period::year(year(text)?),
    };
    if period.start > period.end {
        return Err(format!("`{text}` ends before it starts"));
    }
    Ok(period)
}

fn date_value(value: &toml::Value) -> Result<Date, String> {
    let text = match value {
        toml::Value::String(s) => s.trim().to_string(),
        toml::Value::Datetime(d) if d.time.is_none() && d.offset.is_none() => d.to_string(),
        other => {
            return Err(format!(
                "expected a date such as \"2018-02-05\", found {}",
                other.type_str()
            ))
        }
    };
    let parts: Vec<&str> = text.split('-').collect();
    let read = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            checked_date(y, m, d)
        }
        _ => DateRead::NotADate,
    };
    match read {
        DateRead::Date(date) => Ok(date),
        DateRead::Unreadable(why) => Err(why),
        DateRead::NotADate => Err(format!("`{text}` is not a date such as \"2018-02-05\"")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(name: &str) -> String {
        let path = format!("{}/data/corpus/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// Reads a raw plan with its furniture still in the text, as the cleaner
    /// may leave some: the rules must hold either way.
    fn read_raw(name: &str) -> (Meta, Vec<Warning>) {
        let raw = corpus(name);
        let mut warnings = Vec::new();
        let meta = read(&raw, &raw, &mut warnings);
        (meta, warnings)
    }

    fn read_one(head: &str, text: &str) -> (Meta, Vec<Warning>) {
        let mut warnings = Vec::new();
        let meta = read(head, text, &mut warnings);
        (meta, warnings)
    }

    fn place(province: &str, city: &str, district: &str) -> Jurisdiction {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Jurisdiction {
            province: some(province),
            city: some(city),
            district: some(district),
        }
    }

    fn date(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    fn span(start: u16, end: u16) -> Period {
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

    // --- other plans --------------------------------------------------------

    #[test]
    fn short_issuer_is_completed_with_the_city() {
        let head = "发布机构：市教育局　成文日期：２０１９－０３－０１\n标　题：洛阳市教育局2019年工作要点\n";
        let text = "洛阳市教育局2019年工作要点\n一、加强党建\n1.深入学习。";
        let (m, warnings) = read_one(head, text);
        assert_eq!(m.issuer.as_deref(), Some("洛阳市教育局"));
        assert_eq!(m.jurisdiction, place("河南省", "洛阳市", ""));
        assert_eq!(m.level, Some(Level::Prefecture));
        assert_eq!(m.published, Some(date(2019, 3, 1)));
        assert_eq!(m.period, Some(Period::year(2019)));
        assert!(warnings.is_empty());
    }

    #[test]
    fn short_issuer_stays_short_when_no_city_is_named() {
        let head = "发布机构: 市教育局\n2019年工作要点\n";
        let (m, _) = read_one(head, "一、加强党建");
        assert_eq!(m.issuer.as_deref(), Some("市教育局"));
        assert_eq!(m.jurisdiction, Jurisdiction::default());
        assert_eq!(m.level, None);
    }

    #[test]
    fn short_issuer_of_a_county_level_city_is_that_city() {
        let head = "发布机构: 市教育局\n讷河市2021年教育工作要点";
        let (m, _) = read_one(head, "一、总体要求");
        assert_eq!(m.issuer.as_deref(), Some("讷河市教育局"));
        let head = "发布机构: 区教育局\n2017年闵行区教育工作要点";
        let (m, _) = read_one(head, "一、总体要求");
        assert_eq!(m.issuer.as_deref(), Some("闵行区教育局"));
    }

    #[test]
    fn province_plan() {
        let text = "河南省教育厅2020年工作要点\n一、总体要求";
        let (m, _) = read_one(text, text);
        assert_eq!(m.issuer.as_deref(), Some("河南省教育厅"));
        assert_eq!(m.jurisdiction, place("河南省", "", ""));
        assert_eq!(m.level, Some(Level::Province));
    }

    #[test]
    fn municipality_and_district_plans() {
        let text = "上海市教育委员会2018年工作要点\n一、总体要求";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, place("上海市", "上海市", ""));
        assert_eq!(m.level, Some(Level::Province));
        // 普陀区 is in 上海市 and in 舟山市: the city comes from the name.
        let text = "上海市普陀区教育局2018年工作要点\n一、总体要求";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, place("上海市", "上海市", "普陀区"));
        assert_eq!(m.level, Some(Level::District));
        let text = "普陀区教育局2018年工作要点\n一、总体要求";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, place("", "", "普陀区"));
    }

    #[test]
    fn county_and_county_level_city_plans() {
        let text = "龙江县教育局2021年工作要点\n一、总体要求";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, place("黑龙江省", "齐齐哈尔市", "龙江县"));
        assert_eq!(m.level, Some(Level::County));
        let text = "讷河市教育局2021年工作要点\n一、总体要求";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, place("黑龙江省", "齐齐哈尔市", "讷河市"));
        assert_eq!(m.level, Some(Level::CountyCity));
        let text = "仙桃市教育局2021年工作要点\n一、总体要求";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, place("湖北省", "仙桃市", ""));
        assert_eq!(m.level, Some(Level::CountyCity));
    }

    #[test]
    fn places_outside_the_gazetteer_are_read_by_suffix_only() {
        let text = "某某市教育局2024年工作要点\n一、加强党建";
        let (m, _) = read_one(text, text);
        assert_eq!(m.issuer.as_deref(), Some("某某市教育局"));
        assert_eq!(m.jurisdiction, place("", "某某市", ""));
        // Prefecture or county-level: the name does not say.
        assert_eq!(m.level, None);
        let text = "某某县教育局2024年工作要点\n一、加强党建";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, place("", "", "某某县"));
        assert_eq!(m.level, Some(Level::County));
    }

    #[test]
    fn city_from_nicknames_and_from_the_opening() {
        let text = "关于推进教育高质量发展的实施意见\n办好人民满意的蓉城教育。建设蓉城教育新高地。";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, place("四川省", "成都市", ""));
        let text = "教育工作要点\n一、总体要求\n全面提升泉州教育质量,推进泉州市教育现代化。";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, place("福建省", "泉州市", ""));
    }

    #[test]
    fn places_named_in_passing_are_not_the_plans() {
        let text = "2017年教育工作要点\n一、交流合作\n1.与宁波镇海地区、新疆喀什地区开展教育交流。";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, Jurisdiction::default());
        assert_eq!(m.level, None);
        // Two cities named equally often: neither.
        let text = "教育工作要点\n郑州、洛阳两地合作。郑州与洛阳共建。";
        let (m, _) = read_one(text, text);
        assert_eq!(m.jurisdiction, Jurisdiction::default());
    }

    #[test]
    fn round_up_of_districts_outside_the_gazetteer() {
        let head = "洛阳教育2024年这么干\n记者 张三\n";
        let text =
            "洛阳教育2024年这么干\n西工区\n今年西工区将…\n洛龙区\n今年洛龙区将…\n示范区\n全区";
        let (m, _) = read_one(head, text);
        assert_eq!(m.districts, ["西工区", "洛龙区"]);
        assert_eq!(m.kind, Some(Kind::NewsSummary));
        assert_eq!(m.jurisdiction, place("河南省", "洛阳市", ""));
        assert_eq!(m.level, Some(Level::Prefecture));
        assert_eq!(m.title.as_deref(), Some("洛阳教育2024年这么干"));
    }

    #[test]
    fn one_district_heading_is_no_round_up() {
        let text = "金水区教育局2024年工作要点\n金水区\n一、总体要求";
        let (m, _) = read_one(text, text);
        assert!(m.districts.is_empty());
        assert_eq!(m.jurisdiction, place("河南省", "郑州市", "金水区"));
        assert_eq!(m.kind, Some(Kind::WorkPoints));
    }

    // --- titles ---------------------------------------------------------------

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

    // --- kind -------------------------------------------------------------------

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

    // --- periods -------------------------------------------------------------------

    #[test]
    fn periods_from_titles() {
        let p = |t: &str| period_from_title(t);
        assert_eq!(
            p("某市教育发展三年行动计划(2022-2025年)"),
            Some(span(2022, 2025))
        );
        assert_eq!(p("某市2022—2025年教育发展规划"), Some(span(2022, 2025)));
        assert_eq!(
            p("某市２０２２－２０２５年教育发展规划"),
            Some(span(2022, 2025))
        );
        assert_eq!(p("某市2016年至2018年学校建设规划"), Some(span(2016, 2018)));
        assert_eq!(p("某市“十四五”教育事业发展规划"), Some(span(2021, 2025)));
        assert_eq!(p("某市2016年工作要点"), Some(Period::year(2016)));
        assert_eq!(p("某市2017年学校建设三年行动计划"), Some(span(2017, 2019)));
        assert_eq!(
            p("2017年工作总结和2018年工作要点"),
            Some(Period::year(2018))
        );
        assert_eq!(p("关于加快发展的实施方案"), None);
        // A number that is not a year.
        assert_eq!(p("新建学校20185所"), None);
    }

    #[test]
    fn period_from_a_target_year_needs_a_start() {
        let text = "关于加快发展的实施方案\n到2025年,基本形成新格局。到2025年全面完成。";
        assert_eq!(
            period_from_text(text, Some(date(2022, 5, 1))),
            Some(span(2022, 2025))
        );
        // No start year in the text and no date: the span is not guessed.
        assert_eq!(period_from_text(text, None), None);
        let phases = format!("{text}\n2023年为启动阶段,2024年至2025年为攻坚阶段。");
        assert_eq!(period_from_text(&phases, None), Some(span(2023, 2025)));
    }

    #[test]
    fn cited_plans_do_not_give_the_period() {
        let text = "落实《学校建设三年行动计划(2017-2019)》。\n2017年全市教育工作的总体要求是:…";
        assert_eq!(period_from_text(text, None), Some(Period::year(2017)));
    }

    // --- dates ---------------------------------------------------------------------------

    #[test]
    fn dates_in_header_fields() {
        assert_eq!(
            parse_date_value("2018-02-05"),
            DateRead::Date(date(2018, 2, 5))
        );
        assert_eq!(
            parse_date_value("2017-02-14 09:58"),
            DateRead::Date(date(2017, 2, 14))
        );
        assert_eq!(
            parse_date_value("2018/2/5"),
            DateRead::Date(date(2018, 2, 5))
        );
        assert_eq!(
            parse_date_value("2018年2月5日"),
            DateRead::Date(date(2018, 2, 5))
        );
        assert_eq!(
            parse_date_value("２０１８－０２－０５"),
            DateRead::Date(date(2018, 2, 5))
        );
        assert_eq!(
            parse_date_value("二〇一八年十二月二十五日"),
            DateRead::Date(date(2018, 12, 25))
        );
        assert_eq!(
            parse_date_value("20180205"),
            DateRead::Date(date(2018, 2, 5))
        );
        assert_eq!(parse_date_value(""), DateRead::NotADate);
        assert_eq!(parse_date_value("党政办"), DateRead::NotADate);
    }

    #[test]
    fn mangled_dates_are_read_only_when_one_way() {
        assert_eq!(
            parse_date_value("2024327"),
            DateRead::Date(date(2024, 3, 27))
        );
        assert_eq!(
            parse_date_value("20221月26"),
            DateRead::Date(date(2022, 1, 26))
        );
        assert_eq!(
            parse_date_value("2024131"),
            DateRead::Date(date(2024, 1, 31))
        );
        assert!(matches!(
            parse_date_value("2024113"),
            DateRead::Unreadable(_)
        ));
        assert!(matches!(
            parse_date_value("2024105"),
            DateRead::Unreadable(_)
        ));
        assert!(matches!(
            parse_date_value("2024-02-30"),
            DateRead::Unreadable(_)
        ));
        assert!(matches!(
            parse_date_value("2023-02-29"),
            DateRead::Unreadable(_)
        ));
        assert_eq!(
            parse_date_value("2024-02-29"),
            DateRead::Date(date(2024, 2, 29))
        );
        assert!(matches!(
            parse_date_value("2024-13-01"),
            DateRead::Unreadable(_)
        ));
        // Year and month only: never a day read from the month's digits.
        assert!(matches!(
            parse_date_value("2018-12"),
            DateRead::Unreadable(_)
        ));
        assert!(matches!(
            parse_date_value("18-2-5"),
            DateRead::Unreadable(_)
        ));
    }

    #[test]
    fn unreadable_dates_give_none_and_a_warning() {
        let (m, warnings) = read_one("发布日期:2024113\n某市2024年工作要点", "一、总体要求");
        assert_eq!(m.published, None);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].kind, WarningKind::UnreadableDate);
        let (m, warnings) = read_one("成文日期：2018-02-30\n某市2018年工作要点", "一、总体要求");
        assert_eq!(m.published, None);
        assert_eq!(warnings[0].kind, WarningKind::UnreadableDate);
        let (m, warnings) = read_one("发布日期:2024327\n某市2024年工作要点", "一、总体要求");
        assert_eq!(m.published, Some(date(2024, 3, 27)));
        assert!(warnings.is_empty());
    }

    #[test]
    fn signature_gives_date_and_issuer() {
        let text =
            "某某县2018年工作要点\n一、总体要求\n1.加强党建。\n某某县教育局\n二〇一八年三月五日";
        let (m, _) = read_one(text, text);
        assert_eq!(m.published, Some(date(2018, 3, 5)));
        assert_eq!(m.issuer.as_deref(), Some("某某县教育局"));
        let text = "一、总体要求\n1.加强党建。\n济源市教育局  2018年2月5日";
        let (m, _) = read_one(text, text);
        assert_eq!(m.published, Some(date(2018, 2, 5)));
        assert_eq!(m.issuer.as_deref(), Some("济源市教育局"));
        // A sentence ending in a date is no signature.
        let text = "一、总体要求\n会议定于2018年2月5日";
        assert_eq!(read_one(text, text).0.published, None);
    }

    #[test]
    fn written_date_and_signature_that_disagree_are_flagged() {
        let head = "成文日期: 2018-02-05\n";
        let text = "一、总体要求\n2018年2月6日";
        let (m, warnings) = read_one(head, text);
        assert_eq!(m.published, Some(date(2018, 2, 5)));
        assert_eq!(warnings[0].kind, WarningKind::Metadata);
    }

    // --- header and document number ------------------------------------------------------

    #[test]
    fn header_labels_with_blanks_and_brackets() {
        let header = Header::parse(
            "索 引 号 : T0020 主题分类: 教育\n标       题: 某标题 发文字号: 济教〔2018〕1号\n【 作者:党政办 阅读:14771 发布日期:2017-02-14 09:58 】\n日期:2016-01-28   责编:   阅读量:1425\n牵头单位:市教育局",
        );
        assert_eq!(header.get("标题"), Some("某标题"));
        assert_eq!(header.get("发文字号"), Some("济教〔2018〕1号"));
        assert_eq!(header.get("作者"), Some("党政办"));
        assert_eq!(header.get("发布日期"), Some("2017-02-14 09:58"));
        assert_eq!(header.get("日期"), Some("2016-01-28"));
        assert_eq!(header.get("阅读量"), Some("1425"));
        assert_eq!(header.get("责编"), None);
        assert_eq!(header.get("索引号"), Some("T0020"));
    }

    #[test]
    fn document_numbers_in_any_brackets() {
        let n = |s: &str| doc_number_in(s).map(|(n, _)| n);
        assert_eq!(n("济教〔2018〕1号").as_deref(), Some("济教〔2018〕1号"));
        assert_eq!(n("郑教[2016]12号").as_deref(), Some("郑教〔2016〕12号"));
        assert_eq!(n("郑教［2016］12号").as_deref(), Some("郑教〔2016〕12号"));
        assert_eq!(n("沪教委【2017】3号").as_deref(), Some("沪教委〔2017〕3号"));
        assert_eq!(
            n("郑教〔２０１６〕１２号").as_deref(),
            Some("郑教〔2016〕12号")
        );
        assert_eq!(n("〔2018〕1号"), None);
        assert_eq!(n("济教〔2018〕号"), None);
        let text = "郑州市教育局\n郑教〔2016〕12号\n一、总体要求\n落实(豫教〔2015〕3号)文件。";
        assert_eq!(
            read_doc_number(&Header::default(), text).as_deref(),
            Some("郑教〔2016〕12号")
        );
        let text = "一、总体要求\n落实《通知》(豫教〔2015〕3号)。";
        assert_eq!(read_doc_number(&Header::default(), text), None);
    }

    // --- sidecars ---------------------------------------------------------------------------

    #[test]
    fn sidecar_with_every_field() {
        let meta = parse_sidecar(
            r#"
            title = "济源市教育局2018年工作要点"
            province = "河南省"
            city = "济源市"
            district = "某区"
            districts = ["郑东新区", "金水区"]
            level = "county_city"
            period = "2016-2018"
            issuer = "济源市教育局"
            doc_number = "济教〔2018〕1号"
            published = "2018-02-05"
            kind = "work_points"
            "#,
        )
        .expect("valid sidecar");
        assert_eq!(meta.title.as_deref(), Some("济源市教育局2018年工作要点"));
        assert_eq!(meta.jurisdiction, place("河南省", "济源市", "某区"));
        assert_eq!(meta.districts, ["郑东新区", "金水区"]);
        assert_eq!(meta.level, Some(Level::CountyCity));
        assert_eq!(meta.period, Some(span(2016, 2018)));
        assert_eq!(meta.issuer.as_deref(), Some("济源市教育局"));
        assert_eq!(meta.doc_number.as_deref(), Some("济教〔2018〕1号"));
        assert_eq!(meta.published, Some(date(2018, 2, 5)));
        assert_eq!(meta.kind, Some(Kind::WorkPoints));
    }

    #[test]
    fn sidecar_years_and_dates_in_several_forms() {
        let period = |s: &str| parse_sidecar(s).map(|m| m.period);
        assert_eq!(period("year = 2016"), Ok(Some(Period::year(2016))));
        assert_eq!(period("period = \"2016\""), Ok(Some(Period::year(2016))));
        assert_eq!(period("period = 2016"), Ok(Some(Period::year(2016))));
        assert_eq!(period("period = \"2016–2018\""), Ok(Some(span(2016, 2018))));
        let published = parse_sidecar("published = 2018-02-05").map(|m| m.published);
        assert_eq!(published, Ok(Some(date(2018, 2, 5))));
        assert_eq!(parse_sidecar(""), Ok(Meta::default()));
    }

    #[test]
    fn sidecar_errors_name_the_field() {
        let err = |s: &str| parse_sidecar(s).expect_err(s);
        assert!(err("titel = \"x\"").contains("unknown field `titel`"));
        assert!(err("level = \"city\"").starts_with("`level`: `city` is not one of"));
        assert!(err("kind = \"plan\"").starts_with("`kind`:"));
        assert!(err("kind = 3").starts_with("`kind`: expected a string"));
        assert!(err("year = \"2016\"").starts_with("`year`: expected an integer"));
        assert!(err("year = 16").starts_with("`year`:"));
        assert!(err("period = \"2018-2016\"").contains("ends before it starts"));
        assert!(err("period = \"2016-18\"").starts_with("`period`:"));
        assert!(err("year = 2016\nperiod = \"2016\"").contains("both given"));
        assert!(err("published = \"2018-02-30\"").starts_with("`published`:"));
        assert!(err("published = \"5 Feb 2018\"").starts_with("`published`:"));
        assert!(err("title = \"\"").starts_with("`title`: is empty"));
        assert!(err("districts = [\"金水区\", 3]").starts_with("`districts`: item 2"));
        assert!(err("districts = \"金水区\"").starts_with("`districts`:"));
        assert!(err("title = ").starts_with("not valid TOML (line 1)"));
        assert!(err("[meta]\ntitle = \"x\"").contains("unknown field `meta`"));
    }

    /// A fresh directory for one test's files.
    fn scratch_dir(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("eduplans-meta-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    #[test]
    fn sidecar_files_beside_the_plan() {
        let dir = scratch_dir("beside");
        let plan = dir.join("zz-2016.txt");
        std::fs::write(&plan, "一、总体要求").expect("write plan");
        assert_eq!(read_sidecar(&plan).expect("no sidecar"), Meta::default());

        std::fs::write(
            dir.join("zz-2016.txt.meta.toml"),
            "year = 2016\ncity = \"郑州市\"",
        )
        .expect("write");
        let meta = read_sidecar(&plan).expect("appended name");
        assert_eq!(meta.period, Some(Period::year(2016)));
        assert_eq!(meta.jurisdiction.city.as_deref(), Some("郑州市"));

        std::fs::remove_file(dir.join("zz-2016.txt.meta.toml")).expect("remove");
        std::fs::write(dir.join("zz-2016.meta.toml"), "\u{feff}kind = \"projects\"")
            .expect("write");
        let meta = read_sidecar(&plan).expect("replaced extension");
        assert_eq!(meta.kind, Some(Kind::Projects));

        std::fs::write(dir.join("zz-2016.txt.meta.toml"), "year = 2016").expect("write");
        assert!(matches!(read_sidecar(&plan), Err(Error::Meta { .. })));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn bad_sidecar_file_names_the_file_and_field() {
        let dir = scratch_dir("bad");
        let plan = dir.join("plan.txt");
        let sidecar = dir.join("plan.meta.toml");
        std::fs::write(&sidecar, "level = \"town\"").expect("write");
        match read_sidecar(&plan) {
            Err(Error::Meta { input, reason }) => {
                assert_eq!(input, sidecar.display().to_string());
                assert!(reason.starts_with("`level`:"), "{reason}");
            }
            other => panic!("expected a metadata error, got {other:?}"),
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
