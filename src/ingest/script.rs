//! Script: inserted pinyin readings out, traditional lines to simplified.
//!
//! Mirror sites render plans in traditional characters, and some insert a
//! reading after characters (`規(guī)劃`). Readings are removed (and recorded);
//! lines detected as traditional are converted with OpenCC's `t2s` tables, the
//! original kept for display. Simplified lines pass through untouched, since
//! conversion costs several times what segmentation does.

use std::sync::OnceLock;

use ferrous_opencc::{config::BuiltinConfig, OpenCC};
use serde::Serialize;

use super::{Line, Removal, Rule};

/// The script a plan was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Script {
    /// Simplified characters throughout (or no conversion was asked for).
    Simplified,
    /// Traditional characters throughout: every line with Chinese was converted.
    Traditional,
    /// Some lines traditional, some simplified: the traditional ones were converted.
    Mixed,
}

/// The converter, loaded on first use only.
fn converter() -> Option<&'static OpenCC> {
    static CC: OnceLock<Option<OpenCC>> = OnceLock::new();
    CC.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).ok())
        .as_ref()
}

/// Characters that `t2s` changes, sorted for binary search: derived from the
/// converter's own tables once per process (about 3,700 characters, 5 ms), so
/// detection and conversion can never disagree.
fn traditional_chars() -> &'static [char] {
    static SET: OnceLock<Vec<char>> = OnceLock::new();
    SET.get_or_init(|| {
        let Some(cc) = converter() else {
            return Vec::new();
        };
        let ranges = [(0x3400u32, 0x4DBFu32), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)];
        let mut set: Vec<char> = ranges
            .into_iter()
            .flat_map(|(a, b)| a..=b)
            .filter_map(char::from_u32)
            .filter(|c| {
                let mut buf = [0u8; 4];
                let s: &str = c.encode_utf8(&mut buf);
                cc.convert(s) != s
            })
            .collect();
        set.sort_unstable();
        set
    })
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Whether a line is written in traditional characters.
///
/// A few characters that `t2s` changes also stand in simplified text (`乾` of
/// 乾隆, `著` of 著作), so one such character in a long line is not enough: a
/// line is traditional when at least two of its Chinese characters, or one in
/// a line of ten or fewer, are traditional. Real traditional prose has one in
/// four or five; a false positive only costs a conversion that changes nothing.
pub(crate) fn is_traditional(line: &str) -> bool {
    let set = traditional_chars();
    let mut han = 0usize;
    let mut trad = 0usize;
    for c in line.chars().filter(|&c| is_han(c)) {
        han += 1;
        if set.binary_search(&c).is_ok() {
            trad += 1;
            if trad >= 2 {
                return true;
            }
        }
    }
    trad == 1 && han <= 10
}

/// Converts traditional lines to simplified in place, keeping `display`.
pub(crate) fn simplify(lines: &mut [Line]) -> Script {
    let mut converted = 0usize;
    let mut chinese = 0usize;
    for line in lines.iter_mut() {
        if !line.text.chars().any(is_han) {
            continue;
        }
        chinese += 1;
        if is_traditional(&line.text) {
            if let Some(cc) = converter() {
                line.text = cc.convert(&line.text);
                converted += 1;
            }
        }
    }
    match converted {
        0 => Script::Simplified,
        n if n == chinese => Script::Traditional,
        _ => Script::Mixed,
    }
}

/// Removes pinyin readings inserted after Chinese characters, recording them.
pub(crate) fn strip_readings(lines: &mut [Line], removed: &mut Vec<Removal>) {
    for line in lines.iter_mut() {
        if !line.text.contains('(') && !line.text.contains('（') {
            continue;
        }
        let (kept, readings) = split_readings(&line.text);
        if !readings.is_empty() {
            removed.push(Removal {
                line: line.no,
                rule: Rule::Reading,
                text: readings.join(" "),
            });
            line.display = kept.clone();
            line.text = kept;
        }
    }
}

/// Splits `text` into the text without readings and the readings removed.
fn split_readings(text: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    let mut kept = String::with_capacity(text.len());
    let mut readings = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if i > 0 && is_han(chars[i - 1]) {
            if let Some(end) = reading_end(&chars, i) {
                readings.push(chars[i..end].iter().collect());
                i = end;
                continue;
            }
        }
        kept.push(chars[i]);
        i += 1;
    }
    (kept, readings)
}

/// If a reading `(guī)` starts at `i`, the index just past it.
///
/// A reading is one pinyin syllable with a tone mark, 1 to 6 letters, in
/// ASCII or full-width brackets. The tone mark is required so that
/// abbreviations after a word (`(STEM)`, `(app)`) are never taken.
fn reading_end(chars: &[char], i: usize) -> Option<usize> {
    let close = match chars[i] {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    let mut toned = false;
    for (n, &c) in chars.iter().enumerate().skip(i + 1).take(7) {
        if c == close {
            let len = n - i - 1;
            return ((1..=6).contains(&len) && toned).then_some(n + 1);
        }
        if is_tone_vowel(c) {
            toned = true;
        } else if !(c.is_ascii_lowercase() || c == 'ü') {
            return None;
        }
    }
    None
}

fn is_tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> Line {
        Line {
            no: 1,
            text: s.into(),
            display: s.into(),
        }
    }

    #[test]
    fn readings_removed_abbreviations_kept() {
        let mut ls = vec![line("規(guī)劃(huà)發(fā)展，推進STEM(STEM)教育(app)")];
        let mut removed = Vec::new();
        strip_readings(&mut ls, &mut removed);
        assert_eq!(ls[0].text, "規劃發展，推進STEM(STEM)教育(app)");
        assert_eq!(removed[0].text, "(guī) (huà) (fā)");
    }

    #[test]
    fn traditional_lines_converted_display_kept() {
        let mut ls = vec![line("推進教育現代化發展"), line("推进教育现代化发展")];
        assert_eq!(simplify(&mut ls), Script::Mixed);
        assert_eq!(ls[0].text, "推进教育现代化发展");
        assert_eq!(ls[0].display, "推進教育現代化發展");
        assert_eq!(ls[1].text, ls[1].display);
    }

    #[test]
    fn simplified_text_passes_through() {
        let mut ls = vec![line(
            "乾隆年间的著作，推进教育现代化发展，办好人民满意的教育",
        )];
        assert!(!is_traditional(&ls[0].text));
        assert_eq!(simplify(&mut ls), Script::Simplified);
    }
}
