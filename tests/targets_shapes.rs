//! Targets on shapes the bundled plans do not all show: what is a target and
//! what is not, units, ranges, relations and due dates.

use eduplans::code::Coder;
use eduplans::targets::{Relation, Target};
use eduplans::{ingest, outline};

fn targets(text: &str) -> Vec<Target> {
    let doc = ingest::from_text("t", text).expect("ingest");
    Coder::reference().code(&outline::plan(&doc)).targets
}

fn values(text: &str) -> Vec<(f64, String)> {
    targets(text)
        .into_iter()
        .map(|t| (t.value, t.unit))
        .collect()
}

#[test]
fn counts_shares_and_amounts_are_targets() {
    let t = targets("一、重点工作\n1.扩大资源。到2025年，新建幼儿园２０所，学前三年毛入园率达到95%以上，培训教师10万人次，投入资金2.5亿元。");
    let got: Vec<(f64, &str, Relation, Option<&str>)> = t
        .iter()
        .map(|t| (t.value, t.unit.as_str(), t.relation, t.by.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (20.0, "所", Relation::Exactly, Some("2025")),
            (95.0, "%", Relation::AtLeast, Some("2025")),
            (10.0, "万人次", Relation::Exactly, Some("2025")),
            (2.5, "亿元", Relation::Exactly, Some("2025")),
        ]
    );
    assert_eq!(
        t[2].normalized.map(|n| (n.value, n.unit)),
        Some((100000.0, "人次"))
    );
    assert_eq!(t[0].theme.as_deref(), Some("preschool"));
}

#[test]
fn ranges_chinese_numerals_and_relations() {
    let t = targets("1.推进改革。三年内培育1-2个示范区,每校至少开设一节课,每学期至少两次开放日,大班额比2013年减少40%以上,供餐时限控制在2小时以内,遴选50余所学校。");
    let got: Vec<(f64, Option<f64>, &str, Relation)> = t
        .iter()
        .map(|t| (t.value, t.low, t.unit.as_str(), t.relation))
        .collect();
    assert_eq!(
        got,
        [
            (2.0, Some(1.0), "个", Relation::Exactly),
            (1.0, None, "节", Relation::AtLeast),
            (2.0, None, "次", Relation::AtLeast),
            (40.0, None, "%", Relation::ReduceBy),
            (2.0, None, "小时", Relation::AtMost),
            (50.0, None, "所", Relation::AtLeast),
        ]
    );
    assert_eq!(t[0].by.as_deref(), Some("三年"));
}

#[test]
fn what_is_not_a_target() {
    let text = "郑教〔2016〕12号\n一、总体要求\n1.实施十七项工程和七项举措。截止到2015年底,已经建成学校30所。“十二五”期间新增学位5万个。按照6:3:1的比例配置。开展第二批试点,举办第21届运动会。咨询电话0371-61773783,邮编450061,豫ICP备05001062号。\n2.巩固成果。持续巩固好“四个100%”落实成效。报告指出,这五年,全县新建各类学校46所。自2011年以来,全市新增学位4150个。\n3.做好宣传。按照市十一次党代会和区委三届四次、五次全会的部署,以优异成绩庆祝新中国成立70周年。活动分制定方案、组织培训等6个阶段。该《意见》分指导思想、主要任务等4部分。各校校长等共110余人参加会议,90人参会。重点抓好10件民生实事:\n新建11所小学建设计划表\n4.推进建设。该校将设置36个班,该学校计划总投资1.3亿元。";
    assert!(values(text).is_empty(), "{:?}", values(text));
}

#[test]
fn years_spans_and_yearly_rates_go_into_by() {
    let t = targets("1.建设学校。工程三年总目标为:新建学校90所,平均每年30所。\n2.2016年的具体目标为:新建学校30所。\n3.推进普惠。2024年底普惠率达93%以上。");
    let by: Vec<Option<&str>> = t.iter().map(|t| t.by.as_deref()).collect();
    assert_eq!(by, [Some("三年"), Some("每年"), Some("2016"), Some("2024")]);
}

