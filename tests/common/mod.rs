//! What the CLI integration tests share: the binary, run from the package root, fed its stdin.
#![allow(dead_code)] // each test crate uses its own part of this

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The binary, run from the package root with colour variables cleared.
pub fn slant() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_slant"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    for k in ["NO_COLOR", "CLICOLOR_FORCE", "CLICOLOR"] {
        c.env_remove(k);
    }
    c
}

/// Runs `cmd` with `stdin` written from another thread (so a large input cannot deadlock against
/// a full stdout pipe) and returns its output.
pub fn run_raw(cmd: &mut Command, stdin: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn slant");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait slant");
    writer.join().expect("stdin writer");
    out
}

/// As `run_raw`, and the process must not have panicked.
pub fn run(cmd: &mut Command, stdin: &[u8]) -> Output {
    let out = run_raw(cmd, stdin);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "slant panicked: {err}");
    out
}
