//! The wordlist file format: plain TOML that a journalist can read and edit.
//!
//! Parsing is separate from compiling (see `lexicon`), so that errors name the file, line and
//! column of the problem before anything is matched.

use std::fmt;
#[cfg(not(target_arch = "wasm32"))]
use toml::Spanned;

use crate::report::Category;
use crate::sense::{Context, Pos, Sense};

pub mod lite;

/// What a list is for. Flagging categories produce flags; `cue` lists are word classes that the
/// detectors read (attribution cues, labelling verbs, source nouns...) and never flag by themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListCategory {
    Flag(Category),
    Cue,
}

impl ListCategory {
    fn parse(s: &str) -> Option<Self> {
        match s {
            "cue" => Some(ListCategory::Cue),
            other => Category::parse(other).map(ListCategory::Flag),
        }
    }
}

/// A parsed wordlist file.
#[derive(Debug, Clone)]
pub struct WordList {
    /// Where the list came from (file path or a name given by the caller), for error messages.
    pub origin: String,
    pub id: String,
    pub category: ListCategory,
    pub kind: String,
    pub description: String,
    pub source: String,
    pub weight: f64,
    /// A fixed confidence for every flag from this list, instead of its entries' measured
    /// agreement: for terms that are standard in some house styles, which the default view hides.
    pub confidence: Option<f64>,
    pub entries: Vec<Entry>,
}

/// One term or phrase of a list, with everything needed to explain a flag.
#[derive(Debug, Clone)]
pub struct Entry {
    pub term: String,
    pub kind: String,
    pub variants: Vec<String>,
    pub inflect: bool,
    pub weight: f64,
    pub explain: String,
    pub suggest: Vec<String>,
    pub unless: Vec<String>,
    pub flag_examples: Vec<String>,
    pub pass_examples: Vec<String>,
    /// The sense the entry means: part of speech, capitalisation, contexts that cancel it.
    pub sense: Sense,
    /// A regular expression that matches instead of the term's words (the term names it).
    pub regex: Option<String>,
    /// 1-based line of the entry in its file, for `slant explain` and error messages.
    pub line: usize,
}

