"""After the meeting, through the CLI: follow-ups, the journal text, export, due dates, purge."""

from __future__ import annotations

import json
import os
import stat
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from samtale.messages.da import MESSAGES
from samtale.prep.followup import followups
from samtale.prep.printable import readable
from tests.unit.test_followup import kept_whole
from tests.unit.test_printable import parse

OBSERVED = "Siger hun er alene, men telefonen summer hele mødet"
OTHER = "Kan også være en ny kæreste"
AGREED = "Vi ses igen om en uge, og jeg finder ud af mere om Reden"
DAY = 86400


def followup_yaml(next_contact: date | None, agreed: str = AGREED) -> str:
    when = next_contact.isoformat() if next_contact else ""
    return (
        "outcome: held\n"
        "contact_form: phone\n"
        "topics: [bolig, sikkerhed ved møder]\n"
        f'agreed: "{agreed}"\n'
        "referrals: [Reden Odense, egen læge]\n"
        'consent: "Må tale med egen læge"\n'
        'safe_contact: "Kun sms"\n'
        "notified: no\n"
        f"next_contact: {when}\n"
    )


def new_note(cli, answers_file) -> str:
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 0, result.output
    rows = json.loads(cli("notes", "list", "--json").stdout)
    return next(row["id"] for row in rows if row["file"] in result.stdout)


def add_followup(cli, tmp_path: Path, note_id: str, next_contact: date | None, **kw) -> None:
    path = tmp_path / f"followup-{note_id}.yaml"
    path.write_text(followup_yaml(next_contact, **kw), encoding="utf-8")
    result = cli("notes", "followup", note_id, "--answers", str(path))
    assert result.exit_code == 0, result.output
    assert note_id in result.stdout


def note_path(home: Path, note_id: str) -> Path:
    return next((home / "notes").glob(f"*{note_id}.md*"))


def raw(cli, note_id: str) -> str:
    result = cli("notes", "show", note_id, "--raw")
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("encrypted", [False, True])
def test_followup_from_an_answers_file_is_a_dated_section(
    cli, home, tmp_path, answers_file, passphrase, encrypted
) -> None:
    if encrypted:
        assert cli("config", "set", "encrypt", "true").exit_code == 0
    note_id = new_note(cli, answers_file)
    before = raw(cli, note_id)
    add_followup(cli, tmp_path, note_id, date.today() + timedelta(days=3))
    path = note_path(home, note_id)
    assert path.name.endswith(".md.enc") is encrypted
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    if encrypted:
        assert AGREED.encode() not in path.read_bytes()
    after = raw(cli, note_id)
    assert kept_whole(before, after)
    heading = "## " + MESSAGES["followup.heading"].format(when="")
    assert after.count(heading) == 1
    assert AGREED in after[after.index(heading) :]
    assert [f.agreed for _, f in followups(after)] == [AGREED]
    add_followup(cli, tmp_path, note_id, None, agreed="Ny aftale")
    again = raw(cli, note_id)
    assert again.count(heading) == 2
    assert [f.agreed for _, f in followups(again)] == [AGREED, "Ny aftale"]
    assert len(list((home / "notes").glob("*.md*"))) == 1  # same note, same id


def test_journal_has_what_was_agreed_and_nothing_private(cli, home, tmp_path, answers_file):
    note_id = new_note(cli, answers_file)
    add_followup(cli, tmp_path, note_id, date.today() + timedelta(days=3))
    result = cli("notes", "journal", note_id)
    assert result.exit_code == 0, result.output
    journal = result.stdout
    assert AGREED in journal
    assert "Reden Odense; egen læge" in journal
    assert MESSAGES["followup.form.phone"] in journal
    for private in (OBSERVED, OTHER, "Kun sms", "K.M."):
        assert private not in journal


def test_journal_without_followup_says_how(cli, home, answers_file) -> None:
    note_id = new_note(cli, answers_file)
    result = cli("notes", "journal", note_id)
    assert result.exit_code == 2
    assert result.stderr.strip() == MESSAGES["followup.none_yet"]


def test_cpr_number_in_a_followup_is_refused_and_nothing_changes(
    cli, home, tmp_path, answers_file
) -> None:
    note_id = new_note(cli, answers_file)
    before = note_path(home, note_id).read_bytes()
    path = tmp_path / "f.yaml"
    path.write_text(followup_yaml(None, agreed="Ring til 120390-1234"), encoding="utf-8")
    result = cli("notes", "followup", note_id, "--answers", str(path))
    assert result.exit_code == 2
    assert "CPR" in result.stderr
    assert note_path(home, note_id).read_bytes() == before


