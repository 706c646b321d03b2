"""Shared fixtures: the shipped guide, a private SAMTALE_HOME, a CLI runner, a passphrase.

Only fixtures live here; what they are built from is in tests/helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from samtale.guide.load import data_root, load_guide
from samtale.guide.models import Guide
from samtale.guide.select import Lookups, lookups
from samtale.store import places
from tests.helpers import ANSWERS_YAML, cli_runner, write_passphrase

__all__ = ["ANSWERS_YAML"]  # still importable from here for tests written before helpers


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep the validated-data cache out of the real user cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture(autouse=True)
def _danish_by_default():
    """Every test starts, and leaves the process, in Danish (the CLI may switch language)."""
    from samtale.messages import use_country

    use_country("dk")
    yield
    use_country("dk")


@pytest.fixture(scope="session")
def guide() -> Guide:
    return load_guide("dk")


@pytest.fixture(scope="session")
def se_guide() -> Guide:
    return load_guide("se")


@pytest.fixture(scope="session")
def look(guide: Guide) -> Lookups:
    return lookups(guide)


@pytest.fixture(scope="session")
def shipped_data() -> Path:
    return data_root()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh SAMTALE_HOME outside any git work tree."""
    folder = tmp_path / "home"
    monkeypatch.setenv("SAMTALE_HOME", str(folder))
    return folder


@pytest.fixture
def private_home(home: Path) -> Path:
    """`home`, or a skip when the temporary folder lies where notes may not be kept."""
    reason = places.unsafe_reason(home)
    if reason:
        pytest.skip(f"the temporary folder cannot hold notes: {reason}")
    return home


@pytest.fixture
def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(ANSWERS_YAML, encoding="utf-8")
    return path


@pytest.fixture
def passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A passphrase file, named the way scripts name it (never an argument)."""
    path = write_passphrase(tmp_path)
    monkeypatch.setenv("SAMTALE_PASSPHRASE_FILE", str(path))
    return path


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run `samtale ARGS` in-process without colour, 80 columns wide unless told."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("SAMTALE_COUNTRY", raising=False)
    return cli_runner()


@pytest.fixture
def encrypted(cli: Callable[..., Result], home: Path, passphrase: Path) -> Path:
    """`home` with encryption at rest turned on, with the `passphrase` file."""
    assert cli("config", "set", "encrypt", "true").exit_code == 0
    return home
