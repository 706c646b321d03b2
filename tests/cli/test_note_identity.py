"""Issue 23.4: an encrypted note is bound to its id and revision, through the CLI.

Swapping two notes, renaming one, or putting back an older copy of one (a follow-up and its
due date would vanish) is refused in one line naming the note, exit 2, and nothing is
written; `notes list` shows such a note as unreadable with the reason. Notes sealed in the
format before (2, no identity) still open and are rewritten in today's format.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from samtale.store import crypto, keys, notes
from tests.cli.test_encryption import OLD_NOTE, prep
from tests.cli.test_notes_after import followup_yaml
from tests.helpers import PASSPHRASE


def ids_by_citizen(cli) -> dict[str, str]:
    result = cli("notes", "list", "--json")
    assert result.exit_code == 0, result.output
    return {row["citizen"]: row["id"] for row in json.loads(result.stdout)}


def path_of(home: Path, note_id: str) -> Path:
    (path,) = (home / "notes").glob(f"*-{note_id}.md.enc")
    return path


def followup(cli, tmp_path: Path, note_id: str):
    answers = tmp_path / "followup.yaml"
    answers.write_text(followup_yaml(date.today() + timedelta(days=7)), encoding="utf-8")
    return cli("notes", "followup", note_id, "--answers", str(answers))


def snapshot(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (home / "notes").glob("*.enc")}


def one_line(text: str) -> bool:
    return text.strip() != "" and "\n" not in text.strip()


def test_two_swapped_notes_are_refused_not_shown_as_each_other(
    cli, encrypted: Path, tmp_path: Path
) -> None:
    prep(cli, tmp_path, "A.B.")
    prep(cli, tmp_path, "C.D.")
    ids = ids_by_citizen(cli)
    first, second = path_of(encrypted, ids["A.B."]), path_of(encrypted, ids["C.D."])
    first_bytes, second_bytes = first.read_bytes(), second.read_bytes()
    first.write_bytes(second_bytes)
    second.write_bytes(first_bytes)
    before = snapshot(encrypted)

    shown = cli("notes", "show", ids["A.B."], "--raw")
    assert shown.exit_code == 2
    assert "C.D." not in shown.stdout
    assert one_line(shown.stderr)
    assert ids["A.B."] in shown.stderr
    assert ids["C.D."] in shown.stderr

    added = followup(cli, tmp_path, ids["A.B."])
    assert added.exit_code == 2
    assert one_line(added.stderr)
    assert snapshot(encrypted) == before  # the follow-up went into no note

    rows = json.loads(cli("notes", "list", "--json").stdout)
    assert len(rows) == 2
    assert all("unreadable" in row and row["citizen"] == "" for row in rows)


def test_a_renamed_note_is_refused(cli, encrypted: Path, tmp_path: Path) -> None:
    prep(cli, tmp_path, "A.B.")
    (note_id,) = ids_by_citizen(cli).values()
    path = path_of(encrypted, note_id)
    path.rename(path.with_name(path.name.replace(note_id, "abcdef")))
    shown = cli("notes", "show", "abcdef")
    assert shown.exit_code == 2
    assert one_line(shown.stderr)
    assert note_id in shown.stderr


def replayed(cli, home: Path, tmp_path: Path) -> tuple[str, Path, bytes]:
    """A note given a follow-up (with a due date), then its copy from before put back:
    properly sealed, one revision behind. Its id, path and the older bytes."""
    prep(cli, tmp_path, "A.B.")
    (note_id,) = ids_by_citizen(cli).values()
    path = path_of(home, note_id)
    older = path.read_bytes()
    assert followup(cli, tmp_path, note_id).exit_code == 0
    (row,) = json.loads(cli("notes", "list", "--json").stdout)
    assert row["next_contact"]
    path.write_bytes(older)
    return note_id, path, older


def test_an_older_copy_put_back_is_refused_and_the_follow_up_is_not_lost_silently(
    cli, encrypted: Path, tmp_path: Path
) -> None:
    note_id, path, older = replayed(cli, encrypted, tmp_path)

    shown = cli("notes", "show", note_id)
    assert shown.exit_code == 2
    assert one_line(shown.stderr)
    assert note_id in shown.stderr
    assert "ældre udgave" in shown.stderr
    (row,) = json.loads(cli("notes", "list", "--json").stdout)
    assert "ældre udgave" in row["unreadable"]
    refused = followup(cli, tmp_path, note_id)
    assert refused.exit_code == 2
    assert path.read_bytes() == older
    due = cli("notes", "list", "--due")
    assert due.exit_code == 0


def test_the_revision_goes_up_with_every_rewrite(
    home: Path, passphrase: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = keys.unlock(create=True)
    text = notes.meta_line({"date": "2026-01-01", "citizen": "A.B."}) + "\n# A.B.\n"
    path = notes.save_note(text, "A.B.", date(2026, 1, 1), key)
    (note,) = notes.note_files()
    assert crypto.header(path.read_bytes()).revision == 1
    notes.update_note(note.id, text + "\n## Opfølgning\n", lambda: key)
    notes.update_note(note.id, text + "\n## Opfølgning\n\n## Opfølgning\n", lambda: key)
    found = crypto.header(path.read_bytes())
    assert (found.label, found.revision) == (f"note:{note.id}", 3)
    assert keys.expected_revisions(key) == {note.id: 3}


def v2_seal(data: bytes, key: crypto.Key, meta: dict) -> bytes:
    """A file as samtale sealed it in format 2 (before identity and stored cost)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cipher = AESGCM(key.secret(key.salt, crypto.LEGACY_COST))
    head = crypto.MAGIC_V2 + key.salt
    meta_nonce, nonce = os.urandom(12), os.urandom(12)
    sealed_meta = cipher.encrypt(meta_nonce, json.dumps(meta).encode(), head)
    front = head + len(sealed_meta).to_bytes(4, "big") + meta_nonce + sealed_meta
    return front + nonce + cipher.encrypt(nonce, data, front)


