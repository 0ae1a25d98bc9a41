"""The line model's second-stage features: what it reads around each line once the first stage
has given every line its chance of body.

Two kinds: the neighbourhood of each line in first chances (the lines around it, its block,
how much reads as article text above and below it, how much of its vocabulary the likely
article lines share, a headline-shaped line printed again inside a longer one), and, prefixed
``run:``, its place relative to the best run of lines by first chance (``runs.first_run``).
The credit and date choices also read each line's place relative to the chosen headline
(prefixed ``tt:``). ``classify.read_page`` weighs them."""
from __future__ import annotations

from bisect import bisect_left

from .features import CREDIT_KEYS, DATE_KEYS, Row, Table
from .row_view import bin_keys, content_words, overlap_of, overlaps_of, vocabulary_of
from .runs import first_run
from .slotted import mutable


DIST_EDGES = (1, 2, 3, 6, 12, 30)


QUOTE_SCAN = 20_000_000  # characters the page's text may be scanned for its headline-shaped lines in all


QUOTE_PLACES = 256       # lines a headline-shaped line is looked for in, on a page beyond that


def _quoted_elsewhere(table: Table, heads: list[bool]) -> set[int]:
    """Headline-shaped rows whose text another, longer line of the page holds: the page holds
    it more often than the lines that are it (``Line.repeats``), its line breaks read as
    spaces (a caption printed again in a hard-wrapped paragraph, broken across two lines).

    Each is counted in the whole text while that costs less than ``QUOTE_SCAN`` characters
    (a page of the common size); beyond, the count would grow with the square of the page, and
    each is counted in the lines that hold its rarest inner word alone (``_quoted_by_words``)."""
    rows = table.rows
    todo = _quotable(rows, heads)
    text = table.doc.text
    if len(todo) * len(text) > QUOTE_SCAN:
        return _quoted_by_words(table, todo)
    if todo:
        text = " ".join(text.split())     # a quote the page wrapped onto two lines is found too
    return {i for i in todo if text.count(" ".join(rows[i].line.text.split())) > rows[i].repeats}


def _quotable(rows: list[Row], heads: list[bool]) -> list[int]:
    """The headline-shaped rows long enough to look for elsewhere: three words, twelve characters."""
    return [i for i, row in enumerate(rows) if heads[i] and row.words >= 3 and len(row.line.text) >= 12]


