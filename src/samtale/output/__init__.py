"""The one way to the terminal: every line, table, page and prompt samtale shows.

Only this package writes to stdout or stderr (`tests/unit/test_output_rule.py` reads every
other module's source and holds it to that). Commands say what to show; this package
decides how: cleaned of escape sequences (`gate`), wrapped to the screen or left whole for
a pipe (`layout`), styled by Rich or the read commands' writer (`console`), and paged when
longer than the screen (`pager`), the way git and gh do it. Questions are asked through
`samtale.prep.prompter`, which draws them with prompt_toolkit on the streams `gate` hands it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

# The "width" of a pipe or a file: text going there is never wrapped (the reader's own
# screen, editor or pager wraps it to their width).
NO_WRAP = 1_000_000


def is_terminal() -> bool:
    """Whether stdout is a terminal (rather than a pipe or a file)."""
    return sys.stdout.isatty()


def dumb_terminal() -> bool:
    """Whether TERM says the terminal moves no cursor and shows no colour (an editor's shell)."""
    return os.environ.get("TERM", "").lower() in {"dumb", "unknown"}


def output_width() -> int:
    """The screen's width when stdout is a terminal; into a pipe or a file, `NO_WRAP`.

    COLUMNS set in the environment is a width asked for: then a pipe gets it too (shells
    set it for the terminal but do not export it).
    """
    from samtale.output.layout import screen_width

    if is_terminal() or os.environ.get("COLUMNS", "").strip() not in ("", "0"):
        return screen_width()
    return NO_WRAP


def line(text: str = "", err: bool = False) -> None:
    """`text` and a newline on stdout, or on stderr with `err` (what is not the output)."""
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n")
    stream.flush()


def text(content: str) -> None:
    """`content` on stdout exactly as it is: a note's own text, a handout, a table."""
    sys.stdout.write(content)
    sys.stdout.flush()


def data(content: bytes) -> None:
    """Bytes on stdout, for a file format that is not text (a spreadsheet)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(content)
    sys.stdout.flush()


def json(value: Any) -> None:
    """Machine-readable output: UTF-8, stable key order as built."""
    import json as json_module

    text(json_module.dumps(value, ensure_ascii=False, indent=2) + "\n")


def say(message: str) -> None:
    """One line on stderr; a terminal that is gone is not an error any more."""
    try:
        line(message, err=True)
    except OSError:
        detach()


def detach() -> None:
    """Point stdout and stderr at /dev/null, so exiting does not fail on a lost terminal."""
    null = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        with contextlib.suppress(OSError):
            os.dup2(null, fd)
    os.close(null)


def discard_stdout() -> None:
    """Point stdout at /dev/null, so flushing it at exit raises no second BrokenPipeError."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # a stream without a descriptor has nothing to flush
        pass
    finally:
        os.close(devnull)
