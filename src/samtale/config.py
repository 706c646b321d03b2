"""The user's settings: a small TOML file, read with tomllib, written by `samtale config set`.

Every key has a default, so a missing file is the same as an empty one. A broken file is a
one-line error that names the file and the problem.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from samtale.errors import DataError, RefusedError, StorageError, UsageError, io_reason
from samtale.messages import LANGUAGE_OF_COUNTRY, Msg, t

COUNTRIES = tuple(LANGUAGE_OF_COUNTRY)
# A settings file is a few lines; reading stops here (a device or a huge file never hangs).
MAX_CONFIG = 64 * 1024


@dataclass(frozen=True)
class Config:
    retention_days: int = 30
    encrypt: bool = False
    country: str = "dk"
    local_resources: str = ""  # the local resources file; "" means resources.yaml beside this
    role: str = ""  # the professional's role: the default answer of prep's first question


KEYS = tuple(field.name for field in fields(Config))


def _check(key: str, value: Any) -> Any:
    """The value if it is valid for `key`; a `ValueError` with the reason otherwise."""
    if key == "retention_days":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(t(Msg.CONFIG_BAD_RETENTION))
    elif key == "encrypt":
        if not isinstance(value, bool):
            raise ValueError(t(Msg.CONFIG_BAD_BOOL))
    elif key == "country" and value not in COUNTRIES:
        raise ValueError(t(Msg.CONFIG_BAD_COUNTRY, valid=", ".join(COUNTRIES)))
    elif key == "local_resources" and not isinstance(value, str):
        raise ValueError(t(Msg.CONFIG_BAD_PATH))
    elif key == "role":
        _check_role(value)
    return value


def _check_role(value: Any) -> None:
    """A role is a short line of text, and never holds a CPR number or personnummer."""
    if not isinstance(value, str) or len(value) > 80 or any(ch < " " for ch in value):
        raise ValueError(t(Msg.CONFIG_BAD_ROLE))
    from samtale.store.identifiers import no_identifier

    verdict = no_identifier(value)
    if verdict is not True:
        raise ValueError(verdict)


def _refuse_other_owner(path: Path, owner: int) -> None:
    """A settings file someone else owns is not ours to follow.

    It could turn encryption off, or point `local_resources` at text that ends up in every
    note; like ssh with its own settings, samtale refuses it outright. A file root owns
    (settings an administrator deployed) is accepted: root can change anything anyway.
    """
    if hasattr(os, "geteuid") and owner not in (os.geteuid(), 0):
        raise RefusedError(t(Msg.CONFIG_OTHER_OWNER, path=path, uid=owner))


def _raw(path: Path, lenient: bool = False) -> dict[str, Any] | None:
    """The parsed TOML of `path`, None when there is no file; `DataError` when broken,
    `StorageError` when it cannot be read at all.

    `lenient` reads bytes that are not UTF-8 as replacement characters (to repair a file).
    """
    try:
        with path.open("rb") as handle:
            _refuse_other_owner(path, os.fstat(handle.fileno()).st_uid)
            data = handle.read(MAX_CONFIG + 1)
    except FileNotFoundError:
        return None
    except OSError as error:  # a folder named config.toml, no access: exit 74, not repaired
        raise StorageError(t(Msg.CONFIG_UNREADABLE, path=path, reason=io_reason(error))) from None
    if len(data) > MAX_CONFIG:
        raise DataError(t(Msg.CONFIG_TOO_BIG, path=path, limit=MAX_CONFIG // 1024))
    try:
        text = data.decode("utf-8", errors="replace" if lenient else "strict")
    except UnicodeDecodeError:
        raise DataError(t(Msg.CONFIG_NOT_UTF8, path=path)) from None
    import tomllib  # only when there is a file: most runs have none

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DataError(t(Msg.CONFIG_BAD_TOML, path=path, problem=str(error))) from None


def load(path: Path) -> Config:
    """The settings in `path`, defaults for what it does not set."""
    raw = _raw(path)
    if raw is None:
        return Config()
    values = {}
    for key, value in raw.items():
        if key not in KEYS:
            raise DataError(t(Msg.CONFIG_UNKNOWN_KEY, path=path, key=key, valid=", ".join(KEYS)))
        try:
            values[key] = _check(key, value)
        except ValueError as error:
            raise DataError(t(Msg.CONFIG_BAD_VALUE, path=path, key=key, problem=error)) from None
    return Config(**values)


def load_repairing(path: Path) -> tuple[Config, str | None]:
    """The settings to build on when changing one: what is valid is kept, the rest dropped.

    Returns the settings and, when the file was broken, the problem (to tell the user).
    """
    try:
        return load(path), None
    except DataError as error:
        problem = error.message
    try:
        raw = _raw(path, lenient=True) or {}
    except DataError:
        return Config(), problem
    values = {}
    for key, value in raw.items():
        if key in KEYS:
            try:
                values[key] = _check(key, value)
            except ValueError:
                continue
    return Config(**values), problem


def parse_value(key: str, text: str) -> Any:
    """A value typed on the command line (`samtale config set KEY VALUE`), checked."""
    if key not in KEYS:
        from samtale.guide.text import closest, fold

        near = closest(key, {fold(known): known for known in KEYS})
        hint = t(Msg.UNKNOWN_SUGGEST, suggestion=near) if near else t(Msg.UNKNOWN_NO_SUGGESTION)
        raise UsageError(t(Msg.CONFIG_UNKNOWN_SETTING, key=key, hint=hint, valid=", ".join(KEYS)))
    value: Any = text
    if key == "retention_days":
        value = int(text) if text.strip().lstrip("-").isdigit() else text
    elif key == "encrypt":
        value = {"true": True, "false": False, "ja": True, "nej": False}.get(text.lower(), text)
    elif key == "role":
        value = text.strip()
    elif key == "local_resources" and text.strip():
        value = str(Path(text.strip()).expanduser().resolve())  # not relative to today's folder
    try:
        return _check(key, value)
    except ValueError as error:
        raise UsageError(t(Msg.CONFIG_BAD_SETTING, key=key, problem=error)) from None


def dumps(config: Config) -> str:
    """The TOML text of `config`: one ``key = value`` line per setting."""
    lines = []
    for key in KEYS:
        value = getattr(config, key)
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            quoted = str(value).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{key} = "{quoted}"')
    return "\n".join(lines) + "\n"


def with_value(config: Config, key: str, value: Any) -> Config:
    return replace(config, **{key: value})
