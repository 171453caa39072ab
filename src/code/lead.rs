//! Leads and preambles (`…/0`, `preamble/N`) are items, but most frame the
//! work rather than commit to any, as does a statement of guiding ideology
//! (`指导思想`): they carry a theme only where they commit to something
//! concrete.

/// Whether an item frames the work: a lead or a preamble paragraph by its
/// path, or a statement of guiding ideology by its heading, or by its
/// opening where a flattened page ran the heading into the text
/// (`指导思想坚持以…`).
pub(crate) fn frames(path: &str, heading: Option<&str>, text: &str) -> bool {
    const IDEOLOGY: &str = "指导思想";
    path.starts_with("preamble")
        || path.ends_with("/0")
        || heading.is_some_and(|h| h.contains(IDEOLOGY))
        || text.trim_start().starts_with(IDEOLOGY)
}

/// Whether a lead commits to something concrete: in a sentence that does
/// not report the past, a goal with a date
/// (`到2025年`, `2024年前`, `争取`/`力争`), a number with a unit
/// (`新建幼儿园30所`, `95%`), or a named policy document to issue
/// (`印发…纲要`, `出台《…》`), not the enactment formula (`特制定本方案`),
/// or a meeting's demands (`会议要求`, `会议强调`), which a news report of
/// the meeting holds in its paragraphs rather than in numbered points, or
/// the work it arranged (`就…校园安全…作了安排`).
pub(crate) fn commits(text: &str) -> bool {
    let ahead = |sentence: &&str| !crate::text::reports_past(sentence);
    let sentences = || text.split_inclusive(['。', '；', ';']).filter(ahead);
    sentences().any(dated)
        || sentences().any(counted)
        || sentences().any(demands)
        || issues(text)
        || crate::text::arranges_work(text)
}

/// Whether a sentence reports what a meeting demands.
fn demands(sentence: &str) -> bool {
    ["会议要求", "会议强调"]
        .iter()
        .any(|w| sentence.contains(w))
}

/// Whether an item only reports what was done: its first sentence reports
/// the past (`据了解,在过去的一年里…`, `会上,局长汇报了…`) and no sentence looks
/// ahead. Such a paragraph of a news report commits to nothing.
pub(crate) fn reports_only_past(text: &str) -> bool {
    let first = text.split_inclusive(['。', '；', ';']).next().unwrap_or("");
    let done = PAST.iter().any(|w| first.contains(w)) || crate::text::perfective(first);
    done && !AHEAD.iter().any(|w| text.contains(w)) && !crate::text::arranges_work(text)
}

/// Words that report what was done. Not a bare `已`: `巩固已有成果` looks
/// ahead.
const PAST: [&str; 12] = [
    "过去",
    "截至",
    "截止",
    "去年",
    "以来",
    "这五年",
    "五年来",
    "已经",
    "这一年",
    "一年来",
    "通报",
    "取得了",
];

/// Words that look ahead.
const AHEAD: [&str; 9] = [
    "将", "要", "力争", "争取", "计划", "拟", "确保", "到20", "今年",
];

/// The byte ranges of the sentences of `text` that report what was done
/// (`会上通报,2022年,全县改薄学校17所`) and do not look ahead.
pub(crate) fn past_sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    // Every item passes here: one walk over its text, the word lists read
    // only where a character that opens one of their words stands.
    let mut out = Vec::new();
    let (mut start, mut past, mut ahead) = (0, false, false);
    for (at, c) in text.char_indices() {
        if matches!(c, '。' | '；' | ';') {
            let end = at + c.len_utf8();
            if past && !ahead && !crate::text::arranges_work(&text[start..end]) {
                out.push(start..end);
            }
            (start, past, ahead) = (end, false, false);
        } else if OPENERS.contains(c) {
            let rest = &text[at..];
            past |= PAST.iter().any(|w| rest.starts_with(w))
                || (c == '了' && crate::text::perfective_at(text, at));
            ahead |= AHEAD.iter().any(|w| rest.starts_with(w));
        }
    }
    if past && !ahead && start < text.len() && !crate::text::arranges_work(&text[start..]) {
        out.push(start..text.len());
    }
    out
}

