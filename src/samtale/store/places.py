"""Where private files may go: never into a git work tree or a folder a sync client copies.

The decision is made on the resolved path (every symlink followed) and on the path as
written, and every parent of both is checked: a symlink anywhere on the way is how such
checks get bypassed (``notes`` linked into ``Dropbox/``, a GNU stow layout that links
``~/.local/share/samtale`` into a dotfiles repository).

Sync clients are recognised by the folder names they create and by the marker files they
keep in the root of a synced folder. Neither list can be complete; both are data here.

A bind mount hides both: ``Dropbox/samtale`` mounted at ``/data/samtale`` has neither the
name nor the marker above it. On Linux, /proc/self/mountinfo says which folder of its file
system a mount shows; that folder's names are checked too, and where the same file system
is also mounted whole, its parents there are searched for markers.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from samtale.messages import t

# Folder names, case-folded with "_" and "-" read as spaces, that a sync client creates.
# A name matches when it starts with one of these ("OneDrive - Kommune", "Dropbox (Firma)").
CLOUD_PREFIXES = (
    "dropbox",
    "onedrive",
    "icloud",
    "iclouddrive",
    "mobile documents",  # macOS: ~/Library/Mobile Documents (iCloud Drive)
    "cloudstorage",  # macOS: ~/Library/CloudStorage (every File Provider client)
    "google drive",
    "googledrive",
    "my drive",
    "nextcloud",
    "owncloud",
    "pcloud",
    "megasync",
    "mega downloads",
    "seafile",
    "seadrive",
    "synologydrive",
    "synology drive",
    "syncthing",
    "proton drive",
    "tresorit",
    "sync.com",
    "insync",  # Insync (Google Drive, OneDrive, Dropbox): ~/Insync/<account>/...
)
# A name matches when it ends with one of these: Dropbox names a team's folder "Firma Dropbox".
CLOUD_SUFFIXES = (" dropbox",)
# Names that are too short to match as a prefix ("Megan" is not MEGA).
CLOUD_NAMES = ("mega", "box", "box sync")
# Files or folders a sync client keeps in the root of what it syncs.
CLOUD_MARKERS = (
    ".stfolder",  # Syncthing
    ".dropbox",  # Dropbox
    ".dropbox.cache",
    ".owncloudsync.log",  # ownCloud / Nextcloud desktop client
    ".SynologyWorkingDirectory",  # Synology Drive Client
    ".debris",  # MEGA's rubbish folder in a synced folder
    ".insync-trash",  # Insync before version 3
)
# What marks the top of a version-controlled work tree, and the tool it belongs to.
WORK_TREES = {".git": "git", ".hg": "Mercurial", ".svn": "Subversion", ".bzr": "Bazaar"}
MOUNTINFO = Path("/proc/self/mountinfo")
# The ownCloud / Nextcloud sync journal: .sync_<hash>.db (older clients: ._sync_<hash>.db).
JOURNAL_PREFIXES = (".sync_", "._sync_")


def _cloud_name(part: str) -> bool:
    name = part.casefold().replace("_", " ").replace("-", " ").strip()
    return name.startswith(CLOUD_PREFIXES) or name.endswith(CLOUD_SUFFIXES) or name in CLOUD_NAMES


def _marker(folder: Path) -> str | None:
    """The sync-client marker in `folder`, if there is one."""
    for name in CLOUD_MARKERS:
        if os.path.lexists(folder / name):
            return name
    try:
        names = os.listdir(folder)
    except OSError:
        return None
    for name in names:
        if name.startswith(JOURNAL_PREFIXES) and name.endswith(".db"):
            return name
    return None


def _with_parents(paths: list[Path]) -> list[Path]:
    chain: list[Path] = []
    for start in paths:
        for path in (start, *start.parents):
            if path not in chain:
                chain.append(path)
    return chain


def _chains(folder: Path) -> tuple[Path, list[Path], list[Path]]:
    """The folder as shown, the paths to check by name, and the folders to search.

    Both lists hold the folder as written (absolute) and as resolved, each with every
    parent. By name also: the folder inside the file system a bind mount shows; searched
    also: that folder where its file system is mounted whole.
    """
    written = Path(os.path.abspath(folder.expanduser()))
    resolved = written.resolve(strict=False)
    inside, elsewhere = mount_origins(resolved)
    local = _with_parents(list(dict.fromkeys((written, resolved, *elsewhere))))
    return resolved, _with_parents([*local, *inside]), local


def _unescape(field: str) -> str:
    """A mountinfo path: space, tab, newline and backslash are written as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


def _mounts() -> list[tuple[str, Path, Path]]:
    """(device, root inside the file system, mount point) of every mount, in mount order."""
    try:
        text = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []  # not Linux, or /proc is not mounted: names and markers still count
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        if len(fields) >= 5:
            root, point = Path(_unescape(fields[3])), Path(_unescape(fields[4]))
            mounts.append((fields[2], root, point))
    return mounts


def mount_origins(path: Path) -> tuple[list[Path], list[Path]]:
    """Where a bind-mounted `path` lies in its file system, and where that is visible.

    The first list holds the path inside the file system (for its names: it need not
    exist here); the second the same folder where the whole file system, or a mount of a
    folder above it, is mounted (for its markers). Both are empty when `path` lies under
    a mount of a file system's own root.
    """
    mounts = _mounts()
    under = [m for m in mounts if m[2] == path or m[2] in path.parents]
    if not under:
        return [], []
    device, root, point = max(under, key=lambda m: len(m[2].parts))  # the last wins ties
    if root == Path("/"):
        return [], []
    inside = root / path.relative_to(point)
    visible = [
        other_point / inside.relative_to(other_root)
        for other_device, other_root, other_point in mounts
        if other_device == device
        and (other_root == inside or other_root in inside.parents)
        and (other_root, other_point) != (root, point)
    ]
    return [inside], visible


def unsafe_reason(folder: Path, output: bool = False) -> str | None:
    """Why `folder` must not hold private files (work tree, cloud sync), or None.

    For a file the user names (`output`), the advice is another path, not SAMTALE_HOME.
    """
    end = "_output" if output else ""
    shown, by_name, searched = _chains(folder)
    for path in by_name:
        if path.name and _cloud_name(path.name):
            return t(f"storage.cloud{end}", folder=shown, part=path.name)
    for path in searched:
        if not path.is_dir():
            continue
        marker = _marker(path)
        if marker:
            return t(f"storage.cloud{end}", folder=shown, part=f"{path.name or path}/{marker}")
        for name, tool in WORK_TREES.items():
            if os.path.lexists(path / name):
                return t(f"storage.work_tree{end}", folder=shown, repo=path, tool=tool)
    return None


def check_home() -> None:
    """Refuse early, before any question is asked, if the store could not be kept private."""
    from samtale.errors import RefusedError
    from samtale.paths import home

    folders = home()
    for folder in (folders.notes, folders.drafts, folders.practice):
        reason = unsafe_reason(folder)
        if reason:
            raise RefusedError(reason)
