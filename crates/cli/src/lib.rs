//! The `slant` command line.

/// Runs the CLI and returns the process exit code.
pub fn run() -> i32 {
    let text = std::io::read_to_string(std::io::stdin()).unwrap_or_default();
    match slant_core::analyze(&text) {
        Ok(r) => {
            println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
            0
        }
        Err(e) => {
            eprintln!("slant: {e}");
            2
        }
    }
}
