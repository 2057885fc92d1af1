//! Reading an OAI-PMH request: the verb and its arguments, checked as the specification
//! requires (required, optional and exclusive arguments, no repeats, dates of one granularity).

use oerdex_index::timestamp;

/// An OAI-PMH error condition with its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OaiError {
    /// The error code (`badArgument`, `badVerb`...).
    pub code: &'static str,
    /// A message for the harvester's operator.
    pub message: String,
}

impl OaiError {
    /// An error with `code`.
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        OaiError {
            code,
            message: message.into(),
        }
    }
}

/// The arguments of a list request, as given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListArgs {
    /// `metadataPrefix`.
    pub metadata_prefix: String,
    /// `from`, normalised to seconds.
    pub from: Option<String>,
    /// `until`, normalised to seconds (a day means its last second).
    pub until: Option<String>,
    /// `set`.
    pub set: Option<String>,
}

/// A valid request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OaiRequest {
    /// Identify.
    Identify,
    /// ListMetadataFormats, optionally for one item.
    ListMetadataFormats {
        /// `identifier`.
        identifier: Option<String>,
    },
    /// ListSets (optionally resumed, though the sets fit one page).
    ListSets {
        /// `resumptionToken`.
        token: Option<String>,
    },
    /// GetRecord.
    GetRecord {
        /// `identifier`.
        identifier: String,
        /// `metadataPrefix`.
        metadata_prefix: String,
    },
    /// ListIdentifiers or ListRecords: fresh arguments or a token.
    List {
        /// True for ListRecords.
        records: bool,
        /// Fresh arguments or a resumption token.
        start: ListStart,
    },
}

/// How a list request starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListStart {
    /// New list.
    Args(ListArgs),
    /// Resumed list.
    Token(String),
}

/// Parses the request's arguments (query string or form body), in order as received.
pub fn parse(args: &[(String, String)]) -> Result<OaiRequest, OaiError> {
    let mut seen: Vec<&str> = Vec::new();
    for (key, _) in args {
        if seen.contains(&key.as_str()) {
            return Err(OaiError::new(
                "badArgument",
                format!("the argument {key} is repeated"),
            ));
        }
        seen.push(key);
    }
    let get = |key: &str| args.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let verb =
        get("verb").ok_or_else(|| OaiError::new("badVerb", "the verb argument is missing"))?;
    let allowed: &[&str] = match verb.as_str() {
        "Identify" => &[],
        "ListMetadataFormats" => &["identifier"],
        "ListSets" => &["resumptionToken"],
        "GetRecord" => &["identifier", "metadataPrefix"],
        "ListIdentifiers" | "ListRecords" => {
            &["metadataPrefix", "from", "until", "set", "resumptionToken"]
        }
        other => {
            return Err(OaiError::new(
                "badVerb",
                format!("{other:?} is not an OAI-PMH verb"),
            ))
        }
    };
    for key in &seen {
        if *key != "verb" && !allowed.contains(key) {
            return Err(OaiError::new(
                "badArgument",
                format!("{verb} does not take the argument {key}"),
            ));
        }
    }
    match verb.as_str() {
        "Identify" => Ok(OaiRequest::Identify),
        "ListMetadataFormats" => Ok(OaiRequest::ListMetadataFormats {
            identifier: get("identifier"),
        }),
        "ListSets" => Ok(OaiRequest::ListSets {
            token: get("resumptionToken"),
        }),
        "GetRecord" => Ok(OaiRequest::GetRecord {
            identifier: get("identifier")
                .ok_or_else(|| OaiError::new("badArgument", "GetRecord needs identifier"))?,
            metadata_prefix: get("metadataPrefix")
                .ok_or_else(|| OaiError::new("badArgument", "GetRecord needs metadataPrefix"))?,
        }),
        _ => {
            let records = verb == "ListRecords";
            if let Some(token) = get("resumptionToken") {
                if seen.len() > 2 {
                    return Err(OaiError::new(
                        "badArgument",
                        "resumptionToken is an exclusive argument",
                    ));
                }
                return Ok(OaiRequest::List {
                    records,
                    start: ListStart::Token(token),
                });
            }
            let metadata_prefix = get("metadataPrefix").ok_or_else(|| {
                OaiError::new("badArgument", format!("{verb} needs metadataPrefix"))
            })?;
            let from = get("from").map(|v| parse_date(&v, "from")).transpose()?;
            let until = get("until").map(|v| parse_date(&v, "until")).transpose()?;
            if let (Some((f, fg)), Some((u, ug))) = (&from, &until) {
                if fg != ug {
                    return Err(OaiError::new(
                        "badArgument",
                        "from and until have different granularities",
                    ));
                }
                if f > u {
                    return Err(OaiError::new("badArgument", "from is later than until"));
                }
            }
            Ok(OaiRequest::List {
                records,
                start: ListStart::Args(ListArgs {
                    metadata_prefix,
                    from: from.map(|(f, _)| f),
                    until: until.map(|(u, day)| {
                        if day {
                            format!("{}T23:59:59Z", &u[..10])
                        } else {
                            u
                        }
                    }),
                    set: get("set"),
                }),
            })
        }
    }
}

