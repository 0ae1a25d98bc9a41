"""The outlet registry: printed names to canonical outlets, user files, and the bundled data."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from newsparse.cli import cli
from newsparse.errors import RegistryError
from newsparse import registry as registry_module
from newsparse.outlet_keys import all_variants, clean_key, normalize_name, plain, variants
from newsparse.registry import (INDEX_PATH, KINDS, Outlet, Registry, bundled_index_data, bundled_index_text,
                                default_registry, load_registry, outlet_dict, parse_entries)

REGISTRY = default_registry()
BUNDLED = Path(__file__).resolve().parents[1] / "newsparse" / "data" / "outlets.json"

# (as printed, canonical name, why): bylines, source lines, copyright lines, archive exports, web pages.
ALIAS_CASES = [
    ("Xinhua", "Xinhua", "canonical name"),
    ("Xinhua News Agency", "Xinhua", "full agency name"),
    ("新华社", "Xinhua", "Chinese name of Xinhua"),
    ("新华网", "Xinhua", "Xinhua's Chinese web site"),
    ("XINHUA", "Xinhua", "upper-case wire credit"),
    ("Xinhua General News Service", "Xinhua", "LexisNexis name of the Xinhua wire"),
    ("Reuter", "Reuters", "1980s sign-off"),
    ("Reuters", "Reuters", "Reuters canonical"),
    ("Thomson Reuters", "Reuters", "corporate name in copyright lines"),
    ("Reuters News", "Reuters", "Factiva source name"),
    ("Reuters Limited", "Reuters", "Factiva publisher line"),
    ("路透社", "Reuters", "Chinese name of Reuters"),
    ("AP", "Associated Press", "AP initials"),
    ("A.P.", "Associated Press", "dotted initials"),
    ("The Associated Press", "Associated Press", "AP with its article"),
    ("美联社", "Associated Press", "Chinese name of AP"),
    ("Agence France-Presse", "AFP", "AFP spelled out"),
    ("Agence France Presse", "AFP", "AFP spelled out without the hyphen"),
    ("法新社", "AFP", "Chinese name of AFP"),
    ("The Guardian (London)", "The Guardian", "LexisNexis place qualifier"),
    ("Guardian.com", "The Guardian", "web brand as a LexisNexis source"),
    ("guardian.co.uk", "The Guardian", "old domain"),
    ("Guardian Unlimited", "The Guardian", "old web brand"),
    ("Guardian, The", "The Guardian", "catalogue order with the article last"),
    ("The Guardian (London) - Final Edition", "The Guardian", "qualifier and edition together"),
    ("THE GUARDIAN (UNITED KINGDOM)", "The Guardian", "undeclared qualifier naming the outlet's country"),
    ("中国日报", "China Daily", "Chinese name of China Daily"),
    ("中国日报网", "China Daily", "China Daily's Chinese web site"),
    ("chinadaily.com.cn", "China Daily", "China Daily's domain"),
    ("http://www.chinadaily.com.cn/a/202405/17/WS6646.html", "China Daily", "article URL"),
    ("www.reuters.com", "Reuters", "host with www"),
    ("edition.cnn.com", "CNN", "subdomain of a registered domain"),
    ("arabic.cnn.com", "CNN Arabic", "a registered subdomain wins over its parent"),
    ("cincodias.elpais.com", "Cinco Días", "an outlet on another outlet's subdomain"),
    ("CNNArabic", "CNN Arabic", "site name printed without a space"),
    ("The Daily Telegraph (London)", "The Daily Telegraph", "LexisNexis name of the Telegraph"),
    ("The Daily Telegraph (Sydney, Australia)", "The Daily Telegraph (Sydney)", "the Sydney Telegraph by its qualifier"),
    ("THE NEW YORK TIMES", "The New York Times", "upper case"),
    ("The New York Times - International Edition", "The New York Times", "the NYT's international edition"),
    ("NYTimes.com", "The New York Times", "web brand"),
    ("紐約時報", "The New York Times", "traditional Chinese name of the NYT"),
    ("WSJ", "The Wall Street Journal", "initials"),
    ("L.A. Times", "Los Angeles Times", "dotted abbreviation of the city"),
    ("DAILY MAIL (London)", "Daily Mail", "LexisNexis upper case with qualifier"),
    ("Daily Mail Online", "Daily Mail", "online edition suffix"),
    ("MAIL ON SUNDAY (London)", "The Mail on Sunday", "LexisNexis, no article"),
    ("The Sun (England)", "The Sun", "LexisNexis name of the Sun"),
    ("The Times (London)", "The Times", "The Times is the London paper in archives"),
    ("The Times - Final Edition", "The Times", "final edition suffix"),
    ("Financial Times (London, England)", "Financial Times", "qualifier of city and country"),
    ("The Age (Melbourne, Australia)", "The Age", "qualifier of city and country, Australia"),
    ("The Advertiser (Australia)", "The Advertiser (Adelaide)", "a generic title told apart by its qualifier"),
    ("The Star (Malaysia)", "The Star (Malaysia)", "one of several papers called The Star"),
    ("The Star (Kenya)", "The Star (Kenya)", "another paper called The Star"),
    ("The Guardian (Nigeria)", "The Guardian (Nigeria)", "the Lagos Guardian, not the London one"),
    ("The Independent (Ireland)", "Irish Independent", "declared qualifier of the Irish Independent"),
    ("Independent Online", "IOL", "South Africa's IOL, not The Independent online"),
    ("ABC News", "ABC News", "the US network"),
    ("ABC News (Australia)", "Australian Broadcasting Corporation", "the Australian ABC by its qualifier"),
    ("CNA (Taiwan)", "Central News Agency", "Taiwan's CNA by its qualifier"),
    ("CNA (Singapore)", "Channel NewsAsia", "Singapore's CNA by its qualifier"),
    ("中央社", "Central News Agency", "Chinese name of Taiwan's CNA"),
    ("The Hamilton Spectator (Online)", "The Hamilton Spectator", "ProQuest (Online) marks an edition, not a place"),
    ("Süddeutsche Zeitung", "Süddeutsche Zeitung", "canonical with umlaut"),
    ("Sueddeutsche Zeitung", "Süddeutsche Zeitung", "umlaut transliterated"),
    ("Suddeutsche Zeitung", "Süddeutsche Zeitung", "umlaut dropped"),
    ("Neue Zuercher Zeitung", "Neue Zürcher Zeitung", "Swiss paper, umlaut transliterated"),
    ("Boersen-Zeitung", "Börsen-Zeitung", "German business daily, umlaut transliterated"),
    ("Die Südostschweiz", "Die Südostschweiz", "Factiva name of a Swiss regional paper"),
    ("F.A.Z.", "Frankfurter Allgemeine Zeitung", "dotted initials of the FAZ"),
    ("dpa", "Deutsche Presse-Agentur", "dpa initials"),
    ("Deutsche Presse-Agentur", "Deutsche Presse-Agentur", "LexisNexis name of dpa"),
    ("Agencia EFE", "EFE", "EFE with its Spanish title"),
    ("Agenzia Nazionale Stampa Associata", "ANSA", "ANSA spelled out"),
    ("Agência Lusa", "Lusa", "Portuguese agency"),
    ("Le Monde", "Le Monde", "French daily"),
    ("Ouest France", "Ouest-France", "hyphen dropped"),
    ("El Pais", "El País", "accent dropped"),
    ("El País (Espana)", "El País", "the outlet's own country, written without the tilde"),
    ("El País (Uruguay)", "El País (Uruguay)", "the Montevideo El País by its qualifier"),
    ("elpais.com.uy", "El País (Uruguay)", "country domain does not fall back to elpais.com"),
    ("Ad / Algemeen Dagblad", "Algemeen Dagblad", "LexisNexis name of the AD"),
    ("de Volkskrant", "de Volkskrant", "Dutch daily with lower-case article"),
    ("Politiken & Politiken Weekly", "Politiken", "LexisNexis name of Politiken"),
    ("Börsen", "Børsen", "Danish business daily, ø read as ö"),
    ("AAP Newsfeed", "Australian Associated Press", "LexisNexis name of the AAP wire"),
    ("Kyodo News Service", "Kyodo News", "a wire word after an agency name"),
    ("共同通信", "Kyodo News", "Japanese name of Kyodo"),
    ("Japan Economic Newswire", "Kyodo News", "Kyodo's English wire in LexisNexis"),
    ("時事通信社", "Jiji Press", "Japanese name of Jiji"),
    ("연합뉴스", "Yonhap News Agency", "Korean name of Yonhap"),
    ("Yonhap", "Yonhap News Agency", "short name of Yonhap"),
    ("ИТАР-ТАСС", "TASS", "Cyrillic former name of TASS"),
    ("РИА Новости", "RIA Novosti", "Cyrillic name of RIA"),
    ("Коммерсантъ", "Kommersant", "Cyrillic name with hard sign"),
    ("PTI", "Press Trust of India", "Indian agency initials"),
    ("पीटीआई", "Press Trust of India", "Devanagari name of PTI"),
    ("दैनिक जागरण", "Dainik Jagran", "Hindi daily in Devanagari"),
    ("The Canadian Press", "The Canadian Press", "Canadian agency"),
    ("La Presse Canadienne", "The Canadian Press", "French name of the Canadian Press"),
    ("Anadolu Ajansı", "Anadolu Agency", "Turkish name with dotless i"),
    ("Anadolu Ajansi", "Anadolu Agency", "dotless i written as i"),
    ("Česká tisková kancelář", "ČTK", "Czech agency spelled out"),
    ("CTK", "ČTK", "Czech agency without the caron"),
    ("Καθημερινή", "Kathimerini", "Greek name of Kathimerini"),
    ("Τα Νέα", "Ta Nea", "Greek name of Ta Nea"),
    ("الجزيرة", "Al Jazeera", "Arabic name of Al Jazeera"),
    ("Aljazeera", "Al Jazeera", "written as one word"),
    ("وكالة الأنباء الكويتية", "KUNA", "Arabic name of KUNA"),
    ("הארץ", "Haaretz", "Hebrew name of Haaretz"),
    ("ایرنا", "IRNA", "Persian name of IRNA"),
    ("朝日新聞", "The Asahi Shimbun", "Japanese name of the Asahi"),
    ("南华早报", "South China Morning Post", "simplified Chinese name of the SCMP"),
    ("聯合報", "United Daily News", "traditional Chinese name of a Taiwanese daily"),
    ("人民日报", "People's Daily", "Chinese name of People's Daily"),
    ("Peoples Daily", "People's Daily", "apostrophe dropped"),
    ("环球时报", "Global Times", "Chinese name of the Global Times"),
    ("ไทยรัฐ", "Thai Rath", "Thai name of Thai Rath"),
    ("Tuoi Tre", "Tuổi Trẻ", "Vietnamese without diacritics"),
    ("Folha de São Paulo", "Folha de S.Paulo", "Brazilian daily spelled out"),
    ("O Estado de Sao Paulo", "O Estado de S. Paulo", "Brazilian daily without the tilde"),
    ("Página 12", "Página/12", "Argentine daily without the slash"),
    ("TIME", "Time", "web site name of Time"),
    ("WIRED", "Wired", "web site name of Wired"),
    ("Bloomberg News", "Bloomberg", "Bloomberg byline"),
    ("U.S. News & World Report", "U.S. News & World Report", "ampersand and dotted initials"),
    ("US News and World Report", "U.S. News & World Report", "'and' for the ampersand"),
    ("Mail and Guardian", "Mail & Guardian", "South African weekly, 'and' for the ampersand"),
    ("Globe and Mail (Toronto)", "The Globe and Mail", "Canadian daily with its city"),
    ("SMH", "The Sydney Morning Herald", "initials of the Sydney Morning Herald"),
    ("NZ Herald", "The New Zealand Herald", "short name of the NZ Herald"),
    ("Business Times (Singapore)", "The Business Times", "Singapore's Business Times"),
    ("The Business Times Singapore", "The Business Times", "LexisNexis name of the Business Times"),
    ("Yedioth Ahronoth", "Yedioth Ahronoth", "Israeli daily"),
    ("Ynetnews", "Yedioth Ahronoth", "the daily's English site"),
    ("(Xinhua)", "Xinhua", "a credit in parentheses"),
    ("[64c77908a3] 中国日报网", "China Daily", "an identifier in square brackets is ignored like a place"),
    ("Frankfurter Allgemeine Zeitung GmbH", "Frankfurter Allgemeine Zeitung", "publisher's legal form in a copyright line"),
    ("TIME USA, LLC", "Time", "Time's company in its copyright line"),
    ("Cable News Network, Inc.", "CNN", "CNN's company with its legal form"),
    ("Der Spiegel GmbH & Co. KG", "Der Spiegel", "German partnership form"),
    ("Il Sole 24 Ore S.p.A.", "Il Sole 24 Ore", "Italian company form with dots"),
    ("© The New Republic", "The New Republic", "copyright sign before the name"),
    ("dpa-infocom", "Deutsche Presse-Agentur", "dpa's web service in German page footers"),
    ("Hessischer Rundfunk", "Hessischer Rundfunk", "German regional public broadcaster"),
    ("Associated Press Writer", "Associated Press", "AP staff credit"),
    ("AP Sports Writer", "Associated Press", "AP staff credit with a beat"),
    ("Reuters Staff", "Reuters", "Reuters staff credit"),
    ("Xinhua correspondent", "Xinhua", "Xinhua staff credit"),
]
assert len({c[0] for c in ALIAS_CASES}) == len(ALIAS_CASES), "duplicate printed name in ALIAS_CASES"
assert len({c[2] for c in ALIAS_CASES}) == len(ALIAS_CASES), "duplicate reason (test id) in ALIAS_CASES"


@pytest.mark.parametrize("printed,expected,why", ALIAS_CASES, ids=[c[2] for c in ALIAS_CASES])
def test_alias_finds_its_outlet(printed, expected, why):
    outlet = REGISTRY.lookup(printed)
    assert outlet is not None and outlet.name == expected
    assert REGISTRY.canonical(printed) == expected


# (as printed, what canonical() keeps, why): nothing is guessed.
UNKNOWN_CASES = [
    ("The Springfield Shopper", "The Springfield Shopper", "an outlet not in the registry"),
    ("  The   Springfield\tShopper , ", "The Springfield Shopper", "unknown names are tidied: spaces and trailing punctuation"),
    ("ABC", "ABC", "ABC is the US network, the Australian broadcaster and a Spanish daily"),
    ("The Star", "The Star", "several papers are called The Star"),
    ("The Star (Toronto)", "The Star (Toronto)", "an undeclared place for a shared name"),
    ("CNA", "CNA", "CNA is a Taiwanese agency and a Singapore broadcaster"),
    ("Daily Star", "Daily Star", "the British, Bangladeshi and Lebanese Daily Star"),
    ("The Guardian (Manchester)", "The Guardian (Manchester)", "a place the Guardian's entry does not declare"),
    ("The Times (South Africa)", "The Times (South Africa)", "a country that is not the London Times'"),
    ("Reuters (Nigeria)", "Reuters (Nigeria)", "a country that is not the outlet's own"),
    ("El País (Mexico)", "El País (Mexico)", "a shared name with a country that none of its entries has"),
    ("The Times-News", "The Times-News", "a wire word after a newspaper's name is not stripped"),
    ("Sun News", "Sun News", "not The Sun"),
    ("Telegraph Reporters", "Telegraph Reporters", "a staff credit finds only an agency"),
    ("Reuters Breakingviews Staff", "Reuters Breakingviews Staff", "an unknown word before the staff word is not dropped"),
    ("Toronto Star; Toronto, Ont.", "Toronto Star; Toronto, Ont", "ProQuest title and place are kept as printed"),
    ("Dr.", "Dr", "a title of a person is not an outlet"),
    ("John Smith", "John Smith", "a person's name"),
    ("example.com", "example.com", "an unknown domain"),
    ("Dow Jones & Company, Inc.", "Dow Jones & Company, Inc", "publisher of the WSJ and of the wire: neither"),
    ("Times Newspapers Limited", "Times Newspapers Limited", "publisher of The Times and The Sunday Times: neither"),
    ("Anton Grubach (KNA)", "Anton Grubach (KNA)", "a photographer credited with his agency is not the agency"),
    ("", "", "empty"),
]
assert len({c[0] for c in UNKNOWN_CASES}) == len(UNKNOWN_CASES), "duplicate printed name in UNKNOWN_CASES"


@pytest.mark.parametrize("printed,kept,why", UNKNOWN_CASES, ids=[c[2] for c in UNKNOWN_CASES])
def test_unknown_name_is_none_and_kept_tidied(printed, kept, why):
    assert REGISTRY.lookup(printed) is None
    assert REGISTRY.canonical(printed) == kept


NORMALIZE_CASES = [
    ("The Guardian (London)", "guardian", "article and place dropped"),
    ("THE NEW YORK TIMES", "new york times", "case folded"),
    ("A.P.", "ap", "dotted initials joined"),
    ("U.S. News & World Report", "us news and world report", "ampersand read as 'and'"),
    ("People's Daily", "peoples daily", "apostrophe dropped"),
    ("Guardian, The", "guardian", "trailing article dropped"),
    ("Ｘｉｎｈｕａ", "xinhua", "full-width letters"),
    ("Süddeutsche   Zeitung", "süddeutsche zeitung", "accents kept in the key; spaces collapsed"),
    ("新华社", "新华社", "CJK unchanged"),
    ("[64c77908a3] 中国日报网", "中国日报网", "square brackets like parentheses"),
]


@pytest.mark.parametrize("raw,key,why", NORMALIZE_CASES, ids=[c[2] for c in NORMALIZE_CASES])
def test_normalize_name(raw, key, why):
    assert normalize_name(raw) == key


@given(st.text())
def test_normalize_name_is_idempotent(name):
    once = normalize_name(name)
    assert normalize_name(once) == once


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_lookup_is_total(name):
    outlet = REGISTRY.lookup(name)
    assert outlet is None or isinstance(outlet, Outlet)
    assert isinstance(REGISTRY.canonical(name), str)


HOME_ZONES = [
    ("China Daily", "Asia/Shanghai"), ("Xinhua", "Asia/Shanghai"), ("Global Times", "Asia/Shanghai"),
    ("TASS", "Europe/Moscow"), ("RIA Novosti", "Europe/Moscow"), ("The Guardian", "Europe/London"),
    ("The New York Times", "America/New_York"), ("Los Angeles Times", "America/Los_Angeles"),
    ("The Times of India", "Asia/Kolkata"), ("Kyodo News", "Asia/Tokyo"), ("The Age", "Australia/Melbourne"),
    ("Reuters", None), ("Associated Press", None), ("AFP", None), ("Bloomberg", None),
]


@pytest.mark.parametrize("name,zone", HOME_ZONES, ids=[c[0] for c in HOME_ZONES])
def test_home_time_zone(name, zone):
    assert REGISTRY.lookup(name).timezone == zone


def test_separate_outlets_of_one_publisher_stay_apart():
    assert REGISTRY.lookup("Sunday Times").name == "The Sunday Times"
    assert REGISTRY.lookup("The Observer").name == "The Observer"
    assert REGISTRY.lookup("Mail on Sunday").name == "The Mail on Sunday"


def test_by_domain_walks_up_to_a_registered_parent():
    assert REGISTRY.by_domain("english.news.cn").name == "Xinhua"
    assert REGISTRY.by_domain("WWW.BBC.CO.UK").name == "BBC News"
    assert REGISTRY.by_domain("co.uk") is None
    assert REGISTRY.by_domain("example.org") is None


# --- user registries ----------------------------------------------------------------------

USER_ENTRIES = [
    {"name": "Coastal Daily Herald", "kind": "newspaper", "country": "US", "language": "en",
     "timezone": "America/Los_Angeles", "aliases": ["CDH", "The Coastal Herald (California)"],
     "domains": ["coastalherald.example"]},
    {"name": "the guardian", "kind": "newspaper", "country": "GB", "language": "en",
     "timezone": "Europe/London", "aliases": ["Grauniad"], "domains": ["theguardian.com"]},
]

USER_TOML = """\
[[outlets]]
name = "Coastal Daily Herald"
kind = "newspaper"
country = "US"
language = "en"
timezone = "America/Los_Angeles"
aliases = ["CDH", "The Coastal Herald (California)"]
domains = ["coastalherald.example"]

