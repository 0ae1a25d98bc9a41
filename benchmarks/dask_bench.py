"""Articles per second on a local Dask cluster beside the local engine's ``--jobs``.

    python benchmarks/dask_bench.py [--n 20000] [--workers 2] [--runs 2] [--partition-size N ...]
                                    [--generator ../shared/bench/gen_corpus.py]

Generates ``--n`` 4 KB articles, one file each, with the shared deterministic generator into a
temporary folder (deleted at the end; nothing generated is kept), then times each command in its
own process, wall clock from start to exit (start-up, listing, a local cluster's start and stop
included). The commands take turns, ``--runs`` rounds (every other one in reverse order), and the
best time of each is kept, so that other work on the machine weighs on all of them alike:

- ``parse -j W``:           the local engine, JSON Lines on stdout into one file;
- ``convert -j W``:         the local engine, one JSON Lines file per input;
- ``convert --engine dask -j W``: a local cluster of W worker processes with one thread each,
  one JSON Lines file per partition, at the default partition size and at each ``--partition-size``
  asked for (small ones show what each partition costs);
- the same on one article: the fixed cost of starting and stopping the cluster.

Checks that the partition files, read in order, are byte for byte the output of ``parse``, and
prints articles per second, the time as a multiple of the best local time, and for the other
partition sizes the cost of each partition added over the default (scheduling, a file opened,
written and renamed, results sent back).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_GENERATOR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "gen_corpus.py"
NEWSPARSE = [sys.executable, "-m", "newsparse"]


def timed(cmd: list[str], stdout=subprocess.DEVNULL) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {result.returncode}:\n{result.stderr.decode()}")
    return seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--partition-size", type=int, action="append", default=[],
                    help="also run the dask engine at this partition size (repeatable)")
    ap.add_argument("--generator", type=Path, default=DEFAULT_GENERATOR)
    a = ap.parse_args()
    if not a.generator.exists():
        print(f"generator not found: {a.generator} (pass --generator)", file=sys.stderr)
        return 2
    w = str(a.workers)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(a.generator), "--out", tmp, "--n", str(a.n), "--seed", "42",
                        "--format", "files"], check=True, capture_output=True)
        txt = Path(tmp, "txt")
        files = sorted(txt.glob("*.txt"))
        n = len(files)
        print(f"{n} generated articles, one file each; {os.cpu_count()} cores; {a.workers} workers; "
              f"best of {a.runs}", flush=True)
        dask = [*NEWSPARSE, "convert", "--engine", "dask", "-j", w]
        runs = {f"parse --jobs {w}": [*NEWSPARSE, "parse", "--format", "jsonl", "-j", w, str(txt)],
                f"convert --jobs {w}": [*NEWSPARSE, "convert", "--format", "jsonl", "-j", w, str(txt)],
                f"convert --engine dask --jobs {w}": [*dask, str(txt)]}
        for size in a.partition_size:
            runs[f"convert --engine dask --jobs {w} --partition-size {size}"] = [*dask, str(txt), "--partition-size",
                                                                                 str(size)]
        runs[f"convert --engine dask --jobs {w}, 1 article"] = [*dask, str(files[0])]
        best = {name: float("inf") for name in runs}
        partitions = {}
        expected = None
        for round_ in range(a.runs):
            for name, cmd in (runs.items() if round_ % 2 == 0 else reversed(runs.items())):
                out = Path(tmp, "out")
                if cmd[3] == "parse":
                    with open(Path(tmp, "parse.jsonl"), "wb") as fh:
                        best[name] = min(best[name], timed(cmd, stdout=fh))
                    expected = Path(tmp, "parse.jsonl").read_bytes()
                else:
                    best[name] = min(best[name], timed(cmd + ["--out", str(out)]))
                    parts = sorted(out.glob("part-*.jsonl"))
                    if parts and cmd[-1] != str(files[0]):
                        partitions[name] = len(parts)
                        if b"".join(p.read_bytes() for p in parts) != expected:
                            print(f"{name}: the partition files are not the bytes of parse", file=sys.stderr)
                            return 1
                    shutil.rmtree(out)
        local = min(best[f"parse --jobs {w}"], best[f"convert --jobs {w}"])
        default = f"convert --engine dask --jobs {w}"
        for name, seconds in best.items():
            count = 1 if name.endswith("1 article") else n
            extra = ""
            if name in partitions:
                extra = f"{partitions[name]} partitions, {seconds / local:.2f}x the best local time"
                if name != default and partitions[name] != partitions[default]:
                    added = (seconds - best[default]) / (partitions[name] - partitions[default])
                    extra += f", {added * 1000:.1f} ms per added partition"
            rate = "(start and stop)" if count == 1 else f"{count / seconds:>8.0f} articles/s"
            print(f"{name:<56} {seconds:>7.1f} s {rate}  {extra}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
