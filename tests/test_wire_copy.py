"""Wire copy as agencies send it: what follows a story's last sentence, several stories in one
file, send-time stamps. Every text here is invented."""
from __future__ import annotations

from datetime import date

import pytest

from newsparse import ParseOptions, parse, parse_many, to_dict

NO_REFERENCE = ParseOptions()

STORY = ("Lakeside council opens new ferry pier\n\n"
         "The council of Lakeside opened a new ferry pier on Sunday, its mayor said at the ceremony.\n\n"
         "The pier cost about 12 million and will serve three ferry lines from the summer on.\n\n")
LAST = "The pier cost about 12 million and will serve three ferry lines from the summer on."

# the lines after the story's last sentence that are no part of it
TAILS = [
    ("AAP", "an agency's name alone"),
    ("-- BERNAMA", "the name set off with dashes"),
    ("==Kyodo", "the name set off with equals signs"),
    ("PTI SKU RT RT", "the agency and its desk's codes in capitals"),
    ("BELGA/WDE/ABC/", "the agency and its desk's codes by slashes"),
    ("(Schluss) abc/xyz", "an end word and the editors' slug"),
    ("kor mal", "desk codes in lower case, by a space"),
    ("-- BERNAMA\n\nRHO ABD", "desk codes in capitals under the agency's name"),
    ("jane.roe@agency.example", "the reporter's e-mail address alone"),
    ("jane.roe@agency.example\n(END)", "the e-mail address and the end mark in one block"),
    ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "a rights line without the copyright sign"),
    ("More to follow", "the take goes on later"),
    ("AP-DS-03-03-24 1422EST<", "an AP transmission stamp"),
    ("031422 GMT MAR 24", "a send-time stamp"),
    ("Reuter\n031422 GMT MAR 24", "a sign-off and a stamp in one block"),
]


@pytest.mark.parametrize("tail,why", TAILS, ids=[c[1] for c in TAILS])
def test_wire_tail_is_no_body(tail, why):
    r = to_dict(parse(STORY + tail + "\n", NO_REFERENCE))
    assert r["body"].endswith(LAST), r["body"]


# a short last line that is the story's, not a code: kept
KEPT = [
    ("THE END OF AN ERA", "a heading in capitals with stopwords"),
    ("NEW PORT RULES", "a heading in capitals with a long word"),
]


@pytest.mark.parametrize("tail,why", KEPT, ids=[c[1] for c in KEPT])
def test_last_line_that_is_no_code_stays(tail, why):
    r = to_dict(parse(STORY + tail + "\n", NO_REFERENCE))
    assert r["body"].endswith(tail), r["body"]


# --- several stories in one file, each closed by a sign-off ------------------------------------
def _story(head: str, dateline: str, close: str) -> str:
    return (f"{head}\n\n{dateline} The harbour board approved a plan for a new ferry pier on Sunday, "
            f"its chair told reporters after the meeting.\n\nWork is to start in the autumn.{close}\n\n")


SIGNED = [
    ("\n\nPTI ABC RT", "New Delhi, Mar 3 (PTI)", "an agency and its desk's codes"),
    ("\n\nbur-ab/cd/ef", "NAIROBI, March 3, 2024 (AFP) -", "a desk's slug"),
    ("\n\ndpa ab yyxx z2 cd", "Kiel (dpa) -", "dpa's slug"),
    (" Enditem", "VIENTIANE, March 3 (Xinhua) --", "a sign-off after the last sentence"),
]


@pytest.mark.parametrize("close,dateline,why", SIGNED, ids=[c[2] for c in SIGNED])
def test_stories_divided_at_their_sign_offs(close, dateline, why):
    text = "".join(_story(h, dateline, close) for h in
                   ("Harbour board backs new pier", "Ferry line to add a night crossing", "Port to open a museum"))
    recs = [to_dict(r) for r in parse_many(text, NO_REFERENCE)]
    assert [r["title"] for r in recs] == ["Harbour board backs new pier", "Ferry line to add a night crossing",
                                          "Port to open a museum"]
    assert all(r["body"].endswith("Work is to start in the autumn.") for r in recs)


def test_sign_off_not_followed_by_a_dateline_divides_nothing():
    text = ("Harbour board backs new pier\n\nNew Delhi, Mar 3 (PTI) The harbour board approved a plan for a new "
            "pier on Sunday, its chair told reporters after the meeting.\n\nPTI ABC RT\n\nA second look\n\n"
            "The board will meet again next week to settle the cost of the works, the chair said.\n\n")
    assert len(list(parse_many(text, NO_REFERENCE))) == 1


def test_teleprinter_frames_divide_stories():
    frame = ("ZCZC{n}/ABC\nR CRO S0A QBXB\n{head}\nGENOVA, 12 MAG - Il consiglio del porto ha approvato il piano "
             "per un nuovo molo, ha detto il presidente dopo la riunione.\nI lavori dovrebbero cominciare in autunno e "
             "durare due anni, secondo il piano approvato.\n12-MAG-24 09:10 NNNN\n")
    text = (frame.format(n="0001", head="Porto: via libera al nuovo molo")
            + frame.format(n="0002", head="Porto: nuovo traghetto notturno"))
    assert len(list(parse_many(text, NO_REFERENCE))) == 2


