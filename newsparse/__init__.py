"""newsparse: turn plain-text news articles and archive exports into structured records.

    >>> from newsparse import parse
    >>> article = parse("Putin's visit to China cements ties\n\nRussian President Vladimir Putin is visiting China.")

The public names are imported on first use, so a command that does not parse (``newsparse
--version``, ``newsparse schema``) does not pay for loading the parser and its tables.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_PUBLIC = {
    "ExitCode": "errors", "InputError": "errors", "NewsparseError": "errors", "RegistryError": "errors",
    "Outlet": "registry", "Registry": "registry", "default_registry": "registry",
    "load_registry": "registry",
    "Article": "model", "Dateline": "model", "Evidence": "model", "ParseOptions": "model", "Person": "model",
    "PubDate": "model", "Segment": "model", "SegmentKind": "model", "Gap": "model", "Record": "model",
    "rebuild": "layouts", "split_input": "layouts",
    "parse": "pipeline", "parse_file": "pipeline", "parse_many": "pipeline", "parse_stream": "pipeline",
    "iter_jsonl": "serialize", "to_dict": "serialize", "to_json": "serialize",
}

__all__ = sorted(_PUBLIC, key=str.casefold) + ["__version__"]


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))


if TYPE_CHECKING:                   # for type checkers and editors: the names, eagerly
    from .errors import ExitCode, InputError, NewsparseError, RegistryError
    from .layouts import rebuild, split_input
    from .model import Article, Dateline, Evidence, Gap, ParseOptions, Person, PubDate, Record, Segment, SegmentKind
    from .registry import Outlet, Registry, default_registry, load_registry
    from .pipeline import parse, parse_file, parse_many, parse_stream
    from .serialize import iter_jsonl, to_dict, to_json
