#[test]
#[ignore]
fn scratch() {
    for p in std::env::var("F").unwrap().split(',') {
        let d = eduplans::ingest::from_path(p).unwrap();
        println!("{:?} {:?}", d.meta.period, d.meta.published);
        for r in &d.removed {
            println!(
                "removed {} {:?} {}",
                r.line,
                r.rule,
                r.text.chars().take(60).collect::<String>()
            );
        }
        println!("{}", d.text.chars().take(300).collect::<String>());
    }
}
#[test]
#[ignore]
fn scratch_text() {
    let coder = eduplans::code::Coder::reference();
    let t = std::env::var("T").unwrap();
    let p = coder.code_text("x", &t).unwrap();
    for t in &p.targets {
        println!("{:?}", t);
    }
}
#[test]
#[ignore]
fn scratch_items() {
    let coder = eduplans::code::Coder::reference();
    let t = std::env::var("T").unwrap();
    let p = coder.code_text("x", &t).unwrap();
    for i in &p.items {
        println!(
            "{} {:?} {}",
            i.item.path,
            i.themes
                .iter()
                .map(|t| t.id.to_string())
                .collect::<Vec<_>>(),
            i.item.text.chars().take(40).collect::<String>()
        );
    }
}
