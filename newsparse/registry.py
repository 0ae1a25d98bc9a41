"""The outlet registry: canonical names of publications and agencies, kept as data.

The bundled registry is ``newsparse/data/outlets.json``: a list of entries with ``name``,
``aliases`` (any language or script), ``domains``, ``kind`` (agency, newspaper, broadcaster,
magazine, site), ``country`` (ISO 3166), ``language`` (ISO 639-1) and ``timezone`` (IANA, the
zone the outlet prints its times in). Users extend or override it with a JSON or TOML file of
the same shape (``--sources FILE``): an entry whose name is already known (ignoring case,
punctuation and a leading "The") replaces it; a later entry wins a contested alias.

Lookup never guesses. A printed name is reduced to a key by ``normalize_name`` and found by:

1. the key, exactly ("THE GUARDIAN" -> "guardian");
2. spelling variants of the key: umlauts written out or dropped ("Sueddeutsche", "Suddeutsche"),
   accents dropped, spaces dropped ("Aljazeera"); a variant shared by two outlets finds neither;
3. a web address or domain, or a parent domain ("https://www.reuters.com/world/..." ->
   "reuters.com");
4. the key less a company's legal form ("Frankfurter Allgemeine Zeitung GmbH", "Reuters Ltd");
5. the key less one trailing edition or delivery word ("Daily Mail Online", "Guardian.com",
   "The Times - Final Edition"); a wire word ("Kyodo News Service") only for an agency;
6. an agency's name before a staff credit ("Associated Press Writer", "AP Sports Writer").

A place in parentheses or square brackets ("The Times (London)") is part of the key when an entry
declares it: the outlets whose plain names collide ("The Star (Malaysia)", "The Star (Kenya)") are
told apart by it. An undeclared place is accepted only when nothing else claims the plain name, and a country
named there must be the outlet's own ("The Guardian (Nigeria)" is not the London paper).
An unknown name finds nothing (``None``); ``canonical`` then keeps it as printed, tidied.

``outlet_keys.py`` makes the keys and their variants; ``outlet_index.py`` holds the outlets and
the tables a key is looked up in.
"""
from __future__ import annotations

import json
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .errors import RegistryError
from .lazyre import lazy
from .outlet_index import Outlet, OutletIndex
from .outlet_keys import host_of, split_name

OUTLETS_PATH = Path(__file__).with_name("data") / "outlets.json"
# the registry read and indexed ahead (tools/build_tables.py): a run reads this instead
INDEX_PATH = OUTLETS_PATH.with_name("outlets_index.json")
KINDS = frozenset({"agency", "newspaper", "broadcaster", "magazine", "site"})

_TIDY_SPACE = lazy(r"\s+")
_COUNTRY = lazy(r"[A-Z]{2}")
_LANGUAGE = lazy(r"[a-z]{2}")

# Trailing words that name an edition or a delivery form of the same outlet, longest first.
# True: only an agency is found this way ("Kyodo News Service"; not "The Times-News").
_SUFFIXES: tuple[tuple[str, bool], ...] = tuple(sorted((
    ("online edition", False), ("web edition", False), ("internet edition", False),
    ("digital edition", False), ("electronic edition", False), ("print edition", False),
    ("final edition", False), ("late edition", False), ("early edition", False),
    ("first edition", False), ("daily edition", False), ("national edition", False),
    ("online", False), ("website", False), ("web site", False), ("com", False), ("co uk", False),
    ("e paper", False), ("epaper", False), ("newspaper", False), ("magazine", False), ("magazin", False),
    ("news", True), ("news service", True), ("general news service", True), ("newswire", True),
    ("news wire", True), ("newsfeed", True), ("news feed", True), ("wire", True),
    ("wire service", True), ("news agency", True),
), key=lambda s: -len(s[0])))

# Legal forms after a publisher's name: "Frankfurter Allgemeine Zeitung GmbH", "TIME USA, LLC".
# Not "Company" or "& Co.": "Dow Jones & Company" publishes more than the Dow Jones wire.
_LEGAL_FORMS = ("and co kg", "co kg", "gmbh", "ag", "se", "kg", "inc", "ltd", "limited", "llc", "lp", "plc", "bv",
                "nv", "sa", "srl", "spa", "pty", "corp", "corporation", "oy", "ab")
