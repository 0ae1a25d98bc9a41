"""What the command line reads: folders, stdin, archives in place, encodings per input, and the
inputs that must be reported instead of stopping or hanging the batch (issue 13)."""
from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import subprocess
import sys
import tarfile
import zipfile

import pytest

from newsparse.cli import cli

from .test_decode import ENCODED_TEXTS

STORY = "Harbour opens new pier\n\nThe new pier opened on Friday and will take the larger ferries from next month.\n"
STORY_B = "Library stays open late\n\nThe town library will stay open until ten at night from the first of June on.\n"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symbolic links need POSIX")


def records(result) -> list[dict]:
    assert "Traceback" not in result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def parse(runner, *args, **kw):
    return runner.invoke(cli, ["parse", "--format", "jsonl", *map(str, args)], **kw)


def test_a_folder_reads_matching_files_ignoring_case_and_skips_hidden_ones(runner, tmp_path):
    (tmp_path / "b.TXT").write_text(STORY_B)
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / ".draft.txt").write_text(STORY)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text(STORY)
    (tmp_path / "notes.md").write_text(STORY)
    result = parse(runner, tmp_path)
    assert result.exit_code == 0, result.output
    assert [r["input"]["path"] for r in records(result)] == [str(tmp_path / "a.txt"), str(tmp_path / "b.TXT")]
    result = parse(runner, "--glob", "*.MD", tmp_path)
    assert [r["input"]["path"] for r in records(result)] == [str(tmp_path / "notes.md")]


def test_stdin_is_read_when_no_input_is_named(runner):
    result = runner.invoke(cli, ["parse"], input=STORY.encode())
    assert result.exit_code == 0, result.output
    [record] = records(result)                      # not a terminal: JSON Lines
    assert record["input"] == {"path": None, "encoding": "utf-8", "index": 0}
    assert record["title"] == "Harbour opens new pier"


def _tar(path, mode, files):
    with tarfile.open(path, mode) as tf:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))


ARCHIVES = {
    "zip": lambda p, files: _zip(p, files),
    "tar": lambda p, files: _tar(p, "w", files),
    "tar.gz": lambda p, files: _tar(p, "w:gz", files),
    "tgz": lambda p, files: _tar(p, "w:gz", files),
    "tar.bz2": lambda p, files: _tar(p, "w:bz2", files),
    "tar.xz": lambda p, files: _tar(p, "w:xz", files),
}


def _zip(path, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)


@pytest.mark.parametrize("suffix", sorted(ARCHIVES))
def test_an_archive_is_read_in_place_and_names_its_members(runner, tmp_path, suffix):
    archive = tmp_path / f"exports.{suffix}"
    ARCHIVES[suffix](archive, {"2024/b.txt": STORY_B, "2024/a.txt": STORY, "2024/picture.jpg": "x",
                               "__MACOSX/2024/._a.txt": "junk"})
    result = parse(runner, archive)
    assert result.exit_code == 0, result.output
    assert [(r["input"]["path"], r["title"]) for r in records(result)] == [
        (f"{archive}!2024/b.txt", "Library stays open late"),       # archive order, as stored
        (f"{archive}!2024/a.txt", "Harbour opens new pier"),
    ]


def test_a_tar_archive_damaged_in_the_middle_is_reported_not_cut_short_in_silence(runner, tmp_path):
    """Zeroed blocks in the middle read as the archive's end: the members after them would be
    lost without a word. The members before are read, and the archive is reported damaged."""
    archive = tmp_path / "exports.tar"
    _tar(archive, "w", {f"2024/{i}.txt": STORY for i in range(4)})
    data = bytearray(archive.read_bytes())
    header = 2 * (512 + 512)                  # the third member's header: two members of one block each
    data[header:header + 1024] = bytes(1024)  # two zero blocks, as the end of an archive
    archive.write_bytes(bytes(data))
    result = parse(runner, archive)
    assert result.exit_code == 1
    assert [r["input"]["path"] for r in records(result)] == [f"{archive}!2024/0.txt", f"{archive}!2024/1.txt"]
    assert (f"error: {archive}: cannot read the tar archive: it goes on after its end-of-archive blocks: "
            "damaged, members may be lost") in result.stderr


@pytest.mark.parametrize("suffix,compress", [("gz", gzip.compress), ("bz2", bz2.compress), ("xz", lzma.compress)])
def test_a_compressed_file_is_read_as_its_text(runner, tmp_path, suffix, compress):
    path = tmp_path / f"story.txt.{suffix}"
    path.write_bytes(compress(STORY.encode()))
    [record] = records(parse(runner, path))
    assert record["input"]["path"] == str(path)
    assert record["title"] == "Harbour opens new pier"


STDIN_PACKED = {   # what is piped to stdin, told by its first bytes, not by a name
    "gz": lambda p: p.write_bytes(gzip.compress(STORY.encode())),
    "bz2": lambda p: p.write_bytes(bz2.compress(STORY.encode())),
    "xz": lambda p: p.write_bytes(lzma.compress(STORY.encode())),
    **{suffix: (lambda make: lambda p: make(p, {"2024/b.txt": STORY_B, "2024/a.txt": STORY, "2024/p.jpg": "x"}))(make)
       for suffix, make in ARCHIVES.items() if suffix != "tgz"},
}


