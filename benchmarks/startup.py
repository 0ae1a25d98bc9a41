"""Start-up time of the command line, beside Python's own and click's.

    python benchmarks/startup.py [--runs 15]

Runs each command several times in a fresh process and prints the minimum wall-clock time in
milliseconds (the minimum is the figure least disturbed by other work on the machine):

- ``python -c pass``            the interpreter alone
- ``python -c "import click"``  the floor for any click program
- ``newsparse --version``       the command line without the parser
- ``newsparse parse tiny.txt``  one short article, read, parsed and written as JSON Lines

and the last two as multiples of ``import click`` (the goal: within 1.5 times). ``newsparse`` is
run as ``python -m newsparse`` with the same interpreter, so the figures do not depend on
the console script's wrapper. Byte-code is written once and read after, as an installed package
has it, even when ``PYTHONDONTWRITEBYTECODE`` is set (it goes to a temporary
``PYTHONPYCACHEPREFIX``, not into the source tree); without it every run would compile the
package's sources again and measure that instead.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

TINY = ("Council agrees budget\n\nBy Jane Roe\n\n"
        "The council met on Tuesday and agreed the budget for the coming year in full.\n")


def best_ms(cmd: list[str], runs: int, env: dict) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    a = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
        tiny = os.path.join(tmp, "tiny.txt")
        with open(tiny, "w", encoding="utf-8") as fh:
            fh.write(TINY)
        rows = [
            ("python -c pass", [py, "-c", "pass"]),
            ('python -c "import click"', [py, "-c", "import click"]),
            ("newsparse --version", [py, "-m", "newsparse", "--version"]),
            ("newsparse parse tiny.txt", [py, "-m", "newsparse", "parse", "--format", "jsonl", tiny]),
        ]
        for _, cmd in rows:                 # write the byte-code and warm the disk cache
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
        times = {name: best_ms(cmd, a.runs, env) for name, cmd in rows}
    click_ms = times['python -c "import click"']
    for name, ms in times.items():
        ratio = f"  {ms / click_ms:4.2f} x import click" if name.startswith("newsparse") else ""
        print(f"{name:<28} {ms:7.1f} ms{ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
