"""Write newsparse/data/outlets_index.json: the bundled outlet registry read and indexed ahead.

    python tools/build_outlet_index.py

Run it after editing newsparse/data/outlets.json. A run reads the outlets and their lookup tables
from this file instead of checking the entries and building the tables (about 10 ms less), but
only while it was built from outlets.json as it reads now: a stale file is ignored, never wrong,
and tests/test_sources.py fails until it is written again. Its third line says where each
table's parts lie, so a run parses only the parts its lookups need (``registry._sections``).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsparse.registry import INDEX_PATH, OUTLETS_PATH, bundled_index_data, bundled_index_text  # noqa: E402


def main() -> int:
    raw = OUTLETS_PATH.read_bytes()
    data = bundled_index_data(raw)
    INDEX_PATH.write_text(bundled_index_text(raw), encoding="utf-8")
    tables = ("exact", "variant", "exact_q", "variant_q", "domains")
    keys = sum(len(v) for k, v in data.items() if k.split()[0] in tables)
    print(f"{INDEX_PATH.relative_to(ROOT)}: {len(data['outlets'])} outlets, {keys} keys")
    return 0


if __name__ == "__main__":
    sys.exit(main())
