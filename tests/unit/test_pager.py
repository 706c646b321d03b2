"""The pager: one pager for a block, however the paged functions nest."""

from __future__ import annotations

import io
import sys

import pytest

from samtale.output import pager as pager_module


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    """The texts handed to the pager (set, on a five-line screen) instead of starting it."""
    shown: list[str] = []
    monkeypatch.setattr(pager_module, "_paged", lambda command, text: shown.append(text) or True)
    monkeypatch.setenv("SAMTALE_PAGER", "less")
    monkeypatch.setenv("LINES", "5")
    monkeypatch.setitem(pager_module.DISABLED, "pager", False)
    return shown


def on_screen(monkeypatch) -> _Terminal:
    """A terminal on stdout; set in the test itself, as pytest swaps stdout between phases."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    return terminal


def test_a_paged_block_inside_another_starts_no_second_pager(monkeypatch, calls) -> None:
    on_screen(monkeypatch)

    @pager_module.paged
    def inner() -> None:
        sys.stdout.write("inner\n" * 10)

    with pager_module.pager():
        sys.stdout.write("outer\n" * 10)
        inner()

    assert len(calls) == 1
    assert calls[0].count("outer") == 10
    assert calls[0].count("inner") == 10


@pytest.mark.parametrize("lines", [3, 10])
def test_a_paged_function_pages_only_what_is_longer_than_the_screen(
    monkeypatch, calls, lines
) -> None:
    screen = on_screen(monkeypatch)
    pager_module.paged(lambda: sys.stdout.write("line\n" * lines))()

    assert len(calls) == (lines > 5)
    assert (screen.getvalue().count("line") == lines) is (lines <= 5)
