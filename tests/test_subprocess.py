"""The real command in a real process: each format over each input kind, stdin, a broken pipe,
a full disk, SIGTERM, and the same bytes whatever the time zone and locale (issues 12 and 13)."""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import zipfile

import pytest

from .conftest import SAMPLES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals, pipes and /dev/full")

NEWSPARSE = [sys.executable, "-m", "newsparse"]


def newsparse(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSPARSE, *map(str, args)], capture_output=True, timeout=60, **kw)


@pytest.fixture(scope="module")
def kinds(tmp_path_factory):
    """One input of each kind: a file, a folder, a zip, a tar.gz and a .gz."""
    tmp = tmp_path_factory.mktemp("kinds")
    one = SAMPLES / "byline-two-authors.txt"
    folder = tmp / "folder"
    folder.mkdir()
    shutil.copy(SAMPLES / "german-article.txt", folder / "german.txt")
    with zipfile.ZipFile(tmp / "a.zip", "w") as zf:
        zf.write(SAMPLES / "wire-ap-style.txt", "dir/wire.txt")
    with tarfile.open(tmp / "b.tar.gz", "w:gz") as tf:
        tf.add(SAMPLES / "lexisnexis-export.txt", "exports/lexis.txt")
    (tmp / "c.txt.gz").write_bytes(gzip.compress((SAMPLES / "no-metadata.txt").read_bytes()))
    paths = [str(one), str(folder), str(tmp / "a.zip"), str(tmp / "b.tar.gz"), str(tmp / "c.txt.gz")]
    expected = [str(one), str(folder / "german.txt"), f"{tmp}/a.zip!dir/wire.txt"] + \
        [f"{tmp}/b.tar.gz!exports/lexis.txt"] * 3 + [str(tmp / "c.txt.gz")]
    return paths, expected


@pytest.fixture(scope="module")
def jsonl(kinds):
    result = newsparse("parse", "--format", "jsonl", *kinds[0])
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.decode().splitlines()]     # every line loads


def test_jsonl_of_every_input_kind(kinds, jsonl):
    assert [r["input"]["path"] for r in jsonl] == kinds[1]
    assert [r["input"]["index"] for r in jsonl] == [0, 0, 0, 0, 1, 2, 0]


def test_json_is_one_array(kinds, jsonl):
    result = newsparse("parse", "--format", "json", *kinds[0])
    assert result.returncode == 0
    assert json.loads(result.stdout) == jsonl


def test_csv_reads_back(kinds, jsonl):
    from newsparse.serialize import cell
    result = newsparse("parse", "--format", "csv", "--fields", "input.path,title,authors,segments", *kinds[0])
    rows = list(csv.reader(io.StringIO(result.stdout.decode())))
    assert rows[0] == ["input.path", "title", "authors", "segments"]
    assert rows[1:] == [[r["input"]["path"], cell(r["title"]), cell(r["authors"]), cell(r["segments"])] for r in jsonl]
    assert [json.loads(row[3]) for row in rows[1:]] == [r["segments"] for r in jsonl]


def test_table_when_asked_in_a_pipe(kinds):
    result = newsparse("parse", "--format", "table", "--fields", "title", kinds[0][0])
    assert result.returncode == 0
    assert "City council votes" in result.stdout.decode()


def test_stdin_without_a_dash(jsonl):
    result = newsparse("parse", input=(SAMPLES / "byline-two-authors.txt").read_bytes())
    assert result.returncode == 0
    [record] = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert record == {**jsonl[0], "input": {"path": None, "encoding": "utf-8", "index": 0}}


