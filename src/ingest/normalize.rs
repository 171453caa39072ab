//! Normalisation: line ends, blanks, full-width letters and digits.
//!
//! Chinese punctuation is kept as written: `，` and `,` both occur in plans
//! and later stages accept both.

use super::Line;

/// Splits decoded text into normalised lines, keeping their numbers.
///
/// Blank lines are kept (as empty lines): the cleaner reads the gaps between
/// paragraphs to tell photo captions from headings.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    text.split('\n')
        .enumerate()
        .map(|(i, raw)| {
            let text = line(raw);
            Line {
                no: i + 1,
                display: text.clone(),
                text,
            }
        })
        .collect()
}

/// Normalises one line: blanks folded to one ASCII space and trimmed,
/// full-width ASCII letters and digits made half-width, control characters
/// other than tab dropped.
pub(crate) fn line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    for c in raw.chars() {
        let c = half_width(c);
        if c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}' {
            pending_space = !out.is_empty();
            continue;
        }
        if c.is_control() {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Full-width ASCII letters and digits (U+FF10–FF19, FF21–FF3A, FF41–FF5A) to
/// half-width; everything else unchanged.
fn half_width(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_folded_and_width_normalised() {
        assert_eq!(
            line("\u{3000}\u{3000}１．加强ＳＴＥＭ教育\u{a0}\u{a0} 工作  "),
            "1．加强STEM教育 工作"
        );
        assert_eq!(line("标       题: 要点\r"), "标 题: 要点");
    }

    #[test]
    fn lines_are_numbered_from_one() {
        let ls = lines("a\n\n b");
        assert_eq!(
            ls.iter()
                .map(|l| (l.no, l.text.as_str()))
                .collect::<Vec<_>>(),
            [(1, "a"), (2, ""), (3, "b")]
        );
    }
}
