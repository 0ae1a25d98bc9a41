"""Words of credit lines: how bylines open, how roles are named, how names are joined.

``BY_WORDS`` open a byline ("By X", "Von X", "Par X", "作者：X"). ``ROLE_PHRASES`` map the
phrases of a credit line to a role ("Reporting by" -> reporter, "Editing by" -> editor);
``AUTHOR_ROLES`` are the roles that make a person an author. ``NAME_JOINERS`` (compiled into
``NAME_JOIN``) split a list of names. ``NOT_NAME_WORDS`` are words that never stand in a
person's name on a credit line
(staff titles, interface words), so "Email the author" or "Staff Writer" are not people.
``CUE_WORDS``, ``CREDIT_LABELS`` and ``IMAGE_BEFORE`` / ``IMAGE_AFTER`` say where the names of
a credit line start; ``DESK_WORDS`` and ``DESK_CREDITS`` tell a desk or an agency credited
instead of a person ("Von Redaktion", "Harbour Post Staff Report").
"""
from __future__ import annotations

import re

from ..lazyre import lazy

BY_WORDS = frozenset("by von par por di door af av van від от מאת".split())
# words that open the names like a byline word but are no byline word of the feature table:
# "Escribe Ana Ruiz" (Spanish: "writes"), "Kirjoittanut Liisa Virtanen" (Finnish: "written by")
CUE_WORDS = BY_WORDS | frozenset("escribe escriben kirjoittanut kirjoittaneet".split())
# byline words that count only where they open the line ("Oleh Dewi Lestari", "بقلم ليلى منصور",
# Romanian "de Andreea Pop"): further on, Indonesian "oleh" is the passive's "by" of any sentence
# ("dituntut oleh warga"), and "de" the "of" of many languages
OPENING_CUE_WORDS = CUE_WORDS | frozenset("oleh بقلم de".split())
# byline words after a credit label that open a chosen credit line ("Texto de X", "Text by X"), read
# by the name reader only: "Texto de Natal" is a heading too, and the line model does not weigh them
LABEL_CUE_WORDS = OPENING_CUE_WORDS | frozenset("di da".split())
# of the credit labels below, the labels of a source: a person's name there is the author
# ("Quelle: Jane Roe"), an outlet or an agency is the source ("Source: China Daily", "Źródło: PAP"),
# not an author
SOURCE_LABELS = frozenset({"quelle", "source", "fuente", "fonte", "bron", "kilde", "källa", "źródło", "zdroj",
                           "kaynak", "lähde", "forrás", "sursa", "sursă", "источник", "джерело", "πηγή",
                           "מקור", "المصدر", "مصدر", "منبع", "स्रोत", "nguồn", "sumber"})
# labels whose value, after a colon or a wide gap, is the credit on a line chosen as the credit
# line ("Text: X", "Author      X", "Quelle: X"), besides the byline labels of rules/labels.py
CREDIT_LABELS = frozenset({"author", "authors", "autor", "autorin", "autoren", "auteur", "auteurs",
                           "text", "texte", "texto", "testo", "tekst", "written by", "posted by",
                           "post author", "verfasser", "verfasserin"}) | SOURCE_LABELS
# the alt text of an author's picture around the name: "Profilbild GretaHolm", "Avatar photo
# by Jane Roe", "Jane Roe mugshot", "Jane-Roe-headshot"; the picture names the person shown
IMAGE_BEFORE = ("profilbild von", "profilbild", "avatar photo", "avatar for", "avatar of", "avatar",
                "profile picture for user", "profile picture for", "profile picture of", "profile picture",
                "profile photo of", "profile photo",
                "photo de profil de", "photo de profil", "foto de perfil de", "foto de perfil",
                "immagine del profilo di", "bild des benutzers", "benutzerbild", "gravatar")
