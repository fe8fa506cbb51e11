#!/usr/bin/env bash
# Rewrite the lock files from pyproject.toml's ranges and build-requirements.in, with the
# hashes of every platform's files (one lock serves Linux, Windows and macOS). Run it to
# take newer releases on purpose, then commit the two files: the build installs only them.
set -euo pipefail
cd "$(dirname "$0")/.."
uv="${UV:-uv}"
command -v "$uv" >/dev/null || { echo "lock: needs uv (pip install uv)" >&2; exit 1; }
"$uv" pip compile pyproject.toml --universal --generate-hashes --python-version 3.11 \
  -o packaging/requirements.lock
"$uv" pip compile packaging/build-requirements.in --universal --generate-hashes \
  --python-version 3.11 -o packaging/build-requirements.lock
