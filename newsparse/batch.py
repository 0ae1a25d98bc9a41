"""Running a batch: each input parsed once, its records written in input order, every failure
reported and counted, with a time limit per input, worker processes and clean stops.

Nothing here knows the command line: ``cli`` builds a ``Job``, hands over the sources and a
``Reporter``, and turns the ``Counts`` into an exit code. The rules:

- one bad input never stops the others: it becomes an ``Outcome`` with an error;
- an output error (a full disk, a closed pipe) stops the batch: ``OutputError``;
- SIGINT, SIGTERM and SIGHUP stop it between records: ``Stop``, after which only complete files exist;
- ``convert`` writes each file under a temporary name in the target folder and renames it
  when complete, so a file under its final name is always whole;
- with worker processes, inputs go whole to a worker, except a large one (an export, as a
  rule), whose records are split here and parsed in parts by all of them, in order.
"""
from __future__ import annotations

import os
import signal
import time
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .errors import InputError, NewsparseError
from .inputs import DEFAULT_MAX_BYTES, Source, open_source
from .model import ParseOptions
from .serialize import Sink, render, to_dict
from .slotted import factory, frozen, mutable


class Stop(BaseException):
    """SIGINT, SIGTERM or SIGHUP arrived: stop the batch cleanly."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class OutputError(Exception):
    """The output cannot be written; ``broken_pipe`` when the reader went away."""

    def __init__(self, message: str, broken_pipe: bool = False) -> None:
        super().__init__(message)
        self.broken_pipe = broken_pipe


class TargetRefused(NewsparseError):
    """One input's output path is refused (its folder leads out of ``--out`` by a link): that
    input fails, the batch goes on; the output itself is writable."""


class _Timeout(BaseException):
    """The input's time ran out (a BaseException, so no handler in the parser can swallow it)."""


@frozen
class Job:
    """What every input of a batch is parsed and written with."""
    options: ParseOptions
    fmt: str
    fields: tuple[str, ...] | None = None
    timeout: float | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    skip_existing: bool = False


@mutable
class Outcome:
    """What became of one input."""
    name: str | None
    shown: str
    articles: int = 0
    error: str | None = None
    skipped: bool = False           # a link not followed: reported, not a failure
    existing: bool = False          # convert --skip-existing found its complete output
    pieces: list = factory(list)
    encoding: str | None = None
    target: str | None = None
    detail: str | None = None       # the traceback of an unexpected error, for --verbose


@mutable
class Counts:
    inputs: int = 0
    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    existing: int = 0
    articles: int = 0

    def add(self, o: Outcome) -> None:
        self.inputs += 1
        self.articles += o.articles
        if o.existing:
            self.existing += 1
        elif o.skipped:
            self.skipped += 1
        elif o.error:
            self.failed += 1
        else:
            self.parsed += 1


class Out:
    """A binary stream written as UTF-8 whatever the locale says; a character UTF-8 cannot
    hold (a lone surrogate from an undecodable file name) is written as its JSON escape.
    Write errors become OutputError."""

    def __init__(self, buffer) -> None:
        self.buffer = buffer

    def write(self, text: str) -> None:
        try:
            self.buffer.write(text.encode("utf-8", "backslashreplace"))
        except OSError as exc:
            raise _output_error(exc) from None

    def flush(self) -> None:
        try:
            self.buffer.flush()
        except OSError as exc:
            raise _output_error(exc) from None

    def isatty(self) -> bool:
        try:
            return self.buffer.isatty()
        except (AttributeError, ValueError):
            return False


def _output_error(exc: OSError) -> OutputError:
    broken = isinstance(exc, BrokenPipeError) or exc.errno == 32
    return OutputError(f"cannot write the output: {exc.strerror or exc}", broken_pipe=broken)


# -- signals and time limits -------------------------------------------------------------------------

# the signals that stop a batch cleanly: Ctrl-C, a job manager's stop, the terminal going away
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))

