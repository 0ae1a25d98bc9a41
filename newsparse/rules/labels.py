"""Label words per language and the record keys they name.

A labelled line is ``LABEL: value`` (``Source:China Daily``, ``来源：新华社``, ``RUBRIK: Sport``).
``LABELS`` maps each canonical key to the labels that name it, in every language we have met;
labels are matched case-insensitively after collapsing spaces. Keys that are not fields of the
record (``page``, ``edition``, ...) go to the record's ``extra`` under that key. To support a
new interface language, add its words here.
"""
from __future__ import annotations

from ..lazyre import lazy


LABELS: dict[str, tuple[str, ...]] = {
    "title": ("headline", "title", "titel", "titre", "titolo", "título", "titular", "kop",
              "overskrift", "标题", "標題", "題名", "заголовок"),
    "subtitle": ("subtitle", "sub-title", "subheadline", "highlight", "untertitel", "sous-titre",
                 "subtítulo", "sottotitolo", "ondertitel", "underrubrik", "副标题"),
    "section": ("section", "rubrik", "rubrique", "rubriek", "ressort", "sektion", "sección", "seção",
                "sezione", "sectie", "sektion", "category", "kategorie", "catégorie", "categoría",
                "categoria", "栏目", "频道", "分类", "рубрика", "раздел"),
    "byline": ("byline", "by", "author", "authors", "autor", "autoren", "autorin", "autor/in", "autor*in",
               "autor:in", "text und fotos", "text und bilder", "text & fotos", "texte et photos",
               "texto y fotos", "auteur",
               "auteurs", "signature", "firma", "forfatter", "författare", "writer", "reporter",
               "作者", "记者", "撰文", "文", "автор", "текст", "著者", "記者", "بقلم", "كتب", "muhabir",
               "yazar", "muhabiri", "autorka", "skribent", "pewarta", "penulis", "wartawan", "oleh", "haber",
               "كتبت", "خبرنگار", "نویسنده", "लेखक", "रिपोर्ट", "tác giả", "phóng viên",
               "teksti", "kirjoittaja", "szerző", "írta", "συντάκτης", "συντάκτρια", "κείμενο", "מאת",
               "כתב", "כתבה", "執筆者", "執筆", "文責", "글", "필자", "الكاتب", "autori", "autorul"),
    "editor": ("editor", "editors", "edited by", "redakteur", "penyunting", "redaktion", "rédacteur",
               "rédaction", "redactor", "redactie", "redattore", "責任編輯", "责任编辑",
               "责编", "编辑", "編輯", "主编", "редактор", "المحرر", "محرر", "szerkesztő", "επιμέλεια", "עורך"),
    "photographer": ("photo", "photos", "photographer", "photography", "photographs", "pictures", "foto", "fotos",
                     "摄影", "图片"),
    "contributor": ("contributor", "contributors"),
    "translator": ("translator", "translated by", "übersetzung", "traduction", "traducción", "翻译"),
    "source": ("source", "publication title", "publication", "quelle", "fuente", "fonte",
               "bron", "kilde", "källa", "fonte", "来源", "來源", "出处", "источник", "出典",
               "źródło", "zdroj", "kaynak", "lähde", "forrás", "sursa", "sursă", "джерело", "πηγή",
               "מקור", "المصدر", "مصدر", "منبع", "स्रोत", "nguồn", "sumber", "출처"),
    "published": ("published", "publication date", "date published", "posted", "posted on",
                  "published on", "date", "datum", "veröffentlicht", "veröffentlicht am",
                  "erschienen", "publié", "publié le", "publicado", "publicado el", "pubblicato",
                  "pubblicato il", "gepubliceerd", "gepubliceerd op", "udgivet", "publicerad",
                  "opublikowano", "опубликовано", "дата публикации", "发布时间", "发布日期",
                  "发表时间", "發布時間", "發佈時間", "时间", "日期", "公開日", "掲載日", "配信日",
                  "publish date", "published date", "published at", "published time",
                  "publishing date", "date of publication", "date posted", "posted at", "first published",
                  "veröffentlichungsdatum", "erstellt am", "publiziert am", "date de publication",
                  "publié à", "fecha de publicación", "fecha", "data de publicação", "publicado em",
                  "data di pubblicazione", "publicatiedatum", "data publikacji", "datum publikace",
                  "yayın tarihi", "yayınlanma tarihi", "tanggal", "дата", "تاريخ النشر", "发稿时间",
                  "入力", "입력", "기사입력", "등록", "등록일"),
    "updated": ("updated", "last updated", "update", "aktualisiert", "aktualisiert am",
                "zuletzt aktualisiert", "stand", "mis à jour", "mis à jour le", "actualizado",
                "atualizado", "aggiornato", "bijgewerkt", "opdateret", "uppdaterad", "aktualizacja",
                "обновлено", "更新时间", "更新日期", "更新日", "更新", "updated at", "updated on",
                "last modified", "modified", "geändert am", "modifié le", "actualizado el",
                "atualizado em", "aggiornato il", "laatst bijgewerkt", "güncelleme", "수정", "최종수정"),
    "language": ("language", "language of publication", "sprache", "langue", "taal", "sprog",
                 "språk", "idioma", "lingua", "língua", "język", "язык", "语言", "語言", "言語"),
    "dateline": ("dateline",),
    "length": ("length", "länge", "longueur", "lengte", "længde", "längd", "longitud",
               "lunghezza", "word count", "words", "wörter", "mots", "palabras", "woorden", "ord"),
    "load_date": ("load-date", "load date", "ladedatum"),
    "copyright": ("copyright", "rights", "urheberrecht", "droits"),
    "edition": ("edition", "ausgabe", "édition", "edición", "edizione", "editie", "udgave",
                "upplaga"),
    "page": ("page", "pages", "seite", "seiten", "pagina", "página", "side", "sida", "pg", "版次"),
    "publication_type": ("publication-type", "publication type", "publikationstyp",
                         "type de publication", "type publicatie"),
    "document_type": ("document type", "document-type", "dokumenttyp", "type de document"),
    "document_id": ("proquest document id", "document id", "document-id", "accession number",
                    "dokument-id"),
    "url": ("document url", "url", "link", "links"),
    "publisher": ("publisher", "verlag", "éditeur", "editorial", "editore", "uitgever"),
    "place_of_publication": ("place of publication", "erscheinungsort", "lieu de publication"),
    "country": ("country of publication", "country", "land", "pays", "país"),
    "subject": ("subject", "subjects", "schlagwörter", "sujet", "sujets", "onderwerp", "emne"),
    "location": ("location", "locations", "ort", "lieu", "lugar"),
    "people": ("people", "personen", "personnes"),
    "company": ("company", "companies", "unternehmen", "société", "entreprise"),
    "database": ("database", "datenbank", "base de données"),
    "abstract": ("abstract", "summary", "zusammenfassung", "résumé", "resumen", "samenvatting"),
    "caption": ("caption", "bildunterschrift", "légende", "pie de foto"),
    "graphic": ("graphic", "grafik", "graphique"),
    "correction": ("correction-date", "correction", "korrektur"),
    "issn": ("issn",),
    "volume": ("volume", "jahrgang"),
    "issue": ("issue", "heft", "numéro"),
    "notes": ("notes", "note", "anmerkung"),
    "journal_code": ("journal-code", "journal code"),
}