/// The characters that open a word of [`PAST`] or [`AHEAD`], and `了`.
static OPENERS: crate::text::BmpSet = crate::text::BmpSet::new()
    .with_first_chars(&PAST)
    .with_first_chars(&AHEAD)
    .with(&['了']);

/// Whether an item only states shortcomings: each of its sentences ends
/// on what is lacking (`教师队伍建设与教育发展需求还有差距。`,
/// `学校布局有待进一步优化；`, `入园难问题还未全面解决；`). A list of
/// problems in a report commits to nothing.
pub(crate) fn states_shortcomings(text: &str) -> bool {
    let mut sentences = text
        .split_inclusive(['。', '；', ';'])
        .map(|s| s.trim().trim_end_matches(['。', '；', ';']))
        .filter(|s| !s.is_empty())
        .peekable();
    sentences.peek().is_some() && sentences.all(lacking)
}

/// Whether a sentence ends on what is lacking: its last clause ends on a
/// word of lack, or says what remains to be done (`有待`, `还需`) or not
/// yet done (`还未全面解决`, not `尚未达标的学校`).
fn lacking(sentence: &str) -> bool {
    const ENDS: [&str; 13] = [
        "差距",
        "不足",
        "不够",
        "滞后",
        "薄弱",
        "偏低",
        "偏少",
        "偏弱",
        "艰巨",
        "挑战",
        "依然存在",
        "仍然存在",
        "不到位",
    ];
    const REMAINS: [&str; 4] = ["有待", "还需", "尚需", "亟待"];
    const NOT_YET: [&str; 2] = ["还未", "尚未"];
    let last = sentence
        .rfind(['，', ','])
        .map_or(sentence, |i| &sentence[i..]);
    ENDS.iter().any(|w| last.ends_with(w))
        || REMAINS.iter().any(|w| last.contains(w))
        || NOT_YET.iter().any(|w| {
            last.find(w)
                .is_some_and(|at| last[at + w.len()..].chars().count() <= 4)
        })
}

fn dated(text: &str) -> bool {
    text.contains("争取") || text.contains("力争") || {
        let b = text.as_bytes();
        text.match_indices("年").any(|(at, _)| {
            if at < 4 || !b[at - 4..at].iter().all(u8::is_ascii_digit) {
                return false;
            }
            // Four ASCII digits: `at - 4` is a character boundary.
            let before = text[..at - 4].trim_end();
            let after = &text[at + "年".len()..];
            before.ends_with('到') || after.starts_with('前') || after.starts_with("底前")
        })
    }
}

/// Units after a number that count or share what a plan commits to.
const UNITS: [&str; 10] = ["所", "个", "名", "%", "％", "万", "亿", "座", "人", "家"];

/// A number with a unit.
fn counted(sentence: &str) -> bool {
    sentence.char_indices().any(|(at, c)| {
        c.is_ascii_digit() && {
            let rest = sentence[at + 1..].trim_start();
            UNITS.iter().any(|u| rest.starts_with(u))
        }
    })
}

