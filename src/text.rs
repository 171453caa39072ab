//! Shapes of Chinese plan text shared by the cleaner and the outline.
//!
//! On searching plan text: `s.contains("。")` rather than `s.contains('。')`.
//! A search for one character looks for its last UTF-8 byte and checks each
//! hit, and the last byte of `。`, `：` or `（` ends many other Chinese
//! characters; a search for the string filters on its first and last bytes
//! at once. A search for any of several characters (`['，', '；']`) decodes
//! every character. Both showed in the profile of every line's checks.

/// The spaces inside a line of plan text: ASCII and ideographic spaces,
/// no-break spaces and tabs (line breaks separate paragraphs).
pub(crate) const SPACES: [char; 4] = [' ', '\u{3000}', '\u{a0}', '\t'];

/// Whether `c` is one of the [`SPACES`].
pub(crate) fn is_space(c: char) -> bool {
    SPACES.contains(&c)
}

/// Whether `c` is a Chinese character (CJK unified ideographs and extension A,
/// compatibility ideographs).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Length in characters.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// The last character boundary of `s` at or before byte `i` (`s.len()` past
/// the end).
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The length of the UTF-8 character that starts with byte `first`; 1 for a
/// continuation byte (80–BF), which starts none, so that a walk from byte to
/// byte stays on.
pub(crate) const fn utf8_len(first: u8) -> usize {
    match first {
        0..0xC0 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// The code point of the three-byte UTF-8 character of bytes `x y z`.
pub(crate) const fn three_byte_code_point(x: u8, y: u8, z: u8) -> u32 {
    (x as u32 & 0x0F) << 12 | (y as u32 & 0x3F) << 6 | (z as u32 & 0x3F)
}

/// The first character boundary of `s` at or after byte `i` (at most
/// `s.len()`).
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
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
pub(crate) const PLAN_WORDS: [&str; 10] = [
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

/// A set of characters of the Basic Multilingual Plane as a bitmap (8 KB):
/// one lookup per character, for tests run on every character of a text.
#[derive(Clone)]
pub(crate) struct BmpSet([u64; 1024]);

impl BmpSet {
    /// The empty set.
    pub(crate) const fn new() -> BmpSet {
        BmpSet([0; 1024])
    }

    /// The set with `chars` added (those past U+FFFF are left out).
    pub(crate) const fn with(mut self, chars: &[char]) -> BmpSet {
        let mut i = 0;
        while i < chars.len() {
            self = self.with_range(chars[i], chars[i]);
            i += 1;
        }
        self
    }

    /// The set with `first..=last` added (what lies past U+FFFF is left out).
    pub(crate) const fn with_range(mut self, first: char, last: char) -> BmpSet {
        let mut u = first as u32;
        while u <= last as u32 && u < 0x1_0000 {
            self.add(u);
            u += 1;
        }
        self
    }

    /// The set with the first character of each of `words` added.
    pub(crate) const fn with_first_chars(mut self, words: &[&str]) -> BmpSet {
        let mut i = 0;
        while i < words.len() {
            let b = words[i].as_bytes();
            // The first character, decoded from UTF-8 (`chars` is not const).
            let u = match b {
                [] => None,
                [x, ..] if *x < 0x80 => Some(*x as u32),
                [x, y, ..] if *x < 0xE0 => Some((*x as u32 & 0x1F) << 6 | (*y as u32 & 0x3F)),
                [x, y, z, ..] if *x < 0xF0 => Some(three_byte_code_point(*x, *y, *z)),
                _ => None, // past U+FFFF
            };
            if let Some(u) = u {
                self.add(u);
            }
            i += 1;
        }
        self
    }

    /// Adds `c` (nothing past U+FFFF).
    pub(crate) fn insert(&mut self, c: char) {
        self.add(c as u32);
    }

    /// Adds the code point `u`, when it lies in the plane.
    const fn add(&mut self, u: u32) {
        if u < 0x1_0000 {
            self.0[(u >> 6) as usize] |= 1 << (u & 63);
        }
    }

    /// For each byte, whether it is the first UTF-8 byte of a character in
    /// the set: a byte walk need decode only the characters these start.
    pub(crate) const fn first_bytes(&self) -> [bool; 256] {
        let mut firsts = [false; 256];
        let mut u = 0u32;
        while u < 0x1_0000 {
            if (self.0[(u >> 6) as usize] >> (u & 63)) & 1 == 1 {
                let first = match u {
                    0..0x80 => u,
                    0x80..0x800 => 0xC0 | (u >> 6),
                    _ => 0xE0 | (u >> 12),
                };
                firsts[first as usize] = true;
            }
            u += 1;
        }
        firsts
    }

    /// The characters of `s` in the set, with their byte offsets, in order.
    ///
    /// Plan text is mostly three-byte Chinese characters, and the sets sought
    /// along whole texts hold a character in twenty or so: four three-byte
    /// characters are read together as two integers and tested without
    /// decoding (one test whether any of the four is in the set, then which),
    /// and other characters one by one. This takes fewer instructions than
    /// decoding and testing each character alone; so did reading integers
    /// rather than bytes, testing a lone three-byte character as four are,
    /// and asking which of four are in the set only when one is.
    pub(crate) fn find_in<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (usize, char)> + 'a {
        let bytes = s.as_bytes();
        let mut at = 0;
        // The characters in the set among the last four tested together:
        // bit `k` for the one at `quad + 3 * k`.
        let (mut quad, mut found) = (0, 0u8);
        std::iter::from_fn(move || loop {
            if found != 0 {
                let i = quad + 3 * found.trailing_zeros() as usize;
                found &= found - 1;
                return s[i..].chars().next().map(|c| (i, c));
            }
            (at, found) = self.skip_quads(bytes, at);
            if found != 0 {
                quad = at - 12;
                continue;
            }
            // One character, where four three-byte ones do not follow: ASCII
            // (digits, line breaks) is tested as a byte, a three-byte
            // character as four are, other characters decoded.
            let first = *bytes.get(at)?;
            let (len, hit) = match first {
                0..0x80 => (1, self.contains(char::from(first))),
                0xE0..0xF0 => {
                    let b = bytes.get(at..at + 3)?;
                    let v = u32::from_le_bytes([b[0], b[1], b[2], 0]);
                    (3, self.has_three_byte(v))
                }
                _ => {
                    let c = s[at..].chars().next()?;
                    (c.len_utf8(), self.contains(c))
                }
            };
            at += len;
            if hit {
                let i = at - len;
                return s[i..].chars().next().map(|c| (i, c));
            }
        })
    }

    /// From byte `at` of `bytes`, skips four three-byte characters at a time
    /// while none of them is in the set. Stops past the first four with one
    /// in the set, with which of them are, as bits; else before twelve bytes
    /// that are not four three-byte characters, with none.
    #[inline]
    fn skip_quads(&self, bytes: &[u8], mut at: usize) -> (usize, u8) {
        while let Some(q) = bytes.get(at..at + 12).map(Quad::of) {
            if !q.three_byte_chars() {
                break;
            }
            at += 12;
            // Whether any is in the set, before which are: most fours hold
            // none, and a bit in place for each takes more instructions.
            if self.any_of_four(&q) {
                return (at, self.of_four(&q));
            }
        }
        (at, 0)
    }

    /// Whether any of the four characters of `q`, taken as three bytes
    /// long, is in the set.
    #[inline]
    fn any_of_four(&self, q: &Quad) -> bool {
        let any =
            q.0.iter()
                .fold(0, |any, &v| any | self.word_of(v) >> ((v >> 16) & 0x3F));
        any & 1 == 1
    }

    /// The bitmap's word for the three-byte character `v`: its code point's
    /// bits 15..6, from the first two bytes.
    #[inline]
    fn word_of(&self, v: u32) -> u64 {
        self.0[((v & 0x0F) << 6 | (v >> 8) & 0x3F) as usize]
    }

    /// Which of the four characters of `q`, taken as three bytes long, are
    /// in the set, as bits.
    #[inline]
    fn of_four(&self, q: &Quad) -> u8 {
        (q.0.iter().enumerate()).fold(0, |bits, (k, &v)| {
            bits | u8::from(self.has_three_byte(v)) << k
        })
    }

    /// Whether the three-byte character `v` (its bytes in the low 24 bits,
    /// first byte lowest) is in the set.
    #[inline]
    fn has_three_byte(&self, v: u32) -> bool {
        // The code point's bits 5..0 from the third byte.
        (self.word_of(v) >> ((v >> 16) & 0x3F)) & 1 == 1
    }

    /// Whether `c` is in the set.
    pub(crate) fn contains(&self, c: char) -> bool {
        let u = c as usize;
        u < 0x1_0000 && (self.0[u >> 6] >> (u & 63)) & 1 == 1
    }
}

/// Twelve bytes of text as four three-byte characters: each one's bytes in
/// the low 24 bits of a word, first byte lowest.
struct Quad([u32; 4]);

impl Quad {
    /// The four characters from `b`, twelve bytes long, read as two integers
    /// rather than byte by byte.
    #[inline]
    fn of(b: &[u8]) -> Quad {
        let lo = u64::from_le_bytes(b[..8].try_into().unwrap_or_default());
        let hi = u32::from_le_bytes(b[8..12].try_into().unwrap_or_default());
        Quad([
            lo as u32,
            (lo >> 24) as u32,
            (lo >> 48) as u32 | hi << 16,
            hi >> 8,
        ])
    }

    /// Whether the bytes (from a character boundary) are four characters of
    /// three bytes each: whether they start with three-byte lead bytes.
    #[inline]
    fn three_byte_chars(&self) -> bool {
        const LEADS: u32 = 0xF0;
        const THREE: u32 = 0xE0;
        // One test of all four, no branch a character.
        let off = self.0.iter().fold(0, |off, &v| off | ((v & LEADS) ^ THREE));
        off == 0
    }
}

impl std::fmt::Debug for BmpSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n: u32 = self.0.iter().map(|w| w.count_ones()).sum();
        write!(f, "BmpSet({n} characters)")
    }
}

