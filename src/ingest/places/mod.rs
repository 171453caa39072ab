//! A gazetteer of Chinese administrative divisions, for reading where a plan
//! applies.
//!
//! The data is the national list of administrative divisions (民政部
//! 《中华人民共和国行政区划简册》/ the statistical division codes) as of 2023,
//! written down from knowledge: all 34 provincial-level divisions, all 333
//! prefecture-level divisions (293 cities, 7 地区, 30 自治州, 3 盟) with their
//! province, the county-level units directly under a province (济源市, 仙桃市,
//! the counties of Hainan, the cities of the Xinjiang Production and
//! Construction Corps), and the districts and counties of the cities whose
//! plans are bundled (郑州市, 齐齐哈尔市), of 济南市 and of the four
//! municipalities.
//!
//! It is a lookup, not a guess: a name maps to a place only when the list
//! holds exactly one place of that name. A district name that several cities
//! share (普陀区 is in 上海市 and in 舟山市) has no city here, so the city must
//! come from the text.
//!
//! Besides full names (`郑州市`) the gazetteer knows bare forms (`郑州`,
//! `闵行`) and nicknames (`鹤城` → `齐齐哈尔市`). In running text a bare form
//! or nickname is matched only when it is at least two characters long, is not
//! an ordinary word (`金山`, `大庆`, `朝阳`), and is not the head of another
//! name (`江城区`, `泉城路`, `商都县`).

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::division::{Jurisdiction, Level};
use crate::text::{char_len, BmpSet};

/// A table of the gazetteer, read from its file in `data/gazetteer/` on
/// first use: a name and a value a line, separated by a tab; lines opening
/// with `#` say what the table holds and where it comes from.
struct GazetteerTable {
    text: &'static str,
    rows: OnceLock<Vec<(&'static str, &'static str)>>,
}

impl GazetteerTable {
    const fn new(text: &'static str) -> GazetteerTable {
        GazetteerTable {
            text,
            rows: OnceLock::new(),
        }
    }
}

impl std::ops::Deref for GazetteerTable {
    type Target = [(&'static str, &'static str)];

    fn deref(&self) -> &Self::Target {
        self.rows.get_or_init(|| {
            (data_lines(self.text))
                .filter_map(|l| l.split_once('\t'))
                .collect()
        })
    }
}

/// Provincial-level divisions: full name and bare form.
static PROVINCES: GazetteerTable =
    GazetteerTable::new(include_str!("../../../data/gazetteer/provinces.tsv"));

/// The municipalities directly under the centre: province-level cities.
const MUNICIPALITIES: &[&str] = &["北京市", "天津市", "上海市", "重庆市"];

/// Prefecture-level divisions (地级市, 地区, 自治州, 盟) and their province.
static PREFECTURES: GazetteerTable =
    GazetteerTable::new(include_str!("../../../data/gazetteer/prefectures.tsv"));

/// County-level units directly under a province, with no prefecture above
/// them: county-level cities (`市`), counties (`县`) and 神农架林区.
static DIRECT_COUNTY_LEVEL: GazetteerTable = GazetteerTable::new(include_str!(
    "../../../data/gazetteer/direct-county-level.tsv"
));

/// Districts, counties and county-level cities inside a city, and the city,
/// as they are now: with [`COUNTIES`], the national list of 2016, they make
/// the county-level gazetteer ([`counties`]).
///
/// Complete for 郑州市, 齐齐哈尔市, 济南市 and the four municipalities, with their
/// functional zones and the names changed since 2016. A name listed with two
/// cities, here or in [`COUNTIES`], is ambiguous, and resolves to no city.
static DISTRICTS: GazetteerTable =
    GazetteerTable::new(include_str!("../../../data/gazetteer/districts.tsv"));

/// The national list of county-level divisions: name, city and code, a line
/// each (GB/T 2260, revision 2016-07; the file's header says where from).
const COUNTIES: &str = include_str!("../../../data/counties.tsv");

/// The length in characters of the longest county-level name in
/// [`DIRECT_COUNTY_LEVEL`], [`DISTRICTS`] and [`COUNTIES`]
/// (`积石山保安族东乡族撒拉族自治县`): no district heading is longer.
pub(crate) const LONGEST_COUNTY_LEVEL_NAME: usize = 15;

/// Nicknames, short forms and official one-character abbreviations, with the
/// full name they stand for.
///
/// 绿城 is also a name of 南宁市; it is listed for 郑州市, as the plans of
/// Henan use it, and 邕城 is listed for 南宁市.
static ALIASES: GazetteerTable =
    GazetteerTable::new(include_str!("../../../data/gazetteer/aliases.tsv"));

