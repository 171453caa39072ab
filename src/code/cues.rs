//! Finding a schema's cues and traps in text, on word boundaries.
//!
//! Cues are found as substrings (Aho-Corasick, all overlapping matches), then
//! checked against jieba's segmentation: a match counts when it covers whole
//! words (`校园足球` → 校园/足球) or lies inside one word (`党员` in 共产党员),
//! and not when it straddles a word boundary (`校长` in 学校/长期). A trap
//! (`not`) cancels the matches of its own theme that it covers.

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::schema::Schema;
use crate::targets::NUMERALS;

/// Patterns (phrases and numerals) of at most this many bytes in all are
/// searched with a full DFA; more, with a contiguous NFA.
///
/// The DFA of the reference schema (548 phrases, 6 KB) takes 2 MB against
/// 0.1 MB for the NFA, and coded 400 synthetic plans 4% faster on one thread
/// (no slower on two, where the threads share the cache). But a DFA grows
/// with states times alphabet: a schema with 20,000 more cues would take
/// 86 MB, with 100,000 nearly 500 MB. Past 16 KB of patterns (about 2.7 times
/// the reference schema) the compact automaton is worth more than the speed.
/// Looking cues up from jieba's words in hash tables, instead of searching,
/// found the same hits with 2.5 times the instructions.
const DFA_PATTERN_BYTES: usize = 16 * 1024;

/// A cue or trap of one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Owner {
    theme: usize,
    trap: bool,
}

/// All cues and traps of a schema, ready to search.
#[derive(Debug, Clone)]
pub(crate) struct CueIndex {
    searcher: Option<AhoCorasick>,
    /// The distinct phrases, in pattern order.
    phrases: Vec<String>,
    /// Who owns each phrase (a phrase may be a cue of two themes).
    owners: Vec<Vec<Owner>>,
}

/// What a search of a text finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// The cues, on word boundaries, traps applied, sorted by position.
    pub cues: Vec<Hit>,
    /// Where the numerals start (byte offsets, in order).
    pub numerals: Vec<usize>,
}

/// A cue found in a text: byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Hit {
    /// Index of the theme in the schema.
    pub theme: usize,
    /// Index of the phrase (see [`CueIndex::phrase`]).
    pub phrase: usize,
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

impl CueIndex {
    pub(crate) fn new(schema: &Schema) -> CueIndex {
        let mut map: BTreeMap<&str, Vec<Owner>> = BTreeMap::new();
        for (theme, t) in schema.themes.iter().enumerate() {
            let cues = t.cues.iter().map(|c| (c, false));
            let traps = t.traps.iter().map(|c| (c, true));
            for (phrase, trap) in cues.chain(traps) {
                let phrase = phrase.trim();
                if !phrase.is_empty() {
                    map.entry(phrase).or_default().push(Owner { theme, trap });
                }
            }
        }
        let phrases: Vec<String> = map.keys().map(|p| p.to_string()).collect();
        let owners = map.into_values().collect();
        // The numerals that may start a target are found in the same pass:
        // patterns after the phrases.
        let numerals = NUMERALS.iter().map(char::to_string);
        let patterns: Vec<String> = phrases.iter().cloned().chain(numerals).collect();
        let bytes: usize = patterns.iter().map(String::len).sum();
        let build = |kind| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .ascii_case_insensitive(true)
                .kind(kind)
                .build(&patterns)
                .ok()
        };
        let kind = if bytes <= DFA_PATTERN_BYTES {
            AhoCorasickKind::DFA
        } else {
            AhoCorasickKind::ContiguousNFA
        };
        // Should that build fail, the automaton the crate picks itself.
        let searcher = build(Some(kind)).or_else(|| build(None));
        CueIndex {
            searcher,
            phrases,
            owners,
        }
    }

    /// The phrases to add to the segmenter's dictionary, so they stay whole.
    pub(crate) fn phrases(&self) -> &[String] {
        &self.phrases
    }

    /// The text of a phrase.
    pub(crate) fn phrase(&self, i: usize) -> &str {
        &self.phrases[i]
    }

    /// The cue hits in `text`, given its word boundaries (byte ranges, in
    /// order), with traps applied and sorted by position; and where the
    /// numerals stand, for the targets.
    pub(crate) fn search(&self, text: &str, words: &[(usize, usize)]) -> Found {
        let Some(searcher) = &self.searcher else {
            return Found {
                cues: Vec::new(),
                numerals: crate::targets::numeral_starts(text),
            };
        };
        let mut cues = Vec::new();
        let mut traps = Vec::new();
        let mut numerals = Vec::new();
        for m in searcher.find_overlapping_iter(text) {
            let (start, end) = (m.start(), m.end());
            let phrase = m.pattern().as_usize();
            let Some(owners) = self.owners.get(phrase) else {
                numerals.push(start);
                continue;
            };
            for owner in owners {
                let hit = Hit {
                    theme: owner.theme,
                    phrase,
                    start,
                    end,
                };
                if owner.trap {
                    traps.push(hit);
                } else if on_word_boundaries(words, start, end) {
                    cues.push(hit);
                }
            }
        }
        // A trap covering a cue starts at most the longest trap's length
        // before it: look only there, not at every trap of a long item.
        traps.sort_unstable_by_key(|t| t.start);
        let longest = traps.iter().map(|t| t.end - t.start).max().unwrap_or(0);
        cues.retain(|c| {
            let before = traps.partition_point(|t| t.start <= c.start);
            !traps[..before]
                .iter()
                .rev()
                .take_while(|t| t.start + longest >= c.end)
                .any(|t| t.theme == c.theme && c.end <= t.end)
        });
        cues.sort_unstable_by_key(|h| (h.start, h.theme, h.phrase, h.end));
        Found { cues, numerals }
    }
}

