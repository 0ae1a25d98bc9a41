"""Archive exports: layout detection, record splitting, labels per interface language, streaming,
encodings, malformed records, the --layout override, and the shared development corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import InputError, parse_file, parse_many
from newsparse.cli import cli
from newsparse.decode import decode_bytes, split_lines
from newsparse.layouts import DETECT_LINES, LAYOUTS, detect_layout, rebuild, split_input, split_records
from newsparse.model import Gap, Person, Record
from newsparse.layouts._text import (BLANK, SPACES, byline_shape, date_text, given_first, page_list, split_headline,
                                     split_page, volume_line, word_count)
from newsparse.layouts.citation import cite
from newsparse.pipeline import parse_record
from newsparse.rules.labels import archive_label_key, is_body_label

from .conftest import SAMPLES, SHARED, TEST_OPTIONS

CORPUS = SHARED / "corpus"


def records_of(text: str, layout: str | None = None):
    return list(split_records(split_lines(text), layout))


def sample_text(name: str) -> str:
    return decode_bytes((SAMPLES / name).read_bytes())


def c(text: str) -> str:
    """A line centred on 80 columns, as classic LexisNexis exports print vendor lines."""
    return " " * ((80 - len(text)) // 2) + text


def ln_record(n: int, total: int, title: str, labels: list[str], body: list[str],
              source: str = "The Harbour Courier", date: str = "May 2, 2024 Thursday") -> list[str]:
    return ([c(f"{n} of {total} DOCUMENTS"), "", c(source), "", c(date), "", title, ""]
            + [x for label in labels for x in (label, "")] + body + ["", "LANGUAGE: ENGLISH", "",
            c("Copyright 2024 Coastal Newspapers Group Ltd."), ""])


BODY = ["The council met on Tuesday to discuss the new ferry timetable for the",
        "summer, and agreed to add two late sailings on Fridays and Saturdays."]


def ln_export(n: int) -> str:
    lines = ["Download Request: Selected Items: 1-%d" % n, ""]
    for i in range(1, n + 1):
        lines += ln_record(i, n, f"Headline number {i}", ["BYLINE: Anna Lindqvist", "LENGTH: 25 words"], BODY)
    return "\n".join(lines) + "\n"


# --- detection ----------------------------------------------------------------------------------

ARCHIVE_SAMPLES = [
    ("lexisnexis-export.txt", "lexisnexis", 3),
    ("lexisnexis-end-of-document.txt", "lexisnexis", 2),
    ("lexisnexis-malformed-record.txt", "lexisnexis", 2),     # its copyright-only record is a warning
    ("factiva-articles.txt", "factiva", 2),
    ("factiva-coded.txt", "factiva", 2),
    ("factiva-bylines.txt", "factiva", 5),
    ("proquest-export.txt", "proquest", 2),
    ("generic-rules.txt", "generic", 3),
    ("generic-formfeed.txt", "generic", 2),
    ("generic-contents.txt", "generic", 3),
    ("generic-citations.txt", "generic", 3),
    ("generic-end-marks.txt", "generic", 3),
]


@pytest.mark.parametrize("name,layout,count", ARCHIVE_SAMPLES, ids=[s[0] for s in ARCHIVE_SAMPLES])
def test_detects_archive_layout(name, layout, count):
    text = sample_text(name)
    assert detect_layout(split_lines(text)[:DETECT_LINES]) == layout


SINGLE_SAMPLES = sorted(p.name for p in SAMPLES.glob("*.txt")
                        if not p.name.startswith(("lexisnexis", "factiva", "proquest", "generic")))


@pytest.mark.parametrize("name", SINGLE_SAMPLES)
def test_ordinary_sample_articles_stay_single(name):
    assert detect_layout(split_lines(sample_text(name))[:DETECT_LINES]) == "single"


ORDINARY = [
    ("Harbour wall to be repaired\nBy Sam Okoro\n\n" + "The wall by the lifeboat station will be "
     "repaired this summer, the council said on Monday, after storms damaged it.\n" * 4
     + "\n--------------------------------\nReporting by Sam Okoro; editing by Ruth Campbell\n",
     "a rule of dashes above the footer, and a By line"),
    ("Storm night\n\n" + "The wind rose after midnight and the boats pulled at their ropes.\n" * 6
     + "\n****\n\n" + "By morning the harbour was calm again and the crews went out.\n" * 6,
     "a section break of stars inside one story"),
    ("Archive findings\n\nThe clerk said 3 of 10 documents were missing from the box.\n"
     "Only 355 words of the report survive.\n", "marker-like and word-count-like phrases in prose"),
    ("Chapter heading\n===============\n\n" + "Text under a heading that is underlined.\n" * 8
     + "\nSecond heading\n--------------\n\n" + "More text under another heading line.\n" * 8,
     "headings underlined with = and -"),
    ("Lakeside weekly bulletin\n\nThe council met on Tuesday evening and heard from residents about "
     "the plan for a crossing over the river, which has been argued over for many years now.\n\n"
     "Lakeside council approves a new footbridge over the river for walkers and cyclists\n"
     "===================================================================================\n\nBy Jo Reed\n\n"
     + "The footbridge will link the two halves of the town and open next spring, the council said.\n" * 5,
     "a headline over 60 characters underlined by a rule of its own length"),
    ("Harbour weekly bulletin\n\nThe harbour board met on Monday evening and heard from the ferry crews "
     "about the plan for the new quay, which has been argued over for many years now.\n\n"
     "Harbour board names its new chair\n"
     "==================================================\n\nBy Jo Reed\n\n"
     + "The board said on Monday that its new chair would start work in the autumn.\n" * 5,
     "a heading underlined by a rule much longer than its text"),
    ("Title: Notes from the quay\nDate: 2024-05-01\n\nThe boats came in early today.\n",
     "a labelled header of a single page"),
    ("Harbour wall to be repaired\n\n" + "The wall by the lifeboat station will be repaired this summer, "
     "the council said.\n" * 5 + "\n----\n\n[INS: :INS]\n\nTell us what you think in the comments and sign up "
     "for the weekly letter from our harbour desk, free in your inbox every Friday.\n" * 2,
     "a short rule above the page's chrome"),
    ("Ferry fares to rise\n\n" + "Fares will rise in July, the operator said on Tuesday. " * 6
     + "\n\nSource: The Harbour Courier, 14 May 2024, p. 4\n", "one citation line under the story"),
    ("Press review\n\n" + "The papers spent the week on the ferry fares and the new market hall. " * 5
     + "\n\n1. The Harbour Courier, 14 May 2024, p. 4\n2. Island Evening News, 15 May 2024, p. 2\n",
     "a story that ends in a numbered list of the pages it cites"),
    ("Ten tips for the harbour walk\n\n1. Wear good shoes\n\n" + "The path is rocky after the bridge. " * 8
     + "\n\n2. Check the tide\n\n" + "The causeway floods at high water on 14 May 2024. " * 8 + "\n",
     "a numbered list inside one story"),
]


@pytest.mark.parametrize("text,why", ORDINARY, ids=[o[1] for o in ORDINARY])
def test_ordinary_articles_are_not_archives(text, why):
    assert detect_layout(split_lines(text)) == "single"
    assert len(list(parse_many(text, TEST_OPTIONS))) == 1


def test_layout_names():
    assert LAYOUTS[0] == "single"
    assert set(LAYOUTS) == {"single", "lexisnexis", "factiva", "proquest", "generic"}


# --- splitting and offsets ------------------------------------------------------------------------

@pytest.mark.parametrize("name,layout,count", ARCHIVE_SAMPLES, ids=[s[0] for s in ARCHIVE_SAMPLES])
def test_records_point_into_the_whole_file(name, layout, count):
    text = sample_text(name)
    records = records_of(text)
    assert len(records) == count
    assert [r.index for r in records] == list(range(count))
    assert [r.offset for r in records] == sorted(r.offset for r in records)
    for r in records:
        assert r.layout == layout
        assert text[r.offset:r.offset + len(r.text)] == r.text
        if r.body is not None:
            assert r.offset <= r.body[0] <= r.body[1] <= r.offset + len(r.text)
        for f in r.fields:
            if f.label == "contents":           # read from the record's entry in the contents
                assert f.end <= r.offset, f
            else:
                assert r.offset <= f.start < f.end <= r.offset + len(r.text), f
            printed = " ".join(text[f.start:f.end].split())
            if f.key in ("title", "subtitle", "source", "section", "language", "edition",
                         "copyright", "dateline", "document_id", "source_code", "load_date"):
                assert printed == f.value, f
            elif f.key == "published":
                assert printed.split()[-1] in f.value or f.value.split()[-1] in printed, f


@pytest.mark.parametrize("name,layout,count", ARCHIVE_SAMPLES, ids=[s[0] for s in ARCHIVE_SAMPLES])
def test_articles_are_numbered_in_file_order(name, layout, count, in_root):
    articles = list(parse_file(f"samples/{name}", TEST_OPTIONS))
    assert [a.index for a in articles] == list(range(count))
    text = sample_text(name)
    for a in articles:
        for seg in a.segments:
            assert 0 <= seg.start < seg.end <= len(text)
        for ev in a.evidence.values():
            assert ev.start <= ev.end <= len(text)


def test_lexisnexis_record_fields():
    records = records_of(sample_text("lexisnexis-export.txt"))
    first = {f.key: f.value for f in records[0].fields}
    assert first["title"] == "Ferry fares to rise in July"
    assert first["subtitle"] == "Council blames fuel costs and an ageing fleet"
    assert first["edition"] == "Late Edition; Final"
    assert first["section"] == "LOCAL NEWS" and first["page"] == "4"
    assert first["length_words"] == "96"
    assert first["published"] == "May 14, 2024"
    assert records[0].extra["request_date"] == "2024-06-04"
    assert records[0].extra["search_terms"] == "(harbour AND ferry) and DATE(>=2024-05-01)"
    second = {f.key: f.value for f in records[1].fields}
    assert second["published"] == "May 13, 2024 6:05 PM GMT"       # the time line joined


def test_lexisnexis_articles(in_root):
    a, b, c_ = parse_file("samples/lexisnexis-export.txt", TEST_OPTIONS)
    assert (a.title, a.subtitle, a.source, a.section) == (
        "Ferry fares to rise in July", "Council blames fuel costs and an ageing fleet",
        "The Harbour Courier", "LOCAL NEWS")
    assert a.authors == ("Anna Lindqvist",)
    assert a.published.isoformat() == "2024-05-14"
    assert a.body.startswith("Passengers on the island ferries") and "LOAD-DATE" not in a.body
    assert b.published.isoformat() == "2024-05-13T18:05:00+00:00"
    assert (c_.language, c_.section, c_.authors) == ("de", "Lokales", ("Jens Petersen",))
    assert c_.published.isoformat() == "2024-05-10"


def test_factiva_page_and_coded_fields(in_root):
    page = list(parse_file("samples/factiva-articles.txt", TEST_OPTIONS))
    assert page[0].section == "Business" and page[0].authors == ("Maria Okafor",)
    assert page[0].published.isoformat() == "2024-04-03T09:30:00"
    assert page[0].extra["document_id"] == "HRBCR00020240403ek4300001"
    assert page[0].extra["publisher"] == "Coastal Newspapers Group Ltd"
    assert "Coastal Newspapers Group Ltd" not in page[0].body
    coded = list(parse_file("samples/factiva-coded.txt", TEST_OPTIONS))
    assert coded[0].published.isoformat() == "2024-03-12T07:45:00"
    assert coded[1].language == "es" and coded[1].published.isoformat() == "2024-03-14"
    assert coded[1].extra["document_id"] == "DIAPTO0020240314ek3e0000a"


def test_proquest_fields_and_furniture(in_root):
    records = records_of(sample_text("proquest-export.txt"))
    assert len(records) == 2                 # the table of contents and the closing notice are not records
    fields = {f.key: f.value for f in records[0].fields}
    assert fields["byline"] == "Maria Okafor"          # "Okafor, Maria"
    assert fields["source"] == "The Harbour Courier; Port Ellen"
    assert fields["document_id"] == "1234567890"
    text = sample_text("proquest-export.txt")
    body = text[records[0].body[0]:records[0].body[1]]
    assert body.startswith("Dredging of the inner harbour") and "CAPTION" not in body
    assert body.endswith("in the outer bay.")


def test_a_lexisnexis_export_that_lost_its_centring_reads_the_same():
    text = sample_text("lexisnexis-export.txt")
    flush = "\n".join(line.lstrip(" ") for line in text.split("\n"))
    fields = [{f.key: f.value for f in r.fields} for r in records_of(flush)]
    assert fields == [{f.key: f.value for f in r.fields} for r in records_of(text)]
    assert (fields[0]["edition"], fields[0]["title"]) == ("Late Edition; Final", "Ferry fares to rise in July")


@pytest.mark.parametrize("name", ["lexisnexis-export.txt", "factiva-german.txt", "factiva-bylines.txt"])
def test_an_export_that_lost_its_blank_lines_reads_the_same(name):
    # a field whose value is whole on its line ends there, and a copyright notice ends with its
    # own lines: the body after them is still the body
    text = sample_text(name)
    tight = "".join(line for line in text.splitlines(True) if line.strip())
    got, want = list(parse_many(tight, TEST_OPTIONS)), list(parse_many(text, TEST_OPTIONS))
    assert [(a.title, a.authors, a.published, a.source, a.section, " ".join(a.body.split())) for a in got] == [
        (a.title, a.authors, a.published, a.source, a.section, " ".join(a.body.split())) for a in want]


def test_a_lexisnexis_export_flush_left_and_without_blank_lines_reads_the_same():
    # the headline is then the last short line under the date, over the labels: not an edition
    text = sample_text("lexisnexis-export.txt")
    both = "".join(line.lstrip(" ") for line in text.splitlines(True) if line.strip())
    got, want = list(parse_many(both, TEST_OPTIONS)), list(parse_many(text, TEST_OPTIONS))
    assert [(a.title, a.authors, a.published, a.source, a.section, a.extra.get("edition"), " ".join(a.body.split()))
            for a in got] == [(a.title, a.authors, a.published, a.source, a.section, a.extra.get("edition"),
                               " ".join(a.body.split())) for a in want]


def test_lexisnexis_edition_on_the_date_line():
    text = "\n".join(ln_record(1, 1, "Quay reopens", ["LENGTH: 20 words"], BODY,
                               date="May 2, 2024 Thursday Final Edition")) + "\n"
    fields = _fields(text)
    assert (fields["published"], fields["edition"]) == ("May 2, 2024", "Final Edition")


def test_newer_lexisnexis_in_german_without_a_cover():
    text = "\n".join([
        "Neue Fähre bestellt", "Nordsee Anzeiger", "10. Mai 2024 Freitag", "",
        "Copyright 2024 Nordsee Verlag", "", "Rubrik: Lokales", "Länge: 20 Wörter",
        "Autor: Jens Petersen", "Body", "", "Die Reederei hat eine neue Fähre bestellt.", "",
        "Klassifikation", "", "Sprache: GERMAN; DEUTSCH", "", "Ende des Dokuments", "",
        "Hafenfest im Juni", "Nordsee Anzeiger", "11. Mai 2024", "", "Länge: 10 Wörter", "Body", "",
        "Das Hafenfest findet im Juni statt.", "", "Ende des Dokuments", ""])
    assert detect_layout(split_lines(text)) == "lexisnexis"
    first, second = parse_many(text, TEST_OPTIONS)
    assert (first.title, first.source, first.published.isoformat(), first.section, first.language) == (
        "Neue Fähre bestellt", "Nordsee Anzeiger", "2024-05-10", "Lokales", "de")
    assert first.body == "Die Reederei hat eine neue Fähre bestellt."
    assert (second.title, second.published.isoformat()) == ("Hafenfest im Juni", "2024-05-11")


def test_factiva_fields_with_blank_lines_between():
    text = "\n\n".join(["Quay reopens after repairs", "By Sam Okoro", "120 words", "2 May 2024",
                        "The Harbour Courier", "HRBCR", "English",
                        "Copyright 2024 Coastal Newspapers Group Ltd.", " ".join(BODY),
                        "Document HRBCR00020240502ek5200001"]) + "\n"
    [record] = records_of(text)
    assert record.layout == "factiva"
    fields = {f.key: f.value for f in record.fields}
    assert (fields["source"], fields["language"], fields["published"]) == (
        "The Harbour Courier", "English", "2 May 2024")
    assert text[record.body[0]:record.body[1]] == " ".join(BODY)


def test_generic_pieces_are_free_text():
    records = records_of(sample_text("generic-rules.txt"))
    assert all(r.body is None and not r.fields for r in records)
    assert [r.text.split("\n", 2)[1] if r.text.startswith("\n") else r.text.split("\n", 1)[0]
            for r in records] == ["Bridge repairs finish early", "School choir to sing in the capital",
                                  "Market hall to open on Sundays"]


@pytest.mark.parametrize("closing", ["Editor: Jane Roe", "(Editor: Jane Roe)", "[Source: Harbour Post]"])
def test_a_rule_right_under_a_storys_closing_field_divides_the_stories(closing):
    """A file of stories each closed by a credit or source field, the rule before the next one
    right under it: the rule divides them, it underlines no heading."""
    stories = []
    for title in ("Bridge repairs finish early", "School choir to sing in the capital",
                  "Market hall to open on Sundays"):
        stories.append(f"{title}\n\n" + "The council said the work went well and cost less than planned this year. " * 4
                       + f"\n\n{closing}\n" + "=" * 72 + "\n")
    records = records_of("".join(stories))
    assert len(records) == 3 and all(r.layout == "generic" for r in records)


# --- labels in several interface languages --------------------------------------------------------

LABEL_CASES = [
    ("LENGTH", "length"), ("LÄNGE", "length"), ("LONGUEUR", "length"), ("LENGTE", "length"),
    ("LÆNGDE", "length"), ("LONGITUD", "length"),
    ("SECTION", "section"), ("RUBRIK", "section"), ("RUBRIQUE", "section"), ("RUBRIEK", "section"),
    ("SECCIÓN", "section"), ("SEKTION", "section"),
    ("BYLINE", "byline"), ("AUTOR", "byline"), ("AUTEUR", "byline"), ("SIGNATURE", "byline"),
    ("LANGUAGE", "language"), ("SPRACHE", "language"), ("LANGUE", "language"), ("TAAL", "language"),
    ("SPROG", "language"), ("IDIOMA", "language"),
    ("HEADLINE", "title"), ("KOP", "title"), ("TITRE", "title"), ("TITEL", "title"),
    ("LOAD-DATE", "load_date"), ("DATE-CHARGEMENT", "load_date"), ("Load Date", "load_date"),
    ("DATELINE", "dateline"), ("ORTSZEILE", "dateline"),
    ("PUBLICATION-TYPE", "publication_type"), ("TYPE-PUBLICATION", "publication_type"),
    ("Publication title", "source"), ("Titre de la publication", "source"),
    ("Publication date", "published"), ("Fecha de publicación", "published"),
    ("Language of publication", "language"), ("ProQuest document ID", "document_id"),
    ("ProQuest documentID", "document_id"), ("Last updated", "record_updated"),
    ("Author/Byline", "byline"), ("Newspaper", "source"), ("Subject Terms", "subject"),
    ("Full Text Word Count", "length"), ("Readability", "readability"), ("Lexile", "lexile"),
    ("Content Level", "content_level"), ("Record Number", "record_number"), ("Record", "record_number"),
]
assert len({c[0] for c in LABEL_CASES}) == len(LABEL_CASES)


@pytest.mark.parametrize("label,key", LABEL_CASES, ids=[c[0] for c in LABEL_CASES])
def test_archive_label_keys(label, key):
    assert archive_label_key(label) == key


@pytest.mark.parametrize("label", ["BODY", "TEXT", "Full text", "Texte intégral", "Volltext",
                                   "Texto completo", "CHAPEAU", "Article Text"])
def test_body_labels(label):
    assert is_body_label(label)


def _fields(text: str) -> dict[str, str]:
    [record] = records_of(text)
    return {f.key: f.value for f in record.fields}


@pytest.mark.parametrize("labels,expected", [
    (["AUTEUR: Claire Dubois", "RUBRIQUE: Culture", "LONGUEUR: 25 mots"],
     {"byline": "Claire Dubois", "section": "Culture", "length_words": "25"}),
    (["AUTEUR: Jan de Vries", "RUBRIEK: ECONOMIE; Blz. 9", "LENGTE: 25 woorden"],
     {"byline": "Jan de Vries", "section": "ECONOMIE", "page": "9", "length_words": "25"}),
    (["BYLINE: Mette Jensen", "SEKTION: Indland", "LÆNGDE: 25 ord"],
     {"byline": "Mette Jensen", "section": "Indland", "length_words": "25"}),
    (["AUTOR: Lucía Gómez", "SECCIÓN: Sociedad", "LONGITUD: 25 palabras"],
     {"byline": "Lucía Gómez", "section": "Sociedad", "length_words": "25"}),
], ids=["french", "dutch", "danish", "spanish"])
def test_lexisnexis_labels_per_language(labels, expected):
    got = _fields("\n".join(ln_record(1, 1, "A headline", labels, BODY)) + "\n")
    assert {k: got[k] for k in expected} == expected


def test_proquest_french_interface():
    rule = "_" * 60
    text = "\n".join([rule, "", "Le port rouvre", "", "Texte intégral : Le port a rouvert lundi "
                      "après deux semaines de travaux.", "Les pêcheurs sont satisfaits.", "",
                      "Titre : Le port rouvre", "", "Titre de la publication : Le Courrier du Port",
                      "", "Date de publication : 6 mai 2024", "", "Langue de publication : Français",
                      "", rule, ""])
    [record] = records_of(text)
    assert record.layout == "proquest"
    fields = {f.key: f.value for f in record.fields}
    assert fields == {"title": "Le port rouvre", "source": "Le Courrier du Port",
                      "published": "6 mai 2024", "language": "Français"}
    [article] = parse_many(text, TEST_OPTIONS)
    assert (article.language, article.published.isoformat()) == ("fr", "2024-05-06")


# (the full text's label, the labels of the fields after it, the language, why): each interface
# language's labels for the publication, its date, year, place, subject, language and document ID
PQ_INTERFACES = [
    ("Texto completo", ("Título", "Título de publicación", "Fecha de publicación", "Año de publicación",
                        "Lugar de publicación", "Materia de publicación", "Idioma de publicación",
                        "ID del documento ProQuest"), "Español", "Spanish, without 'la'"),
    ("Texto completo", ("Título", "Título da publicação", "Data de publicação", "Ano de publicação",
                        "Local de publicação", "Assunto da publicação", "Idioma da publicação",
                        "ID do documento ProQuest"), "Português", "Portuguese"),
    ("Testo completo", ("Titolo", "Titolo della pubblicazione", "Data di pubblicazione", "Anno di pubblicazione",
                        "Luogo di pubblicazione", "Argomento della pubblicazione", "Lingua di pubblicazione",
                        "ID documento ProQuest"), "Italiano", "Italian"),
    ("Volltext", ("Titel", "Titel der Publikation", "Publikationsdatum", "Publikationsjahr", "Publikationsort",
                  "Publikationsthema", "Sprache der Publikation", "ProQuest-Dokument-ID"), "Deutsch",
     "German, the other names"),
    ("Texte intégral", ("Titre", "Titre de publication", "Date de publication", "Année de publication",
                        "Lieu de publication", "Sujet de la publication", "Langue de la publication",
                        "ID du document ProQuest"), "Français", "French, without 'la'"),
]


@pytest.mark.parametrize("full,labels,language,why", PQ_INTERFACES, ids=[c[3] for c in PQ_INTERFACES])
def test_proquest_labels_of_each_interface_language(full, labels, language, why):
    values = ("Porto", "Il Corriere del Porto", "6.5.2024", "2024", "Porto", "Harbour Interest Periodicals",
              language, "1234567931")
    text = pq_record(["Porto"], [f"{full}: 12 34 56."], *([f"{label}: {value}"] for label, value in zip(labels, values)))
    [record] = records_of(text)
    assert text[record.body[0]:record.body[1]] == "12 34 56."
    assert {f.key: f.value for f in record.fields} == {
        "title": "Porto", "source": "Il Corriere del Porto", "published": "6.5.2024", "publication_year": "2024",
        "place_of_publication": "Porto", "publication_subject": "Harbour Interest Periodicals", "language": language,
        "document_id": "1234567931"}


HEADLINES = [
    (["Euro crisis hits bank;", "Write-downs on Greek bonds"], "Euro crisis hits bank",
     "Write-downs on Greek bonds", "the vendor's ';' at a line end"),
    (["Budget crisis; Stimulus appeal"], "Budget crisis; Stimulus appeal", None,
     "a ';' inside the line is part of the headline"),
    (["Ports reopen. Fishing resumes?;", "crews return"], "Ports reopen. Fishing resumes?; crews return",
     None, "a headline of two sentences is not split"),
    (["A long headline that wraps", "onto a second line"], "A long headline that wraps onto a second line",
     None, "wrapped without ';'"),
]


@pytest.mark.parametrize("lines,title,subtitle,why", HEADLINES, ids=[h[3] for h in HEADLINES])
def test_split_headline(lines, title, subtitle, why):
    head, sub = split_headline([(t, i * 100) for i, t in enumerate(lines)])
    assert " ".join(t for t, _ in head) == title
    assert (" ".join(t for t, _ in sub) or None) == subtitle


@pytest.mark.parametrize("value,section,page", [
    ("NEWS; Pg. 3", "NEWS", "3"), ("Cover Story; Pg.17", "Cover Story", "17"),
    ("ECONOMIE; Blz. 9", "ECONOMIE", "9"), ("FOREIGN NEWS; Diplomatic", "FOREIGN NEWS; Diplomatic", None),
    ("S. 4 Ausg. 212", "S. 4 Ausg. 212", None), ("Pg. 5", "Pg. 5", "5"), ("NEWS; Pg. A3", "NEWS", "A3"),
])
def test_split_page(value, section, page):
    assert split_page(value) == (section, page)


@pytest.mark.parametrize("line,expected", [
    ("January 12, 2011 Wednesday", "January 12, 2011"), ("Mittwoch 29. August 2012", "29. August 2012"),
    ("2 mei 2014 vrijdag", "2 mei 2014"), ("18 mai 2004", "18 mai 2004"),
    ("April 18, 2004, Sunday", "April 18, 2004"), ("January 2010", "January 2010"),
    ("Summer, 2007", "Summer, 2007"), ("Highlights of the wire at 21:30 Mar 14", None),
    ("The Times (London)", None),
])
def test_date_lines(line, expected):
    assert date_text(line) == expected


@pytest.mark.parametrize("line,count", [("355 words", "355"), ("2,847 words", "2847"),
                                        ("306 Wörter", "306"), ("543 mots", "543"),
                                        ("353 woorden", "353"), ("the words", None)])
def test_word_count_lines(line, count):
    assert word_count(line) == count


# --- streaming ---------------------------------------------------------------------------------

def _counting(lines: list[str], seen: list[int]):
    for line in lines:
        seen[0] += 1
        yield line


def _factiva_export(n: int) -> str:
    out = []
    for i in range(n):
        out += [f"Headline number {i}", "25 words", "2 May 2024", "The Harbour Courier", "HRBCR",
                "English", "Copyright 2024 Coastal Newspapers Group Ltd.", ""] + BODY + [
                "", f"Document HRBCR00020240502ek52{i:05d}", "", ""]
    return "\n".join(out) + "\n"


def _proquest_export(n: int) -> str:
    out = []
    for i in range(n):
        out += ["_" * 60, "", f"Headline number {i}", "", "Full text: " + " ".join(BODY), "",
                "Publication title: The Harbour Courier", "", "Publication date: May 2, 2024", "",
                "ProQuest document ID: 1234", "", "Source type: Newspaper", ""]
    return "\n".join(out + ["_" * 60, ""])


def _generic_export(n: int) -> str:
    return "\n\f\n".join(f"Headline number {i}\n\n" + "\n".join(BODY * 2) + "\n" for i in range(n))


def _citation_export(n: int) -> str:
    return "".join(f"Headline number {i}\nThe Harbour Courier, {1 + i % 28} May 2024, p. {i % 9 + 1}, 50 words\n\n"
                   + "\n".join(BODY * 2) + "\n\n" for i in range(n))


def test_pages_under_one_running_head_are_one_text_not_an_export():
    head = "HARBOUR COURIER - Local news                              Friday, May 17, 2024"
    pages = [f"{head}\n\nHeadline number {i}\n\n" + "\n".join(BODY * 2) + f"\n\nPage {i + 1} of 3\n" for i in range(3)]
    assert detect_layout(split_lines(_generic_export(3))) == "generic"      # the same pages, no running head
    assert detect_layout(split_lines("\f".join(pages))) == "single"


@pytest.mark.parametrize("make,layout", [(ln_export, "lexisnexis"), (_factiva_export, "factiva"),
                                         (_proquest_export, "proquest"), (_generic_export, "generic"),
                                         (_citation_export, "generic")])
def test_records_stream_before_the_input_ends(make, layout):
    lines = split_lines(make(120))
    assert len(lines) > 2 * DETECT_LINES
    seen = [0]
    records = split_records(_counting(lines, seen))
    first = next(records)
    assert first.layout == layout and first.index == 0
    assert seen[0] < len(lines) // 2            # the first record came before most of the input was read
    rest = list(records)
    assert len(rest) == 119 and seen[0] == len(lines)


# --- encodings ---------------------------------------------------------------------------------

GERMAN = "\n".join(ln_record(1, 2, "Neue Fähre für die Inselroute", ["AUTOR: Jens Petersen", "LÄNGE: 30 Wörter"],
                             ["Die Reederei hat eine neue Fähre bestellt; sie soll 2026 fahren und",
                              "bis zu 400 Fahrgäste über die Straße zur Insel bringen."],
                             source="Nordsee Anzeiger", date="Freitag 10. Mai 2024")
                   + ln_record(2, 2, "Hafenfest im Juni", ["AUTOR: Jens Petersen"], BODY,
                               source="Nordsee Anzeiger", date="Samstag 11. Mai 2024")) + "\n"


@pytest.mark.parametrize("encoding,bom,eol", [("utf-8", True, "\r\n"), ("utf-8", False, "\n"),
                                              ("cp1252", False, "\r\n"), ("cp1252", False, "\n")],
                         ids=["utf8-bom-crlf", "utf8-lf", "cp1252-crlf", "cp1252-lf"])
def test_archive_encodings(tmp_path, encoding, bom, eol):
    data = (("\ufeff" if bom else "") + GERMAN.replace("\n", eol)).encode(encoding)
    path = tmp_path / "export.txt"
    path.write_bytes(data)
    articles = list(parse_file(path, TEST_OPTIONS))
    assert [a.title for a in articles] == ["Neue Fähre für die Inselroute", "Hafenfest im Juni"]
    assert articles[0].authors == ("Jens Petersen",)
    assert articles[0].published.isoformat() == "2024-05-10"
    assert "Fahrgäste" in articles[0].body and "\r" not in articles[0].body
    text = decode_bytes(data)
    ev = articles[0].evidence["title"]
    assert text[ev.start:ev.end] == "Neue Fähre für die Inselroute"


# --- malformed records and forced layouts ------------------------------------------------------------

def test_malformed_record_is_a_warning_and_the_others_come_out(in_root):
    # a record with nothing but copyright lines is not an article: it comes out as a warning on
    # the record after it (never dropped silently), and the others all come out, in order
    articles = list(parse_file("samples/lexisnexis-malformed-record.txt", TEST_OPTIONS))
    assert [a.index for a in articles] == [0, 1]
    assert articles[0].title == "Tide tables printed in the wrong order"
    assert articles[1].title == "Harbour cafe wins regional award"
    assert articles[1].warnings == ("record '2 of 3 DOCUMENTS' holds no article, only copyright lines",)
    assert not articles[0].warnings


def test_record_without_body_warns():
    text = "\n".join(ln_record(1, 1, "Photo of the day", ["SECTION: PICTURES"], [])) + "\n"
    [record] = records_of(text)
    assert record.warnings == ("the record has no body text",)
    assert record.body[0] == record.body[1]


def test_a_labelled_dateline_is_the_records_dateline():
    text = "\n".join(ln_record(1, 1, "Ferry timetable", ["DATELINE: PORT ELLEN"], BODY)) + "\n"
    [article] = parse_many(text, TEST_OPTIONS)
    assert (article.dateline.location, article.dateline.date, article.dateline.agency) == ("PORT ELLEN", None, None)
    ev = article.evidence["dateline"]
    assert text[ev.start:ev.end] == "PORT ELLEN"


def test_a_transcripts_day_takes_the_time_of_its_show_line():
    text = "\n".join(ln_record(1, 1, "Harbour week", ["SHOW: HARBOUR WEEK 7:00 PM EST"], BODY)) + "\n"
    [article] = parse_many(text, TEST_OPTIONS)
    assert article.published.isoformat() == "2024-05-02T19:00:00-05:00"
    ev = article.evidence["published_time"]
    assert text[ev.start:ev.end] == "7:00 PM EST"


def test_a_transcript_that_lost_its_centring_reads_its_show_line_and_headline_the_same():
    # the vendor's "SHOW:" line above the headline, then the labelled fields: flush left (a
    # copied export) it is still a header field, not the start of the body
    lines = [c("1 of 1 DOCUMENTS"), "", c("Harbour TV"), "", c("May 2, 2024 Thursday"), "",
             c("SHOW: HARBOUR WEEK 7:00 PM EST"), "", "Ferry strike ends after two weeks", "",
             "BYLINE: Ana Ruiz, Tom Berg", "", "SECTION: NEWS; Local", "", "LENGTH: 320 words", "",
             "ANA RUIZ, HOST: Good evening. The ferry strike is over after two weeks of talks.", "",
             "TOM BERG, REPORTER: Crews went back to work this morning on every route.", "",
             "LANGUAGE: ENGLISH", ""]
    text = "\n".join(lines) + "\n"
    flush = "\n".join(line.lstrip(" ") for line in lines) + "\n"
    want = [(a.title, a.authors, a.section, a.published, a.body) for a in parse_many(text, TEST_OPTIONS)]
    got = [(a.title, a.authors, a.section, a.published, a.body) for a in parse_many(flush, TEST_OPTIONS)]
    assert got == want
    assert want[0][:3] == ("Ferry strike ends after two weeks", ("Ana Ruiz", "Tom Berg"), "NEWS; Local")


def test_a_picture_record_has_its_caption_as_the_body():
    caption = "GRAPHIC: Credit: Ana Ruiz; Ferry passengers wait on the pier in the rain."
    text = "\n".join(ln_record(1, 1, "Photo of the day", ["SECTION: PICTURES", caption], [])) + "\n"
    [article] = parse_many(text, TEST_OPTIONS)
    assert article.body == "Credit: Ana Ruiz; Ferry passengers wait on the pier in the rain."
    assert article.warnings == ("the record has no body text; its graphic caption stands as the body",)
    body = next(s for s in article.segments if s.kind.value == "body")
    assert text[body.start:body.end].rstrip("\n") == article.body


# (the body's lines, why): a page's label ends the text; LexisNexis prints no field under it, so
# it stays body (under a label of the page table, a record key the header already holds would lose it)
LN_LABEL_LAST = [
    (["Port Ellen: 12 mm", "Oban: 9 mm", "Source: Harbour Weather Office"], "the last line of a table"),
    (BODY + ["", "Source: Harbour Weather Office"], "a paragraph of its own"),
    (BODY + ["", "Photo: Ana Ruiz"], "a picture credit"),
]


@pytest.mark.parametrize("body,why", LN_LABEL_LAST, ids=[c[1] for c in LN_LABEL_LAST])
def test_a_pages_label_at_the_end_of_a_lexisnexis_body_stays_body(body, why):
    text = "\n".join(ln_record(1, 1, "Rain totals", ["SECTION: WEATHER", "LOAD-DATE: May 3, 2024"], body)) + "\n"
    [record] = records_of(text)
    assert text[record.body[0]:record.body[1]] == "\n".join(body)
    assert {f.key: f.value for f in record.fields} == {
        "source": "The Harbour Courier", "published": "May 2, 2024", "title": "Rain totals", "section": "WEATHER",
        "load_date": "May 3, 2024", "language": "ENGLISH", "copyright": "Copyright 2024 Coastal Newspapers Group Ltd."}
    [article] = parse_many(text, TEST_OPTIONS)
    assert (article.source, article.body.splitlines()[-1]) == ("The Harbour Courier", body[-1])


def wire_story(title: str, place: str, end: str | None) -> list[str]:
    return [title, "2024-05-06 09:40 GMT", "", f"{place}, May 6 (Coastwire) - The harbour authority has ordered two new "
            "pilot boats from a yard on the mainland, its chairman said on Monday.", "",
            "The boats are due to arrive next spring and will cost about 3 million pounds, the authority said.", ""
            ] + ([end, ""] if end else [])


@pytest.mark.parametrize("end", ["(END)", "-30-", "###", "(ends)"])
def test_wire_stories_closed_by_end_marks_are_records(end):
    text = "\n".join(wire_story("Pilot boats ordered", "PORT ELLEN", end) + wire_story("Ferry adds sailings", "OBAN", end)
                     + wire_story("Fish market reopens", "MALLAIG", None))
    assert detect_layout(split_lines(text)) == "generic"
    pieces = list(split_input(text))
    assert rebuild(pieces) == text and all(isinstance(p, Record) for p in pieces)
    assert [p.text.splitlines()[0] for p in pieces] == ["Pilot boats ordered", "Ferry adds sailings", "Fish market reopens"]
    assert [p.text.rstrip().splitlines()[-1] for p in pieces] == [end, end, "The boats are due to arrive next spring "
                                                                   "and will cost about 3 million pounds, the authority said."]
    articles = parse_many(text, TEST_OPTIONS)
    assert [(a.title, a.dateline.location) for a in articles] == [
        ("Pilot boats ordered", "PORT ELLEN"), ("Ferry adds sailings", "OBAN"), ("Fish market reopens", "MALLAIG")]


# (the lines after one story, why): one article, whatever follows its end mark
ONE_STORY_ENDS = [
    (["(END)", ""], "the end mark last"),
    (["(END)", "", "Copyright 2024 Coastwire. All rights reserved.", ""], "a copyright line under the end mark"),
    (["-30-", "", "Contact: Ana Ruiz, harbour office", ""], "a contact line under the end mark"),
    (["(END)", "", "Keywords", "#harbour #ferry #island", "Most read",
      "Ferry fares to rise in July as council blames fuel costs and an ageing fleet",
      "Harbour cafe wins regional award for its seafood chowder and fresh bread",
      "Library extends weekend opening hours from June after volunteers sign up", ""],
     "a page's furniture under the end mark"),
]


@pytest.mark.parametrize("after,why", ONE_STORY_ENDS, ids=[c[1] for c in ONE_STORY_ENDS])
def test_one_story_with_an_end_mark_stays_one_article(after, why):
    text = "\n".join(wire_story("Pilot boats ordered", "PORT ELLEN", None) + after)
    assert detect_layout(split_lines(text)) == "single"
    [article] = parse_many(text, TEST_OPTIONS)
    assert article.title == "Pilot boats ordered"


def uni_record(title: str, body: list[str], after: list[str], trailer: tuple[str, ...] = (
        "Classification", "", "Language: ENGLISH", "Load-Date: March 5, 2024", "")) -> list[str]:
    """A record of a newer (Nexis Uni) export: the headline first, a "Body" heading, the text, the
    lines after it, then "Classification" and its fields, closed by "End of Document"."""
    return [title, "The Harbour Courier", "March 4, 2024 Monday", "", "Section: NEWS; Pg. 12",
            "Length: 85 words", "Body", "", *body, "", *after, *trailer, "", "End of Document", ""]


# (the lines between the text and "Classification", the fields they give, why)
UNI_SECTIONS = [
    (["Graphic", "", "The ferry at the pier. Picture: Ana Ruiz", "", "Notes", "", "This article was corrected.", ""],
     {"graphic": "The ferry at the pier. Picture: Ana Ruiz", "notes": "This article was corrected."},
     "a graphic and notes"),
    (["Graphic", "", "The ferry at the pier.", "", "Photo: Ana Ruiz", ""],
     {"graphic": "The ferry at the pier. Photo: Ana Ruiz"}, "a caption of two paragraphs, a page's label in it"),
    (["Notes", "", "This article was corrected.", ""], {"notes": "This article was corrected."}, "notes alone"),
]


@pytest.mark.parametrize("after,fields,why", UNI_SECTIONS, ids=[c[2] for c in UNI_SECTIONS])
def test_nexis_uni_field_headings_close_the_body(after, fields, why):
    body = ["A ferry operator has been fined after cancelling hundreds of sailings, the regulator said.", "",
            "The company said it would appeal."]
    text = "\n".join(uni_record("Ferry operator fined", body, after))
    [record] = records_of(text)
    assert text[record.body[0]:record.body[1]] == "\n".join(body)
    got = {f.key: f.value for f in record.fields}
    assert {k: got.get(k) for k in ("graphic", "notes", "language", "load_date")} == {
        "graphic": None, "notes": None, **fields, "language": "ENGLISH", "load_date": "March 5, 2024"}
    [article] = parse_many(text, TEST_OPTIONS)
    assert article.body == "\n\n".join(body[::2])
    assert {k: article.extra[k] for k in fields} == fields


def test_nexis_uni_field_headings_without_classification_and_none_in_classic_records():
    # no "Classification": the graphic runs to the record's end
    body = ["The ferry returns on Monday.", "", "Graphic", "", "The ferry at the pier."]
    [record] = records_of("\n".join(uni_record("Ferry returns", body, [], trailer=())))
    fields = {f.key: f.value for f in record.fields}
    assert fields["graphic"] == "The ferry at the pier."
    [article] = parse_many("\n".join(uni_record("Ferry returns", body, [], trailer=())), TEST_OPTIONS)
    assert article.body == "The ferry returns on Monday."
    # a classic record has no such headings: a "Notes" line there is text
    classic = "\n".join(ln_record(1, 1, "Ferry returns", ["SECTION: NEWS"], BODY + ["", "Notes", "", "Bring a coat."]))
    [article] = parse_many(classic + "\n", TEST_OPTIONS)
    assert article.body.endswith("Notes\n\nBring a coat.") and "notes" not in article.extra


@pytest.mark.parametrize("layout", ["lexisnexis", "factiva", "proquest"])
def test_forced_layout_on_an_ordinary_article_keeps_the_text(layout):
    text = ORDINARY[0][0]
    [record] = records_of(text, layout)
    assert record.text == text and record.body is None
    assert "read as one article" in record.warnings[0]


def _jsonl(runner, args):
    result = runner.invoke(cli, ["parse", "--format", "jsonl", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_cli_detects_and_overrides_the_layout(runner, in_root):
    auto = _jsonl(runner, ["samples/lexisnexis-export.txt"])
    assert [r["input"] for r in auto] == [{"path": "samples/lexisnexis-export.txt", "encoding": "utf-8", "index": i}
                                                for i in range(3)]
    assert _jsonl(runner, ["--layout", "lexisnexis", "samples/lexisnexis-export.txt"]) == auto
    single = _jsonl(runner, ["--layout", "single", "samples/generic-rules.txt"])
    assert len(single) == 1 and "School choir" in single[0]["body"]
    generic = _jsonl(runner, ["--layout", "generic", "samples/generic-rules.txt"])
    assert [r["title"] for r in generic] == ["Bridge repairs finish early", "School choir to sing in the capital",
                                             "Market hall to open on Sundays"]
    forced = _jsonl(runner, ["--layout", "factiva", "samples/hard-wrapped.txt"])
    assert len(forced) == 1 and forced[0]["warnings"]


def test_cli_rejects_an_unknown_layout(runner):
    result = runner.invoke(cli, ["parse", "--layout", "nexis", "-"], input="text")
    assert result.exit_code == 2


def test_long_lines_stay_fast():
    text = ("LABEL: " + "x: " * 20000 + "\n") * 3 + ("=" * 5000 + "\n") + ("1 of 2 " * 5000 + "\n")
    assert detect_layout(split_lines(text)) == "single"
    for layout in ("lexisnexis", "factiva", "proquest", "generic"):
        assert records_of(text, layout)


# --- the shared development corpus -------------------------------------------------------------

corpus = pytest.mark.skipif(not CORPUS.exists(), reason="../shared is not present (a user's clone)")
CORPUS_FILES = sorted(p for d in ("lexisnexis_lnt", "lexisnexis_amcat", "factiva", "proquest")
                      for p in (CORPUS / d).glob("*.txt")) if CORPUS.exists() else []


@corpus
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_exports_split_into_their_records(path: Path):
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
    text = decode_bytes(path.read_bytes())
    records = records_of(text)
    articles = [g for g in gold["articles"] if g.get("is_article", True)]
    assert len(records) == len(articles)    # a malformed record is a warning on the next record
    malformed = [i for i, g in enumerate(gold["articles"]) if not g.get("is_article", True)]
    for r, g in zip(records, articles):
        assert text[r.offset:r.offset + len(r.text)] == r.text
    for i in malformed:
        assert "no article" in records[i].warnings[0]
        titles = [f.value for f in r.fields if f.key == "title"]
        if g.get("title") and titles and ";" not in g["title"]:
            assert " ".join(titles[0].split()).casefold() == " ".join(g["title"].split()).casefold()


@pytest.mark.parametrize("line,keys", [
    ("Source:China Daily Published:2024-05-17 10:42", ["source", "published"]),
    ("Weather Data Source: Wetterdienst fur 16 tage", []),
    ("By Jane Doe | Updated: May 2, 2024", ["updated"]),
    ("ahead of the harbour vote. Photo: AP", ["photographer"]),
    ("稿件来源：河北日报", ["source"]),
    ("Publish Date:Sat, 12 Oct 2024 01:34 PM (IST)Author: Ana Ruiz", ["published", "byline"]),
    ("By Jane Doe · Last modified: May 2, 2024", ["updated"]),
    ("Stand: 12.10.2024 13:34 Uhr", ["updated"]),
], ids=["two-labels", "words-before-the-first-label", "after-a-separator", "after-a-sentence", "chinese",
        "a-label-glued-to-a-closing-bracket", "last-modified", "german-as-of"])
def test_labels_on_a_line(line, keys):
    from newsparse.rules.labels import find_labels
    assert [k for k, *_ in find_labels(line)] == keys


# --- nothing lost, any input (issue 13) -------------------------------------------------------------

def check_pieces(text: str, layout: str | None = None) -> list:
    """The records and gaps of an input tile it: in order, contiguous, and rebuilding it."""
    pieces = list(split_input(split_lines(text), layout))
    assert rebuild(pieces) == text
    pos = 0
    for piece in pieces:
        assert piece.offset == pos and text[pos:pos + len(piece.text)] == piece.text
        pos += len(piece.text)
    return pieces


@pytest.mark.parametrize("name", [s[0] for s in ARCHIVE_SAMPLES])
def test_records_segments_and_gaps_rebuild_the_archive(name):
    text = sample_text(name)
    out = []
    for piece in check_pieces(text):
        if isinstance(piece, Gap):
            out.append(piece.text)
        else:
            out += [s.text(text) for s in parse_record(piece, TEST_OPTIONS).segments]
    assert "".join(out) == text


def test_gaps_name_the_cover_page_and_the_separators():
    kinds = [p.kind for p in check_pieces(sample_text("lexisnexis-export.txt")) if isinstance(p, Gap)]
    assert kinds == ["cover"]
    kinds = [p.kind for p in check_pieces(sample_text("proquest-export.txt")) if isinstance(p, Gap)]
    assert set(kinds) == {"separator", "furniture"}
    pieces = check_pieces(sample_text("lexisnexis-malformed-record.txt"))
    [gap] = [p for p in pieces if isinstance(p, Gap) and p.kind == "no-article"]
    assert gap.note == "record '2 of 3 DOCUMENTS' holds no article, only copyright lines"


junk_line = st.sampled_from(["", "   ", "\ufeff", "\ufeff \ufeff", "\f", "End of Document", "1 of 3 DOCUMENTS",
                             "=" * 40, "_" * 60, "Copyright 2024 Coastal Newspapers Group Ltd.",
                             "LENGTH: 25 words", "BODY:", " AN  Document HRBCR00020240502ek5200001",
                             "Document HRBCR00020240502ek5200001", " HD  Quay reopens", "25 words",
                             "Full text: The quay reopened.", "Publication title: The Harbour Courier"])
some_line = st.one_of(junk_line, st.text(st.characters(blacklist_categories=("Cs",)), max_size=60))


@st.composite
def archives(draw):
    """An export of one of the vendor shapes, its records and lines shuffled with junk."""
    make = draw(st.sampled_from([ln_export, _factiva_export, _proquest_export, _generic_export, _citation_export]))
    lines = split_lines(make(draw(st.integers(1, 4))))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, draw(some_line) + draw(st.sampled_from(["\n", "\r\n", ""])))
    if draw(st.booleans()) and lines:
        del lines[draw(st.integers(0, len(lines) - 1))]
    return "".join(lines)


@settings(max_examples=60, deadline=None)
@given(archives(), st.sampled_from([None, "lexisnexis", "factiva", "proquest", "generic"]))
def test_generated_archives_rebuild_and_never_crash(text, layout):
    try:
        pieces = check_pieces(text, layout)
    except InputError:
        return                              # a file with no article says so
    records = [p for p in pieces if isinstance(p, Record)]
    assert [r.index for r in records] == list(range(len(records)))
    for r in records:
        assert r.text.strip(" \t\r\n\f\v\ufeff")     # every record has text for the pipeline


def test_many_empty_records_are_linear_and_not_silent():
    n = 5000
    with pytest.raises(InputError, match=f"{n} of its records hold none"):
        list(split_records(split_lines("End of Document\n" * n)))
    text = "".join(f"{i} of {n} DOCUMENTS\n\n" for i in range(1, n)) + "\n".join(
        ln_record(n, n, "The one article", ["LENGTH: 25 words"], BODY)) + "\n"
    [record] = split_records(split_lines(text))
    assert record.warnings[:1] == (f"record '1 of {n} DOCUMENTS' holds no article",)
    assert record.warnings[-1] == f"and {n - 4} more records before this one hold no article"


def test_the_last_record_without_an_article_keeps_its_warning():
    text = "\n".join(["Ferry timetable", "The Harbour Courier", "May 2, 2024", "", "LENGTH: 25 words",
                      "Body", "", *BODY, "", "End of Document", "", "Copyright 2024 Coastal Newspapers",
                      "", "End of Document", ""])
    first, last = split_records(split_lines(text))
    assert not first.warnings
    assert last.warnings == ("a record holds no article, only copyright lines",)


def test_a_piece_of_byte_order_marks_and_spaces_is_no_record():
    text = _generic_export(2).replace("\f", "\f\ufeff \ufeff\n\f", 1)
    records = list(split_records(split_lines(text)))
    assert [r.text.strip().split("\n", 1)[0] for r in records] == ["Headline number 0", "Headline number 1"]
    assert len(list(parse_many(text, TEST_OPTIONS))) == 2


def test_a_long_rule_costs_no_more_than_its_text():
    import tracemalloc
    text = "A headline\n\n" + "=" * 4_000_000 + "\n\nThe text under it.\n"
    tracemalloc.start()
    try:
        records = list(split_records(split_lines(text), "generic"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(records) == 2 and peak < 5 * 4_000_000


# --- header fields read by shape ---------------------------------------------------------------

def test_factiva_bylines_without_a_cue(in_root):
    articles = list(parse_file("samples/factiva-bylines.txt", TEST_OPTIONS))
    assert [(a.title, a.section, a.authors) for a in articles] == [
        ("Neue Postautolinie ins Safiental", "Region", ("Anna Muster",)),
        ("Stausee wird im Herbst abgelassen", None, ("Lukas Brunner",)),             # "..., Chur"
        ("Das Dorfkino zeigt wieder Filme ; Der Verein sucht noch Helferinnen und Helfer für die Kasse",
         "Kultur", ("Sandra Keller",)),                                             # "sandra keller"
        ("Warum die Bahn ins Tal bleiben muss", "Gastbeitrag", ("Reto Ammann",)),   # "Reto Ammann*"
        ("Junge Langläufer holen drei Medaillen", "Sport", ("Corina Flury",)),
    ]
    assert articles[4].contributors == (Person("Marco Hartmann", "photographer"),)
    fourth = articles[3].extra
    assert (fourth["column"], fourth["page"], fourth["volume"]) == ("Meinung", "14, 15", "Nr. 61")
    assert all(a.source == "Bündner Morgenblatt" for a in articles)


BYLINE_SHAPES = [
    ("Anna Muster", "Anna Muster", "a bare name"),
    ("Anna Muster, Berlin", "Anna Muster, Berlin", "a name with a place"),
    ("anna muster", "Anna Muster", "a name in lower case, capitalised"),
    ("ANNA MUSTER", "ANNA MUSTER", "a name in capitals"),
    ("This Caflisch*", "This Caflisch", "a footnote mark dropped"),
    ("Hans Muster¹", "Hans Muster", "a superscript mark dropped"),
    ("Jonas Wetterli (Text) und Carla Imboden (Bilder)", "Jonas Wetterli (Text) und Carla Imboden (Bilder)",
     "names with roles in brackets"),
    ("Anna Muster, Zürich, und Peter Beispiel", "Anna Muster, Zürich, und Peter Beispiel", "two names, a place"),
    ("Peter von Arx", "Peter von Arx", "a particle in the name"),
    ("Text: Anna Muster", "Text: Anna Muster", "a role label"),
    ("Die Wahrheit", None, "an article opens a headline"),
    ("Neue Regeln für Hunde", None, "function words"),
    ("Tagung der Ärzte", None, "'der' does not open a name's particles"),
    ("Weil es sich lohnt", None, "a clause"),
    ("Model", None, "one word"),
    ("Ausgabe 2024", None, "digits"),
    ("Die Wahrheit (Kommentar)", None, "brackets that are no role"),
]
assert len({c[0] for c in BYLINE_SHAPES}) == len(BYLINE_SHAPES)


@pytest.mark.parametrize("text,value,why", BYLINE_SHAPES, ids=[c[2] for c in BYLINE_SHAPES])
def test_byline_shape(text, value, why):
    assert byline_shape(text) == value


@pytest.mark.parametrize("value,expected", [
    ("MUSTER, ANNA", "ANNA MUSTER"), ("Okafor, Maria; Reyes, Tom", "Maria Okafor; Tom Reyes"),
    ("van der Berg, Jan", "Jan van der Berg"), ("Anna Muster, Berlin", "Anna Muster, Berlin"),
    ("JOHN SMITH, Associated Press", "JOHN SMITH, Associated Press"), ("Rita Calloway, Bert Haskins, Ed Morrow",
     "Rita Calloway, Bert Haskins, Ed Morrow"), ("Smith, Staff Writer", "Smith, Staff Writer"),
])
def test_authors_printed_surname_first_are_turned(value, expected):
    assert given_first(value) == expected


def test_inverted_author_under_a_localised_label():
    text = "\n".join(ln_record(1, 1, "Le port rouvre", ["AUTEUR: MUSTER, ANNA", "LONGUEUR: 25 mots"], BODY)) + "\n"
    [article] = parse_many(text, TEST_OPTIONS)
    assert article.authors == ("Anna Muster",)


@pytest.mark.parametrize("line,pages,volume", [
    ("14", "14", False), ("S. 14-15", "14-15", False), ("Seite 3, 5", "3, 5", False), ("pp. 3-5", "3-5", False),
    ("A1, A4", "A1, A4", False), ("Nr. 47", None, True), ("Vol. 12, No. 3", None, True),
    ("12. Jahrgang", None, True), ("German", None, False), ("No comment", None, False),
])
def test_page_and_volume_lines(line, pages, volume):
    assert (page_list(line), volume_line(line)) == (pages, volume)


# --- exports no vendor spec claims: records from their repeated structure ---------------------------

def _article_view(a) -> tuple:
    return (a.title, a.source, a.section, a.published.isoformat(), a.authors)


def test_numbered_contents_and_full_texts(in_root):
    pieces = check_pieces(sample_text("generic-contents.txt"))
    assert [p.kind if isinstance(p, Gap) else "record" for p in pieces] == [
        "cover", "contents", "record", "record", "record"]
    articles = list(parse_file("samples/generic-contents.txt", TEST_OPTIONS))
    assert [_article_view(a) for a in articles] == [
        ("Haven krijgt nieuwe veerboot", "Noordkust Dagblad", "Regio", "2024-03-12", ("Femke de Wit",)),
        ("Dijk bij het strand wordt verhoogd", "Westerhoeker Courant", None, "2024-03-13", ("Sanne Bakker",)),
        ("Markt verhuist naar het havenplein", "Noordkust Dagblad", "Stad", "2024-03-15", ()),
    ]
    first = articles[0]
    assert {k: first.extra[k] for k in ("page", "length_words", "publisher", "search_terms")} == {
        "page": "3", "length_words": "142", "publisher": "Noordkust Media B.V.",
        "search_terms": "haven OR veerboot OR markt"}
    assert first.body.startswith("De haven van Westerhoek") and first.body.endswith("tien minuten korter duurt.")
    assert articles[1].extra["publisher"] == "Westerhoeker Uitgevers"     # the holder, not the outlet
    assert all(a.language == "nl" and not a.warnings for a in articles)
    text = sample_text("generic-contents.txt")
    ev = first.evidence["source"]                                          # read from the contents entry
    assert text[ev.start:ev.end] == "Noordkust Dagblad" and ev.end < pieces[2].offset


def test_one_citation_line_per_record(in_root):
    articles = list(parse_file("samples/generic-citations.txt", TEST_OPTIONS))
    assert [_article_view(a) for a in articles] == [
        ("Ferry fares to rise in July", "The Harbour Courier", None, "2024-05-14", ("Anna Lindqvist",)),
        ("Lifeboat crew rescues two walkers", "Island Evening News", None, "2024-05-15", ()),
        ("Market hall to open on Sundays", "The Harbour Courier", None, "2024-05-17", ("Tom Reyes",)),
    ]
    assert [(a.extra["page"], a.extra["length_words"]) for a in articles] == [("4", "96"), ("2", "71"), ("7", "64")]
    assert articles[0].extra["publisher"] == "Coastal Newspapers Group Ltd"
    assert "Copyright" not in articles[0].body and articles[1].body.endswith("after a check at the station.")
    [cover] = [p for p in check_pieces(sample_text("generic-citations.txt")) if isinstance(p, Gap)]
    assert cover.kind == "cover" and cover.text.startswith("Harbour Monitor")


def _structured(order: list[int], numbered: bool = False) -> str:
    heads = ["Ferry fares to rise in July", "Lifeboat crew rescues two walkers", "Market hall to open on Sundays"]
    toc = "".join(f"{i + 1}. {h}\nThe Harbour Courier, {14 + i} May 2024, p. {i + 2}, 60 words\n" for i, h in enumerate(heads))
    full = "".join(f"\n{str(i + 1) + '. ' if numbered else ''}{heads[i]}\n{14 + i} May 2024, p. {i + 2}\n\n"
                   + " ".join(BODY) + "\n" for i in order)
    return toc + full


@pytest.mark.parametrize("order,numbered,why", [
    ([0, 1, 2], False, "full texts in the contents' order"),
    ([1, 0, 2], False, "full texts in another order: paired by headline"),
    ([0, 1, 2], True, "full texts numbered again"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_contents_pair_with_their_full_texts(order, numbered, why):
    articles = list(parse_many(_structured(order, numbered), TEST_OPTIONS))
    assert [(a.title, a.published.isoformat(), a.extra["page"], a.source) for a in articles] == [
        (["Ferry fares to rise in July", "Lifeboat crew rescues two walkers", "Market hall to open on Sundays"][i],
         f"2024-05-{14 + i}", str(i + 2), "The Harbour Courier") for i in order]


def test_contents_without_full_texts_are_its_records():
    text = "".join(f"{i}. Headline number {i}\nThe Harbour Courier, {10 + i} May 2024, p. {i}\n{BODY[0]}\n\n"
                   for i in range(1, 4))
    assert [a.title for a in parse_many(text, TEST_OPTIONS)] == [f"Headline number {i}" for i in range(1, 4)]


CITATIONS = [
    ("Noordkust Dagblad, Regio, dinsdag 12 maart 2024, pagina 3, 142 woorden",
     ("dinsdag 12 maart 2024", "3", "142", "Noordkust Dagblad", "Regio"), "outlet, section, weekday, date, page, words"),
    ("dinsdag 12 maart 2024, pagina 3", ("dinsdag 12 maart 2024", "3", None, None, None), "a date-and-page line"),
    ("The Harbour Courier | Tuesday, May 14, 2024 | Page 4 | 96 words",
     ("Tuesday, May 14, 2024", "4", "96", "The Harbour Courier", None), "parts divided by bars"),
    ("Nordsee Anzeiger, 10. Mai 2024, S. 7 (312 Wörter)", ("10. Mai 2024", "7", "312", "Nordsee Anzeiger", None),
     "a word count in brackets"),
    ("The Harbour Courier, 14 May 2024", None, "no page, no word count"),
    ("The fares rose on 14 May 2024, page 4 of the report says.", None, "a sentence"),
    ("Page 4", None, "no date"),
    ("Saltmarsh Gazette (ME). 5/14/2024, pB2.", ("5/14/2024", "B2", None, "Saltmarsh Gazette", "ME"),
     "a citation closed by a full stop, the page glued to its p"),
    ("Saltmarsh Gazette, May 14, 2024, p. B2.", ("May 14, 2024", "B2", None, "Saltmarsh Gazette", None),
     "a full stop after a spaced page form"),
    ("Saltmarsh Gazette, May 14, 2024, 96 words.", ("May 14, 2024", None, "96", "Saltmarsh Gazette", None),
     "a full stop after the word count"),
]
assert len({c[0] for c in CITATIONS}) == len(CITATIONS)


@pytest.mark.parametrize("line,parts,why", CITATIONS, ids=[c[2] for c in CITATIONS])
def test_citation_lines(line, parts, why):
    c = cite(line)
    got = None if c is None else tuple(p and p[0] for p in (c.date, c.page, c.words, c.outlet, c.section))
    assert got == parts


def test_structured_export_in_windows_1252(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes(sample_text("generic-contents.txt").replace("\n", "\r\n").encode("cp1252"))
    articles = list(parse_file(path, TEST_OPTIONS))
    assert [(a.title, a.source) for a in articles] == [
        ("Haven krijgt nieuwe veerboot", "Noordkust Dagblad"), ("Dijk bij het strand wordt verhoogd",
                                                               "Westerhoeker Courant"),
        ("Markt verhuist naar het havenplein", "Noordkust Dagblad")]


SINGLE_FILES = [p for d in sorted(CORPUS.glob("*")) if d.is_dir() for p in sorted(d.glob("*.txt"))
                if "articles" not in json.loads(p.with_name(p.stem + ".gold.json").read_text(encoding="utf-8"))
                ] if CORPUS.exists() else []


@corpus
def test_single_articles_of_the_corpus_are_never_split():
    heads = {p.name: split_lines(p.read_bytes()[:1 << 16].decode("utf-8", "replace"))[:DETECT_LINES]
             for p in SINGLE_FILES}
    split = [name for name, head in heads.items() if detect_layout(head) != "single"]
    assert len(SINGLE_FILES) > 400 and split == []


# --- a new vendor is a new spec ------------------------------------------------------------------------

def test_a_new_vendor_is_a_spec():
    """A made-up vendor: records open with '#### Item 3', a headline, a date line, labelled fields
    in Danish, 'TEKST:' opens the body, a copyright line closes it."""
    from newsparse.layouts._text import date_text as day_of
    from newsparse.layouts.engine import split
    from newsparse.layouts.spec import Layout, RecordSpec, Slot

    opens = lambda text: text.startswith("#### Item ")
    spec = Layout(name="harbour", detect=lambda head: any(opens(l) for l in head), opens=opens,
                  record=RecordSpec(header=(Slot("published", lambda r, line: day_of(line.text)),
                                            Slot("title", lambda r, line: True)),
                                    copyright_trailer=True))
    text = "".join(f"#### Item {i}\nHavnen får ny færge {i}\n{10 + i} maj 2024\n\nSEKTION: Lokalt\n"
                   f"FORFATTER: Mette Jensen\nTEKST:\n{BODY[0]}\n\nCopyright 2024 Havnebladet\n\n" for i in (1, 2))
    records = [p for p in split(split_lines(text), spec) if isinstance(p, Record)]
    assert [{f.key: f.value for f in r.fields} for r in records] == [
        {"published": f"{10 + i} maj 2024", "title": f"Havnen får ny færge {i}", "section": "Lokalt",
         "byline": "Mette Jensen", "copyright": "Copyright 2024 Havnebladet"} for i in (1, 2)]
    assert text[records[0].body[0]:records[0].body[1]] == BODY[0]


def test_cli_reports_a_file_without_an_article(runner, tmp_path):
    path = tmp_path / "empty-export.txt"
    path.write_text("End of Document\n\n" * 50, encoding="utf-8")
    result = runner.invoke(cli, ["parse", "--format", "jsonl", str(path)])
    assert result.exit_code == 3 and result.stdout == ""     # nothing could be parsed
    assert "no article in this lexisnexis export: 50 of its records hold none" in result.stderr


def test_contents_with_the_citation_on_the_heading_and_labelled_parts():
    text = "\n".join([
        "1. Haven krijgt nieuwe veerboot - Noordkust Dagblad - dinsdag 12 maart 2024 - pagina 3 - 142 woorden",
        "2. Dijk bij het strand wordt verhoogd - Westerhoeker Courant - woensdag 13 maart 2024 - pagina 5", "",
        "Haven krijgt nieuwe veerboot", "Datum: dinsdag 12 maart 2024, Pagina: 3, Lengte: 142 woorden",
        "Rubriek: Regio", "Femke de Wit", "", " ".join(BODY), "", "© Noordkust Media B.V.", "",
        "Dijk bij het strand wordt verhoogd", "Datum: woensdag 13 maart 2024, Pagina: 5", "", " ".join(BODY), ""])
    articles = list(parse_many(text, TEST_OPTIONS))
    assert [_article_view(a) + (a.extra["page"],) for a in articles] == [
        ("Haven krijgt nieuwe veerboot", "Noordkust Dagblad", "Regio", "2024-03-12", ("Femke de Wit",), "3"),
        ("Dijk bij het strand wordt verhoogd", "Westerhoeker Courant", None, "2024-03-13", (), "5")]
    assert articles[0].extra["length_words"] == "142" and articles[0].body == " ".join(BODY)


def test_a_full_text_may_print_its_outlet_above_its_date_line():
    toc = ("1. Haven krijgt nieuwe veerboot\nNoordkust Dagblad, 12 maart 2024, pagina 3, 142 woorden\n"
           "2. Dijk wordt verhoogd\nWesterhoeker Courant, 13 maart 2024, pagina 5, 118 woorden\n\n")
    full = "".join(f"{outlet}\n{day} maart 2024, pagina {page}\n{title}\n\n" + " ".join(BODY) + "\n\n"
                   for outlet, day, page, title in [("Noordkust Dagblad", 12, 3, "Haven krijgt nieuwe veerboot"),
                                                    ("Westerhoeker Courant", 13, 5, "Dijk wordt verhoogd")])
    pieces = check_pieces(toc + full)
    records = [p for p in pieces if isinstance(p, Record)]
    assert [r.text.split("\n", 1)[0] for r in records] == ["Noordkust Dagblad", "Westerhoeker Courant"]
    assert [a.title for a in parse_many(toc + full, TEST_OPTIONS)] == ["Haven krijgt nieuwe veerboot",
                                                                      "Dijk wordt verhoogd"]


structure_line = st.one_of(st.sampled_from([
    "1. Headline one", "2. Headline two", "1. Headline one - Courier - 12 May 2024 - p. 3", "Headline one",
    "The Courier, 12 May 2024, p. 3, 60 words", "12 May 2024, p. 4", "(c) Courier Ltd", "All rights reserved.",
    "", "\f", " ".join(BODY)]), st.text(max_size=40))


@settings(max_examples=60, deadline=None)
@given(st.lists(structure_line, max_size=50), st.sampled_from([None, "generic"]))
def test_structure_shaped_text_rebuilds_and_never_crashes(lines, layout):
    text = "\n".join(lines)
    try:
        pieces = check_pieces(text, layout)
    except InputError:
        return
    if text.strip(" \t\r\n\f\v\ufeff"):         # a blank input is one blank record: parse() refuses it
        assert all(p.text.strip(" \t\r\n\f\v\ufeff") for p in pieces if isinstance(p, Record))


def test_blank_holds_every_space_python_knows():
    assert SPACES == "".join(c for c in map(chr, range(0x110000)) if c.isspace())
    assert BLANK.startswith(SPACES)


def test_each_detector_is_its_spec_s_own_and_they_are_tried_in_order():
    """``split_input`` tries ``detect.DETECTORS`` without loading the layouts; each is the
    ``detect`` of the spec it names, and the order is the specs' order of old."""
    from newsparse.layouts import detect, specs
    got = specs()
    assert [s.detect for s in got] == [fn for fn, _, _ in detect.DETECTORS]
    from newsparse.layouts import factiva, generic, labelled, lexisnexis, proquest, structure
    assert got == (proquest.LAYOUT, proquest.PRINT, factiva.CODED, lexisnexis.LAYOUT, factiva.PAGE, structure.LAYOUT,
                   labelled.LAYOUT, generic.LAYOUT)


