"""Double-encoded text ("MÃ¼nchen") is repaired in the values, never in the input."""
from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.mojibake import repair


@pytest.mark.parametrize("text,expected", [
    ("Â«TatortÂ» aus MÃ¼nchen", "«Tatort» aus München"),
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
    text = ("Â«TatortÂ» aus MÃ¼nchen: 30 Jahre Leitmayr und Batic\n\n"
            "Der MÃ¼nchner Tatort feiert sein dreiÃŸigjÃ¤hriges JubilÃ¤um mit einer neuen Folge, die am "
            "Sonntag im Ersten lÃ¤uft.\n")
    article = parse(text)
    assert article.title == "«Tatort» aus München: 30 Jahre Leitmayr und Batic"
    assert article.body.startswith("Der Münchner Tatort feiert sein dreißigjähriges Jubiläum")
    ev = article.evidence["title"]
    assert text[ev.start:ev.end] == "Â«TatortÂ» aus MÃ¼nchen: 30 Jahre Leitmayr und Batic"


def test_a_title_in_guillemets_is_not_a_breadcrumb():
    text = ("«Tatort» aus München: 30 Jahre Leitmayr und Batic\n\nDer Münchner Tatort feiert sein "
            "dreißigjähriges Jubiläum mit einer neuen Folge, die am Sonntag im Ersten läuft.\n")
    assert parse(text).title == "«Tatort» aus München: 30 Jahre Leitmayr und Batic"
