"""Seconds per MB of adversarial inputs beside ordinary articles, and the peak memory of a stream.

    python benchmarks/adversarial.py [--quick] [--stream-mb 1024] [--generator PATH]

Each adversarial input is parsed the way ``newsparse parse`` reads a file (its bytes through
``parse_stream``: decoding, layout detection, records, the parser), at two sizes, the second
twice the first, so growth shows: a linear cost gives the same seconds per MB at both (CPU
seconds of this process, so other work on a shared machine counts little). The
"× ordinary" column divides the dearer size's seconds per MB by the rate of ordinary articles
(4 KB each, from the shared generator, one input each). An input that newsparse refuses (a
file of "End of Document" lines holds no article) counts too: the time to say so.

The requirement (issue 13) is that no input costs more than 10 times the ordinary rate; the
script exits 1 when one does. ``--quick`` uses sizes a tenth as large (a minute or two).

Then, unless ``--stream-mb 0``, ordinary articles are generated on the fly into a pipe to
``newsparse parse --format jsonl -`` (never a file on disk) until ``--stream-mb`` MB (default
1024) have been written, and the child's peak resident memory (``VmHWM``) is printed: an
archive is read record by record, so it stays flat whatever the size.
"""
from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

from newsparse import InputError, parse_stream

DEFAULT_GENERATOR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "gen_corpus.py"
LIMIT = 10.0                    # the most an adversarial MB may cost, in ordinary MBs

SENTENCE = "The council met on Monday to discuss the plan for the new park by the river."
HEAD = "City council votes to keep the night buses running\n\n"
BODY = f"\n\n{SENTENCE} It will vote again next year.\n"


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def wrapped(unit: str, size: int, width: int = 70) -> str:
    line = repeat(unit, size)
    return "\n".join(line[i:i + width] for i in range(0, size, width))


