//! The one error type of the crate.

use std::path::PathBuf;

/// Everything that can go wrong, each variant naming the input and the reason.
///
/// Inputs that are merely odd (a plan with no outline, an unreadable date) are
/// not errors: they give a result with [`Warning`](crate::Warning)s.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be opened or read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A path names a directory, not a plan.
    #[error("{}: is a directory, not a plan file", path.display())]
    IsDirectory {
        /// The directory.
        path: PathBuf,
    },
    /// The bytes are neither UTF-8, UTF-16 with a byte-order mark, nor GB18030.
    #[error("{input}: cannot decode: {reason}")]
    Decode {
        /// The file or id of the input.
        input: String,
        /// Why no encoding fits.
        reason: String,
    },
    /// The input holds no text (empty, whitespace only, or only site furniture).
    #[error("{input}: no text: {reason}")]
    Empty {
        /// The file or id of the input.
        input: String,
        /// What was found instead.
        reason: String,
    },
    /// A metadata sidecar (`FILE.meta.toml`) or supplied metadata is malformed.
    #[error("{input}: bad metadata: {reason}")]
    Meta {
        /// The sidecar file or input id.
        input: String,
        /// What is wrong, with the field.
        reason: String,
    },
    /// A theme schema that cannot be parsed or is inconsistent.
    #[error(
        "{input}: bad schema: {}{reason}",
        .theme.as_ref().map(|t| format!("theme `{t}`: ")).unwrap_or_default()
    )]
    Schema {
        /// The schema file or name.
        input: String,
        /// The theme at fault, where one is.
        theme: Option<String>,
        /// What is wrong.
        reason: String,
    },
    /// A comparison needs at least two units.
    #[error("comparison: needs at least two plans (or units), got {found}")]
    TooFewPlans {
        /// How many there were.
        found: usize,
    },
    /// Two plans in one comparison share an id.
    #[error("{id}: two plans have this id; give them distinct ids")]
    DuplicatePlan {
        /// The id.
        id: String,
    },
    /// A unit of comparison named (by `--against`) that the comparison lacks.
    #[error("{id}: no plan or unit of that id in the comparison{hint} (units: {known})")]
    UnknownUnit {
        /// The id asked for.
        id: String,
        /// `; did you mean …?` where a unit's id is close to it, else empty.
        hint: String,
        /// The units there are.
        known: String,
    },
    /// A coded plan's JSON line (see
    /// [`CodedPlan::to_json_line`](crate::CodedPlan::to_json_line)) that
    /// cannot be read back.
    #[error("{input}: cannot read a coded plan: {reason}")]
    Coded {
        /// The file and line, or the id, of the input.
        input: String,
        /// What is wrong.
        reason: String,
    },
    /// A bundled plan id that does not exist.
    #[error("{id}: no bundled plan of that id{hint} (known: {known})")]
    UnknownPlan {
        /// The id asked for.
        id: String,
        /// `; did you mean …?` where a plan's id is close to it, else empty.
        hint: String,
        /// The ids there are.
        known: String,
    },
}

impl Error {
    /// The input the error is about: a file path or a plan id.
    pub fn input(&self) -> String {
        match self {
            Error::Io { path, .. } | Error::IsDirectory { path } => path.display().to_string(),
            Error::Decode { input, .. }
            | Error::Empty { input, .. }
            | Error::Meta { input, .. }
            | Error::Schema { input, .. }
            | Error::Coded { input, .. } => input.clone(),
            Error::UnknownPlan { id, .. }
            | Error::UnknownUnit { id, .. }
            | Error::DuplicatePlan { id } => id.clone(),
            Error::TooFewPlans { .. } => "comparison".into(),
        }
    }

    /// What went wrong, without the input's name (for `FILE: error: why` lines).
    pub fn reason(&self) -> String {
        let full = self.to_string();
        let prefix = format!("{}: ", self.input());
        full.strip_prefix(&prefix)
            .map_or(full.clone(), str::to_string)
    }
}

/// `; did you mean `x`?` for the candidate closest to `word` by edit
/// distance (Damerau–Levenshtein: two neighbours swapped are one edit),
/// where one is close enough to be a slip (at most a third of the word's
/// characters, and at least one, differ); else nothing.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> String {
    let most = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|&(d, _)| d > 0 && d <= most)
        .min()
        .map_or_else(String::new, |(_, c)| format!("; did you mean `{c}`?"))
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Something worth knowing about an input that is not an error: the result is
/// still good, but the caller may want to look.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Warning {
    /// What kind of thing happened.
    pub kind: WarningKind,
    /// A sentence for people.
    pub message: String,
}

impl Warning {
    /// A warning of `kind` with a message.
    pub fn new(kind: WarningKind, message: impl Into<String>) -> Warning {
        Warning {
            kind,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The kinds of [`Warning`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WarningKind {
    /// The text has no outline markers: items were made from paragraphs.
    NoOutline,
    /// The outline yielded no items (a table of contents only, say).
    NoItems,
    /// A date was found but could not be read safely.
    UnreadableDate,
    /// A very long line (a whole plan on one line, say) was read.
    LongLine,
    /// Some lines were converted from traditional to simplified characters.
    Converted,
    /// A metadata field was found in more than one, disagreeing, form.
    Metadata,
    /// Numbers stood too close together to be read as targets (a table run
    /// into the text, say); see [`Target`](crate::targets::Target).
    CrowdedNumbers,
    /// A coded plan read back was coded by another version of the crate.
    OtherVersion,
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn a_slip_gets_a_suggestion_and_a_stranger_none() {
        let ids = ["football", "preschool", "ict"];
        assert_eq!(did_you_mean("footbal", ids), "; did you mean `football`?");
        assert_eq!(
            did_you_mean("pre-school", ids),
            "; did you mean `preschool`?"
        );
        assert_eq!(did_you_mean("icu", ids), "; did you mean `ict`?");
        assert_eq!(did_you_mean("science", ids), "");
        assert_eq!(did_you_mean("football", ids), "");
    }
}
