//! Plans the library has never seen: other cities, counties and districts,
//! other sites and other ways of breaking a plan, written in the style of
//! real local education documents. Each test asserts what a careful
//! researcher reading the page expects: every plan sentence kept, site
//! furniture removed, items where the plan has them, metadata right or `None`.

use eduplans::ingest::{self, Date, Document, Encoding, Kind, Level, Period, Rule, Script};
use eduplans::{outline, Plan};

// ---------------------------------------------------------------------------
// Helpers.

fn read(id: &str, text: &str) -> Document {
    ingest::from_text(id, text).unwrap_or_else(|e| panic!("{id}: {e}"))
}

fn paths(p: &Plan) -> Vec<&str> {
    p.items.iter().map(|i| i.path.as_str()).collect()
}

#[track_caller]
fn item<'p>(p: &'p Plan, path: &str) -> &'p eduplans::Item {
    p.item(path)
        .unwrap_or_else(|| panic!("no item {path}; items are {:?}", paths(p)))
}

#[track_caller]
fn heading<'p>(p: &'p Plan, path: &str) -> Option<&'p str> {
    item(p, path).heading.as_deref()
}

/// Every line of `raw` that holds a full stop is plan prose: it must be in
/// the clean text, whole, and nothing of it among the removed lines.
#[track_caller]
fn assert_sentences_kept(doc: &Document, raw: &str) {
    for line in raw
        .lines()
        .map(|l| l.trim_matches([' ', '\u{3000}', '\t', '\r']))
    {
        let notice = doc
            .removed
            .iter()
            .any(|r| r.rule == Rule::Notice && r.text.trim() == line);
        if line.contains('。') && !notice {
            assert!(
                doc.text.contains(line),
                "plan sentence lost from the text: {line}\n--- text ---\n{}",
                doc.text
            );
        }
    }
    for r in &doc.removed {
        assert!(
            !r.text.contains('。') || matches!(r.rule, Rule::Reading | Rule::Notice),
            "a sentence was removed as {:?}: {}",
            r.rule,
            r.text
        );
    }
}

/// Each piece of furniture is gone from the text and kept among the removals.
#[track_caller]
fn assert_furniture_removed(doc: &Document, furniture: &[&str]) {
    for f in furniture {
        assert!(
            !doc.text.contains(f),
            "furniture left in the text: {f}\n--- text ---\n{}",
            doc.text
        );
        assert!(
            doc.removed.iter().any(|r| r.text.contains(f)),
            "furniture not recorded as removed: {f}"
        );
    }
}

fn date(year: u16, month: u8, day: u8) -> Option<Date> {
    Some(Date { year, month, day })
}

fn years(start: u16, end: u16) -> Option<Period> {
    Some(Period { start, end })
}

// ---------------------------------------------------------------------------
// 1. A prefecture-level city's work points on its government website: menu
//    scraped one item a line, breadcrumb, header block, font-size bar,
//    full-width punctuation and `1．` points numbered through the sections,
//    and a footer of which the address part ran into one long line.

const LUOYANG: &str = r#"洛阳市教育局
首页
机构概况
政务公开
规划计划
教育动态
办事服务
互动交流
您当前的位置：首页 > 政务公开 > 通知公告
索引号：11410300005184912K/2023-00015　　主题分类：教育
发布机构：洛阳市教育局　　成文日期：2023年02月20日
发文字号：洛教〔2023〕5号　　发布日期：2023年02月22日
【字体：大 中 小】　　打印　　关闭

洛阳市教育局2023年工作要点

　　2023年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，全面落实立德树人根本任务，以建设教育强市为目标，以深化改革为动力，奋力推动全市教育高质量发展，为加快建设中原城市群副中心城市提供坚实的人才支撑。

　　一、坚持党建引领，筑牢教育发展根基
　　1．强化理论武装。健全市教育局党组理论学习中心组学习制度，分级分类开展党员干部专题培训，全年培训2000人次以上。
　　2．加强基层党组织建设。全面推进中小学校党组织领导的校长负责制，创建市级党建工作示范学校30所。
　　3．深化全面从严治党。持续推进清廉学校建设，严肃查处违反师德规范行为，驰而不息纠治“四风”。
　　二、扩大优质资源，促进教育公平
　　4．推进学前教育普惠发展。新建改扩建公办幼儿园25所，新增普惠性学位6000个，普惠性幼儿园覆盖率稳定在90%以上。
　　5．推动义务教育优质均衡。新建改扩建中小学校18所，新增学位1.2万个；组建城乡学校共同体，实现乡村学校全覆盖。
　　6．促进普通高中多样化发展。加快2所新建普通高中建设，力争省级特色高中达到5所。
　　三、深化教育改革，激发办学活力
　　7．深化教育评价改革。落实县域义务教育质量评价指南，开展义务教育质量监测。
　　8．巩固“双减”工作成果。提升课后服务质量，持续规范校外培训机构，确保课后服务覆盖率保持100%。
　　四、强化支撑保障，营造良好发展环境
　　9．加强教师队伍建设。招聘中小学教师1000名，实施“河洛名师”培养工程，开展教师全员培训。
　　10．筑牢校园安全防线。落实校园安全工作责任制，常态化开展安全隐患排查整治，创建平安校园。

扫一扫在手机打开当前页
【打印本页】　　【关闭窗口】
网站地图 | 联系我们 | 隐私声明
主办单位：洛阳市教育局　承办单位：洛阳市教育信息化管理中心　地址：洛阳市洛龙区开元大道218号　邮编：471000　联系电话：0379-63928888　网站标识码：4103000012　豫ICP备05012345号-1　豫公网安备41031102000123号
"#;

#[test]
fn luoyang_government_page_furniture_is_removed() {
    let doc = read("luoyang-2023", LUOYANG);
    assert_sentences_kept(&doc, LUOYANG);
    assert_furniture_removed(
        &doc,
        &[
            "机构概况",
            "规划计划",
            "您当前的位置",
            "索引号",
            "发文字号",
            "【字体：大 中 小】",
            "扫一扫在手机打开当前页",
            "【打印本页】",
            "网站地图",
            "主办单位",
            "豫ICP备05012345号-1",
        ],
    );
    assert!(
        doc.text.starts_with("洛阳市教育局2023年工作要点\n"),
        "{}",
        doc.text
    );
    assert!(doc.text.ends_with("创建平安校园。"), "{}", doc.text);
}

