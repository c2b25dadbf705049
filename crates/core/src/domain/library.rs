//! The knowledge library — resources and practices — and the news desk.
//! Members propose entries through the editorial workflow; the committee writes
//! the news.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{
    Attachment, Audience, Classification, Competency, EntryId, NewsId, Region, Slug, Strategy,
    ThreadId, Username,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResourceKind {
    #[default]
    WhoDocument,
    Publication,
    ImplementationReport,
    Toolkit,
    Multimedia,
    /// Anything else worth sharing (a policy brief, a curriculum, a dataset).
    Other,
}

impl ResourceKind {
    pub const ALL: [ResourceKind; 6] = [
        ResourceKind::WhoDocument,
        ResourceKind::Publication,
        ResourceKind::ImplementationReport,
        ResourceKind::Toolkit,
        ResourceKind::Multimedia,
        ResourceKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ResourceKind::WhoDocument => "WHO document",
            ResourceKind::Publication => "scientific publication",
            ResourceKind::ImplementationReport => "implementation report",
            ResourceKind::Toolkit => "toolkit",
            ResourceKind::Multimedia => "multimedia",
            ResourceKind::Other => "other resource",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ResourceKind::WhoDocument => "who-document",
            ResourceKind::Publication => "publication",
            ResourceKind::ImplementationReport => "implementation-report",
            ResourceKind::Toolkit => "toolkit",
            ResourceKind::Multimedia => "multimedia",
            ResourceKind::Other => "other",
        }
    }
}

/// Where a practice stands: how far its results carry, or a brilliant failure —
/// an effort that did not give the results expected, kept for its lessons — or
/// not yet assessed: a case published before anyone rated it (the demo's case
/// studies, which their source does not rate).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PracticeLevel {
    #[default]
    Emerging,
    Promising,
    Leading,
    BrilliantFailure,
    NotAssessed,
}

impl PracticeLevel {
    /// The levels a member proposes and the committee gives. `NotAssessed` is
    /// not among them: it is where a practice stands until someone rates it.
    pub const ALL: [PracticeLevel; 4] = [
        PracticeLevel::Emerging,
        PracticeLevel::Promising,
        PracticeLevel::Leading,
        PracticeLevel::BrilliantFailure,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PracticeLevel::Emerging => "emerging",
            PracticeLevel::Promising => "promising",
            PracticeLevel::Leading => "leading",
            PracticeLevel::BrilliantFailure => "brilliant failure",
            PracticeLevel::NotAssessed => "not yet assessed",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            PracticeLevel::BrilliantFailure => "brilliant-failure",
            PracticeLevel::NotAssessed => "not-assessed",
            other => other.label(),
        }
    }
}

/// A resource's year when the document gives none (typed `n.d.`).
pub const UNDATED: i16 = 0;

/// A resource's year as readers see it: `2016`, or `undated`.
pub fn year_words(year: i16) -> String {
    if year == UNDATED {
        "undated".into()
    } else {
        year.to_string()
    }
}

/// A resource as its author typed it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceProposal {
    /// Named `type` when stored: a submission's item is tagged by `kind`.
    #[serde(rename = "type")]
    pub kind: ResourceKind,
    pub title: String,
    pub authors: String,
    pub year: String,
    pub link: String,
    pub summary: String,
    pub language: String,
    pub strategies: Vec<Strategy>,
    pub region: Option<Region>,
    pub country: String,
    pub tags: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<Competency>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<Audience>,
    /// The community where it is discussed.
    pub community: String,
    /// Its own text, in the markdown of posts, for members to read here.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Files from the author's uploads, reviewed with it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<Attachment>,
}

/// A practice as its author typed it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PracticeProposal {
    pub level: PracticeLevel,
    pub title: String,
    pub country: String,
    /// Where and at what scale: "12 rural health posts, 40,000 people".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub setting: String,
    /// When it ran, e.g. `2016–2021`.
    pub period: String,
    pub summary: String,
    pub what_was_done: String,
    /// Its outcomes; for a brilliant failure, what happened.
    pub results: String,
    /// What changed for people and services beyond the outcomes measured.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub impact: String,
    /// A brilliant failure's shape: what was expected, why it did not
    /// happen, what others should do instead.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub expected: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub instead: String,
    pub lessons: String,
    /// One per line: `citation | https://link` (the link optional).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub references: String,
    /// One per line: `what the figure says [N]`, then `| the source's caveat`
    /// if it gives one; N is the reference it comes from.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub figures: String,
    pub contact: String,
    pub strategies: Vec<Strategy>,
    pub region: Option<Region>,
    pub tags: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<Competency>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<Audience>,
    /// The community where it is discussed.
    pub community: String,
}

