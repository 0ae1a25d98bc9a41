"""Headlines among page chrome: one page per case, each with the trap it sets."""
from __future__ import annotations

import re

import pytest

from newsparse import parse
from newsparse.classify import Reading
from newsparse.features import read_table
from newsparse.lines import scan
from newsparse.headline import headline_rows

from .conftest import SAMPLES

NAV = "".join(f"  • {w}\n" for w in ("Home", "News", "Sport", "Culture", "Travel"))
PROSE = ("The council voted on Tuesday to keep the old harbour baths open for another five summers.\n"
         "Repairs to the pool walls will start in October and should be finished before the season.\n\n"
         "Swimmers had collected more than four thousand signatures against the closure last spring.\n"
         "The city will pay for the work from its maintenance budget, the mayor's office said.\n\n"
         "The baths opened in 1931 and are among the last open-air pools on the coast, the council said.\n")
FOOTER = "\n" + "".join(f"  • {w}\n" for w in ("Imprint", "Privacy", "Contact"))

SHARE = "  • Share\n  • Print\n  • Email\n\n"
CAPTION = ("Swimmers had collected signatures against the closure of the harbour baths, the city said on\n"
           "Tuesday. Image: Keystone\n\n")

CASES = [
    ("Harbour baths stay open\n\nThe council voted to keep the baths open, and repairs start soon.\n\n"
     f"{CAPTION}{CAPTION}12.12.2019\n\n{SHARE}{NAV}{SHARE}",
     "Harbour baths stay open", "a caption wrapped onto a second line above the date"),
    (f"Harbour baths: council votes to keep the old open-air pool running for five more\nsummers\n\n"
     f"12.12.2019\n\n{SHARE}",
     "Harbour baths: council votes to keep the old open-air pool running for five more summers",
     "a headline wrapped onto one word"),
    (f"Harbour Baths Win Reprieve From Council Vote\n\nBy\n\nAna Ruiz\n\nDate\n\nFebruary 5, 2020\n\n{SHARE}"
     "Council votes to keep the old harbour baths open for five summers\n\n",
     "Harbour Baths Win Reprieve From Council Vote", "the line above the By-line, not a summary nearer the body"),
    ("Harbour baths stay open, says the council\n\nCouncil votes to keep the baths open for five summers.\n\n"
     "Expand\n\nHarbour Council\n\nPor Joaquín Arbeláez 11 de junio 2021\n\n",
     "Harbour baths stay open, says the council", "a name standing alone is a caption"),
    ("  • 5. Harbour baths stay open for five more summers\n\nHarbour baths stay open for five more summers\n\n",
     "Harbour baths stay open for five more summers", "a headline the page repeats"),
    ("The council's vote to keep the harbour baths open should be a lesson for every city on\n"
     "the coast\n\n",
     "The council's vote to keep the harbour baths open should be a lesson for every city on the coast",
     "a headline wrapped at the top of the prose"),
    ("News & more23.01.2022 - Harbour baths stay open for five more summers\n\n",
     "Harbour baths stay open for five more summers", "a date set off before the headline"),
    ("Riaprono i bagni del porto per altre cinque estati\ndi Marta Rossini\n22 febbraio 2024\n\n",
     "Riaprono i bagni del porto per altre cinque estati", "a byline in lower case right under it"),
    ("Le port rouvre ses bains pour cinq étés de plus\nLe chantier des bassins commencera dès le mois d'octobre\n"
     "Par Jeanne Roux\nPublié le 7 mai 2024\n\n",
     "Le port rouvre ses bains pour cinq étés de plus", "a standfirst right under it"),
    ("Neues Hallenbad am Hafen soll 2026 öffnen –\nKosten steigen auf 48 Millionen\n\n",
     "Neues Hallenbad am Hafen soll 2026 öffnen – Kosten steigen auf 48 Millionen",
     "a headline broken after a dash, as a browser's copy keeps its line break"),
    ("Harbour baths saved for five summers,\nMayor Tom Becker announces\n\nBy Jane Roe\n\n",
     "Harbour baths saved for five summers, Mayor Tom Becker announces",
     "a headline broken after a comma, the next line capitalised"),
    ("Harbour baths stay open for five more summers\nharbourpost.example\n\n",
     "Harbour baths stay open for five more summers", "the site's address under it, as a reading list saves it"),
]


@pytest.mark.parametrize("head,title,why", CASES, ids=[c[2] for c in CASES])
def test_headline(head, title, why):
    tail = ("\nYour comment on this article:\n\nHarbour baths stay open for five more summers\n\n"
            "Share this article\nHarbour baths stay open for five more summers\n") if "repeats" in why else ""
    assert parse(f"{NAV}\n{head}{PROSE}{FOOTER}{tail}").title == title


def test_teasers_shown_twice_are_not_the_article():
    teasers = "".join(f"  • {t}\n\n    {t}\n" for t in (
        "Harbour county adds 214 flu cases as clinic waiting times stay under an hour for a week",
        "Campaigners urge residents to ask for postal ballots, then keep to the choice to vote by",
        "Port town planning to sell the old grammar school, and a local college is the likely buyer",
        "Dozens clear up the quay after the storm as neighbours collect money for the boat crews in"))
    article = parse(f"{NAV}\n{teasers}\nHarbour baths stay open\n\nBy Ana Ruiz\n\n{PROSE}{FOOTER}")
    assert article.title == "Harbour baths stay open"
    assert article.body.startswith("The council voted on Tuesday")


@pytest.mark.parametrize("furniture", ["Inhalt", "Mit Freunden teilen"])
def test_widgets_and_credits_inside_the_prose_are_not_body(furniture):
    first, rest = PROSE.split("\n\n", 1)
    article = parse(f"{NAV}\nHarbour baths stay open\n\n{first}\n\n{furniture}\n\n{rest}{FOOTER}")
    assert furniture not in article.body
    assert article.body.endswith("the council said.")


@pytest.mark.parametrize("cue", ["Читайте також", "Související články", "ये भी पढ़ें", "أخبار ذات صلة",
                                 "Tin liên quan", "Baca juga", "Etiquetas: puerto, ferris"])
def test_a_related_stories_heading_in_more_languages_is_an_end_cue(cue):
    assert read_table(scan(cue + "\n")).rows[0].end_cue


