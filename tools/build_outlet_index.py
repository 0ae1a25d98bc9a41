"""Write newsparse/data/outlets_index.json: the bundled outlet registry read and indexed ahead.

    python tools/build_outlet_index.py

Run it after editing newsparse/data/outlets.json. A run reads the outlets and their lookup tables
from this file instead of checking the entries and building the tables (about 10 ms less), but
only while it was built from outlets.json as it reads now: a stale file is ignored, never wrong,
and tests/test_sources.py fails until it is written again.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsparse.registry import INDEX_PATH, OUTLETS_PATH, bundled_index_data  # noqa: E402


def main() -> int:
    data = bundled_index_data(OUTLETS_PATH.read_bytes())
    INDEX_PATH.write_text(_one_entry_a_line(data), encoding="utf-8")
    print(f"{INDEX_PATH.relative_to(ROOT)}: {len(data['outlets'])} outlets, {sum(len(data[t]) for t in ('exact', 'variant', 'exact_q', 'variant_q', 'domains'))} keys")
    return 0


def _one_entry_a_line(data: dict) -> str:
    """JSON with one key, or one item, of each table on its own line: an edit of outlets.json
    shows in review as the lines of the keys it changed."""
    dump = lambda value: json.dumps(value, ensure_ascii=False)    # noqa: E731
    parts = []
    for name, value in data.items():
        if isinstance(value, dict):
            body = ",\n".join(f"{dump(k)}: {dump(v)}" for k, v in value.items())
            parts.append(f"{dump(name)}: {{\n{body}\n}}")
        elif isinstance(value, list):
            body = ",\n".join(dump(v) for v in value)
            parts.append(f"{dump(name)}: [\n{body}\n]")
        else:
            parts.append(f"{dump(name)}: {dump(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


if __name__ == "__main__":
    sys.exit(main())