# name -> (the input of about ``size`` characters, the larger of the two sizes of a full run)
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "one line of prose": (lambda n: repeat(SENTENCE + " ", n), 5_000_000),
    "blank lines": (lambda n: HEAD + "\n" * n + SENTENCE + "\n", 2_000_000),
    "'By ' repeated": (lambda n: repeat("By ", n), 3_000_000),
    "one line of '-'": (lambda n: "-" * n, 3_000_000),
    "one line of '='": (lambda n: "=" * n, 3_000_000),
    "'Source: ' repeated": (lambda n: repeat("Source: ", n), 3_200_000),
    "one line of digits": (lambda n: repeat("0123456789", n), 2_000_000),
    "date tokens, one line": (lambda n: repeat("17.05.2024 10:42 May 17, 2024 2024-05-17T10:42Z ", n), 1_000_000),
    "date lines": (lambda n: repeat("Published: May 17, 2024 10:42 GMT\n", n), 1_000_000),
    "digit runs, wrapped": (lambda n: wrapped("12 345 6789 2024 05 17 ", n), 1_000_000),
    "mixed scripts, wrapped": (lambda n: wrapped("Berlin Москва 北京 القاهرة กรุงเทพ Αθήνα 東京 서울 ", n), 1_000_000),
    "byline, then spaces": (lambda n: HEAD + "By Jane Roe" + " " * n + BODY, 2_000_000),
    "byline, then tabs": (lambda n: HEAD + "By Jane Roe" + "\t" * n + "x" + BODY, 2_000_000),
    "date line, then spaces": (lambda n: HEAD + "May 17, 2024 10:42" + " " * n + BODY, 2_000_000),
    "spaces, then a word": (lambda n: " " * n + "word", 2_000_000),
    "one sentence line repeated": (lambda n: repeat(SENTENCE + "\n", n), 1_000_000),
    "one sentence paragraph repeated": (lambda n: repeat(SENTENCE + "\n\n", n), 1_000_000),
    "'End of Document' lines": (lambda n: repeat("End of Document\n", n), 2_000_000),
    "empty 'N of M DOCUMENTS' records": (
        lambda n: "".join(f"{i} of {n // 20} DOCUMENTS\n\n" for i in range(1, n // 20)), 2_000_000),
    "'(' without ')', credit line": (lambda n: HEAD + "By Jane Roe " + "(" * n + BODY, 1_000_000),
    "distinct headline lines": (lambda n: "".join(f"Harbour ferry timetable number {i} changes\n"
                                                  for i in range(n // 42)), 1_000_000),
    "list items that each announce a list": (
        lambda n: HEAD + "".join(f"• The harbour plan names step {i} of the repairs:\n" for i in range(n // 48)) + BODY,
        1_000_000),
}


def parse_bytes(data: bytes) -> tuple[int, str]:
    """(records, "" or the input error) of one input's bytes, read as a file is."""
    try:
        return sum(1 for _ in parse_stream(io.BytesIO(data))), ""
    except InputError as exc:
        return 0, str(exc)


def timed(data: bytes) -> tuple[float, int, str]:
    """(CPU seconds, records, error): CPU time, so other work on a shared machine does not count."""
    t = time.process_time()
    records, error = parse_bytes(data)
    return time.process_time() - t, records, error


def ordinary_rate(generator: Path, n: int, tmp: str) -> tuple[float, float, Path]:
    """(seconds per MB of ordinary articles, MB parsed, the generated corpus.txt)."""
    subprocess.run([sys.executable, str(generator), "--out", tmp, "--n", str(n), "--seed", "42",
                    "--format", "both"], check=True, capture_output=True)
    files = [f.read_bytes() for f in sorted(Path(tmp, "txt").glob("*.txt"))]
    parse_bytes(files[0])                                  # the registry and tables, loaded once
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        for data in files:
            parse_bytes(data)
        best = min(best, time.process_time() - t)
    mb = sum(map(len, files)) / 1e6
    return best / mb, mb, Path(tmp, "corpus.txt")


def adversarial(ordinary: float, scale: float) -> bool:
    """Print the table; True when every input stays within LIMIT times the ordinary rate."""
    print("| input | MB | s/MB | MB | s/MB | × ordinary | records |")
    print("|---|---|---|---|---|---|---|")
    ok = True
    for name, (build, full) in CASES.items():
        cells, worst = [], 0.0
        for size in (int(full * scale) // 2, int(full * scale)):
            data = build(size).encode("utf-8")
            seconds, records, error = timed(data)
            rate = seconds / (len(data) / 1e6)
            worst = max(worst, rate / ordinary)
            cells += [f"{len(data) / 1e6:.2f}", f"{rate:.2f}"]
        outcome = f"error: {error[:40]}" if error else str(records)
        flag = "" if worst <= LIMIT else " **over**"
        ok = ok and worst <= LIMIT
        print(f"| {name} | {' | '.join(cells)} | {worst:.1f}{flag} | {outcome} |", flush=True)
    return ok


def high_water(pid: int) -> int:
    """The peak resident memory of a running process in KB (``VmHWM``), 0 where /proc has none.

    Read this rather than ``ru_maxrss``: on Linux that keeps the peak of the process image it
    was forked from, so a parent that has parsed large inputs would be counted too."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            return next((int(line.split()[1]) for line in f if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


def stream(corpus: Path, megabytes: int) -> None:
    """Pipe ``megabytes`` MB of ordinary articles into ``newsparse parse --format jsonl -`` and
    print the child's peak resident memory."""
    unit = corpus.read_bytes()
    total = megabytes * 1_000_000
    child = subprocess.Popen([sys.executable, "-m", "newsparse", "parse", "--format", "jsonl", "-q", "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = [0]

    def count() -> None:
        for chunk in iter(lambda: child.stdout.read(1 << 16), b""):
            lines[0] += chunk.count(b"\n")

    errors: list[bytes] = []
    readers = [threading.Thread(target=count), threading.Thread(target=lambda: errors.append(child.stderr.read()))]
    for r in readers:
        r.start()
    t, written, peak = time.perf_counter(), 0, 0
    try:
        while written < total:
            piece = unit[:total - written]
            child.stdin.write(piece)
            written += len(piece)
            peak = max(peak, high_water(child.pid))
    finally:
        child.stdin.close()
    while True:                         # the child's own peak, read until it ends
        peak = max(peak, high_water(child.pid))
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.05)
    for r in readers:
        r.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t
    print(f"\nstream: {written / 1e6:.0f} MB of ordinary articles piped to `newsparse parse --format jsonl -`: "
          f"{lines[0]} records in {seconds:.0f} s ({written / 1e6 / seconds:.1f} MB/s), exit {child.returncode}, "
          f"peak resident memory {(peak or usage.ru_maxrss) / 1024:.0f} MB")
    if child.returncode:
        print(errors[0].decode("utf-8", "replace")[-2000:], file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="sizes a tenth as large")
    ap.add_argument("--stream-mb", type=int, default=1024, help="MB piped through the command (0: skip)")
    ap.add_argument("--generator", type=Path, default=DEFAULT_GENERATOR)
    a = ap.parse_args()
    if not a.generator.exists():
        print(f"generator not found: {a.generator} (pass --generator)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        ordinary, mb, corpus = ordinary_rate(a.generator, 100 if a.quick else 400, tmp)
        print(f"ordinary articles: {ordinary:.2f} s/MB ({mb:.1f} MB of 4 KB articles, one input each)\n")
        ok = adversarial(ordinary, 0.1 if a.quick else 1.0)
        print(f"\nlimit: {LIMIT:.0f} × the ordinary rate: {'every input within it' if ok else 'EXCEEDED'}")
        if a.stream_mb:
            stream(corpus, a.stream_mb)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
