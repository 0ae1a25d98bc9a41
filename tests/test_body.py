"""Body reflow: paragraphs from kept lines, hard-wrapped lines rejoined."""
from __future__ import annotations

import pytest

from newsparse.extract.body import build_body, join_wrapped
from newsparse.extract.title import title_text
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
    ("the mayor's office said in a [7]statement on [12]Tuesday.\n",
     "the mayor's office said in a statement on Tuesday.", "a text browser's link numbers"),
    ("[harbour-logo-120x120] Adverts annoy. Tracking annoys.\n", "Adverts annoy. Tracking annoys.",
     "an image placeholder opening the line"),
    ("As shown in the report[7], prices rose [sic] again.\n", "As shown in the report[7], prices rose [sic] again.",
     "a footnote mark and an editor's aside stay"),
    ("The new cycle path between the station and the beach opened on Tuesday, four kilometres long.\n"
     "The city spent about 2.5 million euros on it, part of it from a regional programme for roads.\n"
     "The cycling club praised the wide lanes but said there were too few places to park bikes.\n",
     "The new cycle path between the station and the beach opened on Tuesday, four kilometres long.\n\n"
     "The city spent about 2.5 million euros on it, part of it from a regional programme for roads.\n\n"
     "The cycling club praised the wide lanes but said there were too few places to park bikes.",
     "an export with one paragraph per line, every line ending on a stop"),
])
def test_reflow(text, expected, why):
    assert body_of(text) == expected


@pytest.mark.parametrize("line, text", [
    ("kept the [harbour baths](https://example.org/baths) open", "kept the harbour baths open"),
    ("![the pool](https://example.org/pool.jpg) Swimmers came back", "Swimmers came back"),
    ('see [the map](/map "Map of the harbour") below', "see the map below"),
    ("the **council** voted *twice*", "the council voted twice"),
    ("## What happens next", "What happens next"),
    ("## What happens next ##", "What happens next"),
    ("5 * 3 * 2 = 30, and #Harbour2030 is the plan's tag", "5 * 3 * 2 = 30, and #Harbour2030 is the plan's tag"),
    ("__init__ stays as printed", "__init__ stays as printed"),
    ("the _council_ voted __twice over__ on the plan", "the council voted twice over on the plan"),
    ("the file harbour_baths_2024.csv and _the report_.", "the file harbour_baths_2024.csv and the report."),
    ("1924\\. That was the year", "1924. That was the year"),
    ("the \\*real\\* surprise, and a \\_lone\\_ one", "the *real* surprise, and a _lone_ one"),
    ("\\# 5 was the winning ticket", "# 5 was the winning ticket"),
], ids=["link", "picture", "link-with-title", "emphasis", "heading", "closed-heading", "asterisks-and-hash-in-prose",
        "underscores", "emphasis-in-underscores", "snake-case-stays", "escaped-full-stop", "escaped-emphasis-stays-text",
        "escaped-hash-is-no-heading"])
def test_markdown_markup_is_left_out_of_the_body(line, text):
    doc = scan(f"{line}\n")
    assert build_body(doc.lines, [True] * len(doc.lines)) == text


@pytest.mark.parametrize("text, body", [
    ("The harbour board was funded by a [grant from the Coastal\n"
     "Fund](https://example.org/grants/2023), and took three years to finish the\n"
     "new quay, with a team of twenty-five volunteers working every weekend.\n",
     "The harbour board was funded by a grant from the Coastal Fund, and took three years to finish "
     "the new quay, with a team of twenty-five volunteers working every weekend."),
    ("The mayor said the harbour was **the town's\nbusiest** in a decade, and that the\n"
     "ferry crews had worked longer hours than in any summer before it.\n",
     "The mayor said the harbour was the town's busiest in a decade, and that the ferry crews had "
     "worked longer hours than in any summer before it."),
], ids=["a-link-wrapped-onto-the-next-line", "emphasis-wrapped-onto-the-next-line"])
def test_markdown_wrapped_over_two_lines_is_left_out_of_the_body(text, body):
    assert body_of(text) == body


def test_a_pandoc_fenced_divs_fences_are_not_body():
    from newsparse import parse
    text = ("::: {.article}\nHarbour baths stay open for five more summers\n"
            "=============================================\n\n::: {.byline}\nBy Ana Ruiz\n:::\n\n"
            "The council voted on Tuesday to keep the old harbour baths open for another five summers, "
            "ending a year of debate over the cost of repairs.\n\n"
            "Repairs to the pool walls will start in October and should be finished before the season "
            "opens in May, the mayor's office said.\n:::\n")
    assert parse(text).body == (
        "The council voted on Tuesday to keep the old harbour baths open for another five summers, "
        "ending a year of debate over the cost of repairs.\n\n"
        "Repairs to the pool walls will start in October and should be finished before the season "
        "opens in May, the mayor's office said.")


def test_a_newsletters_chrome_is_neither_headline_nor_body():
    from newsparse import parse
    text = ("View this email in your browser\n\nHarbour baths stay open for five more summers\n\nBy Ana Ruiz\n\n"
            "The council voted on Tuesday to keep the old harbour baths open for another five summers, "
            "ending a year of debate over the cost of repairs.\n\n"
            "Repairs to the pool walls will start in October and should be finished before the season "
            "opens in May, the mayor's office said.\n\n"
            "Forward to a friend | Update your preferences\n\n"
            "You are receiving this email because you signed up for the harbour letter.\n"
            "The Harbour Letter, 1 Quay Street, Port Example\n")
    record = parse(text)
    assert (record.title, record.body) == (
        "Harbour baths stay open for five more summers",
        "The council voted on Tuesday to keep the old harbour baths open for another five summers, "
        "ending a year of debate over the cost of repairs.\n\n"
        "Repairs to the pool walls will start in October and should be finished before the season "
        "opens in May, the mayor's office said.")


def test_a_newsletter_copied_without_blank_lines_keeps_its_story():
    """A short page that lost its blank lines is one block, which the segmenter would take
    whole with a notice: there a newsletter's chrome is no notice, and the story stays (the bar
    under it too, as a line of the story's block)."""
    from newsparse import parse
    paragraphs = ("The council voted on Tuesday to keep the old harbour baths open for another five summers, "
                  "ending a year of debate over the cost of repairs.",
                  "Repairs to the pool walls will start in October and should be finished before the season "
                  "opens in May, the mayor's office said.")
    text = ("View this email in your browser\nTHE HARBOUR LETTER\nFriday, May 3, 2024\n"
            "Harbour baths stay open for five more summers\nBy Ana Ruiz\n"
            + "\n".join(paragraphs) + "\nForward to a friend | Unsubscribe\n")
    record = parse(text)
    assert (record.title, record.authors, record.body) == (
        "Harbour baths stay open for five more summers", ("Ana Ruiz",),
        "\n\n".join(paragraphs) + "\n\nForward to a friend | Unsubscribe")


@pytest.mark.parametrize("reading", ["6-8 minutes", "5 min read", "Reading time: 5 minutes"])
def test_a_reading_time_on_its_own_line_is_not_body(reading):
    from newsparse import parse
    text = ("# Harbour baths stay open for five more summers\n\n**Ana Ruiz**\n\n" + reading + "\n\n"
            "The council voted on Tuesday to keep the old harbour baths open for another five summers, "
            "ending a year of debate over the cost of repairs.\n\n"
            "Repairs to the pool walls will start in October and should be finished before the season "
            "opens in May, the mayor's office said.\n")
    assert parse(text).body == (
        "The council voted on Tuesday to keep the old harbour baths open for another five summers, "
        "ending a year of debate over the cost of repairs.\n\n"
        "Repairs to the pool walls will start in October and should be finished before the season "
        "opens in May, the mayor's office said.")


def test_a_newsletters_unsubscribe_bar_is_not_body():
    from newsparse import parse
    text = ("Subject: Harbour baths stay open for five more summers\n\n"
            "Harbour baths stay open for five more summers\n\nBy Ana Ruiz\n\n"
            "The council voted on Tuesday to keep the old harbour baths open for another five summers, "
            "ending a year of debate over the cost of repairs.\n\n"
            "Repairs to the pool walls will start in October and should be finished before the season "
            "opens in May, the mayor's office said.\n\nUnsubscribe | Manage preferences\n")
    assert parse(text).body.endswith("the mayor's office said.")


