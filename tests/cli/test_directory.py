"""The referral directory: dated contact points, the local resources file, `--stale`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from samtale.dates import start_of
from samtale.guide.directory import is_stale, newest_as_of, stale_points
from samtale.guide.models import ContactKind, ContactPoint, Resource, SourceRef

LOCAL = """\
resources:
  - id: odense_sel_raadgivning
    name: Odense Kommune – anonym rådgivning
    description: Kommunens egen anonyme rådgivning efter serviceloven.
    groups: [sex_workers]
    services: [counselling]
    coverage: Odense
    contact:
      - kind: phone
        value: "11 22 33 44"
    verified: "2026-10-01"
    verified_by: "Team Udsatte, Odense"
  - id: reden_aalborg
    name: Reden Aalborg (lokal aftale)
    description: Vores faste kontaktperson i Reden Aalborg.
    coverage: [Region Nordjylland]
    contact:
      - kind: email
        value: kontakt@example.org
        as_of: "2025-01"
    verified: "2026-09"
    verified_by: "K. Jensen"
"""


@pytest.fixture
def local_file(home: Path) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "resources.yaml"
    path.write_text(LOCAL, encoding="utf-8")
    return path


def _point(as_of: str | None, value: str = "1") -> ContactPoint:
    return ContactPoint(
        kind=ContactKind.PHONE,
        value=value,
        as_of=as_of,
        source=SourceRef(doc="x", section="y"),
    )


def _resource(*points: ContactPoint) -> Resource:
    return Resource(
        id="r", name="R", description="d", coverage="national", contact=points, source=None
    )


def test_stale_points_are_old_or_undated_never_new() -> None:
    today = date(2026, 11, 23)
    old, new, undated = _point("2009-03", "old"), _point("2025-06-14", "new"), _point(None, "u")
    due = [item.point.value for item in stale_points([_resource(old, new, undated)], today, 24)]
    assert due == ["old", "u"]
    assert [i.point.value for i in stale_points([_resource(new)], today, 3)] == ["new"]


def test_a_month_counts_from_its_first_day() -> None:
    assert not is_stale("2024-11", date(2026, 11, 1), 24)
    assert is_stale("2024-11", date(2026, 11, 2), 24)
    assert is_stale(None, date(2026, 11, 2), 1000)


def test_an_offer_is_as_new_as_its_newest_dated_point() -> None:
    assert newest_as_of(_resource(_point("2019-12-18"), _point("2020-01"), _point(None))) == (
        "2020-01"
    )
    assert newest_as_of(_resource(_point(None))) is None


@pytest.mark.parametrize("country", ["dk", "se"])
def test_json_gives_each_point_its_own_date_and_source(cli, home: Path, country: str) -> None:
    offers = json.loads(cli("--country", country, "resources", "--json").stdout)
    assert offers
    for offer in offers:
        assert "verified" not in offer  # bundled offers have no date of their own
        dated = []
        for point in offer["contact"]:
            assert set(point) == {"kind", "value", "note", "as_of", "source"}
            assert point["source"]["doc"]
            if point["as_of"] is not None:
                start_of(point["as_of"])  # parses
                dated.append(point["as_of"])
        # The offer's shown date is never newer than its newest contact point.
        assert offer["as_of"] == (max(dated, key=start_of) if dated else None)


def test_local_offer_comes_first_for_its_area(cli, local_file: Path) -> None:
    table = cli("resources", "--region", "Odense", width=200).stdout
    assert table.index("Odense Kommune – anonym rådgivning") < table.index("Reden Odense")
    assert "Lokalt tilbud – kontrolleret 1. oktober 2026 af Team Udsatte, Odense" in table
    offers = json.loads(cli("resources", "--region", "Odense", "--json").stdout)
    assert offers[0]["id"] == "odense_sel_raadgivning"
    assert offers[0]["local"] is True
    assert offers[0]["verified"] == "2026-10-01"
    assert offers[0]["contact"][0]["as_of"] == "2026-10-01"  # the entry's verified date
    assert offers[0]["coverage"] == ["fyn"]
    assert all(offer["local"] is False for offer in offers[1:])
    # Not shown for an area it does not cover.
    elsewhere = json.loads(cli("resources", "--region", "Roskilde", "--json").stdout)
    assert "odense_sel_raadgivning" not in {offer["id"] for offer in elsewhere}


def test_local_entry_replaces_bundled_one_with_same_id(cli, local_file: Path) -> None:
    offers = json.loads(cli("resources", "--region", "Aalborg", "--json").stdout)
    aalborg = [offer for offer in offers if offer["id"] == "reden_aalborg"]
    assert len(aalborg) == 1
    assert aalborg[0]["name"] == "Reden Aalborg (lokal aftale)"
    assert aalborg[0]["local"] is True
    assert offers[0]["id"] == "reden_aalborg"


def test_local_offer_comes_first_in_prep_note(cli, local_file: Path, answers_file: Path) -> None:
    note = cli("prep", "--answers", str(answers_file), "--stdout").stdout
    card = note.split("### Henvis til", 1)[1]
    first = card.split("\n- ", 2)[1]
    assert first.startswith("**Odense Kommune – anonym rådgivning**")
    assert "Tlf.: 11 22 33 44 (oplyst 1. oktober 2026" in first
    # Who checked it and when is said once, in the note's list of sources.
    sources = note.split("## Kilder", 1)[1]
    checked = "Odense Kommune – anonym rådgivning, kontrolleret 1. oktober 2026 af Team Udsatte"
    assert checked in sources


def test_local_file_from_config_path(cli, home: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared drive" / "team.yaml"
    shared.parent.mkdir()
    shared.write_text(LOCAL, encoding="utf-8")
    assert cli("config", "set", "local_resources", str(shared)).exit_code == 0
    assert "local_resources" in cli("config", "show").stdout
    offers = json.loads(cli("resources", "--region", "Odense", "--json").stdout)
    assert offers[0]["id"] == "odense_sel_raadgivning"


BROKEN = LOCAL.replace("    services: [counselling]\n", "    services: [counseling]\n")


@pytest.mark.parametrize(
    "args",
    [
        ("resources",),
        ("resources", "--stale"),
        ("prep",),  # would ask questions next
    ],
)
def test_broken_local_file_stops_with_file_and_line(cli, home: Path, args: tuple[str, ...]) -> None:
    home.mkdir(parents=True)
    path = home / "resources.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    result = cli(*args)
    assert result.exit_code == 2
    assert f"{path}:6:" in result.stderr
    assert "counseling" in result.stderr
    assert "Traceback" not in result.output


def test_broken_local_file_stops_prep_with_answers(cli, home: Path, answers_file: Path) -> None:
    home.mkdir(parents=True)
    (home / "resources.yaml").write_text("resources:\n  - id: [oops\n", encoding="utf-8")
    result = cli("prep", "--answers", str(answers_file), "--stdout")
    assert result.exit_code == 2
    assert "resources.yaml:3: ugyldig YAML" in result.stderr
    assert "## " not in result.stdout


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('    verified: "2026-10-01"\n', "", "mangler verified"),
        ("    coverage: Odense\n", "    coverage: Odenze\n", "Odenze"),
        ('    verified_by: "Team Udsatte, Odense"\n', "", "mangler verified_by"),
        ('        as_of: "2025-01"\n', '        as_of: "2026-12"\n', "nyere"),
    ],
)
def test_data_check_lists_local_problems(cli, home: Path, old: str, new: str, message: str) -> None:
    home.mkdir(parents=True)
    path = home / "resources.yaml"
    assert old in LOCAL
    path.write_text(LOCAL.replace(old, new), encoding="utf-8")
    result = cli("data", "check")
    assert result.exit_code == 2
    assert message in result.stderr
    assert f"{path}:" in result.stderr


def test_data_check_accepts_a_valid_local_file(cli, local_file: Path) -> None:
    result = cli("data", "check")
    assert result.exit_code == 0, result.output
    assert f"Lokal tilbudsfil {local_file}: 2 tilbud" in result.stdout


def test_stale_lists_old_and_undated_points_with_source(cli, local_file: Path) -> None:
    due = json.loads(cli("resources", "--stale", "--json").stdout)
    values = {item["value"] for item in due}
    assert "kontakt@example.org" not in values  # local, 2025-01: under 24 months
    assert "11 22 33 44" not in values  # local, checked 2026-10-01
    assert "33 91 48 10" in values  # Reden International, from the 2009 handbook
    a_year = json.loads(cli("resources", "--stale", "--older-than", "12", "--json").stdout)
    year = {item["value"] for item in a_year}
    assert "kontakt@example.org" in year
    assert "11 22 33 44" not in year
    for item in due:
        assert item["as_of"] is None or is_stale(item["as_of"], date.today(), 24)
        assert item["local"] or item["source"]["doc"]
    within = json.loads(cli("resources", "--stale", "--older-than", "1000", "--json").stdout)
    assert all(item["as_of"] is None for item in within)
    table = cli("resources", "--stale", width=200).stdout
    assert "ældre end 24 måneder" in table
