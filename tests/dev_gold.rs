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
    let dev = score::set("dev", coder, &common::dev());
    let bundled = score::set("bundled", coder, &common::bundled());
    let mut both = dev;
    both.add(&bundled);
    println!("dev+bundled: {}", both.line());
    floors("dev", &dev, 0.99, 0.90, 0.79);
    floors("bundled", &bundled, 1.00, 1.00, 0.90);
}

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
