//! # eduplans
//!
//! Read, outline, code and compare Chinese local education plans: annual work
//! points (工作要点), three-year projects (重点工程), implementation plans
//! (实施方案) and newspaper summaries, as researchers find them on the web.
//!
//! Data flows one way, one module a stage:
//!
//! ```text
//! bytes / text / path
//!    │ ingest    decode, remove site furniture, repair breaks, normalise, read metadata
//!    ▼
//! Document { id, meta, text, removed, warnings }
//!    │ outline   markers → tree → items with path, heading, text, span
//!    ▼
//! Plan { id, meta, text, items }
//!    │ code      jieba words → cues on word boundaries → weighted themes with evidence
//!    │ targets   numbers the plan commits to, named by the cues around them
//!    ▼           (pipeline: Coder::code runs both over a plan)
//! CodedPlan { id, meta, items: [CodedItem { item, themes, candidates }], targets }
//!    │ compare   2..N coded plans: coverage, overlaps, gaps, similarity, keyness,
//!    │           unmapped words, aligned items, shared phrases, targets side by side
//!    ▼
//! Comparison
//!    │ report    tables (terminal, Markdown, CSV), JSON, SVG heatmap
//!    ▼
//! text
//! ```
//!
//! ```
//! use eduplans::{corpus, outline};
//!
//! let doc = corpus::document("jiyuan-2018")?;
//! assert_eq!(doc.meta.issuer.as_deref(), Some("济源市教育局"));
//! let plan = outline::plan(&doc);
//! let item = plan.items.iter().find(|i| i.path == "1/3").unwrap();
//! assert_eq!(item.heading.as_deref(), Some("加强基层党组织建设"));
//! # Ok::<(), eduplans::Error>(())
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod code;
pub mod compare;
pub mod corpus;
mod error;
pub mod ingest;
mod marker;
pub mod outline;
pub mod pipeline;
pub mod report;
pub mod schema;
pub mod targets;
mod text;
mod words;

pub use error::{Error, Result, Warning, WarningKind};
pub use ingest::{Document, Meta};
pub use outline::{Item, Plan};
pub use pipeline::CodedPlan;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
