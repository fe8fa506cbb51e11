"""Bech32 (BIP-173) encoding and decoding, without the 90-character limit, as age keys use it."""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUES = {char: value for value, char in enumerate(CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHECKSUM_LENGTH = 6


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_GENERATOR):
            if (top >> bit) & 1:
                checksum ^= generator
    return checksum


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]


def _checksum(hrp: str, words: list[int]) -> list[int]:
    # BIP-173 fixes the constant to 1 (bech32m would use another); age uses plain bech32.
    polymod = _polymod([*_expand_hrp(hrp), *words, 0, 0, 0, 0, 0, 0]) ^ 1
    return [(polymod >> 5 * (5 - i)) & 31 for i in range(_CHECKSUM_LENGTH)]


def _regroup(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    """Regroup a sequence of from_bits-wide values into to_bits-wide ones."""
    accumulator = 0
    bits = 0
    out: list[int] = []
    mask = (1 << to_bits) - 1
    # Only the bits not yet emitted matter; masking keeps the integer small on long inputs.
    keep = (1 << (from_bits + to_bits - 1)) - 1
    for value in data:
        accumulator = ((accumulator << from_bits) | value) & keep
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((accumulator >> bits) & mask)
    if pad:
        if bits:
            out.append((accumulator << (to_bits - bits)) & mask)
    elif bits >= from_bits or (accumulator << (to_bits - bits)) & mask:
        # Decoding: a whole spare group, or non-zero padding bits, means a non-canonical string.
        raise ValueError("The bech32 string has invalid padding.")
    return out


def _check_hrp(hrp: str) -> None:
    if not hrp or any(not 33 <= ord(char) <= 126 for char in hrp):
        raise ValueError("The bech32 prefix is empty or holds characters outside printable ASCII.")


def encode(hrp: str, data: bytes) -> str:
    """hrp + "1" + data + checksum, in lowercase (callers uppercase it when they need to)."""
    _check_hrp(hrp)
    if hrp.lower() != hrp and hrp.upper() != hrp:
        raise ValueError("The bech32 prefix mixes upper and lower case.")
    # The checksum is always computed over the lowercase form.
    hrp = hrp.lower()
    words = _regroup(data, 8, 5, pad=True)
    return hrp + "1" + "".join(CHARSET[word] for word in words + _checksum(hrp, words))


def decode(text: str) -> tuple[str, bytes]:
    """(hrp as written, data) from a bech32 string; ValueError if it is malformed.

    The hrp keeps the case of the input, which is all-upper or all-lower, so a
    caller can insist on the case its format uses (age secret keys are uppercase).
    """
    if text.lower() != text and text.upper() != text:
        raise ValueError("The bech32 string mixes upper and lower case.")
    separator = text.rfind("1")
    if separator < 1 or separator + 1 + _CHECKSUM_LENGTH > len(text):
        raise ValueError("The bech32 string is too short or has no separator.")
    hrp = text[:separator]
    _check_hrp(hrp)
    try:
        words = [_VALUES[char] for char in text[separator + 1:].lower()]
    except KeyError:
        raise ValueError("The bech32 string holds a character outside its alphabet.") from None
    if _polymod(_expand_hrp(hrp.lower()) + words) != 1:
        raise ValueError("The bech32 checksum does not match; the string is mistyped or damaged.")
    data = _regroup(words[:-_CHECKSUM_LENGTH], 5, 8, pad=False)
    return hrp, bytes(data)
