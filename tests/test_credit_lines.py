"""How one credit line is read: the text of a credit (``read_credits``), and the line the line
model chose, read as the pipeline reads it (a ``Label: value`` pair with a credit label through
the labelled field, any other line by its own shape). One row per case, with its reason; every
name is invented."""
from __future__ import annotations

import time

import pytest

from newsparse.extract.credit_line import CREDIT_KEYS, without_dates
from newsparse.extract.credits import read_people
from newsparse.features import read_table
from newsparse.lines import scan
from newsparse.model import Field
from newsparse.credit_cues import credit_start
from newsparse.name_shapes import bio_name, pictured_name
from newsparse.names import read_credits
from newsparse.registry import default_registry

W, R, P = "writer", "reporter", "photographer"


def read_line(text: str) -> list[str]:
    """The authors the pipeline reads from ``text`` when the model picks it as the credit line."""
    table = read_table(scan(text + "\n"))
    row = table.rows[0]
    line = row.line.text
    fields = [Field(k, line[vs:ve], vs, ve, line[ls:vs]) for k, _, ls, vs, ve in row.labels if k in CREDIT_KEYS]
    return read_people(table, (row.line.index,), fields, default_registry()).authors


READ_CASES = [
    ("Von Bundespräsidentin Jana Roth", [("Jana Roth", W)], [], "an office before the name"),
    ("By Mayor Jane Roe", [("Jane Roe", W)], [], "an English office before the name"),
    ("Written by Jane Roe on May 3, 2021", [("Jane Roe", W)], [], "a date after the name"),
    ("by jroe on December 5, 2007", [("jroe", W)], [], "a user name after the cue, then its date"),
    ("von Fredi", [("Fredi", W)], [], "one word after the cue"),
    ("By LD", [("LD", W)], [], "initials after the cue"),
    ("von Jana Roth mit den Schlagwörtern Auto, Test", [("Jana Roth", W)], [], "prose after the name"),
    ("By Jane Roe | 12 comments", [("Jane Roe", W)], [], "other things after a separator"),
    ("By Jane Roe | Tom Becker", [("Jane Roe", W), ("Tom Becker", W)], [], "more names after a separator"),
    ("Por Agencia EFE", [("Agencia EFE", W)], ["EFE"], "an agency credited, as printed"),
    ("Von Redaktion", [("Redaktion", W)], [], "a desk credited"),
    ("By Staff and wire service reports", [("Staff and wire service reports", W)], [], "a desk in words"),
    ("By The Associated Press", [("The Associated Press", W)], ["Associated Press"], "an agency and its article"),
    ("By Reuters", [("Reuters", W)], ["Reuters"], "an agency alone"),
    ("By Jane Roe - Reuters", [("Jane Roe", W)], ["Reuters"], "a person and an agency: the person"),
    ("Photos by Reuters", [], ["Reuters"], "an agency credited for pictures is no author"),
    ("By Staff Writer", [], [], "a staff title alone names no one"),
    ("By Jane Roe Harbour Post", [("Jane Roe", W)], ["Harbour Post"], "an unknown outlet run on after the name"),
    ("by Jane Roe (reporting) and Tom Becker (photography)", [("Jane Roe", R), ("Tom Becker", P)], [],
     "roles in brackets"),
    ("By Jane Roe@janeroe", [("Jane Roe", W)], [], "a handle glued to the name"),
    ("By Jane RoeStaff Writer", [("Jane Roe", W)], [], "a staff title glued to the name"),
    ("By Jane Roe Senior Editor", [("Jane Roe", W)], [], "a staff title after the name"),
    ("By Jane Roe Jane Roe", [("Jane Roe", W)], [], "the name twice: a picture's alt text, then the name"),
    ("By Jane Roe, Tom Becker and Li Wei", [("Jane Roe", W), ("Tom Becker", W), ("Li Wei", W)], [], "a list"),
    ("by JANE ROE", [("Jane Roe", W)], [], "a byline in capitals"),
    ("by jane roe", [("jane roe", W)], [], "a byline in lower case, as printed"),
    ("By the way, nobody expected this", [], [], "an English sentence"),
    ("By Monday the council will decide", [], [], "a sentence with a capitalised word after 'By'"),
    ("von Kugeln zerlöcherten Türen", [], [], "a German phrase after 'von'"),
    ("by HBX-Native-204417-Ads", [], [], "an advert's code"),
    ("HARBOUR CITY (AP) — To Jane Roe, the plan was dead.", [], [], "a dateline and a sentence, no cue"),
    ("Jane Roe, Harbour University", [("Jane Roe", W)], [], "an organisation is no person"),
    ("By J.R. de la Vega", [("J.R. de la Vega", W)], [], "initials and particles, no acronym"),
    ("By Ana Ruiz and Tom Becker III", [("Ana Ruiz", W), ("Tom Becker III", W)], [], "a generational numeral"),
    ("By Tom B. Becker Jr.", [("Tom B. Becker Jr.", W)], [], "a generational suffix keeps its dot"),
    ("By Tom Becker, Jr.", [("Tom Becker Jr.", W)], [], "a generational suffix after a comma"),
    ("By Samir al-Hadi", [("Samir al-Hadi", W)], [], "a particle joined to the surname"),
]
assert len({c[0] for c in READ_CASES}) == len(READ_CASES)


@pytest.mark.parametrize("text,people,outlets,why", READ_CASES, ids=[c[3] for c in READ_CASES])
def test_read_credits(text, people, outlets, why):
    credits = read_credits(without_dates(text), default_registry(), strict=True)
    assert [(p.name, p.role) for p in credits.people] == people
    assert credits.outlets == outlets


@pytest.mark.parametrize("value,people", [
    ("jroe", ["jroe"]), ("Ri5ko am 21.06.2012, 08:47 Uhr", ["Ri5ko"]), ("Redaktion", ["Redaktion"]),
    ("Staff Writer", []), ("Jane Roe | 12 comments", ["Jane Roe"]), ("heute", []), ("Share", []),
], ids=["user-name", "user-name-and-date", "desk", "staff-title", "separator", "common-word", "interface-word"])
def test_a_labelled_value(value, people):
    credits = read_credits(without_dates(value), default_registry(), cued=True)
    assert [p.name for p in credits.people] == people


