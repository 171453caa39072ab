//! Finding a schema's cues and traps in text, on word boundaries.
//!
//! Cues are found as substrings (Aho-Corasick over characters, see
//! [`super::automaton`]; all overlapping matches), then checked against
//! jieba's segmentation: a match counts when it covers whole
//! words (`校园足球` → 校园/足球) or lies inside one word (`党员` in 共产党员),
//! and not when it straddles a word boundary (`校长` in 学校/长期). A trap
//! (`not`) cancels the matches of its own theme that it covers.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::automaton::{CharAutomaton, Match};
use crate::text::CharOffsets;
use crate::words::Words;

use crate::schema::Schema;

/// Schemas whose character automaton has at most this many table entries
/// (two bytes each) while it is built are searched with it; larger ones with
/// aho-corasick's contiguous NFA.
///
/// The reference schema (548 phrases) makes 1,472 states of 523 classes
/// (522 characters, and one for all others): 0.77 M entries, 1.5 MB, built
/// once and packed to 15 KB (see [`super::automaton`]). The character
/// automaton searches faster than aho-corasick's, but its build table grows
/// with states times classes. Eight million entries (16 MB) hold a schema
/// about three times the reference one; past that the compact automaton is
/// worth more than the speed. Only the build sees the full table, and the
/// packed moves stay small.
const MAX_TABLE_ENTRIES: usize = 8 << 20;

/// How the phrases are searched.
#[derive(Debug, Clone)]
enum Searcher {
    /// Character by character.
    Chars(CharAutomaton),
    /// Byte by byte.
    Bytes(AhoCorasick),
    /// No automaton could be built: no cues found.
    Nothing,
}

/// A cue or trap of one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Owner {
    theme: usize,
    trap: bool,
}

/// The owners of each phrase, in one list: looked up at every match, the
/// owners of 548 phrases in as many small lists of their own were scattered
/// over the heap.
#[derive(Debug, Clone)]
struct Owners {
    /// Where each phrase's owners start in `all` (one more at the end).
    start: Vec<u32>,
    all: Vec<Owner>,
}

impl Owners {
    fn new(lists: impl Iterator<Item = Vec<Owner>>) -> Owners {
        let mut owners = Owners {
            start: vec![0],
            all: Vec::new(),
        };
        for list in lists {
            owners.all.extend(list);
            owners.start.push(owners.all.len() as u32);
        }
        owners
    }

    fn of(&self, phrase: usize) -> &[Owner] {
        &self.all[self.start[phrase] as usize..self.start[phrase + 1] as usize]
    }
}

/// All cues and traps of a schema, ready to search.
#[derive(Debug, Clone)]
pub(crate) struct CueIndex {
    searcher: Searcher,
    /// The distinct phrases, in pattern order, each shared by the evidence
    /// that cites it.
    phrases: Vec<Arc<str>>,
    /// The length of each phrase in characters, which is that of any match
    /// of it (only ASCII letters match another character, of their own
    /// length).
    chars: Vec<usize>,
    /// Who owns each phrase (a phrase may be a cue of two themes).
    owners: Owners,
}

