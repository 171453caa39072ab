//! The house rules a reader relies on: the README opens with the two
//! commands and stays short enough to read, and no source file grows past
//! what one can hold in mind.

use std::path::Path;

const README_LINES: usize = 250;
const SOURCE_LINES: usize = 800;

#[test]
fn the_readme_opens_with_the_two_commands_and_stays_short() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let lines: Vec<&str> = readme.lines().collect();
    assert!(
        lines.len() <= README_LINES,
        "README.md has {} lines",
        lines.len()
    );
    let block: Vec<&str> = lines
        .iter()
        .skip_while(|l| !l.starts_with("```"))
        .skip(1)
        .take(2)
        .copied()
        .collect();
    assert!(
        block[0].starts_with("cargo run --release --example compare"),
        "{block:?}"
    );
    assert!(block[1].starts_with("cargo test"), "{block:?}");
}

#[test]
fn no_source_file_is_longer_than_it_can_be_read() {
    fn walk(dir: &Path, long: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, long);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let n = std::fs::read_to_string(&path).map_or(0, |s| s.lines().count());
                if n > SOURCE_LINES {
                    long.push(format!("{} ({n} lines)", path.display()));
                }
            }
        }
    }
    let mut long = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut long,
    );
    assert!(long.is_empty(), "over {SOURCE_LINES} lines: {long:?}");
}
