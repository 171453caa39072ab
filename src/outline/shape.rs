//! Line and heading shapes the outline reads.

use crate::ingest::meta::ORGANS;
use crate::marker;
use crate::text::{char_len, is_space, is_title_like, SENTENCE_PUNCT, SPACES};

/// A heading has at most this many characters.
///
/// Headings of the bundled plans have 4 to 26 characters (newspaper
/// sub-headings up to 20, section headings up to 26); first sentences that
/// are not headings mostly run past 30. A heading longer than this is read as
/// the item's first sentence instead.
pub(super) const HEADING_CHARS: usize = 30;

/// Prose, not a heading, when a paragraph has at least this many characters
/// even without a full stop.
const PROSE_CHARS: usize = 40;

/// The document's shape, read once before the pass.
pub(super) struct Shape<'d> {
    /// Structured by sub-headings rather than numbers (a newspaper piece).
    pub news: bool,
    /// The districts whose headings split it into parts (from the metadata),
    /// sorted: a round-up may have thousands, and every line is looked up.
    pub districts: Vec<&'d str>,
}

impl Shape<'_> {
    /// Reads the shape: a text is news-shaped when it has more sub-headings
    /// (short lines heading prose) than lines opened by a numbered marker.
    pub(super) fn of<'d>(lines: &[(usize, &str)], districts: &'d [String]) -> Shape<'d> {
        let numbered = lines
            .iter()
            .filter(|(_, l)| marker::at(l).is_some_and(|m| m.style != marker::Style::Bullet))
            .count();
        let headings = (0..lines.len())
            .filter(|&i| is_subheading(lines, i))
            .count();
        let news = headings >= 2 && headings > numbered;
        let mut districts: Vec<&str> = districts.iter().map(String::as_str).collect();
        districts.sort_unstable();
        Shape { news, districts }
    }

    /// Whether `line` is the heading of one of the plan's districts.
    pub(super) fn is_district(&self, line: &str) -> bool {
        self.news && self.districts.binary_search(&line.trim()).is_ok()
    }
}

/// The lines of `text` with their byte offsets, blank lines left out; a
/// line holding several paragraphs is split (see [`paragraphs`]).
pub(super) fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut off = 0;
    for line in text.split('\n') {
        if !line.trim().is_empty() {
            out.extend(paragraphs(line).map(|(at, p)| (off + at, p)));
        }
        off += line.len() + 1;
    }
    out
}

/// The paragraphs of one line, with their byte offsets in it: a sentence
/// end followed by spaces (`…任务。 在开幕式上，…`) is where a web page's
/// paragraphs were joined into one line, as Chinese prose puts no space
/// after `。`. The spaces belong to neither paragraph. A short first
/// sentence opened by a marker is a heading run into its text
/// (`一是增强大局意识。 围绕…`), not a paragraph.
pub(super) fn paragraphs(line: &str) -> impl Iterator<Item = (usize, &str)> {
    // Most lines hold no space: they are one paragraph, told by a fast search.
    let spaced = SPACES.iter().any(|&c| line.contains(c));
    let mut rest = 0;
    std::iter::from_fn(move || {
        if rest >= line.len() {
            return None;
        }
        let from = rest;
        let tail = &line[from..];
        // Whether the paragraph opens with a marker: its first sentence may
        // then be a heading run into its text.
        let marked = marker::at(tail.trim_start_matches(is_space)).is_some();
        let cut = spaced
            .then(|| {
                tail.char_indices().find_map(|(i, c)| {
                    if !matches!(c, '。' | '！' | '？') {
                        return None;
                    }
                    let end = i + c.len_utf8();
                    let after = &tail[end..];
                    let next = after.trim_start_matches(is_space);
                    let heading = marked && char_len(&tail[..i]) <= RUN_IN_HEADING_CHARS;
                    (next.len() < after.len() && !next.is_empty() && !heading)
                        .then_some((end, tail.len() - next.len()))
                })
            })
            .flatten();
        match cut {
            Some((end, next)) => {
                rest = from + next;
                Some((from, &tail[..end]))
            }
            None => {
                rest = line.len();
                Some((from, tail))
            }
        }
    })
}

