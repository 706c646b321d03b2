"""Law with a date: every legal fact and duty names its statute, a public source with its
address and the day it was checked; Swedish output follows Swedish conventions."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from samtale.guide.check import cross_check
from samtale.guide.load import load_guide
from samtale.guide.models import ChecklistKind, FactTopic
from tests.helpers import ANSWERS_YAML

SWEDISH_MONTHS = (
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
)
DANISH_DATE = re.compile(rf"\b\d{{1,2}}\. (?:{SWEDISH_MONTHS}|marts|januar|februar)\b")


@pytest.mark.parametrize("country", ["dk", "se"])
def test_every_legal_fact_and_duty_has_statute_source_and_checked_date(country) -> None:
    guide = load_guide(country)
    legal = [f for f in guide.facts if f.topic == FactTopic.LAW]
    legal += [c for c in guide.checklist if c.kind == ChecklistKind.DUTY]
    assert legal
    for item in legal:
        basis = item.basis
        assert basis is not None, item.id
        for text in (basis.statute, basis.source, basis.web):
            assert text.strip(), item.id
        assert re.fullmatch(r"\d{4}-\d\d(-\d\d)?", basis.checked), item.id


def test_data_check_refuses_a_legal_fact_without_basis(guide) -> None:
    index = next(i for i, f in enumerate(guide.facts) if f.topic == FactTopic.LAW)
    bare = replace(guide.facts[index], basis=None)
    facts = (*guide.facts[:index], bare, *guide.facts[index + 1 :])
    problems = cross_check(replace(guide, facts=facts))
    assert [p.loc for p in problems] == [("facts", index, "basis")]


def test_swedish_law_is_the_law_in_force_with_its_dates(cli) -> None:
    result = cli("--country", "se", "facts", "--topic", "law", width=200)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "utnyttjande av barn genom köp av sexuell handling" in out
    assert "gäller från 1 januari 2020" in out
    assert "socialtjänstlagen (2025:400)" in out
    assert "gäller från 1 juli 2025" in out
    assert "kontrollerad 23 november 2026" in out
    # Old law is never stated as current: no fines for sexköp, no 2001:453 paragraphs.
    assert "böter eller fängelse" not in out
    assert "14 kap. 1 § SoL" not in out
    assert "«" not in out
    assert "»" not in out
    assert not DANISH_DATE.search(out), DANISH_DATE.search(out)


def test_danish_law_says_since_when_and_who_is_bound(cli) -> None:
    out = cli("facts", "--topic", "lov", width=200).stdout
    assert "kontrolleret 23. november 2026" in out
    assert "§ 133" in out
    assert "§ 134" in out
    assert "NGO" in out


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"age_group: 18_29": "age_group: under_18"},
        {"contexts: [substance_use, homelessness]": "contexts: [children, trafficking_concern]"},
    ],
)
def test_no_swedish_note_has_a_danish_date_or_danish_quotes(cli, tmp_path, home, change) -> None:
    text = (
        ANSWERS_YAML.replace("region: Odense", "region: Stockholm")
        .replace("lonely_busy_phone", "anxiety", 1)
        .replace('  unexplained_substance_funding: ""\n', "", 1)
    )
    for old, new in change.items():
        text = text.replace(old, new)
    path = tmp_path / "svar.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli("--country", "se", "prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 0, result.output
    note = result.stdout
    assert "«" not in note
    assert "»" not in note
    assert not DANISH_DATE.search(note), DANISH_DATE.search(note)
    assert re.search(rf"\b\d{{1,2}} (?:{SWEDISH_MONTHS}) \d{{4}}\b", note)


@pytest.mark.parametrize("country", ["dk", "se"])
def test_every_figure_says_its_year(country) -> None:
    """A figure without a year reads as today's; each one says when it was counted or given."""
    guide = load_guide(country)
    figures = [f for f in guide.facts if f.topic == FactTopic.STATS and re.search(r"\d", f.text)]
    assert figures
    undated = [f.id for f in figures if not re.search(r"\b(19|20)\d\d\b", f"{f.title} {f.text}")]
    assert undated == []


# ---------------------------------------------------------------- issue 22: corrected law
# Each correction of a paragraph, a crime name or a date has the test that would have caught
# it. The law was checked against public copies on 2026-12-03 (sources in each `basis`).


def _legal(country: str):
    guide = load_guide(country)
    facts = {f.id: f for f in guide.facts}
    checklist = {c.id: c for c in guide.checklist}
    return guide, facts, checklist


def _plan_for(country: str, **answers):
    """A plan built by the pure core (resolve → plan) for one answers dict."""
    from datetime import date

    from samtale.guide.load import load_prepared
    from samtale.messages import use_country
    from samtale.prep.answers import parse_answers, resolve
    from samtale.prep.plan import build_plan

    use_country(country)
    guide, look = load_prepared(country)
    answers = {"citizen": "X.Y.", **answers}
    situation = resolve(parse_answers(answers, "test"), guide, look)
    return build_plan(situation, guide, date(2026, 12, 3))


def test_danish_rufferi_is_paragraph_233_as_the_current_code_numbers_it() -> None:
    """Rufferi is § 233 in today's straffelov (lex.dk); §§ 228-229 are the old numbering,
    and today's § 228 is about negligence as to age (L 50, 2022-23)."""
    _, facts, _ = _legal("dk")
    pimping = facts["pimping_and_encouraging"]
    assert "§ 233" in pimping.text
    assert "§ 233 a" in pimping.text
    assert "mellemmand" in pimping.text
    assert "lex.dk" in pimping.basis.web
    assert "§ 233 a" in pimping.basis.unconfirmed  # only checked against the guide
    for fact in facts.values():
        if "rufferi" in fact.text.casefold() or fact.id == "rufferi":
            assert not re.search(r"§§? ?22[89]\b", fact.text), fact.id
            assert "§ 233" in fact.text, fact.id


