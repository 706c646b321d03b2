"""Every id a user may type, by kind: for `samtale ids`, `prep --template` and completion."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from samtale.guide.models import Guide
    from samtale.guide.select import Lookups


def all_ids(guide: Guide, look: Lookups) -> dict[str, list[tuple[str, str]]]:
    """Every kind of id of the guide, the settings' names included."""
    from samtale import config
    from samtale.guide.ids import id_lists
    from samtale.prep.answers import FIELDS

    lists = id_lists(guide, look, FIELDS)
    lists["settings"] = [(key, "") for key in config.KEYS]
    return lists