class Guard:
    """SIGINT/SIGTERM/SIGHUP handling and the per-input time limit for the process it runs in.

    A signal while parsing raises Stop at once; while a record is being written (``shield``) it
    waits until the record is complete. ``deferred``: a signal never raises by itself, the caller
    polls ``check`` at safe points (a Stop raised inside another library's wait, such as a lock
    being released, would leave it broken). The time limit counts only parsing, not the time
    spent waiting for a slow reader of the output.
    """

    def __init__(self, timeout: float | None = None, deferred: bool = False) -> None:
        self.timeout = timeout
        self.signum: int | None = None
        self.idle = False
        self._shielded = deferred
        self._saved: dict[int, Any] = {}

    def __enter__(self) -> "Guard":
        import threading
        if threading.current_thread() is threading.main_thread():
            for sig in STOP_SIGNALS:
                self._saved[sig] = signal.signal(sig, self._on_signal)
            if self.timeout and hasattr(signal, "setitimer"):
                self._saved[signal.SIGALRM] = signal.signal(signal.SIGALRM, _on_alarm)
        return self

    def __exit__(self, *exc) -> None:
        if signal.SIGALRM in self._saved:
            signal.setitimer(signal.ITIMER_REAL, 0)
        for sig, handler in self._saved.items():
            signal.signal(sig, handler)
        self._saved.clear()

    def _on_signal(self, signum, frame) -> None:
        if self.signum is not None:
            return                      # a second signal (Ctrl-C, then the batch's SIGTERM): the
                                        # first one's Stop is already on its way, cleaning up
        self.signum = signum
        if self.idle:
            # a worker between tasks: nothing to finish or remove. It may be reading its next
            # task from the pool's queue: an exception there would leave half a message in the
            # pipe, and the next worker to read it would fail on the rest (a traceback). It
            # waits for the batch to end the pool: its next task is the pool's sign to stop
            return
        if not self._shielded:
            raise Stop(signum)

    @contextmanager
    def working(self) -> Iterator[None]:
        """A worker process's task: a signal stops the task (``Stop``); between tasks it is only
        noted (the batch ends the pool, and with it the worker)."""
        self.idle = False
        try:
            yield
        finally:
            self.idle = True

    def check(self) -> None:
        if self.signum is not None:
            raise Stop(self.signum)

    @contextmanager
    def shield(self) -> Iterator[None]:
        shielded, self._shielded = self._shielded, True
        try:
            yield
        finally:
            self._shielded = shielded
        self.check()

    def timed(self, items: Iterator) -> Iterator:
        """``items``, with the time spent producing them limited to ``timeout`` in all."""
        if not self.timeout or signal.SIGALRM not in self._saved:
            yield from items
            return
        left = self.timeout
        while True:
            start = time.monotonic()
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3))
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                left -= time.monotonic() - start
            yield item


def _on_alarm(signum, frame) -> None:
    raise _Timeout()


# -- one input --------------------------------------------------------------------------------------

def _articles(src: Source, job: Job, guard: Guard) -> Iterator:
    from .pipeline import parse_stream
    stream = None
    try:
        # a signal while the file is opened would stop it half-way (between the descriptor and
        # its file object, neither could be closed): it stops the batch once the file is open
        with guard.shield():
            stream = open_source(src, job.max_bytes)
        yield from guard.timed(parse_stream(stream, job.options, src.name))
    finally:
        if stream is not None and src.kind != "stdin":
            stream.close()


def _failure(outcome: Outcome, exc: BaseException, job: Job) -> Outcome:
    if isinstance(exc, NewsparseError):
        outcome.error = str(exc)
    elif isinstance(exc, _Timeout):
        outcome.error = f"took longer than --timeout {job.timeout:g} s; stopped"
    else:                           # a bug in newsparse: reported for this input, the batch goes on
        import traceback            # here, not at import: a batch without a bug never needs it
        outcome.error = f"internal error ({type(exc).__name__}: {exc}); please report it"
        outcome.detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if outcome.articles:
        outcome.error += f" (after {outcome.articles} articles)"
    return outcome


