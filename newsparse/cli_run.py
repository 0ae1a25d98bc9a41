"""The run behind ``parse`` and ``convert``: the inputs expanded, a ``batch.Job`` built from the
options, the batch run (in this process, in worker processes, or on a Dask cluster), the
messages and the errors file written, and the counts turned into an exit code.

``cli`` imports this module when a command runs, never for ``--help`` or ``--version``.
"""
from __future__ import annotations

import os
import sys
import time

import click

from .errors import ExitCode


def run(inputs, fmt, out_dir, skip_existing, *, fields, glob, follow_links, max_bytes, jobs, timeout,
         errors_file, quiet, verbose, engine=None, **reading) -> None:
    from . import batch
    from .inputs import expand

    job = batch.Job(options=_parse_options(**reading), fmt=fmt, fields=_fields(fields), timeout=timeout,
                    max_bytes=max_bytes, skip_existing=skip_existing)
    if timeout and not hasattr(__import__("signal"), "setitimer"):
        raise click.BadParameter("is not supported on this system", param_hint="--timeout")
    jobs = batch.default_jobs(jobs)
    starts: list[int] = []          # for each input reached, how many sources came before it
    if engine is None:
        entries = list(expand(inputs, glob=glob, follow_links=follow_links))
        if out_dir is not None:     # convert: stdin refused before a byte of it is read
            entries = [_no_stdin(e) for e in entries]
        jobs = batch.useful_jobs(entries, jobs)
        if jobs == 1:
            load_parser()          # parsed in this process
        sources = _sources(entries, starts, glob=glob, max_bytes=max_bytes, stream_tars=jobs == 1)
    else:                           # --engine dask: listed here, read by the workers
        entries = list(engine["module"].list_sources(inputs, glob=glob, follow_links=follow_links,
                                                     max_bytes=max_bytes))
    _refuse_an_input(errors_file, entries)
    messages = _Messages(quiet, verbose, len(entries))
    sink = planner = stop = None
    started = time.perf_counter()
    code = None
    try:
        if out_dir is None:
            from .serialize import Sink
            sink = Sink(batch.Out(sys.stdout.buffer), fmt, job.fields)
            sink.begin()
        elif engine is None:
            planner = _planner(out_dir, fmt, entries)
        with messages:
            if engine is None:
                counts = batch.run(sources, job, messages, jobs=jobs,
                                   write=sink.write if sink else None, planner=planner)
            else:
                counts = _run_dask(engine, entries, job, messages, out_dir)
        if sink:
            sink.end()
    except batch.Stop as exc:
        counts = getattr(exc, "counts", batch.Counts())
        stop = _Stopped(exc, entries, starts, counts)
        code = ExitCode.INTERRUPTED if exc.signum == 2 else 128 + exc.signum
        if sink:
            _quietly(sink.end)      # close the JSON array: what was written stays valid
        messages.note(f"stopped by signal {exc.signum}; every file written is complete")
    except batch.OutputError as exc:
        counts = getattr(exc, "counts", batch.Counts())
        stop = _Stopped(exc, entries, starts, counts)
        if exc.broken_pipe:
            _silence_stdout()
            _write_errors(errors_file, messages.failures)
            sys.exit(ExitCode.OK)           # the reader has all it wanted: end quietly
        messages.error(None, str(exc))
        code = ExitCode.OUTPUT_ERROR
    if not _write_errors(errors_file, messages.failures) and code is None:
        code = ExitCode.OUTPUT_ERROR
    messages.summary(counts, time.perf_counter() - started, stop, kept=out_dir is None)
    if code is None:
        code = (ExitCode.NOTHING_PARSED if not counts.parsed and not counts.existing
                else ExitCode.INPUT_ERRORS if counts.failed else ExitCode.OK)
    sys.exit(code)



def _sources(entries, starts: list[int], **how):
    """The sources of the inputs, in order; ``starts`` gets, as each input is reached, the
    number of sources before it (to tell which inputs a stopped batch did not reach)."""
    from .inputs import members
    n = 0
    for entry in entries:
        starts.append(n)
        for src in members(entry, **how):
            yield src
            n += 1


class _Stopped:
    """What a stop left: the input in progress (``partial``: its name and the articles of it
    written, or None between inputs) and how many inputs named or found in a folder were not
    reached (None when unknown)."""

    def __init__(self, exc, entries, starts: list[int], counts) -> None:
        import bisect
        self.partial = getattr(exc, "partial", None)
        self.not_reached = None
        if starts:                  # the in-progress source is the next one to be counted
            self.not_reached = len(entries) - bisect.bisect_right(starts, counts.inputs)
        elif entries is not None and counts.inputs == 0 and self.partial is None:
            self.not_reached = len(entries)



