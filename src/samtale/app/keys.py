"""The store key of one run, asked for only when an encrypted file is opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from samtale.store.crypto import Key


class Reader:
    """The session's store key, unlocked once and only if an encrypted file is opened."""

    def __init__(self) -> None:
        self._key: Key | None = None

    def __call__(self) -> Key:
        if self._key is None:
            from samtale.store.keys import unlock

            self._key = unlock(create=False)
        return self._key
