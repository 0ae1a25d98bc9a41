"""Batches: the same bytes with worker processes, convert that loses and overwrites nothing,
exit codes, --errors, --timeout, stops by signal, and output errors (issues 12 and 13)."""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import tarfile
import zipfile

import pytest

from newsparse.cli import cli

from .conftest import SAMPLES
from .test_inputs import STORY, STORY_B

BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
_RNG = random.Random(7)
UNDECODABLE = bytes(_RNG.randrange(128, 256) if i % 4 else 32 for i in range(400))    # no code page reads it


@pytest.fixture
def mixed(tmp_path):
    """A folder of the samples (every layout, CRLF, several records), a zip of some of them and a
    tar.gz of two exports."""
    folder = tmp_path / "mixed"
    shutil.copytree(SAMPLES, folder, ignore=shutil.ignore_patterns("*.json"))
    with zipfile.ZipFile(folder / "more.zip", "w") as zf:
        for name in ("german-article.txt", "wire-ap-style.txt"):
            zf.write(SAMPLES / name, f"zipped/{name}")
    with tarfile.open(folder / "exports.tar.gz", "w:gz") as tf:
        for name in ("lexisnexis-export.txt", "factiva-articles.txt"):
            tf.add(SAMPLES / name, f"tarred/{name}")
    return folder


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_jobs_2_writes_the_same_bytes_as_jobs_1(runner, mixed, fmt):
    args = ["parse", "--format", fmt, "--glob", "*", str(mixed), "--reference-date", "2024-12-31"]
    one = runner.invoke(cli, [*args, "--jobs", "1"], catch_exceptions=False)
    two = runner.invoke(cli, [*args, "--jobs", "2"], catch_exceptions=False)
    assert one.exit_code == two.exit_code == 0, two.output
    assert one.stdout_bytes.count(b'"title"') >= 38 or fmt == "csv"
    assert two.stdout_bytes == one.stdout_bytes