/// A `from`/`until` value: `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ` exactly; returns it in
/// seconds and whether it was day-granular.
fn parse_date(value: &str, name: &str) -> Result<(String, bool), OaiError> {
    let bad = || {
        OaiError::new(
            "badArgument",
            format!("{name}={value:?} is not YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"),
        )
    };
    let shape_ok = match value.len() {
        10 => true,
        20 => value.as_bytes()[10] == b'T' && value.ends_with('Z'),
        _ => false,
    };
    if !shape_ok {
        return Err(bad());
    }
    let normalized = timestamp::normalize(value).ok_or_else(bad)?;
    Ok((normalized, value.len() == 10))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn code(pairs: &[(&str, &str)]) -> &'static str {
        parse(&args(pairs)).unwrap_err().code
    }

    #[test]
    fn valid_requests() {
        assert_eq!(
            parse(&args(&[("verb", "Identify")])).unwrap(),
            OaiRequest::Identify
        );
        let r = parse(&args(&[
            ("verb", "ListRecords"),
            ("metadataPrefix", "oai_dc"),
            ("from", "2024-01-01"),
            ("until", "2024-01-31"),
        ]))
        .unwrap();
        let OaiRequest::List {
            records: true,
            start: ListStart::Args(a),
        } = r
        else {
            panic!("{r:?}")
        };
        assert_eq!(a.from.as_deref(), Some("2024-01-01T00:00:00Z"));
        assert_eq!(a.until.as_deref(), Some("2024-01-31T23:59:59Z"));
        let r = parse(&args(&[
            ("verb", "ListIdentifiers"),
            ("resumptionToken", "abc"),
        ]))
        .unwrap();
        assert_eq!(
            r,
            OaiRequest::List {
                records: false,
                start: ListStart::Token("abc".into())
            }
        );
    }

    #[test]
    fn every_error_the_specification_names_for_arguments() {
        assert_eq!(code(&[]), "badVerb");
        assert_eq!(code(&[("verb", "Frobnicate")]), "badVerb");
        assert_eq!(
            code(&[("verb", "Identify"), ("verb", "Identify")]),
            "badArgument"
        );
        assert_eq!(code(&[("verb", "Identify"), ("set", "x")]), "badArgument");
        assert_eq!(code(&[("verb", "ListRecords")]), "badArgument");
        assert_eq!(
            code(&[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("resumptionToken", "x")
            ]),
            "badArgument"
        );
        assert_eq!(
            code(&[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("from", "2002-06-01T03:020:00Z")
            ]),
            "badArgument"
        );
        assert_eq!(
            code(&[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("from", "2024-01-01"),
                ("until", "2024-01-02T00:00:00Z")
            ]),
            "badArgument"
        );
        assert_eq!(
            code(&[
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("from", "2024-02-01"),
                ("until", "2024-01-01")
            ]),
            "badArgument"
        );
        assert_eq!(
            code(&[("verb", "GetRecord"), ("identifier", "x")]),
            "badArgument"
        );
    }
}
