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

    /// The characters of `s` in the set, with their byte offsets, in order.
    pub(crate) fn find_in<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (usize, char)> + 'a {
        s.char_indices().filter(|&(_, c)| self.contains(c))
    }

    /// Whether `c` is in the set.
    pub(crate) fn contains(&self, c: char) -> bool {
        let u = c as usize;
        u < 0x1_0000 && (self.0[u >> 6] >> (u & 63)) & 1 == 1
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

/// The start of `s` up to the first character that `ends`, at most `max`
/// characters: a slice, not a copy.
pub(crate) fn head_until(s: &str, max: usize, ends: impl Fn(char) -> bool) -> &str {
    let end = s
        .char_indices()
        .enumerate()
        .find(|&(n, (_, c))| n == max || ends(c))
        .map_or(s.len(), |(_, (i, _))| i);
    &s[..end]
}

/// The end of `s` after the last character that `ends`, or all of `s`: a
/// slice, not a copy (the mirror of [`head_until`]).
pub(crate) fn tail_after(s: &str, ends: impl Fn(char) -> bool) -> &str {
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| ends(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[start..]
}

/// Whether `s` says that work was arranged (`会上…就校园安全、疫情防控…作了
/// 安排`, `进行了全面部署`): perfective in form, but what a meeting arranges
/// is what it commits to (`GUIDE.md`).
pub(crate) fn arranges_work(s: &str) -> bool {
    work_arranged_at(s).is_some()
}

/// Where the first words saying that work was arranged start in `s` (see
/// [`arranges_work`]).
pub(crate) fn work_arranged_at(s: &str) -> Option<usize> {
    // `就…等工作做安排部署`: the bare verb says it with both words.
    let bare = ["做安排部署", "作安排部署"]
        .iter()
        .filter_map(|w| s.find(w))
        .min();
    const DID: [&str; 5] = ["作了", "作出", "做了", "做出", "进行了"];
    const HOW: [&str; 4] = ["具体", "全面", "专题", "详细"];
    DID.iter()
        .filter_map(|d| {
            s.match_indices(d).map(|(at, _)| at).find(|&at| {
                let rest = &s[at + d.len()..];
                let rest = HOW
                    .iter()
                    .find_map(|h| rest.strip_prefix(h))
                    .unwrap_or(rest);
                rest.starts_with("安排") || rest.starts_with("部署")
            })
        })
        .chain(bare)
        .min()
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
    fn a_set_finds_its_characters_with_their_offsets() {
        let set = BmpSet::new().with(&['一', '：', '\n', '1', 'é']);
        let found: Vec<(usize, char)> = set.find_in("é推进一：2\n1").collect();
        assert_eq!(
            found,
            [(0, 'é'), (8, '一'), (11, '：'), (15, '\n'), (16, '1')]
        );
    }

    #[test]
    fn a_tail_starts_after_the_last_end() {
        let comma = |c| c == '，';
        assert_eq!(tail_after("推进学前教育，覆盖率", comma), "覆盖率");
        assert_eq!(tail_after("覆盖率", comma), "覆盖率");
        assert_eq!(tail_after("覆盖率，", comma), "");
    }

    #[test]
    fn work_arranged_in_several_wordings() {
        for s in [
            "会上,还就校园安全、疫情防控等作了安排部署。",
            "对下半年工作进行了全面部署。",
            "就校园安全、控辍保学等工作做安排部署。",
        ] {
            assert!(arranges_work(s), "{s}");
        }
        assert_eq!(
            work_arranged_at("就安全工作做安排部署"),
            Some("就安全工作".len())
        );
        assert!(!arranges_work("要做好安全工作。"));
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