def test_an_indonesian_page_ends_before_its_related_stories_and_share_bar():
    prose = ("Pemerintah kota membuka kembali kolam renang pelabuhan pada hari Selasa setelah perbaikan "
             "selama dua tahun.\n\nBiaya perbaikan mencapai lima miliar rupiah, kata wali kota kepada "
             "wartawan di balai kota.\n\nWarga menyambut baik pembukaan kembali kolam yang dibangun pada "
             "tahun 1931 itu.\n")
    page = (f"Beranda\nBerita\nOlahraga\n\nKolam renang pelabuhan dibuka kembali\n\nOleh: Dewi Lestari\n"
            f"12 Maret 2024\n\n{prose}\nBaca juga\nTarif feri naik pada musim semi\nDermaga baru dibuka "
            "bulan Mei\n\nBagikan artikel ini\n")
    article = parse(page)
    assert (article.title, article.authors) == ("Kolam renang pelabuhan dibuka kembali", ("Dewi Lestari",))
    assert article.body.startswith("Pemerintah kota") and article.body.endswith("tahun 1931 itu.")


def test_french_related_articles_end_the_body():
    teasers = ("La commune veut fermer le vieux port\n\n"
               "Port La fermeture immédiate est réclamée par les pêcheurs dans une pétition\n"
               "remise au conseil municipal. Plus...\n")
    article = parse(f"{NAV}\nHarbour baths stay open\n\n{PROSE}\nArticles en relation\n\n{teasers}{FOOTER}")
    assert article.body.endswith("the council said.")


def test_a_labelled_header_over_a_short_article_is_not_its_body():
    text = ("Title: Tide tables printed in the wrong order\nSource: The Harbour Courier\nDate: 3 May 2024\n\n"
            "Yesterday's tide tables were printed in the wrong order. The correct tables appear on page 4.\n")
    article = parse(text)
    assert article.title == "Tide tables printed in the wrong order"
    assert article.source == "The Harbour Courier"
    assert article.body == ("Yesterday's tide tables were printed in the wrong order. "
                            "The correct tables appear on page 4.")


def test_a_date_line_inside_the_prose_run_opens_the_article():
    intro = ("The Harbour Post covers the towns of the northern coast: councils, ferries, schools and\n"
             "the fishing fleet, every day since 1952.\n")
    story = PROSE + ("\nThe baths opened in 1931 and are among the last open-air pools on the coast, the council "
                     "said.\nLifeguards will be on duty every afternoon from June to September this year.\n")
    article = parse(f"{NAV}\n{intro}\n19.11.2021\n\nHarbour baths stay open\n\n{story}{FOOTER}")
    assert article.title == "Harbour baths stay open"
    assert article.published.isoformat() == "2021-11-19"
    assert article.body.startswith("The council voted on Tuesday")


def test_a_site_and_section_label_is_not_the_headline_of_an_unspaced_page():
    text = ("  • 首页\n  • 新闻\n\n港口日报 / 新闻\n\n港口浴场将再开放五个夏天 维修工程十月开始\n\n"
            "Submitted on Tue, 2018-02-13 15:27\n\n"
            "市议会周二决定将港口浴场再开放五个夏天，维修工程将于十月开始，预计在明年夏季之前完工。\n\n"
            "游泳爱好者去年春天收集了四千多个签名，反对关闭浴场，市政府表示将从维护预算中支付费用。\n")
    article = parse(text)
    assert article.title == "港口浴场将再开放五个夏天 维修工程十月开始"
    assert article.published.isoformat() == "2018-02-13T15:27:00"


def test_an_ascii_line_on_an_unspaced_page_counts_its_real_words():
    from newsparse.lines import scan
    doc = scan("市议会周二决定将港口浴场再开放五个夏天，维修工程将于十月开始。\nSubmitted on Tue, 2018-02-13 15:27\n")
    assert [line.words for line in doc.lines] == [15, 5]   # characters / 2 for the Chinese line


def test_a_label_over_the_headline_that_the_menu_carries_is_the_section():
    article = parse(f"{NAV}\nCulture\n\nHarbour baths stay open\n\n{PROSE}{FOOTER}")
    assert article.section == "Culture"
    assert parse(f"{NAV}\nWeekend\n\nHarbour baths stay open\n\n{PROSE}{FOOTER}").section is None   # not in the menu


@pytest.mark.parametrize("label, section", [
    ("Cronaca", "Cronaca"), ("Binnenland", "Binnenland"), ("Arts & Culture", "Arts & Culture"),
    ("Экономика", "Экономика"), ("Gospodarka", "Gospodarka"), ("Esportes", "Esportes"), ("Gündem", "Gündem"),
    ("Kotimaa", "Kotimaa"), ("Weekend", None), ("Our villages", None),
])
def test_a_label_of_sections_words_alone_over_the_headline_is_the_section_without_a_menu(label, section):
    """No menu on the page lists it, but every word of the label over the headline is a
    section's word of the table ("Cronaca", "Arts & Culture"): the section. Another label (a
    series' name) is none; nor is a menu's last item, one to a line, over the headline."""
    assert parse(f"Harbour Mail\n\n{label}\n\nHarbour baths stay open\n\n{PROSE}").section == section
    assert parse(f"Harbour Mail\n\nWorld\nBusiness\n{label}\n\nHarbour baths stay open\n\n{PROSE}").section is None


def test_the_sites_name_at_the_top_is_the_source_before_its_owners_copyright():
    text = (f"Skip to main content\nWIRED\n{NAV}\nHarbour baths stay open\n\n{PROSE}{FOOTER}\n"
            "© 2022 Condé Nast. All rights reserved.\n")
    assert parse(text).source == "Wired"


def test_an_editor_credited_in_brackets_after_a_chinese_article_is_an_editor_not_body():
    prose = "".join(f"{p}\n\n" for p in (
        "港口浴场周二宣布将再开放五个夏天，维修工程将于十月开始，预计在下一个游泳季之前完成。",
        "市议会表示，工程费用将由城市维护预算支付，市民此前曾收集了四千多个签名反对关闭。",
        "当地团体对这一决定表示欢迎，但表示更衣室在冬天之前仍需要一个新屋顶。"))
    article = parse(f"首页\n国内\n国际\n\n港口浴场将再开放五个夏天\n\n作者：周文斌\n2024-06-18\n\n{prose}（责任编辑：何静）\n")
    assert (article.authors, article.editors) == (("周文斌",), ("何静",))
    assert article.body.endswith("新屋顶。")


