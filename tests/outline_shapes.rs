//! The outline on plan shapes the bundled plans do not show: other markers,
//! bullets, tables of contents, no outline at all.

use eduplans::{ingest, outline, Plan, WarningKind};

fn plan(text: &str) -> Plan {
    outline::plan(&ingest::from_text("t", text).expect("ingest"))
}

fn paths(p: &Plan) -> Vec<&str> {
    p.items.iter().map(|i| i.path.as_str()).collect()
}

#[test]
fn ascii_brackets_arabic_brackets_and_circled_numbers() {
    let p = plan(
        "一、总体要求\n(一)指导思想。坚持立德树人。\n(二)工作目标。到2025年建成教育强市。\n\
         二、主要任务\n(一)推进学前教育。\n（1）扩大普惠资源。新建幼儿园10所。\n（2）提高保教质量。开展保教视导。\n\
         (二)推进义务教育。\n①优化学校布局。调整农村学校。\n②加强学籍管理。规范转学。",
    );
    assert_eq!(
        paths(&p),
        [
            "1/(1)",
            "1/(2)",
            "2/(1)/(1)",
            "2/(1)/(2)",
            "2/(2)/1",
            "2/(2)/2"
        ]
    );
    assert_eq!(p.items[0].heading.as_deref(), Some("指导思想"));
    assert_eq!(
        p.items[2].sections[1].heading.as_deref(),
        Some("推进学前教育")
    );
    assert!(p.warnings.is_empty());
}

#[test]
fn dash_bullets_and_ordinal_clauses() {
    let p = plan(
        "一、重点工作\n第一，加强党的建设。落实主体责任。\n第二，推进综合改革。完善评价机制。\n\
         二、保障措施\n——加强组织领导。成立领导小组。\n——强化经费保障。落实两个只增不减。",
    );
    assert_eq!(paths(&p), ["1/1", "1/2", "2/1", "2/2"]);
    assert_eq!(p.items[3].heading.as_deref(), Some("强化经费保障"));
}

#[test]
fn chapters_and_articles() {
    let p = plan("第一章 总则\n第一条 为了规范办学行为,制定本办法。\n第二条 本办法适用于全市中小学。\n第二章 管理\n第三条 学校应当依法办学。");
    assert_eq!(paths(&p), ["1/1", "1/2", "2/3"]);
}

#[test]
fn numbers_inside_sentences_do_not_open_items() {
    let p = plan("1.开展活动。组织小学一、二年级和三、四年级学生参加(二)类活动。\n2.加强管理。落实1.5倍配置标准。");
    assert_eq!(paths(&p), ["1", "2"]);
    assert!(p.items[0].text.contains("三、四年级"));
}

#[test]
fn parts_run_together_on_one_line() {
    let p = plan("为推进教育发展,特制定本方案。一、总体要求(一)指导思想。坚持立德树人。(二)工作目标。到2025年建成教育强市。二、主要任务(一)推进改革。一是深化评价改革。完善评价体系。二是深化督导改革。健全督导机制。(二)提高质量。加强课程建设。");
    assert_eq!(
        paths(&p),
        [
            "preamble/1",
            "1/(1)",
            "1/(2)",
            "2/(1)/1",
            "2/(1)/2",
            "2/(2)"
        ]
    );
    assert_eq!(p.items[3].heading.as_deref(), Some("深化评价改革"));
}

#[test]
fn a_table_of_contents_is_not_items() {
    let p = plan("目录\n一、总体要求……………1\n二、主要任务……………3\n三、保障措施……………8");
    assert!(p.items.is_empty());
    assert!(p.warnings.iter().any(|w| w.kind == WarningKind::NoItems));
    let p = plan("目录\n一、总体要求……1\n二、主要任务……3\n一、总体要求\n坚持立德树人,办好人民满意的教育。\n二、主要任务\n推进学校建设,新建学校5所。");
    assert_eq!(paths(&p), ["1", "2"]);
}

#[test]
fn text_without_markers_becomes_paragraph_items_with_a_warning() {
    let p = plan("今年全市将新建幼儿园10所,扩大普惠资源。\n加强教师队伍建设,招聘教师200名。\n推进智慧校园建设,实现班班通全覆盖。");
    assert_eq!(paths(&p), ["1", "2", "3"]);
    assert!(p.warnings.iter().any(|w| w.kind == WarningKind::NoOutline));
}

#[test]
fn newspaper_sub_headings_without_districts() {
    let p = plan(
        "导语:今年,某市教育系统将锚定目标,办好人民满意的教育。\n\n\
         加强党的领导\n\n坚持党建引领,推进清廉学校建设,新增示范点3个。\n\n\
         扩大优质资源\n\n新建学校5所,新增学位2000个。推进集团化办学。",
    );
    assert_eq!(paths(&p), ["preamble/1", "1", "2"]);
    assert_eq!(p.items[2].heading.as_deref(), Some("扩大优质资源"));
}

#[test]
fn item_spans_point_into_the_clean_text() {
    let p = plan("一、总体要求\n1.深入学习。开展学习活动。\n2.加强党建。落实责任。");
    for item in &p.items {
        let text: String = p
            .text
            .chars()
            .skip(item.span.start)
            .take(item.span.end - item.span.start)
            .collect();
        assert_eq!(text, item.text);
    }
}

