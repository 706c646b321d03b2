"""The guide cache on disk: its private folder, and writing and dropping its file.

The cache holds the validated guide and nothing about a person, so unlike a note it is
not refused in a cloud-sync folder. It is still private and whole: its folder is made 0700
and used only while the user owns it and no one else can write to it, and a cache file is
written 0600 through the store's synced temporary file and renamed into place
(`samtale.store.files.replace`), so a reader sees the old file or the new one, never half.

Every read command comes here for the folder, so only `os` and `stat` are imported at the
top; the writer's module is loaded when a cache is written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def owned_by_user_only(info: os.stat_result) -> bool:
    """Owned by this user and writable by no one else (always true where there are no uids)."""
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def private_folder(base: Path) -> Path | None:
    """`base`, made 0700 (with any missing parent) if missing; None if it is not private.

    A symlink is not followed: it is not a private folder.
    """
    try:
        if not base.exists():
            base.parent.mkdir(parents=True, exist_ok=True)
            base.mkdir(mode=0o700)
        info = os.lstat(base)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or not owned_by_user_only(info):
        return None
    return base


def write(path: Path, data: bytes) -> None:
    """Store `data` at `path` atomically, 0600; a cache that cannot be written is not an
    error. Caches of the pickle format of older versions in the folder are removed."""
    from samtale.store import files

    try:
        files.replace(path, data, check_place=False)
        for old in path.parent.glob("guide-*.pickle"):
            old.unlink(missing_ok=True)
    except OSError:
        pass


def drop(path: Path) -> None:
    """Remove a cache file found damaged, so the next run writes it anew."""
    path.unlink(missing_ok=True)
