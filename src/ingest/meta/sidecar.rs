//! Sidecar files: metadata a researcher writes beside a plan file.

use std::path::{Path, PathBuf};

use serde::de::{self, Deserializer};
use serde::Deserialize;

use super::date::{checked_date, DateRead};
use super::{Date, Kind, Meta, Period, YEARS};
use crate::ingest::Level;
use crate::Error;

/// The fields a sidecar may have.
const SIDECAR_FIELDS: &[&str] = &[
    "title",
    "province",
    "city",
    "district",
    "districts",
    "level",
    "year",
    "period",
    "issuer",
    "doc_number",
    "published",
    "kind",
];

/// Reads the metadata sidecar of a plan file, or gives an empty [`Meta`]
/// when there is none.
///
/// The sidecar of `a/b/zz-2016.txt` is `a/b/zz-2016.txt.meta.toml`, or
/// `a/b/zz-2016.meta.toml`; having both is an error, since one would be
/// ignored silently. It is flat TOML:
///
/// ```toml
/// title = "济源市教育局2018年工作要点"
/// province = "河南省"
/// city = "济源市"
/// district = "…"
/// districts = ["郑东新区", "金水区"]
/// level = "county_city"    # district, county, county_city, prefecture, province
/// year = 2018              # or: period = "2016-2018" (or "2016")
/// issuer = "济源市教育局"
/// doc_number = "济教〔2018〕1号"
/// published = "2018-02-05"
/// kind = "work_points"     # projects, implementation, development_plan, news_summary
/// ```
///
/// Unknown fields and bad values are [`Error::Meta`] errors naming the field.
pub(crate) fn read_sidecar(plan_path: &Path) -> crate::Result<Meta> {
    let found: Vec<PathBuf> = sidecar_paths(plan_path)
        .into_iter()
        .filter(|p| p.exists())
        .collect();
    let path = match found.as_slice() {
        [] => return Ok(Meta::default()),
        [one] => one,
        [a, b, ..] => {
            return Err(Error::Meta {
                input: a.display().to_string(),
                reason: format!(
                    "{} is a second sidecar for the same plan; keep one",
                    b.display()
                ),
            })
        }
    };
    let input = path.display().to_string();
    if path.is_dir() {
        return Err(Error::IsDirectory { path: path.clone() });
    }
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    let source = String::from_utf8(bytes).map_err(|_| Error::Meta {
        input: input.clone(),
        reason: "not UTF-8 text".into(),
    })?;
    parse_sidecar(source.trim_start_matches('\u{feff}'))
        .map_err(|reason| Error::Meta { input, reason })
}

/// Where a plan's sidecar may be: the plan's name with `.meta.toml` added,
/// and with its extension replaced by `.meta.toml`.
fn sidecar_paths(plan: &Path) -> Vec<PathBuf> {
    let mut added = plan.as_os_str().to_owned();
    added.push(".meta.toml");
    let added = PathBuf::from(added);
    let replaced = plan.with_extension("meta.toml");
    if replaced == added {
        vec![added]
    } else {
        vec![added, replaced]
    }
}

/// A sidecar as written: each field read and checked as it is read (see
/// [`read`]), unknown fields refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sidecar {
    #[serde(default, deserialize_with = "text")]
    title: Option<String>,
    #[serde(default, deserialize_with = "text")]
    province: Option<String>,
    #[serde(default, deserialize_with = "text")]
    city: Option<String>,
    #[serde(default, deserialize_with = "text")]
    district: Option<String>,
    #[serde(default, deserialize_with = "texts")]
    districts: Option<Vec<String>>,
    #[serde(default, deserialize_with = "named")]
    level: Option<Level>,
    #[serde(default, deserialize_with = "year")]
    year: Option<u16>,
    #[serde(default, deserialize_with = "period")]
    period: Option<Period>,
    #[serde(default, deserialize_with = "text")]
    issuer: Option<String>,
    #[serde(default, deserialize_with = "text")]
    doc_number: Option<String>,
    #[serde(default, deserialize_with = "date")]
    published: Option<Date>,
    #[serde(default, deserialize_with = "named")]
    kind: Option<Kind>,
}

