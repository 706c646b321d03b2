"""Drafts: the answers of a started prep, kept so nothing typed is lost.

Every started prep has its own draft, named by a random id (``draft-{id}.json``, or
``draft-{id}.json.enc`` when encrypted). The name never holds the pseudonym; the answers
(pseudonym, place, observations) are inside, sealed under the store key when encryption is
on. The single draft of older versions (``prep-draft.json``) is found under the id
``prep``.

API::

    draft_id = new_draft_id()
    save_draft(draft_id, answers, key)   # atomic, 0600; sealed when key is not None
    list_drafts(key) -> list[DraftInfo]  # newest first: id, modified, answers, problem
    load_draft(draft_id, key) -> dict    # UsageError: unknown id; RefusedError: unreadable
    delete_draft(draft_id)
    latest_draft(key) -> DraftInfo | None  # what `samtale prep --resume` continues

`key` is a `samtale.store.crypto.Key`, or a callable returning one (asked only if an
encrypted draft must be opened), or None when encryption is off. Opening an encrypted draft
without a key is a one-line error.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from samtale.errors import RefusedError, SamtaleError, UsageError
from samtale.messages import Msg, t
from samtale.paths import home
from samtale.store import files

if TYPE_CHECKING:
    from samtale.store.crypto import Key

ENCRYPTED = ".enc"
LEGACY_ID = "prep"
_NAME = re.compile(r"^(?:prep-draft|draft-([0-9a-f]{8}))\.json(\.enc)?$")

KeyLike = Union["Key", Callable[[], "Key"], None]


@dataclass(frozen=True)
class DraftInfo:
    """One draft: its id, when it was last saved, and its answers (empty if unreadable)."""

    id: str
    modified: float
    path: Path
    encrypted: bool
    answers: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None


def new_draft_id() -> str:
    return secrets.token_hex(4)


def _stem(draft_id: str) -> str:
    if draft_id == LEGACY_ID:
        return "prep-draft.json"
    if not re.fullmatch(r"[0-9a-f]{8}", draft_id):
        raise UsageError(t(Msg.DRAFTS_BAD_ID, id=draft_id))
    return f"draft-{draft_id}.json"


def _resolve(key: KeyLike) -> Key | None:
    if key is None or not callable(key):
        return key
    return key()


def draft_files() -> list[tuple[str, Path, bool]]:
    """(id, path, encrypted) of every draft file, newest first."""
    found = [
        (match[1] or LEGACY_ID, path, bool(match[2]))
        for match, path in files.matching(home().drafts, _NAME)
    ]
    return sorted(found, key=lambda item: item[1].stat().st_mtime, reverse=True)


def save_draft(draft_id: str, answers: dict[str, Any], key: KeyLike = None) -> Path:
    """Keep `answers` as draft `draft_id`, replacing its older version (plain or sealed)."""
    data = json.dumps(answers, ensure_ascii=False, indent=2).encode("utf-8")
    stem = _stem(draft_id)
    store_key = _resolve(key)
    if store_key is not None:
        from samtale.store import crypto

        data = crypto.seal(data, store_key, {"kind": "draft"}, label(draft_id))
        stem += ENCRYPTED
    path = files.replace(home().drafts / stem, data)
    for other_id, other, _ in draft_files():
        if other_id == draft_id and other != path:
            other.unlink(missing_ok=True)
    return path


def label(draft_id: str) -> str:
    """What a sealed draft says it is, so a draft swapped with another is not resumed."""
    return f"draft:{draft_id}"


def _read(path: Path, encrypted: bool, key: KeyLike, draft_id: str) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError:
        raise RefusedError(t(Msg.STORAGE_BAD_DRAFT, path=path)) from None
    if encrypted:
        from samtale.store import crypto

        store_key = _resolve(key)
        if store_key is None:
            raise RefusedError(t(Msg.STORAGE_DRAFT_ENCRYPTED, path=path))
        found = crypto.header(data)
        if found.format == 3 and found.label != label(draft_id):
            raise RefusedError(t(Msg.STORAGE_BAD_DRAFT, path=path))
        data = crypto.unseal(data, store_key)
    try:
        answers = json.loads(data.decode("utf-8"))
    except ValueError:
        raise RefusedError(t(Msg.STORAGE_BAD_DRAFT, path=path)) from None
    if not isinstance(answers, dict):
        raise RefusedError(t(Msg.STORAGE_BAD_DRAFT, path=path))
    return answers


def list_drafts(key: KeyLike = None) -> list[DraftInfo]:
    """Every draft, newest first; one that cannot be read carries the reason in `problem`."""
    infos = []
    for draft_id, path, encrypted in draft_files():
        modified = path.stat().st_mtime
        try:
            answers = _read(path, encrypted, key, draft_id)
        except SamtaleError as error:
            infos.append(DraftInfo(draft_id, modified, path, encrypted, {}, error.message))
            continue
        infos.append(DraftInfo(draft_id, modified, path, encrypted, answers))
    return infos


def load_draft(draft_id: str, key: KeyLike = None) -> dict[str, Any]:
    """The answers of draft `draft_id`."""
    for found_id, path, encrypted in draft_files():
        if found_id == draft_id:
            return _read(path, encrypted, key, draft_id)
    raise UsageError(t(Msg.DRAFTS_UNKNOWN, id=draft_id))


def latest_draft(key: KeyLike = None) -> DraftInfo | None:
    """The most recently saved draft with its answers, or None when there is none."""
    found = draft_files()
    if not found:
        return None
    draft_id, path, encrypted = found[0]
    answers = _read(path, encrypted, key, draft_id)
    return DraftInfo(draft_id, path.stat().st_mtime, path, encrypted, answers)


def sealed(info: DraftInfo, key: Key) -> DraftInfo:
    """`info`'s draft sealed under `key` in today's format: a plain (or older) draft that is
    resumed with encryption on is written sealed at once, and the plain file removed.

    Where the folder takes no write now, `info` stays as it is: the next answer's save
    tries again and says why it cannot.
    """
    if info.encrypted and _current(info.path):
        return info
    try:
        path = save_draft(info.id, info.answers, key)
    except OSError:
        return info
    return DraftInfo(info.id, path.stat().st_mtime, path, True, info.answers)


def _current(path: Path) -> bool:
    from samtale.store import crypto

    with path.open("rb") as handle:
        return crypto.version(handle.read(len(crypto.MAGIC))) == 3


def delete_draft(draft_id: str) -> None:
    """Remove draft `draft_id` in every form it exists in."""
    for found_id, path, _ in draft_files():
        if found_id == draft_id:
            path.unlink(missing_ok=True)
