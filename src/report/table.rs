//! Tables of cells rendered as aligned terminal text, GitHub Markdown or CSV.
//!
//! A [`Table`] is a name, a title, column names and rows of [`Cell`]s. It knows
//! nothing of what it shows: the comparison stages build tables, and the
//! examples print them in the [`Format`] the user asked for with a [`Style`].
//!
//! - [`Format::Text`]: the title on a line of its own at column 0, then an
//!   ASCII table (`+`, `-`, `=`, `|` only, laid out by `comfy-table`) whose
//!   columns are aligned by display width, so Chinese characters count two
//!   columns and ambiguous-width punctuation (`“ ” …`) one, as
//!   [`unicode_width::UnicodeWidthStr::width`] measures. Box-drawing characters
//!   and marks such as `●` are never used: they are ambiguous-width and break
//!   alignment in CJK terminals. Long cells are cut to [`Style::max_cell`]
//!   characters and `...` is appended; numbers are right-aligned.
//! - [`Format::Markdown`]: a `### title` line, a blank line, a GitHub table
//!   (`|` in cells escaped as `\|`, line breaks as spaces, cells cut as in
//!   text, numeric columns right-aligned).
//! - [`Format::Csv`]: RFC 4180 quoting, a header row of column names, every
//!   cell in full (never cut), records ending in `\n`.
//!
//! In every format floats are written with [`Style::decimals`] places, so the
//! same table always gives byte-identical output.

use std::fmt;
use std::str::FromStr;

use comfy_table::{CellAlignment, ContentArrangement};

pub use super::cell::Cell;
use super::fit::{fit, one_line, shorten, wrap};

/// The default of [`Style::max_cell`]: 40 characters is 40 to 80 terminal
/// columns (ASCII or Chinese), enough for a theme name, a plan id or the
/// opening of an item, while a table of four or five such columns still fits
/// a wide terminal.
pub const DEFAULT_MAX_CELL: usize = 40;

/// The default of [`Style::decimals`]: three places show shares and TF-IDF
/// weights (0.125) without the noise of full `f64` precision.
pub const DEFAULT_DECIMALS: usize = 3;

/// The ASCII table style of [`Format::Text`]: `comfy-table`'s
/// `ASCII_FULL_CONDENSED` (no lines between rows) with `+` where the header
/// separator meets a column border, as in the top and bottom borders.
const TEXT_STYLE: comfy_table::TableStyle = comfy_table::presets::ASCII_FULL_CONDENSED
    .header_separator(comfy_table::LineStyle::new('+', '=', '+', '+'));

/// ANSI bold on, used for the title line in [`Format::Text`] when
/// [`Style::color`] is true.
const BOLD: &str = "\x1b[1m";
/// ANSI attributes off.
const RESET: &str = "\x1b[0m";

/// How a table is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned ASCII table for a terminal or a plain-text file.
    Text,
    /// GitHub-flavoured Markdown table under a `###` heading.
    Markdown,
    /// RFC 4180 comma-separated values.
    Csv,
}

impl Format {
    /// The names [`Format::from_str`] accepts, for help texts.
    pub const NAMES: &'static str = "text, markdown (md) or csv";
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
        })
    }
}

/// Parses `text`, `markdown` (or `md`) and `csv`, in any case.
///
/// ```
/// use eduplans::report::Format;
/// assert_eq!("md".parse::<Format>(), Ok(Format::Markdown));
/// assert!("html".parse::<Format>().is_err());
/// ```
impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "csv" => Ok(Format::Csv),
            _ => Err(format!("unknown format `{s}`: expected {}", Format::NAMES)),
        }
    }
}