fn issues(text: &str) -> bool {
    const VERBS: [&str; 6] = ["印发", "出台", "制定", "编制", "修订", "颁布"];
    const DOCS: [&str; 8] = ["纲要", "方案", "办法", "意见", "规划", "计划", "标准", "《"];
    VERBS.iter().any(|v| {
        text.match_indices(v).any(|(at, _)| {
            // A verb inside a cited title (`《…印发〈…〉的通知》`) is the
            // title's, not the plan's.
            let before = &text[..at];
            if before.matches(['《', '〈']).count() > before.matches(['》', '〉']).count() {
                return false;
            }
            // `关于印发…的通知` is a notice's title, cited, where a page lost
            // its title marks.
            if before.ends_with("关于") {
                return false;
            }
            let rest = &text[at + v.len()..];
            let window = rest
                .char_indices()
                .nth(30)
                .map_or(rest, |(end, _)| &rest[..end]);
            !rest.starts_with('本') && DOCS.iter().any(|d| window.contains(d))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commitments() {
        assert!(commits(
            "争取到2024年,我县通过国家义务教育优质均衡发展督导评估。"
        ));
        assert!(commits("到2025年,新建幼儿园21所。"));
        assert!(commits("印发市中小学教育教学质量提升行动纲要。"));
        assert!(!commits("为推进学校体育工作,结合我市实际,特制定本意见。"));
        assert!(!commits(
            "为贯彻落实《国务院办公厅印发〈关于学校体育工作的意见〉的通知》精神。"
        ));
        assert!(!commits(
            "根据教育部关于印发县域义务教育优质均衡发展督导评估办法的通知精神,制定本方案。"
        ));
        assert!(!commits(
            "以习近平新时代中国特色社会主义思想为指导,全面贯彻党的教育方针。"
        ));
        assert!(!commits("2023年,全市教育系统要以立德树人为根本任务。"));
        assert!(!commits("2022年,全县争资金1.2亿元,有效改善了办学条件。"));
        assert!(commits("为了扩大学位,新建学校5所。"));
        assert!(commits(
            "会议要求,全区要坚决筑牢师德师风和规范办学两条底线。"
        ));
        assert!(!commits("会议指出,去年全区教育工作取得了显著成效。"));
        assert!(
            frames("preamble/2", None, "")
                && frames("2/(1)/0", None, "")
                && !frames("2/10", None, "")
        );
        assert!(frames("1/(1)", Some("指导思想"), ""));
        assert!(frames(
            "1",
            None,
            "指导思想坚持以习近平新时代中国特色社会主义思想为指导"
        ));
    }

    #[test]
    fn sentences_that_report_the_past() {
        let text = "会上通报,2022年,全县新建5所公办幼儿园。今年将新建学校3所。加强师德建设。";
        let past = past_sentences(text);
        assert_eq!(past.len(), 1);
        assert_eq!(
            &text[past[0].clone()],
            "会上通报,2022年,全县新建5所公办幼儿园。"
        );
        assert!(past_sentences("巩固已有成果,深化课程改革。").is_empty());
    }

    #[test]
    fn work_a_meeting_arranged_is_no_past() {
        let text = "会上,该局还就校园安全、疫情防控、“双减”工作等作了安排部署。";
        assert!(!reports_only_past(text));
        assert!(past_sentences(text).is_empty());
        assert!(commits(text));
        assert!(commits("会议还就党建工作、财务管理等工作进行了全面部署。"));
        // What was done is still past.
        assert!(reports_only_past("会上,局长汇报了全年工作的安排情况。"));
    }

    #[test]
    fn reports_of_the_past() {
        assert!(reports_only_past(
            "据了解,在过去的一年里,全市新建幼儿园20所。2012年,全市加快发展各级各类教育。"
        ));
        assert!(reports_only_past("报告指出,这五年,全县新建各类学校46所。"));
        assert!(reports_only_past(
            "这一年,我们抓安全,夯基础,用执着和真诚展现新面貌。"
        ));
        assert!(reports_only_past(
            "会上,县教育局局长汇报了近年来全县教育工作基本情况。"
        ));
        assert!(!reports_only_past(
            "过去一年成绩显著。今年将新建幼儿园5所。"
        ));
        assert!(!reports_only_past("“十四五”期间,全区在扩大学位供给方面。"));
        assert!(!reports_only_past("巩固已有成果,深化课程改革。"));
        assert!(states_shortcomings("教师队伍建设与教育发展需求还有差距。"));
        assert!(states_shortcomings("学校布局有待进一步优化;"));
        assert!(states_shortcomings(
            "学前教育城区学位不足,入园难入园贵问题还未全面解决;"
        ));
        assert!(!states_shortcomings("对尚未达标的学校实施改造。"));
        assert!(!states_shortcomings(
            "补齐短板,缩小城乡差距,加强薄弱学校建设。"
        ));
        assert!(!states_shortcomings(""));
    }
}