/// Words that mark a sentence as a report of what was done, a look back
/// over a period among them (`回顾`, `“十三五”期间`).
const PAST: [&str; 7] = ["已", "截至", "截止", "回顾", "去年", "过去", "期间"];

/// Words that report a thing as done or as it stands (`已达`, `截至去年底`,
/// `共有`), whatever the period.
pub(crate) const DONE: [&str; 9] = [
    "已",
    "截至",
    "截止",
    "去年",
    "过去",
    "共有",
    "这五年",
    "五年来",
    "以来",
];

/// Whether a sentence reports the past: a word of [`PAST`], or the aspect
/// particle `了` after a verb (see [`perfective`]).
pub(crate) fn reports_past(sentence: &str) -> bool {
    PAST.iter().any(|w| sentence.contains(w)) || perfective(sentence)
}

/// Whether `s` holds the aspect particle `了` after a verb (`改善了`,
/// `促进了`; not `为了`, `除了`, `了解`).
pub(crate) fn perfective(s: &str) -> bool {
    s.match_indices('了').any(|(at, _)| perfective_at(s, at))
}

/// Whether the `了` at byte `at` of `s` is the aspect particle (see
/// [`perfective`]).
pub(crate) fn perfective_at(s: &str, at: usize) -> bool {
    let before = s[..at].chars().next_back();
    let after = s[at + '了'.len_utf8()..].chars().next();
    !matches!(before, None | Some('为' | '除' | '不' | '得' | '受')) && after != Some('解')
}

