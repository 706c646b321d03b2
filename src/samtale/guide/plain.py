"""The guide's records as plain JSON values and back, driven by their declared field types.

This is what lets the cache be JSON, which cannot run code when read (a pickle can). Going
back, every value is checked against the field's declared type: a record gets exactly its
fields, an enum a known value, a `Literal` one of its words. Anything else raises
`NotAGuide`, so a foreign or altered cache is rebuilt, never half-trusted.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

from samtale.guide.choices import Choices
from samtale.guide.places import Place
from samtale.guide.text import fold

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


def _make(kind: Any) -> Decode:
    origin = typing.get_origin(kind)
    if kind == tuple[str, ...]:
        return _strings
    if origin is tuple:
        return _tuple(decoder(typing.get_args(kind)[0]))
    if origin is typing.Literal:
        return _literal(frozenset(typing.get_args(kind)))
    if origin in (typing.Union, types.UnionType):
        arms = typing.get_args(kind)
        if type(None) in arms:  # `X | None`: None is checked first, not by a failed X
            others = tuple(arm for arm in arms if arm is not type(None))
            return _optional(decoder(functools.reduce(operator.or_, others)))
        return _union([decoder(arm) for arm in arms])
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
    if not _texts(value):
        raise NotAGuide("list of strings expected")
    return tuple(value)


def _tuple(item: Decode) -> Decode:
    def decode(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise NotAGuide("list expected")
        return tuple(map(item, value))

    return decode


def _optional(inner: Decode) -> Decode:
    def decode(value: Any) -> Any:
        return None if value is None else inner(value)

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
    members = {member.value: member for member in kind}

    def decode(value: Any) -> Enum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: a list or mapping is no member's value
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
    """A decoder for one record class, written out as straight-line code once per class.

    `dataclasses` builds `__init__` the same way. A loop over the fields for each record
    was most of what a read command spent on ten times the data (bench/scale.py); the
    code is made from the class's own field names and types, never from the cache.
    """
    hints = field_types(kind)
    names = [field.name for field in dataclasses.fields(kind)]
    values = [f"v{number}" for number in range(len(names))]
    scope: dict[str, Any] = {"NotAGuide": NotAGuide, "kind": kind, "new": object.__new__}
    pairs = list(zip(values, names, strict=True))
    wrong_text = [f"type({v}) is not str" for v, name in pairs if hints[name] is str]
    wrong_text += [
        f"({v} is not None and type({v}) is not str)"
        for v, name in pairs
        if hints[name] == str | None
    ]
    lines = [
        "def decode(value):",
        f"    if type(value) is not list or len(value) != {len(names)}:",
        "        raise NotAGuide(f'the fields of {kind.__name__} expected')",
        f"    {', '.join(values)}, = value",
    ]
    if wrong_text:
        lines.append(f"    if {' or '.join(wrong_text)}:")
        lines.append("        raise NotAGuide(f'text expected in {kind.__name__}')")
    for v, name in pairs:
        if hints[name] not in (str, str | None):
            scope[f"decode_{v}"] = decoder(hints[name])
            # Most lists in the data are empty; an empty list is an empty tuple, no call.
            empty = "() if {v} == [] else " if typing.get_origin(hints[name]) is tuple else ""
            lines.append(f"    {v} = {empty.format(v=v)}decode_{v}({v})")
    fields = ", ".join(f"{name!r}: {v}" for v, name in pairs)
    lines += ["    record = new(kind)", f"    record.__dict__ = {{{fields}}}", "    return record"]
    exec("\n".join(lines), scope)
    return scope["decode"]


def records_of(kind: Any) -> type | None:
    """`R` when `kind` is ``tuple[R, ...]`` of a record type `R`, else None."""
    args = typing.get_args(kind)
    if typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0] if dataclasses.is_dataclass(args[0]) else None
    return None


class Undecoded:
    """A field not decoded yet: reading it decodes it (the instance's value is found after).

    A declared default is a class attribute, found before `__getattr__` would be asked;
    a lazy class hides each default behind one of these (`hidden_defaults`).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        return instance.__getattr__(self.name)


def hidden_defaults(kind: type) -> dict[str, Undecoded]:
    """For a lazy subclass of the record type `kind`: each field with a default, hidden."""
    return {f.name: Undecoded(f.name) for f in dataclasses.fields(kind) if f.name in vars(kind)}


_lazy_classes: dict[type, type] = {}


def _lazy_class(kind: type) -> type:
    """A subclass of the record type `kind` whose instances decode each field when read."""
    found = _lazy_classes.get(kind)
    if found is not None:
        return found
    hints = field_types(kind)
    plan = {f.name: (at, decoder(hints[f.name])) for at, f in enumerate(dataclasses.fields(kind))}

    def __getattr__(self: Any, name: str) -> Any:
        stored = self.__dict__.get("_stored")
        if stored is None or name not in plan:
            raise AttributeError(name)
        raw, index, instead = stored
        at, decode = plan[name]
        try:
            value = decode(raw[at])
        except NotAGuide:
            value = getattr(instance := instead(index), name)
            self.__dict__.update({f: getattr(instance, f) for f in plan if f not in vars(self)})
        setattr(self, name, value)
        return value

    namespace: dict[str, Any] = {"__getattr__": __getattr__, "__module__": kind.__module__}
    namespace.update(hidden_defaults(kind))
    found = _lazy_classes[kind] = type(kind.__name__, (kind,), namespace)
    return found


def lazy_records(kind: type, value: Any, instead: Callable[[int], Any]) -> tuple[Any, ...]:
    """The records of a stored list, each field decoded and checked when first read.

    Each record's shape is checked now; a field that does not decode takes the value of
    `instead(index)`, the same record built from the YAML.
    """
    size = len(dataclasses.fields(kind))
    if type(value) is not list or not all(type(raw) is list and len(raw) == size for raw in value):
        raise NotAGuide(f"a list of {kind.__name__} expected")
    lazy = _lazy_class(kind)
    records = []
    for index, raw in enumerate(value):
        record = object.__new__(lazy)
        record.__dict__["_stored"] = (raw, index, instead)
        records.append(record)
    return tuple(records)


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


class _StoredChoices(Choices[Any]):
    """A resolver read from the cache, each spelling checked when it is looked up.

    Ten times the place names cost a read command more to check and make than it spends on
    anything else (bench/scale.py), to resolve the one name typed. A stored value that is
    not what `choices_to_plain` writes makes the resolver built from the YAML answer
    instead (`instead`), as a damaged part does.
    """

    def __init__(self, value: dict[str, Any], instead: Callable[[], Choices[Any]]) -> None:
        super().__init__(value["kind"], value["valid"], value["valid_text"])
        self._values, self._shown, self._places = value["values"], value["shown"], value["places"]
        if value["hints"]:
            self.__dict__["_hints"] = value["hints"]
        self._instead = instead
        self._spellings_checked = False

    def get(self, text: str) -> Any:
        target = self._values.get(fold(text))
        if target is None or type(target) is str:
            return target
        places = self._places
        place = places[target] if type(target) is int and 0 <= target < len(places) else None
        if type(place) is list and len(place) == 2 and type(place[0]) is str and _texts(place[1]):
            return Place(place[0], frozenset(place[1]))
        return self._instead().get(text)

    def resolve(self, text: str) -> Any:
        value = self.get(text)
        if value is not None:
            return value
        if not self._spellings_ok():  # a miss suggests from the shown spellings
            return self._instead().resolve(text)
        return super().resolve(text)

    def spellings(self) -> list[str]:
        return super().spellings() if self._spellings_ok() else self._instead().spellings()

    def _spellings_ok(self) -> bool:
        """Whether the shown spellings and hints, read only on a miss or to complete, are text."""
        if not self._spellings_checked:
            hints = self.__dict__.get("_hints", {})
            self._spellings_checked = _text_map(self._shown) and _text_map(hints)
        return self._spellings_checked


def _texts(values: Any) -> bool:
    try:
        return type(values) is list and type("".join(values)) is str  # strings only, in C
    except TypeError:
        return False


def _text_map(values: Any) -> bool:
    return type(values) is dict and all(type(item) is str for item in values.values())


def choices_from_plain(value: Any, instead: Callable[[], Choices[Any]]) -> Choices[Any]:
    """The resolver `choices_to_plain` wrote; `NotAGuide` if it does not have its shape.

    Its spellings are checked when they are used; `instead` gives the resolver to use when
    one of them turns out not to be as written.
    """
    keys = {"kind", "valid", "valid_text", "values", "shown", "hints", "places"}
    if not (
        type(value) is dict
        and keys <= value.keys()
        and type(value["kind"]) is str
        and _texts(value["valid"])
        and (value["valid_text"] is None or type(value["valid_text"]) is str)
        and all(type(value[key]) is dict for key in ("values", "shown", "hints"))
        and type(value["places"]) is list
    ):
        raise NotAGuide("a resolver expected")
    return _StoredChoices(value, instead)
