"""Conversions on a Dask cluster (issue 15): the records, errors, counts and exit codes of a local
run, from a distributed.LocalCluster of 2 worker processes started once for the module.

The expected records always come from a local run of the same code (``newsparse parse --format
jsonl``, ``parse_many``, ``parse_file``), never from fixed parser output.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import logging
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import zipfile

import pytest

from newsparse.cli import cli

from .conftest import SAMPLES, TEST_OPTIONS, TEST_REFERENCE
from .test_batch import BINARY
from .test_inputs import STORY, STORY_B

HAVE_DASK = all(importlib.util.find_spec(name) is not None for name in ("dask", "distributed"))
needs_dask = pytest.mark.skipif(not HAVE_DASK, reason="the dask extra is not installed: "
                                                      "pip install -e '.[test,dask]' runs these tests")

SUMMARY = re.compile(r"(\d+) inputs: (\d+) parsed \((\d+) articles\), (\d+) failed")
SEPARATOR = "\n" + "=" * 72 + "\n\n"        # between the articles of a multi-article file
FERRY = ("Ferry timetable changes in May\n\nThe island ferry will run two more crossings a day from the "
         "first of May, the operator said on Monday. The early boat leaves at six, and the late one at ten "
         "at night, so that shift workers can get home.\n")
MARKET = ("Market hall to open on Sundays\n\nThe covered market will open on Sundays from June, after "
          "traders voted for the change at their annual meeting. Stall rents on Sundays will be half the "
          "weekday rate for the first year, the council said.\n")
MULTI = SEPARATOR.join([FERRY, MARKET, STORY])


@pytest.fixture(scope="module")
def client():
    """One cluster for the module: 2 worker processes with 1 thread each, on loopback."""
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                      host="127.0.0.1", silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """The samples (every layout, CRLF, several records each), a multi-article file, a sub-folder,
    a zip, a tar.gz, a .gz, and two inputs that fail (binary, empty)."""
    folder = tmp_path_factory.mktemp("mixed")
    shutil.copytree(SAMPLES, folder / "samples", ignore=shutil.ignore_patterns("*.json"))
    (folder / "multi.txt").write_text(MULTI, encoding="utf-8")
    with zipfile.ZipFile(folder / "more.zip", "w") as zf:
        zf.write(SAMPLES / "german-article.txt", "zipped/german.txt")
    with tarfile.open(folder / "more.tar.gz", "w:gz") as tf:
        tf.add(SAMPLES / "lexisnexis-export.txt", "exports/lexis.txt")
    (folder / "one.txt.gz").write_bytes(gzip.compress(STORY_B.encode()))
    (folder / "zz-image.txt").write_bytes(BINARY)
    (folder / "zz-empty.txt").write_bytes(b"")
    return folder


def summary(stderr: str) -> tuple[int, ...]:
    return tuple(int(n) for n in SUMMARY.search(stderr.splitlines()[-1]).groups())


def parts(out) -> list:
    return sorted(out.glob("part-*.jsonl"))


# -- the command line ------------------------------------------------------------------------------

@needs_dask
def test_convert_on_the_cluster_writes_the_bytes_errors_and_counts_of_a_local_run(runner, client, mixed, tmp_path):
    args = ["--glob", "*", "--reference-date", TEST_REFERENCE]
    local = runner.invoke(cli, ["parse", "--format", "jsonl", "--errors", str(tmp_path / "local-errors.jsonl"),
                                str(mixed), *args], catch_exceptions=False)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["convert", str(mixed), "--engine", "dask", "--scheduler", client.scheduler.address,
                                 "--partition-size", "4", "--out", str(out),
                                 "--errors", str(tmp_path / "errors.jsonl"), *args], catch_exceptions=False)
    assert result.exit_code == local.exit_code == 1, result.output
    inputs, parsed, articles, failed = summary(local.stderr)
    assert summary(result.stderr) == (inputs, parsed, articles, failed)
    assert failed == 2 and inputs == parsed + failed
    records = [json.loads(line) for line in local.stdout.splitlines()]
    assert len(records) == articles
    assert sum(r["input"]["path"] == str(mixed / "multi.txt") for r in records) > 1      # a multi-article file
    assert [p.name for p in parts(out)] == [f"part-{i:05d}.jsonl" for i in range(math.ceil(inputs / 4))]
    assert b"".join(p.read_bytes() for p in parts(out)) == local.stdout_bytes
    assert (out / "errors.jsonl").read_bytes() == (tmp_path / "local-errors.jsonl").read_bytes()
    assert (tmp_path / "errors.jsonl").read_bytes() == (tmp_path / "local-errors.jsonl").read_bytes()
    assert [json.loads(line)["path"] for line in (out / "errors.jsonl").read_text().splitlines()] == [
        str(mixed / "zz-empty.txt"), str(mixed / "zz-image.txt")]
    assert sorted(p.name for p in out.iterdir()) == sorted([p.name for p in parts(out)] + ["errors.jsonl"])  # no temp
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == \
        [line for line in local.stderr.splitlines() if line.startswith("error:")]


@needs_dask
def test_fields_and_partition_files_in_input_order(runner, client, mixed, tmp_path):
    args = ["--fields", "input.path,input.index,title", str(mixed / "samples"), str(mixed / "multi.txt")]
    local = runner.invoke(cli, ["parse", "--format", "jsonl", *args], catch_exceptions=False)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["convert", "--engine", "dask", "--scheduler", client.scheduler.address,
                                 "--partition-size", "1", "--out", str(out), *args], catch_exceptions=False)
    assert result.exit_code == local.exit_code == 0, result.output
    files = parts(out)
    assert len(files) == summary(local.stderr)[0]                   # one input each
    assert [json.loads(line) for p in files for line in p.read_text().splitlines()] == \
        [json.loads(line) for line in local.stdout.splitlines()]
    assert [json.loads(files[-1].read_text().splitlines()[0])["input"]["path"]] == [str(mixed / "multi.txt")]


@needs_dask
def test_an_input_that_fails_part_way_gives_no_record_as_in_the_local_convert(runner, client, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    many = SEPARATOR.join([FERRY, MARKET] * 120).encode()
    assert len(many) > 64 << 10
    (folder / "b.txt").write_bytes(many + SEPARATOR.encode() + b"\xff\xfe" * 100)    # fails past 64 KiB
    parsed = runner.invoke(cli, ["parse", "--format", "jsonl", "--encoding", "ascii", str(folder / "b.txt")])
    assert parsed.exit_code == 3 and "after" in parsed.stderr and parsed.stdout    # part-way: records, then failed
    local = runner.invoke(cli, ["convert", str(folder), "--format", "jsonl", "--encoding", "ascii",
                                "--out", str(tmp_path / "local")])
    out = tmp_path / "out"
    result = runner.invoke(cli, ["convert", str(folder), "--engine", "dask", "--scheduler", client.scheduler.address,
                                 "--encoding", "ascii", "--out", str(out)])
    assert result.exit_code == local.exit_code == 1, result.output
    [error] = [line for line in local.stderr.splitlines() if line.startswith("error:")]
    assert error.startswith(f"error: {folder}/b.txt: cannot decode as ascii")
    assert error in result.stderr.splitlines()
    assert b"".join(p.read_bytes() for p in parts(out)) == (tmp_path / "local" / "a.jsonl").read_bytes()
    assert summary(result.stderr) == summary(local.stderr) == (2, 1, 1, 1)


@needs_dask
def test_nothing_parsed_exits_3_and_every_partition_still_has_its_file(runner, client, tmp_path):
    (tmp_path / "b.txt").write_bytes(BINARY)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["convert", str(tmp_path / "b.txt"), str(tmp_path / "missing.txt"), "--engine", "dask",
                                 "--scheduler", client.scheduler.address, "--partition-size", "1", "--out", str(out)])
    assert result.exit_code == 3, result.output
    assert [(p.name, p.read_bytes()) for p in parts(out)] == [("part-00000.jsonl", b""), ("part-00001.jsonl", b"")]
    assert [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()] == [
        {"path": str(tmp_path / "b.txt"), "error": "binary data, not text (it contains NUL bytes)", "articles": 0},
        {"path": str(tmp_path / "missing.txt"), "error": "No such file or directory", "articles": 0}]


@needs_dask
def test_an_out_folder_holding_a_run_or_under_a_file_is_exit_4(runner, client, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00003.jsonl").write_text("{}\n")
    base = ["convert", str(tmp_path / "a.txt"), "--engine", "dask", "--scheduler", client.scheduler.address]
    result = runner.invoke(cli, [*base, "--out", str(out)])
    assert result.exit_code == 4
    assert result.stderr.splitlines()[0] == (
        f"error: --out {out} already holds the output of a run (part-00003.jsonl); name an empty folder, "
        "or remove its part-*.jsonl and errors.jsonl")
    assert sorted(p.name for p in out.iterdir()) == ["part-00003.jsonl"]
    result = runner.invoke(cli, [*base, "--out", str(tmp_path / "a.txt" / "out")])
    assert result.exit_code == 4
    assert result.stderr.splitlines()[0] == f"error: cannot create --out {tmp_path}/a.txt/out: Not a directory"
    result = runner.invoke(cli, [*base, "--out", "nosuchprotocol://bucket/out"])
    assert result.exit_code == 4
    assert result.stderr.splitlines()[0] == ("error: cannot create --out nosuchprotocol://bucket/out: "
                                             "Protocol not known: nosuchprotocol")


@needs_dask
def test_urls_are_read_with_fsspec(runner, client, mixed, tmp_path):
    folder = mixed / "samples"
    local = runner.invoke(cli, ["parse", "--format", "jsonl", str(folder), str(mixed / "one.txt.gz")],
                          catch_exceptions=False)
    out = tmp_path / "out"
    urls = [f"file://{folder}", f"file://{mixed}/one.txt.gz", f"file://{mixed}/more.zip", "nosuchprotocol://x/y.txt"]
    result = runner.invoke(cli, ["convert", *urls, "--engine", "dask", "--scheduler", client.scheduler.address,
                                 "--out", f"file://{out}"], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    got = [json.loads(line) for p in parts(out) for line in p.read_text().splitlines()]
    expected = [json.loads(line) for line in local.stdout.splitlines()]
    assert [r["input"]["path"] for r in got] == [f"file://{r['input']['path']}" for r in expected]
    assert [{**r, "input": None} for r in got] == [{**r, "input": None} for r in expected]
    assert [(e["path"], e["error"][:35]) for e in map(json.loads, (out / "errors.jsonl").read_text().splitlines())] == [
        (f"file://{mixed}/more.zip", "--engine dask reads archives only f"),
        ("nosuchprotocol://x/y.txt", "Protocol not known: nosuchprotocol")]


@needs_dask
def test_relative_paths_name_the_same_files_for_workers_in_another_folder(runner, client, tmp_path, monkeypatch):
    """The workers do not run in the client's folder: local paths are made absolute on the
    client, and the records keep them as given."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(FERRY)
    local = runner.invoke(cli, ["parse", "--format", "jsonl", "in/a.txt"], catch_exceptions=False)
    result = runner.invoke(cli, ["convert", "in/a.txt", "--engine", "dask", "--scheduler", client.scheduler.address,
                                 "--out", "rel/parts", "-v"], catch_exceptions=False)
    assert result.exit_code == local.exit_code == 0, result.output
    assert (tmp_path / "rel" / "parts" / "part-00000.jsonl").read_bytes() == local.stdout_bytes
    assert json.loads(local.stdout)["input"]["path"] == "in/a.txt"
    assert result.stderr.splitlines()[0] == "ok: in/a.txt: 1 articles (utf-8) -> rel/parts/part-00000.jsonl"


