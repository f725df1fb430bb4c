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


BOMB_RATIO = 200
"""A gzip archive expanding to more than this many times its size is rejected (NE110)."""
BOMB_FLOOR = 1024 * 1024
"""...once it has expanded past this many bytes (small archives are never refused)."""


def _bomb(path: Path, expanded: int, packed: int) -> RecordError:
    return RecordError(
        "NE110",
        f"{path} expands to over {expanded:,} bytes from {packed:,} (more than "
        f"{BOMB_RATIO} times its size), which real text does not; it looks like a "
        "decompression bomb, so the rest of it is not read; re-compress the real data",
    )


def iter_chunks(path: Path) -> Iterator[bytes]:
    """Yield the (decompressed) bytes of ``path`` in chunks; raise NE110 if unreadable.

    A gzip archive that expands past ``BOMB_FLOOR`` bytes and ``BOMB_RATIO`` times its
    size on disk is cut off with NE110, so a small bomb cannot cost hours of CPU.
    """
    expanded = 0
    try:
        packed = path.stat().st_size
        with _open(path) as handle:
            # read1, not read: a truncated gzip archive then still yields the bytes
            # decompressed before the break instead of losing up to a whole chunk.
            while chunk := handle.read1(CHUNK):
                expanded += len(chunk)
                if expanded > BOMB_FLOOR and expanded > BOMB_RATIO * packed:
                    raise _bomb(path, expanded, packed)
                yield chunk
    except (OSError, EOFError, zlib.error) as err:
        raise _failure(path, err) from err


NUL_SHARE = 1000
"""A head with more than one NUL byte per ``NUL_SHARE`` bytes is binary."""


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file look like binary data rather than text.

    Binary means a known magic number, or more than one NUL byte and more than 0.1 % of
    the head (random or compressed data has about 0.4 %, UTF-16 without a BOM about 50 %).
    A stray NUL in a text file stays text, so one corrupt line cannot cost the good
    records beside it: that line is rejected on its own.
    """
    sniff = head[:SNIFF]
    nuls = sniff.count(b"\x00")
    return nuls > max(1, len(sniff) // NUL_SHARE) or head.startswith(BINARY_MAGIC)


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
