"""Encryption at rest: one key derivation per session, nothing plain left, robust listing."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from samtale.store import crypto, drafts, keys, notes
from samtale.store.practice import save_answers
from tests.helpers import ANSWERS_YAML, PASSPHRASE

SECRETS = ("K.M.", "Siger hun er alene", "Kan også være en ny kæreste")
# A note as an older version wrote it, for the tests of older formats.
OLD_NOTE = notes.meta_line({"date": "2026-01-01", "citizen": "L.T."}) + "\n# L.T.\nhemmeligt\n"


def prep(cli, tmp_path: Path, citizen: str = "K.M.") -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(ANSWERS_YAML.replace('"K.M."', f'"{citizen}"'), encoding="utf-8")
    result = cli("prep", "--answers", str(path))
    assert result.exit_code == 0, result.output


def listing(cli) -> list[dict]:
    result = cli("notes", "list", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def plain_bytes_under(folder: Path, texts: tuple[str, ...]) -> list[str]:
    """Every file under `folder` that holds one of `texts` as plain bytes."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {text}" for text in texts if text.encode() in data]
    return found


def v1_seal(data: bytes, passphrase: str) -> bytes:
    """A file as samtale sealed it before format 2: its own salt and scrypt per file."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(crypto.SALT_BYTES), os.urandom(crypto.NONCE_BYTES)
    key = crypto.derive(passphrase, salt)
    return crypto.MAGIC_V1 + salt + nonce + AESGCM(key).encrypt(nonce, data, crypto.MAGIC_V1)


def test_a_session_derives_one_key_for_every_file_it_writes(encrypted: Path) -> None:
    before = crypto.derivations()
    key = keys.unlock(create=True)
    notes.save_note("# a\n", "A.B.", date(2026, 1, 1), key)
    notes.save_note("# b\n", "C.D.", date(2026, 1, 1), key)
    drafts.save_draft(drafts.new_draft_id(), {"citizen": "A.B."}, key)
    save_answers("case", "# svar\n", date(2026, 1, 1), key)
    assert crypto.derivations() - before == 1


def test_listing_encrypted_notes_derives_one_key(cli, encrypted: Path, tmp_path: Path) -> None:
    for number in range(5):
        prep(cli, tmp_path, f"P{number}")
    before = crypto.derivations()
    rows = listing(cli)
    assert crypto.derivations() - before == 1
    assert sorted(row["citizen"] for row in rows) == [f"P{n}" for n in range(5)]
    assert all(row["encrypted"] and "unreadable" not in row for row in rows)
    for path in (encrypted / "notes").iterdir():
        assert not any(f"p{n}" in path.name for n in range(5)), path.name


def test_a_damaged_note_is_listed_as_unreadable_and_the_others_are_listed(
    cli, encrypted: Path, tmp_path: Path
) -> None:
    prep(cli, tmp_path, "A.B.")
    prep(cli, tmp_path, "C.D.")
    damaged = sorted((encrypted / "notes").glob("*.enc"))[0]
    damaged.write_bytes(damaged.read_bytes()[:40])
    result = cli("notes", "list", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 2
    (bad,) = [row for row in rows if "unreadable" in row]
    assert bad["id"] in damaged.name
    assert "beskadiget" in bad["unreadable"]
    assert [row["citizen"] for row in rows if "unreadable" not in row] in (["A.B."], ["C.D."])
    table = cli("notes", "list", width=140)
    assert table.exit_code == 0
    assert "kan ikke læses" in table.stdout


def test_a_plain_note_that_is_not_text_is_listed_as_unreadable(cli, home, tmp_path) -> None:
    prep(cli, tmp_path, "A.B.")
    (note,) = (home / "notes").glob("*.md")
    note.write_bytes(b"\xff\xfe garbage")
    (row,) = listing(cli)
    assert "unreadable" in row


def test_a_wrong_passphrase_is_one_error_not_a_list_of_failures(
    cli, encrypted: Path, tmp_path: Path, passphrase: Path
) -> None:
    prep(cli, tmp_path)
    passphrase.write_text("forkert adgangsfrase\n", encoding="utf-8")
    result = cli("notes", "list")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Forkert adgangsfrase (eller filen er ændret)."


def test_a_deleted_check_is_recreated_only_by_the_passphrase_that_opens_a_note(
    cli, encrypted: Path, tmp_path: Path, passphrase: Path
) -> None:
    prep(cli, tmp_path, "A.B.")
    check = encrypted / "notes" / keys.CHECK_NAME
    check.unlink()
    passphrase.write_text("en helt anden frase\n", encoding="utf-8")
    path = tmp_path / "other.yaml"
    path.write_text(ANSWERS_YAML, encoding="utf-8")
    refused = cli("prep", "--answers", str(path))
    assert refused.exit_code == 2
    assert "Forkert adgangsfrase" in refused.stderr
    assert not check.exists()
    assert len(list((encrypted / "notes").glob("*.enc"))) == 1

    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert [row["citizen"] for row in listing(cli)] == ["A.B."]
    assert check.exists()
    prep(cli, tmp_path, "C.D.")
    assert sorted(row["citizen"] for row in listing(cli)) == ["A.B.", "C.D."]


def plant_v1_note(home: Path, text: str) -> Path:
    """A note and passphrase check as samtale wrote them before the store (SAMTALE-ENC-1),
    the note named after its pseudonym; the note's path."""
    folder = home / "notes"
    folder.mkdir(parents=True)
    old = folder / "2026-01-01-l-t-47fae5.md.enc"
    old.write_bytes(v1_seal(text.encode(), PASSPHRASE))
    (folder / keys.CHECK_NAME).write_bytes(v1_seal(keys.CHECK_TEXT, PASSPHRASE))
    return old


