"""Which of a page's dates is its publication date: one page per case, with the trap it sets."""
from __future__ import annotations

import pytest

from newsparse import parse

NAV = "".join(f"  • {w}\n" for w in ("Home", "News", "Sport", "Culture", "Travel"))
PROSE = ("The council voted on Tuesday to keep the old harbour baths open for another five summers.\n"
         "Repairs to the pool walls will start in October and should be finished before the season.\n\n"
         "Swimmers had collected more than four thousand signatures against the closure last spring.\n"
         "The city will pay for the work from its maintenance budget, the mayor's office said.\n")
FOOTER = "\n" + "".join(f"  • {w}\n" for w in ("Imprint", "Privacy", "Contact"))
SHARE = "\n" + "".join(f"  • {w}\n" for w in ("Share", "Tweet", "Email", "Print")) + "\n"


@pytest.mark.parametrize("head,tail,published", [
    ("", f"{SHARE}This entry was posted on Wednesday, May 19th, 2010 at 11:03 pm and is filed under News, Local.\n",
     "2010-05-19T23:03:00"),
    ("", f"{SHARE}Dieser Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Lokales abgelegt.\n",
     "2010-05-19T23:03:00"),
    ("12 March 2024\n\n", "\nA study by the city, first published on 3 May 2021, found that visits kept rising after the "
     "parks reopened.\n\nOn 3 May 2021 the ministry released figures showing that park visits had doubled.\n",
     "2024-03-12"),
    ("Bilanz 2022\n\n01.02.2022 Die Zahl der Badegäste ist im Januar gestiegen, sagte die Stadt heute.\n\n", "",
     "2022-02-01"),
    ("", "\nThe next council meeting on 03.06.2022 will discuss the prices, the mayor's office said.\n", None),
], ids=["posted-on-sentence", "gepostet-after-the-date", "cued-dates-in-the-story-are-not-its-date",
        "press-release-date-opening-a-paragraph", "a-date-inside-a-sentence-is-not-the-date"])
def test_publication_date(head, tail, published):
    article = parse(f"{NAV}\nHarbour baths stay open\n\n{head}{PROSE}{tail}{FOOTER}")
    assert (article.published.isoformat() if article.published else None) == published


@pytest.mark.parametrize("stamp,published,updated", [
    ("GMT 17:27 17.03.2020(updated GMT 17:49 17.03.2020)", "2020-03-17T17:27:00+00:00",
     "2020-03-17T17:49:00+00:00"),
    ("UTC 09:05 17.03.2020 (محدثة UTC 10:15 17.03.2020)", "2020-03-17T09:05:00+00:00",
     "2020-03-17T10:15:00+00:00"),
], ids=["gmt-before-the-time", "arabic-updated-cue"])
def test_a_zone_printed_before_the_time(stamp, published, updated):
    article = parse(f"{NAV}\nHarbour baths stay open\n\n{stamp}\n\n{PROSE}{FOOTER}")
    assert article.published.isoformat() == published
    assert article.updated.isoformat() == updated


def test_credits_and_dates_of_related_stories_are_not_the_articles():
    related = ("\nRelated Content\n"
               "Harbour pool reopens after a winter of repairs\nBy Jimmy Maas | Harbour Post • Jul 27, 2020\n"
               "The pool reopened on Saturday after repairs that took all winter, the city said.\n"
               "Council to vote on the future of the harbour baths\nBy Andy Jechow • Feb 18, 2020\n"
               "The council will decide in spring whether the baths stay open, its chair said.\n")
    article = parse(f"{NAV}\nHarbour baths stay open\nBy Nathan Bernier | Harbour Post • 16 hours ago\n\n"
                    f"{PROSE}{SHARE}{related}{FOOTER}")
    assert article.authors == ("Nathan Bernier",)
    assert article.published is None


MASTHEAD = "Harbour Post\n\nMiércoles, 15 de Abril de 2020\n\n"


def test_the_pages_date_of_the_day_is_not_the_articles_date():
    article = parse(f"{MASTHEAD}{NAV}\nHarbour baths stay open\n\nPublished 12 April 2020\n\n{PROSE}{FOOTER}")
    assert article.published.isoformat() == "2020-04-12"
    assert article.warnings == ()


def test_the_pages_date_of_the_day_stands_in_when_the_article_prints_none():
    article = parse(f"{MASTHEAD}{NAV}\nHarbour baths stay open\n\n{PROSE}{FOOTER}")
    assert article.published.isoformat() == "2020-04-15"
    assert article.evidence["published"].raw == "Miércoles, 15 de Abril de 2020"
    assert article.warnings == ("published: the article prints no date; the page's date of the day "
                                "'Miércoles, 15 de Abril de 2020' stands in",)


def test_dates_of_different_days_at_the_top_are_no_date_of_the_day():
    article = parse(f"{MASTHEAD}14.04.2020\n\n{NAV}\nHarbour baths stay open\n\n{PROSE}{FOOTER}")
    assert article.published is None


def test_a_teasers_byline_below_a_related_heading_is_not_an_author():
    related = "\nRelated stories\n  * Harbour pool gets failing grade in state report\n    Oct 3, 2023 | By Tom Whitfield\n"
    article = parse(f"{NAV}\nHarbour baths stay open\n\nBy Maria Delgado\nMay 17, 2024\n\n{PROSE}{related}{FOOTER}")
    assert article.authors == ("Maria Delgado",)


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


def test_a_teasers_stamp_and_byline_below_a_related_heading_are_not_the_articles():
    related = "\nÀ lire aussi\nGrève du 18 mai : les perturbations à prévoir\nPublié le 16/05/2024\nPar Julien Marchand\n"
    article = parse(f"{NAV}\nHarbour baths stay open\n\nPar Claire Dubois\nPublié le 17/05/2024\n\n{PROSE}{related}{FOOTER}")
    assert article.authors == ("Claire Dubois",)
    assert article.published.isoformat() == "2024-05-17"


def test_a_labelled_credit_below_a_related_heading_is_another_storys():
    related = "\nЧитайте также\n16.05.2024 Рубль укрепился к доллару\nАвтор: Олег Смирнов\n"
    article = parse(f"{NAV}\nHarbour baths stay open\n\nАвтор: Иван Петров\n\n{PROSE}{related}{FOOTER}")
    assert article.authors == ("Иван Петров",)


def test_a_trending_list_right_above_the_headline_gives_no_author():
    trending = "TRENDING\n05/16/2024\nAstros rally late to beat the harbour team\nBy Kevin Doyle\n\n"
    article = parse(f"{NAV}\n{trending}Harbour baths stay open\n\nLuis Romero, Harbour News Now\n"
                    f"Published: 05/17/2024 6:30 AM CDT\n\n{PROSE}{FOOTER}")
    assert article.authors == ("Luis Romero",)
