//! One pass over the lines: accept markers by sequence, keep a stack of open
//! parts, then turn the tree's leaves (and committing intros) into items.

use std::collections::BTreeMap;

use super::shape::{self, Shape};
use super::{goals, Item, Section, Span};
use crate::marker::{self, Marker, Style};

/// What opens a part of the outline.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// A numbered or bulleted marker.
    Marker(Style),
    /// A district heading in a newspaper round-up (`金水区`).
    District(String),
    /// A newspaper sub-heading.
    Heading,
}

impl Kind {
    /// Nesting rank: a part closes every open part of equal or greater rank.
    fn rank(&self) -> u8 {
        match self {
            Kind::District(_) => 1,
            Kind::Heading => 3,
            Kind::Marker(style) => match style {
                Style::Part => 0,
                Style::Chapter => 1,
                Style::Section | Style::Project => 2,
                Style::Subsection => 3,
                Style::Point => 4,
                Style::SubPoint => 5,
                Style::Circled => 6,
                Style::Clause => 7,
                Style::Bullet => 8,
            },
        }
    }
}

/// A part of the outline: byte offsets into the clean text.
#[derive(Debug, Clone)]
struct Node {
    kind: Kind,
    number: u32,
    /// Where its marker starts.
    start: usize,
    /// Where its text starts (after the marker).
    body: usize,
    /// Where it ends.
    end: usize,
    parent: Option<usize>,
    children: Vec<usize>,
}

/// The outline's result before character spans are filled in.
pub(super) struct Outline {
    pub items: Vec<Item>,
    /// Whether any marker or heading structured the text.
    pub marked: bool,
}

struct Builder<'t> {
    text: &'t str,
    nodes: Vec<Node>,
    stack: Vec<usize>,
    /// Last number accepted for each style: numbering may run on across sections.
    last: BTreeMap<Style, u32>,
    /// Byte ranges of text outside any part (preamble, titles).
    top: Vec<(usize, usize)>,
    top_from: Option<usize>,
    /// Whether a prose paragraph has been seen: headings above the first one
    /// are the piece's headline, not sub-headings.
    seen_prose: bool,
}

/// Outlines `text` (paragraphs separated by `\n`) of a plan that speaks for
/// `districts` (none for most plans).
pub(super) fn outline(text: &str, districts: &[String]) -> Outline {
    let lines = shape::lines(text);
    let shape = Shape::of(&lines, districts);
    let mut b = Builder {
        text,
        nodes: Vec::new(),
        stack: Vec::new(),
        last: BTreeMap::new(),
        top: Vec::new(),
        top_from: Some(0),
        seen_prose: false,
    };
    for (i, &(off, line)) in lines.iter().enumerate() {
        b.line(&lines, i, off, line, &shape);
    }
    b.close_all(text.len());
    b.items()
}