LINE_CASES = [
    # the cue after a date or a kicker
    ("12 March 2024, 09:41 · von Jane Roe", ["Jane Roe"], "a date and a separator before the cue"),
    ("Posted on 3 May 2021 by jroe", ["jroe"], "a user name after a posted stamp"),
    ("Written by Jane Roe on May 3, 2021", ["Jane Roe"], "the date after the name"),
    ("Ein Artikel von Jane Roe | 03.05.2021 - 12:45", ["Jane Roe"], "a kicker before the cue, a date after"),
    ("by jroe on December 5, 2007", ["jroe"], "a user name, then its date"),
    ("Veröffentlicht am 3. Mai 2021 von Jane Roe Harbour Post", ["Jane Roe"], "an outlet run on after the name"),
    ("Posted on Friday, 3 May 2021 by LD", ["LD"], "initials after a long posted stamp"),
    ("• Post author By Tom Becker", ["Tom Becker"], "a theme's label before the cue"),
    ("Ein kurzes Porträt von Lena Brandt", ["Lena Brandt"], "a kicker of three words before the cue"),
    ("von Jana Roth mit den Schlagwörtern Auto, Test, Vorstellung", ["Jana Roth"], "prose after the name"),
    ("Hans von Rohe | 3. Mai 2021", ["Hans von Rohe"], "'von' between two words of a name is a particle"),
    ("The towns were taken by force.", [], "a sentence with 'by' in it names no one"),
    ("Das Beste von Harbourtown", [], "one word after a byline word inside a phrase"),
    ("Featured image by Jane Roe", [], "a picture's credit further on the line"),
    ("Die erste Woche von Jane Roe bei Harbour Post", [], "a headline with a byline word in it"),
    ("HP Staff Report by HP Staff Report", ["HP Staff Report"], "a desk, then a byline word and the desk"),
    # one word after a cue or a label
    ("von Fredi", ["Fredi"], "a first name alone after the cue"),
    ("By jroe", ["jroe"], "a lower-case user name after the cue"),
    ("Posted by Jane Roe", ["Jane Roe"], "a blog's posted-by cue"),
    ("Created by jroe", ["jroe"], "a created-by cue before a user name"),
    ("Publicado por Ana Ruiz", ["Ana Ruiz"], "a Spanish posted-by cue"),
    ("Pewarta: Budi Santoso", ["Budi Santoso"], "an Indonesian reporter's label"),
    ("记者 周文斌 何静", ["周文斌", "何静"], "two Chinese names, a space between them"),
    ("记者 周 文斌", ["周文斌"], "a Chinese name with a space inside"),
    ("記者陳怡君／高雄報導", ["陳怡君"], "a Taiwanese credit and the place it reports from"),
    ("作者：首页", [], "a menu word is no name"),
    ("中村一郎記者", ["中村一郎"], "a Japanese name, then the reporter's title"),
    ("[바다일보 박서연 기자]", ["박서연"], "a Korean outlet and reporter in brackets"),
    ("Oleh: Dewi Lestari", ["Dewi Lestari"], "an Indonesian byline word as a label"),
    ("oleh Dewi Lestari", ["Dewi Lestari"], "an Indonesian byline word"),
    ("Haber: Elif Kaya", ["Elif Kaya"], "a Turkish news credit's label"),
    ("كتبت: ليلى منصور", ["ليلى منصور"], "an Arabic label in the feminine"),
    ("بقلم ليلى منصور", ["ليلى منصور"], "an Arabic byline word"),
    ("خبرنگار: مریم کریمی", ["مریم کریمی"], "a Persian reporter's label"),
    ("लेखक: अनिल वर्मा", ["अनिल वर्मा"], "a Hindi writer's label"),
    ("Phóng viên: Lê Thu Hà", ["Lê Thu Hà"], "a Vietnamese reporter's label"),
    ("Author: Ri5ko am 21.06.2012, 08:47 Uhr", ["Ri5ko"], "a labelled user name with a date"),
    ("Von: Adrian Roe", ["Adrian Roe"], "the byline word as a label"),
    ("• von: Fliegender Reporter", ["Fliegender Reporter"], "a pen name that ends in a staff title"),
    ("Text: Klara Sommer", ["Klara Sommer"], "a text label"),
    ("Author                 Mira kessler", ["Mira kessler"], "a label and its value in two columns"),
    ("Autor:innen", [], "a gendered word, no label"),
    ("Arvid", [], "one word on a bare line is no name"),
    # a desk or an agency credited
    ("Por Agencia EFE", ["Agencia EFE"], "an agency after the cue, as printed"),
    ("Von Redaktion", ["Redaktion"], "the desk after the cue"),
    ("By Staff and wire service reports", ["Staff and wire service reports"], "a desk in words"),
    ("By Jane Roe, Harbour Post", ["Jane Roe"], "a person and an outlet: the person"),
    ("By Reuters", ["Reuters"], "an agency alone after the cue"),
    ("Reuters", [], "a known outlet alone on a line stays an outlet"),
    ("By Staff Writer", [], "a staff title alone names no one"),
    ("Autor: Redaktion", ["Redaktion"], "the desk under a byline label"),
    ("Source: Harbour Times", [], "an outlet under a source label is the source"),
    ("Quelle: Harbour University, Ocean Institute", [], "organisations under a source label"),
    # glued text and lists
    ("By Jane Roe@janeroe Updated Jul 25, 2019", ["Jane Roe"], "a handle glued to the name"),
    ("By Jane RoeStaff Writer", ["Jane Roe"], "a staff title glued to the name"),
    ("By Jane Roe, Tom Becker and Li Wei", ["Jane Roe", "Tom Becker", "Li Wei"], "three names"),
    ("Von Jane Roe und Tom Becker | 3. Mai 2021", ["Jane Roe", "Tom Becker"], "two names and a date"),
    ("Ana Ruiz, Li Wei", [], "a list of names without a cue may be places or topics"),
    ("Ana Ruiz, Harbour Post", ["Ana Ruiz"], "a name and an outlet, no cue"),
    ("By Jane Roe | Foto: Tom Becker", ["Jane Roe"], "the author before a photographer's label"),
    ("Text: Jane Roe | Fotos: Tom Becker", ["Jane Roe"], "a text label before a photographer's label"),
    ("Harbour Square, Oldtown. · Foto: Tom Becker", [], "a caption before a photographer's label"),
    # capitals and lower case
    ("by JANE ROE", ["Jane Roe"], "a byline in capitals"),
    ("Quelle: JANE ROE", ["Jane Roe"], "a source label on the credit line, in capitals"),
    ("by jane roe", ["jane roe"], "a byline in lower case, as printed"),
    # prose that opens like a credit
    ("By the way, nobody expected this", [], "an English sentence"),
    ("By The way", [], "a capitalised article and a word"),
    ("By Monday the council will decide", [], "a sentence with a capitalised word after 'By'"),
    ("von Kugeln zerlöcherten Türen", [], "a German phrase after 'von'"),
    ("by HBX-Native-204417-Ads", [], "an advert's code"),
    ("Von Bergbauern, Wanderern und ganz viel Schafen", [], "a German sentence after 'Von'"),
    # the credit labels and byline words of more languages
    ("Teksti: Aino Virtanen", ["Aino Virtanen"], "a Finnish text label"),
    ("Szerző: Nagy Réka", ["Nagy Réka"], "a Hungarian author label, the surname first"),
    ("Συντάκτης: Νίκος Αλεξίου", ["Νίκος Αλεξίου"], "a Greek author label"),
    ("מאת: דנה שרון", ["דנה שרון"], "a Hebrew 'by' label"),
    ("執筆者：高橋花子", ["高橋花子"], "a Japanese writer label"),
    ("글: 이수진", ["이수진"], "a Korean writer label"),
    ("Texto de Marta Sousa Ribeiro", ["Marta Sousa Ribeiro"], "a text label and a byline word"),
    ("de Ioana Mureșan-Dobre", ["Ioana Mureșan-Dobre"], "a Romanian byline word in lower case"),
    ("De Ioana Mureșan-Dobre", ["Ioana Mureșan-Dobre"], "a Romanian byline word opening the line"),
    # a site's menu is no name
    ("Notizie  Ricette  Vini", [], "a menu's items set apart by wide gaps"),
    ("Noticias Deportes Cultura", [], "sections a menu lists"),
    ("Marta Tempo", ["Marta Tempo"], "a known given name before a word a menu lists"),
    ("Jane Roe (@janeroe)", ["Jane Roe"], "her handle in brackets after the name"),
    ("Ort Harbourtown", [], "a table's label and its value without the colon"),
    ("Stand Mai", [], "an update label and a month, no colon"),
    ("Text Size", [], "a control to size the text"),
    ("By Jane Roe No Comments", ["Jane Roe"], "a blog's count of no comments after the name"),
    ("Von Jana Roth Keine Kommentare", ["Jana Roth"], "the same in German"),
    ('"Harbour Lights" - Speech by Jane Roe of the Harbour Trust', [], "a title in quotation marks is no name"),
    ("By JANE ROE April 2, 2016 8:15 AM Harbour Morning Show", ["Jane Roe"],
     "a show's name after the byline's date is no second writer"),
    ("By Jane Roe | Text Size", ["Jane Roe"], "a byline, then a control to size the text"),
    ("By\nLena Okafor\nand\nKelby Marsh", ["Lena Okafor", "Kelby Marsh"],
     "a name a line under a lone cue, a joining word alone between the last two"),
    ("Von\nLena Okafor\n&\nKelby Marsh\n\nDer Hafen bleibt bis Montag geschlossen, teilte die Stadt mit.",
     ["Lena Okafor", "Kelby Marsh"], "the same with an ampersand, over a paragraph"),
    # a byline word of another language before the names
    ("Kirjoittanut Liisa Virtanen", ["Liisa Virtanen"], "Finnish: written by"),
    ("Escribe Ana Ruiz", ["Ana Ruiz"], "Spanish: writes"),
    # a name and its outlet beside it
    ("Jane Roe | The Guardian", ["Jane Roe"], "a known outlet after a bar"),
    ("Jane Roe / Harbour Times", ["Jane Roe"], "an outlet-shaped name after a slash"),
    ("Jane Roe · Harbour City Ledger", ["Jane Roe"], "an outlet-shaped name after a dot"),
    ("Jane Roe | Sports", [], "a section after a bar: a menu, perhaps"),
    ("Harbour | Harbour Times", [], "no person's name before the outlet"),
]
assert len({c[0] for c in LINE_CASES}) == len(LINE_CASES)


