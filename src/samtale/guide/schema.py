"""The shape of each YAML file, for pydantic. Imported only when data is validated.

Each file is a mapping whose keys are fixed (unknown keys are errors) and whose entries are
the records of `samtale.guide.models`; these wrappers exist only to validate a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from samtale.guide.models import (
    STRICT,
    Case,
    ChecklistItem,
    Context,
    Fact,
    Handout,
    Phrase,
    Places,
    Rendering,
    Resource,
    SelfCheck,
    Sign,
    Source,
    Term,
    Topic,
)


@dataclass(frozen=True)
class SourcesFile:
    __pydantic_config__ = STRICT

    sources: tuple[Source, ...]


@dataclass(frozen=True)
class TopicsFile:
    __pydantic_config__ = STRICT

    topics: tuple[Topic, ...]


@dataclass(frozen=True)
class ContextsFile:
    __pydantic_config__ = STRICT

    contexts: tuple[Context, ...]


@dataclass(frozen=True)
class SignsFile:
    __pydantic_config__ = STRICT

    signs: tuple[Sign, ...]


@dataclass(frozen=True)
class PhrasesFile:
    __pydantic_config__ = STRICT

    phrases: tuple[Phrase, ...]


@dataclass(frozen=True)
class RenderingsFile:
    """phrases.en.yaml: each phrase of phrases.yaml in English, under the phrase's id."""

    __pydantic_config__ = STRICT

    phrases: tuple[Rendering, ...]


@dataclass(frozen=True)
class ChecklistFile:
    __pydantic_config__ = STRICT

    checklist: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class FactsFile:
    __pydantic_config__ = STRICT

    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class VocabularyFile:
    __pydantic_config__ = STRICT

    groups: tuple[Term, ...]
    services: tuple[Term, ...]
    sectors: tuple[Term, ...] = ()


@dataclass(frozen=True)
class ResourcesFile:
    __pydantic_config__ = STRICT

    resources: tuple[Resource, ...]


@dataclass(frozen=True)
class CasesFile:
    __pydantic_config__ = STRICT

    cases: tuple[Case, ...]
    self_check: tuple[SelfCheck, ...]


FILES: dict[str, Any] = {
    "sources": SourcesFile,
    "topics": TopicsFile,
    "contexts": ContextsFile,
    "signs": SignsFile,
    "phrases": PhrasesFile,
    "phrases.en": RenderingsFile,
    "checklist": ChecklistFile,
    "facts": FactsFile,
    "vocabulary": VocabularyFile,
    "resources": ResourcesFile,
    "regions": Places,
    "cases": CasesFile,
    "handout": Handout,
}


def validate(kind: str, raw: Any) -> Any:
    """Validate the parsed YAML of one file; raises pydantic's `ValidationError`."""
    return TypeAdapter(FILES[kind]).validate_python(raw)
