"""The article the project started from: a China Daily page saved as text (needs ../shared)."""
from __future__ import annotations

import json

import pytest

from newsparse import parse, to_dict
from newsparse.cli import cli

from .conftest import SEED, needs_shared

pytestmark = needs_shared


@pytest.fixture(scope="module")
def record() -> dict:
    return to_dict(parse(SEED.read_bytes().decode("utf-8"), path=str(SEED)))


def test_seed_fields(record):
    assert record["title"] == "Putin's visit to China cements ties"
    assert record["breadcrumb"] == ["Home", "Focus"]
    assert record["section"] == "Focus"
    assert record["source"] == "China Daily"
    assert record["published"] == "2024-05-17T10:42:00+08:00"
    assert record["authors"] == []
    assert record["editors"] == ["Zhou Jinmiao"]
    assert record["dateline"] is None
    assert record["language"] == "en"
    assert record["evidence"]["published"]["raw"] == "2024-05-17 10:42"


def test_seed_body_is_its_fourteen_paragraphs(record):
    paragraphs = record["body"].split("\n\n")
    assert len(paragraphs) == 14
    assert paragraphs[0].startswith("Russian President Vladimir Putin is visiting China")
    assert paragraphs[-1].endswith("no reason for this momentum to change.")
    for chrome in ("Home >>Focus", "cements ties", "Source:China Daily", "Editor:Zhou Jinmiao"):
        assert chrome not in record["body"]


def test_seed_segments_rebuild_the_input(record):
    text = SEED.read_bytes().decode("utf-8")
    kinds = [s["kind"] for s in record["segments"]]
    assert kinds == ["header", "byline", "body", "footer"]
    assert "".join(text[s["start"]:s["end"]] for s in record["segments"]) == text


def test_seed_from_stdin_is_the_same_record_with_a_null_path(runner, record):
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "-"], input=SEED.read_bytes(),
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    got = json.loads(line)
    assert got["input"] == {"path": None, "encoding": "utf-8", "index": 0}
    assert {k: v for k, v in got.items() if k != "input"} == {k: v for k, v in record.items() if k != "input"}


def test_seed_from_the_cli_file_path(runner, record):
    result = runner.invoke(cli, ["parse", "--format", "json", str(SEED)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{**record, "input": {**record["input"], "encoding": "utf-8"}}]
