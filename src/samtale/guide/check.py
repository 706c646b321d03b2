"""Checks that span entries and files: unique ids, references that resolve, the stable
vocabulary of docs/design.md present, contact data only from dated sources.

Pure: takes a validated `Guide`, returns the problems found.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import Any

from samtale.guide import vocab
from samtale.guide.models import (
    ChecklistKind,
    Condition,
    ContactPoint,
    FactTopic,
    Guide,
    Nationality,
    NoteRule,
    Pointers,
    Resource,
    Source,
    SourceRef,
    Status,
)
from samtale.guide.places import place_index
from samtale.guide.problem import Loc, Problem
from samtale.guide.text import fold
from samtale.messages import Msg, t
from samtale.store.text import clean


def all_tags(guide: Guide) -> set[str]:
    """Every word a `fits`, `when` or `lead_when` list may use."""
    return (
        {sign.id for sign in guide.signs}
        | {context.id for context in guide.contexts}
        | set(vocab.AGE_GROUPS)
        | set(vocab.GENDERS)
        | set(vocab.CONVERSATION)
    )


def cross_check(guide: Guide) -> list[Problem]:
    problems: list[Problem] = []
    problems += _formats(guide)
    problems += _unique_ids(guide)
    problems += _required_ids(guide)
    problems += _sources(guide)
    problems += _tags(guide)
    problems += _conditions(guide)
    problems += _topics_and_aliases(guide)
    problems += _renderings(guide)
    problems += _handout(guide)
    problems += _checklist(guide)
    problems += _facts(guide)
    problems += _law_basis(guide)
    problems += _resources(guide)
    problems += _regions(guide)
    problems += _cases(guide)
    return problems


_FORMATS = {
    "Id": (re.compile(r"[a-z0-9][a-z0-9_]*"), Msg.CHECK_FORMAT_ID),
    "Month": (re.compile(r"(19|20)\d\d-(0[1-9]|1[0-2])"), Msg.CHECK_FORMAT_MONTH),
    "Day": (
        re.compile(r"(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?"),
        Msg.CHECK_FORMAT_DAY,
    ),
    "Text": (re.compile(r"\s*\S.*", re.S), Msg.CHECK_FORMAT_TEXT),
}


def entry_lists(guide: Guide) -> list[tuple[str, str, Sequence[Any]]]:
    """Every list of entries in the guide: its file, its key in that file, the entries."""
    places = guide.places
    return [
        ("sources", "sources", guide.sources),
        ("topics", "topics", guide.topics),
        ("contexts", "contexts", guide.contexts),
        ("signs", "signs", guide.signs),
        ("phrases", "phrases", guide.phrases),
        ("phrases.en", "phrases", guide.phrases_en),
        ("checklist", "checklist", guide.checklist),
        ("facts", "facts", guide.facts),
        ("vocabulary", "groups", guide.groups),
        ("vocabulary", "services", guide.services),
        ("resources", "resources", guide.resources),
        ("cases", "cases", guide.cases),
        ("cases", "self_check", guide.self_check),
        ("handout", "words", guide.handout.words),
        ("handout", "rights", guide.handout.rights),
        ("regions", "landsdele", places.landsdele),
        ("regions", "regions", places.regions),
        ("regions", "areas", places.areas),
        ("regions", "municipalities", places.municipalities),
        ("regions", "towns", places.towns),
    ]


def _formats(guide: Guide) -> list[Problem]:
    return [
        problem
        for kind, key, entries in entry_lists(guide)
        for problem in formats(kind, key, entries)
    ]


def formats(kind: str, key: str, entries: Sequence[Any]) -> list[Problem]:
    """Every Id, Month, Day and Text field has its format; required lists are not empty; no
    text holds a control character (it would reach the terminal and the note).

    The field's declared type (``Id``, ``tuple[Id, ...]``, ``Month | None``) says which
    format applies, so a new field is checked without new code.
    """
    problems: list[Problem] = []

    def walk(loc: Loc, value: Any, declared: str, required: bool) -> None:
        if dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                required_field = field.default is dataclasses.MISSING
                walk(
                    (*loc, field.name),
                    getattr(value, field.name),
                    str(field.type),
                    required_field,
                )
        elif isinstance(value, tuple):
            if required and not value:
                problems.append(Problem(kind, loc, t(Msg.CHECK_EMPTY_LIST)))
            for index, item in enumerate(value):
                walk((*loc, index), item, declared, False)
        elif isinstance(value, str):
            if clean(value) != value:
                problems.append(Problem(kind, loc, t(Msg.CHECK_CONTROL_CHARACTER)))
            for name, (pattern, message) in _FORMATS.items():
                if re.search(rf"\b{name}\b", declared) and not pattern.fullmatch(value):
                    problems.append(Problem(kind, loc, t(message, value=value)))

    walk((key,), tuple(entries), "", False)
    return problems


def _unique_ids(guide: Guide) -> list[Problem]:
    problems = []
    for kind, key, entries in entry_lists(guide):
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            entry_id = getattr(entry, "id", None)
            if entry_id is not None and entry_id in seen:
                problems.append(Problem(kind, (key, index, "id"), t(Msg.CHECK_DUPLICATE_ID)))
            seen.add(entry_id)
    return problems


def _required_ids(guide: Guide) -> list[Problem]:
    problems = []
    required: list[tuple[str, str, Iterable[str], set[str]]] = [
        ("topics", "topics", vocab.TOPICS, {x.id for x in guide.topics}),
        ("contexts", "contexts", vocab.CONTEXTS, {x.id for x in guide.contexts}),
    ]
    for kind_of_sign, ids in vocab.REQUIRED_SIGNS.get(guide.country, {}).items():
        have = {s.id for s in guide.signs if s.kind == kind_of_sign}
        required.append(("signs", "signs", ids, have))
    for kind, key, ids, have in required:
        problems += [
            Problem(kind, (key,), t(Msg.CHECK_MISSING_ID, id=item_id))
            for item_id in ids
            if item_id not in have
        ]
    return problems


def _source_refs(guide: Guide) -> Iterable[tuple[str, Loc, SourceRef]]:
    for kind, key, entries in entry_lists(guide):
        for index, entry in enumerate(entries):
            ref = getattr(entry, "source", None)
            if isinstance(ref, SourceRef):
                yield kind, (key, index, "source", "doc"), ref
    for index, resource in enumerate(guide.resources):
        for number, point in enumerate(resource.contact):
            if point.source is not None:
                loc = ("resources", index, "contact", number, "source", "doc")
                yield "resources", loc, point.source


def _sources(guide: Guide) -> list[Problem]:
    known = {s.id for s in guide.sources}
    return [
        Problem(kind, loc, t(Msg.CHECK_UNKNOWN_SOURCE, doc=ref.doc))
        for kind, loc, ref in _source_refs(guide)
        if ref.doc not in known
    ]


def contact_dates(
    points: Sequence[ContactPoint], sources: dict[str, Source], ceiling: str | None = None
) -> list[tuple[Loc, str]]:
    """A point's `as_of` is never newer than what vouches for it, nor missing when it is dated.

    The voucher is the point's source's date, or `ceiling` (a local entry's `verified`) for
    a point without a source. An undated source gives an undated point (`as_of` null).
    """
    from samtale.dates import start_of

    problems: list[tuple[Loc, str]] = []
    for number, point in enumerate(points):
        source = sources.get(point.source.doc) if point.source else None
        limit = source.date if source is not None else ceiling
        loc: Loc = ("contact", number, "as_of")
        if source is not None and source.date is None and point.as_of is not None:
            problems.append((loc, t(Msg.CHECK_AS_OF_UNDATED_SOURCE, doc=source.id)))
        elif limit is not None and point.as_of is None and point.source is not None:
            problems.append((loc, t(Msg.CHECK_AS_OF_MISSING, when=limit)))
        elif (
            limit is not None
            and point.as_of is not None
            and _valid_day(point.as_of)
            and _valid_day(limit)
            and start_of(point.as_of) > start_of(limit)
        ):
            problems.append((loc, t(Msg.CHECK_AS_OF_TOO_NEW, when=limit)))
    return problems


def _valid_day(value: str) -> bool:
    from samtale.dates import start_of

    try:
        start_of(value)
    except ValueError:
        return False
    return bool(_FORMATS["Day"][0].fullmatch(value))


def _tags(guide: Guide) -> list[Problem]:
    known = all_tags(guide)
    fields: list[tuple[str, str, Sequence[object], tuple[str, ...]]] = [
        ("phrases", "phrases", guide.phrases, ("fits",)),
        ("facts", "facts", guide.facts, ("fits",)),
        ("resources", "resources", guide.resources, ("fits", "lead_when")),
        ("checklist", "checklist", guide.checklist, ("lead_when",)),
        ("contexts", "contexts", guide.contexts, ("not_with", "said_by")),
    ]
    # A context's not_with/said_by may also name a nationality answer (not a `fits` tag).
    answers = known | {nationality.value for nationality in Nationality}
    problems = []
    for kind, key, items, names in fields:
        for index, item in enumerate(items):
            for name in names:
                for number, tag in enumerate(getattr(item, name)):
                    if tag not in (answers if kind == "contexts" else known):
                        loc = (key, index, name, number)
                        problems.append(Problem(kind, loc, t(Msg.CHECK_UNKNOWN_TAG, tag=tag)))
    return problems


def _conditions(guide: Guide) -> list[Problem]:
    """Every context and sign a `when`, `not_for`, `added_when` or `lead_when` condition
    names exists (age groups, genders, nationalities and sectors are checked by the schema).
    """
    known = {
        "contexts": {context.id for context in guide.contexts},
        "signs": {sign.id for sign in guide.signs},
    }
    lists: list[tuple[str, str, Sequence[object]]] = [
        ("topics", "topics", guide.topics),
        ("phrases", "phrases", guide.phrases),
        ("facts", "facts", guide.facts),
        ("checklist", "checklist", guide.checklist),
        ("resources", "resources", guide.resources),
    ]
    problems = []
    for kind, key, items in lists:
        for index, item in enumerate(items):
            for name in ("when", "not_for", "added_when", "lead_when"):
                conditions = getattr(item, name, ())
                for number, condition in enumerate(conditions):
                    if not isinstance(condition, Condition):
                        continue
                    for field, ids in known.items():
                        for place, value in enumerate(getattr(condition, field)):
                            if value not in ids:
                                loc = (key, index, name, number, field, place)
                                message = t(Msg.CHECK_UNKNOWN_TAG, tag=value)
                                problems.append(Problem(kind, loc, message))
    return problems


def _topics_and_aliases(guide: Guide) -> list[Problem]:
    problems = []
    topic_ids = {topic.id for topic in guide.topics}
    for index, phrase in enumerate(guide.phrases):
        if phrase.topic not in topic_ids:
            loc = ("phrases", index, "topic")
            problems.append(Problem("phrases", loc, t(Msg.CHECK_UNKNOWN_TOPIC, topic=phrase.topic)))
    for kind, key, items in (
        ("topics", "topics", guide.topics),
        ("contexts", "contexts", guide.contexts),
        ("vocabulary", "groups", guide.groups),
        ("vocabulary", "services", guide.services),
    ):
        owner: dict[str, str] = {}
        for index, item in enumerate(items):
            for number, name in enumerate([item.id, *item.aliases]):  # type: ignore[attr-defined]
                other = owner.setdefault(fold(name), item.id)  # type: ignore[attr-defined]
                if other != item.id:  # type: ignore[attr-defined]
                    loc = (key, index, "aliases", number - 1) if number else (key, index, "id")
                    problems.append(Problem(kind, loc, t(Msg.CHECK_ALIAS_CLASH, other=other)))
    return problems


def _renderings(guide: Guide) -> list[Problem]:
    """Every phrase has its English form, and every English form renders a phrase."""
    rendered = {rendering.id for rendering in guide.phrases_en}
    phrase_ids = {phrase.id for phrase in guide.phrases}
    problems = [
        Problem("phrases", ("phrases", index, "id"), t(Msg.CHECK_NO_RENDERING, language="en"))
        for index, phrase in enumerate(guide.phrases)
        if phrase.id not in rendered
    ]
    problems += [
        Problem("phrases.en", ("phrases", index, "id"), t(Msg.CHECK_UNKNOWN_PHRASE, id=item.id))
        for index, item in enumerate(guide.phrases_en)
        if item.id not in phrase_ids
    ]
    return problems


def _handout(guide: Guide) -> list[Problem]:
    """The person's page has its words, revealing words and every right in each language
    a conversation can be held in; the services are named in each language but the guide's."""
    from samtale.guide.languages import conversation_languages, native

    handout = guide.handout
    languages = conversation_languages(guide.country)
    services = [service.id for service in guide.services]
    problems = []

    def flag(loc: Loc, message: str) -> None:
        problems.append(Problem("handout", loc, message))

    for key, entries in (("words", handout.words), ("revealing", handout.revealing)):
        have = [entry.language for entry in entries]
        for language in languages:
            if have.count(language) != 1:
                flag((key,), t(Msg.CHECK_ONE_PER_LANGUAGE, language=language))
    for index, words in enumerate(handout.words):
        if len(words.months) != 12:
            flag(("words", index, "months"), t(Msg.CHECK_TWELVE_MONTHS))
        named = {label.id for label in words.services}
        for number, label in enumerate(words.services):
            if label.id not in services:
                flag(
                    ("words", index, "services", number), t(Msg.CHECK_UNKNOWN_SERVICE, id=label.id)
                )
        if words.language != native(guide.country):
            for service in services:
                if service not in named:
                    flag(("words", index, "services"), t(Msg.CHECK_MISSING_ID, id=service))
    for number, service in enumerate(handout.not_for_the_person):
        if service not in services:
            flag(("not_for_the_person", number), t(Msg.CHECK_UNKNOWN_SERVICE, id=service))
    for index, right in enumerate(handout.rights):
        have = [wording.language for wording in right.texts]
        for language in languages:
            if have.count(language) != 1:
                flag(("rights", index, "texts"), t(Msg.CHECK_ONE_PER_LANGUAGE, language=language))
    return problems


def _checklist(guide: Guide) -> list[Problem]:
    problems = []
    for index, item in enumerate(guide.checklist):
        if item.kind == ChecklistKind.DUTY:
            for name in ("law", "basis", "how_to_tell"):
                if getattr(item, name) is None:
                    loc = ("checklist", index, name)
                    problems.append(Problem("checklist", loc, t(Msg.CHECK_DUTY_NEEDS)))
    return problems


def _law_basis(guide: Guide) -> list[Problem]:
    """Every legal fact says what law it rests on, where that was checked, and when."""
    return [
        Problem("facts", ("facts", index, "basis"), t(Msg.CHECK_LAW_NEEDS_BASIS))
        for index, fact in enumerate(guide.facts)
        if fact.topic == FactTopic.LAW and fact.basis is None
    ]


def _facts(guide: Guide) -> list[Problem]:
    return [
        Problem("facts", ("facts", index, "fits"), t(Msg.CHECK_MATCHED_NEEDS_FITS))
        for index, fact in enumerate(guide.facts)
        if fact.note == NoteRule.MATCHED and not fact.fits
    ]


# Links a note may hold: the web, a phone number, an e-mail address. Anything else
# (javascript:, data:, file:, a relative path) is refused where the data is checked; the
# note shows a local file's words as literal text anyway (`prep.local_offers`).
LINK_SCHEMES = ("http", "https", "tel", "mailto")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*)\s*:", re.IGNORECASE)
_LINK = re.compile(
    r"\]\s*\(\s*<?(?P<inline>[^)\s>]*)"  # [text](target)
    r"|^\s*\[[^\]]+\]:\s*<?(?P<reference>[^\s>]*)"  # [label]: target
    r"|<(?P<auto>[a-z][a-z0-9+.\-]*:[^<>\s]*)>"  # <scheme:target>
    r"|\bhref\s*=\s*[\"']?(?P<href>[^\"'\s>]*)"  # HTML
    r"|(?<![a-z0-9+.\-])(?P<bare>(?:java|vb|live)script\s*:"  # a script, anywhere
    r"|data\s*:(?=\s*[a-z-]+/)|file\s*:(?=\s*/)|blob\s*:(?=\s*[a-z]))",
    re.IGNORECASE | re.MULTILINE,
)
_KIND_SCHEMES = {"web": ("http", "https"), "email": ("mailto",), "phone": ("tel",)}


