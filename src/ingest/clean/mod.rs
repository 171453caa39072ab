//! The cleaner: removes what is not the plan, repairs what scraping broke.
//!
//! Rules read line shape, position and the vocabulary of site furniture, never
//! sentences of particular plans:
//!
//! * a line is *prose* when it ends a sentence somewhere (`。` `；`) or is long;
//!   furniture vocabulary removes only lines that are not prose, so a plan
//!   sentence that mentions 电话 or 地址 is never lost;
//! * navigation is what stands above a breadcrumb near the top; the footer is
//!   what follows the first footer line after the last prose line;
//! * captions are short unpunctuated lines set off by a wider gap than the
//!   page's paragraphs, on pages whose paragraphs are separated by blank lines;
//! * chunk numbers are runs of `N、` line starts, numbered one by one, that
//!   mostly cut sentences; the chunks are rejoined;
//! * a paragraph cut by a page break (long, ending without punctuation) is
//!   joined with the next one.

use std::borrow::Cow;

use super::furniture::{sharing_sentence_words, FurnitureWords, Vocabulary, SHARING_SENTENCES};
use super::{Line, Removal, Rule};
use crate::marker;
use crate::text::{
    char_len, ends_sentence, ends_with_date, is_place_heading, is_title_like, SENTENCE_PUNCT,
};

/// The cleaner's output: the clean text and its display twin.
pub(crate) struct Cleaned {
    /// Simplified clean text, paragraphs separated by `\n`.
    pub text: String,
    /// The same in the original script, where some line has one.
    pub display: Option<String>,
    /// Where `text` has its `\n`s, as byte offsets.
    pub breaks: Vec<usize>,
}

impl Cleaned {
    /// The paragraphs of `text`, as `text.lines()` gives them (but for one
    /// empty paragraph of an empty text), without a search for their ends:
    /// the metadata readers walk every paragraph, and the search showed in
    /// profiles of ingest; keeping the ends costs one allocation a plan. It
    /// matches `lines()` because the cleaner joins kept lines with one `\n`
    /// each and keeps no `\r`.
    pub(crate) fn paragraphs(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.breaks.iter().map(|b| b + 1));
        let ends = self.breaks.iter().copied().chain([self.text.len()]);
        starts.zip(ends).map(|(start, end)| &self.text[start..end])
    }
}

/// Prose is longer than this many characters even without a full stop.
///
/// Furniture lines seldom pass 80 characters without `。`, while a sentence cut
/// by scraping often ends without one; a long line is therefore kept whatever
/// vocabulary it holds. The longest furniture line of the bundled pages, a
/// school's address and two phone numbers, has 77 characters.
const PROSE_CHARS: usize = 80;

/// Captions are at most this many characters.
///
/// Photo captions in the bundled news page have 12 to 20 characters; headings
/// of the same page 4 to 20. The length is a first filter only: the gap and
/// the missing punctuation do the work.
const CAPTION_CHARS: usize = 40;

/// A paragraph ending without punctuation is cut by a page break, not a
/// heading, when it has at least this many characters (or a clause comma and
/// half as many): headings of the bundled plans have at most 30.
const CUT_CHARS: usize = 40;

