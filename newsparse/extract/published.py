"""The publication and update dates: from the date lines the model chose, the labels and the
wire's stamps by tier (``when.page_dates``), else a dateline opening the first paragraph or a
note after the article; a transcript's show line gives the day its time."""
from __future__ import annotations

from datetime import date

from ..date_values import DateContext, FoundDate
from ..dates import find_dates
from ..features import Table
from ..model import Evidence, Field, ParseOptions, PubDate, Record
from ..segment import Segmentation
from .fields import Fields, first_field
from .when import page_dates, paragraph_dateline, publication_note, send_stamps, stamp_time, without_end_matter


def read_dates(out: Fields, table: Table, seg: Segmentation, labelled: list[Field], ctx: DateContext,
           options: ParseOptions, marked: bool) -> None:
    dateline = None
    if out.dateline is not None and out.dateline.date:
        ev = out.evidence["dateline"]
        dateline = FoundDate(ev.start, ev.end, ev.raw, PubDate(date.fromisoformat(out.dateline.date)))
    stamps = () if marked else send_stamps(table, seg.keep, ctx)
    header = (seg.title[0], seg.body[0]) if seg.title is not None else None
    own = list(seg.dates) if marked else without_end_matter(table, list(seg.dates), seg.keep)
    published, updated = page_dates(None if marked else table, own, labelled, ctx, dateline,
                                    seg.credits, stamps, header, seg.keep)
    out.published = _pick(out, published, options.reference_date, "published")
    if out.published is None and not marked:
        opening = paragraph_dateline(table, seg.keep, ctx)
        out.published = _pick(out, [opening], options.reference_date, "published") if opening else None
    if out.published is None and not marked:
        note = publication_note(table, seg.keep, ctx)
        out.published = _pick(out, [note], options.reference_date, "published") if note else None
    if out.published is not None and out.published.precision == "day":
        _broadcast_time(out, labelled, ctx)
    timed = stamp_time(out.published, stamps) if out.published is not None else None
    if timed is not None and (options.reference_date is None or timed.value.day <= options.reference_date):
        out.published = timed.value       # the wire's stamp of the day chosen gives it its time
        out.note("published_time", timed.raw, timed.start, timed.end)
    out.updated = _pick(out, updated, options.reference_date, "updated")
    if out.published is None and out.updated is not None:
        out.published = out.updated
        out.note("published", *_span(out.evidence["updated"]))
        out.warnings.append("no publication date printed; the update stamp stands in for it")
    if out.published and out.updated and out.updated.is_before(out.published):
        out.warnings.append(f"updated {out.updated.isoformat()} is before published {out.published.isoformat()}; dropped")
        out.updated = None
        out.evidence.pop("updated", None)


def _span(ev: Evidence) -> tuple[str, int, int]:
    return ev.raw, ev.start, ev.end


def _broadcast_time(out: Fields, labelled: list[Field], ctx: DateContext) -> None:
    """A transcript's day takes the time its show line prints ("SHOW: HARBOUR WEEK 7:00
    PM EST"): the broadcast is the publication."""
    show = first_field(labelled, "show")
    if show is None or not any(c.isdigit() for c in show.value):
        return
    day = out.published.value
    time = next((t for t in find_dates(show.value, ctx) if t.value is None and t.warning is None), None)
    if time is None:
        return                            # no time alone on the show line
    for f in find_dates(f"{day.isoformat()} {time.raw}", ctx):
        if f.value is not None and f.value.precision != "day" and f.value.value.date() == day:
            out.published = f.value
            start = show.start + show.value.find(time.raw)
            out.note("published_time", time.raw, start, start + len(time.raw))
            return


def _pick(out: Fields, found: list[FoundDate], reference: date | None, key: str) -> PubDate | None:
    """The first candidate that reads as a plausible date; warnings only when none does.

    A published date after the user's reference date cannot be right and is skipped (an
    export's request date only completes dates: concatenated exports hold later records)."""
    doubts = []
    for d in found:
        if d.value is None:
            if d.warning:
                doubts.append(d.warning)
            continue
        if reference and key == "published" and d.value.day > reference:
            doubts.append(f"{key} date {d.raw!r} is after the reference date; skipped")
            continue
        out.note(key, d.raw, d.start, d.end)
        if d.warning:
            out.warnings.append(d.warning)   # a weekday that does not match, a stand-in
        return d.value
    out.warnings.extend(dict.fromkeys(doubts))
    return None


def stated_reference(record: Record) -> date | None:
    ref = record.extra.get("request_date")
    if ref:
        try:
            return date.fromisoformat(ref[:10])
        except ValueError:
            return None
    return None
