"""Fit the line model on the development corpus and write its weights.

    pip install -e ".[train]"
    python tools/train_model.py ../shared/corpus              # cross-validate by site, fit, write
    python tools/train_model.py ../shared/corpus --cv both    # also leave out each sub-corpus
    python tools/train_model.py ../shared/corpus --cv-only    # only the cross-validation table
    python tools/train_model.py ../shared/corpus --cv none --check   # are the shipped weights current?

The run is deterministic: the same corpus and code give the same weights, written sorted to
``newsparse/data/line_model.json``. Every fit is run to the optimum of its penalised
likelihood (Newton's steps with the exact Hessian), so the weights do not depend on where a
solver of a given release stops: scipy 1.13, 1.14, 1.15 and 1.17 (numpy 1.26 to 2.4) write the
same file.

The corpus (see its README) holds saved pages and wire stories, each ``NAME.txt`` with a gold
``NAME.gold.json``. Every page is read the way newsparse reads it (decode, lines, feature
table); the labels of its lines are derived from the gold, automatically:

- **title**: the line (or two or three consecutive lines of one block, a wrapped headline)
  whose text, cleaned as the title reader cleans it (a list mark, a second column, a site
  name after the headline, a kicker run into it left out), whitespace collapsed and case
  ignored, is the gold title. When the page prints it several times, the copy nearest above
  the body is the title and the others are left out of the fit (neither title nor
  not-title); a line that holds the title with more around it is left out too. A page whose
  headline is printed on no line is left out of the headline's fit.
- **body**: with a full gold body, a line whose word trigrams are mostly in the gold body is
  body, one with almost none is not; a line of fewer than three words counts as body when its
  words stand in the gold body and a neighbour is body; a wire dateline alone on its line is
  body (the body opens with it). With only snippets of the body (pages whose gold lists text
  that must and must not be in the body), the lines that hold a snippet are labelled and the
  rest are left out.
- **credit**: the line of at most 25 words, not body, that holds a gold author's name,
  nearest the headline (others holding the name, a bio or a comment, are left out); on pages
  whose annotators recorded no author, no line is the credit line.
- **date**: among the lines holding a date, those whose date falls on the gold day; when
  none does, no line is the date line.

Short texts made from the pages join the fit (``shortened``): a page's headline over its
first body lines, bare or with the few lines of furniture around them, and a paragraph
alone. They teach what an article pasted on its own looks like.

The model (``newsparse/classify.py``) has two stages over the named features of
``newsparse/features.py``. Stage one is logistic regression for "this line is body" from the
line and its neighbours. Stage two adds each line's neighbourhood in stage-one chances and its
place relative to the article, and fits logistic regression for the body again, and a
conditional logit for each choice (the headline, the credit line, the date line): per page,
one candidate, or none, is the one. Stage-two features are fitted on stage-one chances
predicted out of fold, as they are at run time on unseen pages.

Cross-validation fits on all but one part and runs the whole pipeline on the part left out,
scored by the corpus's own scorer (``eval/score.py`` beside the corpus): one group of sites
at a time (five groups; a site is never split), and with ``--cv corpus`` one sub-corpus at a
time. This is the honest estimate of what a user sees on pages nobody tuned for.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import math
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsparse import classify, neighbourhood, runs  # noqa: E402
from newsparse.decode import decode_bytes  # noqa: E402
from newsparse.extract.title import clean_title, title_text, without_kicker  # noqa: E402
from newsparse.registry import default_registry  # noqa: E402
from newsparse.features import read_table  # noqa: E402
from newsparse.lines import scan  # noqa: E402

# the single-article sub-corpora (archive exports are read by their layouts, not by the model)
CORPORA = ("web_trafilatura", "trafilatura_eval_extra", "readability", "article_extraction_benchmark",
           "web_newspaper4k", "goose3", "web_htmldate", "htmldate_mediacloud_extra", "bbc_fulltext",
           "reuters21578")
# inverse L2 strengths of the choices. The date line is held tighter: most of its features
# say little about dates, and at 1.0 it fitted pages it then missed on sites left out
# (site cross-validation, published: trafilatura_eval_extra 0.860 -> 0.877, web_trafilatura
# 0.900 -> 0.917 at 0.3; 0.1 gave the same)
CHOICE_C = {"title": 1.0, "credit": 1.0, "date": 0.3}
# the same for the body, in both stages. Fitted to the optimum, 3.0 and 2.5 lowered
# trafilatura_eval_extra's title under its floor (0.763) and 1.0 kept every floor; site
# cross-validation at 1.0 and 2.5 differs by a page or two per field
STAGE1_C = 1.0
BODY_C = 1.0
# Every fit runs to the optimum of its penalised likelihood, which is unique, and not to where a
# solver stops: stopped at the solvers' default tolerances, the weights differed between
# releases of scipy by up to 0.24. Run to this gradient, scipy 1.13 to 1.17 give the same weights
FIT_TOLERANCE = 1e-9
FIT_ITERATIONS = 20000
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u201c": '"',
                        "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").replace("\u00ad", "").translate(QUOTES)
    return " ".join(s.split()).casefold()


def tokens(s: str) -> list[str]:
    s = norm(s)
    if _CJK.search(s):
        return [c for c in s if c.isalnum()]
    return re.findall(r"\w+", s)


@dataclass
class Page:
    corpus: str
    name: str
    site: str
    gold: dict
    table: object
    labels: dict[str, dict[int, int]] = field(default_factory=dict)   # label -> row rank -> 0/1
    first: list | None = None        # stage-one features, computed once
    text: str = ""


def load(corpus_dir: Path, only: set[str] | None = None) -> list[Page]:
    pages = []
    for sub in CORPORA:
        if only and sub not in only:
            continue
        for txt in sorted((corpus_dir / sub).glob("*.txt")):
            gold = json.loads(txt.with_name(txt.stem + ".gold.json").read_text(encoding="utf-8"))
            text = decode_bytes(txt.read_bytes())
            table = read_table(scan(text))
            site = gold.get("domain") or (gold.get("url") or "").split("/")[2:3] or [txt.stem.split("-")[1]]
            site = site if isinstance(site, str) else site[0]
            page = Page(sub, txt.stem, re.sub(r"^www\.", "", site), gold, table, text=text)
            derive(page)
            pages.append(page)
    return pages


def shortened(pages: list[Page]) -> list[Page]:
    """Short texts made from the pages: each page's headline over its first one or three body
    lines, alone, and again between the few lines of page furniture that stand around them on
    the page (a menu above, links below). Pages saved from the web hold their article among
    much else; these teach the model what a short article looks like, bare (a headline and a
    paragraph, as a user pastes them) or with a little furniture left around it. Labels carry
    over from the page's."""
    out = []
    for p in pages:
        title = sorted(k for k, v in p.labels.get("title", {}).items() if v == 1)
        labels = p.labels.get("body", {})
        body = sorted(k for k, v in labels.items() if v == 1)
        if not title or not body or p.corpus.startswith("short:"):
            continue
        rows = p.table.rows
        above = [k for k in range(max(0, title[0] - 4), title[0]) if labels.get(k) == 0][-3:]
        below = [k for k in range(body[-1] + 1, min(len(rows), body[-1] + 6)) if labels.get(k) == 0][:3]
        for n, chrome in ((0, False), (1, False), (3, False), (3, True)):
            parts = [(k, "title") for k in title] + [(k, "body") for k in body[:n]]
            if n == 0:                        # prose alone, a paragraph a line: no line of it is a headline
                if not rows[body[0]].sentence_end:
                    continue
                parts = [(k, "body") for k in body[:3]]
            if chrome:
                parts = [(k, "") for k in above] + parts + [(k, "") for k in below]
            text = "\n".join(rows[k].line.text for k, _ in parts) + "\n"
            table = read_table(scan(text))
            if len(table.rows) != len(parts):
                continue                      # a line that reads differently alone
            page = Page("short:" + p.corpus, f"{p.name}~{n}{'c' if chrome else ''}", p.site, {}, table, text=text)
            page.labels["title"] = {r.rank: int(kind == "title") for r, (_, kind) in zip(table.rows, parts)}
            page.labels["body"] = {r.rank: int(kind == "body") for r, (_, kind) in zip(table.rows, parts)}
            out.append(page)
    return out


