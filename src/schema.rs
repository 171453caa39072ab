//! The theme schema: the shared list of themes that makes plans comparable.
//!
//! A schema has domains (8 in the reference schema) and themes (42), each
//! theme with a stable ascii id, a short Chinese label, an English name, its
//! domain, an optional parent (足球 → 体育), a scope note, cues (terms that
//! signal it) and traps (`not`: phrases that contain a cue but do not mean
//! the theme). The reference schema ships with the crate; a researcher can
//! load their own (TOML or JSON) or extend the reference one in code.
//!
//! ```
//! use eduplans::schema::{Schema, Theme};
//!
//! let reference = Schema::reference();
//! assert_eq!(reference.themes.len(), 42);
//! assert_eq!(reference.theme("football").map(|t| t.label.as_str()), Some("足球"));
//! assert_eq!(reference.by_label("足球").and_then(|t| t.parent.as_deref()), Some("physical_education"));
//!
//! // Extend it: a cue for an existing theme, and a theme of one's own.
//! let mut mine = reference.clone();
//! mine.add_cues("football", ["五人制足球"])?;
//! let slip = mine.add_cues("footbal", ["x"]).unwrap_err();
//! assert!(slip.to_string().ends_with("no theme of that id; did you mean `football`?"));
//! mine.add_theme(Theme::new("ai_education", "人工智能", "whole_person", ["人工智能教育", "AI课程"]))?;
//! assert_eq!(mine.themes.len(), 43);
//! # Ok::<(), eduplans::Error>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// The reference schema's TOML, as shipped.
const REFERENCE: &str = include_str!("../data/schema/themes.toml");

/// A theme schema: domains and themes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schema {
    /// The schema's version, reported with every comparison.
    #[serde(default)]
    pub version: String,
    /// The domains, in the schema's order.
    #[serde(rename = "domain", default)]
    pub domains: Vec<Domain>,
    /// The themes, in the schema's order (the order of table columns).
    #[serde(rename = "theme", default)]
    pub themes: Vec<Theme>,
}

/// A domain: a group of themes (`五育并举`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    /// Stable ascii id.
    pub id: String,
    /// Chinese label.
    pub label: String,
    /// English name.
    #[serde(default)]
    pub name: String,
}

/// A theme: what an item of a plan can address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable ascii id, used in data and output (`football`).
    pub id: String,
    /// Short Chinese label, used as a table column (`足球`).
    pub label: String,
    /// English name.
    #[serde(default)]
    pub name: String,
    /// The id of its domain.
    pub domain: String,
    /// The id of the theme it refines, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// What counts as this theme, for people.
    #[serde(default)]
    pub scope: String,
    /// Terms that signal the theme.
    pub cues: Vec<String>,
    /// Phrases that contain a cue but do not mean the theme.
    #[serde(rename = "not", default)]
    pub traps: Vec<String>,
}

impl Theme {
    /// A theme with an id, label, domain and cues; the rest empty.
    pub fn new<C: Into<String>>(
        id: &str,
        label: &str,
        domain: &str,
        cues: impl IntoIterator<Item = C>,
    ) -> Theme {
        Theme {
            id: id.into(),
            label: label.into(),
            name: String::new(),
            domain: domain.into(),
            parent: None,
            scope: String::new(),
            cues: cues.into_iter().map(Into::into).collect(),
            traps: Vec::new(),
        }
    }
}

