//! Shapes of Chinese plan text shared by the cleaner and the outline.

/// Whether `c` is a Chinese character (CJK unified ideographs and extension A,
/// compatibility ideographs).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Length in characters.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Sentence punctuation, in both widths.
pub(crate) const SENTENCE_PUNCT: [char; 12] = [
    '。', '，', ',', '；', ';', '：', ':', '！', '!', '？', '?', '…',
];

/// Whether a line ends a sentence (or a quoted or bracketed one).
pub(crate) fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(['”', '"', '’', '）', ')', '】', '》']);
    s.ends_with(['。', '！', '!', '？', '?', '；', ';', '：', ':', '…'])
}

/// Words that name a kind of plan: a line holding one is a title, not a
/// caption or a sub-heading.
const PLAN_WORDS: [&str; 10] = [
    "要点", "方案", "规划", "计划", "意见", "通知", "工程", "纲要", "办法", "报告",
];

/// Contains a word that names a kind of plan.
pub(crate) fn is_title_like(s: &str) -> bool {
    PLAN_WORDS.iter().any(|w| s.contains(w))
}

/// A bare jurisdiction name standing as a heading (`金水区`, `郑州高新区`).
pub(crate) fn is_place_heading(s: &str) -> bool {
    (2..=8).contains(&char_len(s))
        && ["区", "县", "市", "旗"].iter().any(|e| s.ends_with(e))
        && s.chars().all(is_han)
}

/// Character offsets of byte offsets into one text, counted on from the last
/// offset asked for: linear over offsets asked in increasing order, where
/// counting from the start for each would be quadratic on a long item.
pub(crate) struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    /// Offsets into `text`.
    pub(crate) fn new(text: &'t str) -> CharOffsets<'t> {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `byte` (a character boundary).
    pub(crate) fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            (self.byte, self.chars) = (0, 0);
        }
        self.chars += self.text.get(self.byte..byte).map_or(0, char_len);
        self.byte = byte;
        self.chars
    }
}

/// A character of three UTF-8 bytes (U+0800 to U+FFFF) as one number, its
/// bytes in order: byte scans compare three bytes at once against it.
pub(crate) const fn utf8_key(c: char) -> u32 {
    let u = c as u32;
    (0xE0 | (u >> 12)) << 16 | (0x80 | ((u >> 6) & 0x3F)) << 8 | (0x80 | (u & 0x3F))
}

/// The three bytes at `i` of `b` as one number (see [`utf8_key`]), when
/// there are three.
pub(crate) fn key_at(b: &[u8], i: usize) -> Option<u32> {
    let k = b.get(i..i + 3)?;
    Some(u32::from(k[0]) << 16 | u32::from(k[1]) << 8 | u32::from(k[2]))
}

/// The value of a Chinese digit, `〇`/`○`/`零` to `九`, with `两` as 2.
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Whether `s` ends with a month and day (`…3月15日`, `…三月十五日`): a
/// signature's date, which ends a line without ending a sentence.
pub(crate) fn ends_with_date(s: &str) -> bool {
    let Some(head) = s.strip_suffix('日') else {
        return false;
    };
    let day = head.trim_end_matches(is_date_digit);
    day.len() < head.len() && day.ends_with('月')
}

/// A digit of a written date, Arabic or Chinese (`2023`, `二〇二三`, `十五`).
pub(crate) fn is_date_digit(c: char) -> bool {
    c.is_ascii_digit() || c == '十' || cn_digit(c).is_some_and(|_| c != '两')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_in_any_order() {
        let text = "一、加强党建 1.推进";
        let mut at = CharOffsets::new(text);
        for byte in [0, 3, 6, 18, 19, 21, 6, 24, 0] {
            assert_eq!(at.at(byte), text[..byte].chars().count(), "{byte}");
        }
    }
}
