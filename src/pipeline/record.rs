//! A coded plan as one JSON line, written once and read back, so that a
//! study codes its plans once and compares them many times.
//!
//! The line holds the plan as [`CodedPlan`] serializes it (metadata, items
//! with their tags, targets, warnings) and what that form leaves out and a
//! comparison reads: the clean text and each item's words, as the byte
//! lengths of its successive words. Read back, items' texts are parts of
//! the plan's text again, and the words are the coder's, not cut anew.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::CodedPlan;
use crate::outline::Excerpt;
use crate::words::{EndBits, ItemWords};
use crate::{Error, Result, Warning, WarningKind};

/// What the line's `format` field says: a line of another format, or of a
/// later version of this one, is refused rather than misread.
const FORMAT: &str = "eduplans-coded/1";

#[derive(Serialize)]
struct Written<'p> {
    format: &'static str,
    /// The crate's version that coded the plan: another version's rules
    /// may cut and tag it otherwise.
    version: &'static str,
    plan: &'p CodedPlan,
    text: &'p str,
    words: Vec<Vec<usize>>,
}

#[derive(Deserialize)]
struct Read {
    format: String,
    version: String,
    plan: CodedPlan,
    text: String,
    words: Vec<Vec<usize>>,
}

impl CodedPlan {
    /// The plan as one line of JSON (no line break), everything a
    /// [`Comparison`](crate::compare::Comparison) reads included; read it
    /// back with [`CodedPlan::from_json_line`].
    ///
    /// ```
    /// use eduplans::{code::Coder, CodedPlan};
    /// let coded = Coder::reference().code_text("mine", "一、体育\n1.推进校园足球。创建特色学校10所。")?;
    /// let line = coded.to_json_line();
    /// assert!(!line.contains('\n'));
    /// let back = CodedPlan::from_json_line("mine.jsonl:1", &line)?;
    /// assert_eq!(back.to_json_line(), line);
    /// assert_eq!(back.items[0].words().collect::<Vec<_>>(), coded.items[0].words().collect::<Vec<_>>());
    /// assert!(CodedPlan::from_json_line("bad.jsonl:1", "{}").is_err());
    /// # Ok::<(), eduplans::Error>(())
    /// ```
    pub fn to_json_line(&self) -> String {
        let words = (self.items.iter())
            .map(|i| i.word_spans().map(|(a, b)| b - a).collect())
            .collect();
        let written = Written {
            format: FORMAT,
            version: env!("CARGO_PKG_VERSION"),
            plan: self,
            text: &self.text,
            words,
        };
        // Plain data with string keys: serializing cannot fail.
        serde_json::to_string(&written).unwrap_or_default()
    }

    /// A plan written by [`CodedPlan::to_json_line`]; `input` names it in
    /// errors (`study.jsonl:12`). A line that is no such plan, of another
    /// format, or whose words do not fit its items' texts is an error. A
    /// plan coded by another version of the crate is read, with a warning
    /// ([`WarningKind::OtherVersion`]) that this version's rules may code
    /// it otherwise.
    pub fn from_json_line(input: &str, line: &str) -> Result<CodedPlan> {
        let fail = |reason: String| Error::Coded {
            input: input.to_string(),
            reason,
        };
        let read: Read = serde_json::from_str(line).map_err(|e| fail(e.to_string()))?;
        if read.format != FORMAT {
            return Err(fail(format!(
                "format `{}`, where this version reads `{FORMAT}`",
                read.format
            )));
        }
        if read.words.len() != read.plan.items.len() {
            return Err(fail(format!(
                "{} items but words for {}",
                read.plan.items.len(),
                read.words.len()
            )));
        }
        let mut plan = read.plan;
        let this = env!("CARGO_PKG_VERSION");
        if read.version != this {
            plan.warnings.push(Warning::new(
                WarningKind::OtherVersion,
                format!(
                    "coded by eduplans {}, read by {this}: code the plan again for this version's rules",
                    read.version
                ),
            ));
        }
        plan.text = Arc::from(read.text);
        anchor(&mut plan);
        set_words(&mut plan, &read.words).map_err(fail)?;
        share_names(&mut plan);
        for t in &mut plan.targets {
            t.normalized = crate::targets::normalize(t.value, &t.unit);
        }
        Ok(plan)
    }
}

/// Makes each item's text a part of the plan's text where its span says it
/// stands, as the outline made it.
fn anchor(plan: &mut CodedPlan) {
    let starts: Vec<usize> = (plan.text.char_indices().map(|(i, _)| i))
        .chain([plan.text.len()])
        .collect();
    for item in &mut plan.items {
        let text = &mut item.item.text;
        if let Some(&start) = starts.get(item.item.span.start) {
            *text = Excerpt::at(&plan.text, start, text);
        }
    }
}

/// Gives each item its words: the lengths must tile its text on character
/// boundaries.
fn set_words(plan: &mut CodedPlan, words: &[Vec<usize>]) -> std::result::Result<(), String> {
    let total: usize = plan.items.iter().map(|i| i.item.text.len() + 1).sum();
    let mut ends = EndBits::new(total);
    let mut stretches = Vec::with_capacity(plan.items.len());
    let mut at = 0;
    for (item, lengths) in plan.items.iter().zip(words) {
        let text = item.item.text.as_str();
        let mut end = 0;
        for &len in lengths {
            let start = end;
            end += len;
            if len == 0 || end > text.len() || !text.is_char_boundary(end) {
                return Err(format!(
                    "the words of item {} do not fit its text",
                    item.item.path
                ));
            }
            ends.word(at + start, at + end);
        }
        if end != text.len() {
            return Err(format!(
                "the words of item {} cover {end} of its {} bytes",
                item.item.path,
                text.len()
            ));
        }
        stretches.push((at, text.len()));
        at += text.len() + 1;
    }
    let bits = ends.share();
    for (item, (at, len)) in plan.items.iter_mut().zip(stretches) {
        item.words = ItemWords::new(bits.clone(), at, len);
    }
    Ok(())
}

/// Shares one string among the tags, evidence and targets that name the
/// same theme, label, cue or plan, as the coder does.
fn share_names(plan: &mut CodedPlan) {
    let mut names: HashMap<String, Arc<str>> = HashMap::new();
    let mut share = |s: &mut Arc<str>| {
        let shared = names.entry(s.to_string()).or_insert_with(|| Arc::clone(s));
        *s = Arc::clone(shared);
    };
    for item in &mut plan.items {
        for tag in item.themes.iter_mut().chain(&mut item.candidates) {
            share(&mut tag.id);
            share(&mut tag.label);
            for e in &mut tag.evidence {
                share(&mut e.cue);
            }
        }
    }
    for t in &mut plan.targets {
        share(&mut t.plan);
        if let Some(theme) = &mut t.theme {
            share(theme);
        }
    }
}
