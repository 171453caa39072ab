//! Hostile input, as properties: for any text or bytes, the whole pipeline
//! (ingest → outline → code and targets → compare → report) ends in a result
//! or in an error naming the input, never in a panic; and the cleaner never
//! loses a Chinese character silently: every character of a line it did not
//! remove is still in the clean text, in order.
//!
//! Inputs come from `any::<String>()` / `any::<Vec<u8>>()` and from
//! generators biased to what plans hold: Chinese words, outline markers,
//! punctuation of both widths, digits (ASCII, full-width, Chinese numerals),
//! units and `%`, site furniture, pinyin readings, traditional characters,
//! blank lines and very long lines.
//!
//! Case counts are modest (`PROPTEST_CASES` overrides them) so that the file
//! runs in seconds in release mode.

use std::sync::OnceLock;

use eduplans::code::Coder;
use eduplans::compare::{By, Comparison, Options, ThemeLevel};
use eduplans::ingest::{self, Document, Ingest, Jurisdiction, Meta, Period, Rule};
use eduplans::report::{self, Part, Style};
use eduplans::CodedPlan;
use eduplans::{outline, Error, Result};
use proptest::prelude::*;
use proptest::test_runner::Config;

// ---------------------------------------------------------------------------
// Configuration.

/// `cases` unless `PROPTEST_CASES` says otherwise.
fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        // A failing case is shrunk for at most a minute: the pipeline is not free.
        max_shrink_time: 60_000,
        // Failures found become named regression tests, not seed files.
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------
// Generators.

/// Words of plans, in simplified characters.
const WORDS: &[&str] = &[
    "教育",
    "学校",
    "推进",
    "建设",
    "加强",
    "党建",
    "幼儿园",
    "教师",
    "学生",
    "质量",
    "发展",
    "改革",
    "工作要点",
    "实施方案",
    "全面",
    "落实",
    "校园足球",
    "智慧校园",
    "家长学校",
    "义务教育",
    "普惠性",
    "学前三年毛入园率",
    "职业教育",
    "督导",
    "安全",
    "经费保障",
    "某某市",
    "郑州市",
    "金水区",
    "鹤城",
    "济源市教育局",
    "人民政府",
    "新建",
    "改扩建",
    "覆盖率",
    "达到",
    "以上",
    "以内",
    "不低于",
    "控制在",
    "减少",
    "每年",
    "到",
    "比",
    "三年内",
    "截止",
    "总体目标：",
    "具体目标：",
    "指导思想：",
    "附件",
    "附件1",
    "关于印发",
    "的通知",
    "特制定本方案",
    "导语：",
    "本报讯（记者 某某）",
    "济教〔2018〕1号",
    "2024年3月8日",
    "二〇二四年三月八日",
    "到2025年",
    "2016-2018年",
    "“十四五”",
    "十七项工程",
    "第二批",
    "一体化",
    "5G",
    "三会一课",
    "班班通",
];

/// Outline markers of every style, and near-misses.
const MARKERS: &[&str] = &[
    "一、",
    "二、",
    "三、",
    "十、",
    "十二、",
    "九十九、",
    "一．",
    "（一）",
    "(一)",
    "（二）",
    "(二十一)",
    "1.",
    "2.",
    "3.",
    "999.",
    "1000.",
    "1、",
    "2、",
    "3、",
    "1．",
    "（1）",
    "(2)",
    "1)",
    "①",
    "②",
    "⑩",
    "⑳",
    "一是",
    "二是",
    "三是",
    "第一项",
    "第二项工程",
    "第一章",
    "第二部分",
    "第一篇",
    "第一条",
    "第3条",
    "第一，",
    "第二，",
    "第",
    "——",
    "———",
    "●",
    "■",
    "◆",
    "•",
    "▲",
    "★",
    "目录",
    "……1",
    "…………3",
];

/// Punctuation of both widths, brackets, blanks of every kind.
const PUNCT: &[&str] = &[
    "。", "。", "，", ",", "；", ";", "：", ":", "、", "！", "!", "？", "?", "…", "《", "》", "“",
    "”", "\"", "(", ")", "（", "）", "【", "】", "「", "」", "·", "-", "—", "/", ">", "»", "→",
    " ", "  ", "\u{3000}", "\u{a0}", "\t", "\r", "\u{feff}", "\u{200b}", "\u{7}",
];

