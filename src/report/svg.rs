//! A heatmap of plans × themes as a standalone SVG document.
//!
//! [`heatmap`] draws one row per plan and one column per theme. Each cell is
//! shaded by its value relative to the largest value of the matrix, from a
//! light to a dark blue (ColorBrewer "Blues"); a zero is white with a light
//! grey border, and every non-zero value is at least visibly light blue
//! ([`MIN_SHADE`]). The value is written in a cell where it fits and is always
//! given as a tooltip (`<title>`). Theme labels are rotated -60° so that
//! Chinese labels of neighbouring columns do not overlap; plan labels sit on
//! the left in a band as wide as the longest one. A title, a colour scale
//! and the caption complete the picture.
//!
//! The document needs no script, stylesheet, font file or network service;
//! the font list starts with the common CJK fonts. Labels are XML-escaped and
//! the output is the same, byte for byte, for the same input.

use std::fmt::Write as _;

use super::fit::shorten;

use unicode_width::UnicodeWidthChar;

/// The matrix and labels for [`heatmap`].
///
/// `values[r][c]` is the value of row `r` in column `c`. A missing cell (a
/// row shorter than `columns`), a negative value or one that is not finite is
/// drawn as zero; rows of `values` beyond `rows` are ignored.
#[derive(Debug, Clone, Copy)]
pub struct Heatmap<'a> {
    /// The title above the map.
    pub title: &'a str,
    /// Row labels, e.g. `qiqihar-2022 齐齐哈尔市`.
    pub rows: &'a [String],
    /// Column labels, e.g. theme names of two to four Chinese characters.
    pub columns: &'a [String],
    /// The values, `rows × columns`, zero or more.
    pub values: &'a [Vec<f64>],
    /// What the values are, written under the map (wrapped to its width).
    pub caption: &'a str,
}

/// Side of a cell in pixels: 42 theme columns make a 1092 px grid that fits a
/// 1600 px window beside the row labels, a rotated 12 px label per column
/// leaves 26·sin 60° ≈ 22 px between neighbouring labels, and a value of four
/// characters at [`VALUE_FONT`] fits inside.
const CELL: f64 = 26.0;

/// Font size of row and column labels in pixels: legible, and small enough
/// for the rotated labels not to touch (see [`CELL`]).
const LABEL_FONT: f64 = 12.0;

/// Font size of the title in pixels.
const TITLE_FONT: f64 = 16.0;

/// Font size of the values written in cells: four characters (`0.35`, `12.5`)
/// estimated at 0.6 em each fit a cell with 2 px to spare each side.
const VALUE_FONT: f64 = 9.0;

/// Font size of the caption and the scale's labels.
const SMALL_FONT: f64 = 11.0;

/// Blank space around the drawing in pixels.
const MARGIN: f64 = 16.0;

/// Gap between a label and the grid in pixels.
const GAP: f64 = 6.0;

/// Rotation of column labels in degrees: steep enough that labels of
/// neighbouring columns keep apart, flat enough to read without tilting the
/// head far.
const LABEL_ANGLE: f64 = -60.0;

/// The shade, on the 0–1 colour ramp, of the smallest non-zero value: a
/// non-zero cell is always told from an empty one. Values map linearly onto
/// `MIN_SHADE..=1`.
const MIN_SHADE: f64 = 0.15;

/// Shade above which a cell's value is written in white rather than dark
/// grey, for contrast.
const DARK_SHADE: f64 = 0.55;

/// Row labels longer than this many characters are cut (with `...`); the full
/// label stays in the row's tooltip. 48 keeps a long id with its place name
/// (`jinan-lixia-2021 济南市历下区` is 25) while a stray paragraph cannot
/// push the grid off the page.
const MAX_ROW_LABEL: usize = 48;

/// Column labels longer than this many characters are cut (with `...`).
const MAX_COLUMN_LABEL: usize = 12;

/// The CSS font list: CJK fonts first (Linux, macOS, Windows), then any sans.
pub(super) const FONT_FAMILY: &str = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC',\
'Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