def bad_links(text: str, allowed: Sequence[str] = LINK_SCHEMES) -> list[str]:
    """The link targets in `text` that are not an http(s), tel or mailto address."""
    found = []
    for match in _LINK.finditer(clean(text)):
        if match["bare"]:
            found.append(match["bare"].replace(" ", ""))
            continue
        target = match["inline"] or match["reference"] or match["auto"] or match["href"] or ""
        scheme = _SCHEME.match(target)
        if scheme is None or scheme[1].lower() not in allowed or not target[scheme.end() :]:
            found.append(target[:40])
    return found


def link_problems(resource: Resource) -> list[tuple[Loc, str]]:
    """Every text of an offer, with its links checked; a contact value may carry only the
    scheme of its kind (``https:`` on a web address, ``tel:`` on a phone number)."""
    texts: list[tuple[Loc, str | None, Sequence[str]]] = [
        (("name",), resource.name, LINK_SCHEMES),
        (("description",), resource.description, LINK_SCHEMES),
        (("verified_by",), resource.verified_by, LINK_SCHEMES),
        *((("locations", n), text, LINK_SCHEMES) for n, text in enumerate(resource.locations)),
        *((("languages", n), text, LINK_SCHEMES) for n, text in enumerate(resource.languages)),
    ]
    for number, point in enumerate(resource.contact):
        texts.append((("contact", number, "note"), point.note, LINK_SCHEMES))
        value = point.value.strip()
        scheme = _SCHEME.match(value)
        if scheme and not value[scheme.end() :].startswith("//") and point.kind.value == "web":
            scheme = None  # "www.example.org:8080" has no scheme
        allowed = _KIND_SCHEMES.get(point.kind.value, ())
        if scheme and scheme[1].lower() not in allowed:
            texts.append((("contact", number, "value"), f"<{value}>", ()))
        else:
            texts.append((("contact", number, "value"), value, LINK_SCHEMES))
    return [
        (loc, t(Msg.CHECK_BAD_LINK, link=link))
        for loc, text, allowed in texts
        if text
        for link in bad_links(text, allowed)
    ]


