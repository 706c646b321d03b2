"""Shared fixtures: the shipped guide, a private SAMTALE_HOME, and a CLI runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from samtale.cli import app
from samtale.guide.load import data_root, load_guide
from samtale.guide.models import Guide
from samtale.guide.select import Lookups, lookups
from samtale.store import places

ANSWERS_YAML = """\
role: bostøttemedarbejder          # free text
citizen: "K.M."                    # pseudonym or initials, required
age_group: 18_29                   # under_18 | 18_29 | 30_plus | unknown
gender: woman                      # woman | man | trans | nonbinary | unknown
region: Odense                     # anything `resources --region` accepts
signs:                             # sign or consequence id -> what was observed
  lonely_busy_phone: "Siger hun er alene, men telefonen summer hele mødet"
  unexplained_substance_funding: ""
contexts: [substance_use, homelessness]
other_explanations: "Kan også være en ny kæreste"
topics: [opening, concrete, safety, motives, help, closing]   # optional, default all six
"""


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
    path = tmp_path / "passphrase"
    path.write_text("korrekt hest batteri\n", encoding="utf-8")
    monkeypatch.setenv("SAMTALE_PASSPHRASE_FILE", str(path))
    return path


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run `samtale ARGS` in-process without colour, 80 columns wide unless told."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("SAMTALE_COUNTRY", raising=False)
    runner = CliRunner()

    def run(*args: str, input: str | None = None, width: int = 80) -> Result:
        return runner.invoke(app, list(args), input=input, env={"COLUMNS": str(width)})

    return run
