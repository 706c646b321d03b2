"""Driving samtale in a real pseudo-terminal with pexpect, the way a person does."""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

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


def spawn(*args: str, preexec_fn: Callable[[], None] | None = None) -> pexpect.spawn:
    """Start `samtale ARGS` in a 100×40 terminal, as a person would in a shell.

    `preexec_fn` runs in the child before samtale starts (to set a resource limit).
    """
    env = dict(os.environ)
    env.pop("SAMTALE_COUNTRY", None)
    env.update(
        TERM="xterm-256color",
        COLUMNS="100",
        LINES="40",
        NO_COLOR="1",
        # Nothing answers prompt_toolkit's cursor-position requests in a pty; without this
        # it prints a warning after two seconds, mixed into the screen.
        PROMPT_TOOLKIT_NO_CPR="1",
    )
    program, argv = command(*args)
    return pexpect.spawn(
        program,
        argv,
        env=env,
        dimensions=(40, 100),
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
