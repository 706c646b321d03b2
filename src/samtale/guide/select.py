"""Pure queries over the guide: which phrases, resources and facts fit.

Which item fits which situation is decided by the data: `fits` tags rank items, `when` and
`not_for` conditions admit or exclude them. These functions only count and compare, so new
content never needs new code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from samtale.guide.choices import Choices
from samtale.guide.models import (
    AgeGroup,
    Condition,
    Fact,
    Gender,
    Guide,
    Nationality,
    Phrase,
    Resource,
    Sector,
    Sign,
    Status,
)
from samtale.guide.places import Place, coverage, place_index
from samtale.guide.text import fold
from samtale.messages import Msg

T = TypeVar("T")


@dataclass(frozen=True)
class Person:
    """What the conditions of the data are checked against: the person and the professional."""

    age_group: AgeGroup = AgeGroup.UNKNOWN
    gender: Gender = Gender.UNKNOWN
    nationality: Nationality = Nationality.UNKNOWN
    sector: Sector = Sector.UNKNOWN
    contexts: frozenset[str] = frozenset()
    signs: frozenset[str] = frozenset()
    conversation: frozenset[str] = frozenset()


def holds(condition: Condition, person: Person) -> bool:
    """Every list the condition gives must hold; one value of a list is enough."""
    return (
        (not condition.age_groups or person.age_group in condition.age_groups)
        and (not condition.genders or person.gender in condition.genders)
        and (not condition.nationality or person.nationality in condition.nationality)
        and (not condition.sectors or person.sector in condition.sectors)
        and (not condition.contexts or bool(person.contexts.intersection(condition.contexts)))
        and (not condition.signs or bool(person.signs.intersection(condition.signs)))
        and (
            not condition.conversation
            or bool(person.conversation.intersection(condition.conversation))
        )
    )


def suits(item: Any, person: Person) -> bool:
    """Whether an item's `when` admits the person (no `when`: everyone) and no `not_for`
    excludes them. The one rule for phrases, facts, checklist items, topics and resources."""
    when: tuple[Condition, ...] = getattr(item, "when", ())
    not_for: tuple[Condition, ...] = getattr(item, "not_for", ())
    admitted = not when or any(holds(condition, person) for condition in when)
    return admitted and not any(holds(condition, person) for condition in not_for)


def sector_of(role: str, guide: Guide) -> Sector:
    """The sector a free-text role names, by the role words of `vocabulary.yaml`.

    Words of exactly one sector decide it; none, or words of several, mean unknown (the
    note then explains every duty rather than guess the wrong one).
    """

    def spaced(text: str) -> str:
        return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "

    role_words = spaced(role)
    found = {
        term.id for term in guide.sectors for alias in term.aliases if spaced(alias) in role_words
    }
    return Sector(found.pop()) if len(found) == 1 else Sector.UNKNOWN


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

    fact_topics: Choices[str] = Choices(kind=Msg.KIND_FACT_TOPIC, valid=["law", "stats", "terms"])
    for key, aliases in {
        "law": ["lov", "jura", "lovgivning", "lag", "lagar", "lagstiftning"],
        "stats": ["tal", "statistik", "siffror"],
        "terms": ["begreber", "ord", "begrepp"],
    }.items():
        fact_topics.add([key, *aliases], key)
    return Lookups(
        topics=of(Msg.KIND_TOPIC, guide.topics),
        contexts=of(Msg.KIND_CONTEXT, guide.contexts),
        groups=of(Msg.KIND_GROUP, guide.groups),
        services=of(Msg.KIND_SERVICE, guide.services),
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
    if place is not None:
        named = coverage(guide.places)

        def reaches(resource: Resource) -> bool:
            # National offers serve everyone; one whose coverage no source states, those
            # living where it lies (`lies_in`), and everyone only when no place is given.
            covered = resource.coverage
            if covered == "unstated":
                return bool(place.landsdele.intersection(resource.lies_in))
            return covered == "national" or bool(named(covered) & place.landsdele)

    found = [
        resource
        for resource in guide.resources
        if resource.status == Status.ACTIVE
        and (place is None or reaches(resource))
        and (group is None or group in resource.groups)
        and (service is None or service in resource.services)
    ]
    return sorted(found, key=lambda r: (not r.local, r.coverage == "national"))


def eligible(resource: Resource, person: Person) -> bool:
    """Whether the resource's hard limits admit the person; unknown values never exclude.

    A service for foreign nationals is left out only when the person is known to be a
    national; `when` and `not_for` conditions admit and exclude as everywhere else.
    """
    rules = resource.eligibility
    age_group, gender = person.age_group, person.gender
    known_age = age_group != AgeGroup.UNKNOWN
    if rules.age_groups is not None and known_age and age_group not in rules.age_groups:
        return False
    if rules.genders is not None and gender != Gender.UNKNOWN and gender not in rules.genders:
        return False
    if rules.nationality == "foreign" and person.nationality == Nationality.DOMESTIC:
        return False
    return suits(resource, person)


def signs(guide: Guide, kind: str | None = None) -> list[Sign]:
    return [sign for sign in guide.signs if kind is None or sign.kind == kind]


def facts(guide: Guide, topic: str | None = None) -> list[Fact]:
    return [fact for fact in guide.facts if topic is None or fact.topic == topic]
