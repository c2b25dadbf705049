//! What every engine must do, checked on each: the store's files rely on exactly
//! this, so a new engine (a shared one) passes these before it carries a forum.

use std::sync::Arc;

use super::*;

/// What an engine under test needs kept until it is dropped: its directory,
/// its server.
type KeptAlive = Box<dyn std::any::Any>;

/// Each engine under test, with three trees, and what keeps it alive (dropped
/// after the engine).
fn engines() -> Vec<(&'static str, Arc<dyn Engine>, KeptAlive)> {
    let dir = tempfile::tempdir().unwrap();
    let sled = SledEngine::open(&dir.path().join("db"), &["a", "b", "c"]).unwrap();
    let server = crate::testkit::postgres::TempPostgres::start().unwrap();
    let url: ::postgres::Config = server.database().unwrap().parse().unwrap();
    let postgres = PostgresEngine::open(&url, &["a", "b", "c"], Holding::Shared, 8).unwrap();
    vec![
        ("sled", Arc::new(sled), Box::new(dir)),
        ("memory", Arc::new(MemoryEngine::new(3)), Box::new(())),
        ("postgres", Arc::new(postgres), Box::new(server)),
    ]
}

fn keys(scan: Scan<'_>) -> Vec<Vec<u8>> {
    scan.keys().map(Result::unwrap).collect()
}

#[test]
fn keys_are_written_read_and_removed_per_tree() {
    for (name, engine, _dir) in engines() {
        let (a, b) = (Tree::new(engine.clone(), 0), Tree::new(engine.clone(), 1));
        assert_eq!(a.get(b"k").unwrap(), None, "{name}");
        a.insert(b"k", b"1").unwrap();
        b.insert(b"k", b"2").unwrap();
        assert_eq!(a.get(b"k").unwrap().as_deref(), Some(&b"1"[..]), "{name}");
        assert_eq!(b.get(b"k").unwrap().as_deref(), Some(&b"2"[..]), "{name}");
        a.insert(b"k", b"3").unwrap();
        assert_eq!(a.get(b"k").unwrap().as_deref(), Some(&b"3"[..]), "{name}");
        a.remove(b"k").unwrap();
        a.remove(b"never there").unwrap();
        assert!(!a.contains_key(b"k").unwrap(), "{name}");
        assert!(a.is_empty().unwrap(), "{name}");
        assert!(!b.is_empty().unwrap(), "{name}");
        assert!(
            engine.get(7, b"k").is_err(),
            "{name}: an unknown tree is an error"
        );
    }
}

