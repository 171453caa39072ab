//! # eduplans
//!
//! Read, outline, code and compare Chinese local education plans: annual work
//! points (工作要点), three-year projects (重点工程), implementation plans
//! (实施方案) and newspaper summaries, as researchers find them on the web.
//!
//! ## Your plan against the bundled ones
//!
//! The path a researcher takes: code a plan of one's own (from a string, or
//! [`ingest::from_path`] for a file), compare it with the five bundled plans,
//! read what it lacks and what it commits to.
//!
//! ```
//! use eduplans::code::Coder;
//! use eduplans::compare::{Comparison, Options};
//! use eduplans::corpus;
//!
//! let coder = Coder::reference();
//! let mine = coder.code_text(
//!     "mine-2024",
//!     "某县2024年教育工作要点\n一、学前教育\n1.扩大普惠资源。到2025年学前三年毛入园率达到95%以上，新建幼儿园3所。\n\
//!      二、教师队伍\n2.加强教师培训。实施骨干教师培养工程。",
//! )?;
//! let item = &mine.items[0];
//! assert_eq!(item.themes[0].id.as_ref(), "preschool");
//!
//! let mut plans: Vec<_> = corpus::plans()?.iter().map(|p| coder.code(p)).collect();
//! plans.push(mine);
//! let c = Comparison::builder(coder).plans(&plans).options(Options::default()).build()?;
//!
//! // What most of the bundled plans cover and mine does not.
//! let gaps: Vec<String> = c.gaps_of("mine-2024").map(|g| c.category_label(&g.category)).collect();
//! assert!(gaps.contains(&"党建".to_string()));
//!
//! // What it commits to, with its due year.
//! let t = &plans.last().unwrap().targets[0];
//! assert_eq!((t.value, t.unit.as_str(), t.by.as_deref()), (95.0, "%", Some("2025")));
//! # Ok::<(), eduplans::Error>(())
//! ```
//!
//! ## The examples
//!
//! Each is a program over plan files (no file: the bundled plans):
//!
//! - `cargo run --release --example compare`: every table of a comparison
//!   (coverage, strongest items, overlaps, gaps, similarity, distinctive
//!   themes and words, aligned items, shared phrases, targets side by side).
//! - `cargo run --release --example items`: each item with its path, heading
//!   and themes.
//! - `cargo run --release --example targets`: each target with its subject,
//!   value, relation and due year.
//! - `cargo run --release --example plans`: each plan's metadata.
//!
//! ## How it works
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
//! ## One stage at a time
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