def test_a_page_copied_without_blank_lines_reads_as_with_them(in_root):
    # a browser's copy puts each paragraph on a line and may leave no blank line between them:
    # each line is then a block of its own, as each paragraph is on a page with blank lines
    from newsparse import parse
    with open("samples/web-page-unwrapped.txt", encoding="utf-8") as fh:
        text = fh.read()
    tight = "".join(line for line in text.splitlines(True) if line.strip())
    got, want = parse(tight), parse(text)
    assert (got.title, got.authors, got.published, got.source) == (want.title, want.authors, want.published,
                                                                     want.source)
    assert got.body.split() == want.body.split()


def test_a_text_without_blank_lines_has_a_block_per_paragraph():
    from newsparse.features import read_table
    lines = [f"Paragraph {i} of a page copied from a browser, one paragraph on each line of it." * (1 + i % 3)
             for i in range(14)]
    assert [r.block for r in read_table(scan("\n".join(lines) + "\n")).rows] == list(range(14))
    filled = "The council met on Tuesday to discuss the new ferry timetable for the summer, and"
    wrapped = "\n".join([filled] * 6 + ["it agreed."] + [filled] * 7)   # a paragraph ends short of the width
    assert [r.block for r in read_table(scan(wrapped + "\n")).rows] == [0] * 7 + [1] * 7
    short = "Headline\nBy Jane Roe\nThe council met on Tuesday.\n"
    assert {r.block for r in read_table(scan(short)).rows} == {0}               # a short paste: one block


@pytest.mark.parametrize("parts,joined", [
    (["A new Redox-", "Flow-Technologie"], "A new Redox-Flow-Technologie"),
    (["a well-", "known harbour"], "a well-known harbour"),
    (["the ferry -", "and the bus"], "the ferry - and the bus"),
    (["港口", "日报"], "港口日报"),
    (["Harbour baths", "stay open"], "Harbour baths stay open"),
], ids=["compound-at-its-hyphen", "lower-case-after-the-hyphen", "a-dash-is-no-hyphen", "cjk", "a-space"])
def test_wrapped_lines_join_as_one(parts, joined):
    assert join_wrapped(parts) == joined


def test_a_headline_wrapped_at_a_hyphen_joins_without_a_space():
    doc = scan("Harbour council backs Redox-\nFlow batteries for the ferries\n")
    assert title_text(doc.lines[:2])[0] == "Harbour council backs Redox-Flow batteries for the ferries"


WIRE = ("HARBOUR CITY, March 3 (Reuters) - The harbour council voted on Sunday to keep the old sea baths "
        "open for five more summers, ending a dispute that had run for two years.\n\n"
        "Repairs to the pool walls will start in October, a council spokesman said.\n\n")


@pytest.mark.parametrize("end", ["-30-", "dpa hru yydd n1 mo", "bur-lm/jj", "/ck/jha/he", "(ANSA).",
                                 "Our Standards: The Harbour Wire Trust Principles."])
def test_a_wire_storys_end_mark_slug_or_standards_line_is_not_body(end):
    from newsparse import parse
    assert parse(f"Harbour baths stay open\n\n{WIRE}{end}\n").body.endswith("a council spokesman said.")


def test_xinhuas_end_mark_after_the_last_sentence_is_not_body():
    from newsparse import parse
    assert parse(f"Harbour baths stay open\n\n{WIRE[:-2]} Enditem\n").body.endswith("a council spokesman said.")


@pytest.mark.parametrize("credit,authors,editors", [
    ("(Reporting by Jane Roe in Harbour City)", ("Jane Roe",), ()),
    ("(Editing by Tom Doe)", (), ("Tom Doe",)),
], ids=["one-reporter", "one-editor"])
def test_one_roles_closing_credit_in_brackets_names_its_person(credit, authors, editors):
    from newsparse import parse
    article = parse(f"{WIRE}{credit}\n")
    assert (article.authors, article.editors) == (authors, editors)
    assert article.body.endswith("a council spokesman said.")


def test_a_reporters_contact_after_the_credits_is_neither_body_nor_headline():
    from newsparse import parse
    article = parse(f"{WIRE}(Reporting by Jane Roe; Editing by Tom Doe)\n((jane.roe@example.com; +44 20 7000 0000))\n")
    assert (article.title, article.authors, article.editors) == (None, ("Jane Roe",), ("Tom Doe",))
    assert article.body.endswith("a council spokesman said.")


@pytest.mark.parametrize("slug", ["BC-OK-Harbour Baths,0412", "AM-Harbour Baths, 2nd Ld-Writethru,0530"])
def test_an_ap_slug_line_over_the_story_is_not_its_headline(slug):
    from newsparse import parse
    article = parse(f"{slug}\n\nHarbour baths stay open\n\nBy JANE ROE\nAssociated Press\n\n"
                    "HARBOUR CITY (AP) — The harbour council voted on Sunday to keep the old sea baths open "
                    "for five more summers, ending a dispute that had run for two years.\n\nRepairs to the "
                    "pool walls will start in October, a council spokesman said.\n\nSwimmers had collected "
                    "more than four thousand signatures against the closure last spring.\n")
    assert (article.title, article.authors, article.dateline.location) == (
        "Harbour baths stay open", ("Jane Roe",), "HARBOUR CITY")
    assert article.body.startswith("HARBOUR CITY (AP) — The harbour council voted")


@pytest.mark.parametrize("line,never", [
    ("Grower Ana Pereira in her dry field. Photograph: Lena Brook for the Courier", True),
    ("The valley's reservoir in August. Photo: Tom Asher/Getty Images", True),
    ("© Valley Courier 2023", True),
    ("Photos: Ice storm leaves hill towns dark for a third night", False),
    ("Il nuovo pontile del porto durante l'inaugurazione (foto Rinaldi)", True),
    ("Der Hafen im Abendlicht - Foto Becker", True),
    ("Neue Bilder vom Hafen (FOTO)", False),
    ("Ferry fares rise again (photo essay)", False),
    ("Farmers count the cost of a dry summer", False),
])
def test_a_pictures_caption_with_its_credit_is_never_the_headline(line, never):
    from newsparse.features import read_table
    from newsparse.headline import never_headline
    row = read_table(scan(line + "\n")).rows[0]
    assert never_headline(row) is never


@pytest.mark.parametrize("line,never", [
    ("Lena Okafor", True),                      # the writer's name, on a line of its own
    ("Tomás Ibarra Vidal", True),
    ("Lena Okafor wins the harbour regatta", False),
    ("Harbour District", False),               # no given name: a place
    ("Olympic Winter Games", False),
    ("By Lena Okafor and Tomas Verhoek", True),   # a byline opening with its cue
    ("Von Jana Roe", True),
    ("By Lena Okafor, Staff Writer", True),
    ("By the numbers: ferry fares since 2010", False),   # the cue's word, and no one named
    ("Auf den Spuren von Lena Okafor", False),           # a cue's word further on: a headline
    ("By Lena Okafor and Tomas Verhoek, who sailed the harbour for a week.", False),   # a sentence
])
def test_a_line_that_is_only_a_persons_name_or_a_byline_is_never_the_headline(line, never):
    from newsparse.features import read_table
    from newsparse.headline import never_headline
    row = read_table(scan(line + "\n")).rows[0]
    assert never_headline(row) is never


def test_a_markdown_picture_alone_on_its_line_is_never_the_headline():
    from newsparse import parse
    text = ("[![Harbour Post logo](https://example.com/logo.png)](https://example.com/)\n\n"
            "* [Home](https://example.com/)\n* [News](https://example.com/news)\n\n"
            "![](https://example.com/img/baths.jpg)\n\n"
            "Harbour baths stay open\n=======================\n\n"
            "The harbour council voted on Sunday to keep the old sea baths open for five more summers, "
            "ending a dispute that had run for two years.\n\n"
            "Repairs to the pool walls will start in October, a council spokesman said on Monday.\n")
    article = parse(text)
    assert article.title == "Harbour baths stay open"
    assert article.body.startswith("The harbour council voted")


