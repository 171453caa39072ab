//! Targets: the numbers a plan commits to reach or hold.
//!
//! A target is a count, share or amount in an item (`新建改扩建中小学90所`,
//! `毛入园率达到95%`), with what it counts (`subject`), its relation
//! (`以上` → at least), the year or period it is due (`到2025年`, `三年内`)
//! and the theme of its subject. Not targets: dates and years, ordinals
//! (`第二批`), counts of the plan's own parts (`十七项工程`, `七项举措`),
//! ratios (`6:3:1`), figures that report what was done (`截止到2015年底`,
//! `已经完成`), codes and phone numbers (no unit), and numbers in items
//! that no theme of the schema is about.
//!
//! ```
//! use eduplans::{code::Coder, ingest, outline};
//! let doc = ingest::from_text("demo", "一、学前教育\n1.扩大普惠资源。到2025年学前三年毛入园率达到95%以上,新建幼儿园20所。")?;
//! let coded = Coder::reference().code(&outline::plan(&doc));
//! let t = &coded.targets;
//! assert_eq!((t[0].value, t[0].unit.as_str(), t[0].by.as_deref()), (95.0, "%", Some("2025")));
//! assert_eq!(t[0].relation, eduplans::targets::Relation::AtLeast);
//! assert_eq!(t[0].subject.as_deref(), Some("学前三年毛入园率"));
//! assert_eq!(t[1].subject.as_deref(), Some("新建幼儿园"));
//! assert_eq!(t[1].theme.as_deref(), Some("preschool"));
//! # Ok::<(), eduplans::Error>(())
//! ```

mod context;
mod number;
mod reports;
mod subject;
mod years;

use std::sync::Arc;

use crate::text::BmpSet;

use serde::{Deserialize, Serialize};

use crate::outline::{Excerpt, Span};
use crate::words::Words;

/// A number a plan commits to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Target {
    /// The plan's id: one string shared by the plan's targets.
    pub plan: Arc<str>,
    /// The path of the item that holds it.
    pub path: String,
    /// What is counted, in the plan's words; `None` where the text names
    /// nothing but a generic word (`项目`, `目标`).
    pub subject: Option<String>,
    /// The number as written (the upper bound of a range).
    pub value: f64,
    /// The lower bound of a range (`1-2个` → 1).
    pub low: Option<f64>,
    /// The unit as written (`所`, `%`, `万人`).
    pub unit: String,
    /// The value in base units where the unit scales (`10万人` → 100000 人).
    /// (Read back from JSON, it is computed again from value and unit.)
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub normalized: Option<Normalized>,
    /// How the plan relates to the number.
    pub relation: Relation,
    /// When it is due, where the text says: a year (`2025`), a span
    /// (`三年`), or `每年` for a yearly rate.
    pub by: Option<String>,
    /// The theme of what is counted: from the subject's cues, else the
    /// item's strongest theme. Shared with the coder's tags, as
    /// [`Tag::id`](crate::code::Tag::id) is. Set on every target the coder
    /// reads: a number in an item no theme of the schema is about (a
    /// government report's jobs or roads) is not taken for a target.
    pub theme: Option<Arc<str>>,
    /// The sentence it stands in; of a sentence longer than 600 bytes (200
    /// Chinese characters: text that lost its full stops), the clause
    /// around the number. A part of the plan's text, as the item's is.
    pub text: Excerpt,
    /// Where the number and unit stand in the item's text, in characters.
    pub span: Span,
}

/// A value in base units.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Normalized {
    /// The value (`100000`).
    pub value: f64,
    /// The base unit (`人`).
    pub unit: &'static str,
}

/// How a plan relates to its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// At least the number (`以上`, `不低于`, `至少`, `达到`, `多`, `余`).
    AtLeast,
    /// At most (`以内`, `不超过`, `控制在`).
    AtMost,
    /// Reduce by the number (`减少40%以上`).
    ReduceBy,
    /// Exactly, or about (`保持`, `约`, `增至`, a plain count).
    Exactly,
}

/// The relation as the JSON and CSV output spell it (`at_least`).
impl std::fmt::Display for Relation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Relation::AtLeast => "at_least",
            Relation::AtMost => "at_most",
            Relation::ReduceBy => "reduce_by",
            Relation::Exactly => "exactly",
        })
    }
}

/// The numerals a quantity can start with: ASCII digits and the Chinese
/// numerals read (`一` to `九`, `两`, `〇`, `○`, `零`, `十`, `百`, `千`).
pub(crate) const NUMERALS: [char; 26] = [
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '一', '二', '三', '四', '五', '六', '七',
    '八', '九', '两', '〇', '○', '零', '十', '百', '千',
];

