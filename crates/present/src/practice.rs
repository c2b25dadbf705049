//! A practice's account as every front end shows it, section by section: what
//! was done, its results, impact and lessons, or a brilliant failure's shape
//! (what was expected, what happened, why, what to do instead); the figures,
//! each with the reference it cites and the source's caveat; the references.
//! Each section's body is markdown, for the front end to render its own way.

use stoa_core::domain::{Assessed, Evidence, PracticeLevel};

use crate::t;

/// The committee's assessment of a level's criteria, in a sentence:
/// "criteria: reach: met; cost: not met"; none when it gave none.
pub fn criteria(assessment: &[Assessed]) -> Option<String> {
    if assessment.is_empty() {
        return None;
    }
    let judged: Vec<String> = assessment
        .iter()
        .map(|a| {
            let criterion = a.criterion.as_str();
            if a.met {
                t!("library-entry-criterion-met", criterion = criterion)
            } else {
                t!("library-entry-criterion-not-met", criterion = criterion)
            }
        })
        .collect();
    Some(t!("library-entry-criteria", criteria = judged.join("; ")))
}

/// What a practice says, as it is stored.
pub struct Account<'a> {
    pub level: PracticeLevel,
    pub what_was_done: &'a str,
    pub results: &'a str,
    pub lessons: &'a str,
    pub evidence: &'a Evidence,
}

/// The sections with something in them, in reading order: (heading, body),
/// the headings in the reader's language.
/// With `markdown`, members' lines in the lists are escaped so that a `[1]`
/// or a `*` they typed shows as typed once rendered; without, the body is
/// plain text (plain mode, exec).
pub fn sections(p: &Account, markdown: bool) -> Vec<(String, String)> {
    let escaped = |text: &str| {
        if markdown {
            escaped(text)
        } else {
            text.to_string()
        }
    };
    let e = p.evidence;
    let mut out: Vec<(String, String)> =
        vec![(t!("library-form-what-was-done"), p.what_was_done.into())];
    if p.level == PracticeLevel::BrilliantFailure {
        out.push((t!("practice-what-was-expected"), e.expected.clone()));
        out.push((t!("practice-what-happened"), p.results.into()));
        out.push((t!("practice-why"), e.why.clone()));
        out.push((
            t!("practice-what-others-should-do-instead"),
            e.instead.clone(),
        ));
    } else {
        out.push((t!("library-form-results"), p.results.into()));
        out.push((t!("library-form-impact"), e.impact.clone()));
    }
    out.push((t!("library-form-lessons"), p.lessons.into()));
    if !e.figures.is_empty() {
        let list: Vec<String> = e
            .figures
            .iter()
            .map(|f| {
                let caveat = if f.caveat.is_empty() {
                    String::new()
                } else {
                    format!(" {}", t!("practice-caveat", caveat = f.caveat.as_str()))
                };
                format!("- {} [{}]{caveat}", escaped(&f.figure), f.reference)
            })
            .collect();
        out.push((t!("library-form-figures"), list.join("\n")));
    }
    if !e.references.is_empty() {
        let list: Vec<String> = e
            .references
            .iter()
            .enumerate()
            .map(|(i, r)| match r.link.as_str() {
                "" => format!("{}. {}", i + 1, escaped(&r.citation)),
                link if markdown => format!("{}. {}, <{link}>", i + 1, escaped(&r.citation)),
                link => format!("{}. {}, {link}", i + 1, r.citation),
            })
            .collect();
        out.push((t!("library-form-references"), list.join("\n")));
    }
    out.retain(|(_, body)| !body.trim().is_empty());
    out
}

/// A member's line kept as typed in markdown: `[1]`, `*` and `_` are not
/// taken for links or emphasis.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '[' | ']' | '*' | '_' | '`' | '<' | '>' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use stoa_core::domain::{Figure, Reference};

    #[test]
    fn a_brilliant_failure_reads_as_what_was_expected_happened_why_and_instead() {
        let evidence = Evidence {
            expected: "Fewer admissions.".into(),
            why: "Referrals never changed.".into(),
            instead: "Agree referrals first.".into(),
            figures: vec![Figure {
                figure: "Admissions *fell* 2%".into(),
                reference: 1,
                caveat: "one district".into(),
            }],
            references: vec![Reference {
                citation: "District report, 2020".into(),
                link: "https://example.org/r".into(),
            }],
            ..Evidence::default()
        };
        let account = Account {
            level: PracticeLevel::BrilliantFailure,
            what_was_done: "Hubs.",
            results: "No change.",
            lessons: "",
            evidence: &evidence,
        };
        let headings: Vec<String> = sections(&account, true)
            .into_iter()
            .map(|(h, _)| h)
            .collect();
        assert_eq!(
            headings,
            [
                "What was done",
                "What was expected",
                "What happened",
                "Why",
                "What others should do instead",
                "Figures",
                "References"
            ]
        );
        let plain = sections(&account, false);
        assert_eq!(
            plain[5].1,
            "- Admissions *fell* 2% [1] (the source's caveat: one district)"
        );
        assert_eq!(
            plain[6].1,
            "1. District report, 2020, https://example.org/r"
        );
        let all = sections(&account, true);
        assert_eq!(
            all[5].1,
            "- Admissions \\*fell\\* 2% [1] (the source's caveat: one district)"
        );
        assert_eq!(
            all[6].1,
            "1. District report, 2020, <https://example.org/r>"
        );
    }
}
