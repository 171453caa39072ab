//! Compare: what a set of coded plans shares, where each leaves gaps, how
//! alike they are, what is distinctive of each, and their targets side by
//! side.
//!
//! Build a [`Comparison`] from two or more [`CodedPlan`]s with [`Options`];
//! every part is plain data (serde) and [`crate::report`] renders it as
//! tables. Anything that weighs one plan against others lives here, computed
//! from the words the coder already cut: text is segmented once.
//!
//! ```
//! use eduplans::{code::Coder, compare::{Comparison, Options}, ingest, outline};
//!
//! let coder = Coder::reference();
//! let code = |id: &str, text: &str| coder.code(&outline::plan(&ingest::from_text(id, text).unwrap()));
//! let a = code("a", "1.加强党建。落实三会一课。\n2.推进校园足球。创建足球特色学校。\n3.推进智慧校园建设。建设教育专网。");
//! let b = code("b", "1.加强党建。落实三会一课。\n2.推进校园足球。开展足球联赛。");
//! let c = Comparison::new(coder, &[a, b], &Options::default())?;
//! assert_eq!(c.overlaps.shared_by_all, ["party_building", "football"]);
//! let gaps: Vec<&str> = c.gaps.iter().filter(|g| g.unit == "b").map(|g| g.category.as_str()).collect();
//! assert_eq!(gaps, ["ict"]);
//! # Ok::<(), eduplans::Error>(())
//! ```

mod align;
mod coverage;
mod keyness;
mod phrases;
mod side;
mod similarity;
mod unit;
mod vocabulary;
mod words;

use std::borrow::Cow;

use serde::Serialize;

pub(crate) use align::MIN_ALIGNED_SCORE;
pub use align::{Aligned, AlignedItem, AlignedPair};
pub use coverage::{Coverage, Gap, Intersection, ItemRef, Overlaps};
pub use keyness::{Distinctive, Keyness};
pub use phrases::{PhraseUse, SharedPhrase, BOILERPLATE};
pub use side::TargetRow;
pub use similarity::{Neighbour, Similarity};
pub use unit::{By, UnitInfo};
pub use vocabulary::{unmapped, Salient, Unmapped};

use crate::code::Coder;
use crate::pipeline::CodedPlan;
use crate::schema::Schema;
use crate::{Error, Result};

/// At what level themes are compared: one by one, or rolled up into parents
/// or domains. (A jurisdiction's administrative level is
/// [`ingest::Level`](crate::ingest::Level).)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeLevel {
    /// Each theme of the schema.
    #[default]
    Theme,
    /// Child themes rolled up into their parent (足球 into 体育).
    Parent,
    /// Themes rolled up into their domain.
    Domain,
}

/// A column of the comparison: a theme, a parent theme, or a domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Category {
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: String,
}

/// Options of a comparison; `Options::default()` compares plans by theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Options {
    /// What the units are.
    pub by: By,
    /// At what level themes are compared.
    pub level: ThemeLevel,
    /// The weight a tag needs to count; `None`: the coder's themes only.
    pub min_weight: Option<f64>,
    /// A theme is a gap of a unit when at least this share of its peers
    /// cover it (default 0.5: at least half).
    pub gap_share: f64,
    /// Keyness of each unit against this unit instead of against the rest.
    pub against: Option<String>,
    /// How many rows each per-unit list keeps (distinctive words, unmapped
    /// words, aligned pairs per theme).
    pub top: usize,
    /// Phrases to treat as boilerplate on top of [`BOILERPLATE`].
    pub stop_phrases: Vec<String>,
    /// The full similarity matrices however many units there are; by
    /// default, beyond 50 units, each unit's nearest neighbours instead
    /// (see [`Similarity`]).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub full_similarity: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            by: By::Plan,
            level: ThemeLevel::Theme,
            min_weight: None,
            gap_share: 0.5,
            against: None,
            top: 10,
            stop_phrases: Vec::new(),
            full_similarity: false,
        }
    }
}

impl Options {
    /// Sets the units.
    pub fn by(mut self, by: By) -> Options {
        self.by = by;
        self
    }
    /// Sets the level.
    pub fn level(mut self, level: ThemeLevel) -> Options {
        self.level = level;
        self
    }
    /// Sets the weight a tag needs to count.
    pub fn min_weight(mut self, weight: f64) -> Options {
        self.min_weight = Some(weight);
        self
    }
    /// Sets the share of peers that makes a gap.
    pub fn gap_share(mut self, share: f64) -> Options {
        self.gap_share = share;
        self
    }
    /// Compares each unit against this one in the keyness table.
    pub fn against(mut self, unit: impl Into<String>) -> Options {
        self.against = Some(unit.into());
        self
    }
    /// Sets how many rows per-unit lists keep.
    pub fn top(mut self, top: usize) -> Options {
        self.top = top;
        self
    }
    /// Gives the full similarity matrices however many units there are.
    pub fn full_similarity(mut self, full: bool) -> Options {
        self.full_similarity = full;
        self
    }
    /// Adds phrases to treat as boilerplate.
    pub fn stop_phrases<S: Into<String>>(
        mut self,
        phrases: impl IntoIterator<Item = S>,
    ) -> Options {
        self.stop_phrases
            .extend(phrases.into_iter().map(Into::into));
        self
    }
}

