"""Every id a user may type is listed by `samtale ids`, and `prep --template` offers them."""

from __future__ import annotations

import json

import pytest

from samtale import yamlio
from samtale.guide.models import AgeGroup, Gender
from samtale.prep.answers import FIELDS


def listed(cli, *args: str) -> dict[str, list[str]]:
    result = cli("ids", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return {
        kind: [item["id"] for item in items] for kind, items in json.loads(result.stdout).items()
    }


def test_ids_lists_every_id_of_the_guide(cli, guide) -> None:
    ids = listed(cli)
    assert ids["topics"] == [topic.id for topic in guide.topics]
    assert ids["contexts"] == [context.id for context in guide.contexts]
    assert ids["signs"] == [sign.id for sign in guide.signs]
    assert ids["groups"] == [group.id for group in guide.groups]
    assert ids["services"] == [service.id for service in guide.services]
    assert ids["cases"] == [case.id for case in guide.cases]
    assert {landsdel.id for landsdel in guide.places.landsdele} <= set(ids["regions"])
    assert {m.name for m in guide.places.municipalities} <= set(ids["places"])
    assert ids["age_groups"] == [a.value for a in AgeGroup]
    assert ids["genders"] == [g.value for g in Gender]
    assert ids["countries"] == ["dk", "se"]
    assert "retention_days" in ids["settings"]


def test_every_listed_region_and_place_is_accepted(cli, look) -> None:
    ids = listed(cli, "regions")["regions"] + listed(cli, "places")["places"]
    assert all(look.places.get(name) is not None for name in ids)


def test_one_kind_by_any_name(cli) -> None:
    plural = cli("ids", "contexts").stdout
    assert "substance_use" in plural
    assert cli("ids", "context").stdout == plural
    assert cli("ids", "kontekster").stdout == plural
    assert "  substance_use" in plural
    assert "topics" not in plural


def test_swedish_ids(cli) -> None:
    ids = listed(cli, "--country", "se", "regions")
    assert "stockholm" in ids["regions"]


def test_unknown_kind_suggests(cli) -> None:
    result = cli("ids", "contxts")
    assert result.exit_code == 2
    assert "mente du 'contexts'?" in result.stderr


def test_template_holds_every_key_and_its_ids(cli, guide) -> None:
    result = cli("prep", "--template")
    assert result.exit_code == 0, result.stderr
    data = yamlio.loads(result.stdout)
    assert list(data) == list(FIELDS)
    for ident in [
        *(sign.id for sign in guide.signs),
        *(context.id for context in guide.contexts),
        *(topic.id for topic in guide.topics),
        *(landsdel.id for landsdel in guide.places.landsdele),
        *(g.value for g in Gender),
        *(a.value for a in AgeGroup),
    ]:
        assert ident in result.stdout, ident
    assert result.stdout.startswith("#")


@pytest.mark.parametrize("country", ["dk", "se"])
def test_filled_template_makes_a_note(cli, home, country: str) -> None:
    template = cli("--country", country, "prep", "--template").stdout
    empty = cli("--country", country, "prep", "--answers", "-", "--stdout", input=template)
    assert empty.exit_code == 2
    assert "citizen" in empty.stderr
    filled = template.replace('citizen: ""', 'citizen: "K.M."', 1)
    note = cli("--country", country, "prep", "--answers", "-", "--stdout", input=filled)
    assert note.exit_code == 0, note.stderr
    assert "K.M." in note.stdout


def test_every_enumerated_answers_key_has_its_list(cli) -> None:
    """Keys other issues add to the answers (nationality, sector …) are listed too."""
    from samtale.guide.ids import answer_enums, plural

    ids = listed(cli)
    enums = answer_enums(FIELDS)
    assert {"gender", "age_group"} <= set(enums)
    for key, enum in enums.items():
        assert ids[plural(key)] == [value.value for value in enum], key
    template = cli("prep", "--template").stdout
    for key, enum in enums.items():
        line = next(line for line in template.splitlines() if line.startswith(f"{key}:"))
        assert all(value.value in line for value in enum), line
