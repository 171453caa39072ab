//! Compares plans: coverage, overlaps, gaps, similarity, distinctive themes
//! and words, aligned items, shared phrases and targets side by side.
//!
//! # A tour of the tables
//!
//! ```sh
//! cargo run --release --example compare -- [--format text|markdown|csv|json|jsonl] [--table NAME] [--csv-dir DIR]
//!     [--by plan|city|district] [--level theme|parent|domain] [--against ID]
//!     [--gap-share S] [--min-weight W] [--svg PATH] [--schema PATH] [FILE...]
//! ```
//!
//! With no FILE it compares the five bundled plans and prints every table in
//! order; `--table NAME` prints one part, or one table of a part by its name
//! (`similarity_words`). `--format markdown` gives GitHub tables, `csv` one
//! table with every cell in full and numbers as numbers (several tables need
//! `--table`, or `--csv-dir DIR` for a file per table, `DIR/NAME.csv`),
//! `json` one object with the crate and schema versions, the options, the
//! units and the tables asked for. `--by city` merges plans of one city
//! (zhengzhou-2016 and zhengzhou-2024 become 郑州市; minhang-2017, a district's
//! plan, becomes 上海市 (闵行区)), `--by district` splits a plan that speaks
//! for several districts into one unit each and keeps a district's plan whole. `--level parent`
//! or `--level domain` rolls themes up (足球 into 体育; 42 themes into 8 domains).
//! `--against ID` measures keyness against one unit instead of the rest.
//! `--svg PATH` also writes the coverage heatmap (units × themes, shaded by tag
//! weight) as a standalone SVG. `--schema PATH` codes with a researcher's schema.
//! Output is deterministic. The excerpts below (0.6.0, at the default width of
//! 120 columns) show the first rows of each table.
//!
//! **coverage**: how many items of each unit address each theme, and what share
//! of its text they make (in CSV, each in a column of its own); **strongest**
//! names each unit's strongest item per theme.
//!
//! ```text
//! Coverage: items per theme (share of the unit's text)
//! +-------------------------------+----------------+-------------+--------------+----------------+--------------+
//! | theme                         | zhengzhou-2016 | jiyuan-2018 | qiqihar-2022 | zhengzhou-2024 | minhang-2017 |
//! +===============================+================+=============+==============+================+==============+
//! | 党建 party_building           | 4 (5%)         | 4 (10%)     | 1 (2%)       | 4 (14%)        | 0            |
//! | 规范办学 school_conduct       | 3 (11%)        | 4 (10%)     | 4 (7%)       | 0              | 0            |
//! | 依法治教 rule_of_law          | 2 (3%)         | 0           | 1 (1%)       | 0              | 2 (6%)       |
//! ...
//! +-------------------------------+----------------+-------------+--------------+----------------+--------------+
//! ```
//!
//! **overlaps**: the themes every unit covers, then UpSet-style intersections
//! (themes covered by exactly these units, largest first).
//!
//! ```text
//! Overlaps: themes every unit covers
//! +----------------------+------------+
//! | theme                | label      |
//! +======================+============+
//! | inspection           | 督导评估   |
//! | school_construction  | 建校       |
//! | ict                  | 信息化     |
//! ...
//! +----------------------+------------+
//! ```
//!
//! **gaps**: what each unit lacks that at least half of its peers cover, with the
//! peers' strongest item on it.
//!
//! ```text
//! Gaps: themes most peers cover and the unit does not, with the peers' strongest item
//! +---------------------------+----------+----------+-------+------------------------------------------------------------+
//! | unit                      | theme    | covering | peers | example of what is missing                                 |
//! +===========================+==========+==========+=======+============================================================+
//! | zhengzhou-2016 郑州市     | 家校共育 |        3 |     4 | qiqihar-2022 2/(6)/1: 建立中小学家长学校                   |
//! | zhengzhou-2016 郑州市     | 关爱群体 |        3 |     4 | jiyuan-2018 8/34: 关爱特殊群体                             |
//! | zhengzhou-2016 郑州市     | 后勤保障 |        2 |     4 | minhang-2017 4/5: 提升后勤保障能力                         |
//! ...
//! +---------------------------+----------+----------+-------+------------------------------------------------------------+
//! ```
//!
//! **similarity**: how alike units are, three ways: Jaccard on the sets of themes
//! covered, cosine on theme weights, cosine on word TF-IDF.
//!
//! ```text
//! Similarity: Jaccard on theme sets
//! +---------------------------+----------------+-------------+--------------+----------------+--------------+
//! | unit                      | zhengzhou-2016 | jiyuan-2018 | qiqihar-2022 | zhengzhou-2024 | minhang-2017 |
//! +===========================+================+=============+==============+================+==============+
//! | zhengzhou-2016 郑州市     |          1.000 |       0.821 |        0.868 |          0.641 |        0.725 |
//! | jiyuan-2018 济源市        |          0.821 |       1.000 |        0.750 |          0.703 |        0.700 |
//! | qiqihar-2022 齐齐哈尔市   |          0.868 |       0.750 |        1.000 |          0.575 |        0.744 |
//! ...
//! +---------------------------+----------------+-------------+--------------+----------------+--------------+
//! ```
//!
//! **distinctive**: themes and words over-represented in a unit against the rest
//! (log-likelihood G², with the log2 ratio as effect size), then the salient
//! words no cue of the schema covers, to show what the schema misses.
//!
//! ```text
//! Distinctive: over-represented themes and words (log-likelihood G², log2 ratio)
//! +---------------------------+---------+-------+------------+-------+-----------+--------+-----------+
//! | unit                      | against | kind  | term       | count | reference |     G2 | log ratio |
//! +===========================+=========+=======+============+=======+===========+========+===========+
//! | zhengzhou-2016 郑州市     | rest    | word  | 美育       |    22 |         7 | 38.944 |     3.519 |
//! | zhengzhou-2016 郑州市     | rest    | word  | 信访       |    10 |         0 | 30.731 |     6.189 |
//! | zhengzhou-2016 郑州市     | rest    | word  | 局属       |     9 |         0 | 27.658 |     6.037 |
//! ...
//! +---------------------------+---------+-------+------------+-------+-----------+--------+-----------+
//! ```
//!
//! **aligned**: the most similar items of different units (who says nearly
//! the same thing), scored by the overlap of character bigrams, each pair once
//! with every theme it was found under.
//!
//! ```text
//! Aligned items: the most similar items across units (score 0.25 or more), each pair once with the themes it shares
//! +------------------------------------+-------+------------------------------------+------------------------------------+
//! | themes                             | score | item                               | similar item                       |
//! +====================================+=======+====================================+====================================+
//! | 课程教学                           | 0.356 | qiqihar-2022 2/(2)/0: 以全面提...  | zhengzhou-2024 district:郑州高...  |
//! | 德育                               | 0.341 | zhengzhou-2016 4/10: 加强德育、... | jiyuan-2018 4/13: 加强和改进德育   |
//! | 校长队伍                           | 0.310 | zhengzhou-2016 6/19: 实施局属学... | minhang-2017 2/10: 提升教师国际... |
//! ...
//! +------------------------------------+-------+------------------------------------+------------------------------------+
//! ```
//!
//! **phrases**: wordings of six or more characters used by two or more plans,
//! oldest use first: a trace of how slogans travel between cities.
//!
//! ```text
//! Shared phrases: wordings in two or more plans, oldest use first
//! +------------------------------------+-------+-----------------------------------------------------------------+
//! | phrase                             | plans | used by                                                         |
//! +====================================+=======+=================================================================+
//! | 普惠性民办幼儿园                   |     3 | zhengzhou-2016 (2016), jiyuan-2018 (2018), qiqihar-2022 (202... |
//! | 信息化基础设施                     |     3 | zhengzhou-2016 (2016), minhang-2017 (2017), jiyuan-2018 (201... |
//! | 现代学徒制试点                     |     3 | zhengzhou-2016 (2016), minhang-2017 (2017), jiyuan-2018 (201... |
//! ...
//! +------------------------------------+-------+-----------------------------------------------------------------+
//! ```
//!
//! **targets**: every unit's targets by theme, those with the same subject together.
//!
//! ```text
//! Targets side by side, by theme
//! +------------+----------------+---------------------+-------+-----------------+-----------+------+---------------------+
//! | theme      | unit           | subject             | value | unit of measure | relation  | by   | item                |
//! +============+================+=====================+=======+=================+===========+======+=====================+
//! | 党建       | zhengzhou-2024 | 新增清廉学校建设... | 2-3   | 家              | exactly   |      | district:郑州高...  |
//! | 督导评估   | minhang-2017   | 公办中小学与幼儿... | 30    | 所              | at_least  |      | 3/8                 |
//! | 督导评估   | minhang-2017   | 制订新一轮发展规... | 38    | 所              | exactly   |      | 3/8                 |
//! ...
//! +------------+----------------+---------------------+-------+-----------------+-----------+------+---------------------+
//! ```
//!
//! FILE arguments are a researcher's own plans; each is named by its file stem
//! (`data/zz-2016.txt` → `zz-2016`; two files with one stem are named by their
//! paths without the extension). A file that cannot be used is reported on
//! stderr and the others are still compared; the exit code is then 1:
//!
//! ```text
//! $ cargo run --release --example compare -- --table similarity a.txt b.txt bin.dat empty.txt /tmp
//! bin.dat: error: cannot decode: neither UTF-8, UTF-16 with a byte-order mark, nor GB18030
//! empty.txt: error: no text: empty or whitespace only
//! /tmp: error: is a directory, not a plan file
//! Similarity: Jaccard on theme sets
//! ...
//! ```