def resource_problems(guide: Guide, resource: Resource) -> list[tuple[Loc, str]]:
    """What is wrong in one offer's references, bundled or local (locations within it)."""
    known_tags = all_tags(guide)
    groups = {g.id for g in guide.groups}
    services = {s.id for s in guide.services}
    problems: list[tuple[Loc, str]] = []
    for number, group in enumerate(resource.groups):
        if group not in groups:
            problems.append((("groups", number), t(Msg.CHECK_UNKNOWN_GROUP, id=group)))
    for number, service in enumerate(resource.services):
        if service not in services:
            problems.append((("services", number), t(Msg.CHECK_UNKNOWN_SERVICE, id=service)))
    for name in ("fits", "lead_when"):
        for number, tag in enumerate(getattr(resource, name)):
            if tag not in known_tags:
                problems.append(((name, number), t(Msg.CHECK_UNKNOWN_TAG, tag=tag)))
    return problems + link_problems(resource) + route_problems(guide, resource)


def route_problems(guide: Guide, resource: Resource) -> list[tuple[Loc, str]]:
    """A route leads to another active offer that has a dated contact point to use."""
    from samtale.guide.directory import current_point

    if resource.reach_via is None:
        return []
    loc: Loc = ("reach_via", "resource")
    wanted = resource.reach_via.resource
    target = next((r for r in guide.resources if r.id == wanted), None)
    if target is None:
        return [(loc, t(Msg.CHECK_ROUTE_UNKNOWN, id=wanted))]
    if target.id == resource.id:
        return [(loc, t(Msg.CHECK_ROUTE_SELF))]
    if target.status != Status.ACTIVE:
        return [(loc, t(Msg.CHECK_ROUTE_INACTIVE, id=wanted))]
    if current_point(target) is None:
        return [(loc, t(Msg.CHECK_ROUTE_UNDATED, id=wanted))]
    return []