/// A first sentence opened by a marker of at most this many characters,
/// before the spaces, is a heading run into its text: the headings of points
/// name their subject in a few words (`二是增强重点意识`).
const RUN_IN_HEADING_CHARS: usize = 20;

/// A table-of-contents line: a heading followed by a page number.
pub(super) fn is_toc(line: &str) -> bool {
    if !chars_at_most(line, 60) || line.contains("。") {
        return false;
    }
    let body = line.trim_end_matches(|c: char| c.is_ascii_digit());
    if body.len() == line.len() || line.len() - body.len() > 3 {
        return false;
    }
    let leaders = body.trim_end_matches(['…', '.', '·', '-', '—', ' ', '\t', '．']);
    let dotted = body.len() - leaders.len() >= 2 && !leaders.is_empty();
    // Contents copied from a word processor lose their dots: `一、总体要求 1`.
    let spaced =
        body.ends_with(' ') && marker::at(line).is_some() && !line.contains(SENTENCE_PUNCT);
    dotted || spaced || line.trim() == "目录"
}

/// Offices and committees that sign or issue a plan beside the organs
/// metadata knows as issuers: a co-signing `中共某某市委教育工作委员会`, a
/// `某某局办公室`.
const SIGNERS: [&str; 2] = ["办公室", "委员会"];

/// A line that ends the plan's outline: an attachment's heading (`附件：`,
/// `附件1`) or the signature (the issuing organ, the date).
pub(super) fn is_closing(line: &str) -> bool {
    let line = line.trim();
    // Every line is asked: a long one is no closing line, without a count.
    if !chars_at_most(line, 60) || marker::at(line).is_some() {
        return false; // `2.健全家长委员会` is a point, not a signature
    }
    let short = chars_at_most(line, 30) && !line.contains(['。', '，', ',', '；', ';']);
    let attachment = line.starts_with("附件") && char_len(line) <= 60;
    let organ = short && ORGANS.iter().chain(&SIGNERS).any(|o| line.ends_with(o));
    attachment || organ || (short && is_date_line(line))
}

/// A line that is only a date: `2023年3月15日`, `二〇二三年三月十五日`.
fn is_date_line(line: &str) -> bool {
    use crate::text::{ends_with_date, is_date_digit};
    ends_with_date(line)
        && line.contains("年")
        && line
            .chars()
            .all(|c| is_date_digit(c) || "年月日 ".contains(c))
}

/// A title standing in the text (a second plan's title, say): it closes all
/// open parts. Short, without sentence punctuation, not numbered, naming a
/// kind of plan, and dated or naming an issuer: a sub-heading such as
/// `深入实施强师工程` names a kind of plan too, but neither a year nor an issuer.
pub(super) fn is_title(line: &str) -> bool {
    // Every line of a plan is asked: the length bound first, the scans of the
    // whole line only for short lines.
    let dated = || {
        line.as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit))
    };
    let issued =
        || ORGANS.iter().chain(&SIGNERS).any(|w| line.contains(w)) || line.starts_with("关于");
    // A title has at most 40 characters, so at most four times as many bytes.
    const TITLE_CHARS: usize = 40;
    line.len() <= 4 * TITLE_CHARS
        && char_len(line) <= TITLE_CHARS
        && !line.contains(SENTENCE_PUNCT)
        && is_title_like(line)
        && (dated() || issued())
        && marker::at(line).is_none()
}

/// Short, without sentence punctuation, not a date.
pub(super) fn is_heading_like(line: &str) -> bool {
    chars_at_most(line, HEADING_CHARS)
        && char_len(line) >= 2
        && !line.contains(SENTENCE_PUNCT)
        && !line.ends_with('日')
        && marker::at(line).is_none()
}

/// Whether the line at `i` is a sub-heading: heading-like, and heading prose;
/// not a line that announces a speaker's words (`孙利强调——`, `他指出：`),
/// whose paragraphs are each an item.
pub(super) fn is_subheading(lines: &[(usize, &str)], i: usize) -> bool {
    is_heading_like(lines[i].1)
        && !announces_speech(lines[i].1)
        && lines.get(i + 1).is_some_and(|(_, next)| is_prose(next))
}

/// A title run into a paragraph has at most this many characters.
const RUN_IN_TITLE_CHARS: usize = 40;

