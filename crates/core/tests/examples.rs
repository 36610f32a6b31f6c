//! Every wordlist entry carries example sentences: `flag` ones must fire the entry, `pass` ones
//! must not. This runs them all, as Harper runs each rule's examples.

use slant_core::{builtin_lists, Analyzer, ListCategory, Options, Voice};

#[test]
fn builtin_lists_parse_and_have_explanations() {
    let lists = builtin_lists().expect("built-in lists parse");
    assert!(lists.len() >= 8, "only {} lists", lists.len());
    for l in lists {
        assert!(!l.description.is_empty(), "{} has no description", l.origin);
        assert!(
            !l.source.is_empty(),
            "{} does not say where its idea comes from",
            l.origin
        );
    }
}

#[test]
fn every_example_behaves_as_its_entry_says() {
    let analyzer = Analyzer::builtin().unwrap();
    let lex = analyzer.lexicon();
    let opts = Options::default();
    let mut failures = Vec::new();
    let mut checked = 0;
    for ce in &lex.entries {
        let list = &lex.lists[ce.list];
        for (ex, should_fire) in ce
            .entry
            .flag_examples
            .iter()
            .map(|e| (e, true))
            .chain(ce.entry.pass_examples.iter().map(|e| (e, false)))
        {
            checked += 1;
            let r = analyzer.analyze(ex, &opts).unwrap();
            let fired = match ce.category {
                ListCategory::Flag(_) => r
                    .flags
                    .iter()
                    .any(|f| f.rule == ce.rule || f.triggers.iter().any(|t| t.rule == ce.rule)),
                // A cue fires when it makes a sentence attributed, or a label someone else's.
                ListCategory::Cue => match ce.entry.kind.as_str() {
                    "attribution_cue" | "quote_cue" | "stance_cue" => {
                        r.sentences.iter().any(|s| s.attributed)
                    }
                    "labelling_verb" => r.flags.iter().any(|f| f.voice == Voice::Attributed),
                    "allow" => !r
                        .flags
                        .iter()
                        .any(|f| f.text.eq_ignore_ascii_case(&ce.entry.term)),
                    _ => should_fire,
                },
            };
            if fired != should_fire {
                let verb = if should_fire {
                    "should fire"
                } else {
                    "should not fire"
                };
                failures.push(format!(
                    "{}:{}: {ex:?} {verb} {}",
                    list.origin, ce.entry.line, ce.rule
                ));
            }
        }
    }
    assert!(checked > 20, "only {checked} examples");
    assert!(
        failures.is_empty(),
        "{} example(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
