//! Nothing of a plan is silently dropped, on the bundled and development
//! plans: the clean text and the lines the cleaner removed (each with its
//! rule) hold every non-space character of the page, no two items overlap,
//! and every stretch of the clean text outside all items is a section's
//! heading with its marker, or a title or heading that holds no sentence.

mod common;

use eduplans::outline;

/// A heading or title outside the items has at most this many characters.
const HEADING_CHARS: usize = 60;

#[test]
fn text_outside_items_is_only_markers_headings_and_titles() {
    let mut checked = 0;
    for gold in common::bundled().into_iter().chain(common::dev()) {
        let doc = gold.document();
        let plan = outline::plan(&doc);
        let chars: Vec<char> = plan.text.chars().collect();
        let mut covered = vec![false; chars.len()];
        for item in &plan.items {
            for c in &mut covered[item.span.start..item.span.end] {
                assert!(!*c, "{}: items overlap at {}", gold.id, item.path);
                *c = true;
            }
        }
        let headings: Vec<String> = plan
            .items
            .iter()
            .flat_map(|i| {
                let above = i.sections.iter().filter_map(|s| s.heading.clone());
                above.chain(i.heading.clone()).collect::<Vec<_>>()
            })
            .collect();
        let mut k = 0;
        while k < chars.len() {
            if covered[k] {
                k += 1;
                continue;
            }
            let from = k;
            while k < chars.len() && !covered[k] {
                k += 1;
            }
            let stretch: String = chars[from..k].iter().collect();
            for line in stretch.lines().map(str::trim).filter(|l| !l.is_empty()) {
                checked += 1;
                // A section's heading after its marker (`一、狠抓党建,夯实…`);
                // else a title or heading that may end with a full stop
                // (`（二）工作目标。`) but holds no sentence inside it.
                let heading = headings.iter().any(|h| {
                    line.ends_with(h.as_str())
                        || line.contains(h.as_str())
                            && line.chars().count() <= h.chars().count() + 6
                });
                let inner = line.trim_end_matches(['。', '：', ':']);
                assert!(
                    heading
                        || (!inner.contains(['。', '；', ';', '，', ','])
                            && line.chars().count() <= HEADING_CHARS),
                    "{}: text outside every item: {line:?}",
                    gold.id
                );
            }
        }
        // What the cleaner kept and what it removed hold every non-space
        // character of the page.
        let count = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
        let kept = count(&doc.text) + doc.removed.iter().map(|r| count(&r.text)).sum::<usize>();
        assert_eq!(
            kept,
            count(&gold.raw),
            "{}: kept and removed characters do not add up to the page's",
            gold.id
        );
    }
    println!("{checked} lines outside items, each a marker, heading or title");
}
