//! The library and the news desk driven by keys: browsing by strategy, by kind or
//! level, and by region; a practice in full; proposing a resource through review;
//! a level changed by the committee; an entry's discussion; writing and reading
//! news. Snapshots at 80×24 live in `tests/screens/snapshots/`.

use insta::assert_snapshot;

use crate::demo_world::{session, world};
use stoa_core::testkit;

#[test]
fn the_library_groups_by_strategy_kind_or_level_and_region() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gl");
    let by_strategy = li.screen();
    // Entries, not rows: one of several strategies is under each of them.
    assert!(
        by_strategy.contains("13 entries in the library"),
        "{by_strategy}"
    );
    assert_snapshot!("library_by_strategy", by_strategy);
    assert!(
        by_strategy.contains("Strengthening governance and accountability (7)"),
        "{by_strategy}"
    );
    li.keys("<tab>");
    let by_kind = li.screen();
    assert_snapshot!("library_by_kind", by_kind);
    assert!(
        by_kind.contains("Practices: not yet assessed (8)"),
        "{by_kind}"
    );
    li.keys("<tab>");
    assert!(
        li.screen().contains("African Region (3)"),
        "{}",
        li.screen()
    );
    li.keys("<tab>");
    let by_competency = li.screen();
    assert!(
        by_competency.contains("Communication (5)"),
        "{by_competency}"
    );
    li.keys("<tab>");
    let by_audience = li.screen();
    assert!(
        by_audience.contains("For people who use services (4)"),
        "{by_audience}"
    );
    // For your learning: li has ticked no competency yet, and is told how.
    li.keys("<tab>");
    let learning = li.screen();
    assert!(
        learning.contains("Tick the competencies you are building"),
        "{learning}"
    );
    li.keys("<tab>");
    assert!(li.screen().contains("Library: by strategy"));
    assert!(
        li.screen().contains(
            "Strategy │ Kind or level │ Region │ Competency │ Audience │ For your learning"
        )
    );
}

/// A member who ticked competencies in their profile sees what builds them,
/// in the library and on the events board; on a narrow screen the grouping's
/// tab says where it is rather than being cut off.
#[test]
fn for_your_learning_follows_the_competencies_in_the_profile() {
    use stoa::domain::Competency;
    let w = world();
    let account = w.li.account().unwrap().clone();
    let mut edit = stoa::forum::ProfileEdit::of(&account);
    edit.competencies = vec![Competency::PeopleCentredCare];
    let account = w.forum.edit_profile(&account, edit).unwrap();
    let li = testkit::viewer(account);
    let mut session = session(&w, &li, 2);
    session.keys("gl<s-tab>");
    let learning = session.screen();
    assert_snapshot!("library_for_your_learning", learning);
    assert!(
        learning.contains("Building people-centred care (2)"),
        "{learning}"
    );
    assert!(
        learning.contains("Patient-centred communication"),
        "{learning}"
    );
    session.resize(40, 12);
    let narrow = session.screen();
    assert!(narrow.contains("For your learning (6 of 6"), "{narrow}");
    session.resize(80, 24);
    session.keys("ge<s-tab>");
    let events = session.screen();
    assert_snapshot!("events_for_your_learning", events);
    assert!(
        events.contains("Short course: people-centred care"),
        "{events}"
    );
    assert!(!events.contains("Symposium"), "{events}");
    // At 40 columns the tab shown says where it is rather than being cut.
    session.resize(40, 12);
    assert!(
        session.screen().contains("For your learning (4 of 4"),
        "{}",
        session.screen()
    );
}

