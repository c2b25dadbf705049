//! Byte budgets on the wire, for members on 2G links: the scripted session of
//! `examples/wire_bytes.rs` (which prints every figure) held to upper bounds.
//! Terminal bytes are the same on every run for a fixed script and clock, so
//! these bounds cannot flake; wire bytes vary by a few bytes of SSH padding.

#[path = "wire/probe.rs"]
mod probe;
#[path = "wire/scenario.rs"]
mod scenario;

#[tokio::test(flavor = "multi_thread")]
async fn a_session_at_80x24_keeps_to_its_byte_budgets() {
    let served = scenario::serve().await;
    let costs = scenario::run(&served, false).await;
    let cost = |name: &str| {
        costs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| *c)
            .unwrap_or_else(|| panic!("no step '{name}'"))
    };
    let table = format!("{costs:#?}");
    assert!(cost("first paint of home").wire <= 6 * 1024, "{table}");
    let nothing = cost("a key that changes nothing");
    assert_eq!((nothing.terminal, nothing.messages), (0, 0), "{table}");
    assert!(cost("type one more character").terminal <= 40, "{table}");
    assert!(cost("move down its thread list").terminal <= 200, "{table}");
    // A reply arriving redraws the list once, not once per change it makes.
    let live = cost("a live reply arriving");
    assert_eq!(live.messages, 1, "{table}");
    assert!(live.terminal <= 200, "{table}");
}