def test_small_inputs_sent_in_groups_keep_their_order_and_their_own_failures(runner, tmp_path):
    """Small inputs go to the workers in groups (one, two, three ... up to sixteen at a time):
    forty of them, one binary in the middle of a group, give the bytes, the counts and the one
    error line that one process gives."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02d}.txt").write_text(STORY.replace("Harbour", f"Harbour {i}", 1), encoding="utf-8")
    (folder / "20.txt").write_bytes(BINARY)
    args = ["parse", "--format", "jsonl", str(folder), "--reference-date", "2024-12-31"]
    one = runner.invoke(cli, [*args, "--jobs", "1"], catch_exceptions=False)
    two = runner.invoke(cli, [*args, "--jobs", "2"], catch_exceptions=False)
    assert one.exit_code == two.exit_code == 1
    assert two.stdout_bytes == one.stdout_bytes
    assert len(two.stdout_bytes.splitlines()) == 39
    errors = [line for line in two.stderr.splitlines() if line.startswith("error:")]
    assert errors == [line for line in one.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "20.txt" in errors[0]
    assert "40 inputs: 39 parsed (39 articles), 1 failed" in two.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_a_large_input_shared_among_the_workers_writes_the_same_bytes(runner, mixed, fmt, monkeypatch):
    """Every file counts as large and its records go to the workers two at a time: the
    exports of several records are parsed in parts, and come back in order."""
    from newsparse import batch, pool
    monkeypatch.setattr(batch, "SHARE_BYTES", 0)
    monkeypatch.setattr(pool, "PART_RECORDS", 2)
    args = ["parse", "--format", fmt, "--glob", "*", str(mixed), "--reference-date", "2024-12-31"]
    one = runner.invoke(cli, [*args, "--jobs", "1"], catch_exceptions=False)
    two = runner.invoke(cli, [*args, "--jobs", "2"], catch_exceptions=False)
    assert one.exit_code == two.exit_code == 0, two.output
    assert two.stdout_bytes == one.stdout_bytes


def test_shared_inputs_that_fail_are_reported_as_with_one_job(runner, tmp_path, monkeypatch):
    from newsparse import batch
    monkeypatch.setattr(batch, "SHARE_BYTES", 0)
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_bytes(BINARY)
    (tmp_path / "c.txt").write_bytes(UNDECODABLE)
    (tmp_path / "d.txt").write_text(" \n\n")
    (tmp_path / "e.txt").write_text(STORY_B)
    args = ["parse", "--format", "jsonl", "-v", str(tmp_path)]
    one = runner.invoke(cli, [*args, "--jobs", "1"], catch_exceptions=False)
    two = runner.invoke(cli, [*args, "--jobs", "2"], catch_exceptions=False)
    assert one.exit_code == two.exit_code == 1
    assert two.stdout_bytes == one.stdout_bytes
    assert [json.loads(line)["title"] for line in two.stdout.splitlines()] == [
        "Harbour opens new pier", "Library stays open late"]
    def lines(result):
        return [re.sub(r" in [\d.]+ s$", "", line) for line in result.stderr.splitlines()]
    assert lines(two) == lines(one)
    assert len(lines(two)) == 6 and lines(two)[-1] == "5 inputs: 2 parsed (2 articles), 3 failed"


def test_convert_of_shared_inputs_writes_the_same_files_and_resumes(runner, mixed, tmp_path, monkeypatch):
    from newsparse import batch, pool
    monkeypatch.setattr(batch, "SHARE_BYTES", 0)
    monkeypatch.setattr(pool, "PART_RECORDS", 2)
    (mixed / "zz-binary.txt").write_bytes(BINARY)
    (mixed / "zz-undecodable.txt").write_bytes(UNDECODABLE)
    outs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = runner.invoke(cli, ["convert", "--format", "json", str(mixed), "--out", str(out), "--jobs", jobs,
                                     "--reference-date", "2024-12-31"], catch_exceptions=False)
        assert result.exit_code == 1
        assert result.stderr.count("error: ") == 2
        outs[jobs] = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert outs["2"] == outs["1"]
    assert not any(name.endswith(".tmp") or name.startswith("zz-") for name in outs["2"])
    again = runner.invoke(cli, ["convert", "--format", "json", str(mixed), "--out", str(tmp_path / "out2"),
                                "--jobs", "2", "--skip-existing", "--reference-date", "2024-12-31"])
    assert again.exit_code == 1
    assert re.sub(r" in [\d.]+ s$", "", again.stderr.splitlines()[-1]) == (
        f"{len(outs['2']) + 2} inputs: 0 parsed (0 articles), 2 failed, {len(outs['2'])} already converted")
    after = {p.relative_to(tmp_path / "out2").as_posix(): p.read_bytes()
             for p in sorted((tmp_path / "out2").rglob("*")) if p.is_file()}
    assert after == outs["2"]


def test_convert_gives_colliding_names_distinct_files_and_loses_no_record(runner, tmp_path):
    for sub, story in (("a", STORY), ("b", STORY_B)):
        (tmp_path / "coll" / sub).mkdir(parents=True)
        (tmp_path / "coll" / sub / "x.txt").write_text(story)
    (tmp_path / "coll" / "X.txt").write_text(STORY)          # the same name on a case-insensitive disk
    out = tmp_path / "out"
    result = runner.invoke(cli, ["convert", str(tmp_path / "coll" / "a"), str(tmp_path / "coll" / "b"),
                                 str(tmp_path / "coll" / "X.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in out.iterdir()}
    assert {name: [r["input"]["path"] for r in recs] for name, recs in written.items()} == {
        "x.json": [str(tmp_path / "coll" / "a" / "x.txt")],
        "x~2.json": [str(tmp_path / "coll" / "b" / "x.txt")],
        "X~3.json": [str(tmp_path / "coll" / "X.txt")],
    }


def test_convert_never_writes_over_an_input(runner, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "a.json").write_text(STORY_B)            # an input that is the natural output name
    before = (tmp_path / "a.json").read_bytes()
    result = runner.invoke(cli, ["convert", "--glob", "*", str(tmp_path / "a.txt"), str(tmp_path / "a.json"),
                                 "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.json").read_bytes() == before
    titles = {p.name: json.loads(p.read_text())[0]["title"] for p in tmp_path.glob("a~*.json")}
    assert titles == {"a~2.json": "Harbour opens new pier", "a~3.json": "Library stays open late"}


def test_convert_does_not_write_through_a_symlink_at_the_output_path(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY)
    (tmp_path / "out").mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    os.symlink(precious, tmp_path / "out" / "a.json")
    result = runner.invoke(cli, ["convert", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert precious.read_text() == "keep me"
    assert not (tmp_path / "out" / "a.json").is_symlink()
    assert json.loads((tmp_path / "out" / "a.json").read_text())[0]["title"] == "Harbour opens new pier"


def test_a_binary_and_an_undecodable_file_among_good_ones(runner, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_bytes(BINARY)
    (tmp_path / "c.txt").write_bytes(UNDECODABLE)
    (tmp_path / "d.txt").write_text(STORY_B)
    errors = tmp_path / "failed.jsonl"
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "--errors", str(errors), str(tmp_path)])
    assert result.exit_code == 1
    assert [json.loads(l)["title"] for l in result.stdout.splitlines()] == ["Harbour opens new pier",
                                                                            "Library stays open late"]
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        f"error: {tmp_path}/b.txt: binary data, not text (it contains NUL bytes)",
        f"error: {tmp_path}/c.txt: not text in an encoding newsparse can tell; name its encoding with --encoding",
    ]
    assert re.fullmatch(r"4 inputs: 2 parsed \(2 articles\), 2 failed in \d+\.\d\d s", lines[2])
    assert [json.loads(l) for l in errors.read_text().splitlines()] == [
        {"path": f"{tmp_path}/b.txt", "error": "binary data, not text (it contains NUL bytes)", "articles": 0},
        {"path": f"{tmp_path}/c.txt", "error": "not text in an encoding newsparse can tell; "
                                               "name its encoding with --encoding", "articles": 0},
    ]


def test_nothing_parsed_exits_3(runner, tmp_path):
    (tmp_path / "b.txt").write_bytes(BINARY)
    result = runner.invoke(cli, ["parse", str(tmp_path / "b.txt"), str(tmp_path / "missing.txt")])
    assert result.exit_code == 3
    assert result.stdout == ""


def test_convert_of_a_failing_input_leaves_no_file(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY)
    (tmp_path / "in" / "b.txt").write_bytes(STORY.encode() + b"\n\xff\xfe" * 40000)    # fails past 64 KiB
    out = tmp_path / "out"
    result = runner.invoke(cli, ["convert", str(tmp_path / "in"), "--out", str(out), "--encoding", "ascii"])
    assert result.exit_code == 1
    offset = len(STORY.encode()) + 1                    # in the file, not in its 64 KiB chunk
    assert f"error: {tmp_path}/in/b.txt: cannot decode as ascii: ordinal not in range(128) at byte {offset}" \
        in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.json"]


# -- time limits and errors inside the parser ------------------------------------------------------------

def test_an_input_over_the_timeout_is_reported_and_the_batch_goes_on(runner, tmp_path, monkeypatch):
    import time
    import newsparse.pipeline as pipeline
    real = pipeline.parse_record

    def slow(record, *args, **kw):
        if "SLOW" in record.text:
            time.sleep(5)                   # interrupted by the time limit
        return real(record, *args, **kw)

    monkeypatch.setattr(pipeline, "parse_record", slow)
    (tmp_path / "a.txt").write_text("SLOW story\n\nThis one takes far too long to read for the batch to wait.\n")
    (tmp_path / "b.txt").write_text(STORY)
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "--timeout", "0.2", str(tmp_path)])
    assert result.exit_code == 1
    assert [json.loads(l)["title"] for l in result.stdout.splitlines()] == ["Harbour opens new pier"]
    assert result.stderr.splitlines()[0] == f"error: {tmp_path}/a.txt: took longer than --timeout 0.2 s; stopped"


def test_an_unexpected_error_in_the_parser_is_one_line_for_that_input(runner, tmp_path, monkeypatch):
    import newsparse.pipeline as pipeline
    real = pipeline.parse_record

    def broken(record, *args, **kw):
        if "BROKEN" in record.text:
            raise RuntimeError("a bug")
        return real(record, *args, **kw)

    monkeypatch.setattr(pipeline, "parse_record", broken)
    (tmp_path / "a.txt").write_text("BROKEN story\n\nThis one trips over a bug somewhere in the parser.\n")
    (tmp_path / "b.txt").write_text(STORY)
    result = runner.invoke(cli, ["parse", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (f"error: {tmp_path}/a.txt: internal error (RuntimeError: a bug); "
                                             "please report it")
    assert "Traceback" not in result.stderr
    verbose = runner.invoke(cli, ["parse", "--format", "jsonl", "-v", str(tmp_path)])
    assert "Traceback" in verbose.stderr and "RuntimeError: a bug" in verbose.stderr


@pytest.mark.parametrize("args,text", [
    (["--encoding", "utf-7"], b"Title +2D8- here\n\nThe council met and agreed on the budget in full.\n"),
    (["--reference-date", "0001-01-01"], b"Council agrees\n\nyesterday\n\nThe council met and agreed on it.\n"),
    (["--reference-date", "0001-01-02"], b"Council agrees\n\n3 days ago\n\nThe council met and agreed on it.\n"),
], ids=["utf7-lone-surrogate", "reference-date-yesterday", "reference-date-days-ago"])
def test_hostile_options_give_no_traceback_and_the_later_inputs_go_on(runner, tmp_path, args, text):
    (tmp_path / "a.txt").write_bytes(text)
    (tmp_path / "b.txt").write_text(STORY)
    result = runner.invoke(cli, ["parse", "--format", "jsonl", *args, str(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    assert json.loads(result.stdout.splitlines()[-1])["title"] == "Harbour opens new pier"
    if result.exit_code:
        assert len(result.stderr.splitlines()) == 2 and result.stderr.startswith(f"error: {tmp_path}/a.txt: ")


# -- stops by signal --------------------------------------------------------------------------------------

def _four_exports(tmp_path):
    """A folder of four LexisNexis exports of three records each."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        shutil.copy(SAMPLES / "lexisnexis-export.txt", folder / f"{n}.txt")
    return folder


