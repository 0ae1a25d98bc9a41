"""The command line, through click's CliRunner: formats, inputs, exit codes, messages."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest

from newsparse import parse_file, to_dict
from newsparse.cli import cli

from .conftest import SAMPLES, TEST_REFERENCE

SAMPLE = SAMPLES / "byline-two-authors.txt"


def invoke(runner, args, **kw):
    return runner.invoke(cli, args, **kw)


@pytest.mark.parametrize("via_stdin", [True, False], ids=["stdin", "file"])
def test_parse_jsonl_stdin_and_file_agree(runner, via_stdin):
    args = ["parse", "--format", "jsonl", "-" if via_stdin else str(SAMPLE)]
    result = invoke(runner, args, input=SAMPLE.read_bytes() if via_stdin else None, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    got = json.loads(line)
    assert got["input"] == {"path": None if via_stdin else str(SAMPLE), "encoding": "utf-8", "index": 0}
    assert got["title"] == "City council votes to keep the night buses running"
    assert got["authors"] == ["Maria Lopez", "Tom Becker"]


def test_parse_json_is_one_array(runner):
    result = invoke(runner, ["parse", "--format", "json", str(SAMPLE), str(SAMPLES / "no-metadata.txt")],
                    catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["input"]["path"] for d in data] == [str(SAMPLE), str(SAMPLES / "no-metadata.txt")]


def test_parse_json_with_no_articles_is_an_empty_array(runner, tmp_path):
    result = invoke(runner, ["parse", "--format", "json", str(tmp_path / "missing.txt")])
    assert result.exit_code == 3                    # nothing parsed
    assert json.loads(result.stdout) == []


def test_folder_input_reads_its_txt_files_recursively_in_order(runner, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second story\n\nIt was a quiet day in the town and nothing at all happened there.\n")
    (tmp_path / "a.txt").write_text("First story\n\nThe river rose by a metre overnight and the bridge was closed to traffic.\n")
    (tmp_path / "notes.md").write_text("not an article")
    result = invoke(runner, ["parse", "--format", "jsonl", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    paths = [json.loads(line)["input"]["path"] for line in result.stdout.splitlines()]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]


def test_cli_records_equal_the_golden_files(runner):
    files = sorted(SAMPLES.glob("*.txt"))
    result = invoke(runner, ["parse", "--format", "jsonl", "--reference-date", TEST_REFERENCE, *map(str, files)],
                    catch_exceptions=False)
    assert result.exit_code == 0, result.output
    got = [json.loads(line) for line in result.stdout.splitlines()]
    expected = []
    for f in files:
        for rec in json.loads(f.with_suffix(".json").read_text(encoding="utf-8")):
            rec["input"]["path"] = str(f)
            expected.append(rec)
    assert got == expected


def test_one_bad_input_exits_1_and_the_others_are_still_written(runner, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = tmp_path / "missing.txt"
    result = invoke(runner, ["parse", "--format", "jsonl", str(binary), str(SAMPLE), str(missing)])
    assert result.exit_code == 1, result.output
    assert [json.loads(l)["input"]["path"] for l in result.stdout.splitlines()] == [str(SAMPLE)]
    errors = [l for l in result.stderr.splitlines() if l.startswith("error")]
    assert errors == [
        f"error: {binary}: binary data, not text (it contains NUL bytes)",
        f"error: {missing}: No such file or directory",
    ]
    assert re.fullmatch(r"3 inputs: 1 parsed \(1 articles\), 2 failed in \d+\.\d\d s", result.stderr.splitlines()[-1])
    assert "Traceback" not in result.output


def test_empty_input_is_an_error_naming_the_file(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke(runner, ["parse", str(empty)])
    assert result.exit_code == 3
    assert f"error: {empty}: no text" in result.stderr


def test_stdin_error_is_named_stdin(runner):
    result = invoke(runner, ["parse", "-"], input=b"\x00\x01\x02binary")
    assert result.exit_code == 3
    assert "error: <stdin>: binary data" in result.stderr


@pytest.mark.parametrize("encoding,message", [
    ("utf-16", "cannot decode as utf-16: UTF-16 stream does not start with BOM"),
    ("punycode", "cannot decode as punycode: Invalid extended code point '\\n'"),
])
def test_an_encoding_that_cannot_read_the_file_is_a_one_line_error(runner, tmp_path, encoding, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\nBody text here.\n")
    result = invoke(runner, ["parse", "--encoding", encoding, str(bad)])
    assert result.exit_code == 3
    [error, summary] = result.stderr.splitlines()
    assert error == f"error: {bad}: {message}"
    assert summary.startswith("1 inputs: 0 parsed (0 articles), 1 failed in ")


@pytest.mark.skipif(sys.platform == "win32", reason="closes file descriptor 0")
def test_closed_stdin_is_an_error():
    result = subprocess.run([sys.executable, "-m", "newsparse", "parse", "-"], capture_output=True,
                            text=True, preexec_fn=lambda: os.close(0))
    assert result.returncode == 3
    assert result.stderr.splitlines()[0] == "error: <stdin>: standard input is closed"


def test_folder_without_txt_files_is_reported(runner, tmp_path):
    result = invoke(runner, ["parse", str(tmp_path)])
    assert result.exit_code == 3
    assert f"error: {tmp_path}: folder holds no files matching *.txt" in result.stderr


def test_no_input_with_stdin_a_terminal_is_a_usage_error(runner, monkeypatch):
    monkeypatch.setattr("click.testing._NamedTextIOWrapper.isatty", lambda self: True, raising=False)
    result = invoke(runner, ["parse"])
    assert result.exit_code == 2, result.output
    assert "no input: name files, folders or archives, or pipe text in" in result.stderr


@pytest.mark.parametrize("args", [
    ["parse", "--format", "xml", "x.txt"],                 # unknown format
    ["parse", "--reference-date", "17/05/2024", "x.txt"],  # bad date
    ["nonsense"],                                          # unknown command
    ["parse", "--encoding", "hex", "x.txt"],               # a codec, but not a text encoding
    ["parse", "--encoding", "no-such-codec", "x.txt"],     # no codec at all
    ["parse", "--timeout", "nan", "x.txt"],                # no number of seconds
    ["parse", "--timeout", "inf", "x.txt"],                # none the clock can count to
], ids=["bad-format", "bad-reference-date", "bad-command", "binary-codec", "unknown-codec", "nan-timeout",
        "endless-timeout"])
def test_usage_errors_exit_2(runner, args):
    result = invoke(runner, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""


def test_reference_date_completes_year_less_dates(runner):
    src = SAMPLES / "wire-dateline-agency.txt"
    without = json.loads(invoke(runner, ["parse", "--format", "jsonl", str(src)]).stdout)
    with_ref = json.loads(invoke(runner, ["parse", "--format", "jsonl", "--reference-date", "2024-12-31", str(src)]).stdout)
    assert without["published"] is None
    assert without["warnings"] == ["date 'Nov 3' has no year and no reference date"]
    assert with_ref["published"] == "2024-11-03"
    assert with_ref["dateline"]["date"] == "2024-11-03"


def test_guarantee_no_crash_a_relative_date_before_year_1(runner):
    text = ("City council votes to keep the night buses running\nPublished: 3 days ago\n\n"
            "The council voted on Monday to keep the night buses running for another year.\n")
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "--reference-date", "0001-01-02", "-"],
                           input=text.encode(), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["published"] is None
    assert record["warnings"] == ["relative date '3 days ago' falls outside years 1 to 9999 from the reference date"]


def test_csv_has_one_row_per_article(runner):
    result = invoke(runner, ["parse", "--format", "csv", str(SAMPLE)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert rows[0]["input.path"] == str(SAMPLE)
    assert rows[0]["authors"] == "Maria Lopez; Tom Becker"
    assert rows[0]["published"] == "2023-03-14"


def test_library_and_cli_agree(runner):
    result = invoke(runner, ["parse", "--format", "jsonl", str(SAMPLE)], catch_exceptions=False)
    assert json.loads(result.stdout) == to_dict(next(parse_file(str(SAMPLE))))


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help(runner, command):
    result = invoke(runner, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help


def test_version(runner):
    result = invoke(runner, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("newsparse, version ")


def test_convert_writes_one_file_per_input_keeping_relative_paths(runner, tmp_path):
    src = tmp_path / "archive"
    (src / "2024").mkdir(parents=True)
    (src / "2024" / "a.txt").write_text("River rises\n\nThe river rose by a metre overnight and the old bridge was closed to traffic.\n")
    (src / "b.txt").write_text("Park opens\n\nThe new park opened on Saturday with a concert and a picnic for the whole town.\n")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["convert", str(src), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["2024", "2024/a.json", "b.json"]
    [record] = json.loads((out / "2024" / "a.json").read_text(encoding="utf-8"))
    assert record["title"] == "River rises"
    assert record["input"]["path"] == str(src / "2024" / "a.txt")


def test_convert_reports_a_bad_file_and_converts_the_rest(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Park opens\n\nThe new park opened on Saturday with a concert and a picnic for the whole town.\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["convert", "--format", "jsonl", str(bad), str(good), "--out", str(out)])
    assert result.exit_code == 1
    assert f"error: {bad}: binary data" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["good.jsonl"]
    assert len((out / "good.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_sources_lists_the_registry_as_json(runner):
    result = runner.invoke(cli, ["sources", "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    names = [o["name"] for o in json.loads(result.stdout)]
    assert "Xinhua" in names and names == sorted(names, key=str.casefold)


def test_sources_file_extends_the_registry_for_parse(runner, tmp_path):
    registry = tmp_path / "outlets.json"
    registry.write_text(json.dumps([{"name": "Coastal Daily Herald", "kind": "newspaper",
                                     "timezone": "Asia/Shanghai", "aliases": ["CDH"]}]))
    src = SAMPLES / "web-page-breadcrumb.txt"
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "--sources", str(registry), str(src)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["published"] == "2024-03-08T09:15:00+08:00"


def test_a_bad_sources_file_is_a_usage_error(runner, tmp_path):
    registry = tmp_path / "outlets.json"
    registry.write_text("{not json")
    result = runner.invoke(cli, ["parse", "--sources", str(registry), str(SAMPLE)])
    assert result.exit_code == 2
    assert "not valid JSON" in result.stderr


@pytest.mark.parametrize("published,updated,expected", [
    ("Published: May 17, 2024", "Updated: May 17, 2024 10:42", ("2024-05-17", "2024-05-17T10:42:00")),
    ("Published: 2024-05-17 10:42", "Updated: 2024-05-17", ("2024-05-17T10:42:00", "2024-05-17")),
    ("Published: 2024-05-17 10:42", "Updated: 2024-05-16", ("2024-05-17T10:42:00", None)),
    ("Published: 2024-05-17 10:42 GMT+8", "Updated: 2024-05-17 03:00 GMT", ("2024-05-17T10:42:00+08:00",
                                                                          "2024-05-17T03:00:00+00:00")),
], ids=["day-then-time", "time-then-day", "update-a-day-earlier", "instants-across-zones"])
def test_updated_is_never_earlier_than_published(runner, published, updated, expected):
    text = (f"Harbour opens new ferry pier\n\n{published}\n{updated}\n\n"
            "The new pier opened on Friday and will take the larger ferries from next month, the port said.\n")
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "-"], input=text.encode(), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["published"], record["updated"]) == expected


PIER = "The new pier opened on Friday and will take the larger ferries from next month, the port said.\n"


def test_an_update_stamp_stands_in_for_a_missing_publication_date_with_a_warning(runner):
    text = (f"Harbour opens new ferry pier\n\nBy Ana Ruiz\nUpdated 5:17 PM EST, Tue November 7, 2023\n\n"
            f"{PIER}\nA crowd watched the first crossing on Thursday, Nov. 3, 2022, in the rain.\n")
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "-"], input=text.encode(), catch_exceptions=False)
    record = json.loads(result.stdout)
    assert (record["published"], record["updated"]) == ("2023-11-07T17:17:00-05:00", "2023-11-07T17:17:00-05:00")
    assert record["warnings"] == ["no publication date printed; the update stamp stands in for it"]


DATED = ("Ferry pier opens\n\nPublished: 05/06/2024\n\n"
         "The new pier opened on Friday and will take the larger ferries from next month, the port said.\n")


@pytest.mark.parametrize("flag,expected", [("--dayfirst", "2024-06-05"), ("--monthfirst", "2024-05-06")])
def test_dayfirst_and_monthfirst_decide_numeric_dates(runner, flag, expected):
    result = runner.invoke(cli, ["parse", "--format", "jsonl", flag, "-"], input=DATED.encode(),
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["published"] == expected


def test_an_ambiguous_numeric_date_without_a_rule_is_unknown_with_a_warning(runner):
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "-"], input=DATED.encode(), catch_exceptions=False)
    record = json.loads(result.stdout)
    assert record["published"] is None
    assert len(record["warnings"]) == 1 and "05/06/2024" in record["warnings"][0]


def test_a_published_date_after_the_reference_date_is_skipped(runner):
    text = DATED.replace("05/06/2024", "2025-03-01")
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "--reference-date", "2024-12-31", "-"],
                           input=text.encode(), catch_exceptions=False)
    record = json.loads(result.stdout)
    assert record["published"] is None
    assert record["warnings"] == ["published date '2025-03-01' is after the reference date; skipped"]


def test_an_exports_request_date_completes_relative_dates():
    from newsparse.model import Field, Record
    from newsparse.pipeline import parse_record
    text = "Headline\n\nyesterday\n\nThe council met and agreed the budget for the coming year in full.\n"
    start = text.index("yesterday")
    record = Record(text, 0, "lexisnexis", fields=(Field("published", "yesterday", start, start + 9),),
                    body=(text.index("The council"), len(text)), extra={"request_date": "2018-03-20"})
    assert parse_record(record).published.isoformat() == "2018-03-19"
