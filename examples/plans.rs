//! Prints each plan's metadata: `cargo run --release --example plans -- [--format text|jsonl|json|csv] [FILE...]`,
//! or with `--format jsonl --coded` each coded plan as one JSON line, for
//! `compare` to read back.

mod common;

use std::process::ExitCode;

use common::Format;
use eduplans::ingest::{Encoding, Rule, Script};
use eduplans::{outline, Meta};

const USAGE: &str = "\
usage: plans [--format text|jsonl|json|csv] [--coded] [--schema PATH] [FILE...]

Prints one record per plan: its id and metadata (title, jurisdiction, level,
period, issuer, document number, date, kind), the encoding and script it was
read in, its number of items and what the cleaner removed, by rule. With no
FILE, the bundled plans. Values print as a sidecar spells them
(`county_city`, `work_points`). With --format jsonl --coded, each plan
coded instead, as one line holding everything a comparison reads (items,
tags, words, targets): `compare` reads a FILE.jsonl of such lines back, so
a study codes its plans once and compares them many times.";

/// One plan as a JSON line.
#[derive(serde::Serialize)]
struct Record<'a> {
    id: &'a str,
    #[serde(flatten)]
    meta: &'a Meta,
    encoding: Encoding,
    script: Script,
    items: usize,
    removed: std::collections::BTreeMap<Rule, usize>,
}

fn main() -> ExitCode {
    let args = common::parse_with_flags(
        USAGE,
        &[
            ("text", Format::Text),
            ("jsonl", Format::Jsonl),
            ("json", Format::Json),
            ("csv", Format::Csv),
        ],
        &[],
        &["coded"],
    );
    if args.flags.contains("coded") {
        if args.format != Format::Jsonl {
            common::fail(USAGE, "--coded writes JSON lines: give --format jsonl");
        }
        return coded(&args);
    }
    let (docs, failed) = common::documents(&args.files);
    let mut out = common::Records::new(args.format, &CSV_HEADER);
    for doc in &docs {
        let plan = outline::plan(doc);
        common::warn(doc, &plan.warnings);
        let mut removed = std::collections::BTreeMap::new();
        for r in &doc.removed {
            *removed.entry(r.rule).or_insert(0) += 1;
        }
        let record = Record {
            id: &doc.id,
            meta: &doc.meta,
            encoding: doc.encoding,
            script: doc.script,
            items: plan.items.len(),
            removed,
        };
        let text = match args.format {
            Format::Jsonl | Format::Json => serde_json::to_string(&record).unwrap_or_default(),
            Format::Csv => csv(&record),
            _ => describe(&record),
        };
        if out.push(&text).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.finish().is_err() {
        return ExitCode::FAILURE;
    }
    common::exit(failed)
}

/// Each plan coded, as one JSON line, one plan at a time.
fn coded(args: &common::Args) -> ExitCode {
    use std::io::Write;
    let coder = common::coder(&args.schema);
    let failed = std::cell::Cell::new(false);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for plan in common::coded_plans(coder, &args.files, &failed) {
        if writeln!(out, "{}", plan.to_json_line()).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    common::exit(failed.get())
}

/// The columns of `--format csv`, one row per plan.
const CSV_HEADER: [&str; 16] = [
    "id",
    "title",
    "province",
    "city",
    "district",
    "districts",
    "level",
    "period",
    "issuer",
    "doc_number",
    "published",
    "kind",
    "encoding",
    "script",
    "items",
    "removed",
];

/// One CSV row: lists joined with `;`, what was removed as `rule:count`.
fn csv(r: &Record) -> String {
    let m = r.meta;
    let j = &m.jurisdiction;
    let removed = r
        .removed
        .iter()
        .map(|(rule, n)| format!("{}:{n}", spelled(serde_json::json!(rule))))
        .collect::<Vec<_>>()
        .join(";");
    let fields = [
        r.id.to_string(),
        m.title.clone().unwrap_or_default(),
        j.province.clone().unwrap_or_default(),
        j.city.clone().unwrap_or_default(),
        j.district.clone().unwrap_or_default(),
        m.districts.join(";"),
        m.level.map(|l| l.to_string()).unwrap_or_default(),
        m.period.map(|p| p.to_string()).unwrap_or_default(),
        m.issuer.clone().unwrap_or_default(),
        m.doc_number.clone().unwrap_or_default(),
        m.published.map(|d| d.to_string()).unwrap_or_default(),
        m.kind.map(|k| k.to_string()).unwrap_or_default(),
        spelled(serde_json::json!(r.encoding)),
        spelled(serde_json::json!(r.script)),
        r.items.to_string(),
        removed,
    ];
    common::csv_row(&fields.iter().map(String::as_str).collect::<Vec<_>>())
}

/// A few readable lines for the terminal.
fn describe(r: &Record) -> String {
    let m = r.meta;
    let j = &m.jurisdiction;
    let or = |o: Option<&str>| o.unwrap_or("-").to_string();
    let place = [&j.province, &j.city, &j.district]
        .iter()
        .filter_map(|p| p.as_deref())
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{}\n  title:     {}\n  place:     {}{}\n  level:     {}\n  period:    {}\n  issuer:    {}\n  number:    {}\n  published: {}\n  kind:      {}\n  items:     {} ({}, {})\n",
        r.id,
        or(m.title.as_deref()),
        if place.is_empty() { "-".into() } else { place },
        if m.districts.is_empty() { String::new() } else { format!(" (districts: {})", m.districts.join(", ")) },
        m.level.map_or("-".into(), |l| l.to_string()),
        m.period.map_or("-".into(), |p| p.to_string()),
        or(m.issuer.as_deref()),
        or(m.doc_number.as_deref()),
        m.published.map_or("-".into(), |d| d.to_string()),
        m.kind.map_or("-".into(), |k| k.to_string()),
        r.items,
        spelled(serde_json::json!(r.encoding)),
        spelled(serde_json::json!(r.script)),
    )
}

/// A value as its JSON string spells it (`utf8`, `simplified`).
fn spelled(v: serde_json::Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}
