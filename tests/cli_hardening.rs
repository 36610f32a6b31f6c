//! The CLI under attack (issue 8): isolation of a bug to one input, `--jsonl` streaming, blank
//! and over-long lines, exact ids, and paths that are not regular files.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

mod common;
// A bug in one input is the point of some tests here, so their runs allow a panic message.
use common::{run_raw as run, slant};

fn rows(o: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
        .collect()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Kills the child if the test has not finished with it in time, so that a regression fails
/// instead of hanging the test run.
fn watchdog(child: &Child, secs: u64) {
    let pid = child.id().to_string();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(secs));
        let _ = Command::new("kill").arg("-9").arg(&pid).status();
    });
}

#[test]
fn a_bug_in_one_input_is_that_inputs_error_and_the_others_print() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.txt");
    let bad = dir.path().join("b.txt");
    let after = dir.path().join("c.txt");
    std::fs::write(&good, "The notorious regime fell.").unwrap();
    std::fs::write(&bad, "This text trips the test hook XYZZY.").unwrap();
    std::fs::write(&after, "Officials said it rained.").unwrap();
    let o = run(
        slant()
            .env("SLANT_DEBUG_PANIC_ON", "XYZZY")
            .args(["check", "--format", "ndjson"])
            .arg(dir.path()),
        b"",
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let r = rows(&o);
    assert_eq!(r.len(), 2, "the two good files still print");
    let err = stderr(&o);
    assert!(
        err.contains("b.txt") && err.contains("bug in Slant"),
        "{err}"
    );
    assert!(err.contains("/issues"), "says where to report it: {err}");
    assert!(!err.contains("panicked at"), "no raw panic output: {err}");

    let lines = "{\"id\":\"1\",\"text\":\"A regime.\"}\n{\"id\":\"2\",\"text\":\"XYZZY\"}\n{\"id\":\"3\",\"text\":\"Fine.\"}\n";
    let o = run(
        slant()
            .env("SLANT_DEBUG_PANIC_ON", "XYZZY")
            .args(["check", "--jsonl", "-"]),
        lines.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    let r = rows(&o);
    assert_eq!(r.len(), 3);
    assert_eq!(
        (r[0]["id"].as_str(), r[2]["id"].as_str()),
        (Some("1"), Some("3"))
    );
    assert_eq!(r[1]["id"], "2");
    assert!(r[1]["error"].as_str().unwrap().contains("bug in Slant"));
}

#[test]
fn jsonl_answers_each_line_as_it_arrives() {
    let mut child = slant()
        .args(["check", "--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    watchdog(&child, 60);
    let mut input = child.stdin.take().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    for i in 0..3 {
        writeln!(
            input,
            "{{\"id\":\"row{i}\",\"text\":\"The notorious regime fell.\"}}"
        )
        .unwrap();
        input.flush().unwrap();
        // The answer comes while the input is still open.
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        let v: Value = serde_json::from_str(&line).expect("an answer before more input");
        assert_eq!(v["id"], format!("row{i}"));
    }
    drop(input);
    assert!(child.wait().unwrap().success());
}

#[test]
fn big_number_ids_are_kept_exactly() {
    let lines = "{\"id\":123456789012345678901234567890,\"text\":\"A.\"}\n{\"id\":18446744073709551617,\"text\":\"B.\"}\n{\"id\":1.5e300,\"text\":\"C.\"}\n{\"id\":\"s\\u00e9\",\"text\":\"D.\"}\n";
    let o = run(slant().args(["check", "--jsonl", "-"]), lines.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ids: Vec<String> = rows(&o)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "123456789012345678901234567890",
            "18446744073709551617",
            "1.5e300",
            "sé"
        ]
    );
}

#[test]
fn an_over_long_line_gets_an_error_object_and_the_next_line_is_read() {
    let mut input = b"{\"id\":\"a\",\"text\":\"The regime fell.\"}\n".to_vec();
    // A line of NUL bytes, as `cat /dev/zero` gives, longer than the limit.
    input.extend(std::iter::repeat_n(0u8, 3 << 20));
    input.extend(b"\n{\"id\":\"c\",\"text\":\"Fine.\"}\n");
    input.extend(b"{\"id\":\"d\",\"text\":\"");
    input.extend(std::iter::repeat_n(b'x', (1 << 20) + 10));
    input.extend(b"\"}\n{\"id\":\"e\",\"text\":\"Last.\"}");
    let o = run(
        slant().args(["check", "--jsonl", "--max-line-bytes", "1M", "-"]),
        &input,
    );
    assert_eq!(o.status.code(), Some(2));
    let r = rows(&o);
    assert_eq!(r.len(), 5, "{r:?}");
    assert_eq!(r[0]["id"], "a");
    assert_eq!(r[1]["line"], 2);
    assert!(r[1]["error"].as_str().unwrap().contains("--max-line-bytes"));
    assert_eq!(r[2]["id"], "c");
    assert_eq!(r[3]["line"], 4);
    assert!(r[3]["error"].is_string());
    assert_eq!(r[4]["id"], "e", "the last line needs no newline");
}

#[test]
fn an_endless_line_prints_the_rows_before_it() {
    let mut child = slant()
        .args(["check", "--jsonl", "--max-line-bytes", "64K", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    watchdog(&child, 60);
    let mut input = child.stdin.take().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    input
        .write_all(b"{\"id\":\"a\",\"text\":\"The regime fell.\"}\n")
        .unwrap();
    // Zeros without end: the good row and the over-long line's error both arrive while they flow.
    let writer = std::thread::spawn(move || {
        let zeros = vec![0u8; 1 << 16];
        while input.write_all(&zeros).is_ok() {}
    });
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.contains("\"id\":\"a\""), "{first}");
    let mut second = String::new();
    out.read_line(&mut second).unwrap();
    assert!(second.contains("--max-line-bytes"), "{second}");
    child.kill().unwrap();
    let _ = child.wait();
    let _ = writer.join();
}

#[cfg(unix)]
#[test]
fn dev_zero_is_refused_at_once_as_binary() {
    let o = run(
        slant().args(["check", "/dev/zero", "tests/fixtures/neutral-wire.txt"]),
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("/dev/zero: looks like a binary file"),
        "{}",
        stderr(&o)
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("neutral-wire.txt"));
}

#[cfg(unix)]
#[test]
fn a_fifo_holds_up_only_itself_and_what_follows() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let mut child = slant()
        .args([
            "check",
            "--format",
            "ndjson",
            "tests/fixtures/neutral-wire.txt",
        ])
        .arg(&fifo)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    watchdog(&child, 60);
    let mut out = BufReader::new(child.stdout.take().unwrap());
    // The file before the FIFO is printed while the FIFO has no writer.
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.contains("neutral-wire.txt"), "{first}");
    std::fs::write(&fifo, "The notorious regime fell.").unwrap();
    let mut second = String::new();
    out.read_line(&mut second).unwrap();
    assert!(second.contains("notorious"), "{second}");
    assert!(child.wait().unwrap().success());
}

#[test]
fn a_large_report_written_piece_by_piece_is_the_whole_reports_json() {
    // Over 1 MB, JSON reports are written a piece at a time through temporary files; with
    // `--explain` (which needs the whole report, so holds it) the same JSON comes out whole.
    let para = "The notorious regime massacred protesters, officials who spoke on condition of anonymity said.\n\n\u{201C}We will never surrender to these thugs,\u{201D} the mayor said. Clearly the plan was a disaster.\n\n";
    let big = para.repeat(1_100_000 / para.len() + 1);
    assert!(big.len() > 1 << 20);
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&a, &big).unwrap();
    std::fs::write(&b, "The regime fell.").unwrap();
    for (args, files) in [
        (&["check", "--format", "ndjson"][..], &[&a][..]),
        (&["check", "--format", "json"], &[&a, &b]),
        (
            &["check", "--format", "json", "--min-confidence", "0.6"],
            &[&a],
        ),
    ] {
        let streamed = run(slant().args(args).args(files), b"");
        let whole = run(slant().args(args).arg("--explain").args(files), b"");
        assert_eq!(streamed.status.code(), Some(0), "{}", stderr(&streamed));
        assert!(streamed.stdout.len() > big.len(), "{args:?}");
        assert!(streamed.stdout == whole.stdout, "{args:?} {files:?}");
    }
    // Text output too (`--explain` adds its explanation after the report).
    let streamed = run(slant().args(["check", "--color", "never"]).arg(&a), b"");
    let whole = run(
        slant()
            .args(["check", "--color", "never", "--explain"])
            .arg(&a),
        b"",
    );
    let whole = String::from_utf8_lossy(&whole.stdout);
    let whole = &whole[..whole.find("How the score of").unwrap()];
    assert!(streamed.stdout.len() > 1 << 20);
    assert!(String::from_utf8_lossy(&streamed.stdout) == whole);
    // The totals are those of the flags printed.
    let o = run(slant().args(["check", "--format", "ndjson"]).arg(&a), b"");
    let r = &rows(&o)[0];
    let flags = r["flags"].as_array().unwrap();
    let loaded = flags
        .iter()
        .filter(|f| f["category"] == "loaded_language")
        .count();
    assert!(loaded > 10_000);
    assert_eq!(r["scores"]["loaded_language"]["count"], loaded);
    assert_eq!(r["stats"]["bytes"], big.len());
}