#[test]
fn luoyang_metadata() {
    let doc = read("luoyang-2023", LUOYANG);
    let m = &doc.meta;
    assert_eq!(m.title.as_deref(), Some("洛阳市教育局2023年工作要点"));
    assert_eq!(m.issuer.as_deref(), Some("洛阳市教育局"));
    assert_eq!(m.doc_number.as_deref(), Some("洛教〔2023〕5号"));
    assert_eq!(m.published, date(2023, 2, 20));
    assert_eq!(m.period, years(2023, 2023));
    assert_eq!(m.kind, Some(Kind::WorkPoints));
    assert_eq!(m.jurisdiction.province.as_deref(), Some("河南省"));
    assert_eq!(m.jurisdiction.city.as_deref(), Some("洛阳市"));
    assert_eq!(
        m.jurisdiction.district, None,
        "洛龙区 is only the site's address"
    );
    assert_eq!(m.level, Some(Level::Prefecture));
}

#[test]
fn luoyang_items() {
    let p = outline::plan(&read("luoyang-2023", LUOYANG));
    assert_eq!(
        paths(&p),
        [
            "preamble/1",
            "1/1",
            "1/2",
            "1/3",
            "2/4",
            "2/5",
            "2/6",
            "3/7",
            "3/8",
            "4/9",
            "4/10"
        ]
    );
    assert!(item(&p, "preamble/1")
        .text
        .starts_with("2023年全市教育工作的总体要求是"));
    assert_eq!(heading(&p, "1/1"), Some("强化理论武装"));
    assert_eq!(heading(&p, "2/4"), Some("推进学前教育普惠发展"));
    assert_eq!(heading(&p, "3/8"), Some("巩固“双减”工作成果"));
    assert_eq!(
        item(&p, "2/5").sections[0].heading.as_deref(),
        Some("扩大优质资源，促进教育公平")
    );
    assert_eq!(
        item(&p, "4/10").text,
        "筑牢校园安全防线。落实校园安全工作责任制，常态化开展安全隐患排查整治，创建平安校园。"
    );
}

// ---------------------------------------------------------------------------
// 2. A county's implementation plan: 指导思想 paragraph, goals as （一）总体目标
//    （二）具体目标, tasks as （一） sub-sections with `1.` points restarting
//    in each, safeguards as （一） sections without points, then an 附件 line
//    and the signature block.

const ANJI: &str = r#"安吉县推进义务教育优质均衡发展实施方案

为深入贯彻落实党的二十大关于加快义务教育优质均衡发展的决策部署，进一步缩小城乡、校际办学差距，办好每一所家门口的好学校，结合我县实际，制定本方案。

一、指导思想
坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，以促进公平和提高质量为主线，以优化资源配置为重点，推动全县义务教育从基本均衡向优质均衡迈进。

二、工作目标
（一）总体目标。到2025年，全县义务教育学校办学条件、师资队伍、教育质量全面达到优质均衡标准，顺利通过国家义务教育优质均衡发展县督导评估认定。
（二）具体目标。到2025年，全县小学、初中每百名学生拥有高于规定学历教师数分别达到4.5人、5.3人以上；每百名学生拥有县级以上骨干教师数均达到1.2人以上；所有学校生均教学及辅助用房面积、生均体育运动场馆面积全部达标。

三、主要任务
（一）优化学校布局
1.科学编制布局规划。根据人口变化和城镇化进程，修订全县中小学校布局专项规划，合理确定学校规模和服务范围。
2.加快学校建设进度。新建县第三小学、递铺中学新校区等4所学校，改扩建学校6所，新增学位3600个，全面消除大班额。
（二）加强教师队伍建设
1.配齐配足学科教师。统筹使用中小学教职工编制，每年招聘新教师120名以上，重点补充音体美、科学、心理健康教育等紧缺学科教师。
2.推进县管校聘改革。深化义务教育教师“县管校聘”管理改革，每年交流轮岗教师比例不低于符合条件教师总数的15%。
3.提升教师专业素养。实施“安吉名师”培育计划，五年内培养县级名师50名、学科带头人100名。
（三）提高教育教学质量
1.深化课堂教学改革。全面实施新课程方案，推广大单元教学和项目化学习，建设县级精品课程30门。
2.健全质量监测体系。建立县域义务教育质量监测制度，每年开展一次学业质量监测，监测结果作为学校考核的重要依据。

四、保障措施
（一）加强组织领导。成立由县政府分管领导任组长的工作领导小组，定期研究解决推进过程中的重大问题，形成部门协同、上下联动的工作格局。
（二）强化经费保障。建立义务教育经费稳定增长机制，确保一般公共预算教育支出逐年只增不减，新增教育经费向薄弱学校倾斜。
（三）严格督导考核。将义务教育优质均衡发展工作纳入乡镇（街道）和相关部门年度综合考核，对工作推进不力的单位进行通报问责。

附件：安吉县义务教育优质均衡发展重点任务分解表

安吉县教育局
2023年3月15日
"#;

#[test]
fn anji_county_plan_text_and_metadata() {
    let doc = read("anji-2023", ANJI);
    assert_sentences_kept(&doc, ANJI);
    assert!(doc.removed.is_empty(), "{:?}", doc.removed);
    let m = &doc.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("安吉县推进义务教育优质均衡发展实施方案")
    );
    assert_eq!(m.kind, Some(Kind::Implementation));
    assert_eq!(m.issuer.as_deref(), Some("安吉县教育局"));
    assert_eq!(m.published, date(2023, 3, 15));
    assert_eq!(m.period, years(2023, 2025));
    assert_eq!(m.doc_number, None);
    assert_eq!(m.jurisdiction.district.as_deref(), Some("安吉县"));
    assert!(
        matches!(m.jurisdiction.city.as_deref(), None | Some("湖州市")),
        "{:?}",
        m.jurisdiction
    );
    assert_eq!(m.level, Some(Level::County));
}

#[test]
fn anji_items() {
    let p = outline::plan(&read("anji-2023", ANJI));
    assert_eq!(
        paths(&p),
        [
            "preamble/1",
            "1",
            "2/(1)",
            "2/(2)",
            "3/(1)/1",
            "3/(1)/2",
            "3/(2)/1",
            "3/(2)/2",
            "3/(2)/3",
            "3/(3)/1",
            "3/(3)/2",
            "4/(1)",
            "4/(2)",
            "4/(3)"
        ]
    );
    assert_eq!(heading(&p, "1"), Some("指导思想"));
    assert_eq!(heading(&p, "2/(1)"), Some("总体目标"));
    assert_eq!(heading(&p, "2/(2)"), Some("具体目标"));
    assert_eq!(heading(&p, "3/(2)/2"), Some("推进县管校聘改革"));
    assert_eq!(heading(&p, "4/(1)"), Some("加强组织领导"));
    let sections: Vec<_> = item(&p, "3/(2)/3")
        .sections
        .iter()
        .map(|s| (s.path.as_str(), s.heading.as_deref()))
        .collect();
    assert_eq!(
        sections,
        [("3", Some("主要任务")), ("3/(2)", Some("加强教师队伍建设"))]
    );
}

