"""newsparse: turn plain-text news articles and archive exports into structured records.

    >>> from newsparse import parse
    >>> article = parse("Putin's visit to China cements ties\n\nRussian President Vladimir Putin is visiting China.")
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import ExitCode, InputError, NewsparseError, RegistryError
from .extract.sources import Outlet, Registry, default_registry, load_registry
from .layouts import rebuild, split_input
from .model import Article, Dateline, Evidence, Gap, ParseOptions, Person, PubDate, Record, Segment, SegmentKind
from .pipeline import parse, parse_file, parse_many, parse_stream
from .serialize import iter_jsonl, to_dict, to_json

__all__ = [
    "Article", "Dateline", "Evidence", "ExitCode", "Gap", "InputError", "NewsparseError", "Outlet",
    "ParseOptions", "Person", "PubDate", "Record", "Registry", "RegistryError", "Segment", "SegmentKind",
    "default_registry", "iter_jsonl", "load_registry", "parse", "parse_file", "parse_many",
    "parse_stream", "rebuild", "split_input", "to_dict", "to_json", "__version__",
]
