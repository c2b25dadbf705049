//! Connection limits: who may connect, and who keeps their place when places run out.
//!
//! - Connections are capped in total and per source address (an IPv6 client is
//!   counted by its /64, which one subscriber holds whole), so one address cannot
//!   take every place.
//! - A connection that has not logged in yet draws on a budget of its own, much
//!   smaller than the total, and has a few seconds to say it speaks SSH. A flood
//!   of silent connections therefore never holds the places of logged-in members.
//! - When places run out, a newcomer takes the place of the oldest connection
//!   not yet a member's from the address that holds the most of them: a flood
//!   from a few addresses gives way to a member from a fresh one (issue 19:
//!   2,100 silent connects from 42 addresses used to shut everyone else out).
//!   A member's connection is never displaced. A guest's is, like one that has
//!   not logged in: any key logs in as a guest, so a guest's place is no more
//!   earned than a silent connection's.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

use crate::config::Limits;
use tokio::sync::Notify;

/// The part of an address that one subscriber controls: the address itself for
/// IPv4, the /64 for IPv6 (an IPv4-mapped address counts as its IPv4 address).
pub fn address_group(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let prefix = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(prefix.into())
            }
        },
    }
}

/// Why a connection was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    Full,
    AddressFull,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Full => write!(f, "the server holds its maximum number of connections"),
            Refusal::AddressFull => write!(f, "too many connections from this address"),
        }
    }
}

/// A connection that has not logged in yet, as the limits track it.
struct Waiting {
    group: IpAddr,
    /// Told when the connection must give its place up.
    evict: Arc<Notify>,
}

#[derive(Default)]
struct State {
    open: usize,
    by_group: HashMap<IpAddr, usize>,
    /// Connections not logged in yet, by admission number (so oldest first).
    waiting: std::collections::BTreeMap<u64, Waiting>,
    next: u64,
}

impl State {
    /// The connection to displace for a newcomer from `group`: the oldest of the
    /// group holding the most waiting connections (of groups holding as many,
    /// the one whose oldest is oldest), unless the newcomer's own group would
    /// become the biggest holder: it may not push others out to grow.
    fn victim(&self, group: IpAddr) -> Option<u64> {
        // Oldest first, so each group's first id is its oldest connection.
        let mut groups: HashMap<IpAddr, (usize, u64)> = HashMap::new();
        for (&id, w) in &self.waiting {
            groups.entry(w.group).or_insert((0, id)).0 += 1;
        }
        let own = groups.get(&group).map_or(0, |g| g.0);
        let &(most, oldest) = groups
            .values()
            .max_by_key(|(count, oldest)| (*count, std::cmp::Reverse(*oldest)))?;
        (own < most).then_some(oldest)
    }
}

pub struct Connections {
    limits: Limits,
    state: Mutex<State>,
}

/// A connection's place; it frees the place when dropped.
pub struct Admission {
    connections: Arc<Connections>,
    group: IpAddr,
    id: u64,
    /// Notified if the place is taken by a newcomer before this one logs in.
    pub evicted: Arc<Notify>,
}

impl Admission {
    /// A member's account logged in on this connection: it no longer draws on
    /// the budget of those that have not, and it can no longer be displaced.
    pub fn member(&self) {
        self.connections.lock().waiting.remove(&self.id);
    }
}

impl Drop for Admission {
    fn drop(&mut self) {
        let mut state = self.connections.lock();
        state.open = state.open.saturating_sub(1);
        state.waiting.remove(&self.id);
        if let Some(n) = state.by_group.get_mut(&self.group) {
            *n -= 1;
            if *n == 0 {
                state.by_group.remove(&self.group);
            }
        }
    }
}

impl Connections {
    pub fn new(limits: Limits) -> Arc<Connections> {
        Arc::new(Connections {
            limits,
            state: Mutex::default(),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Lets a new connection in, displacing a waiting one if it must, or says
    /// why not.
    pub fn admit(self: &Arc<Self>, address: IpAddr) -> Result<Admission, Refusal> {
        let group = address_group(address);
        let mut state = self.lock();
        if state.by_group.get(&group).copied().unwrap_or(0)
            >= self.limits.max_connections_per_address
        {
            return Err(Refusal::AddressFull);
        }
        let unauthenticated = self.limits.max_unauthenticated.max(1);
        let crowded =
            state.open >= self.limits.max_connections || state.waiting.len() >= unauthenticated;
        if crowded {
            let Some(victim) = state.victim(group) else {
                return Err(Refusal::Full);
            };
            if let Some(w) = state.waiting.remove(&victim) {
                // The accept loop logs it as the connection closes.
                tracing::debug!(address = %w.group, "a connection not yet a member's gives its place to a newcomer");
                w.evict.notify_one();
            }
            // The displaced connection's place is freed when it closes, an instant
            // from now; the newcomer may hold one place over the cap meanwhile.
        }
        *state.by_group.entry(group).or_insert(0) += 1;
        state.open += 1;
        state.next += 1;
        let id = state.next;
        let evicted = Arc::new(Notify::new());
        state.waiting.insert(
            id,
            Waiting {
                group,
                evict: evicted.clone(),
            },
        );
        Ok(Admission {
            connections: self.clone(),
            group,
            id,
            evicted,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    const HOME: IpAddr = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1));
    const AWAY: IpAddr = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 2));
    const FRESH: IpAddr = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 3));

