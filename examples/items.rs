//! Prints the items of plans: `cargo run --release --example items -- [--format text|jsonl] [FILE...]`.

mod common;

use std::io::Write;
use std::process::ExitCode;

use common::Format;
use eduplans::outline::{self, Section};

const USAGE: &str = "\
usage: items [--format text|jsonl] [FILE...]

Prints every item of each plan: its path, heading and text. With no FILE,
the bundled plans. A FILE that cannot be read is reported on stderr as
`FILE: error: why`, the others are still printed, and the exit code is 1.";

/// One item as a JSON line.
#[derive(serde::Serialize)]
struct Record<'a> {
    plan: &'a str,
    path: &'a str,
    heading: Option<&'a str>,
    sections: &'a [Section],
    text: &'a str,
    span: [usize; 2],
}

fn main() -> ExitCode {
    let args = common::parse(USAGE, &[("text", Format::Text), ("jsonl", Format::Jsonl)]);
    let (docs, failed) = common::documents(&args.files);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for doc in &docs {
        let plan = outline::plan(doc);
        common::warn(&plan.id, &plan.warnings);
        for item in &plan.items {
            let line = match args.format {
                Format::Jsonl => serde_json::to_string(&Record {
                    plan: &plan.id,
                    path: &item.path,
                    heading: item.heading.as_deref(),
                    sections: &item.sections,
                    text: &item.text,
                    span: [item.span.start, item.span.end],
                })
                .unwrap_or_default(),
                _ => format!(
                    "{}  {:<24} {} | {}",
                    plan.id,
                    item.path,
                    item.heading.as_deref().unwrap_or("-"),
                    common::cut(&item.text, 60)
                ),
            };
            if writeln!(out, "{line}").is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    common::exit(failed)
}