def _resources(guide: Guide) -> list[Problem]:
    areas = {landsdel.id for landsdel in guide.places.landsdele} | {
        area.id for area in guide.places.areas
    }
    places = place_index(guide.places)
    sources = {source.id: source for source in guide.sources}
    problems = []
    for index, resource in enumerate(guide.resources):

        def flag(loc: Loc, message: str, index: int = index) -> None:
            problems.append(Problem("resources", ("resources", index, *loc), message))

        for loc, message in resource_problems(guide, resource):
            if loc[0] in ("groups", "services"):
                flag(loc, message)
        for loc, message in link_problems(resource):
            flag(loc, message)
        if not isinstance(resource.coverage, str):
            for number, area in enumerate(resource.coverage):
                if area not in areas:
                    flag(("coverage", number), t(Msg.CHECK_UNKNOWN_AREA, id=area))
        located: set[str] = set()
        for number, location in enumerate(resource.locations):
            place = places.get(location)
            if place is None:
                flag(("locations", number), t(Msg.CHECK_UNKNOWN_PLACE, name=location))
            else:
                located |= place.landsdele
        for number, landsdel in enumerate(resource.lies_in):
            if resource.coverage != "unstated":
                flag(("lies_in", number), t(Msg.CHECK_LIES_IN_NEEDS_UNSTATED))
            elif landsdel not in located:
                where = ", ".join(resource.locations) or "-"
                flag(("lies_in", number), t(Msg.CHECK_LIES_IN_ELSEWHERE, id=landsdel, where=where))
        if resource.source is None:
            flag(("source",), t(Msg.CHECK_BUNDLED_NEEDS_SOURCE))
        for name in ("verified", "verified_by", "local"):
            if getattr(resource, name):
                flag((name,), t(Msg.CHECK_LOCAL_ONLY, field=name))
        for number, point in enumerate(resource.contact):
            if point.source is None:
                flag(("contact", number, "source"), t(Msg.CHECK_BUNDLED_NEEDS_SOURCE))
        for loc, message in contact_dates(resource.contact, sources):
            flag(loc, message)
        for loc, message in route_problems(guide, resource):
            flag(loc, message)
        reached = any(point.as_of for point in resource.contact) or resource.reach_via
        if resource.status == Status.ACTIVE and resource.for_citizens and not reached:
            flag(("reach_via",), t(Msg.CHECK_NEEDS_ROUTE))
    return problems


