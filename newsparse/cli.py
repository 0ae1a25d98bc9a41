"""The command line: ``newsparse parse INPUT...`` and friends.

Commands turn options into ``ParseOptions``, read the inputs, call the library and write the
records. Data goes to stdout; messages go to stderr, one line each. Exit codes are the
``ExitCode`` contract: 0 every input parsed, 1 some input failed (the rest were written),
2 usage errors.
"""
from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import Iterator

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .decode import is_text_encoding
from .errors import ExitCode, InputError, NewsparseError, RegistryError
from .extract.sources import default_registry, load_registry, outlet_dict
from .layouts import LAYOUTS
from .model import Article, ParseOptions
from .pipeline import parse_file, parse_stream
from .serialize import KEYS, to_dict

_err = Console(stderr=True, soft_wrap=True, highlight=False)


def _error(where: str, message: str) -> None:
    """One line on stderr: a control character quoted in the message cannot break it."""
    message = message.translate(_ONE_LINE)
    where = where.translate(_ONE_LINE)
    _err.print(f"[bold red]error[/]: {escape(where)}: {escape(message)}")


_ONE_LINE = {0x0a: "\\n", 0x0d: "\\r", 0x0b: "\\v", 0x0c: "\\f", 0x85: "\\x85", 0x2028: "\\u2028",
             0x2029: "\\u2029"}


class ReferenceDate(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


def _parse_options(f):
    """The options that change how text is read, shared by parse and convert."""
    for decorator in reversed((
        click.option("--reference-date", type=ReferenceDate(), default=None,
                     help="The day year-less and relative dates are read against (they stay unknown without it)."),
        click.option("--dayfirst/--monthfirst", "dayfirst", default=None,
                     help="Read numeric dates such as 05/06/2024 day first or month first "
                          "(default: from the language and the source)."),
        click.option("--layout", type=click.Choice(("auto",) + LAYOUTS), default="auto", show_default=True,
                     help="The input layout (default: detected per file)."),
        click.option("--encoding", default=None, metavar="NAME",
                     help="The text encoding of the inputs (default: detected: UTF-8 or Windows-1252)."),
        click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False), default=None,
                     help="A JSON or TOML file of outlets that extends or overrides the bundled registry."),
    )):
        f = decorator(f)
    return f


def _options(reference_date, dayfirst, layout, encoding, sources_file) -> ParseOptions:
    """Build the one ParseOptions value from the command-line options."""
    registry = None
    if sources_file:
        try:
            registry = load_registry(sources_file)
        except RegistryError as exc:
            raise click.BadParameter(str(exc), param_hint="--sources") from None
    if encoding and not is_text_encoding(encoding):
        raise click.BadParameter(f"unknown text encoding {encoding!r}", param_hint="--encoding")
    return ParseOptions(reference_date=reference_date, dayfirst=dayfirst,
                        layout=None if layout == "auto" else layout, encoding=encoding, sources=registry)


@click.group()
@click.version_option(__version__, prog_name="newsparse")
def cli() -> None:
    """Turn plain-text news articles and archive exports into structured records."""


@cli.command("parse")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json",
              show_default=True, help="json: one JSON array; jsonl: one object per line, as parsed; "
              "csv: one row per article.")
@_parse_options
def parse_cmd(inputs: tuple[str, ...], fmt: str, **opts) -> None:
    """Parse INPUT files, folders (their *.txt files) or - (stdin) into article records on stdout."""
    options = _options(**opts)
    counts = {"inputs": 0, "failed": 0, "articles": 0}
    WRITERS[fmt](_articles(_expand(inputs, counts), options, counts), _Out())
    _finish(counts)


@cli.command("convert")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder to write one output file per input into (created if needed).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json",
              show_default=True, help="The format of the output files.")
@_parse_options
def convert_cmd(inputs: tuple[str, ...], out_dir: Path, fmt: str, **opts) -> None:
    """Convert INPUT files and folders into one output file each under --out.

    A folder's *.txt files keep their relative paths: archive/2024/a.txt becomes OUT/2024/a.json.
    """
    options = _options(**opts)
    counts = {"inputs": 0, "failed": 0, "articles": 0}
    for name, target in _targets(inputs, out_dir, fmt, counts):
        failed, articles = counts["failed"], counts["articles"]
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as fh:
            WRITERS[fmt](_articles(iter([name]), options, counts), _Out(fh))
        if counts["failed"] > failed and counts["articles"] == articles:
            target.unlink()                 # the input failed before any article: no empty file
    _finish(counts)


