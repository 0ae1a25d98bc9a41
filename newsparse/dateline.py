"""Datelines: the place (and date, and agency) that open a wire story.

``BEIJING, May 17 (Xinhua) --``, ``NEW YORK, Feb 26 -``, ``OMAHA, Neb., March 2 -``,
``WASHINGTON (AP) —``, ``PARIS (AFP) -``, ``Berlin (dpa) -``, ``(CNN) --``,
``BREST, 17 mai 2024 (AFP) -``, ``MADRID, 17 may (EFE).-``, ``新华社北京5月17日电（记者王敏）``, ``PORTLAND, Maine (AP) —``,
``Frankfurt/Main (dpa) -``, ``القاهرة (رويترز) -``, ``(ANSA) - BOLOGNA, 17 MAG -``, ``SÖDERHAMN (TT)``,
``МОСКВА, 17 мая. /ТАСС/.``, ``MOSCOW, March 17. /TASS/.``, ``КИЇВ, 12 березня.``, ``(서울=연합뉴스) 홍길동 기자 =``, ``[부산=한빛일보]``, ``【札幌】``, ``【ワシントン共同】``.
The wire services' own forms, by their conventions:
``New Delhi, Mar 3 (PTI) The ...``: PTI and IANS print no dash;
``TOKYO, March 3 Kyodo -``, ``TOKYO, March 3, Kyodo --``: Kyodo prints its name unbracketed;
``AUSTIN, Texas, March 3, 2024 /PRNewswire/ --``: a press release's distributor between slashes,
and ``SEATTLE--(BUSINESS WIRE)--Acme ...``: Business Wire's in brackets between dashes;
``OKLAHOMA CITY (AP) _ More ...``: old AP copy typed the dash as an underscore;
``BRUSSEL 03/03 (BELGA) = ...``: Belga prints the day and month by a slash, and an equals sign after its name;
``ROMA, 12 MAG - (ANSA) - ...``: ANSA prints its name after the date and the dash, and the month in capitals
(``(ANSA) - ROME, MAY 12 - ...``);
``Hamburg (dpa/lno) -``: an agency's regional service is the agency;
``JAKARTA, KOMPAS -``, ``Liputan6.com, Jakarta -``: Indonesian outlets print their name beside the place;
``जयपुर, 20 जुलाई (भाषा)।``: a Hindi dateline ends with a danda.
Local papers and sites print the place alone: ``Brno – Rekonstrukce ...``, ``Jakarta - Pemerintah ...``,
``دبي - افتتحت ...``, ``नई दिल्ली: ...``.
Only the opening of the first body paragraph is read.
"""
from __future__ import annotations

import re

from .lazyre import lazy
from .date_patterns import WORD_MARKS
from .dates import is_month, is_weekday
from .rules.cues import WIRE_HEADLINE_PREFIXES
from .rules.labels import LABEL_KEYS
from .rules.people import NAME_THEN_ROLE, OUTLET_ENDS
from .rules.stopwords import ALL_STOPWORDS
from .slotted import frozen

# The conventions of particular services, as data:
# agencies whose dateline prints no dash between the agency and the text: "New Delhi, Mar 3 (PTI) The ..."
NO_DASH_AGENCIES = frozenset({"PTI", "IANS"})
# agencies that print their name after the date without brackets: "TOKYO, March 3 Kyodo - ..."
BARE_AGENCIES = ("Kyodo",)
# the dashes Spanish-language papers print right after a full stop ("LIMA.- El ...", "(EFE).-"):
# the full stop is no part of the place before them ("D.C.-" keeps its own)
DOTTED_DASHES = ("-", "–", "—")
# the brackets around a Korean dateline's place and agency, opening and closing: "(서울=연합뉴스)", "[부산=한빛일보]"
KOREAN_BRACKETS = {"(": ")", "[": "]"}
# what a Korean credit in that form names instead of a place: "[사진=한빛일보]" credits a photo
KOREAN_CREDITS = frozenset({"사진", "그래픽", "자료", "영상", "출처", "제공", "그림", "이미지"})
# a place alone before a spaced dash and the story's first sentence is the dateline of local
# papers and sites ("Brno – Rekonstrukce ...", detik's "Jakarta - Pemerintah ...", "دبي - افتتحت ...");
# Hindi papers print a colon ("नई दिल्ली: ..."). Not these words, a story's kind, before the dash
PLAIN_KICKERS = frozenset({"update", "updated", "exclusive", "analysis", "opinion", "breaking", "correction",
                           "video", "watch", "live", "photos", "aktualisiert", "exklusiv", "kommentar", "eilmeldung",
                           "aktualizace", "foto", "komentář", "rozhovor", "reportáž", "exkluzivně", "dokument"})
