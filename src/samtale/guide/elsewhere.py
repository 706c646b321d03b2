"""A typed value the chosen country does not know may belong to the other one.

``--region Göteborg`` in the Danish guide is not a typo of "Søborg": it is a Swedish city,
and the helpful answer is which ``--country`` to use. Only the error path comes here, so
the other country's guide is loaded (from its cache) only when a value was not found.
"""

from __future__ import annotations

from samtale.errors import SamtaleError, UsageError
from samtale.guide.choices import Choices
from samtale.guide.places import Place
from samtale.messages import LANGUAGE_OF_COUNTRY, Msg, t


def country_of_place(text: str, country: str) -> str | None:
    """The other country whose guide knows the place `text`, if one does."""
    from samtale.guide.load import load_prepared

    for other in LANGUAGE_OF_COUNTRY:
        if other == country:
            continue
        try:
            _, look = load_prepared(other)
        except SamtaleError:  # that country's data is broken or missing: no hint from it
            continue
        if look.places.get(text) is not None:
            return other
    return None


def resolve_place(places: Choices[Place], text: str, country: str) -> Place:
    """The place `text` names in `country`; a place of the other country names its --country."""
    found = places.get(text)
    if found is not None:
        return found
    other = country_of_place(text, country)
    if other is not None:
        raise UsageError(
            t(Msg.REGION_OTHER_COUNTRY, value=text, name=t(f"country.{other}"), country=other)
        )
    return places.resolve(text)
