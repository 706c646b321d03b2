"""The config file: a broken one is one line and exit 2, `config set` repairs it, writes
are atomic and serialised."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from samtale import config
from samtale.store import files


@pytest.fixture
def latin1_config(home: Path) -> Path:
    home.mkdir(parents=True)
    path = home / "config.toml"
    path.write_bytes('country = "dk"\n# sprog: dansk \xe6\xf8\xe5\n'.encode("latin-1"))
    return path


@pytest.mark.parametrize(
    "args",
    [("phrases",), ("signs",), ("config", "show"), ("notes", "list"), ("resources",)],
)
def test_a_latin1_config_is_one_line_naming_the_file(cli, latin1_config, args) -> None:
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert str(latin1_config) in result.stderr
    assert "UTF-8" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "broken",
    [
        b'country = "dk"\n\xe6\xf8\xe5\n',
        b"retention_days = [",
        b"retention_days = -1\ncolour = 1\n",
    ],
)
def test_config_set_repairs_a_broken_config(cli, home: Path, broken: bytes) -> None:
    home.mkdir(parents=True)
    (home / "config.toml").write_bytes(broken)
    result = cli("config", "set", "retention_days", "14")
    assert result.exit_code == 0, result.output
    assert "skrives forfra" in result.stderr
    shown = cli("config", "show")
    assert shown.exit_code == 0, shown.output
    assert "retention_days = 14" in shown.stdout
    assert cli("phrases").exit_code == 0


def test_config_set_keeps_the_valid_settings_of_a_broken_file(cli, home: Path) -> None:
    home.mkdir(parents=True)
    (home / "config.toml").write_text('country = "se"\ncolour = "red"\n', encoding="utf-8")
    assert cli("config", "set", "retention_days", "9").exit_code == 0
    assert config.load(home / "config.toml") == config.Config(retention_days=9, country="se")


def test_config_set_waits_for_another_writer_and_loses_nothing(cli, home: Path) -> None:
    """Two `config set` at once: the second reads only after the first has written."""
    path = home / "config.toml"
    with files.locked(path.with_name(path.name + ".lock")):
        other = subprocess.Popen(
            [sys.executable, "-m", "samtale", "config", "set", "retention_days", "7"],
            env={**os.environ, "SAMTALE_HOME": str(home)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        # While the lock is held, this process plays the first writer.
        files.replace(path, b'country = "se"\n', check_place=False)
    _, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    assert config.load(path) == config.Config(retention_days=7, country="se")
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_pseudonym_of_spaces_is_refused(cli, home: Path, tmp_path: Path) -> None:
    from tests.helpers import ANSWERS_YAML

    answers = tmp_path / "spaces.yaml"
    answers.write_text(ANSWERS_YAML.replace('"K.M."', '"   "'), encoding="utf-8")
    result = cli("prep", "--answers", str(answers), "--stdout")
    assert result.exit_code == 2
    assert "citizen" in result.stderr
    assert not (home / "notes").exists()


def test_config_set_keeps_the_settings_of_a_latin1_file(cli, latin1_config: Path) -> None:
    latin1_config.write_bytes('country = "se"\n# sprog: svensk \xe5\xe4\xf6\n'.encode("latin-1"))
    assert cli("config", "set", "retention_days", "5").exit_code == 0
    assert config.load(latin1_config) == config.Config(retention_days=5, country="se")
