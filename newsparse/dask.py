"""Run newsparse on a Dask cluster: ``newsparse convert --engine dask`` and a bag API.

Needs the optional extra: ``pip install "newsparse[dask]"`` (dask[bag] and distributed). Nothing
else in newsparse imports this module, so the core install and the command line never load Dask
unless it is asked for.

- ``parse_bag(bag)``: a Dask bag of texts (or bytes, or with ``paths=True`` paths and URLs) in,
  a bag of records (``to_dict``) out, one per article, in bag order. Lazy, like any bag.
- ``convert_bag(bag, out)``: a bag's records written as JSON Lines partition files
  (``part-00000.jsonl``, ... one per partition) and ``errors.jsonl`` under ``out``; a bad input is
  reported there and the rest goes on. Returns the counts.
- ``list_sources`` and ``convert``: what ``newsparse convert --engine dask`` runs. The inputs are
  listed on the client (files, folders, archives as ``parse`` reads them; fsspec URLs), cut into
  partitions of ``partition_size`` inputs, and each worker reads, parses and writes its share.

Each record is rendered by the code of a local run (``serialize.render``, errors as ``batch``
words them), so the partition files read in partition order hold the bytes ``newsparse parse
--format jsonl`` prints for the same inputs; as with the local ``convert``, an input that fails
part-way gives no record at all. Every file is written under a temporary name
(``.part-00000.jsonl.TOKEN.tmp``) and renamed when complete; ``errors.jsonl`` is written last,
so its presence says the run finished.
"""
from __future__ import annotations

import asyncio
import io
import logging
import math
import os
import re
import uuid
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, replace
from tempfile import SpooledTemporaryFile
from typing import Any, Callable, Iterable, Iterator, Sequence

import dask
import dask.bag as db
from fsspec.core import url_to_fs

from .batch import Counts, Guard, Job, Outcome, OutputError, Reporter, Stop, failed_outcome
from .errors import InputError, NewsparseError
from .inputs import DEFAULT_GLOB, DEFAULT_MAX_BYTES, Source, Capped, archive_kind, expand, members
from .model import ParseOptions
from .serialize import render, to_dict

__all__ = ["ClusterError", "ERRORS", "PART", "convert", "convert_bag", "default_partition_size",
           "list_sources", "parse_bag"]

PART = "part-{:05d}.jsonl"
ERRORS = "errors.jsonl"
MAX_PARTITION = 1000            # inputs per partition at most, unless asked for
_SPOOL = 16 << 20               # one input's records are held in memory up to this, then on disk
POLL_SECONDS = 0.2              # how often a wait for a partition looks for a signal
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class ClusterError(NewsparseError):
    """The scheduler cannot be reached, or a local cluster cannot be started."""


@dataclass(frozen=True)
class _Item:
    """A text (str) or the bytes of a file (encoding detected) given in a bag."""
    value: str | bytes
    name = None
    error = None
    skipped = False

    @property
    def shown(self) -> str:
        return "<text>" if isinstance(self.value, str) else "<bytes>"


@dataclass(frozen=True)
class _Work:
    """What every partition of a conversion is parsed and written with: ``out`` as given (for
    messages) and ``place``, the same folder for every worker (a local path made absolute)."""
    job: Job
    out: str
    place: str
    token: str
    paths: bool = False
    glob: str = DEFAULT_GLOB
    follow_links: bool = False


# -- the library ------------------------------------------------------------------------------------

def parse_bag(bag: db.Bag, options: ParseOptions | None = None, *, paths: bool = False,
              glob: str = DEFAULT_GLOB, follow_links: bool = False,
              max_bytes: int = DEFAULT_MAX_BYTES) -> db.Bag:
    """A bag of records (``to_dict``), one per article of each item of ``bag``, in order.

    Items are texts (``str``) or a file's ``bytes``; with ``paths=True``, paths or fsspec URLs,
    each read as ``newsparse parse`` reads it (a folder stands for its files matching ``glob``, an
    archive for its members). An unusable input raises ``InputError`` naming it when the bag is
    computed, as ``parse`` does; ``convert_bag`` reports it instead and goes on.
    """
    return bag.map_partitions(_parse_partition, options or ParseOptions(), paths, glob, follow_links, max_bytes)