# nor these, before a colon: a note to the reader or a story's kind ("FILE: ...", "SPOILER ALERT: "),
# or the nouns of a paper's name that are no outlet's noun elsewhere ("HARBOUR POST: ...")
COLON_KICKERS = frozenset({"note", "notes", "file", "warning", "alert", "spoiler", "fact", "check", "transcript",
                           "disclaimer", "clarification", "reminder", "summary", "recap", "question", "answer",
                           "post", "times", "tribune", "mail", "express"})
PLAIN_PLACE_WORDS = 4       # "Nové Město na Moravě"; a place without capitals, "نئی دہلی", two
PLAIN_CASELESS_WORDS = 2
# and after it the story's first paragraph, not the rest of a headline or a menu ("Podcast - Das
# Gespräch am Hafen", "Маяк - Прибой"): this many words at least, ending as a sentence ends
PLAIN_SENTENCE_WORDS = 8
SENTENCE_ENDS = tuple('.!?…"”»؟।。')
PLAIN_COLON = ("\u0900", "\u097f")   # the script whose papers end a place alone with a colon: Devanagari
# before that colon, not a label ("लेखक: ..."), nor who spoke ("उन्होंने कहा: ...": a word with the
# ergative "ने" glued on, or a verb of saying)
PLAIN_COLON_SPEECH = frozenset({"कहा", "बताया", "लिखा", "बोले", "बोला", "बोली", "पूछा", "कहना"})
# Japanese papers print the place in lenticular brackets, the agencies the place and their short
# name ("【札幌】", "【ワシントン共同】"): the short names and the agencies' names, and the words
# those brackets hold instead of a place, a story's kind ("【速報】" breaking news, "【独自】" exclusive)
JAPANESE_AGENCIES = {"共同": "共同通信", "時事": "時事通信"}
JAPANESE_KICKERS = frozenset({"速報", "独自", "動画", "写真", "詳報", "図解", "解説", "特集", "社説", "号外", "更新",
                              "続報", "訂正", "追記", "寄稿", "連載", "特報", "告知", "重要", "注目", "関連", "主張",
                              "論説", "評論", "談話", "全文", "一問一答", "インタビュー", "コラム", "ニュース",
                              "お知らせ", "共同", "時事"})
# an agency's regional or topic service printed after its name, with this mark between them: the
# agency is the name ("dpa/lno" is dpa's service for the north, "PRNewswire-Asia" PR Newswire's for Asia)
AGENCY_SERVICES = (("dpa", "/"), ("PRNewswire", "-"))
# outlets that print their name after the place with a comma between ("JAKARTA, KOMPAS - ..."),
# as sites do their address ("JAKARTA, Kompas.com - ..."), or before it ("Liputan6.com, Jakarta - ...")
OUTLETS_AFTER_PLACE = ("KOMPAS",)

_BARE = "|".join(BARE_AGENCIES)
_SITE = r"\.(?i:com|co\.id|co|id|net)\b"                   # a site's name: "Kompas.com", "TEMPO.CO"
_WEBSITE = r"[A-Za-z][\w-]{1,30}" + _SITE
_NAMED = "|".join(OUTLETS_AFTER_PLACE)
# "_": old AP copy's dash, typed as an underscore; "।": the danda that ends a Hindi dateline
_DASH = r"(?:-{1,2}|–|—|―|:|_(?=\s)|।)"
# the combining marks of scripts whose words hold them (the dates' table of them: the vowel signs
# of the Indic scripts, Arabic's harakat, accents typed apart), and Persian's zero-width
# (non-)joiner: no letters to Python's re, so a word is its letters and these ("जयपुर", "جمهوری‌اسلامی")
_MARKS = WORD_MARKS + "\u200c\u200d"
_WORD = r"[^\W\d_][\w'’.\-/" + _MARKS + "]*"
_PLACE = r"(?P<place>" + _WORD + "(?: " + _WORD + "){0,3})"   # one way to split: words at spaces
_STATE = (r"(?:,\s*(?P<state>[A-Z][A-Za-z]{0,5}\.(?:\s?[A-Z][a-z]{0,3}\.)?|[A-Z]{2}"
          r"|[A-Z][a-z]{2,12}(?:\s[A-Z][a-z]{2,12})?(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d|\s*\([A-Za-z]"
          r"|\s+-{1,2}\s|\s*[–—―]\s)))?")
