"""Where private files may go: never into a git work tree or a folder a sync client copies.

The decision is made on the resolved path (every symlink followed) and on the path as
written, and every parent of both is checked: a symlink anywhere on the way is how such
checks get bypassed (``notes`` linked into ``Dropbox/``, a GNU stow layout that links
``~/.local/share/samtale`` into a dotfiles repository).

Sync clients are recognised by the folder names they create and by the marker files they
keep in the root of a synced folder. Neither list can be complete; both are data here.
"""

from __future__ import annotations

import os
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
)
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
)
# The ownCloud / Nextcloud sync journal: .sync_<hash>.db (older clients: ._sync_<hash>.db).
JOURNAL_PREFIXES = (".sync_", "._sync_")


def _cloud_name(part: str) -> bool:
    name = part.casefold().replace("_", " ").replace("-", " ").strip()
    return name.startswith(CLOUD_PREFIXES) or name in CLOUD_NAMES


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


def _chains(folder: Path) -> list[Path]:
    """The folder as written (absolute) and as resolved, each with every parent."""
    written = Path(os.path.abspath(folder.expanduser()))
    resolved = written.resolve(strict=False)
    chains: list[Path] = []
    for start in dict.fromkeys((written, resolved)):
        for path in (start, *start.parents):
            if path not in chains:
                chains.append(path)
    return chains


def unsafe_reason(folder: Path, output: bool = False) -> str | None:
    """Why `folder` must not hold private files (git work tree, cloud sync), or None.

    For a file the user names (`output`), the advice is another path, not SAMTALE_HOME.
    """
    end = "_output" if output else ""
    chain = _chains(folder)
    shown = Path(os.path.abspath(folder.expanduser())).resolve(strict=False)
    for path in chain:
        if path.name and _cloud_name(path.name):
            return t(f"storage.cloud{end}", folder=shown, part=path.name)
    for path in chain:
        if not path.is_dir():
            continue
        marker = _marker(path)
        if marker:
            return t(f"storage.cloud{end}", folder=shown, part=f"{path.name or path}/{marker}")
        if os.path.lexists(path / ".git"):
            return t(f"storage.git{end}", folder=shown, repo=path)
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
