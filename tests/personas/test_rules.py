"""The fit rules of issue 21, one test each, over the whole shipped data of both countries.

The persona suite (`test_cases.py`) checks them on people; these check that the data
states each rule for every item it concerns, so new content cannot slip past them.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from samtale.guide.load import load_prepared
from samtale.guide.models import AgeGroup, Gender, Guide, Sector
from samtale.guide.select import Lookups, Person, suits
from samtale.messages import use_country
from samtale.prep.answers import parse_answers, resolve
from samtale.prep.card import card_duty
from samtale.prep.plan import build_plan

COUNTRIES = ("dk", "se")
DAY = date(2026, 11, 23)
# Openings that state what the person said or what was seen: such a line needs its fact.
STATES_A_FACT = re.compile(
    r"^(Du har fortalt|Du fortalte|Du har sagt|Jeg har lagt mærke til|Dit forbrug|"
    r"Din ydelse blev|Du har berättat|Vi har pratat om|Jag har märkt)"
)


@pytest.fixture(scope="module", params=COUNTRIES)
def prepared(request) -> tuple[str, Guide, Lookups]:
    guide, look = load_prepared(request.param)
    return request.param, guide, look


def plan_of(prepared: tuple[str, Guide, Lookups], **answers: object):
    country, guide, look = prepared
    use_country(country)
    situation = resolve(parse_answers({"citizen": "X", **answers}, "test"), guide, look)
    return build_plan(situation, guide, DAY)


def ids(plan) -> set[str]:
    return {
        *(p.id for _, phrases in plan.conversation for p in phrases),
        *(i.id for i in plan.checklist),
        *(f.id for f in plan.facts),
        *(r.id for r in (*plan.referrals, *plan.for_professionals)),
        *(t.id for t, _ in plan.conversation),
    }


def test_the_age_band_switches_on_no_context(prepared) -> None:
    _, guide, _ = prepared
    ages = {age.value for age in AgeGroup}
    assert [c.id for c in guide.contexts if ages & set(c.said_by)] == []
    plan = plan_of(prepared, age_group="18_29")
    assert "young" not in plan.situation.contexts
    assert plan.situation.person().age_group == AgeGroup.AGE_18_29


def test_a_line_that_states_a_fact_names_the_sign_or_context_it_needs(prepared) -> None:
    _, guide, _ = prepared
    stating = [p for p in guide.phrases if STATES_A_FACT.match(p.text)]
    assert stating  # the pattern finds the lines it is about
    for phrase in stating:
        assert phrase.when, phrase.id
        assert all(c.signs or c.contexts for c in phrase.when), phrase.id
        assert not suits(phrase, Person()), phrase.id  # nobody without the fact gets it


def test_being_foreign_brings_no_trafficking_material(prepared) -> None:
    foreign = plan_of(prepared, nationality="foreign", age_group="30_plus")
    concern = plan_of(
        prepared, nationality="foreign", age_group="30_plus", contexts=["trafficking_concern"]
    )
    only_with_concern = ids(concern) - ids(foreign)
    assert {"talk_alone", "do_not_confront"} <= only_with_concern
    assert not {"talk_alone", "do_not_confront", "consult_cmm", "cmm"} & ids(foreign)
    assert not {"consult_national_support", "opening_just_us"} & ids(foreign)


def test_an_interpreter_present_is_not_offered_for_next_time(prepared) -> None:
    _, guide, _ = prepared
    offers = [p for p in guide.phrases if re.search(r"næste gang|nästa gång", p.text)]
    offers = [p for p in offers if "tolk" in p.text]
    assert offers
    with_interpreter = Person(conversation=frozenset({"interpreter"}))
    assert [p.id for p in offers if suits(p, with_interpreter)] == []


@pytest.mark.parametrize("gender", [Gender.MAN, Gender.TRANS, Gender.NONBINARY])
def test_pregnancy_and_msm_figures_reach_only_whom_they_concern(prepared, gender) -> None:
    _, guide, _ = prepared
    person = Person(gender=gender, contexts=frozenset({"lgbt"}))
    pregnancy = [p.id for p in guide.phrases if "gravid" in p.text and suits(p, person)]
    assert pregnancy == []
    woman = Person(gender=Gender.WOMAN, contexts=frozenset({"lgbt"}))
    msm = [f for f in guide.facts if "har sex med män" in f.title]
    for person in (woman, Person(gender=Gender.TRANS, contexts=frozenset({"lgbt"}))):
        assert [f.id for f in msm if suits(f, person)] == []


def test_lgbt_services_need_an_lgbt_context_or_gender(prepared) -> None:
    _, guide, _ = prepared
    man = Person(age_group=AgeGroup.AGE_30_PLUS, gender=Gender.MAN)
    lgbt = [r for r in guide.resources if "lgbtq" in r.groups or "lgbt" in r.fits]
    assert [r.id for r in lgbt if suits(r, man)] == []


def test_a_minor_hears_no_line_about_a_child_of_theirs(prepared) -> None:
    plan = plan_of(prepared, age_group="under_18", topics=["opening", "duties", "exit"])
    said = " ".join(p.text for _, phrases in plan.conversation for p in phrases)
    assert not re.search(r"et barn har det|ett barn far illa|vill sluta|holde op for min", said)


@pytest.mark.parametrize("sector", ["private", "unknown"])
def test_only_public_staff_are_told_the_public_duty(prepared, sector) -> None:
    plan = plan_of(prepared, age_group="under_18", sector=sector)
    said = " ".join(p.text for _, phrases in plan.conversation for p in phrases)
    assert "har jeg pligt til at sige det til kommunen" not in said
    assert "måste jag anmäla" not in said
    adult = plan_of(prepared, age_group="30_plus", sector="private")
    duty = card_duty(adult)
    assert duty is None or "notatpligt" not in (duty.law or "")
    public = plan_of(prepared, age_group="under_18", sector="public")
    assert public.situation.sector == Sector.PUBLIC
    duty = card_duty(public)
    assert duty is not None
    assert "under_18" in duty.lead_when


def test_intellectual_disability_changes_the_plan(prepared) -> None:
    without = plan_of(prepared, age_group="30_plus", gender="woman")
    with_it = plan_of(
        prepared, age_group="30_plus", gender="woman", contexts=["intellectual_disability"]
    )
    order = [p.id for _, phrases in with_it.conversation for p in phrases]
    assert order != [p.id for _, phrases in without.conversation for p in phrases]


def test_children_bring_their_topic_and_a_minor_the_duties(prepared) -> None:
    parent = plan_of(prepared, age_group="30_plus", contexts=["children"])
    assert "children" in [t.id for t, _ in parent.conversation]
    minor = plan_of(prepared, age_group="under_18", topics=["opening", "help"])
    assert [t.id for t, _ in minor.conversation][:2] == ["opening", "duties"]


def test_a_need_service_reaches_nobody_without_the_need(prepared) -> None:
    """A shelter, a crisis centre, a violence line: not for a housed person without it."""
    plan = plan_of(prepared, age_group="30_plus", gender="woman", contexts=["substance_use"])
    needs = {"shelter"}
    offered = [r.id for r in plan.referrals if needs & set(r.services)]
    assert offered == []
