//! Subjects read from sentences of plans.

use super::*;

fn subject_of(text: &str, number: &str) -> Option<String> {
    let mut qs = Vec::new();
    super::super::number::quantities(text, &super::super::numeral_starts(text), &mut qs);
    let q = qs
        .iter()
        .find(|q| text[q.start..].starts_with(number))
        .unwrap();
    let coder = crate::code::Coder::reference();
    let words = crate::words::ItemWords::of_spans(text.len(), coder.cut(text));
    of(text, q, (0, text.len()), words.words()).map(|s| s.text)
}

#[test]
fn counts_keep_their_verb_and_shares_their_noun() {
    assert_eq!(
        subject_of("新建改扩建30所中小学", "30").as_deref(),
        Some("新建改扩建中小学")
    );
    assert_eq!(
        subject_of("计划开工建设1所小学", "1").as_deref(),
        Some("开工建设小学")
    );
    assert_eq!(
        subject_of("到 2024 年力争实现学前教育公办学位供给率不低于 75%", "75").as_deref(),
        Some("学前教育公办学位供给率")
    );
    assert_eq!(
        subject_of("对全市100所幼儿园进行等级复评抽验", "100").as_deref(),
        Some("等级复评抽验幼儿园")
    );
}

#[test]
fn counts_named_by_a_level_share_the_noun_written_last() {
    let text = "全面完成5所省级10所市级双优校、9个省级与20个市级优质专业";
    assert_eq!(subject_of(text, "5所").as_deref(), Some("省级双优校"));
    assert_eq!(subject_of(text, "10所").as_deref(), Some("市级双优校"));
    assert_eq!(subject_of(text, "9个").as_deref(), Some("省级优质专业"));
    let text = "培育2个市级、8个县区级、50个校级具有引领性、示范性的数字化转型重点应用场景";
    assert_eq!(
        subject_of(text, "8个").as_deref(),
        Some("县区级数字化转型重点应用场景")
    );
    // A level with nothing written after it names nothing.
    assert_eq!(subject_of("创建2个省级、3个市级", "2个"), None);
}

#[test]
fn a_count_named_by_its_verb_borrows_the_noun_counted_before() {
    let text = "计划建设公办幼儿园113所其中新建83所、改建30所";
    assert_eq!(subject_of(text, "83").as_deref(), Some("新建公办幼儿园"));
    assert_eq!(subject_of(text, "30").as_deref(), Some("改建公办幼儿园"));
    assert_eq!(subject_of(text, "113").as_deref(), Some("建设公办幼儿园"));
    // Nothing counted before: the verb alone.
    assert_eq!(subject_of("今年改建30所", "30").as_deref(), Some("改建"));
}

#[test]
fn a_year_is_part_of_the_phrase_counted() {
    assert_eq!(
        subject_of("继续推进5个2016年区教育重大项目", "5").as_deref(),
        Some("2016年区教育重大项目")
    );
    // Another number ends the phrase.
    assert_eq!(
        subject_of("新建幼儿园5所、中小学3所", "5").as_deref(),
        Some("新建幼儿园")
    );
}

#[test]
fn kindergartens_are_named_by_what_is_done_to_them() {
    assert_eq!(
        subject_of("全区有40%的公办园开设托班", "40").as_deref(),
        Some("开设托班公办园")
    );
    assert_eq!(
        subject_of("扶持120所幼儿园在原有等级上实现达标升级", "120").as_deref(),
        Some("达标升级幼儿园")
    );
    // A generic word is not what is done.
    assert_ne!(
        subject_of("落地城区3所公办园项目", "3").as_deref(),
        Some("项目公办园")
    );
}

#[test]
fn a_places_part_of_a_total_takes_the_totals_subject() {
    let text = "我市要新建10所普通高中,其中百东新区1所、右江区2所;新建综合高中4所,其中那坡县3所";
    assert_eq!(
        subject_of(text, "1所").as_deref(),
        Some("百东新区新建普通高中")
    );
    assert_eq!(
        subject_of(text, "2所").as_deref(),
        Some("右江区新建普通高中")
    );
    assert_eq!(
        subject_of(text, "3所").as_deref(),
        Some("那坡县新建综合高中")
    );
    // No total before: the place alone.
    assert_eq!(
        subject_of("百东新区1所", "1所").as_deref(),
        Some("百东新区")
    );
}

