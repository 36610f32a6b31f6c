#!/usr/bin/env bash
# Tests the Python package (crates/python): builds its abi3 wheel with maturin, installs it in a
# venv and runs crates/python/tests with pytest: reports equal to the CLI's, the API, custom
# wordlists, the pandas helpers and the Spark recipes in local[2] mode.
# Installs what is missing, skipping what is there: a venv in target/python-venv with maturin,
# pytest, pandas, pyarrow and pyspark from PyPI (crates/python/requirements-test.txt), and a
# Java runtime (17+, for Spark) from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[test-python] %s\n' "$*" >&2; }
if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
apt_install() {
  say "installing Debian's $*"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

python=${PYTHON:-python3}
venv=target/python-venv
req=crates/python/requirements-test.txt
stamp=$venv/.requirements-installed

# One run at a time: two runs building the same venv could leave it half made.
mkdir -p target
exec 9>target/.test-python.lock
flock 9

in_venv() { "$venv/bin/python" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)' 2>/dev/null; }
if ! in_venv; then
  say "creating the venv $venv"
  rm -rf "$venv" "$stamp"
  if ! "$python" -m venv "$venv"; then
    # Debian's python3 needs python3-venv for `-m venv`.
    rm -rf "$venv"
    apt_install python3-venv
    "$python" -m venv "$venv"
  fi
  # Never let pip fall back to installing into the system's Python.
  in_venv || { say "$venv/bin/python is not a virtual environment"; exit 2; }
fi
if [ ! -f "$stamp" ] || [ "$req" -nt "$stamp" ]; then
  say "installing $(grep -v '^#' "$req" | cut -d' ' -f1 | tr '\n' ' ')from PyPI (a few hundred MB the first time)"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$req"
  cp "$req" "$stamp"
fi

java_major() {
  java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'
}
if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; then
  apt_install default-jre-headless
fi

# The CLI the reports are compared with (the debug build that `cargo test` also uses).
say "building the slant CLI"
cargo build --locked -q -p slant --bin slant
export SLANT_CLI=$PWD/target/debug/slant

say "building the wheel with maturin"
rm -f target/wheels/slant-*.whl
"$venv/bin/maturin" build --release --locked -q -m crates/python/Cargo.toml \
  -i "$venv/bin/python" -o target/wheels
wheel=$(ls target/wheels/slant-*.whl)
"$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"

say "running pytest"
rc=0
PYTHONDONTWRITEBYTECODE=1 "$venv/bin/python" -m pytest -p no:cacheprovider -q -rs --durations=5 crates/python/tests || rc=$?
if [ "$rc" = 5 ]; then
  say "pytest collected no tests: that is a failure here"
  exit 1
fi
exit "$rc"