# keys that are fields of the record (the rest go to ``extra``)
RECORD_KEYS = frozenset({"title", "subtitle", "section", "byline", "editor", "photographer",
                         "translator", "contributor", "source", "published", "updated", "language", "dateline"})

_SPACE = lazy(r"[\s_]+")
_COLON = lazy(r"[:：]")
_WORD = lazy(r"[^\W\d_]{2}")
_SEGMENT_MARKS = "|/·•,;.!?()[]【】-–—"   # "By X | Updated: ...", "... election. Photo: AP": a label opening a segment
_LABEL_START = frozenset(" \t|/·•,;()[]【】")
_GLUED = str.maketrans(dict.fromkeys(")]】|", " "))


def _is_cjk(ch: str) -> bool:
    r"""Whether ``ch`` (one character, or none) is kana or a CJK ideograph: what the class
    ``[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]`` matches, without compiling a pattern
    that its wide ranges make slow to compile (3 ms)."""
    return ch != "" and ("\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


def _label_key(label: str) -> str:
    """A label as ``LABEL_KEYS`` holds it: case-folded, each run of whitespace and underscores
    one space. The pattern runs only when there is a run to replace: a printable text holds no
    whitespace but the ASCII space, so only "_" or two spaces make one (no bundled label does,
    and the pattern stays uncompiled)."""
    folded = label.casefold()
    if folded.isprintable() and "_" not in folded and "  " not in folded:
        return folded
    return _SPACE.sub(" ", folded)


LABEL_KEYS: dict[str, str] = {}
for _key, _labels in LABELS.items():
    for _label in _labels:
        LABEL_KEYS.setdefault(_label_key(_label), _key)
MAX_LABEL_WORDS = max(len(k.split()) for k in LABEL_KEYS)
COLUMN_GAP = "     "     # spaces inside a value where a page's next column starts
LABEL_WINDOW = 80        # characters before a colon read for its label (longer than any label)
MAX_CJK_LABEL = max(len(k) for k in LABEL_KEYS if _is_cjk(k[:1]))


_NOT_WORD = lazy(r"[^\w]+")


def slug(label: str) -> str:
    """A stable extra key for a label without a key of its own: ``VIEW ORIGINAL PAGE`` ->
    ``view_original_page``."""
    return _NOT_WORD.sub("_", label.casefold()).strip("_") or "label"


def find_labels(text: str) -> list[tuple[str, str, int, int, int]]:
    """The known labels in a line and their values.

    Returns ``(key, label, label_start, value_start, value_end)`` (offsets into ``text``) for
    every known label followed by a colon, where ``value`` runs to the next known label or the
    end of the line (both stripped). A colon glued to a lower-case word ("Autor:innen") is not
    a label's, and neither is a line's first label with words before it ("Weather Data
    Source: ..."), unless a separator sets it off ("By X | Updated: ..."; a Chinese "稿件来源："
    still counts).
    Several labels may share a line: ``Source:China Daily Published:2024-05-17 10:42``.
    """
    found: list[tuple[str, str, int, int]] = []      # key, label, label_start, colon_end
    floor = 0
    for m in _COLON.finditer(text):
        c = m.start()
        base = max(floor, c - LABEL_WINDOW)           # a label is short: only its end is read
        head = text[base:c].rstrip()
        if not head or not head[-1].isalpha():
            continue                                  # 10:42, 2:1, "::" -- every label ends in a letter
        after = text[m.end():m.end() + 1]
        if after.islower() and m.group() == ":":
            continue                                  # "Autor:innen": a word, not a label
        hit = _label_before(head, base, text[base - 1] if base > floor else "")
        if hit:
            key, start = hit
            if (not found and m.group() == ":" and _WORD.search(text, 0, start)
                    and text[:start].rstrip()[-1:] not in _SEGMENT_MARKS):
                continue                              # "Weather Data Source:": words before a line's first label
            found.append((key, text[start:floor + len(head)], start, m.end()))
            floor = m.end()
    out = []
    for i, (key, label, start, vstart) in enumerate(found):
        vend = found[i + 1][2] if i + 1 < len(found) else len(text)
        value = text[vstart:vend]
        lead = len(value) - len(value.lstrip())
        value = value.strip()
        gap = value.find(COLUMN_GAP)
        if gap > 0:
            value = value[:gap]                       # the next column of a page laid out in columns
        out.append((key, label, start, vstart + lead, vstart + lead + len(value)))
    return out


_BRACKETS = {"(": ")", "[": "]"}


def bracketed_labels(text: str) -> list[tuple[str, str, int, int, int]]:
    """``find_labels`` of a field that stands in brackets, alone on its line: "(Editor: Jane
    Roe)", "[Source: Harbour Post]", as some sites close an article (offsets into ``text``).
    The line model's features read labels as ``find_labels`` finds them, without this."""
    text = text.rstrip()
    closer = _BRACKETS.get(text[:1])
    if closer is None or not text.endswith(closer) or closer in text[1:-1]:
        return []
    return [(key, label, start + 1, vs + 1, ve + 1) for key, label, start, vs, ve in find_labels(text[1:-1])]


def _label_before(head: str, floor: int, before: str = "") -> tuple[str, int] | None:
    """The longest known label that ends ``head`` and starts at a word boundary (``before``:
    the character in front of ``head`` when it was cut from a longer text)."""
    if _is_cjk(head[-1:]):
        for n in range(min(MAX_CJK_LABEL, len(head)), 0, -1):
            key = LABEL_KEYS.get(head[-n:])
            if key:
                return key, floor + len(head) - n
        return None
    words = head.translate(_GLUED).split()      # "(IST)Author": a label glued to a closing bracket
    for n in range(min(MAX_LABEL_WORDS, len(words)), 0, -1):
        label = " ".join(words[-n:])
        key = LABEL_KEYS.get(label.casefold())
        if key is None:
            continue
        start = head.rfind(words[-n])
        if start == 0 and (not before or before in _LABEL_START) or start > 0 and head[start - 1] in _LABEL_START:
            return key, floor + start
    return None


# --- archive exports (LexisNexis, Factiva, ProQuest) -----------------------------------------
#
# Labels of archive records, per interface language, checked before ``LABELS`` by the layout
# readers (``archive_label_key``). Keys that are not record fields go to ``extra`` under that
# key. Label words are matched case-insensitively, with spaces, hyphens and a trailing
# full stop ignored ("LOAD-DATE", "Load Date", "ProQuest documentID").
ARCHIVE_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("headline", "title", "titre", "titel", "überschrift", "kop", "kopregel", "overskrift",
              "título", "titular", "titolo"),
    "subtitle": ("highlight", "sous-titre", "untertitel", "ondertitel", "underrubrik", "subtítulo",
                 "subtitle"),
    "byline": ("byline", "author", "authors", "autor", "autoren", "auteur", "auteurs", "signature",
               "name", "forfatter", "författare", "firma", "door", "by", "autore", "autores",
               "author/byline"),
    "section": ("section", "rubrik", "rubrique", "rubriek", "sektion", "sección", "seccion",
                "sectie", "ressort", "sezione", "afdeling", "seção", "secção"),
    "length": ("length", "länge", "laenge", "longueur", "lengte", "længde", "laengde", "longitud",
               "längd", "lunghezza", "omvang", "wortanzahl", "word count", "nombre de mots",
               "full text word count"),
    "dateline": ("dateline", "ortszeile", "lieu d'édition", "plaats", "lugar de edición",
                 "datelinje", "dateline(s)"),
    "language": ("language", "sprache", "langue", "taal", "sprog", "idioma", "lingua", "språk",
                 "language of publication", "langue de publication", "sprache der publikation",
                 "publikationssprache", "taal van publicatie", "idioma de la publicación",
                 "publikationssprog", "idioma de publicación", "langue de la publication",
                 "idioma da publicação", "idioma de publicação", "lingua di pubblicazione",
                 "lingua della pubblicazione"),
    "load_date": ("load-date", "load date", "date-chargement", "date de chargement", "ladedatum",
                  "update", "laaddatum", "datum geladen", "indlæsningsdato", "indlaesningsdato",
                  "fecha de carga", "fecha-carga", "data di caricamento"),
    "publication_type": ("publication-type", "publication type", "type-publication",
                         "type de publication", "pub-type", "publikationstyp", "publicatietype",
                         "type publicatie", "publikationstype", "tipo de publicación",
                         "tipo-publicación"),
    "journal_code": ("journal-code", "journal code", "code-revue", "code revue", "journalcode",
                     "journal-kode", "código-revista"),
    "document_type": ("document-type", "document type", "dokumenttyp", "type-document", "type de document",
                      "documenttype", "dokumenttype", "tipo de documento", "tipo di documento"),
    "graphic": ("graphic", "grafik", "graphique", "grafiek", "gráfico", "illustration"),
    "correction": ("correction-date", "correction", "korrektur", "rectificatif", "correctie"),
    "subject": ("subject", "subjects", "pub-subject", "sujet", "thema", "onderwerp", "emne", "tema",
                "schlagwörter", "business indexing term", "identifier / keyword", "materia", "assunto",
                "soggetto", "subject terms"),
    "company": ("company", "companies", "organization", "organisation", "unternehmen", "société", "bedrijf",
                "virksomhed", "empresa", "company / organization", "empresa/organización",
                "société/organisation", "firma/organisation", "unternehmen/organisation",
                "empresa/organização", "società/organizzazione"),
    "person": ("person", "people", "personen", "personne", "personnes", "persoon", "persona", "personas",
               "pessoas", "persone"),
    "geographic": ("geographic", "geografisch", "géographique", "geografi", "geográfico",
                   "city", "state", "country"),
    "industry": ("industry", "branche", "industrie", "sector", "industria"),
    "ticker": ("ticker",),
    "show": ("show", "sendung", "émission", "programma", "programa"),
    "guests": ("guests", "gäste", "invités", "gasten"),
    "anchors": ("anchors", "anchor", "moderator", "présentateur"),
    "transcript": ("transcript", "transkript", "transcription"),
    "bio": ("bio", "biography"),
    "original_page": ("view original page", "originalseite anzeigen", "afficher la page originale"),
    "notes": ("notes", "note", "anmerkung", "opmerking"),
    "location": ("location", "locations", "ubicación", "luogo"),
    "url": ("url", "document url", "url du document", "dokument-url", "url del documento",
            "links", "link", "url do documento", "enlaces", "liens"),
    "copyright": ("copyright", "urheberrecht", "droits d'auteur", "auteursrecht", "derechos de autor"),
    # ProQuest
    "source": ("publication title", "titre de la publication", "publikationstitel", "titel van publicatie",
               "título de la publicación", "título de publicación", "titre de publication",
               "titel der publikation", "título da publicação", "título de publicação",
               "titolo della pubblicazione", "titolo pubblicazione", "newspaper"),
    "published": ("publication date", "date de publication", "erscheinungsdatum", "publicatiedatum",
                  "fecha de publicación", "udgivelsesdato", "publikationsdatum", "data de publicação",
                  "data di pubblicazione"),
    "publication_year": ("publication year", "année de publication", "erscheinungsjahr", "publicatiejaar",
                         "año de publicación", "publikationsjahr", "ano de publicação",
                         "anno di pubblicazione"),
    "publication_info": ("publication info", "informations de publication", "publikationsinfo",
                         "publicatie-informatie", "información de publicación",
                         "información de la publicación", "informations sur la publication",
                         "informações da publicação", "informações de publicação",
                         "informazioni sulla pubblicazione"),
    "publisher": ("publisher", "éditeur", "verlag", "uitgever", "editorial", "forlag", "editora", "editore"),
    "place_of_publication": ("place of publication", "lieu de publication", "erscheinungsort",
                             "plaats van publicatie", "lugar de publicación", "publikationsort",
                             "local de publicação", "luogo di pubblicazione"),
    "country": ("country of publication", "pays de publication", "erscheinungsland", "land van publicatie",
                "país de publicación", "publikationsland", "land der publikation", "país de publicação",
                "paese di pubblicazione"),
    "publication_subject": ("publication subject", "sujet de la publication", "publikationsthema",
                            "materia de la publicación", "materia de publicación", "assunto da publicação",
                            "argomento della pubblicazione", "soggetto della pubblicazione"),
    "source_type": ("source type", "type de source", "quellentyp", "brontype", "tipo de fuente",
                    "tipo de fonte", "tipo di fonte"),
    "document_id": ("proquest document id", "document id", "id du document proquest", "proquest-dokument-id",
                    "dokument-id", "id. del documento de proquest", "proquest-document-id",
                    "dokument-id (proquest)", "id del documento de proquest", "proquest-dokumentid",
                    "accession number", "id do documento proquest", "id documento proquest",
                    "id del documento proquest"),
    "record_updated": ("last updated", "dernière mise à jour", "letzte aktualisierung", "laatst bijgewerkt",
                       "última actualización", "última atualização", "ultimo aggiornamento"),
    "database": ("database", "base de données", "datenbank", "databank", "base de datos", "base de dados"),
    "abstract": ("abstract", "résumé", "zusammenfassung", "samenvatting", "resumen", "resumo", "riassunto"),
    "caption": ("caption", "légende", "bildunterschrift", "bijschrift", "pie de foto", "legenda",
                "didascalia"),
    "credit": ("credit", "crédit", "quellenangabe", "crédito", "credito"),
    "issn": ("issn",),
    "page": ("first page", "première page", "erste seite", "eerste pagina", "primera página", "pages", "page",
             "seite", "pagina", "página", "pg", "seiten", "páginas", "primeira página", "prima pagina",
             "pagine"),
    "volume": ("volume", "band", "jahrgang", "volumen"),
    "issue": ("issue", "numéro", "heft", "ausgabe-nr", "número", "numero"),
    "edition": ("edition", "édition", "ausgabe", "editie", "edición", "udgave", "edição", "edizione"),
    # index databases' reading-level and record fields (extra)
    "readability": ("readability",),
    "lexile": ("lexile",),
    "content_level": ("content level",),
    "record_number": ("record number", "record"),
}

