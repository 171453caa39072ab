//! What a number counts: the noun phrase it measures, in the plan's words.
//!
//! A count names its thing after the unit, with the verb that says what is
//! counted before the number (`新建改扩建30所中小学` → `新建改扩建中小学`); a
//! share or a level names it before a link (`毛入园率达到95%`). Time, intent
//! and modality are not the subject (`到2024年力争实现`); an enumeration with
//! `分别` gives each number its own member (`A、B分别达到95%、55%`). Where the
//! text names nothing but a generic word (`项目`, `目标`, `继续推进`), the
//! number has no subject.

mod borrowed;

use super::number::Quantity;
use crate::text::is_space;
use crate::words::Words;

/// A subject: its text, and the byte range of the text where its noun
/// stands (the theme is read there).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Subject {
    pub text: String,
    pub range: (usize, usize),
}

/// Words between a subject and its number, stripped from the subject's end.
const LINKS: &[&str] = &[
    "分别达到",
    "分别不超过",
    "分别不低于",
    "分别控制在",
    "力争达到",
    "稳定在",
    "稳固在",
    "保持在",
    "控制在",
    "控制到",
    "增加至",
    "增加到",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "提高到",
    "提升至",
    "提升到",
    "达到",
    "增至",
    "超过",
    "至少",
    "分别",
    "均达到",
    "均",
    "达",
    "为",
    "约",
    "有",
    "占",
    "减少",
    "降低",
    "下降",
];

/// Words of time, intent and modality that open a subject and are not part
/// of it.
const LEADS: &[&str] = &[
    "力争实现",
    "力争",
    "争取",
    "计划",
    "预计",
    "确保",
    "实现",
    "继续",
    "全区",
    "全市",
    "全县",
    "平均每年",
    "今明两年",
    "今年",
    "明年",
    "年内",
    "每年",
    "年均",
    "全年",
    "其中",
    "同时",
    "使",
    "让",
];

/// Verbs that say what a count counts when they stand right before its
/// number (`新建30所`, `新建、扩建2-3所`): kept in the subject.
const COUNTING_VERBS: &[&str] = &[
    "新改扩建",
    "新建改扩建",
    "改扩建",
    "开工建设",
    "新建",
    "扩建",
    "改建",
    "迁建",
    "续建",
    "新增",
    "增加",
    "增设",
    "建成",
    "建设",
    "创建",
    "培育",
    "培养",
    "认定",
    "引进",
    "招聘",
    "补充",
    "掌握",
    "覆盖",
];

/// Words that end the noun phrase after a unit: conjunctions that join
/// another phrase (`30所公办中小学与幼儿园的综合督导`). What is done with
/// the thing counted stays in the phrase (`15所学校校园网进行升级完善`):
/// annotators name the thing by it (see [`by_what_is_done`]); its progress
/// does not (`8个续建项目建设进度`).
const PHRASE_ENDS: &[&str] = &["和", "及", "与", "等", "建设进度", "进度"];

/// Subjects that name nothing in particular.
const GENERIC: &[&str] = &[
    "目标",
    "项目",
    "任务",
    "工作",
    "省级",
    "市级",
    "县级",
    "国家级",
    "推进",
    "继续推进",
    "新增",
    "建立",
    "建设",
    "实施",
    "开展",
    "全覆盖",
];

/// Characters that end a clause for the subject.
fn is_clause_end(c: char) -> bool {
    matches!(
        c,
        '。' | '；'
            | ';'
            | '！'
            | '!'
            | '？'
            | '?'
            | '\n'
            | '，'
            | ','
            | '：'
            | ':'
            | '('
            | ')'
            | '（'
            | '）'
    )
}

