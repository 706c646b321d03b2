"""Pydantic models of the guide data, one per kind of YAML file (see docs/data-format.md).

They are strict (unknown keys are errors) and frozen; checks that span files, such as
"every tag names something that exists", live in `samtale.guide.check`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Month = Annotated[str, StringConstraints(pattern=r"^(19|20)\d\d-(0[1-9]|1[0-2])$")]


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


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(Strict):
    """Where a fact comes from: a document of sources.yaml and a section heading in it."""

    doc: Id
    section: Text


class Source(Strict):
    id: Id
    title: Text
    publisher: Text
    date: Month | None = None
    web: Text | None = None


class Topic(Strict):
    id: Id
    label: Text
    aliases: list[Text] = []
    description: Text
    source: SourceRef | None = None


class Context(Strict):
    id: Id
    label: Text
    aliases: list[Text] = []
    description: Text
    source: SourceRef | None = None


class SignKind(StrEnum):
    SIGN = "sign"
    CONSEQUENCE = "consequence"
    INDICATION = "indication"


class Sign(Strict):
    id: Id
    kind: SignKind
    label: Text
    description: Text
    other_explanations: Text | None = None
    source: SourceRef


class Phrase(Strict):
    id: Id
    topic: Id
    text: Text
    fits: list[Id] = []
    source: SourceRef


class ChecklistKind(StrEnum):
    STEP = "step"
    DUTY = "duty"


class ChecklistItem(Strict):
    id: Id
    kind: ChecklistKind
    text: Text
    law: Text | None = None
    how_to_tell: Text | None = None
    when: list[Id] = []
    lead_when: list[Id] = []
    source: SourceRef


class FactTopic(StrEnum):
    LAW = "law"
    STATS = "stats"
    TERMS = "terms"


class NoteRule(StrEnum):
    ALWAYS = "always"
    MATCHED = "matched"
    NEVER = "never"


class Fact(Strict):
    id: Id
    topic: FactTopic
    title: Text
    text: Text
    note: NoteRule = NoteRule.MATCHED
    fits: list[Id] = []
    source: SourceRef


class Term(Strict):
    """A word of a small vocabulary (a group served, a service offered)."""

    id: Id
    label: Text
    aliases: list[Text] = []


class ContactKind(StrEnum):
    PHONE = "phone"
    WEB = "web"
    EMAIL = "email"
    ADDRESS = "address"


class ContactPoint(Strict):
    kind: ContactKind
    value: Text
    note: Text | None = None
    source: SourceRef


class Eligibility(Strict):
    """Hard limits on who a resource serves; None means no limit."""

    age_groups: list[AgeGroup] | None = None
    genders: list[Gender] | None = None
    nationality: Literal["any", "foreign"] = "any"


class Status(StrEnum):
    ACTIVE = "active"
    HISTORICAL = "historical"


class Resource(Strict):
    id: Id
    name: Text
    status: Status = Status.ACTIVE
    description: Text
    groups: list[Id] = []
    services: list[Id] = []
    eligibility: Eligibility = Eligibility()
    coverage: Literal["national", "unstated"] | list[Id] = Field(min_length=1)
    locations: list[Text] = []
    contact: list[ContactPoint] = []
    languages: list[Text] = []
    anonymous: bool | None = None
    free: bool | None = None
    for_citizens: bool = True
    for_professionals: bool = False
    fits: list[Id] = []
    lead_when: list[Id] = []
    source: SourceRef
    verified: Month | None = None


class Landsdel(Strict):
    id: Id
    name: Text
    region: Id
    aliases: list[Text] = []


class Region(Strict):
    id: Id
    name: Text
    aliases: list[Text] = []


class Area(Strict):
    id: Id
    name: Text
    landsdele: list[Id] = Field(min_length=1)
    aliases: list[Text] = []


class Municipality(Strict):
    name: Text
    landsdel: Id
    aliases: list[Text] = []


class Town(Strict):
    name: Text
    municipality: Text
    aliases: list[Text] = []


# One model per file: the loader validates each file against its own model so that an
# error names the file it is in.


class SourcesFile(Strict):
    sources: list[Source]


class TopicsFile(Strict):
    topics: list[Topic]


class ContextsFile(Strict):
    contexts: list[Context]


class SignsFile(Strict):
    signs: list[Sign]


class PhrasesFile(Strict):
    phrases: list[Phrase]


class ChecklistFile(Strict):
    checklist: list[ChecklistItem]


class FactsFile(Strict):
    facts: list[Fact]


class VocabularyFile(Strict):
    groups: list[Term]
    services: list[Term]


class ResourcesFile(Strict):
    resources: list[Resource]


class RegionsFile(Strict):
    landsdele: list[Landsdel]
    regions: list[Region]
    areas: list[Area] = []
    municipalities: list[Municipality]
    towns: list[Town] = []


FILE_MODELS: dict[str, type[Strict]] = {
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


class Guide(Strict):
    """All the content of one country, validated file by file."""

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