def plant_v2_store(home: Path) -> Path:
    """A store as the format-2 version left it: check and one note (`OLD_NOTE`), N=2^15."""
    key = crypto.Key(PASSPHRASE, cost=crypto.LEGACY_COST)
    (home / "notes").mkdir(parents=True)
    (home / "notes" / keys.CHECK_NAME).write_bytes(v2_seal(keys.CHECK_TEXT, key, {}))
    note = home / "notes" / "2026-01-01-47fae5.md.enc"
    note.write_bytes(v2_seal(OLD_NOTE.encode(), key, notes.read_meta(OLD_NOTE)))
    return note


def test_a_note_of_the_format_before_opens_and_is_rewritten_in_todays(
    cli, home: Path, passphrase: Path
) -> None:
    text = OLD_NOTE
    note = plant_v2_store(home)
    old = note.read_bytes()
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    assert [row["citizen"] for row in json.loads(cli("notes", "list", "--json").stdout)] == ["L.T."]
    shown = cli("notes", "show", "47fae5", "--raw")
    assert shown.exit_code == 0, shown.output
    assert shown.stdout == text
    found = crypto.header(note.read_bytes())
    assert (found.format, found.label, found.revision) == (3, "note:47fae5", 1)
    assert found.cost == crypto.LEGACY_COST  # the store's own cost: one derivation a run
    assert crypto.header((home / "notes" / keys.CHECK_NAME).read_bytes()).format == 3
    before = crypto.derivations()
    assert cli("notes", "show", "47fae5", "--raw").stdout == text
    assert crypto.derivations() - before == 1

    note.write_bytes(old)  # the format-2 copy put back: older than revision 1
    shown = cli("notes", "show", "47fae5")
    assert shown.exit_code == 2
    assert "ældre udgave" in shown.stderr


def test_deleting_the_check_is_the_way_to_keep_an_older_copy_on_purpose(
    cli, encrypted: Path, tmp_path: Path
) -> None:
    note_id, path, _ = replayed(cli, encrypted, tmp_path)
    assert cli("notes", "show", note_id).exit_code == 2
    keys.check_path().unlink()  # recreated from the notes, with an empty index
    assert cli("notes", "show", note_id).exit_code == 0
    assert followup(cli, tmp_path, note_id).exit_code == 0
    assert crypto.header(path.read_bytes()).revision == 2


def test_two_swapped_drafts_are_not_resumed_as_each_other(encrypted: Path) -> None:
    from samtale.store import drafts

    key = keys.unlock(create=True)
    first = drafts.save_draft("0000000a", {"citizen": "A.B."}, key)
    second = drafts.save_draft("0000000b", {"citizen": "C.D."}, key)
    first_bytes = first.read_bytes()
    first.write_bytes(second.read_bytes())
    second.write_bytes(first_bytes)
    listed = drafts.list_drafts(key)
    assert [info.answers for info in listed] == [{}, {}]
    assert all(info.problem for info in listed)


def test_a_note_copied_over_the_check_is_a_damaged_check_not_a_wrong_passphrase(
    cli, encrypted: Path, tmp_path: Path
) -> None:
    prep(cli, tmp_path, "A.B.")
    (note_id,) = ids_by_citizen(cli).values()
    keys.check_path().write_bytes(path_of(encrypted, note_id).read_bytes())
    result = cli("notes", "list")
    assert result.exit_code == 2
    assert str(keys.check_path()) in result.stderr