/// The subject of `q` in its sentence `text[s_start..s_end]`.
pub(crate) fn of(
    text: &str,
    q: &Quantity,
    (s_start, s_end): (usize, usize),
    words: Words<'_>,
) -> Option<Subject> {
    let clause_start = clause_start(text, s_start, q.start);
    let clause = &text[clause_start..q.start];
    if let Some(s) = distributed(clause, clause_start) {
        return Some(s);
    }
    let after = after_unit(text, q, s_end, words);
    // Past a bound on a count, the phrase after is what is counted only
    // where the clause before names nothing (`建立2个以上“…”`, not
    // `新建公办普高学位11万座以上那么`).
    let named_before = match after {
        Some((_, _, true)) => before_number(clause, clause_start, q.unit)
            .filter(|s| !GENERIC.contains(&s.text.as_str())),
        _ => None,
    };
    let found = match (after, named_before) {
        (_, Some(before)) => before,
        (Some((a, b, _)), None) if LEVELS.contains(&&text[a..b]) => {
            let (h, head) = level_head(text, b, s_end)?;
            Subject {
                text: format!("{}{head}", &text[a..b]),
                range: (h, h + head.len()),
            }
        }
        (Some((a, b, _)), None) => {
            let verb = counting_verb(clause);
            let phrase = &text[a..b];
            let text = match (
                by_what_is_done(phrase),
                borrowed::paired_noun(clause, q.unit),
            ) {
                (Some((done, unit)), _) => format!("{done}{unit}"),
                (None, Some(noun)) => format!("{noun}{phrase}"),
                (None, None) => format!("{verb}{phrase}"),
            };
            Subject {
                text,
                range: (a, b),
            }
        }
        (None, None) => {
            let before = before_number(clause, clause_start, q.unit)?;
            match COUNTING_VERBS.contains(&before.text.as_str()) {
                true => borrowed_noun(text, (s_start, before.range.0), q.unit)
                    .map(|(range, noun)| Subject {
                        text: format!("{}{noun}", before.text),
                        range,
                    })
                    .unwrap_or(before),
                false => before,
            }
        }
    };
    let found = part_of_total(text, q, (s_start, s_end), words, &found).unwrap_or(found);
    let found = borrowed::rate_of_work(text, (s_start, clause_start), &found).unwrap_or(found);
    (!GENERIC.contains(&found.text.as_str()) && found.text.chars().count() >= 2).then_some(found)
}

/// `新建10所普通高中,其中百东新区1所、右江区1所`: a count named only by a
/// place, after `其中`, is that place's part of the total counted before
/// it: `百东新区新建普通高中`.
fn part_of_total(
    text: &str,
    q: &Quantity,
    (s_start, _): (usize, usize),
    words: Words<'_>,
    found: &Subject,
) -> Option<Subject> {
    let n = found.text.chars().count();
    if !(2..=6).contains(&n) || !found.text.ends_with(PLACE_ENDS) {
        return None;
    }
    let at = s_start + text[s_start..q.start].rfind("其中")?;
    let head = &text[s_start..at];
    let mut qs = Vec::new();
    super::number::quantities(head, &super::numeral_starts(head), &mut qs);
    let total = qs.iter().rev().find(|t| t.unit == q.unit)?;
    let total = Quantity {
        start: s_start + total.start,
        end: s_start + total.end,
        ..total.clone()
    };
    let subject = of(text, &total, (s_start, at), words)?;
    Some(Subject {
        text: format!("{}{}", found.text, subject.text),
        range: subject.range,
    })
}

/// How the name of a place below a province ends (`右江区`, `那坡县`,
/// `靖西市`).
const PLACE_ENDS: &[char] = &['区', '县', '市', '镇', '乡', '旗', '州'];

/// Levels that qualify what a count counts (`5所省级`).
const LEVELS: &[&str] = &[
    "国家级",
    "省级",
    "市级",
    "地市级",
    "县级",
    "区级",
    "县区级",
    "校级",
    "乡镇级",
];

/// `5所省级10所市级双优校`, `2个市级、8个县区级、50个校级具有引领性的…场景`:
/// counts named only by a level share the noun that the run's last count
/// writes out after its level. Reads the text from `from` to the end of
/// the clause; the noun's start and text, past any `…的` that qualifies it.
fn level_head(text: &str, from: usize, s_end: usize) -> Option<(usize, &str)> {
    let rest = &text[from..s_end];
    let clause = rest.find(is_clause_end).unwrap_or(rest.len());
    let rest = &rest[..clause];
    let at = rest
        .match_indices('级')
        .map(|(i, _)| i + '级'.len_utf8())
        .filter(|&i| LEVELS.iter().any(|l| rest[..i].ends_with(l)))
        .find(|&i| rest[i..].starts_with(crate::text::is_han))?;
    // Up to the next number: past the last `的`, to the next `、`.
    let phrase = &rest[at..];
    let phrase = &phrase[..phrase
        .find(|c: char| c.is_ascii_digit() || is_space(c) || c == '（' || c == '(')
        .unwrap_or(phrase.len())];
    let off = phrase.rfind('的').map_or(0, |i| i + '的'.len_utf8());
    let noun = &phrase[off..];
    let noun = &noun[..noun.find('、').unwrap_or(noun.len())];
    let start = from + at + off;
    (noun.chars().count() >= 2).then_some((start, noun))
}