/// Numbers as plans write them, and numbers no plan writes.
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "12",
    "90",
    "2025",
    "95%",
    "1.5",
    "1-2",
    "1至2",
    "26,000",
    "０",
    "１２",
    "２０２５",
    "９５％",
    "一",
    "二",
    "两",
    "三",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "〇",
    "零",
    "十七",
    "一百二十",
    "九千九百九十九",
    "千千千千千千千千",
    "双",
    "123456789012345678901234567890",
    "999999999999",
    "0.000000000000000000000000000001",
    "1e308",
    "-3",
];

/// Units of counts.
const UNITS: &[&str] = &[
    "所",
    "个",
    "名",
    "人",
    "万人",
    "万人次",
    "亿元",
    "万元",
    "万平方米",
    "%",
    "％",
    "倍",
    "项",
    "次",
    "支",
    "节",
    "年",
    "月",
    "日",
    "号",
    "余",
    "多",
];

/// Site furniture and sharing-site boilerplate.
const FURNITURE: &[&str] = &[
    "当前位置：首页>通知公告",
    "首页 > 新闻",
    "版权所有",
    "上一篇：",
    "下一篇：",
    "电话：0371-1234567",
    "地址：某路1号",
    "来源：",
    "阅读量：12",
    "第1页 / 共15页",
    "- 3 -",
    "第06版",
    "图为",
    "（摄）",
    "ICP备05001062号",
    "分享到",
    "由会员分享",
    "如有侵权",
    "请在",
    "搜索",
    "方案.docx",
    "更多>>",
    "Copyright ©",
];

/// Pinyin readings, and bracketed words that are not readings.
const READINGS: &[&str] = &[
    "(guī)",
    "(huà)",
    "（fā）",
    "(zhǎn)",
    "(de)",
    "(app)",
    "(STEM)",
    "(ǖ)",
];

/// Traditional characters (and 乾, which is simplified too).
const TRADITIONAL: &[&str] = &[
    "規劃",
    "發展",
    "教育現代化",
    "辦好人民滿意的教育",
    "總體要求",
    "學校",
    "乾县",
    "後",
    "臺灣",
    "著",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(list).prop_map(str::to_string)
}

/// One piece of plan-like text.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => pick(WORDS),
        8 => pick(MARKERS),
        8 => pick(PUNCT),
        6 => pick(NUMBERS),
        4 => pick(UNITS),
        3 => pick(FURNITURE),
        2 => pick(READINGS),
        2 => pick(TRADITIONAL),
        // Any Chinese character, and any character at all.
        4 => proptest::char::range('\u{4e00}', '\u{9fff}').prop_map(String::from),
        1 => proptest::char::range('\u{3400}', '\u{4dbf}').prop_map(String::from),
        2 => any::<char>().prop_map(String::from),
        // Line breaks, blank lines, wide gaps, Windows line ends.
        6 => pick(&["\n", "\n", "\n\n", "\n\n\n\n", "\r\n", "\n \n"]),
        // A run of one piece: long lines, long numbers, long marker runs.
        1 => (pick(&["推进学校建设，", "十", "千", "1", "一、", "（一）", "。", "①", "A", "\u{3000}"]), 1..3000usize)
            .prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// Plan-like text: up to `max` pieces.
fn plan_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(token(), 0..max).prop_map(|v| v.concat())
}

/// Text of any kind: arbitrary strings, plan-like text, or both joined.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        4 => plan_text(160),
        1 => (any::<String>(), plan_text(80)).prop_map(|(a, b)| format!("{b}\n{a}\n{b}")),
    ]
}

/// Bytes: any bytes, or plan-like text encoded in each supported encoding,
/// whole or damaged (truncated, a byte changed, a NUL inserted).
fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    let encoded = || (plan_text(120), 0..5usize).prop_map(|(t, e)| encode(&t, e));
    let damaged = (
        encoded(),
        any::<prop::sample::Index>(),
        any::<u8>(),
        0..3usize,
    )
        .prop_map(|(mut b, at, byte, how)| {
            if !b.is_empty() {
                let i = at.index(b.len());
                match how {
                    0 => b.truncate(i),
                    1 => b[i] = byte,
                    _ => b.insert(i, 0),
                }
            }
            b
        });
    prop_oneof![
        2 => proptest::collection::vec(any::<u8>(), 0..2048),
        2 => encoded(),
        2 => damaged,
    ]
}