/// Bare forms and nicknames that are also ordinary words, or that name
/// something else as often as the place (a river, a mountain, a person's
/// given name). They resolve with [`resolve_alias`] but are not matched in
/// running text.
static ORDINARY_WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();

/// The lines of a gazetteer file that hold data: not empty, not a `#`
/// comment.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The words of [`ORDINARY_WORDS`], read from their file on first use.
fn ordinary_words() -> &'static [&'static str] {
    ORDINARY_WORDS.get_or_init(|| {
        data_lines(include_str!("../../../data/gazetteer/ordinary-words.txt")).collect()
    })
}

/// Bare forms that the gazetteer would give one place but that name another
/// place outside it as well: 甘南 is 甘南县 and 甘南藏族自治州.
const SHARED_BARE_FORMS: &[&str] = &["甘南"];

/// Characters that, right after a bare form or nickname, make it the head of
/// another name: a street (`泉城路`), a place of another kind (`江城区`,
/// `商都县`), or a body of water.
const NAME_HEADS: &[char] = &[
    '市', '区', '县', '州', '镇', '乡', '村', '路', '街', '省', '盟', '旗', '道', '巷', '湾', '江',
    '河', '湖',
];

/// How a name was written in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// The full official name (`郑州市`).
    Full,
    /// The name without its suffix (`郑州`).
    Bare,
    /// A nickname or short form (`鹤城`).
    Alias,
}

/// A place named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The full name of the place.
    pub name: &'static str,
    /// How the text wrote it.
    pub form: Form,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
}

/// The province of a city (prefecture-level or county-level) or
/// municipality; a municipality is its own province.
pub(crate) fn province_of_city(city: &str) -> Option<&'static str> {
    if let Some(m) = MUNICIPALITIES.iter().find(|m| **m == city) {
        return Some(m);
    }
    prefecture_province(city)
        .or_else(|| lookup(&DIRECT_COUNTY_LEVEL, city))
        .or_else(|| city_of_district(city).and_then(province_of_city))
}

/// The level of a city: [`Level::Province`] for a municipality,
/// [`Level::Prefecture`] for a prefecture-level division,
/// [`Level::CountyCity`] for a county-level city.
pub(crate) fn city_level(city: &str) -> Option<Level> {
    if MUNICIPALITIES.contains(&city) {
        Some(Level::Province)
    } else if prefecture_province(city).is_some() {
        Some(Level::Prefecture)
    } else if known_county_level(city) && city.ends_with('市') {
        Some(Level::CountyCity)
    } else {
        None
    }
}

/// The city a district, county or county-level city belongs to, when the
/// gazetteer knows exactly one.
pub(crate) fn city_of_district(district: &str) -> Option<&'static str> {
    match counties().get(district)?.as_slice() {
        [city] => Some(city),
        _ => None,
    }
}

/// Whether the gazetteer lists `district` inside `city`.
pub(crate) fn district_in_city(district: &str, city: &str) -> bool {
    counties()
        .get(district)
        .is_some_and(|cities| cities.contains(&city))
}

/// Every county-level name of [`DISTRICTS`] and [`COUNTIES`], with the cities
/// that have a place of that name, each once, in list order.
fn counties() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static COUNTIES_BY_NAME: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    COUNTIES_BY_NAME.get_or_init(|| {
        let national = COUNTIES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                Some((fields.next()?, fields.next()?))
            });
        let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for (name, city) in DISTRICTS.iter().copied().chain(national) {
            let cities = map.entry(name).or_default();
            if !cities.contains(&city) {
                cities.push(city);
            }
        }
        map
    })
}

/// The full name for a nickname, short form, bare form or full name:
/// `鹤城` → `齐齐哈尔市`, `沪` → `上海市`, `郑州` → `郑州市`, `闵行` → `闵行区`.
pub(crate) fn resolve_alias(name: &str) -> Option<&'static str> {
    index().forms.get(name.trim()).map(|e| e.name)
}

