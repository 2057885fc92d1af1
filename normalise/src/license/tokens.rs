//! Statements as words: lower-cased tokens, letters split from digits, versions read, and the
//! small phrase-matching helpers the readers share.

/// One word of a statement: lower-cased, letters split from digits (`cc0` → `cc`, `0`;
/// `gplv3` → `gplv`, `3`), dots kept only inside numbers, `+` a word of its own.
#[derive(Debug)]
pub(super) struct Tok {
    pub(super) text: String,
    /// Written straight after the previous word (`3.0-de`, `by_sa`), not after a space.
    pub(super) joined: bool,
}

/// Words dropped while tokenizing: "v3.0", "version 2".
pub(super) const DROPPED: &[&str] = &["v", "version"];

pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.to_lowercase().chars().collect();
    let mut toks = Vec::new();
    let mut word = String::new();
    let mut spaced = true;
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let digit_before = prev.is_some_and(|p| p.is_ascii_digit());
        let digit_after = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_alphanumeric() {
            if prev.is_some_and(|p| p.is_alphanumeric() && p.is_alphabetic() != c.is_alphabetic()) {
                push_word(&mut toks, &mut word, &mut spaced);
            }
            word.push(c);
        } else if c == '.' && digit_before && digit_after {
            word.push(c);
        } else {
            push_word(&mut toks, &mut word, &mut spaced);
            if c == '+' {
                word.push(c);
                push_word(&mut toks, &mut word, &mut spaced);
            }
            spaced |= c.is_whitespace();
        }
    }
    push_word(&mut toks, &mut word, &mut spaced);
    toks
}

pub(super) fn push_word(toks: &mut Vec<Tok>, word: &mut String, spaced: &mut bool) {
    if word.is_empty() {
        return;
    }
    let text = std::mem::take(word);
    if !DROPPED.contains(&text.as_str()) {
        toks.push(Tok {
            joined: !*spaced && !toks.is_empty(),
            text,
        });
    }
    *spaced = false;
}

/// A version word: `4.0` as it is, a single digit `4` as `4.0`.
pub(super) fn as_version(word: &str) -> Option<String> {
    match word.as_bytes() {
        [d] if d.is_ascii_digit() => Some(format!("{}.0", *d as char)),
        [a, b'.', b] if a.is_ascii_digit() && b.is_ascii_digit() => Some(word.to_string()),
        _ => None,
    }
}

/// Whether a token matches a table word; `2` matches `2.0` so "Apache 2" reads as "Apache 2.0".
pub(super) fn word_eq(tok: &str, word: &str) -> bool {
    tok == word || word.strip_suffix(".0") == Some(tok)
}

/// How many tokens from `i` the phrase (words separated by single spaces) matches.
pub(super) fn phrase_len(toks: &[Tok], i: usize, phrase: &str) -> Option<usize> {
    let mut n = 0;
    for word in phrase.split(' ') {
        if !word_eq(&toks.get(i + n)?.text, word) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The longest phrase of a table matching at token `i` (the first on a tie), with its length.
pub(super) fn longest<'p, T>(
    toks: &[Tok],
    i: usize,
    table: impl IntoIterator<Item = (&'p str, T)>,
) -> Option<(T, usize)> {
    let mut best: Option<(T, usize)> = None;
    for (phrase, value) in table {
        if let Some(n) = phrase_len(toks, i, phrase) {
            if best.as_ref().is_none_or(|(_, m)| n > *m) {
                best = Some((value, n));
            }
        }
    }
    best
}

/// The index of the first token from `i` that is not one of `words`.
pub(super) fn skip(toks: &[Tok], mut i: usize, words: &[&str]) -> usize {
    while toks
        .get(i)
        .is_some_and(|t| words.contains(&t.text.as_str()))
    {
        i += 1;
    }
    i
}