@pytest.mark.parametrize("text,authors,why", LINE_CASES, ids=[c[2] for c in LINE_CASES])
def test_a_chosen_credit_line(text, authors, why):
    assert read_line(text) == authors


@pytest.mark.parametrize("text,expected", [
    ("By Jane Roe", 0), ("Text: Jane Roe", 5), ("Texte : Jane Roe", 7), ("Author   Jane Roe", 6),
    ("Posted on 3 May by jroe", 16), ("12.03.2024 · Written by Jane Roe", 13), ("Hans von Rohe", -1),
    ("Jane Roe", -1), ("word " * 40 + "by Jane Roe", -1), ("Autor:innen", -1),
], ids=["opening-cue", "label", "label-space-colon", "label-and-gap", "mid-line", "role-phrase-mid-line", "particle",
        "no-cue", "long-line", "no-label"])
def test_credit_start(text, expected):
    assert credit_start(text) == expected


MORE_LINE_CASES = [
    # desks and agencies without a cue
    ("Harbour Post Staff Report", ["Harbour Post Staff Report"], "a staff report without a cue"),
    ("harbour-motor.example Redaktion", ["harbour-motor.example Redaktion"], "a site's desk"),
    ("Liebe Redaktion:", [], "a label that announces its value is no desk"),
    ("sagte der Sprecher. (HP mit dpa)", ["HP mit dpa"], "an outlet with an agency in brackets"),
    ("sagte der Sprecher. (dpa)", [], "an agency alone in brackets is the outlet"),
    ("sagte sie. (AP Photo/Jane Roe)", [], "a picture's credit in brackets"),
    # a name, then other things
    ("Jane Roe • This post first appeared on Harbour Notes", ["Jane Roe"], "a name before a separator"),
    ("Jane Roe | 12 comments", ["Jane Roe"], "a name and a count of comments"),
    ("Jane Roe 1 Kommentar", ["Jane Roe"], "a name and a count, no separator"),
    ("Harbour Life | Sports | Culture", [], "the items of a menu"),
    ("3. Mai 20213. Mai 2021 Jane Roe 2 Kommentare", ["Jane Roe"], "a date printed twice, glued, then the name"),
    ("Jane Roe @janeroe / 6 days", ["Jane Roe"], "a name, its handle and a stamp"),
    ("May 3, 2021 byJane roe Post a Comment", ["Jane roe"], "a cue glued to the name, then a button"),
    ("HARBOUR CITY - The council voted on Tuesday to keep the baths open", [], "a dateline before a sentence"),
    # initials beside the date
    ("jr 3. März 2024", ["jr"], "the writer's initials before the date"),
    ("03.03.2024 | tb", ["tb"], "the writer's initials after the date"),
    ("red 3. März 2024", [], "a desk's abbreviation is no one's initials"),
    ("am 3. März 2024", [], "a word before the date is no one's initials"),
    ("dpa 03.03.2024", [], "an agency beside the date"),
    # cues and labels of German and French credits
    ("Gastbeitrag von Jana Roth", ["Jana Roth"], "a guest contribution's cue, not a name with 'von'"),
    ("Autor/in: Jana Roth", ["Jana Roth"], "a gender-neutral author label"),
    ("Text und Fotos: Jana Roth", ["Jana Roth"], "the writer who took the pictures too"),
    ("Un article de Jeanne Dupont", ["Jeanne Dupont"], "a French article credit"),
    # two names joined, a name and its title
    ("Jane Roe and Tomas Verhoek", ["Jane Roe", "Tomas Verhoek"], "two names joined by 'and'"),
    ("Mirela Dunst & Jonas Berg", ["Mirela Dunst", "Jonas Berg"], "two names joined by '&'"),
    ("Tomás Vera y Lucía Duarte", ["Tomás Vera", "Lucía Duarte"], "two names joined by the Spanish 'y'"),
    ("Инна Громова и Павел Лосев", ["Инна Громова", "Павел Лосев"], "two names joined by the Russian 'и'"),
    ("José Ortega y Gasset", ["José Ortega y Gasset"], "a Spanish surname joined by 'y' is one name"),
    ("Marks and Spencer", [], "two words joined: no name of two words"),
    ("Harbour Baths and Ferry Lines", [], "two phrases joined, no given name"),
    ("Jane Roe | Reporter", ["Jane Roe"], "a name and a writer's title after a separator"),
    ("Jane Roe - Senior Correspondent", ["Jane Roe"], "a name and a longer writer's title"),
    ("Harbour Life | Reporter", [], "no name before the title"),
    ("Jane Roe | Business Reporter", ["Jane Roe"], "a beat's title after a separator"),
    ("Jane Roe · Senior Political Correspondent", ["Jane Roe"], "a longer beat's title"),
    ("Jane Roe and Tom Becker | Staff Writers", ["Jane Roe", "Tom Becker"], "two names before a plural title"),
    ("By [Jane Roe](https://example.com/jr) and [Li Wei](https://example.com/lw)", ["Jane Roe", "Li Wei"],
     "Markdown links around the names keep their text"),
    ("[Jane Roe](https://example.com/authors/jane-roe)", ["Jane Roe"], "a name alone in a Markdown link"),
    ("_By Jane Roe_", ["Jane Roe"], "a byline in Markdown's underscore emphasis"),
    ("By __Jane Roe__", ["Jane Roe"], "a name in double underscores"),
    ("By Jane Roe <https://example.com/authors/jane-roe>", ["Jane Roe"], "a saved page's link in angle brackets"),
    ("From CNN's Jane Roe", ["Jane Roe"], "a known outlet's writer"),
    ("By NPR's Jane Roe and Tom Becker", ["Jane Roe", "Tom Becker"], "a known outlet's two writers"),
    ("From Harbour's Best Kitchens", [], "no known outlet before the 's"),
    ("Jane Roe, Tomas Verhoek and Li Wei", ["Jane Roe", "Tomas Verhoek", "Li Wei"], "three names joined, no cue"),
    ("Harbour Street, Bay Road and Hill Lane", [], "three places joined: no given names"),
    ("Jane Roe Staff Writer", ["Jane Roe"], "a name and a writer's title, no separator"),
    ("Harbour Life Reporter", [], "no name before the title, no separator"),
    ("Jane Roe Senior Editor", [], "an editor's title: no writer's credit"),
    ("Jeanne DUPONT", ["Jeanne DUPONT"], "a known given name, the surname in capitals"),
    ("Ana DE LA CRUZ", ["Ana DE LA CRUZ"], "a surname of several words in capitals"),
    ("Harbour NBA", [], "a word and an acronym, no given name"),
    ("Jeanne McCoy HARBOUR POST", [], "a name and an outlet in capitals"),
    ("Posted by Jane Roe, Software Engineer at Harbour Apps", ["Jane Roe"], "a job title after the name"),
    ("Par Jeanne Roux, envoyée spéciale à Marseille", ["Jeanne Roux"], "a French special envoy's title and place"),
    ("Por Ana Ruiz, correspondente em Recife", ["Ana Ruiz"], "a Portuguese title and place"),
    ("Инна Громова, корреспондент в Казани", ["Инна Громова"], "a Russian title and place"),
    # an author box
    ("Jane Roe is a reporter at the Harbour Post.", ["Jane Roe"], "the name opening a bio"),
    ("Jane Roe will die Welt verbessern. Sie findet, dass das geht.", ["Jane Roe"], "a German bio"),
    ("Jane Roe will run for mayor", [], "a headline is no bio"),
    # the alt text of the author's picture
    ("Profilbild JaneRoe", ["JaneRoe"], "an avatar's alt text and a user name"),
    ("Avatar photo by Jane Roe October 3, 2022 | 7:14 pm", ["Jane Roe"], "an avatar then the byline"),
    ("Jane-Roe-headshot", ["Jane Roe"], "a picture's file name"),
    ("Jane Roe mugshot", ["Jane Roe"], "a picture's alt text after the name"),
    ("Bild des Benutzers Ulla", ["Ulla"], "a user's picture names one word"),
    ("Par la rédaction", ["la rédaction"], "a desk after its article"),
]
assert len({c[0] for c in MORE_LINE_CASES}) == len(MORE_LINE_CASES)
assert not {c[0] for c in MORE_LINE_CASES} & {c[0] for c in LINE_CASES}


