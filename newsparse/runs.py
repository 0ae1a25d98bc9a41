"""The article's extent in a page's rows, from the line model's chances of body: the best run of
likely lines (Kadane's), the runs that weigh against the largest, opened at the start of the
first paragraph. Each row weighs one line, or on a page whose paragraphs are lines, the lines
the paragraph would fill hard-wrapped. The second stage reads each line's place relative to the
first estimate (``first_run``); the choices of headline, credit and date read it relative to
the final one (``article_extent``)."""
from __future__ import annotations

from .features import Table, wrap_width


PARAGRAPH_UNIT = 80      # characters of a hard-wrapped line: an unwrapped paragraph weighs its length in them


def row_weights(table: Table) -> list[float] | None:
    """What each row weighs in a run of article text: one line each on a hard-wrapped page;
    on a page whose paragraphs are lines (a browser's copy), a paragraph weighs the lines it
    would fill wrapped, so a long paragraph between short captions and buttons weighs as it
    does on a wrapped copy of the page. None when every row weighs one."""
    if wrap_width(table) is not None:
        return None
    weights = [max(1.0, r.chars / PARAGRAPH_UNIT) for r in table.rows]
    return weights if any(w > 1.0 for w in weights) else None


def weighed(scores: list[float], weights: list[float] | None) -> list[float]:
    return scores if weights is None else [s * w for s, w in zip(scores, weights)]


def best_run(scores: list[float]) -> tuple[int, int]:
    """The run of rows with the greatest total score (Kadane), as first and last rank; (0, -1)
    when no score is positive."""
    best, span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best:
            best, span = total, (start, i)
    return span


MAX_RUNS = 8            # runs of article text weighed for the article's extent


RUN_SHARE = 0.1         # a run this large beside the largest one is part of the same article


def article_span(p_body: list[float], weights: list[float] | None = None) -> tuple[int, int]:
    """The first and last rank of the article: the extent of the runs of likely body lines
    (by total chance above one half) that weigh at least ``RUN_SHARE`` of the largest. A
    stretch of page furniture inside the article (a picture, a teaser) does not cut it; a
    lone paragraph far away (a cookie notice) weighs too little to widen it. ``weights``
    (``row_weights``) are what each row counts for; by default one each."""
    scores = weighed([p - 0.5 for p in p_body], weights)
    runs = []
    for _ in range(MAX_RUNS):
        a, b = best_run(scores)
        if b < a:
            break
        runs.append((a, b, sum(scores[a:b + 1])))
        for i in range(a, b + 1):
            scores[i] = -1e9
    if not runs:
        return 0, -1
    top = runs[0][2]
    kept = [(a, b) for a, b, total in runs if total >= RUN_SHARE * top]
    return min(a for a, _ in kept), max(b for _, b in kept)


def from_block_start(table: Table, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` opened at the start of the block its first row stands in, when at most
    ``OPENING_LINES`` rows of that block come before it: a paragraph whose first lines read
    less like article text than the rest still opens the article, and the lines above it (the
    headline, the credit and date lines) stand right above the article. A block longer than
    that (a page saved with no blank line, one block) does not move the start."""
    a, b = span
    if b < a:
        return span
    before = table.rows[a].block_pos
    return (a - before, b) if before <= OPENING_LINES else span


OPENING_LINES = 6       # the first lines of a paragraph the best run may have left out


OWN_WEIGHTS = object()  # ``weights`` not given: the table's ``row_weights``, read once more


def first_run(table: Table, p1: list[float],
              weights: list[float] | None | object = OWN_WEIGHTS) -> tuple[int, int]:
    """The page's first estimate of the article: the best run of rows by first chance
    (``best_run``, each row weighing ``weights``: None for one each, as ``row_weights`` gives
    it; by default ``row_weights``), opened at its paragraph's start (``from_block_start``).
    (None is a value, not a missing argument: reading the weights again costs a pass over the
    page's lines, ``wrap_width``, on every page whose rows weigh one each.)"""
    if weights is OWN_WEIGHTS:
        weights = row_weights(table)
    return from_block_start(table, best_run(weighed([p - 0.5 for p in p1], weights)))


def article_extent(table: Table, body: list[float],
                   weights: list[float] | None | object = OWN_WEIGHTS) -> tuple[int, int]:
    """The article's first and last rank by the final body chances (``article_span``, each row
    weighing ``weights``: None for one each; by default ``row_weights``, as in ``first_run``),
    opened at its first paragraph's start (``from_block_start``): the place the headline,
    credit and date choices are read against."""
    if weights is OWN_WEIGHTS:
        weights = row_weights(table)
    return from_block_start(table, article_span(body, weights))