/// Cleans normalised lines, recording every removed line in `removed`.
pub(crate) fn clean(mut lines: Vec<Line>, removed: &mut Vec<Removal>) -> Cleaned {
    let mut rules: Vec<Option<Rule>> = lines.iter().map(|l| vocabulary_rule(&l.text)).collect();
    navigation(&lines, &mut rules);
    footer(&lines, &mut rules);
    notice(&lines, &mut rules);
    captions(&lines, &mut rules);
    repeats(&lines, &mut rules);
    let mut kept = Vec::with_capacity(lines.len());
    // The kept lines that follow a page break: a page counter removed
    // before them, on a line of its own or at their start.
    let mut after_break = Vec::with_capacity(lines.len());
    let mut broken = false;
    // The kept lines that follow a byline removed before them: a headline
    // above a source line is no sentence cut that the lead goes on.
    let mut after_byline = Vec::with_capacity(lines.len());
    let mut byline = false;
    for (mut line, rule) in lines.drain(..).zip(rules) {
        match rule {
            Some(rule) => {
                byline |= rule == Rule::Byline;
                broken |= rule == Rule::SharingSite && is_page_counter(&line.text);
                removed.push(Removal {
                    line: line.no,
                    rule,
                    text: line.display.unwrap_or(line.text).into_owned(),
                });
            }
            None => {
                if let Some(len) = scramble_prefix(&line.text) {
                    remove_front(&mut line, len, Rule::Scramble, removed);
                }
                if let Some(start) = watermark_suffix(&line.text) {
                    remove_back(&mut line, start, Rule::Watermark, removed);
                }
                if let Some(len) = page_counter_prefix(&line.text) {
                    remove_front(&mut line, len, Rule::PageBreak, removed);
                    broken = true;
                }
                // Blank lines between the break and the text carry it on.
                let blank = line.text.trim().is_empty();
                after_break.push(broken && !blank);
                broken &= blank;
                after_byline.push(byline && !blank);
                byline &= blank;
                kept.push(line);
            }
        }
    }
    let mut chunked = chunk_numbers(&mut kept, removed);
    // A sentence a page break cut goes on after it.
    for i in 1..kept.len() {
        if after_break[i]
            && !ends_sentence(&kept[i - 1].text)
            && marker::at(&kept[i].text).is_none()
        {
            chunked[i] = true;
        }
    }
    join(kept, &chunked, &after_byline)
}

/// The length in bytes of random characters that open a line before its
/// Chinese text (`=+>cTV <5).(MTa 为解决…`), up to the space that ends
/// them: ASCII only, at least eight characters besides spaces, upper and
/// lower case letters mixed with at least two symbols that no heading,
/// marker or address uses. A list marker, a code or a URL lacks the
/// symbols.
fn scramble_prefix(s: &str) -> Option<usize> {
    let ascii = s.find(|c: char| !c.is_ascii())?;
    // Up to the last space: a marker run into the text stays (`G[ (2)右江区`).
    let len = s[..ascii].rfind(|c: char| c.is_ascii_whitespace())? + 1;
    let prefix = &s[..len];
    if !s[ascii..].starts_with(crate::text::is_han) {
        return None;
    }
    let count = |f: fn(&char) -> bool| prefix.chars().filter(f).count();
    let symbols = count(|c| ";<>^*#~=+?\"|{}[]\\`$!@&".contains(*c));
    let letters = count(char::is_ascii_uppercase) > 0 && count(char::is_ascii_lowercase) > 0;
    (count(|c| !c.is_ascii_whitespace()) >= 8 && symbols >= 2 && letters).then_some(len)
}

/// A site's watermark glued to a paragraph's end has at most this many
/// characters: a few short names (`x0R福鼎新闻网|今日福鼎|福鼎新闻信息权威发布平台`
/// has 27).
const WATERMARK_CHARS: usize = 48;

/// Where a site's watermark glued to the end of a paragraph starts
/// (`…出席会议。x0R福鼎新闻网|今日福鼎|…平台`): after the paragraph's last
/// sentence end, a short tail of names joined by two or more `|`, with no
/// punctuation of prose. Left there, it runs the paragraph into the next.
fn watermark_suffix(s: &str) -> Option<usize> {
    let text = s.trim_end();
    let end = text.rfind(['。', '！', '？', '!', '?'])?;
    let start = end + text[end..].chars().next()?.len_utf8();
    let tail = &text[start..];
    let names = tail.split(['|', '｜']).count();
    let prose = tail.contains(['，', ',', '；', ';', '：', '、', '“', '”']);
    (names >= 3 && !prose && tail.chars().count() <= WATERMARK_CHARS).then_some(start)
}