@pytest.mark.parametrize("text,authors,why", MORE_LINE_CASES, ids=[c[2] for c in MORE_LINE_CASES])
def test_a_chosen_credit_line_without_a_cue(text, authors, why):
    assert read_line(text) == authors


def test_an_interface_word_that_opens_a_role_phrase_does_not_end_the_credit():
    from newsparse.credit_cues import credit_text
    line = "Story by Jane Roe • Photos by Tom Becker"
    assert credit_text(line) == line
    assert credit_text("By Jane Roe Photos Video Share") == "By Jane Roe"


@pytest.mark.parametrize("text,expected", [
    ("Profilbild von jroe", "jroe"), ("Avatar photo by Jane Roe", "by Jane Roe"), ("Jane-Roe-headshot", "Jane Roe"),
    ("Jane Roe mugshot", "Jane Roe"), ("Jane Roe profile photo", "Jane Roe"), ("Jane Roe", None), ("Avatars", None),
    ("Profile picture for user jroe", "jroe"),
], ids=["before", "before-a-byline", "file-name", "after", "two-words-after", "no-picture", "a-longer-word",
        "for-user"])
def test_pictured_name(text, expected):
    assert pictured_name(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Jane Roe is a reporter.", "Jane Roe"), ("Jane Mary Roe covers the courts.", "Jane Mary Roe"),
    ("Anna Schulte ist Redakteurin im Ressort Politik.", "Anna Schulte"), ("The Council is closed today.", None),
    ("Harbour baths stay open", None), ("Jane Roe", None), ("Jane Roe will run for mayor", None),
    ("Ufer. Der Umbau ist fertig.", None),
], ids=["english", "three-words", "german", "article", "no-verb", "no-sentence", "headline", "two-sentences"])
def test_bio_name(text, expected):
    assert bio_name(text) == expected


