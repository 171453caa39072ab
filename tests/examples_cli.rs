//! The example programs end to end, with bad files among good ones: the good
//! plans are printed, each bad file gets one `FILE: error: why` line on
//! stderr, and the exit code is 1; warnings name the file too and do not
//! change the exit code.
//!
//! The examples are built once with the profile of this test (`cargo build
//! --example …`, a no-op where `cargo test` built them already) and run as
//! programs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

const EXAMPLES: [&str; 3] = ["items", "compare", "targets"];

/// The examples built for these tests: those above and `plans`.
const BUILT: [&str; 4] = ["items", "compare", "targets", "plans"];

/// The directory the examples are built into, after building them.
fn examples_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        // This test runs from `target/PROFILE/deps/`; the examples are in
        // `target/PROFILE/examples/`.
        let exe = std::env::current_exe().expect("test executable");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/PROFILE")
            .to_path_buf();
        let release = profile_dir.file_name().is_some_and(|n| n == "release");
        let mut cargo = Command::new(env!("CARGO"));
        cargo
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["build", "--quiet"]);
        for name in BUILT {
            cargo.args(["--example", name]);
        }
        if release {
            cargo.arg("--release");
        }
        let status = cargo.status().expect("run cargo");
        assert!(status.success(), "cargo build of the examples failed");
        profile_dir.join("examples")
    })
}

fn run(example: &str, args: &[&str]) -> Output {
    let exe = examples_dir().join(format!("{example}{}", std::env::consts::EXE_SUFFIX));
    Command::new(&exe)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", exe.display()))
}

/// A scratch directory with the bad inputs: an empty file, a binary file, a
/// directory, a missing path; and a table of contents without a plan.
struct Inputs {
    dir: PathBuf,
}

