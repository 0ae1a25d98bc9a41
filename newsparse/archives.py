"""The members of an archive, and stdin as its first bytes say it is.

A zip archive's members are listed from its index; a tar archive's are read in order as the
archive streams by, each readable until the next is asked for (``STREAMED`` holds the one being
read) or read ahead. Stdin is told by its first bytes (``STDIN_FORMATS``): a compressed stream
is decompressed, a tar archive read as it comes, a zip archive first copied to a temporary
file. Every member is checked as ``inputs.py`` checks a file (a link, an encrypted member, one
larger than ``max_bytes`` is reported, not read) and named ``ARCHIVE!MEMBER``. This module is
loaded only when an archive or stdin is read.
"""
from __future__ import annotations

import io
import stat
from typing import BinaryIO, Iterator

from .errors import InputError
from .inputs import TAR_SUFFIXES, Capped, Source, archive_errors, hidden, matches, reason, safe_parts, too_big
from .slotted import replace

STREAMED: dict[str, BinaryIO] = {}      # the tar member being read now, by its Source name
ZIPS: dict[str, object] = {}            # open zip archives, by path (one process reads many members)


def _under(folder: str, parts: list[str]) -> str:
    """A member's path for the output tree: below the archive's own path without its suffix
    when it was found in a folder (``2024/x.zip`` -> ``2024/x/...``), at the top when named."""
    lower = folder.lower()
    for suffix in TAR_SUFFIXES + (".zip",):
        if lower.endswith(suffix):
            folder = folder[:-len(suffix)]
            break
    return "/".join(([folder] if folder else []) + parts)


def zip_members(path: str, folder: str, glob: str, max_bytes: int) -> Iterator[Source]:
    import zipfile
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except archive_errors() as exc:
        yield Source(path, "error", error=f"cannot read the zip archive: {exc}")
        return
    yield from _zip_sources(path, folder, infos, glob, max_bytes)


def _wanted(name: str, is_dir: bool, glob: str) -> list[str] | None:
    """A member's path parts when it is read (a file, not hidden, its name matching the glob),
    else None."""
    parts = safe_parts(name)
    if is_dir or any(hidden(p) for p in parts) or not matches(parts[-1], glob):
        return None
    return parts


def _zip_sources(path: str | None, folder: str, infos: list, glob: str, max_bytes: int) -> Iterator[Source]:
    """The matching members of a zip archive, at ``path`` (None: piped to stdin)."""
    found = False
    shown = "<stdin>" if path is None else path
    for info in infos:
        parts = _wanted(info.filename, info.is_dir(), glob)
        if parts is None:
            continue
        found = True
        name = f"{shown}!{info.filename}"
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            yield Source(name, "error", error="a symbolic link inside the archive, not followed")
        elif info.flag_bits & 0x1:
            yield Source(name, "error", error="an encrypted archive member")
        elif info.file_size > max_bytes:
            yield Source(name, "error", error=too_big(max_bytes, f"{info.file_size} bytes"))
        else:
            yield Source(name, "zip", path=path, member=info.filename, rel=_under(folder, parts), size=info.file_size)
    if not found:
        yield Source(path, "error", error=f"archive holds no members matching {glob}")


def tar_members(path: str | None, folder: str, glob: str, max_bytes: int, stream_tars: bool,
                fileobj: BinaryIO | None = None) -> Iterator[Source]:
    """A tar archive's members, read in order from the file at ``path`` or (stdin, ``path``
    None) from ``fileobj``, decompressed already."""
    import tarfile
    found = False
    shown = "<stdin>" if path is None else path
    try:
        with (tarfile.open(path, mode="r|*") if fileobj is None else tarfile.open(fileobj=fileobj, mode="r|")) as tf:
            for info in tf:
                parts = _wanted(info.name, info.isdir(), glob)
                if parts is None:
                    continue
                found = True
                name = f"{shown}!{info.name}"
                rel = _under(folder, parts)
                if info.issym() or info.islnk():
                    yield Source(name, "error", error="a link inside the archive, not followed")
                elif not info.isreg():
                    yield Source(name, "error", error="not a regular file inside the archive")
                elif info.size > max_bytes:
                    yield Source(name, "error", error=too_big(max_bytes, f"{info.size} bytes"))
                elif stream_tars:
                    STREAMED[name] = tf.extractfile(info)
                    try:
                        yield Source(name, "tar", path=path, member=info.name, rel=rel, size=info.size)
                    finally:
                        STREAMED.pop(name, None)
                else:
                    yield Source(name, "tar", path=path, member=info.name, rel=rel,
                                 data=tf.extractfile(info).read(), size=info.size)
            _to_the_end(tf.fileobj)
    except archive_errors() as exc:
        yield Source(path, "error", error=f"cannot read the tar archive: {exc}")
        return
    if not found:
        yield Source(path, "error", error=f"archive holds no members matching {glob}")


# -- stdin ------------------------------------------------------------------------------------------

# what a stream piped to stdin is, by its first bytes: (format, magic bytes, offset)
STDIN_FORMATS = (
    ("gz", b"\x1f\x8b\x08", 0),          # gzip, deflate
    ("bz2", b"BZh", 0),                   # bzip2 (a block size digit follows, checked below)
    ("xz", b"\xfd7zXZ\x00", 0),
    ("zip", b"PK\x03\x04", 0),           # a zip archive's first member
    ("zip", b"PK\x05\x06", 0),           # an empty zip archive
    ("tar", b"ustar", 257),               # POSIX and GNU tar
)