#[test]
fn paths_are_unique_where_labels_repeat() {
    // A bullet and a point, or a point and a section, both numbered 1 at the
    // top; a label written twice in one goal block. Each item has its own
    // path, so that targets and tables point at one item.
    let p = plan("——加强党建。落实责任。\n1.推进改革。完善机制。");
    assert_eq!(paths(&p), ["1", "1#2"]);
    let p = plan("1.加强党建。落实责任。\n一、推进改革\n1.完善机制。健全制度。");
    assert_eq!(paths(&p), ["1", "1#2/1"]);
    assert_eq!(p.items[1].sections[0].path, "1#2");
    let p = plan("一、总体要求\n总体目标：到2025年建成教育强市。具体目标：新建学校5所。总体目标：办好人民满意的教育。\n二、任务\n1.推进改革。完善机制。");
    assert_eq!(
        paths(&p),
        ["1/总体目标", "1/具体目标", "1/总体目标#2", "2/1"]
    );
    assert_eq!(p.items[2].heading.as_deref(), Some("总体目标"));
    // A target names the item it stands in, not the first of that number.
    let doc = ingest::from_text(
        "t",
        "一、加强党建。落实责任。\n第一章 学前教育\n新建幼儿园20所。",
    )
    .unwrap();
    let coded = eduplans::code::Coder::reference().code(&outline::plan(&doc));
    let target = &coded.targets[0];
    let item = coded
        .items
        .iter()
        .find(|i| i.item.path == target.path)
        .unwrap();
    assert!(item.item.text.contains("新建幼儿园20所"), "{}", target.path);
}

#[test]
fn numbered_points_are_never_signatures_or_furniture() {
    let p = plan(
        "一、重点工作\n1.加强组织领导。成立工作专班。\n2.健全家长委员会\n各校成立家长委员会,参与学校管理。\n\
         3.畅通举报渠道\n公开监督电话,及时回应诉求。\n4.强化技术支持\n建设数据平台,提供运维保障。",
    );
    assert_eq!(paths(&p), ["1/1", "1/2", "1/3", "1/4"]);
    assert_eq!(p.items[1].heading.as_deref(), Some("健全家长委员会"));
    assert_eq!(p.items[3].heading.as_deref(), Some("强化技术支持"));
}

#[test]
fn text_before_labelled_goals_is_kept() {
    let p = plan("一、发展目标\n到2025年,学前三年毛入园率达到95%,新建幼儿园30所。总体目标:建成教育强市。具体目标:普及水平更高。");
    assert_eq!(paths(&p), ["1/0", "1/总体目标", "1/具体目标"]);
    assert!(p.items[0].text.contains("新建幼儿园30所"));
}

#[test]
fn every_issuing_organ_closes_the_outline_as_a_signature() {
    for organ in [
        "某某县教育和体育局",
        "某某市文教局",
        "中共某某市委教育工作委员会",
    ] {
        let p = plan(&format!(
            "一、重点工作\n1.加强组织领导。成立工作专班。\n2.推进校园足球。\n{organ}\n2023年3月15日"
        ));
        assert_eq!(paths(&p), ["1/1", "1/2"], "{organ}");
        assert!(
            !p.items[1].text.contains(organ),
            "{organ}: {}",
            p.items[1].text
        );
    }
}

/// A list announced in a sentence that reports a speaker, after a comma
/// that no verb of report stands right before, is a list all the same.
#[test]
fn a_list_in_a_reported_sentence() {
    let p = plan(
        "某区召开教育工作会议\n会议总结了去年工作。局长强调要认真落实会议精神,一要加强党建;二要优化学校布局;三要建强教师队伍。希望大家开拓创新。\n副区长作了讲话。",
    );
    let texts: Vec<&str> = p.items.iter().map(|i| i.text.as_str()).collect();
    assert!(
        texts.iter().any(|t| t.starts_with("优化学校布局")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.starts_with("建强教师队伍")),
        "{texts:?}"
    );
}

/// Circled numbers run into a paragraph end with it: the next paragraph is
/// not a part of the last of them.
#[test]
fn circled_numbers_in_a_paragraph_end_with_it() {
    let p = plan(
        "某区教育发展规划\n当前教育仍有差距。主要表现在:①学位不足;②学校布局有待优化。\n主要目标:\n到2025年,新建学校10所。",
    );
    let last = p
        .items
        .iter()
        .find(|i| i.text.starts_with("学校布局"))
        .expect("the second clause is an item");
    assert!(!last.text.contains("2025"), "{:?}", last.text);
    assert!(p.items.iter().any(|i| i.text.contains("新建学校10所")));
}

/// Clauses ended by `；` after a short announcement with a colon are a list,
/// as after a clause of report.
#[test]
fn a_list_announced_by_a_colon() {
    let p = plan(
        "某市召开教育工作会议\n会议强调,今年全市教育系统将在三个方面发力。三个方面包括:坚持立德树人;推进学校建设;加强教师队伍建设。",
    );
    let texts: Vec<&str> = p.items.iter().map(|i| i.text.as_str()).collect();
    for clause in ["坚持立德树人", "推进学校建设", "加强教师队伍建设"] {
        assert!(texts.iter().any(|t| t.starts_with(clause)), "{texts:?}");
    }
}