/// What kind of entry, with what only that kind has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "entry")]
pub enum Shelf {
    Resource {
        #[serde(rename = "type")]
        kind: ResourceKind,
        authors: String,
        year: i16,
        link: String,
        language: String,
        /// Its own text (markdown), read here; empty when it only has a link.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        text: String,
    },
    Practice {
        level: PracticeLevel,
        period: String,
        what_was_done: String,
        results: String,
        lessons: String,
        contact: String,
        /// Every level it has had, oldest first (the first is the one approved).
        levels: Vec<LevelChange>,
        /// Its evidence and, for a brilliant failure, its shape. Not written
        /// when empty, so entries from before keep their bytes.
        /// Boxed: most of a practice's size, and a resource has none.
        #[serde(default, skip_serializing_if = "no_evidence")]
        evidence: Box<Evidence>,
    },
}

/// What a practice rests on: where it ran, its impact, its references and the
/// figures that cite them, and a brilliant failure's shape.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evidence {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub setting: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub impact: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub expected: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub instead: String,
}

impl Evidence {
    pub fn is_empty(&self) -> bool {
        *self == Evidence::default()
    }
}

// serde hands `skip_serializing_if` the field as it is: a box.
#[allow(clippy::borrowed_box)]
fn no_evidence(evidence: &Box<Evidence>) -> bool {
    evidence.is_empty()
}

/// A source a practice rests on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    pub citation: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
}

/// A figure a practice reports, citing one of its references (numbered from
/// 1), with the source's own caveat when it gives one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub figure: String,
    pub reference: u16,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub caveat: String,
}

/// References as typed, one per line: `citation | https://link`.
pub fn references_from(text: &str) -> Result<Vec<Reference>, String> {
    let mut references = Vec::new();
    for (n, line) in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let (citation, link) = match line.rsplit_once('|') {
            Some((citation, link)) => (citation.trim(), link.trim()),
            None => (line, ""),
        };
        let lower = link.to_ascii_lowercase();
        if !link.is_empty() && !lower.starts_with("https://") && !lower.starts_with("http://") {
            return Err(format!(
                "reference {}: after | comes a link starting https://",
                n + 1
            ));
        }
        if citation.is_empty() {
            return Err(format!(
                "reference {}: write the citation before the |",
                n + 1
            ));
        }
        references.push(Reference {
            citation: citation.to_string(),
            link: link.to_string(),
        });
    }
    Ok(references)
}

/// Figures as typed, one per line: `what it says [N] | caveat`; each must cite
/// one of `references` by its number.
pub fn figures_from(text: &str, references: usize) -> Result<Vec<Figure>, String> {
    let mut figures = Vec::new();
    for (n, line) in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let n = n + 1;
        let (figure, caveat) = match line.split_once('|') {
            Some((figure, caveat)) => (figure.trim(), caveat.trim()),
            None => (line, ""),
        };
        let cited = figure
            .strip_suffix(']')
            .and_then(|f| f.rsplit_once('['))
            .and_then(|(text, number)| Some((text.trim(), number.trim().parse::<u16>().ok()?)));
        let Some((said, reference)) = cited else {
            return Err(format!(
                "figure {n}: end it with the number of the reference it comes from, e.g. [1]"
            ));
        };
        if reference == 0 || usize::from(reference) > references {
            return Err(match references {
                0 => format!("figure {n} cites [{reference}]: add its reference first"),
                _ => {
                    format!("figure {n} cites [{reference}], but there are {references} references")
                }
            });
        }
        if said.is_empty() {
            return Err(format!(
                "figure {n}: say what the figure is before [{reference}]"
            ));
        }
        figures.push(Figure {
            figure: said.to_string(),
            reference,
            caveat: caveat.to_string(),
        });
    }
    Ok(figures)
}

/// A practice's level as the committee set it, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelChange {
    pub level: PracticeLevel,
    pub by: String,
    pub reason: String,
    pub at: Timestamp,
    /// How the practice meets each of the level's stated criteria, as the
    /// committee judged when it set the level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessment: Vec<Assessed>,
}

/// One criterion of a level, and whether the practice meets it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessed {
    pub criterion: String,
    pub met: bool,
}

/// "criterion: met; other: not met"
pub fn assessment_words(assessment: &[Assessed]) -> String {
    assessment
        .iter()
        .map(|a| format!("{}: {}", a.criterion, if a.met { "met" } else { "not met" }))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A published library entry. Its id is its submission's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: EntryId,
    pub title: String,
    pub summary: String,
    pub shelf: Shelf,
    pub classification: Classification,
    /// The community its discussion thread goes in.
    pub community: Slug,
    /// The thread about it, once someone opened it.
    pub discussion: Option<ThreadId>,
    pub posted_by: Username,
    pub published_at: Timestamp,
    /// Files to read or fetch with it (SFTP, `get`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<Attachment>,
    /// The language it is written in: chosen by its author, else detected
    /// when it was written; none when neither could tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<super::Language>,
    /// Its title and summary in other languages, as the committee approved
    /// them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
}

