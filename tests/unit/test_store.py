"""The store's files: atomic, private, never overwritten, never in a synced folder."""

from __future__ import annotations

import errno
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from samtale.errors import RefusedError
from samtale.paths import home as folders_of
from samtale.store import crypto, drafts, files, notes, places


def names(*parts: str):
    values = iter(parts)
    return lambda: next(values)


def test_home_follows_samtale_home(home: Path) -> None:
    folders = folders_of()
    assert folders.notes == home / "notes"
    assert folders.drafts == home / "drafts"
    assert folders.practice == home / "practice"
    assert folders.config == home / "config.toml"


def test_home_defaults_to_user_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SAMTALE_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folders = folders_of()
    assert folders.notes == tmp_path / "data" / "samtale" / "notes"
    assert folders.config == tmp_path / "config" / "samtale" / "config.toml"


def test_write_new_is_0600_in_0700_and_never_replaces(home: Path) -> None:
    folder = home / "notes"
    first = files.write_new(folder, names("a.md"), b"one")
    second = files.write_new(folder, names("a.md", "b.md"), b"two")
    assert (first.name, second.name) == ("a.md", "b.md")
    assert first.read_bytes() == b"one"
    assert second.read_bytes() == b"two"
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(first).st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["a.md", "b.md"]


def test_failed_write_leaves_no_temp_file(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = home / "notes"

    def broken_link(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "disk full")

    monkeypatch.setattr(files.os, "link", broken_link)
    with pytest.raises(OSError, match="disk full"):
        files.write_new(folder, names("a.md"), b"secret")
    assert list(folder.iterdir()) == []


def test_without_hard_links_a_save_still_never_overwrites(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system without hard links (FAT, some network mounts) answers link() EPERM."""
    folder = home / "notes"
    files.private_dir(folder)
    (folder / "a.md").write_bytes(b"old")

    def no_links(*_args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(files.os, "link", no_links)
    path = files.write_new(folder, names("a.md", "b.md"), b"new")
    assert path.name == "b.md"
    assert path.read_bytes() == b"new"
    assert (folder / "a.md").read_bytes() == b"old"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["a.md", "b.md"]


def test_umask_000_does_not_loosen_modes(home: Path) -> None:
    old = os.umask(0)
    try:
        path = notes.save_note("# x\n", "A.B.", date(2026, 1, 2))
        draft = drafts.save_draft(drafts.new_draft_id(), {"citizen": "A.B."})
    finally:
        os.umask(old)
    for file in (path, draft):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    for folder in (home, home / "notes", home / "drafts"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert path.name.startswith("2026-01-02-a-b-")


def test_umask_000_parents_of_the_data_folder_are_0700(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SAMTALE_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new" / "data"))
    old = os.umask(0)
    try:
        notes.save_note("# x\n", "A.B.", date(2026, 1, 2))
    finally:
        os.umask(old)
    for folder in ("new", "new/data", "new/data/samtale", "new/data/samtale/notes"):
        assert stat.S_IMODE((tmp_path / folder).stat().st_mode) == 0o700, folder


def test_existing_loose_folder_is_tightened(home: Path) -> None:
    (home / "notes").mkdir(parents=True, mode=0o755)
    os.chmod(home / "notes", 0o755)
    notes.save_note("# x\n", "A.B.", date(2026, 1, 2))
    assert stat.S_IMODE(os.stat(home / "notes").st_mode) == 0o700


@pytest.mark.parametrize(
    "parts",
    [
        ("Dropbox",),
        ("Dropbox (Kommune)",),
        ("OneDrive - Kommune",),
        ("Library", "Mobile Documents", "com~apple~CloudDocs"),
        ("Library", "CloudStorage", "GoogleDrive-x@example.org"),
        ("Google Drive",),
        ("iCloudDrive",),
        ("Nextcloud",),
        ("ownCloud",),
        ("pCloud Drive",),
        ("MEGA",),
        ("MEGAsync",),
        ("Seafile",),
        ("SeaDrive",),
        ("SynologyDrive",),
        ("Syncthing",),
    ],
)
def test_cloud_folders_are_refused(tmp_path: Path, parts: tuple[str, ...]) -> None:
    reason = places.unsafe_reason(tmp_path.joinpath(*parts, "samtale"))
    assert reason is not None
    assert "skyen" in reason


@pytest.mark.parametrize(
    "marker",
    [
        ".stfolder",
        ".dropbox",
        ".owncloudsync.log",
        ".sync_0a1b2c3d.db",
        ".SynologyWorkingDirectory",
    ],
)
def test_sync_marker_files_are_refused(tmp_path: Path, marker: str) -> None:
    root = tmp_path / "shared"
    root.mkdir()
    (root / marker).touch()
    reason = places.unsafe_reason(root / "deep" / "samtale")
    assert reason is not None
    assert marker in reason


def test_names_that_only_look_alike_pass(tmp_path: Path) -> None:
    assert places.unsafe_reason(tmp_path / "Megan" / "samtale") is None
    assert places.unsafe_reason(tmp_path / "samtale") is None


def test_git_work_tree_is_refused(tmp_path: Path) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    folder = tmp_path / "repo" / "deep" / "notes"
    assert "git" in (places.unsafe_reason(folder) or "")
    with pytest.raises(RefusedError):
        files.private_dir(folder)
    assert not folder.exists()


def test_draft_round_trip_is_private(home: Path) -> None:
    first = drafts.new_draft_id()
    path = drafts.save_draft(first, {"citizen": "A.B.", "signs": {"isolation": None}})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "A.B" not in path.name
    assert drafts.load_draft(first) == {"citizen": "A.B.", "signs": {"isolation": None}}
    second = drafts.new_draft_id()
    drafts.save_draft(second, {"citizen": "C.D."})
    os.utime(path, (1, 1))
    assert [d.id for d in drafts.list_drafts()] == [second, first]
    assert drafts.latest_draft().answers == {"citizen": "C.D."}
    drafts.save_draft(first, {"citizen": "A.B.", "role": "x"})
    assert drafts.load_draft(first)["role"] == "x"
    assert len(drafts.list_drafts()) == 2
    drafts.delete_draft(first)
    drafts.delete_draft(second)
    assert drafts.list_drafts() == []
    assert drafts.latest_draft() is None


def test_the_single_draft_of_older_versions_is_found(home: Path) -> None:
    (home / "drafts").mkdir(parents=True)
    (home / "drafts" / "prep-draft.json").write_text('{"citizen": "A.B."}', encoding="utf-8")
    (only,) = drafts.list_drafts()
    assert only.id == drafts.LEGACY_ID
    assert drafts.load_draft(only.id) == {"citizen": "A.B."}
    drafts.delete_draft(only.id)
    assert not (home / "drafts" / "prep-draft.json").exists()


def test_corrupt_draft_is_a_clear_error_and_listed_with_its_reason(home: Path) -> None:
    draft_id = drafts.new_draft_id()
    path = drafts.save_draft(draft_id, {"citizen": "A.B."})
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RefusedError, match=r"Kladden .* kan ikke læses"):
        drafts.load_draft(draft_id)
    (listed,) = drafts.list_drafts()
    assert listed.problem is not None
    assert listed.answers == {}


KILLED_WRITE = """
import os, signal, sys
from datetime import date
from samtale.store import crypto, files, notes

def killed(temp, target):
    os.kill(os.getpid(), signal.SIGKILL)

files._place = killed
key = crypto.Key(sys.argv[1]) if len(sys.argv) > 1 else None
notes.save_note("# K.M.\\nhemmeligt\\n", "K.M.", date(2026, 1, 1), key)
"""


def killed_write(home: Path, *args: str) -> Path:
    """Run a note save in another process and kill -9 it between write and rename."""
    import subprocess
    import sys

    env = {**os.environ, "SAMTALE_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", KILLED_WRITE, *args], env=env, check=False)
    assert done.returncode == -9
    (temp,) = (home / "notes").glob(".samtale-tmp-*.part")
    return temp


def test_a_temp_file_left_by_a_killed_write_is_removed_at_the_next_listing(cli, home: Path) -> None:
    temp = killed_write(home)
    assert b"hemmeligt" in temp.read_bytes()
    assert stat.S_IMODE(temp.stat().st_mode) == 0o600
    result = cli("notes", "list", "--json")
    assert result.exit_code == 0
    assert not temp.exists()


def test_the_next_start_of_any_command_removes_what_a_killed_write_left(home: Path) -> None:
    """`samtale signs` touches no note, but the start clears the store of leftovers; a
    temporary file a running write still holds stays."""
    import fcntl
    import subprocess

    from tests.helpers.terminal import command

    temp = killed_write(home)
    draft_temp = files.private_dir(home / "drafts") / f"{files.TEMP_PREFIX}x{files.TEMP_SUFFIX}"
    draft_temp.write_bytes(b"K.M.")
    busy = home / "notes" / f"{files.TEMP_PREFIX}busy{files.TEMP_SUFFIX}"
    program, argv = command("signs", "--json")
    env = {**os.environ, "SAMTALE_HOME": str(home)}
    with busy.open("wb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        done = subprocess.run([program, *argv], env=env, capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
        assert busy.exists()
    assert not temp.exists()
    assert not draft_temp.exists()


def test_purge_removes_a_temp_file_left_by_a_killed_write(cli, home: Path) -> None:
    temp = killed_write(home)
    older = home / "notes" / ".tmp-abc123.part"  # the name of versions before the store
    older.write_bytes(b"K.M.")
    result = cli("notes", "purge", "--yes")
    assert result.exit_code == 0, result.output
    assert not temp.exists()
    assert not older.exists()


def test_under_encryption_a_killed_write_leaves_only_ciphertext(home: Path) -> None:
    temp = killed_write(home, "korrekt hest batteri")
    data = temp.read_bytes()
    assert data.startswith(crypto.MAGIC)
    assert b"K.M." not in data
    assert b"hemmeligt" not in data


def test_a_temp_file_held_by_a_running_write_is_left_alone(home: Path) -> None:
    import fcntl

    folder = files.private_dir(home / "notes")
    busy = folder / f"{files.TEMP_PREFIX}busy{files.TEMP_SUFFIX}"
    with busy.open("wb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        assert files.sweep(folder) == []
        assert busy.exists()
    assert files.sweep(folder) == [busy]


def test_a_notes_folder_symlinked_into_dropbox_is_refused(
    cli, home: Path, answers_file: Path, tmp_path: Path
) -> None:
    synced = tmp_path / "Dropbox" / "private"
    synced.mkdir(parents=True)
    home.mkdir()
    (home / "notes").symlink_to(synced, target_is_directory=True)
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 1
    assert "Dropbox" in result.stderr
    assert list(synced.iterdir()) == []


def test_a_folder_symlinked_into_a_folder_with_a_sync_marker_is_refused(
    cli, home: Path, answers_file: Path, tmp_path: Path
) -> None:
    synced = tmp_path / "shared"
    (synced / "notes").mkdir(parents=True)
    (synced / ".stfolder").mkdir()
    home.mkdir()
    (home / "notes").symlink_to(synced / "notes", target_is_directory=True)
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 1
    assert ".stfolder" in result.stderr
    assert list((synced / "notes").iterdir()) == []


def test_a_data_folder_stowed_into_a_git_work_tree_is_refused(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers_file: Path
) -> None:
    """GNU stow links ~/.local/share/samtale into a dotfiles repository."""
    dotfiles = tmp_path / "dotfiles"
    (dotfiles / ".git").mkdir(parents=True)
    (dotfiles / "samtale" / "share" / "samtale").mkdir(parents=True)
    data = tmp_path / "user" / ".local" / "share"
    data.mkdir(parents=True)
    (data / "samtale").symlink_to(dotfiles / "samtale" / "share" / "samtale")
    monkeypatch.delenv("SAMTALE_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user" / ".config"))
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 1
    assert "git" in result.stderr
    assert not (dotfiles / "samtale" / "share" / "samtale" / "notes").exists()


def test_the_next_save_removes_a_temp_file_left_by_a_killed_write(home: Path) -> None:
    temp = killed_write(home)
    notes.save_note("# x\n", "A.B.", date(2026, 1, 2))
    assert not temp.exists()


def test_without_file_locks_a_save_works_and_only_old_temps_are_swept(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network mounts answer flock() ENOLCK: saving must not depend on it."""

    def no_locks(*_args: object) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(files.fcntl, "flock", no_locks)
    path = notes.save_note("# x\n", "A.B.", date(2026, 1, 2))
    assert path.read_bytes() == b"# x\n"
    folder = home / "notes"
    fresh = folder / f"{files.TEMP_PREFIX}fresh{files.TEMP_SUFFIX}"
    old = folder / f"{files.TEMP_PREFIX}old{files.TEMP_SUFFIX}"
    fresh.write_bytes(b"x")
    old.write_bytes(b"x")
    long_ago = old.stat().st_mtime - files.UNLOCKED_STALE_AFTER - 1
    os.utime(old, (long_ago, long_ago))
    assert files.sweep(folder) == [old]
    assert fresh.exists()


def test_an_unknown_or_malformed_draft_id_is_bad_input(home: Path) -> None:
    from samtale.errors import UsageError

    with pytest.raises(UsageError):
        drafts.load_draft("0badc0de")
    with pytest.raises(UsageError):
        drafts.save_draft("../notes/x", {"citizen": "A.B."})
    assert not (home / "notes").exists()
