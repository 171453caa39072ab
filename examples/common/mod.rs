//! What the example binaries share: argument parsing and loading plans,
//! reporting each bad file on stderr as `FILE: error: why`.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use eduplans::CodedPlan;
use eduplans::{corpus, ingest, Document};

/// Output formats the examples print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    Csv,
    Markdown,
    Json,
}

/// Parsed command line: a format, a schema file, and the files (none: the
/// bundled plans). Paths need not be UTF-8.
#[derive(Debug)]
pub struct Args {
    pub format: Format,
    pub schema: Option<PathBuf>,
    pub files: Vec<PathBuf>,
    /// Values of the example's own options (`--by city`), by option name.
    pub options: std::collections::BTreeMap<String, String>,
    /// The example's own flags given (`--full-similarity`), by name.
    pub flags: std::collections::BTreeSet<String>,
}

/// Parses `[--format F] [--schema PATH] [--OPTION VALUE...] [--help]
/// [FILE...]` (lexopt), where `options` names the example's own options that
/// take a value; prints usage and exits on `--help` or a bad argument.
pub fn parse(usage: &str, formats: &[(&str, Format)], options: &[&str]) -> Args {
    parse_with_flags(usage, formats, options, &[])
}

/// [`parse`], with flags that take no value (`--full-similarity`).
pub fn parse_with_flags(
    usage: &str,
    formats: &[(&str, Format)],
    options: &[&str],
    flags: &[&str],
) -> Args {
    parse_from(lexopt::Parser::from_env(), usage, formats, options, flags)
        .unwrap_or_else(|e| fail(usage, &e.to_string()))
}

