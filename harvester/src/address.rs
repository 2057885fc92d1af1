//! Which network addresses a harvest may reach. Registration and harvests refuse hosts that
//! resolve to loopback, private, link-local, unique-local, multicast or otherwise special
//! addresses (server-side request forgery), unless `harvest.allow_private_networks` is set.
//!
//! Numeric host forms (`2130706433`, `0x7f.1`) are normalised by the URL parser to dotted
//! IPv4 before they reach this check; names are checked after DNS resolution, in the resolver
//! the HTTP client uses, so redirects and re-resolution are covered too.
//!
//! IPv6 forms that carry an IPv4 address (IPv4-mapped and -compatible, NAT64 `64:ff9b::/96`,
//! 6to4 `2002::/16`, Teredo `2001::/32`) are judged by the IPv4 address they lead to, since a
//! translator or relay forwards the request there; the local-use NAT64 prefix `64:ff9b:1::/48`
//! only exists inside a private network and is refused whole.

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
    } else if a == 198 && (b == 18 || b == 19) {
        "benchmarking"
    } else if a == 192 && b == 0 && ip.octets()[2] == 0 {
        "IETF protocol assignment"
    } else if a >= 240 {
        "reserved"
    } else {
        return None;
    })
}

fn v6_kind(ip: Ipv6Addr) -> Option<&'static str> {
    if let Some(v4) = embedded_v4(ip) {
        return v4_kind(v4);
    }
    let segments = ip.segments();
    let first = segments[0];
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
    } else if segments[..3] == [0x64, 0xff9b, 1] {
        "local-use NAT64"
    } else if let Some(v4) = ip.to_ipv4() {
        // IPv4-compatible (::a.b.c.d) forms.
        return v4_kind(v4).or(Some("IPv4-compatible"));
    } else {
        return None;
    })
}

/// The IPv4 address a NAT64 (`64:ff9b::/96`), 6to4 (`2002::/16`) or Teredo (`2001::/32`)
/// address leads to.
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = ip.segments();
    let v4 = |high: u16, low: u16| Ipv4Addr::from((u32::from(high) << 16) | u32::from(low));
    match s {
        [0x64, 0xff9b, 0, 0, 0, 0, high, low] => Some(v4(high, low)),
        [0x2002, high, low, ..] => Some(v4(high, low)),
        // Teredo: the client's address, each bit inverted, in the last 32 bits.
        [0x2001, 0, _, _, _, _, high, low] => Some(v4(!high, !low)),
        _ => None,
    }
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
            ("198.18.0.1", Some("benchmarking")),
            ("198.19.255.254", Some("benchmarking")),
            ("198.20.0.1", None),
            ("192.0.0.8", Some("IETF protocol assignment")),
            ("192.0.1.1", None),
            // NAT64 leads to the embedded address.
            ("64:ff9b::7f00:1", Some("loopback")),
            ("64:ff9b::a9fe:a9fe", Some("link-local")),
            ("64:ff9b::c0a8:101", Some("private")),
            ("64:ff9b::808:808", None),
            ("64:ff9b:1::1", Some("local-use NAT64")),
            ("64:ff9b:1:abcd::808:808", Some("local-use NAT64")),
            // 6to4: the IPv4 address in bits 16-47.
            ("2002:7f00:1::1", Some("loopback")),
            ("2002:0a00:0001::", Some("private")),
            ("2002:c612:1::1", Some("benchmarking")),
            ("2002:808:808::1", None),
            // Teredo: the client address, inverted, in the last 32 bits.
            ("2001:0:4136:e378:8000:63bf:80ff:fffe", Some("loopback")),
            ("2001:0:4136:e378:8000:63bf:f5ff:fefe", Some("private")),
            ("2001:0:4136:e378:8000:63bf:f7f7:f7f7", None),
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
