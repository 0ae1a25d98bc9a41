"""What the command line reads: files, folders, archives and stdin, as a stream of ``Source``.

A folder stands for its files whose names match the glob (``*.txt`` by default, ignoring case),
recursively, sorted, hidden files and folders skipped. An archive (.zip, .tar, .tar.gz/.tgz,
.tar.bz2, .tar.xz) stands for its members that match the glob, read in place; a compressed file
(.gz, .bz2, .xz) for its one text. Stdin is told by its first bytes (``archives.STDIN_FORMATS``):
the same archives and compressed streams piped in are read as those files are, members named
``<stdin>!MEMBER``. ``archives.py`` lists an archive's members and reads stdin; it is loaded only
when one is read. Nothing here parses: it finds inputs, opens them safely and says why one
cannot be read.

Safety: a FIFO, socket or device is never opened (only ``-`` reads a pipe), so a batch cannot
hang; inside a folder, symbolic links that lead out of it are not followed unless asked, and
loops and dangling links are reported; decompressed data is capped per input (``max_bytes``),
so a small archive that expands without end is refused; archive members that are links are
not read, and member names never name a place outside the output folder (``safe_parts``).
"""
from __future__ import annotations

import errno
import io
import os
import stat
from fnmatch import fnmatchcase
from typing import BinaryIO, Iterator

from .errors import InputError
from .slotted import frozen, replace

DEFAULT_GLOB = "*.txt"
DEFAULT_MAX_BYTES = 1 << 30        # 1 GiB of decompressed text per archive member or compressed file

TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")


@frozen
class Source:
    """One input.

    ``name`` is what the record's ``input.path`` shows (None for stdin); ``rel`` is its path
    below the folder or archive it came from, for the output tree of ``convert``; ``error`` is
    set for an input that was found but cannot be read (or is skipped, when ``skipped``).
    """
    name: str | None
    kind: str = "file"              # file | stdin | zip | tar | compressed | error
    path: str | None = None         # the file on disk (the archive, for a member)
    member: str | None = None       # the member's name inside the archive
    rel: str = ""
    error: str | None = None
    skipped: bool = False
    data: bytes | None = None       # a tar member read ahead (for worker processes)
    size: int | None = None         # an archive member's size, as the archive states it

    @property
    def shown(self) -> str:
        return "<stdin>" if self.name is None else self.name

    @property
    def in_process(self) -> bool:
        """Stdin, or what a stream piped to it holds, not read ahead: readable only in this
        process, in order, until the next source is asked for."""
        return self.kind != "error" and self.path is None and self.data is None


def archive_kind(path: str) -> str | None:
    lower = path.lower()
    if lower.endswith(".zip"):
        return "zip"
    if lower.endswith(TAR_SUFFIXES):
        return "tar"
    if lower.endswith(COMPRESSED_SUFFIXES):
        return "compressed"
    return None


