//! How much a theme weighs in an item.
//!
//! A theme's score adds up its cue hits in the item:
//!
//! * a hit in the item's heading counts [`HEADING`];
//! * a hit in the body counts by its position, 1.0 at the start of the item
//!   down to [`LATE`] at its end (plans state the subject first);
//! * a body hit inside an enumeration (`经费投入、师资建设、评估激励`) counts
//!   [`LISTED`] of that: one word of a list is a passing mention;
//! * repeated hits count less and less: the k-th strongest counts 1/k.
//!
//! A theme is a tag when its score reaches [`THRESHOLD`] and is at least
//! [`RELATIVE`] of the item's strongest theme: the item's real subject sets
//! the bar for what else it substantially addresses.
//!
//! The constants were chosen on the gold themes of the bundled plans and
//! checked on the development plans; `DESIGN.md` (Weights) gives the grid
//! and why the chosen point sits in the middle of a flat region.

use super::cues::Hit;
use crate::text::floor_boundary;

/// Score of a cue in the item's heading: twice an opening mention in the
/// body, since a heading names what the item is about.
pub(crate) const HEADING: f64 = 2.0;

/// Score of a body cue at the very end of the item (1.0 at its start): late
/// mentions are more often asides, but still count more than half.
pub(crate) const LATE: f64 = 0.6;

/// Share of its score that a body cue keeps when it stands in an enumeration.
/// Introduced on the gold data, where it raised micro-F1 at equal thresholds.
pub(crate) const LISTED: f64 = 0.5;

/// Score of a theme named by the heading of a section above the item: below
/// [`THRESHOLD`], so that it tags an item only together with the item's own
/// words, unless the item has no cue at all and the section names one
/// field. 0.3 to 0.5 score alike on the bundled and development gold; at 0.6,
/// where the heading alone tags every item under it, precision falls by two
/// points on both.
pub(crate) const SECTION: f64 = 0.5;

/// Score at or above which a theme is a tag (see the table above).
pub(crate) const THRESHOLD: f64 = 0.6;

/// A theme is central when its score is at least this share of the item's
/// strongest theme's (see the table above).
pub(crate) const RELATIVE: f64 = 0.15;

/// A theme's score in an item.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scored {
    /// Index of the theme in the schema.
    pub theme: usize,
    /// Its score.
    pub weight: f64,
    /// Whether it is central enough against the item's strongest theme.
    pub central: bool,
    /// How many of the hits are its own.
    pub hits: usize,
}

/// The lists that scoring an item fills, kept for the next item: two lists
/// of its own per item with hits were a large share of the coding's small
/// frees.
#[derive(Debug, Default)]
pub(crate) struct Scores {
    /// Each hit's theme and weight.
    weights: Vec<(usize, f64)>,
    scored: Vec<Scored>,
}

