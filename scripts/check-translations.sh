#!/usr/bin/env bash
# Extracting the window's strings must leave the .ts files unchanged, every string must be
# translated, and the compiled .qm files must match their sources.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for pair in ru_RU:ru kk_KZ:kk; do
  lang=${pair##*:}
  ts=resources/translations/fieldapp_$lang.ts
  cp "$ts" "$work/$lang.ts"
  pyside6-lupdate -silent -locations none -no-obsolete fieldapp/ui/*.py -target-language "${pair%%:*}" \
    -ts "$work/$lang.ts"
  if ! diff -q "$ts" "$work/$lang.ts" >/dev/null; then
    echo "$ts is out of date: run pyside6-lupdate (see docs/translations.md)" >&2
    diff "$ts" "$work/$lang.ts" | head -20 >&2
    status=1
  fi
  if grep -q 'type="unfinished"' "$ts"; then
    echo "$ts has untranslated strings" >&2
    status=1
  fi
  pyside6-lrelease -silent "$ts" -qm "$work/$lang.qm"
  if ! cmp -s "$work/$lang.qm" "resources/translations/fieldapp_$lang.qm"; then
    echo "fieldapp_$lang.qm is stale: run pyside6-lrelease $ts" >&2
    status=1
  fi
done
exit $status
