//! Export and import: the whole database as JSON lines, one stored entry a line.
//!
//! The dump is generic over trees: every tree of the store is written, so trees that
//! later issues add (boards, reviews, the audit log) are backed up without a change
//! here. Values that are JSON (most of them) are embedded as they are stored, so a
//! dump is readable and greppable; keys and values that are not (big-endian ids,
//! zero-separated pairs) are text when they read as text, else hex. The first line names the format and the schema.
//!
//! ```text
//! {"stoa_export":1,"schema":1}
//! {"tree":"account_by_name","key":"amara","value":{"username":"amara",…}}
//! {"tree":"account_by_key","key":"SHA256:…","value_text":"amara"}
//! {"tree":"posts_by_thread","key_hex":"0000…","value_hex":""}
//! ```

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::{SCHEMA_KEY, SCHEMA_VERSION, Store, StoreError};

/// The dump format this build writes and reads.
pub const EXPORT_FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Header {
    stoa_export: u32,
    schema: u32,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    tree: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key_hex: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value_hex: Option<String>,
}

/// What an export or import covered.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DumpSummary {
    pub trees: usize,
    pub entries: u64,
}

impl Store {
    /// Writes every entry of every tree to `out`, as the forum stood at one
    /// moment even while members are posting: this is the online backup. An
    /// engine that can read at one moment (PostgreSQL: one REPEATABLE READ
    /// transaction) does, and writers go on; on another (sled), writers wait
    /// while it runs.
    pub fn export(&self, out: &mut impl Write) -> Result<DumpSummary, StoreError> {
        let schema = self.schema_version()?;
        let mut named: Vec<_> = self.named_trees().collect();
        named.sort_by_key(|(name, _)| *name);
        let ids: Vec<usize> = named
            .iter()
            .filter_map(|(name, _)| super::TREES.iter().position(|n| n == name))
            .collect();
        let mut summary = DumpSummary::default();
        let mut started = false;
        let mut last_tree = None;
        let mut visit = |tree: usize, key: &[u8], value: &[u8]| -> Result<(), StoreError> {
            if !started {
                write_line(
                    out,
                    &Header {
                        stoa_export: EXPORT_FORMAT,
                        schema,
                    },
                )?;
                started = true;
            }
            if last_tree != Some(tree) {
                summary.trees += 1;
                last_tree = Some(tree);
            }
            let name = super::TREES.get(tree).copied().unwrap_or("unknown");
            write_line(out, &entry(name, key, value))?;
            summary.entries += 1;
            Ok(())
        };
        match self.engine.read_at_one_moment(&ids, &mut visit) {
            Some(read) => read?,
            None => {
                let _quiet = self
                    .gate
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                for (&id, (_, tree)) in ids.iter().zip(&named) {
                    for item in tree.iter() {
                        let (key, value) = item?;
                        visit(id, &key, &value)?;
                    }
                }
            }
        }
        if !started {
            write_line(
                out,
                &Header {
                    stoa_export: EXPORT_FORMAT,
                    schema,
                },
            )?;
        }
        out.flush().map_err(dump_io)?;
        Ok(summary)
    }

    /// Loads a dump written by [`Store::export`] into this store, which must be new
    /// (nothing in it but its schema version). A dump from an older schema is
    /// migrated once loaded; one from a newer Stoa is refused before anything is
    /// written. The entries are durable when this returns.
    pub fn import(&self, input: impl BufRead) -> Result<DumpSummary, StoreError> {
        if !self.is_new() {
            return Err(StoreError::BadDump(
                "the data directory already holds a forum; import into an empty one".into(),
            ));
        }
        let _quiet = self
            .gate
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut lines = input.lines().enumerate();
        let header: Header = match lines.next() {
            Some((_, line)) => serde_json::from_str(&line.map_err(dump_io)?)
                .map_err(|_| StoreError::BadDump("line 1 is not a Stoa export header".into()))?,
            None => return Err(StoreError::BadDump("the dump is empty".into())),
        };
        if header.stoa_export != EXPORT_FORMAT {
            return Err(StoreError::BadDump(format!(
                "export format {} is not one this build reads ({EXPORT_FORMAT})",
                header.stoa_export
            )));
        }
        if header.schema > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                found: header.schema,
                supported: SCHEMA_VERSION,
            });
        }
        let summary = match self.load_entries(lines) {
            Ok(summary) => summary,
            Err(e) => {
                // All or nothing: a dump that fails halfway leaves the store as
                // new, so the corrected dump can be imported into it.
                self.forget_all()?;
                return Err(e);
            }
        };
        // The dump's own schema version came in with `meta`; bring it up to date.
        self.meta.insert(SCHEMA_KEY, header.schema.to_be_bytes())?;
        self.migrate(header.schema)?;
        self.meta.insert(SCHEMA_KEY, SCHEMA_VERSION.to_be_bytes())?;
        self.durable()?;
        Ok(summary)
    }

    /// Writes each entry of the dump's lines (after the header).
    fn load_entries(
        &self,
        lines: impl Iterator<Item = (usize, std::io::Result<String>)>,
    ) -> Result<DumpSummary, StoreError> {
        let mut summary = DumpSummary::default();
        let mut seen_trees = std::collections::BTreeSet::new();
        // Named once: a dump has hundreds of thousands of lines.
        let trees: Vec<_> = self.named_trees().collect();
        for (index, line) in lines {
            let line = line.map_err(dump_io)?;
            if line.trim().is_empty() {
                continue;
            }
            let at = |what: String| StoreError::BadDump(format!("line {}: {what}", index + 1));
            let entry: Entry = serde_json::from_str(&line).map_err(|e| at(e.to_string()))?;
            let key = match (&entry.key, &entry.key_hex) {
                (Some(text), None) => text.as_bytes().to_vec(),
                (None, Some(hex)) => {
                    from_hex(hex).ok_or_else(|| at("key_hex is not hex".into()))?
                }
                _ => return Err(at("needs exactly one of key and key_hex".into())),
            };
            let value = match (&entry.value, &entry.value_text, &entry.value_hex) {
                (Some(raw), None, None) => raw.get().as_bytes().to_vec(),
                (None, Some(text), None) => text.as_bytes().to_vec(),
                (None, None, Some(hex)) => {
                    from_hex(hex).ok_or_else(|| at("value_hex is not hex".into()))?
                }
                _ => {
                    return Err(at(
                        "needs exactly one of value, value_text and value_hex".into()
                    ));
                }
            };
            let Some((_, tree)) = trees.iter().find(|(name, _)| *name == entry.tree) else {
                return Err(at(format!("Stoa has no tree named {:?}", entry.tree)));
            };
            tree.insert(key, value)?;
            seen_trees.insert(entry.tree);
            summary.entries += 1;
        }
        summary.trees = seen_trees.len();
        Ok(summary)
    }

    /// Removes every entry but the schema version: a store as new.
    fn forget_all(&self) -> Result<(), StoreError> {
        for (_, tree) in self.named_trees() {
            for key in tree.iter().keys() {
                let key = key?;
                if key != SCHEMA_KEY {
                    tree.remove(key)?;
                }
            }
        }
        self.durable()
    }

    /// True when no tree holds anything but the schema version.
    fn is_new(&self) -> bool {
        self.named_trees().all(|(_, tree)| {
            tree.iter()
                .keys()
                .all(|key| key.is_ok_and(|k| k == SCHEMA_KEY))
        })
    }
}

