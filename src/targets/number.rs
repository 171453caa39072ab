//! Numbers with their units, as plans write them: `90所`, `95%`, `1-2个`,
//! `10万人`, `1.8万个`, `一所`, `两次`, `双90%`.

use crate::text::cn_digit;

/// A number found in a text, with its unit: byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quantity {
    /// Where the number starts (including a `双` prefix).
    pub start: usize,
    /// Where the unit ends.
    pub end: usize,
    /// The number, or the upper bound of a range.
    pub value: f64,
    /// The lower bound of a range.
    pub low: Option<f64>,
    /// The unit as written (`所`, `万人`, `%`), from the lists below.
    pub unit: &'static str,
    /// Whether the number was written in Chinese numerals.
    pub chinese: bool,
    /// Whether `多` or `余` stands between number and unit (`60多门`).
    pub more: bool,
}

/// `多` or `余` between a number and its unit (`60多门`, `450余名`): at least.
fn more(s: &str) -> usize {
    ["多", "余"]
        .iter()
        .find(|m| s.starts_with(*m))
        .map_or(0, |m| m.len())
}

/// Units plans count in, longest first so that `万人次` wins over `万人`.
const UNITS: &[&str] = &[
    "个百分点",
    "万平方米",
    "平方米",
    "万人次",
    "万人",
    "万个",
    "万座",
    "万名",
    "万元",
    "亿元",
    "万册",
    "人次",
    "课时",
    "小时",
    "%",
    "％",
    "所",
    "个",
    "名",
    "人",
    "场",
    "支",
    "项",
    "门",
    "次",
    "期",
    "家",
    "台",
    "路",
    "节",
    "周",
    "天",
    "座",
    "间",
    "套",
    "处",
    "亩",
    "张",
    "位",
    "篇",
    "本",
    "部",
    "件",
    "种",
    "类",
    "辆",
    "册",
    "份",
    "元",
    "倍",
    "组",
    "队",
    "园",
    "校",
    "批",
    "届",
];

/// Units a number in Chinese numerals may take: `一所`, `两次`, `一节`.
/// Others (`一批`, `一体`, `一流`, `三通两平台`) are words, not counts.
///
/// `期` and `个` are left out: `二期培训` is a phase and `五个现代化`,
/// `一个新台阶` are slogans far more often than counts.
const CHINESE_UNITS: &[&str] = &["所", "名", "次", "节", "场", "支", "家", "人", "门", "台"];

/// Every quantity in `text`, whose [`NUMERALS`](super::NUMERALS) stand at
/// `numerals` (byte offsets, in order), in `out` (cleared first).
pub(crate) fn quantities(text: &str, numerals: &[usize], out: &mut Vec<Quantity>) {
    out.clear();
    // Only where a numeral stands can a number start: the others are never
    // asked.
    for &i in numerals {
        if out.last().is_none_or(|q| i >= q.end) {
            if let Some(q) = arabic(text, i).or_else(|| chinese(text, i)) {
                out.push(q);
            }
        }
    }
}

/// An Arabic number (or range) at byte `i` followed by a unit.
fn arabic(text: &str, i: usize) -> Option<Quantity> {
    let rest = &text[i..];
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Not the tail of a longer number or a code: `A12`, `5G`, `2.5`.
    let before = text[..i].chars().next_back();
    if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-') {
        return None;
    }
    let (first, n1) = decimal(rest)?;
    let (low, value, n) = match range_rest(&rest[n1..]) {
        Some((second, n2)) if second > first => (Some(first), second, n1 + n2),
        _ => (None, first, n1),
    };
    let m = more(&rest[n..]);
    // Text taken from a PDF spaces its numbers out (`新增幼儿园 21 所`).
    let gap = spaces(&rest[n + m..]);
    let (unit, ulen) = unit(&rest[n + m + gap..], UNITS)?;
    let double = text[..i].ends_with('双');
    Some(Quantity {
        start: if double { i - '双'.len_utf8() } else { i },
        end: i + n + m + gap + ulen,
        value,
        low,
        unit,
        chinese: false,
        more: m > 0,
    })
}

/// The length of the spaces at the start of `s`: at most two, ASCII,
/// no-break or ideographic.
fn spaces(s: &str) -> usize {
    s.chars()
        .take(2)
        .take_while(|c| matches!(c, ' ' | '\u{a0}' | '\u{3000}'))
        .map(char::len_utf8)
        .sum()
}

/// `-2`, `—3`, `至2`, `~2` after a first number: the upper bound of a range.
fn range_rest(s: &str) -> Option<(f64, usize)> {
    let sep = ["-", "—", "－", "~", "～", "至", "到"]
        .iter()
        .find(|sep| s.starts_with(*sep))?;
    let (v, n) = decimal(&s[sep.len()..])?;
    Some((v, sep.len() + n))
}

/// A number of more than this many characters, separators included, is
/// read as a code (a 30-digit serial), not an amount.
const MAX_NUMBER_CHARS: usize = 12;

/// A decimal number at the start of `s`: `90`, `1.8`, `26,000`.
fn decimal(s: &str) -> Option<(f64, usize)> {
    let mut end = 0;
    let bytes = s.as_bytes();
    while end < bytes.len() {
        let b = bytes[end];
        let digit_follows = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || ((b == b'.' || b == b',') && end > 0 && digit_follows) {
            end += 1;
        } else {
            break;
        }
        if end > MAX_NUMBER_CHARS {
            // Read no further: targets are sought at every digit, and
            // reading a long run (`1,1,1,…`) each time took quadratic time.
            return None;
        }
    }
    if end == 0 {
        return None;
    }
    let digits = &s[..end];
    // Thousands separators are rare: copy only to drop them.
    let value: f64 = if digits.contains(',') {
        digits.replace(',', "").parse().ok()?
    } else {
        digits.parse().ok()?
    };
    value.is_finite().then_some((value, end))
}