impl Inputs {
    fn new(name: &str) -> Inputs {
        let dir =
            std::env::temp_dir().join(format!("eduplans-examples-{name}-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("a-directory")).expect("scratch dir");
        std::fs::write(dir.join("empty.txt"), b"").expect("write");
        let png: Vec<u8> = [&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..], &[0u8; 256]].concat();
        std::fs::write(dir.join("photo.png"), png).expect("write");
        std::fs::write(
            dir.join("contents.txt"),
            "目录\n一、总体要求……………1\n二、主要任务……………3\n三、保障措施……………8\n",
        )
        .expect("write");
        Inputs { dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir.join(name).display().to_string()
    }

    /// The bad inputs, as given on the command line.
    fn bad(&self) -> Vec<String> {
        ["empty.txt", "photo.png", "a-directory", "missing.txt"]
            .iter()
            .map(|n| self.path(n))
            .collect()
    }
}

impl Drop for Inputs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

const JIYUAN: &str = "data/corpus/jiyuan-2018.txt";
const MINHANG: &str = "data/corpus/minhang-2017.txt";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Exactly one `FILE: error: why` line for each bad file, and no other error.
fn assert_one_error_each(stderr: &str, bad: &[String]) {
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(errors.len(), bad.len(), "stderr:\n{stderr}");
    for file in bad {
        let mine: Vec<&&str> = errors
            .iter()
            .filter(|l| l.starts_with(&format!("{file}: error: ")))
            .collect();
        assert_eq!(mine.len(), 1, "{file}: stderr:\n{stderr}");
        let why = &mine[0][file.len() + ": error: ".len()..];
        assert!(why.trim().len() > 5, "no reason for {file}: {why:?}");
    }
    for line in stderr.lines() {
        assert!(
            line.contains(": error: ") || line.contains(": warning: "),
            "stray stderr line: {line}"
        );
    }
}

#[test]
fn items_prints_the_good_plan_and_one_error_per_bad_file() {
    let inputs = Inputs::new("items");
    let bad = inputs.bad();
    let mut args = vec![JIYUAN];
    args.extend(bad.iter().map(String::as_str));
    for format in ["text", "jsonl", "csv"] {
        let mut a = vec!["--format", format];
        a.extend(&args);
        let out = run("items", &a);
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(1), "{format}: stderr:\n{stderr}");
        assert_one_error_each(&stderr, &bad);
        match format {
            "jsonl" => {
                let items: Vec<serde_json::Value> = stdout
                    .lines()
                    .map(|l| serde_json::from_str(l).expect("a JSON line"))
                    .collect();
                assert_eq!(items.len(), 37, "the plan's 37 items");
                assert!(items.iter().all(|i| i["plan"] == "jiyuan-2018"));
                assert!(items
                    .iter()
                    .any(|i| i["path"] == "1/3" && i["heading"] == "加强基层党组织建设"));
            }
            "csv" => {
                assert!(stdout.starts_with("plan,path,heading,themes,text\n"));
                assert_eq!(
                    stdout
                        .lines()
                        .filter(|l| l.starts_with("jiyuan-2018,"))
                        .count(),
                    37
                );
            }
            _ => {
                assert_eq!(
                    stdout
                        .lines()
                        .filter(|l| l.starts_with("jiyuan-2018  "))
                        .count(),
                    37
                );
                assert!(stdout.contains("加强基层党组织建设"));
            }
        }
    }
}

#[test]
fn compare_prints_the_tables_of_the_good_plans_and_an_error_for_the_bad() {
    let inputs = Inputs::new("compare");
    let bad = vec![inputs.path("photo.png")];
    let out = run("compare", &[JIYUAN, MINHANG, &bad[0]]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "stderr:\n{stderr}");
    assert_one_error_each(&stderr, &bad);
    for title in [
        "Coverage: items per theme",
        "Gaps:",
        "Similarity: Jaccard on theme sets",
        "Targets side by side",
    ] {
        assert!(stdout.contains(title), "no {title} in:\n{stdout}");
    }
    assert!(stdout.contains("jiyuan-2018") && stdout.contains("minhang-2017"));
    // Every bad file at once, as JSON: the two good plans are still compared.
    let mut args = vec!["--format", "json", JIYUAN, MINHANG];
    let all_bad = inputs.bad();
    args.extend(all_bad.iter().map(String::as_str));
    let out = run("compare", &args);
    assert_eq!(out.status.code(), Some(1));
    assert_one_error_each(&text(&out.stderr), &all_bad);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let units: Vec<&str> = json["units"]
        .as_array()
        .expect("units")
        .iter()
        .filter_map(|u| u["id"].as_str())
        .collect();
    assert_eq!(units, ["jiyuan-2018", "minhang-2017"]);
}

#[test]
fn compare_with_one_good_plan_left_says_why_it_cannot_compare() {
    let inputs = Inputs::new("compare-one");
    let bad = [inputs.path("empty.txt")];
    let out = run("compare", &[JIYUAN, &bad[0]]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr:\n{stderr}");
    assert!(out.stdout.is_empty());
    assert!(
        stderr.contains(&format!("{}: error: no text", bad[0])),
        "{stderr}"
    );
    assert!(
        stderr.contains("comparison: error: needs at least two plans"),
        "{stderr}"
    );
}

#[test]
fn compare_tells_apart_two_files_of_one_name() {
    // Two plans with the same file stem would share an id; the example names
    // them by their paths instead, and compares them.
    let inputs = Inputs::new("same-name");
    for dir in ["2018", "2019"] {
        std::fs::create_dir_all(inputs.dir.join(dir)).expect("dir");
        std::fs::copy(JIYUAN, inputs.dir.join(dir).join("plan.txt")).expect("copy");
    }
    let a = inputs.path("2018/plan.txt");
    let b = inputs.path("2019/plan.txt");
    let out = run("compare", &["--table", "similarity", &a, &b]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("2018/plan") && stdout.contains("2019/plan"),
        "{stdout}"
    );
}

#[test]
fn targets_prints_the_good_plan_and_one_error_per_bad_file() {
    let inputs = Inputs::new("targets");
    let bad = inputs.bad();
    let mut args = vec!["--format", "jsonl", JIYUAN];
    args.extend(bad.iter().map(String::as_str));
    let out = run("targets", &args);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "stderr:\n{stderr}");
    assert_one_error_each(&stderr, &bad);
    let targets: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(targets.len(), 3, "{stdout}");
    assert!(targets.iter().all(|t| t["plan"] == "jiyuan-2018"));
    assert!(targets
        .iter()
        .any(|t| t["value"] == 95.0 && t["unit"] == "%"));
}

/// The arguments that run `example` on `file`: `compare` needs a second
/// plan to compare it with.
fn alone_or_with_jiyuan<'a>(example: &str, file: &'a str) -> Vec<&'a str> {
    if example == "compare" {
        vec![JIYUAN, file]
    } else {
        vec![file]
    }
}

#[test]
fn a_table_of_contents_alone_is_a_warning_not_an_error() {
    let inputs = Inputs::new("contents");
    let toc = inputs.path("contents.txt");
    for example in EXAMPLES {
        let out = run(example, &alone_or_with_jiyuan(example, &toc));
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{example}: stderr:\n{stderr}");
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with(&format!("{toc}: warning: no items"))),
            "{example}: stderr:\n{stderr}"
        );
        assert!(!stderr.contains(": error: "), "{example}: {stderr}");
        if example == "items" {
            assert!(out.stdout.is_empty(), "no items to print");
        }
    }
}

