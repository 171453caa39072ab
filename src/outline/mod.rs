//! Outline: a clean [`Document`] → a [`Plan`], a tree of [`Item`]s.
//!
//! The outline reads the markers Chinese plans use (`一、` `（一）` `1.` `（1）`
//! `①` `一是` `第一，` `——`, `第X项工程` blocks, `第X章`), newspaper
//! sub-headings under district headings, labelled goals (`总体目标:`) and
//! preamble paragraphs. Markers are accepted by their sequence, so that the
//! `一、` of `一、二年级` or the `(二)` in a sentence do not open items, while
//! markers run together on one line (text pasted from a `.docx`) still do.
//!
//! An item is a leaf of the tree, the unit a reader codes: a numbered point,
//! a clause, a project block, a sub-heading with its paragraphs. The sections
//! above it are in its `path` and its `sections`. A section's own intro is an
//! item (path ending in `0`) where it commits to something concrete, and a
//! district's lead paragraph always is.
//!
//! ```
//! use eduplans::{ingest, outline};
//! let doc = ingest::from_text("demo", "一、加强党建\n1.深入学习。开展学习活动。\n2.加强基层党组织建设。一是建强支部。二是发展党员。\n二、保障\n3.加强经费保障。落实投入。")?;
//! let plan = outline::plan(&doc);
//! let paths: Vec<&str> = plan.items.iter().map(|i| i.path.as_str()).collect();
//! assert_eq!(paths, ["1/1", "1/2/1", "1/2/2", "2/3"]);
//! assert_eq!(plan.items[0].heading.as_deref(), Some("深入学习"));
//! assert_eq!(plan.items[1].sections[1].heading.as_deref(), Some("加强基层党组织建设"));
//! # Ok::<(), eduplans::Error>(())
//! ```

mod build;
mod excerpt;
mod goals;
mod lists;
mod scan;
mod shape;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use excerpt::Excerpt;

use crate::ingest::{Document, Level, Meta};
use crate::{Warning, WarningKind};

/// A plan: its metadata, its clean text and its items.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Plan {
    /// The plan's id.
    pub id: String,
    /// Its metadata.
    pub meta: Meta,
    /// The clean text the items' spans point into, shared with the items'
    /// texts.
    pub text: Arc<str>,
    /// The items, in text order.
    pub items: Vec<Item>,
    /// The ingest's warnings and the outline's.
    pub warnings: Vec<Warning>,
}

/// One item of a plan: the smallest numbered or headed unit that states work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Item {
    /// Its place in the outline, outermost first, joined by `/`: `2/8`,
    /// `projects/3`, `2/(1)/3`, `district:金水区/2`, `preamble/1`.
    pub path: String,
    /// Its own heading, where it has one.
    pub heading: Option<String>,
    /// The whole item after its number, heading included: a part of its
    /// plan's text, not a copy.
    pub text: Excerpt,
    /// Where `text` stands in the plan's clean text, in characters.
    pub span: Span,
    /// How deep it stands: 1 for a top-level item.
    pub depth: usize,
    /// The sections above it, outermost first: one list shared by the
    /// items under the same section.
    pub sections: Arc<[Section]>,
}

/// A section above an item: its path and heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Section {
    /// The section's path.
    pub path: String,
    /// The section's heading, where it has one.
    pub heading: Option<String>,
}

/// A half-open range of character offsets, `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Span {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// Outlines a document into a plan of items.
///
/// A text with no outline markers becomes one item per paragraph, and a text
/// with no items at all (only a table of contents) an empty plan: both with a
/// warning, neither an error.
pub fn plan(doc: &Document) -> Plan {
    let text = Arc::from(doc.text.as_str());
    let (items, warnings) = items(doc, &text, doc.warnings.clone());
    Plan {
        id: doc.id.clone(),
        meta: doc.meta.clone(),
        text,
        items,
        warnings,
    }
}

/// [`plan`] of a document the caller is done with: its id, metadata and
/// warnings are moved into the plan, not copied. Its text is copied once,
/// into the string the plan and its items share (an `Arc<str>` cannot take
/// a `String`'s buffer): that one copy replaced a copy an item.
pub(crate) fn plan_owned(mut doc: Document) -> Plan {
    let warnings = std::mem::take(&mut doc.warnings);
    let text = Arc::from(std::mem::take(&mut doc.text));
    let (items, warnings) = items(&doc, &text, warnings);
    Plan {
        id: doc.id,
        meta: doc.meta,
        text,
        items,
        warnings,
    }
}

/// The document's items, and its `warnings` with the outline's added.
/// `text` is the document's text, shared.
fn items(doc: &Document, text: &Arc<str>, mut warnings: Vec<Warning>) -> (Vec<Item>, Vec<Warning>) {
    let outline = build::outline(text, &doc.meta.districts);
    let mut items = outline.items;
    if items.is_empty() {
        warnings.push(Warning::new(
            WarningKind::NoItems,
            "no items: the text has no plan paragraphs (a table of contents only?)",
        ));
    } else if !outline.marked {
        warnings.push(Warning::new(
            WarningKind::NoOutline,
            "no outline markers: items are the text's paragraphs",
        ));
    }
    build::char_spans(text, &mut items);
    (items, warnings)
}

impl Item {
    /// The district whose part of a round-up the item stands in
    /// (`district:金水区/2` → `金水区`), if any.
    pub fn district(&self) -> Option<&str> {
        district_of(&self.path)
    }
}

/// The district an item path stands under (`district:金水区/2` → `金水区`).
pub fn district_of(path: &str) -> Option<&str> {
    path.split('/').next()?.strip_prefix("district:")
}

impl Plan {
    /// The item at `path`, if any.
    pub fn item(&self, path: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.path == path)
    }

    /// Splits a plan that speaks for several districts into one plan per
    /// district, each with the district as its jurisdiction and the items
    /// under that district's heading (paths keep their `district:` prefix).
    /// A plan without districts comes back whole, as the only element.
    pub fn by_district(&self) -> Vec<Plan> {
        let districts = self.district_names();
        if districts.is_empty() {
            return vec![self.clone()];
        }
        districts
            .into_iter()
            .map(|name| {
                let mut meta = self.meta.clone();
                meta.jurisdiction.district = Some(name.clone());
                meta.districts.clear();
                meta.level = Some(Level::District);
                Plan {
                    id: format!("{}#{}", self.id, name),
                    meta,
                    text: self.text.clone(),
                    items: self
                        .items
                        .iter()
                        .filter(|i| i.district() == Some(name.as_str()))
                        .cloned()
                        .collect(),
                    warnings: self.warnings.clone(),
                }
            })
            .collect()
    }

    /// The districts the items are grouped under, in text order.
    fn district_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for item in &self.items {
            if let Some(name) = item.district() {
                if !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            }
        }
        names
    }
}
