//! A deterministic automaton over characters: every occurrence of a set of
//! phrases in one pass, and the numerals on the way.
//!
//! Aho-Corasick as the `aho-corasick` crate builds it, but stepping once per
//! character instead of once per UTF-8 byte. Chinese text takes three bytes a
//! character, and the search is a chain of table loads each waiting on the
//! last: a third of the loads is most of the time saved. Characters map to
//! classes (those of no phrase all to class 0, which always leads back to
//! the start), and the table holds a row of next states per state.

use std::collections::{BTreeMap, VecDeque};

/// What the search finds, in order of where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Event {
    /// A numeral starts at this byte.
    Numeral(usize),
    /// Phrase `phrase` at bytes `start..end`.
    Phrase {
        /// Index of the phrase, as given to [`CharAutomaton::new`].
        phrase: usize,
        /// First byte.
        start: usize,
        /// Past the last byte.
        end: usize,
    },
}

/// The bit of a character's class entry that marks a numeral.
const NUMERAL: u16 = 1 << 15;

/// The phrases' automaton; see the module docs.
#[derive(Debug, Clone)]
pub(crate) struct CharAutomaton {
    /// Block of each 256 code points of the plane (U+0000..U+FFFF) in
    /// `classes`; block 0 is all zero (no phrase, no numeral).
    block_of: Vec<u16>,
    /// The class of each code point, by blocks of 256, [`NUMERAL`] or'ed in.
    classes: Vec<u16>,
    /// Characters past the plane, with their classes (sorted).
    astral: Vec<(char, u16)>,
    /// Number of classes, the width of a row of `next`.
    width: usize,
    /// Next state by state and class: `next[state * width + class]`.
    next: Vec<u16>,
    /// Where each state's matches start in `matches` (one more entry at the
    /// end).
    match_start: Vec<u32>,
    /// Matches of each state, longest first: (phrase, byte length).
    matches: Vec<(u32, u32)>,
}

/// The trie of the phrases, before it is made a table.
struct Trie {
    /// Children by class, of each node (node 0 the root).
    children: Vec<BTreeMap<u16, u16>>,
    /// Phrases ending at each node: (phrase, byte length).
    ends: Vec<Vec<(u32, u32)>>,
}

impl CharAutomaton {
    /// The automaton of `phrases`, ASCII letters matched without regard to
    /// case, `numerals` reported where they stand; `None` when its table
    /// would have more than `max_entries` entries, or more states than a
    /// table entry counts.
    pub(crate) fn new(
        phrases: &[impl AsRef<str>],
        numerals: &[char],
        max_entries: usize,
    ) -> Option<CharAutomaton> {
        let mut class: BTreeMap<char, u16> = BTreeMap::new();
        for c in phrases.iter().flat_map(|p| p.as_ref().chars()) {
            let c = c.to_ascii_lowercase();
            if !class.contains_key(&c) {
                let next = u16::try_from(class.len() + 1)
                    .ok()
                    .filter(|n| *n < NUMERAL)?;
                class.insert(c, next);
            }
        }
        let width = class.len() + 1;
        let trie = Trie::new(phrases, &class)?;
        let states = trie.children.len();
        if states.checked_mul(width)? > max_entries {
            return None;
        }
        let mut automaton = CharAutomaton {
            block_of: vec![0; 256],
            classes: vec![0; 256],
            astral: Vec::new(),
            width,
            next: Vec::new(),
            match_start: Vec::new(),
            matches: Vec::new(),
        };
        for (&c, &k) in &class {
            automaton.set_class(c, k);
            if c.is_ascii_lowercase() {
                automaton.set_class(c.to_ascii_uppercase(), k);
            }
        }
        for &c in numerals {
            let k = automaton.class(c);
            automaton.set_class(c, k | NUMERAL);
        }
        automaton.link(trie);
        Some(automaton)
    }

    fn class(&self, c: char) -> u16 {
        let u = c as u32;
        if u > 0xFFFF {
            let at = self.astral.binary_search_by_key(&c, |a| a.0);
            return at.map_or(0, |i| self.astral[i].1);
        }
        let block = self.block_of[(u >> 8) as usize] as usize;
        self.classes[block * 256 + (u & 0xFF) as usize]
    }

    fn set_class(&mut self, c: char, k: u16) {
        let u = c as u32;
        if u > 0xFFFF {
            // Kept sorted, for the lookups in `class`.
            match self.astral.binary_search_by_key(&c, |a| a.0) {
                Ok(i) => self.astral[i].1 = k,
                Err(i) => self.astral.insert(i, (c, k)),
            }
            return;
        }
        let hi = (u >> 8) as usize;
        if self.block_of[hi] == 0 {
            // At most 256 blocks of 256: the count fits.
            self.block_of[hi] = (self.classes.len() / 256) as u16;
            self.classes.extend([0; 256]);
        }
        self.classes[self.block_of[hi] as usize * 256 + (u & 0xFF) as usize] = k;
    }