/// `建设公办幼儿园113所其中新建83所、改建30所`: a count named only by its
/// verb counts what the nearest count of the same unit before it in the
/// sentence named after its verbs (`公办幼儿园`). Reads
/// `text[s_start..before]`; the noun's range and text.
fn borrowed_noun(
    text: &str,
    (s_start, before): (usize, usize),
    unit: &str,
) -> Option<((usize, usize), String)> {
    if unit.is_empty() {
        return None;
    }
    let head = &text[s_start..before];
    let counts: Vec<usize> = head
        .match_indices(unit)
        .map(|(i, _)| i)
        .filter(|&i| head[..i].ends_with(|c: char| c.is_ascii_digit()))
        .collect();
    counts.into_iter().rev().find_map(|at| {
        let digits = head[..at].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        let number_start = s_start + digits.len();
        let cs = clause_start(text, s_start, number_start);
        let subject = before_number(&text[cs..number_start], cs, unit)?;
        // The noun after the last verb of counting (`阜阳计划建设公办幼儿园`).
        let off = COUNTING_VERBS
            .iter()
            .filter_map(|v| subject.text.rfind(v).map(|i| i + v.len()))
            .max()
            .unwrap_or(0);
        let noun = &subject.text[off..];
        (noun.chars().count() >= 2 && !GENERIC.contains(&noun))
            .then(|| ((subject.range.0 + off, subject.range.1), noun.to_string()))
    })
}

/// Where the clause before a number starts: after the last clause end,
/// skipping a bracketed qualifier inside the phrase
/// (`职业技能鉴定(技能等级认定)通过率`).
fn clause_start(text: &str, s_start: usize, end: usize) -> usize {
    let mut end = end;
    loop {
        let Some(i) = text[s_start..end].rfind(is_clause_end) else {
            return s_start;
        };
        let at = s_start + i;
        let c = text[at..].chars().next().unwrap_or(' ');
        let opener = match c {
            ')' => '(',
            '）' => '（',
            _ => return at + c.len_utf8(),
        };
        // A closing bracket right inside a phrase (a character of it
        // follows): read on before its opener, if it opens in this clause.
        let inside = text[at + c.len_utf8()..end].starts_with(crate::text::is_han);
        match text[s_start..at].rfind(opener) {
            Some(j)
                if inside && !text[s_start + j + opener.len_utf8()..at].contains(is_clause_end) =>
            {
                end = s_start + j;
            }
            _ => return at + c.len_utf8(),
        }
    }
}

/// Whether the text before a number states a headline goal: a link word
/// right before it (`毛入园率达到`), after a subject of two characters or
/// more in its clause. Only the last few characters are read: a table run
/// into a sentence asks this of each of its numbers.
pub(crate) fn headline(before: &str) -> bool {
    let b = before.trim_end_matches(is_space);
    LINKS.iter().any(|l| {
        b.strip_suffix(l).is_some_and(|head| {
            head.chars()
                .rev()
                .take_while(|c| crate::text::is_han(*c))
                .nth(1)
                .is_some()
        })
    })
}