#[test]
fn scans_follow_byte_order_both_ways_and_respect_every_bound() {
    for (name, engine, _dir) in engines() {
        let tree = Tree::new(engine, 0);
        for key in [
            &b"a"[..],
            b"a\0x",
            b"a\0y",
            b"a\xff",
            b"a\xff\xff",
            b"b",
            b"\xff",
        ] {
            tree.insert(key, b"").unwrap();
        }
        let all = keys(tree.iter());
        assert_eq!(all.len(), 7, "{name}");
        assert!(all.windows(2).all(|w| w[0] < w[1]), "{name}: in order");
        let mut back: Vec<_> = tree.iter().rev().map(|e| e.unwrap().0).collect();
        back.reverse();
        assert_eq!(back, all, "{name}: reversed");

        assert_eq!(
            keys(tree.scan_prefix(b"a\0")),
            [&b"a\0x"[..], b"a\0y"],
            "{name}"
        );
        assert_eq!(
            keys(tree.scan_prefix(b"a\xff")),
            [&b"a\xff"[..], b"a\xff\xff"],
            "{name}: a prefix ending in 0xff"
        );
        assert_eq!(keys(tree.scan_prefix(b"\xff")), [&b"\xff"[..]], "{name}");
        assert_eq!(keys(tree.scan_prefix(b"")).len(), 7, "{name}: empty prefix");
        assert!(keys(tree.scan_prefix(b"c")).is_empty(), "{name}");
        let newest: Vec<_> = tree.scan_prefix(b"a").rev().take(2).collect();
        assert_eq!(newest.len(), 2, "{name}");
        assert_eq!(newest[0].as_ref().unwrap().0, b"a\xff\xff", "{name}");

        assert_eq!(
            keys(tree.range(Some(b"a\0y"), Some(b"b"))),
            [&b"a\0y"[..], b"a\xff", b"a\xff\xff"],
            "{name}: from included, to excluded"
        );
        assert_eq!(keys(tree.range(None, Some(b"a\0"))), [&b"a"[..]], "{name}");
        assert_eq!(keys(tree.range(Some(b"b"), None)).len(), 2, "{name}");
        assert_eq!(
            keys(tree.range_inclusive(b"a\0x", b"a\0y")).len(),
            2,
            "{name}: both included"
        );
        assert!(
            keys(tree.range(Some(b"b"), Some(b"a"))).is_empty(),
            "{name}"
        );
        assert!(
            keys(tree.range(Some(b"b"), Some(b"b"))).is_empty(),
            "{name}"
        );
        assert!(keys(tree.range_inclusive(b"b", b"a")).is_empty(), "{name}");
        assert_eq!(tree.iter().values().next().unwrap().unwrap(), b"", "{name}");
    }
}

#[test]
fn a_transaction_reads_its_own_writes_and_commits_across_trees() {
    for (name, engine, _dir) in engines() {
        let (a, b) = (Tree::new(engine.clone(), 0), Tree::new(engine.clone(), 1));
        a.insert(b"gone", b"x").unwrap();
        let seen = transact([&a, &b], |[ta, tb]| {
            ta.insert(b"one", b"1")?;
            tb.insert(b"two", b"2")?;
            ta.remove(b"gone")?;
            let own = (ta.get(b"one")?, ta.get(b"gone")?, tb.get(b"two")?);
            Ok::<_, StoreError>(own)
        })
        .unwrap();
        assert_eq!(
            seen,
            (Some(b"1".to_vec()), None, Some(b"2".to_vec())),
            "{name}"
        );
        assert_eq!(a.get(b"one").unwrap(), Some(b"1".to_vec()), "{name}");
        assert_eq!(b.get(b"two").unwrap(), Some(b"2".to_vec()), "{name}");
        assert_eq!(a.get(b"gone").unwrap(), None, "{name}");
    }
}

#[derive(Debug, PartialEq)]
enum Refusal {
    No,
    Store,
}

impl From<StoreError> for Refusal {
    fn from(_: StoreError) -> Refusal {
        Refusal::Store
    }
}

#[test]
fn a_refused_transaction_keeps_nothing_it_wrote() {
    for (name, engine, _dir) in engines() {
        let (a, b) = (Tree::new(engine.clone(), 0), Tree::new(engine.clone(), 1));
        a.insert(b"kept", b"before").unwrap();
        let result: Result<(), Refusal> = transact([&a, &b], |[ta, tb]| {
            ta.insert(b"kept", b"after")?;
            tb.insert(b"new", b"1")?;
            ta.remove(b"kept")?;
            Err(Refusal::No)
        });
        assert_eq!(result, Err(Refusal::No), "{name}");
        assert_eq!(a.get(b"kept").unwrap(), Some(b"before".to_vec()), "{name}");
        assert_eq!(b.get(b"new").unwrap(), None, "{name}");
    }
}

