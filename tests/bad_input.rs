//! Bad and odd input: each gives a clear error naming the input, or a result
//! with a warning; never a panic.

use std::path::PathBuf;

use eduplans::code::Coder;
use eduplans::compare::{Comparison, Options};
use eduplans::report::{self, Part, Style};
use eduplans::schema::Schema;
use eduplans::CodedPlan;
use eduplans::{ingest, outline, Document, Error, WarningKind};

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("eduplans-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn empty_and_whitespace_only_are_errors() {
    for (name, bytes) in [
        ("empty.txt", &b""[..]),
        ("blank.txt", "  \n\u{3000}\n\t ".as_bytes()),
    ] {
        let path = scratch(name, bytes);
        let err = ingest::from_path(&path).unwrap_err();
        assert!(matches!(err, Error::Empty { .. }), "{err}");
        assert!(err.to_string().contains(name), "{err}");
    }
}

#[test]
fn binary_directory_and_missing_path_are_errors() {
    let png: Vec<u8> = [&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..], &[0u8; 64]].concat();
    let err = ingest::from_path(scratch("photo.png", &png)).unwrap_err();
    assert!(
        matches!(err, Error::Decode { .. }) && err.to_string().contains("photo.png"),
        "{err}"
    );
    let dir = std::env::temp_dir();
    assert!(matches!(
        ingest::from_path(&dir).unwrap_err(),
        Error::IsDirectory { .. }
    ));
    let err = ingest::from_path("no/such/plan.txt").unwrap_err();
    assert!(
        matches!(err, Error::Io { .. }) && err.reason().contains("cannot read"),
        "{err}"
    );
}

#[test]
fn only_site_furniture_is_an_error() {
    let err =
        ingest::from_text("page", "当前位置:首页>新闻\n版权所有 某某学校\n上一篇:无").unwrap_err();
    assert!(matches!(err, Error::Empty { .. }), "{err}");
}

#[test]
fn utf16_and_gb18030_files_are_read() {
    let text = "某某市教育局2020年工作要点\n一、加强党建\n1.深入学习。开展主题教育。";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let doc = ingest::from_path(scratch("utf16.txt", &le)).unwrap();
    assert_eq!(doc.encoding, ingest::Encoding::Utf16Le);
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    let doc = ingest::from_path(scratch("gbk.txt", &gbk)).unwrap();
    assert_eq!(doc.encoding, ingest::Encoding::Gb18030);
    assert_eq!(doc.text, text);
}

#[test]
fn traditional_text_with_readings_is_simplified_for_analysis() {
    let text = "一、總(zǒng)體(tǐ)要求\n1.推進教育現代化發(fā)展。辦好人民滿意的教育。\n2.加强党的建设。落实主体责任。";
    let doc = ingest::from_text("t", text).unwrap();
    assert_eq!(doc.script, ingest::Script::Mixed);
    assert_eq!(
        doc.text,
        "一、总体要求\n1.推进教育现代化发展。办好人民满意的教育。\n2.加强党的建设。落实主体责任。"
    );
    let display = doc.display.as_deref().unwrap();
    assert!(display.starts_with("一、總體要求"), "{display}");
    assert!(doc.removed.iter().any(|r| r.rule == ingest::Rule::Reading));
}

/// Codes a document's plan.
fn code(doc: &Document) -> CodedPlan {
    Coder::reference().code(&outline::plan(doc))
}

/// A small plan to compare odd ones with.
fn small_plan() -> CodedPlan {
    let doc = ingest::from_text(
        "small",
        "一、重点工作\n1.加强基层党建。落实三会一课。\n2.推进校园足球。新建学校2所。",
    )
    .unwrap();
    code(&doc)
}

/// Compares two plans and renders every table, the JSON and the heatmap.
fn compare_and_report(a: CodedPlan, b: CodedPlan) -> Comparison {
    let c = Comparison::new(Coder::reference(), &[a, b], &Options::default()).unwrap();
    let tables = report::tables(&c, &Part::ALL);
    for format in [
        report::Format::Text,
        report::Format::Markdown,
        report::Format::Csv,
    ] {
        assert!(!report::render_all(&tables, format, &Style::default()).is_empty());
    }
    assert!(report::json(&c, &Part::ALL).is_object());
    assert!(report::coverage_svg(&c).contains("<svg"));
    c
}

