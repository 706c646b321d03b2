"""Resolve a place name (landsdel, region, area, municipality, town) to landsdele.

A resource's coverage is a set of landsdele; every place a user may type is reduced to such
a set, so "covers" is always a set intersection.
"""

from __future__ import annotations

from collections.abc import Callable

from samtale.guide.choices import Choices
from samtale.guide.models import Places
from samtale.messages import Msg, t


class Place:
    """What a typed place name means: a name to show and the landsdele it spans."""

    __slots__ = ("landsdele", "name")

    def __init__(self, name: str, landsdele: frozenset[str]) -> None:
        self.name = name
        self.landsdele = landsdele

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Place) and (self.name, self.landsdele) == (
            other.name,
            other.landsdele,
        )

    def __hash__(self) -> int:
        return hash((self.name, self.landsdele))

    def __repr__(self) -> str:
        return f"Place({self.name!r}, {sorted(self.landsdele)!r})"


def place_index(regions: Places) -> Choices[Place]:
    """Every accepted spelling of every place, most specific kinds first."""
    ids = ", ".join(landsdel.id for landsdel in regions.landsdele)
    choices: Choices[Place] = Choices(
        kind=Msg.KIND_REGION, valid_key=Msg.REGION_VALID, valid_args={"landsdele": ids}
    )
    by_region: dict[str, set[str]] = {}
    for landsdel in regions.landsdele:
        by_region.setdefault(landsdel.region, set()).add(landsdel.id)
    landsdel_ids = {landsdel.id for landsdel in regions.landsdele}
    for landsdel in regions.landsdele:
        place = Place(landsdel.name, frozenset({landsdel.id}))
        choices.add([landsdel.id, landsdel.name, *landsdel.aliases], place)
    for region in regions.regions:
        place = Place(region.name, frozenset(by_region.get(region.id, ())))
        choices.add([region.id, region.name, *region.aliases], place)
    for area in regions.areas:
        place = Place(area.name, frozenset(area.landsdele) & landsdel_ids)
        choices.add([area.id, area.name, *area.aliases], place)
    # One frozenset per landsdel, shared by every place in it: a smaller, faster cache.
    single = {landsdel_id: frozenset({landsdel_id}) for landsdel_id in landsdel_ids}
    municipality_landsdel = {}
    for municipality in regions.municipalities:
        municipality_landsdel[municipality.name] = municipality.landsdel
        landsdele = single.get(municipality.landsdel, frozenset({municipality.landsdel}))
        place = Place(municipality.name, landsdele)
        choices.add([municipality.name, *municipality.aliases], place)
    for town in regions.towns:
        landsdel_id = municipality_landsdel.get(town.municipality)
        if landsdel_id is not None:
            landsdele = single.get(landsdel_id, frozenset({landsdel_id}))
            choices.add([town.name, *town.aliases], Place(town.name, landsdele))
    return choices


def coverage(regions: Places) -> Callable[[str | tuple[str, ...]], frozenset[str]]:
    """A function from a resource's coverage to the landsdele it names.

    ``national`` and ``unstated`` name none (the caller decides what they mean); areas are
    looked up once, not once per resource.
    """
    areas = {area.id: area.landsdele for area in regions.areas}

    def landsdele(covered: str | tuple[str, ...]) -> frozenset[str]:
        if isinstance(covered, str):
            return frozenset()
        return frozenset(name for item in covered for name in areas.get(item, (item,)))

    return landsdele


def coverage_label(
    coverage: str | tuple[str, ...], regions: Places, lies_in: tuple[str, ...] = ()
) -> str:
    """``hele landet``, the names of the landsdele and areas a resource covers, or that no
    source says (and where it lies, when that is known)."""
    names = {item.id: item.name for item in (*regions.landsdele, *regions.areas)}
    if isinstance(coverage, str):
        label = t(f"coverage.{coverage}")
        if lies_in:
            where = ", ".join(names.get(item, item) for item in lies_in)
            label = t(Msg.COVERAGE_LIES_IN, coverage=label, where=where)
        return label
    return ", ".join(names.get(item, item) for item in coverage)