/// The characters that end sentences and `目`, which starts `目标` (the
/// words that lead goals): the target reader finds sentences and goals by
/// them.
pub(crate) const MARKS: [char; 9] = ['。', '；', ';', '！', '!', '？', '?', '\n', '目'];

static NUMERAL_CHARS: BmpSet = BmpSet::new().with(&NUMERALS);

/// [`NUMERALS`] and [`MARKS`], found in one walk.
static STARTS: BmpSet = BmpSet::new().with(&NUMERALS).with(&MARKS);

/// Where the [`NUMERALS`] and the [`MARKS`] stand in `text` (byte offsets,
/// in order), into `numerals` and `marks`, which are cleared first.
pub(crate) fn starts(text: &str, numerals: &mut Vec<usize>, marks: &mut Vec<usize>) {
    numerals.clear();
    marks.clear();
    for (i, c) in STARTS.find_in(text) {
        if NUMERAL_CHARS.contains(c) {
            numerals.push(i);
        } else {
            marks.push(i);
        }
    }
}

/// Where the [`NUMERALS`] stand in `text` (byte offsets, in order).
pub(crate) fn numeral_starts(text: &str) -> Vec<usize> {
    let (mut numerals, mut marks) = (Vec::new(), Vec::new());
    starts(text, &mut numerals, &mut marks);
    numerals
}

/// Where the [`MARKS`] stand in `text` (byte offsets, in order).
#[cfg(test)]
pub(crate) fn mark_starts(text: &str) -> Vec<usize> {
    let (mut numerals, mut marks) = (Vec::new(), Vec::new());
    starts(text, &mut numerals, &mut marks);
    marks
}

/// An item's text as the target reader needs it.
pub(crate) struct ItemText<'a> {
    /// The text.
    pub text: &'a Excerpt,
    /// Its word boundaries: the unit of a count in Chinese numerals must not
    /// open a longer word, so that `三支撑` (三/支撑) is not three teams.
    pub words: Words<'a>,
    /// Where its [`NUMERALS`] stand (byte offsets, in order).
    pub numerals: &'a [usize],
    /// Where its [`MARKS`] stand (byte offsets, in order).
    pub marks: &'a [usize],
    /// What the plan around it tells of its numbers.
    pub setting: Setting<'a>,
}

/// What the plan around an item tells of its numbers.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Setting<'a> {
    /// The years the plan covers.
    pub period: Option<crate::ingest::Period>,
    /// The year the plan was published, which dates a news report that
    /// names no period.
    pub published: Option<u16>,
    /// Whether the item reviews what was done (see [`Dues::reviews`]): its
    /// numbers are no targets.
    pub review: bool,
    /// The due date the item's section sets (see [`Dues`]).
    pub due: Option<&'a str>,
}

impl Setting<'_> {
    /// The one year the plan is for, if any: its period's, else, where no
    /// period is read, the year it was published.
    pub(crate) fn year(&self) -> Option<u16> {
        match self.period {
            Some(p) => (p.start == p.end).then_some(p.start),
            None => self.published,
        }
    }

    /// The plan's first year: years before it are past.
    pub(crate) fn first_year(&self) -> Option<u16> {
        self.period.map(|p| p.start).or(self.published)
    }
}

/// Due dates that a section's heading (`2021年重点工作`) or its lead or goal
/// item (`主要目标。到2027年,…`) sets for the items under it, read in the
/// plan's order.
#[derive(Debug, Default)]
pub(crate) struct Dues {
    /// Section paths with their due dates.
    sections: Vec<(String, String)>,
    /// The sections of the item read last: the items under one section
    /// share them, and their headings are read once.
    last: Option<Arc<[crate::outline::Section]>>,
}

impl Dues {
    /// Reads what `item` sets for its sections, before its own targets.
    pub(crate) fn read(&mut self, item: &crate::Item) {
        if self
            .last
            .as_ref()
            .is_some_and(|l| Arc::ptr_eq(l, &item.sections))
        {
            return self.read_lead(item);
        }
        self.last = Some(Arc::clone(&item.sections));
        for s in item.sections.iter() {
            let Some(h) = s.heading.as_deref() else {
                continue;
            };
            if self.sections.iter().any(|(p, _)| *p == s.path) {
                continue;
            }
            if let Some(due) = years::year_in_heading(h) {
                self.sections.push((s.path.clone(), due));
            }
        }
        self.read_lead(item);
    }

