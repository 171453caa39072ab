//! Code: tag every item of a [`Plan`](crate::Plan) with the themes of a [`Schema`], each
//! tag with its evidence.
//!
//! The [`Coder`] segments each item with jieba-rs, the schema's cues added
//! to its dictionary so that 校园足球, 班班通, 三会一课 stay whole; finds the
//! cues on word boundaries; cancels those covered by a trap; and weighs each
//! theme by where and how often its cues stand: a cue in the item's heading
//! counts twice one at the start of its text, a late one less, a member of
//! a long enumeration half, repeats less and less, and a section's heading
//! a little for every item under it (DESIGN.md has the rules). Tags at or
//! above the threshold, and at least 0.15 of the item's strongest theme,
//! are the item's themes, most central first; weaker ones are kept as
//! candidates.
//!
//! ```
//! use eduplans::{code::Coder, ingest, outline};
//!
//! let doc = ingest::from_text("demo", "一、体育与艺术\n1.大力开展校园足球。创建校园足球特色学校20所,组织校园足球联赛。\n2.加强家长学校建设。家长学校建校率达到100%。")?;
//! let coded = Coder::reference().code(&outline::plan(&doc));
//! let football = &coded.items[0].themes[0];
//! assert_eq!(&*football.id, "football");
//! assert!(football.evidence[0].in_heading);
//! // 家长学校建校率 is a trap for school construction: only family-school stays.
//! let ids: Vec<&str> = coded.items[1].themes.iter().map(|t| &*t.id).collect();
//! assert_eq!(ids, ["family_school"]);
//! # Ok::<(), eduplans::Error>(())
//! ```

mod automaton;
mod cues;
mod lead;

mod weight;

use std::sync::{Arc, OnceLock};

use jieba_rs::Jieba;
use serde::{Deserialize, Serialize};

use crate::outline::{Item, Span};
use crate::schema::Schema;
use crate::words::{EndBits, ItemWords};
use cues::CueIndex;

/// Tags items with themes; build once, share across threads.
#[derive(Debug)]
pub struct Coder {
    schema: Schema,
    /// Each theme's id and label, shared by every tag of the theme.
    names: Vec<(Arc<str>, Arc<str>)>,
    jieba: Jieba,
    cues: CueIndex,
    threshold: f64,
    hmm: bool,
}

/// Options for a [`Coder`]; see [`Coder::builder`].
#[derive(Debug, Clone)]
pub struct CoderBuilder {
    schema: Schema,
    threshold: f64,
    hmm: bool,
}

impl CoderBuilder {
    /// The weight at or above which a candidate is a tag (default 0.6, about
    /// one mention near the start of an item's text).
    pub fn threshold(mut self, threshold: f64) -> CoderBuilder {
        self.threshold = threshold;
        self
    }

    /// Whether jieba's HMM guesses unknown words (default `false`: cues are
    /// in the dictionary, and segmentation without HMM is faster and stable).
    pub fn hmm(mut self, hmm: bool) -> CoderBuilder {
        self.hmm = hmm;
        self
    }

    /// Builds the coder: loads jieba's dictionary and adds the schema's cues.
    pub fn build(self) -> Coder {
        let cues = CueIndex::new(&self.schema);
        let mut jieba = Jieba::new();
        for phrase in cues.phrases() {
            jieba.add_word(phrase, None, None);
        }
        let names = (self.schema.themes.iter())
            .map(|t| (Arc::from(t.id.as_str()), Arc::from(t.label.as_str())))
            .collect();
        Coder {
            schema: self.schema,
            names,
            jieba,
            cues,
            threshold: self.threshold,
            hmm: self.hmm,
        }
    }
}

/// An item with its themes.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CodedItem {
    /// The item.
    #[serde(flatten)]
    pub item: Item,
    /// Its themes, most central first: tags at or above the coder's threshold.
    pub themes: Vec<Tag>,
    /// Weaker candidates, below the threshold.
    pub candidates: Vec<Tag>,
    /// Where the words jieba cut from the item's text end (see
    /// [`CodedItem::word_spans`]), kept so that later stages need not segment
    /// again.
    #[serde(skip)]
    pub(crate) words: ItemWords,
}

