"""Scan every module-level compiled pattern of newsparse for super-linear time on long runs.

    python benchmarks/regex_scan.py [--size 4000] [--exponent 1.5] [--only MODULE,...] [--verbose]

Imports every module of the package (not ``newsparse.dask``) and collects each ``re.Pattern``
held at module level (a ``lazyre.lazy`` pattern is compiled for the scan): a global, or one
inside a module-level tuple, list, dict or set, or a field of a module-level object (a layout
spec). Each pattern is attributed to the module whose source assigns it.

Every pattern is run the way the package runs it: a pattern whose only calls in the source are
``NAME.match(...)`` or ``NAME.fullmatch(...)`` (at a word's end, say) is matched at the start of
each probe; any other is run with ``search`` and ``finditer`` (which is what ``sub``, ``split``
and ``findall`` do), so a leading ``\\s*`` that only ever starts at one position is not taken for
quadratic. The probes are runs of one character (spaces, tabs, no-break spaces, letters,
capitals, digits, punctuation, line ends), the same runs between words or ending in a character
no pattern expects, and alternations such as ``"a "`` or ``"By "`` repeated. Each probe is timed
at sizes doubling from 250 characters to ``--size`` (or until it costs 50 ms) and once more at
twice that: a linear pattern takes about twice as long on the last doubling, a quadratic one
four times. A pattern is reported when a probe costs over 2 ms and grows faster than
size**``--exponent`` (default 1.5), then twice more over two more doublings from up to four
times ``--size`` (until a probe costs 50 ms) and over 5 ms, so noise on a shared machine
does not report a linear pattern (larger probes leave the CPU caches, which looks super-linear
too). Exits 1 when any pattern is reported.

Not scanned: patterns compiled inside functions, class attributes and strings passed to
``re.search`` directly (the code-path probes of ``benchmarks/adversarial.py`` cover those).
"""
from __future__ import annotations

import argparse
import importlib
import inspect
import math
import pkgutil
import re
import sys
import time
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Callable

import newsparse
from newsparse.lazyre import LazyPattern

SKIP_MODULES = {"newsparse.dask", "newsparse.__main__"}

RUN_CHARS = [" ", "\t", "\u00a0", "\u3000", "\n", "\r\n", "a", "A", "1", "-", ".", ",", ":", "=", "_",
             "*", "/", "'", "(", "·", "|", "年", "й", "é"]
UNITS = ["a ", "A ", "1 ", "a.", "A. ", "1.", "1/", "1:", "12 ", "By ", "by  ", "Source: ", "a-", "a, ",
         "Aa ", "a\t", " \n", "a\n", "© ", "AB ", "A.B. ", "1 of 2 ", "(a) "]