#[test]
fn a_practice_shows_its_level_history_and_the_committee_changes_it() {
    let w = world();
    let mut moses = session(&w, &w.moses, 3);
    // By kind or level: the demo's practices, not yet assessed, come after its
    // five resources.
    moses.keys("gl<tab><home>jjjjjjj<enter>");
    let practice = moses.screen();
    // The demo's entries say so on their own page too, not only in lists.
    assert!(practice.contains("[demo] "), "{practice}");
    assert!(
        practice.contains(
            "Practice · not yet assessed · United Kingdom, 2001 to present (as reported)"
        ),
        "{practice}"
    );
    assert_snapshot!("practice_detail", practice);
    moses.keys("=");
    let form = moses.screen();
    assert!(form.contains("Change the level"), "{form}");
    // The criteria the level states are before the committee as it decides.
    assert!(form.contains("which of its stated criteria"), "{form}");
    // Leading: its three criteria to assess, the first two met.
    moses.keys("<right><right><right><tab>");
    let criteria = moses.screen();
    assert_snapshot!("level_criteria_form", criteria);
    assert!(
        criteria.contains("[ ] evaluated in its setting"),
        "{criteria}"
    );
    moses.keys("<space><right><space><tab>Results held for two years after the programme.<c-s>");
    let done = moses.screen();
    assert!(
        done.contains("Now leading: the change is in its history"),
        "{done}"
    );
    assert!(
        done.contains("Practice · leading · United Kingdom"),
        "{done}"
    );
    assert!(
        done.contains("· leading by moses: Results held for two"),
        "{done}"
    );
    let entry = w.forum.library(&Default::default()).unwrap();
    let c2 = entry
        .iter()
        .find(|e| e.title == "C2 Transformational Change")
        .unwrap();
    let stoa::domain::Shelf::Practice { levels, .. } = &c2.shelf else {
        panic!()
    };
    assert_eq!(
        stoa::domain::assessment_words(&levels[1].assessment),
        "evaluated in its setting: met; repeated in other settings: met; the results hold there too: not met"
    );
    assert!(
        done.contains("· not yet assessed by editorial committee"),
        "the old level stays: {done}"
    );

    // A member reads it, and starts its discussion where the entry says.
    let mut li = session(&w, &w.li, 2);
    // Now leading, it comes straight after the five resources.
    li.keys("gl<tab><home>jjjjj<enter>");
    assert!(
        !li.screen().contains("= level"),
        "members do not change levels"
    );
    // The first time, the composer: what will be posted is seen and finished
    // before Ctrl-S, and nothing is posted on the key alone.
    li.keys("t");
    let writing = li.screen();
    assert!(
        // The entry's community (C2's: empowering and engaging people) has a
        // long name: the header keeps it, and the title says the rest.
        writing.contains("New thread in Empowering"),
        "{writing}"
    );
    assert!(
        writing.contains("Library: C2 Transformational Change"),
        "{writing}"
    );
    let started = |title: &str| {
        w.forum
            .library(&Default::default())
            .unwrap()
            .into_iter()
            .find(|e| e.title == title)
            .and_then(|e| e.discussion)
    };
    assert_eq!(started("C2 Transformational Change"), None);
    li.keys("We tried this in two districts.<c-s>");
    let thread = li.screen();
    assert!(
        thread.contains("Library: C2 Transformational Change"),
        "{thread}"
    );
    assert!(
        thread.contains("We tried this in two districts."),
        "{thread}"
    );
    assert!(started("C2 Transformational Change").is_some());
}

#[test]
fn a_proposed_resource_joins_the_library_once_approved() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gln");
    assert_snapshot!("resource_form", li.screen());
    li.keys("<right><right><right><tab>Handover checklists<tab>Ward nurses' network<tab>2025");
    li.keys("<tab>https://example.org/handover<tab>English<tab>");
    li.keys("A one-page checklist for handing patients over between teams.");
    // Past its own text and files (it is a link) to the region.
    // (then past competencies and audiences, and the tags, to the community).
    li.keys("<tab><tab><tab><right><tab><tab><right><space><tab><tab><tab><tab><right><c-s>");
    let sent = li.screen();
    assert!(
        sent.contains("it joins the library once the editorial committee"),
        "{sent}"
    );
    assert!(!sent.contains("Handover checklists"), "pending: {sent}");

    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gm<enter>a<c-s>");
    assert!(moses.screen().contains("Approved and published"));
    let library = li.screen();
    assert!(library.contains("Handover checklists"), "{library}");
    assert!(
        library.contains("Strengthening governance and accountability (8)"),
        "{library}"
    );
}

