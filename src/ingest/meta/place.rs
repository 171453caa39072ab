//! Where a plan applies: its jurisdiction and level, and the districts a
//! round-up speaks for.

use std::collections::{BTreeSet, HashMap};

use super::issuer::organ_parts;
use super::{Ends, Jurisdiction, Level};
use crate::ingest::places;
use crate::text::{char_len, is_han};

/// A text-derived place must be named at least this often.
const MIN_MENTIONS: usize = 2;

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

/// The longest line that can be a district heading, in bytes: a heading is
/// Chinese characters only (three bytes each), at most the gazetteer's
/// longest county-level name (`积石山保安族东乡族撒拉族自治县`, 15) or 7 by its
/// suffix.
///
/// Exact, not tuned: no heading is longer. Checking the length first lets
/// the pass over the whole text pass over every paragraph without reading
/// its characters or looking it up in the gazetteer.
const HEADING_BYTES: usize = 3 * places::LONGEST_COUNTY_LEVEL_NAME;

/// Districts that the text gives a part each: lines that are just a
/// district's name (`郑东新区`, `金水区`), each followed by prose of its own,
/// in text order, when there are two or more. A list of names without prose
/// between them (an attachment's table of districts) is no set of parts, and
/// nothing after an attachment's heading counts. Read line by line in the
/// one pass over the whole text.
#[derive(Debug, Default)]
pub(super) struct Districts {
    /// Each heading, and whether prose followed it.
    found: Vec<(String, bool)>,
    /// The headings of `found`, for the lookup of each heading line (a
    /// round-up may have thousands).
    seen: BTreeSet<String>,
    /// An attachment began: the plan's own parts are over.
    closed: bool,
}

impl Districts {
    /// Reads one line of the text.
    pub(super) fn read_line(&mut self, line: &str) {
        let line = line.trim();
        if self.closed || line.is_empty() {
            return;
        }
        if line.starts_with("附件") {
            self.closed = true;
        } else if line.len() <= HEADING_BYTES && is_district_heading(line) {
            if self.seen.insert(line.to_string()) {
                self.found.push((line.to_string(), false));
            }
        } else if line.contains("。") || char_len(line) >= 40 {
            if let Some(last) = self.found.last_mut() {
                last.1 = true;
            }
        }
    }

    /// The districts with prose of their own, when there are two or more.
    pub(super) fn found(self) -> Vec<String> {
        let parts: Vec<String> = self
            .found
            .into_iter()
            .filter(|(_, prose)| *prose)
            .map(|(d, _)| d)
            .collect();
        if parts.len() >= 2 {
            parts
        } else {
            Vec::new()
        }
    }
}

/// Whether the national list holds `name` as a district, county or
/// county-level city, and it is no word: `城区`, `郊区` and `矿区` are
/// districts of several cities, and ordinary words everywhere.
fn is_listed_district(name: &str) -> bool {
    places::district_level(name).is_some() && !(char_len(name) == 2 && name.ends_with('区'))
}

/// The longest name at the start of `s` (at most as long as the longest
/// county-level name) that `listed` accepts.
fn longest_listed(s: &str, listed: impl Fn(&str) -> bool) -> Option<&str> {
    let ends = s.char_indices().map(|(i, c)| i + c.len_utf8());
    ends.take(places::LONGEST_COUNTY_LEVEL_NAME)
        .map(|end| &s[..end])
        .filter(|name| places::may_be_county_level(name) && listed(name))
        .last()
}

// Not `text::is_place_heading`: that takes any name ending in `市`, and area words (`示范区`).
fn is_district_heading(line: &str) -> bool {
    if !line.chars().all(is_han) {
        return false;
    }
    if is_listed_district(line) {
        return true;
    }
    (3..=7).contains(&char_len(line))
        && line.ends_with(['区', '县', '旗'])
        && !AREA_ENDINGS.iter().any(|e| line.ends_with(e))
        && !AREA_WORDS.contains(&line)
}

// --- where the plan applies ---------------------------------------------------------

/// The place a name (an issuer, a title) names: its gazetteer places that fit
/// together (`上海市` and `闵行区`); else a place the name's issuing organ
/// gives by its suffix (`某某区教育局` → district `某某区`); else the place
/// a title opens with before its year (`某某区2024年教育工作这样干`).
pub(super) fn place_in_name(name: &str) -> Option<Jurisdiction> {
    let mentions = places::find_places(name);
    if let Some((first, rest)) = mentions.split_first() {
        let mut place = places::jurisdiction_of(first.name);
        for m in rest {
            let next = places::jurisdiction_of(m.name);
            if fits_together(&place, &next) {
                place = place.or(next);
            }
        }
        if place.district.is_none() {
            place.district = listed_district(name, &mentions, place.city.as_deref());
        }
        return Some(place);
    }
    if let Some((prefix, _)) = organ_parts(name) {
        return Some(named_place(&prefix));
    }
    place_before_year(name)
        .or_else(|| place_after_year(name))
        .map(named_place)
}

