//! Reading a quantity's context: is it a commitment, what does it count, how
//! does the plan relate to it, and by when.

use super::number::Quantity;
use super::years::{
    five_year_period, opening_due, opens_with_month, span_in, year_after, year_in,
    THIS_AND_NEXT_YEAR, THIS_YEAR,
};
use super::{reports, Relation, Setting};
use crate::text::{ceil_boundary, floor_boundary, BmpSet};

/// What the context says about a quantity.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reading<'t> {
    pub relation: Relation,
    pub by: Option<String>,
    /// The sentence the quantity stands in.
    pub sentence: &'t str,
}

/// Whether `c` ends a sentence.
///
/// A function rather than a list of characters: a search for a list compares
/// each character of the text with every entry, a `matches!` is compiled to a
/// few range tests.
const fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n')
}

/// Whether `c` ends a clause, for the subject.
fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, '，' | ',' | '：' | ':' | '、' | '(' | ')' | '（' | '）')
}

/// Words that report what was already done (`截止`, `已有`), and verbs that
/// lean on what exists rather than commit to something new
/// (`依托14个街镇的早教点`, `对接12个产业链`): a figure after them is no target.
const DONE_OR_CONTEXT: &[&str] = &[
    "截止",
    "截至",
    "已经",
    "已完成",
    "已建成",
    "已有",
    "现有",
    "十二五",
    "去年",
    "过去",
    "依托",
    "对接",
    "围绕",
    "借助",
    "结合",
];

/// Nouns that name a plan's own parts: `十七项工程`, `七项举措`.
const PARTS: &[&str] = &[
    "工程", "举措", "措施", "行动", "任务", "品牌", "方面", "原则", "要求", "重点", "目标", "大类",
    "维度", "环节", "实事", "阶段",
];

/// Words before a number that set its relation. At each place the longest
/// word wins, so that `不低于` is not read as `低于`.
const RELATION_WORDS: &[(&str, Relation)] = &[
    ("不低于", Relation::AtLeast),
    ("不少于", Relation::AtLeast),
    ("不超过", Relation::AtMost),
    ("不高于", Relation::AtMost),
    ("不多于", Relation::AtMost),
    ("控制在", Relation::AtMost),
    ("控制到", Relation::AtMost),
    ("低于", Relation::AtMost),
    ("至少", Relation::AtLeast),
    ("超过", Relation::AtLeast),
    ("高于", Relation::AtLeast),
    ("多于", Relation::AtLeast),
    ("达到", Relation::AtLeast),
    ("达", Relation::AtLeast),
    ("力争", Relation::AtLeast),
    ("实现", Relation::AtLeast),
    ("约", Relation::Exactly),
    ("减少", Relation::ReduceBy),
    ("降低", Relation::ReduceBy),
    ("下降", Relation::ReduceBy),
    ("压减", Relation::ReduceBy),
    ("缩减", Relation::ReduceBy),
];

/// Whether `c` opens a word of [`RELATION_WORDS`]: most characters open
/// none, and are passed over before the words are compared (comparing them
/// at every character of a clause was a large share of the pipeline's time).
fn opens_relation_word(c: char) -> bool {
    matches!(
        c,
        '不' | '控'
            | '低'
            | '至'
            | '超'
            | '高'
            | '多'
            | '达'
            | '力'
            | '实'
            | '约'
            | '减'
            | '降'
            | '下'
            | '压'
            | '缩'
    )
}

/// Words sought in a short stretch of text, with the characters they start
/// with: the stretch is walked once and the words are compared only where
/// one of those stands.
///
/// `contains` for each word sets up a search of its own, which cost more than
/// the search itself on the few characters of a clause.
struct Needles {
    words: &'static [&'static str],
    firsts: BmpSet,
}

