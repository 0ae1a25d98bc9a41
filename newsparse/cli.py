"""The command line: ``newsparse parse INPUT...`` and friends.

Commands turn options into a ``batch.Job``, find the inputs (``inputs``), run the batch and turn
its counts into an exit code (``ExitCode``). Data goes to stdout; messages go to stderr, one line
each, with control characters made visible. Modules are imported by the command that needs them:
``--version`` and ``schema`` never load the parser, and rich is loaded only to draw on a terminal.
"""
from __future__ import annotations

import os
import sys
import time
from datetime import date

import click

from . import __version__
from .errors import ExitCode

def _finite(ctx, param, value):
    """A number of seconds the clock can count to: not "nan", not "inf"."""
    if value is not None and not value < 1e9:
        raise click.BadParameter(f"{value} is not a number of seconds")
    return value


EXAMPLES_PARSE = """

\b
Examples:
  newsparse parse article.txt                  # a table on a terminal, JSON Lines in a pipe
  newsparse parse --format json archive/       # a folder's *.txt files, recursively
  newsparse parse exports.zip --fields title,published,input.path --format csv
  cat a.txt | newsparse parse | jq -r .title   # stdin when no input is named
  newsparse parse --jobs 0 --errors failed.jsonl corpus/ > records.jsonl
"""

EXAMPLES_CONVERT = """

\b
Examples:
  newsparse convert archive/ --out json/               # archive/2024/a.txt -> json/2024/a.json
  newsparse convert exports.zip --out json/ --jobs 0   # every core
  newsparse convert archive/ --out json/ --skip-existing   # resume a stopped batch
  newsparse convert archive/ --engine dask --out parts/    # part-00000.jsonl, ... on a local Dask cluster
  newsparse convert s3://bucket/news/ --engine dask --scheduler tcp://sched:8786 --out s3://bucket/parts/
"""




class _LayoutChoice(click.Choice):
    """The layout names, read from newsparse.model only when needed (help or a given value)."""

    def __init__(self) -> None:
        super().__init__(())

    @property
    def choices(self):
        from .model import LAYOUTS
        return ("auto",) + LAYOUTS

    @choices.setter
    def choices(self, value) -> None:
        pass


# click's ready-made help and version options and its Path type ask gettext for their texts:
# seven calls in a one-file run, about 2 ms, most of it the first call's import of the locale
# tables. These are the same options and checks, with their English texts given here.

def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"newsparse, version {__version__}", color=ctx.color)
        ctx.exit()


class _Command(click.Command):
    """A command whose help option (``-h``, ``--help``) is made here, once per command."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = self.get_help_option_names(ctx)
        if not names or not self.add_help_option:
            return None
        option = getattr(self, "_newsparse_help", None)
        if option is None:              # one object per command: click orders eager options by it
            option = click.Option(names, is_flag=True, is_eager=True, expose_value=False,
                                  callback=_show_help, help="Show this message and exit.")
            self._newsparse_help = option
        return option


class _Group(_Command, click.Group):
    """The program's group: its commands are ``_Command``s."""
    command_class = _Command


class _ExistingFile(click.ParamType):
    """A file that exists (``click.Path(exists=True, dir_okay=False)``), given back as a string."""
    name = "file"

    def convert(self, value, param, ctx):
        path = os.fspath(value)
        if not os.path.exists(path):
            self.fail(f"File {click.format_filename(path)!r} does not exist.", param, ctx)
        if os.path.isdir(path):
            self.fail(f"File {click.format_filename(path)!r} is a directory.", param, ctx)
        return path

    def shell_complete(self, ctx, param, incomplete):
        from click.shell_completion import CompletionItem
        return [CompletionItem(incomplete, type="file")]


class ReferenceDate(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


class ByteSize(click.ParamType):
    """A number of bytes, with K, M or G (binary multiples)."""
    name = "SIZE"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().removesuffix("B").removesuffix("I")
        factor = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}.get(text[-1:], 1)
        try:
            number = float(text[:-1] if factor > 1 else text)
        except ValueError:
            self.fail(f"{value!r} is not a size such as 500M or 2G", param, ctx)
        if number <= 0:
            self.fail("must be more than 0", param, ctx)
        return int(number * factor)


def _reading_options(f):
    """The options that change how text is read, shared by parse and convert."""
    for decorator in reversed((
        click.option("--reference-date", type=ReferenceDate(), default=None,
                     help="The day year-less and relative dates are read against (they stay unknown without it)."),
        click.option("--dayfirst/--monthfirst", "dayfirst", default=None,
                     help="Read numeric dates such as 05/06/2024 day first or month first "
                          "(default: from the source, the language, then the page's other dates)."),
        click.option("--layout", type=_LayoutChoice(), default="auto", show_default=True,
                     help="The input layout (default: detected per file)."),
        click.option("--encoding", default=None, metavar="NAME",
                     help="The text encoding of every input (default: detected per input, see input.encoding)."),
        click.option("--sources", "sources_file", type=_ExistingFile(), default=None,
                     help="A JSON or TOML file of outlets that extends or overrides the bundled registry."),
    )):
        f = decorator(f)
    return f


