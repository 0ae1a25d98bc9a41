"""The line model's view of a row: the named values its weights are fitted on.

``own`` turns a row of the feature table (``features.Row``: the line's measures, read once)
into its named features, each measure binned as the model reads it ("chars<=80",
"stops<=0.1"); ``context_codes`` gives what a row's neighbours show (the gap to each, and
their shape) as a code many rows of a page share; ``content_words`` and the overlaps give how
much of a line's vocabulary other lines hold. Nothing here reads a line's text again but for
its words.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import chain

from .features import CREDIT_KEYS, DATE_KEYS, HEADER_KEYS, Row


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


_BIN_KEYS: dict[tuple[str, tuple], tuple[str, ...]] = {}


def bin_keys(name: str, edges: tuple) -> tuple[str, ...]:
    """The names of the bins of ``name`` at ``edges``: "chars<=10", ..., "chars>320", made once.
    (Each name has one tuple of edges, so the cache cannot mix 0 and 0.0.)"""
    keys = _BIN_KEYS.get((name, edges))
    if keys is None:
        keys = _BIN_KEYS[name, edges] = tuple(f"{name}<={e}" for e in edges) + (f"{name}>{edges[-1]}",)
    return keys


def bin_into(value: float, edges: tuple, name: str, out: dict) -> None:
    """Set the one bin of ``name`` at ``edges`` that ``value`` falls in: the first edge it does
    not pass, or the last bin."""
    keys = _BIN_KEYS.get((name, edges)) or bin_keys(name, edges)
    out[keys[bisect_left(edges, value)]] = 1.0


_END_KEYS = {c: "end_" + name for c, name in {
    ".": "stop", "!": "bang", "?": "quest", ":": "colon", ",": "comma", "…": "ellipsis",
    "。": "stop", "！": "bang", "？": "quest", ";": "semi"}.items()}


def _bins(name: str, edges: tuple) -> tuple[tuple, tuple[str, ...]]:
    return edges, bin_keys(name, edges)


# own()'s bins, keys made once: ``keys[bisect_left(edges, value)]`` is ``bin_into``'s key
(_CHARS_E, _CHARS_K), (_WORDS_E, _WORDS_K), (_STOPS_E, _STOPS_K), (_CAPS_E, _CAPS_K), (_SEPS_E, _SEPS_K), \
    (_CHROME_E, _CHROME_K), (_DIGITS_E, _DIGITS_K), (_BLOCK_E, _BLOCK_K) = (
        _bins("chars", (10, 20, 40, 80, 160, 320)), _bins("words", (1, 3, 6, 12, 20, 40)),
        _bins("stops", (0.0, 0.05, 0.1, 0.2, 0.3, 0.45)), _bins("caps", (0.0, 0.2, 0.4, 0.7, 0.99)),
        _bins("seps", (0, 1, 3)), _bins("chrome", (0.0, 0.2, 0.5)), _bins("digits", (0.0, 0.05, 0.15, 0.4)),
        _bins("block", (1, 2, 5)))


_OTHER_LABELS = CREDIT_KEYS | DATE_KEYS | HEADER_KEYS


def own(row: Row, n_rows: int, margin: int = 0) -> dict[str, float]:
    """The row's own features, by name. (Each bin is set as ``bin_into`` sets it, inline: this
    runs for every line of every page.) ``margin``: the page's least indent; a line is indented
    only beyond it (a text browser sets every line of its dump three columns in)."""
    stop_share, caps_share, digit_share = row.stop_share, row.caps_share, row.digit_share
    f: dict[str, float] = {"bias": 1.0, _CHARS_K[bisect_left(_CHARS_E, row.chars)]: 1.0,
                           _WORDS_K[bisect_left(_WORDS_E, row.words)]: 1.0, "stop_share": stop_share}
    if stop_share > 0:
        f["stop_any"] = 1.0
    f[_STOPS_K[bisect_left(_STOPS_E, stop_share)]] = 1.0
    f["caps_share"] = caps_share
    f[_CAPS_K[bisect_left(_CAPS_E, caps_share)]] = 1.0
    if row.upper:
        f["upper"] = 1.0
    f["digit_share"] = digit_share
    f["punct_share"] = min(row.punct_share, 0.5)
    if row.sentence_end:
        f["sentence_end"] = 1.0
    f[_END_KEYS.get(row.end_char, "end_other")] = 1.0
    line = row.line
    first = line.text[:1]
    if first.isupper():
        f["first_upper"] = 1.0
    if first.islower():
        f["first_lower"] = 1.0
    if first.isdigit():
        f["first_digit"] = 1.0
    if not first.isalnum():
        f["first_punct"] = 1.0
    if line.bullet:
        f["bullet"] = 1.0
    if line.indent > margin:
        f["indent"] = 1.0
    if row.link:
        f["link"] = 1.0
    if row.placeholder:
        f["placeholder"] = 1.0
    f[_SEPS_K[bisect_left(_SEPS_E, row.separators)]] = 1.0
    chrome_share = f["chrome_share"] = row.chrome_share
    f[_CHROME_K[bisect_left(_CHROME_E, chrome_share)]] = 1.0
    f[_DIGITS_K[bisect_left(_DIGITS_E, digit_share)]] = 1.0
    if row.code:
        f["code"] = 1.0
    if row.by:
        f["by"] = 1.0
    label_keys = row.label_keys
    if label_keys:
        if label_keys & CREDIT_KEYS:
            f["label_credit"] = 1.0
        if label_keys & DATE_KEYS:
            f["label_date"] = 1.0
        if label_keys & HEADER_KEYS:
            f["label_header"] = 1.0
        if label_keys - _OTHER_LABELS:
            f["label_other"] = 1.0
    if row.published_cue:
        f["published_cue"] = 1.0
    if row.updated_cue:
        f["updated_cue"] = 1.0
    if row.end_cue:
        f["end_cue"] = 1.0
    if row.copyright:
        f["copyright"] = 1.0
    if row.rights:
        f["rights"] = 1.0
    if row.caption:
        f["caption"] = 1.0
    if row.reading_time:
        f["reading_time"] = 1.0
    if row.ad:
        f["ad"] = 1.0
    if row.crumb:
        f["crumb"] = 1.0
    if row.name_like:
        f["name_like"] = 1.0
    if row.credit_cue:
        f["credit_cue"] = 1.0
    if row.credit_later:
        f["credit_later"] = 1.0
    if row.role_credits:
        f["role_credits"] = 1.0
    if row.name_in:
        f["name_in"] = 1.0
    if row.given_name:
        f["given_name"] = 1.0
    if row.staff:
        f["staff"] = 1.0
    if row.email:
        f["email"] = 1.0
    if row.sign_off:
        f["sign_off"] = 1.0
    dateline = row.dateline
    if dateline > 0:
        f["dateline"] = 1.0
        if dateline >= len(line.raw.rstrip()) - 1:
            f["dateline_only"] = 1.0
    if row.date_value:
        f["has_date"] = 1.0
    date_share = f["date_share"] = row.date_share
    if date_share >= 0.5:
        f["date_line"] = 1.0
    dates = row.dates
    if dates:
        if dates[0].start == 0:
            f["date_first"] = 1.0
        if len(dates) > 1:
            f["n_dates>1"] = 1.0
    repeats = row.repeats
    if repeats == 2:
        f["repeats2"] = 1.0
    elif repeats >= 3:
        f["repeats3+"] = 1.0
    if row.listed:
        f["listed"] = 1.0
    if row.echo:
        f["echo"] = 1.0
    block_size, block_pos = row.block_size, row.block_pos
    f[_BLOCK_K[bisect_left(_BLOCK_E, block_size)]] = 1.0
    if block_pos == 0:
        f["block_first"] = 1.0
    if block_pos == block_size - 1:
        f["block_last"] = 1.0
    return f


def prose_like(row: Row) -> bool:
    """The cheap first reading of prose: long enough, with function words, ending like a sentence."""
    return row.words >= 8 and row.stop_share >= 0.1 or row.words >= 5 and row.sentence_end and row.stop_share > 0


_SIDE_KEYS = ("gap0", "gap2+", "prose", "date", "credit", "bullet", "link", "short", "sentence_end", "name", "chrome")


CONTEXT_CACHE = 4096     # pairs of neighbours whose feature names are kept


_CONTEXT_KEYS: dict[tuple[int, int], tuple[str, ...]] = {}


def _context_keys(prev: int, nxt: int) -> tuple[str, ...]:
    """The neighbour features of a row whose previous and next rows show ``prev``
    and ``nxt`` (-1: no such row; else the gap code, 0 for no blank line between, 1 for one, 2
    for more, times 512, plus one bit for each shape of ``_SIDE_KEYS[2:]`` the row has)."""
    keys = _CONTEXT_KEYS.get((prev, nxt))
    if keys is None:
        out = []
        for side, shown in (("prev", prev), ("next", nxt)):
            if shown < 0:
                continue
            gap, mask = divmod(shown, 512)
            names = ((_SIDE_KEYS[0],) if gap == 0 else (_SIDE_KEYS[1],) if gap == 2 else ()) + tuple(
                key for bit, key in enumerate(_SIDE_KEYS[2:]) if mask >> bit & 1)
            out += [f"{side}_{key}" for key in names]
        if len(_CONTEXT_KEYS) >= CONTEXT_CACHE:
            _CONTEXT_KEYS.clear()
        keys = _CONTEXT_KEYS[prev, nxt] = tuple(out)
    return keys


def context_keys(code: tuple[int, int]) -> tuple[str, ...]:
    """The names of the neighbour features a row with ``code`` (``context_codes``) has."""
    return _context_keys(*code)


def context_codes(rows: list[Row]) -> tuple[list[tuple[int, int]], list[float]]:
    """Features of the neighbours of each row, in two parts: the previous and next non-blank
    lines (the gap to each, and their shape) as a code (``_context_keys``; many rows of a page
    share one), and the share of the three rows on either side that read as prose."""
    n = len(rows)
    prose = [prose_like(r) for r in rows]
    shown = [is_prose | (r.date_share >= 0.5) << 1 | (r.by or bool(r.label_keys & CREDIT_KEYS)) << 2
             | r.line.bullet << 3 | r.link << 4 | (r.words <= 3) << 5 | r.sentence_end << 6 | r.name_like << 7
             | (r.chrome_share >= 0.5) << 8 for r, is_prose in zip(rows, prose)]
    index = [r.line.index for r in rows]
    prose_before = [0]                    # rows reading as prose before each rank
    for is_prose in prose:
        prose_before.append(prose_before[-1] + is_prose)
    gap = _gap_codes([b - a - 1 for a, b in zip(index, index[1:])])
    codes, nears = [], []
    for i in range(n):
        prev = -1 if i == 0 else gap[i - 1] * 512 + shown[i - 1]
        nxt = -1 if i + 1 == n else gap[i] * 512 + shown[i + 1]
        codes.append((prev, nxt))
        lo, hi = max(0, i - 3), min(n, i + 4)
        nears.append((prose_before[hi] - prose_before[lo] - prose[i]) / max(1, hi - lo - 1))
    return codes, nears


def _gap_codes(gaps: list[int]) -> list[int]:
    """Each gap of blank lines between two rows as 0 (none), 1 (the page's usual gap between
    paragraphs, or less) or 2 (more): a page that sets its paragraphs apart by two blank lines
    reads as one that does so by one. The usual gap is the most common one, the smaller on a tie."""
    if max(gaps, default=0) <= 1:
        return gaps                       # most pages: lines and single blank lines only
    counts = Counter(g for g in gaps if g)
    usual = min(counts, key=lambda g: (-counts[g], g))
    return [0 if g == 0 else 1 if g <= usual else 2 for g in gaps]


def vocabulary_of(word_sets) -> dict[str, int]:
    """How many of the sets of ``content_words`` hold each word (counted in C)."""
    return Counter(chain.from_iterable(word_sets))


def content_words(text: str, unspaced: bool) -> set[str]:
    lower = text.lower()
    if unspaced:
        return {lower[k:k + 2] for k in range(len(lower) - 1) if not lower[k].isspace()}
    return set(_LONG_WORD.findall(lower))


def overlap_of(words: set[str], vocab: dict[str, int], inside: bool) -> float:
    """The share of a line's ``content_words`` that the other lines of a run hold (``vocab``,
    ``vocabulary_of`` them and of the line itself when it is ``inside`` the run)."""
    if not words:
        return 0.0
    least = 2 if inside else 1            # a line inside the run holds its own words once
    get = vocab.get
    return sum(1 for w in words if get(w, 0) >= least) / len(words)


def overlaps_of(word_sets: list[set[str]], vocab: dict[str, int], inside: list[bool]) -> list[float]:
    """``overlap_of`` of many lines against one vocabulary: its words, and those that two
    lines or more hold, are made into sets once, and each line's share is one intersection."""
    seen = set(vocab)
    twice = {w for w, n in vocab.items() if n >= 2}
    return [len(words & (twice if ins else seen)) / len(words) if words else 0.0
            for words, ins in zip(word_sets, inside)]
