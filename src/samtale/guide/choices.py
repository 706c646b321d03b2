"""Resolve a typed value (id, Danish alias, any spelling) to a stable id, or explain why not."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Generic, TypeVar

from samtale.errors import UsageError
from samtale.guide.text import closest, fold
from samtale.messages import Msg, t

V = TypeVar("V")

_SUGGEST: ContextVar[bool] = ContextVar("suggest", default=True)


@contextmanager
def suggestions(wanted: bool) -> Iterator[None]:
    """Within the block, an unknown value gets a suggestion only if `wanted`.

    The nearest spelling is a fuzzy match against every accepted spelling; a file with
    thousands of unknown values reports the first few with suggestions and counts the rest.
    """
    token = _SUGGEST.set(wanted)
    try:
        yield
    finally:
        _SUGGEST.reset(token)


class Choices(Generic[V]):
    """A set of accepted spellings, each leading to a value.

    `kind` is the message key naming what is chosen (``kind.region``); `valid` is the short
    list shown when nothing matches, or, when a list would be too long, the message
    `valid_key` filled with `valid_args`. Keys, not text: a resolver is cached, and a run in
    one language may build the other country's (to say a place lies there).
    """

    def __init__(
        self,
        kind: str,
        valid: list[str] | None = None,
        valid_key: str | None = None,
        valid_args: dict[str, str] | None = None,
    ) -> None:
        self.kind = kind
        self.valid = valid or []
        self.valid_key = valid_key
        self.valid_args = valid_args or {}
        self._values: dict[str, V] = {}
        self._shown: dict[str, str] = {}
        self._exact: dict[str, V] = {}  # names as given: most answers are spelled so

    def add(self, names: Iterable[str], value: V) -> None:
        """Accept each of `names` as a spelling of `value`; the first is shown in hints."""
        for name in names:
            key = fold(name)
            if key and key not in self._values:
                self._values[key] = value
                self._shown[key] = name
            if key:
                self._exact.setdefault(name, self._values[key])

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
        return hints.get(fold(text)) or (_SUGGEST.get() and closest(text, self._shown)) or None

    def resolve(self, text: str) -> V:
        """The value `text` spells; a one-line `UsageError` with a suggestion otherwise."""
        if text in self._exact:
            return self._exact[text]
        value = self.get(text)  # through get: a stored resolver makes its places there
        if value is not None:
            return value
        suggestion = self.suggest(text)
        valid = t(self.valid_key, **self.valid_args) if self.valid_key else ", ".join(self.valid)
        if suggestion:
            hint = t(Msg.UNKNOWN_SUGGEST, suggestion=suggestion)
        else:
            hint = t(Msg.UNKNOWN_NO_SUGGESTION)
        raise UsageError(
            t(
                Msg.UNKNOWN_VALUE,
                kind=t(self.kind),
                value=text,
                hint=hint,
                valid=valid,
            )
        )

    def spellings(self) -> list[str]:
        """Every accepted spelling as first given (for completion in prompts)."""
        return list(self._shown.values())