LONG_RUNS = [
    "By" + " " * 20_000 + "Jane Roe",
    "Jane Roe" + " " * 20_000 + "| 12 comments",
    "von " * 20_000,
    "Jane und " * 10_000,
    "(Text) " * 10_000,
    "Jane@" * 10_000,
    "RoeStaff" * 10_000,
    "12 May 2021 ·" + " " * 20_000 + "von" + " " * 20_000 + "Jane Roe",
    "Author" + " " * 20_000 + "jroe",
    "Jane" + " " * 20_000 + "Roe" + " " * 20_000 + "mugshot",
    "Jane Roe" + " " * 20_000 + "is a reporter at the Harbour Post.",
    "(" + " " * 20_000 + "HP mit dpa" + " " * 20_000 + ")",
]


@pytest.mark.parametrize("text", LONG_RUNS, ids=["after-the-cue", "before-a-separator", "particles", "joiners",
                                                 "brackets", "at-signs", "glued-titles", "around-a-mid-line-cue",
                                                 "after-a-label", "around-a-picture-word", "before-a-bio-verb",
                                                 "inside-brackets"])
def test_long_runs_cost_linear_time(text):
    started = time.process_time()
    read_credits(text, default_registry(), cued=True)
    read_credits(text, default_registry(), strict=True)
    read_line(text)
    # CPU time, not wall time (a busy machine does not fail it): linear is under a second here,
    # quadratic on 20,000 repeats takes minutes.
    assert time.process_time() - started < 10.0


_PROSE = ("The council voted on Monday to raise ferry fares by a fifth from next spring, citing the rising "
          "cost of fuel and the new harbour berths the city has been building since last year.\n\n"
          "Residents of the islands said the increase would hit families who commute to the mainland "
          "every day for work and school, and asked the council to keep a discount for them.\n")


def _page(credit: str, footer: str = "") -> str:
    return f"Harbour ferry fares to rise by a fifth next spring\n\n{credit}\n\n{_PROSE}{footer}"


def test_a_credit_line_that_names_a_publication_gives_the_source_and_its_home_zone():
    """"By X | Outlet | Updated: date": the outlet is the source (found where it is printed), and
    the time beside it is read in the outlet's home zone (Singapore: +08:00)."""
    from newsparse import parse
    text = _page("By Ana Lund | The Straits Times | Updated: 2024-05-17 10:42")
    a = parse(text)
    assert a.authors == ("Ana Lund",)
    assert a.source == "The Straits Times"
    ev = a.evidence["source"]
    assert (ev.raw, text[ev.start:ev.end]) == ("The Straits Times", "The Straits Times")
    assert a.published.isoformat() == "2024-05-17T10:42:00+08:00"


def test_an_outlet_after_the_byline_s_date_still_gives_the_source():
    """"By X, date | Outlet": the writers are read before the date, the outlet after it."""
    from newsparse import parse
    a = parse(_page("By Ana Lund, May 17, 2024 | The Straits Times"))
    assert (a.authors, a.source) == (("Ana Lund",), "The Straits Times")


