//! The `slant` command-line contract: JSON fields, --jsonl order and ids, exit codes, filters,
//! custom wordlists, text format, colour, directory walking, stdin and bad input.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use serde_json::Value;

mod common;
use common::{run, slant};

const SEED: &str = "tests/fixtures/seed-presstv-2009-06-15-mko.txt";
const NEUTRAL: &str = "tests/fixtures/neutral-wire.txt";

fn check(args: &[&str]) -> Output {
    run(slant().arg("check").args(args), b"")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(o)))
}

fn ndjson(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
        .collect()
}

fn flags(r: &Value) -> &Vec<Value> {
    r["flags"].as_array().expect("flags array")
}

fn flag_texts(r: &Value, category: &str) -> Vec<String> {
    flags(r)
        .iter()
        .filter(|f| f["category"] == category)
        .map(|f| f["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn overall(r: &Value) -> f64 {
    r["scores"]["overall"].as_f64().expect("overall score")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&p, bytes).expect("write");
    p
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn seed_json_report_has_the_contract_fields() {
    // Every flag, the doubtful ones too (the default --min-confidence hides some).
    let o = check(&["--format", "json", "--min-confidence", "0", SEED]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let r = json(&o);
    assert_eq!(r["schema_version"], 1);
    assert_eq!(r["id"], SEED);
    assert!(r["stats"]["words"].as_u64().unwrap() > 300);
    assert!(r["stats"]["sentences"].as_u64().unwrap() > 10);
    assert!(overall(&r) > 0.0 && overall(&r) <= 100.0);
    for c in [
        "loaded_language",
        "anonymous_source",
        "unattributed_assertion",
    ] {
        assert!(r["scores"][c]["count"].as_u64().unwrap() > 0, "{c}");
    }
    let text = std::fs::read_to_string(SEED).unwrap();
    assert!(!flags(&r).is_empty());
    for f in flags(&r) {
        for k in [
            "category",
            "kind",
            "start",
            "end",
            "text",
            "message",
            "suggestions",
            "rule",
            "in_quote",
            "confidence",
        ] {
            assert!(f.get(k).is_some(), "flag lacks {k}: {f}");
        }
        let (a, b) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[a..b],
            f["text"].as_str().unwrap(),
            "offsets are bytes"
        );
    }
    let sentences = r["sentences"].as_array().unwrap();
    assert!(!sentences.is_empty());
    for s in sentences {
        assert!(s["start"].is_u64() && s["end"].is_u64() && s["attributed"].is_boolean());
    }
    let loaded = flag_texts(&r, "loaded_language");
    for w in [
        "notorious",
        "dictator",
        "massacre",
        "masterminded",
        "proxy-army",
    ] {
        assert!(loaded.iter().any(|t| t == w), "{w} not flagged: {loaded:?}");
    }
    let anon = flag_texts(&r, "anonymous_source");
    assert!(
        anon.iter().any(|t| t == "A senior Iraqi official"),
        "{anon:?}"
    );
    assert!(
        !anon.iter().any(|t| t.contains("Benjamin Chang")),
        "{anon:?}"
    );
}

#[test]
fn neutral_wire_scores_far_below_the_seed() {
    let seed = json(&check(&["--format", "json", SEED]));
    let neutral = json(&check(&["--format", "json", NEUTRAL]));
    assert!(
        overall(&neutral) < overall(&seed) / 2.0,
        "neutral {} vs seed {}",
        overall(&neutral),
        overall(&seed)
    );
    assert!(neutral["stats"]["words"].as_u64().unwrap() > 300);
}

#[test]
fn text_format_is_path_line_col_category_kind_text_message() {
    let o = check(&[SEED]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    let text = std::fs::read_to_string(SEED).unwrap();
    // Where "notorious" is, computed independently: 1-based line and char column.
    let at = text.find("notorious").unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    let want = format!("{SEED}:{line}:{col}  loaded_language/pejorative  \"notorious\"  ");
    let l = out
        .lines()
        .find(|l| l.starts_with(&want))
        .unwrap_or_else(|| panic!("no line starting {want:?} in\n{out}"));
    assert!(l.contains(" → "), "suggestion arrow: {l}");
    assert!(out.contains(&format!("{SEED}: score ")), "summary: {out}");
    assert!(out.contains("loaded language") && out.contains("per 1,000 words"));
    assert!(!out.contains('\u{1b}'), "no colour when piped");
}

/// Every flag line of the text format parses as `path:line:col  category/kind  "text"  message`,
/// and the lines agree with the JSON report flag for flag, in order.
#[test]
fn every_text_line_parses_and_agrees_with_the_json_report() {
    let line_re = regex::Regex::new(
        r#"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+)  (?P<cat>[a-z_]+)/(?P<kind>[a-z_]+)  "(?P<text>[^"]*)"  (?P<msg>\S.*)$"#,
    )
    .unwrap();
    let text_out = stdout(&check(&[SEED]));
    let json: Value = serde_json::from_str(&stdout(&check(&["--format", "json", SEED]))).unwrap();
    let flags = json["flags"].as_array().unwrap();
    let parsed: Vec<regex::Captures> = text_out
        .lines()
        .filter_map(|l| line_re.captures(l))
        .collect();
    assert_eq!(
        parsed.len(),
        flags.len(),
        "one text line per flag:\n{text_out}"
    );
    for (c, f) in parsed.iter().zip(flags) {
        assert_eq!(&c["path"], SEED);
        assert_eq!(
            c["line"].parse::<u64>().unwrap(),
            f["line"].as_u64().unwrap()
        );
        assert_eq!(
            c["col"].parse::<u64>().unwrap(),
            f["column"].as_u64().unwrap()
        );
        assert_eq!(&c["cat"], f["category"].as_str().unwrap());
        assert_eq!(&c["kind"], f["kind"].as_str().unwrap());
        // Long texts (whole sentences) are shortened with an ellipsis.
        let t = c["text"].trim_end_matches('…');
        assert!(
            f["text"].as_str().unwrap().starts_with(t),
            "{t:?} vs {}",
            f["text"]
        );
    }
}

#[test]
fn jsonl_keeps_order_and_ids_and_reports_bad_lines() {
    let mut input = String::new();
    let n = 300;
    for i in 0..n {
        let text = if i % 3 == 0 {
            "The notorious regime massacred protesters."
        } else {
            "The council met on Tuesday, the mayor said."
        };
        if i % 2 == 0 {
            input += &format!("{{\"id\":\"row-{i}\",\"text\":\"{text}\",\"extra\":[1,2]}}\n");
        } else {
            input += &format!("{{\"text\":\"{text}\",\"id\":{i}}}\n");
        }
        if i == 100 {
            input += "{\"id\": \"broken\", \"text\": \n";
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "rows.jsonl", input.as_bytes());
    let o = check(&["--jsonl", s(&file)]);
    assert_eq!(code(&o), 2, "a bad line means exit 2");
    let rows = ndjson(&o);
    assert_eq!(rows.len(), n + 1, "one output line per input row");
    let bad = &rows[101];
    assert_eq!(bad["schema_version"], 1);
    assert_eq!(bad["line"], 102);
    assert!(bad["id"].is_null());
    assert!(bad["error"].as_str().unwrap().contains("JSON"));
    assert!(stderr(&o).contains("rows.jsonl:102:"), "{}", stderr(&o));
    let good: Vec<&Value> = rows.iter().filter(|r| r.get("error").is_none()).collect();
    assert_eq!(good.len(), n);
    for (i, r) in good.iter().enumerate() {
        let want = if i % 2 == 0 {
            format!("row-{i}")
        } else {
            i.to_string()
        };
        assert_eq!(r["id"], want.as_str(), "ids are strings, in input order");
        assert_eq!(
            flag_texts(r, "loaded_language").contains(&"notorious".to_string()),
            i % 3 == 0,
            "row {i} got another row's report"
        );
    }
}

#[test]
fn jsonl_reads_stdin_and_text_field_errors_keep_the_id() {
    let input = b"{\"id\":\"a\",\"text\":\"Officials said it rained.\"}\n\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":5}\n{\"id\":\"d\",\"text\":\"caf\xe9\"}\n";
    let o = run(slant().args(["check", "--jsonl", "-"]), input);
    assert_eq!(code(&o), 2);
    let rows = ndjson(&o);
    assert_eq!(rows.len(), 5, "the blank line has its own output line");
    assert_eq!(rows[0]["id"], "a");
    assert!(rows[0]["stats"]["words"].as_u64().unwrap() == 4);
    assert_eq!(rows[1]["line"], 2);
    assert_eq!(rows[1]["skipped"], "blank line");
    let rows = &rows[1..];
    assert_eq!(rows[1]["id"], "b");
    assert_eq!(rows[1]["line"], 3);
    assert!(rows[1]["error"].as_str().unwrap().contains("text"));
    assert_eq!(rows[2]["id"], "c");
    assert!(stderr(&o).contains("<stdin>:4:"), "{}", stderr(&o));
    assert_eq!(rows[3]["line"], 5);
    assert!(rows[3]["id"].is_null());
    assert!(rows[3]["error"].as_str().unwrap().contains("UTF-8"));
}

#[test]
fn fail_over_sets_exit_code_1() {
    let o = check(&["--fail-over", "10", SEED, NEUTRAL]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains(SEED) && !stderr(&o).contains(NEUTRAL));
    assert_eq!(code(&check(&["--fail-over", "10", NEUTRAL])), 0);
    assert_eq!(code(&check(&["--fail-over", "100", SEED])), 0);
    let bad = check(&["--fail-over", "lots", SEED]);
    assert_eq!(code(&bad), 2);
    assert!(stderr(&bad).contains("0 to 100"), "{}", stderr(&bad));
}

#[test]
fn only_and_exclude_filter_categories() {
    let only = json(&check(&["--format", "json", "--only", "loaded", SEED]));
    assert!(!flags(&only).is_empty());
    assert!(flags(&only)
        .iter()
        .all(|f| f["category"] == "loaded_language"));
    assert_eq!(only["scores"]["anonymous_source"]["count"], 0);
    let full = json(&check(&["--format", "json", SEED]));
    assert!(
        overall(&only) < overall(&full),
        "excluded categories are not scored"
    );

    let ex = json(&check(&[
        "--format",
        "json",
        "--exclude",
        "loaded_language,anonymous",
        SEED,
    ]));
    assert!(!flags(&ex).is_empty());
    assert!(flags(&ex)
        .iter()
        .all(|f| f["category"] == "unattributed_assertion"));

    let text = stdout(&check(&["--only", "anonymous_source", SEED]));
    assert!(text.contains("not checked"), "{text}");

    let bad = check(&["--only", "bias", SEED]);
    assert_eq!(code(&bad), 2);
    assert!(stderr(&bad).contains("unknown category"));
    let none = check(&["--only", "loaded", "--exclude", "loaded", SEED]);
    assert_eq!(code(&none), 2);
}

#[test]
fn no_quoted_drops_flags_in_quotations() {
    let text =
        b"The minister said: \"They are a notorious gang of thugs who massacred villagers.\"\n";
    let with = json(&run(slant().args(["check", "--format", "json"]), text));
    let quoted: Vec<&Value> = flags(&with)
        .iter()
        .filter(|f| f["in_quote"] == true)
        .collect();
    assert!(!quoted.is_empty(), "{with}");
    let without = json(&run(
        slant().args(["check", "--format", "json", "--no-quoted"]),
        text,
    ));
    assert!(flags(&without).iter().all(|f| f["in_quote"] == false));
    assert!(flags(&without).len() < flags(&with).len());
}

const CUSTOM_LIST: &str = r#"[list]
id = "newsroom"
category = "loaded_language"
kind = "pejorative"
description = "Our house style."

[[entry]]
term = "zorblax"
explain = "House style: do not call the council zorblax."
suggest = ["council"]
flag = ["The zorblax met."]
"#;

#[test]
fn wordlist_adds_terms_and_malformed_lists_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let list = write(dir.path(), "lists/newsroom.toml", CUSTOM_LIST.as_bytes());
    let article = write(
        dir.path(),
        "a.txt",
        b"The zorblax met on Tuesday, the clerk said.",
    );
    let plain = json(&check(&["--format", "json", s(&article)]));
    assert!(flag_texts(&plain, "loaded_language").is_empty());
    for arg in [s(&list), s(&dir.path().join("lists"))] {
        let r = json(&check(&[
            "--format",
            "json",
            "--wordlist",
            arg,
            s(&article),
        ]));
        let f = flags(&r)
            .iter()
            .find(|f| f["text"] == "zorblax")
            .unwrap_or_else(|| panic!("custom term not flagged: {r}"));
        assert_eq!(f["rule"], "newsroom/zorblax");
        assert_eq!(f["suggestions"][0], "council");
    }
    let ex = run(
        slant().args(["explain", "zorblax", "--wordlist", s(&list)]),
        b"",
    );
    assert_eq!(code(&ex), 0);
    assert!(stdout(&ex).contains("newsroom.toml:7"), "{}", stdout(&ex));

    let broken = write(
        dir.path(),
        "broken.toml",
        CUSTOM_LIST
            .replace("term = \"zorblax\"", "term = \"zorblax")
            .as_bytes(),
    );
    let o = check(&["--wordlist", s(&broken), s(&article)]);
    assert_eq!(code(&o), 2);
    let want = format!("{}:8:", s(&broken));
    assert!(stderr(&o).contains(&want), "want {want}: {}", stderr(&o));
    assert!(o.stdout.is_empty(), "no report with a broken list");

    let bad_kind = write(
        dir.path(),
        "kind.toml",
        CUSTOM_LIST
            .replace("\"pejorative\"", "\"nasty\"")
            .as_bytes(),
    );
    let o = check(&["--wordlist", s(&bad_kind), s(&article)]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains(&format!("{}:4:", s(&bad_kind))),
        "{}",
        stderr(&o)
    );
    let missing = check(&["--wordlist", "no/such/list.toml", s(&article)]);
    assert_eq!(code(&missing), 2);
    assert!(stderr(&missing).contains("no/such/list.toml"));
}

#[test]
fn colour_follows_color_flag_and_no_color() {
    let esc = |o: &Output| o.stdout.contains(&0x1b);
    assert!(!esc(&check(&[SEED])), "piped output is plain");
    assert!(esc(&check(&["--color", "always", SEED])));
    assert!(!esc(&check(&["--color", "never", SEED])));
    let forced = run(
        slant().env("CLICOLOR_FORCE", "1").args(["check", SEED]),
        b"",
    );
    assert!(esc(&forced));
    let no_color = run(
        slant()
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", "1")
            .args(["check", SEED]),
        b"",
    );
    assert!(!esc(&no_color), "NO_COLOR wins over CLICOLOR_FORCE");
    let json_out = check(&["--color", "always", "--format", "json", SEED]);
    assert!(!esc(&json_out), "JSON is never coloured");
}

#[test]
fn directories_are_walked_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    let body = b"The notorious regime massacred protesters.";
    write(dir.path(), "b.txt", body);
    write(dir.path(), "a.md", body);
    write(dir.path(), "sub/c.txt", body);
    write(dir.path(), "notes.json", b"{}");
    write(dir.path(), ".hidden.txt", body);
    let o = check(&["--format", "ndjson", s(dir.path())]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let ids: Vec<String> = ndjson(&o)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let root = s(dir.path());
    assert_eq!(
        ids,
        vec![
            format!("{root}/a.md"),
            format!("{root}/b.txt"),
            format!("{root}/sub/c.txt")
        ]
    );
    // A directory in --format json gives an array, with the path as id.
    let arr = json(&check(&["--format", "json", root]));
    assert_eq!(arr.as_array().unwrap().len(), 3);
    assert_eq!(arr[2]["id"], format!("{root}/sub/c.txt").as_str());

    let empty = tempfile::tempdir().unwrap();
    let o = check(&[s(empty.path())]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("no .txt or .md files"));
}

#[test]
fn many_files_keep_argument_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["--format".to_string(), "ndjson".to_string()];
    for i in 0..40 {
        let body = if i % 2 == 0 {
            "The notorious regime massacred protesters."
        } else {
            "The council met on Tuesday, the mayor said."
        };
        // Names sort differently from the order given.
        let p = write(dir.path(), &format!("f{}.txt", 40 - i), body.as_bytes());
        args.push(s(&p).to_string());
    }
    let o = check(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&o), 0);
    let rows = ndjson(&o);
    assert_eq!(rows.len(), 40);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r["id"], args[i + 2].as_str());
        assert_eq!(flags(r).is_empty(), i % 2 == 1);
    }
}