_LEGAL_FORM = lazy(r"(?: (?:" + "|".join(_LEGAL_FORMS) + r"))+$")
# a key ends in one of these when _LEGAL_FORM finds anything in it (keys hold no line break,
# so "$" is the end): most names need no pattern
_LEGAL_ENDS = tuple(" " + form for form in _LEGAL_FORMS)

# A staff credit after an agency's name: "Associated Press Writer", "AP Sports Writer", "Reuters Staff".
_ROLE_WORDS = frozenset({"staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
                         "photographer", "photographers", "photo", "photos", "editor", "editors"})
_BEAT_WORDS = frozenset({"staff", "business", "economics", "economic", "financial", "markets", "sports", "sport",
                         "science", "medical", "health", "political", "politics", "diplomatic", "legal", "chief",
                         "senior", "special", "national", "foreign", "international", "technology", "energy",
                         "entertainment", "arts", "religion", "education", "environmental", "military", "news"})


_MISSING = object()
LOOKUP_CACHE = 4096        # printed names whose lookup is remembered (credits and sources repeat)


class Registry:
    """Outlets by normalised alias and by domain."""

    def __init__(self, outlets: Iterable[Outlet] = ()):
        self._by_key: dict[str, Outlet] | None = {}
        self._index: OutletIndex | None = None
        self._found: dict[tuple[str, bool], Outlet | None] = {}   # names already looked up
        source = outlets._outlets.values() if isinstance(outlets, Registry) else outlets
        for outlet in source:
            self.add(outlet)

    @property
    def _outlets(self) -> dict[str, Outlet]:
        """The outlets by key, in the order they were added; the bundled registry's are made
        from its index the first time they are all needed (a lookup makes only those it finds)."""
        if self._by_key is None:
            self._by_key = self._index.outlets.by_key()
        return self._by_key

    def add(self, outlet: Outlet) -> None:
        """Add ``outlet``; one with the same name (as ``normalize_name`` reads it) is replaced."""
        key = " ".join(part for part in split_name(outlet.name) if part) or outlet.name
        self._outlets.pop(key, None)          # re-inserted last: it wins contested aliases
        self._outlets[key] = outlet
        self._index = None
        self._found.clear()

    def __iter__(self) -> Iterator[Outlet]:
        return iter(sorted(self._outlets.values(), key=lambda o: o.name.casefold()))

    def __len__(self) -> int:
        return len(self._outlets)

    def _idx(self) -> OutletIndex:
        index = self._index
        if index is None:
            index = self._index = OutletIndex(self._outlets.values())
        return index

    def lookup(self, name: str, exact: bool = False) -> Outlet | None:
        """The outlet a printed name or web address stands for, or None.

        ``exact``: only a registered name or alias (and its spelling variants) counts; no
        domain, legal form, edition word or staff credit is stripped to find one.
        """
        if not isinstance(name, str) or not name.strip():
            return None
        found = self._found.get((name, exact), _MISSING)
        if found is _MISSING:
            if len(self._found) >= LOOKUP_CACHE:
                self._found.clear()           # bounded: a long batch never grows it without end
            found = self._found[name, exact] = self._lookup(name, exact)
        return found                          # type: ignore[return-value]

    def _lookup(self, name: str, exact: bool) -> Outlet | None:
        index = self._idx()
        base, qualifier = split_name(name)
        if not base:
            return None
        decided, hit = index.match(base, qualifier)
        if decided or exact:
            return hit
        host = host_of(name)
        if host is not None:
            hit = self.by_domain(host)
            if hit is not None:
                return hit
        bases = [base]
        company = _LEGAL_FORM.sub("", base) if base.endswith(_LEGAL_ENDS) else base
        if company and company != base:
            decided, hit = index.match(company, qualifier)
            if decided:
                return hit
            bases.append(company)
        for key in bases:
            for suffix, agency_only in _SUFFIXES:
                if key.endswith(" " + suffix):
                    decided, hit = index.match(key[:-len(suffix) - 1], qualifier)
                    if decided:
                        return hit if hit is None or hit.is_agency or not agency_only else None
        words = base.split()
        if len(words) > 1 and words[-1] in _ROLE_WORDS:
            words.pop()
            while words:
                decided, hit = index.match(" ".join(words), qualifier)
                if decided:
                    return hit if hit is not None and hit.is_agency else None
                if words[-1] not in _BEAT_WORDS:
                    break
                words.pop()
        return None

    def by_domain(self, domain: str) -> Outlet | None:
        """The outlet of a web domain or of its nearest registered parent domain."""
        host = host_of(domain) or domain.strip().lower()
        index = self._idx()
        parts = host.split(".")
        for i in range(len(parts) - 1):
            outlet = index.domain(".".join(parts[i:]))
            if outlet is not None:
                return outlet
        return None

    def canonical(self, name: str) -> str:
        """The canonical name of ``name``, or ``name`` tidied when it is not in the registry."""
        outlet = self.lookup(name)
        return outlet.name if outlet else tidy_name(name)


