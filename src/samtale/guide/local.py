"""An organisation's own offers: the local resources file, read, checked and merged.

The file has the bundled resources' format, except that an entry needs no `source`: it
says instead when it was checked (`verified`) and by whom (`verified_by`), and its
`coverage` may name places as `--region` accepts them. Its offers replace bundled ones
with the same id and are shown first. docs/local-resources.md describes it for users.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from samtale.errors import DataError
from samtale.guide.models import STRICT, Guide, Resource
from samtale.guide.problem import Problem
from samtale.messages import Msg, t

MAX_BYTES = 2_000_000


@dataclasses.dataclass(frozen=True)
class LocalFile:
    __pydantic_config__ = STRICT

    resources: tuple[Resource, ...]
    country: str | None = None


def read_local(path: Path, guide: Guide, today: date) -> tuple[list[Resource], list[Problem]]:
    """The offers of the file at `path` for `guide`'s country, or the problems found.

    A missing file has no offers. Offers are returned ready to show: marked local, their
    coverage reduced to landsdele, each point without a source dated (its own `as_of`,
    else the entry's `verified`; a point with a source keeps that source's dating). A file
    for another country (top-level `country`) adds nothing.
    """
    return parse_local(read_raw(path), guide, today)


def parse_local(raw: Any, guide: Guide, today: date) -> tuple[list[Resource], list[Problem]]:
    """`read_local` for a file's parsed content (None: no file), as an import checks the
    file it is about to write."""
    if raw is None:
        return [], []
    if not isinstance(raw, dict) or not isinstance(raw.get("resources"), list):
        return [], [Problem("local", (), t(Msg.LOCAL_NOT_A_LIST))]
    for entry in raw["resources"]:
        coverage = entry.get("coverage") if isinstance(entry, dict) else None
        if isinstance(coverage, str) and coverage not in ("national", "unstated"):
            entry["coverage"] = [coverage]
    from pydantic import TypeAdapter, ValidationError

    from samtale.guide.validate import _plain_loc

    try:
        parsed: LocalFile = TypeAdapter(LocalFile).validate_python(raw)
    except ValidationError as error:
        return [], [Problem("local", _plain_loc(e["loc"]), e["msg"]) for e in error.errors()]
    if parsed.country is not None and parsed.country != guide.country:
        return [], []
    problems = _check(parsed.resources, guide, today)
    if problems:
        return [], problems
    return [_ready(resource, guide) for resource in parsed.resources], []


def merge(bundled: Sequence[Resource], local: Sequence[Resource]) -> tuple[Resource, ...]:
    """Local offers first, in the file's order; a bundled offer with a local id gives way."""
    replaced = {resource.id for resource in local}
    return (*local, *(resource for resource in bundled if resource.id not in replaced))


def load_into(guide: Guide, path: Path, today: date) -> None:
    """Merge the local file's offers into `guide` (this run's copy); a broken file stops."""
    from samtale.guide.validate import format_problem_in

    offers, problems = read_local(path, guide, today)
    if problems:
        more = len(problems) - 1
        first = format_problem_in(path, problems[0])
        raise DataError(first + (t(Msg.DATA_MORE_PROBLEMS, count=more) if more else ""))
    if offers:
        guide.resources = merge(guide.resources, offers)


def read_raw(path: Path) -> Any:
    """The parsed file, or None when there is none (YAML is imported only if there is).
    Only reads: the file may be on a shared drive, and reading never writes there."""
    from samtale.bounded import TooBig, read_bytes

    try:
        data = read_bytes(path, MAX_BYTES)  # /dev/zero or a huge file: an error, not a hang
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DataError(t(Msg.LOCAL_UNREADABLE, path=path, reason=error.strerror)) from None
    except TooBig:
        raise DataError(t(Msg.LOCAL_TOO_BIG, path=path, limit=MAX_BYTES // 1_000_000)) from None
    from samtale.guide.validate import decode_utf8, parse_yaml

    return parse_yaml(decode_utf8(data, path, Msg.LOCAL_NOT_UTF8), path)


def _check(resources: Sequence[Resource], guide: Guide, today: date) -> list[Problem]:
    from samtale.dates import start_of
    from samtale.guide.check import contact_dates, formats, resource_problems
    from samtale.guide.places import place_index

    places = place_index(guide.places)
    sources = {source.id: source for source in guide.sources}
    # Coverage may name places here ("Odense", "Region Nordjylland"), not only ids.
    problems = [p for p in formats("local", "resources", resources) if "coverage" not in p.loc]
    if problems:
        return problems
    seen: set[str] = set()
    for index, resource in enumerate(resources):
        found: list[tuple[tuple[str | int, ...], str]] = []
        if resource.id in seen:
            found.append((("id",), t(Msg.CHECK_DUPLICATE_ID)))
        seen.add(resource.id)
        if resource.verified is None:
            found.append((("verified",), t(Msg.LOCAL_NEEDS_VERIFIED)))
        elif start_of(resource.verified) > today:
            found.append((("verified",), t(Msg.LOCAL_VERIFIED_FUTURE, when=resource.verified)))
        if resource.verified_by is None:
            found.append((("verified_by",), t(Msg.LOCAL_NEEDS_VERIFIED_BY)))
        if not isinstance(resource.coverage, str):
            for number, name in enumerate(resource.coverage):
                if places.get(name) is None:
                    found.append((("coverage", number), t(Msg.CHECK_UNKNOWN_PLACE, name=name)))
        for number, name in enumerate(resource.locations):
            if places.get(name) is None:
                found.append((("locations", number), t(Msg.CHECK_UNKNOWN_PLACE, name=name)))
        refs = [("source",), *(("contact", n, "source") for n in range(len(resource.contact)))]
        for loc in refs:
            ref = resource.source if len(loc) == 1 else resource.contact[loc[1]].source  # type: ignore[misc]
            if ref is not None and ref.doc not in sources:
                found.append(((*loc, "doc"), t(Msg.CHECK_UNKNOWN_SOURCE, doc=ref.doc)))
        found += resource_problems(guide, resource)
        found += contact_dates(resource.contact, sources, resource.verified)
        problems += [Problem("local", ("resources", index, *loc), msg) for loc, msg in found]
    return problems


def _ready(resource: Resource, guide: Guide) -> Resource:
    """The entry as shown: local, coverage in landsdele, its checker's points dated."""
    from samtale.guide.places import place_index

    coverage = resource.coverage
    if not isinstance(coverage, str):
        places = place_index(guide.places)
        landsdele: set[str] = set()
        for name in coverage:
            place = places.get(name)
            if place is not None:
                landsdele |= place.landsdele
        coverage = tuple(sorted(landsdele))
    # A point with a source keeps that source's dating (an undated source: undated); only
    # a point the checker vouches for alone takes the check's date.
    contact = tuple(
        dataclasses.replace(point, as_of=point.as_of or resource.verified)
        if point.source is None
        else point
        for point in resource.contact
    )
    return dataclasses.replace(resource, local=True, coverage=coverage, contact=contact)
