//! Lists written without numbers, each member an item: parallel sentences
//! in a paragraph (`要…。要…。要…。`, `学校要…；家长要…`, `聚焦…；聚焦…`),
//! paragraphs headed by a short sentence (`党建工作卓有成效。2017年…`) or by
//! the months of a timeline (`3-4月,…`), tasks one sentence a line under a
//! heading, goals written as sentences that open with a short clause
//! (`普及程度显著提高,…。`), and the paragraphs of a district's part of a
//! round-up that has no sub-headings. Which of these an item is, is read in
//! that order; an item that is none stays whole.

use std::sync::Arc;

use super::{Excerpt, Item, Section, Span};
use crate::marker::Style;
use crate::text::{char_len, is_han};

/// A list of parallel sentences has at least this many: two sentences that
/// open alike are often chance (`全县…。全县…。`), three are a figure of style.
const PARALLEL_MIN: usize = 3;

/// A paragraph's heading sentence has at most this many characters; the
/// headings of headed paragraphs name a field in 4 to 10 (`学前教育普及发展`),
/// a first sentence that states work runs longer and has commas.
const HEAD_CHARS: usize = 16;

/// Splits a paragraph item into the sentences of a list of parallel
/// sentences, where it holds one, onto `out`: the text before the list is
/// its lead (`…/0`), each sentence that opens alike starts an item, and the
/// sentences after it up to the next belong to it.
pub(super) fn parallel(text: &Arc<str>, item: Item, out: &mut Vec<Item>) {
    let sentences = sentences(&item.text);
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for key in sentences.iter().flat_map(|s| s.keys.iter().flatten()) {
        match counts.iter_mut().find(|(o, _)| o == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    // The opener most sentences share; the first in the text among equals.
    let best = counts
        .iter()
        .enumerate()
        .max_by_key(|&(k, &(_, n))| (n, std::cmp::Reverse(k)))
        .map(|(_, &c)| c);
    // Duties announced by a clause of report (`会议要求,要…。要…。`) are a
    // list from two on: the report says a list follows.
    let opens_report = !split_report(&item.text).0.is_empty();
    let announced = |opener: &str| {
        opener == "要"
            && (opens_report
                || sentences
                    .iter()
                    .find(|s| s.keys.contains(&Some(opener)))
                    .is_some_and(|s| s.after_report))
    };
    // A first member after the words announcing the list, in their sentence.
    let lead_member = |opener: &str| {
        let first = sentences.iter().find(|s| s.keys.contains(&Some(opener)))?;
        announced_member(&item.text, opener, first.at, opens_report)
    };
    let enough = |&(opener, n): &(&str, usize)| {
        let n = n + usize::from(lead_member(opener).is_some());
        n >= PARALLEL_MIN || (n >= 2 && announced(opener))
    };
    let Some((opener, _)) = best.filter(enough) else {
        let mut starts = focus_clauses(&item.text);
        if starts.is_empty() {
            starts = reported_clauses(&item.text);
        }
        if starts.is_empty() {
            starts = reported_headings(&item.text);
        }
        if starts.is_empty() {
            out.push(item);
        } else {
            pieces(text, &item, &starts, None, out);
        }
        return;
    };
    // A reported paragraph of duties is a list only where every duty
    // opens its sentence: where a sentence after the first duty states one
    // after a clause of its own (`今年高考是…大事,要…`), the paragraph is
    // one statement (the GUIDE's decision on such paragraphs). A member's
    // own sentences may name who must act (`…领导小组要…`).
    let first = sentences
        .iter()
        .position(|s| s.keys.contains(&Some(opener)));
    if let Some(first) = first.filter(|_| announced(opener)) {
        let ends: Vec<usize> = (sentences.iter().skip(1).map(|s| s.at))
            .chain([item.text.len()])
            .collect();
        let late_duty = (first..sentences.len()).any(|k| {
            !sentences[k].keys.contains(&Some(opener)) && {
                let sentence = &item.text[sentences[k].at..ends[k]];
                sentence.contains(",要") || sentence.contains("，要")
            }
        });
        if late_duty {
            out.push(item);
            return;
        }
    }
    let mut starts: Vec<usize> = sentences
        .iter()
        .filter_map(|s| {
            let k = s.keys.iter().position(|k| *k == Some(opener))?;
            // Matched by the words after an actor's `要` (`新的一年要聚焦…`
            // among `聚焦…；聚焦…`), the item starts at those words.
            Some(s.at + if k == 1 { s.after_actor } else { 0 })
        })
        .collect();
    if let Some(first) = lead_member(opener) {
        starts.insert(0, first);
    }
    pieces(text, &item, &starts, None, out);
}

/// Where the first member of a list of parallel clauses starts when it
/// follows, in the same sentence, the words that announce the list
/// (`…八个方面的工作,即突出均衡发展,…;突出素质教育,…;`): the opener after
/// `即` or a colon in the sentence before the list's first sentence that
/// opens with it (`first`). After a comma it may be chance (`9月9日,灵璧县…`),
/// except for a duty in a paragraph that opens with a clause of report
/// (`会议指出,围绕…工作,要进一步提升政治站位;要…;要…`: `reported`).
fn announced_member(s: &str, opener: &str, first: usize, reported: bool) -> Option<usize> {
    let before = &s[..first];
    let sentence = before.trim_end();
    let sentence = sentence.strip_suffix(['；', ';', '。']).unwrap_or(sentence);
    let last = crate::text::tail_after(sentence, |c| matches!(c, '。' | '；' | ';' | '！' | '\n'));
    let from = sentence.len() - last.len();
    if opener == "要" {
        // The first duty after a comma, not `要求` (`会议要求,`).
        return before[from..]
            .match_indices(opener)
            .map(|(i, _)| from + i)
            .find(|&at| before[..at].ends_with(['，', ',']) && !before[at..].starts_with("要求"))
            .filter(|_| reported);
    }
    let at = from + before[from..].rfind(opener)?;
    before[..at].ends_with(['即', '：', ':']).then_some(at)
}

/// The word that opens each clause of a list of focuses, a figure of
/// speeches and work reports (`聚焦强基固本,全面加强…,聚焦落实总目标,…`).
const FOCUS: &str = "聚焦";

/// Whether a clause opens with [`FOCUS`] or `要聚焦`.
fn opens_focus(clause: &str) -> bool {
    clause
        .strip_prefix('要')
        .unwrap_or(clause)
        .starts_with(FOCUS)
}

/// Where the clauses of a list of focuses start in `s`: a sentence in which
/// [`PARALLEL_MIN`] or more clauses open with [`FOCUS`] (or `要聚焦`), even
/// where only commas join them. The first may follow the words that
/// announce the list in its clause (`重点做好聚焦…`), which stay in the
/// lead; the text after the sentence, where there is any, is a piece of
/// its own. Empty where `s` holds no such sentence; the first is taken.
fn focus_clauses(s: &str) -> Vec<usize> {
    let mut at = 0;
    for sentence in s.split_inclusive(['。', '！', '\n']) {
        let mut starts: Vec<usize> = Vec::new();
        let mut from = 0;
        for clause in sentence.split_inclusive(['，', ',', '；', ';']) {
            let body = clause.trim_start();
            let lead = clause.len() - body.len();
            if opens_focus(body) {
                starts.push(at + from + lead);
            } else if starts.is_empty() {
                // The first member may follow the words that announce it.
                if let Some(i) = body.find(FOCUS).filter(|&i| i > 0) {
                    starts.push(at + from + lead + i);
                }
            }
            from += clause.len();
        }
        if starts.len() >= PARALLEL_MIN && starts[1..].iter().all(|&i| opens_focus(&s[i..])) {
            let end = at + sentence.len();
            if s[end..].chars().any(is_han) {
                starts.push(end + (s[end..].len() - s[end..].trim_start().len()));
            }
            return starts;
        }
        at += sentence.len();
    }
    Vec::new()
}

/// Where the sentences of a reported list of headed measures start in `s`:
/// a paragraph that opens with a clause of report (`《方案》要求,`) and goes
/// on in [`PARALLEL_MIN`] or more sentences that each open with a short
/// clause naming the measure (`加强组织领导,…。强化条件保障,…。`). Empty
/// where `s` is no such paragraph.
fn reported_headings(s: &str) -> Vec<usize> {
    let (report, rest) = split_report(s);
    if report.is_empty() {
        return Vec::new();
    }
    let mut starts = Vec::new();
    let mut at = report.len();
    for sentence in rest.split_inclusive(['。', '！']) {
        if sentence.trim().is_empty() {
            break;
        }
        if goal_heading(sentence).is_none() {
            return Vec::new();
        }
        starts.push(at + sentence.len() - sentence.trim_start().len());
        at += sentence.len();
    }
    if starts.len() >= PARALLEL_MIN {
        starts
    } else {
        Vec::new()
    }
}

/// Where the clauses of a reported list start in `s`: a sentence that
/// opens with a clause of report (`报告表示,`, `会议要求,`) or a short
/// announcement ending in a colon (`七个方面包括:`) and goes on in
/// [`PARALLEL_MIN`] or more clauses ended by `；` is a list of what was
/// said, one member a clause, whatever words they open with. Empty where
/// `s` holds no such sentence; the first such sentence is taken.
fn reported_clauses(s: &str) -> Vec<usize> {
    let mut at = 0;
    for sentence in s.split_inclusive(['。', '！', '\n']) {
        let (report, rest) = match split_report(sentence) {
            ("", _) => split_announcement(sentence),
            found => found,
        };
        let clauses = rest.split_inclusive(['；', ';']);
        if !report.is_empty()
            && clauses.clone().filter(|c| c.chars().any(is_han)).count() >= PARALLEL_MIN
        {
            let mut from = at + report.len();
            return clauses
                .map(|c| {
                    let start = from + c.len() - c.trim_start().len();
                    from += c.len();
                    start
                })
                .collect();
        }
        at += sentence.len();
    }
    Vec::new()
}

/// Splits an item whose paragraphs open with short heading sentences
/// (`学前教育普及发展。新增了…`) into one item a headed paragraph, where it
/// has two or more: the paragraphs before the first are the lead (`…/0`),
/// a paragraph without a heading belongs to the headed one above it.
pub(super) fn headed_paragraphs(text: &Arc<str>, item: Item, out: &mut Vec<Item>) {
    let mut starts = Vec::new();
    let mut heads = Vec::new();
    for (at, para) in paragraphs_at(&item.text) {
        if let Some(head) = paragraph_heading(para.trim()).or_else(|| stage(para.trim())) {
            starts.push(at);
            heads.push(head.to_string());
        }
    }
    // The item's own first line is its heading, not a headed paragraph.
    if starts.first() == Some(&0) && item.heading.is_some() {
        starts.remove(0);
        heads.remove(0);
    }
    if starts.len() < 2 {
        return line_list(text, item, out);
    }
    pieces(text, &item, &starts, Some(heads), out);
}

/// A list of tasks written one sentence a line without numbers, under a
/// heading (`2021年重点工作\n加快…建设。\n实现…以上。\n探索…模式。`):
/// where an item's paragraphs after its heading are three or more, each one
/// sentence, each is an item. Paragraphs of several sentences are the prose
/// of one item.
fn line_list(text: &Arc<str>, item: Item, out: &mut Vec<Item>) {
    let mut starts = Vec::new();
    let mut all = true;
    let paras: Vec<(usize, &str)> = paragraphs_at(&item.text).collect();
    // Bullet lines (`•教育是百年大计…`) under a news sub-heading (`雷欣指出`):
    // each bullet an item, whatever its length, and so is each paragraph
    // after them (`座谈会上,…`), the report going on.
    let bullet = |p: &str| crate::marker::at(p.trim()).is_some_and(|m| m.style == Style::Bullet);
    if paras.iter().filter(|(_, p)| bullet(p)).count() >= 2 {
        let first = paras.iter().position(|(_, p)| bullet(p)).unwrap_or(0);
        let starts: Vec<usize> = paras[first..].iter().map(|&(at, _)| at).collect();
        return pieces(text, &item, &starts, None, out);
    }
    for (k, &(at, para)) in paras.iter().enumerate() {
        let line = para.trim();
        let heading_line = k == 0 && item.heading.as_deref().is_some_and(|h| line == h);
        if !line.is_empty() && !heading_line {
            let body = line.trim_end_matches(['。', '；', ';']);
            // The last may be cut off by the page, without its full stop.
            let ended = line.ends_with(['。', '；', ';']) || k + 1 == paras.len();
            if body.contains(['。', '；', ';']) || !ended {
                all = false;
            }
            starts.push(at);
        }
    }
    if !all || starts.len() < PARALLEL_MIN {
        return goal_sentences(text, item, out);
    }
    pieces(text, &item, &starts, None, out);
}

/// Splits the goals of a goal section written as one paragraph of sentences
/// that each open with a short clause naming the goal
/// (`普及程度显著提高,…。教育质量全面提升,…。`) into one item a goal, where a
/// paragraph holds three or more and nothing else; the text before is the
/// lead (`…/0`). Only in a part headed as goals (`目标`): elsewhere such
/// sentences are the measures of one item.
fn goal_sentences(text: &Arc<str>, item: Item, out: &mut Vec<Item>) {
    let goals = |h: &Option<String>| h.as_deref().is_some_and(|h| h.contains("目标"));
    if !(goals(&item.heading) || item.sections.iter().any(|s| goals(&s.heading))) {
        out.push(item);
        return;
    }
    for (at, para) in paragraphs_at(&item.text) {
        let mut starts = Vec::new();
        let mut all = true;
        let mut k = at;
        for sentence in para.split_inclusive('。') {
            if sentence.trim().is_empty() {
                k += sentence.len();
                continue;
            }
            match goal_heading(sentence) {
                Some(_) => starts.push(k),
                None => all = false,
            }
            k += sentence.len();
        }
        if all && starts.len() >= PARALLEL_MIN {
            return pieces(text, &item, &starts, None, out);
        }
    }
    out.push(item);
}

/// The short clause that opens a goal sentence (`普及程度显著提高,…`): 4 to
/// [`GOAL_HEAD_CHARS`] Chinese characters before the first comma, with more
/// after it.
fn goal_heading(sentence: &str) -> Option<&str> {
    let (head, rest) = sentence.trim().split_once(['，', ','])?;
    let n = char_len(head);
    (head.chars().all(is_han) && (4..=GOAL_HEAD_CHARS).contains(&n) && rest.chars().any(is_han))
        .then_some(head)
}

/// A goal sentence's opening clause has at most this many characters: the
/// goals of the plans we have are named in 8 to 11 (`教师队伍建设进一步加强`);
/// a clause of measures runs longer or holds a number.
const GOAL_HEAD_CHARS: usize = 12;

/// Splits a district's part without sub-headings into its paragraphs, one
/// item each (`district:福田区/1` …).
pub(super) fn paragraphs(text: &Arc<str>, item: Item, out: &mut Vec<Item>) {
    let starts: Vec<usize> = paragraphs_at(&item.text)
        .filter(|(_, para)| para.chars().any(is_han))
        .map(|(at, _)| at)
        .collect();
    if starts.len() < 2 {
        out.push(item);
        return;
    }
    // Every paragraph with words starts an item: there is no lead before
    // the first.
    pieces(text, &item, &starts, None, out);
}

/// The paragraphs of `s` with their leading blanks taken off, each with the
/// byte offset in `s` where what is left starts.
fn paragraphs_at(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_inclusive('\n').scan(0, |at, para| {
        let body = para.trim_start();
        let start = *at + para.len() - body.len();
        *at += para.len();
        Some((start, body))
    })
}

/// The items of `item` cut at the byte offsets `starts` of its text (in
/// order, at least one): a lead `…/0` before the first where it holds words,
/// then `…/1`, `…/2`…, with `heads` as their headings where given.
fn pieces(
    text: &Arc<str>,
    item: &Item,
    starts: &[usize],
    heads: Option<Vec<String>>,
    out: &mut Vec<Item>,
) {
    let sections: Arc<[Section]> = (item.sections.iter().cloned())
        .chain(std::iter::once(Section {
            path: item.path.clone(),
            heading: item.heading.clone(),
        }))
        .collect();
    let base = item.span.start;
    let part = |from: usize, to: usize, label: String, heading: Option<String>| {
        let raw = &item.text[from..to];
        let body = raw.trim_end();
        Item {
            path: format!("{}/{label}", item.path),
            heading,
            text: Excerpt::at(text, base + from, body),
            span: Span {
                start: base + from,
                end: base + from + body.len(),
            },
            depth: sections.len() + 1,
            sections: Arc::clone(&sections),
        }
    };
    if item.text[..starts[0]].chars().any(is_han) {
        out.push(part(0, starts[0], "0".into(), item.heading.clone()));
    }
    for (k, &from) in starts.iter().enumerate() {
        let to = starts.get(k + 1).copied().unwrap_or(item.text.len());
        let heading = heads.as_ref().map(|h| h[k].clone());
        out.push(part(from, to, (k + 1).to_string(), heading));
    }
}

/// A sentence of a paragraph: where it starts, and the keys by which it
/// may open a list of parallel sentences.
struct Sentence<'s> {
    at: usize,
    /// Its first two characters where both are Chinese (`聚焦`, `坚持`);
    /// `要` for a sentence of what must be done (`要抓好…`, `学校要…`); and
    /// the two characters after `要` too (`要坚持…` with `坚持…`,
    /// `新的一年要聚焦…` with `聚焦…`).
    keys: [Option<&'s str>; 3],
    /// Where the words after an actor's `要` start in it (0 without an actor).
    after_actor: usize,
    /// Whether it follows a clause of report in its sentence (`会议要求,`).
    after_report: bool,
}

/// The sentences of `s`, ended by `。` `；` `;` `！` `：` `:` or a line break,
/// and after a clause that reports speech (`会议要求,` `他强调,`), which
/// announces what follows.
fn sentences(s: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    for sentence in s.split_inclusive(['。', '；', ';', '！', '：', ':', '\n']) {
        let (report, rest) = split_report(sentence);
        for (part, reported) in [(report, true), (rest, false)] {
            let body = part.trim_start_matches(|c: char| c.is_whitespace() || "“\"‘".contains(c));
            if !body.trim().is_empty() {
                let lead = part.len() - body.len();
                // A clause of report opens no list member itself.
                let (keys, after_actor) = if reported { ([None; 3], 0) } else { keys(body) };
                out.push(Sentence {
                    at: at + lead,
                    keys,
                    after_actor,
                    after_report: !reported && !report.trim().is_empty(),
                });
            }
            at += part.len();
        }
    }
    out
}

/// A sentence's opening clause where it only reports speech (`会议要求,`,
/// `钟磊强调,`), and the rest; else an empty clause and the sentence.
fn split_report(sentence: &str) -> (&str, &str) {
    split_opening(sentence, &['，', ','], |clause| {
        char_len(clause) <= 8 && super::shape::REPORTS.iter().any(|r| clause.ends_with(r))
    })
}

/// A sentence's opening where it announces a list with a colon
/// (`七个方面包括:`, `主要任务是:`), and the rest; else an empty opening
/// and the sentence.
///
/// A label of goals (`预期目标:`) opens a goal paragraph, one item, not a
/// list.
fn split_announcement(sentence: &str) -> (&str, &str) {
    split_opening(sentence, &['：', ':'], |opening| {
        char_len(opening) <= ANNOUNCEMENT_CHARS
            && !opening.contains(['，', ',', '；', ';'])
            && !opening.trim_end().ends_with("目标")
    })
}

/// The sentence split after the first of `marks`, where the words before
/// it are an opening (`is_opening`); else an empty opening and the
/// sentence.
fn split_opening<'s>(
    sentence: &'s str,
    marks: &[char],
    is_opening: impl FnOnce(&str) -> bool,
) -> (&'s str, &'s str) {
    let Some(at) = sentence.find(marks) else {
        return ("", sentence);
    };
    let end = at + sentence[at..].chars().next().map_or(1, char::len_utf8);
    if is_opening(&sentence[..at]) {
        sentence.split_at(end)
    } else {
        ("", sentence)
    }
}

/// How long the words announcing a list before its colon may be: a short
/// phrase (`七个方面包括`), not a sentence of its own.
const ANNOUNCEMENT_CHARS: usize = 16;

/// The keys of a sentence (see [`Sentence::keys`]).
fn keys(body: &str) -> ([Option<&str>; 3], usize) {
    let two = |s: &'_ str| -> Option<usize> {
        let mut chars = s.char_indices();
        match (chars.next(), chars.next()) {
            (Some((_, a)), Some((i, b))) if is_han(a) && is_han(b) => Some(i + b.len_utf8()),
            _ => None,
        }
    };
    let own = two(body).map(|n| &body[..n]);
    // What must be done, by whom where an actor is named first (`县教体局
    // 要扛起…`), the actor short and whole.
    let duty = body.find('要').filter(|&k| {
        let actor = &body[..k];
        (k == 0 || (2..=ACTOR_CHARS).contains(&char_len(actor)) && actor.chars().all(is_han))
            && !body[k..].starts_with("要求")
    });
    match duty {
        Some(k) => {
            let from = k + '要'.len_utf8();
            let rest = &body[from..];
            let after = two(rest).map(|n| &rest[..n]);
            let (own, from) = if k == 0 { (None, 0) } else { (own, from) };
            ([Some(&body[k..k + '要'.len_utf8()]), after, own], from)
        }
        None => ([own, None, None], 0),
    }
}

