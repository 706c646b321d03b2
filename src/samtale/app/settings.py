"""The settings file: which country it names, and changing one setting safely."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def configured_country() -> str:
    """The country of the config file, if there is one and it says; else Denmark."""
    from samtale.paths import home

    path = home().config
    if not path.exists():
        return "dk"
    from samtale import config

    return config.load(path).country


@dataclass(frozen=True)
class Changed:
    """A setting written: the file and the parsed value."""

    path: Path
    value: Any


def change_setting(key: str, value: str, repairing: Callable[[str], None]) -> Changed:
    """Change one setting. Always possible: a broken config file is repaired, not an error;
    `repairing` is told why before the file is written anew.

    Reading, changing and writing happen under a lock, so two changes at the same time
    both land; the file is replaced atomically.
    """
    from samtale import config
    from samtale.paths import home
    from samtale.store import files

    path = home().config
    parsed = config.parse_value(key, value)
    with files.locked(path.with_name(path.name + ".lock")):
        current, problem = config.load_repairing(path)
        if problem:
            repairing(problem)
        updated = config.with_value(current, key, parsed)
        files.replace(path, config.dumps(updated).encode(), check_place=False)
    return Changed(path, parsed)