# --- a credit line after the story closes it --------------------------------------------------
@pytest.mark.parametrize("tail", ["autor: Marta Zielińska\n\nmzi/ kos/", "autor: Marta Zielińska\n\nmzi/kos"],
                         ids=["slug with spaced slashes", "slug with slashes"])
def test_credit_after_the_story_closes_it(tail):
    text = ("Nowy most na Wiśle otwarty dla ruchu\n\n"
            "Toruń (PAP) - W sobotę otwarto dla ruchu nowy most na Wiśle - poinformował prezydent miasta.\n\n"
            "Budowa trwała trzy lata i kosztowała prawie 400 mln zł.\n\n(PAP)\n\n" + tail + "\n")
    r = to_dict(parse(text, NO_REFERENCE))
    assert r["body"] == ("W sobotę otwarto dla ruchu nowy most na Wiśle - poinformował prezydent miasta.\n\n"
                         "Budowa trwała trzy lata i kosztowała prawie 400 mln zł.")
    assert r["authors"] == ["Marta Zielińska"]
    assert r["dateline"]["location"] == "Toruń" and r["dateline"]["agency"] == "PAP"
    assert [s["kind"] for s in r["segments"]] == ["header", "body", "footer"]


def test_credit_after_the_story_never_moves_its_start():
    # a line below the credit that ends no sentence is no article going on below a byline
    text = ("Nowy most na Wiśle otwarty dla ruchu\n\n"
            "Toruń (PAP) - W sobotę otwarto dla ruchu nowy most na Wiśle - poinformował prezydent miasta.\n\n"
            "Budowa trwała trzy lata i kosztowała prawie 400 mln zł.\n\n(PAP)\n\n"
            "autor: Marta Zielińska\n\nMZI KOS 0314\n")
    r = to_dict(parse(text, NO_REFERENCE))
    assert r["body"].startswith("W sobotę otwarto dla ruchu"), r["body"]
    assert r["dateline"]["location"] == "Toruń"


# --- a transmission stamp: the time the story was sent ------------------------------------------
STAMPED = ("LAKESIDE, March 3 (Reuters) - The council of Lakeside opened a new ferry pier on Sunday, "
           "its mayor said at the ceremony.\n\nThe pier will serve three ferry lines from the summer on.\n")


def test_stamp_under_the_story_gives_its_time():
    r = to_dict(parse("Lakeside council opens new ferry pier\n\n" + STAMPED + " Reuter\n031422 GMT MAR 24\n",
                      NO_REFERENCE))
    assert r["published"] == "2024-03-03T14:22:00+00:00"
    assert r["dateline"]["date"] == "2024-03-03"


def test_stamp_gives_the_datelines_day_its_time():
    r = to_dict(parse("Lakeside council opens new ferry pier\n\n" + STAMPED + "\n031422 GMT MAR 24\n",
                      ParseOptions(reference_date=date(2024, 3, 10))))
    assert r["published"] == "2024-03-03T14:22:00+00:00"


def test_stamp_of_another_day_leaves_the_datelines_day():
    # the dateline names the day the story is filed from; a stamp of a later day does not move it
    r = to_dict(parse("Lakeside council opens new ferry pier\n\n" + STAMPED + "\n051422 GMT MAR 24\n",
                      ParseOptions(reference_date=date(2024, 3, 10))))
    assert r["published"] == "2024-03-03"


def test_stamp_over_the_story():
    r = to_dict(parse("Lakeside council opens new ferry pier\n\n031422 GMT MAR 24\n\n" + STAMPED, NO_REFERENCE))
    assert r["published"] == "2024-03-03T14:22:00+00:00"


def test_stamp_gives_a_date_lines_day_its_time():
    r = to_dict(parse("APA0123 5 II 0234 WI            So, 03.Mär 2024\n\nNeue Fähre am Bodensee\n\n"
                      "Bregenz (APA) - Eine neue Fähre verbindet seit Sonntag Bregenz mit Lindau, teilte die "
                      "Reederei mit.\n\nDie Fahrt dauert 20 Minuten.\n\n(Schluss) abc/xyz\n\n"
                      "APA0123    2024-03-03/14:22\n", NO_REFERENCE))
    assert r["published"].startswith("2024-03-03T14:22:00")


# --- a line between the headline and the dateline's paragraph is no story -------------------------
OVER_DATELINE = [
    ("Lakeside opens new ferry pier\n\nThree lines to serve the island from June\n\n",
     "a subhead over the dateline's paragraph"),
    ("Lakeside opens new ferry pier\nBy JANE ROE\nHarbour News Writer\n", "a writer's title under the byline"),
]