def test_a_name_alone_under_the_headline_is_the_credit_not_the_first_paragraph():
    """No blank line between the credit and the lead: the name is read, and is no body."""
    page = ("Wiadomości\nKraj\nSport\nGdynia otwiera nowy terminal promowy\nAnna Kowalska\n14.02.2024 10:22\n"
            "W środę w porcie w Gdyni oficjalnie otwarto nowy terminal promowy.\n\nBudowa trwała trzy lata.\n\n"
            "Mieszkańcy obawiają się wzrostu ruchu autobusów.\n")
    article = parse(page)
    assert article.authors == ("Anna Kowalska",)
    assert article.body.startswith("W środę")


def test_a_menu_word_that_names_an_outlet_is_not_the_source():
    """"Politika" is a Belgrade daily and the word for politics: between two other words of a
    menu it is a menu item, and gives neither the source nor its home zone."""
    text = ("Društvo\nPolitika\nSport\n\nLuka otvara kupalište za još pet leta\n\n12.03.2024 14:35\n\n"
            + PROSE)
    article = parse(text)
    assert (article.source, article.published.isoformat()) == (None, "2024-03-12T14:35:00")
    assert parse("Politika\nDruštvo\nSport\n\nLuka otvara kupalište\n\n" + PROSE).source == "Politika"


@pytest.mark.parametrize("notice,source", [
    ("© 2024 El Faro del Norte. Todos los derechos reservados.", "El Faro del Norte"),
    ("© 2024 Valley Courier. Derechos reservados.", "Valley Courier"),
    ("© Copyright 2024 Gazeta do Vale.", "Gazeta do Vale"),
    ("Copyright © 2024 Valley Courier", "Valley Courier"),
    ("© RIPRODUZIONE RISERVATA", None),
    ("© Klaus Wendler / picturedesk.com", None),
    ("© Anton Grubach (KNA)", None),
    ("Copyright: Creative Commons BY 4.0", None),
    ("Copyright © 2024 Harbour Post | Theme Kelpie by Studio", "Harbour Post"),
    ("Copyright sowie sonst. Nutzungsbedingungen", None),
    ("© 2022 Harbour CommitteeImprintPrivacy & TermsCookies", None),
], ids=["spanish-rights", "short-rights", "copyright-said-twice", "copyright-said-twice-the-other-way",
        "italian-rights-alone", "photographer-and-agency", "photographer-in-brackets", "licence",
        "site-theme-credit", "a-footer-sentence", "glued-footer-links"])
def test_a_copyright_holder_is_the_source_only_when_it_can_be_a_publication(notice, source):
    assert parse(f"{NAV}\nHarbour baths stay open\n\n{PROSE}{FOOTER}\n{notice}\n").source == source


def test_a_closing_paragraph_about_someone_else_stays():
    closing = "Ana Ruiz is the pool's oldest swimmer and has come every summer since 1950.\n"
    article = parse(f"{NAV}\nHarbour baths stay open\n\nBy Jane Roe\n\n{PROSE}\n{closing}{FOOTER}")
    assert article.body.endswith("every summer since 1950.")


@pytest.mark.parametrize("kicker,sep", [("Harbour", " ")])
def test_a_kicker_run_into_the_headline_goes_when_the_crumb_names_the_headline(kicker, sep):
    crumb = "  • Home\n  • Local\n  • The council votes to keep the harbour baths open\n\n"
    text = f"{crumb}{kicker}{sep}The council votes to keep the harbour baths open\n\n{PROSE}{FOOTER}"
    article = parse(text)
    assert article.title == "The council votes to keep the harbour baths open"
    ev = article.evidence["title"]
    assert text[ev.start:ev.end] == ev.raw == "The council votes to keep the harbour baths open"


def test_a_number_opening_the_headline_is_not_a_kicker():
    # the headline's own line, its number read as a list mark, is no other copy of it
    text = f"{NAV}\n1931 The year the harbour baths first opened to swimmers\n\n{PROSE}{FOOTER}"
    assert parse(text).title == "1931 The year the harbour baths first opened to swimmers"


def test_a_kicker_set_off_by_a_colon_stays_in_the_headline():
    crumb = "  • Home\n  • Local\n  • The council votes to keep the harbour baths open\n\n"
    text = f"{crumb}Five more summers : The council votes to keep the harbour baths open\n\n{PROSE}{FOOTER}"
    assert parse(text).title == "Five more summers: The council votes to keep the harbour baths open"


def test_a_headline_is_kept_whole_when_no_crumb_names_part_of_it():
    article = parse(f"{NAV}\nHarbour: The council votes to keep the harbour baths open\n\n{PROSE}{FOOTER}")
    assert article.title == "Harbour: The council votes to keep the harbour baths open"


def test_a_share_bar_between_the_byline_and_the_story_is_not_body():
    caption = "  • Harbour baths\n\n    The baths seen from the pier on a summer evening.\n\n\n"
    article = parse(f"{NAV}\nHarbour baths stay open\nBy Ana Ruiz | Harbour Post • 16 hours ago\nShareTweetEmail\n\n"
                    f"{caption}{PROSE}{FOOTER}")
    assert not article.body.startswith("ShareTweetEmail")


@pytest.mark.parametrize("head,title", [
    ("Federal judge blocks state's new voter ID rules\nahead of November election\n",
     "Federal judge blocks state's new voter ID rules ahead of November election"),
    ("World | Europe\nFloods force thousands from homes in northern Italy\n",
     "Floods force thousands from homes in northern Italy"),
], ids=["short-headline-wrapped-onto-a-lower-case-line", "section-line-right-above"])
def test_a_headline_block_at_the_top_of_the_text_over_a_byline(head, title):
    lede = PROSE.split("\n\n")[0]           # a short story: the headline is a good share of the prose
    article = parse(f"{head}\nBy Jessica Park\nMay 17, 2024\n\n{lede}\n")
    assert article.title == title
    assert article.authors == ("Jessica Park",)
    assert article.body.startswith("The council voted on Tuesday")


