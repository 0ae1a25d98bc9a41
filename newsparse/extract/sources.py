"""The outlet registry: canonical names of publications and agencies, kept as data.

The bundled registry is ``newsparse/data/outlets.json``: a list of entries with ``name``,
``aliases`` (any language or script), ``domains``, ``kind`` (agency, newspaper, broadcaster,
magazine, site), ``country`` (ISO 3166), ``language`` (ISO 639-1) and ``timezone`` (IANA, the
zone the outlet prints its times in). Users extend or override it with a JSON or TOML file of
the same shape (``--sources FILE``): an entry whose name is already known replaces it.

Lookup is by normalised alias ("The Guardian (London)" -> "guardian") or by web domain
("www.guardian.co.uk" -> "guardian.co.uk"). An unknown name is kept as printed, tidied.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import RegistryError

KINDS = frozenset({"agency", "newspaper", "broadcaster", "magazine", "site"})
_PARENS = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[\W_]+")
_DOMAIN = re.compile(r"(?:https?://)?(?:www\d?\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})", re.I)
_TIDY_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
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


def normalize_name(name: str) -> str:
    """The lookup key of a printed outlet name: case, punctuation, "The" and "(place)" ignored."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = _PARENS.sub(" ", s)
    s = _NON_WORD.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


class Registry:
    """Outlets by normalised alias and by domain."""

    def __init__(self, outlets: Iterable[Outlet] = ()):
        self._outlets: dict[str, Outlet] = {}
        self._by_alias: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        for outlet in outlets:
            self.add(outlet)

    def add(self, outlet: Outlet) -> None:
        old = self._outlets.get(outlet.name)
        if old is not None:
            for alias in (old.name, *old.aliases):
                if self._by_alias.get(normalize_name(alias)) is old:
                    del self._by_alias[normalize_name(alias)]
            for domain in old.domains:
                if self._by_domain.get(domain) is old:
                    del self._by_domain[domain]
        self._outlets[outlet.name] = outlet
        for alias in (outlet.name, *outlet.aliases):
            key = normalize_name(alias)
            if key:
                self._by_alias[key] = outlet
        for domain in outlet.domains:
            self._by_domain[domain.lower()] = outlet

    def __iter__(self) -> Iterator[Outlet]:
        return iter(sorted(self._outlets.values(), key=lambda o: o.name.casefold()))

    def __len__(self) -> int:
        return len(self._outlets)

    def lookup(self, name: str) -> Outlet | None:
        """The outlet a printed name or web address stands for, or None."""
        if not name:
            return None
        outlet = self._by_alias.get(normalize_name(name))
        if outlet is not None:
            return outlet
        m = _DOMAIN.fullmatch(name.strip().lower().rstrip("/"))
        if m:
            return self.by_domain(m[1])
        return None

    def by_domain(self, domain: str) -> Outlet | None:
        parts = domain.lower().split(".")
        for i in range(len(parts) - 1):
            outlet = self._by_domain.get(".".join(parts[i:]))
            if outlet is not None:
                return outlet
        return None

    def canonical(self, name: str) -> str:
        """The canonical name of ``name``, or ``name`` tidied when it is not in the registry."""
        outlet = self.lookup(name)
        return outlet.name if outlet else tidy_name(name)


def tidy_name(name: str) -> str:
    return _TIDY_SPACE.sub(" ", name).strip(" \t,;:.-–—|/")


def _outlet(entry: dict, where: str) -> Outlet:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise RegistryError(f"{where}: every entry needs a 'name'")
    kind = entry.get("kind", "site")
    if kind not in KINDS:
        raise RegistryError(f"{where}: {entry['name']}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    aliases = entry.get("aliases", [])
    domains = entry.get("domains", [])
    if not isinstance(aliases, list) or not isinstance(domains, list):
        raise RegistryError(f"{where}: {entry['name']}: 'aliases' and 'domains' must be lists")
    return Outlet(name=entry["name"].strip(), kind=kind, country=entry.get("country"),
                  language=entry.get("language"), timezone=entry.get("timezone"),
                  aliases=tuple(aliases), domains=tuple(d.lower() for d in domains))


def outlet_dict(o: Outlet) -> dict:
    """An outlet as a registry entry (the shape ``--sources`` files use)."""
    return {"name": o.name, "kind": o.kind, "country": o.country, "language": o.language,
            "timezone": o.timezone, "aliases": list(o.aliases), "domains": list(o.domains)}


def parse_entries(data: object, where: str) -> list[Outlet]:
    if isinstance(data, dict):
        data = data.get("outlets", data.get("sources"))
    if not isinstance(data, list):
        raise RegistryError(f"{where}: expected a list of outlets (or a table with 'outlets')")
    return [_outlet(e, where) for e in data]


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    text = resources.files("newsparse").joinpath("data/outlets.json").read_text(encoding="utf-8")
    return Registry(parse_entries(json.loads(text), "outlets.json"))


def load_registry(path: str | Path, base: Registry | None = None) -> Registry:
    """The bundled registry (or ``base``) extended and overridden by a JSON or TOML file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegistryError(f"{path}: {exc.strerror or exc}") from None
    try:
        if path.suffix.lower() == ".toml":
            data = _load_toml(raw, path)
        else:
            data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: not valid {'TOML' if path.suffix.lower() == '.toml' else 'JSON'}: {exc}") from None
    registry = Registry(base or default_registry())
    for outlet in parse_entries(data, str(path)):
        registry.add(outlet)
    return registry


def _load_toml(raw: bytes, path: Path) -> object:
    try:
        import tomllib
    except ModuleNotFoundError:      # Python 3.10
        raise RegistryError(f"{path}: reading TOML needs Python 3.11 or newer; use JSON") from None
    return tomllib.loads(raw.decode("utf-8"))