def _signal_at_record(monkeypatch, n, signum):
    """Send ``signum`` to this process as the ``n``-th record is written; gives the real writer."""
    import newsparse.batch as batch
    real, calls = batch.render, []

    def render(*args):
        calls.append(1)
        if len(calls) == n:
            os.kill(os.getpid(), signum)
        return real(*args)

    monkeypatch.setattr(batch, "render", render)
    return real


def test_an_interrupted_convert_leaves_only_complete_files_and_resumes(runner, tmp_path, monkeypatch):
    import newsparse.batch as batch
    folder = _four_exports(tmp_path)
    real = _signal_at_record(monkeypatch, 8, signal.SIGINT)             # mid-way through the third file
    out = tmp_path / "out"
    result = runner.invoke(cli, ["convert", str(folder), "--out", str(out)])
    assert result.exit_code == 130, result.output
    assert sorted(os.listdir(out)) == ["0.json", "1.json"]         # no truncated file, no temporary one
    assert all(len(json.loads((out / n).read_text())) == 3 for n in os.listdir(out))
    assert "stopped by signal 2; every file written is complete" in result.stderr
    assert re.fullmatch(rf"3 inputs: 2 parsed \(6 articles\), 0 failed, 1 stopped \(in {folder}/2.txt; no file "
                        r"of it kept\), 1 not reached in \d+\.\d\d s", result.stderr.splitlines()[-1])
    monkeypatch.setattr(batch, "render", real)
    resumed = runner.invoke(cli, ["convert", str(folder), "--out", str(out), "--skip-existing"])
    assert resumed.exit_code == 0, resumed.output
    assert re.fullmatch(r"4 inputs: 2 parsed \(6 articles\), 0 failed, 2 already converted in \d+\.\d\d s",
                        resumed.stderr.strip())
    assert sorted(os.listdir(out)) == ["0.json", "1.json", "2.json", "3.json"]


