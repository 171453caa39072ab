//! Tests of the gazetteer and of finding places in text.

use super::*;

/// The walk of [`find_places`] done plainly: at each position, every
/// form in priority order.
fn find_places_plain(text: &str) -> Vec<Mention> {
    let index = index();
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let hit = index
            .patterns
            .iter()
            .find(|(form, entry)| text[pos..].starts_with(form) && fits(text, pos, form, entry));
        match hit {
            Some((form, entry)) => {
                found.push(Mention {
                    name: entry.name,
                    form: entry.form,
                    start: pos,
                    end: pos + form.len(),
                });
                pos += form.len();
            }
            None => pos += c.len_utf8(),
        }
    }
    found
}

#[test]
fn places_are_found_as_the_plain_walk_finds_them() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = vec![
        "郑州市郑东新区和金水区，上海闵行，泉城路，齐齐哈尔市龙沙区".to_string(),
        String::new(),
    ];
    for dir in ["data/corpus", "tests/dev/docs"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    assert!(texts.len() > 50);
    let mut mentions = 0;
    for text in &texts {
        // The opening, as the place reader searches it, and the whole.
        let opening: String = text.chars().take(3000).collect();
        for t in [&opening, text] {
            let found = find_places(t);
            assert_eq!(found, find_places_plain(t));
            mentions += found.len();
        }
    }
    assert!(mentions > 1000, "{mentions} mentions");
}

#[test]
fn every_line_of_a_gazetteer_file_is_a_comment_or_two_fields() {
    for table in [
        &PROVINCES,
        &PREFECTURES,
        &DIRECT_COUNTY_LEVEL,
        &DISTRICTS,
        &ALIASES,
    ] {
        for line in data_lines(table.text) {
            assert_eq!(line.split('\t').count(), 2, "{line:?}");
        }
    }
}

#[test]
fn counts_match_the_national_list() {
    assert_eq!(PROVINCES.len(), 34);
    assert_eq!(PREFECTURES.len(), 333);
    let cities = PREFECTURES
        .iter()
        .filter(|(c, _)| c.ends_with('市'))
        .count();
    assert_eq!(cities, 293);
    let leagues = PREFECTURES
        .iter()
        .filter(|(c, _)| c.ends_with('盟'))
        .count();
    assert_eq!(leagues, 3);
    let areas = PREFECTURES
        .iter()
        .filter(|(c, _)| c.ends_with("地区"))
        .count();
    assert_eq!(areas, 7);
    let shanghai = DISTRICTS.iter().filter(|(_, c)| *c == "上海市").count();
    assert_eq!(shanghai, 16);
}

#[test]
fn longest_county_level_name() {
    let longest = (DIRECT_COUNTY_LEVEL.iter().map(|(n, _)| n))
        .chain(counties().keys())
        .map(|n| char_len(n))
        .max();
    assert_eq!(longest, Some(LONGEST_COUNTY_LEVEL_NAME));
}

#[test]
fn the_national_list_is_read_whole_and_names_known_cities() {
    let lines = COUNTIES.lines().filter(|l| !l.starts_with('#'));
    let mut rows = 0;
    for line in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "{line}");
        let (name, city, code) = (fields[0], fields[1], fields[2]);
        assert!(
            code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
            "{line}"
        );
        assert!(
            char_len(name) >= 2 && name.chars().all(crate::text::is_han),
            "{line}"
        );
        assert!(city_level(city).is_some(), "{name}: unknown city {city}");
        assert!(district_in_city(name, city), "{line}");
        rows += 1;
    }
    // 2,850 county-level divisions in 2016, less those directly under a
    // province (listed in `DIRECT_COUNTY_LEVEL`) and those of 莱芜市.
    assert_eq!(rows, 2819);
}

#[test]
fn a_county_anywhere_has_its_city_and_province_unless_its_name_is_shared() {
    for (district, city, province) in [
        ("余杭区", "杭州市", "浙江省"),
        ("宝安区", "深圳市", "广东省"),
        ("长兴县", "湖州市", "浙江省"),
        ("双江拉祜族佤族布朗族傣族自治县", "临沧市", "云南省"),
        ("比如县", "那曲市", "西藏自治区"),
    ] {
        let j = jurisdiction_of(district);
        assert_eq!(j.city.as_deref(), Some(city), "{district}");
        assert_eq!(j.province.as_deref(), Some(province), "{district}");
    }
    // 朝阳区 is in 北京市 and in 长春市; 西湖区 in 杭州市 and in 南昌市.
    for shared in ["朝阳区", "西湖区", "城区", "市中区"] {
        assert_eq!(city_of_district(shared), None, "{shared}");
        assert!(jurisdiction_of(shared).district.is_some(), "{shared}");
    }
}

#[test]
fn every_province_named_in_the_tables_exists() {
    let known = |p: &str| PROVINCES.iter().any(|(q, _)| *q == p);
    for (city, province) in PREFECTURES.iter().chain(DIRECT_COUNTY_LEVEL.iter()) {
        assert!(known(province), "{city}: unknown province {province}");
    }
}

#[test]
fn every_city_named_in_the_tables_exists() {
    for (district, city) in DISTRICTS.iter() {
        assert!(
            city_level(city).is_some(),
            "{district}: unknown city {city}"
        );
    }
    for (alias, name) in ALIASES.iter() {
        let known = PROVINCES.iter().any(|(p, _)| p == name)
            || lookup(&PREFECTURES, name).is_some()
            || lookup(&DISTRICTS, name).is_some();
        assert!(known, "{alias}: unknown place {name}");
    }
}