#[test]
fn anji_last_item_stops_before_the_attachment_and_signature() {
    let p = outline::plan(&read("anji-2023", ANJI));
    assert_eq!(
        item(&p, "4/(3)").text,
        "严格督导考核。将义务教育优质均衡发展工作纳入乡镇（街道）和相关部门年度综合考核，对工作推进不力的单位进行通报问责。"
    );
}

// ---------------------------------------------------------------------------
// 3. A plan copied out of a Word document with its line breaks lost: the
//    parts run together on one line, with or without the two full-width
//    blanks that indent each paragraph in the document.

const YUBEI: &str = r#"渝北区2024年学前教育普及普惠优质发展实施方案
为深入贯彻落实《重庆市学前教育普及普惠优质发展行动计划》，推动全区学前教育高质量发展，结合渝北区实际，特制定本方案。
一、总体要求
（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，坚持学前教育公益普惠基本方向，着力扩大普惠性资源供给，全面提升保育教育质量。
（二）工作目标。到2024年底，全区学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率达到92%以上，公办园在园幼儿占比达到55%以上。
二、主要任务
（一）扩大普惠性资源
1.新建改扩建公办幼儿园。结合城市更新和人口分布，新建改扩建公办幼儿园8所，新增公办学位2700个。
2.规范小区配套园管理。开展城镇小区配套园专项治理，确保配套园全部办成公办园或普惠性民办园。
（二）提升保育教育质量
1.深化幼小科学衔接。建立幼儿园与小学结对机制，实现结对全覆盖。
2.加强园长教师培训。实施幼儿园教师全员培训，每年培训不少于1200人次。
三、保障措施
（一）加强组织领导。成立区学前教育发展工作领导小组，统筹推进各项任务落实。
（二）健全经费投入机制。落实公办园生均公用经费标准，将学前教育经费列入区级财政预算。
重庆市渝北区教育委员会
2024年2月26日"#;

const YUBEI_PATHS: [&str; 9] = [
    "preamble/1",
    "1/(1)",
    "1/(2)",
    "2/(1)/1",
    "2/(1)/2",
    "2/(2)/1",
    "2/(2)/2",
    "3/(1)",
    "3/(2)",
];

#[track_caller]
fn assert_yubei_outline(p: &Plan) {
    assert_eq!(paths(p), YUBEI_PATHS);
    assert_eq!(heading(p, "1/(1)"), Some("指导思想"));
    assert_eq!(heading(p, "1/(2)"), Some("工作目标"));
    assert_eq!(heading(p, "2/(1)/1"), Some("新建改扩建公办幼儿园"));
    assert_eq!(heading(p, "2/(2)/2"), Some("加强园长教师培训"));
    assert_eq!(heading(p, "3/(2)"), Some("健全经费投入机制"));
    assert_eq!(
        item(p, "2/(1)/2").sections[1].heading.as_deref(),
        Some("扩大普惠性资源")
    );
}

#[test]
fn yubei_with_its_line_breaks() {
    let doc = read("yubei-2024", YUBEI);
    assert_sentences_kept(&doc, YUBEI);
    let m = &doc.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("渝北区2024年学前教育普及普惠优质发展实施方案")
    );
    assert_eq!(m.kind, Some(Kind::Implementation));
    assert_eq!(m.period, years(2024, 2024));
    assert_eq!(m.issuer.as_deref(), Some("重庆市渝北区教育委员会"));
    assert_eq!(m.published, date(2024, 2, 26));
    assert_eq!(m.jurisdiction.city.as_deref(), Some("重庆市"));
    assert_eq!(m.jurisdiction.district.as_deref(), Some("渝北区"));
    assert_eq!(m.level, Some(Level::District));
    assert_yubei_outline(&outline::plan(&doc));
}

#[test]
fn yubei_run_together_on_one_line() {
    let one_line: String = YUBEI.lines().collect();
    let doc = read("yubei-2024", &one_line);
    assert!(!doc.text.contains('\n'));
    for sentence in YUBEI.split('。').map(|s| s.rsplit('\n').next().unwrap()) {
        assert!(doc.text.contains(sentence), "lost: {sentence}");
    }
    let m = &doc.meta;
    // What a run-together line does not say plainly may be None, never wrong.
    assert!(matches!(
        m.title.as_deref(),
        None | Some("渝北区2024年学前教育普及普惠优质发展实施方案")
    ));
    assert!(matches!(
        m.period,
        None | Some(Period {
            start: 2024,
            end: 2024
        })
    ));
    assert!(matches!(m.kind, None | Some(Kind::Implementation)));
    assert!(matches!(
        m.issuer.as_deref(),
        None | Some("重庆市渝北区教育委员会")
    ));
    assert_eq!(m.jurisdiction.district.as_deref(), Some("渝北区"));
    assert_eq!(m.jurisdiction.city.as_deref(), Some("重庆市"));
    assert_yubei_outline(&outline::plan(&doc));
}

#[test]
fn yubei_run_together_with_paragraph_indents() {
    // Each paragraph of the .docx starts with two ideographic spaces; the
    // title is centred and has none.
    let indented: String = YUBEI
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l.to_string()
            } else {
                format!("\u{3000}\u{3000}{l}")
            }
        })
        .collect();
    let doc = read("yubei-2024", &indented);
    assert!(!doc.text.contains('\n'));
    assert_yubei_outline(&outline::plan(&doc));
}

// ---------------------------------------------------------------------------
// 4. A document-sharing site's copy of a district's implementation plan: the
//    site's header and page counters, the text run together in chunks that
//    the site numbered `1、` `2、`…, cutting words and numbers, while the
//    plan's own points are numbered `1、` `2、` too; a chunk even starts on
//    the plan's own point 3. The district is 宁波市江北区, not 重庆市江北区.

const JIANGBEI: &str = r#"江北区2023年中小学劳动教育实施方案.docx

上传人：晴川历历  文档编号：3328571  上传时间：2023-06-12  格式：DOCX  页数：8  大小：28.64KB
返回 下载 相关 举报
江北区2023年中小学劳动教育实施方案.docx_第1页
第1页 / 共8页
江北区2023年中小学劳动教育实施方案.docx_第2页
第2页 / 共8页
江北区2023年中小学劳动教育实施方案.docx_第3页
第3页 / 共8页
点击查看更多>>
资源描述

《江北区2023年中小学劳动教育实施方案.docx》由会员分享，可在线阅读，更多相关《江北区2023年中小学劳动教育实施方案.docx(8页珍藏版)》请在众享文库上搜索。

1、江北区2023年中小学劳动教育实施方案为深入贯彻落实《关于全面加强新时代大中小学劳动教育的意见》，推动全区中小学劳动教育常态化、特色化开