def _saying_yes(head: list[str]) -> list:
    from newsparse.layouts import detect
    return [entry for entry in detect.DETECTORS if entry[0](head)]


def test_the_cheap_tests_keep_every_detector_that_recognises_a_sample():
    """``detect.candidates`` skips only detectors that say no: on every bundled sample the
    detectors it keeps include each one that recognises the sample's head, and it drops some
    on a plain article (no mark of any export in it)."""
    from newsparse.layouts import detect
    samples = sorted((Path(__file__).parents[1] / "samples").glob("*.txt"))
    assert len(samples) >= 20
    for path in samples:
        head = split_lines(decode_bytes(path.read_bytes()))[:DETECT_LINES]
        kept = list(detect.candidates(head))
        assert set(_saying_yes(head)) <= set(kept), path.name
    plain = ["Harbour ferry fares rise\n", "\n", "By Ana Lund\n", "\n", "The council voted on Monday.\n"]
    assert [e[0].__name__ for e in detect.candidates(plain)] == ["looks_structure"]


# lines that carry the marks the detectors look for, in several cases and spacings, and lines of
# prose around them
_MARKED_LINES = st.sampled_from([
    "1 of 12 DOCUMENTS\n", "  Dokument 3 von 9\n", "2 of 5 documents\r\n", "End of Document\n", "ende des dokuments\n",
    "LENGTH: 512 words\n", "LOAD-DATE: March 3, 2024\n", "BYLINE: Ana Lund\n", "SECTION: NEWS; Pg. 4\n", "Body\n",
    "  TEXT  \n", "brødtekst\n", "HD  Ferry fares rise\n", "PD  3 March 2024\n", "SN  The Harbour Post\n",
    "AN  Document HARBOR0020240303\n", "WC  512 words\n", "Document HARBOR0020240303k1\n", "512 words\n",
    "1,024 Wörter\n", "3 March 2024\n", "_" * 30 + "\n", "Source type: Newspapers\n", "Database: News Stream\n",
    "Full text:\n", "Document ID: 123456\n", "\f", "=" * 12 + "\n", "-" * 40 + "\n", "* * *\n",
    "The Harbour Post, 3 March 2024, p. 4, 512 words\n", "Page 7\n", "pp. 12\n", "\n",
    "The council voted on Monday to raise fares.\n", "Doctors met at the harbour.\n",
])