def test_the_paragraph_that_announces_the_list_the_article_opens_with_is_body():
    from newsparse import parse
    items = "".join(f"* {s}\n" for s in (
        "Teacher salaries will rise by 3 per cent under the plan.",
        "Two bus routes in the north of the district will be merged.",
        "The music programme survives, but with fewer part-time staff.",
        "A new reading coach will be hired for each primary school.",
        "The district expects to draw 1.1 million dollars from its reserves."))
    text = ("# Five things we learned from the school budget hearing\n\n**By Jane Roe** | April 17, 2024\n\n"
            "The school board spent nearly four hours on Tuesday night going through next year's proposed "
            "budget. Here is what stood out:\n\n" + items +
            "\nBoard chair Tom Becker defended the use of reserves.\n\n"
            "> We are spending savings now so that we do not have to cut classrooms. That is a choice I "
            "am comfortable defending.\n\n"
            "Parents who spoke at the meeting mostly welcomed the plan, though several asked why class sizes "
            "in the upper grades would not fall.\n\nThe board will vote on the final budget on May 2.\n\n* * *\n\n"
            "_Have a tip? Email [news@harbourpost.example](mailto:news@harbourpost.example)._\n")
    body = parse(text).body
    assert body.startswith("The school board spent nearly four hours on Tuesday night")
    assert "* Teacher salaries will rise" in body


@pytest.mark.parametrize("stamp", ["6-8 minutes", "5 min read", "Reading time: 4 minutes"])
def test_a_reading_time_alone_is_neither_the_headline_nor_body_on_a_page_without_blank_lines(stamp):
    from newsparse import parse
    text = (f"harbourpost.example\nHarbour baths stay open\n{stamp}\n"
            "The harbour council voted on Sunday to keep the old sea baths open for five more summers, "
            "ending a dispute that had run for two years.\n"
            "Repairs to the pool walls will start in October, a council spokesman said on Monday.\n")
    article = parse(text)
    assert article.title == "Harbour baths stay open"
    assert article.body.startswith("The harbour council voted")


def test_an_end_matter_heading_under_the_last_paragraph_is_not_body():
    """A page with a blank line between all its elements: the related stories' heading under
    the last paragraph reads as text to the model, and is no part of the article."""
    from newsparse import parse
    text = "\n\n".join([
        'Anmelden',
        'Suche',
        'HAFENKURIER',
        'Märkte',
        'Unternehmen',
        'Finanzen',
        'Immobilien',
        'Karriere',
        'Podcast',
        'Unternehmen',
        'Maschinenbauer Hafenwerft streicht 600 Stellen',
        'Der Mittelständler aus dem Norden reagiert auf den Einbruch bei Aufträgen aus China.',
        'Jana Roth',
        '03.02.2025',
        'Lesezeit: 3 Minuten',
        'Der Nordener Maschinenbauer Hafenwerft will bis Ende kommenden Jahres rund 600 seiner 4200 Stellen in Deutschland abbauen.',
        'Das Unternehmen begründete den Schritt am Montag mit einem deutlichen Rückgang der Bestellungen, vor allem aus China und den USA.',
        'Betroffen seien vor allem die Werke in Nordkai und Altstadt, teilte eine Sprecherin mit.',
        'Die IG Metall kündigte Widerstand an und forderte die Geschäftsführung zu Verhandlungen über einen Sozialplan auf.',
        'Hafenwerft hatte im vergangenen Jahr noch einen Rekordumsatz von 1,1 Milliarden Euro gemeldet.',
        'Das könnte Sie auch interessieren',
        'Zulieferer in der Krise: Wie geht es weiter?',
        'Strompreise belasten Mittelstand',
        'Kontakt',
        'AGB',
        'Alle Rechte vorbehalten',
    ]) + "\n"
    assert parse(text).body.endswith("Rekordumsatz von 1,1 Milliarden Euro gemeldet.")


def test_the_standfirst_between_the_headline_and_the_byline_is_not_body():
    """A page with a blank line between all its elements: the standfirst under the headline
    reads as text to the model, but the article starts below the byline."""
    from newsparse import parse
    text = "\n\n".join([
        'Skip to content',
        'Harbour Evening Post',
        'Home',
        'News',
        'Sport',
        'Business',
        'Opinion',
        'Weather',
        'Subscribe',
        'News > Local > Transport',
        'Ferry operator cuts winter timetable as crew shortage bites',
        'Passengers on the island routes face fewer crossings from November, with the last evening sailing scrapped.',
        'By Jane Roe',
        'Published: 14 October 2024, 07:45',
        'The ferry terminal at Westmoor Quay on Sunday. Photo: Tom Becker',
        'Island residents will lose their last evening ferry from the start of November after the operator admitted it could not find enough qualified crew to run the full winter timetable.',
        'Northsound Ferries said on Monday that three of its nine daily crossings to Kellan Isle would be withdrawn until at least March, leaving the 18:30 departure as the final service of the day.',
        '"We have tried every avenue, including agency staff from the mainland," said the company\'s operations director, Ana Ruiz. "There simply are not enough deck officers available."',
        'Councillor Li Wei, who represents the island ward, described the decision as a blow to shift workers and students who rely on the late crossing to get home.',
        'The operator said it would review the timetable in January and offer refunds to season ticket holders who could no longer use the service.',
        'Related stories',
        'Bridge repairs to close coast road for six weeks',
        'Bus fares frozen for under-21s',
        'Sign up to our morning newsletter',
        'Enter your email address',
        'Subscribe',
        '© 2024 Harbour Evening Post. All rights reserved.',
        'Privacy | Cookies | Contact us',
    ]) + "\n"
    article = parse(text)
    assert article.body.startswith("Island residents will lose their last evening ferry")
    assert (article.title, article.authors) == ("Ferry operator cuts winter timetable as crew shortage bites", ("Jane Roe",))
    assert article.subtitle == ("Passengers on the island routes face fewer crossings from November, with the last "
                                "evening sailing scrapped.")


_KLINIK = [
    'Nordkurier Abend',
    'Startseite › Region › Gesundheit',
    'Klinik in Westerhafen schließt ihre Geburtsstation',
    None,
    'Von Lena Albrecht',
    '4. März 2025',
    'Die Klinik in Westerhafen schließt zum 1. Juli ihre Geburtsstation, wie die Geschäftsführung am Dienstag mitteilte.',
    'Als Grund nannte sie den Mangel an Hebammen: Seit dem Herbst seien vier von elf Stellen unbesetzt geblieben.',
    'Schwangere aus dem Landkreis müssen künftig nach Nordkai oder Altstadt fahren, was bis zu einer Stunde dauert.',
    'Der Landrat kündigte an, mit dem Land über eine Förderung für die Station zu verhandeln.',
    'Eine Entscheidung soll bis zum Sommer fallen, sagte eine Sprecherin des Ministeriums.',
    '© 2025 Nordkurier Abend',
]


@pytest.mark.parametrize("between, subtitle", [
    (['Werdende Eltern müssen weitere Wege fahren: Die Klinik findet nicht genug',
      'Hebammen für den Schichtdienst.'],
     "Werdende Eltern müssen weitere Wege fahren: Die Klinik findet nicht genug Hebammen für den Schichtdienst."),
    (['Der Kreißsaal der Klinik am Montag. Foto: Tom Becker'], None),
    (['Der Kreißsaal der Klinik am Montag, kurz vor der Schließung.', '',
      'Der Kreißsaal der Klinik am Montag, kurz vor der Schließung.'], None),
    (['GEBURTSHILFE'], None),
    (['Werdende Eltern müssen weitere Wege fahren, weil die Klinik nicht genug Hebammen findet'],
     "Werdende Eltern müssen weitere Wege fahren, weil die Klinik nicht genug Hebammen findet"),
    (['• Werdende Eltern müssen weitere Wege fahren, weil die Klinik nicht genug Hebammen findet'], None),
], ids=["a-wrapped-standfirst", "a-credited-caption", "a-caption-printed-twice", "a-kicker",
        "a-standfirst-without-its-full-stop", "a-list-item"])
def test_the_standfirst_left_out_of_the_body_is_the_subtitle(between, subtitle):
    """The standfirst between the headline and the byline is no body; the record's subtitle
    holds it (its wrapped lines joined). A caption or a kicker there is no subtitle."""
    from newsparse import parse
    lines: list[str] = []
    for line in _KLINIK:
        if line is None:
            lines += ["\n".join(between)]
        else:
            lines.append(line)
    article = parse("\n\n".join(lines) + "\n")
    assert article.title == "Klinik in Westerhafen schließt ihre Geburtsstation"
    assert article.body.startswith("Die Klinik in Westerhafen schließt zum 1. Juli")
    assert article.subtitle == subtitle


_PORTO = [
    'Gazzetta del Porto',
    'Cronaca',
    'Chiuso il molo nord per i lavori alla diga',
    'di Marta Rossini',
    '12 marzo 2024',
    'Il molo nord del porto di Valdimare resterà chiuso da lunedì per tre mesi, per i lavori di rinforzo della diga foranea.',
    'I traghetti per le isole partiranno dal molo sud, dove la capitaneria ha predisposto due nuovi ormeggi.',
    'Secondo il Comune, i lavori costeranno 4,2 milioni di euro, in gran parte fondi regionali.',
]


