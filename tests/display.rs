//! Values a user prints read as the sidecar and the JSON output spell them.

/// Enum values print as the sidecar and the JSON output spell them.
#[test]
fn enums_display_as_serde_spells_them() {
    use eduplans::ingest::meta::{Kind, Level};
    use eduplans::targets::Relation;
    let json = |v: String| v.trim_matches('"').to_string();
    for k in [
        Kind::WorkPoints,
        Kind::Projects,
        Kind::Implementation,
        Kind::DevelopmentPlan,
        Kind::NewsSummary,
    ] {
        assert_eq!(k.to_string(), json(serde_json::to_string(&k).unwrap()));
    }
    for l in [
        Level::Province,
        Level::Prefecture,
        Level::CountyCity,
        Level::County,
        Level::District,
    ] {
        assert_eq!(l.to_string(), json(serde_json::to_string(&l).unwrap()));
    }
    for r in [
        Relation::AtLeast,
        Relation::AtMost,
        Relation::ReduceBy,
        Relation::Exactly,
    ] {
        assert_eq!(r.to_string(), json(serde_json::to_string(&r).unwrap()));
    }
}