#[test]
fn a_change_against_a_base_year_keeps_the_base() {
    assert_eq!(
        subject_of("大班额比2013年减少60%以上", "60").as_deref(),
        Some("大班额(比2013年)")
    );
    assert_eq!(
        subject_of("每个学生掌握1项艺术技能", "1").as_deref(),
        Some("掌握艺术技能")
    );
}

#[test]
fn enumerations_with_fenbie_are_distributed() {
    let text = "学前教育普惠率、公办园幼儿占比率分别达到95%、55%以上";
    assert_eq!(subject_of(text, "95").as_deref(), Some("学前教育普惠率"));
    assert_eq!(subject_of(text, "55").as_deref(), Some("公办园幼儿占比率"));
    let text = "小学、初中班额分别不超过45人、50人";
    assert_eq!(subject_of(text, "45").as_deref(), Some("小学班额"));
    assert_eq!(subject_of(text, "50").as_deref(), Some("初中班额"));
    let text = "小学、初中辍学率分别控制在0.2%、1.5%以内";
    assert_eq!(subject_of(text, "0.2").as_deref(), Some("小学辍学率"));
}

#[test]
fn generic_words_are_no_subject() {
    assert_eq!(subject_of("继续推进5个项目", "5"), None);
    assert_eq!(subject_of("实现双90%目标", "双90"), None);
}

#[test]
fn the_actor_and_its_intent_are_no_subject() {
    let s = |t: &str, n: &str| subject_of(t, n).unwrap();
    assert_eq!(
        s("今明两年历城区将开工建设教育设施60处。", "60"),
        "开工建设教育设施"
    );
    assert_eq!(
        s("今年全市各县(市、区)计划新改扩建公办学校35所。", "35"),
        "新改扩建公办学校"
    );
    // A title or a quotation is not an actor.
    assert_eq!(
        s("“雨露计划”培训补贴1950万元。", "1950"),
        "“雨露计划”培训补贴"
    );
}

#[test]
fn people_paired_with_their_units_take_the_units_noun() {
    let text = "大力推进14个名师工作室、130名参训教师,19个骨干基地、257名参训教师的培养";
    assert_eq!(
        subject_of(text, "130").as_deref(),
        Some("名师工作室参训教师")
    );
    assert_eq!(
        subject_of(text, "257").as_deref(),
        Some("骨干基地参训教师的培养")
    );
    assert_eq!(
        subject_of("新增教师130名", "130").as_deref(),
        Some("新增教师")
    );
}

#[test]
fn a_projects_progress_is_not_what_is_counted() {
    let s = subject_of("加快农大幼儿园等8个续建项目建设进度", "8").unwrap();
    assert!(s.starts_with("续建项目") && !s.contains("进度"), "{s}");
}

#[test]
fn notes_and_titles_stay_in_what_is_counted() {
    assert_eq!(
        subject_of(
            "在全市创建200所校园足球特色学校(含国家级、省级、市级)",
            "200"
        )
        .as_deref(),
        Some("创建校园足球特色学校(含国家级、省级、市级)")
    );
    let s = subject_of("遴选36所《健康与幸福》试点校", "36").unwrap();
    assert!(s.contains("《健康与幸福》试点校"), "{s}");
}

#[test]
fn a_bare_rate_measures_the_work_named_before_it() {
    let text = "向0-3岁幼儿家长免费推送科学育儿信息,覆盖率达到90%以上";
    assert_eq!(
        subject_of(text, "90").as_deref(),
        Some("科学育儿信息覆盖率")
    );
    let text = "推进学前教育普及普惠发展,2024年底普惠率达93%以上";
    assert_eq!(
        subject_of(text, "93").as_deref(),
        Some("学前教育普及普惠普惠率")
    );
    assert_eq!(
        subject_of("学前三年毛入园率达到95%", "95").as_deref(),
        Some("学前三年毛入园率")
    );
}

#[test]
fn participants_and_pilots_belong_to_the_work_before_them() {
    let text = "逐步扩大校园足球班级联赛规模,参赛队伍达到200支以上";
    assert_eq!(
        subject_of(text, "200").as_deref(),
        Some("校园足球班级联赛参赛队伍")
    );
    let text = "落实资产管理平台开发建设,在10所学校试点";
    let s = subject_of(text, "10").unwrap();
    assert!(s.starts_with("资产管理平台"), "{s}");
}

#[test]
fn a_scope_between_the_verb_and_its_share_keeps_the_verb() {
    assert_eq!(
        subject_of("学区化集团化办学覆盖全区80%的义务教育阶段学校", "80").as_deref(),
        Some("覆盖义务教育阶段学校")
    );
}
