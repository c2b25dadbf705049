//! What a thread screen holds while a member reads (issue 19): the posts on
//! screen laid out, never the whole thread, and what it draws is what the whole
//! thread laid out would show there.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::text::Line;

use super::super::View;
use super::ThreadScreen;
use crate::tui::screens::Ctx;
use stoa_core::domain::ThreadId;
use stoa_core::forum::testing::forum;
use stoa_core::forum::{Forum, NewThread, Viewer};
use stoa_core::testkit::{sign_up, viewer};
use stoa_present::keys::{Input, parse_keys};
use stoa_present::theme::Theme;

/// A post of about fifteen lines at 80 columns.
fn long_post(n: usize) -> String {
    (0..6)
        .map(|k| {
            format!(
                "Paragraph {k} of post {n}: the district kept one register of the people \
                 living with long-term conditions, and the teams met every week."
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A thread of `posts` long posts, replies to the opening one and to each other.
fn long_thread(forum: &Forum, who: &Viewer, posts: usize) -> ThreadId {
    let thread = forum
        .start_thread(
            who,
            "care-workforce",
            NewThread {
                language: None,
                title: "Registers of long-term conditions".into(),
                body: long_post(0),
            },
        )
        .unwrap();
    let mut parent = thread.id.opening_post();
    for n in 1..posts {
        let to = if n % 3 == 0 {
            parent
        } else {
            thread.id.opening_post()
        };
        parent = forum.reply(who, to, &long_post(n)).unwrap().id;
    }
    thread.id
}

fn draw(screen: &ThreadScreen, terminal: &mut Terminal<TestBackend>, ctx: &Ctx) {
    terminal
        .draw(|frame| screen.render(frame, frame.area(), ctx))
        .unwrap();
}

fn press(screen: &mut ThreadScreen, keys: &str, ctx: &Ctx) {
    for key in parse_keys(keys) {
        screen.handle(&Input::Key(key), ctx);
    }
}

/// Lines the screen keeps laid out between draws.
fn held(screen: &ThreadScreen) -> usize {
    screen
        .laid
        .borrow()
        .as_ref()
        .map_or(0, |l| l.drawn.iter().map(|(_, lines)| lines.len()).sum())
}

#[test]
fn a_long_thread_is_laid_out_only_where_it_is_on_screen() {
    let (forum, _dir) = forum();
    stoa_core::demo::load_communities(&forum).unwrap();
    let amara = viewer(sign_up(&forum, "amara", 1).unwrap());
    let thread = long_thread(&forum, &amara, 150);
    let theme = Theme::default();
    let ctx = Ctx {
        forum: &forum,
        viewer: &amara,
        login_key: None,
        theme: &theme,
        client_language: None,
    };
    let mut screen = ThreadScreen::new(thread, &ctx);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    draw(&screen, &mut terminal, &ctx);
    let total = screen.laid.borrow().as_ref().map_or(0, |l| l.len);
    assert!(total > 2_000, "the thread is long: {total} lines");
    for keys in ["", "jjjjj", "<pgdn><pgdn><pgdn>", "<end>", "kkk", "<home>"] {
        press(&mut screen, keys, &ctx);
        draw(&screen, &mut terminal, &ctx);
        let held = held(&screen);
        assert!(
            (1..=3 * 24).contains(&held),
            "after {keys:?} the screen holds {held} of {total} lines"
        );
    }
}

/// Draws every window of the thread at a few sizes, and compares each with the
/// same rows of the thread laid out whole. It ends at the width it starts
/// with, so that a reload after it measures at that width again.
fn check_every_window(screen: &ThreadScreen, ctx: &Ctx) {
    for (width, rows) in [(80usize, 24usize), (33, 9), (140, 50), (80, 24)] {
        screen.width.set(width);
        screen.rows.set(rows);
        let whole: Vec<Line> = {
            let laid = screen.laid(ctx);
            let view = screen.view.as_ref().unwrap();
            let text = super::layout::text_width(width);
            let mut lines = screen.head(view, text, ctx);
            for block in &laid.blocks {
                let mut post = screen.post_lines(view, block.post, text, ctx);
                assert_eq!(post.len(), block.end - block.start, "post {}", block.post);
                if block.post == screen.selected {
                    post[0] = super::selected(&post[0], width, ctx.theme);
                }
                lines.extend(post);
            }
            assert_eq!(lines.len(), laid.len);
            lines
        };
        for top in 0..whole.len() {
            screen.top.set(top);
            let shown = screen.window(ctx);
            let from = top.min(whole.len().saturating_sub(rows));
            let to = (from + rows).min(whole.len());
            assert_eq!(shown, whole[from..to], "{width}×{rows} from line {top}");
        }
    }
}

#[test]
fn every_window_shows_what_the_thread_laid_out_whole_would() {
    let (forum, _dir) = forum();
    stoa_core::demo::load_communities(&forum).unwrap();
    let amara = viewer(sign_up(&forum, "amara", 1).unwrap());
    let li = viewer(sign_up(&forum, "li", 2).unwrap());
    let thread = long_thread(&forum, &amara, 12);
    // Deep replies, folded until opened; a deleted post.
    let mut parent = thread.opening_post();
    let mut deep = Vec::new();
    for depth in 1..=7 {
        parent = forum
            .reply(&li, parent, &format!("Level {depth}"))
            .unwrap()
            .id;
        deep.push(parent);
    }
    let gone = forum
        .reply(&li, thread.opening_post(), "Posted by mistake")
        .unwrap();
    forum.delete_post(&li, gone.id).unwrap();
    let theme = Theme::default();
    let ctx = Ctx {
        forum: &forum,
        viewer: &li,
        login_key: None,
        theme: &theme,
        client_language: None,
    };
    let mut screen = ThreadScreen::new(thread, &ctx);
    check_every_window(&screen, &ctx);
    // Heights measured before are kept across a reload only for posts that did
    // not change: a post grows, another arrives, a folded branch opens.
    forum.edit_post(&li, deep[0], None, &long_post(99)).unwrap();
    forum.reply(&amara, deep[2], &long_post(100)).unwrap();
    screen.select_post(deep[6], &ctx);
    check_every_window(&screen, &ctx);
}

#[test]
fn two_sessions_in_a_thread_hold_one_copy_of_its_posts() {
    let (forum, _dir) = forum();
    stoa_core::demo::load_communities(&forum).unwrap();
    let amara = viewer(sign_up(&forum, "amara", 1).unwrap());
    let li = viewer(sign_up(&forum, "li", 2).unwrap());
    let thread = long_thread(&forum, &amara, 20);
    let theme = Theme::default();
    let session = |who| {
        let ctx = Ctx {
            forum: &forum,
            viewer: who,
            login_key: None,
            theme: &theme,
            client_language: None,
        };
        ThreadScreen::new(thread, &ctx)
    };
    let (one, two) = (session(&amara), session(&li));
    let (one, two) = (one.view.unwrap(), two.view.unwrap());
    assert_eq!(one.posts.len(), 20);
    for (a, b) in one.posts.iter().zip(&two.posts) {
        assert!(
            std::sync::Arc::ptr_eq(&a.post, &b.post),
            "post {}",
            a.post.id
        );
    }
}
