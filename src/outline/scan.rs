//! One walk over a plan's text for what the outline looks up along all of it:
//! its lines, where markers may open, where colons stand.

use crate::marker;
use crate::text::BmpSet;

/// Where the outline stops along the text: line breaks, colons and the
/// characters a marker may open with.
static STOPS: BmpSet = marker::openers().with(&['\n', ':', '：']);

/// Lists sized from the text's length grow seldom, where growing from empty
/// took a dozen copies a plan: a plan's lines run to a few hundred bytes, and
/// a character that may open a marker stands every sixty bytes or so. Lines
/// longer on average, or fewer openings, leave some room unused for the
/// length of the outline.
const BYTES_A_LINE: usize = 256;
/// See [`BYTES_A_LINE`].
const BYTES_AN_OPENING: usize = 48;

/// A text's lines, marker openings and colons, found together, where each
/// was a walk of its own over every line.
pub(super) struct Scan<'t> {
    /// The lines with their byte offsets, blank lines left out.
    pub lines: Vec<(usize, &'t str)>,
    /// Byte offsets where a marker may open, in order.
    openings: Vec<usize>,
    /// Byte offsets of `:` and `：`, in order.
    colons: Vec<usize>,
}

impl<'t> Scan<'t> {
    pub(super) fn of(text: &'t str) -> Scan<'t> {
        let mut scan = Scan {
            lines: Vec::with_capacity(text.len() / BYTES_A_LINE),
            openings: Vec::with_capacity(text.len() / BYTES_AN_OPENING),
            colons: Vec::new(),
        };
        let mut line = 0;
        for (at, c) in STOPS.find_in(text) {
            match c {
                '\n' => {
                    scan.push_line(text, line, at);
                    line = at + 1;
                }
                ':' | '：' => scan.colons.push(at),
                _ => scan.openings.push(at),
            }
        }
        scan.push_line(text, line, text.len());
        scan
    }

    fn push_line(&mut self, text: &'t str, from: usize, to: usize) {
        let line = &text[from..to];
        if !line.trim().is_empty() {
            let paragraphs = super::shape::paragraphs(line);
            self.lines.extend(paragraphs.map(|(at, p)| (from + at, p)));
        }
    }

    /// Where markers may open in the byte range `from..to`.
    pub(super) fn openings(&self, from: usize, to: usize) -> &[usize] {
        within(&self.openings, from, to)
    }

    /// Where colons stand in the byte range `from..to`.
    pub(super) fn colons(&self, from: usize, to: usize) -> &[usize] {
        within(&self.colons, from, to)
    }
}

/// The offsets of `sorted` in `from..to`.
fn within(sorted: &[usize], from: usize, to: usize) -> &[usize] {
    let start = sorted.partition_point(|&p| p < from);
    let end = start + sorted[start..].partition_point(|&p| p < to);
    &sorted[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_finds_what_walks_of_their_own_find() {
        let texts = [
            "一、总体要求（一）到2025年,①扩大②提升\n\n  \n1.推进：学校建设。二是加强:管理\n",
            "é推进学校建设①扩大资源②提升质量 2025年达到95%以上𝄞一、二\n第三项工程",
            "推进推进推进推进推进推进推进推进推进推进推进推进推进推进一\n",
            "",
        ];
        for text in texts {
            let scan = Scan::of(text);
            assert_eq!(scan.lines, super::super::shape::lines(text));
            let openers = marker::openers();
            let openings: Vec<usize> = (text.char_indices())
                .filter(|&(_, c)| openers.contains(c))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(scan.openings(0, text.len()), openings);
            let colons: Vec<usize> = text.match_indices([':', '：']).map(|(i, _)| i).collect();
            assert_eq!(scan.colons(0, text.len()), colons);
            let from = text.find('\n').unwrap_or(0);
            let tail: Vec<usize> = openings.into_iter().filter(|&p| p >= from).collect();
            assert_eq!(scan.openings(from, text.len()), tail);
        }
    }
}