def test_an_interrupted_parse_counts_what_it_wrote_and_names_the_input_it_stopped_in(runner, tmp_path, monkeypatch):
    """The summary after a stop counts every record written, those of the input in progress
    too, names that input and tells how many were not reached: records in = records out."""
    folder = _four_exports(tmp_path)
    _signal_at_record(monkeypatch, 8, signal.SIGTERM)                   # the third file's second record
    result = runner.invoke(cli, ["parse", "--format", "jsonl", str(folder)])
    assert result.exit_code == 143
    assert len(result.stdout.splitlines()) == 7
    assert re.fullmatch(rf"3 inputs: 2 parsed \(7 articles\), 0 failed, 1 stopped \(in {folder}/2.txt after 1 "
                        r"articles\), 1 not reached in \d+\.\d\d s", result.stderr.splitlines()[-1])


def test_an_interrupted_parse_closes_its_json_array(runner, tmp_path, monkeypatch):
    _signal_at_record(monkeypatch, 2, signal.SIGTERM)
    result = runner.invoke(cli, ["parse", "--format", "json", str(SAMPLES / "lexisnexis-export.txt")])
    assert result.exit_code == 143
    assert len(json.loads(result.stdout)) == 1


# -- output errors ------------------------------------------------------------------------------------------

def test_an_output_folder_under_a_file_is_one_line_and_exit_4(runner, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "file").write_text("")
    result = runner.invoke(cli, ["convert", str(tmp_path / "a.txt"), "--out", str(tmp_path / "file" / "out")])
    assert result.exit_code == 4
    assert result.stderr.splitlines()[0] == f"error: cannot create --out {tmp_path}/file/out: Not a directory"
    assert "Traceback" not in result.output


