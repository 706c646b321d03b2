"""The follow-up questions through a scripted prompter, and the command's interactive path."""

from __future__ import annotations

import json
from datetime import date

import pytest

from samtale.cli.notes_after import followup
from samtale.errors import SamtaleError
from samtale.prep.followup import followups, parse_followup
from samtale.prep.followup_questions import OTHER, ask_followup, required_date, valid_date
from tests.helpers import Script

TODAY = date(2026, 11, 23)
SCRIPT = [
    "held",  # outcome
    "in_person",  # contact form
    "2026-11-22",  # when
    "bolig, sikkerhed",  # topics
    "Ses igen om en uge",  # agreed
    ["Reden Odense", OTHER],  # referrals
    "egen læge; jobcentret",  # other referrals
    True,  # consent given
    "Må tale med egen læge",  # with whom
    "Kun sms",  # safe contact
    True,  # notified
    "2026-11-20",  # when
    "2026-11-30",  # next contact
]


def test_every_question_fills_the_answers_file_shape() -> None:
    script = Script(SCRIPT)
    answers = ask_followup(script, ["Reden Odense", "Grænseløst"], TODAY)
    assert script.answers == []
    recorded = parse_followup(answers, "test")
    assert recorded.outcome == "held"
    assert recorded.contact_date == date(2026, 11, 22)
    assert recorded.topics == ["bolig", "sikkerhed"]
    assert recorded.referrals == ["Reden Odense", "egen læge", "jobcentret"]
    assert recorded.consent == "Må tale med egen læge"
    assert recorded.notified == date(2026, 11, 20)
    assert recorded.next_contact == date(2026, 11, 30)


def test_no_consent_and_no_notification_skip_their_follow_up_questions() -> None:
    script = Script(
        ["postponed", "phone", "", "", "", [], False, "", False, ""],
    )
    recorded = parse_followup(ask_followup(script, [], TODAY), "test")
    assert script.answers == []
    assert recorded.consent == ""
    assert recorded.notified is None
    assert recorded.next_contact is None
    assert recorded.contact_date is None


def test_dates_are_checked_as_they_are_typed() -> None:
    assert valid_date("") is True
    assert valid_date("2026-12-01") is True
    assert isinstance(valid_date("1. december"), str)
    assert isinstance(required_date(""), str)


def test_the_command_asks_then_writes_the_note(cli, home, answers_file) -> None:
    assert cli("prep", "--answers", str(answers_file)).exit_code == 0
    note_id = json.loads(cli("notes", "list", "--json").stdout)[0]["id"]
    followup(None, note_id, prompter=Script([*SCRIPT, True]))
    text = cli("notes", "show", note_id, "--raw").stdout
    [(_, recorded)] = followups(text)
    assert recorded.agreed == "Ses igen om en uge"


def test_saying_no_at_the_end_writes_nothing(cli, home, answers_file) -> None:
    assert cli("prep", "--answers", str(answers_file)).exit_code == 0
    note_id = json.loads(cli("notes", "list", "--json").stdout)[0]["id"]
    before = cli("notes", "show", note_id, "--raw").stdout
    with pytest.raises(SamtaleError) as stop:
        followup(None, note_id, prompter=Script([*SCRIPT, False]))
    assert stop.value.exit_code == 0
    assert cli("notes", "show", note_id, "--raw").stdout == before
