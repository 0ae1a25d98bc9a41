"""The README documents the tool: every command, and the two set-up commands CI relies on."""
from __future__ import annotations

import re

import pytest

from newsparse.cli import cli
from newsparse.layouts import LAYOUTS
from newsparse.serialize import KEYS, SCHEMA

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
    command = 'pip install -e ".[test,dask]" && python -m pytest'
    assert command in README
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_quick_start_runs_the_main_job_on_the_samples():
    assert "pip install -e . && newsparse parse samples/" in README


def _record_table() -> list[str]:
    section = README[README.index("## The record"):]
    rows = [line for line in section[:section.index("\n\n", section.index("| key |"))].splitlines()
            if line.startswith("| `")]
    return rows


def test_readme_record_table_matches_the_json_schema():
    keys = [key for row in _record_table() for key in re.findall(r"`(\w+)`", row.split("|")[1])]
    assert keys == list(SCHEMA["properties"])
    [input_row] = [row for row in _record_table() if row.startswith("| `input` |")]
    for key in SCHEMA["properties"]["input"]["properties"]:
        assert f'"{key}"' in input_row


def test_readme_exit_code_table_matches_the_exit_codes():
    from newsparse.errors import ExitCode
    section = README[README.index("### Exit codes"):]
    codes = [int(line.split("|")[1]) for line in section[:section.index("\n\n", section.index("| code |"))].splitlines()
             if re.match(r"\| \d+ \|", line)]
    assert codes == sorted(int(c) for c in ExitCode)