# --- labels from the gold -------------------------------------------------------------------

def derive(page: Page) -> None:
    rows = page.table.rows
    g = page.gold
    body = _body_labels(rows, g)
    page.labels["body"] = body
    if g.get("title"):
        page.labels["title"] = _title_labels(rows, g, body)
    names = _gold_names(g)
    if names is not None:
        title = min((k for k, v in page.labels.get("title", {}).items() if v == 1), default=None)
        page.labels["credit"] = _credit_labels(rows, names, body, title)
    day = g.get("date")
    if isinstance(day, str) and re.match(r"\d{4}-\d{2}-\d{2}", day):
        page.labels["date"] = {r.rank: int(any(d.value is not None and d.value.day.isoformat() == day[:10]
                                               for d in r.dates))
                               for r in rows if r.date_value}


def _body_labels(rows, g) -> dict[int, int]:
    out: dict[int, int] = {}
    if g.get("body"):
        gold = tokens(g["body"])
        grams = {tuple(gold[k:k + 3]) for k in range(len(gold) - 2)}
        joined = " " + " ".join(gold) + " "
        short = []
        for r in rows:
            text = r.line.raw[r.dateline:] if r.dateline else r.line.text
            t = tokens(text)
            if r.dateline and not t:
                out[r.rank] = 1           # a dateline alone: the body opens with it
                continue
            if len(t) >= 3:
                share = sum(1 for k in range(len(t) - 2) if tuple(t[k:k + 3]) in grams) / (len(t) - 2)
                if share >= 0.5:
                    out[r.rank] = 1
                elif share <= 0.15:
                    out[r.rank] = 0
            elif t:
                if (" " + " ".join(t) + " ") in joined:
                    short.append(r.rank)
                else:
                    out[r.rank] = 0
            else:
                out[r.rank] = 0
        for k in short:
            if out.get(k - 1) == 1 or out.get(k + 1) == 1:
                out[k] = 1
        return out
    must = g.get("body_must_contain") or []
    must_not = g.get("body_must_not_contain") or []
    if not must and not must_not:
        return out
    # the page's text as one normalised string, with each character's row
    text, owner = [], []
    for r in rows:
        t = norm(r.line.text)
        text.append(t + " ")
        owner += [r.rank] * (len(t) + 1)
    flat = "".join(text)
    for snippets, value in ((must_not, 0), (must, 1)):
        for s in snippets:
            s = norm(s)
            if not s:
                continue
            at = flat.find(s)
            while at >= 0:
                for k in set(owner[at:at + len(s)]):
                    out[k] = value
                at = flat.find(s, at + 1)
    return out


