#!/usr/bin/env bash
# One PNG of every window and dialog, in en, ru and kk, on the demo vaults at 1366x768:
#   bash scripts/screenshots.sh OUTDIR      (after scripts/test.sh has installed .venv)
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
outdir="$(cd "$1" && pwd)"
python="$root/.venv/bin/python"
[ -x "$python" ] || { echo "no .venv: run scripts/test.sh first" >&2; exit 2; }
cd "$root"
if [ -n "${DISPLAY:-}" ]; then
    exec "$python" scripts/screenshots.py "$outdir"
elif command -v xvfb-run >/dev/null; then
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$python" scripts/screenshots.py "$outdir"
else
    echo "xvfb-run is missing: windows are taken alone, offscreen" >&2
    cat >"$outdir/.screen.json" <<'JSON'
{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
JSON
    QT_QPA_PLATFORM="offscreen:configfile=$outdir/.screen.json" \
        exec "$python" scripts/screenshots.py "$outdir"
fi
