"""Bounded, streaming byte readers: files and gzip archives, text checks, lines.

Everything here works on chunks of at most ``CHUNK`` bytes, so memory stays
bounded by the record size limit however large the input is.
"""

from __future__ import annotations

import codecs
import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from io import BufferedIOBase
from pathlib import Path

from newsevents.ingest.common import RAW_CAP, Place, RecordError

CHUNK = 64 * 1024
SNIFF = 8 * 1024
BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"SQLite format 3",
)
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class RawLine:
    """One physical line: its 1-based number, bytes (capped if oversize), full size and quotes."""

    number: int
    data: bytes
    size: int
    quotes: int


def _open(path: Path) -> BufferedIOBase:
    """Open ``path`` for binary reading, decompressing ``*.gz`` on the fly."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _failure(path: Path, err: BaseException) -> RecordError:
    """Describe why ``path`` cannot be read as an NE110 error."""
    if isinstance(err, FileNotFoundError):
        reason = "does not exist; check the path"
    elif isinstance(err, PermissionError):
        reason = "cannot be read (permission denied); check its permissions"
    elif isinstance(err, EOFError):
        reason = f"is truncated ({err}); re-download or re-compress it"
    elif isinstance(err, (gzip.BadGzipFile, zlib.error)):
        reason = f"is not a valid gzip archive ({err}); re-compress it or drop the .gz suffix"
    else:
        reason = f"cannot be read ({err})"
    return RecordError("NE110", f"{path} {reason}")


def iter_chunks(path: Path) -> Iterator[bytes]:
    """Yield the (decompressed) bytes of ``path`` in chunks; raise NE110 if unreadable."""
    try:
        with _open(path) as handle:
            while chunk := handle.read(CHUNK):
                yield chunk
    except (OSError, EOFError, zlib.error) as err:
        raise _failure(path, err) from err


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file look like binary data rather than text."""
    return b"\x00" in head[:SNIFF] or head.startswith(BINARY_MAGIC)


def _from_utf16(path: Path, first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    """Transcode a UTF-16 stream (with BOM) to UTF-8 chunks; raise NE104 on bad bytes."""
    decoder = codecs.getincrementaldecoder("utf-16")()
    try:
        yield decoder.decode(first).encode("utf-8", "surrogatepass")
        for chunk in rest:
            yield decoder.decode(chunk).encode("utf-8", "surrogatepass")
        yield decoder.decode(b"", final=True).encode("utf-8", "surrogatepass")
    except UnicodeDecodeError as err:
        raise RecordError(
            "NE104",
            f"{path} starts with a UTF-16 mark but has invalid UTF-16 bytes ({err.reason}); "
            "re-save it as UTF-8",
        ) from err


def decode_utf8(data: bytes, place: Place) -> str:
    """Decode UTF-8 strictly; raise NE104 naming the offending byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RecordError(
            "NE104",
            f"{place.where} is not valid UTF-8 (byte 0x{data[err.start]:02x} at byte "
            f"{err.start + 1}); re-save the file as UTF-8",
        ) from err


def utf8_chunks(path: Path) -> Iterator[bytes]:
    """Yield the file as UTF-8-ish chunks: BOM stripped, UTF-16 transcoded, binary rejected."""
    chunks = iter_chunks(path)
    first = next(chunks, b"")
    if first.startswith(codecs.BOM_UTF8):
        yield first[len(codecs.BOM_UTF8) :]
    elif first.startswith(UTF16_BOMS):
        yield from _from_utf16(path, first, chunks)
        return
    elif looks_binary(first):
        raise RecordError(
            "NE107",
            f"{path} is binary, not text (it starts with {first[:8]!r}); "
            "pass text, JSON Lines, CSV or HTML files (UTF-16 text needs a byte-order mark)",
            first[:RAW_CAP],
        )
    else:
        yield first
    yield from chunks


class _LineSplitter:
    """Split chunks into ``RawLine``s, keeping at most ``max_bytes`` of any line."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.number = 0
        self.buf = bytearray()
        self.size = 0
        self.quotes = 0

    def feed(self, chunk: bytes) -> Iterator[RawLine]:
        """Yield the lines that ``chunk`` completes; keep its tail for later."""
        pieces = chunk.split(b"\n")
        for piece in pieces[:-1]:
            self._append(piece)
            yield self._emit()
        self._append(pieces[-1])

    def close(self) -> Iterator[RawLine]:
        """Yield the last line if the input did not end with a newline."""
        if self.size:
            yield self._emit()

    def _append(self, piece: bytes) -> None:
        """Add a piece of the current line, dropping bytes past the size limit."""
        self.size += len(piece)
        self.quotes += piece.count(b'"')
        if self.size <= self.max_bytes:
            self.buf += piece
            return
        self.buf += piece[: max(0, RAW_CAP - len(self.buf))]
        del self.buf[RAW_CAP:]

    def _emit(self) -> RawLine:
        """Finish the current line and start a new one."""
        self.number += 1
        data = bytes(self.buf)
        if self.size <= self.max_bytes and data.endswith(b"\r"):
            data = data[:-1]
        line = RawLine(self.number, data, self.size, self.quotes)
        self.buf, self.size, self.quotes = bytearray(), 0, 0
        return line


def iter_lines(chunks: Iterator[bytes], max_bytes: int) -> Iterator[RawLine]:
    """Yield the lines of a chunk stream; lines over ``max_bytes`` come back truncated."""
    splitter = _LineSplitter(max_bytes)
    for chunk in chunks:
        yield from splitter.feed(chunk)
    yield from splitter.close()


def read_bounded(path: Path, max_bytes: int) -> tuple[bytes, bool]:
    """Read a whole text file; return its bytes, or its head and ``True`` if over ``max_bytes``."""
    parts: list[bytes] = []
    size = 0
    for chunk in utf8_chunks(path):
        parts.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            return b"".join(parts)[:RAW_CAP], True
    return b"".join(parts), False