/// How cells are written: cut length, colour and float places.
///
/// ```
/// use eduplans::report::Style;
/// let style = Style::default().max_cell(20).decimals(2);
/// assert_eq!((style.max_cell, style.color, style.decimals), (20, false, 2));
/// ```
#[derive(Debug, Clone)]
pub struct Style {
    /// Cells longer than this many characters are cut to it and `...` is
    /// appended, in text and Markdown (never in CSV). 0 means never cut.
    /// Default [`DEFAULT_MAX_CELL`].
    pub max_cell: usize,
    /// Whether [`Format::Text`] may use ANSI colour codes: only the title line
    /// is made bold, so that alignment never depends on escape sequences.
    /// Markdown and CSV never hold escape codes. Default false; the examples
    /// pass `std::io::IsTerminal::is_terminal(&std::io::stdout())`.
    pub color: bool,
    /// Places after the decimal point for [`Cell::Float`], in every format.
    /// Default [`DEFAULT_DECIMALS`]; at most [`MAX_DECIMALS`](super::MAX_DECIMALS) are written.
    pub decimals: usize,
    /// The display width a [`Format::Text`] table must fit, in terminal
    /// columns (Chinese characters count two): its widest text columns are
    /// cut further, down to [`MIN_COLUMN`](super::MIN_COLUMN), and a table still too wide is
    /// split into parts of columns, each repeating the first. 0, the
    /// default, is any width.
    pub width: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            max_cell: DEFAULT_MAX_CELL,
            color: false,
            decimals: DEFAULT_DECIMALS,
            width: 0,
        }
    }
}

impl Style {
    /// This style with [`Style::max_cell`] set.
    #[must_use]
    pub fn max_cell(mut self, max_cell: usize) -> Self {
        self.max_cell = max_cell;
        self
    }

    /// This style with [`Style::color`] set.
    #[must_use]
    pub fn color(mut self, color: bool) -> Self {
        self.color = color;
        self
    }

    /// This style with [`Style::decimals`] set.
    #[must_use]
    pub fn decimals(mut self, decimals: usize) -> Self {
        self.decimals = decimals;
        self
    }

    /// This style with [`Style::width`] set.
    #[must_use]
    pub fn width(mut self, width: usize) -> Self {
        self.width = width;
        self
    }
}