2、展，促进学生德智体美劳全面发展，结合我区实际，特制定本方案。一、工作目标到2023年底，全区中小学劳动教育课程开齐开足，建成一批具有江北特色的劳动教育实践基地，形成家校社协同推进的劳动教育格局，争创宁波市劳动教育实验区。二、主要任务1、开齐开足劳动教育课程。各中小学要将劳动教育纳入学校课程体系，中小学每周安排不少于1课时的劳动教育课，每学年设立劳动周。2、建设劳动实践基地。每所学校建成1个校内劳动实践园地，全区新认定区级劳动教育实践基地10个，推动与慈城、洪塘等镇街的农业园区合作共建。

3、3、开展劳动主题活动。组织“劳动技能大比武”“家务劳动打卡”等活动，引导学生每天参与家务劳动不少于20分钟。4、完善劳动素养评价。将劳动素养纳入学生综合素质评价，建立学生劳动清单和劳动档案。三、保障措施1、加强组织领导。成立区中小学劳动教育工作领导小组，明确各部门职责分工。2、加强师资建设。配齐劳动教育专兼职教师，每年开展劳动教育教师专题培训不少于

4、2次。3、加强安全保障。制定劳动教育安全风险防控预案，确保学生劳动实践安全。宁波市江北区教育局2023年3月8日

展开阅读全文
相关资源
猜你喜欢
相关搜索
本文(江北区2023年中小学劳动教育实施方案.docx)为本站会员(晴川历历)主动上传，众享文库仅提供信息存储空间，仅对用户上传内容的表现方式做保护处理，对上载内容本身不做任何修改或编辑。若此文所含内容侵犯了您的版权或隐私，请立即通知众享文库（点击联系客服），我们立即给予删除！
当前位置：首页 > 在线阅读 > 教育范文
备案号：浙ICP备20000045号-1
"#;

#[test]
fn jiangbei_sharing_site_chunks_are_repaired() {
    let doc = read("jiangbei-2023", JIANGBEI);
    let chunks = doc
        .removed
        .iter()
        .filter(|r| r.rule == Rule::ChunkNumber)
        .count();
    assert_eq!(chunks, 4, "{:?}", doc.removed);
    for joined in [
        "劳动教育常态化、特色化开展，促进学生德智体美劳全面发展",
        "合作共建。3、开展劳动主题活动。",
        "专题培训不少于2次。3、加强安全保障。",
        "二、主要任务1、开齐开足劳动教育课程。",
        "三、保障措施1、加强组织领导。",
    ] {
        assert!(doc.text.contains(joined), "not in the text: {joined}");
    }
    assert_furniture_removed(
        &doc,
        &[
            "上传人",
            "第1页 / 共8页",
            ".docx_第2页",
            "点击查看更多",
            "由会员分享",
            "展开阅读全文",
            "相关资源",
            "ICP备",
        ],
    );
}

#[test]
fn jiangbei_sharing_site_disclaimer_is_removed() {
    let doc = read("jiangbei-2023", JIANGBEI);
    assert_furniture_removed(&doc, &["为本站会员(晴川历历)主动上传"]);
    assert!(
        doc.text.ends_with("宁波市江北区教育局2023年3月8日"),
        "{}",
        doc.text
    );
}

#[test]
fn jiangbei_items_keep_the_plans_own_numbers() {
    let p = outline::plan(&read("jiangbei-2023", JIANGBEI));
    assert_eq!(
        paths(&p),
        [
            "preamble/1",
            "1",
            "2/1",
            "2/2",
            "2/3",
            "2/4",
            "3/1",
            "3/2",
            "3/3"
        ]
    );
    assert_eq!(heading(&p, "2/1"), Some("开齐开足劳动教育课程"));
    assert_eq!(heading(&p, "2/3"), Some("开展劳动主题活动"));
    assert_eq!(heading(&p, "3/2"), Some("加强师资建设"));
    assert!(item(&p, "3/2").text.ends_with("专题培训不少于2次。"));
    assert!(item(&p, "2/2").text.ends_with("农业园区合作共建。"));
}

#[test]
fn jiangbei_metadata_is_never_a_wrong_guess() {
    let doc = read("jiangbei-2023", JIANGBEI);
    let m = &doc.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("江北区2023年中小学劳动教育实施方案")
    );
    assert_eq!(m.kind, Some(Kind::Implementation));
    assert_eq!(m.period, years(2023, 2023));
    assert_eq!(m.published, None, "the upload date is not the plan's date");
    assert_eq!(m.doc_number, None);
    assert_eq!(m.jurisdiction.district.as_deref(), Some("江北区"));
    assert!(
        matches!(m.jurisdiction.city.as_deref(), None | Some("宁波市")),
        "{:?}",
        m.jurisdiction
    );
    assert!(
        matches!(m.jurisdiction.province.as_deref(), None | Some("浙江省")),
        "{:?}",
        m.jurisdiction
    );
}

// ---------------------------------------------------------------------------
// 5. A city newspaper's round-up of several districts, from its e-paper site:
//    page header, headline with a dashed subtitle, the byline run into the
//    lead (`本报讯（记者 …）`), district parts with a headline each, short
//    sub-headings, photo captions set off by extra blank lines, and one
//    photo without a caption standing before a sub-heading.

const XIAN: &str = r#"西安日报数字报
2024年03月08日 第06版：教育周刊
上一版　　下一版

锚定教育强市 奋力开新局
——我市各区2024年教育工作重点任务扫描

本报讯（记者 王晓 通讯员 刘畅）新学期开学以来，我市各区陆续公布2024年教育工作重点任务，聚焦扩优提质、深化改革、强师赋能，奋力推动西安教育高质量发展，为西安建设教育强市贡献力量。


雁塔区

扩优提质 让好学校就在家门口

今年，雁塔区将持续扩大优质教育资源供给，新建改扩建中小学和幼儿园6所，新增学位5400个，加快推进教育集团化办学全覆盖。

推进集团化办学

新组建教育集团4个，推动集团内教师交流、课程共享、教研一体，集团化办学覆盖率达到85%以上。

深化课后服务

优化“5+2”课后服务模式，引进优质非学科类资源进校园，课后服务学生参与率稳定在95%以上。



雁塔区一小学学生在科技社团活动中制作航模



未央区

强师铸魂 打造高素质教师队伍

今年，未央区将围绕“强师”工程，持续提升教师队伍整体素质，努力建设一支师德高尚、业务精湛的教师队伍。

实施名师培养计划

遴选区级名师、骨干教师培养对象200名，建设名师工作室20个，充分发挥名师辐射带动作用。



推进教师交流轮岗

落实义务教育教师交流轮岗制度，全年交流轮岗教师不少于300名，促进区域师资均衡配置。


图为未央区教师开展集体备课（资料图片）


灞桥区

生态教育 绘就灞河两岸新画卷

今年，灞桥区将以生态教育为特色，推动区域教育内涵发展，全力办好人民满意的教育。

加快建设教育强区

实施学校建设三年攻坚，新开办学校3所，启动建设灞桥区第二高级中学。

