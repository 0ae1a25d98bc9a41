"""Which of a page's dates is its publication date: one page per case, with the trap it sets."""
from __future__ import annotations

import pytest

from newsparse import ParseOptions, parse

NAV = "".join(f"  • {w}\n" for w in ("Home", "News", "Sport", "Culture", "Travel"))
PROSE = ("The council voted on Tuesday to keep the old harbour baths open for another five summers.\n"
         "Repairs to the pool walls will start in October and should be finished before the season.\n\n"
         "Swimmers had collected more than four thousand signatures against the closure last spring.\n"
         "The city will pay for the work from its maintenance budget, the mayor's office said.\n")
FOOTER = "\n" + "".join(f"  • {w}\n" for w in ("Imprint", "Privacy", "Contact"))
SHARE = "\n" + "".join(f"  • {w}\n" for w in ("Share", "Tweet", "Email", "Print")) + "\n"


@pytest.mark.parametrize("head,tail,published", [
    ("12 March 2024\n\n", "\nA study by the city, first published on 3 May 2021, found that visits kept rising after the "
     "parks reopened.\n\nOn 3 May 2021 the ministry released figures showing that park visits had doubled.\n",
     "2024-03-12"),
    ("Bilanz 2022\n\n01.02.2022 Die Zahl der Badegäste ist im Januar gestiegen, sagte die Stadt heute.\n\n", "",
     "2022-02-01"),
], ids=["cued-dates-in-the-story-are-not-its-date", "press-release-date-opening-a-paragraph"])
def test_publication_date(head, tail, published):
    article = parse(f"{NAV}\nHarbour baths stay open\n\n{head}{PROSE}{tail}{FOOTER}")
    assert (article.published.isoformat() if article.published else None) == published


@pytest.mark.parametrize("stamp,published,updated", [
    ("GMT 15:42 11.02.2021(updated GMT 16:08 11.02.2021)", "2021-02-11T15:42:00+00:00",
     "2021-02-11T16:08:00+00:00"),
    ("UTC 09:05 17.03.2020 (محدثة UTC 10:15 17.03.2020)", "2020-03-17T09:05:00+00:00",
     "2020-03-17T10:15:00+00:00"),
], ids=["gmt-before-the-time", "arabic-updated-cue"])
def test_a_zone_printed_before_the_time(stamp, published, updated):
    article = parse(f"{NAV}\nHarbour baths stay open\n\n{stamp}\n\n{PROSE}{FOOTER}")
    assert article.published.isoformat() == published
    assert article.updated.isoformat() == updated


@pytest.mark.parametrize("stamps,published,updated", [
    ("May 16, 2024, 11:10 PM | Updated May 17, 2024, 8:30 AM", "2024-05-16T23:10:00", "2024-05-17T08:30:00"),
    ("16 maggio 2024 - 23:10 | Aggiornato il 17 maggio 2024 alle 08:30", "2024-05-16T23:10:00",
     "2024-05-17T08:30:00"),
    ("Opublikowano: 17.05.2024 11:20\nAktualizacja: 17.05.2024 14:05", "2024-05-17T11:20:00", "2024-05-17T14:05:00"),
], ids=["english-one-line", "italian-one-line", "polish-labels"])
def test_a_date_and_its_update_on_the_credit_lines(stamps, published, updated):
    article = parse(f"{NAV}\nHarbour baths stay open\n\nBy Ana Ruiz\n{stamps}\n\n{PROSE}{FOOTER}")
    assert article.published.isoformat() == published
    assert article.updated.isoformat() == updated
    assert article.warnings == ()


@pytest.mark.parametrize("credit,published,updated", [
    ("Posted by Ana Ruiz on March 3, 2023", "2023-03-03", None),
    ("By Ana Ruiz | Updated March 3, 2023", "2023-03-03", "2023-03-03"),
], ids=["posted-by-then-a-date", "an-update-beside-the-byline"])
def test_the_date_beside_the_byline_when_no_line_is_a_date_line(credit, published, updated):
    article = parse(f"Harbour baths stay open for five more summers\n\n{credit}\n\n"
                    "The council voted on Tuesday to keep the old harbour baths open for another five "
                    "summers, and repairs will start soon.\n\nSwimmers had collected more than four "
                    "thousand signatures against the closure last spring, the mayor said.\n")
    assert article.authors == ("Ana Ruiz",)
    assert article.published.isoformat() == published
    assert (article.updated.isoformat() if article.updated else None) == updated


