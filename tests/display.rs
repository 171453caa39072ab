//! Values a user prints read as the sidecar and the JSON output spell them.

use eduplans::ingest::meta::{Kind, Level};
use eduplans::targets::Relation;

/// Each value's `Display` against its serde name.
fn displays_as_serialized<T: std::fmt::Display + serde::Serialize>(values: &[T]) {
    for v in values {
        let json = serde_json::to_string(v).expect("serialize");
        assert_eq!(v.to_string(), json.trim_matches('"'));
    }
}

/// Enum values print as the sidecar and the JSON output spell them.
#[test]
fn enums_display_as_serde_spells_them() {
    displays_as_serialized(&[
        Kind::WorkPoints,
        Kind::Projects,
        Kind::Implementation,
        Kind::DevelopmentPlan,
        Kind::NewsSummary,
    ]);
    displays_as_serialized(&[
        Level::Province,
        Level::Prefecture,
        Level::CountyCity,
        Level::County,
        Level::District,
    ]);
    displays_as_serialized(&[
        Relation::AtLeast,
        Relation::AtMost,
        Relation::ReduceBy,
        Relation::Exactly,
    ]);
}