#[test]
fn the_committee_writes_news_that_home_and_the_news_screen_show() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    let home = li.screen();
    assert!(home.contains("Latest news (g n)"), "{home}");
    assert!(home.contains("[demo] Welcome to the demo forum"), "{home}");
    li.keys("gn");
    assert_snapshot!("news", li.screen());
    assert!(
        !li.screen().contains("n write"),
        "members do not write news"
    );

    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gnn");
    assert_snapshot!("news_form", moses.screen());
    moses.keys(
        "<tab>Quorum of two from January<tab><right><right><right><right><right><right><right><tab>",
    );
    moses.keys("From January every submission needs two approvals from the committee.<c-s>");
    assert!(
        moses
            .screen()
            .contains("Published: \"Quorum of two from January\"")
    );
    let news = li.screen();
    assert!(
        news.contains("> Quorum of two from January"),
        "the newest first: {news}"
    );
    li.keys("<enter>");
    let item = li.screen();
    assert!(
        item.contains("From January every submission needs two approvals"),
        "{item}"
    );
    assert!(item.contains("Global"), "{item}");
    assert!(
        !item.contains("e correct"),
        "members do not correct news: {item}"
    );
    li.keys("gh");
    assert!(li.screen().contains("Quorum of two from January"));

    // The committee corrects it, saying why; readers see when and why.
    moses.keys("gn<home><enter>");
    assert!(moses.screen().contains("e correct"), "{}", moses.screen());
    moses.keys("e");
    let form = moses.screen();
    assert!(form.contains("Correct a news item"), "{form}");
    // Headline, region, why, text: the month was wrong.
    moses.keys("<c-u>Quorum of two from February<tab><tab>The month was wrong.<tab>");
    moses.keys("<c-a><c-k>From February every submission needs two approvals.<c-s>");
    let corrected = moses.screen();
    assert!(corrected.contains("Corrected:"), "{corrected}");
    li.keys("gn<home><enter>");
    let read = li.screen();
    assert_snapshot!("news_corrected", read);
    assert!(
        read.contains("by the editorial committee: The month was wrong."),
        "{read}"
    );
    // Then withdraws it: off the news, its page says so.
    moses.keys("W");
    moses.keys("Announced before the committee agreed.<c-s>");
    assert!(moses.screen().contains("Withdrawn:"), "{}", moses.screen());
    li.keys("gn");
    assert!(!li.screen().contains("Quorum of two"), "{}", li.screen());
}

#[test]
fn a_members_blog_post_is_published_under_their_name_once_approved() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gnn");
    assert_snapshot!("news_proposal_form", li.screen());
    // Blog post, headline, the African Region, the text.
    li.keys("<right><tab>A year of home visits<tab><right><tab>");
    li.keys("What our clinic learned from a year of home visits.<c-s>");
    let sent = li.screen();
    assert!(
        sent.contains("published once the editorial committee approves it"),
        "{sent}"
    );
    assert!(!sent.contains("A year of home visits"), "pending: {sent}");

    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gm<enter>");
    let review = moses.screen();
    assert!(review.contains("blog post by li"), "{review}");
    assert!(review.contains("A year of home visits"), "{review}");
    moses.keys("a<c-s>");
    assert!(moses.screen().contains("Approved and published"));
    let news = li.screen();
    assert!(news.contains("A year of home visits"), "live: {news}");
    assert!(news.contains("African Region · blog post by li"), "{news}");
    li.resize(200, 50);
    assert_snapshot!("news_with_a_blog_post_wide", li.screen());
    li.keys("<enter>");
    let post = li.screen();
    assert!(post.contains("What our clinic learned"), "{post}");
    assert!(post.contains("blog post by li"), "{post}");
    li.resize(80, 24);
    // Its submission says where it is now.
    li.keys("gs<enter>");
    let mine = li.screen();
    assert!(
        mine.contains("on the news screen (g n) as blog post"),
        "{mine}"
    );
    // Withdrawn by the committee: the author's open submission follows live.
    moses.keys("gn<home><enter>W");
    moses.keys("It names a patient.<c-s>");
    let now = li.screen();
    assert!(
        now.contains("withdrawn by moses: It names a patient."),
        "{now}"
    );

    // A draft is kept when the connection drops.
    li.keys("gnn<tab>Half a headline");
    li.disconnect();
    let kept = w.forum.my_submissions(&w.li).unwrap();
    assert!(
        kept.iter()
            .any(|s| s.title() == "Half a headline" && s.state == stoa::domain::ReviewState::Draft),
        "{kept:?}"
    );
}