_HEAD = 262                               # bytes enough for every magic above


def stdin_format(head: bytes) -> str | None:
    """What the first bytes of a stream say it is: a format of ``STDIN_FORMATS``, or None (text,
    or data the decoder tells apart)."""
    for fmt, magic, at in STDIN_FORMATS:
        if head[at:at + len(magic)] == magic and (fmt != "bz2" or head[3:4] in b"123456789"):
            return fmt
    return None


class _Prefixed(io.RawIOBase):
    """The bytes ``head`` already read from ``rest``, then the rest of it: a stream whose first
    bytes were looked at, whole again without seeking. Closing it leaves ``rest`` open."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _read_head(stream: BinaryIO, n: int) -> bytes:
    head = b""
    while len(head) < n:
        data = stream.read(n - len(head))
        if not data:
            break
        head += data
    return head


def stdin_sources(src: Source, glob: str, max_bytes: int, stream_tars: bool) -> Iterator[Source]:
    """Stdin as its first bytes say: a gzip, bzip2 or xz stream is decompressed, and read as a
    tar archive's members when what it holds is one (``.tar.gz``), else as its one text (``.gz``);
    a tar archive is read in order as it comes; a zip archive, whose index is at its end, is
    first copied to a temporary file (at most ``max_bytes`` of it); anything else is text.
    Nothing is held whole in memory but a member read ahead (``stream_tars`` false), as for
    the archives named. Each source yielded is readable until the next one is asked for."""
    import sys
    if sys.stdin is None:
        yield src                           # open_source says it is closed
        return
    raw = sys.stdin.buffer
    try:
        head = _read_head(raw, _HEAD)
    except OSError as exc:
        yield Source(None, "error", error=f"cannot read: {reason(exc)}")
        return
    stream: BinaryIO = io.BufferedReader(_Prefixed(head, raw))
    fmt = stdin_format(head)
    if fmt == "zip":
        yield from _stdin_zip(stream, glob, max_bytes, stream_tars)
        return
    if fmt == "tar":
        yield from tar_members(None, "", glob, max_bytes, stream_tars, fileobj=stream)
        return
    if fmt is not None:                     # compressed: a tar archive, or one text
        import bz2
        import gzip
        import lzma
        unpacked = (gzip.GzipFile(fileobj=stream) if fmt == "gz" else
                    (bz2.BZ2File if fmt == "bz2" else lzma.LZMAFile)(stream))
        try:
            inner = _read_head(unpacked, _HEAD)
        except archive_errors() as exc:
            yield Source(None, "error", error=f"damaged archive or compressed data: {exc}")
            return
        stream = io.BufferedReader(_Prefixed(inner, unpacked))
        if stdin_format(inner) == "tar":
            yield from tar_members(None, "", glob, max_bytes, stream_tars, fileobj=stream)
            return
        src = replace(src, kind="compressed")
    STREAMED[None] = Capped(stream, max_bytes if fmt else None, closes=False)
    try:
        yield src
    finally:
        STREAMED.pop(None, None)


def _stdin_zip(stream: BinaryIO, glob: str, max_bytes: int, stream_tars: bool) -> Iterator[Source]:
    """A zip archive piped to stdin: copied to a temporary file (removed when read), as its
    members are found from the index at its end; refused past ``max_bytes``."""
    import tempfile
    import zipfile
    with tempfile.TemporaryFile(prefix="newsparse-stdin-", suffix=".zip") as spool:
        try:
            while True:
                chunk = stream.read(1 << 20)
                if not chunk:
                    break
                if spool.tell() + len(chunk) > max_bytes:
                    yield Source(None, "error", error=f"a zip archive longer than --max-bytes ({max_bytes} bytes) "
                                                      "is not read from stdin; name the file instead")
                    return
                spool.write(chunk)
            spool.seek(0)
            zf = zipfile.ZipFile(spool)
        except archive_errors() as exc:
            yield Source(None, "error", error=f"cannot read the zip archive: {exc}")
            return
        with zf:
            for found in _zip_sources(None, "", zf.infolist(), glob, max_bytes):
                if found.kind != "zip":
                    yield found
                    continue
                try:
                    member = zf.open(found.member)
                except archive_errors() as exc:
                    yield replace(found, kind="error", error=f"cannot read the archive member: {exc}")
                    continue
                if stream_tars:
                    STREAMED[found.name] = member
                    try:
                        yield found
                    finally:
                        STREAMED.pop(found.name, None)
                        member.close()
                else:
                    try:
                        with Capped(member, max_bytes) as capped:
                            data = capped.read()
                    except InputError as exc:
                        yield replace(found, kind="error", error=str(exc))
                    else:
                        yield replace(found, data=data)


def _to_the_end(stream) -> None:
    """Read a tar stream past its end-of-archive blocks: what follows is padding, zeros only. A
    stream damaged in the middle can read as ending early (its zeroed blocks look like the end):
    the rest, unread, would hide the members after the damage, so a non-zero byte after the end
    (or a compressed stream that breaks off) is the archive's error."""
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            return
        if chunk.strip(b"\0"):
            raise EOFError("it goes on after its end-of-archive blocks: damaged, members may be lost")

