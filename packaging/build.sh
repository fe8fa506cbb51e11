#!/usr/bin/env bash
# Build this platform's artefacts into dist/ plus dist/SHA256SUMS:
#   Linux:   fieldapp-VERSION-linux-ARCH.tar.gz and fieldapp_VERSION_ARCH.deb
#   Windows: fieldapp-VERSION-windows-ARCH.zip and fieldapp-VERSION-windows-ARCH-setup.exe
#   macOS:   fieldapp-VERSION-macos-ARCH.dmg
# Everything is installed from the lock files, with their hashes, into build/venv: the same
# commit builds from the same inputs. Options go to packaging/build.py (--no-deb, --dist).
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022
python="${PYTHON:-python3}"
command -v "$python" >/dev/null || python=python  # Windows' runners name it python
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) bin=build/venv/Scripts ;;
  *) bin=build/venv/bin ;;
esac
if [ "$(uname -s)" = Linux ]; then
  bash scripts/system-packages.sh  # Qt's runtime libraries, to render the icons
fi
[ -x "$bin/python" ] || [ -x "$bin/python.exe" ] || "$python" -m venv build/venv
# Reinstalled only when a lock file changed: later steps of one CI run reuse the venv.
stamp=build/venv/.locks
locks="$(cat packaging/requirements.lock packaging/build-requirements.lock)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$locks" ]; then
  "$bin/python" -m pip install -q --upgrade --require-hashes --only-binary=:all: \
    -r packaging/requirements.lock -r packaging/build-requirements.lock
  printf '%s' "$locks" > "$stamp"
fi
exec "$bin/python" packaging/build.py "$@"