打造生态教育品牌

依托灞河湿地资源，开发生态教育校本课程20门，建设生态教育实践基地5个。

西安日报社版权所有　未经书面授权不得复制或建立镜像
"#;

#[test]
fn xian_round_up_captions_removed_sentences_kept() {
    let doc = read("xian-2024", XIAN);
    assert_sentences_kept(&doc, XIAN);
    let captions: Vec<&str> = doc
        .removed
        .iter()
        .filter(|r| r.rule == Rule::Caption)
        .map(|r| r.text.as_str())
        .collect();
    assert!(captions.contains(&"雁塔区一小学学生在科技社团活动中制作航模"));
    assert!(captions.contains(&"图为未央区教师开展集体备课（资料图片）"));
    assert_furniture_removed(&doc, &["西安日报社版权所有"]);
}

#[test]
fn xian_sub_heading_after_a_photo_is_not_a_caption() {
    let doc = read("xian-2024", XIAN);
    assert!(
        doc.text.contains("\n推进教师交流轮岗\n"),
        "removed: {:?}",
        doc.removed
    );
}

#[test]
fn xian_e_paper_header_is_removed() {
    let doc = read("xian-2024", XIAN);
    assert_furniture_removed(&doc, &["西安日报数字报", "第06版", "上一版"]);
}

#[test]
fn xian_round_up_metadata() {
    let doc = read("xian-2024", XIAN);
    let m = &doc.meta;
    assert_eq!(m.kind, Some(Kind::NewsSummary));
    assert_eq!(m.districts, ["雁塔区", "未央区", "灞桥区"]);
    assert_eq!(m.jurisdiction.city.as_deref(), Some("西安市"));
    assert_eq!(m.jurisdiction.district, None);
    assert_eq!(m.level, Some(Level::Prefecture));
    assert_eq!(m.period, years(2024, 2024));
    assert_eq!(m.title.as_deref(), Some("锚定教育强市 奋力开新局"));
}

#[test]
fn xian_round_up_items_by_district() {
    let p = outline::plan(&read("xian-2024", XIAN));
    assert_eq!(
        paths(&p),
        [
            "preamble/1",
            "district:雁塔区/0",
            "district:雁塔区/1",
            "district:雁塔区/2",
            "district:未央区/0",
            "district:未央区/1",
            "district:未央区/2",
            "district:灞桥区/0",
            "district:灞桥区/1",
            "district:灞桥区/2",
        ]
    );
    assert_eq!(
        heading(&p, "district:雁塔区/0"),
        Some("扩优提质 让好学校就在家门口")
    );
    assert_eq!(heading(&p, "district:未央区/2"), Some("推进教师交流轮岗"));
    assert_eq!(heading(&p, "district:灞桥区/1"), Some("加快建设教育强区"));
    let parts = p.by_district();
    let names: Vec<_> = parts
        .iter()
        .map(|d| d.meta.jurisdiction.district.as_deref().unwrap_or("?"))
        .collect();
    assert_eq!(names, ["雁塔区", "未央区", "灞桥区"]);
    assert!(parts.iter().all(|d| d.items.len() == 3));
    assert!(parts.iter().all(|d| d.meta.level == Some(Level::District)));
}

// One district's news piece, from the city paper's website: no district parts.

const LICHENG: &str = r#"首页 > 区县新闻 > 历城

历城区2024年教育工作这样干

2024-03-06 08:12　　来源：济南日报

本报讯（记者 孙悦）3月5日，历城区召开2024年全区教育工作会议，部署全年教育重点任务，全力推进历城教育高质量发展。

新建一批家门口好学校

今年，历城区将新建改扩建中小学、幼儿园10所，新增学位1.3万个，有效缓解唐冶、港沟等片区入学压力。

打造“书香历城”阅读品牌

深入开展全民阅读进校园活动，建设书香校园示范校30所，每所学校每学期至少举办1次读书节。

推进“双减”提质增效

持续做好课后服务，推行弹性离校，满足家长多样化需求，课后服务参与率保持在95%以上。

（责任编辑：赵丽）
"#;

#[test]
fn licheng_news_text() {
    let doc = read("licheng-2024", LICHENG);
    assert_sentences_kept(&doc, LICHENG);
    assert_furniture_removed(&doc, &["区县新闻", "来源：济南日报", "责任编辑"]);
}

#[test]
fn licheng_news_items() {
    let p = outline::plan(&read("licheng-2024", LICHENG));
    assert_eq!(paths(&p), ["preamble/1", "1", "2", "3"]);
    assert!(item(&p, "preamble/1")
        .text
        .contains("历城区召开2024年全区教育工作会议"));
    assert_eq!(heading(&p, "1"), Some("新建一批家门口好学校"));
    assert_eq!(heading(&p, "3"), Some("推进“双减”提质增效"));
    assert_eq!(p.by_district().len(), 1);
}

#[test]
fn licheng_news_metadata() {
    let doc = read("licheng-2024", LICHENG);
    let m = &doc.meta;
    assert_eq!(m.kind, Some(Kind::NewsSummary));
    assert_eq!(m.title.as_deref(), Some("历城区2024年教育工作这样干"));
    assert_eq!(m.period, years(2024, 2024));
    assert_eq!(m.jurisdiction.district.as_deref(), Some("历城区"));
    assert!(matches!(
        m.jurisdiction.city.as_deref(),
        None | Some("济南市")
    ));
    assert!(m.districts.is_empty());
    assert!(matches!(
        m.published,
        None | Some(Date {
            year: 2024,
            month: 3,
            day: 6
        })
    ));
}

// ---------------------------------------------------------------------------
// 6. A traditional-character mirror with pinyin readings inserted, and a
//    mixed page (headings simplified, points traditional).

const QUANZHOU: &str = r#"泉州市教育局2024年工作要點(diǎn)
2024年全市教育工作的總(zǒng)體要求是：堅持以習近平新時代中國特色社會主義思想爲指導，全面貫徹黨的教育方針，落實立德樹人根本任務，加快建設教育強市，辦好人民滿意的(de)教育。
一、加強黨對教育工作的全面領導
1.深化理論學習。健全黨組理論學習中心組學習制度，開展主題教育成果鞏固活動，推動理論學習走深走實。
2.建強基層黨組織。全面推行中小學校黨組織領導的校長負責制，培育市級黨建工作品牌30個。
二、推動基礎教育擴優提質
3.擴大學前教育普惠資源。新建改擴建公辦幼兒園20所，新增公辦學位5000個，普惠性幼兒園覆蓋率穩定在92%以上。
4.推進義務教育優質均衡。新建改擴建中小學校15所，新增學位2萬個，嚴格規(guī)範(fàn)義務教育招生入學秩序。
三、建設高素質專業化教師隊伍
5.提升教師專業素質。實施“泉州名師”培養工程，全年培訓中小學教師3萬人次。
6.深化教師管理改革。推進中小學教師“縣管校聘”管理改革，全年交流輪崗教師1500名。
"#;