/// The comparison of two or more plans: every table's data.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Comparison {
    /// The crate's version.
    pub version: String,
    /// The schema's version.
    pub schema_version: String,
    /// The options it was built with.
    pub options: Options,
    /// The units compared, in input order.
    pub units: Vec<UnitInfo>,
    /// The categories compared (themes, parents or domains), in schema order.
    pub categories: Vec<Category>,
    /// Unit × category: every category, zeros included.
    pub coverage: Vec<Coverage>,
    /// What units share.
    pub overlaps: Overlaps,
    /// What each unit lacks that most peers cover.
    pub gaps: Vec<Gap>,
    /// Pairwise similarity matrices.
    pub similarity: Similarity,
    /// What is over-represented in each unit.
    pub distinctive: Vec<Distinctive>,
    /// Salient words no cue covers, per unit.
    pub unmapped: Vec<Unmapped>,
    /// Per category, the most similar items across units.
    pub aligned: Vec<Aligned>,
    /// Phrases that stand in two or more plans.
    pub phrases: Vec<SharedPhrase>,
    /// Targets side by side, by category.
    pub targets: Vec<TargetRow>,
}

impl Comparison {
    /// Compares coded plans: [`Comparison::builder`] with all of `plans`.
    pub fn new(coder: &Coder, plans: &[CodedPlan], options: &Options) -> Result<Comparison> {
        Comparison::builder(coder)
            .options(options.clone())
            .plans(plans)
            .build()
    }

    /// A comparison built from plans given one at a time, by reference, so
    /// that plans held in any collection (or several) need not be copied
    /// into one `Vec`.
    ///
    /// ```
    /// use eduplans::{code::Coder, compare::Comparison, ingest, outline};
    /// let coder = Coder::reference();
    /// let code = |id: &str, text: &str| -> eduplans::Result<_> {
    ///     Ok(coder.code(&outline::plan(&ingest::from_text(id, text)?)))
    /// };
    /// let a = code("a", "1.加强校园足球。创建校园足球特色学校20所。")?;
    /// let b = code("b", "1.推进学前教育。新建幼儿园5所。")?;
    /// let c = Comparison::builder(&coder).plan(&a).plan(&b).build()?;
    /// assert_eq!(c.units.len(), 2);
    /// # Ok::<(), eduplans::Error>(())
    /// ```
    pub fn builder(coder: &Coder) -> ComparisonBuilder<'_> {
        ComparisonBuilder {
            coder,
            plans: Vec::new(),
            options: Options::default(),
        }
    }
}

/// Builds a [`Comparison`] (see [`Comparison::builder`]).
#[derive(Debug, Clone)]
pub struct ComparisonBuilder<'a> {
    coder: &'a Coder,
    /// Plans added by reference, or folded in by value.
    plans: Vec<Cow<'a, CodedPlan>>,
    options: Options,
}

