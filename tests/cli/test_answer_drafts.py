"""Follow-up and practice answers are kept in a draft: after Ctrl-C, after a failed save,
and continued with ``--resume``.

Driven through the CLI runner with a scripted prompter in place of the terminal's (the
pty tests in tests/pty/test_followup_terminal.py and tests/pty/test_practice_terminal.py drive
the real prompts). A read-only folder and a full disk are simulated as in
tests/cli/test_io_errors.py: the tests run as root, where chmod stops no write.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest

from samtale.guide.load import load_guide
from samtale.messages.da import MESSAGES
from samtale.prep.followup import followups
from samtale.store import answer_drafts
from tests.cli.test_io_errors import disk_full, read_only
from tests.cli.test_notes_after import new_note
from tests.helpers import Script

KEEP = object()  # in a script: press Enter on the default


class Enter(Script):
    """A script in which `KEEP` takes the question's default, as Enter does."""

    def text(self, message, default, validate):
        value = self._next(message)
        return default if value is KEEP else value

    def select(self, message, choices, default):
        value = self._next(message)
        return default if value is KEEP else value

    def checkbox(self, message, groups, checked):
        value = self._next(message)
        return list(checked) if value is KEEP else value

    def confirm(self, message, default):
        value = self._next(message)
        return default if value is KEEP else value


def scripted(monkeypatch: pytest.MonkeyPatch, module: str, script: Script) -> None:
    monkeypatch.setattr(f"samtale.cli.{module}._prompter", lambda: script)


# outcome, form, date, topics, agreed, referrals, consent?, safe contact, notified?, next, save?
FOLLOWUP = ["held", "phone", "", "bolig", "Ses om en uge", [], False, "Kun sms", False, "", True]


def said(key: str, **values: str) -> str:
    return MESSAGES[key].format(**values)


def draft_of(home: Path, kind: str, owner: str) -> dict[str, Any]:
    return json.loads((home / "drafts" / f"{kind}-{owner}.json").read_text(encoding="utf-8"))


def test_ctrl_c_in_a_followup_keeps_a_draft_and_resume_continues_it(
    cli, home, answers_file, monkeypatch
) -> None:
    note_id = new_note(cli, answers_file)
    before = cli("notes", "show", note_id, "--raw").stdout
    scripted(monkeypatch, "notes_after", Enter(FOLLOWUP, stop_after=5))
    result = cli("notes", "followup", note_id)
    command = f"samtale notes followup {note_id} --resume"
    assert result.exit_code == 130, result.output
    assert said("prep.interrupted_draft", command=command) in result.stderr
    assert cli("notes", "show", note_id, "--raw").stdout == before
    assert draft_of(home, "followup", note_id)["agreed"] == "Ses om en uge"

    # Enter keeps each earlier answer; the rest is answered now.
    rest = [KEEP] * 5 + [[], False, "Kun sms", False, "", True]
    scripted(monkeypatch, "notes_after", Enter(rest))
    result = cli("notes", "followup", note_id, "--resume")
    assert result.exit_code == 0, result.output
    [(_, recorded)] = followups(cli("notes", "show", note_id, "--raw").stdout)
    assert (recorded.contact_form, recorded.agreed) == ("phone", "Ses om en uge")
    assert answer_drafts.draft_files() == []


def test_resume_without_a_draft_says_so(cli, home, answers_file, monkeypatch) -> None:
    note_id = new_note(cli, answers_file)
    scripted(monkeypatch, "notes_after", Enter([]))
    result = cli("notes", "followup", note_id, "--resume")
    assert result.exit_code == 2
    assert said("followup.no_draft", id=note_id) in result.stderr


@pytest.mark.parametrize("failure", ["read_only", "disk_full"])
def test_a_followup_that_cannot_be_saved_keeps_the_draft(
    cli, home, answers_file, monkeypatch, failure
) -> None:
    note_id = new_note(cli, answers_file)
    scripted(monkeypatch, "notes_after", Enter(FOLLOWUP))
    with monkeypatch.context() as patch:
        if failure == "read_only":
            read_only(patch, home / "notes")
        else:  # the note is larger than the draft: the disk fills while it is written
            disk_full_for_notes(patch, home)
        result = cli("notes", "followup", note_id)
    assert result.exit_code == 74, result.output
    assert "Uventet" not in result.output
    assert f"samtale notes followup {note_id} --resume" in result.stderr
    assert str(home / "notes") in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert draft_of(home, "followup", note_id)["safe_contact"] == "Kun sms"

    scripted(monkeypatch, "notes_after", Enter([KEEP] * len(FOLLOWUP)))
    assert cli("notes", "followup", note_id, "--resume").exit_code == 0
    [(_, recorded)] = followups(cli("notes", "show", note_id, "--raw").stdout)
    assert recorded.safe_contact == "Kun sms"
    assert answer_drafts.draft_files() == []


