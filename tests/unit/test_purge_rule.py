"""Issue 26: the purge rule without Typer (`samtale.app.purge`): what is past retention,
and the notes among it whose next contact is still to come."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path
from typing import NoReturn

from samtale.app.purge import plan
from samtale.store import notes, retention

TODAY = date(2026, 12, 3)


def _note(citizen: str, next_contact: date | None, days_old: int) -> Path:
    meta = {"date": "2026-09-01", "citizen": citizen}
    if next_contact is not None:
        meta["next_contact"] = next_contact.isoformat()
    path = notes.save_note(notes.meta_line(meta) + "\n# Note\n", citizen, date(2026, 9, 1))
    old = time.time() - days_old * 86400
    os.utime(path, (old, old))
    return path


def _no_key() -> NoReturn:  # plain notes: the passphrase is never asked
    raise AssertionError("asked for a key")


def test_a_note_with_a_next_contact_ahead_is_spared_unless_chosen(home: Path) -> None:
    ahead = _note("A.A.", TODAY + timedelta(days=10), days_old=60)
    today = _note("B.B.", TODAY, days_old=60)  # today counts as ahead
    past = _note("C.C.", TODAY - timedelta(days=1), days_old=60)
    none = _note("D.D.", None, days_old=60)
    young = _note("E.E.", None, days_old=1)

    found = plan(30, _no_key, today=TODAY)

    assert set(found.expired) == {ahead, today, past, none}
    assert {note.path for note in found.ahead} == {ahead, today}
    assert set(found.chosen(spare_ahead=True)) == {past, none}
    assert set(found.chosen(spare_ahead=False)) == set(found.expired)
    assert all(path.exists() for path in (ahead, today, past, none, young))  # plan removes none

    retention.remove(found.chosen(spare_ahead=True))
    assert {path for path in (ahead, today, past, none, young) if path.exists()} == {
        ahead,
        today,
        young,
    }


def test_a_note_within_retention_is_not_purged(home: Path) -> None:
    _note("A.A.", TODAY + timedelta(days=10), days_old=1)
    found = plan(30, _no_key, today=TODAY)
    assert found.expired == []
    assert found.ahead == []
