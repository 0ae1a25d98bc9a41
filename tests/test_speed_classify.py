"""The shortcuts ``read_page`` takes give what the long way gives, bit for bit: a weight vector
read as ``Weights``, the run-free extras shared by two runs, the rows' weights read once, the
own features rows share and the places beside the headline weighed once. Pages are invented."""
from __future__ import annotations

import pytest

from newsparse import classify, neighbourhood, runs
from newsparse.classify import Weights, linear
from newsparse.features import read_table
from newsparse.lines import scan

WRAPPED = ("Ferry timetable changes from Monday\n\n"
           "By Tom Lind\n12 March 2024\n\n"
           "The harbour office said on Friday that the morning ferry to the islands will leave\n"
           "twenty minutes earlier from next week, because the tide tables for the spring have\n"
           "changed and the quay at the far end cannot be reached at low water after eight.\n\n"
           "Travellers with season tickets need not do anything, the office added, and the\n"
           "evening crossings keep their times until the summer timetable starts in June.\n\n"
           "Share this story\n")
UNWRAPPED = ("Menu\n\nSearch\n\nNew cycle lane opens along the river\n\n"
             "The city opened the first part of the new cycle lane along the river on Saturday, "
             "two years after the plan was agreed and six months later than promised, and said "
             "the rest would follow before the end of the year if the weather holds.\n\n"
             "[photo]\n\nMore news\n")


@pytest.fixture(params=[WRAPPED, UNWRAPPED], ids=["wrapped", "unwrapped"])
def page(request):
    table = read_table(scan(request.param))
    parts = classify.first_parts(table)
    p1 = [classify._sigmoid(s) for s in classify.base_scores(classify.default_model()["stage1"]["body"], parts)]
    return table, parts, p1


def test_weights_weigh_as_the_plain_vector_does_to_the_last_bit(page):
    table, parts, p1 = page
    stage2 = classify.default_model()["stage2"]
    feats = [parts.merged(i) | g for i, g in enumerate(neighbourhood.stage2_extras(table, p1))]
    for vector in stage2.values():
        weights = Weights(vector)
        assert [linear(weights, f) for f in feats] == [linear(vector, f) for f in feats]
    assert Weights({"bias": 0.5})["no such feature"] == 0.0


def test_extras_read_with_shared_run_free_parts_are_the_same_in_the_same_order(page):
    table, parts, p1 = page
    near = neighbourhood.neighbourhood(table, p1)
    around = neighbourhood.run_free_extras(table, p1, near)
    n = len(table.rows)
    for span in ((0, -1), (0, n - 1), (1, n - 2), (n // 2, n // 2)):
        shared = neighbourhood.stage2_extras(table, p1, span, near, around)
        alone = neighbourhood.stage2_extras(table, p1, span)
        assert [list(g.items()) for g in shared] == [list(g.items()) for g in alone]


def test_rows_weighing_one_each_are_not_read_again(page, monkeypatch):
    table, parts, p1 = page
    weights = runs.row_weights(table)
    run = runs.first_run(table, p1)
    monkeypatch.setattr(classify, "row_weights", lambda table: pytest.fail("weights read again"))
    assert runs.first_run(table, p1, weights) == run
    assert runs.article_extent(table, p1, weights) == runs.from_block_start(
        table, runs.article_span(p1, weights))


def test_rows_with_the_same_own_features_are_weighed_once_to_the_same_sum(page):
    """``base_scores`` weighs a row's own features once for all the rows that have the same
    ones in the same order (``FirstParts.firsts``): the sums are those of each row's own."""
    table, parts, p1 = page
    assert all(parts.owns[k] == parts.owns[i] and list(parts.owns[k]) == list(parts.owns[i])
               for i, k in enumerate(parts.firsts))
    model = classify.default_model()
    for vector in [model["stage1"]["body"], *model["stage2"].values()]:
        weights = Weights(vector)
        page_sum, near_w = linear(weights, parts.page), weights["near_prose"]
        each = [linear(weights, parts.owns[i]) + sum(weights[k] for k in classify.context_keys(parts.codes[i]))
                + near_w * parts.nears[i] + page_sum for i in range(len(parts.owns))]
        assert classify.base_scores(weights, parts) == each


def test_a_page_of_repeated_lines_shares_the_own_parts():
    text = "".join(f"  * {item}\n" for item in ("Home", "News", "Sport", "Home", "News", "Sport"))
    parts = classify.first_parts(read_table(scan(text)))
    assert len(set(parts.firsts)) < len(parts.firsts)


def test_a_place_beside_the_headline_weighs_as_its_features_do(page):
    """``read_page`` weighs each tuple of ``placed_keys`` once: the features ``placed_extras``
    gives are those names at 1.0, in that order, so their sum is the same."""
    table, parts, p1 = page
    n = len(table.rows)
    for title in range(n):
        for i in range(n):
            keys = neighbourhood.placed_keys(table, i, title)
            assert list(neighbourhood.placed_extras(table, i, title).items()) == [(k, 1.0) for k in keys]