/// Reads a sidecar's text; the error says which field is wrong and how.
fn parse_sidecar(source: &str) -> Result<Meta, String> {
    // Syntax first, so that a broken line is not taken for a bad value.
    source
        .parse::<toml::Table>()
        .map_err(|e| match line_of(source, &e) {
            Some(line) => format!("not valid TOML (line {line}): {}", e.message()),
            None => format!("not valid TOML: {}", e.message()),
        })?;
    let sidecar: Sidecar = toml::from_str(source).map_err(|e| explain(source, &e))?;
    let period = match (sidecar.year, sidecar.period) {
        (Some(_), Some(_)) => return Err("`year` and `period` both given; give one".into()),
        (Some(year), None) => Some(Period::year(year)),
        (None, period) => period,
    };
    let jurisdiction = crate::ingest::Jurisdiction {
        province: sidecar.province,
        city: sidecar.city,
        district: sidecar.district,
    };
    Ok(Meta {
        title: sidecar.title,
        jurisdiction,
        districts: sidecar.districts.unwrap_or_default(),
        level: sidecar.level,
        period,
        issuer: sidecar.issuer,
        doc_number: sidecar.doc_number,
        published: sidecar.published,
        kind: sidecar.kind,
    })
}

/// The line an error of `source` stands on.
fn line_of(source: &str, e: &toml::de::Error) -> Option<usize> {
    e.span()
        .map(|span| source[..span.start].matches('\n').count() + 1)
}

/// A field error in words: the field a bad value stands under, a
/// suggestion for an unknown field.
fn explain(source: &str, e: &toml::de::Error) -> String {
    let message = e.message();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or("");
        return format!(
            "unknown field `{key}`{}; the fields are {}",
            crate::error::did_you_mean(key, SIDECAR_FIELDS.iter().copied()),
            SIDECAR_FIELDS.join(", ")
        );
    }
    // The sidecar is flat: the key of a bad value stands before `=` on its
    // line.
    let key = e.span().and_then(|span| {
        let line_start = source[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let (key, _) = source[line_start..span.start].split_once('=')?;
        Some(key.trim())
    });
    match key {
        Some(key) => format!("`{key}`: {message}"),
        None => match line_of(source, e) {
            Some(line) => format!("line {line}: {message}"),
            None => message.to_string(),
        },
    }
}

/// A field's value read as TOML and checked by `check`, whose error
/// becomes the field's.
fn read<'de, D, T>(
    d: D,
    check: impl FnOnce(&toml::Value) -> Result<T, String>,
) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
{
    check(&toml::Value::deserialize(d)?)
        .map(Some)
        .map_err(de::Error::custom)
}

/// A string of text, trimmed, not empty.
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    read(d, text_value)
}

/// A list of texts; an error names the item.
fn texts<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
    read(d, |value| {
        let items = value
            .as_array()
            .ok_or_else(|| expected("an array of strings", value))?;
        items
            .iter()
            .enumerate()
            .map(|(i, item)| text_value(item).map_err(|e| format!("item {}: {e}", i + 1)))
            .collect()
    })
}

/// A year in [`YEARS`], written as an integer.
fn year<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u16>, D::Error> {
    read(d, year_value)
}

/// A period: a year, or a span written `"2016-2018"`.
fn period<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Period>, D::Error> {
    read(d, period_value)
}

/// A date, written `"2018-02-05"` or as a TOML date.
fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    read(d, date_value)
}

/// A level or kind by its snake-case name, read with the type's own serde
/// names so that the sidecar and the JSON output agree; the error lists the
/// names.
fn named<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned + Names,
{
    read(d, |value| {
        let name = value.as_str().ok_or_else(|| expected("a string", value))?;
        value
            .clone()
            .try_into()
            .map_err(|_| format!("`{name}` is not one of {}", T::NAMES))
    })
}

fn text_value(value: &toml::Value) -> Result<String, String> {
    match value.as_str().map(str::trim) {
        Some("") => Err("is empty".into()),
        Some(s) => Ok(s.to_string()),
        None => Err(expected("a string", value)),
    }
}

/// The names a sidecar may give a value of an enum.
trait Names {
    const NAMES: &'static str;
}

