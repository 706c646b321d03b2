"""The guide's records as JSON and back, checked against their declared types by msgspec.

JSON cannot run code when read (a pickle can). msgspec decodes each part straight into the
record dataclasses of `samtale.guide.models` and checks every value against the field's
declared type on the way: a record gets its required fields, an enum a known value, a
`Literal` one of its words, text is text. Anything else raises `NotAGuide`, so a foreign
or altered cache is rebuilt, never half-trusted. Fields the records do not declare are
ignored: they never reach the guide.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypedDict

import msgspec

from samtale.guide.choices import Choices
from samtale.guide.places import Place
from samtale.guide.text import fold


class NotAGuide(ValueError):
    """A JSON value that does not have the declared shape."""


def encode(value: Any) -> bytes:
    """A record, tuple of records, enum or resolver's plain form as compact UTF-8 JSON."""
    return msgspec.json.encode(value)


def decode(data: bytes, kind: Any) -> Any:
    """The value of type `kind` that `data` holds; `NotAGuide` if it is not one."""
    try:
        return msgspec.json.decode(data, type=kind)
    except msgspec.DecodeError as error:  # ValidationError is a DecodeError too
        raise NotAGuide(str(error)) from None


Index = Annotated[int, msgspec.Meta(ge=0)]


class StoredChoices(TypedDict):
    """A resolver as the cache stores it: spellings lead to an id or to a place by index.

    Each place is stored once, however many spellings lead to it. (A `TypedDict`, not a
    dataclass: defining it runs no generated code at start-up.)
    """

    kind: str
    valid: list[str]
    valid_key: str | None
    valid_args: dict[str, str]
    values: dict[str, str | Index]
    shown: dict[str, str]
    hints: dict[str, str]
    places: list[tuple[str, frozenset[str]]]


def choices_to_plain(choices: Choices[Any]) -> StoredChoices:
    """A resolver's spellings, with its `Place` values kept once each, in a list, by index."""
    values = choices._values
    places: list[Place] = list(dict.fromkeys(v for v in values.values() if isinstance(v, Place)))
    index = {place: number for number, place in enumerate(places)}
    return StoredChoices(
        kind=choices.kind,
        valid=choices.valid,
        valid_key=choices.valid_key,
        valid_args=choices.valid_args,
        values={key: index.get(value, value) for key, value in values.items()},
        shown=choices._shown,
        hints=choices.__dict__.get("_hints", {}),
        places=[(place.name, place.landsdele) for place in places],
    )


class _StoredChoices(Choices[Any]):
    """A resolver read from the cache; a place is made when one of its spellings is looked up.

    Its types were checked when it was decoded. A place index beyond the stored places (the
    one thing a type cannot say) makes the resolver built from the YAML answer instead
    (`instead`), as a damaged part does.
    """

    def __init__(self, stored: StoredChoices, instead: Callable[[], Choices[Any]]) -> None:
        super().__init__(stored["kind"], stored["valid"], stored["valid_key"], stored["valid_args"])
        self._values, self._shown = stored["values"], stored["shown"]
        self._places = stored["places"]
        if stored["hints"]:
            self.__dict__["_hints"] = stored["hints"]
        self._instead = instead

    def get(self, text: str) -> Any:
        target = self._values.get(fold(text))
        if type(target) is not int:
            return target
        if target < len(self._places):
            return Place(*self._places[target])
        return self._instead().get(text)


def choices_from_plain(data: bytes, instead: Callable[[], Choices[Any]]) -> Choices[Any]:
    """The resolver `choices_to_plain` wrote, from its JSON; `NotAGuide` if not its shape.

    `instead` gives the resolver to use when a spelling leads to a place that is not stored.
    """
    return _StoredChoices(decode(data, StoredChoices), instead)
