"""`notes purge` as a rule: what is past the retention period, and which of it to spare.

A note whose next contact is still to come is not purged unasked: the CLI keeps it without
a terminal and under ``--yes``, and otherwise asks about those notes apart from the rest.
The rule lives here, without Typer, so that the command only asks and prints.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from samtale.store import notes, retention
from samtale.store.notes import KeySource, NoteFile


@dataclass(frozen=True)
class Purge:
    """The files past retention, and the notes among them with a follow-up ahead."""

    expired: list[Path]
    ahead: list[NoteFile]

    def chosen(self, spare_ahead: bool) -> list[Path]:
        """The files to remove: all of them, or all but the notes with a follow-up ahead."""
        if not spare_ahead:
            return self.expired
        keep = {note.path for note in self.ahead}
        return [path for path in self.expired if path not in keep]


def plan(days: int, key: KeySource, today: date | None = None) -> Purge:
    """What a purge with a retention of `days` would remove; left-over temporary files of
    killed writes are swept first. `key` is asked only if an expired note is encrypted."""
    from samtale.prep.followup import is_ahead, next_contact

    retention.sweep_temps()
    expired = retention.past_retention(time.time(), days)
    paths = set(expired)
    if not any(note.path in paths for note in notes.note_files()):
        return Purge(expired, [])
    day = today or date.today()
    ahead = [
        listed.note
        for listed in notes.listing(key)
        if listed.note.path in paths and is_ahead(next_contact(listed.meta), day)
    ]
    return Purge(expired, ahead)
