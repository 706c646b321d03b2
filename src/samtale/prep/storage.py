"""Where private files live and how they are written: 0700 folders, 0600 files, atomic.

A note is written to a temporary file in the same folder, synced, then linked to its final
name, which fails rather than overwrite an existing note. Nothing is written to a folder
that git or a cloud-sync client would copy elsewhere.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from samtale.errors import RefusedError
from samtale.messages import t

# Folder names (their start, in lower case) that sync clients create and copy to a server.
CLOUD_FOLDERS = (
    "dropbox",
    "onedrive",
    "icloud",
    "mobile documents",
    "google drive",
    "googledrive",
    "my drive",
    "nextcloud",
    "owncloud",
)


@dataclass(frozen=True)
class Home:
    """The folders of one user: notes, drafts and config."""

    notes: Path
    drafts: Path
    config: Path


def home() -> Home:
    """`SAMTALE_HOME` holds everything when set; otherwise the platform's user folders."""
    override = os.environ.get("SAMTALE_HOME")
    if override:
        base = Path(override).expanduser()
        return Home(notes=base / "notes", drafts=base / "drafts", config=base / "config.toml")
    import platformdirs

    data = Path(platformdirs.user_data_dir("samtale", appauthor=False))
    config = Path(platformdirs.user_config_dir("samtale", appauthor=False))
    return Home(notes=data / "notes", drafts=data / "drafts", config=config / "config.toml")


def unsafe_reason(folder: Path) -> str | None:
    """Why `folder` must not hold private notes (git work tree, cloud sync), or None."""
    folder = folder.expanduser().absolute()
    for part in folder.parts:
        if part.casefold().replace("_", " ").startswith(CLOUD_FOLDERS):
            return t("storage.cloud", folder=folder, part=part)
    for parent in (folder, *folder.parents):
        if (parent / ".git").exists():
            return t("storage.git", folder=folder, repo=parent)
    return None


def check_home() -> None:
    """Refuse early, before any question is asked, if notes could not be kept private."""
    for folder in (home().notes, home().drafts):
        reason = unsafe_reason(folder)
        if reason:
            raise RefusedError(reason)


def private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) if needed, refuse unsafe places, and make it 0700."""
    reason = unsafe_reason(folder)
    if reason:
        raise RefusedError(reason)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def slug(text: str) -> str:
    """A file-name-safe form of a pseudonym: ``K.M.`` → ``km``."""
    ascii_text = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = ascii_text.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.encode("ascii", "ignore").decode())
    return cleaned.strip("-")[:24] or "borger"


def _write_temp(folder: Path, data: bytes) -> Path:
    """A synced 0600 temporary file in `folder` holding `data`."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_new(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Write `data` to a new file ``{stem}-{random}{suffix}``; never replaces a file."""
    private_dir(folder)
    temp = _write_temp(folder, data)
    try:
        for _ in range(20):
            target = folder / f"{stem}-{secrets.token_hex(3)}{suffix}"
            try:
                os.link(temp, target)
            except FileExistsError:
                continue
            _sync_dir(folder)
            return target
        raise RefusedError(t("storage.no_free_name", folder=folder))
    finally:
        temp.unlink(missing_ok=True)


def replace(path: Path, data: bytes) -> Path:
    """Atomically write `data` to `path`, replacing it (drafts are updated in place)."""
    private_dir(path.parent)
    temp = _write_temp(path.parent, data)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_dir(path.parent)
    return path


def save_note(text: str, citizen: str, day: date) -> Path:
    """Save a note under a new name: date, pseudonym slug and a short random id."""
    return write_new(home().notes, f"{day.isoformat()}-{slug(citizen)}", ".md", text.encode())


DRAFT_NAME = "prep-draft.json"


def save_draft(answers: dict[str, Any]) -> Path:
    """Keep the answers given so far, for `samtale prep --resume`."""
    data = json.dumps(answers, ensure_ascii=False, indent=2).encode()
    return replace(home().drafts / DRAFT_NAME, data)


def load_draft() -> dict[str, Any] | None:
    path = home().drafts / DRAFT_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise RefusedError(t("storage.bad_draft", path=path)) from None
    return data if isinstance(data, dict) else None


def drop_draft() -> None:
    (home().drafts / DRAFT_NAME).unlink(missing_ok=True)
