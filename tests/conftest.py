from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

from newsparse import ParseOptions

# No test is timed (speed and memory are measured by benchmarks/): hypothesis's own timing
# checks, a deadline of 200 ms per example and the health check on slow data generation, fail
# a property test as "unreliable timings" when one example runs slow on a busy machine or
# pays a one-time cost (the patterns and tables a first input of a script compiles and builds).
settings.register_profile("newsparse", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("newsparse")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "chinadaily-putin-visit.txt"

# fixed options for golden files: no test depends on today's date
TEST_OPTIONS = ParseOptions(reference_date=date(2024, 12, 31))
TEST_REFERENCE = "2024-12-31"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden files of samples/")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def in_root(monkeypatch) -> Path:
    """Run with the repository as the working directory, so sample paths read samples/NAME.txt."""
    monkeypatch.chdir(ROOT)
    return ROOT


needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared is not present (a user's clone)")