impl Needles {
    const fn new(words: &'static [&'static str]) -> Needles {
        Needles {
            words,
            firsts: BmpSet::new().with_first_chars(words),
        }
    }

    /// Whether any of the words stands in `hay`.
    fn in_text(&self, hay: &str) -> bool {
        hay.char_indices().any(|(i, c)| {
            self.firsts.contains(c) && self.words.iter().any(|w| hay[i..].starts_with(w))
        })
    }
}

static DONE_OR_CONTEXT_WORDS: Needles = Needles::new(DONE_OR_CONTEXT);
static PARTS_WORDS: Needles = Needles::new(PARTS);

/// A sentence reaches at most this many bytes before or after its quantity.
///
/// Sentences of the bundled plans have at most 432 bytes (148 characters).
/// Text that runs on for thousands of characters without a sentence end is a
/// table or a page that lost its punctuation: reading all of it for each of
/// its numbers would take time quadratic in its length, and say nothing more.
const REACH: usize = 1200;

/// Where `text`'s sentence ends and `目标` (which leads goals) stand, as
/// byte offsets in order: found once per item, so that each quantity's
/// sentence is found by halving rather than by reading up to [`REACH`] bytes
/// both ways (a run of `5%` with no sentence end read 1,200 bytes for every
/// two).
#[derive(Debug, Default)]
pub(crate) struct Marks {
    ends: Vec<usize>,
    goals: Vec<usize>,
    /// How many of the sentences have been read for a due date they open
    /// with, and the last one found: read on as the quantities go, once.
    carried: (usize, Option<String>),
    /// What the sentence read last reports as done.
    done: Done,
    /// A review of a past year going on.
    review: Review,
}

impl Marks {
    /// Makes these the marks of `text`, whose [`MARKS`](super::MARKS) stand
    /// at `at` (byte offsets, in order).
    pub(crate) fn read(&mut self, text: &str, at: &[usize]) {
        let Marks {
            ends,
            goals,
            carried,
            done,
            review,
        } = self;
        ends.clear();
        goals.clear();
        *carried = (0, None);
        done.sentence = usize::MAX;
        *review = Review::default();
        for &i in at {
            if !text[i..].starts_with('目') {
                ends.push(i);
            } else if text[i..].starts_with("目标") {
                goals.push(i);
            }
        }
    }

    /// The due date that the last sentence ending before `s_start` to open
    /// with one sets (`到2025年,…。…`); quantities are asked in text order.
    fn carried(&mut self, text: &str, s_start: usize) -> Option<&str> {
        let (next, due) = &mut self.carried;
        while *next < self.ends.len() && self.ends[*next] < s_start {
            let j = *next;
            let start = if j == 0 {
                0
            } else {
                self.ends[j - 1] + char_at(text, self.ends[j - 1])
            };
            if let Some(d) = opening_due(&text[start..self.ends[j]]) {
                *due = Some(d);
            }
            *next += 1;
        }
        due.as_deref()
    }

    /// Where the sentence holding byte `at` of `text` starts, at most
    /// [`REACH`] before it.
    fn sentence_start(&self, text: &str, at: usize) -> usize {
        let lo = ceil_boundary(text, at.saturating_sub(REACH));
        let k = self.ends.partition_point(|&e| e < at);
        self.ends[..k]
            .last()
            .filter(|&&e| e >= lo)
            .map_or(lo, |&e| e + char_at(text, e))
    }

    /// Where the sentence holding byte `at` of `text` ends, at most
    /// [`REACH`] after it.
    fn sentence_end(&self, text: &str, at: usize) -> usize {
        let hi = floor_boundary(text, at + REACH);
        let k = self.ends.partition_point(|&e| e < at);
        self.ends.get(k).filter(|&&e| e < hi).map_or(hi, |&e| e)
    }

    /// The byte range of the sentence of `text` holding `q`, at most
    /// [`REACH`] bytes either side of it.
    pub(crate) fn sentence(&self, text: &str, q: &Quantity) -> (usize, usize) {
        (
            self.sentence_start(text, q.start),
            self.sentence_end(text, q.end),
        )
    }
}

