"""The note is short enough to read before the meeting: a budget for every persona.

Issue 21: a note ran to about 4,400 words, a tenth of it provenance. Every persona of the
persona suite, and a few maximal people of our own (every sign, every context, every
topic, in both countries), must get a note of at most `MAX_WORDS` words (counted as
`wc -w` counts) in which at most `MAX_PROVENANCE_LINES` lines say what is checked or not
confirmed. `CASES` is a plain list: add a persona there (or to tests/test_personas.py)
and it is held to the same budget.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from samtale.guide.load import load_guide
from tests.test_personas import PERSONAS, Persona, persona, run

MAX_WORDS = 1600
MAX_PROVENANCE_LINES = 2
PROVENANCE = re.compile(r"ikke bekræftet|inte bekräftat|kontrolleret|kontrollerad", re.I)
DAY = date(2026, 11, 23)
ALL_TOPICS = ["opening", "concrete", "safety", "motives", "help", "closing"]


def maximal(name: str, country: str, **answers: Any) -> Persona:
    """Someone with every sign and every context of the country's guide, two signs
    described in the professional's own words."""
    guide = load_guide(country)
    signs = {sign.id: "" for sign in guide.signs}
    for sign in guide.signs[:2]:
        signs[sign.id] = "Set flere gange den seneste måned"
    contexts = [c.id for c in guide.contexts if c.id not in {"young", "foreign_national"}]
    base = {
        "role": "kontaktperson",
        "region": "Odense" if country == "dk" else "Göteborg",
        "gender": "woman",
        "nationality": "foreign",
        "signs": signs,
        "contexts": contexts,
        "other_explanations": "Kan også være noget helt andet",
        "topics": ALL_TOPICS,
    }
    return persona(name, country, **{**base, **answers})


MAXIMAL = [
    maximal("dk maximal adult", "dk", age_group="18_29"),
    maximal("dk maximal minor", "dk", age_group="under_18"),
    maximal("se maximal adult", "se", age_group="18_29"),
    maximal("se maximal minor", "se", age_group="under_18"),
    persona(
        "dk English, interpreter, trafficking concern",
        "dk",
        age_group="30_plus",
        gender="trans",
        nationality="foreign",
        region="Vejle",
        signs={"violence_abuse": "", "threats_online": "", "isolation": "", "debt_not_reduced": ""},
        contexts=["trafficking_concern", "lgbt", "debt", "substance_use"],
        conversation_language="en",
        interpreter=True,
    ),
    persona(
        "se English, homeless man",
        "se",
        age_group="30_plus",
        gender="man",
        nationality="foreign",
        region="Malmö",
        signs={"violence_abuse": "", "anxiety": "", "sti_risk": ""},
        contexts=["homelessness", "substance_use", "mental_health"],
        conversation_language="en",
    ),
]
CASES = [*PERSONAS, *MAXIMAL]


@pytest.fixture(scope="module")
def prepared():
    from samtale.guide.load import load_prepared

    return {country: load_prepared(country) for country in ("dk", "se")}


def words(text: str) -> int:
    """Words as `wc -w` counts them: runs of non-space characters."""
    return len(text.split())


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_the_note_keeps_its_budget(case: Persona, prepared) -> None:
    _, text, _ = run(case, prepared)
    assert words(text) <= MAX_WORDS, words(text)
    said = [line for line in text.split("\n") if PROVENANCE.search(line)]
    assert len(said) <= MAX_PROVENANCE_LINES, said
