"""The command line: ``newsparse parse INPUT...`` and friends.

Commands check their options and hand them to ``cli_run.run``, which turns them into a
``batch.Job``, finds the inputs (``inputs``), runs the batch and turns its counts into an exit
code (``ExitCode``). Data goes to stdout; messages go to stderr, one line
each, with control characters made visible. Modules are imported by the command that needs them:
``--version`` and ``schema`` never load the parser, and rich is loaded only to draw on a terminal.
"""
from __future__ import annotations

import os
import sys
from datetime import date

import click

from . import __version__

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
    from .cli_run import isatty, run
    if fmt is None:
        fmt = "table" if isatty(sys.stdout) else "jsonl"
    run(inputs, fmt, None, False, **opts)


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
    from .cli_run import run
    if engine == "local":
        for name, value in (("--scheduler", scheduler), ("--partition-size", partition_size)):
            if value is not None:
                raise click.UsageError(f"{name} is for --engine dask")
        run(inputs, fmt, out_dir, skip_existing, **opts)
        return
    run(inputs, "jsonl", out_dir, False, engine=_dask_settings(ctx, fmt, skip_existing, scheduler,
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
        from .cli_run import output_failed
        output_failed(exc)


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
        from .cli_run import output_failed
        output_failed(exc)


# -- running parse and convert ------------------------------------------------------------------------


# -- messages -------------------------------------------------------------------------------------------