impl CodedItem {
    /// The words of the item, as cut by the coder.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        self.word_spans()
            .filter_map(|(a, b)| self.item.text.get(a..b))
    }

    /// The words of the item as byte ranges of its text, in order, as jieba
    /// cut them (one after another, no gaps).
    pub fn word_spans(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.words.words().spans()
    }

    /// Whether the item is tagged with the theme `id`.
    pub fn has(&self, id: &str) -> bool {
        self.themes.iter().any(|t| &*t.id == id)
    }
}

/// A theme on an item, with its weight and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tag {
    /// The theme's id: one string shared by every tag of the theme, as
    /// [`Evidence::cue`] is.
    pub id: Arc<str>,
    /// The theme's label, shared likewise.
    pub label: Arc<str>,
    /// How central the theme is to the item: the sum of its cues' weights
    /// (see the [module docs](self)).
    pub weight: f64,
    /// The cues that signal it.
    pub evidence: Vec<Evidence>,
}

/// One cue found in an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// The cue as the schema gives it: one string shared by every evidence
    /// that cites it (a coded plan of 5,000 characters holds about 270).
    pub cue: Arc<str>,
    /// Where it stands in the item's text, in characters.
    pub span: Span,
    /// Whether it stands in the item's heading.
    pub in_heading: bool,
}

impl Coder {
    /// A coder for `schema` with default options.
    pub fn new(schema: &Schema) -> Coder {
        Coder::builder(schema).build()
    }

    /// Options for a coder of `schema`.
    pub fn builder(schema: &Schema) -> CoderBuilder {
        CoderBuilder {
            schema: schema.clone(),
            threshold: weight::THRESHOLD,
            hmm: false,
        }
    }