@pytest.mark.parametrize("head,why", OVER_DATELINE, ids=[c[1] for c in OVER_DATELINE])
def test_story_starts_at_its_dateline(head, why):
    r = to_dict(parse(head + "LAKESIDE (AP) _ The council of Lakeside opened a new ferry pier on Sunday, its mayor "
                      "said at the ceremony.\nThe pier will serve three ferry lines from the summer on.\n", NO_REFERENCE))
    assert r["dateline"] == {"location": "LAKESIDE", "date": None, "agency": "Associated Press",
                             "raw": "LAKESIDE (AP)"}
    assert r["body"].startswith("LAKESIDE (AP) _ The council of Lakeside opened")
    assert r["title"] == "Lakeside opens new ferry pier"


def test_a_first_paragraph_that_ends_a_sentence_stays_over_a_dateline():
    r = to_dict(parse("Lakeside opens new ferry pier\n\nThe island gets its link at last.\n\n"
                      "LAKESIDE (AP) _ The council of Lakeside opened a new ferry pier on Sunday, its mayor "
                      "said at the ceremony.\n", NO_REFERENCE))
    assert r["body"].startswith("The island gets its link at last.")


# --- an agency's name in brackets and a full stop after the last sentence ------------------------
def test_bracketed_sign_off_after_the_last_sentence():
    r = to_dict(parse("Porto di Bari, nuova banchina per i traghetti\n\n"
                      "BARI, 12 MAG - Il porto di Bari ha inaugurato domenica una nuova banchina per i traghetti, "
                      "ha detto il presidente dell'autorità portuale. I lavori sono durati due anni. (ANSA).\n"
                      "     ABC\n12-MAG-24 09:10\n", NO_REFERENCE))
    assert r["body"].endswith("I lavori sono durati due anni.")
    assert r["source"] == "ANSA"
    assert r["published"] == "2024-05-12T09:10:00+02:00"     # the agency's home zone


# --- closing credits in the agencies' languages -------------------------------------------------
CLOSING = [
    ("Hafen Kiel erweitert Fährterminal\n\nKiel, 3. Mär (Reuters) - Der Hafen Kiel baut sein Fährterminal für "
     "120 Millionen Euro aus, teilte die Hafengesellschaft am Sonntag mit.\n\nDie Arbeiten beginnen im Herbst.\n\n"
     "(Bericht von Jana Roeder, redigiert von Tom Becker. Bei Rückfragen wenden Sie sich an unsere Redaktion "
     "unter desk.example@agency.example (für Unternehmen) oder news.example@agency.example (für Politik).)\n",
     ["Jana Roeder"], ["Tom Becker"], "Die Arbeiten beginnen im Herbst.", "German, with the desk's contact"),
    ("El puerto de Vigo amplía su terminal\n\nVIGO, 3 mar (Reuters) - El puerto de Vigo ampliará su terminal de "
     "ferris con una inversión de 120 millones de euros, informó el domingo la autoridad portuaria.\n\n"
     "Las obras empezarán en otoño.\n\n(Reportaje de Ana Ruiz; editado en español por Luis Gómez)\n",
     ["Ana Ruiz"], ["Luis Gómez"], "Las obras empezarán en otoño.", "Spanish"),
    ("Porto de Santos amplia terminal\n\nSANTOS, 3 Mar (Reuters) - O porto de Santos vai ampliar seu terminal de "
     "balsas com investimento de 120 milhões de reais, informou a autoridade portuária no domingo.\n\n"
     "As obras começam no segundo semestre.\n\n(Reportagem de Ana Souza; Edição de Luis Costa)\n",
     ["Ana Souza"], ["Luis Costa"], "As obras começam no segundo semestre.", "Portuguese"),
]


@pytest.mark.parametrize("text,authors,editors,last,why", CLOSING, ids=[c[4] for c in CLOSING])
def test_closing_credits(text, authors, editors, last, why):
    r = to_dict(parse(text, NO_REFERENCE))
    assert r["authors"] == authors and r["editors"] == editors
    assert r["body"].endswith(last)


# --- the dateline: the first words of a published story, the slug of a story as a wire sends it ----
PUBLISHED_STORY = ("Lakeside opens new ferry pier\n\nLAKESIDE, March 3 (Reuters) - The council of Lakeside opened a "
                   "new ferry pier on Sunday, its mayor said at the ceremony.\n\nThe pier will serve three ferry "
                   "lines from the summer on.\n")


@pytest.mark.parametrize("after,body_start", [
    ("", "LAKESIDE, March 3 (Reuters) - The council"),          # a page that publishes the story
    ("\n Reuter\n", "The council of Lakeside opened"),            # the wire's own copy, signed off
    ("\n-30-\n", "The council of Lakeside opened"),               # ... or closed by an end mark
], ids=["published", "signed-off", "end-mark"])
def test_a_dateline_stays_in_the_body_unless_the_story_is_wire_copy(after, body_start):
    r = to_dict(parse(PUBLISHED_STORY + after, NO_REFERENCE))
    assert r["body"].startswith(body_start)
    assert r["body"].endswith("three ferry lines from the summer on.")
    assert r["dateline"] == {"location": "LAKESIDE", "date": None, "agency": "Reuters",
                             "raw": "LAKESIDE, March 3 (Reuters)"}
