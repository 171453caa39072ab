//! Years and periods in a target's words: `到2025年`, `“十四五”期间`,
//! `2022—2025年`, `今年`, a month that opens a sentence.

/// Words that date a number to the plan's own year.
pub(super) const THIS_YEAR: [&str; 1] = ["今年"];

/// The span of the plan's year and the next (GUIDE: `今明两年` in 2018 is
/// due in 2019).
pub(super) const THIS_AND_NEXT_YEAR: &str = "今明两年";

/// A due year: `到2025年`, `到 2025 年`, `2024年底`, `2016年的`; not a
/// baseline `比2013年`.
pub(super) fn year_in(s: &str) -> Option<String> {
    s.rmatch_indices('年').find_map(|(at, y)| {
        let (year, head) = crate::text::year_before(&s[..at])?;
        let ahead = &s[at + y.len()..];
        // `从2015年开始` and `2015年以来` date a start, not a due date; a
        // reporter learning `从2023年度…会上` names a source.
        let clause = &ahead[..ahead.find(['，', ',', '。']).unwrap_or(ahead.len())];
        let source = ["获悉", "了解到", "得知"]
            .iter()
            .any(|w| clause.contains(w));
        let start = (head.ends_with(['从', '自']) && !source)
            || ["开始", "起", "以来"].iter().any(|w| ahead.starts_with(w));
        (year >= 2000 && !head.ends_with('比') && !start).then(|| year.to_string())
    })
}

/// A due year after a number: in a later clause (`…8个续建项目,力争2024年
/// 秋季投入使用`), or one that says so (`2025年前`, `2024年底`); a year
/// right after the number qualifies what is counted
/// (`5个2016年区教育重大项目`).
pub(super) fn year_after(s: &str) -> Option<String> {
    let first_clause = s.find(['，', ',']).unwrap_or(s.len());
    s.match_indices('年').find_map(|(at, y)| {
        let (year, head) = crate::text::year_before(&s[..at])?;
        let ahead = &s[at + y.len()..];
        // A later clause that opens with `到2025年` sets a goal of its own
        // (`每个县域都有至少1所…,到2025年形成一批…`).
        let clause = crate::text::tail_after(head, |c| matches!(c, '，' | ','));
        let own_goal = ["到", "至"].contains(&clause.trim());
        let due = (at > first_clause && !head.ends_with('比') && !own_goal)
            || ["前", "底"].iter().any(|w| ahead.starts_with(w));
        (year >= 2000 && due).then(|| year.to_string())
    })
}

/// The last year of a five-year period named with a word of time
/// (`“十四五”期间`, `十四五时期`, `“十四五”末`): 2025.
pub(super) fn five_year_period(s: &str) -> Option<u16> {
    // Read at each `五` (every name ends with one): one walk over `s`.
    s.match_indices('五').find_map(|(at, five)| {
        let (_, start) = crate::text::FIVE_YEAR_PLANS
            .iter()
            .find(|(name, _)| s[..at + five.len()].ends_with(name))?;
        let ahead = s[at + five.len()..].trim_start_matches(['”', '"', '’', '\'']);
        ["期间", "时期", "末", "期末"]
            .iter()
            .any(|w| ahead.starts_with(w))
            .then_some(start + 4)
    })
}

/// The due date a sentence opens with, governing the sentences after it:
/// `到2025年,`, `力争到2024年`, `2024年底前`, `“十四五”期间`, `三年内,`.
pub(super) fn opening_due(sentence: &str) -> Option<String> {
    let s = sentence.trim_start();
    // A span from now (`三年内,全市新建…`), written as the span.
    let opening = s.find(['，', ',']).map_or("", |i| &s[..i]);
    if opening.ends_with("年内") && opening.chars().count() <= 4 {
        if let Some(span) = span_in(opening) {
            return Some(span);
        }
    }
    let s = ["力争", "争取", "计划"]
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .unwrap_or(s);
    let to = s.strip_prefix(['到', '至']);
    let s = to.unwrap_or(s).trim_start();
    if let Some(end) = five_year_period(s).filter(|_| s.starts_with(['十', '“', '"'])) {
        return Some(end.to_string());
    }
    let at = s.find('年')?;
    let (year, head) = crate::text::year_before(&s[..at])?;
    // A bare `2010年,` dates its own sentence only.
    let due = to.is_some()
        || ["底前", "前"]
            .iter()
            .any(|w| s[at + '年'.len_utf8()..].starts_with(w));
    (head.is_empty() && year >= 2000 && due).then(|| year.to_string())
}

/// The first due date a lead or goal states anywhere (`…到2025年基本形成…`):
/// `到`/`至` a year, a year with `底前`/`前`, or a named five-year period.
pub(super) fn due_phrase(s: &str) -> Option<String> {
    let dated = s.match_indices('年').find_map(|(at, y)| {
        let (year, head) = crate::text::year_before(&s[..at])?;
        let ahead = &s[at + y.len()..];
        let due = head.ends_with(['到', '至'])
            || ["底前", "前", "底"].iter().any(|w| ahead.starts_with(w));
        (due && year >= 2000).then(|| year.to_string())
    });
    dated.or_else(|| five_year_period(s).map(|y| y.to_string()))
}

/// The year a section's heading names (`2021年重点工作`), or the last
/// year of the five-year period it names (`“十四五”时期任务`).
pub(super) fn year_in_heading(h: &str) -> Option<String> {
    year_in(h).or_else(|| {
        crate::text::FIVE_YEAR_PLANS
            .iter()
            .find(|(name, _)| h.contains(name))
            .map(|(_, start)| (start + 4).to_string())
    })
}

/// Whether `s` opens with a month or a span of months (`9月`, `3-4月`,
/// `3月底前`).
pub(super) fn opens_with_month(s: &str) -> bool {
    let s = s.trim_start();
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n = digits(s);
    if n == 0 || n > 2 {
        return false;
    }
    let mut rest = &s[n..];
    if let Some(r) = rest.strip_prefix(['-', '—', '－', '~', '至']) {
        let m = digits(r);
        if m == 0 || m > 2 {
            return false;
        }
        rest = &r[m..];
    }
    rest.starts_with('月')
}

/// A span: `三年内`, `三年总目标`, `未来三年`.
pub(super) fn span_in(s: &str) -> Option<String> {
    const YEARS_OF: [char; 11] = ['一', '两', '二', '三', '四', '五', '1', '2', '3', '4', '5'];
    const AFTER: [&str; 7] = [
        "内",
        "总目标",
        "实施目标",
        "发展总目标",
        "发展目标",
        "的",
        "时间",
    ];
    // The first numeral of the list that names a span wins, wherever it stands.
    s.match_indices('年')
        .filter_map(|(at, _)| {
            let n = s[..at].chars().next_back()?;
            let rank = YEARS_OF.iter().position(|&m| m == n)? % 6;
            let head = &s[..at - n.len_utf8()];
            // `2025年`, `15年`: a year or a count, not a span.
            if n.is_ascii_digit() && head.ends_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let ahead = &s[at + '年'.len_utf8()..];
            let named = AFTER.iter().any(|w| ahead.starts_with(w)) || head.ends_with("未来");
            named.then_some((rank, n))
        })
        .min()
        .map(|(_, n)| format!("{n}年"))
}
