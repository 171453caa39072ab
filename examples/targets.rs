//! Prints the targets of plans:
//! `cargo run --release --example targets -- [--format text|jsonl|json|csv] [--width N] [--schema PATH] [FILE...]`.

mod common;

use std::process::ExitCode;

use common::Format;
use eduplans::targets::Target;

const USAGE: &str = "\
usage: targets [--format text|jsonl|json|csv] [--width N] [--schema PATH] [FILE...]

Prints every number each plan commits to: what it counts, value, unit,
relation, due year or period, theme, and the sentence it stands in. With no
FILE, the bundled plans. A FILE.jsonl holds coded plans (`plans --format
jsonl --coded`), read back rather than coded again. A FILE that cannot be read is reported on stderr as
`FILE: error: why`, the others are still printed, and the exit code is 1.";

fn main() -> ExitCode {
    let header = [
        "plan", "path", "subject", "value", "low", "unit", "relation", "by", "theme", "text",
    ];
    common::print_rows(USAGE, &header, |format, coded| {
        coded.targets.iter().map(|t| line(format, t)).collect()
    })
}

fn line(format: Format, t: &Target) -> String {
    let relation = serde_json::to_value(t.relation)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let low = t.low.map(|l| l.to_string()).unwrap_or_default();
    match format {
        Format::Jsonl => serde_json::to_string(t).unwrap_or_default(),
        Format::Csv => common::csv_row(&[
            &t.plan,
            &t.path,
            t.subject.as_deref().unwrap_or(""),
            &t.value.to_string(),
            &low,
            &t.unit,
            &relation,
            t.by.as_deref().unwrap_or(""),
            t.theme.as_deref().unwrap_or(""),
            &t.text,
        ]),
        _ => {
            let range = if low.is_empty() {
                t.value.to_string()
            } else {
                format!("{low}-{}", t.value)
            };
            format!(
                "{}  {:<22} {}{} {} {} by {} [{}]",
                t.plan,
                t.path,
                range,
                t.unit,
                relation,
                t.subject.as_deref().unwrap_or("-"),
                t.by.as_deref().unwrap_or("-"),
                t.theme.as_deref().unwrap_or("-"),
            )
        }
    }
}