/// A target's text is at most this many bytes (200 characters of Chinese).
///
/// Each target keeps a copy of its sentence, so a sentence of [`REACH`]
/// bytes either side of each of many numbers (a table flattened into one
/// line) costs memory of that length for every number. The sentences of the
/// bundled plans' targets have at most 432 bytes, and none is cut; a longer
/// one keeps the clause around its number.
const TEXT_CAP: usize = 600;

/// The text a target keeps of its `sentence` (a byte range of `text`): the
/// whole of it, trimmed, up to [`TEXT_CAP`] bytes; of a longer one, the
/// clause around `q`, cut to [`TEXT_CAP`] bytes with `q` in the middle.
pub(crate) fn excerpt(text: &str, (start, end): (usize, usize), q: &Quantity) -> (usize, usize) {
    let trimmed = |lo: usize, hi: usize| {
        let s = &text[lo..hi];
        let t = s.trim_start();
        let lo = lo + (s.len() - t.len());
        (lo, lo + t.trim_end().len())
    };
    if end - start <= TEXT_CAP {
        return trimmed(start, end);
    }
    let side = TEXT_CAP.saturating_sub(q.end - q.start) / 2;
    let lo = ceil_boundary(text, q.start.saturating_sub(side).max(start));
    let hi = floor_boundary(text, (q.end + side).min(end));
    let lo = text[lo..q.start]
        .rfind(is_clause_end)
        .map_or(lo, |i| lo + i + char_at(text, lo + i));
    let hi = text[q.end..hi]
        .find(is_clause_end)
        .map_or(hi, |i| q.end + i);
    trimmed(lo, hi)
}

/// Reads the context of `q` in its `sentence` (a byte range of `text`, see
/// [`Marks::sentence`]), `marks` being those of `text`; `None` when it is no
/// target.
pub(crate) fn read<'t>(
    text: &'t str,
    marks: &mut Marks,
    q: &Quantity,
    (s_start, s_end): (usize, usize),
    setting: &Setting<'_>,
) -> Option<Reading<'t>> {
    let sentence = &text[s_start..s_end];
    let before = &text[s_start..q.start];
    let after = &text[q.end..s_end];
    if marks.done.sentence != s_start {
        marks.done.read(s_start, sentence, setting.first_year());
    }
    if !is_commitment(before, after, q)
        || marks.done.before(q.start - s_start)
        || marks.review.goes_on(text, s_end, setting.first_year())
    {
        return None;
    }
    Some(Reading {
        relation: relation(before, after, q),
        by: due(text, marks, s_start, (before, after), setting),
        sentence: sentence.trim(),
    })
}

/// Words by which a sentence looks ahead (`要`, `将`, `力争`, `到…`): a
/// review ends where one stands.
const AHEAD: [&str; 9] = [
    "要", "将", "力争", "确保", "争取", "计划", "预计", "目标", "到",
];

/// A review that a sentence opened with a past year (`2014年,石林县…毛入园率
/// 达96.3%…；初中入学率99.40%…。高中阶段毛入学率达88.12%`): it goes on
/// through the sentences of its paragraph until one has a word of
/// [`AHEAD`] or a year of the plan's or later. Read on as the quantities
/// go, once.
#[derive(Debug, Default)]
struct Review {
    /// Where the sentences read so far end.
    scanned: usize,
    /// Whether a review is going on there.
    open: bool,
}

