"""End to end: `samtale notes followup` answered in a real pseudo-terminal, to the end."""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from samtale.messages.da import MESSAGES
from samtale.prep.followup import followups

pexpect = pytest.importorskip("pexpect")

from tests.helpers.terminal import CTRL_C, DOWN, ENTER, SPACE, answer, finish, spawn  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def prompt(key: str) -> str:
    return re.escape(MESSAGES[key][:30])


def test_followup_asked_in_a_terminal_is_added_to_the_note(
    cli, private_home: Path, answers_file: Path
) -> None:
    assert cli("prep", "--answers", str(answers_file)).exit_code == 0
    [row] = json.loads(cli("notes", "list", "--json").stdout)
    next_contact = (date.today() + timedelta(days=5)).isoformat()

    child = spawn("notes", "followup", row["id"])
    answer(child, prompt("fq.outcome"), ENTER)  # held, the default
    answer(child, prompt("fq.contact_form"), DOWN, ENTER)  # telefon
    answer(child, prompt("fq.contact_date"), ENTER)  # today, the default
    answer(child, prompt("fq.topics"), "bolig, sikkerhed", ENTER)
    answer(child, prompt("fq.agreed"), "Ses igen om en uge", ENTER)
    answer(child, prompt("fq.referrals"), SPACE, ENTER)  # the note's first referral
    answer(child, prompt("fq.consent"), ENTER)  # no
    answer(child, prompt("fq.safe_contact"), "Kun sms", ENTER)
    answer(child, prompt("fq.notified"), ENTER)  # no
    answer(child, prompt("fq.next_contact"), "i morgen", ENTER)
    child.expect(re.escape(MESSAGES["fq.bad_date"][:30]))  # refused as typed
    child.send("\x7f" * len("i morgen") + next_contact + ENTER)
    answer(child, prompt("fq.confirm"), ENTER)
    out = finish(child)
    assert child.exitstatus == 0, out
    assert row["id"] in out

    text = cli("notes", "show", row["id"], "--raw").stdout
    [(_, recorded)] = followups(text)
    assert recorded.outcome == "held"
    assert recorded.contact_form == "phone"
    assert recorded.topics == ["bolig", "sikkerhed"]
    assert recorded.agreed == "Ses igen om en uge"
    assert len(recorded.referrals) == 1
    assert recorded.next_contact == date.fromisoformat(next_contact)
    listed = json.loads(cli("notes", "list", "--due", "--json").stdout)
    assert [r["id"] for r in listed] == [row["id"]]


def test_ctrl_c_keeps_a_draft_and_the_note_as_it_was(
    cli, private_home: Path, answers_file: Path
) -> None:
    assert cli("prep", "--answers", str(answers_file)).exit_code == 0
    [row] = json.loads(cli("notes", "list", "--json").stdout)
    before = cli("notes", "show", row["id"], "--raw").stdout
    child = spawn("notes", "followup", row["id"])
    answer(child, prompt("fq.outcome"), ENTER)
    answer(child, prompt("fq.contact_form"), DOWN, ENTER)  # telefon
    answer(child, prompt("fq.contact_date"), ENTER)
    answer(child, prompt("fq.topics"), "bolig", CTRL_C)
    out = finish(child)
    assert child.exitstatus == 130, out
    assert f"samtale notes followup {row['id']} --resume" in out
    assert cli("notes", "show", row["id"], "--raw").stdout == before
    draft = private_home / "drafts" / f"followup-{row['id']}.json"
    assert json.loads(draft.read_text(encoding="utf-8"))["contact_form"] == "phone"


def _small_files_only() -> None:
    """In the child: no file may grow past 8 KiB. A draft fits; the whole note does not.

    The kernel refuses the note's write (EFBIG) as a full disk would (ENOSPC), for root
    too, where a read-only folder made with chmod would stop nothing.
    """
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))


def _answer_all(child: pexpect.spawn, resumed: bool = False) -> None:
    """Every question; resumed, Enter keeps the draft's telefon and agreement."""
    answer(child, prompt("fq.outcome"), ENTER)
    answer(child, prompt("fq.contact_form"), *([ENTER] if resumed else [DOWN, ENTER]))
    answer(child, prompt("fq.contact_date"), ENTER)
    answer(child, prompt("fq.topics"), ENTER)
    answer(child, prompt("fq.agreed"), *([ENTER] if resumed else ["Ses igen om en uge", ENTER]))
    answer(child, prompt("fq.referrals"), ENTER)
    answer(child, prompt("fq.consent"), ENTER)
    answer(child, prompt("fq.safe_contact"), ENTER)
    answer(child, prompt("fq.notified"), ENTER)
    answer(child, prompt("fq.next_contact"), ENTER)
    answer(child, prompt("fq.confirm"), ENTER)


def test_a_followup_the_kernel_will_not_write_is_kept_and_resumed(
    cli, private_home: Path, answers_file: Path
) -> None:
    assert cli("prep", "--answers", str(answers_file)).exit_code == 0
    [row] = json.loads(cli("notes", "list", "--json").stdout)
    assert Path(row["file"]).stat().st_size > 8192
    child = spawn("notes", "followup", row["id"], preexec_fn=_small_files_only)
    _answer_all(child)
    out = finish(child)
    assert child.exitstatus == 74, out
    assert "Uventet" not in out
    assert f"samtale notes followup {row['id']} --resume" in out
    assert followups(cli("notes", "show", row["id"], "--raw").stdout) == []

    child = spawn("notes", "followup", row["id"], "--resume")  # room again
    child.expect(re.escape(MESSAGES["followup.continuing"][:30]))
    _answer_all(child, resumed=True)
    out = finish(child)
    assert child.exitstatus == 0, out
    [(_, recorded)] = followups(cli("notes", "show", row["id"], "--raw").stdout)
    assert (recorded.contact_form, recorded.agreed) == ("phone", "Ses igen om en uge")
    assert not list((private_home / "drafts").glob("followup-*"))