fn entry(tree: &str, key: &[u8], value: &[u8]) -> Entry {
    let (key, key_hex) = match readable(key) {
        Some(text) => (Some(text.to_string()), None),
        None => (None, Some(to_hex(key))),
    };
    // Embedded only when the stored bytes are JSON exactly as they will be read back:
    // a reader skips whitespace around a value, so bytes with it at either end
    // would come back shorter.
    let raw = std::str::from_utf8(value)
        .ok()
        .filter(|text| text.trim() == *text)
        .and_then(|text| RawValue::from_string(text.to_string()).ok());
    let value_text = match raw {
        Some(_) => None,
        None => readable(value).map(str::to_string),
    };
    let value_hex = (raw.is_none() && value_text.is_none()).then(|| to_hex(value));
    Entry {
        tree: tree.to_string(),
        key,
        key_hex,
        value: raw,
        value_text,
        value_hex,
    }
}

/// Bytes that read as text: names and name-zero-name pairs. Big-endian ids (which
/// start with zero bytes), empty values and anything else binary are not.
pub(super) fn readable(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes).ok().filter(|text| {
        !text.is_empty()
            && !text.starts_with('\0')
            && !text.chars().any(|c| c != '\0' && c.is_control())
    })
}

fn write_line(out: &mut impl Write, item: &impl Serialize) -> Result<(), StoreError> {
    serde_json::to_writer(&mut *out, item).map_err(|e| StoreError::BadDump(e.to_string()))?;
    out.write_all(b"\n").map_err(dump_io)
}

fn dump_io(e: std::io::Error) -> StoreError {
    StoreError::BadDump(format!("cannot read or write the dump: {e}"))
}

pub(super) fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_rejects_garbage() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(from_hex(&to_hex(&bytes)).unwrap(), bytes);
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
        assert_eq!(from_hex("é1"), None);
    }

    #[test]
    fn json_values_are_embedded_text_is_text_and_binary_is_hex() {
        let line = serde_json::to_string(&entry("t", b"amara", br#"{"a":1}"#)).unwrap();
        assert_eq!(line, r#"{"tree":"t","key":"amara","value":{"a":1}}"#);
        let line = serde_json::to_string(&entry("t", &[0, 5], &[0, 0, 7])).unwrap();
        assert_eq!(
            line,
            r#"{"tree":"t","key_hex":"0005","value_hex":"000007"}"#
        );
        // JSON that would not come back byte for byte is kept as text instead.
        let line = serde_json::to_string(&entry("t", b"k", b" 1")).unwrap();
        assert_eq!(line, r#"{"tree":"t","key":"k","value_text":" 1"}"#);
    }

    #[test]
    fn an_import_refuses_a_forum_that_has_data_and_a_newer_dump() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let newer = format!("{{\"stoa_export\":1,\"schema\":{}}}\n", SCHEMA_VERSION + 1);
        let err = store.import(newer.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("newer version of Stoa"), "{err}");
        let err = store.import(&b"not json\n"[..]).unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
        let bad = "{\"stoa_export\":1,\"schema\":1}\n{\"tree\":\"x\",\"key\":\"k\"}\n";
        let err = store.import(bad.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let stranger = "{\"tree\":\"x\",\"key\":\"k\",\"value\":1}\n";
        let header = "{\"stoa_export\":1,\"schema\":1}\n";
        let err = store
            .import(format!("{header}{stranger}").as_bytes())
            .unwrap_err();
        assert!(
            err.to_string().contains("line 2: Stoa has no tree named"),
            "{err}"
        );
        let good = "{\"tree\":\"community_by_slug\",\"key\":\"care\",\"value\":{}}\n";
        let halfway = format!("{header}{good}{stranger}");
        let err = store.import(halfway.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
        assert!(store.is_new(), "nothing of a dump refused halfway is kept");

        store
            .put_community(&crate::testkit::community("care"))
            .unwrap();
        let err = store
            .import(&b"{\"stoa_export\":1,\"schema\":1}\n"[..])
            .unwrap_err();
        assert!(err.to_string().contains("already holds a forum"), "{err}");
    }
}