/// The colour ramp, ColorBrewer's 9-class "Blues" (light to dark): a single
/// hue that stays legible in grey print and for colour-blind readers.
const RAMP: [(u8, u8, u8); 9] = [
    (0xf7, 0xfb, 0xff),
    (0xde, 0xeb, 0xf7),
    (0xc6, 0xdb, 0xef),
    (0x9e, 0xca, 0xe1),
    (0x6b, 0xae, 0xd6),
    (0x42, 0x92, 0xc6),
    (0x21, 0x71, 0xb5),
    (0x08, 0x51, 0x9c),
    (0x08, 0x30, 0x6b),
];

/// Border of a zero cell.
const ZERO_BORDER: &str = "#d0d0d0";
/// Colour of labels and dark values.
const INK: &str = "#222222";
/// Colour of the caption and the scale labels.
const GREY_INK: &str = "#555555";
/// Width of the colour scale bar in pixels.
const SCALE_WIDTH: f64 = 200.0;

/// The heatmap as a standalone SVG document (starting `<svg`).
///
/// ```
/// use eduplans::report::{heatmap, Heatmap};
/// let rows = vec!["jiyuan-2018 济源市".to_string(), "a<b".to_string()];
/// let columns = vec!["党建".to_string(), "德育".to_string()];
/// let values = vec![vec![3.0, 0.0], vec![1.0, 0.5]];
/// let svg = heatmap(&Heatmap {
///     title: "主题 × 计划",
///     rows: &rows,
///     columns: &columns,
///     values: &values,
///     caption: "条目数",
/// });
/// assert!(svg.starts_with("<svg"));
/// assert_eq!(svg.matches("<rect class=\"cell\"").count(), 4);
/// assert!(svg.contains("a&lt;b"));
/// ```
pub fn heatmap(h: &Heatmap) -> String {
    let n_rows = h.rows.len();
    let n_cols = h.columns.len();
    let value = |r: usize, c: usize| -> f64 {
        let v = h
            .values
            .get(r)
            .and_then(|row| row.get(c))
            .copied()
            .unwrap_or(0.0);
        if v.is_finite() && v > 0.0 {
            v
        } else {
            0.0
        }
    };
    let max = (0..n_rows)
        .flat_map(|r| (0..n_cols).map(move |c| (r, c)))
        .map(|(r, c)| value(r, c))
        .fold(0.0, f64::max);

    let row_labels: Vec<String> = h.rows.iter().map(|s| shorten(s, MAX_ROW_LABEL)).collect();
    let col_labels: Vec<String> = h
        .columns
        .iter()
        .map(|s| shorten(s, MAX_COLUMN_LABEL))
        .collect();

    // Horizontal layout.
    let row_label_width = row_labels
        .iter()
        .map(|s| text_em(s) * LABEL_FONT)
        .fold(0.0, f64::max);
    let grid_x = MARGIN + row_label_width + GAP;
    let grid_w = n_cols as f64 * CELL;
    let (sin, cos) = (
        LABEL_ANGLE.to_radians().sin().abs(),
        LABEL_ANGLE.to_radians().cos(),
    );
    // A rotated label reaches up by its length × sin and right by × cos.
    let col_label_len = col_labels
        .iter()
        .map(|s| text_em(s) * LABEL_FONT)
        .fold(0.0, f64::max);
    let label_right = col_labels
        .iter()
        .enumerate()
        .map(|(c, s)| col_anchor_x(grid_x, c) + text_em(s) * LABEL_FONT * cos + LABEL_FONT)
        .fold(grid_x + grid_w, f64::max);

    // Vertical layout.
    let title_y = MARGIN + TITLE_FONT;
    let grid_y = title_y + GAP * 2.0 + col_label_len * sin + LABEL_FONT;
    let grid_h = n_rows as f64 * CELL;
    let scale_y = grid_y + grid_h + GAP * 3.0;
    let scale_bar_h = 12.0;
    let caption_width = (grid_x + grid_w - MARGIN).max(480.0);
    let caption_lines = wrap(h.caption, caption_width / SMALL_FONT);
    let caption_y = scale_y + scale_bar_h + SMALL_FONT * 2.0 + GAP * 4.0;
    let height = caption_y + caption_lines.len() as f64 * SMALL_FONT * 1.5 + MARGIN;
    let title_right = MARGIN + text_em(h.title) * TITLE_FONT;
    let width = [
        label_right,
        title_right,
        MARGIN + caption_width,
        MARGIN + SCALE_WIDTH + 120.0,
    ]
    .into_iter()
    .fold(0.0, f64::max)
        + MARGIN;
    let (width, height) = (width.ceil(), height.ceil());

    let mut svg = String::new();
    // Writing to a String cannot fail; the results are ignored below.
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_FAMILY}\" font-size=\"{f}\">",
        w = num(width),
        h = num(height),
        f = num(LABEL_FONT),
    );
    let _ = writeln!(svg, "<title>{}</title>", xml(h.title));
    if !h.caption.is_empty() {
        let _ = writeln!(svg, "<desc>{}</desc>", xml(h.caption));
    }
    let _ = writeln!(
        svg,
        "<defs><linearGradient id=\"scale\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">{}</linearGradient></defs>",
        gradient_stops()
    );
    let _ = writeln!(
        svg,
        "<rect class=\"background\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>",
        num(width),
        num(height)
    );
    let _ = writeln!(
        svg,
        "<text class=\"title\" x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\" fill=\"{INK}\">{}</text>",
        num(MARGIN),
        num(title_y),
        num(TITLE_FONT),
        xml(h.title)
    );

    // Column labels, rotated about their start just above the grid.
    svg.push_str("<g class=\"columns\">\n");
    for (c, label) in col_labels.iter().enumerate() {
        let (x, y) = (col_anchor_x(grid_x, c), grid_y - GAP);
        let _ = writeln!(
            svg,
            "<text x=\"{x}\" y=\"{y}\" transform=\"rotate({a} {x} {y})\" fill=\"{INK}\"><title>{t}</title>{l}</text>",
            x = num(x),
            y = num(y),
            a = num(LABEL_ANGLE),
            t = xml(&h.columns[c]),
            l = xml(label),
        );
    }
    svg.push_str("</g>\n");

    // Row labels, right-aligned against the grid.
    svg.push_str("<g class=\"rows\" text-anchor=\"end\">\n");
    for (r, label) in row_labels.iter().enumerate() {
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" fill=\"{INK}\"><title>{}</title>{}</text>",
            num(grid_x - GAP),
            num(grid_y + (r as f64 + 0.5) * CELL + LABEL_FONT * 0.35),
            xml(&h.rows[r]),
            xml(label),
        );
    }
    svg.push_str("</g>\n");

    // Cells, then the values written in them.
    svg.push_str("<g class=\"cells\">\n");
    let mut values_svg = String::new();
    for r in 0..n_rows {
        for c in 0..n_cols {
            let v = value(r, c);
            let (x, y) = (grid_x + c as f64 * CELL, grid_y + r as f64 * CELL);
            let t = shade(v, max);
            let (fill, stroke) = if v > 0.0 {
                (colour(t), "#ffffff".to_string())
            } else {
                ("#ffffff".to_string(), ZERO_BORDER.to_string())
            };
            let _ = writeln!(
                svg,
                "<rect class=\"cell\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" \
                 stroke=\"{stroke}\" stroke-width=\"1\"><title>{} · {}: {}</title></rect>",
                num(x + 0.5),
                num(y + 0.5),
                num(CELL - 1.0),
                num(CELL - 1.0),
                xml(&h.rows[r]),
                xml(&h.columns[c]),
                full_value(v),
            );
            if let Some(text) = fitting_value(v) {
                let ink = if t > DARK_SHADE { "#ffffff" } else { INK };
                let _ = writeln!(
                    values_svg,
                    "<text x=\"{}\" y=\"{}\" fill=\"{ink}\">{text}</text>",
                    num(x + CELL / 2.0),
                    num(y + CELL / 2.0 + VALUE_FONT * 0.35),
                );
            }
        }
    }
    svg.push_str("</g>\n");
    let _ = write!(
        svg,
        "<g class=\"values\" font-size=\"{}\" text-anchor=\"middle\" pointer-events=\"none\">\n{values_svg}</g>\n",
        num(VALUE_FONT)
    );
    if n_rows == 0 || n_cols == 0 {
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" fill=\"{GREY_INK}\">(no data)</text>",
            num(grid_x),
            num(grid_y + LABEL_FONT)
        );
    }

    // Colour scale: a white box for zero, then the ramp from the smallest
    // non-zero shade to the maximum.
    let zero_w = 16.0;
    let bar_x = MARGIN + zero_w + 40.0;
    let label_y = scale_y + scale_bar_h + SMALL_FONT + 2.0;
    let _ = write!(
        svg,
        "<g class=\"scale\" font-size=\"{f}\" fill=\"{GREY_INK}\">\n\
         <rect x=\"{x0}\" y=\"{y}\" width=\"{zw}\" height=\"{bh}\" fill=\"#ffffff\" stroke=\"{ZERO_BORDER}\"/>\n\
         <text x=\"{zx}\" y=\"{ly}\" text-anchor=\"middle\">0</text>\n",
        f = num(SMALL_FONT),
        x0 = num(MARGIN),
        y = num(scale_y),
        zw = num(zero_w),
        bh = num(scale_bar_h),
        zx = num(MARGIN + zero_w / 2.0),
        ly = num(label_y),
    );
    if max > 0.0 {
        let _ = write!(
            svg,
            "<rect x=\"{bx}\" y=\"{y}\" width=\"{sw}\" height=\"{bh}\" fill=\"url(#scale)\"/>\n\
             <text x=\"{bx}\" y=\"{ly}\" text-anchor=\"start\">&gt;0</text>\n\
             <text x=\"{mx}\" y=\"{ly}\" text-anchor=\"middle\">{mid}</text>\n\
             <text x=\"{ex}\" y=\"{ly}\" text-anchor=\"end\">{top}</text>\n",
            bx = num(bar_x),
            y = num(scale_y),
            sw = num(SCALE_WIDTH),
            bh = num(scale_bar_h),
            ly = num(label_y),
            mx = num(bar_x + SCALE_WIDTH / 2.0),
            mid = full_value(max / 2.0),
            ex = num(bar_x + SCALE_WIDTH),
            top = full_value(max),
        );
    }
    svg.push_str("</g>\n");

    if !caption_lines.is_empty() {
        let _ = writeln!(
            svg,
            "<text class=\"caption\" font-size=\"{}\" fill=\"{GREY_INK}\">",
            num(SMALL_FONT)
        );
        for (i, line) in caption_lines.iter().enumerate() {
            let _ = writeln!(
                svg,
                "<tspan x=\"{}\" y=\"{}\">{}</tspan>",
                num(MARGIN),
                num(caption_y + i as f64 * SMALL_FONT * 1.5),
                xml(line)
            );
        }
        svg.push_str("</text>\n");
    }
    svg.push_str("</svg>\n");
    svg
}

