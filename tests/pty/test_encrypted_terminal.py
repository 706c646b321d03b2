"""Acceptance, in a real pseudo-terminal: with encryption on, nothing about the citizen is
ever written as plain bytes — not by a full prep, a `--stdout` prep stopped with Ctrl-C, a
resumed draft, or `practice --save`."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from samtale.guide.load import load_guide
from samtale.guide.models import SignKind
from samtale.messages.da import MESSAGES
from samtale.store import drafts, keys

pexpect = pytest.importorskip("pexpect")

from tests.helpers.terminal import CTRL_C, ENTER, SPACE, answer, finish, spawn  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

PSEUDONYM = "Q.Z."
SEEN = "Hun har tre telefoner med til mødet"
OTHER = "Kan også være et nyt job om natten"
STOPPED = "Nævner en ny ven med bil"
PRACTISED = "Jeg ville spørge Q.Z. om søvn"


def prompt(key: str) -> str:
    return re.escape(MESSAGES[key][:40])


def first_sign() -> str:
    guide = load_guide("dk")
    ordered = [sign.label for kind in SignKind for sign in guide.signs if sign.kind == kind]
    return re.escape(MESSAGES["q.sign_text"].format(sign=ordered[0])[: len(ordered[0]) + 3])


def plain_leaks(folder: Path) -> list[str]:
    """Files under `folder` whose name or bytes hold something typed about the citizen."""
    typed = (PSEUDONYM, SEEN, OTHER, STOPPED, PRACTISED, "q-z")
    leaks = []
    for path in folder.rglob("*"):
        leaks += [f"{path} (name)" for text in typed if text.lower() in path.name.lower()]
        if path.is_file():
            data = path.read_bytes()
            leaks += [f"{path}: {text}" for text in typed if text.encode() in data]
    return leaks


def stopped_prep() -> str:
    """A `prep --stdout` left with Ctrl-C after two answers (its draft stays); its output."""
    child = spawn("prep", "--stdout")
    answer(child, prompt("q.role"), STOPPED, ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    answer(child, prompt("q.age_group"), CTRL_C)
    output = finish(child)
    assert child.exitstatus == 130, output
    return output


def test_with_encryption_on_nothing_typed_reaches_the_disk_in_clear(
    cli, home: Path, passphrase: Path
) -> None:
    assert cli("config", "set", "encrypt", "true").exit_code == 0

    # 1. A full prep, saved.
    child = spawn("prep")
    answer(child, prompt("q.role"), "kontaktperson", ENTER)
    answer(child, prompt("q.citizen"), PSEUDONYM, ENTER)
    for key in ("q.age_group", "q.gender", "q.nationality", "q.region"):
        answer(child, prompt(key), ENTER)
    answer(child, prompt("q.signs"), SPACE, ENTER)
    answer(child, first_sign(), SEEN, ENTER)
    answer(child, prompt("q.contexts"), ENTER)
    answer(child, prompt("q.other_explanations"), OTHER, ENTER)
    answer(child, prompt("q.topics"), ENTER)
    answer(child, prompt("q.conversation_language"), ENTER)
    answer(child, prompt("q.review"), ENTER)
    offer = MESSAGES["prep.remember_role"].format(role="kontaktperson")
    answer(child, re.escape(offer[:30]), "n")  # the first note: remember the role? no
    output = finish(child)
    assert child.exitstatus == 0, output

    # 2. A --stdout prep stopped with Ctrl-C keeps a sealed draft.
    assert "--resume" in stopped_prep()
    (draft,) = drafts.draft_files()
    assert draft[1].name.endswith(".json.enc")

    # 3. The draft resumed; left again with Ctrl-C so a sealed draft stays on disk.
    child = spawn("prep", "--resume")
    answer(child, prompt("q.age_group"), ENTER)
    answer(child, prompt("q.gender"), CTRL_C)
    output = finish(child)
    assert child.exitstatus == 130, output
    key = keys.unlock(create=False)
    (kept,) = drafts.list_drafts(key)
    assert kept.answers["role"] == STOPPED
    assert kept.answers["age_group"] == "unknown"

    # 4. Practice answers saved.
    case = load_guide("dk").cases[0]
    child = spawn("practice", case.id, "--save")
    for reflection in case.reflections:
        child.expect(re.escape(MESSAGES[f"practice.q.{reflection.question}"][:30]))
        child.send(PRACTISED + ENTER if reflection.question == "meet" else ENTER)
    output = finish(child)
    assert child.exitstatus == 0, output
    (saved,) = (home / "practice").iterdir()
    assert saved.name.endswith(".md.enc")

    assert len(list((home / "notes").glob("*.md.enc"))) == 1
    cache = Path(os.environ["XDG_CACHE_HOME"])
    assert plain_leaks(home) == []
    assert plain_leaks(cache) == []


def test_turning_encryption_on_at_a_terminal_offers_to_encrypt_what_is_plain(
    cli, home: Path, answers_file: Path, passphrase: Path
) -> None:
    assert cli("prep", "--answers", str(answers_file)).exit_code == 0
    drafts.save_draft(drafts.new_draft_id(), {"citizen": PSEUDONYM, "role": STOPPED})

    child = spawn("config", "set", "encrypt", "true")
    child.expect(re.escape(MESSAGES["config.plain_left"].format(count=2)))
    answer(child, re.escape(MESSAGES["config.encrypt_now"]), ENTER)
    output = finish(child)
    assert child.exitstatus == 0, output
    assert MESSAGES["notes.encrypted"].format(count=2) in output
    assert plain_leaks(home) == []
    for path in home.rglob("*"):
        if path.is_file():
            assert b"K.M." not in path.read_bytes(), path
            assert b"Siger hun er alene" not in path.read_bytes(), path
    assert not list(home.rglob("*.md"))
    assert not list(home.rglob("*.json"))


def test_a_plain_draft_resumed_with_encryption_on_is_sealed_at_once(
    cli, home: Path, passphrase: Path
) -> None:
    """Issue 23.6: a draft started before encryption was turned on is written sealed as
    soon as it is resumed (not only at the next answer), and the plain file is gone."""
    stopped_prep()
    (plain,) = drafts.draft_files()
    assert not plain[2]
    assert cli("config", "set", "encrypt", "true").exit_code == 0

    child = spawn("prep", "--resume")
    answer(child, prompt("q.age_group"), CTRL_C)  # left at once: no answer given
    output = finish(child)
    assert child.exitstatus == 130, output
    (kept,) = drafts.draft_files()
    assert kept[2]
    assert kept[1].name.endswith(".json.enc")
    assert not plain[1].exists()
    assert plain_leaks(home) == []
    (resumed,) = drafts.list_drafts(keys.unlock(create=False))
    assert resumed.answers["role"] == STOPPED