impl Review {
    /// Reads the sentences of `text` up to `end` (the end of the sentence
    /// asked about) and says whether a review goes on in it.
    fn goes_on(&mut self, text: &str, end: usize, first: Option<u16>) -> bool {
        let Some(first) = first else {
            return false;
        };
        if end > self.scanned {
            let from = self.scanned;
            self.scanned = end;
            for sentence in text[from..end].split_inclusive(['。', '；', ';', '\n']) {
                let opening = sentence.split(['，', ',']).next().unwrap_or(sentence);
                let year = opening
                    .find('年')
                    .and_then(|i| crate::text::year_before(&opening[..i]));
                // A year of the plan's or later looks ahead; an earlier one
                // may be a base (`比2013年多41人`).
                let ahead = sentence.match_indices('年').any(|(i, _)| {
                    crate::text::year_before(&sentence[..i]).is_some_and(|(y, _)| y >= first)
                });
                match year {
                    Some((y, head)) if y < first && head.trim().is_empty() => self.open = true,
                    _ if ahead || AHEAD.iter().any(|w| sentence.contains(w)) => self.open = false,
                    _ => {}
                }
                if sentence.ends_with('\n') {
                    self.open = false;
                }
            }
        }
        self.open
    }
}

/// Where a sentence reports what was done: the ends of its words of
/// [`DONE`](crate::text::DONE) and of the particle `了` (`新增了1所`), of
/// years before the plan's first (`2022年,全县…` in a plan of 2023) and of
/// five-year periods that ended before it (`“十三五”期间` in a plan of
/// 2021–2025); and where `基础上` ends, after which what follows is new
/// (`在已经完成7所学校的基础上,再选择10余所`). Byte offsets in the
/// sentence, read once per sentence.
#[derive(Debug, Default)]
struct Done {
    sentence: usize,
    reports: Vec<usize>,
    bases: Vec<usize>,
}

impl Done {
    fn read(&mut self, sentence_start: usize, sentence: &str, first: Option<u16>) {
        self.sentence = sentence_start;
        self.reports.clear();
        self.bases.clear();
        // One walk over the sentence, the words compared only where a
        // character that opens one stands.
        for (at, c) in sentence.char_indices() {
            let rest = &sentence[at..];
            let end = at + c.len_utf8();
            let done_word = |reports: &mut Vec<usize>| {
                if let Some(w) = crate::text::DONE.iter().find(|w| rest.starts_with(*w)) {
                    reports.push(at + w.len());
                }
            };
            let report = match c {
                '了' => crate::text::perfective_at(sentence, at),
                '年' => first.is_some_and(|first| {
                    crate::text::year_before(&sentence[..at]).is_some_and(|(year, head)| {
                        let ahead = &sentence[end..];
                        let due = head.ends_with(['到', '至', '比'])
                            || ["底前", "前", "以前"].iter().any(|w| ahead.starts_with(w));
                        year < first && !due
                    })
                }),
                // `五年来` is a word of DONE; `“十二五”` names a period.
                '五' => {
                    done_word(&mut self.reports);
                    first.is_some_and(|first| {
                        let from = crate::text::floor_boundary(sentence, at.saturating_sub(6));
                        five_year_period(&sentence[from..]).is_some_and(|e| e < first)
                    })
                }
                '基' => {
                    if rest.starts_with("基础上") {
                        self.bases.push(at + "基础上".len());
                    }
                    false
                }
                // The other characters the words of DONE open with.
                '已' | '截' | '去' | '过' | '共' | '这' | '以' => {
                    done_word(&mut self.reports);
                    false
                }
                _ => false,
            };
            if report {
                self.reports.push(end);
            }
        }
    }

    /// Whether the text of the sentence up to byte `at` of it reports what
    /// was done.
    fn before(&self, at: usize) -> bool {
        let base = self
            .bases
            .iter()
            .filter(|&&b| b <= at)
            .max()
            .copied()
            .unwrap_or(0);
        self.reports.iter().any(|&r| r > base && r <= at)
    }
}

fn char_at(text: &str, i: usize) -> usize {
    text[i..].chars().next().map_or(1, char::len_utf8)
}

