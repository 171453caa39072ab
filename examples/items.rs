//! Prints the items of plans with their themes:
//! `cargo run --release --example items -- [--format text|jsonl|json|csv] [--width N] [--schema PATH] [FILE...]`.

mod common;

use std::process::ExitCode;

use common::Format;
use eduplans::code::{CodedItem, Tag};
use eduplans::outline::Section;

const USAGE: &str = "\
usage: items [--format text|jsonl|json|csv] [--width N] [--schema PATH] [FILE...]

Prints every item of each plan: its path, heading, themes and text. With no
FILE, the bundled plans; --schema codes with a researcher's schema (TOML or
JSON) instead of the reference one. A FILE.jsonl holds coded plans (`plans
--format jsonl --coded`), read back rather than coded again. A FILE that cannot be read is reported on
stderr as `FILE: error: why`, the others are still printed, and the exit code
is 1.";

/// One item as a JSON line.
#[derive(serde::Serialize)]
struct Record<'a> {
    plan: &'a str,
    path: &'a str,
    heading: Option<&'a str>,
    sections: &'a [Section],
    themes: &'a [Tag],
    candidates: &'a [Tag],
    text: &'a str,
    span: [usize; 2],
}

fn main() -> ExitCode {
    let header = ["plan", "path", "heading", "themes", "text"];
    common::print_rows(USAGE, &header, |format, coded| {
        (coded.items.iter())
            .map(|item| line(format, &coded.id, item))
            .collect()
    })
}

fn line(format: Format, plan: &str, coded: &CodedItem) -> String {
    let item = &coded.item;
    match format {
        Format::Jsonl => serde_json::to_string(&Record {
            plan,
            path: &item.path,
            heading: item.heading.as_deref(),
            sections: &item.sections,
            themes: &coded.themes,
            candidates: &coded.candidates,
            text: &item.text,
            span: [item.span.start, item.span.end],
        })
        .unwrap_or_default(),
        Format::Csv => {
            let ids: Vec<&str> = coded.themes.iter().map(|t| &*t.id).collect();
            common::csv_row(&[
                plan,
                &item.path,
                item.heading.as_deref().unwrap_or(""),
                &ids.join(";"),
                &item.text,
            ])
        }
        _ => {
            let labels: Vec<&str> = coded.themes.iter().map(|t| &*t.label).collect();
            format!(
                "{plan}  {:<24} {}\n    [{}] {}",
                item.path,
                item.heading.as_deref().unwrap_or("-"),
                labels.join(" "),
                common::shorten(&item.text, 60)
            )
        }
    }
}
