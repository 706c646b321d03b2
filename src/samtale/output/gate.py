"""The gate between samtale and the terminal: every byte written to stdout or stderr.

Notes, answers, data, error messages and Typer's own words all pass `for_terminal`, so no
escape sequence, bell or bidi override that reached samtale's text can reach the terminal
(an OSC 52 sequence would write to the clipboard, others retitle the window or hide text).
Each write is cleaned on its own; what is left holds ESC only inside complete colour codes,
so no two writes can join into a sequence. Colour codes in content are removed where it
enters: arguments (`samtale.cli.localized`), answers, notes read from disk, guide data.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from samtale.output.layout import MIN_WIDTH, fit, screen_width
from samtale.store.text import clean, for_terminal


class CleanText:
    """A text stream that writes `for_terminal(text)` to the stream it wraps, or `clean(text)`
    (colour codes removed too) when `colours` is false.

    On a terminal, a line of plain text too long for it (a message, an error) is wrapped
    between words (`fit`): the terminal would break it in the middle of a word. Styled
    output (Rich's, the read commands') is laid out for the width already; a pipe or a file
    gets every line as it is.
    """

    def __init__(self, stream: TextIO, colours: bool = True) -> None:
        self.wrapped = stream
        self._clean = for_terminal if colours else clean
        try:
            self._screen = stream.isatty()
        except (AttributeError, ValueError, OSError):
            self._screen = False

    def write(self, text: str) -> int:
        if not isinstance(text, str):  # as a text stream does; click relies on it
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        shown = self._clean(text)
        if self._screen and len(shown) > MIN_WIDTH and "\x1b" not in shown:
            shown = fit(shown, screen_width())
        self.wrapped.write(shown)
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


@contextmanager
def clean_output() -> Iterator[None]:
    """Route stdout and stderr through `CleanText` for the duration of a command.

    Only stdout keeps colour codes (Rich's); samtale writes no colour to stderr, where error
    messages may quote what was typed.
    """
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanText(saved[0]), CleanText(saved[1], colours=False)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


@contextmanager
def raw_output() -> Iterator[None]:
    """The streams as they were, for prompt_toolkit while it draws a prompt.

    It moves the cursor with escape codes of its own, and replaces ESC with ``?`` in the
    text it prints; the prompter cleans its messages with `for_terminal` too.
    """
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (getattr(stream, "wrapped", stream) for stream in saved)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
