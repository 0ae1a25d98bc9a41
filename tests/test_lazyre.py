"""A lazy pattern is ``re.compile`` of its source and flags, done on first use: every method
answers as the compiled pattern's does, its source is read without compiling it, and every
module-level lazy pattern of the package compiles to the pattern it stands for."""
from __future__ import annotations

import importlib
import pickle
import pkgutil
import re

import pytest

import newsparse
from newsparse.lazyre import LazyPattern, lazy
from newsparse.quickre import Quick

CASES = [
    (r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)", 0),
    (r"(?i)\bby\s+(\w+)", 0),
    (r"^(?:source|quelle)\s*:", re.I | re.M),
    (r"[\u3400-\u9fff]+", 0),
    (r"\s+", 0),
]
TEXT = "By Jane Roe\n17 March 2024, SOURCE: Wire\nquelle: dpa 北京 by two\n"


@pytest.mark.parametrize("source,flags", CASES, ids=[c[0] for c in CASES])
def test_a_lazy_pattern_answers_as_the_compiled_one(source, flags):
    compiled = re.compile(source, flags)
    p = lazy(source, flags)
    assert p.pattern == compiled.pattern
    assert (p.flags, p.groups, p.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert [m.span() for m in p.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert p.findall(TEXT) == compiled.findall(TEXT)
    assert p.split(TEXT) == compiled.split(TEXT)
    assert p.sub("<\\g<0>>", TEXT) == compiled.sub("<\\g<0>>", TEXT)
    assert p.subn("", TEXT) == compiled.subn("", TEXT)
    for start in range(len(TEXT)):
        for method in ("search", "match", "fullmatch"):
            got, want = getattr(p, method)(TEXT, start), getattr(compiled, method)(TEXT, start)
            assert (got and got.span()) == (want and want.span())


def test_nothing_is_compiled_before_first_use():
    p = lazy(r"(?i)never (?:compiled|used)")
    assert p.pattern == r"(?i)never (?:compiled|used)" and not p.is_compiled
    repr(p)
    assert not p.is_compiled
    assert p.search("It was Never used.")
    assert p.is_compiled and isinstance(p.compiled, re.Pattern)
    assert p.search.__self__ is p.compiled           # the compiled pattern's own bound method


def test_bytes_patterns_and_pickling():
    p = lazy(rb"[\x80-\xff]+")
    assert p.findall(b"ab\xc3\xa9cd") == [b"\xc3\xa9"]
    q = pickle.loads(pickle.dumps(lazy(r"(\d+)", re.A)))
    assert q.pattern == r"(\d+)" and q.given_flags == re.A and q.findall("a1b22") == ["1", "22"]


def test_an_unknown_attribute_is_an_attribute_error_and_compiles_nothing():
    p = lazy(r"x")
    with pytest.raises(AttributeError):
        p.no_such_method
    assert not hasattr(p, "__wrapped__")
    assert not p.is_compiled


def test_quick_reads_a_lazy_pattern_without_compiling_it():
    p = lazy(r"(?i)\b(?:published|posted)\b")
    quick = Quick(p)
    assert quick.pieces and not p.is_compiled
    assert quick.search("nothing to see here") is False and not p.is_compiled
    assert quick.search("POSTED on Monday") is True and p.is_compiled


def _lazy_patterns():
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name in ("newsparse.dask", "newsparse.__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                yield f"{info.name}.{name}", value


LAZY = dict(_lazy_patterns())


def test_the_package_holds_lazy_patterns():
    assert len(LAZY) > 50


@pytest.mark.parametrize("name", sorted(LAZY))
def test_every_lazy_pattern_of_the_package_compiles(name):
    """A mistake in a rare pattern would otherwise show only when an input first needs it."""
    p = LAZY[name]
    compiled = re.compile(p.pattern, p.given_flags)
    assert p.compiled.pattern == compiled.pattern and p.flags == compiled.flags