_NUMERIC_DATE = r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}"     # "17.05.2024", "2024-05-17"
_DATE = (r"(?:,?\s*\b(?P<date>(?:[A-Za-z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}(?:,?\s+\d{4})?"
         r"|\d{1,2}\.?\s+(?:de\s+)?(?!(?:" + _BARE + r")\b)[^\W\d_](?:[^\W\d_]|[" + _MARKS + r"]){2,9}\.?"
         r"(?:\s+(?:de\s+)?\d{4})?|"
         + _NUMERIC_DATE + r"|\d{1,2}/\d{1,2}(?=\s\([A-Z])|(?<=, )\d{1,2}(?=\s\([A-Z])))?")
# "May 17", "MAY 17", "17 mai 2024", "17 may", "17 de mayo de 2024", "17.05.2024", "17/05" and "17" (only
# before the agency in brackets, as Belga prints the day and month and Europa Press the day alone:
# "VALLADOLID, 17 (EUROPA PRESS) -"); "Dec. 30 Kyodo" is no "30 Kyodo"
_AGENCY = (r"(?:\s*\((?P<agency>[^\W\d_][\w .&'/" + _MARKS + r"-]{0,30})\)"   # "(Reuters)", "(رويترز)", "(भाषा)"
           r"|\s*/(?P<slashed>[^\W\d_][\w .&'-]{0,40})/"         # a press release: "/PRNewswire/"
           r"|,?\s+(?P<bare>" + _BARE + r")\b"                    # "March 3 Kyodo", "March 3, Kyodo"
           r"|,\s*(?P<outlet>(?:" + _NAMED + r")(?:" + _SITE + r")?|" + _WEBSITE + r"))?")   # "JAKARTA, KOMPAS -"

DATELINE = lazy(r"^\s*(?:RPT\s*-+\s*)?(?:(?P<site>" + _WEBSITE + r"),\s*)?" + _PLACE + _STATE + _DATE + _AGENCY
                + r"(?:\s*\.?(?P<dash>" + _DASH + r"|(?<=\)\s)=|(?<=\))=)"      # "(EFE).-"; "(BELGA) ="
                + r"|(?<=\))(?P<nodash>))"                                        # TT prints no dash
                + r"(?:\s+|$)")
# Business Wire's form: the place (in capitals, and its state), dashes around the distributor in
# brackets, and the text right after them, with no space: "SEATTLE--(BUSINESS WIRE)--Acme ...";
# older releases print the day after it: "SEATTLE--(BUSINESS WIRE)--March 3, 2004--Acme ..."
_CAPS_PLACE = r"(?P<place>[A-Z][A-Z.'’]*(?:(?: & | |-)[A-Z][A-Z.'’]*){0,5})"
DASHED = lazy(r"^\s*" + _CAPS_PLACE + r"(?:,\s*(?P<state>[A-Z][A-Za-z]{0,5}\.(?:\s?[A-Z][a-z]{0,3}\.)?"
              r"|[A-Z][a-z]{2,12}(?:\s[A-Z][a-z]{2,12})?))?"
              r"\s*-{1,2}\((?P<agency>[A-Za-z][\w .&'-]{0,30})\)-{1,2}"
              r"(?:\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*-{1,2})?\s*")
