"""Printing helpers shared by the read commands: console, JSON, ages of contact data."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

COUNTRIES = ("dk",)


def resolve_country(value: str) -> str:
    """The country id for `value` (``dk``, ``DK``, ``danmark``)."""
    from samtale.guide.choices import Choices

    choices: Choices[str] = Choices(kind="kind.country", valid=list(COUNTRIES))
    choices.add(["dk", "danmark", "denmark"], "dk")
    return choices.resolve(value)


def console() -> Console:
    """A stdout console; Rich itself honours NO_COLOR and the terminal width."""
    from rich.console import Console

    return Console(highlight=False)


def print_json(data: Any) -> None:
    """Machine-readable output: UTF-8, stable key order as built."""
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
