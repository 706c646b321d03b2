"""A cache of the validated guide, so read commands skip YAML parsing and pydantic.

The key covers every data file's name, size and content and the source of the record
types, so any edit to the data or the models makes a new key. A cache file that cannot be
read, or holds another key, is ignored and rebuilt: it is never trusted blindly.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

from samtale.guide import models

FORMAT = 1


def fingerprint(folder: Path) -> str:
    """A hash of the data folder's YAML files and of the record types that load them."""
    digest = hashlib.sha256(f"{FORMAT}:{sys.version_info[:2]}".encode())
    digest.update(Path(models.__file__).read_bytes())
    for path in sorted(folder.glob("*.yaml")):
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
    tag = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:12]
    return base / f"guide-{country}-{tag}.pickle"


def read(path: Path, key: str) -> models.Guide | None:
    """The cached guide if the file exists, unpickles and carries `key`; else None."""
    try:
        with path.open("rb") as handle:
            stored_key, guide = pickle.load(handle)
    except Exception:  # a missing, truncated or foreign file is simply not a cache hit
        return None
    if stored_key != key or not isinstance(guide, models.Guide):
        return None
    return guide


def write(path: Path, key: str, guide: models.Guide) -> None:
    """Store the guide atomically; a cache that cannot be written is not an error."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((key, guide), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        finally:
            Path(temp).unlink(missing_ok=True)
    except OSError:
        pass