def test_barnets_lov_is_act_721_of_13_june_2023_in_force_2024_consolidated_2025() -> None:
    guide, facts, checklist = _legal("dk")
    items = [facts["duty_to_notify_under_18"]] + [
        checklist[i] for i in ("notify_duty", "notify_duty_private", "notify_duty_which")
    ]
    for item in items:
        source = item.basis.source
        assert "lov nr. 721 af 13. juni 2023" in source, item.id
        assert "lovbekendtgørelse nr. 282 af 17. marts 2025" in source, item.id
        assert item.basis.in_force == "2024-01-01", item.id
    printable = " ".join(
        f"{b.statute} {b.source} {b.unconfirmed}"
        for b in (i.basis for i in (*guide.facts, *guide.checklist))
        if b is not None
    )
    assert "14. juni 2023" not in printable
    assert "890 af 19. juni 2024" not in printable


def test_danish_public_duty_reaches_private_providers_of_public_tasks() -> None:
    _, facts, checklist = _legal("dk")
    assert "privat leverandør" in facts["duty_to_notify_under_18"].text
    assert "opgaver for" in checklist["notify_duty_private"].text
    assert "privat leverandør" in checklist["notify_duty_which"].text
    assert "privat leverandør" in checklist["notify_duty"].text


def test_danish_report_duty_says_what_the_law_holds() -> None:
    _, _, checklist = _legal("dk")
    duty = checklist["report_duty"]
    assert "barnets lov §§ 133 og 134" in duty.basis.statute
    assert "politiet" in duty.text
    assert duty.basis.checked == "2026-12-03"


def test_established_danish_law_is_confirmed_with_a_public_source() -> None:
    _, facts, _ = _legal("dk")
    for fact_id in ("selling_legal", "buying_legal_over_18", "buying_under_18", "consent_law"):
        basis = facts[fact_id].basis
        assert not basis.unconfirmed, fact_id
        assert basis.web.startswith("https://"), fact_id
    assert "1999" in facts["decriminalised_1999"].basis.statute
    assert facts["consent_law"].basis.in_force == "2021-01-01"
    assert "2021" in facts["consent_law"].text


def test_swedish_crime_name_is_the_one_in_force_since_2020() -> None:
    guide, _facts, checklist = _legal("se")
    assert "utnyttjande av barn genom köp av sexuell handling" in (
        checklist["buyer_under_18_crime"].text
    )
    old_name = re.compile(r"(?<!genom )köp av sexuell handling av barn")
    texts = [c.text for c in guide.checklist] + [p.text for p in guide.phrases]
    texts += [
        f.text for f in guide.facts if "tidigare" not in f.text and "sedan 2020" not in f.text
    ]
    assert [t for t in texts if old_name.search(t)] == []


def test_swedish_national_coordination_is_the_gender_equality_agency() -> None:
    guide, _, checklist = _legal("se")
    step = checklist["consult_national_support"]
    assert "Jämställdhetsmyndigheten" in step.text
    assert "NSPM" in step.text
    assert "Länsstyrelsen i Stockholm samordnar" not in step.text
    source = next(s for s in guide.sources if s.id == step.source.doc)
    assert source.date == "2023-05-19"
    assert all("Länsstyrelsen i Stockholm samordnar" not in c.description for c in guide.contexts)


def test_swedish_grooming_fact_says_under_15() -> None:
    _, facts, _ = _legal("se")
    fact = facts["grooming_law"]
    assert "under 15" in fact.title
    assert "under 15" in fact.text
    assert fact.basis.web == "https://lagen.nu/prop/2008/09:149"


@pytest.mark.parametrize(
    ("sector", "expected", "absent"),
    [
        ("private", "report_concern_child_private", {"report_concern_child_public"}),
        ("public", "report_concern_child_public", {"report_concern_child_private"}),
        ("unknown", "report_concern_child", {"report_concern_child_public"}),
    ],
)
def test_swedish_reporting_duty_is_told_per_sector(sector, expected, absent) -> None:
    plan = _plan_for("se", age_group="under_18", gender="woman", sector=sector)
    ids = {c.id for c in plan.checklist}
    assert expected in ids
    assert not ids & absent
    if sector == "private":
        chosen = next(c for c in plan.checklist if c.id == expected)
        assert "bör du anmäla" in chosen.text
        spoken = [p.text for _, phrases in plan.conversation for p in phrases]
        assert not [t for t in spoken if "måste jag anmäla" in t]


def test_swedish_fines_for_buying_sex_are_gone_and_say_when() -> None:
    _, facts, _ = _legal("se")
    fact = facts["buying_sex_crime"]
    assert "böter finns inte" in fact.text
    assert "21 juni 2022" in fact.basis.source


def test_rechecked_bases_name_the_public_text_and_its_address() -> None:
    _, facts, _ = _legal("se")
    trafficking = facts["human_trafficking"].basis
    assert "SFS 2010:371" in trafficking.source
    assert trafficking.in_force == "2010-07-01"
    assert "SFS 2010:208" in facts["secrecy_osl"].basis.source
    _, _, checklist = _legal("dk")
    secrecy = checklist["confidentiality_duty"].basis
    assert "forvaltningsloven § 27" in secrecy.statute
    assert secrecy.web.startswith("https://www.retsinformation.dk/")
