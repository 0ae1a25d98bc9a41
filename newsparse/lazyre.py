"""Patterns compiled on first use, so a run pays only for the patterns it needs.

Python compiles a regular expression in Python code, and a large alternation or a class of
CJK characters costs a millisecond or more; the package holds nearly two hundred patterns, most
of them for layouts, languages and scripts a given input never shows. ``lazy(source, flags)``
stands for ``re.compile(source, flags)`` at module level: the pattern is compiled by
``re.compile`` itself, with the same source and flags, the first time anything but its source
(``pattern``) is asked for. From then on its attributes are the compiled pattern's own bound
methods and values, held in slots, so a call costs what a call on an ``re.Pattern`` costs and
matches exactly as one does.

    DATELINE = lazy(r"^\\s*(?P<place>[A-Z][\\w'.-]+),")
    DATELINE.match(text)          # compiles here, once
    DATELINE.pattern              # the source, without compiling

Use it for the patterns of rare paths (archive layouts, other scripts and languages); a pattern
every input runs gains nothing by it. Code that needs a real ``re.Pattern`` (``re.sub(P, ...)``,
``isinstance``) takes ``P.compiled``.
"""
from __future__ import annotations

import re

# what a LazyPattern answers from the compiled pattern: its methods and attributes
_FROM_COMPILED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                  "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    """``re.compile(pattern, flags)``, done the first time the pattern is used."""

    __slots__ = ("pattern", "given_flags", "compiled") + _FROM_COMPILED

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern = pattern
        self.given_flags = flags        # as given; ``flags`` (compiled) adds inline and default ones

    def __getattr__(self, name: str):
        # reached only for a slot not yet filled: compile, fill every slot, answer
        if name != "compiled" and name not in _FROM_COMPILED:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        compiled = re.compile(self.pattern, self.given_flags)
        for attr in _FROM_COMPILED:
            setattr(self, attr, getattr(compiled, attr))
        self.compiled = compiled
        return getattr(self, name)

    @property
    def is_compiled(self) -> bool:
        """Whether the pattern has been compiled yet (for tests and start-up checks)."""
        try:
            object.__getattribute__(self, "compiled")
        except AttributeError:
            return False
        return True

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}{', ' + str(self.given_flags) if self.given_flags else ''})"

    def __reduce__(self):
        return (LazyPattern, (self.pattern, self.given_flags))


def lazy(pattern: str | bytes, flags: int = 0) -> LazyPattern:
    """A pattern compiled, as ``re.compile(pattern, flags)``, on first use."""
    return LazyPattern(pattern, flags)
