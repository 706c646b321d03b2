"""The answers of a prep run: one object, whether typed at the prompts or read from a file.

`Answers` checks the shape (known keys, right types); `resolve` checks every value against
the guide (ids, place names) and turns aliases into ids, with one-line Danish errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from samtale.errors import UsageError
from samtale.guide.choices import Choices, suggestions
from samtale.guide.elsewhere import resolve_place
from samtale.guide.languages import language_choices, native
from samtale.guide.models import AgeGroup, Gender, Guide, Nationality, Sector
from samtale.guide.places import Place
from samtale.guide.select import Lookups, Person, sector_of
from samtale.guide.vocab import ENGLISH_WORDS, INTERPRETER, PHASE_TOPICS
from samtale.messages import Msg, catalogue_keys, t
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
    nationality: TextField = Nationality.UNKNOWN.value
    sector: TextField = Sector.UNKNOWN.value
    region: TextField = ""
    signs: dict[TextField, TextField] = {}
    contexts: list[TextField] = []
    other_explanations: TextField = ""
    topics: list[TextField] = list(PHASE_TOPICS)
    conversation_language: TextField = ""  # da | sv | en; empty: the guide's own language
    interpreter: bool = False

    @field_validator("signs", mode="before")
    @classmethod
    def _empty_observation(cls, value: Any) -> Any:
        """``sign_id:`` with nothing after it means "seen, not described"."""
        if isinstance(value, dict):
            return {key: "" if text is None else text for key, text in value.items()}
        return value

    @field_validator(
        "role", "citizen", "region", "other_explanations", "conversation_language", mode="before"
    )
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return "" if value is None else value

    @field_validator("citizen", mode="before")
    @classmethod
    def _blank_is_empty(cls, value: Any) -> Any:
        """A pseudonym of only spaces (or control characters) is no pseudonym: it is
        checked as empty."""
        return clean(value, multiline=False).strip() if isinstance(value, str) else value

    @field_validator("role", "age_group", "gender", "region", "conversation_language", mode="after")
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
Model = TypeVar("Model", bound=BaseModel)


def parse_answers(data: Any, origin: str) -> Answers:
    """Validate the shape of `data`: every problem at once, each with its line if known.

    `origin` (a file name) prefixes each message.
    """
    answers, problems = _parse(data, origin)
    if problems or answers is None:
        raise UsageError(_report(problems, data, origin))
    return answers


def check_answers(data: Any, origin: str, guide: Guide, look: Lookups) -> Situation:
    """`parse_answers`, then `resolve`; every problem of the file is reported in one run.

    When something is wrong, each answer (each list item, each sign) is resolved on its
    own, so five mistakes are five lines of one message, not five runs.
    """
    answers, problems = _parse(data, origin)
    if answers is not None and not problems:
        try:
            return resolve(answers, guide, look)
        except UsageError as error:
            problems = value_problems(answers, guide, look) or [((), error.message)]
    elif answers is not None:
        problems += value_problems(answers, guide, look)
    raise UsageError(_report(problems, data, origin))


Problem = tuple[tuple[str | int, ...], str]
_PLACEHOLDER = "x"  # a neutral pseudonym, so other answers can be checked without one
SHOWN = 20  # problems reported line by line; more are counted in one line


def _shape_message(error: Any, fields: tuple[str, ...] = FIELDS) -> str:
    field = ".".join(str(part) for part in error["loc"])
    kind = "date" if error["type"].startswith("date") else error["type"]
    if kind == "extra_forbidden":
        return t(Msg.ANSWERS_UNKNOWN_KEY, key=field, valid=", ".join(fields))
    if kind == "missing":
        return t(Msg.ANSWERS_MISSING_KEY, key=field)
    if kind == "string_too_long" and field != "citizen":
        return t(Msg.ANSWERS_BAD_VALUE, key=field, problem=t(Msg.TEXT_TOO_LONG, limit=MAX_FIELD))
    # pydantic words a list of choices in English ("'a', 'b' or 'c'").
    ctx = {key: str(value).replace("' or '", "', '") for key, value in error.get("ctx", {}).items()}
    problem_key = f"answers.problem.{kind}"
    problem = t(problem_key, **ctx) if problem_key in catalogue_keys() else error["msg"]
    return t(Msg.ANSWERS_BAD_VALUE, key=field, problem=problem)


def validate_model(model: type[Model], data: Any, origin: str) -> Model:
    """`data` as another answers `model` (a follow-up): every shape problem, one line each."""
    if not isinstance(data, dict):
        raise UsageError(t(Msg.ANSWERS_NOT_MAPPING, origin=origin))
    try:
        return model.model_validate(data)
    except ValidationError as error:
        fields = tuple(model.model_fields)
        problems: list[Problem] = [
            (tuple(e["loc"]), _shape_message(e, fields)) for e in error.errors()
        ]
        raise UsageError(_report(problems, data, origin)) from None


def _parse(data: Any, origin: str) -> tuple[Answers | None, list[Problem]]:
    """The answers, and the shape problems; what parsed well is kept for further checks."""
    if not isinstance(data, dict):
        raise UsageError(t(Msg.ANSWERS_NOT_MAPPING, origin=origin))
    try:
        return Answers.model_validate(data), []
    except ValidationError as error:
        problems: list[Problem] = [(tuple(e["loc"]), _shape_message(e)) for e in error.errors()]
    wrong = {loc[0] for loc, _ in problems if loc}
    rest = {key: value for key, value in data.items() if key in FIELDS and key not in wrong}
    rest.setdefault("citizen", _PLACEHOLDER)
    try:
        return Answers.model_validate(rest), problems
    except ValidationError:
        return None, problems


def value_problems(answers: Answers, guide: Guide, look: Lookups) -> list[Problem]:
    """Every answer that does not resolve, checked one by one (list items and signs too).

    Linear in the number of answers: the spellings are built once, a problem seen before is
    found in a set, and only the first `SHOWN` problems get a suggestion (the nearest
    spelling costs a fuzzy match against every candidate); the rest are only counted by
    `_report`.
    """
    words = _words(guide)
    blank = Answers.model_construct(citizen=_PLACEHOLDER, topics=[])  # less to resolve
    found: list[Problem] = []
    seen: set[Problem] = set()
    for name in FIELDS:
        value = getattr(answers, name)
        if name != "citizen" and value == Answers.model_fields[name].get_default():
            continue
        if isinstance(value, dict):
            parts: list[tuple[tuple[str | int, ...], Any]] = [
                ((name, key), {key: text}) for key, text in value.items()
            ]
        elif isinstance(value, list):
            parts = [((name, index), [item]) for index, item in enumerate(value)]
        else:
            parts = [((name,), value)]
        for where, part in parts:
            probe = blank.model_copy(update={name: part})
            try:
                with suggestions(len(found) < SHOWN):
                    _resolve(probe, guide, look, words)
            except UsageError as error:
                if (where, error.message) not in seen:
                    seen.add((where, error.message))
                    found.append((where, error.message))
    return found


def _report(problems: list[Problem], data: Any, origin: str) -> str:
    """One line per problem: ``answers.yaml:5: Ukendt køn 'kvinna' …``, in file order."""
    from samtale.prep.answer_lines import line_of

    placed = [(line_of(data, where), message) for where, message in problems]
    placed.sort(key=lambda item: item[0] or 0)
    lines = [
        f"{origin}:{line}: {message}" if line else f"{origin}: {message}"
        for line, message in placed[:SHOWN]
    ]
    if len(placed) > SHOWN:  # a file of 20,000 mistakes is one mistake, not 20,000 lines
        lines.append(t(Msg.ANSWERS_MORE_PROBLEMS, origin=origin, count=len(placed) - SHOWN))
    return "\n".join(lines)


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
    language: str = ""  # the conversation language; empty: the guide's own
    interpreter: bool = False
    nationality: Nationality = Nationality.UNKNOWN
    sector: Sector = Sector.UNKNOWN

    def all_contexts(self) -> tuple[str, ...]:
        """The chosen contexts; a foreign national brings `foreign_national` with them."""
        if self.nationality == Nationality.FOREIGN:
            return tuple(dict.fromkeys((*self.contexts, "foreign_national")))
        return self.contexts

    def conversation(self) -> frozenset[str]:
        """How the conversation is held: `language_<id>`, and `interpreter` if one takes part."""
        held = {f"language_{self.language}"} if self.language else set()
        return frozenset(held | ({INTERPRETER} if self.interpreter else set()))

    def tags(self) -> set[str]:
        """The words the data's `fits` lists are matched against."""
        return {
            *self.observations,
            *self.all_contexts(),
            self.age_group.value,
            self.gender.value,
            *self.conversation(),
        }

    def person(self) -> Person:
        """What the data's `when` and `not_for` conditions are checked against."""
        return Person(
            age_group=self.age_group,
            gender=self.gender,
            nationality=self.nationality,
            sector=self.sector,
            contexts=frozenset(self.all_contexts()),
            signs=frozenset(self.observations),
            conversation=self.conversation(),
        )


