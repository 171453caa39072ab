//! Ingest: raw bytes or text as found on the web → a clean [`Document`] with [`Meta`].
//!
//! The steps, in order: decode the bytes ([`Encoding`]), normalise blanks and
//! full-width letters and digits, remove inserted pinyin readings, convert
//! traditional lines to simplified (keeping the original for display), remove
//! site furniture and repair what scraping broke, then read the metadata.
//! Every line the cleaner removes is kept in [`Document::removed`] with the
//! rule that removed it, so nothing the caller gave is lost silently.
//!
//! ```
//! let doc = eduplans::ingest::from_text(
//!     "demo",
//!     "当前位置:首页>通知公告\n某某市教育局2024年工作要点\n一、加强党建\n1.深入学习。开展主题教育。\n版权所有 某某市教育局",
//! )?;
//! assert_eq!(doc.text, "某某市教育局2024年工作要点\n一、加强党建\n1.深入学习。开展主题教育。");
//! assert_eq!(doc.removed.len(), 2);
//! assert_eq!(doc.meta.period.map(|p| p.start), Some(2024));
//! # Ok::<(), eduplans::Error>(())
//! ```

mod clean;
mod decode;
mod division;
mod furniture;
mod html;
pub mod meta;
mod normalize;
mod places;
mod script;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use decode::Encoding;
pub use meta::{Date, Jurisdiction, Kind, Level, Meta, Period};
pub use script::Script;

use crate::{Error, Result, Warning};

/// A plan's text after ingest: decoded, cleaned, normalised, with metadata.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Document {
    /// The plan's id: given by the caller, else the file stem.
    pub id: String,
    /// The file it was read from, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<PathBuf>,
    /// Metadata: the caller's, else the sidecar file's, else read from the text.
    pub meta: Meta,
    /// The encoding the bytes were read in.
    pub encoding: Encoding,
    /// The script the text was written in.
    pub script: Script,
    /// The clean text, in simplified characters: what later stages read.
    /// Paragraphs are separated by a single `\n`.
    pub text: String,
    /// The clean text in its original script, where lines were converted from
    /// traditional characters; `None` when `text` is already the original.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// What the cleaner removed, line by line, with the rule that removed it.
    pub removed: Vec<Removal>,
    /// Things worth knowing that are not errors.
    pub warnings: Vec<Warning>,
}

/// A piece of the input that the cleaner removed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Removal {
    /// 1-based line number in the decoded input.
    pub line: usize,
    /// The rule that removed it.
    pub rule: Rule,
    /// The removed text.
    pub text: String,
}

/// The cleaner's rules: each names one kind of text that is not the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rule {
    /// Site navigation and breadcrumbs (当前位置, 首页>…) and what stands above them.
    Navigation,
    /// Article furniture: view counters, editor, author and source lines, bylines.
    Byline,
    /// Page footers: copyright, licence numbers, addresses, contact lines, 上一篇/下一篇.
    Footer,
    /// Document-sharing site furniture: uploader, document numbers, page counters.
    SharingSite,
    /// Photo captions in news pieces.
    Caption,
    /// Chunk numbers a sharing site put at the start of lines inside sentences.
    ChunkNumber,
    /// Pinyin readings inserted after characters (`規(guī)`).
    Reading,
    /// A page counter at the start of a line whose text goes on with the
    /// plan (`- 2 - 框架,…`): the page was turned inside a sentence.
    PageBreak,
    /// Random strings a page put at the start of lines to deter copying
    /// (`xZbiEDU Lg6;FbY? 近期,…`).
    Scramble,
    /// A site's name and slogans glued to the end of a paragraph
    /// (`…出席会议。x0R福鼎新闻网|今日福鼎|…`).
    Watermark,
    /// A cover notice that transmits the plan: its title (`关于印发…的通知`),
    /// addressees (`各县区教育局：`) and formula (`现将…印发给你们`).
    Notice,
    /// A line that repeats an earlier one word for word: a headline
    /// printed again between paragraphs, a body printed twice.
    Repeat,
}