/// In a plan of one year, `今年` and a month date a number to that year.
#[test]
fn this_year_is_the_plans_year() {
    let t = targets("某县2023年教育工作要点\n一、学校建设\n1.扩大学位。今年新建幼儿园5所。\n2.推进工程。3-4月,开工建设学校6所。\n3.完善布局。新建小学2所。");
    let by: Vec<Option<&str>> = t.iter().map(|t| t.by.as_deref()).collect();
    assert_eq!(by, [Some("2023"), Some("2023"), None]);
}

/// A news report names no period: its dateline gives `今年` its year, and
/// `今明两年` the year after; the reporter's source (`记者从2023年度…会上获悉`)
/// is no start date.
#[test]
fn a_news_reports_date_dates_this_year() {
    let t = targets(
        "某县今明两年将建设学校
某日报 2018-11-19 11:32
据了解,今明两年全县将开工建设教育设施60处。今年新建幼儿园5所。",
    );
    let by: Vec<Option<&str>> = t.iter().map(|t| t.by.as_deref()).collect();
    assert_eq!(by, [Some("2019"), Some("2018")]);
    let t = targets("记者从2023年度全市教育工作会上获悉,全市将新改扩建公办学校35所。");
    assert_eq!(t[0].by.as_deref(), Some("2023"));
}

/// A number in an item that no theme of the schema is about (a government
/// report's jobs or roads) is no target of an education plan.
#[test]
fn a_figure_outside_every_theme_is_no_target() {
    let v =
        values("1.稳定就业。新增城镇就业5500人以上,改造农村危桥4座。\n2.扩大学位。新建幼儿园5所。");
    assert_eq!(v, [(5.0, "所".to_string())]);
}

/// `建设一支…的队伍` builds a team: no count, even where its qualifiers
/// run over a comma. A number of teams is one.
#[test]
fn building_a_team_is_no_count() {
    let v = values(
        "1.加强师德师风建设。建设一支具有奉献精神,具有一流业务素质的教师队伍。校园足球参赛队伍达到500支以上。",
    );
    assert_eq!(v, [(500.0, "支".to_string())]);
}

/// Fees the plan sets are prices, not targets (`GUIDE.md`); a sum spent
/// per pupil is a commitment.
#[test]
fn a_fee_is_no_target() {
    let v = values(
        "1.规范课后服务收费。学习日课后服务时段,每生每课时2元;周末托管按每课时加收10元。落实生均公用经费每生每年不低于800元。",
    );
    assert_eq!(v, [(800.0, "元".to_string())]);
}

/// `一` after an attribute or `又` is the article; a count of one is a
/// target.
#[test]
fn the_article_is_no_count() {
    let v = values(
        "1.做好高考工作。今年高考是受疫情影响下的一次特殊高考,又一所新学校开工建设,改扩建一所县城公办幼儿园。",
    );
    assert_eq!(v, [(1.0, "所".to_string())]);
}

/// A time that opens a sentence as a clause of its own governs its `；`
/// clauses; a bare year inside a clause dates that clause only.
#[test]
fn a_sentences_opening_time_governs_its_clauses() {
    let t = targets(
        "1.扩大资源。2016—2020年,我市要新建10所普通高中;新建综合高中4所。此外,改造校舍3所。",
    );
    let by: Vec<Option<&str>> = t.iter().map(|t| t.by.as_deref()).collect();
    assert_eq!(by, [Some("2020"), Some("2020"), None]);
}

/// A span from now that opens a sentence (`三年内,`) is due for the
/// sentences after it, written as the span.
#[test]
fn a_span_opening_a_sentence_governs_the_next() {
    let t = targets("1.学前教育。三年内,全市新建公办幼儿园56所。学前三年毛入园率要达到77%。");
    let by: Vec<Option<&str>> = t.iter().map(|t| t.by.as_deref()).collect();
    assert_eq!(by, [Some("三年"), Some("三年")]);
}

/// A year qualifies a count in an earlier clause, and a later clause that
/// opens with `到2025年` has a goal of its own: neither dates the number.
#[test]
fn years_of_other_clauses_do_not_date_a_number() {
    let t = targets("1.建设学校。启动4个新增2017年区教育重大项目,开工36个学校基本建设项目。每个县都有至少1所特色学校,到2025年形成一批特色学校群体。");
    let by: Vec<(f64, Option<&str>)> = t.iter().map(|t| (t.value, t.by.as_deref())).collect();
    assert_eq!(by, [(4.0, None), (36.0, None), (1.0, None)]);
}