def test_a_credit_line_s_publication_does_not_override_the_page_s_own_name():
    """A copyright line names the page's publisher: it stays the source (and gives the zone),
    though the credit line names the outlet the story came from."""
    from newsparse import parse
    a = parse(_page("By Ana Lund | The Straits Times | 2024-05-17 10:42", "\n© 2024 The Guardian\n"))
    assert a.source == "The Guardian"
    assert a.published.isoformat() == "2024-05-17T10:42:00+01:00"


def test_an_agency_on_a_credit_line_is_an_agency_not_the_page_s_publication():
    """"By X (Reuters)": an agency credits the story; it is the source only as the last resort
    (as before), and the time gets no home zone (an agency has none)."""
    from newsparse import parse
    a = parse(_page("By Ana Lund (Reuters) | 2024-05-17 10:42"))
    assert (a.source, a.agencies) == ("Reuters", ("Reuters",))
    assert a.published.isoformat() == "2024-05-17T10:42:00"


def test_the_publication_after_the_name_on_a_byline_is_not_a_second_author():
    """An export's byline field names the writer, then her publication, which the registry may
    not know: it is the record's source, not a person."""
    from newsparse import parse_many
    text = ("                                1 of 1 DOCUMENT\n\n                              The Harbour Ledger\n\n"
            "                           March 3, 2024 Sunday\n\nHarbour baths stay open\n\n"
            "BYLINE: By JANE ROE, The Harbour Ledger\n\nSECTION: METRO; Pg. B1\n\nLENGTH: 24 words\n\n"
            "The harbour council voted on Tuesday to keep the old sea baths open for five more summers,\n"
            "ending a dispute that had run for two years.\n\nLOAD-DATE: March 4, 2024\n\nLANGUAGE: ENGLISH\n")
    [article] = parse_many(text)
    assert (article.source, article.authors) == ("The Harbour Ledger", ("Jane Roe",))


def test_a_desk_credited_beside_a_writer_is_not_an_author():
    """A bureau's line over the byline ("Harbor Bureau | Published ...") credits the desk that
    filed the story; the person the byline names wrote it."""
    page = ("Harbour baths stay open\n\nHarbor Bureau | Published March 11, 2024 | 6:22 p.m. ET\nBy Jane Roe\n\n"
            "The harbour council voted on Tuesday to keep the old sea baths open for five more summers.\n\n"
            "Repairs to the pool walls will start in October and should be finished before the season.\n\n"
            "Swimmers had collected more than four thousand signatures against the closure last spring.\n")
    from newsparse import parse
    assert parse(page).authors == ("Jane Roe",)


@pytest.mark.parametrize("contact", ["Media Contact:\nRob Kessler", "Press contact: Rob Kessler",
                                     "Pressekontakt\nRob Kessler"])
def test_a_press_releases_contact_is_not_its_author(contact):
    from newsparse import parse
    page = ("Harbour Power opens a solar plant by the docks\n\nHARBOUR CITY, Jan. 9, 2024 /PRNewswire/ -- Harbour "
            "Power today opened a 120-megawatt solar plant by the docks, the company said.\n\nThe plant will "
            "supply power to about 30,000 homes, according to the company.\n\nConstruction began in 2022 and "
            "employed more than 400 workers.\n\n" + contact + "\nrob.kessler@harbourpower.example\n555-0100\n")
    assert parse(page).authors == ()


def test_a_bare_name_first_on_the_page_is_the_sites_name_not_its_writer():
    from newsparse import parse
    article = parse("Ostmere Alpes\nActu  Montagne  Météo\n\nAvalanche au-dessus de la station\n\n"
                    "Par la rédaction\nLe 10 mars 2024 à 15h30\n\nDeux skieurs ont été emportés par une avalanche "
                    "dimanche en début d'après-midi au-dessus de la station.\n\nIls ont été secourus par les "
                    "gendarmes et transportés à l'hôpital.\n")
    assert article.authors == ("la rédaction",)


def test_a_reporter_after_the_source_on_a_chinese_date_line():
    """"来源：X　记者 Y 通讯员 Z" under the headline: the source's value ends at the ideographic
    space before the byline prefix; the reporter is the author, the correspondent (通讯员) a
    contributor."""
    from newsparse import parse, to_dict
    text = ("江城晚报\n\n江城新建三座口袋公园\n\n2025-06-08 09:45:10\u3000来源：江城晚报\u3000记者 王丽 通讯员 赵强\n\n"
            "记者从市园林局获悉，今年江城将在老城区新建三座口袋公园，预计年底前全部开放。\n\n"
            "据介绍，新公园将增设儿童游乐设施和健身步道。\n")
    record = to_dict(parse(text))
    assert (record["authors"], record["contributors"], record["source"]) == (
        ["王丽"], [{"name": "赵强", "role": "contributor"}], "江城晚报")


_KAGAWA = ("港町に新水族館が完成\n\n2026年3月4日\n\n"
           "港町市は4日、海沿いの再開発地区に新しい水族館が完成したと発表した。来月から一般公開する。\n\n"
           "館内には地元の海を再現した大水槽があり、約200種の魚を展示する。\n\n"
           "{end}\n")


@pytest.mark.parametrize("end, authors, body_end", [
    ("館長は「多くの人に海の魅力を伝えたい」と話した。\n\n（森川健二）", ["森川健二"], "と話した。"),
    ("館長は「多くの人に海の魅力を伝えたい」と話した。（森川健二）", ["森川健二"], "と話した。"),
    ("館長は「多くの人に海の魅力を伝えたい」と話した。\n\n（共同）", [], "と話した。"),
    ("館長は「多くの人に海の魅力を伝えたい」と話した。\n\n（続く）", [], "（続く）"),
])
def test_a_japanese_reporter_s_name_in_brackets_closes_the_article(end, authors, body_end):
    """"（森川健二）" after the last paragraph is the credit, not body; an agency's
    "（共同）" is no person, and "（続く）" (kana) is no name."""
    from newsparse import parse, to_dict
    r = to_dict(parse(_KAGAWA.format(end=end)))
    assert r["authors"] == authors
    assert r["body"].rstrip().endswith(body_end)
    assert "森川" not in r["body"]


