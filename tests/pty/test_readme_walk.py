"""Acceptance of issue 25: the README walked through in a pseudo-terminal, as a new user.

A housing-support worker prepares a conversation in Danish (and stops one half-way and
resumes it), adds a follow-up, prints the card, turns encryption on; then a Swedish
kurator prepares one in Swedish on the same machine. At 60 and at 100 columns, no screen
may show an English word of the interface or a word the terminal broke at its edge.
"""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from samtale.messages.da import MESSAGES
from samtale.messages.sv import MESSAGES as SV

pexpect = pytest.importorskip("pexpect")
pytest.importorskip("pyte")

from tests.helpers import PASSPHRASE  # noqa: E402
from tests.helpers.terminal import CTRL_C, DOWN, ENTER, SPACE, UP  # noqa: E402
from tests.pty.test_new_user_terminal import GAP, Walk, start  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

NEXT = re.compile(f"notes{GAP}show{GAP}([0-9a-f]{{6}}){GAP}--card")


def danish_prep(cols: int) -> str:
    """A whole prep, answered as the README describes it; the new note's id."""
    walk = Walk("prep", cols=cols)
    walk.step(start("q.role"), "bostøttemedarbejder", ENTER)
    walk.step(start("q.citizen"), "K.M.", ENTER)
    walk.step(start("q.age_group"), DOWN, DOWN, ENTER)  # 18–29 år
    walk.step(start("q.gender"), UP * 4, ENTER)  # kvinde
    walk.step(start("q.nationality"), ENTER)
    walk.step(start("q.region"), "Odense", ENTER)
    walk.step(start("q.signs"), SPACE, DOWN, SPACE, ENTER)
    walk.step("–" + GAP + "hvad", "Siger hun er alene, men har to telefoner med", ENTER)
    walk.step("–" + GAP + "hvad", "Har nyt tøj hver uge og ingen indtægt", ENTER)
    walk.step(start("q.contexts"), SPACE, ENTER)
    walk.step(start("q.other_explanations"), "Kan også være en ny kæreste", ENTER)
    walk.step(start("q.topics"), ENTER)
    walk.step(start("q.conversation_language"), ENTER)
    walk.step(start("q.review"), ENTER)  # save
    walk.step(NEXT.pattern)
    note_id = walk.child.match[1]
    walk.step(start("prep.remember_role", role="bostøttemedarbejder"), "j")
    assert walk.end() == 0, walk.text()
    walk.check()
    flowing = " ".join(walk.text().split())
    assert f"samtale notes export {note_id}" in flowing
    return note_id


def stopped_and_resumed(cols: int) -> None:
    walk = Walk("prep", cols=cols)
    walk.step(start("q.role"), ENTER)  # the remembered role
    walk.step(start("q.citizen"), "A.B.", ENTER)
    walk.step(start("q.age_group"), CTRL_C)
    assert walk.end() == 130
    walk.check()
    assert "samtale prep --resume" in " ".join(walk.text().split())

    walk = Walk("prep", "--resume", cols=cols)
    for key in ("q.age_group", "q.gender", "q.nationality", "q.region", "q.signs"):
        walk.step(start(key), ENTER)
    walk.step(start("q.contexts"), ENTER)
    walk.step(start("q.other_explanations"), ENTER)
    walk.step(start("q.topics"), ENTER)
    walk.step(start("q.conversation_language"), ENTER)
    walk.step(start("q.review"), ENTER)
    walk.step(NEXT.pattern)
    assert walk.end() == 0, walk.text()
    walk.check()


def follow_up(cols: int, note_id: str) -> None:
    walk = Walk("notes", "followup", note_id, cols=cols)
    walk.step(start("fq.outcome"), ENTER)
    walk.step(start("fq.contact_form"), DOWN, ENTER)
    walk.step(start("fq.contact_date"), ENTER)
    walk.step(start("fq.topics"), "bolig, sikkerhed", ENTER)
    walk.step(start("fq.agreed"), "Ses igen om en uge", ENTER)
    walk.step(start("fq.referrals"), SPACE, ENTER)
    walk.step(start("fq.consent"), ENTER)
    walk.step(start("fq.safe_contact"), "Kun sms", ENTER)
    walk.step(start("fq.notified"), ENTER)
    walk.step(start("fq.next_contact"), (date.today() + timedelta(days=5)).isoformat(), ENTER)
    walk.step(start("fq.confirm"), ENTER)
    assert walk.end() == 0, walk.text()
    walk.check()


def read_and_print(cols: int, note_id: str, folder: Path) -> None:
    for args in (
        ("notes", "list"),
        ("notes", "show", note_id, "--card"),
        ("notes", "export", note_id, "--output", str(folder / "kort.html")),
        ("resources", "--region", "fyn", "--no-pager"),
        ("--help",),
        ("prep", "--help"),
    ):
        walk = Walk(*args, cols=cols)
        assert walk.end() == 0, (args, walk.text())
        walk.check()
    assert "☐" in (folder / "kort.html").read_text(encoding="utf-8")


def turn_encryption_on(cols: int) -> None:
    walk = Walk("config", "set", "encrypt", "true", cols=cols)
    walk.step(start("config.encrypt_now"), ENTER)
    walk.step(start("crypto.no_recovery"))
    walk.step(re.escape(MESSAGES["crypto.ask"].strip()), PASSPHRASE + ENTER)
    walk.step(re.escape(MESSAGES["crypto.ask_again"].strip()), PASSPHRASE + ENTER)
    assert walk.end() == 0, walk.text()
    walk.check()

    walk = Walk("notes", "list", cols=cols)
    walk.step(re.escape(MESSAGES["crypto.ask"].strip()), PASSPHRASE + ENTER)
    assert walk.end() == 0, walk.text()
    walk.check()
    assert "K.M." in walk.text()


def swedish_prep(cols: int) -> None:
    walk = Walk("--country", "se", "prep", cols=cols)
    walk.step(re.escape(SV["crypto.ask"].strip()), PASSPHRASE + ENTER)
    walk.step(start("q.role", SV))
    assert "bostøttemedarbejder" not in walk.text()  # the Danish role is not offered
    walk.child.send("kurator" + ENTER)
    walk.step(start("q.citizen", SV), "L.N.", ENTER)
    for key in ("q.age_group", "q.gender", "q.nationality"):
        walk.step(start(key, SV), ENTER)
    walk.step(start("q.region", SV), "Göteborg", ENTER)
    walk.step(start("q.signs", SV), SPACE, ENTER)
    walk.step("–" + GAP + "vad", "Två telefoner", ENTER)
    walk.step(start("q.contexts", SV), ENTER)
    walk.step(start("q.other_explanations", SV), "Kan vara en ny pojkvän", ENTER)
    walk.step(start("q.topics", SV), ENTER)
    walk.step(start("q.conversation_language", SV), ENTER)
    walk.step(start("q.review", SV), ENTER)
    walk.step(NEXT.pattern)
    assert walk.end() == 0, walk.text()
    walk.check()


@pytest.mark.parametrize("cols", [60, 100])
def test_the_readme_in_danish_then_swedish(private_home: Path, tmp_path: Path, monkeypatch, cols):
    monkeypatch.delenv("SAMTALE_PASSPHRASE_FILE", raising=False)
    monkeypatch.setenv("PAGER", "cat")  # every screen stays in the transcript
    note_id = danish_prep(cols)
    stopped_and_resumed(cols)
    follow_up(cols, note_id)
    read_and_print(cols, note_id, tmp_path)
    turn_encryption_on(cols)
    swedish_prep(cols)
    assert len(list((private_home / "notes").glob("*.md.enc"))) == 3
