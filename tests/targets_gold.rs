//! Targets against the gold targets of the bundled plans: recall and
//! precision (a match is the same plan, value and unit), and the share of
//! gold targets whose theme is right.

mod common;

use common::{gold_targets, GoldTarget};
use eduplans::code::Coder;
use eduplans::corpus;
use eduplans::targets::Target;

fn same(t: &Target, g: &GoldTarget) -> bool {
    (t.value - g.value).abs() < 1e-9 && t.unit == g.unit
}

#[test]
fn targets_match_gold() {
    let coder = Coder::reference();
    let (mut gold_n, mut found_n, mut hits, mut themed) = (0usize, 0usize, 0usize, 0usize);
    let (mut worst_recall, mut worst_precision) = (1.0f64, 1.0f64);
    for plan in corpus::plans().unwrap() {
        let coded = coder.code(&plan);
        let gold = gold_targets(&plan.id);
        let mut unused: Vec<&Target> = coded.targets.iter().collect();
        let (mut p_hits, mut p_themed) = (0, 0);
        for g in &gold {
            // Prefer a found target in the same item, then any.
            let pick = unused
                .iter()
                .position(|t| same(t, g) && t.path == g.path)
                .or_else(|| unused.iter().position(|t| same(t, g)));
            match pick {
                Some(k) => {
                    let t = unused.remove(k);
                    p_hits += 1;
                    if t.theme.as_deref() == Some(g.theme.as_str()) {
                        p_themed += 1;
                    } else if std::env::var("SHOW").is_ok() {
                        println!(
                            "  theme {} {}: {:?} want {} ({})",
                            plan.id, g.path, t.theme, g.theme, t.subject
                        );
                    }
                }
                None => {
                    if std::env::var("SHOW").is_ok() {
                        println!(
                            "  missed {} {}: {} {}{} ({})",
                            plan.id, g.path, g.anchor, g.value, g.unit, g.subject
                        );
                    }
                }
            }
        }
        if std::env::var("SHOW").is_ok() {
            for t in &unused {
                println!(
                    "  extra {} {}: {}{} {} | {}",
                    plan.id,
                    t.path,
                    t.value,
                    t.unit,
                    t.subject,
                    t.text.chars().take(40).collect::<String>()
                );
            }
        }
        let recall = p_hits as f64 / gold.len().max(1) as f64;
        let precision = p_hits as f64 / coded.targets.len().max(1) as f64;
        println!(
            "{}: gold {} found {} matched {p_hits}: recall {recall:.3} precision {precision:.3}, theme right {p_themed}/{}",
            plan.id,
            gold.len(),
            coded.targets.len(),
            gold.len()
        );
        worst_recall = worst_recall.min(recall);
        worst_precision = worst_precision.min(precision);
        gold_n += gold.len();
        found_n += coded.targets.len();
        hits += p_hits;
        themed += p_themed;
    }
    let recall = hits as f64 / gold_n as f64;
    let precision = hits as f64 / found_n as f64;
    let theme = themed as f64 / gold_n as f64;
    println!("all: recall {recall:.3} precision {precision:.3} theme right {theme:.3} (worst plan recall {worst_recall:.3}, precision {worst_precision:.3})");
    assert!(recall >= 0.85, "recall {recall:.3} < 0.85");
    assert!(precision >= 0.85, "precision {precision:.3} < 0.85");
    assert!(theme >= 0.75, "theme right {theme:.3} < 0.75");
}
