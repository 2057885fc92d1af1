//! Stateless resumption tokens: everything needed to continue a list travels in the token (the
//! original arguments, the position after the last item sent, and the cursor), so a token can be
//! used again and survives a restart of the server.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::request::ListArgs;

/// The state a token carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// metadataPrefix.
    pub p: String,
    /// from.
    pub f: Option<String>,
    /// until.
    pub u: Option<String>,
    /// set.
    pub s: Option<String>,
    /// `updated` of the last item sent.
    pub t: String,
    /// rowid of the last item sent.
    pub r: i64,
    /// Items sent before the next page (the next page's `cursor`).
    pub c: u64,
}

impl Token {
    /// The token for the page after position (`t`, `r`).
    pub fn new(args: &ListArgs, t: String, r: i64, c: u64) -> Self {
        Token {
            p: args.metadata_prefix.clone(),
            f: args.from.clone(),
            u: args.until.clone(),
            s: args.set.clone(),
            t,
            r,
            c,
        }
    }

    /// The original arguments.
    pub fn args(&self) -> ListArgs {
        ListArgs {
            metadata_prefix: self.p.clone(),
            from: self.f.clone(),
            until: self.u.clone(),
            set: self.s.clone(),
        }
    }

    /// The token as sent.
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    /// Reads a token; `None` if it is not one of ours.
    pub fn decode(text: &str) -> Option<Self> {
        let bytes = URL_SAFE_NO_PAD.decode(text.trim()).ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_reject_garbage() {
        let args = ListArgs {
            metadata_prefix: "lom".into(),
            from: Some("2024-01-01T00:00:00Z".into()),
            until: None,
            set: Some("open".into()),
        };
        let token = Token::new(&args, "2024-05-01T10:00:00Z".into(), 42, 100);
        let back = Token::decode(&token.encode()).unwrap();
        assert_eq!(back, token);
        assert_eq!(back.args(), args);
        assert_eq!(Token::decode("garbage"), None);
        assert_eq!(Token::decode(""), None);
    }
}