#[test]
fn a_resource_carries_its_own_text_and_files_and_says_how_to_fetch_them() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    // The second WHO document, the newer one first.
    li.keys("gl<tab><home>j<enter>");
    let top = li.screen();
    assert!(top.contains("Framework on integrated"), "{top}");
    li.keys("<end>");
    let end = li.screen();
    assert_snapshot!("resource_text_and_files", end);
    assert!(end.contains("integratedcare4people-platform.txt"), "{end}");
    assert!(end.contains("sftp -P 2222 forum.example.org"), "{end}");
}

#[test]
fn the_resource_form_attaches_the_members_uploads() {
    let w = world();
    w.forum
        .upload(&w.li, "checklist.pdf", b"%PDF-1.7 checklist")
        .unwrap();
    let mut li = session(&w, &w.li, 2);
    li.keys("gln<right><tab>Handover checklists");
    // Past authors, year, link, language, summary and text to the files.
    li.keys("<tab><tab><tab><tab><tab><tab><tab>");
    let files = li.screen();
    assert!(files.contains("[ ] checklist.pdf (18 bytes)"), "{files}");
    li.keys("<space><c-d>");
    let kept = w.forum.my_submissions(&w.li).unwrap();
    let stoa::domain::Item::Resource(r) = &kept[0].item else {
        panic!("{kept:?}")
    };
    assert_eq!(r.files.len(), 1, "{kept:?}");
}

#[test]
fn the_committee_reviewing_a_resource_is_told_where_its_files_are() {
    let w = world();
    let file = w
        .forum
        .upload(&w.li, "checklist.pdf", b"%PDF-1.7 checklist")
        .unwrap();
    let p = stoa::domain::ResourceProposal {
        files: vec![file],
        ..stoa_core::testkit::resource_proposal("Handover checklist", "primary-health-care")
    };
    w.forum.propose_resource(&w.li, None, p, true).unwrap();
    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gm<enter>");
    // The files come after the entry's other fields.
    moses.keys("<pgdn><pgdn>");
    let review = moses.screen();
    assert!(review.contains("checklist.pdf (18 bytes)"), "{review}");
    assert!(
        review.contains("sftp -P 2222 forum.example.org (in review/"),
        "{review}"
    );
}

#[test]
fn the_practice_form_states_the_criteria_of_the_level_chosen() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("glN");
    let form = li.screen();
    assert!(
        form.contains("emerging: tried in at least one setting; early results"),
        "{form}"
    );
    li.keys("<right>");
    let form = li.screen();
    assert!(
        form.contains("promising: evaluated in its setting"),
        "{form}"
    );
}

