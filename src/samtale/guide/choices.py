"""Resolve a typed value (id, Danish alias, any spelling) to a stable id, or explain why not."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from samtale.errors import UsageError
from samtale.guide.text import closest, fold
from samtale.messages import t

V = TypeVar("V")


class Choices(Generic[V]):
    """A set of accepted spellings, each leading to a value.

    `kind` is the message key naming what is chosen (``kind.region``); `valid` is the short
    list shown when nothing matches, or `valid_text` when a list would be too long.
    """

    def __init__(
        self, kind: str, valid: list[str] | None = None, valid_text: str | None = None
    ) -> None:
        self.kind = kind
        self.valid = valid or []
        self.valid_text = valid_text
        self._values: dict[str, V] = {}
        self._shown: dict[str, str] = {}

    def add(self, names: Iterable[str], value: V) -> None:
        """Accept each of `names` as a spelling of `value`; the first is shown in hints."""
        for name in names:
            key = fold(name)
            if key and key not in self._values:
                self._values[key] = value
                self._shown[key] = name

    def hint(self, names: Iterable[str], shown: str) -> None:
        """Never accept `names`, but suggest `shown` for them (``sv`` → ``se``)."""
        hints = self.__dict__.setdefault("_hints", {})
        for name in names:
            hints.setdefault(fold(name), shown)

    def get(self, text: str) -> V | None:
        """The value `text` spells, or None."""
        return self._values.get(fold(text))

    def suggest(self, text: str) -> str | None:
        """The spelling `text` was most likely meant to be, if one is close enough."""
        hints: dict[str, str] = self.__dict__.get("_hints", {})
        return hints.get(fold(text)) or closest(text, self._shown)

    def resolve(self, text: str) -> V:
        """The value `text` spells; a one-line `UsageError` with a suggestion otherwise."""
        value = self.get(text)
        if value is not None:
            return value
        suggestion = self.suggest(text)
        if suggestion:
            hint = t("unknown.suggest", suggestion=suggestion)
        else:
            hint = t("unknown.no_suggestion")
        raise UsageError(
            t(
                "unknown.value",
                kind=t(self.kind),
                value=text,
                hint=hint,
                valid=self.valid_text or ", ".join(self.valid),
            )
        )

    def spellings(self) -> list[str]:
        """Every accepted spelling as first given (for completion in prompts)."""
        return list(self._shown.values())
