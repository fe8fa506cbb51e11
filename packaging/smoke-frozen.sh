#!/usr/bin/env bash
# Try the frozen program on Windows and macOS runners, where the Linux smoke test's tar and
# apt do not apply: --version, a vault with a record, a Kazakh PDF bulletin, a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) app=build/frozen/fieldapp/fieldapp-cli.exe ;;
  Darwin) app=build/frozen/fieldapp.app/Contents/MacOS/fieldapp ;;
  *) echo "smoke-frozen: use packaging/smoke.sh on Linux" >&2; exit 2 ;;
esac
place="$(mktemp -d)"
export FIELDAPP_PASSPHRASE="smoke test passphrase" FIELDAPP_SOURCE_PASSPHRASE="smoke source"
export QT_QPA_PLATFORM=offscreen
"$app" --version
"$app" --vault "$place/office" init --role office --name "Smoke office" \
  --source-key "$place/source.key"
echo '{"title": "Summons", "occurred_on": "2024-05", "region": "astana",
       "threat_type": "police_summons", "sectors": ["trade_unions"]}' \
  | "$app" --vault "$place/office" record add -
"$app" --vault "$place/office" report --pdf "$place/bulletin-kk.pdf" --lang kk
test -s "$place/bulletin-kk.pdf"
"$app" --demo --screenshot "$place/window.png"
test -s "$place/window.png"
echo "smoke-frozen: passed"
