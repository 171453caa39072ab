//! Outline markers: the numbers and bullets that open the parts of a plan.
//!
//! Recognising a marker is a matter of text shape only; whether a marker
//! really opens an item (rather than standing in a sentence, as the `一、` of
//! `一、二年级`) is decided by its context: the outline checks sequences, the
//! cleaner checks line starts.

use crate::text::BmpSet;

/// The shape of a marker, outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Style {
    /// `第一部分` `第一篇`: a part, which holds chapters.
    Part,
    /// `第一章`.
    Chapter,
    /// `一、` `一．`.
    Section,
    /// `第一项工程` `第一项`: a multi-year project block.
    Project,
    /// `（一）` `(一)`.
    Subsection,
    /// `1.` `1、` `1．` `第1条` `第一条`.
    Point,
    /// `（1）` `(1)` `1)`.
    SubPoint,
    /// `①` … `⑳`.
    Circled,
    /// `一是` `二是` clauses, and `第一，` `第二，` `首先…` openings.
    Clause,
    /// `一要` `二要` duties: a list of their own, which may stand inside a
    /// `三是` clause or hold `一是…` clauses.
    Duty,
    /// `——` `—` `---` `●` `■` `◆` `•` bullets (unnumbered).
    Bullet,
}

impl Style {
    /// How many styles there are (`Bullet` is the last).
    pub(crate) const COUNT: usize = Style::Bullet as usize + 1;

    /// Whether the style opens clauses of a sentence or paragraph
    /// (`一是`, `一要`) rather than parts of a document.
    pub(crate) fn is_clause(self) -> bool {
        matches!(self, Style::Clause | Style::Duty)
    }
}

/// A marker found at the start of a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker {
    /// Its shape.
    pub style: Style,
    /// Its number (1-based; 0 for bullets).
    pub number: u32,
    /// Its length in bytes.
    pub len: usize,
}

/// The characters a marker may open with: digits, `(`, `（`, `第`, the Chinese
/// digits and `十`, circled numbers, a dash and the bullets.
pub(crate) const fn openers() -> BmpSet {
    BmpSet::new()
        .with_range('0', '9')
        .with_range('①', '⑳')
        .with(&[
            '(', '（', '第', '—', '-', '十', '●', '■', '◆', '•', '▲', '★',
        ])
        .with(&['一', '二', '三', '四', '五', '六', '七', '八', '九'])
}

#[cfg(test)]
static OPENERS: BmpSet = openers();

/// The marker at the very start of `s`, if any.
pub(crate) fn at(s: &str) -> Option<Marker> {
    let first = s.chars().next()?;
    match first {
        '第' => ordinal(s),
        '(' | '（' => parenthesised(s),
        '0'..='9' => arabic(s),
        '①'..='⑳' => Some(Marker {
            style: Style::Circled,
            number: first as u32 - '①' as u32 + 1,
            len: first.len_utf8(),
        }),
        '—' if s.starts_with("——") && !s.starts_with("———") => Some(bullet(6)),
        // A single dash, or two or three hyphens, before the words of a
        // bullet (`—坚持育人为本`, `---坚持育人为本`).
        '—' if s['—'.len_utf8()..]
            .chars()
            .next()
            .is_some_and(crate::text::is_han) =>
        {
            Some(bullet('—'.len_utf8()))
        }
        '-' => {
            let n = s.len() - s.trim_start_matches('-').len();
            ((2..=3).contains(&n) && s[n..].chars().next().is_some_and(crate::text::is_han))
                .then(|| bullet(n))
        }
        '●' | '■' | '◆' | '•' | '▲' | '★' => Some(bullet(first.len_utf8())),
        // `首先是…其次是…三是…`: the first two clauses by their ordinal words.
        '首' | '其' | '再' => sequence_word(s),
        // Only `十` and the digits `一`–`九` open a Chinese numeral.
        '十' => chinese(s, first),
        c if cn_digit(c).is_some() => chinese(s, first),
        _ => None,
    }
}