/// Writers that read a counter and write it back lose nothing: the engine
/// isolates them (sled by retrying on conflict, memory by its lock).
#[test]
fn concurrent_transactions_and_updates_lose_no_write() {
    const THREADS: u64 = 8;
    const EACH: u64 = 100;
    for (name, engine, _dir) in engines() {
        let (a, b, c) = (
            Tree::new(engine.clone(), 0),
            Tree::new(engine.clone(), 1),
            Tree::new(engine.clone(), 2),
        );
        let count = |raw: Option<&[u8]>| {
            raw.map_or(0, |r| u64::from_be_bytes(r.try_into().unwrap_or([0; 8])))
        };
        std::thread::scope(|scope| {
            for t in 0..THREADS {
                let (a, b, c) = (a.clone(), b.clone(), c.clone());
                scope.spawn(move || {
                    for i in 0..EACH {
                        transact([&a, &b], |[ta, tb]| {
                            let n = count(ta.get(b"n")?.as_deref());
                            ta.insert(b"n", (n + 1).to_be_bytes())?;
                            tb.insert(n.to_be_bytes(), (t * EACH + i).to_be_bytes())?;
                            Ok::<_, StoreError>(())
                        })
                        .unwrap();
                        c.fetch_and_update(b"n", |old| {
                            Some((count(old) + 1).to_be_bytes().to_vec())
                        })
                        .unwrap();
                    }
                });
            }
        });
        let total = THREADS * EACH;
        assert_eq!(count(a.get(b"n").unwrap().as_deref()), total, "{name}");
        assert_eq!(keys(b.iter()).len() as u64, total, "{name}: one slot each");
        assert_eq!(count(c.get(b"n").unwrap().as_deref()), total, "{name}");
    }
}