    /// The coder of the reference schema, built once per process.
    pub fn reference() -> &'static Coder {
        static CODER: OnceLock<Coder> = OnceLock::new();
        CODER.get_or_init(|| Coder::new(Schema::reference()))
    }

    /// The schema it codes with.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// Word boundaries of `text` as byte ranges.
    pub fn cut(&self, text: &str) -> Vec<(usize, usize)> {
        let mut words = self.spans(text);
        // The collect reuses jieba's token buffer, sized for the worst case
        // rather than the words found: give the spare capacity back, since the
        // caller may keep the words.
        words.shrink_to_fit();
        words
    }

    /// [`Coder::cut`] with the spare capacity kept, for words not kept.
    fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        self.jieba
            .cut(text, self.hmm)
            .into_iter()
            .map(|t| (t.byte_start, t.byte_end))
            .collect()
    }

    /// The words of each item, cut in one call over the items joined by line
    /// breaks. jieba segments runs of Chinese and ASCII letters and digits
    /// each on its own, and gives any other character a word of its own: a
    /// line break between two items changes nothing in either (the tests
    /// compare the two ways). One call instead of one per item was faster;
    /// the items share the call's bits (see [`crate::words`]).
    pub(crate) fn cut_items(&self, items: &[Item]) -> Vec<ItemWords> {
        let joined = items
            .iter()
            .map(|i| i.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let mut ends = EndBits::new(joined.len());
        for token in self.jieba.cut(&joined, self.hmm) {
            ends.word(token.byte_start, token.byte_end);
        }
        let mut stretches = Vec::with_capacity(items.len());
        let mut at = 0;
        for item in items {
            let len = item.text.len();
            // An item's last word ends with it, even where jieba's word runs
            // on over the line break (`\r\n`).
            if len > 0 {
                ends.set(at + len);
            }
            stretches.push((at, len));
            at += len + 1;
        }
        let bits = ends.share();
        (stretches.into_iter())
            .map(|(at, len)| ItemWords::new(bits.clone(), at, len))
            .collect()
    }

    /// Tags the items of a plan whose items are cut, and gives their cue
    /// hits to the stages after: for each item, the hits of
    /// [`Tagged::hits`] in its range of [`Tagged::ranges`].
    ///
    /// Stage by stage over the plan's items, not item by item: the cue
    /// automaton stays in cache for a whole plan.
    pub(crate) fn tag_items(
        &self,
        title: Option<&str>,
        items: Vec<Item>,
        words: Vec<ItemWords>,
    ) -> Tagged {
        let (mut found, mut traps) = (Vec::new(), Vec::new());
        let ranges: Vec<std::ops::Range<usize>> = (items.iter().zip(&words))
            .map(|(i, w)| {
                self.cues
                    .search_into(&i.text, w.words(), &mut found, &mut traps)
            })
            .collect();
        let mut coded = Vec::with_capacity(items.len());
        let mut scores = weight::Scores::default();
        let mut headings = SectionThemes::default();
        for ((item, words), r) in items.into_iter().zip(words).zip(&ranges) {
            let section = headings.of(self, title, &item);
            coded.push(self.tag(item, words, &found[r.clone()], &section, &mut scores));
        }
        Tagged {
            items: coded,
            hits: found
                .iter()
                .map(|h| CueHit {
                    theme: h.theme,
                    start: h.start,
                    end: h.end,
                })
                .collect(),
            ranges,
        }
    }

    /// The id of the theme at `index` in the schema, shared.
    pub(crate) fn theme_id(&self, index: usize) -> &Arc<str> {
        &self.names[index].0
    }

    /// Codes one item. Its sections' headings count as in
    /// [`Coder::code`](crate::pipeline); the plan's title, which coding a
    /// plan counts too, is not known here.
    pub fn code_item(&self, item: &Item) -> CodedItem {
        self.tag_item(item).items.pop().expect("one item tagged")
    }

    /// [`Coder::tag_items`] of one item, cut here, outside any plan.
    pub(crate) fn tag_item(&self, item: &Item) -> Tagged {
        let words = ItemWords::of_spans(item.text.len(), self.spans(&item.text));
        self.tag_items(None, vec![item.clone()], vec![words])
    }

    /// Weighs an item's cue hits into its themes and candidates; `scores` is
    /// scratch space, reused across items.
    fn tag(
        &self,
        item: Item,
        words: ItemWords,
        hits: &[cues::Hit],
        section: &[usize],
        scores: &mut weight::Scores,
    ) -> CodedItem {
        // Only a hit that ends within the heading's length can tell a heading
        // from none: the heading is compared with the text only then (a
        // heading stands apart from the text in memory, and the comparison
        // showed in profiles of `Coder::tag`).
        let heading_end = item
            .heading
            .as_deref()
            .filter(|h| hits.iter().any(|x| x.end <= h.len()) && item.text.starts_with(h))
            .map_or(0, str::len);
        let framing = lead::frames(&item.path, item.heading.as_deref(), &item.text);
        // What a sentence reports as done commits to nothing: its cues are
        // not counted.
        let ahead: Vec<cues::Hit>;
        let hits = {
            let past = if hits.is_empty() {
                Vec::new()
            } else {
                lead::past_sentences(&item.text)
            };
            if past.is_empty() {
                hits
            } else {
                ahead = hits
                    .iter()
                    .filter(|h| !past.iter().any(|r| r.contains(&h.start)))
                    .cloned()
                    .collect();
                &ahead
            }
        };
        let scored = scores.of(&item.text, hits, heading_end, section, framing);
        // Scored strongest first, and tags are the themes strong enough on
        // both counts: they come first. Every list is sized at once: growing
        // them was a large share of `Coder::tag`'s work.
        let n = scored.partition_point(|s| s.weight >= self.threshold && s.central);
        // A lead or a statement of ideology that commits to nothing tags
        // nothing, nor does an item that only reports the past or states
        // shortcomings: its themes stay candidates. Read only where there is
        // a tag to withhold.
        let commits_nothing = || {
            (framing && !lead::commits(&item.text))
                || lead::reports_only_past(&item.text)
                || lead::states_shortcomings(&item.text)
        };
        let n = if n > 0 && commits_nothing() { 0 } else { n };
        let new_tag = |s: &weight::Scored| {
            let (id, label) = &self.names[s.theme];
            Tag {
                id: Arc::clone(id),
                label: Arc::clone(label),
                weight: s.weight,
                evidence: Vec::with_capacity(s.hits),
            }
        };
        let mut themes: Vec<Tag> = scored[..n].iter().map(new_tag).collect();
        let mut candidates: Vec<Tag> = scored[n..].iter().map(new_tag).collect();
        for h in hits {
            // Every hit's theme is scored; an item has a few.
            let Some(k) = scored.iter().position(|s| s.theme == h.theme) else {
                continue;
            };
            let tag = if k < n {
                &mut themes[k]
            } else {
                &mut candidates[k - n]
            };
            tag.evidence.push(Evidence {
                cue: self.cues.shared_phrase(h.phrase),
                span: Span {
                    start: h.char_start,
                    end: h.char_start + self.cues.phrase_chars(h.phrase),
                },
                in_heading: h.end <= heading_end,
            });
        }
        CodedItem {
            item,
            themes,
            candidates,
            words,
        }
    }
}