/// Whether the quantity states a commitment rather than a rank, a plan part,
/// a baseline, a citation or a past figure.
fn is_commitment(before: &str, after: &str, q: &Quantity) -> bool {
    // `第二批`, and `三届四次` (a congress's session).
    let ordinal = before.ends_with('第') || (q.unit == "次" && before.trim_end().ends_with('届'));
    let baseline = before.ends_with('从') || before.ends_with('比');
    let marks = Quotes::count(before);
    let cited = marks.titles > 0;
    let part = matches!(q.unit, "项" | "个" | "大" | "类" | "件")
        && ({
            let near = after
                .char_indices()
                .nth(4)
                .map_or(after, |(i, _)| &after[..i]);
            PARTS_WORDS.in_text(near)
        } || spells_out_parts(before));
    let clause = before
        .rfind(['，', ',', '；', ';', '。'])
        .map_or(before, |i| &before[i..]);
    let done = DONE_OR_CONTEXT_WORDS.in_text(clause);
    let after_clause = clause_head(after, usize::MAX);
    // `建设一支…的队伍` is an idiom for building a team, not a count; its
    // qualifiers may run over commas (`一支具有奉献精神,具有一流…的教师队伍`).
    let team = q.chinese && q.unit == "支" && sentence_head(after, 60).contains("队伍");
    // A price per unit that the plan sets (`每生每课时2元`) is a fee, not a
    // target; a sum per pupil that is spent (`生均公用经费`) may be one.
    let price = q.unit == "元"
        && clause.contains('每')
        && !["经费", "补助", "资助", "奖励"]
            .iter()
            .any(|w| clause.contains(w));
    // `一` after an attribute or `又` is the article, not a count
    // (`受疫情影响下的一次特殊高考`, `又一所新学校`).
    let article = q.chinese
        && q.value == 1.0
        && before
            .trim_end_matches(crate::text::is_space)
            .ends_with(['的', '又']);
    // A norm the plan follows (`按照服务人口1万人设置1所幼儿园的原则`) states
    // a ratio, not a count to reach.
    let norm = clause.contains('按')
        && ["的原则", "的标准"]
            .iter()
            .any(|w| clause_head(after, 40).contains(w));
    // Chinese numerals in slogans (`“进千家访万户”`) are words, not counts.

    let quoted = marks.quotes > 0;
    let named = quoted || (q.chinese && after.starts_with(['“', '"', '只']));
    !(ordinal
        || baseline
        || cited
        || part
        || done
        || named
        || team
        || price
        || norm
        || article
        || reports::attendance(after, q)
        || reports::caption(after)
        || reports::one_school(before)
        || reports::other_field(clause, after_clause)
        || reports::begun_that_day(before, after_clause))
}

/// Whether the number stands in the list that spells out a count of the
/// plan's parts (`四十一项举措,即5大…、6项…、7个…`): after a `即` that a
/// part noun stands just before, in the same sentence.
fn spells_out_parts(before: &str) -> bool {
    let Some(at) = before.rfind('即') else {
        return false;
    };
    if before[at..].contains(['。', '；', ';']) {
        return false;
    }
    let head = before[..at].trim_end_matches(['，', ',', '：', ':', ' ']);
    let near = head
        .char_indices()
        .rev()
        .nth(3)
        .map_or(head, |(i, _)| &head[i..]);
    PARTS_WORDS.in_text(near)
}

/// The start of `s` up to its first clause end (`，` `,` `。` `；` `;`), at
/// most `max` characters.
fn clause_head(s: &str, max: usize) -> &str {
    crate::text::head_until(s, max, |c| matches!(c, '，' | ',' | '。' | '；' | ';'))
}

/// The start of `s` up to its sentence's end, at most `max` characters.
fn sentence_head(s: &str, max: usize) -> &str {
    crate::text::head_until(s, max, |c| matches!(c, '。' | '；' | ';'))
}

/// Title marks (`《》`) and quotation marks (`“”`) left open: how many more
/// open than close.
struct Quotes {
    titles: isize,
    quotes: isize,
}

