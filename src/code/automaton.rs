//! A deterministic automaton over characters: every occurrence of a set of
//! phrases in one pass.
//!
//! Aho-Corasick as the `aho-corasick` crate builds it, but stepping once per
//! character instead of once per UTF-8 byte. Chinese text takes three bytes a
//! character, and the search is a chain of table loads each waiting on the
//! last: a third of the loads is most of the time saved. Characters map to
//! classes (those of no phrase all to class 0, which always leads back to
//! the start).
//!
//! The table is packed. Most moves of a state are those of the start: only
//! where a state continues a phrase (a child, or a child of a state on its
//! failure chain) does its move differ. Each state keeps just those moves, in
//! one array of slots shared by all (a double array): state `s`, named by
//! the offset where its moves stand, moves on class `k` to what slot `s + k`
//! holds when that slot is its own, and else where the start moves on `k`.
//! The reference schema's moves take 3,669 slots (15 KB) so, in the first
//! level of the cache, where the full table of states by classes (1.5 MB)
//! was read from the second or third: a load waiting on the last at every
//! character was most of the search's time. A move also carries a bit saying
//! whether its state has matches, so that the match lists are looked at only
//! then, and the loop has no branch on the class (class 0 leads every state
//! to the start like any other class).

use std::collections::{BTreeMap, VecDeque};

use crate::text::three_byte_code_point;

/// An occurrence of phrase `phrase` at bytes `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    /// Index of the phrase, as given to [`CharAutomaton::new`].
    pub phrase: usize,
    /// First byte.
    pub start: usize,
    /// Past the last byte.
    pub end: usize,
    /// Past the last character: the characters of the text up to `end`.
    pub end_char: usize,
}

/// The bit of a move that marks a state with matches (so states are named
/// by offsets below this).
const MATCHES: u16 = 1 << 15;

/// How many classes there can be.
const CLASSES: usize = 1 << 14;

/// How many slots there are: a power of two above any state (below
/// [`MATCHES`]) plus any class.
const SLOTS: usize = 1 << 16;
const _: () = assert!(MATCHES as usize + CLASSES <= SLOTS);

/// The owner of a free slot: no state.
const FREE: u32 = 0xFFFF << 16;

