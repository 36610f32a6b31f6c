//! Compiles wordlists into one matcher over the token stream. Built once per process (built-in
//! lists) or once per custom set; matching is a hash lookup per token, so analysis stays linear.

use rustc_hash::FxHashMap;

use crate::segment::{term_tokens, Document, TokenKind};
use crate::wordlist::{Entry, ListCategory, WordList, WordListError};

#[derive(Debug)]
pub struct CompiledEntry {
    pub list: usize,
    pub entry: Entry,
    pub category: ListCategory,
    /// `list-id/term`, the id users see in reports and pass to `slant explain`.
    pub rule: String,
    unless: Vec<Vec<String>>,
}

#[derive(Debug)]
struct Pattern {
    rest: Box<[Box<str>]>,
    entry: u32,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    pub lists: Vec<WordList>,
    pub entries: Vec<CompiledEntry>,
    index: FxHashMap<Box<str>, Vec<Pattern>>,
}

/// A matched entry: token index range `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub entry: u32,
    pub start: usize,
    pub end: usize,
}

impl Lexicon {
    pub fn new(lists: Vec<WordList>) -> Result<Lexicon, WordListError> {
        let mut lex = Lexicon::default();
        // Roughly four patterns per entry (inflections); reserving avoids rehashing as it fills.
        lex.index
            .reserve(lists.iter().map(|l| l.entries.len() * 4).sum());
        for list in lists {
            lex.add_unsorted(list)?;
        }
        lex.sort_index();
        Ok(lex)
    }

    /// Adds a list. A user's entry for the same words as a built-in one wins: lists added later
    /// are tried first among matches of equal length.
    pub fn add(&mut self, list: WordList) -> Result<(), WordListError> {
        self.add_unsorted(list)?;
        self.sort_index();
        Ok(())
    }

    /// Longest pattern first, later lists first among equals: the first hit wins. Sorted once
    /// after all lists are in, not per insertion.
    fn sort_index(&mut self) {
        for bucket in self.index.values_mut() {
            bucket.sort_by(|a, b| b.rest.len().cmp(&a.rest.len()).then(b.entry.cmp(&a.entry)));
        }
    }

    fn add_unsorted(&mut self, list: WordList) -> Result<(), WordListError> {
        if let Some(prev) = self.lists.iter().find(|l| l.id == list.id) {
            return Err(WordListError {
                origin: list.origin.clone(),
                line: 1,
                column: 1,
                message: format!("list id {:?} is already used by {}", list.id, prev.origin),
            });
        }
        let li = self.lists.len();
        for e in &list.entries {
            let ei = self.entries.len() as u32;
            let mut seqs: Vec<Vec<String>> = Vec::new();
            for s in std::iter::once(&e.term).chain(&e.variants) {
                let toks = term_tokens(s);
                if toks.is_empty() {
                    continue;
                }
                if e.inflect {
                    for (pos, form_of) in [(0, &toks[0]), (toks.len() - 1, &toks[toks.len() - 1])] {
                        for f in inflections(form_of) {
                            let mut t = toks.clone();
                            t[pos] = f;
                            seqs.push(t);
                        }
                    }
                }
                seqs.push(toks);
            }
            seqs.sort();
            seqs.dedup();
            for seq in seqs {
                let mut it = seq.into_iter();
                let first = it.next().unwrap_or_default();
                let rest: Box<[Box<str>]> = it.map(String::into_boxed_str).collect();
                let bucket = self.index.entry(first.into_boxed_str()).or_default();
                bucket.push(Pattern { rest, entry: ei });
            }
            self.entries.push(CompiledEntry {
                list: li,
                rule: format!("{}/{}", list.id, e.term.to_lowercase()),
                category: list.category,
                unless: e
                    .unless
                    .iter()
                    .map(|u| term_tokens(u))
                    .filter(|u| !u.is_empty())
                    .collect(),
                entry: e.clone(),
            });
        }
        self.lists.push(list);
        Ok(())
    }

