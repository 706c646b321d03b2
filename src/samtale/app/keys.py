"""The store key of one run, asked for only when an encrypted file is opened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from samtale.store.crypto import Key


class Reader:
    """The session's store key, unlocked once and only if an encrypted file is opened.

    `unlock` asks for the passphrase the way the caller can (the CLI at its terminal):
    the store never asks itself."""

    def __init__(self, unlock: Callable[[bool], Key]) -> None:
        self._unlock = unlock
        self._key: Key | None = None

    def __call__(self) -> Key:
        if self._key is None:
            self._key = self._unlock(False)
        return self._key