def load_parser() -> None:
    """Import the parser's modules with the collector paused, and freeze what they built.

    They build the parser's tables, objects that all live as long as the process: the
    collector, which runs after every 700 new objects, walked them some twenty times while
    they were built and freed nothing (2 to 4 ms of a one-file run), and would walk them again
    at each full collection of a long batch. ``gc.freeze`` leaves them out of its walks, as
    ``main`` does with every object at exit."""
    import gc
    enabled = gc.isenabled()
    gc.disable()
    try:
        from . import pipeline  # noqa: F401
    finally:
        if enabled:
            gc.enable()
    gc.freeze()



def _run_dask(engine: dict, sources, job, messages, out_dir: str):
    module = engine["module"]
    try:
        return module.convert(sources, job, messages, out=out_dir, scheduler=engine["scheduler"],
                              workers=engine["workers"], partition_size=engine["partition_size"])
    except module.ClusterError as exc:
        raise click.BadParameter(str(exc), param_hint="--scheduler" if engine["scheduler"] else "--engine") from None



def _no_stdin(src):
    if src.kind == "stdin":
        from .slotted import replace
        return replace(src, kind="error",
                       error="convert writes one file per input; use `newsparse parse -` for stdin")
    return src



def _planner(out_dir: str, fmt: str, entries):
    from pathlib import Path
    from .batch import OutputError, Planner
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise OutputError(f"cannot write into --out {out_dir}: it is a file, not a folder")
    try:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create --out {out_dir}: {exc.strerror or exc}") from None
    return Planner(Path(out_dir), fmt, [e.path for e in entries if e.path])



def _parse_options(reference_date, dayfirst, layout, encoding, sources_file):
    """Build the one ParseOptions value from the command-line options."""
    from .decode import is_text_encoding
    from .errors import RegistryError
    from .model import ParseOptions
    registry = None
    if sources_file:
        from .registry import load_registry
        try:
            registry = load_registry(sources_file)
        except RegistryError as exc:
            raise click.BadParameter(str(exc), param_hint="--sources") from None
    if encoding and not is_text_encoding(encoding):
        raise click.BadParameter(f"unknown text encoding {encoding!r}", param_hint="--encoding")
    return ParseOptions(reference_date=reference_date, dayfirst=dayfirst,
                        layout=None if layout == "auto" else layout, encoding=encoding, sources=registry)