def parse_one(src: Source, job: Job, guard: Guard, write: Callable[[Any], None] | None) -> Outcome:
    """Parse one input; each record's rendered piece goes to ``write`` (or is kept in
    ``pieces``, in a worker process)."""
    outcome = Outcome(src.name, src.shown, error=src.error, skipped=src.skipped)
    if src.error:
        return outcome
    try:
        for article in _articles(src, job, guard):
            piece = render(to_dict(article), job.fmt, job.fields)
            outcome.encoding = article.encoding
            if write is None:
                outcome.pieces.append(piece)
                outcome.articles += 1
            else:
                with guard.shield():        # a stop comes after the record, counted
                    write(piece)
                    outcome.articles += 1
    except (Stop, OutputError) as exc:
        exc.partial = outcome               # the input in progress, with what it wrote
        raise
    except (Exception, _Timeout) as exc:    # noqa: BLE001 - the input boundary: report, go on
        return _failure(outcome, exc, job)
    if not outcome.articles:
        outcome.error = "no article found in it"
    return outcome


def convert_one(src: Source, target: Path, out_real: str, job: Job, guard: Guard) -> Outcome:
    """Parse one input into ``target``: written under a temporary name beside it, renamed when
    complete; an input that fails leaves nothing."""
    outcome = Outcome(src.name, src.shown, error=src.error, skipped=src.skipped, target=str(target))
    if src.error:
        return outcome
    if job.skip_existing and _complete(target):
        outcome.existing = True
        return outcome
    out = TargetFile(target, out_real, job)
    try:
        for article in _articles(src, job, guard):
            out.write(render(to_dict(article), job.fmt, job.fields))
            outcome.encoding = article.encoding
            outcome.articles += 1
        if not outcome.articles:
            raise InputError("no article found in it")
        out.commit()
    except (Stop, OutputError) as exc:
        outcome.articles = 0                # its file is not kept
        exc.partial = outcome
        raise
    except (Exception, _Timeout) as exc:    # noqa: BLE001 - the input boundary: report, go on
        outcome.articles = 0        # nothing of it was written
        return _failure(outcome, exc, job)
    finally:
        out.discard()
    return outcome


def _complete(target: Path) -> bool:
    """``--skip-existing``: the output is there, complete (a file under its final name)."""
    return target.is_file() and not target.is_symlink()


class TargetFile:
    """One output file of ``convert``: written under a temporary name beside ``target`` (made
    when the first piece comes) and renamed to it by ``commit``; ``discard`` removes what was
    not committed. Errors on the output side are ``OutputError``."""

    def __init__(self, target: Path, out_real: str, job: Job) -> None:
        self.target, self.out_real, self.job = target, out_real, job
        self.temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        self.fh = None
        self.sink: Sink | None = None

    def _open(self) -> Sink:
        _make_parent(self.target, self.out_real)
        try:
            fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o666)
        except OSError as exc:
            raise OutputError(f"cannot write {self.temp}: {exc.strerror or exc}") from None
        self.fh = os.fdopen(fd, "wb")
        self.sink = Sink(Out(self.fh), self.job.fmt, self.job.fields, flush=False)
        self.sink.begin()
        return self.sink

    def write(self, piece) -> None:
        (self.sink or self._open()).write(piece)

    def commit(self) -> None:
        sink = self.sink or self._open()
        try:
            sink.end()
            self.fh.close()
            os.replace(self.temp, self.target)
        except OSError as exc:      # closing or renaming: the output side
            raise OutputError(f"cannot write {self.target}: {exc.strerror or exc}") from None

    def discard(self) -> None:
        if self.fh is not None and not self.fh.closed:
            try:
                self.fh.close()
            except OSError:
                pass                # the file goes anyway
        if os.path.lexists(self.temp):
            os.unlink(self.temp)


def _make_parent(target: Path, out_real: str) -> None:
    """Create the target's folder, never through a link that leads out of the output folder."""
    existing = target.parent
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    real = os.path.realpath(existing)
    if real != out_real and not real.startswith(out_real.rstrip(os.sep) + os.sep):
        raise TargetRefused(f"cannot write {target}: its folder leads out of --out (a symbolic link)")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None


# -- output names for convert -------------------------------------------------------------------------

