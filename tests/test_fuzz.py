"""The fuzz target runs: a few hundred mutated samples give records or an InputError, and rebuild
(issue 13; `python fuzz/fuzz_parse.py --seconds 3600` runs it longer)."""
from __future__ import annotations

import importlib.util

from .conftest import ROOT


def load_fuzzer():
    spec = importlib.util.spec_from_file_location("fuzz_parse", ROOT / "fuzz" / "fuzz_parse.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_guarantee_no_crash_and_nothing_lost_under_fuzzing(tmp_path):
    runs, failures = load_fuzzer().run(200, 0, seed=13, out=tmp_path)
    assert runs == 200
    assert failures == 0, [p.name for p in tmp_path.iterdir()]
