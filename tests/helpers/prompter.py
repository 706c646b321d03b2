"""A fake prompter: the questionnaire driven from a script instead of a person at the keys."""

from __future__ import annotations

from typing import Any

import pytest


class Script:
    """A prompter that answers from a script; an unscripted question fails the test."""

    def __init__(self, answers: list[Any], stop_after: int | None = None) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        self.stop_after = stop_after

    def _next(self, message: str) -> Any:
        if self.stop_after is not None and len(self.asked) == self.stop_after:
            raise KeyboardInterrupt
        self.asked.append(message)
        if not self.answers:
            pytest.fail(f"unscripted prompt: {message}")
        return self.answers.pop(0)

    def text(self, message, default, validate):
        value = self._next(message)
        assert validate(value) is True, validate(value)
        return value

    def select(self, message, choices, default):
        value = self._next(message)
        assert value in [v for _, v in choices]
        return value

    def checkbox(self, message, groups, checked):
        value = self._next(message)
        offered = {v for _, choices in groups for _, v in choices}
        assert set(value) <= offered, set(value) - offered
        return value

    def autocomplete(self, message, options, default, validate):
        value = self._next(message)
        assert validate(value) is True
        return value

    def confirm(self, message, default):
        return self._next(message)

    def say(self, text):
        pass