impl Scores {
    /// Scores every theme with hits in `text`; strongest first, ties in
    /// schema order. `heading_end` is where the heading ends (0: no heading).
    pub(crate) fn of(
        &mut self,
        text: &str,
        hits: &[Hit],
        heading_end: usize,
        section: &[usize],
        framing: bool,
    ) -> &[Scored] {
        let Scores { weights, scored } = self;
        let len = text.len().max(1) as f64;
        weights.clear();
        let slogans = slogans(text);
        let in_slogan = |h: &&Hit| slogans.iter().any(|&(a, b)| h.start < b && a < h.end);
        let heads_slogan = |h: &Hit| slogans.iter().any(|&(a, _)| a == h.end);
        // A lead cites documents by their titles (`为贯彻《…学前教育…意见》`):
        // their words are the cited documents' subjects, not the lead's.
        // Names and titles stand in `《》` or `〈〉`: most items have none.
        let marked = text.contains(['《', '〈']);
        let named = |h: &Hit| {
            (marked && in_name(text, h)) || names_meeting(text, h) || names_party_body(text, h)
        };
        // Sentences that arrange work (`…就校园安全、疫情防控…作了安排部署`),
        // read once, and only where a listed hit asks: the fields listed
        // before the words that say so are commitments, none a passing
        // mention.
        let arranging = std::cell::OnceCell::new();
        let arranged = |h: &Hit| {
            arranging
                .get_or_init(|| arranging_spans(text))
                .iter()
                .any(|r: &std::ops::Range<usize>| r.contains(&h.start))
        };
        let cited = |h: &Hit| framing && marked && in_title(text, h);
        weights.extend(
            hits.iter()
                .filter(|h| !named(h) && !in_slogan(h) && !cited(h))
                .map(|h| {
                    let w = if h.end <= heading_end {
                        HEADING
                    } else {
                        let position = 1.0 - (1.0 - LATE) * (h.start as f64 / len);
                        let listed = if in_list(text, h)
                            && !governed(text, h)
                            && !acts(text, h)
                            && !states_goal(text, h)
                            && !heads_slogan(h)
                            && !arranged(h)
                        {
                            LISTED
                        } else {
                            1.0
                        };
                        position * listed
                    };
                    (h.theme, w)
                }),
        );
        // An item that names no field of its own (`认识要到位。各部门要…`
        // under a preschool meeting's title) is about its section's, where
        // that names one field (not `教育、科研和督导工作`).
        let lone = if hits.is_empty() && section.len() == 1 {
            THRESHOLD
        } else {
            SECTION
        };
        weights.extend(section.iter().map(|&theme| (theme, lone)));
        // By theme, each theme's weights strongest first. Equal keys are equal
        // pairs, so an unstable sort gives the same order.
        weights.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        scored.clear();
        scored.extend(weights.chunk_by(|a, b| a.0 == b.0).map(|ws| {
            Scored {
                theme: ws[0].0,
                weight: ws
                    .iter()
                    .enumerate()
                    .map(|(k, (_, w))| w / (k + 1) as f64)
                    .sum(),
                central: false,
                hits: ws.len(),
            }
        }));
        // Themes are distinct: no two keys are equal.
        scored.sort_unstable_by(|a, b| b.weight.total_cmp(&a.weight).then(a.theme.cmp(&b.theme)));
        let top = scored.first().map_or(0.0, |s| s.weight);
        for s in scored.iter_mut() {
            s.central = s.weight >= RELATIVE * top;
        }
        scored
    }
}

/// Whether a hit stands in an enumeration: a `、` in the same clause within
/// six characters before or after it, or `等` right after it.
fn in_list(text: &str, h: &Hit) -> bool {
    let in_clause = |c: &char| !matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':');
    let mut before = text[..h.start].chars().rev().take(6).take_while(in_clause);
    let after = &text[h.end..];
    let mut after_clause = after.chars().take(6).take_while(in_clause);
    before.any(|c| c == '、') || after_clause.any(|c| c == '、') || after.starts_with('等')
}

/// The stretches of `text` from a sentence's start to the words saying
/// that work was arranged (`会议还对党建、疫情防控、校园安全…作了安排部署`):
/// the meeting commits to each field it names there (`GUIDE.md`). One walk
/// over the text, and none where no word of arranging stands.
fn arranging_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    if !text.contains("安排") && !text.contains("部署") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for sentence in text.split_inclusive(['。', '；', ';']) {
        if let Some(at) = crate::text::work_arranged_at(sentence) {
            out.push(start..start + at);
        }
        start += sentence.len();
    }
    out
}

/// Verbs of action that, opening a clause, make the short list after them
/// the work the clause commits to (`普及校园足球、冰雪运动`, `扎实推进艺术、
/// 劳动教育`): its members are not passing mentions.
const ACTIONS: [&str; 18] = [
    "推进", "推动", "开展", "实施", "普及", "加强", "落实", "建设", "深化", "发展", "加快", "抓好",
    "强化", "做好", "创建", "打造", "支持", "鼓励",
];

/// Adverbs that may stand before an action verb at a clause's start.
const MANNERS: [&str; 8] = [
    "扎实", "大力", "积极", "全面", "深入", "持续", "切实", "着力",
];

