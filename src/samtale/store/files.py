"""How private files are written: 0700 folders, 0600 files, atomic, never overwriting a note.

A file is first written to a temporary file next to its target, named
``.samtale-tmp-<random>.part`` so the store can recognise it, synced, then linked to its
final name (a link fails rather than replace an existing file) or, for drafts and the
config, renamed over the old version. Under encryption the caller passes ciphertext, so a
temporary file never holds clear text.

The writer holds an exclusive `flock` on its temporary file until it is done; a temporary
file nobody holds is left over from a killed write and is removed by `sweep` (when samtale
next starts, see `samtale.store.leftovers`, at the next write in its folder or listing,
and by `notes purge`). Where the file system has no locks,
writing goes on without, and only temporary files older than an hour are swept.

On a file system without hard links the new name is reserved with ``O_CREAT | O_EXCL``
(so nothing existing is ever replaced) and the temporary file is renamed onto it.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from samtale.errors import RefusedError
from samtale.messages import Msg, t
from samtale.store.places import unsafe_reason
from samtale.store.temp_names import TEMP_PREFIX, TEMP_SUFFIX, is_temp_name

# errno values that mean "this file system cannot make hard links".
NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS}
# errno values that mean "this file system cannot lock files" (some network mounts).
NO_LOCKS = {errno.ENOLCK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}
# Without locks, a temporary file this old (seconds) is taken to be left over.
UNLOCKED_STALE_AFTER = 3600


@contextmanager
def about(path: Path) -> Iterator[None]:
    """Name `path` in an `OSError` that names no file or only a temporary file.

    ``os.write`` on a full disk names no file, and a failed link names our temporary
    file; the user must hear which of their files could not be written.
    """
    try:
        yield
    except OSError as error:
        named = error.filename2 or error.filename
        if named is not None and not is_temp_name(Path(os.fsdecode(named)).name):
            raise
        raise OSError(error.errno, error.strerror, str(path)) from error


def refuse_unsafe(folder: Path) -> None:
    """Raise `RefusedError` when `folder` is no place for private files."""
    reason = unsafe_reason(folder)
    if reason:
        raise RefusedError(reason)


def private_dir(folder: Path, check_place: bool = True) -> Path:
    """Create `folder` and any missing parent as 0700 whatever the umask; tighten `folder`.

    Stale temporary files in `folder` are swept here, so the next write removes them.
    """
    if check_place:
        refuse_unsafe(folder)
    missing = []
    for path in (folder, *folder.parents):
        if path.is_dir():
            break
        missing.append(path)
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(path, 0o700)
    os.chmod(folder, 0o700)
    sweep(folder)
    return folder


def matching(folder: Path, pattern: re.Pattern[str]) -> list[tuple[re.Match[str], Path]]:
    """The regular files in `folder` whose name matches `pattern`, with the match."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            found.append((match, path))
    return found


def is_temp(path: Path) -> bool:
    """Whether `path` is a temporary file of the store (this version's or an older one's)."""
    return is_temp_name(path.name)


def sweep(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files in `folder` that no running write holds; return them.

    Where the file system has no locks, a temporary file counts as left over once it is
    older than `UNLOCKED_STALE_AFTER` seconds.
    """
    removed: list[Path] = []
    try:
        paths = list(folder.iterdir())
    except OSError:
        return removed
    for path in paths:
        if not is_temp(path) or path.is_symlink():
            continue
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            if _left_over(fd, time.time() if now is None else now):
                path.unlink(missing_ok=True)
                removed.append(path)
        finally:
            os.close(fd)
    return removed


def _left_over(fd: int, now: float) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # a write in progress holds it
    except OSError:
        return now - os.fstat(fd).st_mtime > UNLOCKED_STALE_AFTER
    return True


def _lock(fd: int) -> None:
    """Hold `fd` exclusively; on a file system without locks, go on without."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError as error:
        if error.errno not in NO_LOCKS:
            raise


@contextmanager
def _temp(folder: Path, data: bytes) -> Iterator[Path]:
    """A synced 0600 temporary file in `folder` holding `data`, locked while in use."""
    while True:
        path = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        except FileExistsError:
            continue
        try:
            _lock(fd)
            taken = not _same_file(fd, path)
        except BaseException:
            os.close(fd)
            path.unlink(missing_ok=True)
            raise
        if not taken:
            break
        os.close(fd)  # a sweep took it between open and lock: start again
    try:
        os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        yield path
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(temp: Path, target: Path) -> None:
    """Give `temp` the name `target`; `FileExistsError` if that name is taken."""
    try:
        os.link(temp, target)
        return
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in NO_LINKS:
            raise
    # No hard links here: reserve the name exclusively, then rename onto our own reservation.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    os.close(fd)
    try:
        os.replace(temp, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def write_new(folder: Path, name: Callable[[], str], data: bytes) -> Path:
    """Write `data` under a new name ``name()`` in `folder`; never replaces a file.

    `name` is called again (up to 20 times) while the name it gives is taken.
    """
    with about(folder):
        private_dir(folder)
        with _temp(folder, data) as temp:
            for _ in range(20):
                target = folder / name()
                try:
                    _place(temp, target)
                except FileExistsError:
                    continue
                _sync_dir(folder)
                return target
    raise RefusedError(t(Msg.STORAGE_NO_FREE_NAME, folder=folder))


def create(path: Path, data: bytes) -> bool:
    """Write `data` at `path` whole, unless a file is there; whether this call wrote it.

    Of several processes creating the same file at once exactly one succeeds (a hard link,
    or ``O_EXCL`` where there are none), and the others find the winner's file complete.
    """
    private_dir(path.parent)
    with _temp(path.parent, data) as temp:
        try:
            _place(temp, path)
        except FileExistsError:
            return False
    _sync_dir(path.parent)
    return True


def replace(path: Path, data: bytes, check_place: bool = True) -> Path:
    """Atomically write `data` to `path`, replacing what was there (drafts, config)."""
    with about(path):
        private_dir(path.parent, check_place)
        with _temp(path.parent, data) as temp:
            os.replace(temp, path)
        _sync_dir(path.parent)
    return path


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file `path` (created 0600) for the block."""
    private_dir(path.parent, check_place=False)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        _lock(fd)
        yield
    finally:
        os.close(fd)


def write_file(path: Path, data: bytes, check_place: bool = True) -> Path:
    """Write a new file at exactly `path` in a folder the user chose (an export).

    The same rules as a note: refused in a git work tree or a synced folder (unless
    `check_place` is off, for a file about no one), 0600, written whole or not at all,
    never replacing a file. The folder must exist and is left as it is.
    """
    folder = path.parent
    if check_place:
        refuse_unsafe(folder)
    if not folder.is_dir():
        raise RefusedError(t(Msg.STORAGE_NO_FOLDER, folder=folder))
    with about(path):
        with _temp(folder, data) as temp:
            try:
                _place(temp, path)
            except FileExistsError:
                raise RefusedError(t(Msg.STORAGE_EXISTS, path=path)) from None
        _sync_dir(folder)
    return path
