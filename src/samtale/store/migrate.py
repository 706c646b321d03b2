"""Turning encryption on for what is already stored: nothing plain is left behind.

`plain_files` counts what is not sealed in today's form: plain notes, drafts and practice
answers, files sealed in an older format (1: one scrypt per file; 2: no identity, no
revision, no stored scrypt cost), and encrypted notes whose name still carries the
pseudonym. An older store (its check sealed under a lower scrypt cost) first gets a new
salt at today's cost. `encrypt_all` seals each under the store key in a new file (written
atomically, ciphertext only) and removes the old one once the new one is safe; a note
keeps its id and goes up one revision.
Removing a file does not scrub the disk blocks it used; the README says so.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from samtale.store import answer_drafts, drafts, files, notes
from samtale.store.practice import ENCRYPTED, practice_files

if TYPE_CHECKING:
    from samtale.store.crypto import Key

# An encrypted note named the old way: {date}-{pseudonym slug}-{id}.md.enc.
_NAMED_NOTE = re.compile(r"^\d{4}-\d{2}-\d{2}-.+-[0-9a-f]{6}\.md\.enc$")


def _old_format(path: Path) -> bool:
    """Sealed in an older format, or under a lower scrypt cost than today's."""
    from samtale.store import crypto

    with path.open("rb") as handle:
        head = handle.read(crypto.FIXED_HEAD + crypto.MAX_LABEL)
    try:
        found = crypto.header(head)
    except crypto.DamagedFile:
        return False  # nothing to re-seal: it is reported where it is read
    return found.format != 3 or found.cost != crypto.COST


def _note_needs_work(note: notes.NoteFile) -> bool:
    if not note.encrypted:
        return True
    return bool(_NAMED_NOTE.match(note.path.name)) or _old_format(note.path)


def plain_files() -> list[Path]:
    """Every stored file that encryption would still change."""
    found = [note.path for note in notes.note_files() if _note_needs_work(note)]
    found += [
        path for _, path, encrypted in drafts.draft_files() if not encrypted or _old_format(path)
    ]
    found += [
        path for path in practice_files() if not path.name.endswith(ENCRYPTED) or _old_format(path)
    ]
    found += [d.path for d in answer_drafts.draft_files() if not d.encrypted or _old_format(d.path)]
    return found


def encrypt_all(key: Key) -> int:
    """Seal every file `plain_files` names under `key`; return how many were sealed."""
    from samtale.store import crypto, keys

    if key.cost != crypto.COST:  # a store from before today's cost: a new salt and cost
        key = keys.rekey(key)
    count = 0
    for note in notes.note_files():
        if _note_needs_work(note):
            notes.encrypt_note(note, key)
            count += 1
    for draft_id, path, encrypted in drafts.draft_files():
        if not encrypted or _old_format(path):
            drafts.save_draft(draft_id, drafts.load_draft(draft_id, key), key)
            count += 1
    for kept in answer_drafts.draft_files():
        if not kept.encrypted or _old_format(kept.path):
            answer_drafts.save(kept.kind, kept.owner, answer_drafts.read(kept, key), key)
            count += 1
    for path in practice_files():
        sealed = path.name.endswith(ENCRYPTED)
        if sealed and not _old_format(path):
            continue
        data = path.read_bytes()
        if sealed:
            data = crypto.unseal(data, key)
        name = path.name if sealed else path.name + ENCRYPTED
        blob = crypto.seal(data, key, {"kind": "practice"})
        if sealed:
            files.replace(path, blob)
        else:
            files.write_new(path.parent, lambda name=name: name, blob)
            path.unlink()
        count += 1
    return count