/// How far, in characters, a listed hit may stand from the verb that opens
/// its clause: the verb governs a short list only. The verb and up to two
/// members of three or four characters fit.
const GOVERNED_CHARS: usize = 14;

/// Whether a listed hit stands in a short list (two to four members) that
/// an action verb opening its clause governs (see [`ACTIONS`]).
fn governed(text: &str, h: &Hit) -> bool {
    const MARKS: [char; 8] = ['，', ',', '。', '；', ';', '：', ':', '\n'];
    let Some(clause) = opening(text, h, &MARKS, GOVERNED_CHARS) else {
        return false;
    };
    if !opens_with_action(clause, &[]) {
        return false;
    }
    let after = &text[h.end..];
    if after.starts_with("等") {
        return false;
    }
    // Two to four members (`支持发展特殊教育、老年教育、继续教育、社区教育`): a
    // longer list is a list of passing mentions (`加强作业、睡眠、手机、读物、
    // 体质管理`). Past the fourth member the count is told, so the walk after
    // the hit stops there.
    let mut members = clause.matches('、').count() + 1;
    for c in after.chars().take_while(|c| !MARKS.contains(c)) {
        if c == '、' {
            members += 1;
            if members > 4 {
                return false;
            }
        }
    }
    members <= 4
}

/// How far, in characters, a listed hit may stand from the start of its
/// member for the member's verb to count (`加强队伍建设`).
const MEMBER_CHARS: usize = 6;

/// Whether a listed hit stands in a member that opens with an action verb
/// (`促进教育公平、提升教育质量、加强队伍建设`): each member of such a list is
/// a task of its own, not a passing mention.
fn acts(text: &str, h: &Hit) -> bool {
    const MARKS: [char; 9] = ['、', '，', ',', '。', '；', ';', '：', ':', '\n'];
    // The hit may open with the verb itself (`规范办学行为`).
    opening(text, h, &MARKS, MEMBER_CHARS).is_some_and(|m| {
        let member = &text[h.start - m.len()..h.end];
        opens_with_action(member, &MEMBER_ACTIONS)
    })
}

/// How far after a hit, in characters, a listed member may say how its
/// field is to develop.
const GOAL_CHARS: usize = 10;

/// Whether a listed hit's member says how its field is to develop
/// (`学前教育要普惠发展、职业教育要特色发展`, `普通高中特色多样发展、…`):
/// each member is a goal of its own, not a passing mention.
fn states_goal(text: &str, h: &Hit) -> bool {
    let tail = crate::text::head_until(&text[h.end..], GOAL_CHARS, |c| {
        matches!(c, '、' | '，' | ',' | '。' | '；' | ';' | '的' | '\n')
    });
    tail.starts_with('要') || tail.ends_with("发展")
}

/// The text between the last of `marks` before a hit and the hit, where it
/// holds at most `max_chars` characters. Only that many characters before
/// the hit are read, at most four bytes each: no walk back through a long
/// text.
fn opening<'t>(text: &'t str, h: &Hit, marks: &[char], max_chars: usize) -> Option<&'t str> {
    let from = floor_boundary(text, h.start.saturating_sub(4 * (max_chars + 1)));
    let before = &text[from..h.start];
    let start = match before.rfind(marks) {
        Some(at) => at + before[at..].chars().next().map_or(1, char::len_utf8),
        None if from == 0 => 0,
        None => return None, // the clause runs on past the window
    };
    let opening = &before[start..];
    (opening.chars().count() <= max_chars).then_some(opening)
}

/// Whether `s` opens with one of [`ACTIONS`] or of `more`, after adverbs of
/// [`MANNERS`].
fn opens_with_action(s: &str, more: &[&str]) -> bool {
    let mut rest = s.trim_start();
    while let Some(r) = MANNERS.iter().find_map(|m| rest.strip_prefix(m)) {
        rest = r;
    }
    ACTIONS.iter().chain(more).any(|v| rest.starts_with(v))
}

