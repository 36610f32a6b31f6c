//! What the page shows, derived from one full analysis: filtering by the legend's toggles,
//! top terms and labels. Pure, so it is tested natively.

use crate::lists;
use slant_core::{score, Analyzer, Category, Flag, Report, Voice, WordList, WordListError};

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

/// Flags the user set aside: rules (list entries or built-in rules) ignored in this browser,
/// and single flags dismissed (by [`dismiss_key`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetAside {
    pub ignored: Vec<String>,
    pub dismissed: Vec<String>,
}

impl SetAside {
    pub fn hides(&self, text: &str, f: &Flag) -> bool {
        self.ignored.contains(&f.rule)
            || (!self.dismissed.is_empty() && self.dismissed.contains(&dismiss_key(text, f)))
    }
}

/// Names one flag so that a dismissal survives edits elsewhere in the text: its rule, its words
/// and up to 24 characters before them.
pub fn dismiss_key(text: &str, f: &Flag) -> String {
    let start = f.start.min(text.len());
    let before: String = text
        .get(..start)
        .unwrap_or("")
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("{}\u{1f}{}\u{1f}{}", f.rule, before, f.text)
}

/// The report as the CLI would give it with the same options: flags outside the filter, or set
/// aside, are dropped and the scores recomputed from those left.
pub fn view(full: &Report, text: &str, filter: &Filter, aside: &SetAside) -> Report {
    let flags: Vec<_> = full
        .flags
        .iter()
        .filter(|f| filter.shows(f.category) && (filter.include_quoted || f.voice != Voice::Quoted))
        .filter(|f| !aside.hides(text, f))
        .cloned()
        .collect();
    // Field by field: `..full.clone()` would copy every flag a second time (a 2 MB text has
    // about 16,000) only to drop the copies.
    Report {
        schema_version: full.schema_version,
        id: full.id.clone(),
        stats: full.stats.clone(),
        scores: score::compute(&flags, full.stats.words),
        flags,
        // The page reads these from the full report (`View::full`): copies of them would carry
        // deep-copy code for every sentence, quotation and actor into the page.
        sentences: Vec::new(),
        quotes: Vec::new(),
        actors: None,
    }
}

