#!/bin/sh
# Sign a release: dist/SHA256SUMS -> dist/SHA256SUMS.sig, with the office's release key.
#
#   packaging/sign.sh KEY [DIST]
#
# KEY is the release key's private file (ssh-keygen asks for its passphrase), or its .pub
# when the private key is loaded in ssh-agent. DIST defaults to $FIELDAPP_DIST, else dist/
# at the top of this tree. The signature is checked with stock ssh-keygen before this ends.
# Exit: 0 signed; 1 signing or checking failed; 2 usage (no key, no SHA256SUMS).
set -eu

NAMESPACE=fieldapp-release
PRINCIPAL=release@fieldapp

usage() {
    echo "usage: packaging/sign.sh KEY [DIST]" >&2
    exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
KEY=$1
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST=${2:-${FIELDAPP_DIST:-$ROOT/dist}}
SUMS=$DIST/SHA256SUMS
SIG=$SUMS.sig
TRUST=$ROOT/resources/release/allowed_signers

command -v ssh-keygen >/dev/null 2>&1 || {
    echo "sign.sh: ssh-keygen (OpenSSH) is not installed" >&2
    exit 1
}
[ -f "$KEY" ] || { echo "sign.sh: no key file $KEY" >&2; exit 2; }
[ -f "$SUMS" ] || {
    echo "sign.sh: $SUMS does not exist; build the release first (packaging/build.sh)" >&2
    exit 2
}

# The public half: KEY itself when it is a .pub, else KEY.pub beside it, else derived
# from the private key (ssh-keygen then asks for its passphrase once more).
case $KEY in
    *.pub) PUBLIC=$(cat "$KEY") ;;
    *) if [ -f "$KEY.pub" ]; then PUBLIC=$(cat "$KEY.pub")
       else PUBLIC=$(ssh-keygen -y -f "$KEY") || exit 1
       fi ;;
esac
KEY_TYPE=$(printf '%s\n' "$PUBLIC" | awk 'NR == 1 { print $1 }')
KEY_BLOB=$(printf '%s\n' "$PUBLIC" | awk 'NR == 1 { print $2 }')
if [ "$KEY_TYPE" != ssh-ed25519 ]; then
    echo "sign.sh: $KEY is a $KEY_TYPE key; fieldapp checks Ed25519 release keys only" \
         "(make one with ssh-keygen -t ed25519)" >&2
    exit 2
fi

# An old signature would be taken for this one if signing stopped half-way.
rm -f "$SIG"
if ! ssh-keygen -Y sign -f "$KEY" -n "$NAMESPACE" "$SUMS"; then
    rm -f "$SIG"
    echo "sign.sh: signing failed; no signature was written" >&2
    exit 1
fi
if ! ssh-keygen -Y check-novalidate -n "$NAMESPACE" -s "$SIG" <"$SUMS" >/dev/null; then
    rm -f "$SIG"
    echo "sign.sh: the new signature does not verify; it was removed" >&2
    exit 1
fi

FINGERPRINT=$(printf '%s %s\n' "$KEY_TYPE" "$KEY_BLOB" | ssh-keygen -l -f - | awk '{ print $2 }')
echo "signed $SUMS -> $SIG"
echo "release key: $FINGERPRINT"

# Would the fieldapp built from this tree accept it? The same check an observer runs.
if ! ssh-keygen -Y verify -f "$TRUST" -I "$PRINCIPAL" -n "$NAMESPACE" -s "$SIG" \
        <"$SUMS" >/dev/null 2>&1; then
    cat >&2 <<EOF
sign.sh: warning: this key is not in resources/release/allowed_signers, so copies of
fieldapp built from this tree will not trust this release. To trust the key, add this
line to that file and build again:
$PRINCIPAL namespaces="$NAMESPACE" $KEY_TYPE $KEY_BLOB
EOF
fi
exit 0
