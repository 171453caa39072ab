//! The HTML report of the bundled plans in a real headless browser:
//! Chromium, with the system's CJK fonts (`.ci/run` installs `chromium` and
//! `fonts-noto-cjk` where they are missing; `CHROMIUM` names another
//! binary). In the page rendered at 1366×768 the heatmap and the gap list
//! must be visible and not empty, the page must need no horizontal scroll,
//! and nothing may fail: no console message, no request. A
//! screenshot is written to `target/eduplans-report.png` (the README shows
//! a copy, `docs/report.png`).

use std::path::{Path, PathBuf};
use std::process::Command;

use eduplans::code::Coder;
use eduplans::compare::{Comparison, Options};
use eduplans::{corpus, report};

/// The browser: `CHROMIUM`, else the first of the usual names on `PATH`.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(path);
    }
    let names = ["chromium", "chromium-browser", "google-chrome"];
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!("no Chromium on PATH: run .ci/run, which installs it, or set CHROMIUM")
        })
}

/// Runs the browser headless at 1366×768 on `page` with `args`; gives its
/// stdout and stderr.
fn browse(page: &Path, args: &[&str]) -> (String, String) {
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1366,768",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run Chromium");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Measured in the page once it is laid out, and written into it, where
/// `--dump-dom` shows it.
const CHECK: &str = r#"<script>
(function () {
  var r = {};
  var heat = document.querySelector('#heatmap svg');
  var box = heat ? heat.getBoundingClientRect() : null;
  r.heatmap = !!box && box.width > 0 && box.height > 0 && heat.querySelectorAll('rect').length > 0;
  var gaps = document.querySelectorAll('#gaps li');
  r.gaps = gaps.length;
  r.gaps_visible = gaps.length > 0 && gaps[0].getBoundingClientRect().height > 0;
  r.overflow = document.documentElement.scrollWidth - window.innerWidth;
  r.width = window.innerWidth;
  r.requests = performance.getEntriesByType('resource').length;
  var pre = document.createElement('pre');
  pre.id = 'eduplans-check';
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
})();
</script>
"#;

#[test]
fn the_report_renders_in_a_browser() {
    let coder = Coder::reference();
    let plans: Vec<_> = corpus::plans()
        .expect("bundled plans")
        .iter()
        .map(|p| coder.code(p))
        .collect();
    let c = Comparison::new(coder, &plans, &Options::default()).expect("comparison");
    let html = report::html(&c);
    // Self-contained: nothing to fetch (`url(#scale)` names a gradient of
    // the page itself).
    for needle in ["src=", "href=", "<link", "@import"] {
        assert!(
            !html.contains(needle),
            "the page refers to another file: {needle}"
        );
    }
    assert!(html
        .match_indices("url(")
        .all(|(i, _)| html[i + 4..].starts_with('#')));
    let dir = std::env::temp_dir().join(format!("eduplans-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let page = dir.join("report.html");
    std::fs::write(&page, &html).expect("write");
    let checked = dir.join("checked.html");
    std::fs::write(
        &checked,
        html.replace("</body>", &format!("{CHECK}</body>")),
    )
    .expect("write");

    let (dom, log) = browse(&checked, &["--dump-dom"]);
    // The page has no script and the check logs nothing: any console
    // message (an error, a resource that failed to load) is a failure.
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "{console:?}");
    let json = dom
        .split("<pre id=\"eduplans-check\">")
        .nth(1)
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| panic!("the check did not run; the browser said:\n{log}"));
    let r: serde_json::Value = serde_json::from_str(json).expect("the check's JSON");
    println!("rendered: {r}");
    assert_eq!(r["width"], 1366);
    assert_eq!(r["heatmap"], true, "{r}");
    assert!(r["gaps"].as_u64().unwrap_or(0) > 0, "{r}");
    assert_eq!(r["gaps_visible"], true, "{r}");
    assert!(
        r["overflow"].as_i64().unwrap_or(1) <= 0,
        "horizontal scroll: {r}"
    );
    assert_eq!(r["requests"], 0, "{r}");

    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let shot = target.join("eduplans-report.png");
    let _ = std::fs::remove_file(&shot);
    let arg = format!("--screenshot={}", shot.display());
    browse(&page, &[&arg]);
    let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(size > 10_000, "screenshot of {size} bytes");
    let _ = std::fs::remove_dir_all(&dir);
}