/// A practice's page reads its evidence: the setting, its sections (here a
/// brilliant failure's), the figures with the reference each cites and the
/// source's caveat, the references; at 80×24 and 200×50.
#[test]
fn a_practice_reads_with_its_evidence() {
    use stoa::domain::{PracticeLevel, PracticeProposal};
    let w = world();
    let p = PracticeProposal {
        level: PracticeLevel::BrilliantFailure,
        setting: "Two district hospitals, 300 beds".into(),
        expected: "Fewer readmissions within a month.".into(),
        results: "Readmissions did not fall.".into(),
        why: "Community teams were never told of discharges.".into(),
        instead: "Agree the handover with community teams first.".into(),
        references: "District hospital report, 2021 | https://example.org/report".into(),
        figures: "Readmissions stayed at 18% [1] | one year of data only".into(),
        ..testkit::practice_proposal("Discharge hubs", "care-workforce")
    };
    let s = w.forum.propose_practice(&w.li, None, p, true).unwrap();
    w.forum
        .decide(
            &w.moses,
            s.id,
            s.version,
            stoa::forum::Verdict::Approve,
            "Worth learning from.",
        )
        .unwrap();
    let mut li = session(&w, &w.li, 2);
    // Under "Kind or level", after the five resources.
    li.keys("gl<tab><home>jjjjj<enter>");
    let top = li.screen();
    assert!(top.contains("Setting"), "{top}");
    assert!(top.contains("Two district hospitals, 300 beds"), "{top}");
    li.keys("<pgdn>");
    let evidence = li.screen();
    assert_snapshot!("practice_evidence", evidence);
    li.resize(200, 50);
    li.keys("<home>");
    let wide = li.screen();
    assert_snapshot!("practice_evidence_wide", wide);
    for part in [
        "What was expected",
        "What happened",
        "What others should do instead",
        "Readmissions stayed at 18% [1] (the source's caveat: one year of data only)",
        "1. District hospital report, 2021",
    ] {
        assert!(wide.contains(part), "{part} in {wide}");
    }
}

/// The framework's strategies (g f): a page per strategy with what is
/// classified under it, items opened with Enter; the committee's coverage tab,
/// which members do not have.
#[test]
fn strategy_pages_list_what_is_classified_under_each_and_the_committee_sees_coverage() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gf");
    let first = li.screen();
    assert_snapshot!("strategy_page", first);
    assert!(
        first.contains("Strategy: Empowering and engaging people"),
        "{first}"
    );
    assert!(first.contains("Communities (1)"), "{first}");
    assert!(
        first.contains("Empowering and engaging people and communities (g c)"),
        "{first}"
    );
    li.keys("<s-tab>");
    let multiple = li.screen();
    assert!(
        multiple.contains("Strategy: Multiple streams"),
        "{multiple}"
    );
    li.keys("<tab>");
    li.keys("<enter>");
    let opened = li.screen();
    assert!(opened.contains("Library:"), "{opened}");
    li.keys("<esc>");
    li.resize(200, 50);
    let wide = li.screen();
    assert_snapshot!("strategy_page_wide", wide);
    assert!(
        !wide.contains("Coverage"),
        "members have no coverage tab: {wide}"
    );

    // At 40×12 the page opens at its top: the description stays in view.
    li.resize(40, 12);
    li.keys("gf");
    assert!(li.screen().contains("Giving people"), "{}", li.screen());

    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gf<s-tab>");
    let coverage = moses.screen();
    assert_snapshot!("strategy_coverage", coverage);
    assert!(coverage.contains("Strategies: coverage"), "{coverage}");
    assert!(coverage.contains("AFR    AMR   SEAR"), "{coverage}");
    // Nothing to select: the keys scroll down to the other levels' tables.
    moses.keys("<pgdn><pgdn><pgdn>");
    let further = moses.screen();
    assert!(further.contains("Not yet assessed"), "{further}");
}

/// Approving a practice in the full screen: the approval form lists its
/// level's criteria to tick; the assessment opens the level history.
#[test]
fn approving_a_practice_ticks_its_levels_criteria() {
    let w = world();
    let p = testkit::practice_proposal("Household visits", "care-workforce");
    let s = w.forum.propose_practice(&w.li, None, p, true).unwrap();
    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gm<enter>a");
    let form = moses.screen();
    assert!(form.contains("Criteria"), "{form}");
    assert!(form.contains("tried in at least one setting"), "{form}");
    // Tick the first criterion; the template fills the reason.
    moses.keys("<space><c-s>");
    assert!(
        moses.screen().contains("Approved and published"),
        "{}",
        moses.screen()
    );
    let entry = w.forum.entry(s.id.as_entry()).unwrap();
    let stoa::domain::Shelf::Practice { levels, .. } = &entry.shelf else {
        panic!()
    };
    assert_eq!(
        stoa::domain::assessment_words(&levels[0].assessment),
        "tried in at least one setting: met; early results recorded, not yet evaluated: not met"
    );
}