@pytest.mark.parametrize("packed", sorted(STDIN_PACKED))
def test_an_archive_or_compressed_stream_piped_to_stdin_is_read_as_the_file_would_be(runner, tmp_path, packed):
    path = tmp_path / "piped"
    STDIN_PACKED[packed](path)
    result = parse(runner, "-", input=path.read_bytes())
    assert result.exit_code == 0, result.output
    got = [(r["input"]["path"], r["title"]) for r in records(result)]
    if packed in ("gz", "bz2", "xz"):
        assert got == [(None, "Harbour opens new pier")]
    else:
        assert got == [("<stdin>!2024/b.txt", "Library stays open late"), ("<stdin>!2024/a.txt", "Harbour opens new pier")]


@pytest.mark.parametrize("packed", ["tar.gz", "zip"])
def test_an_archive_piped_to_stdin_is_read_by_worker_processes_too(tmp_path, packed):
    path = tmp_path / "piped"
    STDIN_PACKED[packed](path)
    with open(path, "rb") as piped:
        result = subprocess.run([sys.executable, "-m", "newsparse", "parse", "-j", "2", "--fields", "input.path,title", "-"],
                                stdin=piped, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"input": {"path": "<stdin>!2024/b.txt"}, "title": "Library stays open late"},
        {"input": {"path": "<stdin>!2024/a.txt"}, "title": "Harbour opens new pier"},
    ]


def test_a_damaged_or_too_large_stream_on_stdin_is_one_line_naming_stdin(runner):
    result = parse(runner, "-", input=gzip.compress(STORY.encode() * 4)[:40])
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == ("error: <stdin>: damaged archive or compressed data: "
                                             "Compressed file ended before the end-of-stream marker was reached")
    result = parse(runner, "--max-bytes", "256K", "-", input=gzip.compress(b"a\n" * (1 << 20)))
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0].startswith(
        "error: <stdin>: expands to more than --max-bytes (262144 bytes; it says at least ")
    stored = io.BytesIO()                   # a zip is copied aside to be read: its length is capped
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", STORY * 40)
    result = parse(runner, "--max-bytes", "1K", "-", input=stored.getvalue())
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == ("error: <stdin>: a zip archive longer than --max-bytes (1024 bytes) "
                                             "is not read from stdin; name the file instead")


def test_convert_refuses_an_archive_on_stdin_before_reading_it(runner, tmp_path):
    zipped = io.BytesIO()
    _zip(zipped, {"a.txt": STORY})
    result = runner.invoke(cli, ["convert", "-", "--out", str(tmp_path / "out")], input=zipped.getvalue())
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == ("error: <stdin>: convert writes one file per input; "
                                             "use `newsparse parse -` for stdin")


def test_each_encoding_is_detected_per_input_without_being_named(runner, tmp_path):
    for encoding, text in ENCODED_TEXTS:
        (tmp_path / f"{encoding}.txt").write_bytes(("Headline\n\n" + text).encode(encoding))
    result = parse(runner, tmp_path)
    assert result.exit_code == 0, result.output
    got = {os.path.basename(r["input"]["path"]): (r["input"]["encoding"], r["body"]) for r in records(result)}
    assert got == {f"{e}.txt": (e, t.strip()) for e, t in ENCODED_TEXTS}


