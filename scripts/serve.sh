#!/usr/bin/env bash
# Builds Slant's web page and serves it on http://127.0.0.1:8080, or the next free port, and
# prints the address. Installs what is missing first (scripts/setup.sh via build-web.sh).
# The served files (web/dist/) are static: copy them to any web host.
#
#   scripts/serve.sh                 build, then serve from port 8080 (or $PORT) upwards
#   scripts/serve.sh --no-build      serve web/dist as it is
#   scripts/serve.sh --port 9000     first port to try
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
port=${PORT:-8080}
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --port) port=${2:?--port needs a number}; shift ;;
    --port=*) port=${1#*=} ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "serve.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$port" in ''|*[!0-9]*) echo "serve.sh: --port needs a number" >&2; exit 2 ;; esac

if [ "$build" = 1 ]; then
  scripts/build-web.sh
fi
if [ ! -f web/dist/index.html ]; then
  echo "serve.sh: web/dist has no index.html; run scripts/build-web.sh first" >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "serve.sh: python3 is needed to serve the files" >&2; exit 2; }

# A plain static server, bound to the loopback address only. no-cache so a rebuild shows at once.
exec python3 - "$port" web/dist <<'PY'
import functools, http.server, sys

first, root = int(sys.argv[1]), sys.argv[2]

class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".css": "text/css",
        ".html": "text/html; charset=utf-8",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if len(args) > 1 and str(args[1])[:1] in "45":
            sys.stderr.write("[serve] %s\n" % (fmt % args))

server = None
for port in range(first, min(first + 100, 65536)):
    try:
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", port), functools.partial(Handler, directory=root))
        break
    except OSError:
        continue
if server is None:
    sys.exit(f"serve.sh: no free port in {first}-{first + 99}")
print(f"Slant is at http://127.0.0.1:{server.server_port}/  (Ctrl-C stops the server)", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
PY