class Planner:
    """Output paths that mirror the inputs' tree, never collide and never name an input.

    A name already given (ignoring case, for case-insensitive disks) or naming an input file
    gets ``~2``, ``~3``, ... before its suffix, in input order: the same inputs always get the
    same names, so ``--skip-existing`` finds them again.
    """

    def __init__(self, out_dir: Path, fmt: str, inputs: Iterable[str]) -> None:
        self.out_dir, self.suffix = out_dir, "." + fmt
        self.taken: set[str] = set()
        self.inputs = {os.path.normcase(os.path.realpath(p)) for p in inputs}
        self.out_real = os.path.realpath(out_dir)

    def target(self, src: Source) -> Path:
        rel = Path(*[p for p in src.rel.split("/") if p not in ("", ".", "..")] or ["stdin"])
        base = self.out_dir / rel.parent / ((rel.stem if rel.suffix else rel.name) + self.suffix)
        candidate, n = base, 1
        while self._clash(candidate):
            n += 1
            candidate = base.with_name(f"{base.stem}~{n}{self.suffix}")
        self.taken.add(os.path.normcase(str(candidate)).casefold())
        return candidate

    def _clash(self, path: Path) -> bool:
        return (os.path.normcase(str(path)).casefold() in self.taken
                or os.path.normcase(os.path.realpath(path)) in self.inputs)


# -- the batch ---------------------------------------------------------------------------------------

class Reporter:
    """Where a batch tells what it does (the command line prints it); the default says nothing."""

    def done(self, outcome: Outcome) -> None: ...


def run(sources: Iterable[Source], job: Job, reporter: Reporter, *, jobs: int = 1,
        write: Callable[[Any], None] | None = None, planner: Planner | None = None) -> Counts:
    """Parse every source; records go to ``write`` (parse) or to files (``planner``: convert).

    Raises Stop or OutputError when the batch cannot go on; the counts of the inputs done are
    then the exception's ``counts`` attribute, and the input in progress (in input order: the
    next one to be counted), with the articles of it written (``articles``: none for convert,
    whose file of it is removed), its ``partial`` attribute (None between inputs).
    """
    counts = Counts()
    outcome = None
    # with worker processes the signal is taken between polls of the result awaited (``_result``),
    # never raised inside the pool's own locks and queues
    with Guard(job.timeout, deferred=jobs > 1) as guard:
        try:
            if jobs > 1:
                _run_pool(sources, job, reporter, counts, jobs, write, planner, guard)
            else:
                for src in sources:
                    guard.check()
                    outcome = None
                    if planner is None:
                        outcome = parse_one(src, job, guard, write)
                    else:
                        outcome = convert_one(src, planner.target(src), planner.out_real, job, guard)
                    with guard.shield():        # its records are written: it is counted
                        counts.add(outcome)
                        reporter.done(outcome)
                    outcome = None
        except (Stop, OutputError) as exc:
            exc.counts = counts
            if getattr(exc, "partial", None) is None and jobs == 1:
                exc.partial = outcome           # done, but stopped before it was counted
            raise
    return counts


# worker processes: the job is sent once, when each starts

_WORKER: dict[str, Any] = {}


def _init_worker(job: Job) -> None:
    _WORKER["job"] = job
    _WORKER["guard"] = guard = Guard(job.timeout)
    guard.__enter__()
    guard.idle = True


def _work(src: Source, target: str | None, out_real: str | None) -> Outcome:
    job, guard = _WORKER["job"], _WORKER["guard"]
    try:
        with guard.working():
            guard.check()
            if target is None:
                return parse_one(src, job, guard, None)
            return convert_one(src, Path(target), out_real, job, guard)
    except Stop:
        return Outcome(src.name, src.shown, error="stopped")
    except OutputError as exc:
        return Outcome(src.name, src.shown, error=str(exc), detail="output")


def _work_many(items: list[tuple[Source, str | None, str | None]]) -> list[Outcome]:
    """``_work`` of several small inputs sent together: one round trip between the processes
    for all of them."""
    return [_work(src, target, out_real) for src, target, out_real in items]