#[test]
fn a_ten_megabyte_line_gives_a_result_with_a_warning() {
    let point = "推进学校建设,新建学校5所,加快幼儿园建设,办好人民满意的教育。";
    let mut text = String::from("一、主要任务");
    let mut n = 0;
    while text.len() < 10 << 20 {
        n += 1;
        text.push_str(&format!("{n}.{point}"));
    }
    let doc = ingest::from_text("long", &text).unwrap();
    assert!(doc.warnings.iter().any(|w| w.kind == WarningKind::LongLine));
    let plan = outline::plan(&doc);
    // Points run on after each full stop, up to 999 (a four-digit number is a year).
    assert_eq!(plan.items.len(), 999);
    assert_eq!(
        plan.items.last().map(|i| i.span.end),
        Some(plan.text.chars().count())
    );
    // Coding, targets and the comparison take seconds, not the hours that
    // counting characters from the item's start for every hit took.
    let coded = Coder::reference().code(&plan);
    assert_eq!(coded.targets.len(), n, "one target a point");
    assert!(coded
        .targets
        .iter()
        .all(|t| t.value == 5.0 && t.unit == "所" && t.subject.as_deref() == Some("新建学校")));
    let last = coded.targets.last().unwrap();
    let item = coded.items.last().unwrap();
    let at: String = item
        .item
        .text
        .chars()
        .skip(last.span.start)
        .take(last.span.end - last.span.start)
        .collect();
    assert_eq!(at, "5所");
    assert!(coded.items[0].has("school_construction"));
    let c = compare_and_report(coded, small_plan());
    assert_eq!(c.units.len(), 2);
}

#[test]
fn many_short_lines_and_deep_nesting() {
    let lines: String = (0..10_000)
        .map(|i| if i % 2 == 0 { "学\n" } else { "校\n" })
        .collect();
    let doc = ingest::from_text("short", &lines).unwrap();
    let plan = outline::plan(&doc);
    assert_eq!(plan.items.len(), 10_000);
    assert!(plan.items.iter().all(|i| i.text == "学" || i.text == "校"));
    let coded = code(&doc);
    assert_eq!(coded.items.len(), 10_000);
    let c = compare_and_report(coded, small_plan());
    let short = c.coverage.iter().filter(|x| x.unit == "short");
    assert!(short.clone().count() > 0 && short.clone().all(|x| x.items == 0));
    let deep = "第一章 总则\n一、总体要求\n(一)指导思想\n1.坚持党的领导\n(1)加强党建\n①建强支部\n一是发展党员。\n——落实三会一课。";
    let plan = outline::plan(&ingest::from_text("deep", deep).unwrap());
    assert_eq!(plan.items.len(), 1);
    assert_eq!(plan.items[0].path, "1/1/(1)/1/(1)/1/1/1");
    assert_eq!(plan.items[0].depth, 8);
}

#[test]
fn empty_blank_and_invisible_input_are_errors_naming_the_input() {
    let utf16 = |bom: &[u8], s: &str, le: bool| -> Vec<u8> {
        let mut b = bom.to_vec();
        for u in s.encode_utf16() {
            b.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        b
    };
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("spaces", b"   \t ".to_vec()),
        ("blank-lines", b"\n\r\n\n".to_vec()),
        ("ideographic-space", "\u{3000}\u{3000}\n\u{a0}".into()),
        ("utf8-bom-only", b"\xEF\xBB\xBF".to_vec()),
        ("utf8-bom-blank", b"\xEF\xBB\xBF \n ".to_vec()),
        ("utf16le-bom-only", vec![0xFF, 0xFE]),
        (
            "utf16be-bom-blank",
            utf16(&[0xFE, 0xFF], " \n\u{3000}", false),
        ),
        ("utf16le-bom-blank", utf16(&[0xFF, 0xFE], "\r\n \t", true)),
        // Characters no one sees are no text either, not removed furniture.
        ("zero-width", "\u{200b}\u{feff}\u{200b}\n\u{200b}".into()),
    ];
    for (name, bytes) in &inputs {
        let err = ingest::from_bytes(name, bytes).unwrap_err();
        assert!(matches!(err, Error::Empty { .. }), "{name}: {err}");
        assert_eq!(
            err.to_string(),
            format!("{name}: no text: empty or whitespace only")
        );
        if let Ok(text) = std::str::from_utf8(bytes) {
            let err = ingest::from_text(name, text).unwrap_err();
            assert_eq!(err.input(), *name, "{err}");
        }
    }
}

