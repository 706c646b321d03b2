"""Printing helpers shared by the commands: the read commands' writer, Rich's console, JSON."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from samtale.messages import LANGUAGE_OF_COUNTRY

if TYPE_CHECKING:
    from rich.console import Console

    from samtale.cli.styled import Writer

COUNTRY_NAMES = {"dk": ["danmark", "denmark"], "se": ["sverige", "sweden"]}
# Codes people type for a country but that mean something else: languages, domains.
COUNTRY_HINTS = {"dk": ["da", "dan", "dansk", "den"], "se": ["sv", "swe", "svensk", "sve"]}


def resolve_country(value: str) -> str:
    """The country id for `value` (``dk``, ``DK``, ``danmark``)."""
    from samtale.guide.choices import Choices

    countries = list(LANGUAGE_OF_COUNTRY)
    choices: Choices[str] = Choices(kind="kind.country", valid=countries)
    for country in countries:
        choices.add([country, *COUNTRY_NAMES.get(country, [])], country)
        choices.hint(COUNTRY_HINTS.get(country, []), country)
    return choices.resolve(value)


# The "width" of a pipe or a file: text going there is never wrapped (the reader's own
# screen, editor or pager wraps it to their width).
NO_WRAP = 1_000_000


def terminal_width() -> int:
    """The width to write for (`samtale.terminal.screen_width`)."""
    from samtale.terminal import screen_width

    return screen_width()


def output_width() -> int:
    """`terminal_width` when stdout is a terminal; into a pipe or a file, `NO_WRAP`.

    COLUMNS set in the environment is a width asked for: then a pipe gets it too (shells
    set it for the terminal but do not export it).
    """
    if sys.stdout.isatty() or os.environ.get("COLUMNS", "").strip() not in ("", "0"):
        return terminal_width()
    return NO_WRAP


class _PlainLines:
    """A text stream that drops the spaces Rich pads lines with (for pipes and files)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        if lines:
            self._stream.write("".join(line.rstrip() + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self._pending.rstrip())
            self._pending = ""
        self._stream.flush()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", "utf-8")


def console() -> Console:
    """A stdout console at `terminal_width`; Rich itself honours NO_COLOR.

    On a terminal Rich draws as usual; into a pipe or file every line loses its trailing
    padding (tables are drawn without boxes there: see `render.table_box`).
    """
    from rich.console import Console

    width = terminal_width()
    if sys.stdout.isatty():
        return Console(highlight=False, width=width)
    return Console(highlight=False, width=width, file=_PlainLines(sys.stdout))  # type: ignore[arg-type]


def writer() -> Writer:
    """The read commands' output: stdout at `output_width`, styled only on a terminal.

    The environment counts as it does for Rich: FORCE_COLOR styles a pipe too, a dumb
    terminal gets no escape codes at all, and NO_COLOR keeps bold and dim but no colour.
    """
    from samtale.cli.styled import Writer

    is_terminal = sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))
    dumb = os.environ.get("TERM", "").lower() in {"dumb", "unknown"}
    return Writer(
        sys.stdout,
        output_width(),
        is_terminal=is_terminal,
        styles=is_terminal and not dumb,
        colours=not os.environ.get("NO_COLOR"),
    )


def print_json(data: Any) -> None:
    """Machine-readable output: UTF-8, stable key order as built."""
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def confirm(question: str, default: bool = False) -> bool:
    """Yes or no at the terminal, in the catalogue's words and keys (j/y, n).

    click's own confirm shows "[y/N]" and takes only y and n; Enter keeps `default`, any
    other answer asks again.
    """
    import typer

    from samtale.messages import t

    hint = t("q.confirm_yes" if default else "q.confirm_no")
    while True:
        answer = typer.prompt(f"{question} {hint}", default="", show_default=False).strip()
        if not answer:
            return default
        if answer[0] in t("q.yes_keys"):
            return True
        if answer[0] in t("q.no_keys"):
            return False
