"""How the store names a temporary file: the writer (`store/files.py`) makes such names and
the start-up sweep (`store/leftovers.py`) looks for them, so the names live below both."""

from __future__ import annotations

TEMP_PREFIX = ".samtale-tmp-"
TEMP_SUFFIX = ".part"
# Temporary files of samtale before the store package: ".tmp-<random>.part".
OLD_TEMP_PREFIX = ".tmp-"


def is_temp_name(name: str) -> bool:
    return name.endswith(TEMP_SUFFIX) and name.startswith((TEMP_PREFIX, OLD_TEMP_PREFIX))
