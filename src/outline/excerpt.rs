//! [`Excerpt`]: an item's text as a part of its plan's clean text.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A part of a plan's clean text, sharing the plan's copy: an item's text is
/// one. It reads as a `&str` (it derefs to one), compares, orders and hashes
/// as its text does, and serialises as a string.
///
/// Items cover most of their plan's text, so copying each one out doubled
/// the text a coded plan keeps, with an allocation an item. Cloning an
/// excerpt copies no text; keeping one keeps its whole plan's text alive: to
/// keep a few items' texts after their plans are dropped, keep
/// `item.text.to_string()`.
///
/// ```
/// use std::sync::Arc;
/// use eduplans::outline::Excerpt;
/// let text: Arc<str> = Arc::from("一、总体要求。二、主要任务。");
/// let part = Excerpt::new(Arc::clone(&text), 21..42).expect("a part of the text");
/// assert_eq!(part, "二、主要任务。");
/// assert!(part.starts_with("二、"));
/// assert_eq!(Excerpt::new(text, 1..5), None); // not on character boundaries
/// assert_eq!(Excerpt::from("独立的文本").len(), 15);
/// let mut seen = std::collections::BTreeSet::new();
/// seen.insert(part.clone());
/// assert!(seen.contains("二、主要任务。"));
/// ```
#[derive(Clone)]
pub struct Excerpt {
    source: Arc<str>,
    range: Range<usize>,
}

impl Excerpt {
    /// The bytes `range` of `source`, or `None` where the range does not lie
    /// within it on character boundaries.
    pub fn new(source: Arc<str>, range: Range<usize>) -> Option<Excerpt> {
        source.get(range.clone())?;
        Some(Excerpt { source, range })
    }

    /// The excerpt as a string slice.
    pub fn as_str(&self) -> &str {
        // `new` checked the range, and neither part changes after.
        &self.source[self.range.clone()]
    }

    /// The whole text the excerpt is part of.
    pub fn source(&self) -> &Arc<str> {
        &self.source
    }

    /// Where the excerpt stands in [`Excerpt::source`], in bytes.
    pub fn byte_range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// `part`, which stands at byte `start` of `source`, as an excerpt of
    /// it: shared where it does stand there (the outline's case), a copy of
    /// its own where it does not.
    pub(crate) fn at(source: &Arc<str>, start: usize, part: &str) -> Excerpt {
        let range = start..start + part.len();
        match source.get(range.clone()) {
            Some(s) if s == part => Excerpt {
                source: Arc::clone(source),
                range,
            },
            _ => Excerpt::from(part),
        }
    }
}

impl Deref for Excerpt {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Excerpt {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Excerpt {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Default for Excerpt {
    fn default() -> Excerpt {
        Excerpt::from("")
    }
}

impl From<&str> for Excerpt {
    fn from(text: &str) -> Excerpt {
        Excerpt::from(Arc::<str>::from(text))
    }
}

impl From<String> for Excerpt {
    fn from(text: String) -> Excerpt {
        Excerpt::from(Arc::<str>::from(text))
    }
}

impl From<Arc<str>> for Excerpt {
    /// The whole of `text`.
    fn from(text: Arc<str>) -> Excerpt {
        let range = 0..text.len();
        Excerpt {
            source: text,
            range,
        }
    }
}

impl fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

/// Excerpts are equal when their texts are, wherever they stand.
impl PartialEq for Excerpt {
    fn eq(&self, other: &Excerpt) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Excerpt {}

impl Hash for Excerpt {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for Excerpt {
    fn partial_cmp(&self, other: &Excerpt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Excerpt {
    fn cmp(&self, other: &Excerpt) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl From<Excerpt> for String {
    fn from(excerpt: Excerpt) -> String {
        excerpt.as_str().to_string()
    }
}

impl PartialEq<str> for Excerpt {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Excerpt {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Excerpt {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Excerpt> for str {
    fn eq(&self, other: &Excerpt) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Excerpt> for String {
    fn eq(&self, other: &Excerpt) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Excerpt> for &str {
    fn eq(&self, other: &Excerpt) -> bool {
        *self == other.as_str()
    }
}

impl Serialize for Excerpt {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Read back, an excerpt is a text of its own, not part of another.
impl<'de> Deserialize<'de> for Excerpt {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Excerpt, D::Error> {
        String::deserialize(deserializer).map(Excerpt::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_where_it_stands_is_shared_and_any_other_text_copied() {
        let source: Arc<str> = Arc::from("一、总体要求");
        let shared = Excerpt::at(&source, 6, "总体要求");
        assert!(Arc::ptr_eq(shared.source(), &source));
        assert_eq!((shared.byte_range(), shared.as_str()), (6..18, "总体要求"));
        let copied = Excerpt::at(&source, 3, "总体要求");
        assert!(!Arc::ptr_eq(copied.source(), &source));
        assert_eq!(copied, "总体要求");
        assert_eq!(Excerpt::at(&source, 99, ""), "");
    }
}