/// The noun phrase after the unit (`创建200所校园足球特色学校`), past
/// `以上`, `左右` or `的`; at least two Chinese characters; and whether it
/// stands past a bound on a count without `的`.
fn after_unit(
    text: &str,
    q: &Quantity,
    s_end: usize,
    words: Words<'_>,
) -> Option<(usize, usize, bool)> {
    let mut a = q.end;
    let mut past_bound = false;
    let mut rest = &text[a..s_end];
    // After a bound on a share (`95%以上`) only `的` leads on to what is
    // counted (`20%以上的学校`): else a new phrase starts there. After a
    // bound on a count, what follows is what is counted (`建立2个以上“学校
    // 发展共同体”`).
    if let Some(bound) = ["以上", "以内", "以下", "左右"]
        .iter()
        .find(|b| rest.starts_with(*b))
    {
        let after = &rest[bound.len()..];
        let share = q.unit.contains('%') || q.unit.contains('％') || q.unit.contains("百分点");
        let (skip, r) = match after.strip_prefix('的') {
            Some(r) => (bound.len() + '的'.len_utf8(), r),
            None if !share => {
                past_bound = true;
                (bound.len(), after)
            }
            None => return None,
        };
        rest = r;
        a += skip;
    } else if let Some(r) = rest.strip_prefix('的') {
        a += '的'.len_utf8();
        rest = r;
    }
    let trimmed = rest.trim_start_matches(is_space);
    a += rest.len() - trimmed.len();
    rest = trimmed;
    // A year is part of the phrase (`5个2016年区教育重大项目`); another
    // number ends it.
    let mut end = rest.len();
    let mut i = 0;
    while let Some(c) = rest[i..].chars().next() {
        if starts_year(&rest[i..]) {
            i += 4 + '年'.len_utf8();
            continue;
        }
        if is_clause_end(c) || c == '、' || c.is_ascii_digit() || is_space(c) {
            end = i;
            break;
        }
        i += c.len_utf8();
    }
    // The phrase ends at a word of PHRASE_ENDS after its first two
    // characters (`等` but not `等级`).
    let two = rest.char_indices().nth(2).map_or(rest.len(), |(i, _)| i);
    let word = |i: usize, w: &str| {
        rest[i..].starts_with(w) && words.is_end(a + i) && words.is_end(a + i + w.len())
    };
    if let Some(cut) = (two..end).filter(|&i| rest.is_char_boundary(i)).find(|&i| {
        // Not inside a title (`《健康与幸福》试点校`).
        let titled = rest[..i].matches('《').count() > rest[..i].matches('》').count();
        !titled && PHRASE_ENDS.iter().any(|w| word(i, w))
    }) {
        end = cut;
    }
    // A note of what the count includes stays with it (`200所校园足球特色
    // 学校(含国家级、省级、市级)`).
    if let Some(note) = ["(含", "（含"]
        .iter()
        .find(|o| rest[end..].starts_with(**o))
    {
        let close = if note.starts_with('(') { ')' } else { '）' };
        if let Some(at) = rest[end..].find(close) {
            end += at + close.len_utf8();
        }
    }
    let phrase = &rest[..end];
    // `113所其中新建83所`: a breakdown opens there, not the thing counted.
    if phrase.starts_with("其中") {
        return None;
    }
    (phrase.chars().count() >= 2
        && (starts_year(phrase)
            || phrase.starts_with(|c: char| {
                crate::text::is_han(c) || c.is_ascii_alphabetic() || c == '“' || c == '《'
            })))
    .then_some((a, a + end, past_bound))
}

/// Whether `s` opens with a year of four digits and `年` (`2016年`).
fn starts_year(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 4 + '年'.len_utf8()
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(b[0], b'1' | b'2')
        && s[4..].starts_with('年')
}

/// Nouns of the units a plan counts (schools, kindergartens) that a
/// phrase may open with and then say what is done to them.
const UNITS_COUNTED: &[&str] = &[
    "中小学校",
    "中小学",
    "公办幼儿园",
    "民办幼儿园",
    "幼儿园",
    "公办园",
    "民办园",
    "试点校",
    "学校",
    "园所",
];

/// Verbs that only carry what is done (`进行升级完善`): left out.
const LIGHT_VERBS: &[&str] = &["进行", "实施", "开展", "实现"];

/// A phrase that opens with a counted unit and goes on to what is done to
/// it (`幼儿园进行等级复评抽验`) names the unit by it, as annotators do:
/// `等级复评抽验幼儿园`. The part done and the unit, or `None`.
fn by_what_is_done(phrase: &str) -> Option<(&str, &str)> {
    let unit = UNITS_COUNTED.iter().find(|u| phrase.starts_with(*u))?;
    let mut done = phrase[unit.len()..].trim_start_matches('的');
    // Where it is done (`在原有等级上`) and the intent to do it (`实现`)
    // are not what is done.
    if let Some(rest) = done.strip_prefix('在').and_then(|r| {
        r.find('上')
            .filter(|&i| i <= 18)
            .map(|i| &r[i + '上'.len_utf8()..])
    }) {
        done = rest;
    }
    if let Some(rest) = LIGHT_VERBS.iter().find_map(|v| done.strip_prefix(v)) {
        done = rest;
    }
    (done.chars().count() >= 2 && done.starts_with(crate::text::is_han) && !GENERIC.contains(&done))
        .then_some((done, unit))
}

