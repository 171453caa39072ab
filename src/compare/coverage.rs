//! Coverage (unit × category), overlaps (shared by all, UpSet-style
//! intersections) and gaps.

use std::collections::BTreeMap;

use serde::Serialize;

use super::unit::{Member, Unit};
use super::{category_of, Category, Options};
use crate::outline::Excerpt;
use crate::schema::Schema;

/// How a unit covers a category.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Coverage {
    /// The unit's id.
    pub unit: String,
    /// The category's id.
    pub category: String,
    /// How many of the unit's items address it.
    pub items: usize,
    /// Their share of the unit's text (characters).
    pub share: f64,
    /// The sum of their tag weights.
    pub weight: f64,
    /// The item that addresses it most strongly.
    pub strongest: Option<ItemRef>,
}

/// An item named in a table: plan, path, heading and text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemRef {
    /// The plan's id.
    pub plan: String,
    /// The item's path.
    pub path: String,
    /// Its heading, if any.
    pub heading: Option<String>,
    /// Its whole text: a terminal table cuts it to fit, CSV and JSON never.
    /// A part of its plan's text, shared, not a copy: a study of thousands
    /// of plans names each plan's items in many rows.
    pub text: Excerpt,
}

impl ItemRef {
    pub(crate) fn of(m: &Member<'_>) -> ItemRef {
        let item = &m.item.item;
        ItemRef {
            plan: m.plan.id.clone(),
            path: item.path.clone(),
            heading: item.heading.clone(),
            text: item.text.clone(),
        }
    }
}

/// What units share.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Overlaps {
    /// Categories every unit covers, in schema order.
    pub shared_by_all: Vec<String>,
    /// For each set of units that covers some category exactly, the
    /// categories covered by exactly those units; largest first.
    pub intersections: Vec<Intersection>,
}

/// One row of an UpSet table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Intersection {
    /// The units of the set, in unit order.
    pub units: Vec<String>,
    /// The categories covered by exactly these units, in schema order.
    pub categories: Vec<String>,
    /// How many categories are covered by at least these units.
    pub inclusive: usize,
}

/// A category most of a unit's peers cover and it does not.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Gap {
    /// The unit with the gap.
    pub unit: String,
    /// The category it lacks.
    pub category: String,
    /// How many of its peers cover it.
    pub peers_covering: usize,
    /// How many peers it has.
    pub peers: usize,
    /// The peers' strongest item on it: an example of what is missing.
    pub example: Option<ItemRef>,
}

/// A unit, one of its items and the item's weight.
type UnitItem = (usize, usize, f64);

/// For each unit and category, the unit's items on it with their weights.
pub(crate) struct Grid {
    /// `cells[unit][category]`: (item index in the unit, weight).
    pub cells: Vec<Vec<Vec<(usize, f64)>>>,
    /// Each unit's items' lengths in characters.
    pub lengths: Vec<Vec<usize>>,
}

