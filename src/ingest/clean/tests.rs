use super::*;

#[test]
fn random_strings_before_a_line_are_removed_and_markers_kept() {
    assert_eq!(scramble_prefix("xZbiEDU Lg6;FbY? 近期,百色市"), Some(17));
    assert_eq!(scramble_prefix("VINb9W}G[ (2)右江区"), Some(10));
    for kept in [
        "STEM 教育",
        "1. 加强党建",
        "(1) 新建学校",
        "http://www.a.com/index.html 首页",
        "WiFi 全覆盖",
        "A12所学校",
        "Lg6;FbY?",
    ] {
        assert_eq!(scramble_prefix(kept), None, "{kept}");
    }
}

fn run(text: &str) -> (String, Vec<Removal>) {
    let mut removed = Vec::new();
    let c = clean(super::super::normalize::lines(text), &mut removed);
    assert!(c.paragraphs().eq(c.text.lines()), "{text}");
    (c.text, removed)
}

#[test]
fn a_headline_stands_apart_from_the_lead_below_its_source_line() {
    let page = "某某网 > 某地新闻 > 正文\n某市发布课后服务收费标准 学习日课后服务时段,每生每课时2元\n来源:某某晚报 2021-11-08 16:38\n昨日,记者从市教育局了解到,《某市中小学课后服务工作实施方案》于日前正式出台。";
    let (text, removed) = run(page);
    assert_eq!(
        text,
        "某市发布课后服务收费标准 学习日课后服务时段,每生每课时2元\n昨日,记者从市教育局了解到,《某市中小学课后服务工作实施方案》于日前正式出台。"
    );
    assert_eq!(removed[0].rule, Rule::Navigation);
}

#[test]
fn web_page_furniture_removed() {
    let page = "学校新闻\n更多...\n当前位置:首页>新闻\n某市教育局2020年工作要点\n日期:2020-01-02 阅读量:12\n一、总体要求\n1.加强党建。办好教育。\n上一篇:某某\n某某学校\n版权所有 某某学校 地址:某路1号 电话:0371-1234567";
    let (text, removed) = run(page);
    assert_eq!(
        text,
        "某市教育局2020年工作要点\n一、总体要求\n1.加强党建。办好教育。"
    );
    let rules: Vec<Rule> = removed.iter().map(|r| r.rule).collect();
    assert_eq!(
        rules,
        [
            Rule::Navigation,
            Rule::Navigation,
            Rule::Navigation,
            Rule::Byline,
            Rule::Footer,
            Rule::Footer,
            Rule::Footer
        ]
    );
}

#[test]
fn page_counters_and_file_names() {
    for line in [
        "第1页 / 共15页",
        "共 15 页",
        "- 3 -",
        "2024年03月08日 第06版:教育周刊",
        "第6版",
        "方案.DOCX_第2页 ",
    ] {
        assert!(is_page_counter(line), "{line}");
    }
    for line in ["加强党建", "第六版", "共青团", "第1页 要点", "-", "推进-"] {
        assert!(!is_page_counter(line), "{line}");
    }
    assert!(is_file_name("实施方案.Docx") && is_file_name("要点.pdf"));
    assert!(!is_file_name("docx") && !is_file_name("方案.docx 下载"));
}

#[test]
fn prose_mentioning_furniture_words_is_kept() {
    let (text, removed) = run("1.开通家长服务电话:12345,公布学校地址。\n2.加强版权所有意识教育。");
    assert!(removed.is_empty());
    assert!(text.contains("电话"));
}