def convert_bag(bag: db.Bag, out: str, options: ParseOptions | None = None, *, paths: bool = False,
                fields: Sequence[str] | None = None, glob: str = DEFAULT_GLOB, follow_links: bool = False,
                max_bytes: int = DEFAULT_MAX_BYTES, reporter: Reporter | None = None) -> Counts:
    """Write the records of ``bag`` (items as in ``parse_bag``) under ``out``, a folder or fsspec
    URL: one ``part-NNNNN.jsonl`` per partition, and ``errors.jsonl`` with one line per failed
    input (``{"path", "error", "articles"}``). Computes at once, on the default Dask client if
    there is one; returns the counts. Raises ``OutputError`` when a file cannot be written (also
    when ``out`` already holds the output of a run)."""
    job = Job(options=options or ParseOptions(), fmt="jsonl", fields=tuple(fields) if fields else None,
              max_bytes=max_bytes)
    folder = _prepare(out)
    work = _Work(job, out, _place(out, folder), uuid.uuid4().hex[:16], paths, glob, follow_links)
    try:
        from distributed import default_client
        client = default_client()
    except (ImportError, ValueError):
        client = None
    try:
        return _convert(_computed(bag, work, client), work, folder, reporter or Reporter())
    except BaseException:
        _remove_temps(work)
        raise


# -- the command line -------------------------------------------------------------------------------

def list_sources(inputs: Iterable[str], *, glob: str = DEFAULT_GLOB, follow_links: bool = False,
                 max_bytes: int = DEFAULT_MAX_BYTES, stream_tars: bool = False) -> Iterator[Source]:
    """The inputs in order, as ``parse`` finds them, ready to be read in another process or on
    another machine: local paths made absolute (``input.path`` keeps the name as given), tar
    members read ahead (unless ``stream_tars``), stdin refused. A URL (``s3://bucket/dir/``)
    stands for itself or, as a folder, for its files matching ``glob``, found with fsspec."""
    for name in inputs:
        name = os.fspath(name)
        if _URL.match(name):
            yield from _url_sources(name, glob)
            continue
        for entry in expand((name,), glob=glob, follow_links=follow_links):
            if entry.kind == "stdin":       # refused before a byte of it is read
                yield replace(entry, kind="error", error="--engine dask reads no stdin; "
                                                         "use `newsparse parse -` for it")
                continue
            for src in members(entry, glob=glob, max_bytes=max_bytes, stream_tars=stream_tars):
                if src.path and src.kind != "tar":
                    yield replace(src, path=os.path.abspath(src.path))
                else:
                    yield src


def default_partition_size(inputs: int, workers: int) -> int:
    """Four partitions per worker thread, so that the workers stay busy while sizes differ, and
    never more than ``MAX_PARTITION`` inputs in one."""
    return max(1, min(MAX_PARTITION, math.ceil(inputs / (4 * max(1, workers)))))