@settings(max_examples=300)
@given(st.lists(_MARKED_LINES, min_size=1, max_size=40))
def test_the_cheap_tests_never_drop_a_detector_that_says_yes(lines):
    """Whatever mix of export marks and prose a head holds, every detector that recognises it
    is among those ``detect.candidates`` keeps, in the same order, so ``detect_layout`` is what
    running every detector gives."""
    from newsparse.layouts import detect
    kept = list(detect.candidates(lines))
    yes = _saying_yes(lines)
    assert [e for e in kept if e in yes] == yes
    assert [e for e in detect.DETECTORS if e in kept] == kept


# --- ProQuest: the full text and the labelled fields after it -----------------------------------

def pq_record(*paragraphs: list[str]) -> str:
    """One ProQuest record between rules: its paragraphs (lists of lines) with blank lines between."""
    rule = "_" * 60
    return "\n".join([rule, ""] + [line for para in paragraphs for line in para + [""]] + [rule, ""])


PQ_HEAD = (["Document 1 of 1"], ["Night buses return to the harbour route"],
           ["Publication info: The Harbour Courier; Port Ellen. 4 June 2024: A2."])
PQ_TRAILER = (["Title: Night buses return to the harbour route"], ["Publication title: The Harbour Courier; Port Ellen"],
              ["Publication date: Jun 4, 2024"], ["ProQuest document ID: 1234567921"])


