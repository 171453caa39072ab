//! One pass over the lines: accept markers by sequence, keep a stack of open
//! parts, then turn the tree's leaves (and committing intros) into items.

use std::collections::HashMap;
use std::sync::Arc;

use super::scan::Scan;
use super::shape::{self, Shape};
use super::{goals, lists, Excerpt, Item, Section, Span};
use crate::marker::{self, Marker, Style};
use crate::text::CharOffsets;

/// What opens a part of the outline.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Opener {
    /// A numbered or bulleted marker.
    Marker(Style),
    /// A district heading in a newspaper round-up (`金水区`).
    District(String),
    /// A newspaper sub-heading.
    Heading,
}

impl Opener {
    /// How many nesting ranks there are.
    const RANKS: usize = 10;

    /// Nesting rank: a part closes every open part of equal or greater rank.
    fn rank(&self) -> u8 {
        match self {
            Opener::District(_) => 1,
            Opener::Heading => 3,
            Opener::Marker(style) => match style {
                Style::Part => 0,
                Style::Chapter => 1,
                Style::Section | Style::Project => 2,
                Style::Subsection => 3,
                Style::Point => 4,
                Style::SubPoint => 5,
                Style::Circled => 6,
                // Clauses and duties rank alike here; the builder puts the
                // family that opened second inside the first (`Builder::rank`).
                Style::Clause | Style::Duty => 7,
                Style::Bullet => 9,
            },
        }
    }
}

/// A part of the outline: byte offsets into the clean text.
#[derive(Debug, Clone)]
struct Node {
    kind: Opener,
    number: u32,
    /// Where its marker starts.
    start: usize,
    /// Where its text starts (after the marker).
    body: usize,
    /// Where it ends.
    end: usize,
    parent: Option<usize>,
    /// Its first child: the outline asks for no other.
    first_child: Option<usize>,
}

/// The outline's result before character spans are filled in.
pub(super) struct Outline {
    pub items: Vec<Item>,
    /// Whether any marker or heading structured the text.
    pub marked: bool,
}

struct Builder<'t> {
    /// The text the items share (see [`Excerpt`]).
    source: &'t Arc<str>,
    text: &'t str,
    nodes: Vec<Node>,
    stack: Vec<usize>,
    /// Last number accepted for each style, by the style's place in
    /// [`Style`]: numbering may run on across sections. An array, where a
    /// map was allocated for every plan and searched at every marker.
    last: [Option<u32>; Style::COUNT],
    /// Byte ranges of text outside any part (preamble, titles).
    top: Vec<(usize, usize)>,
    top_from: Option<usize>,
    /// Whether a prose paragraph has been seen: headings above the first one
    /// are the piece's headline, not sub-headings.
    seen_prose: bool,
    /// The clause family (`一是` or `一要`) the plan opened first.
    first_clause: Option<Style>,
}

/// Outlines `text` (paragraphs separated by `\n`) of a plan that speaks for
/// `districts` (none for most plans).
pub(super) fn outline(source: &Arc<str>, districts: &[String]) -> Outline {
    let text: &str = source;
    let scan = Scan::of(text);
    let lines = &scan.lines;
    let shape = Shape::of(lines, districts);
    let mut b = Builder {
        source,
        text,
        // Mostly a part a line.
        nodes: Vec::with_capacity(lines.len()),
        // Each part nests deeper in rank than its parent: no deeper than there are ranks.
        stack: Vec::with_capacity(Opener::RANKS),
        last: [None; Style::COUNT],
        top: Vec::new(),
        top_from: Some(0),
        seen_prose: false,
        first_clause: None,
    };
    for (i, &(off, line)) in lines.iter().enumerate() {
        b.line(&scan, i, off, line, &shape);
    }
    b.close_all(text.len());
    b.items(&scan)
}

