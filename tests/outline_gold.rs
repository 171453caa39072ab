//! The outline against the gold items of the bundled plans: anchors inside
//! items, items starting where gold items start, item counts.

mod common;

use common::{anchor_body, gold_items, match_item, squash};
use eduplans::corpus;

/// A gold item counts as starting with its item when its anchor stands within
/// this many characters of the item's start.
const START_WINDOW: usize = 30;

#[test]
fn every_gold_anchor_survives_cleaning() {
    for id in corpus::ids() {
        let doc = corpus::document(id).unwrap();
        let text = squash(&doc.text);
        for g in gold_items(id) {
            assert!(
                text.contains(&squash(&g.anchor)),
                "{id} {}: anchor {:?} lost by the cleaner",
                g.path,
                g.anchor
            );
        }
    }
}

#[test]
fn items_match_gold() {
    let (mut anchors, mut inside, mut starts) = (0usize, 0usize, 0usize);
    let mut counts_ok = true;
    for id in corpus::ids() {
        let doc = corpus::document(id).unwrap();
        let plan = eduplans::outline::plan(&doc);
        let gold = gold_items(id);
        let (mut p_inside, mut p_starts) = (0, 0);
        for g in &gold {
            match match_item(&plan.items, g) {
                Some((item, offset)) => {
                    p_inside += 1;
                    if offset <= START_WINDOW {
                        p_starts += 1;
                    } else {
                        println!(
                            "  {id} {}: anchor {:?} at {offset} in {}",
                            g.path,
                            anchor_body(&g.anchor),
                            item.path
                        );
                    }
                }
                None => println!("  {id} {}: anchor {:?} in no item", g.path, g.anchor),
            }
        }
        // Leads (`…/0`) are items always, but the gold lists only those that
        // commit to something.
        let counted = plan
            .items
            .iter()
            .filter(|i| !i.path.ends_with("/0") || gold.iter().any(|g| g.path == i.path))
            .count();
        let ratio = counted as f64 / gold.len() as f64;
        let count_ok = (ratio - 1.0).abs() <= 0.10;
        counts_ok &= count_ok;
        println!(
            "{id}: items {counted} (gold {}, {:+.0}%), anchors inside {p_inside}/{}, starting {p_starts}/{}",
            gold.len(),
            (ratio - 1.0) * 100.0,
            gold.len(),
            gold.len()
        );
        anchors += gold.len();
        inside += p_inside;
        starts += p_starts;
    }
    let inside_share = inside as f64 / anchors as f64;
    let start_share = starts as f64 / anchors as f64;
    println!(
        "all: anchors inside an item {:.1}%, at an item's start {:.1}%",
        inside_share * 100.0,
        start_share * 100.0
    );
    assert!(
        inside_share >= 0.98,
        "anchors inside items: {inside_share:.3} < 0.98"
    );
    assert!(
        start_share >= 0.99,
        "anchors at item starts: {start_share:.3} < 0.99"
    );
    assert!(
        counts_ok,
        "some plan's item count is more than 10% off gold"
    );
}

#[test]
fn a_round_up_of_districts_splits_into_one_plan_each() {
    let doc = corpus::document("zhengzhou-2024").unwrap();
    assert_eq!(
        doc.meta.districts,
        ["郑东新区", "郑州高新区", "金水区", "二七区"]
    );
    let plan = eduplans::outline::plan(&doc);
    let parts = plan.by_district();
    let names: Vec<_> = parts
        .iter()
        .map(|p| p.meta.jurisdiction.district.clone().unwrap_or_default())
        .collect();
    assert_eq!(names, ["郑东新区", "郑州高新区", "金水区", "二七区"]);
    for part in &parts {
        assert_eq!(part.meta.jurisdiction.city.as_deref(), Some("郑州市"));
        assert_eq!(part.meta.level, Some(eduplans::ingest::Level::District));
        assert!(
            part.items.len() >= 4,
            "{}: {} items",
            part.id,
            part.items.len()
        );
        assert!(part.items.iter().all(|i| i.path.starts_with("district:")));
    }
    assert_eq!(parts[2].id, "zhengzhou-2024#金水区");
    // A plan without districts comes back whole.
    let whole = eduplans::outline::plan(&corpus::document("jiyuan-2018").unwrap()).by_district();
    assert_eq!(whole.len(), 1);
}
