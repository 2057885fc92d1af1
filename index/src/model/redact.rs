//! Credentials in source URLs, hidden from everyone but the harvester.
//!
//! A repository may be registered as `https://user:password@host/oai` or with an access key in
//! its query (`?token=…`). The harvester needs them; the API, the pages, the OAI-PMH set names,
//! the command line's listings and the harvest errors shown to operators get [`url`] or
//! [`text`] instead, which replace them with `***`.

use std::borrow::Cow;

/// Query parameters whose values are taken as secrets.
const SECRET_PARAMETERS: &[&str] = &[
    "token",
    "access_token",
    "api_key",
    "apikey",
    "key",
    "password",
    "passwd",
    "pwd",
    "secret",
    "auth",
    "signature",
    "sig",
];

/// The URL with its user information and secret query values replaced by `***`.
pub fn url(value: &str) -> Cow<'_, str> {
    text(value)
}

/// `value` with every URL in it redacted as [`url`] does (for error messages that quote URLs).
pub fn text(value: &str) -> Cow<'_, str> {
    if !value.contains("://") {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find("://") {
        let (before, after) = rest.split_at(at + 3);
        out.push_str(before);
        let end = after
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
            .unwrap_or(after.len());
        let (address, tail) = after.split_at(end);
        redact_address(address, &mut out);
        rest = tail;
    }
    out.push_str(rest);
    if out == value {
        Cow::Borrowed(value)
    } else {
        Cow::Owned(out)
    }
}

/// Writes `authority/path?query#fragment` (what follows `scheme://`) with secrets hidden.
fn redact_address(address: &str, out: &mut String) {
    let authority_end = address.find(['/', '?', '#']).unwrap_or(address.len());
    let (authority, path) = address.split_at(authority_end);
    match authority.rfind('@') {
        Some(at) => {
            out.push_str("***@");
            out.push_str(&authority[at + 1..]);
        }
        None => out.push_str(authority),
    }
    let (path, fragment) = match path.find('#') {
        Some(i) => path.split_at(i),
        None => (path, ""),
    };
    match path.split_once('?') {
        Some((path, query)) => {
            out.push_str(path);
            out.push('?');
            for (i, pair) in query.split('&').enumerate() {
                if i > 0 {
                    out.push('&');
                }
                match pair.split_once('=') {
                    Some((name, _)) if is_secret(name) => {
                        out.push_str(name);
                        out.push_str("=***");
                    }
                    _ => out.push_str(pair),
                }
            }
        }
        None => out.push_str(path),
    }
    out.push_str(fragment);
}

fn is_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    SECRET_PARAMETERS.contains(&name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_hidden_and_everything_else_kept() {
        let cases = [
            ("https://oer.example.org/oai", "https://oer.example.org/oai"),
            (
                "https://harvest:s3cret@oer.example.org/oai",
                "https://***@oer.example.org/oai",
            ),
            (
                "http://only-user@oer.example.org:8080/oai?verb=Identify",
                "http://***@oer.example.org:8080/oai?verb=Identify",
            ),
            (
                "https://oer.example.org/oai?set=x&Token=abc&api_key=def#top",
                "https://oer.example.org/oai?set=x&Token=***&api_key=***#top",
            ),
            (
                "https://a:b@c@oer.example.org/oai",
                "https://***@oer.example.org/oai",
            ),
            (
                "https://oer.example.org/user@x/oai",
                "https://oer.example.org/user@x/oai",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(url(input), expected, "{input}");
        }
        assert_eq!(
            text(
                "https://u:p@a.example/oai?verb=Identify: timed out; see \"http://x:y@b.example\""
            ),
            "https://***@a.example/oai?verb=Identify: timed out; see \"http://***@b.example\""
        );
        assert!(matches!(text("no url here"), Cow::Borrowed(_)));
    }
}