impl Grid {
    pub(crate) fn new(
        schema: &Schema,
        units: &[Unit<'_>],
        categories: &[Category],
        options: &Options,
    ) -> Grid {
        let index: BTreeMap<&str, usize> = categories
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let mut cells = Vec::with_capacity(units.len());
        let mut lengths = Vec::with_capacity(units.len());
        for unit in units {
            let mut row = vec![Vec::new(); categories.len()];
            for (k, m) in unit.items.iter().enumerate() {
                let tags = m.item.themes.iter().chain(&m.item.candidates);
                let mut best: BTreeMap<usize, f64> = BTreeMap::new();
                for tag in tags {
                    let counts = match options.min_weight {
                        Some(w) => tag.weight >= w,
                        None => m.item.themes.iter().any(|t| std::ptr::eq(t, tag)),
                    };
                    let cat = category_of(schema, &tag.id, options.level);
                    if let (true, Some(&c)) = (counts, cat.as_deref().and_then(|c| index.get(c))) {
                        let w = best.entry(c).or_insert(0.0);
                        *w = w.max(tag.weight);
                    }
                }
                for (c, w) in best {
                    row[c].push((k, w));
                }
            }
            cells.push(row);
            lengths.push(
                unit.items
                    .iter()
                    .map(|m| m.item.item.text.chars().count())
                    .collect(),
            );
        }
        Grid { cells, lengths }
    }

    pub(crate) fn covers(&self, unit: usize, category: usize) -> bool {
        !self.cells[unit][category].is_empty()
    }

    /// The item of `unit` with the greatest weight on `category`.
    pub(crate) fn strongest(&self, unit: usize, category: usize) -> Option<(usize, f64)> {
        self.cells[unit][category].iter().copied().fold(
            None,
            |best: Option<(usize, f64)>, (k, w)| match best {
                Some((_, bw)) if bw >= w => best,
                _ => Some((k, w)),
            },
        )
    }

    pub(crate) fn coverage(&self, units: &[Unit<'_>], categories: &[Category]) -> Vec<Coverage> {
        let mut out = Vec::with_capacity(units.len() * categories.len());
        for (u, unit) in units.iter().enumerate() {
            let total: usize = self.lengths[u].iter().sum();
            for (c, cat) in categories.iter().enumerate() {
                let cell = &self.cells[u][c];
                let chars: usize = cell.iter().map(|&(k, _)| self.lengths[u][k]).sum();
                out.push(Coverage {
                    unit: unit.info.id.clone(),
                    category: cat.id.clone(),
                    items: cell.len(),
                    share: chars as f64 / total.max(1) as f64,
                    weight: cell.iter().map(|&(_, w)| w).sum(),
                    strongest: self
                        .strongest(u, c)
                        .map(|(k, _)| ItemRef::of(&unit.items[k])),
                });
            }
        }
        out
    }

    pub(crate) fn overlaps(&self, units: &[Unit<'_>], categories: &[Category]) -> Overlaps {
        let sets: Vec<Vec<usize>> = (0..categories.len())
            .map(|c| (0..units.len()).filter(|&u| self.covers(u, c)).collect())
            .collect();
        let shared_by_all = categories
            .iter()
            .zip(&sets)
            .filter(|(_, s)| s.len() == units.len())
            .map(|(c, _)| c.id.clone())
            .collect();
        let mut groups: BTreeMap<&Vec<usize>, Vec<usize>> = BTreeMap::new();
        for (c, set) in sets.iter().enumerate().filter(|(_, s)| !s.is_empty()) {
            groups.entry(set).or_default().push(c);
        }
        let mut intersections: Vec<(Vec<usize>, Intersection)> = groups
            .into_iter()
            .map(|(set, cats)| {
                let inclusive = sets.iter().filter(|s| is_subset(set, s)).count();
                let row = Intersection {
                    units: set.iter().map(|&u| units[u].info.id.clone()).collect(),
                    categories: cats.iter().map(|&c| categories[c].id.clone()).collect(),
                    inclusive,
                };
                (set.clone(), row)
            })
            .collect();
        intersections.sort_by(|(sa, a), (sb, b)| {
            b.categories
                .len()
                .cmp(&a.categories.len())
                .then(sb.len().cmp(&sa.len()))
                .then(sa.cmp(sb))
        });
        Overlaps {
            shared_by_all,
            intersections: intersections.into_iter().map(|(_, r)| r).collect(),
        }
    }

    /// Each category's covering units are counted, and its strongest item
    /// found, once: a unit that lacks a category has all the covering units
    /// as peers, so the cost grows with units times categories, not with
    /// their pairs.
    pub(crate) fn gaps(&self, units: &[Unit<'_>], categories: &[Category], share: f64) -> Vec<Gap> {
        let peers = units.len() - 1;
        let by_category: Vec<(usize, Option<UnitItem>)> = (0..categories.len())
            .map(|c| {
                (0..units.len())
                    .filter_map(|p| self.strongest(p, c).map(|(k, w)| (p, k, w)))
                    .fold((0, None), |(n, best): (usize, Option<UnitItem>), x| {
                        let best = match best {
                            Some(b) if b.2 >= x.2 => Some(b),
                            _ => Some(x),
                        };
                        (n + 1, best)
                    })
            })
            .collect();
        let mut out = Vec::new();
        for (u, unit) in units.iter().enumerate() {
            let mut mine = Vec::new();
            for (c, cat) in categories.iter().enumerate() {
                let (covering, strongest) = by_category[c];
                if self.covers(u, c) || covering == 0 || (covering as f64) < share * peers as f64 {
                    continue;
                }
                mine.push(Gap {
                    unit: unit.info.id.clone(),
                    category: cat.id.clone(),
                    peers_covering: covering,
                    peers,
                    example: strongest.map(|(p, k, _)| ItemRef::of(&units[p].items[k])),
                });
            }
            mine.sort_by_key(|g| std::cmp::Reverse(g.peers_covering));
            out.extend(mine);
        }
        out
    }
}

/// Whether every unit of `a` stands in `b`, both sorted: one merge, where a
/// `contains` per unit would cost the product of their lengths.
fn is_subset(a: &[usize], b: &[usize]) -> bool {
    let mut b = b.iter();
    a.iter().all(|x| b.any(|y| y == x))
}

#[cfg(test)]
mod tests {
    use super::is_subset;

    #[test]
    fn subsets_of_sorted_sets() {
        assert!(is_subset(&[], &[1, 2]));
        assert!(is_subset(&[1, 3], &[0, 1, 2, 3]));
        assert!(!is_subset(&[1, 4], &[0, 1, 2, 3]));
        assert!(!is_subset(&[0], &[]));
        assert!(!is_subset(&[2, 3], &[3]));
    }
}