/// Where a paragraph's own words start when a page ran the plan's title
/// into them (`教育信息化 2.0 行动计划 为推进…`, `2019年市教育局工作计划书xx年,
/// 全市…`): just past the last word naming a kind of plan in its opening
/// stretch before any punctuation, where more words follow at once. Not
/// inside a cited title (`落实《…行动计划》`), nor in a purpose clause
/// (`为深入实施…计划,`), whose plan word a comma follows.
pub(super) fn title_run_in(para: &str) -> Option<usize> {
    let head_end = para
        .char_indices()
        .take_while(|&(_, c)| !"，,。；;：:、《》〈〉“”\"".contains(c))
        .take(RUN_IN_TITLE_CHARS)
        .last()
        .map_or(0, |(at, c)| at + c.len_utf8());
    let head = &para[..head_end];
    let end = crate::text::PLAN_WORDS
        .iter()
        .filter_map(|w| head.rfind(w).map(|at| at + w.len()))
        .max()?;
    let end = if para[end..].starts_with('书') {
        end + '书'.len_utf8()
    } else {
        end
    };
    let title = para[..end].trim();
    let rest = para[end..].trim_start();
    let opens = rest.chars().next().is_some_and(|c| c.is_alphanumeric());
    (opens
        && char_len(title) >= 4
        && char_len(rest) >= 10
        && !["为", "根据", "按照", "结合"]
            .iter()
            .any(|w| title.starts_with(w)))
    .then(|| para.len() - rest.len())
}

/// Where the last sentence of a paragraph starts, when that sentence
/// announces a list after it: it ends with a colon and reports a speaker's
/// words (`李建春…并就下一步工作提出要求:`).
pub(super) fn announcing_sentence(para: &str) -> Option<usize> {
    let body = para.trim_end();
    let last = body.strip_suffix(['：', ':'])?;
    let at = last.rfind(['。', '；', ';', '！']).map_or(0, |k| {
        k + last[k..].chars().next().map_or(1, char::len_utf8)
    });
    REPORTS.iter().any(|r| last[at..].contains(r)).then_some(at)
}

/// Whether `before` ends with a comma in a sentence that reports what a
/// speaker said (`他要求,`, `张冰强调要认真落实…会议精神,`).
pub(super) fn follows_report(before: &str) -> bool {
    before
        .trim_end()
        .strip_suffix(['，', ','])
        .is_some_and(|b| {
            // Read back no further than a long sentence: a line of
            // megabytes is not searched again at every marker.
            let near = &b[crate::text::ceil_boundary(b, b.len().saturating_sub(REPORT_REACH))..];
            let from = near
                .rfind(['。', '；', ';', '！', '？', '\n'])
                .map_or(0, |i| i + 1);
            let sentence = &near[crate::text::ceil_boundary(near, from)..];
            REPORTS.iter().any(|r| sentence.contains(r))
        })
}

/// How many bytes before a list marker a verb of report may stand in its
/// sentence (100 to 200 characters).
const REPORT_REACH: usize = 600;

/// Verbs that report what a speaker said.
pub(super) const REPORTS: [&str; 5] = ["强调", "指出", "要求", "表示", "提出"];

/// A line that only announces a speaker's words: a reporting verb at its end,
/// before a dash or a colon.
fn announces_speech(line: &str) -> bool {
    let core = line.trim().trim_end_matches(['—', '-', '：', ':', ' ']);
    core.len() < line.trim().len() && REPORTS.iter().any(|r| core.ends_with(r))
}

/// A paragraph of prose: a sentence, or long.
pub(super) fn is_prose(line: &str) -> bool {
    !chars_at_most(line, PROSE_CHARS - 1) || line.contains("。") || line.contains("；")
}

/// Whether `s` has at most `n` characters: counted only where its length in
/// bytes (one to four a character) does not tell. Every line of a plan is
/// asked whether it is short, and most are paragraphs of hundreds of bytes.
pub(super) fn chars_at_most(s: &str, n: usize) -> bool {
    s.len() <= n || (s.len() <= 4 * n && char_len(s) <= n)
}

/// Whether any line of `s` is prose.
pub(super) fn has_prose(s: &str) -> bool {
    s.split('\n').any(is_prose)
}