[[outlets]]
name = "the guardian"
kind = "newspaper"
country = "GB"
language = "en"
timezone = "Europe/London"
aliases = ["Grauniad"]
domains = ["theguardian.com"]
"""


def check_user_registry(registry: Registry) -> None:
    assert len(registry) == len(REGISTRY) + 1          # one entry added, one replaced
    assert registry.lookup("CDH").name == "Coastal Daily Herald"
    assert registry.lookup("The Coastal Herald (California)").timezone == "America/Los_Angeles"
    assert registry.lookup("news.coastalherald.example").name == "Coastal Daily Herald"
    guardian = registry.lookup("Grauniad")
    assert guardian.name == "the guardian"                # the user's entry replaced the bundled one
    assert registry.lookup("The Guardian") is guardian
    assert registry.lookup("Guardian Unlimited") is None  # the replaced entry's aliases are gone
    assert registry.by_domain("guardian.co.uk") is None        # and so are its domains
    assert REGISTRY.lookup("Guardian Unlimited").name == "The Guardian"   # the bundled registry is untouched


def test_load_registry_json_extends_and_overrides(tmp_path):
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps(USER_ENTRIES), encoding="utf-8")
    check_user_registry(load_registry(path))


def test_load_registry_json_with_outlets_table(tmp_path):
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps({"outlets": USER_ENTRIES}), encoding="utf-8")
    check_user_registry(load_registry(path))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is Python 3.11+")
def test_load_registry_toml_extends_and_overrides(tmp_path):
    path = tmp_path / "outlets.toml"
    path.write_text(USER_TOML, encoding="utf-8")
    check_user_registry(load_registry(path))


def test_toml_without_tomllib_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "tomllib", None)     # what Python 3.10 gives
    path = tmp_path / "outlets.toml"
    path.write_text(USER_TOML, encoding="utf-8")
    with pytest.raises(RegistryError, match=re.escape(f"{path}: reading TOML needs Python 3.11 or newer")):
        load_registry(path)


def test_load_registry_on_a_given_base(tmp_path):
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps(USER_ENTRIES[:1]), encoding="utf-8")
    registry = load_registry(path, base=Registry())
    assert [o.name for o in registry] == ["Coastal Daily Herald"]
    assert registry.lookup("Reuters") is None


def test_a_later_entry_wins_a_contested_alias():
    first = Outlet("First Gazette", aliases=("FG",))
    second = Outlet("Second Gazette", aliases=("FG",))
    assert Registry([first, second]).lookup("FG") is second
    assert Registry([second, first]).lookup("FG") is first


def test_a_spelling_variant_shared_by_two_outlets_finds_neither():
    registry = Registry([Outlet("Müller Post"), Outlet("Muller Post")])
    assert registry.lookup("Müller Post").name == "Müller Post"       # exact keys still work
    assert registry.lookup("Muller Post").name == "Muller Post"
    assert registry.lookup("Mueller Post").name == "Müller Post"      # only one outlet transliterates so
    assert registry.lookup("MullerPost") is None                      # both compact to this: ambiguous


BAD_FILES = [
    ("bad.json", "{not json", "not valid JSON", "broken JSON"),
    ("bad.toml", "outlets = [", "not valid TOML", "broken TOML"),
    ("latin1.json", b'[{"name": "Caf\xe9"}]', "not valid JSON", "not UTF-8"),
    ("scalar.json", "42", "expected a list of outlets", "not a list"),
    ("noname.json", '[{"kind": "agency"}]', "every entry needs a 'name'", "entry without a name"),
    ("kind.json", '[{"name": "X", "kind": "blog"}]', "X: kind 'blog' is not one of", "unknown kind"),
    ("aliases.json", '[{"name": "X", "aliases": "Y"}]', "X: 'aliases' and 'domains' must be lists", "aliases not a list"),
    ("country.json", '[{"name": "X", "country": "GBR"}]', "X: country 'GBR' is not a two-letter", "three-letter country"),
    ("language.json", '[{"name": "X", "language": "English"}]', "X: language 'English' is not a two-letter", "language name"),
    ("zone.json", '[{"name": "X", "timezone": "Mars/Olympus"}]', "X: timezone 'Mars/Olympus' is not an IANA zone", "unknown zone"),
    ("offset.json", '[{"name": "X", "timezone": "GMT+8"}]', "X: timezone 'GMT+8' is not an IANA zone", "offset, not a zone"),
]


@pytest.mark.parametrize("filename,content,message,why", BAD_FILES, ids=[c[3] for c in BAD_FILES])
def test_bad_registry_file_names_the_file(tmp_path, filename, content, message, why):
    if filename.endswith(".toml") and sys.version_info < (3, 11):
        pytest.skip("tomllib is Python 3.11+")
    path = tmp_path / filename
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)


def test_missing_registry_file_names_the_file(tmp_path):
    path = tmp_path / "missing.json"
    with pytest.raises(RegistryError, match=re.escape(f"{path}: No such file or directory")):
        load_registry(path)


# --- the bundled registry -----------------------------------------------------------------

def test_registry_size():
    kinds = Counter(o.kind for o in REGISTRY)
    assert len(REGISTRY) >= 150
    assert kinds["agency"] >= 25
    assert all(kinds[k] >= 20 for k in KINDS), kinds


def test_registry_entries_are_well_formed():
    bad = []
    for o in REGISTRY:
        if o.kind not in KINDS:
            bad.append((o.name, "kind", o.kind))
        if not (isinstance(o.country, str) and re.fullmatch(r"[A-Z]{2}", o.country)):
            bad.append((o.name, "country", o.country))
        if not (isinstance(o.language, str) and re.fullmatch(r"[a-z]{2}", o.language)):
            bad.append((o.name, "language", o.language))
        if o.timezone is not None:
            try:
                ZoneInfo(o.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                bad.append((o.name, "timezone", o.timezone))
        for d in o.domains:
            if not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}", d) or d.startswith("www."):
                bad.append((o.name, "domain", d))
    assert bad == []


def test_registry_names_are_unique():
    # Registry.add replaces an entry of the same (normalised) name: a duplicate would shrink the registry
    assert len(REGISTRY) == len(json.loads(BUNDLED.read_text(encoding="utf-8")))


def test_no_alias_or_domain_belongs_to_two_outlets():
    keys: dict[str, set[str]] = defaultdict(set)
    for o in REGISTRY:
        for alias in (o.name, *o.aliases):
            qualifier = " ".join(re.findall(r"\(([^()]*)\)", alias))
            keys[f"{normalize_name(alias)} ({normalize_name(qualifier)})"].add(o.name)
        for domain in o.domains:
            keys[domain].add(o.name)
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


def test_every_alias_and_domain_finds_its_own_outlet():
    wrong = []
    for o in REGISTRY:
        for printed in (o.name, *o.aliases, *o.domains):
            found = REGISTRY.lookup(printed)
            if found is not o:
                wrong.append((printed, o.name, found.name if found else None))
    assert wrong == []


def test_bundled_file_round_trips_through_outlet_dict():
    entries = json.loads(BUNDLED.read_text(encoding="utf-8"))
    assert sorted(entries, key=lambda e: e["name"].casefold()) == [outlet_dict(o) for o in REGISTRY]


# --- command line -------------------------------------------------------------------------

def test_the_bundled_index_is_current():
    written = INDEX_PATH.read_text(encoding="utf-8")
    assert written == bundled_index_text(BUNDLED.read_bytes()), \
        "outlets_index.json is not built from outlets.json as it reads now: run python tools/build_tables.py"
    data = json.loads(written)                      # valid JSON, and where each part lies is true
    assert data.pop("parts").keys() == data.keys() - {"source"}
    assert data == bundled_index_data(BUNDLED.read_bytes())


def test_the_bundled_index_gives_the_registry_that_indexing_the_entries_gives():
    read = default_registry.__wrapped__()          # uncached: from outlets_index.json
    assert read._index is not None, "the index was built here, not read"
    built = Registry(parse_entries(json.loads(BUNDLED.read_text(encoding="utf-8")), "outlets.json"))
    assert list(read._outlets.items()) == list(built._outlets.items())
    for table in ("exact", "variant", "exact_q", "variant_q", "domains", "restricted"):
        assert getattr(read._idx(), table).whole() == getattr(built._idx(), table), table


def test_a_lookup_reads_only_the_parts_of_the_index_it_needs():
    read = default_registry.__wrapped__()
    assert read.lookup("Jane Roe") is None
    index = read._idx()
    assert set(index.exact.parts) == {"j"} and set(index.variant.parts) == {"j"}
    assert index.outlets.rows is None and not index.domains.parts and not index.restricted.parts
    assert read.lookup("Reuters Ltd").name == "Reuters" and index.outlets.made.keys() == {0}
    assert read.lookup("https://www.reuters.com/world/") is read.lookup("Reuters")
    assert read.lookup("The Guardian (Nigeria)").name != "The Guardian"
    assert len(read) == len(REGISTRY) and [o.name for o in read] == [o.name for o in REGISTRY]


@pytest.mark.parametrize("damage", ["older", "not ours"])
def test_an_index_built_from_other_contents_is_not_read(tmp_path, monkeypatch, damage):
    text = INDEX_PATH.read_text(encoding="utf-8")
    text = text.replace(' "reuters": 0,', ' "reuters": 1,', 1)
    if damage == "older":
        text = text.replace(" bytes, crc32", " bytes (an older outlets.json), crc32", 1)
    else:
        text = json.dumps(json.loads(text))         # the same data, laid out otherwise
    stale = tmp_path / "outlets_index.json"
    stale.write_text(text, encoding="utf-8")
    monkeypatch.setattr(registry_module, "INDEX_PATH", stale)
    registry = default_registry.__wrapped__()
    assert registry._index is None                  # indexed on first use, from the entries
    assert registry.lookup("Reuters").name == "Reuters"


def test_cli_sources_json_round_trips_through_sources_option(tmp_path):
    runner = CliRunner()
    first = runner.invoke(cli, ["sources", "--format", "json"], catch_exceptions=False)
    assert first.exit_code == 0, first.output
    dump = tmp_path / "dump.json"
    dump.write_text(first.stdout, encoding="utf-8")
    second = runner.invoke(cli, ["sources", "--format", "json", "--sources", str(dump)], catch_exceptions=False)
    assert second.exit_code == 0, second.output
    assert second.stdout == first.stdout
    assert len(json.loads(second.stdout)) == len(REGISTRY)


def test_cli_sources_with_a_user_file(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(USER_ENTRIES), encoding="utf-8")
    result = CliRunner().invoke(cli, ["sources", "--format", "json", "--sources", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    by_name = {e["name"]: e for e in json.loads(result.stdout)}
    assert by_name["Coastal Daily Herald"] == USER_ENTRIES[0]
    assert by_name["the guardian"]["aliases"] == ["Grauniad"]
    assert "The Guardian" not in by_name


def test_cli_sources_with_a_bad_file_is_a_usage_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[{"name": "X", "kind": "blog"}]', encoding="utf-8")
    result = CliRunner().invoke(cli, ["sources", "--sources", str(path)])
    assert result.exit_code == 2, result.output
    assert f"{path}: X: kind 'blog'" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("command", ["parse", "sources"])
def test_a_sources_file_that_is_missing_or_a_folder_is_a_usage_error(tmp_path, command):
    for path, problem in ((tmp_path / "nowhere.json", "does not exist"), (tmp_path, "is a directory")):
        result = CliRunner().invoke(cli, [command, "--sources", str(path)])
        assert result.exit_code == 2, result.output
        assert f"Invalid value for '--sources': File '{path}' {problem}." in result.stderr
        assert result.stdout == ""


# the registry's index is built from every alias at the first lookup; ASCII keys take a short way
ASCII_NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .'`&-_/()",
                      max_size=30)


@given(ASCII_NAMES)
def test_an_ascii_key_has_the_variants_the_general_rule_gives(name):
    key = clean_key(name)
    assert variants(key) == all_variants(key)
    assert plain(name) == name


@given(st.text(max_size=20))
def test_any_key_has_the_variants_the_general_rule_gives(name):
    key = clean_key(name)
    assert variants(key) == all_variants(key)


def test_the_sources_option_completes_file_names_in_the_shell():
    result = subprocess.run([sys.executable, "-c", "from newsparse.cli import cli; cli(prog_name='newsparse')"],
                            env={**os.environ, "COMP_WORDS": "newsparse parse --sources ", "COMP_CWORD": "3",
                                 "_NEWSPARSE_COMPLETE": "bash_complete"},
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines() == ["file,"]


@pytest.mark.parametrize("line,source", [
    ("Harbour City Ledger, March 4, 2023", "Harbour City Ledger"),
    ("The Valley Courier-Gazette | 04.03.2023", "The Valley Courier-Gazette"),
    ("NEW HARBOUR, March 4, 2023", None),
    ("Harbour City, March 4, 2023", None),
], ids=["outlet-before-the-date", "outlet-and-a-bar", "a-dateline-place", "a-place"])
def test_the_outlet_a_date_line_names_before_its_date(line, source):
    """Clippings and files of several articles print the outlet before the date, under the
    byline; a place before the date is a dateline's."""
    from newsparse import parse
    article = parse(f"Ferry terminal reopens after storm repairs\nBy Jane Roe\n{line}\n\n"
                    "The ferry terminal reopened on Friday after six weeks of repairs to its storm-damaged "
                    "loading ramps, county officials said on Saturday.\n\nCrews replaced two steel hinges and "
                    "rebuilt a section of the concrete apron that had cracked during the gales.\n")
    assert article.source == source


