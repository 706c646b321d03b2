"""The pure plan builder: phrase choice, duties, referrals and facts for a situation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from samtale.guide.models import AgeGroup, Gender, Guide, Nationality
from samtale.guide.select import Lookups
from samtale.prep.answers import Situation
from samtale.prep.plan import Plan, build_plan

DAY = date(2026, 11, 22)


def situation(
    look: Lookups,
    *,
    signs: tuple[str, ...] = (),
    contexts: tuple[str, ...] = (),
    age: AgeGroup = AgeGroup.AGE_30_PLUS,
    gender: Gender = Gender.UNKNOWN,
    region: str | None = "fyn",
    topics: tuple[str, ...] = ("opening", "concrete", "safety", "motives", "help", "closing"),
) -> Situation:
    return Situation(
        role="kontaktperson",
        citizen="A.B.",
        age_group=age,
        gender=gender,
        place=look.places.resolve(region) if region else None,
        observations=dict.fromkeys(signs, "set"),
        contexts=contexts,
        other_explanations="",
        topics=topics,
    )


def plan_for(guide: Guide, look: Lookups, **kwargs) -> Plan:
    return build_plan(situation(look, **kwargs), guide, DAY)


def phrases_of(plan: Plan, topic: str) -> list:
    return next(phrases for t, phrases in plan.conversation if t.id == topic)


@pytest.mark.parametrize(
    ("signs", "contexts"),
    [
        (("unexplained_substance_funding",), ("substance_use",)),
        (("lonely_busy_phone",), ("homelessness",)),
        (("difficulty_setting_boundaries",), ("boundary_violations", "lgbt")),
    ],
)
def test_opening_phrases_follow_signs_and_contexts(guide, look, signs, contexts) -> None:
    chosen = phrases_of(plan_for(guide, look, signs=signs, contexts=contexts), "opening")
    assert 2 <= len(chosen) <= 3
    wanted = set(signs) | set(contexts)
    # The opener asks permission first; the best match comes next, and every chosen
    # phrase either fits or is general.
    assert chosen[0].first
    assert wanted & set(chosen[1].fits)
    assert all(not p.fits or wanted & set(p.fits) for p in chosen)


def test_mixes_give_different_openings(guide, look) -> None:
    first = phrases_of(plan_for(guide, look, contexts=("substance_use",)), "opening")
    second = phrases_of(plan_for(guide, look, contexts=("lgbt",)), "opening")
    assert [p.id for p in first] != [p.id for p in second]


def test_phrases_tagged_for_other_situations_are_left_out(guide, look) -> None:
    plan = plan_for(guide, look)
    for _, phrases in plan.conversation:
        assert all(not phrase.fits for phrase in phrases)


def test_every_chosen_topic_gets_two_or_three_phrases(guide, look) -> None:
    topics = ("opening", "concrete", "safety", "motives", "help", "closing", "children", "exit")
    plan = plan_for(guide, look, contexts=("children",), topics=topics)
    assert [t.id for t, _ in plan.conversation] == list(topics)
    assert all(2 <= len(phrases) <= 3 for _, phrases in plan.conversation)


def test_under_18_puts_duty_to_notify_first(guide, look) -> None:
    plan = plan_for(guide, look, age=AgeGroup.UNDER_18)
    assert plan.checklist[0].kind.value == "duty"
    assert "133" in (plan.checklist[0].law or "")
    assert any("§ 224" in item.text for item in plan.checklist[:3])


def test_under_18_leads_with_youth_services_and_drops_adult_ones(guide, look) -> None:
    plan = plan_for(guide, look, age=AgeGroup.UNDER_18, contexts=("substance_use",))
    names = [r.name for r in plan.referrals]
    assert names[0] in {"Reden Ung", "Grænseløst"}
    assert "Reden Ung" in names[:2]
    adult_only = {
        r.name
        for r in guide.resources
        if r.eligibility.age_groups is not None
        and AgeGroup.UNDER_18 not in r.eligibility.age_groups
    }
    assert adult_only
    assert not adult_only & set(names)
    assert any("§ 224" in fact.title + fact.text for fact in plan.facts)


def test_adult_gets_no_duty_to_notify_without_children(guide, look) -> None:
    ids = [item.id for item in plan_for(guide, look).checklist]
    assert not [i for i in ids if i.startswith("notify_duty")]
    with_children = plan_for(guide, look, contexts=("children",))
    assert [i.id for i in with_children.checklist if i.id.startswith("notify_duty")]


def test_region_without_regional_services_still_lists_national_ones(guide, look) -> None:
    # Bornholm has no service of its own; only Reden International's "east of
    # Storebælt" reaches it besides the national ones.
    plan = plan_for(guide, look, region="bornholm", contexts=("homelessness",))
    regional = {r.name for r in plan.referrals if r.coverage != "national"}
    assert regional == {"Reden International"}
    assert "Gadejuristen" in [r.name for r in plan.referrals]  # national, for the homeless


def test_only_national_services_when_nothing_regional_covers(guide, look) -> None:
    kept = tuple(r for r in guide.resources if r.id != "reden_international")
    smaller = replace(guide, resources=kept)
    plan = build_plan(situation(look, region="bornholm"), smaller, DAY)
    assert plan.referrals
    assert all(r.coverage == "national" for r in plan.referrals)


def test_no_region_offers_only_national_services(guide, look) -> None:
    plan = plan_for(guide, look, region=None)
    assert all(r.coverage == "national" for r in plan.referrals)


def test_odense_referrals(guide, look) -> None:
    names = [r.name for r in plan_for(guide, look, region="Odense").referrals]
    assert "Reden Odense" in names
    assert "Reden International" not in names
    assert "AmiAmi" in names  # nationality unknown: a service for foreigners may fit


def test_service_for_foreign_nationals_never_offered_to_a_national(guide, look) -> None:
    local = replace(situation(look, region="Odense"), nationality=Nationality.DOMESTIC)
    names = [r.name for r in build_plan(local, guide, DAY).referrals]
    assert "AmiAmi" not in names
    assert "Reden Odense" in names


def test_foreign_national_ranks_foreign_services_first(guide, look) -> None:
    plan = plan_for(guide, look, region="kobenhavn", contexts=("foreign_national",))
    top = {r.name for r in plan.referrals[:3]}
    assert "Reden International" in top


def test_gender_limits_are_respected(guide, look) -> None:
    names = [r.name for r in plan_for(guide, look, region="Odense", gender=Gender.MAN).referrals]
    assert "Reden Odense" not in names
    aalborg = plan_for(guide, look, region="Aalborg", gender=Gender.MAN).referrals
    assert "Reden Aalborg" in [r.name for r in aalborg]


def test_facts_follow_tags(guide, look) -> None:
    base = {f.id for f in plan_for(guide, look).facts}
    online = {f.id for f in plan_for(guide, look, signs=("threats_online",)).facts}
    assert "sextortion" not in base
    assert "sextortion" in online
    assert "consent_law" in base


def test_plan_is_repeatable(guide, look) -> None:
    assert plan_for(guide, look, signs=("isolation",)) == plan_for(
        guide, look, signs=("isolation",)
    )


def test_sources_list_every_document_used(guide, look) -> None:
    plan = plan_for(guide, look, region="Odense")
    docs = {source.id for source, _ in plan.sources}
    assert {"sbst2024", "kc2009"} <= docs