impl Builder<'_> {
    fn line(
        &mut self,
        lines: &[(usize, &str)],
        i: usize,
        off: usize,
        line: &str,
        shape: &Shape<'_>,
    ) {
        if shape::is_toc(line) || shape::is_title(line) || shape::is_closing(line) {
            self.close_all(off);
            return;
        }
        if shape.news {
            self.news_line(lines, i, off, line, shape);
        } else {
            self.marker_line(off, line);
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
                Kind::District(line.trim().to_string()),
                0,
                off,
                off + line.len(),
            );
            return;
        }
        let after_district = i > 0
            && self.innermost().is_some_and(|n| {
                matches!(self.nodes[n].kind, Kind::District(_))
                    && self.nodes[n].body == lines[i - 1].0 + lines[i - 1].1.len()
            });
        if seen_prose && !after_district && shape::is_subheading(lines, i) {
            self.open(Kind::Heading, 0, off, off);
        }
    }

    fn marker_line(&mut self, off: usize, line: &str) {
        let mut pos = 0;
        if let Some(m) = marker::at(line) {
            if self.accept(&m, off, true, true) {
                let body = off + m.len + lead(&m, &line[m.len..]);
                self.open(Kind::Marker(m.style), m.number, off, body);
                pos = m.len;
            }
        }
        self.inline_markers(off, line, pos);
    }

    /// Markers inside a line: text pasted from a document often runs parts together.
    fn inline_markers(&mut self, off: usize, line: &str, from: usize) {
        // The characters before a candidate are read back to the start of the
        // last marker accepted, no further: what ends a sentence there
        // (`。2.`), or the marker itself (`（一）1.`), tells a break.
        let mut window = 0;
        // The end of the last marker accepted: its characters are skipped.
        let mut skip_to = from;
        for pos in marker::openings(line, from) {
            if pos < skip_to {
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
                self.open(Kind::Marker(m.style), m.number, off + pos, body);
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
        if m.style == Style::Clause {
            // Project blocks are items whole: their 一是… measures stay inside.
            let in_project = self
                .stack
                .iter()
                .any(|&n| self.nodes[n].kind == Kind::Marker(Style::Project));
            if in_project || !after_break {
                return false;
            }
        }
        let open = self
            .stack
            .iter()
            .rev()
            .map(|&n| &self.nodes[n])
            .find(|n| n.kind == Kind::Marker(m.style));
        let expected = match open {
            Some(n) => n.number + 1,
            None => self.last.get(&m.style).map_or(1, |l| l + 1),
        };
        if m.number == expected || (open.is_none() && m.number == 1) {
            if m.number == 1 && !line_start && !after_break {
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
                    n.kind.rank() < Kind::Marker(m.style).rank() && shape::is_heading_like(since)
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

    fn open(&mut self, kind: Kind, number: u32, start: usize, body: usize) {
        let rank = kind.rank();
        while let Some(&top) = self.stack.last() {
            if self.nodes[top].kind.rank() < rank {
                break;
            }
            self.close(start);
        }
        if self.stack.is_empty() {
            if let Some(from) = self.top_from.take() {
                self.top.push((from, start));
            }
        }
        if let Kind::Marker(style) = kind {
            self.last.insert(style, number);
        }
        let id = self.nodes.len();
        let parent = self.stack.last().copied();
        if let Some(p) = parent {
            self.nodes[p].children.push(id);
        }
        self.nodes.push(Node {
            kind,
            number,
            start,
            body,
            end: self.text.len(),
            parent,
            children: Vec::new(),
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
    fn items(self) -> Outline {
        let marked = !self.nodes.is_empty();
        let mut items: Vec<(usize, Item)> = Vec::new();
        let paths = self.paths();
        let headings: Vec<Option<String>> =
            (0..self.nodes.len()).map(|n| self.heading(n)).collect();
        for (n, node) in self.nodes.iter().enumerate() {
            let sections = self.sections(n, &paths, &headings);
            if node.children.is_empty() {
                let leaf = self.item(
                    &paths[n],
                    headings[n].clone(),
                    node.body,
                    node.end,
                    sections,
                );
                items.extend(goals::split(self.text, leaf));
            } else if let Some(intro) = self.intro(n, &paths[n], &headings[n], sections) {
                items.push(intro);
            }
        }
        let paragraph_path = |k: usize| {
            if marked {
                format!("preamble/{k}")
            } else {
                k.to_string()
            }
        };
        let mut k = 0;
        for &(from, to) in &self.top {
            for (off, para) in shape::lines(&self.text[from..to]) {
                if shape::is_preamble_paragraph(para, marked) {
                    k += 1;
                    let start = from + off;
                    let item = self.item(
                        &paragraph_path(k),
                        None,
                        start,
                        start + para.len(),
                        Vec::new(),
                    );
                    items.extend(item);
                }
            }
        }
        items.sort_by_key(|(start, _)| *start);
        Outline {
            items: items.into_iter().map(|(_, i)| i).collect(),
            marked,
        }
    }

    /// An item over `text[from..to]`, trimmed; `None` when nothing is left.
    fn item(
        &self,
        path: &str,
        heading: Option<String>,
        from: usize,
        to: usize,
        sections: Vec<Section>,
    ) -> Option<(usize, Item)> {
        let raw = &self.text[from..to];
        let lead = raw.len() - raw.trim_start_matches(shape::is_filler).len();
        let body = raw.trim_start_matches(shape::is_filler).trim_end();
        if body.is_empty() {
            return None;
        }
        let start = from + lead;
        Some((
            start,
            Item {
                path: path.to_string(),
                heading,
                text: body.to_string(),
                span: Span {
                    start,
                    end: start + body.len(),
                },
                depth: sections.len() + 1,
                sections,
            },
        ))
    }

    /// A parent's intro as an item of its own (`…/0`), where it is one.
    fn intro(
        &self,
        n: usize,
        path: &str,
        heading: &Option<String>,
        sections: Vec<Section>,
    ) -> Option<(usize, Item)> {
        let node = &self.nodes[n];
        let first = self.nodes[*node.children.first()?].start;
        let intro = &self.text[node.body..first];
        let keep = match node.kind {
            Kind::District(_) => shape::has_prose(intro),
            _ => shape::commits(intro),
        };
        if !keep {
            return None;
        }
        let mut sections = sections;
        sections.push(Section {
            path: path.to_string(),
            heading: heading.clone(),
        });
        self.item(
            &format!("{path}/0"),
            heading.clone(),
            node.body,
            first,
            sections,
        )
    }

    fn sections(&self, n: usize, paths: &[String], headings: &[Option<String>]) -> Vec<Section> {
        let mut chain = Vec::new();
        let mut at = self.nodes[n].parent;
        while let Some(p) = at {
            chain.push(Section {
                path: paths[p].clone(),
                heading: headings[p].clone(),
            });
            at = self.nodes[p].parent;
        }
        chain.reverse();
        chain
    }

    /// Every node's path. Bullets and sub-headings are numbered by their
    /// place among their siblings of the same kind, counted in one walk.
    /// Paths are unique: a label that a sibling already has (a `第一章` after
    /// a top-level `一、`, a `1.` after a `——` bullet) gets `#2`, `#3`….
    fn paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = Vec::with_capacity(self.nodes.len());
        let mut counts: std::collections::HashMap<(Option<usize>, bool), usize> =
            Default::default();
        let mut labels = UniqueLabels::default();
        for node in &self.nodes {
            let label = match &node.kind {
                Kind::District(name) => format!("district:{name}"),
                Kind::Marker(Style::Project) => format!("projects/{}", node.number),
                Kind::Marker(Style::Subsection | Style::SubPoint) => format!("({})", node.number),
                Kind::Marker(Style::Bullet) | Kind::Heading => {
                    let count = counts
                        .entry((node.parent, node.kind == Kind::Heading))
                        .or_default();
                    *count += 1;
                    count.to_string()
                }
                Kind::Marker(_) => node.number.to_string(),
            };
            let label = labels.unique(node.parent, label);
            let path = match node.parent {
                Some(p) => format!("{}/{}", paths[p], label),
                None => label,
            };
            paths.push(path);
        }
        paths
    }

    /// A node's heading.
    fn heading(&self, n: usize) -> Option<String> {
        let node = &self.nodes[n];
        let until = node
            .children
            .first()
            .map_or(node.end, |&c| self.nodes[c].start);
        let own = &self.text[node.body..until];
        match &node.kind {
            Kind::District(_) => shape::first_line(own)
                .filter(|l| shape::is_heading_like(l))
                .map(str::to_string),
            Kind::Heading => shape::first_line(own).map(str::to_string),
            Kind::Marker(Style::Project) => shape::project_heading(own),
            Kind::Marker(_) if !node.children.is_empty() => shape::section_heading(own),
            Kind::Marker(_) => shape::point_heading(own),
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

/// Bytes between a marker and its part's text: a project's `工程——`.
fn lead(m: &Marker, after: &str) -> usize {
    match m.style {
        Style::Project => shape::project_lead(after),
        _ => 0,
    }
}

/// Turns the items' byte spans into character spans, in one walk.
pub(super) fn char_spans(text: &str, items: &mut [Item]) {
    let mut bounds: Vec<usize> = items
        .iter()
        .flat_map(|i| [i.span.start, i.span.end])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut map = BTreeMap::new();
    let (mut byte, mut chars) = (0usize, 0usize);
    for b in bounds {
        chars += text.get(byte..b).map_or(0, |s| s.chars().count());
        byte = b;
        map.insert(b, chars);
    }
    for item in items {
        item.span = Span {
            start: map[&item.span.start],
            end: map[&item.span.end],
        };
    }
}
