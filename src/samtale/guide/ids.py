"""Every id a user may type, by kind, read from the guide and the record types.

`samtale ids`, shell completion and `prep --template` all list what this module finds, so
a kind or a value added to the data or the models shows up in all three without a list
to keep in step: every resolver of `Lookups`, the signs, regions, places and cases of the
guide, and each enumeration of `models` that names a key of the answers file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from samtale.guide import models
from samtale.guide.languages import conversation_languages
from samtale.guide.models import Guide
from samtale.guide.select import Lookups
from samtale.messages import LANGUAGE_OF_COUNTRY, t

Entry = tuple[str, str]  # (id, what it means, in the user's language)


def plural(name: str) -> str:
    """``age_group`` → ``age_groups``, ``nationality`` → ``nationalities``."""
    if name.endswith("s"):
        return name
    return name[:-1] + "ies" if name.endswith("y") else name + "s"


def answer_enums(keys: Iterable[str]) -> dict[str, type[StrEnum]]:
    """The enumeration of `models` behind each answers key (``gender`` → `Gender`)."""
    by_name = {
        re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower(): value
        for name, value in vars(models).items()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    }
    return {key: by_name[key] for key in keys if key in by_name}


def _label(value: str) -> str:
    key = f"tag.{value}"
    from samtale.messages import catalogue_keys

    return t(key) if key in catalogue_keys() else ""


def _records(guide: Guide, name: str) -> dict[str, str]:
    """Id → label (or name, or title) of the guide's records called `name`, if it has any."""
    labels = {}
    for record in getattr(guide, name, ()) or ():
        ident = getattr(record, "id", None)
        if ident is not None:
            labels[ident] = str(
                getattr(record, "label", None) or getattr(record, "name", None) or ""
            )
    return labels


def id_lists(
    guide: Guide, look: Lookups, answer_keys: Iterable[str] = ()
) -> dict[str, list[Entry]]:
    """Kind → its ids with what each means, in a stable order."""
    lists: dict[str, list[Entry]] = {}
    for name in Lookups.NAMES:
        if name == "places":
            continue
        labels = _records(guide, name)
        valid = getattr(look, name).valid
        if name == "fact_topics":
            lists[name] = [(ident, t(f"facts.title.{ident}")) for ident in valid]
        else:
            lists[name] = [(ident, labels.get(ident) or _label(ident)) for ident in valid]
    lists["signs"] = [(sign.id, sign.label) for sign in guide.signs]
    places = guide.places
    # A region may share its id with a landsdel (nordjylland): the landsdel is what it means.
    regions = {}
    for item in (*places.landsdele, *places.regions, *places.areas):
        regions.setdefault(item.id, item.name)
    lists["regions"] = list(regions.items())
    landsdel_names = {item.id: item.name for item in places.landsdele}
    towns = {item.name: item.municipality for item in places.towns}
    lists["places"] = [
        *((item.name, landsdel_names.get(item.landsdel, "")) for item in places.municipalities),
        *((name, municipality) for name, municipality in towns.items()),
    ]
    lists["cases"] = [(case.id, case.title) for case in guide.cases]
    lists["conversation_languages"] = [
        (language, t(f"language.{language}")) for language in conversation_languages(guide.country)
    ]
    for key, enum in answer_enums(answer_keys).items():
        lists[plural(key)] = [(value.value, _label(value.value)) for value in enum]
    lists["countries"] = [(country, t(f"country.{country}")) for country in LANGUAGE_OF_COUNTRY]
    return lists


def kind_of_key(key: str, kinds: Iterable[str]) -> str | None:
    """The kind whose ids an answers key takes (``contexts`` → ``contexts``, ``region`` →
    ``regions``), if there is one."""
    known = set(kinds)
    for name in (key, plural(key)):
        if name in known:
            return name
    return None
