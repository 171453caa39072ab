//! The comparison on hand-made plans whose overlaps, gaps and similarity are
//! known exactly.

use eduplans::code::Coder;
use eduplans::compare::{Comparison, Options};
use eduplans::CodedPlan;
use eduplans::{ingest, outline, Error};

fn code(id: &str, text: &str) -> CodedPlan {
    let doc = ingest::from_text(id, text).expect("ingest");
    Coder::reference().code(&outline::plan(&doc))
}

/// A and B share three themes (党建, 足球, 信息化); A also covers 学前教育,
/// which B lacks; C covers only 党建 and 学前教育.
fn plans() -> Vec<CodedPlan> {
    vec![
        code("a", "一、重点工作\n1.加强基层党建。落实三会一课。\n2.推进校园足球。创建足球特色学校10所。\n3.推进智慧校园建设。建设教育专网。\n4.扩大学前教育资源。普惠性幼儿园覆盖率达到85%。"),
        code("b", "一、重点工作\n1.加强基层党建。落实三会一课。\n2.推进校园足球。开展足球联赛。\n3.推进智慧校园建设。完善云平台。"),
        code("c", "一、重点工作\n1.加强基层党建。落实三会一课。\n2.扩大学前教育资源。普惠性幼儿园覆盖率达到90%。"),
    ]
}

fn themes(c: &Comparison, unit: &str) -> Vec<String> {
    c.coverage
        .iter()
        .filter(|x| x.unit == unit && x.items > 0)
        .map(|x| x.category.clone())
        .collect()
}