_BATHS_PAGE = ("Harbour Weekly\n\nNews  Sport  Culture  Opinion\n\nHarbour baths reopen after three-week repair\n\n"
               "May 4, 2024\n\n"
               "The harbour baths at Kelby reopened on Saturday after a three-week repair to the outer wall, the council said.\n\n"
               "Engineers found a crack in the wall in April, and the pool was drained while it was fixed.\n\n"
               "Entry stays free for children under twelve, and the season runs until the end of September.\n\n"
               "{end}\n\nRelated stories\nNew ferry timetable for the summer\n")


@pytest.mark.parametrize("end, authors, body_end", [
    ("(Jonas Eklund)", ["Jonas Eklund"], "until the end of September."),
    ("(Harbour Council)", [], "(Harbour Council)"),
    ("(Updated Saturday)", [], "(Updated Saturday)"),
])
def test_a_writers_full_name_in_round_brackets_closes_the_article(end, authors, body_end):
    """"(Jonas Eklund)" alone under the last paragraph, a full name with a known given name,
    signs the story: its author, not body. Other words in brackets stay the article's."""
    from newsparse import parse, to_dict
    r = to_dict(parse(_BATHS_PAGE.format(end=end)))
    assert r["authors"] == authors
    assert r["body"].endswith(body_end)


@pytest.mark.parametrize("credit, authors", [
    ("Posted by harbourfan88", ["harbourfan88"]),
    ("By kelby_swimmer", ["kelby_swimmer"]),
    ("by jroe", ["jroe"]),
    ("Posted by the", []),
])
def test_a_cue_and_a_user_name_under_the_headline_is_the_credit(credit, authors):
    """A blog's or a forum's credit, its cue and a user name under the headline ("Posted by
    harbourfan88"), is read though it is no person's name in capitals; a cue over a word of
    prose is not."""
    from newsparse import parse, to_dict
    text = _BATHS_PAGE.format(end="").replace("May 4, 2024", credit)
    r = to_dict(parse(text))
    assert r["authors"] == authors
    assert r["body"].startswith("The harbour baths at Kelby reopened")


@pytest.mark.parametrize("notice, authors", [
    ("© 2024 Jonas Eklund", ["Jonas Eklund"]),
    ("Copyright (c) 2019-2024 Mira Patel. All rights reserved.", ["Mira Patel"]),
    ("© 2024 Harbour Weekly", []),
    ("The pier at dawn after the storm had passed over the bay © Jonas Eklund", []),
])
def test_a_persons_copyright_under_the_article_names_its_writer(notice, authors):
    """A page that names no writer above the article, with "© 2024 Jonas Eklund" under it (a
    blog's notice): that person wrote it. An outlet's notice names no writer, and a mark
    closing a picture's caption names its photographer."""
    from newsparse import parse, to_dict
    text = _BATHS_PAGE.format(end="").replace("Related stories\nNew ferry timetable for the summer\n", notice + "\n")
    assert to_dict(parse(text))["authors"] == authors


_DESK_PAGE = ("Courrier du Lac\nAccueil | Genève | Lausanne | Sports | Culture\n\nSociété\n"
              "Le marché couvert rouvre après six mois de travaux\n{credit}\n{date}\n\n"
              "Le marché couvert de la vieille ville a rouvert samedi matin après six mois de travaux.\n\n"
              "Une trentaine de stands accueillent de nouveau les clients du mardi au samedi.\n\n"
              "La commune a financé la rénovation du toit et du chauffage.\n")
_BLOG_PAGE = ("tom's garden notes\nvegetables, mostly\n\nHome   Beds   Seeds   About\n\n{credit}\n\n"
              "Raised beds for a windy allotment\n\n"
              "I finally rebuilt the raised beds this weekend after the storms flattened them twice.\n\n"
              "The new frames are bolted to posts sunk half a metre into the ground.\n\n"
              "Next spring I will add a low hedge on the west side.\n\nLeave a Reply\n")


@pytest.mark.parametrize("page, authors", [
    (_DESK_PAGE.format(credit="La rédaction", date="Le 14/09/2024 à 11:20"), ["La rédaction"]),
    (_DESK_PAGE.format(credit="Redacción", date="14 de septiembre de 2024"), ["Redacción"]),
    (_BLOG_PAGE.format(credit="Posted on March 2, 2024 by tomgrows"), ["tomgrows"]),
    (_BLOG_PAGE.format(credit="Posted on March 2, 2024 by HARBOUR ZEITUNG"), []),
], ids=["desk-under-the-headline", "spanish-desk-under-the-headline", "posted-on-date-by-handle",
        "the-publication-on-the-date-line-is-no-author"])
def test_a_credit_the_model_does_not_choose_under_the_headline_or_on_the_date_line(page, authors):
    """A desk alone on its line between the headline and the body, and a credit printed after
    the date on the chosen date line, name the author when no credit line does."""
    from newsparse import parse
    assert list(parse(page).authors) == authors


_MENU_PAGE = ("Harbour Post\n\nHome | News | Sport | Culture | Opinion\n\nHarbour baths stay open for the summer\n\n{credit}\n\n"
              "The harbour baths at Kelby will open for the summer on Saturday, three weeks later than planned, "
              "the council said on Monday.\n\nEngineers found a crack in the outer wall in April and the repairs "
              "took longer than expected, a spokesperson said.\n\nEntry stays free for children under twelve, and "
              "the cafe on the pier will open at the same time as the baths.\n\n© 2024 Harbour Post\n")


@pytest.mark.parametrize("credit,authors", [("Written by Jane Roe", ("Jane Roe",)), ("Story by Jane Roe", ("Jane Roe",)),
                                            ("Words by Okon Adebayo", ("Okon Adebayo",)),
                                            ("Reporting by Jane Roe", ("Jane Roe",)),
                                            ("Jane Roe, Staff Writer", ("Jane Roe",))])
