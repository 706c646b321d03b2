"""Issue 25 in a pseudo-terminal: a new user at 60 and 100 columns, screen by screen.

A screen model (pyte) shows what the person read, lines broken where the terminal broke
them; every screen is checked for words cut at the right edge and for English words.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from samtale.messages.da import MESSAGES

pexpect = pytest.importorskip("pexpect")
pytest.importorskip("pyte")

from tests.helpers import PASSPHRASE  # noqa: E402
from tests.helpers.terminal import (  # noqa: E402
    CTRL_C,
    ENTER,
    Screen,
    broken_words,
    command,
    known_texts,
    screen_text,
    spawn,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

# Words of the English interface (click, Typer, questionary) that must not reach a Danish or
# Swedish screen.
ENGLISH = re.compile(
    r"\b(Error|Usage|Options|Arguments|Commands|Abort(ed)?|invalid|DRAFT|str|file|TEXT|PATH"
    r"|INTEGER|done|selections?|Yes|No|Use arrow keys|Cancelled|Show this message)\b"
    r"|[(\[][Yy]/[Nn][)\]]"
)


# Between two words on screen: spaces, or a line break and the colour codes around it.
GAP = r"(?:\s|\x1b\[[0-9;]*m)+"


def start(text: str, messages: dict[str, str] = MESSAGES, **fields: str) -> str:
    """A pattern for the first words of a message, wherever the screen wraps them."""
    message = messages[text].format(**fields) if fields else messages[text]
    return GAP.join(re.escape(word) for word in message.split()[:3])


class Walk:
    """One program in a `cols`-wide terminal, every screen it showed kept."""

    texts = ""

    def __init__(self, *args: str, cols: int, rows: int = 40, env: dict[str, str] | None = None):
        if not Walk.texts:
            Walk.texts = known_texts()
        self.cols = cols
        self.screen = Screen(rows, cols)
        self.child = spawn(*args, rows=rows, cols=cols, env=env)
        self.child.logfile_read = self.screen
        self.child.maxread = 1_000_000  # a whole frame at once, so a snapshot is never half

    def step(self, pattern: str, *keys: str) -> None:
        """Wait for `pattern`, keep the screen, press `keys`."""
        self.child.expect(pattern)
        self.screen.snapshot()
        for key in keys:
            self.child.send(key)

    def end(self) -> int:
        self.child.expect(pexpect.EOF)
        self.child.close()
        self.screen.snapshot()
        return self.child.exitstatus

    def text(self) -> str:
        return "\n".join(self.screen.lines())

    def check(self) -> None:
        """No word cut at the edge, no English word, on any screen."""
        lines = self.screen.lines()
        broken = broken_words(lines, self.cols, self.texts)
        assert broken == [], [
            lines[i - 1 : i + 1]
            for i, line in enumerate(lines)
            if any(line.startswith(b.split("|")[1]) for b in broken)
        ]
        english = ENGLISH.search(self.text())
        assert english is None, self.text()[english.start() - 300 : english.end() + 300]


def notes(home: Path) -> list[Path]:
    folder = home / "notes"
    return sorted(folder.glob("*.md*")) if folder.exists() else []


@pytest.mark.parametrize("cols", [40, 60])
def test_prompts_wrap_between_words_and_a_place_typo_gets_a_suggestion(
    private_home: Path, cols: int
) -> None:
    walk = Walk("prep", cols=cols)
    walk.step(start("q.role"), "bostøttemedarbejder", ENTER)
    walk.step(start("q.citizen"), "010190-1234", ENTER)  # a CPR number: refused, whole
    walk.step(start("privacy.cpr_found"))
    walk.step("pseudonym", "\x7f" * 11, "K.M.", ENTER)
    walk.step(start("q.age_group"), ENTER)
    walk.step(start("q.gender"), ENTER)
    walk.step(start("q.nationality"), ENTER)
    walk.step(start("q.region"), "Odens", ENTER)
    walk.step(re.escape("'Odense'?"))  # as `resources --region Odens` suggests
    walk.step("", "\x7f" * 5, ENTER)
    walk.step(start("q.signs"))
    walk.step(re.escape(MESSAGES["signs.title.consequence"]), CTRL_C)  # the list is drawn
    assert walk.end() == 130
    walk.check()
    screen = walk.text()
    assert "mente du 'Odense'?" in " ".join(screen.split())
    cpr = " ".join(MESSAGES["privacy.cpr_found"].split())
    assert cpr in " ".join(screen.split())  # the whole refusal, not cut at the edge


def test_ctrl_c_in_the_draft_picker_says_every_draft_is_kept(private_home: Path) -> None:
    for pseudonym in ("A.A.", "B.B."):
        walk = Walk("prep", cols=60)
        walk.step(start("q.role"), "kontaktperson", ENTER)
        walk.step(start("q.citizen"), pseudonym, ENTER)
        walk.step(start("q.age_group"), CTRL_C)
        assert walk.end() == 130
    drafts = sorted((private_home / "drafts").iterdir())

    walk = Walk("prep", "--resume", cols=60)
    walk.step(start("prep.pick_draft"), CTRL_C)

    assert walk.end() == 130
    said = " ".join(walk.text().split())
    assert MESSAGES["interrupted"] not in said  # "Intet er gemt" was not true
    assert " ".join(MESSAGES["prep.interrupted_picking"].split()) in said
    assert sorted((private_home / "drafts").iterdir()) == drafts
    walk.check()


def _ask(walk: Walk, key: str, typed: str) -> None:
    walk.step(re.escape(MESSAGES[key].strip()), typed + ENTER)


def test_passphrases_asked_once_three_tries_and_a_warning_when_new(
    cli, private_home: Path, answers_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SAMTALE_PASSPHRASE_FILE", raising=False)
    private_home.mkdir(parents=True)
    (private_home / "config.toml").write_text("encrypt = true\n", encoding="utf-8")

    # A new passphrase: first the warning that it cannot be recovered, then twice.
    walk = Walk("prep", "--answers", str(answers_file), cols=60)
    walk.step(start("crypto.no_recovery"))
    _ask(walk, "crypto.ask", PASSPHRASE)
    _ask(walk, "crypto.ask_again", PASSPHRASE)
    assert walk.end() == 0, walk.text()
    walk.check()
    # A draft beside the note: `notes list` opens both with one passphrase.
    walk = Walk("prep", cols=60)
    _ask(walk, "crypto.ask", PASSPHRASE)
    walk.step(start("q.role"), "kontaktperson", ENTER)
    walk.step(start("q.citizen"), CTRL_C)
    assert walk.end() == 130, walk.text()

    walk = Walk("notes", "list", cols=100)
    _ask(walk, "crypto.ask", PASSPHRASE)
    assert walk.end() == 0, walk.text()
    typed = screen_text("".join(walk.screen.transcript))
    assert typed.count(MESSAGES["crypto.ask"].strip()) == 1
    assert "kontaktperson" not in walk.text()  # (the role is not listed, the draft is)
    assert "K.M." in walk.text()

    # Wrong twice (once too short): asked again, never told about the length.
    walk = Walk("notes", "list", cols=60)
    _ask(walk, "crypto.ask", "forkert hest")
    walk.step(start("crypto.try_again", left="2"))
    _ask(walk, "crypto.ask", "kort")
    walk.step(start("crypto.try_again", left="1"))
    _ask(walk, "crypto.ask", PASSPHRASE)
    assert walk.end() == 0, walk.text()
    assert MESSAGES["crypto.too_short"] not in walk.text()
    assert "K.M." in walk.text()
    walk.check()

    # Three wrong: the command ends, saying so.
    walk = Walk("notes", "list", cols=60)
    for _ in range(3):
        _ask(walk, "crypto.ask", "forkert hest")
    assert walk.end() != 0
    assert MESSAGES["crypto.wrong_passphrase"] in " ".join(walk.text().split())


def _fake_pager(folder: Path, name: str = "less") -> Path:
    """A pager that marks each line it shows and says which LESS it was given."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    script.write_text('#!/bin/sh\necho "LESS=$LESS"\nsed "s/^/PAGED:/"\n', encoding="utf-8")
    script.chmod(0o755)
    return script


