"""The shortcuts of the feature table give the answers of the longer ways they stand for: the
hints in front of the cue pieces and the phrases, the counts made in C (code characters, words
that open with a capital), the opening folded alone and the role phrases tested once for three
places."""
from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings, strategies as st

from newsparse import credit_cues, line_measures, name_shapes
from newsparse.quickre import _fold_char, fold
from newsparse.rules.cues import CODE_CHARS, PICTURE_AGENCIES, PICTURE_HINTS
from newsparse.rules.people import BY_WORDS, CONTRIBUTION_CUES, ROLE_PHRASES

# role phrases, byline words and look-alike letters, so that random lines open as credits do
PARTS = ["Reporting by", "WRITTEN BY", "Text by", "additional reporting by", "Publié par", "ÉCRIT PAR", "ФОТО",
         "图", "Maren Holt", "MAREN", "Anna-Lena", "İbrahim", "by", "By",
         "(", "**", "—", " ", "  ", "Jane Roe", "İ", "Σ", "ς", "\u212a", "ſ", "interview:", "Das Gespräch führte",
         "mit Anna sprach", "{x}", "[1]", "é", "记者", "x"]
LINES = st.lists(st.sampled_from(PARTS) | st.text(max_size=4), max_size=8).map("".join)


@pytest.mark.parametrize("hints,phrases", [
    (line_measures._CUE_HINTS, [p for p in line_measures._CUE_PIECES if p.isascii()]),
    (line_measures._CUE_HINTS, [p for q in (name_shapes.PUBLISHED, name_shapes.UPDATED, name_shapes.READING)
                                for p in q.pieces if p.isascii()]),
    (line_measures._RIGHTS_HINTS, line_measures._ASCII_RIGHTS_PHRASES),
    (line_measures._CONTRIBUTION_HINTS, CONTRIBUTION_CUES),
    (PICTURE_HINTS, PICTURE_AGENCIES),
], ids=["cue pieces", "each cue pattern's pieces", "rights phrases", "contribution cues", "picture agencies"])
def test_every_phrase_holds_a_hint(hints, phrases):
    """A line that holds none of the hints holds none of the phrases."""
    assert [p for p in phrases if not any(h in p for h in hints)] == []


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_code_chars_counts_as_translate_does(text):
    assert line_measures.code_chars(text) == sum(c in CODE_CHARS for c in text)


@settings(max_examples=300, deadline=None)
@given(LINES | st.text(alphabet="aZ \t\x0b\x1cA1.\x85", max_size=12))
def test_capital_words_counts_as_the_split_words_do(text):
    """``line_measures.capital_words`` reads an ASCII line's bytes: each whitespace byte where
    ``str.split`` cuts, and a capital after one or at the start."""
    assert line_measures.capital_words(text) == sum(word[0].isupper() for word in text.split())


@settings(max_examples=300, deadline=None)
@given(LINES, st.integers(0, 14))
def test_the_folded_opening_is_the_opening_folded(text, k):
    """``credit_cues.interview`` folds only a line's opening: ``fold`` maps each character to one,
    whatever stands around it ("İ" first becomes "i"; a final "ς" and "σ" fold alike)."""
    whole = fold(text)
    if whole is not None:
        assert fold(text[:k]) == whole[:k]


@settings(max_examples=500, deadline=None)
@given(LINES)
def test_the_role_test_answers_as_the_three_tries(text):
    """``credit_cues._role_opens`` is ``match_role`` tried at the first three places."""
    tried = any(credit_cues.match_role(text, at) for at in range(min(3, len(text))))
    assert credit_cues._role_opens(text) == tried


def test_the_role_phrases_fold_as_the_engine_matches():
    """Every character the engine takes for a role phrase's character, ignoring case, folds as
    that character does: ``credit_cues._role_opens`` compares folded openings."""
    every = "".join(chr(i) for i in range(0x30000) if not 0xD800 <= i < 0xE000)
    for c in sorted({c for p in ROLE_PHRASES for c in p}):
        folded = _fold_char(c)
        assert folded is not None, c
        for x in re.findall(re.escape(c), every, re.I):
            assert fold(x) == folded, (c, x)


def _given_name_pairwise(text: str) -> bool:
    """``has_given_name`` as it was written before its capitals were found in C."""
    words = text.split()
    for word, after in zip(words, words[1:]):
        if word[:1].isupper() and after[:1].isupper():
            name = word.strip(name_shapes._NAME_EDGE).split("-", 1)[0].lower()
            if name_shapes.is_given_name(name) or "\u0307" in name and name_shapes.is_given_name(name.replace("\u0307", "")):
                return True
    return False


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PARTS) | st.text(max_size=4), max_size=8).map(" ".join))
def test_given_names_are_found_as_word_by_word(text):
    assert name_shapes.has_given_name(text) == _given_name_pairwise(text)


def test_a_character_that_lower_cases_to_another_is_a_capital():
    """What ``glued_by``'s test of the opening stands on: a lower-case text (``islower``) is
    its own lower case, so a byline word opens it as printed or not at all."""
    chars = map(chr, range(sys.maxunicode + 1))
    assert [c for c in chars if c.lower() != c and not (c.isupper() or c.istitle())] == []


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_a_glued_byline_word_is_found_as_the_loop_finds_it(word):
    def loop(word):
        for by in BY_WORDS:
            n = len(by)
            if (word[:n].lower() == by and word[:n].islower() and len(word) > n + 1 and word[n].isupper()
                    and word[n + 1:].islower()):
                return n
        return 0
    for w in (word, "by" + word, "von" + word.title(), "par" + word.capitalize()):
        assert credit_cues.glued_by(w) == (0 if w.islower() or not w[:1].islower() else loop(w))
