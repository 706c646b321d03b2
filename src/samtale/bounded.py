"""Reading a file the user names, never more than a bound.

A path in a setting or an environment variable can name ``/dev/zero``, a device or a
huge file by mistake; reading it whole would hang or fill the memory. Each caller states
how much it could ever need and gets `TooBig` past that, to turn into its own one line.
"""

from __future__ import annotations

from pathlib import Path


class TooBig(Exception):
    """The file holds more than the caller's bound."""


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of `path`, at most `limit` of them; `TooBig` when there are more.

    OSError (missing, no access, a folder) is the caller's to report, as with
    `Path.read_bytes`.
    """
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooBig(str(path))
    return data
