//! An item's words as jieba cuts them, kept compactly.
//!
//! jieba's words tile the text they are cut from (every character in one
//! word, in order), so where words end is enough: a word starts where the
//! one before it ends. The ends are kept as bits, one per byte of the text
//! cut, set where a word ends. A plan's items are cut in one call and share
//! that call's bits, each item reading its own stretch.
//!
//! The bits take far less memory than a list of `u32` ends per item, and
//! fewer allocations; the first run of the pipeline touches that much less
//! fresh memory, which the kernel hands out a page fault at a time. A test
//! on an end, and the search for the next one, read a word of bits instead
//! of halving a list.

use std::sync::Arc;

/// Bits of a text being cut: bit `p` set when a word ends at byte `p`.
#[derive(Debug)]
pub(crate) struct EndBits(Vec<u64>);

impl EndBits {
    /// No ends yet, for a text of `len` bytes.
    pub(crate) fn new(len: usize) -> EndBits {
        EndBits(vec![0; len / 64 + 1])
    }

    /// Marks an end at byte `p` (past the bits: ignored).
    pub(crate) fn set(&mut self, p: usize) {
        if let Some(w) = self.0.get_mut(p / 64) {
            *w |= 1 << (p % 64);
        }
    }

    /// Marks the word at bytes `start..end`: its end, and its start too, so
    /// that a gap before it (which jieba does not leave) becomes a word of
    /// its own.
    pub(crate) fn word(&mut self, start: usize, end: usize) {
        self.set(start);
        self.set(end);
    }

    /// The bits, to share among the stretches of the text.
    pub(crate) fn share(self) -> Arc<[u64]> {
        Arc::from(self.0)
    }
}

/// The words of one stretch of a cut text (an item's): what a coded item
/// keeps.
#[derive(Debug, Clone)]
pub(crate) struct ItemWords {
    bits: Arc<[u64]>,
    start: usize,
    len: usize,
}

/// No words: what a coded item read back from JSON holds until its words
/// are set.
impl Default for ItemWords {
    fn default() -> ItemWords {
        ItemWords::of_spans(0, [])
    }
}

impl ItemWords {
    /// The words of bytes `start..start + len` of the text `bits` were cut
    /// from.
    pub(crate) fn new(bits: Arc<[u64]>, start: usize, len: usize) -> ItemWords {
        ItemWords { bits, start, len }
    }

    /// The words of a text of `len` bytes, given as byte ranges in order. A
    /// gap between two words (which jieba does not leave) becomes a word of
    /// its own.
    pub(crate) fn of_spans(len: usize, spans: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let mut bits = EndBits::new(len);
        for (start, end) in spans {
            bits.word(start, end.min(len));
        }
        ItemWords::new(bits.share(), 0, len)
    }

    /// The words to read.
    pub(crate) fn words(&self) -> Words<'_> {
        let mut words = Words {
            bits: &self.bits,
            start: self.start,
            len: self.len,
            last: 0,
        };
        words.last = words.last_end();
        words
    }
}

/// The words of a text: its stretch of the bits of the text cut, read with
/// offsets from the stretch's start. Ends past 0 and up to the stretch's
/// length count.
///
/// The tests on a match read only the bits under it and at its two ends,
/// never on to the end of the word around it: a match inside a long word
/// (a run of ASCII letters jieba does not know is one word) would otherwise
/// cost the word's length.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words<'a> {
    bits: &'a [u64],
    start: usize,
    len: usize,
    /// Where the last word ends (0 when there is none).
    last: usize,
}

impl<'a> Words<'a> {
    /// The bit of byte `p` of the stretch (at most its length).
    fn bit(&self, p: usize) -> bool {
        let q = self.start + p;
        self.bits
            .get(q / 64)
            .is_some_and(|w| w >> (q % 64) & 1 == 1)
    }

