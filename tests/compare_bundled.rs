//! Facts about the bundled plans that a reader can check in their text.

use eduplans::code::Coder;
use eduplans::compare::{By, Comparison, Options, ThemeLevel};
use eduplans::corpus;
use eduplans::CodedPlan;

fn coded() -> Vec<CodedPlan> {
    let coder = Coder::reference();
    corpus::plans()
        .unwrap()
        .iter()
        .map(|p| coder.code(p))
        .collect()
}

fn covered(c: &Comparison, unit: &str, category: &str) -> bool {
    c.coverage
        .iter()
        .any(|x| x.unit == unit && x.category == category && x.items > 0)
}

#[test]
fn football_party_building_and_internationalisation() {
    let plans = coded();
    let c = Comparison::new(Coder::reference(), &plans, &Options::default()).unwrap();
    for unit in ["zhengzhou-2016", "jiyuan-2018", "zhengzhou-2024"] {
        assert!(
            covered(&c, unit, "football"),
            "{unit} covers campus football"
        );
    }
    for unit in [
        "zhengzhou-2016",
        "jiyuan-2018",
        "qiqihar-2022",
        "zhengzhou-2024",
    ] {
        assert!(
            covered(&c, unit, "party_building"),
            "{unit} has a 党建 item"
        );
    }
    assert!(
        !covered(&c, "minhang-2017", "party_building"),
        "Minhang 2017 has no 党建 item"
    );
    let gaps = |unit: &str| {
        c.gaps_of(unit)
            .map(|g| g.category.clone())
            .collect::<Vec<_>>()
    };
    assert!(
        gaps("minhang-2017").contains(&"party_building".to_string()),
        "{:?}",
        gaps("minhang-2017")
    );
    assert!(
        gaps("qiqihar-2022").contains(&"internationalization".to_string()),
        "{:?}",
        gaps("qiqihar-2022")
    );
    let g = c
        .gaps_of("minhang-2017")
        .find(|g| g.category == "party_building")
        .unwrap();
    assert_eq!((g.peers_covering, g.peers), (4, 4));
    assert!(g.example.is_some());
    // Every unit is labelled with its jurisdiction.
    assert_eq!(c.unit_label("qiqihar-2022"), "qiqihar-2022 齐齐哈尔市");
    // Coverage lists every theme of the schema for every unit.
    assert_eq!(c.coverage.len(), 5 * 42);
}

#[test]
fn cities_districts_and_levels() {
    let plans = coded();
    let coder = Coder::reference();
    let by_city = Comparison::new(coder, &plans, &Options::default().by(By::City)).unwrap();
    let ids: Vec<&str> = by_city.units.iter().map(|u| u.id.as_str()).collect();
    // Minhang's plan speaks for one district of Shanghai, and says so.
    assert_eq!(ids, ["郑州市", "济源市", "齐齐哈尔市", "上海市 (闵行区)"]);
    assert_eq!(by_city.units[0].plans, ["zhengzhou-2016", "zhengzhou-2024"]);
    let by_district = Comparison::new(coder, &plans, &Options::default().by(By::District)).unwrap();
    assert_eq!(by_district.units.len(), 4 + 4);
    assert!(by_district.units.iter().any(|u| u.id == "minhang-2017"));
    assert!(by_district
        .units
        .iter()
        .any(|u| u.id == "zhengzhou-2024#金水区" && u.jurisdiction == "郑州市金水区"));
    let parents =
        Comparison::new(coder, &plans, &Options::default().level(ThemeLevel::Parent)).unwrap();
    assert!(parents.categories.iter().all(|c| c.id != "football"));
    assert!(covered(&parents, "zhengzhou-2016", "physical_education"));
    let domains =
        Comparison::new(coder, &plans, &Options::default().level(ThemeLevel::Domain)).unwrap();
    assert_eq!(domains.categories.len(), 8);
}

#[test]
fn same_input_same_json() {
    let plans = coded();
    let a = serde_json::to_string(
        &Comparison::new(Coder::reference(), &plans, &Options::default()).unwrap(),
    )
    .unwrap();
    let b = serde_json::to_string(
        &Comparison::new(Coder::reference(), &coded(), &Options::default()).unwrap(),
    )
    .unwrap();
    assert_eq!(a, b);
}

#[test]
fn an_unknown_unit_gets_a_suggestion() {
    let plans = coded();
    let options = Options::default().against("jiyuan-2019");
    let err = Comparison::new(Coder::reference(), &plans, &options).unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with("jiyuan-2019: no plan or unit of that id in the comparison; did you mean `jiyuan-2018`?"),
        "{message}"
    );
}

/// A pair of items found under several themes is one row of the aligned
/// table, with all its themes.
#[test]
fn an_aligned_pair_is_shown_once() {
    let plans = coded();
    let c = Comparison::new(Coder::reference(), &plans, &Options::default()).unwrap();
    let tables = eduplans::report::tables(&c, &[eduplans::report::Part::Aligned]);
    let rows = &tables[0].rows;
    let pairs: std::collections::BTreeSet<(String, String)> =
        rows.iter().map(|r| (r[2].text(3), r[3].text(3))).collect();
    assert_eq!(pairs.len(), rows.len());
    // Some pair shares several themes: the bundled plans have such pairs.
    assert!(rows.iter().any(|r| r[0].text(3).contains(' ')));
    let found: usize = c.aligned.iter().map(|a| a.pairs.len()).sum();
    assert!(rows.len() < found);
}
