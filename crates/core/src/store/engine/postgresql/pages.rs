//! A range of a tree read a page at a time, from either end: a scan holds no
//! connection between pages, so a member reading a long list does not keep one
//! of the pool's connections from everyone else.
//!
//! The keys not yet read lie between `low` and `high`; the pages read from the
//! front sit below `low` and those read from the back above `high`, so the two
//! ends never hand out a key twice, however they are interleaved.

use std::collections::VecDeque;
use std::ops::Bound;
use std::sync::Arc;

use postgres::types::ToSql;

use super::pool::Pool;
use super::statement;
use crate::store::StoreError;
use crate::store::engine::Pair;

/// Rows fetched per page: a screenful of most lists, and few round trips for
/// a whole tree.
const PAGE: i64 = 256;

pub(super) struct Pages {
    pool: Arc<Pool>,
    tree: String,
    low: Bound<Vec<u8>>,
    high: Bound<Vec<u8>>,
    /// Read from the front, in key order.
    front: VecDeque<Pair>,
    /// Read from the back, in key order.
    back: VecDeque<Pair>,
    /// Nothing is left between `low` and `high`.
    exhausted: bool,
}

impl Pages {
    pub(super) fn new(
        pool: Arc<Pool>,
        tree: String,
        low: Bound<Vec<u8>>,
        high: Bound<Vec<u8>>,
    ) -> Pages {
        Pages {
            pool,
            tree,
            low,
            high,
            front: VecDeque::new(),
            back: VecDeque::new(),
            exhausted: false,
        }
    }

    /// Reads the next page from the front (`ascending`) or the back.
    fn fetch(&mut self, ascending: bool) -> Result<(), StoreError> {
        let (tree, low, high) = (self.tree.clone(), self.low.clone(), self.high.clone());
        let rows: Vec<Pair> = self.pool.run(move |connection| {
            let mut sql = String::from("SELECT key, value FROM stoa_kv WHERE tree = $1");
            let mut params: Vec<Box<dyn ToSql + Sync + Send>> = vec![Box::new(tree)];
            for (bound, included, excluded) in [(&low, ">=", ">"), (&high, "<=", "<")] {
                let (op, key) = match bound {
                    Bound::Included(k) => (included, k),
                    Bound::Excluded(k) => (excluded, k),
                    Bound::Unbounded => continue,
                };
                params.push(Box::new(key.clone()));
                sql.push_str(&format!(" AND key {op} ${}", params.len()));
            }
            let order = if ascending { "ASC" } else { "DESC" };
            sql.push_str(&format!(" ORDER BY key {order} LIMIT {PAGE}"));
            let refs: Vec<&(dyn ToSql + Sync)> = params
                .iter()
                .map(|p| p.as_ref() as &(dyn ToSql + Sync))
                .collect();
            let rows = statement(connection, |db| db.query(&sql, &refs))?;
            Ok(rows
                .into_iter()
                .map(|row| (row.get::<_, Vec<u8>>(0), row.get::<_, Vec<u8>>(1)))
                .collect())
        })?;
        if (rows.len() as i64) < PAGE {
            self.exhausted = true;
        }
        if ascending {
            if let Some((last, _)) = rows.last() {
                self.low = Bound::Excluded(last.clone());
            }
            self.front.extend(rows);
        } else {
            if let Some((last, _)) = rows.last() {
                self.high = Bound::Excluded(last.clone());
            }
            for row in rows {
                self.back.push_front(row);
            }
        }
        Ok(())
    }

    fn failed(&mut self, e: StoreError) -> Option<Result<Pair, StoreError>> {
        // One error, then the end: a retry would start from where it stood.
        self.exhausted = true;
        self.front.clear();
        self.back.clear();
        Some(Err(e))
    }
}

impl Iterator for Pages {
    type Item = Result<Pair, StoreError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.front.is_empty()
            && !self.exhausted
            && let Err(e) = self.fetch(true)
        {
            return self.failed(e);
        }
        match self.front.pop_front() {
            Some(pair) => Some(Ok(pair)),
            None => self.back.pop_front().map(Ok),
        }
    }
}

impl DoubleEndedIterator for Pages {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.back.is_empty()
            && !self.exhausted
            && let Err(e) = self.fetch(false)
        {
            return self.failed(e);
        }
        match self.back.pop_back() {
            Some(pair) => Some(Ok(pair)),
            None => self.front.pop_back().map(Ok),
        }
    }
}