/// A cue found in a text: byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Hit {
    /// Index of the theme in the schema.
    pub theme: usize,
    /// Index of the phrase (see [`CueIndex::shared_phrase`]).
    pub phrase: usize,
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// Where it starts in characters.
    pub char_start: usize,
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
        let phrases: Vec<Arc<str>> = map.keys().map(|p| Arc::from(*p)).collect();
        let owners = Owners::new(map.into_values());
        CueIndex {
            searcher: searcher(&phrases),
            chars: phrases.iter().map(|p| crate::text::char_len(p)).collect(),
            phrases,
            owners,
        }
    }

    /// The phrases to add to the segmenter's dictionary, so they stay whole.
    pub(crate) fn phrases(&self) -> &[Arc<str>] {
        &self.phrases
    }

    /// The text of a phrase, shared.
    pub(crate) fn shared_phrase(&self, i: usize) -> Arc<str> {
        Arc::clone(&self.phrases[i])
    }

    /// The length of a phrase (and of its matches) in characters.
    pub(crate) fn phrase_chars(&self, i: usize) -> usize {
        self.chars[i]
    }

    /// The cue hits in `text`, given its word boundaries (byte ranges, in
    /// order), with traps applied and sorted by position.
    pub(crate) fn search(&self, text: &str, words: Words<'_>) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.search_into(text, words, &mut hits, &mut Vec::new());
        hits
    }

    /// [`CueIndex::search`], the hits appended to `cues`, whose range of
    /// them it returns; `traps` is scratch space.
    ///
    /// One `found` for all items of a plan, rather than lists of their own:
    /// growing two lists per item was a large share of the search's time.
    pub(crate) fn search_into(
        &self,
        text: &str,
        words: Words<'_>,
        cues: &mut Vec<Hit>,
        traps: &mut Vec<Hit>,
    ) -> Range<usize> {
        let first_cue = cues.len();
        traps.clear();
        let mut report = |m: Match| {
            for owner in self.owners.of(m.phrase) {
                let hit = Hit {
                    theme: owner.theme,
                    phrase: m.phrase,
                    start: m.start,
                    end: m.end,
                    char_start: m.end_char - self.chars[m.phrase],
                };
                if owner.trap {
                    traps.push(hit);
                } else if words.whole_or_inside(m.start, m.end) {
                    cues.push(hit);
                }
            }
        };
        match &self.searcher {
            Searcher::Chars(automaton) => automaton.search(text, report),
            Searcher::Bytes(ac) => {
                let mut chars = CharOffsets::new(text);
                for m in ac.find_overlapping_iter(text) {
                    report(byte_match(&m, &mut chars));
                }
            }
            Searcher::Nothing => {}
        }
        // A trap covering a cue starts at most the longest trap's length
        // before it: look only there, not at every trap of a long item.
        traps.sort_unstable_by_key(|t| t.start);
        let longest = traps.iter().map(|t| t.end - t.start).max().unwrap_or(0);
        let trapped = |c: &Hit| {
            let before = traps.partition_point(|t| t.start <= c.start);
            traps[..before]
                .iter()
                .rev()
                .take_while(|t| t.start + longest >= c.end)
                .any(|t| t.theme == c.theme && c.end <= t.end)
        };
        // Kept in place, this text's hits only.
        let mut kept = first_cue;
        for k in first_cue..cues.len() {
            if !trapped(&cues[k]) {
                cues[kept] = cues[k];
                kept += 1;
            }
        }
        cues.truncate(kept);
        cues[first_cue..].sort_unstable_by_key(|h| (h.start, h.theme, h.phrase, h.end));
        first_cue..cues.len()
    }
}

/// The fastest searcher the phrases allow (see [`MAX_TABLE_ENTRIES`]).
fn searcher(phrases: &[Arc<str>]) -> Searcher {
    if let Some(automaton) = CharAutomaton::new(phrases, MAX_TABLE_ENTRIES) {
        return Searcher::Chars(automaton);
    }
    byte_searcher(phrases, Some(AhoCorasickKind::ContiguousNFA))
        .map_or(Searcher::Nothing, Searcher::Bytes)
}

/// aho-corasick's automaton of `phrases`.
fn byte_searcher(
    phrases: &[impl AsRef<str>],
    kind: Option<AhoCorasickKind>,
) -> Result<AhoCorasick, aho_corasick::BuildError> {
    let patterns: Vec<&str> = phrases.iter().map(AsRef::as_ref).collect();
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(true)
        .kind(kind)
        .build(&patterns)
}

