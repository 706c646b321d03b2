"""One exception family for everything the user should see as a message, not a traceback,
and the one table from an error to the exit code.

The CLI catches every error at a single exit point (`samtale.cli.localized`), prints
`message` as one line and exits with `exit_code(error)`. Nothing else in samtale ends the
process: a flow raises one of these classes and the exit point does the rest.
"""

from __future__ import annotations

from samtale.messages import Msg


class SamtaleError(Exception):
    """An error the user can act on; its exit code is in `EXIT_CODES`."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message

    @property
    def exit_code(self) -> int:
        """The code `EXIT_CODES` gives this error (the usual shell conventions)."""
        return exit_code(self)


class UsageError(SamtaleError):
    """Bad input: an unknown value, a malformed answers file, a CPR number in free text,
    an encrypted note that is not the one its name says."""


class DataError(SamtaleError):
    """The guide data (or a config file) is broken: names file, entry and field."""


class RefusedError(SamtaleError):
    """The tool will not do what was asked because it would put private data at risk."""


class StorageError(SamtaleError):
    """A file could not be read or written (disk full, read-only, a folder in the way).

    Not a bug in samtale: the user can act on it, so it is one line naming the path.
    """


class Done(SamtaleError):
    """Nothing more to do: the command ends here on purpose (``--version`` was printed, the
    user kept a draft for later or said no). Exit 0; the message, if any, is said."""


class Declined(Done):
    """The user said no (to a deletion, to saving a follow-up): nothing was done, exit 0."""


class Stopped(SamtaleError):
    """Ctrl-C or Ctrl-D ended the command; the message says what was kept."""


class HungUp(Stopped):
    """The terminal went away (SIGHUP, a closed window); the message says what was kept."""


class Terminated(Stopped):
    """SIGTERM ended the command; the message says what was kept."""


EXIT_IO = 74  # EX_IOERR (sysexits.h): a file could not be read or written

# The one table from an error to the exit code. Python's own exceptions are here too, so
# that one reached the exit point without being turned into a `SamtaleError` first.
# Anything not here (by class or by a base class) is a bug: exit 1.
EXIT_CODES: dict[type[BaseException], int] = {
    Done: 0,
    Declined: 0,
    SamtaleError: 1,
    RefusedError: 1,
    UsageError: 2,
    DataError: 2,
    StorageError: EXIT_IO,
    Stopped: 130,
    HungUp: 128 + 1,  # SIGHUP
    Terminated: 128 + 15,  # SIGTERM
    KeyboardInterrupt: 130,
    EOFError: 130,
    BrokenPipeError: 128 + 13,  # SIGPIPE: what a shell reports for `samtale signs | head`
    OSError: EXIT_IO,
    Exception: 1,
}


def exit_code(error: BaseException) -> int:
    """The exit code of `error`: its class's entry in `EXIT_CODES`, or its nearest base's."""
    for kind in type(error).__mro__:
        if kind in EXIT_CODES:
            return EXIT_CODES[kind]
    return 1


def stopped_by(signum: int | None, message: str) -> Stopped:
    """The `Stopped` for a signal (SIGHUP, SIGTERM), or for Ctrl-C/Ctrl-D when None."""
    import signal

    kinds = {getattr(signal, "SIGHUP", None): HungUp, signal.SIGTERM: Terminated}
    return kinds.get(signum, Stopped)(message) if signum is not None else Stopped(message)


# errno -> the catalogue key of the reason, in the user's words; others keep strerror.
_REASONS = {
    "ENOSPC": Msg.IO_FULL,
    "EDQUOT": Msg.IO_FULL,
    "EROFS": Msg.IO_READ_ONLY,
    "EACCES": Msg.IO_NO_ACCESS,
    "EPERM": Msg.IO_NO_ACCESS,
    "EISDIR": Msg.IO_IS_FOLDER,
    "ENOTDIR": Msg.IO_NOT_FOLDER,
    "EFBIG": Msg.IO_TOO_BIG,
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
    from samtale.messages import Msg, t

    path = io_path(error)
    reason = io_reason(error)
    if path is None:
        return StorageError(t(Msg.IO_FAILED_NO_PATH, reason=reason))
    return StorageError(t(Msg.IO_FAILED, path=path, reason=reason))
