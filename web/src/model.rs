//! What the page shows, derived from one full analysis: filtering by the legend's toggles,
//! top terms and labels. Pure, so it is tested natively.

use slant_core::{score, Analyzer, Category, Report, Voice, WordList, WordListError};

/// The legend's toggles.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Filter {
    /// Indexed like `Category::ALL`.
    pub categories: [bool; 3],
    /// Keep flags inside quotations.
    pub include_quoted: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            categories: [true; 3],
            include_quoted: true,
        }
    }
}

pub fn cat_index(c: Category) -> usize {
    Category::ALL.iter().position(|&x| x == c).unwrap_or(0)
}

impl Filter {
    pub fn shows(&self, c: Category) -> bool {
        self.categories[cat_index(c)]
    }
}

/// The report as the CLI would give it with the same options: flags outside the filter are
/// dropped and the scores recomputed from those left.
pub fn view(full: &Report, filter: &Filter) -> Report {
    let flags: Vec<_> = full
        .flags
        .iter()
        .filter(|f| filter.shows(f.category) && (filter.include_quoted || f.voice != Voice::Quoted))
        .cloned()
        .collect();
    Report {
        scores: score::compute(&flags, full.stats.words),
        flags,
        ..full.clone()
    }
}

/// Counts per category in `full` that the quoted-speech toggle leaves, for the legend (so a
/// hidden category still shows how many flags it holds).
pub fn legend_counts(full: &Report, include_quoted: bool) -> [usize; 3] {
    let mut n = [0; 3];
    for f in &full.flags {
        if include_quoted || f.voice != Voice::Quoted {
            n[cat_index(f.category)] += 1;
        }
    }
    n
}

/// The most frequent flagged words and phrases (word-level categories), counted case-folded,
/// most frequent first, ties in order of first appearance. Each is shown as the article writes
/// it: the first occurrence, or one that does not start with a capital (as a sentence's first
/// word does) when there is one; never case-folded ("Iraqi", not "iraqi").
pub fn top_terms(report: &Report, n: usize) -> Vec<(String, Category, usize)> {
    struct Term {
        key: String,
        shown: String,
        cat: Category,
        count: usize,
        first: usize,
    }
    let mut out: Vec<Term> = Vec::new();
    for (i, f) in report.flags.iter().enumerate() {
        if f.category == Category::UnattributedAssertion {
            continue;
        }
        let shown = f.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = shown.to_lowercase();
        match out.iter_mut().find(|t| t.key == key && t.cat == f.category) {
            Some(t) => {
                t.count += 1;
                let lower_start = |s: &str| s.chars().next().is_some_and(char::is_lowercase);
                if !lower_start(&t.shown) && lower_start(&shown) {
                    t.shown = shown;
                }
            }
            None => out.push(Term {
                key,
                shown,
                cat: f.category,
                count: 1,
                first: i,
            }),
        }
    }
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.first.cmp(&b.first)));
    out.into_iter()
        .take(n)
        .map(|t| (t.shown, t.cat, t.count))
        .collect()
}

/// Parses a user's list and compiles it with the built-ins and the other custom lists; a list
/// with the same id as one already added replaces it. Returns the new custom lists (the added
/// one last) and their analyzer.
pub fn add_list(
    current: &[WordList],
    origin: &str,
    src: &str,
) -> Result<(Vec<WordList>, Analyzer), WordListError> {
    let list = WordList::parse(origin, src)?;
    let mut lists: Vec<WordList> = current
        .iter()
        .filter(|l| l.id != list.id)
        .cloned()
        .collect();
    lists.push(list);
    let analyzer = Analyzer::with_extra_lists(lists.clone())?;
    Ok((lists, analyzer))
}

/// "contentious_label" -> "contentious label".
pub fn kind_label(kind: &str) -> String {
    kind.replace('_', " ")
}

/// Sentence-case category label: "Loaded language".
pub fn cat_title(c: Category) -> String {
    let l = c.label();
    let mut s = String::with_capacity(l.len());
    let mut chars = l.chars();
    if let Some(f) = chars.next() {
        s.extend(f.to_uppercase());
    }
    s.push_str(chars.as_str());
    s
}

/// Short CSS class per category.
pub fn cat_class(c: Category) -> &'static str {
    match c {
        Category::LoadedLanguage => "ll",
        Category::AnonymousSource => "as",
        Category::UnattributedAssertion => "ua",
    }
}

