//! The pipeline: plan text to coded plans, stage by stage (ingest, outline,
//! code, targets), one plan or many in parallel.
//!
//! ```
//! use eduplans::code::Coder;
//! let coded = Coder::reference().code_text("mine", "一、学前教育\n1.扩大资源。新建幼儿园5所。")?;
//! assert_eq!(coded.items[0].themes[0].id.as_ref(), "preschool");
//! assert_eq!((coded.targets[0].value, coded.targets[0].unit.as_str()), (5.0, "所"));
//! # Ok::<(), eduplans::Error>(())
//! ```

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::code::{CodedItem, Coder, CueHit, Tagged};
use crate::ingest::Meta;
use crate::outline::{Item, Plan};
use crate::targets::{self, Target};
use crate::words::ItemWords;
use crate::{Warning, WarningKind};

mod record;

/// A plan with its items coded.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CodedPlan {
    /// The plan's id.
    pub id: String,
    /// Its metadata.
    pub meta: Meta,
    /// Its clean text, shared with its items' texts.
    #[serde(skip)]
    pub text: Arc<str>,
    /// Its items, each with its themes.
    pub items: Vec<CodedItem>,
    /// The numbers the plan commits to, in item order.
    pub targets: Vec<Target>,
    /// Warnings from ingest, the outline and the target reader (numbers
    /// crowded into a table).
    pub warnings: Vec<Warning>,
}

impl Coder {
    /// Reads, outlines and codes one plan's text in one call: what
    /// [`ingest::from_text`](crate::ingest::from_text), then
    /// [`outline::plan`](crate::outline::plan), then [`Coder::code`] give.
    /// The error says why a text is no plan (empty, nothing but furniture).
    ///
    /// ```
    /// use eduplans::code::Coder;
    /// let coded = Coder::reference().code_text("mine", "一、体育\n1.推进校园足球。创建特色学校10所。")?;
    /// assert_eq!(coded.items[0].themes[0].id.as_ref(), "football");
    /// assert_eq!(coded.targets[0].value, 10.0);
    /// assert!(Coder::reference().code_text("empty", " ").is_err());
    /// # Ok::<(), eduplans::Error>(())
    /// ```
    pub fn code_text(&self, id: &str, text: &str) -> crate::Result<CodedPlan> {
        let doc = crate::ingest::from_text(id, text)?;
        Ok(self.code(&crate::outline::plan(&doc)))
    }

    /// Codes every item of a plan and extracts its targets.
    pub fn code(&self, plan: &Plan) -> CodedPlan {
        let plan = plan.clone();
        let words = self.cut_items(&plan.items);
        self.code_cut(plan, words)
    }

    /// Reads, outlines and codes many plans from raw text, in parallel
    /// (rayon); results in input order, the same as one by one.
    ///
    /// ```
    /// use eduplans::code::Coder;
    /// let inputs = vec![("a".to_string(), "1.加强党建。落实三会一课。".to_string()), ("b".to_string(), " ".to_string())];
    /// let coded = Coder::reference().code_texts(&inputs);
    /// assert_eq!(coded[0].as_ref().map(|p| p.id.as_str()).ok(), Some("a"));
    /// assert!(coded[1].is_err());
    /// ```
    pub fn code_texts(&self, inputs: &[(String, String)]) -> Vec<crate::Result<CodedPlan>> {
        use rayon::prelude::*;
        // Stage by stage over all plans, as over a plan's items: jieba's
        // dictionary stays in cache for the whole cutting pass instead of
        // sharing it with the cleaner and the cue automaton. Peak memory is no
        // higher, since coded plans keep their words anyway.
        let plans: Vec<crate::Result<Plan>> = inputs
            .par_iter()
            .map(|(id, text)| {
                Ok(crate::outline::plan_owned(crate::ingest::from_text(
                    id, text,
                )?))
            })
            .collect();
        let words: Vec<_> = plans
            .par_iter()
            .map(|p| {
                p.as_ref()
                    .map_or_else(|_| Vec::new(), |p| self.cut_items(&p.items))
            })
            .collect();
        plans
            .into_par_iter()
            .zip(words)
            .map(|(p, w)| p.map(|p| self.code_cut(p, w)))
            .collect()
    }

