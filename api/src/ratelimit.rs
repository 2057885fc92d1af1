//! Per-client rate limiting: a token bucket per client, refilled at
//! `server.rate_limit_per_minute` requests a minute with bursts up to that many. Over the limit a
//! client gets 429 with `Retry-After`.
//!
//! A client is its address as [`crate::client`] reads it (through trusted proxies), an IPv6
//! client its /64 network: one host usually holds a whole /64, so counting its addresses one by
//! one would give it billions of buckets.
//!
//! The buckets are split into shards by client, each behind its own lock, and each shard keeps
//! two generations of buckets: when the current one is full it becomes the previous one (and
//! the previous one is dropped), and a client found only in the previous generation moves back
//! into the current. So memory is bounded, clients that went quiet are forgotten first, and no
//! request ever walks the table.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::client::Client;
use crate::error::ApiError;
use crate::state::AppState;

/// Buckets kept at most over all shards and both generations (about 64 bytes each).
const MAX_CLIENTS: usize = 100_000;
/// Shards of the table (a power of two).
const SHARDS: usize = 16;
/// Buckets in one generation of one shard.
const PER_GENERATION: usize = MAX_CLIENTS / SHARDS / 2;

/// One client's bucket.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// The key a client is counted under: an IPv4 address, or an IPv6 /64 network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    V4(u32),
    V6Net(u64),
}

impl Key {
    fn of(ip: IpAddr) -> Self {
        match ip {
            IpAddr::V4(v4) => Key::V4(v4.into()),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Key::V4(v4.into()),
                None => Key::V6Net((u128::from(v6) >> 64) as u64),
            },
        }
    }

    fn shard(self) -> usize {
        let n = match self {
            Key::V4(n) => u64::from(n),
            Key::V6Net(n) => n,
        };
        // Fibonacci hashing spreads neighbouring networks over the shards.
        (n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 60) as usize % SHARDS
    }
}

#[derive(Debug, Default)]
struct Shard {
    current: HashMap<Key, Bucket>,
    previous: HashMap<Key, Bucket>,
}

/// The rate limiter shared by every request.
#[derive(Debug)]
pub struct RateLimiter {
    /// Bucket size: the burst allowed; 0 allows everything.
    capacity: f64,
    /// Tokens that come back a second.
    per_second: f64,
    /// std mutexes: each held for one lookup, never across an `.await`; a request takes one.
    shards: Vec<Mutex<Shard>>,
}

impl RateLimiter {
    /// A limiter allowing `per_minute` requests a minute per client; 0 allows everything.
    pub fn new(per_minute: u32) -> Self {
        Self::with_period(per_minute, 60.0)
    }

    /// A limiter allowing `per_hour` requests an hour per client; 0 allows everything.
    pub fn per_hour(per_hour: u32) -> Self {
        Self::with_period(per_hour, 3600.0)
    }

    fn with_period(count: u32, seconds: f64) -> Self {
        RateLimiter {
            capacity: f64::from(count),
            per_second: f64::from(count) / seconds,
            shards: (0..SHARDS).map(|_| Mutex::new(Shard::default())).collect(),
        }
    }

    /// Takes one request's token for `client` at `now`; `Err(seconds)` to wait when none is left.
    pub fn check(&self, client: IpAddr, now: Instant) -> Result<(), u64> {
        if self.capacity == 0.0 {
            return Ok(());
        }
        let (capacity, per_second) = (self.capacity, self.per_second);
        let key = Key::of(client);
        let mut shard = self.shards[key.shard()]
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        let known = shard
            .current
            .get(&key)
            .copied()
            .or_else(|| shard.previous.remove(&key));
        if known.is_none() && shard.current.len() >= PER_GENERATION {
            // Dropping a map of plain values frees its memory without visiting the entries.
            shard.previous = std::mem::take(&mut shard.current);
        }
        let mut bucket = known.unwrap_or(Bucket {
            tokens: capacity,
            updated: now,
        });
        let refill = now.saturating_duration_since(bucket.updated).as_secs_f64() * per_second;
        bucket.tokens = (bucket.tokens + refill).min(capacity);
        bucket.updated = now;
        let outcome = if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - bucket.tokens) / per_second).ceil().max(1.0) as u64)
        };
        shard.current.insert(key, bucket);
        outcome
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.shards
            .iter()
            .map(|s| {
                let s = s.lock().unwrap();
                s.current.len() + s.previous.len()
            })
            .sum()
    }
}

