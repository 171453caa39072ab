//! A [`Comparison`] as tables, JSON and a heatmap.

use std::collections::HashMap;

use serde::Serialize;

use super::{heatmap, Cell, Format, Heatmap, Table};
use crate::compare::{Comparison, ItemRef};

/// The parts of a comparison, one or more tables each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// Unit × category coverage: items and share of text.
    Coverage,
    /// Each unit's strongest item on each category it covers.
    Strongest,
    /// Categories shared by all units, and the UpSet table.
    Overlaps,
    /// What each unit lacks that most peers cover.
    Gaps,
    /// Pairwise similarity matrices.
    Similarity,
    /// Distinctive categories and words, and unmapped vocabulary.
    Distinctive,
    /// The most similar items across units.
    Aligned,
    /// Phrases shared by two or more plans.
    Phrases,
    /// Targets side by side.
    Targets,
}

impl Part {
    /// Every part, in report order.
    pub const ALL: [Part; 9] = [
        Part::Coverage,
        Part::Strongest,
        Part::Overlaps,
        Part::Gaps,
        Part::Similarity,
        Part::Distinctive,
        Part::Aligned,
        Part::Phrases,
        Part::Targets,
    ];

    /// The part's name as `--table` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Part::Coverage => "coverage",
            Part::Strongest => "strongest",
            Part::Overlaps => "overlaps",
            Part::Gaps => "gaps",
            Part::Similarity => "similarity",
            Part::Distinctive => "distinctive",
            Part::Aligned => "aligned",
            Part::Phrases => "phrases",
            Part::Targets => "targets",
        }
    }
}

impl std::str::FromStr for Part {
    type Err = String;
    fn from_str(s: &str) -> Result<Part, String> {
        Part::ALL
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| {
                format!(
                    "unknown table `{s}` (one of: {})",
                    Part::ALL.map(Part::name).join(", ")
                )
            })
    }
}

/// The tables of the given parts of a comparison, in report order, for a
/// terminal or Markdown: a coverage cell holds a unit's items and share
/// (`4 (5%)`). See [`tables_for`] for CSV.
pub fn tables(c: &Comparison, parts: &[Part]) -> Vec<Table> {
    tables_for(c, parts, Format::Text)
}

/// The tables of the given parts, laid out for `format`: in CSV the
/// coverage table gives each unit's items and share in columns of their
/// own, as numbers (`zhengzhou-2016 items`, `zhengzhou-2016 share`).
pub fn tables_for(c: &Comparison, parts: &[Part], format: Format) -> Vec<Table> {
    let n = Names::new(c);
    let n = &n;
    parts
        .iter()
        .flat_map(|p| match p {
            Part::Coverage if format == Format::Csv => vec![coverage_numbers(n)],
            Part::Coverage => vec![coverage(n)],
            Part::Strongest => vec![strongest(n)],
            Part::Overlaps => vec![shared(n), upset(n)],
            Part::Gaps => vec![gaps(n)],
            Part::Similarity => similarity(n),
            Part::Distinctive => vec![distinctive(n), unmapped(n)],
            Part::Aligned => vec![aligned(n)],
            Part::Phrases => vec![phrases(n)],
            Part::Targets => vec![targets(n)],
        })
        .collect()
}

/// A comparison with its units and categories indexed by id, built once
/// for a set of tables: with thousands of units, searching the units for
/// each row's label would cost rows times units.
struct Names<'c> {
    c: &'c Comparison,
    units: HashMap<&'c str, usize>,
    categories: HashMap<&'c str, usize>,
}

impl<'c> Names<'c> {
    fn new(c: &'c Comparison) -> Names<'c> {
        Names {
            c,
            units: (c.units.iter().enumerate())
                .map(|(k, u)| (u.id.as_str(), k))
                .collect(),
            categories: (c.categories.iter().enumerate())
                .map(|(k, x)| (x.id.as_str(), k))
                .collect(),
        }
    }

    /// As [`Comparison::unit_label`].
    fn unit(&self, id: &str) -> String {
        self.units
            .get(id)
            .map_or_else(|| id.to_string(), |&k| self.c.units[k].label())
    }

    /// As [`Comparison::category_label`].
    fn category(&self, id: &str) -> String {
        self.categories
            .get(id)
            .map_or_else(|| id.to_string(), |&k| self.c.categories[k].label.clone())
    }

    /// The coverage of a unit on a category: coverage is unit-major with
    /// every category of every unit, so it is found by index.
    fn cell(&self, unit: &str, category: &str) -> Option<&'c crate::compare::Coverage> {
        let u = self.units.get(unit)?;
        let k = self.categories.get(category)?;
        (self.c.coverage.get(u * self.c.categories.len() + k))
            .filter(|x| x.unit == unit && x.category == category)
    }
}