impl Builder<'_> {
    fn line(&mut self, scan: &Scan<'_>, i: usize, off: usize, line: &str, shape: &Shape<'_>) {
        if shape::is_toc(line) || shape::is_title(line) || shape::is_closing(line) {
            self.close_all(off);
            return;
        }
        if shape.news {
            self.news_line(&scan.lines, i, off, line, shape);
        } else {
            self.marker_line(off, line, scan.openings(off, off + line.len()));
        }
    }

    fn news_line(
        &mut self,
        lines: &[(usize, &str)],
        i: usize,
        off: usize,
        line: &str,
        shape: &Shape<'_>,
    ) {
        let seen_prose = self.seen_prose;
        self.seen_prose |= shape::is_prose(line);
        if shape.is_district(line) {
            self.open(
                Opener::District(line.trim().to_string()),
                0,
                off,
                off + line.len(),
            );
            return;
        }
        let after_district = i > 0
            && self.innermost().is_some_and(|n| {
                matches!(self.nodes[n].kind, Opener::District(_))
                    && self.nodes[n].body == lines[i - 1].0 + lines[i - 1].1.len()
            });
        if seen_prose && !after_district && shape::is_subheading(lines, i) {
            self.open(Opener::Heading, 0, off, off);
        }
    }

    /// A line of a numbered plan, with the byte offsets in the text where a
    /// marker may open in it.
    fn marker_line(&mut self, off: usize, line: &str, openings: &[usize]) {
        // Clauses inside a paragraph of their own (`一要…；二要…` of a meeting
        // report) end with it: the next paragraph is not one of them.
        // So do circled numbers run into a paragraph (`主要表现在:①…;②…`).
        if let Some(n) = self.innermost() {
            let node = &self.nodes[n];
            let next = marker::at(line).map(|m| m.style);
            let next_is_clause = next.is_some_and(|s| s.is_clause());
            let clause = matches!(node.kind, Opener::Marker(s) if s.is_clause());
            let inline_circled = node.kind == Opener::Marker(Style::Circled)
                && !self.text[..node.start].ends_with('\n')
                && node.start > 0
                && next != Some(Style::Circled);
            if node.parent.is_none() && ((clause && !next_is_clause) || inline_circled) {
                self.close(off);
            }
        }
        let mut pos = 0;
        if let Some(m) = marker::at(line) {
            if self.accept(&m, off, true, true) {
                let body = off + m.len + lead(&m, &line[m.len..]);
                self.open(Opener::Marker(m.style), m.number, off, body);
                pos = m.len;
            }
        }
        self.inline_markers(off, line, pos, openings);
    }

    /// Markers inside a line: text pasted from a document often runs parts together.
    fn inline_markers(&mut self, off: usize, line: &str, from: usize, openings: &[usize]) {
        // The characters before a candidate are read back to the start of the
        // last marker accepted, no further: what ends a sentence there
        // (`。2.`), or the marker itself (`（一）1.`), tells a break.
        let mut window = 0;
        // The end of the last marker accepted: its characters are skipped.
        let mut skip_to = from;
        for pos in openings.iter().map(|&at| at - off) {
            // Right after a numeral no marker is plausible, nor is there a
            // break: told before the marker is read, for most openings are
            // digits of numbers.
            if pos < skip_to
                || line[..pos]
                    .chars()
                    .next_back()
                    .is_some_and(shape::is_numeral)
            {
                continue;
            }
            let rest = &line[pos..];
            let Some(m) = marker::at(rest).filter(|m| m.style != Style::Bullet) else {
                continue;
            };
            let mut back = line[window..pos]
                .chars()
                .rev()
                .filter(|c| !c.is_whitespace());
            let (prev, prev2) = (back.next(), back.next());
            let after_break = shape::is_break(prev, prev2);
            let plausible = after_break || shape::plausible_inline(prev, &rest[m.len..]);
            if plausible && self.accept(&m, off + pos, false, after_break) {
                let body = off + pos + m.len + lead(&m, &rest[m.len..]);
                self.open(Opener::Marker(m.style), m.number, off + pos, body);
                window = pos;
                skip_to = pos + m.len;
            }
        }
    }

    /// Whether a marker at byte `at` opens a part, by its sequence.
    fn accept(&self, m: &Marker, at: usize, line_start: bool, after_break: bool) -> bool {
        if m.style == Style::Bullet {
            return line_start;
        }
        let inner = self.innermost().map(|n| &self.nodes[n]);
        let reported = || shape::follows_report(&self.text[..at]);
        if m.style.is_clause() {
            // Project blocks are items whole: their 一是… measures stay inside.
            let in_project = self
                .stack
                .iter()
                .any(|&n| self.nodes[n].kind == Opener::Marker(Style::Project));
            // A list may also follow a comma after a verb of report
            // (`他要求,一是…`).
            if in_project || !(after_break || reported()) {
                return false;
            }
        }
        let open = self
            .stack
            .iter()
            .rev()
            .map(|&n| &self.nodes[n])
            .find(|n| n.kind == Opener::Marker(m.style));
        let expected = match open {
            Some(n) => n.number + 1,
            None => self.last[m.style as usize].map_or(1, |l| l + 1),
        };
        // A second speaker's list starts again at one after its own
        // announcing colon (`陈刚要求：一是…`).
        let announced = || m.style.is_clause() && self.text[..at].trim_end().ends_with(['：', ':']);
        if m.number == expected || (m.number == 1 && (open.is_none() || announced())) {
            if m.number == 1 && !line_start && !after_break && !reported() {
                // A first inline marker must follow its parent's heading closely.
                return inner.is_some_and(|n| {
                    // Bounded in bytes first (at most 4 a character), so that a 10 MB
                    // line is not measured again at every candidate.
                    let since = match at.checked_sub(n.body) {
                        Some(len) if len <= 4 * shape::HEADING_CHARS => {
                            self.text.get(n.body..at).unwrap_or("")
                        }
                        _ => return false,
                    };
                    self.rank(&n.kind) < self.rank(&Opener::Marker(m.style))
                        && shape::is_heading_like(since)
                });
            }
            return true;
        }
        // Line starts tolerate a skipped number, as typed plans have them.
        line_start && m.number > expected && m.number <= expected + 2
    }

    fn innermost(&self) -> Option<usize> {
        self.stack.last().copied()
    }

    /// A part's nesting rank in this plan: a `一要` list stands inside the
    /// `一是` clauses of a plan that opened with `一是`, and the other way
    /// round.
    fn rank(&self, kind: &Opener) -> u8 {
        match (kind, self.first_clause) {
            (Opener::Marker(s), Some(first)) if s.is_clause() && *s != first => kind.rank() + 1,
            _ => kind.rank(),
        }
    }

    fn open(&mut self, kind: Opener, number: u32, start: usize, body: usize) {
        if let Opener::Marker(s) = kind {
            if s.is_clause() {
                self.first_clause.get_or_insert(s);
            }
        }
        let rank = self.rank(&kind);
        while let Some(&top) = self.stack.last() {
            if self.rank(&self.nodes[top].kind) < rank {
                break;
            }
            self.close(start);
        }
        if self.stack.is_empty() {
            if let Some(from) = self.top_from.take() {
                self.top.push((from, start));
            }
        }
        if let Opener::Marker(style) = kind {
            self.last[style as usize] = Some(number);
        }
        let id = self.nodes.len();
        let parent = self.stack.last().copied();
        if let Some(p) = parent {
            self.nodes[p].first_child.get_or_insert(id);
        }
        self.nodes.push(Node {
            kind,
            number,
            start,
            body,
            end: self.text.len(),
            parent,
            first_child: None,
        });
        self.stack.push(id);
    }

    fn close(&mut self, at: usize) {
        if let Some(n) = self.stack.pop() {
            self.nodes[n].end = at;
            if self.stack.is_empty() {
                self.top_from = Some(at);
            }
        }
    }

    fn close_all(&mut self, at: usize) {
        while !self.stack.is_empty() {
            self.close(at);
        }
        if let Some(from) = self.top_from.take() {
            if from < at {
                self.top.push((from, at));
            }
        }
        self.top_from = Some(at);
    }

    /// The items: leaves, committing intros, labelled goals, preamble paragraphs.
    fn items(self, scan: &Scan<'_>) -> Outline {
        let marked = !self.nodes.is_empty();
        let mut paths = self.paths();
        let mut headings: Vec<Option<String>> =
            (0..self.nodes.len()).map(|n| self.heading(n)).collect();
        let mut items = Vec::with_capacity(self.nodes.len());
        let mut chains = vec![None; self.nodes.len()];
        for (n, node) in self.nodes.iter().enumerate() {
            if node.first_child.is_some() {
                // The intro's path and heading first: the section takes the node's.
                let intro = self.intro(n);
                let own = intro.map(|_| (format!("{}/0", paths[n]), headings[n].clone()));
                let sections = self.chain(Some(n), &mut chains, &mut paths, &mut headings);
                if let (Some(body), Some((path, heading))) = (intro, own) {
                    items.push(item(self.source, path, heading, body, sections));
                }
                continue;
            }
            let Some((start, body)) = self.trimmed(node.body, node.end) else {
                continue;
            };
            let sections = self.chain(node.parent, &mut chains, &mut paths, &mut headings);
            // A leaf's path and heading are no other node's: moved, not copied.
            let leaf = item(
                self.source,
                std::mem::take(&mut paths[n]),
                headings[n].take(),
                (start, body),
                sections,
            );
            let colons = scan.colons(start, start + body.len());
            let mut goals = Vec::new();
            goals::split(self.source, leaf, colons, &mut goals);
            for goal in goals {
                match node.kind {
                    Opener::District(_) => lists::paragraphs(self.source, goal, &mut items),
                    _ => lists::headed_paragraphs(self.source, goal, &mut items),
                }
            }
        }
        let mut preamble = Vec::new();
        for para in self.preamble(marked) {
            lists::parallel(self.source, para, &mut preamble);
        }
        Outline {
            items: merge_by_start(items, preamble),
            marked,
        }
    }

    /// The top-level paragraphs that are items of their own.
    fn preamble(&self, marked: bool) -> Vec<Item> {
        let mut items = Vec::new();
        let mut k = 0;
        for &(from, to) in &self.top {
            for (off, para) in shape::lines(&self.text[from..to]) {
                if !shape::is_preamble_paragraph(para, marked) {
                    continue;
                }
                let start = from + off;
                let Some((start, body)) = self.trimmed(start, start + para.len()) else {
                    continue;
                };
                // The plan's title run into its first words is a title, not
                // a part of the item.
                let (start, body) = match shape::title_run_in(body) {
                    Some(at) => (start + at, &body[at..]),
                    None => (start, body),
                };
                // A paragraph whose last sentence announces the list after
                // it (`…建议。李建春…提出要求:`) gives that sentence an item
                // of its own, the list's lead.
                let cut = shape::announcing_sentence(body).filter(|&at| at > 0);
                let parts = match cut {
                    Some(at) => vec![(start, body[..at].trim_end()), (start + at, &body[at..])],
                    None => vec![(start, body)],
                };
                for (start, body) in parts {
                    k += 1;
                    items.push(Item {
                        path: if marked {
                            format!("preamble/{k}")
                        } else {
                            k.to_string()
                        },
                        heading: None,
                        text: Excerpt::at(self.source, start, body),
                        span: Span {
                            start,
                            end: start + body.len(),
                        },
                        depth: 1,
                        sections: Arc::from([]),
                    });
                }
            }
        }
        items
    }

    /// `text[from..to]` trimmed, with its byte offset; `None` when nothing is left.
    fn trimmed(&self, from: usize, to: usize) -> Option<(usize, &str)> {
        let raw = &self.text[from..to];
        let lead = raw.len() - raw.trim_start_matches(shape::is_filler).len();
        let body = raw[lead..].trim_end();
        (!body.is_empty()).then_some((from + lead, body))
    }

    /// A parent's intro as an item of its own (`…/0`), where it is one: its
    /// text at a byte offset.
    fn intro(&self, n: usize) -> Option<(usize, &str)> {
        let node = &self.nodes[n];
        let first = self.nodes[node.first_child?].start;
        let intro = &self.text[node.body..first];
        let keep = match node.kind {
            Opener::District(_) => shape::has_prose(intro),
            // A clause's first sentence run into its list in one paragraph is
            // what it says (`三是狠抓安全法治工作,打造安全校园。一要…`); on a
            // line of its own above its list, it is the list's heading.
            Opener::Marker(s) if s.is_clause() && !intro.contains('\n') => {
                intro.chars().any(crate::text::is_han)
            }
            // Past the section's heading, any words are the section's lead:
            // never dropped, though most commit to nothing and tag nothing.
            _ => {
                let heading = self.heading(n).unwrap_or_default();
                let rest = intro.trim_start_matches(shape::is_filler);
                let rest = rest.strip_prefix(heading.as_str()).unwrap_or(rest);
                rest.chars().any(crate::text::is_han)
            }
        };
        if !keep {
            return None;
        }
        self.trimmed(node.body, first)
    }

    /// The sections from the top down to node `p` (none for `None`), built
    /// once for each node that has children and shared by the items under
    /// it, rather than a list and a copy of every section's path and heading
    /// for each item, allocated and kept with it.
    /// Node `p`'s own path and heading move into its section: built when the
    /// outline reaches `p`, before any item under it, and kept, it is their
    /// last use.
    fn chain(
        &self,
        p: Option<usize>,
        chains: &mut [Option<Arc<[Section]>>],
        paths: &mut [String],
        headings: &mut [Option<String>],
    ) -> Arc<[Section]> {
        let Some(p) = p else {
            return Arc::from([]);
        };
        if let Some(chain) = &chains[p] {
            return Arc::clone(chain);
        }
        let above = self.chain(self.nodes[p].parent, chains, paths, headings);
        let chain: Arc<[Section]> = (above.iter().cloned())
            .chain(std::iter::once(Section {
                path: std::mem::take(&mut paths[p]),
                heading: headings[p].take(),
            }))
            .collect();
        chains[p] = Some(Arc::clone(&chain));
        chain
    }

    /// Every node's path. Bullets and sub-headings are numbered by their
    /// place among their siblings of the same kind, counted in one walk.
    /// Paths are unique: a label that a sibling already has (a `第一章` after
    /// a top-level `一、`, a `1.` after a `——` bullet) gets `#2`, `#3`….
    fn paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = Vec::with_capacity(self.nodes.len());
        // Bullets and sub-headings so far under each parent (slot 0: the top).
        let mut counts = vec![[0u64; 2]; self.nodes.len() + 1];
        // A numeric label's uses under one parent: its `k`-th use is `label#k`.
        // No numeric label holds a `#`, so `#k` meets no other sibling's label.
        let mut uses: HashMap<(Option<usize>, Label), usize> =
            HashMap::with_capacity(self.nodes.len());
        let mut districts = UniqueLabels::default();
        for node in &self.nodes {
            let label = match &node.kind {
                Opener::District(name) => {
                    let label = districts.unique(node.parent, format!("district:{name}"));
                    paths.push(join(node.parent.map(|p| paths[p].as_str()), &label));
                    continue;
                }
                Opener::Marker(Style::Project) => Label::Project(node.number),
                Opener::Marker(Style::Subsection | Style::SubPoint) => Label::Paren(node.number),
                Opener::Marker(Style::Bullet) | Opener::Heading => {
                    let slot = node.parent.map_or(0, |p| p + 1);
                    let count = &mut counts[slot][usize::from(node.kind == Opener::Heading)];
                    *count += 1;
                    Label::Plain(*count)
                }
                Opener::Marker(_) => Label::Plain(node.number.into()),
            };
            let k = uses.entry((node.parent, label)).or_default();
            *k += 1;
            let mut path = match node.parent {
                Some(p) => {
                    let mut path = String::with_capacity(paths[p].len() + 12);
                    path.push_str(&paths[p]);
                    path.push('/');
                    path
                }
                None => String::with_capacity(12),
            };
            label.push_to(&mut path);
            if *k > 1 {
                path.push('#');
                push_number(&mut path, *k as u64);
            }
            paths.push(path);
        }
        paths
    }

    /// A node's heading.
    fn heading(&self, n: usize) -> Option<String> {
        let node = &self.nodes[n];
        let until = node.first_child.map_or(node.end, |c| self.nodes[c].start);
        let own = &self.text[node.body..until];
        match &node.kind {
            Opener::District(_) => shape::first_line(own)
                .filter(|l| shape::is_heading_like(l))
                .map(str::to_string),
            Opener::Heading => shape::first_line(own).map(str::to_string),
            Opener::Marker(Style::Project) => shape::project_heading(own),
            Opener::Marker(_) if node.first_child.is_some() => shape::section_heading(own),
            Opener::Marker(_) => shape::point_heading(own),
        }
    }
}

