"""Styled output: Rich's console for notes and panels, the read commands' own writer."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from samtale.output import dumb_terminal, output_width
from samtale.output.layout import screen_width

if TYPE_CHECKING:
    from rich.console import Console

    from samtale.output.styled import Writer


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
    """A stdout console at the screen's width; Rich itself honours NO_COLOR.

    On a terminal Rich draws as usual; into a pipe or file every line loses its trailing
    padding (tables are drawn without boxes there: see `render.table_box`).
    """
    from rich.console import Console

    width = screen_width()
    if sys.stdout.isatty():
        return Console(highlight=False, width=width)
    return Console(highlight=False, width=width, file=_PlainLines(sys.stdout))  # type: ignore[arg-type]


def writer() -> Writer:
    """The read commands' output: stdout at `output_width`, styled only on a terminal.

    The environment counts as it does for Rich: FORCE_COLOR styles a pipe too, a dumb
    terminal gets no escape codes at all, and NO_COLOR keeps bold and dim but no colour.
    """
    from samtale.output.styled import Writer

    is_terminal = sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))
    return Writer(
        sys.stdout,
        output_width(),
        is_terminal=is_terminal,
        styles=is_terminal and not dumb_terminal(),
        colours=not os.environ.get("NO_COLOR"),
    )
