"""The referral directory's dates: how old each contact point is, which are due for a check,
and the machine-readable form of an offer.

Pure: no I/O, no clock (today is passed in). An offer has no date of its own beyond what
its contact points carry, so no offer can look newer than the data that reaches it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, NamedTuple

from samtale.dates import months_later, start_of
from samtale.guide.models import ContactPoint, Resource, Source, SourceRef

DEFAULT_STALE_MONTHS = 24
# A contact point this many years old is shown with a warning to check it first (the
# resources list, the note and the card alike), not only with its date.
OLD_AFTER_YEARS = 2
# The note and the card, which have no colour, warn in words only from this age on: a
# number this old (2009, 2015) may reach no one, and a route may be the better way in.
DOUBTFUL_AFTER_YEARS = 10


def newest_as_of(resource: Resource) -> str | None:
    """The newest `as_of` among the offer's contact points; None if none is dated."""
    dated = [point.as_of for point in resource.contact if point.as_of]
    return max(dated, key=start_of) if dated else None


# Among points of the same date, the one a professional can use at once comes first.
_HANDY = ("phone", "email", "web", "address")


def current_point(resource: Resource) -> ContactPoint | None:
    """The offer's newest dated contact point (a phone before an e-mail, a web address or
    a street address of the same date); None if none is dated."""
    dated = [point for point in resource.contact if point.as_of]

    def rank(point: ContactPoint) -> tuple[date, int]:
        kind = point.kind.value
        return start_of(point.as_of or ""), -(_HANDY.index(kind) if kind in _HANDY else 9)

    return max(dated, key=rank) if dated else None


def handy_points(resource: Resource, today: date) -> tuple[ContactPoint, ...]:
    """The points worth a place where room is short (the card): those younger than
    `DOUBTFUL_AFTER_YEARS`, undated ones among them, when the offer has any; else all."""
    from samtale.dates import years_since

    recent = tuple(
        point
        for point in resource.contact
        if point.as_of is None or years_since(point.as_of, today) < DOUBTFUL_AFTER_YEARS
    )
    return recent or resource.contact


def reachable_directly(resource: Resource, today: date) -> bool:
    """Whether the offer has a contact point of its own younger than
    `DOUBTFUL_AFTER_YEARS` (an undated one counts): the card gives that, and leaves its
    route (`reach_via`) to the note, where room is not short."""
    from samtale.dates import years_since

    return any(
        point.as_of is None or years_since(point.as_of, today) < DOUBTFUL_AFTER_YEARS
        for point in resource.contact
    )


class Reach(NamedTuple):
    """The way to an offer through another one: that offer and its newest dated point."""

    via: Resource
    point: ContactPoint
    note: str


def route(resource: Resource, resources: Iterable[Resource]) -> Reach | None:
    """Where `reach_via` leads, with the contact point to use there; None without a route
    (or when the route leads nowhere dated, which `data check` refuses for bundled data)."""
    if resource.reach_via is None:
        return None
    target = next((r for r in resources if r.id == resource.reach_via.resource), None)
    point = current_point(target) if target is not None else None
    if target is None or point is None:
        return None
    return Reach(target, point, resource.reach_via.note)


def is_stale(as_of: str | None, today: date, months: int) -> bool:
    """Undated, or older than `months` months on `today` (a month counts from its first)."""
    return as_of is None or months_later(start_of(as_of), months) < today


class StalePoint(NamedTuple):
    """A contact point due for a check, with the offer it belongs to."""

    resource: Resource
    point: ContactPoint


def stale_points(resources: Iterable[Resource], today: date, months: int) -> Iterator[StalePoint]:
    """Every contact point, bundled or local, undated or older than `months`."""
    for resource in resources:
        for point in resource.contact:
            if is_stale(point.as_of, today, months):
                yield StalePoint(resource, point)


def source_json(ref: SourceRef | None, sources: dict[str, Source]) -> dict[str, Any] | None:
    """``{"doc", "section"}``, plus ``url`` when the source is a web page."""
    if ref is None:
        return None
    shown: dict[str, Any] = {"doc": ref.doc, "section": ref.section}
    source = sources.get(ref.doc)
    if source is not None and source.url:
        shown["url"] = source.url
    return shown


def point_json(point: ContactPoint, sources: dict[str, Source]) -> dict[str, Any]:
    return {
        "kind": point.kind.value,
        "value": point.value,
        "note": point.note,
        "as_of": point.as_of,
        "source": source_json(point.source, sources),
    }


def reach_json(reach: Reach | None, sources: dict[str, Source]) -> dict[str, Any] | None:
    """``{"id", "name", "note", "contact"}``: the route and the dated point to use there."""
    if reach is None:
        return None
    return {
        "id": reach.via.id,
        "name": reach.via.name,
        "note": reach.note,
        "contact": point_json(reach.point, sources),
    }


def resource_json(
    resource: Resource, sources: dict[str, Source], resources: Iterable[Resource] = ()
) -> dict[str, Any]:
    """One offer for `--json`: its fields, each contact point with its own date and source.

    ``as_of`` is the newest contact point's date; ``verified``/``verified_by`` appear only
    for a local offer, where they say when and by whom it was checked. ``reach_via`` is the
    route through another of `resources` (with that offer's dated point), or null.
    """
    from dataclasses import asdict

    record = asdict(resource)
    record["contact"] = [point_json(point, sources) for point in resource.contact]
    record["source"] = source_json(resource.source, sources)
    record["as_of"] = newest_as_of(resource)
    record["reach_via"] = reach_json(route(resource, resources), sources)
    if not resource.local:
        del record["verified"], record["verified_by"]
    return record
