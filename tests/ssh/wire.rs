//! Byte budgets on the wire, for members on 2G links: the scripted session of
//! `examples/wire_bytes.rs` (which prints every figure) held to upper bounds.
//! Terminal bytes are the same on every run for a fixed script and clock, so
//! these bounds cannot flake; wire bytes vary by a few bytes of SSH padding.

use crate::scenario;

/// Every language's first screen keeps to the English budget: a 2G link in
/// Dakar or Dushanbe waits no longer than one in London.
#[tokio::test(flavor = "multi_thread")]
async fn the_first_paint_keeps_to_its_budget_in_every_language() {
    let served = scenario::serve().await;
    for locale in scenario::LOCALES {
        let (cost, compressed) = scenario::first_paint_in(&served, locale).await;
        assert!(cost.wire <= 6 * 1024, "{locale}: {cost:?}");
        assert!(compressed.wire <= cost.wire, "{locale}: {compressed:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_at_80x24_keeps_to_its_byte_budgets() {
    let served = scenario::serve().await;
    let run = scenario::run(&served, false).await;
    let cost = |name: &str| run.cost(name);
    let table = format!("{:#?}", run.costs);
    assert!(cost("first paint of home").wire <= 6 * 1024, "{table}");
    let nothing = cost("a key that changes nothing");
    assert_eq!((nothing.terminal, nothing.messages), (0, 0), "{table}");
    assert!(cost("type one more character").terminal <= 40, "{table}");
    assert!(
        cost("move the selection one row").terminal <= 200,
        "{table}"
    );
    assert!(cost("move down its thread list").terminal <= 200, "{table}");
    // A reply arriving redraws the list once, not once per change it makes.
    let live = cost("a live reply arriving");
    assert_eq!(live.messages, 1, "{table}");
    assert!(live.terminal <= 200, "{table}");
    // A burst is drawn at once, then at most once per 150 ms while it lasts,
    // however many posts it has (writing it takes longer on a slow disk).
    let allowed = 2 + run.burst.as_millis() as u64 / 150;
    assert!(
        cost("five replies arriving at once").messages <= allowed,
        "{table}, burst {:?}",
        run.burst
    );
}
