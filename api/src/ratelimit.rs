//! Per-client rate limiting: a token bucket per client IP address, refilled at
//! `server.rate_limit_per_minute` requests a minute with bursts up to that many. Over the limit a
//! client gets 429 with `Retry-After`. The table of buckets is bounded: when it is full, buckets
//! that have refilled completely (clients that went quiet) are dropped first.
//!
//! The client address is the TCP peer; behind a reverse proxy every request comes from the proxy,
//! so limit there instead (or set the limit to 0 to turn this off).

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::state::AppState;

/// Buckets kept at most (about 64 bytes each).
const MAX_CLIENTS: usize = 100_000;

/// One client's bucket.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// The rate limiter shared by every request.
#[derive(Debug)]
pub struct RateLimiter {
    per_minute: u32,
    /// A std mutex: held only for a map lookup, never across an `.await`.
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

impl RateLimiter {
    /// A limiter allowing `per_minute` requests a minute per client; 0 allows everything.
    pub fn new(per_minute: u32) -> Self {
        RateLimiter {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one request's token for `client` at `now`; `Err(seconds)` to wait when none is left.
    pub fn check(&self, client: IpAddr, now: Instant) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let capacity = f64::from(self.per_minute);
        let per_second = capacity / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() >= MAX_CLIENTS && !buckets.contains_key(&client) {
            buckets.retain(|_, b| {
                b.tokens + now.duration_since(b.updated).as_secs_f64() * per_second < capacity
            });
            if buckets.len() >= MAX_CLIENTS {
                // Every client is busy: the one seen longest ago makes room.
                if let Some(oldest) = buckets
                    .iter()
                    .min_by_key(|(_, b)| b.updated)
                    .map(|(ip, _)| *ip)
                {
                    buckets.remove(&oldest);
                }
            }
        }
        let bucket = buckets.entry(client).or_insert(Bucket {
            tokens: capacity,
            updated: now,
        });
        let refill = now.saturating_duration_since(bucket.updated).as_secs_f64() * per_second;
        bucket.tokens = (bucket.tokens + refill).min(capacity);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - bucket.tokens) / per_second).ceil().max(1.0) as u64)
        }
    }
}

/// Middleware: answers 429 when the client is over its limit. Requests without a known peer
/// address (a router driven in-process) pass.
pub async fn limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let client = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
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
    fn zero_turns_limiting_off() {
        let limiter = RateLimiter::new(0);
        let now = Instant::now();
        for _ in 0..10_000 {
            assert!(limiter.check("192.0.2.1".parse().unwrap(), now).is_ok());
        }
    }

    #[test]
    fn the_table_of_clients_stays_bounded() {
        let limiter = RateLimiter::new(10);
        let now = Instant::now();
        for i in 0..(MAX_CLIENTS as u32 + 500) {
            let ip = IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + i));
            let _ = limiter.check(ip, now);
        }
        assert!(limiter.buckets.lock().unwrap().len() <= MAX_CLIENTS);
    }
}