/// A headline goal followed by a bare list of 33 town figures in one
/// sentence: the goal is read, the list is not, and one warning says so.
#[test]
fn a_crowded_sentence_gives_its_headline_goal_and_one_warning() {
    let inputs = Inputs::new("crowded");
    let towns: Vec<String> = (0..32).map(|k| format!("第{k}镇97%")).collect();
    let plan = format!(
        "一、学前教育\n1.扩大学前教育资源。全县学前三年毛入园率达到95%以上，其中城关镇96%，{}。\n",
        towns.join("，")
    );
    let file = inputs.path("crowded.txt");
    std::fs::write(&file, plan).expect("write");
    for example in EXAMPLES {
        let out = run(example, &alone_or_with_jiyuan(example, &file));
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{example}: stderr:\n{stderr}");
        let warned = stderr
            .lines()
            .filter(|l| l.starts_with(&format!("{file}: warning: ")) && l.contains("crowded"))
            .count();
        assert_eq!(warned, 1, "{example}: stderr:\n{stderr}");
    }
    let out = run("targets", &["--format", "jsonl", &file]);
    let targets: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(targets.len(), 1, "{targets:?}");
    assert_eq!(targets[0]["value"], 95.0);
    assert_eq!(targets[0]["relation"], "at_least");
    assert_eq!(targets[0]["subject"], "学前三年毛入园率");
}

/// A path that is not UTF-8 is read like any other: the examples take their
/// arguments as OS strings.
#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let inputs = Inputs::new("not-utf8");
    let dir = std::path::PathBuf::from(inputs.path(""));
    let file = dir.join(std::ffi::OsStr::from_bytes(b"\xff\xfeplan.txt"));
    std::fs::copy(JIYUAN, &file).expect("copy a plan");
    let exe = examples_dir().join(format!("targets{}", std::env::consts::EXE_SUFFIX));
    let out = Command::new(&exe)
        .arg(&file)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run targets");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("95% at_least"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn the_same_file_given_twice_is_read_once_with_a_warning() {
    let out = run(
        "compare",
        &["--table", "similarity", JIYUAN, MINHANG, JIYUAN],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert_eq!(
        stderr.matches("warning: given more than once").count(),
        1,
        "{stderr}"
    );
    // Two units, not an error for a duplicate id.
    let stdout = text(&out.stdout);
    let header = stdout
        .lines()
        .find(|l| l.starts_with("| unit"))
        .expect("a table");
    assert_eq!(header.matches("jiyuan-2018").count(), 1, "{stdout}");
}

#[test]
fn a_bad_sidecar_is_named_in_its_error() {
    let inputs = Inputs::new("sidecar");
    std::fs::copy(JIYUAN, inputs.dir.join("plan.txt")).expect("copy");
    std::fs::write(
        inputs.dir.join("plan.meta.toml"),
        "period = \"2016-2040\"\n",
    )
    .expect("write");
    let out = run("plans", &[&inputs.path("plan.txt")]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!("{}: error:", inputs.path("plan.meta.toml")))
            && stderr.contains("more than 20 years"),
        "{stderr}"
    );
}

#[test]
fn gap_share_and_min_weight_change_the_gaps() {
    let rows = |args: &[&str]| {
        let mut all = vec!["--table", "gaps", "--format", "csv"];
        all.extend_from_slice(args);
        let out = run("compare", &all);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout).lines().count()
    };
    let default = rows(&[]);
    assert!(rows(&["--gap-share", "1"]) < default);
    assert!(rows(&["--min-weight", "2"]) > default);
    let out = run("compare", &["--gap-share", "2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--gap-share"));
}