/// The length in bytes of a page counter that opens a line with more text
/// after it (`- 2 - 框架,构建…`, where a page was turned inside a sentence).
fn page_counter_prefix(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('-')?.trim_start_matches(' ');
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = rest[digits..].trim_start_matches(' ').strip_prefix('-')?;
    let after = rest.trim_start_matches(' ');
    (after.len() < rest.len() && !after.is_empty()).then_some(s.len() - after.len())
}

/// Whether a line is plan prose, which furniture rules never remove.
fn is_plan_prose(s: &str) -> bool {
    ends_a_sentence_inside(s) || is_long_prose(s, || FurnitureWords::of(s))
}

/// Whether a line holds a full stop or a semicolon: prose whatever else.
fn ends_a_sentence_inside(s: &str) -> bool {
    s.contains("。") || s.contains("；")
}

/// Whether a line without a full stop is prose by its length: long, with at
/// most one distinct furniture word (a footer run into one long line,
/// 主办单位…地址…电话…公网安备, holds several).
fn is_long_prose(s: &str, words: impl FnOnce() -> FurnitureWords) -> bool {
    char_len(s) > PROSE_CHARS && words().furniture() < 2
}

/// The rule that removes a line by its own words, if any.
fn vocabulary_rule(s: &str) -> Option<Rule> {
    if s.is_empty() {
        return None;
    }
    // Sharing-site boilerplate sentences carry a full stop, so they are
    // matched before the prose test; one pass tells most lines hold none.
    let boilerplate =
        || has_any(s, SHARING_SENTENCES) || (s.contains("请在") && s.contains("搜索"));
    let may_hold = sharing_sentence_words().is_none_or(|words| words.find(s).is_some());
    if may_hold && boilerplate() {
        return Some(Rule::SharingSite);
    }
    // A numbered line is the plan's own (`2.强化技术支持`, `（二）畅通举报渠道`),
    // whatever furniture word it holds; a page's bullets also list its
    // furniture (`• 浏览:243`, `• 来源:…`).
    let numbered = marker::at(s).is_some_and(|m| m.style != marker::Style::Bullet);
    if numbered || ends_a_sentence_inside(s) {
        return None;
    }
    let words = FurnitureWords::of(s);
    if is_long_prose(s, || words) {
        return None;
    }
    if words.any(Vocabulary::Breadcrumb) || is_more_link(s) {
        Some(Rule::Navigation)
    } else if words.any(Vocabulary::Sharing) || is_page_counter(s) || is_file_name(s) {
        Some(Rule::SharingSite)
    } else if words.any(Vocabulary::Byline) || is_date_field(s) {
        Some(Rule::Byline)
    } else if words.any(Vocabulary::Footer) {
        Some(Rule::Footer)
    } else if words.any(Vocabulary::Caption) && char_len(s) <= CAPTION_CHARS {
        Some(Rule::Caption)
    } else {
        None
    }
}

/// Whether a line is an article's date field, with or without its date
/// (`• 时间:`, `日期：2021-06-30 10:21`): the label, a colon, then only
/// digits and the marks of dates and times.
fn is_date_field(s: &str) -> bool {
    let s = match marker::at(s) {
        Some(m) if m.style == marker::Style::Bullet => &s[m.len..],
        _ => s,
    };
    let s = s.trim_start();
    ["时间", "日期"].iter().any(|label| {
        s.strip_prefix(label)
            .and_then(|r| r.strip_prefix([':', '：']))
            .is_some_and(|r| {
                r.chars()
                    .all(|c| c.is_ascii_digit() || " -/:.年月日时分".contains(c))
            })
    })
}

/// Whether `s` holds any of `words` (for lists too short to need the
/// vocabulary automaton).
fn has_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

/// `更多...`, `更多>>`: a link to more of a site's list.
fn is_more_link(s: &str) -> bool {
    s.starts_with("更多") && char_len(s) <= 6
}

