//! Scores of outline, coder and targets against gold, one plan at a time,
//! added up over a set of plans.

use std::collections::BTreeSet;

use eduplans::code::Coder;
use eduplans::CodedPlan;

use super::{match_item, squash, GoldPlan};

/// A gold item counts as cut right (its boundary found) when its anchor
/// stands within this many characters of its item's start: room for a
/// marker the outline kept (`一要`), no room for a sentence of another item.
pub const START_WINDOW: usize = 4;

/// The characters of an item's own heading where the item's text opens
/// with it (a news sub-heading over its paragraph): the anchor stands after
/// it.
fn heading_before(item: &eduplans::Item, offset: usize) -> usize {
    let h = item.heading.as_deref().map(squash).unwrap_or_default();
    let n = h.chars().count();
    if n <= offset && squash(&item.text).starts_with(&h) {
        n
    } else {
        0
    }
}

/// Counts of one plan or a set of plans.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Gold items.
    pub gold: usize,
    /// Gold items whose anchor lies inside some item.
    pub found: usize,
    /// Gold items whose anchor stands at their item's start.
    pub starts: usize,
    /// Theme tags right, extra and missing.
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// Pairs of items of a plan whose spans overlap.
    pub overlaps: usize,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.found += o.found;
        self.starts += o.starts;
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.overlaps += o.overlaps;
    }
    pub fn found_share(&self) -> f64 {
        self.found as f64 / self.gold.max(1) as f64
    }
    pub fn boundaries(&self) -> f64 {
        self.starts as f64 / self.gold.max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn line(&self) -> String {
        format!(
            "items found {:.3} ({}/{}), boundaries {:.3}, themes P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {}), overlaps {}",
            self.found_share(),
            self.found,
            self.gold,
            self.boundaries(),
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_,
            self.overlaps
        )
    }
}

/// One plan scored: its counts and, for `SHOW=1`, the lines that say what
/// went wrong.
pub fn plan(coder: &Coder, gold: &GoldPlan) -> (Counts, CodedPlan, Vec<String>) {
    let doc = gold.document();
    let plan = eduplans::outline::plan(&doc);
    let coded = coder.code(&plan);
    let mut c = Counts::default();
    let mut notes = Vec::new();
    for (k, a) in plan.items.iter().enumerate() {
        for b in &plan.items[k + 1..] {
            if a.span.start < b.span.end && b.span.start < a.span.end {
                c.overlaps += 1;
                notes.push(format!("  overlap {} ~ {}", a.path, b.path));
            }
        }
    }
    let show_text = std::env::var("SHOW").is_ok_and(|v| v == "text");
    for g in &gold.items {
        c.gold += 1;
        let mut text = String::new();
        let want: BTreeSet<&str> = g.themes.iter().map(String::as_str).collect();
        let got: BTreeSet<&str> = match match_item(&plan.items, g) {
            Some((item, offset)) => {
                c.found += 1;
                if show_text {
                    text = item.text.chars().take(240).collect();
                }
                if offset <= START_WINDOW + heading_before(item, offset) {
                    c.starts += 1;
                } else {
                    notes.push(format!(
                        "  cut {} {:?}: at {offset} of {} {:?}",
                        g.path,
                        g.anchor,
                        item.path,
                        item.text.chars().take(30).collect::<String>()
                    ));
                }
                coded
                    .items
                    .iter()
                    .find(|i| i.item.span == item.span)
                    .map(|i| i.themes.iter().map(|t| &*t.id).collect())
                    .unwrap_or_default()
            }
            None => {
                notes.push(format!("  lost {} {:?}", g.path, g.anchor));
                BTreeSet::new()
            }
        };
        let (tp, fp, fn_) = (
            want.intersection(&got).count(),
            got.difference(&want).count(),
            want.difference(&got).count(),
        );
        if fp + fn_ > 0 {
            notes.push(format!(
                "  tag {}: +{:?} -{:?}",
                g.path,
                got.difference(&want).collect::<Vec<_>>(),
                want.difference(&got).collect::<Vec<_>>()
            ));
            if !text.is_empty() {
                notes.push(format!("      {text}"));
            }
        }
        c.tp += tp;
        c.fp += fp;
        c.fn_ += fn_;
    }
    (c, coded, notes)
}

/// Scores a set of plans, printing one line a plan (and with `SHOW=1` what
/// went wrong), and returns the sum.
pub fn set(name: &str, coder: &Coder, plans: &[GoldPlan]) -> Counts {
    let show = std::env::var("SHOW").is_ok();
    let mut all = Counts::default();
    for g in plans {
        let (c, _, notes) = plan(coder, g);
        println!("{name} {}: {}", g.id, c.line());
        if show {
            for n in notes {
                println!("{n}");
            }
        }
        all.add(&c);
    }
    println!("{name} all: {}", all.line());
    all
}