/// The phrases' automaton; see the module docs.
#[derive(Debug, Clone)]
pub(crate) struct CharAutomaton {
    /// The class of each code point of the plane (U+0000..U+FFFF),
    /// (class 0 for characters of no phrase).
    ///
    /// One flat table indexed by the code point, not blocks of 256 found
    /// through a table of blocks: one load fewer in the chain that each
    /// character waits on, and no bounds check. It takes 128 KB, of which
    /// only the lines of the characters read are loaded.
    classes: Box<[u16; 1 << 16]>,
    /// Characters past the plane, with their classes (sorted).
    astral: Vec<(char, u16)>,
    /// Number of classes.
    width: usize,
    /// Where the start moves on each class, [`MATCHES`] or'ed in. States are
    /// named by their offsets in `slots`; the start's is 0.
    ///
    /// This table and `slots` are as long as any class and any state plus
    /// class can be (classes are below [`MARK`], states below [`MATCHES`]),
    /// so that the search indexes them with no bounds check; only the
    /// entries used are ever read (the reference schema's 3,669 slots).
    start: Box<[u16; CLASSES]>,
    /// The moves that differ from the start's: slot `s + k` holds the owner
    /// state `s` in its upper half and the move on class `k`, [`MATCHES`]
    /// or'ed in, in its lower half; [`FREE`] when no state owns it.
    slots: Box<[u32; SLOTS]>,
    /// The range of each state's matches in `matches`, by state.
    match_range: Vec<(u32, u32)>,
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
    /// case; `None` when its table
    /// would have more than `max_entries` entries, or more states than a
    /// table entry counts.
    pub(crate) fn new(phrases: &[impl AsRef<str>], max_entries: usize) -> Option<CharAutomaton> {
        let mut class: BTreeMap<char, u16> = BTreeMap::new();
        for c in phrases.iter().flat_map(|p| p.as_ref().chars()) {
            let c = c.to_ascii_lowercase();
            if !class.contains_key(&c) {
                let next = u16::try_from(class.len() + 1)
                    .ok()
                    .filter(|&n| usize::from(n) < CLASSES)?;
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
            // A boxed slice of 65,536 entries always converts: never `None`.
            classes: vec![0; 1 << 16].into_boxed_slice().try_into().ok()?,
            astral: Vec::new(),
            width,
            start: vec![0; CLASSES].into_boxed_slice().try_into().ok()?,
            slots: vec![FREE; SLOTS].into_boxed_slice().try_into().ok()?,
            match_range: Vec::new(),
            matches: Vec::new(),
        };
        for (&c, &k) in &class {
            automaton.set_class(c, k);
            if c.is_ascii_lowercase() {
                automaton.set_class(c.to_ascii_uppercase(), k);
            }
        }
        automaton.link(trie)?;
        Some(automaton)
    }

    fn class(&self, c: char) -> u16 {
        let u = c as u32;
        if u > 0xFFFF {
            let at = self.astral.binary_search_by_key(&c, |a| a.0);
            return at.map_or(0, |i| self.astral[i].1);
        }
        self.plane_class(u)
    }

    /// The class of the code point `u` of the plane (at most U+FFFF).
    #[inline]
    fn plane_class(&self, u: u32) -> u16 {
        debug_assert!(u <= 0xFFFF, "U+{u:X} is past the plane");
        self.classes[usize::from(u as u16)]
    }

    /// The class of the character at byte `i` of `text`, and its length.
    ///
    /// Three-byte characters (most of Chinese text) and ASCII are read from
    /// their bytes rather than decoded by the standard library, which
    /// checks each byte.
    #[inline]
    fn class_at(&self, text: &str, i: usize) -> (u16, usize) {
        match text.as_bytes()[i..] {
            [x @ 0xE0..0xF0, y, z, ..] => (self.plane_class(three_byte_code_point(x, y, z)), 3),
            [x @ 0..0x80, ..] => (self.plane_class(u32::from(x)), 1),
            _ => {
                let c = text[i..].chars().next().unwrap_or_default();
                (self.class(c), c.len_utf8())
            }
        }
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
        self.classes[u as usize] = k;
    }

    /// Fills the table from the trie: failure links breadth first, each
    /// state's missing moves taken from its failure state's row; then packs
    /// it (see [`CharAutomaton::pack`]). `None` when the states' offsets do
    /// not fit beside the [`MATCHES`] bit.
    fn link(&mut self, trie: Trie) -> Option<()> {
        let Trie { children, mut ends } = trie;
        let width = self.width;
        let mut rows = vec![0u16; children.len() * width];
        let mut fail = vec![0u16; children.len()];
        let mut queue = VecDeque::new();
        for (&k, &child) in &children[0] {
            rows[k as usize] = child;
            queue.push_back(child);
        }
        while let Some(s) = queue.pop_front() {
            let (s, f) = (s as usize, fail[s as usize] as usize);
            // The failure state is nearer the root, so done already: its
            // matches are whole. Own matches are longer, so they come first.
            let inherited = ends[f].clone();
            ends[s].extend(inherited);
            for k in 0..width {
                let through_fail = rows[f * width + k];
                rows[s * width + k] = match children[s].get(&(k as u16)) {
                    Some(&child) => {
                        fail[child as usize] = through_fail;
                        queue.push_back(child);
                        child
                    }
                    None => through_fail,
                };
            }
        }
        self.pack(&rows, &ends)
    }

    /// Packs the full table `rows` (row by state) into `start` and `slots`,
    /// each state at the first offset, not taken by another, where its own
    /// moves find their slots free; `ends` are the states' matches.
    fn pack(&mut self, rows: &[u16], ends: &[Vec<(u32, u32)>]) -> Option<()> {
        let width = self.width;
        let root = &rows[..width];
        let own = |s: usize| (0..width).filter(move |&k| s > 0 && rows[s * width + k] != root[k]);
        let mut offset = vec![0u32; ends.len()];
        let mut taken = vec![false; 1];
        let mut owner: Vec<u32> = Vec::new();
        // The start (state 0) has no moves of its own and takes offset 0.
        taken[0] = true;
        for (s, at) in offset.iter_mut().enumerate().skip(1) {
            let moves: Vec<usize> = own(s).collect();
            let fits = |o: usize| {
                !taken.get(o).copied().unwrap_or(false)
                    && moves
                        .iter()
                        .all(|&k| owner.get(o + k).is_none_or(|&x| x == FREE))
            };
            let o = (1..).find(|&o| fits(o))?;
            if o >= usize::from(MATCHES) {
                return None;
            }
            if taken.len() <= o {
                taken.resize(o + 1, false);
            }
            taken[o] = true;
            for &k in &moves {
                if owner.len() <= o + k {
                    owner.resize(o + k + 1, FREE);
                }
                owner[o + k] = (o as u32) << 16;
            }
            *at = o as u32;
        }
        let moved = |to: u16| {
            let mark = if ends[to as usize].is_empty() {
                0
            } else {
                MATCHES
            };
            offset[to as usize] as u16 | mark
        };
        for (k, &to) in root.iter().enumerate() {
            self.start[k] = moved(to);
        }
        self.slots[..owner.len()].copy_from_slice(&owner);
        for s in 1..ends.len() {
            let o = offset[s] as usize;
            for k in own(s) {
                self.slots[o + k] |= u32::from(moved(rows[s * width + k]));
            }
        }
        self.match_range = vec![(0, 0); taken.len()];
        for (s, e) in ends.iter().enumerate() {
            let a = self.matches.len() as u32;
            self.matches.extend(e);
            self.match_range[offset[s] as usize] = (a, self.matches.len() as u32);
        }
        Some(())
    }

    /// Reports every occurrence of every phrase in `text` (overlapping ones
    /// too), in order of where they end; at one end, longer phrases before
    /// shorter.
    /// Characters are counted on the way, so that a phrase's character
    /// offsets (for the evidence) cost no count of their own for each hit.
    pub(crate) fn search(&self, text: &str, mut report: impl FnMut(Match)) {
        let (mut state, mut i, mut chars) = (0usize, 0usize, 0usize);
        while i < text.len() {
            let (k, len) = self.class_at(text, i);
            // Both below their tables' lengths, as the masks show the compiler.
            let k = usize::from(k) & (CLASSES - 1);
            let slot = self.slots[(state + k) & (SLOTS - 1)];
            // Chosen by a mask rather than a branch, which the text decides
            // at random.
            let own = u16::from((slot >> 16) as usize == state).wrapping_neg();
            let entry = (slot as u16 & own) | (self.start[k] & !own);
            state = (entry & !MATCHES) as usize;
            chars += 1;
            if entry & MATCHES != 0 {
                let (a, b) = self.match_range[state];
                let end = i + len;
                for &(phrase, bytes) in &self.matches[a as usize..b as usize] {
                    report(Match {
                        phrase: phrase as usize,
                        start: end - bytes as usize,
                        end,
                        end_char: chars,
                    });
                }
            }
            i += len;
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

    fn matches(phrases: &[&str], text: &str) -> Vec<Match> {
        let automaton = CharAutomaton::new(phrases, 1 << 20).unwrap();
        let mut found = Vec::new();
        automaton.search(text, |m| found.push(m));
        found
    }

    #[test]
    fn matches_come_in_order_of_their_ends() {
        let found = matches(&["足球", "校园足球"], "一校园足球");
        let phrase = |phrase, start, end| Match {
            phrase,
            start,
            end,
            end_char: 5,
        };
        assert_eq!(found, [phrase(1, 3, 15), phrase(0, 9, 15)]);
    }

    #[test]
    fn a_character_past_the_plane_can_be_a_phrase() {
        let found = matches(&["😀"], "😀𝟘😀");
        let at = |start, end_char| Match {
            phrase: 0,
            start,
            end: start + 4,
            end_char,
        };
        assert_eq!(found, [at(0, 1), at(8, 3)]);
    }
}