mod common;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use common::Format;
use eduplans::compare::{By, Comparison, Options, ThemeLevel};
use eduplans::report::{self, Part, Style};

const USAGE: &str = "\
usage: compare [--format text|markdown|csv|json|jsonl] [--table NAME] [--csv-dir DIR]
               [--by plan|city|district] [--level theme|parent|domain] [--against ID]
               [--gap-share S] [--min-weight W] [--width N] [--svg PATH] [--html PATH]
               [--full-similarity] [--schema PATH] [FILE...]

Compares two or more plans (with no FILE, the five bundled ones) and prints
every table in order, or one part with --table: coverage, strongest,
overlaps, gaps, similarity, distinctive, aligned, phrases, targets (or one
table of a part by its name, such as similarity_words). CSV is one table:
several need --table, or --csv-dir DIR to write DIR/NAME.csv each. Plans are
named by their file stems. --by merges plans by city or splits them by district; --level
rolls themes up to their parent or domain; --html PATH writes every table,
the heatmap, an UpSet chart and the gaps as one self-contained page;
--against ID measures keyness
against one unit instead of the rest; --gap-share S makes a theme a gap of a
unit when at least that share of its peers cover it (default 0.5); --min-weight
W counts a theme where its weight in an item reaches W, candidates included
(default: the coder's tags); --svg PATH writes a coverage heatmap.
Beyond 50 units the similarity part lists each unit's nearest units
(similarity_neighbours) instead of three full matrices, unless
--full-similarity is given. A FILE given
twice is read once.
Text tables fit --width N columns (default: the terminal's width, or 120
when the output is no terminal), wide ones split into parts. JSONL is one object a line for each row of each table. JSON without --table is one object with every table, the crate version and
the schema version. A FILE ending in .jsonl holds coded plans, one a line,
as `plans --format jsonl --coded` writes them: a study codes its plans
once and compares them many times. A FILE that cannot be read is reported on stderr as
`FILE: error: why` and the exit code is 1; the others are still compared.";

fn main() -> ExitCode {
    let formats = [
        ("text", Format::Text),
        ("markdown", Format::Markdown),
        ("csv", Format::Csv),
        ("json", Format::Json),
        ("jsonl", Format::Jsonl),
    ];
    let args = common::parse_with_flags(
        USAGE,
        &formats,
        &[
            "table",
            "by",
            "level",
            "against",
            "svg",
            "gap-share",
            "min-weight",
            "csv-dir",
            "width",
            "html",
        ],
        &["full-similarity"],
    );
    let options = options(&args);
    // A part (`similarity`) or one table of a part (`similarity_words`).
    let table = args.options.get("table");
    let parts = match table.map(|name| name.parse::<Part>()) {
        Some(Ok(part)) => vec![part],
        _ => Part::ALL.to_vec(),
    };
    let coder = common::coder(&args.schema);
    // Plans are folded in one at a time: a study of many plans never holds
    // them all whole.
    let failed = std::cell::Cell::new(false);
    let mut builder = Comparison::builder(coder).options(options);
    for plan in common::coded_plans(coder, &args.files, &failed) {
        builder = builder.fold(plan);
    }
    let comparison = match builder.build() {
        Ok(c) => c,
        Err(err) => {
            eprintln!("{}: error: {}", err.input(), err.reason());
            return ExitCode::FAILURE;
        }
    };
    if let Some(path) = args.options.get("html") {
        if let Err(err) = std::fs::write(path, report::html(&comparison)) {
            eprintln!("{path}: error: cannot write: {err}");
            return ExitCode::FAILURE;
        }
    }
    if let Some(path) = args.options.get("svg") {
        if let Err(err) = std::fs::write(path, report::coverage_svg(&comparison)) {
            eprintln!("{path}: error: cannot write: {err}");
            return ExitCode::FAILURE;
        }
    }
    let text = match render(&comparison, &parts, table, &args) {
        Ok(text) => text,
        Err(why) => {
            eprintln!("error: {why}");
            return ExitCode::FAILURE;
        }
    };
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        return ExitCode::FAILURE;
    }
    common::exit(failed.get())
}

