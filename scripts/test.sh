#!/usr/bin/env bash
# Install fieldapp with its test tools in .venv, then run lint, types, the translation
# check and the whole test suite (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e '.[test]'
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff"; ruff check .
echo "== mypy"; mypy
echo "== translations"; bash scripts/check-translations.sh
echo "== pytest"
QT_QPA_PLATFORM=offscreen pytest "$@"