/// `text` in encoding `e`: UTF-8, UTF-8 with BOM, UTF-16 LE and BE with
/// BOM, GB18030.
fn encode(text: &str, e: usize) -> Vec<u8> {
    match e {
        0 => text.as_bytes().to_vec(),
        1 => [&b"\xEF\xBB\xBF"[..], text.as_bytes()].concat(),
        2 => {
            let mut b = vec![0xFF, 0xFE];
            b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            b
        }
        3 => {
            let mut b = vec![0xFE, 0xFF];
            b.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
            b
        }
        _ => encoding_rs::GB18030.encode(text).0.into_owned(),
    }
}

/// The text `encode(text, e)` holds. GB18030-2022 gave a few private-use
/// characters standard code points, so their bytes decode to the standard
/// character (`\u{e854}` reads back as `龺`): the bytes hold that text.
fn held_text(text: &str, bytes: &[u8], e: usize) -> String {
    if e == 4 {
        encoding_rs::GB18030
            .decode_without_bom_handling(bytes)
            .0
            .into_owned()
    } else {
        text.to_string()
    }
}

// ---------------------------------------------------------------------------
// The pipeline and its checks.

fn coder() -> &'static Coder {
    Coder::reference()
}

/// A small good plan to compare a generated plan with when its twin failed.
fn fallback() -> &'static CodedPlan {
    static PLAN: OnceLock<CodedPlan> = OnceLock::new();
    PLAN.get_or_init(|| {
        let doc = ingest::from_text(
            "fallback",
            "某某市教育局2024年工作要点\n一、加强党建\n1.深入学习。开展主题教育。\n2.推进校园足球。创建特色学校20所。",
        )
        .expect("fallback plan");
        coder().code(&outline::plan(&doc))
    })
}

/// An error must name the input it is about.
fn check_error(id: &str, err: &Error) {
    assert_eq!(err.input(), id, "error does not name the input: {err}");
    let text = err.to_string();
    assert!(
        text.starts_with(id),
        "error does not start with `{id}`: {text}"
    );
    assert!(
        !err.reason().trim().is_empty(),
        "error without a reason: {text}"
    );
}