    #[test]
    fn connections_are_capped_per_address_and_in_total_and_freed_on_drop() {
        let connections = Connections::new(Limits {
            max_connections: 3,
            max_connections_per_address: 2,
            ..Limits::default()
        });
        let a = connections.admit(HOME).unwrap();
        let b = connections.admit(HOME).unwrap();
        assert_eq!(connections.admit(HOME).err(), Some(Refusal::AddressFull));
        let c = connections.admit(AWAY).unwrap();
        for x in [&a, &b, &c] {
            x.member();
        }
        // Everyone is logged in: nobody can be displaced.
        assert_eq!(connections.admit(FRESH).err(), Some(Refusal::Full));
        drop(a);
        assert!(connections.admit(HOME).is_ok());
    }

    #[test]
    fn ipv6_addresses_count_by_their_64_prefix() {
        let connections = Connections::new(Limits {
            max_connections_per_address: 2,
            ..Limits::default()
        });
        let one: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let two: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        let _a = connections.admit(one).unwrap();
        let _b = connections.admit(two).unwrap();
        let three: IpAddr = "2001:db8:1:2:aaaa:bbbb:cccc:dddd".parse().unwrap();
        assert_eq!(connections.admit(three).err(), Some(Refusal::AddressFull));
        assert!(
            connections.admit(other).is_ok(),
            "another /64 is another subscriber"
        );
        let mapped = IpAddr::V6(Ipv4Addr::new(10, 0, 0, 1).to_ipv6_mapped());
        assert_eq!(address_group(mapped), HOME);
        assert_eq!(
            address_group(IpAddr::V6(Ipv6Addr::LOCALHOST)),
            IpAddr::V6(Ipv6Addr::UNSPECIFIED)
        );
    }

    #[test]
    fn a_flood_that_has_not_logged_in_gives_way_to_a_fresh_address() {
        let connections = Connections::new(Limits {
            max_connections: 100,
            max_unauthenticated: 10,
            ..Limits::default()
        });
        let member = connections.admit(AWAY).unwrap();
        member.member();
        let flood: Vec<Admission> = (0..10).map(|_| connections.admit(HOME).unwrap()).collect();
        // The flooding address cannot push its own out to grow...
        assert_eq!(connections.admit(HOME).err(), Some(Refusal::Full));
        // ...but a newcomer from elsewhere takes the oldest flood connection's place.
        let newcomer = connections.admit(FRESH).unwrap();
        let first = &flood[0];
        assert!(
            futures_ready(first.evicted.notified()),
            "the oldest was told to go"
        );
        assert!(!futures_ready(flood[1].evicted.notified()));
        drop(newcomer);
        drop(member);
    }

    #[test]
    fn among_addresses_holding_as_many_the_oldest_connection_goes() {
        let connections = Connections::new(Limits {
            max_unauthenticated: 3,
            ..Limits::default()
        });
        let address = |n: u8| IpAddr::V4(Ipv4Addr::new(10, 1, 0, n));
        let held: Vec<Admission> = (1..=3)
            .map(|n| connections.admit(address(n)).unwrap())
            .collect();
        let _newcomer = connections.admit(FRESH).unwrap();
        assert!(futures_ready(held[0].evicted.notified()), "the oldest went");
        assert!(!futures_ready(held[1].evicted.notified()));
        assert!(!futures_ready(held[2].evicted.notified()));
    }

    #[test]
    fn logged_in_members_hold_their_places_whatever_arrives() {
        let connections = Connections::new(Limits {
            max_connections: 3,
            max_unauthenticated: 3,
            ..Limits::default()
        });
        let members: Vec<Admission> = (0..3).map(|_| connections.admit(AWAY).unwrap()).collect();
        for m in &members {
            m.member();
        }
        for _ in 0..10 {
            assert_eq!(connections.admit(HOME).err(), Some(Refusal::Full));
        }
        assert!(members.iter().all(|m| !futures_ready(m.evicted.notified())));
    }

    /// Whether a `Notify` has a permit stored, without waiting.
    fn futures_ready(notified: tokio::sync::futures::Notified<'_>) -> bool {
        let mut notified = std::pin::pin!(notified);
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        std::future::Future::poll(notified.as_mut(), &mut cx).is_ready()
    }
}