/// A titled table of cells.
///
/// Rows shorter than `columns` are filled with empty cells; a row longer than
/// `columns` adds columns with empty names, so no value is ever dropped.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Table {
    /// A short machine name (`theme_counts`), e.g. for a file name; shown only
    /// where the title is empty.
    pub name: String,
    /// The human title, written above the table.
    pub title: String,
    /// Column names, written as the header row.
    pub columns: Vec<String>,
    /// The rows, each a cell per column.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// An empty table with these column names.
    pub fn new<N, T, C, S>(name: N, title: T, columns: C) -> Table
    where
        N: Into<String>,
        T: Into<String>,
        C: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Table {
            name: name.into(),
            title: title.into(),
            columns: columns.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    /// Appends a row.
    pub fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }

    /// The table written in `format`; every line, the last included, ends in
    /// `\n`. In CSV the title is not written (see [`render_all`]).
    ///
    /// ```
    /// use eduplans::report::{Cell, Format, Style, Table};
    /// let mut t = Table::new("n", "Counts", ["theme", "n"]);
    /// t.push(vec!["德育".into(), Cell::from(3_i64)]);
    /// let md = t.render(Format::Markdown, &Style::default());
    /// assert_eq!(md, "### Counts\n\n| theme | n |\n| --- | ---: |\n| 德育 | 3 |\n");
    /// ```
    pub fn render(&self, format: Format, style: &Style) -> String {
        match format {
            Format::Text => self.render_text(style),
            Format::Markdown => self.render_markdown(style),
            Format::Csv => self.render_csv(style),
        }
    }

    /// The heading shown above the table: the title, or the name where the
    /// title is blank; `None` where both are.
    fn heading(&self) -> Option<String> {
        [&self.title, &self.name]
            .into_iter()
            .map(|s| one_line(s).trim().to_string())
            .find(|s| !s.is_empty())
    }

    /// The number of columns drawn: the column names or the longest row.
    fn width(&self) -> usize {
        self.rows
            .iter()
            .map(Vec::len)
            .fold(self.columns.len(), usize::max)
    }

    /// The header names, padded to [`Table::width`].
    fn header(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.columns.iter().map(String::as_str).collect();
        names.resize(self.width(), "");
        names
    }

    /// The rows, each padded with empty cells to [`Table::width`].
    fn cells(&self) -> impl Iterator<Item = Vec<&Cell>> {
        let width = self.width();
        self.rows.iter().map(move |row| {
            let mut cells: Vec<&Cell> = row.iter().collect();
            cells.resize(width, &Cell::Empty);
            cells
        })
    }

    /// For each column, whether it is numeric: at least one number and no
    /// text. Numeric columns have their header right-aligned too.
    fn numeric_columns(&self) -> Vec<bool> {
        (0..self.width())
            .map(|c| {
                let cells = || self.rows.iter().filter_map(|r| r.get(c));
                cells().any(Cell::is_number) && !cells().any(|x| matches!(x, Cell::Text(_)))
            })
            .collect()
    }

    fn render_text(&self, style: &Style) -> String {
        let mut out = String::new();
        if let Some(heading) = self.heading() {
            // A title wider than the table may be is wrapped.
            let heading = wrap(&heading, style.width);
            if style.color {
                out.push_str(BOLD);
                out.push_str(&heading);
                out.push_str(RESET);
            } else {
                out.push_str(&heading);
            }
            out.push('\n');
        }
        if self.width() == 0 {
            out.push_str("(no columns)\n");
            return out;
        }
        let numeric = self.numeric_columns();
        // The texts as they will stand: the header first, every cell on one
        // line and cut to `max_cell` characters.
        let mut texts: Vec<Vec<String>> = vec![self
            .header()
            .into_iter()
            .map(|name| shorten(&one_line(name), style.max_cell))
            .collect()];
        texts.extend(self.cells().map(|row| {
            row.into_iter()
                .map(|cell| shorten(&one_line(&cell.text(style.decimals)), style.max_cell))
                .collect()
        }));
        let groups = fit(&mut texts, &numeric, style.width);
        for (g, columns) in groups.iter().enumerate() {
            if groups.len() > 1 {
                let (first, last) = (
                    columns[1.min(columns.len() - 1)],
                    columns[columns.len() - 1],
                );
                out.push_str(&format!(
                    "(part {} of {}: columns {}-{} of {})\n",
                    g + 1,
                    groups.len(),
                    first + 1,
                    last + 1,
                    numeric.len()
                ));
            }
            let mut table = comfy_table::Table::new();
            table
                .load_style(TEXT_STYLE)
                .set_content_arrangement(ContentArrangement::Disabled);
            let align = |c: usize| {
                if numeric[c] {
                    CellAlignment::Right
                } else {
                    CellAlignment::Left
                }
            };
            table.set_header(
                columns
                    .iter()
                    .map(|&c| comfy_table::Cell::new(&texts[0][c]).set_alignment(align(c))),
            );
            for (row, cells) in texts[1..].iter().zip(self.cells()) {
                table.add_row(columns.iter().map(|&c| {
                    let right = cells[c].is_number();
                    comfy_table::Cell::new(&row[c]).set_alignment(if right {
                        CellAlignment::Right
                    } else {
                        CellAlignment::Left
                    })
                }));
            }
            for line in table.lines() {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out
    }

    fn render_markdown(&self, style: &Style) -> String {
        let mut out = String::new();
        if let Some(heading) = self.heading() {
            out.push_str("### ");
            out.push_str(&heading);
            out.push_str("\n\n");
        }
        if self.width() == 0 {
            out.push_str("(no columns)\n");
            return out;
        }
        let md = |s: &str| markdown_escape(&shorten(&one_line(s), style.max_cell));
        let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        out.push_str(&line(self.header().into_iter().map(md).collect()));
        out.push_str(&line(
            self.numeric_columns()
                .into_iter()
                .map(|n| if n { "---:" } else { "---" }.to_string())
                .collect(),
        ));
        for row in self.cells() {
            out.push_str(&line(
                row.into_iter()
                    .map(|c| md(&c.text(style.decimals)))
                    .collect(),
            ));
        }
        out
    }

    fn render_csv(&self, style: &Style) -> String {
        let mut out = String::new();
        let record = |out: &mut String, fields: Vec<String>| {
            let fields: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&fields.join(","));
            out.push('\n');
        };
        record(
            &mut out,
            self.header().into_iter().map(str::to_string).collect(),
        );
        for row in self.cells() {
            record(
                &mut out,
                row.into_iter().map(|c| c.text(style.decimals)).collect(),
            );
        }
        out
    }
}

