//! The issuer: the organ that issued the plan, and its document number.

use super::{ascii_digit, Header, Jurisdiction, Signature};
use crate::ingest::places;
use crate::text::{char_len, is_han};

/// Names of issuing organs, longest first where one ends another. The
/// outline reads signatures and titles in the text with the same list.
pub(crate) const ORGANS: &[&str] = &[
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
pub(super) fn read_issuer(
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
pub(super) fn organ_parts(s: &str) -> Option<(String, &'static str)> {
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
        .take_while(|(_, c)| is_han(*c))
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
    let shaped = (2..=10).contains(&char_len(run))
        && run.ends_with(['市', '区', '县', '省', '旗', '州', '盟']);
    shaped.then(|| run.to_string())
}

/// An organ's name that is all of `line`: `济源市教育局`.
pub(super) fn whole_organ(line: &str) -> Option<String> {
    let organ = organ_in(line)?;
    (organ == line.trim()).then_some(organ)
}

// --- document number -----------------------------------------------------------------------

/// The document number: the header's `发文字号`, else a line near the top
/// of the text's opening that is nothing but a number (`郑教〔2016〕12号`).
/// Numbers cited in the body are other documents'.
pub(super) fn read_doc_number(header: &Header, opening: &str) -> Option<String> {
    let in_header = header
        .get("发文字号")
        .or_else(|| header.get("文号"))
        .and_then(|v| doc_number_in(v).map(|(n, _)| n));
    in_header.or_else(|| {
        opening
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(15)
            // A line that is a number ends with `号`: the rest are not read.
            .filter(|l| l.ends_with('号'))
            .find_map(|l| doc_number_in(l).filter(|(_, whole)| *whole).map(|(n, _)| n))
    })
}

/// The first document number in `s` (`济教〔2018〕1号`, also with `[2018]`,
/// `［2018］`, `【2018】`), written with the standard `〔〕`, and whether it is
/// all of `s`.
fn doc_number_in(s: &str) -> Option<(String, bool)> {
    const OPEN: &[char] = &['〔', '[', '［', '【', '(', '（', '〖'];
    const CLOSE: &[char] = &['〕', ']', '］', '】', ')', '）', '〗'];
    if !s.contains("号") {
        return None; // the common case, decided without collecting characters
    }
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    (1..chars.len()).find_map(|i| {
        if !OPEN.contains(&chars[i]) {
            return None;
        }
        let year: String = chars
            .get(i + 1..i + 5)?
            .iter()
            .filter_map(|c| ascii_digit(*c))
            .collect();
        if year.len() != 4 || !CLOSE.contains(chars.get(i + 5)?) {
            return None;
        }
        let number: String = chars[i + 6..]
            .iter()
            .map_while(|c| ascii_digit(*c))
            .collect();
        let suffix_at = i + 6 + number.len();
        if !(1..=5).contains(&number.len()) || chars.get(suffix_at) != Some(&'号') {
            return None;
        }
        let prefix_len = chars[..i].iter().rev().take_while(|c| is_han(**c)).count();
        if !(1..=10).contains(&prefix_len) {
            return None;
        }
        let prefix: String = chars[i - prefix_len..i].iter().collect();
        let whole = prefix_len == i && suffix_at + 1 == chars.len();
        Some((format!("{prefix}〔{year}〕{number}号"), whole))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{date, place, read_one};
    use super::super::{Level, Period};
    use super::*;

    #[test]
    fn issuer_named_in_the_title() {
        for (title, issuer) in [
            ("河南省教育厅2020年工作要点", "河南省教育厅"),
            ("某某市教育局2024年工作要点", "某某市教育局"),
            ("2017年闵行区教育局工作要点", "闵行区教育局"),
        ] {
            let text = format!("{title}\n一、加强党建");
            let (m, _) = read_one(&text, &text);
            assert_eq!(m.issuer.as_deref(), Some(issuer), "{title}");
        }
    }

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
}