def _regions(guide: Guide) -> list[Problem]:
    regions = guide.places
    region_ids = {region.id for region in regions.regions}
    landsdel_ids = {landsdel.id for landsdel in regions.landsdele}
    municipalities = {m.name for m in regions.municipalities}
    problems = []
    for index, landsdel in enumerate(regions.landsdele):
        if landsdel.region not in region_ids:
            loc = ("landsdele", index, "region")
            problems.append(
                Problem("regions", loc, t(Msg.CHECK_UNKNOWN_REGION, id=landsdel.region))
            )
    for index, area in enumerate(regions.areas):
        for number, item in enumerate(area.landsdele):
            if item not in landsdel_ids:
                loc = ("areas", index, "landsdele", number)
                problems.append(Problem("regions", loc, t(Msg.CHECK_UNKNOWN_AREA, id=item)))
    for index, municipality in enumerate(regions.municipalities):
        if municipality.landsdel not in landsdel_ids:
            loc = ("municipalities", index, "landsdel")
            message = t(Msg.CHECK_UNKNOWN_AREA, id=municipality.landsdel)
            problems.append(Problem("regions", loc, message))
    for index, town in enumerate(regions.towns):
        if town.municipality not in municipalities:
            loc = ("towns", index, "municipality")
            message = t(Msg.CHECK_UNKNOWN_PLACE, name=town.municipality)
            problems.append(Problem("regions", loc, message))
    return problems


