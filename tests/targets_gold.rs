//! Targets against gold, on the bundled plans and the development corpus:
//! recall and precision (a match is the same value and unit, in the same
//! item where one is), and of the matched targets the share whose relation,
//! due year (`by`), subject and theme agree with the gold.
//!
//! A subject agrees when the longest common subsequence of the characters of
//! the found and the gold subject holds at least half of the gold one and at
//! least 60% of the found one: `特教点` or `全县新增特教点` for `新增特教点`, not
//! `新增`, `项目` or an empty subject. Gold written in traditional script is
//! compared in simplified, as the library reads it.
//!
//! `SHOW=1 cargo test --release --test targets_gold -- --nocapture` lists
//! every disagreement.

mod common;

use common::{GoldPlan, GoldTarget};
use eduplans::code::Coder;
use eduplans::targets::{Relation, Target};

fn same(t: &Target, g: &GoldTarget) -> bool {
    (t.value - g.value).abs() < 1e-9 && t.unit == common::simplified(&g.unit)
}

fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::AtLeast => "at_least",
        Relation::AtMost => "at_most",
        Relation::ReduceBy => "reduce_by",
        Relation::Exactly => "exactly",
    }
}

/// Length of the longest common subsequence of two strings' characters.
fn lcs(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row = vec![0usize; b.len() + 1];
    for x in &a {
        let mut diag = 0;
        for (j, y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    row[b.len()]
}

/// The subject rule of the module's documentation.
fn subject_agrees(found: Option<&str>, gold: &str) -> bool {
    let Some(found) = found.filter(|f| !f.is_empty()) else {
        return false;
    };
    let n = lcs(found, gold) as f64;
    n >= 0.5 * gold.chars().count() as f64 && n >= 0.6 * found.chars().count() as f64
}

#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    gold: usize,
    found: usize,
    matched: usize,
    relation: usize,
    by: usize,
    subject: usize,
    theme: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.found += o.found;
        self.matched += o.matched;
        self.relation += o.relation;
        self.by += o.by;
        self.subject += o.subject;
        self.theme += o.theme;
    }
    fn share(n: usize, of: usize) -> f64 {
        if of == 0 {
            1.0
        } else {
            n as f64 / of as f64
        }
    }
    fn recall(&self) -> f64 {
        Self::share(self.matched, self.gold)
    }
    fn precision(&self) -> f64 {
        Self::share(self.matched, self.found)
    }
    fn of_matched(&self, n: usize) -> f64 {
        Self::share(n, self.matched)
    }
    fn line(&self) -> String {
        format!(
            "gold {} found {} matched {}: recall {:.3} precision {:.3}; of matched: relation {:.3} by {:.3} subject {:.3} theme {:.3}",
            self.gold,
            self.found,
            self.matched,
            self.recall(),
            self.precision(),
            self.of_matched(self.relation),
            self.of_matched(self.by),
            self.of_matched(self.subject),
            self.of_matched(self.theme),
        )
    }
}

fn score_plan(coder: &Coder, g: &GoldPlan, show: bool) -> Counts {
    let coded = coder.code(&eduplans::outline::plan(&g.document()));
    let mut unused: Vec<&Target> = coded.targets.iter().collect();
    let mut c = Counts {
        gold: g.targets.len(),
        found: coded.targets.len(),
        ..Counts::default()
    };
    for gt in &g.targets {
        let pick = unused
            .iter()
            .position(|t| same(t, gt) && t.path == gt.path)
            .or_else(|| unused.iter().position(|t| same(t, gt)));
        let Some(k) = pick else {
            if show {
                println!(
                    "  missed {}: {}{} {} | {}",
                    gt.path, gt.value, gt.unit, gt.subject, gt.anchor
                );
            }
            continue;
        };
        let t = unused.remove(k);
        c.matched += 1;
        let relation = relation_name(t.relation) == gt.relation;
        // A span is compared in simplified script, as subjects are
        // (`兩年` in a page of traditional script is the reader's `两年`).
        let by =
            t.by.as_deref().map(common::simplified) == gt.by.as_deref().map(common::simplified);
        let subject = subject_agrees(t.subject.as_deref(), &common::simplified(&gt.subject));
        let theme = t.theme.as_deref() == Some(gt.theme.as_str());
        c.relation += usize::from(relation);
        c.by += usize::from(by);
        c.subject += usize::from(subject);
        c.theme += usize::from(theme);
        if show && !(relation && by && subject) {
            println!(
                "  wrong {}: {}{} {}{}{} | {}",
                gt.path,
                gt.value,
                gt.unit,
                if relation {
                    String::new()
                } else {
                    format!(
                        "relation {} want {}; ",
                        relation_name(t.relation),
                        gt.relation
                    )
                },
                if by {
                    String::new()
                } else {
                    format!("by {:?} want {:?}; ", t.by, gt.by)
                },
                if subject {
                    String::new()
                } else {
                    format!("subject {:?} want {:?}", t.subject, gt.subject)
                },
                gt.anchor
            );
        }
    }
    if show {
        for t in unused {
            println!(
                "  extra {}: {}{} {} | {}",
                t.path,
                t.value,
                t.unit,
                t.subject.as_deref().unwrap_or("-"),
                t.text.chars().take(50).collect::<String>()
            );
        }
    }
    c
}

fn score_set(name: &str, plans: &[GoldPlan]) -> Counts {
    let coder = Coder::reference();
    let show = std::env::var("SHOW").is_ok();
    let mut all = Counts::default();
    for g in plans {
        let c = score_plan(coder, g, show);
        if c.gold + c.found > 0 {
            println!("{name} {}: {}", g.id, c.line());
        }
        all.add(&c);
    }
    println!("{name} all: {}", all.line());
    all
}

/// Floors within 0.02 of what the set measures, so that a regression fails:
/// recall, precision, relation, by, subject.
#[track_caller]
fn floors(name: &str, c: &Counts, f: [f64; 5]) {
    let slack = 0.02;
    let got = [
        c.recall(),
        c.precision(),
        c.of_matched(c.relation),
        c.of_matched(c.by),
        c.of_matched(c.subject),
    ];
    let names = ["recall", "precision", "relation", "by", "subject"];
    for ((n, g), f) in names.iter().zip(got).zip(f) {
        assert!(g >= f - slack, "{name}: {n} {g:.3} < {f} - {slack}");
    }
}

#[test]
fn targets_of_the_bundled_plans_match_gold() {
    let c = score_set("bundled", &common::bundled());
    floors("bundled", &c, [1.00, 1.00, 0.99, 1.00, 0.91]);
}

#[test]
fn targets_of_the_development_plans_match_gold() {
    let c = score_set("dev", &common::dev());
    floors("dev", &c, [0.94, 0.85, 0.98, 0.80, 0.77]);
}

#[test]
fn subjects_agree_by_the_rule() {
    assert!(subject_agrees(Some("特教点"), "新增特教点"));
    assert!(subject_agrees(Some("全县新增特教点"), "新增特教点"));
    assert!(!subject_agrees(Some("公办园幼儿占比率"), "学前教育普惠率"));
    for generic in ["继续推进", "新增", "省级", "项目", "目标", ""] {
        assert!(!subject_agrees(Some(generic), "新增特教点"), "{generic}");
    }
    assert!(!subject_agrees(None, "新增特教点"));
}