impl Names for Level {
    const NAMES: &'static str = "district, county, county_city, prefecture, province";
}

impl Names for Kind {
    const NAMES: &'static str =
        "work_points, projects, implementation, development_plan, news_summary";
}

/// The error for a value of the wrong type: what was expected, what was found.
fn expected(what: &str, value: &toml::Value) -> String {
    format!("expected {what}, found {}", value.type_str())
}

fn year_value(value: &toml::Value) -> Result<u16, String> {
    let year = value
        .as_integer()
        .ok_or_else(|| expected("an integer such as 2016", value))?;
    u16::try_from(year)
        .ok()
        .filter(|y| YEARS.contains(y))
        .ok_or_else(|| {
            format!(
                "{year} is not a year from {} to {}",
                YEARS.start(),
                YEARS.end()
            )
        })
}

/// The longest period a plan covers: a long-range plan (`2021-2035`) is
/// fifteen years; more is a typing slip.
const MAX_PERIOD_YEARS: u16 = 20;

fn period_value(value: &toml::Value) -> Result<Period, String> {
    if value.is_integer() {
        return year_value(value).map(Period::year);
    }
    let text = value
        .as_str()
        .ok_or_else(|| expected("\"2016-2018\" or \"2016\"", value))?;
    let bad = || format!("`{text}` is not a year or a span such as \"2016-2018\"");
    let year = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|y| YEARS.contains(y))
            .ok_or_else(bad)
    };
    let period = match text.split_once(['-', '–', '—', '~']) {
        Some((start, end)) => Period {
            start: year(start)?,
            end: year(end)?,
        },
        None => Period::year(year(text)?),
    };
    if period.start > period.end {
        return Err(format!("`{text}` ends before it starts"));
    }
    if period.end - period.start >= MAX_PERIOD_YEARS {
        return Err(format!(
            "`{text}` spans more than {MAX_PERIOD_YEARS} years; a plan's period is at most that"
        ));
    }
    Ok(period)
}