def tidy_name(name: str) -> str:
    return _TIDY_SPACE.sub(" ", name).strip(" \t,;:.-–—|/")


def _zone_exists(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError     # only a --sources file's zones are checked
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _outlet(entry: object, where: str, check_zones: bool) -> Outlet:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise RegistryError(f"{where}: every entry needs a 'name'")
    name = entry["name"].strip()
    kind = entry.get("kind", "site")
    if kind not in KINDS:
        raise RegistryError(f"{where}: {name}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    aliases = entry.get("aliases", [])
    domains = entry.get("domains", [])
    if not isinstance(aliases, list) or not isinstance(domains, list) \
            or not all(isinstance(a, str) for a in aliases + domains):
        raise RegistryError(f"{where}: {name}: 'aliases' and 'domains' must be lists of strings")
    country, language, zone = entry.get("country"), entry.get("language"), entry.get("timezone")
    if country is not None and not (isinstance(country, str) and _COUNTRY.fullmatch(country)):
        raise RegistryError(f"{where}: {name}: country {country!r} is not a two-letter ISO 3166 code such as 'GB'")
    if language is not None and not (isinstance(language, str) and _LANGUAGE.fullmatch(language)):
        raise RegistryError(f"{where}: {name}: language {language!r} is not a two-letter ISO 639-1 code such as 'en'")
    if zone is not None and not (isinstance(zone, str) and (not check_zones or _zone_exists(zone))):
        raise RegistryError(f"{where}: {name}: timezone {zone!r} is not an IANA zone such as 'Europe/London'"
                            " (use null when the outlet prints many zones)")
    return Outlet(name=name, kind=kind, country=country, language=language, timezone=zone,
                  aliases=tuple(aliases), domains=tuple(d.strip().lower() for d in domains))


def outlet_dict(o: Outlet) -> dict:
    """An outlet as a registry entry (the shape ``--sources`` files use)."""
    return {"name": o.name, "kind": o.kind, "country": o.country, "language": o.language,
            "timezone": o.timezone, "aliases": list(o.aliases), "domains": list(o.domains)}


def parse_entries(data: object, where: str, check_zones: bool = True) -> list[Outlet]:
    if isinstance(data, dict):
        data = data.get("outlets", data.get("sources"))
    if not isinstance(data, list):
        raise RegistryError(f"{where}: expected a list of outlets (or a table with 'outlets')")
    return [_outlet(e, where, check_zones) for e in data]


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    raw = OUTLETS_PATH.read_bytes()
    try:
        sections = _sections(INDEX_PATH.read_bytes())
        fresh = json.loads(bytes(sections["source"])) == _fingerprint(raw)
    except (OSError, ValueError, KeyError):
        fresh = False
    if fresh:
        return _registry_from_sections(sections)
    # no index built from outlets.json as it reads now: read and index it here
    return Registry(parse_entries(json.loads(raw.decode("utf-8")), "outlets.json", check_zones=False))


def bundled_index_data(raw: bytes) -> dict:
    """What ``INDEX_PATH`` holds for an outlets.json of the bytes ``raw``: the registry's outlets
    in order, each with its key, and its lookup tables in parts, which refer to outlets by
    position (``bundled_index_text`` writes it, with where each entry lies)."""
    registry = Registry(parse_entries(json.loads(raw.decode("utf-8")), "outlets.json", check_zones=False))
    outlets = [[key, o.name, o.kind, o.country, o.language, o.timezone, list(o.aliases), list(o.domains)]
               for key, o in registry._outlets.items()]
    return {"source": _fingerprint(raw), "outlets": outlets,
            **registry._idx().to_data()}


def bundled_index_text(raw: bytes) -> str:
    """The text of ``INDEX_PATH``: ``bundled_index_data`` as JSON with one key, or one item, of
    each table on its own line (an edit of outlets.json shows in review as the lines of the keys
    it changed), "source" on the second line and on the third "parts": where the value of every
    other entry lies, in bytes from the start of the fourth line, so a run parses only the parts
    it needs (``_sections``)."""
    dump = lambda value: json.dumps(value, ensure_ascii=False)    # noqa: E731
    data = bundled_index_data(raw)
    entries, parts, at = [], {}, 0
    for name, value in data.items():
        if name == "source":
            continue
        if isinstance(value, dict):
            text = "{\n" + ",\n".join(f" {dump(k)}: {dump(v)}" for k, v in value.items()) + "\n }"
        else:
            text = "[\n" + ",\n".join(f" {dump(v)}" for v in value) + "\n ]"
        head = f"{dump(name)}: "
        start = at + len(head.encode())
        parts[name] = [start, start + len(text.encode())]
        entries.append(head + text)
        at += len(entries[-1].encode()) + 2          # and ",\n"
    return (f'{{\n"source": {dump(data["source"])},\n"parts": {json.dumps(parts)},\n'
            + ",\n".join(entries) + "\n}\n")


def _sections(data: bytes) -> dict[str, memoryview]:
    """The entries of the index file (``bundled_index_text``), each value's JSON text unparsed
    and uncopied (a view of ``data``): a part is copied and parsed when it is first needed."""
    second = data.find(b"\n") + 1
    third = data.find(b"\n", second) + 1
    body = data.find(b"\n", third) + 1
    opening, source, parts = data[:second - 1], data[second:third - 1], data[third:body - 1]
    if (opening != b"{" or not source.startswith(b'"source": ') or not source.endswith(b",")
            or not parts.startswith(b'"parts": ')):
        raise ValueError("not an outlet index")
    view = memoryview(data)
    sections = {name: view[body + start:body + end]
                for name, (start, end) in json.loads(parts[9:].rstrip(b",")).items()}
    sections["source"] = view[second + 10:third - 2]
    return sections


def _registry_from_sections(sections: dict[str, memoryview]) -> Registry:
    registry = Registry()
    registry._by_key = None                   # made from the index when first needed
    registry._index = OutletIndex.from_sections(sections)
    return registry


def _fingerprint(raw: bytes) -> str:
    return f"{len(raw)} bytes, crc32 {zlib.crc32(raw):08x}"


def load_registry(path: str | Path, base: Registry | None = None) -> Registry:
    """The bundled registry (or ``base``) extended and overridden by a JSON or TOML file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegistryError(f"{path}: {exc.strerror or exc}") from None
    toml = path.suffix.lower() == ".toml"
    try:
        data = _load_toml(raw, path) if toml else json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: not valid {'TOML' if toml else 'JSON'}: {exc}") from None
    registry = Registry(base if base is not None else default_registry())
    for outlet in parse_entries(data, str(path)):
        registry.add(outlet)
    return registry


def _load_toml(raw: bytes, path: Path) -> object:
    try:
        import tomllib
    except ModuleNotFoundError:      # Python 3.10
        raise RegistryError(f"{path}: reading TOML needs Python 3.11 or newer; use JSON") from None
    return tomllib.loads(raw.decode("utf-8-sig"))
