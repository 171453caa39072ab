//! Labelled goals inside a part: `总体目标:…具体目标:…`, and goal lists whose
//! goals are short headed sentences without numbers
//! (`具体目标:实现更高水平的普及教育。…形成惠及全民的公平教育。…`).

use std::sync::Arc;

use super::{Excerpt, Item, Section, Span};
use crate::text::char_len;

/// Labels that open a block of a plan's goals or principles.
const LABELS: [&str; 13] = [
    "总体目标",
    "具体目标",
    "主要目标",
    "发展目标",
    "工作目标",
    "近期目标",
    "中期目标",
    "远期目标",
    "阶段目标",
    "年度目标",
    "基本原则",
    "指导思想",
    "总体要求",
];

/// Text before the first label is an item of its own when it holds at least
/// this many Chinese characters beyond the heading: a section heading with
/// its full stop (`工作目标。`) holds none, a sentence of goals a dozen or more.
const LEAD_CHARS: usize = 6;

/// A headed goal is a sentence of at most this many characters with no comma.
///
/// The bundled goal lists head their goals with sentences of 10 to 11
/// characters (`实现更高水平的普及教育`), while their other sentences run to 40
/// and more with commas; 16 leaves room for longer headings without taking
/// ordinary short sentences, which nearly always carry a comma.
const GOAL_CHARS: usize = 16;

/// Splits a leaf item into labelled goals, and those into headed goals, where
/// it has two or more of each, onto `out`; else puts the leaf there as it is.
/// `colons` are the byte offsets in `text` of the colons in the item.
pub(super) fn split(text: &Arc<str>, item: Item, colons: &[usize], out: &mut Vec<Item>) {
    let labels = label_starts(&item.text, colons.iter().map(|&at| at - item.span.start));
    if labels.len() < 2 {
        out.push(item);
        return;
    }
    let start = item.span.start;
    // Text before the first label that says more than the heading (`到2025年,
    // 新建幼儿园30所。总体目标:…`) is an item of its own, not lost.
    let lead = &item.text[..labels[0].0];
    let heading = item.heading.as_deref().unwrap_or("");
    let said: usize = lead
        .trim_start_matches(heading)
        .chars()
        .filter(|c| crate::text::is_han(*c))
        .count();
    let sections = under(&item);
    if said >= LEAD_CHARS {
        out.push(part(
            text,
            (&item, &sections),
            start,
            start + labels[0].0,
            "0",
            item.heading.clone(),
        ));
    }
    // A label written twice (`总体目标:…总体目标:…`) gives `总体目标#2`.
    let mut unique = super::build::UniqueLabels::default();
    for (k, &(at, label)) in labels.iter().enumerate() {
        let end = labels.get(k + 1).map_or(item.text.len(), |n| n.0);
        let child = part(
            text,
            (&item, &sections),
            start + at,
            start + end,
            &unique.unique(None, label.to_string()),
            Some(label.to_string()),
        );
        headed_goals(text, child, out);
    }
}

/// Byte offsets in `s` where a label followed by a colon starts a sentence,
/// given the offsets of the colons in `s`, in order.
fn label_starts(s: &str, colons: impl Iterator<Item = usize>) -> Vec<(usize, &'static str)> {
    // An item has few colons and there are twelve labels: look back from
    // each colon rather than search every label through the whole item.
    colons
        .filter_map(|colon| {
            let head = &s[..colon];
            let label = LABELS.iter().find(|l| head.ends_with(*l))?;
            let at = colon - label.len();
            let before = s[..at].chars().next_back();
            let opens = before.is_none_or(|c| matches!(c, '。' | '；' | ';' | '\n'));
            opens.then_some((at, *label))
        })
        .collect()
}

/// The sections of the items split from `parent`: its own, and itself.
/// Built once for all of them, which share it as the outline's items under
/// one section do.
fn under(parent: &Item) -> Arc<[Section]> {
    (parent.sections.iter().cloned())
        .chain(std::iter::once(Section {
            path: parent.path.clone(),
            heading: parent.heading.clone(),
        }))
        .collect()
}

/// A child item of `parent` over `text[from..to]`, under `sections` (see
/// [`under`]).
fn part(
    text: &Arc<str>,
    (parent, sections): (&Item, &Arc<[Section]>),
    from: usize,
    to: usize,
    label: &str,
    heading: Option<String>,
) -> Item {
    let raw = &text[from..to];
    let body = raw.trim_end();
    let sections = Arc::clone(sections);
    Item {
        path: format!("{}/{}", parent.path, label),
        heading,
        text: Excerpt::at(text, from, body),
        span: Span {
            start: from,
            end: from + body.len(),
        },
        depth: sections.len() + 1,
        sections,
    }
}

/// Splits a labelled goal into headed goals, onto `out`, where its text opens
/// with one and has two or more; else puts the goal there whole.
fn headed_goals(text: &Arc<str>, item: Item, out: &mut Vec<Item>) {
    let first = |colon: &str| item.text.find(colon);
    let Some(colon) = first(":").into_iter().chain(first("：")).min() else {
        out.push(item);
        return;
    };
    let body_at = colon + item.text[colon..].chars().next().map_or(1, char::len_utf8);
    let heads = heading_sentences(&item.text[body_at..]);
    if heads.len() < 2 || heads[0].0 != 0 {
        out.push(item);
        return;
    }
    let start = item.span.start;
    let sections = under(&item);
    out.extend(heads.iter().enumerate().map(|(k, &(at, head))| {
        let from = start + body_at + at;
        let to = heads
            .get(k + 1)
            .map_or(start + item.text.len(), |n| start + body_at + n.0);
        part(
            text,
            (&item, &sections),
            from,
            to,
            &(k + 1).to_string(),
            Some(head.to_string()),
        )
    }));
}
/// Short comma-free sentences of `s`, with their byte offsets.
fn heading_sentences(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for sentence in s.split_inclusive('。') {
        let head = sentence.trim_end_matches('。').trim();
        // A goal's heading names it; a sentence with a number states a target.
        let single = !head.contains(['，', ',', '；', ';', '、', ':', '：', '%', '％'])
            && !head.chars().any(|c| c.is_ascii_digit());
        if sentence.ends_with('。') && single && (4..=GOAL_CHARS).contains(&char_len(head)) {
            out.push((at, head));
        }
        at += sentence.len();
    }
    out
}