@pytest.mark.parametrize("heading", ["Guarda anche", "GUARDA ANCHE", "Più letti", "Ti potrebbe interessare"])
def test_an_end_matter_heading_of_another_language_under_the_last_paragraph_is_not_body(heading):
    """Italian end-matter headings under the last paragraph: the related stories' heading is
    no part of the article, nor is the headline under it."""
    from newsparse import parse
    text = "\n\n".join(_PORTO + [heading, 'Nuovo parcheggio alla stazione, i lavori a maggio',
                                 '© 2024 Gazzetta del Porto']) + "\n"
    assert parse(text).body.endswith("in gran parte fondi regionali.")


@pytest.mark.parametrize("heading", ["Réagir à cet article", "Mots-clés : port, travaux", "Have your say",
                                     "Meest gelezen", "Schlagworte: Hafen, Bau"])
def test_an_end_matter_heading_the_segmenter_alone_reads_under_the_last_paragraph_is_not_body(heading):
    """Headings of the end matter that the line model was fitted without
    (``rules.cues.END_HEADING_PHRASES``): under the last paragraph, no part of the article."""
    from newsparse import parse
    text = "\n\n".join(_PORTO + [heading, '© 2024 Gazzetta del Porto']) + "\n"
    assert parse(text).body.endswith("in gran parte fondi regionali.")


@pytest.mark.parametrize("closing", [
    ["Condividi su Facebook"], ["Compartir en Telegram"], ["Explore more on these subjects", "Harbours", "Share"],
    ["Contatti stampa: ufficio comunicazione, 010 000 00 00, stampa@porto.example"],
    ["Notes to editors\n1. The works are paid for by the regional fund.\n2. Photos are available on request.",
     "Media inquiries: press@porto.example"],
    ["Marta Rossini è giornalista della Gazzetta del Porto."],
])
def test_share_lines_a_press_releases_notes_and_contact_and_the_writers_bio_under_the_last_paragraph_are_not_body(
        closing):
    """Under the story's last sentence: a share prompt ("Condividi su ..."), a heading over the
    site's topics, a press release's contact line ("Contatti stampa: ...") and its notes to
    editors under their heading, the writer's one-line bio: no part of the article."""
    from newsparse import parse
    text = "\n\n".join(_PORTO + closing) + "\n"
    assert parse(text).body.endswith("in gran parte fondi regionali.")


@pytest.mark.parametrize("last", ["Luisa Bianchi è la sindaca di Valdimare.",
                                  "Il sindaco Luca Neri è giornalista da vent'anni, e ha votato contro.",
                                  # in the past: the close of an obituary, not a writer's bio
                                  "Piero Sala era giornalista al Corriere di Valdimare dal 1968 al 2009."])
def test_a_last_paragraph_that_only_looks_like_a_bio_stays_body(last):
    """A closing sentence that names no newsroom title, or is no bio of a writer, is article text."""
    from newsparse import parse
    text = "\n\n".join(_PORTO + [last]) + "\n"
    assert parse(text).body.endswith(last)


@pytest.mark.parametrize("last", ["Marta Rossini è la sindaca di Valdimare.",
                                  "Marta Rossini segue la cronaca del porto. Scrivetele a mrossini@gazzetta.example."])
def test_a_paragraph_on_the_writer_the_byline_names_under_the_last_one_is_not_body(last):
    """Under the story's last sentence, a short paragraph of its own that opens with the name
    the byline above the article gives ("di Marta Rossini") is about the writer (who they are,
    how to reach them), whatever its verb: no part of the article."""
    from newsparse import parse
    text = "\n\n".join(_PORTO + [last]) + "\n"
    assert parse(text).body.endswith("in gran parte fondi regionali.")


_FERRY_PAGE = """\
Skip to main content
The Lakeside Courier
Subscribe  Sign in
  • News
  • Sport
  • Business
  • Opinion
  • Culture

Advertisement

Local News

Ferry service to Pine Island resumes after three-week repair

A replacement engine arrived from the mainland on Tuesday, and the county says sailings will run on the winter timetable until March.

By Martha Quinlan
Published Nov. 14, 2024 at 6:42 a.m. | Updated Nov. 14, 2024 at 9:10 a.m.

Share on Facebook  Share on X  Email

The ferry that links Pine Island to the mainland returned to service on Wednesday morning after a three-week repair that left about 400 residents relying on a water taxi and a weekly supply barge.

County transport officer Dale Hennigan said the vessel passed its safety inspection late on Tuesday. \"We had the engine on the dock by noon and the inspector signed it off before dark,\" he said.

The first sailing left the island at 6:15 a.m. with 23 passengers and two delivery vans. Residents said the outage had been hard on older people who travel to the mainland for medical appointments.

\"My mother missed two appointments at the clinic,\" said Roberta Kell, who runs the island's only shop. \"The water taxi is fine for young people, but not in November.\"

The county has budgeted $1.2 million next year for a second, smaller vessel that could cover for the ferry during repairs.

Related stories
  • County approves budget for second ferry
  • Storm closes island school for two days

Most read
 1. High school football: Lakeside wins in overtime
 2. New bakery opens on Harbor Street

© 2024 The Lakeside Courier. All rights reserved.
Privacy Policy | Terms of Use | Contact us
"""

_LIBRARY_PAGE = """\
[logo]
Home  News  Politics  World  Business  Tech  Science  Health

POLITICS

City council votes to close two branch libraries
Members cited a $4 million budget gap. Residents say the cuts fall on the poorest districts.

Amira Feldstein
City Hall Reporter
Published: 09:15 EDT, 3 June 2024 | Updated: 11:02 EDT, 3 June 2024

[library-exterior.jpg]
The Eastgate branch library, one of two set to close in September. (Photo: Ron Talbert)

The city council voted 7-4 on Monday night to close two branch libraries, ending a debate that filled the council chamber for almost five hours.

The Eastgate and Millbrook branches will shut on Sept. 30. Their books will be moved to the central library, and the buildings will be offered for sale.

Council member Luis Ordaz, who voted against the plan, said the two branches served neighbourhoods with the lowest household incomes in the city. \"These are the places where kids do their homework because they have no internet at home,\" he said.

Supporters said the city had no other way to close the budget gap without cutting police or fire services.

READ MORE:
Mayor proposes hiring freeze for city departments
School board delays vote on new bus routes

A petition to keep the branches open has gathered more than 3,000 signatures. Organisers said they would ask the council to reconsider at its next meeting.

The library system's director, Helen Osei, said staff at the two branches would be offered jobs elsewhere in the system.

Amira Feldstein covers City Hall. Reach her at afeldstein@example.com.

Recommended for you
Council approves new bike lanes downtown
Restaurant inspections: five places that failed in May
Sponsored: Refinance your home today

Comments (12)
Log in to comment
"""


def test_a_line_of_interface_words_opening_the_article_is_not_body():
    """A share widget's line between the byline and the first paragraph ("Share on Facebook
    Share on X  Email"): interface words, no sentence, at the article's edge."""
    from newsparse import parse
    article = parse(_FERRY_PAGE)
    assert article.body.startswith("The ferry that links Pine Island to the mainland returned")
    assert article.body.endswith("could cover for the ferry during repairs.")


def test_a_box_heading_over_teasers_left_out_and_the_writers_paragraph_are_not_body():
    """Inside the article, "READ MORE:" over two teasers the article leaves out goes with them;
    under the last paragraph, the paragraph that opens with the byline's writer ("Amira
    Feldstein covers City Hall. Reach her at ...") is about the writer."""
    from newsparse import parse
    article = parse(_LIBRARY_PAGE)
    assert "READ MORE" not in article.body and "hiring freeze" not in article.body
    assert ("fire services.\n\nA petition to keep the branches open" in article.body)
    assert article.body.endswith("would be offered jobs elsewhere in the system.")
    assert article.authors == ("Amira Feldstein",)


_HARBOUR_TEXT = ["The harbour baths at Kelby will open for the summer on Saturday, three weeks later than planned, "
                 "the council said.",
                 "Engineers found a crack in the outer wall in April.",
                 "Entry stays free for children under twelve."]