def test_a_chinese_line_of_labels_is_credits_not_the_headline():
    text = ("央行宣布下调存款准备金率0.5个百分点\n\n发布时间：2024-05-17 10:30:00  来源：经济日报网  作者：王明\n\n"
            "中国人民银行17日宣布，决定于5月25日下调金融机构存款准备金率0.5个百分点。\n\n此次降准共计释放长期资金约1万亿元。\n")
    article = parse(text)
    assert article.title == "央行宣布下调存款准备金率0.5个百分点"
    assert (article.source, article.authors) == ("经济日报网", ("王明",))
    assert article.body.endswith("此次降准共计释放长期资金约1万亿元。")


def test_a_labelled_value_ends_where_the_next_column_starts():
    from newsparse.rules.labels import find_labels
    [(key, _, _, start, end)] = find_labels("稿件来源：港口日报                                 港口：周末专栏")
    assert key == "source" and end - start == 4


def test_a_short_kicker_over_the_headline_is_not_the_headline():
    text = f"{NAV}\nHarbour news\n\nCouncil votes to keep the old harbour baths open\n\nBy Lucy Fernandez\n\n{PROSE}{FOOTER}"
    assert parse(text).title == "Council votes to keep the old harbour baths open"


def test_a_name_and_outlet_over_the_date_is_a_credit_not_the_headline():
    text = ("Storms knock out power to 200,000 across the coast\n\nLuis Romero, Harbour News Now\n"
            f"Published: 05/17/2024 6:30 AM CDT\n\n{PROSE}")
    article = parse(text)
    assert article.title == "Storms knock out power to 200,000 across the coast"
    assert article.authors == ("Luis Romero",)


@pytest.mark.parametrize("line,items", [
    ("当前位置：首页 > 财经 > 宏观", ["首页", "财经", "宏观"]),
    ("Sie sind hier: Startseite > Politik > Ausland", ["Startseite", "Politik", "Ausland"]),
    ("Home | World | Europe", ["Home", "World", "Europe"]),
    ("Home | World | UK | Business | Money | Tech | Culture | Sport", []),
], ids=["chinese-here-label", "german-here-label", "short-trail", "a-menu-is-no-trail"])
def test_breadcrumb_items(line, items):
    from newsparse.line_measures import breadcrumb_items
    assert breadcrumb_items(line) == items


@pytest.mark.parametrize("label", ["headline", "Source"])
def test_a_wrapped_sentence_that_goes_on_with_a_label_word_is_not_a_label(label):
    """The print note after an article wraps mid-clause onto "headline: ..." (or "Source: ...");
    that line carries on the sentence above it and names no field."""
    text = (f"Harbour baths stay open\n\n{PROSE}\n"
            "A shorter version of this report appeared in the weekend paper on page 4 with the\n"
            f"{label}: Pools Saved For Five More Summers. Order a copy\n")
    rec = parse(text)
    assert rec.title == "Harbour baths stay open"
    assert rec.source is None


def test_a_label_on_its_own_line_under_a_finished_line_is_read():
    text = ("Harbour baths stay open\n"
            "headline: Pools saved for five more summers\n\n" + PROSE)
    assert parse(text).title == "Pools saved for five more summers"


@pytest.mark.parametrize("last_words", ["year on year", "for the first time in two years", "as sales rise again"])
def test_a_label_under_a_headline_that_ends_on_a_frequent_word_is_read(last_words):
    """A headline may end on a frequent word ("year", "two", "again"): the label line under it
    is a field, not the rest of a wrapped sentence; only a line that stops on an article, a
    preposition or a conjunction goes on."""
    text = (f"Home > Business > Energy\nHarbour City ferry passengers reach a record {last_words}\n"
            "Source:AP Published:2025-06-30 00:37\n\n" + PROSE)
    rec = parse(text)
    assert rec.title == f"Harbour City ferry passengers reach a record {last_words}"
    assert rec.source == "Associated Press"


# --- a headline hard-wrapped with the rest of the text ------------------------------------------

WRAPPED_HEAD = ("Harbour baths stay open for five more summers after the council overrules the Regional "
                "Planning Office")
WRAPPED_PROSE = " ".join(PROSE.split())
WRAPPED_PROSE_60 = __import__("textwrap").wrap(WRAPPED_PROSE, 60)


def _hard_wrapped(width: int) -> str:
    import textwrap
    head = textwrap.wrap(WRAPPED_HEAD, width)
    body = textwrap.fill(WRAPPED_PROSE, width)
    return f"{NAV}\n" + "\n".join(head) + f"\n\nBy Ana Ruiz\n\n{body}\n{FOOTER}", head


@pytest.mark.parametrize("width", [80, 100])
def test_a_headline_filled_to_the_wrap_width_goes_on_onto_a_capitalised_word(width):
    text, head = _hard_wrapped(width)
    assert len(head) == 2 and head[1][:1].isupper()     # the trap: the next line looks like a new one
    assert parse(text).title == WRAPPED_HEAD


def test_a_list_item_or_a_web_address_printed_whole_leaves_the_wrap_width_to_the_prose():
    # some renderers fill the prose to a width but print a list item or a link whole, wider
    text, head = _hard_wrapped(60)
    wide = ("  • Ferry timetables for the summer season are out now with four more crossings a day\n"
            "https://example.org/news/harbour/baths/2024/summer-season-opening-hours-and-prices\n")
    text = text.replace(f"\n{FOOTER}", f"\n{wide}{FOOTER}")
    from newsparse.features import read_table, wrap_width
    from newsparse.lines import scan

    assert wrap_width(read_table(scan(text))) == max(len(line) for line in head + WRAPPED_PROSE_60)
    assert parse(text).title == WRAPPED_HEAD
    # a line of Chinese has no space and is no unbroken run: it is the prose
    chinese = "市议会周二投票决定让老港口浴场再开放五个夏天，墙体维修将于十月开始。" * 6
    lines = [chinese[i:i + 30] for i in range(0, len(chinese), 30)]
    assert wrap_width(read_table(scan("\n".join(lines) + "\n"))) == 30


def test_a_text_browsers_numbered_references_leave_the_wrap_width_to_the_prose():
    # lynx lists the page's links under the text, numbered, each shorter than the width
    text, head = _hard_wrapped(60)
    references = "References\n\n" + "".join(f"   {n}. https://example.org/harbour/{n}\n" for n in range(1, 13))
    from newsparse.features import read_table, wrap_width
    from newsparse.lines import scan

    assert wrap_width(read_table(scan(text + "\n" + references))) == max(len(line) for line in head + WRAPPED_PROSE_60)