/// Verbs that open a member of a list of tasks, besides [`ACTIONS`].
const MEMBER_ACTIONS: [&str; 21] = [
    "提升",
    "促进",
    "提高",
    "优化",
    "完善",
    "筑牢",
    "健全",
    "规范",
    "新增",
    "新建",
    "改扩建",
    "扩建",
    "坚持",
    "突出",
    "统筹",
    "改善",
    "注重",
    "聚焦",
    "守好",
    "守住",
    "护航",
];

/// Words that end the title of a policy document (`《…实施意见》`), whose
/// words say what the document is about.
const DOCUMENTS: [&str; 14] = [
    "意见", "方案", "规划", "计划", "通知", "办法", "纲要", "标准", "条例", "决定", "规定", "要点",
    "指南", "细则",
];

/// A name in title marks has at most this many characters: `《名师讲堂》`, a
/// programme or a book, is no commitment to what its words mean.
const NAME_CHARS: usize = 10;

/// How far after a hit, in characters, the word for a meeting may stand
/// for the hit to be part of the meeting's name.
const MEETING_CHARS: usize = 12;

/// Words that end a meeting's name.
const MEETINGS: [&str; 9] = [
    "会议",
    "大会",
    "推进会",
    "工作会",
    "座谈会",
    "现场会",
    "调度会",
    "部署会",
    "动员会",
];

/// Whether a hit is part of a meeting's name (`全市教育系统全面从严治党、
/// 师德师风提升工作会议`, `全国教育工作会议精神`): a meeting named is no
/// commitment on its subject (`GUIDE.md`).
fn names_meeting(text: &str, h: &Hit) -> bool {
    let tail = crate::text::head_until(&text[h.end..], MEETING_CHARS, |c| {
        matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n')
    });
    MEETINGS.iter().any(|m| tail.contains(m))
}

/// How far after a hit, in characters, the word for a Party body may start
/// for the hit to name where that body stands (`民办学校行业党委`).
const PARTY_BODY_CHARS: usize = 2;

/// Words for the Party's bodies and their work in a place.
const PARTY_BODIES: [&str; 5] = ["党建", "党组织", "党委", "党支部", "党总支"];

/// Whether a hit names the schools where the Party's bodies are built
/// (`提升民办学校党建水平`, `成立了民办学校行业党委`): the item commits to
/// party building there, not to the kind of school.
fn names_party_body(text: &str, h: &Hit) -> bool {
    let hit = &text[h.start..h.end];
    let tail = &text[h.end..];
    !hit.contains('党')
        && crate::text::head_until(tail, PARTY_BODY_CHARS + 1, |c| !crate::text::is_han(c))
            .char_indices()
            .any(|(i, _)| PARTY_BODIES.iter().any(|b| tail[i..].starts_with(b)))
}

/// Whether a hit stands inside a short title in `《》` that names a work
/// (a programme, a book, a column), not a policy document.
fn in_name(text: &str, h: &Hit) -> bool {
    // A name is short: its `《` and `》` stand within NAME_CHARS characters
    // of the hit, at most four bytes each.
    let reach = 4 * (NAME_CHARS + 1);
    let Some(open) = opened_before(text, h, reach, '《', '》') else {
        return false;
    };
    let to = crate::text::ceil_boundary(text, (h.end + reach).min(text.len()));
    let Some(close) = text[h.end..to].find('》') else {
        return false;
    };
    let name = &text[open + '《'.len_utf8()..h.end + close];
    name.chars().count() <= NAME_CHARS && !DOCUMENTS.iter().any(|d| name.ends_with(d))
}

/// Where `open` stands before a hit, unclosed by `close`, within `reach`
/// bytes of it: a byte offset in `text`.
fn opened_before(text: &str, h: &Hit, reach: usize, open: char, close: char) -> Option<usize> {
    let from = floor_boundary(text, h.start.saturating_sub(reach));
    let before = &text[from..h.start];
    let at = before.rfind(open)?;
    (!before[at..].contains(close)).then_some(from + at)
}

/// A cited title has at most this many characters: the titles of policy
/// documents run to fifty or sixty.
const TITLE_CHARS: usize = 100;