_PUERTO_TEXT = ["Los pueblos del puerto recuperan la calma en verano, cuando los turistas ya se han ido.",
                "En esta lista reunimos seis que merecen una escapada.",
                "Todos tienen alojamiento rural y rutas para caminar."]


@pytest.mark.parametrize("top,paragraphs", [
    (["Harbour Weekly", "Travel   Food   Culture   Shop   Newsletter",
      "TRAVEL\nSix days on the coast road\nWords: Jane Roe   Photography: Tom Becker\nEdition 17, Summer 2024"],
     _HARBOUR_TEXT),
    (["Revista del Puerto", "Destinos  Gastronomía  Consejos",
      "Seis pueblos del puerto para visitar en verano\nActualizado hace 2 días"], _PUERTO_TEXT),
    (["Harbour Gazette", "Today's paper | Obituaries | Classifieds | Events\nMonday, June 3, 2024",
      "COAST\nHarbour baths to open late after wall repairs, with new\nchildren's pool and longer weekend hours\n"
      "By Jane Roe and Tom Becker\nPublished June 3, 2024"], _HARBOUR_TEXT),
    (["Harbour Herald", "News · Sport · Business · Life",
      "Harbour baths open three weeks late after repairs\nJane Roe · 2 hours ago · 3 min read"], _HARBOUR_TEXT),
])
def test_the_block_of_short_lines_over_the_first_paragraph_is_not_body(top, paragraphs):
    """A block of short lines that end no sentence over the article's first paragraph (the
    headline with a kicker, an edition line, an updated stamp, the byline) is the page's
    header: the body opens with the first paragraph."""
    from newsparse import parse
    text = "\n\n".join(top + paragraphs) + "\n"
    assert parse(text).body == "\n\n".join(paragraphs)


def test_a_block_of_short_lines_between_paragraphs_stays_body():
    """Only the block the article would open with is a header: a list of short lines inside
    the article (a timetable) is body."""
    from newsparse import parse
    timetable = "Mornings 7 to 10\nEvenings 5 to 9\nSundays closed"
    text = "\n\n".join(["Harbour Weekly", "Harbour baths open late after wall repairs", _HARBOUR_TEXT[0],
                         timetable, *_HARBOUR_TEXT[1:]]) + "\n"
    body = parse(text).body
    assert body.startswith(_HARBOUR_TEXT[0]) and "Evenings 5 to 9" in body


@pytest.mark.parametrize("prompt", [
    "Questo articolo è riservato agli abbonati. Per continuare a leggere abbonati alla Gazzetta del Porto.",
    "Iscriviti alla newsletter della Gazzetta del Porto",
    "Sei già abbonato? Accedi",
])
def test_a_paywalls_or_a_sign_up_prompt_is_not_body(prompt):
    """A paywall's notice or a newsletter's sign-up prompt under the last paragraph, or after
    the lead, is no part of the article (``rules.cues.is_prompt``)."""
    from newsparse import parse
    end = "\n\n".join(_PORTO + [prompt, '© 2024 Gazzetta del Porto']) + "\n"
    assert parse(end).body.endswith("in gran parte fondi regionali.")
    lead = "\n\n".join(_PORTO[:6] + [prompt] + _PORTO[6:] + ['© 2024 Gazzetta del Porto']) + "\n"
    assert parse(lead).body == "\n\n".join(_PORTO[5:])


@pytest.mark.parametrize("line,prompt", [
    ("Harbour news every morning, free. Sign up for the Harbour Post daily newsletter.", True),
    ("This article is for subscribers only.", True),
    ("Déjà abonné ? Connectez-vous", True),
    ("Meld je aan voor de nieuwsbrief van het Havenblad", True),
    ("¿Ya eres suscriptor? Inicia sesión", True),
    ("This story is free to read. Support local journalism: subscribe to the Harbour Post.", True),
    ("Readers were asked to support local journalism, and 300 subscribed, the editor said.", False),
    ("Subscribers will pay two euros more a month from May, the company said.", False),
    ("Readers who sign up for the newsletter get a discount, the publisher said.", False),
    ("Sign up for the swimming course opens on Monday.", False),
])
def test_a_prompt_speaks_to_the_reader_about_a_subscription(line, prompt):
    from newsparse.rules.cues import is_prompt
    assert is_prompt(line.lower()) is prompt


@pytest.mark.parametrize("rights", ["Gazzetta del Porto - Tutti i diritti riservati - P.IVA 01234567890",
                                    "Gazzetta del Porto. Tutti i diritti riservati."])
def test_a_rights_line_without_a_copyright_mark_is_the_sites_copyright(rights):
    """The site's rights line without a "©" is no part of the body, and names the source."""
    from newsparse import parse
    article = parse("\n\n".join(_PORTO + [rights]) + "\n")
    assert article.body.endswith("in gran parte fondi regionali.")
    assert article.source == "Gazzetta del Porto"


@pytest.mark.parametrize("caption", [
    "Il molo nord visto dalla diga. Foto di Paolo Ferri",
    "Il molo nord visto dalla diga. Foto: Gazzetta/Paolo Ferri",
    "Il molo nord visto dalla diga. Beeld: Paolo Ferri",
    "Il molo nord visto dalla diga. © Paolo Ferri / Gazzetta",
])
def test_a_pictures_caption_with_its_credit_between_paragraphs_is_not_body(caption):
    from newsparse import parse
    text = "\n\n".join(_PORTO[:6] + [caption] + _PORTO[6:] + ['© 2024 Gazzetta del Porto']) + "\n"
    assert parse(text).body == "\n\n".join(_PORTO[5:])


def test_a_paragraph_that_names_a_photographer_is_body():
    from newsparse import parse
    para = "La mostra al museo del porto apre sabato. Foto di Paolo Ferri e di altri quaranta autori."
    text = "\n\n".join(_PORTO[:6] + [para] + _PORTO[6:]) + "\n"
    assert parse(text).body == "\n\n".join(_PORTO[5:6] + [para] + _PORTO[6:])


def test_a_teaser_after_a_text_browsers_link_number_is_not_body():
    from newsparse import parse
    teaser = "[12]Leggi anche: Nuovo parcheggio alla stazione, i lavori partono a maggio"
    text = "\n\n".join(_PORTO[:6] + [teaser] + _PORTO[6:]) + "\n"
    assert parse(text).body == "\n\n".join(_PORTO[5:])


_CLOSING_PARAGRAPHS = {
    "uk": ["Міська рада Тернополя затвердила план ремонту набережної біля ставу.",
           "Роботи почнуться навесні й триватимуть до осені, повідомили в мерії.",
           "Після ремонту набережну освітлять новими ліхтарями."],
    "tr": ["Samsun'da yeni yolcu iskelesi bugün törenle hizmete açıldı.",
           "İskele günde on iki sefere hizmet verecek, belediye açıklama yaptı.",
           "Yolcular bilet fiyatlarının değişmeyeceğini öğrendi."],
    "da": ["Aalborg Kommune har besluttet at bygge en ny cykelbro over fjorden.",
           "Broen bliver 300 meter lang og skal stå færdig om tre år, oplyser kommunen.",
           "Arbejdet begynder efter sommerferien."],
    "ja": ["浜松市は新しい市営プールを来月開業すると発表した。",
           "プールは屋内型で、一年を通じて利用できる。",
           "市は年間十万人の利用を見込んでいる。"],
}


@pytest.mark.parametrize("lang,closing", [
    ("uk", ["Мітки: Тернопіль, набережна"]),
    ("tr", ["Etiketler: Samsun, iskele"]),
    ("tr", ["Yorumlar"]),
    ("da", ["Del artiklen", "Læs også"]),
    ("ja", ["タグ：浜松、プール"]),
])
def test_a_tag_line_or_a_share_prompt_under_the_last_paragraph_is_not_body(lang, closing):
    """The end matter of pages in more languages than the line model's cues name: a tag line
    or a share or read-also prompt under the last paragraph is no part of the article."""
    from newsparse import parse
    paragraphs = _CLOSING_PARAGRAPHS[lang]
    text = "\n\n".join(["Stadtanzeiger Nord", "Ein Titel der Seite", *paragraphs, *closing]) + "\n"
    body = parse(text).body
    assert body.endswith(paragraphs[-1])


def test_a_source_label_under_the_last_paragraph_is_not_body():
    from newsparse import parse
    text = ("Kurier Mazurski\n\nNowy most w Olsztynie otwarty\n\n"
            "Nowy most na Łynie w Olsztynie został w piątek otwarty dla ruchu – poinformował ratusz.\n\n"
            "Budowa trwała dwa lata i kosztowała 40 mln zł.\n\nŹródło: PAP\n")
    assert parse(text).body.endswith("kosztowała 40 mln zł.")