#[test]
fn quanzhou_traditional_text_is_simplified() {
    let doc = read("quanzhou-2024", QUANZHOU);
    assert_eq!(doc.script, Script::Traditional);
    assert!(
        doc.text.starts_with("泉州市教育局2024年工作要点\n"),
        "{}",
        doc.text
    );
    for simplified in [
        "2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导",
        "1.深化理论学习。健全党组理论学习中心组学习制度",
        "严格规范义务教育招生入学秩序。",
        "全年交流轮岗教师1500名。",
    ] {
        assert!(
            doc.text.contains(simplified),
            "not in the text: {simplified}"
        );
    }
    let display = doc.display.as_deref().expect("display kept");
    assert!(display.contains("1.深化理論學習。"), "{display}");
}

#[test]
fn quanzhou_every_reading_is_removed() {
    let doc = read("quanzhou-2024", QUANZHOU);
    assert!(!doc.text.contains('('), "{}", doc.text);
    assert!(doc.text.contains("办好人民满意的教育。"), "{}", doc.text);
    let readings: Vec<&str> = doc
        .removed
        .iter()
        .filter(|r| r.rule == Rule::Reading)
        .map(|r| r.text.as_str())
        .collect();
    assert!(readings.concat().contains("(de)"), "{readings:?}");
}

#[test]
fn quanzhou_metadata() {
    let doc = read("quanzhou-2024", QUANZHOU);
    let m = &doc.meta;
    assert_eq!(m.title.as_deref(), Some("泉州市教育局2024年工作要点"));
    assert_eq!(m.kind, Some(Kind::WorkPoints));
    assert_eq!(m.period, years(2024, 2024));
    assert_eq!(m.issuer.as_deref(), Some("泉州市教育局"));
    assert_eq!(m.jurisdiction.city.as_deref(), Some("泉州市"));
    assert_eq!(m.jurisdiction.province.as_deref(), Some("福建省"));
    assert_eq!(m.level, Some(Level::Prefecture));
}

#[test]
fn quanzhou_items_in_simplified() {
    let p = outline::plan(&read("quanzhou-2024", QUANZHOU));
    assert_eq!(
        paths(&p),
        ["preamble/1", "1/1", "1/2", "2/3", "2/4", "3/5", "3/6"]
    );
    assert_eq!(heading(&p, "1/1"), Some("深化理论学习"));
    assert_eq!(heading(&p, "2/3"), Some("扩大学前教育普惠资源"));
    assert_eq!(heading(&p, "3/6"), Some("深化教师管理改革"));
    assert_eq!(
        item(&p, "1/2").sections[0].heading.as_deref(),
        Some("加强党对教育工作的全面领导")
    );
}

const LUCHENG: &str = r#"鹿城区教育局2024年工作要点
一、深化教育综合改革
1.推進教育評價改革。落實義務教育學校辦學質量評價，開展學生綜合素質評價試點。
2.深化集團化辦學。新組建緊密型教育集團5個，實現城區優質學校集團化辦學全覆蓋。
二、扩大优质教育资源
3.加快學校建設。新建改擴建學校8所，新增學位6000個，緩解城區熱點學校入學壓力。
4.發(fā)展普惠性學前教育。新增公辦幼兒園4所，公辦園在園幼兒佔比達到60%以上。
"#;

#[test]
fn lucheng_mixed_scripts() {
    let doc = read("lucheng-2024", LUCHENG);
    assert_eq!(doc.script, Script::Mixed);
    assert!(doc
        .text
        .contains("1.推进教育评价改革。落实义务教育学校办学质量评价，开展学生综合素质评价试点。"));
    assert!(doc.text.contains("4.发展普惠性学前教育。"));
    let display = doc.display.as_deref().expect("display kept");
    assert!(
        display.contains("二、扩大优质教育资源\n3.加快學校建設。"),
        "{display}"
    );
    let m = &doc.meta;
    assert_eq!(m.issuer.as_deref(), Some("鹿城区教育局"));
    assert_eq!(m.jurisdiction.district.as_deref(), Some("鹿城区"));
    assert!(matches!(
        m.jurisdiction.city.as_deref(),
        None | Some("温州市")
    ));
    assert_eq!(m.kind, Some(Kind::WorkPoints));
    let p = outline::plan(&doc);
    assert_eq!(paths(&p), ["1/1", "1/2", "2/3", "2/4"]);
    assert_eq!(heading(&p, "2/4"), Some("发展普惠性学前教育"));
}

// ---------------------------------------------------------------------------
// 7. A plan with a table of contents, `一是` clauses inside a point, `（1）`
//    sub-points, `①` circled points, `第一，` openings and `——` bullets.

const ZHANJIANG: &str = r#"湛江市教育局2024年工作要点

目  录
一、总体要求………………………………………1
二、重点任务………………………………………2
三、保障措施………………………………………6

一、总体要求
2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，以建设教育强市为目标，着力补短板、强弱项、提质量，推动全市教育事业高质量发展。
二、重点任务
1.加强党的建设。一是深化理论武装，持续开展读书班、专题研讨等学习活动。二是夯实基层基础，实施中小学党组织“强基创优”行动，培育党建示范校40所。三是推进清廉学校建设，健全师德失范行为通报警示制度。
2.推进学前教育普惠发展。
（1）扩大普惠资源。新建公办幼儿园12所，新增公办学位3600个。
（2）提升保教质量。开展幼儿园保育教育质量评估，新创建市级优质幼儿园20所。
3.促进义务教育优质均衡。
①优化学校布局。新建改扩建中小学校10所，新增学位1.5万个。
②深化集团化办学。新组建教育集团15个，城区义务教育学校集团化办学实现全覆盖。
4.推进普通高中特色发展。第一，扩大优质高中资源，新建普通高中2所；第二，创建省级特色高中3所；第三，深化普通高中育人方式改革，全面实施选课走班。
5.加强教师队伍建设。
——实施教师素质提升计划，全年培训中小学教师2万人次。
——深化“县管校聘”管理改革，全年交流轮岗教师800名。
——落实教师工资待遇，确保义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。
三、保障措施
6.强化经费保障。落实教育经费“两个只增不减”要求，优化教育经费支出结构。
7.加强督导考核。将重点任务落实情况纳入县（市、区）党政领导干部履行教育职责督导评价。
"#;

const ZHANJIANG_PATHS: [&str; 16] = [
    "1", "2/1/1", "2/1/2", "2/1/3", "2/2/(1)", "2/2/(2)", "2/3/1", "2/3/2", "2/4/1", "2/4/2",
    "2/4/3", "2/5/1", "2/5/2", "2/5/3", "3/6", "3/7",
];

