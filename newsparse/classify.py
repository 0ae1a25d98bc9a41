"""The line model: what each line of a page is, from the feature table, by fitted weights.

Two stages of logistic regression over the named features of ``features.py``, with weights
in ``data/line_model.json`` (written by ``tools/train_model.py``; nothing here is tuned by
hand):

1. *Body, first reading.* Each line's own features and its neighbours' give the chance that it
   is article text.
2. *Everything.* The best run of lines by that chance, opened at the start of its first
   paragraph (``runs.first_run``), is the page's first estimate of the article; each line then
   also gets its place relative to the run (above, inside, below, how many lines away), the
   share of its words the run holds, and the first chances of the lines around it
   (``neighbourhood.py``). One weight vector per label (body, title, credit, date) gives the
   final chances.

Boilerplate comes in runs: the first chances of the neighbours and the run itself carry that.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path

from .features import Row, Table
from .neighbourhood import neighbourhood, placed_keys, run_free_extras, stage2_extras
from .row_view import context_codes, context_keys, own, prose_like
from .runs import article_extent, first_run, row_weights
from .slotted import frozen, mutable

MODEL_PATH = Path(__file__).with_name("data") / "line_model.json"
LABELS = ("body", "title", "credit", "date")


@lru_cache(maxsize=1)
def default_model() -> dict:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    if x > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    return _sigmoid(linear(weights, feats))


def page_features(rows: list[Row]) -> dict[str, float]:
    """What holds for the whole page: how much of it reads as prose, lists, links."""
    n = len(rows)
    f: dict[str, float] = {}
    f["page_prose"] = sum(1 for r in rows if prose_like(r)) / max(1, n)
    f["page_bullets"] = sum(1 for r in rows if r.line.bullet) / max(1, n)
    f["page_links"] = sum(1 for r in rows if r.link) / max(1, n)
    return f


@mutable
class FirstParts:
    """A page's stage-one features in their parts: each row's own features, its neighbours
    (a code many rows share, ``row_view.context_codes``) and their share of prose, and the
    page's. A row's features are the four merged (``merged``); the model weighs them part by
    part (``base_scores``), so the parts many rows share are weighed once: the neighbours'
    code, and a row's own features when an earlier row has the same ones in the same order
    (``firsts``: a page's menu items, share buttons, teasers' dates; on a saved page about
    half its rows), since the same terms summed in the same order give the same sum."""
    owns: list[dict[str, float]]
    codes: list[tuple[int, int]]
    nears: list[float]
    page: dict[str, float]
    firsts: list[int]           # each row's first row with the same own features

    def merged(self, i: int) -> dict[str, float]:
        f = dict(self.owns[i])
        f.update(dict.fromkeys(context_keys(self.codes[i]), 1.0))
        f["near_prose"] = self.nears[i]
        f.update(self.page)
        return f


def first_parts(table: Table) -> FirstParts:
    rows = table.rows
    n = len(rows)
    codes, nears = context_codes(rows)
    margin = min((r.line.indent for r in rows), default=0)     # the page's left margin
    owns = [own(r, n, margin) for r in rows]
    seen: dict[tuple, int] = {}
    firsts = [seen.setdefault(tuple(f.items()), i) if r.words <= SHARED_WORDS else i
              for i, (r, f) in enumerate(zip(rows, owns))]
    return FirstParts(owns, codes, nears, page_features(rows), firsts)


# a row this short is looked up among the earlier rows for the same own features; a longer one
# (prose: its shares of function words and capitals are its own) is weighed alone
SHARED_WORDS = 12


def stage1_features(table: Table) -> list[dict[str, float]]:
    """Each row's stage-one features: its own, its neighbours', the page's."""
    parts = first_parts(table)
    return [parts.merged(i) for i in range(len(table.rows))]


def base_scores(weights: dict[str, float], parts: FirstParts, ranks: list[int] | None = None) -> list[float]:
    """``linear(weights, f)`` of the stage-one features ``f`` of each row (of ``ranks`` only,
    when given), summed part by part: the neighbours' part once for each code of the page, the
    own part once for each set of own features (``FirstParts.firsts``)."""
    get = weights.get
    page = linear(weights, parts.page)
    near_w = get("near_prose", 0.0)
    owns, codes, nears, firsts = parts.owns, parts.codes, parts.nears, parts.firsts
    by_code: dict[tuple[int, int], float] = {}
    by_first: dict[int, float] = {}
    out = []
    for i in range(len(owns)) if ranks is None else ranks:
        code = codes[i]
        c = by_code.get(code)
        if c is None:
            c = by_code[code] = sum(map(get, context_keys(code), repeat(0.0)))
        first = firsts[i]
        o = by_first.get(first)
        if o is None:
            o = by_first[first] = linear(weights, owns[first])
        out.append(o + c + near_w * nears[i] + page)
    return out


NONE = {"none": 1.0}          # the candidate that stands for "no line of the page is it"


