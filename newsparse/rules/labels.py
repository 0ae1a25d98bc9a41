"""Label words per language and the record keys they name.

A labelled line is ``LABEL: value`` (``Source:China Daily``, ``来源：新华社``, ``RUBRIK: Sport``).
``LABELS`` maps each canonical key to the labels that name it, in every language we have met;
labels are matched case-insensitively after collapsing spaces. Keys that are not fields of the
record (``page``, ``edition``, ...) go to the record's ``extra`` under that key. To support a
new interface language, add its words here.
"""
from __future__ import annotations

import re

LABELS: dict[str, tuple[str, ...]] = {
    "title": ("headline", "title", "titel", "titre", "titolo", "título", "titular", "kop",
              "overskrift", "标题", "標題", "題名", "заголовок"),
    "subtitle": ("subtitle", "sub-title", "subheadline", "highlight", "untertitel", "sous-titre",
                 "subtítulo", "sottotitolo", "ondertitel", "underrubrik", "副标题"),
    "section": ("section", "rubrik", "rubrique", "rubriek", "ressort", "sektion", "sección", "seção",
                "sezione", "sectie", "sektion", "category", "kategorie", "catégorie", "categoría",
                "categoria", "栏目", "频道", "分类", "рубрика", "раздел"),
    "byline": ("byline", "by", "author", "authors", "autor", "autoren", "autorin", "auteur",
               "auteurs", "signature", "firma", "forfatter", "författare", "writer", "reporter",
               "作者", "记者", "撰文", "文", "автор", "著者", "記者"),
    "editor": ("editor", "editors", "edited by", "redakteur", "redaktion", "rédacteur",
               "rédaction", "redactor", "redactie", "redattore", "責任編輯", "责任编辑",
               "责编", "编辑", "編輯", "主编", "редактор"),
    "photographer": ("photo", "photos", "photographer", "foto", "fotos", "摄影", "图片"),
    "translator": ("translator", "translated by", "übersetzung", "traduction", "traducción", "翻译"),
    "source": ("source", "publication title", "publication", "quelle", "fuente", "fonte",
               "bron", "kilde", "källa", "fonte", "来源", "來源", "出处", "источник", "出典"),
    "published": ("published", "publication date", "date published", "posted", "posted on",
                  "published on", "date", "datum", "veröffentlicht", "veröffentlicht am",
                  "erschienen", "publié", "publié le", "publicado", "publicado el", "pubblicato",
                  "pubblicato il", "gepubliceerd", "gepubliceerd op", "udgivet", "publicerad",
                  "opublikowano", "опубликовано", "дата публикации", "发布时间", "发布日期",
                  "发表时间", "發布時間", "發佈時間", "时间", "日期", "公開日", "掲載日", "配信日"),
    "updated": ("updated", "last updated", "update", "aktualisiert", "aktualisiert am",
                "zuletzt aktualisiert", "mis à jour", "mis à jour le", "actualizado",
                "atualizado", "aggiornato", "bijgewerkt", "opdateret", "uppdaterad",
                "обновлено", "更新时间", "更新日期", "更新日", "更新"),
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
                         "translator", "source", "published", "updated", "language", "dateline"})

_SPACE = re.compile(r"[\s_]+")
_COLON = re.compile(r"[:：]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_LABEL_START = frozenset(" \t|/·•,;()[]【】")

LABEL_KEYS: dict[str, str] = {}
for _key, _labels in LABELS.items():
    for _label in _labels:
        LABEL_KEYS.setdefault(_SPACE.sub(" ", _label.casefold()), _key)
MAX_LABEL_WORDS = max(len(k.split()) for k in LABEL_KEYS)
MAX_CJK_LABEL = max(len(k) for k in LABEL_KEYS if _CJK.match(k))


def label_key(label: str) -> str | None:
    """The canonical key of a printed label, or None when the label is not known."""
    return LABEL_KEYS.get(_SPACE.sub(" ", label.strip().casefold()))


def find_labels(text: str) -> list[tuple[str, str, int, int, int]]:
    """The known labels in a line and their values.

    Returns ``(key, label, label_start, value_start, value_end)`` (offsets into ``text``) for every known label followed by
    a colon, where ``value`` runs to the next known label or the end of the line (both stripped).
    Several labels may share a line: ``Source:China Daily Published:2024-05-17 10:42``.
    """
    found: list[tuple[str, str, int, int]] = []      # key, label, label_start, colon_end
    floor = 0
    for m in _COLON.finditer(text):
        c = m.start()
        head = text[floor:c].rstrip()
        if not head or head[-1].isdigit():
            continue                                  # 10:42, 2:1 -- not a label
        hit = _label_before(head, floor)
        if hit:
            key, start = hit
            found.append((key, text[start:floor + len(head)], start, m.end()))
            floor = m.end()
    out = []
    for i, (key, label, start, vstart) in enumerate(found):
        vend = found[i + 1][2] if i + 1 < len(found) else len(text)
        value = text[vstart:vend]
        lead = len(value) - len(value.lstrip())
        value = value.strip()
        out.append((key, label, start, vstart + lead, vstart + lead + len(value)))
    return out


def _label_before(head: str, floor: int) -> tuple[str, int] | None:
    """The longest known label that ends ``head`` and starts at a word boundary."""
    if _CJK.search(head[-1:]):
        for n in range(min(MAX_CJK_LABEL, len(head)), 0, -1):
            key = LABEL_KEYS.get(head[-n:])
            if key:
                return key, floor + len(head) - n
        return None
    words = head.split()
    for n in range(min(MAX_LABEL_WORDS, len(words)), 0, -1):
        label = " ".join(words[-n:])
        key = LABEL_KEYS.get(label.casefold())
        if key is None:
            continue
        start = head.rfind(words[-n])
        if start == 0 or head[start - 1] in _LABEL_START:
            return key, floor + start
    return None
