"""Body reflow: paragraphs from kept lines, hard-wrapped lines rejoined."""
from __future__ import annotations

import pytest

from newsparse.extract.body import build_body
from newsparse.lines import scan


def body_of(text: str) -> str:
    doc = scan(text)
    return build_body(doc.lines, [bool(line.text) for line in doc.lines])


@pytest.mark.parametrize("text,expected,why", [
    ("Quotas for cod will fall again this year, regulators said\non Thursday.\n",
     "Quotas for cod will fall again this year, regulators said on Thursday.",
     "one wrapped line in a short text runs on in lower case"),
    ("Он сможет принимать до трех судов\nодновременно, сообщили в порту.\n",
     "Он сможет принимать до трех судов одновременно, сообщили в порту.", "Cyrillic"),
    ("The ferry will sail at noon.\nThe return leaves at six.\n",
     "The ferry will sail at noon.\n\nThe return leaves at six.", "unwrapped lines that end sentences"),
    ("Timetable:\nnoon and six\n", "Timetable:\n\nnoon and six", "a heading's colon ends its line"),
])
def test_reflow(text, expected, why):
    assert body_of(text) == expected
