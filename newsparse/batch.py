"""Running a batch: each input parsed once, its records written in input order, every failure
reported and counted, with a time limit per input, worker processes and clean stops.

Nothing here knows the command line: ``cli`` builds a ``Job``, hands over the sources and a
``Reporter``, and turns the ``Counts`` into an exit code. The rules:

- one bad input never stops the others: it becomes an ``Outcome`` with an error;
- an output error (a full disk, a closed pipe) stops the batch: ``OutputError``;
- SIGINT, SIGTERM and SIGHUP stop it between records: ``Stop``, after which only complete files exist;
- ``convert`` writes each file under a temporary name in the target folder and renames it
  when complete, so a file under its final name is always whole;
- with worker processes (``pool.py``), inputs go whole to a worker, except a large one (an
  export, as a rule), whose records are split and parsed in parts by all of them, in order.
"""
from __future__ import annotations

import os
import signal
import time
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


def failed_outcome(outcome: Outcome, exc: BaseException, job: Job) -> Outcome:
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
        return failed_outcome(outcome, exc, job)
    if not outcome.articles:
        outcome.error = "no article found in it"
    return outcome


def convert_one(src: Source, target: Path, out_real: str, job: Job, guard: Guard) -> Outcome:
    """Parse one input into ``target``: written under a temporary name beside it, renamed when
    complete; an input that fails leaves nothing."""
    outcome = Outcome(src.name, src.shown, error=src.error, skipped=src.skipped, target=str(target))
    if src.error:
        return outcome
    if job.skip_existing and is_complete(target):
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
        return failed_outcome(outcome, exc, job)
    finally:
        out.discard()
    return outcome


def is_complete(target: Path) -> bool:
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
                from .pool import run_pool       # worker processes: loaded only when asked for
                run_pool(sources, job, reporter, counts, jobs, write, planner, guard)
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


SHARE_BYTES = 1 << 20  # a file this large (an archive export, as a rule) is shared out


def is_large(src: Source) -> bool:
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
        if src.kind != "file" or is_large(src):
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