@pytest.mark.parametrize("cue,published,updated,stands_in", [
    ("Last updated", "2024-10-08", "2024-10-08", True),
    ("Aktualisiert am", "2024-10-08", "2024-10-08", True),
    ("Published", "2024-10-08", None, False),
], ids=["english-update-cue-above", "german-update-cue-above", "a-published-label-above"])
def test_a_cue_alone_on_the_line_above_its_date_says_which_date_it_is(cue, published, updated, stands_in):
    article = parse(f"Harbour baths stay open\n\nBy Ana Ruiz\n{cue}\n08.10.2024\n\n{PROSE}")
    assert article.published.isoformat() == published
    assert (article.updated.isoformat() if article.updated else None) == updated
    stand_in = ("no publication date printed; the update stamp stands in for it",)
    assert (article.warnings == stand_in) is stands_in


def test_a_german_as_of_stamp_is_an_update():
    """"Stand:" ("as of") labels the date of a German page's last change: the update, and the
    date the page goes by."""
    article = parse(f"{NAV}\nHafenbad bleibt fünf weitere Sommer geöffnet\n\nStand: 08.10.2024 14:05 Uhr\n\n"
                    f"{PROSE}{FOOTER}")
    assert article.updated.isoformat() == "2024-10-08T14:05:00"
    assert article.published.isoformat() == "2024-10-08T14:05:00"


@pytest.mark.parametrize("stamp,published,authors", [
    ("Publish Date:Sat, 12 Oct 2024 01:34 PM (IST)Author: Ana Ruiz", "2024-10-12T13:34:00+05:30", ("Ana Ruiz",)),
    ("Erstellt am: 12.10.2024", "2024-10-12", ()),
], ids=["publish-date-and-an-author-label-glued-to-a-bracket", "german-created-on"])
def test_a_labelled_publication_date_beats_a_teaser_date_above_it(stamp, published, authors):
    article = parse(f"{NAV}\nHarbour baths stay open\n\nMore news · 03.05.2021\n\n{stamp}\n\n{PROSE}{FOOTER}")
    assert article.published.isoformat() == published
    assert article.authors == authors


HARBOUR = ("Storm closes harbour road\n\nBy Ana Lund\nPosted {stamp}\n\n"
           "The harbour road closed on Tuesday after the storm, officials said. Crews expect to reopen it "
           "within the week.\n\nAn earlier closure on {earlier} lasted two days.\n")


@pytest.mark.parametrize("earlier,published", [
    ("4/25/13", "2014-04-10T09:30:00"),      # the page writes month first: 4/10/14 is 10 April
    ("25/4/13", "2014-10-04T09:30:00"),      # day first: 4 October
    ("May 2012", None),                      # nothing on the page tells the order
])
def test_the_page_own_dates_decide_the_order_of_an_ambiguous_date_line(earlier, published):
    article = parse(HARBOUR.format(stamp="4/10/14 9:30AM", earlier=earlier))
    assert (article.published.isoformat() if article.published else None) == published


def test_dayfirst_given_reaches_the_date_line():
    text = HARBOUR.format(stamp="4/10/14 9:30AM", earlier="May 2013")
    assert parse(text, ParseOptions(dayfirst=True)).published.isoformat() == "2014-10-04T09:30:00"
    assert parse(text, ParseOptions(dayfirst=False)).published.isoformat() == "2014-04-10T09:30:00"


@pytest.mark.parametrize("second,published", [
    ("The ferry arrived on May 15, 2024 for a summit on the harbour meant to settle the quay dispute.",
     "2024-05-18"),                       # a sentence: the update stands in for the publication
    ("Published May 16, 2024", "2024-05-16"),
    ("The ferry arrived on May 15, 2024.", "2024-05-15"),     # dates most of it: a date line
    ("Published on Thursday, May 16, 2024 by Jane Roe for the Harbour Post and its weekend edition",
     "2024-05-16"),                       # a publication cue: a date line however long
])
def test_a_page_that_prints_only_an_update_reads_a_further_date_line_not_a_sentence(second, published):
    from newsparse.date_values import DateContext
    from newsparse.extract.when import page_dates
    from newsparse.features import read_table
    from newsparse.lines import scan
    table = read_table(scan(f"Harbour baths stay open\n\nUpdated 10:53 AM, Sat May 18, 2024\n\n{second}\n"))
    found, updated = page_dates(table, [(2, 0.7), (4, 0.3)], [], DateContext(language="en"), None)
    assert [d.value.day.isoformat() for d in updated] == ["2024-05-18"]
    assert [d.value.day.isoformat() for d in found][:1] == ([published] if published != "2024-05-18" else [])


