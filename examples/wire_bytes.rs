//! What a session costs on the wire: one member's scripted session over real
//! SSH, each action's bytes with zlib compression refused and asked for. The
//! figures are what a 40 kbit/s link must carry (5,000 bytes a second).
//!
//!     cargo run --release --example wire_bytes

#[path = "../tests/wire/probe.rs"]
mod probe;
#[path = "../tests/wire/scenario.rs"]
mod scenario;

#[tokio::main]
async fn main() {
    let served = scenario::serve().await;
    // Each language's first paint before the script, so that each is of home
    // (a session resumes where the member's last one ended).
    let mut by_language = Vec::new();
    for locale in scenario::LOCALES {
        by_language.push((locale, scenario::first_paint_in(&served, locale).await));
    }
    let plain = scenario::run(&served, false).await;
    let zlib = scenario::run(&served, true).await;
    println!(
        "{:<30} {:>12} {:>12} {:>10} {:>8}",
        "action (80×24)", "wire bytes", "with zlib", "terminal", "frames"
    );
    for ((name, cost), (_, compressed)) in plain.costs.iter().zip(&zlib.costs) {
        println!(
            "{:<30} {:>12} {:>12} {:>10} {:>8}",
            name, cost.wire, compressed.wire, cost.terminal, cost.messages
        );
    }
    println!(
        "(the five replies took {} ms to write; frames caused by others are at least 150 ms apart)",
        plain.burst.as_millis()
    );
    println!();
    println!(
        "{:<30} {:>12} {:>12} {:>10} {:>8}",
        "first paint of home, by LANG", "wire bytes", "with zlib", "terminal", "frames"
    );
    for (locale, (cost, compressed)) in by_language {
        println!(
            "{:<30} {:>12} {:>12} {:>10} {:>8}",
            locale, cost.wire, compressed.wire, cost.terminal, cost.messages
        );
    }
    println!("(the budget: 6,144 bytes on the wire, the English first paint's)");
}