impl Quotes {
    /// The marks of `s`, counted in one walk rather than by a search for
    /// each of the four.
    fn count(s: &str) -> Quotes {
        let mut q = Quotes {
            titles: 0,
            quotes: 0,
        };
        for c in s.chars() {
            match c {
                '《' => q.titles += 1,
                '》' => q.titles -= 1,
                '“' => q.quotes += 1,
                '”' => q.quotes -= 1,
                _ => {}
            }
        }
        q
    }
}

/// The relation, from the words around the number: a reduction anywhere in
/// its clause; else a range is exact; else a bound word after the number
/// (`以上`, `以内`, `左右`); else the relation word nearest before it in its
/// clause; else `多`/`余` (`60多门`) is at least, a plain count exact.
fn relation(before: &str, after: &str, q: &Quantity) -> Relation {
    let clause = before
        .rfind(['，', ',', '；', ';', '：', ':'])
        .map_or(before, |i| &before[i..]);
    let mut nearest = None;
    let mut reduce = false;
    let mut rest = clause;
    while let Some(c) = rest.chars().next() {
        match RELATION_WORDS
            .iter()
            .find(|(w, _)| opens_relation_word(c) && rest.starts_with(w))
        {
            Some((w, r)) => {
                reduce |= *r == Relation::ReduceBy;
                nearest = Some(*r);
                rest = &rest[w.len()..];
            }
            None => rest = &rest[c.len_utf8()..],
        }
    }
    let after = after.trim_start();
    if reduce {
        Relation::ReduceBy
    } else if q.low.is_some() || after.starts_with("左右") {
        Relation::Exactly
    } else if after.starts_with("以内") || after.starts_with("以下") {
        Relation::AtMost
    } else if after.starts_with("以上") {
        Relation::AtLeast
    } else if let Some(r) = nearest {
        r
    } else if q.more {
        Relation::AtLeast
    } else {
        Relation::Exactly
    }
}

/// The due year in the sentence before a number: any year of the number's
/// own clause; in an earlier clause, not one that qualifies a count there
/// (`启动4个新增2017年区教育重大项目,开工36个…`).
fn year_before_number(before: &str) -> Option<String> {
    let own = before
        .rfind(['，', ',', '；', ';'])
        .map_or(0, |i| i + char_at(before, i));
    year_in(&before[own..]).or_else(|| {
        before[..own]
            .split(['，', ',', '；', ';'])
            .rev()
            .filter(|clause| {
                let head = clause.find('年').map_or(*clause, |at| &clause[..at]);
                let head = head.trim_end_matches(|c: char| c.is_ascii_digit());
                !head.contains(['个', '所', '项', '批'])
            })
            .find_map(year_in)
    })
}