/// The given parts as one JSON object: the crate and schema versions, the
/// options and units, and each part under its name. With every part, the
/// whole comparison.
pub fn json(c: &Comparison, parts: &[Part]) -> serde_json::Value {
    if parts.len() == Part::ALL.len() {
        return serde_json::to_value(c).unwrap_or_default();
    }
    let mut out = serde_json::Map::new();
    let mut put = |k: &str, v: serde_json::Result<serde_json::Value>| {
        out.insert(k.to_string(), v.unwrap_or_default());
    };
    put("version", serde_json::to_value(&c.version));
    put("schema_version", serde_json::to_value(&c.schema_version));
    put("options", serde_json::to_value(&c.options));
    put("units", serde_json::to_value(&c.units));
    for p in parts {
        match p {
            Part::Coverage | Part::Strongest => {
                put("coverage", serde_json::to_value(&c.coverage));
            }
            Part::Overlaps => put("overlaps", serde_json::to_value(&c.overlaps)),
            Part::Gaps => put("gaps", serde_json::to_value(&c.gaps)),
            Part::Similarity => put("similarity", serde_json::to_value(&c.similarity)),
            Part::Distinctive => {
                put("distinctive", serde_json::to_value(&c.distinctive));
                put("unmapped", serde_json::to_value(&c.unmapped));
            }
            Part::Aligned => put("aligned", serde_json::to_value(&c.aligned)),
            Part::Phrases => put("phrases", serde_json::to_value(&c.phrases)),
            Part::Targets => put("targets", serde_json::to_value(&c.targets)),
        }
    }
    serde_json::Value::Object(out)
}

/// The coverage heatmap as an SVG document: units × categories, shaded by
/// the sum of tag weights.
pub fn coverage_svg(c: &Comparison) -> String {
    let n = Names::new(c);
    let rows: Vec<String> = c.units.iter().map(|u| u.label()).collect();
    let columns: Vec<String> = c.categories.iter().map(|x| x.label.clone()).collect();
    let values: Vec<Vec<f64>> = c
        .units
        .iter()
        .map(|u| {
            c.categories
                .iter()
                .map(|cat| n.cell(&u.id, &cat.id).map_or(0.0, |x| x.weight))
                .collect()
        })
        .collect();
    heatmap(&Heatmap {
        title: "主题覆盖 coverage (units × themes)",
        rows: &rows,
        columns: &columns,
        values: &values,
        caption: "每格为该单位在该主题上的标签权重之和；0 为白色。Sum of tag weights per unit and theme; shade relative to the maximum.",
    })
}

fn item(r: &Option<ItemRef>) -> Cell {
    match r {
        Some(r) => Cell::from(describe(r)),
        None => Cell::Empty,
    }
}

fn describe(r: &ItemRef) -> String {
    let head = r
        .heading
        .clone()
        .unwrap_or_else(|| r.text.replace('\n', " "));
    format!("{} {}: {}", r.plan, r.path, head)
}

fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

fn coverage(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut columns = vec!["theme".to_string()];
    columns.extend(c.units.iter().map(|u| u.id.clone()));
    let mut t = Table::new(
        "coverage",
        "Coverage: items per theme (share of the unit's text)",
        columns,
    );
    for cat in &c.categories {
        let mut row = vec![Cell::from(format!("{} {}", cat.label, cat.id))];
        for u in &c.units {
            row.push(match n.cell(&u.id, &cat.id) {
                Some(x) if x.items > 0 => Cell::from(format!("{} ({})", x.items, percent(x.share))),
                _ => Cell::from("0"),
            });
        }
        t.push(row);
    }
    t
}

