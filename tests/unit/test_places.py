"""Place names of every kind resolve to landsdele; typos get a suggestion."""

from __future__ import annotations

import pytest

from samtale.errors import UsageError
from samtale.guide.select import Lookups
from samtale.guide.text import fold

ALL_EAST = {
    "kobenhavn",
    "kobenhavns_omegn",
    "nordsjaelland",
    "bornholm",
    "ostsjaelland",
    "vest_og_sydsjaelland",
}


@pytest.mark.parametrize(
    ("typed", "landsdele"),
    [
        ("fyn", {"fyn"}),  # a landsdel id
        ("Byen København", {"kobenhavn"}),  # a landsdel name
        ("Region Syddanmark", {"fyn", "sydjylland"}),  # a region name
        ("sjaelland", {"ostsjaelland", "vest_og_sydsjaelland"}),  # a region id
        ("Svendborg", {"fyn"}),  # a municipality
        ("københavn", {"kobenhavn"}),
        ("KOBENHAVN", {"kobenhavn"}),
        ("Århus", {"ostjylland"}),  # old spelling of a municipality
        ("Nørresundby", {"nordjylland"}),  # a town
        ("norresundby", {"nordjylland"}),
        ("Øst for Storebælt", ALL_EAST),  # an area
    ],
)
def test_place_resolves(look: Lookups, typed: str, landsdele: set[str]) -> None:
    assert look.places.resolve(typed).landsdele == landsdele


def test_typo_suggests_closest(look: Lookups) -> None:
    with pytest.raises(UsageError) as error:
        look.places.resolve("fyen")
    message = error.value.message
    assert "'fyen'" in message
    assert "mente du 'fyn'?" in message
    assert "\n" not in message


def test_nonsense_lists_what_is_valid(look: Lookups) -> None:
    with pytest.raises(UsageError, match=r"landsdel .*kobenhavn.*kommune"):
        look.places.resolve("xqzzy")


def test_fold_ignores_case_letters_and_noise_words() -> None:
    assert fold("Region Hovedstaden") == fold("hovedstaden")
    assert fold("Ærø Kommune") == fold("aero")
    assert fold("Ikast-Brande") == fold("ikast brande")


def test_topic_aliases(look: Lookups) -> None:
    assert look.topics.resolve("sikkerhed") == "safety"
    assert look.topics.resolve("SAFETY") == "safety"
    with pytest.raises(UsageError, match="mente du"):
        look.topics.resolve("sikkerhd")