/// Words that open with a unit and are no unit: `70周年` is an
/// anniversary, `3至6周岁` an age, `4部分` the parts of a text, `3门类` a kind, `十一次党代会`
/// and `三次全会` the sessions of a congress.
const NOT_UNITS: &[&str] = &[
    "周年",
    "周岁",
    "部分",
    "部门",
    "门类",
    "届时",
    "次全会",
    "次党代会",
    "次代表大会",
    "次全体会议",
];

/// A unit at the start of `s`, from `units` (longest first).
fn unit(s: &str, units: &[&'static str]) -> Option<(&'static str, usize)> {
    let u = units.iter().find(|u| s.starts_with(*u))?;
    if NOT_UNITS.iter().any(|w| s.starts_with(w)) {
        return None;
    }
    Some((if *u == "％" { "%" } else { u }, u.len()))
}

/// A number in Chinese numerals at byte `i` followed by a counting unit.
fn chinese(text: &str, i: usize) -> Option<Quantity> {
    let rest = &text[i..];
    let (value, n) = cn_value(rest)?;
    let m = more(&rest[n..]);
    let (unit, ulen) = unit(&rest[n + m..], CHINESE_UNITS)?;
    // Not part of a longer numeral word (`十一个` is read from its start).
    let before = text[..i].chars().next_back();
    if before.is_some_and(|c| {
        cn_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '第' | '每' | '单')
    }) {
        return None;
    }
    // `二` before a measure word is an ordinal (`二次审核`); counts say `两`.
    if rest.starts_with('二') {
        return None;
    }
    Some(Quantity {
        start: i,
        end: i + n + m + ulen,
        value,
        low: None,
        unit,
        chinese: true,
        more: m > 0,
    })
}

/// A Chinese numeral up to 9999 (`一`, `两`, `十二`, `一百二十`) at the start of `s`.
///
/// Scales fall from left to right (`一千二百`): the numeral ends before a scale
/// that does not (`千千…`), so that a run of scales neither overflows nor is
/// read again from each of its characters.
fn cn_value(s: &str) -> Option<(f64, usize)> {
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    let mut last_scale = u32::MAX;
    let mut len = 0;
    for c in s.chars() {
        let scale = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                match cn_digit(c) {
                    Some(d) if digit.is_none() => digit = Some(d),
                    _ => break,
                }
                len += c.len_utf8();
                continue;
            }
        };
        if scale >= last_scale {
            break;
        }
        last_scale = scale;
        total += digit.take().unwrap_or(1) * scale;
        len += c.len_utf8();
    }
    total += digit.unwrap_or(0);
    (len > 0 && total > 0).then_some((f64::from(total), len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<(f64, Option<f64>, String)> {
        let mut out = Vec::new();
        quantities(text, &super::super::numeral_starts(text), &mut out);
        out.into_iter()
            .map(|q| (q.value, q.low, q.unit.to_string()))
            .collect()
    }

    #[test]
    fn arabic_chinese_ranges_and_scaled_units() {
        assert_eq!(q("新建改扩建中小学90所"), [(90.0, None, "所".into())]);
        assert_eq!(q("培育1-2个美育示范县"), [(2.0, Some(1.0), "个".into())]);
        assert_eq!(
            q("学生达到10万人,资源1.8万个"),
            [(10.0, None, "万人".into()), (1.8, None, "万个".into())]
        );
        assert_eq!(
            q("谋划建设一所学校,每学期至少两次,一百二十名"),
            [
                (1.0, None, "所".into()),
                (2.0, None, "次".into()),
                (120.0, None, "名".into())
            ]
        );
        assert_eq!(q("达到双90%"), [(90.0, None, "%".into())]);
        assert_eq!(q("1至2项技能"), [(2.0, Some(1.0), "项".into())]);
    }

    #[test]
    fn words_and_codes_are_not_quantities() {
        assert!(
            q("一批学校,一体化,三通两平台,5G网络,2018年,A12所").is_empty(),
            "{:?}",
            q("一批学校,一体化,三通两平台,5G网络,2018年,A12所")
        );
        assert!(q("123456789012345678901234567890所").is_empty());
    }

    #[test]
    fn the_numerals_are_what_the_readers_start_with() {
        for u in 0..0x3_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            let numeral =
                c.is_ascii_digit() || cn_digit(c).is_some() || matches!(c, '十' | '百' | '千');
            assert_eq!(super::super::NUMERALS.contains(&c), numeral, "{c}");
        }
    }

    #[test]
    fn runs_of_scales_end_the_numeral() {
        assert_eq!(cn_value("一千二百三十四所"), Some((1234.0, 21)));
        assert_eq!(cn_value("千千千"), Some((1000.0, 3)));
        assert_eq!(cn_value("十十所"), Some((10.0, 3)));
        // A run of 千 long enough to overflow a u32 if each one added 1000.
        let run = "千".repeat(5_000_000);
        assert_eq!(cn_value(&run), Some((1000.0, 3)));
        assert!(q(&format!("{run}所")).is_empty());
    }
}
