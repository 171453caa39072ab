//! Measures throughput on a scaled corpus:
//! `cargo run --release --example throughput -- [--plans N] [--more DIR]`
//! (default 1000 plans, drawn from the bundled plans and those of
//! `tests/dev/docs`).
//!
//! On the same bytes, with the same threads and HMM setting, it times
//! (a) bare jieba-rs `cut` of all the text with the coder's dictionary,
//! (b) the pipeline from raw text to coded plans with targets, and
//! (c) the `Comparison` of all N plans with every table's data (rendering
//! excluded), the plans folded into it a batch of 1,000 at a time; then
//! prints each table's row count, peak memory, the whole process's time
//! per plan and, last, the ratio of (b) to (a).

mod common;

use std::process::ExitCode;
use std::time::Instant;

use eduplans::code::Coder;
use eduplans::compare::Comparison;
use rayon::prelude::*;

/// Plans coded at a time before they are folded into the comparison.
const BATCH: usize = 1000;

const USAGE: &str = "usage: throughput [--plans N] [--more DIR]\n\nTimes bare segmentation, the pipeline and the comparison on N synthetic plans\n(default 1000), drawn from the bundled plans and the plans of DIR (default\ntests/dev/docs, where it exists).";

fn main() -> ExitCode {
    let args = common::parse(USAGE, &[("text", common::Format::Text)], &["plans", "more"]);
    let n: usize = match args.options.get("plans").map(|v| v.parse()) {
        None => 1000,
        Some(Ok(n)) => n,
        Some(Err(_)) => common::fail(USAGE, "--plans takes a whole number"),
    };
    let started = Instant::now();
    let coder = Coder::reference();
    // Touch the dictionary once so that start-up is not counted in (a), and
    // read one plan so that the tables ingest builds on first use (the
    // gazetteer's index, the traditional-character set) are not counted in (b).
    let _ = coder.cut("教育");
    let _ = coder.code_texts(&[("warm-up".to_string(), "1.加强党建。".to_string())]);
    let setup = started.elapsed().as_secs_f64();
    let more = more_plans(args.options.get("more"));
    let inputs = match eduplans::corpus::synthetic_from(n, 2024, &more) {
        Ok(inputs) => inputs,
        Err(err) => {
            eprintln!("corpus: error: {err}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(kb) = peak_memory() {
        println!(
            "peak memory after start-up and corpus: {:.1} MiB",
            kb as f64 / 1024.0
        );
    }
    let bytes: usize = inputs.iter().map(|(_, t)| t.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "plans: {n}, text: {mb:.1} MB, threads: {}, hmm: false, drawn from 5 bundled and {} more plans",
        rayon::current_num_threads(),
        more.len()
    );
    println!("start-up (dictionary, schema, ingest tables): {setup:.3} s");

    let t = Instant::now();
    let words: usize = inputs
        .par_iter()
        .map(|(_, text)| coder.cut(text).len())
        .sum();
    let a = t.elapsed().as_secs_f64();
    println!(
        "(a) jieba cut:         {:8.2} MB/s  ({words} words, {a:.3} s)",
        mb / a
    );

    // Plans are coded a batch at a time and folded into the comparison, so
    // that whole coded plans need not all stay in memory; (b) counts the
    // coding, (c) the folding and the tables.
    let (mut b, mut c) = (0.0, 0.0);
    let (mut plans, mut targets) = (0, 0);
    let mut builder = Comparison::builder(coder);
    for batch in inputs.chunks(BATCH) {
        let t = Instant::now();
        let coded: Vec<_> = (coder.code_texts(batch).into_iter())
            .filter_map(Result::ok)
            .collect();
        b += t.elapsed().as_secs_f64();
        let t = Instant::now();
        plans += coded.len();
        targets += coded.iter().map(|p| p.targets.len()).sum::<usize>();
        for plan in coded {
            builder = builder.fold(plan);
        }
        c += t.elapsed().as_secs_f64();
    }
    drop(inputs);
    if let Some(kb) = peak_memory() {
        println!(
            "peak memory after the pipeline: {:.1} MiB (resident now {:.1} MiB)",
            kb as f64 / 1024.0,
            status_kib("VmRSS:").unwrap_or(0) as f64 / 1024.0
        );
    }
    println!(
        "(b) pipeline:          {:8.2} MB/s  ({plans} plans, {targets} targets, {b:.3} s)",
        mb / b,
    );

    let t = Instant::now();
    let comparison = builder.build();
    c += t.elapsed().as_secs_f64();
    match &comparison {
        Ok(cmp) => println!(
            "(c) comparison:        {c:8.3} s  ({} units, {} gaps, {} phrases)",
            cmp.units.len(),
            cmp.gaps.len(),
            cmp.phrases.len()
        ),
        Err(err) => println!("(c) comparison:        {c:8.3} s  ({err})"),
    }
    if let Some(kb) = peak_memory() {
        println!(
            "peak memory after the comparison: {:.1} MiB",
            kb as f64 / 1024.0
        );
    }
    if let Ok(cmp) = &comparison {
        // Part by part, so that only one part's tables are held at a time.
        let rows: Vec<String> = (eduplans::report::Part::ALL.iter())
            .flat_map(|&part| eduplans::report::tables(cmp, &[part]))
            .map(|t| format!("{} {}", t.name, t.rows.len()))
            .collect();
        println!("table rows: {}", rows.join(", "));
    }
    match peak_memory() {
        Some(kb) => println!("peak memory: {:.1} MiB", kb as f64 / 1024.0),
        None => println!("peak memory: not reported on this platform"),
    }
    let whole = started.elapsed().as_secs_f64();
    println!(
        "scale: {plans} plans in {whole:.1} s, whole process; {:.2} ms a plan",
        whole * 1000.0 / plans.max(1) as f64
    );
    println!("pipeline/jieba throughput ratio: {:.3}", a / b);
    ExitCode::SUCCESS
}

/// The plans of `dir` (default `tests/dev/docs` of this crate, where it
/// exists), outlined; a file that cannot be read is reported and skipped.
fn more_plans(dir: Option<&String>) -> Vec<eduplans::outline::Plan> {
    let default = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dev/docs");
    let dir = dir.map_or(default, std::path::PathBuf::from);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let (docs, _) = common::documents(&paths);
    docs.iter().map(eduplans::outline::plan).collect()
}

/// Peak resident memory in KiB, from `/proc/self/status` (Linux).
fn peak_memory() -> Option<u64> {
    status_kib("VmHWM:")
}

/// A `/proc/self/status` field in KiB (Linux).
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
