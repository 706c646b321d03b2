"""Find the guide data of one country and load it, from the cache when it is current.

This is the fast path of every read command; validating the YAML (`samtale.guide.validate`)
happens only when the data changed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from samtale.errors import DataError
from samtale.messages import Msg, t

if TYPE_CHECKING:
    from samtale.guide.models import Guide
    from samtale.guide.select import Lookups


def data_root() -> Path:
    """The folder holding one subfolder of data per country.

    `SAMTALE_DATA` overrides it (for maintainers and the benchmarks); an installed wheel
    carries the data inside the package; a source checkout has it at the top.
    """
    override = os.environ.get("SAMTALE_DATA")
    if override:
        return Path(override)
    packaged = Path(__file__).resolve().parent.parent / "data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "data"


def load_guide(country: str = "dk", root: Path | None = None) -> Guide:
    """All data of `country`, validated and cross-checked (see `load_prepared`)."""
    return load_prepared(country, root)[0]


def load_prepared(country: str = "dk", root: Path | None = None) -> tuple[Guide, Lookups]:
    """The guide of `country` and its look-ups, from the cache when it is current.

    Otherwise the YAML is validated and the result cached. Raises `DataError` naming the
    first problem; `samtale data check` lists them all.
    """
    from samtale.guide import cache

    folder = (root or data_root()) / country
    if not folder.is_dir():
        raise DataError(t(Msg.DATA_MISSING_FOLDER, path=folder))

    def build() -> tuple[Guide, Lookups]:
        from samtale.guide.select import lookups
        from samtale.guide.validate import format_problem, validate_folder

        guide, problems = validate_folder(folder, country)
        if guide is None or problems:
            first = format_problem(folder, problems[0])
            more = len(problems) - 1
            raise DataError(first + (t(Msg.DATA_MORE_PROBLEMS, count=more) if more else ""))
        return guide, lookups(guide)

    return cache.cached(folder, country, build)