def test_a_sign_in_buttons_word_that_names_an_outlet_too_is_no_masthead():
    from newsparse import parse
    article = parse("Sign in\nRegister\n\nHarbour baths stay open\n\nBy Jane Roe\n\n"
                    "The council voted on Tuesday to keep the old harbour baths open for another five summers.\n\n"
                    "Repairs to the pool walls will start in October and should be finished before the season.\n")
    assert article.source is None


_FERRY = ("Ferry fares rise for the first time in six years\n\n{credit}\nMarch 16, 2024\n\n"
          "{opening}The harbour board raised ferry fares on Saturday by ten percent, the first rise since 2018, "
          "citing the cost of fuel and of new crews.\n\nCommuters will pay the new fares from the first of April.\n\n"
          "{footer}\n")


@pytest.mark.parametrize("credit,opening,footer,source,agencies", [
    ("AFP", "HARBOUR CITY (AFP) - ", "© 2024 Ostmere Courant", "Ostmere Courant", ("AFP",)),
    ("Source: ANP", "", "© Ostmere Courant", "Ostmere Courant", ("ANP",)),
    ("AFP", "HARBOUR CITY (AFP) - ", "", "AFP", ("AFP",)),
    ("Source: ANP", "", "", "ANP", ("ANP",)),
], ids=["dateline-agency-and-copyright", "source-label-agency-and-copyright", "a-wire-story", "an-agencys-label"])
def test_the_page_that_carries_an_agencys_story_is_its_source(credit, opening, footer, source, agencies):
    """An agency's story on an outlet's page: the outlet that published it is the source,
    registered or not, and the agency is credited; an agency is the source of its own wire story."""
    from newsparse import parse
    article = parse(_FERRY.format(credit=credit, opening=opening, footer=footer))
    assert (article.source, article.agencies) == (source, agencies)