/// A wordlist that could not be read: says which file, where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}:{line}:{column}: {message}")]
pub struct WordListError {
    pub origin: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

// The file is read from toml's parsed document by hand rather than through serde's derive: the
// derive instantiates toml's whole deserializer for every struct, which was about a tenth of the
// npm module's code, for three small tables.
#[cfg(not(target_arch = "wasm32"))]
type Table<'i> = toml::de::DeTable<'i>;
#[cfg(not(target_arch = "wasm32"))]
type Value<'i> = toml::de::DeValue<'i>;

/// A problem at a byte offset of the file; `build` and the readers turn it into line and column.
pub(crate) type Problem = (usize, String);

/// A list as a reader found it, before any check: each value that can be wrong with the byte
/// offset where it stands. Both readers (the `toml` crate's below, and `lite`) fill one and leave
/// the checks to `build`, so that they give the same list and the same errors.
pub(crate) struct Draft {
    /// Where the `[list]` table starts.
    pub at: usize,
    pub id: (usize, String),
    pub category: (usize, String),
    pub kind: (usize, String),
    pub description: String,
    pub source: String,
    pub weight: Option<(usize, f64)>,
    pub confidence: Option<(usize, f64)>,
    pub inflect: bool,
    /// Default `not_when` for the list's entries.
    pub not_when: Vec<(usize, String)>,
    pub entries: Vec<DraftEntry>,
}

/// One `[[entry]]` as read; `at` is where its table starts (its line in the built list).
pub(crate) struct DraftEntry {
    pub at: usize,
    /// Lines of its file before `at` that the text does not hold (the page form: `lite`).
    pub lines_merged: usize,
    pub term: (usize, String),
    pub kind: Option<(usize, String)>,
    pub variants: Vec<String>,
    pub inflect: Option<bool>,
    pub weight: Option<(usize, f64)>,
    pub explain: String,
    pub suggest: Vec<String>,
    pub unless: Vec<String>,
    pub flag: Vec<String>,
    pub pass: Vec<String>,
    pub pos: Option<(usize, String)>,
    pub capitalised: Option<bool>,
    pub regex: Option<(usize, String)>,
    pub not_when: Option<Vec<(usize, String)>>,
}

/// A TOML table whose keys are read by name. `new` refuses keys outside `known`, so that a
/// misspelt field is an error at its line instead of being silently ignored.
#[cfg(not(target_arch = "wasm32"))]
struct Fields<'t, 'i> {
    table: &'t Table<'i>,
    at: usize,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'t, 'i> Fields<'t, 'i> {
    fn new(
        value: &'t Spanned<Value<'i>>,
        what: &str,
        known: &'static str,
    ) -> Result<Self, Problem> {
        let Value::Table(table) = value.get_ref() else {
            return Err((value.span().start, format!("{what} must be a table")));
        };
        for key in table.keys() {
            if !crate::sense::one_of(known, key.get_ref().as_ref()) {
                return Err((
                    key.span().start,
                    format!(
                        "unknown field `{}` in {what}; use {}",
                        key.get_ref(),
                        known.replace(' ', ", ")
                    ),
                ));
            }
        }
        Ok(Fields {
            table,
            at: value.span().start,
        })
    }

    fn get(&self, name: &str) -> Option<&'t Spanned<Value<'i>>> {
        self.table.get(name)
    }

    fn string(&self, name: &str) -> Result<Option<(usize, String)>, Problem> {
        self.get(name).map(|v| as_string(name, v)).transpose()
    }

    fn required(&self, name: &str) -> Result<(usize, String), Problem> {
        self.string(name)?
            .ok_or_else(|| (self.at, format!("missing field `{name}`")))
    }

    fn text(&self, name: &str) -> Result<String, Problem> {
        Ok(self.string(name)?.unwrap_or_default().1)
    }

    fn strings(&self, name: &str) -> Result<Option<Vec<(usize, String)>>, Problem> {
        let Some(v) = self.get(name) else {
            return Ok(None);
        };
        let Value::Array(items) = v.get_ref() else {
            return Err(wrong_type(name, v, "an array of strings"));
        };
        items
            .iter()
            .map(|i| as_string(name, i))
            .collect::<Result<_, _>>()
            .map(Some)
    }

    fn texts(&self, name: &str) -> Result<Vec<String>, Problem> {
        Ok(self
            .strings(name)?
            .unwrap_or_default()
            .into_iter()
            .map(|(_, s)| s)
            .collect())
    }

    fn bool(&self, name: &str) -> Result<Option<bool>, Problem> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => match v.get_ref() {
                Value::Boolean(b) => Ok(Some(*b)),
                _ => Err(wrong_type(name, v, "true or false")),
            },
        }
    }

