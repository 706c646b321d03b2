"""Law with a date: every legal fact and duty names its statute, a public source with its
address and the day it was checked; Swedish output follows Swedish conventions."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from samtale.guide.check import cross_check
from samtale.guide.load import load_guide
from samtale.guide.models import ChecklistKind, FactTopic
from tests.conftest import ANSWERS_YAML

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