def test_wrap_width_is_the_width_lines_are_filled_to_and_none_for_paragraph_lines():
    from newsparse.features import read_table, wrap_width
    from newsparse.lines import scan

    text, _ = _hard_wrapped(80)
    assert wrap_width(read_table(scan(text))) == max(len(line) for line in text.splitlines())
    paragraphs = "\n\n".join(" ".join(p.split()) for p in PROSE.split("\n\n"))
    assert wrap_width(read_table(scan(f"{NAV}\nHarbour baths stay open\n\n{paragraphs}\n"))) is None


# --- a page saved as Markdown --------------------------------------------------------------------

@pytest.mark.parametrize("head, title", [
    ("# Harbour baths stay open for five more summers", "Harbour baths stay open for five more summers"),
    ("## Harbour baths stay open ##", "Harbour baths stay open"),
    ("**Harbour baths stay open for five more summers**", "Harbour baths stay open for five more summers"),
    ("#Harbour2030 plan stays open", "#Harbour2030 plan stays open"),
    ("# [Harbour baths stay open for five more summers](https://example.org/news/baths)",
     "Harbour baths stay open for five more summers"),
    ("## **[Harbour baths stay open](https://example.org/baths \"Baths\")**", "Harbour baths stay open"),
    ("[Harbour baths stay open](https://example.org/baths)", "Harbour baths stay open"),
    ("*Today only* Harbour baths open free for all", "*Today only* Harbour baths open free for all"),
], ids=["atx-heading", "closed-heading", "bold", "a-hashtag-is-text", "a-heading-that-is-a-link",
        "a-bold-link-with-a-tooltip-in-a-heading", "a-bare-link", "stars-around-a-part-are-printed-text"])
def test_markdown_marks_around_the_headline_are_not_the_headline(head, title):
    from newsparse.extract.title import clean_title
    from newsparse.registry import default_registry
    assert clean_title(head, default_registry()) == title


def test_a_markdown_page_gives_its_headline_and_bold_byline():
    text = (f"# {WRAPPED_HEAD}\n\n**By Ana Ruiz** | *March 3, 2023*\n\n"
            + PROSE.replace("harbour baths", "[harbour baths](https://example.org/baths)", 1))
    record = parse(text)
    assert (record.title, record.authors, record.published.isoformat()) == (WRAPPED_HEAD, ("Ana Ruiz",), "2023-03-03")


def _headline_rows(text: str, titles: tuple) -> tuple[int, int] | None:
    """The headline's rows of ``text`` when the model ranks the headline candidates ``titles``
    (rank, chance): the headline-wrap step alone, whatever the weights say."""
    table = read_table(scan(text))
    n = len(table.rows)
    return headline_rows(table, Reading(body=(0.0,) * n, titles=titles, credits=(), dates=(), span=(0, n - 1)))


HARBOUR_HEAD = "Harbour library opens a reading room for sailors"


def test_a_breadcrumb_trail_over_the_headline_is_no_part_of_it():
    """A trail in the same block as the headline: when the model's choice is the trail and the
    headline goes on from it, the headline alone is the title, and the trail is left to the
    section reader."""
    text = f"Home > Culture > Books\n{HARBOUR_HEAD}\nSource: Harbour Post Published: 2024-05-17 10:10\n\n" + PROSE
    assert _headline_rows(text, ((0, 0.5), (1, 0.4))) == (1, 1)
    assert _headline_rows(text, ((1, 0.5), (0, 0.4))) == (1, 1)
    article = parse(text)
    assert (article.title, article.section) == (HARBOUR_HEAD, "Books")


def test_a_labelled_field_under_the_headline_does_not_continue_it():
    """A source and update line in the headline's block reads as a headline too (capitals, no
    stop); it is a field of the record, and the headline stops above it."""
    text = f"{HARBOUR_HEAD}\nSource: Harbour Post Updated: 2024-05-17 10:10\n\n" + PROSE
    assert _headline_rows(text, ((0, 0.6), (1, 0.3))) == (0, 0)
    article = parse(text)
    assert (article.title, article.source) == (HARBOUR_HEAD, "Harbour Post")


@pytest.mark.parametrize("label,heading", [
    ("Harbour baths stay open", "Harbour baths stay open\n======================="),
    ("Harbour baths stay open | Harbour Post", "## Harbour baths stay open"),
], ids=["the-same-words", "the-label-adds-the-sites-name"])
def test_a_reader_tools_title_field_over_the_page_and_the_headline_the_page_prints(label, heading):
    """A reader tool's header ("Title: ...", "URL Source: ...") over the page's own text: the
    headline the page prints is the title (without the site's name the label adds), and it is
    no line of the body."""
    text = (f"Title: {label}\n\nURL Source: https://harbourpost.example/baths\n\nMarkdown Content:\n"
            f"{heading}\n\nBy Jane Roe\n\n{PROSE}")
    article = parse(text)
    assert article.title == "Harbour baths stay open"
    assert article.body.startswith("The council voted on Tuesday")


@pytest.mark.parametrize("printed,labelled,same", [
    ("Ferry fares rise", "Ferry fares rise", True),
    ("Ferry fares rise", "Ferry fares rise | Harbour Post", True),
    ("ferry  fares rise", "Ferry fares rise - Harbour Post Online", True),
    ("Ferry fares", "Ferry fares rise", False),
    ("Ferry fares rise", "Ferry fares rise | Harbour Post, the city's oldest paper since the year 1851", False),
    ("Ferry fares rise again", "Harbour Post - Ferry fares rise again - Harbour Post", True),
    ("Brexit", "Brexit - what happens next", False),
], ids=["same", "site-after-a-bar", "case-and-spaces", "a-word-short", "a-sentence-after", "site-on-both-sides",
        "longer-words-after-a-short-headline"])
def test_headline_of(printed, labelled, same):
    from newsparse.headline import headline_of
    assert headline_of(printed, labelled) is same


