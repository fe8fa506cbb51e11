"""Bounds on an age header, enforced while it is read: how many recipient stanzas, how large
each one's body, how long the whole header. A hostile header is refused before any key
exchange is attempted and before more than a few KiB of it are held."""

from __future__ import annotations

from typing import Any, BinaryIO

from sync.age_errors import HeaderError

# fieldapp writes two X25519 stanzas (bundles and sealed sources alike), each a 3-field
# argument line and a 43-column body; stock age files meant for us are of the same size.
MAX_STANZAS = 8
MAX_STANZA_BODY = 1024  # base64 characters in one stanza's body lines
MAX_HEADER_BYTES = 16 * 1024

_STANZA_PREFIX = b"-> "
_MAC_MARK = b"---"


class HeaderBoundsError(HeaderError):
    """A header with too many stanzas, too large a stanza, or too many bytes."""

    default_message = "The encrypted file's header is larger than any this app writes or reads."


class BoundedHeaderSource:
    """A binary source whose age header is counted line by line as read_header reads it;
    once the header's MAC line has passed, reads go straight to the source."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self._header_bytes = 0
        self._stanzas = 0
        self._body = 0
        self._done = False

    def readline(self, size: int = -1) -> bytes:
        if self._done:
            return self._source.readline(size)
        # Never ask for more than the header may still hold (plus one byte, to notice).
        room = MAX_HEADER_BYTES - self._header_bytes + 1
        line = self._source.readline(room if size < 0 else min(size, room))
        self._header_bytes += len(line)
        if self._header_bytes > MAX_HEADER_BYTES:
            raise HeaderBoundsError()
        if line.startswith(_STANZA_PREFIX):
            self._stanzas += 1
            self._body = 0
            if self._stanzas > MAX_STANZAS:
                raise HeaderBoundsError("The encrypted file's header has more recipient"
                                        f" stanzas than the {MAX_STANZAS} this app accepts.")
        elif line.startswith(_MAC_MARK):
            self._done = True
        elif self._stanzas:
            self._body += len(line)
            if self._body > MAX_STANZA_BODY:
                raise HeaderBoundsError("A recipient stanza in the encrypted file's header is"
                                        " larger than this app accepts.")
        return line

    def read(self, size: int = -1) -> bytes:
        return self._source.read(size)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._source, name)


def bounded(source: BinaryIO) -> BinaryIO:
    """source, with its age header's size bounded as it is read."""
    return BoundedHeaderSource(source)  # type: ignore[return-value]