    /// The targets of one item, as [`Coder::code`] finds them (numbers
    /// crowded into a table are skipped here without the warning
    /// [`Coder::code`] gives).
    pub fn targets_of(&self, plan: &str, item: &Item) -> Vec<Target> {
        let tagged = self.tag_item(item);
        let mut targets = Vec::new();
        let setting = || targets::Setting {
            review: targets::Dues::reviews(item),
            ..targets::Setting::default()
        };
        item_targets(
            self,
            &Arc::from(plan),
            (&tagged.items[0], &tagged.hits[tagged.ranges[0].clone()]),
            setting,
            (
                &mut targets::Scratch::default(),
                (&mut Vec::new(), &mut Vec::new()),
            ),
            &mut targets,
        );
        targets
    }

    /// Codes a plan whose items are cut: tags its items, then reads their
    /// targets.
    fn code_cut(&self, plan: Plan, words: Vec<ItemWords>) -> CodedPlan {
        let Plan {
            id,
            meta,
            text,
            items,
            mut warnings,
        } = plan;
        let Tagged {
            items,
            hits,
            ranges,
        } = self.tag_items(meta.title.as_deref(), items, words);
        let mut targets = Vec::new();
        let mut scratch = targets::Scratch::default();
        let mut dues = targets::Dues::default();
        let (mut numerals, mut marks) = (Vec::new(), Vec::new());
        // One string for the plan's targets to share.
        let plan_id: Arc<str> = Arc::from(id.as_str());
        for (coded, r) in items.iter().zip(ranges) {
            dues.read(&coded.item);
            // Asked for only where the item has a numeral.
            let setting = || targets::Setting {
                period: meta.period,
                published: meta.published.map(|d| d.year),
                review: targets::Dues::reviews(&coded.item),
                due: dues.of(&coded.item),
            };
            let n = item_targets(
                self,
                &plan_id,
                (coded, &hits[r]),
                setting,
                (&mut scratch, (&mut numerals, &mut marks)),
                &mut targets,
            );
            warnings.extend(n.into_iter().map(|n| crowded(&coded.item.path, n)));
        }
        // The list grew by doubling: its spare room would stay with the plan.
        // Shrinking gives the tail back in place.
        targets.shrink_to_fit();
        CodedPlan {
            id,
            meta,
            text,
            items,
            targets,
            warnings,
        }
    }
}

/// Lists of where an item's numerals and marks stand, reused from item to
/// item.
type Starts<'l> = (&'l mut Vec<usize>, &'l mut Vec<usize>);

/// Appends the targets of a coded item to `out`, its cue hits naming their
/// themes; returns, for each crowded sentence, how many numbers were not
/// read (see [`targets::extract`]); `scratch` is space reused across items.
fn item_targets<'s, 'a>(
    coder: &'s Coder,
    plan: &Arc<str>,
    (coded, hits): (&CodedItem, &[CueHit]),
    setting: impl FnOnce() -> targets::Setting<'a>,
    (scratch, starts): (&mut targets::Scratch<'s>, Starts<'_>),
    out: &mut Vec<Target>,
) -> Vec<usize> {
    let item = &coded.item;
    let (numerals, marks) = starts;
    targets::starts(&item.text, numerals, marks);
    if numerals.is_empty() {
        return Vec::new(); // every target starts with a numeral
    }
    let hits = || {
        hits.iter()
            .map(|h| (coder.theme_id(h.theme), h.start, h.end))
    };
    let top = coded.themes.first().map(|t| &t.id);
    let item_text = targets::ItemText {
        text: &item.text,
        words: coded.words.words(),
        numerals,
        marks,
        setting: setting(),
    };
    targets::extract(plan, &item.path, &item_text, hits, top, scratch, out)
}

/// The warning for `n` numbers with units of the item at `path` that stood
/// too close together to be read for targets.
fn crowded(path: &str, n: usize) -> Warning {
    Warning::new(
        WarningKind::CrowdedNumbers,
        format!(
            "item {path}: {n} numbers with units stand in one sentence crowded with more than {} (a table or a list run into the text?); only its headline goals, stated with a link word (达到…), were read for targets",
            targets::MAX_QUANTITIES
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_coded_plan_can_be_shared_across_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<CodedPlan>();
    }
}