def safe_parts(name: str) -> list[str]:
    """A member name as path parts that stay below a folder: no root, no drive, no '..'."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]                                  # a Windows drive ("C:")
    return parts or ["member"]


def matches(name: str, glob: str) -> bool:
    return fnmatchcase(name.lower(), glob.lower())


def hidden(name: str) -> bool:
    return name.startswith(".")


def _kind_of_mode(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def iter_sources(inputs: tuple[str, ...], *, glob: str = DEFAULT_GLOB, follow_links: bool = False,
                 max_bytes: int = DEFAULT_MAX_BYTES, stream_tars: bool = True) -> Iterator[Source]:
    """The inputs in order; a folder or an archive stands for its files.

    With ``stream_tars`` a tar member's Source is readable only until the next one is asked
    for (the archive is read once, in order); without it, each member's bytes are read ahead.
    """
    for entry in expand(inputs, glob=glob, follow_links=follow_links):
        yield from members(entry, glob=glob, max_bytes=max_bytes, stream_tars=stream_tars)


def expand(inputs: tuple[str, ...], *, glob: str = DEFAULT_GLOB, follow_links: bool = False) -> Iterator[Source]:
    """The inputs as found on disk, in order: files, archives (kind ``zip`` or ``tar``, not yet
    opened), stdin, and the problems met (kind ``error``). Only names and stats are read."""
    for name in inputs:
        if name == "-":
            yield Source(None, "stdin")
            continue
        try:
            st = os.stat(name)
        except OSError as exc:
            dangling = exc.errno == errno.ENOENT and os.path.islink(name)
            yield Source(name, "error", error="a dangling symbolic link" if dangling else reason(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(name, glob, follow_links)
        elif not stat.S_ISREG(st.st_mode):
            yield Source(name, "error",
                         error=f"{_kind_of_mode(st.st_mode)}, not a file; pipe it to `-` to read it")
        else:
            source = _file(name, os.path.basename(name))
            yield replace(source, rel="") if source.kind in ("zip", "tar") else source


def members(src: Source, *, glob: str = DEFAULT_GLOB, max_bytes: int = DEFAULT_MAX_BYTES,
            stream_tars: bool = True) -> Iterator[Source]:
    """An archive's matching members (read in place); stdin as what its first bytes say it is
    (``archives.stdin_sources``); any other input as it is."""
    if src.kind not in ("zip", "tar", "stdin") or src.member is not None:
        yield src
        return
    from .archives import stdin_sources, tar_members, zip_members
    if src.kind == "zip":
        yield from zip_members(src.path, src.rel, glob, max_bytes)
    elif src.kind == "tar":
        yield from tar_members(src.path, src.rel, glob, max_bytes, stream_tars)
    else:
        yield from stdin_sources(src, glob, max_bytes, stream_tars)


def reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _file(path: str, rel: str) -> Source:
    """A file found on disk, with its path below the folder it was found in."""
    kind = archive_kind(path)
    if kind == "compressed":
        return Source(path, "compressed", path=path, rel=os.path.splitext(rel)[0])
    if kind in ("zip", "tar"):
        return Source(path, kind, path=path, rel=rel)
    return Source(path, "file", path=path, rel=rel)


def _walk(top: str, glob: str, follow_links: bool) -> Iterator[Source]:
    """A folder's matching files, recursively, sorted by name; links out of it only if asked."""
    real_top = os.path.realpath(top)
    found = [0]

    def inside(path: str) -> bool:
        real = os.path.realpath(path)
        return real == real_top or real.startswith(real_top.rstrip(os.sep) + os.sep)

    def walk(folder: str, rel: str, ancestors: frozenset) -> Iterator[Source]:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            found[0] += 1
            yield Source(folder, "error", error=f"cannot read the folder: {reason(exc)}")
            return
        for entry in entries:
            if hidden(entry.name):
                continue
            path = os.path.join(folder, entry.name)
            sub = f"{rel}/{entry.name}" if rel else entry.name
            try:
                is_link = entry.is_symlink()
                st = entry.stat(follow_symlinks=True)
            except OSError as exc:
                if matches(entry.name, glob) or not is_link:
                    found[0] += 1
                    problem = "a symbolic link loop" if exc.errno == errno.ELOOP else (
                        "a dangling symbolic link" if is_link and exc.errno == errno.ENOENT else reason(exc))
                    yield Source(path, "error", error=problem)
                continue
            is_dir = stat.S_ISDIR(st.st_mode)
            if not is_dir and not matches(entry.name, glob):
                continue
            if is_link and not follow_links and not inside(path):
                found[0] += 1
                yield Source(path, "error", skipped=True,
                             error="a symbolic link out of the folder, not followed (use --follow-links)")
                continue
            if is_dir:
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    found[0] += 1
                    yield Source(path, "error", error="a symbolic link loop")
                    continue
                yield from walk(path, sub, ancestors | {key})
            elif stat.S_ISREG(st.st_mode):
                found[0] += 1
                yield _file(path, sub)
            else:
                found[0] += 1
                yield Source(path, "error", error=f"{_kind_of_mode(st.st_mode)}, not a file; not read")

    st = os.stat(top)
    yield from walk(top, "", frozenset({(st.st_dev, st.st_ino)}))
    if not found[0]:
        yield Source(top, "error", error=f"folder holds no files matching {glob}")