# small inputs go to a worker in groups: the first group one input, each next one more, up to
# this many (a few inputs still spread over every worker; a folder of thousands goes sixteen
# at a time, so the main process's cost per task, about half a millisecond, a tenth of a 4 KB
# article's parsing and as much as a three-line one's, is paid once for sixteen inputs)
GROUP_MOST = 16


@mutable
class _Group:
    """Small inputs parsed by one worker together (``_work_many``), in input order."""
    srcs: list


# a large input shared out among the workers: its records, split in this process (a fast pass),
# go to them in parts of this many records or characters, and come back in order
PART_RECORDS = 32
PART_CHARS = 1 << 19


@mutable
class _Shared:
    """An input whose records are parsed in parts by the workers."""
    src: Source
    articles: int = 0
    encoding: str | None = None
    error: str | None = None
    detail: str | None = None
    late: Outcome | None = None     # reading or splitting failed after the parts sent
    file: TargetFile | None = None  # convert: the output file the parts are written to
    existing: bool = False          # convert --skip-existing: its output is there already
    target: str | None = None       # convert: the output's path


SHARE_BYTES = 1 << 20  # a file this large (an archive export, as a rule) is shared out


def _large(src: Source) -> bool:
    """Whether the input is worth sharing among the workers: a large file or archive member,
    or a compressed stream (of an export, as a rule); other inputs go whole to one worker, many
    at a time."""
    if src.kind == "compressed":
        return True
    if src.size is not None:        # an archive member
        return src.size >= SHARE_BYTES
    if src.kind != "file" or src.path is None:
        return False
    try:
        return os.stat(src.path).st_size >= SHARE_BYTES
    except OSError:
        return False                # the worker reports it


def _parts(src: Source, job: Job, shared: _Shared) -> Iterator[tuple[list, int, str, tuple]]:
    """The input's records in parts, each with the index of its first record, the encoding and
    the warnings of the input; an error reading or splitting it ends the parts and is kept in
    ``shared`` (after the articles of the parts before it)."""
    from .pipeline import read_records
    first, part, chars = 0, [], 0
    try:
        stream = open_source(src, job.max_bytes)
        try:
            records, encoding, warnings = read_records(stream, job.options)
            shared.encoding = encoding
            for record in records:
                part.append(record)
                chars += len(record.text)
                if len(part) >= PART_RECORDS or chars >= PART_CHARS:
                    yield part, first, encoding, warnings
                    first, part, chars = first + len(part), [], 0
            if part:
                yield part, first, encoding, warnings
        finally:
            stream.close()
    except (Stop, OutputError):
        raise
    except Exception as exc:        # noqa: BLE001 - the input boundary: report, go on
        shared.late = _failure(Outcome(src.name, src.shown), exc, job)


def _work_part(name: str | None, records: list, first: int, encoding: str, warnings: tuple) -> Outcome:
    """Parse a part of an input's records into rendered pieces (in a worker process)."""
    from .pipeline import parse_records
    job, guard = _WORKER["job"], _WORKER["guard"]
    outcome = Outcome(name, "")
    try:
        with guard.working():
            guard.check()
            for article in parse_records(records, job.options, name, encoding, warnings, first):
                outcome.pieces.append(render(to_dict(article), job.fmt, job.fields))
                outcome.articles += 1
    except Stop:
        outcome.error, outcome.detail = "stopped", None
    except Exception as exc:        # noqa: BLE001 - the input boundary: report, go on
        failed = _failure(Outcome(name, ""), exc, job)
        outcome.error, outcome.detail = failed.error, failed.detail
    return outcome


