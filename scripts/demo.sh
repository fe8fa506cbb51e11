#!/usr/bin/env bash
# Install fieldapp in .venv and open it on a throwaway demo vault of synthetic records.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e .
exec .venv/bin/fieldapp --demo
