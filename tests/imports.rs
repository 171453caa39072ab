//! The crate's imports, read from the `crate::` and `super::` paths of
//! `src/` (test modules and comments left out): no two files import each
//! other, directly or round a circle, and every import of one top-level
//! module by another is one that the layer table of `DESIGN.md` allows.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each file's module path (`compare::words`; the crate root is ``) and
/// its source up to its test module, comments left out.
fn modules() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    let root = stack[0].clone();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            // A test module kept in a file of its own (`subject/tests.rs`)
            // is test code, as an inline `mod tests` is.
            if path.extension().is_none_or(|e| e != "rs")
                || path.file_name().is_some_and(|n| n == "tests.rs")
            {
                continue;
            }
            let rel = path.strip_prefix(&root).expect("under src");
            let mut parts: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).expect("read a source file");
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let code: Vec<&str> = code
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            out.insert(parts.join("::"), code.join("\n"));
        }
    }
    out
}

/// The `crate::…` and `super::…` paths in `code`, as segments.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            out.push(
                path.split("::")
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            );
        }
    }
    out
}

/// The module a path names: its longest prefix that is a module.
fn resolve(from: &str, path: &[String], modules: &BTreeMap<String, String>) -> Option<String> {
    let mut base: Vec<String> = if from.is_empty() {
        Vec::new()
    } else {
        from.split("::").map(str::to_string).collect()
    };
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("super") => {
            while rest.first().is_some_and(|s| s == "super") {
                base.pop();
                rest = &rest[1..];
            }
        }
        _ => return None,
    }
    (0..=rest.len()).rev().find_map(|k| {
        let mut name = base.clone();
        name.extend(rest[..k].iter().cloned());
        let name = name.join("::");
        modules.contains_key(&name).then_some(name)
    })
}

/// File-level imports: a file using its own ancestors (the items its
/// `mod.rs` declares) is no edge, nor is the crate root.
fn edges(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, code) in modules {
        for p in paths(code) {
            let Some(to) = resolve(m, &p, modules) else {
                continue;
            };
            let ancestor = to.is_empty() || *m == to || m.starts_with(&format!("{to}::"));
            if !ancestor {
                out.entry(m.clone()).or_default().insert(to);
            }
        }
    }
    out
}

/// The layer table of `DESIGN.md`: each layer with the layers it may use;
/// `(exception)` marks a use allowed for now, printed on every run.
fn layers() -> BTreeMap<String, BTreeMap<String, bool>> {
    let design = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("DESIGN.md"))
        .expect("read DESIGN.md");
    let table = design
        .split("## Layers")
        .nth(1)
        .and_then(|s| s.split("```text").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("DESIGN.md has a layer table under `## Layers`");
    let mut out = BTreeMap::new();
    for line in table.lines().filter(|l| l.contains(':')) {
        let (layer, uses) = line.split_once(':').expect("layer: uses");
        let uses = uses
            .split(',')
            .map(str::trim)
            .filter(|u| !u.is_empty() && *u != "-")
            .map(|u| match u.strip_suffix("(exception)") {
                Some(u) => (u.trim().to_string(), true),
                None => (u.to_string(), false),
            })
            .collect();
        out.insert(layer.trim().to_string(), uses);
    }
    out
}

#[test]
fn no_two_files_import_each_other_round_a_circle() {
    let modules = modules();
    let edges = edges(&modules);
    // A circle exists where a module reaches itself again.
    let mut circles = Vec::new();
    for start in edges.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&String> = edges[start].iter().collect();
        while let Some(m) = todo.pop() {
            if m == start {
                circles.push(start.clone());
                break;
            }
            if seen.insert(m.clone()) {
                todo.extend(edges.get(m).into_iter().flatten());
            }
        }
    }
    assert!(circles.is_empty(), "files on an import circle: {circles:?}");
}

#[test]
fn every_import_between_layers_is_one_design_md_allows() {
    let modules = modules();
    let layers = layers();
    let mut forbidden = BTreeSet::new();
    let mut exceptions = BTreeSet::new();
    for (from, tos) in edges(&modules) {
        let top = |m: &str| m.split("::").next().unwrap_or("").to_string();
        for to in tos {
            let (a, b) = (top(&from), top(&to));
            // The crate root re-exports every layer's types.
            if a == b || a.is_empty() {
                continue;
            }
            match layers.get(&a).and_then(|uses| uses.get(&b)) {
                Some(true) => {
                    exceptions.insert(format!("{from} -> {to}"));
                }
                Some(false) => {}
                None => {
                    forbidden.insert(format!("{from} -> {to}"));
                }
            }
        }
    }
    for e in &exceptions {
        println!("allowed for now (DESIGN.md): {e}");
    }
    assert!(
        forbidden.is_empty(),
        "imports DESIGN.md's layer table does not allow: {forbidden:?}"
    );
}