def _title_labels(rows, g, body) -> dict[int, int]:
    alts = {norm(g["title"])}
    if g.get("headline_line"):
        alts.add(norm(g["headline_line"]))
    cjk = any(_CJK.search(a) for a in alts)
    if cjk:
        alts = {a.replace(" ", "") for a in alts}
    registry = default_registry()
    lines = [r.line for r in rows]
    texts = [norm(clean_title(without_kicker(title_text([r.line])[0], lines), registry)) for r in rows]
    if cjk:
        texts = [t.replace(" ", "") for t in texts]
    hits: list[tuple[int, int]] = []     # (first rank, last rank)
    for i in range(len(rows)):
        joined = texts[i]
        for j in range(i, min(i + 3, len(rows))):
            if j > i:
                if rows[j].block != rows[i].block:
                    break
                joined += ("" if cjk else " ") + texts[j]
            if joined in alts:
                hits.append((i, j))
                break
            if not any(a.startswith(joined) for a in alts):
                break
    out = {r.rank: 0 for r in rows}
    for i, t in enumerate(texts):
        if any(a in t for a in alts):
            out.pop(i, None)              # holds the title with more around it: left out
    if not hits:
        return out
    start = min((k for k, v in body.items() if v == 1), default=None)

    def distance(hit):
        a, _ = hit
        if start is None:
            return (0, a)
        return (0, start - a) if a <= start else (1, a - start)

    best = min(hits, key=distance)
    for a, b in hits:
        for k in range(a, b + 1):
            out.pop(k, None)
    for k in range(best[0], best[1] + 1):
        out[k] = 1
    return out