#[test]
fn chunk_numbers_removed_and_sentences_rejoined() {
    let filler = "坚持以人民为中心发展教育,加快建设高质量教育体系,办好人民满意的教育。".repeat(3);
    let chunks = [
        format!("1、一、总体要求为深入贯彻落实市委部署要求。{filler}持续提"),
        format!("2、升教育满意度和辐射力。二、主要任务{filler}推进教育"),
        format!("3、现代化建设,{filler}办好人民满意的教"),
        "4、育。".to_string(),
    ];
    let (out, removed) = run(&chunks.join("\n\n"));
    let expected: String = chunks
        .iter()
        .map(|c| c.split_once('、').unwrap().1)
        .collect();
    assert_eq!(out, expected);
    assert_eq!(removed.len(), 4);
}

#[test]
fn real_outline_numbers_survive() {
    let text =
        "一、重点任务\n1、加强党建。落实责任。\n2、推进改革。完善机制。\n3、保障安全。加强管理。";
    let (out, removed) = run(text);
    assert_eq!(out, text);
    assert!(removed.is_empty());
}

#[test]
fn a_headline_or_paragraph_printed_again_is_removed() {
    let body = "会议强调,要坚持立德树人根本任务,深化教育教学改革,全面提升教育质量,办好人民满意的教育,为全县经济社会发展提供有力支撑。";
    let text = format!(
        "某市政府要建设113所公办幼儿园 有你家附近吗?\n新建幼儿园1所。\n{body}\n某市政府要建设113所公办幼儿园 有你家附近吗?\n新建幼儿园1所。\n{body}"
    );
    let (out, removed) = run(&text);
    assert_eq!(
        out,
        format!(
            "某市政府要建设113所公办幼儿园 有你家附近吗?\n新建幼儿园1所。\n{body}\n新建幼儿园1所。"
        )
    );
    assert_eq!(removed.iter().filter(|r| r.rule == Rule::Repeat).count(), 2);
}

#[test]
fn captions_removed_and_cut_words_rejoined() {
    let text = "导语段落,今年全市教育工作会议提出要办好人民满意的教育。\n\n某某区\n\n加强党的领导\n\n推进学校建设,新开镇兴路中学、秋实学校、列子学校等5所学校,加快幼\n\n\n\n某某小学学生展示活动\n\n儿园装修进度,确保年内招生。\n\n\n\n某某学校学生快乐成长";
    let (out, removed) = run(text);
    assert_eq!(
        out,
        "导语段落,今年全市教育工作会议提出要办好人民满意的教育。\n某某区\n加强党的领导\n推进学校建设,新开镇兴路中学、秋实学校、列子学校等5所学校,加快幼儿园装修进度,确保年内招生。"
    );
    assert_eq!(
        removed.iter().filter(|r| r.rule == Rule::Caption).count(),
        2
    );
}

#[test]
fn a_watermark_after_a_paragraph_is_removed() {
    let s = "丁一芸出席会议。x0R福鼎新闻网|今日福鼎|福鼎新闻信息权威发布平台";
    assert_eq!(watermark_suffix(s), Some("丁一芸出席会议。".len()));
    for kept in [
        "丁一芸出席会议。",
        "出席会议。福鼎新闻网|今日福鼎",
        "学段|学校数|在校生,见下表。",
        "会议指出,要提升站位。一是A|B|C,二是D。",
    ] {
        assert_eq!(watermark_suffix(kept), None, "{kept}");
    }
}

#[test]
fn a_pages_bulleted_fields_are_furniture() {
    let mut removed = Vec::new();
    let text = "某区教育项目集中开工\n\n  • 时间:\n  • 浏览:243\n  • 来源:某某网\n\n6月29日,某区举行教育项目集中开工仪式。";
    let lines = crate::ingest::normalize::lines(text);
    let _ = clean(lines, &mut removed);
    let rules: Vec<Rule> = removed.iter().map(|r| r.rule).collect();
    assert_eq!(
        rules,
        [Rule::Byline, Rule::Byline, Rule::Byline],
        "{removed:?}"
    );
    assert!(is_date_field("日期：2021-06-30 10:21"));
    assert!(!is_date_field("时间:抓紧推进"));
    assert!(!is_date_field("• 加强来源管理"));
}