/// Whether a hit stands inside a title in `《》` or `〈〉`, of any length up
/// to [`TITLE_CHARS`].
fn in_title(text: &str, h: &Hit) -> bool {
    let reach = 4 * TITLE_CHARS;
    opened_before(text, h, reach, '《', '》').is_some()
        || opened_before(text, h, reach, '〈', '〉').is_some()
}

/// Slogans of parallel short phrases that open with one character
/// (`进课表、进课堂`, `进校园、进班级、进头脑`): where the words before
/// them (`安全教育`) go. Their byte ranges in `text`; the words in them are
/// places, not themes, and the words they follow are what the slogan is
/// about, not a member of a list.
fn slogans(text: &str) -> Vec<(usize, usize)> {
    /// A slogan's phrase: its first character and one to three more.
    const PHRASE_CHARS: usize = 4;
    let phrase_end = |from: usize, first: char| -> Option<usize> {
        let mut chars = text[from..].char_indices();
        if chars.next()?.1 != first {
            return None;
        }
        let mut end = from + first.len_utf8();
        let mut n = 1;
        for (at, c) in chars {
            if !crate::text::is_han(c) || n == PHRASE_CHARS {
                return (n > 1).then_some(from + at);
            }
            n += 1;
            end = from + at + c.len_utf8();
        }
        (n > 1).then_some(end)
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (comma, _) in text.match_indices('、') {
        let after = comma + '、'.len_utf8();
        let Some(first) = text[after..]
            .chars()
            .next()
            .filter(|c| crate::text::is_han(*c))
        else {
            continue;
        };
        // The phrase before the `、` opens with the same character, two to
        // four characters back.
        let start = text[..comma]
            .char_indices()
            .rev()
            .take(PHRASE_CHARS)
            .skip(1)
            .find(|&(_, c)| c == first)
            .map(|(at, _)| at);
        let (Some(start), Some(end)) = (start, phrase_end(after, first)) else {
            continue;
        };
        if phrase_end(start, first) != Some(comma) {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.1 == comma => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_a_meetings_name_are_no_commitment() {
        let text = "我市召开全市教育系统全面从严治党、师德师风提升工作会议。加强师德师风建设。";
        let h = |w: &str, from: usize| {
            let start = text[from..].find(w).unwrap() + from;
            Hit {
                theme: 0,
                phrase: 0,
                start,
                end: start + w.len(),
                char_start: 0,
            }
        };
        assert!(names_meeting(text, &h("全面从严治党", 0)));
        assert!(names_meeting(text, &h("师德师风", 0)));
        assert!(!names_meeting(
            text,
            &h("师德师风", text.find("加强").unwrap())
        ));
        let text = "同心县召开义务教育均衡发展迎验工作推进会。";
        assert!(names_meeting(text, &hit(0, text, "均衡")));
    }

    #[test]
    fn schools_where_party_bodies_stand_are_no_commitment() {
        for text in ["提升民办学校党建水平。", "成立了民办学校行业党委。"] {
            assert!(names_party_body(text, &hit(0, text, "民办学校")));
        }
        let text = "规范民办学校办学行为,加强党建。";
        assert!(!names_party_body(text, &hit(0, text, "民办学校")));
        let text = "加强学校党建工作。";
        assert!(!names_party_body(text, &hit(0, text, "党建")));
    }

    #[test]
    fn a_section_names_the_field_of_an_item_with_no_cue() {
        let text = "认识要到位。各部门要凝聚思想共识。";
        let alone = Scores::default().of(text, &[], 0, &[3], false)[0].weight;
        assert!(alone >= THRESHOLD);
        let two = Scores::default().of(text, &[], 0, &[3, 4], false)[0].weight;
        assert!(two < THRESHOLD);
        let text = "加强校园安全。";
        let own = [hit(1, text, "安全")];
        let with_own = Scores::default().of(text, &own, 0, &[3], false).to_vec();
        let section = with_own.iter().find(|s| s.theme == 3).unwrap();
        assert!(section.weight < THRESHOLD);
    }

    #[test]
    fn members_that_set_their_fields_goals_are_no_passing_mentions() {
        let text = "聚焦高中教育要优质发展、学前教育要普惠发展、职业教育要特色发展。";
        assert!(states_goal(text, &hit(0, text, "学前教育")));
        let text = "促进学前教育普及普惠发展、义务教育优质均衡发展。";
        assert!(states_goal(text, &hit(0, text, "学前教育")));
        let text = "就党建、疫情防控、校园安全等工作作了部署。";
        assert!(!states_goal(text, &hit(0, text, "校园安全")));
    }

    fn hit(theme: usize, text: &str, cue: &str) -> Hit {
        let start = text.find(cue).unwrap();
        Hit {
            theme,
            phrase: 0,
            start,
            end: start + cue.len(),
            char_start: 0,
        }
    }

    #[test]
    fn heading_and_prose_outweigh_a_listed_passing_mention() {
        let text = "加强校园足球。开展校园足球联赛,从经费投入、师资建设等方面保障。";
        let hits = [hit(0, text, "足球"), hit(1, text, "经费")];
        let mut scores = Scores::default();
        let scored = scores.of(text, &hits, "加强校园足球".len(), &[], false);
        assert_eq!(scored[0].theme, 0);
        assert!(scored[0].weight >= HEADING);
        assert!(scored[1].weight < THRESHOLD, "{:?}", scored[1]);
    }

    #[test]
    fn a_list_is_a_comma_of_enumeration_within_the_clause() {
        let text = "加强经费投入、师资建设,推进足球。";
        assert!(in_list(text, &hit(0, text, "经费")));
        assert!(in_list(text, &hit(0, text, "师资")));
        assert!(!in_list(text, &hit(0, text, "足球")));
        let text = "开展足球等活动";
        assert!(in_list(text, &hit(0, text, "足球")));
    }

    #[test]
    fn members_that_open_with_a_verb_are_tasks() {
        let text = "坚持党建统领、加强依法治教;";
        assert!(acts(text, &hit(0, text, "党建")));
        assert!(acts(text, &hit(1, text, "依法治教")));
        let text = "加强经费投入、师资建设";
        assert!(!acts(text, &hit(0, text, "师资")));
    }

    #[test]
    fn a_cue_in_the_name_of_a_programme_counts_nothing() {
        let text = "开设《名师讲堂》栏目,实施《校园足球发展规划》。";
        let name = hit(0, text, "名师");
        let plan = hit(1, text, "足球");
        assert!(in_name(text, &name));
        assert!(!in_name(text, &plan));
        let mut scores = Scores::default();
        let scored = scores.of(text, &[name, plan], 0, &[], false);
        assert_eq!(scored.len(), 1);
        assert_eq!(scored[0].theme, 1);
    }

    #[test]
    fn slogans_of_parallel_phrases() {
        let text = "推动安全教育进课表、进课堂,推动十九大精神进校园、进班级、进头脑。";
        let found: Vec<&str> = slogans(text).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(found, ["进课表、进课堂", "进校园、进班级、进头脑"]);
        assert!(slogans("加强美育、体育、劳动教育").is_empty());
        // The words before a slogan are not a member of a list; the
        // slogan's words count nothing.
        let safety = hit(0, text, "安全教育");
        let class = hit(1, text, "课堂");
        let mut scores = Scores::default();
        let scored = scores.of(text, &[safety, class], 0, &[], false);
        assert_eq!(scored.len(), 1);
        assert!(scored[0].weight > LISTED, "{:?}", scored[0]);
    }

    #[test]
    fn repeats_count_less() {
        let text = "美育美育美育美育";
        let hits: Vec<Hit> = (0..4)
            .map(|k| Hit {
                theme: 0,
                phrase: 0,
                start: 6 * k,
                end: 6 * k + 6,
                char_start: 2 * k,
            })
            .collect();
        let w = Scores::default().of(text, &hits, 0, &[], false)[0].weight;
        assert!(w < 2.1 && w > 1.5, "{w}");
    }
}