fn parse_from(
    mut parser: lexopt::Parser,
    usage: &str,
    formats: &[(&str, Format)],
    options: &[&str],
    flags: &[&str],
) -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut args = Args {
        format: formats[0].1,
        schema: None,
        files: Vec::new(),
        options: std::collections::BTreeMap::new(),
        flags: std::collections::BTreeSet::new(),
    };
    while let Some(arg) = parser.next()? {
        match arg {
            Short('h') | Long("help") => {
                // A closed pipe (`--help | head -1`) ends it quietly.
                use std::io::Write;
                let _ = writeln!(std::io::stdout(), "{usage}");
                std::process::exit(0);
            }
            Long("format") => {
                let value: String = parser.value()?.string()?;
                match formats.iter().find(|(name, _)| *name == value) {
                    Some((_, f)) => args.format = *f,
                    None => fail(usage, &format!("unknown format {value:?}")),
                }
            }
            Long("schema") => args.schema = Some(PathBuf::from(parser.value()?)),
            Long(name) if options.contains(&name) => {
                let name = name.to_string();
                let value = parser.value()?.string()?;
                args.options.insert(name, value);
            }
            Long(name) if flags.contains(&name) => {
                args.flags.insert(name.to_string());
            }
            Value(file) => args.files.push(PathBuf::from(file)),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(args)
}

/// Prints a plan's records a line each, as items and targets do: parses
/// `--format text|jsonl|json|csv`, `--schema` and the files, prints `header`
/// first in CSV, then the lines `rows` makes of each coded plan (in JSON,
/// the JSON lines as one array); the exit code is 1 when a file failed (the
/// others are still printed), as is a failed write.
pub fn print_rows(
    usage: &str,
    header: &[&str],
    rows: impl Fn(Format, &CodedPlan) -> Vec<String>,
) -> ExitCode {
    let formats = [
        ("text", Format::Text),
        ("jsonl", Format::Jsonl),
        ("json", Format::Json),
        ("csv", Format::Csv),
    ];
    let args = parse(usage, &formats, &["width"]);
    let width = width(&args, usage);
    let coder = coder(&args.schema);
    let failed = std::cell::Cell::new(false);
    let mut out = Records::new(args.format, header);
    // A `.jsonl` file holds coded plans, read back rather than coded again.
    for coded in coded_plans(coder, &args.files, &failed) {
        let format = if args.format == Format::Json {
            Format::Jsonl
        } else {
            args.format
        };
        for line in rows(format, &coded) {
            // Text lines fit the width; other formats keep every character.
            let line = if format == Format::Text {
                line.split('\n')
                    .map(|l| eduplans::report::fit_width(l, width))
                    .collect::<Vec<_>>()
                    .join("\n")
            } else {
                line
            };
            if out.push(&line).is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    if out.finish().is_err() {
        return ExitCode::FAILURE;
    }
    exit(failed.get())
}

/// Records written to stdout one by one: a header line first in CSV; in
/// JSON, the records (JSON lines) as the elements of one array.
pub struct Records {
    out: std::io::StdoutLock<'static>,
    json: bool,
    count: usize,
}

impl Records {
    /// Starts the output; writes the CSV header.
    pub fn new(format: Format, header: &[&str]) -> Records {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        // A closed pipe shows at the first record's write.
        if format == Format::Csv {
            let _ = writeln!(out, "{}", csv_row(header));
        }
        Records {
            out,
            json: format == Format::Json,
            count: 0,
        }
    }

    /// Writes one record.
    pub fn push(&mut self, record: &str) -> std::io::Result<()> {
        use std::io::Write;
        if self.json {
            let open = if self.count == 0 { "[\n" } else { ",\n" };
            write!(self.out, "{open}{record}")?;
        } else {
            writeln!(self.out, "{record}")?;
        }
        self.count += 1;
        Ok(())
    }

    /// Ends the output: closes the JSON array (an empty one for no record).
    pub fn finish(mut self) -> std::io::Result<()> {
        use std::io::Write;
        if self.json {
            let text = if self.count == 0 { "[]\n" } else { "\n]\n" };
            self.out.write_all(text.as_bytes())?;
        }
        self.out.flush()
    }
}

/// The coder for `--schema PATH`, or the reference one; a bad schema is
/// reported as `PATH: error: why` and ends the program with exit code 1.
pub fn coder(schema: &Option<PathBuf>) -> &'static eduplans::code::Coder {
    match schema {
        None => eduplans::code::Coder::reference(),
        // Built once for the program's life, like the reference coder.
        Some(path) => match eduplans::schema::Schema::from_path(path) {
            Ok(schema) => Box::leak(Box::new(eduplans::code::Coder::new(&schema))),
            Err(err) => {
                eprintln!("{}: error: {}", path.display(), err.reason());
                std::process::exit(1);
            }
        },
    }
}

/// One CSV record, fields quoted where they need it (RFC 4180).
pub fn csv_row(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| eduplans::report::csv_field(f))
        .collect::<Vec<_>>()
        .join(",")
}

/// The documents named on the command line (or the bundled ones), each bad
/// file reported on stderr; the flag says whether any failed.
pub fn documents(files: &[PathBuf]) -> (Vec<Document>, bool) {
    let failed = std::cell::Cell::new(false);
    let docs = (sources(files).iter())
        .filter_map(|(file, id)| document(file, id, &failed))
        .collect();
    (docs, failed.get())
}

/// The plans named on the command line, each once, with their plan ids;
/// with no files, the bundled plans' ids, each with an empty path.
fn sources(files: &[PathBuf]) -> Vec<(PathBuf, String)> {
    if files.is_empty() {
        return (corpus::ids())
            .map(|id| (PathBuf::new(), id.to_string()))
            .collect();
    }
    let files = once_each(files);
    let ids = plan_ids(&files);
    files.into_iter().zip(ids).collect()
}

/// The document of a source from [`sources`]; one that cannot be read is
/// reported as `FILE: error: why` (the sidecar, when the sidecar is at
/// fault; the id, for a bundled plan), sets `failed` and gives `None`.
fn document(file: &Path, id: &str, failed: &std::cell::Cell<bool>) -> Option<Document> {
    let read = if file.as_os_str().is_empty() {
        corpus::document(id)
    } else {
        ingest::Ingest::new().id(id).path(file)
    };
    read.map_err(|err| {
        let input = err.input();
        let at = if !input.is_empty() {
            input
        } else if file.as_os_str().is_empty() {
            id.to_string()
        } else {
            file.display().to_string()
        };
        eprintln!("{at}: error: {}", err.reason());
        failed.set(true);
    })
    .ok()
}

/// The files, each once: a file given again (by the same path, or by
/// another path to the same file) is reported on stderr and read once.
fn once_each(files: &[PathBuf]) -> Vec<PathBuf> {
    let mut seen = std::collections::HashSet::new();
    let mut kept = Vec::with_capacity(files.len());
    for f in files {
        let key = std::fs::canonicalize(f).unwrap_or_else(|_| f.clone());
        if seen.insert(key) {
            kept.push(f.clone());
        } else {
            eprintln!("{}: warning: given more than once; read once", f.display());
        }
    }
    kept
}

/// The files' plan ids: each file's stem, or, where two files share a
/// stem, its path without the extension, so that plans are told apart in
/// tables. Names are counted once, so that a study of thousands of files
/// does not compare every file with every other.
pub fn plan_ids(files: &[PathBuf]) -> Vec<String> {
    let stem = |f: &Path| {
        f.file_stem().map_or_else(
            || f.display().to_string(),
            |s| s.to_string_lossy().into_owned(),
        )
    };
    let without_ext = |f: &Path| f.with_extension("").to_string_lossy().into_owned();
    let mut stems: std::collections::HashMap<String, usize> = Default::default();
    let mut bases: std::collections::HashMap<String, usize> = Default::default();
    for f in files {
        *stems.entry(stem(f)).or_default() += 1;
        *bases.entry(without_ext(f)).or_default() += 1;
    }
    (files.iter())
        .map(|f| {
            if stems[&stem(f)] == 1 {
                stem(f)
            } else if bases[&without_ext(f)] == 1 {
                without_ext(f)
            } else {
                // `a.txt` and `a.md` in one folder: only the whole name tells them apart.
                f.to_string_lossy().into_owned()
            }
        })
        .collect()
}

/// The coded plans of `files`, in order, one at a time, so that a caller
/// folding them into a comparison never holds them all: a `.jsonl` file's
/// lines are coded plans read back (`plans --format jsonl --coded` writes
/// them), any other file a plan to read, outline and code; with no files,
/// the bundled plans. A file or line that cannot be read is reported as
/// `FILE: error: why` (`FILE:LINE: error: why`) and sets `failed`; each
/// plan's warnings are printed as `FILE: warning: what`.
pub fn coded_plans<'a>(
    coder: &'a eduplans::code::Coder,
    files: &[PathBuf],
    failed: &'a std::cell::Cell<bool>,
) -> impl Iterator<Item = CodedPlan> + 'a {
    let code = move |doc: Document| {
        let coded = coder.code(&eduplans::outline::plan(&doc));
        warn(&doc, &coded.warnings);
        coded
    };
    let fail = move |at: String, why: String| {
        eprintln!("{at}: error: {why}");
        failed.set(true);
    };
    sources(files)
        .into_iter()
        .flat_map(move |(file, id)| -> Box<dyn Iterator<Item = CodedPlan>> {
            if file.extension().is_none_or(|x| x != "jsonl") {
                return Box::new(document(&file, &id, failed).map(code).into_iter());
            }
            let name = file.display().to_string();
            let lines = match std::fs::File::open(&file) {
                Ok(f) => std::io::BufRead::lines(std::io::BufReader::new(f)),
                Err(err) => {
                    fail(name, format!("cannot read: {err}"));
                    return Box::new(std::iter::empty());
                }
            };
            Box::new(lines.enumerate().filter_map(move |(n, line)| {
                let at = format!("{name}:{}", n + 1);
                let read = line.map_err(|e| format!("cannot read: {e}")).and_then(|l| {
                    if l.trim().is_empty() {
                        return Ok(None);
                    }
                    CodedPlan::from_json_line(&at, &l)
                        .map(Some)
                        .map_err(|e| e.reason())
                });
                match read {
                    Ok(Some(plan)) => {
                        for w in &plan.warnings {
                            eprintln!("{at}: warning: {w}");
                        }
                        Some(plan)
                    }
                    Ok(None) => None,
                    Err(why) => {
                        fail(at, why);
                        None
                    }
                }
            }))
        })
}