def test_a_correction_button_and_the_editor_s_label_close_a_chinese_wire_story():
    """"【纠错】【责任编辑：X】" under a wire story that ends in its sign-off: neither the bar nor
    the sign-off is body."""
    from newsparse import parse
    text = ("东江日报\n\n东江新建人行桥今日开放\n\n2024-06-02 09:15　来源：东江日报\n\n"
            "本报讯 东江上的新人行桥今天上午正式开放，全长三百米。\n\n"
            "市政部门表示，桥上将安装夜间照明设施。（完）\n\n【纠错】【责任编辑：周明】\n")
    assert parse(text).body.endswith("桥上将安装夜间照明设施。")


@pytest.mark.parametrize("notice", [
    "Story continues below advertisement", "Article continues below", "Lesen Sie nach der Anzeige weiter",
    "La suite après cette publicité", "Continúa leyendo", "Continua a leggere dopo la pubblicità",
    "*L’article continue sous la publicité*",
])
def test_a_notice_that_the_article_goes_on_past_an_advertisement_is_no_body(notice):
    """A line inside the text saying the article goes on below an advertisement, in any of
    several languages, is never article text."""
    from newsparse import parse
    text = "\n\n".join([
        'Harbour Evening Post',
        'Tram line to the harbour opens two months early',
        'By Jane Roe',
        '14 October 2024',
        'The new tram line between the station and the harbour opened on Monday, two months ahead of the timetable the city had set.',
        'About four thousand passengers used the line on its first day, the transport authority said in the evening.',
        notice,
        'Shops along the route reported more customers, although some residents complained about the noise of the first trams.',
        'The city plans to extend the line to the northern districts by the end of the decade.',
    ]) + "\n"
    body = parse(text).body
    assert body.startswith("The new tram line between the station")
    assert body.endswith("by the end of the decade.")
    assert notice.strip("*") not in body and body.count("\n\n") == 3


_TEASER_BOX_PAGE = [
    'Zum Inhalt springen',
    'Rheinblick Zeitung',
    'Politik  Wirtschaft  Sport  Kultur  Region  Meinung',
    'Region',
    'Stadtrat beschließt autofreie Altstadt ab 2025',
    'Von Katrin Albers',
    'Aktualisiert am 12.03.2024, 18:45 Uhr',
    'Artikel teilen',
    'Nach monatelangem Streit hat der Stadtrat von Wellbach entschieden: Die Altstadt wird autofrei. Händler fürchten um ihre Kundschaft.',
    'Der Stadtrat von Wellbach hat am Dienstagabend mit knapper Mehrheit beschlossen, die Altstadt ab dem kommenden Jahr für den Autoverkehr zu sperren.',
    '23 Ratsmitglieder stimmten für den Antrag der Grünen, 20 dagegen, zwei enthielten sich.',
    'Mehr zum Thema',
    'Freibad am Deich öffnet später',
    'Sauna im Sportzentrum wird größer',
    'Anwohner und Lieferdienste sollen weiterhin Zufahrt erhalten, allerdings nur zwischen 6 und 11 Uhr morgens.',
    'Die Industrie- und Handelskammer kritisierte den Beschluss scharf. „Viele Geschäfte leben von Kunden aus dem Umland, die mit dem Auto kommen“, sagte Geschäftsführer Heiko Brandt.',
    'Oberbürgermeisterin Sabine Kröger verteidigte die Entscheidung. Andere Städte hätten gezeigt, dass die Innenstädte davon profitierten.',
    'Die Verwaltung soll bis zum Sommer ein Konzept für zusätzliche Busverbindungen vorlegen.',
    'Lesen Sie auch',
    'Wochenmarkt zieht auf den Rathausplatz um',
    'Newsletter',
    'Die wichtigsten Nachrichten aus der Region – jeden Morgen kostenlos in Ihrem Postfach.',
    'Jetzt anmelden',
    '© Rheinblick Zeitung 2024 | Impressum | Datenschutz | Cookie-Einstellungen\n',
]


def test_the_headlines_of_a_teaser_box_inside_the_article_are_no_body():
    """A teaser box between two paragraphs: its heading and every headline it lists under it
    are no article text; the paragraphs around it are."""
    from newsparse import parse
    body = parse("\n\n".join(_TEASER_BOX_PAGE) + "\n").body
    assert "Freibad am Deich" not in body and "Sauna im Sportzentrum" not in body
    assert "zwei enthielten sich.\n\nAnwohner und Lieferdienste" in body


_READERS = ["marinaio77", "12 marzo 2024 alle 10:14",
            "Finalmente! Il molo nord cadeva a pezzi da anni e nessuno faceva niente, speriamo che finiscano in tempo.",
            "gianni_b", "12 marzo 2024 alle 11:02",
            "Tre mesi? Con i lavori pubblici qui da noi ci vorrà almeno un anno, come sempre è successo per la diga."]


@pytest.mark.parametrize("heading", ["Commenti", "[ 2 commenti ]", "Top Rated Comments", "Leave a Reply",
                                     "Kommentare (2)", "• Comentarios"])
def test_readers_comments_under_the_article_are_not_body(heading):
    """Readers' posts read as prose; under the heading of the page's comments they are no part
    of the article."""
    from newsparse import parse
    text = "\n\n".join(_PORTO + [heading] + _READERS) + "\n"
    assert parse(text).body.endswith("in gran parte fondi regionali.")


@pytest.mark.parametrize("heading", ["Commenti", "Comments on the new pier", "Leave a reply to the council."])
def test_a_comments_item_over_the_article_or_a_longer_line_does_not_cut_it(heading):
    """A menu's "Comments" over the article's first sentence, and a line that only names
    comments, are no heading of the readers' comments: the article goes on under them."""
    from newsparse import parse
    top, story = _PORTO[:5], _PORTO[5:]
    article = parse("\n\n".join(top + [heading] + story) + "\n")
    assert article.body.endswith("in gran parte fondi regionali.")
    assert article.body.startswith("Il molo nord del porto")


_OTHER_STORIES = ["Il faro di Capo Nero torna a splendere dopo due anni di lavori e una lunga attesa dei pescatori.",
                  "Le barche a vela del circolo nautico hanno vinto tre regate su quattro in questa stagione."]


@pytest.mark.parametrize("heading", ["Ti potrebbe interessare", "Potrebbe interessarti...", "You may also like",
                                     "Você pode gostar..."])
def test_the_stories_a_page_recommends_under_the_article_are_not_body(heading):
    """Other stories' openings read as prose; under the heading of the box that recommends
    them they are no part of the article."""
    from newsparse import parse
    text = "\n\n".join(_PORTO + [heading] + _OTHER_STORIES) + "\n"
    assert parse(text).body.endswith("in gran parte fondi regionali.")


def test_a_teaser_inside_the_article_does_not_end_it():
    """"You may also like: <headline>" inside the article is a teaser for one story, not the
    heading of a box of them."""
    from newsparse import parse
    story = _PORTO[5:]
    text = "\n\n".join(_PORTO[:5] + story[:2] + ["You may also like: Il faro di Capo Nero torna a splendere"]
                       + story[2:]) + "\n"
    assert parse(text).body.endswith("in gran parte fondi regionali.")


@pytest.mark.parametrize("notice", ["Questo articolo contiene link di affiliazione: se acquisti, riceviamo una commissione.",
                                    "We may earn a commission when you buy through links on this page.",
                                    "La mappa dei lavori al molo nord. Clicca sull'immagine per ingrandire."])
def test_an_affiliate_disclosure_or_a_zoom_hint_inside_the_article_is_not_body(notice):
    from newsparse import parse
    story = _PORTO[5:]
    text = "\n\n".join(_PORTO[:5] + story[:1] + [notice] + story[1:]) + "\n"
    body = parse(text).body
    assert notice not in body
    assert body.startswith("Il molo nord del porto") and body.endswith("in gran parte fondi regionali.")


def test_a_sentence_that_names_an_affiliate_stays():
    from newsparse import parse
    line = "Il sindaco ne ha parlato alla radio, un'emittente affiliata alla rete nazionale, martedì sera."
    story = _PORTO[5:]
    text = "\n\n".join(_PORTO[:5] + story[:1] + [line] + story[1:]) + "\n"
    assert line in parse(text).body


