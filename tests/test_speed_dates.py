"""The date reader's shortcuts give what the longer way gives: the fold skipped on a line it
would not change, and the words of a line with ASCII letters only split in C."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import dates
from newsparse.rules.dates import strip_accents

_WORDY = st.sampled_from(["May", "MAY", "ago", "Years", "x", "3", "•", "’", "–", "\u00a0", " ", ",", "-", "«",
                          "_", "²", "\n"])


@settings(max_examples=300)
@given(st.lists(_WORDY, max_size=25).map("".join))
def test_the_words_of_a_line_with_ascii_letters_only_are_the_pattern_s_words(text):
    if dates._LETTER_BEYOND_ASCII.search(text) is None:
        assert dates._ascii_words(text) == [w.lower() for w in dates._WORD.findall(text)]
    else:
        assert "²" in text                # a letter to the pattern: numeric, not a decimal digit


def _scan_would_act(text: str, has_digit: bool) -> bool:
    """Whether the full word scan finds a word of the lexicon: the test ``_may_hold_date_words``
    stands in front of."""
    keys = dates._LEXICON_WORDS if has_digit else dates._LEXICON_WORDS_NO_MONTH
    for word in map(str.lower, dates._WORD.findall(text)):
        if word in keys:
            return True
        if not word.isascii() and not unicodedata.is_normalized("NFD", word) and strip_accents(word) in keys:
            return True
    return False


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Mai", "März", "marz", "ΜΑΪΟΥ", "vor", "Stunden", "hier", "•", " ", "3",
                                 "☆", "é", "Zeit", "hôm", "\u0301", "·"]), max_size=12).map("".join), st.booleans())
def test_a_non_ascii_line_s_word_test_says_so_when_the_scan_would_find_a_word(text, has_digit):
    if text.isascii():
        return
    said = dates._may_hold_date_words(text, has_digit)
    assert said == _scan_would_act(text, has_digit)


@given(st.lists(st.sampled_from(list("0１２：／－。a b,.é") + ["\u3000", "٣", "۵", "−"]), max_size=12).map("".join))
def test_a_line_with_no_foldable_character_is_its_own_fold(text):
    assert (dates._FOLDABLE.search(text) is None) == (text.translate(dates._FOLD) == text)