    /// Reads the due date a lead or goal item sets for its section.
    fn read_lead(&mut self, item: &crate::Item) {
        let lead = item.path.ends_with("/0")
            || item.heading.as_deref().is_some_and(|h| h.contains("目标"));
        if let (true, Some((parent, _))) = (lead, item.path.rsplit_once('/')) {
            if let Some(due) = years::due_phrase(&item.text) {
                self.sections.retain(|(p, _)| p != parent);
                self.sections.push((parent.to_string(), due));
            }
        }
    }

    /// The due date the nearest of `item`'s sections sets.
    pub(crate) fn of(&self, item: &crate::Item) -> Option<&str> {
        if self.sections.is_empty() {
            return None;
        }
        let parent = item.path.rsplit_once('/').map(|(p, _)| p);
        let paths = item.sections.iter().map(|s| s.path.as_str());
        parent.into_iter().chain(paths.rev()).find_map(|p| {
            self.sections
                .iter()
                .find(|(q, _)| q == p)
                .map(|(_, d)| d.as_str())
        })
    }

    /// Whether `item` or a section it stands in reviews what was done, by
    /// its heading (`发展成就`, `“十三五”主要工作回顾`, `发展基础`, a reply's
    /// `已做工作`).
    pub(crate) fn reviews(item: &crate::Item) -> bool {
        const ENDS: [&str; 6] = ["成就", "成果", "成绩", "基础", "现状", "条件"];
        let review = |h: &str| {
            let h = h.trim_end_matches(['。', '：', ':']);
            let short = h.chars().count() <= 16;
            h.contains("回顾")
                || (short && ENDS.iter().any(|w| h.ends_with(w)))
                || (short && h.starts_with('已'))
        };
        item.heading.as_deref().is_some_and(review)
            || item
                .sections
                .iter()
                .filter_map(|s| s.heading.as_deref())
                .any(review)
    }
}

/// At most this many quantities stand in a sentence read for targets.
///
/// Numbers closer than this are a table run into the text (`5%5%5%…`, a row
/// of counts with no sentence end), not commitments written out: each became
/// a target keeping up to 2,400 bytes of text around it, so that a long row
/// took time and memory out of all proportion to its length. The
/// bundled plans' sentences hold at most six quantities (measured over their
/// 52 sentences with more than two); four times that leaves room for the
/// long enumerations other plans write (`A区10所、B区12所…`). The cost: a
/// sentence of more is not read at all, so a genuine target in it (or beside
/// a table with only a comma between) is lost too; the coder warns of each
/// such item ([`WarningKind::CrowdedNumbers`](crate::WarningKind)).
pub(crate) const MAX_QUANTITIES: usize = 24;

/// The lists that reading an item's targets fills, kept for the plan's next
/// item: lists of its own per item with a quantity were a large share of
/// the coding's small frees.
#[derive(Default)]
pub(crate) struct Scratch<'h> {
    hits: Vec<(&'h Arc<str>, usize, usize)>,
    quantities: Vec<number::Quantity>,
    marks: context::Marks,
}

