"""Ordinary I/O failures through the CLI: one line naming the path, exit 74 (EX_IOERR).

The tests run as root, where ``chmod 0500`` stops no write. A read-only folder is
therefore simulated in-process: the os functions that change a folder (open for writing,
mkdir, link, rename, unlink) raise the kernel's own error for paths inside it, with the
path as the kernel names it. A full disk is ``os.write`` raising ENOSPC, which, like the
kernel, names no file. A folder named ``config.toml`` is real. The pty tests in
tests/pty/test_followup_terminal.py let a real kernel refuse a write (RLIMIT_FSIZE).
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_notes_after import followup_yaml, new_note

WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT


def read_only(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int = errno.EROFS) -> None:
    """Make every change inside `folder` fail with `code`, as a read-only mount does."""
    inside = str(folder.resolve())

    def within(path: Any) -> bool:
        if isinstance(path, int):
            return False
        full = os.path.abspath(os.fsdecode(path))
        return full == inside or full.startswith(inside + os.sep)

    def refuse(path: Any) -> None:
        raise OSError(code, os.strerror(code), os.fsdecode(path))

    def guard(name: str, check: Callable[..., list[Any]]) -> None:
        real = getattr(os, name)

        def fake(*args: Any, **kwargs: Any) -> Any:
            for path in check(*args, **kwargs):
                if within(path):
                    refuse(path)
            return real(*args, **kwargs)

        monkeypatch.setattr(os, name, fake)

    guard("open", lambda path, flags, *a, **k: [path] if flags & WRITES else [])
    guard("mkdir", lambda path, *a, **k: [path])
    guard("unlink", lambda path, *a, **k: [path])
    guard("link", lambda src, dst, *a, **k: [dst])
    guard("replace", lambda src, dst, *a, **k: [dst])
    guard("rename", lambda src, dst, *a, **k: [dst])


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write to a file fails with ENOSPC; the terminal's streams still work."""
    real = os.write

    def write(fd: int, data: Any) -> int:
        if fd > 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(os, "write", write)


def one_line_naming(result: Any, path: Path, reason: str = "") -> None:
    assert result.exit_code == 74, result.output
    assert "Uventet" not in result.output
    assert "Traceback" not in result.output
    message = result.stderr.strip().splitlines()[-1]  # after a reminder `delete` gives first
    assert str(path) in message, result.stderr
    assert reason in message, result.stderr


def test_config_set_with_a_folder_named_config_toml(cli, home: Path) -> None:
    (home / "config.toml").mkdir(parents=True)
    result = cli("config", "set", "role", "bostøtte")
    one_line_naming(result, home / "config.toml", "mappe")
    assert (home / "config.toml").is_dir()


def test_any_command_with_a_folder_named_config_toml(cli, home: Path) -> None:
    (home / "config.toml").mkdir(parents=True)
    one_line_naming(cli("notes", "list"), home / "config.toml", "mappe")


def test_export_into_a_read_only_folder(cli, home, answers_file, tmp_path, monkeypatch) -> None:
    note_id = new_note(cli, answers_file)
    folder = tmp_path / "ud"
    folder.mkdir()
    read_only(monkeypatch, folder)
    result = cli("notes", "export", note_id, "--output", str(folder / "note.html"))
    one_line_naming(result, folder, "skrivebeskyttet")
    assert list(folder.iterdir()) == []


def test_handout_into_a_read_only_folder(cli, home, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "ud"
    folder.mkdir()
    read_only(monkeypatch, folder, errno.EACCES)
    result = cli("handout", "--output", str(folder / "handout.html"))
    one_line_naming(result, folder, "adgang")


def test_export_onto_a_full_disk_names_the_file(cli, home, answers_file, tmp_path, monkeypatch):
    note_id = new_note(cli, answers_file)
    target = tmp_path / "note.md"
    disk_full(monkeypatch)
    result = cli("notes", "export", note_id, "--format", "md", "--output", str(target))
    one_line_naming(result, target, "ikke plads")
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".samtale")] == []


def test_delete_in_a_read_only_folder(cli, home, answers_file, monkeypatch) -> None:
    note_id = new_note(cli, answers_file)
    read_only(monkeypatch, home / "notes")
    result = cli("notes", "delete", note_id, "--yes")
    one_line_naming(result, home / "notes", "skrivebeskyttet")
    assert len(list((home / "notes").glob("*.md"))) == 1


def test_purge_in_a_read_only_folder(cli, home, answers_file, monkeypatch) -> None:
    new_note(cli, answers_file)
    read_only(monkeypatch, home / "notes")
    result = cli("notes", "purge", "--older-than", "0", "--yes")
    one_line_naming(result, home / "notes", "skrivebeskyttet")


def test_first_encrypted_prep_with_notes_read_only(
    cli, home, answers_file, passphrase, monkeypatch
) -> None:
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    (home / "notes").mkdir(mode=0o700)
    read_only(monkeypatch, home / "notes")
    result = cli("prep", "--answers", str(answers_file))
    one_line_naming(result, home / "notes", "skrivebeskyttet")


def test_followup_from_a_file_into_a_read_only_folder_keeps_the_file(
    cli, home, answers_file, tmp_path, monkeypatch
) -> None:
    note_id = new_note(cli, answers_file)
    before = next((home / "notes").glob("*.md")).read_text(encoding="utf-8")
    path = tmp_path / "followup.yaml"
    path.write_text(followup_yaml(None), encoding="utf-8")
    read_only(monkeypatch, home / "notes")
    result = cli("notes", "followup", note_id, "--answers", str(path))
    one_line_naming(result, home / "notes", "skrivebeskyttet")
    assert str(path) in result.stderr  # where the answers still are
    assert next((home / "notes").glob("*.md")).read_text(encoding="utf-8") == before


def test_followup_from_a_file_onto_a_full_disk(cli, home, answers_file, tmp_path, monkeypatch):
    note_id = new_note(cli, answers_file)
    path = tmp_path / "followup.yaml"
    path.write_text(followup_yaml(None), encoding="utf-8")
    disk_full(monkeypatch)
    result = cli("notes", "followup", note_id, "--answers", str(path))
    one_line_naming(result, home / "notes", "ikke plads")
    rows = json.loads(cli("notes", "list", "--json").stdout)
    assert [row["id"] for row in rows] == [note_id]