/// `第1页 / 共15页`, `共15页`, `- 3 -`.
fn is_page_counter(s: &str) -> bool {
    // Every form ends with `页` or `-`, or names a newspaper's `版`: other
    // lines are told so without the copy below, and its allocation.
    let last = s.trim_end().chars().next_back();
    if !(matches!(last, Some('页' | '-')) || s.contains('版')) {
        return false;
    }
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if newspaper_page(&compact) {
        return true;
    }
    let is_num = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let page = |t: &str| {
        t.strip_prefix('第')
            .and_then(|t| t.strip_suffix('页'))
            .is_some_and(is_num)
    };
    let total = |t: &str| {
        t.strip_prefix('共')
            .and_then(|t| t.strip_suffix('页'))
            .is_some_and(is_num)
    };
    let dashed = compact
        .strip_prefix('-')
        .and_then(|t| t.strip_suffix('-'))
        .is_some_and(is_num);
    dashed
        || total(&compact)
        || compact.split('/').all(|p| page(p) || total(p))
        || compact
            .rsplit_once('_')
            .is_some_and(|(name, p)| is_file_name(name) && page(p))
}

/// A newspaper's page line: `2024年03月08日第06版:教育周刊`, `第6版`.
fn newspaper_page(compact: &str) -> bool {
    compact.match_indices('第').any(|(at, _)| {
        let rest = &compact[at + '第'.len_utf8()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with('版')
    }) && char_len(compact) <= 30
}

/// A document's file name standing as a line (`方案.docx`).
fn is_file_name(s: &str) -> bool {
    // The extensions are lower case: a case-blind comparison of the line's
    // end, with no lower-case copy of the line.
    let ends_with = |ext: &str| {
        let tail = s.len().checked_sub(ext.len()).map(|at| &s.as_bytes()[at..]);
        tail.is_some_and(|t| t.eq_ignore_ascii_case(ext.as_bytes()))
    };
    [".docx", ".doc", ".pdf", ".wps", ".txt", ".pptx", ".xlsx"]
        .iter()
        .any(|ext| ends_with(ext))
}

fn is_blank(l: &Line) -> bool {
    l.text.is_empty()
}

/// How many lines from the top a breadcrumb may stand and still head the page.
const NAVIGATION_LINES: usize = 30;

/// Marks everything above a breadcrumb near the top as navigation.
fn navigation(lines: &[Line], rules: &mut [Option<Rule>]) {
    let top = NAVIGATION_LINES.min(lines.len() / 3 + 1);
    let Some(crumb) = (0..top).rev().find(|&i| rules[i] == Some(Rule::Navigation)) else {
        return;
    };
    for i in 0..crumb {
        if rules[i].is_none() && !is_blank(&lines[i]) && !is_plan_prose(&lines[i].text) {
            rules[i] = Some(Rule::Navigation);
        }
    }
}

/// Marks the non-prose lines from the first footer line after the last prose
/// line to the end as footer.
fn footer(lines: &[Line], rules: &mut [Option<Rule>]) {
    let last_prose = lines
        .iter()
        .zip(rules.iter())
        .rposition(|(l, r)| r.is_none() && is_plan_prose(&l.text));
    // Without prose there is no telling the plan from its footer: keep all.
    let Some(last_prose) = last_prose else {
        return;
    };
    let Some(start) = (last_prose..lines.len())
        .find(|&i| matches!(rules[i], Some(Rule::Footer | Rule::SharingSite)))
    else {
        return;
    };
    for i in start..lines.len() {
        let line = &lines[i].text;
        if rules[i].is_none()
            && !is_blank(&lines[i])
            && !is_plan_prose(line)
            && marker::at(line).is_none()
        {
            rules[i] = Some(Rule::Footer);
        }
    }
}

/// Formulas that transmit a plan to its addressees, which only a cover
/// notice holds.
const TRANSMIT: [&str; 4] = ["印发给你们", "印发给各", "现印发给", "现予印发"];

/// Marks a cover notice above the plan (`关于印发…的通知`, `各县区教育局：`,
/// `现将《…》印发给你们，请结合实际认真贯彻落实。`) and the lines of a
/// document's footer (`抄送：…`, `…办公室 2022年3月18日印发`).
fn notice(lines: &[Line], rules: &mut [Option<Rule>]) {
    // A notice stands above the plan's outline: before its first numbered line.
    let outline = lines
        .iter()
        .position(|l| marker::at(l.text.trim_start()).is_some())
        .unwrap_or(lines.len());
    let transmit = (0..outline).find(|&i| {
        rules[i].is_none()
            && char_len(&lines[i].text) <= 200
            && TRANSMIT.iter().any(|w| lines[i].text.contains(w))
    });
    if let Some(t) = transmit {
        rules[t] = Some(Rule::Notice);
        // The addressees and the notice's title above the formula.
        for i in (0..t).rev() {
            let line = lines[i].text.trim();
            if is_blank(&lines[i]) || rules[i].is_some() {
                continue;
            }
            let addressees = line.ends_with(['：', ':']) && char_len(line) <= 80;
            let title = line.contains("通知") && char_len(line) <= 80 && !is_plan_prose(line);
            if addressees || title {
                rules[i] = Some(Rule::Notice);
            } else {
                break;
            }
        }
    }
    for (i, l) in lines.iter().enumerate() {
        let line = l.text.trim();
        let copied = line.starts_with("抄送") || line.starts_with("抄报");
        let printed = line.ends_with("印发")
            && line.contains('年')
            && line.contains('日')
            && char_len(line) <= 40;
        if rules[i].is_none() && (copied || printed) {
            rules[i] = Some(Rule::Footer);
        }
    }
}

/// Marks lines that repeat an earlier line word for word: a page's
/// template printing its headline again between paragraphs, or its whole
/// body again after the byline. Short lines, numbered ones and short
/// sentences may recur in a plan (`工作目标：` under each project, the
/// same duty under each district), so only a headline of
/// [`REPEAT_CHARS`] or more, or a paragraph of [`REPEAT_PROSE_CHARS`] or
/// more, counts.
fn repeats(lines: &[Line], rules: &mut [Option<Rule>]) {
    let mut seen = std::collections::HashSet::new();
    for (i, l) in lines.iter().enumerate() {
        let line = l.text.trim();
        let chars = char_len(line);
        let long_enough = if line.ends_with(['。', '；', ';']) {
            chars >= REPEAT_PROSE_CHARS
        } else {
            chars >= REPEAT_CHARS
        };
        if rules[i].is_some() || !long_enough || marker::at(line).is_some() {
            continue;
        }
        if !seen.insert(line) {
            rules[i] = Some(Rule::Repeat);
        }
    }
}

/// How long a headline must be for its repetition to be page furniture.
const REPEAT_CHARS: usize = 15;

/// How long a paragraph must be for its repetition to be page furniture.
const REPEAT_PROSE_CHARS: usize = 60;

/// Marks photo captions: short unpunctuated lines set off by a wider gap.
fn captions(lines: &[Line], rules: &mut [Option<Rule>]) {
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| rules[i].is_none() && !is_blank(&lines[i]))
        .collect();
    let gaps: Vec<usize> = content.windows(2).map(|w| w[1] - w[0] - 1).collect();
    let usual = modal(&gaps);
    if usual == 0 {
        return; // paragraphs not separated by blank lines: no gap to read
    }
    for (k, &i) in content.iter().enumerate().skip(1) {
        let set_off = gaps[k - 1] > usual;
        if set_off && looks_like_caption(&lines[i].text) && !heads_paragraph(lines, &content, k) {
            rules[i] = Some(Rule::Caption);
        }
    }
}

