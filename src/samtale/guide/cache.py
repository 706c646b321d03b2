"""A cache of the validated guide and its look-ups, so read commands skip YAML and pydantic.

What it may and may not do, since every command reads it:

- **It cannot run code.** The file is JSON: a header line, then one JSON document per part
  (the phrases, the resources, the place index...). Each part is decoded only when a
  command first touches it (`samtale signs` never pays for the places), by msgspec straight
  into the record dataclasses, every value checked against its declared type on the way
  (`samtale.guide.plain`). The places are stored field by field too: `resources` needs
  their landsdele and areas, not every town.
- **It is only used in a folder the user owns and only the user can write** (and a file
  likewise): a cache folder made by someone else under a shared ``XDG_CACHE_HOME``, or one
  others may write to, is neither read nor written; the guide is then built from the YAML
  on every run, which is slower but right. The folder is made, and the file written (0600,
  whole or not at all) and dropped, by the store (`samtale.store.cache`), like every file.
- **It is used only for the data and the code it was built from.** The header holds a
  cheap signature (package version, Python version, and the name, size and modification
  time of each data file and each module of `samtale.guide`) and a key (a SHA-256 of the
  same names with the files' content). A signature match is trusted; otherwise a key match
  (a file touched, not changed) costs one hash, and anything else a rebuild.
- **It is used only as it was written.** The header holds a CRC-32 of each part, checked
  when the part is read, so a truncated, corrupt or edited part is never decoded: the
  guide is then built from the YAML, and the file dropped for the next run to write anew.
  (One CRC over the whole file cost a read command on ten times the data more than the
  parts it reads.) No checksum without a secret defends against someone who can write in
  the folder as the user (they could recompute it, or edit the installed code); the
  ownership check does. A CRC is as good as a SHA-256 here and costs no OpenSSL import
  (3 ms, 4 MiB) on every command. A part that still fails its type check when decoded
  makes the guide be built from the YAML, never a crash.
"""

from __future__ import annotations

import os
import stat
import sys
import zlib
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any, TypedDict, get_type_hints

from samtale import __version__
from samtale.guide.models import Guide, Places
from samtale.guide.plain import (
    Index,
    NotAGuide,
    choices_from_plain,
    choices_to_plain,
    decode,
    encode,
)
from samtale.guide.select import Lookups
from samtale.store import cache as store_cache

FORMAT = 8
MAGIC = "samtale-guide-cache"
Builder = Callable[[], tuple[Guide, Lookups]]


def _files(folder: Path) -> list[Path]:
    """The data files, then the code that turns them into the cached objects."""
    code = Path(__file__).parent
    yamlio = code.parent / "yamlio.py"
    return [*sorted(folder.glob("*.yaml")), *sorted(code.glob("*.py")), yamlio]


def _stamp() -> str:
    return f"{FORMAT}:{__version__}:{sys.version_info[:2]}"


