"""Long output through a pager, the way git does it.

A note is some 400 lines, `resources --region fyn` some 200 and `phrases` more: without a
pager they scroll past. When stdout is a terminal, output longer than the screen goes to
``$SAMTALE_PAGER``, else ``$PAGER``, else ``less`` (not on a dumb terminal); ``LESS``
defaults to ``FRX`` as git sets it (quit if one screen, keep colours, do not clear the
screen) and ``LV`` to ``-c``. No pager into a pipe or a file, with ``--no-pager``, with
``SAMTALE_PAGER=`` (empty) or ``PAGER=cat``.

Output is gathered first and counted: shorter than the screen, it is written as it is.
"""

from __future__ import annotations

import functools
import io
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from samtale.output import dumb_terminal

P = ParamSpec("P")
R = TypeVar("R")

# Set by the root's --no-pager for the run.
DISABLED = {"pager": False}


class _Screenful(io.StringIO):
    """Gathered output that writers take for the terminal (colours, boxes, width)."""

    def __init__(self, real: object) -> None:
        super().__init__()
        self.real = real

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.real.fileno()  # type: ignore[attr-defined]

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.real, "encoding", "utf-8") or "utf-8"


def pager_command() -> list[str] | None:
    """The pager to use, as git chooses it; None when there is to be none."""
    import shlex

    if DISABLED["pager"]:
        return None
    for name in ("SAMTALE_PAGER", "PAGER"):
        if name in os.environ:
            chosen = os.environ[name].strip()
            break
    else:  # less moves the cursor: a dumb terminal (an editor's shell) gets the text as it is
        chosen = "" if dumb_terminal() else "less"
    if not chosen or chosen == "cat":
        return None
    try:
        return shlex.split(chosen)
    except ValueError:
        return None


@contextmanager
def pager() -> Iterator[None]:
    """Page what the block writes to stdout, when it is a terminal and longer than it."""
    already = isinstance(sys.stdout, _Screenful)  # inside another paged block: one pager
    if already or not sys.stdout.isatty() or pager_command() is None:
        yield
        return
    real = sys.stdout
    gathered = _Screenful(real)
    sys.stdout = gathered
    try:
        yield
    finally:
        sys.stdout = real
    show(gathered.getvalue())


def paged(function: Callable[P, R]) -> Callable[P, R]:
    """`function` with all it writes to stdout paged (`pager`): for the read commands, whose
    lists run from a few lines to several screens."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with pager():
            return function(*args, **kwargs)

    return wrapper


def show(text: str) -> None:
    """`text` on the terminal: through the pager when it is longer than the screen."""
    import shutil

    rows = shutil.get_terminal_size((80, 24)).lines
    command = pager_command()
    if command is None or text.count("\n") < rows or not _paged(command, text):
        sys.stdout.write(text)
        sys.stdout.flush()


def _paged(command: list[str], text: str) -> bool:
    """Run the pager on `text`; False if it could not be started (then write it directly)."""
    import signal
    import subprocess

    from samtale.store.text import for_terminal

    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    sys.stdout.flush()
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    # Ctrl-C belongs to the pager while it runs (less uses it to stop a search), as in git.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        assert process.stdin is not None
        try:
            process.stdin.write(for_terminal(text).encode("utf-8", "replace"))
            process.stdin.close()
        except BrokenPipeError:  # the reader quit the pager before the end
            pass
        process.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return True
