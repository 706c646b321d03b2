"""`samtale notes` and `samtale config`: listing, reading, deleting, retention, encryption."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from samtale.store import crypto, notes
from tests.helpers import ANSWERS_YAML

DAY = 86400


def make_note(cli, tmp_path: Path, citizen: str, text: str = "Kan også være en ny kæreste"):
    path = tmp_path / f"{citizen}.yaml"
    body = ANSWERS_YAML.replace('"K.M."', f'"{citizen}"').replace(
        "Kan også være en ny kæreste", text
    )
    path.write_text(body, encoding="utf-8")
    folder = Path(os.environ["SAMTALE_HOME"]) / "notes"
    before = set(folder.glob("*.md*"))
    result = cli("prep", "--answers", str(path))
    assert result.exit_code == 0, result.output
    (new,) = set(folder.glob("*.md*")) - before
    return new


def listing(cli) -> list[dict]:
    result = cli("notes", "list", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_list_show_delete_purge_round(cli, home, tmp_path) -> None:
    first = make_note(cli, tmp_path, "A.B.", "Ser træt ud om morgenen")
    second = make_note(cli, tmp_path, "C.D.", "Har ny telefon hver måned")
    rows = listing(cli)
    assert {row["citizen"] for row in rows} == {"A.B.", "C.D."}
    assert all({"id", "date", "citizen", "region", "age_group"} <= set(row) for row in rows)
    assert "A.B." in cli("notes", "list", width=120).stdout

    first_id = next(r["id"] for r in rows if r["citizen"] == "A.B.")
    shown = cli("notes", "show", first_id[:3], width=120)
    assert shown.exit_code == 0, shown.output
    assert "Ser træt ud om morgenen" in shown.stdout
    raw = cli("notes", "show", first_id, "--raw").stdout
    assert raw == first.read_text(encoding="utf-8")

    drafts = home / "drafts"
    drafts.mkdir(mode=0o700, exist_ok=True)
    (drafts / "prep-draft.json").write_text("{}", encoding="utf-8")

    deleted = cli("notes", "delete", first_id, "--yes")
    assert deleted.exit_code == 0, deleted.output
    assert "journalen" in deleted.stderr
    assert not first.exists()
    assert second.exists()

    time.sleep(0.01)
    purged = cli("notes", "purge", "--older-than", "0d", "--yes")
    assert purged.exit_code == 0, purged.output
    assert "2" in purged.stdout  # the second note and the draft
    assert not second.exists()
    assert not (drafts / "prep-draft.json").exists()
    assert listing(cli) == []


def test_show_unknown_and_ambiguous_ids(cli, home, tmp_path) -> None:
    make_note(cli, tmp_path, "A.B.")
    assert cli("notes", "show", "zzzzzz").exit_code == 2
    for note in notes.note_files(home / "notes"):
        note.path.rename(note.path.with_name(note.path.name.replace(note.id, "abc" + note.id[3:])))
    make_note(cli, tmp_path, "C.D.")
    target = notes.note_files(home / "notes")[0]
    target.path.rename(target.path.with_name(target.path.name.replace(target.id, "abcfff")))
    result = cli("notes", "show", "abc")
    assert result.exit_code == 2
    assert "flere" in result.stderr


def test_delete_without_terminal_needs_yes(cli, home, tmp_path) -> None:
    note = make_note(cli, tmp_path, "A.B.")
    result = cli("notes", "delete", notes.note_files(home / "notes")[0].id)
    assert result.exit_code == 2
    assert "--yes" in result.stderr
    assert note.exists()


@pytest.mark.parametrize(
    ("age_seconds", "days", "gone"),
    [(30 * DAY, 30, False), (30 * DAY + 1, 30, True), (1, 0, True), (0, 0, False)],
)
def test_retention_boundary(age_seconds: int, days: int, gone: bool) -> None:
    now = 1_800_000_000.0
    assert notes.expired(now - age_seconds, now, days) is gone


def test_purge_uses_configured_retention(cli, home, tmp_path) -> None:
    old = make_note(cli, tmp_path, "A.B.")
    young = make_note(cli, tmp_path, "C.D.")
    month_ago = time.time() - 15 * DAY
    os.utime(old, (month_ago, month_ago))
    assert cli("config", "set", "retention_days", "14").exit_code == 0
    result = cli("notes", "purge", "--yes")
    assert result.exit_code == 0, result.output
    assert not old.exists()
    assert young.exists()


def test_prep_mentions_notes_past_retention(cli, home, tmp_path) -> None:
    old = make_note(cli, tmp_path, "A.B.")
    long_ago = time.time() - 40 * DAY
    os.utime(old, (long_ago, long_ago))
    path = tmp_path / "again.yaml"
    path.write_text(ANSWERS_YAML, encoding="utf-8")
    result = cli("prep", "--answers", str(path))
    assert "samtale notes purge" in result.stderr


@pytest.mark.parametrize(("value", "days"), [("30d", 30), ("2w", 14), ("7", 7)])
def test_durations(value: str, days: int) -> None:
    assert notes.parse_days(value) == days


def test_bad_duration(cli, home) -> None:
    result = cli("notes", "purge", "--older-than", "soon", "--yes")
    assert result.exit_code == 2
    assert "30d" in result.stderr


def test_config_show_and_set(cli, home) -> None:
    assert "retention_days = 30" in cli("config", "show").stdout
    assert cli("config", "set", "retention_days", "14").exit_code == 0
    assert "retention_days = 14" in cli("config", "show").stdout
    assert (home / "config.toml").stat().st_mode & 0o777 == 0o600
    bad = cli("config", "set", "retention_days", "-3")
    assert bad.exit_code == 2
    assert cli("config", "set", "colour", "red").exit_code == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("retention_days = [", "ugyldig TOML"),
        ("colour = 'red'\n", "ukendt indstilling 'colour'"),
        ("retention_days = -1\n", "retention_days"),
        ("encrypt = 'yes'\n", "encrypt"),
    ],
)
def test_invalid_config_is_one_line_exit_2(cli, home, text, expected) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(text, encoding="utf-8")
    result = cli("config", "show")
    assert result.exit_code == 2
    assert "config.toml" in result.stderr
    assert expected in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_encrypted_round_trip(cli, home, tmp_path, passphrase) -> None:
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    note = make_note(cli, tmp_path, "E.F.", "Sover hos en ven i weekenden")
    assert note.name.endswith(".md.enc")
    assert "e-f" not in note.name
    blob = note.read_bytes()
    assert b"E.F." not in blob
    assert b"Sover hos en ven" not in blob
    assert crypto.is_sealed(blob)
    note_id = notes.note_files(home / "notes")[0].id
    shown = cli("notes", "show", note_id, width=120)
    assert shown.exit_code == 0, shown.output
    assert "Sover hos en ven i weekenden" in shown.stdout
    assert listing(cli)[0]["citizen"] == "E.F."

    passphrase.write_text("forkert adgangsfrase\n", encoding="utf-8")
    wrong = cli("notes", "show", note_id)
    assert wrong.exit_code == 2
    assert "Forkert adgangsfrase" in wrong.stderr
    assert "Sover" not in wrong.output


def test_encrypted_temp_files_never_hold_clear_text(home, monkeypatch) -> None:
    from datetime import date

    from samtale.store import drafts, files

    written: list[bytes] = []
    real_temp = files._temp

    def spy(folder: Path, data: bytes):
        written.append(data)
        return real_temp(folder, data)

    monkeypatch.setattr(files, "_temp", spy)
    key = crypto.Key("korrekt hest batteri")
    notes.save_note("# G.H.\nhemmeligt\n", "G.H.", date(2026, 1, 1), key)
    drafts.save_draft(drafts.new_draft_id(), {"citizen": "G.H."}, key)
    assert len(written) == 2
    assert all(b"G.H." not in data and crypto.is_sealed(data) for data in written)


def test_seal_uses_fresh_nonces_and_detects_tampering() -> None:
    key = crypto.Key("korrekt hest batteri")
    first = crypto.seal(b"data", key, {"citizen": "A.B."})
    second = crypto.seal(b"data", key, {"citizen": "A.B."})
    assert first != second
    assert crypto.unseal(first, key) == b"data"
    assert crypto.open_meta(first, key) == {"citizen": "A.B."}
    for position in (len(first) - 1, crypto.HEAD_BYTES + 2, len(crypto.MAGIC) + 1):
        tampered = bytearray(first)
        tampered[position] ^= 1
        with pytest.raises(crypto.WrongPassphrase):
            crypto.unseal(bytes(tampered), key)
    with pytest.raises(crypto.WrongPassphrase):
        crypto.unseal(first, crypto.Key("forkert adgangsfrase", key.salt))


def test_passphrase_is_never_taken_from_an_argument(cli, home) -> None:
    result = cli("notes", "show", "--help")
    assert "passphrase" not in result.stdout.lower()
    assert "adgangsfrase" not in result.stdout.lower()
