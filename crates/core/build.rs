//! Embeds every `wordlists/**/*.toml` file in the library, so that adding a list needs no code.
use std::{env, fs, path::Path};

// The lists' lean and page forms, shared with the tests of src/wordlist/lite.rs.
include!("page_form.rs");

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../wordlists");
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed=page_form.rs");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    // In WebAssembly builds (the web page, the npm modules) every byte is downloaded: the lists
    // go in without their comments and test sentences (`flag`/`pass`, read only by `slant lists
    // --check` on the host), as blank lines so that line numbers stay those of the files.
    let lean = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    // The web page (scripts/build-web.sh sets this) shows no list's `source` citation; the npm
    // modules do (their list info), so only the page's build leaves them out. The page reads
    // them with the small reader (src/wordlist/lite.rs) in its shorthand mode, which takes the
    // entry shorthand that `page_entries` writes; the `toml` crate does not.
    println!("cargo:rerun-if-env-changed=SLANT_LISTS_WITHOUT_SOURCES");
    let no_sources = lean && env::var_os("SLANT_LISTS_WITHOUT_SOURCES").is_some();
    let out_dir = Path::new(&env::var("OUT_DIR").unwrap()).join("wordlists");
    let mut code = String::from("/// (path relative to wordlists/, contents)\npub static BUILTIN_LISTS: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let mut abs = fs::canonicalize(f).unwrap();
        if lean {
            let lean_path = out_dir.join(&rel);
            fs::create_dir_all(lean_path.parent().unwrap()).unwrap();
            let mut text = lean_list(&fs::read_to_string(f).unwrap(), no_sources);
            if no_sources {
                text = page_entries(&text);
                // A list of regex entries only has none left for the page (a list without
                // entries is an error): the page goes without it, as it would run none of it.
                // (An entry opens with `[[entry]]`, or with its term alone.)
                if !text.lines().any(opens_entry) {
                    continue;
                }
            }
            fs::write(&lean_path, text).unwrap();
            abs = lean_path;
        }
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            format!("wordlists/{rel}"),
            abs.display().to_string()
        ));
    }
    code.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("builtin_lists.rs"),
        code,
    )
    .unwrap();
    agreement();
}

/// `data/agreement.tsv` (key, agreeing flags, flags; `#` comments) as a sorted static table.
fn agreement() {
    let path = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("data/agreement.tsv");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path).unwrap_or_default();
    let mut rows: Vec<(String, u32, u32)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad = || {
            panic!(
                "{}:{}: expected key<TAB>agree<TAB>flags",
                path.display(),
                i + 1
            )
        };
        if f.len() != 3 {
            bad();
        }
        let (a, n) = match (f[1].parse(), f[2].parse()) {
            (Ok(a), Ok(n)) if a <= n => (a, n),
            _ => bad(),
        };
        rows.push((f[0].to_string(), a, n));
    }
    rows.sort();
    rows.dedup_by(|a, b| a.0 == b.0);
    // One string of "key<TAB>agree<TAB>flags" lines rather than a slice of tuples: in the
    // WebAssembly module every tuple costs a pointer, a length and two integers, which compress
    // far worse than the text (about 2 KiB gzipped of the npm module's size budget).
    // Rule ids share their list's id: keys without a list come first, then each list's rows
    // under an "@list-id" line, keyed by the rest ("@judgement", "cruel<TAB>3<TAB>5"). Half the
    // text, 0.4 KiB less of the page's gzipped budget.
    let mut table = String::new();
    let (plain, listed): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| !r.0.contains('/'));
    for (k, a, n) in plain {
        table.push_str(&format!("{k}\t{a}\t{n}\n"));
    }
    let mut list = "";
    for (k, a, n) in &listed {
        let (id, rest) = k.split_once('/').unwrap();
        if id != list {
            table.push_str(&format!("@{id}\n"));
            list = id;
        }
        table.push_str(&format!("{rest}\t{a}\t{n}\n"));
    }
    let code = format!(
        "/// \"key<TAB>agreeing flags<TAB>flags\" lines: keys without a list first, then \"@list-id\"\n/// lines, each followed by its rows keyed by what follows \"list-id/\".\npub static AGREEMENT: &str = {table:?};\n"
    );
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("agreement.rs"),
        code,
    )
    .unwrap();
}