def _batch_options(f):
    """Inputs, batch control and messages, shared by parse and convert."""
    for decorator in reversed((
        click.option("--fields", default=None, metavar="A,B,...",
                     help="Only these keys, by dotted name (title,published,input.path,extra.page)."),
        click.option("--glob", default="*.txt", show_default=True, metavar="PATTERN",
                     help="Which files of folders and members of archives to read (case ignored)."),
        click.option("--follow-links", is_flag=True,
                     help="Follow symbolic links that lead out of an input folder."),
        click.option("--max-bytes", type=ByteSize(), default="1G", show_default=True,
                     help="Refuse an archive member or compressed file that expands past this."),
        click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Worker processes (0: every core); the output is the same, in input order. "
                          "A file or archive member over 1 MB is shared among them in parts of 32 records."),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
                     callback=_finite,
                     help="Give up on an input that takes longer to parse; it is reported as failed."),
        click.option("--errors", "errors_file", default=None, metavar="FILE",
                     help="Write one JSON line per failed input to FILE."),
        click.option("--quiet", "-q", is_flag=True, help="Print only errors (no summary, no progress)."),
        click.option("--verbose", "-v", is_flag=True, help="Also print each input as it is done."),
    )):
        f = decorator(f)
    return f


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
def cli() -> None:
    """Turn plain-text news articles and archive exports into structured records.

    \b
    newsparse parse INPUT...              records on stdout
    newsparse convert INPUT... --out DIR  one output file per input
    newsparse schema                      the JSON Schema of a record
    newsparse sources                     the outlet registry
    """


def main() -> None:
    """The program (the ``newsparse`` script and ``python -m newsparse``): ``cli()``, then the end
    of the process. To run the command line inside another program, call ``cli`` instead.

    When the run is over and no other thread runs, the process ends as the interpreter would
    end it, without its teardown: stdout and stderr are flushed, the exit handlers run (those
    of worker pools, Dask, coverage tools; ``atexit``), and the process exits with the code
    (``os._exit``). Every output file is closed by then; the teardown would only free the
    parser's tables object by object (about 4 ms of a short run), and Python does not promise
    to finalize the objects still alive at exit. Otherwise (another thread, a flush that fails)
    every object left is frozen (``gc.freeze``), so the interpreter's last garbage collections
    need not walk them all, and it exits as usual: what is written is the same either way."""
    try:
        cli()
    except SystemExit as stop:
        _end_now(stop.code)
        raise
    finally:
        import gc
        gc.freeze()


def _end_now(code) -> None:
    """Flush stdout and stderr, run the exit handlers and ``os._exit(code)``; or return, to
    leave the exit to the interpreter, when another thread runs (it would be waited for) or a
    flush fails (the interpreter reports it)."""
    import atexit
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)     # CPython's, as at exit
    threading = sys.modules.get("threading")
    if (run_exit_handlers is None or (threading is not None and threading.active_count() > 1)
            or not (code is None or isinstance(code, int)) or not _flushed()):
        return
    run_exit_handlers()                 # each runs once: the interpreter's exit would find none
    if _flushed():
        os._exit(code or 0)


def _flushed() -> bool:
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return False
    return True


@cli.command("parse", epilog=EXAMPLES_PARSE)
@click.argument("inputs", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "table"]), default=None,
              help="json: one JSON array; jsonl: one object per line, as parsed; csv: one row per "
                   "article; table: for reading. [default: table on a terminal, else jsonl]")
@_batch_options
@_reading_options
def parse_cmd(inputs: tuple[str, ...], fmt: str | None, **opts) -> None:
    """Parse INPUT files, folders, archives or - (stdin) into article records on stdout.

    With no INPUT, standard input is read when it is not a terminal.
    """
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no input: name files, folders or archives, or pipe text in")
        inputs = ("-",)
    if fmt is None:
        fmt = "table" if _isatty(sys.stdout) else "jsonl"
    _run(inputs, fmt, None, False, **opts)


@cli.command("convert", epilog=EXAMPLES_CONVERT)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, metavar="DIR",
              help="The folder to write one output file per input into (created if needed).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json",
              show_default=True, help="The format of the output files.")
@click.option("--skip-existing", is_flag=True,
              help="Leave an input whose output file exists (resumes a stopped batch).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine, --jobs processes; dask: a Dask cluster, writing JSON Lines "
                   "partition files part-NNNNN.jsonl and errors.jsonl (needs newsparse[dask]).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: the scheduler of a running cluster (tcp://host:8786); "
                   "without it a local cluster of --jobs processes is started (default: every core).")