/// A match of [`byte_searcher`] as the character automaton reports it;
/// `chars` counts the characters of the text searched.
fn byte_match(m: &aho_corasick::Match, chars: &mut CharOffsets<'_>) -> Match {
    Match {
        phrase: m.pattern().as_usize(),
        start: m.start(),
        end: m.end(),
        end_char: chars.at(m.end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::ItemWords;

    #[test]
    fn texts_searched_into_one_list_find_what_each_finds_alone() {
        let coder = crate::code::Coder::reference();
        let index = CueIndex::new(Schema::reference());
        let texts: Vec<&str> = crate::corpus::ids()
            .filter_map(crate::corpus::raw)
            .flat_map(str::lines)
            .collect();
        let (mut all, mut traps) = (Vec::new(), Vec::new());
        let mut hits = 0;
        for text in texts {
            let words = ItemWords::of_spans(text.len(), coder.cut(text));
            let r = index.search_into(text, words.words(), &mut all, &mut traps);
            let alone = index.search(text, words.words());
            assert_eq!(all[r], alone[..], "{text}");
            hits += alone.len();
        }
        assert!(hits > 1000, "{hits}");
    }

    #[test]
    fn a_large_schema_is_searched_with_the_compact_automaton_and_finds_the_same() {
        let reference = Schema::reference();
        let mut large = reference.clone();
        // 4,000 cues of two characters each that no other cue uses.
        let new_chars = (0x4E00..0x9FA5).filter_map(char::from_u32).filter(|c| {
            !reference
                .themes
                .iter()
                .flat_map(|t| t.cues.iter().chain(&t.traps))
                .any(|p| p.contains(*c))
        });
        let pairs: Vec<char> = new_chars.take(8000).collect();
        let extra: Vec<String> = pairs.chunks(2).map(|p| p.iter().collect()).collect();
        large.add_cues("football", extra.iter().cloned()).unwrap();
        let (small, big) = (CueIndex::new(reference), CueIndex::new(&large));
        assert!(matches!(small.searcher, Searcher::Chars(_)));
        assert!(matches!(big.searcher, Searcher::Bytes(_)));
        let text = format!("大力开展校园足球,{}{}", extra[17], extra[3]);
        let cut = crate::code::Coder::builder(&large).build().cut(&text);
        let cut = ItemWords::of_spans(text.len(), cut);
        let names = |index: &CueIndex| -> Vec<String> {
            let found = index.search(&text, cut.words());
            let hits = found;
            hits.iter()
                .map(|h| index.shared_phrase(h.phrase).to_string())
                .collect()
        };
        assert_eq!(names(&small), ["校园足球", "足球"]);
        assert_eq!(
            names(&big),
            [
                "校园足球".to_string(),
                "足球".to_string(),
                extra[17].clone(),
                extra[3].clone()
            ]
        );
    }

    /// Every phrase occurrence that aho-corasick finds, and no other, with
    /// ASCII letters in either case.
    fn agrees_with_aho_corasick(phrases: &[impl AsRef<str>], text: &str) -> Result<(), String> {
        let automaton = CharAutomaton::new(phrases, MAX_TABLE_ENTRIES).ok_or("no automaton")?;
        let mut ours = Vec::new();
        automaton.search(text, |e| ours.push(e));
        let ac = byte_searcher(phrases, None).map_err(|e| e.to_string())?;
        let mut chars = CharOffsets::new(text);
        let mut theirs: Vec<Match> = (ac.find_overlapping_iter(text))
            .map(|m| byte_match(&m, &mut chars))
            .collect();
        let key = |m: &Match| (m.start, m.end, m.phrase);
        ours.sort_by_key(key);
        theirs.sort_by_key(key);
        if ours == theirs {
            Ok(())
        } else {
            Err(format!("{text:?}: ours {ours:?}, aho-corasick {theirs:?}"))
        }
    }

    #[test]
    fn the_character_automaton_finds_what_aho_corasick_finds_in_the_bundled_plans() {
        let index = CueIndex::new(Schema::reference());
        for text in crate::corpus::ids().filter_map(crate::corpus::raw) {
            agrees_with_aho_corasick(&index.phrases, text).unwrap();
        }
    }

    proptest::proptest! {
        #[test]
        fn the_character_automaton_finds_what_aho_corasick_finds(
            phrases in proptest::collection::btree_set("[学校足球一十aAbB😀目]{1,4}", 1..12),
            text in "[学校足球一十二aAbBcC😀 ,。目]{0,40}",
        ) {
            let phrases: Vec<String> = phrases.into_iter().collect();
            proptest::prop_assert_eq!(agrees_with_aho_corasick(&phrases, &text), Ok(()));
        }
    }
}