/// Whether `start..end` covers whole words or lies inside one word.
fn on_word_boundaries(words: &[(usize, usize)], start: usize, end: usize) -> bool {
    let containing = |pos: usize| words.partition_point(|w| w.1 <= pos);
    let (first, last) = (containing(start), containing(end.saturating_sub(1)));
    let (Some(a), Some(b)) = (words.get(first), words.get(last)) else {
        return true; // no segmentation: accept
    };
    first == last || (a.0 == start && b.1 == end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries() {
        // 学校/长期: 校长 straddles the boundary.
        let words = [(0, 6), (6, 12)];
        assert!(!on_word_boundaries(&words, 3, 9));
        assert!(on_word_boundaries(&words, 0, 12));
        assert!(on_word_boundaries(&words, 3, 6));
    }

    #[test]
    fn numerals_are_found_in_the_same_pass_as_the_cues() {
        let coder = crate::code::Coder::reference();
        let mut schema = Schema::reference().clone();
        // A cue that is itself a numeral must not hide it.
        schema.add_cues("football", ["十"]).unwrap();
        let indexes = [CueIndex::new(Schema::reference()), CueIndex::new(&schema)];
        let mut texts: Vec<&str> = crate::corpus::ids()
            .filter_map(crate::corpus::raw)
            .flat_map(str::lines)
            .collect();
        texts.extend(["", "十", "1０2〇○零两百千", "第十一、十二五", "ＡＢ12"]);
        for index in &indexes {
            for text in &texts {
                let found = index.search(text, &coder.cut(text));
                assert_eq!(
                    found.numerals,
                    crate::targets::numeral_starts(text),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn a_large_schema_is_searched_with_the_compact_automaton_and_finds_the_same() {
        let reference = Schema::reference();
        let mut large = reference.clone();
        let extra = (0..4000).map(|k| format!("测试词{k}"));
        large.add_cues("football", extra).unwrap();
        let (small, big) = (CueIndex::new(reference), CueIndex::new(&large));
        assert!(small.searcher.as_ref().unwrap().kind() == AhoCorasickKind::DFA);
        assert!(big.searcher.as_ref().unwrap().kind() != AhoCorasickKind::DFA);
        let text = "大力开展校园足球,测试词17";
        // 大力开展/校园足球/,/测试词17: `测试词1` lies inside the last word.
        let words = [(0, 12), (12, 24), (24, 25), (25, 36)];
        let names = |index: &CueIndex| -> Vec<String> {
            let hits = index.search(text, &words).cues;
            hits.iter()
                .map(|h| index.phrase(h.phrase).to_string())
                .collect()
        };
        assert_eq!(names(&small), ["校园足球", "足球"]);
        assert_eq!(names(&big), ["校园足球", "足球", "测试词1", "测试词17"]);
    }
}