fn options(args: &common::Args) -> Options {
    let mut o = Options::default().full_similarity(args.flags.contains("full-similarity"));
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
    if let Some(share) = args.options.get("gap-share") {
        match share.parse::<f64>() {
            Ok(s) if s > 0.0 && s <= 1.0 => o = o.gap_share(s),
            _ => common::fail(
                USAGE,
                &format!("--gap-share {share:?} is not a share in (0, 1]"),
            ),
        }
    }
    if let Some(weight) = args.options.get("min-weight") {
        match weight.parse::<f64>() {
            Ok(w) if w >= 0.0 && w.is_finite() => o = o.min_weight(w),
            _ => common::fail(
                USAGE,
                &format!("--min-weight {weight:?} is not a weight of 0 or more"),
            ),
        }
    }
    o
}

/// The output: the tables of `parts` (or the one table named `table`) in
/// the format asked for; in CSV, one table, or one file per table under
/// `--csv-dir`.
fn render(
    c: &Comparison,
    parts: &[Part],
    table: Option<&String>,
    args: &common::Args,
) -> Result<String, String> {
    // Wider cells than the default: phrases and their plans need the room.
    let style = Style::default()
        .max_cell(60)
        .color(std::io::stdout().is_terminal())
        .width(common::width(args, USAGE));
    let format = match args.format {
        Format::Markdown => report::Format::Markdown,
        // JSON lines carry the CSV layout: numbers in columns of their own.
        Format::Csv | Format::Jsonl => report::Format::Csv,
        _ => report::Format::Text,
    };
    // A table's name that is no part's: `parts` is every part, and the
    // table is looked for among theirs.
    let named = table.filter(|n| n.parse::<Part>().is_err());
    let json = || {
        let mut s = serde_json::to_string_pretty(&report::json(c, parts)).unwrap_or_default();
        s.push('\n');
        s
    };
    // JSON is the comparison's data, not its tables: none is laid out.
    if args.format == Format::Json && named.is_none() {
        return Ok(json());
    }
    let mut tables = report::tables_for(c, parts, format);
    if let Some(name) = named {
        let names: Vec<String> = tables.iter().map(|t| t.name.clone()).collect();
        tables.retain(|t| &t.name == name);
        if tables.is_empty() {
            common::fail(
                USAGE,
                &format!(
                    "unknown table `{name}`: a part ({}) or a table ({})",
                    Part::ALL.map(Part::name).join(", "),
                    names.join(", ")
                ),
            );
        }
    }
    if args.format == Format::Json {
        return Ok(json());
    }
    if args.format == Format::Jsonl {
        return Ok(json_lines(&tables));
    }
    if args.format != Format::Csv {
        return Ok(report::render_all(&tables, format, &style));
    }
    if let Some(dir) = args.options.get("csv-dir") {
        let dir = std::path::Path::new(dir);
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
        for t in &tables {
            let path = dir.join(format!("{}.csv", t.name));
            std::fs::write(&path, t.render(format, &style))
                .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
        }
        return Ok(String::new());
    }
    match tables.as_slice() {
        [one] => Ok(one.render(format, &style)),
        _ => common::fail(
            USAGE,
            &format!(
                "csv is one table: give --table with one of {}, or --csv-dir DIR for a file per table",
                tables
                    .iter()
                    .map(|t| t.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
    }
}

/// One JSON object a line for each row of each table: the table's name
/// under `table`, then each column's value, numbers as numbers.
fn json_lines(tables: &[report::Table]) -> String {
    let mut out = String::new();
    for t in tables {
        for row in &t.rows {
            let mut object = serde_json::Map::new();
            object.insert("table".into(), t.name.clone().into());
            for (k, cell) in row.iter().enumerate() {
                let name = t
                    .columns
                    .get(k)
                    .cloned()
                    .unwrap_or_else(|| format!("column {k}"));
                object.insert(name, serde_json::to_value(cell).unwrap_or_default());
            }
            out.push_str(&serde_json::Value::Object(object).to_string());
            out.push('\n');
        }
    }
    out
}
