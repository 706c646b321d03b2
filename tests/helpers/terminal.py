"""Driving samtale in a real pseudo-terminal with pexpect, the way a person does."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pexpect

# Keys as a terminal sends them.
UP = "\x1b[A"
DOWN = "\x1b[B"
SPACE = " "
ENTER = "\r"
CTRL_C = "\x03"
CTRL_D = "\x04"

TIMEOUT = 20  # seconds per prompt; generous for slow CI, a passing run takes a few seconds


def command(*args: str) -> tuple[str, list[str]]:
    """The `samtale` script of the interpreter running the tests, else ``python -m samtale``.

    Looking next to `sys.executable` (not the whole PATH) never picks up another install.
    """
    found = shutil.which("samtale", path=str(Path(sys.executable).parent))
    if found:
        return found, list(args)
    return sys.executable, ["-m", "samtale", *args]


def spawn(
    *args: str,
    preexec_fn: Callable[[], None] | None = None,
    rows: int = 40,
    cols: int = 100,
    env: dict[str, str] | None = None,
) -> pexpect.spawn:
    """Start `samtale ARGS` in a `cols`×`rows` terminal, as a person would in a shell.

    `preexec_fn` runs in the child before samtale starts (to set a resource limit); `env`
    adds to the environment, over these defaults.
    """
    given = env or {}
    env = {**os.environ}
    env.pop("SAMTALE_COUNTRY", None)
    env.update(
        TERM="xterm-256color",
        COLUMNS=str(cols),
        LINES=str(rows),
        NO_COLOR="1",
        # Nothing answers prompt_toolkit's cursor-position requests in a pty; without this
        # it prints a warning after two seconds, mixed into the screen.
        PROMPT_TOOLKIT_NO_CPR="1",
    )
    env.update(given)  # what the test asks for wins (a dumb TERM, a country)
    program, argv = command(*args)
    return pexpect.spawn(
        program,
        argv,
        env=env,
        dimensions=(rows, cols),
        encoding="utf-8",
        codec_errors="replace",
        timeout=TIMEOUT,
        preexec_fn=preexec_fn,
    )


def answer(child: pexpect.spawn, pattern: str, *keys: str) -> None:
    child.expect(pattern)
    for key in keys:
        child.send(key)


def finish(child: pexpect.spawn) -> str:
    """Wait for the program to end; return the rest of its output."""
    child.expect(pexpect.EOF)
    child.close()
    return child.before


def screen_text(transcript: str) -> str:
    """What a person read: the transcript without the terminal's control sequences."""
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\x1b\][^\x07]*\x07", "", transcript)
    return text.replace("\r", "")


class Screen:
    """What a person sees: a terminal model (pyte) fed with everything the program writes.

    A transcript cannot show where the terminal itself broke a line too long for it; a
    screen model can. Set as a child's `logfile_read`; `snapshot` keeps the lines on screen
    now (prompts redraw and erase), `lines` every line kept and scrolled off so far.
    """

    def __init__(self, rows: int, cols: int) -> None:
        import pyte

        self.cols = cols
        self.screen = pyte.HistoryScreen(cols, rows, history=100_000)
        self.screen.set_mode(pyte.modes.LNM)
        self.stream = pyte.Stream(self.screen)
        self.kept: list[list[str]] = []
        self.transcript: list[str] = []

    def write(self, text: str) -> None:
        self.transcript.append(text)
        self.stream.feed(text)

    def flush(self) -> None:
        pass

    def _row(self, line: dict[int, Any]) -> str:
        return "".join(line[x].data for x in range(self.cols)).rstrip()

    def display(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def snapshot(self) -> None:
        self.kept.append(self.display())

    def lines(self) -> list[str]:
        """Every line that scrolled off, then the snapshots, then the screen now."""
        scrolled = [self._row(line) for line in self.screen.history.top]
        return [*scrolled, *(line for shot in self.kept for line in shot), *self.display()]


_WORD_END = re.compile(r"(\w+)$")
_WORD_START = re.compile(r"^(\w+)")


def broken_words(lines: list[str], cols: int, texts: str) -> list[str]:
    """Where the terminal broke a word at the right edge: ``"Ente|r"``.

    A line filled to the last column with a letter, followed by a line that starts with
    one, is a break in a word when the two halves make one word of the known `texts` (the
    catalogues' and the data's, lower case) and never stand there as two. A word longer
    than a whole line (a web address) has to break: it fills its line alone, and is let be.
    """
    words = set(re.findall(r"\w+", texts))
    found = []
    for line, after in itertools.pairwise(lines):
        if len(line) < cols or len(line.split()) == 1:
            continue
        end, start = _WORD_END.search(line), _WORD_START.match(after)
        if end and start:
            first, second = end[1].lower(), start[1].lower()
            if first + second in words and f"{first} {second}" not in texts:
                found.append(f"{end[1]}|{start[1]}")
    return found


def known_texts() -> str:
    """Every message of both catalogues and every data file, lower case, spaces collapsed."""
    from samtale.guide.load import data_root
    from samtale.messages.da import MESSAGES as DA
    from samtale.messages.sv import MESSAGES as SV

    parts = [*DA.values(), *SV.values()]
    parts += [path.read_text(encoding="utf-8") for path in data_root().rglob("*.yaml")]
    return " ".join(" ".join(part.split()) for part in parts).lower()
