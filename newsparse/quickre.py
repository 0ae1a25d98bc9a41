"""A cheap test that tells when a slow pattern cannot match, so it runs only when it might.

A case-insensitive alternation of cue words that opens with ``\\b`` (``(?i)\\b(?:published|
posted|...)\\b``) gives Python's regex engine nothing to scan for: it tries every alternative
at every position of a line, about 300 ns per character, and most lines hold none of the
words. ``Quick(pattern)`` reads the pattern's parse tree once and collects, for each way it can
match, a piece of text every such match must contain (its longest run of literal characters).
The line's *folded* form (``fold``: lower case, with the characters the engine takes for the
same letter ignoring case made one) must then contain one of the pieces, folded the same way;
one plain alternation of the pieces finds that about ten times faster, scanned in C by their
first characters (on a line longer than ``LONG_TEXT``, ``in`` looks for each piece in turn,
which costs less there). When it finds none, the pattern cannot match; otherwise the pattern
itself decides. So ``Quick(p).search(text)`` is ``p.search(text) is not None``, only faster.

When the pieces pass, the pattern need not scan the line from its start: every match holds a
piece, so none starts more than the pattern's widest match (its *reach*) before the first
piece found, and the search begins there. A cue word in the middle of a
paragraph ("... the figures released on ...") then costs the scan of a few dozen characters,
not of the whole line. (``search(text, pos)`` still sees the characters before ``pos`` for
``\\b`` and look-behinds, so the match is the one a search from the start finds.)

The folding follows the engine's own rules for ignoring case: two characters match when their
lower cases are equal or the engine lists them as the same letter ("ı" and "i", "ſ" and "s",
"ς" and "σ"). That list is private to the ``re`` module; where it cannot be read, only ASCII
lines are folded (no other character matches an ASCII letter but those the list names, and a
test checks this against the engine) and other lines go to the pattern directly.
"""
from __future__ import annotations

import re

from .lazyre import LazyPattern, lazy

try:                                    # the parser of the re module
    from re import _parser as _sre
except ImportError:                     # pragma: no cover - Python 3.10
    import sre_parse as _sre            # type: ignore[no-redef]


def _extra_cases() -> dict[int, tuple[int, ...]] | None:
    """The engine's letters that are one letter ignoring case though their lower cases differ."""
    try:
        from re._casefix import _EXTRA_CASES    # Python 3.11 and later
        return _EXTRA_CASES
    except ImportError:                         # pragma: no cover - Python 3.10
        try:
            from sre_compile import _ignorecase_fixes   # type: ignore[attr-defined]
            return _ignorecase_fixes
        except ImportError:
            return None


_EXTRA = _extra_cases()
_SAME: dict[int, str] = {}              # a lower-case letter -> the one letter of its kind
for _k, _vs in (_EXTRA or {}).items():
    _SAME[_k] = chr(min((_k,) + tuple(_vs)))
_SAME = {k: v for k, v in _SAME.items() if chr(k) != v}
_SAME_ANY = lazy("[" + "".join(map(chr, _SAME)) + "]") if _SAME else lazy("(?!)")   # non-ASCII text only
# with the list unknown, only these (checked against the engine by a test) fold to ASCII
_ASCII_KIN = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}


def fold(text: str) -> str | None:
    """``text`` in lower case with the letters the engine matches alike made one; None when it
    cannot be folded safely (a non-ASCII text where the engine's list is unknown). "İ" becomes
    "i" first: lower() makes it two characters, the engine one."""
    if text.isascii():
        return text.lower()
    if _EXTRA is None:
        return None
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    text = text.lower()
    return text.translate(_SAME) if _SAME_ANY.search(text) else text


def _fold_char(ch: str) -> str | None:
    if _EXTRA is None:
        if ch.isascii():
            return ch.lower()
        return _ASCII_KIN.get(ord(ch))  # other pattern letters match no ASCII text
    out = fold(ch)
    return out if out is not None and len(out) == 1 else None