/// Labels made unique among siblings: the second `1` under one parent is
/// `1#2`, the third `1#3`.
#[derive(Default)]
pub(super) struct UniqueLabels {
    used: std::collections::HashSet<(Option<usize>, String)>,
    repeats: std::collections::HashMap<(Option<usize>, String), usize>,
}

impl UniqueLabels {
    /// `label`, or `label#k` where a sibling under `parent` already has it.
    pub(super) fn unique(&mut self, parent: Option<usize>, label: String) -> String {
        if self.used.insert((parent, label.clone())) {
            return label;
        }
        let k = self.repeats.entry((parent, label.clone())).or_insert(1);
        loop {
            *k += 1;
            let candidate = format!("{label}#{k}");
            if self.used.insert((parent, candidate.clone())) {
                return candidate;
            }
        }
    }
}

/// A numbered label: the path step of a marker, a bullet or a sub-heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Label {
    /// `3`.
    Plain(u64),
    /// `(3)`.
    Paren(u32),
    /// `projects/3`.
    Project(u32),
}

impl Label {
    fn push_to(self, path: &mut String) {
        match self {
            Label::Plain(n) => push_number(path, n),
            Label::Paren(n) => {
                path.push('(');
                push_number(path, n.into());
                path.push(')');
            }
            Label::Project(n) => {
                path.push_str("projects/");
                push_number(path, n.into());
            }
        }
    }
}