IMAGE_AFTER = ("headshot", "mugshot", "avatar", "profilbild", "profile photo", "profile picture", "thumbnail")
# bylines in scripts without spaces: the cue and the name run together ("记者 张三", "文/李四")
BY_PREFIXES = ("作者", "记者", "記者", "文/", "文／", "撰稿", "通讯员", "本报记者", "新华社记者")

ROLE_PHRASES: dict[str, str] = {
    "reporting by": "reporter", "reported by": "reporter", "additional reporting by": "contributor",
    "writing by": "writer", "written by": "writer", "text by": "writer", "story by": "writer",
    "posted by": "writer", "created by": "writer", "submitted by": "writer",
    "gepostet von": "writer", "erstellt von": "writer", "publié par": "writer",
    "publicado por": "writer", "publicada por": "writer", "pubblicato da": "writer",
    "geplaatst door": "writer",
    "editing by": "editor", "edited by": "editor", "editor": "editor", "editors": "editor",
    "compiled by": "writer", "as told to": "writer", "words by": "writer", "words and pictures by": "writer",
    "photos by": "photographer", "photo by": "photographer", "photographs by": "photographer",
    "pictures by": "photographer",
    "photography by": "photographer", "photographer": "photographer", "photo": "photographer",
    "photos": "photographer", "translated by": "translator", "translation by": "translator",
    "translator": "translator", "video by": "videographer", "graphics by": "graphics",
    "illustration by": "illustrator", "illustrations by": "illustrator",
    "mit material von": "writer", "bearbeitet von": "editor", "geschrieben von": "writer",
    "verfasst von": "writer", "bericht von": "reporter", "redigiert von": "editor",
    "gastbeitrag von": "writer", "gastkommentar von": "writer", "un article de": "writer",
    "une tribune de": "writer",
    "reportage": "reporter", "écrit par": "writer", "escrito por": "writer", "scritto da": "writer",
    "geschreven door": "writer", "redaktion": "editor",
    "redakteur": "editor", "fotos": "photographer", "foto": "photographer",
    "übersetzung": "translator", "übersetzt von": "translator",
    "traduction": "translator", "traduit par": "translator", "édité par": "editor",
    "rédaction": "editor", "rédigé par": "writer", "avec": "writer",
    "traducción": "translator", "traducido por": "translator", "editado por": "editor",
    "edición": "editor", "reportagem": "reporter", "edição": "editor",
    "reportaje de": "reporter", "reporte de": "reporter", "editado en español por": "editor",
    "reportagem de": "reporter", "edição de": "editor", "servizio di": "reporter", "a cura di": "editor",
    "责任编辑": "editor", "责编": "editor", "编辑": "editor", "編輯": "editor", "責任編輯": "editor",
    "主编": "editor", "摄影": "photographer", "图": "photographer", "翻译": "translator",
    "记者": "reporter", "記者": "reporter", "通讯员": "contributor", "通訊員": "contributor", "作者": "writer",
    "редактор": "editor", "фото": "photographer", "перевод": "translator",
}
# a Taiwanese credit's place, after the name: "記者林志明／台北報導" (reporting from Taipei)
REPORTING_FROM = ("報導", "报道", "報道")
# roles written after the names, in Korean bylines: "홍길동 기자", "홍길동·김철수 특파원"
NAME_THEN_ROLE: dict[str, str] = {"기자": "reporter", "특파원": "reporter", "선임기자": "reporter",
                                  "객원기자": "reporter", "논설위원": "writer", "편집위원": "editor"}
# the same in Japanese, after a name in kanji: "山田太郎記者", "山田太郎特派員"
KANJI_NAME_THEN_ROLE: dict[str, str] = {"記者": "reporter", "特派員": "reporter", "編集委員": "editor",
                                        "論説委員": "writer"}
