"""Throughput and memory of newsparse on generated 4 KB articles.

    python benchmarks/bench.py [--n 2000] [--generator ../shared/bench/gen_corpus.py]

Generates articles with the shared deterministic generator (into a temporary folder), then
measures, each best of three runs:

- library: ``parse(text)`` over the articles held in memory (per-article cost, no I/O);
- files:   ``parse_file(path)`` over one file per article (decoding and I/O included);
- archive: ``parse_file(corpus.txt)``, all articles in one file, streamed record by record,
  with the peak traced memory, to show an archive is never held whole;
- adversarial: long runs of digits, colons, capitals, brackets, bullets and function words
  (and single lines shaped by fuzzing: bylines with endless spaces or words, runs of colons),
  as one line and wrapped, at growing sizes: the cost per character must stay flat (no
  pattern backtracks super-linearly).

Prints articles per second and microseconds per article. Also checks the fields against the
generator's manifest (title, published day) so a fast wrong parser does not look good.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

from newsparse import parse, parse_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import DEFAULT_GENERATOR, best as best_of  # noqa: E402  (the minimum of several runs)


def report(name: str, n: int, seconds: float, extra: str = "") -> None:
    print(f"{name:<8} {n:>6} articles  {n / seconds:>8.0f} articles/s  {seconds / n * 1e6:>8.0f} µs/article  {extra}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--generator", type=Path, default=DEFAULT_GENERATOR)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    if not a.generator.exists():
        print(f"generator not found: {a.generator} (pass --generator)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(a.generator), "--out", tmp, "--n", str(a.n), "--seed", "42",
                        "--format", "both"], check=True, capture_output=True)
        files = sorted(Path(tmp, "txt").glob("*.txt"))
        texts = [f.read_text(encoding="utf-8") for f in files]
        manifest = [json.loads(line) for line in Path(tmp, "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
        size = sum(len(t) for t in texts) / len(texts)
        print(f"{len(texts)} generated articles, {size:.0f} characters each on average")

        articles = [parse(t) for t in texts]
        titles = sum(a.title == m["title"] for a, m in zip(articles, manifest))
        days = sum(bool(a.published) and a.published.isoformat()[:10] == m["published"][:10]
                   for a, m in zip(articles, manifest))
        print(f"check    title right {titles / len(texts):.3f}, published day right {days / len(texts):.3f}")

        report("library", len(texts), best_of(a.runs, lambda: [parse(t) for t in texts]))
        report("files", len(files), best_of(a.runs, lambda: [list(parse_file(f)) for f in files]))

        corpus = Path(tmp, "corpus.txt")
        count = [0]

        def stream() -> None:
            count[0] = sum(1 for _ in parse_file(corpus))

        seconds = best_of(a.runs, stream)
        tracemalloc.start()
        stream()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        mb = corpus.stat().st_size / 1e6
        report("archive", count[0], seconds, f"{mb:.1f} MB file, peak traced memory {peak / 1e6:.1f} MB")
    adversarial(a.runs)
    return 0


# Inputs built to make a backtracking pattern blow up: long runs of what patterns look for
# (digits and separators, capitals and dashes, colons, brackets, bullets), on one line and on
# many. Linear code takes twice as long for twice the text; the last column stays flat.
ADVERSARIAL = {
    "digits": "12.05.2024 10:42 " * 1,
    "colons": "Source: Label: Value: ",
    "caps": "NEW YORK, (AP) -- ",
    "brackets": "[a] (b) {c} ",
    "bullets": "• Home > News >> ",
    "words": "by the and of von par ",
    "slugs": "a-b-c-d-e-f-g-h-",       # hyphenated words: a place pattern must split them one way only
}
# Single lines of one shape, found by fuzzing: a byline with a long run of spaces, a byline
# with one endless word, a line of nothing but colons.
SHAPED = {
    "by-spaces": lambda n: "By A" + " " * n + "s",
    "by-word": lambda n: "Von " + "x" * n,
    "colon-run": lambda n: ":" * n,
}


def adversarial(runs: int) -> None:
    print("adversarial inputs: µs per 1,000 characters at 20k, 40k and 80k characters")
    for name, unit in ADVERSARIAL.items():
        cells = []
        for size in (20_000, 40_000, 80_000):
            one_line = (unit * (size // len(unit) + 1))[:size]
            wrapped = "\n".join(one_line[i:i + 70] for i in range(0, size, 70))
            seconds = best_of(runs, lambda: (parse(one_line), parse(wrapped)))
            cells.append(seconds / (2 * size / 1000) * 1e6)
        print(f"  {name:<9}" + "".join(f"{c:>10.1f}" for c in cells))
    for name, build in SHAPED.items():
        cells = []
        for size in (20_000, 40_000, 80_000):
            text = build(size)
            seconds = best_of(runs, lambda: parse(text))
            cells.append(seconds / (size / 1000) * 1e6)
        print(f"  {name:<9}" + "".join(f"{c:>10.1f}" for c in cells))


if __name__ == "__main__":
    sys.exit(main())