/// Appends `n` in decimal, as `to_string` writes it, without the formatter.
fn push_number(s: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// `parent/label`, or `label` at the top.
fn join(parent: Option<&str>, label: &str) -> String {
    match parent {
        Some(p) => format!("{p}/{label}"),
        None => label.to_string(),
    }
}

/// Two lists of items, each in text order, as one in text order; the outline's
/// items before the preamble's at the same start, as a stable sort puts them.
fn merge_by_start(a: Vec<Item>, b: Vec<Item>) -> Vec<Item> {
    let sorted = |v: &[Item]| v.is_sorted_by_key(|i| i.span.start);
    if b.is_empty() && sorted(&a) {
        return a;
    }
    if !(sorted(&a) && sorted(&b)) {
        let mut all = a;
        all.extend(b);
        all.sort_by_key(|i| i.span.start);
        return all;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        let next = if y.span.start < x.span.start {
            &mut b
        } else {
            &mut a
        };
        out.extend(next.next());
    }
    out.extend(a);
    out.extend(b);
    out
}

/// Bytes between a marker and its part's text: a project's `工程——`.
fn lead(m: &Marker, after: &str) -> usize {
    match m.style {
        Style::Project => shape::project_lead(after),
        _ => 0,
    }
}

/// Turns the items' byte spans into character spans, in one walk: the items
/// are in text order and apart, so their bounds come in increasing order.
pub(super) fn char_spans(text: &str, items: &mut [Item]) {
    let mut chars = CharOffsets::new(text);
    for item in items {
        let start = chars.at(item.span.start);
        item.span = Span {
            start,
            end: chars.at(item.span.end),
        };
    }
}

/// An item of `body`, which starts at byte `start` of the text, under
/// `sections`.
fn item(
    source: &Arc<str>,
    path: String,
    heading: Option<String>,
    (start, body): (usize, &str),
    sections: Arc<[Section]>,
) -> Item {
    Item {
        path,
        heading,
        text: Excerpt::at(source, start, body),
        span: Span {
            start,
            end: start + body.len(),
        },
        depth: sections.len() + 1,
        sections,
    }
}
