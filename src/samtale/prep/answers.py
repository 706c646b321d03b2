"""The answers of a prep run: one object, whether typed at the prompts or read from a file.

`Answers` checks the shape (known keys, right types); `resolve` checks every value against
the guide (ids, place names) and turns aliases into ids, with one-line Danish errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from samtale.errors import UsageError
from samtale.guide.choices import Choices
from samtale.guide.models import AgeGroup, Gender, Guide
from samtale.guide.places import Place
from samtale.guide.select import Lookups
from samtale.guide.vocab import PHASE_TOPICS
from samtale.messages import catalogue_keys, t
from samtale.store.identifiers import refuse_identifiers
from samtale.store.text import MAX_FIELD, clean

TextField = Annotated[str, Field(max_length=MAX_FIELD)]


class Answers(BaseModel):
    """What the professional recorded; the YAML form of ``--answers FILE``."""

    model_config = ConfigDict(extra="forbid")

    role: TextField = ""
    citizen: str = Field(min_length=1, max_length=40)
    age_group: TextField = AgeGroup.UNKNOWN.value
    gender: TextField = Gender.UNKNOWN.value
    region: TextField = ""
    signs: dict[TextField, TextField] = {}
    contexts: list[TextField] = []
    other_explanations: TextField = ""
    topics: list[TextField] = list(PHASE_TOPICS)

    @field_validator("signs", mode="before")
    @classmethod
    def _empty_observation(cls, value: Any) -> Any:
        """``sign_id:`` with nothing after it means "seen, not described"."""
        if isinstance(value, dict):
            return {key: "" if text is None else text for key, text in value.items()}
        return value

    @field_validator("role", "citizen", "region", "other_explanations", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return "" if value is None else value

    @field_validator("role", "citizen", "age_group", "gender", "region", mode="after")
    @classmethod
    def _one_clean_line(cls, value: str) -> str:
        return clean(value, multiline=False)

    @field_validator("other_explanations", mode="after")
    @classmethod
    def _clean_text(cls, value: str) -> str:
        return clean(value)

    @field_validator("signs", mode="after")
    @classmethod
    def _clean_observations(cls, value: dict[str, str]) -> dict[str, str]:
        return {clean(key, multiline=False): clean(text) for key, text in value.items()}

    @field_validator("contexts", "topics", mode="after")
    @classmethod
    def _clean_ids(cls, value: list[str]) -> list[str]:
        return [clean(item, multiline=False) for item in value]

    def free_texts(self) -> list[str]:
        """Every field the professional writes in their own words."""
        return [self.role, self.citizen, self.other_explanations, *self.signs.values()]


FIELDS = tuple(Answers.model_fields)


def parse_answers(data: Any, origin: str) -> Answers:
    """Validate the shape of `data`; `origin` (a file name) prefixes error messages."""
    if not isinstance(data, dict):
        raise UsageError(t("answers.not_mapping", origin=origin))
    try:
        return Answers.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        if first["type"] == "extra_forbidden":
            message = t("answers.unknown_key", key=field, valid=", ".join(FIELDS))
        elif first["type"] == "missing":
            message = t("answers.missing_key", key=field)
        elif first["type"] == "string_too_long" and field != "citizen":
            message = t("answers.bad_value", key=field, problem=t("text.too_long", limit=MAX_FIELD))
        else:
            problem_key = f"answers.problem.{first['type']}"
            problem = t(problem_key) if problem_key in catalogue_keys() else first["msg"]
            message = t("answers.bad_value", key=field, problem=problem)
        raise UsageError(f"{origin}: {message}") from None


@dataclass(frozen=True)
class Situation:
    """Answers resolved against the guide: only ids, a place, and the free texts."""

    role: str
    citizen: str
    age_group: AgeGroup
    gender: Gender
    place: Place | None
    observations: dict[str, str]
    contexts: tuple[str, ...]
    other_explanations: str
    topics: tuple[str, ...]

    def tags(self) -> set[str]:
        """The words the data's `fits` lists are matched against."""
        return {*self.observations, *self.contexts, self.age_group.value, self.gender.value}


def _enum_choices(kind: str, values: list[str]) -> Choices[str]:
    choices: Choices[str] = Choices(kind=kind, valid=values)
    for value in values:
        choices.add([value, t(f"tag.{value}")], value)
    return choices


def resolve(answers: Answers, guide: Guide, look: Lookups) -> Situation:
    """Check every id and name against the guide and refuse CPR numbers in free text."""
    refuse_identifiers(answers.free_texts())
    signs: Choices[str] = Choices(kind="kind.sign", valid=[s.id for s in guide.signs])
    for sign in guide.signs:
        signs.add([sign.id], sign.id)
    ages = _enum_choices("kind.age_group", [a.value for a in AgeGroup])
    genders = _enum_choices("kind.gender", [g.value for g in Gender])
    observations = {signs.resolve(key): text.strip() for key, text in answers.signs.items()}
    return Situation(
        role=answers.role.strip(),
        citizen=answers.citizen.strip(),
        age_group=AgeGroup(ages.resolve(answers.age_group)),
        gender=Gender(genders.resolve(answers.gender)),
        place=look.places.resolve(answers.region) if answers.region.strip() else None,
        observations=observations,
        contexts=tuple(dict.fromkeys(look.contexts.resolve(c) for c in answers.contexts)),
        other_explanations=answers.other_explanations.strip(),
        topics=tuple(dict.fromkeys(look.topics.resolve(topic) for topic in answers.topics)),
    )