# labels that open the body: "BODY:", "TEXT:", "Full text: ..." (the body may start on the same
# line), and bare heading lines ("Body") of newer LexisNexis exports
BODY_LABELS = frozenset({
    "body", "text", "texte", "tekst", "textkörper", "cuerpo", "corps", "article", "artikel",
    "chapeau", "full text", "texte intégral", "volltext", "volledige tekst", "fuldtekst",
    "texto completo", "testo completo", "helt text", "article text",
})
BODY_HEADINGS = frozenset({"body", "text", "texte", "tekst", "cuerpo", "corps", "brødtekst"})
# bare heading lines that open the metadata after the body (newer LexisNexis exports)
TRAILER_HEADINGS = frozenset({"classification", "klassifikation", "klassifizierung",
                              "classificatie", "clasificación", "classificazione"})

# bare heading lines after the body of newer LexisNexis exports that head a field of their own,
# its text in the paragraphs under them ("Graphic" / a caption, "Notes" / a note): they close the body
FIELD_HEADINGS: dict[str, str] = {
    "graphic": "graphic", "grafik": "graphic", "graphique": "graphic", "grafiek": "graphic", "gráfico": "graphic",
    "notes": "notes", "anmerkung": "notes", "opmerking": "notes",
}

# record markers: "1 of 10 DOCUMENTS", "Dokument 1 von 25", "Document 3 de 12", "1 van 200 DOCUMENTEN"
DOCUMENT_WORDS = ("documents", "document", "dokumente", "dokumenten", "dokument", "dokumenter",
                  "documenten", "documentos", "documento", "documenti", "dokumentów")
