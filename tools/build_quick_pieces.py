"""Write newsparse/quickre_pieces.py: the pieces ``Quick`` tests for, read ahead from the patterns.

    python tools/build_quick_pieces.py

Run it after editing a pattern that stands behind a ``Quick`` (the cue patterns of
``rules/cues.py``). Until then that pattern's pieces are read at start-up, as they were before
the table (never wrong, about a millisecond slower each), and tests/test_quickre.py fails.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET = ROOT / "newsparse" / "quickre_pieces.py"


def main() -> int:
    TARGET.unlink(missing_ok=True)      # read every pattern afresh, not from the old table
    from newsparse.quickre import package_patterns, pieces_module
    patterns = package_patterns()
    TARGET.write_text(pieces_module(patterns), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(set(map(id, patterns)))} patterns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
