"""The passphrase, asked at the terminal for the store, which never talks to it itself.

`unlock` hands `samtale.store.keys.unlock` the terminal's prompts: `getpass` (no echo) when
stdin is a terminal, and stderr for the lines the store has to say. Without a terminal
there is no way to ask, and the store says so unless SAMTALE_PASSPHRASE_FILE names a file.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from samtale.output import say

if TYPE_CHECKING:
    from samtale.app.keys import Reader
    from samtale.store.crypto import Key


def _ask(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def unlock(create: bool) -> Key:
    """The session's store key (`samtale.store.keys.unlock`), asked at this terminal."""
    from samtale.store.keys import Prompts
    from samtale.store.keys import unlock as unlock_store

    prompts = Prompts(ask=_ask if sys.stdin.isatty() else None, say=say)
    return unlock_store(create, prompts)


def reader() -> Reader:
    """A key reader for one run that asks at this terminal when a sealed file is opened."""
    from samtale.app.keys import Reader

    return Reader(unlock)