fn coverage_numbers(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut columns = vec!["theme".to_string(), "label".to_string()];
    for u in &c.units {
        columns.push(format!("{} items", u.id));
        columns.push(format!("{} share", u.id));
    }
    let mut t = Table::new(
        "coverage",
        "Coverage: items per theme and share of the unit's text",
        columns,
    );
    for cat in &c.categories {
        let mut row = vec![Cell::from(cat.id.as_str()), Cell::from(cat.label.as_str())];
        for u in &c.units {
            let (items, share) = n
                .cell(&u.id, &cat.id)
                .map_or((0, 0.0), |x| (x.items, x.share));
            row.push(Cell::from(items));
            row.push(Cell::from(share));
        }
        t.push(row);
    }
    t
}

fn strongest(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut t = Table::new(
        "strongest",
        "Coverage: the strongest item of each unit on each theme",
        [
            "unit",
            "theme",
            "items",
            "share",
            "weight",
            "strongest item",
        ],
    );
    for x in c.coverage.iter().filter(|x| x.items > 0) {
        t.push(vec![
            n.unit(&x.unit).into(),
            n.category(&x.category).into(),
            x.items.into(),
            x.share.into(),
            x.weight.into(),
            item(&x.strongest),
        ]);
    }
    t
}

fn shared(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut t = Table::new(
        "shared",
        "Overlaps: themes every unit covers",
        ["theme", "label"],
    );
    for id in &c.overlaps.shared_by_all {
        t.push(vec![id.as_str().into(), n.category(id).into()]);
    }
    t
}

fn upset(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut t = Table::new(
        "intersections",
        "Overlaps: themes covered by exactly these units (UpSet), largest first",
        ["units", "exactly", "at least", "themes"],
    );
    for i in &c.overlaps.intersections {
        let labels: Vec<String> = i.categories.iter().map(|x| n.category(x)).collect();
        t.push(vec![
            i.units.join(" + ").into(),
            i.categories.len().into(),
            i.inclusive.into(),
            labels.join(" ").into(),
        ]);
    }
    t
}

fn gaps(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut t = Table::new(
        "gaps",
        "Gaps: themes most peers cover and the unit does not, with the peers' strongest item",
        [
            "unit",
            "theme",
            "covering",
            "peers",
            "example of what is missing",
        ],
    );
    for g in &c.gaps {
        t.push(vec![
            n.unit(&g.unit).into(),
            n.category(&g.category).into(),
            g.peers_covering.into(),
            g.peers.into(),
            item(&g.example),
        ]);
    }
    t
}

fn similarity(n: &Names<'_>) -> Vec<Table> {
    let c = n.c;
    let s = &c.similarity;
    if s.word_cosine.is_empty() {
        let mut t = Table::new(
            "similarity_neighbours",
            "Similarity: each unit's nearest units by word TF-IDF cosine",
            [
                "unit",
                "rank",
                "neighbour",
                "word cosine",
                "theme cosine",
                "jaccard",
            ],
        );
        for x in &s.neighbours {
            t.push(vec![
                n.unit(&x.unit).into(),
                x.rank.into(),
                n.unit(&x.neighbour).into(),
                x.word_cosine.into(),
                x.theme_cosine.into(),
                x.jaccard.into(),
            ]);
        }
        return vec![t];
    }
    let matrices = [
        (
            "similarity_jaccard",
            "Similarity: Jaccard on theme sets",
            &s.jaccard,
        ),
        (
            "similarity_themes",
            "Similarity: cosine on theme weights",
            &s.theme_cosine,
        ),
        (
            "similarity_words",
            "Similarity: cosine on word TF-IDF",
            &s.word_cosine,
        ),
    ];
    matrices
        .into_iter()
        .map(|(name, title, m)| {
            let mut columns = vec!["unit".to_string()];
            columns.extend(s.units.iter().cloned());
            let mut t = Table::new(name, title, columns);
            for (u, row) in s.units.iter().zip(m) {
                let mut cells = vec![Cell::from(n.unit(u))];
                cells.extend(row.iter().map(|&x| Cell::from(x)));
                t.push(cells);
            }
            t
        })
        .collect()
}

