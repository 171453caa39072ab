//! Fitting tables to a terminal's width: cutting and wrapping text by
//! display width (Chinese characters count two columns), and splitting a
//! table's columns into parts that fit.

use unicode_width::UnicodeWidthStr;

/// What is appended to a cell cut at
/// [`Style::max_cell`](super::Style::max_cell) characters. Three ASCII dots
/// rather than `…`, which is ambiguous-width in CJK terminals.
pub const CUT_MARK: &str = "...";

/// The narrowest a text column is cut to when a table must fit
/// [`Style::width`](super::Style::width), in terminal columns: a theme's name or a plan's id
/// stays readable.
pub const MIN_COLUMN: usize = 12;

/// How wide a text column may stay in a table split into parts: a plan's
/// id of some length stays whole, and a part still holds four or five
/// columns at 120.
const SPLIT_COLUMN: usize = 20;

/// Fits a table's texts (header first) to `width` terminal columns: cuts
/// the widest text columns, no narrower than [`MIN_COLUMN`], then splits
/// the columns into parts that each fit, every part led by the first
/// column. Gives the columns of each part; one part holding them all where
/// the table fits, or where `width` is 0.
pub(super) fn fit(texts: &mut [Vec<String>], numeric: &[bool], width: usize) -> Vec<Vec<usize>> {
    let n = numeric.len();
    let all = vec![(0..n).collect::<Vec<_>>()];
    if width == 0 {
        return all;
    }
    let mut widths: Vec<usize> = (0..n)
        .map(|c| {
            texts
                .iter()
                .map(|r| display_width(&r[c]))
                .max()
                .unwrap_or(0)
        })
        .collect();
    // `| a | b |`: a border and a space either side of each column.
    let drawn = |ws: &[usize]| 1 + ws.iter().map(|w| w + 3).sum::<usize>();
    // The widest a text column may stay: lowered until the table fits,
    // so that cuts fall on the widest columns alike.
    let widest = widths.iter().copied().max().unwrap_or(0);
    let level = (MIN_COLUMN..=widest)
        .rev()
        .find(|&level| {
            let ws: Vec<usize> = (0..n)
                .map(|c| {
                    if numeric[c] {
                        widths[c]
                    } else {
                        widths[c].min(level)
                    }
                })
                .collect();
            drawn(&ws) <= width
        })
        // Too many columns to fit at any level: they are split into parts,
        // where a column may keep more of its text.
        .unwrap_or(SPLIT_COLUMN.min(width / 3));
    for c in 0..n {
        if numeric[c] || widths[c] <= level {
            continue;
        }
        for row in texts.iter_mut() {
            if display_width(&row[c]) > level {
                row[c] = cut_to_width(&row[c], level);
            }
        }
        widths[c] = texts
            .iter()
            .map(|r| display_width(&r[c]))
            .max()
            .unwrap_or(0);
    }
    if drawn(&widths) <= width || n <= 2 {
        return all;
    }
    // Parts: the first column, then as many of the others as fit.
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut part = vec![0];
    for c in 1..n {
        let mut wider: Vec<usize> = part.iter().map(|&k| widths[k]).collect();
        wider.push(widths[c]);
        if part.len() > 1 && drawn(&wider) > width {
            parts.push(std::mem::replace(&mut part, vec![0, c]));
        } else {
            part.push(c);
        }
    }
    parts.push(part);
    parts
}

/// `s` broken into lines of at most `width` terminal columns (0: one line),
/// after a space where there is one.
pub(super) fn wrap(s: &str, width: usize) -> String {
    if width == 0 || display_width(s) <= width {
        return s.to_string();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_inclusive(' ') {
        if display_width(&line) + display_width(word.trim_end()) > width && !line.is_empty() {
            lines.push(line.trim_end().to_string());
            line.clear();
        }
        // A word wider than the line is broken where it must be.
        for c in word.chars() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if display_width(&line) + w > width && c != ' ' {
                lines.push(line.trim_end().to_string());
                line.clear();
            }
            line.push(c);
        }
    }
    lines.push(line.trim_end().to_string());
    lines.join("\n")
}

/// `s` as it fits `width` terminal columns (Chinese characters count two):
/// whole where it fits, else cut with [`CUT_MARK`] at its end.
///
/// ```
/// use eduplans::report::fit_width;
/// assert_eq!(fit_width("办好人民满意的教育", 20), "办好人民满意的教育");
/// assert_eq!(fit_width("办好人民满意的教育", 10), "办好人...");
/// ```
pub fn fit_width(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        s.to_string()
    } else {
        cut_to_width(s, width)
    }
}

/// `s` cut to at most `width` terminal columns, [`CUT_MARK`] included.
fn cut_to_width(s: &str, width: usize) -> String {
    let room = width.saturating_sub(CUT_MARK.len());
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push_str(CUT_MARK);
    out
}

/// `s` on one line: line breaks, tabs and other control characters become
/// spaces, since a terminal or a Markdown row cannot hold them and they have
/// no reliable display width.
pub(super) fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `s` cut to `max` characters with [`CUT_MARK`] appended where it was cut;
/// `max` 0 never cuts.
///
/// ```
/// assert_eq!(eduplans::report::shorten("办好人民满意的教育", 4), "办好人民...");
/// ```
pub fn shorten(s: &str, max: usize) -> String {
    if max == 0 || s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    out.push_str(CUT_MARK);
    out
}

/// The display width of a line of rendered text: Chinese characters two
/// columns, ambiguous-width characters one, as the tables are aligned.
pub fn display_width(s: &str) -> usize {
    s.width()
}