def test_the_pages_title_over_the_text_and_the_headline_printed_below_it():
    """A browser's "Save as text" puts the page's title first, with the site's name on either
    side: the headline the page prints below it is the title."""
    text = ("Harbour Post - Council tax to rise by 4.99% as county faces £30m gap - Harbour Post\n"
            "Harbour Post\nNews\nPolitics\nCouncil tax to rise by 4.99% as county faces £30m gap\n"
            "Libraries and youth centres spared from cuts for now\nBy Tom Becker, Political Reporter\n"
            "Thursday 22 February 2024\n"
            "Council tax in the county will rise by the maximum 4.99 per cent from April, after councillors "
            "approved the budget on Wednesday.\n\nThe rise adds about £90 a year to a Band D bill.\n\n"
            "The council's finance chief said the authority faced a gap of £30m, mainly because of rising "
            "costs in adult social care.\n\nOpposition councillors had proposed closing two youth centres to "
            "keep the rise lower, but the plan was voted down.\n\nThe budget also includes £2m for road repairs.\n")
    assert parse(text).title == "Council tax to rise by 4.99% as county faces £30m gap"


def test_the_sites_name_at_the_top_gives_way_to_the_headline_the_model_ranks_below_it():
    """A press office's page opens with its name; the model ranks it first and the headline,
    further down, second: a short line at the top is the site's, the headline is below."""
    text = ("Ayuntamiento de Villanueva del Mar\nSala de prensa\nNotas de prensa\nNOTA DE PRENSA\n"
            "El Ayuntamiento abre la convocatoria de huertos urbanos para 2025\n"
            "Villanueva del Mar, 15 de noviembre de 2024\n"
            "El Ayuntamiento de Villanueva del Mar ha abierto la convocatoria para la adjudicación de 60 parcelas "
            "en los huertos urbanos municipales, situados junto al parque de La Vega.\n\n"
            "Las solicitudes pueden presentarse hasta el 15 de diciembre en el registro municipal o por la sede "
            "electrónica.\n\nLas parcelas se adjudicarán por sorteo y tendrán una duración de dos años.\n\n"
            "La concejala de Medio Ambiente ha destacado que el programa tiene cada año más demanda.\n")
    assert parse(text).title == "El Ayuntamiento abre la convocatoria de huertos urbanos para 2025"


@pytest.mark.parametrize("text", [
    "Storm closes schools\n\n" + PROSE, "Harbour Post\n\n" + PROSE,
    "Mayor resigns\nThe mayor of Harbour City stepped down on Monday after a row over the budget\n\n" + PROSE,
], ids=["a-short-headline", "a-short-line-over-the-prose", "a-short-headline-over-its-standfirst"])
def test_a_short_line_over_the_article_alone_stays_its_headline(text):
    assert parse(text).title == text.split("\n", 1)[0]


@pytest.mark.parametrize("line,never", [("Paid for by Harbour Energy", True), ("Anzeige", True),
                                        ("Sponsored by the Harbour Trust", True), ("Paid leave rises", False),
                                        ("Provisto por Banco del Puerto", True), ("Powered by Harbour Cloud", True),
                                        ("Provided by the Harbour Trust", True),
                                        ("Provisions run short at the harbour", False)])
def test_a_sponsors_label_is_never_the_headline(line, never):
    from newsparse.headline import never_headline
    assert bool(never_headline(read_table(scan(line + "\n")).rows[0])) is never


@pytest.mark.parametrize("line,never", [
    ("Share on Facebook  Share on X  Email", True), ("Abonnez-vous pour 1€ le premier mois", True),
    ("Subscribe to our newsletter", True), ("harbourpost.example", True),
    ("Facebook shares fall after the harbour deal", False), ("Harbour.example buys a rival", False),
    ("Subscribers flock to the harbour ferry", False), ("Now playing The first crossing", True),
    ("Läuft gerade Die erste Überfahrt", True), ("Playing the long game at the harbour", False),
    ("Home | Local | Harbour", True), ("Start > Lokales > Hafen", True),
    ("Published on May 3, 2024 by Jane Roe", True), ("Veröffentlicht am 3. Mai 2024 von Jana Roth", True),
    ("Ferry strike on May 3 called off by union", False), ("Jane Roe wins the May 3 vote", False),
    ("Read more: Ferry fares to rise in July", True), ("Related stories", True),
    ("We use cookies to improve your experience on our site.", True), ("More than 100 ferries cancelled", False)])
def test_page_furniture_the_model_may_rank_first_is_never_the_headline(line, never):
    """Furniture the line model may rank first on a page it was not fitted on: a share bar, a
    paywall's or a sign-up prompt, the site's address alone, a video player's label over the
    title of what it plays, a breadcrumb trail, a date stamp that ends with its writer, a teaser's
    cue, an end-matter heading, a cookie notice. A headline that names the same things stays one."""
    from newsparse.headline import never_headline
    assert bool(never_headline(read_table(scan(line + "\n")).rows[0])) is never


def test_the_headline_right_over_the_standfirst_the_model_chose():
    """A page printed without blank lines: headline, standfirst, byline. The model ranks the
    standfirst first; the headline-shaped line right over it is the headline."""
    text = ("The Harbour Post\nPolitics | Business | Tech | Sport\n"
            "Exclusive: Harbour trust paid consultants £4m to write a plan it never used\n"
            "Papers seen by the Post show the report was shelved within a week\n"
            "By Tom Becker and Ana Ruiz\n18 September 2024\n"
            "A harbour trust paid management consultants more than £4m for a restructuring plan that was "
            "abandoned days after it was delivered, papers seen by the Post reveal.\n\n"
            "The trust commissioned the work in 2022, at a time when it was cutting posts to balance its books.\n\n"
            "Internal emails show senior managers described the final report as unworkable.\n\n"
            "A spokesperson for the trust said the work had informed later decisions.\n")
    assert parse(text).title == "Exclusive: Harbour trust paid consultants £4m to write a plan it never used"