@cli.command("sources")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: for reading; json: the registry as data (the shape --sources accepts).")
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A JSON or TOML file of outlets to add to the bundled registry first.")
def sources_cmd(fmt: str, sources_file: str | None) -> None:
    """List the outlet registry: canonical names, kinds, countries, zones and aliases."""
    try:
        registry = load_registry(sources_file) if sources_file else default_registry()
    except RegistryError as exc:
        raise click.BadParameter(str(exc), param_hint="--sources") from None
    out = _Out()
    if fmt == "json":
        out.write(json.dumps([outlet_dict(o) for o in registry], ensure_ascii=False, indent=2) + "\n")
        return
    table = Table("name", "kind", "country", "language", "timezone", "aliases and domains")
    for o in registry:
        table.add_row(o.name, o.kind, o.country or "", o.language or "", o.timezone or "",
                      ", ".join(o.aliases + o.domains))
    Console(soft_wrap=False).print(table)


def _finish(counts: dict) -> None:
    if counts["failed"]:
        _err.print(f"{counts['inputs']} inputs: {counts['inputs'] - counts['failed']} parsed "
                   f"({counts['articles']} articles), {counts['failed']} failed")
    sys.exit(ExitCode.INPUT_ERRORS if counts["failed"] else ExitCode.OK)


def _targets(inputs: tuple[str, ...], out_dir: Path, fmt: str, counts: dict) -> Iterator[tuple[str, Path]]:
    """(input file, output file) pairs; a folder's files keep their paths below the folder."""
    suffix = "." + fmt
    for name in inputs:
        path = Path(name)
        if name == "-":
            counts["inputs"] += 1
            counts["failed"] += 1
            _error("-", "convert writes one file per input; use `newsparse parse -` for stdin")
        elif path.is_dir():
            for f in _expand((name,), counts):
                yield f, out_dir / Path(f).relative_to(path).with_suffix(suffix)
        else:
            yield name, out_dir / path.with_suffix(suffix).name


def _expand(inputs: tuple[str, ...], counts: dict) -> Iterator[str]:
    """Input paths in order: a folder stands for its *.txt files, recursively, sorted."""
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                counts["inputs"] += 1
                counts["failed"] += 1
                _error(name, "folder holds no .txt files")
            yield from (str(p) for p in files)
        else:
            yield name


def _articles(names: Iterator[str], options: ParseOptions, counts: dict) -> Iterator[Article]:
    for name in names:
        counts["inputs"] += 1
        try:
            if name == "-":
                if sys.stdin is None:
                    raise InputError("standard input is closed")
                articles = parse_stream(sys.stdin.buffer, options, None)
            else:
                articles = parse_file(name, options)
            for article in articles:
                counts["articles"] += 1
                yield article
        except NewsparseError as exc:
            counts["failed"] += 1
            _error("<stdin>" if name == "-" else name, str(exc))


class _Out:
    """A binary stream (stdout by default) written as UTF-8, whatever the locale says."""

    def __init__(self, buffer=None) -> None:
        self.buffer = buffer if buffer is not None else sys.stdout.buffer

    def write(self, text: str) -> None:
        self.buffer.write(text.encode("utf-8"))

    def flush(self) -> None:
        self.buffer.flush()


def _write_jsonl(articles: Iterator[Article], out: _Out) -> None:
    for a in articles:
        out.write(json.dumps(to_dict(a), ensure_ascii=False) + "\n")
        out.flush()


def _write_json(articles: Iterator[Article], out: _Out) -> None:
    out.write("[")
    first = True
    for a in articles:
        out.write(("\n" if first else ",\n") + json.dumps(to_dict(a), ensure_ascii=False, indent=2))
        first = False
    out.write("\n]\n" if not first else "]\n")
    out.flush()


CSV_LISTS = ("breadcrumb", "agencies", "authors", "editors")


def _write_csv(articles: Iterator[Article], out: _Out) -> None:
    """One row per article: lists joined with "; ", nested values as compact JSON."""
    columns = ["path", "index"] + [k for k in KEYS if k != "input"]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for a in articles:
        d = to_dict(a)
        row = [d["input"]["path"] or "", d["input"]["index"]]
        for key in columns[2:]:
            value = d[key]
            if key in CSV_LISTS:
                value = "; ".join(value)
            elif isinstance(value, (dict, list)):
                value = json.dumps(value, ensure_ascii=False)
            row.append("" if value is None else value)
        writer.writerow(row)
        out.flush()


WRITERS = {"json": _write_json, "jsonl": _write_jsonl, "csv": _write_csv}