/// The verbs right before the number that say what is counted
/// (`新建改扩建`, `新建、扩建`), or nothing.
fn counting_verb(clause: &str) -> &str {
    let c = clause.trim_end_matches(is_space);
    // A scope between the verb and its number (`覆盖全区80%的…学校`).
    let c = ["全区", "全市", "全县", "全省"]
        .iter()
        .find_map(|w| c.strip_suffix(w))
        .unwrap_or(c);
    let mut start = c.len();
    loop {
        let head = &c[..start];
        let head = head.strip_suffix('、').unwrap_or(head);
        match COUNTING_VERBS.iter().find(|v| head.ends_with(*v)) {
            Some(v) => start = head.len() - v.len(),
            None => break,
        }
    }
    c[start..].trim_start_matches('、')
}

/// The subject before the number: its clause from the last enumeration mark
/// that follows a number (`A达到90%、B达到80%`), or from a share or a count
/// of the same unit stated before it with no mark between
/// (`建设公办幼儿园113所其中新建`), links, time and intent stripped.
fn before_number(clause: &str, clause_start: usize, unit: &str) -> Option<Subject> {
    // Cut at the last `、` whose member holds a number (`培养专家型校长100名、
    // 名优骨干教师3000名`).
    let mut from = 0;
    for (i, m) in clause.match_indices('、') {
        if clause[from..i].contains(|c: char| c.is_ascii_digit()) {
            from = i + m.len();
        }
    }
    // Cut after a share stated before it in the clause with no mark
    // between (`…比例达到97%以上高中阶段教育毛入学率达到`).
    if let Some(d) = clause[from..].rfind(|c: char| c.is_ascii_digit()) {
        let rest = &clause[from + d + 1..];
        let share = match rest.strip_prefix(unit).filter(|_| !unit.is_empty()) {
            Some(after) => after,
            None => rest.trim_start_matches(['%', '％']),
        };
        if share.len() < rest.len() {
            let share = ["以上", "以下", "以内", "左右"]
                .iter()
                .find_map(|b| share.strip_prefix(b))
                .unwrap_or(share);
            from = clause.len() - share.len();
        }
    }
    trimmed(&clause[from..], clause_start + from)
}

/// `A、B分别达到X、Y`: the member of the list before `分别` that stands
/// where the number stands in the list after it.
fn distributed(clause: &str, clause_start: usize) -> Option<Subject> {
    let at = clause.find("分别")?;
    let names = &clause[..at];
    let k = clause[at..].matches('、').count();
    let members: Vec<(usize, &str)> = names
        .split('、')
        .scan(0, |offset, m| {
            let here = *offset;
            *offset += m.len() + '、'.len_utf8();
            Some((here, m))
        })
        .collect();
    if members.len() < 2 {
        return None;
    }
    let (offset, member) = members
        .get(k)
        .copied()
        .or_else(|| members.last().copied())?;
    let subject = trimmed(member, clause_start + offset)?;
    Some(with_shared_head(subject, &members))
}

/// `小学、初中辍学率分别…`: short members before the last share its head
/// (`辍学率`), which only the last one writes out.
fn with_shared_head(mut subject: Subject, members: &[(usize, &str)]) -> Subject {
    let Some(((_, last), firsts)) = members.split_last() else {
        return subject;
    };
    let n = |s: &str| s.trim().chars().count();
    let name = n(firsts[0].1);
    let short = firsts.iter().all(|(_, m)| n(m) == name && name <= 3);
    if !short || firsts.iter().all(|(_, m)| m.trim() != subject.text) || n(last) < name + 2 {
        return subject;
    }
    let head: String = last.trim().chars().skip(name).collect();
    subject.text.push_str(&head);
    subject
}

