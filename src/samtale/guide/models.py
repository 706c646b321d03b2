"""The guide data's record types, one per kind of YAML file (see docs/data-format.md).

They are plain frozen dataclasses so that a read command can load the cached, already
validated guide without importing pydantic; `samtale.guide.load` validates the YAML into
them with pydantic (unknown keys are errors, types and formats are checked). Checks that
span files, such as "every tag names something that exists", live in `samtale.guide.check`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Literal

from annotated_types import MinLen, Predicate


def is_id(text: str) -> bool:
    """Lower-case letters, digits and underscores, as ids in DESIGN.md are."""
    return re.fullmatch(r"[a-z0-9][a-z0-9_]*", text) is not None


def is_month(text: str) -> bool:
    """``YYYY-MM``, the month a source gives."""
    return re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", text) is not None


Id = Annotated[str, Predicate(is_id)]
Text = Annotated[str, MinLen(1)]
Month = Annotated[str, Predicate(is_month)]

# Every record forbids unknown keys when pydantic validates it.
STRICT: Any = {"extra": "forbid"}


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


@dataclass(frozen=True, kw_only=True)
class SourceRef:
    """Where a fact comes from: a document of sources.yaml and a section heading in it."""

    __pydantic_config__ = STRICT

    doc: Id
    section: Text


@dataclass(frozen=True, kw_only=True)
class Source:
    __pydantic_config__ = STRICT

    id: Id
    title: Text
    publisher: Text
    date: Month | None = None
    web: Text | None = None


@dataclass(frozen=True, kw_only=True)
class Topic:
    __pydantic_config__ = STRICT

    id: Id
    label: Text
    aliases: tuple[Text, ...] = ()
    description: Text
    source: SourceRef | None = None


@dataclass(frozen=True, kw_only=True)
class Context:
    __pydantic_config__ = STRICT

    id: Id
    label: Text
    aliases: tuple[Text, ...] = ()
    description: Text
    source: SourceRef | None = None


class SignKind(StrEnum):
    SIGN = "sign"
    CONSEQUENCE = "consequence"
    INDICATION = "indication"


@dataclass(frozen=True, kw_only=True)
class Sign:
    __pydantic_config__ = STRICT

    id: Id
    kind: SignKind
    label: Text
    description: Text
    other_explanations: Text | None = None
    source: SourceRef


@dataclass(frozen=True, kw_only=True)
class Phrase:
    __pydantic_config__ = STRICT

    id: Id
    topic: Id
    text: Text
    fits: tuple[Id, ...] = ()
    source: SourceRef


class ChecklistKind(StrEnum):
    STEP = "step"
    DUTY = "duty"


@dataclass(frozen=True, kw_only=True)
class ChecklistItem:
    __pydantic_config__ = STRICT

    id: Id
    kind: ChecklistKind
    text: Text
    law: Text | None = None
    how_to_tell: Text | None = None
    when: tuple[Id, ...] = ()
    lead_when: tuple[Id, ...] = ()
    source: SourceRef


class FactTopic(StrEnum):
    LAW = "law"
    STATS = "stats"
    TERMS = "terms"


class NoteRule(StrEnum):
    ALWAYS = "always"
    MATCHED = "matched"
    NEVER = "never"


@dataclass(frozen=True, kw_only=True)
class Fact:
    __pydantic_config__ = STRICT

    id: Id
    topic: FactTopic
    title: Text
    text: Text
    note: NoteRule = NoteRule.MATCHED
    fits: tuple[Id, ...] = ()
    source: SourceRef


@dataclass(frozen=True, kw_only=True)
class Term:
    """A word of a small vocabulary (a group served, a service offered)."""

    __pydantic_config__ = STRICT

    id: Id
    label: Text
    aliases: tuple[Text, ...] = ()


class ContactKind(StrEnum):
    PHONE = "phone"
    WEB = "web"
    EMAIL = "email"
    ADDRESS = "address"


@dataclass(frozen=True, kw_only=True)
class ContactPoint:
    __pydantic_config__ = STRICT

    kind: ContactKind
    value: Text
    note: Text | None = None
    source: SourceRef


@dataclass(frozen=True, kw_only=True)
class Eligibility:
    """Hard limits on who a resource serves; None means no limit."""

    __pydantic_config__ = STRICT

    age_groups: tuple[AgeGroup, ...] | None = None
    genders: tuple[Gender, ...] | None = None
    nationality: Literal["any", "foreign"] = "any"


class Status(StrEnum):
    ACTIVE = "active"
    HISTORICAL = "historical"


@dataclass(frozen=True, kw_only=True)
class Resource:
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    status: Status = Status.ACTIVE
    description: Text
    groups: tuple[Id, ...] = ()
    services: tuple[Id, ...] = ()
    eligibility: Eligibility = Eligibility()
    coverage: Literal["national", "unstated"] | Annotated[tuple[Id, ...], MinLen(1)]
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


@dataclass(frozen=True, kw_only=True)
class Landsdel:
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    region: Id
    aliases: tuple[Text, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Region:
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    aliases: tuple[Text, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Area:
    __pydantic_config__ = STRICT

    id: Id
    name: Text
    landsdele: Annotated[tuple[Id, ...], MinLen(1)]
    aliases: tuple[Text, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Municipality:
    __pydantic_config__ = STRICT

    name: Text
    landsdel: Id
    aliases: tuple[Text, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Town:
    __pydantic_config__ = STRICT

    name: Text
    municipality: Text
    aliases: tuple[Text, ...] = ()


# One model per file: the loader validates each file against its own model so that an
# error names the file it is in.


@dataclass(frozen=True, kw_only=True)
class SourcesFile:
    __pydantic_config__ = STRICT

    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class TopicsFile:
    __pydantic_config__ = STRICT

    topics: tuple[Topic, ...]


@dataclass(frozen=True, kw_only=True)
class ContextsFile:
    __pydantic_config__ = STRICT

    contexts: tuple[Context, ...]


@dataclass(frozen=True, kw_only=True)
class SignsFile:
    __pydantic_config__ = STRICT

    signs: tuple[Sign, ...]


@dataclass(frozen=True, kw_only=True)
class PhrasesFile:
    __pydantic_config__ = STRICT

    phrases: tuple[Phrase, ...]


@dataclass(frozen=True, kw_only=True)
class ChecklistFile:
    __pydantic_config__ = STRICT

    checklist: tuple[ChecklistItem, ...]


@dataclass(frozen=True, kw_only=True)
class FactsFile:
    __pydantic_config__ = STRICT

    facts: tuple[Fact, ...]


@dataclass(frozen=True, kw_only=True)
class VocabularyFile:
    __pydantic_config__ = STRICT

    groups: tuple[Term, ...]
    services: tuple[Term, ...]


@dataclass(frozen=True, kw_only=True)
class ResourcesFile:
    __pydantic_config__ = STRICT

    resources: tuple[Resource, ...]


@dataclass(frozen=True, kw_only=True)
class RegionsFile:
    __pydantic_config__ = STRICT

    landsdele: tuple[Landsdel, ...]
    regions: tuple[Region, ...]
    areas: tuple[Area, ...] = ()
    municipalities: tuple[Municipality, ...]
    towns: tuple[Town, ...] = ()


FILE_MODELS: dict[str, type] = {
    "sources": SourcesFile,
    "topics": TopicsFile,
    "contexts": ContextsFile,
    "signs": SignsFile,
    "phrases": PhrasesFile,
    "checklist": ChecklistFile,
    "facts": FactsFile,
    "vocabulary": VocabularyFile,
    "resources": ResourcesFile,
    "regions": RegionsFile,
}


@dataclass(frozen=True, kw_only=True)
class Guide:
    """All the content of one country, validated file by file."""

    __pydantic_config__ = STRICT

    country: str
    sources: SourcesFile
    topics: TopicsFile
    contexts: ContextsFile
    signs: SignsFile
    phrases: PhrasesFile
    checklist: ChecklistFile
    facts: FactsFile
    vocabulary: VocabularyFile
    resources: ResourcesFile
    regions: RegionsFile