/// `s[span]` in characters.
fn chars(s: &str, start: usize, end: usize) -> String {
    s.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// Outlines and codes a document, checking what the outline and the coder
/// promise about spans.
fn outline_and_code(doc: &Document) -> CodedPlan {
    let plan = outline::plan(doc);
    assert_eq!(*plan.text, *doc.text);
    for item in &plan.items {
        assert!(item.span.start <= item.span.end, "{item:?}");
        assert_eq!(
            chars(&plan.text, item.span.start, item.span.end),
            item.text,
            "item {} does not stand at its span",
            item.path
        );
        assert!(!item.text.trim().is_empty(), "empty item {}", item.path);
        assert_eq!(item.depth, item.sections.len() + 1);
    }
    let mut paths = std::collections::BTreeSet::new();
    for item in &plan.items {
        assert!(paths.insert(&item.path), "two items at path {}", item.path);
    }
    if plan.items.is_empty() {
        assert!(plan
            .warnings
            .iter()
            .any(|w| w.kind == eduplans::WarningKind::NoItems));
    }
    let coded = coder().code(&plan);
    assert_eq!(coded.items.len(), plan.items.len());
    for c in &coded.items {
        for tag in c.themes.iter().chain(&c.candidates) {
            assert!(tag.weight.is_finite(), "{tag:?}");
            for e in &tag.evidence {
                let at = chars(&c.item.text, e.span.start, e.span.end);
                assert!(!at.is_empty(), "evidence {e:?} outside its item");
            }
        }
    }
    for t in &coded.targets {
        assert!(t.value.is_finite() && t.value >= 0.0, "{t:?}");
        assert!(t.low.is_none_or(|l| l.is_finite() && l < t.value), "{t:?}");
        let item = coded
            .items
            .iter()
            .find(|i| i.item.path == t.path)
            .expect("a target's item");
        let at = chars(&item.item.text, t.span.start, t.span.end);
        assert!(
            at.ends_with(t.unit.as_str()) || (t.unit == "%" && at.ends_with('％')),
            "target {t:?} does not stand at its span: {at:?}"
        );
    }
    coded
}

/// Compares two coded plans and renders every report.
fn compare_and_report(a: &CodedPlan, b: &CodedPlan, options: &Options) -> Result<()> {
    let c = Comparison::new(coder(), &[a.clone(), b.clone()], options)?;
    let tables = report::tables(&c, &Part::ALL);
    let style = Style::default();
    for format in [
        report::Format::Text,
        report::Format::Markdown,
        report::Format::Csv,
    ] {
        let out = report::render_all(&tables, format, &style);
        assert!(!out.is_empty());
    }
    let narrow = Style::default().max_cell(3).decimals(0);
    let _ = report::render_all(&tables, report::Format::Text, &narrow);
    let json = report::json(&c, &Part::ALL);
    assert!(json.is_object());
    let _ = report::json(&c, &[Part::Gaps, Part::Targets]);
    let _ = serde_json::to_string(&json).expect("JSON");
    let svg = report::coverage_svg(&c);
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"), "{svg}");
    Ok(())
}

/// The whole pipeline on two inputs already ingested.
fn pipeline(a: (&str, Result<Document>), b: (&str, Result<Document>), options: &Options) {
    let mut coded = Vec::new();
    for (id, doc) in [a, b] {
        match doc {
            Ok(doc) => {
                assert_eq!(doc.id, id);
                assert!(!doc.text.trim().is_empty(), "Ok with no text");
                coded.push(outline_and_code(&doc));
            }
            Err(err) => check_error(id, &err),
        }
    }
    let (first, second) = match coded.as_slice() {
        [a, b] => (a, b),
        [a] => (a, fallback()),
        _ => return,
    };
    if first.id == second.id {
        let err = compare_and_report(first, second, &Options::default()).unwrap_err();
        assert!(
            matches!(&err, Error::DuplicatePlan { id } if *id == first.id),
            "{err}"
        );
        assert!(err.to_string().starts_with(&first.id), "{err}");
        return;
    }
    compare_and_report(first, second, &Options::default()).expect("default comparison");
    let mut options = options.clone();
    if options.against.is_some() {
        options.against = Some(first.id.clone());
    }
    if let Err(err) = compare_and_report(first, second, &options) {
        // Merging by city can leave one unit; nothing else may fail.
        assert!(
            matches!(err, Error::TooFewPlans { .. }) && options.by == By::City,
            "{err}"
        );
    }
}

/// Plan ids: plain, or any string (a file stem can be anything), the same
/// twice now and then.
fn ids() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        4 => Just(("a".to_string(), "b".to_string())),
        2 => (any::<String>(), any::<String>()),
        1 => any::<String>().prop_map(|id| (id.clone(), id)),
    ]
}

/// Metadata a caller supplies: place names the text may hold as headings,
/// or any strings, and any years.
fn meta() -> impl Strategy<Value = Option<Meta>> {
    let name = || {
        prop_oneof![
            2 => pick(&["郑州市", "金水区", "中原区", "鹤城", "某某市", "济源市教育局"]),
            1 => any::<String>(),
        ]
    };
    let meta = (
        proptest::option::of(name()),
        proptest::option::of(name()),
        proptest::collection::vec(name(), 0..4),
        proptest::option::of((any::<u16>(), any::<u16>())),
        proptest::option::of(name()),
    )
        .prop_map(|(city, district, districts, period, title)| Meta {
            title,
            jurisdiction: Jurisdiction {
                province: None,
                city,
                district,
            },
            districts,
            period: period.map(|(start, end)| Period { start, end }),
            ..Meta::default()
        });
    prop_oneof![3 => Just(None), 1 => meta.prop_map(Some)]
}

fn options() -> impl Strategy<Value = Options> {
    (0..3usize, 0..3usize, any::<bool>()).prop_map(|(by, level, against)| {
        let mut o = Options::default()
            .by([By::Plan, By::City, By::District][by])
            .level([ThemeLevel::Theme, ThemeLevel::Parent, ThemeLevel::Domain][level])
            .top(3);
        if against && by == 0 {
            o = o.against("the first plan"); // its id, once known
        }
        o
    })
}

