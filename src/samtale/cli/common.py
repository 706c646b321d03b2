"""Printing helpers shared by the read commands: console, JSON, ages of contact data."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from samtale.messages import LANGUAGE_OF_COUNTRY

if TYPE_CHECKING:
    from rich.console import Console

COUNTRY_NAMES = {"dk": ["danmark", "denmark"], "se": ["sverige", "sweden"]}


def resolve_country(value: str) -> str:
    """The country id for `value` (``dk``, ``DK``, ``danmark``)."""
    from samtale.guide.choices import Choices

    countries = list(LANGUAGE_OF_COUNTRY)
    choices: Choices[str] = Choices(kind="kind.country", valid=countries)
    for country in countries:
        choices.add([country, *COUNTRY_NAMES.get(country, [])], country)
    return choices.resolve(value)


def console() -> Console:
    """A stdout console; Rich itself honours NO_COLOR and the terminal width."""
    from rich.console import Console

    return Console(highlight=False)


def print_json(data: Any) -> None:
    """Machine-readable output: UTF-8, stable key order as built."""
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