/// Whether the content line `content[k]` heads the paragraph after it, as a
/// sub-heading after a photo does: the text before it ends a sentence and the
/// line after it is prose. A caption is followed by the end, by another
/// heading, or by the rest of a sentence the photo cut.
fn heads_paragraph(lines: &[Line], content: &[usize], k: usize) -> bool {
    let before_ends = ends_sentence(&lines[content[k - 1]].text);
    let next_prose = content.get(k + 1).is_some_and(|&n| {
        is_plan_prose(&lines[n].text) || char_len(&lines[n].text) > CAPTION_CHARS
    });
    before_ends && next_prose
}

/// The most frequent value (the smallest of equals); 0 for none.
fn modal(values: &[usize]) -> usize {
    let mut counts = std::collections::BTreeMap::new();
    for &v in values {
        *counts.entry(v).or_insert(0usize) += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(v, n)| (n, std::cmp::Reverse(v)))
        .map_or(0, |(v, _)| v)
}

/// Short, without sentence punctuation, and not a title, date or place name.
fn looks_like_caption(s: &str) -> bool {
    let n = char_len(s);
    n <= CAPTION_CHARS
        && !s.contains(SENTENCE_PUNCT)
        && !is_title_like(s)
        && !is_place_heading(s)
        && !s.ends_with('日')
        && marker::at(s).is_none()
}

