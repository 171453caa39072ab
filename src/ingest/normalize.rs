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
/// allocation a line fewer (ingest of 1,000 synthetic plans 112k → 70k
/// allocations), and the input itself serves as the metadata readers'
/// `head` where no line changed.
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    // Sized for lines of 256 bytes: the bundled plans average 93 to 295,
    // the synthetic ones 330, so the list grows at most twice. Counting the
    // line ends first cost more than all the growing (a byte count took 7M
    // instructions on 100 synthetic plans, the growing 0.3M).
    let mut lines = Vec::with_capacity(text.len() / 256 + 16);
    let mut scratch = String::new();
    let mut start = 0;
    loop {
        // `\n` is in the changed set, so the walk over a plain line stops at
        // its end: most lines are split and checked in one walk, where a
        // split by `\n` first read the text twice (100 synthetic plans
        // 8.4M → 6.5M instructions under callgrind).
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

/// For each first byte, how far the walk of [`plain_run`] steps on: the
/// length of the character it starts, or 0 where that character may be in
/// [`CHANGED`] and is looked up. Continuation bytes (80–BF) are never read.
static STEP: [u8; 256] = steps(&CHANGED_SET.first_bytes());

const fn steps(may_change: &[bool; 256]) -> [u8; 256] {
    let mut steps = [0; 256];
    let mut b = 0;
    while b < 256 {
        steps[b] = if may_change[b] {
            0
        } else {
            crate::text::utf8_len(b as u8) as u8
        };
        b += 1;
    }
    steps
}

/// The length of the run at the start of `s` that [`normalize`] keeps as it is.
///
/// The walk steps from character to character by [`STEP`]: only a character
/// whose first byte may start one of [`CHANGED`] is decoded and looked up,
/// and Chinese characters (U+4E00–9FFF, first bytes E4–E9) never are. With
/// every character decoded and looked up, ingest took 5.0 ns a byte; with a
/// walk over every byte, 4.8 (300 synthetic plans, one thread, best of 8,
/// three runs each); stepping by characters took normalising 100 synthetic
/// plans from 11.9M to 5.8M instructions under callgrind.
fn plain_run(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += match STEP[b as usize] {
            0 => match s[i..].chars().next() {
                Some(c) if CHANGED.contains(c) => return i,
                c => c.map_or(1, char::len_utf8),
            },
            step => step as usize,
        };
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