def _pieces(items) -> frozenset[str] | None:
    """Folded pieces of text, one of which every match of the sequence ``items`` holds; None
    when the reader cannot tell."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def take(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if candidate is not None and (best is None or _shortest(candidate) > _shortest(best)):
            best = candidate

    for op, av in items:
        if op is _sre.LITERAL:
            ch = _fold_char(chr(av))
            if ch is not None:
                run.append(ch)
                continue
        take(_run(run))
        run = []
        if op is _sre.BRANCH:
            take(_union(_pieces(alt) for alt in av[1]))
        elif op is _sre.SUBPATTERN:
            take(_pieces(av[-1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            take(_pieces(av[2]))
        # anything else (a class of characters, an anchor, a look-around) is passed over: a
        # piece found elsewhere in the sequence is still needed by every match
    take(_run(run))
    return best


def _run(run: list[str]) -> frozenset[str] | None:
    return frozenset({"".join(run)}) if run else None


def _union(parts) -> frozenset[str] | None:
    out: set[str] = set()
    for p in parts:
        if p is None:
            return None
        out |= p
    return frozenset(out)


def _shortest(pieces: frozenset[str]) -> int:
    """The weight of the weakest piece: its characters, a non-ASCII one counting twice (two
    Chinese characters are rarer than three Latin letters)."""
    return min((len(p) + sum(not c.isascii() for c in p) for p in pieces), default=0)


MIN_PIECE = 3           # weaker pieces would let most lines through
SCANS = 32              # texts a Quick tests with ``in`` before it compiles its alternation
MAX_REACH = 200         # a pattern whose matches may be wider is searched from the line's start
# characters of a text beyond which its pieces are looked for with ``in``, one by one, rather than
# by their alternation: on a line of prose the alternation tries its forty pieces at most
# positions (about 400 instructions a character for the published cues, by callgrind), ``in``
# scans for each in C (about 55 a character, plus 27,000 for the forty calls)
LONG_TEXT = 80
_FOUND = (-1).__lt__    # ``str.find`` found it


def read_pieces(source: str, flags: int = 0) -> frozenset[str] | None:
    """The pieces of the pattern ``source`` (with ``flags``) that ``Quick`` tests for, or None
    when it gets no cheap test: read from its parse tree, about half a millisecond for a long
    alternation of cue words."""
    return _read(source, flags)[0]


def read_reach(source: str, flags: int = 0) -> int | None:
    """The widest match of the pattern ``source`` in characters, when it has pieces and no
    match is wider than ``MAX_REACH`` (no unbounded repeat); else None."""
    return _read(source, flags)[1]


def _read(source: str, flags: int) -> tuple[frozenset[str] | None, int | None]:
    tree = _sre.parse(source, flags)
    pieces = _pieces(tree.data)
    if not pieces or _shortest(pieces) < MIN_PIECE:
        return None, None
    widest = tree.getwidth()[1]
    return pieces, widest if widest <= MAX_REACH else None


_UNREAD = object()
_SHIPPED: dict | None = None


def _shipped() -> dict:
    """The pieces and reach of the package's own patterns, read ahead by
    ``tools/build_tables.py`` into ``quickre_pieces.py``: (source, flags) -> (pieces or None,
    reach or None). A pattern edited since is not found there and is read as any other
    (slower, never wrong); so is every pattern when this engine folds letters otherwise than
    the one the table was read with."""
    global _SHIPPED
    if _SHIPPED is None:
        try:
            from .quickre_pieces import FOLDS, PIECES, REACH
        except ImportError:             # not written yet (tools/build_tables.py), or written before REACH
            FOLDS, PIECES, REACH = None, {}, {}
        _SHIPPED = ({key: (None if p is None else frozenset(p), REACH.get(key)) for key, p in PIECES.items()}
                    if _EXTRA is not None and FOLDS == _SAME else {})
    return _SHIPPED


def pieces_module(patterns) -> str:
    """The text of ``quickre_pieces.py`` for ``patterns`` (each an ``re.Pattern`` or a lazy one)."""
    keys = sorted({(p.pattern, int(p.given_flags if isinstance(p, LazyPattern) else p.flags)) for p in patterns})
    rows, reach_rows = [], []
    for source, flags in keys:
        pieces, reach = _read(source, flags)
        shown = "None" if pieces is None else _wrapped([repr(x) for x in sorted(pieces)], "(", ")", 8)
        chunks = [repr(source[i:i + 80]) for i in range(0, len(source), 80)]
        key = "    (" + "\n     ".join(chunks) + f", {flags})"
        rows.append(f"{key}:\n        {shown},")
        if reach is not None:
            reach_rows.append(f"{key}: {reach},")
    return (f'"""{PIECES_DOC}"""\n\n'
            "# the engine's letters that fold to another (quickre._SAME) when the pieces were read\n"
            f"FOLDS = {_wrapped([f'{k}: {v!a}' for k, v in sorted(_SAME.items())], '{', '}', 8)}\n\n"
            "PIECES = {\n" + "\n".join(rows) + "\n}\n\n"
            "# the widest match of each pattern with pieces and no unbounded repeat (quickre.read_reach)\n"
            "REACH = {\n" + "\n".join(reach_rows) + "\n}\n")


def _wrapped(items: list[str], opening: str, closing: str, indent: int) -> str:
    lines, line = [], ""
    for item in items:
        if line and len(line) + len(item) > 100:
            lines.append(line.rstrip())
            line = ""
        line += item + ", "
    lines.append(line.rstrip(", ") + closing)
    return opening + ("\n" + " " * (indent + 1)).join(lines)


def package_patterns() -> list:
    """The patterns of every ``Quick`` the parser's modules hold once they are imported."""
    import sys
    from . import pipeline  # noqa: F401 - imports the parser's modules
    from .layouts import specs
    specs()                             # and every layout's
    return [value.pattern for name, module in sorted(sys.modules.items()) if name.startswith("newsparse.")
            for value in vars(module).values() if isinstance(value, Quick)]


