"""What `notes purge` removes: notes, drafts (of a prep, a follow-up or a practice run) and
practice answers past the retention period, and temporary files left by a killed write.
"""

from __future__ import annotations

from pathlib import Path

from samtale.store import answer_drafts, files
from samtale.store.drafts import draft_files
from samtale.store.leftovers import written_folders
from samtale.store.notes import expired, note_files
from samtale.store.practice import practice_files


def sweep_temps() -> list[Path]:
    """Remove stale temporary files from every folder of the store."""
    return [path for folder in written_folders() for path in files.sweep(folder)]


def remove(paths: list[Path]) -> None:
    """Remove the files `notes purge` chose; one already gone is not an error."""
    for path in paths:
        path.unlink(missing_ok=True)


def past_retention(now: float, days: int) -> list[Path]:
    """Every note, draft and practice file last written more than `days` days before `now`."""
    paths = [note.path for note in note_files()]
    paths += [path for _, path, _ in draft_files()]
    paths += [found.path for found in answer_drafts.draft_files()]
    paths += practice_files()
    return [path for path in paths if expired(path.stat().st_mtime, now, days)]