@pytest.mark.parametrize("label", ["Full text", "Texte intégral", "Texto completo"])
def test_a_one_line_full_text_is_the_body_and_no_field(label):
    text = pq_record(*PQ_HEAD, [f"{label}: Night buses will run on the harbour route again from July."],
                     *PQ_TRAILER)
    [article] = parse_many(text, TEST_OPTIONS)
    assert article.body == "Night buses will run on the harbour route again from July."
    assert article.extra == {"publication_info": "The Harbour Courier; Port Ellen. 4 June 2024: A2.",
                             "document_id": "1234567921"}


def test_proquest_fields_the_table_does_not_name_are_kept():
    text = pq_record(*PQ_HEAD, ["Full text: Night buses will run on the harbour route again from July."],
                     *PQ_TRAILER[:3], ["DOI: 10.5555/hc.2024.0604"], ["Accession number: HC-2024-0604-03"],
                     PQ_TRAILER[3])
    [article] = parse_many(text, TEST_OPTIONS)
    assert article.extra == {"publication_info": "The Harbour Courier; Port Ellen. 4 June 2024: A2.",
                             "doi": "10.5555/hc.2024.0604", "document_id": "HC-2024-0604-03",
                             "proquest_document_id": "1234567921"}


PQ_FULL = "Full text: Night buses will run on the harbour route again from July."
PQ_LAST = "The council said the buses would run every half hour."