def signature(folder: Path) -> str:
    """Names, sizes and modification times: cheap, and changes with almost every edit."""
    parts = [_stamp()]
    for path in _files(folder):
        info = path.stat()
        parts.append(f"{path.parent.name}/{path.name}:{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


def fingerprint(folder: Path) -> str:
    """A hash of the version and of every data file's and guide module's name and content."""
    import hashlib

    digest = hashlib.sha256(_stamp().encode())
    for path in _files(folder):
        data = path.read_bytes()
        digest.update(f"{path.parent.name}/{path.name}:{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


def cache_folder() -> Path | None:
    """The user cache folder for samtale, made 0700 if missing; None if it is not private.

    Never under SAMTALE_HOME: that folder holds only the user's own private files.
    """
    import platformdirs

    return store_cache.private_folder(Path(platformdirs.user_cache_dir("samtale", appauthor=False)))


def cache_file(folder: Path, country: str) -> Path | None:
    """One cache file per data folder and country, or None when there is no private folder."""
    base = cache_folder()
    if base is None:
        return None
    tag = zlib.crc32(str(folder.resolve()).encode())
    return base / f"guide-{country}-{tag:08x}.json"


class Header(TypedDict):
    """The first line of a cache file: what it is, what it was built from, where each part is.

    A part's span is its offset and length in the body and the CRC-32 of its bytes.
    """

    magic: str
    format: int
    signature: str
    key: str
    parts: dict[str, dict[str, tuple[Index, Index, Index]]]


class Entry:
    """A cache file read and checked: its header and the undecoded parts."""

    def __init__(self, header: Header, body: bytes) -> None:
        self.header = header
        self.body = body

    @property
    def signature(self) -> str:
        return self.header["signature"]

    @property
    def key(self) -> str:
        return self.header["key"]

    def part(self, group: str, name: str) -> bytes:
        """The JSON of one part; ValueError if it is not as written."""
        start, length, crc = self.header["parts"][group][name]
        data = self.body[start : start + length]
        if zlib.crc32(data) != crc:
            raise ValueError(f"the part {group}.{name} is damaged")
        return data


def _read_private(path: Path) -> bytes | None:
    """The bytes of `path` if it is a regular file owned by the user only; else None."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or not store_cache.owned_by_user_only(info):
            return None
        return handle.read()


def read(path: Path) -> Entry | None:
    """The entry at `path`, or None if there is none or it is not exactly as written."""
    data = _read_private(path)
    if data is None:
        return None
    first, _, body = data.partition(b"\n")
    try:
        header = decode(first, Header)
    except NotAGuide:  # not JSON, not UTF-8, not a header
        return None
    ok = (
        header["magic"] == MAGIC
        and header["format"] == FORMAT
        and _complete(header["parts"], len(body))
    )
    return Entry(header, body) if ok else None


def _complete(table: dict[str, dict[str, tuple[int, int, int]]], size: int) -> bool:
    """Whether a part table names every part of the guide and look-ups, each with a span
    inside the body of `size` bytes."""
    expected = {
        "guide": {f.name for f in fields(Guide)} - NESTED.keys(),
        **{name: {f.name for f in fields(lazy._kind)} for name, lazy in NESTED.items()},
        "lookups": set(Lookups.NAMES),
    }
    return table.keys() == expected.keys() and all(
        table[group].keys() == names
        and all(start + length <= size for start, length, _ in table[group].values())
        for group, names in expected.items()
    )


def write(path: Path, header: dict[str, Any], body: bytes) -> None:
    """Store an entry through the store: atomic, 0600; failing to is not an error."""
    data = encode({**header, "magic": MAGIC, "format": FORMAT}) + b"\n" + body
    store_cache.write(path, data)


def pack(guide: Guide, lookups: Lookups) -> tuple[dict[str, Any], bytes]:
    """The header's part table and the body: each part of the guide and look-ups as JSON."""
    values: dict[str, dict[str, Any]] = {
        "guide": {f.name: getattr(guide, f.name) for f in fields(Guide) if f.name not in NESTED},
        **{
            name: {f.name: getattr(getattr(guide, name), f.name) for f in fields(lazy._kind)}
            for name, lazy in NESTED.items()
        },
        "lookups": {name: choices_to_plain(getattr(lookups, name)) for name in Lookups.NAMES},
    }
    table: dict[str, dict[str, list[int]]] = {}
    body = bytearray()
    for group, parts in values.items():
        for name, value in parts.items():
            encoded = encode(value)
            table.setdefault(group, {})[name] = [len(body), len(encoded), zlib.crc32(encoded)]
            body += encoded
    return {"parts": table}, bytes(body)


class _DecodedOnUse:
    """Attributes kept undecoded in the cache entry, decoded the first time they are read.

    A part that does not decode to its declared type means the entry was not what its
    checksum said: the guide is then built from the YAML, and the attribute taken from it.
    """

    _group = ""
    _kind: type = object  # the record type whose fields the parts are

    def __init_subclass__(cls) -> None:
        # A field's declared default is a class attribute, found before __getattr__ is asked.
        for field in fields(cls._kind) if cls._kind is not object else ():
            if field.name in vars(cls._kind):
                setattr(cls, field.name, _Undecoded(field.name))

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not yet set: decode that part, keep it, return it.
        state = self.__dict__.get("_cache")
        if state is None:
            raise AttributeError(name)
        if self._group == "guide" and name in NESTED:
            value = _lazy(NESTED[name], state)
        elif name in state.entry.header["parts"][self._group]:
            try:
                value = self._decode(name)
            except (NotAGuide, ValueError, KeyError, TypeError):
                value = state.rebuilt(self._group, name)
        else:
            raise AttributeError(name)
        setattr(self, name, value)
        return value

    def _decode(self, name: str) -> Any:
        kind = self._kind
        types = _field_types.get(kind) or _field_types.setdefault(kind, get_type_hints(kind))
        return decode(self.__dict__["_cache"].entry.part(self._group, name), types[name])


_field_types: dict[type, dict[str, Any]] = {}


class _Undecoded:
    """A field with a default, not decoded yet: reading it decodes it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        return instance.__getattr__(self.name)


class _State:
    """What the lazy objects share: the entry, and the guide built from YAML if it had to be."""

    def __init__(self, entry: Entry, build: Builder, path: Path) -> None:
        self.entry = entry
        self.build = build
        self.path = path
        self.fresh: tuple[Guide, Lookups] | None = None

    def rebuilt(self, group: str, name: str) -> Any:
        if self.fresh is None:
            store_cache.drop(self.path)
            self.fresh = self.build()
        guide, lookups = self.fresh
        whole = {"guide": guide, "lookups": lookups}.get(group) or getattr(guide, group)
        return getattr(whole, name)


class LazyGuide(_DecodedOnUse, Guide):
    """A guide whose parts are decoded from the cache on first access."""

    _group = "guide"
    _kind = Guide


class LazyPlaces(_DecodedOnUse, Places):
    """The guide's places, each field decoded on first access."""

    _group = "places"
    _kind = Places


# Fields of the guide kept as groups of parts of their own, decoded field by field.
NESTED: dict[str, type[_DecodedOnUse]] = {"places": LazyPlaces}


class LazyLookups(_DecodedOnUse, Lookups):
    """Look-ups whose resolvers are decoded from the cache on first access."""

    _group = "lookups"

    def _decode(self, name: str) -> Any:
        state = self.__dict__["_cache"]
        part = state.entry.part("lookups", name)
        return choices_from_plain(part, lambda: state.rebuilt("lookups", name))


def cached(folder: Path, country: str, build: Builder) -> tuple[Guide, Lookups]:
    """The guide and look-ups for `folder`: from the cache when it matches the data."""
    path = cache_file(folder, country)
    if path is None:
        return build()
    stamp = signature(folder)
    entry = read(path)
    if entry is not None and entry.signature == stamp:
        return _unpack(entry, build, path)
    key = fingerprint(folder)
    if entry is not None and entry.key == key:
        write(path, {**entry.header, "signature": stamp}, entry.body)
        return _unpack(entry, build, path)
    guide, lookups = build()
    table, body = pack(guide, lookups)
    write(path, {"signature": stamp, "key": key, **table}, body)
    return guide, lookups


def _lazy(kind: type[Any], state: _State) -> Any:
    # Made without __init__: a record's takes every field (as `dataclasses.replace` needs).
    made = kind.__new__(kind)
    made.__dict__["_cache"] = state
    return made


def _unpack(entry: Entry, build: Builder, path: Path) -> tuple[Guide, Lookups]:
    state = _State(entry, build, path)
    return _lazy(LazyGuide, state), _lazy(LazyLookups, state)