OF_WORDS = ("of", "von", "de", "van", "af", "di", "av", "sur", "från", "z")
# the closing line of a record in newer LexisNexis exports
END_OF_DOCUMENT = frozenset({"end of document", "ende des dokuments", "dokumentende",
                             "fin du document", "einde van document", "einde document",
                             "fin del documento", "slut på dokument", "dokumentets slutning",
                             "fine del documento", "slut på dokumentet"})

# facts of an export's cover page (not articles): "Time Of Request: ...", "Terms: ..."
COVER_LABELS: dict[str, tuple[str, ...]] = {
    "request_time": ("time of request", "tijdstip printopdracht", "tijdstip van aanvraag",
                     "zeitpunkt des druckauftrags", "zeitpunkt der anfrage", "uhrzeit der anfrage",
                     "heure de la demande", "date de la demande", "tidspunkt for anmodning",
                     "fecha de la solicitud", "hora de la solicitud", "date and time",
                     "datum und uhrzeit", "date et heure", "datum en tijd", "dato og tid",
                     "fecha y hora"),
    "search_terms": ("terms", "search terms", "zoektermen", "suchbegriffe", "suchbegriff",
                     "termes", "termes de recherche", "søgeord", "søgetermer", "términos",
                     "términos de búsqueda", "search query", "query"),
    "download_request": ("download request", "printopdracht", "druckauftrag",
                         "demande de téléchargement", "demande d'impression", "downloadanmodning",
                         "solicitud de descarga"),
    "search_sources": ("source", "sources", "bron", "bronnen", "quelle", "quellen", "kilde",
                       "kilder", "fuente", "fuentes", "combined source"),
    "search_type": ("search type", "suchtyp", "type de recherche", "zoektype", "tipo de búsqueda"),
    "narrowed_by": ("narrowed by", "eingegrenzt nach", "affiné par", "verfijnd op",
                    "filtrado por"),
    "job_number": ("job number", "auftragsnummer", "numéro de tâche", "opdrachtnummer",
                   "número de trabajo"),
}

