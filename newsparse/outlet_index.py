"""The registry's lookup tables: each key of an outlet's name, alias, variant or domain gives
the outlet's position, so the bundled index (``data/outlets_index.json``) is read as it is
stored, a part at a time.

``OutletIndex`` is built from outlets, or read from the sections of the bundled file
(``OutletIndex.from_sections``): then each table's part, the keys of one first character, is
parsed when a key of it is first asked for, and each outlet is made when a lookup first finds
it. ``match`` is one step of a lookup: the outlet a key and the place after it decide, if any.
"""
from __future__ import annotations

import json
from typing import Iterable

from .outlet_keys import country_of, split_name, variants
from .slotted import frozen


@frozen
class Outlet:
    name: str
    kind: str = "site"
    country: str | None = None
    language: str | None = None
    timezone: str | None = None
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()

    @property
    def is_agency(self) -> bool:
        return self.kind == "agency"


SHARED = -1     # in an index table: the key of several outlets, which decides none of them


def _part(key: str) -> str:
    """The part of an index table a key is kept in: its first character when that is an ASCII
    letter or digit, else "*" (every other script, about a tenth of the keys)."""
    first = key[:1]
    return first if first.isascii() and first.isalnum() else "*"


class _Parts:
    """A table of the bundled index (a dict, or a set for "restricted") read a part at a time:
    the part a key belongs to (``_part``) is parsed the first time a key of it is asked for, so
    a run that looks up a few names parses a few of the index's 250 KB, not all of it (about
    4 ms)."""

    __slots__ = ("name", "sections", "parts")

    def __init__(self, name: str, sections: dict[str, memoryview]) -> None:
        self.name, self.sections, self.parts = name, sections, {}

    def _load(self, part: str):
        table = self.parts.get(part)
        if table is None:
            raw = self.sections.get(f"{self.name} {part}")
            table = json.loads(bytes(raw)) if raw is not None else {}
            if isinstance(table, list):
                table = set(table)
            self.parts[part] = table
        return table

    def get(self, key: str, default=None):
        return self._load(_part(key)).get(key, default)

    def __contains__(self, key: str) -> bool:
        return key in self._load(_part(key))

    def whole(self) -> dict | set:
        """Every part, parsed (for tests)."""
        prefix = self.name + " "
        parts = [self._load(n[len(prefix):]) for n in self.sections if n.startswith(prefix)]
        if self.name == "restricted":
            return set().union(*parts)
        return {k: v for part in parts for k, v in part.items()}


class _Rows:
    """The bundled outlets in index order, each made the first time a lookup finds it."""

    __slots__ = ("raw", "rows", "made")

    def __init__(self, raw: memoryview) -> None:
        self.raw, self.rows, self.made = raw, None, {}

    def _row(self, at: int) -> list:
        if self.rows is None:
            self.rows = json.loads(bytes(self.raw))
        return self.rows[at]

    def __getitem__(self, at: int) -> Outlet:
        outlet = self.made.get(at)
        if outlet is None:
            _, name, kind, country, language, zone, aliases, domains = self._row(at)
            outlet = self.made[at] = Outlet(name, kind, country, language, zone, tuple(aliases), tuple(domains))
        return outlet

    def by_key(self) -> dict[str, Outlet]:
        """Every outlet by its registry key, in order (the registry's own ``_outlets``)."""
        self._row(0)
        return {row[0]: self[at] for at, row in enumerate(self.rows)}


class OutletIndex:
    """Dict lookups built from the outlets, in order: each key gives the position of its outlet
    in ``outlets`` (``SHARED`` for a variant several outlets have), so the bundled index is
    read as it is stored; a later outlet wins a contested exact key."""

    _TABLES = ("exact", "variant", "exact_q", "variant_q", "domains")

    def __init__(self, outlets: Iterable[Outlet]):
        self.outlets: list[Outlet] = list(outlets)
        self.exact: dict[str, int] = {}
        self.variant: dict[str, int] = {}
        self.exact_q: dict[str, int] = {}
        self.variant_q: dict[str, int] = {}
        self.restricted: set[str] = set()       # plain keys that some entry qualifies with a place
        self.domains: dict[str, int] = {}
        for at, outlet in enumerate(self.outlets):
            for alias in (outlet.name, *outlet.aliases):
                base, qualifier = split_name(alias)
                if not base:
                    continue
                if qualifier:
                    self._put(self.exact_q, self.variant_q, f"{base} {qualifier}", at)
                    self.restricted.update(variants(base))
                else:
                    self._put(self.exact, self.variant, base, at)
            for domain in outlet.domains:
                self.domains[domain.lower()] = at

    @classmethod
    def from_sections(cls, sections: dict[str, memoryview]) -> OutletIndex:
        """The index ``to_data`` wrote, from the sections of the bundled index (``registry._sections``),
        each parsed when a key of its part is first looked up."""
        index = cls(())
        index.outlets = _Rows(sections["outlets"])
        for name in cls._TABLES + ("restricted",):
            setattr(index, name, _Parts(name, sections))
        return index

    def to_data(self) -> dict:
        """The tables as JSON data, each cut into parts by the first character of the keys
        (``_part``): a table's part is named "TABLE X", the keys are in the order they were
        put in, and "restricted" is a list of its part's keys, sorted."""
        data: dict = {}
        for name in self._TABLES + ("restricted",):
            table = getattr(self, name)
            keys = sorted(table) if name == "restricted" else table
            parts: dict[str, list[str]] = {}
            for key in keys:
                parts.setdefault(_part(key), []).append(key)
            for part in sorted(parts):
                data[f"{name} {part}"] = (parts[part] if name == "restricted"
                                          else {k: table[k] for k in parts[part]})
        return data

    @staticmethod
    def _put(exact: dict, variant: dict, key: str, at: int) -> None:
        exact[key] = at
        for v in variants(key):
            old = variant.get(v)
            variant[v] = at if old is None or old == at else SHARED

    def _find(self, exact: dict, variant: dict, key: str) -> Outlet | None:
        at = exact.get(key)
        if at is None:
            for v in variants(key):
                at = variant.get(v)
                if at is not None:
                    break
            else:
                return None
        return None if at == SHARED else self.outlets[at]

    def domain(self, host: str) -> Outlet | None:
        at = self.domains.get(host)
        return None if at is None else self.outlets[at]

    def find(self, key: str) -> Outlet | None:
        return self._find(self.exact, self.variant, key)

    def match(self, base: str, qualifier: str) -> tuple[bool, Outlet | None]:
        """(decided, outlet): decided is False when nothing is known under ``base``."""
        if qualifier:
            hit = self._find(self.exact_q, self.variant_q, f"{base} {qualifier}")
            if hit is not None:
                return True, hit
        hit = self.find(base)
        if hit is None:
            return False, None
        if not qualifier:
            return True, hit
        country = country_of(qualifier)
        if country is not None:
            return True, hit if hit.country == country else None
        if any(v in self.restricted for v in variants(base)):
            return True, None         # the plain name is shared: an undeclared place decides nothing
        return True, hit