def test_an_unsure_guess_is_a_warning_on_the_record(runner, tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("Caf\xe9 opens\n\nThe caf\xe9 in the square opened again on Monday after the long winter.\n"
                     .encode("cp1252"))
    [record] = records(parse(runner, path))
    assert record["input"]["encoding"] == "cp1252"
    assert record["warnings"] == ["encoding guessed as cp1252 from little evidence; "
                                  "name it with --encoding if the text looks wrong"]


def test_encoding_forces_one(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Zürich\n\nDer Rat hat am Freitag den neuen Plan für die Stadt beschlossen.\n".encode("latin-1"))
    [record] = records(parse(runner, "--encoding", "latin-1", path))
    assert record["input"]["encoding"] == "latin-1"
    assert record["title"] == "Zürich"


def test_a_file_name_that_is_not_utf8_comes_out_as_valid_json(runner, tmp_path):
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the file system refuses names that are not UTF-8")
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(STORY)
    result = parse(runner, tmp_path)
    assert result.exit_code == 0, result.output
    assert '"path": "' + str(tmp_path) + '/caf\\udce9.txt"' in result.stdout
    assert records(result)[0]["input"]["path"] == str(tmp_path / name)


# -- inputs that are reported, not read -------------------------------------------------------------

@posix_only
def test_fifos_dangling_links_loops_and_links_out_are_reported_and_the_rest_go_on(runner, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(STORY)
    os.mkfifo(folder / "pipe.txt")
    os.symlink(tmp_path / "nowhere.txt", folder / "dangling.txt")
    os.symlink("..", folder / "sub" / "loop")
    (tmp_path / "outside.txt").write_text(STORY_B)
    os.symlink(tmp_path / "outside.txt", folder / "linked.txt")
    os.mkfifo(tmp_path / "named.txt")
    result = parse(runner, folder, tmp_path / "named.txt")     # must not hang on either FIFO
    assert result.exit_code == 1, result.output
    assert [r["input"]["path"] for r in records(result)] == [str(folder / "a.txt")]
    assert result.stderr.splitlines()[:-1] == [
        f"error: {folder}/dangling.txt: a dangling symbolic link",
        f"skipped: {folder}/linked.txt: a symbolic link out of the folder, not followed (use --follow-links)",
        f"error: {folder}/pipe.txt: a FIFO, not a file; not read",
        f"error: {folder}/sub/loop: a symbolic link loop",
        f"error: {tmp_path}/named.txt: a FIFO, not a file; pipe it to `-` to read it",
    ]
    assert result.stderr.splitlines()[-1].startswith("6 inputs: 1 parsed (1 articles), 4 failed, 1 skipped in ")
    followed = parse(runner, "--follow-links", folder)
    assert [r["input"]["path"] for r in records(followed)] == [str(folder / "a.txt"), str(folder / "linked.txt")]


def test_an_unreadable_file_and_folder_are_reported_and_the_rest_go_on(runner, tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY_B)
    real_scandir, real_open = os.scandir, os.open

    def scandir(path="."):
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    def os_open(path, flags, *args, **kw):
        if os.path.basename(path) == "b.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "scandir", scandir)          # as for a user without the rights (tests run as root)
    monkeypatch.setattr(os, "open", os_open)
    result = parse(runner, tmp_path)
    assert result.exit_code == 1, result.output
    assert [r["input"]["path"] for r in records(result)] == [str(tmp_path / "a.txt")]
    assert result.stderr.splitlines()[:-1] == [f"error: {tmp_path}/b.txt: Permission denied",
                                              f"error: {tmp_path}/locked: cannot read the folder: Permission denied"]


def test_control_characters_in_a_file_name_never_reach_the_terminal_raw(runner, tmp_path):
    bad = tmp_path / "evil\x1b[2Jname\r.txt"
    bad.write_bytes(b"\x00binary")
    result = parse(runner, bad)
    assert "\x1b" not in result.stderr and "\r" not in result.stderr
    assert result.stderr.splitlines()[0] == (f"error: {tmp_path}/evil\\x1b[2Jname\\r.txt: "
                                             "binary data, not text (it contains NUL bytes)")


# -- archives are safe ---------------------------------------------------------------------------------

def test_a_member_that_expands_past_max_bytes_is_refused(runner, tmp_path):
    bomb = tmp_path / "bomb.zip"
    _zip(bomb, {"big.txt": "a\n" * (1 << 20), "small.txt": STORY})   # 2 MiB in about 2 KB
    assert bomb.stat().st_size < 8000
    result = parse(runner, "--max-bytes", "1M", bomb)
    assert result.exit_code == 1, result.output
    assert [r["input"]["path"] for r in records(result)] == [f"{bomb}!small.txt"]
    assert result.stderr.splitlines()[0] == (
        f"error: {bomb}!big.txt: expands to more than --max-bytes (1048576 bytes; it says 2097152 bytes); "
        "refused as a possible decompression bomb")


def test_a_compressed_stream_is_capped_while_it_is_read(runner, tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a\n" * (1 << 20)))             # gzip states no trustworthy size
    result = parse(runner, "--max-bytes", "256K", bomb)
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines()[0].startswith(
        f"error: {bomb}: expands to more than --max-bytes (262144 bytes; it says at least ")


def test_links_inside_an_archive_are_not_followed(runner, tmp_path):
    archive = tmp_path / "links.tar"
    with tarfile.open(archive, "w") as tf:
        link = tarfile.TarInfo("passwd.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
        data = STORY.encode()
        info = tarfile.TarInfo("a.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    result = parse(runner, archive)
    assert result.exit_code == 1
    assert [r["input"]["path"] for r in records(result)] == [f"{archive}!a.txt"]
    assert result.stderr.splitlines()[0] == f"error: {archive}!passwd.txt: a link inside the archive, not followed"


def test_member_names_never_lead_a_write_outside_the_output_folder(runner, tmp_path):
    archive = tmp_path / "evil.zip"
    _zip(archive, {"../escaped.txt": STORY, "/abs/rooted.txt": STORY_B, "a/../../up.txt": STORY,
                   "C:\\win\\drive.txt": STORY_B})
    out = tmp_path / "deep" / "out"
    result = runner.invoke(cli, ["convert", str(archive), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == [
        "deep/out/a/up.json", "deep/out/abs/rooted.json", "deep/out/escaped.json", "deep/out/win/drive.json",
        "evil.zip"]
