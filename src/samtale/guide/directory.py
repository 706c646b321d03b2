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


def newest_as_of(resource: Resource) -> str | None:
    """The newest `as_of` among the offer's contact points; None if none is dated."""
    dated = [point.as_of for point in resource.contact if point.as_of]
    return max(dated, key=start_of) if dated else None


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


def resource_json(resource: Resource, sources: dict[str, Source]) -> dict[str, Any]:
    """One offer for `--json`: its fields, each contact point with its own date and source.

    ``as_of`` is the newest contact point's date; ``verified``/``verified_by`` appear only
    for a local offer, where they say when and by whom it was checked.
    """
    from dataclasses import asdict

    record = asdict(resource)
    record["contact"] = [point_json(point, sources) for point in resource.contact]
    record["source"] = source_json(resource.source, sources)
    record["as_of"] = newest_as_of(resource)
    if not resource.local:
        del record["verified"], record["verified_by"]
    return record