def probe_makers() -> dict[str, Callable[[int], str]]:
    """{name: make} where ``make(n)`` gives a probe of about ``n`` characters."""
    makers: dict[str, Callable[[int], str]] = {}
    for c in RUN_CHARS:
        makers[f"run {c!r}"] = lambda n, c=c: c * (n // len(c))
        makers[f"x+run {c!r}+!"] = lambda n, c=c: "x" + c * (n // len(c)) + "\x01"
        makers[f"By A+run {c!r}+s"] = lambda n, c=c: "By A" + c * (n // len(c)) + "s"
        makers[f"run {c!r}+word"] = lambda n, c=c: c * (n // len(c)) + "word."
    for u in UNITS:
        makers[f"repeat {u!r}"] = lambda n, u=u: u * (n // len(u))
        makers[f"repeat {u!r}+!"] = lambda n, u=u: u * (n // len(u)) + "\x01"
    return makers


def collect() -> dict[tuple[str, str], re.Pattern]:
    """{(module, name): pattern} for every distinct module-level pattern, by its defining module."""
    modules = []
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name not in SKIP_MODULES:
            modules.append(importlib.import_module(info.name))
    found: dict[int, list[tuple[str, str, re.Pattern]]] = {}

    def walk(module: str, name: str, value: object, depth: int) -> None:
        if isinstance(value, LazyPattern):      # compiled on first use (newsparse/lazyre.py)
            value = value.compiled
        if isinstance(value, re.Pattern):
            found.setdefault(id(value), []).append((module, name, value))
        elif depth >= 3 or isinstance(value, (str, bytes, type)) or inspect.ismodule(value):
            return
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(module, f"{name}[{k!r}]", v, depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for i, v in enumerate(value):
                walk(module, f"{name}[{i}]", v, depth + 1)
        elif is_dataclass(value):
            for f in fields(value):
                walk(module, f"{name}.{f.name}", getattr(value, f.name), depth + 1)

    for module in modules:
        for name, value in vars(module).items():
            if not name.startswith("__"):
                walk(module.__name__, name, value, 0)
    out = {}
    for places in found.values():
        out[_owner(places)] = places[0][2]
    return out


def _owner(places: list[tuple[str, str, re.Pattern]]) -> tuple[str, str]:
    """The module (and name) whose source assigns the pattern; else the first place found."""
    for module, name, _ in places:
        top = name.split("[")[0].split(".")[0]
        source = inspect.getsource(sys.modules[module])
        if re.search(rf"(?m)^{re.escape(top)}\s*(?::[^=\n]*)?=", source):
            return module, name
    return places[0][0], places[0][1]


def seconds(fn: Callable[[], object], limit: float = 0.002) -> float:
    """CPU seconds (other processes on a shared machine do not count), best of three runs (five
    when they are quick)."""
    best = float("inf")
    for i in range(5):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
        if i >= 2 and best > limit:
            break
    return best


_CALL = re.compile(r"\b(?P<name>[A-Za-z_]\w*)\.(?P<method>search|match|fullmatch|finditer|findall|sub|subn|split)\(")


def calls() -> dict[str, set[str]]:
    """{name: the pattern methods called on it anywhere in the package's source}."""
    found: dict[str, set[str]] = {}
    for path in Path(newsparse.__file__).parent.rglob("*.py"):
        for m in _CALL.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(m["name"], set()).add(m["method"])
    return found


def mode(name: str, methods: dict[str, set[str]]) -> str:
    """"match" for a pattern the code only ever matches at a given position (``match``,
    ``fullmatch``); else "search". A pattern inside a container or a spec, whose calls cannot
    be told by name, counts as searched."""
    used = methods.get(name)
    return "match" if used and used <= {"match", "fullmatch"} else "search"


def cost(pattern: re.Pattern, text: str, how: str = "search") -> float:
    """Seconds to run the pattern over ``text`` the way the code runs it: at the start for a
    pattern only ever matched at a position; else ``search`` plus ``finditer``."""
    subject = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    if how == "match":
        return seconds(lambda: pattern.match(subject))
    return seconds(lambda: pattern.search(subject)) + seconds(lambda: sum(1 for _ in pattern.finditer(subject)))


def growth(pattern: re.Pattern, make: Callable[[int], str], limit: int, budget: float,
           how: str = "search", steps: int = 1) -> tuple[int, float, float]:
    """(characters, seconds, exponent) of the pattern over the probe ``make(n)``.

    ``n`` doubles from 250 up to ``limit``, and stops early once a probe costs a quarter of
    ``budget``, so a quadratic pattern is measured in a fraction of a second, not in hours; then
    ``steps`` more doublings are timed. The exponent is log2 of the cost ratio per doubling
    over those: about 1 for a linear pattern, 2 for a quadratic one.
    """
    n = 250
    a = cost(pattern, make(n), how)
    while n < limit and a < budget / 4:
        n *= 2
        a = cost(pattern, make(n), how)
    for _ in range(steps):
        n *= 2
        b = cost(pattern, make(n), how)
    return n, b, math.log2(max(b, 1e-7) / max(a, 1e-7)) / steps


def scan(patterns: dict[tuple[str, str], re.Pattern], size: int, exponent: float,
         verbose: bool = False, budget: float = 0.2) -> list[tuple[str, str, str, int, float, float]]:
    """[(module, name, probe, characters, seconds, exponent)] of the patterns that grow
    super-linearly, each with the first probe that shows it.

    A probe whose last doubling costs over 2 ms and grows faster than size**``exponent`` is
    measured twice again, over two more doublings each time, so noise on a shared machine does not report a
    linear pattern.
    """
    makers = probe_makers()
    methods = calls()
    bad = []
    for (module, name), pattern in sorted(patterns.items()):
        how = mode(name, methods)
        for probe, make in makers.items():
            n, secs, e = growth(pattern, make, size, budget, how)
            if secs < 0.002 or e <= exponent:
                continue
            for _ in range(2):                  # confirm twice: larger, over two doublings
                n, secs, e = growth(pattern, make, 4 * size, budget, how, 2)
                if verbose:
                    print(f"  candidate {module}.{name} ({how}) on {probe}: {secs:.3f} s at {n}, "
                          f"exponent {e:.1f}", file=sys.stderr)
                if secs < 0.005 or e <= exponent:
                    break
            else:
                bad.append((module, name, probe, n, secs, e))
                break
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=4000)
    ap.add_argument("--exponent", type=float, default=1.5,
                    help="report growth past size**EXPONENT (linear: 1, quadratic: 2; default 1.5)")
    ap.add_argument("--only", default="", help="comma-separated module names (newsparse.dates,...)")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    patterns = collect()
    if a.only:
        keep = set(a.only.split(","))
        patterns = {k: v for k, v in patterns.items() if k[0] in keep}
    methods = calls()
    matched = sum(mode(name, methods) == "match" for _, name in patterns)
    print(f"{len(patterns)} module-level patterns ({matched} only matched at a position); "
          f"probes of 250 to {2 * a.size} characters")
    bad = scan(patterns, a.size, a.exponent, a.verbose)
    for module, name, probe, n, secs, e in bad:
        print(f"{module}.{name}: {secs:.3f} s on {probe} of {n} characters, grows as size**{e:.1f}"
              f"\n    {patterns[module, name].pattern[:160]!r}")
    print(f"{len(bad)} super-linear")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