#[test]
fn stdin_is_read_when_no_path_or_dash() {
    let text = b"The notorious regime massacred protesters.";
    let o = run(slant().arg("check"), text);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("<stdin>:1:5  loaded_language/pejorative  \"notorious\""));
    let o = run(slant().args(["check", "--format", "json", "-"]), text);
    let r = json(&o);
    assert!(r["id"].is_null());
    assert!(flag_texts(&r, "loaded_language").contains(&"notorious".to_string()));
}

#[test]
fn empty_and_whitespace_input_are_zero_flag_reports() {
    for input in [&b""[..], b"  \n\t \n"] {
        let o = run(slant().arg("check"), input);
        assert_eq!(code(&o), 0);
        assert!(stdout(&o).contains("empty input"), "{}", stdout(&o));
        let r = json(&run(slant().args(["check", "--format", "json"]), input));
        assert_eq!(r["stats"]["words"], 0);
        assert!(flags(&r).is_empty());
        assert_eq!(overall(&r), 0.0);
    }
}

#[test]
fn invalid_utf8_names_file_and_offset_and_prints_no_report() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "latin1.txt", b"Good line.\nCaf\xe9 society.\n");
    let o = check(&["--format", "json", s(&p)]);
    assert_eq!(code(&o), 2);
    assert!(o.stdout.is_empty(), "no partial report: {}", stdout(&o));
    let e = stderr(&o);
    assert!(e.contains("latin1.txt") && e.contains("offset 14"), "{e}");
    assert!(e.contains("UTF-8"), "{e}");
}

