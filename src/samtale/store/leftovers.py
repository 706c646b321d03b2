"""Temporary files a killed write left in the store, removed when samtale next starts.

A write goes through a temporary file next to its target (`samtale.store.files`); if the
process is killed in between, the file stays. Every start lists the store's three
folders for one (a fraction of a millisecond); the module that removes files is loaded
only when one is there, and it leaves alone a file a running write still holds.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from samtale.paths import home
from samtale.store.temp_names import is_temp_name


def written_folders() -> tuple[Path, Path, Path]:
    """The store's folders that writes go to through temporary files."""
    folders = home()
    return folders.notes, folders.drafts, folders.practice


def sweep_at_start() -> None:
    """Remove left-over temporary files from the notes, drafts and practice folders.

    Never an error: a folder that is missing or cannot be read is skipped.
    """
    for folder in written_folders():
        with contextlib.suppress(OSError):
            if any(is_temp_name(name) for name in os.listdir(folder)):
                from samtale.store import files

                files.sweep(folder)