# (the full text's paragraphs, the body, why): a label line inside the running text stays text
PQ_LABEL_LINES = [
    ([[PQ_FULL, "Source: Harbour Transport Office", PQ_LAST]],
     f"{PQ_FULL[11:]}\nSource: Harbour Transport Office\n{PQ_LAST}", "a page's Source label inside the text"),
    ([[PQ_FULL, "Date: 3 June 2024", PQ_LAST]], f"{PQ_FULL[11:]}\nDate: 3 June 2024\n{PQ_LAST}",
     "a page's Date label inside the text"),
    ([[PQ_FULL, "Title: the new timetable", PQ_LAST]], f"{PQ_FULL[11:]}\nTitle: the new timetable\n{PQ_LAST}",
     "one of ProQuest's field names inside the text"),
    ([[PQ_FULL, "Subject: fares", "Author: the council", "Note: times may change", "Language: English"]],
     f"{PQ_FULL[11:]}\nSubject: fares\nAuthor: the council\nNote: times may change\nLanguage: English",
     "label lines that end the text's paragraph, before the blank line of the fields"),
    ([[PQ_FULL, PQ_LAST], ["Note: times may change in winter."]],
     f"{PQ_FULL[11:]}\n{PQ_LAST}\n\nNote: times may change in winter.",
     "a paragraph under a label ProQuest does not print after the text"),
    ([[PQ_FULL], ["Source: Harbour Transport Office"], [PQ_LAST]],
     f"{PQ_FULL[11:]}\n\nSource: Harbour Transport Office\n\n{PQ_LAST}", "a label paragraph with text after it"),
]