/// Whether the previous characters end a clause, so that a marker may follow.
pub(super) fn is_break(prev: Option<char>, prev2: Option<char>) -> bool {
    let ends = |c: char| matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '：' | ':');
    match prev {
        None => true,
        Some(c) if ends(c) => true,
        Some('”' | '"' | '）' | ')') => prev2.is_some_and(ends),
        _ => false,
    }
}

/// Whether a marker standing inside a sentence could still open a part: it
/// does not continue a list of numbers (`二、三年级`) and what follows reads
/// as a heading, not as a number.
pub(super) fn plausible_inline(prev: Option<char>, after: &str) -> bool {
    !prev.is_some_and(is_numeral) && !after.chars().next().is_some_and(is_numeral)
}

/// A character of a number or list of numbers: `2025`, `二、三年级`.
pub(super) fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '0'..='9' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '、'
    )
}

/// Characters that may stand between a marker and its text.
pub(super) fn is_filler(c: char) -> bool {
    c.is_whitespace() || matches!(c, '—' | '-' | '：' | ':' | '、' | '.' | '．')
}

/// Whether a top-level paragraph is a preamble item: any statement, the
/// enactment formula (`…特制定本方案。`) and a paragraph cut off by the page
/// (`会议强调,全`) too; not a title, a contents line or a bare heading.
pub(super) fn is_preamble_paragraph(para: &str, marked: bool) -> bool {
    if is_toc(para) || is_title(para) {
        false
    } else if announces_speech(para) {
        true // the lead of the paragraphs that follow it
    } else if marked {
        is_prose(para) || para.contains(CLAUSE_PUNCT)
    } else {
        is_prose(para) || !is_heading_like(para)
    }
}

/// Punctuation inside a sentence: a line that holds one is a statement, not
/// a heading or a title.
const CLAUSE_PUNCT: [char; 4] = ['，', ',', '；', ';'];

/// The first line of `s`, trimmed, if not empty.
pub(super) fn first_line(s: &str) -> Option<&str> {
    s.split('\n').map(str::trim).find(|l| !l.is_empty())
}

/// Where a project block's text starts after `第一项`: past `工程` and dashes.
pub(super) fn project_lead(after: &str) -> usize {
    let rest = after.strip_prefix("工程").unwrap_or(after);
    let rest = rest.trim_start_matches(is_filler);
    after.len() - rest.len()
}

/// A project's heading: its quoted name (`“学校建设工程”`), else its first line.
pub(super) fn project_heading(own: &str) -> Option<String> {
    let line = first_line(own)?;
    let quoted = line
        .split_once(['“', '"', '「'])
        .and_then(|(_, rest)| rest.split_once(['”', '"', '」']))
        .map(|(name, _)| name);
    Some(quoted.unwrap_or(line).trim().to_string()).filter(|h| !h.is_empty())
}

/// A section's heading: its text up to the first full stop, colon or line end.
pub(super) fn section_heading(own: &str) -> Option<String> {
    let own = own.trim_start_matches(is_filler);
    let Ok(end) = short_clause_end(own, false, 4 * 2 * HEADING_CHARS) else {
        return None;
    };
    // Past the filler, which holds the blanks, only the end needs trimming.
    let head = own[..end.unwrap_or(own.len())].trim_end();
    (!head.is_empty() && chars_at_most(head, 2 * HEADING_CHARS)).then(|| head.to_string())
}

/// A point's heading: its first sentence, where that is short and a single
/// clause (`深入学习贯彻党的十九大精神。`); a first sentence with commas or a
/// document title is the start of the text, not a heading.
pub(super) fn point_heading(own: &str) -> Option<String> {
    let own = own.trim_start_matches(is_filler);
    let end = short_clause_end(own, true, 4 * HEADING_CHARS).ok()??;
    let head = own[..end].trim_end();
    let short = chars_at_most(head, HEADING_CHARS) && char_len(head) >= 2;
    let single = || !head.contains(['，', ',', '《', '；', ';']);
    let has_more = || {
        !own[end..]
            .trim_start_matches(['。', '：', ':', '\n', '；', ';', '！', '!'])
            .trim()
            .is_empty()
    };
    (short && single() && has_more()).then(|| head.to_string())
}