def _run_pool(sources, job, reporter, counts, jobs, write, planner, guard) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    _start_resource_tracker()
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                               initializer=_init_worker, initargs=(job,))
    window: deque = deque()
    files: list[TargetFile] = []    # convert: the output files of shared inputs not yet complete
    it = iter(sources)
    partial: Outcome | None = None  # the input being finished (written, then counted), if any

    def finish(item) -> None:
        nonlocal partial
        src, future = item
        if isinstance(src, _Shared):
            partial = Outcome(src.src.name, src.src.shown,
                              articles=src.articles if src.file is None else 0)
            finish_part(src, future)
            return
        first = src.srcs[0] if isinstance(src, _Group) else src
        partial = Outcome(first.name, first.shown)
        if isinstance(src, _Group):
            try:
                outcomes = _result(future, guard)
            except BrokenProcessPool as exc:
                outcomes = [Outcome(s.name, s.shown, error=f"the worker process died ({exc})") for s in src.srcs]
            for outcome in outcomes:
                done(outcome)
            return
        if future is None:          # stdin (and what it holds): read here, in order
            outcome = parse_one(src, job, guard, write)
            counts.add(outcome)
            reporter.done(outcome)
            partial = None
        else:
            done(collect(future, src))

    def done(outcome: Outcome) -> None:
        """A worker's outcome: its pieces written, then counted and reported."""
        nonlocal partial
        partial = Outcome(outcome.name, outcome.shown)
        if outcome.detail == "output":
            raise OutputError(outcome.error)
        for piece in outcome.pieces:
            with guard.shield():
                write(piece)
                partial.articles += 1
        outcome.pieces = []
        counts.add(outcome)
        reporter.done(outcome)
        partial = None

    def collect(future, src: Source) -> Outcome:
        """What the worker made of ``src`` (or of a part of it)."""
        try:
            return _result(future, guard)
        except BrokenProcessPool as exc:
            return Outcome(src.name, src.shown, error=f"the worker process died ({exc})")

    def finish_part(shared: _Shared, future) -> None:
        nonlocal partial
        if future is not None:      # a part: its pieces, unless the input failed before it
            part = collect(future, shared.src)
            if part.error == "stopped":
                raise Stop(guard.signum or signal.SIGTERM)
            if shared.error is None:
                put = write if shared.file is None else shared.file.write
                for piece in part.pieces:
                    with guard.shield():
                        put(piece)
                        shared.articles += 1
                        if shared.file is None:
                            partial.articles += 1
                if part.error:
                    fail(shared, part)
            return
        if shared.error is None and shared.late is not None:
            fail(shared, shared.late)
        src = shared.src            # the input's end: its outcome, in input order
        outcome = Outcome(src.name, src.shown, articles=shared.articles, error=shared.error,
                          encoding=shared.encoding, detail=shared.detail, existing=shared.existing,
                          target=shared.target)
        if outcome.error is None and not outcome.articles and not outcome.existing:
            outcome.error = "no article found in it"
        if shared.file is not None:
            try:
                if outcome.error is None:
                    with guard.shield():
                        shared.file.commit()
            finally:
                shared.file.discard()
                files.remove(shared.file)
        counts.add(outcome)
        reporter.done(outcome)
        partial = None

    def fail(shared: _Shared, failed: Outcome) -> None:
        """The input fails here, after the articles of its parts before (as ``_failure`` says);
        in ``convert`` nothing of it is kept."""
        shared.error, shared.detail = failed.error, failed.detail
        if shared.file is not None:
            shared.articles = 0
        elif shared.articles:
            shared.error += f" (after {shared.articles} articles)"

    def share(src: Source) -> None:
        """Send the input's records to the workers in parts, then mark its end."""
        shared = _Shared(src)
        if planner is not None:
            target = planner.target(src)
            shared.target = str(target)
            if job.skip_existing and _complete(target):
                shared.existing = True
                window.append((shared, None))
                drain()
                return
            shared.file = TargetFile(target, planner.out_real, job)
            files.append(shared.file)
        for records, first, encoding, warnings in _parts(src, job, shared):
            window.append((shared, pool.submit(_work_part, src.name, records, first, encoding, warnings)))
            drain()
            guard.check()
        window.append((shared, None))
        drain()

    def drain() -> None:
        while len(window) > 2 * jobs or (window and window[0][1] is None):
            finish(window.popleft())

    group: list = []                # small inputs waiting to go to a worker together
    sent = 0                        # groups sent so far

    def send() -> None:
        """Send the waiting small inputs to a worker, as one group."""
        nonlocal sent
        if not group:
            return
        out_real = planner.out_real if planner else None
        items = [(src, target, out_real) for src, target in group]
        window.append((_Group([src for src, _ in group]), pool.submit(_work_many, items)))
        group.clear()
        sent += 1
        drain()

    try:
        for src in it:
            guard.check()
            if not src.error and not job.timeout and _large(src):
                send()
                share(src)
                continue
            if src.error or src.in_process:     # stdin and what it holds: read here, in order
                send()
                while window:
                    finish(window.popleft())
                window.append((src, None))
                drain()
            else:
                target = planner.target(src) if planner else None
                group.append((src, None if target is None else str(target)))
                if len(group) >= min(GROUP_MOST, sent + 1):
                    send()
        send()
        while window:
            finish(window.popleft())
    except BaseException as exc:
        if isinstance(exc, (Stop, OutputError)) and getattr(exc, "partial", None) is None:
            exc.partial = partial
        for file in files:
            file.discard()
        for _, future in window:
            if future is not None:
                future.cancel()
        _end_pool(pool)
        raise
    pool.shutdown(wait=True)


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with SIGHUP blocked, as it blocks SIGINT and
    SIGTERM itself: a hangup to the whole group would end it while the pool still registers
    its locks, and the new one started then would print a traceback for each lock it never
    saw. It ends, as always, when the last process of the batch closes its pipe."""
    sighup = getattr(signal, "SIGHUP", None)
    if sighup is None or not hasattr(signal, "pthread_sigmask"):
        return
    from multiprocessing import resource_tracker
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {sighup})
    try:
        resource_tracker.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


END_SECONDS = 1.0       # how long a stopped batch waits for its workers before killing them


def _end_pool(pool) -> None:
    """End the pool of a batch that stops, leaving no process behind.

    Each worker is sent SIGTERM (one at work stops and removes its temporary file; one between
    tasks notes it) and the pool its sign to stop; a worker not gone within ``END_SECONDS`` is
    killed: one blocked writing a result no one reads any more (larger than a pipe holds)
    would otherwise live on, and with it the resource tracker, both holding the batch's stdout
    and stderr open (a reader of them would never see their end). The fork server ends when
    this process does."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    for process in processes:
        try:
            process.terminate()
        except Exception:               # noqa: BLE001 - already gone
            pass
    pool.shutdown(wait=False, cancel_futures=True)
    # by their ids: a worker's sentinel is its fork server's connection, which ends with the
    # fork server (a signal to the group stops it too) while the worker may run on
    pids = [p.pid for p in processes if p.pid]
    deadline = time.monotonic() + END_SECONDS
    while any(map(_running, pids)) and time.monotonic() < deadline:
        time.sleep(0.02)
    for pid in filter(_running, pids):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:                 # gone meanwhile
            pass
    if manager is not None:
        manager.join(END_SECONDS)


