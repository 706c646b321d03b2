"""The saved notes: finding them, reading their header, and deciding which are past retention.

A note's file name is ``{date}-{pseudonym slug}-{id}.md`` (``.md.enc`` when encrypted);
`id` is the short random part users type. The first line of a note is an HTML comment
with its metadata, so `notes list` needs no other file that could leak.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samtale.errors import UsageError
from samtale.messages import t

_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+)-([0-9a-f]{6})\.md(\.enc)?$")
_META = re.compile(r"^<!-- samtale (\{.*\}) -->$")
SECONDS_PER_DAY = 86400


@dataclass(frozen=True)
class NoteFile:
    path: Path
    id: str
    date: str
    encrypted: bool
    size: int
    mtime: float


def note_files(folder: Path) -> list[NoteFile]:
    """Every note in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            stat = path.stat()
            found.append(
                NoteFile(path, match[3], match[1], bool(match[4]), stat.st_size, stat.st_mtime)
            )
    return sorted(found, key=lambda note: (note.date, note.mtime), reverse=True)


def find(notes: list[NoteFile], typed: str) -> NoteFile:
    """The one note whose id starts with `typed`; a clear error when none or several do."""
    typed = typed.strip().lower()
    hits = [note for note in notes if typed and note.id.startswith(typed)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise UsageError(t("notes.unknown_id", id=typed))
    raise UsageError(t("notes.ambiguous_id", id=typed, ids=", ".join(n.id for n in hits)))


def meta_line(meta: dict[str, Any]) -> str:
    """The first line of a note: its metadata as JSON inside an HTML comment."""
    # "--" may not appear inside an HTML comment; JSON lets us write "-" as \\u002d.
    return "<!-- samtale " + json.dumps(meta, ensure_ascii=False).replace("-", "\\u002d") + " -->"


def read_meta(text: str) -> dict[str, Any]:
    """The metadata of a note's text, or an empty dict if its first line is not ours."""
    match = _META.match(text.split("\n", 1)[0])
    if not match:
        return {}
    try:
        meta = json.loads(match[1])
    except ValueError:
        return {}
    return meta if isinstance(meta, dict) else {}


def parse_days(text: str) -> int:
    """``30d``, ``2w`` or a bare number of days, as days."""
    match = re.fullmatch(r"\s*(\d+)\s*([dw]?)\s*", text.lower())
    if not match:
        raise UsageError(t("notes.bad_duration", value=text))
    return int(match[1]) * (7 if match[2] == "w" else 1)


def expired(mtime: float, now: float, days: int) -> bool:
    """Whether a file last written at `mtime` is past a retention of `days` at `now`.

    A file exactly `days` old is kept; one second more and it is past.
    """
    return now - mtime > days * SECONDS_PER_DAY