@pytest.mark.parametrize("paras,body,why", PQ_LABEL_LINES, ids=[c[2] for c in PQ_LABEL_LINES])
def test_a_label_line_inside_the_proquest_full_text_is_text(paras, body, why):
    text = pq_record(*PQ_HEAD, *paras, *PQ_TRAILER)
    [record] = records_of(text)
    assert text[record.body[0]:record.body[1]] == body
    assert {f.key: f.value for f in record.fields} == {
        "title": "Night buses return to the harbour route", "document_id": "1234567921",
        "publication_info": "The Harbour Courier; Port Ellen. 4 June 2024: A2.",
        "source": "The Harbour Courier; Port Ellen", "published": "Jun 4, 2024"}


def test_proquest_fields_without_their_blank_lines_are_still_the_fields():
    text = pq_record(*PQ_HEAD, [PQ_FULL, PQ_LAST, "CAPTION: The night bus at the quay.", "Subject: Buses",
                                *(line for [line] in PQ_TRAILER)])
    [record] = records_of(text)
    assert text[record.body[0]:record.body[1]] == f"{PQ_FULL[11:]}\n{PQ_LAST}"
    assert {f.key: f.value for f in record.fields} == {
        "title": "Night buses return to the harbour route", "document_id": "1234567921",
        "publication_info": "The Harbour Courier; Port Ellen. 4 June 2024: A2.", "subject": "Buses",
        "caption": "The night bus at the quay.", "source": "The Harbour Courier; Port Ellen",
        "published": "Jun 4, 2024"}


