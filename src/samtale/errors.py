"""One exception family for everything the user should see as a message, not a traceback.

The CLI catches `SamtaleError` at a single exit point and prints `message` as one line.
"""

from __future__ import annotations


class SamtaleError(Exception):
    """An error the user can act on; `exit_code` follows the usual shell conventions."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(SamtaleError):
    """Bad input: an unknown value, a malformed answers file, a CPR number in free text."""

    exit_code = 2


class DataError(SamtaleError):
    """The guide data (or a config file) is broken: names file, entry and field."""

    exit_code = 2


class RefusedError(SamtaleError):
    """The tool will not do what was asked because it would put private data at risk."""

    exit_code = 1


EXIT_IO = 74  # EX_IOERR (sysexits.h): a file could not be read or written


class StorageError(SamtaleError):
    """A file could not be read or written (disk full, read-only, a folder in the way).

    Not a bug in samtale: the user can act on it, so it is one line naming the path.
    """

    exit_code = EXIT_IO


# errno -> the catalogue key of the reason, in the user's words; others keep strerror.
_REASONS = {
    "ENOSPC": "io.full",
    "EDQUOT": "io.full",
    "EROFS": "io.read_only",
    "EACCES": "io.no_access",
    "EPERM": "io.no_access",
    "EISDIR": "io.is_folder",
    "ENOTDIR": "io.not_folder",
    "EFBIG": "io.too_big",
}


def io_reason(error: OSError) -> str:
    """Why an operation on a file failed, in the user's words."""
    import errno

    from samtale.messages import t

    name = errno.errorcode.get(error.errno or 0, "")
    key = _REASONS.get(name)
    return t(key) if key else (error.strerror or type(error).__name__)


def io_path(error: OSError) -> str | None:
    """The path an `OSError` is about: the target of a rename or link, else its file."""
    for name in (error.filename2, error.filename):
        if name is not None:
            return name.decode(errors="replace") if isinstance(name, bytes) else str(name)
    return None


def io_failure(error: OSError) -> StorageError:
    """An `OSError` as the one line the user sees: the path and the reason, exit 74."""
    from samtale.messages import t

    path = io_path(error)
    reason = io_reason(error)
    if path is None:
        return StorageError(t("io.failed_no_path", reason=reason))
    return StorageError(t("io.failed", path=path, reason=reason))