fn distinctive(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut t = Table::new(
        "distinctive",
        "Distinctive: over-represented themes and words (log-likelihood G², log2 ratio)",
        [
            "unit",
            "against",
            "kind",
            "term",
            "count",
            "reference",
            "G2",
            "log ratio",
        ],
    );
    for d in &c.distinctive {
        let kinds = [("theme", &d.themes), ("word", &d.words)];
        for (kind, list) in kinds {
            for k in list {
                let term = if kind == "theme" {
                    n.category(&k.term)
                } else {
                    k.term.clone()
                };
                t.push(vec![
                    n.unit(&d.unit).into(),
                    d.against.as_str().into(),
                    kind.into(),
                    term.into(),
                    k.count.into(),
                    k.reference.into(),
                    k.g2.into(),
                    k.log_ratio.into(),
                ]);
            }
        }
    }
    t
}

fn unmapped(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut t = Table::new(
        "unmapped",
        "Unmapped vocabulary: salient words no cue of the schema covers (TF-IDF)",
        ["unit", "words"],
    );
    for u in &c.unmapped {
        let words: Vec<String> = u
            .words
            .iter()
            .map(|s| format!("{}({})", s.word, s.count))
            .collect();
        t.push(vec![n.unit(&u.plan).into(), words.join(" ").into()]);
    }
    t
}

fn aligned(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut t = Table::new(
        "aligned",
        format!(
            "Aligned items: the most similar items across units (score {:.2} or more), each pair once with the themes it shares",
            crate::compare::MIN_ALIGNED_SCORE
        ),
        ["themes", "score", "item", "similar item"],
    );
    // A pair of items found under several themes is one row: keyed by the
    // two items, with its themes in the order they came.
    let mut rows: Vec<(&crate::compare::AlignedPair, Vec<String>)> = Vec::new();
    for a in &c.aligned {
        let label = n.category(&a.category);
        for p in &a.pairs {
            let same = |q: &crate::compare::AlignedPair| {
                (q.a.unit == p.a.unit && q.a.item.path == p.a.item.path)
                    && (q.b.unit == p.b.unit && q.b.item.path == p.b.item.path)
            };
            match rows.iter_mut().find(|(q, _)| same(q)) {
                Some((_, themes)) => themes.push(label.clone()),
                None => rows.push((p, vec![label.clone()])),
            }
        }
    }
    rows.sort_by(|x, y| y.0.score.total_cmp(&x.0.score));
    for (p, themes) in rows {
        t.push(vec![
            themes.join(" ").into(),
            p.score.into(),
            describe(&p.a.item).into(),
            describe(&p.b.item).into(),
        ]);
    }
    t
}

fn phrases(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut t = Table::new(
        "phrases",
        "Shared phrases: wordings in two or more plans, oldest use first",
        ["phrase", "plans", "used by"],
    );
    for p in &c.phrases {
        let uses: Vec<String> = p
            .uses
            .iter()
            .map(|u| match u.year {
                Some(y) => format!("{} ({y})", u.plan),
                None => u.plan.clone(),
            })
            .collect();
        t.push(vec![
            p.phrase.as_str().into(),
            p.uses.len().into(),
            uses.join(", ").into(),
        ]);
    }
    t
}

fn targets(n: &Names<'_>) -> Table {
    let c = n.c;
    let mut t = Table::new(
        "targets",
        "Targets side by side, by theme",
        [
            "theme",
            "unit",
            "subject",
            "value",
            "unit of measure",
            "relation",
            "by",
            "item",
        ],
    );
    for r in &c.targets {
        let x = &r.target;
        let value = match x.low {
            Some(low) => format!("{low}-{}", x.value),
            None => x.value.to_string(),
        };
        let relation = serde_json::to_value(x.relation)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        t.push(vec![
            n.category(&r.category).into(),
            r.unit.as_str().into(),
            x.subject.clone().into(),
            value.into(),
            x.unit.as_str().into(),
            relation.into(),
            x.by.clone().into(),
            // The plan where a unit holds several (`--by city`).
            if *x.plan == *r.unit {
                x.path.as_str().into()
            } else {
                format!("{} {}", x.plan, x.path).into()
            },
        ]);
    }
    t
}