def test_the_sites_name_under_the_interfaces_words_gives_way_to_the_headline():
    """"Menu" and "Rechercher" over the site's name: the name is still at the top of the page."""
    menu = "".join(f"{w}\n\n" for w in ("Accueil", "Actualité", "Politique", "Économie", "Sports", "Culture",
                                          "Abonnez-vous"))
    text = ("Menu\n\nRechercher\n\nLe Courrier du Port\n\n" + menu + "Accueil > Actualité > Société\n\n"
            "La ligne de bus entre le port et la gare sera gratuite dès septembre\n\n"
            "Le conseil communautaire a voté la mesure à l'unanimité jeudi soir.\n\n"
            "Par Jeanne Roux\n\nPublié le 12 juin 2025 à 19h05\n\n"
            "Les usagers de la ligne 7 entre le port et la gare n'auront plus à payer leur trajet à partir du "
            "1er septembre.\n\nLa communauté de communes a voté jeudi soir la gratuité de cette ligne, "
            "empruntée chaque jour par environ 1 200 voyageurs.\n\nLe coût de la mesure est estimé à 340 000 "
            "euros par an, compensé en partie par une hausse du versement mobilité des entreprises.\n")
    assert parse(text).title == "La ligne de bus entre le port et la gare sera gratuite dès septembre"


@pytest.mark.parametrize("menu", ["Home | News | Sport | Weather | Radio", "Home | Local | Provincia | Sport | Eventi"],
                         ids=["english", "italian"])
def test_a_menu_of_bars_opened_by_home_is_no_breadcrumb_trail(menu):
    """A bar is a menu's separator: a line of bars that stands above other lines (the label over
    the headline) is the site's menu, and its last item is no section."""
    article = parse(f"Harbour Mail\n{menu}\n\nRegion\n\nHarbour baths stay open\n\n{PROSE}")
    assert (article.section, article.breadcrumb) == (None, ())


def test_a_trail_of_bars_right_over_the_headline_is_a_breadcrumb_trail():
    article = parse(f"Harbour Mail\n\nHome | Local | Harbour\n\nHarbour baths stay open\n\n{PROSE}")
    assert (article.section, article.breadcrumb) == ("Harbour", ("Home", "Local", "Harbour"))


@pytest.mark.parametrize("bar", ["Home | News | Business | Sport | Weather", "Home | Nieuws | Binnenland | Buitenland | Sport",
                                 "Etusivu | Uutiset | Kotimaa | Urheilu"], ids=["english", "dutch", "finnish"])
def test_a_bar_of_sections_right_over_the_headline_is_the_sites_menu(bar):
    """Three sections or more after the home item, each a section's name of the table, are
    siblings that a menu lists, not a trail down to the page: its last item is no section."""
    article = parse(f"Harbour Mail\n\n{bar}\n\nHarbour baths stay open\n\n{PROSE}")
    assert (article.section, article.breadcrumb) == (None, ())


# Reuters' prefixes before the headline, in capitals joined to it by a hyphen: no part of the title
WIRE_PREFIXES = [
    ("UPDATE 2-Harbour baths stay open for five more summers", "Harbour baths stay open for five more summers"),
    ("EXCLUSIVE-Harbour baths to stay open, sources say", "Harbour baths to stay open, sources say"),
    ("RPT-CORRECTED-Harbour baths stay open (March 2)", "Harbour baths stay open (March 2)"),
    ("WRAPUP 1-Harbour baths stay open as pools close", "Harbour baths stay open as pools close"),
    ("FACTBOX-What the harbour baths vote means", "What the harbour baths vote means"),
    ("ANALYSIS-Why the harbour baths survived", "Why the harbour baths survived"),
    ("REFILE-Harbour baths stay open for five summers", "Harbour baths stay open for five summers"),
    # not a prefix: a word joined by a hyphen in lower case, a colon, a word in capitals of the headline
    ("UPDATE-ready phones sell well in harbour towns", "UPDATE-ready phones sell well in harbour towns"),
    ("ANALYSIS: why the harbour baths survived", "ANALYSIS: why the harbour baths survived"),
]


@pytest.mark.parametrize("head,title", WIRE_PREFIXES)
def test_wire_headline_prefix(head, title):
    assert parse(f"{head}\n\n{PROSE}").title == title


@pytest.mark.parametrize("menu", ["Local | Region | Sport | Culture", "Local · Region · Sport · Culture",
                                  "Local  Region  Sport  Culture"], ids=["bars", "dots", "spaces"])
def test_a_label_over_the_headline_that_a_menu_on_one_line_carries_is_the_section(menu):
    assert parse(f"Harbour Mail\n{menu}\n\nRegion\n\nHarbour baths stay open\n\n{PROSE}").section == "Region"
    assert parse(f"Harbour Mail\n{menu}\n\nWeekend\n\nHarbour baths stay open\n\n{PROSE}").section is None


def test_the_trail_nearest_the_headline_gives_the_section_under_a_menu():
    article = parse(f"Harbour Mail\nHome | News | Sport | Culture | Opinion\n\nNews > Local\n\n"
                    f"Harbour baths stay open\n\n{PROSE}")
    assert (article.section, article.breadcrumb) == ("Local", ("News", "Local"))


@pytest.mark.parametrize("menu", ["Front | Harbour | Region | Sport | Weather",
                                  "Harbour · Region · Sport · Weather",
                                  "Harbour  Region  Sport  Weather  Opinion",
                                  "Today's news | Obituaries | Notices | Events"],
                         ids=["bars", "middle-dots", "runs-of-spaces", "two-word-items"])
def test_a_menu_on_one_line_under_the_masthead_is_never_the_headline(menu):
    """A line of four or more items of a word or two, split by bars, middle dots or runs of
    spaces, is the site's menu, not the headline under it."""
    text = (f"Harbour Weekly Post\n{menu}\n\nHarbour baths stay open for five more summers\nBy Ana Ruiz\n\n"
            "Fishermen say the new quay will be ready in time for the autumn catch.\n\n"
            "The harbour board approved the plan on Monday after two years of talks with the town.\n\n"
            "Work starts next month.\n")
    record = parse(text)
    assert (record.title, record.authors) == ("Harbour baths stay open for five more summers", ("Ana Ruiz",))


def test_a_word_that_opens_with_a_date_word_is_no_date_before_the_headline():
    from newsparse.extract.title import clean_title
    from newsparse.registry import default_registry
    assert clean_title("Today's swimmers find the harbour baths open again", default_registry()) \
        == "Today's swimmers find the harbour baths open again"
    assert clean_title("Jun 17 Harbour baths stay open for five more summers", default_registry()) \
        == "Harbour baths stay open for five more summers"