@needs_dask
def test_an_unreachable_scheduler_is_a_usage_error(runner, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    result = runner.invoke(cli, ["convert", str(tmp_path / "a.txt"), "--engine", "dask", "--scheduler", "no-port-here",
                                 "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "Invalid value for --scheduler: cannot reach the scheduler at no-port-here: " in result.stderr


@needs_dask
def test_without_scheduler_a_local_cluster_is_started(tmp_path):
    """The real command in its own process: it starts (and stops) a cluster of --jobs workers."""
    (tmp_path / "multi.txt").write_text(MULTI)
    run = [sys.executable, "-m", "newsparse"]
    local = subprocess.run([*run, "parse", "--format", "jsonl", str(tmp_path / "multi.txt")],
                           capture_output=True, timeout=60)
    result = subprocess.run([*run, "convert", str(tmp_path / "multi.txt"), "--engine", "dask", "--jobs", "1",
                             "--out", str(tmp_path / "out")], capture_output=True, timeout=120)
    assert result.returncode == local.returncode == 0, result.stderr
    assert (tmp_path / "out" / "part-00000.jsonl").read_bytes() == local.stdout
    assert local.stdout.count(b"\n") > 1                           # a multi-article file
    assert result.stderr.decode().splitlines()[:-1] == []           # the summary only: no cluster chatter


@needs_dask
def test_sigterm_stops_with_143_and_leaves_only_complete_part_files(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FERRY)
    big = "".join(f"Paragraph {n} of the long report says the council met on day {n} and agreed item {n}.\n\n"
                  for n in range(60000))
    (folder / "b.txt").write_text("A very long report\n\n" + big)
    out = tmp_path / "out"
    with subprocess.Popen([sys.executable, "-m", "newsparse", "convert", "-v", str(folder), "--engine", "dask",
                           "--jobs", "1", "--partition-size", "1", "--out", str(out)],
                          stderr=subprocess.PIPE, stdout=subprocess.DEVNULL) as proc:
        first = proc.stderr.readline().decode()
        assert first == f"ok: {folder}/a.txt: 1 articles (utf-8) -> {out}/part-00000.jsonl\n"
        proc.send_signal(signal.SIGTERM)                # while b.txt is being parsed
        rest = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 143, rest
    assert rest.splitlines()[0] == "stopped by signal 15; every file written is complete"
    names = sorted(os.listdir(out))             # no temporary file, no errors.jsonl: the run did not finish
    assert names in (["part-00000.jsonl"], ["part-00000.jsonl", "part-00001.jsonl"])
    local = runner.invoke(cli, ["parse", "--format", "jsonl", str(folder / "a.txt")], catch_exceptions=False)
    assert (out / "part-00000.jsonl").read_bytes() == local.stdout_bytes
    if len(names) == 2:                         # the worker finished b.txt while the cluster closed: whole
        assert {json.loads(line)["input"]["path"] for line in (out / names[1]).read_text().splitlines()} == \
            {str(folder / "b.txt")}


USAGE_ERRORS = [
    (["--engine", "dask", "--format", "json"], "--engine dask writes JSON Lines partition files: use --format jsonl"),
    (["--engine", "dask", "--skip-existing"], "--skip-existing is for --engine local"),
    (["--engine", "dask", "--timeout", "5"], "is not supported with --engine dask"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--jobs", "2"], "--jobs sets the workers"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler is for --engine dask"),
    (["--partition-size", "10"], "--partition-size is for --engine dask"),
]


@pytest.mark.parametrize("args,message", USAGE_ERRORS, ids=[m for _, m in USAGE_ERRORS])
def test_options_that_do_not_go_with_the_engine_are_usage_errors(runner, tmp_path, args, message):
    (tmp_path / "a.txt").write_text(STORY)
    result = runner.invoke(cli, ["convert", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_newsparse_and_its_command_line_never_import_dask_unless_asked(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    result = _python(f"""
import sys
import newsparse, newsparse.cli
from click.testing import CliRunner
for args in (["parse", {str(tmp_path / "a.txt")!r}], ["convert", {str(tmp_path / "a.txt")!r}, "--out", {str(tmp_path / "o")!r}],
             ["convert", "--help"]):
    assert CliRunner().invoke(newsparse.cli.cli, args).exit_code == 0, args
newsparse.parse("Title\\n\\nBody text of the story.")
print(sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed", "fsspec") or m == "newsparse.dask"))
""")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"


def test_without_the_extra_the_engine_says_how_to_install_it(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    result = _python(f"""
import sys
sys.modules["dask"] = None                  # as if it were not installed
from newsparse.cli import cli
from click.testing import CliRunner
r = CliRunner().invoke(cli, ["convert", {str(tmp_path / "a.txt")!r}, "--engine", "dask", "--out", {str(tmp_path / "o")!r}])
print(r.exit_code)
print(r.stderr)
""")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2\n")
    assert "Invalid value for --engine: needs the dask extra: pip install 'newsparse[dask]'" in result.stdout


# -- the library -----------------------------------------------------------------------------------

@needs_dask
def test_parse_bag_of_texts_bytes_and_paths_gives_the_records_of_the_library(client, mixed):
    import dask.bag as db
    from newsparse import parse_file, parse_many, parse_stream, to_dict
    from newsparse.dask import parse_bag
    import io
    paths = [mixed / "multi.txt"] + sorted((mixed / "samples").glob("*.txt"))[:7]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    expected = [to_dict(a) for t in texts for a in parse_many(t, TEST_OPTIONS)]
    assert len(expected) > len(texts)
    assert parse_bag(db.from_sequence(texts, npartitions=3), TEST_OPTIONS).compute() == expected
    data = [p.read_bytes() for p in paths]
    assert parse_bag(db.from_sequence(data, npartitions=3), TEST_OPTIONS).compute() == \
        [to_dict(a) for d in data for a in parse_stream(io.BytesIO(d), TEST_OPTIONS)]
    assert parse_bag(db.from_sequence([str(p) for p in paths], npartitions=3), TEST_OPTIONS, paths=True).compute() == \
        [to_dict(a) for p in paths for a in parse_file(str(p), TEST_OPTIONS)]


@needs_dask
def test_parse_bag_raises_for_an_unusable_input_naming_it(client, tmp_path):
    import dask.bag as db
    from newsparse import InputError
    from newsparse.dask import parse_bag
    with pytest.raises(InputError, match=r"^<text>: no text$"):
        parse_bag(db.from_sequence([STORY, " \n"], npartitions=2)).compute()
    with pytest.raises(InputError, match=f"^{re.escape(str(tmp_path))}/missing.txt: No such file or directory$"):
        parse_bag(db.from_sequence([str(tmp_path / "missing.txt")]), paths=True).compute()


@needs_dask
def test_convert_bag_reports_a_bad_input_and_goes_on(client, tmp_path):
    import dask.bag as db
    from newsparse import parse_many, to_dict
    from newsparse.dask import convert_bag
    texts = [STORY, "", MULTI]
    expected = [to_dict(a) for t in (texts[0], texts[2]) for a in parse_many(t, TEST_OPTIONS)]
    counts = convert_bag(db.from_sequence(texts, npartitions=2), str(tmp_path / "out"), TEST_OPTIONS)
    assert (counts.inputs, counts.parsed, counts.failed, counts.articles) == (3, 2, 1, len(expected))
    assert len(expected) > 2
    assert [p.name for p in parts(tmp_path / "out")] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert [json.loads(line) for p in parts(tmp_path / "out") for line in p.read_text().splitlines()] == expected
    assert (tmp_path / "out" / "errors.jsonl").read_text() == '{"path": null, "error": "no text", "articles": 0}\n'


def test_the_readme_documents_the_engine_and_the_library():
    from .conftest import ROOT
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Running on a Dask cluster"):]
    for name in ("--engine dask", "--scheduler", "--partition-size", "parse_bag(", "convert_bag(", "errors.jsonl",
                 'pip install "newsparse[dask]"', "python benchmarks/dask_bench.py"):
        assert name in section, name
