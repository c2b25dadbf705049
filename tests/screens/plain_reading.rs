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
