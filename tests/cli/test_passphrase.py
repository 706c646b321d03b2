"""Issue 23.5 and 23.6: the passphrase check under concurrent first use, passphrase files,
files planted beside the notes, the scrypt cost and weak passphrases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samtale.store import crypto, keys, notes
from tests.cli.test_encryption import prep
from tests.helpers import PASSPHRASE

FIRST_WRITER = """
import json, sys, time
from datetime import date
from pathlib import Path
from samtale.store import crypto, keys, notes

crypto.COST = crypto.Cost(12, 8, 1)  # the race is the point here, not the cost
go = Path(sys.argv[1])
while not go.exists():
    time.sleep(0.01)
try:
    key = keys.unlock(create=True)
    notes.save_note("# x\\n", "X.Y.", date(2026, 1, 1), key)
except crypto.WrongPassphrase:
    print(json.dumps("wrong"))
else:
    print(json.dumps(key.salt.hex()))
"""


def test_concurrent_first_writers_share_one_salt_and_one_passphrase(
    home: Path, tmp_path: Path
) -> None:
    """20 processes create the store at once, half with one passphrase and half with
    another: one check is made, only its passphrase's writers save, all under one salt."""
    go = tmp_path / "go"
    children = []
    for number in range(20):
        phrase = tmp_path / f"passphrase-{number}"
        phrase.write_text(f"frase nummer {number % 2} til noterne\n", encoding="utf-8")
        env = {**os.environ, "SAMTALE_HOME": str(home), "SAMTALE_PASSPHRASE_FILE": str(phrase)}
        children.append(
            subprocess.Popen(
                [sys.executable, "-c", FIRST_WRITER, str(go)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    go.touch()
    results = []
    for child in children:
        out, err = child.communicate()
        assert child.returncode == 0, err
        results.append(json.loads(out))
    salts = {result for result in results if result != "wrong"}
    winners = [number % 2 for number, result in enumerate(results) if result != "wrong"]
    assert len(salts) == 1
    assert len(winners) == 10
    assert len(set(winners)) == 1
    check = crypto.header((home / "notes" / keys.CHECK_NAME).read_bytes())
    assert salts == {check.salt.hex()}
    saved = list((home / "notes").glob("*.md.enc"))
    assert len(saved) == 10
    assert {crypto.salt_of(path.read_bytes()) for path in saved} == {check.salt}


def test_a_passphrase_file_with_a_byte_order_mark_is_the_same_passphrase(
    cli, home: Path, passphrase: Path, tmp_path: Path
) -> None:
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    prep(cli, tmp_path, "A.B.")
    passphrase.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")  # Notepad's way
    result = cli("notes", "list", "--json")
    assert result.exit_code == 0, result.output
    assert [row["citizen"] for row in json.loads(result.stdout)] == ["A.B."]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("which", ["passphrase", "local_resources"])
def test_a_setting_naming_dev_zero_is_one_line_not_a_hang(
    home: Path, answers_file: Path, which: str
) -> None:
    """Run as its own process: before the bound, it read /dev/zero until memory ran out."""
    from tests.helpers.terminal import command

    env = {**os.environ, "SAMTALE_HOME": str(home), "NO_COLOR": "1"}
    home.mkdir()
    if which == "passphrase":
        (home / "config.toml").write_text("encrypt = true\n", encoding="utf-8")
        env["SAMTALE_PASSPHRASE_FILE"] = "/dev/zero"
        args = ["prep", "--answers", str(answers_file)]
    else:
        (home / "config.toml").write_text('local_resources = "/dev/zero"\n', encoding="utf-8")
        args = ["resources"]
    program, argv = command(*args)
    done = subprocess.run(
        [program, *argv], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 2, done.stderr
    assert "/dev/zero" in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert "Traceback" not in done.stderr


def plant(home: Path, name: str, passphrase: str) -> Path:
    """A well-formed sealed note under another passphrase, newer than every other file."""
    path = home / "notes" / name
    key = crypto.Key(passphrase)
    path.write_bytes(crypto.seal(b"# planted\n", key, {"citizen": "X"}, "note:" + name[11:17]))
    later = max(p.stat().st_mtime for p in (home / "notes").iterdir()) + 60
    os.utime(path, (later, later))
    return path


def test_a_planted_file_does_not_lock_the_user_out_when_the_check_is_missing(
    cli, home: Path, passphrase: Path, tmp_path: Path
) -> None:
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    prep(cli, tmp_path, "A.B.")
    prep(cli, tmp_path, "C.D.")
    check = home / "notes" / keys.CHECK_NAME
    blob = check.read_bytes()
    store_salt = crypto.salt_of(blob)
    check.unlink()
    plant(home, "2026-12-01-aaaaaa.md.enc", "en anden persons frase")
    plant(home, "2026-12-02-bbbbbb.md.enc", "en anden persons frase")

    result = cli("notes", "list", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert sorted(row["citizen"] for row in rows if "unreadable" not in row) == ["A.B.", "C.D."]
    assert sorted(row["id"] for row in rows if "unreadable" in row) == ["aaaaaa", "bbbbbb"]
    assert crypto.salt_of(check.read_bytes()) == store_salt  # the store's, not the planted

    check.unlink()  # a file claiming the store's own salt, sealed under another passphrase
    mimic = crypto.Key("en anden persons frase", store_salt, crypto.header(blob).cost)
    planted = home / "notes" / "2026-12-03-cccccc.md.enc"
    planted.write_bytes(crypto.seal(b"# planted\n", mimic, {"citizen": "X"}, "note:cccccc"))
    later = planted.stat().st_mtime + 120
    os.utime(planted, (later, later))
    rows = json.loads(cli("notes", "list", "--json").stdout)
    assert sorted(row["citizen"] for row in rows if "unreadable" not in row) == ["A.B.", "C.D."]
    assert crypto.salt_of(check.read_bytes()) == store_salt


def test_a_new_store_uses_todays_scrypt_cost_and_older_stores_keep_theirs(
    home: Path, passphrase: Path
) -> None:
    assert crypto.COST.log_n >= 17
    assert crypto.COST.r >= 8
    key = keys.unlock(create=True)
    check = crypto.header(keys.check_path().read_bytes())
    assert check.cost == crypto.COST == key.cost
    old = crypto.Key(PASSPHRASE, cost=crypto.LEGACY_COST)
    sealed = crypto.seal(b"gammel", old)
    assert crypto.header(sealed).cost == crypto.LEGACY_COST
    assert crypto.unseal(sealed, key) == b"gammel"  # its own cost, from its header


def test_a_header_asking_for_an_absurd_cost_is_damaged_not_a_minutes_long_derivation(
    home: Path,
) -> None:
    key = crypto.Key(PASSPHRASE, cost=crypto.Cost(12, 8, 1))
    blob = bytearray(crypto.seal(b"x", key))
    blob[len(crypto.MAGIC) + crypto.SALT_BYTES] = 40  # N = 2^40
    before = crypto.derivations()
    with pytest.raises(crypto.DamagedFile):
        crypto.unseal(bytes(blob), key)
    assert crypto.derivations() == before


@pytest.mark.parametrize(
    ("phrase", "warned"),
    [
        ("12345678", True),
        ("aaaaaaaaaaaa", True),
        ("abcdefghijkl", True),
        ("qwertyuiop12", True),
        ("adgangskode2024!", True),
        ("hund-kat-9", True),
        ("korrekt hest batteri", False),
        ("Blå bil i regnvejr", False),
    ],
)
def test_a_weak_new_passphrase_is_warned_about_in_one_line(
    cli, home: Path, passphrase: Path, answers_file: Path, phrase: str, warned: bool
) -> None:
    passphrase.write_text(phrase + "\n", encoding="utf-8")
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "let at gætte" in line]
    assert len(warnings) == (1 if warned else 0)
    again = cli("prep", "--answers", str(answers_file))  # only when it is set, not each run
    assert "let at gætte" not in again.stderr
    assert len(notes.note_files()) == 2


def test_notes_encrypt_moves_an_older_store_to_todays_cost(
    cli, home: Path, passphrase: Path
) -> None:
    from tests.cli.test_note_identity import plant_v2_store

    note = plant_v2_store(home)
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    assert cli("notes", "show", "47fae5").exit_code == 0  # rewritten, at the store's cost
    assert crypto.header(note.read_bytes()).cost == crypto.LEGACY_COST

    result = cli("notes", "encrypt", "--yes")
    assert result.exit_code == 0, result.output
    check = crypto.header(keys.check_path().read_bytes())
    sealed = crypto.header(note.read_bytes())
    assert check.cost == sealed.cost == crypto.COST
    assert sealed.salt == check.salt
    assert sealed.revision == 2
    before = crypto.derivations()
    shown = cli("notes", "show", "47fae5", "--raw")
    assert shown.exit_code == 0, shown.output
    assert "hemmeligt" in shown.stdout
    assert crypto.derivations() - before == 1
    assert "Alt gemt er allerede krypteret" in cli("notes", "encrypt", "--yes").stdout