    pub fn entry(&self, m: &Match) -> &CompiledEntry {
        &self.entries[m.entry as usize]
    }

    pub fn find_rule(&self, rule: &str) -> Option<&CompiledEntry> {
        let rule = rule.to_lowercase();
        self.entries.iter().find(|e| e.rule == rule).or_else(|| {
            self.entries
                .iter()
                .find(|e| e.entry.term.to_lowercase() == rule)
        })
    }

    /// All matches, in token order. At each start token, the longest match of each list category
    /// is kept; matches cancelled by an entry's `unless` contexts are dropped.
    pub fn find(&self, doc: &Document) -> Vec<Match> {
        let mut out = Vec::new();
        let toks = &doc.tokens;
        for (i, t) in toks.iter().enumerate() {
            if t.kind == TokenKind::Punct && !doc.norm(t).chars().any(char::is_alphanumeric) {
                continue;
            }
            let Some(bucket) = self.index.get(doc.norm(t)) else {
                continue;
            };
            let mut seen: [bool; 4] = [false; 4];
            for p in bucket {
                let end = i + 1 + p.rest.len();
                if end > toks.len() || toks[end - 1].sentence != t.sentence {
                    continue;
                }
                if !p
                    .rest
                    .iter()
                    .zip(&toks[i + 1..end])
                    .all(|(r, tk)| **r == *doc.norm(tk))
                {
                    continue;
                }
                let ce = &self.entries[p.entry as usize];
                let slot = category_slot(ce.category);
                if seen[slot] {
                    continue;
                }
                let m = Match {
                    entry: p.entry,
                    start: i,
                    end,
                };
                if self.cancelled(doc, ce, &m) {
                    continue;
                }
                seen[slot] = true;
                out.push(m);
            }
        }
        out
    }

    fn cancelled(&self, doc: &Document, ce: &CompiledEntry, m: &Match) -> bool {
        let here = doc.norm_at(m.start);
        let sent = doc.tokens[m.start].sentence;
        ce.unless.iter().any(|u| {
            (0..u.len()).any(|k| {
                if !loose_eq(&u[k], here) || k > m.start {
                    return false;
                }
                let from = m.start - k;
                u.iter().enumerate().all(|(j, w)| {
                    doc.tokens.get(from + j).is_some_and(|t| {
                        t.sentence == sent && (w == "*" || loose_eq(w, doc.norm(t)))
                    })
                })
            })
        })
    }
}

fn category_slot(c: ListCategory) -> usize {
    use crate::report::Category::*;
    match c {
        ListCategory::Flag(LoadedLanguage) => 0,
        ListCategory::Flag(AnonymousSource) => 1,
        ListCategory::Flag(UnattributedAssertion) => 2,
        ListCategory::Cue => 3,
    }
}

/// Equal, or equal once a common inflectional ending is removed ("claimed" ~ "claims").
fn loose_eq(a: &str, b: &str) -> bool {
    a == b || stem(a) == stem(b)
}

fn stem(w: &str) -> &str {
    for suf in ["ing", "ed", "es", "s", "d"] {
        if w.len() > suf.len() + 2 {
            if let Some(s) = w.strip_suffix(suf) {
                return s;
            }
        }
    }
    w
}

