//! Units of comparison: plans, cities (plans merged), or districts (plans
//! that speak for several districts split into one unit each).

use serde::Serialize;

use crate::code::CodedItem;
use crate::outline::district_of;
use crate::pipeline::CodedPlan;
use crate::targets::Target;

/// What is compared: each plan, each city, or each district.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum By {
    /// Each plan on its own.
    #[default]
    Plan,
    /// Plans merged by their city (`zhengzhou-2016` and `zhengzhou-2024`
    /// become 郑州市); a unit that holds a district's own plan names the
    /// district (`上海市 (闵行区)`).
    City,
    /// Plans that speak for several districts split into one unit per
    /// district; the others stay whole.
    District,
}

/// A unit of comparison, as tables label it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct UnitInfo {
    /// Its id: the plan id, the city, or `plan#district`.
    pub id: String,
    /// Its jurisdiction, for people (`齐齐哈尔市`, `郑州市金水区`).
    pub jurisdiction: String,
    /// The plans it holds.
    pub plans: Vec<String>,
    /// The first year its plans cover, if known.
    pub year: Option<u16>,
}

impl UnitInfo {
    /// `id jurisdiction`, the label every table uses.
    pub fn label(&self) -> String {
        if self.jurisdiction.is_empty() || self.jurisdiction == self.id {
            self.id.clone()
        } else {
            format!("{} {}", self.id, self.jurisdiction)
        }
    }
}

/// An item of a unit, with the plan it comes from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Member<'p> {
    pub plan: &'p CodedPlan,
    pub item: &'p CodedItem,
}

/// A unit: its description, items and targets.
#[derive(Debug, Clone)]
pub(crate) struct Unit<'p> {
    pub info: UnitInfo,
    pub items: Vec<Member<'p>>,
    pub targets: Vec<&'p Target>,
}

/// Groups plans into units.
pub(crate) fn units<'a>(plans: &[&'a CodedPlan], by: By) -> Vec<Unit<'a>> {
    match by {
        By::Plan => plans.iter().map(|&p| whole(p)).collect(),
        By::City => cities(plans),
        By::District => plans.iter().flat_map(|&p| districts(p)).collect(),
    }
}

fn place(plan: &CodedPlan) -> String {
    let j = &plan.meta.jurisdiction;
    match (&j.city, &j.district) {
        (Some(c), Some(d)) => format!("{c}{d}"),
        (Some(c), None) => c.clone(),
        (None, Some(d)) => d.clone(),
        (None, None) => j.province.clone().unwrap_or_default(),
    }
}

fn year(plan: &CodedPlan) -> Option<u16> {
    plan.meta.period.map(|p| p.start)
}

fn whole(plan: &CodedPlan) -> Unit<'_> {
    Unit {
        info: UnitInfo {
            id: plan.id.clone(),
            jurisdiction: place(plan),
            plans: vec![plan.id.clone()],
            year: year(plan),
        },
        items: plan
            .items
            .iter()
            .map(|item| Member { plan, item })
            .collect(),
        targets: plan.targets.iter().collect(),
    }
}

/// One unit per city, in the order cities first appear; a plan without a
/// city stands alone under its id.
fn cities<'a>(plans: &[&'a CodedPlan]) -> Vec<Unit<'a>> {
    let mut out: Vec<Unit<'a>> = Vec::new();
    // The districts whose own plans joined each city's unit.
    let mut districts: Vec<Vec<String>> = Vec::new();
    for &plan in plans {
        let city = plan.meta.jurisdiction.city.clone();
        let key = city.clone().unwrap_or_else(|| plan.id.clone());
        let part = whole(plan);
        let district = plan.meta.jurisdiction.district.clone();
        match out.iter().position(|u| u.info.id == key) {
            Some(k) => {
                let unit = &mut out[k];
                if let Some(d) = district.filter(|d| !districts[k].contains(d)) {
                    districts[k].push(d);
                }
                unit.info.plans.push(plan.id.clone());
                // The earliest known year; `Option::min` would take `None`.
                unit.info.year = match (unit.info.year, part.info.year) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                unit.items.extend(part.items);
                unit.targets.extend(part.targets);
            }
            None => {
                let mut unit = part;
                unit.info.jurisdiction = city.unwrap_or(unit.info.jurisdiction);
                unit.info.id = key;
                out.push(unit);
                districts.push(district.into_iter().collect());
            }
        }
    }
    // A district's plan speaks for the district, not the whole city: the
    // unit says so (`上海市 (闵行区)`).
    for (unit, names) in out.iter_mut().zip(districts) {
        if !names.is_empty() {
            let label = format!("{} ({})", unit.info.id, names.join("、"));
            unit.info.id = label.clone();
            unit.info.jurisdiction = label;
        }
    }
    out
}

/// One unit per district of a plan that has district parts; the plan whole
/// otherwise. Items outside any district part (a preamble) stay out.
fn districts(plan: &CodedPlan) -> Vec<Unit<'_>> {
    let mut names: Vec<&str> = Vec::new();
    for item in &plan.items {
        if let Some(name) = item.item.district() {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    if names.is_empty() {
        return vec![whole(plan)];
    }
    let city = plan.meta.jurisdiction.city.clone().unwrap_or_default();
    names
        .into_iter()
        .map(|name| {
            let in_part = |path: &str| district_of(path) == Some(name);
            Unit {
                info: UnitInfo {
                    id: format!("{}#{}", plan.id, name),
                    jurisdiction: format!("{city}{name}"),
                    plans: vec![plan.id.clone()],
                    year: year(plan),
                },
                items: plan
                    .items
                    .iter()
                    .filter(|i| in_part(&i.item.path))
                    .map(|item| Member { plan, item })
                    .collect(),
                targets: plan.targets.iter().filter(|t| in_part(&t.path)).collect(),
            }
        })
        .collect()
}