/// The x of a column label's anchor: a little right of the column's centre,
/// so that the rotated glyphs (which lie up-left of their baseline) are
/// centred on the column.
fn col_anchor_x(grid_x: f64, c: usize) -> f64 {
    grid_x + (c as f64 + 0.5) * CELL + LABEL_FONT * 0.3
}

/// The position of `v` on the colour ramp: 0 for zero, otherwise linear from
/// [`MIN_SHADE`] (just above zero) to 1 (the maximum).
fn shade(v: f64, max: f64) -> f64 {
    if v <= 0.0 || max <= 0.0 {
        0.0
    } else {
        MIN_SHADE + (1.0 - MIN_SHADE) * (v / max).clamp(0.0, 1.0)
    }
}

/// The colour at `t` (0–1) on [`RAMP`], as `#rrggbb`.
fn colour(t: f64) -> String {
    let last = (RAMP.len() - 1) as f64;
    let pos = t.clamp(0.0, 1.0) * last;
    let i = (pos.floor() as usize).min(RAMP.len() - 2);
    let f = pos - i as f64;
    let (a, b) = (RAMP[i], RAMP[i + 1]);
    let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * f).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(a.0, b.0),
        mix(a.1, b.1),
        mix(a.2, b.2)
    )
}

/// The `<stop>`s of the scale's gradient: [`MIN_SHADE`] at the left end, each
/// ramp colour above it at its place, so the bar shows the cells' mapping.
fn gradient_stops() -> String {
    let last = (RAMP.len() - 1) as f64;
    let mut stops = vec![(0.0, colour(MIN_SHADE))];
    for k in 0..RAMP.len() {
        let t = k as f64 / last;
        if t > MIN_SHADE {
            stops.push(((t - MIN_SHADE) / (1.0 - MIN_SHADE), colour(t)));
        }
    }
    stops
        .into_iter()
        .map(|(o, c)| format!("<stop offset=\"{:.3}\" stop-color=\"{c}\"/>", o))
        .collect()
}

