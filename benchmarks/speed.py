"""Speed of newsparse against floors measured in the same run (issue 14).

    python benchmarks/speed.py [--quick] [--n 2000] [--pages 300] [--records 1000] [--runs 3]

Every figure is the minimum of ``--runs`` runs (the least disturbed by other work on the
machine), and every ratio is taken against floors measured in the same run, so a busy machine
moves both sides. It prints:

- the command line, ``newsparse parse --format jsonl INPUT > /dev/null`` with ``--jobs 1`` and
  ``--jobs 2``: articles/s, MB/s and peak memory (maximum resident set) for generated 4 KB
  articles (a folder of files, and the same articles in one multi-article file; the shared
  generator ``../shared/bench/gen_corpus.py``), saved web pages of 200 lines with menus and
  page chrome around the article (``pages.page``), and LexisNexis and Factiva exports
  (``pages.lexisnexis``, ``pages.factiva``);
- the floors for the same inputs: reading and splitting the files into lines ("read+split"),
  and that plus ten regular expressions searched on every line ("split+10re");
- the library, ``parse(text)`` on text in memory: µs per KB at 1, 4, 16 and 64 KB;
- the cost of writing a record as JSON beside that of reading it, with the standard library
  and, when it is installed, with orjson;
- start-up: ``newsparse --version`` and ``newsparse parse tiny.txt`` beside ``python -c pass``
  and ``python -c "import click"``, with byte-code cached as an installed package has it.

``--quick`` runs a smaller set (300 generated articles, 60 pages, 200 records, two runs).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pages  # noqa: E402

DEFAULT_GENERATOR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "gen_corpus.py"

# ten patterns of the kinds a reader of news text runs on each line: dates, times, bylines,
# labels, links, capitals, copyright and wire marks
TEN = [re.compile(p) for p in (
    r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* \d{4}\b",
    r"\b\d{4}-\d{2}-\d{2}\b", r"\b\d{1,2}:\d{2}\b", r"^\s*(?:By|Von|Par|Por)\s+\w+",
    r"^[A-Z][\w-]{1,20}:\s", r"https?://|www\.", r"\b[A-Z]{3,}\b", r"©|\(c\)|Copyright",
    r"\((?:AP|AFP|Reuters|dpa)\)", r"[.!?]\s*$")]


def best(runs: int, fn) -> float:
    out = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out = min(out, time.perf_counter() - t)
    return out


def read_split(paths: list[Path]) -> None:
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            fh.read().splitlines()


def split_ten(paths: list[Path]) -> None:
    searches = [p.search for p in TEN]
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for line in fh.read().splitlines():
                for search in searches:
                    search(line)


# Runs the command it is given as a child of its own and writes the child's wall time, peak
# resident memory (KB) and exit status to the file named first. On Linux a process's
# ``ru_maxrss`` starts from the resident size of the process it was forked from, so a child
# forked by this script (which holds the generated inputs) would report this script's size as
# its own; forked by this small launcher, it reports its own.
_LAUNCHER = """import os, sys, time
report, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(argv[0], argv)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as f:
    f.write(f"{time.perf_counter() - start} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def cli(args: list[str], env: dict, cwd: Path, records: int | None = None) -> tuple[float, int]:
    """Wall time of one run of the command line and its peak resident memory in KB, both
    measured by ``_LAUNCHER``. It runs in ``cwd``, a folder without the package: ``python -m``
    imports from the current folder first, so a run from the repository would not read the
    package the environment names. With ``records``, the run must print that many lines (one
    per article): a rate over articles the command did not find is no rate."""
    out = tempfile.TemporaryFile() if records is not None else subprocess.DEVNULL
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as report:
        subprocess.run([sys.executable, "-S", "-c", _LAUNCHER, report.name, sys.executable, "-m", "newsparse", *args],
                       stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=cwd, check=True)
        seconds, rss, code = report.read().split()
    if int(code) not in (0, 1):
        raise SystemExit(f"newsparse {' '.join(args)} exited with {code}")
    if records is not None:
        out.seek(0)
        printed = sum(1 for _ in out)
        out.close()
        if printed != records:
            raise SystemExit(f"newsparse {' '.join(args)} printed {printed} records, not {records}")
    return float(seconds), int(rss)


def cached_env(tmp: str) -> dict:
    """The environment of an installed package: byte-code written once and read after."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
    return env


def workloads(tmp: Path, a) -> list[tuple[str, Path, list[Path], int]]:
    """(name, the CLI's input, the files behind it, articles)."""
    out = []
    gen = tmp / "gen"
    subprocess.run([sys.executable, str(a.generator), "--out", str(gen), "--n", str(a.n), "--seed", "42",
                    "--format", "both"], check=True, capture_output=True)
    files = sorted((gen / "txt").glob("*.txt"))
    out.append(("4 KB articles, folder", gen / "txt", files, len(files)))
    out.append(("4 KB articles, one file", gen / "corpus.txt", [gen / "corpus.txt"], len(files)))
    web = tmp / "pages"
    web.mkdir()
    for i in range(a.pages):
        (web / f"{i:05d}.txt").write_text(pages.page(i), encoding="utf-8")
    out.append(("web pages (200 lines)", web, sorted(web.glob("*.txt")), a.pages))
    for name, build in (("LexisNexis export", pages.lexisnexis), ("Factiva export", pages.factiva)):
        path = tmp / f"{name.split()[0].lower()}.txt"
        path.write_text(build(a.records), encoding="utf-8")
        out.append((name, path, [path], a.records))
    return out


def throughput(a, tmp: Path, env: dict) -> None:
    print(f"{'input':<24} {'jobs':>4} {'articles/s':>10} {'MB/s':>6} {'peak MB':>7}   "
          f"{'read+split/s':>12} {'ratio':>5}   {'split+10re/s':>12} {'ratio':>5}")
    for name, target, files, n in workloads(tmp, a):
        mb = sum(f.stat().st_size for f in files) / 1e6
        floor1 = n / best(a.runs, lambda: read_split(files))
        floor2 = n / best(a.runs, lambda: split_ten(files))
        for jobs in (1, 2):
            times, peak = [], 0
            for _ in range(a.runs):
                seconds, rss = cli(["parse", "--format", "jsonl", "--jobs", str(jobs), str(target)], env, tmp, n)
                times.append(seconds)
                peak = max(peak, rss)
            rate = n / min(times)
            print(f"{name:<24} {jobs:>4} {rate:>10.0f} {rate * mb / n:>6.2f} {peak / 1024:>7.0f}   "
                  f"{floor1:>12.0f} {floor1 / rate:>5.0f}   {floor2:>12.0f} {floor2 / rate:>5.1f}")


def per_kb(a) -> None:
    """µs per KB of ``parse()``, each run on articles it has not seen: newsparse keeps the
    measures of lines it has read (a site's repeated menus), and the same text again would be
    read from there."""
    from newsparse import parse
    cells = []
    for kb in (1, 4, 16, 64):
        parse(pages.article_of_size(kb))
        reps = max(1, 64 // kb) if not a.quick else max(1, 16 // kb)
        fresh = iter([pages.article_of_size(kb, seed) for seed in range(a.runs * reps)])
        batches = [[next(fresh) for _ in range(reps)] for _ in range(a.runs)]
        size = sum(len(t.encode()) for batch in batches for t in batch) / (a.runs * reps)
        runs = iter(batches)
        seconds = best(a.runs, lambda: [parse(text) for text in next(runs)]) / reps
        cells.append(f"{kb} KB {seconds / (size / 1024) * 1e6:.0f}")
    print("library parse(), µs per KB:  " + "   ".join(cells))


def json_cost(a) -> None:
    """What writing a record as JSON costs beside reading it: the standard library's encoder
    (what ``--format json`` and ``jsonl`` use, ``serialize.dumps``) and, when it is installed,
    orjson's, on the records of the generated web pages and of a LexisNexis export (issue 14
    asks whether orjson measurably helps)."""
    from newsparse import parse, parse_file, to_dict
    from newsparse.serialize import dumps
    try:
        import orjson
    except ImportError:
        orjson = None
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.txt"
        export.write_text(pages.lexisnexis(100 if a.quick else 400), encoding="utf-8")
        for name, read in (("web pages", lambda: [parse(pages.page(i)) for i in range(20 if a.quick else 80)]),
                           ("LexisNexis records", lambda: list(parse_file(export)))):
            t = time.perf_counter()
            records = [to_dict(article) for article in read()]
            reading = (time.perf_counter() - t) / len(records)
            stdlib = best(a.runs, lambda: [dumps(r) for r in records]) / len(records)
            cell = (f"orjson {best(a.runs, lambda: [orjson.dumps(r).decode() for r in records]) / len(records) * 1e6:.1f} µs"
                    if orjson is not None else "orjson not installed")
            print(f"JSON output, {name}: json {stdlib * 1e6:.1f} µs per record ({stdlib / reading:.1%} of reading "
                  f"it, {reading * 1e6:.0f} µs), {cell}")


TINY = ("Council agrees budget\n\nBy Jane Roe\n\n"
        "The council met on Tuesday and agreed the budget for the coming year in full.\n")


def startup(a, tmp: Path, env: dict) -> None:
    tiny = tmp / "tiny.txt"
    tiny.write_text(TINY, encoding="utf-8")
    py = sys.executable
    rows = [("python -c pass", [py, "-c", "pass"]), ('python -c "import click"', [py, "-c", "import click"]),
            ("newsparse --version", [py, "-m", "newsparse", "--version"]),
            ("newsparse parse tiny.txt", [py, "-m", "newsparse", "parse", "--format", "jsonl", str(tiny)])]
    runs = 5 if a.quick else 15
    times = {}
    for name, cmd in rows:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=tmp, check=True)    # writes the byte-code
        times[name] = best(runs, lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=tmp, check=True))
    click_s = times['python -c "import click"']
    print("start-up, ms:  " + "   ".join(
        f"{name} {s * 1000:.0f}" + (f" ({s / click_s:.2f} x import click)" if name.startswith("newsparse") else "")
        for name, s in times.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a smaller set and two runs")
    ap.add_argument("--n", type=int, default=2000, help="generated 4 KB articles")
    ap.add_argument("--pages", type=int, default=300, help="web pages of 200 lines")
    ap.add_argument("--records", type=int, default=1000, help="records per archive export")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--generator", type=Path, default=DEFAULT_GENERATOR)
    a = ap.parse_args()
    if a.quick:
        a.n, a.pages, a.records, a.runs = min(a.n, 300), min(a.pages, 60), min(a.records, 200), 2
    if not a.generator.exists():
        print(f"generator not found: {a.generator} (pass --generator)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        env = cached_env(tmp)
        startup(a, Path(tmp), env)
        per_kb(a)
        json_cost(a)
        throughput(a, Path(tmp), env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
