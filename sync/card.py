"""Identity cards: the small text file two parties exchange to enrol each other.

    fieldapp identity card 1
    name: Aktobe observer
    role: observer
    fingerprint: SHA256:...
    safety-code: 48213 90377 15520
    signing-key: ssh-ed25519 AAAA...
    age-recipient: age1...
    signature: <base64 Ed25519 signature of every line above, by the signing key>

Enrolment compares the fingerprint (or the shorter safety code) in person or by phone;
both are derived from the signing key, and the card is signed by that key, so no line of
it (the encryption key above all) can be swapped without the fingerprint changing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.age import X25519Recipient
from sync.sshkeys import KeyFormatError, fingerprint, openssh_public_line, public_blob
from sync.sshkeys import public_key_from_line as parse_signing_key

HEADER = "fieldapp identity card 1"
ROLES = ("observer", "office")
MAX_CARD_BYTES = 8 * 1024
_REQUIRED = ("name", "role", "fingerprint", "safety-code", "signing-key", "age-recipient",
             "signature")
_SIGNATURE_CONTEXT = b"fieldapp identity card signature\0"
_OPTIONAL = ("source-recipient",)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class CardError(ValueError):
    """A card that is malformed or contradicts itself."""


def safety_code(key: Ed25519PublicKey) -> str:
    """Fifteen digits in three groups: easy to read aloud and compare."""
    digest = hashlib.sha256(b"fieldapp safety code\0" + public_blob(key)).digest()
    number = int.from_bytes(digest[:8], "big") % 10**15
    text = f"{number:015d}"
    return " ".join(text[i : i + 5] for i in range(0, 15, 5))


@dataclass(frozen=True)
class IdentityCard:
    name: str
    role: str
    signing_key: Ed25519PublicKey
    age_recipient: X25519Recipient
    source_recipient: X25519Recipient | None = None
    signature: bytes | None = None

    def signed(self, key: Ed25519PrivateKey) -> IdentityCard:
        """The card with its owner's signature over every other line."""
        if key.public_key() != self.signing_key:
            raise CardError("a card can only be signed by its own signing key")
        return replace(self, signature=key.sign(_SIGNATURE_CONTEXT + self._body().encode()))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key)

    @property
    def safety_code(self) -> str:
        return safety_code(self.signing_key)

    def to_text(self) -> str:
        if self.signature is None:
            raise CardError("sign the card before writing it out")
        signature = base64.b64encode(self.signature).decode("ascii")
        return self._body() + f"signature: {signature}\n"

    def _body(self) -> str:
        lines = [
            HEADER,
            f"name: {self.name}",
            f"role: {self.role}",
            f"fingerprint: {self.fingerprint}",
            f"safety-code: {self.safety_code}",
            f"signing-key: {openssh_public_line(self.signing_key)}",
            f"age-recipient: {self.age_recipient.to_string()}",
        ]
        if self.source_recipient is not None:
            lines.append(f"source-recipient: {self.source_recipient.to_string()}")
        return "\n".join(lines) + "\n"

    def matches(self, typed: str) -> bool:
        """Does what the user typed equal this card's fingerprint or safety code? Spaces,
        dashes and case are ignored: they are how a code is read out, not what it says."""
        cleaned = normalise_code(typed)
        if not cleaned:
            return False
        # Both compared, in constant time, so the answer's timing says nothing of the code.
        return any([hmac.compare_digest(cleaned.encode(), normalise_code(code).encode())
                    for code in (self.fingerprint, self.safety_code)])


def normalise_code(typed: str) -> str:
    """A fingerprint or safety code as compared: without white space or dashes, in lower
    case (a base64 fingerprint folded to one case still keeps over 200 bits)."""
    return re.sub(r"[\s\-\u2010-\u2015\u2212]", "", typed).casefold()


def parse_card(data: bytes) -> IdentityCard:
    """Read a card strictly: known keys once each, and a fingerprint that fits the key."""
    if len(data) > MAX_CARD_BYTES:
        raise CardError("the file is too large to be an identity card")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CardError("the identity card is not UTF-8 text") from None
    lines = [line.rstrip("\r") for line in text.split("\n")]
    if any(_CONTROL.search(line) for line in lines):
        # A name is printed and shown: no byte of a card may steer a terminal.
        raise CardError("the identity card holds a control character")
    while lines and not lines[-1]:
        lines.pop()
    if not lines or lines[0] != HEADER:
        raise CardError("this is not a fieldapp identity card")
    fields: dict[str, str] = {}
    for line in lines[1:]:
        key, sep, value = line.partition(": ")
        if not sep or key not in _REQUIRED + _OPTIONAL:
            raise CardError(f"the identity card has an unexpected line: {line[:40]!r}")
        if key in fields:
            raise CardError(f"the identity card names {key} twice")
        fields[key] = value.strip()
    missing = [k for k in _REQUIRED if k not in fields]
    if missing:
        raise CardError(f"the identity card lacks {', '.join(missing)}")
    if fields["role"] not in ROLES:
        raise CardError(f"the identity card has an unknown role {fields['role']!r}")
    if not fields["name"]:
        raise CardError("the identity card has no name")
    try:
        signing_key = parse_signing_key(fields["signing-key"])
        recipient = X25519Recipient.from_string(fields["age-recipient"])
        source = (X25519Recipient.from_string(fields["source-recipient"])
                  if "source-recipient" in fields else None)
    except (KeyFormatError, ValueError) as error:
        raise CardError(f"the identity card holds a malformed key: {error}") from None
    try:
        signature = base64.b64decode(fields["signature"], validate=True)
    except (binascii.Error, ValueError):
        raise CardError("the identity card's signature is malformed") from None
    card = IdentityCard(fields["name"], fields["role"], signing_key, recipient, source, signature)
    if fields["fingerprint"] != card.fingerprint or fields["safety-code"] != card.safety_code:
        raise CardError("the card's fingerprint does not belong to its signing key")
    try:
        signing_key.verify(signature, _SIGNATURE_CONTEXT + card._body().encode())
    except InvalidSignature:
        raise CardError("the identity card was altered after its owner signed it") from None
    return card