def test_old_format_notes_are_read_and_rewritten_without_the_pseudonym(
    cli, home: Path, passphrase: Path
) -> None:
    text = OLD_NOTE
    old = plant_v1_note(home, text)
    folder = old.parent
    assert cli("config", "set", "encrypt", "true").exit_code == 0

    (row,) = listing(cli)
    assert (row["id"], row["citizen"]) == ("47fae5", "L.T.")
    assert not old.exists()
    renewed = folder / "2026-01-01-47fae5.md.enc"
    assert crypto.version(renewed.read_bytes()) == 3
    assert crypto.version((folder / keys.CHECK_NAME).read_bytes()) == 3
    shown = cli("notes", "show", "47fae5", "--raw")
    assert shown.stdout == text
    before = crypto.derivations()
    listing(cli)
    assert crypto.derivations() - before == 1


def test_turning_encryption_on_says_how_many_are_plain_and_encrypt_leaves_none(
    cli, home: Path, tmp_path: Path, passphrase: Path
) -> None:
    prep(cli, tmp_path, "K.M.")
    drafts.save_draft(drafts.new_draft_id(), {"citizen": "K.M.", "role": SECRETS[1]})
    save_answers("lone", "# Lone\n\nK.M. svar\n", date(2026, 1, 1))
    assert len(plain_bytes_under(home, SECRETS)) >= 3

    turned_on = cli("config", "set", "encrypt", "true")
    assert turned_on.exit_code == 0, turned_on.output
    assert "3 gemte noter" in turned_on.stderr
    assert "samtale notes encrypt" in turned_on.stderr

    result = cli("notes", "encrypt", "--yes")
    assert result.exit_code == 0, result.output
    assert "3" in result.stdout
    assert plain_bytes_under(home, SECRETS) == []
    assert not list(home.rglob("*.md"))
    assert not list(home.rglob("*.json"))
    assert [(row["kind"], row["citizen"]) for row in listing(cli)] == [
        ("note", "K.M."),
        ("draft", "K.M."),
    ]
    (draft,) = drafts.list_drafts(keys.unlock(create=False))
    assert draft.answers["role"] == SECRETS[1]
    assert "Alt gemt er allerede krypteret" in cli("notes", "encrypt", "--yes").stdout


