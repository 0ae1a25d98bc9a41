"""Wire copy by the wire services' own conventions, one section per convention, and the dates
its datelines print. Every example is invented."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings, strategies as st

from newsparse import ParseOptions, parse, to_dict
from newsparse import dateline
from newsparse.dateline import match_dateline
from newsparse.date_values import DateContext
from newsparse.extract.when import dateline_day
from newsparse.model import PubDate

NO_REFERENCE = ParseOptions()      # no reference date: a year-less date is read only from the text

# (line, (location, date text, agency, where the text goes on), why)
WIRE_DATELINES = [
    ("New Delhi, Mar 3 (PTI) The ministry will open", ("New Delhi", "Mar 3", "PTI", "The ministry"),
     "PTI prints no dash"),
    ("Pune, March 3 (IANS) Two new bus routes", ("Pune", "March 3", "IANS", "Two new"), "IANS prints no dash"),
    ('Chennai, Mar 3 (PTI) "We are ready," the', ("Chennai", "Mar 3", "PTI", '"We are'),
     "PTI before a quotation"),
    ("HALIFAX (Aug. 13) -- The port will open", ("HALIFAX", "Aug. 13", None, "The port"),
     "the day in brackets where an agency stands: a date, no agency"),
    ("HALIFAX (Sept. 3) - The port will open", ("HALIFAX", "Sept. 3", None, "The port"),
     "the day in brackets, a four-letter month"),
]
WIRE_MISSES = [
    ("Ravi Menon, Mar 3 (PTI) said the port", "no dash after an agency only before a sentence's opening"),
    ("New Delhi (PTI) The ministry will open", "PTI without a date and without a dash"),
    ("Pune, March 3 (Reuters) The ministry", "an agency that prints a dash, printed without one"),
]
# the agencies' own forms: TASS's English service, Belga, ANSA
AGENCY_FORMS = [
    ("OSLO, March 3. /TASS/. A ferry line will open", ("OSLO", "March 3", "TASS", "A ferry"),
     "TASS in English: the month first, the agency between slashes"),
    ("GENT 03/03 (BELGA) = De stad opent een nieuwe", ("GENT", "03/03", "BELGA", "De stad"),
     "Belga: day and month by a slash, an equals sign"),
    ("LIEGE 03/03 (BELGA) = La ville ouvre une", ("LIEGE", "03/03", "BELGA", "La ville"), "Belga in French"),
    ("BARI, 12 MAG - (ANSA) - Il porto apre una", ("BARI", "12 MAG", "ANSA", "Il porto"),
     "ANSA after the date and the dash, a dash after it"),
    ("BARI, 12 MAG - (ANSA) Il porto apre una", ("BARI", "12 MAG", "ANSA", "Il porto"),
     "ANSA after the date and the dash, no dash after it"),
    ("(ANSA) - NAPLES, MAY 12 - The port will open", ("NAPLES", "MAY 12", "ANSA", "The port"),
     "ANSA in English: the month in capitals"),
    ("LIMA, MARCH 3 (Reuters) - The port will open", ("LIMA", "MARCH 3", "Reuters", "The port"),
     "a month in capitals"),
    ("SORIA, 12 (EUROPA PRESS) - El ayuntamiento abrirá", ("SORIA", "12", "EUROPA PRESS", "El ayuntamiento"),
     "Europa Press: the day alone before the agency"),
    ("SORIA, 12 (EUROPA PRESS)", ("SORIA", "12", "EUROPA PRESS", ""), "Europa Press: the dateline on a line of its own"),
    ("CUSCO.- El municipio abrirá una nueva", ("CUSCO", None, None, "El municipio"),
     "Spanish: a full stop and a dash right after the place, no part of it"),
    ("WASHINGTON D.C.- The port will open", ("WASHINGTON D.C.", None, None, "The port"),
     "an abbreviation's own full stop before the dash"),
]
AGENCY_FORM_MISSES = [
    ("PARIS, FRANCE 3 - The port will open", "a word in capitals that is no month"),
    ("TOTAL = 5 ships a day", "an equals sign after no agency"),
    ("LIMA, March 3. The port will open", "in Latin letters no place and date alone before a full stop"),
    ("Chapter 12 (Part One) - The port will open", "a number after no comma"),
    ("Chapter, 12 (Part One) - The port will open", "the day alone only after a place in capitals"),
]
assert len({c[0] for c in WIRE_DATELINES + WIRE_MISSES}) == len(WIRE_DATELINES) + len(WIRE_MISSES)


def _parts(line: str):
    m = match_dateline(line)
    return m and (m.location, m.date_text, m.agency, " ".join(line[m.end:].split()[:2]))


HEADLINE = "Port authority to build second container terminal\n\n"
SECOND = "\n\nThe terminal will add room for 40 ships a year, the authority said.\n"


def _record(opening: str, options: ParseOptions = NO_REFERENCE, head: str = HEADLINE) -> dict:
    return to_dict(parse(head + opening + " The port authority will build a second container terminal on the "
                         "eastern shore by 2027, its chairman said on Sunday." + SECOND, options))


# (opening, dateline, agencies, source, why)
WIRE_RECORDS = [
    ("Kochi, Mar 3 (PTI)", {"location": "Kochi", "date": None, "agency": "Press Trust of India",
                            "raw": "Kochi, Mar 3 (PTI)"}, ["Press Trust of India"], "Press Trust of India", "pti"),
    ("Kochi, March 3 (IANS)", {"location": "Kochi", "date": None, "agency": "Indo-Asian News Service",
                               "raw": "Kochi, March 3 (IANS)"}, ["Indo-Asian News Service"],
     "Indo-Asian News Service", "ians"),
]


@pytest.mark.parametrize("opening,expected,agencies,source,why", WIRE_RECORDS, ids=[c[4] for c in WIRE_RECORDS])
def test_wire_record(opening, expected, agencies, source, why):
    r = _record(opening)
    assert r["dateline"] == expected
    assert r["agencies"] == agencies
    assert r["source"] == source
    # a published story prints its dateline as the first words of its first paragraph
    assert r["body"].startswith(opening + " The port authority will build")


# Kyodo prints its name after the date without brackets
KYODO = [
    ("OSAKA, March 3 Kyodo - A new ferry line", ("OSAKA", "March 3", "Kyodo", "A new"), "a dash"),
    ("OSAKA, March 3, Kyodo -- A new ferry line", ("OSAKA", "March 3", "Kyodo", "A new"), "a comma and two dashes"),
    ("OSAKA, Dec. 30 Kyodo - A new ferry line", ("OSAKA", "Dec. 30", "Kyodo", "A new"), "an abbreviated month"),
]
KYODO_MISSES = [
    ("Kyodo - A new ferry line opened", "the name alone is no dateline"),
    ("Osaka Kyodo said - the line opened", "the name with no date before it"),
]


@pytest.mark.parametrize("line,why", KYODO_MISSES, ids=[c[1] for c in KYODO_MISSES])
def test_no_kyodo_dateline(line, why):
    assert _parts(line) is None or _parts(line)[2] != "Kyodo"


def test_kyodo_record():
    r = _record(opening := "NAGOYA, March 3, Kyodo --")
    assert r["dateline"] == {"location": "NAGOYA", "date": None, "agency": "Kyodo News",
                             "raw": "NAGOYA, March 3, Kyodo"}
    assert (r["agencies"], r["source"]) == (["Kyodo News"], "Kyodo News")
    assert r["body"].startswith(opening + " The port authority will build")


# a press release: the distributor between slashes (PR Newswire, Canada Newswire) or between
# dashes in brackets with the text right after (Business Wire); GlobeNewswire brackets it
RELEASES = [
    ("DENVER, Colo., May 14, 2023 /PRNewswire/ -- Acme Corp. said",
     ("DENVER, Colo.", "May 14, 2023", "PRNewswire", "Acme Corp."), "PR Newswire"),
    ("CALGARY, AB, May 14, 2023 /CNW/ - Acme Corp. said",
     ("CALGARY, AB", "May 14, 2023", "CNW", "Acme Corp."), "Canada Newswire"),
    ("BOISE, Idaho--(BUSINESS WIRE)--Acme Corp. said", ("BOISE, Idaho", None, "BUSINESS WIRE", "Acme Corp."),
     "Business Wire, the text right after"),
    ("SALT LAKE CITY & BOISE--(BUSINESS WIRE)--Acme Corp. said",
     ("SALT LAKE CITY & BOISE", None, "BUSINESS WIRE", "Acme Corp."), "two places"),
    ("BOISE, Idaho--(BUSINESS WIRE)--May 14, 2003--Acme Corp. said",
     ("BOISE, Idaho", "May 14, 2003", "BUSINESS WIRE", "Acme Corp."), "an older release with its day"),
    ("DENVER, May 14, 2023 (GLOBE NEWSWIRE) -- Acme Corp. said",
     ("DENVER", "May 14, 2023", "GLOBE NEWSWIRE", "Acme Corp."), "GlobeNewswire"),
]
RELEASE_MISSES = [
    ("Denver--(the city's own words)--is growing", "a place not in capitals"),
    ("The rate rose -- (see chart) --sharply", "a sentence with dashes"),
]


# (opening, dateline, agency as the source, why)
RELEASE_RECORDS = [
    ("DENVER, Colo., May 14, 2023 /PRNewswire/ --",
     {"location": "DENVER, Colo.", "date": "2023-05-14", "agency": "PR Newswire",
      "raw": "DENVER, Colo., May 14, 2023 /PRNewswire/"}, "PR Newswire", "pr-newswire"),
    ("CALGARY, May 14, 2023 /CNW/ -",
     {"location": "CALGARY", "date": "2023-05-14", "agency": "Canada Newswire",
      "raw": "CALGARY, May 14, 2023 /CNW/"}, "Canada Newswire", "canada-newswire"),
    ("BOISE, Idaho--(BUSINESS WIRE)--",
     {"location": "BOISE, Idaho", "date": None, "agency": "Business Wire",
      "raw": "BOISE, Idaho--(BUSINESS WIRE)"}, "Business Wire", "business-wire"),
]


@pytest.mark.parametrize("opening,expected,source,why", RELEASE_RECORDS, ids=[c[3] for c in RELEASE_RECORDS])
def test_release_record(opening, expected, source, why):
    r = _record(opening)
    assert r["dateline"] == expected
    assert (r["agencies"], r["source"]) == ([source], source)
    assert r["body"].startswith(opening + " The port authority will build")
    if expected["date"]:
        assert r["published"] == expected["date"]


# the cheap tests in front of the patterns never change an answer
PIECES = ["LISBON", "Kochi", ", Mar 3", ", March 3, 2024", " (PTI) ", " (AP) ", " _ ", "_", "--(", ")--", "(BUSINESS WIRE)",
          " /PRNewswire/ ", "/", " Kyodo", "Kyodo", "-", "--", " ", ",", "(", ")", "A", "x", "&", " & "]
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_gates_skip_only_lines_the_patterns_cannot_match(text):
    if dateline._MARK.search(text) is None:
        assert not dateline.DATELINE.match(text)
    if "-(" not in text:
        assert not dateline.DASHED.match(text)


# old AP copy typed the dash as an underscore between spaces
UNDERSCORES = [
    ("TULSA, Okla. (AP) _ Crews worked through", ("TULSA, Okla.", None, "AP", "Crews worked"), "AP with its agency"),
    ("TULSA _ Crews worked through the night", ("TULSA", None, None, "Crews worked"), "a place alone"),
]
UNDERSCORE_MISSES = [
    ("Tulsa _ crews worked through the night", "a place not in capitals, no agency and no date"),
    ("TULSA_CREWS worked through the night", "an underscore inside a word"),
]


def test_underscore_record():
    r = _record(opening := "TULSA, Okla. (AP) _")
    assert r["dateline"] == {"location": "TULSA, Okla.", "date": None, "agency": "Associated Press",
                             "raw": "TULSA, Okla. (AP)"}
    assert r["body"].startswith(opening + " The port authority will build")


# an agency's regional or topic service is the agency
SERVICES = [
    ("Kiel (dpa/lno) - Der Hafen", ("Kiel", None, "dpa", "Der Hafen"), "dpa's service for the north"),
    ("München (dpa/lby) - Der Hafen", ("München", None, "dpa", "Der Hafen"), "dpa's service for Bavaria"),
    ("Kiel (dpa) - Der Hafen", ("Kiel", None, "dpa", "Der Hafen"), "dpa itself"),
    ("SINGAPORE, May 14, 2023 /PRNewswire-Asia/ -- Acme Corp. said",
     ("SINGAPORE", "May 14, 2023", "PRNewswire", "Acme Corp."), "a regional PR Newswire service"),
]


def test_agency_service_record():
    r = to_dict(parse("Neuer Anleger für Fähren in Kiel\n\nKiel (dpa/lno) - Die Stadt baut einen neuen Anleger "
                      "für die Fähren nach Oslo, teilte ein Sprecher am Montag mit.\n\nDer Bau soll im Herbst "
                      "beginnen und zwei Jahre dauern.\n", NO_REFERENCE))
    assert r["dateline"] == {"location": "Kiel", "date": None, "agency": "Deutsche Presse-Agentur",
                             "raw": "Kiel (dpa/lno)"}
    assert (r["agencies"], r["source"]) == (["Deutsche Presse-Agentur"], "Deutsche Presse-Agentur")


# a year-less dateline date read against the record's own published date (never the clock)
UTC = timezone.utc
DATELINE_DAYS = [
    ("March 3", None, None, "no year and no published date: unknown"),
    ("March 3", datetime(2023, 3, 3, 14, 5, tzinfo=UTC), date(2023, 3, 3), "the published day itself"),
    ("Dec 30", date(2023, 1, 2), date(2022, 12, 30), "before the new year: the year before"),
    ("March 3", date(2023, 3, 2), date(2022, 3, 3), "never after a published day"),
    ("March 3", datetime(2023, 3, 2, 20, 0, tzinfo=UTC), date(2023, 3, 3),
     "a place ahead of the zone printed: already the next day there"),
    ("March 3", datetime(2023, 3, 2, 8, 0, tzinfo=UTC), date(2022, 3, 3), "a day no place had reached yet"),
    ("March 3", datetime(2023, 3, 2, 20, 0), date(2022, 3, 3), "a time without its zone: the day as printed"),
    ("March 3, 2021", date(2023, 3, 2), date(2021, 3, 3), "a printed year stands"),
]
assert len({c[3] for c in DATELINE_DAYS}) == len(DATELINE_DAYS)


@pytest.mark.parametrize("text,published,expected,why", DATELINE_DAYS, ids=[c[3] for c in DATELINE_DAYS])
def test_dateline_day(text, published, expected, why):
    pub = None if published is None else PubDate(published, "day" if type(published) is date else "minute")
    day, warning = dateline_day(text, DateContext(language="en"), pub)
    assert (day.value if day else None) == expected
    assert warning == (None if expected else f"date {text!r} has no year and no reference date")


def test_dateline_day_prefers_the_reference_date():
    day, warning = dateline_day("March 3", DateContext(reference=date(2020, 6, 1)), PubDate(date(2023, 3, 4)))
    assert (day.value, warning) == (date(2020, 3, 3), None)


STAMPED = ("Ferry company posts record profit\n2023-03-03 14:05 GMT\n\nBy Ola Berg\n\n"
           "BERGEN, March 3 (Reuters) - A ferry company reported a record yearly profit on Friday as more "
           "tourists travelled along the coast.\n\nProfit rose to 900 million crowns, the company said.\n")


def test_year_less_dateline_read_against_the_published_date():
    r = to_dict(parse(STAMPED, NO_REFERENCE))
    assert r["published"] == "2023-03-03T14:05:00+00:00"
    assert r["dateline"]["date"] == "2023-03-03"
    assert not any("no year" in w for w in r["warnings"])


def test_year_less_dateline_with_a_reference_date():
    r = to_dict(parse(STAMPED, ParseOptions(reference_date=date(2023, 12, 31))))
    assert r["dateline"]["date"] == "2023-03-03"


# local conventions of papers and sites outside the wire services, one list per convention
# (line, (location, date text, agency or outlet, where the text goes on), why)
LOCAL = [
    ("[부산=한빛일보] 부산시는 12일 물류센터를", ("부산", None, "한빛일보", "부산시는 12일"),
     "Korean: the place and the paper in square brackets"),
    ("【札幌】札幌市は12日、新しい駅を建設すると発表した。", ("札幌", None, None, "札幌市は12日、新しい駅を建設すると発表した。"),
     "Japanese: the place in lenticular brackets"),
    ("【ワシントン共同】米政府は12日、新しい港を造ると発表した。", ("ワシントン", None, "共同通信", "米政府は12日、新しい港を造ると発表した。"),
     "Japanese: the place and Kyodo's short name"),
    ("【ロンドン時事】英政府は12日、新しい橋を造ると発表した。", ("ロンドン", None, "時事通信", "英政府は12日、新しい橋を造ると発表した。"),
     "Japanese: the place and Jiji's short name"),
    ("КИЇВ, 12 березня. Міська рада повідомила", ("КИЇВ", "12 березня", None, "Міська рада"),
     "Ukrainian: the place in capitals, the date and a full stop"),
    ("JAKARTA, KOMPAS - Pemerintah provinsi meresmikan", ("JAKARTA", None, "KOMPAS", "Pemerintah provinsi"),
     "Indonesian: the place and the paper's name"),
    ("SURABAYA, KOMPAS.com - Pemerintah kota meresmikan", ("SURABAYA", None, "KOMPAS.com", "Pemerintah kota"),
     "Indonesian: the place and the site's name"),
    ("Warta7.com, Bandung - Pemerintah kota meresmikan", ("Bandung", None, "Warta7.com", "Pemerintah kota"),
     "Indonesian: the site's name before the place"),
    ("जयपुर, 20 जुलाई (भाषा)। राजस्थान की राजधानी", ("जयपुर", "20 जुलाई", "भाषा", "राजस्थान की"),
     "Hindi: the place, the date, the agency and a danda"),
    ("नई दिल्ली, 3 मार्च (भाषा)। केंद्र सरकार ने", ("नई दिल्ली", "3 मार्च", "भाषा", "केंद्र सरकार"),
     "Hindi: a place of two words"),
    ("Brno – Rekonstrukce nádraží byla v úterý po dvou letech dokončena.", ("Brno", None, None, "Rekonstrukce nádraží"),
     "Czech: the place alone, an en dash"),
    ("Ústí nad Labem – Město v pondělí otevřelo novou lávku přes řeku.", ("Ústí nad Labem", None, None, "Město v"),
     "Czech: a place of three words"),
    ("Bandung - Pemerintah kota meresmikan jalur bus baru pada Senin pagi.", ("Bandung", None, None, "Pemerintah kota"),
     "Indonesian: the place alone, a hyphen"),
    ("دبي - افتتحت السلطات يوم الثلاثاء محطة جديدة لتحلية المياه في المدينة.", ("دبي", None, None, "افتتحت السلطات"), "Arabic: the place alone"),
    ("اصفهان - خط دوم مترو این شهر روز سه‌شنبه با حضور مسئولان افتتاح شد.", ("اصفهان", None, None, "خط دوم"), "Persian: the place alone"),
    ("नई दिल्ली: केंद्र सरकार ने सोमवार को नई रेल लाइन की घोषणा की।", ("नई दिल्ली", None, None, "केंद्र सरकार"), "Hindi: the place and a colon"),
]
LOCAL_MISSES = [
    ("[사진=한빛일보] 부산시는 12일 물류센터를", "Korean: a photo's credit in square brackets"),
    ("[부산=한빛일보) 부산시는 12일 물류센터를", "Korean: brackets that do not pair"),
    ("부산시는 12일 [부산=한빛일보] 물류센터를", "Korean: the brackets later in the sentence"),
    ("【速報】札幌市で新しい駅", "Japanese: breaking news, no place"),
    ("【独自】札幌市が新しい駅", "Japanese: an exclusive, no place"),
    ("【共同】米政府は12日", "Japanese: the agency alone"),
    ("札幌市は12日【札幌】新しい駅を", "Japanese: the brackets later in the sentence"),
    ("Київ, 12 березня. Міська рада повідомила", "Ukrainian: the full stop only after a place in capitals"),
    ("КИЇВ, 12 березня. міська рада повідомила", "Ukrainian: no sentence after the full stop"),
    ("КИЇВ, 12 березня.", "Ukrainian: nothing after the full stop"),
    ("У Києві, 12 березня. Міська рада", "Ukrainian: a sentence's opening"),
    ("JAKARTA, INDONESIA - Pemerintah provinsi", "Indonesian: a country is no outlet"),
    ("JAKARTA, Kompas said - the government", "Indonesian: the outlet's name in a sentence"),
    ("जयपुर। राजस्थान की राजधानी में बारिश", "Hindi: a word and a danda"),
    ("राजस्थान की राजधानी में (भाषा)। बारिश हुई", "Hindi: a sentence before an agency"),
    ("Brno – rekonstrukce nádraží byla dokončena", "Czech: no sentence after the dash"),
    ("Prague – the city that never sleeps", "English: a name and a clause"),
    ("Update – The company said on Monday", "English: a story's kind"),
    ("Brno-Město byl v úterý dokončen", "Czech: a hyphen inside the name"),
    ("Brno: Rekonstrukce nádraží byla dokončena", "Czech: a colon after a name with capitals"),
    ("Brno – ", "Czech: nothing after the dash"),
    ("Kompas.com - Pemerintah kota meresmikan", "Indonesian: a site's name alone"),
    ("V Brně – Rekonstrukce nádraží", "Czech: a function word first"),
    ("في دبي - افتتحت السلطات", "Arabic: a function word"),
    ("قالت الوزارة اليوم - إن المحطة", "Arabic: more words than a place"),
    ("دبي: افتتحت السلطات يوم الثلاثاء", "Arabic: a colon"),
    ("उन्होंने कहा: हम तैयार हैं", "Hindi: who spoke, and a colon"),
    ("लेखक: सुनीता वर्मा", "Hindi: a label"),
    ("राजधानी में: बारिश", "Hindi: a function word before the colon"),
    ("Podcast – Das Gespräch über die Arbeit von morgen", "German: a headline after a name, no sentence"),
    ("Flussfähre – Warum die Stadt eine neue Fähre für die Altstadt braucht", "German: a headline, no full stop"),
    ("Brno – Krátká zpráva.", "Czech: too short for a story's first sentence"),
    ("HafenStadt – Die Stadt baut einen neuen Hafen für die Fähren nach Oslo.", "words run together"),
    ("Маяк – Прибой", "Russian: a match's teams"),
    ("الميناء - أخبار ورياضة وثقافة", "Arabic: a site's name and its motto"),
    ("【焼肉やまだ】新メニューが全店舗で登場！", "Japanese: a company's name before a release's headline"),
    ("【国立港湾博物館】新しい展示を始めます。", "Japanese: too long a name for a place in kanji"),
    ("[한빛미디어=소설가 김철수의 칼럼] 오늘은", "Korean: a column's name in square brackets"),
]
assert len({c[0] for c in LOCAL + LOCAL_MISSES}) == len(LOCAL) + len(LOCAL_MISSES)

# a place, its country or state named in full after a comma, and a dash, no agency: US papers'
# form, in capitals ("BRUSSELS, Belgium —"), and some sites' in title case
STATED = [
    ("LISBON, Portugal — The city council approved a new ferry line", ("LISBON, Portugal", None, None, "The city"),
     "the place in capitals and its country"),
    ("TACOMA, Washington - The port will add a second crane this year.", ("TACOMA, Washington", None, None,
                                                                         "The port"), "a state, a hyphen"),
    ("Lisbon, Portugal — The city council approved a new ferry line across the river on Monday.",
     ("Lisbon, Portugal", None, None, "The city"), "in title case before a whole sentence"),
    ("Porto Alegre, Brazil – Floodwater receded from the city centre for the first time in weeks.",
     ("Porto Alegre, Brazil", None, None, "Floodwater receded"), "a place of two words, an en dash"),
]
STATED_MISSES = [
    ("Lisbon, Texas — the small town that shares its name with a capital, has grown.",
     "a name and a clause: no sentence after the dash"),
    ("Meanwhile, Lisbon — Portugal's capital — said it would open a ferry line on Monday.",
     "a sentence's opening words and an aside between dashes"),
    ("Lisbon, Portugal — The council met.", "in title case, too short for a story's first sentence"),
    ("LISBON, Portugal — the city council approved a new ferry line", "no sentence after the dash"),
]
assert len({c[0] for c in STATED + STATED_MISSES}) == len(STATED) + len(STATED_MISSES)

# a place in capitals alone before a colon and the story's first sentence: papers of South and
# Southeast Asia and the Gulf ("NEW DELHI: The ...")
COLON_PLACES = [
    ("NEW DELHI: The ministry said on Monday it would widen the rural jobs scheme to five more states.",
     ("NEW DELHI", None, None, "The ministry"), "a place of two words"),
    ("KUALA LUMPUR: Kerajaan akan membina tiga jambatan baharu di sepanjang sungai itu tahun depan.",
     ("KUALA LUMPUR", None, None, "Kerajaan akan"), "malay"),
    ("DOHA: Officials opened the new desalination plant south of the city on Tuesday morning.",
     ("DOHA", None, None, "Officials opened"), "one word"),
]
COLON_PLACE_MISSES = [
    ("EXCLUSIVE: The ministry said on Monday it would widen the rural jobs scheme to five more states.",
     "a story's kind"),
    ("BREAKING NEWS: The ministry said on Monday it would widen the rural jobs scheme to five more states.",
     "a story's kind of two words"),
    ("SOURCE: The ministry said on Monday it would widen the rural jobs scheme to five more states.", "a label"),
    ("EDITOR'S NOTE: This story was changed to show that the scheme will grow from April, not March.",
     "a note to the reader"),
    ("SPOILER ALERT: The last episode ends with the harbour wall giving way in the night.", "a warning"),
    ("HARBOUR POST: The ministry said on Monday it would widen the rural jobs scheme to five more states.",
     "a paper's name"),
    ("MARTA QUILL: Thank you all for coming to this morning's briefing on the harbour works.",
     "a speaker in a transcript"),
    ("NEW DELHI: Jobs scheme to grow", "no sentence after the colon"),
    ("NEW DELHI: the ministry said on Monday it would widen the rural jobs scheme to five more states.",
     "no capital after the colon"),
]
assert len({c[0] for c in COLON_PLACES + COLON_PLACE_MISSES}) == len(COLON_PLACES) + len(COLON_PLACE_MISSES)


@pytest.mark.parametrize("line,expected,why", COLON_PLACES, ids=[c[2] for c in COLON_PLACES])
def test_a_place_in_capitals_before_a_colon_is_read_by_the_field_readers_only(line, expected, why):
    assert _parts(line) == expected
    assert match_dateline(line, stated=False) is None      # the line model was fitted without it


# (headline, first paragraph, second paragraph, dateline, where the body starts, why)
LOCAL_RECORDS = [
    ("부산 신항에 물류센터 들어선다", "[부산=한빛일보] 부산시는 12일 신항 배후부지에 물류센터를 짓는다고 밝혔다.",
     "물류센터는 2030년까지 조성된다.",
     {"location": "부산", "date": None, "agency": "한빛일보", "raw": "[부산=한빛일보]"}, "부산시는 12일", "korean"),
    ("札幌市、新しい地下鉄駅を建設へ", "【札幌】札幌市は12日、地下鉄の延伸に伴い新たに二つの駅を建設すると発表した。",
     "新駅は2030年の開業を目指す。",
     {"location": "札幌", "date": None, "agency": None, "raw": "【札幌】"}, "札幌市は12日", "japanese"),
    ("米政府、新しい港湾計画を発表", "【ワシントン共同】米政府は12日、東海岸に新しい港を建設する計画を発表した。",
     "総事業費は約百億ドルを見込む。",
     {"location": "ワシントン", "date": None, "agency": "Kyodo News", "raw": "【ワシントン共同】"}, "米政府は12日",
     "japanese-kyodo"),
    ("У Львові відновили трамвайний маршрут\n12 березня 2024",
     "ЛЬВІВ, 12 березня. Міська рада повідомила про відновлення трамвайного маршруту до Левандівки.",
     "Ремонт колії тривав два роки.",
     {"location": "ЛЬВІВ", "date": "2024-03-12", "agency": None, "raw": "ЛЬВІВ, 12 березня."}, "Міська рада",
     "ukrainian"),
    ("Jakarta resmikan jalur MRT baru", "JAKARTA, KOMPAS - Pemerintah provinsi meresmikan jalur baru MRT pada Senin.",
     "Jalur sepanjang enam kilometer ini memiliki tujuh stasiun.",
     {"location": "JAKARTA", "date": None, "agency": "Kompas", "raw": "JAKARTA, KOMPAS"}, "Pemerintah provinsi",
     "indonesian"),
    ("जयपुर में भारी बारिश\n20 जुलाई 2024",
     "जयपुर, 20 जुलाई (भाषा)। राजस्थान की राजधानी में शनिवार को भारी बारिश हुई और कई सड़कें डूब गईं।",
     "मौसम विभाग ने चेतावनी जारी की है।",
     {"location": "जयपुर", "date": "2024-07-20", "agency": "भाषा", "raw": "जयपुर, 20 जुलाई (भाषा)"}, "राजस्थान की",
     "hindi"),
    ("Brno dokončilo rekonstrukci nádraží\n27. března 2024",
     "Brno – Rekonstrukce hlavního nádraží v Brně byla v úterý oficiálně dokončena.",
     "Celkové náklady dosáhly 1,2 miliardy korun.",
     {"location": "Brno", "date": None, "agency": None, "raw": "Brno"}, "Rekonstrukce hlavního", "czech"),
    ("Bandung resmikan jalur bus baru\n11 Maret 2024",
     "Bandung - Pemerintah kota meresmikan jalur bus baru yang melintasi pusat kota pada Senin.",
     "Jalur sepanjang enam kilometer ini memiliki tujuh halte.",
     {"location": "Bandung", "date": None, "agency": None, "raw": "Bandung"}, "Pemerintah kota", "indonesian-plain"),
    ("افتتاح محطة جديدة لتحلية المياه\n12 مارس 2024",
     "دبي - افتتحت السلطات يوم الثلاثاء أكبر محطة لتحلية المياه في المنطقة.",
     "وبلغت تكلفة المشروع نحو ملياري درهم.",
     {"location": "دبي", "date": None, "agency": None, "raw": "دبي"}, "افتتحت السلطات", "arabic"),
    ("नई दिल्ली में नई मेट्रो लाइन\n15 मार्च 2024",
     "नई दिल्ली: दिल्ली मेट्रो की नई लाइन का शुक्रवार को उद्घाटन किया गया।",
     "यह लाइन लगभग 12 किलोमीटर लंबी है।",
     {"location": "नई दिल्ली", "date": None, "agency": None, "raw": "नई दिल्ली"}, "दिल्ली मेट्रो", "hindi-colon"),
]


@pytest.mark.parametrize("head,first,second,expected,body,why", LOCAL_RECORDS, ids=[c[5] for c in LOCAL_RECORDS])
def test_local_record(head, first, second, expected, body, why):
    text = f"{head}\n\n{first}\n\n{second}\n"
    r = to_dict(parse(text, NO_REFERENCE))
    assert r["title"] == head.split("\n")[0]
    assert r["dateline"] == expected
    assert r["body"].startswith(first)        # the dateline stays the first words of the first paragraph
    # ... and is read no further than where the story's own words start
    assert r["evidence"]["dateline"]["end"] <= text.index(body)


# --- the lines of every section above, read the same way -----------------------------------------
DATELINES = WIRE_DATELINES + KYODO + RELEASES + UNDERSCORES + SERVICES + LOCAL + AGENCY_FORMS + STATED
MISSES = (WIRE_MISSES + RELEASE_MISSES + UNDERSCORE_MISSES + LOCAL_MISSES + AGENCY_FORM_MISSES + STATED_MISSES
          + COLON_PLACE_MISSES)


@pytest.mark.parametrize("line,expected,why", DATELINES, ids=[c[2] for c in DATELINES])
def test_dateline_parts(line, expected, why):
    assert _parts(line) == expected


@pytest.mark.parametrize("line,why", MISSES, ids=[c[1] for c in MISSES])
def test_no_dateline(line, why):
    assert match_dateline(line) is None


def test_belga_record():
    r = to_dict(parse("Nieuwe fietsbrug over de Schelde geopend\n\nGENT 03/03 (BELGA) = De stad Gent heeft zondag "
                      "een nieuwe fietsbrug over de Schelde geopend, zo meldde de burgemeester.\n\n"
                      "De brug is 120 meter lang.\n\nBELGA/ABC/XYZ/\n031422 MAR 24\n", NO_REFERENCE))
    assert r["dateline"] == {"location": "GENT", "date": None, "agency": "Belga", "raw": "GENT 03/03 (BELGA)"}
    assert r["source"] == "Belga"
    assert r["published"] == "2024-03-03T14:22:00+01:00"      # the stamp, in the agency's home zone
    assert r["body"].startswith("De stad Gent")


def test_a_colon_dateline_opens_the_record_and_its_first_paragraph():
    r = to_dict(parse("Ministry to widen rural jobs scheme\n\nBy Ravi Menon\n\nNEW DELHI: The ministry said on "
                      "Monday it would widen the rural jobs scheme to five more states from April.\n\n"
                      "The scheme covers about 12 million households.\n", NO_REFERENCE))
    assert r["dateline"] == {"location": "NEW DELHI", "date": None, "agency": None, "raw": "NEW DELHI"}
    assert r["body"].startswith("NEW DELHI: The ministry said on Monday")
    assert r["authors"] == ["Ravi Menon"]
