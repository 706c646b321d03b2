"""Referrals that reach someone: every offer has a current contact or a dated route, and
the stale entries issue 24 named are gone from the data, the lists and the note."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from samtale.guide.directory import route
from samtale.guide.load import load_guide
from samtale.guide.models import Guide, Status
from samtale.guide.validate import validate_folder

CURRENT_SINCE = "2019"  # the acceptance measure of issue 24 (bench/reach.py)


def _current(as_of: str | None) -> bool:
    return as_of is not None and as_of[:4] >= CURRENT_SINCE


@pytest.mark.parametrize("country", ["dk", "se"])
def test_every_active_offer_for_citizens_can_be_reached(country: str) -> None:
    """Its own point dated 2019 or later, or a route to an offer with one."""
    guide = load_guide(country)
    unreachable = []
    for resource in guide.resources:
        if resource.status != Status.ACTIVE or not resource.for_citizens:
            continue
        if any(_current(point.as_of) for point in resource.contact):
            continue
        reach = route(resource, guide.resources)
        if reach is None or not _current(reach.point.as_of):
            unreachable.append(resource.id)
    assert unreachable == []


def _copy(shipped_data: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "dk"
    shutil.copytree(shipped_data / "dk", folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("resource: sbst_professionals\n", "resource: nobody\n", "'nobody', som ikke er et tilbud"),
        ("resource: sbst_professionals\n", "resource: amiami\n", "peger på tilbuddet selv"),
        (
            "resource: sbst_professionals\n",
            "resource: kompetencecenter_prostitution\n",
            "ikke længere er aktivt",
        ),
        (
            "resource: sbst_professionals\n",
            "resource: stenbroens_jurister\n",
            "ikke har et dateret kontaktpunkt",
        ),
    ],
)
def test_data_check_refuses_a_route_that_leads_nowhere(
    shipped_data: Path, tmp_path: Path, old: str, new: str, expected: str
) -> None:
    folder = _copy(shipped_data, tmp_path)
    _edit(folder / "resources.yaml", old, new)  # AmiAmi's route is the first in the file
    _, problems = validate_folder(folder, "dk")
    found = [(p.loc, p.message) for p in problems]
    assert any(loc[-1] == "resource" and expected in msg for loc, msg in found), found


def test_data_check_wants_a_route_where_no_point_is_dated(
    shipped_data: Path, tmp_path: Path
) -> None:
    folder = _copy(shipped_data, tmp_path)
    text = (folder / "resources.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: amiami")
    block = text[start : text.index("    source:", start)]
    route_start = block.index("    reach_via:")
    trimmed = block[:route_start]
    (folder / "resources.yaml").write_text(text.replace(block, trimmed, 1), encoding="utf-8")
    _, problems = validate_folder(folder, "dk")
    assert [(p.loc, p.message.split(":")[0]) for p in problems] == [
        (
            ("resources", 0, "reach_via"),
            "et aktivt tilbud til borgere uden dateret kontaktpunkt skal have reach_via",
        )
    ]


def _note(cli, tmp_path: Path, region: str) -> str:
    """The prep note for an adult woman in `region`, nothing observed."""
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        f'citizen: "A."\nage_group: 30_plus\ngender: woman\nregion: {region}\n'
        "signs: {}\ncontexts: []\n",
        encoding="utf-8",
    )
    result = cli("prep", "--answers", str(answers), "--stdout")
    assert result.exit_code == 0, result.output
    return result.stdout


def test_resources_show_the_route_with_its_date(cli, home: Path) -> None:
    result = cli("resources", "--region", "Esbjerg")
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    start = text.index("Reden Esbjerg")
    entry = text[start : text.index("•", start) if "•" in text[start:] else None]
    assert "Nås gennem KFUKs Sociale Arbejde" in entry
    assert "Web: kfuksa.dk Oplyst september 2021" in entry
    assert "Ingen kontaktdata fundet" not in entry


def test_json_gives_the_route_and_its_point(cli, home: Path) -> None:
    result = cli("resources", "--region", "Esbjerg", "--json")
    offers = {offer["id"]: offer for offer in json.loads(result.stdout)}
    route_json = offers["reden_esbjerg"]["reach_via"]
    assert route_json["id"] == "kfuks_sociale_arbejde"
    assert route_json["contact"]["value"] == "kfuksa.dk"
    assert route_json["contact"]["as_of"] == "2021-09"
    assert route_json["contact"]["source"]["url"].startswith("https://24nyt.dk/")
    assert offers["lev_uden_vold"]["reach_via"] is None


def test_prep_note_and_card_give_the_route(cli, home: Path, tmp_path: Path) -> None:
    note = _note(cli, tmp_path, "Esbjerg")
    assert "nås gennem KFUKs Sociale Arbejde" in note
    assert "Ingen kontaktdata fundet" not in note


# --- the stale entries of issue 24 ------------------------------------------------------


def _offer(guide: Guide, rid: str):
    return next(resource for resource in guide.resources if resource.id == rid)


def test_tjejjouren_has_its_own_domain(se_guide: Guide) -> None:
    """The 2015 material's "tjejouren.se" (one j) is not Tjejjouren's domain."""
    assert [point.value for point in _offer(se_guide, "tjejjouren").contact] == ["tjejjouren.se"]
    values = [point.value for resource in se_guide.resources for point in resource.contact]
    assert not any("tjejouren" in value for value in values)


def test_prostitutionschatten_is_history_without_evonhusets_number(
    cli, home: Path, se_guide: Guide
) -> None:
    chatten = _offer(se_guide, "prostitutionschatten")
    assert chatten.status == Status.HISTORICAL
    assert chatten.contact == ()
    shown = json.loads(cli("--country", "se", "resources", "--json").stdout)
    assert "prostitutionschatten" not in {offer["id"] for offer in shown}
    # The number stays only where pages now give it: Evonhuset.
    owners = {
        resource.id
        for resource in se_guide.resources
        for point in resource.contact
        if point.value == "020-35 40 40"
    }
    assert owners == {"mika_malmo"}


def test_krankt_names_imy_not_only_datainspektionen(se_guide: Guide) -> None:
    description = _offer(se_guide, "krankt").description
    assert "Integritetsskyddsmyndigheten (IMY)" in description


def test_gadejuristens_restart_has_a_year(guide: Guide) -> None:
    description = " ".join(_offer(guide, "gadejuristen").description.split())
    assert "genopstod den 1. november" not in description
    assert "1. november (formentlig 2021" in description


def test_reden_2009_numbers_carry_a_warning_in_the_note(cli, home: Path, tmp_path: Path) -> None:
    """The note warns in words at a 2009 number; the card keeps it only with a route."""
    note = _note(cli, tmp_path, "København")
    for line in note.splitlines():
        if "33 23 40 52" in line:  # Reden København's number of March 2009
            assert "gammel oplysning, tjek før brug" in line
    assert "33 23 40 52" in note