def test_a_passphrase_file_that_is_not_utf8_is_one_line(
    cli, encrypted, passphrase, answers_file
) -> None:
    passphrase.write_bytes(b"korrekt hest \xe6\xf8\xe5 batteri\n")
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 2
    assert str(passphrase) in result.stderr
    assert "UTF-8" in result.stderr
    assert result.stderr.strip().count("\n") == 0


@pytest.mark.parametrize("sealed", [True, False])
def test_update_note_keeps_id_name_and_encryption(home: Path, passphrase: Path, sealed) -> None:
    key = keys.unlock(create=True) if sealed else None
    text = notes.meta_line({"date": "2026-01-01", "citizen": "A.B."}) + "\n# A.B.\n"
    path = notes.save_note(text, "A.B.", date(2026, 1, 1), key)
    (note,) = notes.note_files()
    added = text + "\n## Opfølgning\n\nAftalt: nyt møde\n"
    assert notes.update_note(note.id, added, lambda: key) == path
    assert notes.read_note(note.id, lambda: key) == added
    assert [n.path for n in notes.note_files()] == [path]
    assert crypto.is_sealed(path.read_bytes()) is sealed
    assert (b"Aftalt" in path.read_bytes()) is not sealed


def test_purge_covers_practice_answers(cli, home: Path) -> None:
    old = save_answers("lone", "# svar\n", date(2026, 1, 1))
    young = save_answers("lone", "# svar\n", date(2026, 1, 1))
    long_ago = 1_000_000_000
    os.utime(old, (long_ago, long_ago))
    result = cli("notes", "purge", "--yes")
    assert result.exit_code == 0, result.output
    assert not old.exists()
    assert young.exists()


def test_showing_a_damaged_note_names_it_in_one_line(cli, encrypted, tmp_path) -> None:
    prep(cli, tmp_path)
    (note,) = notes.note_files()
    note.path.write_bytes(note.path.read_bytes()[:-5])
    result = cli("notes", "show", note.id)
    assert result.exit_code == 2
    assert note.id in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_a_draft_of_the_old_format_is_read_and_resealed(cli, encrypted: Path) -> None:
    folder = encrypted / "drafts"
    folder.mkdir()
    old = folder / "prep-draft.json.enc"
    old.write_bytes(v1_seal(b'{"citizen": "L.T."}', PASSPHRASE))
    key = keys.unlock(create=True)
    assert drafts.load_draft(drafts.LEGACY_ID, key) == {"citizen": "L.T."}
    result = cli("notes", "encrypt", "--yes")
    assert result.exit_code == 0, result.output
    assert crypto.version(old.read_bytes()) == 3
    assert drafts.load_draft(drafts.LEGACY_ID, key) == {"citizen": "L.T."}


def test_a_damaged_check_is_named_and_deleting_it_is_the_way_out(
    cli, encrypted: Path, tmp_path: Path
) -> None:
    prep(cli, tmp_path)
    check = encrypted / "notes" / keys.CHECK_NAME
    check.write_bytes(check.read_bytes()[:20])
    result = cli("notes", "list")
    assert result.exit_code == 2
    assert str(check) in result.stderr
    check.unlink()
    assert [row["citizen"] for row in listing(cli)] == ["K.M."]


def test_an_old_format_note_is_shown_even_when_it_cannot_be_rewritten(
    cli, home: Path, passphrase: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from samtale.store import files

    text = notes.meta_line({"date": "2026-01-01", "citizen": "L.T."}) + "\n# L.T.\n"
    old = plant_v1_note(home, text)

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files, "write_new", read_only)
    monkeypatch.setattr(files, "replace", read_only)
    shown = cli("notes", "show", "47fae5", "--raw")
    assert shown.exit_code == 0, shown.output
    assert shown.stdout == text
    assert crypto.version(old.read_bytes()) == 1
