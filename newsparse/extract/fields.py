"""The fields of one record as the readers fill them in, with the evidence of each."""
from __future__ import annotations

from ..model import Dateline, Evidence, Field, Person, PubDate
from ..slotted import factory, mutable


@mutable
class Fields:
    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    breadcrumb: list[str] = factory(list)
    source: str | None = None
    agencies: list[str] = factory(list)
    published: PubDate | None = None
    updated: PubDate | None = None
    authors: list[str] = factory(list)
    editors: list[str] = factory(list)
    contributors: list[Person] = factory(list)
    dateline: Dateline | None = None
    language: str | None = None
    body: str = ""
    evidence: dict[str, Evidence] = factory(dict)
    extra: dict[str, str] = factory(dict)
    warnings: list[str] = factory(list)

    def note(self, key: str, raw: str, start: int, end: int) -> None:
        self.evidence.setdefault(key, Evidence(raw, start, end))

    def add_agency(self, name: str) -> None:
        if name not in self.agencies:
            self.agencies.append(name)


def first_field(labelled: list[Field], key: str) -> Field | None:
    """The first of the labelled fields with ``key``, or None."""
    return next((f for f in labelled if f.key == key), None)


# --- title and language ---------------------------------------------------------------------
