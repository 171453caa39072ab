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
use crate::text::{is_han, BmpSet};

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

/// The Chinese character ranges, where traditional characters are sought.
const RANGES: [(u32, u32); 3] = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)];

/// The characters a line's walk stops at: those that `t2s` changes, derived
/// from the converter's own tables once per process (about 3,700
/// characters), so detection and conversion can never disagree; and
/// the brackets that may open a reading.
fn sought_chars() -> &'static BmpSet {
    static SET: OnceLock<BmpSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = BRACKETS.clone();
        if let Some(cc) = converter() {
            for c in RANGES
                .into_iter()
                .flat_map(|(a, b)| a..=b)
                .filter_map(char::from_u32)
            {
                let mut buf = [0u8; 4];
                let s: &str = c.encode_utf8(&mut buf);
                if cc.convert(s) != s {
                    set.insert(c);
                }
            }
        }
        set
    })
}

/// The brackets that may open a reading: all a line's walk seeks when the
/// text is not to be simplified, so that the converter and its tables are
/// not loaded for it.
static BRACKETS: BmpSet = BmpSet::new().with(&['(', '（']);

/// What the walk over one line finds, for both steps.
#[derive(Debug, Clone, Copy)]
struct LineScript {
    /// A bracket opens what may be a reading (`(g`, `（ǔ`).
    reading: bool,
    /// The line has Chinese characters.
    han: bool,
    /// Its traditional characters, up to [`CLEARLY_TRADITIONAL`] (all that
    /// either test of [`to_simplified`] needs).
    traditional: usize,
}

/// Walks a line once for the brackets of readings and for traditional
/// characters (readings hold neither Chinese nor traditional characters, so
/// stripping them later changes neither count).
///
/// Every line is searched to its end (most hold no traditional character):
/// [`BmpSet::find_in`] tests four Chinese characters at a time, where
/// decoding each character took more instructions. One walk for both steps,
/// where the readings had a search for each bracket of their own, which
/// took more. The test for Chinese stops at the first Chinese character,
/// most often the line's first.
fn scan(line: &str, sought: &BmpSet) -> LineScript {
    let (mut reading, mut traditional) = (false, 0);
    for (i, c) in sought.find_in(line) {
        if BRACKETS.contains(c) {
            reading = reading || opens_reading(&line[i + c.len_utf8()..]);
        } else {
            traditional += 1;
        }
        if reading && traditional >= CLEARLY_TRADITIONAL {
            break;
        }
    }
    LineScript {
        reading,
        // A traditional character is Chinese.
        han: traditional > 0 || line.chars().any(is_han),
        traditional: traditional.min(CLEARLY_TRADITIONAL),
    }
}

/// Whether the text after a bracket starts like a reading: with a pinyin
/// letter. Brackets before Chinese (`（一）`, `（试行）`) are passed over.
fn opens_reading(after: &str) -> bool {
    after.chars().next().is_some_and(is_pinyin_letter)
}

/// A letter of pinyin: lower-case ASCII, `ü`, or a vowel with a tone mark.
fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || c == 'ü' || is_tone_vowel(c)
}

/// A line is clearly written in traditional characters when it holds this
/// many of them.
///
/// A few characters that `t2s` changes also stand in simplified text (`乾` of
/// 乾县 and 乾隆), so one alone proves nothing; real traditional prose has one
/// in four or five characters.
const CLEARLY_TRADITIONAL: usize = 2;

/// A text is traditional as a whole when at least this share of its Chinese
/// lines are clearly traditional; then a line with a single traditional
/// character (a title, `…工作要點`) is converted too.
const TRADITIONAL_SHARE: f64 = 0.3;

/// Removes pinyin readings (recording them in `removed`) and, when
/// `simplify`, converts traditional lines to simplified; returns the script
/// the text was written in.
pub(crate) fn convert(lines: &mut [Line], removed: &mut Vec<Removal>, simplify: bool) -> Script {
    // Traditional characters are sought only to be converted.
    let sought = if simplify { sought_chars() } else { &BRACKETS };
    let scans: Vec<LineScript> = lines.iter().map(|l| scan(&l.text, sought)).collect();
    strip_readings(lines, &scans, removed);
    if simplify {
        to_simplified(lines, &scans)
    } else {
        Script::Simplified
    }
}

/// Converts traditional lines to simplified in place, keeping `display`.
fn to_simplified(lines: &mut [Line], scans: &[LineScript]) -> Script {
    let chinese = scans.iter().filter(|s| s.han).count();
    let clear = (scans.iter())
        .filter(|s| s.traditional >= CLEARLY_TRADITIONAL)
        .count();
    let whole = clear as f64 >= TRADITIONAL_SHARE * chinese as f64 && clear > 0;
    let needed = if whole { 1 } else { CLEARLY_TRADITIONAL };
    let Some(cc) = converter() else {
        return Script::Simplified;
    };
    let mut converted = 0usize;
    for (line, scan) in lines.iter_mut().zip(scans) {
        if scan.han && scan.traditional >= needed {
            let simplified = cc.convert(&line.text);
            let original = std::mem::replace(&mut line.text, simplified.into());
            line.display.get_or_insert(original);
            converted += 1;
        }
    }
    match converted {
        0 => Script::Simplified,
        n if n == chinese => Script::Traditional,
        _ => Script::Mixed,
    }
}