// ---------------------------------------------------------------------------
// No loss.

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Rules that take a part of a line, not the line: the line's Chinese
/// characters must all be kept.
fn takes_part_of_a_line(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::Reading | Rule::ChunkNumber | Rule::PageBreak | Rule::Scramble | Rule::Watermark
    )
}

/// Checks that the Chinese characters of every line the cleaner kept are in
/// the clean text (in the original script), in order, and nothing else is:
/// returns what went wrong, if anything.
fn lost_text(input: &str, doc: &Document) -> Option<String> {
    let removed: std::collections::BTreeSet<usize> = doc
        .removed
        .iter()
        .filter(|r| !takes_part_of_a_line(r.rule))
        .map(|r| r.line)
        .collect();
    // A watermark takes the end of its line, and its words with it.
    let watermarks: std::collections::BTreeMap<usize, &str> = (doc.removed.iter())
        .filter(|r| r.rule == Rule::Watermark)
        .map(|r| (r.line, r.text.as_str()))
        .collect();
    let kept: String = input
        .split('\n')
        .enumerate()
        .filter(|(i, _)| !removed.contains(&(i + 1)))
        .flat_map(|(i, line)| {
            let han: Vec<char> = line.chars().filter(|&c| is_han(c)).collect();
            let taken = watermarks
                .get(&(i + 1))
                .map_or(0, |w| w.chars().filter(|&c| is_han(c)).count());
            han[..han.len().saturating_sub(taken)].to_vec()
        })
        .collect();
    let clean = doc.display.as_deref().unwrap_or(&doc.text);
    let got: String = clean.chars().filter(|&c| is_han(c)).collect();
    if kept == got {
        return None;
    }
    let common = kept
        .chars()
        .zip(got.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let around = |s: &str| {
        s.chars()
            .skip(common.saturating_sub(10))
            .take(30)
            .collect::<String>()
    };
    Some(format!(
        "kept lines hold {} Chinese characters, the clean text {}; they part after {common}: \
         kept …{}… vs clean …{}…",
        kept.chars().count(),
        got.chars().count(),
        around(&kept),
        around(&got)
    ))
}

/// Every removed line is recorded with its own text.
fn check_removals(input: &str, doc: &Document) {
    let lines: Vec<&str> = input.split('\n').collect();
    for r in &doc.removed {
        assert!(
            (1..=lines.len()).contains(&r.line),
            "removal {r:?} outside the input's {} lines",
            lines.len()
        );
        if !takes_part_of_a_line(r.rule) {
            let han = |s: &str| s.chars().filter(|&c| is_han(c)).collect::<String>();
            assert_eq!(
                han(&r.text),
                han(lines[r.line - 1]),
                "removal {r:?} does not hold its line"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config(128))]

    /// Any text, two at a time: ingest, outline, code, compare and report
    /// never panic, and errors name the input.
    #[test]
    fn any_text_goes_through_the_pipeline(
        a in any_text(),
        b in any_text(),
        (id_a, id_b) in ids(),
        (meta_a, meta_b) in (meta(), meta()),
        o in options(),
    ) {
        let read = |id: &str, text: &str, meta: Option<Meta>| match meta {
            Some(meta) => Ingest::new().id(id).meta(meta).text(text),
            None => ingest::from_text(id, text),
        };
        let da = read(&id_a, &a, meta_a);
        let db = read(&id_b, &b, meta_b);
        pipeline((&id_a, da), (&id_b, db), &o);
    }

    /// Any bytes: decoded or refused with an error naming the input; what is
    /// decoded goes through the pipeline.
    #[test]
    fn any_bytes_go_through_the_pipeline(a in any_bytes(), b in any_bytes()) {
        let da = ingest::from_bytes("a.txt", &a);
        let db = ingest::from_bytes("b.txt", &b);
        pipeline(("a.txt", da), ("b.txt", db), &Options::default());
    }

    /// Text in a supported encoding reads as the text itself.
    #[test]
    fn encoded_text_reads_as_the_text(t in plan_text(120), e in 1..5usize) {
        let bytes = encode(&t, e);
        let from_bytes = ingest::from_bytes("p", &bytes);
        let from_text = ingest::from_text("p", &held_text(&t, &bytes, e));
        let exact = match &from_bytes {
            // GB18030 bytes of a short text may also be valid UTF-8.
            Ok(d) => e != 4 || d.encoding == ingest::Encoding::Gb18030,
            Err(_) => false,
        };
        if exact {
            let (x, y) = (from_bytes.unwrap(), from_text.expect("text read from bytes"));
            prop_assert_eq!(&x.text, &y.text);
            prop_assert_eq!(&x.removed, &y.removed);
        }
    }

    /// No Chinese character of a line the cleaner kept is lost.
    #[test]
    fn kept_lines_keep_every_chinese_character(t in prop_oneof![plan_text(200), page().prop_map(|p| p.0), chunked()]) {
        if let Ok(doc) = ingest::from_text("p", &t) {
            check_removals(&t, &doc);
            if let Some(loss) = lost_text(&t, &doc) {
                prop_assert!(false, "{}", loss);
            }
        }
    }

    /// Plan sentences are never removed, whatever furniture stands around
    /// them: each one's Chinese characters stand, together and in order, in
    /// the clean text.
    #[test]
    fn plan_sentences_are_never_removed((t, prose) in page()) {
        let doc = ingest::from_text("p", &t);
        prop_assert!(doc.is_ok() || prose.is_empty(), "{:?}", doc.err());
        let Ok(doc) = doc else { return Ok(()) };
        let clean: String = doc.display.as_deref().unwrap_or(&doc.text).chars().filter(|&c| is_han(c)).collect();
        for (line, sentence) in &prose {
            let removal = doc.removed.iter().find(|r| r.line == *line && !takes_part_of_a_line(r.rule));
            prop_assert!(removal.is_none(), "line {} {:?} removed: {:?}", line, sentence, removal);
            let han: String = sentence.chars().filter(|&c| is_han(c)).collect();
            prop_assert!(clean.contains(&han), "line {} {:?} not in the clean text", line, sentence);
        }
    }
}

/// Words of plan sentences, none of them site furniture.
const PROSE_WORDS: &[&str] = &[
    "推进",
    "学校",
    "建设",
    "加强",
    "党建",
    "幼儿园",
    "教师",
    "学生",
    "质量",
    "发展",
    "改革",
    "落实",
    "校园足球",
    "智慧校园",
    "家长学校",
    "义务教育",
    "普惠",
    "督导",
    "安全",
    "经费",
    "新建",
    "覆盖率",
    "达到",
    "以上",
    "每年",
    "到2025年",
    "全面",
    "深化",
    "完善",
    "机制",
    "办好人民满意的教育",
    "三会一课",
    "20所",
    "95%",
    "１２名",
    "一所",
    "两次",
    "，",
    "、",
    "“双减”",
    "（一）",
    "1.",
    "一是",
    "第二，",
    "(guī)",
    "發展",
    "規劃",
    "地址",
    "电话",
    "版权",
    "首页",
];

/// A sentence of a plan: words ending with a full stop.
fn sentence() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(pick(PROSE_WORDS), 1..16),
        pick(&["。", "；", "。”"]),
    )
        .prop_map(|(words, end)| words.concat() + &end)
}