PIECES_DOC = """The pieces ``Quick`` tests for, of each of the package's patterns it stands in front of:
(source, flags) -> the folded pieces, or None (no cheap test). Written by
``python tools/build_tables.py``, do not edit: reading them from the patterns costs about
3 ms at every start; tests/test_quickre.py fails while this is out of date."""


class Quick:
    """``pattern.search`` as a yes or no, with a cheap test first."""

    __slots__ = ("pattern", "pieces", "_pre", "_scans", "_reach")

    def __init__(self, pattern: re.Pattern | LazyPattern) -> None:
        self.pattern = pattern
        self.pieces: frozenset[str] | None = None
        self._pre: LazyPattern | None = None
        self._scans = SCANS
        self._reach: int | None = None
        # a lazy pattern is read by its source and given flags, so it stays uncompiled until a
        # line holds one of its pieces (the parser finds the inline flags as compiling does)
        flags = pattern.given_flags if isinstance(pattern, LazyPattern) else pattern.flags
        if not isinstance(pattern.pattern, str) or flags & re.LOCALE:
            return
        read = _shipped().get((pattern.pattern, flags), _UNREAD)
        pieces, reach = _read(pattern.pattern, flags) if read is _UNREAD else read
        if pieces is not None:
            self.pieces = pieces
            self._reach = reach
            self._pre = lazy("|".join(map(re.escape, sorted(pieces, key=lambda p: (-len(p), p)))))

    def _start(self, text: str, folded: str | None) -> int:
        """-1 when the folded text holds none of the pieces (the pattern cannot match), else
        where a search for the pattern need begin: ``_reach`` characters before the first
        piece, when the folded text's characters stand where the text's do (each character
        folds to one), else 0."""
        if self._pre is None:
            return 0
        if folded is None:
            folded = fold(text)
            if folded is None:
                return 0
        if self._scans or len(folded) > LONG_TEXT:
            # the first texts are tested piece by piece with ``in``: compiling the alternation
            # of forty pieces costs up to 0.8 ms, more than a short run's few tests take; and
            # so is a long text, which ``in`` scans for each piece in C faster than the
            # alternation tries its pieces at each position of it
            if self._scans:
                self._scans -= 1
            if not any(map(folded.__contains__, self.pieces)):
                return -1
            first = None if self._reach is None else min(filter(_FOUND, map(folded.find, self.pieces)))
        else:
            m = self._pre.search(folded)
            if m is None:
                return -1
            first = m.start()
        if self._reach is None or len(folded) != len(text):
            return 0
        return max(0, first - self._reach)

    def _may_match(self, text: str, folded: str | None) -> bool:
        """False when the folded text holds none of the pieces (the pattern cannot match)."""
        return self._start(text, folded) >= 0

    def search(self, text: str, folded: str | None = None) -> bool:
        """Whether the pattern matches in ``text``; ``folded`` is ``fold(text)`` when the
        caller has it."""
        at = self._start(text, folded)
        return at >= 0 and self.pattern.search(text, at) is not None

    def find(self, text: str, folded: str | None = None) -> re.Match | None:
        """``pattern.search(text)``, with the cheap test first: the match, or None. (The
        match's ``pos`` is where the search began, see ``_start``; its span and groups are
        those of a search from the start.)"""
        at = self._start(text, folded)
        return self.pattern.search(text, at) if at >= 0 else None