#[test]
fn binary_file_is_skipped_with_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    let o = check(&[s(&p)]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("image.txt") && stderr(&o).contains("binary"));
    assert!(o.stdout.is_empty());
}

#[test]
fn empty_html_comments_do_not_crash_stdin_jsonl_or_a_batch() {
    for input in ["<!-->", "<!--->", "a <!--> The regime fell."] {
        let o = run(slant().args(["check", "-"]), input.as_bytes());
        assert_eq!(code(&o), 0, "{input:?}: {}", stderr(&o));
    }
    let lines = "{\"id\":1,\"text\":\"The regime fell.\"}\n{\"id\":2,\"text\":\"<!-->\"}\n";
    let o = run(slant().args(["check", "--jsonl", "-"]), lines.as_bytes());
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(ndjson(&o).len(), 2);
}

#[test]
fn a_missing_file_does_not_stop_the_others() {
    let o = check(&["--format", "ndjson", SEED, "no-such-file.txt", NEUTRAL]);
    assert_eq!(code(&o), 2);
    let rows = ndjson(&o);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], SEED);
    assert_eq!(rows[1]["id"], NEUTRAL);
    assert!(stderr(&o).contains("no-such-file.txt: no such file"));

    let text = check(&[SEED, "no-such-file.txt", NEUTRAL]);
    assert_eq!(code(&text), 2);
    assert!(stdout(&text).contains(&format!("{NEUTRAL}: score")));
}