/// A folder's name for files over SFTP: the id, then the title's first words
/// in lowercase ASCII (`10-care-pathways`).
pub fn folder_name(id: u64, title: &str) -> String {
    // Whole words, up to about 40 letters.
    let mut slug = String::new();
    let words = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    for word in words {
        if !slug.is_empty() && slug.len() + word.len() >= 40 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(word.chars().take(40).map(|c| c.to_ascii_lowercase()));
    }
    if slug.is_empty() {
        id.to_string()
    } else {
        format!("{id}-{slug}")
    }
}

impl Entry {
    /// Where its files are over SFTP, under `library/`: `10-care-pathways`,
    /// the id then the title's first words in lowercase ASCII.
    pub fn folder(&self) -> String {
        folder_name(self.id.get(), &self.title)
    }

    /// What it can be read in: its own language and its translations'.
    pub fn languages(&self) -> super::Languages {
        read_in(self.language, &self.translations)
    }

    /// "toolkit", "practice: promising"
    pub fn kind(&self) -> String {
        match &self.shelf {
            Shelf::Resource { kind, .. } => kind.label().to_string(),
            Shelf::Practice { level, .. } => format!("practice: {}", level.label()),
        }
    }
}

/// A news item: written by the editorial committee, or proposed by a member
/// and published once the committee approved it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct News {
    pub id: NewsId,
    pub title: String,
    pub body: String,
    pub region: Option<Region>,
    /// Who wrote it: the committee member, or the member who proposed it.
    pub by: String,
    pub published_at: Timestamp,
    /// News, or a member's blog-style post (signed by its author).
    #[serde(default, skip_serializing_if = "NewsKind::is_news")]
    pub kind: NewsKind,
    /// The submission it was published from, when a member proposed it: its
    /// review is on record there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<super::SubmissionId>,
    /// Each correction the committee made once it was published, oldest
    /// first: readers see that it was corrected, when and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Taken down by the committee, with why: off the news, the feeds and
    /// search; its page says it was withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<super::Hiding>,
    /// The language it is written in: chosen by its author, else detected
    /// when it was written; none when neither could tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<super::Language>,
    /// Its title and body in other languages, as the committee approved
    /// them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
}

/// A library entry or news item in another language, proposed by a member
/// and approved by the committee like any submission. One per language: a
/// newer approved translation replaces the one before it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    pub language: super::Language,
    pub title: String,
    /// The entry's summary, or the news item's body.
    pub text: String,
    pub by: Username,
    pub published_at: Timestamp,
    /// Where its review is on record.
    pub submission: super::SubmissionId,
}

/// What a translation is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "of", content = "id")]
pub enum Translated {
    Entry(EntryId),
    News(NewsId),
}

/// A member's translation, sent to the committee for review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TranslationProposal {
    pub of: Translated,
    /// The original's title when it was proposed, for the queue.
    pub original: String,
    pub language: super::Language,
    pub title: String,
    pub text: String,
}

/// The translation in `language`, when there is one.
pub fn in_language(
    translations: &[Translation],
    language: super::Language,
) -> Option<&Translation> {
    translations.iter().find(|t| t.language == language)
}

/// Keeps `translation` among `translations`: in place of one in the same
/// language (one per language), else added.
pub fn keep_translation(translations: &mut Vec<Translation>, translation: Translation) {
    match translations
        .iter_mut()
        .find(|t| t.language == translation.language)
    {
        Some(old) => *old = translation,
        None => translations.push(translation),
    }
}

impl News {
    /// What it can be read in: its own language and its translations'.
    pub fn languages(&self) -> super::Languages {
        read_in(self.language, &self.translations)
    }
}

/// The languages something translated can be read in.
fn read_in(original: Option<super::Language>, translations: &[Translation]) -> super::Languages {
    let mut set = super::Languages::from(original);
    for t in translations {
        set.insert(t.language);
    }
    set
}

/// A correction to something published: who made it, when, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub by: String,
    pub reason: String,
    pub at: Timestamp,
}

/// What a news item is. News reports what happened; a blog post is a member's
/// own account or view, signed by them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NewsKind {
    #[default]
    News,
    Blog,
}

impl NewsKind {
    pub const ALL: [NewsKind; 2] = [NewsKind::News, NewsKind::Blog];

    pub fn label(self) -> &'static str {
        match self {
            NewsKind::News => "news",
            NewsKind::Blog => "blog post",
        }
    }

    pub fn is_news(&self) -> bool {
        *self == NewsKind::News
    }
}

/// A member's news item or blog post, sent to the committee for review.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewsProposal {
    /// Named `type` when stored: a submission's item is tagged by `kind`.
    #[serde(rename = "type", default, skip_serializing_if = "NewsKind::is_news")]
    pub kind: NewsKind,
    pub title: String,
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
}