/// `首先是` `首先要` `首先，` (clause 1), `其次…` (2), `再次…` (3): words
/// of order that open clauses as `一是` `二是` `三是` do.
fn sequence_word(s: &str) -> Option<Marker> {
    let (number, word) = [(1, "首先"), (2, "其次"), (3, "再次")]
        .into_iter()
        .find(|(_, w)| s.starts_with(w))?;
    let next = s[word.len()..].chars().next()?;
    matches!(next, '是' | '要' | '，' | ',').then(|| Marker {
        style: Style::Clause,
        number,
        len: word.len() + next.len_utf8(),
    })
}

fn bullet(len: usize) -> Marker {
    Marker {
        style: Style::Bullet,
        number: 0,
        len,
    }
}

/// `一、` `一．` (section) or `一是` (clause), from its `first` character.
fn chinese(s: &str, first: char) -> Option<Marker> {
    // Most Chinese digits in a plan stand in words (`一个`, `统一`): the
    // character after the first rules them out before the numeral is read.
    let second = s[first.len_utf8()..].chars().next()?;
    if second != '十' && cn_digit(second).is_none() && chinese_style(second).is_none() {
        return None;
    }
    let (number, n) = cn_number(s)?;
    let next = s[n..].chars().next()?;
    let style = chinese_style(next)?;
    Some(Marker {
        style,
        number,
        len: n + next.len_utf8(),
    })
}

/// The style of a Chinese numeral's marker by the character after it.
fn chinese_style(after: char) -> Option<Style> {
    match after {
        '、' | '．' => Some(Style::Section),
        // `一是…二是…`, and the `一要…二要…` of a meeting's requirements.
        '是' => Some(Style::Clause),
        '要' => Some(Style::Duty),
        _ => None,
    }
}

/// `第一项` `第一章` `第一部分` `第一条` `第1条` `第一，`.
fn ordinal(s: &str) -> Option<Marker> {
    let rest = &s['第'.len_utf8()..];
    let (number, n) = cn_number(rest).or_else(|| ascii_number(rest))?;
    let after = &rest[n..];
    let (style, len) = if after.starts_with("部分") {
        (Style::Part, "部分".len())
    } else {
        let c = after.chars().next()?;
        let style = match c {
            '篇' => Style::Part,
            '章' => Style::Chapter,
            '项' => Style::Project,
            '条' => Style::Point,
            '，' | ',' | '、' => Style::Clause,
            _ => return None,
        };
        (style, c.len_utf8())
    };
    Some(Marker {
        style,
        number,
        len: '第'.len_utf8() + n + len,
    })
}

/// `（一）` `(一)` `（1）` `(1)`.
fn parenthesised(s: &str) -> Option<Marker> {
    let open = s.chars().next()?;
    let rest = &s[open.len_utf8()..];
    let (number, n, style) = match cn_number(rest) {
        Some((v, n)) => (v, n, Style::Subsection),
        None => {
            let (v, n) = ascii_number(rest)?;
            (v, n, Style::SubPoint)
        }
    };
    let close = rest[n..].chars().next()?;
    if !matches!(close, ')' | '）') {
        return None;
    }
    Some(Marker {
        style,
        number,
        len: open.len_utf8() + n + close.len_utf8(),
    })
}

/// `1.` `1、` `1．` `1)`; not `1.5` nor `2018.`-like years.
fn arabic(s: &str) -> Option<Marker> {
    // At most three digits (`2018.`: a year, not a point). Most digits in a
    // plan stand in numbers: what follows them rules those out before the
    // number is read (see `chinese`).
    let n = digit_run(s, 3)?;
    let rest = &s[n..];
    let c = rest.chars().next()?;
    let style = match c {
        '.' | '、' | '．' => Style::Point,
        ')' | '）' => Style::SubPoint,
        _ => return None,
    };
    let after = rest[c.len_utf8()..].chars().next();
    if after.is_some_and(|a| a.is_ascii_digit()) {
        return None;
    }
    Some(Marker {
        style,
        number: digits_value(&s[..n]),
        len: n + c.len_utf8(),
    })
}

/// A number in ASCII digits at the start of `s`, with its byte length.
pub(crate) fn ascii_number(s: &str) -> Option<(u32, usize)> {
    let n = digit_run(s, 4)?;
    Some((digits_value(&s[..n]), n))
}