def _gold_names(g) -> list[list[str]] | None:
    if g.get("authors"):
        names = [n for n in g["authors"] if isinstance(n, str)]
    elif g.get("authors_raw"):
        names = [p for p in re.split(r"\s*(?:,|;| and | und | et | y )\s*", g["authors_raw"]) if p]
    elif g.get("authors_annotated_empty"):
        return []
    else:
        return None
    out = []
    for n in names:
        t = tokens(n)
        if t:
            out.append(t)
    return out


def _credit_labels(rows, names, body, title) -> dict[int, int]:
    """Short lines holding a gold name; of those, the one nearest the headline (below it
    first) is the credit line and the others are left out (a bio, a comment, a teaser by the
    same author)."""
    out = {}
    hits = []
    for r in rows:
        if r.words > 25 or body.get(r.rank) == 1:
            continue
        t = " " + " ".join(tokens(r.line.text)) + " "
        hit = any((" " + " ".join(n) + " ") in t for n in names)
        out[r.rank] = int(hit)
        if hit:
            hits.append(r.rank)
    if len(hits) > 1:
        anchor = title if title is not None else min((k for k, v in body.items() if v == 1), default=0)
        best = min(hits, key=lambda k: (k < anchor, abs(k - anchor)))
        for k in hits:
            if k != best:
                del out[k]
    return out


# --- fitting ---------------------------------------------------------------------------------

def fit(X: list[dict], y: list[int], c: float = 1.0, weights: list[float] | None = None) -> dict[str, float]:
    """Logistic regression over named features: the weights by name (the intercept is "bias").
    It minimises the weighted log-loss plus an L2 penalty of 1 / (2c) (scikit-learn's
    objective) by Newton's steps from zero to the optimum."""
    import numpy as np
    from scipy.sparse import diags
    from scipy.special import expit
    if len(set(y)) < 2:
        return {"bias": 10.0 if y and y[0] else -10.0}
    A, names = _matrix(X)
    t = np.array(y, dtype=float)
    sw = np.ones(len(y)) if weights is None else np.array(weights, dtype=float)

    def objective(w):
        s = A @ w
        loss = float(sw @ (np.logaddexp(0.0, s) - t * s)) + float(w @ w) / (2 * c)
        return loss, A.T @ (sw * (expit(s) - t)) + w / c

    def hessian(w):
        p = expit(A @ w)
        return (A.T @ diags(sw * p * (1 - p)) @ A).toarray() + np.eye(len(w)) / c

    w = _newton(objective, hessian, np.zeros(len(names)))
    return {name: round(float(w[i]), 5) for name, i in names.items() if abs(w[i]) > 1e-6}


def _matrix(X: list[dict], names: dict[str, int] | None = None):
    import numpy as np
    from scipy.sparse import csr_matrix
    names = {} if names is None else names
    data, cols, ptr = [], [], [0]
    for row in X:
        for k, v in row.items():
            if v:
                cols.append(names.setdefault(k, len(names)))
                data.append(v)
        ptr.append(len(cols))
    return csr_matrix((np.array(data, dtype=float), np.array(cols, dtype=np.int64), np.array(ptr)),
                      shape=(len(X), len(names))), names


