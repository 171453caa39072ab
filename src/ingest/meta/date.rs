//! Dates and periods: the date a plan was published or signed, and the
//! years it covers.

use std::collections::{BTreeSet, HashMap};

use super::{ascii_digit, digit, Date, Ends, Header, Period, Signature, YEARS};
use crate::marker;
use crate::text::{char_len, BmpSet};
use crate::{Warning, WarningKind};

/// The value of a Chinese digit, `〇` (or `零`, `○`) to `九`.
// Zero included: the digits of a written year include it (`二〇一八`).
pub(super) fn cn_digit(c: char) -> Option<u32> {
    // Dates write two as `二`, never `两`.
    crate::text::cn_digit(c).filter(|_| c != '两')
}

// --- period ----------------------------------------------------------------------------

/// Separators of a span of years (`2016-2018`, `2016至2018`).
const SPAN_SEPARATORS: &[&str] = &["-", "—", "–", "－", "~", "～", "〜", "至", "到", "——"];

/// The years the plan covers: by the title first, then by its subtitle
/// (`锚定教育强市 奋力开新局` over `——我市各区2024年教育工作重点任务扫描`),
/// then by the text.
pub(super) fn read_period(
    title: Option<&str>,
    subtitle: Option<&str>,
    ends: &Ends,
    text: &str,
    published: Option<Date>,
) -> Option<Period> {
    title
        .and_then(period_from_title)
        .or_else(|| subtitle.and_then(period_from_title))
        .or_else(|| period_from_text(ends, text, published))
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
    if let Some((_, start)) = crate::text::FIVE_YEAR_PLANS
        .iter()
        .find(|(p, _)| title.contains(p))
    {
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
/// year published), both from the whole text; else the year the opening
/// line starts with (`2018年全市教育工作的总体要求是`).
fn period_from_text(ends: &Ends, text: &str, published: Option<Date>) -> Option<Period> {
    let heading_span = mask_citations(ends.opening_lines)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(10)
        .filter(|l| char_len(l) <= 60 && !l.contains("。"))
        .find_map(|l| spans(l).into_iter().next());
    if heading_span.is_some() {
        return heading_span;
    }
    // Only now the whole text: most titles name their years, and reading
    // every line for years is a pass over all of it.
    let marks = YearMarks::of(text);
    if let Some(end) = marks.target_year() {
        let start = marks.phase_start(end).or_else(|| {
            published
                .map(|d| d.year)
                .filter(|y| *y <= end && end - y <= 10)
        });
        if let Some(start) = start {
            return Some(Period { start, end });
        }
    }
    let opening = mask_citations(ends.opening);
    let lines = || opening.lines().map(str::trim).filter(|l| !l.is_empty());
    lines()
        .find_map(year_led_line)
        .or_else(|| lines().take(HEADLINE_LINES).find_map(year_headline))
        .map(Period::year)
}

/// How many lines at the top may hold a headline that names the plan's
/// year: a page's headline stands in its first lines, after a breadcrumb.
const HEADLINE_LINES: usize = 3;

/// The year of a headline that names one year for its work (`大足区增强
/// “三个意识”做好2016年教育工作`): a short line, no sentence, one year written
/// with `年` that is no due year (`到2025年`).
fn year_headline(line: &str) -> Option<u16> {
    if char_len(line) > 60 || line.contains(['。', '；']) {
        return None;
    }
    let found = years(line);
    let [y] = found.as_slice() else {
        return None;
    };
    let before = line[..y.start].trim_end();
    // `到2025年` or `2025年,深圳预计…` in a headline is a goal's due year,
    // not the plan's.
    let after = &line[y.end..];
    let due = before.ends_with(['到', '至'])
        || ["年前", "年底", "年,", "年，"]
            .iter()
            .any(|w| after.starts_with(w));
    (after.starts_with('年') && !due).then_some(y.value)
}

/// A four-digit year in a text, with its byte range.
#[derive(Debug, Clone, Copy)]
struct Year {
    value: u16,
    start: usize,
    end: usize,
}

/// Every four-digit number in [`YEARS`] not part of a longer number.
fn years(s: &str) -> Vec<Year> {
    years_outside_citations(s, None)
}

/// The [`years`] of `s`; with a `depth`, only those that do not stand inside
/// `《…》`, when the text before `s` ends `depth` deep in `《…》`. `depth` is
/// left as `s` ends.
fn years_outside_citations(s: &str, mut depth: Option<&mut usize>) -> Vec<Year> {
    let mut found = Vec::new();
    // Start, number of digits, value of the first four, and whether cited.
    let mut run: Option<(usize, usize, u32, bool)> = None;
    let mut close = |run: &mut Option<(usize, usize, u32, bool)>, end: usize| {
        if let Some((start, 4, value, false)) = run.take() {
            if let Some(value) = u16::try_from(value).ok().filter(|y| YEARS.contains(y)) {
                found.push(Year { value, start, end });
            }
        }
    };
    // The whole text passes here: one set lookup a character tells digits
    // and citation marks from the rest, which only end a run.
    for (i, c) in s.char_indices() {
        if !YEAR_MARKS.contains(c) {
            if run.is_some() {
                close(&mut run, i);
            }
            continue;
        }
        if let Some(d) = digit(c) {
            let cited = depth.as_deref().is_some_and(|d| *d > 0);
            let (_, n, value, _) = run.get_or_insert((i, 0, 0, cited));
            if *n < 4 {
                *value = *value * 10 + d;
            }
            *n += 1;
            continue;
        }
        // Only `《` and `》` move the depth: a run is cited whole or not at all.
        if let Some(d) = depth.as_deref_mut() {
            in_citation(c, d);
        }
        close(&mut run, i);
    }
    close(&mut run, s.len());
    found
}

/// ASCII and full-width digits, and the citation marks `《` `》`.
static YEAR_MARKS: BmpSet = BmpSet::new()
    .with_range('0', '9')
    .with_range('０', '９')
    .with(&['《', '》']);

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

/// What the whole text says about the years it works towards, gathered
/// line by line, citations masked: how often it
/// says it works towards each year (`到2025年`), and the years its phases
/// start (`2022年为准备阶段`, `2023年至2024年为实施阶段`).
#[derive(Debug, Default)]
struct YearMarks {
    /// How deep in `《…》` the lines read so far end.
    depth: usize,
    /// Times each year follows `到`.
    targets: HashMap<u16, usize>,
    /// Years that are `为` something, alone or first of a span.
    phases: BTreeSet<u16>,
}

impl YearMarks {
    /// The marks of a whole text, read line by line.
    fn of(text: &str) -> YearMarks {
        let mut marks = YearMarks::default();
        for line in text.lines() {
            marks.read_line(line);
        }
        marks
    }

    /// Reads one line of the text.
    fn read_line(&mut self, line: &str) {
        // Around a year outside citations, `到`, `年为` and separators are
        // outside them too: they can be read from the line as it is.
        let found = years_outside_citations(line, Some(&mut self.depth));
        for (i, y) in found.iter().enumerate() {
            if line[..y.start].ends_with('到') && line[y.end..].starts_with('年') {
                *self.targets.entry(y.value).or_default() += 1;
            }
            let single = line[y.end..].starts_with("年为");
            let span_start = found.get(i + 1).is_some_and(|next| {
                let between = line[y.end..next.start].trim_start_matches('年');
                SPAN_SEPARATORS.contains(&between) && line[next.end..].starts_with("年为")
            });
            if single || span_start {
                self.phases.insert(y.value);
            }
        }
    }

    /// The year the text most often says it works towards; of equally
    /// frequent ones, the latest.
    fn target_year(&self) -> Option<u16> {
        self.targets
            .iter()
            .max_by_key(|(year, n)| (**n, **year))
            .map(|(year, _)| *year)
    }

    /// The first year of the plan's phases: the earliest within ten years
    /// before `end`.
    fn phase_start(&self, end: u16) -> Option<u16> {
        self.phases
            .iter()
            .copied()
            .find(|y| *y <= end && end - y <= 10)
    }
}

/// `s` with everything inside `《…》` blanked out: titles of cited documents
/// (`《…三年行动计划(2017-2019)》`) are not the plan's own years.
fn mask_citations(s: &str) -> String {
    let mut depth = 0;
    s.chars()
        .map(|c| if in_citation(c, &mut depth) { ' ' } else { c })
        .collect()
}

/// Whether `c` is part of a citation, `《…》` with its marks, when the text
/// before it ends `depth` deep in `《…》`; `depth` is moved past `c`.
fn in_citation(c: char, depth: &mut usize) -> bool {
    match c {
        '《' => {
            *depth += 1;
            true
        }
        '》' => {
            *depth = depth.saturating_sub(1);
            true
        }
        _ => *depth > 0,
    }
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
pub(super) enum DateRead {
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
        .map(|r| r.chars().filter_map(ascii_digit).collect())
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
pub(super) fn checked_date(year: &str, month: &str, day: &str) -> DateRead {
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
    if YEARS.contains(&year) && (1..=days).contains(&day) {
        DateRead::Date(Date { year, month, day })
    } else {
        DateRead::Unreadable(format!("{year}-{month:02}-{day:02} does not exist"))
    }
}

/// Reads `2018年2月5日` or `二〇一八年二月五日`.
pub(super) fn parse_written_date(s: &str) -> DateRead {
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
    if !digits.is_empty() && digits.len() == char_len(s) {
        return (digits.len() <= 2).then(|| digits.iter().fold(0, |n, d| n * 10 + d));
    }
    let (n, len) = marker::cn_number(s)?;
    (len == s.len()).then_some(n)
}

/// The date of publication: the header's `成文日期`, the signature's date,
/// then the page's `发布日期`, `发布时间` or `日期`. A date that is there but
/// cannot be read safely gives a warning, and the next source is tried.
pub(super) fn read_published(
    header: &Header,
    signature: &Signature,
    top: &[&str],
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
    top.iter().take(DATELINE_LINES).find_map(|l| dateline(l))
}

/// How many lines at the top may hold a news page's dateline: it stands
/// under the headline, after a breadcrumb at most.
const DATELINE_LINES: usize = 6;

/// The date of a news page's dateline, a short line with a date written
/// `2018-11-19` (`济南日报 2018-11-19 11:32`, `时间 : 2023-02-24 20:50 来源 :
/// 深圳市教育局`). Only that form: a date in words on a top line is as often
/// the date of an event as the page's.
fn dateline(line: &str) -> Option<Date> {
    if char_len(line) > 60 || line.contains('。') {
        return None;
    }
    let b = line.as_bytes();
    (0..b.len()).find_map(|i| {
        // A run of ASCII digits and dashes starting at `i` (an ASCII byte,
        // so a character's start), with a four-digit year and two dashes:
        // `2018-11-19`, read as a date field's value is.
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            return None;
        }
        let len = b[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b'-')
            .count();
        let run = &line[i..i + len];
        if run.find('-') != Some(4) || run.matches('-').count() != 2 {
            return None;
        }
        match parse_date_value(run) {
            DateRead::Date(date) if YEARS.contains(&date.year) => Some(date),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{date, read_one, span};
    use super::*;

    /// The period the text gives, read as [`super::super::read`] reads it.
    fn period_from_text(text: &str, published: Option<Date>) -> Option<Period> {
        super::period_from_text(&Ends::of(text), text, published)
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
    fn a_news_pages_dateline_dates_it() {
        assert_eq!(
            dateline("济南日报 2018-11-19 11:32 大字"),
            Some(date(2018, 11, 19))
        );
        assert_eq!(
            dateline("时间 : 2023-02-24 20:50 来源 : 深圳市教育局"),
            Some(date(2023, 2, 24))
        );
        // Not a date, not the page's, or not a dateline.
        assert_eq!(dateline("编号 12018-11-19"), None);
        assert_eq!(dateline("2018-13-40 发布"), None);
        assert_eq!(dateline("2018年11月19日,全县召开教育工作会议"), None);
        assert_eq!(dateline("会议于2018-11-19召开,部署全年工作。"), None);
    }

    #[test]
    fn a_headline_names_the_plans_year_but_not_a_due_year() {
        let text = "大足区增强“三个意识”做好2016年教育工作\n一是增强大局意识。";
        assert_eq!(period_from_text(text, None), Some(Period::year(2016)));
        let text = "2025年,深圳预计新增学位90.8万座\n为全力保障入学需求。";
        assert_eq!(period_from_text(text, None), None);
        let text = "到2025年新增学位10万个\n为全力保障入学需求。";
        assert_eq!(period_from_text(text, None), None);
    }

    #[test]
    fn cited_plans_do_not_give_the_period() {
        let text = "落实《学校建设三年行动计划(2017-2019)》。\n2017年全市教育工作的总体要求是:…";
        assert_eq!(period_from_text(text, None), Some(Period::year(2017)));
        // A citation that runs over a line end hides the years in it.
        let text =
            "关于加快发展的实施方案\n落实《某某规划\n到2030年》。到2025年,2022年为准备阶段。";
        assert_eq!(period_from_text(text, None), Some(span(2022, 2025)));
    }

    #[test]
    fn target_years_and_phases_anywhere_in_the_text() {
        let body = "加强管理,提升质量。\n".repeat(2000);
        let text = format!(
            "关于加快发展的实施方案\n{body}到2025年全面完成。\n{body}2022年为准备阶段。\n{body}"
        );
        assert_eq!(period_from_text(&text, None), Some(span(2022, 2025)));
    }

    /// Asserts that each value reads as its date.
    fn assert_dates(cases: &[(&str, (u16, u8, u8))]) {
        for &(value, (y, m, d)) in cases {
            assert_eq!(
                parse_date_value(value),
                DateRead::Date(date(y, m, d)),
                "{value}"
            );
        }
    }

    #[test]
    fn dates_in_header_fields() {
        assert_dates(&[
            ("2018-02-05", (2018, 2, 5)),
            ("2017-02-14 09:58", (2017, 2, 14)),
            ("2018/2/5", (2018, 2, 5)),
            ("2018年2月5日", (2018, 2, 5)),
            ("２０１８－０２－０５", (2018, 2, 5)),
            ("二〇一八年十二月二十五日", (2018, 12, 25)),
            ("20180205", (2018, 2, 5)),
        ]);
        assert_eq!(parse_date_value(""), DateRead::NotADate);
        assert_eq!(parse_date_value("党政办"), DateRead::NotADate);
    }

    #[test]
    fn mangled_dates_are_read_only_when_one_way() {
        assert_dates(&[
            ("2024327", (2024, 3, 27)),
            ("20221月26", (2022, 1, 26)),
            ("2024131", (2024, 1, 31)),
            ("2024-02-29", (2024, 2, 29)),
        ]);
        let unreadable = [
            "2024113",
            "2024105",
            "2024-02-30",
            "2023-02-29",
            "2024-13-01",
            // Year and month only: never a day read from the month's digits.
            "2018-12",
            "18-2-5",
        ];
        for value in unreadable {
            let read = parse_date_value(value);
            assert!(matches!(read, DateRead::Unreadable(_)), "{value}: {read:?}");
        }
    }

    #[test]
    fn chinese_numbers_in_dates() {
        assert_eq!(small_number("十"), Some(10));
        assert_eq!(small_number("十二"), Some(12));
        assert_eq!(small_number("二十"), Some(20));
        assert_eq!(small_number("三十一"), Some(31));
        assert_eq!(small_number("05"), Some(5));
        assert_eq!(small_number("十二月"), None);
        assert_eq!(small_number("123"), None);
        assert_eq!(cn_digit('〇'), Some(0));
        assert_eq!(cn_digit('九'), Some(9));
        assert_eq!(cn_digit('十'), None);
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
    fn written_date_and_signature_that_disagree_are_flagged() {
        let head = "成文日期: 2018-02-05\n";
        let text = "一、总体要求\n2018年2月6日";
        let (m, warnings) = read_one(head, text);
        assert_eq!(m.published, Some(date(2018, 2, 5)));
        assert_eq!(warnings[0].kind, WarningKind::Metadata);
    }
}