/// Removes pinyin readings inserted after Chinese characters, recording them.
///
/// A reading with a tone mark is always one; a reading without (`的(de)`, the
/// neutral tone) only in a text that has at least [`MIN_TONED`] toned ones,
/// and only when it is a pinyin syllable, so that `(app)` or `(STEM)` after a
/// word are never taken.
fn strip_readings(lines: &mut [Line], scans: &[LineScript], removed: &mut Vec<Removal>) {
    let n = lines.len();
    let candidates = || (0..n).filter(|&i| scans[i].reading);
    let toned: usize = candidates()
        .map(|i| split_readings(&lines[i].text, false).1.len())
        .sum();
    let neutral = toned >= MIN_TONED;
    for i in candidates() {
        let line = &mut lines[i];
        let (kept, readings) = split_readings(&line.text, neutral);
        if !readings.is_empty() {
            removed.push(Removal {
                line: line.no,
                rule: Rule::Reading,
                text: readings.join(" "),
            });
            line.display = None;
            line.text = kept.into();
        }
    }
}

/// Toned readings a text needs before untoned ones are taken as readings too.
const MIN_TONED: usize = 3;

/// Splits `text` into the text without readings and the readings removed.
fn split_readings(text: &str, neutral: bool) -> (String, Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    let mut kept = String::with_capacity(text.len());
    let mut readings = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if i > 0 && is_han(chars[i - 1]) {
            if let Some(end) = reading_end(&chars, i, neutral) {
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

/// If a reading `(guī)` starts at `i`, the index just past it: one pinyin
/// syllable, 1 to 6 letters, in ASCII or full-width brackets, with a tone
/// mark unless `neutral` allows a bare syllable.
fn reading_end(chars: &[char], i: usize, neutral: bool) -> Option<usize> {
    let close = match chars[i] {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    let mut toned = false;
    for (n, &c) in chars.iter().enumerate().skip(i + 1).take(7) {
        if c == close {
            let len = n - i - 1;
            let syllable: String = chars[i + 1..n].iter().collect();
            let ok = toned || (neutral && is_syllable(&syllable));
            return ((1..=6).contains(&len) && ok).then_some(n + 1);
        }
        if !is_pinyin_letter(c) {
            return None;
        }
        toned |= is_tone_vowel(c);
    }
    None
}

/// Whether `s` is a toneless pinyin syllable: an optional initial and a final.
fn is_syllable(s: &str) -> bool {
    const INITIALS: [&str; 23] = [
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w",
    ];
    const FINALS: [&str; 35] = [
        "a", "o", "e", "i", "u", "ü", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "üe", "er", "an",
        "en", "in", "un", "ün", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong",
        "ua", "uo", "uai", "uan", "uang", "ue",
    ];
    let rest = INITIALS.iter().find_map(|i| s.strip_prefix(i)).unwrap_or(s);
    FINALS.contains(&rest)
}

fn is_tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> Line<'_> {
        Line {
            no: 1,
            text: s.into(),
            display: None,
        }
    }

    /// Readings only, as with conversion turned off.
    fn strip(ls: &mut [Line], removed: &mut Vec<Removal>) {
        assert_eq!(convert(ls, removed, false), Script::Simplified);
    }

    fn simplify(ls: &mut [Line]) -> Script {
        convert(ls, &mut Vec::new(), true)
    }

    #[test]
    fn readings_removed_abbreviations_kept() {
        let mut ls = vec![line("規(guī)劃(huà)發(fā)展，推進STEM(STEM)教育(app)")];
        let mut removed = Vec::new();
        strip(&mut ls, &mut removed);
        assert_eq!(ls[0].text, "規劃發展，推進STEM(STEM)教育(app)");
        assert_eq!(removed[0].text, "(guī) (huà) (fā)");
    }

    #[test]
    fn a_traditional_text_converts_lines_with_one_traditional_character() {
        let mut ls = vec![
            line("泉州市教育局2024年工作要點"),
            line("推進教育現代化發展"),
            line("辦好人民滿意的教育"),
        ];
        assert_eq!(simplify(&mut ls), Script::Traditional);
        assert_eq!(ls[0].text, "泉州市教育局2024年工作要点");
    }

    #[test]
    fn neutral_tone_readings_only_in_texts_with_toned_ones() {
        let mut ls = vec![line(
            "規(guī)劃(huà)發(fā)展(zhǎn)，辦好滿意的(de)教育(app)",
        )];
        let mut removed = Vec::new();
        strip(&mut ls, &mut removed);
        assert_eq!(ls[0].text, "規劃發展，辦好滿意的教育(app)");
        let mut ls = vec![line("推进教育(de)发展")];
        strip(&mut ls, &mut removed);
        assert_eq!(ls[0].text, "推进教育(de)发展");
    }

    #[test]
    fn traditional_lines_converted_display_kept() {
        let mut ls = vec![line("推進教育現代化發展"), line("推进教育现代化发展")];
        assert_eq!(simplify(&mut ls), Script::Mixed);
        assert_eq!(ls[0].text, "推进教育现代化发展");
        assert_eq!(ls[0].display(), "推進教育現代化發展");
        assert_eq!(ls[1].text, ls[1].display());
    }

    #[test]
    fn simplified_text_passes_through() {
        let mut ls = vec![
            line("乾县教育局2024年工作要点"),
            line("乾隆年间的著作，推进教育现代化发展，办好人民满意的教育"),
        ];
        assert!(scan(&ls[1].text, sought_chars()).traditional < CLEARLY_TRADITIONAL);
        assert_eq!(simplify(&mut ls), Script::Simplified);
        assert_eq!(ls[0].text, "乾县教育局2024年工作要点");
    }
}