/// `part`, starting at `part_start` in the sentence, trimmed to a subject;
/// `None` when nothing is left.
///
/// A change against a base year keeps the base, as a researcher reads it:
/// `大班额比2013年减少60%` → `大班额(比2013年)`.
fn trimmed(part: &str, part_start: usize) -> Option<Subject> {
    let (lo, t, base) = trim(part);
    if t.is_empty() {
        return None;
    }
    let start = part_start + lo;
    Some(Subject {
        text: match base {
            Some(base) => format!("{t}({base})"),
            None => t.to_string(),
        },
        range: (start, start + t.len()),
    })
}

/// Strips spaces, links at the end (with a baseline `比2013年`), and time
/// and intent at the start (`到2025年`, `力争实现`): what is left, how
/// many bytes were stripped from the start, and the baseline.
fn trim(mut s: &str) -> (usize, &str, Option<&str>) {
    let mut base = None;
    let mut lo = 0;
    // `s` without a prefix of it: the bytes stripped are counted.
    let mut from_start = |s: &str, rest: &'_ str| {
        lo += s.len() - rest.len();
    };
    loop {
        let before = s;
        let t = s.trim_start_matches(is_space);
        from_start(s, t);
        s = t.trim_end_matches(is_space);
        if let Some(l) = LINKS.iter().find(|l| s.ends_with(*l)) {
            s = &s[..s.len() - l.len()];
        }
        if let Some(head) = s.strip_suffix('年') {
            if let Some((_, rest)) =
                crate::text::year_before(head).filter(|(_, r)| r.ends_with('比'))
            {
                base = Some(&s[rest.len() - '比'.len_utf8()..]);
                s = &rest[..rest.len() - '比'.len_utf8()];
            }
        }
        let t = s.trim_start_matches(is_space);
        from_start(s, t);
        s = t.trim_end_matches(is_space);
        let t = strip_due(s);
        from_start(s, t);
        s = t;
        if let Some(l) = LEADS.iter().find(|l| s.starts_with(*l)) {
            from_start(s, &s[l.len()..]);
            s = &s[l.len()..];
        }
        if let Some(rest) = after_intent(s) {
            from_start(s, rest);
            s = rest;
        }
        if s == before {
            return (lo, s, base);
        }
    }
}

/// What follows a word of intent that a short opening (who, when) stands
/// before (`历城区将开工建设教育设施`, `各县(市、区)计划新改扩建公办学校`):
/// the opening is the actor, the subject what it is to do.
fn after_intent(s: &str) -> Option<&str> {
    let head = &s[..crate::text::floor_boundary(s, INTENT_REACH * 3)];
    let (at, w) = INTENT
        .iter()
        .filter_map(|w| head.find(w).map(|at| (at, *w)))
        .min()?;
    let rest = &s[at + w.len()..];
    let opening = &s[..at];
    // An actor is a place or an office (`历城区`, `各县(市、区)`), else
    // the words before are what is counted (`新开办学校计划校舍竣工交付`).
    let actor =
        opening.is_empty() || opening.ends_with(PLACE_ENDS) || opening.ends_with(ACTOR_ENDS);
    (actor && rest.chars().count() >= 2).then_some(rest)
}

/// How the name of an actor that is no place of [`PLACE_ENDS`] ends: a
/// province, an office, a bracketed list of places.
const ACTOR_ENDS: &[char] = &['省', '局', ')', '）'];

/// Words of intent between an actor and what it is to do.
const INTENT: &[&str] = &["将", "拟", "预计", "计划"];

/// How many characters an actor before a word of intent may take.
const INTENT_REACH: usize = 12;

/// Strips a leading due date (`到2025年`, `到 2024 年`, `2024年底`, `三年内`,
/// `“十四五”期间`): it goes into `by`, not into the subject.
fn strip_due(s: &str) -> &str {
    let t = s.strip_prefix(['到', '至']).unwrap_or(s);
    let t = t.trim_start_matches(is_space);
    if let Some(at) = t.find('年').filter(|&at| at <= 8) {
        if crate::text::year_before(&t[..at]).is_some_and(|(_, head)| head.is_empty()) {
            let rest = &t[at + '年'.len_utf8()..];
            let rest = ["底前", "底", "内", "前", "末"]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .unwrap_or(rest);
            return rest.trim_start_matches(['，', ',', ' ']);
        }
    }
    if let Some(rest) = ["一年内", "两年内", "三年内", "五年内"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
    {
        return rest.trim_start_matches(['，', ',']);
    }
    s
}

#[cfg(test)]
mod tests;