#[test]
fn files_over_the_size_limit_are_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    // Sparse: costs no disk, and Slant must refuse it from its size alone.
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(slant_core_max() + 1).unwrap();
    let o = check(&[s(&p), NEUTRAL]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("huge.txt") && stderr(&o).contains("split"));
    assert!(stdout(&o).contains(NEUTRAL));
}

/// `slant_core::MAX_TEXT_BYTES`, which the root package does not depend on directly.
fn slant_core_max() -> u64 {
    u32::MAX as u64 - 1
}

#[test]
fn long_unpunctuated_sentence_and_unbalanced_quotes() {
    let long = vec!["word"; 20_000].join(" ");
    let r = json(&run(
        slant().args(["check", "--format", "json"]),
        long.as_bytes(),
    ));
    assert_eq!(r["stats"]["words"], 20_000);
    assert_eq!(r["stats"]["sentences"], 1);

    let text = "He said \"the notorious regime is finished.\n\nNext, \u{201c}they massacred \u{201d} \u{201d} more. \"";
    let o = run(slant().args(["check", "--format", "json"]), text.as_bytes());
    assert_eq!(code(&o), 0);
    let r = json(&o);
    for f in flags(&r) {
        let (a, b) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], f["text"].as_str().unwrap());
    }
}

/// The seed and the neutral article repeated to `bytes`.
fn big_text(bytes: usize) -> String {
    let seed = std::fs::read_to_string(SEED).unwrap();
    let neutral = std::fs::read_to_string(NEUTRAL).unwrap();
    let chunk = format!("{seed}\n\n{neutral}\n\n");
    chunk.repeat(bytes / chunk.len() + 1)
}