def test_a_cued_credit_right_under_the_headline_is_read_and_opens_no_body(credit, authors):
    """A byline with its cue on a line of its own right under the headline names the writer,
    whatever share the line model gave it beside a site's menu; it is no paragraph."""
    from newsparse import parse
    article = parse(_MENU_PAGE.format(credit=credit))
    assert article.authors == authors
    assert article.body.startswith("The harbour baths at Kelby")



@pytest.mark.parametrize("closing", ["(Editor: Jane Roe)", "[Editor: Jane Roe]", "Editor: Jane Roe"])
def test_an_editor_credited_in_brackets_under_the_article_is_read_and_is_no_body(closing):
    """Some sites close an article with its editor's field in brackets, alone on its line."""
    from newsparse import parse
    text = ("Harbour council backs a second ferry terminal\n\n"
            "The harbour council voted on Monday to build a second ferry terminal on the north pier, "
            "ending a dispute that had run for two years.\n\n"
            "Work on the terminal will start in the spring, a council spokesman said.\n\n"
            f"{closing}\n")
    rec = parse(text)
    assert rec.editors == ("Jane Roe",)
    assert rec.body.endswith("a council spokesman said.")


@pytest.mark.parametrize("line,fields", [
    ("(Editor: Jane Roe)", [("editor", "Jane Roe")]),
    ("[Source: Harbour Post]", [("source", "Harbour Post")]),
    ("(Editor: Jane Roe) and more", []),         # not a field alone in its brackets
    ("(Metroid: the second game)", []),           # no known label
    ("Editor: Jane Roe", []),                     # no brackets: find_labels reads it
])
def test_bracketed_labels(line, fields):
    from newsparse.rules.labels import bracketed_labels
    assert [(key, line[vs:ve]) for key, _, _, vs, ve in bracketed_labels(line)] == fields


@pytest.mark.parametrize("stamp,credited", [
    ("7 min read", True),             # a blog's header card: the writer over the reading time
    ("March 3, 2024", False),         # over a date line it may be a gallery's caption
    ("Harbour ferries", False),
])
def test_a_name_over_a_reading_time_above_the_article_is_a_credit_line(stamp, credited):
    from newsparse.credit_lines import named_over_reading_time
    table = read_table(scan(f"Sign in\nLena Okafor\n{stamp}\n\nWhy our paper went open\n\n"
                            "The student paper began publishing its drafts in the open last spring.\n"))
    assert named_over_reading_time(table.rows, 4) == ((1,) if credited else ())


@pytest.mark.parametrize("label,name,credited", [
    ("Autor", "Lena Okafor,", True),      # a label alone over the writer's name
    ("By", "Lena Okafor", True),
    ("Text", "Tomás Ibarra", True),
    ("Autor", "Harbour District", False), # no person's name under it
    ("Weather", "Lena Okafor", False),    # no byline label
])
def test_a_byline_label_alone_over_a_name_above_the_article_is_a_credit_line(label, name, credited):
    from newsparse.credit_lines import announcing_names
    table = read_table(scan(f"Harbour News\n\n{label}\n\n{name}\n\nWhy our paper went open\n\n"
                            "The student paper began publishing its drafts in the open last spring.\n"))
    assert announcing_names(table.rows, 4) == ((1,) if credited else ())
    assert announcing_names(table.rows, 1) == ()   # below the article's start: a teaser's byline


@pytest.mark.parametrize("closing,field,name", [
    ("Edited by John Doe", "editors", "John Doe"),
    ("Additional reporting by John Doe.", "contributors", "John Doe"),
    ("Translated by John Doe", "contributors", "John Doe"),
    ("Photos by John Doe", "contributors", "John Doe"),
])
def test_a_role_credited_without_brackets_under_the_article(closing, field, name):
    """A closing credit for one role, unbracketed, on a line of its own under the story: read
    for that role, never as the story's last paragraph."""
    from newsparse import parse
    text = ("Harbour council backs a second ferry terminal\n\nBy Jane Roe\nMarch 3, 2024\n\n"
            "The harbour council voted on Monday to build a second ferry terminal on the north pier, "
            "ending a dispute that had run for two years.\n\n"
            "Work on the terminal will start in the spring, a council spokesman said.\n\n"
            f"{closing}\n")
    rec = parse(text)
    people = getattr(rec, field)
    assert [p if isinstance(p, str) else p.name for p in people] == [name]
    assert rec.authors == ("Jane Roe",)
    assert rec.body.endswith("a council spokesman said.")


_NEWSROOM_POST = ("What I learned running a six-person newsroom\n\n{head}\n\n"
                  "I have been running a small newsroom for three years, and the one thing I would change is how "
                  "we train new reporters.\n\n"
                  "Most of them arrive knowing how to write, but not how to find a story. We teach them the second "
                  "part too late.\n\n"
                  "Here is what we do now instead, and why it works better for a team of six people.\n\n"
                  "{tail}\n\nMore from Jane Harlow\n")


@pytest.mark.parametrize("head", ["Jane Harlow's avatar\nJane Harlow\nJan 3, 2024", "Jane Harlow’s avatar\nJan 3, 2024"])
def test_the_alt_text_of_the_writers_picture_names_the_writer_not_their_possessive(head):
    """"Jane Harlow's avatar" over the byline: the picture's alt text names the writer, without
    the possessive, and once."""
    from newsparse import parse
    assert parse(_NEWSROOM_POST.format(head=head, tail="")).authors == ("Jane Harlow",)


@pytest.mark.parametrize("tail", ["12 claps", "3.4K likes", "5 Kommentare"])
def test_a_counter_under_the_post_is_not_body(tail):
    """An interface's counter under the post ("12 claps", "3.4K likes") is no article text."""
    from newsparse import parse
    text = _NEWSROOM_POST.format(head="Jane Harlow\nJan 3, 2024", tail=tail)
    assert parse(text).body.endswith("for a team of six people.")
