"""Language and script of a text, from its letters and its function words.

No model and no dependency: the script decides for most writing systems (Thai, Korean, Greek,
...); kana among Han characters means Japanese; within Latin and Cyrillic the share of each
language's function words decides, with marker letters for Ukrainian, Serbian, Persian and Urdu.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from operator import itemgetter

from .lazyre import lazy
from .rules.scripts import (MARKER_LETTERS, MARKER_RULES, OWN_LETTERS, SCRIPT_LANGUAGE, SCRIPT_RANGES, SCRIPT_STARTS,
                            UNSPACED_SCRIPTS)
from .rules.stopwords import LANGUAGE_WORDS, SISTER_LANGUAGES

WORD = lazy(r"[^\W\d_]+")
_NON_LATIN = lazy(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\s\d]")

# a lower-cased ASCII text's bytes with every byte but a-z turned into a space: splitting gives
# the words WORD finds, three times faster than a regex scan
_ASCII_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))

# word -> (language, share) for each language it is a word of: shares sum to one per word. One
# tuple of shares per set of languages (about a hundred for a thousand words): half the time
# and a tenth of the objects of a tuple per word
_BY_LANGS = {langs: tuple((lang, 1.0 / len(langs)) for lang in langs) for langs in set(LANGUAGE_WORDS.values())}
_SHARES: dict[str, tuple[tuple[str, float], ...]] = dict(zip(LANGUAGE_WORDS, map(_BY_LANGS.__getitem__,
                                                                                 LANGUAGE_WORDS.values())))

MIN_WORDS = 6         # fewer function words than this: too little text to tell a Latin language
MAX_SAMPLE = 1000     # characters read; more does not change the answer


def script_of(ch: str) -> str | None:
    cp = ord(ch)
    i = bisect_right(SCRIPT_STARTS, cp) - 1
    if i >= 0 and cp <= SCRIPT_RANGES[i][1]:
        return SCRIPT_RANGES[i][2]
    return None


def dominant_script(text: str) -> str:
    """``latin`` unless letters of another script outweigh the Latin letters of the text.

    A character of an unspaced script (Han, kana, Thai) weighs as much as three Latin letters.
    """
    sample = text[:MAX_SAMPLE]
    if sample.isascii():
        return "latin"
    others = _NON_LATIN.findall(sample)
    if not others:
        return "latin"
    seen = others[:800]
    counts: Counter = Counter()
    for ch, n in Counter(seen).items():     # each distinct character looked up once
        counts[script_of(ch)] += n
    counts.pop(None, None)
    if not counts:
        return "latin"
    script, n = counts.most_common(1)[0]
    if script == "han" and counts.get("kana", 0) * 10 >= n:
        script = "kana"                     # Japanese mixes kana into Han text
    estimate = n * len(others) / len(seen) * (3 if script in UNSPACED_SCRIPTS else 1)
    rest = len(sample) - len(others) - sample.count(" ")      # Latin letters, digits, punctuation
    return script if estimate >= rest * 0.8 else "latin"


def function_word_scores(text: str) -> Counter:
    """Per language, its function and news words among the first words of ``text``; a word of
    several languages counts for each a share."""
    sample = text[:MAX_SAMPLE].lower()
    counts: dict[str, float] = {}
    get = counts.get
    shares = _SHARES.get
    if sample.isascii():
        words = sample.encode().translate(_ASCII_LETTERS_ONLY).decode().split()
    else:
        words = WORD.findall(sample)
    for w in filter(_SHARES.__contains__, words):
        for lang, share in shares(w):
            counts[lang] = get(lang, 0) + share
    return Counter(counts)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when there is too little to tell."""
    script = dominant_script(text)
    marked = _marked_language(script, text[:MAX_SAMPLE])
    if marked:
        return marked
    if script in ("latin", "cyrillic"):
        scores = function_word_scores(text)
        if not scores:
            return None
        for first, second in SISTER_LANGUAGES:
            if first in scores or second in scores:
                _pool(scores, first, second)
        # most_common(2) as its documentation defines it, without the import of heapq it makes
        ranked = sorted(scores.items(), key=itemgetter(1), reverse=True)[:2]
        lang, best = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if best < MIN_WORDS and (best < 2 or best < 2 * second):
            # too little text to tell, or no clear winner: the letters of the two leaders may tell
            return _told_by_letters(text[:MAX_SAMPLE], lang, ranked[1][0]) if best >= 2 else None
        return lang
    return SCRIPT_LANGUAGE.get(script)


LETTERS_TELL = 2      # letters of its own a text holds, and none of the other's, to tell one of two languages


def _told_by_letters(sample: str, first: str, second: str) -> str | None:
    """Which of two languages whose function words ``sample`` holds almost alike it is written
    in: the one whose own letters (``OWN_LETTERS``) it holds ``LETTERS_TELL`` times or more while
    it holds none of the other's; else None."""
    a, b = OWN_LETTERS.get(first), OWN_LETTERS.get(second)
    if not a or not b or a == b:
        return None
    sample = sample.lower()
    na, nb = sum(map(sample.count, a)), sum(map(sample.count, b))
    if na >= LETTERS_TELL and nb == 0:
        return first
    if nb >= LETTERS_TELL and na == 0:
        return second
    return None


def _pool(scores: Counter, first: str, second: str) -> None:
    """Pool the scores of two sister languages (``SISTER_LANGUAGES``) into the one with more
    words of its own, in place: their shared words count the same for both, so the difference
    of their scores is that of their own words."""
    a, b = scores.pop(first, 0.0), scores.pop(second, 0.0)
    scores[second if b > a else first] = a + b


def _marked_language(script: str, sample: str) -> str | None:
    """The language whose own letters ("ы", "ı", "پ") mark ``sample``, by the script's rules."""
    rules = MARKER_RULES.get(script, ())
    for lang, letters in MARKER_LETTERS.get(script, {}).items():
        n = sum(sample.count(c) for c in letters)
        if any(n >= least and (not divisor or n * divisor >= len(sample)) for least, divisor in rules):
            return lang
    return None


_CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_CJK_ANY = lazy(f"[{_CJK_CHARS}]")
_CJK_WORDS = lazy(f"[{_CJK_CHARS}]|[^\\s{_CJK_CHARS}]+")


# an ASCII text's bytes as "0" for whitespace (where str.split cuts) and "1" for the rest
_ASCII_WORD_MARKS = bytes(ord("0") if chr(b).isspace() else ord("1") for b in range(128)) + b"1" * 128


def count_words(text: str) -> int:
    """Words of ``text``: whitespace-separated tokens, where each Chinese or Japanese character
    counts as a word of its own."""
    if text.isascii():
        # a word starts where a non-space follows a space or opens the text: counted in two C
        # passes over the bytes rather than by building the list of words
        marks = text.encode().translate(_ASCII_WORD_MARKS)
        return marks.count(b"01") + marks.startswith(b"1")
    if _CJK_ANY.search(text):
        return len(_CJK_WORDS.findall(text))
    return len(text.split())
