//! Which network addresses a harvest may reach. Registration and harvests refuse hosts that
//! resolve to loopback, private, link-local, unique-local, multicast or otherwise special
//! addresses (server-side request forgery), unless `harvest.allow_private_networks` is set.
//!
//! Numeric host forms (`2130706433`, `0x7f.1`) are normalised by the URL parser to dotted
//! IPv4 before they reach this check; names are checked after DNS resolution, in the resolver
//! the HTTP client uses, so redirects and re-resolution are covered too.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The kind of a forbidden address, or `None` when it is a public unicast address.
pub fn forbidden_kind(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => v4_kind(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return v4_kind(v4);
            }
            v6_kind(v6)
        }
    }
}

fn v4_kind(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, ..] = ip.octets();
    Some(if ip.is_loopback() {
        "loopback"
    } else if ip.is_private() {
        "private"
    } else if ip.is_link_local() {
        "link-local"
    } else if ip.is_multicast() {
        "multicast"
    } else if ip.is_unspecified() || a == 0 {
        "unspecified"
    } else if ip.is_broadcast() {
        "broadcast"
    } else if a == 100 && (64..128).contains(&b) {
        "shared (carrier-grade NAT)"
    } else if a >= 240 {
        "reserved"
    } else {
        return None;
    })
}

fn v6_kind(ip: Ipv6Addr) -> Option<&'static str> {
    let first = ip.segments()[0];
    Some(if ip.is_loopback() {
        "loopback"
    } else if ip.is_unspecified() {
        "unspecified"
    } else if ip.is_multicast() {
        "multicast"
    } else if first & 0xfe00 == 0xfc00 {
        "unique-local"
    } else if first & 0xffc0 == 0xfe80 {
        "link-local"
    } else if first & 0xffc0 == 0xfec0 {
        "site-local"
    } else if let Some(v4) = ip.to_ipv4() {
        // IPv4-compatible (::a.b.c.d) forms.
        return v4_kind(v4).or(Some("IPv4-compatible"));
    } else {
        return None;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_special_addresses() {
        let cases = [
            ("127.0.0.1", Some("loopback")),
            ("127.1.2.3", Some("loopback")),
            ("10.0.0.1", Some("private")),
            ("172.16.5.4", Some("private")),
            ("192.168.1.1", Some("private")),
            ("169.254.169.254", Some("link-local")),
            ("224.0.0.1", Some("multicast")),
            ("0.0.0.0", Some("unspecified")),
            ("100.64.0.1", Some("shared (carrier-grade NAT)")),
            ("255.255.255.255", Some("broadcast")),
            ("::1", Some("loopback")),
            ("::", Some("unspecified")),
            ("fc00::1", Some("unique-local")),
            ("fd12:3456::1", Some("unique-local")),
            ("fe80::1", Some("link-local")),
            ("ff02::1", Some("multicast")),
            ("::ffff:127.0.0.1", Some("loopback")),
            ("::ffff:10.1.2.3", Some("private")),
            ("8.8.8.8", None),
            ("193.175.1.1", None),
            ("2001:db8::1", None),
            ("2a00:1450:4001::1", None),
        ];
        for (ip, expected) in cases {
            assert_eq!(forbidden_kind(ip.parse().unwrap()), expected, "{ip}");
        }
    }

    #[test]
    fn numeric_host_forms_normalise_to_the_address_they_mean() {
        for url in [
            "http://2130706433/oai",
            "http://0x7f.1/oai",
            "http://0177.0.0.1/",
            "http://127.1/",
        ] {
            let parsed = url::Url::parse(url).unwrap();
            let Some(url::Host::Ipv4(ip)) = parsed.host() else {
                panic!("{url} did not parse to an IPv4 host");
            };
            assert_eq!(forbidden_kind(IpAddr::V4(ip)), Some("loopback"), "{url}");
        }
    }
}
