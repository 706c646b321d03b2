"""Drafts of prep outside the questionnaire: what they record, how `notes` lists and
deletes them, and the remembered role (`config set role`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samtale import config
from samtale.messages.da import MESSAGES
from samtale.prep.draft_record import DraftMeta, from_record, to_record, view
from samtale.store import drafts


def keep(answers: dict, country: str = "dk", started: str = "2026-11-20T09:15") -> str:
    draft_id = drafts.new_draft_id()
    drafts.save_draft(draft_id, to_record(answers, DraftMeta(country, started)))
    return draft_id


def test_a_draft_records_its_country_and_start() -> None:
    record = to_record(
        {"citizen": "L.N.", "region": "Göteborg"}, DraftMeta("se", "2026-11-20T09:15")
    )
    answers, meta = from_record(record, "dk", 0.0)
    assert answers == {"citizen": "L.N.", "region": "Göteborg"}
    assert meta == DraftMeta("se", "2026-11-20T09:15")


def test_a_draft_of_an_older_version_is_read_in_the_country_asked() -> None:
    answers, meta = from_record({"citizen": "A.B."}, "dk", 1_700_000_000.0)
    assert answers == {"citizen": "A.B."}
    assert meta.country == "dk"
    assert meta.started.startswith("2023-11-1")


def test_how_far_a_draft_got() -> None:
    half = {"role": "", "citizen": "A.B.", "age_group": "unknown", "signs": {"isolation": None}}
    seen = view(to_record(half, DraftMeta("dk", "2026-11-20T09:15")), "dk", 0.0)
    assert (seen.citizen, seen.started) == ("A.B.", "2026-11-20 09:15")
    assert seen.done == 3  # the sign's own words are still missing: signs is not done
    assert seen.total > seen.done


def test_notes_list_shows_drafts_with_how_far(cli, home: Path) -> None:
    draft_id = keep({"role": "", "citizen": "K.M.", "region": "Odense"})
    listed = json.loads(cli("notes", "list", "--json").stdout)
    (row,) = listed
    assert row["kind"] == "draft"
    assert row["id"] == draft_id
    assert row["citizen"] == "K.M."
    assert row["region"] == "Odense"
    assert row["date"] == "2026-11-20"
    assert row["answered"].startswith("3/")
    table = cli("notes", "list", width=120).stdout
    assert draft_id in table
    assert MESSAGES["notes.draft_mark"].split("{citizen}")[1].split("{")[0] in table


def test_notes_delete_removes_a_draft(cli, home: Path) -> None:
    kept = keep({"citizen": "K.M."})
    other = keep({"citizen": "L.N."})
    result = cli("notes", "delete", kept[:5], "--yes")
    assert result.exit_code == 0, result.output
    assert [info.id for info in drafts.list_drafts()] == [other]


def test_notes_delete_of_a_draft_asks_first_without_yes(cli, home: Path) -> None:
    kept = keep({"citizen": "K.M."})
    result = cli("notes", "delete", kept)
    assert result.exit_code == 2  # no terminal to ask at
    assert [info.id for info in drafts.list_drafts()] == [kept]


def test_the_role_is_a_setting(cli, home: Path) -> None:
    result = cli("config", "set", "role", 'SSP "ung" \\ kontakt')
    assert result.exit_code == 0, result.output
    assert config.load(home / "config.toml").role == 'SSP "ung" \\ kontakt'


@pytest.mark.parametrize("role", ["x" * 81, "CPR 120390-1234"])
def test_a_role_that_is_too_long_or_holds_a_cpr_number_is_refused(cli, home: Path, role) -> None:
    result = cli("config", "set", "role", role)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert not (home / "config.toml").exists()
