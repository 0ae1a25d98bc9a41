"""Double-encoded text ("MÃ¼nchen") is repaired in the values, never in the input."""
from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.mojibake import repair


@pytest.mark.parametrize("text,expected", [
    ("Â«HafenwacheÂ» aus MÃ¼nster", "«Hafenwache» aus Münster"),
    ("donâ€™t stop", "don’t stop"),
    ("Â£5 and Ã—", "£5 and ×"),
    ("São Paulo, Ærø, Ølstykke", "São Paulo, Ærø, Ølstykke"),
    ("Ã", "Ã"),
    (None, None),
], ids=["guillemets-and-umlaut", "smart-quote", "pound-and-times", "real-accents-untouched",
        "a-lone-letter-untouched", "none"])
def test_repair(text, expected):
    assert repair(text) == expected


def test_values_are_repaired_and_the_evidence_keeps_the_input():
    text = ("Â«HafenwacheÂ» aus MÃ¼nster: 20 Jahre Brandl und Wieser\n\n"
            "Der MÃ¼nsteraner Krimi feiert sein groÃŸes JubilÃ¤um mit einer neuen Folge, die am "
            "Sonntag im Ersten lÃ¤uft.\n")
    article = parse(text)
    assert article.title == "«Hafenwache» aus Münster: 20 Jahre Brandl und Wieser"
    assert article.body.startswith("Der Münsteraner Krimi feiert sein großes Jubiläum")
    ev = article.evidence["title"]
    assert text[ev.start:ev.end] == "Â«HafenwacheÂ» aus MÃ¼nster: 20 Jahre Brandl und Wieser"


def test_a_title_in_guillemets_is_not_a_breadcrumb():
    text = ("«Hafenwache» aus Münster: 20 Jahre Brandl und Wieser\n\nDer Münsteraner Krimi feiert sein "
            "großes Jubiläum mit einer neuen Folge, die am Sonntag im Ersten läuft.\n")
    assert parse(text).title == "«Hafenwache» aus Münster: 20 Jahre Brandl und Wieser"
