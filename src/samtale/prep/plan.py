"""Build the conversation plan from a situation and the guide: pure, no I/O, no clock.

Every choice is made from the data: `when` and `not_for` conditions admit or exclude an
item for this person (`select.suits`, the same rule for every kind of item), and matches
between the situation's tags and the data's `fits` and `lead_when` lists rank what is left.
The content decides what fits, not this code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from samtale.guide import select
from samtale.guide.languages import native, spoken_texts
from samtale.guide.models import (
    ChecklistItem,
    Fact,
    Guide,
    NoteRule,
    Phrase,
    Resource,
    Sign,
    Source,
    SourceRef,
    Topic,
)
from samtale.guide.select import Person, eligible, holds, score, suits
from samtale.prep.answers import Situation

PHRASES_PER_TOPIC = 3
# The note keeps the facts that fit best, at most this many; `samtale facts` has them all.
MAX_FACTS = 5
# More referrals than this are a list nobody reads; the best-fitting ones come first.
MAX_REFERRALS = 6


@dataclass(frozen=True)
class Observation:
    sign: Sign
    text: str


@dataclass(frozen=True)
class Plan:
    """Everything the note shows, in the order it shows it."""

    day: date
    situation: Situation
    observations: tuple[Observation, ...]
    checklist: tuple[ChecklistItem, ...]
    conversation: tuple[tuple[Topic, tuple[Phrase, ...]], ...]
    referrals: tuple[Resource, ...]
    for_professionals: tuple[Resource, ...]
    facts: tuple[Fact, ...]
    sources: tuple[tuple[Source, tuple[str, ...]], ...]
    language: str = ""  # the conversation language (da, sv, en)
    spoken: dict[str, str] = field(default_factory=dict)  # phrase id → text in `language`

    def say(self, phrase: Phrase) -> str:
        """What to say for `phrase` in the conversation language (the card uses it too)."""
        return self.spoken.get(phrase.id, phrase.text)

    @property
    def translated(self) -> bool:
        """Whether the phrases are said in another language than the guide's own."""
        return bool(self.spoken)


def choose_topics(guide: Guide, chosen: tuple[str, ...], person: Person) -> list[Topic]:
    """The chosen topics plus those the data adds for this person (`added_when`).

    Topics whose `lead_when` holds come right after the opening, which stays first because
    it asks permission to talk at all; the rest keep the user's order.
    """
    topics = {topic.id: topic for topic in guide.topics}
    added = [
        topic.id
        for topic in guide.topics
        if topic.id not in chosen and any(holds(c, person) for c in topic.added_when)
    ]
    ids = [*chosen, *added]
    leading = [i for i in ids if any(holds(c, person) for c in topics[i].lead_when)]
    rest = [i for i in ids if i not in leading]
    opening = [i for i in rest[:1] if i == "opening"]
    return [topics[i] for i in (*opening, *leading, *rest[len(opening) :])]


def choose_checklist(guide: Guide, tags: set[str], person: Person) -> list[ChecklistItem]:
    """The items that suit the person, those whose `lead_when` matches first (stable)."""
    items = [item for item in guide.checklist if suits(item, person)]
    return sorted(items, key=lambda item: not tags.intersection(item.lead_when))


def choose_phrases(guide: Guide, topic: str, tags: set[str], person: Person) -> list[Phrase]:
    """The best 2–3 phrases of a topic: `first` ones, then matching ones, then general ones.

    A phrase whose conditions exclude the person is never chosen, and one tagged only for
    other situations (another sign, context or age) is skipped: it would not fit.
    """
    candidates = [
        phrase
        for phrase in guide.phrases
        if phrase.topic == topic
        and suits(phrase, person)
        and (phrase.first or not phrase.fits or score(phrase.fits, tags))
    ]
    ranked = sorted(candidates, key=lambda phrase: (not phrase.first, -score(phrase.fits, tags)))
    return ranked[:PHRASES_PER_TOPIC]


def choose_resources(guide: Guide, situation: Situation) -> list[Resource]:
    """Current resources that cover the area and admit the person, best fit first.

    Without a known area only national resources can be offered. The organisation's own
    (local) offers come first, then resources whose `lead_when` matches (youth services
    for a minor), then by match count, then regional before national; at most
    `MAX_REFERRALS` are kept for the person.
    """
    tags = situation.tags()
    person = situation.person()
    nearby = select.resources(guide, place=situation.place)
    found = [
        resource
        for resource in nearby
        if (situation.place or resource.coverage == "national") and eligible(resource, person)
    ]
    ranked = sorted(
        found,
        key=lambda r: (
            not r.local,
            not tags.intersection(r.lead_when),
            -score(r.fits, tags),
            r.coverage == "national",
        ),
    )
    citizens = [r for r in ranked if r.for_citizens][:MAX_REFERRALS]
    return [r for r in ranked if r in citizens or (r.for_professionals and not r.for_citizens)]


def choose_facts(guide: Guide, tags: set[str], person: Person) -> list[Fact]:
    """The facts for this person, those matching most of their tags first (stable), so the
    `MAX_FACTS` a note keeps are the ones about them rather than the general ones."""
    found = [
        fact
        for fact in guide.facts
        if suits(fact, person)
        and (
            fact.note == NoteRule.ALWAYS
            or (fact.note == NoteRule.MATCHED and tags.intersection(fact.fits))
        )
    ]
    return sorted(found, key=lambda fact: -score(fact.fits, tags))


def _sources(guide: Guide, refs: list[SourceRef]) -> tuple[tuple[Source, tuple[str, ...]], ...]:
    """The documents the plan draws on, each with the sections used, in guide order."""
    sections: dict[str, dict[str, None]] = {}
    for ref in refs:
        sections.setdefault(ref.doc, {})[ref.section] = None
    return tuple(
        (source, tuple(sections[source.id])) for source in guide.sources if source.id in sections
    )


def build_plan(situation: Situation, guide: Guide, day: date) -> Plan:
    """The whole plan for one conversation; `day` is passed in so the plan is repeatable."""
    tags = situation.tags()
    person = situation.person()
    signs = {sign.id: sign for sign in guide.signs}
    observations = tuple(
        Observation(signs[sign_id], text) for sign_id, text in situation.observations.items()
    )
    checklist = tuple(choose_checklist(guide, tags, person))
    conversation = tuple(
        (topic, tuple(choose_phrases(guide, topic.id, tags, person)))
        for topic in choose_topics(guide, situation.topics, person)
    )
    resources = choose_resources(guide, situation)
    referrals = tuple(r for r in resources if r.for_citizens)
    for_professionals = tuple(r for r in resources if r.for_professionals)
    facts = tuple(choose_facts(guide, tags, person))[:MAX_FACTS]
    refs = [
        *(o.sign.source for o in observations),
        *(item.source for item in checklist),
        *(phrase.source for _, phrases in conversation for phrase in phrases),
        *(r.source for r in resources if r.source),
        *(point.source for r in resources for point in r.contact if point.source),
        *(fact.source for fact in facts),
    ]
    return Plan(
        day=day,
        situation=situation,
        observations=observations,
        checklist=checklist,
        conversation=conversation,
        referrals=referrals,
        for_professionals=for_professionals,
        facts=facts,
        sources=_sources(guide, refs),
        language=situation.language or native(guide.country),
        spoken=spoken_texts(guide, situation.language),
    )
