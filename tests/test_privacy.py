"""Private files are atomic, private and never overwritten."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from samtale.errors import RefusedError
from samtale.prep import storage


def test_home_follows_samtale_home(home: Path) -> None:
    folders = storage.home()
    assert folders.notes == home / "notes"
    assert folders.drafts == home / "drafts"
    assert folders.config == home / "config.toml"


def test_home_defaults_to_user_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SAMTALE_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folders = storage.home()
    assert folders.notes == tmp_path / "data" / "samtale" / "notes"
    assert folders.config == tmp_path / "config" / "samtale" / "config.toml"


def test_write_new_is_0600_in_0700_and_never_replaces(home: Path) -> None:
    folder = home / "notes"
    first = storage.write_new(folder, "stem", ".md", b"one")
    second = storage.write_new(folder, "stem", ".md", b"two")
    assert first != second
    assert first.read_bytes() == b"one"
    assert second.read_bytes() == b"two"
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(first).st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.name, second.name])


def test_write_new_retries_on_a_taken_name(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = home / "notes"
    taken = storage.write_new(folder, "stem", ".md", b"old")
    suffix = taken.stem.rsplit("-", 1)[1]
    tokens = iter([suffix, "abcdef"])
    monkeypatch.setattr(storage.secrets, "token_hex", lambda _n: next(tokens))
    fresh = storage.write_new(folder, "stem", ".md", b"new")
    assert fresh.name == "stem-abcdef.md"
    assert taken.read_bytes() == b"old"


def test_failed_write_leaves_no_temp_file(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = home / "notes"

    def broken_link(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(storage.os, "link", broken_link)
    with pytest.raises(OSError, match="disk full"):
        storage.write_new(folder, "stem", ".md", b"secret")
    assert list(folder.iterdir()) == []


def test_umask_does_not_loosen_modes(home: Path) -> None:
    old = os.umask(0)
    try:
        path = storage.save_note("# x\n", "A.B.", date(2026, 1, 2))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.name.startswith("2026-01-02-a-b-")


def test_existing_loose_folder_is_tightened(home: Path) -> None:
    (home / "notes").mkdir(parents=True, mode=0o755)
    os.chmod(home / "notes", 0o755)
    storage.save_note("# x\n", "A.B.", date(2026, 1, 2))
    assert stat.S_IMODE(os.stat(home / "notes").st_mode) == 0o700


@pytest.mark.parametrize(
    "parts",
    [("Dropbox",), ("OneDrive - Kommune",), ("Library", "Mobile Documents"), ("Nextcloud",)],
)
def test_cloud_folders_are_refused(tmp_path: Path, parts: tuple[str, ...]) -> None:
    reason = storage.unsafe_reason(tmp_path.joinpath(*parts, "samtale"))
    assert reason is not None
    assert "skyen" in reason


def test_git_work_tree_is_refused(tmp_path: Path) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    folder = tmp_path / "repo" / "deep" / "notes"
    assert "git" in (storage.unsafe_reason(folder) or "")
    with pytest.raises(RefusedError):
        storage.private_dir(folder)
    assert not folder.exists()


def test_plain_folder_is_fine(tmp_path: Path) -> None:
    assert storage.unsafe_reason(tmp_path / "samtale") is None


def test_draft_round_trip_is_private(home: Path) -> None:
    path = storage.save_draft({"citizen": "A.B.", "signs": {"isolation": None}})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert storage.load_draft() == {"citizen": "A.B.", "signs": {"isolation": None}}
    storage.save_draft({"citizen": "C.D."})
    assert storage.load_draft() == {"citizen": "C.D."}
    storage.drop_draft()
    assert storage.load_draft() is None


def test_corrupt_draft_is_a_clear_error(home: Path) -> None:
    (home / "drafts").mkdir(parents=True)
    (home / "drafts" / storage.DRAFT_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(RefusedError, match=r"Kladden .* kan ikke læses"):
        storage.load_draft()
