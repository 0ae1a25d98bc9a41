"""Worker processes for a batch (``--jobs N``): inputs go whole to a worker, except a large one
(an export, as a rule), whose records are split here and parsed in parts by all of them, in
order; outcomes come back in input order. ``batch.run`` imports this module only when it runs
more than one job.

Each worker is sent the job once, when it starts; small inputs go to the workers in groups.
A stop (SIGINT, SIGTERM, SIGHUP) is taken between polls of the result awaited, never inside the
pool's own locks and queues; a stopped batch gives its workers ``END_SECONDS`` to end.
"""
from __future__ import annotations

import os
import signal
import time
from collections import deque
from pathlib import Path
from typing import Any, Iterator

from .batch import (Guard, Job, Outcome, OutputError, Stop, TargetFile, convert_one, failed_outcome, is_complete,
                    is_large, parse_one)
from .inputs import Source, open_source
from .serialize import render, to_dict
from .slotted import mutable


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
        shared.late = failed_outcome(Outcome(src.name, src.shown), exc, job)


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
        failed = failed_outcome(Outcome(name, ""), exc, job)
        outcome.error, outcome.detail = failed.error, failed.detail
    return outcome


def run_pool(sources, job, reporter, counts, jobs, write, planner, guard) -> None:
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
        """The input fails here, after the articles of its parts before (as ``failed_outcome`` says);
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
            if job.skip_existing and is_complete(target):
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
            if not src.error and not job.timeout and is_large(src):
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