@pytest.mark.parametrize("line,items", [
    ("Home | World | Sport | Culture", ["Home", "World", "Sport", "Culture"]),
    ("Menu   Search   Subscribe", ["Menu", "Search", "Subscribe"]),
    ("Oil · Gold · Bitcoin", []),                          # three items between dots: a headline may be so
    ("Budget vote | Politics | Valley Courier", []),       # a page's title line
    ("Mayor  quits  after audit", []),                     # a headline copied with wide gaps
    ("Harbour | Region | Sport | Weather.", []),           # a sentence
    ("首页 国内 国际 财经", ["首页", "国内", "国际", "财经"]),       # single spaces in a script written without them
    ("トップ ニュース 経済 スポーツ", ["トップ", "ニュース", "経済", "スポーツ"]),
    ("港町 新水族館が開館 来場者は三千人", []),               # a headline set in phrases: its parts are longer
    ("大谷 2本塁打 チーム 勝利", []),                      # ... or hold digits
], ids=["four-items", "three-spaced-words", "three-dotted-items", "title-line", "wide-gaps", "sentence",
        "chinese-menu", "japanese-menu", "japanese-headline", "japanese-headline-digits"])
def test_a_menu_on_one_line(line, items):
    from newsparse.line_measures import menu_items
    assert menu_items(line) == items


def test_a_menu_set_apart_by_single_spaces_on_a_japanese_page_is_no_headline():
    text = ("トップ ニュース 経済 スポーツ\n\n港町に新しい水族館がオープン\n\n地元の海の生き物を中心に約三百種を展示する。\n\n"
            "2024年7月20日 10時30分\n\n"
            "港町に二十日、新しい水族館がオープンし、開館前から多くの家族連れが列を作った。\n\n"
            "館長は「地元の海の豊かさを知ってもらいたい」と話した。\n\n水族館は年間五十万人の来場を見込んでいる。\n")
    assert parse(text).title == "港町に新しい水族館がオープン"


@pytest.mark.parametrize("head", [
    "Lakeshire Water Board\nPress desk\n\nHome > Notices > Releases\n\nNotice\n",
    "Lakeshire Water Board\n\nNews release\n",
    "The Lakeshire Courier\nSign up for our evening briefing\n\nComment\n",
], ids=["over-a-breadcrumb", "name-printed-again", "over-a-sign-up-prompt"])
def test_the_sites_name_over_its_interface_or_printed_again_gives_way_to_the_headline(head):
    """A site's or an organisation's name at the top gives way to the headline below it when it
    stands over the site's interface (a breadcrumb trail, a sign-up prompt) or the page prints
    it again as a name; a section's label over the headline is no headline either."""
    text = (f"{head}Reservoir levels fall to a ten-year low after a dry spring\n\n"
            "The Lakeshire Water Board said on Friday that its three reservoirs hold less water than at any time "
            "since 2014.\n\nEngineers will cut the pressure in the mains at night from next week.\n\n"
            "Gardeners are asked to water only in the evening until the autumn rains come.\n")
    assert parse(text).title == "Reservoir levels fall to a ten-year low after a dry spring"


@pytest.mark.parametrize("kicker", ["Arts & Culture", "Opinion", "Cultura"])
def test_a_sections_label_over_a_longer_headline_is_no_headline(kicker):
    """A label of a section's words ("Arts & Culture", ``rules.people.MENU_WORDS``) the model
    chose gives way to the longer headline under it."""
    text = (f"Lakeshire Courier\n{kicker}\n\nA potter who fires her kilns with driftwood\n"
            "Orla Venn collects wood on the beach every winter. Her new bowls show the salt in it.\n\n"
            "The workshop stands behind the old lifeboat station, and most days Orla Venn is there by seven.\n\n"
            "\"The sea decides the colours,\" she said, lifting a bowl streaked with green.\n\n"
            "Her show runs at the Lakeshire Gallery until the end of June.\n")
    assert parse(text).title == "A potter who fires her kilns with driftwood"


def test_a_kicker_run_into_the_headline_under_a_menu_of_bars_is_the_section():
    """A menu of bars right over the headline whose line opens with one of its items: that item
    (a kicker run into the headline) is the section, not the menu's last item."""
    article = parse(f"Harbour Mail\n\nHome | Local | Sport | Weather | Culture\n"
                    f"Local Harbour baths stay open for five more summers\n\n{PROSE}")
    assert article.section == "Local"


@pytest.mark.parametrize("top,title", [
    ("Harbour Post\n\n", "Harbour baths stay open for the summer"),             # the site's name over the page
    ("HARBOUR POST\n\n", "Harbour baths stay open for the summer"),             # in other case
    ("", "Harbour baths stay open for the summer | Harbour Post"),              # printed nowhere else: kept
])
def test_a_site_name_after_the_headline_goes_when_the_page_prints_it_above(top, title):
    """"Headline | Site" where the page prints "Site" on a line of its own above the headline:
    the part after the bar is the page's own name (an unregistered outlet, not a web address)."""
    text = (f"{top}Home | News | Sport\n\nHarbour baths stay open for the summer | Harbour Post\n\n"
            f"By Jane Roe\nMarch 3, 2024\n\n{PROSE}")
    assert parse(text).title == title


def test_a_headline_goes_on_onto_no_wire_dateline():
    """A wire story pasted without its blank lines: the headline's block holds the first
    paragraph, which opens with the dateline. The headline never goes on onto it."""
    text = (SAMPLES / "wire-dateline-agency.txt").read_text(encoding="utf-8")
    pasted = re.sub(r"\n[ \t]*\n+", "\n", text)
    assert parse(pasted).title == parse(text).title == text.split("\n", 1)[0]


def test_a_hard_wrapped_leads_first_sentence_is_no_headline():
    """A text with no headline, hard-wrapped at 72 columns: its first line, filled to the width,
    looks like a headline that wraps on, but joined to the next it is the lead's first sentence
    (more than ``LEAD_WORDS`` words, ending with a full stop). No headline, as unwrapped."""
    import textwrap
    text = (SAMPLES / "no-metadata.txt").read_text(encoding="utf-8")
    wrapped = "\n".join("\n".join(textwrap.wrap(line, 72)) if len(line) > 72 else line for line in text.split("\n"))
    assert wrapped != text
    assert parse(wrapped).title is parse(text).title is None
