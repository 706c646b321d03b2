"""`--country se`: Swedish data, Swedish words, Swedish duties and referrals."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from samtale.guide.load import load_guide
from samtale.prep.card import split_card
from tests.helpers import ANSWERS_YAML

# Every service named in "Hit kan du vända dig" and the resource lists of the Swedish
# material (Socialstyrelsen 2015); Kast is listed too, as a service for buyers.
SE_SERVICES = [
    "Mika",
    "NSPM",  # sos2015's "Länsstyrelsen i Stockholm": the assignment moved in 2018
    "RFSL",
    "RFSL Ungdom",
    "Pegasus",
    "PrevenTell",
    "Ungdomsmottagning",
    "UMO",
    "Venhälsan",
    "SMC",
    "SMC Pilen",
    "Centrum för sexuell hälsa",
    "CASM",
    "Talita",
    "1000 möjligheter",
    "stodonline",
    "Prostitutionschatten",
    "Hbt-jouren",
    "Tjejjouren",
    "Tjejzonen",
    "Hopp",
    "Kriscentrum",
    "Maria ungdom",
    "Inte till salu",
    "Transformering",
    "Pojkmottagningen",
    "Kast",
]


def names(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [item["name"] for item in json.loads(result.stdout)]


def test_every_swedish_service_is_in_the_data(se_guide) -> None:
    found = [r.name.casefold() for r in se_guide.resources]
    for service in SE_SERVICES:
        assert any(service.casefold() in name for name in found), service


def test_the_old_national_coordinator_is_named_in_the_description(se_guide) -> None:
    nspm = next(r for r in se_guide.resources if r.id == "lansstyrelsen_nmt")
    assert "Jämställdhetsmyndigheten" in nspm.description
    assert "Länsstyrelsen i Stockholm" in nspm.description


def test_kast_is_for_buyers_and_never_offered(se_guide) -> None:
    kast = next(r for r in se_guide.resources if r.name.startswith("Kast"))
    assert "buyers" in kast.groups
    assert kast.for_citizens is False


def test_stockholm(cli) -> None:
    found = names(cli("--country", "se", "resources", "--region", "stockholm", "--json"))
    assert any(name.startswith("Mika") and "Stockholm" in name for name in found)
    assert "RFSL" in found
    assert "PrevenTell" in found
    danish = {r.name for r in load_guide("dk").resources}
    assert not danish & set(found)


def test_goteborg(cli) -> None:
    found = names(cli("--country", "se", "resources", "--region", "göteborg", "--json"))
    assert any(name.startswith("Mika") and "Göteborg" in name for name in found)
    assert "SMC Pilen" in found


def swedish_note(cli, tmp_path, age_group: str, region: str) -> str:
    """The preparation below the card of a Swedish prep note for a person of that age and
    region (the referrals are its fourth section)."""
    answers = (
        ANSWERS_YAML.replace("age_group: 18_29", f"age_group: {age_group}")
        .replace("region: Odense", f"region: {region}")
        .replace("lonely_busy_phone", "unexplained_substance_funding", 1)
        .replace('  unexplained_substance_funding: ""\n', "", 1)
    )
    path = tmp_path / "svar.yaml"
    path.write_text(answers, encoding="utf-8")
    result = cli("--country", "se", "prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 0, result.output
    return split_card(result.stdout)[1]


def referrals_in(note: str) -> str:
    return note.split("\n## ")[4]


def test_malmo_offer_is_evonhuset_and_reachable(cli) -> None:
    # Mika Malmö became KST in February 2017 and is now Evonhuset (Kunskapsguiden); the old
    # name alone would send a professional looking for an offer that is no longer called so.
    result = cli("--country", "se", "resources", "--region", "malmö", "--json")
    assert result.exit_code == 0, result.output
    offers = {item["id"]: item for item in json.loads(result.stdout)}
    malmo = offers["mika_malmo"]
    assert malmo["name"].startswith("Evonhuset")
    assert "Mika Malmö" in malmo["name"]
    assert "2017" in malmo["description"]
    # Evonhuset takes people from 15 (Kunskapsguiden), where sos2015 said 18.
    assert "under_18" in malmo["eligibility"]["age_groups"]
    assert "från 15 år" in malmo["description"]
    phone = next(point for point in malmo["contact"] if point["kind"] == "phone")
    assert phone["value"] == "020-35 40 40"
    assert phone["as_of"] is None  # the page states no date
    assert phone["source"]["url"].startswith("https://www.kristianstad.se/")


def test_mikamottagningen_stockholm_takes_adults_only(cli, tmp_path, home) -> None:
    # Mikamottagningen i Stockholm takes people from 18 (Kunskapsguiden), not from 16.
    result = cli("--country", "se", "resources", "--region", "stockholm", "--json")
    assert result.exit_code == 0, result.output
    stockholm = next(item for item in json.loads(result.stdout) if item["id"] == "mika_stockholm")
    assert stockholm["eligibility"]["age_groups"] == ["18_29", "30_plus"]
    assert "18 år eller äldre" in stockholm["description"]
    assert "Mikamottagningen i Stockholm" not in swedish_note(
        cli, tmp_path, "under_18", "Stockholm"
    )
    assert "Mikamottagningen i Stockholm" in referrals_in(
        swedish_note(cli, tmp_path, "18_29", "Stockholm")
    )


@pytest.mark.parametrize("resource_id", ["venhalsan", "talita", "mika_stockholm"])
def test_uncertain_offers_say_check_before_referral(se_guide, resource_id: str) -> None:
    # Venhälsan (Södersjukhuset's move to Karolinska in 2022), Talita (its shelter permit,
    # 2025) and Mikamottagningen (no new therapy since 2017) are open questions, not facts.
    resource = next(r for r in se_guide.resources if r.id == resource_id)
    assert "kontrollera före hänvisning" in resource.description


def test_swedish_opening_phrases_ask_about_what_was_received(cli) -> None:
    result = cli("--country", "se", "phrases", "--topic", "öppning", "--json")
    assert result.exit_code == 0, result.output
    texts = [p["text"] for p in json.loads(result.stdout)]
    assert len(texts) >= 4
    assert any("ersättning" in text or "i utbyte" in text for text in texts)


def test_swedish_note_for_a_minor(cli, tmp_path, home) -> None:
    note = swedish_note(cli, tmp_path, "under_18", "Stockholm")
    after = note.split("\n## ", 3)[2]  # the section after the observations
    first_item = next(line for line in after.splitlines() if line.startswith("- [ ]"))
    # The duty rests on the law in force (SoL 2025:400 since 1 July 2025), with its date.
    assert "socialtjänstlagen (2025:400)" in first_item
    assert "14 kap. 1 § SoL" not in note
    assert "gäller från 1 juli 2025" in note
    se = load_guide("se")
    adult_only = [
        r.name
        for r in se.resources
        if r.eligibility.age_groups is not None and "under_18" not in r.eligibility.age_groups
    ]
    assert adult_only
    referrals = referrals_in(note)
    for name in adult_only:
        assert f"### {name}\n" not in referrals


def test_swedish_errors(cli) -> None:
    result = cli("--country", "se", "resources", "--region", "stokholm")
    assert result.exit_code == 2
    assert "menade du 'stockholm'?" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_the_list_of_valid_places_is_in_the_language_of_the_run(cli) -> None:
    """A Danish run that finds a place in Sweden builds Sweden's cached resolver; its list
    of valid places was frozen in Danish then, and every Swedish run after said it so."""
    assert "--country se" in cli("resources", "--region", "stockholm").stderr
    result = cli("--country", "se", "resources", "--region", "stokholm")
    assert result.exit_code == 2
    assert "ett län (stockholm" in result.stderr
    assert "en kommune eller en større by" not in result.stderr
    danish = cli("resources", "--region", "fyen")
    assert "en landsdel (kobenhavn" in danish.stderr


def test_swedish_help_in_a_fresh_process() -> None:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    env.pop("SAMTALE_COUNTRY", None)
    run = subprocess.run(
        [sys.executable, "-m", "samtale", "--country", "se", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "Kommandon" in run.stdout
    assert "Kommandoer" not in run.stdout
    assert "Show this message" not in run.stdout


def test_country_from_environment(cli, monkeypatch) -> None:
    monkeypatch.setenv("SAMTALE_COUNTRY", "se")
    found = names(cli("resources", "--region", "stockholm", "--json"))
    assert "RFSL" in found
