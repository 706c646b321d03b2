"""Where private files may not go, the cases the first check missed: a bind-mounted
Dropbox subfolder, a Dropbox team folder, Insync, a Mercurial work tree; and a
config.toml another user owns."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from samtale.store import places


def mountinfo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    """A /proc/self/mountinfo that shows `lines` after the root file system."""
    path = tmp_path / "mountinfo"
    root = "25 1 254:0 / / rw,relatime - ext4 /dev/vda rw"
    path.write_text("\n".join([root, *lines]) + "\n", encoding="utf-8")
    monkeypatch.setattr(places, "MOUNTINFO", path)


def test_a_bind_mounted_dropbox_subfolder_is_refused_by_its_names(tmp_path, monkeypatch):
    mounted = tmp_path / "data"
    mounted.mkdir()
    mountinfo(
        tmp_path,
        monkeypatch,
        f"40 25 254:1 /home/anna/Dropbox/samtale {mounted} rw - ext4 /dev/vdb rw",
    )
    reason = places.unsafe_reason(mounted / "notes")
    assert reason is not None
    assert "Dropbox" in reason


def test_a_bind_mount_under_a_sync_marker_is_refused(tmp_path, monkeypatch) -> None:
    """The folder's own names say nothing; the marker lies above the mounted folder."""
    disk, mounted = tmp_path / "disk", tmp_path / "data"
    (disk / "shared" / "sub").mkdir(parents=True)
    (disk / "shared" / ".dropbox").touch()
    mounted.mkdir()
    mountinfo(
        tmp_path,
        monkeypatch,
        f"40 25 254:1 / {disk} rw - ext4 /dev/vdb rw",
        f"41 25 254:1 /shared/sub {mounted} rw - ext4 /dev/vdb rw",
    )
    reason = places.unsafe_reason(mounted / "notes")
    assert reason is not None
    assert ".dropbox" in reason


def test_mount_points_with_spaces_are_read(tmp_path, monkeypatch) -> None:
    mounted = tmp_path / "my data"
    mounted.mkdir()
    escaped = str(mounted).replace(" ", "\\040")
    mountinfo(
        tmp_path,
        monkeypatch,
        f"40 25 254:1 /home/anna/Firma\\040Dropbox/x {escaped} rw - ext4 /dev/vdb rw",
    )
    assert "Firma Dropbox" in (places.unsafe_reason(mounted) or "")


def test_an_ordinary_mount_passes(tmp_path, monkeypatch) -> None:
    mounted = tmp_path / "data"
    mounted.mkdir()
    mountinfo(tmp_path, monkeypatch, f"40 25 254:1 / {mounted} rw - ext4 /dev/vdb rw")
    assert places.unsafe_reason(mounted / "notes") is None


def _bind(source: Path, target: Path) -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    done = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True)
    return done.returncode == 0


def test_a_real_bind_mount_of_a_dropbox_subfolder_is_refused(cli, home, tmp_path, answers_file):
    """With a real mount where the machine allows one (root, Linux); skipped elsewhere."""
    source = tmp_path / "Dropbox" / "samtale"
    source.mkdir(parents=True)
    (home / "notes").mkdir(parents=True)
    if not _bind(source, home / "notes"):
        pytest.skip("no bind mount here (needs root and mount)")
    try:
        result = cli("prep", "--answers", str(answers_file))
    finally:
        subprocess.run(["umount", str(home / "notes")], check=True)
    assert result.exit_code == 1, result.output
    assert "Dropbox" in result.stderr
    assert list(source.iterdir()) == []


@pytest.mark.parametrize(
    "name", ["Firma Dropbox", "Kommunen Dropbox", "Dropbox (Firma)", "Insync", "insync"]
)
def test_team_dropbox_and_insync_folders_are_refused(tmp_path: Path, name: str) -> None:
    reason = places.unsafe_reason(tmp_path / name / "samtale")
    assert reason is not None
    assert name in reason


def test_names_that_only_contain_dropbox_pass(tmp_path: Path) -> None:
    assert places.unsafe_reason(tmp_path / "gammel dropbox kopi" / "x") is None
    assert places.unsafe_reason(tmp_path / "Minsync" / "x") is None


def test_the_insync_marker_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "drev"
    (root / ".insync-trash").mkdir(parents=True)
    assert ".insync-trash" in (places.unsafe_reason(root / "a" / "samtale") or "")


@pytest.mark.parametrize(("marker", "tool"), [(".hg", "Mercurial"), (".svn", "Subversion")])
def test_other_work_trees_are_refused(cli, tmp_path, monkeypatch, answers_file, marker, tool):
    repo = tmp_path / "repo"
    (repo / marker).mkdir(parents=True)
    monkeypatch.setenv("SAMTALE_HOME", str(repo / "samtale"))
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 1
    assert tool in result.stderr
    assert str(repo) in result.stderr
    assert not (repo / "samtale" / "notes").exists()


OTHER_UID = 54321  # no account: only the number matters


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
@pytest.mark.parametrize("args", [("signs",), ("config", "show"), ("config", "set", "role", "x")])
def test_a_config_owned_by_another_user_is_refused(cli, home: Path, args) -> None:
    home.mkdir()
    config = home / "config.toml"
    config.write_text("encrypt = false\n", encoding="utf-8")
    os.chown(config, OTHER_UID, -1)
    result = cli(*args)
    assert result.exit_code == 1, result.output
    [line] = result.stderr.strip().splitlines()
    assert str(config) in line
    assert str(OTHER_UID) in line
    assert config.read_text(encoding="utf-8") == "encrypt = false\n"
    assert config.stat().st_uid == OTHER_UID


def test_a_config_of_your_own_is_read(cli, home: Path) -> None:
    home.mkdir()
    (home / "config.toml").write_text('role = "bostøtte"\n', encoding="utf-8")
    result = cli("config", "show")
    assert result.exit_code == 0, result.output
    assert "role = bostøtte" in result.stdout


def test_a_config_root_owns_is_read_by_another_user(home: Path, monkeypatch) -> None:
    """An administrator's settings: as a user whose uid is not the file's (root's)."""
    from samtale import config

    home.mkdir()
    (home / "config.toml").write_text("retention_days = 14\n", encoding="utf-8")
    if (home / "config.toml").stat().st_uid != 0:
        pytest.skip("the file is not root's here")
    monkeypatch.setattr(os, "geteuid", lambda: OTHER_UID)
    assert config.load(home / "config.toml").retention_days == 14