/// `v` for a tooltip or the scale: up to four decimals, trailing zeros off.
fn full_value(v: f64) -> String {
    trim_zeros(format!("{v:.4}"))
}

/// `v` as written inside a cell: the fullest of two, one or no decimals that
/// fits the cell at [`VALUE_FONT`] and does not round a non-zero value to
/// zero; `None` for zero or where nothing fits.
fn fitting_value(v: f64) -> Option<String> {
    if v <= 0.0 {
        return None;
    }
    let room = (CELL - 4.0) / (VALUE_FONT * 0.6);
    (0..=2)
        .rev()
        .map(|d| trim_zeros(format!("{v:.d$}")))
        .find(|s| s.chars().count() as f64 <= room && s.chars().any(|c| ('1'..='9').contains(&c)))
}

/// `s` without trailing zeros after a decimal point (nor the point itself).
fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Estimated width of `s` in em: wide (CJK) and ambiguous-width characters,
/// which CJK fonts draw full width, 1.0 em; others 0.6 em; zero-width none.
fn text_em(s: &str) -> f64 {
    s.chars()
        .map(|c| match c.width_cjk() {
            Some(2) => 1.0,
            Some(0) | None => 0.0,
            Some(_) => 0.6,
        })
        .sum()
}

/// `s` wrapped into lines of at most `em` em (by [`text_em`]), breaking after
/// a space or between any two CJK characters; line breaks in `s` are kept.
fn wrap(s: &str, em: f64) -> Vec<String> {
    let mut lines = Vec::new();
    for para in s.lines() {
        let mut line = String::new();
        let mut last_break: Option<usize> = None;
        for ch in para.chars() {
            line.push(ch);
            if ch == ' ' || text_em(&ch.to_string()) >= 1.0 {
                last_break = Some(line.len());
            }
            if text_em(&line) > em {
                let at = match last_break {
                    Some(at) if at < line.len() => at,
                    _ => line.len() - ch.len_utf8(),
                };
                if at == 0 {
                    continue;
                }
                let rest = line.split_off(at);
                lines.push(line.trim_end().to_string());
                line = rest.trim_start().to_string();
                last_break = None;
            }
        }
        if !line.trim().is_empty() {
            lines.push(line.trim_end().to_string());
        }
    }
    lines
}

