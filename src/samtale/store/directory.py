"""Writing the referral directory: its export, and the local resources file an import makes.

Neither holds anything about a person, and both may live where colleagues read them (a
shared drive, `config set local_resources PATH`), so unlike a note they are not refused
in a synced folder, and an existing folder's permissions are left alone. Each file is
still written whole or not at all, 0600, through the store's synced temporary file.
"""

from __future__ import annotations

import os
from pathlib import Path

from samtale.store.files import _sync_dir, _temp, write_file


def write_export(path: Path, data: bytes) -> Path:
    """A new file at exactly `path`; never replaces one (the folder must exist)."""
    return write_file(path, data, check_place=False)


def replace_local_resources(path: Path, data: bytes) -> Path:
    """Write the local resources file, replacing the old one in one step.

    A missing folder is made (0700, as the config's); an existing one is not touched.
    """
    folder = path.parent
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True)
    with _temp(folder, data) as temp:
        os.replace(temp, path)
    _sync_dir(folder)
    return path
