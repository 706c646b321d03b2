"""Issue 26: the guide cache is written by the store (`samtale.store.cache`): whole or not
at all, 0600, in a private folder; a write that fails is not an error and leaves the old
file as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from samtale.store import cache


def test_a_cache_file_is_written_whole_and_private(tmp_path: Path) -> None:
    folder = cache.private_folder(tmp_path / "cache" / "samtale")
    assert folder is not None
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    path = folder / "guide-dk-0.json"
    (folder / "guide-dk-0.pickle").write_bytes(b"old")

    cache.write(path, b"first")

    assert path.read_bytes() == b"first"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["guide-dk-0.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = cache.private_folder(tmp_path / "samtale")
    assert folder is not None
    path = folder / "guide-dk-0.json"
    cache.write(path, b"first")

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    cache.write(path, b"second")  # not an error

    assert path.read_bytes() == b"first"
    assert sorted(p.name for p in folder.iterdir()) == ["guide-dk-0.json"]


def test_a_folder_others_may_write_to_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    assert cache.private_folder(shared) is None
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "own", target_is_directory=True)
    (tmp_path / "own").mkdir(mode=0o700)
    assert cache.private_folder(link) is None