def test_a_broken_pipe_ends_quietly_with_0(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(30):
        shutil.copy(SAMPLES / "lexisnexis-export.txt", folder / f"{n:02}.txt")
    with subprocess.Popen([*NEWSPARSE, "parse", "--format", "jsonl", str(folder)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        json.loads(proc.stdout.readline())             # like `| head -1`
        proc.stdout.close()
        stderr = proc.stderr.read()
        assert proc.wait(timeout=60) == 0
    assert stderr == b""


def test_a_full_disk_is_one_line_and_exit_4():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        result = subprocess.run([*NEWSPARSE, "parse", "--format", "jsonl", str(SAMPLES)], stdout=full,
                                stderr=subprocess.PIPE, timeout=60)
    assert result.returncode == 4
    lines = result.stderr.decode().splitlines()
    assert lines[0] == "error: cannot write the output: No space left on device"
    first = sorted(p for p in SAMPLES.iterdir() if p.suffix == ".txt")[0]
    assert len(lines) == 2 and lines[1].startswith(          # the input it stopped in is named
        f"1 inputs: 0 parsed (0 articles), 0 failed, 1 stopped (in {first} after 0 articles), "
        f"{len(list(SAMPLES.rglob('*.txt'))) - 1} not reached in ")


def test_errors_to_a_pipe_by_its_dev_fd_name_as_a_shell_gives_it(tmp_path):
    """``--errors >(cmd)``: the shell names a pipe /dev/fd/N; it is written, not replaced."""
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    read, write = os.pipe()
    with subprocess.Popen([*NEWSPARSE, "parse", "-q", "--errors", f"/dev/fd/{write}", str(tmp_path / "b.txt")],
                          pass_fds=(write,), stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            lines = pipe.read().decode().splitlines()
        assert proc.wait(timeout=60) == 3, proc.stderr.read()
    assert [json.loads(line)["path"] for line in lines] == [str(tmp_path / "b.txt")]


@pytest.fixture
def short_and_long(tmp_path):
    """A short article, and a report of 5 MB (more than a megabyte: shared among the workers)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes((SAMPLES / "byline-two-authors.txt").read_bytes())
    big = "".join(f"Paragraph {n} of the long report says the council met on day {n} and agreed item {n}.\n\n"
                  for n in range(60000))
    (folder / "b.txt").write_text("A very long report\n\n" + big)
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_stops_convert_with_143_and_only_complete_files(tmp_path, short_and_long, jobs):
    folder = short_and_long
    out = tmp_path / "out"
    with subprocess.Popen([*NEWSPARSE, "convert", "-v", "--jobs", jobs, str(folder), "--out", str(out)],
                          stderr=subprocess.PIPE, stdout=subprocess.DEVNULL) as proc:
        first = proc.stderr.readline().decode()
        assert first.startswith(f"ok: {folder}/a.txt: 1 articles (utf-8) -> ")
        proc.send_signal(signal.SIGTERM)                # while b.txt is being parsed
        rest = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 143, rest       # what it said, should it ever end otherwise
    assert "stopped by signal 15; every file written is complete" in rest
    assert sorted(os.listdir(out)) == ["a.json"]
    assert json.loads((out / "a.json").read_text())[0]["title"] == "City council votes to keep the night buses running"


def test_sigterm_stops_parse_of_a_shared_input_with_143_and_no_traceback(short_and_long):
    """A file over a megabyte is shared among the workers; a SIGTERM while they parse it stops
    the batch cleanly, and the worker waiting for work ends without a word."""
    folder = short_and_long
    with subprocess.Popen([*NEWSPARSE, "parse", "-v", "--jobs", "2", "--format", "jsonl", str(folder)],
                          stderr=subprocess.PIPE, stdout=subprocess.PIPE) as proc:
        first = proc.stderr.readline().decode()
        assert first.startswith(f"ok: {folder}/a.txt: 1 articles (utf-8)")
        proc.send_signal(signal.SIGTERM)                # while b.txt is being parsed
        rest = proc.stderr.read().decode()
        out = proc.stdout.read().decode()
        assert proc.wait(timeout=60) == 143, rest
    assert "Traceback" not in rest
    assert "stopped by signal 15" in rest
    assert [json.loads(line)["title"] for line in out.splitlines()] == [
        "City council votes to keep the night buses running"]


def _left_in_group(pgid: int) -> list[str]:
    """The processes of the group still running (zombies hold nothing open and are left out)."""
    left = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            left.append(pid)
    return left


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_to_the_process_group_ends_every_worker_and_helper(tmp_path, sig, code):
    """A job manager's stop (SIGTERM, or SIGHUP when the terminal goes) to the whole group while
    the workers hold results larger than a pipe: the command exits 128 + N, and no worker, fork
    server or resource tracker is left holding its stdout (a reader of it would never end)."""
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(8):
        (folder / f"{n}.txt").write_text("".join(
            f"Ferry timetable change number {n}-{i}\n\nBy Tova Hendrix\n\n"
            + "The harbour board changed the morning ferry times again this week. " * 6 + "\n\f"
            for i in range(300)))
    import time
    records = tmp_path / "records.jsonl"
    with records.open("wb") as stdout:
        proc = subprocess.Popen([*NEWSPARSE, "parse", "--jobs", "2", "--format", "jsonl", str(folder)],
                                stdout=stdout, stderr=subprocess.PIPE, start_new_session=True)
    try:
        for _ in range(600):
            if records.stat().st_size:                  # the workers are at work
                break
            time.sleep(0.05)
        os.killpg(proc.pid, sig)
        _, err = proc.communicate(timeout=30)           # returns only once every writer has gone
        assert proc.returncode == code, err
        assert b"Traceback" not in err
        summary = err.decode().splitlines()[-1]         # counts every record written
        written = len(records.read_bytes().splitlines())
        assert f"({written} articles)" in summary and " not reached in " in summary, summary
        for _ in range(50):
            if not _left_in_group(proc.pid):
                break
            time.sleep(0.1)
        assert _left_in_group(proc.pid) == []
    finally:
        if _left_in_group(proc.pid):                    # this test's own group: leave nothing behind
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stderr.close()
        proc.wait()


def _has_locale(name: str) -> bool:
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return name.lower().replace("-", "") in out.lower().replace("-", "")


ENVIRONMENTS = [
    pytest.param({"TZ": "UTC", "LANG": "C", "LC_ALL": "C"}, id="UTC-C"),
    pytest.param({"TZ": "Pacific/Kiritimati", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "7"},
                 id="Kiritimati-C.UTF-8"),
    pytest.param({"TZ": "America/St_Johns", "LANG": "C", "LC_ALL": "C"}, id="StJohns-C"),
    pytest.param({"TZ": "America/St_Johns", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"}, id="StJohns-tr_TR",
                 marks=pytest.mark.skipif(not _has_locale("tr_TR.utf8"),
                                          reason="the tr_TR.UTF-8 locale is not installed on this machine")),
]


@pytest.fixture(scope="module")
def reference_bytes(kinds):
    result = newsparse("parse", "--format", "jsonl", *kinds[0], env={**os.environ, "TZ": "Asia/Kolkata"})
    assert result.returncode == 0
    return result.stdout


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_the_same_bytes_whatever_the_time_zone_and_locale(kinds, reference_bytes, env):
    result = newsparse("parse", "--format", "jsonl", *kinds[0], env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    assert result.stdout == reference_bytes


RELATIVE = ("Harbour opens new pier\nPublished: yesterday 11:30 PM EST\n\nThe harbour opened its new pier on "
            "Monday, and the ferries will use it from next week.\n")


@pytest.fixture(scope="module")
def dated_inputs(tmp_path_factory):
    """Every sample, and an article dated relative to the reference date, late in the evening."""
    tmp = tmp_path_factory.mktemp("dated")
    (tmp / "relative.txt").write_text(RELATIVE, encoding="utf-8")
    return [str(SAMPLES), str(tmp / "relative.txt")]


@pytest.fixture(scope="module")
def dated_reference_bytes(dated_inputs):
    result = newsparse("parse", "--format", "jsonl", "--reference-date", "2024-12-31", *dated_inputs,
                       env={**os.environ, "TZ": "Asia/Kolkata"})
    assert result.returncode == 0, result.stderr
    assert b'"published": "2024-12-30T23:30:00-05:00"' in result.stdout     # read against the reference
    return result.stdout


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_guarantee_machine_independent_dates_read_against_a_reference(dated_inputs, dated_reference_bytes, env):
    result = newsparse("parse", "--format", "jsonl", "--reference-date", "2024-12-31", *dated_inputs,
                       env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    assert result.stdout == dated_reference_bytes
