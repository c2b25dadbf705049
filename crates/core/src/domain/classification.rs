//! How the network files its knowledge: by the five strategies of the WHO
//! framework on integrated people-centred health services, by WHO region, by
//! country and by free tags. Events, jobs and the library share it.

use serde::{Deserialize, Serialize};

use super::{Competency, Region};

/// One of the five strategies of the framework.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    EngagingPeople,
    Governance,
    ModelOfCare,
    CoordinatingServices,
    EnablingEnvironment,
}

impl Strategy {
    pub const ALL: [Strategy; 5] = [
        Strategy::EngagingPeople,
        Strategy::Governance,
        Strategy::ModelOfCare,
        Strategy::CoordinatingServices,
        Strategy::EnablingEnvironment,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Strategy::EngagingPeople => "Empowering and engaging people and communities",
            Strategy::Governance => "Strengthening governance and accountability",
            Strategy::ModelOfCare => "Reorienting the model of care",
            Strategy::CoordinatingServices => "Coordinating services within and across sectors",
            Strategy::EnablingEnvironment => "Creating an enabling environment",
        }
    }

    /// A few words, for lists and filters.
    pub fn short(self) -> &'static str {
        match self {
            Strategy::EngagingPeople => "engaging people",
            Strategy::Governance => "governance",
            Strategy::ModelOfCare => "model of care",
            Strategy::CoordinatingServices => "coordinating services",
            Strategy::EnablingEnvironment => "enabling environment",
        }
    }

    /// What the strategy is about, in a line.
    pub fn description(self) -> &'static str {
        match self {
            Strategy::EngagingPeople => {
                "Giving people, families and communities the means and the voice to take part in their own health and in their services."
            }
            Strategy::Governance => {
                "Making decisions about services open, shared with communities, and answerable to those they serve."
            }
            Strategy::ModelOfCare => {
                "Moving care towards primary and community settings, prevention, and services planned around people rather than diseases."
            }
            Strategy::CoordinatingServices => {
                "Joining up care across levels, providers and sectors so that people move through it without gaps."
            }
            Strategy::EnablingEnvironment => {
                "The workforce, financing, regulation, information and leadership that make the other four possible."
            }
        }
    }

    /// The name used in commands and feeds, e.g. `model-of-care`.
    pub fn slug(self) -> &'static str {
        match self {
            Strategy::EngagingPeople => "engaging-people",
            Strategy::Governance => "governance",
            Strategy::ModelOfCare => "model-of-care",
            Strategy::CoordinatingServices => "coordinating-services",
            Strategy::EnablingEnvironment => "enabling-environment",
        }
    }
}

impl Region {
    /// A word or two, for lists and filters.
    pub fn short(self) -> &'static str {
        match self {
            Region::African => "Africa",
            Region::Americas => "Americas",
            Region::SouthEastAsia => "South-East Asia",
            Region::European => "Europe",
            Region::EasternMediterranean => "Eastern Med.",
            Region::WesternPacific => "Western Pacific",
            Region::Global => "Global",
        }
    }

    /// The name used in commands and feeds, e.g. `south-east-asia`.
    pub fn slug(self) -> &'static str {
        match self {
            Region::African => "african",
            Region::Americas => "americas",
            Region::SouthEastAsia => "south-east-asia",
            Region::European => "european",
            Region::EasternMediterranean => "eastern-mediterranean",
            Region::WesternPacific => "western-pacific",
            Region::Global => "global",
        }
    }
}

/// Who an entry or an event is for, as the network names its audiences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    PeopleUsingServices,
    Staff,
    Employers,
    Educators,
    Commissioners,
}

impl Audience {
    pub const ALL: [Audience; 5] = [
        Audience::PeopleUsingServices,
        Audience::Staff,
        Audience::Employers,
        Audience::Educators,
        Audience::Commissioners,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Audience::PeopleUsingServices => "people who use services",
            Audience::Staff => "staff",
            Audience::Employers => "employers",
            Audience::Educators => "educators",
            Audience::Commissioners => "commissioners",
        }
    }

    /// The name used in commands and feeds, e.g. `people-using-services`.
    pub fn slug(self) -> &'static str {
        match self {
            Audience::PeopleUsingServices => "people-using-services",
            other => other.label(),
        }
    }

    /// Labels in a line, "staff, educators"; empty for none.
    pub fn labels(all: &[Audience]) -> String {
        let names: Vec<&str> = all.iter().map(|a| a.label()).collect();
        names.join(", ")
    }
}

/// Where an item sits in the network's map of its work.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    /// One or more strategies, in the framework's order.
    pub strategies: Vec<Strategy>,
    pub region: Option<Region>,
    pub country: String,
    /// Free tags, lower case, without duplicates.
    pub tags: Vec<String>,
    /// The competencies it helps build (a training's, a guide's), in order.
    /// Absent from records made before they existed, and not written when
    /// empty, so those records keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<Competency>,
    /// Who it is for, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<Audience>,
}

impl Classification {
    /// The strategy as members read it: its name, "multiple streams" when there
    /// is more than one, or nothing when none was chosen.
    pub fn stream(&self) -> &'static str {
        match self.strategies.as_slice() {
            [] => "",
            [one] => one.label(),
            _ => "multiple streams",
        }
    }

    /// The stream on an item's own screen: the strategy's full name, or
    /// "multiple streams: governance, model of care".
    pub fn stream_in_full(&self) -> String {
        match self.strategies.as_slice() {
            [] => String::new(),
            [one] => one.label().to_string(),
            many => {
                let names: Vec<&str> = many.iter().map(|s| s.short()).collect();
                format!("multiple streams: {}", names.join(", "))
            }
        }
    }

    /// Whether it builds one of `competencies` (a member's, from their
    /// profile): what "for your learning" lists.
    pub fn builds_any(&self, competencies: &[Competency]) -> bool {
        self.competencies.iter().any(|c| competencies.contains(c))
    }

    /// The stream in a few words, for lists.
    pub fn stream_short(&self) -> &'static str {
        match self.strategies.as_slice() {
            [] => "",
            [one] => one.short(),
            _ => "multiple streams",
        }
    }
}

/// Tags as typed ("Primary care, nursing ,nursing") made into a clean list.
pub fn tags_from(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in text.split(',') {
        let tag = tag
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_than_one_strategy_reads_as_multiple_streams() {
        let mut c = Classification::default();
        assert_eq!(c.stream(), "");
        c.strategies = vec![Strategy::ModelOfCare];
        assert_eq!(c.stream(), "Reorienting the model of care");
        c.strategies.push(Strategy::Governance);
        assert_eq!(c.stream(), "multiple streams");
        assert_eq!(c.stream_short(), "multiple streams");
    }

    #[test]
    fn tags_are_trimmed_lower_case_and_unique() {
        assert_eq!(
            tags_from(" Primary  care, nursing ,NURSING,, "),
            ["primary care", "nursing"]
        );
    }
}
