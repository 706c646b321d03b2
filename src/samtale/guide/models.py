"""The guide data's record types (the YAML format is in docs/data-format.md).

They are plain dataclasses, cheap to define, so a read command can load the cached, already
validated guide without importing pydantic or YAML. They are read-only by convention (every
collection is a tuple); `frozen=True` would double the time it takes to define them.
`samtale.guide.schema` validates the YAML into them with pydantic (unknown keys are errors,
types are checked); `samtale.guide.check` checks formats and what spans entries and files.

`Id`, `Text` and `Month` are plain strings at run time; their names tell the checks which
format a field must have.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

Id = str  # lower-case letters, digits and underscores
Text = str  # non-empty after stripping
Month = str  # "YYYY-MM", the month a source gives

# Every record forbids unknown keys when pydantic validates it.
STRICT: Any = {"extra": "forbid"}

record = dataclass(kw_only=True, eq=False, repr=False)


class _Shown:
    """A readable repr for records without generating one per class (that costs start-up)."""

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in vars(self).items())
        return f"{type(self).__name__}({fields})"


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
class SourceRef(_Shown):
    """Where a fact comes from: a document of sources.yaml and a section heading in it."""

    __pydantic_config__ = STRICT

    doc: Id
    section: Text


@record
class Source(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    title: Text
    publisher: Text
    date: Month | None = None
    web: Text | None = None


@record
class Topic(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    label: Text
    aliases: tuple[Text, ...] = ()
    description: Text
    source: SourceRef | None = None


@record
class Context(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    label: Text
    aliases: tuple[Text, ...] = ()
    description: Text
    source: SourceRef | None = None


@record
class Sign(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    kind: SignKind
    label: Text
    description: Text
    other_explanations: Text | None = None
    source: SourceRef


@record
class Phrase(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    topic: Id
    text: Text
    fits: tuple[Id, ...] = ()
    source: SourceRef


@record
class ChecklistItem(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    kind: ChecklistKind
    text: Text
    law: Text | None = None
    how_to_tell: Text | None = None
    when: tuple[Id, ...] = ()
    lead_when: tuple[Id, ...] = ()
    source: SourceRef


@record
class Fact(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    topic: FactTopic
    title: Text
    text: Text
    note: NoteRule = NoteRule.MATCHED
    fits: tuple[Id, ...] = ()
    source: SourceRef


@record
class Term(_Shown):
    """A word of a small vocabulary (a group served, a service offered)."""

    __pydantic_config__ = STRICT

    id: Id
    label: Text
    aliases: tuple[Text, ...] = ()


@record
class ContactPoint(_Shown):
    __pydantic_config__ = STRICT

    kind: ContactKind
    value: Text
    note: Text | None = None
    source: SourceRef


@record
class Eligibility(_Shown):
    """Hard limits on who a resource serves; None means no limit."""

    __pydantic_config__ = STRICT

    age_groups: tuple[AgeGroup, ...] | None = None
    genders: tuple[Gender, ...] | None = None
    nationality: Literal["any", "foreign"] = "any"


@record
class Resource(_Shown):
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
    contact: tuple[ContactPoint, ...] = ()
    languages: tuple[Text, ...] = ()
    anonymous: bool | None = None
    free: bool | None = None
    for_citizens: bool = True
    for_professionals: bool = False
    fits: tuple[Id, ...] = ()
    lead_when: tuple[Id, ...] = ()
    source: SourceRef
    verified: Month | None = None


@record
class Landsdel(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    region: Id
    aliases: tuple[Text, ...] = ()


@record
class Region(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    aliases: tuple[Text, ...] = ()


@record
class Area(_Shown):
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    landsdele: tuple[Id, ...]
    aliases: tuple[Text, ...] = ()


@record
class Municipality(_Shown):
    __pydantic_config__ = STRICT

    name: Text
    landsdel: Id
    aliases: tuple[Text, ...] = ()


@record
class Town(_Shown):
    __pydantic_config__ = STRICT

    name: Text
    municipality: Text
    aliases: tuple[Text, ...] = ()


@record
class Places(_Shown):
    """regions.yaml: every place name a user may type, down to landsdele."""

    __pydantic_config__ = STRICT

    landsdele: tuple[Landsdel, ...]
    regions: tuple[Region, ...]
    areas: tuple[Area, ...] = ()
    municipalities: tuple[Municipality, ...]
    towns: tuple[Town, ...] = ()


@record
class Pointers(_Shown):
    """What a facilitator can reveal: ids of phrases, resources, facts and checklist items."""

    __pydantic_config__ = STRICT

    phrases: tuple[Id, ...] = ()
    resources: tuple[Id, ...] = ()
    facts: tuple[Id, ...] = ()
    checklist: tuple[Id, ...] = ()


@record
class Reflection(_Shown):
    """One of the six reflection questions, as it applies to one case."""

    __pydantic_config__ = STRICT

    question: Id
    hint: Text
    pointers: Pointers = Pointers()


@record
class Case(_Shown):
    """A training vignette for practice alone or in a team meeting."""

    __pydantic_config__ = STRICT

    id: Id
    title: Text
    story: Text
    reflections: tuple[Reflection, ...]
    source: SourceRef


@record
class SelfCheck(_Shown):
    """A question for `samtale reflect`, asked before a conversation; never saved."""

    __pydantic_config__ = STRICT

    id: Id
    question: Text
    why: Text
    if_not: Text
    pointers: Pointers = Pointers()
    source: SourceRef


@record
class Guide(_Shown):
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
    resources: tuple[Resource, ...]
    places: Places
    cases: tuple[Case, ...]
    self_check: tuple[SelfCheck, ...]