/// When the quantity is due: `每年` for a yearly rate; else a year, named
/// period or span in its sentence; else the nearest one that leads a goal
/// earlier in the item (`2016年的具体目标为`, `工程设定的三年总目标为`) or
/// opens an earlier sentence of it (`到2025年,…。…`); else the one its
/// section sets; else, in a plan of one year, that year where the sentence
/// opens with a month (`3-4月,…`).
fn due(
    text: &str,
    marks: &mut Marks,
    s_start: usize,
    (before, after): (&str, &str),
    setting: &Setting<'_>,
) -> Option<String> {
    let clause = before
        .rfind(['，', ',', '；', ';'])
        .map_or(before, |i| &before[i..]);
    let yearly = clause.match_indices('年').any(|(i, y)| {
        let head = &clause[..i];
        head.ends_with('每') || head.ends_with("每学") || clause[i + y.len()..].starts_with('均')
    });
    if yearly {
        return Some("每年".into());
    }
    let in_sentence = || {
        year_before_number(before)
            .or_else(|| year_after(after))
            .or_else(|| {
                let period = five_year_period(before).or_else(|| five_year_period(after));
                period.map(|y| y.to_string())
            })
            .or_else(|| span_in(before))
            .or_else(|| span_in(after))
    };
    let goal_lead = || {
        let goals = &marks.goals;
        let before = goals.partition_point(|&g| g + "目标".len() <= s_start);
        let lead = *goals[..before].last()?;
        let lead = &text[marks.sentence_start(text, lead)..lead];
        year_in(lead).or_else(|| span_in(lead))
    };
    let plan_year = || setting.year();
    let month = || {
        let year = plan_year()?;
        opens_with_month(&text[s_start..]).then(|| year.to_string())
    };
    // `今年`: the plan's own year, where it is for one; `今明两年`, the
    // year after it.
    let this_year = || {
        let year = plan_year()?;
        let sentence = [before, after];
        let says = |w: &str| sentence.iter().any(|s| s.contains(w));
        if says(THIS_AND_NEXT_YEAR) {
            Some((year + 1).to_string())
        } else {
            THIS_YEAR.iter().any(|w| says(w)).then(|| year.to_string())
        }
    };
    // A time that opens the full sentence as a clause of its own
    // (`2016—2020年,我市要新建10所…；新建综合高中4所`) governs its `；`
    // clauses too.
    let sentence_opening = || {
        let open = text[..s_start]
            .rfind('。')
            .map_or(0, |i| i + '。'.len_utf8());
        let opening = text[open..s_start].trim_start();
        let first = &opening[..opening.find(['，', ',']).unwrap_or(opening.len())];
        (first.len() < opening.len() && first.chars().count() <= 12)
            .then(|| year_in(first))
            .flatten()
    };
    in_sentence()
        .or_else(sentence_opening)
        .or_else(this_year)
        .or_else(goal_lead)
        .or_else(|| marks.carried(text, s_start).map(str::to_string))
        .or_else(|| setting.due.map(str::to_string))
        .or_else(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_goes_on_until_a_sentence_looks_ahead() {
        let ends = |text: &str, w: &str| {
            let start = text.find(w).unwrap();
            text[start..]
                .find(['。', '；', ';'])
                .map_or(text.len(), |i| start + i)
        };
        let text = "2014年,全县毛入园率达96.3%;初中入学率99.40%。高中毛入学率达88.12%。今年要新建学校3所。";
        let mut review = Review::default();
        assert!(review.goes_on(text, ends(text, "初中入学率"), Some(2015)));
        assert!(review.goes_on(text, ends(text, "高中毛入学率"), Some(2015)));
        assert!(!review.goes_on(text, ends(text, "今年要"), Some(2015)));
        let mut review = Review::default();
        assert!(!review.goes_on(text, ends(text, "初中入学率"), Some(2014)));
        let text = "2014年,全县毛入园率达96.3%。\n初中入学率达到99%。";
        let mut review = Review::default();
        assert!(!review.goes_on(text, ends(text, "初中入学率"), Some(2015)));
    }

    #[test]
    fn every_word_of_done_is_sought() {
        for w in crate::text::DONE {
            let mut done = Done::default();
            done.read(0, &format!("{w}5所"), None);
            assert!(done.before(w.len()), "{w}");
        }
    }

    #[test]
    fn every_relation_word_opens_with_a_listed_character() {
        for (w, _) in RELATION_WORDS {
            assert!(opens_relation_word(w.chars().next().unwrap()), "{w}");
        }
    }

    #[test]
    fn marks_are_found_as_a_walk_over_characters_finds_them() {
        for u in 0..0x3_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(
                super::super::MARKS.contains(&c),
                is_sentence_end(c) || c == '目',
                "{c}"
            );
        }
        let text = "目标:一。二；三;四！五!六？七?\n八目九目标十";
        let mut marks = Marks::default();
        marks.read(text, &super::super::mark_starts(text));
        let ends: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| is_sentence_end(c))
            .map(|(i, _)| i)
            .collect();
        let goals: Vec<usize> = text.match_indices("目标").map(|(i, _)| i).collect();
        assert_eq!((marks.ends, marks.goals), (ends, goals));
    }
}