STANDFIRST = "The harbour baths stay open for five more summers, the council decided after a long debate.\n\n"


@pytest.mark.parametrize("opening,published", [
    ("Linz, 3. März 2024 – Der Gemeinderat hat am Dienstag beschlossen, das alte Hafenbad offen zu halten.",
     "2024-03-03"),
    ("Leeds, 3 March 2024 - The council voted on Tuesday to keep the old harbour baths open.", "2024-03-03"),
    ("Leeds, 3 March - The council voted on Tuesday to keep the old harbour baths open.", None),   # no year
    ("Election called for 4 July 2024 - what the vote on the harbour baths means for swimmers.", None),
], ids=["german-press-release", "english-press-release", "no-year-no-date", "no-comma-after-a-place"])
def test_a_press_release_dateline_after_the_standfirst_dates_the_page(opening, published):
    """A press release opens its first paragraph after the standfirst with the place and the
    day ("Place, date – ..."): when no other line gives a date, that is the publication."""
    article = parse(f"{NAV}\nHarbour baths stay open\n\n{STANDFIRST}{opening}\n\n{PROSE}{FOOTER}")
    assert (article.published.isoformat() if article.published else None) == published
    if published:
        raw = article.evidence["published"].raw
        assert raw in opening and raw.endswith("2024")


@pytest.mark.parametrize("stamps,published,updated", [
    ("Published 4 June 2023\nLast modified on 5 June 2023", "2023-06-04", "2023-06-05"),
    ("June 4, 2023 | Revised June 5, 2023", "2023-06-04", "2023-06-05"),
    ("Erstellt am 14.06.2023 08:15 Uhr\nStand 14.06.2023 11:40 Uhr", "2023-06-14T08:15:00", "2023-06-14T11:40:00"),
    ("14/06/2023 08:15\nÚltima actualización: 14/06/2023 11:40", "2023-06-14T08:15:00", "2023-06-14T11:40:00"),
    ("14/06/2023 08:15 - Ultimo aggiornamento 14/06/2023 11:40", "2023-06-14T08:15:00", "2023-06-14T11:40:00"),
    ("14/06/2023 08h15 - Última atualização 14/06/2023 11h40", "2023-06-14T08:15:00", "2023-06-14T11:40:00"),
    ("Publié le 14/06/2023 à 08h15, actualisé le 14/06/2023 à 11h40", "2023-06-14T08:15:00",
     "2023-06-14T11:40:00"),
    ("Julkaistu 14.6.2023 klo 8.15 | Päivitetty 14.6.2023 klo 11.40", "2023-06-14T08:15:00",
     "2023-06-14T11:40:00"),
], ids=["english-last-modified-on-its-own-line", "english-revised-on-the-date-line",
        "german-stand-without-a-colon",
        "spanish-ultima-actualizacion", "italian-ultimo-aggiornamento", "portuguese-ultima-atualizacao",
        "french-actualise", "finnish-paivitetty"])
def test_the_words_of_an_update_stamp_the_line_model_does_not_read(stamps, published, updated):
    article = parse(f"{NAV}\nHarbour baths stay open\n\nBy Ana Ruiz\n{stamps}\n\n{PROSE}{FOOTER}")
    assert article.published.isoformat() == published
    assert (article.updated.isoformat() if article.updated else None) == updated


@pytest.mark.parametrize("stamps,published,updated", [
    ("Updated June 5, 2023 · Published June 4, 2023", "2023-06-04", "2023-06-05"),
    ("Aktualisiert 15.06.2023 | Erstellt 14.06.2023", "2023-06-14", "2023-06-15"),
    ("Published June 4, 2023 · Updated June 5, 2023", "2023-06-04", "2023-06-05"),
], ids=["the-publication-after-the-update-has-its-own-cue", "german-update-first",
        "the-update-after-the-publication-as-before"])
def test_a_publication_cue_after_an_update_cue_ends_its_reach(stamps, published, updated):
    article = parse(f"{NAV}\nHarbour baths stay open\n\nBy Ana Ruiz\n{stamps}\n\n{PROSE}{FOOTER}")
    assert article.published.isoformat() == published
    assert (article.updated.isoformat() if article.updated else None) == updated


@pytest.mark.parametrize("opening,published", [
    ("The inquiry resumes on June 20, 2023.", None),             # a sentence: no date line
    ("The board meets again on 20 June 2023!", None),            # so is an exclamation
    ("Posted on June 20, 2023.", "2023-06-20"),                  # a publication cue: a date line
    ("Tuesday, June 20, 2023.", "2023-06-20"),                   # dates most of it: a date line
], ids=["a-sentence-that-names-a-day", "an-exclamation-that-names-a-day", "a-cued-date-with-a-full-stop",
        "a-date-with-a-full-stop"])
