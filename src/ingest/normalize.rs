//! Normalisation: line ends, blanks, full-width letters and digits.
//!
//! Chinese punctuation is kept as written: `，` and `,` both occur in plans
//! and later stages accept both.

use super::Line;
use crate::text::BmpSet;

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
        let plain = plain_run(rest);
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

/// The characters [`line`] changes: blanks (what `char::is_whitespace`
/// holds), control characters, the BOM, the zero-width space, and full-width
/// letters and digits.
const CHANGED_SET: BmpSet = BmpSet::new()
    .with_range('\u{0}', '\u{20}')
    .with_range('\u{7f}', '\u{a0}')
    .with_range('\u{2000}', '\u{200b}')
    .with(&['\u{1680}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}'])
    .with(&['\u{3000}', '\u{feff}'])
    .with_range('０', '９')
    .with_range('Ａ', 'Ｚ')
    .with_range('ａ', 'ｚ');

/// [`CHANGED_SET`], placed once in memory for the lookups.
static CHANGED: BmpSet = CHANGED_SET;

/// The bytes that start a character of [`CHANGED`], derived from it; they are
/// ASCII bytes and first bytes, never continuation bytes (80–BF), so a
/// byte-by-byte walk can pass over the rest.
static MAY_CHANGE: [bool; 256] = CHANGED_SET.first_bytes();

/// The length of the run at the start of `s` that [`line`] keeps as it is.
///
/// Bytes are read, not characters: only a character whose first byte is in
/// [`MAY_CHANGE`] is decoded and looked up, and Chinese characters
/// (U+4E00–9FFF, first bytes E4–E9) never are. With every character decoded
/// and looked up, ingest took 5.0 ns a byte; with this walk, 4.8 (300
/// synthetic plans, one thread, best of 8, three runs each).
fn plain_run(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if MAY_CHANGE[bytes[i] as usize] && s[i..].starts_with(|c| CHANGED.contains(c)) {
            return i;
        }
        i += 1;
    }
    bytes.len()
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
    fn the_changed_set_agrees_with_the_character_test() {
        for u in (0..0x3_0000).filter(|u| !(0xD800..0xE000).contains(u)) {
            let Some(c) = char::from_u32(u) else { continue };
            let s = c.to_string();
            let changes = c.is_whitespace()
                || c.is_control()
                || matches!(c, '\u{feff}' | '\u{200b}')
                || half_width(c) != c;
            assert_eq!(plain_run(&s) == 0, changes, "U+{u:04X}");
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