#[track_caller]
fn assert_zhanjiang_outline(p: &Plan) {
    assert_eq!(paths(p), ZHANJIANG_PATHS);
    assert_eq!(heading(p, "1"), Some("总体要求"));
    assert_eq!(heading(p, "2/2/(1)"), Some("扩大普惠资源"));
    assert_eq!(heading(p, "2/3/2"), Some("深化集团化办学"));
    assert_eq!(heading(p, "3/6"), Some("强化经费保障"));
    assert!(item(p, "2/1/2").text.starts_with("夯实基层基础"));
    assert!(item(p, "2/4/2").text.starts_with("创建省级特色高中3所"));
    assert!(item(p, "2/5/3").text.starts_with("落实教师工资待遇"));
    let sections: Vec<_> = item(p, "2/2/(2)")
        .sections
        .iter()
        .map(|s| s.heading.as_deref())
        .collect();
    assert_eq!(sections, [Some("重点任务"), Some("推进学前教育普惠发展")]);
}

#[test]
fn zhanjiang_markers_of_every_kind() {
    let doc = read("zhanjiang-2024", ZHANJIANG);
    assert_sentences_kept(&doc, ZHANJIANG);
    let m = &doc.meta;
    assert_eq!(m.title.as_deref(), Some("湛江市教育局2024年工作要点"));
    assert_eq!(m.issuer.as_deref(), Some("湛江市教育局"));
    assert_eq!(m.jurisdiction.city.as_deref(), Some("湛江市"));
    assert_eq!(m.jurisdiction.province.as_deref(), Some("广东省"));
    assert_eq!(m.kind, Some(Kind::WorkPoints));
    assert_eq!(m.period, years(2024, 2024));
    assert_zhanjiang_outline(&outline::plan(&doc));
}

#[test]
fn zhanjiang_table_of_contents_copied_from_word() {
    // Word's contents field copies as `entry<TAB>page`: the dot leaders are
    // a tab stop's fill, not characters.
    let copied = ZHANJIANG.replace("………………………………………", "\t");
    assert!(copied.contains("一、总体要求\t1\n"));
    let p = outline::plan(&read("zhanjiang-2024", &copied));
    assert_zhanjiang_outline(&p);
}

// ---------------------------------------------------------------------------
// 8. A county's three-year action plan saved as GBK with Windows line ends,
//    and as UTF-16 with a byte-order mark; goals labelled 指导思想：总体目标：
//    具体目标：, the specific goals headed by short sentences.

const PINGYAO: &str = r#"平遥县学前教育普及普惠三年行动计划（2024—2026年）

为进一步扩大学前教育普惠性资源，提升保育教育质量，根据省、市有关文件精神，结合我县实际，制定本计划。

一、总体要求
指导思想：坚持以习近平新时代中国特色社会主义思想为指导，坚持学前教育公益普惠基本方向，努力办好人民满意的学前教育。
总体目标：到2026年，全县学前三年毛入园率达到93%以上，普惠性幼儿园覆盖率达到90%以上，公办园在园幼儿占比达到60%以上。
具体目标：资源布局更加合理。新建改扩建公办幼儿园9所，新增学位2700个，每个乡镇至少办好1所公办中心幼儿园。保教质量明显提升。全县省级示范幼儿园达到3所，市级示范幼儿园达到10所。公办园教师持证率达到100%。保障机制更加健全。建立公办园生均财政拨款制度，生均公用经费标准不低于每生每年800元。
二、主要任务
1.扩大普惠资源。实施公办幼儿园建设工程，优先在城镇新增人口集中区域和乡镇所在地布局公办园。
2.加强师资建设。按照国家标准配齐配足幼儿园教职工，每年公开招聘幼儿园教师不少于40名。
3.提升保教质量。全面推行“以游戏为基本活动”的保教模式，坚决防止和纠正幼儿园“小学化”倾向。
三、保障措施
1.加强组织领导。成立县学前教育普及普惠工作领导小组，统筹协调解决行动计划实施中的重大问题。
2.加大经费投入。将学前教育经费纳入县级财政预算，新增教育经费向学前教育倾斜。

平遥县教育科技局
2024年1月10日
"#;

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// The plan as GBK bytes with Windows line ends, as a Windows editor saves it.
fn gbk(text: &str) -> Vec<u8> {
    let windows = crlf(text);
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&windows);
    assert!(!unmappable, "every character has a GBK code");
    bytes.into_owned()
}

#[test]
fn pingyao_gbk_and_utf16_read_as_the_text() {
    let reference = read("pingyao", PINGYAO);
    let from_gbk = ingest::from_bytes("pingyao", &gbk(PINGYAO)).expect("GBK");
    assert_eq!(from_gbk.encoding, Encoding::Gb18030);
    assert_eq!(from_gbk.text, reference.text);
    assert_eq!(from_gbk.meta, reference.meta);

    let mut le = vec![0xFF, 0xFE];
    le.extend(crlf(PINGYAO).encode_utf16().flat_map(u16::to_le_bytes));
    let from_le = ingest::from_bytes("pingyao", &le).expect("UTF-16LE");
    assert_eq!(from_le.encoding, Encoding::Utf16Le);
    assert_eq!(from_le.text, reference.text);

    let mut be = vec![0xFE, 0xFF];
    be.extend(PINGYAO.encode_utf16().flat_map(u16::to_be_bytes));
    let from_be = ingest::from_bytes("pingyao", &be).expect("UTF-16BE");
    assert_eq!(from_be.encoding, Encoding::Utf16Be);
    assert_eq!(from_be.text, reference.text);

    assert_sentences_kept(&from_gbk, PINGYAO);
    let m = &from_gbk.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("平遥县学前教育普及普惠三年行动计划（2024—2026年）")
    );
    assert_eq!(m.period, years(2024, 2026));
    assert_eq!(m.kind, Some(Kind::Projects));
    assert_eq!(m.issuer.as_deref(), Some("平遥县教育科技局"));
    assert_eq!(m.published, date(2024, 1, 10));
    assert_eq!(m.jurisdiction.district.as_deref(), Some("平遥县"));
    assert_eq!(m.level, Some(Level::County));
}

#[test]
fn pingyao_labelled_and_headed_goals() {
    let p = outline::plan(&ingest::from_bytes("pingyao", &gbk(PINGYAO)).unwrap());
    assert_eq!(
        paths(&p),
        [
            "preamble/1",
            "1/指导思想",
            "1/总体目标",
            "1/具体目标/1",
            "1/具体目标/2",
            "1/具体目标/3",
            "2/1",
            "2/2",
            "2/3",
            "3/1",
            "3/2"
        ]
    );
    assert_eq!(heading(&p, "1/具体目标/1"), Some("资源布局更加合理"));
    assert_eq!(heading(&p, "1/具体目标/2"), Some("保教质量明显提升"));
    assert_eq!(heading(&p, "1/具体目标/3"), Some("保障机制更加健全"));
    assert!(item(&p, "1/具体目标/2")
        .text
        .contains("公办园教师持证率达到100%。"));
}

