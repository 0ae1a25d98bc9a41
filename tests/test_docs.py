"""The README documents the tool: every command, and the two set-up commands CI relies on."""
from __future__ import annotations

import pytest

from newsparse.cli import cli
from newsparse.layouts import LAYOUTS
from newsparse.serialize import KEYS

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_readme_documents_every_command(command):
    assert f"newsparse {command}" in README


SCHEMA_ROWS = [line.split("|")[1] for line in README.splitlines() if line.startswith("| `")]


@pytest.mark.parametrize("key", KEYS)
def test_readme_schema_table_names_every_key(key):
    assert any(f"`{key}`" in cell for cell in SCHEMA_ROWS)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_readme_names_every_layout(layout):
    assert f"`{layout}`" in README


def test_ci_runs_the_readme_test_command():
    command = 'pip install -e ".[test]" && python -m pytest'
    assert command in README
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_quick_start_runs_the_main_job_on_the_samples():
    assert "pip install -e . && newsparse parse samples/" in README