impl Schema {
    /// The reference schema shipped with the crate (42 themes in 8 domains),
    /// parsed once per process.
    pub fn reference() -> &'static Schema {
        static SCHEMA: OnceLock<Schema> = OnceLock::new();
        SCHEMA.get_or_init(|| {
            // The shipped schema is checked by the tests, so this cannot fail.
            Schema::from_toml("reference schema", REFERENCE).expect("reference schema is valid")
        })
    }

    /// Parses and checks a schema written in TOML; `input` names it in errors.
    pub fn from_toml(input: &str, text: &str) -> Result<Schema> {
        let schema: Schema = toml::from_str(text).map_err(|e| Error::Schema {
            input: input.into(),
            theme: None,
            reason: e.message().to_string(),
        })?;
        schema.checked(input)
    }

    /// Parses and checks a schema written in JSON; `input` names it in errors.
    pub fn from_json(input: &str, text: &str) -> Result<Schema> {
        let schema: Schema = serde_json::from_str(text).map_err(|e| Error::Schema {
            input: input.into(),
            theme: None,
            reason: e.to_string(),
        })?;
        schema.checked(input)
    }

    /// Reads a schema file: JSON when its name ends in `.json`, else TOML.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Schema> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.into(),
            source,
        })?;
        let input = path.display().to_string();
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("json") => Schema::from_json(&input, &text),
            _ => Schema::from_toml(&input, &text),
        }
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// Every cue of every theme, in schema order.
    pub fn cues(&self) -> impl Iterator<Item = &str> + '_ {
        self.themes
            .iter()
            .flat_map(|t| t.cues.iter().map(String::as_str))
    }

    /// The theme with this Chinese label.
    pub fn by_label(&self, label: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.label == label)
    }

    /// The domain with this id.
    pub fn domain(&self, id: &str) -> Option<&Domain> {
        self.domains.iter().find(|d| d.id == id)
    }

    /// The themes of a domain, in schema order.
    pub fn themes_of(&self, domain: &str) -> impl Iterator<Item = &Theme> + '_ {
        let domain = domain.to_string();
        self.themes.iter().filter(move |t| t.domain == domain)
    }

    /// The theme's parent theme, if any.
    pub fn parent(&self, theme: &Theme) -> Option<&Theme> {
        theme.parent.as_deref().and_then(|p| self.theme(p))
    }

    /// Adds a theme, checking the schema stays valid.
    pub fn add_theme(&mut self, theme: Theme) -> Result<()> {
        self.themes.push(theme);
        if let Err(e) = self.check("schema") {
            self.themes.pop();
            return Err(e);
        }
        Ok(())
    }

    /// Adds cues to an existing theme.
    pub fn add_cues<C: Into<String>>(
        &mut self,
        id: &str,
        cues: impl IntoIterator<Item = C>,
    ) -> Result<()> {
        let hint = crate::error::did_you_mean(id, self.themes.iter().map(|t| t.id.as_str()));
        let theme = self
            .themes
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or_else(|| Error::Schema {
                input: "schema".into(),
                theme: Some(id.into()),
                reason: format!("no theme of that id{hint}"),
            })?;
        theme.cues.extend(cues.into_iter().map(Into::into));
        Ok(())
    }

    fn checked(self, input: &str) -> Result<Schema> {
        self.check(input)?;
        Ok(self)
    }

    /// Checks ids and labels are unique, domains and parents exist, parents
    /// have no cycle, and every theme has a cue.
    pub fn check(&self, input: &str) -> Result<()> {
        let fault = |theme: Option<&str>, reason: String| Error::Schema {
            input: input.into(),
            theme: theme.map(str::to_string),
            reason,
        };
        unique(
            self.domains.iter().map(|d| (d.id.as_str(), d.id.as_str())),
            "domain id",
        )
        .map_err(|(d, r)| fault(Some(d), r))?;
        unique(
            self.themes.iter().map(|t| (t.id.as_str(), t.id.as_str())),
            "id",
        )
        .map_err(|(t, r)| fault(Some(t), r))?;
        unique(
            self.themes
                .iter()
                .map(|t| (t.id.as_str(), t.label.as_str())),
            "label",
        )
        .map_err(|(t, r)| fault(Some(t), r))?;
        let domains: BTreeSet<&str> = self.domains.iter().map(|d| d.id.as_str()).collect();
        for t in &self.themes {
            if t.id.trim().is_empty() || t.label.trim().is_empty() {
                return Err(fault(Some(&t.id), "empty id or label".into()));
            }
            if !domains.contains(t.domain.as_str()) {
                let hint = crate::error::did_you_mean(&t.domain, domains.iter().copied());
                return Err(fault(
                    Some(&t.id),
                    format!("unknown domain `{}`{hint}", t.domain),
                ));
            }
            if t.cues.iter().all(|c| c.trim().is_empty()) {
                return Err(fault(Some(&t.id), "no cues".into()));
            }
            if let Some(p) = &t.parent {
                if self.theme(p).is_none() {
                    let ids = self.themes.iter().map(|t| t.id.as_str());
                    let hint = crate::error::did_you_mean(p, ids);
                    return Err(fault(Some(&t.id), format!("unknown parent `{p}`{hint}")));
                }
            }
        }
        self.check_cycles().map_err(|(t, r)| fault(Some(&t), r))
    }

    fn check_cycles(&self) -> std::result::Result<(), (String, String)> {
        let parents: BTreeMap<&str, &str> = self
            .themes
            .iter()
            .filter_map(|t| t.parent.as_deref().map(|p| (t.id.as_str(), p)))
            .collect();
        for start in parents.keys() {
            let mut seen = vec![*start];
            let mut at = *start;
            while let Some(&p) = parents.get(at) {
                if let Some(from) = seen.iter().position(|&s| s == p) {
                    // Name a theme on the cycle, and the cycle alone: a theme
                    // that only leads into it (`c → a → b → a`) is not at fault.
                    let mut cycle = seen.split_off(from);
                    cycle.push(p);
                    return Err((p.to_string(), format!("parent cycle {}", cycle.join(" → "))));
                }
                seen.push(p);
                at = p;
            }
        }
        Ok(())
    }
}

