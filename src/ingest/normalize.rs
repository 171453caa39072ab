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
        .map(|(i, raw)| Line {
            no: i + 1,
            text: line(raw),
            display: None,
        })
        .collect()
}

/// Normalises one line: blanks folded to one ASCII space and trimmed,
/// full-width ASCII letters and digits made half-width, control characters
/// other than tab dropped.
pub(crate) fn line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    let mut rest = raw;
    loop {
        // Plain runs are copied whole: most lines have no character to change.
        let plain = plain_run(rest.as_bytes());
        if plain > 0 {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(&rest[..plain]);
        }
        let Some(c) = rest[plain..].chars().next() else {
            return out;
        };
        rest = &rest[plain + c.len_utf8()..];
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
}

/// The length of the run at the start of `b` that [`line`] keeps as it is:
/// up to the first blank, control character, BOM, zero-width space or
/// full-width letter or digit, told apart by their UTF-8 bytes.
fn plain_run(b: &[u8]) -> usize {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    (0..b.len())
        .find(|&i| match b[i] {
            0..=0x20 | 0x7f => true,
            // U+0080–U+00A0: C1 controls, NEL, no-break space.
            0xC2 => at(i + 1) <= 0xA0,
            // U+1680 (Ogham space mark).
            0xE1 => at(i + 1) == 0x9A && at(i + 2) == 0x80,
            // U+2000–U+200B, U+2028, U+2029, U+202F, U+205F.
            0xE2 => match at(i + 1) {
                0x80 => matches!(at(i + 2), 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF),
                0x81 => at(i + 2) == 0x9F,
                _ => false,
            },
            // U+3000 (ideographic space).
            0xE3 => at(i + 1) == 0x80 && at(i + 2) == 0x80,
            // U+FEFF, U+FF10–FF19, U+FF21–FF3A, U+FF41–FF5A.
            0xEF => match at(i + 1) {
                0xBB => at(i + 2) == 0xBF,
                0xBC => matches!(at(i + 2), 0x90..=0x99 | 0xA1..=0xBA),
                0xBD => matches!(at(i + 2), 0x81..=0x9A),
                _ => false,
            },
            _ => false,
        })
        .unwrap_or(b.len())
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
    fn the_byte_test_agrees_with_the_character_test() {
        for u in (0..0x3_0000).filter(|u| !(0xD800..0xE000).contains(u)) {
            let Some(c) = char::from_u32(u) else { continue };
            let s = c.to_string();
            let changes = c.is_whitespace()
                || c.is_control()
                || matches!(c, '\u{feff}' | '\u{200b}')
                || half_width(c) != c;
            assert_eq!(plain_run(s.as_bytes()) == 0, changes, "U+{u:04X}");
        }
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