    /// Where the last word ends, 0 when none does: most often the
    /// stretch's end, read in the first word of bits looked at.
    fn last_end(&self) -> usize {
        let (lo, mut hi) = (self.start + 1, self.start + self.len);
        while hi >= lo {
            let floor = (hi - hi % 64).max(lo);
            let width = hi - floor + 1;
            let mask = (u64::MAX >> (64 - width)) << (floor % 64);
            if let Some(w) = self.bits.get(hi / 64).map(|w| w & mask).filter(|w| *w != 0) {
                return hi / 64 * 64 + 63 - w.leading_zeros() as usize - self.start;
            }
            hi = floor - 1;
        }
        0
    }

    /// Whether a word ends at byte `p`.
    pub(crate) fn is_end(&self, p: usize) -> bool {
        (1..=self.len).contains(&p) && self.bit(p)
    }

    /// The first end at a byte of `from..=to`: the bits between are read,
    /// none past `to`.
    fn first_end_in(&self, from: usize, to: usize) -> Option<usize> {
        let (from, to) = (self.start + from.max(1), self.start + to.min(self.len));
        let mut at = from;
        while at <= to {
            let (word, bit) = (at / 64, at % 64);
            let width = (to - at + 1).min(64 - bit);
            let mask = (u64::MAX >> (64 - width)) << bit;
            let found = self.bits.get(word).map_or(0, |w| w & mask);
            if found != 0 {
                return Some(word * 64 + found.trailing_zeros() as usize - self.start);
            }
            at += width;
        }
        None
    }

    /// Whether a word ends at a byte of `from..=to`.
    fn any_end_in(&self, from: usize, to: usize) -> bool {
        self.first_end_in(from, to).is_some()
    }

    /// The first end at byte `p` or after it.
    fn end_from(&self, p: usize) -> Option<usize> {
        self.first_end_in(p, self.last)
    }