    /// A number, integer or float (`weight = 2` is as good as `weight = 2.0`).
    fn number(&self, name: &str) -> Result<Option<(usize, f64)>, Problem> {
        let Some(v) = self.get(name) else {
            return Ok(None);
        };
        let n = match v.get_ref() {
            Value::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|n| n as f64),
            Value::Float(f) => f.as_str().parse::<f64>().ok(),
            _ => return Err(wrong_type(name, v, "a number")),
        };
        let at = v.span().start;
        n.map(|n| Some((at, n)))
            .ok_or_else(|| (at, format!("`{name}` is not a number Slant can read")))
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn as_string(name: &str, v: &Spanned<Value<'_>>) -> Result<(usize, String), Problem> {
    match v.get_ref() {
        Value::String(s) => Ok((v.span().start, s.to_string())),
        _ => Err(wrong_type(name, v, "a string")),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn wrong_type(name: &str, v: &Spanned<Value<'_>>, wanted: &str) -> Problem {
    (
        v.span().start,
        format!("`{name}` must be {wanted}, not {}", v.get_ref().type_str()),
    )
}

/// The fields a `[list]` table may have (the page's own reader, web/src/lists.rs, uses these too),
/// separated by spaces: one string costs the page less than a table of pointers to strings.
pub const LIST_FIELDS: &str =
    "id category kind description source weight confidence inflect not_when";

/// The fields an `[[entry]]` table may have, separated by spaces.
pub const ENTRY_FIELDS: &str = "term kind variants inflect weight explain suggest unless flag pass pos capitalised regex not_when";

/// Reads toml's parsed document into a draft; unknown and mistyped fields are errors here.
#[cfg(not(target_arch = "wasm32"))]
fn read_toml(doc: &Spanned<Table<'_>>) -> Result<Draft, Problem> {
    let top = doc.get_ref();
    if let Some(key) = top
        .keys()
        .find(|k| !word_in!(k.get_ref().as_ref(), "list" | "entry"))
    {
        return Err((
            key.span().start,
            format!(
                "unknown field `{}`; a list has [list] and [[entry]] tables",
                key.get_ref()
            ),
        ));
    }
    let list = top
        .get("list")
        .ok_or_else(|| (0, "missing the [list] table".to_string()))?;
    let f = Fields::new(list, "[list]", LIST_FIELDS)?;
    let mut draft = Draft {
        at: f.at,
        id: f.required("id")?,
        category: f.required("category")?,
        kind: f.required("kind")?,
        description: f.text("description")?,
        source: f.text("source")?,
        weight: f.number("weight")?,
        confidence: f.number("confidence")?,
        inflect: f.bool("inflect")?.unwrap_or(true),
        not_when: f.strings("not_when")?.unwrap_or_default(),
        entries: Vec::new(),
    };
    let Some(v) = top.get("entry") else {
        return Ok(draft);
    };
    let Value::Array(items) = v.get_ref() else {
        return Err(wrong_type("entry", v, "[[entry]] tables"));
    };
    for e in items {
        let f = Fields::new(e, "[[entry]]", ENTRY_FIELDS)?;
        draft.entries.push(DraftEntry {
            at: f.at,
            lines_merged: 0,
            term: f.required("term")?,
            kind: f.string("kind")?,
            variants: f.texts("variants")?,
            inflect: f.bool("inflect")?,
            weight: f.number("weight")?,
            explain: f.text("explain")?,
            suggest: f.texts("suggest")?,
            unless: f.texts("unless")?,
            flag: f.texts("flag")?,
            pass: f.texts("pass")?,
            pos: f.string("pos")?,
            capitalised: f.bool("capitalised")?,
            regex: f.string("regex")?,
            not_when: f.strings("not_when")?,
        });
    }
    Ok(draft)
}

/// Kinds a flagging list may use, per category, separated by spaces. Keeping them closed makes
/// reports comparable.
pub fn known_kinds(category: ListCategory) -> &'static str {
    match category {
        ListCategory::Flag(Category::LoadedLanguage) => {
            "contentious_label pejorative puffery doubt editorializing euphemism attribution_verb"
        }
        ListCategory::Flag(Category::AnonymousSource) => {
            "unnamed_source anonymity_clause vague_attribution"
        }
        ListCategory::Flag(Category::UnattributedAssertion) => {
            "certainty motive guilt cause prediction verdict characterisation"
        }
        ListCategory::Cue => {
            "attribution_cue stance_cue labelling_verb source_modifier quote_cue allow"
        }
    }
}

/// `message` at byte `offset` of list `origin`, as line and column.
pub(crate) fn error_at(origin: &str, text: &str, (offset, message): Problem) -> WordListError {
    let (line, column) = line_col(text, offset);
    WordListError {
        origin: origin.to_string(),
        line,
        column,
        message,
    }
}

/// Checks a draft and fills the list: known category and kinds, a well-formed id, weights and
/// confidence in range, terms with a letter, known parts of speech and contexts, patterns that
/// compile (unless `!check_regexes`: see `WordList::parse_builtin`). The first problem found is
/// the error.
pub(crate) fn build(
    origin: &str,
    text: &str,
    d: Draft,
    // (Builds without the regex engine have no regex to check.)
    #[cfg_attr(not(feature = "regex"), allow(unused_variables))] check_regexes: bool,
) -> Result<WordList, WordListError> {
    let at = |offset: usize, message: String| error_at(origin, text, (offset, message));
    let category = ListCategory::parse(&d.category.1).ok_or_else(|| {
        at(
            d.category.0,
            format!(
                "unknown category \"{}\"; use loaded_language, anonymous_source, unattributed_assertion or cue",
                d.category.1
            ),
        )
    })?;
    let kinds = known_kinds(category);
    let check_kind = |(k_at, k): &(usize, String)| {
        if crate::sense::one_of(kinds, k) {
            Ok(())
        } else {
            Err(at(
                *k_at,
                format!(
                    "unknown kind \"{k}\"; this category takes {}",
                    kinds.replace(' ', ", ")
                ),
            ))
        }
    };
    check_kind(&d.kind)?;
    let id = d.id.1.trim().to_string();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(at(
            d.id.0,
            "list id must be non-empty and use only letters, digits, '-' and '_'".into(),
        ));
    }
    let check_weight = |w: Option<(usize, f64)>| match w {
        Some((w_at, w)) if !(0.0..=10.0).contains(&w) => {
            Err(at(w_at, "weight must be between 0 and 10".into()))
        }
        w => Ok(w.map(|(_, w)| w)),
    };
    let weight = check_weight(d.weight)?.unwrap_or(1.0);
    let confidence = match d.confidence {
        Some((c_at, c)) if !(0.0..=1.0).contains(&c) => {
            return Err(at(c_at, "confidence must be between 0 and 1".into()))
        }
        c => c.map(|(_, c)| c),
    };
    if d.entries.is_empty() {
        return Err(at(d.at, "the list has no [[entry]] tables".into()));
    }
    let contexts = |names: &[(usize, String)]| -> Result<Vec<Context>, WordListError> {
        names
            .iter()
            .map(|(n_at, n)| {
                Context::parse(n).ok_or_else(|| {
                    at(
                        *n_at,
                        format!(
                            "unknown context \"{n}\" in not_when; use {}",
                            Context::NAMES
                        ),
                    )
                })
            })
            .collect()
    };
    let list_not_when = contexts(&d.not_when)?;
    // Line starts, found once: each entry's line by binary search, not a rescan from the top
    // (which made a 100k-entry list take minutes to load).
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut entries = Vec::with_capacity(d.entries.len());
    for e in d.entries {
        let term = e.term.1.trim().to_string();
        if !term.chars().any(char::is_alphanumeric) {
            return Err(at(
                e.term.0,
                "term must contain at least one letter or digit".into(),
            ));
        }
        if let Some(k) = &e.kind {
            check_kind(k)?;
        }
        let pos = match &e.pos {
            Some((p_at, p)) => Some(Pos::parse(p).ok_or_else(|| {
                at(
                    *p_at,
                    format!("unknown pos \"{p}\"; use \"noun\", \"verb\" or \"adjective\""),
                )
            })?),
            None => None,
        };
        let not_when = match &e.not_when {
            Some(n) => contexts(n)?,
            None => list_not_when.clone(),
        };
        let sense = Sense::new(pos, e.capitalised.unwrap_or(false), &not_when);
        // Without the regex engine a regex entry is refused when it is compiled (the built-in
        // lists drop theirs first), so that those lists still parse here.
        #[cfg(feature = "regex")]
        if let Some((r_at, r)) = e.regex.as_ref().filter(|_| check_regexes) {
            crate::lexicon::compile_regex(r).map_err(|m| at(*r_at, format!("bad regex: {m}")))?;
        }
        entries.push(Entry {
            sense,
            regex: e.regex.map(|(_, r)| r),
            kind: e.kind.map_or_else(|| d.kind.1.clone(), |(_, k)| k),
            variants: e.variants,
            inflect: e.inflect.unwrap_or(d.inflect),
            weight: check_weight(e.weight)?.unwrap_or(weight),
            explain: e.explain,
            suggest: e.suggest,
            unless: e.unless,
            flag_examples: e.flag,
            pass_examples: e.pass,
            line: line_starts.partition_point(|&s| s <= e.at) + e.lines_merged,
            term,
        });
    }
    Ok(WordList {
        origin: origin.to_string(),
        id,
        category,
        kind: d.kind.1,
        description: d.description,
        source: d.source,
        weight,
        confidence,
        entries,
    })
}

impl WordList {
    /// Parses one list. `origin` names it in errors (a path, or "custom list 1"). WebAssembly
    /// builds read it with the small reader of `lite` instead of the `toml` crate (size).
    #[cfg(target_arch = "wasm32")]
    pub fn parse(origin: &str, text: &str) -> Result<WordList, WordListError> {
        lite::parse(origin, text, false)
    }

