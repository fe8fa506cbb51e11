#!/usr/bin/env bash
# Debian/Ubuntu packages the app and its tests need: Qt's runtime libraries, fonts with
# Cyrillic and Kazakh letters, the stock `age` and `ssh-keygen` used by interop tests,
# Xvfb for screenshots, poppler-utils (pdftoppm, pdftotext) to check the PDF bulletin, and
# strace, with which packaging/smoke.sh lists every file a portable run writes.
# Installs only what is missing.
set -euo pipefail
packages=(age openssh-client xvfb xauth fonts-dejavu-core poppler-utils strace libegl1 libgl1
          libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0
          libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
          libxcb-render-util0 libxcb-image0)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Please install: ${missing[*]}" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
