"""End to end: the real questionnaire of `samtale prep` in a pseudo-terminal.

Every other prep test scripts a fake prompter; these drive questionary itself, the way a
person does: wait for each question, press keys, read what the screen said. They check what
only a real terminal shows: that arrow keys, space and the autocomplete reach the answers,
that the note is saved privately, and that Ctrl-C keeps a draft that `--resume` continues.
"""

from __future__ import annotations

import json
import re
import stat
import sys
from pathlib import Path

import pytest

from samtale.guide.models import Guide, SignKind
from samtale.messages.da import MESSAGES
from samtale.store import drafts, places

pexpect = pytest.importorskip("pexpect")

from tests.terminal import CTRL_C, DOWN, ENTER, SPACE, UP, answer, finish, spawn  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

ROLE = "bostøttemedarbejder"
PSEUDONYM = "T.S."
SEEN = (
    "Siger hun er alene, men har to telefoner med",
    "Har nyt tøj hver uge og ingen indtægt",
)
OTHER = "Kan også være en ny kæreste eller et lån"


def prompt(key: str, **fields: str) -> str:
    """A pattern for the start of a question: short enough never to be wrapped on screen."""
    text = MESSAGES[key].format(**fields) if fields else MESSAGES[key]
    return re.escape(text[:40])


def sign_prompt(label: str) -> str:
    """The observation question of one sign (its label alone also shows in the checkbox)."""
    text = MESSAGES["q.sign_text"].format(sign=label)
    return re.escape(text[: len(label) + 3])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def private_home(home: Path) -> Path:
    reason = places.unsafe_reason(home)
    if reason:
        pytest.skip(f"the temporary folder cannot hold notes: {reason}")
    return home


@pytest.fixture
def first_signs(guide: Guide) -> list[str]:
    """The labels of the first two signs, in the order the checkbox lists them."""
    ordered = [sign.label for kind in SignKind for sign in guide.signs if sign.kind == kind]
    return ordered[:2]


def test_whole_run_saves_a_private_note(private_home: Path, first_signs: list[str]) -> None:
    child = spawn("prep")
    answer(child, prompt("q.role"), ROLE, ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    # The default is "ukendt", the last choice: down wraps round to the first.
    answer(child, prompt("q.age_group"), DOWN, DOWN, DOWN, ENTER)  # 30 år og derover
    answer(child, prompt("q.gender"), UP, UP, UP, UP, ENTER)  # ukendt → kvinde
    answer(child, prompt("q.nationality"), ENTER)  # ukendt
    answer(child, prompt("q.region"), "Odense")
    child.expect("Odense")  # the typed text is echoed before Enter is read
    child.send(ENTER)
    answer(child, prompt("q.signs"), SPACE, DOWN, SPACE, ENTER)
    answer(child, sign_prompt(first_signs[0]), SEEN[0], ENTER)
    answer(child, sign_prompt(first_signs[1]), SEEN[1], ENTER)
    answer(child, prompt("q.contexts"), SPACE, ENTER)
    answer(child, prompt("q.other_explanations"), OTHER, ENTER)
    answer(child, prompt("q.topics"), ENTER)
    child.expect(re.escape(f"{PSEUDONYM}, {MESSAGES['tag.30_plus']}"))  # the summary
    answer(child, prompt("q.confirm"), ENTER)
    child.expect(re.escape(MESSAGES["prep.saved"].split("{")[0]))
    output = child.readline() + finish(child)

    assert child.exitstatus == 0, output
    notes = list((private_home / "notes").iterdir())
    assert len(notes) == 1, notes
    note = notes[0]
    assert note.suffix == ".md"
    assert str(note) in output
    assert mode(note) == 0o600
    assert mode(note.parent) == 0o700
    text = note.read_text(encoding="utf-8")
    assert PSEUDONYM in text
    for seen in SEEN:
        assert seen in text
    assert OTHER in text
    assert "AmiAmi" in text  # Odense is on Fyn
    assert drafts.list_drafts() == []


def test_ctrl_c_keeps_a_draft_that_resume_continues(
    private_home: Path, first_signs: list[str]
) -> None:
    child = spawn("prep")
    answer(child, prompt("q.role"), ROLE, ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    answer(child, prompt("q.age_group"), DOWN, DOWN, ENTER)  # 18–29 år
    answer(child, prompt("q.gender"), CTRL_C)
    output = finish(child)

    assert child.exitstatus == 130, output
    assert "Traceback" not in output
    assert "--resume" in output
    (kept,) = drafts.list_drafts()
    draft = kept.path
    assert draft.is_file()
    assert PSEUDONYM not in draft.name
    assert mode(draft) == 0o600
    assert mode(draft.parent) == 0o700
    assert json.loads(draft.read_text(encoding="utf-8")) == {
        "role": ROLE,
        "citizen": PSEUDONYM,
        "age_group": "18_29",
    }
    notes = private_home / "notes"
    assert not notes.exists() or not any(notes.iterdir())

    child = spawn("prep", "--resume")
    child.expect(prompt("q.gender"))
    assert MESSAGES["q.role"][:20] not in child.before
    assert MESSAGES["q.citizen"][:20] not in child.before
    assert MESSAGES["q.age_group"] not in child.before
    child.send(ENTER)
    answer(child, prompt("q.nationality"), ENTER)
    answer(child, prompt("q.region"), ENTER)  # Enter skips the place
    answer(child, prompt("q.signs"), SPACE, ENTER)
    answer(child, sign_prompt(first_signs[0]), SEEN[0], ENTER)
    answer(child, prompt("q.contexts"), ENTER)
    answer(child, prompt("q.other_explanations"), ENTER)
    answer(child, prompt("q.topics"), ENTER)
    answer(child, prompt("q.confirm"), ENTER)
    output = finish(child)

    assert child.exitstatus == 0, output
    assert MESSAGES["prep.saved"].split("{")[0] in output
    saved = list(notes.iterdir())
    assert len(saved) == 1, saved
    text = saved[0].read_text(encoding="utf-8")
    assert PSEUDONYM in text
    assert SEEN[0] in text
    assert not draft.exists()


def test_ctrl_c_at_the_confirmation_keeps_every_answer(private_home: Path) -> None:
    child = spawn("prep")
    answer(child, prompt("q.role"), ROLE, ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    for key in ("q.age_group", "q.gender", "q.nationality", "q.region", "q.signs", "q.contexts"):
        answer(child, prompt(key), ENTER)
    answer(child, prompt("q.other_explanations"), OTHER, ENTER)
    answer(child, prompt("q.topics"), ENTER)
    answer(child, prompt("q.confirm"), CTRL_C)
    output = finish(child)

    assert child.exitstatus == 130, output
    assert "--resume" in output
    (kept,) = drafts.list_drafts()
    draft = kept.path
    assert json.loads(draft.read_text(encoding="utf-8"))["other_explanations"] == OTHER

    child = spawn("prep", "--resume")
    child.expect(prompt("q.confirm"))  # every question was answered: straight to the end
    assert MESSAGES["q.topics"][:20] not in child.before
    child.send(ENTER)
    output = finish(child)

    assert child.exitstatus == 0, output
    (note,) = (private_home / "notes").iterdir()
    assert OTHER in note.read_text(encoding="utf-8")
    assert not draft.exists()