/// Where a flag's rule comes from, for the popover: the list file and line of the entry, or a
/// note that a built-in rule fired.
pub fn rule_source(analyzer: &Analyzer, rule: &str) -> String {
    if let Some(name) = rule.strip_prefix("rule:") {
        return format!("built-in rule “{name}”");
    }
    let lex = analyzer.lexicon();
    match lex.find_rule(rule) {
        Some(e) => match lex.lists.get(e.list) {
            Some(l) => format!("{}, line {}", l.origin, e.entry.line),
            None => String::new(),
        },
        None => String::new(),
    }
}

/// The first `max` chars of `s` on one line, with an ellipsis when cut.
pub fn excerpt(s: &str, max: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match one.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", one[..i].trim_end()),
        None => one,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use slant_core::{analyze, Options};

    const SEED: &str = include_str!("../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");

    #[test]
    fn view_matches_analysing_with_the_same_options() {
        let full = analyze(SEED).unwrap();
        let filter = Filter {
            categories: [false, true, true],
            include_quoted: false,
        };
        let v = view(&full, &filter);
        let direct = Analyzer::builtin()
            .unwrap()
            .analyze(
                SEED,
                &Options {
                    categories: vec![Category::AnonymousSource, Category::UnattributedAssertion],
                    include_quoted: false,
                    id: None,
                    ..Options::default()
                },
            )
            .unwrap();
        assert_eq!(v, direct);
        assert!(v
            .flags
            .iter()
            .all(|f| f.category != Category::LoadedLanguage));
    }

    #[test]
    fn top_terms_count_case_folded() {
        let r = analyze("Notorious men. A notorious woman. The terrorist organization.").unwrap();
        let t = top_terms(&r, 5);
        assert_eq!(t[0].0, "notorious");
        assert_eq!(t[0].2, 2);
    }

    #[test]
    fn top_terms_keep_the_article_s_casing() {
        let t = top_terms(&analyze(SEED).unwrap(), 20);
        let anon: Vec<&str> = t
            .iter()
            .filter(|t| t.1 == Category::AnonymousSource)
            .map(|t| t.0.as_str())
            .collect();
        assert!(anon.contains(&"A senior Iraqi official"), "{anon:?}");
        assert!(!t.iter().any(|t| t.0.contains("iraqi")), "{t:?}");
    }

    #[test]
    fn rule_source_names_file_and_line() {
        let a = Analyzer::builtin().unwrap();
        let s = rule_source(a, "pejorative/notorious");
        assert!(
            s.starts_with("wordlists/loaded/pejorative.toml, line "),
            "{s}"
        );
        assert!(rule_source(a, "rule:unattributed-guilt").contains("built-in rule"));
        assert_eq!(rule_source(a, "no/such"), "");
    }

    #[test]
    fn excerpt_cuts_on_chars() {
        assert_eq!(excerpt("ééé ééé", 3), "ééé…");
        assert_eq!(excerpt("a\n b", 10), "a b");
    }

    const LIST: &str = "[list]\nid = \"desk\"\ncategory = \"loaded_language\"\nkind = \"pejorative\"\n\n[[entry]]\nterm = \"dissidents\"\nexplain = \"Say who they are.\"\n";

    #[test]
    fn custom_list_fires_and_replaces_by_id() {
        let (lists, a) = add_list(&[], "custom list", LIST).unwrap();
        let r = a.analyze(SEED, &Options::default()).unwrap();
        assert!(r
            .flags
            .iter()
            .any(|f| f.rule == "desk/dissidents" && f.text == "dissidents"));
        let again = LIST.replace("dissidents", "stepped-up");
        let (lists, a) = add_list(&lists, "custom list", &again).unwrap();
        assert_eq!(lists.len(), 1);
        let r = a.analyze(SEED, &Options::default()).unwrap();
        assert!(!r.flags.iter().any(|f| f.rule == "desk/dissidents"));
        assert!(rule_source(&a, "desk/stepped-up").starts_with("custom list, line 6"));
    }

    #[test]
    fn custom_list_error_is_located() {
        let bad = LIST.replace("kind = \"pejorative\"", "kind = \"nasty\"");
        let e = add_list(&[], "custom list", &bad).unwrap_err();
        assert_eq!((e.origin.as_str(), e.line), ("custom list", 4));
        assert!(e.message.contains("unknown kind"));
    }

    #[test]
    fn labels() {
        assert_eq!(cat_title(Category::LoadedLanguage), "Loaded language");
        assert_eq!(kind_label("contentious_label"), "contentious label");
    }
}