/// Sharing-site chunks are at least this many characters long (most of them).
///
/// The bundled sharing site cuts its text into chunks of 300 to 700
/// characters; a plan's own `1、` list of short lines (dates, events) has lines
/// of 10 to 40. 100 keeps both apart.
const CHUNK_CHARS: usize = 100;

/// How many `N、` line starts in a row make a chunk numbering.
const MIN_CHUNKS: usize = 3;

/// Removes a sharing site's chunk numbers; returns the indices of the lines
/// that continue the previous chunk.
///
/// A run of lines starting `1、` `2、` `3、`…, numbered one by one, is a
/// chunk numbering when most of its lines start inside a sentence (the line
/// before ends without a full stop). An outline's own `1、` points follow a
/// finished sentence, so they are left alone.
fn chunk_numbers(lines: &mut [Line], removed: &mut Vec<Removal>) -> Vec<bool> {
    let mut cont = vec![false; lines.len()];
    let starts: Vec<(usize, u32, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let (n, len) = marker::ascii_number(&l.text)?;
            l.text[len..]
                .starts_with('、')
                .then_some((i, n, len + '、'.len_utf8()))
        })
        .collect();
    for run in runs(&starts) {
        let cutting = run
            .iter()
            .skip(1)
            .filter(|&&(i, _, _)| {
                previous_content(lines, i).is_some_and(|p| !ends_sentence(&lines[p].text))
            })
            .count();
        let long = run
            .iter()
            .filter(|&&(i, _, _)| char_len(&lines[i].text) >= CHUNK_CHARS)
            .count();
        if run.len() < MIN_CHUNKS || cutting * 2 < run.len() || long * 2 < run.len() {
            continue;
        }
        for (k, &(i, _, len)) in run.iter().enumerate() {
            remove_front(&mut lines[i], len, Rule::ChunkNumber, removed);
            cont[i] = k > 0;
        }
    }
    cont
}

/// Removes the first `len` bytes of a line's text, and of its display text
/// where that opens alike (digits, dashes and `、` are the same in both
/// scripts), recording them under `rule`.
fn remove_front(line: &mut Line, len: usize, rule: Rule, removed: &mut Vec<Removal>) {
    let prefix = line.text[..len].to_string();
    if let Some(display) = line.display.as_mut().filter(|d| d.starts_with(&prefix)) {
        drop_front(display, len);
    }
    drop_front(&mut line.text, len);
    removed.push(Removal {
        line: line.no,
        rule,
        text: prefix,
    });
}

/// Removes a line's text from byte `start` on, and records it.
fn remove_back(line: &mut Line, start: usize, rule: Rule, removed: &mut Vec<Removal>) {
    let suffix = line.text[start..].to_string();
    if let Some(display) = line.display.as_mut().filter(|d| d.ends_with(&suffix)) {
        let keep = display.len() - suffix.len();
        drop_back(display, keep);
    }
    drop_back(&mut line.text, start);
    removed.push(Removal {
        line: line.no,
        rule,
        text: suffix,
    });
}

