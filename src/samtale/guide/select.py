"""Pure queries over the guide: which phrases, resources and facts fit.

Which item fits which situation is decided by the data's `fits` tags; these functions only
count matches, so new content never needs new code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from samtale.guide.choices import Choices
from samtale.guide.models import (
    AgeGroup,
    Fact,
    Gender,
    Guide,
    Phrase,
    Resource,
    Sign,
    Status,
)
from samtale.guide.places import Place, expand_coverage, place_index
from samtale.guide.text import fold

T = TypeVar("T")


def score(fits: Iterable[str], tags: set[str]) -> int:
    """How many of an item's tags are among the situation's tags."""
    return len(tags.intersection(fits))


def rank(items: Sequence[T], tags: set[str], fits_of: str = "fits") -> list[T]:
    """Items by descending match count; ties keep the data's order (a stable sort)."""
    return sorted(items, key=lambda item: -score(getattr(item, fits_of), tags))


class Lookups:
    """The typed-value resolvers of one guide, built with it and cached with it."""

    NAMES = ("topics", "contexts", "groups", "services", "fact_topics", "places")

    def __init__(
        self,
        *,
        topics: Choices[str],
        contexts: Choices[str],
        groups: Choices[str],
        services: Choices[str],
        fact_topics: Choices[str],
        places: Choices[Place],
    ) -> None:
        self.topics = topics
        self.contexts = contexts
        self.groups = groups
        self.services = services
        self.fact_topics = fact_topics
        self.places = places


def lookups(guide: Guide) -> Lookups:
    def of(kind: str, items: Iterable[object]) -> Choices[str]:
        items = list(items)
        choices: Choices[str] = Choices(kind=kind, valid=[i.id for i in items])  # type: ignore[attr-defined]
        for item in items:
            choices.add([item.id, *item.aliases], item.id)  # type: ignore[attr-defined]
        return choices

    fact_topics: Choices[str] = Choices(kind="kind.fact_topic", valid=["law", "stats", "terms"])
    for key, aliases in {
        "law": ["lov", "jura", "lovgivning", "lag", "lagar", "lagstiftning"],
        "stats": ["tal", "statistik", "siffror"],
        "terms": ["begreber", "ord", "begrepp"],
    }.items():
        fact_topics.add([key, *aliases], key)
    return Lookups(
        topics=of("kind.topic", guide.topics),
        contexts=of("kind.context", guide.contexts),
        groups=of("kind.group", guide.groups),
        services=of("kind.service", guide.services),
        fact_topics=fact_topics,
        places=place_index(guide.places),
    )


def phrases(
    guide: Guide,
    topic: str | None = None,
    context: str | None = None,
    search: str | None = None,
    texts: dict[str, str] | None = None,
) -> list[Phrase]:
    """Phrases of one topic and/or context, optionally containing `search` (any spelling).

    `texts` (phrase id → the text in the conversation language) is searched too.
    """
    needle = fold(search) if search else ""
    texts = texts or {}
    return [
        phrase
        for phrase in guide.phrases
        if (topic is None or phrase.topic == topic)
        and (context is None or context in phrase.fits)
        and (not needle or needle in fold(f"{phrase.text} {texts.get(phrase.id, '')}"))
    ]


def covers(resource: Resource, landsdele: frozenset[str], guide: Guide) -> bool:
    """Whether the resource serves someone living in any of `landsdele`."""
    if resource.coverage == "national":
        return True
    if resource.coverage == "unstated":
        return False
    return bool(expand_coverage(resource.coverage, guide.places) & landsdele)


def resources(
    guide: Guide,
    place: Place | None = None,
    group: str | None = None,
    service: str | None = None,
) -> list[Resource]:
    """Current resources that cover `place` and offer `service` to `group`.

    Historical records are never offered; the organisation's own (local) offers come
    first, then regional ones before national ones, so what is nearby is read first.
    """
    found = [
        resource
        for resource in guide.resources
        if resource.status == Status.ACTIVE
        and (place is None or covers(resource, place.landsdele, guide))
        and (group is None or group in resource.groups)
        and (service is None or service in resource.services)
    ]
    return sorted(found, key=lambda r: (not r.local, r.coverage == "national"))


def eligible(resource: Resource, age_group: AgeGroup, gender: Gender, foreign: bool | None) -> bool:
    """Whether the resource's hard limits admit the person; unknown values never exclude.

    `foreign` is None when nationality is not known, which is the usual case: the
    professional only says so when the person is a foreign national.
    """
    rules = resource.eligibility
    known_age = age_group != AgeGroup.UNKNOWN
    if rules.age_groups is not None and known_age and age_group not in rules.age_groups:
        return False
    if rules.genders is not None and gender != Gender.UNKNOWN and gender not in rules.genders:
        return False
    return not (rules.nationality == "foreign" and foreign is False)


def signs(guide: Guide, kind: str | None = None) -> list[Sign]:
    return [sign for sign in guide.signs if kind is None or sign.kind == kind]


def facts(guide: Guide, topic: str | None = None) -> list[Fact]:
    return [fact for fact in guide.facts if topic is None or fact.topic == topic]