/// Prints each warning of `doc`'s plan as `FILE: warning: what`, naming the
/// file as given on the command line (a bundled plan by its id).
pub fn warn(doc: &Document, warnings: &[eduplans::Warning]) {
    let name = doc
        .source
        .as_ref()
        .map_or_else(|| doc.id.clone(), |p| p.display().to_string());
    for w in warnings {
        eprintln!("{name}: warning: {w}");
    }
}

/// Exit code 1 when any input failed.
pub fn exit(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `s` cut to `n` characters, with `...` where it was cut.
pub fn shorten(s: &str, n: usize) -> String {
    eduplans::report::shorten(&s.replace('\n', " "), n)
}

/// The width text output must fit: `--width N`, else the terminal's width
/// when stdout is one, else 120 columns.
pub fn width(args: &Args, usage: &str) -> usize {
    match args.options.get("width") {
        Some(w) => match w.parse::<usize>() {
            Ok(n) if n >= 40 => n,
            _ => fail(
                usage,
                &format!("--width {w:?} is not a width of 40 columns or more"),
            ),
        },
        None => terminal_size::terminal_size_of(std::io::stdout())
            .map_or(DEFAULT_WIDTH, |(w, _)| usize::from(w.0)),
    }
}

/// The width of text output that is not a terminal's.
pub const DEFAULT_WIDTH: usize = 120;

/// Prints `error: why` and the usage, and exits with code 2.
pub fn fail(usage: &str, why: &str) -> ! {
    eprintln!("error: {why}\n\n{usage}");
    std::process::exit(2);
}