/// The length of the run of ASCII digits opening `s`, where it has one of
/// at most `max`. Counted no further than the limit: the outline asks at
/// every digit, and counting a long run each time took time quadratic in
/// its length.
fn digit_run(s: &str, max: usize) -> Option<usize> {
    let n = s
        .bytes()
        .take(max + 1)
        .take_while(u8::is_ascii_digit)
        .count();
    (1..=max).contains(&n).then_some(n)
}

/// The value of a few ASCII digits (at most nine: no overflow).
fn digits_value(digits: &str) -> u32 {
    digits.bytes().fold(0, |v, d| v * 10 + u32::from(d - b'0'))
}

/// A Chinese numeral from 一 to 九十九 at the start of `s`, with its byte length.
pub(crate) fn cn_number(s: &str) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut digit: Option<u32> = None;
    let mut len = 0usize;
    for c in s.chars() {
        match (cn_digit(c), c) {
            (Some(d), _) => {
                if digit.is_some() {
                    return None;
                }
                digit = Some(d);
            }
            (None, '十') => {
                if value > 0 {
                    return None;
                }
                value = digit.take().unwrap_or(1) * 10;
            }
            _ => break,
        }
        len += c.len_utf8();
    }
    let total = value + digit.unwrap_or(0);
    (total > 0 && total < 100).then_some((total, len))
}

/// Outline numbers use `一` to `九` (zero and `两` do not number parts).
fn cn_digit(c: char) -> Option<u32> {
    crate::text::cn_digit(c)
        .filter(|&d| d > 0)
        .filter(|_| c != '两')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_marker_opens_with_a_character_that_may_not_open_one() {
        for u in 0..0x3_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            for tail in [
                "", "、", "是", "．", ")", "）", "部分", "章", "，", "1)", "一）",
            ] {
                let s = format!("{c}{tail}");
                assert!(OPENERS.contains(c) || at(&s).is_none(), "{s}");
            }
        }
    }

    fn style(s: &str) -> Option<(Style, u32)> {
        at(s).map(|m| (m.style, m.number))
    }

    #[test]
    fn shapes() {
        assert_eq!(style("一、总体要求"), Some((Style::Section, 1)));
        assert_eq!(style("十二、保障"), Some((Style::Section, 12)));
        assert_eq!(style("（三）工作目标"), Some((Style::Subsection, 3)));
        assert_eq!(style("(二十一)x"), Some((Style::Subsection, 21)));
        assert_eq!(style("12.推进"), Some((Style::Point, 12)));
        assert_eq!(style("3、推进"), Some((Style::Point, 3)));
        assert_eq!(style("3．推进"), Some((Style::Point, 3)));
        assert_eq!(style("(4)推进"), Some((Style::SubPoint, 4)));
        assert_eq!(style("②推进"), Some((Style::Circled, 2)));
        assert_eq!(style("三是推进"), Some((Style::Clause, 3)));
        assert_eq!(style("第二，推进"), Some((Style::Clause, 2)));
        assert_eq!(style("第十七项工程"), Some((Style::Project, 17)));
        assert_eq!(style("第一部分 总则"), Some((Style::Part, 1)));
        assert_eq!(style("第二篇 规划"), Some((Style::Part, 2)));
        assert_eq!(style("第三章 管理"), Some((Style::Chapter, 3)));
        assert_eq!(style("第3条 规定"), Some((Style::Point, 3)));
        assert_eq!(style("——加强"), Some((Style::Bullet, 0)));
        assert_eq!(style("—加强"), Some((Style::Bullet, 0)));
        assert_eq!(style("---加强"), Some((Style::Bullet, 0)));
        assert_eq!(style("二要推进"), Some((Style::Duty, 2)));
        assert_eq!(style("首先是扩大"), Some((Style::Clause, 1)));
        assert_eq!(style("其次要组织"), Some((Style::Clause, 2)));
        assert_eq!(style("再次,加强"), Some((Style::Clause, 3)));
    }

    #[test]
    fn not_markers() {
        for s in [
            "1.5倍",
            "2018.",
            "2018年",
            "一些学校",
            "其中",
            "首都",
            "再次召开",
            "-2-",
            "—2025",
            "———",
            "十分",
            "(市、区)",
            "第二批",
        ] {
            let m = at(s);
            assert!(m.is_none(), "{s} gave {m:?}");
        }
        assert_eq!(at("2018.").map(|m| m.style), None);
    }
}