AGENCY_ONLY = lazy(r"^\s*\((?P<agency>[A-Z][\w .&'/-]{0,30})\)\s*" + _DASH + r"\s+")
# the agency after the place, the date and their dash, a dash after it or none: "ROMA, 12 MAG - (ANSA) - ..."
AGENCY_AFTER = lazy(r"\((?P<agency>[A-Z][\w .&'/-]{0,30})\)(?:\s*" + _DASH + r")?\s+")
# a date in brackets opening the first paragraph, after a place or alone: "Harbourtown (17.05.2024) -"
BRACKETED_DATE = lazy(r"^\s*(?:(?P<place>[^\W\d_][\w'’.\-]*(?: [^\W\d_][\w'’.\-]*){0,2})\s*)?"
                      r"\((?P<date>" + _NUMERIC_DATE + r"|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+\d{4}"
                      r"|[A-Za-z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\)\s*(?:" + _DASH + r"\s*)?")
SWISS = lazy(r"^\s*(?P<place>[A-ZÀ-ÖØ-Þ][\w'’\-]{2,20})\.\s+[–—-]\s+")
CHINESE = lazy(r"^\s*(?:(?P<agency>新华社|中新社|中新网|人民网|央视网|新华网)\s*)?"
               r"(?P<place>[\u4e00-\u9fff]{2,6}?)\s*(?P<date>\d{1,2}月\d{1,2}日)\s*[电電讯]"
               r"(?:\s*[（(](?P<credit>(?:记者|記者|通讯员)[^）)]{1,40})[）)])?")   # （记者王敏）

# the agency between slashes after the place and the date: "МОСКВА, 17 мая. /ТАСС/.", or the
# place and the date alone before a full stop: "КИЇВ, 12 березня. Міська рада ..."
# (the agency's English service prints the month first: "MOSCOW, March 17. /TASS/.")
SLASHED = lazy(r"^\s*(?P<place>[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){0,2}),\s*"
               r"(?P<date>\d{1,2}\s+[^\W\d_]{3,10}|[A-Z][a-z]{2,8}\.?\s\d{1,2})(?:\.?\s*/(?P<agency>[^\W\d_][\w .\-]{0,30}?)/\.?|(?P<stop>\.))"
               r"(?:\s+|$)")
# the place and the agency in brackets, then the reporters and their role: "(서울=연합뉴스) 홍길동 기자 =";
# newspapers print the brackets square: "[부산=한빛일보] 부산시는 ..."
KOREAN = lazy(r"^\s*(?P<open>[(\[])(?P<place>[가-힣]{1,12})=(?P<agency>[^()\[\]=]{1,20})[)\]]\s*"
              r"(?:(?P<credit>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:"
              + "|".join(sorted(NAME_THEN_ROLE, key=len, reverse=True)) + r"))\s*=\s*)?")

# the place, and an agency's short name, in lenticular brackets: "【札幌】", "【ワシントン共同】"
# (a place in kanji, at most four, or a foreign one in katakana), then a sentence ("。"): a company's
# name before a press release's headline ("【焼肉やまだ】...！") is none
JAPANESE = lazy(r"^\s*【(?P<place>[\u4e00-\u9fff]{1,4}?|[\u30a0-\u30ff]{2,10}?)(?P<agency>"
                + "|".join(JAPANESE_AGENCIES) + r")?】\s*(?=[^\n]*。)")


@frozen
class DatelineMatch:
    location: str | None
    date_text: str | None
    date_start: int | None     # offset of the date text within the matched line
    agency: str | None
    end: int                   # end of the dateline within the line (the body text starts here)
    credit: str | None = None  # the reporters a Chinese dateline names: "记者王敏"

    def raw(self, line: str) -> str:
        raw = line[:self.end].strip().rstrip("-–—―:_। ").strip()
        return raw[:-1].rstrip() if raw.endswith((") =", ")=")) else raw   # Belga's "(BELGA) ="


# DATELINE, AGENCY_ONLY and SWISS need one of these in the line: a dash, colon, old AP's
# underscore or a danda after the dateline, or the ")" of an agency before the text, followed by a space or
# the end of the line; BRACKETED_DATE is tried only with a "(" early in the line, and DASHED only
# with the "-(" that opens Business Wire's brackets. A line with neither (most
# lines of prose) is no dateline, and the patterns (1.7 ms to compile, about 6 us a line to
# try) are compiled and tried only when a line might be one
_MARK = re.compile(r"[-–—―:)_।](?:\s|$)")