/// Counts per category in `full` that the quoted-speech toggle leaves, for the legend (so a
/// hidden category still shows how many flags it holds).
pub fn legend_counts(
    full: &Report,
    text: &str,
    include_quoted: bool,
    aside: &SetAside,
) -> [usize; 3] {
    let mut n = [0; 3];
    for f in &full.flags {
        if (include_quoted || f.voice != Voice::Quoted) && !aside.hides(text, f) {
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
        shown: String,
        cat: Category,
        count: usize,
        first: usize,
    }
    let mut out: Vec<Term> = Vec::new();
    // Terms by category, then key, so a long article's thousands of flags stay a linear pass.
    // (One map per category keyed by `String`: a key type the core's maps use too, so the page
    // carries no hash table code for this one.)
    let mut index: [rustc_hash::FxHashMap<String, usize>; Category::ALL.len()] = Default::default();
    for (i, f) in report.flags.iter().enumerate() {
        if f.category == Category::UnattributedAssertion {
            continue;
        }
        let shown = f.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = slant_core::case::lowercase(&shown);
        let index = &mut index[cat_index(f.category)];
        let found = index.get(&key).and_then(|&k| out.get_mut(k));
        match found {
            Some(t) => {
                t.count += 1;
                let lower_start = |s: &str| s.chars().next().is_some_and(char::is_lowercase);
                if !lower_start(&t.shown) && lower_start(&shown) {
                    t.shown = shown;
                }
            }
            None => {
                index.insert(key, out.len());
                out.push(Term {
                    shown,
                    cat: f.category,
                    count: 1,
                    first: i,
                });
            }
        }
    }
    // `first` is unique: an unstable sort gives the same order (and is less code).
    slant_core::sort::sort_by(&mut out, |a, b| {
        b.count.cmp(&a.count).then(a.first.cmp(&b.first))
    });
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
    let list = lists::parse(origin, src)?;
    let mut lists: Vec<WordList> = current
        .iter()
        .filter(|l| l.id != list.id)
        .cloned()
        .collect();
    lists.push(list);
    let analyzer = lists::with_extra_lists(lists.clone())?;
    Ok((lists, analyzer))
}

/// The ignored rules as a wordlist that `slant check --wordlist` reads: an allow-list (a `cue`
/// list of kind `allow`), whose terms are never flagged as loaded language. Rules it cannot
/// express (built-in rules, and sourcing entries, which an allow-list does not silence) are
/// listed in comments.
pub fn allow_list_toml(analyzer: &Analyzer, ignored: &[String]) -> String {
    let mut out = String::from(
        "# Terms ignored in Slant's web page, as an allow-list:\n\
         #   slant check --wordlist slant-ignored.toml article.txt\n\n\
         [list]\nid = \"ignored-in-browser\"\ncategory = \"cue\"\nkind = \"allow\"\n\
         description = \"Terms set aside in Slant's web page: never flagged as loaded language.\"\n",
    );
    let lex = analyzer.lexicon();
    let mut skipped = Vec::new();
    for rule in ignored {
        let entry = lex.find_rule(rule).filter(|e| {
            lex.lists.get(e.list).is_some_and(|l| {
                l.category == slant_core::ListCategory::Flag(Category::LoadedLanguage)
            })
        });
        match entry {
            Some(e) => {
                out.push_str("\n[[entry]]\nterm = ");
                out.push_str(&toml_string(&e.entry.term));
                out.push_str("\nexplain = ");
                out.push_str(&toml_string(&format!("Ignored in the web page ({rule}).")));
                out.push('\n');
            }
            None => skipped.push(rule.as_str()),
        }
    }
    if !skipped.is_empty() {
        out.push_str("\n# Also ignored in the browser, but not expressible as an allow-list:\n");
        for r in skipped {
            out.push_str("#   ");
            out.push_str(&r.replace(['\n', '\r'], " "));
            out.push('\n');
        }
    }
    out
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if c.is_control() => o.push_str(&format!("\\u{:04X}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// What a list's suggestion means for the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Suggestion {
    /// Words to put in place of the flagged ones (a "…" marks a part to fill in).
    Replace(String),
    /// "(omit)": the flagged words can simply go.
    Omit,
    /// Advice for the writer ("name the official", "say who makes the allegation"): shown, not
    /// applied. Every suggestion for a sourcing flag is advice.
    Advice(String),
}

/// Verbs that open advice rather than replacement words (one string, not a table of pointers:
/// looked up only when a suggestion is shown).
const ADVICE_VERBS: &str = "describe say name cite explain attribute give quote use";

pub fn suggestion(category: Category, s: &str) -> Suggestion {
    let t = s.trim();
    if t.eq_ignore_ascii_case("(omit)") {
        return Suggestion::Omit;
    }
    let first = t.split_whitespace().next().unwrap_or("");
    if category != Category::LoadedLanguage
        || (t.contains(' ') && ADVICE_VERBS.split(' ').any(|v| v == first))
        || t.starts_with('(')
    {
        Suggestion::Advice(t.to_string())
    } else {
        Suggestion::Replace(t.to_string())
    }
}

/// The byte span to delete when the words at `start..end` are omitted: with one space beside
/// them (the one after, else the one before), so no double space is left.
pub fn omit_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let end = end.min(text.len());
    let start = start.min(end);
    let after = text.get(end..).unwrap_or("");
    let before = text.get(..start).unwrap_or("");
    if after.starts_with(' ') {
        (start, end + 1)
    } else if before.ends_with(' ') {
        (start - 1, end)
    } else {
        (start, end)
    }
}

/// "1 sentence", "353,263 words": a count with thousands separators and the right noun.
pub fn count(n: usize, one: &str, many: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + many.len() + 1);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out.push(' ');
    out.push_str(if n == 1 { one } else { many });
    out
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
    // The labels are ASCII; `char::to_uppercase` would bring in Unicode's case table (page size).
    if let Some(f) = chars.next() {
        s.push(f.to_ascii_uppercase());
    }
    s.push_str(chars.as_str());
    s
}

/// `v` with `decimals` digits after the point, rounded half away from zero: what the page shows
/// of scores, densities and sizes. Not `format!("{v:.1}")`: the standard library's float
/// formatting is about 5 KiB of the gzipped module, and no other code of the page needs it.
pub fn fixed(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return "–".to_string();
    }
    let scale = 10u64.pow(decimals.min(6));
    let n = (v.abs() * scale as f64).round() as u64;
    let mut s = String::new();
    if v < 0.0 && n != 0 {
        s.push('-');
    }
    s.push_str(&(n / scale).to_string());
    if decimals > 0 {
        let frac = (n % scale).to_string();
        s.push('.');
        for _ in frac.len()..decimals as usize {
            s.push('0');
        }
        s.push_str(&frac);
    }
    s
}

