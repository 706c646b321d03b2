"""Conversations held in English: every phrase has a plain English form with the same fit."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from samtale.errors import UsageError
from samtale.guide.languages import language_choices, spoken_texts
from samtale.guide.load import load_guide
from samtale.guide.validate import validate_folder

COUNTRIES = ("dk", "se")
MAX_WORDS = 25
# A sentence ends in a full stop or a question mark; a colon may introduce what follows.
SENTENCE = re.compile(r"[^.?!]+[.?]")
# Idioms and figures of speech a non-native listener may not follow.
IDIOMS = ("make ends meet", "in the same boat", "piece of cake", "get it off your chest")


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_phrase_has_its_english_form(country: str) -> None:
    guide = load_guide(country)
    english = {rendering.id for rendering in guide.phrases_en}
    assert {phrase.id for phrase in guide.phrases} == english
    assert len(guide.phrases_en) == len(english)


@pytest.mark.parametrize("country", COUNTRIES)
def test_english_phrases_are_short_questions_or_statements(country: str) -> None:
    for rendering in load_guide(country).phrases_en:
        text = rendering.text
        assert len(text.split()) <= MAX_WORDS, rendering.id
        assert text.isascii(), rendering.id
        # Nothing left over after the last sentence: each one ends in "." or "?".
        assert SENTENCE.sub("", text).strip() == "", rendering.id
        assert not any(idiom in text.lower() for idiom in IDIOMS), rendering.id


@pytest.mark.parametrize("country", COUNTRIES)
def test_english_gives_as_many_phrases_per_topic_as_the_guide(cli, country: str) -> None:
    guide = load_guide(country)
    own = Counter(phrase.topic for phrase in guide.phrases)
    for topic in own:
        args = ("--country", country, "phrases", "--topic", topic, "--language", "en", "--json")
        result = cli(*args)
        assert result.exit_code == 0, result.output
        found = json.loads(result.stdout)
        assert len(found) >= own[topic], topic
        texts = spoken_texts(guide, "en")
        for item in found:
            assert item["spoken"] == {"language": "en", "text": texts[item["id"]]}


def test_english_table_shows_the_danish_beside_it(cli) -> None:
    result = cli("phrases", "--topic", "sikkerhed", "--sprog", "engelsk", width=200)
    assert result.exit_code == 0, result.output
    guide = load_guide("dk")
    phrase = next(p for p in guide.phrases if p.topic == "safety")
    english = spoken_texts(guide, "en")[phrase.id]
    assert english in result.stdout
    assert f"Dansk: {phrase.text}" in result.stdout


def test_without_language_the_guide_speaks_its_own(cli) -> None:
    result = cli("phrases", "--topic", "safety", "--json")
    assert all("spoken" not in item for item in json.loads(result.stdout))
    assert cli("phrases", "--topic", "safety", "--language", "dansk", "--json").stdout == (
        result.stdout
    )


def test_search_finds_english_words(cli) -> None:
    result = cli("phrases", "--search", "condom", "--language", "en", "--json")
    ids = {item["id"] for item in json.loads(result.stdout)}
    assert "safety_stealthing" in ids
    assert cli("phrases", "--search", "condom", "--json").stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("country", "typed", "language"),
    [
        ("dk", "engelsk", "en"),
        ("dk", "English", "en"),
        ("dk", "dansk", "da"),
        ("dk", "da", "da"),
        ("se", "engelska", "en"),
        ("se", "svenska", "sv"),
        ("se", "sv", "sv"),
    ],
)
def test_language_aliases(country: str, typed: str, language: str) -> None:
    assert language_choices(country).resolve(typed) == language


def test_a_language_the_country_has_no_phrases_in_is_refused(cli) -> None:
    with pytest.raises(UsageError):
        language_choices("dk").resolve("svenska")
    result = cli("phrases", "--language", "tysk")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "da, en" in lines[0]


def _copy(shipped_data: Path, tmp_path: Path) -> Path:
    shutil.copytree(shipped_data / "dk", tmp_path / "dk")
    return tmp_path / "dk"


def test_a_phrase_without_english_is_a_data_error(shipped_data: Path, tmp_path: Path) -> None:
    folder = _copy(shipped_data, tmp_path)
    path = folder / "phrases.en.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: safety_stealthing\n")
    end = text.index("  - id:", start + 1)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    _, problems = validate_folder(folder, "dk")
    assert [(p.kind, p.loc) for p in problems] == [
        ("phrases", ("phrases", _index(folder, "safety_stealthing"), "id"))
    ]
    assert "phrases.en.yaml" in problems[0].message


def test_english_for_an_unknown_phrase_is_a_data_error(shipped_data: Path, tmp_path: Path) -> None:
    folder = _copy(shipped_data, tmp_path)
    path = folder / "phrases.en.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '\n  - id: no_such_phrase\n    text: "Hello."\n', encoding="utf-8")
    _, problems = validate_folder(folder, "dk")
    assert [p.kind for p in problems] == ["phrases.en"]
    assert "no_such_phrase" in problems[0].message


def _index(folder: Path, phrase_id: str) -> int:
    guide, _ = validate_folder(folder, "dk")
    assert guide is not None
    return [p.id for p in guide.phrases].index(phrase_id)


# Danish "også" and "må" carried word for word into English, and other lines a native reader
# stumbled on (issue 22). The English a person hears must read as written in English.
CALQUES = (
    "also if",
    "also when",
    ", also ",
    "must cost a lot",
    "so we agree",
    "nobody may",
    "wish for children",
    "got money or",
    "get something back for sex",
)


@pytest.mark.parametrize("country", COUNTRIES)
def test_english_has_no_danish_calques(country: str) -> None:
    guide = load_guide(country)
    texts = [rendering.text for rendering in guide.phrases_en]
    texts += [
        text.text for right in guide.handout.rights for text in right.texts if text.language == "en"
    ]
    found = [t for t in texts for calque in CALQUES if calque in t.lower()]
    assert found == []