/// The themes the headings of an item's sections name, found once per
/// heading of a plan: a section's heading counts for every item under it.
#[derive(Default)]
struct SectionThemes {
    seen: std::collections::HashMap<String, Vec<usize>>,
}

impl SectionThemes {
    /// The themes of `item`'s sections' headings and of the plan's `title`,
    /// which heads every item of a plan on one subject
    /// (`…特殊教育发展提升行动实施方案`).
    fn of(&mut self, coder: &Coder, title: Option<&str>, item: &Item) -> Vec<usize> {
        let mut themes = Vec::new();
        let headings = item.sections.iter().filter_map(|s| s.heading.as_deref());
        for heading in title.into_iter().chain(headings) {
            // Looked up by `&str` first: the items under one section ask for
            // its heading again and again.
            if !self.seen.contains_key(heading) {
                let words = ItemWords::of_spans(heading.len(), coder.spans(heading));
                let mut t: Vec<usize> = (coder.cues.search(heading, words.words()))
                    .iter()
                    .map(|h| h.theme)
                    .collect();
                t.sort_unstable();
                t.dedup();
                self.seen.insert(heading.to_string(), t);
            }
            themes.extend_from_slice(&self.seen[heading]);
        }
        themes.sort_unstable();
        themes.dedup();
        themes
    }
}

/// What tagging a plan's items gives the stages after it: the coded items,
/// and each item's cue hits (theme and byte range in the item's text), in
/// text order, so that a number can take the theme of the cue that names
/// what it counts.
#[derive(Debug)]
pub(crate) struct Tagged {
    pub items: Vec<CodedItem>,
    pub hits: Vec<CueHit>,
    pub ranges: Vec<std::ops::Range<usize>>,
}

/// A cue found in an item: its theme's index in the schema and its byte
/// range in the item's text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueHit {
    pub theme: usize,
    pub start: usize,
    pub end: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coder_can_be_shared_across_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Coder>();
    }

    proptest::proptest! {
        #[test]
        fn items_cut_together_are_cut_as_alone(
            texts in proptest::collection::vec("[学校足球发展a-zA-Z0-9 ,，。\r\t+#&._%-]{0,12}", 0..6)
        ) {
            let coder = Coder::reference();
            let items: Vec<Item> = texts
                .iter()
                .map(|t| Item {
                    path: String::new(),
                    heading: None,
                    text: t.as_str().into(),
                    span: Span { start: 0, end: 0 },
                    depth: 1,
                    sections: Arc::from([]),
                })
                .collect();
            let alone: Vec<Vec<_>> = texts
                .iter()
                .map(|t| ItemWords::of_spans(t.len(), coder.cut(t)).words().spans().collect())
                .collect();
            let together: Vec<Vec<_>> = coder
                .cut_items(&items)
                .iter()
                .map(|w| w.words().spans().collect())
                .collect();
            proptest::prop_assert_eq!(together, alone);
        }
    }

    #[test]
    fn cues_stay_whole_in_segmentation() {
        let coder = Coder::reference();
        for word in ["校园足球", "班班通", "三会一课", "集团化"] {
            let text = format!("推进{word}工作");
            let words: Vec<&str> = coder.cut(&text).iter().map(|&(a, b)| &text[a..b]).collect();
            assert!(words.contains(&word), "{word}: {words:?}");
        }
    }
}
