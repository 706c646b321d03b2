"""The validated-data cache: used when valid, rebuilt after any edit, never trusted blindly.

It cannot run code (a planted pickle is never loaded), is only used in a folder the user
owns and only the user can write, and a corrupt, truncated or altered file is rebuilt.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import stat
import zlib
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from msgspec import to_builtins as to_plain

from samtale.guide import cache
from samtale.guide.choices import Choices
from samtale.guide.load import load_guide, load_prepared
from samtale.guide.models import Guide
from samtale.guide.places import Place
from samtale.guide.select import Lookups, lookups
from samtale.guide.validate import validate_folder

PHONE = "70 20 25 50"  # the hotline of Center mod Menneskehandel in resources.yaml
ALTERED = "99 99 99 99"  # the same length, so the file's part table still fits


@pytest.fixture
def data(shipped_data: Path, tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(shipped_data / "dk", root / "dk")
    return root


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own (`platformdirs` puts ``samtale`` under it)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "samtale"


def target(data: Path) -> Path:
    path = cache.cache_file(data / "dk", "dk")
    assert path is not None
    return path


def phones(guide: Guide) -> set[str]:
    return {p.value for r in guide.resources for p in r.contact if p.kind.value == "phone"}


def rewrite(path: Path, old: str, new: str, *, fix_checksum: bool) -> None:
    """Edit a cache file's body in place, with or without recomputing its checksum."""
    header_line, _, body = path.read_bytes().partition(b"\n")
    assert old.encode() in body
    body = body.replace(old.encode(), new.encode())
    header = json.loads(header_line)
    if fix_checksum:
        for parts in header["parts"].values():
            for span in parts.values():
                span[2] = zlib.crc32(body[span[0] : span[0] + span[1]])
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)


def test_second_load_comes_from_the_cache(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_guide("dk", data)
    assert target(data).exists()

    def no_validation(*_args: object) -> None:
        raise AssertionError("validated again despite a valid cache")

    monkeypatch.setattr("samtale.guide.validate.validate_folder", no_validation)
    second = load_guide("dk", data)
    assert isinstance(second, cache.LazyGuide)
    assert [p.id for p in second.phrases] == [p.id for p in first.phrases]


def resolutions(choices: Choices[Any]) -> tuple[Any, ...]:
    """What a resolver does: what it names, and what each of its spellings leads to."""

    def plain(value: Any) -> Any:
        return (value.name, value.landsdele) if isinstance(value, Place) else value

    spelled = {spelling: plain(choices.get(spelling)) for spelling in choices.spellings()}
    hints = choices.__dict__.get("_hints", {})
    return choices.kind, choices.valid, choices.valid_key, choices.valid_args, spelled, hints


@pytest.mark.parametrize("country", ["dk", "se"])
def test_every_cached_part_equals_the_validated_one(shipped_data: Path, country: str) -> None:
    built, problems = validate_folder(shipped_data / country, country)
    assert built is not None
    assert not problems
    load_prepared(country)  # makes sure the cache is written
    guide, look = load_prepared(country)
    assert isinstance(guide, cache.LazyGuide)
    for field in fields(Guide):
        assert to_plain(getattr(guide, field.name)) == to_plain(getattr(built, field.name))
    fresh = lookups(built)
    for name in Lookups.NAMES:
        assert resolutions(getattr(look, name)) == resolutions(getattr(fresh, name)), name
    assert all(type(resource.contact) is tuple for resource in guide.resources)


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


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",
        lambda b: b"not json\n{}",
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:-1] + b"!",  # one byte changed at the end
        lambda b: b"\x80\x05N.",  # a pickle
        lambda b: b.replace(b'"format":', b'"format":3,"x":', 1),  # another format
    ],
)
def test_a_damaged_cache_is_ignored_and_rebuilt(data: Path, damage) -> None:
    load_guide("dk", data)
    path = target(data)
    path.write_bytes(damage(path.read_bytes()))
    guide = load_guide("dk", data)
    assert PHONE in phones(guide)
    entry = cache.read(path)
    assert entry is not None
    assert entry.key == cache.fingerprint(data / "dk")