/// All `tables` written in `format`, separated by one blank line.
///
/// In CSV each table is preceded by a line `# title` (the title, or the name
/// where the title is blank), so that one file can hold several tables; a
/// reader takes the lines from one `#` line to the next blank line as one CSV
/// document. [`csv_field`] quotes any field starting with `#`, so no record
/// is mistaken for such a line.
///
/// ```
/// use eduplans::report::{render_all, Format, Style, Table};
/// let mut a = Table::new("a", "First", ["x"]);
/// a.push(vec!["1,5".into()]);
/// let b = Table::new("b", "Second", ["y"]);
/// let csv = render_all(&[a, b], Format::Csv, &Style::default());
/// assert_eq!(csv, "# First\nx\n\"1,5\"\n\n# Second\ny\n");
/// ```
pub fn render_all(tables: &[Table], format: Format, style: &Style) -> String {
    tables
        .iter()
        .map(|t| match (format, t.heading()) {
            (Format::Csv, Some(h)) => format!("# {h}\n{}", t.render(format, style)),
            _ => t.render(format, style),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One CSV field as RFC 4180 writes it: quoted, with inner quotes doubled,
/// where it holds a comma, a quote, CR or LF, or starts with `#` (so that no
/// record looks like a `# title` line of [`render_all`]); as it is otherwise.
///
/// ```
/// use eduplans::report::csv_field;
/// assert_eq!(csv_field("a,b"), "\"a,b\"");
/// assert_eq!(csv_field("说\"好\""), "\"说\"\"好\"\"\"");
/// assert_eq!(csv_field("德育"), "德育");
/// ```
pub fn csv_field(s: &str) -> String {
    if s.starts_with('#') || s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// `|` escaped for a GitHub table cell.
fn markdown_escape(s: &str) -> String {
    s.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::super::fit::{display_width, CUT_MARK};
    use super::*;

    fn sample() -> Table {
        let mut t = Table::new(
            "sample",
            "主题对照 “样例” …",
            ["plan", "主题", "n", "share"],
        );
        t.push(vec![
            "zhengzhou-2016 郑州市".into(),
            "规范办学".into(),
            Cell::from(12_i64),
            Cell::from(0.25),
        ]);
        t.push(vec![
            "qiqihar-2022 齐齐哈尔市".into(),
            "“双减”…落实".into(),
            Cell::from(3_usize),
            Cell::from(None::<f64>),
        ]);
        t.push(vec![
            "ascii-only".into(),
            "mixed 中文 and ASCII ‘quotes’ — dash".into(),
            Cell::from(1234_i64),
            Cell::from(1.0 / 3.0),
        ]);
        t
    }

    fn table_lines(text: &str) -> Vec<&str> {
        text.lines().skip(1).collect()
    }

    #[test]
    fn comfy_table_measures_like_unicode_width() {
        // Ambiguous-width characters count one column, Chinese two.
        assert_eq!(display_width("“”…‘’—"), 6);
        assert_eq!(display_width("齐齐哈尔"), 8);
        let text = sample().render(Format::Text, &Style::default());
        let lines = table_lines(&text);
        assert!(lines.len() >= 6, "{text}");
        let w = display_width(lines[0]);
        for line in &lines {
            assert_eq!(
                display_width(line),
                w,
                "misaligned line {line:?} in\n{text}"
            );
        }
    }

    #[test]
    fn text_has_title_at_column_zero_and_borders() {
        let text = sample().render(Format::Text, &Style::default());
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("主题对照 “样例” …"));
        for line in lines {
            assert!(line.starts_with(['+', '|']), "{line:?}");
            assert!(line.ends_with(['+', '|']), "{line:?}");
        }
        assert!(text.ends_with('\n'));
        for c in ['─', '│', '┌', '┼', '═', '●'] {
            assert!(!text.contains(c), "{c} in\n{text}");
        }
    }

    #[test]
    fn numbers_right_aligned_and_floats_rounded() {
        let text = sample().render(Format::Text, &Style::default());
        assert!(text.contains("|   12 |"), "{text}");
        assert!(text.contains("|    3 |"), "{text}");
        assert!(text.contains("| 0.333 |"), "{text}");
        assert!(text.contains("| 0.250 |"), "{text}");
        // Header of a numeric column is right-aligned too.
        assert!(text.contains("|    n |"), "{text}");
        let two = sample().render(Format::Text, &Style::default().decimals(1));
        assert!(two.contains("|   0.3 |"), "{two}");
    }

    #[test]
    fn long_cells_cut_with_dots() {
        let mut t = Table::new("t", "T", ["x"]);
        t.push(vec!["一二三四五六七八九十".into()]);
        t.push(vec!["abcdef".into()]);
        t.push(vec!["abc".into()]);
        let style = Style::default().max_cell(4);
        let text = t.render(Format::Text, &style);
        assert!(text.contains("| 一二三四... |"), "{text}");
        assert!(text.contains("| abcd...     |"), "{text}");
        assert!(text.contains("| abc         |"), "{text}");
        let md = t.render(Format::Markdown, &style);
        assert!(md.contains("| 一二三四... |"), "{md}");
        // CSV is never cut.
        let csv = t.render(Format::Csv, &style);
        assert!(csv.contains("一二三四五六七八九十\n"), "{csv}");
        // 0 never cuts.
        let full = t.render(Format::Text, &Style::default().max_cell(0));
        assert!(full.contains("一二三四五六七八九十"), "{full}");
    }

    #[test]
    fn newlines_in_cells_stay_on_one_line() {
        let mut t = Table::new("t", "T", ["x", "y"]);
        t.push(vec!["a\nb".into(), "c\r\nd\te".into()]);
        let text = t.render(Format::Text, &Style::default());
        assert_eq!(text.lines().count(), 6, "{text}");
        assert!(text.contains("| a b | c  d e |"), "{text}");
        let md = t.render(Format::Markdown, &Style::default());
        assert!(md.contains("| a b | c  d e |"), "{md}");
    }

    #[test]
    fn markdown_escapes_pipes() {
        let mut t = Table::new("t", "A | B", ["a|b", "n"]);
        t.push(vec!["x | y".into(), Cell::from(2.0)]);
        let md = t.render(Format::Markdown, &Style::default());
        assert_eq!(
            md,
            "### A | B\n\n| a\\|b | n |\n| --- | ---: |\n| x \\| y | 2.000 |\n"
        );
    }

    #[test]
    fn csv_quotes_per_rfc_4180() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field(""), "");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
        assert_eq!(csv_field("a\rb"), "\"a\rb\"");
        assert_eq!(csv_field("#1"), "\"#1\"");
        assert_eq!(csv_field("a#1"), "a#1");
        let mut t = Table::new("t", "T", ["name", "note", "v"]);
        t.push(vec!["a,b".into(), "line1\nline2".into(), Cell::from(0.5)]);
        t.push(vec!["x".into()]);
        assert_eq!(
            t.render(Format::Csv, &Style::default()),
            "name,note,v\n\"a,b\",\"line1\nline2\",0.500\nx,,\n"
        );
    }

    #[test]
    fn no_ansi_unless_color() {
        let tables = [sample(), sample()];
        for format in [Format::Text, Format::Markdown, Format::Csv] {
            let out = render_all(&tables, format, &Style::default());
            assert!(!out.contains('\x1b'), "{format}: {out}");
        }
        let colored = sample().render(Format::Text, &Style::default().color(true));
        assert!(colored.starts_with("\x1b[1m主题对照"), "{colored}");
        // Only the title line is coloured; the table lines are as without.
        let plain = sample().render(Format::Text, &Style::default());
        assert_eq!(table_lines(&colored), table_lines(&plain));
        for format in [Format::Markdown, Format::Csv] {
            let out = sample().render(format, &Style::default().color(true));
            assert!(!out.contains('\x1b'), "{format}: {out}");
        }
    }

    #[test]
    fn render_all_separates_with_one_blank_line() {
        let mut a = Table::new("a", "A", ["x"]);
        a.push(vec![Cell::from(1_i64)]);
        let b = Table::new("b", "", ["y"]);
        let text = render_all(&[a.clone(), b.clone()], Format::Text, &Style::default());
        assert_eq!(
            text,
            "A\n+---+\n| x |\n+===+\n| 1 |\n+---+\n\nb\n+---+\n| y |\n+===+\n+---+\n"
        );
        let csv = render_all(&[a, b], Format::Csv, &Style::default());
        assert_eq!(csv, "# A\nx\n1\n\n# b\ny\n");
        assert_eq!(render_all(&[], Format::Text, &Style::default()), "");
    }

    #[test]
    fn ragged_rows_keep_every_value() {
        let mut t = Table::new("t", "T", ["a", "b"]);
        t.push(vec!["1".into()]);
        t.push(vec!["1".into(), "2".into(), "3".into()]);
        let csv = t.render(Format::Csv, &Style::default());
        assert_eq!(csv, "a,b,\n1,,\n1,2,3\n");
        let text = t.render(Format::Text, &Style::default());
        assert!(text.contains("| 1 | 2 | 3 |"), "{text}");
        let empty = Table::new("e", "E", Vec::<String>::new());
        assert_eq!(
            empty.render(Format::Text, &Style::default()),
            "E\n(no columns)\n"
        );
    }

    #[test]
    fn deterministic_and_serialisable() {
        let style = Style::default();
        for format in [Format::Text, Format::Markdown, Format::Csv] {
            assert_eq!(
                sample().render(format, &style),
                sample().render(format, &style)
            );
        }
        assert_eq!(Cell::from(-0.0001).text(3), "0.000");
        assert_eq!(Cell::from(-0.5).text(1), "-0.5");
        let json = serde_json::to_string(&vec![
            Cell::from("a"),
            Cell::from(1_i64),
            Cell::from(0.5),
            Cell::Empty,
        ])
        .unwrap_or_default();
        assert_eq!(json, r#"["a",1,0.5,null]"#);
        assert_eq!(Cell::from(usize::MAX), Cell::Text(usize::MAX.to_string()));
    }

    #[test]
    fn a_table_fits_its_width_cut_or_in_parts() {
        let mut wide = Table::new("wide", "一张很宽的表", ["主题", "说明"]);
        wide.push(vec![
            "学前教育".into(),
            "扩大普惠性学前教育资源供给，新建改扩建公办幼儿园，提高保教质量".into(),
        ]);
        let style = Style::default().max_cell(0).width(40);
        let text = wide.render(Format::Text, &style);
        assert!(text.lines().all(|l| display_width(l) <= 40), "{text}");
        assert!(text.contains(CUT_MARK));
        // Thirty numeric columns fit no width: parts, each led by the first.
        let mut many = Table::new("many", "", (0..31).map(|i| format!("c{i}")));
        many.push((0..31).map(|i| Cell::from(i as i64)).collect());
        let text = many.render(Format::Text, &Style::default().width(40));
        assert!(text.lines().all(|l| display_width(l) <= 40), "{text}");
        assert!(text.contains("(part 1 of"));
        assert_eq!(text.matches("| c0 ").count(), text.matches("(part").count());
        // Width 0 is any width: one table.
        assert!(!many
            .render(Format::Text, &Style::default())
            .contains("(part"));
    }
}