def fit_choice(groups: list[tuple[list[dict], list[int]]], c: float = 1.0) -> dict[str, float]:
    """A conditional logit: per page, one choice among its candidates (the gold ones, summed,
    against all), with a weight vector shared by every page, and an L2 penalty of 1 / (2c).
    Fitted by L-BFGS, then by Newton's steps with the exact Hessian until the gradient is under
    ``FIT_TOLERANCE``: wherever L-BFGS stops, the weights are then those of the optimum."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix, diags
    X, starts, gold = [], [], []
    for cands, golds in groups:
        if not cands or not golds:
            continue
        starts.append(len(X))
        gold += [len(X) + g for g in golds]
        X += cands
    A, names = _matrix(X)
    starts_a = np.array(starts)
    ends = np.append(starts_a[1:], len(X))
    is_gold = np.zeros(len(X))
    is_gold[gold] = 1.0
    group_of = np.repeat(np.arange(len(starts)), ends - starts_a)
    in_group = csr_matrix((np.ones(len(X)), (group_of, np.arange(len(X)))), shape=(len(starts), len(X)))
    lam = 1.0 / (2 * c)

    def chances(w):
        """The loss, and each candidate's chance among all its page's and among the gold ones."""
        s = A @ w
        m = np.maximum.reduceat(s, starts_a)
        e = np.exp(s - m[group_of])
        z = np.add.reduceat(e, starts_a)
        zg = np.add.reduceat(e * is_gold, starts_a)
        loss = float(np.sum(np.log(z) - np.log(zg))) + lam * float(w @ w)
        return loss, e / z[group_of], e * is_gold / zg[group_of]

    def objective(w):
        loss, p, q = chances(w)
        return loss, A.T @ (p - q) + 2 * lam * w

    def hessian(w):
        # per page, the covariance of the features under the chances over all candidates,
        # less that under the chances over the gold ones
        _, p, q = chances(w)
        P, Q = in_group @ diags(p) @ A, in_group @ diags(q) @ A
        h = (A.T @ diags(p - q) @ A).toarray() - (P.T @ P).toarray() + (Q.T @ Q).toarray()
        return h + 2 * lam * np.eye(len(w))

    res = minimize(objective, np.zeros(len(names)), jac=True, method="L-BFGS-B",
                   options={"maxiter": FIT_ITERATIONS, "gtol": FIT_TOLERANCE, "ftol": 0.0})
    w = _newton(objective, hessian, res.x)
    return {name: round(float(w[i]), 5) for name, i in names.items() if abs(w[i]) > 1e-6}


def _newton(objective, hessian, w, steps: int = 50):
    """Newton's method with a backtracking line search from ``w``, to a gradient under
    ``FIT_TOLERANCE``; where the Hessian is singular it stops."""
    import numpy as np
    for _ in range(steps):
        loss, grad = objective(w)
        if np.max(np.abs(grad)) < FIT_TOLERANCE:
            break
        try:
            step = np.linalg.solve(hessian(w), -grad)
        except np.linalg.LinAlgError:
            break
        t, slope = 1.0, float(grad @ step)
        while t > 1e-6 and objective(w + t * step)[0] > loss + 1e-4 * t * slope + 1e-12 * abs(loss):
            t /= 2
        w = w + t * step
    return w


def first_features(page: Page) -> list[dict]:
    if page.first is None:
        page.first = classify.stage1_features(page.table)
    return page.first


def stage1_data(pages):
    X, y = [], []
    for p in pages:
        feats = first_features(p)
        for rank, v in p.labels.get("body", {}).items():
            X.append(feats[rank])
            y.append(v)
    return X, y


def second_features(page: Page, w1: dict) -> list[dict]:
    first = first_features(page)
    p1 = [classify.score(w1, f) for f in first]
    return neighbourhood.stage2_features(page.table, first, p1)


def stage2_data(pages, feats_by_page, label):
    X, y, w = [], [], []
    for p in pages:
        labs = p.labels.get(label)
        if not labs:
            continue
        feats = feats_by_page[p.name]
        for rank, v in labs.items():
            X.append({k: x for k, x in feats[rank].items() if not k.startswith(neighbourhood.RUN)})
            y.append(v)
            # every page weighs about the same in the fit, whatever its number of lines
            w.append(50.0 / len(labs) if label != "body" else 1.0)
    return X, y, w


def folds_of(pages, k: int = 5):
    """Groups of pages to leave out: the web sites split into ``k`` groups."""
    sites = sorted({p.site for p in pages})
    group = {s: i % k for i, s in enumerate(sites)}
    return [group[p.site] for p in pages]


def fit_all(pages, k: int = 3) -> dict:
    """Both stages. The second is fitted on first-stage chances predicted out of fold. The
    pages' shortened copies (``shortened``) join the fit."""
    pages = list(pages) + shortened(pages)
    groups = folds_of(pages, k)
    second: dict[str, list[dict]] = {}
    for g in range(k):
        w1 = fit(*stage1_data([p for p, gg in zip(pages, groups) if gg != g]), c=STAGE1_C)
        for p, gg in zip(pages, groups):
            if gg == g:
                second[p.name] = second_features(p, w1)
    model = {"stage1": {"body": fit(*stage1_data(pages), c=STAGE1_C)}, "stage2": {}}
    X, y, w = stage2_data(pages, second, "body")
    model["stage2"]["body"] = fit(X, y, c=BODY_C, weights=w)
    for p in pages:                       # the choices read places relative to the article's span
        second[p.name] = spanned(p, second[p.name], model)
    model["stage2"]["title"] = fit_choice([choice_group(p, second[p.name], "title") for p in pages],
                                          c=CHOICE_C["title"])
    for p in pages:                       # the credit and date lines are read beside the chosen headline
        second[p.name] = with_title(p, second[p.name], model)
    for label in ("credit", "date"):
        model["stage2"][label] = fit_choice([choice_group(p, second[p.name], label) for p in pages],
                                            c=CHOICE_C[label])
    return model