def test_touching_a_file_costs_a_hash_not_a_rebuild(data: Path, monkeypatch) -> None:
    load_guide("dk", data)
    path = data / "dk" / "signs.yaml"
    os.utime(path, ns=(1, 1))

    def no_validation(*_args: object) -> None:
        raise AssertionError("rebuilt although the content did not change")

    monkeypatch.setattr("samtale.guide.validate.validate_folder", no_validation)
    assert load_guide("dk", data).signs
    entry = cache.read(target(data))
    assert entry is not None
    assert entry.signature == cache.signature(data / "dk")


def test_the_key_covers_the_code_that_builds_the_guide(data: Path, monkeypatch) -> None:
    load_guide("dk", data)
    before = cache.fingerprint(data / "dk")
    module = Path(cache.__file__).parent / "plain.py"
    real = Path.read_bytes

    def changed(path: Path) -> bytes:
        return real(path) + b"\n# changed" if path == module else real(path)

    monkeypatch.setattr(Path, "read_bytes", changed)
    assert cache.fingerprint(data / "dk") != before


class _Planted:
    """Unpickling this would create the marker folder: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.marker),)


def test_a_planted_pickle_is_never_run(
    cli, data: Path, cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "code-ran"
    cache_home.mkdir(parents=True, mode=0o700)
    payload = pickle.dumps(_Planted(marker))
    old_name = target(data).with_suffix(".pickle")
    for path in (target(data), old_name):
        path.write_bytes(payload)
    assert load_guide("dk", data).phrases
    monkeypatch.setenv("SAMTALE_DATA", str(data))
    assert cli("signs").exit_code == 0
    assert cli("resources", "--region", "fyn").exit_code == 0
    assert not marker.exists()
    assert not old_name.exists()  # the old pickle is removed when the cache is written


def test_altered_phone_numbers_are_not_trusted(data: Path, cache_home: Path) -> None:
    load_guide("dk", data)
    rewrite(target(data), PHONE, ALTERED, fix_checksum=False)
    guide = load_guide("dk", data)
    assert PHONE in phones(guide)
    assert ALTERED not in phones(guide)


def test_a_changed_byte_in_a_part_is_never_decoded(data: Path, cache_home) -> None:
    load_guide("dk", data)
    rewrite(target(data), PHONE, ALTERED, fix_checksum=False)
    guide = load_guide("dk", data)
    assert isinstance(guide, cache.LazyGuide)
    assert PHONE in phones(guide)
    assert ALTERED not in phones(guide)
    assert not target(data).exists()  # dropped when its part failed; the next run writes anew


def test_a_part_that_is_not_a_guide_falls_back_to_the_yaml(data: Path, cache_home) -> None:
    """Even with its checksum recomputed, a part of the wrong shape is never a crash."""
    load_guide("dk", data)
    contact = f'"kind":"phone","value":"{PHONE}"'
    rewrite(target(data), contact, contact.replace("phone", "phony", 1), fix_checksum=True)
    guide = load_guide("dk", data)
    assert isinstance(guide, cache.LazyGuide)
    assert PHONE in phones(guide)
    assert not target(data).exists()  # dropped when its part failed; the next run writes anew
    assert ALTERED not in phones(load_guide("dk", data))


def test_a_damaged_field_of_the_places_falls_back_to_the_yaml(data: Path, cache_home) -> None:
    """The places are stored field by field; a damaged field is rebuilt like any part."""
    from samtale.guide.select import resources

    guide, look = load_prepared("dk", data)
    fyn = look.places.resolve("Odense")
    before = [resource.id for resource in resources(guide, place=fyn)]
    assert "amiami" in before  # it covers the area "Jylland og Fyn"
    area = '{"id":"jylland_fyn","name":"Jylland og Fyn","landsdele":['
    rewrite(target(data), area + '"fyn"', area + "12345", fix_checksum=True)
    guide, look = load_prepared("dk", data)
    assert isinstance(guide.places, cache.LazyPlaces)
    assert [resource.id for resource in resources(guide, place=fyn)] == before
    assert not target(data).exists()  # dropped when its part failed; the next run writes anew


def _trusted_if_private(data: Path) -> Path:
    """A cache file that would be trusted in a private folder, with an altered number."""
    load_guide("dk", data)
    path = target(data)
    rewrite(path, PHONE, ALTERED, fix_checksum=True)
    assert ALTERED in phones(load_guide("dk", data))  # as documented: the folder is the guard
    return path


def test_a_cache_folder_others_can_write_is_ignored(data: Path, cache_home: Path) -> None:
    path = _trusted_if_private(data)
    os.chmod(cache_home, 0o777)
    assert cache.cache_file(data / "dk", "dk") is None
    before = {p.name: p.stat().st_mtime_ns for p in cache_home.iterdir()}
    guide = load_guide("dk", data)
    assert PHONE in phones(guide)
    assert {p.name: p.stat().st_mtime_ns for p in cache_home.iterdir()} == before
    assert path.exists()


def test_a_cache_file_others_can_write_is_ignored(data: Path, cache_home: Path) -> None:
    path = _trusted_if_private(data)
    os.chmod(path, 0o666)
    assert PHONE in phones(load_guide("dk", data))


def test_a_symlinked_cache_folder_is_ignored(data: Path, cache_home: Path, tmp_path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    cache_home.parent.mkdir(parents=True)
    cache_home.symlink_to(elsewhere, target_is_directory=True)
    assert cache.cache_file(data / "dk", "dk") is None
    assert load_guide("dk", data).phrases
    assert list(elsewhere.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to chown")
def test_a_cache_folder_of_another_user_is_ignored(data: Path, cache_home: Path) -> None:
    path = _trusted_if_private(data)
    os.chown(cache_home, 4242, -1)
    assert PHONE in phones(load_guide("dk", data))
    assert path.stat().st_uid == 0


def test_a_new_cache_folder_is_private_whatever_the_umask(data: Path, cache_home: Path) -> None:
    old = os.umask(0)
    try:
        load_guide("dk", data)
    finally:
        os.umask(old)
    assert stat.S_IMODE(cache_home.stat().st_mode) == 0o700
    assert stat.S_IMODE(target(data).stat().st_mode) == 0o600


def a_contact_point(shipped_data: Path) -> dict[str, Any]:
    """A contact point of the Danish data as the cache stores it."""
    guide, _ = validate_folder(shipped_data / "dk", "dk")
    assert guide is not None
    return to_plain(next(p for r in guide.resources for p in r.contact))


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: {k: v for k, v in p.items() if k != "value"},  # a field missing
        lambda p: {**p, "value": 7},  # a number where text belongs
        lambda p: list(p.values()),  # a list where a record belongs
        lambda p: {**p, "kind": "fax"},  # not a contact kind
        lambda p: {**p, "note": ["not", "text"]},  # a list where text or None belongs
    ],
)
def test_a_plain_value_of_the_wrong_shape_is_refused(shipped_data: Path, damage) -> None:
    from samtale.guide.models import ContactPoint
    from samtale.guide.plain import NotAGuide, decode

    plain = a_contact_point(shipped_data)
    assert to_plain(decode(json.dumps(plain).encode(), ContactPoint)) == plain
    with pytest.raises(NotAGuide):
        decode(json.dumps(damage(plain)).encode(), ContactPoint)


def test_a_field_no_record_declares_never_reaches_the_guide(shipped_data: Path) -> None:
    from samtale.guide.models import ContactPoint
    from samtale.guide.plain import decode

    plain = a_contact_point(shipped_data)
    point = decode(json.dumps({**plain, "run": "rm -rf ~"}).encode(), ContactPoint)
    assert to_plain(point) == plain
    assert not hasattr(point, "run")


def stored_places(shipped_data: Path) -> tuple[dict[str, Any], Choices[Any]]:
    """The place resolver of the Danish data as the cache stores it, and as built."""
    from samtale.guide.plain import choices_to_plain

    guide, _ = validate_folder(shipped_data / "dk", "dk")
    assert guide is not None
    built = lookups(guide).places
    return to_plain(choices_to_plain(built)), built


def as_json(value: Any) -> bytes:
    return json.dumps(value).encode()


def test_a_spelling_leading_past_the_stored_places_is_answered_from_the_yaml(
    shipped_data: Path,
) -> None:
    """A place index beyond the stored places is the one damage a type cannot catch."""
    from samtale.guide.plain import choices_from_plain

    stored, built = stored_places(shipped_data)
    asked: list[bool] = []

    def instead() -> Choices[Any]:
        asked.append(True)
        return built

    place = choices_from_plain(as_json(stored), instead).resolve("Fyn")
    assert place.landsdele == frozenset({"fyn"})
    assert not asked
    damaged = {**stored, "values": {**stored["values"], "fyn": len(stored["places"])}}
    place = choices_from_plain(as_json(damaged), instead).resolve("Fyn")
    assert asked
    assert (place.name, place.landsdele) == ("Fyn", frozenset({"fyn"}))


@pytest.mark.parametrize(
    "damage",
    [
        lambda r: {k: v for k, v in r.items() if k != "hints"},
        lambda r: {**r, "values": list(r["values"].items())},
        lambda r: {**r, "valid": [1, 2]},
        lambda r: [r],
        lambda r: {**r, "values": {**r["values"], "fyn": -1}},  # before the first place
        lambda r: {**r, "values": {**r["values"], "fyn": True}},  # neither place nor id
        lambda r: {**r, "values": {**r["values"], "fyn": 0}, "places": [["Fyn", ["fyn", 3]]]},
        lambda r: {**r, "values": {**r["values"], "fyn": 0}, "places": [["Fyn"]]},
        lambda r: {**r, "shown": {**r["shown"], "fyn": 7}},  # a shown spelling not text
    ],
)
def test_a_stored_resolver_of_the_wrong_shape_is_refused(shipped_data: Path, damage) -> None:
    from samtale.guide.plain import NotAGuide, choices_from_plain

    stored, built = stored_places(shipped_data)
    assert choices_from_plain(as_json(stored), lambda: built).resolve("Fyn")
    with pytest.raises(NotAGuide):
        choices_from_plain(as_json(damage(stored)), lambda: built)


def test_a_damaged_resolver_in_the_cache_is_answered_from_the_yaml(data: Path, cache_home) -> None:
    """A resolver that fails its type check is rebuilt from the YAML, never a crash."""
    load_prepared("dk", data)
    rewrite(target(data), '"fyn":', '"fyn":true,"x":', fix_checksum=True)
    _guide, look = load_prepared("dk", data)
    assert look.places.resolve("Fyn").landsdele == frozenset({"fyn"})
    assert not target(data).exists()  # dropped when its part failed; the next run writes anew


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("groups", ["unge", 18]),  # a number among the group ids
        ("source", "sbst2024"),  # text where a source reference or nothing belongs
        ("status", "closed"),  # not a status
        ("coverage", ["fyn", None]),
    ],
)
def test_a_resource_with_a_wrong_field_is_refused(shipped_data: Path, field: str, value) -> None:
    from samtale.guide.models import Resource
    from samtale.guide.plain import NotAGuide, decode

    guide, _ = validate_folder(shipped_data / "dk", "dk")
    assert guide is not None
    plain = to_plain(guide.resources[0])
    assert to_plain(decode(as_json(plain), Resource)) == plain
    with pytest.raises(NotAGuide):
        decode(as_json({**plain, field: value}), Resource)