@pytest.mark.parametrize("heading", ["Discussion", "Responses"])
def test_a_section_of_the_article_headed_discussion_stays(heading):
    """An article's own section may be headed "Discussion": the text under it is the article's."""
    from newsparse import parse
    story = _PORTO[5:]
    text = "\n\n".join(_PORTO[:5] + story[:2] + [heading] + story[2:]) + "\n"
    assert parse(text).body.endswith("in gran parte fondi regionali.")


@pytest.mark.parametrize("alt", ["Il molo nord al tramontoIl molo nord al tramonto",
                                 "Il molo nord al tramonto Il molo nord al tramonto"])
def test_a_pictures_text_printed_twice_over_is_not_body(alt):
    """A text browser prints a picture's alternative text and its title on one line, glued or
    spaced: never a paragraph."""
    from newsparse import parse
    story = _PORTO[5:]
    text = "\n\n".join(_PORTO[:5] + story[:1] + [alt] + story[1:]) + "\n"
    body = parse(text).body
    assert "tramonto" not in body and body.endswith("in gran parte fondi regionali.")


@pytest.mark.parametrize("caption", ["Il molo nord al tramonto, visto dalla diga foranea\nFoto: Elena Rinaldi",
                                     "Il molo nord al tramonto, visto dalla diga foranea.\nMarta Rossini/Getty Images"])
def test_a_captions_block_closed_by_its_credit_is_not_body(caption):
    """A picture's caption and its credit on a line of its own under it, a short block: no
    article text."""
    from newsparse import parse
    story = _PORTO[5:]
    text = "\n\n".join(_PORTO[:5] + story[:1] + [caption] + story[1:]) + "\n"
    body = parse(text).body
    assert "tramonto" not in body and body.endswith("in gran parte fondi regionali.")


def test_a_paragraph_that_ends_naming_a_photographer_in_a_sentence_stays():
    from newsparse import parse
    line = "La mostra al museo del porto espone le foto di Elena Rinaldi fino a maggio.\nL'ingresso è libero."
    story = _PORTO[5:]
    text = "\n\n".join(_PORTO[:5] + story[:1] + [line] + story[1:]) + "\n"
    assert "L'ingresso è libero." in parse(text).body


@pytest.mark.parametrize("heading", ["Topics", "Themen", "Tags:"])
def test_the_topics_under_their_heading_after_the_article_are_no_body(heading):
    """A page's topics or tags, one a line under a heading of their own after the article."""
    from newsparse import parse
    text = ("Harbour baths stay open for the summer\n\nBy Jane Roe\nMarch 3, 2024\n\n"
            "The harbour baths at Kelby will open for the summer on Saturday, the council said on Monday.\n\n"
            "Engineers found a crack in the outer wall in April and the repairs took longer than expected.\n\n"
            "The council will review the opening hours in August, after the first busy weeks of the season.\n\n"
            f"{heading}\n\nHarbour\nSummer\nCouncil\n")
    assert parse(text).body.endswith("after the first busy weeks of the season.")


@pytest.mark.parametrize("subheading", ["RECOVERING THE TRUST", "Why did the repairs take so long?"])
def test_a_subheading_between_two_paragraphs_stays_in_the_body(subheading):
    from newsparse import parse
    paragraphs = ["The harbour baths at Kelby will open for the summer on Saturday, three weeks later than planned, "
                  "the council said on Monday.",
                  "Engineers found a crack in the outer wall in April and the repairs took longer than expected, a "
                  "spokesperson said.",
                  "Entry stays free for children under twelve, and the cafe on the pier will open at the same time as "
                  "the baths.",
                  "The council will review the opening hours in August, after the first busy weeks of the season."]
    text = ("Harbour Post\n\nHome | News | Sport | Culture | Opinion\n\nHarbour baths stay open for the summer\n\n"
            "By Jane Roe\nMarch 3, 2024\n\n" + "\n\n".join(paragraphs[:2]) + f"\n\n{subheading}\n\n"
            + "\n\n".join(paragraphs[2:]) + "\n\n© 2024 Harbour Post. All rights reserved.\n")
    body = parse(text).body
    assert f"\n\n{subheading}\n\n" in body and body.endswith("season.")


def test_page_furniture_between_two_paragraphs_is_no_subheading():
    from newsparse.features import read_table
    from newsparse.body_edges import subheading
    for line in ("Advertisement", "Read more: Ferry fares rise again", "Photo: Tom Becker", "Share | Tweet",
                 "Swimmers at the baths. Photo: Tom Becker", "[image: the pool]", "By Jane Roe"):
        assert not subheading(read_table(scan(line + "\n")).rows[0]), line


_BRIDGE_COLUMN = """\
The Evening Ledger

Opinion

Why our town needs a second bridge
By Dr. Helena Marsh
Guest columnist

March 9, 2024

Every weekday morning, about 9,000 cars cross the Old Mill Bridge into town. On a good day the queue reaches the highway exit; on a bad day it reaches the next town.

The bridge was built in 1958 for a town of 4,000 people. We are now 19,000, and the county expects 25,000 by 2040.

A second bridge north of the river bend would cut the morning queue in half, according to the county's own traffic study. It would also give emergency vehicles a second way in when the old bridge is closed for repairs, as it was for six weeks last summer.

The cost, about $60 million, is large. But the cost of doing nothing is paid every day, in lost hours and in ambulances stuck in traffic.

Helena Marsh is a physician at Riverside Hospital and a member of the town's planning board.

Letters to the editor
Send your letter to letters@eveningledger.example
"""


def test_a_contact_box_and_the_columnists_bio_under_the_last_paragraph_are_not_body():
    """Under a guest column's last sentence: its writer's bio ("Helena Marsh is a physician
    ...", the byline's name), and a short block that ends no sentence and gives an address
    ("Letters to the editor" / "Send your letter to letters@..."): no part of the article."""
    from newsparse import parse
    article = parse(_BRIDGE_COLUMN)
    assert article.body.startswith("Every weekday morning, about 9,000 cars cross")
    assert article.body.endswith("in lost hours and in ambulances stuck in traffic.")
    assert article.authors == ("Helena Marsh",)


_GARDEN_POST = """\
My Garden Diary
Notes from a small allotment

Home  About  Archive  Contact

Table of contents
1. Why raised beds
2. Building the frames
3. What I planted

Raised beds for a windy allotment

March 12, 2024 by Clara Holt · 4 Comments

After two storms flattened my bean poles last year, I finally rebuilt the beds with proper frames this spring.

Why raised beds

The soil on my plot is heavy clay, and it stays wet until May. Raised beds drain faster and warm up earlier, which means I can sow two or three weeks sooner.

Building the frames

I used untreated larch boards, 30 centimetres high, bolted to posts sunk half a metre into the ground. Each bed is 1.2 metres wide so I can reach the middle from either side.

What I planted

Broad beans, early potatoes and a row of radishes went in last weekend. The tomatoes will wait until the last frost has passed.

Posted in Allotment, Vegetables | Tagged beds, clay, larch

4 thoughts on \"Raised beds for a windy allotment\"

Tom says:
March 13, 2024 at 8:02 am
Great idea with the posts! Mine blew over too.

Leave a Reply
"""


@pytest.mark.parametrize("count", ['4 thoughts on "Raised beds for a windy allotment"',
                                   "One response to “Raised beds for a windy allotment”",
                                   "12 Kommentare zu „Hochbeete für einen windigen Garten“"])
def test_a_blog_posts_filing_line_and_its_comments_under_their_count_are_not_body(count):
    """A blog post's end: its filing line ("Posted in Allotment, Vegetables | Tagged ..."), the
    count of its comments over them ("4 thoughts on ..."), the comments: none of it is the
    post. Its subheadings stay."""
    from newsparse import parse
    article = parse(_GARDEN_POST.replace('4 thoughts on "Raised beds for a windy allotment"', count))
    assert article.body.startswith("After two storms flattened my bean poles")
    assert "\n\nWhy raised beds\n\n" in article.body
    assert article.body.endswith("until the last frost has passed.")


@pytest.mark.parametrize("end", [
    "This entry was posted in Allotment, Vegetables and tagged beds, clay. Bookmark the permalink.\n\n"
    "← Potato trials, week three\nSowing chillies indoors →\n\nLeave a Reply\n",
    "« Older posts\n\nLeave a Reply\n",
])
def test_a_themes_filing_sentence_and_the_links_to_the_posts_around_it_are_not_body(end):
    """A blog theme's "This entry was posted in ... Bookmark the permalink." and the links to the
    posts before and after ("← Potato trials", "Sowing chillies indoors →") close no post."""
    from newsparse import parse
    head = _GARDEN_POST.partition("Posted in Allotment")[0]
    assert parse(head + end).body.endswith("until the last frost has passed.")


