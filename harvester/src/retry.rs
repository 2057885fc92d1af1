//! When to retry a request and how long to wait: timeouts, connection errors, broken bodies,
//! 429 and 5xx are retried with exponential backoff and jitter; `Retry-After` (seconds or HTTP
//! date) is honoured up to a cap. Other 4xx are not retried.

use std::time::{Duration, SystemTime};

/// True for HTTP statuses worth asking again.
pub fn is_retryable_status(status: u16) -> bool {
    status == 429 || status == 408 || (500..=599).contains(&status) && status != 501
}

/// The wait a `Retry-After` header asks for: delta-seconds or an HTTP date.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The delay before retry number `attempt` (0-based): `base * 2^attempt`, with up to 50% random
/// jitter so that many harvesters do not retry in step, capped at `max`. A server's
/// `Retry-After` replaces the backoff, capped likewise.
pub fn delay(
    attempt: u32,
    base: Duration,
    max: Duration,
    retry_after: Option<Duration>,
) -> Duration {
    if let Some(wait) = retry_after {
        return wait.min(max);
    }
    let exp = base.saturating_mul(1u32 << attempt.min(16));
    let jitter = exp.mul_f64(fastrand::f64() * 0.5);
    (exp + jitter).min(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_only_what_can_recover() {
        for s in [429, 500, 502, 503, 504, 408] {
            assert!(is_retryable_status(s), "{s}");
        }
        for s in [200, 301, 400, 401, 403, 404, 422, 501] {
            assert!(!is_retryable_status(s), "{s}");
        }
    }

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        // A date in the past means "now".
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let base = Duration::from_secs(1);
        let max = Duration::from_secs(60);
        for attempt in 0..4 {
            let d = delay(attempt, base, max, None);
            let floor = base * (1 << attempt);
            assert!(d >= floor && d <= floor.mul_f64(1.5), "{attempt}: {d:?}");
        }
        assert_eq!(delay(20, base, max, None), max);
        assert_eq!(delay(0, base, max, Some(Duration::from_secs(3600))), max);
        assert_eq!(
            delay(3, base, max, Some(Duration::from_secs(5))),
            Duration::from_secs(5)
        );
    }
}