def disk_full_for_notes(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """ENOSPC for every write while the notes folder is being written to."""
    import os

    real_open = os.open
    notes = str(home / "notes")

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        fd = real_open(path, flags, *args, **kwargs)
        if str(path).startswith(notes) and flags & os.O_CREAT:
            disk_full(monkeypatch)
        return fd

    monkeypatch.setattr(os, "open", open_)


def case_id() -> str:
    return load_guide("dk").cases[0].id


PRACTICE = ["Roligt", "", "Lytte", "Om rettigheder", "Supervision", "Notatpligt"]


def test_ctrl_c_in_practice_save_keeps_a_draft_and_resume_continues_it(
    cli, home, monkeypatch
) -> None:
    case = case_id()
    scripted(monkeypatch, "practice", Enter(PRACTICE, stop_after=3))
    result = cli("practice", case, "--save")
    assert result.exit_code == 130, result.output
    command = f"samtale practice {case} --resume"
    assert said("prep.interrupted_draft", command=command) in result.stderr
    assert list(draft_of(home, "practice", case).values()) == PRACTICE[:3]
    assert not (home / "practice").exists()

    scripted(monkeypatch, "practice", Enter([KEEP, KEEP, KEEP, "Om rettigheder", "S", "N"]))
    result = cli("practice", "--resume")  # the newest draft's case
    assert result.exit_code == 0, result.output
    [saved] = (home / "practice").iterdir()
    assert "Lytte" in saved.read_text(encoding="utf-8")
    assert answer_drafts.draft_files() == []


def test_practice_without_save_keeps_nothing_on_ctrl_c(cli, home, monkeypatch) -> None:
    scripted(monkeypatch, "practice", Enter(PRACTICE, stop_after=3))
    result = cli("practice", case_id())
    assert result.exit_code == 130
    assert MESSAGES["interrupted"] in result.stderr
    assert not home.exists() or not any(p.is_file() for p in home.rglob("*"))


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_practice_answers_that_cannot_be_saved_keep_the_draft(cli, home, monkeypatch, code) -> None:
    case = case_id()
    scripted(monkeypatch, "practice", Enter(PRACTICE))
    with monkeypatch.context() as patch:
        read_only(patch, home / "practice", code)
        result = cli("practice", case, "--save")
    assert result.exit_code == 74, result.output
    assert "Uventet" not in result.output
    assert f"samtale practice {case} --resume" in result.stderr
    assert str(home / "practice") in result.stderr
    assert draft_of(home, "practice", case)["meet"] == "Roligt"


def test_resume_of_practice_without_a_draft_says_so(cli, home, monkeypatch) -> None:
    scripted(monkeypatch, "practice", Enter([]))
    result = cli("practice", "--resume")
    assert result.exit_code == 2
    assert MESSAGES["practice.no_draft"] in result.stderr


def test_a_draft_is_sealed_under_the_store_key(home, passphrase) -> None:
    from samtale.store.keys import unlock

    key = unlock(create=True)
    path = answer_drafts.save("practice", "a_case", {"meet": "Noget privat"}, key)
    assert path.name == "practice-a_case.json.enc"
    assert b"Noget privat" not in path.read_bytes()
    assert answer_drafts.load("practice", "a_case", key) == {"meet": "Noget privat"}


def test_purge_and_encrypt_cover_these_drafts(cli, home, passphrase) -> None:
    answer_drafts.save("followup", "abc123", {"agreed": "Noget privat"})
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    assert cli("notes", "encrypt", "--yes").exit_code == 0
    [found] = answer_drafts.draft_files()
    assert found.encrypted
    assert cli("notes", "purge", "--older-than", "0", "--yes").exit_code == 0
    assert answer_drafts.draft_files() == []


def test_the_draft_of_an_encrypted_note_is_sealed(
    cli, home, answers_file, passphrase, monkeypatch
) -> None:
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    note_id = new_note(cli, answers_file)
    scripted(monkeypatch, "notes_after", Enter(FOLLOWUP, stop_after=5))
    assert cli("notes", "followup", note_id).exit_code == 130
    [found] = answer_drafts.draft_files()
    assert found.encrypted
    assert b"Ses om en uge" not in found.path.read_bytes()

    # Encryption turned off since: the sealed draft still opens, and the note is saved.
    assert cli("config", "set", "encrypt", "false").exit_code == 0
    scripted(monkeypatch, "notes_after", Enter([KEEP] * len(FOLLOWUP)))
    result = cli("notes", "followup", note_id, "--resume")
    assert result.exit_code == 0, result.output
    [(_, recorded)] = followups(cli("notes", "show", note_id, "--raw").stdout)
    assert recorded.agreed == "Ses om en uge"


def test_an_unreadable_draft_stops_resume_but_not_a_new_run(cli, home, monkeypatch) -> None:
    case = case_id()
    (home / "drafts").mkdir(parents=True)
    (home / "drafts" / f"practice-{case}.json").write_text("{ikke json", encoding="utf-8")
    scripted(monkeypatch, "practice", Enter([]))
    result = cli("practice", case, "--resume")
    assert result.exit_code == 1, result.output
    assert f"practice-{case}.json" in result.stderr

    scripted(monkeypatch, "practice", Enter(PRACTICE))
    result = cli("practice", case, "--save")
    assert result.exit_code == 0, result.output
    assert MESSAGES["drafts.starting_afresh"].split("}")[1][:20] in result.stderr
    assert answer_drafts.draft_files() == []
    assert len(list((home / "practice").iterdir())) == 1
