#!/usr/bin/env bash
# Try a built Linux artefact as a user would, away from the source tree:
#   bash packaging/smoke.sh dist/fieldapp-VERSION-linux-x86_64.tar.gz [dist/fieldapp_VERSION_amd64.deb]
# Unpacks the .tar.gz into an empty folder with an empty home, then: --version; an office
# and an observer vault created and enrolled to each other; a record added, exported and
# imported at the office; a PDF bulletin in Kazakh with its fonts embedded; the window
# opened offscreen with a screenshot taken; the same in portable mode, listing every file
# written outside the folder (there must be none; traced with strace where it can). With a
# .deb, and as root with apt, it is installed, `fieldapp --version` run from the PATH, and
# removed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tarball="$(realpath "$1")"
deb="${2:+$(realpath "$2")}"
started=$SECONDS
place="$(mktemp -d)"
trap 'rm -rf "$place"' EXIT
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

tar -xzf "$tarball" -C "$place"
folder="$(find "$place" -mindepth 1 -maxdepth 1 -type d)"
app="$folder/fieldapp"
[ -x "$app" ] || fail "no fieldapp executable at the top of the unpacked folder"
echo "smoke: unpacked $(du -sh "$folder" | cut -f1) into $folder"

# A home of its own: nothing from this machine's profile is read or written.
home="$place/home"
mkdir -p "$home" "$place/tmp" "$place/work"
env_of_user=(env -i "PATH=/usr/bin:/bin" "HOME=$home" "TMPDIR=$place/tmp" "LANG=C.UTF-8"
             "QT_QPA_PLATFORM=offscreen" "FIELDAPP_PASSPHRASE=smoke test passphrase"
             "FIELDAPP_SOURCE_PASSPHRASE=smoke source passphrase")
run() { (cd "$place/work" && "${env_of_user[@]}" "$app" "$@"); }

version="$(run --version)"
echo "smoke: $version"
[[ "$version" == fieldapp\ * ]] || fail "--version printed '$version'"

work="$place/work"
run --vault "$work/office" init --role office --name "Smoke office" \
  --source-key "$work/source.key" >/dev/null
run --vault "$work/observer" init --role observer --name "Smoke observer" >/dev/null
for side in office observer; do
  run --vault "$work/$side" identity export "$work/$side.card" >/dev/null
done
fingerprint() { run --vault "$work/$1" identity show --json | grep -o '"fingerprint": *"[^"]*"' | cut -d'"' -f4; }
run --vault "$work/observer" peers add "$work/office.card" --fingerprint "$(fingerprint office)" >/dev/null
run --vault "$work/office" peers add "$work/observer.card" --fingerprint "$(fingerprint observer)" >/dev/null
record='{"title": "Summons to the police", "occurred_on": "2024-05-14", "region": "astana",
         "threat_type": "police_summons", "sectors": ["trade_unions"],
         "victims": [{"alias": "Defender A", "gender": "woman"}],
         "sources": [{"name": "Informant", "contact": "", "note": ""}]}'
record_id="$(echo "$record" | run --vault "$work/observer" record add -)"
mkdir -p "$work/usb"
bundle="$(run --vault "$work/observer" export --out "$work/usb")"
run --vault "$work/office" import "$bundle" >/dev/null
shown="$(run --vault "$work/office" record show "$record_id")"
grep -q "Summons to the police" <<<"$shown" || fail "the office does not hold the imported record"
echo "smoke: record $record_id exported and imported at the office"

run --vault "$work/office" report --pdf "$work/bulletin-kk.pdf" --lang kk --period 2024 >/dev/null
[ -s "$work/bulletin-kk.pdf" ] || fail "no PDF bulletin"
if command -v pdffonts >/dev/null; then
  fonts="$(pdffonts "$work/bulletin-kk.pdf" | tail -n +3)"
  [ -n "$fonts" ] || fail "the PDF names no font"
  if echo "$fonts" | awk '{ if ($(NF-4) != "yes") bad=1 } END { exit !bad }'; then
    fail "a font of the PDF is not embedded: $fonts"
  fi
  # Letters only Kazakh has, read back from the PDF: the text is there, in a font that has them.
  text="$(pdftotext "$work/bulletin-kk.pdf" -)"
  grep -qE "ә|ғ|қ|ң|ө|ұ|ү|і" <<<"$text" || fail "the PDF holds no Kazakh text"
  echo "smoke: Kazakh bulletin made, every font embedded"
fi

run --demo --screenshot "$work/window.png" >/dev/null
python3 - "$work/window.png" <<'EOF' || fail "the screenshot is not a picture of a window"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 400 and height >= 300, (width, height)
print(f"smoke: window screenshot {width}x{height}")
EOF

# Portable mode: the same work with `portable` beside the executable, and a profile that
# must stay empty. Where strace can trace, every file each run creates, writes, renames or
# removes is listed from the system calls themselves, wherever on the machine it is.
touch "$folder/portable"
rm -rf "$home" "$place/tmp" && mkdir -p "$home" "$place/tmp" "$place/trace"
find "$folder" -type f | sort > "$place/before.txt"
tracer=()
if command -v strace >/dev/null && strace -qq -o /dev/null true 2>/dev/null; then
  tracer=("$(command -v strace)" -ff -y -qq -o "$place/trace/run" -e status=successful
          -e trace=%file,fchdir)
fi
run_portable() { (cd "$work" && "${env_of_user[@]}" "${tracer[@]}" "$app" "$@"); }
run_portable init --role observer --name "Portable observer" >/dev/null
minimal='{"title": "Summons", "occurred_on": "2024-05", "region": "astana",
          "threat_type": "police_summons", "sectors": ["trade_unions"]}'
echo "$minimal" | run_portable record add - >/dev/null
[ "$(run_portable record list | wc -l)" -eq 1 ] || fail "the portable vault does not list its record"
run_portable --screenshot "$work/portable.png" >/dev/null
[ -s "$work/portable.png" ] || fail "no screenshot in portable mode"
outside="$(find "$home" "$place/tmp" -mindepth 1)"
[ -z "$outside" ] || fail "portable mode wrote outside its folder: $outside"
echo "smoke: portable mode wrote these files, all inside its folder:"
find "$folder" -type f | sort | comm -13 "$place/before.txt" - | sed "s|^$folder/|  |"
if [ ${#tracer[@]} -gt 0 ]; then
  echo -n "smoke: portable mode, traced: "
  cat "$place"/trace/run.* | python3 "$here/written_files.py" "$folder" "$work" \
      "$work/portable.png" || fail "portable mode wrote outside its folder (above)"
else
  echo "smoke: strace cannot trace here; checked the empty home and temporary folder only"
fi
rm "$folder/portable"

if [ -n "$deb" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
  installed="$(cd / && HOME="$home" fieldapp --version)"
  [ "$installed" = "$version" ] || fail "the installed fieldapp says '$installed'"
  [ -f /usr/share/applications/fieldapp.desktop ] || fail "no menu entry"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fieldapp >/dev/null
  echo "smoke: .deb installed with apt, '$installed' from the PATH, and removed"
fi
echo "smoke: passed in $(( SECONDS - started )) s"
