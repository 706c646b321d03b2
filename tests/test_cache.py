"""The validated-data cache: used when valid, rebuilt after any edit, never trusted blindly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from samtale.guide import cache
from samtale.guide.load import load_guide


@pytest.fixture
def data(shipped_data: Path, tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(shipped_data / "dk", root / "dk")
    return root


def test_second_load_comes_from_the_cache(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_guide("dk", data)
    assert cache.cache_file(data / "dk", "dk").exists()

    def no_validation(*_args: object) -> None:
        raise AssertionError("validated again despite a valid cache")

    monkeypatch.setattr("samtale.guide.validate.validate_folder", no_validation)
    second = load_guide("dk", data)
    assert [p.id for p in second.phrases] == [p.id for p in first.phrases]


def test_an_edit_invalidates_the_cache(data: Path) -> None:
    first = load_guide("dk", data).phrases[0].text
    path = data / "dk" / "phrases.yaml"
    text = path.read_text(encoding="utf-8")
    assert first[:30] in text
    path.write_text(text.replace(first[:30], "ÆNDRET AF TESTEN " + first[:30], 1), encoding="utf-8")
    assert load_guide("dk", data).phrases[0].text.startswith("ÆNDRET AF TESTEN")


def test_an_edit_that_breaks_the_data_is_reported_not_hidden(data: Path) -> None:
    from samtale.errors import DataError

    load_guide("dk", data)
    path = data / "dk" / "resources.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("coverage: [fyn]", "coverage: [x]"))
    with pytest.raises(DataError, match="coverage"):
        load_guide("dk", data)


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05N."])
def test_unreadable_cache_is_ignored_and_rebuilt(data: Path, content: bytes) -> None:
    target = cache.cache_file(data / "dk", "dk")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    guide = load_guide("dk", data)
    assert guide.phrases
    entry = cache.read(target)
    assert entry is not None
    assert entry.key == cache.fingerprint(data / "dk")


def test_touching_a_file_costs_a_hash_not_a_rebuild(data: Path, monkeypatch) -> None:
    import os

    load_guide("dk", data)
    path = data / "dk" / "signs.yaml"
    os.utime(path, ns=(1, 1))

    def no_validation(*_args: object) -> None:
        raise AssertionError("rebuilt although the content did not change")

    monkeypatch.setattr("samtale.guide.validate.validate_folder", no_validation)
    assert load_guide("dk", data).signs
    entry = cache.read(cache.cache_file(data / "dk", "dk"))
    assert entry is not None
    assert entry.signature == cache.signature(data / "dk")
