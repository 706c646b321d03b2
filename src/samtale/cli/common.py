"""The country option's words, shared by the root, completion and the commands."""

from __future__ import annotations

from samtale.messages import LANGUAGE_OF_COUNTRY, Msg

COUNTRY_NAMES = {"dk": ["danmark", "denmark"], "se": ["sverige", "sweden"]}
# Codes people type for a country but that mean something else: languages, domains.
COUNTRY_HINTS = {"dk": ["da", "dan", "dansk", "den"], "se": ["sv", "swe", "svensk", "sve"]}


def resolve_country(value: str) -> str:
    """The country id for `value` (``dk``, ``DK``, ``danmark``)."""
    from samtale.guide.choices import Choices

    countries = list(LANGUAGE_OF_COUNTRY)
    choices: Choices[str] = Choices(kind=Msg.KIND_COUNTRY, valid=countries)
    for country in countries:
        choices.add([country, *COUNTRY_NAMES.get(country, [])], country)
        choices.hint(COUNTRY_HINTS.get(country, []), country)
    return choices.resolve(value)
