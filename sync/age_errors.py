"""The failures of reading or decrypting an age file, one class for each kind."""

from __future__ import annotations

from typing import ClassVar


class AgeError(Exception):
    """Any failure to read or decrypt an age file; str() is one sentence for the user."""

    default_message: ClassVar[str] = "The encrypted file could not be read."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class HeaderError(AgeError):
    default_message = "The encrypted file's header is damaged or is not an age header."


class PayloadError(AgeError):
    default_message = "The encrypted data is damaged, truncated or was tampered with."


class NoIdentityMatchError(AgeError):
    default_message = "None of your keys can open this file; it was encrypted for someone else."


class HeaderMacError(AgeError):
    default_message = (
        "The file's header fails its integrity check; it was damaged or tampered with."
    )


class UnsupportedError(AgeError):
    default_message = "This file uses an age feature this app does not support."