/// A district of `city` that the name gives where it names the city
/// (`阿拉善左旗` over `阿拉善`) or right after it (`南京市鼓楼区`,
/// `石家庄市裕华区`): the longest name the national list puts in that city.
/// The list is not matched in running text, but a name that follows its city
/// is no ordinary word.
fn listed_district(name: &str, mentions: &[places::Mention], city: Option<&str>) -> Option<String> {
    let city = city?;
    let mut starts = mentions.iter().flat_map(|m| [m.start, m.end]);
    starts
        .find_map(|start| longest_listed(&name[start..], |d| places::district_in_city(d, city)))
        .map(String::from)
}

/// Endings of collective words that end like a city's name (`全市`, `各县市`).
const COLLECTIVE_CITY_ENDINGS: &[&str] = &["全市", "各市", "我市", "本市", "该市", "县市"];

/// What may follow the year a title opens with after its place: `年`, or
/// the separator of a span of years (`某某区2024—2026年…`).
const AFTER_YEAR: &[char] = &['年', '-', '—', '–', '－', '~', '～', '至'];

/// The place a name opens with when a year follows it right away
/// (`某某区2024年…`, `某某县2023—2025年…`): a district or county heading's
/// shape ([`is_district_heading`]: not an area word such as `示范区`,
/// `全区`), or a city's name of three to five characters that is not a
/// collective word (`各县市`, `智慧城市`).
fn place_before_year(name: &str) -> Option<&str> {
    let end = name
        .char_indices()
        .find(|(_, c)| !is_han(*c))
        .map_or(name.len(), |(i, _)| i);
    let (place, rest) = name.split_at(end);
    let after = rest.trim_start_matches(|c| super::digit(c).is_some());
    let digits = char_len(&rest[..rest.len() - after.len()]);
    if digits != 4 || !after.starts_with(AFTER_YEAR) {
        return None;
    }
    let n = char_len(place);
    let district = place.ends_with(['区', '县', '旗']) && is_district_heading(place);
    // `X城市` of three characters is a city's name (韩城市), longer it is
    // a kind of city (智慧城市).
    let city = place.ends_with('市')
        && (3..=5).contains(&n)
        && !COLLECTIVE_CITY_ENDINGS.iter().any(|e| place.ends_with(e))
        && !(n > 3 && place.ends_with("城市"));
    (district || city).then_some(place)
}

/// The place a name opens with right after its year (`2023年天河区教育工作要点`,
/// `2022年度某某县…`): the longest county-level name of the national list
/// that starts there. Only listed names count: what follows a year is as
/// often a topic (`2023年全区教育…`) as a place.
fn place_after_year(name: &str) -> Option<&str> {
    let after = name.trim_start_matches(|c| super::digit(c).is_some());
    if char_len(&name[..name.len() - after.len()]) != 4 {
        return None;
    }
    let rest = after.strip_prefix('年')?;
    let rest = rest.strip_prefix('度').unwrap_or(rest);
    // Not `城区学校…`: see `is_listed_district`.
    longest_listed(rest, is_listed_district)
}