# -- opening ----------------------------------------------------------------------------------------

def archive_errors():
    import lzma
    import tarfile
    import zipfile
    import zlib
    return (OSError, EOFError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, tarfile.TarError,
            NotImplementedError, RuntimeError)


def too_big(max_bytes: int, size: str) -> str:
    return (f"expands to more than --max-bytes ({max_bytes} bytes; it says {size}); "
            "refused as a possible decompression bomb")


class Capped(io.RawIOBase):
    """A stream whose read errors become InputError; a decompressing one (``limit`` set) also
    stops past ``limit`` bytes."""

    def __init__(self, raw: BinaryIO, limit: int | None, closes: bool = True,
                 under: BinaryIO | None = None) -> None:
        self.raw, self.limit, self.seen, self.closes, self.under = raw, limit, 0, closes, under

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed and self.closes:
            for stream in (self.raw, self.under):
                try:
                    if stream is not None:
                        stream.close()
                except archive_errors():
                    pass
        super().close()

    def read(self, n: int = -1) -> bytes:
        try:
            data = self.raw.read(n)
        except InputError:
            raise
        except archive_errors() as exc:
            if self.limit is None:
                raise InputError(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
            raise InputError(f"damaged archive or compressed data: {exc}") from None
        self.seen += len(data)
        if self.limit is not None and self.seen > self.limit:
            raise InputError(too_big(self.limit, f"at least {self.seen} bytes"))
        return data


def open_source(src: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> BinaryIO:
    """A binary stream of the input's bytes (decompressed); raise InputError when it cannot be
    opened. A FIFO or device is refused, never opened for reading in a way that blocks."""
    if src.kind == "file":
        return Capped(_open_regular(src.path), None)
    if src.kind in ("stdin", "compressed") and src.path is None:
        from .archives import STREAMED
        stream = STREAMED.get(None)        # stdin as its first bytes said (``archives.stdin_sources``)
        if stream is not None:
            return stream
        import sys
        if sys.stdin is None:
            raise InputError("standard input is closed")
        return Capped(sys.stdin.buffer, None, closes=False)
    if src.kind == "compressed":
        import bz2
        import gzip
        import lzma
        suffix = os.path.splitext(src.path.lower())[1]
        raw = _open_regular(src.path)
        if suffix == ".gz":
            stream = gzip.GzipFile(fileobj=raw)
        else:
            stream = (bz2.BZ2File if suffix == ".bz2" else lzma.LZMAFile)(raw)
        return Capped(stream, max_bytes, under=raw)
    if src.kind == "zip" and src.path is None:       # a member of a zip archive piped to stdin
        return _read_in_order(src, max_bytes, "the member can no longer be read (stdin is read in order)")
    if src.kind == "zip":
        import zipfile

        from .archives import ZIPS
        try:
            zf = ZIPS.get(src.path)
            if zf is None:
                ZIPS.clear()
                zf = ZIPS[src.path] = zipfile.ZipFile(src.path)
            return Capped(zf.open(src.member), max_bytes)
        except archive_errors() as exc:
            raise InputError(f"cannot read the archive member: {exc}") from None
    if src.kind == "tar":
        return _read_in_order(src, max_bytes, "the tar member can no longer be read (it was read in order)")
    raise InputError(src.error or "cannot be read")


def _read_in_order(src: Source, max_bytes: int, gone: str) -> BinaryIO:
    """A member of an archive read as it streams by: its bytes read ahead, or the stream at
    it while the archive is read in order (``gone``: the error once it has passed)."""
    if src.data is not None:
        return io.BytesIO(src.data)
    from .archives import STREAMED
    stream = STREAMED.get(src.name)
    if stream is None:
        raise InputError(gone)
    return Capped(stream, max_bytes)


def _open_regular(path: str) -> BinaryIO:
    """Open a regular file without blocking on a FIFO: open non-blocking, check, then read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(reason(exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{_kind_of_mode(st.st_mode)}, not a file; pipe it to `-` to read it")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
