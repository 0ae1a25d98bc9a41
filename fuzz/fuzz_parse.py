"""Fuzz the parser: mutated sample files and random bytes must give records or an InputError.

    python fuzz/fuzz_parse.py [--iterations 10000 | --seconds 600] [--seed 1] [--out fuzz/crashes]

Each run takes a file of ``samples/`` (or nothing), mutates its bytes with a seeded random
generator (bytes flipped, inserted, deleted, runs repeated, lines shuffled and duplicated,
separators and header lines spliced in, invalid UTF-8 and byte-order marks), and reads the
result as ``newsparse parse`` reads a file: ``parse_stream`` over the bytes with a random
``--layout``, ``--encoding`` and ``--reference-date``. Every article must also serialise
(``to_json``), the records and gaps of ``split_input`` must rebuild the decoded text, and each
record's segments must rebuild the record.

Any exception other than ``InputError`` is a failure: its input is written to
``--out/crash-<seed>-<run>.bin`` with the options and the traceback beside it (``.json``), and
the run goes on. Prints the number of runs and of failures; exits 1 when
there was one. The same ``--seed`` gives the same inputs; ``--replay crash-1-42.bin`` parses one
saved input again, with its options, and shows the traceback.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import sys
import time
import traceback
from datetime import date
from pathlib import Path

from newsparse import InputError, ParseOptions, Record, parse_stream, rebuild, split_input, to_json
from newsparse.decode import TextStream
from newsparse.pipeline import parse_record

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))

LAYOUTS = [None, None, None, "single", "lexisnexis", "factiva", "proquest", "generic"]
ENCODINGS = [None, None, None, "utf-8", "cp1252", "utf-16", "utf-7", "latin-1", "koi8-r"]
REFERENCES = [None, date(2024, 12, 31), date(1, 1, 2), date(9999, 12, 30), date(1800, 1, 1)]
SPLICES = [b"1 of 3 DOCUMENTS\n", b"End of Document\n", b"=" * 60 + b"\n", b"_" * 60 + b"\n", b"\f",
           b"By Jane Roe and John Doe\n", b"Published: 3 days ago\n", b"May 17, 2024 10:42 GMT\n",
           b"Source: Xinhua\n", b"LENGTH: 25 words\n", b"BODY:\n", b"Full text: ", b"HD\n", b" AN  Document X\n",
           b"\xef\xbb\xbf", b"\xff\xfe", b"\xed\xa0\x80", b"\x00", b"\r", b"\t" * 50, b" " * 200,
           "新华社北京5月17日电（记者王敏）".encode(), "Москва, 17 мая".encode(), b"(((((", b"Copyright 2024 X Ltd.\n"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A few random edits of ``data``."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(8)
        at = rng.randint(0, len(buf))
        if op == 0 and buf:                                   # flip a byte
            buf[min(at, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:                                         # insert random bytes
            buf[at:at] = rng.randbytes(rng.randint(1, 16))
        elif op == 2 and buf:                                 # delete a stretch
            del buf[at:at + rng.randint(1, 64)]
        elif op == 3:                                         # splice in a line of some layout
            buf[at:at] = rng.choice(SPLICES)
        elif op == 4 and buf:                                 # repeat a stretch
            piece = bytes(buf[at:at + rng.randint(1, 32)])
            buf[at:at] = piece * rng.randint(2, 200)
        elif op == 5:                                         # shuffle or duplicate lines
            lines = bytes(buf).split(b"\n")
            if rng.random() < 0.5:
                rng.shuffle(lines)
            else:
                i = rng.randrange(len(lines))
                lines[i:i] = [lines[i]] * rng.randint(1, 20)
            buf = bytearray(b"\n".join(lines))
        elif op == 6:                                         # truncate
            del buf[at:]
        else:                                                 # change the line endings
            buf = bytearray(bytes(buf).replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n", b"\x85"])))
    return bytes(buf)


def make_input(rng: random.Random, samples: list[bytes]) -> tuple[bytes, ParseOptions]:
    if samples and rng.random() < 0.85:
        data = mutate(rng.choice(samples), rng)
    else:
        data = rng.randbytes(rng.randint(0, 2000))
    options = ParseOptions(layout=rng.choice(LAYOUTS), encoding=rng.choice(ENCODINGS),
                           reference_date=rng.choice(REFERENCES), dayfirst=rng.choice([None, True, False]))
    return data, options


def check(data: bytes, options: ParseOptions) -> int:
    """Parse as the command line does; return the number of articles. Raises on a failure: an
    exception, or an input whose records and gaps, or a record's segments, do not rebuild it."""
    articles = list(parse_stream(io.BytesIO(data), options))
    for article in articles:
        json.loads(to_json(article))
    text = "".join(TextStream(io.BytesIO(data), options.encoding))
    pieces = list(split_input(text, options.layout))
    if rebuild(pieces) != text:
        raise AssertionError("the records and gaps do not rebuild the input")
    for piece in pieces:
        if isinstance(piece, Record):
            segments = parse_record(piece, options).segments
            if "".join(s.text(text) for s in segments) != piece.text:
                raise AssertionError(f"the segments of record {piece.index} do not rebuild it")
    return len(articles)


def run(iterations: int, seconds: float, seed: int, out: Path) -> tuple[int, int]:
    """(runs, failures)."""
    samples = [p.read_bytes() for p in SAMPLES]
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds if seconds else None
    runs = failures = 0
    while (deadline is None and runs < iterations) or (deadline is not None and time.monotonic() < deadline):
        data, options = make_input(rng, samples)
        runs += 1
        try:
            check(data, options)
        except InputError:
            pass
        except Exception:                                     # noqa: BLE001 - a fuzzer reports everything
            failures += 1
            out.mkdir(parents=True, exist_ok=True)
            stem = out / f"crash-{seed}-{runs}"
            stem.with_suffix(".bin").write_bytes(data)
            stem.with_suffix(".json").write_text(json.dumps(
                {"options": options_dict(options), "traceback": traceback.format_exc()}, indent=2) + "\n",
                encoding="utf-8")
            print(f"failure at run {runs}: {traceback.format_exc().splitlines()[-1]} -> {stem}.bin", file=sys.stderr)
    return runs, failures


def options_dict(options: ParseOptions) -> dict:
    return {"layout": options.layout, "encoding": options.encoding, "dayfirst": options.dayfirst,
            "reference_date": options.reference_date.isoformat() if options.reference_date else None}


def replay(path: Path) -> int:
    """Parse one saved input again with the options saved beside it (``crash-*.json``)."""
    saved = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["options"]
    ref = saved["reference_date"]
    options = ParseOptions(layout=saved["layout"], encoding=saved["encoding"], dayfirst=saved["dayfirst"],
                           reference_date=date.fromisoformat(ref) if ref else None)
    print(check(path.read_bytes(), options), "articles")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iterations", type=int, default=10_000)
    ap.add_argument("--seconds", type=float, default=0, help="run for this long instead of --iterations")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=ROOT / "fuzz" / "crashes")
    ap.add_argument("--replay", type=Path, help="parse one saved crash-*.bin again, with its options")
    a = ap.parse_args()
    if a.replay:
        return replay(a.replay)
    t = time.monotonic()
    runs, failures = run(a.iterations, a.seconds, a.seed, a.out)
    print(f"{runs} runs, {failures} failures in {time.monotonic() - t:.0f} s (seed {a.seed})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
