//! Targets side by side: for each category, every unit's targets, those with
//! the same subject together.

use serde::Serialize;

use super::unit::Unit;
use super::{category_of, Category, ThemeLevel};
use crate::schema::Schema;
use crate::targets::Target;

/// One target in the side-by-side table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TargetRow {
    /// The category of the target's theme.
    pub category: String,
    /// The unit of comparison (a plan, or a city's plans) that sets it,
    /// named `unit` as in every table of a comparison; the unit of measure
    /// is the target's own `unit` (`所`, `%`).
    pub unit: String,
    /// The target.
    pub target: Target,
}

pub(crate) fn side_by_side(
    schema: &Schema,
    units: &[Unit<'_>],
    categories: &[Category],
    level: ThemeLevel,
) -> Vec<TargetRow> {
    let mut rows: Vec<(usize, String, usize, usize, TargetRow)> = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        for (k, t) in unit.targets.iter().enumerate() {
            let Some(cat) = t
                .theme
                .as_deref()
                .and_then(|th| category_of(schema, th, level))
            else {
                continue;
            };
            let Some(c) = categories.iter().position(|x| x.id == cat) else {
                continue;
            };
            let key: String = (t.subject.as_deref().unwrap_or_default())
                .chars()
                .filter(|c| crate::text::is_han(*c))
                .collect();
            rows.push((
                c,
                key,
                u,
                k,
                TargetRow {
                    category: cat,
                    unit: unit.info.id.clone(),
                    target: (*t).clone(),
                },
            ));
        }
    }
    rows.sort_by(|a, b| (a.0, &a.1, a.2, a.3).cmp(&(b.0, &b.1, b.2, b.3)));
    rows.into_iter().map(|r| r.4).collect()
}
