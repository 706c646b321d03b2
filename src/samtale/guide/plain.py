"""The guide's records as plain JSON values and back, driven by their declared field types.

This is what lets the cache be JSON, which cannot run code when read (a pickle can). Going
back, every value is checked against the field's declared type: a record gets exactly its
fields, an enum a known value, a `Literal` one of its words. Anything else raises
`NotAGuide`, so a foreign or altered cache is rebuilt, never half-trusted.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

from samtale.guide.choices import Choices
from samtale.guide.places import Place

Decode = Callable[[Any], Any]


class NotAGuide(ValueError):
    """A plain value that does not have the declared shape."""


def to_plain(value: Any) -> Any:
    """A record, tuple, enum or frozenset as JSON values (lists, strings...).

    A record is the list of its field values in declaration order: half the size of a
    mapping, so half the parsing; the cache key covers this code and the records' source.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    if isinstance(value, frozenset):
        return sorted(value)
    return value


_decoders: dict[Any, Decode] = {}


def decoder(kind: Any) -> Decode:
    """A function that turns a plain value into a value of type `kind`, checking it."""
    found = _decoders.get(kind)
    if found is None:
        found = _decoders[kind] = _make(kind)
    return found


_STRINGS = (str, tuple[str, ...], str | None)  # most fields: checked inline, fast


def _make(kind: Any) -> Decode:
    origin = typing.get_origin(kind)
    if kind == tuple[str, ...]:
        return _strings
    if origin is tuple:
        return _tuple(decoder(typing.get_args(kind)[0]))
    if origin is typing.Literal:
        return _literal(frozenset(typing.get_args(kind)))
    if origin in (typing.Union, types.UnionType):
        return _union([decoder(arm) for arm in typing.get_args(kind)])
    if kind is type(None):
        return _literal(frozenset({None}))
    if isinstance(kind, type) and issubclass(kind, Enum):
        return _enum(kind)
    if dataclasses.is_dataclass(kind):
        return _record(kind)
    if kind in (str, bool, int):
        return _exactly(kind)
    raise TypeError(f"no plain form for {kind!r}")  # a new field type: teach this module


def _exactly(kind: type) -> Decode:
    def decode(value: Any) -> Any:
        if type(value) is not kind:
            raise NotAGuide(f"{kind.__name__} expected")
        return value

    return decode


def _strings(value: Any) -> tuple[str, ...]:
    if type(value) is not list or not all(type(item) is str for item in value):
        raise NotAGuide("list of strings expected")
    return tuple(value)


def _tuple(item: Decode) -> Decode:
    def decode(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise NotAGuide("list expected")
        return tuple(item(part) for part in value)

    return decode


def _literal(allowed: frozenset[Any]) -> Decode:
    def decode(value: Any) -> Any:
        if isinstance(value, list | dict) or value not in allowed:
            raise NotAGuide(f"one of {sorted(map(str, allowed))} expected")
        return value

    return decode


def _union(arms: list[Decode]) -> Decode:
    def decode(value: Any) -> Any:
        for arm in arms:
            try:
                return arm(value)
            except NotAGuide:
                continue
        raise NotAGuide("no arm of the union fits")

    return decode


def _enum(kind: type[Enum]) -> Decode:
    def decode(value: Any) -> Enum:
        try:
            return kind(value)
        except (ValueError, TypeError):
            raise NotAGuide(f"a {kind.__name__} expected") from None

    return decode


_hints: dict[type, dict[str, Any]] = {}


def field_types(kind: type) -> dict[str, Any]:
    """The declared types of a record's fields, resolved once per class."""
    found = _hints.get(kind)
    if found is None:
        found = _hints[kind] = typing.get_type_hints(kind)
    return found


def _record(kind: type) -> Decode:
    hints = field_types(kind)
    names = [f.name for f in dataclasses.fields(kind)]
    text = [name for name in names if hints[name] is str]
    maybe_text = [name for name in names if hints[name] == str | None]
    plan = [(name, decoder(hints[name])) for name in names if hints[name] not in _STRINGS]
    plan += [(name, _strings) for name in names if hints[name] == tuple[str, ...]]

    def decode(value: Any) -> Any:
        if type(value) is not list or len(value) != len(names):
            raise NotAGuide(f"the fields of {kind.__name__} expected")
        fields = dict(zip(names, value, strict=True))
        if not all(type(fields[name]) is str for name in text) or not all(
            fields[name] is None or type(fields[name]) is str for name in maybe_text
        ):
            raise NotAGuide(f"text expected in {kind.__name__}")
        for name, part in plan:
            fields[name] = part(fields[name])
        record = kind.__new__(kind)
        record.__dict__ = fields
        return record

    return decode


def choices_to_plain(choices: Choices[Any]) -> dict[str, Any]:
    """A resolver's spellings; `Place` values are kept once each, in a list, by index."""
    values = choices._values
    places: list[Place] = list(dict.fromkeys(v for v in values.values() if isinstance(v, Place)))
    index = {place: number for number, place in enumerate(places)}
    return {
        "kind": choices.kind,
        "valid": choices.valid,
        "valid_text": choices.valid_text,
        "values": {key: index.get(value, value) for key, value in values.items()},
        "shown": choices._shown,
        "hints": choices.__dict__.get("_hints", {}),
        "places": [[place.name, sorted(place.landsdele)] for place in places],
    }


def choices_from_plain(value: Any) -> Choices[Any]:
    """The resolver `choices_to_plain` wrote; `NotAGuide` if it is not one."""
    try:
        shared: dict[tuple[str, ...], frozenset[str]] = {}  # one per set, as when built
        places = []
        for name, landsdele in value["places"]:
            key = tuple(_exactly(str)(item) for item in landsdele)
            places.append(Place(_exactly(str)(name), shared.setdefault(key, frozenset(key))))
        choices: Choices[Any] = Choices(
            kind=_exactly(str)(value["kind"]),
            valid=[_exactly(str)(item) for item in value["valid"]],
            valid_text=_union([_exactly(str), _literal(frozenset({None}))])(value["valid_text"]),
        )
        for key, target in value["values"].items():
            choices._values[key] = places[target] if type(target) is int else _exactly(str)(target)
        choices._shown = {key: _exactly(str)(shown) for key, shown in value["shown"].items()}
        if value["hints"]:
            hints = {key: _exactly(str)(shown) for key, shown in value["hints"].items()}
            choices.__dict__["_hints"] = hints
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        raise NotAGuide(str(error)) from None
    return choices