// ---------------------------------------------------------------------------
// 9. A notice wrapping the plan (关于印发《…》的通知), from the city's
//    open-government page: salutation, transmittal sentence and signature
//    before the plan; points numbered `1、`, and a list of the year's events
//    whose points have no full stop.

const NANYANG: &str = r#"您的位置：首页 > 信息公开 > 通知公告
索 引 号：005218741/2024-00008
发布机构：南阳市教育局
发文字号：宛教〔2024〕3号
成文日期：2024-02-18

南阳市教育局关于印发《南阳市2024年教育工作要点》的通知

各县（市、区）教育局，市直各学校：
现将《南阳市2024年教育工作要点》印发给你们，请结合实际，认真贯彻落实。

南阳市教育局
2024年2月18日

南阳市2024年教育工作要点

2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，紧紧围绕建设教育强市目标，着力扩优提质、深化改革、强师兴教，为南阳建设省域副中心城市提供有力支撑。

一、加强党的全面领导
1、深入推进理论武装。巩固拓展主题教育成果，健全常态化长效化学习机制。
2、持续加强基层党建。深入实施中小学校党组织领导的校长负责制，创建市级党建示范校25所。
二、推进基础教育扩优提质
1、扩大普惠性学前教育资源。新建改扩建公办幼儿园20所，新增公办学位4500个。
2、推进义务教育优质均衡发展。新建改扩建义务教育学校16所，新增学位1.8万个。
3、推动县域普通高中振兴。实施县中发展提升行动，每个县（市）至少建成1所优质特色高中。
三、加强教师队伍建设
1、加强师德师风建设。开展师德师风专项整治，严肃查处违规有偿补课等行为。
2、提升教师专业能力。实施“南阳名师”培育工程，全年培训中小学教师2.5万人次。
四、全年重点活动安排
1、全市教育工作会议（2月）
2、全市中小学校长能力提升培训班（4月）
3、全市中小学生田径运动会（5月）
4、全市教师教学技能大赛（10月）
"#;

#[test]
fn nanyang_notice_metadata() {
    let doc = read("nanyang-2024", NANYANG);
    assert_sentences_kept(&doc, NANYANG);
    assert_furniture_removed(&doc, &["您的位置", "索 引 号", "发文字号"]);
    let m = &doc.meta;
    assert!(
        matches!(
            m.title.as_deref(),
            Some("南阳市2024年教育工作要点")
                | Some("南阳市教育局关于印发《南阳市2024年教育工作要点》的通知")
        ),
        "{:?}",
        m.title
    );
    assert_eq!(m.issuer.as_deref(), Some("南阳市教育局"));
    assert_eq!(m.doc_number.as_deref(), Some("宛教〔2024〕3号"));
    assert_eq!(m.published, date(2024, 2, 18));
    assert_eq!(m.period, years(2024, 2024));
    assert_eq!(m.kind, Some(Kind::WorkPoints));
    assert_eq!(m.jurisdiction.city.as_deref(), Some("南阳市"));
    assert_eq!(m.jurisdiction.province.as_deref(), Some("河南省"));
    assert_eq!(m.level, Some(Level::Prefecture));
}

#[test]
fn nanyang_notice_is_not_an_item() {
    let p = outline::plan(&read("nanyang-2024", NANYANG));
    assert!(
        p.items.iter().all(|i| !i.text.contains("现将")),
        "{:?}",
        paths(&p)
    );
    assert!(item(&p, "preamble/1")
        .text
        .starts_with("2024年全市教育工作的总体要求是"));
    assert_eq!(heading(&p, "2/3"), Some("推动县域普通高中振兴"));
}

#[test]
fn nanyang_points_without_full_stops_survive() {
    let doc = read("nanyang-2024", NANYANG);
    assert!(
        doc.removed.iter().all(|r| r.rule != Rule::ChunkNumber),
        "{:?}",
        doc.removed
    );
    assert!(doc.text.ends_with(
        "四、全年重点活动安排\n1、全市教育工作会议（2月）\n2、全市中小学校长能力提升培训班（4月）\n3、全市中小学生田径运动会（5月）\n4、全市教师教学技能大赛（10月）"
    ));
    let p = outline::plan(&doc);
    let last: Vec<_> = p
        .items
        .iter()
        .filter(|i| i.path.starts_with("4/"))
        .map(|i| (i.path.as_str(), i.text.as_str()))
        .collect();
    assert_eq!(
        last,
        [
            ("4/1", "全市教育工作会议（2月）"),
            ("4/2", "全市中小学校长能力提升培训班（4月）"),
            ("4/3", "全市中小学生田径运动会（5月）"),
            ("4/4", "全市教师教学技能大赛（10月）")
        ]
    );
}

// ---------------------------------------------------------------------------
// 10. A simplified plan of 乾县 (咸阳市), a county whose name is written with a
//     character that also serves as the traditional form of 干.

const QIANXIAN: &str = r#"乾县教育局2024年工作要点

2024年全县教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，聚焦办好人民满意的教育，推动乾县教育高质量发展。

一、加强党的建设
1.深化理论学习。落实党组理论学习中心组学习制度，全年开展集中学习12次以上。
2.抓实基层党建。推进中小学校党组织领导的校长负责制，创建县级党建示范校10所。
二、提升教育质量
3.推进学前教育普惠发展。新建公办幼儿园3所，普惠性幼儿园覆盖率达到92%以上。
4.促进义务教育均衡发展。改扩建乾县第一小学等学校4所，新增学位1800个。

乾县教育局
2024年2月28日
"#;

#[test]
fn qianxian_simplified_text_is_left_alone() {
    let doc = read("qianxian-2024", QIANXIAN);
    assert_eq!(
        doc.script,
        Script::Simplified,
        "{}\n{:?}",
        doc.text,
        doc.meta
    );
    assert_eq!(doc.display, None);
    let expected: Vec<&str> = QIANXIAN.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(doc.text, expected.join("\n"));
    let m = &doc.meta;
    assert_eq!(m.title.as_deref(), Some("乾县教育局2024年工作要点"));
    assert_eq!(m.issuer.as_deref(), Some("乾县教育局"));
    assert_eq!(m.jurisdiction.district.as_deref(), Some("乾县"));
    assert!(matches!(
        m.jurisdiction.city.as_deref(),
        None | Some("咸阳市")
    ));
    assert_eq!(m.level, Some(Level::County));
    assert_eq!(m.published, date(2024, 2, 28));
    assert_eq!(m.period, years(2024, 2024));
    assert_eq!(m.kind, Some(Kind::WorkPoints));
}