def _day_of_month(text: str) -> bool:
    """Whether a dateline's bracket holds a month and a day, not an agency: "(Aug. 13)"."""
    words = text.split()
    return len(words) == 2 and words[1].isdigit() and 1 <= int(words[1]) <= 31 and is_month(words[0])


def match_dateline(line: str, stated: bool = True) -> DatelineMatch | None:
    """The dateline at the start of ``line``, or None. ``stated=False`` reads no place whose
    country or state is named in full before a dash, with no date or agency ("BRUSSELS, Belgium —"):
    the line features read datelines without it, as the line model was fitted on."""
    m = CHINESE.match(line) if not line.isascii() else None     # it opens with Chinese characters
    if m:
        return DatelineMatch(m["place"], m["date"], m.start("date"), m["agency"], m.end(), m["credit"])
    if not line.isascii():
        m = KOREAN.match(line) if "=" in line[:40] else None
        if m and KOREAN_BRACKETS[m["open"]] == line[m.end("agency")] and m["place"] not in KOREAN_CREDITS \
                and (m["open"] == "(" or " " not in m["agency"]):  # "[엔터미디어=소설가 ...의 칼럼]": a column's name
            return DatelineMatch(m["place"], None, None, m["agency"].strip(), m.end(), m["credit"])
        m = JAPANESE.match(line) if "【" in line[:4] else None
        if m and m.end() < len(line) and m["place"] not in JAPANESE_KICKERS:     # "【札幌】市は ..."
            agency = JAPANESE_AGENCIES.get(m["agency"]) if m["agency"] else None
            return DatelineMatch(m["place"], None, None, agency, m.end())
        m = SLASHED.match(line) if "," in line[:40] else None
        if m and m["place"].isupper() and (m["agency"] or m.end() < len(line) and _opens_sentence(line[m.end():])):
            return DatelineMatch(m["place"], m["date"], m.start("date"), m["agency"] and m["agency"].strip(), m.end())
    elif "/" in line[:60] and "," in line[:40]:
        m = SLASHED.match(line)           # in Latin letters only with its agency: "MOSCOW, March 3. /TASS/."
        if m and m["place"].isupper() and m["agency"] and line[m.end("date")] == ".":
            return DatelineMatch(m["place"], m["date"], m.start("date"), m["agency"].strip(), m.end())
    if _MARK.search(line) is None and "(" not in line[:48]:
        return None
    m = DATELINE.match(line)
    if m and m["nodash"] is not None and not (m["place"].isupper() and m["agency"] and len(m["place"]) >= 3
                                              or m["date"] and m["agency"] in NO_DASH_AGENCIES
                                              and _opens_sentence(line[m.end():])):
        m = None                          # "SÖDERHAMN (TT) En stor ...": no dash only after a place in
                                          # capitals, or a date and an agency that prints none (PTI)
                                          # before the story's first sentence
    if m and m["bare"] and not m["date"]:
        m = None                          # an unbracketed agency only after the date
    if m and m["state"] and m["state"][-1].islower() and not (m["date"] or m["agency"] or m["slashed"]
                                                             or m["bare"] or m["outlet"] or m["site"]) \
            and not (stated and _stated(m["place"], m["dash"], line[m.end():])):
        m = None                          # "Paris, Texas — the film ...": a country or state named in
                                          # full before a dash, and no sentence after it
    if m and m["date"] and m["date"].isdigit() and not m["place"].isupper():
        m = None                          # "Chapter, 12 (Part One) - ...": the day alone only after a
                                          # place in capitals
    if m and _weekday(m["place"]):
        m = None                          # "Tuesday, 17 May 2024 - 10:42": a date line, no place
    if m and m["date"] and m["date"][1:2].isupper() and not is_month(m["date"].split()[0]):
        m = None                          # "PARIS, FRANCE 3 -": a month in capitals only by its name
    if m:
        place = m["place"]
        if place.endswith(".") and line[m.end("place"):m.end("place") + 1] in DOTTED_DASHES \
                and "." not in place.split()[-1][:-1]:
            place = place[:-1]            # "LIMA.- El ...": the full stop is the dash's, not the place's
        date_text, date_start = m["date"], m.start("date") if m["date"] else None
        if m["agency"] and not date_text and _day_of_month(m["agency"]):
            date_text, date_start = m["agency"].strip(), m.start("agency")   # "WASHINGTON (Aug. 13) --"
            agency = None
        else:
            agency = _agency(m["agency"] or m["slashed"] or m["bare"] or m["outlet"] or m["site"])
        has_signal = date_text or agency or m["state"]
        if not has_signal and not (place.isupper() and len(place) >= 3):
            return _plain(m, line)        # "Brno – Rekonstrukce ...", "دبي - افتتحت ...", "नई दिल्ली: ..."
        if not has_signal and m.group(0).rstrip().endswith(":"):
            return _colon_place(m, line) if stated else None
        caseless = place[0].lower() == place[0].upper()   # Arabic, Hebrew: no capitals to look for
        if not place[0].isupper() and not m["date"] and not (caseless and agency):
            return None
        if caseless and _has_stopword(place):
            return None                   # "राजस्थान की राजधानी में (भाषा)।": a sentence, not a place
        if place.isupper() or has_signal:
            location = place + (", " + m["state"] if m["state"] else "")
            end = m.end()
            after = AGENCY_AFTER.match(line, end) if agency is None and m["dash"] and line[end:end + 1] == "(" else None
            if after and _opens_sentence(line[after.end():]):
                agency, end = _agency(after["agency"]), after.end()   # "ROMA, 12 MAG - (ANSA) - ..."
            return DatelineMatch(location, date_text, date_start, agency, end)
    m = DASHED.match(line) if "-(" in line else None
    if m:                                 # "SEATTLE--(BUSINESS WIRE)--Acme ..."
        location = m["place"] + (", " + m["state"] if m["state"] else "")
        return DatelineMatch(location, m["date"], m.start("date") if m["date"] else None,
                             _agency(m["agency"]), m.end())
    m = AGENCY_ONLY.match(line)
    if m:                                 # "(ANSA) - BOLOGNA, 17 MAG - ...": the place after the agency
        at = m.end()
        rest = DATELINE.match(line[at:])
        if rest and rest["place"].isupper() and not rest["agency"]:
            location = rest["place"] + (", " + rest["state"] if rest["state"] else "")
            return DatelineMatch(location, rest["date"], at + rest.start("date") if rest["date"] else None,
                                 _agency(m["agency"]), at + rest.end())
        return DatelineMatch(None, None, None, _agency(m["agency"]), m.end())
    m = BRACKETED_DATE.match(line) if "(" in line[:48] else None
    if m and m.end() < len(line) and not (m["place"] and _weekday(m["place"])):
        return DatelineMatch(m["place"], m["date"], m.start("date"), None, m.end())
    m = SWISS.match(line)
    if m:
        return DatelineMatch(m["place"], None, None, None, m.end())
    return None


