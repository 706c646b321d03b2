"""Reading an answers file (`prep --answers`, `notes followup --answers`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from samtale.errors import UsageError
from samtale.messages import Msg, t


def read_answers(path: Path) -> dict[str, Any]:
    """The parsed answers file: at most 1 MiB of UTF-8 YAML, nested at most 50 levels.

    ``-`` reads standard input. Every problem is a `UsageError` naming the file and line.
    """
    from samtale import yamlio
    from samtale.guide.validate import decode_utf8
    from samtale.store.text import MAX_ANSWERS_FILE

    try:
        if str(path) == "-":
            raw = sys.stdin.buffer.read(MAX_ANSWERS_FILE + 1)
        else:
            with path.open("rb") as handle:
                raw = handle.read(MAX_ANSWERS_FILE + 1)
    except OSError as error:
        raise UsageError(t(Msg.PREP_CANNOT_READ, path=path, reason=error.strerror)) from None
    if len(raw) > MAX_ANSWERS_FILE:
        raise UsageError(t(Msg.PREP_ANSWERS_TOO_BIG, path=path, limit=MAX_ANSWERS_FILE // 1024))
    text = decode_utf8(raw, path, Msg.PREP_NOT_UTF8, UsageError)
    try:
        data = yamlio.loads(text)
    except yamlio.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        if isinstance(error, yamlio.TooDeep):
            raise UsageError(
                t(Msg.PREP_TOO_DEEP, path=path, line=line, limit=yamlio.MAX_DEPTH)
            ) from None
        raise UsageError(t(Msg.PREP_BAD_YAML, path=path, line=line)) from None
    if not isinstance(data, dict):
        raise UsageError(t(Msg.ANSWERS_NOT_MAPPING, origin=path))
    from samtale.prep.answer_lines import locate

    return locate(data, text)