def _quoted_by_words(table: Table, todo: list[int]) -> set[int]:
    """``_quoted_elsewhere`` with an index of the lines' words: a line that holds the text "A B
    C" holds its inner word B whole (spaces stand on both sides of it), so only the lines that
    hold its rarest inner word (the first ``QUOTE_PLACES`` of them) are counted in; a line with
    no inner word (Chinese has no spaces) is looked for in the ``QUOTE_PLACES`` lines around it.
    The cost grows with the page, not with its square."""
    rows = table.rows
    text, base = table.doc.text, table.doc.offset
    holding: dict[str, list[int]] = {}
    for k, row in enumerate(rows):
        for word in set(row.line.text.split()):
            holding.setdefault(word, []).append(k)
    out = set()
    for i in todo:
        t = rows[i].line.text
        inner = t.split()[1:-1]
        if inner:
            places = min((holding[w] for w in inner), key=len)[:QUOTE_PLACES]
        else:
            places = range(max(0, i - QUOTE_PLACES // 2), min(len(rows), i + QUOTE_PLACES // 2))
        found = sum(text.count(t, rows[k].line.start - base, rows[k].line.end - base) for k in places)
        if found > rows[i].repeats:
            out.add(i)
    return out


def headline_shaped(row: Row) -> bool:
    """Short, not a sentence, not a list item or a link: the shape of a headline."""
    text = row.line.text
    return (2 <= row.words <= 30 and not row.line.bullet and not row.link
            and (not row.sentence_end or row.end_char in "?!") and (text[0].isupper() or not text[0].isalpha())
            and row.date_share < 0.5 and not row.by)


def _meta(row: Row) -> bool:
    """A date or credit line."""
    return row.date_share >= 0.5 or row.by or bool(row.label_keys & (CREDIT_KEYS | DATE_KEYS))


RUN = "run:"     # the prefix of features read relative to the first estimate of the article's run


@mutable
class Neighbourhood:
    """What the second stage reads around each line that does not depend on the run: made
    once per page and shared by every run the features are read against."""
    p1: list[float]
    words: list[set[str]]                 # each row's content words
    heads: list[bool]
    soft_overlap: list[float]             # the share of its words the likely article lines hold
    prefix: list[float]
    next_prose: list[int]
    prev_prose: list[int]
    block_mean: dict[int, float]
    cut_blocks: set[int]
    window: list[float]
    cue_above: list[int]
    notice_above: list[int]
    dateline_above: list[bool]
    quoted: set[int]
    images: list[int]
    densest: float


def neighbourhood(table: Table, p1: list[float]) -> Neighbourhood:
    rows = table.rows
    n = len(rows)
    unspaced = table.doc.unspaced
    words = [content_words(r.line.text, unspaced) for r in rows]
    soft_vocab = vocabulary_of(w for r, w in zip(rows, words) if p1[r.rank] >= 0.5)
    heads = [headline_shaped(r) for r in rows]
    prefix = [0.0]
    for p in p1:
        prefix.append(prefix[-1] + p)
    next_prose = [n] * (n + 1)          # the nearest row at or after i that reads as body
    for i in range(n - 1, -1, -1):
        next_prose[i] = i if p1[i] >= 0.5 else next_prose[i + 1]
    prev_prose = [-1] * n               # the nearest row at or before i that reads as body
    last = -1
    for i in range(n):
        if p1[i] >= 0.5:
            last = i
        prev_prose[i] = last
    block_mean: dict[int, float] = {}
    cut_blocks = set()                   # blocks with a line cut off by "...": a teaser's summary
    for r in rows:
        block_mean[r.block] = block_mean.get(r.block, 0.0) + p1[r.rank] / r.block_size
        if r.end_char == "…" or r.line.text.endswith("..."):
            cut_blocks.add(r.block)
    window = [(prefix[min(n, i + 6)] - prefix[max(0, i - 5)]) for i in range(n)]
    # the nearest end-matter heading ("Related", "Comments") and copyright notice above each row
    cue_above, notice_above = [n] * n, [n] * n
    last_cue = last_notice = None
    dateline_above = [False] * n          # a wire dateline above: the story's text has begun
    seen_dateline = False
    for i, r in enumerate(rows):
        dateline_above[i] = seen_dateline
        seen_dateline = seen_dateline or r.dateline > 0
        if last_cue is not None:
            cue_above[i] = i - last_cue
        if last_notice is not None:
            notice_above[i] = i - last_notice
        if r.end_cue:
            last_cue = i
        if r.copyright:
            last_notice = i
    return Neighbourhood(
        p1=p1, words=words, heads=heads,
        soft_overlap=overlaps_of(words, soft_vocab, [p >= 0.5 for p in p1]),
        prefix=prefix, next_prose=next_prose, prev_prose=prev_prose, block_mean=block_mean,
        cut_blocks=cut_blocks, window=window, cue_above=cue_above, notice_above=notice_above,
        dateline_above=dateline_above, quoted=_quoted_elsewhere(table, heads),
        images=[i for i, r in enumerate(rows) if r.line.text[:1] == "[" and r.words <= 3],
        densest=max(window) if window else 1.0)


def stage2_features(table: Table, first: list[dict[str, float]], p1: list[float],
                    span: tuple[int, int] | None = None,
                    near: Neighbourhood | None = None) -> list[dict[str, float]]:
    """The second stage's features: each row's first-stage features ``first`` and the
    ``stage2_extras`` read from the first chances ``p1``."""
    return [f | g for f, g in zip(first, stage2_extras(table, p1, span, near))]


def stage2_extras(table: Table, p1: list[float], span: tuple[int, int] | None = None,
                  near: Neighbourhood | None = None,
                  around: list[tuple[dict[str, float], dict[str, float]]] | None = None) -> list[dict[str, float]]:
    """What the second stage adds to each row's first-stage features, from the first chances.

    Two kinds: the neighbourhood of each line in first chances (the lines around it, its
    block, how much reads as article text above and below it, how much of its vocabulary
    the likely article lines share), and, prefixed ``run:``, its place relative to the best
    run of lines by first chance (the headline, credit and date choices read these; the body
    does not, so one misjudged stretch cannot cut the article in two). ``near`` is the
    page's ``neighbourhood`` for ``p1`` and ``around`` its ``run_free_extras`` when the
    caller already has them."""
    rows = table.rows
    n = len(rows)
    a, b = span if span is not None else first_run(table, p1)
    if near is None:
        near = neighbourhood(table, p1)
    if around is None:
        around = run_free_extras(table, p1, near)
    words, heads = near.words, near.heads
    vocab = vocabulary_of(words[a:b + 1]) if b >= a else {}
    overlaps = overlaps_of(words, vocab, [a <= i <= b for i in range(n)])
    # above the run: how many headline-shaped lines stand between a line and the run, and
    # whether a date or credit line does
    order = [0] * n
    meta_below = [False] * n
    best_overlap = -1
    if b >= a:
        seen, meta = 0, False
        top = -1.0
        for i in range(a - 1, -1, -1):
            order[i] = seen
            meta_below[i] = meta
            if heads[i]:
                seen += 1
                if overlaps[i] > top:
                    top, best_overlap = overlaps[i], i
            meta = meta or _meta(rows[i])
    lede = vocabulary_of([words[k] for k in range(a, b + 1) if p1[rows[k].rank] >= 0.5][:5]) if b >= a else {}
    out = []
    for i in range(n):
        # the features in the order the weights were always summed in: the run-free ones
        # before a headline's overlap with the lede, that overlap, the run-free ones after,
        # then the place relative to the run
        before, after = around[i]
        g = dict(before)
        head = heads[i]
        if head and b >= a:
            g[RUN + "lede_overlap"] = overlap_of(words[i], lede, a <= i <= b)
        g.update(after)
        if b < a:
            g[RUN + "none"] = 1.0
        elif i < a:
            g[RUN + "above"] = 1.0
            g[_RUN_ABOVE_BINS[bisect_left(DIST_EDGES, a - i)]] = 1.0
            if head:
                g[_HEAD_ORDER[min(order[i], 4)]] = 1.0
                if meta_below[i]:
                    g[RUN + "head_meta_below"] = 1.0
                if i == best_overlap:
                    g[RUN + "head_best_overlap"] = 1.0
            if i == 0:
                g[RUN + ("top_line_near" if a - i <= 3 else "top_line_far")] = 1.0
        elif i > b:
            g[RUN + "below"] = 1.0
            g[_RUN_BELOW_BINS[bisect_left(DIST_EDGES, i - b)]] = 1.0
        else:
            g[RUN + "inside"] = 1.0
            g[_RUN_INSIDE_BINS[bisect_left(DIST_EDGES, i - a + 1)]] = 1.0
            if head and i - a < 3:
                g[RUN + "head_run_top"] = 1.0
        topic = g["topic_overlap"] = overlaps[i]    # the share of its words the first run holds: the article's topic
        g[_TOPIC_BINS[bisect_left(_TOPIC_EDGES, topic)]] = 1.0
        if topic >= 0.5:
            g["topic_overlap_hi"] = 1.0
        if head:
            g[RUN + "head_overlap"] = topic
        out.append(g)
    return out


def run_free_extras(table: Table, p1: list[float],
                    near: Neighbourhood) -> list[tuple[dict[str, float], dict[str, float]]]:
    """The part of each row's ``stage2_extras`` that does not depend on the run: its
    neighbourhood in first chances. Read once per page and shared by both runs ``read_page``
    reads the features against. Each row's part comes in two dicts, the features before the
    place a headline-shaped line's ``run:lede_overlap`` takes and those after it, so that
    ``stage2_extras`` lays out every row's features in the one order the weights are summed in."""
    rows = table.rows
    n = len(rows)
    heads = near.heads
    prefix, next_prose, prev_prose = near.prefix, near.next_prose, near.prev_prose
    block_mean, cut_blocks, window = near.block_mean, near.cut_blocks, near.window
    cue_above, notice_above, dateline_above = near.cue_above, near.notice_above, near.dateline_above
    quoted, images, densest = near.quoted, near.images, near.densest
    near_image = {k + d for k in images for d in range(-2, 3)}     # within two rows of a picture
    soft_overlap = near.soft_overlap
    last = n - 1
    out = []
    for i in range(n):
        g: dict[str, float] = {}
        row = rows[i]
        p = g["p1"] = p1[i]
        g["p1_prev"] = p1[i - 1] if i > 0 else 0.0
        g["p1_next"] = p1[i + 1] if i < last else 0.0
        lo, hi = max(0, i - 3), min(n, i + 4)
        p_near = g["p1_near"] = sum(p1[lo:hi]) / (hi - lo)
        g["p1_block"] = block_mean[row.block]
        g[_P1_BINS[bisect_left(_P1_EDGES, p)]] = 1.0
        g[_P1_NEAR_BINS[bisect_left(_P1_EDGES, p_near)]] = 1.0
        if row.block in cut_blocks:
            g["block_cut"] = 1.0
        if dateline_above[i]:
            g["dateline_above"] = 1.0
        if cue_above[i] < n:
            g[_CUE_ABOVE_BINS[bisect_left(_CUE_ABOVE_EDGES, cue_above[i])]] = 1.0
        if notice_above[i] < n:
            g[_NOTICE_ABOVE_BINS[bisect_left(_NOTICE_ABOVE_EDGES, notice_above[i])]] = 1.0
        g["density"] = window[i] / densest if densest > 0 else 0.0
        g[_MASS_BELOW_BINS[bisect_left(_MASS_EDGES, prefix[min(n, i + 21)] - prefix[i + 1])]] = 1.0
        g[_MASS_ABOVE_BINS[bisect_left(_MASS_EDGES, prefix[i] - prefix[max(0, i - 20)])]] = 1.0
        ahead = next_prose[i + 1] - i if i < last else n
        g[_TO_PROSE_BINS[bisect_left(_PROSE_EDGES, ahead)]] = 1.0
        back = i - prev_prose[i - 1] if i > 0 and prev_prose[i - 1] >= 0 else n
        g[_FROM_PROSE_BINS[bisect_left(_PROSE_EDGES, back)]] = 1.0
        if back <= 10 and i < last and ahead <= 10:
            g["between_prose"] = 1.0
        g["soft_overlap"] = soft_overlap[i]
        head = heads[i]
        if head:
            g["head"] = 1.0
            if i in quoted:
                g["head_quoted"] = 1.0    # the page prints it again inside a longer line (a trail, a share text)
        if i in near_image:
            g["near_image"] = 1.0
        h: dict[str, float] = {}
        if i < last:
            nxt = rows[i + 1]
            if heads[i + 1]:
                h["next_head_longer" if nxt.chars > row.chars else "next_head_shorter"] = 1.0
            elif nxt.sentence_end and nxt.chars > row.chars:
                h["next_longer_sentence"] = 1.0
            if nxt.line.text[:1] == "[":
                h["next_bracket"] = 1.0
        if i > 0:
            prv = rows[i - 1]
            if heads[i - 1]:
                h["prev_head_longer" if prv.chars > row.chars else "prev_head_shorter"] = 1.0
                if prv.words <= 4:
                    h["prev_short_head"] = 1.0
            if prv.line.text[:1] == "[":
                h["prev_bracket"] = 1.0
        out.append((g, h))
    return out


_P1_EDGES = (0.1, 0.3, 0.5, 0.7, 0.9)


_CUE_ABOVE_EDGES = (1, 3, 8, 20)


_NOTICE_ABOVE_EDGES = (3, 10, 30)


_MASS_EDGES = (0.5, 2, 5, 10)


_PROSE_EDGES = (1, 2, 3, 5, 10, 20)


_TOPIC_EDGES = (0.0, 0.25, 0.5, 0.75)


_P1_BINS, _P1_NEAR_BINS = bin_keys("p1_bin", _P1_EDGES), bin_keys("p1_near_bin", _P1_EDGES)


_CUE_ABOVE_BINS = bin_keys("end_cue_above", _CUE_ABOVE_EDGES)


_NOTICE_ABOVE_BINS = bin_keys("notice_above", _NOTICE_ABOVE_EDGES)


_MASS_BELOW_BINS, _MASS_ABOVE_BINS = bin_keys("mass_below", _MASS_EDGES), bin_keys("mass_above", _MASS_EDGES)


_TO_PROSE_BINS, _FROM_PROSE_BINS = bin_keys("to_prose", _PROSE_EDGES), bin_keys("from_prose", _PROSE_EDGES)


_TOPIC_BINS = bin_keys("topic_bin", _TOPIC_EDGES)


_RUN_ABOVE_BINS, _RUN_BELOW_BINS, _RUN_INSIDE_BINS = (bin_keys(RUN + side, DIST_EDGES)
                                                      for side in ("above", "below", "in_from_top"))


_HEAD_ORDER = tuple(f"{RUN}head_order={k}" for k in range(5))


TITLE = "tt:"    # the prefix of features read relative to the chosen headline


def with_title(table: Table, feats: list[dict[str, float]], title: int | None) -> list[dict[str, float]]:
    """The features with each line's place relative to the chosen headline added (the credit
    and date lines stand just below a headline, or right after the article)."""
    if title is None:
        return feats
    return [_placed(table, f, i, title) for i, f in enumerate(feats)]


def _placed(table: Table, f: dict[str, float], i: int, title: int) -> dict[str, float]:
    """Row ``i``'s features ``f`` with its place relative to the headline ``title``."""
    return f | placed_extras(table, i, title)


def placed_extras(table: Table, i: int, title: int) -> dict[str, float]:
    """Row ``i``'s place relative to the headline ``title``, as features."""
    return dict.fromkeys(placed_keys(table, i, title), 1.0)


def placed_keys(table: Table, i: int, title: int) -> tuple[str, ...]:
    """The names of ``placed_extras`` (each feature is 1.0), in its order: a few rows' places
    share them, so ``classify.read_page`` weighs each tuple of names once."""
    d = i - title
    if d == 0:
        return _TITLE_IS
    if d > 0:
        below = _TITLE_BELOW_BINS[bisect_left(DIST_EDGES, d)]
        return (below, _TITLE_SAME_BLOCK) if table.rows[i].block == table.rows[title].block else (below,)
    return (_TITLE_ABOVE_BINS[bisect_left(DIST_EDGES, -d)],)


_TITLE_IS, _TITLE_SAME_BLOCK = (TITLE + "is",), TITLE + "same_block"
_TITLE_BELOW_BINS, _TITLE_ABOVE_BINS = bin_keys(TITLE + "below", DIST_EDGES), bin_keys(TITLE + "above", DIST_EDGES)
