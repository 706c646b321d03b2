"""Wrapped, styled lines for the read commands, written without Rich.

A read command may take at most twice the start of a bare Typer program (docs/design.md).
Importing Rich's console and table alone cost about half of that start, and drawing a table
of prose another fifth (bench/startup.py, 23 November 2026). The read commands need only
bold, dim, italic and one colour, a hanging indent and word wrapping, so they write the
escape codes themselves; Rich stays where its layout earns its cost (prep, notes, help).

Everything here but `Writer.write` is pure: a line is a list of spans, built and wrapped
without any I/O, so the layout is tested without a terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import TextIO

Span = tuple[str, str]  # text and style: "", "bold", "dim", "italic" or "yellow"
Line = list[Span]

_SGR = {"bold": "1", "dim": "2", "italic": "3", "yellow": "33"}
_COLOURS = frozenset({"yellow"})  # what NO_COLOR takes away; bold and dim stay, as in Rich


def cells(text: str) -> int:
    """Terminal columns `text` takes: wide East Asian characters two, combining marks none."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )


def wrap(
    spans: Sequence[Span], width: int, first: Span = ("", ""), rest: Span = ("", "")
) -> list[Line]:
    """`spans` as lines of at most `width` columns, words kept whole where they fit.

    Whitespace is collapsed and spans are joined by one space. `first` starts the first
    line and `rest` every other (a bullet and a hanging indent). A word longer than a whole
    line, such as a web address, stands whole on a line of its own: cut in two, it could
    no longer be copied or opened from the terminal, which wraps it on screen anyway.
    """
    lines: list[Line] = []
    line: Line = [first] if first[0] else []
    used = cells(first[0])
    empty = True

    def new_line() -> None:
        nonlocal line, used, empty
        lines.append(line)
        line = [rest] if rest[0] else []
        used, empty = cells(rest[0]), True

    for text, style in spans:
        for word in text.split():
            size = cells(word)
            if not empty and used + 1 + size > width:
                new_line()
            if not empty:
                # The space between two words takes their style only when they share it.
                line.append((" ", style if line[-1][1] == style else ""))
                used += 1
            line.append((word, style))
            used += size
            empty = False
    if not empty or not lines:
        lines.append(line)
    return lines


def ansi(line: Line, styles: bool, colours: bool) -> str:
    """One line as text, with SGR codes around styled runs when `styles` is on."""
    runs: list[Span] = []
    for text, style in line:
        if not styles or (style in _COLOURS and not colours):
            style = ""
        if runs and runs[-1][1] == style:
            runs[-1] = (runs[-1][0] + text, style)
        else:
            runs.append((text, style))
    return "".join(f"\x1b[{_SGR[style]}m{text}\x1b[0m" if style else text for text, style in runs)


RULES = frozenset("─-")


def fit_line(line: Line, width: int) -> list[Line]:
    """`line` as it fits `width`: as it is, a rule cut to the width, or wrapped between
    words under its own indent (a heading longer than a narrow screen)."""
    text = "".join(part for part, _ in line)
    if cells(text) <= width:
        return [line]
    if set(text) <= RULES:
        return [[(text[:width], line[0][1])]]
    lead: Span = (text[: len(text) - len(text.lstrip(" "))], "")
    return wrap(line, width, first=lead, rest=lead)


class Writer:
    """Where a read command's lines go: a text stream, at a width, with or without codes.

    `is_terminal` chooses box-drawing characters over ASCII for rules; `styles` turns the
    escape codes on at all (off in a pipe or on a dumb terminal), `colours` the colours.
    """

    def __init__(
        self, stream: TextIO, width: int, *, is_terminal: bool, styles: bool, colours: bool
    ) -> None:
        self.stream = stream
        self.width = width
        self.is_terminal = is_terminal
        self.styles = styles
        self.colours = colours

    def write(self, lines: Iterable[Line]) -> None:
        fitted = (part for line in lines for part in fit_line(line, self.width))
        self.stream.write("".join(ansi(line, self.styles, self.colours) + "\n" for line in fitted))
        self.stream.flush()

    def say(self, text: str, style: str = "") -> None:
        """One paragraph of `text`, wrapped to the width."""
        self.write(wrap([(text, style)], self.width))
