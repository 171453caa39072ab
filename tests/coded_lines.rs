//! Coded plans written as JSON lines and read back: the same plans, the
//! same comparison, and clear errors on lines that are not coded plans.

mod common;

use eduplans::code::Coder;
use eduplans::compare::{Comparison, Options};
use eduplans::{outline, CodedPlan, Error};

fn bundled() -> Vec<CodedPlan> {
    let coder = Coder::reference();
    (eduplans::corpus::plans().expect("bundled plans").iter())
        .map(|p| coder.code(p))
        .collect()
}

/// Where two texts first differ, with some context, for a short message.
fn first_difference(a: &str, b: &str) -> Option<String> {
    let at = a.chars().zip(b.chars()).position(|(x, y)| x != y);
    let at = at
        .or((a.chars().count() != b.chars().count())
            .then(|| a.chars().count().min(b.chars().count())))?;
    let around = |s: &str| {
        s.chars()
            .skip(at.saturating_sub(80))
            .take(160)
            .collect::<String>()
    };
    Some(format!(
        "at char {at}:\n want {}\n got  {}",
        around(a),
        around(b)
    ))
}

/// Asserts that two comparisons serialize to the same JSON, naming where
/// they first differ.
fn assert_same(want: &Comparison, got: &Comparison) {
    let (want, got) = (
        serde_json::to_string(want).unwrap(),
        serde_json::to_string(got).unwrap(),
    );
    let diff = first_difference(&want, &got);
    assert!(diff.is_none(), "{}", diff.unwrap_or_default());
}

fn read_back(plans: &[CodedPlan]) -> Vec<CodedPlan> {
    (plans.iter())
        .map(|p| CodedPlan::from_json_line(&p.id, &p.to_json_line()).expect("read back"))
        .collect()
}

#[test]
fn a_plan_read_back_is_written_as_it_was() {
    let coder = Coder::reference();
    let mut plans = bundled();
    plans.extend((common::dev().iter()).map(|g| coder.code(&outline::plan(&g.document()))));
    assert!(plans.len() >= 100);
    for (p, back) in plans.iter().zip(read_back(&plans)) {
        let diff = first_difference(&p.to_json_line(), &back.to_json_line());
        assert!(diff.is_none(), "{}: {}", p.id, diff.unwrap_or_default());
        for (a, b) in p.items.iter().zip(&back.items) {
            assert!(a.words().eq(b.words()), "{} {}", p.id, a.item.path);
        }
    }
}

#[test]
fn plans_read_back_compare_as_the_plans_do() {
    let plans = bundled();
    let coder = Coder::reference();
    for options in [Options::default(), Options::default().min_weight(0.5)] {
        let want = Comparison::new(coder, &plans, &options).unwrap();
        let got = Comparison::new(coder, &read_back(&plans), &options).unwrap();
        assert_same(&want, &got);
    }
}

#[test]
fn a_line_that_is_no_coded_plan_is_an_error_naming_it() {
    let line = bundled()[1].to_json_line();
    let other_format = line.replacen("eduplans-coded/1", "eduplans-coded/9", 1);
    let no_words = line.replacen("\"words\":[[", "\"words\":[[999,", 1);
    for (bad, why) in [
        ("", "EOF"),
        ("not json", "expected"),
        ("{}", "missing field"),
        (other_format.as_str(), "format `eduplans-coded/9`"),
        (no_words.as_str(), "do not fit"),
    ] {
        match CodedPlan::from_json_line("study.jsonl:7", bad) {
            Err(e @ Error::Coded { .. }) => {
                assert_eq!(e.input(), "study.jsonl:7");
                assert!(e.reason().contains(why), "{why}: {}", e.reason());
            }
            other => panic!("{why}: {other:?}"),
        }
    }
}

#[test]
fn plans_folded_in_one_at_a_time_compare_as_the_plans_do() {
    let plans = bundled();
    let coder = Coder::reference();
    let want = Comparison::new(coder, &plans, &Options::default()).unwrap();
    let mut builder = Comparison::builder(coder);
    for (k, p) in plans.iter().enumerate() {
        // Borrowed and folded plans mix, in order.
        builder = if k % 2 == 0 {
            builder.fold(CodedPlan::from_json_line(&p.id, &p.to_json_line()).unwrap())
        } else {
            builder.plan(p)
        };
    }
    assert_same(&want, &builder.build().unwrap());
}

#[test]
fn a_plan_coded_by_another_version_is_read_with_a_warning() {
    let line = bundled()[1].to_json_line();
    let version = format!("\"version\":\"{}\"", env!("CARGO_PKG_VERSION"));
    assert!(line.contains(&version));
    let older = line.replacen(&version, "\"version\":\"0.1.0\"", 1);
    let plan = CodedPlan::from_json_line("old.jsonl:1", &older).unwrap();
    let warning = plan.warnings.last().unwrap();
    assert_eq!(warning.kind, eduplans::WarningKind::OtherVersion);
    assert!(warning.message.contains("0.1.0"), "{}", warning.message);
    assert!(CodedPlan::from_json_line("same.jsonl:1", &line)
        .unwrap()
        .warnings
        .iter()
        .all(|w| w.kind != eduplans::WarningKind::OtherVersion));
}