def test_bad_followup_file_is_one_line(cli, home, tmp_path, answers_file) -> None:
    note_id = new_note(cli, answers_file)
    path = tmp_path / "f.yaml"
    path.write_text("outcome: måske\n", encoding="utf-8")
    result = cli("notes", "followup", note_id, "--answers", str(path))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "outcome" in result.stderr
    assert "held" in result.stderr


def test_followup_without_terminal_points_to_answers(cli, home, answers_file) -> None:
    note_id = new_note(cli, answers_file)
    result = cli("notes", "followup", note_id)
    assert result.exit_code == 2
    assert "--answers" in result.stderr


def test_export_html_loads_nothing_and_md_is_the_readable_note(cli, home, answers_file):
    note_id = new_note(cli, answers_file)
    html = cli("notes", "export", note_id, "--format", "html")
    assert html.exit_code == 0, html.output
    page = parse(html.stdout)
    assert page.loads == []
    assert "script" not in page.tags
    assert all("http" not in style for style in page.styles)
    assert MESSAGES["card.title"] in " ".join(page.sections["card"])
    assert OBSERVED in " ".join(page.sections["main"])
    md = cli("notes", "export", note_id, "--format", "md")
    assert md.exit_code == 0, md.output
    assert md.stdout == readable(raw(cli, note_id))
    assert not md.stdout.startswith("<!--")


def test_export_to_a_file_is_private_and_never_overwrites(cli, home, answers_file, tmp_path):
    note_id = new_note(cli, answers_file)
    target = tmp_path / "print" / "kort.html"
    target.parent.mkdir()
    result = cli("notes", "export", note_id, "--output", str(target))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["kort.html"]  # no temp file left
    again = cli("notes", "export", note_id, "--output", str(target))
    assert again.exit_code == 1
    assert str(target) in again.stderr


@pytest.mark.parametrize("folder", ["Dropbox", "repo"])
def test_export_is_refused_where_notes_are(cli, home, answers_file, tmp_path, folder) -> None:
    note_id = new_note(cli, answers_file)
    place = tmp_path / folder / "print"
    place.mkdir(parents=True)
    if folder == "repo":
        (tmp_path / folder / ".git").mkdir()
    result = cli("notes", "export", note_id, "--output", str(place / "kort.html"))
    assert result.exit_code == 1
    assert list(place.iterdir()) == []


def test_due_lists_tomorrow_not_next_month_and_plain_list_marks_it(
    cli, home, tmp_path, answers_file
) -> None:
    soon, later, none = (new_note(cli, answers_file) for _ in range(3))
    tomorrow = date.today() + timedelta(days=1)
    add_followup(cli, tmp_path, soon, tomorrow)
    add_followup(cli, tmp_path, later, date.today() + timedelta(days=30))
    due = cli("notes", "list", "--due", "--json")
    assert due.exit_code == 0, due.output
    assert [row["id"] for row in json.loads(due.stdout)] == [soon]
    rows = {row["id"]: row for row in json.loads(cli("notes", "list", "--json").stdout)}
    assert rows[soon]["due"] is True
    assert rows[later]["due"] is False
    assert rows[none]["next_contact"] is None
    table = cli("notes", "list", width=160).stdout
    mark = MESSAGES["notes.due_mark"].format(when=tomorrow.isoformat())
    assert mark in table
    assert table.count("! ") == 1
    assert soon in cli("notes", "list", "--due", width=160).stdout
    assert later not in cli("notes", "list", "--due", width=160).stdout


def age(path: Path, days: int) -> None:
    old = time.time() - days * DAY
    os.utime(path, (old, old))


def test_purge_keeps_a_note_with_a_follow_up_ahead(cli, home, tmp_path, answers_file) -> None:
    ahead, done = new_note(cli, answers_file), new_note(cli, answers_file)
    add_followup(cli, tmp_path, ahead, date.today() + timedelta(days=10))
    for note_id in (ahead, done):
        age(note_path(home, note_id), 60)
    result = cli("notes", "purge", "--yes")
    assert result.exit_code == 0, result.output
    assert ahead in result.stderr
    assert note_path(home, ahead).exists()
    assert not list((home / "notes").glob(f"*{done}.md*"))


def test_retention_counts_from_the_last_change(cli, home, tmp_path, answers_file) -> None:
    note_id = new_note(cli, answers_file)
    age(note_path(home, note_id), 60)
    add_followup(cli, tmp_path, note_id, None)  # no next contact: only the change counts
    result = cli("notes", "purge", "--yes")
    assert result.exit_code == 0, result.output
    assert note_path(home, note_id).exists()


def test_an_unknown_format_is_one_line(cli, home, answers_file) -> None:
    note_id = new_note(cli, answers_file)
    result = cli("notes", "export", note_id, "--format", "pdf")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "html, md" in result.stderr
    assert cli("notes", "export", note_id, "--format", "MD").exit_code == 0
