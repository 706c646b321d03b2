"""The passphrase of a session and the store key it opens, checked before anything is sealed.

The store keeps one check file, ``.passphrase-check`` in the notes folder: a known text
sealed in format 3 (see `samtale.store.crypto`). It is the store's versioned header: it
holds the salt and scrypt cost every new file is sealed with, it tells a mistyped
passphrase from the right one before a note is saved under it, and it keeps the revision
index (the latest revision of every encrypted note, see `record_revision`). `unlock`
derives the key once per session.

The check is created exclusively (a hard link or ``O_EXCL``, `files.create`): of two
first writers at once, one creates it, and the other verifies its own passphrase against
the winner's check, so a store never gets two salts or two passphrases.

If the check file is missing but encrypted files exist, the passphrase must first open one
of them; only then is the check recreated (with that file's salt and cost). A new
passphrase can therefore never be slipped in beside notes sealed under the old one. The
files are tried grouped by salt, the largest group first, and a file that does not open
is skipped, so a file planted under another passphrase cannot lock the user out.

The passphrase comes from the file named by SAMTALE_PASSPHRASE_FILE (for scripts and
tests; read here, as file I/O is the store's) or is typed — never from an argument or an
environment variable's value. The store never talks to the terminal itself: the caller
passes `Prompts`, a function that asks for a passphrase without echo and one that shows a
line (the no-recovery warning, "try again", a weak passphrase). Without a way to ask
(`Prompts.ask` is None, as when stdin is no terminal), a passphrase that must be typed is
a usage error.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from samtale.errors import SamtaleError, UsageError
from samtale.messages import Msg, t
from samtale.paths import home
from samtale.store import crypto, files
from samtale.store.crypto import Key

CHECK_NAME = ".passphrase-check"
LOCK_NAME = ".passphrase-check.lock"
CHECK_TEXT = b"samtale"
CHECK_LABEL = "check"
# A passphrase file holds one line; more than this is not a passphrase file (/dev/zero).
MAX_PASSPHRASE_FILE = 4096
# How many groups of files (one salt and cost each) a missing check may cost to try.
MAX_SALTS_TRIED = 8
BOM = "\ufeff"


def _quiet(message: str) -> None:
    """Tell no one: a caller that shows nothing (a script, a test)."""


@dataclass(frozen=True)
class Prompts:
    """How the store reaches the person at the keyboard, given by the caller (the CLI)."""

    # Shows the prompt, returns what was typed without echo; None: nobody can type here.
    ask: Callable[[str], str] | None = None
    # Shows one line to the person.
    say: Callable[[str], None] = _quiet


NO_PROMPTS = Prompts()


def check_path() -> Path:
    return home().notes / CHECK_NAME


def read_passphrase(prompts: Prompts, confirm: bool = False) -> str:
    """The passphrase from SAMTALE_PASSPHRASE_FILE, or asked through `prompts`."""
    path = os.environ.get("SAMTALE_PASSPHRASE_FILE")
    if path:
        passphrase = _from_file(Path(path))
    else:
        if prompts.ask is None:
            raise UsageError(t(Msg.CRYPTO_NEEDS_TERMINAL))
        if confirm:  # a new passphrase: say first what forgetting it means
            prompts.say(t(Msg.CRYPTO_NO_RECOVERY))
        passphrase = prompts.ask(t(Msg.CRYPTO_ASK))
        if confirm and prompts.ask(t(Msg.CRYPTO_ASK_AGAIN)) != passphrase:
            raise UsageError(t(Msg.CRYPTO_MISMATCH))
    if confirm and len(passphrase) < 8:  # a wrong existing one is simply wrong
        raise UsageError(t(Msg.CRYPTO_TOO_SHORT))
    return passphrase


def _from_file(path: Path) -> str:
    """The first line of a passphrase file (an editor's UTF-8 byte order mark is not part
    of it); at most `MAX_PASSPHRASE_FILE` bytes are read."""
    from samtale.bounded import TooBig, read_bytes

    try:
        text = read_bytes(path, MAX_PASSPHRASE_FILE).decode("utf-8")
    except TooBig:
        raise UsageError(t(Msg.CRYPTO_FILE_TOO_BIG, path=path, limit=MAX_PASSPHRASE_FILE)) from None
    except OSError as error:
        raise UsageError(t(Msg.CRYPTO_FILE_UNREADABLE, path=path, reason=error.strerror)) from None
    except UnicodeDecodeError:
        raise UsageError(t(Msg.CRYPTO_FILE_NOT_UTF8, path=path)) from None
    lines = text.removeprefix(BOM).splitlines()
    return lines[0] if lines else ""


TRIES = 3  # passphrases typed at the terminal before the command gives up


def _unlock_check(blob: bytes, prompts: Prompts) -> Key:
    """The key the check `blob` opens with; up to `TRIES` passphrases typed at a terminal
    (one from SAMTALE_PASSPHRASE_FILE is tried once)."""
    typed = not os.environ.get("SAMTALE_PASSPHRASE_FILE")
    for attempt in range(1, TRIES):
        try:
            return _verified(blob, read_passphrase(prompts))
        except crypto.WrongPassphrase:
            if not typed:
                raise
        prompts.say(t(Msg.CRYPTO_TRY_AGAIN, left=TRIES - attempt))
    return _verified(blob, read_passphrase(prompts))


def sealed_files() -> list[Path]:
    """Every encrypted file of the store (notes, drafts, practice answers), newest first."""
    folders = home()
    found = []
    for folder in (folders.notes, folders.drafts, folders.practice):
        if folder.is_dir():
            found += [p for p in folder.iterdir() if p.name.endswith(".enc") and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _check_blob(key: Key, revisions: dict[str, int]) -> bytes:
    text = CHECK_TEXT + b"\n" + json.dumps({"revisions": revisions}, sort_keys=True).encode()
    return crypto.seal(text, key, label=CHECK_LABEL)


def _open_check(blob: bytes, key: Key) -> dict[str, int]:
    """The revision index of a check `key` opens; `WrongPassphrase` if it does not."""
    first, _, rest = crypto.unseal(blob, key).partition(b"\n")
    if first != CHECK_TEXT:
        raise crypto.WrongPassphrase(t(Msg.CRYPTO_WRONG_PASSPHRASE))
    if not rest:
        return {}  # a check of format 1 or 2: no index yet
    try:
        found = json.loads(rest.decode("utf-8")).get("revisions", {})
    except (ValueError, AttributeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(k): v for k, v in found.items() if isinstance(v, int) and v >= 0}


def _verified(blob: bytes, passphrase: str | Key) -> Key:
    """The store key, if `passphrase` (or the passphrase of a key) opens the check `blob`."""
    check = check_path()
    try:
        found = crypto.header(blob)
        if found.format == 3 and found.label != CHECK_LABEL:  # another sealed file put here
            raise crypto.DamagedFile(t(Msg.CRYPTO_DAMAGED))
        if isinstance(passphrase, Key):
            key = passphrase.rekeyed(found.salt, found.cost)
        else:
            key = Key(passphrase, found.salt, found.cost)
        revisions = _open_check(blob, key)
    except crypto.DamagedFile:
        raise crypto.DamagedFile(t(Msg.CRYPTO_CHECK_DAMAGED, path=check)) from None
    if found.format != 3:
        # An older check: rewrite it in today's format, when the folder allows it.
        with contextlib.suppress(SamtaleError, OSError), _locked():
            if check.read_bytes() == blob:
                files.replace(check, _check_blob(key, revisions))
    return key


def _create_check(key: Key) -> tuple[Key, bool]:
    """Create the check for `key`, unless another process just did: then `key`'s
    passphrase must open theirs, and their salt is the store's. The key, and whether this
    call created the check."""
    if files.create(check_path(), _check_blob(key, {})):
        return key, True
    return _verified(check_path().read_bytes(), key), False


def _warn_if_weak(passphrase: str, say: Callable[[str], None]) -> None:
    from samtale.store.strength import weakness

    reason = weakness(passphrase)
    if reason is not None:
        say(t(Msg.CRYPTO_WEAK, reason=t(reason)))


def _proven(existing: list[Path], passphrase: str) -> Key | None:
    """The key of the files `passphrase` opens, the largest group of one salt first.

    None when no file is a sealed file at all; `WrongPassphrase` when the passphrase opens
    none of the groups tried. A file that does not open (damaged, or planted under another
    passphrase) is passed over, never taken as proof that the passphrase is wrong.
    """
    groups: dict[tuple[bytes, crypto.Cost], list[tuple[Path, bytes]]] = defaultdict(list)
    for path in existing:
        try:
            blob = path.read_bytes()
            found = crypto.header(blob)
        except (OSError, crypto.DamagedFile):
            continue
        groups[found.salt, found.cost].append((path, blob))
    if not groups:
        return None
    ordered = sorted(groups.items(), key=lambda item: len(item[1]), reverse=True)
    for (salt, cost), members in ordered[:MAX_SALTS_TRIED]:
        key = Key(passphrase, salt, cost)
        for _, blob in members:
            with contextlib.suppress(crypto.WrongPassphrase, crypto.DamagedFile, ValueError):
                if crypto.version(blob) == 1:
                    crypto.unseal(blob, key)
                else:
                    crypto.open_meta(blob, key)
                return key
    raise crypto.WrongPassphrase(t(Msg.CRYPTO_WRONG_PASSPHRASE))


def unlock(create: bool, prompts: Prompts = NO_PROMPTS) -> Key:
    """The session's key, checked; ask the passphrase once, through `prompts`.

    With `create`, a store without any encrypted file gets a new salt and check file (the
    passphrase is asked twice). Without it, the key is returned unchecked only when there
    is nothing it could be checked against.
    """
    check = check_path()
    if check.is_file():
        return _unlock_check(check.read_bytes(), prompts)
    existing = sealed_files()
    if existing:
        passphrase = read_passphrase(prompts)
        key = _proven(existing, passphrase)
        if key is not None:
            return _create_check(key)[0]
    else:
        passphrase = read_passphrase(prompts, confirm=create)
    if not create:
        return Key(passphrase)
    key, created = _create_check(Key(passphrase))
    if created:  # a new passphrase was set: say so if it is easy to guess
        _warn_if_weak(passphrase, prompts.say)
    return key


def _locked() -> contextlib.AbstractContextManager[None]:
    return files.locked(home().notes / LOCK_NAME)


def expected_revisions(key: Key) -> dict[str, int]:
    """The revision index: the latest revision of each encrypted note, by id.

    Empty when there is no check or it does not open with `key` (then nothing can be
    compared, and nothing is refused).
    """
    try:
        blob = check_path().read_bytes()
        if crypto.salt_of(blob) != key.salt:
            return {}
        return _open_check(blob, key)
    except (OSError, SamtaleError):
        return {}


def record_revision(key: Key, note_id: str, revision: int, new: bool = False) -> None:
    """Note that `note_id` now stands at `revision` (a `new` note: whatever was before).

    Called after the note itself is safe, so a crash in between leaves the index behind
    the note (accepted), never ahead of it (which would look like a replay). Nothing is
    recorded when there is no check or it is not this key's.
    """
    check = check_path()
    if not check.is_file():
        return
    # The note is saved already: a check that cannot be updated now (damaged, a read-only
    # folder) leaves the index behind, which is accepted, rather than fail the save.
    with contextlib.suppress(SamtaleError, OSError), _locked():
        blob = check.read_bytes()
        found = crypto.header(blob)
        if (found.salt, found.cost) != (key.salt, key.cost):
            return
        revisions = _open_check(blob, key)
        if not new and revisions.get(note_id, 0) >= revision:
            return
        revisions[note_id] = revision
        files.replace(check, _check_blob(key, revisions))


def rekey(key: Key) -> Key:
    """Move the store to today's scrypt cost under a new salt; the new key.

    The check is rewritten (its revision index kept); files sealed under the old key still
    open with it, and `samtale.store.migrate` re-seals them.
    """
    new = key.rekeyed(os.urandom(crypto.SALT_BYTES), crypto.COST)
    check = check_path()
    with _locked():
        revisions: dict[str, int] = {}
        if check.is_file():
            revisions = _open_check(check.read_bytes(), key)
        files.replace(check, _check_blob(new, revisions))
    return new