/// An actor named before its duty (`各级各类学校校长要…`) has at most this
/// many characters; a longer run before `要` is a sentence of its own.
const ACTOR_CHARS: usize = 14;

/// The stage that opens a paragraph of a timeline: a month or a span of
/// months before a comma or colon (`3-4月,…`, `9月:…`, `5月至6月,…`).
fn stage(para: &str) -> Option<&str> {
    let end = para.find(['，', ',', '：', ':'])?;
    let head = &para[..end];
    let months = head.strip_suffix("份").unwrap_or(head).strip_suffix('月')?;
    let numbers: Vec<&str> = months.split(['-', '—', '至', '~', '到']).collect();
    let month = |n: &str| n.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
    (numbers.len() <= 2 && numbers.iter().all(|n| month(n))).then_some(head)
}

/// A paragraph's heading: its first sentence, where that is short, a single
/// clause without numbers, and more text follows it.
fn paragraph_heading(para: &str) -> Option<&str> {
    let (head, rest) = para.split_once('。')?;
    let head = head.trim();
    let single = !head.contains(['，', ',', '；', ';', '、', ':', '：', '“', '"'])
        && !head.chars().any(|c| c.is_ascii_digit());
    (single && (4..=HEAD_CHARS).contains(&char_len(head)) && rest.chars().any(is_han))
        .then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers() {
        let s = "会议要求,全县要认真学习。要抓好党风。要抓实管理,解决问题。要抓好队伍。";
        let o: Vec<Option<&str>> = sentences(s).into_iter().map(|s| s.keys[0]).collect();
        assert_eq!(o, [None, Some("要"), Some("要"), Some("要"), Some("要")]);
        let s = "会议要求,县教体局要扛起责任;学校校长要落实好制度;要坚持以德为先;坚持以质图强。";
        let k: Vec<[Option<&str>; 3]> = sentences(s).into_iter().map(|s| s.keys).collect();
        assert_eq!(
            sentences("新的一年要聚焦质量。")[0].after_actor,
            "新的一年要".len()
        );
        assert_eq!(k[1], [Some("要"), Some("扛起"), Some("县教")]);
        assert_eq!(k[3], [Some("要"), Some("坚持"), None]);
        assert_eq!(k[4], [Some("坚持"), None, None]);
        assert_eq!(
            paragraph_heading("党建工作卓有成效。2017年7月,成立工委。"),
            Some("党建工作卓有成效")
        );
        assert_eq!(paragraph_heading("到2025年,新建学校。"), None);
        assert_eq!(paragraph_heading("加强党建。"), None);
        assert_eq!(stage("3-4月,凉州区小学开工。"), Some("3-4月"));
        assert_eq!(stage("9月:学校招生。"), Some("9月"));
        assert_eq!(stage("2021年,全市新建学校。"), None);
        assert_eq!(stage("13月,无此月。"), None);
    }
}