/// A web page: furniture, headings, blank lines and plan sentences in any
/// order; with the sentences' 1-based line numbers.
fn page() -> impl Strategy<Value = (String, Vec<(usize, String)>)> {
    let line = prop_oneof![
        // A sentence of punctuation and numbers only (`，。`) is no prose: a
        // page of nothing else is refused as holding no words.
        3 => sentence().prop_map(|s| (s.chars().any(is_han), s)),
        1 => (sentence(), sentence()).prop_map(|(a, b)| (a.chars().chain(b.chars()).any(is_han), a + &b)),
        2 => pick(FURNITURE).prop_map(|s| (false, s)),
        1 => (pick(FURNITURE), pick(FURNITURE)).prop_map(|(a, b)| (false, format!("{a} {b}"))),
        1 => (pick(MARKERS), pick(WORDS)).prop_map(|(a, b)| (false, a + &b)),
        1 => pick(&["", "", " ", "\u{3000}"]).prop_map(|s| (false, s)),
    ];
    proptest::collection::vec(line, 0..40).prop_map(|lines| {
        let mut text = String::new();
        let mut prose = Vec::new();
        for (i, (is_prose, line)) in lines.into_iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(&line);
            if is_prose {
                prose.push((i + 1, line));
            }
        }
        (text, prose)
    })
}