#[test]
fn a_5_mb_file_is_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "big.txt", big_text(5 << 20).as_bytes());
    let o = check(&["--format", "ndjson", s(&p)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let rows = ndjson(&o);
    assert_eq!(rows.len(), 1);
    assert!(rows[0]["stats"]["words"].as_u64().unwrap() > 700_000);
    assert!(flags(&rows[0]).len() > 10_000);
}

/// 50 MB: run with `cargo test --release --test cli -- --ignored`.
#[test]
#[ignore]
fn a_50_mb_file_is_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "big.txt", big_text(50 << 20).as_bytes());
    let o = check(&["--format", "ndjson", s(&p)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(ndjson(&o)[0]["stats"]["words"].as_u64().unwrap() > 7_000_000);
}

#[test]
fn closed_stdout_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "big.txt", big_text(1 << 20).as_bytes());
    for format in ["text", "ndjson", "json"] {
        let mut child = slant()
            .args(["check", "--format", format, s(&p), s(&p)])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        out.read_exact(&mut first).unwrap();
        drop(out);
        let o = child.wait_with_output().unwrap();
        let err = stderr(&o);
        assert!(!err.contains("panicked"), "{format}: {err}");
        assert!(err.trim().is_empty(), "{format}: quiet, got {err}");
        assert_eq!(code(&o), 0, "{format}");
    }
}