/// `s` escaped for XML text and attribute values; characters XML 1.0 does not
/// allow (most control characters) become spaces.
pub(super) fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A coordinate with at most one decimal, `-0` as `0`.
fn num(x: f64) -> String {
    let s = trim_zeros(format!("{x:.1}"));
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|s| s.to_string()).collect()
    }

    /// Checks that tags nest and close, attributes are quoted, and no bare
    /// `&` or `<` stands in text: enough of well-formedness for what
    /// [`heatmap`] writes.
    fn well_formed(svg: &str) -> Result<(), String> {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(open) = rest.find('<') {
            check_text(&rest[..open])?;
            let close = rest[open..]
                .find('>')
                .ok_or_else(|| "unclosed tag".to_string())?
                + open;
            let tag = &rest[open + 1..close];
            if tag.contains('<') {
                return Err(format!("`<` inside tag {tag}"));
            }
            if let Some(name) = tag.strip_prefix('/') {
                match stack.pop() {
                    Some(top) if top == name => {}
                    top => return Err(format!("</{name}> closes {top:?}")),
                }
            } else {
                let name = tag
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .trim_end_matches('/');
                if name.is_empty() {
                    return Err("empty tag".into());
                }
                // Attribute values are quoted: an even number of quotes.
                if tag.matches('"').count() % 2 != 0 {
                    return Err(format!("unbalanced quotes in <{tag}>"));
                }
                check_text(tag)?;
                if !tag.ends_with('/') {
                    stack.push(name.to_string());
                }
            }
            rest = &rest[close + 1..];
            if stack.is_empty() {
                return if rest.trim().is_empty() {
                    Ok(())
                } else {
                    Err(format!("content after the root: {rest:?}"))
                };
            }
        }
        Err(format!("unclosed elements {stack:?}"))
    }

    fn check_text(s: &str) -> Result<(), String> {
        for (i, _) in s.match_indices('&') {
            let ent = &s[i..];
            if !["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                .iter()
                .any(|e| ent.starts_with(e))
            {
                return Err(format!("bare & in {s:?}"));
            }
        }
        Ok(())
    }

    fn sample() -> (Vec<String>, Vec<String>, Vec<Vec<f64>>) {
        let rows = strings(&[
            "zhengzhou-2016 郑州市",
            "qiqihar-2022 齐齐哈尔市",
            "a&b <\"x\"> 'y'",
        ]);
        let columns = strings(&["党建", "规范办学", "<script>", "“双减”"]);
        let values = vec![
            vec![3.0, 0.0, 12.5, 0.04],
            vec![0.0, 1.0, 123.456, f64::NAN],
            vec![-1.0, 2.0],
        ];
        (rows, columns, values)
    }

    fn render() -> String {
        let (rows, columns, values) = sample();
        heatmap(&Heatmap {
            title: "计划 × 主题 & <比较>",
            rows: &rows,
            columns: &columns,
            values: &values,
            caption: "每格为条目数; 0 为白色。",
        })
    }

    #[test]
    fn svg_is_well_formed_with_one_rect_per_cell() {
        let svg = render();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        well_formed(&svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
        assert_eq!(svg.matches("<rect class=\"cell\"").count(), 3 * 4);
        assert!(svg.contains(FONT_FAMILY));
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("http://") || svg.matches("http://").count() == 1);
    }

    #[test]
    fn labels_are_escaped() {
        let svg = render();
        assert!(svg.contains("a&amp;b &lt;&quot;x&quot;&gt; &apos;y&apos;"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("计划 × 主题 &amp; &lt;比较&gt;"));
        assert!(!svg.contains("a&b"));
        assert_eq!(xml("a\u{1}b"), "a b");
    }

    #[test]
    fn zero_is_white_with_grey_border_and_values_fit() {
        let svg = render();
        // Zero (2), NaN, negative and missing (2) cells.
        assert_eq!(
            svg.matches(&format!("fill=\"#ffffff\" stroke=\"{ZERO_BORDER}\""))
                .count(),
            6 + 1 // the scale's zero box
        );
        // The maximum is the darkest colour.
        assert!(svg.contains(&format!("fill=\"{}\"", colour(1.0))));
        assert_eq!(colour(1.0), "#08306b");
        assert_eq!(colour(0.0), "#f7fbff");
        assert!(svg.contains(">12.5</text>"));
        assert!(svg.contains(">3</text>"));
        // 0.04 keeps two decimals; 123.456 needs none to fit.
        assert!(svg.contains(">0.04</text>"));
        assert!(svg.contains(">123</text>"));
        assert_eq!(fitting_value(1234.6), Some("1235".into()));
        assert_eq!(fitting_value(12345.0), None);
        assert_eq!(fitting_value(0.001), None);
        // The tooltip has the full value.
        assert!(svg.contains(": 123.456</title>"));
    }

    #[test]
    fn deterministic_and_empty_input() {
        assert_eq!(render(), render());
        let svg = heatmap(&Heatmap {
            title: "",
            rows: &[],
            columns: &[],
            values: &[],
            caption: "",
        });
        well_formed(&svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
        assert!(svg.contains("(no data)"));
        assert_eq!(svg.matches("<rect class=\"cell\"").count(), 0);
    }

    #[test]
    fn layout_leaves_room_for_labels() {
        assert_eq!(text_em("齐齐哈尔市"), 5.0);
        assert!((text_em("qiqihar-2022") - 7.2).abs() < 1e-9);
        let svg = render();
        // The grid starts right of the widest row label.
        let widest = text_em("qiqihar-2022 齐齐哈尔市") * LABEL_FONT;
        let x = MARGIN + widest + GAP;
        assert!(svg.contains(&format!("<rect class=\"cell\" x=\"{}\"", num(x + 0.5))));
        assert_eq!(
            wrap("一二三四五六 seven eight", 4.0),
            ["一二三四", "五六", "seven", "eight"]
        );
        assert_eq!(wrap("", 10.0), Vec::<String>::new());
    }
}