def test_an_output_folder_that_is_a_file_says_so_with_exit_4(runner, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "afile").write_text("")
    result = runner.invoke(cli, ["convert", str(tmp_path / "a.txt"), "--out", str(tmp_path / "afile")])
    assert result.exit_code == 4
    assert result.stderr.splitlines()[0] == f"error: cannot write into --out {tmp_path}/afile: it is a file, not a folder"
    assert (tmp_path / "afile").read_text() == ""


def test_an_errors_file_that_cannot_be_written_is_exit_4(runner, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    result = runner.invoke(cli, ["parse", "--errors", str(tmp_path / "no" / "dir" / "e.jsonl"), str(tmp_path)])
    assert result.exit_code == 4
    assert f"error: cannot write --errors {tmp_path}/no/dir/e.jsonl: No such file or directory" in result.stderr


def test_errors_through_a_symbolic_link_writes_the_file_it_names_and_keeps_the_link(runner, tmp_path):
    (tmp_path / "b.txt").write_bytes(BINARY)
    (tmp_path / "kept.jsonl").write_text("old\n")
    (tmp_path / "link.jsonl").symlink_to("kept.jsonl")
    result = runner.invoke(cli, ["parse", "-q", "--errors", str(tmp_path / "link.jsonl"), str(tmp_path / "b.txt")])
    assert result.exit_code == 3
    assert (tmp_path / "link.jsonl").is_symlink()
    assert [json.loads(l)["path"] for l in (tmp_path / "kept.jsonl").read_text().splitlines()] == [
        f"{tmp_path}/b.txt"]


def test_errors_into_a_fifo_writes_to_its_reader_and_keeps_the_fifo(runner, tmp_path):
    import stat
    import threading
    (tmp_path / "a.txt").write_text(STORY)
    fifo = tmp_path / "errors.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    result = runner.invoke(cli, ["parse", "-q", "--errors", str(fifo), str(tmp_path / "a.txt")])
    reader.join(10)
    assert result.exit_code == 0, result.stderr
    assert got == [""]                                  # nothing failed: the reader sees the end
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_errors_naming_an_input_is_refused_with_exit_2_before_anything_is_read(runner, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_bytes(BINARY)
    result = runner.invoke(cli, ["parse", "--errors", str(tmp_path / "a.txt"), str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"error: --errors {tmp_path}/a.txt is one of the inputs; name another file\n"
    assert result.stdout == ""
    assert (tmp_path / "a.txt").read_text() == STORY


def test_a_signal_while_an_input_is_opened_stops_the_batch_cleanly(runner, tmp_path, monkeypatch):
    """SIGTERM arriving inside ``os.fdopen``, after the file object took the descriptor and
    closed it again (what ``io.open`` does when interrupted), stops the batch with 143: it is
    not an input's internal error (closing the descriptor twice)."""
    (tmp_path / "a.txt").write_text(STORY)
    real = os.fdopen
    calls = []

    def interrupted(fd, mode="r", *args, **kwargs):
        fh = real(fd, mode, *args, **kwargs)
        if mode == "rb" and not calls:
            calls.append(fd)
            fh.close()
            os.kill(os.getpid(), signal.SIGTERM)    # the guard's handler runs before this returns
        return fh

    monkeypatch.setattr(os, "fdopen", interrupted)
    result = runner.invoke(cli, ["convert", str(tmp_path), "--out", str(tmp_path / "out")])
    assert calls
    assert result.exit_code == 143, result.stderr
    assert "internal error" not in result.stderr
    assert "stopped by signal 15" in result.stderr
    assert not (tmp_path / "out" / "a.json").exists()


def test_an_output_folder_that_leads_out_of_out_fails_its_input_and_the_rest_go_on(runner, tmp_path):
    """A link in --out to a folder elsewhere refuses the files under it, one input each; the
    output itself is writable, so the batch goes on and counts every input."""
    for name in ("a.txt", "sub/c.txt", "zz.txt"):
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text(STORY)
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "out" / "sub")
    result = runner.invoke(cli, ["convert", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert (f"error: {tmp_path / 'in' / 'sub' / 'c.txt'}: cannot write {tmp_path / 'out' / 'sub' / 'c.json'}: "
            "its folder leads out of --out (a symbolic link)") in result.stderr
    assert "3 inputs: 2 parsed (2 articles), 1 failed" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "sub", "zz.json"]
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_a_signal_between_a_workers_tasks_is_noted_and_a_second_signal_raises_nothing():
    """A worker between tasks may be reading its next one from the pool's pipe: a signal then
    is only noted (an exception there would leave half a message for the next worker to
    choke on); a second signal while the first one's stop is cleaning up raises nothing more."""
    from newsparse.batch import Guard, Stop
    idle = Guard()
    idle.idle = True
    idle._on_signal(2, None)
    assert idle.signum == 2
    with pytest.raises(Stop):
        idle.check()
    working = Guard()
    with pytest.raises(Stop):
        working._on_signal(2, None)
    working._on_signal(15, None)
    assert working.signum == 2


# -- workers: as many as the inputs can keep busy ----------------------------------------------------

def test_useful_jobs(tmp_path, monkeypatch):
    from newsparse import batch
    from newsparse.inputs import Source
    small = [Source(str(tmp_path / f"{i}.txt"), "file", path=str(tmp_path / f"{i}.txt")) for i in range(3)]
    for src in small:
        open(src.path, "w").close()
    missing = Source("gone.txt", "error", error="No such file or directory")
    assert batch.useful_jobs([small[0]], 4) == 1
    assert batch.useful_jobs([missing, small[0], missing], 4) == 1
    assert batch.useful_jobs([missing], 4) == 1
    assert batch.useful_jobs(small[:2], 4) == 2
    assert batch.useful_jobs(small, 2) == 2
    assert batch.useful_jobs([Source("-", "stdin")], 4) == 4          # may hold an archive
    assert batch.useful_jobs([Source("a.zip", "zip", path="a.zip")], 4) == 4
    monkeypatch.setattr(batch, "SHARE_BYTES", 0)                      # every file is large: shared
    assert batch.useful_jobs([small[0]], 4) == 4


def test_one_file_with_jobs_is_parsed_in_process_with_the_same_output(runner, monkeypatch):
    from click.testing import CliRunner

    from newsparse import pool
    args = ["parse", "--format", "jsonl", str(SAMPLES / "byline-two-authors.txt"), "--reference-date", "2024-12-31"]
    one = CliRunner().invoke(cli, [*args, "--jobs", "1"], catch_exceptions=False)

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool for one file")
    monkeypatch.setattr(pool, "run_pool", no_pool)
    two = runner.invoke(cli, [*args, "--jobs", "2"], catch_exceptions=False)
    assert one.exit_code == two.exit_code == 0, two.output
    assert two.stdout_bytes == one.stdout_bytes