fn date_value(value: &toml::Value) -> Result<Date, String> {
    let text = match value {
        toml::Value::String(s) => s.trim().to_string(),
        toml::Value::Datetime(d) if d.time.is_none() && d.offset.is_none() => d.to_string(),
        other => return Err(expected("a date such as \"2018-02-05\"", other)),
    };
    let parts: Vec<&str> = text.split('-').collect();
    let read = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            checked_date(y, m, d)
        }
        _ => DateRead::NotADate,
    };
    match read {
        DateRead::Date(date) => Ok(date),
        DateRead::Unreadable(why) => Err(why),
        DateRead::NotADate => Err(format!("`{text}` is not a date such as \"2018-02-05\"")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{date, place, span};
    use super::super::{Kind, Level};
    use super::*;

    #[test]
    fn sidecar_with_every_field() {
        let meta = parse_sidecar(
            r#"
            title = "济源市教育局2018年工作要点"
            province = "河南省"
            city = "济源市"
            district = "某区"
            districts = ["郑东新区", "金水区"]
            level = "county_city"
            period = "2016-2018"
            issuer = "济源市教育局"
            doc_number = "济教〔2018〕1号"
            published = "2018-02-05"
            kind = "work_points"
            "#,
        )
        .expect("valid sidecar");
        assert_eq!(meta.title.as_deref(), Some("济源市教育局2018年工作要点"));
        assert_eq!(meta.jurisdiction, place("河南省", "济源市", "某区"));
        assert_eq!(meta.districts, ["郑东新区", "金水区"]);
        assert_eq!(meta.level, Some(Level::CountyCity));
        assert_eq!(meta.period, Some(span(2016, 2018)));
        assert_eq!(meta.issuer.as_deref(), Some("济源市教育局"));
        assert_eq!(meta.doc_number.as_deref(), Some("济教〔2018〕1号"));
        assert_eq!(meta.published, Some(date(2018, 2, 5)));
        assert_eq!(meta.kind, Some(Kind::WorkPoints));
    }

    #[test]
    fn sidecar_years_and_dates_in_several_forms() {
        let period = |s: &str| parse_sidecar(s).map(|m| m.period);
        assert_eq!(period("year = 2016"), Ok(Some(Period::year(2016))));
        assert_eq!(period("period = \"2016\""), Ok(Some(Period::year(2016))));
        assert_eq!(period("period = 2016"), Ok(Some(Period::year(2016))));
        assert_eq!(period("period = \"2016–2018\""), Ok(Some(span(2016, 2018))));
        let published = parse_sidecar("published = 2018-02-05").map(|m| m.published);
        assert_eq!(published, Ok(Some(date(2018, 2, 5))));
        assert_eq!(parse_sidecar(""), Ok(Meta::default()));
    }

    #[test]
    fn sidecar_errors_name_the_field() {
        let err = |s: &str| parse_sidecar(s).expect_err(s);
        assert!(err("titel = \"x\"").contains("unknown field `titel`; did you mean `title`?"));
        assert!(!err("meaning = 1").contains("did you mean"));
        assert!(err("level = \"city\"").starts_with("`level`: `city` is not one of"));
        assert!(err("kind = \"plan\"").starts_with("`kind`:"));
        assert!(err("kind = 3").starts_with("`kind`: expected a string"));
        assert!(err("year = \"2016\"").starts_with("`year`: expected an integer"));
        assert!(err("year = 16").starts_with("`year`:"));
        assert!(err("period = \"2018-2016\"").contains("ends before it starts"));
        assert!(err("period = \"2016-2040\"").contains("more than 20 years"));
        assert!(parse_sidecar("period = \"2021-2035\"").is_ok());
        assert!(err("year = 1900").contains("not a year"));
        assert!(err("period = \"2016-18\"").starts_with("`period`:"));
        assert!(err("year = 2016\nperiod = \"2016\"").contains("both given"));
        assert!(err("published = \"2018-02-30\"").starts_with("`published`:"));
        assert!(err("published = \"5 Feb 2018\"").starts_with("`published`:"));
        assert!(err("title = \"\"").starts_with("`title`: is empty"));
        assert!(err("districts = [\"金水区\", 3]").starts_with("`districts`: item 2"));
        assert!(err("districts = \"金水区\"").starts_with("`districts`:"));
        assert!(err("title = ").starts_with("not valid TOML (line 1)"));
        assert!(err("[meta]\ntitle = \"x\"").contains("unknown field `meta`"));
    }

    /// A fresh directory for one test's files.
    fn scratch_dir(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("eduplans-meta-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    #[test]
    fn sidecar_files_beside_the_plan() {
        let dir = scratch_dir("beside");
        let plan = dir.join("zz-2016.txt");
        std::fs::write(&plan, "一、总体要求").expect("write plan");
        assert_eq!(read_sidecar(&plan).expect("no sidecar"), Meta::default());

        std::fs::write(
            dir.join("zz-2016.txt.meta.toml"),
            "year = 2016\ncity = \"郑州市\"",
        )
        .expect("write");
        let meta = read_sidecar(&plan).expect("appended name");
        assert_eq!(meta.period, Some(Period::year(2016)));
        assert_eq!(meta.jurisdiction.city.as_deref(), Some("郑州市"));

        std::fs::remove_file(dir.join("zz-2016.txt.meta.toml")).expect("remove");
        std::fs::write(dir.join("zz-2016.meta.toml"), "\u{feff}kind = \"projects\"")
            .expect("write");
        let meta = read_sidecar(&plan).expect("replaced extension");
        assert_eq!(meta.kind, Some(Kind::Projects));

        std::fs::write(dir.join("zz-2016.txt.meta.toml"), "year = 2016").expect("write");
        assert!(matches!(read_sidecar(&plan), Err(Error::Meta { .. })));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn bad_sidecar_file_names_the_file_and_field() {
        let dir = scratch_dir("bad");
        let plan = dir.join("plan.txt");
        let sidecar = dir.join("plan.meta.toml");
        std::fs::write(&sidecar, "level = \"town\"").expect("write");
        match read_sidecar(&plan) {
            Err(Error::Meta { input, reason }) => {
                assert_eq!(input, sidecar.display().to_string());
                assert!(reason.starts_with("`level`:"), "{reason}");
            }
            other => panic!("expected a metadata error, got {other:?}"),
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