#[test]
fn a_closed_pipe_ends_an_example_quietly() {
    use std::process::Stdio;
    let exe = examples_dir().join(format!("compare{}", std::env::consts::EXE_SUFFIX));
    for args in [&["--help"][..], &[][..]] {
        // A pipe whose reading end is closed before the example starts:
        // every write fails, as under `| head -1` once head has exited.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let out = Command::new(&exe)
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("run");
        let stderr = text(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn items_targets_and_plans_print_json_and_jsonl() {
    for example in ["items", "targets", "plans"] {
        let out = run(example, &["--format", "json", JIYUAN, MINHANG]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let all: Vec<serde_json::Value> =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{example}: {e}"));
        let out = run(example, &["--format", "jsonl", JIYUAN, MINHANG]);
        let lines: Vec<serde_json::Value> = text(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect();
        assert_eq!(all, lines, "{example}");
        assert!(!all.is_empty(), "{example}");
    }
}

#[test]
fn plans_prints_one_csv_row_a_plan_spelled_as_the_sidecar() {
    let out = run("plans", &["--format", "csv", JIYUAN, MINHANG]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows.len(), 3, "{stdout}");
    assert!(rows[0].starts_with("id,title,province,city,district,"));
    assert!(
        rows[1].contains(",county_city,") || rows[1].contains(",prefecture,"),
        "{}",
        rows[1]
    );
    assert!(!stdout.contains("CountyCity") && !stdout.contains("Utf8"));
}

#[test]
fn csv_is_one_loadable_table() {
    let out = run("compare", &["--format", "csv", "--table", "coverage"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let rows: Vec<Vec<&str>> = stdout.lines().map(|l| l.split(',').collect()).collect();
    // A header, then one row per theme, all of one length.
    assert_eq!(rows[0][..3], ["theme", "label", "zhengzhou-2016 items"]);
    assert!(rows.len() > 40, "{stdout}");
    assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{stdout}");
    for r in &rows[1..] {
        for (k, cell) in r.iter().enumerate().skip(2) {
            let n: f64 = cell
                .parse()
                .unwrap_or_else(|_| panic!("not a number: {cell}"));
            assert!(
                if k % 2 == 0 {
                    n.fract() == 0.0
                } else {
                    n <= 1.0
                },
                "{r:?}"
            );
        }
    }
    // Several tables in CSV need --table or --csv-dir.
    let out = run("compare", &["--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--csv-dir"));
    let out = run(
        "compare",
        &["--format", "csv", "--table", "similarity_words"],
    );
    assert!(text(&out.stdout).starts_with("unit,zhengzhou-2016,"));
    let dir = std::env::temp_dir().join(format!("eduplans-csv-dir-{}", std::process::id()));
    let out = run(
        "compare",
        &["--format", "csv", "--csv-dir", &dir.display().to_string()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let strongest = std::fs::read_to_string(dir.join("strongest.csv")).expect("strongest.csv");
    assert!(strongest.starts_with("unit,theme,items,share,weight,strongest item\n"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every text table of `compare` fits the default 120 columns (output that
/// is no terminal), on the bundled plans and with the development plans
/// too, Chinese characters counted two columns; `--width` sets another.
#[test]
fn text_tables_fit_the_width() {
    use unicode_width::UnicodeWidthStr;
    let mut dev: Vec<String> = std::fs::read_dir("tests/dev/docs")
        .expect("tests/dev/docs")
        .filter_map(|e| e.ok().map(|e| e.path().display().to_string()))
        .filter(|p| p.ends_with(".txt"))
        .collect();
    dev.sort();
    let bundled: Vec<String> = std::fs::read_dir("data/corpus")
        .expect("data/corpus")
        .filter_map(|e| e.ok().map(|e| e.path().display().to_string()))
        .collect();
    let with_dev: Vec<&str> = dev.iter().chain(&bundled).map(String::as_str).collect();
    for (files, width) in [(vec![], 120), (with_dev.clone(), 120), (vec![], 80)] {
        let mut args = vec!["--width".to_string(), width.to_string()];
        args.extend(files.iter().map(|f| f.to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run("compare", &args);
        let stdout = text(&out.stdout);
        let widest = stdout.lines().map(|l| l.width()).max().unwrap_or(0);
        assert!(
            widest <= width,
            "{} files: a line of {widest} > {width}",
            files.len()
        );
        assert!(stdout.lines().count() > 100);
    }
    // Without --width and not on a terminal: 120; items and targets too.
    for example in ["compare", "items", "targets"] {
        let out = run(example, &[]);
        assert!(
            text(&out.stdout).lines().all(|l| l.width() <= 120),
            "{example}"
        );
        let out = run(example, &["--width", "60"]);
        assert!(
            text(&out.stdout).lines().all(|l| l.width() <= 60),
            "{example}"
        );
    }
}

#[test]
fn compare_prints_json_lines_a_row_each() {
    let out = run("compare", &["--format", "jsonl", "--table", "gaps"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|r| r["table"] == "gaps" && r["peers"].is_number()));
}

#[test]
fn plans_coded_once_compare_as_the_plans_do() {
    let inputs = Inputs::new("coded");
    let coded = run("plans", &["--format", "jsonl", "--coded", JIYUAN, MINHANG]);
    assert!(
        coded.status.success(),
        "{}",
        String::from_utf8_lossy(&coded.stderr)
    );
    let lines = String::from_utf8(coded.stdout).expect("UTF-8");
    assert_eq!(lines.lines().count(), 2);
    let study = inputs.path("study.jsonl");
    std::fs::write(&study, &lines).expect("write");
    let direct = run("compare", &["--format", "json", JIYUAN, MINHANG]);
    let again = run("compare", &["--format", "json", &study]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(direct.stdout, again.stdout);

    // A broken line is named by file and line; the other plans compare.
    let broken = inputs.path("broken.jsonl");
    std::fs::write(&broken, format!("{lines}{{\"format\":\"other\"}}\n")).expect("write");
    let out = run("compare", &["--table", "gaps", &broken]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains(&format!("{broken}:3: error: ")), "{stderr}");
    assert!(!out.stdout.is_empty());

    let text = run("plans", &["--coded", JIYUAN]);
    assert!(!text.status.success());
    assert!(String::from_utf8_lossy(&text.stderr).contains("--format jsonl"));
}
