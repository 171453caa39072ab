//! The outline and the coder against the gold of the development corpus
//! (`tests/dev/`: real plans of other places) and of the bundled plans:
//! items found, boundaries, theme micro-F1, per plan and over each set.
//! `SHOW=1 cargo test --release --test dev_gold -- --nocapture` says what
//! went wrong item by item.

mod common;

use common::score;
use eduplans::code::Coder;

#[test]
fn development_corpus() {
    let coder = Coder::reference();
    let plans = common::dev();
    let dev = score::set("dev", coder, &plans);
    // The thirteen plans the corpus started with, on their own.
    let first: Vec<_> = plans
        .iter()
        .filter(|p| FIRST_THIRTEEN.contains(&p.id.as_str()))
        .cloned()
        .collect();
    assert_eq!(first.len(), FIRST_THIRTEEN.len());
    let thirteen = score::set("first13", coder, &first);
    let bundled = score::set("bundled", coder, &common::bundled());
    let mut both = dev;
    both.add(&bundled);
    println!("dev+bundled: {}", both.line());
    floors("dev", &dev, 0.98, 0.91, 0.79);
    floors("bundled", &bundled, 1.00, 1.00, 0.90);
    floors(
        "first13",
        &thirteen,
        FIRST13_FLOORS.0,
        FIRST13_FLOORS.1,
        FIRST13_FLOORS.2,
    );
}

/// The development corpus as first given (`../shared/dev/`).
const FIRST_THIRTEEN: [&str; 13] = [
    "eshan-2022-2024-jichujiaoyu-xingdongjihua",
    "funing-2022-jiaoyu-jianghua",
    "haimen-2020-weiminbanshishi",
    "huichang-2021-2025-shisiwu-guihua",
    "liuzhou-2021-2025-teshujiaoyu-shishifangan",
    "macheng-2015-2017-xiaoyuanzuqiu",
    "nanjing-2022-xuexiaotiyu-shishiyijian",
    "pucheng-2018-jiaoyugongzuohui",
    "shenzhen-2021-2025-gequ-shisiwu-guihua",
    "shenzhen-2023-jiaoyugongzuohuiyi",
    "shimen-2010-gongzuojihua",
    "yulin-jiaoyuxinxihua2-xingdongjihua",
    "zhushan-2019-jiaoyugongzuohuiyi",
];

/// What the first thirteen measure: found, boundaries, theme F1.
const FIRST13_FLOORS: (f64, f64, f64) = (1.00, 0.99, 0.91);

/// Floors within 0.02 of what the sets measure, so that a regression fails.
#[track_caller]
fn floors(name: &str, c: &score::Counts, found: f64, boundaries: f64, f1: f64) {
    let slack = 0.02;
    assert!(
        c.found_share() >= found - slack,
        "{name}: items found {:.3} < {found} - {slack}",
        c.found_share()
    );
    assert!(
        c.boundaries() >= boundaries - slack,
        "{name}: boundaries {:.3} < {boundaries} - {slack}",
        c.boundaries()
    );
    assert!(
        c.f1() >= f1 - slack,
        "{name}: theme micro-F1 {:.3} < {f1} - {slack}",
        c.f1()
    );
    assert_eq!(c.overlaps, 0, "{name}: items overlap");
}
