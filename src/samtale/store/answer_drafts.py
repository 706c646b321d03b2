"""Drafts of a follow-up and of a practice run: what was typed, kept until it is saved.

Prep's drafts (`samtale.store.drafts`) hold a whole questionnaire under a random id. A
follow-up belongs to one note and a practice run to one case, so each has at most one
draft, named by what it belongs to: ``followup-{note id}.json`` and
``practice-{case id}.json`` (``.enc`` when sealed under the store key). The note id is
random and the case id names a made-up vignette, so no name holds a pseudonym. They live
in the drafts folder under names prep's draft list does not match, so `prep --resume`
never offers one; `notes purge` and `notes encrypt` cover them like prep's drafts.

API::

    save(kind, owner, answers, key)  # atomic, 0600; sealed when key is not None
    load(kind, owner, key) -> dict | None   # None: no draft; RefusedError: unreadable
    delete(kind, owner)
    draft_files() -> list[Found]     # every such draft, newest first
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Union

from samtale.errors import RefusedError, UsageError
from samtale.messages import Msg, t
from samtale.paths import home
from samtale.store import files

if TYPE_CHECKING:
    from samtale.store.crypto import Key

KINDS = ("followup", "practice")
ENCRYPTED = ".enc"
_OWNER = r"[a-z0-9][a-z0-9_]{0,79}"
_NAME = re.compile(rf"^({'|'.join(KINDS)})-({_OWNER})\.json(\.enc)?$")

KeyLike = Union["Key", Callable[[], "Key"], None]


class Found(NamedTuple):
    """One draft file: what it is a draft of, where, and whether it is sealed."""

    kind: str
    owner: str
    path: Path
    encrypted: bool


def _stem(kind: str, owner: str) -> str:
    if kind not in KINDS or not re.fullmatch(_OWNER, owner):
        raise UsageError(t(Msg.DRAFTS_BAD_ID, id=f"{kind}-{owner}"))
    return f"{kind}-{owner}.json"


def draft_files() -> list[Found]:
    """Every follow-up and practice draft, newest first."""
    found = [
        Found(match[1], match[2], path, bool(match[3]))
        for match, path in files.matching(home().drafts, _NAME)
    ]
    return sorted(found, key=lambda item: item.path.stat().st_mtime, reverse=True)


def _mine(kind: str, owner: str) -> list[Found]:
    return [found for found in draft_files() if (found.kind, found.owner) == (kind, owner)]


def save(kind: str, owner: str, answers: dict[str, Any], key: KeyLike = None) -> Path:
    """Keep `answers` as the draft of `owner`, replacing its older version (plain or sealed)."""
    data = json.dumps(answers, ensure_ascii=False, indent=2).encode("utf-8")
    stem = _stem(kind, owner)
    store_key = key() if callable(key) else key
    if store_key is not None:
        from samtale.store import crypto

        data = crypto.seal(data, store_key, {"kind": f"{kind}-draft"})
        stem += ENCRYPTED
    path = files.replace(home().drafts / stem, data)
    for found in _mine(kind, owner):
        if found.path != path:
            found.path.unlink(missing_ok=True)
    return path


def read(found: Found, key: KeyLike) -> dict[str, Any]:
    """The answers in one draft file; `RefusedError` when it cannot be read."""
    with files.about(found.path):
        data = found.path.read_bytes()
    if found.encrypted:
        from samtale.store import crypto

        store_key = key() if callable(key) else key
        if store_key is None:
            raise RefusedError(t(Msg.STORAGE_DRAFT_ENCRYPTED, path=found.path))
        data = crypto.unseal(data, store_key)
    try:
        answers = json.loads(data.decode("utf-8"))
    except ValueError:
        raise RefusedError(t(Msg.STORAGE_BAD_DRAFT, path=found.path)) from None
    if not isinstance(answers, dict):
        raise RefusedError(t(Msg.STORAGE_BAD_DRAFT, path=found.path))
    return answers


def load(kind: str, owner: str, key: KeyLike = None) -> dict[str, Any] | None:
    """The answers of the draft of `owner`, or None when it has none."""
    _stem(kind, owner)
    mine = _mine(kind, owner)
    return read(mine[0], key) if mine else None


def delete(kind: str, owner: str) -> None:
    """Remove the draft of `owner` in every form it exists in."""
    for found in _mine(kind, owner):
        found.path.unlink(missing_ok=True)