/// A norm the plan follows states a ratio, not a count to reach.
#[test]
fn a_norm_is_no_target() {
    let v = values(
        "1.优化幼儿园布局。按照城镇服务人口1万人设置1所幼儿园的原则,优化布局规划,新建公办园8所。",
    );
    assert_eq!(v, [(8.0, "所".to_string())]);
}

/// The specifications of one school are no targets; a programme's totals
/// are.
#[test]
fn one_schools_size_is_no_target() {
    let v = values("1.建设幼儿园。三塔集镇徐寨幼儿园,建设面积2135平方米,建成后新增教学班18个;新建公办幼儿园,建筑面积共计10万平方米。");
    assert_eq!(v, [(10.0, "万平方米".to_string())]);
    let v = values("1.建设学校。该校将设置36个班,设计工期为650天。伍明夏小幼儿园,教育楼1200平方米。新建小学2所。");
    assert_eq!(v, [(2.0, "所".to_string())]);
}

/// A government report's figures of other fields are no targets of an
/// education plan; its graduates' employment rate is.
#[test]
fn figures_of_other_fields_are_no_targets() {
    let v = values(
        "1.民生实事。新增城镇就业5500人以上,为3400名孕产妇免费提供产前筛查,新建学校3所,职业学校毕业生就业率达到95%。",
    );
    assert_eq!(v, [(3.0, "所".to_string()), (95.0, "%".to_string())]);
}

/// What exists (`现有的3所农村高中`) is no target; a new count in the next
/// clause is.
#[test]
fn what_exists_is_no_target() {
    let v = values("1.高中布局。我县现有的3所农村高中向县城集聚,新建高中2所。");
    assert_eq!(v, [(2.0, "所".to_string())]);
}

/// An age (`3至6周岁`) is no count of weeks.
#[test]
fn an_age_is_no_count() {
    let v = values("1.学前教育。3至6周岁幼儿入园率达到90%以上。");
    assert_eq!(v, [(90.0, "%".to_string())]);
}

/// What a news report says began that day is an event, not a target.
#[test]
fn what_began_that_day_is_no_target() {
    let v = values(
        "1.学前教育。20日上午,全县6所公办幼儿园正式开工建设。今天同时开工建设的另外5所公办幼儿园将于明年投用。两年内全县将建起25所公办幼儿园。",
    );
    assert_eq!(v, [(25.0, "所".to_string())]);
}

/// A count keeps the verb that says what it counts (`创建`).
#[test]
fn subjects_are_what_is_counted() {
    let t = targets("1.推进足球。创建200所校园足球特色学校,参赛队伍达到500支以上,新增学位2160个。");
    let subjects: Vec<&str> = t
        .iter()
        .map(|t| t.subject.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(subjects, ["创建校园足球特色学校", "参赛队伍", "新增学位"]);
    assert!(t.iter().all(|t| t.path == "1" && &*t.plan == "t"));
}

#[test]
fn a_list_that_spells_out_the_plans_measures_holds_no_target() {
    // The lead of a section counts the plan's measures and lists them: parts
    // of the plan, not commitments. A count after the list is one.
    let v = values(
        "二、主要任务\n主要任务聚焦打造六大品牌,系统实施四十一项举措,即5大职教发展工程、6项家校共育制度、7个规范办学专项治理。\n1.扩大资源。新建幼儿园20所。",
    );
    assert_eq!(v, [(20.0, "所".to_string())]);
}

#[test]
fn figures_under_a_review_heading_are_no_targets() {
    // A reply's `已做工作` reports what was done; its `下步工作` commits.
    let text = "一、关于劳动教育课程\n（一）已做工作。落实课程标准，保证劳动教育课每周不少于1课时，推出96个好课例。\n（二）下步工作。建设劳动教育实践基地20个。\n";
    assert_eq!(values(text), [(20.0, "个".to_string())]);
}