/// A sharing site's copy: plan text cut into numbered chunks `1、` `2、`…
/// that split words and sentences, between site furniture.
fn chunked() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(sentence(), 10..40),
        proptest::collection::vec(60..300usize, 8),
        pick(&["\n", "\n\n"]),
        proptest::collection::vec(pick(FURNITURE), 0..4),
    )
        .prop_map(|(sentences, cuts, gap, furniture)| {
            let chars: Vec<char> = sentences.concat().chars().collect();
            let mut chunks = Vec::new();
            let mut at = 0;
            for (k, len) in cuts.into_iter().enumerate() {
                if at >= chars.len() {
                    break;
                }
                let end = (at + len).min(chars.len());
                chunks.push(format!(
                    "{}、{}",
                    k + 1,
                    chars[at..end].iter().collect::<String>()
                ));
                at = end;
            }
            let mut lines = furniture.clone();
            lines.push(chunks.join(&gap));
            lines.extend(furniture);
            lines.join("\n")
        })
}

// ---------------------------------------------------------------------------
// The checks themselves can fail.

#[test]
fn the_loss_check_sees_a_lost_character() {
    let input = "当前位置:首页>通知\n一、加强党建\n1.深入学习。开展主题教育。";
    let mut doc = ingest::from_text("p", input).unwrap();
    assert_eq!(lost_text(input, &doc), None);
    doc.text = doc.text.replace("主题", "主");
    assert!(lost_text(input, &doc).is_some());
    // A removal that did not happen is a loss too.
    let mut doc = ingest::from_text("p", input).unwrap();
    doc.removed.clear();
    assert!(lost_text(input, &doc).is_some());
}

#[test]
fn a_reassigned_private_use_character_reads_as_its_bytes_hold() {
    // Found by `encoded_text_reads_as_the_text`: the GB18030 bytes of
    // U+E854 decode to U+9FBA.
    let t = "\u{e854}(guī)推进教育";
    let bytes = encode(t, 4);
    let held = held_text(t, &bytes, 4);
    assert_eq!(held, "龺(guī)推进教育");
    let doc = ingest::from_bytes("p", &bytes).unwrap();
    assert_eq!(doc.encoding, ingest::Encoding::Gb18030);
    assert_eq!(doc.text, ingest::from_text("p", &held).unwrap().text);
}

#[test]
fn the_generators_reach_the_deep_stages() {
    // A plan-like input of the generators' pieces is read, outlined into
    // items, coded with themes and yields targets: the properties do not
    // only exercise the error paths.
    let text = [
        "一、",
        "加强",
        "党建",
        "\n",
        "1.",
        "推进",
        "校园足球",
        "。",
        "新建",
        "幼儿园",
        "20",
        "所",
        "。",
        "\n",
        "2.",
        "落实",
        "三会一课",
        "。",
    ]
    .concat();
    let coded = outline_and_code(&ingest::from_text("p", &text).unwrap());
    assert!(coded.items.len() >= 2);
    assert!(coded.items.iter().any(|i| !i.themes.is_empty()));
    assert_eq!(coded.targets.len(), 1);
}

#[test]
fn the_no_loss_generators_reach_what_the_cleaner_removes() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut rules = std::collections::BTreeSet::new();
    let mut sentences = 0;
    for _ in 0..200 {
        let (text, prose) = page().new_tree(&mut runner).unwrap().current();
        sentences += prose.len();
        let chunks = chunked().new_tree(&mut runner).unwrap().current();
        for t in [text, chunks] {
            if let Ok(doc) = ingest::from_text("p", &t) {
                rules.extend(doc.removed.iter().map(|r| r.rule));
            }
        }
    }
    assert!(sentences > 1000);
    for rule in [
        Rule::Navigation,
        Rule::Footer,
        Rule::SharingSite,
        Rule::ChunkNumber,
        Rule::Reading,
    ] {
        assert!(rules.contains(&rule), "no {rule:?} in {rules:?}");
    }
}
