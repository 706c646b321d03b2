"""Quotation marks as a native reader expects them, in every string the tool can print.

Danish quotes »like this« (the note printed «…» in over 400 places); Swedish quotes ”like
this” and never with straight quotes or guillemets. The check reads every string of the
message catalogues and of the guide data of both countries, leaving out English texts
(phrases.en.yaml and the handout's English words, which follow English rules) and the
answers-file template, whose straight quotes are YAML syntax to copy, not typography.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from samtale.messages import catalogue
from tests.helpers import ANSWERS_YAML, REPO

ROOT = REPO
LANGUAGE = {"dk": "da", "se": "sv"}
STRAIGHT_QUOTED = re.compile(r'"[^"\n]*\w[^"\n]*"')
DANISH_PAIR = re.compile(r"»[^»«\n]*«")


def strings(value: Any, language: str, where: str = "") -> Iterator[tuple[str, str]]:
    """Every string in `value` with where it sits, skipping parts in another language."""
    if isinstance(value, dict):
        if value.get("language") not in (None, language):
            return
        for key, item in value.items():
            yield from strings(item, language, f"{where}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, language, f"{where}/{index}")
    elif isinstance(value, str):
        yield where, value


def printable(country: str) -> list[tuple[str, str]]:
    language = LANGUAGE[country]
    found = [
        (f"messages/{language}:{key}", text)
        for key, text in catalogue(language).items()
        if not key.startswith("template.")
    ]
    for path in sorted((ROOT / "data" / country).glob("*.yaml")):
        if path.name.endswith(".en.yaml"):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [(f"{path.name}{where}", text) for where, text in strings(data, language)]
    return found


def wrong_danish(text: str) -> bool:
    """A « or » outside a »…« pair, or a word between straight double quotes."""
    rest = DANISH_PAIR.sub("", text)
    return "«" in rest or "»" in rest or bool(STRAIGHT_QUOTED.search(text))


def wrong_swedish(text: str) -> bool:
    """Guillemets, or a word between straight double quotes (Swedish uses ”…”)."""
    return "«" in text or "»" in text or bool(STRAIGHT_QUOTED.search(text))


def test_the_checks_catch_the_wrong_marks() -> None:
    assert wrong_danish("Kilde: SBST – «Tag hul på samtalen»")
    assert wrong_danish('en "ven" eller et barn')
    assert not wrong_danish("Kilde: SBST – »Tag hul på samtalen«")
    assert wrong_swedish('välj ord som "partner"')
    assert wrong_swedish("Källa: Socialstyrelsen – »Normkritik«")
    assert not wrong_swedish("välj ord som ”partner”")


@pytest.mark.parametrize(("country", "wrong"), [("dk", wrong_danish), ("se", wrong_swedish)])
def test_every_printable_string_uses_the_countrys_quotation_marks(country, wrong) -> None:
    texts = printable(country)
    assert len(texts) > 1000  # the catalogue and the data were both read
    bad = [f"{where}: {text[:80]}" for where, text in texts if wrong(text)]
    assert bad == [], "\n".join(bad)


def test_a_danish_note_quotes_its_sources_the_danish_way(cli, tmp_path, home) -> None:
    path = tmp_path / "svar.yaml"
    path.write_text(ANSWERS_YAML, encoding="utf-8")
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 0, result.output
    note = result.stdout
    assert "«" not in DANISH_PAIR.sub("", note)
    assert re.search(r"\[\d+\] .*»[^«\n]+«", note)  # the list of sources, numbered