def test_a_caption_under_the_proquest_full_text_is_a_field():
    text = pq_record(*PQ_HEAD, [PQ_FULL, PQ_LAST, "CAPTION: The night bus at the quay.", "CREDIT: Ana Lund"],
                     ["Title: Harbour buses"], *PQ_TRAILER[1:])
    [record] = records_of(text)
    assert text[record.body[0]:record.body[1]] == f"{PQ_FULL[11:]}\n{PQ_LAST}"
    fields = {f.key: f.value for f in record.fields}
    assert (fields["caption"], fields["credit"], fields["title"]) == ("The night bus at the quay.", "Ana Lund",
                                                                      "Harbour buses")


# --- Factiva, coded -------------------------------------------------------------------------------

def coded_record(title: str, *, an: bool = True, section: str | None = None, index: tuple[str, ...] = ()) -> list[str]:
    return ([f" SE  {section}"] if section else []) + [
        f" HD  {title}", " WC  64 words", " PD  6 March 2024", " SN  The Harbour Courier", " SC  HRBCR",
        " LA  English", " CY  (c) 2024 Coastal Newspapers Group Ltd.",
        " LP  The harbour council will review the parking charges at the marina after",
        "     complaints from boat owners.", "", " TD  A report is due in May.", ""] + list(index) + (
        [" AN  Document HRBCR00020240306ek3600002"] if an else []) + ["", ""]


@pytest.mark.parametrize("bom", ["\ufeff", "\ufeff "], ids=["mark", "mark and space"])
def test_a_coded_factiva_export_after_a_byte_order_mark(bom):
    text = bom + "\n".join(coded_record("Council to review harbour parking charges"))[1:]
    assert detect_layout(split_lines(text)) == "factiva"
    [record] = records_of(text)
    assert text[record.body[0]:].startswith("The harbour council will review")
    [article] = parse_many(text, TEST_OPTIONS)
    assert (article.title, article.source) == ("Council to review harbour parking charges", "The Harbour Courier")


def test_a_coded_factiva_body_is_its_paragraphs_without_the_codes():
    """The lead (LP) and the text (TD) are one body: a field's wrapped lines go on its paragraph,
    and the TD code is no word of it."""
    text = "\n".join(coded_record("Council to review harbour parking charges"))
    [article] = parse_many(text, TEST_OPTIONS)
    assert article.body == ("The harbour council will review the parking charges at the marina after complaints "
                            "from boat owners.\n\nA report is due in May.")
    [record] = records_of(text)
    assert record.body_column == 5


def test_a_wire_storys_closing_credits_in_an_export_name_its_editors_and_contributors():
    """The record's byline field names the authors; the credits after the text name the editor
    and those who contributed, and stay in the body as the export prints them."""
    text = "\n".join(coded_record("Council to review harbour parking charges")).replace(
        " TD  A report is due in May.",
        " TD  A report is due in May.\n\n     (Reporting by Jane Roe; Editing by Tom Doe)")
    text = text.replace(" WC  ", " BY  By Ana Ruiz\n WC  ")
    [article] = parse_many(text, TEST_OPTIONS)
    assert (article.authors, article.editors) == (("Ana Ruiz", "Jane Roe"), ("Tom Doe",))
    assert article.body.endswith("(Reporting by Jane Roe; Editing by Tom Doe)")


def test_coded_factiva_index_codes_are_fields_of_their_own():
    text = "\n".join(coded_record("Council to review harbour parking charges", index=(
        " RE  uk : United Kingdom", " IPD Harbours", " PUB Coastal Newspapers Group Ltd.")))
    [article] = parse_many(text, TEST_OPTIONS)
    assert {k: article.extra[k] for k in ("region", "ipd", "publisher")} == {
        "region": "uk : United Kingdom", "ipd": "Harbours", "publisher": "Coastal Newspapers Group Ltd."}


@pytest.mark.parametrize("section", [None, "Harbour"], ids=["HD", "SE before HD"])
def test_a_coded_factiva_record_without_its_an_line_ends_at_the_next_head(section):
    text = "\n".join(coded_record("Council to review harbour parking charges", an=False,
                                  index=(" RE  uk : United Kingdom",))
                     + coded_record("Night ferry returns", section=section))
    pieces = list(split_input(text))
    assert rebuild(pieces) == text
    first, second = [p for p in pieces if isinstance(p, Record)]
    assert first.warnings == ("the record has no AN (accession number) line",)
    assert text[first.body[0]:first.body[1]].endswith("A report is due in May.")
    assert {f.key: f.value for f in first.fields}["region"] == "uk : United Kingdom"
    fields = {f.key: f.value for f in second.fields}
    assert (fields["title"], fields.get("section"), fields["document_id"]) == (
        "Night ferry returns", section, "HRBCR00020240306ek3600002")
    assert second.warnings == ()


# --- Factiva, the article page: the publisher line above the trailer ------------------------------

# (the last paragraph before the trailer, the publisher it is, why)
FACTIVA_LAST_PARAGRAPHS = [
    ("Boat owners said the charges were unfair. Reuters", None, "a sentence and an agency's sign-off"),
    ("The marina will reopen on Monday. EFE", None, "a sentence and a sign-off"),
    ("Anna Muster", None, "a signature"),
    ("Source: Harbour Council", None, "a labelled line"),
    ("Boat owners said the charges were unfair", None, "a short sentence without its stop"),
    ("Coastal Newspapers Group Ltd", "Coastal Newspapers Group Ltd", "a company name"),
    ("Harbour Presse AG", "Harbour Presse AG", "a company name in another language"),
    ("Coastal Newspapers", "Coastal Newspapers", "the holder of the copyright"),
]


@pytest.mark.parametrize("last,publisher,why", FACTIVA_LAST_PARAGRAPHS, ids=[c[2] for c in FACTIVA_LAST_PARAGRAPHS])
def test_the_factiva_publisher_line_is_a_name_not_the_texts_last_paragraph(last, publisher, why):
    lead = "The harbour council will review the parking charges at the marina after complaints."
    text = "\n".join(["Council to review harbour parking charges", "88 words", "6 March 2024", "The Harbour Courier",
                      "HRBCR", "English", "(c) 2024 Coastal Newspapers Group Ltd.", "", lead, "", last, "",
                      "Document HRBCR00020240306ek3600002", ""])
    [article] = parse_many(text, TEST_OPTIONS)
    assert article.extra.get("publisher") == publisher
    assert article.body == (lead if publisher else f"{lead}\n\n{last}")


def test_a_second_value_of_a_field_keeps_its_labels_name_or_a_number():
    """Two fields of a record under one key of ``extra`` (a record's URL and its links): the
    second keeps its label's own name, so no value is dropped."""
    text = _proquest_export(1).replace("Headline number 0", "https://example.com/docview/1234\n\nHeadline number 0")
    text = text.replace("ProQuest document ID: 1234", "Links: https://example.com/links/1234\n\nProQuest document ID: 1234")
    [article] = parse_many(text, TEST_OPTIONS)
    assert (article.extra["url"], article.extra["links"]) == (
        "https://example.com/docview/1234", "https://example.com/links/1234")


# --- records that each open with a block of labels ---------------------------------------------------

STORY = ("The harbour board voted on Monday to extend the night ferry to the islands for another "
         "season, citing record passenger numbers.\n\nA spokesman said the timetable would be "
         "published next week and fares would not rise before the autumn.\n")


def _index_record(n: int) -> str:
    return (f"Title: Harbour board extends night ferry {n}\nAuthor: Mara Quist\nDate: May {n}, 2024\n"
            f"Source: The Islander Weekly\nLength: 41 words\n\n{STORY}\n")


LABEL_BLOCK_EXPORTS = [
    ("".join(_index_record(n) for n in (1, 2, 3)), 3, "an index export: the same labels before each text"),
    ("Islander Feed - all stories\n\n" + "".join(
        f"Title: Harbour board extends night ferry {n}\nLink: https://islander.example/{n}\n"
        f"Published: Mon, {n} May 2024 09:00:00 +0000\nAuthor: Mara Quist\nContent:\n{STORY}\n\n" for n in (1, 2)),
     2, "a feed saved as text, its banner a cover"),
    ("".join(f"---\ntitle: Harbour board extends night ferry {n}\ndate: 2024-05-0{n}\nauthor: Mara Quist\n"
             f"section: Local\n---\n\n{STORY}\n" for n in (1, 2, 3)), 3, "front matter between fences"),
    ("".join(f"From alerts@islander.example Mon May  {n} 06:00:00 2024\nFrom: Islander Alerts <alerts@islander.example>\n"
             f"Date: Mon, {n} May 2024 06:00:00 +0000\nSubject: Harbour board extends night ferry {n}\n"
             f"To: desk@islander.example\n\n{STORY}\n" for n in (1, 2)), 2, "a mailbox of news alerts"),
    ("THE ISLANDER WEEKLY\nMay 2, 2024\nSection: Local\nPage: A4\nEdition: Final\n\nHARBOUR BOARD EXTENDS NIGHT FERRY\n\n"
     + STORY + "\nTHE ISLANDER WEEKLY\nMay 3, 2024\nSection: Local\nPage: A5\nEdition: Final\n\nHARBOUR BOARD MEETS AGAIN\n\n"
     + STORY, 2, "outlet and date lines right above each block open its record"),
]