/// Writers that each take a name only if nobody has it (as two members
/// signing up with one username do): exactly one gets it, whatever the
/// engine's isolation, and the others see it taken.
#[test]
fn a_key_read_absent_is_taken_by_one_transaction_only() {
    const THREADS: u8 = 8;
    for (name, engine, _dir) in engines() {
        let (names, owners) = (Tree::new(engine.clone(), 0), Tree::new(engine.clone(), 1));
        let won = std::sync::atomic::AtomicU32::new(0);
        std::thread::scope(|scope| {
            for t in 0..THREADS {
                let (names, owners, won) = (names.clone(), owners.clone(), &won);
                scope.spawn(move || {
                    for round in 0..20u8 {
                        let key = [round];
                        let taken = transact([&names, &owners], |[tn, to]| {
                            if tn.get(key)?.is_some() {
                                return Ok::<_, StoreError>(false);
                            }
                            tn.insert(key, [t])?;
                            to.insert([round, t], b"")?;
                            Ok(true)
                        })
                        .unwrap();
                        if taken {
                            won.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                    }
                });
            }
        });
        assert_eq!(won.into_inner(), 20, "{name}: one owner a name");
        assert_eq!(keys(owners.iter()).len(), 20, "{name}: nobody else wrote");
    }
}

/// Joining and leaving at once (a membership kept in two trees, written and
/// removed together): nobody ever sees one half without the other, and what
/// is left is whole.
#[test]
fn pairs_written_and_removed_together_are_never_seen_apart() {
    for (name, engine, _dir) in engines() {
        let (members, memberships) = (Tree::new(engine.clone(), 0), Tree::new(engine.clone(), 1));
        let apart = std::sync::atomic::AtomicU32::new(0);
        std::thread::scope(|scope| {
            for t in 0..4u8 {
                let (members, memberships, apart) = (members.clone(), memberships.clone(), &apart);
                scope.spawn(move || {
                    for i in 0..60u8 {
                        match (t + i) % 3 {
                            0 => transact([&members, &memberships], |[m, c]| {
                                m.insert(b"care\0li", b"")?;
                                c.insert(b"li\0care", b"")?;
                                Ok::<_, StoreError>(())
                            })
                            .unwrap(),
                            1 => transact([&members, &memberships], |[m, c]| {
                                m.remove(b"care\0li")?;
                                c.remove(b"li\0care")?;
                                Ok::<_, StoreError>(())
                            })
                            .unwrap(),
                            _ => {
                                let seen = transact([&members, &memberships], |[m, c]| {
                                    Ok::<_, StoreError>((
                                        m.get(b"care\0li")?.is_some(),
                                        c.get(b"li\0care")?.is_some(),
                                    ))
                                })
                                .unwrap();
                                if seen.0 != seen.1 {
                                    apart.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                                }
                            }
                        }
                    }
                });
            }
        });
        assert_eq!(apart.into_inner(), 0, "{name}: a half seen alone");
        assert_eq!(
            members.get(b"care\0li").unwrap().is_some(),
            memberships.get(b"li\0care").unwrap().is_some(),
            "{name}: left whole"
        );
    }
}

#[test]
fn an_update_returns_the_old_value_and_may_remove() {
    for (name, engine, _dir) in engines() {
        let tree = Tree::new(engine, 0);
        let old = tree.fetch_and_update(b"k", |old| {
            assert_eq!(old, None);
            Some(b"1".to_vec())
        });
        assert_eq!(old.unwrap(), None, "{name}");
        let old = tree.fetch_and_update(b"k", |_| None).unwrap();
        assert_eq!(old, Some(b"1".to_vec()), "{name}");
        assert_eq!(tree.get(b"k").unwrap(), None, "{name}");
        assert_eq!(
            tree.fetch_and_update(b"k", |_| None).unwrap(),
            None,
            "{name}"
        );
    }
}

/// The default `update` (by transaction) is what engines without their own get.
#[test]
fn the_default_update_is_atomic_too() {
    struct ByTransaction(MemoryEngine);
    impl Engine for ByTransaction {
        fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
            self.0.get(tree, key)
        }
        fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), StoreError> {
            self.0.insert(tree, key, value)
        }
        fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), StoreError> {
            self.0.remove(tree, key)
        }
        fn range(&self, tree: TreeId, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_> {
            self.0.range(tree, from, to)
        }
        fn transact(
            &self,
            trees: &[TreeId],
            body: &mut dyn FnMut(&dyn Txn) -> Result<Outcome, Conflict>,
        ) -> Result<(), StoreError> {
            self.0.transact(trees, body)
        }
        fn flush(&self) -> Result<(), StoreError> {
            Ok(())
        }
    }
    let tree = Tree::new(Arc::new(ByTransaction(MemoryEngine::new(1))), 0);
    std::thread::scope(|scope| {
        for _ in 0..4 {
            let tree = tree.clone();
            scope.spawn(move || {
                for _ in 0..50 {
                    tree.fetch_and_update(b"n", |old| {
                        let n = old.map_or(0, |r| r[0]);
                        Some(vec![n + 1])
                    })
                    .unwrap();
                }
            });
        }
    });
    assert_eq!(tree.get(b"n").unwrap(), Some(vec![200]));
    let old = tree.fetch_and_update(b"n", |_| None).unwrap();
    assert_eq!(old, Some(vec![200]));
    assert_eq!(tree.get(b"n").unwrap(), None);
}

#[test]
fn sled_keeps_what_was_flushed_across_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let engine = SledEngine::open(&path, &["a", "b"]).unwrap();
        engine.insert(1, b"k", b"v").unwrap();
        engine.flush().unwrap();
    }
    let engine = SledEngine::open(&path, &["a", "b"]).unwrap();
    assert_eq!(engine.get(1, b"k").unwrap(), Some(b"v".to_vec()));
    assert_eq!(
        engine.get(0, b"k").unwrap(),
        None,
        "trees are found by name"
    );
}

#[test]
fn a_prefix_ends_at_the_next_key_that_does_not_start_with_it() {
    assert_eq!(prefix_end(b"ab"), Some(b"ac".to_vec()));
    assert_eq!(prefix_end(b"a\xff"), Some(b"b".to_vec()));
    assert_eq!(prefix_end(b"\xff\xff"), None);
    assert_eq!(prefix_end(b""), None);
}
