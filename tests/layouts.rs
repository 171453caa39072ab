//! Every common layout of a plan, one small text each, written in the style
//! of real plans (the development corpus holds a real example of most): the
//! items a reader expects, their paths and where their text starts.

use eduplans::{ingest, outline, Plan};

fn plan(text: &str) -> Plan {
    outline::plan(&ingest::from_text("t", text).expect("ingest"))
}

/// Each item's path and the first characters of its text.
fn items(p: &Plan, n: usize) -> Vec<(String, String)> {
    p.items
        .iter()
        .map(|i| (i.path.clone(), i.text.chars().take(n).collect()))
        .collect()
}

/// The first characters of each item, from [`items`].
fn starts(items: &[(String, String)]) -> Vec<&str> {
    items.iter().map(|(_, t)| t.as_str()).collect()
}

/// The items of `p` (their first `n` characters, from [`items`]), having
/// asserted that some item starts with each of `wants`.
fn items_starting(p: &Plan, n: usize, wants: &[&str]) -> Vec<(String, String)> {
    let got = items(p, n);
    let starts = starts(&got);
    for want in wants {
        assert!(starts.contains(want), "no item starts {want}: {got:?}");
    }
    got
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn meeting_news_with_yi_yao_clauses() {
    let p = plan(
        "3月2日,某县召开2024年全县教育工作会议。县委副书记出席会议并讲话。\n\
         会议指出,2023年全县教育工作取得新成效。\n\
         会议强调,2024年要突出重点。一要加强党的建设,落实全面从严治党责任;二要推进校园足球,新建足球场5块;三要加强师德师风建设。\n\
         会议要求,各校要抓好落实。",
    );
    assert_eq!(
        items(&p, 4),
        pairs(&[
            ("preamble/1", "3月2日"),
            ("preamble/2", "会议指出"),
            ("preamble/3", "会议强调"),
            ("1", "加强党的"),
            ("2", "推进校园"),
            ("3", "加强师德"),
            ("preamble/4", "会议要求"),
        ])
    );
}

#[test]
fn unnumbered_requirements_and_parallel_focus_clauses() {
    let p = plan(
        "会议要求,全县教育系统要认真学习。要抓好党风廉政建设,开展警示教育。要抓实规范办学。要科学谋划学校布局,改善办学条件。\n\
         会议强调,新的一年要聚焦立德树人,加强德育;聚焦质量提升,深化课程改革;聚焦安全稳定,守住校园安全底线。",
    );
    items_starting(
        &p,
        4,
        &[
            "要抓好党",
            "要抓实规",
            "要科学谋",
            "聚焦立德",
            "聚焦质量",
            "聚焦安全",
        ],
    );
}

#[test]
fn dash_bullets_of_every_width() {
    for dash in ["——", "---", "—"] {
        let p = plan(&format!(
            "一、基本原则\n{dash}坚持育人为本。发挥体育育人功能。\n{dash}坚持面向全体。让每个学生参加锻炼。\n二、主要任务\n1.开齐开足体育课。"
        ));
        assert_eq!(
            items(&p, 4),
            pairs(&[
                ("1/1", "坚持育人"),
                ("1/2", "坚持面向"),
                ("2/1", "开齐开足")
            ]),
            "dash {dash}"
        );
    }
}

#[test]
fn flat_list_and_half_bracket_sub_points() {
    let p = plan("1.新建幼儿园3所。\n2.改造校舍1万平方米。\n3.推进集团化办学:1)组建教育集团5个;2)推进城乡结对。");
    let got = items(&p, 4);
    assert_eq!(got[0], ("1".to_string(), "新建幼儿".to_string()));
    assert_eq!(got[1], ("2".to_string(), "改造校舍".to_string()));
    assert!(
        got.iter()
            .any(|(p, t)| p.starts_with('3') && t.starts_with("组建教育")),
        "{got:?}"
    );
}

#[test]
fn headings_run_into_their_text_and_page_counters_inside_a_sentence() {
    let p = plan(
        "一、指导思想 全面贯彻党的教育方针,落实立德树人根本任务。\n二、主要任务 (一)推进教育信息化。建设智慧校园,合理设计总体\n- 2 -\n框架,推进数字资源共享。\n(二)加强教师培训。开展全员培训。",
    );
    let got = items(&p, 4);
    assert_eq!(got[0].1, "指导思想", "{got:?}");
    let ict = p
        .items
        .iter()
        .find(|i| i.text.contains("智慧校园"))
        .expect("ict item");
    assert!(ict.text.contains("合理设计总体框架"), "{:?}", ict.text);
    assert!(!ict.text.contains("- 2 -"));
}

#[test]
fn a_cover_notice_and_a_footer_are_chrome_removed_with_their_rule() {
    let doc = ingest::from_text(
        "t",
        "某某市教育局关于印发《某某市2024年教育工作要点》的通知\n各县(市、区)教育局,局属各学校:\n\
         现将《某某市2024年教育工作要点》印发给你们,请结合实际,认真贯彻落实。\n某某市教育局\n2024年2月18日\n\
         某某市2024年教育工作要点\n一、加强党的建设\n1.深入学习贯彻党的二十大精神。\n\
         抄送:市委教育工委。\n某某市教育局办公室 2024年2月18日印发",
    )
    .unwrap();
    let notice: Vec<&str> = doc
        .removed
        .iter()
        .filter(|r| r.rule == ingest::Rule::Notice)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(notice.len(), 3, "{notice:?}");
    assert!(doc
        .removed
        .iter()
        .any(|r| r.rule == ingest::Rule::Footer && r.text.starts_with("抄送")));
    assert!(doc
        .removed
        .iter()
        .any(|r| r.rule == ingest::Rule::Footer && r.text.ends_with("印发")));
    let p = outline::plan(&doc);
    assert_eq!(items(&p, 4), pairs(&[("1/1", "深入学习")]));
}

#[test]
fn a_flattened_box_stays_with_its_item() {
    let p = plan(
        "一、扩大优质资源\n1.实施学前教育扩容工程。新建幼儿园20所。\n专栏1 学前教育扩容工程\n新建幼儿园 20所\n改扩建幼儿园 15所\n新增学位 6000个\n2.推进义务教育优质均衡。",
    );
    let first = p.item("1/1").expect("1/1");
    assert!(first.text.contains("新增学位 6000个"), "{:?}", first.text);
    assert!(p.item("1/2").is_some());
}

#[test]
fn goals_without_numbers_and_a_lead_are_items() {
    let p = plan(
        "一、目标任务\n到2025年,高质量的特殊教育体系初步建立。\n普及程度显著提高,适龄残疾儿童入学率达到97%。教育质量全面提升,课程教材体系基本建立。保障机制进一步完善,经费投入稳步增长。\n二、主要措施\n1.扩大资源。",
    );
    // An item's text opens with its own heading, where it has one.
    let got: Vec<String> = p
        .items
        .iter()
        .map(|i| {
            let h = i.heading.as_deref().unwrap_or("");
            let text = i.text.strip_prefix(h).unwrap_or(&i.text).trim_start();
            text.chars().take(4).collect()
        })
        .collect();
    let starts: Vec<&str> = got.iter().map(String::as_str).collect();
    for want in ["到202", "普及程度", "教育质量", "保障机制", "扩大资源"] {
        assert!(starts.contains(&want), "no item starts {want}: {got:?}");
    }
}

#[test]
fn a_title_run_into_the_first_words_is_no_part_of_the_item() {
    let p = plan(
        "教育信息化 2.0 行动计划 为推进教育现代化建设,发挥信息技术的支撑作用,特制订本行动计划。\n一、指导思想\n全面贯彻党的教育方针。",
    );
    assert_eq!(
        items(&p, 4)[0],
        ("preamble/1".to_string(), "为推进教".to_string())
    );
    // A plan word inside a cited title or a purpose clause is no title.
    let p = plan("全面落实《教育信息化 2.0 行动计划》,推进融合应用。\n一、目标\n建成智慧校园。");
    assert_eq!(items(&p, 4)[0].1, "全面落实");
}

#[test]
fn tasks_one_sentence_a_line_under_a_heading() {
    let p = plan(
        "“十四五”时期任务\n建设人民满意的现代化教育强县,布局“未来学校”,推进职业教育改革。\n\
         2021年重点工作\n加快樱花中学等公共服务设施建设。\n实现学前三年毛入园率达99%以上。\n探索发展0-3岁托幼服务模式。\n实现公办中小学校空调配备全覆盖。\n校对:某某\n审核:某某",
    );
    items_starting(&p, 4, &["加快樱花", "实现学前", "探索发展", "实现公办"]);
    assert!(p.items.iter().all(|i| !i.text.contains("校对")));
}

#[test]
fn a_news_page_run_into_one_line_with_a_reported_list() {
    let p = plan(
        "某市今年将扩容学位1万个。 在开幕式上,市长代表市政府作政府工作报告。报告表示,今年将新建幼儿园35所;\
         完善中小学布局,新建中小学30所;大力发展职业教育;支持发展特殊教育。 同时,还将建成文化宫。",
    );
    let got = items(&p, 4);
    let starts = starts(&got);
    assert_eq!(
        starts,
        [
            "某市今年",
            "在开幕式",
            "今年将新",
            "完善中小",
            "大力发展",
            "支持发展",
            "同时,还"
        ],
        "{got:?}"
    );
}

#[test]
fn a_heading_run_into_its_text_with_a_space_stays_with_it() {
    let p = plan(
        "某区增强“三个意识”做好教育工作\n\
         一是增强大局意识。 围绕中心工作,加快推进城乡一体化。\n\
         二是增强重点意识。 加快建成龙东小学,拟建设5所公办幼儿园。",
    );
    let got = items(&p, 4);
    let starts = starts(&got);
    assert_eq!(starts, ["增强大局", "增强重点"], "{got:?}");
    assert!(p.items[0].text.contains("城乡一体化"), "{got:?}");
}

#[test]
fn bullets_under_a_speaker_line_of_a_news_report() {
    let p = plan(
        "9月9日,某区召开教育工作座谈会。区委书记出席并讲话,强调要奋力建设教育强区,推动全区教育事业再上新台阶。\n\
         书记指出\n\
         •教育是百年大计,再怎么重视也不为过。要全面落实立德树人根本任务。\n\
         •教育是民生事业,再怎么尽心也不为过。要以改革创新提高队伍建设质效。\n\
         区长要求\n\
         •要及时传达学习,统一思想。\n\
         •要加强协同配合,营造尊师重教良好氛围。\n\
         座谈会上,教师代表作了交流发言。",
    );
    items_starting(
        &p,
        5,
        &[
            "•教育是百",
            "•教育是民",
            "•要及时传",
            "•要加强协",
            "座谈会上,",
        ],
    );
}

/// Clauses that open with `聚焦` are a list even where commas join them;
/// the words that announce the first stay in the lead.
#[test]
fn focuses_joined_by_commas_are_a_list() {
    let p = plan(
        "4月22日,某县召开教育工作会议。\n\
         书记强调,要推动教育工作各项任务落地见效。重点做好聚焦强基固本,全面加强党的建设,聚焦立德树人,\
         铸牢共同体意识,要聚焦提质培优,增强职业教育适应性,聚焦夯实基础,提升保障水平。书记要求,抓好落实。",
    );
    items_starting(
        &p,
        4,
        &[
            "书记强调",
            "聚焦强基",
            "聚焦立德",
            "要聚焦提",
            "聚焦夯实",
            "书记要求",
        ],
    );
}

/// A reported paragraph of sentences that each open with a short clause
/// naming a measure is a list of them.
#[test]
fn reported_headed_measures_are_a_list() {
    let p = plan(
        "日前,某市印发美育工作方案。\n\
         《方案》要求,加强组织领导,各县要将美育纳入议事日程。强化条件保障,各县要统筹相关经费。强化督导评估,各县要将实施成效纳入考核。",
    );
    items_starting(&p, 4, &["加强组织", "强化条件", "强化督导"]);
}

#[test]
fn two_duties_announced_by_a_report_are_a_list() {
    let p = plan(
        "3月2日,某县召开教育工作领导小组会议。\n\
         会议要求,要认真抓好校园安全工作。全面整改校园安全隐患。要全面整治校园周边环境。定期组织联合执法。\n\
         全县各学校要抓好落实。全县各学校要按时上报。",
    );
    let got = items_starting(&p, 4, &["要认真抓", "要全面整"]);
    let unannounced = starts(&got).iter().filter(|s| **s == "全县各学").count();
    assert_eq!(unannounced, 1, "two duties unannounced stay whole: {got:?}");
}

/// The clause of report may open the paragraph's first sentence and the
/// duties follow in sentences of their own.
#[test]
fn duties_after_a_reported_sentence_are_a_list() {
    let p = plan(
        "某市召开2025年教育工作会议。\n\
         会议强调,2025年,全市教育系统将锚定一个目标,加快建设教育强市。教育系统要坚持分类施策,构建协调发展的教育体系;要抓住关键环节,打造高素质的教师队伍。",
    );
    items_starting(&p, 3, &["会议强", "教育系", "要抓住"]);
}

/// The first of parallel clauses may follow the words that announce them
/// in its sentence (`…工作,即突出…;突出…;`).
#[test]
fn the_first_clause_after_its_announcement_is_a_member() {
    let p = plan(
        "某县召开教育系统干部大会。\n\
         局长强调今年要重点做好三个方面的工作,即突出均衡发展,全面推进各类教育;突出素质教育,着力提高教育质量;突出改革创新,着力增强发展活力。",
    );
    items_starting(&p, 4, &["局长强调", "突出均衡", "突出素质", "突出改革"]);
}

/// A reported paragraph's first duty may follow a clause of context
/// (`会议指出,围绕…工作,要…;要…;`).
#[test]
fn the_first_duty_after_a_context_clause_is_a_member() {
    let p = plan(
        "某市召开教育工作会议。\n\
         会议指出,围绕加快补齐短板,办好人民满意教育工作,要进一步提升政治站位;要进一步突出重点难点,持续改善办学条件;要进一步强化责任担当,扎实落实每一项工作任务。",
    );
    let got = items_starting(&p, 4, &["会议指出", "要进一步"]);
    let duties = starts(&got).iter().filter(|s| **s == "要进一步").count();
    assert_eq!(duties, 3, "{got:?}");
}

#[test]
fn duties_inside_a_clause_are_a_list_of_their_own() {
    let p = plan(
        "某区召开2024年度教育工作会议。\n\
         副区长强调:一是提高站位,建设教育强区。要紧紧围绕发展战略谋划工作。二是提高教学质量,办出特色。\
         三是狠抓安全法治工作,打造安全校园。一要强化校园安全,常讲常新。二要确保信访稳定,强化矛盾化解。\
         四是加强队伍建设,锻造过硬队伍。",
    );
    let got = items_starting(
        &p,
        4,
        &[
            "提高站位",
            "提高教学",
            "狠抓安全",
            "强化校园",
            "确保信访",
            "加强队伍",
        ],
    );
    let duty = got
        .iter()
        .find(|(_, t)| t == "强化校园")
        .map(|(p, _)| p.as_str());
    assert_eq!(duty, Some("3/1"), "{got:?}");
}

/// A paragraph opened by a label of goals (`预期目标:`) is one item, its
/// `；` clauses goals of one paragraph; a colon after other short words
/// (`七个方面包括:`) announces a list.
#[test]
fn a_labelled_goal_paragraph_is_one_item_and_an_announcement_a_list() {
    let goals = plan(
        "某市2018年教育工作要点\n\
         预期目标:2018年,全市学前教育三年毛入园率达88%;九年义务教育巩固率达96%;高中阶段毛入学率为90.5%;适龄残疾儿童少年入学率达到97%。\n\
         一、加强党的建设\n1.抓好学习贯彻。深入学习党的二十大精神。\n",
    );
    let got = items(&goals, 4);
    assert_eq!(starts(&got)[..2], ["预期目标", "抓好学习"], "{got:?}");
    let announced = plan(
        "某县召开教育工作会议。\n\
         会议强调,今年工作在七个方面发力。七个方面包括:加强党的建设;推进学前教育普惠发展;推动义务教育优质均衡;办好特殊教育。\n",
    );
    items_starting(
        &announced,
        4,
        &["加强党的", "推进学前", "推动义务", "办好特殊"],
    );
}

/// A reported paragraph whose last duty follows a clause of its own
/// (`今年高考是…大事,要…`) is one statement; duties that each open a
/// sentence, whatever their members' own sentences say, are a list.
#[test]
fn a_duty_after_a_clause_of_its_own_keeps_the_paragraph_whole() {
    let whole = plan(
        "某市召开教育工作会议。\n\
         会议强调,要毫不动摇提升政治站位,始终坚持把教育放在优先发展的战略位置。要凝神聚力攻克重点难点,推进义务教育优质均衡。要有的放矢确保工作落实,加快推动教育高质量发展。今年高考是全市的一件大事,要本着对考生负责的态度,确保高考平稳顺利。\n",
    );
    let got = items(&whole, 4);
    assert!(
        starts(&got).contains(&"会议强调") && got.len() == 2,
        "{got:?}"
    );
    let listed = plan(
        "某县召开教育工作会议。\n\
         会议要求,要认真抓好校园安全工作。全面整改校园安全隐患,认真落实整改责任。要全面整治校园周边环境。校园周边环境整治工作领导小组要积极发挥作用,定期联合执法。要加强师德师风建设。开展师德专题教育。\n",
    );
    items_starting(&listed, 4, &["要认真抓", "要全面整", "要加强师"]);
}