@click.option("--partition-size", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --engine dask: inputs per partition file (default: 4 partitions per worker "
                   "thread, at most 1000 inputs each).")
@_batch_options
@_reading_options
@click.pass_context
def convert_cmd(ctx: click.Context, inputs: tuple[str, ...], out_dir: str, fmt: str, skip_existing: bool,
                engine: str, scheduler: str | None, partition_size: int | None, **opts) -> None:
    """Convert INPUT files, folders and archives into one output file each under --out.

    A folder's files keep their paths below it (archive/2024/a.txt becomes OUT/2024/a.json), and
    so do an archive's members. Names that would collide, or name an input, get ~2, ~3, ...
    Each file is written under a temporary name and renamed when complete.

    With --engine dask the inputs (paths, or URLs fsspec reads) are cut into partitions and the
    records of each go to one JSON Lines file, OUT/part-00000.jsonl, ... in input order, and the
    failed inputs to OUT/errors.jsonl.
    """
    if engine == "local":
        for name, value in (("--scheduler", scheduler), ("--partition-size", partition_size)):
            if value is not None:
                raise click.UsageError(f"{name} is for --engine dask")
        _run(inputs, fmt, out_dir, skip_existing, **opts)
        return
    _run(inputs, "jsonl", out_dir, False, engine=_dask_settings(ctx, fmt, skip_existing, scheduler,
                                                                 partition_size, opts), **opts)


def _dask_settings(ctx, fmt, skip_existing, scheduler, partition_size, opts) -> dict:
    """The options --engine dask takes, checked; the rest have no meaning on a cluster."""
    from click.core import ParameterSource
    given = {name for name in ctx.params if ctx.get_parameter_source(name) is not ParameterSource.DEFAULT}
    if "fmt" in given and fmt != "jsonl":
        raise click.BadParameter("--engine dask writes JSON Lines partition files: use --format jsonl",
                                 param_hint="--format")
    if skip_existing:
        raise click.UsageError("--skip-existing is for --engine local; --engine dask writes into an empty --out")
    if opts["timeout"] is not None:
        raise click.BadParameter("is not supported with --engine dask", param_hint="--timeout")
    if scheduler and "jobs" in given:
        raise click.UsageError("--jobs sets the workers of a local cluster; the cluster at --scheduler has its own")
    try:
        from . import dask as engine
    except ImportError as exc:
        raise click.BadParameter(f"needs the dask extra: pip install 'newsparse[dask]' ({exc})",
                                 param_hint="--engine") from None
    from .batch import default_jobs
    workers = None if scheduler else default_jobs(opts["jobs"] if "jobs" in given else 0)
    return {"module": engine, "scheduler": scheduler, "partition_size": partition_size, "workers": workers}


@cli.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of an article record.

    \b
    Example:
      newsparse schema > record.schema.json
    """
    import json
    from .serialize import SCHEMA
    from .batch import Out, OutputError
    try:
        out = Out(sys.stdout.buffer)
        out.write(json.dumps(SCHEMA, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    except OutputError as exc:
        _output_failed(exc)


@cli.command("sources")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: for reading; json: the registry as data (the shape --sources accepts).")
@click.option("--sources", "sources_file", type=_ExistingFile(), default=None,
              help="A JSON or TOML file of outlets to add to the bundled registry first.")
def sources_cmd(fmt: str, sources_file: str | None) -> None:
    """List the outlet registry: canonical names, kinds, countries, zones and aliases.

    \b
    Example:
      newsparse sources --format json | jq -r '.[].name'
    """
    import json
    from .batch import Out, OutputError
    from .errors import RegistryError
    from .registry import default_registry, load_registry, outlet_dict
    try:
        registry = load_registry(sources_file) if sources_file else default_registry()
    except RegistryError as exc:
        raise click.BadParameter(str(exc), param_hint="--sources") from None
    out = Out(sys.stdout.buffer)
    try:
        if fmt == "json":
            out.write(json.dumps([outlet_dict(o) for o in registry], ensure_ascii=False, indent=2) + "\n")
            out.flush()
            return
        from rich.console import Console
        from rich.table import Table
        table = Table("name", "kind", "country", "language", "timezone", "aliases and domains")
        for o in registry:
            table.add_row(o.name, o.kind, o.country or "", o.language or "", o.timezone or "",
                          ", ".join(o.aliases + o.domains))
        Console(file=out, soft_wrap=False, markup=False).print(table)
        out.flush()
    except OutputError as exc:
        _output_failed(exc)


# -- running parse and convert ------------------------------------------------------------------------

def _run(inputs, fmt, out_dir, skip_existing, *, fields, glob, follow_links, max_bytes, jobs, timeout,
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
            _load_parser()          # parsed in this process
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


def _load_parser() -> None:
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


def _output_failed(exc) -> None:
    if exc.broken_pipe:
        _silence_stdout()
        sys.exit(ExitCode.OK)
    _silence_stdout()
    _echo_error(None, str(exc))
    sys.exit(ExitCode.OUTPUT_ERROR)


def _isatty(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


# -- messages -------------------------------------------------------------------------------------------

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
        if not self.quiet and _isatty(sys.stderr):
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