/// A place a name's shape gives (an organ's prefix, a title's opening): a
/// district or county from the gazetteer's national list, which is not
/// matched in running text, with its city and province; else what the
/// name's suffix says it is.
fn named_place(name: &str) -> Jurisdiction {
    // A county-level city is a district of its prefecture (`海宁市` of
    // 嘉兴市, as `新郑市` of 郑州市), or its province's city when the province
    // governs it directly (`济源市`).
    let county_level =
        name.ends_with(['区', '县', '旗']) || places::city_level(name) == Some(Level::CountyCity);
    if county_level {
        let known = places::jurisdiction_of(name);
        if known.district.is_some() || known.city.is_some() {
            return known;
        }
    }
    place_by_suffix(name)
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
pub(super) fn place_from_title_and_text(
    title: Option<&str>,
    ends: &Ends,
    roundup: bool,
) -> Jurisdiction {
    // The opening's places, found once for both readers below.
    let opening = std::cell::OnceCell::new();
    let in_opening = || opening.get_or_init(|| places::find_places(ends.opening));
    title
        .and_then(place_in_name)
        .or_else(|| place_from_aliases(in_opening(), ends.ending))
        .or_else(|| place_from_opening(in_opening(), roundup))
        .unwrap_or_default()
}

/// The city of a nickname that the text's opening (whose places are
/// `in_opening`) and `ending` use at least twice, and more often than any
/// other nickname.
fn place_from_aliases(in_opening: &[places::Mention], ending: &str) -> Option<Jurisdiction> {
    let mentions: Vec<_> = in_opening
        .iter()
        .copied()
        .chain(places::find_places(ending))
        .filter(|m| m.form == places::Form::Alias)
        .collect();
    let city = most_named_city(&mentions)?;
    Some(places::jurisdiction_of(city))
}

/// The city the opening names most (in full, bare, by nickname or by one of
/// its districts), named at least twice and more than any other: a place
/// named once in passing (an exchange partner) is not the plan's. When more
/// than half of the city's mentions are of one district, and the text is not
/// a round-up of several, the plan is that district's. `mentions` are the
/// opening's places.
fn place_from_opening(mentions: &[places::Mention], roundup: bool) -> Option<Jurisdiction> {
    let city = most_named_city(mentions)?;
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
pub(super) fn level_of(place: &Jurisdiction) -> Option<Level> {
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

#[cfg(test)]
mod tests {
    use super::super::tests::{place, read_one};
    use super::super::Kind;
    use super::*;

    /// The place and level read from a plan of this issuer, named in its title.
    fn place_and_level(issuer: &str) -> (Jurisdiction, Option<Level>) {
        let text = format!("{issuer}2018年工作要点\n一、总体要求");
        let (m, _) = read_one(&text, &text);
        (m.jurisdiction, m.level)
    }

    #[test]
    fn places_and_levels_by_the_title() {
        use Level::*;
        let cases = [
            ("河南省教育厅", ("河南省", "", ""), Some(Province)),
            ("上海市教育委员会", ("上海市", "上海市", ""), Some(Province)),
            // 普陀区 is in 上海市 and in 舟山市: the city comes from the name.
            (
                "上海市普陀区教育局",
                ("上海市", "上海市", "普陀区"),
                Some(District),
            ),
            ("普陀区教育局", ("", "", "普陀区"), Some(District)),
            (
                "龙江县教育局",
                ("黑龙江省", "齐齐哈尔市", "龙江县"),
                Some(County),
            ),
            (
                "讷河市教育局",
                ("黑龙江省", "齐齐哈尔市", "讷河市"),
                Some(CountyCity),
            ),
            ("仙桃市教育局", ("湖北省", "仙桃市", ""), Some(CountyCity)),
            // Outside the gazetteer, by suffix only: a city may be a
            // prefecture or county-level, the name does not say.
            ("某某市教育局", ("", "某某市", ""), None),
            ("某某县教育局", ("", "", "某某县"), Some(County)),
        ];
        for (issuer, (province, city, district), level) in cases {
            let expected = (place(province, city, district), level);
            assert_eq!(place_and_level(issuer), expected, "{issuer}");
        }
    }

    #[test]
    fn place_a_title_opens_with_before_its_year() {
        let (m, _) = read_one("某某区2024年教育工作这样干\n本报讯（记者 王五）", "");
        assert_eq!(m.title.as_deref(), Some("某某区2024年教育工作这样干"));
        assert_eq!(m.jurisdiction, place("", "", "某某区"));
        assert_eq!(m.level, Some(Level::District));
        let (m, _) = read_one("某某市2024年教育工作要点\n一、总体要求", "");
        assert_eq!(m.jurisdiction, place("", "某某市", ""));
        // Collective and area words are no place; nor is a place not
        // followed by a year.
        for title in [
            "我市各区2024年教育工作要点",
            "各县市2024年教育工作要点",
            "示范区2024年教育工作要点",
            "全区2024年教育工作要点",
            "某某区教育工作要点",
            "某某区20245年教育工作要点",
            "智慧城市2024年建设方案",
        ] {
            assert_eq!(place_in_name(title), None, "{title}");
        }
        // A span of years follows as well as a year; a city's name may end
        // in `城市`.
        for (title, expected) in [
            ("某某县2023—2025年教育发展规划", place("", "", "某某县")),
            ("某城市2024年教育工作要点", place("", "某城市", "")),
        ] {
            assert_eq!(place_in_name(title), Some(expected), "{title}");
        }
        // A district the gazetteer knows gets its city; one that several
        // cities have does not.
        assert_eq!(
            place_in_name("历城区2024年教育工作这样干"),
            Some(place("山东省", "济南市", "历城区"))
        );
        let (m, _) = read_one("市中区2024年教育工作要点", "");
        assert_eq!(m.jurisdiction, place("", "", "市中区"));
        assert_eq!(m.level, Some(Level::District));
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
            "洛阳教育2024年这么干\n西工区\n今年西工区将新建学校3所。\n洛龙区\n今年洛龙区将扩大学位供给。\n示范区\n全区";
        let (m, _) = read_one(head, text);
        assert_eq!(m.districts, ["西工区", "洛龙区"]);
        assert_eq!(m.kind, Some(Kind::NewsSummary));
        assert_eq!(m.jurisdiction, place("河南省", "洛阳市", ""));
        assert_eq!(m.level, Some(Level::Prefecture));
        assert_eq!(m.title.as_deref(), Some("洛阳教育2024年这么干"));
        // District names listed in an attachment, without prose of their own,
        // make no round-up.
        let text = "金水区教育局2024年工作要点\n一、重点工作\n1.加强党建。落实责任。\n附件:联系表\n二七区\n管城回族区";
        let (m, _) = read_one(text, text);
        assert!(m.districts.is_empty());
        assert_eq!(m.kind, Some(Kind::WorkPoints));
    }

    #[test]
    fn one_district_heading_is_no_round_up() {
        let text = "金水区教育局2024年工作要点\n金水区\n一、总体要求";
        let (m, _) = read_one(text, text);
        assert!(m.districts.is_empty());
        assert_eq!(m.jurisdiction, place("河南省", "郑州市", "金水区"));
        assert_eq!(m.kind, Some(Kind::WorkPoints));
    }
}