def candidates(table: Table, label: str) -> list[int]:
    """The rows that can be the page's ``label`` line."""
    rows = table.rows
    if label == "title":                  # words, not a picture's placeholder ("[logo]") or a rule
        return [r.rank for r in rows if r.words <= 40 and r.chars <= 300 and not r.placeholder and r.letters >= 2
                and not r.dateline        # a wire dateline opens the body, never the headline
                # nor is a cookie notice or a newsletter's "View it in a browser"; a reading time
                # ("5 min read") stays one: the weights were fitted with it among the candidates
                and not (r.notice and not r.reading_time)]
    if label == "credit":
        return [r.rank for r in rows if r.words <= 25]
    if label == "date":
        return [r.rank for r in rows if r.date_value]
    raise ValueError(label)


class Weights(dict):
    """A weight vector that reads 0.0 for a feature it holds no weight for, as ``get(key,
    0.0)`` does: ``linear`` looks its weights up with a one-argument ``map``, which builds no
    tuple of arguments for each feature as ``map(weights.get, feats, repeat(0.0))`` does (a
    row's own features weigh in 15% faster). A feature it lacks is kept at 0.0 the first time
    it is asked for, so a page asks the slow way once for each. ``read_page`` reads the model's
    weight vectors as copies of this kind."""
    __slots__ = ()

    def __missing__(self, key: str) -> float:
        self[key] = 0.0
        return 0.0


def linear(weights: dict[str, float], feats: dict[str, float]) -> float:
    """The weighted sum of ``feats``, term by term in the features' order (a feature without a
    weight adds nothing): the loop runs in C, not in a generator. (The two lookups give each
    term the same weight, so the same sum.)"""
    if type(weights) is Weights:
        return sum(map(mul, map(weights.__getitem__, feats), feats.values()))
    return sum(map(mul, map(weights.get, feats, repeat(0.0)), feats.values()))


def choose(weights: dict[str, float], feats: list[dict[str, float]], ranks: list[int],
           with_none: bool) -> list[tuple[int | None, float]]:
    """The candidates ranked by the model's chance that each is the one (None: no line is)."""
    return ranked([(r, linear(weights, feats[r])) for r in ranks], weights, with_none)


def ranked(scored: list[tuple[int, float]], weights: dict[str, float],
           with_none: bool) -> list[tuple[int | None, float]]:
    """``choose`` for candidates already weighed (``(rank, linear score)``)."""
    if with_none:
        scored.append((None, linear(weights, NONE)))
    if not scored:
        return []
    top = max(s for _, s in scored)
    exp = [(r, math.exp(s - top)) for r, s in scored]
    z = sum(e for _, e in exp)
    return sorted(((r, e / z) for r, e in exp), key=lambda x: -x[1])


@frozen
class Reading:
    """What the line model says of a page. Ranks index ``table.rows``.

    ``body`` holds each row's chance of being article text; ``titles``, ``credits`` and
    ``dates`` rank the candidates for the headline, the credit line and the date line by the
    model's chance that each is the one (``None``: no line of the page is). ``span`` is the
    article's first and last rank by those body chances (``article_extent``; (0, -1): none)."""
    body: tuple[float, ...]
    titles: tuple[tuple[int | None, float], ...]
    credits: tuple[tuple[int | None, float], ...]
    dates: tuple[tuple[int | None, float], ...]
    span: tuple[int, int]


def read_page(table: Table, model: dict | None = None) -> Reading:
    """Run the model over a page's feature table. (It weighs the features as ``stage1_features``
    and ``stage2_features`` give them, part by part: a row's first-stage part once for each
    weight vector, the second stage's additions and the places beside the headline after.)"""
    model = model or default_model()
    if not table.rows:
        return Reading((), (), (), (), (0, -1))
    parts = first_parts(table)
    p1 = [_sigmoid(s) for s in base_scores(Weights(model["stage1"]["body"]), parts)]
    near = neighbourhood(table, p1)
    weights = row_weights(table)
    run = first_run(table, p1, weights)
    around = run_free_extras(table, p1, near)
    extras = stage2_extras(table, p1, run, near, around)
    w = {label: Weights(vector) for label, vector in model["stage2"].items()}
    body = [_sigmoid(b + linear(w["body"], e)) for b, e in zip(base_scores(w["body"], parts), extras)]
    # the choices read each line's place relative to the article the body chances give (often
    # the same run: then the features are the same too)
    span = article_extent(table, body, weights)
    if span != run:
        extras = stage2_extras(table, p1, span, near, around)

    def weigh(label: str, ranks: list[int], title: int | None = None) -> list[tuple[int, float]]:
        wl = w[label]
        base = base_scores(wl, parts, ranks)
        if title is None:
            return [(r, b + linear(wl, extras[r])) for r, b in zip(ranks, base)]
        placed: dict[tuple[str, ...], float] = {}     # linear(wl, placed_extras(...)) by its names
        out = []
        for r, b in zip(ranks, base):
            keys = placed_keys(table, r, title)
            p = placed.get(keys)
            if p is None:
                p = placed[keys] = linear(wl, dict.fromkeys(keys, 1.0))
            out.append((r, b + linear(wl, extras[r]) + p))
        return out

    titles = ranked(weigh("title", candidates(table, "title")), w["title"], True)
    title = titles[0][0] if titles else None
    return Reading(
        body=tuple(body),
        titles=tuple(titles),
        credits=tuple(ranked(weigh("credit", candidates(table, "credit"), title), w["credit"], True)),
        dates=tuple(ranked(weigh("date", candidates(table, "date"), title), w["date"], True)),
        span=span,
    )