#[test]
fn every_ordinary_word_is_a_form() {
    let names = || {
        PREFECTURES
            .iter()
            .chain(DIRECT_COUNTY_LEVEL.iter())
            .chain(DISTRICTS.iter())
            .map(|(n, _)| *n)
    };
    for word in ordinary_words() {
        // A form two places share (朝阳市, 朝阳区) resolves to neither.
        let generated = names().any(|n| bare_form(n) == Some(*word));
        assert!(
            generated || resolve_alias(word).is_some(),
            "{word} is not a form"
        );
    }
}

#[test]
fn no_name_is_listed_twice_in_one_table() {
    let mut names: Vec<&str> = PREFECTURES
        .iter()
        .chain(DIRECT_COUNTY_LEVEL.iter())
        .map(|(n, _)| *n)
        .collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before);
}

#[test]
fn provinces_and_levels() {
    assert_eq!(province_of_city("济源市"), Some("河南省"));
    assert_eq!(province_of_city("郑州市"), Some("河南省"));
    assert_eq!(province_of_city("齐齐哈尔市"), Some("黑龙江省"));
    assert_eq!(province_of_city("上海市"), Some("上海市"));
    assert_eq!(province_of_city("石河子市"), Some("新疆维吾尔自治区"));
    assert_eq!(province_of_city("讷河市"), Some("黑龙江省"));
    assert_eq!(province_of_city("某某市"), None);
    assert_eq!(city_level("济源市"), Some(Level::CountyCity));
    assert_eq!(city_level("郑州市"), Some(Level::Prefecture));
    assert_eq!(city_level("齐齐哈尔市"), Some(Level::Prefecture));
    assert_eq!(city_level("上海市"), Some(Level::Province));
    assert_eq!(city_level("巩义市"), Some(Level::CountyCity));
    assert_eq!(city_level("某某市"), None);
}

#[test]
fn districts_resolve_only_when_unique() {
    assert_eq!(city_of_district("闵行区"), Some("上海市"));
    assert_eq!(city_of_district("金水区"), Some("郑州市"));
    assert_eq!(city_of_district("建华区"), Some("齐齐哈尔市"));
    assert_eq!(city_of_district("普陀区"), None);
    assert_eq!(city_of_district("历城区"), Some("济南市"));
    // 市中区 is in 济南市, 枣庄市, 乐山市 and 内江市.
    assert_eq!(city_of_district("市中区"), None);
    assert!(district_in_city("市中区", "济南市"));
    assert_eq!(resolve_alias("市中"), None);
    assert!(find_places("全市中小学").is_empty());
    assert!(district_in_city("普陀区", "上海市"));
    assert_eq!(district_level("讷河市"), Some(Level::CountyCity));
    assert_eq!(district_level("富裕县"), Some(Level::County));
    assert_eq!(district_level("闵行区"), Some(Level::District));
}

#[test]
fn aliases_and_bare_forms() {
    assert_eq!(resolve_alias("鹤城"), Some("齐齐哈尔市"));
    assert_eq!(resolve_alias("沪"), Some("上海市"));
    assert_eq!(resolve_alias("穗"), Some("广州市"));
    assert_eq!(resolve_alias("郑州"), Some("郑州市"));
    assert_eq!(resolve_alias("闵行"), Some("闵行区"));
    assert_eq!(resolve_alias("济源"), Some("济源市"));
    assert_eq!(resolve_alias("郑州市"), Some("郑州市"));
    // Province wins over the city of the same bare name.
    assert_eq!(resolve_alias("吉林"), Some("吉林省"));
    assert_eq!(resolve_alias("海南"), Some("海南省"));
    // 甘南县 and 甘南藏族自治州: the bare form is ambiguous.
    assert_eq!(resolve_alias("甘南"), None);
    assert_eq!(resolve_alias("东北"), None);
}

#[test]
fn finds_longest_names_without_overlap() {
    let found = find_places("上海市闵行区和郑州的学校");
    let names: Vec<_> = found.iter().map(|m| (m.name, m.form)).collect();
    assert_eq!(
        names,
        [
            ("上海市", Form::Full),
            ("闵行区", Form::Full),
            ("郑州市", Form::Bare)
        ]
    );
    assert_eq!(
        &"上海市闵行区和郑州的学校"[found[2].start..found[2].end],
        "郑州"
    );
}

#[test]
fn skips_short_forms_ordinary_words_and_heads_of_other_names() {
    assert!(find_places("沪苏合作").is_empty());
    assert!(find_places("绿水青山就是金山银山").is_empty());
    assert!(find_places("住在泉城路").is_empty());
    assert!(find_places("沿江城市带,卫星城市").is_empty());
    assert_eq!(find_places("办好鹤城教育")[0].name, "齐齐哈尔市");
    assert!(find_places("东北地区西北部").is_empty());
}

#[test]
fn jurisdictions_fill_from_the_gazetteer() {
    let j = jurisdiction_of("闵行区");
    assert_eq!(j.province.as_deref(), Some("上海市"));
    assert_eq!(j.city.as_deref(), Some("上海市"));
    assert_eq!(j.district.as_deref(), Some("闵行区"));
    let j = jurisdiction_of("济源市");
    assert_eq!(j.city.as_deref(), Some("济源市"));
    assert_eq!(j.province.as_deref(), Some("河南省"));
    let j = jurisdiction_of("河南省");
    assert_eq!(j.city, None);
    assert_eq!(jurisdiction_of("东北"), Jurisdiction::default());
}
