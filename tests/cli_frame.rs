//! `slant actors` and `slant compare`: files, stdin and JSONL in; text and JSON out; exit codes.

use std::process::Output;

use serde_json::Value;

mod common;

const SEED: &str = "tests/fixtures/seed-presstv-2009-06-15-mko.txt";
const NEUTRAL: &str = "tests/fixtures/neutral-wire.txt";

const HARBOR_A: &str = "Mayor Ruth Calder branded the Harbor Union a gang of thugs. \
    The notorious Harbor Union denied it. Calder said the strike must end.";
const HARBOR_B: &str = "Mayor Ruth Calder met the Harbor Union, a dockworkers association, \
    on Friday. The Harbor Union said talks went well, and Calder agreed.";

fn run(args: &[&str], stdin: &[u8]) -> Output {
    common::run(common::slant().args(args), stdin)
}

fn text(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

fn json(o: &Output) -> Value {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON output")
}

fn actor<'v>(actors: &'v Value, name: &str) -> &'v Value {
    actors
        .as_array()
        .expect("actors array")
        .iter()
        .find(|a| a["name"] == name)
        .unwrap_or_else(|| panic!("no actor {name}"))
}

#[test]
fn actors_table_on_a_file() {
    let o = run(&["actors", "--color", "never", SEED], b"");
    assert_eq!(o.status.code(), Some(0));
    let t = text(&o);
    assert!(t.contains("Mujahedin Khalq Organization"), "{t}");
    assert!(t.contains("\"former dictator\"* (outlet)"), "{t}");
    assert!(t.contains("(by Washington)"), "{t}");
    assert!(t.contains("(self)"), "{t}");
}

#[test]
fn actors_json_from_stdin() {
    let o = run(&["actors", "--format", "json", "-"], HARBOR_A.as_bytes());
    let v = json(&o);
    assert_eq!(v["schema_version"], 1);
    let union = actor(&v["actors"], "Harbor Union");
    let labels = union["labels"].as_array().unwrap();
    let branded = labels
        .iter()
        .find(|l| l["kind"] == "labelling_verb")
        .expect("labelling-verb label");
    assert_eq!(branded["text"], "gang of thugs");
    assert_eq!(branded["voice"], "attributed");
    assert_eq!(branded["speaker"]["text"], "Ruth Calder");
    let calder = actor(&v["actors"], "Ruth Calder");
    assert_eq!(calder["speech"]["named"], 1);
    assert_eq!(calder["speech"]["verbs"][0]["verb"], "said");
}

#[test]
fn actors_jsonl_gives_one_line_per_article() {
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "a", "text": HARBOR_A}),
        serde_json::json!({"id": "b", "text": HARBOR_B})
    );
    let o = run(&["actors", "--jsonl", "-"], input.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let lines: Vec<Value> = text(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], "b");
    actor(&lines[1]["actors"], "Harbor Union");
}

#[test]
fn check_adds_actors_only_when_asked() {
    let plain = json(&run(&["check", "--format", "json", SEED], b""));
    assert!(plain.get("actors").is_none());
    let with = json(&run(&["check", "--actors", "--format", "json", SEED], b""));
    actor(&with["actors"], "Saddam Hussein");
}

#[test]
fn compare_two_files_side_by_side_and_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, HARBOR_A).unwrap();
    std::fs::write(&b, HARBOR_B).unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());

    let o = run(&["compare", "--color", "never", a, b], b"");
    assert_eq!(o.status.code(), Some(0));
    let t = text(&o);
    assert!(
        t.contains("Shared actors") && t.contains("Harbor Union"),
        "{t}"
    );
    assert!(t.contains("\"gang of thugs\"*"), "{t}");

    let v = json(&run(&["compare", "--format", "json", a, b], b""));
    assert_eq!(v["articles"].as_array().unwrap().len(), 2);
    assert!(v.get("note").is_none());
    let union = v["shared_actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Harbor Union")
        .expect("Harbor Union is shared");
    let only_a = &union["articles"][0]["only_here"];
    assert!(only_a
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l == "gang of thugs"));
    let only_b = &union["articles"][1]["only_here"];
    assert!(only_b
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l == "dockworkers association"));
    assert!(v["articles"][0]["only_here"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w == "notorious"));
}

#[test]
fn compare_stdin_with_a_file_and_nothing_in_common() {
    let o = run(
        &["compare", "--format", "json", "-", NEUTRAL],
        HARBOR_A.as_bytes(),
    );
    let v = json(&o);
    assert!(v["shared_actors"].as_array().unwrap().is_empty());
    assert!(v["note"].as_str().unwrap().contains("no actor in common"));
    let t = text(&run(
        &["compare", "--color", "never", "-", NEUTRAL],
        HARBOR_A.as_bytes(),
    ));
    assert!(t.contains("no actor in common"), "{t}");
}

#[test]
fn compare_jsonl_lines_are_the_articles() {
    let input = [HARBOR_A, HARBOR_B, HARBOR_A]
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({"id": format!("n{i}"), "text": t}).to_string() + "\n")
        .collect::<String>();
    let v = json(&run(
        &["compare", "--jsonl", "--format", "json", "-"],
        input.as_bytes(),
    ));
    let ids: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["n0", "n1", "n2"]);
}

#[test]
fn compare_needs_two_articles_and_says_so() {
    let o = run(&["compare", SEED], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("at least two articles"));
    let o = run(&["compare", "--jsonl", "-"], b"{\"id\":1}\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("<stdin>:1"));
    let o = run(&["actors", "no/such/file.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn markup_in_names_is_plain_text_in_json() {
    let v = json(&run(
        &["actors", "--format", "json", "-"],
        b"Officials met <b>Dana Whitlock</b>, a veteran organizer. Dana Whitlock said little.",
    ));
    actor(&v["actors"], "Dana Whitlock");
}
