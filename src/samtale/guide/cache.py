"""A cache of the validated guide and its look-ups, so read commands skip YAML and pydantic.

Each part (the phrases, the resources, the place index …) is stored separately and decoded
only when a command first touches it, so `samtale signs` never pays for the places.

An entry is trusted only when it matches the data as it is now: first by a cheap
signature (each data file's name, size and modification time, and the record types'),
then, when that differs, by a hash of the files' content, so touching a file without
changing it costs one hash, not a rebuild. A cache file that cannot be read is ignored
and rebuilt; it is never trusted blindly.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

from samtale.guide import models
from samtale.guide.models import Guide
from samtale.guide.select import Lookups

FORMAT = 3


class Entry:
    """What a cache file holds: the data's signature and content key, and the payload."""

    __slots__ = ("key", "payload", "signature")

    def __init__(self, signature: str, key: str, payload: Any) -> None:
        self.signature = signature
        self.key = key
        self.payload = payload


def _files(folder: Path) -> list[Path]:
    return [Path(models.__file__), *sorted(folder.glob("*.yaml"))]


def signature(folder: Path) -> str:
    """Names, sizes and modification times: cheap, and changes with almost every edit."""
    parts = [f"{FORMAT}:{sys.version_info[:2]}"]
    for path in _files(folder):
        stat = path.stat()
        parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts)


def fingerprint(folder: Path) -> str:
    """A hash of every data file's name and content and of the record types' source."""
    import hashlib

    digest = hashlib.sha256(f"{FORMAT}:{sys.version_info[:2]}".encode())
    for path in _files(folder):
        data = path.read_bytes()
        digest.update(f"{path.name}:{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


def cache_file(folder: Path, country: str) -> Path:
    """One cache file per data folder and country, in the user cache folder.

    Never under SAMTALE_HOME: that folder holds only the user's own private files.
    """
    import platformdirs

    base = Path(platformdirs.user_cache_dir("samtale", appauthor=False))
    tag = zlib.crc32(str(folder.resolve()).encode())
    return base / f"guide-{country}-{tag:08x}.pickle"


def read(path: Path) -> Entry | None:
    """The entry stored at `path`, or None if there is none or it cannot be read."""
    try:
        with path.open("rb") as handle:
            entry = pickle.load(handle)
    except Exception:  # a missing, truncated or foreign file is simply not a cache hit
        return None
    return entry if isinstance(entry, Entry) else None


def write(path: Path, entry: Entry) -> None:
    """Store an entry atomically; a cache that cannot be written is not an error."""
    import tempfile

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(entry, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        finally:
            Path(temp).unlink(missing_ok=True)
    except OSError:
        pass


class _DecodedOnUse:
    """Attributes kept as pickled bytes in `_parts`, decoded the first time they are read."""

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not yet set: decode that part, keep it, return it.
        parts = self.__dict__.get("_parts", {})
        if name not in parts:
            raise AttributeError(name)
        value = pickle.loads(parts.pop(name))
        setattr(self, name, value)
        return value


class LazyGuide(_DecodedOnUse, Guide):
    """A guide whose parts are decoded from the cache on first access."""


class LazyLookups(_DecodedOnUse, Lookups):
    """Look-ups whose resolvers are decoded from the cache on first access."""

    def __init__(self, parts: dict[str, bytes]) -> None:
        self._parts = parts


def pack(guide: Guide, lookups: Lookups) -> dict[str, dict[str, bytes]]:
    """Each part of the guide and of its look-ups, pickled on its own."""
    names = [field.name for field in fields(Guide) if field.name != "country"]
    return {
        "guide": {
            name: pickle.dumps(getattr(guide, name), pickle.HIGHEST_PROTOCOL) for name in names
        },
        "lookups": {
            name: pickle.dumps(getattr(lookups, name), pickle.HIGHEST_PROTOCOL)
            for name in Lookups.NAMES
        },
        "country": guide.country,  # type: ignore[dict-item]
    }


def unpack(payload: dict[str, Any]) -> tuple[Guide, Lookups]:
    guide = LazyGuide.__new__(LazyGuide)
    guide.__dict__.update(country=payload["country"], _parts=dict(payload["guide"]))
    return guide, LazyLookups(dict(payload["lookups"]))


def cached(
    folder: Path, country: str, build: Callable[[], tuple[Guide, Lookups]]
) -> tuple[Guide, Lookups]:
    """The guide and look-ups for `folder`: from the cache when it matches the data."""
    path = cache_file(folder, country)
    stamp = signature(folder)
    entry = read(path)
    if entry is not None and entry.signature == stamp:
        return unpack(entry.payload)
    key = fingerprint(folder)
    if entry is not None and entry.key == key:
        write(path, Entry(stamp, key, entry.payload))
        return unpack(entry.payload)
    guide, lookups = build()
    write(path, Entry(stamp, key, pack(guide, lookups)))
    return guide, lookups
