"""The passphrase of a session and the store key it opens, checked before anything is sealed.

The store keeps one check file, ``.passphrase-check`` in the notes folder: a known text
sealed in format 2 (see `samtale.store.crypto`). It is the store's versioned header: it
holds the salt every new file is sealed with, and it tells a mistyped passphrase from the
right one before a note is saved under it. `unlock` derives the key once per session.

If the check file is missing but encrypted files exist, the passphrase must first open one
of them; only then is the check recreated (with that file's salt). A new passphrase can
therefore never be slipped in beside notes sealed under the old one.

The passphrase comes from the terminal (no echo) or, for scripts and tests, from the file
named by SAMTALE_PASSPHRASE_FILE — never from an argument or an environment variable's value.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from samtale.errors import SamtaleError, UsageError
from samtale.messages import t
from samtale.paths import home
from samtale.store import crypto, files
from samtale.store.crypto import Key

CHECK_NAME = ".passphrase-check"
CHECK_TEXT = b"samtale"


def check_path() -> Path:
    return home().notes / CHECK_NAME


def read_passphrase(confirm: bool = False) -> str:
    """The passphrase from SAMTALE_PASSPHRASE_FILE, or asked at the terminal without echo."""
    path = os.environ.get("SAMTALE_PASSPHRASE_FILE")
    if path:
        try:
            lines = Path(path).read_bytes().decode("utf-8").splitlines()
        except OSError as error:
            raise UsageError(
                t("crypto.file_unreadable", path=path, reason=error.strerror)
            ) from None
        except UnicodeDecodeError:
            raise UsageError(t("crypto.file_not_utf8", path=path)) from None
        passphrase = lines[0] if lines else ""
    else:
        if not sys.stdin.isatty():
            raise UsageError(t("crypto.needs_terminal"))
        import getpass

        if confirm:  # a new passphrase: say first what forgetting it means
            sys.stderr.write(t("crypto.no_recovery") + "\n")
        passphrase = getpass.getpass(t("crypto.ask"))
        if confirm and getpass.getpass(t("crypto.ask_again")) != passphrase:
            raise UsageError(t("crypto.mismatch"))
    if confirm and len(passphrase) < 8:  # a wrong existing one is simply wrong
        raise UsageError(t("crypto.too_short"))
    return passphrase


TRIES = 3  # passphrases typed at the terminal before the command gives up


def _open_check(blob: bytes) -> Key:
    """The key the check file opens with; up to `TRIES` passphrases typed at a terminal."""
    typed = not os.environ.get("SAMTALE_PASSPHRASE_FILE")
    for attempt in range(1, TRIES + 1):
        key = Key(read_passphrase(), crypto.salt_of(blob))
        with contextlib.suppress(crypto.WrongPassphrase):
            if crypto.unseal(blob, key) == CHECK_TEXT:
                return key
        if not typed or attempt == TRIES:
            break
        sys.stderr.write(t("crypto.try_again", left=TRIES - attempt) + "\n")
    raise crypto.WrongPassphrase(t("crypto.wrong_passphrase"))


def sealed_files() -> list[Path]:
    """Every encrypted file of the store (notes, drafts, practice answers), newest first."""
    folders = home()
    found = []
    for folder in (folders.notes, folders.drafts, folders.practice):
        if folder.is_dir():
            found += [p for p in folder.iterdir() if p.name.endswith(".enc") and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _write_check(key: Key) -> None:
    files.replace(check_path(), crypto.seal(CHECK_TEXT, key))


def unlock(create: bool) -> Key:
    """The session's key, checked; ask the passphrase once.

    With `create`, a store without any encrypted file gets a new salt and check file (the
    passphrase is asked twice). Without it, the key is returned unchecked only when there
    is nothing it could be checked against.
    """
    check = check_path()
    if check.is_file():
        blob = check.read_bytes()
        try:
            key = _open_check(blob)
        except crypto.DamagedFile:
            raise crypto.DamagedFile(t("crypto.check_damaged", path=check)) from None
        if crypto.version(blob) != 2:
            # An older check: rewrite it in today's format, when the folder allows it.
            with contextlib.suppress(SamtaleError, OSError):
                _write_check(key)
        return key
    existing = sealed_files()
    if existing:
        passphrase = read_passphrase()
        for path in existing:
            blob = path.read_bytes()
            try:
                key = Key(passphrase, crypto.salt_of(blob))
                crypto.unseal(blob, key)  # WrongPassphrase here: no check is recreated
            except crypto.DamagedFile:
                continue
            _write_check(key)
            return key
        key = Key(passphrase)
    else:
        key = Key(read_passphrase(confirm=create))
    if create:
        _write_check(key)
    return key