def test_a_quotes_last_line_closed_by_a_guillemet_stays_body():
    """A hard-wrapped paragraph whose last line closes a quotation with a guillemet ("... rumliegen.»")
    is no link to another post."""
    from newsparse import parse
    head = _GARDEN_POST.partition("Posted in Allotment")[0]
    text = head.rstrip("\n") + "\n\n«Ich gehe nicht abends durch die Beete und schaue, ob da noch Schnecken\nrumliegen.»\n"
    assert parse(text).body.endswith("rumliegen.»")



@pytest.mark.parametrize("note", ["Have a news tip? Email us at tips@lakesidecourier.example.",
                                  "Follow us on Facebook and X for the latest local news.",
                                  "Do you have a story to share? Get in touch.",
                                  "Contact Martha Quinlan at mquinlan@lakesidecourier.example."])
def test_a_note_to_the_reader_under_the_last_paragraph_is_not_body(note):
    """A paragraph of its own under the story that speaks to the reader: a call for tips, an
    invitation to follow the site, the byline writer's address. No part of the article."""
    from newsparse import parse
    text = _FERRY_PAGE.replace("Related stories", note + "\n\nRelated stories")
    assert parse(text).body.endswith("could cover for the ferry during repairs.")


@pytest.mark.parametrize("last", ["Anyone who saw the crash is asked to email the police at tips@police.example.",
                                  "Contact Dale Hennigan's office at transport@county.example for the winter timetable."])
def test_a_last_paragraph_with_an_address_that_is_no_note_to_the_reader_stays(last):
    """An appeal for witnesses, or an office the story names, with an address: article text."""
    from newsparse import parse
    text = _FERRY_PAGE.replace("Related stories", last + "\n\nRelated stories")
    assert parse(text).body.endswith(last)


_PARKING_PAGE = """\
Zum Inhalt springen
Navigation öffnen
Suche

Regionales
Lokales
Sport

Gemeinderat beschließt neues Parkkonzept für die Altstadt
Anwohner erhalten künftig günstigere Parkausweise, Besucher zahlen mehr.
Veröffentlicht: 18.06.2024, 05:30 Uhr
Aktualisiert: 18.06.2024, 09:12 Uhr
Anna-Lena Hübner

Der Gemeinderat hat am Montagabend mit großer Mehrheit ein neues Parkkonzept für die Altstadt beschlossen. Es soll zum 1. Oktober in Kraft treten.

Anwohner zahlen für ihren Parkausweis künftig 30 Euro im Jahr statt bisher 50 Euro. Für Besucher steigt die Parkgebühr dagegen von einem auf zwei Euro pro Stunde.

Bürgermeisterin Sabine Lorenz sprach von einem „fairen Ausgleich“. Die Einnahmen sollen in den Ausbau des Busnetzes fließen.

Der Einzelhandelsverband kritisierte den Beschluss. Höhere Gebühren könnten Kunden in die Einkaufszentren am Stadtrand treiben, sagte Sprecher Markus Feld.

Lesen Sie auch:
Stadtbus fährt ab Juli im Zehn-Minuten-Takt

Artikel teilen
Zur Startseite
"""


@pytest.mark.parametrize("close", ["(ahü)", "(jr/tb)", "Sie haben Hinweise? Schreiben Sie uns an redaktion@example.de."])
def test_a_writers_initials_in_brackets_and_a_call_for_tips_close_no_german_story(close):
    """Under a German story's last sentence: the writer's initials in brackets ("(ahü)") and a
    call for tips ("Sie haben Hinweise? ...") are not body."""
    from newsparse import parse
    text = _PARKING_PAGE.replace("Lesen Sie auch:", close + "\n\nLesen Sie auch:")
    assert parse(text).body.endswith("sagte Sprecher Markus Feld.")



@pytest.mark.parametrize("media", [["[Video: Ferry returns to Pine Island]"],
                                   ["Watch: The first crossing in three weeks (1:42)"],
                                   ["[Image: The ferry at the dock]", "Video: The first crossing (0:58)"],
                                   ["Now playing The first crossing in three weeks"]])
def test_an_embedded_mediums_label_inside_the_article_is_not_body(media):
    """A video's or a picture's label on a line of its own between two paragraphs ("[Video:
    ...]", a player's "Watch: ... (1:42)") is no article text; the paragraphs around it are."""
    from newsparse import parse
    text = _FERRY_PAGE.replace("County transport officer", "\n\n".join(media) + "\n\nCounty transport officer")
    body = parse(text).body
    assert "Video" not in body and "Watch" not in body and "Image" not in body and "playing" not in body
    assert "a weekly supply barge.\n\nCounty transport officer Dale Hennigan" in body



def test_a_lead_paragraph_under_the_byline_that_the_model_doubts_opens_the_article():
    """A prose paragraph right under the byline and its date line (here under a sponsor's line
    that pulls the model's chance for it under even) is the article's first paragraph; the
    sponsor is no writer."""
    from newsparse import parse
    text = ("Harbour Weekly\n\nNews  Sport  Culture  Opinion\n\nHarbour baths reopen after three-week repair\n\n"
            "Sponsored by Kelby Leisure\nMay 4, 2024\n\n"
            "The harbour baths at Kelby reopened on Saturday after a three-week repair to the outer wall, the council said.\n\n"
            "Engineers found a crack in the wall in April, and the pool was drained while it was fixed.\n\n"
            "\"We missed it more than we thought,\" said Hanna Lund, who swims there every day before work.\n\n"
            "Entry stays free for children under twelve, and the season runs until the end of September.\n\n"
            "Related stories\nNew ferry timetable for the summer\n")
    article = parse(text)
    assert article.body.startswith("The harbour baths at Kelby reopened on Saturday")
    assert article.authors == ()


def test_an_end_matter_heading_of_its_own_over_a_short_block_of_teasers_is_left_out():
    """A heading of the end matter in a block of its own under the story's last sentence, over
    a short block it announces (a teaser, no sentence of the story): heading and block go, though
    the line model reads both as text."""
    from newsparse import parse
    text = ("[Skip to main content](#main)\n\n* [News](/news)\n* [Sport](/sport)\n* [Culture](/culture)\n\n"
            "# Library reopens after two-year restoration\n\n**By [Tomasz Nowak](/authors/tnowak)** | 14 May 2024\n\n"
            "![The reading room](/img/reading-room.jpg)\n*The restored reading room. Photo: Ines Duarte*\n\n"
            "The town library reopened on Saturday after a two-year restoration that uncovered painted "
            "ceilings hidden under layers of plaster.\n\n"
            "Volunteers helped move more than 40,000 books back onto the shelves in the week before the opening.\n\n"
            "The library will open on Sundays for the first time, from noon until five.\n\n"
            "## Read more\n\n* [Museum plans new wing](/news/museum-wing)\n")
    assert parse(text).body.endswith("from noon until five.")


def test_a_press_releases_contact_block_and_its_issuer_line_are_left_out():
    """A press release ends with a contact block under a contact heading ("Media contact:" over
    a name, an address and a number) and, on PR Newswire, the line naming who issued it
    ("SOURCE ..."): neither is the release's text; its "About ..." paragraph is."""
    from newsparse import parse
    text = ("FOR IMMEDIATE RELEASE\n\nHarbourside Energy opens tidal test site off Kestrel Point\n\n"
            "KESTREL POINT, April 9, 2024 /PRNewswire/ -- Harbourside Energy today opened a tidal energy test "
            "site two miles off Kestrel Point, where developers can try new turbines in real currents.\n\n"
            "The site has four berths connected to the grid by a subsea cable. The first turbine will be "
            "installed in June.\n\n"
            "\"Tidal power is predictable in a way wind and sun are not,\" said Dana Whitlock, chief executive "
            "of Harbourside Energy.\n\nAbout Harbourside Energy\nHarbourside Energy develops marine renewable "
            "projects in the North Atlantic.\n\nMedia contact:\nSam Ortiz\npress@harbourside.example\n"
            "+44 20 7946 0000\n\nSOURCE Harbourside Energy\n")
    article = parse(text)
    assert article.body.endswith("marine renewable projects in the North Atlantic.")
    assert article.source == "PR Newswire"