def _cases(guide: Guide) -> list[Problem]:
    """Every case asks the six questions once, in order; every pointer resolves."""
    known = {
        "phrases": {p.id for p in guide.phrases},
        "resources": {r.id for r in guide.resources},
        "facts": {f.id for f in guide.facts},
        "checklist": {c.id for c in guide.checklist},
    }
    problems = []

    def pointers(loc: Loc, value: Pointers) -> None:
        for kind, ids in known.items():
            for number, item in enumerate(getattr(value, kind)):
                if item not in ids:
                    message = t(Msg.CHECK_UNKNOWN_POINTER, kind=kind, id=item)
                    problems.append(Problem("cases", (*loc, "pointers", kind, number), message))

    for index, case in enumerate(guide.cases):
        asked = tuple(r.question for r in case.reflections)
        if asked != vocab.REFLECTION_QUESTIONS:
            message = t(Msg.CHECK_REFLECTIONS, expected=", ".join(vocab.REFLECTION_QUESTIONS))
            problems.append(Problem("cases", ("cases", index, "reflections"), message))
        for number, reflection in enumerate(case.reflections):
            pointers(("cases", index, "reflections", number), reflection.pointers)
    for index, item in enumerate(guide.self_check):
        pointers(("self_check", index), item.pointers)
    return problems