/// Options for reading plans; build with [`Ingest::new`], then call a verb.
///
/// ```
/// use eduplans::ingest::{Ingest, Meta, Jurisdiction};
/// let meta = Meta {
///     jurisdiction: Jurisdiction { city: Some("某某市".into()), ..Default::default() },
///     ..Default::default()
/// };
/// let doc = Ingest::new().id("mine").meta(meta).text("一、总体要求\n坚持立德树人。")?;
/// assert_eq!(doc.id, "mine");
/// assert_eq!(doc.meta.jurisdiction.city.as_deref(), Some("某某市"));
/// # Ok::<(), eduplans::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Ingest {
    id: Option<String>,
    meta: Meta,
    simplify: bool,
}

impl Default for Ingest {
    fn default() -> Self {
        Ingest::new()
    }
}

impl Ingest {
    /// Default options: id from the file stem (or `plan` for text), no
    /// supplied metadata, traditional text converted to simplified.
    pub fn new() -> Ingest {
        Ingest {
            id: None,
            meta: Meta::default(),
            simplify: true,
        }
    }

    /// Sets the plan's id.
    pub fn id(mut self, id: impl Into<String>) -> Ingest {
        self.id = Some(id.into());
        self
    }

    /// Supplies metadata; each field given wins over the sidecar file and the text.
    pub fn meta(mut self, meta: Meta) -> Ingest {
        self.meta = meta;
        self
    }

    /// Whether to convert traditional characters to simplified (default `true`).
    pub fn simplify(mut self, yes: bool) -> Ingest {
        self.simplify = yes;
        self
    }

    /// Reads a plan file, and its sidecar `FILE.meta.toml` if there is one.
    pub fn path(&self, path: impl AsRef<Path>) -> Result<Document> {
        let path = path.as_ref();
        if path.is_dir() {
            return Err(Error::IsDirectory { path: path.into() });
        }
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.into(),
            source,
        })?;
        let id = self.id.clone().unwrap_or_else(|| file_stem(path));
        let sidecar = meta::read_sidecar(path)?;
        let supplied = self.meta.clone().or(sidecar);
        let mut doc = self.run(&id, &path.display().to_string(), &bytes, supplied)?;
        doc.source = Some(path.into());
        Ok(doc)
    }

    /// Reads a plan from bytes in any supported encoding.
    pub fn bytes(&self, bytes: &[u8]) -> Result<Document> {
        let id = self.id.clone().unwrap_or_else(|| "plan".into());
        self.run(&id, &id, bytes, self.meta.clone())
    }

    /// Reads a plan from text.
    pub fn text(&self, text: &str) -> Result<Document> {
        let id = self.id.clone().unwrap_or_else(|| "plan".into());
        self.process(&id, &id, text, Encoding::Utf8, self.meta.clone())
    }

    fn run(&self, id: &str, input: &str, bytes: &[u8], supplied: Meta) -> Result<Document> {
        let (text, encoding) = decode::decode(input, bytes)?;
        self.process(id, input, &text, encoding, supplied)
    }

    fn process(
        &self,
        id: &str,
        input: &str,
        decoded: &str,
        encoding: Encoding,
        supplied: Meta,
    ) -> Result<Document> {
        // A web page saved whole is read as its text, tags removed.
        let page = html::text(decoded);
        let decoded = page.as_deref().unwrap_or(decoded);
        let mut lines = normalize::lines(decoded);
        // After normalising, so that zero-width spaces and control characters
        // count as the blanks they are, not as text the cleaner removed.
        if lines.iter().all(|l| l.text.is_empty()) {
            return Err(Error::Empty {
                input: input.into(),
                reason: "empty or whitespace only".into(),
            });
        }
        let mut warnings = Vec::new();
        let mut removed = Vec::new();
        long_lines(&lines, &mut warnings);
        let script = script::convert(&mut lines, &mut removed, self.simplify);
        let head = head(decoded, &lines);
        let cleaned = clean::clean(lines, &mut removed);
        if !cleaned.text.chars().any(char::is_alphanumeric) {
            return Err(Error::Empty {
                input: input.into(),
                reason: "punctuation and symbols only, no words".into(),
            });
        }
        if cleaned.text.trim().is_empty() {
            return Err(Error::Empty {
                input: input.into(),
                reason: format!(
                    "only site furniture ({} lines removed), no plan text",
                    removed.len()
                ),
            });
        }
        let read = meta::read(
            &head,
            &removed,
            &cleaned.text,
            cleaned.paragraphs(),
            &mut warnings,
        );
        removed.sort_by_key(|r| r.line);
        Ok(Document {
            id: id.into(),
            source: None,
            meta: meta::layer(supplied, read),
            encoding,
            script,
            display: cleaned.display.filter(|d| *d != cleaned.text),
            text: cleaned.text,
            removed,
            warnings,
        })
    }
}