def _colon_place(m: re.Match, line: str) -> DatelineMatch | None:
    """A place in capitals alone before a colon, and then the story's first sentence: the
    dateline of papers in South and Southeast Asia and the Gulf ("NEW DELHI: The ...", "KUALA
    LUMPUR: Kerajaan ..."). Not a story's kind ("EXCLUSIVE: ...", "WATCH: ..."), nor a label
    ("SOURCE: ..."); a sentence of ``PLAIN_SENTENCE_WORDS`` words at least after it. Read by the
    field readers only (``stated``): the line model was fitted without it."""
    place, rest = m["place"], line[m.end():]
    words = place.split()
    if len(words) > PLAIN_PLACE_WORDS or "." in place or "'" in place or "’" in place \
            or not _opens_sentence(rest) or place.lower() in LABEL_KEYS \
            or any(w.lower() in PLAIN_KICKERS or w.lower() in COLON_KICKERS or w in WIRE_HEADLINE_PREFIXES
                   for w in words) or words[-1].lower() in OUTLET_ENDS:
        return None                       # "EDITOR'S NOTE:", "FACT CHECK:", "HARBOUR POST:"
    if len(rest.split()) < PLAIN_SENTENCE_WORDS or not rest.rstrip().endswith(SENTENCE_ENDS):
        return None
    from .names import has_given_name     # names reads datelines: imported here, when first needed
    if has_given_name(place.title()):
        return None                       # a speaker in a transcript: "MARTA QUILL: Thank you ..."
    return DatelineMatch(place, None, None, None, m.end())