def test_a_short_sentence_with_a_date_on_a_page_without_a_date_line_is_no_date_line(opening, published):
    article = parse(f"{NAV}\nHarbour baths stay open\n\nBy Ana Ruiz\n\n{opening}\n\n{PROSE}{FOOTER}")
    assert (article.published.isoformat() if article.published else None) == published


@pytest.mark.parametrize("note,published", [
    ("This story was originally published on June 4, 2023.", "2023-06-04"),
    ("It first appeared in print and was first published on 4 June 2023.", "2023-06-04"),
    ("The survey, published on 4 June 2023 by the council, is online.", None),   # the date ends no note
    ("This story was originally published on June 4.", None),                  # no year printed
    ("This story was last updated on June 4, 2023.", None),                     # no publication cue
], ids=["originally-published-on", "first-published-on", "a-sentence-of-the-story", "no-year",
        "an-update-note-is-no-publication-note"])
def test_a_publication_note_after_the_article_dates_a_page_that_prints_no_date(note, published):
    article = parse(f"{NAV}\nHarbour baths stay open\n\nBy Ana Ruiz\n\n{PROSE}\n{note}\n{FOOTER}")
    assert (article.published.isoformat() if article.published else None) == published


MASTHEAD = "Riverside Courier\nHome | Local | Sport | Weather\n{widget}\n\nLOCAL\nMarket hall roof to be replaced before winter\n"
PROSE_FR = ("La mairie a voté mardi le remplacement complet de la toiture de la halle du marché.\n"
            "Les travaux commenceront en octobre et devraient être terminés avant les premières neiges.\n\n"
            "Les commerçants seront installés sur la place voisine pendant toute la durée du chantier.\n")
PROSE_DE = ("Der Gemeinderat hat am Dienstag beschlossen, das Dach der Markthalle vor dem Winter zu ersetzen.\n"
            "Die Arbeiten beginnen im Oktober und sollen vor dem ersten Schnee fertig sein.\n\n"
            "Die Händler ziehen für die Dauer der Arbeiten auf den Platz nebenan.\n")


@pytest.mark.parametrize("widget,byline,prose,published", [
    ("Friday, September 13, 2024", "By Nora Bell and Sam Ode\nPublished September 11, 2024\n", PROSE, "2024-09-11"),
    ("Friday, 13 September 2024", "By Nora Bell\nSeptember 11, 2024 at 4:20 p.m.\n", PROSE, "2024-09-11T16:20:00"),
    ("Vendredi 13 septembre 2024", "Nora Bell\nPublié le 11 septembre 2024\n", PROSE_FR, "2024-09-11"),
    ("Freitag, 13. September 2024", "Von Nora Bell\nVeröffentlicht am 11.09.2024\n", PROSE_DE, "2024-09-11"),
    # a day after the widget's is a date the story names, not the article's
    ("Friday, September 13, 2024", "By Nora Bell\nHearing: September 25, 2024\n", PROSE, "2024-09-13"),
], ids=["published-cue", "bare-date-line-under-the-headline", "publie-le", "veroeffentlicht-am",
        "a-later-day-is-no-date-line-of-the-article"])
def test_the_articles_date_line_wins_over_the_mastheads_date_widget(widget, byline, prose, published):
    article = parse(MASTHEAD.format(widget=widget) + byline + "\n" + prose + FOOTER)
    assert article.published.isoformat() == published


def test_a_press_release_dateline_on_a_line_of_its_own_dates_the_page():
    article = parse("Ville de Portbrune-les-Bains\nAccueil > Actualités > Communiqués\n\nCommuniqué de presse\n"
                    "Portbrune-les-Bains ouvre un budget participatif de 150 000 euros\n"
                    "Portbrune-les-Bains, le 2 avril 2024\n\n"
                    "La ville de Portbrune-les-Bains ouvre son premier budget participatif, doté de 150 000 euros.\n\n"
                    "Les habitants peuvent déposer leurs projets jusqu'au 31 mai sur le site de la ville.\n\n"
                    "Les projets retenus seront soumis au vote en octobre.\n\n"
                    "Contact presse : service communication, 01 00 00 00 00\n")
    assert article.published.isoformat() == "2024-04-02"