/// Below this confidence a flag is drawn fainter (outlined, not filled) and the sidebar's
/// "likely" filter hides it.
pub const FAINT_BELOW: f64 = 0.5;
/// The sidebar's "most certain" filter shows flags from this confidence up.
pub const CERTAIN_FROM: f64 = 0.75;

/// The confidence class of a flag for the page's CSS: `lc` (less certain, drawn fainter),
/// `mc` (middling) or none.
pub fn conf_class(confidence: f64) -> Option<&'static str> {
    if confidence < FAINT_BELOW {
        Some("lc")
    } else if confidence < CERTAIN_FROM {
        Some("mc")
    } else {
        None
    }
}

/// Short CSS class per category.
pub fn cat_class(c: Category) -> &'static str {
    cat_pick(c, ["ll", "as", "ua"])
}

/// The one of three values (in `cat_class`'s order) for a category: `class` values spelled out
/// whole, each ending in `cat_class`. (yew's `classes!` joins its parts at run time, and its
/// set code costs the page more than these strings.) A computed class is given as `CLASS={..}`:
/// yew sends any `class={..}` through its class set (`Classes`, an `IndexSet` with a hash table of
/// its own: about 1.5 KB of the page gzipped), while an attribute of another name goes to the
/// element as it is, and `setAttribute` lower-cases an HTML element's attribute names.
pub fn cat_pick<T>(c: Category, [ll, an, ua]: [T; 3]) -> T {
    match c {
        Category::LoadedLanguage => ll,
        Category::AnonymousSource => an,
        Category::UnattributedAssertion => ua,
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
        let v = with_full_parts(view(&full, SEED, &filter, &SetAside::default()), &full);
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
    fn with_nothing_filtered_the_view_is_the_report() {
        // build_view shares the full report instead of filtering it in that case.
        let full = analyze(SEED).unwrap();
        let v = view(&full, SEED, &Filter::default(), &SetAside::default());
        assert_eq!(with_full_parts(v, &full), full);
    }

    /// A view with the full report's sentences, quotes and actors, which it leaves to the page
    /// to read from there (`View::full`).
    fn with_full_parts(v: Report, full: &Report) -> Report {
        assert!(v.sentences.is_empty() && v.quotes.is_empty() && v.actors.is_none());
        Report {
            sentences: full.sentences.clone(),
            quotes: full.quotes.clone(),
            actors: full.actors.clone(),
            ..v
        }
    }

    #[test]
    fn set_aside_flags_leave_the_view_and_the_score() {
        let full = analyze(SEED).unwrap();
        let all = view(&full, SEED, &Filter::default(), &SetAside::default());
        // A rule whose flags count in the score (a loaded word inside an unattributed
        // assertion's trigger weighs 0: the assertion counts it).
        let rule = all
            .flags
            .iter()
            .find(|f| f.category == Category::LoadedLanguage && f.weight > 0.0)
            .map(|f| f.rule.clone())
            .expect("a weighted loaded-language flag in the seed");
        let count = all.flags.iter().filter(|f| f.rule == rule).count();
        let ignored = SetAside {
            ignored: vec![rule],
            dismissed: vec![],
        };
        let v = view(&full, SEED, &Filter::default(), &ignored);
        assert_eq!(v.flags.len() + count, all.flags.len());
        assert!(v.scores.overall < all.scores.overall);
        let one = &all.flags[0];
        let dismissed = SetAside {
            ignored: vec![],
            dismissed: vec![dismiss_key(SEED, one)],
        };
        let v = view(&full, SEED, &Filter::default(), &dismissed);
        assert_eq!(v.flags.len() + 1, all.flags.len());
        // The key still names the flag after an edit earlier in the text.
        let edited = format!("A new first line.\n{SEED}");
        let r = analyze(&edited).unwrap();
        let v = view(&r, &edited, &Filter::default(), &dismissed);
        assert_eq!(v.flags.len() + 1, r.flags.len());
    }

    #[test]
    fn allow_list_export_is_a_list_that_silences_the_terms() {
        let a = Analyzer::builtin().unwrap();
        let ignored = vec![
            "pejorative/notorious".to_string(),
            "rule:unattributed-guilt".to_string(),
            "x\"\n[[entry]]".to_string(),
        ];
        let toml = allow_list_toml(a, &ignored);
        let list = WordList::parse("slant-ignored.toml", &toml).unwrap();
        assert_eq!(list.entries.len(), 1);
        assert!(toml.contains("#   rule:unattributed-guilt"), "{toml}");
        let with = Analyzer::with_extra_lists(vec![list]).unwrap();
        let r = with.analyze(SEED, &Options::default()).unwrap();
        let plain = a.analyze(SEED, &Options::default()).unwrap();
        let notorious = plain
            .flags
            .iter()
            .filter(|f| f.rule == "pejorative/notorious")
            .count();
        assert!(notorious > 0);
        assert!(!r.flags.iter().any(|f| f.rule == "pejorative/notorious"));
        // A silenced word is no evidence either: an unattributed assertion that rested on it
        // ("The organization is notorious for …") may go with it; nothing else changes.
        let words = |r: &Report| {
            r.flags
                .iter()
                .filter(|f| f.category != Category::UnattributedAssertion)
                .count()
        };
        assert_eq!(words(&r) + notorious, words(&plain));
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
    fn suggestions_are_replacements_omissions_or_advice() {
        use Category::*;
        assert_eq!(
            suggestion(LoadedLanguage, "said"),
            Suggestion::Replace("said".into())
        );
        assert_eq!(suggestion(LoadedLanguage, "(omit)"), Suggestion::Omit);
        assert_eq!(
            suggestion(LoadedLanguage, "armed group backed by …"),
            Suggestion::Replace("armed group backed by …".into())
        );
        assert!(matches!(
            suggestion(LoadedLanguage, "say who makes the allegation"),
            Suggestion::Advice(_)
        ));
        assert!(matches!(
            suggestion(LoadedLanguage, "describe the act"),
            Suggestion::Advice(_)
        ));
        assert!(matches!(
            suggestion(AnonymousSource, "name the official"),
            Suggestion::Advice(_)
        ));
        // Every suggestion in the built-in loaded lists is one of the three, and no replacement
        // reads as an instruction.
        let a = Analyzer::builtin().unwrap();
        for l in &a.lexicon().lists {
            for e in &l.entries {
                for s in &e.suggest {
                    if let Suggestion::Replace(r) = suggestion(LoadedLanguage, s) {
                        assert!(!r.starts_with("say ") && !r.starts_with("describe "), "{r}");
                    }
                }
            }
        }
    }

    #[test]
    fn omitting_takes_one_space_along() {
        let t = "a very big dog";
        assert_eq!(omit_span(t, 2, 6), (2, 7));
        let t = "it was big.";
        assert_eq!(omit_span(t, 7, 10), (6, 10));
        assert_eq!(omit_span("x", 0, 1), (0, 1));
        assert_eq!(omit_span("x", 5, 9), (1, 1));
    }

    #[test]
    fn counts_read_well() {
        assert_eq!(count(1, "sentence", "sentences"), "1 sentence");
        assert_eq!(count(0, "flag", "flags"), "0 flags");
        assert_eq!(count(353263, "word", "words"), "353,263 words");
        assert_eq!(count(1000, "word", "words"), "1,000 words");
        assert_eq!(count(999, "word", "words"), "999 words");
    }

    #[test]
    fn labels() {
        assert_eq!(cat_title(Category::LoadedLanguage), "Loaded language");
        assert_eq!(kind_label("contentious_label"), "contentious label");
    }

    #[test]
    fn fixed_rounds_like_the_format_it_replaces() {
        for (v, d, want) in [
            (0.0, 0, "0"),
            (39.4, 0, "39"),
            (39.5, 0, "40"),
            (2.25, 1, "2.3"),
            (0.05, 1, "0.1"),
            (12.0, 1, "12.0"),
            (0.75, 2, "0.75"),
            (0.5, 1, "0.5"),
            (-4.256, 2, "-4.26"),
            (-0.001, 1, "0.0"),
            (1234.5678, 2, "1234.57"),
        ] {
            assert_eq!(fixed(v, d), want, "{v} {d}");
        }
        assert_eq!(fixed(f64::NAN, 1), "–");
    }

    #[test]
    fn cat_pick_follows_cat_class() {
        for c in Category::ALL {
            let class = cat_pick(c, ["sw ll", "sw as", "sw ua"]);
            assert_eq!(class.split(' ').nth(1), Some(cat_class(c)), "{c:?}");
        }
    }
}
