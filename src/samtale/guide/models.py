"""The guide data's record types (the YAML format is in docs/data-format.md).

They are plain dataclasses, cheap to define, so a read command can load the cached, already
validated guide without importing pydantic or YAML. They are read-only by convention (every
collection is a tuple).
`samtale.guide.schema` validates the YAML into them with pydantic (unknown keys are errors,
types are checked); `samtale.guide.check` checks formats and what spans entries and files.

`Id`, `Text`, `Month` and `Day` are plain strings at run time; their names tell the checks which
format a field must have.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from enum import StrEnum
from typing import Any, Literal

Id = str  # lower-case letters, digits and underscores
Text = str  # non-empty after stripping
Month = str  # "YYYY-MM", the month a source gives
Day = str  # "YYYY-MM" or "YYYY-MM-DD": as exact as the page or the person checking states it

# Every record forbids unknown keys when pydantic validates it.
STRICT: Any = {"extra": "forbid"}


class Record:
    """Base of the records: one keyword constructor and a readable repr for all of them.

    `dataclass` only records each class's fields (init, repr and eq are not generated):
    generating them for every record costs each read command about a fifth of a bare Typer
    start (docs/performance.md), more than it may spend. pydantic fills the fields itself
    when it validates the YAML, and msgspec when it decodes the cache
    (`samtale.guide.plain`); neither calls `__init__`.
    """

    def __init__(self, **values: Any) -> None:
        for field in fields(self):  # type: ignore[arg-type]
            if field.name in values:
                value = values.pop(field.name)
            elif field.default is not MISSING:
                value = field.default
            else:
                raise TypeError(f"{type(self).__name__}() needs {field.name}")
            setattr(self, field.name, value)
        if values:
            raise TypeError(f"{type(self).__name__}() got unknown fields {sorted(values)}")

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))  # type: ignore[arg-type]
        return f"{type(self).__name__}({shown})"


record = dataclass(init=False, repr=False, eq=False)


class AgeGroup(StrEnum):
    UNDER_18 = "under_18"
    AGE_18_29 = "18_29"
    AGE_30_PLUS = "30_plus"
    UNKNOWN = "unknown"


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    TRANS = "trans"
    NONBINARY = "nonbinary"
    UNKNOWN = "unknown"


class Nationality(StrEnum):
    """Whether the person is a national of the country the guide is for."""

    DOMESTIC = "domestic"
    FOREIGN = "foreign"
    UNKNOWN = "unknown"


class Sector(StrEnum):
    """Where the professional works: the duty to notify binds them differently."""

    PUBLIC = "public"
    PRIVATE = "private"
    UNKNOWN = "unknown"


class SignKind(StrEnum):
    SIGN = "sign"
    CONSEQUENCE = "consequence"
    INDICATION = "indication"


class ChecklistKind(StrEnum):
    STEP = "step"
    DUTY = "duty"


class FactTopic(StrEnum):
    LAW = "law"
    STATS = "stats"
    TERMS = "terms"


class NoteRule(StrEnum):
    ALWAYS = "always"
    MATCHED = "matched"
    NEVER = "never"


class ContactKind(StrEnum):
    PHONE = "phone"
    WEB = "web"
    EMAIL = "email"
    ADDRESS = "address"


class Status(StrEnum):
    ACTIVE = "active"
    HISTORICAL = "historical"


@record
class SourceRef(Record):
    """Where a fact comes from: a document of sources.yaml and a section heading in it."""

    __pydantic_config__ = STRICT

    doc: Id
    section: Text


# How a conversation is held: in which language, and whether an interpreter takes part.
Conversation = Literal["language_da", "language_sv", "language_en", "interpreter"]


@record
class Condition(Record):
    """Whom an item is for. Every list given must hold; one value of a list is enough.

    An empty condition holds for everyone. Unknown values are ordinary values here: a
    condition that should include a person of unknown gender lists `unknown`.
    """

    __pydantic_config__ = STRICT

    age_groups: tuple[AgeGroup, ...] = ()
    genders: tuple[Gender, ...] = ()
    nationality: tuple[Nationality, ...] = ()
    sectors: tuple[Sector, ...] = ()
    contexts: tuple[Id, ...] = ()
    signs: tuple[Id, ...] = ()
    conversation: tuple[Conversation, ...] = ()


@record
class LawBasis(Record):
    """What a legal fact or duty rests on, and how current that is.

    `source` names the public text it was checked against (the law itself or the
    authority's guidance) and `web` its address; `checked` is the day it was last checked,
    `in_force` the day the rule as stated took effect, when a source confirms it.
    `unconfirmed` says what could not be confirmed from a public source, so the note says
    so instead of guessing.
    """

    __pydantic_config__ = STRICT

    statute: Text
    source: Text
    web: Text
    checked: Day
    in_force: Day | None = None
    unconfirmed: Text | None = None


@record
class Source(Record):
    __pydantic_config__ = STRICT

    id: Id
    title: Text
    publisher: Text
    date: Day | None = None
    web: Text | None = None
    url: Text | None = None  # the page's own address, for a web page


@record
class Topic(Record):
    """A phase of the conversation; `added_when` brings it into a note the user did not
    choose it for, `lead_when` puts it right after the opening."""

    __pydantic_config__ = STRICT

    id: Id
    label: Text
    aliases: tuple[Text, ...] = ()
    description: Text
    added_when: tuple[Condition, ...] = ()
    lead_when: tuple[Condition, ...] = ()
    source: SourceRef | None = None


@record
class Context(Record):
    __pydantic_config__ = STRICT

    id: Id
    label: Text
    aliases: tuple[Text, ...] = ()
    description: Text
    source: SourceRef | None = None
    # Answers this context contradicts: it is not offered once one of them was chosen.
    not_with: tuple[Id, ...] = ()
    # Answers that already say this context (age 18_29 says "young"): it is not offered
    # after them, and counts as chosen.
    said_by: tuple[Id, ...] = ()


@record
class Sign(Record):
    __pydantic_config__ = STRICT

    id: Id
    kind: SignKind
    label: Text
    description: Text
    other_explanations: Text | None = None
    source: SourceRef


@record
class Phrase(Record):
    __pydantic_config__ = STRICT

    id: Id
    topic: Id
    text: Text
    fits: tuple[Id, ...] = ()
    first: bool = False
    when: tuple[Condition, ...] = ()
    not_for: tuple[Condition, ...] = ()
    source: SourceRef


@record
class Rendering(Record):
    """A phrase in another conversation language, keyed by the id of the phrase it renders.

    Topic, fit conditions and source are the phrase's own, so they cannot drift apart.
    """

    __pydantic_config__ = STRICT

    id: Id
    text: Text


@record
class ChecklistItem(Record):
    __pydantic_config__ = STRICT

    id: Id
    kind: ChecklistKind
    text: Text
    law: Text | None = None
    basis: LawBasis | None = None
    how_to_tell: Text | None = None
    when: tuple[Condition, ...] = ()
    not_for: tuple[Condition, ...] = ()
    lead_when: tuple[Id, ...] = ()
    source: SourceRef


@record
class Fact(Record):
    __pydantic_config__ = STRICT

    id: Id
    topic: FactTopic
    title: Text
    text: Text
    note: NoteRule = NoteRule.MATCHED
    basis: LawBasis | None = None
    fits: tuple[Id, ...] = ()
    when: tuple[Condition, ...] = ()
    not_for: tuple[Condition, ...] = ()
    source: SourceRef


@record
class Term(Record):
    """A word of a small vocabulary (a group served, a service offered)."""

    __pydantic_config__ = STRICT

    id: Id
    label: Text
    aliases: tuple[Text, ...] = ()


@record
class ContactPoint(Record):
    """One way to reach an offer, with the date its source gives it (None: undated).

    Bundled data needs `source`; a local file's point may leave both out, and then takes
    the entry's `verified` date as its `as_of`.
    """

    __pydantic_config__ = STRICT

    kind: ContactKind
    value: Text
    note: Text | None = None
    as_of: Day | None = None
    source: SourceRef | None = None


@record
class Route(Record):
    """How to reach an offer without a current contact of its own: through another offer
    (its parent organisation, the national line that refers there), whose dated contact
    point is shown with it. `note` says what to ask for there."""

    __pydantic_config__ = STRICT

    resource: Id
    note: Text


@record
class Eligibility(Record):
    """Hard limits on who a resource serves; None means no limit."""

    __pydantic_config__ = STRICT

    age_groups: tuple[AgeGroup, ...] | None = None
    genders: tuple[Gender, ...] | None = None
    nationality: Literal["any", "foreign"] = "any"


@record
class Resource(Record):
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    status: Status = Status.ACTIVE
    description: Text
    groups: tuple[Id, ...] = ()
    services: tuple[Id, ...] = ()
    eligibility: Eligibility = Eligibility()
    coverage: Literal["national", "unstated"] | tuple[Id, ...]
    locations: tuple[Text, ...] = ()
    # Where an offer of unstated coverage lies (landsdel ids of its locations): it is then
    # offered to people there, the nearest help, without claiming whom else it serves.
    lies_in: tuple[Id, ...] = ()
    contact: tuple[ContactPoint, ...] = ()
    reach_via: Route | None = None
    languages: tuple[Text, ...] = ()
    anonymous: bool | None = None
    free: bool | None = None
    for_citizens: bool = True
    for_professionals: bool = False
    fits: tuple[Id, ...] = ()
    lead_when: tuple[Id, ...] = ()
    # Whom the offer is for (a shelter: people without a home) and never for; see `select.suits`.
    when: tuple[Condition, ...] = ()
    not_for: tuple[Condition, ...] = ()
    source: SourceRef | None = None  # required in bundled data
    # Only an organisation's local file sets these: when and by whom the entry was checked.
    verified: Day | None = None
    verified_by: Text | None = None
    local: bool = False  # set when read from the local file, never written in data


@record
class Landsdel(Record):
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    region: Id
    aliases: tuple[Text, ...] = ()


@record
class Region(Record):
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    aliases: tuple[Text, ...] = ()


@record
class Area(Record):
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    landsdele: tuple[Id, ...]
    aliases: tuple[Text, ...] = ()


@record
class Municipality(Record):
    __pydantic_config__ = STRICT

    name: Text
    landsdel: Id
    aliases: tuple[Text, ...] = ()


@record
class Town(Record):
    __pydantic_config__ = STRICT

    name: Text
    municipality: Text
    aliases: tuple[Text, ...] = ()


@record
class Places(Record):
    """regions.yaml: every place name a user may type, down to landsdele."""

    __pydantic_config__ = STRICT

    landsdele: tuple[Landsdel, ...]
    regions: tuple[Region, ...]
    areas: tuple[Area, ...] = ()
    municipalities: tuple[Municipality, ...]
    towns: tuple[Town, ...] = ()


@record
class Pointers(Record):
    """What a facilitator can reveal: ids of phrases, resources, facts and checklist items."""

    __pydantic_config__ = STRICT

    phrases: tuple[Id, ...] = ()
    resources: tuple[Id, ...] = ()
    facts: tuple[Id, ...] = ()
    checklist: tuple[Id, ...] = ()


@record
class Reflection(Record):
    """One of the six reflection questions, as it applies to one case."""

    __pydantic_config__ = STRICT

    question: Id
    hint: Text
    pointers: Pointers = Pointers()


@record
class Case(Record):
    """A training vignette for practice alone or in a team meeting."""

    __pydantic_config__ = STRICT

    id: Id
    aliases: tuple[Text, ...] = ()  # earlier ids, still accepted
    title: Text
    story: Text
    reflections: tuple[Reflection, ...]
    source: SourceRef


@record
class SelfCheck(Record):
    """A question for `samtale reflect`, asked before a conversation; never saved."""

    __pydantic_config__ = STRICT

    id: Id
    question: Text
    why: Text
    if_not: Text
    pointers: Pointers = Pointers()
    source: SourceRef


@record
class Wording(Record):
    """One text in one language."""

    __pydantic_config__ = STRICT

    language: Id
    text: Text


@record
class Label(Record):
    __pydantic_config__ = STRICT

    id: Id
    label: Text


@record
class HandoutWords(Record):
    """The fixed wording of the person's page (`samtale handout`) in one language.

    `{place}`, `{month}` and `{day}` are filled in; `services` names the services in this
    language (empty: the labels of vocabulary.yaml, which are in the guide's own language).
    """

    __pydantic_config__ = STRICT

    language: Id
    title: Text
    title_national: Text
    discreet_title: Text
    discreet_title_national: Text
    intro: Text
    discreet_intro: Text
    nearby: Text
    national: Text
    rights: Text
    free: Text
    anonymous: Text
    as_of: Text
    undated: Text
    check_first: Text
    no_offers: Text
    footer: Text
    day: Text
    phone: Text
    web: Text
    email: Text
    address: Text
    months: tuple[Text, ...]
    services: tuple[Label, ...] = ()


@record
class Revealing(Record):
    """Words that would show what a discreet page is about, in one language."""

    __pydantic_config__ = STRICT

    language: Id
    words: tuple[Text, ...]


@record
class HandoutRight(Record):
    """A right the sources state, worded for the person in each handout language."""

    __pydantic_config__ = STRICT

    id: Id
    texts: tuple[Wording, ...]
    source: SourceRef


@record
class Handout(Record):
    """handout.yaml: everything the person's page says besides the offers."""

    __pydantic_config__ = STRICT

    words: tuple[HandoutWords, ...]
    revealing: tuple[Revealing, ...]
    rights: tuple[HandoutRight, ...]
    not_for_the_person: tuple[Id, ...] = ()  # services only professionals use


@record
class Guide(Record):
    """All the content of one country."""

    country: str
    sources: tuple[Source, ...]
    topics: tuple[Topic, ...]
    contexts: tuple[Context, ...]
    signs: tuple[Sign, ...]
    phrases: tuple[Phrase, ...]
    checklist: tuple[ChecklistItem, ...]
    facts: tuple[Fact, ...]
    groups: tuple[Term, ...]
    services: tuple[Term, ...]
    sectors: tuple[Term, ...]
    resources: tuple[Resource, ...]
    places: Places
    cases: tuple[Case, ...]
    self_check: tuple[SelfCheck, ...]
    phrases_en: tuple[Rendering, ...]
    handout: Handout
