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
