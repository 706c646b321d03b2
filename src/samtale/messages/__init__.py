"""All user-facing text, one catalogue per language, looked up by key.

Keeping text out of the code means tests can check by key and a second language is a second
catalogue, not a rewrite. The catalogue is chosen once per run from the country.
"""

from __future__ import annotations

import importlib
from typing import Any

from samtale.messages.keys import Msg

__all__ = ["LANGUAGE_OF_COUNTRY", "Msg", "catalogue", "not_shown", "t", "use_country"]

LANGUAGE_OF_COUNTRY = {"dk": "da", "se": "sv"}

_catalogue: dict[str, str] | None = None


def catalogue(language: str) -> dict[str, str]:
    """The full catalogue of one language (``da``)."""
    module = importlib.import_module(f"samtale.messages.{language}")
    return module.MESSAGES


def use_country(country: str) -> None:
    """Switch every later `t()` to the language of `country`."""
    global _catalogue
    _catalogue = catalogue(LANGUAGE_OF_COUNTRY[country])


# The fields that carry what the user typed back into a message: an unknown value, key,
# id, name, option or argument, or a parser's problem that quotes it.
ECHOED = frozenset({"value", "key", "id", "name", "option", "args", "problem", "shell"})
# A CPR number and the shortest personnummer have ten digits; fewer cannot be one.
MIN_DIGITS = 10


def t(key: str, /, **values: Any) -> str:
    """The text for `key` in the current language, with `values` filled in.

    A typed value that looks like a CPR number or personnummer is not echoed (errors stay
    in the scrollback): `not_shown` says it is left out.

    With ``count=1``, the singular ``KEY.one`` is used where the catalogue has one
    ("1 note", not "1 note(r)").
    """
    global _catalogue
    if _catalogue is None:
        _catalogue = catalogue("da")
    if values.get("count") == 1 and f"{key}.one" in _catalogue:
        key = f"{key}.one"
    text = _catalogue[key]
    if not values:
        return text
    for name in ECHOED.intersection(values):
        values[name] = not_shown(values[name])
    return text.format(**values)


def not_shown(value: Any) -> Any:
    """`value`, or the words saying it is not shown when the CPR guard would refuse it."""
    if not isinstance(value, str) or sum(c.isdigit() for c in value) < MIN_DIGITS:
        return value  # too few digits to be one: the guard (and its patterns) is not loaded
    from samtale.id_numbers import find_identifier

    return t(Msg.PRIVACY_NOT_SHOWN) if find_identifier(value) else value


def catalogue_keys() -> set[str]:
    """The keys of the current catalogue (to pick a specific message when one exists)."""
    global _catalogue
    if _catalogue is None:
        _catalogue = catalogue("da")
    return set(_catalogue)
