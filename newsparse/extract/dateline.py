"""The dateline's field: its place, its day (read against the published date when it prints
no year), its agency and the reporters it names."""
from __future__ import annotations

from ..date_values import DateContext, FoundDate
from ..model import Dateline, Evidence
from ..registry import Registry, tidy_name
from .fields import Fields
from .when import dateline_day


def read_dateline(out: Fields, dl, line, cut: int, ctx: DateContext, registry: Registry,
              found: list[FoundDate] | None) -> Evidence | None:
    """Read the dateline into its field (``found``: the dates of its date text); returns the
    reporters it names ("（记者王敏）")."""
    raw = dl.raw(line.raw[cut:])
    agency = None
    if dl.agency:
        o = registry.lookup(dl.agency)
        agency = o.name if o else tidy_name(dl.agency)
        if o is None or o.is_agency:
            out.add_agency(agency)
    day = dateline_day(dl.date_text, ctx, found=found)[0] if dl.date_text else None   # its warning after the dates
    out.dateline = Dateline(dl.location, day.isoformat() if day else None, agency, raw)
    rest = line.raw[cut:]
    start = line.start + cut + (len(rest) - len(rest.lstrip()))
    out.note("dateline", raw, start, start + len(raw))
    if dl.credit:
        at = line.raw.find(dl.credit, cut)
        return Evidence(dl.credit, line.start + at, line.start + at + len(dl.credit))
    return None


def dateline_year(out: Fields, text: str, ctx: DateContext, found: list[FoundDate]) -> None:
    """The dateline's day when its date has no year and no reference date was given: read
    against the record's published date, which is known only after the dates are read
    (``found``: the dates of ``text``, as ``read_dateline`` read them)."""
    day, warning = dateline_day(text, ctx, out.published, found)
    if day is not None:
        d = out.dateline
        out.dateline = Dateline(d.location, day.isoformat(), d.agency, d.raw)
    if warning:
        out.warnings.append(warning)


# --- dates --------------------------------------------------------------------------------
