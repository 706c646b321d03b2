"""End to end: `samtale practice CASE` in a pseudo-terminal reaches the pointers; Ctrl-C
leaves cleanly and writes nothing."""

from __future__ import annotations

import json
import re
import sys

import pytest

from samtale.guide.load import load_guide
from samtale.messages.da import MESSAGES

pexpect = pytest.importorskip("pexpect")

from tests.helpers.terminal import CTRL_C, ENTER, finish, spawn  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def question(key: str) -> str:
    return re.escape(MESSAGES[f"practice.q.{key}"][:30])


def test_practice_reaches_the_pointers(home) -> None:
    case = load_guide("dk").cases[0]
    child = spawn("practice", case.id)
    for reflection in case.reflections:
        child.expect(question(reflection.question))
        child.send("Mine tanker" + ENTER if reflection.question == "meet" else ENTER)
    child.expect(re.escape(case.reflections[0].hint.split()[0]))
    rest = finish(child)
    assert child.exitstatus == 0, rest
    assert "Traceback" not in rest
    assert not home.exists() or not any(p.is_file() for p in home.rglob("*"))


def test_ctrl_c_keeps_the_answers_to_save_in_a_draft(home) -> None:
    case = load_guide("dk").cases[0]
    child = spawn("practice", case.id, "--save")
    child.expect(question("meet"))
    child.send("Noget privat" + ENTER)
    child.expect(question("plan"))
    child.send(CTRL_C)
    rest = finish(child)
    assert child.exitstatus == 130
    assert "Traceback" not in rest
    # The message is wrapped between words at the terminal's width (issue 25).
    assert f"samtale practice {case.id} --resume" in " ".join(rest.split())
    [draft] = (home / "drafts").iterdir()
    assert json.loads(draft.read_text(encoding="utf-8")) == {"meet": "Noget privat"}

    child = spawn("practice", "--resume")
    for reflection in case.reflections:  # Enter keeps what was typed before
        child.expect(question(reflection.question))
        child.send(ENTER)
    rest = finish(child)
    assert child.exitstatus == 0, rest
    [saved] = (home / "practice").iterdir()
    assert "Noget privat" in saved.read_text(encoding="utf-8")
    assert list((home / "drafts").iterdir()) == []


def test_ctrl_c_without_save_writes_nothing(home) -> None:
    case = load_guide("dk").cases[0]
    child = spawn("practice", case.id)
    child.expect(question("meet"))
    child.send("Noget privat" + ENTER)
    child.expect(question("plan"))
    child.send(CTRL_C)
    rest = finish(child)
    assert child.exitstatus == 130, rest
    assert not home.exists() or not any(p.is_file() for p in home.rglob("*"))