# words after the count in a word-count line: "355 words", "306 Wörter", "543 mots"
WORD_COUNT_WORDS = ("words", "word", "wörter", "woerter", "worte", "wort", "mots", "mot",
                    "woorden", "woord", "ord", "palabras", "palavras", "parole", "sanaa",
                    "słów", "slov", "слов", "λέξεις")
# "All Rights Reserved" lines that close a copyright notice
RIGHTS_RESERVED = ("all rights reserved", "rights reserved", "alle rechte vorbehalten",
                   "tous droits réservés", "alle rechten voorbehouden", "alle rettigheder forbeholdes",
                   "todos los derechos reservados", "tutti i diritti riservati",
                   "alla rättigheter förbehållna", "derechos reservados", "direitos reservados",
                   "diritti riservati", "droits réservés", "rechte vorbehalten",
                   "wszelkie prawa zastrzeżone", "všechna práva vyhrazena", "sva prava zadržana",
                   "minden jog fenntartva", "tüm hakları saklıdır", "все права защищены",
                   "всички права запазени", "усі права захищені", "جميع الحقوق محفوظة",
                   "كل الحقوق محفوظة", "كافة الحقوق محفوظة", "کلیه حقوق محفوظ", "版权所有",
                   "版權所有", "無断転載", "무단전재", "hak cipta dilindungi")
