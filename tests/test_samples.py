"""Golden files: every samples/NAME.txt parses to samples/NAME.json (all its records).

Regenerate after an intended change with `python -m pytest tests/test_samples.py --update-golden`
and review the diff.
"""
from __future__ import annotations

import json

import pytest

from newsparse import parse_file, to_dict

from .conftest import SAMPLES, TEST_OPTIONS

CASES = sorted(SAMPLES.glob("*.txt"))


def golden_records(rel: str) -> list[dict]:
    return [to_dict(a) for a in parse_file(rel, TEST_OPTIONS)]


def test_there_are_samples():
    assert len(CASES) >= 8


@pytest.mark.parametrize("txt", CASES, ids=lambda p: p.stem)
def test_sample_matches_golden(txt, request, in_root):
    got = golden_records(f"samples/{txt.name}")
    golden = txt.with_suffix(".json")
    if request.config.getoption("--update-golden"):
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    elif not golden.exists():
        pytest.fail(f"{golden.name} missing: run `python -m pytest --update-golden` and review the diff")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("txt", CASES, ids=lambda p: p.stem)
def test_sample_segments_rebuild_input(txt, in_root):
    text = txt.read_bytes().decode("utf-8")
    records = golden_records(f"samples/{txt.name}")
    if len(records) == 1:
        spans = records[0]["segments"]
        assert "".join(text[s["start"]:s["end"]] for s in spans) == text
    for rec in records:
        spans = rec["segments"]
        assert all(a["end"] == b["start"] for a, b in zip(spans, spans[1:]))


def _reading(text: str) -> list[tuple]:
    from newsparse import parse_many
    return [(r.title, r.authors, r.published, r.section, [p for p in (r.body or "").split("\n") if p.strip()])
            for r in parse_many(text, TEST_OPTIONS)]


@pytest.mark.parametrize("txt", CASES, ids=lambda p: p.stem)
def test_a_sample_set_apart_by_two_blank_lines_reads_the_same(txt):
    """Pages copied from some editors set their paragraphs apart by two blank lines: the line
    model reads gaps relative to the page's usual one, so the records are the same."""
    text = txt.read_bytes().decode("utf-8")
    if "\n\n" not in text:
        pytest.skip("no paragraph gap to widen")
    assert _reading(text.replace("\n\n", "\n\n\n")) == _reading(text)
