"""Checks that span entries and files: unique ids, references that resolve, the stable
vocabulary of DESIGN.md present, contact data only from dated sources.

Pure: takes a validated `Guide`, returns the problems found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from samtale.guide import vocab
from samtale.guide.load import Loc, Problem
from samtale.guide.models import ChecklistKind, Guide, NoteRule, SignKind, SourceRef
from samtale.guide.places import place_index
from samtale.guide.text import fold
from samtale.messages import t


def all_tags(guide: Guide) -> set[str]:
    """Every word a `fits`, `when` or `lead_when` list may use."""
    return (
        {sign.id for sign in guide.signs.signs}
        | {context.id for context in guide.contexts.contexts}
        | set(vocab.AGE_GROUPS)
        | set(vocab.GENDERS)
    )


def cross_check(guide: Guide) -> list[Problem]:
    problems: list[Problem] = []
    problems += _unique_ids(guide)
    problems += _required_ids(guide)
    problems += _sources(guide)
    problems += _tags(guide)
    problems += _topics_and_aliases(guide)
    problems += _checklist(guide)
    problems += _facts(guide)
    problems += _resources(guide)
    problems += _regions(guide)
    return problems


def _unique_ids(guide: Guide) -> list[Problem]:
    lists: list[tuple[str, str, Sequence[object]]] = [
        ("sources", "sources", guide.sources.sources),
        ("topics", "topics", guide.topics.topics),
        ("contexts", "contexts", guide.contexts.contexts),
        ("signs", "signs", guide.signs.signs),
        ("phrases", "phrases", guide.phrases.phrases),
        ("checklist", "checklist", guide.checklist.checklist),
        ("facts", "facts", guide.facts.facts),
        ("vocabulary", "groups", guide.vocabulary.groups),
        ("vocabulary", "services", guide.vocabulary.services),
        ("resources", "resources", guide.resources.resources),
        ("regions", "landsdele", guide.regions.landsdele),
        ("regions", "regions", guide.regions.regions),
        ("regions", "areas", guide.regions.areas),
    ]
    problems = []
    for kind, key, items in lists:
        seen: set[str] = set()
        for index, item in enumerate(items):
            item_id = item.id  # type: ignore[attr-defined]
            if item_id in seen:
                problems.append(Problem(kind, (key, index, "id"), t("check.duplicate_id")))
            seen.add(item_id)
    return problems


def _required_ids(guide: Guide) -> list[Problem]:
    problems = []
    required: list[tuple[str, str, Iterable[str], set[str]]] = [
        ("topics", "topics", vocab.TOPICS, {x.id for x in guide.topics.topics}),
        ("contexts", "contexts", vocab.CONTEXTS, {x.id for x in guide.contexts.contexts}),
    ]
    for kind_of_sign, ids in (
        (SignKind.SIGN, vocab.SIGNS),
        (SignKind.CONSEQUENCE, vocab.CONSEQUENCES),
    ):
        have = {s.id for s in guide.signs.signs if s.kind == kind_of_sign}
        required.append(("signs", "signs", ids, have))
    for kind, key, ids, have in required:
        problems += [
            Problem(kind, (key,), t("check.missing_id", id=item_id))
            for item_id in ids
            if item_id not in have
        ]
    return problems


def _source_refs(guide: Guide) -> Iterable[tuple[str, Loc, SourceRef]]:
    sections: list[tuple[str, str, Sequence[object]]] = [
        ("topics", "topics", guide.topics.topics),
        ("contexts", "contexts", guide.contexts.contexts),
        ("signs", "signs", guide.signs.signs),
        ("phrases", "phrases", guide.phrases.phrases),
        ("checklist", "checklist", guide.checklist.checklist),
        ("facts", "facts", guide.facts.facts),
        ("resources", "resources", guide.resources.resources),
    ]
    for kind, key, items in sections:
        for index, item in enumerate(items):
            ref = getattr(item, "source", None)
            if ref is not None:
                yield kind, (key, index, "source", "doc"), ref
    for index, resource in enumerate(guide.resources.resources):
        for number, point in enumerate(resource.contact):
            yield "resources", ("resources", index, "contact", number, "source"), point.source


def _sources(guide: Guide) -> list[Problem]:
    dated = {s.id: s.date is not None for s in guide.sources.sources}
    problems = []
    for kind, loc, ref in _source_refs(guide):
        if ref.doc not in dated:
            problems.append(Problem(kind, loc, t("check.unknown_source", doc=ref.doc)))
        elif "contact" in loc and not dated[ref.doc]:
            problems.append(Problem(kind, loc, t("check.undated_contact", doc=ref.doc)))
    return problems


def _tags(guide: Guide) -> list[Problem]:
    known = all_tags(guide)
    fields: list[tuple[str, str, Sequence[object], tuple[str, ...]]] = [
        ("phrases", "phrases", guide.phrases.phrases, ("fits",)),
        ("facts", "facts", guide.facts.facts, ("fits",)),
        ("resources", "resources", guide.resources.resources, ("fits", "lead_when")),
        ("checklist", "checklist", guide.checklist.checklist, ("when", "lead_when")),
    ]
    problems = []
    for kind, key, items, names in fields:
        for index, item in enumerate(items):
            for name in names:
                for number, tag in enumerate(getattr(item, name)):
                    if tag not in known:
                        loc = (key, index, name, number)
                        problems.append(Problem(kind, loc, t("check.unknown_tag", tag=tag)))
    return problems


def _topics_and_aliases(guide: Guide) -> list[Problem]:
    problems = []
    topic_ids = {topic.id for topic in guide.topics.topics}
    for index, phrase in enumerate(guide.phrases.phrases):
        if phrase.topic not in topic_ids:
            loc = ("phrases", index, "topic")
            problems.append(Problem("phrases", loc, t("check.unknown_topic", topic=phrase.topic)))
    for kind, key, items in (
        ("topics", "topics", guide.topics.topics),
        ("contexts", "contexts", guide.contexts.contexts),
        ("vocabulary", "groups", guide.vocabulary.groups),
        ("vocabulary", "services", guide.vocabulary.services),
    ):
        owner: dict[str, str] = {}
        for index, item in enumerate(items):
            for number, name in enumerate([item.id, *item.aliases]):  # type: ignore[attr-defined]
                other = owner.setdefault(fold(name), item.id)  # type: ignore[attr-defined]
                if other != item.id:  # type: ignore[attr-defined]
                    loc = (key, index, "aliases", number - 1) if number else (key, index, "id")
                    problems.append(Problem(kind, loc, t("check.alias_clash", other=other)))
    return problems


def _checklist(guide: Guide) -> list[Problem]:
    problems = []
    for index, item in enumerate(guide.checklist.checklist):
        if item.kind == ChecklistKind.DUTY:
            for name in ("law", "how_to_tell"):
                if getattr(item, name) is None:
                    loc = ("checklist", index, name)
                    problems.append(Problem("checklist", loc, t("check.duty_needs")))
    return problems


def _facts(guide: Guide) -> list[Problem]:
    return [
        Problem("facts", ("facts", index, "fits"), t("check.matched_needs_fits"))
        for index, fact in enumerate(guide.facts.facts)
        if fact.note == NoteRule.MATCHED and not fact.fits
    ]


def _resources(guide: Guide) -> list[Problem]:
    groups = {g.id for g in guide.vocabulary.groups}
    services = {s.id for s in guide.vocabulary.services}
    areas = {landsdel.id for landsdel in guide.regions.landsdele} | {
        area.id for area in guide.regions.areas
    }
    places = place_index(guide.regions)
    problems = []
    for index, resource in enumerate(guide.resources.resources):

        def flag(loc: Loc, message: str, index: int = index) -> None:
            problems.append(Problem("resources", ("resources", index, *loc), message))

        for number, group in enumerate(resource.groups):
            if group not in groups:
                flag(("groups", number), t("check.unknown_group", id=group))
        for number, service in enumerate(resource.services):
            if service not in services:
                flag(("services", number), t("check.unknown_service", id=service))
        if not isinstance(resource.coverage, str):
            for number, area in enumerate(resource.coverage):
                if area not in areas:
                    flag(("coverage", number), t("check.unknown_area", id=area))
        for number, location in enumerate(resource.locations):
            if places.get(location) is None:
                flag(("locations", number), t("check.unknown_place", name=location))
    return problems


def _regions(guide: Guide) -> list[Problem]:
    regions = guide.regions
    region_ids = {region.id for region in regions.regions}
    landsdel_ids = {landsdel.id for landsdel in regions.landsdele}
    municipalities = {m.name for m in regions.municipalities}
    problems = []
    for index, landsdel in enumerate(regions.landsdele):
        if landsdel.region not in region_ids:
            loc = ("landsdele", index, "region")
            problems.append(Problem("regions", loc, t("check.unknown_region", id=landsdel.region)))
    for index, area in enumerate(regions.areas):
        for number, item in enumerate(area.landsdele):
            if item not in landsdel_ids:
                loc = ("areas", index, "landsdele", number)
                problems.append(Problem("regions", loc, t("check.unknown_area", id=item)))
    for index, municipality in enumerate(regions.municipalities):
        if municipality.landsdel not in landsdel_ids:
            loc = ("municipalities", index, "landsdel")
            message = t("check.unknown_area", id=municipality.landsdel)
            problems.append(Problem("regions", loc, message))
    for index, town in enumerate(regions.towns):
        if town.municipality not in municipalities:
            loc = ("towns", index, "municipality")
            message = t("check.unknown_place", name=town.municipality)
            problems.append(Problem("regions", loc, message))
    return problems