def test_a_place_and_a_date_alone_further_down_the_body_are_an_events_not_the_page_date():
    article = parse("Valley Courier\n\nHome | News | Sport | Opinion | Life\n\nMarathon route unveiled\n\n"
                    "By Marta Quill\n\nThe organisers unveiled the route for next year's race on Tuesday.\n\n"
                    "Harbour City, 12 May 2025\n\n"
                    "Officials urged residents to report leaks and said the restrictions would be reviewed at the "
                    "end of the month, once the forecast for the autumn rains was clearer.\n")
    assert article.published is None


BODY = ("The harbour baths at Kelby will open for the summer on Saturday, three weeks later than planned, "
        "the council said on Monday.\n\nEngineers found a crack in the outer wall in April and the repairs took "
        "longer than expected, a spokesperson said.\n\nEntry stays free for children under twelve, and the cafe "
        "on the pier will open at the same time as the baths.\n")


@pytest.mark.parametrize("top,below", [
    ("Harbour Post\n\nHome | News | Sport\n\n",
     "\nMore news\n\nFerry fares rise again\nMarch 1, 2024\n\nNew pier opens\nFebruary 27, 2024\n"),   # teasers' dates
    ("Harbour Post\n\nMonday, March 11, 2024\n\nHome | News | Sport\n\n", ""),   # the day the page was read
])
def test_a_stamp_that_closes_the_article_wins_over_bare_dates_elsewhere_on_the_page(top, below):
    """A post closed by its own stamp ("Published on March 3, 2024" under its last paragraph):
    the bare dates of the teasers under it, or of a header's today's-date widget above the
    headline, are not the article's."""
    text = f"{top}Harbour baths stay open for the summer\n\n{BODY}\nPublished on March 3, 2024\n{below}"
    assert parse(text).published.isoformat() == "2024-03-03"


@pytest.mark.parametrize("opening, published", [
    ("", None),                                                   # nothing dates the article
    ("KELBY, March 3, 2024 — ", "2024-03-03"),                    # a dateline opening the first paragraph
    ("(March 3, 2024) ", "2024-03-03"),                           # a date in brackets opening it
])
@pytest.mark.parametrize("below", [
    "\nRelated stories\nFerry fares rise again\nMarch 1, 2024\n",
    "\nComments (2)\nI swim there every morning!\nMarch 5, 2024\n",
])
def test_the_dates_under_an_end_matter_heading_are_never_the_articles(opening, below, published):
    """Under the article, the dates below a heading of its end matter ("Related stories",
    "Comments") are those of other stories or of readers' comments: the article's own date
    comes from the article (its dateline here) or it has none, never from them."""
    text = f"Harbour Post\n\nHome | News | Sport\n\nHarbour baths stay open for the summer\n\nBy Jane Roe\n\n{opening}{BODY}{below}"
    article = parse(text)
    assert (article.published.isoformat() if article.published else None) == published


@pytest.mark.parametrize("caption", [
    "[pool.jpg]\nThe pool on March 1, 2024, before the repair. Photo: Tom Becker\n\n",
    "The pool on March 1, 2024, before the repair. (Photo: Tom Becker/Harbour Post)\n\n",
])
def test_a_caption_that_dates_its_picture_is_no_date_line(caption):
    """A picture's caption with its credit that names the day the picture was taken ("The pool
    on March 1, 2024 ... Photo: Tom Becker") dates the picture: the article's date is the one
    under its last paragraph."""
    text = (f"Harbour Post\n\nHome | News | Sport\n\nHarbour baths stay open for the summer\n\nBy Jane Roe\n\n"
            f"{caption}{BODY}\nMarch 3, 2024\n")
    assert parse(text).published.isoformat() == "2024-03-03"


def test_an_update_stamp_right_under_the_chosen_date_line_is_read_whatever_its_chance():
    """"Last modified on ..." right under the publication stamp is the update, though the line
    model gives that line little of its date choice."""
    from newsparse import parse
    text = ("Ferry fares rise for third year running\n\nIsland residents keep their discount as tickets go up again\n\n"
            "Jane Roe\nTue 12 Mar 2024 14.35 GMT\nLast modified on Tue 12 Mar 2024 16.02 GMT\n\n"
            "The council voted on Tuesday to raise ferry fares for the third year running, citing fuel costs and "
            "the price of new engines.\n\nThe new fares start in June. A return ticket to the islands will cost "
            "twelve pounds, up from ten.\n\nIsland residents will keep their discount, the council said.\n")
    article = parse(text)
    assert (article.published.isoformat(), article.updated.isoformat()) == ("2024-03-12T14:35:00+00:00",
                                                                            "2024-03-12T16:02:00+00:00")
