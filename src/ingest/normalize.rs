//! Normalisation: line ends, blanks, full-width letters and digits.
//!
//! Chinese punctuation is kept as written: `，` and `,` both occur in plans
//! and later stages accept both.

use std::borrow::Cow;

use super::Line;
use crate::text::BmpSet;

/// Splits decoded text into normalised lines, keeping their numbers.
///
/// Blank lines are kept (as empty lines): the cleaner reads the gaps between
/// paragraphs to tell photo captions from headings. A line that
/// normalising leaves as it is borrows from `text`, as most do: one
/// allocation a line fewer, and the input itself serves as the metadata
/// readers' `head` where no line changed.
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    // Sized for lines of 256 bytes: the bundled plans average 93 to 295,
    // the synthetic ones 330, so the list grows at most twice. Counting the
    // line ends first cost more than all the growing.
    let mut lines = Vec::with_capacity(text.len() / 256 + 16);
    let mut scratch = String::new();
    let mut start = 0;
    loop {
        // `\n` is in the changed set, so the walk over a plain line stops at
        // its end: most lines are split and checked in one walk, where a
        // split by `\n` first read the text twice.
        let plain = start + plain_run(&text[start..]);
        let end = match text.as_bytes().get(plain) {
            Some(b'\n') | None => plain,
            Some(_) => text[plain..].find('\n').map_or(text.len(), |i| plain + i),
        };
        let raw = &text[start..end];
        lines.push(Line {
            no: lines.len() + 1,
            text: if end == plain {
                Cow::Borrowed(raw)
            } else {
                changed(raw, &mut scratch)
            },
            display: None,
        });
        if end == text.len() {
            return lines;
        }
        start = end + 1;
    }
}

/// Normalises one line that holds a character of [`CHANGED`] (see
/// [`normalize`]), borrowing it where nothing changes; `scratch` is working
/// space, reused from line to line.
fn changed<'a>(raw: &'a str, scratch: &mut String) -> Cow<'a, str> {
    // A line may hold a character of the set and still stay as it is (one
    // space between words): it is compared before it is copied.
    scratch.clear();
    normalize(raw, scratch);
    if scratch == raw {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(scratch.clone())
    }
}

/// Normalises one line into `out`: blanks folded to one ASCII space and
/// trimmed, full-width ASCII letters and digits made half-width, control
/// characters other than tab dropped.
fn normalize(raw: &str, out: &mut String) {
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
            return;
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

/// The characters [`normalize`] changes: blanks (what `char::is_whitespace`
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

/// The length of the run at the start of `s` that [`normalize`] keeps as it is.
fn plain_run(s: &str) -> usize {
    CHANGED.find_in(s).next().map_or(s.len(), |(at, _)| at)
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

    fn line(raw: &str) -> String {
        changed(raw, &mut String::new()).into_owned()
    }

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
            ls.iter().map(|l| (l.no, &*l.text)).collect::<Vec<_>>(),
            [(1, "a"), (2, ""), (3, "b")]
        );
        // Line ends are found by the walk: as many lines as `split` gives.
        for text in [
            "",
            "\n",
            "a\n",
            "a\u{3000}\nb",
            "\u{3000}",
            "a b\n\nＡ",
            "a\r\nb\r",
        ] {
            let ls = lines(text);
            let split: Vec<String> = text.split('\n').map(line).collect();
            assert_eq!(
                ls.iter().map(|l| &*l.text).collect::<Vec<_>>(),
                split,
                "{text:?}"
            );
        }
    }
}
