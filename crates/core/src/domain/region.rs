use serde::{Deserialize, Serialize};

/// The WHO regions, plus "Global" for work that spans them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    African,
    Americas,
    SouthEastAsia,
    European,
    EasternMediterranean,
    WesternPacific,
    Global,
}

impl Region {
    pub const ALL: [Region; 7] = [
        Region::African,
        Region::Americas,
        Region::SouthEastAsia,
        Region::European,
        Region::EasternMediterranean,
        Region::WesternPacific,
        Region::Global,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Region::African => "African Region",
            Region::Americas => "Region of the Americas",
            Region::SouthEastAsia => "South-East Asia Region",
            Region::European => "European Region",
            Region::EasternMediterranean => "Eastern Mediterranean Region",
            Region::WesternPacific => "Western Pacific Region",
            Region::Global => "Global",
        }
    }
}