# a reproduction notice that stands where "All rights reserved" does, next to the holder's name
# ("© Riproduzione riservata - Gazzetta di Valleverde"); read by the source reader only, not by
# the lines' features
REPRODUCTION_RESERVED = ("riproduzione riservata", "reproduction interdite", "reproducción prohibida",
                         "reprodução proibida", "nachdruck verboten")
# wire slugs in front of a headline ("LEADALL: Bush calls ..."), dropped from the title
WIRE_SLUGS = frozenset("leadall lead urgent flash bulletin advisory roundup update correction "
                       "corrected refile rpt repeat wrapup 1stld 2ndld 3rdld 4thld writethru "
                       "adv eds eilt eil".split())
# page references in a section value: "NEWS; Pg. 3", "ECONOMIE; Blz. 9", "S. 7"
PAGE_WORDS = ("pg", "p", "pp", "page", "pages", "s", "seite", "seiten", "blz", "bladzijde", "side", "sida",
              "pag", "pág", "página", "pagina", "paginas", "pagine")

# Factiva's two- and three-letter field codes ("HD  headline", "PD  29 December 2011")
FACTIVA_CODES: dict[str, str] = {
    "HD": "title", "BY": "byline", "CR": "credit", "WC": "length", "PD": "published",
    "ET": "time", "SN": "source", "SC": "source_code", "ED": "edition", "PG": "page",
    "VOL": "volume", "LA": "language", "CY": "copyright", "LP": "lead", "TD": "text",
    "SE": "section", "CLM": "column", "ART": "caption", "RF": "reference", "NS": "subject",
    "RE": "region", "IN": "industry", "CO": "company", "IPC": "ipc", "IPD": "ipd",
    "PUB": "publisher", "AN": "document_id", "NGC": "group_name", "GC": "group_code",
    "DE": "descriptors", "CT": "contact", "CX": "correction", "DT": "document_type",
}

