"""Deterministic inputs for the benchmarks: saved web pages and archive exports.

``page(i)`` is a plain-text dump of a news web page of about 200 lines and 7-8 KB, the shape of
the real saved pages newsparse reads: a menu of links, a breadcrumb trail, share buttons, the
article (headline, credit and date lines, a dozen paragraphs, a picture's caption), then
teasers, a comment prompt, a cookie notice and a footer of links. ``lexisnexis(n)`` and
``factiva(n)`` are exports of ``n`` records in those services' text layouts (as in
``samples/``). Everything comes from a seeded generator: the same call gives the same text.
"""
from __future__ import annotations

import random

_WORDS = ("council harbour ferry budget plan vote members week year city region residents water "
          "energy school hospital road bridge company workers union price market report study "
          "police court minister government election campaign service station project funds "
          "museum festival season weather storm river coast island village farmers fishing "
          "quota tourism visitors transport fuel costs rent housing families children teachers "
          "doctors nurses research university students library park garden street traffic").split()
_FUNCTION = "the a of to and in on for with that said was is by at from as it would has".split()
_NAMES = ("Anna Lindqvist", "Omar Haddad", "Maria Okafor", "Jonas Berg", "Lucia Ferrante", "Tomasz Nowak",
          "Priya Raman", "Hugo Martel", "Ines Duarte", "Kofi Mensah", "Sara Holm", "Daniel Roth")
_PLACES = ("BERGEN", "PORTO", "GDANSK", "HALIFAX", "AARHUS", "CORK", "GALWAY", "TROMSO")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_MENU = ("Home", "News", "World", "Business", "Politics", "Sport", "Culture", "Opinion", "Science",
         "Health", "Travel", "Video", "Podcasts", "Newsletters", "Subscribe", "Log in")


def _sentence(rng: random.Random, words: int) -> str:
    out = []
    for k in range(words):
        pool = _FUNCTION if k % 3 == 1 else _WORDS
        out.append(rng.choice(pool))
    out[0] = out[0].capitalize()
    return " ".join(out) + rng.choice(".....?")


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(9, 22)) for _ in range(sentences))


def _headline(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 10))).capitalize()


def _date(rng: random.Random) -> tuple[str, str]:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2022, 2023, 2024))
    return f"{day} {_MONTHS[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}"


def page(i: int) -> str:
    """A saved web page of about 200 lines with an article inside."""
    rng = random.Random(1000 + i)
    lines: list[str] = ["[logo]", "Skip to main content", ""]
    lines += [f"  * {item}" for item in _MENU]                    # the menu
    lines += ["", "Search", "", "Home > " + rng.choice(_MENU[1:9]) + " > Local", ""]
    head = _headline(rng)
    day, _ = _date(rng)
    lines += [head, "", f"By {rng.choice(_NAMES)}", f"Published {day}, {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
              "", "Share  Tweet  Email  Print", ""]
    first = f"{rng.choice(_PLACES)} - " + _paragraph(rng, 3)
    lines += [first, ""]
    for k in range(rng.randint(10, 13)):
        lines += [_paragraph(rng, rng.randint(3, 4)), ""]
        if k == 4:
            lines += ["[picture: harbour at dawn]", f"Photo: {rng.choice(_NAMES)}", ""]
    lines += ["Related stories", ""]
    for _ in range(12):                                            # teasers
        lines += [f"  * {_headline(rng)}"]
    lines += ["", "Most read", ""]
    for k in range(10):
        lines += [f"{k + 1}. {_headline(rng)}"]
    lines += ["", "Comments (0)", "Log in to comment", "",
              "This site keeps cookies to remember your settings; browse on and you accept them.",
              "Accept  Reject", ""]
    for _ in range(5):                                             # the footer's columns of links
        lines += [f"  * {rng.choice(_MENU)}" for _ in range(9)] + [""]
    lines += ["About us | Contact | Privacy | Terms | Advertise", f"© {rng.choice((2023, 2024))} The Harbour Courier. All rights reserved."]
    while len(lines) < 200:
        lines.insert(-2, f"  * {rng.choice(_MENU)}")
    return "\n".join(lines) + "\n"


def lexisnexis(n: int, seed: int = 7) -> str:
    """An export of ``n`` records in the LexisNexis text layout."""
    rng = random.Random(seed)
    out = ["\ufeff", "", "", f"Download Request: Selected Items: 1-{n}", "Time Of Request: Tuesday, June 4, 2024  09:12:45",
           "", "Source: Coastal Newspapers Group", "", ""]
    for k in range(1, n + 1):
        day, _ = _date(rng)
        body = [_paragraph(rng, rng.randint(2, 4)) for _ in range(rng.randint(5, 9))]
        words = sum(len(p.split()) for p in body)
        out += ["", f"{k} of {n} DOCUMENTS".center(80).rstrip(), "", "The Harbour Courier".center(80).rstrip(), "",
                day.center(80).rstrip(), "", _headline(rng), "", f"BYLINE: {rng.choice(_NAMES)}", "",
                f"SECTION: LOCAL NEWS; Pg. {rng.randint(1, 30)}", "", f"LENGTH: {words} words", ""]
        for p in body:
            out += [p, ""]
        out += [f"LOAD-DATE: {day}", "", "LANGUAGE: ENGLISH", "", "PUBLICATION-TYPE: Newspaper", "", "",
                "Copyright 2024 Coastal Newspapers Group Ltd.".center(80).rstrip(),
                "All Rights Reserved".center(80).rstrip(), ""]
    return "\n".join(out) + "\n"


def factiva(n: int, seed: int = 11) -> str:
    """An export of ``n`` records in the Factiva text layout."""
    rng = random.Random(seed)
    out = ["Factiva" + " " * 80 + "Dow Jones", "", ""]
    for k in range(1, n + 1):
        day, iso = _date(rng)
        body = [_paragraph(rng, rng.randint(2, 4)) for _ in range(rng.randint(5, 9))]
        words = sum(len(p.split()) for p in body)
        out += ["Business", _headline(rng), f"By {rng.choice(_NAMES)}", f"{words} words", day,
                f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "The Harbour Courier", "HRBCR",
                str(rng.randint(1, 40)), "English", "© 2024 Coastal Newspapers Group Ltd. All rights reserved.", ""]
        for p in body:
            out += [p, ""]
        out += ["Coastal Newspapers Group Ltd", "", f"Document HRBCR000{iso.replace('-', '')}ek{k:07d}", "", ""]
    return "\n".join(out) + "\n"


def article_of_size(kb: int, seed: int | None = None) -> str:
    """A plain article (headline, credit, date line, paragraphs) of about ``kb`` KB; another
    ``seed`` gives another article of the same size."""
    rng = random.Random(kb if seed is None else f"{kb}-{seed}")
    day, _ = _date(rng)
    lines = [_headline(rng), "", f"By {rng.choice(_NAMES)}", day, ""]
    size = sum(len(x) + 1 for x in lines)
    while size < kb * 1024:
        p = _paragraph(rng, rng.randint(2, 4))
        lines += [p, ""]
        size += len(p) + 2
    return "\n".join(lines) + "\n"