# the outlet a Korean credit names before the reporter, in brackets: "[한빛일보 김민수 기자]"
KOREAN_OUTLET_ENDS = ("일보", "신문", "뉴스", "방송", "타임스", "경제", "닷컴", "투데이", "데일리", "통신")
# a role in brackets after a name: "Jonas Wetterli (Text) und Carla Imboden (Bilder)"
PAREN_ROLES: dict[str, str] = {
    "text": "writer", "texte": "writer", "texto": "writer", "words": "writer",
    "bild": "photographer", "bilder": "photographer", "foto": "photographer", "fotos": "photographer",
    "photo": "photographer", "photos": "photographer", "pictures": "photographer",
    "video": "videographer", "grafik": "graphics", "graphics": "graphics", "illustration": "illustrator",
    "reporting": "reporter", "photography": "photographer",
}
AUTHOR_ROLES = frozenset({"writer", "reporter", "author"})
EDITOR_ROLES = frozenset({"editor"})
# the roles of a picture's credit: an agency named beside them supplied the picture, not the story
PICTURE_ROLES = frozenset({"photographer", "videographer", "graphics", "illustrator"})

NAME_JOINERS = ("and", "und", "et", "y", "e", "en", "og", "och", "i", "и", "&", "with", "mit",
                "avec", "con", "com", "met", "和", "、")


def _joiner(word: str) -> str:
    """The pattern of one joining word: a whole word; a one-letter one ("e", "y", "i") only in
    lower case and not as an initial ("Robert E. Lee", "Y. Chen")."""
    if not (word.isalpha() and word < "\u3000"):
        return re.escape(word)
    return rf"(?-i:\b{word}\b)(?!\.)" if len(word) == 1 else rf"\b{word}\b"


# between two names on a credit line: punctuation, or a joining word of any language
NAME_JOIN = lazy(r"(?:(?<!\s)|(?!\s))\s*(?:,|;|/|／|\||，|•|·|" + "|".join(map(_joiner, NAME_JOINERS)) + r")\s*", re.I)

# words of outlets' names: "Jane Roe Harbour Post" is a name and its outlet run on
_OUTLET_NOUNS = """
post times herald gazette tribune chronicle journal telegraph courier observer daily weekly
ledger sentinel examiner inquirer dispatch
magazine magazin radio tv media zeitung nachrichten rundschau anzeiger tagblatt tageblatt
diario periódico gazzetta corriere giornale dagblad krant avis
"""
OUTLET_WORDS = frozenset((_OUTLET_NOUNS + " news online international revue review today blog").split())
# the last words of an outlet's name that no surname is: a line of capitalised words ending in
# one names an outlet ("Harbour Zeitung", "Harbourtown Presse"); "post" and "avis" are surnames too
OUTLET_ENDS = frozenset((_OUTLET_NOUNS + " news presse prensa stampa pers journalism quarterly monthly digest "
                                          "bulletin network").split()) - {"post", "avis"}

# words that are not part of a person's name on a credit line (lower case)
NOT_NAME_WORDS = frozenset("""
staff writer writers reporter reporters correspondent correspondents editor editors
contributor contributors columnist columnists senior chief special political business sports
news desk team online digital author authors email e-mail follow twitter contact more
articles posted updated published share comment comments view profile bio photo photos
redaktion redakteur redakteurin korrespondent korrespondentin autor autorin mitarbeiter
rédaction rédacteur rédactrice journaliste correspondant correspondante envoyé envoyée spécial spéciale
redacción redactor redactora corresponsal enviado enviada especial redazione redattore redattrice inviato
inviata corrispondente correspondente repórter redactie verslaggever
корреспондент корреспондентка журналист журналистка спецкор обозреватель
agencies agency wire wires newsroom editorial board admin administrator
logo icon icons thumbnail avatar size schriftgröße
""".split() + _OUTLET_NOUNS.split())

# words of an organisation's name, never of a person's ("Harbour University", "Harbour Ministry")
ORG_WORDS = frozenset("""
university universität université universidad università universidade institute institut instituto
istituto ministry ministerium ministère ministerio ministero department departement council rat
company corporation inc inc. ltd ltd. llc gmbh plc foundation stiftung fondation fundación fondazione
association verband verein college school schule hospital klinikum commission kommission committee
""".split())