def test_a_pictures_agency_is_never_the_source():
    from newsparse import parse
    article = parse("Ferry fares rise for the first time in six years\n\n"
                    "The ferry at the pier in winter. Photo: Jane Roe/dpa\n\nBy Tom Becker\nMarch 16, 2024\n\n"
                    "The harbour board raised ferry fares on Saturday by ten percent, the first rise since 2018, "
                    "citing the cost of fuel and of new crews.\n\nCommuters will pay the new fares from the first "
                    "of April.\n")
    assert (article.source, article.agencies, article.authors) == (None, ("Deutsche Presse-Agentur",), ("Tom Becker",))


def test_a_registered_masthead_with_digits_is_the_source_over_an_agencys_copyright():
    from newsparse import parse
    article = parse("FRANCE 24\nNews | World | Sport\n\nFerry fares rise for the first time in six years\n\n"
                    "HARBOUR CITY (AFP) - The harbour board raised ferry fares on Saturday by ten percent, the first "
                    "rise since 2018, citing the cost of fuel and of new crews.\n\nCommuters will pay the new fares "
                    "from the first of April.\n\n© 2024 AFP\n")
    assert (article.source, article.agencies) == ("France 24", ("AFP",))


@pytest.mark.parametrize("caption", [
    "The old ferry at the pier on a winter morning © Tom Becker",
    "The old ferry at the pier © Ostmere Harbour Board | Jane Roe",
], ids=["a-captions-copyright-mark", "a-holder-and-its-photographer"])
def test_a_pictures_copyright_holder_is_never_the_source(caption):
    from newsparse import parse
    article = parse(f"Ferry fares rise for the first time in six years\n\n{caption}\n\nBy Tom Becker\n\n"
                    "The harbour board raised ferry fares on Saturday by ten percent, the first rise since 2018, "
                    "citing the cost of fuel and of new crews.\n\nCommuters will pay the new fares from the first "
                    "of April.\n")
    assert article.source is None