/// English inflections of a word: plural/3rd person, past, progressive. Over-generation is
/// harmless (forms that do not exist never occur in text); a list sets `inflect = false` where a
/// generated form would be a different word.
pub fn inflections(w: &str) -> Vec<String> {
    let mut v = Vec::new();
    if w.len() < 3 || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
        return v;
    }
    let chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    let last = chars[n - 1];
    let vowel = |c: char| "aeiou".contains(c);
    if let Some(stem) = w.strip_suffix('e') {
        v.extend([format!("{w}s"), format!("{w}d"), format!("{stem}ing")]);
    } else if let Some(stem) = w.strip_suffix('y').filter(|_| !vowel(chars[n - 2])) {
        v.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{w}ing"),
        ]);
    } else if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
    {
        v.extend([format!("{w}es"), format!("{w}ed"), format!("{w}ing")]);
    } else {
        v.extend([format!("{w}s"), format!("{w}ed"), format!("{w}ing")]);
        // Short consonant-vowel-consonant verbs double the consonant: slam -> slammed.
        if n >= 3
            && !vowel(last)
            && !"wxy".contains(last)
            && vowel(chars[n - 2])
            && !vowel(chars[n - 3])
        {
            v.extend([format!("{w}{last}ed"), format!("{w}{last}ing")]);
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(toml: &str) -> Lexicon {
        Lexicon::new(vec![WordList::parse("t", toml).unwrap()]).unwrap()
    }

    const LIST: &str = r#"
[list]
id = "t"
category = "loaded_language"
kind = "pejorative"
[[entry]]
term = "massacre"
[[entry]]
term = "regime"
[[entry]]
term = "claim"
kind = "attribution_verb"
unless = ["claimed the title", "insurance claim"]
[[entry]]
term = "terrorist"
[[entry]]
term = "terrorist organization"
"#;

    fn found(l: &Lexicon, text: &str) -> Vec<String> {
        let d = Document::new(text);
        l.find(&d)
            .iter()
            .map(|m| {
                text[d.tokens[m.start].start as usize..d.tokens[m.end - 1].end as usize].to_string()
            })
            .collect()
    }

    #[test]
    fn inflected_forms_and_case() {
        let l = lex(LIST);
        assert_eq!(
            found(&l, "They Massacred many; massacres went on."),
            vec!["Massacred", "massacres"]
        );
    }

    #[test]
    fn word_boundaries() {
        let l = lex(LIST);
        assert!(found(&l, "A strict regimen of exercise.").is_empty());
        assert_eq!(found(&l, "The regime's army."), vec!["regime's"]);
    }

    #[test]
    fn longest_phrase_wins_and_unless_cancels() {
        let l = lex(LIST);
        assert_eq!(
            found(&l, "a terrorist organization"),
            vec!["terrorist organization"]
        );
        assert!(found(&l, "She claimed the title in 2004.").is_empty());
        assert!(found(&l, "He filed an insurance claim.").is_empty());
        assert_eq!(found(&l, "He claimed victory."), vec!["claimed"]);
    }

    #[test]
    fn phrases_do_not_cross_sentences() {
        let l = lex(LIST);
        assert_eq!(
            found(&l, "He is a terrorist. Organization matters."),
            vec!["terrorist"]
        );
    }

    #[test]
    fn inflection_rules() {
        assert!(inflections("slam").contains(&"slammed".to_string()));
        assert!(inflections("tragedy").contains(&"tragedies".to_string()));
        assert!(inflections("massacre").contains(&"massacred".to_string()));
        assert!(inflections("ax").is_empty());
    }

    #[test]
    fn a_later_list_wins_for_the_same_words() {
        let user = LIST.replace("id = \"t\"", "id = \"user\"");
        let l = Lexicon::new(vec![
            WordList::parse("a", LIST).unwrap(),
            WordList::parse("b", &user).unwrap(),
        ])
        .unwrap();
        let d = Document::new("The regime fell.");
        let m = l.find(&d);
        assert_eq!(m.len(), 1);
        assert_eq!(l.entry(&m[0]).rule, "user/regime");
    }

    #[test]
    fn duplicate_list_id_is_an_error() {
        let a = WordList::parse("a.toml", LIST).unwrap();
        let b = WordList::parse("b.toml", LIST).unwrap();
        let e = Lexicon::new(vec![a, b]).unwrap_err();
        assert!(e.to_string().contains("b.toml") && e.message.contains("a.toml"));
    }
}
