//! The library's output on the bundled plans, checked in: each plan coded as
//! JSON, and the comparison of the five as JSON (`tests/snapshots/`). A
//! change that was meant to keep the output (a refactoring, a speed fix)
//! must leave these files byte-identical; a change meant to alter it
//! rewrites them with
//!
//! `UPDATE_SNAPSHOTS=1 cargo test --release --test snapshot`
//!
//! and the diff of the snapshots shows, in review, what it altered.
//! Coding many plans at once (`Coder::code_texts`, in parallel) must give
//! what coding them one at a time gives.

use std::path::PathBuf;

use eduplans::code::Coder;
use eduplans::compare::{Comparison, Options};
use eduplans::corpus;
use eduplans::CodedPlan;

fn snapshots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// Compares `got` with the snapshot `name`, or writes it under
/// `UPDATE_SNAPSHOTS`; returns a line for each snapshot that differs.
fn check(name: &str, got: &str) -> Option<String> {
    let path = snapshots().join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(snapshots()).expect("create tests/snapshots");
        std::fs::write(&path, got).expect("write a snapshot");
        return None;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    if want == got {
        return None;
    }
    let line = want
        .lines()
        .zip(got.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| want.lines().count().min(got.lines().count()));
    Some(format!(
        "{name}: differs from line {} on (want {:?}, got {:?})",
        line + 1,
        want.lines().nth(line).unwrap_or(""),
        got.lines().nth(line).unwrap_or("")
    ))
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("serialize") + "\n"
}

fn coded_one_at_a_time() -> Vec<CodedPlan> {
    let coder = Coder::reference();
    corpus::plans()
        .expect("bundled plans")
        .iter()
        .map(|p| coder.code(p))
        .collect()
}

#[test]
fn bundled_plans_code_and_compare_as_checked_in() {
    let coded = coded_one_at_a_time();
    let mut differ = Vec::new();
    for plan in &coded {
        differ.extend(check(&format!("coded-{}.json", plan.id), &json(plan)));
    }
    let comparison = Comparison::new(Coder::reference(), &coded, &Options::default())
        .expect("a comparison of the bundled plans");
    differ.extend(check("comparison.json", &json(&comparison)));
    assert!(
        differ.is_empty(),
        "the output changed; if meant, rerun with UPDATE_SNAPSHOTS=1 and review the diff:\n{}",
        differ.join("\n")
    );
}

#[test]
fn coding_many_at_once_is_coding_one_at_a_time() {
    let inputs: Vec<(String, String)> = corpus::ids()
        .map(|id| (id.to_string(), corpus::raw(id).unwrap_or("").to_string()))
        .collect();
    let together: Vec<String> = Coder::reference()
        .code_texts(&inputs)
        .into_iter()
        .map(|p| json(&p.expect("a bundled plan codes")))
        .collect();
    let alone: Vec<String> = coded_one_at_a_time().iter().map(json).collect();
    assert_eq!(together.len(), alone.len());
    for (t, a) in together.iter().zip(&alone) {
        assert!(t == a, "code_texts differs from code for one plan");
    }
}