_FERRY_PAGE = ("Ferry fares rise for the first time in six years\n\nBy Tom Becker\n\n"
               "The harbour board raised ferry fares on Saturday by ten percent, the first rise since 2018, "
               "citing the cost of fuel and of new crews.\n\nCommuters will pay the new fares from the first "
               "of April.\n\n{footer}\n")


@pytest.mark.parametrize("footer, source", [
    ("Tous droits réservés - Le Phare de Kerbrat", "Le Phare de Kerbrat"),
    ("La Voce di Portoferro - Tutti i diritti riservati", "La Voce di Portoferro"),
    ("Heraldo de Bahía Chica © 2024", "Heraldo de Bahía Chica"),
    ("© Riproduzione riservata - Gazzetta di Colleferro", "Gazzetta di Colleferro"),
    ("© Kerbrat Post Ltd 2024", "Kerbrat Post"),
    ("© 2024 Kerbrat Post Media Group", "Kerbrat Post"),
    ("© 2024 Northbay Media Group", None),            # the owner of papers, none of them
    ("Tom Becker © 2024", None),                      # a writer's notice
    ("All rights reserved | Privacy | Terms", None),
])
def test_a_copyright_notice_names_its_holder_before_or_after_the_mark_or_beside_its_notice(footer, source):
    from newsparse import parse
    article = parse(_FERRY_PAGE.format(footer=footer))
    assert article.source == source
    assert footer not in article.body