def _running(pid: int) -> bool:
    """Whether the process runs (a zombie, ended but not yet waited for, does not)."""
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True                     # no /proc: it answers, so it runs


POLL_SECONDS = 0.2      # how often a batch waiting on a worker looks for a signal


def _result(future, guard: Guard):
    """The worker's outcome; a signal that came meanwhile stops the batch (``Stop``)."""
    from concurrent.futures import TimeoutError as Pending
    while True:
        guard.check()               # a signal first: the workers may be ending already
        try:
            return future.result(timeout=POLL_SECONDS)
        except Pending:
            pass


def useful_jobs(entries: Iterable[Source], jobs: int) -> int:
    """How many worker processes the inputs (``inputs.expand``'s entries) can keep busy, at most
    ``jobs``: a small file goes whole to one worker, so N of them keep at most N busy; a large
    file, an archive or stdin may be shared among them all. 1 means: parse in this process, as
    a pool for a single file would only add its start (a fork server, a resource tracker and a
    worker that loads the parser again, some 250 ms of CPU) to the same output. Only the first
    ``jobs`` files are looked at."""
    files = 0
    for src in entries:
        if src.kind == "error":
            continue                # reported, never parsed
        if src.kind != "file" or _large(src):
            return jobs
        files += 1
        if files >= jobs:
            return jobs
    return max(1, files)


def default_jobs(jobs: int) -> int:
    """``--jobs 0``: every core this process may use."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
