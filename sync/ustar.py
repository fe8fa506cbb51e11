"""A deliberately small ustar writer and a strict streaming reader for bundle archives.

Python's tarfile accepts GNU and PAX extensions, links, devices and absolute paths; a
bundle needs none of them, so the reader here refuses everything but plain files with
the names the caller expects, owner 0, mode 0600 and mtime 0.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

BLOCK = 512
END_OF_ARCHIVE = b"\0" * (2 * BLOCK)
_MAGIC = b"ustar\x0000"
_MODE = 0o600


class ArchiveError(ValueError):
    """The archive is not a plain, deterministic ustar archive of the expected members."""


def padded_size(size: int) -> int:
    return -(-size // BLOCK) * BLOCK


def member_size(size: int) -> int:
    """Bytes one member takes: its header block and its data rounded up to whole blocks."""
    return BLOCK + padded_size(size)


def archive_size(sizes: list[int]) -> int:
    return sum(member_size(s) for s in sizes) + len(END_OF_ARCHIVE)


def _octal(value: int, width: int) -> bytes:
    text = f"{value:0{width - 1}o}".encode("ascii")
    if len(text) > width - 1:
        raise ArchiveError(f"value {value} does not fit a {width}-byte ustar field")
    return text + b"\0"


def header(name: str, size: int) -> bytes:
    """The 512-byte header of a regular file: mode 0600, owner 0, mtime 0, no names."""
    encoded = name.encode("ascii")
    if len(encoded) > 100:
        raise ArchiveError(f"member name too long: {name}")
    block = bytearray(BLOCK)
    block[0 : len(encoded)] = encoded
    block[100:108] = _octal(_MODE, 8)
    block[108:116] = _octal(0, 8)  # uid
    block[116:124] = _octal(0, 8)  # gid
    block[124:136] = _octal(size, 12)
    block[136:148] = _octal(0, 12)  # mtime
    block[148:156] = b" " * 8  # checksum placeholder, as the format defines
    block[156:157] = b"0"  # regular file
    block[257:265] = _MAGIC
    block[148:156] = _octal(sum(block), 7) + b" "
    return bytes(block)


def write_member(sink: BinaryIO, name: str, data_chunks: Iterator[bytes], size: int) -> None:
    """Write one member whose data arrives in chunks adding up to exactly `size` bytes."""
    sink.write(header(name, size))
    written = 0
    for chunk in data_chunks:
        written += len(chunk)
        sink.write(chunk)
    if written != size:
        raise ArchiveError(f"{name}: wrote {written} bytes, declared {size}")
    sink.write(b"\0" * (padded_size(size) - size))


def write_bytes_member(sink: BinaryIO, name: str, data: bytes) -> None:
    write_member(sink, name, iter([data]), len(data))


@dataclass(frozen=True)
class Member:
    name: str
    size: int


def _read_exact(source: BinaryIO, size: int) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise ArchiveError("the archive ends in the middle of a block")
    return data


def _is_octal(field: bytes) -> bool:
    return bool(field) and all(0x30 <= c <= 0x37 for c in field)


def parse_header(block: bytes) -> Member:
    """Check every field of a header block; return the member it announces."""
    if block[257:265] != _MAGIC:
        raise ArchiveError("not a ustar header (GNU and old tar formats are refused)")
    stored = block[148:156].rstrip(b"\0 ")
    computed = sum(block[:148]) + 8 * 0x20 + sum(block[156:])
    if not _is_octal(stored):
        raise ArchiveError("a header checksum is not an octal number")
    if int(stored, 8) != computed:
        raise ArchiveError("a header checksum is wrong")
    typeflag = block[156:157]
    if typeflag != b"0":
        kind = {b"x": "PAX header", b"g": "PAX global header", b"L": "GNU long name",
                b"K": "GNU long link", b"1": "hard link", b"2": "symbolic link",
                b"3": "character device", b"4": "block device", b"5": "directory",
                b"6": "FIFO"}.get(typeflag, f"type {typeflag!r}")
        raise ArchiveError(f"the archive holds a {kind}; only plain files are allowed")
    name_field = block[0:100]
    name = name_field.split(b"\0", 1)[0]
    if name_field[len(name):].strip(b"\0") or block[345:500].strip(b"\0"):
        raise ArchiveError("a member name has hidden bytes or a prefix")
    if block[157:257].strip(b"\0") or block[265:345].strip(b"\0") or block[500:].strip(b"\0"):
        raise ArchiveError("a header carries link names, owner names or device numbers")
    expected = {100: _octal(_MODE, 8), 108: _octal(0, 8), 116: _octal(0, 8),
                136: _octal(0, 12)}
    for offset, value in expected.items():
        if block[offset : offset + len(value)] != value:
            raise ArchiveError("a header is not deterministic (mode, owner or mtime)")
    size_field = block[124:136]
    if size_field[11:12] != b"\0" or not _is_octal(size_field[:11]):
        raise ArchiveError("a member size is malformed")
    try:
        text = name.decode("ascii")
    except UnicodeDecodeError:
        raise ArchiveError("a member name is not ASCII") from None
    return Member(text, int(size_field[:11], 8))


class StrictReader:
    """Reads members one by one from a stream, refusing anything unexpected."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self._remaining = 0  # data bytes of the current member not yet read
        self._pending = 0  # the same, counting the zero padding after the data
        self.finished = False

    def next_member(self) -> Member | None:
        """The next member's header, or None at the end-of-archive marker."""
        self._skip_rest()
        block = _read_exact(self._source, BLOCK)
        if block == b"\0" * BLOCK:
            if _read_exact(self._source, BLOCK) != b"\0" * BLOCK:
                raise ArchiveError("the end-of-archive marker is damaged")
            self.finished = True
            return None
        member = parse_header(block)
        self._remaining = member.size
        self._pending = padded_size(member.size)
        return member

    def read(self, size: int = -1) -> bytes:
        """Read the current member's data (never past it)."""
        if size < 0 or size > self._remaining:
            size = self._remaining
        data = _read_exact(self._source, size)
        self._remaining -= size
        self._pending -= size
        return data

    def chunks(self, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
        while self._remaining:
            yield self.read(chunk_size)

    def _skip_rest(self) -> None:
        while self._remaining:
            self.read(64 * 1024)
        padding = _read_exact(self._source, self._pending)
        if padding.strip(b"\0"):
            raise ArchiveError("padding after a member is not zero")
        self._pending = 0