# the staff titles of those who write the story: one before a name is the author's role
# ("Korrespondentin Jane Roe"); an editor's or a photographer's title names another role
WRITER_TITLES = frozenset("""
writer reporter correspondent columnist contributor redakteur redakteurin korrespondent korrespondentin
autor autorin experte expertin reporterin
""".split())
# offices printed before a speaker's or a guest author's name ("Rede von Bundespräsidentin Jana
# Roth", "By Mayor Jane Roe"): the title is no part of the name
OFFICE_TITLES = frozenset("""
president präsident präsidentin bundespräsident bundespräsidentin kanzler kanzlerin bundeskanzler
bundeskanzlerin minister ministerin bundesminister bundesministerin ministerpräsident ministerpräsidentin
bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin senator senatorin governor mayor
premier président présidente ministre maire presidente ministro ministra sindaco sindaca alcalde alcaldesa
""".split())
# staff titles after a name, glued to it or not ("Jane RoeStaff Writer", "Jane Roe Senior Editor");
# the nouns are never part of a name, the words before them may be ("Christopher Guest")
TITLE_NOUNS = WRITER_TITLES | frozenset("""
writers reporters editor editors producer engineer designer developer manager director analyst photographer
""".split())
TITLE_WORDS = TITLE_NOUNS | frozenset("staff senior chief deputy special contributing freelance guest associate "
                                      "managing executive".split())
# the picture a credit further on a line belongs to: "Featured image by X" credits no author
PICTURE_WORDS = frozenset("image images picture pictures photo photos photograph bild bilder foto fotos "
                          "illustration grafik graphic video imagen immagine".split())

# words of a desk or an agency credited instead of a person ("By Staff and wire service reports",
# "Von Redaktion", "Por Agencia EFE"); a credit of staff titles only ("By Staff Writer") is no one
DESK_WORDS = frozenset("""
redaktion rédaction redacción redazione redactie redação redaktionen newsroom desk report reports
service services team agency agencies agencia agence agentur agenzia agência nachrichtenagentur
wire wires bureau
""".split())
# desks signed by an abbreviation in lower case, as a name's initials are ("red" Redaktion, "pm"
# Pressemitteilung, "ots" a press release service): no person's initials
DESK_ABBREVIATIONS = frozenset("red pm ots".split())
# how a line credits a desk without a cue, at its end: "Harbour Post Staff Report", "Redaktion"
DESK_CREDITS = ("redaktion", "rédaction", "redacción", "redazione", "redactie", "redação", "newsroom",
                "staff report", "staff reports", "news desk", "news service", "news services",
                "editorial team", "editorial staff", "editorial board", "online-redaktion")

# interview credits: the interviewer, who wrote the piece, after the phrase ("Mit Hanna Wyssling
# sprach Jonas Tenger", "Das Gespräch führte Beat Schmidlin", "Propos recueillis par Jeanne Dupont")
INTERVIEW_CREDITS = (r"mit .{1,60}? sprach(?:en)?", r"(?:das )?gespräch führten?", r"gesprächsleitung:?",
                     r"interview(?: by| von|:)", r"interviewed by", r"propos recueillis par",
                     r"entrevista (?:de|por)", r"intervista (?:di|a cura di)")
# what a line that opens with one of them starts with, in lower case (a line that starts with
# none needs no pattern; tests/test_gates.py keeps the two in step)
INTERVIEW_OPENINGS = ("mit ", "das ", "gespräch", "interview", "propos ", "entrevista ", "intervista ")

# the verb after an author's name that opens an author box under the story: "Jane Roe is a
# professor at ...", "Anna Schulte ist Redakteurin ...", "Jeanne Dupont est journaliste ..."
BIO_VERBS = frozenset("""
is was covers writes reports will lives works joined leads teaches studied
ist war schreibt berichtet will lebt arbeitet leitet lehrt studierte
est était couvre écrit vit travaille dirige enseigne
es fue cubre escribe vive trabaja dirige è era scrive vive lavora dirige é foi cobre escreve trabalha
""".split())

