"""Padmé padding: round a length up so that it reveals only O(log log n) bits of itself.

From Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with
PURBs" (PETS 2019). The overhead is at most about 12% and shrinks as files grow.
"""

from __future__ import annotations

MIN_BUCKET = 64 * 1024


def padded_length(length: int) -> int:
    """The Padmé bucket for `length`, never below MIN_BUCKET (small bundles all look alike)."""
    if length <= MIN_BUCKET:
        return MIN_BUCKET
    exponent = length.bit_length() - 1  # floor(log2 L)
    size_bits = exponent.bit_length()  # floor(log2 E) + 1
    low_bits = exponent - size_bits  # bits of L that may be rounded away
    mask = (1 << low_bits) - 1
    return (length + mask) & ~mask
