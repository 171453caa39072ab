//! Prints each plan's metadata: `cargo run --release --example plans -- [--format text|jsonl] [FILE...]`.

mod common;

use std::io::Write;
use std::process::ExitCode;

use common::Format;
use eduplans::ingest::{Encoding, Rule, Script};
use eduplans::{outline, Meta};

const USAGE: &str = "\
usage: plans [--format text|jsonl] [FILE...]

Prints one record per plan: its id and metadata (title, jurisdiction, level,
period, issuer, document number, date, kind), the encoding and script it was
read in, its number of items and what the cleaner removed. With no FILE, the
bundled plans.";

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
    let args = common::parse(
        USAGE,
        &[("text", Format::Text), ("jsonl", Format::Jsonl)],
        &[],
    );
    let (docs, failed) = common::documents(&args.files);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
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
            Format::Jsonl => serde_json::to_string(&record).unwrap_or_default(),
            _ => describe(&record),
        };
        if writeln!(out, "{text}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    common::exit(failed)
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
        "{}\n  title:     {}\n  place:     {}{}\n  level:     {}\n  period:    {}\n  issuer:    {}\n  number:    {}\n  published: {}\n  kind:      {}\n  items:     {} ({:?}, {:?})\n",
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
        r.encoding,
        r.script,
    )
}
