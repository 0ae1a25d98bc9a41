"""Invariants that hold for any input: lossless segmentation, structure, and totality."""
from __future__ import annotations

import json
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import InputError, ParseOptions, parse, parse_many, rebuild, split_input, to_dict, to_json
from newsparse.classify import read_page
from newsparse.features import read_table
from newsparse.lines import scan
from newsparse.model import Record, SegmentKind
from newsparse.segment import segment

ORDER = [SegmentKind.HEADER, SegmentKind.BYLINE, SegmentKind.BODY, SegmentKind.FOOTER]


def segments_of(text: str):
    table = read_table(scan(text))
    return segment(table.doc, table, read_page(table), Record(text, 0, "single")).segments


def check_segments(text: str) -> None:
    segs = segments_of(text)
    assert "".join(s.text(text) for s in segs) == text
    assert all(a.end == b.start for a, b in zip(segs, segs[1:]))
    if text:
        assert segs[0].start == 0 and segs[-1].end == len(text)
    kinds = [s.kind for s in segs]
    assert kinds == sorted(kinds, key=ORDER.index), kinds      # header, byline, body, footer in order
    assert len(kinds) == len(set(kinds))                         # each at most once


line_text = st.one_of(
    st.text(min_size=0, max_size=120),
    st.sampled_from(["By Jane Doe and John Roe", "Published: 2024-05-17 10:42", "Source: Xinhua",
                     "  • Home", "Share this", "Editor: Li Hua", "© 2024 Example News", "",
                     "BEIJING, May 17 (Xinhua) -- The city opened a new park on Friday.",
                     "The council said the new rules would take effect next month after a review.",
                     "来源：新华社", "责任编辑：李华", "Home >> World", "   ", "\ufeff",
                     "Published: May 17, 2024", "Updated: May 17, 2024 10:42", "Updated: 2024-05-16",
                     "Updated 5:17 PM EST, Tue November 7, 2023", "1 of 3 DOCUMENTS", "=" * 40,
                     "\x0c", "____________________________________________________________"]),
)
article_text = st.builds(
    lambda lines, endings: "".join(l + e for l, e in zip(lines, endings)),
    st.lists(line_text, min_size=0, max_size=40),
    st.lists(st.sampled_from(["\n", "\r\n", "\r", "\n\n"]), min_size=40, max_size=40),
)


@given(st.text())
def test_guarantee_lossless_segmentation_for_any_string(text):
    check_segments(text)


@settings(max_examples=200)
@given(article_text)
def test_guarantee_lossless_segmentation_for_article_shaped_text(text):
    check_segments(text)


@given(st.one_of(st.text(), article_text))
@example("AA")                      # an avatar's initials with no line after them
def test_guarantee_no_crash_parse_never_raises_for_any_string(text):
    try:
        article = parse(text)
    except InputError:
        assert not text.strip(" \t\r\n\f\v\ufeff")
        return
    assert json.loads(to_json(article)) == to_dict(article)
    spans = article.segments
    assert "".join(text[s.start:s.end] for s in spans) == text


caption_text = st.lists(st.sampled_from(["foto", "Photos", "bild", "credit", ":", "/", " ", "  ", "\t",
                                         "x", "©", "(c)", "getty images", "afp", "reuters", "é", "_"]),
                        max_size=12).map("".join)


def caption_reference(lower: str) -> bool:
    """is_caption without its shortcut: the caption words are looked for on every line."""
    from newsparse.rules.cues import _CREDIT_SLASH, PICTURE_AGENCIES, caption_word
    return ("©" in lower or "(c)" in lower or any(a in lower for a in PICTURE_AGENCIES)
            or caption_word(lower) or bool(_CREDIT_SLASH.search(lower)))


@given(st.one_of(st.text(), caption_text))
def test_the_caption_shortcut_changes_no_answer(text):
    from newsparse.rules.cues import is_caption
    lower = text.lower()
    assert is_caption(lower) == caption_reference(lower)


# --- any options, any layout (issue 13) ---------------------------------------------------------

archive_line = st.one_of(line_text, st.sampled_from([
    "End of Document", "2 of 3 DOCUMENTS", "LENGTH: 25 words", "BYLINE: Jane Roe", "BODY:", "Body",
    "LOAD-DATE: May 18, 2024", "Copyright 2024 Coastal Newspapers Group Ltd.", " HD  Quay reopens",
    " AN  Document HRBCR00020240502ek5200001", "Full text: The quay reopened.", "Publication title: Courier",
    "Published: 3 days ago", "vor 3 Tagen", "yesterday 10:42 PM EST", "By Jane Roe" + " " * 300,
    "1. Headline one", "The Courier, 12 May 2024, p. 3, 60 words", "\t" * 200 + "x", "(((((((((("]))
archive_text = st.builds(lambda lines, eol: eol.join(lines), st.lists(archive_line, max_size=40),
                         st.sampled_from(["\n", "\r\n", "\n\n"]))
options = st.builds(ParseOptions,
                    reference_date=st.one_of(st.none(), st.sampled_from([date(1, 1, 1), date(1, 1, 2), date(9999, 12, 31)]),
                                             st.dates()),
                    dayfirst=st.sampled_from([None, True, False]),
                    layout=st.sampled_from([None, "single", "lexisnexis", "factiva", "proquest", "generic"]))


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), archive_text), options)
def test_guarantee_no_crash_for_any_text_layout_and_options(text, opts):
    """parse_many raises nothing but InputError, every article serialises, and the records and
    gaps rebuild the input whatever the options (reference dates at the ends of the calendar)."""
    try:
        articles = list(parse_many(text, opts))
    except InputError:
        return
    for article in articles:
        assert json.loads(to_json(article)) == to_dict(article)
    assert rebuild(list(split_input(text, opts.layout))) == text
