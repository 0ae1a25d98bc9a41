"""The cheap test in front of the cue patterns never changes an answer: ``Quick(p).search(t)``
is ``p.search(t) is not None`` for every text, and the folding it relies on agrees with the
regex engine's own rules for ignoring case."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from newsparse.features import read_table
from newsparse.line_measures import letters_and_digits
from newsparse.lines import scan
from newsparse import quickre
from newsparse.quickre import Quick, _fold_char, fold
from newsparse.rules import cues
from newsparse.rules.labels import RIGHTS_RESERVED

RIGHTS = re.compile("|".join(map(re.escape, RIGHTS_RESERVED)))
PATTERNS = {"link": cues.LINK_SHAPE, "published": cues.PUBLISHED_CUES, "updated": cues.UPDATED_CUES,
            "reading_time": cues.READING_TIME}

# cue words in odd cases and look-alike letters the engine folds: "ı" and "İ" for "i", "ſ"
# for "s", the Kelvin sign for "k"
WORDS = ["Published", "POSTED", "publiſhed", "yayınlanma", "YAYINLANMA", "İlgili", "updated", "Update",
         "reading time", "5 min read", "MINUTES READ", "Lesezeit", "Aktualisiert", "ОПУБЛИКОВАНО",
         "发布", "更新", "www.", "https://", ".html", "[a]", "Related", "\u212aomment", "zum Autor", "ς",
         "by", "the", "—", "“", "é", "\u0130"]


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=8),
       sep=st.sampled_from([" ", "", ": ", "-"]))
def test_quick_answers_as_the_pattern(name, parts, sep):
    pattern = PATTERNS[name]
    text = sep.join(parts)
    scanning, compiled = Quick(pattern), Quick(pattern)
    compiled._scans = 0                 # past the first texts, tested by the pieces' alternation
    assert scanning.search(text) == compiled.search(text) == (pattern.search(text) is not None)
    assert scanning._scans == quickre.SCANS - (scanning.pieces is not None)


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=300, deadline=None)
@given(before=st.integers(0, 120), parts=st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=8),
       glue=st.sampled_from(["", " ", "x", "é", "-"]))
def test_a_search_from_before_the_first_piece_finds_the_match_a_full_search_does(name, before, parts, glue):
    """A long line, or one past the first texts, is searched from ``_reach`` characters before
    the first piece it holds (the words around a cue word glued to it or not, so that the
    pattern's ``\\b`` reads the characters before where the search begins)."""
    pattern = PATTERNS[name]
    text = "a harbour ferry " * (before // 16) + "z" * (before % 16) + glue + glue.join(parts)
    scanning, compiled = Quick(pattern), Quick(pattern)
    compiled._scans = 0
    expected = pattern.search(text)
    for quick in (scanning, compiled):
        assert quick.search(text) == (expected is not None)
        found = quick.find(text)
        assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(WORDS + list(RIGHTS_RESERVED) + ["index.PHP", ".Gif", "a.ſvg"])
                      | st.text(max_size=6), max_size=8),
       sep=st.sampled_from([" ", "", ": ", "-", "."]))
def test_the_measures_answer_as_the_patterns(parts, sep):
    """A line's measures skip the patterns when it holds none of what they need
    (line_measures._CUE_PIECES, _LINK_HINTS, _RIGHTS_PHRASES): the answers are the patterns' own."""
    for row in read_table(scan(sep.join(parts))).rows:
        text = row.line.text
        assert row.link == (cues.LINK_SHAPE.search(text) is not None)
        assert row.published_cue == (cues.PUBLISHED_CUES.search(text) is not None)
        assert row.updated_cue == (cues.UPDATED_CUES.search(text) is not None)
        assert row.reading_time == (cues.READING_TIME.search(text) is not None)
        assert row.rights == (RIGHTS.search(text.lower()) is not None)


@pytest.mark.parametrize("name", ["published", "updated", "reading_time"])
def test_the_cue_patterns_get_a_cheap_test(name):
    assert Quick(PATTERNS[name]).pieces


def test_folding_agrees_with_the_engine():
    """Every character the engine matches to a pattern character, ignoring case, folds as it."""
    every = "".join(chr(i) for i in range(0x30000) if not 0xD800 <= i < 0xE000)
    chars = sorted({c for p in PATTERNS.values() for c in p.pattern})
    for c in chars:
        folded = _fold_char(c)
        if folded is None:
            continue
        for x in re.findall(re.escape(c), every, re.I):
            assert fold(x) == folded, (c, x)


@given(st.text())
def test_letters_and_digits_count_as_isalpha_and_isdigit(text):
    assert letters_and_digits(text) == (sum(c.isalpha() for c in text), sum(c.isdigit() for c in text))


def test_the_shipped_pieces_are_those_the_patterns_give():
    """quickre_pieces.py holds the pieces read ahead from every pattern the parser puts a
    ``Quick`` in front of; run tools/build_tables.py after editing one."""
    from pathlib import Path
    from newsparse import quickre
    patterns = quickre.package_patterns()
    assert patterns
    shipped = Path(quickre.__file__).with_name("quickre_pieces.py").read_text(encoding="utf-8")
    assert shipped == quickre.pieces_module(patterns), "run: python tools/build_tables.py"
    for p in patterns:
        assert quickre._shipped()[p.pattern, p.given_flags] == (quickre.read_pieces(p.pattern, p.given_flags),
                                                              quickre.read_reach(p.pattern, p.given_flags))


def test_a_pattern_not_in_the_shipped_table_is_read_as_before():
    p = re.compile(r"(?i)\b(?:publicized|announced)\b")
    assert Quick(p).pieces == frozenset({"publicized", "announced"})
    assert Quick(re.compile(r"\bab|cd")).pieces is None          # too short to be worth a test
