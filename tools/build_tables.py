"""Write the tables the package reads ahead instead of building them at every start.

    python tools/build_tables.py

- ``newsparse/data/outlets_index.json``: the bundled outlet registry, read and indexed. Run
  after editing ``newsparse/data/outlets.json``. A run reads the outlets and their lookup tables
  from it instead of checking the entries and building the tables (about 10 ms less), but only
  while it was built from outlets.json as it reads now: a stale file is ignored, never wrong.
  Its third line says where each table's parts lie, so a run parses only the parts its lookups
  need (``registry._sections``).
- ``newsparse/quickre_pieces.py``: the pieces each ``Quick`` tests for, read from its pattern.
  Run after editing a pattern that stands behind a ``Quick`` (the cue patterns of
  ``rules/cues.py``); until then that pattern's pieces are read at start-up, as before the
  table (never wrong, about a millisecond slower each).
- ``newsparse/slotted_inits.py``: the record classes' ``__init__``, compiled ahead. Run after
  adding or changing a record class (``@frozen`` or ``@mutable``); until then a changed class
  is compiled at start-up, as before (about 0.15 ms a class).

Each table is written whole and afresh; a test fails while one is out of date
(tests/test_sources.py, tests/test_quickre.py, tests/test_slotted.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PIECES = ROOT / "newsparse" / "quickre_pieces.py"
INITS = ROOT / "newsparse" / "slotted_inits.py"


def main() -> int:
    # the old generated modules go first: the new ones are read from the code, not from them
    PIECES.unlink(missing_ok=True)
    INITS.unlink(missing_ok=True)
    from newsparse.quickre import package_patterns, pieces_module
    from newsparse.registry import INDEX_PATH, OUTLETS_PATH, bundled_index_data, bundled_index_text
    from newsparse.slotted import inits_module, package_classes

    raw = OUTLETS_PATH.read_bytes()
    data = bundled_index_data(raw)
    INDEX_PATH.write_text(bundled_index_text(raw), encoding="utf-8")
    tables = ("exact", "variant", "exact_q", "variant_q", "domains")
    keys = sum(len(v) for k, v in data.items() if k.split()[0] in tables)
    print(f"{INDEX_PATH.relative_to(ROOT)}: {len(data['outlets'])} outlets, {keys} keys")

    patterns = package_patterns()
    PIECES.write_text(pieces_module(patterns), encoding="utf-8")
    print(f"{PIECES.relative_to(ROOT)}: {len(set(map(id, patterns)))} patterns")

    classes = package_classes()
    INITS.write_text(inits_module(classes), encoding="utf-8")
    print(f"{INITS.relative_to(ROOT)}: {len(classes)} classes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
