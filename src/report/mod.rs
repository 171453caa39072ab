//! Rendering of results: tables as terminal text, Markdown or CSV, and
//! heatmaps as SVG.
//!
//! The table and heatmap renderers know nothing of plans or themes;
//! [`tables`], [`json`] and [`coverage_svg`] turn a
//! [`Comparison`](crate::compare::Comparison) into them. The examples choose
//! a [`Format`] and a [`Style`] and print.
//!
//! - [`Table::render`] and [`render_all`]: aligned ASCII for terminals (by
//!   display width, so Chinese lines up), GitHub Markdown, RFC 4180 CSV.
//! - [`heatmap`]: a standalone SVG document, rows × columns shaded by value.
//! - [`html`]: a comparison as one self-contained page, tables and charts.
//!
//! Output is deterministic: the same input gives byte-identical output.
//!
//! ```
//! use eduplans::report::{render_all, Cell, Format, Style, Table};
//!
//! let mut t = Table::new("themes", "主题条目数", ["主题", "items"]);
//! t.push(vec!["党建".into(), Cell::from(12_i64)]);
//! t.push(vec!["“双减”".into(), Cell::from(3_usize)]);
//! let text = t.render(Format::Text, &Style::default());
//! let lines: Vec<&str> = text.lines().collect();
//! assert_eq!(lines[0], "主题条目数");
//! assert_eq!(lines[1], "+--------+-------+");
//! assert_eq!(lines[4], "| 党建   |    12 |");
//! assert_eq!(lines[5], "| “双减” |     3 |");
//!
//! let csv = render_all(&[t], Format::Csv, &Style::default());
//! assert_eq!(csv, "# 主题条目数\n主题,items\n党建,12\n“双减”,3\n");
//! ```

mod cell;
mod comparison;
mod fit;
mod html;
mod svg;
mod table;

pub use comparison::{coverage_svg, json, tables, tables_for, Part};
pub use html::html;

pub use cell::{Cell, MAX_DECIMALS};
pub use fit::{display_width, fit_width, shorten, CUT_MARK, MIN_COLUMN};
pub use svg::{heatmap, Heatmap};
pub use table::{csv_field, render_all, Format, Style, Table, DEFAULT_DECIMALS, DEFAULT_MAX_CELL};
