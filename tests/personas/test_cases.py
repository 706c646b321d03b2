"""The persona suite: every case's note holds what fits the person and nothing that does not.

The notes are built the pure way (resolve → plan → note), as `samtale prep --answers`
builds them; `tests/personas/cases.py` holds the people and the expectations.
"""

from __future__ import annotations

from datetime import date

import pytest

from samtale.guide.load import load_prepared
from samtale.guide.models import Guide
from samtale.guide.select import Lookups
from samtale.messages import use_country
from samtale.prep.answers import parse_answers, resolve
from samtale.prep.card import split_card
from samtale.prep.plan import Plan, build_plan
from samtale.prep.render import render_note
from tests.personas.cases import CASES, Case

DAY = date(2026, 11, 23)
# The fit rules of issue 21; each is checked by at least one case's must-not.
RULES = {
    "age_not_context",
    "trafficking_only_with_concern",
    "observations",
    "interpreter",
    "gender",
    "minor_second_person",
    "minor_duties_topic",
    "children_topic",
    "sector",
    "intellectual_disability",
    "card_fit_first",
    "nationality",
}


@pytest.fixture(scope="module")
def prepared() -> dict[str, tuple[Guide, Lookups]]:
    return {country: load_prepared(country) for country in ("dk", "se")}


def note_of(case: Case, prepared: dict[str, tuple[Guide, Lookups]]) -> tuple[Plan, str]:
    use_country(case.country)
    guide, look = prepared[case.country]
    situation = resolve(parse_answers(case.answers, case.name), guide, look)
    plan = build_plan(situation, guide, DAY)
    return plan, render_note(plan, guide)


def chosen_ids(plan: Plan) -> set[str]:
    """Every id the plan chose: topics, phrases, checklist items, facts and offers."""
    return {
        *(topic.id for topic, _ in plan.conversation),
        *(phrase.id for _, phrases in plan.conversation for phrase in phrases),
        *(item.id for item in plan.checklist),
        *(fact.id for fact in plan.facts),
        *(resource.id for resource in (*plan.referrals, *plan.for_professionals)),
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_note_fits_the_person(case: Case, prepared) -> None:
    plan, note = note_of(case, prepared)
    parts = split_card(note)
    assert parts is not None
    card = parts[0]
    ids = chosen_ids(plan)
    problems = [
        *(f"missing id {i}" for i in case.ids if i not in ids),
        *(f"unfitting id {i}" for i in case.no_ids if i in ids),
        *(f"missing text {s!r}" for s in case.must if s not in note),
        *(f"unfitting text {s!r}" for s in case.must_not if s.casefold() in note.casefold()),
        *(f"card lacks {s!r}" for s in case.card_must if s not in card),
        *(f"card holds {s!r}" for s in case.card_must_not if s.casefold() in card.casefold()),
    ]
    assert not problems, "\n".join(problems)


def test_the_suite_covers_the_people_the_issue_names() -> None:
    def some(**answered: object) -> bool:
        return any(
            all(
                value in c.answers.get(key, ())
                if isinstance(c.answers.get(key), list)
                else c.answers.get(key) == value
                for key, value in answered.items()
            )
            for c in CASES
        )

    assert len(CASES) >= 24
    assert {c.country for c in CASES} == {"dk", "se"}
    for country in ("dk", "se"):
        assert any(c.country == country and c.answers.get("age_group") == "under_18" for c in CASES)
    for answered in (
        {"gender": "man"},
        {"gender": "trans"},
        {"gender": "nonbinary"},
        {"nationality": "foreign", "contexts": "trafficking_concern"},
        {"sector": "private"},
        {"sector": "public"},
        {"contexts": "intellectual_disability"},
        {"conversation_language": "en"},
    ):
        assert some(**answered), answered
    foreign = [c for c in CASES if c.answers.get("nationality") == "foreign"]
    assert any("trafficking_concern" not in c.answers.get("contexts", []) for c in foreign)
    assert any(set(c.answers) <= {"citizen", "conversation_language"} for c in CASES)


def test_every_fit_rule_has_a_must_not() -> None:
    """A rule is only checked if some case says what must stay out of the note."""
    for rule in RULES:
        cases = [c for c in CASES if rule in c.rules]
        assert any(c.must_not or c.no_ids or c.card_must_not for c in cases), rule
    assert {rule for c in CASES for rule in c.rules} <= RULES
