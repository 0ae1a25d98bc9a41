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

from . import __version__
from .errors import ExitCode, NewsparseError
from .model import Article, ParseOptions
from .pipeline import parse_file, parse_stream
from .serialize import KEYS, to_dict

_err = Console(stderr=True, soft_wrap=True, highlight=False)


def _error(where: str, message: str) -> None:
    _err.print(f"[bold red]error[/]: {escape(where)}: {escape(message)}")


class ReferenceDate(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


@click.group()
@click.version_option(__version__, prog_name="newsparse")
def cli() -> None:
    """Turn plain-text news articles and archive exports into structured records."""


@cli.command("parse")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json",
              show_default=True, help="json: one JSON array; jsonl: one object per line, as parsed; "
              "csv: one row per article.")
@click.option("--reference-date", type=ReferenceDate(), default=None,
              help="The day year-less and relative dates are read against (they stay unknown without it).")
def parse_cmd(inputs: tuple[str, ...], fmt: str, reference_date: date | None) -> None:
    """Parse INPUT files, folders (their *.txt files) or - (stdin) into article records."""
    options = ParseOptions(reference_date=reference_date)
    counts = {"inputs": 0, "failed": 0, "articles": 0}
    writer = {"json": _write_json, "jsonl": _write_jsonl, "csv": _write_csv}[fmt]
    writer(_articles(inputs, options, counts))
    if counts["failed"]:
        _err.print(f"{counts['inputs']} inputs: {counts['inputs'] - counts['failed']} parsed "
                   f"({counts['articles']} articles), {counts['failed']} failed")
    sys.exit(ExitCode.INPUT_ERRORS if counts["failed"] else ExitCode.OK)


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


def _articles(inputs: tuple[str, ...], options: ParseOptions, counts: dict) -> Iterator[Article]:
    for name in _expand(inputs, counts):
        counts["inputs"] += 1
        try:
            if name == "-":
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
    """stdout as UTF-8 bytes, whatever the locale says: JSON and CSV are UTF-8 data."""

    def __init__(self) -> None:
        self.buffer = sys.stdout.buffer

    def write(self, text: str) -> None:
        self.buffer.write(text.encode("utf-8"))

    def flush(self) -> None:
        self.buffer.flush()


def _write_jsonl(articles: Iterator[Article]) -> None:
    out = _Out()
    for a in articles:
        out.write(json.dumps(to_dict(a), ensure_ascii=False) + "\n")
        out.flush()


def _write_json(articles: Iterator[Article]) -> None:
    out = _Out()
    out.write("[")
    first = True
    for a in articles:
        out.write(("\n" if first else ",\n") + json.dumps(to_dict(a), ensure_ascii=False, indent=2))
        first = False
    out.write("\n]\n" if not first else "]\n")
    out.flush()


CSV_LISTS = ("breadcrumb", "agencies", "authors", "editors")


def _write_csv(articles: Iterator[Article]) -> None:
    """One row per article: lists joined with "; ", nested values as compact JSON."""
    out = _Out()
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