/// Middleware: answers 429 when the client is over its limit. Requests without a known client
/// (a router driven in-process) pass.
pub async fn limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let client = request
        .extensions()
        .get::<Client>()
        .map(|c| c.ip)
        .or_else(|| {
            request
                .extensions()
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(addr)| addr.ip())
        });
    if let Some(client) = client {
        if let Err(retry_after_s) = state.rate_limiter().check(client, Instant::now()) {
            return ApiError::TooManyRequests { retry_after_s }.into_response();
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_client_gets_its_burst_then_waits_while_others_are_unaffected() {
        let limiter = RateLimiter::new(60);
        let start = Instant::now();
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..60 {
            assert!(limiter.check(a, start).is_ok());
        }
        assert_eq!(limiter.check(a, start), Err(1));
        assert!(
            limiter.check(b, start).is_ok(),
            "another client has its own bucket"
        );
        // One token a second comes back.
        assert!(limiter
            .check(a, start + Duration::from_millis(1000))
            .is_ok());
        assert!(limiter
            .check(a, start + Duration::from_millis(1000))
            .is_err());
    }

    #[test]
    fn an_ipv6_client_is_its_64_network() {
        let limiter = RateLimiter::new(10);
        let now = Instant::now();
        for i in 0..10u16 {
            let ip = IpAddr::from([0x2001, 0xdb8, 0, 1, i, i, i, i]);
            assert!(limiter.check(ip, now).is_ok());
        }
        let same_net: IpAddr = "2001:db8:0:1:ffff::1".parse().unwrap();
        assert!(limiter.check(same_net, now).is_err(), "one /64, one bucket");
        let next_net: IpAddr = "2001:db8:0:2::1".parse().unwrap();
        assert!(limiter.check(next_net, now).is_ok());
        let mapped: IpAddr = "::ffff:192.0.2.9".parse().unwrap();
        let plain: IpAddr = "192.0.2.9".parse().unwrap();
        for _ in 0..10 {
            assert!(limiter.check(mapped, now).is_ok());
        }
        assert!(
            limiter.check(plain, now).is_err(),
            "mapped is the same client"
        );
    }

    #[test]
    fn an_hourly_limit_refills_slowly() {
        let limiter = RateLimiter::per_hour(2);
        let start = Instant::now();
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        assert!(limiter.check(a, start).is_ok());
        assert!(limiter.check(a, start).is_ok());
        assert_eq!(limiter.check(a, start), Err(1800));
        assert!(limiter.check(a, start + Duration::from_secs(1800)).is_ok());
    }

    #[test]
    fn zero_turns_limiting_off() {
        let limiter = RateLimiter::new(0);
        let now = Instant::now();
        for _ in 0..10_000 {
            assert!(limiter.check("192.0.2.1".parse().unwrap(), now).is_ok());
        }
    }

    #[test]
    fn the_table_of_clients_stays_bounded_and_keeps_active_clients() {
        let limiter = RateLimiter::new(10);
        let now = Instant::now();
        let busy: IpAddr = "192.0.2.77".parse().unwrap();
        for _ in 0..10 {
            let _ = limiter.check(busy, now);
        }
        for i in 0..(3 * MAX_CLIENTS as u32) {
            let ip = IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + i));
            let _ = limiter.check(ip, now);
            if i % 1000 == 0 {
                // A client that keeps coming back keeps its (empty) bucket.
                assert!(limiter.check(busy, now).is_err(), "after {i} others");
            }
        }
        assert!(limiter.len() <= MAX_CLIENTS, "{}", limiter.len());
    }
}
