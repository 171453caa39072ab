//! The bundled plans, shipped raw inside the crate as found on the web.
//!
//! ```
//! let docs = eduplans::corpus::documents()?;
//! assert_eq!(docs.len(), 5);
//! assert_eq!(docs[0].id, "zhengzhou-2016");
//! # Ok::<(), eduplans::Error>(())
//! ```

use crate::ingest::{Document, Ingest};
use crate::outline::{self, Plan};
use crate::{Error, Result};

/// The bundled plans' ids (their file stems) and raw texts, in the order
/// tables list them.
const PLANS: [(&str, &str); 5] = [
    (
        "zhengzhou-2016",
        include_str!("../data/corpus/zhengzhou-2016.txt"),
    ),
    (
        "jiyuan-2018",
        include_str!("../data/corpus/jiyuan-2018.txt"),
    ),
    (
        "qiqihar-2022",
        include_str!("../data/corpus/qiqihar-2022.txt"),
    ),
    (
        "zhengzhou-2024",
        include_str!("../data/corpus/zhengzhou-2024.txt"),
    ),
    (
        "minhang-2017",
        include_str!("../data/corpus/minhang-2017.txt"),
    ),
];

/// The ids of the bundled plans.
pub fn ids() -> impl Iterator<Item = &'static str> {
    PLANS.iter().map(|(id, _)| *id)
}

/// The raw text of a bundled plan, exactly as shipped.
pub fn raw(id: &str) -> Option<&'static str> {
    PLANS.iter().find(|(i, _)| *i == id).map(|(_, t)| *t)
}

/// A bundled plan, ingested with default options.
pub fn document(id: &str) -> Result<Document> {
    let text = raw(id).ok_or_else(|| Error::UnknownPlan {
        id: id.into(),
        known: ids().collect::<Vec<_>>().join(", "),
    })?;
    Ingest::new().id(id).text(text)
}

/// All bundled plans, ingested.
pub fn documents() -> Result<Vec<Document>> {
    ids().map(document).collect()
}

/// All bundled plans, ingested and outlined.
pub fn plans() -> Result<Vec<Plan>> {
    Ok(documents()?.iter().map(outline::plan).collect())
}