def spanned(page: Page, feats: list[dict], model: dict) -> list[dict]:
    """Second-stage features with the run read from the body chances of ``model``."""
    body = [classify.score(model["stage2"]["body"], f) for f in feats]
    p1 = [f["p1"] for f in feats]
    span = runs.article_extent(page.table, body)
    return neighbourhood.stage2_features(page.table, first_features(page), p1, span)


def with_title(page: Page, feats: list[dict], model: dict) -> list[dict]:
    titles = classify.choose(model["stage2"]["title"], feats, classify.candidates(page.table, "title"), False)
    return neighbourhood.with_title(page.table, feats, titles[0][0] if titles else None)


def choice_group(page: Page, feats: list[dict], label: str) -> tuple[list[dict], list[int]]:
    """A page's candidates for ``label`` and which of them are the gold ones ([] to skip)."""
    labs = page.labels.get(label)
    if labs is None:
        return [], []
    ranks = [r for r in classify.candidates(page.table, label) if r in labs]
    cands = [feats[r] for r in ranks]
    golds = [i for i, r in enumerate(ranks) if labs[r] == 1]
    cands.append(classify.NONE)
    if not golds:
        if label == "title" and not page.corpus.startswith("short:"):
            return [], []                 # the headline is not printed as a line: left out
        if label == "credit" and any(labs.values()):
            return [], []             # the credit line is not a candidate (too long)
        golds = [len(cands) - 1]
    return cands, golds


# --- evaluation ------------------------------------------------------------------------------

def end_to_end(model: dict, pages, scorer) -> dict[str, dict[str, list[float]]]:
    """Parse ``pages`` with ``model`` through the whole pipeline and score them with the
    corpus's own scorer: per sub-corpus and field, the per-page scores."""
    from newsparse import ParseOptions, parse, to_dict
    saved = classify.default_model
    classify.default_model = lambda: model
    try:
        out: dict = collections.defaultdict(lambda: collections.defaultdict(list))
        for p in pages:
            opts = scorer.CORPUS_OPTIONS.get(p.corpus, [])
            options = ParseOptions(reference_date=date.fromisoformat(opts[1])) if opts else ParseOptions()
            rec = to_dict(parse(p.text, options, path=p.name))
            scorer.score_article(p.corpus, p.gold, rec, out[p.corpus])
    finally:
        classify.default_model = saved
    return out


def scorer_table(results: dict) -> str:
    fields = sorted({f for r in results.values() for f in r})
    lines = ["left out".ljust(30) + "".join(f"{f:>15}" for f in fields)]
    for corpus, res in sorted(results.items()):
        lines.append(corpus.ljust(30) + "".join(
            f"{sum(res[f]) / len(res[f]):>9.3f} ({len(res[f]):>3})" if res.get(f) else " " * 15 for f in fields))
    return "\n".join(lines)