_ARCHIVE_NORM = lazy(r"[\s_\-]+")


def archive_norm(label: str) -> str:
    """A label as the archive tables match it: case, spaces, underscores, hyphens and a trailing
    full stop ignored ("LOAD-DATE", "Load Date")."""
    return _ARCHIVE_NORM.sub("", label.strip().rstrip(".").casefold())


_ARCHIVE_TABLES: tuple[dict[str, str], dict[str, str], frozenset[str]] | None = None


def _archive_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """The archive labels by normalised label: (record labels -> key, cover-page labels -> key,
    body labels), built the first time an archive label is read (about 1.5 ms, which an input
    that is no archive export never needs)."""
    global _ARCHIVE_TABLES
    if _ARCHIVE_TABLES is None:
        keys: dict[str, str] = {}
        for key, labels in ARCHIVE_LABELS.items():
            for label in labels:
                keys.setdefault(archive_norm(label), key)
        for label, key in LABEL_KEYS.items():
            keys.setdefault(archive_norm(label), key)
        _ARCHIVE_TABLES = (keys, {archive_norm(l): k for k, ls in COVER_LABELS.items() for l in ls},
                           frozenset(archive_norm(l) for l in BODY_LABELS))
    return _ARCHIVE_TABLES


def archive_label_key(label: str) -> str | None:
    """The key of a label printed in an archive record (``LÄNGE``, ``Publication title``), or None."""
    return _archive_tables()[0].get(archive_norm(label))


def is_body_label(label: str) -> bool:
    """Whether a label opens the body (``BODY:``, ``Full text:``, ``TEXTE :``)."""
    return archive_norm(label) in _archive_tables()[2]


def cover_label_key(label: str) -> str | None:
    """The ``extra`` key of a label of an export's cover page, or None."""
    return _archive_tables()[1].get(archive_norm(label))
