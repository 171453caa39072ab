//! Administrative divisions: where a plan applies and at what level. The
//! gazetteer (`places`) reads names into them and the metadata readers
//! (`meta`) fill a plan's with them.

use serde::{Deserialize, Serialize};

/// Where a plan applies: province, city and district, each as the text names
/// it in full (`河南省`, `郑州市`, `金水区`).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// Province, autonomous region or municipality (`河南省`, `上海市`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// Prefecture-level or county-level city (`郑州市`, `济源市`, `上海市`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// District or county inside the city (`闵行区`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
}

impl Jurisdiction {
    /// Fills every field that `self` leaves empty from `fallback`.
    pub fn or(self, fallback: Jurisdiction) -> Jurisdiction {
        Jurisdiction {
            province: self.province.or(fallback.province),
            city: self.city.or(fallback.city),
            district: self.district.or(fallback.district),
        }
    }

    /// The most specific name: district, else city, else province.
    pub fn name(&self) -> Option<&str> {
        self.district
            .as_deref()
            .or(self.city.as_deref())
            .or(self.province.as_deref())
    }
}

/// The administrative level of a jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A province, autonomous region or municipality directly under the centre.
    Province,
    /// A prefecture-level city (`地级市`), such as 郑州市 or 齐齐哈尔市.
    Prefecture,
    /// A county-level city (`县级市`), such as 济源市.
    CountyCity,
    /// A county (`县`, `旗`).
    County,
    /// A city district (`区`), such as 闵行区 or 金水区.
    District,
}

/// The level as a sidecar spells it (`county_city`).
impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::CountyCity => "county_city",
            Level::County => "county",
            Level::District => "district",
        })
    }
}