@pytest.mark.parametrize("footer", [
    "© 2024 Kerbrat News & Media Limited. All rights reserved.",   # the noun is the company's
    "©All Rights Reserved Kerbrat Institute 2024",                 # an institute is no publication
    "Kerbrat.example. Grupo Kerbrat - Todos los derechos reservados",
    "Copyright © 2024 [1x1] Kerbrat Operating Company LLC",
])
def test_a_copyright_holder_that_names_no_publication_gives_no_source(footer):
    from newsparse import parse
    assert parse(_FERRY_PAGE.format(footer=footer)).source is None


@pytest.mark.parametrize("credit, source", [
    ("By Nora Lind | Kerbrat Gazette | Updated: March 10, 2024 18:22", "Kerbrat Gazette"),
    ("By Nora Lind · Kerbrat Gazette", "Kerbrat Gazette"),
    ("By Nora Lind | 12 comments", None),
    ("By Nora Lind | Share on Facebook Times", None),
])
def test_an_unregistered_outlet_beside_the_credit_lines_people_is_the_source(credit, source):
    from newsparse import parse
    article = parse(f"Ferry fares rise for the first time in six years\n\n{credit}\n\n"
                    "The harbour board raised ferry fares on Saturday by ten percent, the first rise since 2018, "
                    "citing the cost of fuel and of new crews.\n\nCommuters will pay the new fares from the first "
                    "of April.\n")
    assert article.source == source
    assert list(article.authors) == ["Nora Lind"]