/// Every place named in `text`, in order, without overlaps.
///
/// At each position the longest known form wins, so `上海` inside `上海市`
/// is one mention of the full name. Bare forms and nicknames shorter than
/// two characters, ordinary words, and forms that head another name
/// (`泉城路`) are not matched.
pub(crate) fn find_places(text: &str) -> Vec<Mention> {
    let index = index();
    // Every form found at every position, then the walk the doc comment
    // describes over them: at a position, forms are tried longest first.
    let mut hits: Vec<(usize, usize)> = index
        .matcher
        .find_overlapping_iter(text)
        .map(|m| (m.start(), m.pattern().as_usize()))
        .collect();
    hits.sort_unstable();
    let mut found = Vec::new();
    let mut pos = 0;
    for at in hits.chunk_by(|a, b| a.0 == b.0) {
        let start = at[0].0;
        if start < pos {
            continue;
        }
        let hit = at
            .iter()
            .map(|&(_, p)| &index.patterns[p])
            .find(|(form, entry)| fits(text, start, form, entry));
        if let Some((form, entry)) = hit {
            found.push(Mention {
                name: entry.name,
                form: entry.form,
                start,
                end: start + form.len(),
            });
            pos = start + form.len();
        }
    }
    found
}

/// Province, city and district of a place given by its full name, filled
/// from the gazetteer. A municipality is both province and city.
pub(crate) fn jurisdiction_of(name: &str) -> Jurisdiction {
    let owned = |s: &str| Some(s.to_string());
    if MUNICIPALITIES.contains(&name) {
        return Jurisdiction {
            province: owned(name),
            city: owned(name),
            district: None,
        };
    }
    if PROVINCES.iter().any(|(p, _)| *p == name) {
        return Jurisdiction {
            province: owned(name),
            ..Jurisdiction::default()
        };
    }
    if prefecture_province(name).is_some() || is_direct_city(name) {
        return Jurisdiction {
            province: province_of_city(name).map(String::from),
            city: owned(name),
            district: None,
        };
    }
    if let Some(province) = lookup(&DIRECT_COUNTY_LEVEL, name) {
        // A county directly under a province (Hainan) has no city.
        return Jurisdiction {
            province: owned(province),
            city: None,
            district: owned(name),
        };
    }
    if counties().contains_key(name) {
        let city = city_of_district(name);
        return Jurisdiction {
            province: city.and_then(province_of_city).map(String::from),
            city: city.map(String::from),
            district: owned(name),
        };
    }
    Jurisdiction::default()
}

/// The level of a district, county or county-level city the gazetteer knows.
pub(crate) fn district_level(name: &str) -> Option<Level> {
    if !known_county_level(name) {
        return None;
    }
    Some(level_by_suffix(name))
}

/// The level a county-level name's suffix says: `市` a county-level city,
/// `县` or `旗` a county, `林区` a county-level forestry district, else a
/// district.
pub(crate) fn level_by_suffix(name: &str) -> Level {
    if name.ends_with('市') {
        Level::CountyCity
    } else if name.ends_with('县') || name.ends_with('旗') || name.ends_with("林区") {
        Level::County
    } else {
        Level::District
    }
}

fn known_county_level(name: &str) -> bool {
    lookup(&DIRECT_COUNTY_LEVEL, name).is_some() || counties().contains_key(name)
}

fn is_direct_city(name: &str) -> bool {
    name.ends_with('市') && lookup(&DIRECT_COUNTY_LEVEL, name).is_some()
}

/// The province of a prefecture-level division, from [`PREFECTURES`] by
/// hash: a name is looked up several times for each place a plan names, and
/// a walk of the list compared it with some 330 names.
fn prefecture_province(name: &str) -> Option<&'static str> {
    static BY_NAME: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut map = HashMap::new();
        for &(city, province) in PREFECTURES.iter() {
            map.entry(city).or_insert(province); // the first, as a walk finds
        }
        map
    });
    by_name.get(name).copied()
}

/// Whether `name` ends in a character that some county-level name of the
/// gazetteer ends in: a test that spares most lookups of the prefixes of a
/// title (`闵`, `闵行`, `闵行区`, `闵行区教`…), which end in no such character.
pub(crate) fn may_be_county_level(name: &str) -> bool {
    static LAST: OnceLock<BmpSet> = OnceLock::new();
    let last = LAST.get_or_init(|| {
        let mut set = BmpSet::new();
        let names = counties()
            .keys()
            .chain(DIRECT_COUNTY_LEVEL.iter().map(|(n, _)| n));
        for c in names.filter_map(|n| n.chars().next_back()) {
            set.insert(c);
        }
        set
    });
    // The set holds no character past U+FFFF: such an ending is looked up.
    name.chars()
        .next_back()
        .is_some_and(|c| u32::from(c) > 0xFFFF || last.contains(c))
}

fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Whether a bare form or nickname at `pos` stands for the place: it is not
/// the head of another name, nor the tail of a county-level name the
/// national list holds (`乌市`, 乌鲁木齐, in `义乌市`). Full names always
/// stand for the place.
fn fits(text: &str, pos: usize, form: &str, entry: &Entry) -> bool {
    if entry.form == Form::Full {
        return true;
    }
    let end = pos + form.len();
    let next = text[end..].chars().next();
    if next.is_some_and(|c| NAME_HEADS.contains(&c)) {
        return false;
    }
    let longest = LONGEST_COUNTY_LEVEL_NAME.saturating_sub(char_len(form));
    let tail_of = |(i, _): (usize, char)| known_county_level(&text[i..end]);
    !text[..pos].char_indices().rev().take(longest).any(tail_of)
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    name: &'static str,
    form: Form,
    /// Generated bare forms give way to every other entry.
    generated: bool,
}

struct Index {
    /// Every form, for [`resolve_alias`].
    forms: HashMap<&'static str, Entry>,
    /// Forms matched in running text, longest first (ties by text), and
    /// their automaton, whose pattern ids index `patterns`.
    patterns: Vec<(&'static str, Entry)>,
    matcher: AhoCorasick,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
}

impl Index {
    fn build() -> Index {
        let mut forms: HashMap<&'static str, Entry> = HashMap::new();
        let mut clashes: Vec<&'static str> = Vec::new();
        let full_names = PROVINCES
            .iter()
            .map(|(p, _)| *p)
            .chain(PREFECTURES.iter().map(|(c, _)| *c))
            .chain(DIRECT_COUNTY_LEVEL.iter().map(|(c, _)| *c))
            .chain(DISTRICTS.iter().map(|(d, _)| *d));
        for name in full_names {
            forms.entry(name).or_insert(Entry {
                name,
                form: Form::Full,
                generated: false,
            });
        }
        let explicit = ALIASES
            .iter()
            .map(|(a, n)| (*a, *n, Form::Alias))
            .chain(PROVINCES.iter().map(|(p, b)| (*b, *p, Form::Bare)));
        for (form_text, name, form) in explicit {
            forms.entry(form_text).or_insert(Entry {
                name,
                form,
                generated: false,
            });
        }
        let generated = PREFECTURES
            .iter()
            .map(|(c, _)| *c)
            .chain(DIRECT_COUNTY_LEVEL.iter().map(|(c, _)| *c))
            .chain(DISTRICTS.iter().map(|(d, _)| *d))
            .filter_map(|name| bare_form(name).map(|b| (b, name)));
        for (bare, name) in generated {
            match forms.get(bare) {
                None => {
                    forms.insert(
                        bare,
                        Entry {
                            name,
                            form: Form::Bare,
                            generated: true,
                        },
                    );
                }
                // Two places with the same bare form: neither gets it.
                Some(e) if e.generated && e.name != name => clashes.push(bare),
                Some(_) => {}
            }
        }
        clashes.extend(SHARED_BARE_FORMS);
        for bare in clashes {
            forms.remove(bare);
        }
        let mut patterns: Vec<(&'static str, Entry)> = forms
            .iter()
            .filter(|(form_text, entry)| {
                entry.form == Form::Full
                    || (char_len(form_text) >= 2 && !ordinary_words().contains(*form_text))
            })
            .map(|(form_text, entry)| (*form_text, *entry))
            .collect();
        patterns.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        // A DFA: a few MB built once, then the fastest search of the opening
        // and ending that every plan's place is read from.
        let matcher = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(patterns.iter().map(|(form, _)| form))
            .expect("the gazetteer's forms make an automaton");
        Index {
            forms,
            patterns,
            matcher,
        }
    }
}

/// The name without its suffix (`郑州市` → `郑州`, `闵行区` → `闵行`), when
/// what is left is at least two characters and not an ethnic compound.
fn bare_form(name: &'static str) -> Option<&'static str> {
    const SUFFIXES: &[&str] = &["地区", "新区", "林区", "市", "区", "县", "盟", "旗"];
    // Ethnic names (管城回族区), functional zones named after their city
    // (郑州高新区) and 市中区 (`市中` is no name: `城市中`, `全市中小学`)
    // have no bare form of their own.
    const NO_BARE: &[&str] = &["族", "自治", "高新区", "经开区", "港区", "市中区"];
    if NO_BARE.iter().any(|n| name.contains(n)) {
        return None;
    }
    let bare = SUFFIXES.iter().find_map(|s| name.strip_suffix(s))?;
    (char_len(bare) >= 2).then_some(bare)
}

#[cfg(test)]
mod tests;
