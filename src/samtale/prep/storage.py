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
from datetime import date
from pathlib import Path
from typing import Any

from samtale.errors import RefusedError
from samtale.messages import t
from samtale.paths import home

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


ENCRYPTED = ".enc"


def seal_if(data: bytes, passphrase: str | None) -> tuple[bytes, str]:
    """The bytes to write and the extra suffix: sealed when a passphrase is given."""
    if passphrase is None:
        return data, ""
    from samtale.prep.crypto import seal

    return seal(data, passphrase), ENCRYPTED


def save_note(text: str, citizen: str, day: date, passphrase: str | None = None) -> Path:
    """Save a note under a new name: date, pseudonym slug and a short random id.

    With a passphrase the note is encrypted in memory first: no clear text ever reaches
    the disk, not even in the temporary file.
    """
    data, extra = seal_if(text.encode(), passphrase)
    return write_new(home().notes, f"{day.isoformat()}-{slug(citizen)}", ".md" + extra, data)


DRAFT_NAME = "prep-draft.json"


def draft_paths() -> list[Path]:
    """The draft, plain or encrypted, if there is one."""
    folder = home().drafts
    return [p for p in (folder / DRAFT_NAME, folder / (DRAFT_NAME + ENCRYPTED)) if p.exists()]


def save_draft(answers: dict[str, Any], passphrase: str | None = None) -> Path:
    """Keep the answers given so far, for `samtale prep --resume`; replaces an older draft."""
    data, extra = seal_if(json.dumps(answers, ensure_ascii=False, indent=2).encode(), passphrase)
    path = replace(home().drafts / (DRAFT_NAME + extra), data)
    for other in draft_paths():
        if other != path:
            other.unlink(missing_ok=True)
    return path


def load_draft(passphrase: str | None = None) -> dict[str, Any] | None:
    """The kept answers, or None; an encrypted draft needs the passphrase."""
    paths = draft_paths()
    if not paths:
        return None
    path = paths[0]
    try:
        data = path.read_bytes()
    except OSError:
        raise RefusedError(t("storage.bad_draft", path=path)) from None
    if path.name.endswith(ENCRYPTED):
        from samtale.prep.crypto import unseal

        if passphrase is None:
            raise RefusedError(t("storage.draft_encrypted", path=path))
        data = unseal(data, passphrase)
    try:
        answers = json.loads(data.decode("utf-8"))
    except ValueError:
        raise RefusedError(t("storage.bad_draft", path=path)) from None
    return answers if isinstance(answers, dict) else None


def drop_draft() -> None:
    for path in draft_paths():
        path.unlink(missing_ok=True)