#[test]
fn coverage_overlaps_and_gaps_are_exact() {
    let c = Comparison::new(Coder::reference(), &plans(), &Options::default()).unwrap();
    assert_eq!(
        themes(&c, "a"),
        ["party_building", "ict", "preschool", "football"]
    );
    assert_eq!(themes(&c, "b"), ["party_building", "ict", "football"]);
    assert_eq!(themes(&c, "c"), ["party_building", "preschool"]);
    assert_eq!(c.overlaps.shared_by_all, ["party_building"]);
    let rows: Vec<(Vec<&str>, Vec<&str>, usize)> = c
        .overlaps
        .intersections
        .iter()
        .map(|i| {
            (
                i.units.iter().map(String::as_str).collect(),
                i.categories.iter().map(String::as_str).collect(),
                i.inclusive,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (vec!["a", "b"], vec!["ict", "football"], 3),
            (vec!["a", "b", "c"], vec!["party_building"], 1),
            (vec!["a", "c"], vec!["preschool"], 2),
        ]
    );
    // Gaps at the default share (half the peers): B lacks preschool (A and C
    // have it); C lacks ict and football (A and B have them); A lacks nothing.
    let gaps: Vec<(&str, &str)> = c
        .gaps
        .iter()
        .map(|g| (g.unit.as_str(), g.category.as_str()))
        .collect();
    assert_eq!(gaps, [("b", "preschool"), ("c", "ict"), ("c", "football")]);
    let example = c.gaps[0].example.as_ref().unwrap();
    assert_eq!((example.plan.as_str(), example.path.as_str()), ("a", "1/4"));
    // With all peers required, C's gaps stay (both peers) and B's too.
    let strict = Comparison::new(
        Coder::reference(),
        &plans(),
        &Options::default().gap_share(1.0),
    )
    .unwrap();
    assert_eq!(strict.gaps.len(), 3);
}

#[test]
fn similarity_is_exact_on_theme_sets() {
    let c = Comparison::new(Coder::reference(), &plans(), &Options::default()).unwrap();
    let j = &c.similarity.jaccard;
    assert_eq!(j[0][1], 3.0 / 4.0);
    assert_eq!(j[0][2], 2.0 / 4.0);
    assert_eq!(j[1][2], 1.0 / 4.0);
    assert_eq!(j[0][0], 1.0);
    for m in [&c.similarity.theme_cosine, &c.similarity.word_cosine] {
        for (a, row) in m.iter().enumerate() {
            assert!((row[a] - 1.0).abs() < 1e-9);
            for (b, value) in row.iter().enumerate() {
                assert!((value - m[b][a]).abs() < 1e-12);
            }
        }
    }
    assert!(c.similarity.word_cosine[0][1] > c.similarity.word_cosine[1][2]);
}

#[test]
fn one_plan_or_twice_the_same_id_is_refused() {
    let one = Comparison::new(Coder::reference(), &plans()[..1], &Options::default()).unwrap_err();
    assert!(matches!(one, Error::TooFewPlans { found: 1 }), "{one}");
    let mut twice = plans();
    twice[1].id = "a".into();
    let err = Comparison::new(Coder::reference(), &twice, &Options::default()).unwrap_err();
    assert!(
        matches!(err, Error::DuplicatePlan { .. }) && err.to_string().contains("a"),
        "{err}"
    );
}

#[test]
fn shared_phrases_and_targets_side_by_side() {
    let c = Comparison::new(Coder::reference(), &plans(), &Options::default()).unwrap();
    let phrase = c
        .phrases
        .iter()
        .find(|p| p.phrase.contains("扩大学前教育资源"))
        .expect("shared phrase");
    let users: Vec<&str> = phrase.uses.iter().map(|u| u.plan.as_str()).collect();
    assert_eq!(users, ["a", "c"]);
    let preschool: Vec<(&str, f64)> = c
        .targets
        .iter()
        .filter(|r| r.category == "preschool")
        .map(|r| (r.unit.as_str(), r.target.value))
        .collect();
    assert_eq!(preschool, [("a", 85.0), ("c", 90.0)]);
}

#[test]
fn a_city_unit_keeps_the_earliest_known_year() {
    use eduplans::compare::By;
    use eduplans::ingest::{Ingest, Jurisdiction, Meta, Period};
    let with = |id: &str, city: &str, year: Option<u16>| {
        let meta = Meta {
            jurisdiction: Jurisdiction {
                city: Some(city.into()),
                ..Default::default()
            },
            period: year.map(Period::year),
            ..Default::default()
        };
        let doc = Ingest::new()
            .id(id)
            .meta(meta)
            .text("1.加强党建。落实三会一课。")
            .expect("ingest");
        Coder::reference().code(&outline::plan(&doc))
    };
    let plans = [
        with("x1", "甲市", Some(2016)),
        with("x2", "甲市", None),
        with("y", "乙市", None),
    ];
    let c = Comparison::new(Coder::reference(), &plans, &Options::default().by(By::City)).unwrap();
    assert_eq!(c.units[0].year, Some(2016));
    assert_eq!(c.units[0].plans, ["x1", "x2"]);
}

/// Sixty plans, each of three of eight points and a place of its own, with
/// a word that every fifth plan shares.
fn many_plans() -> Vec<CodedPlan> {
    let points = [
        "加强基层党建。落实三会一课。",
        "推进校园足球。创建足球特色学校。",
        "推进智慧校园建设。建设教育专网。",
        "扩大学前教育资源。新建公办幼儿园。",
        "加强师德师风建设。开展师德专题教育。",
        "推进集团化办学。组建教育集团。",
        "加强校园安全。开展安全隐患排查。",
        "推进劳动教育。建设劳动实践基地。",
    ];
    let places = ["东湖", "西岭", "南山", "北塘", "青石", "白沙"];
    let groups = ["春晖", "启明", "育才", "明德", "博雅"];
    (0..60)
        .map(|i| {
            let text = format!(
                "一、重点工作\n1.{}{}片区{}工程。\n2.{}\n3.{}",
                places[i % places.len()],
                groups[i % groups.len()],
                points[i % 8],
                points[(i / 8 + i) % 8],
                points[(i * 3 + 1) % 8],
            );
            code(&format!("p{i:02}"), &text)
        })
        .collect()
}

#[test]
fn beyond_fifty_units_similarity_lists_nearest_neighbours() {
    let plans = many_plans();
    let near = Comparison::new(Coder::reference(), &plans, &Options::default()).unwrap();
    let full = Comparison::new(
        Coder::reference(),
        &plans,
        &Options::default().full_similarity(true),
    )
    .unwrap();
    let s = &near.similarity;
    assert!(s.jaccard.is_empty() && s.word_cosine.is_empty());
    assert_eq!(full.similarity.word_cosine.len(), 60);
    assert!(full.similarity.neighbours.is_empty());
    let index = |id: &str| s.units.iter().position(|u| u == id).unwrap();
    let mut nearest_right = 0;
    for (a, unit) in s.units.iter().enumerate() {
        let mine: Vec<_> = s.neighbours.iter().filter(|n| &n.unit == unit).collect();
        assert!(
            !mine.is_empty() && mine.len() <= Options::default().top,
            "{unit}"
        );
        for (r, n) in mine.iter().enumerate() {
            let b = index(&n.neighbour);
            assert_eq!(n.rank, r + 1);
            assert_ne!(a, b);
            // Each pair's measures are the matrices' exactly.
            assert_eq!(n.word_cosine, full.similarity.word_cosine[a][b]);
            assert_eq!(n.theme_cosine, full.similarity.theme_cosine[a][b]);
            assert_eq!(n.jaccard, full.similarity.jaccard[a][b]);
        }
        let row = &full.similarity.word_cosine[a];
        let best = (0..60)
            .filter(|&b| b != a)
            .map(|b| row[b])
            .fold(0.0, f64::max);
        nearest_right += usize::from(mine[0].word_cosine == best);
    }
    println!("nearest neighbour exact for {nearest_right} of 60 units");
    assert!(nearest_right >= 59, "{nearest_right}");
}