# Words a user may type for a nationality or a sector in either language, besides the ids.
ALIASES: dict[str, tuple[str, ...]] = {
    **ENGLISH_WORDS,
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


@dataclass(frozen=True)
class _Words:
    """The spellings each chosen answer may take: built once per check, not once per answer."""

    signs: Choices[str]
    ages: Choices[str]
    genders: Choices[str]
    nationalities: Choices[str]
    sectors: Choices[str]
    languages: Choices[str]


def _words(guide: Guide) -> _Words:
    signs: Choices[str] = Choices(kind=Msg.KIND_SIGN, valid=[s.id for s in guide.signs])
    for sign in guide.signs:
        signs.add([sign.id], sign.id)
    return _Words(
        signs=signs,
        ages=_enum_choices(Msg.KIND_AGE_GROUP, [a.value for a in AgeGroup]),
        genders=_enum_choices(Msg.KIND_GENDER, [g.value for g in Gender]),
        nationalities=_enum_choices(Msg.KIND_NATIONALITY, [n.value for n in Nationality]),
        sectors=_enum_choices(Msg.KIND_SECTOR, [s.value for s in Sector]),
        languages=language_choices(guide.country),
    )


def resolve(answers: Answers, guide: Guide, look: Lookups) -> Situation:
    """Check every id and name against the guide and refuse CPR numbers in free text."""
    return _resolve(answers, guide, look, _words(guide))


def _resolve(answers: Answers, guide: Guide, look: Lookups, words: _Words) -> Situation:
    refuse_identifiers(answers.free_texts())
    observations = {words.signs.resolve(key): text.strip() for key, text in answers.signs.items()}
    nationality = Nationality(words.nationalities.resolve(answers.nationality))
    sector = Sector(words.sectors.resolve(answers.sector))
    if sector == Sector.UNKNOWN and answers.role:
        sector = sector_of(answers.role, guide)
    typed_language = answers.conversation_language.strip()
    languages = words.languages
    language = languages.resolve(typed_language) if typed_language else native(guide.country)
    age_group = AgeGroup(words.ages.resolve(answers.age_group))
    gender = Gender(words.genders.resolve(answers.gender))
    contexts = [look.contexts.resolve(c) for c in answers.contexts]
    said = {age_group.value, gender.value, nationality.value}
    contexts += [c.id for c in guide.contexts if said & set(c.said_by)]
    if nationality == Nationality.UNKNOWN and "foreign_national" in contexts:
        nationality = Nationality.FOREIGN
    return Situation(
        role=answers.role.strip(),
        citizen=answers.citizen.strip(),
        age_group=age_group,
        gender=gender,
        place=resolve_place(look.places, answers.region, guide.country)
        if answers.region.strip()
        else None,
        observations=observations,
        contexts=tuple(dict.fromkeys(contexts)),
        other_explanations=answers.other_explanations.strip(),
        topics=tuple(dict.fromkeys(look.topics.resolve(topic) for topic in answers.topics)),
        language=language,
        interpreter=answers.interpreter,
        nationality=nationality,
        sector=sector,
    )