    /// Parses one list. `origin` names it in errors (a path, or "custom list 1").
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(origin: &str, text: &str) -> Result<WordList, WordListError> {
        let doc = toml::de::DeTable::parse(text).map_err(|e| {
            // toml's message repeats the snippet over several lines; the first line says it all.
            let msg = e.message().lines().next().unwrap_or("invalid TOML");
            error_at(origin, text, (e.span().map_or(0, |s| s.start), msg.into()))
        })?;
        let draft = read_toml(&doc).map_err(|p| error_at(origin, text, p))?;
        build(origin, text, draft, true)
    }

    /// A built-in list, read natively too with the page's small reader (`lite`), which a test
    /// holds to reading every built-in list as the `toml` crate does, in far fewer instructions;
    /// its regexes are not compiled here only to be checked: the lexicon compiles each again
    /// (and says which entry a bad one is), and the tests compile them all.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn parse_builtin(origin: &str, text: &str) -> Result<WordList, WordListError> {
        lite::parse_with(origin, text, false, false)
    }
}

/// 1-based line and column (in chars) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for ListCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ListCategory::Flag(c) => f.write_str(c.as_str()),
            ListCategory::Cue => f.write_str("cue"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[list]
id = "demo"
category = "loaded_language"
kind = "pejorative"

[[entry]]
term = "notorious"
explain = "Judges reputation."
suggest = ["known"]
"#;

    #[test]
    fn parses_a_minimal_list() {
        let l = WordList::parse("demo.toml", GOOD).unwrap();
        assert_eq!(l.id, "demo");
        assert_eq!(l.entries.len(), 1);
        assert_eq!(l.entries[0].term, "notorious");
        assert_eq!(l.entries[0].kind, "pejorative");
        assert_eq!(l.entries[0].line, 7);
        assert!(l.entries[0].inflect);
    }

    #[test]
    fn syntax_error_names_file_and_line() {
        let bad = GOOD.replace("term = \"notorious\"", "term = \"notorious");
        let e = WordList::parse("x/demo.toml", &bad).unwrap_err();
        assert_eq!(e.origin, "x/demo.toml");
        assert_eq!(e.line, 8, "{e}");
        assert!(e.to_string().starts_with("x/demo.toml:8:"), "{e}");
    }

    #[test]
    fn unknown_kind_is_located() {
        let bad = GOOD.replace("kind = \"pejorative\"", "kind = \"nasty\"");
        let e = WordList::parse("demo.toml", &bad).unwrap_err();
        assert_eq!(e.line, 5);
        assert!(e.message.contains("unknown kind"), "{e}");
        // The kinds are kept as one spaced string; the message still lists them with commas.
        assert!(e.message.ends_with("this category takes contentious_label, pejorative, puffery, doubt, editorializing, euphemism, attribution_verb"), "{e}");
    }

    #[test]
    fn unknown_field_is_rejected() {
        let bad = GOOD.replace("suggest =", "sugest =");
        let e = WordList::parse("demo.toml", &bad).unwrap_err();
        assert_eq!(e.line, 10, "{e}");
        assert!(e.message.ends_with("in [[entry]]; use term, kind, variants, inflect, weight, explain, suggest, unless, flag, pass, pos, capitalised, regex, not_when"), "{e}");
    }

    #[test]
    fn wrong_types_and_missing_fields_are_located() {
        let bad = GOOD.replace("suggest = [\"known\"]", "suggest = \"known\"");
        let e = WordList::parse("d", &bad).unwrap_err();
        assert_eq!(e.line, 10, "{e}");
        assert!(
            e.message
                .contains("`suggest` must be an array of strings, not string"),
            "{e}"
        );
        let bad = GOOD.replace("term = \"notorious\"", "term = 3");
        let e = WordList::parse("d", &bad).unwrap_err();
        assert!(
            e.line == 8 && e.message.contains("`term` must be a string"),
            "{e}"
        );
        let bad = GOOD.replace("term = \"notorious\"\n", "");
        let e = WordList::parse("d", &bad).unwrap_err();
        assert!(
            e.line == 7 && e.message.contains("missing field `term`"),
            "{e}"
        );
        let bad = GOOD.replace("[list]", "[lists]");
        let e = WordList::parse("d", &bad).unwrap_err();
        assert!(
            e.line == 2 && e.message.contains("unknown field `lists`"),
            "{e}"
        );
        let e = WordList::parse("d", "[[entry]]\nterm = \"x\"\n").unwrap_err();
        assert!(e.message.contains("[list]"), "{e}");
    }

    #[test]
    fn weights_may_be_integers() {
        let two = GOOD.replace("suggest", "weight = 2\nsuggest");
        assert_eq!(WordList::parse("d", &two).unwrap().entries[0].weight, 2.0);
        let half = GOOD.replace("suggest", "weight = 0.5\nsuggest");
        assert_eq!(WordList::parse("d", &half).unwrap().entries[0].weight, 0.5);
        let bad = GOOD.replace("suggest", "weight = \"2\"\nsuggest");
        let e = WordList::parse("d", &bad).unwrap_err();
        assert!(e.message.contains("`weight` must be a number"), "{e}");
    }

    #[test]
    fn a_list_confidence_is_kept_and_checked() {
        let with = GOOD.replace(
            "kind = \"pejorative\"\n",
            "kind = \"pejorative\"\nconfidence = 0.3\n",
        );
        assert_eq!(WordList::parse("d", &with).unwrap().confidence, Some(0.3));
        assert_eq!(WordList::parse("d", GOOD).unwrap().confidence, None);
        let bad = with.replace("0.3", "1.5");
        let e = WordList::parse("d", &bad).unwrap_err();
        assert!(e.message.contains("confidence") && e.line == 6, "{e}");
    }

    #[test]
    fn empty_term_and_bad_weight_are_rejected() {
        let bad = GOOD.replace("\"notorious\"", "\"  \"");
        assert!(WordList::parse("d", &bad)
            .unwrap_err()
            .message
            .contains("term"));
        let bad = GOOD.replace("suggest", "weight = -1\nsuggest");
        assert!(WordList::parse("d", &bad)
            .unwrap_err()
            .message
            .contains("weight"));
    }

    #[test]
    fn entry_lines_of_a_long_list() {
        let mut text = GOOD.to_string();
        for i in 0..2000 {
            text.push_str(&format!("\n[[entry]]\nterm = \"w{i}\"\n"));
        }
        let l = WordList::parse("d", &text).unwrap();
        assert_eq!(l.entries.len(), 2001);
        for (i, e) in l.entries.iter().enumerate().skip(1) {
            let expected = text
                .lines()
                .position(|x| x == format!("term = \"w{}\"", i - 1));
            assert_eq!(Some(e.line), expected, "{}", e.term);
        }
    }

    #[test]
    fn line_col_counts_chars() {
        assert_eq!(line_col("ab\ncé d", 7), (2, 4));
        assert_eq!(line_col("", 0), (1, 1));
        assert_eq!(line_col("ab\ncé d\n", 9), (3, 1));
        assert_eq!(line_col("ab\ncé d\n", 99), (3, 1));
    }
}
