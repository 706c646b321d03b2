"""The shipped data validates, covers the SBST guide, and broken data is reported precisely."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from samtale.errors import DataError
from samtale.guide import vocab
from samtale.guide.load import load_guide
from samtale.guide.models import Guide, SignKind, Status
from samtale.guide.schema import FILES
from samtale.guide.validate import validate_folder

# The ten actors of the SBST list "Aktører der beskæftiger sig med salg & bytte af
# seksuelle ydelser" and the other services the foundation issue names.
SBST_ACTORS = {
    "AmiAmi",
    "Center mod Menneskehandel",
    "Gadejuristen",
    "Grænseløst",
    "Reden",
    "Reden International",
    "Reden Ung",
    "SIO",
    "Stenbroens Jurister",
    "The Red Van",
}
REDEN_HOUSES = {"København", "Odense", "Aarhus", "Aalborg", "Esbjerg"}
OTHER_SERVICES = {"Hanne Mariehjemmet", "Mødestedet"}


def test_every_file_validates(shipped_data: Path) -> None:
    guide, problems = validate_folder(shipped_data / "dk", "dk")
    assert problems == []
    assert guide is not None
    assert set(FILES) <= {path.stem for path in (shipped_data / "dk").glob("*.yaml")}


def test_every_sbst_sign_and_consequence_is_present(guide: Guide) -> None:
    signs = {s.id for s in guide.signs if s.kind == SignKind.SIGN}
    consequences = {s.id for s in guide.signs if s.kind == SignKind.CONSEQUENCE}
    assert set(vocab.SIGNS) <= signs
    assert set(vocab.CONSEQUENCES) <= consequences
    assert any(s.kind == SignKind.INDICATION for s in guide.signs)


def test_every_sbst_actor_is_present(guide: Guide) -> None:
    names = [r.name for r in guide.resources if r.status == Status.ACTIVE]
    for actor in SBST_ACTORS | OTHER_SERVICES:
        assert any(name.startswith(actor) for name in names), actor
    for town in REDEN_HOUSES:
        assert f"Reden {town}" in names, town


def test_historical_centre_is_kept_but_never_active(guide: Guide) -> None:
    centre = next(r for r in guide.resources if "Kompetencecenter" in r.name)
    assert centre.status == Status.HISTORICAL


def test_topics_have_enough_phrases(guide: Guide) -> None:
    counts = {topic: 0 for topic in vocab.TOPICS}
    for phrase in guide.phrases:
        counts[phrase.topic] += 1
    for topic in vocab.PHASE_TOPICS:
        assert counts[topic] >= 4, topic
    for topic in ("children", "exit", "duties"):
        assert counts[topic] >= 3, topic


def test_opening_links_each_sbst_context(guide: Guide) -> None:
    for context in ("substance_use", "homelessness", "boundary_violations", "lgbt"):
        assert any(p.topic == "opening" and context in p.fits for p in guide.phrases), context


def test_contact_points_are_never_dated_better_than_their_source(guide: Guide) -> None:
    """Each point names its source; its as_of is that source's date or older, null if none."""
    from samtale.dates import start_of

    dates = {s.id: s.date for s in guide.sources}
    points = [point for r in guide.resources for point in r.contact]
    assert points
    for point in points:
        assert point.source is not None
        assert point.source.doc in dates
        stated = dates[point.source.doc]
        if stated is None:
            assert point.as_of is None, point
        else:
            assert point.as_of is not None, point
            assert start_of(point.as_of) <= start_of(stated), point


def _copy(shipped_data: Path, tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(shipped_data / "dk", root / "dk")
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_broken_field_names_file_line_entry_and_field(shipped_data: Path, tmp_path: Path) -> None:
    root = _copy(shipped_data, tmp_path)
    _edit(root / "dk" / "resources.yaml", "coverage: [fyn]", "coverage: [fyen]")
    with pytest.raises(DataError) as error:
        load_guide("dk", root)
    message = error.value.message
    assert "resources.yaml:" in message
    assert "reden_odense" in message
    assert "coverage" in message
    assert "fyen" in message


def test_unknown_key_is_an_error(shipped_data: Path, tmp_path: Path) -> None:
    root = _copy(shipped_data, tmp_path)
    _edit(root / "dk" / "signs.yaml", "    kind: sign\n", "    kind: sign\n    colour: red\n")
    with pytest.raises(DataError, match=r"signs\.yaml:\d+: signs\[0\].*colour"):
        load_guide("dk", root)


def test_duplicate_id_and_unknown_tag_are_found(shipped_data: Path, tmp_path: Path) -> None:
    root = _copy(shipped_data, tmp_path)
    guide_dir = root / "dk"
    first_id = load_guide("dk", shipped_data).phrases[0].id
    second_id = load_guide("dk", shipped_data).phrases[1].id
    _edit(guide_dir / "phrases.yaml", f"id: {second_id}\n", f"id: {first_id}\n")
    _edit(guide_dir / "facts.yaml", "fits: [under_18]", "fits: [under_81]")
    _, problems = validate_folder(guide_dir, "dk")
    messages = [(p.kind, p.message) for p in problems]
    assert ("phrases", "id findes allerede") in messages
    assert any(kind == "facts" and "under_81" in message for kind, message in messages)


def test_yaml_syntax_error_names_line(shipped_data: Path, tmp_path: Path) -> None:
    root = _copy(shipped_data, tmp_path)
    (root / "dk" / "topics.yaml").write_text("topics:\n  - id: [oops\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"topics\.yaml:\d+: ugyldig YAML"):
        load_guide("dk", root)


def test_formats_are_checked(shipped_data: Path, tmp_path: Path) -> None:
    root = _copy(shipped_data, tmp_path)
    _edit(root / "dk" / "sources.yaml", 'date: "2024-12"', 'date: "2024-13"')
    _edit(root / "dk" / "topics.yaml", "  - id: opening", "  - id: Opening")
    _, problems = validate_folder(root / "dk", "dk")
    messages = {(p.kind, p.loc[-1], p.message) for p in problems}
    expected = "'2024-13' er ikke en dato på formen ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD"
    assert ("sources", "date", expected) in messages
    assert any(kind == "topics" and "'Opening'" in message for kind, _, message in messages)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # lies_in belongs to an offer whose coverage no source states
        (
            "    coverage: unstated\n    locations: [Roskilde]",
            "    coverage: [ostsjaelland]\n    locations: [Roskilde]",
            "coverage: unstated",
        ),
        # and names the landsdel its locations lie in
        ("lies_in: [ostsjaelland]", "lies_in: [fyn]", "'fyn' er ikke landsdelen"),
    ],
)
def test_lies_in_is_checked_against_coverage_and_locations(
    shipped_data: Path, tmp_path: Path, old: str, new: str, expected: str
) -> None:
    root = _copy(shipped_data, tmp_path)
    _edit(root / "dk" / "resources.yaml", old, new)
    _, problems = validate_folder(root / "dk", "dk")
    found = [p.message for p in problems if p.loc[-2:-1] == ("lies_in",)]
    assert any(expected in message for message in found), [p.message for p in problems]
