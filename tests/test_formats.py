"""Output formats, --fields and the record's JSON Schema: every format carries the same values."""
from __future__ import annotations

import csv
import io
import json

import pytest

from newsparse.cli import cli
from newsparse.serialize import KEYS, SCHEMA, cell, columns

from .conftest import SAMPLES

FILES = [SAMPLES / "byline-two-authors.txt", SAMPLES / "lexisnexis-export.txt", SAMPLES / "wire-dateline-agency.txt"]


def run(runner, *args):
    result = runner.invoke(cli, ["parse", *map(str, args)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def jsonl_records():
    from click.testing import CliRunner
    return [json.loads(line) for line in run(CliRunner(), "--format", "jsonl", *FILES).splitlines()]


def test_json_is_one_array_of_the_jsonl_records(runner, jsonl_records):
    assert len(jsonl_records) == 5
    assert json.loads(run(runner, "--format", "json", *FILES)) == jsonl_records


def _get(record, name):
    for part in name.split("."):
        record = record.get(part) if isinstance(record, dict) else None
    return record


def test_csv_reads_back_to_the_same_values(runner, jsonl_records):
    rows = list(csv.reader(io.StringIO(run(runner, "--format", "csv", *FILES))))
    assert rows[0] == columns(None)
    assert rows[0][:4] == ["input.path", "input.encoding", "input.index", "title"]
    assert rows[1:] == [[cell(_get(r, c), c) for c in rows[0]] for r in jsonl_records]
    assert rows[1][rows[0].index("authors")] == "Maria Lopez; Tom Becker"


def test_a_csv_cell_of_warnings_is_json_so_a_warning_holding_a_semicolon_stays_whole():
    warnings = ["no publication date printed; the update stamp stands in for it", "encoding guessed"]
    assert json.loads(cell(warnings, "warnings")) == warnings
    assert cell(["Jane Roe", "Tom Doe"], "authors") == "Jane Roe; Tom Doe"


def test_table_shows_the_main_fields_for_people(runner):
    out = run(runner, "--format", "table", FILES[0])
    header, *rest = out.splitlines()[1:]
    assert header.split() == ["┃", "input.path", "┃", "input.index", "┃", "title", "┃", "published", "┃", "source",
                              "┃", "authors", "┃"]
    assert {"City", "council", "Maria", "Lopez;", "2023-03-14"} <= set(" ".join(rest).split())


def test_fields_pick_nested_keys_in_every_format(runner):
    fields = "title,input.path,dateline.location,extra.page"
    [record] = [json.loads(line) for line in run(runner, "--fields", fields, FILES[2]).splitlines()]
    assert record == {"title": "NEW RAIL LINK TO CUT TRAVEL TIME BETWEEN TWO PROVINCIAL CAPITALS",
                      "input": {"path": str(FILES[2])}, "dateline": {"location": "KUNMING"}, "extra": {"page": None}}
    assert json.loads(run(runner, "--format", "json", "--fields", fields, FILES[2])) == [record]
    rows = list(csv.reader(io.StringIO(run(runner, "--format", "csv", "--fields", fields, FILES[2]))))
    assert rows == [["title", "input.path", "dateline.location", "extra.page"],
                    [record["title"], str(FILES[2]), "KUNMING", ""]]
    table = run(runner, "--format", "table", "--fields", "title,dateline.location", FILES[2])
    assert "dateline.location" in table and "KUNMING" in table


@pytest.mark.parametrize("fields,message", [
    ("titel", "unknown field 'titel': the record has input, title,"),
    ("input.name", "unknown field 'input.name': input has path, encoding, index"),
    ("title.x", "unknown field 'title.x': title has no keys below it"),
])
def test_an_unknown_field_is_a_usage_error(runner, fields, message):
    result = runner.invoke(cli, ["parse", "--fields", fields, str(FILES[0])])
    assert result.exit_code == 2
    assert message in result.stderr


def test_schema_prints_the_json_schema_of_the_record(runner):
    result = runner.invoke(cli, ["schema"], catch_exceptions=False)
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == SCHEMA
    assert list(schema["properties"]) == list(KEYS) == schema["required"]


def _conforms(value, schema) -> bool:
    """A small JSON Schema check for the keywords SCHEMA uses."""
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        names = {"string": str, "integer": int, "object": dict, "array": list, "null": type(None)}
        if not any(isinstance(value, names[k]) and not isinstance(value, bool) for k in kinds):
            return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    if isinstance(value, dict):
        props = schema.get("properties", {})
        if list(value) != list(props) and schema.get("additionalProperties") is False:
            return False
        extra = schema.get("additionalProperties")
        return all(_conforms(v, props[k] if k in props else extra if isinstance(extra, dict) else {})
                   for k, v in value.items())
    if isinstance(value, list) and "items" in schema:
        return all(_conforms(v, schema["items"]) for v in value)
    return True


@pytest.mark.parametrize("golden", sorted(SAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_every_golden_record_conforms_to_the_schema(golden):
    for record in json.loads(golden.read_text(encoding="utf-8")):
        assert _conforms(record, SCHEMA)


LONE = "Headline \ud800 here\n\nThe council met \udc00 on Monday to discuss the plan for the new park.\n"


def test_guarantee_no_crash_lone_surrogates_in_the_library_serializers():
    from newsparse import iter_jsonl, parse, to_dict, to_json
    article = parse(LONE)
    for text in (to_json(article), to_json(article, indent=2), *iter_jsonl([article])):
        text.encode("utf-8")                            # writable as UTF-8: the surrogate is escaped
        assert json.loads(text) == to_dict(article)     # and reads back as the same value


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_guarantee_no_crash_lone_surrogates_in_every_format(fmt):
    from newsparse import parse, to_dict
    from newsparse.batch import Out
    from newsparse.serialize import render
    buffer = io.BytesIO()
    Out(buffer).write(render(to_dict(parse(LONE)), fmt))       # what the command line writes
    assert "\\ud800" in buffer.getvalue().decode("utf-8")