/// The first value that repeats, with the owner of its second occurrence.
fn unique<'a>(
    pairs: impl Iterator<Item = (&'a str, &'a str)>,
    what: &str,
) -> std::result::Result<(), (&'a str, String)> {
    let mut seen = BTreeSet::new();
    for (owner, value) in pairs {
        if !seen.insert(value) {
            return Err((owner, format!("duplicate {what} `{value}`")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"
version = "t"
[[domain]]
id = "d"
label = "域"
[[theme]]
id = "a"
label = "甲"
domain = "d"
cues = ["甲"]
[[theme]]
id = "b"
label = "乙"
domain = "d"
parent = "a"
cues = ["乙"]
"#;

    fn fault(text: &str) -> String {
        Schema::from_toml("s.toml", text).unwrap_err().to_string()
    }

    #[test]
    fn reference_schema_is_valid_with_fixed_ids() {
        let s = Schema::reference();
        assert_eq!((s.domains.len(), s.themes.len()), (8, 42));
        assert!(s.theme("party_building").is_some() && s.theme("school_construction").is_some());
    }

    #[test]
    fn json_round_trip() {
        let s = Schema::from_toml("s", SMALL).unwrap();
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(Schema::from_json("s.json", &json).unwrap(), s);
    }

    #[test]
    fn faults_name_the_theme() {
        assert!(
            fault(&SMALL.replace("id = \"b\"", "id = \"a\"")).contains("theme `a`: duplicate id")
        );
        assert!(fault(&SMALL.replace("label = \"乙\"", "label = \"甲\""))
            .contains("duplicate label `甲`"));
        assert!(
            fault(&SMALL.replace("domain = \"d\"\nparent", "domain = \"x\"\nparent"))
                .contains("unknown domain `x`")
        );
        assert!(fault(&SMALL.replace("parent = \"a\"", "parent = \"z\""))
            .contains("unknown parent `z`"));
        assert!(
            fault(&SMALL.replace("cues = [\"乙\"]", "cues = []")).contains("theme `b`: no cues")
        );
        let cycle = SMALL.replace("cues = [\"甲\"]", "parent = \"b\"\ncues = [\"甲\"]");
        assert!(fault(&cycle).contains("parent cycle"), "{}", fault(&cycle));
        assert!(fault("version = 1\n[[theme]]\nid = 3").starts_with("s.toml: bad schema"));
    }
}
