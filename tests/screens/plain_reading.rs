//! Reading position in plain mode: a long thread read half-way opens, next
//! time, at the first post not read.

use stoa::forum::NewThread;
use stoa_core::testkit;

use crate::plain::{demo, flat, session, typed};

#[test]
fn a_half_read_thread_opens_at_the_first_post_not_read() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let slug = forum.community_overview(&li).unwrap()[0]
        .community
        .slug
        .to_string();
    let t = forum
        .start_thread(
            &amara,
            &slug,
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "Post number 1".into(),
            },
        )
        .unwrap();
    for n in 2..=25 {
        forum
            .reply(&amara, t.id.opening_post(), &format!("Post number {n}"))
            .unwrap();
    }
    let mut plain = session(&forum, li.clone());
    typed(&mut plain, "1<enter>");
    let first = typed(&mut plain, "1<enter>");
    assert!(flat(&first).contains("Posts 1 to 10 of 25:"), "{first}");
    assert_eq!(forum.threads(&li, &slug).unwrap()[0].new_posts, 15);
    // Another session: the thread opens at post 11, and says so.
    let mut again = session(&forum, li.clone());
    typed(&mut again, "1<enter>");
    let list = typed(&mut again, "l<enter>");
    assert!(flat(&list).contains("(15 new)"), "{list}");
    let back = typed(&mut again, "1<enter>");
    let back = flat(&back);
    assert!(
        back.contains("15 new posts since your last visit: reading from the first of them"),
        "{back}"
    );
    assert!(back.contains("Posts 11 to 20 of 25:"), "{back}");
    let top = typed(&mut again, "top<enter>");
    assert!(flat(&top).contains("Posts 1 to 10 of 25:"), "{top}");
}

#[test]
fn latest_unread_reactions_bookmarks_and_history_by_typing() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let slug = forum.community_overview(&li).unwrap()[0]
        .community
        .slug
        .to_string();
    let t = forum
        .start_thread(
            &amara,
            &slug,
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "First words".into(),
            },
        )
        .unwrap();
    forum
        .edit_post(&amara, t.id.opening_post(), None, "Second words")
        .unwrap();
    let mut plain = session(&forum, li.clone());
    let none = typed(&mut plain, "latest<enter>");
    assert!(
        flat(&none).contains("You joined no community yet"),
        "{none}"
    );
    forum.join(&li, &slug).unwrap();
    let unread = flat(&typed(&mut plain, "unread<enter>"));
    assert!(unread.contains("Unread, 1 thread:"), "{unread}");
    assert!(unread.contains("1. Night rosters, in "), "{unread}");
    let opened = flat(&typed(&mut plain, "1<enter>"));
    assert!(opened.contains("Second words"), "{opened}");
    let reacted = flat(&typed(&mut plain, &format!("react {} thanks<enter>", t.id)));
    assert!(reacted.contains("thanks given to post"), "{reacted}");
    let again = flat(&typed(&mut plain, "l<enter>"));
    assert!(again.contains("(Reactions: thanks 1.)"), "{again}");
    let bad = flat(&typed(&mut plain, &format!("react {} like<enter>", t.id)));
    assert!(bad.contains("thanks, +1 or insightful"), "{bad}");
    let kept = flat(&typed(
        &mut plain,
        &format!("bookmark {} 2026-12-01<enter>", t.id),
    ));
    assert!(
        kept.contains("bookmarked; a reminder on 2026-12-01"),
        "{kept}"
    );
    let list = flat(&typed(&mut plain, "bookmarks<enter>"));
    assert!(
        list.contains("1. Post 1 in Night rosters, by amara, reminder on 2026-12-01"),
        "{list}"
    );
    let history = flat(&typed(&mut plain, &format!("history {}<enter>", t.id)));
    assert!(
        history.contains("Version 1 (replaced just now):   First words"),
        "{history}"
    );
    assert_eq!(
        forum.latest(&li, true).unwrap().threads.len(),
        0,
        "read in plain mode"
    );
}

#[test]
fn thread_lists_sort_and_post_n_reads_from_a_place() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let slug = forum.community_overview(&li).unwrap()[0]
        .community
        .slug
        .to_string();
    let start = |title: &str| {
        forum
            .start_thread(
                &amara,
                &slug,
                NewThread {
                    language: None,
                    title: title.into(),
                    body: "Opening".into(),
                },
            )
            .unwrap()
    };
    let busy = start("Busy thread");
    start("Quiet thread");
    for n in 2..=15 {
        forum
            .reply(&amara, busy.id.opening_post(), &format!("Post number {n}"))
            .unwrap();
    }
    let mut plain = session(&forum, li.clone());
    typed(&mut plain, "1<enter>");
    let newest = flat(&typed(&mut plain, "sort newest<enter>"));
    assert!(
        newest.contains("Threads are listed newest threads first."),
        "{newest}"
    );
    assert!(newest.contains("1. Quiet thread"), "{newest}");
    let replies = flat(&typed(&mut plain, "sort replies<enter>"));
    assert!(replies.contains("1. Busy thread"), "{replies}");
    assert!(flat(&typed(&mut plain, "sort oldest<enter>")).contains("sort takes activity"));
    typed(&mut plain, "1<enter>");
    // By the number printed with each post: post 13 is "Post number 12".
    let from = flat(&typed(&mut plain, "post 13<enter>"));
    assert!(from.contains("Posts 12 to 15 of 15:"), "{from}");
    assert!(flat(&typed(&mut plain, "post 99<enter>")).contains("as printed with it"));
}

#[test]
fn chosen_lines_of_several_posts_are_quoted_in_a_reply_and_reactions_say_who() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let slug = forum.community_overview(&li).unwrap()[0]
        .community
        .slug
        .to_string();
    let t = forum
        .start_thread(
            &amara,
            &slug,
            NewThread {
                language: None,
                title: "Rosters".into(),
                body: "First line\nSecond line\nThird line".into(),
            },
        )
        .unwrap();
    let reply = forum
        .reply(&amara, t.id.opening_post(), "Another thought")
        .unwrap();
    let mut plain = session(&forum, li.clone());
    typed(&mut plain, "1<enter>1<enter>");
    let quoted = flat(&typed(&mut plain, &format!("quote {} 2-3<enter>", t.id)));
    assert!(quoted.contains("Quoted 2 lines"), "{quoted}");
    let bad = flat(&typed(&mut plain, &format!("quote {} 2-9<enter>", t.id)));
    assert!(bad.contains("has 3 lines: choose from 1 to 3"), "{bad}");
    typed(&mut plain, &format!("quote {}<enter>", reply.id));
    let writing = flat(&typed(&mut plain, &format!("r {}<enter>", reply.id)));
    assert!(
        writing.contains("Your reply starts with what you quoted:"),
        "{writing}"
    );
    typed(&mut plain, "Agreed with both.<enter>.<enter>");
    let view = forum.read_thread(&li, t.id).unwrap();
    let body = &view.posts.last().unwrap().post.body;
    assert!(body.contains("> Second line\n> Third line"), "{body}");
    assert!(!body.contains("First line"), "{body}");
    assert!(body.contains("> Another thought"), "{body}");
    assert!(body.ends_with("Agreed with both."), "{body}");
    forum
        .react(
            &li,
            t.id.opening_post(),
            stoa_core::domain::Reaction::Insightful,
        )
        .unwrap();
    let who = flat(&typed(&mut plain, &format!("reactions {}<enter>", t.id)));
    assert!(who.contains("insightful from li"), "{who}");
}
