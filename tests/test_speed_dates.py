"""The date reader's shortcuts give what the longer way gives: the fold skipped on a line it
would not change, the words of a line with ASCII letters only split in C, and the whole-line
patterns tried only where their opening assertions hold."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import date_patterns, dates
from newsparse.rules.dates import strip_accents

# digits and the separators, marks and letters the numeric dates and the times are made of,
# with an era's and a clock half's first characters and a few that stand beside them
_SCAN_CHARS = st.sampled_from(list("0123456789 ./-,:hH年月日时分令和平成上下午오전후aApPmMuUrGMTZ+(x") + ["", "\u00a0"])


@settings(max_examples=500)
@given(st.lists(_SCAN_CHARS, max_size=40).map("".join), st.integers(0, 8), st.integers(0, 8))
def test_the_whole_line_patterns_tried_at_their_starts_match_as_finditer_does(text, cut_lo, cut_hi):
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    for pattern, starts in ((date_patterns.NUMERIC, date_patterns.NUMERIC_STARTS), (date_patterns.TIME, date_patterns.TIME_STARTS)):
        want = [(m.span(), m.groupdict()) for m in pattern.finditer(text, lo, hi)]
        got = [(m.span(), m.groupdict()) for m in date_patterns.find_from_starts(pattern, starts, text, lo, hi)]
        assert got == want


def test_a_time_after_a_number_s_tail_is_not_tried():
    text = "Scores 3.10:42 and 1:05, then 10:42 am"
    got = [m.group() for m in date_patterns.find_from_starts(date_patterns.TIME, date_patterns.TIME_STARTS, text, 0, len(text))]
    assert got == [m.group() for m in date_patterns.TIME.finditer(text)]


_WORDY = st.sampled_from(["May", "MAY", "ago", "Years", "x", "3", "•", "’", "–", "\u00a0", " ", ",", "-", "«",
                          "_", "²", "\n"])


@settings(max_examples=300)
@given(st.lists(_WORDY, max_size=25).map("".join))
def test_the_words_of_a_line_with_ascii_letters_only_are_the_pattern_s_words(text):
    if date_patterns.LETTER_BEYOND_ASCII.search(text) is None:
        assert dates._ascii_words(text) == [w.lower() for w in date_patterns.WORD.findall(text)]
    else:
        assert "²" in text                # a letter to the pattern: numeric, not a decimal digit


def _scan_would_act(text: str, has_digit: bool) -> bool:
    """Whether the full word scan finds a word of the lexicon: the test ``_may_hold_date_words``
    stands in front of."""
    keys = date_patterns.LEXICON_WORDS if has_digit else date_patterns.LEXICON_WORDS_NO_MONTH
    for word in map(str.lower, date_patterns.WORD.findall(text)):
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
