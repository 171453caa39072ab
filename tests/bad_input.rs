//! Bad and odd input: each gives a clear error naming the input, or a result
//! with a warning; never a panic.

use std::path::PathBuf;

use eduplans::{ingest, outline, Error, WarningKind};

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
}

#[test]
fn many_short_lines_and_deep_nesting() {
    let lines: String = (0..10_000)
        .map(|i| if i % 2 == 0 { "学\n" } else { "校\n" })
        .collect();
    let plan = outline::plan(&ingest::from_text("short", &lines).unwrap());
    assert_eq!(plan.items.len(), 10_000);
    let deep = "第一章 总则\n一、总体要求\n(一)指导思想\n1.坚持党的领导\n(1)加强党建\n①建强支部\n一是发展党员。\n——落实三会一课。";
    let plan = outline::plan(&ingest::from_text("deep", deep).unwrap());
    assert_eq!(plan.items.len(), 1);
    assert_eq!(plan.items[0].path, "1/1/(1)/1/(1)/1/1/1");
    assert_eq!(plan.items[0].depth, 8);
}