# a closing note that names contributing reporters: "Associated Press writer Ana Ruiz in Boston
# contributed to this report."
CONTRIBUTION_CUES = ("contributed to this report", "contributed to this story", "contributed to this article",
                     "contributed reporting", "contributed to reporting",
                     "trug zu diesem bericht bei", "ont contribué à cet article", "a contribué à cet article")

# staff titles that open an author box's line under an article ("Redakteur in der Wirtschaft.")
STAFF_TITLES = frozenset("""
editor editors reporter correspondent columnist writer contributor senior chief deputy
redakteur redakteurin korrespondent korrespondentin autor autorin volontär volontärin ressortleiter
rédacteur rédactrice journaliste correspondant correspondante chroniqueur
redactor redactora periodista corresponsal columnista redattore redattrice giornalista
redacteur verslaggever correspondent journalist
""".split())

# articles that open a phrase, never a name ("The Council", "Das Beste von ..."); not those that
# are also given names or particles ("Les", "Una", "La", "De")
ARTICLES = frozenset("the der die das dem ein eine einen einem un une uno los las il gli het een".split())

# the sections a site's menu lists, in lower case, in the languages of rules/stopwords.py: a line of such words without a known given
# name is the menu, never a name ("Notizie  Ricette  Vini", "Noticias Deportes Cultura"). Read by
# the credit reader only (the line model's chrome words are CHROME_WORDS, in rules/cues.py).
MENU_WORDS = frozenset("""
news sport sports weather business opinion culture arts lifestyle life events politics world local
nachrichten wetter politik wirtschaft kultur panorama lokales
actualités actualites météo meteo monde économie politique société culture sports région
portada noticias economía mundo deportes política cultura sociedad tiempo opinión internacional
notizie eventi cronaca politica economia esteri cultura spettacoli tempo
nieuws weer economie sport cultuur binnenland buitenland
notícias mundo política economia esportes cultura opinião cidades tecnologia saúde educação
nyheter inrikes utrikes ekonomi kultur nöje ledare nyheder indland udland økonomi debat innenriks utenriks debatt
uutiset kotimaa ulkomaat urheilu talous kulttuuri politiikka
wiadomości świat gospodarka kultura polityka opinie pogoda zprávy domácí zahraničí ekonomika názory počasí
știri actualitate politică economie cultură externe hírek belföld külföld gazdaság kultúra
gündem haberler dünya spor ekonomi kültür siyaset magazin berita olahraga politik budaya
notícies esports societat opinió vijesti svijet gospodarstvo
новости политика экономика спорт культура общество происшествия новини політика економіка культура суспільство
""".split())

# the words that join two sections' words into one section's name ("Arts & Culture", "Kunst und Kultur")
SECTION_JOINERS = frozenset("& + and und et e y en".split())


def section_words(label: str) -> list[str]:
    """The words of a label that may name a section, case folded, without their joiners: "Arts
    & Culture" -> ["arts", "culture"]. A section's name has each of them in ``MENU_WORDS``."""
    words = [w.strip("&+,").casefold() for w in label.split()]
    return [w for w in words if w and w not in SECTION_JOINERS]

# honorifics dropped from the front of a name
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame herr frau m. mme mme. "
                       "sr sr. sra sra. "
                       # a cleric's style: "Posted by Reverend Jane Roe", "Rev. Tom Becker"
                       "reverend rev rev. revd revd. pastor rabbi imam".split())

# the short names wire agencies sign Japanese and Chinese copy with in full-width brackets
# ("（共同）", "（時事）"): an agency's sign-off, never a reporter's name in brackets
BRACKETED_AGENCIES = frozenset({"共同", "時事", "新华社", "新華社", "中央社", "中新社", "韓聯社", "聯合"})
