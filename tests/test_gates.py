"""Cheap tests in front of patterns (so a plain input compiles fewer of them) never change an
answer: where a test lets a line pass without its pattern, the pattern finds nothing in it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from newsparse import credit_cues, dateline, line_measures, name_shapes, outlet_keys, registry, segment
from newsparse.extract import title
from newsparse.layouts import _text, detect
from newsparse.rules import cues
from newsparse.quickre import fold
from newsparse.rules.people import CONTRIBUTION_CUES, INTERVIEW_OPENINGS

# pieces the patterns look for, and their near misses
PIECES = ["LONDON", "Berlin", ", May 17", " 17 mai 2024", "(Reuters)", "(AP)", "(EFE)", ".", " - ", " -- ", "—",
          "–", "―", ":", ")", "(", "RPT - ", "Document ", "Dokument ", "DOCUMENTS", "of", "von", "1", "25",
          "٣", "2,968 words", "Wörter", "www.", "reuters.com", "https://", "AP", "Reuters", "dpa", "(END)",
          "Published", "updated", "5 min read", "Lesezeit", " ", "\t", "\u00a0", "\u2003", "x", "[", "]",
          "Anzeige", "sponsored", " gmbh", " co kg", " Ltd", " inc", "ab", "contributed to this report",
          "Contributed Reporting", "contributed", "Mit ", "MIT ", "M\u0130T ", "m\u0131t ", "Gespräch führte ",
          "GESPRÄCH", "das Gespräch führten ", "Interview: ", "INTERVIEWED BY ", "Propos recueillis par ",
          "Entrevista de ", "Intervista a cura di ", "Jane Roe ", "sprach ", "Gesprächsleitung ", " | ", " :: ",
          " · ", "Home > ", "News » ", "› "]
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=10).map("".join)
SAMPLES = sorted((Path(__file__).parents[1] / "samples").glob("*.txt"))
SAMPLE_LINES = sorted({line for p in SAMPLES for line in p.read_text(encoding="utf-8").splitlines()})

GATES = {
    # name: (the test says "no need to look", what the pattern finds)
    "dateline": (lambda t: dateline._MARK.search(t) is None,
                 lambda t: (dateline.DATELINE.match(t) or dateline.AGENCY_ONLY.match(t)
                            or dateline.SWISS.match(t))),
    "word count": (lambda t: not t.strip()[:1].isdecimal(), lambda t: _text._WORD_COUNT.match(t.strip())),
    "lexisnexis marker": (lambda t: detect._DIGIT.search(t) is None, lambda t: detect.MARKER.match(t)),
    "factiva trailer": (lambda t: "Do" not in t, lambda t: detect.TRAILER.match(t)),
    "host": (lambda t: "." not in t, lambda t: outlet_keys._HOST.fullmatch(t.strip().lower())),
    "sign-off": (lambda t: not t.rstrip().endswith(cues.SIGN_OFF_ENDS), lambda t: cues.SIGN_OFF_AFTER_SENTENCE.search(t)),
    "advertisement": (lambda t: not t.lower().startswith(cues.AD_WORDS), lambda t: cues.AD_START.match(t.lower())),
    # a registry key holds no line break (outlet_keys.clean_key), where "$" would also match
    "legal form": (lambda t: not t.replace("\n", " ").endswith(registry._LEGAL_ENDS),
                   lambda t: registry._LEGAL_FORM.search(t.replace("\n", " "))),
    "credit placeholder": (lambda t: t[:1] != "[", lambda t: credit_cues._PLACEHOLDER.search(t)),
    "interview credit": (lambda t: (f := fold(t)) is not None and not f.startswith(INTERVIEW_OPENINGS),
                         lambda t: credit_cues._INTERVIEW.match(t)),
    # features tests the phrases with ``in`` where it compiled their alternation before
    "contribution": (lambda t: not any(map(t.lower().__contains__, line_measures._CONTRIBUTION_CUES)),
                     lambda t: re.search("|".join(map(re.escape, CONTRIBUTION_CUES)), t.lower())),
    "title's site": (lambda t: not any(map(t.__contains__, title._SITE_MARKS)), lambda t: title._TITLE_SITE.search(t)),
    "title's crumbs": (lambda t: not any(map(t.__contains__, title._CRUMB_MARKS)),
                       lambda t: title._CRUMB_PREFIX.match(t)),
}


def _agrees(name: str, text: str) -> None:
    skip, pattern = GATES[name]
    if skip(text):
        assert not pattern(text), (name, text)


@pytest.mark.parametrize("name", sorted(GATES))
@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_a_gate_skips_only_lines_its_pattern_cannot_match(name, text):
    _agrees(name, text)


@pytest.mark.parametrize("name", sorted(GATES))
def test_a_gate_skips_only_lines_its_pattern_cannot_match_on_the_samples(name):
    for line in SAMPLE_LINES:
        _agrees(name, line)


@pytest.mark.parametrize("quick", ["PUBLISHED", "UPDATED", "READING"])
@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_quick_find_is_the_pattern_search(quick, text):
    q = getattr(name_shapes, quick)
    got, want = q.find(text), q.pattern.search(text)
    assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("line,location", [
    ("LONDON, May 17 (Reuters) - The council met.", "LONDON"), ("(ANSA) - BOLOGNA, 17 MAG - Text", "BOLOGNA"),
    ("SÖDERHAMN (TT) En stor brand", "SÖDERHAMN"), ("MADRID, 17 may (EFE).- El", "MADRID"), ("PARIS — Le", "PARIS")])
def test_datelines_still_read(line, location):
    assert dateline.match_dateline(line).location == location