#[test]
fn min_confidence_drops_doubtful_flags_from_report_and_score() {
    let all = json(&check(&["--format", "json", "--min-confidence", "0", SEED]));
    let default = json(&check(&["--format", "json", SEED]));
    let sure = json(&check(&[
        "--format",
        "json",
        "--min-confidence",
        "0.8",
        SEED,
    ]));
    let n = |r: &Value| flags(r).len();
    for f in flags(&all) {
        let c = f["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c), "{f}");
    }
    assert!(flags(&default)
        .iter()
        .all(|f| f["confidence"].as_f64().unwrap() >= 0.45));
    assert!(n(&sure) < n(&default) && n(&default) < n(&all));
    assert!(overall(&sure) < overall(&all));
    let o = check(&["--min-confidence", "1.5", SEED]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("confidence"), "{}", stderr(&o));
}

#[test]
fn explain_option_shows_the_score_computation() {
    let o = check(&["--explain", SEED]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    let r = json(&check(&["--format", "json", SEED]));
    assert!(out.contains("R = "), "{out}");
    assert!(
        out.contains(&format!("= {:.1}\n", overall(&r))),
        "final index: {out}"
    );
    // JSON output stays clean; the explanation goes to stderr.
    let o = check(&["--explain", "--format", "json", SEED]);
    json(&o);
    assert!(stderr(&o).contains("R = "));
}

#[test]
fn lists_and_explain() {
    let o = run(slant().arg("lists"), b"");
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(out.contains("LIST") && out.contains("ENTRIES"));
    let row = out
        .lines()
        .find(|l| l.starts_with("pejorative "))
        .expect("pejorative list row");
    assert!(row.contains("loaded_language"), "{row}");
    assert!(
        row.split_whitespace().any(|w| w.parse::<usize>().is_ok()),
        "{row}"
    );

    for q in ["pejorative/notorious", "notorious", "NOTORIOUS"] {
        let o = run(slant().args(["explain", q]), b"");
        assert_eq!(code(&o), 0, "{q}");
        let out = stdout(&o);
        assert!(out.starts_with("pejorative/notorious"), "{out}");
        for k in [
            "category:",
            "kind:",
            "weight:",
            "explanation:",
            "suggestions:",
            "flags:",
        ] {
            assert!(out.contains(k), "{k} missing: {out}");
        }
        assert!(out.contains("wordlists/loaded/pejorative.toml:"), "{out}");
    }
    let o = run(slant().args(["explain", "notorius"]), b"");
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("pejorative/notorious"),
        "{}",
        stderr(&o)
    );
    let o = run(slant().args(["explain", "rule:unattributed-guilt"]), b"");
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("unattributed_assertion"));
}

#[test]
fn help_and_usage_errors() {
    let o = run(slant().arg("--help"), b"");
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("check"));
    let o = run(slant().args(["check", "--format", "yaml", SEED]), b"");
    assert_eq!(code(&o), 2);
    let o = run(slant().arg("frobnicate"), b"");
    assert_eq!(code(&o), 2);
}
