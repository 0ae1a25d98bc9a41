"""Article -> dict (the schema), and the JSON, JSON Lines and CSV writers.

``to_dict`` is the only code that names output keys; every key is always present, in a fixed
order, and JSON and JSON Lines carry the same dict.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from .model import Article

KEYS = ("input", "title", "subtitle", "section", "breadcrumb", "source", "agencies", "published",
        "updated", "authors", "editors", "contributors", "dateline", "language", "body",
        "word_count", "segments", "evidence", "extra", "warnings")


def _evidence_order(item: tuple) -> tuple[int, str]:
    """Evidence in the order of the record's keys (then by name), whatever order it was found in."""
    key = item[0]
    return (KEYS.index(key) if key in KEYS else len(KEYS), key)


def to_dict(a: Article) -> dict[str, Any]:
    return {
        "input": {"path": a.path, "encoding": a.encoding, "index": a.index},
        "title": a.title,
        "subtitle": a.subtitle,
        "section": a.section,
        "breadcrumb": list(a.breadcrumb),
        "source": a.source,
        "agencies": list(a.agencies),
        "published": a.published.isoformat() if a.published else None,
        "updated": a.updated.isoformat() if a.updated else None,
        "authors": list(a.authors),
        "editors": list(a.editors),
        "contributors": [{"name": p.name, "role": p.role} for p in a.contributors],
        "dateline": None if a.dateline is None else {
            "location": a.dateline.location, "date": a.dateline.date,
            "agency": a.dateline.agency, "raw": a.dateline.raw},
        "language": a.language,
        "body": a.body,
        "word_count": a.word_count,
        "segments": [{"kind": s.kind.value, "start": s.start, "end": s.end} for s in a.segments],
        "evidence": {k: {"raw": e.raw, "start": e.start, "end": e.end}
                     for k, e in sorted(a.evidence.items(), key=_evidence_order)},
        "extra": dict(a.extra),
        "warnings": list(a.warnings),
    }


def to_json(a: Article, indent: int | None = None) -> str:
    return json.dumps(to_dict(a), ensure_ascii=False, indent=indent)


def iter_jsonl(articles: Iterable[Article]) -> Iterator[str]:
    for a in articles:
        yield json.dumps(to_dict(a), ensure_ascii=False)