def cross_validate(pages, scorer, by: str, k: int = 5) -> str:
    """The scorer's table on parts left out of the fit: each of ``k`` groups of sites in turn
    (``by="site"``), or each sub-corpus in turn (``by="corpus"``)."""
    if by == "site":
        groups = folds_of(pages, k)
    else:
        names = sorted({p.corpus for p in pages})
        groups = [names.index(p.corpus) for p in pages]
    merged: dict = collections.defaultdict(lambda: collections.defaultdict(list))
    for g in sorted(set(groups)):
        train = [p for p, gg in zip(pages, groups) if gg != g]
        test = [p for p, gg in zip(pages, groups) if gg == g]
        model = fit_all(train)
        for corpus, res in end_to_end(model, test, scorer).items():
            for field_, values in res.items():
                merged[corpus][field_] += values
        print(f"  left out part {g + 1} of {len(set(groups))}", file=sys.stderr)
    return scorer_table(merged)


def load_scorer(corpus_dir: Path):
    """The corpus's own scorer (``eval/score.py`` beside the corpus), or None."""
    path = corpus_dir.resolve().parent / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("corpus_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECK_TOLERANCE = 1e-3     # rounding and numeric libraries move a weight by less; a change of the data more


def weight_drift(a: dict, b: dict) -> float:
    """The largest difference between two models' weights, a weight missing on one side
    counting as 0; infinite when they hold other stages or labels."""
    if {s: set(a[s]) for s in ("stage1", "stage2")} != {s: set(b[s]) for s in ("stage1", "stage2")}:
        return math.inf
    return max((abs(wa.get(k, 0.0) - wb.get(k, 0.0))
                for s in ("stage1", "stage2") for label in a[s]
                for wa, wb in [(a[s][label], b[s][label])] for k in wa.keys() | wb.keys()), default=0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="the development corpus (../shared/corpus)")
    ap.add_argument("--cv", choices=("site", "corpus", "both", "none"), default="site",
                    help="cross-validate by groups of sites (default), by sub-corpus, both, or not at all")
    ap.add_argument("--cv-only", action="store_true", help="cross-validate, and write no model")
    ap.add_argument("--only", help="comma-separated sub-corpora to read (default: all single-article ones)")
    ap.add_argument("--out", type=Path, default=ROOT / "newsparse" / "data" / "line_model.json")
    ap.add_argument("--check", action="store_true",
                    help="fit, and compare with the weights in --out instead of writing them: exit 1 when "
                         "they drift (a change to how lines are read needs a refit)")
    a = ap.parse_args()
    pages = load(a.corpus, set(a.only.split(",")) if a.only else None)
    print(f"{len(pages)} pages, {sum(len(p.table.rows) for p in pages)} lines", file=sys.stderr)
    if a.cv != "none":
        scorer = load_scorer(a.corpus)
        if scorer is None:
            print("no eval/score.py beside the corpus: no cross-validation", file=sys.stderr)
        for by in (("site", "corpus") if a.cv == "both" else (a.cv,)):
            if scorer is None:
                break
            what = "one group of sites" if by == "site" else "one sub-corpus"
            print(f"Left out {what} at a time (scores on the part left out):")
            print(cross_validate(pages, scorer, by))
            print()
    if a.cv_only:
        return 0
    model = fit_all(pages)
    model["about"] = {"pages": len(pages), "corpora": sorted({p.corpus for p in pages}),
                      "command": "python tools/train_model.py ../shared/corpus"}
    if a.check:
        shipped = json.loads(a.out.read_text(encoding="utf-8"))
        drift = weight_drift(shipped, model)
        print(f"largest difference from the weights in {a.out}: {drift:.5f} (allowed {CHECK_TOLERANCE})")
        return 0 if drift <= CHECK_TOLERANCE else 1
    a.out.write_text(json.dumps(model, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