@pytest.mark.parametrize("text,count,why", LABEL_BLOCK_EXPORTS, ids=[c[2] for c in LABEL_BLOCK_EXPORTS])
def test_records_that_open_with_a_block_of_labels(text, count, why):
    assert detect_layout(split_lines(text)) == "generic"
    pieces = list(split_input(text))
    assert rebuild(pieces) == text
    records = [p for p in pieces if isinstance(p, Record)]
    assert len(records) == count
    assert all("Harbour board" in r.text or "HARBOUR BOARD" in r.text for r in records)
    assert all(r.text.count(STORY.split(",")[0]) == 1 for r in records)


ONE_LABEL_BLOCK = [
    ("Harbour board extends night ferry\n\nTitle: Harbour board extends night ferry\nAuthor: Mara Quist\n"
     "Date: May 1, 2024\n\n" + STORY + "\nPublisher: Islander Media\nLanguage: English\nDocument type: News\n",
     "labels after the text share no key with the block above it"),
    ("Harbour board extends night ferry\nAuthor: Mara Quist\nDate: May 1, 2024\nSection: Local\n\n" + STORY
     + "\nAuthor: Mara Quist\nDate: May 1, 2024\nSection: Local\n", "the same labels again at the end, with no text"
     " after them"),
]


@pytest.mark.parametrize("text,why", ONE_LABEL_BLOCK, ids=[c[1] for c in ONE_LABEL_BLOCK])
def test_an_article_with_one_block_of_labels_stays_one(text, why):
    assert len(records_of(text)) == 1


def test_factivas_reprint_line_under_the_text_is_neither_body_nor_publisher():
    """Factiva prints a reprint offer under an article page's text: it is no paragraph of the
    text, and the publisher line above it is still read."""
    text = _factiva_export(2).replace(
        BODY[-1] + "\n", BODY[-1] + "\n\nCoastal Newspapers Group Ltd\n\nLicense this article from Dow Jones Reprint Service\n")
    articles = list(parse_many(text, TEST_OPTIONS))
    assert len(articles) == 2
    assert [a.body.split()[-1] for a in articles] == ["Saturdays."] * 2
    assert [a.extra.get("publisher") for a in articles] == ["Coastal Newspapers Group Ltd"] * 2


def _index_export(n: int) -> str:
    return "".join(
        f"Record: {i}\nTitle:\tHarbour board extends night ferry {i}\nAuthors:\tQuist, Mara\n"
        f"Source:\tThe Islander Weekly; 5/{i}/2024, pA{i}\nDocument Type:\tArticle\nSubject Terms:\t*FERRIES\n\n"
        f"HARBOUR BOARD EXTENDS NIGHT FERRY {i}\n\n{STORY}\n" for i in range(1, n + 1))


def test_an_index_records_labels_above_its_citation_are_fields_not_its_headline():
    """``Record: 1`` / ``Title:`` / ``Authors:`` above the citation line open the record (not the
    one before it) and are read as fields: the labelled title, not the three lines, is the
    headline, and the title printed again above the text is no paragraph of it."""
    records = records_of(_index_export(3))
    assert len(records) == 3
    assert [r.text.split("\n", 1)[0] for r in records] == ["Record: 1", "Record: 2", "Record: 3"]
    fields = {f.key: f.value for f in records[1].fields}
    assert fields["title"] == "Harbour board extends night ferry 2"
    assert fields["byline"] == "Mara Quist"
    assert fields["source"] == "The Islander Weekly"
    assert fields["record_number"] == "2" and fields["page"] == "A2"
    assert fields["subject"] == "*FERRIES"
    body = records[1].text[records[1].body[0] - records[1].offset:records[1].body[1] - records[1].offset]
    assert body.startswith("The harbour board voted") and body.rstrip().endswith("the autumn.")


def _divided_export(separator: str) -> str:
    return f"\n{separator}\n\n".join(
        f"Harbour board extends night ferry {n}\nBy Mara Quist\nThe Islander Weekly, May {n}, 2024\n\n{STORY}"
        for n in (1, 2, 3))


SEPARATORS = [
    ("* * *", "three spaced stars between two articles"),
    ("-----", "a short rule of hyphens"),
    ("~~~~", "a short rule of tildes"),
    ("#####", "a short rule of hashes (not the ### end mark)"),
    ("_" * 40, "a long rule of underscores"),
    ("~" * 30, "a long rule of tildes"),
    ("#" * 30, "a long rule of hashes"),
    ("* " * 14 + "*", "a long spaced rule"),
    ("=== ARTICLE 2 ===", "a label framed by rules"),
    ("---------- Article 2 of 3 ----------", "a counted label framed by rules"),
]
assert len({s[0] for s in SEPARATORS}) == len(SEPARATORS)


@pytest.mark.parametrize("separator,why", SEPARATORS, ids=[s[1] for s in SEPARATORS])
def test_separators_between_articles_divide(separator, why):
    text = _divided_export(separator)
    assert detect_layout(split_lines(text)) == "generic"
    pieces = list(split_input(text))
    assert rebuild(pieces) == text
    records = [p for p in pieces if isinstance(p, Record)]
    assert [r.text.strip().split("\n", 1)[0] for r in records] == [
        f"Harbour board extends night ferry {n}" for n in (1, 2, 3)]
    assert [p.text.strip() for p in pieces if isinstance(p, Gap)] == [separator] * 2


SECTION_BREAKS = [
    ("* * *", "a spaced section break"),
    ("-----", "a short rule as a section break"),
    ("~~~~", "tildes as a section break"),
    ("---- Index Terms ----", "a heading between rules that numbers no article"),
]


@pytest.mark.parametrize("separator,why", SECTION_BREAKS, ids=[s[1] for s in SECTION_BREAKS])
def test_a_short_rule_inside_one_story_stays_text(separator, why):
    """A short rule divides two articles only: after it, the story goes on (no headline with a
    credit or date line under it), also in an export whose articles it divides."""
    story = (f"Harbour board extends night ferry\nBy Mara Quist\nThe Islander Weekly, May 1, 2024\n\n{STORY}\n"
             f"{separator}\n\nThe aftermath\nOn the quay, the first passengers waited for the late boat with their "
             f"bicycles and their shopping, and nobody seemed to mind the cold wind from the sea.\n")
    assert len(records_of(story)) == 1
    export = _divided_export(separator).replace("Harbour board extends night ferry 2", "Harbour board meets again")
    export = export.replace(STORY, STORY + f"\n{separator}\n\nThe aftermath\nOn the quay, the first passengers "
                            "waited for the late boat with their bicycles and their shopping.\n", 1)
    records = records_of(export)
    assert len(records) == 3 and "The aftermath" in records[0].text


def _proquest_print(n: int) -> str:
    """ProQuest's print view: no rules, a "Document i of n" marker above each record."""
    return "".join(
        f"Document {i} of {n}\n\nHarbour board extends night ferry {i}\n\nAuthor: Quist, Mara\n\n"
        f"ProQuest document link\n\nFull text: {STORY}\nPublication title: The Islander Weekly\n"
        f"Publication year: 2024\nPublication date: May {i}, 2024\nSource type: Newspaper\n"
        f"ProQuest document ID: 99000{i}\nDatabase: Islander Newsstream\n\n" for i in range(1, n + 1))


def test_proquests_print_view_is_proquest_divided_at_its_markers():
    text = _proquest_print(3)
    assert detect_layout(split_lines(text)) == "proquest"
    articles = list(parse_many(text, TEST_OPTIONS))
    assert [a.title for a in articles] == [f"Harbour board extends night ferry {i}" for i in (1, 2, 3)]
    assert [a.extra["document_id"] for a in articles] == ["990001", "990002", "990003"]
    assert all(a.body.startswith("The harbour board voted") for a in articles)


def test_a_forced_layout_that_finds_one_record_of_many_markers_warns():
    """A forced layout that cuts nothing where the file prints record markers says so, as one
    that finds no records does; one that finds the records does not."""
    [record] = records_of(_proquest_print(3), "factiva")
    assert any("one record holding 3 record markers" in w for w in record.warnings)
    assert all(not any("record markers" in w for w in r.warnings) for r in records_of(_proquest_print(3), "proquest"))
    [single] = records_of(_proquest_print(1), "factiva")
    assert not any("record markers" in w for w in single.warnings)


LABELLED_READS = [
    ("".join(f"Islander Index: News\n\nTitle: Harbour board extends night ferry {n}\nAuthor: Mara Quist\n"
             f"Date: May {n}, 2024\nLength: 41 words\nContent Level: Advanced\n\nFull Text:\n{STORY}\n"
             f"Source Citation (MLA 9th Edition)\nQuist, Mara. \"Harbour board extends night ferry {n}.\" Islander "
             f"Weekly, {n} May 2024, p. A4.\n\nIndex Document Number: ISL|A{n}\n\n\n" for n in (1, 2)),
     "an index database: the body label, the citation block and the number after the text"),
    ("".join(f"---\ntitle: \"Harbour board extends night ferry {n}\"\ndate: 2024-05-0{n}\nauthor: Mara Quist\n"
             f"section: Local\n---\n\n{STORY}\n" for n in (1, 2)), "front matter: a quoted title, the closing fence"),
]


@pytest.mark.parametrize("text,why", LABELLED_READS, ids=[c[1] for c in LABELLED_READS])
def test_a_labelled_records_block_is_read_as_its_fields_and_its_text_follows(text, why):
    articles = list(parse_many(text, TEST_OPTIONS))
    assert [a.title for a in articles] == [f"Harbour board extends night ferry {n}" for n in (1, 2)]
    assert [a.published.isoformat()[:10] for a in articles] == ["2024-05-01", "2024-05-02"]
    assert all(a.authors == ("Mara Quist",) for a in articles)
    assert all(a.body.startswith("The harbour board voted") and a.body.endswith("before the autumn.")
               for a in articles)


def test_a_held_short_rule_costs_one_look_per_line():
    """A short rule is held until two lines of text after it tell whether it divides: a long run
    of blank lines after it is counted as it passes, never read again for every line."""
    import time
    text = _divided_export("-----") + "\n* * *\n" + "\n" * 40_000 + "Harbour board extends night ferry 4\n"
    started = time.perf_counter()
    records = records_of(text, "generic")
    assert time.perf_counter() - started < 1.0
    assert len(records) == 3


def _dated_export(label: str) -> str:
    return "".join(
        f"Harbour board extends night ferry {n}\nThe Islander Weekly (ME) - Thursday, May {n}, 2024\n"
        f"Author/Byline: Mara Quist, Staff Writer\nSection: Local\n{label}\nReadability: grade 9\n\n{STORY}\n"
        f"Copyright (c) 2024 Islander Media\n\n\n" for n in (1, 2))


@pytest.mark.parametrize("label,why", [("Page: A4", "a labelled page"), ("Word count: 41", "a labelled word count"),
                                       ("Length: 41 words", "a labelled length")], ids=lambda v: v)
def test_a_date_line_over_a_labelled_page_or_length_is_the_citation(label, why):
    """An export that prints the page or the length as a field under the outlet's date line
    (not on it): the date line is the record's citation, its labelled fields are read."""
    text = _dated_export(label)
    assert detect_layout(split_lines(text)) == "generic"
    articles = list(parse_many(text, TEST_OPTIONS))
    assert [a.title for a in articles] == [f"Harbour board extends night ferry {n}" for n in (1, 2)]
    assert [a.published.isoformat()[:10] for a in articles] == ["2024-05-01", "2024-05-02"]
    assert all(a.source == "The Islander Weekly" and a.authors == ("Mara Quist",) for a in articles)
    assert all(a.body.startswith("The harbour board voted") for a in articles)


def test_a_lexisnexis_time_line_with_a_no_break_space_keeps_its_time():
    """A copy from a browser may set a no-break space where the export has a space
    ("6:05\u00a0PM GMT"): the time line is read the same."""
    text = (Path(__file__).resolve().parents[1] / "samples" / "lexisnexis-export.txt").read_text(encoding="utf-8")
    plain = [a.published for a in parse_many(text)]
    spaced = [a.published for a in parse_many(text.replace("6:05 PM GMT", "6:05\u00a0PM\u00a0GMT"))]
    assert spaced == plain and any(p is not None and p.precision == "minute" for p in plain)
