"""The answers of a prep run: one object, whether typed at the prompts or read from a file.

`Answers` checks the shape (known keys, right types); `resolve` checks every value against
the guide (ids, place names) and turns aliases into ids, with one-line Danish errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from samtale.errors import UsageError
from samtale.guide.choices import Choices
from samtale.guide.models import AgeGroup, Gender, Guide, Nationality, Sector
from samtale.guide.places import Place
from samtale.guide.select import Lookups, Person, sector_of
from samtale.guide.vocab import PHASE_TOPICS
from samtale.messages import catalogue_keys, t
from samtale.prep.privacy import refuse_identifiers


class Answers(BaseModel):
    """What the professional recorded; the YAML form of ``--answers FILE``."""

    model_config = ConfigDict(extra="forbid")

    role: str = ""
    citizen: str = Field(min_length=1, max_length=40)
    age_group: str = AgeGroup.UNKNOWN.value
    gender: str = Gender.UNKNOWN.value
    nationality: str = Nationality.UNKNOWN.value
    sector: str = Sector.UNKNOWN.value
    region: str = ""
    signs: dict[str, str] = {}
    contexts: list[str] = []
    other_explanations: str = ""
    topics: list[str] = list(PHASE_TOPICS)

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
    nationality: Nationality = Nationality.UNKNOWN
    sector: Sector = Sector.UNKNOWN

    def all_contexts(self) -> tuple[str, ...]:
        """The chosen contexts; a foreign national brings `foreign_national` with them."""
        if self.nationality == Nationality.FOREIGN:
            return tuple(dict.fromkeys((*self.contexts, "foreign_national")))
        return self.contexts

    def tags(self) -> set[str]:
        """The words the data's `fits` lists are matched against."""
        return {*self.observations, *self.all_contexts(), self.age_group.value, self.gender.value}

    def person(self) -> Person:
        """What the data's `when` and `not_for` conditions are checked against."""
        return Person(
            age_group=self.age_group,
            gender=self.gender,
            nationality=self.nationality,
            sector=self.sector,
            contexts=frozenset(self.all_contexts()),
            signs=frozenset(self.observations),
        )


# Words a user may type for a nationality or a sector in either language, besides the ids.
ALIASES: dict[str, tuple[str, ...]] = {
    "domestic": ("dansk", "danish", "svensk", "swedish", "dansker", "svensk medborgare"),
    "foreign": ("udenlandsk", "utländsk", "anden", "annan", "other", "udlænding"),
    "public": ("offentlig", "offentligt anställd", "kommune", "kommun", "region", "stat"),
    "private": ("privat", "ngo", "frivillig", "forening", "förening", "idéburen", "ideell"),
}


def _enum_choices(kind: str, values: list[str]) -> Choices[str]:
    choices: Choices[str] = Choices(kind=kind, valid=values)
    for value in values:
        choices.add([value, t(f"tag.{value}"), *ALIASES.get(value, ())], value)
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
    contexts = tuple(dict.fromkeys(look.contexts.resolve(c) for c in answers.contexts))
    nationalities = _enum_choices("kind.nationality", [n.value for n in Nationality])
    nationality = Nationality(nationalities.resolve(answers.nationality))
    if nationality == Nationality.UNKNOWN and "foreign_national" in contexts:
        nationality = Nationality.FOREIGN
    sectors = _enum_choices("kind.sector", [s.value for s in Sector])
    sector = Sector(sectors.resolve(answers.sector))
    if sector == Sector.UNKNOWN:
        sector = sector_of(answers.role, guide)
    return Situation(
        role=answers.role.strip(),
        citizen=answers.citizen.strip(),
        age_group=AgeGroup(ages.resolve(answers.age_group)),
        gender=Gender(genders.resolve(answers.gender)),
        place=look.places.resolve(answers.region) if answers.region.strip() else None,
        observations=observations,
        contexts=contexts,
        other_explanations=answers.other_explanations.strip(),
        topics=tuple(dict.fromkeys(look.topics.resolve(topic) for topic in answers.topics)),
        nationality=nationality,
        sector=sector,
    )