/// Keeps the first `keep` bytes of `s`, with no copy of a borrowed text.
fn drop_back(s: &mut Cow<'_, str>, keep: usize) {
    match s {
        Cow::Borrowed(b) => *b = &b[..keep],
        Cow::Owned(o) => o.truncate(keep),
    }
}

/// Removes the first `len` bytes of `s`, with no copy of a borrowed text.
fn drop_front(s: &mut Cow<'_, str>, len: usize) {
    match s {
        Cow::Borrowed(b) => *b = &b[len..],
        Cow::Owned(o) => {
            o.drain(..len);
        }
    }
}

/// Splits chunk-number candidates into runs numbered one by one.
fn runs(starts: &[(usize, u32, usize)]) -> Vec<Vec<(usize, u32, usize)>> {
    let mut runs: Vec<Vec<(usize, u32, usize)>> = Vec::new();
    for &s in starts {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|l| l.1 + 1 == s.1) => run.push(s),
            _ => runs.push(vec![s]),
        }
    }
    runs
}

fn previous_content(lines: &[Line], i: usize) -> Option<usize> {
    (0..i).rev().find(|&p| !is_blank(&lines[p]))
}

/// Whether `s` ends inside a sentence and is long enough to be cut prose.
fn is_cut(s: &str) -> bool {
    // Most paragraphs end a sentence: `。` and `；` are told apart from letters
    // before the Unicode tables are searched, and the length is counted after.
    let open_end = s.chars().next_back().is_some_and(|c| {
        !matches!(c, '。' | '；') && (c.is_alphanumeric() || matches!(c, '、' | '，' | ','))
    });
    if !open_end {
        return false;
    }
    let n = char_len(s);
    // Looked for last: a search for any of several characters decodes each.
    let clause = || s.contains(['，', ',', '、', '；', ';']);
    // A numbered line is cut only where it is long prose with clauses: a
    // short one (`1.加强党建`) is a heading.
    let numbered = || marker::at(s).is_some();
    !ends_with_date(s)
        && if numbered() {
            n >= CUT_CHARS && clause()
        } else {
            n >= CUT_CHARS || (n >= CUT_CHARS / 2 && clause())
        }
}

/// Whether `s` can continue a cut sentence: not a new outline part, nor a
/// heading (short and unpunctuated).
fn continues(s: &str) -> bool {
    let heading = char_len(s) <= CUT_CHARS && !s.contains(SENTENCE_PUNCT);
    !heading
        && marker::at(s).is_none()
        && !is_place_heading(s)
        && s.chars().next().is_some_and(|c| !c.is_ascii_punctuation())
}

/// Joins the kept lines into paragraphs: blank lines go, chunks and cut
/// paragraphs are rejoined, but not across a removed byline (`apart`).
fn join(lines: Vec<Line>, chunked: &[bool], apart: &[bool]) -> Cleaned {
    // Sized once: grown by doubling, the text was a large share of the
    // cleaner's work.
    let size: usize = lines.iter().map(|l| l.text.len() + 1).sum();
    let mut text = String::with_capacity(size);
    // Built only when some line has a display text of its own.
    let mut display = (lines.iter().any(|l| l.display.is_some()))
        .then(|| String::with_capacity(lines.iter().map(|l| l.display().len() + 1).sum()));
    let mut breaks = Vec::with_capacity(lines.len());
    let mut prev: Option<Cow<'_, str>> = None;
    for ((line, &cont), &apart) in lines.into_iter().zip(chunked).zip(apart) {
        if line.text.is_empty() {
            continue;
        }
        let glue = match &prev {
            None => "",
            Some(p) if cont || (!apart && is_cut(p) && continues(&line.text)) => "",
            Some(_) => {
                breaks.push(text.len());
                "\n"
            }
        };
        text.push_str(glue);
        text.push_str(&line.text);
        if let Some(display) = &mut display {
            display.push_str(glue);
            display.push_str(line.display());
        }
        prev = Some(line.text);
    }
    Cleaned {
        text,
        display,
        breaks,
    }
}

#[cfg(test)]
mod tests;