/// Five-year plan periods and their first year.
pub(crate) const FIVE_YEAR_PLANS: &[(&str, u16)] = &[
    ("十一五", 2006),
    ("十二五", 2011),
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
];

/// A year written in Arabic digits ending `head` (`到2025`, `到 2025 `: a
/// page taken from a PDF spaces its numbers out), before a `年` that
/// follows: the year and the text before it.
pub(crate) fn year_before(head: &str) -> Option<(u16, &str)> {
    let head = head.trim_end_matches([' ', '\u{a0}', '\u{3000}']);
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits != 4 {
        return None;
    }
    let year: u16 = head[head.len() - 4..].parse().ok()?;
    let rest = head[..head.len() - 4].trim_end_matches([' ', '\u{a0}', '\u{3000}']);
    (1900..2100).contains(&year).then_some((year, rest))
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
    fn boundaries_round_into_a_character_down_or_up_and_stop_at_the_end() {
        let s = "a学b"; // 学 takes bytes 1..4
        assert_eq!(
            (1..=4).map(|i| floor_boundary(s, i)).collect::<Vec<_>>(),
            [1, 1, 1, 4]
        );
        assert_eq!(
            (1..=4).map(|i| ceil_boundary(s, i)).collect::<Vec<_>>(),
            [1, 4, 4, 4]
        );
        assert_eq!((floor_boundary(s, 99), ceil_boundary(s, 99)), (5, 5));
    }

    #[test]
    fn a_bitmap_set_holds_what_it_was_given_and_nothing_else() {
        let set = BmpSet::new()
            .with(&['a', '中'])
            .with_range('①', '③')
            .with_first_chars(&["é字", "第一", "𝄞x", "", "z"]);
        let inside = ['a', '中', '①', '②', '③', 'é', '第', 'z'];
        for u in 0..0x3_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(set.contains(c), inside.contains(&c), "{c}");
        }
    }

    #[test]
    fn finding_four_characters_at_a_time_finds_what_one_at_a_time_does() {
        let set = BmpSet::new().with(&['一', '第', '：', '\n', '1', 'é', '①']);
        let texts = [
            "加强党建工作一是推进学习二是建强支部。（三）深化改革第四项工程",
            "é推进学校建设①扩大资源②提升质量 2025年达到95%以上𝄞一、二\n",
            "推进推进推进推进推进推进推进推进推进推进推进推进推进推进一",
            "一一一一一一一一：：：：第第第第1",
            "一a二bc三推d进1推进2推进推3进推进推进推进\n推进推进推进推进推进推进推进（",
            "",
        ];
        for text in texts {
            let one_by_one: Vec<(usize, char)> = text
                .char_indices()
                .filter(|&(_, c)| set.contains(c))
                .collect();
            assert_eq!(set.find_in(text).collect::<Vec<_>>(), one_by_one, "{text}");
        }
    }

    #[test]
    fn char_offsets_in_any_order() {
        let text = "一、加强党建 1.推进";
        let mut at = CharOffsets::new(text);
        for byte in [0, 3, 6, 18, 19, 21, 6, 24, 0] {
            assert_eq!(at.at(byte), text[..byte].chars().count(), "{byte}");
        }
    }
}