/// [`clause_end`] where the first clause of `s`, trimmed, may have at most
/// `max` bytes; `Err` where it has more. A heading is short, and the search
/// for where a long first sentence ends went through most of an item's text.
fn short_clause_end(s: &str, bang: bool, max: usize) -> Result<Option<usize>, ()> {
    let cut = crate::text::ceil_boundary(s, max + 1);
    match clause_end(&s[..cut], bang) {
        Some(end) => Ok(Some(end)),
        // Text past `max` bytes that is not blank belongs to the clause.
        None if s[..cut].trim_end().len() > max => Err(()),
        None => Ok(clause_end(s, bang)),
    }
}

/// Where the first clause of `s` ends: the byte offset of its first `。`,
/// `：`, `:`, `；`, `;` or line break, and with `bang` of its first `！` or `!`.
///
/// Bytes are read, not characters decoded: every item's heading is sought,
/// and a search for any of several characters decodes each character and
/// compares it with each. A three-byte character is recognised by its last
/// byte, then checked whole.
fn clause_end(s: &str, bang: bool) -> Option<usize> {
    let b = s.as_bytes();
    let ends = |i: usize, lead: [u8; 2]| i >= 2 && b[i - 2..i] == lead;
    let at = |i: usize| match b[i] {
        b':' | b';' | b'\n' => Some(i),
        b'!' if bang => Some(i),
        0x82 if ends(i, [0xE3, 0x80]) => Some(i - 2), // 。
        0x9A | 0x9B if ends(i, [0xEF, 0xBC]) => Some(i - 2), // ：；
        0x81 if bang && ends(i, [0xEF, 0xBC]) => Some(i - 2), // ！
        _ => None,
    };
    (0..b.len())
        .filter(|&i| CLAUSE_END_BYTES[usize::from(b[i])])
        .find_map(at)
}

/// The bytes `clause_end` stops at: the ASCII marks and the last bytes of
/// `。：；！`.
static CLAUSE_END_BYTES: [bool; 256] = {
    let mut bytes = [false; 256];
    let mut k = 0;
    let marks = [b':', b';', b'\n', b'!', 0x82, 0x9A, 0x9B, 0x81];
    while k < marks.len() {
        bytes[marks[k] as usize] = true;
        k += 1;
    }
    bytes
};

#[cfg(test)]
mod tests {
    use super::*;

    /// [`paragraphs`] without its search for spaces: every line walked.
    fn paragraphs_walked(line: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut from = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            if i < from || !matches!(c, '。' | '！' | '？') {
                continue;
            }
            let end = i + c.len_utf8();
            let next = chars[k + 1..].iter().find(|(_, c)| !SPACES.contains(c));
            let Some(&(next, _)) = next.filter(|(j, _)| *j > end) else {
                continue;
            };
            let heading = char_len(&line[from..i]) <= RUN_IN_HEADING_CHARS
                && marker::at(line[from..].trim_start_matches(is_space)).is_some();
            if !heading {
                out.push((from, &line[from..end]));
                from = next;
            }
        }
        if from < line.len() {
            out.push((from, &line[from..]));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn searching_for_spaces_first_cuts_as_walking_every_line(
            line in "[一是增强意识。！？ \u{3000}\u{a0}\t学校a1.]{0,40}",
        ) {
            let got: Vec<(usize, &str)> = paragraphs(&line).collect();
            proptest::prop_assert_eq!(got, paragraphs_walked(&line));
        }
    }

    #[test]
    fn a_line_of_joined_paragraphs_is_cut_after_each_sentence_end_and_space() {
        let line =
            "东南网讯,今年将扩容学位1万个。 在开幕式上,市长作报告。\u{3000}同时,还将建成文化宫。";
        let got: Vec<&str> = paragraphs(line).map(|(_, p)| p).collect();
        assert_eq!(
            got,
            [
                "东南网讯,今年将扩容学位1万个。",
                "在开幕式上,市长作报告。",
                "同时,还将建成文化宫。"
            ]
        );
        let run_in: Vec<&str> = paragraphs("一是增强大局意识。 围绕中心工作。")
            .map(|(_, p)| p)
            .collect();
        assert_eq!(run_in, ["一是增强大局意识。 围绕中心工作。"]);
    }
}