impl<'a> ComparisonBuilder<'a> {
    /// The options (default [`Options::default`]).
    pub fn options(mut self, options: Options) -> ComparisonBuilder<'a> {
        self.options = options;
        self
    }

    /// Adds a plan.
    pub fn plan(mut self, plan: &'a CodedPlan) -> ComparisonBuilder<'a> {
        self.plans.push(Cow::Borrowed(plan));
        self
    }

    /// Adds plans, in order.
    pub fn plans(
        mut self,
        plans: impl IntoIterator<Item = &'a CodedPlan>,
    ) -> ComparisonBuilder<'a> {
        self.plans.extend(plans.into_iter().map(Cow::Borrowed));
        self
    }

    /// Adds a plan by value, keeping only what the tables read: its text,
    /// items with their words and tags, and targets, but not the tags'
    /// evidence or the plan's warnings. A study of many plans codes them a
    /// batch at a time and folds each in, or reads them back one at a time
    /// ([`CodedPlan::from_json_line`]), so that whole coded plans need not
    /// all stay in memory. The comparison is the one the plans themselves
    /// give.
    ///
    /// ```
    /// use eduplans::{code::Coder, compare::Comparison};
    /// let coder = Coder::reference();
    /// let mut builder = Comparison::builder(&coder);
    /// for (id, text) in [("a", "1.加强校园足球。"), ("b", "1.推进学前教育。")] {
    ///     builder = builder.fold(coder.code_text(id, text)?);
    /// }
    /// assert_eq!(builder.build()?.units.len(), 2);
    /// # Ok::<(), eduplans::Error>(())
    /// ```
    pub fn fold(mut self, plan: CodedPlan) -> ComparisonBuilder<'a> {
        self.plans.push(Cow::Owned(slim(plan)));
        self
    }

    /// Compares the plans added. Needs at least two units, plans with
    /// distinct ids, and a valid schema: `Schema`'s fields are public, so a
    /// schema edited in place is checked here, where parents and domains
    /// are rolled up.
    pub fn build(&self) -> Result<Comparison> {
        let (coder, options) = (self.coder, &self.options);
        let plans: Vec<&CodedPlan> = self.plans.iter().map(|p| &**p).collect();
        let plans = plans.as_slice();
        check_ids(plans)?;
        let schema = coder.schema();
        schema.check("schema")?;
        let units = unit::units(plans, options.by);
        if units.len() < 2 {
            return Err(Error::TooFewPlans { found: units.len() });
        }
        if let Some(against) = &options.against {
            if !units.iter().any(|u| &u.info.id == against) {
                return Err(Error::UnknownUnit {
                    id: against.clone(),
                    hint: crate::error::did_you_mean(
                        against,
                        units.iter().map(|u| u.info.id.as_str()),
                    ),
                    known: units
                        .iter()
                        .map(|u| u.info.id.clone())
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            }
        }
        let categories = categories(schema, options.level);
        let grid = coverage::Grid::new(schema, &units, &categories, options);
        let words = similarity::unit_words(&units);
        Ok(Comparison {
            version: env!("CARGO_PKG_VERSION").to_string(),
            schema_version: schema.version.clone(),
            options: options.clone(),
            coverage: grid.coverage(&units, &categories),
            overlaps: grid.overlaps(&units, &categories),
            gaps: grid.gaps(&units, &categories, options.gap_share),
            similarity: similarity::similarity(
                &units,
                &grid,
                &words,
                options.full_similarity,
                options.top,
            ),
            distinctive: keyness::distinctive(&units, &grid, &categories, &words, options),
            unmapped: vocabulary::unmapped_units(coder, &units, &words, options.top),
            aligned: align::aligned(&units, &grid, &categories, options.top),
            phrases: phrases::shared(plans, options),
            targets: side::side_by_side(schema, &units, &categories, options.level),
            units: units.iter().map(|u| u.info.clone()).collect(),
            categories,
        })
    }
}

impl Comparison {
    /// The label of a unit (`qiqihar-2022 齐齐哈尔市`), or the id itself.
    pub fn unit_label(&self, id: &str) -> String {
        self.units
            .iter()
            .find(|u| u.id == id)
            .map_or_else(|| id.to_string(), UnitInfo::label)
    }

    /// The label of a category, or the id itself.
    pub fn category_label(&self, id: &str) -> String {
        self.categories
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_string(), |c| c.label.clone())
    }

    /// The gaps of one unit, largest share of peers first.
    pub fn gaps_of<'a>(&'a self, unit: &'a str) -> impl Iterator<Item = &'a Gap> + 'a {
        self.gaps.iter().filter(move |g| g.unit == unit)
    }
}

/// A coded plan without what no table reads.
fn slim(mut plan: CodedPlan) -> CodedPlan {
    plan.warnings = Vec::new();
    for item in &mut plan.items {
        for tag in item.themes.iter_mut().chain(&mut item.candidates) {
            tag.evidence = Vec::new();
        }
    }
    plan
}

fn check_ids(plans: &[&CodedPlan]) -> Result<()> {
    let mut seen = std::collections::BTreeSet::new();
    for p in plans {
        if !seen.insert(p.id.as_str()) {
            return Err(Error::DuplicatePlan { id: p.id.clone() });
        }
    }
    Ok(())
}

/// The categories of a level, in schema order.
pub(crate) fn categories(schema: &Schema, level: ThemeLevel) -> Vec<Category> {
    match level {
        ThemeLevel::Theme => schema
            .themes
            .iter()
            .map(|t| Category {
                id: t.id.clone(),
                label: t.label.clone(),
            })
            .collect(),
        ThemeLevel::Parent => schema
            .themes
            .iter()
            .filter(|t| t.parent.is_none())
            .map(|t| Category {
                id: t.id.clone(),
                label: t.label.clone(),
            })
            .collect(),
        ThemeLevel::Domain => schema
            .domains
            .iter()
            .map(|d| Category {
                id: d.id.clone(),
                label: d.label.clone(),
            })
            .collect(),
    }
}

/// The category a theme belongs to at a level: itself, its root ancestor,
/// or its domain.
pub(crate) fn category_of(schema: &Schema, theme: &str, level: ThemeLevel) -> Option<String> {
    let t = schema.theme(theme)?;
    Some(match level {
        ThemeLevel::Theme => t.id.clone(),
        ThemeLevel::Domain => t.domain.clone(),
        ThemeLevel::Parent => {
            let mut at = t;
            let mut steps = 0;
            while let Some(p) = schema.parent(at) {
                at = p;
                steps += 1;
                if steps > schema.themes.len() {
                    break; // a cycle: `Comparison::new` checks the schema first
                }
            }
            at.id.clone()
        }
    })
}