    /// The byte ranges of the words, in order.
    pub(crate) fn spans(self) -> impl Iterator<Item = (usize, usize)> + 'a {
        let mut at = 0;
        std::iter::from_fn(move || {
            let end = self.end_from(at + 1)?;
            let span = (at, end);
            at = end;
            Some(span)
        })
    }

    /// Whether a word starts at byte `pos` and runs on past byte `end`.
    pub(crate) fn opens_word_past(&self, pos: usize, end: usize) -> bool {
        (pos == 0 || self.is_end(pos)) && end < self.last && !self.any_end_in(pos + 1, end)
    }

    /// Whether `start..end` covers whole words or lies inside one word;
    /// a stretch past the last word (a text not cut) passes.
    pub(crate) fn whole_or_inside(&self, start: usize, end: usize) -> bool {
        if end > self.last {
            return true;
        }
        let inside = !self.any_end_in(start + 1, end.saturating_sub(1));
        inside || ((start == 0 || self.is_end(start)) && self.is_end(end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words ending at `ends`, in a text as long as the last.
    fn ends(ends: &[usize]) -> ItemWords {
        let len = ends.last().copied().unwrap_or(0);
        let starts = std::iter::once(0).chain(ends.iter().copied());
        ItemWords::of_spans(len, starts.zip(ends.iter().copied()))
    }

    /// [`Words::whole_or_inside`] from a list of ends, as the words were
    /// kept before bits: the words holding the first and last byte found
    /// by halving the list.
    fn whole_or_inside_by_list(ends: &[usize], start: usize, end: usize) -> bool {
        let containing = |pos: usize| ends.partition_point(|&e| e <= pos);
        let span = |i: usize| (if i == 0 { 0 } else { ends[i - 1] }, ends[i]);
        let (first, last) = (containing(start), containing(end.saturating_sub(1)));
        if last >= ends.len() {
            return true;
        }
        first == last || (span(first).0 == start && span(last).1 == end)
    }

    #[test]
    fn words_are_found_from_their_ends() {
        // 学校/长期: two words of six bytes.
        let item = ends(&[6, 12]);
        let words = item.words();
        assert_eq!(words.spans().collect::<Vec<_>>(), [(0, 6), (6, 12)]);
        assert!(words.opens_word_past(0, 3) && words.opens_word_past(6, 9));
        assert!(!words.opens_word_past(0, 6) && !words.opens_word_past(3, 4));
        assert!(!words.opens_word_past(12, 13));
        // 校长 straddles the boundary.
        assert!(!words.whole_or_inside(3, 9));
        assert!(words.whole_or_inside(0, 12));
        assert!(words.whole_or_inside(3, 6));
    }

    #[test]
    fn a_gap_becomes_a_word() {
        let item = ItemWords::of_spans(9, [(3, 6), (8, 9)]);
        let spans: Vec<_> = item.words().spans().collect();
        assert_eq!(spans, [(0, 3), (3, 6), (6, 8), (8, 9)]);
    }

    #[test]
    fn a_stretch_reads_only_its_own_ends() {
        // Two items cut as `学校\n足球`: 6 bytes, a line break, 6 bytes.
        let mut bits = EndBits::new(13);
        for end in [6, 7, 13] {
            bits.set(end);
        }
        let bits = bits.share();
        let (first, second) = (
            ItemWords::new(bits.clone(), 0, 6),
            ItemWords::new(bits, 7, 6),
        );
        assert_eq!(first.words().spans().collect::<Vec<_>>(), [(0, 6)]);
        assert_eq!(second.words().spans().collect::<Vec<_>>(), [(0, 6)]);
        assert_eq!(second.words().end_from(0), Some(6));
        assert!(!second.words().is_end(0) && !first.words().is_end(7));
    }

    #[test]
    fn a_text_not_cut_passes_every_match() {
        let item = ItemWords::of_spans(130, []);
        let words = item.words();
        assert_eq!(words.spans().count(), 0);
        assert!(words.whole_or_inside(3, 9) && words.whole_or_inside(64, 129));
        assert!(!words.opens_word_past(0, 5));
    }

    proptest::proptest! {
        #[test]
        fn bits_answer_as_the_list_of_ends_did(
            lens in proptest::collection::vec(1usize..70, 0..12),
            offset in 0usize..130,
            matches in proptest::collection::vec((0usize..400, 1usize..80), 0..12),
        ) {
            let list: Vec<usize> = lens
                .iter()
                .scan(0, |at, n| {
                    *at += n;
                    Some(*at)
                })
                .collect();
            let len = list.last().copied().unwrap_or(0);
            // The item stands `offset` bytes into a longer text, whose
            // other words must not show.
            let mut bits = EndBits::new(offset + len + 70);
            (0..offset).step_by(3).for_each(|p| bits.set(p));
            list.iter().for_each(|&e| bits.set(offset + e));
            (offset + len..offset + len + 70).step_by(2).for_each(|p| bits.set(p));
            let item = ItemWords::new(bits.share(), offset, len);
            let words = item.words();
            let spans: Vec<usize> = words.spans().map(|s| s.1).collect();
            proptest::prop_assert_eq!(&spans, &list);
            for &(start, n) in &matches {
                let end = start + n;
                proptest::prop_assert_eq!(
                    words.whole_or_inside(start, end),
                    whole_or_inside_by_list(&list, start, end),
                    "{:?} {}..{}", list, start, end
                );
                // The end of the word that starts at `start`, if one does.
                let next = if start == 0 {
                    list.first()
                } else {
                    list.binary_search(&start).ok().and_then(|i| list.get(i + 1))
                };
                proptest::prop_assert_eq!(
                    words.opens_word_past(start, end),
                    next.is_some_and(|&e| e > end)
                );
            }
        }
    }

    #[test]
    fn jieba_tiles_the_bundled_plans() {
        let coder = crate::code::Coder::reference();
        for text in crate::corpus::ids().filter_map(crate::corpus::raw) {
            let spans = coder.cut(text);
            let tiled = spans.windows(2).all(|w| w[0].1 == w[1].0);
            assert!(tiled && spans.first().is_none_or(|w| w.0 == 0));
            assert_eq!(spans.last().map(|w| w.1), Some(text.len()));
        }
    }
}