/// Reads a plan file with default options (see [`Ingest::path`]).
pub fn from_path(path: impl AsRef<Path>) -> Result<Document> {
    Ingest::new().path(path)
}

/// Reads a plan from bytes with default options (see [`Ingest::bytes`]).
pub fn from_bytes(id: &str, bytes: &[u8]) -> Result<Document> {
    Ingest::new().id(id).bytes(bytes)
}

/// Reads a plan from text with default options (see [`Ingest::text`]).
pub fn from_text(id: &str, text: &str) -> Result<Document> {
    Ingest::new().id(id).text(text)
}

/// A line longer than this many characters gets a warning.
///
/// Paragraphs of plans run to a few hundred characters (the longest raw line
/// of the bundled plans has 383); a line a hundred times longer means the
/// plan's line breaks were lost, which the outline survives (it reads markers
/// inside lines) but a researcher may want to know.
const LONG_LINE_CHARS: usize = 60_000;

fn long_lines(lines: &[Line], warnings: &mut Vec<Warning>) {
    // A line has no more characters than bytes: most need no count.
    for line in lines.iter().filter(|l| l.text.len() > LONG_LINE_CHARS) {
        let n = line.text.chars().count();
        if n > LONG_LINE_CHARS {
            warnings.push(Warning::new(
                crate::WarningKind::LongLine,
                format!(
                    "line {} has {n} characters: its paragraphs may have run together",
                    line.no
                ),
            ));
        }
    }
}

/// The input after normalisation, for the metadata readers: the lines
/// joined, or the input itself where every line borrows from it unchanged,
/// as in most plans (up to here only a change gives a line its own text).
fn head<'a>(decoded: &'a str, lines: &[Line<'_>]) -> Cow<'a, str> {
    if lines.iter().all(|l| matches!(l.text, Cow::Borrowed(_))) {
        return Cow::Borrowed(decoded);
    }
    let texts: Vec<&str> = lines.iter().map(|l| &*l.text).collect();
    Cow::Owned(texts.join("\n"))
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into())
}

/// One line of the input on its way through the cleaner: the text that the
/// rules read (simplified) and the text for display (original script).
/// Either borrows from the decoded input where it is the input's own line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// 1-based line number in the decoded input.
    pub no: usize,
    /// Simplified text, normalised.
    pub text: Cow<'a, str>,
    /// Original-script text, normalised, on lines converted from
    /// traditional; most lines have none, and no copy.
    pub display: Option<Cow<'a, str>>,
}

impl Line<'_> {
    /// The text for display: the original script.
    pub(crate) fn display(&self) -> &str {
        self.display.as_deref().unwrap_or(&self.text)
    }
}

/// Whether `word` names a place the gazetteer knows: a full name, a short
/// form or a nickname (`郑州`, `鹤城`).
pub(crate) fn is_place_name(word: &str) -> bool {
    places::resolve_alias(word).is_some()
}
