"""Guidance the sources carry reaches the person it is about, and only that person.

Each case builds a plan with the pure core (answers → resolve → plan) for a person the
guidance is written for and for one it is not, and checks the checklist item (and a line of
its text) is there, or is not. Issue 22 added these items; their conditions live in the data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from samtale.guide.load import load_guide, load_prepared
from samtale.messages import use_country
from samtale.prep.answers import parse_answers, resolve
from samtale.prep.plan import Plan, build_plan

ADULT_WOMAN = {"age_group": "30_plus", "gender": "woman"}


def plan_for(country: str, answers: dict[str, Any]) -> Plan:
    use_country(country)
    guide, look = load_prepared(country)
    situation = resolve(parse_answers({"citizen": "X.Y.", **answers}, "guidance"), guide, look)
    return build_plan(situation, guide, date(2026, 12, 3))


def checklist_ids(plan: Plan) -> set[str]:
    return {item.id for item in plan.checklist}


# (country, item id, a phrase of its text, answers it is for, answers it is not for)
CASES = [
    (
        "dk",
        "suicide_risk",
        "tage dit liv",
        {**ADULT_WOMAN, "signs": {"depressive_symptoms": ""}},
        ADULT_WOMAN,
    ),
    (
        "se",
        "suicide_risk",
        "ta ditt liv",
        {**ADULT_WOMAN, "contexts": ["mental_health"]},
        ADULT_WOMAN,
    ),
    (
        "dk",
        "self_harm_minor",
        "skade sig selv",
        {"age_group": "under_18", "gender": "woman", "contexts": ["mental_health"]},
        {**ADULT_WOMAN, "contexts": ["mental_health"]},
    ),
    (
        "se",
        "self_harm_minor",
        "skadar sig själva med sex",
        {"age_group": "under_18", "gender": "woman", "signs": {"self_harm_through_sex": ""}},
        {**ADULT_WOMAN, "signs": {"self_harm_through_sex": ""}},
    ),
    (
        "dk",
        "trafficking_indicators",
        "ring 112",
        {**ADULT_WOMAN, "contexts": ["trafficking_concern"]},
        ADULT_WOMAN,
    ),
    (
        "se",
        "trafficking_indicators",
        "114 14",
        {**ADULT_WOMAN, "contexts": ["trafficking_concern"]},
        ADULT_WOMAN,
    ),
    (
        "dk",
        "disclosure_barriers",
        "skiftende sagsbehandlere",
        ADULT_WOMAN,
        {"age_group": "under_18", "gender": "woman"},
    ),
    (
        "dk",
        "helper_and_controller",
        "jobcenter",
        {**ADULT_WOMAN, "role": "sagsbehandler i kommunen"},
        {**ADULT_WOMAN, "sector": "private"},
    ),
    (
        "dk",
        "intellectual_disability_plain",
        "værge",
        {**ADULT_WOMAN, "contexts": ["intellectual_disability"]},
        ADULT_WOMAN,
    ),
    (
        "se",
        "intellectual_disability_plain",
        "LSS",
        {**ADULT_WOMAN, "contexts": ["intellectual_disability"]},
        ADULT_WOMAN,
    ),
    (
        "dk",
        "men_and_trans_arenas",
        "saunaklubber",
        {"age_group": "30_plus", "gender": "man"},
        ADULT_WOMAN,
    ),
    (
        "se",
        "men_and_trans_arenas",
        "appar och chattar",
        {"age_group": "18_29", "gender": "trans"},
        ADULT_WOMAN,
    ),
    (
        "dk",
        "lgbt_youth_competence",
        "LGBT+-kompetence",
        {"age_group": "18_29", "gender": "man", "contexts": ["lgbt"]},
        {"age_group": "18_29", "gender": "man"},
    ),
    (
        "se",
        "lgbt_youth_competence",
        "hbtq-kompetens",
        {"age_group": "under_18", "gender": "nonbinary", "contexts": ["lgbt"]},
        {"age_group": "under_18", "gender": "woman"},
    ),
    (
        "dk",
        "digital_arenas",
        "skærmbilleder",
        {**ADULT_WOMAN, "signs": {"threats_online": ""}},
        ADULT_WOMAN,
    ),
    (
        "se",
        "digital_arenas",
        "skärmdumpar",
        {"age_group": "under_18", "gender": "man"},
        ADULT_WOMAN,
    ),
    (
        "dk",
        "safety_plan",
        "dele deres placering",
        {**ADULT_WOMAN, "signs": {"violence_abuse": ""}},
        ADULT_WOMAN,
    ),
    (
        "se",
        "safety_plan",
        "dela sin position",
        {**ADULT_WOMAN, "contexts": ["boundary_violations"]},
        ADULT_WOMAN,
    ),
    (
        "dk",
        "parents_fear_removal",
        "børnene bliver fjernet",
        {**ADULT_WOMAN, "contexts": ["children"]},
        ADULT_WOMAN,
    ),
    (
        "se",
        "parents_fear_removal",
        "LVU",
        {**ADULT_WOMAN, "contexts": ["children"]},
        ADULT_WOMAN,
    ),
    (
        "se",
        "pregnant_no_coercion",
        "väntade barnet",
        {**ADULT_WOMAN, "contexts": ["children"]},
        {"age_group": "30_plus", "gender": "man", "contexts": ["children"]},
    ),
]


@pytest.mark.parametrize(
    ("country", "item", "words", "suited", "unsuited"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
def test_guidance_reaches_the_right_person(country, item, words, suited, unsuited) -> None:
    plan = plan_for(country, suited)
    chosen = {i.id: i for i in plan.checklist}
    assert item in chosen
    assert words in chosen[item].text
    assert item not in checklist_ids(plan_for(country, unsuited))


@pytest.mark.parametrize("country", ["dk", "se"])
def test_each_added_item_names_a_source_document_and_section(country) -> None:
    guide = load_guide(country)
    docs = {source.id for source in guide.sources}
    added = {c[1] for c in CASES if c[0] == country}
    items = [item for item in guide.checklist if item.id in added]
    assert {item.id for item in items} == added
    for item in items:
        assert item.source.doc in docs, item.id
        assert item.source.section.strip(), item.id


PHRASE_CASES = [
    (
        "dk",
        "safety_suicide_thoughts",
        {**ADULT_WOMAN, "contexts": ["mental_health"], "signs": {"depressive_symptoms": ""}},
    ),
    (
        "se",
        "safety_suicide_thoughts",
        {**ADULT_WOMAN, "contexts": ["mental_health"], "signs": {"depressive_symptoms": ""}},
    ),
    ("dk", "safety_papers_and_debt", {**ADULT_WOMAN, "contexts": ["trafficking_concern"]}),
    ("se", "safety_papers_and_debt", {**ADULT_WOMAN, "contexts": ["trafficking_concern"]}),
]


def spoken_ids(plan: Plan) -> set[str]:
    return {phrase.id for _, phrases in plan.conversation for phrase in phrases}


@pytest.mark.parametrize(
    ("country", "phrase", "suited"), PHRASE_CASES, ids=[f"{c[0]}-{c[1]}" for c in PHRASE_CASES]
)
def test_the_added_questions_are_asked_of_the_right_person(country, phrase, suited) -> None:
    assert phrase in spoken_ids(plan_for(country, suited))
    assert phrase not in spoken_ids(plan_for(country, ADULT_WOMAN))


@pytest.mark.parametrize("role", ["ydelsesrådgiver", "jobkonsulent i jobcentret"])
def test_benefit_and_job_centre_staff_get_the_helper_controller_step(role) -> None:
    assert "helper_and_controller" in checklist_ids(plan_for("dk", {**ADULT_WOMAN, "role": role}))


def test_a_swedish_benefit_officer_is_told_the_public_reporting_duty() -> None:
    answers = {**ADULT_WOMAN, "contexts": ["children"], "role": "biståndshandläggare"}
    assert "report_concern_child_public" in checklist_ids(plan_for("se", answers))