def convert(sources: Sequence[Source], job: Job, reporter: Reporter, *, out: str,
            scheduler: str | None = None, workers: int | None = None,
            partition_size: int | None = None) -> Counts:
    """Convert listed sources on the cluster at ``scheduler``, or on a local cluster of
    ``workers`` processes with one thread each. Reports every input in input order; raises Stop
    (SIGINT, SIGTERM) or OutputError with the counts so far as their ``counts``."""
    folder = _prepare(out)              # before a cluster is started for nothing
    work = _Work(job, out, _place(out, folder), uuid.uuid4().hex[:16])
    try:
        # SIGINT, SIGTERM: Stop, raised while waiting for a partition, never inside Dask's code
        with _client(scheduler, workers) as client, Guard(deferred=True) as guard:
            threads = sum(client.nthreads().values())
            size = partition_size or default_partition_size(len(sources), threads)
            chunks = [list(sources[i:i + size]) for i in range(0, len(sources), size)] or [[]]
            results = _submitted(client, chunks, work, window=max(8, 4 * threads), check=guard.check)
            return _convert(results, work, folder, reporter, chunks)
    except BaseException:
        _remove_temps(work)             # after the local cluster is gone: no worker writes any more
        raise


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    from distributed import Client, LocalCluster
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, set_as_default=False)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address="127.0.0.1:0", host="127.0.0.1",
                                   silence_logs=logging.CRITICAL)
            client = Client(cluster, set_as_default=False)
    except (OSError, ValueError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        where = f"reach the scheduler at {scheduler}" if scheduler else "start a local cluster"
        raise ClusterError(f"cannot {where}: {exc}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- on the client: running the partitions, reporting in order --------------------------------------

def _convert(results: Iterator, work: _Work, folder: tuple, reporter: Reporter,
             chunks: list | None = None) -> Counts:
    """Count and report each partition's outcomes, in order; then write errors.jsonl."""
    counts, failures = Counts(), []
    try:
        for index, outcomes in enumerate(results):
            if isinstance(outcomes, Exception):         # the partition's worker died, again and again
                if chunks is None:
                    raise outcomes
                outcomes = [_died(src, outcomes) for src in chunks[index]]
            for outcome in outcomes:
                counts.add(outcome)
                if outcome.error and not outcome.skipped:
                    failures.append({"path": outcome.name, "error": outcome.error, "articles": outcome.articles})
                reporter.done(outcome)
        _write(*folder, work, ERRORS,
               "".join(_json_line(failure) for failure in failures).encode("utf-8", "backslashreplace"))
    except (Stop, OutputError) as exc:
        exc.counts = counts
        raise
    return counts


def _submitted(client, chunks: list, work: _Work, window: int,
               check: Callable[[], None] = lambda: None) -> Iterator[Any]:
    """Each partition's outcomes, in partition order. At most ``window`` partitions are on the
    cluster at a time, submitted in order with falling priority, so that the first are done
    first and a stop has little to cancel. A partition whose worker kept dying gives the
    exception instead. ``check`` runs every ``POLL_SECONDS`` while a partition is awaited (it
    raises Stop after a signal)."""
    from distributed.scheduler import KilledWorker     # where every version defines it

    def result(future):
        while True:
            check()
            try:
                return future.result(timeout=POLL_SECONDS)
            except KilledWorker as exc:
                return exc
            except (TimeoutError, asyncio.TimeoutError):     # one and the same from Python 3.11
                continue

    pending: deque = deque()
    try:
        for index, chunk in enumerate(chunks):
            pending.append(client.submit(_convert_partition, chunk, index, work,
                                         key=f"newsparse-{work.token}-{index}", priority=-index))
            if len(pending) >= window:
                yield result(pending.popleft())
        while pending:
            yield result(pending.popleft())
    finally:
        client.cancel(list(pending))


def _computed(bag: db.Bag, work: _Work, client) -> Iterator[Any]:
    """Each partition's outcomes for a bag, in partition order, on ``client`` when given."""
    tasks = [dask.delayed(_convert_partition)(part, index, work) for index, part in enumerate(bag.to_delayed())]
    if client is None:                  # Dask's local scheduler for a bag: processes, unless configured
        yield from dask.compute(*tasks, scheduler=dask.config.get("scheduler", None) or bag.__dask_scheduler__)
        return
    futures = client.compute(tasks)
    try:
        for future in futures:
            yield future.result()
    finally:
        client.cancel(futures)


def _died(src: Source, exc: Exception) -> Outcome:
    return Outcome(src.name, src.shown, error=f"the worker process died ({exc})")


def _prepare(out: str):
    """The output folder, created if needed; refused when it holds the output of a run, whose
    part files would mix with these when read back."""
    try:
        fs, root = url_to_fs(out)
    except (ImportError, ValueError) as exc:        # an unknown protocol, or its package missing
        raise OutputError(f"cannot create --out {out}: {exc}") from None
    root = root.rstrip("/") or "/"
    try:
        fs.makedirs(root, exist_ok=True)
        found = sorted(fs.glob(f"{root}/part-*.jsonl")) + [p for p in (f"{root}/{ERRORS}",) if fs.exists(p)]
    except OSError as exc:
        raise OutputError(f"cannot create --out {out}: {exc.strerror or exc}") from None
    if found:
        raise OutputError(f"--out {out} already holds the output of a run ({os.path.basename(found[0])}); "
                          "name an empty folder, or remove its part-*.jsonl and errors.jsonl")
    return fs, root


def _place(out: str, folder: tuple) -> str:
    return out if _URL.match(out) else folder[1]


def _remove_temps(work: _Work) -> None:
    try:
        fs, root = url_to_fs(work.place)
        for temp in fs.glob(f"{root.rstrip('/')}/.*.{work.token}.tmp"):
            fs.rm(temp)
    except Exception:                   # noqa: BLE001 - best effort while already failing
        pass


# -- on a worker: one partition ----------------------------------------------------------------------

def _convert_partition(items: list, index: int, work: _Work) -> list:
    """Parse a partition's inputs into its part file; return one Outcome per input."""
    fs, root = url_to_fs(work.place)
    root = root.rstrip("/") or "/"
    name = PART.format(index)
    target = f"{work.out.rstrip('/')}/{name}"
    outcomes = []
    temp = f"{root}/.{name}.{work.token}.tmp"
    try:
        with fs.open(temp, "wb") as fh:
            for item in items:
                for unit in _units(item, work.paths, work.glob, work.follow_links, work.job.max_bytes):
                    outcome, data = _convert_one(unit, work.job, target)
                    if data is not None:
                        with data:
                            data.seek(0)
                            while chunk := data.read(1 << 20):
                                fh.write(chunk)
                    outcomes.append(outcome)
        fs.mv(temp, f"{root}/{name}")
    except OSError as exc:
        _quietly_rm(fs, temp)
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        _quietly_rm(fs, temp)
        raise
    return outcomes


def _convert_one(unit, job: Job, target: str):
    """One input's records as JSON lines, held aside until the input is parsed whole: an input
    that fails, even after some of its articles, gives no record (as the local convert)."""
    outcome = Outcome(unit.name, unit.shown, error=unit.error, skipped=unit.skipped, target=target)
    if unit.error:
        return outcome, None
    data = SpooledTemporaryFile(max_size=_SPOOL)
    try:
        for article in _articles(unit, job.options, job.max_bytes):
            data.write(render(to_dict(article), "jsonl", job.fields).encode("utf-8", "backslashreplace"))
            outcome.encoding = article.encoding
            outcome.articles += 1
        if not outcome.articles:
            raise InputError("no article found in it")
    except Exception as exc:            # noqa: BLE001 - the input boundary: report, go on
        data.close()
        outcome.articles = 0
        return failed_outcome(outcome, exc, job), None
    return outcome, data


def _parse_partition(items: list, options: ParseOptions, paths: bool, glob: str, follow_links: bool,
                     max_bytes: int) -> list[dict]:
    records = []
    for item in items:
        for unit in _units(item, paths, glob, follow_links, max_bytes):
            if unit.skipped:
                continue
            if unit.error:
                raise InputError(f"{unit.shown}: {unit.error}")
            try:
                records.extend(to_dict(article) for article in _articles(unit, options, max_bytes))
            except InputError as exc:
                raise InputError(f"{unit.shown}: {exc}") from None
    return records


def _units(item, paths: bool, glob: str, follow_links: bool, max_bytes: int) -> Iterator:
    """The inputs an item of a bag stands for."""
    if isinstance(item, Source):
        yield item
    elif isinstance(item, bytes) or (isinstance(item, str) and not paths):
        yield _Item(item)
    elif paths and isinstance(item, (str, os.PathLike)):
        yield from list_sources((item,), glob=glob, follow_links=follow_links, max_bytes=max_bytes,
                                stream_tars=True)
    else:
        raise TypeError(f"a bag item to parse is a str or bytes (or with paths=True a path), "
                        f"not {type(item).__name__}")


def _articles(unit, options: ParseOptions, max_bytes: int) -> Iterator:
    from .pipeline import parse_many, parse_stream
    if isinstance(unit, _Item):
        if isinstance(unit.value, str):
            yield from parse_many(unit.value, options)
        else:
            yield from parse_stream(io.BytesIO(unit.value), options)
        return
    stream = _open_url(unit, max_bytes) if unit.kind == "url" else _open_source(unit, max_bytes)
    try:
        yield from parse_stream(stream, options, unit.name)
    finally:
        stream.close()


def _open_source(src: Source, max_bytes: int):
    from .inputs import open_source
    return open_source(src, max_bytes)


# -- URLs (fsspec) ---------------------------------------------------------------------------------

_COMPRESSION = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz"}


def _url_sources(url: str, glob: str) -> Iterator[Source]:
    """A URL's file, or a URL folder's files matching ``glob`` (case ignored, hidden ones skipped),
    in the order ``parse`` walks a local folder."""
    try:
        found = _url_files(url, glob)
    except (OSError, ValueError, ImportError) as exc:      # ImportError: the protocol's package
        yield Source(url, "error", error=str(exc) or type(exc).__name__)
        return
    if not found:
        yield Source(url, "error", error=f"folder holds no files matching {glob}")
    for name, rel in found:
        kind = archive_kind(name)
        if kind in ("zip", "tar"):
            yield Source(name, "error", error="--engine dask reads archives only from local paths; "
                                              "unpack it, or copy it to a local path")
        else:
            yield Source(name, "url", path=name, rel=os.path.splitext(rel)[0] if kind else rel)


def _url_files(url: str, glob: str) -> list[tuple[str, str]]:
    from fnmatch import fnmatchcase
    fs, root = url_to_fs(url)
    if not fs.isdir(root):
        if not fs.isfile(root):
            raise FileNotFoundError(f"No such file or folder: {url}")
        return [(url, os.path.basename(root.rstrip("/")))]
    base = root.rstrip("/") + "/"
    rels = [p[len(base):] if p.startswith(base) else p for p in fs.find(root)]
    rels = [r for r in rels if not any(part.startswith(".") for part in r.split("/"))
            and fnmatchcase(r.rsplit("/", 1)[-1].lower(), glob.lower())]
    return [(f"{url.rstrip('/')}/{r}", r) for r in sorted(rels, key=lambda r: r.split("/"))]


def _open_url(src: Source, max_bytes: int):
    import fsspec
    compression = _COMPRESSION.get(os.path.splitext(src.path.lower())[1])
    try:
        stream = fsspec.open(src.path, "rb", compression=compression).open()
    except (OSError, ValueError, ImportError) as exc:
        raise InputError(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    return Capped(stream, max_bytes if compression else None)


# -- writing -----------------------------------------------------------------------------------------

def _write(fs, root: str, work: _Work, name: str, data: bytes) -> None:
    """A whole file: written under a temporary name, then renamed."""
    temp = f"{root}/.{name}.{work.token}.tmp"
    try:
        with fs.open(temp, "wb") as fh:
            fh.write(data)
        fs.mv(temp, f"{root}/{name}")
    except OSError as exc:
        _quietly_rm(fs, temp)
        raise OutputError(f"cannot write {work.out.rstrip('/')}/{name}: {exc.strerror or exc}") from None


def _quietly_rm(fs, path: str) -> None:
    try:
        if fs.exists(path):
            fs.rm(path)
    except Exception:                   # noqa: BLE001 - best effort while already failing
        pass


def _json_line(value: Any) -> str:
    import json
    return json.dumps(value, ensure_ascii=False) + "\n"
