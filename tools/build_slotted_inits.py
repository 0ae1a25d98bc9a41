"""Write newsparse/slotted_inits.py: the record classes' ``__init__``, compiled ahead.

    python tools/build_slotted_inits.py

Run it after adding or changing a record class (``@frozen`` or ``@mutable``). A run then takes
each class's ``__init__`` from that module instead of writing and compiling it (about 0.15 ms a
class, some 20 classes in a short run); a class changed since is compiled as before (never
wrong), and tests/test_slotted.py fails until the module is written again.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET = ROOT / "newsparse" / "slotted_inits.py"


def main() -> int:
    TARGET.unlink(missing_ok=True)      # the classes as they are declared now, not the old table
    from newsparse.slotted import inits_module, package_classes
    classes = package_classes()
    TARGET.write_text(inits_module(classes), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(classes)} classes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