def _plain(m: re.Match, line: str) -> DatelineMatch | None:
    """A place alone before a spaced dash ("Brno – Rekonstrukce ..."), or before a colon in
    Devanagari ("नई दिल्ली: ..."), and then the story's first sentence: a name by its capitals
    (or, in scripts without them, no function word), not a story's kind ("Update – The ...")."""
    place, dash, rest = m["place"], m["dash"], line[m.end():]
    words = place.split()
    if dash is None or "." in place or dash != ":" and not line[m.start("dash") - 1].isspace():
        return None                       # "Brno-Město", "Kompas.com - ...": no place alone
    if len(rest.split()) < PLAIN_SENTENCE_WORDS or not rest.rstrip().endswith(SENTENCE_ENDS):
        return None                       # "Podcast - Das Gespräch am Hafen": a headline's or a menu's
    if place[0].lower() == place[0].upper():                          # no capitals: Arabic, Hindi
        colon = all(PLAIN_COLON[0] <= c <= PLAIN_COLON[1] for c in place if not c.isspace())
        if dash == ":" and (not colon or place in LABEL_KEYS
                            or any(w.endswith("ने") and len(w) > 2 or w in PLAIN_COLON_SPEECH for w in words)):
            return None
        if dash in ":-–—" and len(words) <= PLAIN_CASELESS_WORDS \
                and not _has_stopword(place) and rest[:1].isalpha():
            return DatelineMatch(place, None, None, None, m.end())
        return None
    if dash not in "-–—" or len(words) > PLAIN_PLACE_WORDS or place.isupper() or not _opens_sentence(rest):
        return None
    first, last = words[0].lower(), words[-1].lower()
    if not (words[0][0].isupper() and words[-1][0].isupper()) or first in PLAIN_KICKERS \
            or {first, last} & ALL_STOPWORDS or any(not w[0].isupper() and len(w) > 3 for w in words) \
            or any(not w[1:].islower() for w in words if len(w) > 1 and not w[1:].isupper()):
        return None                       # "Ústí nad Labem": a short link between capitalised words;
                                          # "HafenStadt": words run together
    return DatelineMatch(place, None, None, None, m.end())


def _stated(place: str, dash: str | None, rest: str) -> bool:
    """Whether a place and its country or state named in full, then a dash, open the story
    ("BRUSSELS, Belgium — The ...", "Kyiv, Ukraine – Ukrainian ..."): the story's first sentence
    after the dash; after a place in title case, which a sentence's opening words can be
    ("Meanwhile, Brussels — ..."), a whole one, with no aside closed by a second dash, and the
    place a name by its capitals."""
    if dash is None or dash not in "-–—―" or not _opens_sentence(rest):
        return False
    if place.isupper():
        return True
    words = place.split()
    return (len(words) <= PLAIN_PLACE_WORDS and all(w[:1].isupper() and w[1:].islower() for w in words)
            and not {words[0].lower(), words[-1].lower()} & ALL_STOPWORDS
            and words[0].lower() not in PLAIN_KICKERS
            and len(rest.split()) >= PLAIN_SENTENCE_WORDS and rest.rstrip().endswith(SENTENCE_ENDS)
            and f" {dash} " not in rest)


def _agency(name: str | None) -> str | None:
    """The agency a dateline names: the agency itself for one of its services ("dpa/lno": "dpa")."""
    if name is None:
        return None
    name = name.strip()
    for agency, mark in AGENCY_SERVICES:
        if name.startswith(agency + mark) and len(name) > len(agency) + 1:
            return agency
    return name


def _opens_sentence(text: str) -> bool:
    """Whether ``text`` opens a sentence: a capital, a digit or a quotation mark first."""
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'«"


def _has_stopword(place: str) -> bool:
    """Whether a dateline's place holds a function word: without capitals to tell a name by, the
    words of a sentence ("में", "في")."""
    return any(w in ALL_STOPWORDS for w in place.split())


def _weekday(place: str) -> bool:
    """Whether a dateline's place opens with a weekday's name: the line is a date line."""
    return is_weekday(place.split(None, 1)[0])