/// Appends the targets of one item's text to `out`, in text order, and
/// returns, for each sentence of more than [`MAX_QUANTITIES`] quantities,
/// how many of them were not read: only its headline goals are, those
/// stated with a link word (`全县学前三年毛入园率达到95%以上`), not the bare
/// list after them (`其中城关镇96%，…`). `hits` gives the item's cue hits as
/// (theme id, byte range), in text order (asked for only when the item has
/// a quantity, as few have), `top_theme` is its strongest theme; `scratch`
/// is space reused across items.
///
/// Appended to the plan's list rather than returned in one of the item's
/// own, which would be grown and then copied into the plan's.
pub(crate) fn extract<'h, H: Iterator<Item = (&'h Arc<str>, usize, usize)>>(
    plan: &Arc<str>,
    path: &str,
    item: &ItemText<'_>,
    hits: impl FnOnce() -> H,
    top_theme: Option<&Arc<str>>,
    scratch: &mut Scratch<'h>,
    out: &mut Vec<Target>,
) -> Vec<usize> {
    let mut crowded = Vec::new();
    if item.setting.review {
        return crowded;
    }
    let ItemText {
        text: shared,
        words,
        numerals,
        marks,
        ref setting,
    } = *item;
    let text: &str = shared;
    number::quantities(text, numerals, &mut scratch.quantities);
    if scratch.quantities.is_empty() {
        return crowded; // most items: no need to look for goals
    }
    scratch.hits.clear();
    scratch.hits.extend(hits());
    scratch.marks.read(text, marks);
    let Scratch {
        hits,
        quantities,
        marks,
    } = scratch;
    // Quantities are in text order: offsets are counted on, not from the start.
    let mut offsets = crate::text::CharOffsets::new(text);
    let mut last_sentence = None;
    let mut last_crowded = None;
    for q in quantities.iter() {
        let unit_start = q.end - q.unit.len();
        let opens_word = words.opens_word_past(unit_start, q.end);
        if q.chinese && opens_word {
            continue;
        }
        let sentence = marks.sentence(text, q);
        let first = quantities.partition_point(|q| q.start < sentence.0);
        let past = quantities.partition_point(|q| q.start < sentence.1);
        if past - first > MAX_QUANTITIES && !subject::headline(&text[sentence.0..q.start]) {
            // A sentence with no end near is a window around each number:
            // windows that overlap are one run of text, told once.
            if last_crowded.is_none_or(|end| sentence.0 >= end) {
                crowded.push(0);
            }
            last_crowded = Some(sentence.1);
            if let Some(n) = crowded.last_mut() {
                *n += 1;
            }
            continue;
        }
        let Some(found) = context::read(text, &mut *marks, q, sentence, setting) else {
            continue;
        };
        let found_subject = subject::of(text, q, sentence, words);
        let range = found_subject
            .as_ref()
            .map_or((q.start, q.start), |s| s.range);
        let theme = theme(hits, sentence, range, q).or(top_theme).cloned();
        if theme.is_none() {
            continue;
        }
        let start = offsets.at(q.start);
        let mut subject = found_subject.map(|s| s.text);
        // `新建学校90所,平均每年30所`: the second number counts the same thing
        // (a last sentence is this item's, and so is the last target then).
        if subject.is_none() && last_sentence == Some(found.sentence) {
            if let Some(prev) = out.last() {
                subject = prev.subject.clone();
            }
        }
        last_sentence = Some(found.sentence);
        out.push(Target {
            plan: Arc::clone(plan),
            path: path.to_string(),
            subject,
            normalized: normalize(q.value, q.unit),
            value: q.value,
            low: q.low,
            relation: found.relation,
            by: found.by,
            theme,
            text: {
                let (lo, hi) = context::excerpt(text, sentence, q);
                Excerpt::at(
                    shared.source(),
                    shared.byte_range().start + lo,
                    &text[lo..hi],
                )
            },
            span: Span {
                start,
                end: start + text[q.start..q.end].chars().count(),
            },
            unit: q.unit.to_string(),
        });
    }
    crowded
}

/// The theme of a target: the longest cue in its subject, which stands at
/// byte range `s0..s1` (`高中阶段` over `毛入学率`), else the cue nearest to
/// the number in its sentence.
fn theme<'h>(
    hits: &[(&'h Arc<str>, usize, usize)],
    (sentence_start, sentence_end): (usize, usize),
    (s0, s1): (usize, usize),
    q: &number::Quantity,
) -> Option<&'h Arc<str>> {
    // The hits that start in the sentence (the subject is in it too): found
    // by halving, not by walking every hit of a long item.
    let from = hits.partition_point(|(_, a, _)| *a < sentence_start.min(s0));
    let to = hits.partition_point(|(_, a, _)| *a < sentence_end.max(s1));
    let hits = &hits[from..to.max(from)];
    let in_subject = hits
        .iter()
        .filter(|(_, a, b)| *a >= s0 && *b <= s1)
        .max_by_key(|(_, a, b)| (b - a, std::cmp::Reverse(*a)));
    let nearest = || {
        hits.iter()
            .filter(|(_, a, b)| *a >= sentence_start && *b <= sentence_end)
            .min_by_key(|(_, a, b)| {
                if *b <= q.start {
                    q.start - b
                } else {
                    a.saturating_sub(q.end)
                }
            })
    };
    in_subject.or_else(nearest).map(|(t, _, _)| *t)
}

/// `10万人` → 100000 人, `2亿元` → 200000000 元; `None` where the unit does
/// not scale.
pub(crate) fn normalize(value: f64, unit: &str) -> Option<Normalized> {
    let (scale, base) = match unit {
        "万人" => (1e4, "人"),
        "万人次" => (1e4, "人次"),
        "万个" => (1e4, "个"),
        "万座" => (1e4, "座"),
        "万名" => (1e4, "名"),
        "万元" => (1e4, "元"),
        "亿元" => (1e8, "元"),
        "万册" => (1e4, "册"),
        "万平方米" => (1e4, "平方米"),
        _ => return None,
    };
    Some(Normalized {
        value: value * scale,
        unit: base,
    })
}