@pytest.mark.parametrize(
    ("args", "env", "paged"),
    [
        (("notes", "show"), {}, True),  # less from the PATH, LESS=FRX as git sets it
        (("resources", "--region", "fyn"), {}, True),
        (("phrases",), {}, True),  # every read command's list, as git pages its own
        (("facts", "--sources"), {}, True),
        (("signs",), {}, True),
        (("ids",), {}, True),
        (("--no-pager", "phrases"), {}, False),
        (("phrases",), {"TERM": "dumb"}, False),  # less needs a cursor it can move
        (("notes", "show"), {"PAGER": "cat"}, False),
        (("notes", "show"), {"SAMTALE_PAGER": ""}, False),
        (("--no-pager", "notes", "show"), {}, False),
        (("resources", "--region", "fyn", "--no-pager"), {}, False),
    ],
)
def test_long_output_goes_through_a_pager_on_a_terminal(
    cli, private_home, answers_file, tmp_path, monkeypatch, args, env, paged
) -> None:
    monkeypatch.delenv("PAGER", raising=False)
    monkeypatch.delenv("SAMTALE_PAGER", raising=False)
    monkeypatch.delenv("LESS", raising=False)
    bin_folder = tmp_path / "bin"
    _fake_pager(bin_folder)
    monkeypatch.setenv("PATH", f"{bin_folder}:{os.environ['PATH']}")
    cli("prep", "--answers", str(answers_file))
    if "notes" in args:
        (row,) = json.loads(cli("notes", "list", "--json").stdout)
        args = (*args, row["id"])
    walk = Walk(*args, cols=100, rows=24, env=env)
    assert walk.end() == 0
    shown = screen_text("".join(walk.screen.transcript))
    assert ("PAGED:" in shown) is paged
    if paged:
        assert "LESS=FRX" in shown