def _fields(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    from .serialize import check_fields
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise click.BadParameter("names no field", param_hint="--fields")
    try:
        return tuple(check_fields(names))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fields") from None



def _write_errors(path: str | None, failures: list[dict]) -> bool:
    """The --errors file; False if it cannot be written. A regular file, or a new one, is
    written whole under a temporary name and renamed over the path, so it is never left half
    written; anything else the path names (a device such as /dev/null, a FIFO, a shell's
    ``>(cmd)``, a symbolic link such as /dev/stderr or one to a file) is opened and written in
    place, as a shell's ``>`` would: it stays what it is."""
    if not path:
        return True
    import json
    import stat
    text = "".join(json.dumps(failure, ensure_ascii=False) + "\n" for failure in failures)
    try:
        in_place = not stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        in_place = False            # absent (or unreadable: the write says why)
    temp = os.path.join(os.path.dirname(path) or ".", f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        with open(path if in_place else temp, "w", encoding="utf-8", errors="backslashreplace",
                  newline="\n") as fh:
            fh.write(text)
        if not in_place:
            os.replace(temp, path)
    except OSError as exc:
        if not in_place:
            _quietly(os.unlink, temp)
        _echo_error(None, f"cannot write --errors {path}: {exc.strerror or exc}")
        return False
    return True



def _refuse_an_input(path: str | None, entries) -> None:
    """--errors naming one of the inputs (a file, or an archive) would overwrite it: refused
    before anything is read, exit 2."""
    if not path:
        return
    try:
        st = os.stat(path)
    except OSError:
        return                      # not there yet: no input
    for entry in entries:
        if entry.path and entry.kind != "error":
            try:
                if os.path.samestat(st, os.stat(entry.path)):
                    break
            except OSError:
                continue
    else:
        return
    _echo_error(None, f"--errors {path} is one of the inputs; name another file")
    sys.exit(ExitCode.USAGE)



def _quietly(fn, *args) -> None:
    try:
        fn(*args)
    except Exception:               # noqa: BLE001 - best effort while already failing
        pass



def _silence_stdout() -> None:
    """After EPIPE: point stdout at /dev/null so Python's last flush does not complain."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError, AttributeError):
        pass



def output_failed(exc) -> None:
    if exc.broken_pipe:
        _silence_stdout()
        sys.exit(ExitCode.OK)
    _silence_stdout()
    _echo_error(None, str(exc))
    sys.exit(ExitCode.OUTPUT_ERROR)



def isatty(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False



def _echo_error(where: str | None, message: str) -> None:
    from .serialize import visible
    head = click.style("error", fg="red", bold=True)
    click.echo(f"{head}: {visible(where) + ': ' if where else ''}{visible(message)}", err=True)


class _Messages:
    """What a batch prints on stderr: one line per problem, a progress bar on a terminal, and
    the summary. Every name and message is printed with control characters made visible."""

    def __init__(self, quiet: bool, verbose: bool, total: int) -> None:
        self.quiet, self.verbose, self.total = quiet, verbose, total
        self.failures: list[dict] = []
        self.progress = None
        self.done_count = 0

    def __enter__(self) -> "_Messages":
        if not self.quiet and isatty(sys.stderr):
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeRemainingColumn)
            self.progress = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
                                     TextColumn("inputs, {task.fields[articles]} articles, "
                                                "{task.fields[failed]} failed, {task.fields[rate]}/s"),
                                     TimeRemainingColumn(),
                                     console=Console(stderr=True, highlight=False, markup=False),
                                     transient=True)
            self.progress.start()
            self.task = self.progress.add_task("", total=self.total, articles=0, failed=0, rate="0")
            self.started = time.perf_counter()
            self.articles = self.failed = 0
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def _line(self, text: str) -> None:
        if self.progress is not None:
            self.progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(text, err=True)

    def error(self, where: str | None, message: str) -> None:
        from .serialize import visible
        if self.progress is not None:
            self._line(f"error: {visible(where) + ': ' if where else ''}{visible(message)}")
        else:
            _echo_error(where, message)

    def note(self, message: str) -> None:
        if not self.quiet:
            self._line(message)

    def done(self, o) -> None:
        from .serialize import visible
        self.done_count += 1
        if o.existing:
            if self.verbose:
                self._line(f"exists: {visible(o.target)}")
        elif o.skipped:
            if not self.quiet:
                self._line(f"{click.style('skipped', fg='yellow')}: {visible(o.shown)}: {visible(o.error)}"
                           if self.progress is None else f"skipped: {visible(o.shown)}: {visible(o.error)}")
        elif o.error:
            self.failures.append({"path": o.name, "error": o.error, "articles": o.articles})
            self.error(o.shown, o.error)
            if self.verbose and o.detail and o.detail != "output":
                self._line(o.detail.rstrip())
        elif self.verbose:
            self._line(f"ok: {visible(o.shown)}: {o.articles} articles ({o.encoding})"
                       + (f" -> {visible(o.target)}" if o.target else ""))
        if self.progress is not None:
            self.articles += o.articles
            self.failed += bool(o.error and not o.skipped and not o.existing)
            rate = self.done_count / max(time.perf_counter() - self.started, 1e-9)
            self.progress.update(self.task, advance=1, total=max(self.total, self.done_count),
                                 articles=self.articles, failed=self.failed, rate=f"{rate:.1f}")

    def summary(self, counts, seconds: float, stop: _Stopped | None = None, kept: bool = True) -> None:
        """One line: the inputs done and the articles written; after a stop, also the input in
        progress (with the articles of it written, which the total counts) and the inputs not
        reached."""
        if self.quiet:
            return
        from .serialize import visible
        inputs, articles = counts.inputs, counts.articles
        partial = stop.partial if stop is not None else None
        if partial is not None:
            inputs += 1
            articles += partial.articles
        parts = [f"{inputs} inputs: {counts.parsed} parsed ({articles} articles)", f"{counts.failed} failed"]
        if counts.skipped:
            parts.append(f"{counts.skipped} skipped")
        if counts.existing:
            parts.append(f"{counts.existing} already converted")
        if partial is not None:
            parts.append(f"1 stopped (in {visible(partial.shown)} after {partial.articles} articles)" if kept
                         else f"1 stopped (in {visible(partial.shown)}; no file of it kept)")
        if stop is not None and stop.not_reached is not None:
            parts.append(f"{stop.not_reached} not reached")
        click.echo(", ".join(parts) + f" in {seconds:.2f} s", err=True)