@pytest.mark.parametrize("masthead, source", [
    ("Kerbrat Gazette\n\n", "Kerbrat Gazette"),    # the title line's site name printed on its own too
    ("", None),                                    # the title line alone: a guess
])
def test_the_title_lines_site_name_is_the_source_when_the_masthead_prints_it(masthead, source):
    from newsparse import parse
    article = parse("Ferry fares rise for the first time in six years | Kerbrat Gazette\n\n" + masthead +
                    "Ferry fares rise for the first time in six years\n\nBy Nora Lind\n\n"
                    "The harbour board raised ferry fares on Saturday by ten percent, the first rise since 2018, "
                    "citing the cost of fuel and of new crews.\n\nCommuters will pay the new fares from the first "
                    "of April.\n")
    assert article.title == "Ferry fares rise for the first time in six years"
    assert article.source == source


_NOTE_STORY = ("Ferry fares rise for the first time in six years\n\n"
               "The harbour board raised ferry fares on Saturday by ten percent, the first rise since 2018, "
               "citing the cost of fuel and of new crews.\n\nCommuters will pay the new fares from the first "
               "of April.\n\n")


@pytest.mark.parametrize("note, tail, source, published", [
    ("This article first appeared in the Kerbrat Gazette and is republished with permission.", "",
     "Kerbrat Gazette", None),
    ("This story was originally published by the Kerbrat Gazette.", "", "Kerbrat Gazette", None),
    ("This report by the Associated Press was first published March 3, 2024.", "\n-30-\n",
     "Associated Press", "2024-03-03"),
    # the page's own publisher printed too: it published this copy, the note's stays the original's
    ("This story was originally published by the Kerbrat Gazette.", "\n© 2024 Lakeside Ledger. All rights reserved.\n",
     "Lakeside Ledger", None),
])
def test_a_reprint_note_names_the_source_and_is_no_body(note, tail, source, published):
    from newsparse import parse
    article = parse(_NOTE_STORY + note + "\n" + tail)
    assert article.source == source
    assert (article.published.isoformat()[:10] if article.published else None) == published
    assert article.body.endswith("fares from the first of April.")