def test_short_output_and_a_pipe_get_no_pager(
    cli, private_home, answers_file, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("SAMTALE_PAGER", str(_fake_pager(tmp_path / "bin")))
    # A screen taller than the output: written as it is.
    walk = Walk("resources", "--region", "fyn", "--service", "retshjælp", cols=100, rows=200)
    assert walk.end() == 0
    assert "PAGED:" not in screen_text("".join(walk.screen.transcript))
    program, argv = command("resources", "--region", "fyn")
    piped = subprocess.run([program, *argv], capture_output=True, text=True, check=True)
    assert "PAGED:" not in piped.stdout
    assert "AmiAmi" in piped.stdout


def test_the_handout_is_drawn_on_a_terminal(private_home: Path) -> None:
    walk = Walk("handout", "--region", "Odense", "--no-pager", cols=60, rows=40)
    assert walk.end() == 0
    shown = screen_text("".join(walk.screen.transcript))
    assert "**" not in shown  # Markdown drawn, not printed
    assert "\n## " not in shown
    assert "Odense" in shown
    walk.check()


def test_every_reflect_question_is_shown_whole(private_home: Path, guide) -> None:
    walk = Walk("reflect", "--no-pager", cols=60, rows=200)
    for item in guide.self_check:
        walk.step(re.escape(item.question.split()[0]), "n")
    assert walk.end() == 0
    flowing = " ".join(screen_text("".join(walk.screen.transcript)).split())
    boxes = flowing[flowing.index(MESSAGES["q.no"]) :]
    for item in guide.self_check:
        assert " ".join(item.question.split()) in boxes.replace("│ ", "").replace(" │", "")
    walk.check()


def test_a_yes_no_question_at_the_terminal_takes_j(cli, private_home, answers_file) -> None:
    cli("prep", "--answers", str(answers_file))
    (row,) = json.loads(cli("notes", "list", "--json").stdout)

    walk = Walk("notes", "delete", row["id"], cols=60)
    walk.step(re.escape(MESSAGES["q.confirm_no"]), "j")  # not click's "[y/N]"; no Enter needed

    assert walk.end() == 0, walk.text()
    assert notes(private_home) == []
    walk.check()
