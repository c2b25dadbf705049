//! What the load examples share: a trusting SSH client, members' keys, and
//! reading a process's memory and CPU from /proc.

#![allow(dead_code)]

use russh::client;
use russh::keys::PublicKeyOrCertificate;
use russh::keys::ssh_key::private::Ed25519Keypair;

/// A client that accepts any host key: traffic is only to loopback.
pub struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// A distinct key per member, from its number.
pub fn keypair(n: u32) -> Ed25519Keypair {
    let mut seed = [7u8; 32];
    seed[..4].copy_from_slice(&n.to_be_bytes());
    Ed25519Keypair::from_seed(&seed)
}

/// Resident memory (KiB) and CPU time (clock ticks) of a process, from /proc.
pub fn usage(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss = kib(&status, "VmRSS:");
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command's closing parenthesis; utime and stime are 14th and 15th.
    let after = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<&str> = after.split_whitespace().collect();
    let tick = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (rss, tick(11) + tick(12))
}

/// The value (KiB) of a `Name:   123 kB` line.
fn kib(text: &str, name: &str) -> u64 {
    text.lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Proportional memory (KiB): shared pages split among the processes sharing
/// them, so that a tree of processes can be summed fairly.
pub fn pss(pid: u32) -> u64 {
    kib(
        &std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default(),
        "Pss:",
    )
}

/// `root` and every process under it.
pub fn tree(root: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for entry in dir.flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            let ppid = stat
                .rsplit(')')
                .next()
                .and_then(|rest| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<u32>().ok())
                .unwrap_or(0);
            parents.push((pid, ppid));
        }
    }
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            parents
                .iter()
                .filter(|(_, p)| *p == parent)
                .map(|(c, _)| *c),
        );
        i += 1;
    }
    found
}

/// The `p` quantile of sorted microseconds, in milliseconds.
pub fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

/// The `stoa` binary built beside the examples (`cargo build --release`).
pub fn stoa_binary() -> std::path::PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.join("stoa")))
        .expect("the stoa binary beside the example")
}

/// Bytes in the files under `path`.
pub fn dir_size(path: &std::path::Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Runs `work` `rounds` times; prints the median and the slowest, with what
/// the last round returned (how many items it made).
pub fn time(what: &str, rounds: u32, mut work: impl FnMut() -> usize) {
    let mut took: Vec<std::time::Duration> = Vec::new();
    let mut size = 0;
    for _ in 0..rounds {
        let started = std::time::Instant::now();
        size = work();
        took.push(started.elapsed());
    }
    took.sort();
    println!(
        "{what:<52} median {:>7.2} ms  slowest {:>7.2} ms  ({size} items)",
        took[took.len() / 2].as_secs_f64() * 1e3,
        took[took.len() - 1].as_secs_f64() * 1e3
    );
}