#[test]
fn binary_files_of_every_kind_are_errors_naming_the_file() {
    // A simple generator, so the bytes are the same on every run.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("plan.docx", [&b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0"[..], &noise[..512]].concat()),
        ("plan.pdf", [&b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Filter /FlateDecode /Length 512 >>\nstream\n"[..], &noise[..1024]].concat()),
        ("plan.gz", [&b"\x1F\x8B\x08\0\0\0\0\0\0\x03"[..], &noise[1024..2048]].concat()),
        ("a.out", [&b"\x7FELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"[..], &noise[2048..]].concat()),
        ("noise.bin", noise.clone()),
        ("photo.jpg", [&b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01"[..], &noise[..256]].concat()),
    ];
    for (name, bytes) in &cases {
        let err = ingest::from_bytes(name, bytes).unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{name}: {err}");
        assert!(
            err.to_string()
                .starts_with(&format!("{name}: cannot decode: ")),
            "{err}"
        );
    }
    // UTF-16 without its byte-order mark is named as such, not as binary.
    let text = "某某市教育局2020年工作要点\n一、加强党建\n1.深入学习。开展主题教育。";
    for le in [true, false] {
        let bytes: Vec<u8> = text
            .encode_utf16()
            .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect();
        let err = ingest::from_path(scratch("no-bom.txt", &bytes)).unwrap_err();
        let order = if le { "little-endian" } else { "big-endian" };
        assert!(
            err.to_string()
                .contains("no-bom.txt: cannot decode: UTF-16")
                && err.reason().contains(order)
                && err.reason().contains("without a byte-order mark"),
            "{err}"
        );
    }
}

#[test]
fn utf16_with_bom_in_both_orders_and_damaged() {
    let text = "某某市教育局2020年工作要点\n一、加强党建\n1.深入学习。开展主题教育。";
    let encode = |le: bool| -> Vec<u8> {
        let mut b = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in text.encode_utf16() {
            b.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        b
    };
    let be = ingest::from_path(scratch("utf16be.txt", &encode(false))).unwrap();
    assert_eq!(be.encoding, ingest::Encoding::Utf16Be);
    assert_eq!(be.text, text);
    let plan = outline::plan(&be);
    assert_eq!(plan.items[0].heading.as_deref(), Some("深入学习"));
    // Cut in the middle of a code unit, or with a lone surrogate: an error.
    let mut cut = encode(true);
    cut.pop();
    let err = ingest::from_path(scratch("cut.txt", &cut)).unwrap_err();
    assert!(
        matches!(err, Error::Decode { .. })
            && err
                .to_string()
                .starts_with(&format!("{}", scratch("cut.txt", &cut).display())),
        "{err}"
    );
    assert!(err.reason().contains("UTF-16LE"), "{err}");
    let mut lone = encode(true);
    lone.extend([0x00, 0xD8, 0x41, 0x00]);
    let err = ingest::from_bytes("lone.txt", &lone).unwrap_err();
    assert!(
        matches!(err, Error::Decode { .. }) && err.input() == "lone.txt",
        "{err}"
    );
}

#[test]
fn gb18030_four_byte_characters_are_read() {
    // 𠮷 (U+20BB7) and 䶮 (U+4DAE) are outside GBK: GB18030 writes them in
    // four bytes.
    let text =
        "某某市教育局2024年工作要点\n一、加强党建\n1.建设𠮷祥学校。表彰䶮字班。开展主题教育。";
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    assert!(bytes.len() < text.len(), "two bytes a common character");
    let doc = ingest::from_path(scratch("gb18030.txt", &bytes)).unwrap();
    assert_eq!(doc.encoding, ingest::Encoding::Gb18030);
    assert_eq!(doc.text, text);
    let coded = code(&doc);
    assert!(coded.items[0].item.text.contains("𠮷祥学校"));
    // A lead byte with no trail byte: an error naming the file.
    let mut cut = bytes.into_owned();
    cut.push(0x81);
    let err = ingest::from_bytes("cut.txt", &cut).unwrap_err();
    assert!(
        matches!(err, Error::Decode { .. }) && err.input() == "cut.txt",
        "{err}"
    );
}

#[test]
fn mixed_scripts_code_like_their_simplified_twin() {
    let simplified = "某某市教育局2024年工作要点\n一、学前教育\n1.扩大普惠资源。新建幼儿园20所，学前三年毛入园率达到95%以上。\n二、体育与信息化\n2.推进校园足球。创建校园足球特色学校10所。\n3.推进智慧校园建设。建设教育专网。";
    // Headings simplified, points traditional, as mirror sites mix them.
    let mixed = "某某市教育局2024年工作要点\n一、学前教育\n1.擴大普惠資源。新建幼兒園20所，學前三年毛入園率達到95%以上。\n二、体育与信息化\n2.推進校園足球。創建校園足球特色學校10所。\n3.推進智慧校園建設。建設教育專網。";
    let a = ingest::from_text("simplified", simplified).unwrap();
    let b = ingest::from_text("mixed", mixed).unwrap();
    assert_eq!(a.script, ingest::Script::Simplified);
    assert_eq!(b.script, ingest::Script::Mixed);
    assert_eq!(b.text, simplified);
    assert_eq!(b.display.as_deref(), Some(mixed));
    assert!(b.warnings.iter().all(|w| w.kind != WarningKind::LongLine));
    let (a, b) = (code(&a), code(&b));
    let themes = |p: &CodedPlan| -> Vec<(String, Vec<String>)> {
        p.items
            .iter()
            .map(|i| {
                (
                    i.item.path.clone(),
                    i.themes.iter().map(|t| t.id.to_string()).collect(),
                )
            })
            .collect()
    };
    assert_eq!(themes(&a), themes(&b));
    assert!(!themes(&a).iter().any(|(_, t)| t.is_empty()));
    let targets = |p: &CodedPlan| -> Vec<(Option<String>, f64, String, String)> {
        p.targets
            .iter()
            .map(|t| (t.subject.clone(), t.value, t.unit.clone(), t.path.clone()))
            .collect()
    };
    assert_eq!(targets(&a), targets(&b));
    assert_eq!(targets(&b).len(), 3);
    // Twins compare as the same plan.
    let c = compare_and_report(a, b);
    assert!(c.gaps.is_empty());
    assert!((c.similarity.jaccard[0][1] - 1.0).abs() < 1e-12);
}

#[test]
fn an_outline_ten_levels_deep() {
    // Part, chapter, section, sub-section, point, sub-point, circled point,
    // clause and two bullets: the two bullet glyphs are one level, so the
    // items stand nine deep and every level keeps its heading.
    let text = "第一部分 总则\n第一章 总体要求\n一、指导思想\n（一）基本原则\n1.坚持党的领导\n（1）加强党的建设\n①建强基层支部\n一是发展党员。\n——落实三会一课制度。\n●开展主题党日活动。每月一次。";
    let doc = ingest::from_text("deep", text).unwrap();
    let plan = outline::plan(&doc);
    let paths: Vec<&str> = plan.items.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["1/1/1/(1)/1/(1)/1/1/1", "1/1/1/(1)/1/(1)/1/1/2"]);
    let headings: Vec<&str> = plan.items[0]
        .sections
        .iter()
        .map(|s| s.heading.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        headings,
        [
            "总则",
            "总体要求",
            "指导思想",
            "基本原则",
            "坚持党的领导",
            "加强党的建设",
            "建强基层支部",
            "发展党员"
        ]
    );
    assert_eq!(plan.items[0].depth, 9);
    assert_eq!(plan.items[0].text, "落实三会一课制度。");
    assert_eq!(plan.items[1].text, "开展主题党日活动。每月一次。");
    let coded = code(&doc);
    assert!(
        coded.items[0].has("party_building"),
        "{:?}",
        coded.items[0].themes
    );
    compare_and_report(coded, small_plan());
    // Chapters under parts, sections under chapters: `第一章` after
    // `第一部分` no longer reads as the part's text.
    let p = outline::plan(&ingest::from_text("parts", "第一部分 总则\n第一章 目标\n一、加强党建。落实责任。\n第二章 任务\n一、推进改革。完善机制。\n第二部分 保障\n第三章 组织\n一、加强领导。健全机制。").unwrap());
    let paths: Vec<&str> = p.items.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["1/1/1", "1/2/1", "2/3/1"]);
}

#[test]
fn thirty_digit_numbers_give_no_target_and_no_overflow() {
    let digits = "123456789012345678901234567890";
    let text = format!(
        "某某市教育局{digits}年工作要点\n{digits}.推进建设。\n一、重点工作\n\
         1.扩大资源。新建幼儿园20所。新建学校{digits}所，覆盖率达到{digits}%，投入{digits}.5亿元，\
         招聘教师{digits}-{digits}名，培训０{digits}人次，第{digits}条，{digits}年{digits}月{digits}日。\n\
         2.推进改革。{}所学校，{}名教师。",
        "千".repeat(20_000),
        "九".repeat(30)
    );
    let doc = ingest::from_text("digits", &text).unwrap();
    let coded = code(&doc);
    let targets: Vec<(f64, &str)> = coded
        .targets
        .iter()
        .map(|t| (t.value, t.unit.as_str()))
        .collect();
    assert_eq!(targets, [(20.0, "所")]);
    compare_and_report(coded, small_plan());
}

#[test]
fn a_schema_with_a_parent_cycle_is_an_error_naming_the_theme() {
    let schema = |parents: &[(&str, &str)]| {
        let mut s = String::from("version = \"t\"\n[[domain]]\nid = \"d\"\nlabel = \"域\"\n");
        for (id, label) in [("a", "甲"), ("b", "乙"), ("c", "丙")] {
            s.push_str(&format!(
                "[[theme]]\nid = \"{id}\"\nlabel = \"{label}\"\ndomain = \"d\"\ncues = [\"{label}\"]\n"
            ));
            if let Some((_, p)) = parents.iter().find(|(t, _)| *t == id) {
                s.push_str(&format!("parent = \"{p}\"\n"));
            }
        }
        s
    };
    for (parents, theme, cycle) in [
        (&[("a", "b"), ("b", "a")][..], "a", "a → b → a"),
        (&[("b", "b")][..], "b", "b → b"),
        // `a` only leads into the cycle of `b` and `c`: the error names `b`.
        (&[("a", "b"), ("b", "c"), ("c", "b")][..], "b", "b → c → b"),
    ] {
        let err = Schema::from_toml("mine.toml", &schema(parents)).unwrap_err();
        assert!(
            matches!(&err, Error::Schema { theme: Some(t), .. } if t == theme),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            format!("mine.toml: bad schema: theme `{theme}`: parent cycle {cycle}")
        );
    }
    // The same through JSON and a file.
    let toml = schema(&[("a", "b"), ("b", "a")]);
    let json = serde_json::to_string(&toml::from_str::<Schema>(&toml).unwrap()).unwrap();
    let err = Schema::from_json("mine.json", &json).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("mine.json: bad schema: theme `a`: parent cycle"),
        "{err}"
    );
    let path = scratch("cycle.toml", toml.as_bytes());
    let err = Schema::from_path(&path).unwrap_err();
    assert_eq!(err.input(), path.display().to_string());
    assert!(err.reason().contains("parent cycle a → b → a"), "{err}");
}

#[test]
fn a_schema_edited_into_a_cycle_codes_without_panic_and_does_not_compare() {
    let mut schema = Schema::reference().clone();
    // Fields are public: nothing checks this edit until the comparison.
    let (a, b) = (schema.themes[0].id.clone(), schema.themes[1].id.clone());
    schema.themes[0].parent = Some(b.clone());
    schema.themes[1].parent = Some(a.clone());
    let coder = Coder::new(&schema);
    let inputs: Vec<(String, String)> = ["甲", "乙"]
        .iter()
        .map(|id| (id.to_string(), "1.加强党建。推进校园足球。".to_string()))
        .collect();
    let coded: Vec<_> = coder
        .code_texts(&inputs)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let err = Comparison::new(&coder, &coded, &Options::default()).unwrap_err();
    assert!(
        matches!(&err, Error::Schema { theme: Some(t), .. } if *t == a || *t == b),
        "{err}"
    );
    assert!(err.reason().contains("parent cycle"), "{err}");
}

#[test]
fn a_supplied_district_is_taken_whole_with_its_level() {
    use eduplans::ingest::{Ingest, Jurisdiction, Level, Meta};
    let meta = Meta {
        jurisdiction: Jurisdiction {
            district: Some("金水区".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    let doc = Ingest::new()
        .meta(meta)
        .text("郑州市教育局2024年工作要点\n一、重点工作\n1.加强党建。落实责任。")
        .unwrap();
    assert_eq!(doc.meta.jurisdiction.district.as_deref(), Some("金水区"));
    assert_eq!(doc.meta.jurisdiction.city.as_deref(), Some("郑州市"));
    assert_eq!(doc.meta.level, Some(Level::District));
}

#[test]
fn a_district_plan_of_a_city_never_bundled_gets_its_city_and_province() {
    let doc = ingest::from_text(
        "yuhang",
        "余杭区教育局2023年工作要点\n一、加强党建\n1.落实责任。",
    )
    .unwrap();
    let j = &doc.meta.jurisdiction;
    assert_eq!(j.district.as_deref(), Some("余杭区"));
    assert_eq!(j.city.as_deref(), Some("杭州市"));
    assert_eq!(j.province.as_deref(), Some("浙江省"));
}

/// Checks the jurisdiction ingest reads from a small plan under each title:
/// (title, [province, city, district]), "" for none.
fn assert_places_of_titles(cases: &[(&str, [&str; 3])]) {
    for (title, want) in cases {
        let doc = ingest::from_text("t", &format!("{title}\n一、加强党建\n1.落实责任。")).unwrap();
        let j = doc.meta.jurisdiction;
        let got = [j.province, j.city, j.district].map(|f| f.unwrap_or_default());
        assert_eq!(got, want.map(String::from), "{title}");
    }
}

#[test]
fn a_county_level_city_is_a_district_of_its_prefecture_and_not_the_nickname_inside_it() {
    assert_places_of_titles(&[
        // 义乌市 ends with 乌市, a nickname of 乌鲁木齐市.
        ("义乌市2023年教育工作要点", ["浙江省", "金华市", "义乌市"]),
        ("海宁市教育局2023年工作要点", ["浙江省", "嘉兴市", "海宁市"]),
    ]);
}

#[test]
fn a_district_named_after_its_city_or_the_year_is_read_from_the_national_list() {
    assert_places_of_titles(&[
        // 鼓楼区 is a district of four cities: the title's city tells which.
        (
            "南京市鼓楼区2023年教育工作要点",
            ["江苏省", "南京市", "鼓楼区"],
        ),
        // 阿拉善 is the bare form of 阿拉善盟, and the head of its banner.
        (
            "阿拉善左旗教育局2023年工作要点",
            ["内蒙古自治区", "阿拉善盟", "阿拉善左旗"],
        ),
        ("2023年天河区教育工作要点", ["广东省", "广州市", "天河区"]),
        // 城区 is a word as well as several cities' district: no place.
        ("2023年城区学校建设工作要点", ["", "", ""]),
    ]);
}

// --- shapes once read in quadratic time ----------------------------------------
// At these sizes each took from about three seconds (the phrases) to minutes
// (the runs of digits), when every position re-read the run it stands in,
// every line searched every heading, or every phrase was compared with the
// phrases kept before it; now each takes a fraction of a second. Found by
// an adversarial probe and a review.

#[test]
fn a_megabyte_of_digits_is_one_item_without_a_marker_or_target() {
    let text = "1234567890".repeat(100_000);
    let plan = outline::plan(&ingest::from_text("digits", &text).unwrap());
    assert_eq!(plan.items.len(), 1);
    assert!(Coder::reference().code(&plan).targets.is_empty());
}

#[test]
fn cues_inside_one_long_word_are_each_evidence() {
    // jieba keeps a run of ASCII letters outside its dictionary as one word
    // (`STEAM` is in it, `steam` not), and a cue inside a word stands on its
    // boundaries: each of the 200,000 `steam`s is evidence of `STEAM`. Finding the word around each hit by scanning to the word's
    // end made this quadratic (seconds for a megabyte, minutes for ten).
    let text = format!("一、科技教育\n1.{}。", "steam".repeat(200_000));
    let plan = outline::plan(&ingest::from_text("steam", &text).unwrap());
    let coded = Coder::reference().code(&plan);
    let evidence: usize = (coded.items.iter())
        .flat_map(|i| i.themes.iter().chain(&i.candidates))
        .filter(|t| &*t.id == "science_maker")
        .map(|t| t.evidence.len())
        .sum();
    assert_eq!(evidence, 200_000);
}

#[test]
fn a_megabyte_of_numbers_in_a_list_gives_no_target() {
    for unit in ["1,", "12,"] {
        let text = format!("一、目标\n{}", unit.repeat((1 << 20) / unit.len()));
        let plan = outline::plan(&ingest::from_text("list", &text).unwrap());
        let coded = Coder::reference().code(&plan);
        assert!(coded.targets.is_empty(), "{unit}");
    }
}

// A table run into the text: each `5%` became a target keeping 2,400 bytes
// of text around it, so a megabyte took seconds and over a gigabyte.
#[test]
fn numbers_crowded_into_a_run_are_no_targets_and_are_warned_of() {
    let text = format!(
        "一、目标\n1.学前三年毛入园率达到95%以上。\n2.提高{}。",
        "5%".repeat(500_000)
    );
    let plan = outline::plan(&ingest::from_text("crowded", &text).unwrap());
    let coded = Coder::reference().code(&plan);
    let values: Vec<f64> = coded.targets.iter().map(|t| t.value).collect();
    assert_eq!(values, [95.0]);
    let warned: Vec<_> = coded
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::CrowdedNumbers)
        .collect();
    assert_eq!(warned.len(), 1, "{:?}", coded.warnings);
    assert!(
        warned[0].message.contains("500000 numbers with units"),
        "{}",
        warned[0]
    );
}

#[test]
fn a_target_in_a_sentence_without_end_keeps_only_its_clause() {
    let filler = "推进学校建设工作，".repeat(200);
    let text = format!("一、目标\n1.{filler}新建幼儿园20所，{filler}");
    let plan = outline::plan(&ingest::from_text("long", &text).unwrap());
    let targets = Coder::reference().code(&plan).targets;
    assert_eq!(targets.len(), 1);
    assert_eq!(targets[0].text, "新建幼儿园20所");
    assert_eq!(targets[0].subject.as_deref(), Some("新建幼儿园"));
    // Without a clause end near it, the text is cut to 600 bytes around it.
    let filler = "推进学校建设".repeat(40);
    let text = format!("一、目标\n1.{filler}新建幼儿园20所{filler}。");
    let plan = outline::plan(&ingest::from_text("long", &text).unwrap());
    let targets = Coder::reference().code(&plan).targets;
    assert_eq!(targets.len(), 1);
    assert!(targets[0].text.len() <= 600, "{}", targets[0].text.len());
    assert!(targets[0].text.contains("新建幼儿园20所"));
}

/// The `k`th of 42,875 made-up names of three characters.
fn made_up_name(k: usize) -> String {
    let pool: Vec<char> = "甲乙丙丁戊己庚辛壬癸东南西北中上下左右前后金木水火土山川河湖海林森花草"
        .chars()
        .collect();
    let p = pool.len();
    [pool[k % p], pool[(k / p) % p], pool[(k / p / p) % p]]
        .iter()
        .collect()
}

#[test]
fn a_round_up_of_forty_thousand_districts_has_a_part_for_each() {
    let n = 40_000;
    let mut text = String::from("某某市教育局2024年教育工作综述\n\n");
    for k in 0..n {
        let name = made_up_name(k);
        text.push_str(&format!(
            "{name}区\n推进学校建设，新建幼儿园3所，确保年内招生。\n"
        ));
    }
    let doc = ingest::from_text("round-up", &text).unwrap();
    let districts = doc.meta.districts.len();
    let plan = outline::plan(&doc);
    let parts: std::collections::BTreeSet<&str> =
        plan.items.iter().filter_map(|i| i.district()).collect();
    assert_eq!(parts.len(), districts);
    // A few made-up names read as words or places of their own.
    assert!(districts > n * 9 / 10, "{districts}");
}

#[test]
fn two_plans_sharing_thirty_thousand_phrases_that_start_alike() {
    let (mut a, mut b) = (String::from("一、要点\n"), String::from("一、要点\n"));
    for k in 0..30_000 {
        let name = made_up_name(k);
        // One plan ends its clauses with `，`, the other with `；`.
        a.push_str(&format!("推进学校建设工作{name}区，"));
        b.push_str(&format!("推进学校建设工作{name}区；"));
    }
    let plan = |id: &str, text: &str| code(&ingest::from_text(id, text).unwrap());
    let c = compare_and_report(plan("a", &a), plan("b", &b));
    // The table keeps the 60 most shared phrases.
    assert_eq!(c.phrases.len(), 60);
    assert!(c.phrases.iter().all(|ph| ph.uses.len() == 2));
}

#[test]
fn a_style_asking_for_more_decimals_than_formatting_takes_writes_the_most_it_takes() {
    use eduplans::report::{Cell, MAX_DECIMALS};
    let text = Cell::from(0.5).text(MAX_DECIMALS + 1);
    assert_eq!(text.len(), "0.".len() + MAX_DECIMALS);
    let mut table = report::Table::new("t", "Shares", ["x"]);
    table.push(vec![Cell::from(0.25)]);
    // A cell is cut to `max_cell` characters in text and Markdown; CSV keeps
    // every place.
    let style = Style::default().decimals(usize::MAX);
    for format in [
        report::Format::Text,
        report::Format::Markdown,
        report::Format::Csv,
    ] {
        assert!(table.render(format, &style).contains("0.25"), "{format:?}");
    }
}

#[test]
fn a_big5_file_is_read_as_big5_and_simplified() {
    let text = "臺北縣教育局一一三年度工作要點\n一、加強黨的建設\n1.深入學習貫徹黨的教育方針，推進學校體育與美育發展，全年新建幼兒園3所。\n2.強化教師隊伍建設。";
    let (bytes, _, _) = encoding_rs::BIG5.encode(text);
    let path = scratch("big5.txt", &bytes);
    let doc = ingest::from_path(&path).unwrap();
    assert_eq!(doc.encoding, ingest::Encoding::Big5);
    assert!(doc.text.contains("加强党的建设"), "{}", doc.text);
    let plan = outline::plan(&doc);
    assert_eq!(plan.items.len(), 2);
}

#[test]
fn an_html_page_is_read_as_its_text() {
    let page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>某县2024年教育工作要点</title>\
        <script>document.write('<p>广告</p>');</script></head><body>\
        <div class=\"nav\">首页 &gt; 政务公开</div>\
        <p>一、加强党的建设</p><p>1.深入学习贯彻党的二十大精神。</p>\
        <p>2.推进校园足球&nbsp;普及，新建足球场5块。</p></body></html>";
    let doc = ingest::from_bytes("page", page.as_bytes()).unwrap();
    assert!(!doc.text.contains('<'), "{}", doc.text);
    assert!(!doc.text.contains("广告"), "{}", doc.text);
    let plan = outline::plan(&doc);
    let paths: Vec<&str> = plan.items.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["1/1", "1/2"]);
    assert!(plan.items[1].text.contains("推进校园足球 普及"));
}

#[test]
fn punctuation_only_is_an_error_naming_the_file() {
    let path = scratch("marks.txt", "。，、；——……\n！？“”《》\n".as_bytes());
    let err = ingest::from_path(&path).unwrap_err();
    assert!(matches!(err, Error::Empty { .. }), "{err}");
    let msg = err.to_string();
    assert!(
        msg.contains("marks.txt") && msg.contains("punctuation"),
        "{msg}"
    );
}

#[test]
fn a_long_list_without_clause_ends_is_coded_without_walking_back() {
    // 100,000 listed cues in one clause, and names in title marks: each
    // hit's list and name tests read a few characters around it, not the
    // whole text before it (which would take minutes here).
    let mut text = String::from("1.推进");
    for _ in 0..50_000 {
        text.push_str("足球、美育、《名师讲堂》");
    }
    text.push('。');
    let doc = ingest::from_text("long-list", &text).unwrap();
    let plan = outline::plan(&doc);
    let coded = code(&doc);
    assert_eq!(plan.items.len(), 1);
    assert!(coded.items[0].themes.iter().any(|t| &*t.id == "football"));
}