    /// Fills the table from the trie: failure links breadth first, each
    /// state's missing moves taken from its failure state's row.
    fn link(&mut self, trie: Trie) {
        let Trie { children, mut ends } = trie;
        let width = self.width;
        self.next = vec![0; children.len() * width];
        let mut fail = vec![0u16; children.len()];
        let mut queue = VecDeque::new();
        for (&k, &child) in &children[0] {
            self.next[k as usize] = child;
            queue.push_back(child);
        }
        while let Some(s) = queue.pop_front() {
            let (s, f) = (s as usize, fail[s as usize] as usize);
            // The failure state is nearer the root, so done already: its
            // matches are whole. Own matches are longer, so they come first.
            let inherited = ends[f].clone();
            ends[s].extend(inherited);
            for k in 0..width {
                let through_fail = self.next[f * width + k];
                self.next[s * width + k] = match children[s].get(&(k as u16)) {
                    Some(&child) => {
                        fail[child as usize] = through_fail;
                        queue.push_back(child);
                        child
                    }
                    None => through_fail,
                };
            }
        }
        self.match_start = Vec::with_capacity(ends.len() + 1);
        for e in &ends {
            self.match_start.push(self.matches.len() as u32);
            self.matches.extend(e);
        }
        self.match_start.push(self.matches.len() as u32);
    }

    /// Reports every numeral and every occurrence of every phrase in `text`
    /// (overlapping ones too), in order of where they end; at one end, a
    /// numeral before phrases, longer phrases before shorter.
    pub(crate) fn search(&self, text: &str, mut report: impl FnMut(Event)) {
        let mut state = 0usize;
        for (i, c) in text.char_indices() {
            let k = self.class(c);
            if k & NUMERAL != 0 {
                report(Event::Numeral(i));
            }
            let k = (k & !NUMERAL) as usize;
            if k == 0 {
                state = 0;
                continue;
            }
            state = self.next[state * self.width + k] as usize;
            let (a, b) = (self.match_start[state], self.match_start[state + 1]);
            if a != b {
                let end = i + c.len_utf8();
                for &(phrase, len) in &self.matches[a as usize..b as usize] {
                    report(Event::Phrase {
                        phrase: phrase as usize,
                        start: end - len as usize,
                        end,
                    });
                }
            }
        }
    }
}

impl Trie {
    /// The trie of `phrases` over `class`es; `None` when it has more states
    /// than a table entry counts.
    fn new(phrases: &[impl AsRef<str>], class: &BTreeMap<char, u16>) -> Option<Trie> {
        let mut trie = Trie {
            children: vec![BTreeMap::new()],
            ends: vec![Vec::new()],
        };
        for (p, phrase) in phrases.iter().enumerate() {
            let phrase = phrase.as_ref();
            let mut node = 0usize;
            for c in phrase.chars() {
                let k = class[&c.to_ascii_lowercase()];
                node = match trie.children[node].get(&k) {
                    Some(&child) => child as usize,
                    None => {
                        let child = u16::try_from(trie.children.len()).ok()?;
                        trie.children.push(BTreeMap::new());
                        trie.ends.push(Vec::new());
                        trie.children[node].insert(k, child);
                        child as usize
                    }
                };
            }
            if node != 0 {
                trie.ends[node].push((p as u32, phrase.len() as u32));
            }
        }
        Some(trie)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(phrases: &[&str], numerals: &[char], text: &str) -> Vec<Event> {
        let phrases: Vec<String> = phrases.iter().map(|p| p.to_string()).collect();
        let automaton = CharAutomaton::new(&phrases, numerals, 1 << 20).unwrap();
        let mut found = Vec::new();
        automaton.search(text, |e| found.push(e));
        found
    }

    #[test]
    fn events_come_in_order_of_their_ends() {
        let found = events(&["足球", "校园足球"], &['一'], "一校园足球");
        let phrase = |phrase, start, end| Event::Phrase { phrase, start, end };
        assert_eq!(
            found,
            [Event::Numeral(0), phrase(1, 3, 15), phrase(0, 9, 15)]
        );
    }

    #[test]
    fn a_character_past_the_plane_can_be_phrase_and_numeral() {
        let found = events(&["😀"], &['𝟘', '😀'], "😀𝟘");
        let phrase = Event::Phrase {
            phrase: 0,
            start: 0,
            end: 4,
        };
        assert_eq!(found, [Event::Numeral(0), phrase, Event::Numeral(4)]);
    }
}
