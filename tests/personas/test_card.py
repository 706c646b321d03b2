"""The card on top of every note: one printed page with what is needed in the room."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from samtale.guide.directory import handy_points
from samtale.guide.load import load_guide, load_prepared
from samtale.guide.models import Guide, Phrase, Resource
from samtale.guide.select import Lookups, lookups
from samtale.messages import t, use_country
from samtale.prep.answers import parse_answers, resolve
from samtale.prep.card import card_duty, card_referrals, split_card
from samtale.prep.plan import Plan, build_plan
from samtale.prep.render import render_note
from tests.personas.cases import CASES, Case
from tests.personas.test_cases import note_of
from tests.personas.test_personas import PERSONAS as GUIDANCE_PERSONAS
from tests.personas.test_personas import run as run_persona

DAY = date(2026, 11, 23)
# Characters of a printed line at the card's print size on A4 (the browser test checks the
# page itself where a browser is installed).
PRINTED_WIDTH = 95
MAX_LINES = 60

PERSONAS: dict[str, dict[str, Any]] = {
    "dk_young_woman_odense": {
        "citizen": "K.M.",
        "age_group": "18_29",
        "gender": "woman",
        "region": "Odense",
        "signs": {"lonely_busy_phone": "Telefonen summer", "unexplained_substance_funding": ""},
        "contexts": ["substance_use", "homelessness"],
        "other_explanations": "Kan være en ny kæreste",
    },
    "dk_minor_aarhus": {
        "citizen": "J.",
        "age_group": "under_18",
        "gender": "woman",
        "region": "Aarhus",
        "signs": {"talks_about_others_selling": "Fortæller om en veninde"},
        "contexts": ["young"],
    },
    "dk_foreign_woman_copenhagen": {
        "citizen": "A.",
        "age_group": "30_plus",
        "gender": "woman",
        "region": "København",
        "signs": {"spending_income_mismatch": "Nyt tøj hver uge"},
        "contexts": ["foreign_national", "trafficking_concern", "debt"],
    },
    "dk_man_lgbt_aalborg": {
        "citizen": "B.",
        "age_group": "18_29",
        "gender": "man",
        "region": "Aalborg",
        "signs": {"difficulty_setting_boundaries": "Siger ja til alt"},
        "contexts": ["lgbt", "boundary_violations", "mental_health"],
    },
    "dk_parent_no_place": {"citizen": "C.", "age_group": "30_plus", "contexts": ["children"]},
    "dk_english_with_interpreter": {
        "citizen": "D.",
        "age_group": "30_plus",
        "gender": "woman",
        "region": "København",
        "signs": {"spending_income_mismatch": "Nyt tøj hver uge"},
        "contexts": ["foreign_national", "trafficking_concern", "debt"],
        "conversation_language": "en",
        "interpreter": True,
    },
    "se_minor_stockholm": {
        "citizen": "K.",
        "age_group": "under_18",
        "gender": "woman",
        "region": "Stockholm",
        "signs": {"anxiety": "Sover dåligt"},
        "contexts": ["substance_use", "homelessness"],
    },
}


def plan_and_note(name: str) -> tuple[Plan, str]:
    country = name[:2]
    use_country(country)
    guide = load_guide(country)
    situation = resolve(parse_answers(PERSONAS[name], name), guide, lookups(guide))
    plan = build_plan(situation, guide, DAY)
    return plan, render_note(plan, guide)


def printed_lines(markdown: str) -> int:
    return sum(len(textwrap.wrap(line, PRINTED_WIDTH)) or 1 for line in markdown.splitlines())


def opener(plan: Plan) -> Phrase:
    return next(phrases for topic, phrases in plan.conversation if topic.id == "opening")[0]


def _reach_shown(resource: Resource, card: str) -> bool:
    """The card's line for an offer without contact data names its route (`reach_via`),
    or says whom to ask when it has none."""
    line = next(line for line in card.splitlines() if f"**{resource.name}**:" in line)
    if resource.reach_via is None:
        return t("resources.no_contact") in line
    return t("card.reach_via", name="", contact="").split()[0] in line


def check_card(plan: Plan, note: str) -> None:
    """One printed page holding the opener, the duty and referrals with their contact data;
    for a person the duty leads for (a minor), the duty before anything else."""
    parts = split_card(note)
    assert parts is not None
    card, rest = parts
    assert printed_lines(card) <= MAX_LINES
    assert opener(plan).text in card
    if opener(plan).first:  # the permission question opens, and the card says so
        assert t("card.opener_permission") in card
    duty = card_duty(plan)
    assert duty is not None
    assert duty.how_to_tell in card
    if plan.situation.tags() & set(duty.lead_when):
        assert card.index(duty.how_to_tell) < card.index(opener(plan).text)
    referrals = card_referrals(plan)
    assert len(referrals) == min(3, len(plan.referrals))
    for resource in referrals:
        assert resource.name in card
        # A point over DOUBTFUL_AFTER_YEARS old stays in the note, off the card, when the
        # offer has a newer one.
        for point in handy_points(resource, plan.day):
            assert point.value in card
        if not resource.contact:  # how to reach it instead: a route, or whom to ask
            assert _reach_shown(resource, card)
    # The full preparation follows the card, which starts the note.
    assert rest.startswith("# ")
    assert note.index(card.splitlines()[0]) < note.index(rest.splitlines()[0])


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_card_fits_a_page_and_holds_what_the_room_needs(name: str) -> None:
    check_card(*plan_and_note(name))


@pytest.fixture(scope="module")
def prepared() -> dict[str, tuple[Guide, Lookups]]:
    return {country: load_prepared(country) for country in ("dk", "se")}


@pytest.mark.parametrize("persona", GUIDANCE_PERSONAS, ids=lambda persona: persona.name)
def test_every_guidance_persona_gets_a_card_that_fits(persona, prepared) -> None:
    plan, note, _ = run_persona(persona, prepared)
    check_card(plan, note)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_every_persona_of_the_suite_gets_a_card_that_fits(case: Case, prepared) -> None:
    check_card(*note_of(case, prepared))


@pytest.mark.parametrize("name", ["dk_minor_aarhus", "se_minor_stockholm"])
def test_for_a_minor_the_duty_comes_before_anything_else(name: str) -> None:
    plan, note = plan_and_note(name)
    card, _ = split_card(note)
    paragraphs = [block for block in card.split("\n\n") if block.strip()]
    # Heading, the one-line intro, then the duty to notify: before the opener.
    duty = card_duty(plan)
    assert duty is not None
    assert "under_18" in duty.lead_when
    assert duty.how_to_tell in paragraphs[2]
    assert t("card.duty_first", law=duty.law) in paragraphs[2]
    assert card.index(duty.how_to_tell) < card.index(opener(plan).text)


def test_for_an_adult_the_opener_comes_first(guide) -> None:
    plan, note = plan_and_note("dk_young_woman_odense")
    card, _ = split_card(note)
    duty = card_duty(plan)
    assert duty is not None
    assert card.index(opener(plan).text) < card.index(duty.how_to_tell)
    assert t("card.duty", law=duty.law) in card


def test_card_names_nobody_and_holds_no_observation() -> None:
    _, note = plan_and_note("dk_young_woman_odense")
    card, rest = split_card(note)
    for private in ("K.M.", "Telefonen summer", "Kan være en ny kæreste", "Odense"):
        assert private in rest
    for private in ("K.M.", "Telefonen summer", "Kan være en ny kæreste"):
        assert private not in card


def test_blanks_for_what_was_agreed() -> None:
    _, note = plan_and_note("dk_young_woman_odense")
    card, _ = split_card(note)
    for key in ("agreed", "referred", "next_contact", "safe_contact"):
        assert t(f"card.blank.{key}") in card


def test_referrals_are_chosen_by_fit_not_by_contact_data(guide) -> None:
    """An offer that fits better stays on the card without contact data; it is not
    replaced by one that merely has a phone number (issue 21)."""
    plan, _ = plan_and_note("dk_young_woman_odense")
    tags = plan.situation.tags()
    bare = next(r for r in guide.resources if not r.contact and not r.lead_when and r.fits)
    reachable = [r for r in guide.resources if r.contact and not r.lead_when and not r.fits]
    assert len(reachable) >= 3
    fitting = replace(bare, fits=tuple(sorted(tags)))
    plan = replace(plan, referrals=(*reachable[:3], fitting))
    assert card_referrals(plan)[0] is fitting
    assert card_referrals(plan)[1:] == reachable[:2]


def test_a_card_without_any_contact_data_gives_its_last_place_to_one_with(guide) -> None:
    plan, _ = plan_and_note("dk_young_woman_odense")
    bare = [replace(r, fits=()) for r in guide.resources if not r.contact and not r.lead_when]
    reachable = next(replace(r, fits=()) for r in guide.resources if r.contact and not r.lead_when)
    assert len(bare) >= 3
    plan = replace(plan, referrals=(*bare[:3], reachable))
    assert card_referrals(plan) == [*bare[:2], reachable]


def test_an_offer_without_contact_data_says_how_to_reach_it() -> None:
    plan, note = plan_and_note("dk_foreign_woman_copenhagen")
    card, _ = split_card(note)
    for resource in card_referrals(plan):
        assert resource.name in card
        if not resource.contact:
            assert _reach_shown(resource, card)


def test_a_note_without_a_card_has_none() -> None:
    old = "<!-- samtale {} -->\n\n# Forberedelse af samtale med X\n\n## Observationer\n"
    assert split_card(old) is None
    assert split_card("") is None