def test_a_german_reprint_note_names_the_source():
    from newsparse import parse
    article = parse("Neue Radwege für die Altstadt\n\nDie Stadt baut bis zum Sommer drei neue Radwege durch "
                    "die Altstadt, wie das Bauamt am Montag mitteilte.\n\nDer Gemeinderat hat die Pläne am "
                    "Dienstag einstimmig beschlossen.\n\nDieser Artikel erschien zuerst in der Kerbrat Zeitung.\n")
    assert article.source == "Kerbrat Zeitung"
    assert article.body.endswith("einstimmig beschlossen.")


def test_a_story_sentence_naming_a_paper_midway_is_no_note():
    from newsparse import parse
    article = parse(_NOTE_STORY.rstrip() + " The plan first appeared in the Kerbrat Gazette last year, and "
                    "critics have called it costly.\n")
    assert article.source is None
    assert article.body.endswith("critics have called it costly.")


_PAGE_BODY = ("The harbour baths at Kelby will open for the summer on Saturday, three weeks later than planned, "
              "the council said on Monday.\n\nEngineers found a crack in the outer wall in April and the repairs "
              "took longer than expected, a spokesperson said.\n")


@pytest.mark.parametrize("line,source", [
    ("The Guardian, March 3, 2024", "The Guardian"),        # a clipping's line: a known outlet before the date
    ("Harbour City Ledger, March 3, 2024", "Harbour City Ledger"),   # an outlet's noun last
    ("Sun, March 3, 2024", None),                            # a weekday, not The Sun
    ("Source: Harbour City Ledger, 3 March 2024", "Harbour City Ledger"),   # a labelled source ends at its date
])
def test_the_outlet_a_date_line_names(line, source):
    from newsparse import parse
    assert parse(f"Harbour baths stay open for the summer\n\n{line}\n\n{_PAGE_BODY}").source == source
