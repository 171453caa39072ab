//! Compares plans: coverage, overlaps, gaps, similarity, distinctive themes
//! and words, aligned items, shared phrases and targets side by side.
//!
//! `cargo run --release --example compare -- [--format text|markdown|csv|json]
//! [--table NAME] [--by plan|city|district] [--level theme|parent|domain]
//! [--against ID] [--svg PATH] [--schema PATH] [FILE...]`

mod common;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use common::Format;
use eduplans::compare::{By, Comparison, Options, ThemeLevel};
use eduplans::outline;
use eduplans::report::{self, Part, Style};

const USAGE: &str = "\
usage: compare [--format text|markdown|csv|json] [--table NAME] [--by plan|city|district]
               [--level theme|parent|domain] [--against ID] [--svg PATH] [--schema PATH] [FILE...]

Compares two or more plans (with no FILE, the five bundled ones) and prints
every table in order, or one with --table: coverage, overlaps, gaps,
similarity, distinctive, aligned, phrases, targets. Plans are named by their
file stems. --by merges plans by city or splits them by district; --level
rolls themes up to their parent or domain; --against ID measures keyness
against one unit instead of the rest; --svg PATH writes a coverage heatmap.
JSON without --table is one object with every table, the crate version and
the schema version. A FILE that cannot be read is reported on stderr as
`FILE: error: why` and the exit code is 1; the others are still compared.";

fn main() -> ExitCode {
    let formats = [
        ("text", Format::Text),
        ("markdown", Format::Markdown),
        ("csv", Format::Csv),
        ("json", Format::Json),
    ];
    let args = common::parse(USAGE, &formats, &["table", "by", "level", "against", "svg"]);
    let options = options(&args);
    let parts = match args.options.get("table") {
        None => Part::ALL.to_vec(),
        Some(name) => vec![name
            .parse::<Part>()
            .unwrap_or_else(|e| common::fail(USAGE, &e))],
    };
    let coder = common::coder(&args.schema);
    let (docs, failed) = common::documents(&args.files);
    let plans: Vec<_> = docs
        .iter()
        .map(|doc| {
            let coded = coder.code(&outline::plan(doc));
            common::warn(doc, &coded.warnings);
            coded
        })
        .collect();
    let comparison = match Comparison::new(coder, &plans, &options) {
        Ok(c) => c,
        Err(err) => {
            eprintln!("{}: error: {}", err.input(), err.reason());
            return ExitCode::FAILURE;
        }
    };
    if let Some(path) = args.options.get("svg") {
        if let Err(err) = std::fs::write(path, report::coverage_svg(&comparison)) {
            eprintln!("{path}: error: cannot write: {err}");
            return ExitCode::FAILURE;
        }
    }
    let text = render(&comparison, &parts, args.format);
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        return ExitCode::FAILURE;
    }
    common::exit(failed)
}

fn options(args: &common::Args) -> Options {
    let mut o = Options::default();
    if let Some(by) = args.options.get("by") {
        o = o.by(match by.as_str() {
            "plan" => By::Plan,
            "city" => By::City,
            "district" => By::District,
            other => common::fail(USAGE, &format!("unknown --by {other:?}")),
        });
    }
    if let Some(level) = args.options.get("level") {
        o = o.level(match level.as_str() {
            "theme" => ThemeLevel::Theme,
            "parent" => ThemeLevel::Parent,
            "domain" => ThemeLevel::Domain,
            other => common::fail(USAGE, &format!("unknown --level {other:?}")),
        });
    }
    if let Some(id) = args.options.get("against") {
        o = o.against(id.clone());
    }
    o
}

fn render(c: &Comparison, parts: &[Part], format: Format) -> String {
    // Wider cells than the default: phrases and their plans need the room.
    let style = Style::default()
        .max_cell(60)
        .color(std::io::stdout().is_terminal());
    let tables = || report::tables(c, parts);
    match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&report::json(c, parts)).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Markdown => report::render_all(&tables(), report::Format::Markdown, &style),
        Format::Csv => report::render_all(&tables(), report::Format::Csv, &style),
        _ => report::render_all(&tables(), report::Format::Text, &style),
    }
}
